"""Caption files (WebVTT, SubRip): header lines, voice spans, NOTE comments, labels and change marks, SubRip, bad input.

Each test converts a file from tests/data/captions/ (or a few lines written on the spot) and checks the speakers,
the turns' texts and the words: the TEI must carry every word of the captions and nothing of their syntax.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from tei_edition import TEI_NS
from tei_edition.cli import app
from tei_edition.convert import convert_bytes, convert_file
from tei_edition.errors import EditionError, FidelityError, InputError
from tei_edition.fidelity import tei_words, words
from tei_edition.readers import read_interview
from tei_edition.readers.srt import is_subrip
from tei_edition.readers.vtt import is_webvtt

DATA = Path(__file__).resolve().parent / "data" / "captions"
T = "{%s}" % TEI_NS
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
runner = CliRunner()


@pytest.fixture(scope="module")
def validate_tree():
    validate = pytest.importorskip("tei_edition.validate")
    return validate.validate_tree


def turns(root) -> list[tuple[str | None, str]]:
    """Each sp as (speaker as printed, or None; its text with white space normalised)."""
    out = []
    for sp in root.iter(T + "sp"):
        speaker = sp.findtext(T + "speaker")
        text = " ".join(" ".join(p.itertext()) for p in sp.iter(T + "p"))
        out.append((speaker, " ".join(text.split()).replace(" ?", "?").replace(" .", ".")))
    return out


def text_of(root) -> str:
    return " ".join(" ".join(root.find(T + "text").itertext()).split())


def convert(tmp_path: Path, name: str, content: str):
    source = tmp_path / name
    source.write_text(content, encoding="utf-8")
    return convert_file(source)


def check_valid(conversion, tei_all, validate_tree):
    root = conversion.tree.getroot()
    assert tei_all(conversion.tree) == []
    assert [str(p) for p in validate_tree(conversion.tree, conversion.source.name)] == []
    assert tei_words(root) == words(conversion.interview.kept_source)


# -- fault 1: WebVTT header lines (Kind:, Language:), STYLE and REGION blocks, cue identifiers and settings -----


def test_webvtt_header_lines_are_file_metadata_and_language_sets_the_documents(tei_all, validate_tree):
    conversion = convert_file(DATA / "youtube-header.vtt")
    root = conversion.tree.getroot()
    assert conversion.interview.convention == "webvtt"
    assert turns(root) == [
        ("Hanne Gruber", "Grüß Gott, and thank you for coming to the archive today."),
        ("Josef Wimmer", "It is my pleasure."),
        ("Hanne Gruber", "Where were you born?"),
        ("Josef Wimmer", "In Linz, in 1941."),
    ]
    assert root.get(XML_LANG) == "de-AT"
    assert root.find(f".//{T}langUsage/{T}language").get("ident") == "de-AT"
    found = words(text_of(root))
    for syntax in ("Kind", "captions", "Language", "STYLE", "cue", "loud", "REGION", "lower", "align", "position", "line"):
        assert syntax not in found
    assert found[:3] == ["Hanne", "Gruber", "Grüß"]
    assert any("Kind: captions" in line for line in conversion.explanation)
    check_valid(conversion, tei_all, validate_tree)


def test_webvtt_header_without_a_language_leaves_the_language_to_the_edition(tmp_path):
    vtt = "WEBVTT\nKind: captions\nX-TIMESTAMP-MAP=MPEGTS:900000,LOCAL:00:00:00.000\n\n00:00:01.000 --> 00:00:02.000\n<v Ana>Hello.\n"
    root = convert(tmp_path, "a.vtt", vtt).tree.getroot()
    assert root.get(XML_LANG) == "en"  # the edition's default, not a guess
    assert turns(root) == [("Ana", "Hello.")]
    assert "MPEGTS" not in text_of(root)


def test_a_sidecar_language_wins_over_the_webvtt_header(tmp_path):
    source = tmp_path / "b.vtt"
    shutil.copy(DATA / "youtube-header.vtt", source)
    source.with_suffix(".toml").write_text('language = "en"\n', encoding="utf-8")
    assert convert_file(source).tree.getroot().get(XML_LANG) == "en"


# -- fault 2: a cue holding several voices ------------------------------------------------------------------


def test_each_voice_span_of_a_cue_is_a_turn_of_its_own(tei_all, validate_tree):
    conversion = convert_file(DATA / "two-voices.vtt")
    root = conversion.tree.getroot()
    assert turns(root) == [
        ("Ines Carvalho", "Shall we start with the boat? Did it float?"),
        ("Rui Tavares", "Barely!"),
        ("Ines Carvalho", "Ha."),
        ("Rui Tavares", "We bailed water all night."),
        ("Ines Carvalho", "And in the morning?"),
        ("Rui Tavares", "We rowed home."),
    ]
    assert [sp.get("who") for sp in root.iter(T + "sp")] == ["#spk-carvalho", "#spk-tavares"] * 3
    # a turn begun in mid-cue has no start time of its own; the cue's time stays with the turn it began in
    starts = [sp.find(T + "anchor") is not None for sp in root.iter(T + "sp")]
    assert starts == [True, False, False, True, True, False]
    check_valid(conversion, tei_all, validate_tree)


def test_a_repeated_voice_continues_the_turn(tmp_path):
    vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ana>One.</v> <v Ana>Two.</v>\n\n00:00:02.000 --> 00:00:03.000\n<v Ben>Three.\n"
    root = convert(tmp_path, "c.vtt", vtt).tree.getroot()
    assert turns(root) == [("Ana", "One. Two."), ("Ben", "Three.")]


# -- fault 3: NOTE blocks are comments, not speech (kept as notes) ---------------------------------------------------------------


def test_note_blocks_are_kept_as_notes_where_they_stand(tei_all, validate_tree):
    """A NOTE is no speech and no headnote paragraph, but its words are the source's: a note where it stands."""
    conversion = convert_file(DATA / "notes.vtt")
    root = conversion.tree.getroot()
    assert turns(root) == [
        ("Ada Lind", "The notebook cue is a cue, not a note."),
        ("Bo Strand", "Yes, and it keeps its words."),
        ("Ada Lind", "Good."),
    ]
    headnote = root.find(f".//{T}div[@type='headnote']")
    assert headnote.find(T + "p") is None and headnote.get("rend") is None
    assert [" ".join(n.itertext()) for n in headnote.iter(T + "note")] == [
        "Exported from the captioning tool, reviewed by the archive",
        "This file was corrected by hand after the first export.",
    ]
    second = list(root.iter(T + "sp"))[1]
    assert [child.tag for child in second][-2:] == [T + "p", T + "note"]
    assert second.findtext(T + "note") == "a comment between cues"
    assert "NOTE" not in text_of(root)
    assert root.findtext(f".//{T}titleStmt/{T}title") == "Harbour memories"
    decl = " ".join(root.find(f".//{T}editorialDecl").itertext())
    assert "3 NOTE block(s)" in decl and "note elements" in decl
    assert any("NOTE blocks" in line and "3, 5, 16" in line for line in conversion.explanation)
    check_valid(conversion, tei_all, validate_tree)


# -- labels and change marks where a cue has no voice tag ------------------------------------------------------


def test_labels_and_dashes_work_in_webvtt_without_voice_tags(tmp_path):
    vtt = (
        "WEBVTT\nKind: captions\nLanguage: en\n\n"
        "00:00:01.000 --> 00:00:02.000\n>> HOST: Welcome back.\n\n"
        "00:00:02.500 --> 00:00:04.000\n>> Thanks.\n\n"
        "00:00:04.500 --> 00:00:06.000\n- HOST: Ready?\n- Ready.\n"
    )
    root = convert(tmp_path, "y.vtt", vtt).tree.getroot()
    assert turns(root) == [("HOST", "Welcome back."), (None, "Thanks."), ("HOST", "Ready?"), (None, "Ready.")]


# -- fault 4: SubRip ---------------------------------------------------------------------------------------------

SRT_TURNS = [
    ("NARRATOR", "Recorded at the lighthouse, in the spring of 1978."),
    ("TOVE", "My father kept the light for thirty years. He never missed a night."),
    ("ANSGAR", "Not one?"),
    (None, "Not one night."),
    (None, "Even in the storms?"),
    ("TOVE", "Even then. laughs He said the ships needed him. applause"),
    ("ANSGAR", "That was in 1953. Note: the log book says 1954."),
    (None, "And the keeper's house?"),
    ("TOVE", "Gone now."),
    ("ANSGAR", "Thank you, Tove."),
]


def test_subrip_cues_become_turns_by_labels_and_dialogue_dashes(tei_all, validate_tree):
    conversion = convert_file(DATA / "ice-interview.srt")
    root = conversion.tree.getroot()
    assert conversion.interview.convention == "subrip"
    assert turns(root) == SRT_TURNS
    who = [sp.get("who") for sp in root.iter(T + "sp")]
    # a dash or ">>" without a name: a turn whose speaker is not known, never the one participant known so far
    assert who == ["#spk-narrator", "#spk-tove", "#spk-ansgar", "#spk-speaker", "#spk-speaker", "#spk-tove",
                   "#spk-ansgar", "#spk-speaker", "#spk-tove", "#spk-ansgar"]
    people = {p.get(XML_ID): p.findtext(T + "persName") for p in root.iter(T + "person")}
    assert people["spk-speaker"] == "unnamed speaker"
    assert [d.text for d in root.iter(T + "desc")] == ["laughs", "applause"]  # <laughs> is text, not a tag
    # cue numbers, timings, tags and position codes are not text; every cue's start is on the timeline
    found = words(text_of(root))
    for syntax in ("000", "00", "font", "color", "ffff00", "an8", "i", "b"):
        assert syntax not in found
    whens = [w.get("interval") for w in root.iter(T + "when")][1:]
    assert whens == ["0.5", "3.2", "6.2", "9", "11.1", "14.2", "17.1", "19.2", "21.6"]
    assert [a.get("synch") for a in root.find(T + "text").iter(T + "anchor")][:3] == [
        "#ice-interview-t1", "#ice-interview-t2", "#ice-interview-t3"]
    check_valid(conversion, tei_all, validate_tree)


def test_subrip_is_detected_by_content_not_by_name(tmp_path):
    source = tmp_path / "export.txt"
    shutil.copy(DATA / "ice-interview.srt", source)
    conversion = convert_file(source)
    assert conversion.interview.convention == "subrip"
    assert turns(conversion.tree.getroot()) == SRT_TURNS


@pytest.mark.parametrize(
    "text, expected",
    [
        ("1\n00:00:01,000 --> 00:00:02,000\nHi.\n", True),
        ("\ufeff\n\n12\n00:00:01,000 --> 00:00:02,000\nHi.\n", True),
        ("00:00:01,000 --> 00:00:02,000\nHi.\n", True),  # no cue numbers
        ("1\n00:00:01.000 -> 00:00:02.000\nHi.\n", False),  # no arrow: not a cue
        ("1\nThe first point.\n", False),
        ("SMITH: 1\n00:00:01,000 --> x\n", False),
        ("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHi.\n", False),
    ],
)
def test_subrip_detection(text, expected):
    assert is_subrip(text) is expected


def test_subrip_cues_of_one_speaker_are_one_turn_and_an_unlabelled_start_is_the_headnote(tmp_path):
    srt = (
        "1\n00:00:01,000 --> 00:00:02,000\nLive from the studio.\n\n"
        "2\n00:00:02,500 --> 00:00:04,000\nLENA: We begin.\n\n"
        "3\n00:00:04,500 --> 00:00:06,000\nLENA: With the weather.\n\n"
        "4\n00:00:06,500 --> 00:00:08,000\nMIKA: It rained.\n\n"
        "5\n00:00:08,500 --> 00:00:09,000\nMIKA: All week.\n"
    )
    conversion = convert(tmp_path, "s.srt", srt)
    root = conversion.tree.getroot()
    assert turns(root) == [("LENA", "We begin. With the weather."), ("MIKA", "It rained. All week.")]
    assert " ".join(root.find(f".//{T}div[@type='headnote']").itertext()).split() == ["Live", "from", "the", "studio."]
    assert any("line 3" in w and "headnote" in w for w in conversion.warnings)


def test_a_label_that_occurs_once_is_not_a_speaker(tmp_path):
    srt = (
        "1\n00:00:01,000 --> 00:00:02,000\nLENA: The plan was simple.\n\n"
        "2\n00:00:02,500 --> 00:00:04,000\nStep one: find a boat.\n\n"
        "3\n00:00:04,500 --> 00:00:06,000\nMIKA: And step two?\n\n"
        "4\n00:00:06,500 --> 00:00:08,000\nLENA: Row.\n\n"
        "5\n00:00:08,500 --> 00:00:09,000\nMIKA: Right.\n"
    )
    root = convert(tmp_path, "s.srt", srt).tree.getroot()
    assert turns(root) == [
        ("LENA", "The plan was simple. Step one: find a boat."), ("MIKA", "And step two?"), ("LENA", "Row."), ("MIKA", "Right."),
    ]


# -- fault 5: bad captions input: one clear line, never a traceback ----------------------------------------------


@pytest.mark.parametrize(
    "name, data, expected",
    [
        ("a.srt", "1\n00:00:01,000 --> 00:00:02,000\nHello there.\n\n2\n00:00:02,000 -> 00:00:03,000\nBye.\n",
         "line 6: '00:00:02,000 -> 00:00:03,000' is not a SubRip timing line"),
        ("b.srt", "1\n00:00:01,000 --> 00:00:02,000\nLENA: Hello.\n\nand a stray line\n", "line 5: text outside a cue"),
        ("c.srt", "1\n00:00:01,000 --> 00:00:02,000\nHello.\n\n2\n00:00:02,000 --> 00:00:03,000\nBye.\n",
         "no speaker turns found: this SubRip file marks no speakers"),
        ("d.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ana>Hi.\n\nstray text\nmore\n", "line 6: a WebVTT cue without a valid timing line"),
        ("e.vtt", "WEBVTT\n\n00:00:01,000 --> 00:00:02,000\n<v Ana>Hi.\n", "line 3: a WebVTT cue without a valid timing line"),
        ("f.vtt", "WEBVTT\nKind: captions\n", "no speaker turns found: this WebVTT file has no voice tags"),
        ("g.srt", "1\n00:00:01,000 --> 00:00:02,000\n", "no speaker turns found"),
        ("h.srt", "1\n00:00:01,000 --> 00:00:02,000\nLENA: Hi.\n2\n00:00:02,000 --> 00:00:03,000\nLENA: Yo.\n",
         "line 5: a timing line inside the text of the cue before it"),
        ("i.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ana>Hi.\n00:00:02.000 --> 00:00:03.000\n<v Ana>Yo.\n",
         "line 5: a timing line inside the text of the cue before it"),
    ],
    ids=["srt-bad-timing", "srt-stray-text", "srt-no-speakers", "vtt-stray-text", "vtt-srt-timing", "vtt-header-only",
         "srt-empty-cue", "srt-cues-run-together", "vtt-cues-run-together"],
)
def test_bad_captions_get_one_line(tmp_path, name, data, expected):
    source = tmp_path / name
    source.write_text(data, encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["convert", str(source), "-o", str(out)])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.output, result.output
    assert lines[0].startswith(f"error: {source}: ") and expected in lines[0], lines[0]
    assert not out.exists() or not any(out.iterdir())


def test_a_turn_without_text_is_kept_and_reported(tmp_path):
    vtt = ("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ana>Hi.\n\n00:00:02.000 --> 00:00:03.000\n>>\n\n"
           "00:00:03.000 --> 00:00:04.000\n<v Ben></v>\n\n00:00:04.000 --> 00:00:05.000\n<v Ana>Bye.\n")
    conversion = convert(tmp_path, "e.vtt", vtt)
    assert turns(conversion.tree.getroot()) == [("Ana", "Hi."), (None, ""), ("Ben", ""), ("Ana", "Bye.")]
    assert "line 7: the turn of an unnamed speaker has no text" in " ".join(conversion.warnings)
    assert "line 10: the turn of 'Ben' has no text" in " ".join(conversion.warnings)


_CUE_TEXT = st.text(alphabet=st.sampled_from(list("abc XYZ:-[]()<>&;.!?*>{}\\é9")), min_size=0, max_size=30)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=st.lists(st.lists(_CUE_TEXT, min_size=0, max_size=3), min_size=1, max_size=5), vtt=st.booleans())
def test_any_caption_text_converts_or_gets_an_input_error(tmp_path, lines, vtt):
    """Whatever the cues say, the reader either converts every word or says what is wrong: never a traceback
    and never a lost word (a FidelityError would be a reader bug)."""
    separator = "." if vtt else ","
    cues = [
        f"{n}\n00:00:{n:02d}{separator}000 --> 00:00:{n + 1:02d}{separator}000\n" + "\n".join(t for t in payload if t.strip())
        for n, payload in enumerate(lines, start=1)
    ]
    text = ("WEBVTT\n\n" if vtt else "") + "\n\n".join(cues) + "\n"
    try:
        convert_bytes(text.encode("utf-8"), tmp_path / ("f.vtt" if vtt else "f.srt"))
    except FidelityError:
        raise
    except EditionError:
        pass


def test_readers_are_chosen_by_content():
    srt = (DATA / "ice-interview.srt").read_text(encoding="utf-8")
    assert is_subrip(srt) and not is_webvtt(srt)
    assert read_interview(srt, "x.txt").convention == "subrip"
    assert read_interview((DATA / "notes.vtt").read_text(encoding="utf-8"), "x.txt").convention == "webvtt"
    with pytest.raises(InputError):
        read_interview("1\n00:00:01,000 --> 00:00:02,000\nNo speaker here.\n", "x.srt")


def test_a_note_inside_a_turn_lets_the_turn_go_on_in_a_new_paragraph(tmp_path):
    vtt = ("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ana>One.\n\nNOTE checked\n\n"
           "00:00:02.000 --> 00:00:03.000\n<v Ana>Two.\n\n00:00:03.000 --> 00:00:04.000\n<v Ben>Three.\n")
    root = convert(tmp_path, "n.vtt", vtt).tree.getroot()
    first = next(root.iter(T + "sp"))
    assert [child.tag.split("}")[1] for child in first if child.tag != T + "anchor"] == ["speaker", "p", "note", "p"]
    assert [" ".join(p.itertext()).split() for p in first.iter(T + "p")] == [["One."], ["Two."]]


def test_a_bracketed_sound_that_recurs_is_no_speaker(tmp_path):
    srt = ("1\n00:00:01,000 --> 00:00:02,000\nJOHN: Get down!\n\n2\n00:00:02,000 --> 00:00:03,000\n[GUNFIRE] They found us.\n\n"
           "3\n00:00:03,000 --> 00:00:04,000\nMARY: Run to the car.\n\n4\n00:00:04,000 --> 00:00:05,000\n[GUNFIRE]\n\n"
           "5\n00:00:05,000 --> 00:00:06,000\nJOHN: Go!\n")
    root = convert(tmp_path, "g.srt", srt).tree.getroot()
    assert [label for label, _ in turns(root)] == ["JOHN", "MARY", "JOHN"]
    assert "GUNFIRE" not in {p.findtext(f"{T}persName") for p in root.iter(T + "person")}
    assert "They found us." in turns(root)[0][1]
