"""The ``tei-edition`` command line: a thin layer that calls the library and turns its errors into one line each."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, NoReturn, Optional

import typer

from .errors import EditionError

app = typer.Typer(
    name="tei-edition",
    help="Interview transcripts to TEI P5 archival masters, HTML reading editions and PDF/A print editions.",
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)

Sources = Annotated[list[Path], typer.Argument(help="Transcript files (.txt, .md, .vtt).", show_default=False)]
OutDir = Annotated[Path, typer.Option("--output", "-o", help="Folder to write into (created if missing).")]


def fail(error: EditionError | str) -> NoReturn:
    """Print one line on stderr and exit 1: the message names the file, the problem and the remedy."""
    typer.echo(f"error: {error}", err=True)
    raise typer.Exit(1)


def warn(message: str) -> None:
    typer.echo(f"warning: {message}", err=True)


@app.command()
def convert(
    sources: Sources,
    output: OutDir = Path("dist/tei"),
    config: Annotated[Optional[Path], typer.Option(help="Corpus config (default: edition.toml beside the source or above it).")] = None,
    encoding: Annotated[Optional[str], typer.Option(help="Text encoding of the sources (default: UTF-8).")] = None,
    label_style: Annotated[Optional[str], typer.Option(help="Force a speaker-label convention instead of detecting it.")] = None,
    explain: Annotated[bool, typer.Option("--explain", help="Say which convention was found and how speakers were resolved.")] = False,
    force: Annotated[bool, typer.Option("--force", help="Overwrite a hand-edited TEI (after writing OUTPUT/<id>.xml.bak).")] = False,
) -> None:
    """Convert transcripts to TEI: writes OUTPUT/<document-id>.xml for each source.

    Each file is validated before it is written, and written atomically: a failure leaves no
    partial file and never replaces a good one. Re-converting into the same folder keeps the ids
    of unchanged and corrected passages; a TEI edited by hand is not overwritten without --force.

    Example:
        tei-edition convert seeds/eir-2000-mizin.txt -o dist/tei --explain
    """
    from .config import load_edition_config
    from .convert import convert_file, write_conversion

    failures = 0
    try:
        corpus = load_edition_config(config) if config else None
    except EditionError as exc:
        fail(exc)
    for source in sources:
        try:
            conversion = convert_file(source, config=corpus, encoding=encoding, label_style=label_style)
            target = write_conversion(conversion, output, force=force)
        except EditionError as exc:
            typer.echo(f"error: {exc}", err=True)
            failures += 1
            continue
        for message in conversion.warnings:
            warn(f"{source}: {message}")
        if explain:
            for line in conversion.explanation:
                typer.echo(f"{source}: {line}")
        typer.echo(f"{source} → {target}")
    if failures:
        raise typer.Exit(1)


@app.command()
def validate(
    files: Annotated[list[Path], typer.Argument(help="TEI files to check.", show_default=False)],
) -> None:
    """Check TEI files against the project's schema and their internal pointers.

    Prints each problem as file:line: message; exits 1 when any file is invalid.

    Example:
        tei-edition validate dist/tei/*.xml
    """
    from .validate import validate_file

    invalid = 0
    for path in files:
        problems = validate_file(path)
        for problem in problems:
            typer.echo(str(problem))
        if problems:
            invalid += 1
        else:
            typer.echo(f"{path}: valid")
    if invalid:
        typer.echo(f"{invalid} of {len(files)} file(s) invalid", err=True)
        raise typer.Exit(1)


@app.command()
def cite(
    file: Annotated[Path, typer.Argument(help="A TEI file written by convert.", show_default=False)],
    passage: Annotated[Optional[str], typer.Argument(help="The xml:id of a paragraph or speech (default: the whole document).")] = None,
    style: Annotated[str, typer.Option(help="chicago, apa, mla, bibtex, ris or csl-json.")] = "chicago",
) -> None:
    """Print a citation of a document, or of one passage, with its permalink.

    Example:
        tei-edition cite dist/tei/eir-2000-mizin.xml eir-2000-mizin-p12 --style bibtex
    """
    from .cite import cite as make_citation

    try:
        typer.echo(make_citation(file, passage, style).rstrip("\n"))
    except EditionError as exc:
        fail(exc)


@app.command()
def resolve(
    reference: Annotated[str, typer.Argument(help="A permalink, DOC#ID, a DTS ref or a bare id.", show_default=False)],
    folder: Annotated[Path, typer.Option("--in", help="Folder of converted TEI files.")] = Path("dist/tei"),
) -> None:
    """Say which document and passage an id points to, and where a retired id now points.

    Example:
        tei-edition resolve https://editions.example.org/interviews/eir-2000-mizin#eir-2000-mizin-p12 --in dist/tei
    """
    from .stable_ids import resolve as find

    try:
        typer.echo(find(reference, folder).describe())
    except EditionError as exc:
        fail(exc)


def main() -> None:  # pragma: no cover - the console script calls app directly
    app(prog_name="tei-edition")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
