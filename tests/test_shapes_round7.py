"""Transcript shapes of the seventh probe round: the interview's date in a headnote sentence ("This interview was
conducted on 3 March 1998 in Leeds.") reaches the header's creation date when nothing else gives one; a phone-in's
"CALLER (Margaret, Leeds):"; Polish and Turkish role labels; a deposition's "Q." turns asked by the lawyer the
examination header names; a language in brackets after a label; an AMA's "Q (u/handle):" and "A (Dr. Name):";
"Entrevista com …" title lines; tables of turns without a header row; numbered lines under a title. Each test says
what the TEI holds and that no word of the source is lost; the guard tests that a rule does not fire on look-alike
text (dates the speakers mention, a sentence about something else, two dates, a remark in brackets, two tab lines,
a numbered list)."""

from __future__ import annotations

import pytest

from tei_edition import TEI_NS

from .converting import convert_checked as _convert, turns as _turns

T = "{%s}" % TEI_NS

TURNS = "\n\nINTERVIEWER: When did you start?\n\nJOAN BRIGGS: On 12 January 1951, at fifteen.\n\n" \
        "INTERVIEWER: And you stayed long?\n\nJOAN BRIGGS: Until it closed on 4 May 1979.\n"


def _creation(root) -> list[tuple[str, str]]:
    return [(d.get("when"), d.text) for d in root.iter(T + "date") if d.getparent().tag == T + "creation"]


@pytest.mark.parametrize("headnote, when, printed", [
    ("Memories of the Leeds mills\n\nThis interview was conducted on 3 March 1998 in Leeds.", "1998-03-03", "3 March 1998"),
    ("Recorded 14 June 2001 at her home in Ghent", "2001-06-14", "14 June 2001"),
    ("Oral history of the Briggs family\n\nInterviewed on March 3, 1998, by Tom Hale.", "1998-03-03", "March 3, 1998"),
    ("The interview took place at her flat on Tuesday, 9 May 2006.", "2006-05-09", "9 May 2006"),
    ("This oral history interview was recorded in October 1987 for the mill archive.", "1987-10", "October 1987"),
])
def test_a_headnote_sentence_about_the_interview_gives_its_date(tmp_path, tei_all, headnote, when, printed):
    source = tmp_path / "t.txt"
    source.write_text(headnote + TURNS, encoding="utf-8")
    conversion, root = _convert(source, tei_all)
    assert _creation(root) == [(when, printed)]
    assert not any("the interview dates" in w for w in conversion.warnings)
    assert [who for who, _, _ in _turns(root)] == ["interviewer", "briggs", "interviewer", "briggs"]


@pytest.mark.parametrize("headnote", [
    "Memories of the Leeds mills",  # only the speakers give dates
    "Joan Briggs recorded her first song on 3 March 1962.",  # a sentence about something else
    "The mill was held by the Briggs family until 4 May 1979.",
    "This interview was recorded on 3 March 1998 and revised on 5 April 1999. Its second part was recorded on 2 June 1999.",
    "This interview was recorded on 3 March 1998–5 March 1998.",  # a range
    "The interview was conducted in 1998.",  # a year alone is no date of this sentence
])
def test_no_interview_date_from_other_dates(tmp_path, headnote):
    source = tmp_path / "t.txt"
    source.write_text(headnote + TURNS, encoding="utf-8")
    conversion, root = _convert(source)
    assert _creation(root) == []


def test_the_sidecar_or_a_metadata_field_date_wins_over_the_headnote(tmp_path):
    source = tmp_path / "t.txt"
    source.write_text("Date: 1 May 1997\n\nThis interview was conducted on 3 March 1998 in Leeds." + TURNS, encoding="utf-8")
    _, root = _convert(source)
    assert [w for w, _ in _creation(root)] == ["1997-05-01"]
    source.with_suffix(".toml").write_text('[interview]\ndates = ["1996-02-02"]\n', encoding="utf-8")
    _, root = _convert(source)
    assert [w for w, _ in _creation(root)] == ["1996-02-02"]


# -- 2. a phone-in's callers, named in brackets with where they call from ---------------------------------------

PHONE_IN = """Phone-in: Your Money, 4 February 2015

PRESENTER: Good morning, lines are open. First caller.

CALLER (Margaret, Leeds): Hello, yes, my pension has been frozen since March.

PRESENTER: Have you written to them?

CALLER (Margaret, Leeds): Twice, and nothing.

CALLER (Tony, Bradford): Same here, my mother waited nine months.

CALLER (unidentified, Hull): Can I just say something?

PRESENTER: Thank you all.
"""


def test_a_phone_ins_callers_are_the_people_in_brackets(tmp_path, tei_all):
    source = tmp_path / "phone-in.txt"
    source.write_text(PHONE_IN, encoding="utf-8")
    _, root = _convert(source, tei_all)
    assert [(who, label) for who, label, _ in _turns(root)] == [
        ("presenter", "PRESENTER"), ("margaret", "CALLER (Margaret, Leeds)"), ("presenter", "PRESENTER"),
        ("margaret", "CALLER (Margaret, Leeds)"), ("tony", "CALLER (Tony, Bradford)"),
        ("caller", "CALLER (unidentified, Hull)"),  # a remark in brackets names nobody: the caller stays a stand-in
        ("presenter", "PRESENTER"),
    ]
    names = {p.findtext(T + "persName") for p in root.iter(T + "person")}
    assert {"Margaret", "Tony"} <= names and "Margaret, Leeds" not in names


# -- 3. Polish and Turkish role labels ------------------------------------------------------------------------

@pytest.mark.parametrize("asker, answerer, roles", [
    ("Prowadzący", "Rozmówca", ("interviewer", "interviewee")),
    # "Katılımcı" says participant, no more; the one participant beside the interviewer is the one interviewed
    ("Görüşmeci", "Katılımcı", ("interviewer", "interviewee")),
])
def test_polish_and_turkish_role_labels(tmp_path, tei_all, asker, answerer, roles):
    source = tmp_path / "t.txt"
    source.write_text(f"{asker}: Pytanie pierwsze?\n\n{answerer}: Odpowiedź pierwsza.\n\n{asker}: Pytanie drugie?\n\n"
                      f"{answerer}: Odpowiedź druga.\n", encoding="utf-8")
    _, root = _convert(source, tei_all)
    people = {p.findtext(T + "persName"): p.get("role") for p in root.iter(T + "person")}
    assert people == {asker: roles[0], answerer: roles[1]}


# -- 4. a deposition's questions are the examining lawyer's ------------------------------------------------------

DEPOSITION = """DEPOSITION OF MARTA ELLIS

          MR. ABERNATHY:  Let the record show the witness is present.
Q.   Before we start, can you hear me?
A.   Yes.
                       EXAMINATION
BY MR. ABERNATHY:
Q.   State your name, please.
A.   Marta Ellis.
Q.   Where do you work?
A.   At the county clinic.
          MS. PRADO:  Objection. Form.
                       CROSS-EXAMINATION
BY MS. PRADO:
Q.   How long have you worked there?
A.   Eleven years.
Q.   Full time?
A.   Yes.
"""


def test_deposition_questions_are_the_lawyer_the_examination_header_names(tmp_path, tei_all):
    source = tmp_path / "depo.txt"
    source.write_text(DEPOSITION, encoding="utf-8")
    conversion, root = _convert(source, tei_all)
    # the "A." turns are the deponent's, whom the title names ("DEPOSITION OF MARTA ELLIS"; round 9: they were the
    # stand-in "A" before); the label stays "A" as printed
    assert [(who, label) for who, label, _ in _turns(root)] == [
        ("abernathy", "MR. ABERNATHY"),
        ("q", "Q"), ("ellis", "A"),  # before any examination header: nobody named asks
        ("abernathy", "Q"), ("ellis", "A"), ("abernathy", "Q"), ("ellis", "A"),
        ("prado", "MS. PRADO"),
        ("prado", "Q"), ("ellis", "A"), ("prado", "Q"), ("ellis", "A"),
    ]
    people = {p.findtext(T + "persName"): p.get("role") for p in root.iter(T + "person")}
    assert people == {"MR. ABERNATHY": "interviewer", "MS. PRADO": "interviewer", "Q": "interviewer",
                      "MARTA ELLIS": "interviewee"}
    assert [" ".join("".join(h.itertext()).split()) for h in root.iter(T + "head")] == [
        "EXAMINATION BY MR. ABERNATHY:", "CROSS-EXAMINATION BY MS. PRADO:"]


def test_an_examiner_who_never_speaks_otherwise_asks_and_q_is_none(tmp_path, tei_all):
    source = tmp_path / "depo.txt"
    source.write_text("DEPOSITION OF MARTA ELLIS\n\nEXAMINATION\nBY MR. ABERNATHY:\nQ.   State your name.\n"
                      "A.   Marta Ellis.\nQ.   And your work?\nA.   The clinic.\n", encoding="utf-8")
    _, root = _convert(source, tei_all)
    assert [who for who, _, _ in _turns(root)] == ["abernathy", "ellis", "abernathy", "ellis"]
    assert {p.findtext(T + "persName") for p in root.iter(T + "person")} == {"MR. ABERNATHY", "MARTA ELLIS"}


def test_q_turns_without_an_examination_header_stay_q(tmp_path):
    source = tmp_path / "t.txt"
    source.write_text("Notes taken by Mr. Abernathy\n\nQ.   State your name.\nA.   Marta Ellis.\nQ.   And your work?\n"
                      "A.   The clinic.\n", encoding="utf-8")
    _, root = _convert(source)
    assert [who for who, _, _ in _turns(root)] == ["q", "a", "q", "a"]


# -- 5. the language of a turn in brackets after its label ---------------------------------------------------

def test_a_language_in_brackets_after_a_label_is_no_persons_name(tmp_path, tei_all):
    source = tmp_path / "t.txt"
    source.write_text(
        "Interview with Carmen Ruiz\n\nINTERVIEWER (English): Where did you grow up?\n\n"
        "INTERPRETER (Spanish): ¿Dónde creció usted?\n\nCARMEN RUIZ: En Oaxaca, en el campo.\n\n"
        "INTERPRETER: In Oaxaca, in the countryside.\n\nINTERVIEWER: And your parents?\n\n"
        "CARMEN RUIZ: Campesinos, los dos.\n\nRESPONDENT (Maria Kowalczyk): Can I add something?\n", encoding="utf-8")
    _, root = _convert(source, tei_all)
    assert [who for who, _, _ in _turns(root)] == [
        "interviewer", "interpreter", "ruiz", "interpreter", "interviewer", "ruiz", "kowalczyk"]
    assert _turns(root)[0][1] == "INTERVIEWER (English)"  # the label as printed
    names = {p.findtext(T + "persName") for p in root.iter(T + "person")}
    assert "English" not in names and "Spanish" not in names and "Maria Kowalczyk" in names


# -- 6. an AMA's askers and answerer, named in brackets after Q and A ------------------------------------------

def test_an_amas_askers_are_their_handles_and_the_answerer_the_titled_name(tmp_path, tei_all):
    source = tmp_path / "ama.txt"
    source.write_text(
        "Q (u/throwaway_kiwi): What was the hardest part of the expedition?\n\n"
        "A (Dr. Helen Marsh): The cold, without question.\n\nQ (u/penguinfan88): Did you see emperor penguins?\n\n"
        "A (Dr. Helen Marsh): Thousands of them.\n\nQ (inaudible): And the food?\n\nA (Dr. Helen Marsh): Tinned.\n",
        encoding="utf-8")
    _, root = _convert(source, tei_all)
    assert [who for who, _, _ in _turns(root)] == [
        "u-throwaway-kiwi", "marsh", "u-penguinfan88", "marsh", "q", "marsh"]  # "(inaudible)" names nobody
    people = {p.findtext(T + "persName"): p.get("role") for p in root.iter(T + "person")}
    assert {k: v for k, v in people.items() if k != "Q"} == {
        "u/throwaway_kiwi": "interviewer", "u/penguinfan88": "interviewer", "Dr. Helen Marsh": "interviewee"}


# -- 7. a title line "Entrevista com …" names the interviewee, as "Interview with …" does -------------------------

@pytest.mark.parametrize("title, asker, answerer", [
    ("Entrevista com Ana Ribeiro", "Entrevistador", "Entrevistada"),
    ("Entrevista con Ana Ribeiro", "Entrevistador", "Entrevistada"),
    ("Intervista con Ana Ribeiro", "Intervistatore", "Intervistata"),
])
def test_a_romance_title_line_names_the_interviewee(tmp_path, tei_all, title, asker, answerer):
    source = tmp_path / "t.txt"
    source.write_text(f"{title}\n\n{asker}: Onde nasceu?\n\n{answerer}: No Porto.\n\n{asker}: E depois?\n\n"
                      f"{answerer}: Lisboa.\n", encoding="utf-8")
    _, root = _convert(source, tei_all)
    people = {p.findtext(T + "persName"): p.get("role") for p in root.iter(T + "person")}
    assert people == {"Ana Ribeiro": "interviewee", asker: "interviewer"}
    assert [who for who, _, _ in _turns(root)] == ["entrevistador" if asker == "Entrevistador" else "intervistatore",
                                                    "ribeiro"] * 2


def test_a_romance_title_line_without_a_name_names_nobody(tmp_path):
    source = tmp_path / "t.txt"
    source.write_text("Entrevista con el alcalde\n\nEntrevistador: ¿Dónde nació?\n\nEntrevistado: En Oaxaca.\n\n"
                      "Entrevistador: ¿Y después?\n\nEntrevistado: Puebla.\n", encoding="utf-8")
    _, root = _convert(source)
    assert {p.findtext(T + "persName") for p in root.iter(T + "person")} == {"Entrevistador", "Entrevistado"}


# -- 8. a two-column export flattened to "Name<TAB>00:00:04<TAB>text", with no header row -------------------------

def test_a_table_of_turns_without_a_header_row(tmp_path, tei_all):
    source = tmp_path / "t.txt"
    source.write_text(
        "Anna Kowalczyk\t00:00:04\tSo tell me about the first year.\n"
        "Marek Nowak\t00:00:09\tThe first year was hard, we had no heating.\n"
        "Anna Kowalczyk\t00:00:15\tAnd the neighbours?\n"
        "Marek Nowak\t00:00:19\tThey helped, mostly with food.\n", encoding="utf-8")
    conversion, root = _convert(source, tei_all)
    assert [(who, label, text) for who, label, text in _turns(root)] == [
        ("kowalczyk", "Anna Kowalczyk", "So tell me about the first year."),
        ("nowak", "Marek Nowak", "The first year was hard, we had no heating."),
        ("kowalczyk", "Anna Kowalczyk", "And the neighbours?"),
        ("nowak", "Marek Nowak", "They helped, mostly with food."),
    ]
    assert [a.getparent().get("who") for a in root.iter(T + "anchor")] == ["#spk-kowalczyk", "#spk-nowak"] * 2
    assert any("no header row" in n for n in conversion.interview.normalisations)


def test_two_lines_with_tabs_are_no_table_without_a_header(tmp_path):
    source = tmp_path / "t.txt"
    source.write_text("Recorded\t10:30\tat her home.\nTranscribed\t12:00\tby the archive.\n\n"
                      "SMITH: Where were you born?\n\nJONES: In Leeds.\n\nSMITH: And then?\n\nJONES: York.\n",
                      encoding="utf-8")
    _, root = _convert(source)
    assert [who for who, _, _ in _turns(root)] == ["smith", "jones", "smith", "jones"]


# -- 9. a coding export's numbered lines under a title line ------------------------------------------------------

NUMBERED = ("1\tInterviewer: How did you hear about the programme?\n2\tB1: From a poster at the job centre.\n"
            "3\tInterviewer: And you applied straight away?\n4\tB1: After a week, my sister pushed me.\n"
            "5\tInterviewer: Was it what you hoped?\n6\tB1: Better, mostly.\n")


def test_numbered_lines_under_a_title_line_are_line_numbers(tmp_path, tei_all):
    source = tmp_path / "t.txt"
    source.write_text("MAXQDA export: interview B1\n\n" + NUMBERED, encoding="utf-8")
    conversion, root = _convert(source, tei_all)
    assert [(who, text) for who, _, text in _turns(root)] == [
        ("interviewer", "How did you hear about the programme?"), ("b1", "From a poster at the job centre."),
        ("interviewer", "And you applied straight away?"), ("b1", "After a week, my sister pushed me."),
        ("interviewer", "Was it what you hoped?"), ("b1", "Better, mostly."),
    ]
    assert any("line numbers" in n for n in conversion.interview.normalisations)


def test_a_numbered_list_after_a_longer_text_keeps_its_numbers(tmp_path):
    source = tmp_path / "t.txt"
    source.write_text("SMITH: What did you need?\n\nJONES: Four things, in this order:\n\n1  eggs\n2  flour\n3  sugar\n"
                      "4  butter\n5  and patience\n\nSMITH: Patience?\n\nJONES: Always.\n", encoding="utf-8")
    conversion, root = _convert(source)
    assert not any("line numbers" in n for n in conversion.interview.normalisations)
    assert "1 eggs" in " ".join(text for _, _, text in _turns(root))


def test_a_numbered_list_that_ends_a_short_transcript_keeps_its_numbers(tmp_path):
    source = tmp_path / "t.txt"
    source.write_text("INTERVIEWER: What did you need?\n\nANSWER: Five things, in this order:\n\n1  eggs\n2  flour\n3  sugar\n"
                      "4  butter\n5  patience\n", encoding="utf-8")
    conversion, root = _convert(source)
    assert not any("line numbers" in n for n in conversion.interview.normalisations)
    assert "1 eggs" in " ".join(text for _, _, text in _turns(root))
