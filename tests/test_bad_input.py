"""Bad input: one clear line naming the file, exit 1, no traceback, nothing written or overwritten."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from tei_edition.cli import app
from tei_edition.convert import convert_bytes
from tei_edition.errors import EditionError

from .conftest import SEED

runner = CliRunner()
TURNS = "**Q:** How did it start?\n\n**Smith:** It started in 1970.\n"


def run_convert(tmp_path: Path, data: bytes, name: str = "t.txt", *extra: str):
    source = tmp_path / name
    source.write_bytes(data)
    out = tmp_path / "out"
    result = runner.invoke(app, ["convert", str(source), "-o", str(out), *extra])
    return result, out


@pytest.mark.parametrize(
    "data, expected",
    [
        (b"", "the file is empty"),
        (b"  \n\n \n", "the file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("**Q:** caf\u00e9?\n\n**A:** oui.\n".encode("latin-1"), "not valid utf-8"),
        (b"**Q:** a bell \x07 rang?\n\n**A:** yes.\n", "U+0007 is not allowed in XML"),
        (b"Just some prose without any speaker.\n\nAnother paragraph.\n", "no speaker turns found"),
        (b"**Q:** an *unclosed emphasis?\n\n**A:** yes.\n", "never closed"),
        (b"**Q:** a **bold start?\n\n**A:** yes.\n", "never closed"),
    ],
    ids=["empty", "blank", "binary", "latin1", "control-char", "no-turns", "unclosed-star", "unclosed-double-star"],
)
def test_bad_input_one_line_exit_1_nothing_written(tmp_path, data, expected):
    result, out = run_convert(tmp_path, data)
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    assert "t.txt" in lines[0] and expected.lower() in lines[0].lower()
    assert "Traceback" not in result.output
    assert not out.exists() or not any(out.iterdir())


def test_non_utf8_points_to_encoding_option_and_it_works(tmp_path):
    data = "**Q:** Caf\u00e9 au lait?\n\n**A:** Oui, s'il vous pla\u00eet.\n".encode("cp1252")
    result, _ = run_convert(tmp_path, data)
    assert "--encoding" in result.output and "line 1" in result.output
    result, out = run_convert(tmp_path, data, "t.txt", "--encoding", "cp1252")
    assert result.exit_code == 0, result.output
    assert "Café au lait" in (out / "t.xml").read_text(encoding="utf-8")


def test_control_character_position_is_reported(tmp_path):
    result, _ = run_convert(tmp_path, b"**Q:** one\n\n**A:** tw\x1bo\n")
    assert "line 3, column 10" in result.output


def test_vertical_tabs_and_form_feeds_end_lines(tmp_path):
    """Word's and FileMaker's text exports write a line break within a paragraph as a vertical tab, typescripts a page
    break as a form feed; XML has neither character, and neither is a word: each ends a line."""
    data = b"**Q:** Where were you\x0bborn?\n\n**A:** In Leeds,\x0cin 1931.\x0b\n"
    result, out = run_convert(tmp_path, data)
    assert result.exit_code == 0, result.output
    text = (out / "t.xml").read_text(encoding="utf-8")
    assert "Where were you born?" in text and "In Leeds, in 1931." in text


def test_unicode_line_and_paragraph_separators_end_lines_and_paragraphs(tmp_path):
    data = "INTERVIEWER: Where were you born?\u2029SMITH: In Leeds.\u2028It was cold.\n\nINTERVIEWER: Then?\n\nSMITH: London.\n"
    result, out = run_convert(tmp_path, data.encode())
    assert result.exit_code == 0, result.output
    text = (out / "t.xml").read_text(encoding="utf-8")
    assert ">Where were you born?</p>" in text and "In Leeds. It was cold." in text
    assert "\u2028" not in text and "\u2029" not in text


def test_utf16_without_byte_order_mark_is_named_and_converts_with_its_encoding(tmp_path):
    for codec in ("utf-16-le", "utf-16-be"):
        data = TURNS.encode(codec)
        result, _ = run_convert(tmp_path, data)
        assert result.exit_code == 1
        assert f"UTF-16 text without a byte-order mark; if it is, pass --encoding {codec}" in result.output
        result, out = run_convert(tmp_path, data, "t.txt", "--encoding", codec, "--force")
        assert result.exit_code == 0, result.output
        assert "It started in 1970." in (out / "t.xml").read_text(encoding="utf-8")


def test_nul_bytes_under_an_explicit_encoding_are_still_refused(tmp_path):
    result, out = run_convert(tmp_path, b"**Q:** one\n\n**A:** tw\x00o\n", "t.txt", "--encoding", "utf-8")
    assert result.exit_code == 1 and "U+0000 is not allowed in XML" in result.output
    assert not out.exists() or not any(out.iterdir())


def test_bom_and_crlf_are_accepted(tmp_path):
    data = b"\xef\xbb\xbf" + TURNS.replace("\n", "\r\n").encode()
    result, out = run_convert(tmp_path, data)
    assert result.exit_code == 0, result.output
    text = (out / "t.xml").read_text(encoding="utf-8")
    assert "\r" not in text and "\ufeff" not in text and "It started in 1970." in text


def test_markup_characters_are_kept_as_text(tmp_path):
    data = b"**Q:** Is 3 < 4 & 5 > 2?\n\n**A:** Yes, <b>always</b> &amp; forever.\n"
    result, out = run_convert(tmp_path, data)
    assert result.exit_code == 0, result.output
    text = (out / "t.xml").read_text(encoding="utf-8")
    assert "Is 3 &lt; 4 &amp; 5 &gt; 2?" in text
    assert "&lt;b&gt;always&lt;/b&gt; &amp;amp; forever." in text


def test_a_failed_conversion_never_replaces_a_good_file(tmp_path):
    result, out = run_convert(tmp_path, TURNS.encode())
    assert result.exit_code == 0
    good = (out / "t.xml").read_bytes()
    result, out = run_convert(tmp_path, b"**Q:** broken *emphasis\n\n**A:** x\n")
    assert result.exit_code == 1
    assert (out / "t.xml").read_bytes() == good
    assert [p.name for p in out.iterdir()] == ["t.xml"]  # no temporary file left behind


def test_one_bad_file_does_not_stop_the_others(tmp_path):
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text(TURNS, encoding="utf-8")
    bad.write_bytes(b"")
    result = runner.invoke(app, ["convert", str(bad), str(good), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert (tmp_path / "out" / "good.xml").exists() and not (tmp_path / "out" / "bad.xml").exists()


def test_missing_file_is_one_line(tmp_path):
    result = runner.invoke(app, ["convert", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.output.strip().count("\n") == 0 and "nope.txt" in result.output


def test_usage_error_exits_2():
    assert runner.invoke(app, ["convert", "--no-such-option"]).exit_code == 2


def test_five_megabyte_transcript_converts_in_seconds(tmp_path):
    body = SEED.read_text(encoding="utf-8").split("**EIR:**", 1)[1]
    turns = "**EIR:**" + body
    data = SEED.read_text(encoding="utf-8").split("**EIR:**", 1)[0] + "\n\n".join([turns] * 560)
    assert len(data.encode()) > 5_000_000
    source = tmp_path / "big.txt"
    source.write_text(data, encoding="utf-8")
    started = time.perf_counter()
    result = runner.invoke(app, ["convert", str(source), "-o", str(tmp_path / "out")])
    elapsed = time.perf_counter() - started
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "big.xml").stat().st_size > 5_000_000
    # not a speed test (benchmarks/ measures speed): a guard against quadratic behaviour only
    assert elapsed < 60


_ALPHABET = st.sampled_from(
    list("ab QZ:*\"“”[]#-.\n\n\t<&>") + ["**Q:** ", "**A:** ", ". . .", "\x00", "\x07", "é", "Mr.", "\r\n", "\\*"]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_any_text_converts_to_valid_tei_or_fails_cleanly(text):
    """Property: whatever the input, the converter gives valid TEI or its own clear error."""
    from tei_edition.validate import validate_tree

    try:
        conversion = convert_bytes(text.encode("utf-8"), Path("/nonexistent/prop.txt"))
    except EditionError as exc:
        assert "prop.txt" in str(exc) and "\n" not in str(exc)
        return
    assert validate_tree(conversion.tree, "prop.xml") == []


def test_a_sidecar_naming_an_unknown_encoding_is_refused(tmp_path):
    (tmp_path / "t.toml").write_text('encoding = "latin-9000"\n', encoding="utf-8")
    result, out = run_convert(tmp_path, TURNS.encode())
    assert result.exit_code == 1
    assert "t.toml" in result.output and "unknown encoding 'latin-9000'" in result.output
    assert not out.exists() or not any(out.iterdir())


@pytest.mark.parametrize(
    "name, data, what",
    [
        ("t.rtf", b"{\\rtf1\\ansi {\\fonttbl {\\f0 Times;}} INTERVIEWER: Where?\\par SMITH: Leeds.\\par}", "an RTF document"),
        ("t.docx", b"PK\x03\x04\x14\x00\x06\x00", "a ZIP archive (a Word .docx"),
        ("t.doc", bytes.fromhex("d0cf11e0a1b11ae1") + bytes(64), "a Word 97-2003 document"),
        ("t.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "a PDF"),
        ("t.html", b"\n<!DOCTYPE html><html><p><b>Q:</b> Where?</p><p><b>A:</b> Leeds.</p></html>", "an HTML page"),
        ("t.txt", b"\xef\xbb\xbf<?xml version='1.0'?><TEI xmlns='http://www.tei-c.org/ns/1.0'/>", "an XML document"),
    ],
    ids=["rtf", "docx", "doc", "pdf", "html", "xml"],
)
def test_documents_of_other_formats_are_named_not_read_as_text(tmp_path, name, data, what):
    """An RTF file is text, and was converted into a TEI of its control words; the others were "binary" or "not
    UTF-8". Each is refused saying what it is and what to do."""
    result, out = run_convert(tmp_path, data, name)
    assert result.exit_code == 1
    line = result.output.strip()
    assert "\n" not in line and line.startswith(f"error: {tmp_path / name}: {what}") and "not a plain-text transcript" in line
    assert ("validate" in line) if what == "an XML document" else ("plain text (UTF-8, .txt)" in line)
    assert not out.exists() or not any(out.iterdir())


def test_an_output_that_is_a_symbolic_link_is_replaced_never_written_through(tmp_path):
    """An output path that is a link (to a web root, to another project) gets the new file in its place: writing
    through the link would change a file outside the output folder, which no command may do."""
    from tei_edition.textio import write_atomic

    outside = tmp_path / "elsewhere.xml"
    outside.write_bytes(b"<kept/>")
    out = tmp_path / "out"
    out.mkdir()
    (out / "t.xml").symlink_to(outside)
    write_atomic(out / "t.xml", b"<new/>")
    assert outside.read_bytes() == b"<kept/>"
    assert not (out / "t.xml").is_symlink() and (out / "t.xml").read_bytes() == b"<new/>"
    assert sorted(p.name for p in out.iterdir()) == ["t.xml"]  # no temporary file left


def test_a_corpus_file_in_a_legacy_encoding_is_told_to_name_it_in_its_sidecar(tmp_path):
    """--encoding applies to every file of a build: the refusal of one cp1250 file among UTF-8 ones names its sidecar,
    and with the encoding there the whole corpus builds."""
    corpus, out = tmp_path / "corpus", tmp_path / "dist"
    corpus.mkdir()
    (corpus / "utf8.txt").write_text(TURNS, encoding="utf-8")
    (corpus / "polish.txt").write_bytes("**Q:** Gdzie się pani urodziła?\n\n**Kowalska:** W Łodzi, w 1931.\n".encode("cp1250"))
    result = CliRunner().invoke(app, ["build", str(corpus), "-o", str(out), "--formats", "tei", "--jobs", "1"])
    assert result.exit_code == 1
    assert 'pass --encoding cp1250 (or encoding = "cp1250" in polish.toml for this file alone)' in result.output
    (corpus / "polish.toml").write_text('encoding = "cp1250"\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["build", str(corpus), "-o", str(out), "--formats", "tei", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert "W Łodzi, w 1931." in (out / "polish.xml").read_text(encoding="utf-8")
