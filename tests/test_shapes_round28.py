"""Transcript shapes of the twenty-eighth probe round: a byline alone on its line under an interview's title ("Por
Javier Ruiz", "di Marco Bianchi", "Von Lena Hoffmann, dpa"), which was read as a line of the title and named no
interviewer. Each test says what the TEI holds and that it is valid tei_all; the guard tests that a rule does not
fire on look-alike text."""

from __future__ import annotations

import pytest

from .converting import (
    T, convert_checked as _convert, creation_place, creation_when, main_title, participant_roles as _roles, text_of,
    turns, write as _write,
)


# -- a byline under the title ------------------------------------------------------------------------------------------

_DASHES = "\n\n— ¿Cuándo empezó?\n— Con seis años.\n— ¿Y después?\n— El teatro, en 1975.\n"


@pytest.mark.parametrize("title, byline, interviewer, interviewee", [
    ("Entrevista a Carmen López", "Por Javier Ruiz", "Javier Ruiz", "Carmen López"),
    ("Intervista con Giulia Rossi", "di Marco Bianchi", "Marco Bianchi", "Giulia Rossi"),
    ("Entretien avec Claire Dubois", "Par Paul Morel", "Paul Morel", "Claire Dubois"),
    ("Interview mit Anna Schmidt", "Von Lena Hoffmann, dpa", "Lena Hoffmann", "Anna Schmidt"),
    ("Interview with Mary Lee", "By Jane Roe", "Jane Roe", "Mary Lee"),
])
@pytest.mark.parametrize("dateline", ["", "\nSevilla, 12 de mayo de 2016"])
def test_a_byline_under_the_title_names_the_interviewer(tmp_path, tei_all, title, byline, interviewer, interviewee,
                                                        dateline):
    # the byline was the title's second line ("Entrevista a Carmen López: Por Javier Ruiz") and the interviewer unnamed
    _, root = _convert(_write(tmp_path, f"{title}\n{byline}{dateline}{_DASHES}"), tei_all)
    assert main_title(root) == title
    assert sorted(_roles(root).values()) == sorted([("interviewer", interviewer), ("interviewee", interviewee)])
    assert [text_of(p) for p in root.iter(T + "sp")] == [
        "¿Cuándo empezó?", "Con seis años.", "¿Y después?", "El teatro, en 1975."]
    if dateline:  # a dateline under the byline still dates and places the interview
        assert (creation_when(root), creation_place(root)) == ("2016-05-12", "Sevilla")


@pytest.mark.parametrize("second", ["By The Sea", "By Royal", "Par avion", "Von Anfang an"])
def test_a_titles_line_opening_with_by_that_names_no_one_stays_in_the_title(tmp_path, tei_all, second):
    _, root = _convert(_write(tmp_path, f"Walking Home\n{second}{_DASHES}"), tei_all)
    assert main_title(root) == f"Walking Home: {second}"
    # no name of the title's is taken for an interviewer's
    interviewers = [name for role, name in _roles(root).values() if role == "interviewer"]
    assert interviewers and not any(name in second for name in interviewers)


# -- a Czech title naming a woman in the instrumental case -------------------------------------------------------------

def _czech(title: str, label: str) -> str:
    return (f"{title}\nTazatel: Petr Svoboda\nDatum: 14. května 2010\n\nSVOBODA: Kde jste se narodila?\n\n"
            f"{label}: V Brně, v roce 1938.\n\nSVOBODA: A váš otec?\n\n{label}: Byl to učitel.\n")


@pytest.mark.parametrize("title, label, key, name", [
    ("Rozhovor s Janou Novákovou", "NOVÁKOVÁ", "spk-novakova", "Jana Nováková"),
    ("Rozhovor s Evou Černou", "ČERNÁ", "spk-cerna", "Eva Černá"),  # an adjectival surname
])
def test_a_czech_title_names_a_woman_in_the_nominative(tmp_path, tei_all, title, label, key, name):
    # the interviewee was the label alone ("NOVÁKOVÁ"), as a Polish one's was before round 27
    _, root = _convert(_write(tmp_path, _czech(title, label)), tei_all)
    assert _roles(root) == {"spk-svoboda": ("interviewer", "Petr Svoboda"), key: ("interviewee", name)}
    assert creation_when(root) == "2010-05-14"


@pytest.mark.parametrize("title, label, key", [
    ("Rozhovor s Janem Novákem", "NOVÁK", "spk-novak"),  # a man's endings are not undone
    ("Rozhovor s Honzou Novákem", "NOVÁK", "spk-novak"),  # a man's given name in -a declines as hers, his surname not
    ("Rozhovor s Marií Černou", "ČERNÁ", "spk-cerna"),  # a given name in -ie: its ending is not undone
    ("Rozhovor s Janou Novákovou", "DVOŘÁKOVÁ", "spk-dvorakova"),  # the surname no label's
])
def test_a_czech_title_without_a_womans_label_names_no_one_new(tmp_path, tei_all, title, label, key):
    _, root = _convert(_write(tmp_path, _czech(title, label)), tei_all)
    assert _roles(root)[key][1] == label


# -- a magazine's standfirst in the present tense: "X talks to Y" ------------------------------------------------------

def _standfirst(sentence: str) -> str:
    return (f"The Long Road Home\n\n{sentence}\n\nQ. Where does the book begin?\n\nA. In a kitchen in Lviv, in 1941.\n\n"
            "Q. Why there?\n\nA. Because that is where my grandmother's stories began.\n")


@pytest.mark.parametrize("sentence", [
    "Ahead of her new book, the novelist Clara Whitfield talks to Ben Ortiz about exile, memory and her "
    "grandmother's kitchen.",
    "Clara Whitfield speaks with Ben Ortiz about her new book.",
])
def test_a_standfirst_in_the_present_tense_names_who_answers_and_who_asks(tmp_path, tei_all, sentence):
    # Q. and A. named no one: only "spoke with" and "talked to" were read
    _, root = _convert(_write(tmp_path, _standfirst(sentence)), tei_all)
    assert _roles(root) == {"spk-ortiz": ("interviewer", "Ben Ortiz"), "spk-whitfield": ("interviewee", "Clara Whitfield")}
    assert [who for who, _, _ in turns(root)] == ["ortiz", "whitfield"] * 2
    assert sentence in text_of(root.find(T + "text"))  # the standfirst kept, a paragraph of the headnote


@pytest.mark.parametrize("sentence", [
    "Clara Whitfield talks to her readers about exile.",  # no name after the verb
    "The novelist talks to Ben Ortiz about exile.",  # no name before it
])
def test_a_present_tense_sentence_naming_no_pair_names_no_one(tmp_path, tei_all, sentence):
    _, root = _convert(_write(tmp_path, _standfirst(sentence)), tei_all)
    assert {"spk-q", "spk-a"} <= set(_roles(root))


# -- a signer's voice interpreter, whom the header names ---------------------------------------------------------------

def _signed(label: str) -> str:
    return ("Interview with Helen Ward\nInterviewer: Tom Baker\nInterpreter: Sarah Lee\nDate: 5 May 2019\n\n"
            "TOM BAKER: When did you first go to a Deaf club?\n\n"
            f"{label}: [Signed] I was eleven. My uncle took me.\n\n"
            "TOM BAKER: What was it like?\n\n"
            f"{label}: [Signed] Like coming home. Everyone signed.\n")


@pytest.mark.parametrize("label", ["VOICE INTERPRETER", "SIGN LANGUAGE INTERPRETER", "INTERPRETER"])
def test_an_interpreters_label_with_its_kind_is_the_interpreter_the_header_names(tmp_path, tei_all, label):
    # "VOICE INTERPRETER" was a participant of its own beside the header's Sarah Lee, who spoke no turn
    _, root = _convert(_write(tmp_path, _signed(label)), tei_all)
    assert _roles(root) == {"spk-ward": ("interviewee", "Helen Ward"), "spk-baker": ("interviewer", "Tom Baker"),
                            "spk-lee": ("participant", "Sarah Lee")}
    assert [(who, speaker) for who, speaker, _ in turns(root)] == [("baker", "TOM BAKER"), ("lee", label)] * 2
    assert turns(root)[1][2] == "[Signed] I was eleven. My uncle took me."


def test_a_name_through_an_interpreter_is_no_interpreters_label(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, _signed("WARD VIA INTERPRETER")), tei_all)
    assert "spk-lee" not in _roles(root)
    assert all(who != "lee" for who, _, _ in turns(root))
