"""Transcript shapes of the nineteenth probe round: two speakers whose roles only their questions and answers tell,
a Google Meet export's attendees, a headnote's recording place, conversation analysts' timed pauses. Each test says
what the TEI holds and that no word of the source is lost; the guard tests that a rule does not fire on look-alike
text."""

from __future__ import annotations

from .converting import T, convert_checked as _convert, people, text_of, turns, write as _write


# -- 2. two speakers, one who asks and one who answers ----------------------------------------------------------------

ASKED = ("Ferry memories\n\nMaeve Doran (00:00:02):\nWhere did you grow up?\n\nColm Brennan (00:00:05):\nOn Inishmore, "
         "in a house my grandfather built.\n\nMaeve Doran (00:00:11):\nAnd how did you reach the mainland?\n\n"
         "Colm Brennan (00:00:15):\nThe ferry, when it ran.\n\nMaeve Doran (00:00:22):\nWere you ever frightened?\n\n"
         "Colm Brennan (00:00:26):\nEvery single time.\n")


def test_the_one_who_asks_is_the_interviewer_and_the_other_the_interviewee(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, ASKED), tei_all)
    assert people(root) == {"doran": ("interviewer", "Maeve Doran"), "brennan": ("interviewee", "Colm Brennan")}
    assert [who for who, _, _ in turns(root)] == ["doran", "brennan"] * 3


def test_numbered_speakers_who_ask_and_answer_are_given_roles(tmp_path, tei_all):
    text = ("Speaker1: [00:00:01] Can you tell me your name?\nSpeaker2: [00:00:04] Grace Mulligan, harbour pilot.\n"
            "Speaker1: [00:00:10] What does a pilot do?\nSpeaker2: [00:00:13] Brings ships in.\n"
            "Speaker1: [00:00:22] Have you ever hit anything?\nSpeaker2: [00:00:24] A buoy. Once.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [role for role, _ in people(root).values()] == ["interviewer", "interviewee"]


def test_two_speakers_who_both_ask_stay_participants(tmp_path):
    # guard: a conversation, both asking as much, and an asker of one question only, give nobody a role
    both = ASKED.replace("The ferry, when it ran.", "The ferry. Did yours run?").replace(
        "Every single time.", "Every time. Weren't you?")
    _, root = _convert(_write(tmp_path, both))
    assert [role for role, _ in people(root).values()] == ["participant", "participant"]
    once = ASKED.replace("And how did you reach the mainland?", "Tell me about the mainland.").replace(
        "Were you ever frightened?", "I was always frightened.")
    _, root = _convert(_write(tmp_path, once))
    assert [role for role, _ in people(root).values()] == ["participant", "participant"]


# -- 6. a place after the headnote's date ---------------------------------------------------------------------------

RECORDED = ("Interview with Amrit Kaur\n\nRecorded 9 September 2012, Bradford\n\nINTERVIEWER: When did you come?\n\n"
            "KAUR: In 1968.\n\nINTERVIEWER: And then?\n\nKAUR: The mill.\n")


def _creation(root):
    creation = root.find(f".//{T}profileDesc/{T}creation")
    return (creation.find(f"{T}date").get("when"), creation.findtext(f"{T}placeName"))


def test_a_place_after_the_recording_date_is_the_interviews_place(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, RECORDED), tei_all)
    assert _creation(root) == ("2012-09-09", "Bradford")
    _, root = _convert(_write(tmp_path, RECORDED.replace(", Bradford", ", Milton Keynes. Two sessions.")), tei_all)
    assert _creation(root) == ("2012-09-09", "Milton Keynes")


def test_no_place_after_the_date_where_the_comma_names_none(tmp_path):
    # guard: a lower-case remark, a weekday, a tape are no place
    for after in (", afternoon session", ", Tuesday", ", Tape 2"):
        _, root = _convert(_write(tmp_path, RECORDED.replace(", Bradford", after)))
        assert _creation(root) == ("2012-09-09", None)


# -- 3. Google Meet's attendees ----------------------------------------------------------------------------------------

MEET = ("Community archive interview - Transcript\nAttendees\nLucia Romano, Daniel Weiss\nTranscript\n"
        "This editable transcript was computer generated and might contain errors.\n\n"
        "Lucia Romano: Where shall we begin?\nDaniel Weiss: With the bakery.\nLucia Romano: What was it called?\n"
        "Daniel Weiss: Weiss and Sons.\n")


def _header_note(root, n):
    return next((text_of(note) for note in root.iter(T + "note") if note.get("type") == "metadata" and note.get("n") == n),
                None)


def test_meets_attendees_are_the_participants_list_not_the_headnote(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, MEET), tei_all)
    assert root.find(f".//{T}front") is None  # no headnote left: the block is header data
    assert root.findtext(f".//{T}titleStmt/{T}title") == "Community archive interview - Transcript"
    assert [name for _, name in people(root).values()] == ["Lucia Romano", "Daniel Weiss"]
    assert _header_note(root, "transcription") == "This editable transcript was computer generated and might contain errors."
    # printed as blocks of their own, the attendees are header data too
    _, root = _convert(_write(tmp_path, MEET.replace("Transcript\nAttendees", "Transcript\n\nAttendees").replace(
        "Weiss\nTranscript\n", "Weiss\n\n")), tei_all)
    assert "Attendees" not in text_of(root.find(f".//{T}text"))


def test_attendees_in_a_sentence_or_over_no_names_stay_text(tmp_path):
    # guard: "Attendees" over a sentence, not names, is no header
    text = MEET.replace("Lucia Romano, Daniel Weiss\n", "were asked to sit near the front?\n")
    _, root = _convert(_write(tmp_path, text))
    assert "Attendees were asked to sit near the front?" in text_of(root.find(f".//{T}front"))


# -- 7. conversation analysis's pauses -------------------------------------------------------------------------------

CA = ("Extract 2: Phone call\n\n01  ANA:    hello is that the surgery\n02          (1.5)\n03  REC:    yes (.) speaking\n"
      "04  ANA:    I wanted to (0.4) book an appointment\n05  REC:    for yourself?\n"
      "06  ANA:    yes (.) for Thursday if (2.0) if there's anything\n")


def test_conversation_analysis_pauses_are_incidents_keeping_the_printed_form(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, CA), tei_all)
    pauses = [(i.get("type"), text_of(i)) for i in root.iter(T + "incident")]
    assert pauses == [("pause", "(1.5)"), ("micropause", "(.)"), ("pause", "(0.4)"), ("micropause", "(.)"),
                      ("pause", "(2.0)")]
    assert [text for _, _, text in turns(root)][:3] == ["hello is that the surgery (1.5)", "yes (.) speaking",
                                                        "I wanted to (0.4) book an appointment"]


def test_a_lone_decimal_in_brackets_or_numbered_points_are_no_pauses(tmp_path):
    # guard: "(1) … (2) …" numbering and one "(0.8)" in a transcript that does not use the notation stay text
    text = ("INTERVIEWER: What did it recommend?\n\nMORALES: Three things: (1) inspectors, (2) pay, (3) a hotline.\n\n"
            "INTERVIEWER: The ratio?\n\nMORALES: About (0.8) per site.\n")
    _, root = _convert(_write(tmp_path, text))
    assert root.find(f".//{T}incident") is None
    assert [text for _, _, text in turns(root)][3] == "About (0.8) per site."


# -- 1. a bilingual transcript printing each turn twice ---------------------------------------------------------------

SIDE = ("Intervista con Carla Benedetti / Interview with Carla Benedetti\n\n"
        "INTERVISTATORE: Quando ha aperto il negozio?\nINTERVIEWER: When did you open the shop?\n\n"
        "BENEDETTI: Nel 1979, con mio fratello e con mia madre.\nBENEDETTI: In 1979, with my brother and my mother.\n\n"
        "INTERVISTATORE: E adesso chi lo gestisce?\nINTERVIEWER: And who runs it now?\n\n"
        "BENEDETTI: Mia figlia, da dieci anni ormai.\nBENEDETTI: My daughter, for ten years now.\n")
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _langs(root):
    return [(p.get(XML_LANG), text_of(p)) for p in root.iter(T + "p") if p.getparent().tag == T + "sp"]


def test_each_version_of_a_side_by_side_turn_carries_its_language(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, SIDE), tei_all)
    assert [lang for lang, _ in _langs(root)] == ["it", "en"] * 4
    assert [who for who, _, _ in turns(root)] == ["intervistatore"] * 2 + ["benedetti"] * 2 + [
        "intervistatore"] * 2 + ["benedetti"] * 2


def test_both_versions_under_one_label_stay_one_turn(tmp_path, tei_all):
    text = SIDE.replace("\nINTERVIEWER: ", "\n\n").replace("\nBENEDETTI: In", "\n\nIn").replace(
        "\nBENEDETTI: My", "\n\nMy")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert len(turns(root)) == 4
    assert _langs(root)[:2] == [("it", "Quando ha aperto il negozio?"), ("en", "When did you open the shop?")]


def test_a_speaker_who_speaks_twice_in_one_language_is_no_translation(tmp_path):
    # guard: turns in pairs of one speaker's, or of two paragraphs each, all in English, carry no language
    text = SIDE.replace("Quando ha aperto il negozio?", "When exactly did you open it?").replace(
        "Nel 1979, con mio fratello e con mia madre.", "It was a long time ago, I think.").replace(
        "E adesso chi lo gestisce?", "Who is in charge today?").replace(
        "Mia figlia, da dieci anni ormai.", "Someone I trust completely.")
    _, root = _convert(_write(tmp_path, text))
    assert {lang for lang, _ in _langs(root)} == {None}


# -- 5. an occupation or a caller's place after a name ---------------------------------------------------------------

def _person(root, ident):
    person = next(p for p in root.iter(T + "person") if p.get("{http://www.w3.org/XML/1998/namespace}id") == ident)
    return [(child.tag[len(T):], child.get("type"), text_of(child)) for child in person]


def test_an_occupation_after_the_name_is_the_persons_occupation(tmp_path, tei_all):
    text = ("INTERVIEWER: How long has the shop been here?\n\nJOHN SMITH, BAKER: Forty years.\n\n"
            "INTERVIEWER: And the street?\n\nJOHN SMITH, BAKER: Everything but the bakery has changed.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _person(root, "spk-smith") == [("persName", None, "JOHN SMITH"), ("occupation", None, "BAKER")]
    assert [speaker for _, speaker, _ in turns(root)][1] == "JOHN SMITH, BAKER"  # the label as printed


def test_an_organisation_after_the_name_stays_an_affiliation(tmp_path):
    # guard: a newspaper (even one named as a trade might be) is no occupation
    for outlet in ("HARROW GAZETTE", "OBSERVER"):
        text = (f"INTERVIEWER: Who do you write for?\n\nJOHN SMITH, {outlet}: The paper.\n\n"
                f"INTERVIEWER: Since when?\n\nJOHN SMITH, {outlet}: 1990.\n")
        _, root = _convert(_write(tmp_path, text))
        assert ("affiliation", None, outlet) in _person(root, "spk-smith")


def test_a_callers_place_is_the_callers_residence(tmp_path, tei_all):
    text = ("PRESENTER: Lines are open. Go ahead.\n\nCALLER, North Harbour: It's about the buses.\n\n"
            "PRESENTER: What about them?\n\nCALLER, North Harbour: The 42 no longer stops.\n\n"
            "PRESENTER: Next caller.\n\nCALLER (Margaret, Westfield): I agree.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _person(root, "spk-harbour") == [("persName", "unnamed", "CALLER"), ("note", "residence", "North Harbour")]
    assert _person(root, "spk-margaret") == [("persName", None, "Margaret"), ("note", "residence", "Westfield")]
    assert [speaker for _, speaker, _ in turns(root)][1] == "CALLER, North Harbour"


# -- 4. an e-mail interview's sign-off --------------------------------------------------------------------------------

MAIL = ("From: Tom Price\nTo: Helen Ward\nSubject: Re: questions\n\nQ: How long have you volunteered?\n"
        "A: Since 2009, when I retired.\n\nQ: What do you enjoy most?\nA: The story hour on Saturdays.\n\n"
        "Regards,\nHelen Ward\n")


def test_a_sign_off_after_the_last_answer_is_the_letters_closing(tmp_path, tei_all):
    for sign_off in ("Regards,\nHelen Ward", "Best,\nHelen", "Kind regards, Dr Helen Ward."):
        _, root = _convert(_write(tmp_path, MAIL.replace("Regards,\nHelen Ward", sign_off)), tei_all)
        assert turns(root)[-1][2] == "The story hour on Saturdays."
        closing = root.find(f".//{T}body/{T}div[@type='editorial']")
        assert text_of(closing) == " ".join(sign_off.split())


def test_thanks_or_a_sentence_at_the_end_stays_the_answer(tmp_path):
    # guard: "Thanks, Tom." is said at the end of a spoken interview; "Best wishes to everyone at the library." is
    # the answer's own sentence
    for last in ("Thanks, Tom.", "Best wishes to everyone at the library."):
        _, root = _convert(_write(tmp_path, MAIL.replace("Regards,\nHelen Ward", last)))
        assert root.find(f".//{T}body/{T}div[@type='editorial']") is None
        assert turns(root)[-1][2].endswith(last)


def test_a_written_questions_asking_member_sits_for_a_constituency(tmp_path, tei_all):
    text = ("Written Parliamentary Question\n\nQuestion number: WQ 101/23\nDate tabled: 8 March 2023\n"
            "Asked by: Mr Daniel Crowe (North Harbour)\nAnswered by: Ms Aisling Reddy, Minister for Housing\n"
            "Date answered: 15 March 2023\n\nQuestion: To ask the Minister how many homes were built.\n\n"
            "Answer: Some 4,100 homes were completed in 2022.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _person(root, "spk-crowe") == [("persName", None, "Mr Daniel Crowe"), ("note", "constituency", "North Harbour")]
    # guard: without a written question's keys, a bracket after the interviewer's name stays an affiliation
    plain = "Interviewer: Daniel Crowe (North Harbour Gazette)\nDate: 8 March 2023\n\nQ: Why?\n\nA: Because.\n"
    _, root = _convert(_write(tmp_path, plain))
    assert ("affiliation", None, "North Harbour Gazette") in _person(root, "spk-crowe")


# -- a cue after the last turn ----------------------------------------------------------------------------------------

def test_a_cue_after_the_last_turn_is_no_speakers(tmp_path, tei_all):
    """Round 18 set a cue alone between two turns between them; one after the last turn ("END OF INTERVIEW",
    "[MUSIC OUT]") stayed the last speaker's words. It stands after the turns too; a cue inside the last answer
    stays there."""
    text = ("INTERVIEWER: Where were you born?\n\nFLEMING: In Dayton.\n\nINTERVIEWER: And then?\n\n"
            "FLEMING: I joined the Army Nurse Corps in 1943.\n\n[MUSIC OUT]\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    div = root.find(f".//{T}body/{T}div")
    assert [child.tag[len(T):] for child in div][-2:] == ["sp", "incident"]
    assert text_of(div[-1]) == "MUSIC OUT" and text_of(div[-2]).endswith("Army Nurse Corps in 1943.")
    inside = text.replace("1943.\n\n[MUSIC OUT]", "1943. [laughs]")
    _, root = _convert(_write(tmp_path, inside), tei_all)
    assert [child.tag[len(T):] for child in root.find(f".//{T}body/{T}div")][-1] == "sp"


def test_a_bbc_contributor_is_an_unnamed_interviewee(tmp_path, tei_all):
    """A BBC transcript labels its interviewee "CONTRIBUTOR:" beside "PRESENTER:": a role, no name (the header said
    "Interview with CONTRIBUTOR")."""
    text = ("Transcript: The last ferryman of the Severn\n\nPRESENTER: Your family ran the ferry?\n\n"
            "CONTRIBUTOR: For four generations.\n\nPRESENTER: And when did it stop?\n\nCONTRIBUTOR: In 1966.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [(p.get("role"), p.find(T + "persName").get("type"), text_of(p.find(T + "persName")))
            for p in root.iter(T + "person")] == [("interviewer", "unnamed", "PRESENTER"),
                                                  ("interviewee", "unnamed", "CONTRIBUTOR")]
    assert "CONTRIBUTOR" not in " ".join(text_of(t) for t in root.find(f".//{T}titleStmt").iter(T + "title"))
