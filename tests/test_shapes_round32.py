"""Transcript shapes of the thirty-second probe round: a header key's value wrapped onto a second line, indented or
in lower case ("Interviewee: Dr Margaret Okonkwo-Hughes, retired" / "    consultant obstetrician"); a header's keys
with the first turns right under them and no blank line; a police officer named by rank, collar number and surname
("Interviewing officer: DC 4471 Moss"); a Japanese, Korean or Chinese headnote sentence saying when the interview
was recorded ("2019年3月12日に東京で収録。"). Each test says what the TEI holds and that it is valid tei_all; the guard
tests that a rule does not fire on look-alike text."""

from __future__ import annotations

import pytest

from .converting import (
    T, convert_checked as _convert, text_of, turns, write as _write, main_title as _title,
    participant_roles as _roles, creation_when as _when, creation_place as _place,
)
from tei_edition.readers.labels import stand_in


def _headnote(root) -> list[str]:
    return [text_of(p) for p in root.iterfind(f".//{T}front/{T}div[@type='headnote']/{T}p")]


def _occupation(root, pid: str) -> str | None:
    person = root.find(f".//{T}person[@{{http://www.w3.org/XML/1998/namespace}}id='{pid}']")
    found = person.find(T + "occupation")
    return None if found is None else text_of(found)


# -- a header value wrapped onto the next line ----------------------------------------------------------------------

_QA = "\n\nPILLING: When did you qualify?\n\nOKONKWO-HUGHES: In 1968, at Guy's.\n\nPILLING: And then?\n\n" \
      "OKONKWO-HUGHES: Lewisham.\n"


@pytest.mark.parametrize("head", [
    # the value goes on in an indented line (the whole block was turns of "Interviewee" and "Interviewer")
    "NHS MATERNITY ORAL HISTORY\nInterviewee: Dr Margaret Okonkwo-Hughes, retired\n    consultant obstetrician\n"
    "Interviewer: Sarah Pilling\nDate: 14 June 2012",
    # … or a tab, with no title over the keys
    "Interviewee: Dr Margaret Okonkwo-Hughes, retired\n\tconsultant obstetrician\nInterviewer: Sarah Pilling\n"
    "Date: 14 June 2012",
    # … or in lower case at the margin
    "Interviewee: Dr Margaret Okonkwo-Hughes, retired\nconsultant obstetrician\nInterviewer: Sarah Pilling\n"
    "Date: 14 June 2012",
])
def test_a_value_wrapped_onto_the_next_line_is_the_keys(tmp_path, tei_all, head):
    _, root = _convert(_write(tmp_path, head + _QA), tei_all)
    assert _roles(root) == {"spk-okonkwo-hughes": ("interviewee", "Dr Margaret Okonkwo-Hughes"),
                            "spk-pilling": ("interviewer", "Sarah Pilling")}
    # the wrapped words are the remark on her, joined to the words before them
    assert _occupation(root, "spk-okonkwo-hughes") == "retired consultant obstetrician"
    assert _when(root) == "2012-06-14"
    assert [who for who, _, _ in turns(root)] == ["pilling", "okonkwo-hughes"] * 2
    assert _headnote(root) == []


def test_an_indented_key_line_is_no_wrapped_value(tmp_path, tei_all):
    # guard: a line of its own key, indented as the block is, stays a key (not the words of the value above it)
    head = "  Interviewee: Margaret Okonkwo-Hughes\n  Interviewer: Sarah Pilling\n  Date: 14 June 2012"
    _, root = _convert(_write(tmp_path, head + _QA), tei_all)
    assert _roles(root)["spk-pilling"] == ("interviewer", "Sarah Pilling")
    assert _occupation(root, "spk-okonkwo-hughes") is None and _when(root) == "2012-06-14"


def test_an_indented_line_under_a_turn_is_the_turns(tmp_path, tei_all):
    # guard: under a turn's first line an indented line goes on with what is said (no header is made of it)
    text = ("Interviewer: So where were you born?\n    I mean the town.\nInterviewee: In Leeds.\n\n"
            "Interviewer: And your father?\n\nInterviewee: A miner.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert turns(root)[0] == ("interviewer", "Interviewer", "So where were you born? I mean the town.")
    assert [who for who, _, _ in turns(root)] == ["interviewer", "interviewee"] * 2


# -- the keys right over the first turn, no blank line --------------------------------------------------------------

@pytest.mark.parametrize("text, expected, title, when", [
    # the keys were turns of "Interviewee" and "Interviewer" ("Alys Morgan Date: 3 May 2001" the latter's words)
    ("Interviewee: Tom Rees\nInterviewer: Alys Morgan\nDate: 3 May 2001\nAlys Morgan: When did you go underground?\n"
     "Tom Rees: At fifteen.\nAlys Morgan: Your father?\nTom Rees: A miner too.\n",
     {"spk-rees": ("interviewee", "Tom Rees"), "spk-morgan": ("interviewer", "Alys Morgan")}, None, "2001-05-03"),
    # under a title: the title swallowed the first key, the second went to the headnote
    ("Tower Colliery Oral History\nInterviewee: Tom Rees\nInterviewer: Alys Morgan\nMORGAN: When did you go "
     "underground?\nREES: At fifteen.\nMORGAN: Your father?\nREES: A miner too.\n",
     {"spk-rees": ("interviewee", "Tom Rees"), "spk-morgan": ("interviewer", "Alys Morgan")},
     "Tower Colliery Oral History", None),
    # the turns labelled by role: "Date: … / Place: …" was the title
    ("Date: 3 May 2001\nPlace: Leeds\nInterviewer: So where were you born?\nInterviewee: In Leeds.\n"
     "Interviewer: And your father?\nInterviewee: A miner.\n",
     {"spk-interviewer": ("interviewer", "Interviewer"), "spk-interviewee": ("interviewee", "Interviewee")}, None,
     "2001-05-03"),
    # Japanese, the full names unspaced: "話し手：山田太郎" was part of the title, the interviewee "山田"
    ("オーラルヒストリー\n話し手：山田太郎\n聞き手：佐藤花子\n佐藤：お生まれはどちらですか。\n山田：東京です。\n佐藤：ご両親は？\n"
     "山田：父は大工でした。\n",
     {"spk-山田太郎": ("interviewee", "山田太郎"), "spk-佐藤花子": ("interviewer", "佐藤花子")}, "オーラルヒストリー", None),
])
def test_the_keys_right_over_the_first_turn(tmp_path, tei_all, text, expected, title, when):
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _roles(root) == expected
    if title:
        assert _title(root) == title
    assert _when(root) == when
    assert _headnote(root) == []
    assert len(turns(root)) == 4 and turns(root)[1][2] in ("At fifteen.", "In Leeds.", "東京です。")


def test_turns_of_roles_without_a_blank_line_are_no_keys(tmp_path, tei_all):
    # guard: a conversation printed without blank lines, its first lines reading like keys of people, stays turns
    text = ("Host: Welcome back, everyone.\nGuest: Thanks for having me.\nHost: So tell us about the book.\n"
            "Guest: It took ten years.\nHost: Why so long?\nGuest: Life happened.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [said for _, _, said in turns(root)][:2] == ["Welcome back, everyone.", "Thanks for having me."]
    assert len(turns(root)) == 6 and _when(root) is None


def test_a_key_line_after_the_keys_is_no_turn(tmp_path, tei_all):
    # guard: a key printed once under the keys ("Place: Leeds") is the header's, not a first turn
    text = ("Interviewee: Tom Rees\nInterviewer: Alys Morgan\nDate: 3 May 2001\nPlace: Pontypridd\n\n"
            "MORGAN: When did you go underground?\n\nREES: At fifteen.\n\nMORGAN: Your father?\n\nREES: A miner too.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert (_when(root), _place(root)) == ("2001-05-03", "Pontypridd")
    assert [who for who, _, _ in turns(root)] == ["morgan", "rees"] * 2


# -- a police officer's collar number -------------------------------------------------------------------------------

@pytest.mark.parametrize("officer, label, pid", [
    ("DC 4471 Moss", "MOSS", "spk-moss"),
    ("DS 1123 Carter", "DS CARTER", "spk-carter"),
    ("PC 212 J. Reid", "REID", "spk-reid"),
])
def test_an_officers_collar_number_is_part_of_the_name(tmp_path, tei_all, officer, label, pid):
    text = (f"RECORD OF TAPED INTERVIEW\nPerson interviewed: John Barker\nInterviewing officer: {officer}\n"
            f"Date: 12 March 2015\nPlace: Leeds Central Police Station\n\n{label}: This interview is being recorded.\n\n"
            f"BARKER: Right.\n\n{label}: Where were you on Friday night?\n\nBARKER: No comment.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _roles(root)[pid] == ("interviewer", officer)
    # the name is the officer's, not a stand-in's ("Speaker 2", "P4")
    assert root.find(f".//{T}person[@{{http://www.w3.org/XML/1998/namespace}}id='{pid}']/{T}persName").get(
        "type") is None
    assert [who for who, _, _ in turns(root)] == [pid[4:], "barker"] * 2


@pytest.mark.parametrize("name", ["Sgt 12 O'Brien", "WPC 310 Anne Hale", "PCSO 7781 Iqbal"])
def test_a_rank_and_collar_number_name_an_officer(name):
    assert not stand_in(name)


@pytest.mark.parametrize("name", ["Speaker 2", "P 4 Jones", "Room 101 Smith", "DC 4471", "Caller 3 Derek"])
def test_a_number_without_a_rank_before_it_names_a_stand_in(name):
    # guard: only a police rank before the number and a surname after it make a collar number
    assert stand_in(name)


def test_a_numbered_speaker_stays_unnamed(tmp_path, tei_all):
    text = "Speaker 1: Where were you on Friday?\n\nSpeaker 2: At home.\n\nSpeaker 1: Alone?\n\nSpeaker 2: Yes.\n"
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert {p.find(T + "persName").get("type") for p in root.iter(T + "person")} == {"unnamed"}


# -- a CJK headnote's sentence of the recording's date ---------------------------------------------------------------

_CJK_TURNS = {
    "ja": "\n\n佐藤：お生まれはどちらですか。\n\n山田：東京です。\n\n佐藤：ご両親は？\n\n山田：父は大工でした。\n",
    "ko": "\n\n박민수: 고향이 어디세요?\n\n김영희: 함경도 흥남입니다.\n\n박민수: 언제 내려오셨어요?\n\n김영희: 1950년 겨울에요.\n",
    "zh": "\n\n王芳：您是哪里人？\n\n李明：我是北京人。\n\n王芳：您父亲做什么工作？\n\n李明：他是工人。\n",
}


@pytest.mark.parametrize("head, turns_of, when, place", [
    ("オーラルヒストリー・プロジェクト\n話し手：山田太郎\n聞き手：佐藤花子\n\n2019年3月12日に東京で収録。", "ja", "2019-03-12", "東京"),
    # the place a home in the city: no place is read ("広島市内の自宅で")
    ("戦争体験聞き取り調査\n語り手：山田太郎\n聞き手：佐藤花子\n\n2008年8月6日に広島市内の自宅で収録。", "ja", "2008-08-06", None),
    ("구술생애사 아카이브\n구술자: 김영희\n면담자: 박민수\n\n2015년 8월 15일 부산에서 녹음했다.", "ko", "2015-08-15", "부산"),
    ("口述历史项目\n受访者：李明\n采访者：王芳\n\n2010年5月3日在北京采访。", "zh", "2010-05-03", "北京"),
])
def test_a_cjk_headnote_sentence_dates_the_recording(tmp_path, tei_all, head, turns_of, when, place):
    _, root = _convert(_write(tmp_path, head + _CJK_TURNS[turns_of]), tei_all)
    assert (_when(root), _place(root)) == (when, place)
    assert _headnote(root) == [head.rsplit("\n", 1)[1]]


@pytest.mark.parametrize("sentence", [
    "1945年8月6日に被爆し、戦後は教師として働いた。",  # the subject's day, no recording's word
    "1945年8月6日に被爆した体験を、2008年に収録した。",  # a number between the day and the word
])
def test_a_day_the_headnote_tells_of_is_no_recording_date(tmp_path, tei_all, sentence):
    head = f"オーラルヒストリー・プロジェクト\n話し手：山田太郎\n聞き手：佐藤花子\n\n{sentence}"
    _, root = _convert(_write(tmp_path, head + _CJK_TURNS["ja"]), tei_all)
    assert _when(root) is None and _headnote(root) == [sentence]
