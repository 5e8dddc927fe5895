"""Transcript shapes of the twenty-ninth probe round: line numbers at the right margin of a court's or a typescript's
page; a family the title names ("Kwame, Ama and Kofi Mensah talk about …") and the kinship the header prints beside
its names ("Ruth Cohen (mother)") as the labels they speak under; an interpreter's label with its languages
("BSL/English interpreter:"); role words with a gender ending after a slash ("Entrevistador/a:", "Befragte/r:"); a
transcription service's advertising and export notes after the last turn (Sonix, Rev), and Rev's "Name: (00:06)"
printed once. Each test says what the TEI holds and that it is valid tei_all; the guard tests that a rule does not
fire on look-alike text."""

from __future__ import annotations

import pytest

from .converting import (
    T, convert_checked as _convert, creation_when, main_title, participant_roles as _roles, text_of, turns,
    write as _write,
)


def _paragraphs(root) -> list[str]:
    return [text_of(p) for p in root.iter(T + "p") if p.getparent().tag == T + "sp"]


def _normalisations(root) -> str:
    return " ".join(text_of(p) for p in root.iter(T + "normalization"))


# -- line numbers at the right margin ----------------------------------------------------------------------------------

_RIGHT = [
    ("Q.  Where were you on the night of June 4th?", "Where were you on the night of June 4th?"),
    ("A.  At home, with my sister.", "At home, with my sister."),
    ("Q.  Did anyone call you that night?", "Did anyone call you that night?"),
    ("A.  No. The question was put to me twice.", "No. The question was put to me twice."),
    ("Q.  And the next morning?", "And the next morning?"),
    ("A.  I went to work at seven.", "I went to work at seven."),
]


def _numbered_right(title: str = "", first: int = 1) -> str:
    lines = [f"     {line:<60}{first + n:>3}" for n, (line, _) in enumerate(_RIGHT)]
    return (title + "\n\n" if title else "") + "\n".join(lines) + "\n"


@pytest.mark.parametrize("title", ["", "UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF MICHIGAN"])
@pytest.mark.parametrize("first", [1, 14])
def test_line_numbers_at_the_right_margin_are_no_words_of_the_turns(tmp_path, tei_all, title, first):
    # "… the question was put.    4" kept the number in the answer, as if spoken
    _, root = _convert(_write(tmp_path, _numbered_right(title, first)), tei_all)
    assert _paragraphs(root) == [said for _, said in _RIGHT]
    # the numbers are not lost silently: the header says they are not encoded
    assert "line numbers printed at the right margin after 6 lines" in _normalisations(root)


def test_a_court_page_numbered_at_the_right_with_its_page_number_and_a_wrapped_question(tmp_path, tei_all):
    page = (" " * 60 + "1\n          Q.  Where do you live, Ms. Beck?          1\n"
            "          A.  On Fruitvale Avenue.                   2\n"
            "          Q.  And on the night of March 3rd, 1984,   3\n"
            "          where were you?                            4\n"
            "          A.  At home.                               5\n"
            "          Q.  Alone?                                 6\n"
            + " " * 60 + "2\n"
            "          A.  Yes, alone.                            1\n")
    _, root = _convert(_write(tmp_path, page), tei_all)
    assert _paragraphs(root) == ["Where do you live, Ms. Beck?", "On Fruitvale Avenue.",
                                 "And on the night of March 3rd, 1984, where were you?", "At home.", "Alone?",
                                 "Yes, alone."]
    # the page's numbers stay notes, as a page number always was
    assert [text_of(n) for n in root.iter(T + "note") if n.getparent().tag != T + "sp"
            and n.getparent().tag in (T + "div", T + "body")][:2] == ["1", "2"]


@pytest.mark.parametrize("numbers", [
    [1971, 1975, 1978, 1990, 2001, 2004],  # years set apart by two spaces: no line's number in order
    [12, 3, 7, 9, 2, 4],
])
def test_numbers_ending_the_answers_are_no_line_numbers(tmp_path, tei_all, numbers):
    text = "".join(f"Q:  Where then?\n\nA:  It was  {number}\n\n" for number in numbers)
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [p for p in _paragraphs(root) if p != "Where then?"] == [f"It was {number}" for number in numbers]
    assert "right margin" not in _normalisations(root)


def test_a_few_numbered_lines_among_the_turns_are_no_margins(tmp_path, tei_all):
    steps = "".join(f"Step  {n}\n" for n in range(1, 6))
    text = ("Q:  What did the card say?\n\nA:  It said:\n" + steps + "\nQ:  And then?\n\nA:  We did it.\n\n"
            "Q:  All of it?\n\nA:  Every step, every day, for years and years.\n\nQ:  Why?\n\nA:  Habit, I suppose.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert "Step 5" in " ".join(_paragraphs(root))
    assert "right margin" not in _normalisations(root)


# -- a family named in the title -----------------------------------------------------------------------------------

def _family(title: str, labels: tuple[str, str, str]) -> str:
    first, second, third = labels
    return (f"{title}\n\nInterviewer: Grace Owusu\nDate: 3 March 2015\n\nGRACE: When did the shop open?\n\n"
            f"{first}: In 1968. My father opened it.\n\n{second}: I was six then.\n\nGRACE: And you?\n\n"
            f"{third}: I was not born yet.\n\n{first}: He came later.\n")


@pytest.mark.parametrize("title, labels, names", [
    ("Kwame, Ama and Kofi Mensah talk about the family shop in Kumasi", ("KWAME", "AMA", "KOFI"),
     ["Kwame Mensah", "Ama Mensah", "Kofi Mensah"]),
    ("Harold and June Pickering remember the mill", ("HAROLD", "JUNE", "JUNE"), ["Harold Pickering", "June Pickering"]),
    ("Ruth Adler recalls the Harrow flood of 1953", ("ADLER", "ADLER", "ADLER"), ["Ruth Adler"]),
])
def test_the_people_a_title_names_telling_of_something_are_interviewed(tmp_path, tei_all, title, labels, names):
    # "AMA:" and "KOFI:", printed once, stayed in Kwame's turn (with a warning), and Kwame was "KWAME"
    conversion, root = _convert(_write(tmp_path, _family(title, labels)), tei_all)
    roles = _roles(root)
    assert sorted(name for role, name in roles.values() if role == "interviewee") == sorted(names)
    assert ("interviewer", "Grace Owusu") in roles.values()
    assert len(list(root.iter(T + "sp"))) == 6
    assert not any("printed once" in warning for warning in conversion.warnings)


@pytest.mark.parametrize("title", [
    "Veterans Remember the War",  # title case: a crowd, no one's name
    "Kwame, Ama and Kofi Mensah talk about the family shop in Kumasi",  # no label names any of them
    "The Beatles talk about Hamburg",
])
def test_a_title_telling_of_something_names_no_one_who_does_not_speak(tmp_path, tei_all, title):
    text = f"{title}\n\nInterviewer: Tom Baines\n\nBAINES: Where did you serve?\n\nWALSH: Burma.\n\nBAINES: And after?\n\nWALSH: Leeds.\n"
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _roles(root) == {"spk-baines": ("interviewer", "Tom Baines"), "spk-walsh": ("interviewee", "WALSH")}


# -- kinship beside the header's names -------------------------------------------------------------------------------

@pytest.mark.parametrize("header, labels, kin", [
    ("Interviewees: Ruth Cohen (mother), Miriam Cohen (daughter)", ("MOTHER", "DAUGHTER"), ("mother", "daughter")),
    ("Entrevistadas: Dolores Herrera (abuela), Lucía Herrera (nieta)", ("ABUELA", "NIETA"), ("abuela", "nieta")),
    ("Interviewte: Gerda Brandt (Mutter), Jens Brandt (Sohn)", ("MUTTER", "SOHN"), ("Mutter", "Sohn")),
])
@pytest.mark.parametrize("second_twice", [True, False])
def test_kinship_labels_name_the_people_the_header_lists_so(tmp_path, tei_all, header, labels, kin, second_twice):
    older, younger = labels
    text = (f"Family interview\n{header}\nInterviewer: David Stein\n\nDAVID: Where did you grow up?\n\n"
            f"{older}: In Brooklyn.\n\nDAVID: And you?\n\n{younger}: In Queens.\n\n"
            + (f"{younger}: We moved in 1975.\n\n" if second_twice else "") + f"{older}: She was four.\n")
    conversion, root = _convert(_write(tmp_path, text), tei_all)
    people = {p.findtext(T + "persName"): p for p in root.iter(T + "person")}
    # MOTHER and DAUGHTER were participants of their own beside Ruth and Miriam Cohen, "mother" her affiliation
    assert len(people) == 3 and not any(name.isupper() for name in people)
    first, second = (name for name in people if name != "David Stein")
    assert [people[first].findtext(T + "note"), people[second].findtext(T + "note")] == list(kin)
    assert all(p.find(T + "affiliation") is None for p in people.values())
    whose = {speaker: who for who, speaker, _ in turns(root)}
    assert whose[older] == people[first].get("{http://www.w3.org/XML/1998/namespace}id")[4:]
    assert whose[younger] == people[second].get("{http://www.w3.org/XML/1998/namespace}id")[4:]


def test_a_remark_that_is_no_kinship_stays_an_affiliation(tmp_path, tei_all):
    text = ("Interviewees: Ruth Cohen (Hadassah), Miriam Cohen (Brooklyn College)\nInterviewer: David Stein\n\n"
            "DAVID: Where?\n\nRUTH: Brooklyn.\n\nDAVID: And?\n\nMIRIAM: Queens.\n\nRUTH: Yes.\n\nMIRIAM: Yes.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [p.findtext(T + "affiliation") for p in root.iter(T + "person")][:2] == ["Hadassah", "Brooklyn College"]


# -- an interpreter's label with the languages or kind before it -------------------------------------------------------

@pytest.mark.parametrize("label", ["BSL/English interpreter", "Sign language interpreter", "Dari-English interpreter",
                                   "ASL interpreter", "BSL/ENGLISH INTERPRETER", "Voice interpreter"])
def test_an_interpreters_label_with_its_languages_is_the_headers_interpreter(tmp_path, tei_all, label):
    text = ("Interview with Margaret Fenn\nInterviewer: Paul Ryder\nInterpreter: Lisa Grant\n\n"
            f"Paul Ryder: Where did you go to school?\n\n{label}: At the Royal School in Derby.\n\n"
            f"Paul Ryder: Could you sign there?\n\n{label}: Never in class.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [(who, said) for who, _, said in turns(root)] == [
        ("ryder", "Where did you go to school?"), ("grant", "At the Royal School in Derby."),
        ("ryder", "Could you sign there?"), ("grant", "Never in class.")]
    assert _roles(root)["spk-grant"] == ("participant", "Lisa Grant")


@pytest.mark.parametrize("line", ["Through an interpreter: she said no.", "With the interpreter: we waited.",
                                  "The interpreter: late again, as usual."])
def test_a_sentence_about_an_interpreter_is_no_label(tmp_path, tei_all, line):
    text = f"Q: Where did you go to school?\n\nA: In Derby.\n\n{line}\n\nQ: And then?\n\nA: Leeds.\n"
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [speaker for _, speaker, _ in turns(root)] == ["Q", "A", "Q", "A"]
    assert line in _paragraphs(root)


# -- role words with a gender ending after a slash -------------------------------------------------------------------

@pytest.mark.parametrize("asker, answerer", [("Entrevistador/a", "Entrevistado/a"), ("Interviewer/in", "Befragte/r")])
def test_a_role_word_with_its_gender_ending_is_a_role_label(tmp_path, tei_all, asker, answerer):
    # "no speaker turns found": the slash made no label of them
    text = (f"Entrevista 14\nFecha: 22/03/2016\n\n{asker}: ¿Cuándo entró usted?\n\n{answerer}: En 1962.\n\n"
            f"{asker}: ¿Y el trabajo?\n\n{answerer}: Muy duro.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert sorted(role for role, _ in _roles(root).values()) == ["interviewee", "interviewer"]
    assert {p.findtext(T + "persName"): p.find(T + "persName").get("type") for p in root.iter(T + "person")} == {
        asker: "unnamed", answerer: "unnamed"}
    assert len(list(root.iter(T + "sp"))) == 4


def test_a_word_and_slash_that_is_no_role_is_no_role(tmp_path, tei_all):
    text = "Q: What was on the sign?\n\nA: It said this:\n\nAnd/or: whatever you like.\n\nQ: Really?\n\nA: Yes.\n"
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [speaker for _, speaker, _ in turns(root)] == ["Q", "A", "Q", "A"]


# -- a transcription service's footer and export notes ---------------------------------------------------------------

_SONIX = ("Automatically convert your audio files to text with Sonix. Sonix is the best online, automated "
          "transcription service.\n\nSonix uses cutting-edge artificial intelligence to convert your mp3 files to text.")


@pytest.mark.parametrize("footer", [_SONIX, "This transcript was exported on Apr 12, 2023 - view latest version here."])
def test_a_transcription_services_footer_is_no_speech_of_the_last_speaker(tmp_path, tei_all, footer):
    text = ("Speaker 1: [00:00:01] So where did you grow up?\n\nSpeaker 2: [00:00:04] In Tulsa, mostly.\n\n"
            f"Speaker 1: [00:00:07] And school?\n\nSpeaker 2: [00:00:09] Booker T. Washington High.\n\n{footer}\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _paragraphs(root)[-1] == "Booker T. Washington High."
    editorial = [[text_of(p) for p in div] for div in root.iter(T + "div") if div.get("type") == "editorial"]
    assert editorial == [footer.split("\n\n")]


@pytest.mark.parametrize("last", [
    "We had Sonix transcribe the tapes, and I checked every line of the text.",  # the speaker's own words
    "Trint and Descript were both too dear for us to transcribe with.",
    "This transcript was a gift to my mother.",
])
def test_a_last_answer_naming_a_service_is_the_speakers(tmp_path, tei_all, last):
    text = f"Q: How was it done?\n\nA: By hand.\n\nQ: And later?\n\nA: {last}\n"
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _paragraphs(root)[-1] == last
    assert not [div for div in root.iter(T + "div") if div.get("type") == "editorial"]


@pytest.mark.parametrize("once", [True, False])
def test_revs_label_with_its_time_after_the_colon_counts_printed_once(tmp_path, tei_all, once):
    # "Luis Ortega: (00:06)" printed once stayed in Dana Whitfield's turn
    text = ("Dana Whitfield: (00:02)\nSo the water rota starts next week.\n\nLuis Ortega: (00:06)\nWho has the key?\n\n"
            "Dana Whitfield: (00:09)\nI do.\n\n" + ("" if once else "Luis Ortega: (00:14)\nGood.\n\n")
            + "Dana Whitfield: (00:16)\nThen that's settled.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [who for who, _, _ in turns(root)] == (["whitfield", "ortega", "whitfield", "whitfield"] if once else
                                                  ["whitfield", "ortega", "whitfield", "ortega", "whitfield"])


def test_a_label_printed_once_with_a_bracket_that_is_no_time_is_not_taken_so(tmp_path, tei_all):
    text = ("Dana Whitfield: (00:02)\nSo the rota starts.\n\nDana Whitfield: (00:09)\nI do.\n\n"
            "Dana Whitfield: (00:12)\nFine.\n\nPlease note: (see the rota)\nThat is all.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert {who for who, _, _ in turns(root)} == {"whitfield"}


# -- every fifth line numbered at the right margin -------------------------------------------------------------------

_FIFTH = ["Q:  Mrs. Klein, where were you born?", "A:  In Vilna, in 1898. My father was a printer. We",
          "lived above the shop on Niemiecka Street, and the", "smell of the ink was in everything.",
          "Q:  When did you leave?", "A:  In 1913. My brother went first, to New York, and",
          "sent the tickets. We came on the Kursk.", "Q:  And the first work you found?",
          "A:  Shirtwaists, on Greene Street. Eleven dollars a", "week. We worked six days.",
          "Q:  What did you learn there?", "A:  English. And how to stand up at a meeting.", "Q:  When?", "A:  In 1909,",
          "at Cooper Union."]


@pytest.mark.parametrize("title", [[], ["THE REMINISCENCES OF ESTHER KLEIN"]])
def test_every_fifth_line_numbered_at_the_right_margin(tmp_path, tei_all, title):
    lines = title + _FIFTH
    text = "\n".join(f"{line:<70}{n + 1:>3}" if (n + 1) % 5 == 0 else line for n, line in enumerate(lines)) + "\n"
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert not any(p.split()[-1].isdigit() for p in _paragraphs(root))
    assert _paragraphs(root)[-1] == "In 1909, at Cooper Union."
    assert "right margin after 3 lines" in _normalisations(root)


def test_numbers_by_fives_that_are_no_line_numbers_stay(tmp_path, tei_all):
    # the years or amounts an answer ends on, far apart: no margin's numbers
    text = ("Q:  How much was the rent?\nA:  In the first flat, shillings:      15\nQ:  And later?\n"
            "A:  In the second:                     20\nQ:  And then?\nA:  The third, for years:               25\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [p.split()[-1] for p in _paragraphs(root) if p.startswith(("In the", "The third"))] == ["15", "20", "25"]


# -- role words of other languages -----------------------------------------------------------------------------------

def test_ukrainian_role_labels_under_a_title_naming_her_in_the_instrumental(tmp_path, tei_all):
    text = ("Інтерв'ю з Марією Коваль\nІнтерв'юер: Олена Петренко\nДата: 12 травня 2008\n\n"
            "Інтерв'юер: Де ви народилися?\n\nРеспондентка: У селі Опішня.\n\nІнтерв'юер: А батьки?\n\n"
            "Респондентка: Батько був гончарем.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert sorted(_roles(root).values()) == [("interviewee", "Марія Коваль"), ("interviewer", "Олена Петренко")]


def test_a_mans_name_in_the_instrumental_under_role_labels_is_not_undone(tmp_path, tei_all):
    text = ("Інтерв'ю з Іваном Мельником\n\nІнтерв'юер: Де ви народилися?\n\nРеспондент: У Полтаві.\n\n"
            "Інтерв'юер: А батьки?\n\nРеспондент: Селяни.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert "Іван Мельник" not in [name for _, name in _roles(root).values()]


def test_an_arabic_programmes_presenter_and_guest(tmp_path, tei_all):
    text = ("برنامج بلا حدود\n\nالمذيع: أهلاً بكم.\n\nالضيف: أهلاً بك.\n\nالمذيع: كيف بدأت القصة؟\n\n"
            "الضيف: في بيروت عام 1975.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert sorted(_roles(root).values()) == [("interviewee", "الضيف"), ("interviewer", "المذيع")]


def test_an_estonian_header(tmp_path, tei_all):
    text = ("Intervjuu Mart Tammega\nKüsitleja: Liis Kask\nKuupäev: 14. märts 2003\nKoht: Tartu\n\n"
            "KASK: Kus te sündisite?\n\nTAMM: Viljandis.\n\nKASK: Ja teie isa?\n\nTAMM: Ta oli kooliõpetaja.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert (creation_when(root), _roles(root)["spk-kask"]) == ("2003-03-14", ("interviewer", "Liis Kask"))
    assert "Küsitleja" not in " ".join(_paragraphs(root))


# -- who the headnote's lines name ---------------------------------------------------------------------------------

def test_a_title_naming_two_with_an_ampersand(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, _family("Harold & June Pickering remember the mill", ("HAROLD", "JUNE", "JUNE"))),
                       tei_all)
    assert sorted(name for role, name in _roles(root).values() if role == "interviewee") == [
        "Harold Pickering", "June Pickering"]


@pytest.mark.parametrize("label", ["SUSAN", "MARSH", "SUSAN MARSH"])
def test_an_interviewer_credited_under_a_headnote_sentence_speaks_by_her_given_name(tmp_path, tei_all, label):
    # "Interviewer: Susan Marsh" under the headnote's sentence was a turn of an "Interviewer" of its own
    text = (f"The mill at Hebden Bridge\n\nRecorded 12 October 1989 at their home.\nInterviewer: Susan Marsh\n\n"
            f"{label}: When did you start?\n\nHAROLD: 1931.\n\n{label}: And after?\n\nHAROLD: The war.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [(who, said) for who, _, said in turns(root)][0] == ("marsh", "When did you start?")
    assert ("interviewer", "Susan Marsh") in _roles(root).values() and len(_roles(root)) == 2


def test_an_interviewer_role_line_whose_name_no_label_gives_stays_a_turn(tmp_path, tei_all):
    text = ("The mill\n\nRecorded 12 October 1989 at their home.\nInterviewer: Susan Marsh\n\n"
            "TOM: When did you start?\n\nHAROLD: 1931.\n\nTOM: And after?\n\nHAROLD: The war.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert "Susan Marsh" in [said for _, _, said in turns(root)]


def test_a_podcast_hosts_guest_named_with_a_calling_and_no_article(tmp_path, tei_all):
    text = ("The Long Table\n\nNadia Karimi: Today I'm talking with baker Tomasz Wójcik.\n\nTomasz Wójcik: Thanks.\n\n"
            "Nadia Karimi: When did you start?\n\nTomasz Wójcik: At six.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _roles(root) == {"spk-wojcik": ("interviewee", "Tomasz Wójcik"), "spk-karimi": ("interviewer", "Nadia Karimi")}


@pytest.mark.parametrize("sentence", [
    "Maria Lopez, 62, talks with her son, Daniel Lopez, 34, about the family bakery.",
    "Maria Lopez (62) talks with her son Daniel Lopez (34) about the family bakery.",
])
def test_a_storycorps_description_with_ages_and_kinship(tmp_path, tei_all, sentence):
    text = (f"StoryCorps\n\n{sentence}\n\nDANIEL: Mom, when did Grandpa open the bakery?\n\nMARIA: In 1961.\n\n"
            "DANIEL: What do you remember?\n\nMARIA: The smell of pan dulce.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert sorted(_roles(root).values()) == [("interviewee", "Maria Lopez"), ("interviewer", "Daniel Lopez")]


@pytest.mark.parametrize("title, second", [
    ("StoryCorps", "Maria Lopez, 62, talks with her son, Daniel Lopez, 34, about the family bakery."),
    ("Hollins Mill Voices", "This interview was recorded at her home in Lowell in the spring of 2004."),
])
def test_a_standfirst_under_a_short_title_with_no_blank_line_between(tmp_path, tei_all, title, second):
    text = f"{title}\n{second}\n\nDANIEL: When did it open?\n\nMARIA: In 1961.\n\nDANIEL: And?\n\nMARIA: Pan dulce.\n"
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert main_title(root) == title
    assert [text_of(p) for div in root.iter(T + "div") if div.get("type") == "headnote" for p in div] == [second]


def test_a_titles_second_line_that_is_no_sentence_stays_the_titles(tmp_path, tei_all):
    text = ("Hollins Mill Oral History Project\nInterview with Mary Lee of Lowell, Massachusetts, textile worker\n\n"
            "Q: When did it open?\n\nA: In 1961.\n\nQ: And?\n\nA: Pan dulce.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert main_title(root) == ("Hollins Mill Oral History Project: Interview with Mary Lee of Lowell, Massachusetts, "
                                "textile worker")


def test_a_title_line_the_next_goes_on_from_is_no_title_of_its_own(tmp_path, tei_all):
    # "Interview with" / "Mary Lee, who worked …": the sentence is the title's words going on, as it was read before
    text = ("Interview with\nMary Lee, who worked at the Lowell mills for forty years.\n\nQ: When did you start?\n\n"
            "A: In 1935.\n\nQ: And?\n\nA: Forty years.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert main_title(root) != "Interview with"
    assert ("interviewee", "Mary Lee") in _roles(root).values()


@pytest.mark.parametrize("first", ["The Hollins Mill Oral History Project", "Lowell Mill Girls"])
def test_a_sentence_under_a_long_first_line_or_a_short_one_is_no_standfirst_of_a_title(tmp_path, tei_all, first):
    # (a first line of five words or more, or a second line of fewer than eight, is read as it was: one paragraph)
    second = ("This interview was recorded at her home in Lowell in 2004." if first.startswith("The")
              else "Voices from the spinning room, 1935-1952.")
    text = f"{first}\n{second}\n\nQ: When did it open?\n\nA: In 1961.\n\nQ: And?\n\nA: Pan dulce.\n"
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [text_of(p) for div in root.iter(T + "div") if div.get("type") == "headnote" for p in div] == [
        f"{first} {second}"]


# -- two people of one family in a title of another language ---------------------------------------------------------

@pytest.mark.parametrize("title, first, second", [
    ("Entretien avec Jeanne et Paul Martin", "JEANNE", "PAUL"),
    ("Intervista a Giulia e Marco Rossi\nIntervistatore: Luca Ferri\nData: 9 marzo 2018", "GIULIA", "MARCO"),
    ("Entrevista con Juan y María López", "JUAN", "MARÍA"),
])
def test_two_given_names_and_a_surname_in_a_title_are_two_people(tmp_path, tei_all, title, first, second):
    # "Giulia e Marco Rossi" was one person (its "e" read as a particle), both labels hers; "Jeanne et Paul Martin" Jeanne
    text = f"{title}\n\n{first}: Nel 1971.\n\n{second}: Con mio padre.\n\nQ: E adesso?\n\n{first}: Nostra figlia.\n"
    _, root = _convert(_write(tmp_path, text), tei_all)
    interviewees = sorted(name for role, name in _roles(root).values() if role == "interviewee")
    surname = title.split("\n")[0].split()[-1]
    assert interviewees == sorted([f"{first.title()} {surname}", f"{second.title()} {surname}"])
    assert len({who for who, _, _ in turns(root)}) == 3


def test_a_name_with_a_particle_for_and_is_one_person(tmp_path, tei_all):
    text = ("Entrevista con José Ortega y Gasset\n\nORTEGA: En Madrid.\n\nQ: ¿Y después?\n\nORTEGA: Marburgo.\n\n"
            "Q: ¿Y la revista?\n\nORTEGA: En 1923.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [name for role, name in _roles(root).values() if role == "interviewee"] == ["José Ortega y Gasset"]


# -- a focus group's coded participants with a remark, printed once ----------------------------------------------------

def test_coded_participants_with_a_remark_printed_once_beside_a_recurring_one(tmp_path, tei_all):
    # "P2 (male, 41):" and "P3 (female, 29):" printed once stayed in P1's turns
    text = ("Focus group 3\nDate: 21 June 2022\nFacilitator: Amira Hassan\n\nFacilitator: What does a good day look like?\n\n"
            "P1 (female, 34): When she comes home talking.\n\nP2 (male, 41): When he eats his lunch.\n\n"
            "Facilitator: And a bad one?\n\nP1 (female, 34): Silence.\n\nP3 (female, 29): Tears at the gate.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [who for who, _, _ in turns(root)] == ["hassan", "p1", "p2", "hassan", "p1", "p3"]


def test_a_code_of_other_letters_printed_once_is_not_taken_so(tmp_path, tei_all):
    text = ("Facilitator: What does a good day look like?\n\nP1 (female, 34): When she comes home.\n\n"
            "Facilitator: And a bad one?\n\nP1 (female, 34): Silence.\n\nRoom 2 (annex, 14): Closed for the day.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert {who for who, _, _ in turns(root)} == {"facilitator", "p1"}


def test_line_numbers_after_a_single_tab_at_the_right_margin(tmp_path, tei_all):
    text = "\n".join(f"     {line}\t{n + 1}" for n, (line, _) in enumerate(_RIGHT)) + "\n"
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _paragraphs(root) == [said for _, said in _RIGHT]


@pytest.mark.parametrize("remark", ["vrouw, 58", "female, 34", "M, 40s"])
def test_a_participants_sex_and_age_is_a_note_no_affiliation(tmp_path, tei_all, remark):
    text = (f"Interview 07\nDatum: 9 november 2017\nInterviewer: Sanne de Vries\nRespondent: R07 ({remark})\n\n"
            "I: Hoe lang woont u al in de wijk?\n\nR: Sinds 1984.\n\nI: En wat is er veranderd?\n\nR: Alles.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    person = next(p for p in root.iter(T + "person") if p.findtext(T + "persName") == "R07")
    assert (person.findtext(T + "note"), person.find(T + "affiliation")) == (remark, None)


def test_a_remark_with_a_number_that_is_no_age_stays_an_affiliation(tmp_path, tei_all):
    text = ("Interview 07\nDatum: 9 november 2017\nInterviewer: Sanne de Vries\nRespondent: R07 (Unit 58)\n\n"
            "I: Hoe lang woont u al in de wijk?\n\nR: Sinds 1984.\n\nI: En wat is er veranderd?\n\nR: Alles.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    person = next(p for p in root.iter(T + "person") if p.findtext(T + "persName") == "R07")
    assert person.findtext(T + "affiliation") == "Unit 58"


@pytest.mark.parametrize("intro", ["I'm here with my grandmother, Ines Moreno.", "Today I'm here with Ines Moreno."])
def test_a_host_here_with_her_guest(tmp_path, tei_all, intro):
    text = (f"Hollow Creek\n\nJess Moreno: Welcome to Hollow Creek. {intro}\n\nInes Moreno: Hello, mija.\n\n"
            "Jess Moreno: Where did you grow up?\n\nInes Moreno: In Las Cruces.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert sorted(_roles(root).values()) == [("interviewee", "Ines Moreno"), ("interviewer", "Jess Moreno")]


def test_here_with_no_one_named_names_no_guest(tmp_path, tei_all):
    text = ("Hollow Creek\n\nJess Moreno: I'm here with my notes, as always.\n\nInes Moreno: Hello, mija.\n\n"
            "Jess Moreno: Where did you grow up?\n\nInes Moreno: In Las Cruces.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    # (no one is named after "here with": the host is not taken for her own guest)
    assert {name: role for role, name in _roles(root).values()}["Jess Moreno"] != "interviewee"


# -- a life history's header; a question word of another language beside the answerers' names -------------------------

def test_a_federal_writers_project_life_historys_header(tmp_path, tei_all):
    # "Writer:" was no key: the block was the headnote's, its date and informant unread
    text = ("FEDERAL WRITERS' PROJECT\nLife History\n\nTitle: \"I Been Here All My Life\"\nDate: January 12, 1939\n"
            "Informant: Mrs. Sallie Burke, 74, Wilmington, N.C.\nWriter: Mary A. Hicks\n\n"
            "Q: How long have you lived here?\n\nA: All my life, honey.\n\nQ: And your father?\n\nA: The wharves.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert creation_when(root) == "1939-01-12"
    person = next(p for p in root.iter(T + "person") if p.get("role") == "interviewee")
    # her age and town are a note on her, no affiliation
    assert (person.findtext(T + "persName"), person.findtext(T + "note"), person.find(T + "affiliation")) == (
        "Mrs. Sallie Burke", "74, Wilmington, N.C.", None)
    assert {n.get("n"): n.text for n in root.iter(T + "note") if n.get("type") == "metadata"}["writer"] == "Mary A. Hicks"


@pytest.mark.parametrize("question, first, second", [
    ("प्रश्न", "सुनीता", "राजेश"), ("Pregunta", "LUCÍA", "PABLO"), ("Frage", "ANNA", "JONAS"),
])
def test_a_question_word_of_another_language_beside_the_answerers_names(tmp_path, tei_all, question, first, second):
    # "Pregunta:" without "Respuesta:" was refused as a label, its questions the previous answer's
    text = (f"{question}: A?\n\n{first}: B.\n\n{second}: C.\n\n{question}: D?\n\n{first}: E.\n\n{second}: F.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [speaker for _, speaker, _ in turns(root)] == [question, first, second, question, first, second]


def test_a_question_word_printed_once_beside_names_is_not_taken_so(tmp_path, tei_all):
    text = "LUCÍA: Pregunta: ¿por qué?\n\nPABLO: B.\n\nLUCÍA: C.\n\nPABLO: D.\n\nPregunta: nadie la hizo.\n"
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [speaker for _, speaker, _ in turns(root)] == ["LUCÍA", "PABLO", "LUCÍA", "PABLO"]


@pytest.mark.parametrize("first, second", [("RUTH", "MIRIAM"), ("MOTHER", "DAUGHTER")])
def test_kinship_as_the_keys_of_a_familys_header(tmp_path, tei_all, first, second):
    # "Mother: Ruth Cohen" / "Daughter: Miriam Cohen" were the title's lines ("Family Voices Project; Mother: …")
    text = ("Family Voices Project\nMother: Ruth Cohen\nDaughter: Miriam Cohen\nInterviewer: David Stein\n"
            f"Date: 12 May 2004\n\nDAVID: Where did you grow up?\n\n{first}: In Brooklyn.\n\nDAVID: And you?\n\n"
            f"{second}: In Queens.\n\n{first}: She was four.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert main_title(root) == "Family Voices Project"
    people = {p.findtext(T + "persName"): p.findtext(T + "note") for p in root.iter(T + "person")}
    assert people == {"David Stein": None, "Ruth Cohen": "mother", "Miriam Cohen": "daughter"}
    assert [who for who, _, _ in turns(root)] == ["stein", "cohen", "stein", "cohen-2", "cohen"]


def test_a_kinship_word_before_a_sentence_is_a_turn(tmp_path, tei_all):
    text = ("Family Voices Project\n\nDAVID: Where did you grow up?\n\nMOTHER: In Brooklyn, on Eastern Parkway.\n\n"
            "DAVID: And you?\n\nMOTHER: Queens, later.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [speaker for _, speaker, _ in turns(root)] == ["DAVID", "MOTHER", "DAVID", "MOTHER"]


def test_a_courts_caption_of_many_lines_over_lines_numbered_at_the_right(tmp_path, tei_all):
    caption = ("UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK\nUNITED STATES OF AMERICA,\n          v.\n"
               "DARNELL PRICE,\n          Defendant.\n          New York, N.Y.\n          March 4, 2020\n")
    _, root = _convert(_write(tmp_path, caption + "\n" + _numbered_right()), tei_all)
    assert _paragraphs(root) == [said for _, said in _RIGHT]
    assert "DARNELL PRICE" in " ".join(text_of(div) for div in root.iter(T + "div") if div.get("type") == "headnote")


def test_portuguese_question_and_answer_labels_under_a_title_naming_her(tmp_path, tei_all):
    text = ("Entrevista com Maria da Silva\nData: 12 de março de 2009\n\nPergunta: Onde a senhora nasceu?\n\n"
            "Resposta: Em Recife.\n\nPergunta: E seus pais?\n\nResposta: Meu pai era pescador.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _roles(root)["spk-silva"] == ("interviewee", "Maria da Silva")
    assert [who for who, _, _ in turns(root)] == ["pergunta", "silva", "pergunta", "silva"]


def test_a_narrators_initial_beside_the_interviewers(tmp_path, tei_all):
    text = ("Narrator: Joseph Whitehorse\nInterviewer: Ellen Brady\nDate: June 3, 1974\n\nI: Where were you born?\n\n"
            "N: Near Shiprock.\n\nI: And your family?\n\nN: Sheepherders.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [who for who, _, _ in turns(root)] == ["brady", "whitehorse", "brady", "whitehorse"]
    assert len(_roles(root)) == 2


def test_an_initial_n_beside_other_initials_names_no_role(tmp_path, tei_all):
    text = "N: Where were you born?\n\nM: In Leeds.\n\nN: And then?\n\nM: York.\n"
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert {name: role for role, name in _roles(root).values()}["N"] != "interviewee"


@pytest.mark.parametrize("title, first, second, names", [
    ("Intervju med Karin och Lars Berg\nIntervjuare: Eva Lund\nDatum: 14 juni 1998", "KARIN", "LARS",
     ["Karin Berg", "Lars Berg"]),
    ("Wawancara dengan Budi dan Sari Hartono", "BUDI", "SARI", ["Budi Hartono", "Sari Hartono"]),
])
def test_a_couple_in_a_swedish_or_indonesian_title_each_speaking_once(tmp_path, tei_all, title, first, second, names):
    # "KARIN:" printed once under a title over the header's keys stayed in the interviewer's turn
    text = f"{title}\n\nLUND: När?\n\n{first}: 1956.\n\n{second}: Året innan.\n\nLUND: Och?\n\n{second}: Trettio år.\n"
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert sorted(name for role, name in _roles(root).values() if role == "interviewee") == names
    assert [speaker for _, speaker, _ in turns(root)] == ["LUND", first, second, "LUND", second]


@pytest.mark.parametrize("title, name", [
    ("Интервью с Анной Петровой", "Анна Петрова"), ("Интервью с Марией Достоевской", "Мария Достоевская"),
])
def test_a_russian_title_naming_her_under_role_labels(tmp_path, tei_all, title, name):
    text = (f"{title}\n\nИнтервьюер: Где вы родились?\n\nРеспондент: В Казани.\n\nИнтервьюер: А родители?\n\n"
            "Респондент: Учителя.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert name in [n for role, n in _roles(root).values() if role == "interviewee"]


def test_a_russian_surname_whose_ending_does_not_say_her_nominative_is_not_guessed(tmp_path, tei_all):
    text = ("Интервью с Анной Толстой\n\nИнтервьюер: Где вы родились?\n\nРеспондент: В Казани.\n\n"
            "Интервьюер: А родители?\n\nРеспондент: Учителя.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert not any("Толст" in n for _, n in _roles(root).values())


# -- a transcription service's page heads, of several lines -----------------------------------------------------------

def _rev_pages(under: list[str]) -> str:
    head = "Garden plots meeting (Completed 04/12/23)" + " " * 20
    return ("Dana Whitfield (00:02):\nSo the water rota starts next week.\n\nLuis Ortega (00:06):\nWho has the key?\n\n"
            + "\n".join([head + "Page 1 of 2", *under]) + "\n\nDana Whitfield (00:09):\nI do.\n\n"
            "Luis Ortega (00:14):\nGood. Then we start Monday.\n\n" + "\n".join([head + "Page 2 of 2", *under]) + "\n")


def test_the_lines_under_a_services_page_head_printed_on_every_page_are_notes(tmp_path, tei_all):
    # "Transcript by Rev.com" / "This transcript was exported on …" under each page's head were Luis Ortega's words
    under = ["Transcript by Rev.com", "This transcript was exported on Apr 12, 2023 - view latest version here."]
    _, root = _convert(_write(tmp_path, _rev_pages(under)), tei_all)
    assert _paragraphs(root) == ["So the water rota starts next week.", "Who has the key?", "I do.",
                                 "Good. Then we start Monday."]
    notes = [text_of(n) for n in root.iter(T + "note") if n.get("type") != "metadata" and text_of(n) in under]
    assert notes == under * 2


def test_a_line_under_a_page_head_printed_once_stays_the_speakers(tmp_path, tei_all):
    text = _rev_pages(["Transcript by Rev.com"]).replace(
        "Page 1 of 2\nTranscript by Rev.com", "Page 1 of 2\nTranscript by Rev.com\nAnd the hoses are in the shed too.")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert "And the hoses are in the shed too." in _paragraphs(root)
