"""Transcript shapes of the sixteenth probe round: footnote marks in the turns ("Brennan?[1]") linked to the closing
notes of the same numbers (ref → note with an xml:id), and a song's lg citable by an xml:id that re-conversion
carries over. Each test says what the TEI holds and that no word of the source is lost; the guard tests that a
rule does not fire on look-alike text."""

from __future__ import annotations

from lxml import etree

from tei_edition.convert import convert_file, write_conversion
from tei_edition.validate import validate_tree

from .converting import T, XML_ID, convert_checked as _convert, text_of, write as _write

# -- 1. footnote marks linked to the closing notes ------------------------------------------------------------------

NOTES = ("Interview with Judge Harriet Cole\n\n"
         "INTERVIEWER: You clerked for Justice Brennan?[1]\n\n"
         "COLE: For one term, in 1968. He was the kindest man I ever worked for.\n\n"
         "INTERVIEWER: And then the Legal Aid Society?[2]\n\n"
         "COLE: Yes. I wanted to be in a courtroom, not a library.\n\n"
         "NOTES\n\n"
         "[1] William J. Brennan Jr., Associate Justice of the Supreme Court, 1956–1990.\n"
         "[2] The Legal Aid Society of New York, founded 1876.\n")


def _refs(root) -> list[tuple[str, str]]:
    return [(ref.get("target"), ref.text) for ref in root.iter(T + "ref") if ref.get("type") == "noteref"]


def _notes(root) -> dict[str, tuple[str, str]]:
    return {note.get(XML_ID): (note.get("n"), text_of(note)) for note in root.iter(T + "note")
            if note.get("type") == "endnote"}


def test_note_marks_point_at_the_closing_notes(tmp_path, tei_all):
    path = _write(tmp_path, NOTES)
    conversion, root = _convert(path, tei_all)
    assert validate_tree(conversion.tree, str(path)) == []  # the project's schema too
    assert _refs(root) == [("#t-note1", "[1]"), ("#t-note2", "[2]")]
    assert _notes(root) == {
        "t-note1": ("1", "William J. Brennan Jr., Associate Justice of the Supreme Court, 1956–1990."),
        "t-note2": ("2", "The Legal Aid Society of New York, founded 1876."),
    }
    # each note stays in its paragraph (its id and number, the citation of the notes), after its mark as printed
    paragraphs = root.find(f".//{T}div[@type='notes']").findall(T + "p")
    assert [(p.get(XML_ID), text_of(p)) for p in paragraphs] == [
        ("t-p5", "[1] William J. Brennan Jr., Associate Justice of the Supreme Court, 1956–1990."),
        ("t-p6", "[2] The Legal Aid Society of New York, founded 1876."),
    ]
    assert any("note mark(s) in square brackets" in text_of(p) for p in root.iter(T + "normalization"))


def test_numbered_notes_are_linked_too(tmp_path, tei_all):
    text = NOTES.replace("[1] William", "1. William").replace("[2] The Legal", "2. The Legal")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _refs(root) == [("#t-note1", "[1]"), ("#t-note2", "[2]")]
    assert [text_of(p) for p in root.find(f".//{T}div[@type='notes']").findall(T + "p")][0].startswith("1. William")


def test_brackets_without_notes_stay_text(tmp_path):
    # guard: "[1]" in a text with no closing notes is the source's bracket, no link
    text = NOTES.split("NOTES")[0]
    _, root = _convert(_write(tmp_path, text))
    assert _refs(root) == [] and _notes(root) == {}


def test_marks_that_do_not_match_the_notes_stay_text(tmp_path):
    # guard: a mark printed twice, or missing, or out of order links nothing
    for text in (NOTES.replace("Society?[2]", "Society?[1]"), NOTES.replace("Society?[2]", "Society?"),
                 NOTES.replace("Brennan?[1]", "Brennan?[2]").replace("Society?[2]", "Society?[1]")):
        _, root = _convert(_write(tmp_path, text))
        assert _refs(root) == [] and _notes(root) == {}


# -- 2. a song's lines are citable -----------------------------------------------------------------------------------

SONG = ("HOST: What did your mother sing?\n\n"
        "GUEST: This one.\n\n♪ Down by the river ♪\n♪ where the willows grow ♪\n\n"
        "HOST: Lovely.\n\nGUEST: She sang it every night.\n")


def test_a_song_has_an_id_in_the_scheme(tmp_path, tei_all):
    path = _write(tmp_path, SONG)
    conversion, root = _convert(path, tei_all)
    assert validate_tree(conversion.tree, str(path)) == []
    assert [lg.get(XML_ID) for lg in root.iter(T + "lg")] == ["t-lg1"]


def test_song_and_note_ids_are_carried_over(tmp_path):
    path = _write(tmp_path, SONG.replace("♪ Down", "♪ Intro ♪\n\nGUEST: Then:\n\n♪ Down") + "\nHOST: Thanks.[1]\n\n"
                  "NOTES\n\n[1] Recorded at home.\n")
    out = tmp_path / "out"
    write_conversion(convert_file(path), out)
    # a song inserted before the other: the old song keeps its id, the new one gets a fresh number
    path.write_text(SONG.replace("GUEST: This one.", "GUEST: This one.\n\n♪ La la ♪\n\nGUEST: And:")
                    .replace("♪ Down", "♪ Intro ♪\n\nGUEST: Then:\n\n♪ Down") + "\nHOST: Thanks.[1]\n\n"
                    "NOTES\n\n[1] Recorded at home.\n", encoding="utf-8")
    write_conversion(convert_file(path), out)
    root = etree.parse(str(out / "t.xml")).getroot()
    songs = [(lg.get(XML_ID), text_of(lg)) for lg in root.iter(T + "lg")]
    assert songs == [("t-lg3", "♪ La la ♪"), ("t-lg1", "♪ Intro ♪"),
                     ("t-lg2", "♪ Down by the river ♪ ♪ where the willows grow ♪")]
    assert _notes(root) == {"t-note1": ("1", "Recorded at home.")}
    assert _refs(root) == [("#t-note1", "[1]")]


# -- 3. a date standing alone at the top is the interview's ---------------------------------------------------------

COMMITTEE = ("Oral evidence: Water quality in rivers, HC 597\n\nTuesday 9 November 2021\n\n"
             "Ordered by the House of Commons to be published on 9 November 2021.\n\n"
             "Q1 Chair: Good morning. Professor Hart, how bad is it?\n\nProfessor Hart: Worse than it looks.\n\n"
             "Q2 Chair: Dr Okafor, do you agree?\n\nDr Okafor: Broadly, yes.\n")


def _creation(root) -> list[tuple[str, str]]:
    return [(d.get("when"), text_of(d)) for c in root.iter(T + "creation") for d in c.iter(T + "date")]


def test_a_date_alone_under_the_title_is_the_interview_date(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, COMMITTEE), tei_all)
    assert _creation(root) == [("2021-11-09", "Tuesday 9 November 2021")]
    # the date line stays in the text as printed
    assert "Tuesday 9 November 2021" in [text_of(p) for p in root.iter(T + "p")]


def test_a_date_further_down_or_in_a_sentence_is_no_interview_date(tmp_path):
    # guard: a date after prose, and a publication date in a sentence, say nothing of the interview
    text = COMMITTEE.replace("Tuesday 9 November 2021\n\n", "").replace(
        "Ordered by", "The committee met in London.\n\nSome words about it here.\n\n9 November 2021\n\nOrdered by")
    _, root = _convert(_write(tmp_path, text))
    assert _creation(root) == []
    # a year alone is no day
    _, root = _convert(_write(tmp_path, COMMITTEE.replace("Tuesday 9 November 2021", "2021")))
    assert _creation(root) == []


# -- 4. numbered questions wrapped over two lines ------------------------------------------------------------------

WRAPPED = ("HILL FARM LIVES — ORAL HISTORY\nInterview with Gwen Pritchard\nInterviewer: Siân Morgan\n\n"
           "1. When did your family come\nto the farm?\n\nMy great-grandfather took the tenancy in 1888.\n\n"
           "2. What did you keep?\n\nSheep mostly.\n\n"
           "3. What was the hardest year, do you think, for the farm\nand for the family?\n\n1947, the snow.\n")


def _sp_texts(root) -> list[tuple[str, list[str]]]:
    return [(sp.get("who")[5:], [text_of(p) for p in sp.iter(T + "p")]) for sp in root.iter(T + "sp")]


def test_a_numbered_question_wrapped_over_two_lines_is_one(tmp_path, tei_all):
    conversion, root = _convert(_write(tmp_path, WRAPPED), tei_all)
    assert conversion.interview.convention == "numbered-questions"
    assert _sp_texts(root) == [
        ("morgan", ["1. When did your family come to the farm?"]), ("pritchard", ["My great-grandfather took the tenancy in 1888."]),
        ("morgan", ["2. What did you keep?"]), ("pritchard", ["Sheep mostly."]),
        ("morgan", ["3. What was the hardest year, do you think, for the farm and for the family?"]),
        ("pritchard", ["1947, the snow."]),
    ]


def test_a_long_numbered_paragraph_is_no_wrapped_question(tmp_path):
    # guard: a numbered paragraph of four lines is a passage, not a question wrapped (two or three lines): 1, 2, 3 no
    # longer run through, and no numbered-questions convention is chosen
    import pytest

    from tei_edition.errors import InputError

    text = WRAPPED.replace("1. When did your family come\nto the farm?",
                           "1. When my family came\nto the farm, it was\nwet and the roads were\nbad, was it not?")
    with pytest.raises(InputError):
        _convert(_write(tmp_path, text))


def test_a_numbered_paragraph_not_ending_in_a_question_mark_is_an_answer(tmp_path):
    # guard: a two-line numbered paragraph in an answer that asks nothing stays the interviewee's
    text = WRAPPED.replace("Sheep mostly.", "1. Sheep, mostly\nWelsh Mountain.")
    _, root = _convert(_write(tmp_path, text))
    assert ("pritchard", ["1. Sheep, mostly Welsh Mountain."]) in _sp_texts(root)
