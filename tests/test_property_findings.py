"""Shapes the property test (test_transcript_properties.py) found the converter getting wrong, one focused example
each: a cue ending a hard-wrapped paragraph, a record's letter on a hard-wrapped line, a headnote's "X spoke with
Y" under a title naming the interviewee, numbered speakers under a header naming both people, and a label printed
once that is kept as text; and what the property test of other languages and layouts
(test_transcript_properties_world.py) found: a timecode in round brackets before a label, a right-to-left mark
after a timecode, a bold label with the full-width colon, YAML front matter hiding the text's language, the French
press's "Le journaliste :", a Greek role word ending in a final sigma ("Συνεντευκτής:"), a record's letter under
a timecode alone on its line and a name in a script without capitals printed with the turn's time. Each test says what the TEI holds and that no word of the source is lost."""

from __future__ import annotations

from .converting import T, convert_checked as _convert, people, text_of, turns, write as _write

# -- a cue ending a hard-wrapped paragraph ----------------------------------------------------------------------------

WRAPPED_CUE = ("**Anna Berg:** Where?\n\n**Tomás Ruiz:** We lived in Leeds until the war and my father worked\n"
               "nights at the mill until late in the\n{cue}\n\n**Anna Berg:** And then?\n\n**Tomás Ruiz:** The mill.\n")


def _ruiz_first_paragraph(root):
    return root.findall(f".//{T}sp")[1].find(f"{T}p")


def test_a_cue_that_ends_a_wrapped_sentence_is_in_the_paragraph(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, WRAPPED_CUE.format(cue="[inaudible].")), tei_all)
    paragraph = _ruiz_first_paragraph(root)
    assert paragraph.find(f"{T}incident/{T}desc").text == "inaudible"
    assert text_of(paragraph).endswith("late in the inaudible.")  # the full stop kept
    assert root.find(f".//{T}body/{T}div/{T}incident") is None  # nothing between the turns


def test_a_cue_with_a_full_stop_after_the_last_turn_is_in_its_paragraph(tmp_path, tei_all):
    text = ("**Anna Berg:** Where?\n\n**Tomás Ruiz:** We lived in Leeds until the war and my father worked\n"
            "nights at the mill until late.\n(laughs).\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert text_of(_ruiz_first_paragraph(root)).endswith("until late. laughs.")
    assert root.find(f".//{T}body/{T}div/{T}incident") is None


def test_a_cue_alone_after_a_finished_sentence_still_stands_between_the_turns(tmp_path, tei_all):
    # guard: "[APPLAUSE]" after "… late." is no one's speech (round 18's rule)
    text = WRAPPED_CUE.format(cue="[APPLAUSE]").replace("late in the\n", "late.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert root.find(f".//{T}body/{T}div/{T}incident/{T}desc").text == "APPLAUSE"
    assert _ruiz_first_paragraph(root).find(f"{T}incident") is None


# -- a record's letter on a hard-wrapped line -------------------------------------------------------------------------

RECORD_WRAPPED = ("Q. The river was low that year and we walked at the\nBBC. Was it far?\n\nA. The mill was there.\n\n"
                  "Q. And then?\n\nA. We moved.\n")


def test_a_record_label_printed_once_on_a_wrapped_line_in_mid_sentence_is_text(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, RECORD_WRAPPED), tei_all)
    assert [who for who, _, _ in turns(root)] == ["q", "a", "q", "a"]
    assert turns(root)[0][2] == "The river was low that year and we walked at the BBC. Was it far?"
    assert set(people(root)) == {"q", "a"}


def test_a_record_label_printed_once_opening_a_block_is_still_a_speaker(tmp_path, tei_all):
    # guard: "MR. LANG." opening its own paragraph once is a third speaker of the record
    text = RECORD_WRAPPED.replace("at the\nBBC. Was", "at the BBC. Was").replace("\n\nQ. And", "\n\nMR. LANG. Go on.\n\nQ. And")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [who for who, _, _ in turns(root)][:4] == ["q", "a", "lang", "q"]


# -- "X spoke with Y" under a title naming the interviewee ------------------------------------------------------------

SPOKE_WITH = ("Interview with Tomás Ruiz\n\nAnna Berg spoke with Tomás Ruiz in Leeds on 3 March 1998.\n\n"
              "INTERVIEWER: Where were you born?\n\nRUIZ: In Leeds.\n\nINTERVIEWER: And then?\n\nRUIZ: The mill.\n")


def test_the_title_says_which_of_x_spoke_with_y_is_the_interviewee(tmp_path, tei_all):
    conversion, root = _convert(_write(tmp_path, SPOKE_WITH), tei_all)
    assert people(root) == {"berg": ("interviewer", "Anna Berg"), "ruiz": ("interviewee", "Tomás Ruiz")}
    assert [who for who, _, _ in turns(root)] == ["berg", "ruiz"] * 2
    assert not [w for w in conversion.interview.warnings if "RUIZ" in w]


def test_x_spoke_with_y_names_x_the_interviewee_where_nothing_says_otherwise(tmp_path, tei_all):
    # guard: the seed's convention ("Dr. Mizin spoke with Umberto Pascali"), the title naming Berg or no one
    for title in ("Interview with Anna Berg\n\n", ""):
        text = title + SPOKE_WITH.split("\n\n", 1)[1].replace("RUIZ:", "BERG:")
        _, root = _convert(_write(tmp_path, text), tei_all)
        assert people(root) == {"berg": ("interviewee", "Anna Berg"), "ruiz": ("interviewer", "Tomás Ruiz")}


def test_without_a_title_the_labels_say_which_of_x_spoke_with_y_is_the_interviewee(tmp_path, tei_all):
    # "INTERVIEWER:" asks and "RUIZ:" answers it: Ruiz is the one interviewed, whatever order the headnote names them in
    conversion, root = _convert(_write(tmp_path, SPOKE_WITH.split("\n\n", 1)[1]), tei_all)
    assert people(root) == {"berg": ("interviewer", "Anna Berg"), "ruiz": ("interviewee", "Tomás Ruiz")}
    assert [who for who, _, _ in turns(root)] == ["berg", "ruiz"] * 2
    assert not [w for w in conversion.interview.warnings if "RUIZ" in w]


def test_two_labels_that_answer_each_other_are_not_merged_by_surname(tmp_path, tei_all):
    # a source that contradicts itself: its headnote makes Ruiz the interviewer, whom "INTERVIEWER:" then names;
    # "RUIZ:" answers it turn about, so it is someone else, not Ruiz by surname
    text = SPOKE_WITH.split("\n\n", 1)[1].replace("Anna Berg spoke with Tomás Ruiz", "Tomás Ruiz interviewed Anna Berg")
    conversion, root = _convert(_write(tmp_path, text), tei_all)
    whos = [who for who, _, _ in turns(root)]
    assert whos[0] != whos[1] and whos == whos[:2] * 2
    assert any("'RUIZ' would be Tomás Ruiz by surname" in w and "answer each other" in w
               for w in conversion.interview.warnings)


# -- numbered speakers under a header naming both people ---------------------------------------------------------------

NUMBERED = ("Interview with Tomás Ruiz\n\nInterviewer: Anna Berg\nInterviewee: Tomás Ruiz\nDate: 3 March 1998\n\n"
            "Speaker 1: Where were you born?\n\nSpeaker 2: In Leeds.\n\nSpeaker 1: And then?\n\nSpeaker 2: The mill.\n\n"
            "Speaker 1: Why?\n\nSpeaker 2: Money.\n")


def test_numbered_speakers_are_the_header_s_interviewer_and_interviewee_by_who_asks(tmp_path, tei_all):
    conversion, root = _convert(_write(tmp_path, NUMBERED), tei_all)
    assert people(root) == {"ruiz": ("interviewee", "Tomás Ruiz"), "berg": ("interviewer", "Anna Berg")}
    assert [who for who, _, _ in turns(root)] == ["berg", "ruiz"] * 3
    assert [w for w in conversion.interview.warnings if "'Speaker 1' and 'Speaker 2' are taken to be Anna Berg, the "
            "interviewer, and Tomás Ruiz, the interviewee" in w and "'Speaker 1' asks" in w]


def test_numbered_speakers_are_not_guessed_where_the_evidence_is_not_plain(tmp_path, tei_all):
    # guard: both ask; a third numbered speaker
    both_ask = NUMBERED.replace("In Leeds.", "In Leeds?").replace("The mill.", "The mill?")
    third = NUMBERED.replace("Speaker 2: Money.", "Speaker 3: Money.\n\nSpeaker 3: And more.")
    for text in (both_ask, third):
        _, root = _convert(_write(tmp_path, text), tei_all)
        assert {"berg", "ruiz"}.isdisjoint(who for who, _, _ in turns(root))


# -- a label printed once, kept as text ---------------------------------------------------------------------------------

ONCE = ("BERG: Where were you born?\n\nRUIZ: In Leeds.\n\nBERG: And then?\n\nRUIZ: We moved.\n\nBERG: Why?\n\n"
        "MULLIGAN: Because of the mill.\n\nBERG: I see.\n\nRUIZ: Yes.\n")


def test_a_label_printed_once_kept_as_text_is_warned_of(tmp_path, tei_all):
    conversion, root = _convert(_write(tmp_path, ONCE), tei_all)
    assert turns(root)[4][2] == "Why? MULLIGAN: Because of the mill."
    assert [w for w in conversion.interview.warnings if w.startswith("line 11: 'MULLIGAN' looks like a speaker label")
            and "kept as the previous turn's text" in w and "[[participants]]" in w]


def test_an_obvious_non_speaker_or_a_key_after_the_turns_is_not_warned_of(tmp_path, tei_all):
    # guard: "NOTE:" is no speaker; "Key: …" after the last turn is the labels' key, no turn's text
    for once in ("NOTE: The mill closed in 1968.", "Key: BERG = Anna Berg (interviewer); RUIZ = Tomás Ruiz"):
        text = ONCE.replace("MULLIGAN: Because of the mill.", "Because of the mill.") + "\n" + once + "\n"
        conversion, _ = _convert(_write(tmp_path, text), tei_all)
        assert not [w for w in conversion.interview.warnings if "looks like a speaker label" in w]


# -- a timecode in round brackets before the label ------------------------------------------------------------------------

PAREN_TIMED = ("(00:00:05) Prowadzący: Gdzie pan się urodził?\n\n(00:01:07) Rozmówca: W Łodzi.\n\n"
               "(00:02:14) Prowadzący: A potem?\n\n(00:03:21) Rozmówca: Fabryka.\n")


def test_a_timecode_in_round_brackets_before_a_label_is_the_turn_s_time(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, PAREN_TIMED), tei_all)
    assert [(who, text) for who, _, text in turns(root)] == [
        ("prowadzacy", "Gdzie pan się urodził?"), ("rozmowca", "W Łodzi."), ("prowadzacy", "A potem?"),
        ("rozmowca", "Fabryka.")]
    assert len(root.findall(f".//{T}sp/{T}anchor[@synch]")) == 4
    assert [when.get("interval") for when in root.iter(T + "when")][1:3] == ["5", "67"]


def test_a_timecode_in_round_brackets_opening_plain_text_stays_text(tmp_path, tei_all):
    # guard: no label after it, so it is no turn's time
    text = PAREN_TIMED.replace("A potem?", "A potem?\n\n(12:30) wtedy wyszliśmy.")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert turns(root)[2][2] == "A potem? (12:30) wtedy wyszliśmy."


# -- a right-to-left mark after a timecode ---------------------------------------------------------------------------------

def test_a_right_to_left_mark_after_a_timecode_is_no_part_of_the_label(tmp_path, tei_all):
    text = "".join(f"[00:0{i}:00] \u200f{label}: {said}\n\n" for i, (label, said) in enumerate(
        [("רחל", "איפה נולדת?"), ("דוד", "בחיפה."), ("רחל", "ואחר כך?"), ("דוד", "במפעל.")]))
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [(who, speaker) for who, speaker, _ in turns(root)] == [("רחל", "רחל"), ("דוד", "דוד")] * 2


# -- a bold label with the full-width colon ----------------------------------------------------------------------------------

def test_a_bold_label_with_the_full_width_colon_is_a_label(tmp_path, tei_all):
    text = "**记者：** 您在哪里出生？\n\n**王芳：** 在上海。\n\n**记者：** 后来呢？\n\n**王芳：** 在工厂工作。\n"
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [(who, text) for who, _, text in turns(root)][:2] == [("记者", "您在哪里出生？"), ("王芳", "在上海。")]
    assert people(root)["记者"][0] == "interviewer"


# -- YAML front matter hiding the text's language -------------------------------------------------------------------------

FRENCH_FRONT_MATTER = ("---\ntitle: Entretien\nparticipants:\n  - name: Élodie Marchand\n    role: interviewer\n"
                       "  - name: Hervé Léger\n    role: interviewee\n---\n\n"
                       "**Élodie Marchand :** Où êtes-vous né ?\n\n**Hervé Léger :** À Lyon, près de la gare.\n\n"
                       "**Élodie Marchand :** Et ensuite ?\n\n**Hervé Léger :** Mon père travaillait la nuit à l'usine.\n")


def test_yaml_front_matter_s_english_keys_do_not_hide_the_text_s_language(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, FRENCH_FRONT_MATTER), tei_all)
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "fr"


def test_a_metadata_block_s_keys_still_count_for_the_language(tmp_path, tei_all):
    # guard: "Entrevistadora:" / "Fecha:" are written in the text's language, evidence of it in a short transcript
    text = ("Entrevista con Luis Ortega\nEntrevistadora: Carmen Ruiz\nFecha: 3 de mayo de 2010\n\n"
            "P: ¿Dónde nació usted?\n\nR: En Oaxaca, en 1948.\n\nP: ¿Y su familia?\n\n"
            "R: Campesinos. Cultivábamos maíz y frijol.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "es"


# -- the French press's "Le journaliste :" ------------------------------------------------------------------------------

def test_le_journaliste_is_the_interviewer_s_label(tmp_path, tei_all):
    text = ("Le journaliste : Où êtes-vous né ?\n\nHervé Léger : À Lyon, près de la gare.\n\n"
            "Le journaliste : Et ensuite ?\n\nHervé Léger : Mon père travaillait la nuit.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [who for who, _, _ in turns(root)] == ["journaliste", "leger"] * 2
    assert people(root)["journaliste"][0] == "interviewer"


# -- a Greek role word ending in a final sigma --------------------------------------------------------------------------

def test_a_greek_role_word_with_a_final_sigma_names_its_role(tmp_path, tei_all):
    # "Συνεντευκτής" folds to "συνεντευκτησ" (casefold makes the final sigma a sigma): it is the front matter's
    # interviewer, printed as capitals print it or not
    head = ("---\ntitle: Συνέντευξη\nparticipants:\n  - name: Νίκος Γεωργίου\n    role: interviewer\n"
            "  - name: Ελένη Νικολάου\n    role: interviewee\n---\n\n")
    for label in ("Συνεντευκτής", "ΣΥΝΕΝΤΕΥΚΤΗΣ"):
        text = head + (f"{label}: Πού γεννηθήκατε;\n\nΕλένη Νικολάου: Στη Θεσσαλονίκη.\n\n"
                       f"{label}: Και μετά;\n\nΕλένη Νικολάου: Στο εργοστάσιο.\n")
        _, root = _convert(_write(tmp_path, text), tei_all)
        assert people(root) == {"γεωργιου": ("interviewer", "Νίκος Γεωργίου"),
                                "νικολαου": ("interviewee", "Ελένη Νικολάου")}
        assert [who for who, _, _ in turns(root)] == ["γεωργιου", "νικολαου"] * 2


# -- a record's letter under a timecode alone on its line -------------------------------------------------------------

def test_a_record_letter_under_a_timecode_opens_its_block(tmp_path, tei_all):
    # "[00:00:00]" / "F. …" under a title line: the letter opens the block (the timecode line is no text before it),
    # not a hard-wrapped line going on from the title
    text = ("Interview mit Dörte Hansen\n\n[00:00:00]\nF. Wo sind Sie geboren?\n\n[00:01:00]\nA. In Kiel.\n\n"
            "[00:02:00]\nF. Und dann?\n\n[00:03:00]\nA. Die Fabrik.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [(who, said) for who, _, said in turns(root)] == [
        ("f", "Wo sind Sie geboren?"), ("hansen", "In Kiel."), ("f", "Und dann?"), ("hansen", "Die Fabrik.")]
    assert people(root)["hansen"] == ("interviewee", "Dörte Hansen")  # the one the title names answers


# -- a name in a script without capitals, printed with the turn's time ------------------------------------------------------

def test_a_caseless_name_with_the_turn_s_time_is_a_label(tmp_path, tei_all):
    for colon in (":", "："):
        text = "".join(f"{name} (00:0{i}:00){colon} {said}\n\n" for i, (name, said) in enumerate(
            [("김민준", "어디에서 태어나셨어요?"), ("이서연", "부산에서요."), ("김민준", "그 다음에는요?"), ("이서연", "공장에서요.")]))
        _, root = _convert(_write(tmp_path, text), tei_all)
        assert [(who, said) for who, _, said in turns(root)] == [
            ("김민준", "어디에서 태어나셨어요?"), ("이서연", "부산에서요."), ("김민준", "그 다음에는요?"), ("이서연", "공장에서요.")]
        assert len(root.findall(f".//{T}sp/{T}anchor[@synch]")) == 4
