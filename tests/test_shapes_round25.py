"""Transcript shapes of the twenty-fifth probe round: a turn printed line by line in two languages, each line opened
by its language's code ("[KAZ] …" / "[ENG] …"); a court-martial record's "Questions by the prosecution:" headings; an
OCRed typescript's running head with the page's number beside it, and its words broken at the line's end with a
hyphen; an initial before a credited name ("Записала Е. Иванова"), and a memoir's title word before a name in the
genitive; "Miss" as an honorific. Each test says what the TEI holds and that it is valid tei_all; the guard tests
that a rule does not fire on look-alike text."""

from __future__ import annotations

import pytest

from .converting import (
    T, XML_ID, convert_checked as _convert, text_of, turns, write as _write, participant_roles as _roles,
)


def _langs(root) -> list[tuple[str | None, str]]:
    """(xml:lang, text) of each paragraph of the turns."""
    return [(p.get("{http://www.w3.org/XML/1998/namespace}lang"), text_of(p)) for sp in root.iter(T + "sp")
            for p in sp.iterfind(T + "p")]


# -- a turn printed line by line in two languages ------------------------------------------------------------------------

_KAZAKH = ("Interview with Aigerim Nurlanovna\nInterviewer: Daniel Price\n\nPRICE:\n[KAZ] Сіз қай жылы туғансыз?\n"
           "[ENG] What year were you born?\n\nNURLANOVNA:\n[KAZ] Мен 1938 жылы Семейде тудым.\n"
           "[ENG] I was born in 1938 in Semey.\n\nPRICE:\n[KAZ] Әкеңіз не істеді?\n[ENG] What did your father do?\n\n"
           "NURLANOVNA:\n[KAZ] Ол мұғалім болды.\n[ENG] He was a teacher.\n")


def test_language_codes_before_the_lines_of_a_turn_give_each_line_its_language(tmp_path, tei_all):
    conversion, root = _convert(_write(tmp_path, _KAZAKH), tei_all)
    # the codes were read as speakers ("KAZ" the interviewer, "ENG" a participant) and the labels left as text
    assert [(who, speaker) for who, speaker, _ in turns(root)] == [
        ("price", "PRICE"), ("nurlanovna", "NURLANOVNA"), ("price", "PRICE"), ("nurlanovna", "NURLANOVNA")]
    assert _langs(root)[:4] == [("kk", "Сіз қай жылы туғансыз?"), ("en", "What year were you born?"),
                                ("kk", "Мен 1938 жылы Семейде тудым."), ("en", "I was born in 1938 in Semey.")]
    assert "KAZ" not in text_of(root.find(f"{T}text"))  # the code is the paragraph's xml:lang, no word of it
    assert any("codes of languages" in line for line in conversion.interview.normalisations)
    assert sum("translation of the first" in line for line in conversion.interview.normalisations) == 0


def test_language_codes_after_a_label_on_its_line(tmp_path, tei_all):
    # two-letter codes, the lines too short for CLD2: the Russian ones read as Russian by their script
    text = ("MODERATOR:\n[RU] Где вы родились?\n[EN] Where were you born?\n\nIVANOVA:\n[RU] В Ленинграде, в 1931 году.\n"
            "[EN] In Leningrad, in 1931.\n\nMODERATOR:\n[RU] А ваши родители?\n[EN] And your parents?\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [speaker for _, speaker, _ in turns(root)] == ["MODERATOR", "IVANOVA", "MODERATOR"]
    assert [lang for lang, _ in _langs(root)] == ["ru", "en"] * 3


@pytest.mark.parametrize("text", [
    # initials in brackets, whose lines read as one language (and "EN" is no language of Khmer's "KM")
    "[KM] Where did you grow up?\n[EN] In Leeds, near the station, in a terraced house.\n\n"
    "[KM] And your father?\n[EN] He worked on the railway all his life, as his father had.\n",
    # initials that are no language's code
    "[JS] Where did you grow up?\n[DW] In Leeds, near the station.\n\n[JS] And your father?\n[DW] On the railway.\n",
])
def test_initials_in_brackets_stay_labels(tmp_path, tei_all, text):
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [speaker for _, speaker, _ in turns(root)][:2] == [text[1:3], text.split("\n")[1][1:3]]
    assert all(lang is None for lang, _ in _langs(root))


# -- a court-martial's questions of each side ------------------------------------------------------------------------

_COURT_MARTIAL = ("RECORD OF TRIAL BY GENERAL COURT-MARTIAL\n\nQuestions by the prosecution:\n\nQ. Do you know the "
                  "accused?\nA. I do.\n\nQuestions by the defense:\n\nQ. How long have you known him?\nA. About eight "
                  "months.\n\nQuestions by the court:\n\nQ. Was the accused on duty that night?\nA. He was not.\n")


def test_a_court_martials_questions_by_each_side_head_sections(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, _COURT_MARTIAL), tei_all)
    heads = [text_of(head) for head in root.iter(T + "head")]
    assert heads[-2:] == ["Questions by the defense:", "Questions by the court:"]
    # the headings were the text of the answer before them ("About eight months. Questions by the court:")
    assert [text for _, _, text in turns(root)][1::2] == ["I do.", "About eight months.", "He was not."]


@pytest.mark.parametrize("line", ["Questions by the way, she said, were few.", "Questions by the dozen came in"])
def test_a_sentence_opening_with_questions_by_stays_text(tmp_path, tei_all, line):
    # guard: a heading ends in its colon
    text = f"Q. Were there many questions?\nA. Yes.\n\n{line}\n\nQ. From whom?\nA. The press.\n"
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert line in turns(root)[1][2]
    assert not [head for head in root.iter(T + "head") if line in text_of(head)]


# -- an OCRed typescript: running heads with the page's number, words broken at the line's end --------------------------

_TYPESCRIPT = ("ORAL HISTORY PROJECT                                    3\n\nQ: Where did you grow up?\n\nA: In a small "
               "town outside of Pitts-\nburgh, near the mills. My father was a steel-\nworker.\n\nQ: What was school "
               "like?\n\n\x0cORAL HISTORY PROJECT                                    4\n\nA: Hard, and the teach-\ners were "
               "strict.\n\n\x0cORAL HISTORY PROJECT                                    5\n\nQ: And then?\n\nA: The mill.\n")


def test_a_running_head_with_the_page_number_is_a_note(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, _TYPESCRIPT), tei_all)
    notes = [text_of(note) for note in root.iter(T + "note") if note.get("type") == "transcript"]
    assert notes == [f"ORAL HISTORY PROJECT {n}" for n in (3, 4, 5)]
    # the heads were the words of the turns ("What was school like? ORAL HISTORY PROJECT 4") and the first the title
    assert turns(root)[2][2] == "What was school like?"
    assert "ORAL HISTORY PROJECT" not in (root.findtext(f".//{T}titleStmt/{T}title") or "")


def test_a_word_broken_at_the_lines_end_is_one_word(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, _TYPESCRIPT), tei_all)
    answers = [text for _, speaker, text in turns(root) if speaker == "A"]
    assert answers[:2] == ["In a small town outside of Pitts-burgh, near the mills. My father was a steel-worker.",
                           "Hard, and the teach-ers were strict."]


def test_a_suspended_hyphen_or_a_dash_keeps_its_space(tmp_path, tei_all):
    # guard: "steel-" / "and coal-towns" is a suspended hyphen, "1950 -" / "1960" and a capital after it no broken word
    text = ("Q: Where?\n\nA: In the steel-\nand coal-towns of the north,\nfrom 1950 -\n1960, and then in East-\n"
            "Germany.\n\nQ: Why?\n\nA: Work.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert turns(root)[1][2] == "In the steel- and coal-towns of the north, from 1950 - 1960, and then in East- Germany."


def test_a_line_printed_alike_with_one_number_is_no_running_head(tmp_path, tei_all):
    # guard: a head needs another page's number; a speaker's colon is no head's
    text = ("Q: How many mills were there?\n\nA: Two.   Then   3\n\nQ: And later?\n\nA: Two.   Then   3\n\n"
            "Q: Counted again?\n\nA:   7\n\nQ: Sure?\n\nA:   8\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert not [note for note in root.iter(T + "note") if note.get("type") == "transcript"]
    assert [text for _, _, text in turns(root)][1::2] == ["Two. Then 3", "Two. Then 3", "7", "8"]


# -- names in credits and titles -------------------------------------------------------------------------------------------

def test_an_initial_before_a_credited_surname_is_part_of_the_name(tmp_path, tei_all):
    text = ("Воспоминания Анны Петровны Смирновой\nЗаписала Е. Иванова, Ленинград, 1987 г.\n\n"
            "— Анна Петровна, где вы были в сентябре сорок первого?\n— На заводе. Мы точили снаряды.\n"
            "— А семья?\n— Мама умерла в январе. Брат был на фронте.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    roles = sorted(_roles(root).values())
    # the interviewer was "Е" (the initial alone); with her known, the title's words, the memoir's noun and the name
    # in the genitive, would have been taken for the interviewee's name
    assert roles == [("interviewee", "unnamed interviewee"), ("interviewer", "Е. Иванова")]


@pytest.mark.parametrize("credit, name", [
    ("Interviewed by J. R. Hale, 1987", "J. R. Hale"),  # initials before a surname in small letters
    ("Interviewed by MARY LEE Conducted in Leeds", "MARY LEE"),  # a name in capitals still ends with the capitals
])
def test_a_credited_name_with_initials_or_in_capitals(tmp_path, tei_all, credit, name):
    text = f"The Harbour Tapes\n{credit}\n\nQ: Where were you born?\n\nA: In Hull.\n\nQ: When?\n\nA: In 1931.\n"
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert ("interviewer", name) in _roles(root).values()


def test_miss_is_an_honorific(tmp_path, tei_all):
    text = ("INTERVIEW WITH MR. WALTER GRIMES\nConducted by Helen Ward, August 12, 1956\n\nMISS WARD:  Mr. Grimes, how "
            "long have you been singing?\n\nMR. GRIMES:  Since I was a boy.\n\nMISS WARD:  Where did he learn them?\n\n"
            "MR. GRIMES:  On the river boats.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    # "MISS WARD" was a participant of her own beside the credited Helen Ward
    assert [who for who, _, _ in turns(root)] == ["ward", "grimes", "ward", "grimes"]
    assert ("interviewer", "Helen Ward") in _roles(root).values() and len(_roles(root)) == 2


def test_a_miss_of_another_surname_is_another_person(tmp_path, tei_all):
    # guard: the honorific matches a surname, never stands for it
    text = ("Conducted by Helen Ward\n\nMISS WARD: Where were you born?\n\nMR. GRIMES: Here.\n\n"
            "MISS HOLT: And your wife?\n\nMR. GRIMES: In Memphis.\n\nMISS WARD: When?\n\nMISS HOLT: Yes, when?\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    whos = {speaker: who for who, speaker, _ in turns(root)}
    assert whos["MISS WARD"] == "ward" and whos["MISS HOLT"] != "ward"
