"""Transcript shapes of the fifteenth probe round: an editorial declaration that says only what was done to this
source (the quotation, ellipsis and interpolation statements only where the text holds them; Markdown headings that
are speaker labels said to be encoded as speaker); a publication's voice ("SPIEGEL:", "EL PAÍS:") asking the one
person the headnote names; "Recorded 17 March 2004, Whitby" in a header block; the Congressional Record's "Senator
McSALLY."; a weekday before a date. Each test says what the TEI holds and that no word of the source is lost; the
guard tests that a rule does not fire on look-alike text."""

from __future__ import annotations

from .converting import T, convert_checked as _convert, people as _people, text_of, turns as _turns, write as _write


def _normalisations(root) -> list[str]:
    return [text_of(p) for p in root.iter(T + "normalization") for p in p.iter(T + "p")]


# -- 1. the editorial declaration says what was done to this source ------------------------------------------------

PLAIN = "INTERVIEWER: Where were you born?\n\nHUGHES: In Leeds, in 1948.\n\nINTERVIEWER: And then?\n\nHUGHES: York.\n"
KEPT = "Apostrophes, dashes and all other characters are kept as printed."


def test_no_quotation_ellipsis_or_interpolation_statement_without_them(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, PLAIN), tei_all)
    statements = _normalisations(root)
    assert not any("Quotation" in s or "ellips" in s or "interpolation" in s for s in statements)
    assert statements[-1] == KEPT


def test_quotations_name_only_the_marks_printed(tmp_path):
    text = PLAIN.replace("In Leeds", "My mother said “Leeds”, so Leeds")
    _, root = _convert(_write(tmp_path, text))
    statements = _normalisations(root)
    assert ("Quotation marks are not kept as characters: each quotation is a q whose @rend records the marks "
            "(double-curly “…”). Unpaired quotation marks are kept as characters.") in statements
    assert statements[-1] == KEPT


def test_an_ellipsis_alone_is_declared_alone(tmp_path):
    _, root = _convert(_write(tmp_path, PLAIN.replace("York.", "York . . . and then Hull.")))
    assert _normalisations(root)[-1] == "Printed ellipses are ellipsis/metamark with the dots as printed. " + KEPT


def test_an_interpolation_alone_is_declared_alone(tmp_path):
    _, root = _convert(_write(tmp_path, PLAIN.replace("York.", "York [in 1970].")))
    assert _normalisations(root)[-1] == (
        "Words in square brackets printed by the source's editors are seg[@type='interpolation'] with the brackets "
        "kept. " + KEPT)


def test_unpaired_or_foreign_quotation_marks_declare_no_q(tmp_path):
    # guard: a German „…“ quotation, read as no q, and an inch mark stay characters; no q statement
    text = PLAIN.replace("In Leeds", "Sie sagte: „Leeds“. A 12\" record")
    _, root = _convert(_write(tmp_path, text))
    assert not any("Quotation" in s for s in _normalisations(root))


H4 = ("# A conversation with Noor Rahman\n\n#### Interviewer\n\nWhere did you learn?\n\n#### Noor Rahman\n\n"
      "From my aunt, in Sylhet.\n\n#### Interviewer\n\nAnd the kiln?\n\n#### Noor Rahman\n\nWe built it ourselves.\n")


def test_markdown_headings_that_are_speaker_labels_are_declared(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, H4, "t.md"), tei_all)
    assert [who for who, _, _ in _turns(root)] == ["interviewer", "rahman"] * 2
    statements = _normalisations(root)
    assert ("4 Markdown heading(s) over the turns that name their speaker (such as #### Interviewer) are speaker "
            "labels: each is encoded as the speaker of the sp it heads, not as a head; the # marks are not kept as "
            "characters.") in statements
    assert "Markdown syntax is not kept as characters: # headings are encoded as titlePart or head." in statements


def test_section_headings_are_no_speaker_labels(tmp_path):
    # guard: headings that head sections (each printed once) are heads, and the declaration says nothing of labels
    text = ("# A conversation with Noor Rahman\n\n## Childhood\n\nQ: Where did you learn?\n\nRahman: From my aunt.\n\n"
            "## The kiln\n\nQ: And the kiln?\n\nRahman: We built it.\n")
    _, root = _convert(_write(tmp_path, text, "t.md"))
    assert not any("speaker labels" in s for s in _normalisations(root))


# -- 2. a publication's voice asks the one person the headnote names ----------------------------------------------

EL_PAIS = ("«La ciencia necesita tiempo, no titulares»\n\nLa bióloga Carmen Vidal habla de la crisis de los océanos.\n\n"
           "EL PAÍS: ¿Cuándo supo que quería dedicarse al mar?\n\nVIDAL: A los ocho años, en Cádiz.\n\n"
           "EL PAÍS: ¿Está peor el Mediterráneo?\n\nVIDAL: Mucho peor.\n\nEL PAÍS: ¿Hay esperanza?\n\nVIDAL: Sí.\n")


def test_the_publication_asks_the_person_the_headnote_names(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, EL_PAIS), tei_all)
    people = _people(root)
    assert people["vidal"] == ("interviewee", "Carmen Vidal")
    assert people["pais"] == ("interviewer", "EL PAÍS")


def test_the_publication_asks_where_the_headnote_holds_its_words_in_lower_case(tmp_path):
    # "… en el país" in the headnote does not name the label "EL PAÍS:"
    text = EL_PAIS.replace("de los océanos.", "de los océanos en el país.")
    _, root = _convert(_write(tmp_path, text))
    assert _people(root)["pais"] == ("interviewer", "EL PAÍS")


def test_a_publication_that_does_not_ask_is_no_interviewer(tmp_path):
    # guard: the other speaker makes statements, no questions: neither role is said
    text = EL_PAIS.replace("¿Cuándo supo que quería dedicarse al mar?", "Usted nació en Cádiz.").replace(
        "¿Está peor el Mediterráneo?", "El Mediterráneo está peor.")
    _, root = _convert(_write(tmp_path, text))
    assert {role for role, _ in _people(root).values()} == {"participant"}


def test_two_people_both_named_get_no_roles_from_the_headnote(tmp_path):
    # guard: the headnote names both speakers: which one asks is not for this rule to say
    text = EL_PAIS.replace("La bióloga Carmen Vidal habla", "La bióloga Carmen Vidal y el pescador Juan Pérez hablan"
                           ).replace("EL PAÍS:", "PÉREZ:")
    _, root = _convert(_write(tmp_path, text))
    # (round 19: not the headnote but the turns say it: PÉREZ asks and Carmen Vidal answers)
    assert {role for role, _ in _people(root).values()} == {"interviewer", "interviewee"}


# -- 3. a header's "Recorded <date>, <place>" line; a title block's line that names the interviewee -----------------

LETTER = ("WESTERN FRONT LETTERS PROJECT\nInterviewee: Margaret Ellison\nInterviewer: David Oyelaran\n"
          "Recorded 17 March 2004, Whitby\n\nOYELARAN: You brought one of your father's letters.\n\n"
          "ELLISON: I did. Shall I read it?\n\nOYELARAN: Please.\n\nELLISON: It says: Dear Mother, we are out of the line.\n")


def test_recorded_date_and_place_close_a_header_block(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, LETTER), tei_all)
    assert _people(root) == {"ellison": ("interviewee", "Margaret Ellison"), "oyelaran": ("interviewer", "David Oyelaran")}
    creation = next(root.iter(T + "creation"))
    assert creation.find(T + "date").get("when") == "2004-03-17"
    assert creation.findtext(T + "placeName") == "Whitby"


def test_a_recorded_sentence_is_no_header_line(tmp_path):
    # guard: "Recorded 17 March 2004, which was a Tuesday." is a sentence, not a date and a place
    text = LETTER.replace("Recorded 17 March 2004, Whitby", "Recorded 17 March 2004, which was a Tuesday.")
    _, root = _convert(_write(tmp_path, text))
    assert not list(root.iter(T + "placeName"))


MILL = ("Hollins Mill Oral History Project\nInterview with Catherine Doyle\nInterviewer: Peter Quayle\nDate: 9 May 2011\n\n"
        "PETER: Catherine, when did you start?\n\nCATHERINE: Nineteen fifty-two.\n\nPETER: Was it loud?\n\n"
        "CATHERINE: You couldn't hear yourself think.\n")


def test_the_second_title_line_names_the_interviewee(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, MILL), tei_all)
    assert _people(root) == {"doyle": ("interviewee", "Catherine Doyle"), "quayle": ("interviewer", "Peter Quayle")}
    assert [who for who, _, _ in _turns(root)] == ["quayle", "doyle"] * 2


# -- 4. "X in conversation with Y"; "Me:" ---------------------------------------------------------------------------

CONVERSATION = ("Tomás Saraceno in conversation with Hans Ulrich Obrist\nSerpentine Galleries, London, 12 October 2017\n\n"
                "HUO: How did the spiders begin?\n\nTS: With a black widow in my studio.\n\nHUO: And now?\n\n"
                "TS: Seventy species.\n")


def test_in_conversation_with_names_the_interviewer_second(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, CONVERSATION), tei_all)
    assert _people(root) == {"saraceno": ("interviewee", "Tomás Saraceno"), "obrist": ("interviewer", "Hans Ulrich Obrist")}
    assert [who for who, _, _ in _turns(root)] == ["obrist", "saraceno"] * 2


def test_me_is_the_interviewer_of_a_family_history(tmp_path, tei_all):
    text = ("Talking with Nana — family history project\n\nMe: Nana, where were you born?\n\nNana: In Kingston.\n\n"
            "Me: When did you come to England?\n\nNana: Nineteen sixty.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _people(root) == {"me": ("interviewer", "Me"), "nana": ("interviewee", "Nana")}


def test_initials_me_of_a_named_interviewee_stay_hers(tmp_path):
    # guard: "ME:" where the header names Mary Evans is her initials, not the transcriber's "Me"
    text = ("Interview with Mary Evans\nInterviewer: Tom Park\nDate: 3 May 2001\n\nTP: Where were you born?\n\n"
            "ME: In Leeds.\n\nTP: When?\n\nME: 1950.\n")
    _, root = _convert(_write(tmp_path, text))
    assert _people(root) == {"evans": ("interviewee", "Mary Evans"), "park": ("interviewer", "Tom Park")}


# -- 5. the Congressional Record's "Senator McSALLY."; a weekday before a date ---------------------------------------

HEARING = ("HEARING BEFORE THE SUBCOMMITTEE ON WATER AND POWER\nWEDNESDAY, APRIL 10, 2019\n\n"
           "Senator McSALLY. The subcommittee will come to order.\n\nDr. RUIZ. Thank you, Madam Chair.\n\n"
           "Senator McSALLY. By how much?\n\nDr. RUIZ. By a million acre-feet a year.\n\n"
           "Ms. DeLAURO. What does that mean for Nevada?\n\nDr. RUIZ. Less water.\n")


def test_a_surname_prefix_in_small_letters_is_part_of_the_label(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, HEARING), tei_all)
    assert [(who, speaker) for who, speaker, _ in _turns(root)] == [
        ("mcsally", "Senator McSALLY"), ("ruiz", "Dr. RUIZ"), ("mcsally", "Senator McSALLY"), ("ruiz", "Dr. RUIZ"),
        ("delauro", "Ms. DeLAURO"), ("ruiz", "Dr. RUIZ")]
    assert text_of(next(t for t in root.iter(T + "title") if t.get("type") == "main")) == (
        "HEARING BEFORE THE SUBCOMMITTEE ON WATER AND POWER")


def test_a_mixed_case_word_before_a_full_stop_is_no_label(tmp_path):
    # guard: "McDonald." in a sentence is no label: only a prefix before capitals ("McSALLY") is
    text = HEARING + "\nSenator McSALLY. We ate at McDonald. It was late.\n"
    _, root = _convert(_write(tmp_path, text))
    assert _turns(root)[-1][2] == "We ate at McDonald. It was late."


def test_a_weekday_before_a_date_is_no_part_of_it():
    from tei_edition.dates import iso_date

    assert iso_date("WEDNESDAY, APRIL 10, 2019") == "2019-04-10"
    assert iso_date("Mittwoch, 10. April 2019") == "2019-04-10"
    assert iso_date("Sunday") is None and iso_date("Friday the 13th") is None


# -- 6. a running footer is no "LABEL — text" turn -----------------------------------------------------------------

FOOTER = ("HILL FARM LIVES\nInterview with Gwen Pritchard\n\nMORGAN — When did your family come to the farm?\n\n"
          "PRITCHARD — In 1888.\n\nHill Farm Lives — Transcript — Page 1 of 2\n\nMORGAN — What did you keep?\n\n"
          "PRITCHARD — Sheep mostly.\n\nHill Farm Lives — Transcript — Page 2 of 2\n")


def test_a_running_footer_with_a_page_number_is_a_note_not_a_speaker(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, FOOTER), tei_all)
    assert [who for who, _, _ in _turns(root)] == ["morgan", "pritchard"] * 2
    notes = [text_of(n) for n in root.iter(T + "note") if n.get("type") == "transcript"]
    assert notes == ["Hill Farm Lives — Transcript — Page 1 of 2", "Hill Farm Lives — Transcript — Page 2 of 2"]


def test_a_dash_label_whose_text_names_a_page_is_a_turn(tmp_path):
    # guard: "PRITCHARD — Page 4 of the ledger, I think." is a turn: the footer is the page number and nothing after it
    text = FOOTER.replace("PRITCHARD — Sheep mostly.", "PRITCHARD — Page 4 of the ledger, I think.")
    _, root = _convert(_write(tmp_path, text))
    who, speaker, said = _turns(root)[3]
    assert (who, speaker) == ("pritchard", "PRITCHARD") and said.startswith("Page 4 of the ledger, I think.")


# -- 7. questions numbered through, answers unlabelled --------------------------------------------------------------

NUMBERED = ("HILL FARM LIVES — ORAL HISTORY\nInterview with Gwen Pritchard\nInterviewer: Siân Morgan\n\n"
            "1. When did your family come to the farm?\n\nMy great-grandfather took the tenancy in 1888.\n\n"
            "2. What did you keep?\n\nSheep mostly.\n\nA few cows for the house.\n\n"
            "Hill Farm Lives — Transcript — Page 1 of 2\n\n3. What was the hardest year?\n\n1947, the snow.\n")


def test_numbered_questions_with_unlabelled_answers_are_turns(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, NUMBERED), tei_all)
    assert _people(root) == {"pritchard": ("interviewee", "Gwen Pritchard"), "morgan": ("interviewer", "Siân Morgan")}
    turns = [(sp.get("who")[5:], sp.find(T + "speaker"), [text_of(p) for p in sp.iter(T + "p")]) for sp in root.iter(T + "sp")]
    assert [who for who, _, _ in turns] == ["morgan", "pritchard"] * 3
    assert all(speaker is None for _, speaker, _ in turns)  # no label printed
    assert turns[2][2] == ["2. What did you keep?"]
    assert turns[3][2] == ["Sheep mostly.", "A few cows for the house."]


def test_numbers_not_running_through_make_no_questions(tmp_path):
    # guard: a list numbered 1, 2, 5 is no run of questions; with no labels either, the file has no turns
    import pytest

    from tei_edition.errors import InputError

    with pytest.raises(InputError):
        _convert(_write(tmp_path, NUMBERED.replace("3. What was", "5. What was")))


def test_numbered_questions_beside_labels_stay_the_labelled_convention(tmp_path):
    # guard: where the answers are labelled, the labels are the convention (the numbered questions the interviewer's)
    text = ("Interview with Peter Lindqvist\nInterviewer: Sara Holm\nDate: 4 April 2009\n\n1. When did you start?\n\n"
            "LINDQVIST: At seven.\n\n2. What was your first race?\n\nLINDQVIST: The Gotland Runt.\n\n3. Why keep going?\n\n"
            "LINDQVIST: Because.\n")
    conversion, root = _convert(_write(tmp_path, text))
    assert conversion.interview.convention == "plain"
    assert [sp.get("who")[5:] for sp in root.iter(T + "sp")] == ["holm", "lindqvist"] * 3


def test_place_and_date_after_the_name_of_an_interview_with_line(tmp_path, tei_all):
    text = ("Interview with Gwen Pritchard, Llanidloes, 4 June 2008\nInterviewer: Siân Morgan\nTranscriber: Jo Bell\n\n"
            "MORGAN: When?\n\nPRITCHARD: In 1888.\n\nMORGAN: What did you keep?\n\nPRITCHARD: Sheep.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    creation = next(root.iter(T + "creation"))
    assert creation.find(T + "date").get("when") == "2008-06-04" and creation.findtext(T + "placeName") == "Llanidloes"
    assert _people(root)["pritchard"] == ("interviewee", "Gwen Pritchard")


# -- 8. pronouns printed with a label --------------------------------------------------------------------------------

def test_pronouns_after_a_label_are_the_persons_note(tmp_path, tei_all):
    text = ("Queer Archives of the North — Interview 7\n\nJess Okoro (she/her): How did you come to Manchester?\n\n"
            "Alex Brennan (they/them): For university.\n\nJess Okoro (she/her): And now?\n\nAlex Brennan (they/them): Bigger.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    notes = {p.findtext(T + "persName"): p.findtext(T + "note") for p in root.iter(T + "person")}
    assert notes == {"Jess Okoro": "pronouns: she/her", "Alex Brennan": "pronouns: they/them"}
    assert [speaker for _, speaker, _ in _turns(root)][:2] == ["Jess Okoro (she/her)", "Alex Brennan (they/them)"]


def test_a_label_with_pronouns_merged_by_surname_is_still_said_to_be_merged(tmp_path):
    """The pronouns' note had taken the place of the warning that a label was merged into a person by surname."""
    from tei_edition.convert import convert_file

    text = ("Interview 7\n\nJess Okoro: How did you come to Manchester?\n\nAlex Brennan: For university."
            "\n\nOkoro (she/her): And now?\n\nAlex Brennan: Bigger.\n\nJess Okoro: Why?\n\nAlex Brennan: Work.\n")
    conversion = convert_file(_write(tmp_path, text))
    assert any("'Okoro (she/her)' is taken to be Jess Okoro" in w and "by surname" in w for w in conversion.warnings)
    notes = {p.findtext(T + "persName"): p.findtext(T + "note") for p in conversion.tree.getroot().iter(T + "person")}
    assert notes["Jess Okoro"] == "pronouns: she/her"


def test_a_slash_remark_that_is_no_pronouns_is_no_note(tmp_path):
    # guard: "(EN/FR)" is a remark on the languages, not pronouns
    text = "Q (EN/FR): Where?\n\nJANE DOE: Leeds.\n\nQ (EN/FR): When?\n\nJANE DOE: 1950.\n"
    _, root = _convert(_write(tmp_path, text))
    assert all(p.findtext(T + "note") is None for p in root.iter(T + "person"))
