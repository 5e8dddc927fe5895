"""Transcript shapes of the eighth probe round: a label followed by a stage direction in square brackets
("INTERVIEWER [laughing]:", "PATEL [interrupting]:", "Q [to the panel]:") is the speaker's label, the direction a
remark on it, as "SMITH (laughs):" already was; the same name printed without the remark elsewhere is the same
speaker; a title line "Interview with X" vouches for a single line of full names under it ("Interviewer: James
Holt"), which is header data, not a turn; a paragraph of nothing but key entries ("Speaker 1 = Anna Lee" /
"Speaker 2 = David Okoro") keys the labels and is no title; numbered questions without a label between answers
labelled with the interviewee's name are the interviewer's turns; a timecode alone in round brackets
("(00:05:00)") is an anchor. Each test says what the TEI holds and that no word of the source is lost;
the guard tests that a rule does not fire on look-alike text (a question after "Interviewer:", a bracket that is the
whole label, a title that names nobody)."""

from __future__ import annotations

import pytest

from tei_edition import TEI_NS

from .converting import convert_checked as _convert, turns as _turns

T = "{%s}" % TEI_NS


def _people(root) -> dict[str, tuple[str, str]]:
    xml_id = "{http://www.w3.org/XML/1998/namespace}id"
    return {p.get(xml_id)[4:]: (p.get("role"), " ".join(p.findtext(T + "persName").split())) for p in root.iter(T + "person")}


STAGED = (
    "Interview with Margaret Smith\nInterviewer: Paul Green\nDate: 12 May 2004\n\n"
    "INTERVIEWER [laughing]: You really said that to the mayor?\n\n"
    "SMITH (laughs): I did. He never forgave me.\n\n"
    "INTERVIEWER: And what happened next?\n\n"
    "SMITH [pausing]: Well, we lost the vote. But we won the argument, in the end.\n"
)


def test_a_stage_direction_in_square_brackets_after_a_label(tmp_path, tei_all):
    source = tmp_path / "t.txt"
    source.write_text(STAGED, encoding="utf-8")
    _, root = _convert(source, tei_all)
    assert [(who, label, text[:12]) for who, label, text in _turns(root)] == [
        ("green", "INTERVIEWER [laughing]", "You really s"),
        ("smith", "SMITH (laughs)", "I did. He ne"),
        ("green", "INTERVIEWER", "And what hap"),
        ("smith", "SMITH [pausing]", "Well, we los"),
    ]
    assert set(_people(root)) == {"smith", "green"}


def test_a_bracketed_remark_once_and_the_bare_name_once_are_one_speaker(tmp_path, tei_all):
    source = tmp_path / "t.txt"
    source.write_text(
        "WARD: Welcome, everyone.\n\nQ [to the panel]: Is local news dying?\n\nREED: Not dying. Changing.\n\n"
        "PATEL [interrupting]: I'd say starving.\n\nWARD: Asha, say more.\n\n"
        "PATEL: Advertising left, and nobody replaced it.\n\nREED: Quite so.\n", encoding="utf-8")
    _, root = _convert(source, tei_all)
    assert [(who, label) for who, label, _ in _turns(root)] == [
        ("ward", "WARD"), ("q", "Q [to the panel]"), ("reed", "REED"), ("patel", "PATEL [interrupting]"),
        ("ward", "WARD"), ("patel", "PATEL"), ("reed", "REED"),
    ]


def test_a_whole_bracketed_label_keeps_its_name(tmp_path, tei_all):
    # guard: "[INTERVIEWER]:" is a label in brackets, not a remark; "Q4 [Mark Garnier]:" a member's name
    source = tmp_path / "t.txt"
    source.write_text("[INTERVIEWER]: Where were you born?\n\n[SMITH]: In Hull.\n\n[INTERVIEWER]: When?\n\n"
                      "[SMITH]: In 1931.\n", encoding="utf-8")
    _, root = _convert(source, tei_all)
    assert [who for who, _, _ in _turns(root)] == ["interviewer", "smith", "interviewer", "smith"]


def test_a_sentence_with_a_bracket_before_a_colon_is_no_label(tmp_path):
    # guard: a bracketed word in a sentence printed once is not a remark on a label
    source = tmp_path / "t.txt"
    source.write_text("INTERVIEWER: What did he say?\n\nSMITH: He said this.\n\nHe told me [quietly]: go home.\n\n"
                      "INTERVIEWER: And you went?\n\nSMITH: I did.\n", encoding="utf-8")
    _, root = _convert(source)
    assert [who for who, _, _ in _turns(root)] == ["interviewer", "smith", "interviewer", "smith"]
    assert "He told me [quietly]: go home." in _turns(root)[1][2]


TWO_LINE_HEAD = "Interview with Eleanor Marsh\n{second}\n\nHOLT: Where did you grow up?\n\nMARSH: In Hull.\n\n" \
                "HOLT: And then?\n\nMARSH: Leeds, in 1950.\n"


def test_a_title_vouches_for_one_line_of_full_names_under_it(tmp_path, tei_all):
    source = tmp_path / "t.txt"
    source.write_text(TWO_LINE_HEAD.format(second="Interviewer: James Holt"), encoding="utf-8")
    _, root = _convert(source, tei_all)
    assert [who for who, _, _ in _turns(root)] == ["holt", "marsh", "holt", "marsh"]
    assert _people(root) == {"marsh": ("interviewee", "Eleanor Marsh"), "holt": ("interviewer", "James Holt")}


@pytest.mark.parametrize("head", [
    "Interview with Eleanor Marsh\nInterviewer: Where were you born?",  # a question: a turn
    "Memories of Hull\nInterviewer: James Holt",  # a title that names nobody vouches for nothing
])
def test_one_line_under_a_title_is_a_turn_without_the_vouching(tmp_path, head):
    source = tmp_path / "t.txt"
    source.write_text(head + "\n\nMARSH: In Hull.\n\nInterviewer: And then?\n\nMARSH: Leeds.\n", encoding="utf-8")
    _, root = _convert(source)
    assert [who for who, _, _ in _turns(root)][0] == "interviewer"
    assert len(_turns(root)) == 4


GDOCS = "{key}\n\nSpeaker 1 (00:00:00): Thanks for doing this. Could you start with your name?\n\n" \
        "Speaker 2 (00:00:05): David Okoro. I was born in Enugu in 1958.\n\n" \
        "Speaker 1 (00:00:12): And you came to London when?\n\nSpeaker 2 (00:00:15): In 1981, to study engineering.\n"


@pytest.mark.parametrize("key", [
    "Speaker 1 = Anna Lee\nSpeaker 2 = David Okoro",
    "Speaker 1 = Anna Lee (interviewer); Speaker 2 = David Okoro (interviewee)",
])
def test_a_key_of_numbered_speakers_without_a_key_word(tmp_path, tei_all, key):
    source = tmp_path / "t.txt"
    source.write_text(GDOCS.format(key=key), encoding="utf-8")
    _, root = _convert(source, tei_all)
    assert [who for who, _, _ in _turns(root)] == ["lee", "okoro", "lee", "okoro"]
    people = _people(root)
    assert {k: name for k, (_, name) in people.items()} == {"lee": "Anna Lee", "okoro": "David Okoro"}
    if "(interviewer)" in key:
        assert people["lee"][0] == "interviewer" and people["okoro"][0] == "interviewee"
    assert "=" not in root.findtext(f".//{T}titleStmt/{T}title")  # the key is no title


@pytest.mark.parametrize("key", [
    "Speaker 1 = Anna Lee",  # one line alone: no key
    "Speaker 1 = Anna Lee, as she asked to be named in the notes",  # a sentence, not a key of entries only
])
def test_no_key_from_one_entry_or_a_sentence(tmp_path, key):
    source = tmp_path / "t.txt"
    source.write_text(GDOCS.format(key=key), encoding="utf-8")
    _, root = _convert(source)
    assert [who for who, _, _ in _turns(root)] == ["speaker-1", "speaker-2", "speaker-1", "speaker-2"]


NUMBERED = "Interview with Peter Lindqvist\nInterviewer: Sara Holm\nDate: 4 April 2009\n\n" \
           "1. When did you start sailing?\n\nLINDQVIST: At seven, on my uncle's dinghy.\n\n" \
           "{two}. What was your first race?\n\nLINDQVIST: The Gotland Runt, 1979. We came last.\n\n" \
           "3. Why keep going?\n\nLINDQVIST: Because coming last teaches you everything.\n"


def test_numbered_questions_between_answers_labelled_with_the_interviewees_name(tmp_path, tei_all):
    source = tmp_path / "t.txt"
    source.write_text(NUMBERED.format(two="2"), encoding="utf-8")
    conversion, root = _convert(source, tei_all)
    said = [(sp.get("who")[5:], " ".join("".join(sp.find(T + "p").itertext()).split())[:9]) for sp in root.iter(T + "sp")]
    assert said == [
        ("holm", "1. When d"), ("lindqvist", "At seven,"), ("holm", "2. What w"),
        ("lindqvist", "The Gotla"), ("holm", "3. Why ke"), ("lindqvist", "Because c"),
    ]
    assert any("numbered questions" in line for line in conversion.interview.explanation)


@pytest.mark.parametrize("text", [
    NUMBERED.format(two="5"),  # numbers that do not run through: a list, not the questions
    "LINDQVIST: I had three rules.\n\n1. Is the boat sound?\n\nLINDQVIST: And the second?\n\n"
    "Never mind.\n\nLINDQVIST: Then the weather.\n",  # one numbered line alone
    "HOLM: Tell me.\n\nLINDQVIST: Three things.\n\n1. Who pays?\n\nHOLM: And?\n\nLINDQVIST: More.\n\n"
    "2. Who sails?\n\nHOLM: Go on.\n",  # two labels: the file labels its questions itself
])
def test_numbered_lines_that_are_no_questions_stay_in_the_turn(tmp_path, text):
    source = tmp_path / "t.txt"
    source.write_text(text, encoding="utf-8")
    conversion, root = _convert(source)
    assert not any("numbered questions" in line for line in conversion.interview.explanation)
    assert all(label for _, label, _ in _turns(root))


MINUTES = "LISA BRANDT: Tell me about the mill.\n\nROBERT HALE: The mill was the whole town.\n\n{stamp}\n\n" \
          "When it closed, the town emptied out.\n\nLISA BRANDT: Did you think of leaving?\n\nROBERT HALE: Every day.\n"


def test_a_timecode_alone_in_round_brackets_between_paragraphs_of_a_turn(tmp_path, tei_all):
    source = tmp_path / "t.txt"
    source.write_text(MINUTES.format(stamp="(00:05:00)"), encoding="utf-8")
    _, root = _convert(source, tei_all)
    assert [who for who, _, _ in _turns(root)] == ["brandt", "hale", "brandt", "hale"]
    assert [w.get("absolute") or w.get("interval") for w in root.iter(T + "when")][1:] == ["300"]
    hale = list(root.iter(T + "sp"))[1]
    assert [p.find(T + "anchor") is not None for p in hale.iter(T + "p")] == [False, True]
    assert "00:05:00" not in _turns(root)[1][2]


@pytest.mark.parametrize("stamp", ["(00:05:00) was when the siren went.", "(laughs)", "(pause 00:05)"])
def test_round_brackets_that_are_no_timecode_alone_stay(tmp_path, stamp):
    source = tmp_path / "t.txt"
    source.write_text(MINUTES.format(stamp=stamp), encoding="utf-8")
    _, root = _convert(source)
    assert not any(w.get("interval") for w in root.iter(T + "when"))


def test_a_timecode_before_a_label_alone_on_its_line_still_reads(tmp_path, tei_all):
    # guard: the timecode that opens a label line ("00:00:04 Speaker 2") is taken by another pattern
    source = tmp_path / "t.txt"
    source.write_text("00:00:00 Speaker 1\nOK, we're recording.\n\n00:00:04 Speaker 2\nMarta Kowalczyk, born 1949.\n\n"
                      "00:00:11 Speaker 1\nAnd you came when?\n\n00:00:14 Speaker 2\nIn 1981.\n", encoding="utf-8")
    _, root = _convert(source, tei_all)
    assert [who for who, _, _ in _turns(root)] == ["speaker-1", "speaker-2", "speaker-1", "speaker-2"]
