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


# -- a field linguist's session record -------------------------------------------------------------------------------

_SESSION = ("Session: KLM-2014-07\nLanguage: {language}\nConsultant: Ap Yaŋ (AY)\nLinguist: Andrew Pawley (AP)\n"
            "Recorded: 2014-07-03, Simbai\n{extra}\nAP: How do you say 'I went to the garden'?\nAY: yad agl amjun\n"
            "AP: And 'you went'?\nAY: nad agl amjin\n")


def _metadata_notes(root) -> dict[str, str]:
    return {note.get("n"): text_of(note) for note in root.iterfind(f".//{T}sourceDesc//{T}note[@type='metadata']")}


def test_a_field_linguists_session_record_is_the_header(tmp_path, tei_all):
    # the record was a headnote paragraph, its date unread, "Consultant" and "Linguist" no one's keys
    text = _SESSION.format(language="Kalam (kmh)", extra="Equipment: Zoom H4n\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _roles(root) == {"spk-yaŋ": ("interviewee", "Ap Yaŋ"), "spk-pawley": ("interviewer", "Andrew Pawley")}
    assert (_when(root), _place(root)) == ("2014-07-03", "Simbai")
    # a language langUsage cannot encode keeps its words in a note, as the record's other fields do
    assert _metadata_notes(root) == {"session": "KLM-2014-07", "language": "Kalam (kmh)", "equipment": "Zoom H4n"}
    assert _headnote(root) == [] and [who for who, _, _ in turns(root)] == ["pawley", "yaŋ"] * 2


def test_a_language_the_header_can_encode_is_no_note(tmp_path, tei_all):
    # guard: "Language: German" is langUsage's
    _, root = _convert(_write(tmp_path, _SESSION.format(language="German", extra="")), tei_all)
    assert root.find(f".//{T}langUsage/{T}language").get("ident") == "de"
    assert "language" not in _metadata_notes(root)


@pytest.mark.parametrize("head", [
    # one key the tables do not know over the keys is a title, not a field
    "Focus group: Tenants of Block C\nInterviewer: Ana Ruiz\nDate: 3 May 2019\nPlace: Leeds\nProject: Housing",
    # … and under two known keys no field either: the block is no header
    "Interviewer: Ana Ruiz\nDate: 3 May 2019\nVenue notes: the hall was cold",
])
def test_one_unknown_key_makes_no_header_of_few_keys(tmp_path, head):
    text = head + "\n\nRUIZ: Welcome, everyone.\n\nTENANT: Thanks.\n\nRUIZ: Shall we start?\n\nTENANT: Yes.\n"
    _, root = _convert(_write(tmp_path, text))
    notes = _metadata_notes(root)
    assert "focus group" not in notes and "venue notes" not in notes


def test_initials_after_a_title_are_the_label_no_affiliation(tmp_path, tei_all):
    # "Dr. Petra Lang (PL)": "PL" was her affiliation, as the initials of "Dr. Petra Lang" are "DPL"
    text = ("Zeitzeugeninterview\nInterviewter: Horst Krüger (HK)\nInterviewerin: Dr. Petra Lang (PL)\n"
            "Datum: 9. November 1999\n\nPL: Wo waren Sie?\n\nHK: Auf der Arbeit.\n\nPL: Und dann?\n\nHK: Zu Hause.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _roles(root)["spk-lang"] == ("interviewer", "Dr. Petra Lang")
    assert root.find(f".//{T}person[@{{http://www.w3.org/XML/1998/namespace}}id='spk-lang']/{T}affiliation") is None


def test_other_letters_in_brackets_after_a_title_stay_the_affiliation(tmp_path, tei_all):
    # guard: "(LSE)" is no one's initials
    text = ("Interviewee: Horst Krüger\nInterviewer: Dr Petra Lang (LSE)\nDate: 9 November 1999\n\n"
            "LANG: Where were you?\n\nKRÜGER: At work.\n\nLANG: And then?\n\nKRÜGER: At home.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert text_of(root.find(f".//{T}person[@{{http://www.w3.org/XML/1998/namespace}}id='spk-lang']/{T}affiliation")) \
        == "LSE"


# -- a UK inquiry's sworn witness, asked by counsel -----------------------------------------------------------------

_INQUIRY = ("THE GRENFELL TOWER INQUIRY\nDay 12 - Transcript of hearing, 4 July 2018\n\n(10.00 am)\n"
            "SIR MARTIN MOORE-BICK: Good morning, everyone. Yes, Mr Millett.\n"
            "MR MILLETT: Good morning, sir. Our first witness today is Mr Michael Dowden.\n"
            "{witness}\nQuestions by COUNSEL TO THE INQUIRY\nMR MILLETT: Mr Dowden, you are a watch manager?\n"
            "A. Yes, I am.\nQ. How long have you served?\nA. Since 1998.\n"
            "SIR MARTIN MOORE-BICK: Mr Millett, is that a convenient moment?\nMR MILLETT: It is, sir.\n")


@pytest.mark.parametrize("witness, name", [
    ("MR MICHAEL DOWDEN (sworn)", "MICHAEL DOWDEN"),
    ("DR ANITA PATEL (affirmed)", "ANITA PATEL"),
])
def test_an_inquirys_sworn_witness_answers_and_counsel_asks(tmp_path, tei_all, witness, name):
    _, root = _convert(_write(tmp_path, _INQUIRY.format(witness=witness)), tei_all)
    pid = "spk-" + name.split()[-1].lower()
    # the "A." turns were an unnamed "A", the "Q." turns an unnamed "Q"
    assert _roles(root) == {"spk-moore-bick": ("participant", "SIR MARTIN MOORE-BICK"),
                            "spk-millett": ("interviewer", "MR MILLETT"), pid: ("interviewee", name)}
    assert [(who, label) for who, label, _ in turns(root)][2:6] == [
        ("millett", "MR MILLETT"), (pid[4:], "A"), ("millett", "Q"), (pid[4:], "A")]


def test_each_sworn_witness_answers_under_their_own_header(tmp_path, tei_all):
    text = _INQUIRY.format(witness="MR MICHAEL DOWDEN (sworn)") + (
        "MS ANITA PATEL (affirmed)\nQuestions by COUNSEL TO THE INQUIRY\nMS GRANGE: Ms Patel, your role?\n"
        "A. Station manager.\nQ. Since when?\nA. 2010.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [(who, label) for who, label, _ in turns(root)][-4:] == [
        ("grange", "MS GRANGE"), ("patel", "A"), ("grange", "Q"), ("patel", "A")]
    assert _roles(root)["spk-grange"] == ("interviewer", "MS GRANGE")


def test_answers_without_a_sworn_header_stay_the_answers_label(tmp_path, tei_all):
    # guard: "(sworn)" is no header here, a word in a turn; "A." names no one
    text = ("Q. Were you sworn in that day?\nA. I was (sworn) at, more like.\nQ. By whom?\nA. The sergeant.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert {who for who, _, _ in turns(root)} == {"q", "a"}


# -- a dateline with the day's article; a French round table's speakers ----------------------------------------------

_PANEL = ("Table ronde : « Mémoires de la sidérurgie lorraine »\n{dateline}\n\nAnimateur : Pierre Martin\n"
          "Intervenants : Jean Schmitt, ancien fondeur ; Marie-Thérèse Colin, syndicaliste\n\n"
          "PIERRE MARTIN. – Jean Schmitt, vous êtes entré à l'usine à quel âge ?\nJEAN SCHMITT. – À quatorze ans.\n"
          "PIERRE MARTIN. – Madame Colin ?\nMARIE-THÉRÈSE COLIN. – Moi, j'étais à la cantine.\n")


@pytest.mark.parametrize("dateline, when, place", [
    # the dateline was part of the title, the date unread
    ("Longwy, le 15 octobre 2003", "2003-10-15", "Longwy"),
    ("Madrid, el 3 de mayo de 2001", "2001-05-03", "Madrid"),
    ("Roma, il 5 maggio 2018", "2018-05-05", "Roma"),
    ("Longwy, 15 octobre 2003", "2003-10-15", "Longwy"),
])
def test_a_dateline_with_the_days_article(tmp_path, tei_all, dateline, when, place):
    _, root = _convert(_write(tmp_path, _PANEL.format(dateline=dateline)), tei_all)
    assert _title(root) == "Table ronde : « Mémoires de la sidérurgie lorraine »"
    assert (_when(root), _place(root)) == (when, place)
    assert _headnote(root) == [dateline]


def test_a_round_tables_intervenants_are_its_speakers(tmp_path, tei_all):
    # "Intervenants :" was no key: the block was the headnote's, the two who answer participants
    _, root = _convert(_write(tmp_path, _PANEL.format(dateline="Longwy, le 15 octobre 2003")), tei_all)
    assert _roles(root) == {"spk-martin": ("interviewer", "Pierre Martin"),
                            "spk-schmitt": ("interviewee", "Jean Schmitt"),
                            "spk-colin": ("interviewee", "Marie-Thérèse Colin")}
    assert [who for who, _, _ in turns(root)] == ["martin", "schmitt", "martin", "colin"]


@pytest.mark.parametrize("text", ["le mai 2003", "le 15", "elle 3 mai 2003", "il y a 3 mai 2003"])
def test_an_article_before_no_day_makes_no_date(text):
    # guard: the article goes only before a day's number, at the date's start
    from tei_edition.dates import iso_date
    assert iso_date(text) is None


def test_the_witness_speaking_as_the_witness_is_the_sworn_witness(tmp_path, tei_all):
    text = _INQUIRY.format(witness="MR MICHAEL DOWDEN (sworn)") + "THE WITNESS: Thank you, sir.\n"
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert turns(root)[-1] == ("dowden", "THE WITNESS", "Thank you, sir.")
    assert "spk-a" not in _roles(root)


# -- a broadcast's date by its noun; a typescript's "X, interviewed by Y"; a Spanish court's statement -----------------

@pytest.mark.parametrize("line, when", [
    ("Sendung vom 3. Mai 1985", "1985-05-03"),  # the date was part of the title
    ("Émission du 4 juin 2015", "2015-06-04"),
])
def test_a_broadcasts_date_by_its_noun(tmp_path, tei_all, line, when):
    text = (f"Deutschlandfunk – Interview der Woche\n{line}\n\nModerator: Herr Minister, wie beurteilen Sie die Lage?\n"
            "Gast: Die Lage ist ernst.\nModerator: Was heißt das konkret?\nGast: Wir müssen verhandeln.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _title(root) == "Deutschlandfunk – Interview der Woche"
    assert _when(root) == when


def test_a_broadcast_noun_in_a_sentence_dates_nothing(tmp_path):
    # guard: the programme's earlier broadcast told of in the headnote is no date of this one
    text = ("Interview der Woche\n\nIn der Sendung vom 3. Mai 1985 sprach er über Europa, heute über Afrika.\n\n"
            "Moderator: Herr Minister?\nGast: Ja.\nModerator: Afrika?\nGast: Ja.\n")
    _, root = _convert(_write(tmp_path, text))
    assert _when(root) is None


_TYPESCRIPT = ("                         SOUTHERN ORAL HISTORY PROGRAM\n                         Interview G-0112\n"
               "                         {credit}\n                         June 18, 1979\n\n"
               "JH:   Mrs. Whitfield, when did you start at the mill?\n\nCW:   I was fourteen. That was 1923.\n\n"
               "JH:   And what did you do there?\n\nCW:   Spinning room. I doffed.\n")


def test_the_name_before_interviewed_by_is_the_interviewee(tmp_path, tei_all):
    # "CW" was a participant of its own, its initials not matched with the name the heading gives
    _, root = _convert(_write(tmp_path, _TYPESCRIPT.format(credit="Clara Whitfield, interviewed by Jacquelyn Hall")),
                       tei_all)
    assert _roles(root) == {"spk-hall": ("interviewer", "Jacquelyn Hall"),
                            "spk-whitfield": ("interviewee", "Clara Whitfield")}
    assert [who for who, _, _ in turns(root)] == ["hall", "whitfield"] * 2
    assert _when(root) == "1979-06-18"


@pytest.mark.parametrize("credit", ["Interviewed by Jacquelyn Hall", "Transcript, interviewed by Jacquelyn Hall"])
def test_no_name_before_interviewed_by_names_no_interviewee(tmp_path, tei_all, credit):
    # guard: a credit alone, or a word that is no name before it, names only the interviewer
    _, root = _convert(_write(tmp_path, _TYPESCRIPT.format(credit=credit)), tei_all)
    roles = _roles(root)
    assert roles["spk-hall"] == ("interviewer", "Jacquelyn Hall")
    assert all("Transcript" not in name for _, name in roles.values())


def test_a_spanish_courts_preguntado_and_contesta(tmp_path, tei_all):
    text = ("JUZGADO DE PRIMERA INSTANCIA N.º 3 DE LUGO\n\nDeclaración testifical de D. Manuel Varela Souto\n\n"
            "PREGUNTADO: Si conoce al acusado.\nCONTESTA: Que sí, que lo conoce desde niño.\n"
            "PREGUNTADO: Dónde se encontraba la noche de los hechos.\nCONTESTA: Que estaba en su casa, en Sarria.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    # the two were participants, no one asking or answering, and the heading named no one
    assert _roles(root) == {"spk-souto": ("interviewee", "Manuel Varela Souto"),
                            "spk-preguntado": ("interviewer", "PREGUNTADO")}
    assert [who for who, _, _ in turns(root)] == ["preguntado", "souto"] * 2


def test_a_declaration_without_an_honorific_names_no_one(tmp_path, tei_all):
    # guard: "Declaración de la Renta" is a tax return, no one's statement
    text = ("JUZGADO DE PRIMERA INSTANCIA N.º 3 DE LUGO\n\nSobre la Declaración de la Renta Presentada\n\n"
            "PREGUNTADO: Si conoce al acusado.\nCONTESTA: Que sí.\nPREGUNTADO: Dónde estaba.\nCONTESTA: En casa.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _roles(root)["spk-contesta"] == ("interviewee", "CONTESTA")


def test_contesta_alone_is_still_a_label(tmp_path, tei_all):
    # guard: "Contesta:" beside a name keeps its turns (it is not taken for the name's words)
    text = ("Juan Pérez: ¿Y qué dijo?\nContesta: Nada.\nJuan Pérez: ¿Nada?\nContesta: Nada de nada.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [(label, said) for _, label, said in turns(root)][1] == ("Contesta", "Nada.")


# -- a court-martial's list of who is who over the proceedings -------------------------------------------------------

_COURT_MARTIAL = ("PROCEEDINGS OF A GENERAL COURT-MARTIAL\n\nPRESIDENT: Lieutenant-Colonel H. R. Waite\n"
                  "PROSECUTOR: Captain J. Denholm\nDEFENDING OFFICER: Major P. Lomax\n"
                  "ACCUSED: 22456789 Private Thomas Arthur Bell\n\n"
                  "PROSECUTOR: Is your name Sergeant William Hale?\nWITNESS: It is, sir.\n"
                  "PROSECUTOR: On the night of 2 August were you guard commander?\nWITNESS: I was.\n"
                  "PRESIDENT: Speak up, sergeant.\nWITNESS: I was, sir.\n")


def test_a_court_martials_cast_names_who_speaks_under_each_part(tmp_path, tei_all):
    # the four lines were turns, the officers' names their words
    _, root = _convert(_write(tmp_path, _COURT_MARTIAL), tei_all)
    roles = _roles(root)
    assert roles["spk-waite"][1] == "Lieutenant-Colonel H. R. Waite"
    assert roles["spk-denholm"][1] == "Captain J. Denholm"
    assert [who for who, _, _ in turns(root)] == ["denholm", "witness", "denholm", "witness", "waite", "witness"]
    assert [label for _, label, _ in turns(root)][:2] == ["PROSECUTOR", "WITNESS"]
    # those who do not speak are no participants, and their line's words a note on the source
    assert "spk-lomax" not in roles and "spk-bell" not in roles
    notes = _metadata_notes(root)
    assert "Major P. Lomax (defending officer)" in notes["participants"]
    assert "22456789 Private Thomas Arthur Bell (accused)" in notes["participants"]


def test_a_court_part_saying_something_is_a_turn(tmp_path, tei_all):
    # guard: "PRESIDENT: The court is open." is the president's words, no one's name
    text = ("PROCEEDINGS OF A GENERAL COURT-MARTIAL\n\nPRESIDENT: The court is open.\nPROSECUTOR: Thank you, sir.\n\n"
            "PROSECUTOR: Is your name William Hale?\nWITNESS: It is, sir.\nPRESIDENT: Speak up.\nWITNESS: I was, sir.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert turns(root)[0] == ("president", "PRESIDENT", "The court is open.")
    assert len(turns(root)) == 6


@pytest.mark.parametrize("name", ["22456789 Private Thomas Arthur Bell", "14412 Gunner Ali"])
def test_a_service_number_names_a_soldier(name):
    assert not stand_in(name)


@pytest.mark.parametrize("name", ["22456789 Bell", "2024 Speaker", "22456789", "123 Private Bell"])
def test_a_number_before_no_rank_and_name_names_no_soldier(name):
    # guard: a number before one word, alone, or too short for a service number is a stand-in's
    assert stand_in(name)


def test_one_court_part_is_no_list_of_the_court(tmp_path, tei_all):
    # guard: "PRESIDENT: Major P. Lomax" alone over the turns is no cast (a record's head, as before)
    text = _COURT_MARTIAL.replace("PROSECUTOR: Captain J. Denholm\nDEFENDING OFFICER: Major P. Lomax\n"
                                  "ACCUSED: 22456789 Private Thomas Arthur Bell\n", "")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert "participants" not in _metadata_notes(root) and "spk-waite" not in _roles(root)
    assert turns(root)[0] == ("president", "PRESIDENT", "Lieutenant-Colonel H. R. Waite")


# -- a Russian title naming the interviewee by name, patronymic and surname ------------------------------------------

_RUSSIAN = ("{title}\nИнтервьюер: Ольга Петрова\nДата записи: 12 апреля 2008 г.\nМесто: Новосибирск\n\n"
            "О.П.: Вера Николаевна, где вы родились?\n{label}: В деревне под Томском.\n"
            "О.П.: А когда переехали в город?\n{label}: В пятьдесят третьем.\n")


def test_the_initials_of_name_and_patronymic_label_the_titles_woman(tmp_path, tei_all):
    # "В.Н." was a participant of its own, the title's name in the instrumental case unread
    text = _RUSSIAN.format(title="Интервью с Верой Николаевной Соколовой", label="В.Н.")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _roles(root) == {"spk-петрова": ("interviewer", "Ольга Петрова"),
                            "spk-соколова": ("interviewee", "Вера Николаевна Соколова")}
    assert [who for who, _, _ in turns(root)] == ["петрова", "соколова"] * 2


def test_a_patronymic_in_the_title_with_the_surname_as_label(tmp_path, tei_all):
    text = _RUSSIAN.format(title="Беседа с Сергеем Петровичем Ивановым", label="Иванов")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _roles(root)["spk-иванов"] == ("interviewee", "Сергей Петрович Иванов")


def test_other_initials_name_no_one_of_the_title(tmp_path, tei_all):
    # guard: "А.Б." are not her initials: the title's name is not taken for the label's
    text = _RUSSIAN.format(title="Интервью с Верой Николаевной Соколовой", label="А.Б.")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert "Вера Николаевна Соколова" not in [name for _, name in _roles(root).values()]


# -- a bracket inside a header's name ---------------------------------------------------------------------------------

def test_a_bracket_inside_a_headers_name_keeps_its_words(tmp_path, tei_all):
    # "(retd)" was in no part of the TEI: the name leaves it out, and the header's line is no text
    text = ("Interviewee: Colonel (retd) James Brown\nInterviewer: Dr Priya Raman\nDate: 17 November 2009\n\n"
            "RAMAN: Where were you posted first?\n\nBROWN: Hong Kong, 1956.\n\nRAMAN: And then?\n\nBROWN: Aden.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _roles(root)["spk-brown"] == ("interviewee", "Colonel James Brown")
    assert _metadata_notes(root)["interviewee"] == "Colonel (retd) James Brown"


def test_a_remark_in_brackets_after_a_name_makes_no_note(tmp_path, tei_all):
    # guard: "(hydrologist)" after the name is the person's occupation, encoded: no note repeats the value
    text = ("Interviewee: Pieter Visser (hydrologist)\nInterviewer: Dr Priya Raman\nDate: 17 November 2009\n\n"
            "RAMAN: Where were you posted first?\n\nVISSER: Delft.\n\nRAMAN: And then?\n\nVISSER: Aden.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert "interviewee" not in _metadata_notes(root)


def test_front_matters_people_given_as_mappings_make_no_note(tmp_path, tei_all):
    # guard: YAML front matter's participants (name, role), which particDesc encodes, were kept again as a note of
    # their flattened words ("name: Lee Mi; role: interviewer; …") by the rule for people who never speak
    text = ("---\ntitle: Interview\nparticipants:\n  - name: Lee Mi\n    role: interviewer\n"
            "  - name: Park Jun\n    role: interviewee\n---\n\nLEE: Where did you grow up?\n\n"
            "PARK: In Daegu.\n\nLEE: And then?\n\nPARK: Seoul.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert sorted(_roles(root).values()) == [("interviewee", "Park Jun"), ("interviewer", "Lee Mi")]
    assert "participants" not in _metadata_notes(root)


def test_front_matters_person_who_never_speaks_keeps_a_note(tmp_path, tei_all):
    # … but a person the front matter lists who never speaks is in no part of particDesc: the note keeps them
    text = ("---\ntitle: Interview\nparticipants:\n  - name: Lee Mi\n    role: interviewer\n"
            "  - name: Park Jun\n    role: interviewee\n  - name: Han So\n    role: observer\n---\n\n"
            "LEE: Where did you grow up?\n\nPARK: In Daegu.\n\nLEE: And then?\n\nPARK: Seoul.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert "Han So" not in [name for _, name in _roles(root).values()]
    assert "name: Han So; role: observer" in _metadata_notes(root)["participants"]


# -- a transcription app's numbered speakers with their names in brackets ----------------------------------------------

_LONG_TABLE = ("The Long Table — Episode 112\nRecorded 5 May 2021\n\n"
               "Speaker 1 (Ama Owusu): Welcome back. My guest today is the chef {guest}.\n"
               "Speaker 2 (Kwame Mensah): Thanks for having me.\nSpeaker 1 (Ama Owusu): Your mother's kitchen?\n"
               "Speaker 2 (Kwame Mensah): It was tiny. One burner.\n")


def test_the_host_introducing_the_guest_under_bracketed_names(tmp_path, tei_all):
    # both were participants: the host's words name the guest, whose label's brackets name him
    _, root = _convert(_write(tmp_path, _LONG_TABLE.format(guest="Kwame Mensah")), tei_all)
    assert _roles(root) == {"spk-owusu": ("interviewer", "Ama Owusu"), "spk-mensah": ("interviewee", "Kwame Mensah")}


def test_a_guest_named_by_no_label_makes_no_roles(tmp_path, tei_all):
    # guard: the guest the host names speaks under no label: no one is made the interviewee by it
    _, root = _convert(_write(tmp_path, _LONG_TABLE.format(guest="Yotam Ashkenazi")), tei_all)
    assert {role for role, _ in _roles(root).values()} == {"participant"}


# -- a UK committee's witnesses, each with a post and a body ---------------------------------------------------------

_COMMITTEE = ("Home Affairs Committee\nOral evidence: Policing and mental health, HC 202\nTuesday 14 March 2017\n\n"
              "Members present: Yvette Cooper (Chair); Victoria Atkins; James Berry.\n\n"
              "Witnesses: {witnesses}\n\n"
              "Q1 Chair: Good morning. How often are officers called to people in crisis?\n\n"
              "Mark Collins: Often, perhaps 20% of calls.\n\nQ2 Victoria Atkins: Is that recorded?\n\n"
              "Mark Collins: No.\n\nSophie Corlett: The data are patchy.\n\nQ3 Chair: What should change?\n\n"
              "Sophie Corlett: Crisis care should not depend on a police cell.\n")


@pytest.mark.parametrize("witnesses", [
    # the list was read as one person, Mark Collins, with the rest a remark: neither was a witness
    "Chief Constable Mark Collins, National Police Chiefs' Council, and Sophie Corlett, Director of External "
    "Relations, Mind.",
    "Mark Collins, National Police Chiefs' Council; Sophie Corlett, Mind.",
])
def test_a_committees_witnesses_with_their_posts(tmp_path, tei_all, witnesses):
    _, root = _convert(_write(tmp_path, _COMMITTEE.format(witnesses=witnesses)), tei_all)
    roles = _roles(root)
    assert roles["spk-collins"] == ("witness", "Mark Collins")
    assert roles["spk-corlett"] == ("witness", "Sophie Corlett")
    assert roles["spk-cooper"] == ("chair", "Yvette Cooper") and roles["spk-atkins"][0] == "member"


def test_a_speaker_the_witness_list_does_not_name_is_no_witness(tmp_path, tei_all):
    # guard: "Marks and Spencer" is a body of the one witness listed; Sophie Corlett, not listed, is none
    _, root = _convert(_write(tmp_path, _COMMITTEE.format(witnesses="Mark Collins, Director, Marks and Spencer")),
                       tei_all)
    roles = _roles(root)
    assert roles["spk-collins"][0] == "witness" and roles["spk-corlett"][0] != "witness"
