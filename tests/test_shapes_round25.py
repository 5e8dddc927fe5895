"""Transcript shapes of the twenty-fifth probe round: a turn printed line by line in two languages, each line opened
by its language's code ("[KAZ] …" / "[ENG] …"); a court-martial record's "Questions by the prosecution:" headings; an
OCRed typescript's running head with the page's number beside it, and its words broken at the line's end with a
hyphen; an initial before a credited name ("Записала Е. Иванова"), and a memoir's title word before a name in the
genitive; "Miss" as an honorific. Each test says what the TEI holds and that it is valid tei_all; the guard tests
that a rule does not fire on look-alike text."""

from __future__ import annotations

import pytest
from lxml import etree

from .converting import (
    T, XML_ID, convert_checked as _convert, text_of, turns, write as _write, participant_roles as _roles,
    creation_when, creation_place,
)


def _whos(root) -> list[str]:
    """Who speaks each turn (without "#spk-"), turns with no speaker's label too."""
    return [sp.get("who")[5:] for sp in root.iter(T + "sp")]


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


# -- questions opened by a dash, answers unmarked (Korean and Japanese papers) ----------------------------------------

@pytest.mark.parametrize("text, answerer", [
    # (the title names her with her calling: round 30)
    ("[인터뷰] 소설가 한강\n\n―작가님, 이번 작품은 어떻게 시작되었나요?\n\n처음에는 한 장면에서 시작했습니다.\n\n"
     "―제목은 어떻게 정하셨나요?\n\n오래 고민했습니다. 마지막에 정했어요.\n\n―다음 작품은요?\n\n아직 말씀드리기 어렵습니다.\n", "한강"),
    ("【インタビュー】作家に聞く\n\n――この作品はどう始まりましたか。\n\n最初は一つの場面からでした。\n\n――題名はどう決めましたか。\n\n"
     "長く悩みました。\n\n――次の作品は？\n\nまだ言えません。\n", "interviewee"),
])
def test_questions_opened_by_a_dash_and_unmarked_answers(tmp_path, tei_all, text, answerer):
    # the file was refused: no label convention fits
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _whos(root) == ["interviewer", answerer] * 3
    assert text_of(root.find(f".//{T}sp/{T}p")).startswith("―")  # the dash stays in the question's text


def test_dialogue_dashes_on_both_sides_still_alternate(tmp_path, tei_all):
    # guard: where the answers open with a dash too, the dashes are a dialogue's, each opening a turn
    text = ("―Где вы родились?\n\n―В Ленинграде.\n\n―А потом?\n\n―Эвакуация.\n\nВ Ташкент, с матерью.\n\n"
            "―Когда вернулись?\n\n―В сорок пятом.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _whos(root) == ["interviewer", "interviewee"] * 3
    assert [text_of(p) for p in list(root.iter(T + "sp"))[3].iter(T + "p")] == ["Эвакуация.", "В Ташкент, с матерью."]


# -- a Korean paper's marked turns ("▲김민수=…"), an interviewer's key under a title in any language ----------------------

def test_a_mark_a_name_and_an_equals_sign_open_a_turn(tmp_path, tei_all):
    text = ("[대담] 기후 위기와 농업\n사회: 김민수 기자\n\n▲김민수=올해 작황은 어떻습니까?\n▲박영희=가뭄 때문에 많이 어렵습니다.\n"
            "▲김민수=정부 대책은요?\n▲박영희=아직 충분하지 않다고 봅니다.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [(speaker, said) for _, speaker, said in turns(root)][:2] == [
        ("김민수", "올해 작황은 어떻습니까?"), ("박영희", "가뭄 때문에 많이 어렵습니다.")]
    assert sorted(_roles(root).values()) == [("interviewee", "박영희"), ("interviewer", "김민수")]
    # the moderator's credit is no line of the title but the headnote's
    assert root.findtext(f".//{T}titleStmt/{T}title[@type='main']") == "[대담] 기후 위기와 농업"


def test_an_equals_sign_in_text_is_no_label(tmp_path, tei_all):
    # guard: no mark before the name
    text = "Q: What did the sign say?\n\nA: 가격=만원, that was all.\n\nQ: And then?\n\nA: Nothing.\n"
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [speaker for _, speaker, _ in turns(root)] == ["Q", "A", "Q", "A"]


@pytest.mark.parametrize("title, credit, name", [
    ("【特集】元炭鉱夫に聞く", "聞き手：佐藤健", "佐藤健"),  # a Japanese magazine's "the one who listens"
    ("Stimmen aus dem Revier", "Interviewerin: Jana Becker", "Jana Becker"),
])
def test_an_interviewers_key_under_the_title_credits_the_interviewer(tmp_path, tei_all, title, credit, name):
    label = name.split()[-1] if " " in name else name[:2]
    text = (f"{title}\n{credit}\n\n{label}　炭鉱に入ったのはいつですか。\n山本　昭和二十七年です。\n{label}　きつかったですか。\n"
            "山本　それはもう。\n") if "：" in credit else (
        f"{title}\n{credit}\n\n{label.upper()}: Wann fuhren Sie ein?\n\nKRAUSE: 1952.\n\n{label.upper()}: Und dann?\n\n"
        "KRAUSE: Die Zeche.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert root.findtext(f".//{T}titleStmt/{T}title[@type='main']") == title  # the credit was a line of the title
    assert ("interviewer", name) in _roles(root).values()
    assert turns(root)[0][0] == next(i for i, (role, _) in _roles(root).items() if role == "interviewer")[4:]


def test_a_title_lines_key_of_another_kind_stays_in_the_title(tmp_path, tei_all):
    # guard: "Teil 2: Die Zeche" is no credit (no interviewer's key), nor is a question after the key
    text = "Stimmen aus dem Revier\nTeil 2: Die Zeche\n\nQ: Wann?\n\nA: 1952.\n\nQ: Wo?\n\nA: Bochum.\n"
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert root.findtext(f".//{T}titleStmt/{T}title[@type='main']") == "Stimmen aus dem Revier; Teil 2: Die Zeche"


# -- a UN verbatim record's speaker printed once with the language of the speech -------------------------------------

def test_a_un_speaker_printed_once_with_the_language_spoken(tmp_path, tei_all):
    text = ("The President: I welcome the Secretary-General.\n\nThe Secretary-General: Thank you, Madam President.\n\n"
            "Mr. Nebenzia (Russian Federation) (spoke in Russian): We have listened carefully.\n\n"
            "The President: I thank the representative of the Russian Federation.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    # the label was the Secretary-General's words ("Thank you, Madam President. Mr. Nebenzia (Russian Federation) …")
    assert [said for _, _, said in turns(root)][1:3] == ["Thank you, Madam President.", "We have listened carefully."]
    assert ("participant", "Mr. Nebenzia") in _roles(root).values()


def test_a_remark_of_another_kind_printed_once_stays_text(tmp_path, tei_all):
    # guard: only the language spoken marks a UN speaker
    text = ("The President: I welcome the Secretary-General.\n\nThe Secretary-General: Thank you.\n"
            "Mr. Nebenzia (Russian Federation) (later): We have listened.\n\nThe President: Thank you.\n")
    _, root = _convert(_write(tmp_path, text))
    assert len(turns(root)) == 3


# -- an e-mail's addresses and date --------------------------------------------------------------------------------

def test_an_emails_sender_and_recipient_with_their_addresses_and_its_date(tmp_path, tei_all):
    text = ("From: Ruth Abernathy <ruth.abernathy@example.org>\nTo: Samuel Greene <sgreene@history.example.edu>\n"
            "Date: Tue, 4 Feb 2014 09:12:44 -0500\nSubject: Re: Questions for the mill project\n\n"
            "> When did you start at the mill?\n\nIn 1962, straight out of school.\n\n> What was your first job there?\n\n"
            "Sweeping the spinning room floor.\n\n> Was there a union?\n\nYes, and my father was the steward.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    # the names with their addresses were no person's shape: both were unnamed; the date had no @when
    assert sorted(_roles(root).values()) == [("interviewee", "Ruth Abernathy"), ("interviewer", "Samuel Greene")]
    assert root.find(f".//{T}creation/{T}date").get("when") == "2014-02-04"


# -- a chat export's messages ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, speakers, printed", [
    ("12/03/2020, 19:45 - Lucía Gómez: ¿Dónde estabas?\n12/03/2020, 19:47 - Mateo Ruiz: En Bilbao.\n"
     "12/03/2020, 19:48 - Lucía Gómez: ¿Y después?\n12/03/2020, 19:52 - Mateo Ruiz: Raras semanas.\n",
     ["Lucía Gómez", "Mateo Ruiz"], "12/03/2020, 19:45 - Lucía Gómez"),
    ("[2021-05-11 14:02] interviewer_jk: Where are you based?\n[2021-05-11 14:03] nadia.r: Beirut, for now.\n"
     "[2021-05-11 14:03] interviewer_jk: What happened?\n[2021-05-11 14:05] nadia.r: The windows came in.\n",
     ["interviewer_jk", "nadia.r"], "[2021-05-11 14:02] interviewer_jk"),
])
def test_a_chat_exports_messages_are_turns_the_stamp_printed_with_the_sender(tmp_path, tei_all, text, speakers, printed):
    # the file was refused ("remove the stamps")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert {name for _, name in _roles(root).values()} == set(speakers)
    assert turns(root)[0][1] == printed and len(turns(root)) == 4
    assert [who for who, _, _ in turns(root)][:2] == [next(i for i, (_, name) in _roles(root).items() if name == s)[4:]
                                                      for s in speakers]
    assert root.find(f".//{T}timeline") is None  # a message's stamp is no time of a recording


def test_a_stamped_line_or_two_is_no_chat(tmp_path):
    # guard: each sender twice at least (and the earlier refusal of a two-line chat stands, test_shapes_round5)
    text = "Q: When?\n\nA: 12/03/2020, 19:45 - Lucía Gómez: that was the message.\n\nQ: And?\n\nA: Nothing.\n"
    _, root = _convert(_write(tmp_path, text))
    assert [speaker for _, speaker, _ in turns(root)] == ["Q", "A", "Q", "A"]


# -- a documentary's narrator ------------------------------------------------------------------------------------------

def test_a_documentarys_narrator_is_no_interviewee(tmp_path, tei_all):
    text = ("THE LONG SHIFT\n\nNARRATOR: In the winter of 1984 the pits fell silent.\n\nJEAN HOLLIS: We had nothing.\n\n"
            "NARRATOR: Her husband was on the picket line.\n\nDEREK HOLLIS: You went out at four.\n\n"
            "JEAN HOLLIS: Everybody cried.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _roles(root)["spk-narrator"] == ("participant", "NARRATOR")  # was the interviewee
    assert root.find(f".//{T}titleStmt/{T}title[@type='sub']") is None


@pytest.mark.parametrize("asker", ["INTERVIEWER", "SMITH"])
def test_an_oral_historys_narrator_is_the_interviewee(tmp_path, tei_all, asker):
    # guard: asked by someone, the narrator is the one interviewed (the oral historians' word)
    text = (f"{asker}: Where were you born?\n\nNARRATOR: In Selma.\n\n{asker}: And your father?\n\n"
            "NARRATOR: A preacher.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _roles(root)["spk-narrator"] == ("interviewee", "NARRATOR")


# -- a trial record's sworn witness; a podcast's chapters right under its title; a Polish archive's recorder ----------

_SWORN = ("RECORD OF TRIAL BY GENERAL COURT-MARTIAL\n\n{line}\n\nQ. Do you know the accused?\nA. I do.\n\n"
          "Q. How long have you known him?\nA. About eight months.\n")


@pytest.mark.parametrize("line, name", [
    ("CAPTAIN ROBERT MILES, a witness for the prosecution, was sworn and testified as follows:", "ROBERT MILES"),
    ("JOHN DOE, called as a witness by the Plaintiff, having been first duly sworn, testified as follows:", "JOHN DOE"),
    ("Mary Ellen Park, a witness for the defense, being first duly affirmed, testified as follows:", "Mary Ellen Park"),
])
def test_the_witness_a_trial_record_swears_in_answers(tmp_path, tei_all, line, name):
    _, root = _convert(_write(tmp_path, _SWORN.format(line=line)), tei_all)
    # the "A." turns were an unnamed "A"
    assert ("interviewee", name) in _roles(root).values()
    witness = next(i for i, (role, _) in _roles(root).items() if role == "interviewee")[4:]
    assert [who for who, _, _ in turns(root)][1::2] == [witness, witness]


def test_a_name_sworn_at_is_no_witness(tmp_path, tei_all):
    # guard: no witness's words after the name
    line = "JOHN DOE, the foreman, was sworn at by the crowd."
    _, root = _convert(_write(tmp_path, _SWORN.format(line=line)), tei_all)
    assert ("interviewee", "A") in _roles(root).values()


def test_a_podcasts_chapters_right_under_its_title(tmp_path, tei_all):
    text = ("Field Notes Podcast #12: The Lighthouse Keeper\nChapters:\n00:00 Intro\n02:15 Growing up on the island\n"
            "14:40 The storm of 1953\n\nHOST: Welcome. My guest today is Angus MacLeod.\n\nANGUS: Good to be here.\n\n"
            "HOST: Tell me about the island.\n\nANGUS: No electricity.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    # title, chapters and all were one paragraph of the headnote, and the file's name the title
    assert root.findtext(f".//{T}titleStmt/{T}title[@type='main']") == "Field Notes Podcast #12: The Lighthouse Keeper"
    contents = root.find(f".//{T}div[@type='contents']")
    assert text_of(contents.find(T + "head")) == "Chapters:"
    assert [text_of(p) for p in contents.iter(T + "p")] == ["00:00 Intro", "02:15 Growing up on the island",
                                                            "14:40 The storm of 1953"]


def test_a_polish_archives_recorder_is_the_interviewer(tmp_path, tei_all):
    text = ("Relacja: Halina Kowalska\nNagrywający: Piotr Nowak\nData nagrania: 12 marca 2005\nMiejsce: Warszawa\n\n"
            "NOWAK: Gdzie pani się urodziła?\n\nKOWALSKA: W Warszawie.\n\nNOWAK: A w sierpniu 1944?\n\n"
            "KOWALSKA: Byłam łączniczką.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert ("interviewer", "Piotr Nowak") in _roles(root).values()
    assert root.find(f".//{T}creation/{T}date").get("when") == "2005-03-12"


# -- a radio script's inserts; an interviewer's key in a script without capitals --------------------------------------

_SCRIPT = ("PROGRAMME: Archive Hour — The Long Shift\nTX: 12.03.85  21:00  RADIO 4\n\n"
           "NARRATOR: In the winter of 1984 the pits fell silent.\n\nINSERT: TAPE 3 CUT 2\nIN: \"We had nothing...\"\n"
           "OUT: \"...and each other.\"\nDUR: 0'14\"\n\nNARRATOR: Jean Hollis ran the soup kitchen.\n\n"
           "INSERT: TAPE 5 CUT 1\nIN: \"You went out at four...\"\nOUT: \"...if you'd come back.\"\nDUR: 0'21\"\n\n"
           "NARRATOR: A year later, the men went back.\n")


def test_a_radio_scripts_insert_cues_are_notes(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, _SCRIPT), tei_all)
    # INSERT, IN, OUT and DUR were four speakers, and PROGRAMME and TX two more
    assert {speaker for _, speaker, _ in turns(root)} == {"NARRATOR"}
    notes = [text_of(note) for note in root.iter(T + "note") if note.get("type") == "transcript"]
    assert notes[:4] == ["INSERT: TAPE 3 CUT 2", 'IN: "We had nothing..."', 'OUT: "...and each other."', "DUR: 0'14\""]
    assert root.findtext(f".//{T}titleStmt/{T}title[@type='main']") == "Archive Hour — The Long Shift"


def test_labels_in_and_out_between_blank_lines_stay_speakers(tmp_path, tei_all):
    # guard: a cue is a block of cue lines, the words an insert ends with or its length among them
    text = "IN: Where were you born?\n\nOUT: In Leeds.\n\nIN: When?\n\nOUT: In 1931.\n"
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [speaker for _, speaker, _ in turns(root)] == ["IN", "OUT", "IN", "OUT"]


def test_an_interviewers_key_in_hebrew_over_a_dateline(tmp_path, tei_all):
    text = ("ראיון עם רחל לוי\nמראיינת: מיכל כהן\nתל אביב, 3 במאי 1998\n\nש: איפה נולדת?\n\nת: בבגדד, בשנת 1931.\n\n"
            "ש: מתי עליתם לארץ?\n\nת: בשנת 1951, עם כל המשפחה.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    # the questions were an unnamed "ש"'s
    assert sorted(_roles(root).values()) == [("interviewee", "רחל לוי"), ("interviewer", "מיכל כהן")]


def test_a_korean_name_with_its_calling_is_no_credited_name(tmp_path, tei_all):
    # guard: "김민수 기자" is a name written without spaces and a calling: the key names no one new
    text = "기후 위기와 농업\n사회: 김민수 기자\n\n▲김민수=올해 작황은?\n▲박영희=어렵습니다.\n▲김민수=대책은요?\n▲박영희=부족합니다.\n"
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert ("interviewer", "김민수") in _roles(root).values() and len(_roles(root)) == 2


# -- an actor voicing a witness's words ----------------------------------------------------------------------------------

def test_an_actor_voicing_for_a_witness_speaks_the_turn_and_the_note_says_whose_words(tmp_path, tei_all):
    text = ("Witness Voices: The Aberfan Tribunal\n\nPRESENTER: Their words are read here by actors.\n\n"
            "GARETH WYN (voicing for Cyril Vaughan): I was on the tip that morning.\n\nPRESENTER: Vaughan was a foreman.\n\n"
            "GARETH WYN (voicing for Cyril Vaughan): We saw it move.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    person = next(p for p in root.iter(T + "person") if p.get(XML_ID) == "spk-wyn")
    # the remark was dropped from the participant (kept only in the speaker's label)
    assert person.findtext(T + "note") == "voicing for Cyril Vaughan"
    assert [who for who, _, _ in turns(root)] == ["presenter", "wyn", "presenter", "wyn"]


def test_a_stage_direction_is_no_voicing(tmp_path, tei_all):
    # guard: "(reading from his notes)" says how, not whose words
    text = ("PRESENTER: What happened?\n\nGARETH WYN (reading from his notes): The mist was down.\n\n"
            "PRESENTER: And then?\n\nGARETH WYN: It moved.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert all(p.find(T + "note") is None for p in root.iter(T + "person"))


# -- a UN verbatim record's head: its date and place lines ------------------------------------------------------------

_UN_HEAD = ("United Nations\nSecurity Council\nSeventy-eighth year\n9311th meeting\n{date}\n{place}\n\n"
            "The President: I welcome the Secretary-General.\n\nThe Secretary-General: Thank you, Madam President.\n\n"
            "The President: I thank the Secretary-General.\n\nThe Secretary-General: Thank you.\n")


def test_a_un_records_head_dates_and_places_the_meeting(tmp_path, tei_all):
    text = _UN_HEAD.format(date="Thursday, 18 April 2024, 3 p.m.", place="New York")
    _, root = _convert(_write(tmp_path, text), tei_all)
    # the head's lines, joined into one paragraph, gave neither
    assert (creation_when(root), creation_place(root)) == ("2024-04-18", "New York")


@pytest.mark.parametrize("date, place, expected", [
    ("Thursday, 18 April 2024, 3 p.m.", "Provisional verbatim record of the meeting", ("2024-04-18", None)),
    ("Seventy-eighth session", "New York", (None, None)),  # no day's date
])
def test_a_record_heads_lines_without_a_place_or_a_day(tmp_path, tei_all, date, place, expected):
    # guard: a place is a few capitalised words; a head without a day's date dates nothing
    _, root = _convert(_write(tmp_path, _UN_HEAD.format(date=date, place=place)), tei_all)
    assert (creation_when(root), creation_place(root)) == expected


# -- a court's head run together; a session's heading with its day ----------------------------------------------------

def test_a_date_key_in_a_courts_head_run_together_dates_the_hearing(tmp_path, tei_all):
    text = ("IN THE HIGH COURT OF JUSTICE KING'S BENCH DIVISION Case No: KB-2023-001234 Royal Courts of Justice, "
            "Strand, London Date: 15/03/2024\nBefore: MR JUSTICE HARLOW\n\nMR PHILLIPS: My Lord, I appear for the "
            "claimant.\n\nMR JUSTICE HARLOW: Yes, Mr Phillips.\n\nMR PHILLIPS: May I call Mrs Martin?\n\n"
            "MR JUSTICE HARLOW: Please.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert creation_when(root) == "2024-03-15"  # (was undated)


@pytest.mark.parametrize("line, when", [
    ("Hauptverhandlung, 87. Verhandlungstag, 14. August 1964", "1964-08-14"),
    ("Hauptverhandlung, 87. Verhandlungstag", None),  # guard: no day's date after the last comma
])
def test_a_sessions_heading_with_its_day(tmp_path, tei_all, line, when):
    text = (f"Landgericht Frankfurt am Main\n\n{line}\n\nVorsitzender Richter: Herr Zeuge, wann kamen Sie?\n\n"
            "Zeuge Kowalczyk: Im Frühjahr 1942.\n\nVorsitzender Richter: Was war Ihre Aufgabe?\n\n"
            "Zeuge Kowalczyk: Die Küche.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert (creation_when(root), creation_place(root)) == (when, None)


# -- ids of a transcript's sections, converted again into its folder ----------------------------------------------------

def test_a_transcript_with_sections_converted_again_keeps_its_division_ids(tmp_path):
    from tei_edition.convert import convert_file, write_conversion

    text = ("## Part 1: Childhood\n\nQ: Where were you born?\n\nA: In Hull.\n\n## Part 2: Work\n\nQ: Where did you work?\n\n"
            "A: On the docks.\n\nQ: For how long?\n\nA: Forty years.\n")
    source, out = _write(tmp_path, text, "sections.md"), tmp_path / "out"
    write_conversion(convert_file(source), out)
    first = (out / "sections.xml").read_bytes()
    write_conversion(convert_file(source), out)
    # each section's division was retired and numbered anew ("Division id sections-div1 retired …"): the division
    # followed the paragraphs' nearest container, their speech, never the division
    assert (out / "sections.xml").read_bytes() == first
    root = etree.parse(str(out / "sections.xml")).getroot()
    assert len([div for div in root.iter(T + "div") if div.get(XML_ID, "").startswith("sections-div")]) == 1
    assert root.find(f".//{T}change[@type='id-retired']") is None
