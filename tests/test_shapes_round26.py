"""Transcript shapes of the twenty-sixth probe round: a title block under a typescript's running head, and a
paragraph the page break cut in mid-sentence; a focus group's "M:" beside numbered respondents ("F1:", "M1:"); a
Japanese dateline after the ideographic comma ("2019年4月10日、東京"); Hebrew month names ("3 במאי 1998"). Each test
says what the TEI holds and that it is valid tei_all; the guard tests that a rule does not fire on look-alike text."""

from __future__ import annotations

import pytest

from tei_edition.convert import convert_file
from tei_edition.dates import iso_date
from tei_edition.errors import InputError

from .converting import (
    T, convert_checked as _convert, creation_place, creation_when, main_title, participant_roles as _roles, text_of,
    turns, write as _write,
)


def _headnote(root) -> list[str]:
    """The headnote's paragraphs and notes, as text."""
    div = root.find(f".//{T}div[@type='headnote']")
    return [] if div is None else [text_of(child) for child in div]


# -- a title block under a running head --------------------------------------------------------------------------------

_HEAD = "ORAL HISTORY PROJECT                                   Page 1 of 3\n\n"
_TURNS = ("WHITFIELD: Where were you born?\n\nADEYEMI: In Abeokuta, in 1931.\n\nWHITFIELD: And then?\n\n"
          "ADEYEMI: London.\n")


@pytest.mark.parametrize("head", [_HEAD, "                                        - 1 -\n\n"])
def test_a_title_block_under_a_running_head_ends_before_its_credit_and_date(tmp_path, tei_all, head):
    # the title was "Interview with THOMAS ADEYEMI: Conducted by Sarah Whitfield: March 14, 2002" under a page's
    # head: the note before it made the block a headnote paragraph, whose lines the title joined
    text = head + "Interview with THOMAS ADEYEMI\nConducted by Sarah Whitfield\nMarch 14, 2002\n\n" + _TURNS
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert main_title(root) == "Interview with THOMAS ADEYEMI"
    assert creation_when(root) == "2002-03-14"
    assert _roles(root) == {"spk-adeyemi": ("interviewee", "THOMAS ADEYEMI"),
                            "spk-whitfield": ("interviewer", "Sarah Whitfield")}
    # the title's line stays where it is printed, after the page's head (no word moves before another)
    assert _headnote(root)[1:] == ["Interview with THOMAS ADEYEMI", "Conducted by Sarah Whitfield March 14, 2002"]


def test_a_title_under_a_running_head_of_one_line(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, _HEAD + "Interview with THOMAS ADEYEMI\n\n" + _TURNS), tei_all)
    assert main_title(root) == "Interview with THOMAS ADEYEMI"


def test_lines_under_a_running_head_that_end_no_title_stay_together(tmp_path, tei_all):
    # no credit and no date under the first line: the block is one paragraph, as without the page's head
    text = _HEAD + "Interview with THOMAS ADEYEMI\nOral History Project of the Borough\n\n" + _TURNS
    _, root = _convert(_write(tmp_path, text), tei_all)
    _, plain = _convert(_write(tmp_path, text[len(_HEAD):], "plain.txt"), tei_all)
    assert main_title(root) == main_title(plain)
    assert creation_when(root) is None


# -- a paragraph across a page break -----------------------------------------------------------------------------------

def _across(page: str, before: str, after: str) -> str:
    return ("WHITFIELD: When did you come to London?\n\nADEYEMI: In 1958. I had a scholarship to study law, but "
            f"{before}\n{page}\n\n{after}\n\nWHITFIELD: That must have been hard.\n\nADEYEMI: It was.\n")


@pytest.mark.parametrize("page", [
    "\fORAL HISTORY PROJECT                                   Page 2 of 3",  # a running head with the page
    "                                        - 2 -",  # a page's number alone
    "Page 2 of 3",
])
def test_a_paragraph_the_page_break_cut_is_one_paragraph(tmp_path, tei_all, page):
    text = _across(page, "the scholarship did not cover", "the cost of living, so I worked nights.")
    conversion, root = _convert(_write(tmp_path, text), tei_all)
    answer = list(root.iter(T + "sp"))[1]
    paragraphs = answer.findall(T + "p")
    assert [text_of(p) for p in paragraphs] == [
        f"In 1958. I had a scholarship to study law, but the scholarship did not cover {' '.join(page.split())} the "
        "cost of living, so I worked nights."]
    note = paragraphs[0].find(T + "note")
    assert note.get("type") == "transcript" and text_of(note) == " ".join(page.split())
    assert any("page break cut" in line for line in conversion.interview.normalisations)


@pytest.mark.parametrize("before, after", [
    ("the scholarship did not cover the rent.", "the cost of living was another matter."),  # the sentence ended
    ("the scholarship did not cover", "The cost of living was another matter."),  # a capital: a new paragraph
])
def test_a_page_break_between_paragraphs_stays_between_them(tmp_path, tei_all, before, after):
    _, root = _convert(_write(tmp_path, _across("Page 2 of 3", before, after)), tei_all)
    answer = list(root.iter(T + "sp"))[1]
    assert [child.tag for child in answer][1:] == [T + "p", T + "note", T + "p"]
    assert text_of(answer.findall(T + "p")[1]) == after


def test_a_page_break_between_turns_stays_between_them(tmp_path, tei_all):
    text = ("WHITFIELD: When did you come to London, and why did you\n\nPage 2 of 3\n\nADEYEMI: for the law, in 1958."
            "\n\nWHITFIELD: That must have been hard.\n\nADEYEMI: It was.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [who for who, _, _ in turns(root)] == ["whitfield", "adeyemi", "whitfield", "adeyemi"]
    assert root.find(f".//{T}p/{T}note") is None


# -- a focus group's moderator -----------------------------------------------------------------------------------------

_FOCUS = ("PROJECT MERIDIAN – FOCUS GROUP 3\nLocation: Leeds\nDate: 17 June 2022\n"
          "Respondents: 6 (3 female, 3 male), ABC1, 25–40\nModerator: Helen Marsh\n\n"
          "M: Who wants to go first?\n\nF1: I'll go.\n\nM1: Same line.\n\nM: And the journey?\n\nF1: Crowded.\n\n"
          "M1: Late.\n")


def test_a_focus_groups_m_beside_numbered_respondents_is_the_moderator(tmp_path, tei_all):
    # "M" was a participant of its own beside the moderator: the numbered "F1" and "M1", naming no one either, made
    # it one of three labels the header does not name (and "M1"'s initial "M" one of its people's)
    conversion, root = _convert(_write(tmp_path, _FOCUS), tei_all)
    assert [(who, speaker) for who, speaker, _ in turns(root)][:3] == [("marsh", "M"), ("f1", "F1"), ("m1", "M1")]
    assert _roles(root) == {"spk-marsh": ("interviewer", "Helen Marsh"), "spk-f1": ("participant", "F1"),
                            "spk-m1": ("participant", "M1")}
    warning = next(w for w in conversion.interview.warnings if w.startswith("speaker label(s) "))
    assert "'F1'" in warning and "'M'" not in warning


@pytest.mark.parametrize("changes", [
    [("F1: Crowded.", "X: Crowded.")],  # another label of letters alone names no one: neither is sure
    # "M" asks nothing: no moderator's questions
    [("M: Who wants to go first?", "M: Let us begin."), ("M: And the journey?", "M: The journey, then.")],
])
def test_a_short_label_that_is_not_surely_the_moderators_stays_its_own(tmp_path, tei_all, changes):
    text = _FOCUS
    for change in changes:
        text = text.replace(*change)
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert "spk-m" in _roles(root) and "marsh" not in {who for who, _, _ in turns(root)}


# -- datelines in other scripts ----------------------------------------------------------------------------------------

_MURAKAMI = "聞き手：最初の小説はどのように書き始めましたか。\n\n村上：神宮球場で野球を見ていたときです。\n\n聞き手：それから？\n\n村上：毎晩書きました。\n"


@pytest.mark.parametrize("line, place", [("2019年4月10日、東京", "東京"), ("東京、2019年4月10日", "東京"),
                                         ("2019年4月10日，北京", "北京")])
def test_a_japanese_dateline_after_the_ideographic_comma_ends_the_title(tmp_path, tei_all, line, place):
    # the title was "村上春樹インタビュー: 2019年4月10日、東京", the record undated
    _, root = _convert(_write(tmp_path, f"村上春樹インタビュー\n{line}\n\n{_MURAKAMI}"), tei_all)
    assert main_title(root) == "村上春樹インタビュー"
    assert (creation_when(root), creation_place(root)) == ("2019-04-10", place)
    assert _headnote(root) == [line]


def test_a_sentence_after_a_date_is_no_dateline(tmp_path, tei_all):
    # kana after the comma: a sentence's words ("I heard him in Tokyo"), no place's name
    _, root = _convert(_write(tmp_path, f"村上春樹インタビュー\n2019年4月10日、東京で話を聞いた\n\n{_MURAKAMI}"), tei_all)
    assert creation_place(root) is None


@pytest.mark.parametrize("printed, iso", [("3 במאי 1998", "1998-05-03"), ("12 בינואר 2001", "2001-01-12"),
                                          ("5 מרס 2003", "2003-03-05"), ("5 במרץ 2003", "2003-03-05"),
                                          ("במאי 1998", "1998-05")])
def test_hebrew_month_names(printed, iso):
    assert iso_date(printed) == iso


@pytest.mark.parametrize("printed", ["3 בתשרי 1998", "3 הבמאי 1998", "31 בפברואר 2001"])
def test_a_hebrew_calendars_month_or_another_word_is_no_date(printed):
    # (Tishrei is a month of the Hebrew calendar, whose years are no years of ours; "הבמאי" is "the director")
    assert iso_date(printed) is None


def test_a_hebrew_dateline_under_the_interviewers_key_dates_the_interview(tmp_path, tei_all):
    text = ("ראיון עם רחל לוי\nמראיינת: מיכל כהן\nתל אביב, 3 במאי 1998\n\nש: איפה נולדת?\n\nת: בבגדד, בשנת 1931.\n\n"
            "ש: מתי עליתם לארץ?\n\nת: ב-1951.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert main_title(root) == "ראיון עם רחל לוי"
    assert (creation_when(root), creation_place(root)) == ("1998-05-03", "תל אביב")


# -- a dashed question with its answer in the same paragraph -----------------------------------------------------------

_HAN_KANG = ("[인터뷰] 소설가 한강\n\n―작가님, 이번 작품은 어떻게 시작되었나요?\n처음에는 한 장면에서 시작했습니다. 눈 내리는 "
             "벌판이었어요.\n\n―제목은 어떻게 정하셨나요?\n오래 고민했습니다. 마지막에 정했어요.\n\n―다음 작품은요?\n"
             "아직 말씀드리기 어렵습니다.\n")


@pytest.mark.parametrize("text", [
    _HAN_KANG,
    # and one answer a paragraph of its own after its question, as the others are printed
    _HAN_KANG.replace("―다음 작품은요?\n", "―다음 작품은요?\n\n"),
])
def test_a_dashed_question_with_its_answer_under_it_in_one_paragraph(tmp_path, tei_all, text):
    # "no speaker turns found" (exit 1): each paragraph opened with a dash, so no answer seemed to follow a question
    _, root = _convert(_write(tmp_path, text), tei_all)
    # (the answers hers, whom the title names with her calling: round 30)
    assert [(sp.get("who")[5:], text_of(sp)) for sp in root.iter(T + "sp")] == [
        ("interviewer", "―작가님, 이번 작품은 어떻게 시작되었나요?"),
        ("한강", "처음에는 한 장면에서 시작했습니다. 눈 내리는 벌판이었어요."),
        ("interviewer", "―제목은 어떻게 정하셨나요?"), ("한강", "오래 고민했습니다. 마지막에 정했어요."),
        ("interviewer", "―다음 작품은요?"), ("한강", "아직 말씀드리기 어렵습니다.")]


def test_dashed_lines_that_ask_nothing_are_no_questions_with_answers(tmp_path):
    # a dashed paragraph whose first line ends no question is no question answered under it: paragraphs all opened
    # with a dash, two in a row, are no dashed interview
    text = ("[인터뷰] 소설가 한강\n\n―작가님, 이번 작품은\n처음에는 한 장면에서 시작했습니다.\n\n―제목은 어떻게 정하셨나요\n"
            "오래 고민했습니다.\n\n―다음 작품은요\n아직 말씀드리기 어렵습니다.\n")
    with pytest.raises(InputError, match="no speaker turns found"):
        convert_file(_write(tmp_path, text))


# -- the witness a record's title names --------------------------------------------------------------------------------

@pytest.mark.parametrize("title, asker, witness, person", [
    ("DEPOSITION OF HAROLD PEMBERTON", "MR. GROOME", "THE WITNESS", "HAROLD PEMBERTON"),
    ("DECLARACIÓN TESTIMONIAL DE DOÑA MARÍA ELENA SOSA\nBuenos Aires, 14 de abril de 1985", "FISCAL STRASSERA",
     "TESTIGO", "MARÍA ELENA SOSA"),
])
def test_the_witness_label_is_the_person_the_records_title_names(tmp_path, tei_all, title, asker, witness, person):
    # "TESTIGO" was a participant of its own, unnamed, beside "MARÍA ELENA SOSA" (or no one: the Spanish title named
    # nobody), who said nothing
    text = (f"{title}\n\n{asker}: Where were you that night?\n\n{witness}: At home.\n\n{asker}: And then?\n\n"
            f"{witness}: Five men came in.\n")
    conversion, root = _convert(_write(tmp_path, text), tei_all)
    by_label = {speaker: who for who, speaker, _ in turns(root)}
    assert _roles(root)[f"spk-{by_label[witness]}"][1] == person
    assert len(_roles(root)) == 2  # the asker and the witness
    assert any("the witness's label" in line for line in conversion.explanation)


@pytest.mark.parametrize("text", [
    # the one the title names speaks under a label of her own: "TESTIGO:" is someone else
    "DECLARACIÓN TESTIMONIAL DE DOÑA MARÍA ELENA SOSA\n\nFISCAL: ¿Dónde estaba?\n\nSOSA: En casa.\n\n"
    "TESTIGO: Yo también."
    "\n\nFISCAL: ¿Y después?\n\nSOSA: Nada.\n\nTESTIGO: Nada.\n",
    # no one named: the witness is the record's unnamed witness
    "AUDIENCIA PÚBLICA\n\nFISCAL: ¿Dónde estaba?\n\nTESTIGO: En casa.\n\nFISCAL: ¿Y después?\n\nTESTIGO: Nada.\n",
])
def test_a_witness_label_beside_no_silent_named_person_stays_unnamed(tmp_path, tei_all, text):
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert "spk-testigo" in _roles(root)


def test_a_withheld_witness_beside_a_clerk(tmp_path, tei_all):
    # the header withholds the one the record examines ("Interviewee: [REDACTED]"), and "WITNESS:" answers beside a
    # clerk: the witness's label is the examined person's, as a clerk's never is (round 22 left both apart)
    text = ("TRANSCRIPT OF INTERVIEW — RELEASED UNDER FOI\n\nInterviewee: [REDACTED]\nInterviewer: J. Barnes\n"
            "Date: 11 February 2019\n\nBARNES: When did you report it?\n\nWITNESS: In October.\n\nBARNES: And then?\n\n"
            "WITNESS: Nothing, for weeks.\n\nCLERK: The time is ten.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [who for who, _, _ in turns(root)] == ["barnes", "redacted", "barnes", "redacted", "clerk"]


# -- who presides, as a record's head names them -----------------------------------------------------------------------

_UN = ("United Nations\nSecurity Council\nSeventy-eighth year\n9311th meeting\nThursday, 18 April 2024, 3 p.m.\n"
       "New York\n\n"
       "{head}\n\nThe meeting was called to order at 3.05 p.m.\n\n{office}: I welcome the Secretary-General.\n\n"
       "The Secretary-General: Thank you, Madam President.\n\nMr. Nebenzia (Russian Federation) (spoke in Russian): We "
       "have listened carefully.\n\n{office}: I thank the representative of the Russian Federation.\n")


@pytest.mark.parametrize("head, office, name, delegation", [
    ("President: Mr. Fernández de Soto Valderrama (Malta)", "The President", "Mr. Fernández de Soto Valderrama",
     "Malta"),
    ("President: Ms. Amina Yusuf", "The President", "Ms. Amina Yusuf", None),
])
def test_the_president_the_records_head_names(tmp_path, tei_all, head, office, name, delegation):
    # "The President" was a participant of that name, the head's "President: …" a paragraph naming no one
    conversion, root = _convert(_write(tmp_path, _UN.format(head=head, office=office)), tei_all)
    president = next(p for p in root.iter(T + "person") if p.get("{http://www.w3.org/XML/1998/namespace}id") == "spk-"
                     + next(who for who, speaker, _ in turns(root) if speaker == office))
    assert text_of(president.find(T + "persName")) == name
    assert president.findtext(T + "affiliation") == delegation
    assert not any(f"'{office}'" in w for w in conversion.warnings)


@pytest.mark.parametrize("head, office", [
    ("President: Mr. Fernández de Soto Valderrama (Malta)", "The Chair"),  # another office speaks
    ("The President said: welcome", "The President"),  # a sentence, no head's line
])
def test_a_presiding_label_the_head_does_not_name_stays_as_printed(tmp_path, tei_all, head, office):
    _, root = _convert(_write(tmp_path, _UN.format(head=head, office=office)), tei_all)
    assert office in {text_of(p.find(T + "persName")) for p in root.iter(T + "person")}


# -- an e-mail's reply to numbered questions ---------------------------------------------------------------------------

_EMAIL = ("From: Ruth Abernathy <ruth.abernathy@example.org>\nTo: Samuel Greene <sgreene@history.example.edu>\n"
          "Date: Tue, 4 Feb 2014 09:12:44 -0500\nSubject: Re: Questions for the mill project\n\nDear Sam,\n\n"
          "Here are my answers, as promised.\n\n> 1. When did you start at the mill?\n\n"
          "In 1962, straight out of school."
          "\n\n> 2. What was your first job there?\n\nSweeping the spinning room floor.\n\n> 3. Was there a union?\n\n"
          "Yes, and my father was the steward.\n\nBest,\nRuth\n")


def test_an_emails_reply_to_numbered_questions_names_who_asked_and_who_answers(tmp_path, tei_all):
    # the questions numbered, the reply was read as numbered questions whose people were unnamed (as round 23 names
    # them where the quoted questions are not numbered)
    _, root = _convert(_write(tmp_path, _EMAIL), tei_all)
    assert _roles(root) == {"spk-abernathy": ("interviewee", "Ruth Abernathy"),
                            "spk-greene": ("interviewer", "Samuel Greene")}
    assert [sp.get("who") for sp in root.iter(T + "sp")][:2] == ["#spk-greene", "#spk-abernathy"]


def test_numbered_questions_without_an_emails_header_name_no_one(tmp_path, tei_all):
    text = _EMAIL.split("\n\n", 1)[1].replace("> ", "")
    _, root = _convert(_write(tmp_path, "Mill project\n\n" + text), tei_all)
    assert {name for _, name in _roles(root).values()} == {"unnamed interviewer", "unnamed interviewee"}


# -- a note about the recording after its time -------------------------------------------------------------------------

_PODCAST = ("Sourdough Nation\n\n[00:00:05] PRIYA NAIR: Welcome back.\n\n{line}\n\n"
            "[00:02:40] PRIYA NAIR: Tom, you say 1847."
            "\n\n[00:02:50] TOM EKSTROM: Yes.\n\n[00:03:00] PRIYA NAIR: Why?\n\n[00:03:10] TOM EKSTROM: Records.\n")


@pytest.mark.parametrize("line", ["[00:01:12] [AD BREAK]", "[00:01:12] (MUSIC)"])
def test_a_note_after_its_time_stands_between_the_turns(tmp_path, tei_all, line):
    # "[AD BREAK]" after its time was a paragraph of the host's turn, "Welcome back. [AD BREAK]"
    _, root = _convert(_write(tmp_path, _PODCAST.format(line=line)), tei_all)
    assert turns(root)[0][2] == "Welcome back."
    body = root.find(f".//{T}body/{T}div")
    assert [child.tag for child in body][:3] == [T + "sp", T + ("note" if "AD" in line else "incident"), T + "sp"]
    assert "72" in [when.get("interval") for when in root.iter(T + "when")]  # the time kept (1 min 12 s in)


def test_words_after_a_time_stay_the_turns(tmp_path, tei_all):
    # guard: a time before words in brackets that go on as a sentence is no note
    text = _PODCAST.format(line="[00:01:12] [laughs] and that was the end of it.")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert turns(root)[0][2].startswith("Welcome back.") and "end of it" in turns(root)[0][2]


# -- a credit's date over an archive's name ----------------------------------------------------------------------------

_GRIMES = ("MISS WARD:  Mr. Grimes, how long have you been singing?\n\nMR. GRIMES:  Since I was a boy.\n\n"
           "MISS WARD:  Where?\n\nMR. GRIMES:  Here.\n")


@pytest.mark.parametrize("indent", ["", "            "])
def test_a_credits_date_over_the_archives_name_dates_the_interview(tmp_path, tei_all, indent):
    # the credit's line joined to the archive's name under it ("… August 12, 1956 Library of Congress, Folk Archive")
    # read as no date
    text = (f"{indent}INTERVIEW WITH MR. WALTER GRIMES\n{indent}Conducted by Helen Ward, August 12, 1956\n"
            f"{indent}Library of Congress, Folk Archive\n\n{_GRIMES}")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert creation_when(root) == "1956-08-12"
    assert _roles(root)["spk-ward"] == ("interviewer", "Helen Ward")


@pytest.mark.parametrize("credit", ["Conducted by Helen Ward, 1956", "Conducted by Helen Ward, Library of Congress"])
def test_a_credit_with_a_year_or_a_place_alone_gives_no_day(tmp_path, tei_all, credit):
    text = f"INTERVIEW WITH MR. WALTER GRIMES\n{credit}\nFolk Archive\n\n{_GRIMES}"
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert creation_when(root) in (None, "1956")


# -- a court's head run together on a line -----------------------------------------------------------------------------

_COURT = ("{head}\nBefore: MR JUSTICE HARLOW\n"
          "BETWEEN: ALICE MARTIN (Claimant) and NORTHERN RAIL LIMITED (Defendant)\n\n"
          "MR PHILLIPS: My Lord, I appear for the claimant.\n\nMR JUSTICE HARLOW: Yes, Mr Phillips.\n\n"
          "MR PHILLIPS: I call Mrs Martin.\n\nMR JUSTICE HARLOW: Very well.\n")


def test_a_court_head_run_together_gives_the_court_the_case_and_the_place(tmp_path, tei_all):
    # only the date was read; the title was the file's name
    head = ("IN THE HIGH COURT OF JUSTICE KING'S BENCH DIVISION Case No: KB-2023-001234 Royal Courts of Justice, "
            "Strand, London Date: 15/03/2024")
    _, root = _convert(_write(tmp_path, _COURT.format(head=head)), tei_all)
    assert main_title(root) == "IN THE HIGH COURT OF JUSTICE KING'S BENCH DIVISION"
    assert (creation_when(root), creation_place(root)) == ("2024-03-15", "Royal Courts of Justice, Strand, London")
    assert root.findtext(f".//{T}sourceDesc//{T}note[@n='case no']") == "KB-2023-001234"
    assert _headnote(root)[0].startswith("IN THE HIGH COURT")  # the head stays where it is printed


@pytest.mark.parametrize("head", [
    "In the high court the case no one wanted was heard Date: 15/03/2024",  # no court's head in capitals
    "IN THE HIGH COURT OF JUSTICE Case No: KB-2023-001234 Royal Courts of Justice",  # no date's key after it
])
def test_a_line_like_a_court_head_names_no_court(tmp_path, tei_all, head):
    _, root = _convert(_write(tmp_path, _COURT.format(head=head)), tei_all)
    assert root.find(f".//{T}sourceDesc//{T}note[@n='case no']") is None
    assert creation_place(root) is None
