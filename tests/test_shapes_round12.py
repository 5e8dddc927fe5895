"""Transcript shapes of the twelfth probe round: a speaker label wrapped over two lines as a typescript wraps it
("MARGARET" / "O'SULLIVAN: text"); a bilingual transcript's language codes ("EN:", "FR:") under each speaker's label
are no speakers; a screenplay-like layout's title on the first line is no speaker; the labels of a clinical or
forensic interview ("Clinician:"/"Patient:", "Adult:"/"Child:") name their roles where every label of the file is
such a word. Each test says what the TEI holds and that no word of the source is lost; the guard tests that a rule
does not fire on look-alike text."""

from __future__ import annotations

import pytest

from tei_edition import TEI_NS

from .converting import convert_checked as _convert, people as _people, text_of, turns as _turns, write as _write

T = "{%s}" % TEI_NS


# -- A1: a label wrapped over two lines -------------------------------------------------------------------------

WRAPPED = ("Oral history project, Riverside Mill\n\nMARGARET\nO'SULLIVAN: I started at the mill in 1952.\n\n"
           "INTERVIEWER: What was the noise like?\n\nMARGARET\nO'SULLIVAN: Deafening.\n\n"
           "INTERVIEWER: Did you stay long?\n\nMARGARET\nO'SULLIVAN: Thirty-one years.\n")


def test_a_label_wrapped_over_two_lines_is_one_label(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, WRAPPED), tei_all)
    assert _turns(root) == [
        ("osullivan", "MARGARET O'SULLIVAN", "I started at the mill in 1952."),
        ("interviewer", "INTERVIEWER", "What was the noise like?"),
        ("osullivan", "MARGARET O'SULLIVAN", "Deafening."),
        ("interviewer", "INTERVIEWER", "Did you stay long?"),
        ("osullivan", "MARGARET O'SULLIVAN", "Thirty-one years."),
    ]
    assert _people(root)["osullivan"] == ("interviewee", "MARGARET O'SULLIVAN")


def test_a_capitals_line_above_a_turn_once_is_no_label(tmp_path):
    # guard: a title in capitals right above the first turn, printed once, stays the title
    text = ("THE MILL\nHUGHES: I started in 1952.\n\nINTERVIEWER: Where?\n\nHUGHES: Leeds.\n\n"
            "INTERVIEWER: When?\n\nHUGHES: Then.\n")
    _, root = _convert(_write(tmp_path, text))
    assert [label for _, label, _ in _turns(root)][:2] == ["HUGHES", "INTERVIEWER"]
    assert "MILL" not in " ".join(label for _, label, _ in _turns(root))


# -- A2: a bilingual transcript's language codes ------------------------------------------------------------------

BILINGUAL = ("Interview with Awa Diop\nInterviewer: Paul Martin\n\n"
             "INTERVIEWER:\nEN: Where did you grow up?\nFR: Où avez-vous grandi ?\n\n"
             "DIOP:\nEN: In Dakar, near the port.\nFR: À Dakar, près du port.\n\n"
             "INTERVIEWER:\nEN: What did your father do?\nFR: Que faisait votre père ?\n\n"
             "DIOP:\nEN: He was a fisherman.\nFR: Il était pêcheur.\n")


def test_language_codes_under_each_label_are_no_speakers(tmp_path, tei_all):
    conversion, root = _convert(_write(tmp_path, BILINGUAL), tei_all)
    found = _turns(root)
    assert [(who, label) for who, label, _ in found] == [
        ("martin", "INTERVIEWER"), ("diop", "DIOP"), ("martin", "INTERVIEWER"), ("diop", "DIOP")]
    assert found[1][2] == "EN: In Dakar, near the port. FR: À Dakar, près du port."  # the codes stay text
    assert set(_people(root)) == {"martin", "diop"}
    assert any("a language code" in line for line in conversion.explanation)


def test_initials_that_look_like_language_codes_stay_labels(tmp_path):
    # guard: "EN:" and "FR:" opening their own turns are two people's initials
    text = "EN: Where did you grow up?\n\nFR: In Dakar.\n\nEN: And then?\n\nFR: Paris.\n"
    _, root = _convert(_write(tmp_path, text))
    assert [who for who, _, _ in _turns(root)] == ["en", "fr", "en", "fr"]


# -- A3: a screenplay layout's title ------------------------------------------------------------------------------

SCREENPLAY = ("THE LAST FERRY\nAn interview with Captain Ellen Hughes\n\n"
              "                              INTERVIEWER\n          When did you first take the wheel?\n\n"
              "                              HUGHES\n          In 1974. I was nineteen.\n\n"
              "                              INTERVIEWER\n          Were you frightened?\n\n"
              "                              HUGHES\n          Terrified.\n")


def test_a_screenplay_layouts_first_line_is_its_title(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, SCREENPLAY), tei_all)
    assert [(who, label) for who, label, _ in _turns(root)] == [
        ("interviewer", "INTERVIEWER"), ("hughes", "HUGHES"), ("interviewer", "INTERVIEWER"), ("hughes", "HUGHES")]
    assert "THE LAST FERRY" in root.findtext(f".//{T}titleStmt/{T}title[@type='main']")
    assert _people(root)["hughes"] == ("interviewee", "Captain Ellen Hughes")
    assert "the-last-ferry" not in _people(root)


def test_a_first_turn_in_a_screenplay_layout_stays_a_turn(tmp_path):
    # guard: a label printed once on the first line over a sentence is a speaker's turn (an announcer's welcome)
    text = ("ANNOUNCER\nWelcome to the programme.\n\nINTERVIEWER\nWhen did you start?\n\nHUGHES\nIn 1974.\n\n"
            "INTERVIEWER\nWhy?\n\nHUGHES\nMoney.\n")
    _, root = _convert(_write(tmp_path, text))
    assert _turns(root)[0] == ("announcer", "ANNOUNCER", "Welcome to the programme.")


# -- A4: the labels of a clinical or forensic interview ----------------------------------------------------------

@pytest.mark.parametrize("text, roles", [
    ("Forensic interview, child aged 7 (anonymised)\n\nAdult: What happened at the park?\n\nChild: We went on the "
     "swings.\n\nAdult: And then?\n\nChild: Sam fell off.\n", {"adult": "interviewer", "child": "interviewee"}),
    ("Clinical interview (de-identified)\n\nClinician: What brings you in today?\n\nParent: He's been coughing.\n\n"
     "Clinician: Any fever?\n\nPatient: No.\n\nParent: Maybe a little.\n\nPatient: Sometimes.\n",
     {"clinician": "interviewer", "parent": "participant", "patient": "interviewee"}),
])
def test_clinical_role_labels_name_their_roles(tmp_path, tei_all, text, roles):
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert {ident: role for ident, (role, _) in _people(root).items()} == roles
    assert {p.find(T + "persName").get("type") for p in root.iter(T + "person")} == {"unnamed"}
    assert root.find(f".//{T}titleStmt/{T}title[@type='sub']") is None  # "Interview with Child" names nobody


def test_a_clinical_word_beside_names_names_no_role(tmp_path):
    # guard: "Patient:" once beside named speakers is no turn, and names no role
    text = ("Intake record\n\nPatient: 45-year-old male, referred by his GP.\n\nDR OKAFOR: What brings you in?\n\n"
            "MR BELL: Chest pain.\n\nDR OKAFOR: Since when?\n\nMR BELL: Since Tuesday.\n")
    _, root = _convert(_write(tmp_path, text))
    assert [who for who, _, _ in _turns(root)] == ["okafor", "bell", "okafor", "bell"]
    assert "patient" not in _people(root)
