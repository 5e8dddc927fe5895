"""Label conventions of real-world transcripts that the probe found misattributed: deposition colloquy and
examination headers, question and answer labels beside name labels, and honorifics that are no names.
Each test says who speaks each turn, what they say, and that no word of the source is lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from tei_edition import TEI_NS

from tei_edition.speakers import _Cast

from .converting import convert_checked as _convert, text_of as _text, turns as _turns

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "labels"
T = "{%s}" % TEI_NS


def test_deposition_colloquy_and_examination_headers(tei_all):
    """The "Q." turns are the questions of the lawyer the last examination header names ("EXAMINATION / BY MR.
    LINDQVIST:", "CROSS-EXAMINATION / BY MS. BRAUN:"): that line is how a court reporter says who asks. The label
    stays "Q" as printed; the "Q" stand-in, who asks nothing any more, is no participant. The "A." turns are the
    deponent's, whom the title names ("DEPOSITION OF HAROLD PEMBERTON"); the label stays "A"."""
    conversion, root = _convert(DATA / "deposition.txt", tei_all)
    assert conversion.interview.convention == "record"
    assert _turns(root) == [
        ("lindqvist", "Q", "Please state your name for the record."),
        ("pemberton", "A", "Harold James Pemberton."),
        ("lindqvist", "Q", "Where do you live?"),
        ("pemberton", "A", "In Dayton, on Wren Street."),
        ("braun", "MS. BRAUN", "Objection. Relevance."),
        ("lindqvist", "MR. LINDQVIST", "It goes to venue."),
        ("lindqvist", "Q", "How long have you lived there?"),
        ("pemberton", "A", "Since 2009."),
        # the reporter's note on its own line after the turn, before the next examination header, is no one's words
        ("lindqvist", "MR. LINDQVIST", "Let's mark this as Exhibit 3."),
        ("lindqvist", "Q", "Is this your lease?"),
        ("pemberton", "A", "Yes."),
        ("lindqvist", "MR. LINDQVIST", "Nothing further."),
        ("braun", "Q", "Who signed the lease?"),
        ("pemberton", "A", "My wife."),
        ("okonjo", "MR. OKONJO", "Counsel, may we go off the record?"),  # once, beside recurring labels
        ("braun", "MS. BRAUN", "Yes."),
    ]
    # the examination headers are headings of what follows, not turns; the reporter's note is a note
    assert [_text(h) for h in root.iter(T + "head")] == ["BY MR. LINDQVIST:", "CROSS-EXAMINATION BY MS. BRAUN:"]
    assert [_text(n) for n in root.find(T + "text").iter(T + "note")] == ["Exhibit 3 marked for identification."]
    assert any("3 examination or witness header line(s)" in n for n in conversion.interview.normalisations)
    people = {p.findtext(T + "persName") for p in root.iter(T + "person")}
    assert people == {"HAROLD PEMBERTON", "MS. BRAUN", "MR. LINDQVIST", "MR. OKONJO"}
    assert not [w for w in conversion.warnings if "is taken to be" in w]  # nobody merged


def test_deposition_colloquy_labels_that_occur_once():
    conversion, root = _convert(DATA / "depo-short.txt")
    assert [(who, label) for who, label, _ in _turns(root)] == [
        ("q", "Q"), ("a", "A"), ("q", "Q"), ("a", "A"), ("braun", "MS. BRAUN"), ("lindqvist", "MR. LINDQVIST"), ("a", "A"),
    ]
    assert _turns(root)[4][2] == "Objection. Vague."


def test_congressional_record_labels_are_unchanged(tmp_path):
    source = tmp_path / "record.txt"
    source.write_text(
        "The CHAIRMAN. The committee will come to order.\n\nMr. SMITH. Thank you, Mr. Chairman.\n\n"
        "Ms. JONES. I agree with Mr. Smith.\n\nMr. SMITH. Then we are done.\n", encoding="utf-8")
    _, root = _convert(source)
    assert [(who, label) for who, label, _ in _turns(root)] == [
        ("chairman", "The CHAIRMAN"), ("smith", "Mr. SMITH"), ("jones", "Ms. JONES"), ("smith", "Mr. SMITH"),
    ]


def test_an_honorific_is_no_name_and_other_honorifics_or_surnames_are_other_people():
    cast = _Cast()
    cast.add("BY MR", "participant", labels=["BY MR"])
    assert cast.match("BY MS") == (None, "")  # one letter apart, but an honorific names nobody
    assert cast.match("MR") == (None, "")
    cast = _Cast()
    cast.add("MR. FENWICK", "participant", labels=["MR. FENWICK"])
    assert cast.match("MS. FENWICK") == (None, "")  # the same surname after another honorific
    assert cast.match("MR. FENWICH") == (None, "")  # a different surname, if only by one letter
    assert cast.match("MS") == (None, "")
    assert cast.match("FENWICK")[0] is not None  # the surname alone still names him
    cast = _Cast()
    cast.add("Tobias Wendt", "interviewer")
    assert cast.match("Tobais Wendt")[1] == "a one-letter difference"  # a slip in a given name is merged


def test_labels_with_two_honorifics_and_one_surname_are_two_people(tmp_path):
    source = tmp_path / "couple.txt"
    source.write_text(
        "Mr. HALE: We met in 1961.\n\nMrs. HALE: In 1960, dear.\n\nMr. HALE: In 1960.\n\nMrs. HALE: At the fair.\n",
        encoding="utf-8")
    conversion, root = _convert(source)
    assert [who for who, _, _ in _turns(root)] == ["hale", "hale-2", "hale", "hale-2"]
    assert {p.findtext(T + "persName") for p in root.iter(T + "person")} == {"Mr. HALE", "Mrs. HALE"}


def test_spanish_question_and_answer_labels_are_the_interviewer_and_the_interviewee(tei_all):
    conversion, root = _convert(DATA / "pregunta-respuesta.txt", tei_all)
    assert conversion.interview.convention == "record"
    turns = _turns(root)
    assert [label for _, label, _ in turns] == ["Pregunta", "Respuesta", "P", "R", "P", "R"]
    assert len({who for who, label, _ in turns if label in ("Pregunta", "P")}) == 1
    assert len({who for who, label, _ in turns if label in ("Respuesta", "R")}) == 1
    roles = {p.findtext(T + "persName"): p.get("role") for p in root.iter(T + "person")}
    assert roles == {"Pregunta": "interviewer", "Respuesta": "interviewee"}
    assert turns[0][2] == "¿Cuándo diseñó su primer edificio?"
    # "P. Sánchez" inside an answer is no label
    assert turns[-1][2] == "Ahora enseño. P. Sánchez, mi maestro, decía que enseñar es construir."


@pytest.mark.parametrize("question, answer, style", [("Frage:", "Antwort:", "plain"), ("F.", "A.", "record")])
def test_german_question_and_answer_labels(tmp_path, question, answer, style):
    source = tmp_path / "interview.txt"
    source.write_text(
        f"{question} Wann haben Sie angefangen?\n\n{answer} Im Jahr 1990, in Leipzig.\n\n"
        f"{question} Und warum Leipzig?\n\n{answer} Weil meine Großmutter dort lebte.\n", encoding="utf-8")
    conversion, root = _convert(source)
    assert conversion.interview.convention == style
    roles = {p.get("{http://www.w3.org/XML/1998/namespace}id")[4:]: p.get("role") for p in root.iter(T + "person")}
    assert [(roles[who], text) for who, _, text in _turns(root)] == [
        ("interviewer", "Wann haben Sie angefangen?"), ("interviewee", "Im Jahr 1990, in Leipzig."),
        ("interviewer", "Und warum Leipzig?"), ("interviewee", "Weil meine Großmutter dort lebte."),
    ]


def test_a_lone_p_is_no_label():
    conversion, root = _convert(DATA / "lone-p.txt")
    assert [(who, text) for who, _, text in _turns(root)] == [
        ("smith", "I spoke to the director that morning. P. Sánchez had already left the building."),
        ("jones", "And then?"),
        ("smith", "Nothing happened for a week."),
    ]


def test_question_and_answer_labels_beside_name_labels(tei_all):
    conversion, root = _convert(DATA / "qa-beside-names.txt", tei_all)
    assert conversion.interview.convention == "plain+record"
    assert _turns(root) == [
        ("chair", "CHAIR", "Good morning. Ms Okafor, whenever you are ready."),
        ("okafor", "Ms Okafor", "Thank you, Chair. Mr Pell, please take a seat."),
        ("q", "Q", "Is this your statement?"),
        ("a", "A", "It is."),
        ("q", "Q", "And you signed it in May?"),
        ("a", "A", "Yes, on the third."),
        ("chair", "CHAIR", "Mr Pell, the budget you mention: whose was it?"),
        ("a", "WITNESS", "The council's, sir."),
        ("chair", "CHAIR", "Thank you."),
        ("okafor", "Ms Okafor", "The exhibit is at tab 4."),
        ("q", "Q", "Did you keep a copy?"),
        ("a", "A", "No."),
    ]


def test_name_labels_beside_more_frequent_question_and_answer_labels(tmp_path):
    source = tmp_path / "transcript.txt"
    source.write_text(
        "Q.  Where were you on the night?\nA.  At home.\nQ.  Alone?\nA.  With my sister.\n"
        "JUDGE: Speak up, please.\nWITNESS: With my sister, sir.\nQ.  Until when?\nA.  Until midnight.\n"
        "COURT REPORTER: Could counsel repeat the question?\nJUDGE: Go on.\nQ.  And after midnight?\nA.  I slept.\n",
        encoding="utf-8")
    conversion, root = _convert(source)
    assert conversion.interview.convention == "record+plain"
    assert [label for _, label, _ in _turns(root)] == [
        "Q", "A", "Q", "A", "JUDGE", "WITNESS", "Q", "A", "COURT REPORTER", "JUDGE", "Q", "A"]
    assert _turns(root)[5][2] == "With my sister, sir."


def test_one_style_files_do_not_take_a_second_style(tmp_path):
    source = tmp_path / "plain.txt"
    source.write_text(
        "SMITH: We tried again.\nOK. So that was the plan.\nJONES: Did it work?\nSMITH: No.\nOK. Then what?\n"
        "JONES: We waited.\n", encoding="utf-8")
    conversion, root = _convert(source)
    assert conversion.interview.convention == "plain"
    assert [(who, text) for who, _, text in _turns(root)] == [
        ("smith", "We tried again. OK. So that was the plan."), ("jones", "Did it work?"),
        ("smith", "No. OK. Then what?"), ("jones", "We waited."),
    ]


def test_a_known_label_in_lower_case_is_that_speaker_and_a_tab_separates():
    conversion, root = _convert(DATA / "lower-case-labels.txt")
    assert _turns(root) == [
        ("smith", "SMITH", "When did you start?"),
        ("jones", "JONES", "In 1971."),
        ("smith", "SMITH", "And then?"),
        ("jones", "JONES", "Then the war came. note: the tape hisses here."),  # "note:" is no known label
        ("smith", "smith", "And after you retired?"),
        ("jones", "jones", "I taught."),
        ("smith", "Smith", "Thank you."),
    ]
    # the tab after a label is a separator, not text
    assert [sp.find(T + "p").text for sp in root.iter(T + "sp")][4:] == ["And after you retired?", "I taught.", "Thank you."]
    assert {p.findtext(T + "persName") for p in root.iter(T + "person")} == {"SMITH", "JONES"}


def test_lower_case_words_before_a_colon_are_text(tmp_path):
    source = tmp_path / "t.txt"
    source.write_text("SMITH: We met.\n\nJONES: Where?\n\nSMITH: In Leeds.\nhowever: not for long.\n\nJONES: Why?\n",
                      encoding="utf-8")
    _, root = _convert(source)
    assert [text for _, _, text in _turns(root)] == ["We met.", "Where?", "In Leeds. however: not for long.", "Why?"]


def test_white_house_bare_q_paragraphs_are_questions(tei_all):
    conversion, root = _convert(DATA / "briefing.txt", tei_all)
    assert conversion.interview.convention == "plain+bare-q"
    assert _turns(root) == [
        ("alves", "MR. ALVES", "Good morning. One announcement, then questions. The Governor signs the water bill today."),
        ("q", "Q", "Thank you, Tom. Will the Governor attend the signing?"),
        ("alves", "MR. ALVES", "He will, at noon."),
        # a wrapped line that opens with "Q" inside a paragraph is no label
        ("q", "Q", "And the cost of the bill? Critics say it reads like Q Street lobbying."),
        ("alves", "MR. ALVES", "I'll let the numbers speak. Go ahead."),
        ("q", "Q", "-- on the drought: any restrictions?"),
        ("alves", "MR. ALVES", "Not this week. Thanks, everybody."),
    ]
    roles = {p.findtext(T + "persName"): p.get("role") for p in root.iter(T + "person")}
    assert roles["Q"] == "interviewer"


def test_a_single_paragraph_opening_with_q_is_text(tmp_path):
    source = tmp_path / "t.txt"
    source.write_text("SMITH: We drove down.\n\nQ Street was closed.\n\nJONES: And then?\n\nSMITH: We walked.\n",
                      encoding="utf-8")
    conversion, root = _convert(source)
    assert conversion.interview.convention == "plain"
    assert [(who, text) for who, _, text in _turns(root)] == [
        ("smith", "We drove down. Q Street was closed."), ("jones", "And then?"), ("smith", "We walked."),
    ]


def test_markdown_headings_that_name_recurring_speakers_are_labels(tei_all):
    conversion, root = _convert(DATA / "speaker-headings.md", tei_all)
    assert _turns(root) == [
        ("adeyemi", "Ruth Adeyemi", "Welcome back. Today I'm with Tom Reyes, who rang bells for sixty years."),
        ("reyes", "Tom Reyes", "Sixty-two, Ruth. But who's counting."),
        ("adeyemi", "Ruth Adeyemi", "How did it start?"),
        ("reyes", "Tom Reyes", "My uncle took me up the tower at nine. The ropes were taller than me."),
        ("adeyemi", "Ruth Adeyemi", "Thank you, Tom."),
    ]
    assert not list(root.iter(T + "head"))  # no section per speaker


def test_markdown_headings_that_do_not_name_recurring_speakers_stay_sections(tmp_path):
    source = tmp_path / "t.md"
    source.write_text("SMITH: Hello.\n\nJONES: Hi.\n\n## The Harbour\n\nSMITH: The harbour, then.\n\n"
                      "## The Harbour\n\nJONES: Again.\n\n## School\n\nSMITH: School.\n", encoding="utf-8")
    _, root = _convert(source)
    assert [h.text for h in root.iter(T + "head")] == ["The Harbour", "The Harbour", "School"]
    assert [who for who, _, _ in _turns(root)] == ["smith", "jones", "smith", "jones", "smith"]


def test_video_call_labels_surname_first_with_a_time(tei_all):
    conversion, root = _convert(DATA / "zoom.txt", tei_all)
    assert conversion.interview.convention == "label-line"
    assert _turns(root) == [
        ("reyes", "Reyes, Tom", "Can you all hear me?"),
        ("adeyemi", "Adeyemi, Ruth", "Yes, loud and clear."),
        ("reyes", "Reyes, Tom", "Good. Let's begin with the bells. Music 10:00:20"),  # "[Music]" is no label
        ("adeyemi", "Adeyemi, Ruth", "Which bell came first?"),
        ("reyes", "Reyes, Tom", "The tenor, in 1911."),
    ]
    people = {p.findtext(T + "persName") for p in root.iter(T + "person")}
    assert people == {"Tom Reyes", "Ruth Adeyemi"}
    assert len(root.findall(f".//{T}timeline/{T}when")) == 6  # the origin and the five turns' times


def test_page_footers_are_notes_not_speech(tei_all):
    _, root = _convert(DATA / "page-footers.txt", tei_all)
    assert [(who, text) for who, _, text in _turns(root)] == [
        ("interviewer", "Where did you grow up?"),
        # a page's footer between two turns is no speaker's: it stands between them (round 18)
        ("narrator", "On a farm near Ames. We had forty cows and one tractor that never started."),
        ("interviewer", "And school?"),
        ("narrator", "A mile's walk, both ways."),
        ("interviewer", "Thank you."),
    ]
    notes = [_text(n) for n in root.find(T + "text").iter(T + "note")]
    assert notes == ["Page 2 of 9", "- 3 -"]
    assert all(_text(p) != "Page 2 of 9" for p in root.iter(T + "p"))


def test_a_hearings_witness_header_and_clock_times_are_not_speech(tei_all):
    conversion, root = _convert(DATA / "uk-hearing.txt", tei_all)
    assert conversion.interview.convention == "record"
    assert _turns(root) == [
        ("chair", "THE CHAIR", "Good morning. Mr Rowe."),
        ("rowe", "MR ROWE", "Good morning, Chair. I call Ms Patel."),
        ("chair", "THE CHAIR", "Thank you."),
        ("rowe", "MR ROWE", "Ms Patel, your full name, please?"),
        # (round 32: the sworn witness answers the "A." turns, and the counsel who asked first by name the "Q." ones)
        ("patel", "A", "Anita Rani Patel."),
        ("rowe", "Q", "You ran the depot from 2012?"),
        ("patel", "A", "From 2012 to 2019."),
        ("rowe", "Q", "Who did you report to?"),
        ("patel", "A", "The regional manager."),
        ("chair", "THE CHAIR", "Shall we take a break?"),  # the break's times and note stand between the turns (round 18)
        ("rowe", "MR ROWE", "Ms Patel, one more question. Did you keep the logs?"),
        ("patel", "A", "Yes, every one."),
        ("chair", "THE CHAIR", "Thank you, Ms Patel."),
        ("patel", "THE WITNESS", "Thank you."),  # "The witness withdrew", after the last turn, is the record's note
    ]
    assert [_text(h) for h in root.iter(T + "head")] == ["MS ANITA PATEL (sworn) Questions from COUNSEL TO THE INQUIRY"]
    notes = [_text(n) for n in root.find(T + "text").iter(T + "note")]
    assert notes == ["10.00 am", "11.15 am", "A short break", "11.30 am", "The witness withdrew"]
    said = " ".join(_text(p) for sp in root.iter(T + "sp") for p in sp.iter(T + "p"))
    assert "am" not in said.split() and "sworn" not in said


def test_a_briefings_end_time_is_not_speech(tmp_path):
    source = tmp_path / "briefing.txt"
    source.write_text((DATA / "briefing.txt").read_text(encoding="utf-8") + "\nEND 11:02 A.M. EDT\n", encoding="utf-8")
    _, root = _convert(source)
    # after the turns, not in the last speaker's (round 19), and in no paragraph
    assert _turns(root)[-1] == ("alves", "MR. ALVES", "Not this week. Thanks, everybody.")
    assert not any("11:02" in _text(p) for p in root.iter(T + "p"))
    assert [_text(n) for n in root.find(T + "text").iter(T + "note")] == ["END 11:02 A.M. EDT"]


def test_a_surname_with_particles_after_a_title_names_the_participant(tmp_path):
    source = tmp_path / "panel.txt"
    source.write_text("ADLER: Welcome. Dr. van der Berg, you first.\n\nDR. VAN DER BERG: Thank you, Ruth.\n\n"
                      "ADLER: And the river?\n\nDR. VAN DER BERG: It rose four metres.\n", encoding="utf-8")
    source.with_suffix(".toml").write_text(
        '[[participants]]\nname = "Pieter van der Berg"\nrole = "interviewee"\n\n'
        '[[participants]]\nname = "Ruth Adler"\nrole = "interviewer"\n', encoding="utf-8")
    conversion, root = _convert(source)
    assert [(who, label) for who, label, _ in _turns(root)] == [
        ("adler", "ADLER"), ("berg", "DR. VAN DER BERG"), ("adler", "ADLER"), ("berg", "DR. VAN DER BERG")]
    assert {p.findtext(T + "persName") for p in root.iter(T + "person")} == {"Pieter van der Berg", "Ruth Adler"}


def test_an_initial_is_no_answer_label_in_an_english_q_and_a(tmp_path):
    source = tmp_path / "qa.txt"
    source.write_text("Q. Who booked the hall?\n\nA. The choir did.\n\n"
                      "R. Kelly, the organist, signed for it.\n\nQ. When?\n\nA. In May.\n", encoding="utf-8")
    _, root = _convert(source)
    assert [(label, text) for _, label, text in _turns(root)] == [
        ("Q", "Who booked the hall?"), ("A", "The choir did. R. Kelly, the organist, signed for it."),
        ("Q", "When?"), ("A", "In May."),
    ]


def test_a_court_reporters_line_numbers_are_left_out(tei_all):
    conversion, root = _convert(DATA / "numbered-deposition.txt", tei_all)
    assert conversion.interview.convention == "record"
    assert _turns(root) == [
        ("q", "Q", "Please state your name."),
        ("a", "A", "Harold James Pemberton."),
        ("q", "Q", "Where were you on the night of June 3rd?"),
        ("a", "A", "At the depot."),
        ("braun", "MS. BRAUN", "Objection. Form."),
        ("lindqvist", "MR. LINDQVIST", "You can answer."),
        ("a", "A", "At the depot, until 10 p.m."),  # "10" here is text, the line's number is not
        ("lindqvist", "Q", "Who else was there?"),  # after "BY MR. LINDQVIST:": his; its page line is between turns
        ("a", "A", "Nobody."),
        ("a", "THE WITNESS", "Sorry, the guard was there."),
    ]
    assert [_text(n) for n in root.find(T + "text").iter(T + "note")] == ["Page 9", "Page 10"]
    assert any("line numbers" in n for n in conversion.interview.normalisations)


def test_numbers_at_the_start_of_a_few_lines_are_text(tmp_path):
    source = tmp_path / "t.txt"
    source.write_text("SMITH: How many went?\n\nJONES: We counted them:\n12  from the village,\n3  from the farms.\n\n"
                      "SMITH: And stayed?\n\nJONES: None.\n", encoding="utf-8")
    conversion, root = _convert(source)
    assert _turns(root)[1][2] == "We counted them: 12 from the village, 3 from the farms."
    assert not any("line numbers" in n for n in conversion.interview.normalisations)


def test_an_outlines_letters_do_not_join_name_labels(tmp_path):
    source = tmp_path / "t.txt"
    source.write_text("SMITH: The plan had parts.\nA. Dredge the channel.\nB. Rebuild the quay.\nJONES: And then?\n"
                      "SMITH: Then a second plan.\nA. Raise the wall.\nJONES: Did it work?\n", encoding="utf-8")
    conversion, root = _convert(source)
    assert conversion.interview.convention == "plain"
    assert [(who, text) for who, _, text in _turns(root)] == [
        ("smith", "The plan had parts. A. Dredge the channel. B. Rebuild the quay."), ("jones", "And then?"),
        ("smith", "Then a second plan. A. Raise the wall."), ("jones", "Did it work?"),
    ]


def _roles(root) -> dict[str, str]:
    return {p.get("{http://www.w3.org/XML/1998/namespace}id")[4:]: p.get("role") for p in root.iter(T + "person")}


@pytest.mark.parametrize("mark, style", [(":", "plain"), (" -", "dash")])
def test_one_letter_initials_are_labels_in_the_plain_and_dash_styles(tmp_path, mark, style):
    source = tmp_path / "t.txt"
    source.write_text(
        f"J{mark} Where did you grow up?\nP{mark} In Leeds, mostly.\nJ{mark} And after that.\n"
        f"P{mark} Manchester, for the work.\n", encoding="utf-8")
    conversion, root = _convert(source)
    assert conversion.interview.convention == style
    assert [(who, text) for who, _, text in _turns(root)] == [
        ("j", "Where did you grow up?"), ("p", "In Leeds, mostly."), ("j", "And after that."),
        ("p", "Manchester, for the work."),
    ]
    # "P" is Spanish for "pregunta" only beside an "R": here it is someone's initial, in no role (round 19: J asks
    # once only, so that the turns give no roles either)
    assert _roles(root) == {"j": "participant", "p": "participant"}


@pytest.mark.parametrize("question, answer", [("P", "R"), ("Q", "R"), ("F", "A")])
def test_question_and_answer_letters_with_a_colon_carry_their_roles_beside_their_partner(tmp_path, question, answer):
    source = tmp_path / "t.txt"
    source.write_text(
        f"{question}: ¿Dónde nació?\n{answer}: En Sevilla.\n{question}: ¿Y después?\n{answer}: Madrid.\n", encoding="utf-8")
    conversion, root = _convert(source)
    assert conversion.interview.convention == "plain"
    roles = _roles(root)
    assert [(roles[who], text) for who, _, text in _turns(root)] == [
        ("interviewer", "¿Dónde nació?"), ("interviewee", "En Sevilla."), ("interviewer", "¿Y después?"),
        ("interviewee", "Madrid."),
    ]


def test_an_initial_on_a_wrapped_line_is_no_answer_label_beside_q_and_a(tmp_path):
    source = tmp_path / "t.txt"
    source.write_text(
        "Q. Who signed the contract for the company?\nA. The manager signed it, and the other signature was\n"
        "R. Patel's. The witness copy went to\nR. Singh in accounts.\n", encoding="utf-8")
    conversion, root = _convert(source)
    assert _turns(root) == [
        ("q", "Q", "Who signed the contract for the company?"),
        ("a", "A", "The manager signed it, and the other signature was R. Patel's. The witness copy went to "
                   "R. Singh in accounts."),
    ]


@pytest.mark.parametrize("question, answer", [("Q", "R"), ("F", "A"), ("P", "R")])
def test_foreign_question_and_answer_letters_without_the_english_pair(tmp_path, question, answer):
    source = tmp_path / "t.txt"
    source.write_text(f"{question}. Où êtes-vous né ?\n\n{answer}. À Lyon.\n\n{question}. Et ensuite ?\n\n"
                      f"{answer}. Paris, pour le travail.\n", encoding="utf-8")
    conversion, root = _convert(source)
    assert conversion.interview.convention == "record"
    roles = _roles(root)
    assert [(roles[who], label, text) for who, label, text in _turns(root)] == [
        ("interviewer", question, "Où êtes-vous né ?"), ("interviewee", answer, "À Lyon."),
        ("interviewer", question, "Et ensuite ?"), ("interviewee", answer, "Paris, pour le travail."),
    ]


def test_a_paragraph_opening_with_a_character_called_q_is_no_question(tmp_path):
    source = tmp_path / "t.txt"
    source.write_text(
        "INTERVIEWER: Which character did you enjoy writing most?\n\nFLEMING: The quartermaster, without a doubt.\n\n"
        "Q gave Bond his gadgets, and the readers loved him.\n\nINTERVIEWER: Why?\n\n"
        "Q was the only man Bond ever listened to.\n", encoding="utf-8")
    conversion, root = _convert(source)
    assert conversion.interview.convention == "plain"
    assert _turns(root) == [
        ("interviewer", "INTERVIEWER", "Which character did you enjoy writing most?"),
        ("fleming", "FLEMING", "The quartermaster, without a doubt. Q gave Bond his gadgets, and the readers loved him."),
        # an unlabelled paragraph stays in the turn before it, as anywhere in the plain style
        ("interviewer", "INTERVIEWER", "Why? Q was the only man Bond ever listened to."),
    ]
    assert {p.findtext(T + "persName") for p in root.iter(T + "person")} == {"INTERVIEWER", "FLEMING"}


def test_bare_q_paragraphs_without_questions_are_text(tmp_path):
    source = tmp_path / "t.txt"
    source.write_text(
        "SMITH: Who ran the lab?\n\nJONES: Nobody you would know.\n\nQ Branch ran it, officially.\n\n"
        "SMITH: And unofficially?\n\nJONES: Still nobody.\n\nQ Branch never asked.\n", encoding="utf-8")
    conversion, root = _convert(source)
    assert conversion.interview.convention == "plain"
    assert [(who, text) for who, _, text in _turns(root)] == [
        ("smith", "Who ran the lab?"), ("jones", "Nobody you would know. Q Branch ran it, officially."),
        ("smith", "And unofficially?"), ("jones", "Still nobody. Q Branch never asked."),
    ]


def test_a_lower_case_label_on_a_continuation_line_is_text(tmp_path):
    source = tmp_path / "t.txt"
    source.write_text("QUESTION: What did you learn in the war?\nANSWER: That you never forget being\n"
                      "answer: no, I would not go back.\n", encoding="utf-8")
    conversion, root = _convert(source)
    assert _turns(root) == [
        ("question", "QUESTION", "What did you learn in the war?"),
        ("answer", "ANSWER", "That you never forget being answer: no, I would not go back."),
    ]


def test_an_english_letter_on_a_wrapped_line_leaves_a_spanish_p_and_r_interview_its_answers(tmp_path):
    source = tmp_path / "t.txt"
    source.write_text(
        "P. ¿Cuándo llegó usted a Madrid?\nR. En 1975, con mi familia. Vivimos en casa de mi tío, que\n"
        "A. Martínez había conocido en la guerra.\nP. ¿Y después?\nR. Después nos mudamos a Vallecas.\n",
        encoding="utf-8")
    conversion, root = _convert(source)
    assert conversion.interview.convention == "record"
    roles = _roles(root)
    assert [(roles[who], label, text) for who, label, text in _turns(root)] == [
        ("interviewer", "P", "¿Cuándo llegó usted a Madrid?"),
        # "A. Martínez" on a wrapped line is an initial: the file's answer label is "R"
        ("interviewee", "R", "En 1975, con mi familia. Vivimos en casa de mi tío, que A. Martínez había conocido en la guerra."),
        ("interviewer", "P", "¿Y después?"),
        ("interviewee", "R", "Después nos mudamos a Vallecas."),
    ]


def test_bare_q_paragraphs_are_questions_beside_a_moderator(tmp_path):
    source = tmp_path / "t.txt"
    source.write_text(
        "MODERATOR: Thanks, everyone, for joining.\n\nQ Hi, thanks for doing this. Can you say when the talks start?\n\n"
        "SENIOR ADMINISTRATION OFFICIAL: Next week, in Geneva.\n\nQ And the venue?\n\n"
        "SENIOR ADMINISTRATION OFFICIAL: Geneva, as I said.\n", encoding="utf-8")
    conversion, root = _convert(source)
    # a moderator presides: the press's questions are the bare-Q paragraphs, not the moderator's turn
    assert conversion.interview.convention == "plain+bare-q"
    turns = _turns(root)
    assert [(label, text) for _, label, text in turns] == [
        ("MODERATOR", "Thanks, everyone, for joining."),
        ("Q", "Hi, thanks for doing this. Can you say when the talks start?"),
        ("SENIOR ADMINISTRATION OFFICIAL", "Next week, in Geneva."),
        ("Q", "And the venue?"),
        ("SENIOR ADMINISTRATION OFFICIAL", "Geneva, as I said."),
    ]
    roles = _roles(root)
    assert [roles[who] for who, _, _ in turns][1:3] == ["interviewer", "participant"]  # a reporter, the official
    assert turns[2][0] == turns[4][0] == "official" and turns[1][0] == turns[3][0] != "official"


def test_a_lower_case_label_after_a_broken_off_sentence_or_a_stage_direction_starts_a_turn(tmp_path):
    source = tmp_path / "t.txt"
    source.write_text(
        "SMITH: Where did you go after the war?\nJONES: We went to Leeds, and then I was going to say —\n"
        "smith: Sorry, go on.\nJONES: Then to York. [laughs]\nsmith: Why York?\nJONES: Because of the trains --\n"
        "smith: The trains?\nJONES: The trains, and my aunt (she ran the station café)\nsmith: Of course.\n",
        encoding="utf-8")
    _, root = _convert(source)
    assert _turns(root) == [
        ("smith", "SMITH", "Where did you go after the war?"),
        ("jones", "JONES", "We went to Leeds, and then I was going to say —"),
        ("smith", "smith", "Sorry, go on."),
        ("jones", "JONES", "Then to York. laughs"),
        ("smith", "smith", "Why York?"),
        ("jones", "JONES", "Because of the trains --"),
        ("smith", "smith", "The trains?"),
        ("jones", "JONES", "The trains, and my aunt (she ran the station café)"),
        ("smith", "smith", "Of course."),
    ]
    assert [_text(i) for i in root.iter(T + "incident")] == ["laughs"]


def test_labels_with_the_shared_surname_particles_are_labels(tmp_path):
    source = tmp_path / "t.txt"
    source.write_text(
        "Maria dos Santos: Where were you born?\n\nJoão Pereira: In Porto.\n\nMaria dos Santos: And your parents?\n\n"
        "João Pereira: From Braga. Anna della Rosa taught me there.\n\nAnna della Rosa: I did.\n\n"
        "Maria dos Santos: Thank you both.\n\nAnna della Rosa: Thank you.\n", encoding="utf-8")
    conversion, root = _convert(source)
    assert conversion.interview.convention == "plain"
    assert [(label, text) for _, label, text in _turns(root)] == [
        ("Maria dos Santos", "Where were you born?"), ("João Pereira", "In Porto."),
        ("Maria dos Santos", "And your parents?"), ("João Pereira", "From Braga. Anna della Rosa taught me there."),
        ("Anna della Rosa", "I did."), ("Maria dos Santos", "Thank you both."), ("Anna della Rosa", "Thank you."),
    ]
    assert {p.findtext(T + "persName") for p in root.iter(T + "person")} == {
        "Maria dos Santos", "João Pereira", "Anna della Rosa"}
    assert len({who for who, _, _ in _turns(root)}) == 3


def test_labels_printed_once_count_when_a_metadata_block_names_them(tmp_path):
    """'OKORO:' printed once under 'Interviewers: Okoro, Adler' is a turn of Okoro, not text of the turn before."""
    source = tmp_path / "panel.txt"
    source.write_text("Interviewers: Okoro, Adler\nInterviewee: Jane Doe\nDate: 12 May 2001\n\n"
                      "OKORO: Where were you born?\n\nDOE: In Leeds.\n\nADLER: When?\n\nDOE: In 1931.\n", encoding="utf-8")
    _, root = _convert(source)
    assert _turns(root) == [("okoro", "OKORO", "Where were you born?"), ("doe", "DOE", "In Leeds."),
                            ("adler", "ADLER", "When?"), ("doe", "DOE", "In 1931.")]


def test_a_recurring_translator_label_is_a_speaker(tmp_path):
    """'TRANSLATOR:' before each translation is the translator's turn, not text of the turn before it."""
    source = tmp_path / "translated.txt"
    source.write_text(
        "DUBOIS: Can you tell us when you arrived?\n\nTRANSLATOR: [in Arabic] She asks when you arrived.\n\n"
        "HADDAD: وصلت سنة ١٩٧٤.\n\nTRANSLATOR: She arrived in 1974.\n\nDUBOIS: Merci.\n\nHADDAD: شكرا.\n",
        encoding="utf-8")
    _, root = _convert(source)
    assert [(who, text) for who, _, text in _turns(root)] == [
        ("dubois", "Can you tell us when you arrived?"), ("translator", "[in Arabic] She asks when you arrived."),
        ("haddad", "وصلت سنة ١٩٧٤."), ("translator", "She arrived in 1974."), ("dubois", "Merci."),
        ("haddad", "شكرا."),
    ]


def test_a_translator_line_printed_once_is_no_speaker(tmp_path):
    """'Translator: Jane Roe' once, among recurring labels, names the translator: it is text, not a turn."""
    source = tmp_path / "once.txt"
    source.write_text("SMITH: Where were you born?\n\nJONES: In Lyon.\nTranslator: Jane Roe\n\nSMITH: When?\n\n"
                      "JONES: In 1931.\n", encoding="utf-8")
    _, root = _convert(source)
    assert [(who, text) for who, _, text in _turns(root)] == [
        ("smith", "Where were you born?"), ("jones", "In Lyon. Translator: Jane Roe"), ("smith", "When?"),
        ("jones", "In 1931."),
    ]


def test_tv_transcript_labels_with_a_role_or_remark_after_the_name(tmp_path):
    """CNN-style labels ('MARIA SANTOS, HOST:', 'BEN ADLER, CORRESPONDENT (voice-over):', 'ADLER (on camera):') are
    labels, printed with their role or remark; the later 'ADLER:' and 'SANTOS:' are the same people."""
    source = tmp_path / "tv.txt"
    source.write_text(
        "MARIA SANTOS, HOST: Good evening. Our correspondent Ben Adler has been to the site.\n\n"
        "BEN ADLER, CORRESPONDENT (voice-over): From the air it looks finished.\n\n"
        "GARY WHITLOCK, CONTRACTOR SPOKESMAN: We built exactly what we were given.\n\n"
        "ADLER (on camera): The department declined an interview.\n\n"
        "SANTOS: Have we heard that before?\n\nADLER: Every year since 2019.\n\n"
        "SEN. LYDIA MARSH (D), TRANSPORTATION COMMITTEE CHAIR: Everybody and nobody.\n\n"
        "SANTOS: When will we see it?\n\nMARSH: By summer.\n", encoding="utf-8")
    conversion, root = _convert(source)
    assert conversion.interview.convention == "plain"
    turns = _turns(root)
    assert [(label, text) for _, label, text in turns] == [
        ("MARIA SANTOS, HOST", "Good evening. Our correspondent Ben Adler has been to the site."),
        ("BEN ADLER, CORRESPONDENT (voice-over)", "From the air it looks finished."),
        ("GARY WHITLOCK, CONTRACTOR SPOKESMAN", "We built exactly what we were given."),
        ("ADLER (on camera)", "The department declined an interview."),
        ("SANTOS", "Have we heard that before?"), ("ADLER", "Every year since 2019."),
        ("SEN. LYDIA MARSH (D), TRANSPORTATION COMMITTEE CHAIR", "Everybody and nobody."),
        ("SANTOS", "When will we see it?"), ("MARSH", "By summer."),
    ]
    who = [who for who, _, _ in turns]
    assert who[0] == who[4] == who[7] != who[1]  # Maria Santos, host, is 'SANTOS:'
    assert who[1] == who[5] != who[2]  # Ben Adler, correspondent, is 'ADLER:'
    persons = {p.get("{http://www.w3.org/XML/1998/namespace}id")[4:]: p for p in root.iter(T + "person")}
    assert persons[who[0]].findtext(T + "persName") == "MARIA SANTOS" and persons[who[0]].get("role") == "interviewer"
    assert persons[who[1]].findtext(T + "persName") == "BEN ADLER"
    assert persons[who[2]].findtext(T + "persName") == "GARY WHITLOCK"


def test_a_sentence_with_a_comma_before_a_colon_stays_text(tmp_path):
    """'Paris, France: ...' once, beside plain labels, names no speaker: it is text of the turn it is in."""
    source = tmp_path / "t.txt"
    source.write_text("SMITH: Where did you live?\n\nJONES: In Paris.\nParis, France: a city I loved.\n\n"
                      "SMITH: Why?\n\nJONES: The light (mostly): and the river.\n", encoding="utf-8")
    _, root = _convert(source)
    assert _turns(root) == [
        ("smith", "SMITH", "Where did you live?"), ("jones", "JONES", "In Paris. Paris, France: a city I loved."),
        ("smith", "SMITH", "Why?"), ("jones", "JONES", "The light (mostly): and the river."),
    ]


def test_dash_labels_among_colon_labels_of_the_same_names(tmp_path):
    """'SMITH — text' among 'SMITH: text' labels is Smith's turn, not text of the turn before; a dash after a name
    no label uses ('Ibáñez – ...') stays text."""
    source = tmp_path / "mixed.txt"
    source.write_text("SMITH: Hello there.\n\nJONES: Hi.\n\nSMITH — And now?\n\nJONES — Now it is fine.\n\n"
                      "SMITH: Good.\n\nJONES: Yes.\nIbáñez – the neighbour – waters them.\n\nSMITH – Thanks.\n",
                      encoding="utf-8")
    conversion, root = _convert(source)
    assert conversion.interview.convention == "plain+dash"
    assert _turns(root) == [
        ("smith", "SMITH", "Hello there."), ("jones", "JONES", "Hi."), ("smith", "SMITH", "And now?"),
        ("jones", "JONES", "Now it is fine."), ("smith", "SMITH", "Good."),
        ("jones", "JONES", "Yes. Ibáñez – the neighbour – waters them."), ("smith", "SMITH", "Thanks."),
    ]


def test_a_dash_after_a_name_once_beside_colon_labels_is_text(tmp_path):
    source = tmp_path / "once.txt"
    source.write_text("SMITH: Hello there.\n\nJONES: Hi.\n\nSMITH — as I said — was right.\n\nSMITH: Good.\n\n"
                      "JONES: Yes.\n", encoding="utf-8")
    conversion, root = _convert(source)
    assert conversion.interview.convention == "plain"
    assert _turns(root) == [
        ("smith", "SMITH", "Hello there."), ("jones", "JONES", "Hi. SMITH — as I said — was right."),
        ("smith", "SMITH", "Good."), ("jones", "JONES", "Yes."),
    ]
