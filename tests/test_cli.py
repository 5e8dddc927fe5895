"""The command line: every command documented with an example; thin commands with exact outputs."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from tei_edition.cli import app

from .conftest import SEED

runner = CliRunner()
COMMANDS = sorted(command.name or command.callback.__name__ for command in app.registered_commands)


def test_the_commands_are_all_there():
    assert set(COMMANDS) >= {
        "build", "convert", "validate", "render", "entities", "cite", "resolve", "package", "verify", "metadata"
    }


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output and f"tei-edition {command}" in result.output


def test_convert_then_validate(tmp_path):
    out = tmp_path / "tei"
    result = runner.invoke(app, ["convert", str(SEED), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output.strip().endswith(f"{SEED} → {out / 'eir-2000-mizin.xml'}")
    result = runner.invoke(app, ["validate", str(out / "eir-2000-mizin.xml")])
    assert result.exit_code == 0 and result.output.strip() == f"{out / 'eir-2000-mizin.xml'}: valid"


def test_explain_names_the_convention_and_the_speakers(tmp_path):
    result = runner.invoke(app, ["convert", str(SEED), "-o", str(tmp_path), "--explain"])
    assert "convention: bold" in result.output
    assert "Umberto Pascali" in result.output and "names:" in result.output


def test_a_transcript_without_sidecar_says_what_is_missing(tmp_path):
    source = tmp_path / "plain.txt"
    source.write_text("**Q:** Where were you born?\n\n**Smith:** In Leeds.\n", encoding="utf-8")
    result = runner.invoke(app, ["convert", str(source), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0
    assert "warning: " in result.output and "no sidecar (plain.toml)" in result.output
    assert "the source publication" in result.output and "the interview dates" in result.output


def test_convert_and_entities_take_a_folder_as_build_does(tmp_path):
    folder = tmp_path / "corpus"
    (folder / "part").mkdir(parents=True)
    (folder / "a.txt").write_text("**Q:** When did Anna Lind come?\n\n**Berg:** In 1970, with Anna Lind.\n", encoding="utf-8")
    (folder / "part" / "b.md").write_text("**Q:** And Carl Dahl?\n\n**Berg:** Carl Dahl came later.\n", encoding="utf-8")
    (folder / "notes.pdf").write_bytes(b"%PDF-1.7\n")  # no transcript: not taken
    out = tmp_path / "out"
    result = runner.invoke(app, ["convert", str(folder), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.glob("*.xml")) == ["a.xml", "b.xml"]
    result = runner.invoke(app, ["entities", str(folder), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert "Anna Lind" in result.output and "Carl Dahl" in result.output
    empty = tmp_path / "empty"
    empty.mkdir()
    result = runner.invoke(app, ["convert", str(empty), "-o", str(out)])
    assert result.exit_code == 1 and f"{empty}: no transcripts" in result.output


def test_version_names_the_version_the_headers_record():
    from tei_edition import __version__

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.strip() == f"tei-edition {__version__}"


def test_commands_on_tei_files_do_not_import_the_converter(tmp_path):
    """cite, validate, render and metadata check that no transcript was given (cli.transcript_given); importing the
    suffixes from build had made each of them import the whole converter first (0.17 → 0.56 s for `cite`)."""
    import subprocess
    import sys

    tei = tmp_path / "t.xml"
    tei.write_text("<TEI/>", encoding="utf-8")
    code = ("import sys; from pathlib import Path; from tei_edition.cli import transcript_given; "
            f"assert transcript_given(Path({str(tei)!r})) is None; "
            "print(sorted(m for m in sys.modules if m in ('tei_edition.speakers', 'tei_edition.convert', 'tei_edition.build')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
