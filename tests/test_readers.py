"""Table-driven reader tests: each transcript in tests/transcripts/ (one convention each) converts to TEI that
tei_all and the project schema accept, with the expected turns and speakers and every word of the source."""

from __future__ import annotations

from pathlib import Path

import pytest

from tei_edition import TEI_NS
from tei_edition.convert import convert_file
from tei_edition.errors import InputError
from tei_edition.fidelity import tei_words, words

HERE = Path(__file__).resolve().parent
TRANSCRIPTS = HERE / "transcripts"
T = "{%s}" % TEI_NS

# file, convention, speakers (participant ids) turn by turn
CASES = [
    ("oral-history-caps.txt", "plain",
     ["okafor", "halvorsen", "okafor", "halvorsen", "halvorsen", "okafor", "halvorsen"]),
    ("hearing.txt", "plain", ["chairman", "brandt", "voss", "brandt", "voss", "adeyemi", "chairman"]),
    ("podcast-fullnames.txt", "plain", ["ortiz", "mendel"] * 3),
    ("qa-roles.txt", "plain", ["q", "a"] * 3),
    ("initials.md", "plain", ["e-g", "a-b-k", "e-g", "a-b-k", "e-g"]),
    ("label-line.txt", "label-line", ["okonkwo", "lee", "okonkwo", "lee", "okonkwo"]),
    ("front-matter.md", "plain", ["lindqvist", "okafor"] * 3),
    ("magazine-bold-question.md", "bold+plain", ["tr", "morales"] * 3),
    ("bold-colon-outside.md", "bold", ["hanna", "ruben"] * 2),
    ("aliases.txt", "plain", ["moreno", "nyberg", "moreno", "nyberg", "moreno"]),
    ("auto-merge.txt", "plain", ["brennan", "wendt", "brennan", "wendt", "brennan", "wendt", "brennan"]),
    ("podcast-captions.vtt", "webvtt", ["raman", "wierzbicki", "raman", "wierzbicki"]),
    ("congressional-record.txt", "record", ["chairman", "holloway", "ferreira", "holloway", "ferreira", "chairman"]),
    ("printed-qa.txt", "record", ["q", "a"] * 2),
    ("numbered-speakers.txt", "plain", ["speaker-1", "speaker-2", "speaker-1", "speaker-3", "speaker-1"]),
    ("timed-label-lines.txt", "label-line", ["lopez", "baker", "lopez", "ruiz", "lopez"]),
    ("role-in-parentheses.txt", "plain", ["smith", "jones"] * 2),
    ("tabs-crlf.txt", "plain", ["interviewer", "narrator"] * 2),
    ("unicode-names.txt", "plain", ["жукова", "zola", "жукова", "zola", "astrom", "zola"]),
    ("bold-with-timecodes.md", "bold", ["doe", "roe"] * 2),
    ("title-block.txt", "plain", ["park", "lee"] * 2),
    ("italic-labels.md", "bold", ["interviewer", "kahn"] * 2),
    ("dash-labels.txt", "dash", ["interviewer", "kahn"] * 2),
    ("french-colon.txt", "plain", ["dupont", "curie"] * 2),
    ("unlabelled-bold-questions.md", "bold-questions", ["weiss", "ferro"] * 3),
    ("unlabelled-nameless.md", "bold-questions", ["interviewer", "interviewee"] * 2),
]


@pytest.fixture(scope="module")
def validate_tree():
    validate = pytest.importorskip("tei_edition.validate")
    return validate.validate_tree


@pytest.mark.parametrize("name, convention, speakers", CASES, ids=[c[0] for c in CASES])
def test_transcript_converts(name, convention, speakers, tei_all, validate_tree):
    conversion = convert_file(TRANSCRIPTS / name)
    root = conversion.tree.getroot()
    assert conversion.interview.convention == convention
    assert [sp.get("who") for sp in root.iter(T + "sp")] == [f"#spk-{s}" for s in speakers]
    assert tei_all(conversion.tree) == []
    assert [str(p) for p in validate_tree(conversion.tree, name)] == []
    assert tei_words(root) == words(conversion.interview.kept_source)


def _tei(name: str):
    return convert_file(TRANSCRIPTS / name).tree.getroot()


def test_false_labels_are_not_turns():
    root = _tei("oral-history-caps.txt")
    text = " ".join(root.find(T + "text").itertext())
    assert "Note: the church" in text and "at 10:30 and" in text
    speakers = {sp.findtext(T + "speaker") for sp in root.iter(T + "sp")}
    assert speakers == {"OKAFOR", "HALVORSEN"}
    steps = _tei("qa-roles.txt")
    # (the steps are printed one to a line, which the TEI keeps: an lb before each, words and spaces as before)
    assert "Step 1: sweep the floor. Step 2: oil the machines." in " ".join(
        " ".join(steps.find(T + "text").itertext()).split())


def test_preamble_metadata_feeds_the_header_and_non_speech_is_encoded():
    root = _tei("oral-history-caps.txt")
    assert root.find(f".//{T}creation/{T}date").get("when") == "1998-06-03"
    assert root.findtext(f".//{T}creation/{T}placeName") == "Riverbend, Minnesota"
    people = {p.get(f"{{http://www.w3.org/XML/1998/namespace}}id"): p.get("role") for p in root.iter(T + "person")}
    assert people == {"spk-halvorsen": "interviewee", "spk-okafor": "interviewer"}
    assert "INTERVIEWEE" not in " ".join(root.find(T + "text").itertext())
    assert [d.text for d in root.iter(T + "desc")] == ["laughter", "laughs"]
    # between two turns the tape's end is no speaker's: it stands between them (round 18)
    assert root.find(f".//{T}div/{T}note").text == "THE END OF TAPE 1, SIDE A"


def test_front_matter_feeds_the_header():
    root = _tei("front-matter.md")
    assert root.findtext(f".//{T}titleStmt/{T}title") == "Growing up by the harbour"
    assert root.find(f".//{T}creation/{T}date").get("when") == "2019-04-12"
    assert [h.text for h in root.iter(T + "head")] == ["The harbour", "School"]
    assert len(root.findall(f".//{T}body/{T}div")) == 3


def test_timecodes_become_a_timeline():
    root = _tei("initials.md")
    whens = {w.get("{http://www.w3.org/XML/1998/namespace}id"): w.get("interval") for w in root.iter(T + "when")}
    assert whens == {"initials-t0": None, "initials-t1": "14", "initials-t2": "62", "initials-t3": "235"}
    assert root[1].tag == T + "standOff"
    anchors = [a.get("synch") for a in root.iter(T + "anchor")]
    assert anchors == ["#initials-t1", "#initials-t2", "#initials-t3"]
    assert "03" not in tei_words(root)
    podcast = _tei("podcast-fullnames.txt")
    assert len(list(podcast.iter(T + "when"))) == 4  # origin + [00:01:05], [00:02:10], \[03:55\]
    assert [l.text for l in podcast.iter(T + "l")] == ["♪ Knead it slow, let it grow ♪", "♪ Bake it brown and take it home ♪"]
    assert {d.text for d in podcast.iter(T + "desc")} == {"inaudible", "crosstalk"}


def test_label_line_times_are_turn_starts():
    root = _tei("label-line.txt")
    assert [w.get("interval") for w in root.iter(T + "when")][1:] == ["45", "62"]


def test_merges_are_reported():
    conversion = convert_file(TRANSCRIPTS / "auto-merge.txt")
    merges = [w for w in conversion.warnings if "is taken to be" in w]
    assert any("'CB'" in w and "initials" in w for w in merges)
    assert any("'Tobais Wendt'" in w and "one-letter" in w for w in merges)
    assert any("merged with" in line for line in conversion.explanation)


def test_explain_says_why():
    conversion = convert_file(TRANSCRIPTS / "oral-history-caps.txt")
    explanation = "\n".join(conversion.explanation)
    assert "chose 'plain'" in explanation and "OKAFOR×3" in explanation
    assert "'Note'" in explanation  # the rejected label-like line is named
    assert "metadata block" in explanation


def test_no_convention_lists_the_styles_tried():
    with pytest.raises(InputError) as error:
        convert_file(TRANSCRIPTS / "no-convention.txt")
    message = str(error.value)
    for style in ("bold", "plain", "label-line"):
        assert style in message
    assert "--label-style" in message and "sidecar" in message


def test_forced_style(tmp_path):
    source = tmp_path / "one.txt"
    source.write_text("SOLO: A single turn by one speaker.\n", encoding="utf-8")
    with pytest.raises(InputError):
        convert_file(source)
    conversion = convert_file(source, label_style="plain")
    assert [t.label for t in conversion.interview.turns()] == ["SOLO"]
    with pytest.raises(InputError, match="unknown label style"):
        convert_file(source, label_style="nonsense")


def test_a_role_printed_with_the_label_is_the_participants_role():
    root = _tei("role-in-parentheses.txt")
    roles = {p.get("{http://www.w3.org/XML/1998/namespace}id"): p.get("role") for p in root.iter(T + "person")}
    assert roles["spk-smith"] == "interviewer"
    assert [s.text for s in root.iter(T + "speaker")][:2] == ["SMITH (Interviewer)", "JONES"]


def test_a_title_block_names_the_interviewee_and_the_interviewer():
    root = _tei("title-block.txt")
    people = {p.findtext(T + "persName"): p.get("role") for p in root.iter(T + "person")}
    assert people == {"MARY LEE": "interviewee", "Tom Park": "interviewer"}


def test_timecodes_beside_bold_labels_are_anchors_not_text():
    root = _tei("bold-with-timecodes.md")
    assert len(root.findall(f".//{T}timeline/{T}when")) >= 4
    assert "00:01" not in "".join(root.find(T + "text").itertext())


def test_a_title_line_names_a_document_that_has_no_marked_title():
    root = _tei("hearing.txt")
    assert root.findtext(f".//{T}titleStmt/{T}title") == "HEARING BEFORE THE COMMITTEE ON RURAL TRANSIT"
    assert "HEARING BEFORE" in "".join(root.find(T + "text").itertext())  # and it stays in the text
    assert _tei("qa-roles.txt").findtext(f".//{T}titleStmt/{T}title") == "qa-roles"  # a sentence is no title


def test_unlabelled_turns_have_no_speaker_element_and_keep_the_bold_question():
    root = _tei("unlabelled-bold-questions.md")
    speeches = list(root.iter(T + "sp"))
    assert len(speeches) == 6 and not list(root.iter(T + "speaker"))
    assert speeches[0].find(f"{T}p/{T}hi").get("rend") == "bold"
    assert len(speeches[1].findall(T + "p")) == 2  # the answer's two paragraphs stay one turn


def test_unlabelled_turns_of_a_role_with_two_people_are_noted_once(tmp_path):
    source = tmp_path / "two-hosts.md"
    source.write_text((TRANSCRIPTS / "unlabelled-nameless.md").read_text(encoding="utf-8") * 2, encoding="utf-8")
    source.with_suffix(".toml").write_text(
        '[[participants]]\nname = "Ada Host"\nrole = "interviewer"\n\n'
        '[[participants]]\nname = "Bo Host"\nrole = "interviewer"\n', encoding="utf-8")
    explanation = convert_file(source).explanation
    assert sum("unlabelled turns: interviewer not named" in line for line in explanation) == 1
