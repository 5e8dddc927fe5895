"""Transcript shapes of the thirtieth probe round: a Markdown heading before the first turn under a title the front
matter, a header's TITLE: or the sidecar already gives (a section's heading, not the document's title); Solar Hijri
dates ("۱۲ مهر ۱۳۸۳") and their Gregorian day; a Korean title naming the interviewee with a calling ("[인터뷰] 소설가
한강"), and Korean role labels; the day and place of a hearing in a court's caption; an Estonian title naming the
interviewee in the comitative ("Intervjuu Mart Tammega"). Each test says what the TEI holds and that it is valid
tei_all; the guard tests that a rule does not fire on look-alike text."""

from __future__ import annotations

import pytest

from tei_edition.dates import iso_date

from .converting import (
    T, convert_checked as _convert, creation_when, main_title, participant_roles as _roles, sub_title, text_of, turns,
    write as _write,
)


def _title_parts(root) -> list[tuple[str, str]]:
    return [(part.get("type"), text_of(part)) for part in root.iter(T + "titlePart")]


def _section_heads(root) -> list[str]:
    return [text_of(div.find(T + "head")) for div in root.find(f".//{T}body").iter(T + "div")
            if div.find(T + "head") is not None]


# -- a heading under a title given elsewhere ---------------------------------------------------------------------------

_FRONT_MATTER = "---\ntitle: Growing up by the harbour\ninterviewee: Adaeze Okafor\ndate: 2019-04-12\n---\n\n"
_METADATA_BLOCK = "TITLE: Growing up by the harbour\nINTERVIEWEE: Adaeze Okafor\nDATE: 12 April 2019\n\n"
_TURNS = ("Interviewer: Where did you grow up?\n\nOkafor: By the harbour, in a house with a blue door.\n\n"
          "# School\n\nInterviewer: And school?\n\nOkafor: School was a long walk away.\n")


@pytest.mark.parametrize("header, sidecar", [
    (_FRONT_MATTER, None),
    (_METADATA_BLOCK, None),
    ("", 'title = "Growing up by the harbour"\n'),
])
@pytest.mark.parametrize("before", [
    "# Childhood\n\n",  # "the heading becomes the document's title", every citation with it
    "## Childhood\n\n",  # a second-level heading was the title page's kicker, over no title printed
    "INTERVIEW\n\n# Childhood\n\n",  # a short line and a heading: kicker and title, where no title is given
])
def test_a_heading_before_the_first_turn_under_a_given_title_heads_the_first_section(
        tmp_path, tei_all, header, sidecar, before):
    source = _write(tmp_path, header + before + _TURNS, "t.md")
    if sidecar:
        _write(tmp_path, sidecar, "t.toml")
    _, root = _convert(source, tei_all)
    assert main_title(root) == "Growing up by the harbour"
    assert _title_parts(root) == []
    assert _section_heads(root) == ["Childhood", "School"]
    first = root.find(f".//{T}body/{T}div")
    assert text_of(first.find(T + "head")) == "Childhood" and first.find(T + "sp") is not None


def test_a_plain_title_line_and_a_part_heading_are_title_and_section(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, "Growing up by the harbour\n\n## Part 1\n\n" + _TURNS, "t.md"), tei_all)
    assert main_title(root) == "Growing up by the harbour"
    assert _title_parts(root) == [("main", "Growing up by the harbour")]
    assert _section_heads(root) == ["Part 1", "School"]


@pytest.mark.parametrize("header", ["", "---\ninterviewee: Adaeze Okafor\n---\n\n"])
def test_a_heading_before_the_first_turn_is_the_title_where_no_title_is_given(tmp_path, tei_all, header):
    # guard: without a title elsewhere the first heading still names the document
    _, root = _convert(_write(tmp_path, header + "# Childhood\n\n" + _TURNS, "t.md"), tei_all)
    assert main_title(root) == "Childhood"
    assert _title_parts(root) == [("main", "Childhood")]
    assert _section_heads(root) == ["School"]


@pytest.mark.parametrize("heading", ["# Growing up by the harbour", "# Growing Up by the Harbour!"])
def test_a_heading_repeating_the_given_title_is_the_title_page(tmp_path, tei_all, heading):
    # guard: front matter's title printed again as the page's first heading, as a static site prints it
    _, root = _convert(_write(tmp_path, _FRONT_MATTER + heading + "\n\n" + _TURNS, "t.md"), tei_all)
    assert main_title(root) == heading[2:]  # as printed, as before
    assert _title_parts(root) == [("main", heading[2:])]
    assert _section_heads(root) == ["School"]


# -- Solar Hijri dates ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("printed, when", [
    ("۱ فروردین ۱۴۰۳", "2024-03-20"),  # Nowruz, the March equinox's day
    ("۱۲ مهر ۱۳۸۳", "2004-10-03"),
    ("1 فروردین 1399", "2020-03-20"),  # (in our digits)
    ("۲۲ بهمن ۱۳۵۷", "1979-02-11"),
    ("۳۰ اسفند ۱۴۰۳", "2025-03-20"),  # the 30th of Esfand of a leap year
    ("۱ فروردین ۱۴۰۴", "2025-03-21"),  # the year after it
    ("۲۹ اسفند ۱۳۹۹", "2021-03-19"),
    ("۱ فروردین ۱۳۰۴", "1925-03-21"),  # the calendar's first year in law
    ("۱۲ مهرماه ۱۳۸۳", "2004-10-03"),  # the month with "month" joined to it
    ("۱۲ مهر\u200cماه ۱۳۸۳", "2004-10-03"),
    ("۱۲ مهر ماه ۱۳۸۳ ه.ش", "2004-10-03"),  # and the era's mark after the year
    ("یکشنبه، ۱۲ مهر ۱۳۸۳ خورشیدی", "2004-10-03"),  # the weekday before it
    ("۱۲ میزان ۱۳۸۳", "2004-10-03"),  # Afghanistan's name of the seventh month
    ("۱۲ شهريور ۱۳۸۳", "2004-09-02"),  # Arabic's yeh for Persian's
    ("12 Mehr 1383", "2004-10-03"),  # in Latin letters
    ("1 Farvardin 1403 SH", "2024-03-20"),
    ("مهر ۱۳۸۳", "2004"),  # a month of one Gregorian year: the year
    ("اسفند ۱۳۸۳", "2005"),
    ("۳ اکتبر ۲۰۰۴", "2004-10-03"),  # a Gregorian date in Persian
    ("٢٠٠٤-١٠-٠٣", "2004-10-03"),  # our ISO date in Arabic's digits: in ours (it was an invalid @when)
])
def test_solar_hijri_dates_are_read_as_their_gregorian_days(printed, when):
    assert iso_date(printed) == when


@pytest.mark.parametrize("printed", [
    "۳۰ اسفند ۱۴۰۲",  # Esfand of a common year has 29 days
    "۳۱ مهر ۱۳۸۳",  # the months after the sixth have 30
    "دی ۱۳۸۳",  # Dey runs from December into January: no one Gregorian year
    "۱۳۸۳",  # a year alone in Persian digits is a Hijri year, solar or lunar: not ours
    "١٤٢٥",
    "12 mehr 2004",  # "more" in German; 2004 is no Solar Hijri year of ours
    "۱۲ مهر ۹۸۳",
    "12 Tir 1201",  # before the years the arithmetic is known to hold
])
def test_no_gregorian_day_for_what_is_no_solar_hijri_date(printed):
    assert iso_date(printed) is None


def test_a_persian_header_date_gets_its_gregorian_when(tmp_path, tei_all):
    text = ("مصاحبه با مریم احمدی\n\nتاریخ: ۱۲ مهر ۱۳۸۳\nمکان: تهران\n\n"
            "مصاحبه‌کننده: کجا به دنیا آمدید؟\n\nاحمدی: در شیراز.\n\nمصاحبه‌کننده: و بعد؟\n\nاحمدی: به تهران آمدیم.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    date = root.find(f".//{T}creation/{T}date")
    assert (date.get("when"), text_of(date)) == ("2004-10-03", "۱۲ مهر ۱۳۸۳")


# -- a Korean title naming the interviewee with a calling --------------------------------------------------------------

_KOREAN_TURNS = {
    "QA": ("Q", "A"), "질문": ("질문", "답변"), "문답": ("문", "답"),
}


def _korean(title: str, asker: str = "Q", answerer: str = "A") -> str:
    return (f"{title}\n\n{asker}: 수상 소식을 어떻게 들으셨나요?\n\n{answerer}: 새벽에 전화를 받았습니다.\n\n"
            f"{asker}: 다음 작품은 무엇인가요?\n\n{answerer}: 아직 쓰고 있습니다.\n")


@pytest.mark.parametrize("labels", list(_KOREAN_TURNS))
@pytest.mark.parametrize("title, name", [
    ("[인터뷰] 소설가 한강", "한강"),  # the kicker, the calling, the name
    ("[인터뷰] 한강 작가", "한강"),  # the calling after the name
    ("[단독 인터뷰] 배우 윤여정", "윤여정"),
    ("인터뷰: 김영희 교수", "김영희"),
    ("[인터뷰] 이옥선 씨", "이옥선"),  # an honorific after the name
    ("[인터뷰] 남궁민 배우", "남궁민"),  # a family name of two syllables
])
def test_a_korean_title_with_a_calling_names_the_interviewee(tmp_path, tei_all, labels, title, name):
    asker, answerer = _KOREAN_TURNS[labels]
    _, root = _convert(_write(tmp_path, _korean(title, asker, answerer)), tei_all)
    assert _roles(root)["spk-" + name] == ("interviewee", name)
    assert [(who, speaker) for who, speaker, _ in turns(root)][1] == (name, answerer)
    assert sub_title(root) is None  # no English subtitle over a Korean text (the title names her already)


@pytest.mark.parametrize("title", [
    "[인터뷰] 한강",  # no calling: it may be a topic's word ("[인터뷰] 환경")
    "[인터뷰] 기후 위기",  # a topic
    "[인터뷰] 소설가의 하루",  # "a novelist's day"
    "[인터뷰] 소설가 지망생",  # "a would-be novelist"
    "[인터뷰] 소설가 한강이 말하는 슬픔",  # a sentence about her: the name joined to its particle
    "[인터뷰] 시인 김혜순 “시는 몸으로 쓴다”",  # a headline's quotation after the name (a limit: the words run on)
    "소설가 한강",  # no kicker
])
def test_a_korean_title_without_a_name_and_calling_after_its_kicker_names_nobody(tmp_path, tei_all, title):
    _, root = _convert(_write(tmp_path, _korean(title)), tei_all)
    assert _roles(root)["spk-a"] == ("interviewee", "A")  # unnamed, as before
    assert sub_title(root) is None


def test_a_korean_reporter_and_oral_history_labels_are_role_labels_and_header_keys(tmp_path, tei_all):
    # "기자:" (the reporter) asks, as Chinese "记者：" does; it was taken for a person named so
    text = _korean("[인터뷰] 소설가 한강", "기자", "한강").replace("[인터뷰] 소설가 한강\n", "[인터뷰] 소설가 한강\n\n기자: 김민수\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _roles(root) == {"spk-김민수": ("interviewer", "김민수"), "spk-한강": ("interviewee", "한강")}
    # a Korean oral history's header: narrator, interviewer and the interview's day, then their turns
    text = ("구술자: 이옥선\n면담자: 박지현\n면담일: 2019년 3월 2일\n\n" + _korean("").lstrip()
            .replace("Q:", "면담자:").replace("A:", "구술자:"))
    _, root = _convert(_write(tmp_path, text, "oral.txt"), tei_all)
    assert _roles(root) == {"spk-이옥선": ("interviewee", "이옥선"), "spk-박지현": ("interviewer", "박지현")}
    assert creation_when(root) == "2019-03-02"
    assert [speaker for _, speaker, _ in turns(root)] == ["면담자", "구술자"] * 2


# -- the day and place in a court's caption ----------------------------------------------------------------------------

_CAPTION = """UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF NEW YORK
------------------------------x
UNITED STATES OF AMERICA,
          v.                                   19 Cr. 123 (ABC)
JOHN DOE,
                    Defendant.
------------------------------x
                                               New York, N.Y.
                                               March 4, 2020
                                               10:00 a.m.
Before:
               HON. ALICE B. CARTER,
                                               District Judge

THE COURT: Good morning. Please be seated.

MR. SMITH: Good morning, your Honor. Adam Smith for the government.

THE COURT: Mr. Doe, do you understand the charges?

THE DEFENDANT: Yes, your Honor.
"""


def _creation(root) -> tuple[str | None, str | None]:
    date, place = root.find(f".//{T}creation/{T}date"), root.find(f".//{T}creation/{T}placeName")
    return (None if date is None else date.get("when")), (None if place is None else text_of(place))


@pytest.mark.parametrize("caption, place", [
    (_CAPTION, "New York, N.Y."),  # the caption one block, as the court reporter's software sets it
    (_CAPTION.replace("---x\nUNITED", "---x\n\nUNITED").replace("Defendant.\n", "Defendant.\n\n"),
     "New York, N.Y."),  # or in blocks
    (_CAPTION.replace("New York, N.Y.", "Washington, D.C.").replace("March 4, 2020", "Wednesday, March 4, 2020"),
     "Washington, D.C."),
])
def test_a_court_captions_day_and_place_are_the_hearings(tmp_path, tei_all, caption, place):
    # "dates are read a paragraph at a time": the caption's run the parties, the place and the day together
    _, root = _convert(_write(tmp_path, caption), tei_all)
    assert _creation(root) == ("2020-03-04", place)


def test_a_court_captions_day_under_no_city_has_no_place(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, _CAPTION.replace("New York, N.Y.\n", "")), tei_all)
    assert _creation(root) == ("2020-03-04", None)


@pytest.mark.parametrize("text", [
    # two days in the caption (the indictment's and the hearing's): which is the hearing's is not said
    _CAPTION.replace("Before:", "March 2, 2020\nBefore:"),
    # no court: a date line among a headnote's lines is not read so
    _CAPTION.replace("UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK", "FAMILY PAPERS\nSECOND BOX"),
])
def test_no_day_from_a_caption_of_two_days_or_of_no_court(tmp_path, tei_all, text):
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _creation(root)[0] is None


# -- an Estonian title naming the interviewee in the comitative ----------------------------------------------------------

def _estonian(title: str, asker: str, answerer: str) -> str:
    return (f"{title}\nKüsitleja: Liis Rebane\nKuupäev: 14. märts 2003\n\n{asker}: Kus te sündisite?\n\n"
            f"{answerer}: Viljandis, 1934. aastal.\n\n{asker}: Ja teie isa?\n\n{answerer}: Ta oli kooliõpetaja.\n")


@pytest.mark.parametrize("title, answerer, name", [
    ("Intervjuu Mart Tammega", "TAMM", "Mart Tamm"),  # the genitive's stem less its vowel
    ("Intervjuu Mart Tammega", "Mart Tamm", "Mart Tamm"),
    ("Vestlus Mari Kiviga", "KIVI", "Mari Kivi"),  # the stem itself
    ("Intervjuu Ants Peeter Saarega", "Saar", "Ants Peeter Saar"),
])
def test_an_estonian_title_in_the_comitative_names_the_interviewee_as_labelled(tmp_path, tei_all, title, answerer,
                                                                                name):
    _, root = _convert(_write(tmp_path, _estonian(title, "REBANE", answerer)), tei_all)
    assert [role for role, person in _roles(root).values() if person == name] == ["interviewee"]


@pytest.mark.parametrize("title, answerer", [
    ("Intervjuu Mart Tammega", "A"),  # no label says the nominative: not guessed
    ("Intervjuu Jaan Kasega", "KASK"),  # a stem that changes (Kask, Kase): not undone
])
def test_an_estonian_comitative_no_label_confirms_names_nobody(tmp_path, tei_all, title, answerer):
    _, root = _convert(_write(tmp_path, _estonian(title, "REBANE", answerer)), tei_all)
    assert [person for role, person in _roles(root).values() if role == "interviewee"] == [answerer]  # as labelled
