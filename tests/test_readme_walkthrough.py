"""README.md walked through as a new user reads it: the options its command table names exist, the sidecar keys it
lists are the ones the config reads, the help's examples print as written, and a small corpus of transcripts of
different shapes builds, rebuilds and packages as its "Batch builds" and "Archival packages" sections say."""

from __future__ import annotations

import re
import shutil

import pytest
from typer.testing import CliRunner

from tei_edition import config
from tei_edition.cli import app

from .conftest import ROOT, SEEDS

runner = CliRunner()
README = (ROOT / "README.md").read_text(encoding="utf-8")
TRANSCRIPTS = ROOT / "tests" / "transcripts"


def _section(title: str) -> str:
    start = README.index(f"\n## {title}\n")
    end = README.find("\n## ", start + 1)
    return README[start:end if end != -1 else None]


def _command_rows() -> list[tuple[str, str]]:
    """(command, the options its row in the README's table names), one per `tei-edition CMD …` in the table."""
    rows = []
    for line in _section("Commands").splitlines():
        if line.startswith("| `tei-edition"):
            for usage in re.findall(r"`(tei-edition [^`]+)`", line.split(" | ")[0]):
                rows.append((usage.split()[1], usage))
    return rows


@pytest.mark.parametrize(("command", "usage"), _command_rows(), ids=[command for command, _ in _command_rows()])
def test_every_option_of_the_readme_table_is_in_the_command_help(command, usage):
    options = set(re.findall(r"(?<![\w-])(--?[a-z][a-z-]*)", usage))
    result = runner.invoke(app, [command, "--help"], terminal_width=200)
    assert result.exit_code == 0
    help_options = set(re.findall(r"(?<![\w-])(--?[a-z][a-z-]*)", result.output))
    assert options <= help_options, f"{usage}: not in `tei-edition {command} --help`: {options - help_options}"


def test_the_readme_table_covers_every_command():
    commands = {command.name or command.callback.__name__ for command in app.registered_commands}
    assert {command for command, _ in _command_rows()} == commands


def test_the_readme_lists_every_sidecar_key_the_config_reads():
    input_section = _section("Input: a corpus")
    for key in config._SIDECAR_KEYS:
        assert re.search(rf"`\[{{0,2}}{key}\]{{0,2}}`", input_section), f"sidecar key {key!r} not in the README"
    assert "`type`" in input_section  # [source]'s only key a reader could not guess from the prose


@pytest.mark.parametrize("command", sorted(command.name or command.callback.__name__
                                           for command in app.registered_commands))
def test_help_examples_keep_their_lines(command):
    """Click rewraps a paragraph unless it is marked: two examples ran into one line, and a long one broke mid-option."""
    result = runner.invoke(app, [command, "--help"], terminal_width=80)
    lines = result.output.splitlines()
    start = lines.index("  Example:")
    end = lines.index("", start)
    examples = [line.strip() for line in lines[start + 1:end]]
    assert examples and all(example.startswith(f"tei-edition {command} ") for example in examples)


def test_label_style_help_names_every_style():
    from tei_edition.readers.labels import STYLES

    result = runner.invoke(app, ["convert", "--help"], terminal_width=200)
    text = " ".join(result.output.split())
    assert all(re.search(rf"(?<![\w-]){re.escape(style)}(?![\w-])", text) for style in STYLES), text


@pytest.fixture
def corpus(tmp_path):
    """Five transcripts of different shapes (YAML front matter, research codes with a sidecar, WebVTT captions, a
    hearing, labels in three scripts), with the seed's edition.toml and register, in a project folder."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in ("front-matter.md", "qualitative-i-b.txt", "podcast-captions.vtt", "hearing.txt",
                 "unicode-names.txt"):
        shutil.copy(TRANSCRIPTS / name, folder / name)
    shutil.copy(SEEDS / "edition.toml", folder / "edition.toml")
    shutil.copy(SEEDS / "register.xml", folder / "register.xml")
    (folder / "qualitative-i-b.toml").write_text(
        'id = "brandt-2020"\nlanguage = "de"\n[interview]\ndates = ["2020-03-12"]\nplace = "Dresden"\n'
        '[[participants]]\nname = "Helga Brandt"\nrole = "interviewee"\nlabels = ["B"]\n'
        '[[participants]]\nname = "Jonas Weber"\nrole = "interviewer"\nlabels = ["I"]\n', encoding="utf-8")
    return folder


def _build(folder, *options):
    return runner.invoke(app, ["build", str(folder), "-o", str(folder.parent / "dist"), "--formats", "tei,html",
                               "--jobs", "1", "--quiet", *options])


def test_a_corpus_builds_rebuilds_and_packages_as_the_readme_says(corpus):
    dist = corpus.parent / "dist"
    result = _build(corpus, "--report", str(corpus.parent / "report.json"))
    assert result.exit_code == 0, result.output
    ids = ["front-matter", "brandt-2020", "podcast-captions", "hearing", "unicode-names"]
    assert {path.name for path in dist.iterdir() if not path.name.startswith(".")} == (
        {f"{i}.xml" for i in ids} | {f"{i}.html" for i in ids} | {"index.html", "register.xml", "manifest.json"})
    assert "5 built, 0 unchanged, 0 failed" in result.output

    result = _build(corpus)  # incremental: nothing changed
    assert result.exit_code == 0 and "0 built, 5 unchanged, 0 failed" in result.output

    hearing = corpus / "hearing.txt"
    hearing.write_text(hearing.read_text(encoding="utf-8").replace("Eleven, Senator.", "Twelve, Senator."),
                       encoding="utf-8")
    result = _build(corpus)  # a changed source
    assert result.exit_code == 0 and "1 built, 4 unchanged, 0 failed" in result.output
    assert "Twelve, Senator." in (dist / "hearing.xml").read_text(encoding="utf-8")

    (corpus / "unicode-names.txt").unlink()  # a removed source takes its outputs, said even with --quiet
    result = _build(corpus)
    assert result.exit_code == 0 and "1 removed" in result.output and "unicode-names.txt" in result.output
    assert not (dist / "unicode-names.xml").exists() and not (dist / "unicode-names.html").exists()

    good = (dist / "hearing.xml").read_bytes()
    hearing.write_text("<html><body><p>An exported page.</p></body></html>", encoding="utf-8")
    result = _build(corpus)  # a broken source fails alone, and keeps its last good outputs
    assert result.exit_code == 1
    failed = [line for line in result.output.splitlines() if line.startswith("failed: ")]
    assert len(failed) == 1 and "hearing.txt: an HTML page" in failed[0]
    assert (dist / "hearing.xml").read_bytes() == good
    result = runner.invoke(app, ["package", str(dist), "-o", str(corpus.parent / "bag")])
    assert result.exit_code == 1 and not (corpus.parent / "bag").exists()
    assert len(result.output.strip().splitlines()) == 1 and "Traceback" not in result.output

    (corpus / "hearing.txt").unlink()  # taken out of the collection: the bag is made, and verifies
    assert _build(corpus).exit_code == 0
    assert runner.invoke(app, ["validate", str(dist)]).exit_code == 0
    result = runner.invoke(app, ["package", str(dist), "-o", str(corpus.parent / "bag")])
    assert result.exit_code == 0, result.output
    assert runner.invoke(app, ["verify", str(corpus.parent / "bag")]).exit_code == 0
    result = runner.invoke(app, ["resolve", "brandt-2020-p3", "--in", str(corpus.parent / "bag")])
    assert result.exit_code == 0 and "In Pirna" in result.output


@pytest.mark.parametrize("args", [
    ["cite", str(SEEDS / "eir-2000-mizin.xml"), "--style", "harvard"],
    ["metadata", str(SEEDS / "eir-2000-mizin.xml"), "--format", "marc"],
    ["build", str(SEEDS), "--formats", "tei,docx"],
    ["build", str(SEEDS), "--encoding", "no-such-codec"],
    ["convert", str(SEEDS), "--label-style", "fancy"],
    ["entities", str(SEEDS), "--format", "xml"],
    ["build", str(SEEDS), "--jobs", "0"],  # typer's own check, for comparison
], ids=lambda args: f"{args[0]}-{args[-2]}")
def test_a_bad_option_value_is_the_readmes_usage_line(args, tmp_path):
    """README: "A usage error is one line too (`error: tei-edition build: invalid value for …; see tei-edition build
    --help`), exit code 2": the project's own checks of a value said neither the command nor where to look."""
    writes = args[0] in ("build", "convert", "metadata")
    result = runner.invoke(app, [*args, "-o", str(tmp_path / "out")] if writes else args)
    command = f"tei-edition {args[0]}"
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "Traceback" not in result.output, result.output
    assert result.output.startswith(f"error: {command}: ") and result.output.rstrip().endswith(f"; see {command} --help")
    assert args[-2] in result.output  # the option
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("command", ["convert", "entities"])
def test_a_source_that_is_not_there_is_said_as_build_says_it(command, tmp_path):
    """The OS's "cannot read the file: No such file or directory" said what but not what to do, and convert wrote the
    other sources' TEI first; build refuses a missing source before any work, and so do they now."""
    missing = tmp_path / "interveiw.txt"
    args = [command, str(SEEDS / "eir-2000-mizin.txt"), str(missing)]
    result = runner.invoke(app, [*args, "-o", str(tmp_path / "out")] if command == "convert" else args)
    assert result.exit_code == 1
    assert result.output == f"error: {missing}: no such file or folder; name transcripts or folders that hold them\n"
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("command", ["render", "cite", "metadata"])
def test_a_tei_file_that_is_not_there_says_what_to_give(command, tmp_path):
    missing = tmp_path / "eir-2000-mizim.xml"
    args = [command, str(missing)] + (["-o", str(tmp_path / "out")] if command != "cite" else [])
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    assert result.output == (f"error: {missing}: cannot read the TEI file: No such file or directory; give a TEI file "
                             "written by convert\n")  # as cite said it


def test_a_register_header_as_the_readme_says_validates_in_dist(tmp_path):
    """README: the register's publicationStmt holds a publisher, an idno and a licence, which `validate dist/` checks.
    Without them `validate dist/` fails on the register's copy (the build, which checks only the entries, does not
    refuse it yet: either may say it, never neither)."""
    assert "a publisher, an idno and a licence" in _section("Input: a corpus")
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(TRANSCRIPTS / "front-matter.md", folder / "front-matter.md")
    shutil.copy(SEEDS / "edition.toml", folder / "edition.toml")
    header = ('<teiHeader><fileDesc><titleStmt><title>Names</title></titleStmt><publicationStmt>{}</publicationStmt>'
              '<sourceDesc><p>By hand.</p></sourceDesc></fileDesc></teiHeader>')
    entries = '<standOff><listPlace><place xml:id="lagos"><placeName>Lagos</placeName></place></listPlace></standOff>'
    full = ('<publisher>A library</publisher><idno type="register">register</idno><availability><licence '
            'target="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</licence></availability>')
    for statement, valid in ((full, True), ("<p>A library</p>", False)):
        (folder / "register.xml").write_text(
            f'<TEI xmlns="http://www.tei-c.org/ns/1.0">{header.format(statement)}{entries}</TEI>', encoding="utf-8")
        built = _build(folder)
        result = runner.invoke(app, ["validate", str(tmp_path / "dist")]) if built.exit_code == 0 else built
        assert (result.exit_code == 0) is valid, result.output
        assert valid or "register.xml" in result.output
