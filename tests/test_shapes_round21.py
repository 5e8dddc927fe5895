"""Transcript shapes of the twenty-first probe round: an interview of two sessions dated in one header line ("March 3
and 10, 2004"), the translator a headnote credits, broadcast lines under a title ("Sänt 14 juli 2021"), a place and
date line above a header's keys, interviewers' and interpreters' initials and languages in brackets, an interpreter
the header names speaking once, an e-mail interview's salutation, Persian labels with the zero-width non-joiner,
Hebrew question and answer letters. Each test says what the TEI holds and that no word of the source is lost (and
that it is valid tei_all); the guard tests that a rule does not fire on look-alike text."""

from __future__ import annotations

import pytest

from .converting import (
    T, XML_ID, convert_checked as _convert, people, text_of, turns, write as _write, main_title as _title,
)


def _dates(root) -> list[tuple[str | None, str]]:
    creation = root.find(f".//{T}profileDesc/{T}creation")
    return [] if creation is None else [(date.get("when"), date.text) for date in creation.iter(T + "date")]


def _credits(root) -> list[tuple[str, str]]:
    return [(text_of(resp.find(T + "resp")), text_of(resp[1])) for resp in root.iterfind(f".//{T}titleStmt/{T}respStmt")
            if not text_of(resp.find(T + "resp")).startswith("TEI encoding")]


def _person(root, ident: str):
    return next(p for p in root.iter(T + "person") if p.get(XML_ID) == ident)


# -- an interview of two sessions, dated in one line ------------------------------------------------------------------

SESSIONS = ("Interviewee: Margaret A. Lindahl\nInterviewer: Robert Keene\nDate: {date}\nPlace: Laramie, Wyoming\n\n"
            "KEENE: Margaret, where were you born?\n\nLINDAHL: On a ranch north of Lusk.\n\nKEENE: Sheep or cattle?\n\n"
            "LINDAHL: Sheep.\n")


@pytest.mark.parametrize("printed, expected", [
    ("March 3 and 10, 2004", [("2004-03-03", "March 3"), ("2004-03-10", "10, 2004")]),
    ("3 and 10 March 2004", [("2004-03-03", "3"), ("2004-03-10", "10 March 2004")]),
    ("June 2, 9 and 16, 1987", [("1987-06-02", "June 2"), ("1987-06-09", "9"), ("1987-06-16", "16, 1987")]),
])
def test_a_date_of_several_days_of_one_month_dates_each_session(tmp_path, tei_all, printed, expected):
    _, root = _convert(_write(tmp_path, SESSIONS.format(date=printed)), tei_all)
    assert _dates(root) == expected
    # the header prints the days as the source does, the words between them kept
    assert text_of(root.find(f".//{T}profileDesc/{T}creation")) == f"{printed}, Laramie, Wyoming"


def test_one_date_or_an_impossible_day_is_no_list_of_days():
    # guard: a date of one day, or a day no month has, gives no sessions
    from tei_edition.dates import iso_days

    assert [iso_days(text) for text in ("March 3, 2004", "3 and 40 March 2004", "March 2004")] == [None, None, None]


# -- the translator a headnote credits --------------------------------------------------------------------------------

TRANSLATED = ('"We were writing for the drawer"\n\nAn interview with Lyudmila Petrushevskaya\n\n'
              "Translated from the Russian by Anna Summers\n\nINTERVIEWER: When did you start writing stories?\n\n"
              "PETRUSHEVSKAYA: In the sixties.\n\nINTERVIEWER: Nobody printed them?\n\nPETRUSHEVSKAYA: Nobody.\n")


def test_a_headnote_credit_of_the_translation_names_the_translator(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, TRANSLATED), tei_all)
    assert _credits(root) == [("Translation from the Russian", "Anna Summers")]
    assert "spk-summers" not in {p.get(XML_ID) for p in root.iter(T + "person")}  # no participant of the interview
    assert "Translated from the Russian by Anna Summers" in text_of(root.find(f".//{T}front"))  # the words stay


def test_a_credit_line_under_a_title_ends_the_title_and_names_the_translator(tmp_path, tei_all):
    text = ("Interview with Olga Tokarczuk\nTranslated from the Polish by Antonia Lloyd-Jones\nWrocław, 5 November 2019\n\n"
            "Q: Where were you?\n\nA: On a motorway.\n\nQ: What did you do?\n\nA: I called my mother.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _title(root) == "Interview with Olga Tokarczuk"
    assert _credits(root) == [("Translation from the Polish", "Antonia Lloyd-Jones")]


def test_a_sentence_about_translating_credits_nobody(tmp_path):
    # guard: the speakers' own words about a translation, or two translators, name no translator of the text
    text = TRANSLATED.replace("Translated from the Russian by Anna Summers",
                              "Her stories were translated by many people over the years")
    _, root = _convert(_write(tmp_path, text))
    assert _credits(root) == []


# -- a broadcast line under the title ---------------------------------------------------------------------------------

@pytest.mark.parametrize("title, line, when", [
    ("Sommar i P1: Samtal med Agneta Lindqvist", "Sänt 14 juli 2021", "2021-07-14"),
    ("Radiointerview: Søren Ryge Petersen om haven", "Sendt 3. august 2019 på P1", "2019-08-03"),
    ("Deutschlandfunk: Gespräch mit Anna Berg", "Gesendet am 3. Mai 2019", "2019-05-03"),
])
def test_a_broadcast_line_under_the_title_is_no_part_of_it_and_dates_the_interview(tmp_path, tei_all, title, line,
                                                                                      when):
    text = (f"{title}\n{line}\n\nHOLM: Hur började det?\n\nPETERSEN: Med en gård.\n\nHOLM: Och sedan?\n\n"
            "PETERSEN: Korna.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _title(root) == title
    assert [when for when, _ in _dates(root)] == [when]
    assert text_of(root.find(f".//{T}div[@type='headnote']")) == line  # printed where it stands


def test_a_broadcast_line_without_a_day_stays_in_the_title(tmp_path):
    # guard: "Broadcast on the radio" is no date, and a title of two lines keeps it
    text = ("Sommar i P1\nSänt på radio\n\nHOLM: Hur började det?\n\nPETERSEN: Med en gård.\n\nHOLM: Och sedan?\n\n"
            "PETERSEN: Korna.\n")
    _, root = _convert(_write(tmp_path, text))
    assert _title(root) == "Sommar i P1: Sänt på radio"
    assert _dates(root) == []


# -- a place and date line above the header's keys --------------------------------------------------------------------

KARZAI = ("Interview with Hamid Karzai\nKabul, 22 November 2013\nInterviewer: Lyse Doucet (BBC)\nInterpreter: Wahid Omar\n\n"
          "DOUCET: Mr President, why won't you sign?\n\nKARZAI (through interpreter): Because of the raids.\n\n"
          "DOUCET: Are you worried?\n\nKARZAI (in English): No. They will not leave.\n\n"
          "OMAR: The President wishes to add something in Dari.\n\nKARZAI (through interpreter): We have survived worse.\n")


def test_a_place_and_date_line_over_the_keys_is_header_data_and_the_interpreter_speaks(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, KARZAI), tei_all)
    assert _title(root) == "Interview with Hamid Karzai"
    assert _dates(root) == [("2013-11-22", "22 November 2013")]
    assert root.findtext(f".//{T}creation/{T}placeName") == "Kabul"
    assert people(root) == {"karzai": ("interviewee", "Hamid Karzai"), "doucet": ("interviewer", "Lyse Doucet"),
                            "omar": ("participant", "Wahid Omar")}
    # the interviewer's key is no turn of "Interviewer", and the interpreter's one turn is his, not Karzai's words
    assert [who for who, _, _ in turns(root)] == ["doucet", "karzai", "doucet", "karzai", "omar", "karzai"]


def test_a_place_and_date_line_alone_is_no_header_block(tmp_path):
    # guard: without a key line under it, "Kabul, 22 November 2013" stays the headnote's line
    text = KARZAI.replace("Interviewer: Lyse Doucet (BBC)\nInterpreter: Wahid Omar\n", "")
    _, root = _convert(_write(tmp_path, text))
    assert "Kabul, 22 November 2013" in text_of(root.find(f".//{T}front"))


# -- initials and languages in brackets after the names of a header ---------------------------------------------------

def test_initials_in_brackets_are_labels_and_an_interpreters_languages_a_note(tmp_path, tei_all):
    text = ("Refugee Voices Archive – Interview 117\nInterviewee: Nasrin Ahmadi\n"
            "Interviewers: Kate Morrow (KM) and Ali Rezaei (AR)\nTranslator: Farid Noori (FN), Dari/English\n"
            "Date: 19 September 2019\n\nKM: Where are you from?\n\nFN: She says Mazar-i-Sharif.\n\n"
            "AR: How did you travel?\n\nFN: By car to Iran.\n\nAHMADI: Very hard.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [who for who, _, _ in turns(root)] == ["morrow", "noori", "rezaei", "noori", "ahmadi"]
    assert root.find(f".//{T}affiliation") is None  # "KM; AR" was Rezaei's affiliation, "FN; Dari/English" Noori's
    assert _person(root, "spk-noori").findtext(T + "note") == "Dari/English"


def test_an_organisation_in_brackets_stays_an_affiliation(tmp_path):
    # guard: letters that are not the person's initials, and slashed words that name no language, are affiliations
    text = ("Interview with Mary Lee\nInterviewer: Jane Kim (BBC/ITV)\nDate: 3 May 1999\n\nKIM: Where?\n\nLEE: Leeds.\n\n"
            "KIM: When?\n\nLEE: 1950.\n")
    _, root = _convert(_write(tmp_path, text))
    assert _person(root, "spk-kim").findtext(T + "affiliation") == "BBC/ITV"


# -- an e-mail interview's salutation ---------------------------------------------------------------------------------

def test_an_e_mail_interviews_salutation_is_no_title(tmp_path, tei_all):
    text = ("From: Lena Vogt\nTo: Samuel Osei\nSent: Tuesday, 8 October 2019 14:12\n"
            "Subject: Re: Questions for the malaria vaccine piece\n\nDear Dr Osei,\n\nMy questions are below.\n\n"
            "1. How long have you worked on the trials?\n\nSince 2009.\n\n2. What surprised you?\n\nThe waning.\n\n"
            "3. Is it worth rolling out?\n\nYes.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _title(root) == "Questions for the malaria vaccine piece"
    assert "Dear Dr Osei," in text_of(root.find(f".//{T}div[@type='headnote']"))


# -- labels of other scripts ------------------------------------------------------------------------------------------

PERSIAN = ("گفت‌وگو با سیمین بهبهانی\nمصاحبه‌گر: مریم حسینی\nتاریخ: ۱۲ مهر ۱۳۸۳\n\n"
           "مصاحبه‌گر: شعر گفتن را از چه سنی شروع کردید؟\n\nبهبهانی: از دوازده سالگی.\n\n"
           "مصاحبه‌گر: چه کسی شما را تشویق کرد؟\n\nبهبهانی: مادرم.\n")


def test_a_persian_role_word_with_the_zero_width_non_joiner_is_a_label_and_a_header_key(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, PERSIAN), tei_all)
    # the title "گفت‌وگو با …" (a conversation with) names her in full
    assert people(root) == {"حسینی": ("interviewer", "مریم حسینی"), "بهبهانی": ("interviewee", "سیمین بهبهانی")}
    assert [(who, speaker) for who, speaker, _ in turns(root)] == [("حسینی", "مصاحبه‌گر"), ("بهبهانی", "بهبهانی")] * 2
    # the solar calendar's date as printed, its Gregorian day beside it (round 30)
    assert _dates(root) == [("2004-10-03", "۱۲ مهر ۱۳۸۳")]


@pytest.mark.parametrize("title, asker", [
    ("ראיון עם עמוס עוז", ("ש", "interviewer", "ש")),
    # the credit under the title ("interviewed by", feminine) names the asker
    ("ראיון עם עמוס עוז\nראיינה: דנה כהן", ("כהן", "interviewer", "דנה כהן")),
])
def test_hebrew_question_and_answer_letters_are_the_interviewer_and_the_one_the_title_names(tmp_path, tei_all, title,
                                                                                              asker):
    text = f"{title}\n\nש: מתי התחלת לכתוב?\n\nת: בגיל שתים־עשרה.\n\nש: ומה גרם לך להמשיך?\n\nת: הסקרנות.\n"
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert people(root) == {"עוז": ("interviewee", "עמוס עוז"), asker[0]: asker[1:]}  # was "Interview with ת"
    assert _title(root) == "ראיון עם עמוס עוז"
    assert [who for who, _, _ in turns(root)] == [asker[0], "עוז"] * 2


def test_hebrew_letters_without_a_title_are_stand_ins(tmp_path):
    # guard: without a title naming the interviewee, the answer letter names nobody
    text = "ש: מתי התחלת לכתוב?\n\nת: בגיל שתים־עשרה.\n\nש: ומה גרם לך להמשיך?\n\nת: הסקרנות.\n"
    _, root = _convert(_write(tmp_path, text))
    assert {p.find(T + "persName").get("type") for p in root.iter(T + "person")} == {"unnamed"}
    assert root.find(f".//{T}titleStmt/{T}title[@type='sub']") is None


def test_an_arabic_titles_word_for_the_persons_calling_is_no_part_of_the_name(tmp_path, tei_all):
    text = ("حوار مع الروائي إبراهيم نصر الله\n\nالمحاور: متى بدأت الكتابة؟\n\nنصر الله: عام ١٩٨٥.\n\n"
            "المحاور: لماذا استغرق الأمر كل هذا الوقت؟\n\nنصر الله: كنت أجمع الشهادات.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert people(root)["الله"] == ("interviewee", "إبراهيم نصر الله")  # was "الروائي إبراهيم نصر الله", the novelist


# -- a header's count of people --------------------------------------------------------------------------------------

FOCUS = ("PROJECT MERIDIAN – FOCUS GROUP 3\nLocation: Leeds\nDate: 17 June 2022\n"
         "Respondents: 6 (3 female, 3 male), ABC1, 25–40\nModerator: Helen Marsh\n\n"
         "M: Who wants to go first?\n\nF1: I'll go.\n\nM1: Same line.\n\nM: And the journey?\n\nF1: Crowded.\n\n"
         "M1: Late.\n")


def test_a_count_of_respondents_in_a_header_is_a_note_and_the_moderator_key_no_turn(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, FOCUS), tei_all)
    assert _title(root) == "PROJECT MERIDIAN – FOCUS GROUP 3"
    assert _dates(root) == [("2022-06-17", "17 June 2022")]
    assert people(root)["marsh"] == ("interviewer", "Helen Marsh")
    assert "Helen Marsh" not in [text for _, _, text in turns(root)]  # "Moderator: Helen Marsh" was a turn
    assert root.findtext(f".//{T}bibl/{T}note[@n='respondents']") == "6 (3 female, 3 male), ABC1, 25–40"


def test_a_count_alone_makes_no_header_block(tmp_path):
    # guard: "Respondent: 6 …" with no other key stays where it is printed
    text = "Respondents: 6 (3 female, 3 male)\n\nM: Who?\n\nF1: Me.\n\nM: Why?\n\nF1: Because.\n"
    _, root = _convert(_write(tmp_path, text))
    assert root.find(f".//{T}bibl/{T}note[@n='respondents']") is None


# -- captions and tables of turns from other tools -------------------------------------------------------------------

def test_youtubes_sbv_timings_are_the_turns_times(tmp_path, tei_all):
    text = ("0:00:00.599,0:00:04.160\n>> ANNA: Hi everyone, welcome back.\n\n0:00:04.160,0:00:06.480\n"
            ">> MARCO: Thanks, Anna.\n\n0:00:06.480,0:00:10.719\n>> ANNA: So Marco, thirty years?\n\n"
            "0:00:10.719,0:00:15.200\n>> MARCO: Thirty-two.\n")
    _, root = _convert(_write(tmp_path, text, "t.sbv"), tei_all)
    assert [(who, said) for who, _, said in turns(root)] == [
        ("anna", "Hi everyone, welcome back."), ("marco", "Thanks, Anna."), ("anna", "So Marco, thirty years?"),
        ("marco", "Thirty-two.")]
    assert [w.get("interval") for w in root.iter(T + "when")][1:3] == ["0.599", "4.16"]
    assert "0:00:00" not in text_of(root.find(f".//{T}text"))  # no timing left as words


def test_youtubes_rolling_automatic_captions_are_read_each_line_once(tmp_path, tei_all):
    text = ("WEBVTT\nKind: captions\nLanguage: en\n\n00:00:00.000 --> 00:00:03.110 align:start position:0%\n \n"
            "so<00:00:00.480><c> today</c><00:00:00.840><c> I'm</c><00:00:01.020><c> here</c>\n\n"
            "00:00:03.110 --> 00:00:03.120 align:start position:0%\nso today I'm here\n \n\n"
            "00:00:03.120 --> 00:00:06.590 align:start position:0%\nso today I'm here\n"
            ">><00:00:03.600><c> thanks</c><00:00:04.080><c> for</c><00:00:04.620><c> having</c><00:00:04.800><c> me</c>\n")
    _, root = _convert(_write(tmp_path, text, "t.vtt"), tei_all)  # was refused: a line of a space ended the cue
    assert text_of(root.find(f".//{T}text")).count("so today I'm here") == 1
    assert [text_of(sp.find(T + "p")) for sp in root.iter(T + "sp")] == ["thanks for having me"]
    assert any("rolling captions" in p for p in map(text_of, root.iter(T + "p")))  # normalization says so


def test_a_repeated_caption_line_without_word_timing_is_kept(tmp_path):
    # guard: captions not timed word by word do not scroll: a line said twice is said twice
    text = ("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nANNA: No.\n\n00:00:02.000 --> 00:00:03.000\nANNA: No.\n\n"
            "00:00:03.000 --> 00:00:04.000\nMARCO: Why?\n\n00:00:04.000 --> 00:00:05.000\nANNA: Because.\n")
    _, root = _convert(_write(tmp_path, text, "t.vtt"))
    assert text_of(root.find(f".//{T}body")).count("No.") == 2


ELAN = ("Tier\tBegin Time\tEnd Time\tDuration\tAnnotation\n"
        "INT\t00:00:01.250\t00:00:04.870\t00:00:03.620\tSo can you tell me where you grew up?\n"
        "SPK\t00:00:05.100\t00:00:09.930\t00:00:04.830\tIn Oulu, in the north.\n"
        "INT\t00:00:10.400\t00:00:12.010\t00:00:01.610\tWhat was that like?\n"
        "SPK\t00:00:12.300\t00:00:19.760\t00:00:07.460\tEarly mornings.\n")


def test_elans_tab_delimited_export_is_a_table_of_turns(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, ELAN), tei_all)
    assert [(who, said) for who, _, said in turns(root)] == [
        ("int", "So can you tell me where you grew up?"), ("spk", "In Oulu, in the north."),
        ("int", "What was that like?"), ("spk", "Early mornings.")]
    assert [w.get("interval") for w in root.iter(T + "when")][1:3] == ["1.25", "5.1"]  # the begin times
    assert any("end and duration columns are not encoded" in text_of(p) for p in root.iter(T + "p"))


def test_a_timing_column_of_words_is_refused_with_its_line(tmp_path):
    # guard: an end column that holds no time is no timing: the row is named, nothing guessed
    from tei_edition.errors import InputError
    with pytest.raises(InputError, match="line 3"):
        _convert(_write(tmp_path, ELAN.replace("00:00:09.930", "later")))


CSV = ('Speaker,Start time,End time,Transcript\n'
       'Maya Patel,00:00:00,00:00:07,"Welcome back to Small Print, the podcast. I\'m Maya Patel."\n'
       'Jonah Reed,00:00:07,00:00:09,"And I\'m Jonah Reed."\n'
       'Grace Adeyemi,00:00:18,00:00:21,"Thanks for having me, both of you."\n'
       'Jonah Reed,00:00:21,00:00:29,"Why is it so hard to cancel a ""gym"" membership?"\n')


def test_a_csv_export_is_a_table_of_turns(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, CSV, "t.csv"), tei_all)
    assert [(who, said) for who, _, said in turns(root)] == [
        ("patel", "Welcome back to Small Print, the podcast. I'm Maya Patel."), ("reed", "And I'm Jonah Reed."),
        ("adeyemi", "Thanks for having me, both of you."), ("reed", "Why is it so hard to cancel a gym membership?")]
    assert root.find(f".//{T}q[@rend='double-straight']") is not None  # the cell's "" a quotation mark
    assert any("comma-separated values" in text_of(p) for p in root.iter(T + "p"))


def test_a_first_line_with_commas_is_no_table(tmp_path):
    # guard: a title line with commas, whose cells name no speaker and text column, is a title
    text = "Interview with Jane Doe, Leeds, 1999\n\nQ: Where?\n\nA: Leeds.\n\nQ: When?\n\nA: 1950.\n"
    _, root = _convert(_write(tmp_path, text))
    assert _title(root) == "Interview with Jane Doe, Leeds, 1999"


# -- a Japanese round table's names in lenticular brackets ----------------------------------------------------------

def test_names_in_lenticular_brackets_are_labels(tmp_path, tei_all):
    text = ("【対談】地方から考える日本の農業\n\n【鈴木】まず山田さん、現在の経営規模を教えてください。\n\n【山田】水田が四十ヘクタールほどです。\n\n"
            "【佐藤】それは全国的な傾向ですね。\n\n【鈴木】佐藤先生、それは良いことなのでしょうか。\n\n【佐藤】効率の面では良いことです。\n\n"
            "【山田】（笑）それは本当にそうです。\n")
    _, root = _convert(_write(tmp_path, text), tei_all)  # was refused: no label convention fitted
    assert [who for who, _, _ in turns(root)] == ["鈴木", "山田", "佐藤", "鈴木", "佐藤", "山田"]
    assert _title(root) == "【対談】地方から考える日本の農業"


# -- an app's date line under its title ------------------------------------------------------------------------------

def test_an_otter_exports_date_line_ends_the_title_and_dates_the_interview(tmp_path, tei_all):
    text = ("Team sync with Rafael – Otter.ai\nThu, Mar 7, 2024 10:03AM • 6:12\n\nJess Turner  00:03\nMorning Rafael.\n\n"
            "Rafael Gómez  00:10\nSure. Nights change.\n\nJess Turner  00:18\nWhy the change?\n\nRafael Gómez  00:20\n"
            "Fatigue.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _title(root) == "Team sync with Rafael – Otter.ai"
    assert [when for when, _ in _dates(root)] == ["2024-03-07"]


# -- a magazine's credit line ----------------------------------------------------------------------------------------

def test_interview_by_in_a_credit_line_names_the_interviewer(tmp_path, tei_all):
    text = ('# "I still write every morning"\n\n*Interview by Sarah Lyall · Photographs by Tom Jamieson*\n\n'
            "**How did it begin?**\n\nWith a photograph.\n\n**Did you know who they were?**\n\nOnly one of them.\n")
    _, root = _convert(_write(tmp_path, text, "t.md"), tei_all)
    assert people(root)["lyall"] == ("interviewer", "Sarah Lyall")
    assert "jamieson" not in people(root)


# -- Canada's House committees ---------------------------------------------------------------------------------------

CANADA = ("Standing Committee on Official Languages\nNUMBER 042\nThursday, May 12, 2022\n\n"
          "The Chair (Mr. René Arseneault (Madawaska—Restigouche, Lib.)): I call the meeting to order. We welcome the "
          "Commissioner of Official Languages, Mr. Raymond Théberge.\n\n"
          "Mr. Raymond Théberge (Commissioner of Official Languages, Office of the Commissioner of Official Languages): "
          "Thank you, Mr. Chair.\n\nThe Chair: Mr. Godin, you have six minutes.\n\n"
          "Mr. Joël Godin (Portneuf—Jacques-Cartier, CPC): How many complaints?\n\nMr. Raymond Théberge: 5,409.\n\n"
          "Mr. Joël Godin: Why?\n\nMr. Raymond Théberge: The pandemic.\n\nThe Chair: Thank you.\n")


def test_a_chair_printed_with_the_members_name_and_riding_is_that_member(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, CANADA), tei_all)
    assert [who for who, _, _ in turns(root)] == [
        "arseneault", "theberge", "arseneault", "godin", "theberge", "godin", "theberge", "arseneault"]
    assert people(root)["arseneault"] == ("chair", "Mr. René Arseneault")
    # the riding, dashes and all, is the seat; the party after the comma no part of it
    assert [p.findtext(T + "note") for p in root.iter(T + "person")
            if p.get(XML_ID) in ("spk-arseneault", "spk-godin")] == ["Madawaska—Restigouche", "Portneuf—Jacques-Cartier"]
    assert "I call the meeting to order" not in text_of(root.find(f".//{T}front"))  # the first turns were headnote


# -- names a headnote and title print, and the labels that stand for them --------------------------------------------

def test_a_surname_label_is_the_name_printed_in_the_headnote_and_the_title_in_capitals(tmp_path, tei_all):
    text = ("REMEMBERING ELSIE MAYNARD (1927–2023)\n\nElsie Maynard, who ran the Rose & Crown for half a century, died "
            "on 2 February 2023. In 2011 she talked to our reporter Owen Pryce.\n\nPRYCE: How did you come to run it?\n\n"
            "MAYNARD: My husband's father had it.\n\nPRYCE: And the flood?\n\nMAYNARD: The water came to the third stair.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert people(root)["maynard"] == ("interviewee", "Elsie Maynard")  # was "MAYNARD", a person of its own
    assert _dates(root) == []  # the day she died dates no interview


def test_a_label_of_the_first_of_two_surnames_is_that_person(tmp_path, tei_all):
    text = ("Oral history interview with Ana García Ruiz\nConducted in Spanish by Tom Bennett\nOaxaca, 8 July 2015\n\n"
            "BENNETT: ¿Dónde nació usted? [Where were you born?]\n\nGARCÍA: En San Pablo Huixtepec. [In San Pablo.]\n\n"
            "BENNETT: ¿Fue a la escuela? [Did you go to school?]\n\nGARCÍA: Tres años. [Three years.]\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert people(root) == {"ruiz": ("interviewee", "Ana García Ruiz"), "bennett": ("interviewer", "Tom Bennett")}
    assert [who for who, _, _ in turns(root)] == ["bennett", "ruiz"] * 2


def test_a_label_of_a_given_name_in_the_middle_stays_its_own(tmp_path):
    # guard: the word before the surname must be capitalised, and the label one word: "DE" names nobody
    text = ("Interview with Ana de Souza\n\nINTERVIEWER: Where?\n\nDE: Here.\n\nINTERVIEWER: When?\n\nDE: Now.\n")
    _, root = _convert(_write(tmp_path, text))
    assert "de" in people(root)


# -- stand-ins of radio scripts and panels ---------------------------------------------------------------------------

def test_a_reporter_with_the_name_in_brackets_is_that_person_and_alone_a_stand_in(tmp_path, tei_all):
    text = ("PRESENTER (NICK ROBINSON): Our reporter went to see.\n\nREPORTER (SIMON JONES): I'm on Beach Road.\n\n"
            "CONTRIBUTOR (BRYONY READING): We moved here in 1998.\n\nREPORTER (SIMON JONES): And now?\n\n"
            "CONTRIBUTOR (BRYONY READING): It's us next.\n\nPRESENTER (NICK ROBINSON): Simon Jones reporting.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert people(root)["jones"] == ("participant", "SIMON JONES")  # was "REPORTER", "SIMON JONES" its affiliation
    assert root.find(f".//{T}affiliation") is None
    text = ">> ANCHOR: Good evening.\n>> REPORTER: The river rose.\n>> ANCHOR: Is everyone safe?\n>> REPORTER: No.\n"
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert root.find(f".//{T}titleStmt/{T}title[@type='sub']") is None  # no "Interview with REPORTER"


def test_a_question_from_the_floor_is_nobodys_name(tmp_path, tei_all):
    text = ("The Future of Local News\n\nWISHART: Is local news dying?\n\nRUSBRIDGER: It's being killed.\n\n"
            "WISHART: Let's go to the floor.\n\nQUESTION FROM THE FLOOR: Who pays for court reporting?\n\n"
            "BAIRD: A public fund.\n\nQUESTION FROM THE FLOOR: And the BBC?\n\nRUSBRIDGER: It helped.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    floor = _person(root, "spk-floor").find(T + "persName")
    assert (floor.get("type"), floor.text) == ("unnamed", "QUESTION FROM THE FLOOR")


# -- a Markdown table of header keys ---------------------------------------------------------------------------------

def test_a_markdown_table_of_keys_and_values_is_header_data(tmp_path, tei_all):
    text = ("# Interview: Dr. Mariam Haddad\n\n| Field | Value |\n|---|---|\n| Interviewee | Dr. Mariam Haddad |\n"
            "| Interviewer | Jonas Lind |\n| Date | 2021-09-14 |\n| Location | Beirut |\n\n"
            "**Jonas Lind:** Where were you?\n\n**Mariam Haddad:** At the hospital.\n\n**Jonas Lind:** And then?\n\n"
            "**Mariam Haddad:** The windows came in.\n")
    _, root = _convert(_write(tmp_path, text, "t.md"), tei_all)
    assert _dates(root) == [("2021-09-14", "2021-09-14")]
    assert root.findtext(f".//{T}creation/{T}placeName") == "Beirut"
    assert people(root)["lind"] == ("interviewer", "Jonas Lind")
    assert root.find(f".//{T}front/{T}div[@type='headnote']") is None  # the table is no headnote text


def test_a_markdown_table_of_other_rows_stays_text(tmp_path):
    # guard: a table whose first column holds no header keys is no header
    text = ("# Results\n\n| Year | Tonnes |\n|---|---|\n| 1998 | 40 |\n| 1999 | 52 |\n\n**Q:** Why?\n\n**A:** Rain.\n\n"
            "**Q:** And?\n\n**A:** Luck.\n")
    _, root = _convert(_write(tmp_path, text, "t.md"))
    assert "Tonnes" in text_of(root.find(f".//{T}front"))


# -- a newspaper's headline quoting the person, and a credit in lower case -------------------------------------------

def test_a_headline_quoting_the_interviewee_is_the_title_not_a_turn(tmp_path, tei_all):
    text = ('Orhan Pamuk: "Romanlarımı İstanbul\'un sokaklarında yazıyorum"\n\nSöyleşi: Ayşe Arman\nHürriyet, 12 Ekim 2006\n\n'
            "AYŞE ARMAN: Nobel haberini nasıl aldınız?\n\nORHAN PAMUK: New York'taydım.\n\nAYŞE ARMAN: İlk kimi aradınız?\n\n"
            "ORHAN PAMUK: Kızımı.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _title(root) == 'Orhan Pamuk: "Romanlarımı İstanbul\'un sokaklarında yazıyorum"'  # the marks as printed
    assert [who for who, _, _ in turns(root)] == ["arman", "pamuk"] * 2  # the headline was Pamuk's first turn
    assert people(root)["arman"] == ("interviewer", "Ayşe Arman")  # the credit was his turn's text


def test_a_credit_in_lower_case_is_no_continuation_of_the_title(tmp_path, tei_all):
    text = ("Umberto Eco: «Internet ha dato diritto di parola a legioni di imbecilli»\n\na cura di Stefano Bartezzaghi\n\n"
            "Torino, 10 giugno 2015\n\nD. È un male?\n\nR. Non è un male in sé.\n\nD. E la soluzione?\n\nR. I giornali.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _title(root) == "Umberto Eco: «Internet ha dato diritto di parola a legioni di imbecilli»"
    assert root.find(f".//{T}milestone[@type='layout-split']") is None
    assert _dates(root) == [("2015-06-10", "10 giugno 2015")]


# -- CHILDES's CHAT --------------------------------------------------------------------------------------------------

CHAT = ("@UTF8\n@Begin\n@Languages:\teng\n@Participants:\tCHI Ross Target_Child, MOT Mary Mother, INV Brian Investigator\n"
        "@ID:\teng|MacWhinney|CHI|2;10.10|male|||Target_Child|||\n@Date:\t05-MAY-1980\n@Location:\tPittsburgh, PA\n"
        "@Situation:\tlooking at a picture book\n*INV:\twhat's that one?\n*CHI:\ta doggie.\n%com:\tpoints at the picture\n"
        "*MOT:\tand what does the doggie say?\n*CHI:\twoof woof.\n@End\n")


def test_a_chat_transcripts_utterances_are_turns_its_tiers_notes_and_its_header_header_data(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, CHAT, "t.cha"), tei_all)  # was refused: "*" opened italics never closed
    assert [(who, speaker, said) for who, speaker, said in turns(root)] == [
        ("brian", "INV", "what's that one?"), ("ross", "CHI", "a doggie."), ("mary", "MOT", "and what does the doggie say?"),
        ("ross", "CHI", "woof woof.")]
    assert people(root) == {"ross": ("participant", "Ross"), "mary": ("participant", "Mary"),
                            "brian": ("interviewer", "Brian")}
    assert [text_of(note) for note in root.iter(T + "note") if note.get("type") == "transcript"] == [
        "%com: points at the picture"]  # the tier as printed, no speech
    assert _dates(root) == [("1980-05-05", "05-MAY-1980")]
    assert root.findtext(f".//{T}creation/{T}placeName") == "Pittsburgh, PA"
    assert root.findtext(f".//{T}bibl/{T}note[@n='situation']") == "looking at a picture book"
    assert "Begin" not in text_of(root.find(f".//{T}text"))


def test_an_asterisk_label_without_chats_begin_is_no_chat(tmp_path):
    # guard: without "@Begin", "*CHI:" lines are no CHAT utterances (the asterisk stays a Markdown mark)
    from tei_edition.errors import InputError
    with pytest.raises(InputError):
        _convert(_write(tmp_path, CHAT.replace("@Begin\n", ""), "t.cha"))


# -- a police interview record's columns -----------------------------------------------------------------------------

ROTI = ("RECORD OF TAPED INTERVIEW\n\nPerson interviewed: Darren COLE\nPlace of interview: Bridgwater Police Station\n"
        "Date: 04/06/2018          Time commenced: 14:02          Time concluded: 14:19\n"
        "Interviewer(s): DC 2231 HARRIS, DC 1187 OKAFOR\n\nTape counter   Person\ntimes          speaking   Text\n\n"
        "00.00          HARRIS     This interview is being recorded.\n00.12          COLE       Darren James Cole.\n"
        "00.15          HARRIS     You're still under caution.\n00.18          COLE       Yeah.\n"
        "01.10          OKAFOR     We have CCTV of you at 23:14.\n01.16          COLE       No comment.\n")


def test_a_tape_counter_column_before_the_labels_gives_the_turns_times(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, ROTI), tei_all)  # was refused: no convention fitted
    assert [(who, said) for who, _, said in turns(root)] == [
        ("harris", "This interview is being recorded."), ("cole", "Darren James Cole."),
        ("harris", "You're still under caution."), ("cole", "Yeah."), ("okafor", "We have CCTV of you at 23:14."),
        ("cole", "No comment.")]
    assert [w.get("interval") for w in root.iter(T + "when")][1:3] == ["0", "12"]  # minutes.seconds as printed
    # the officers' numbers part the interviewers' key into two officers; a form's line of three keys is three keys
    assert people(root)["okafor"] == ("interviewer", "DC 1187 OKAFOR")
    assert root.findtext(f".//{T}bibl/{T}note[@n='time concluded']") == "14:19"


def test_numbers_at_the_start_of_lines_without_a_label_column_are_no_times(tmp_path):
    # guard: a list of numbered figures in a turn is no column of times
    text = ("HARRIS: The counts were:\n\n10.5   apples   were sold\n\nCOLE: Yes.\n\nHARRIS: And?\n\nCOLE: No.\n")
    _, root = _convert(_write(tmp_path, text))
    assert root.find(f".//{T}timeline") is None


# -- production cues between the turns -------------------------------------------------------------------------------

RUNNING_ORDER = ("PRESENTER (NICK ROBINSON): Our reporter went to see.\n\nACTUALITY: WAVES, GULLS\n\n"
                 "REPORTER (SIMON JONES): I'm on Beach Road.\n\nCONTRIBUTOR (BRYONY READING): We moved here in 1998.\n\n"
                 "PRODUCER NOTE: HARD OUT AT 8:58\n\nREPORTER (SIMON JONES): And now?\n\n"
                 "CONTRIBUTOR (BRYONY READING): It's us next.\n\nPRESENTER (NICK ROBINSON): Simon Jones reporting.\n\n"
                 "END OF ITEM\n")


def test_a_scripts_cues_and_notes_between_turns_are_notes_not_speech(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, RUNNING_ORDER), tei_all)
    notes = [text_of(note) for note in root.iter(T + "note") if note.get("type") == "transcript"]
    assert notes == ["ACTUALITY: WAVES, GULLS", "PRODUCER NOTE: HARD OUT AT 8:58", "END OF ITEM"]
    assert "actuality" not in people(root)  # "ACTUALITY" was a speaker
    # the producer's note was the contributor's words, "END OF ITEM" the presenter's
    assert [said for _, _, said in turns(root)][2] == "We moved here in 1998."
    assert [said for _, _, said in turns(root)][-1] == "Simon Jones reporting."


def test_a_note_label_after_the_last_turn_stays_the_editors(tmp_path):
    # guard: "Translator's note: …" after the last turn is the editors' closing, not a cue between turns
    text = ("INTERVIEWER: Where?\n\nHAIDARI: Herat.\n\nINTERVIEWER: When?\n\nHAIDARI: 1999.\n\n"
            "Translator's note: The interview was conducted in Dari.\n")
    _, root = _convert(_write(tmp_path, text))
    assert text_of(root.find(f".//{T}div[@type='editorial']")) == "Translator's note: The interview was conducted in Dari."


# -- Ukrainian credits and dates -------------------------------------------------------------------------------------

def test_a_ukrainian_credit_names_the_interviewer_and_a_years_word_ends_a_date(tmp_path, tei_all):
    from tei_edition.readers.metadata import place_and_date
    assert place_and_date("Київ, 3 березня 2020 року") == ("Київ", "3 березня 2020 року")
    text = ("Інтерв'ю з Оксаною Забужко\n\nРозмовляла Ірина Мельник\n\nІрина Мельник: З чого почалося?\n\n"
            "Оксана Забужко: З поїздки до Америки.\n\nІрина Мельник: Ви очікували?\n\nОксана Забужко: Ні.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert people(root)["мельник"] == ("interviewer", "Ірина Мельник")  # was a participant, the role not read


# -- parliaments' records in other languages --------------------------------------------------------------------------

def test_dutch_and_spanish_records_honorifics_and_chairs_are_labels(tmp_path, tei_all):
    dutch = ("Vaste commissie voor Infrastructuur en Waterstaat\nDonderdag 16 november 2023\n\n"
             "De voorzitter: Ik geef het woord aan mevrouw Vos.\n\nMevrouw Vos: Dank u wel, voorzitter.\n\n"
             "De heer Van der Molen (CDA): Waar komt die daling vandaan?\n\nMevrouw Vos: Van de lagere snelheid.\n\n"
             "De heer Van der Molen (CDA): En gaat dat zo door?\n\nMevrouw Vos: Nee.\n\nDe voorzitter: Dank u wel.\n")
    _, root = _convert(_write(tmp_path, dutch), tei_all)  # "De voorzitter:" and "De heer …:" were headnote and text
    assert [who for who, _, _ in turns(root)] == ["voorzitter", "vos", "molen", "vos", "molen", "vos", "voorzitter"]
    assert people(root)["voorzitter"] == ("chair", "De voorzitter")
    assert _dates(root) == [("2023-11-16", "Donderdag 16 november 2023")]
    spanish = ("Comisión de Sanidad\n\nLa señora PRESIDENTA: Se abre la sesión.\n\nLa señora PASTOR JULIÁN: ¿Cuántos médicos "
               "faltan?\n\nEl señor MINISTRO: Unos cuatro mil.\n\nLa señora PASTOR JULIÁN: ¿Y cuándo?\n\n"
               "El señor MINISTRO: En 2025.\n\nLa señora PRESIDENTA: Se levanta la sesión.\n")
    _, root = _convert(_write(tmp_path, spanish), tei_all)  # was refused
    assert [who for who, _, _ in turns(root)] == ["presidenta", "julian", "ministro", "julian", "ministro", "presidenta"]
    assert people(root)["presidenta"] == ("chair", "La señora PRESIDENTA")


def test_an_office_after_the_comma_with_its_particles_is_the_speakers(tmp_path, tei_all):
    text = ("Deutscher Bundestag\nBerlin, Mittwoch, den 5. Juli 2023\n\nPräsidentin Bärbel Bas: Das Wort hat der Minister.\n\n"
            "Christian Lindner, Bundesminister der Finanzen: Frau Präsidentin! Der Haushalt.\n\n"
            "Christian Haase (CDU/CSU): Wie viele Milliarden fehlen?\n\n"
            "Christian Lindner, Bundesminister der Finanzen: Das kann ich nicht beziffern.\n\n"
            "Präsidentin Bärbel Bas: Eine Nachfrage?\n\n"
            "Christian Haase (CDU/CSU): Warum nicht?\n\nChristian Lindner, Bundesminister der Finanzen: Die Steuerschätzung.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [who for who, _, _ in turns(root)] == ["bas", "lindner", "haase", "lindner", "bas", "haase", "lindner"]
    assert _person(root, "spk-lindner").findtext(T + "affiliation") == "Bundesminister der Finanzen"
    assert _dates(root) == [("2023-07-05", "Mittwoch, den 5. Juli 2023")]  # a weekday and "den" before the day


# -- a webinar's questions and answers report ------------------------------------------------------------------------

def test_a_webinar_reports_question_from_and_answered_by_labels_name_the_people(tmp_path, tei_all):
    text = ("Webinar Q&A Report\nTopic: Flood resilience in small towns\nDate: Oct 12, 2023\n"
            "Panelists: Dr. Amara Nwosu, Peter Lindgren\n\n"
            "Question from Maria Keller: Who pays for the new flood walls?\n"
            "Answered by Dr. Amara Nwosu: In most cases the state.\n\n"
            "Question from Anonymous Attendee: Do flood walls move the water downstream?\n"
            "Answered by Peter Lindgren: Sometimes, yes.\n\n"
            "Question from Jonas Berg: Is insurance still available?\nAnswered by Dr. Amara Nwosu: It is.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)  # was refused: no convention fitted
    assert [who for who, _, _ in turns(root)] == ["keller", "nwosu", "attendee", "lindgren", "berg", "nwosu"]
    assert people(root) == {
        "nwosu": ("interviewee", "Dr. Amara Nwosu"), "lindgren": ("interviewee", "Peter Lindgren"),
        "keller": ("interviewer", "Maria Keller"), "attendee": ("interviewer", "Anonymous Attendee"),
        "berg": ("interviewer", "Jonas Berg")}
    assert _person(root, "spk-attendee").find(T + "persName").get("type") == "unnamed"
    assert _dates(root) == [("2023-10-12", "Oct 12, 2023")]


@pytest.mark.parametrize("sentence, expected", [
    # two days of one month in a headnote sentence date both sessions, as a header's "Date:" does (round 7 took them
    # for no date at all)
    ("This interview was conducted on 3 and 4 March 1998 in Leeds.", [("1998-03-03", "3"), ("1998-03-04", "4 March 1998")]),
    ("This interview was recorded on March 3 and 10, 2004.", [("2004-03-03", "March 3"), ("2004-03-10", "10, 2004")]),
])
def test_a_headnote_sentence_of_two_sessions_dates_each(tmp_path, tei_all, sentence, expected):
    text = f"{sentence}\n\nINTERVIEWER: Where?\n\nBRIGGS: Leeds.\n\nINTERVIEWER: When?\n\nBRIGGS: 1950.\n"
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _dates(root) == expected


def test_two_days_of_two_months_or_a_range_still_give_no_date(tmp_path):
    # guard: "3 March and 5 April" (two sentences' worth) and a range name no sessions of one month
    for sentence in ("This interview was recorded on 3 March 1998 and revised on 5 April 1999.",
                     "This interview was recorded on 3 March 1998–5 March 1998."):
        text = f"{sentence}\n\nINTERVIEWER: Where?\n\nBRIGGS: Leeds.\n\nINTERVIEWER: When?\n\nBRIGGS: 1950.\n"
        _, root = _convert(_write(tmp_path, text))
        assert _dates(root) == []


# -- headers of other scripts ----------------------------------------------------------------------------------------

def test_an_arabic_credit_and_a_place_and_date_with_the_arabic_comma_are_header_data(tmp_path, tei_all):
    text = ("حوار مع الروائي إبراهيم نصر الله\n\nحاوره: سامر أبو هواش\nعمّان، ١٤ نيسان ٢٠١٨\n\n"
            "المحاور: متى بدأت الكتابة؟\n\nنصر الله: عام ١٩٨٥.\n\nالمحاور: لماذا؟\n\nنصر الله: كنت أجمع الشهادات.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _dates(root) == [("2018-04-14", "١٤ نيسان ٢٠١٨")]
    assert root.findtext(f".//{T}creation/{T}placeName") == "عمّان"
    assert people(root)["هواش"] == ("interviewer", "سامر أبو هواش")
    assert [who for who, _, _ in turns(root)] == ["هواش", "الله"] * 2  # "المحاور" (the interviewer) is he


def test_a_japanese_round_tables_attendees_listed_under_their_key(tmp_path, tei_all):
    text = ("【対談】地方から考える日本の農業\n\n出席者：\n山田 太郎（農業経営者）\n佐藤 花子（東京大学教授）\n司会：鈴木 一郎（編集部）\n\n"
            "【鈴木】まず山田さん、経営規模を教えてください。\n\n【山田】水田が四十ヘクタールほどです。\n\n"
            "【佐藤】全国的な傾向ですね。\n\n【鈴木】良いことなのでしょうか。\n\n【佐藤】効率の面では。\n\n【山田】（笑）そうです。\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert people(root) == {"鈴木": ("interviewer", "鈴木 一郎"), "山田": ("participant", "山田 太郎"),
                            "佐藤": ("participant", "佐藤 花子")}
    assert _person(root, "spk-佐藤").findtext(T + "affiliation") == "東京大学教授"  # the full-width bracket's remark
    assert root.find(f".//{T}front/{T}div[@type='headnote']") is None  # the key block is header data


def test_a_key_of_people_alone_over_a_sentence_stays_text(tmp_path):
    # guard: under "Participants:" alone on its line, a sentence names nobody: the block is no header
    text = ("Participants:\nEveryone who came to the meeting was welcome to speak.\n\nHOST: Who came?\n\nGUEST: Many.\n\n"
            "HOST: Why?\n\nGUEST: The rain.\n")
    _, root = _convert(_write(tmp_path, text))
    assert "Everyone who came to the meeting" in text_of(root.find(f".//{T}front"))
    assert set(people(root)) == {"host", "guest"}


# -- a call centre's record of a call --------------------------------------------------------------------------------

CALL = ("Call ID: 4471-2209-88\nQueue: Billing – Residential\nDate: 2023-11-14 09:42\nRecording consent: given\n\n"
        "Agent: Thank you for calling Northwind Energy, can I take your account number?\n\nCustomer: It's 00471882.\n\n"
        "Agent: How can I help today?\n\nCustomer: I've had a bill for £412.\n")


def test_a_records_fields_with_a_date_are_header_data_not_the_title(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, CALL), tei_all)
    assert _dates(root) == [("2023-11-14", "2023-11-14 09:42")]  # the day, its hour as printed
    assert root.findtext(f".//{T}bibl/{T}note[@n='call id']") == "4471-2209-88"
    assert _title(root) == "t"  # the file's name: the block of fields was the title
    assert [who for who, _, _ in turns(root)] == ["agent", "customer"] * 2


def test_one_unknown_field_over_the_keys_is_the_title(tmp_path):
    # guard: "Focus group: Tenants of Block C" over "Date:" is a title line, not a record's field
    text = ("Focus group: Tenants of Block C\nDate: 14 November 2019\n\nModerator: Thank you all.\n\n"
            "Participant 1: It breaks every January.\n\nModerator: And yours?\n\nParticipant 2: It works.\n")
    _, root = _convert(_write(tmp_path, text))
    assert _title(root) == "Focus group: Tenants of Block C"


# -- an office and its holder in brackets ----------------------------------------------------------------------------

@pytest.mark.parametrize("office, holder, ident", [
    ("The Prime Minister", "Rishi Sunak", "sunak"),
    ("La señora MINISTRA DE SANIDAD", "Darias San Sebastián", "sebastian"),
])
def test_an_office_printed_with_its_holder_in_brackets_is_the_holder_and_the_office_alone_too(tmp_path, tei_all, office,
                                                                                           holder, ident):
    text = (f"COMPARECENCIA\n\nMr Speaker: Order.\n\n{office} ({holder}): I thank my hon. Friend.\n\nMr Speaker: Order.\n\n"
            f"Mrs Drummond: Will he answer?\n\n{office}: I will.\n\nMrs Drummond: When?\n\n{office}: Soon.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert people(root)[ident] == ("participant", holder)  # was the office, "The Prime Minister", the holder lost
    assert [who for who, _, _ in turns(root)].count(ident) == 3  # the office's label alone is the holder's too


def test_a_name_with_an_organisation_in_brackets_stays_the_name(tmp_path):
    # guard: no article before it, "Lucy Hart (Bristol Post)" is Lucy Hart of the Post, no office
    text = ("Lucy Hart (Bristol Post): What happened?\n\nMAYOR: The bridge closed.\n\nLucy Hart (Bristol Post): When?\n\n"
            "MAYOR: Monday.\n")
    _, root = _convert(_write(tmp_path, text))
    assert people(root)["hart"][1] == "Lucy Hart"
