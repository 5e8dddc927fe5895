"""The ``tei-edition`` command line: a thin layer that calls the library and turns its errors into one line each."""

from __future__ import annotations

import errno
import functools
import os
import sys
import warnings
from enum import Enum
from pathlib import Path
from typing import Annotated, NoReturn, Optional

import typer
from typer.core import TyperGroup

from .errors import EditionError

#: What click raises for a bad command line, and what it can say: typer (≥ 0.2x, which carries its own click) makes
#: it typer.TyperException; before, click's ClickException. Either way it has ``exit_code`` and ``format_message()``.
if hasattr(typer, "TyperException"):
    _CommandLineError = typer.TyperException
else:  # pragma: no cover - typer before its own click
    from click import ClickException as _CommandLineError


def usage_line(error, command: str = "tei-edition") -> str:
    """Click's usage error as the project's one line: the command, what is wrong (click names the option or the
    argument), what to do. Click prints it in four: the usage, a hint, a blank line and "Error: …". ``command`` is
    what to name where click's error has no context (an option's missing value)."""
    context = getattr(error, "ctx", None)
    command = context.command_path if context is not None else command
    message = " ".join(error.format_message().split()).rstrip(".")
    message = message.replace(": Value error, ", ": ")  # typer's validation wording, which adds nothing
    message = message[:1].lower() + message[1:]
    return f"{command}: {message}; see {command} --help"


class OneLineErrors(TyperGroup):
    """The command group, run so that a usage error (an unknown option, a missing argument, a value out of range)
    is one line on stderr and exit code 2, as every other error is one line. Typer prints click's four lines and
    exits in click's standalone mode; the public ``standalone_mode=False`` hands the error (and an exit code) back
    instead, and this says it and exits."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        try:
            code = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except _CommandLineError as error:
            given = list(args) if args is not None else sys.argv[1:]
            command = " ".join(["tei-edition", *[a for a in given if a in self.commands][:1]])
            if type(error).__name__ == "NoArgsIsHelpError":  # `tei-edition` alone: the help, as before
                error.show()
            elif getattr(error, "ctx", None) is not None or error.exit_code == 2:
                typer.echo(f"error: {usage_line(error, command)}", err=True)
            else:  # a file click could not open, say
                typer.echo(f"error: {' '.join(error.format_message().split())}", err=True)
            sys.exit(error.exit_code)
        except typer.Abort:
            typer.echo("aborted", err=True)
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else 0)


app = typer.Typer(
    name="tei-edition",
    help="Interview transcripts to TEI P5 archival masters, HTML reading editions and PDF/A print editions.",
    cls=OneLineErrors,
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)


def _print_version(value: bool) -> None:
    if value:
        from . import __version__

        typer.echo(f"tei-edition {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", callback=_print_version, is_eager=True,
                                          help="Print the version (the one the TEI headers and reports name) and exit.")] = False,
) -> None:
    # the options before any command; the app's help is Typer's ``help`` above
    return None


Sources = Annotated[list[Path], typer.Argument(help="Transcript files (.txt, .md, .vtt, .srt), or folders of them.", show_default=False)]
OutDir = Annotated[Path, typer.Option("--output", "-o", help="Folder to write into (created if missing).")]


def transcripts(sources: list[Path]) -> list[Path]:
    """The sources with each folder replaced by the transcripts in it, as `build` finds them; a path that is not
    there is refused as `build` refuses it, before any file is converted (InputError)."""
    from .build import discover_sources

    return [found for source in sources
            for found in (discover_sources([source]) if source.is_dir() or not os.path.lexists(source) else [source])]


def transcript_given(file: Path) -> str | None:
    """The message for a transcript (or a word-processor file) given where a TEI file is wanted, else None: without it
    the XML parser's "Start tag expected, '<' not found" was all a user learnt. A .txt that holds XML is let through."""
    from .textio import DOCUMENT_SUFFIXES, SOURCE_SUFFIXES  # not from build, which imports the converter

    if file.suffix.lower() not in SOURCE_SUFFIXES + DOCUMENT_SUFFIXES or not file.is_file():
        return None
    try:
        with file.open("rb") as stream:
            start = stream.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
    except OSError:
        return None  # the command's own reading says what is wrong
    if start.startswith(b"<"):
        return None
    return (f"{file}: a transcript, not a TEI file; convert it first (tei-edition convert {file} -o dist), "
            f"or build its folder (tei-edition build {file.parent} -o dist)")


def page_given(file: Path) -> str | None:
    """The message for an HTML page (a reading edition, the print HTML, the index page) given where a TEI file is
    wanted, else None: the XML parser's "Opening and ending tag mismatch: wbr" and a request to validate it were all a
    user learnt."""
    try:
        with file.open("rb") as stream:
            start = stream.read(256).lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    except OSError:
        return None  # the command's own reading says what is wrong
    if not start.startswith((b"<!doctype html", b"<html")):
        return None
    tei = file.with_name(file.name[:-len(file.suffix)].removesuffix(".print") + ".xml") if file.suffix else None
    beside = f" ({tei.name}, beside it)" if tei is not None and tei != file and tei.is_file() else ""
    return f"{file}: an HTML page, not a TEI file; give the edition's TEI file{beside}"


def not_an_edition(file: Path) -> str | None:
    """The message for a file given where an edition's TEI is wanted (render, cite, metadata) that is none: a
    transcript, a PDF (the print edition: its TEI is beside it), or the register a build writes beside the
    editions, whose page, citation or record would describe an interview. None for anything else: the command's
    own reading says what else may be wrong."""
    from .register import NOT_AN_EDITION, is_register

    if not os.path.lexists(file):  # render and metadata said 'cannot read: No such file or directory', no remedy
        return f"{file}: cannot read the TEI file: {os.strerror(errno.ENOENT)}; give a TEI file written by convert"
    if file.is_dir():  # 'cannot read: Is a directory' was all it said
        example = next((f for f in sorted(file.glob("*.xml")) if f.is_file() and not is_register(f)), None)
        return f"{file}: a folder, not a TEI file; name the TEI files in it" + (f" ({example}, …)" if example else "")
    if problem := transcript_given(file) or page_given(file):
        return problem
    try:
        with file.open("rb") as stream:
            is_pdf = stream.read(5) == b"%PDF-"
    except OSError:
        return None
    if is_pdf:
        return f"{file}: a PDF, not a TEI file; give the edition's TEI ({file.with_suffix('.xml').name}, beside it in dist/)"
    if is_register(file):
        return f"{file}: {NOT_AN_EDITION}; give an edition's TEI file"
    return None


def editions_only(files: list[Path]) -> list[Path]:
    """``files`` without the register a build writes beside the editions, when editions are given too
    (``dist/*.xml`` names it): each register passed over is said in a warning. Alone, it is left for the command
    to refuse."""
    from .register import NOT_AN_EDITION, is_register

    registers = [file for file in files if is_register(file)]
    if not registers or len(registers) == len(files):
        return files
    for register in registers:
        warn(f"{register}: {NOT_AN_EDITION}; passed over")
    return [file for file in files if file not in registers]


def fail(error: EditionError | str) -> NoReturn:
    """Print one line on stderr and exit 1: the message names the file, the problem and the remedy."""
    typer.echo(f"error: {error}", err=True)
    raise typer.Exit(1)


def one_line_errors(command):
    """A system error the library did not foresee (a folder that cannot be written, a disk that is full) is one
    line naming the path too, not a traceback."""

    @functools.wraps(command)
    def guarded(*args, **kwargs):
        from .errors import name_problem

        for value in kwargs.values():  # a path lxml, the manifest and the report cannot write (not UTF-8 text)
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, Path) and (problem := name_problem(item)):
                    fail(problem)
        try:
            return command(*args, **kwargs)
        except BrokenPipeError:
            # the reader of the output went away (`… | head`): stop quietly, as other command-line tools do; what
            # is still buffered for it goes nowhere, not into a second error at exit
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise typer.Exit(1)
        except OSError as error:
            from .errors import os_error_message

            fail(os_error_message(error))

    return guarded


def usage_error(problem: str | None, command: str) -> None:
    """A bad option value of ``command``, if there is one: one line and exit code 2, worded as typer's own checks
    are (the command, the problem, its --help), so that every usage error reads alike."""
    if problem:
        typer.echo(f"error: tei-edition {command}: {problem}; see tei-edition {command} --help", err=True)
        raise typer.Exit(2)


def _encoding_problem(encoding: str | None) -> str | None:
    from .textio import encoding_problem

    problem = encoding_problem(encoding)
    return f"--encoding: {problem}" if problem else None


def _label_style_problem(label_style: str | None) -> str | None:
    from .readers.labels import STYLES

    if label_style is not None and label_style not in STYLES:
        return f"--label-style takes one of {', '.join(STYLES)}; got {label_style!r}"
    return None


def check_source_date() -> None:
    """A SOURCE_DATE_EPOCH that dates nothing, said once before anything is converted (see config.source_date)."""
    from .config import source_date

    try:
        source_date()
    except EditionError as error:
        fail(error)


def warn(message: str) -> None:
    typer.echo(f"warning: {message}", err=True)


@app.command()
@one_line_errors
def convert(
    sources: Sources,
    output: OutDir = Path("dist/tei"),
    config: Annotated[Optional[Path], typer.Option(help="Corpus config (default: edition.toml beside the source or above it).")] = None,
    encoding: Annotated[Optional[str], typer.Option(help="Text encoding of the sources (default: UTF-8).")] = None,
    label_style: Annotated[Optional[str], typer.Option(help="Force a speaker-label convention instead of detecting it: bold, plain, label-line, "
                                                                  "record, dash or bold-questions (the names --explain reports).")] = None,
    explain: Annotated[bool, typer.Option("--explain", help="Say which convention was found and how speakers were resolved.")] = False,
    force: Annotated[bool, typer.Option("--force", help="Overwrite a hand-edited TEI (after writing OUTPUT/<id>.xml.bak).")] = False,
) -> None:
    """Convert transcripts to TEI: writes OUTPUT/<document-id>.xml for each source.

    Each file is validated before it is written, and written atomically: a failure leaves no
    partial file and never replaces a good one. Re-converting into the same folder keeps the ids
    of unchanged and corrected passages; a TEI edited by hand is not overwritten without --force.

    \b
    Example:
        tei-edition convert seeds/eir-2000-mizin.txt -o dist/tei --explain
    """
    from .build import id_clash
    from .config import load_edition_config
    from .errors import name_problem
    from .convert import convert_file, write_conversion

    usage_error(_encoding_problem(encoding) or _label_style_problem(label_style), "convert")  # once, not once per source
    check_source_date()

    from .errors import InputError, output_folder

    failures = 0
    try:
        sources = transcripts(sources)
        corpus = load_edition_config(config) if config else None
        output_folder(output)
    except EditionError as exc:
        fail(exc)
    claimed: dict[str, tuple[str, str]] = {}  # document id, case-folded → the source that has it in this run, the id
    # the folder's files, case-folded: an earlier run's Harbour-A.xml is the file harbour-a.xml on macOS's and
    # Windows's disks, which convert then read for its ids and replaced (the build's manifest tells it so)
    present = {name.casefold(): name for name in os.listdir(output)}
    for source in sources:
        if problem := name_problem(source):
            typer.echo(f"error: {problem}", err=True)
            failures += 1
            continue
        try:
            conversion = convert_file(source, config=corpus, encoding=encoding, label_style=label_style)
            if clash := id_clash(claimed, conversion.document_id, os.path.realpath(source), source):
                raise InputError(clash, path=source)  # as build: ids that differ only in case too
            name = f"{conversion.document_id}.xml"
            if present.get(name.casefold(), name) != name:
                raise InputError(f"document id {conversion.document_id!r} differs only in case from that of "
                                 f"{output / present[name.casefold()]}, written before (one file name on a disk that "
                                 "ignores case, as macOS's and Windows's do); give this transcript its own id in its "
                                 f'sidecar ({source.with_suffix(".toml").name}: id = "…"), or remove that file',
                                 path=source)
            if (output / f"{conversion.document_id}.xml").resolve() == source.resolve():  # not even with --force
                raise InputError("the TEI would be written over this transcript itself (same name, same folder); "
                                 "give another output folder (-o)", path=source)
            target = write_conversion(conversion, output, force=force)
        except EditionError as exc:
            typer.echo(f"error: {exc}", err=True)
            failures += 1
            continue
        except OSError as exc:  # writing it: a full disk, a folder in the place of the file
            from .errors import unwritten_message

            typer.echo(f"error: {unwritten_message(exc, source, output, 'its TEI')}", err=True)
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


class RenderFormat(str, Enum):
    """Outputs of ``render``: the HTML reading edition, the PDF-ready print HTML, the PDF/A print edition."""

    html = "html"
    print = "print"
    pdf = "pdf"


class Paper(str, Enum):
    """Paper sizes of the print edition."""

    a4 = "a4"
    letter = "letter"


@app.command()
@one_line_errors
def render(
    files: Annotated[list[Path], typer.Argument(help="TEI files to render.", show_default=False)],
    to: Annotated[RenderFormat, typer.Option("--to", help="Output format.")] = RenderFormat.html,
    output: OutDir = Path("dist/html"),
    paper: Annotated[Paper, typer.Option("--paper", help="Paper size of --to pdf and --to print (render reads no edition.toml: give its paper here).")] = Paper.a4,
    tagged: Annotated[bool, typer.Option(
        "--tagged", help="--to pdf as PDF/A-3a: tagged, for screen readers (about 17 % slower, 20 % larger).")] = False,
) -> None:
    """Render TEI files to the reading edition: OUTDIR/<document-id>.html, one self-contained page each.

    --to pdf writes the print edition as PDF/A-3b with the TEI embedded (OUTDIR/<document-id>.pdf; with --tagged
    PDF/A-3a, whose structure tree screen readers read);
    --to print writes its PDF-ready HTML (OUTDIR/<document-id>.print.html). An invalid TEI file gets the
    validator's message and no output. The stylesheets are compiled once for all files. Stylesheet messages
    (an element no template handles, a name pointing nowhere) are printed as warnings.

    \b
    Example:
        tei-edition render dist/tei/*.xml --to html -o dist/html
        tei-edition render dist/tei/*.xml --to pdf --paper letter -o dist/pdf
    """
    if to is RenderFormat.pdf:
        check_source_date()  # it dates the PDF
    if to is RenderFormat.html:
        from .render import render_files
    else:
        from .pdf import render_files
        render_files = functools.partial(render_files, paper=paper.value, tagged=tagged)

    from .errors import output_folder

    try:
        output_folder(output)
    except EditionError as error:
        fail(error)
    failures = 0
    claimed: dict[Path, Path] = {}  # output → the file it was rendered from in this run
    for file in editions_only(files):  # a file that fails does not stop the others
        if problem := not_an_edition(file):
            typer.echo(f"error: {problem}", err=True)
            failures += 1
            continue
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                written = render_files([file], output, to=to.value, claimed=claimed)
            except EditionError as error:
                typer.echo(f"error: {error}", err=True)
                failures += 1
                continue
        for warning in caught:
            warn(str(warning.message))
        for path in written:
            typer.echo(str(path))
    if failures:
        raise typer.Exit(1)


@app.command()
@one_line_errors
def validate(
    files: Annotated[list[Path], typer.Argument(help="TEI files, PDFs, or folders of them (a built dist/, a BagIt bag).", show_default=False)],
) -> None:
    """Check TEI files against the project's schema and their internal pointers, and apply archival checks.

    A .xml file must also state its licence; a .pdf must be PDF/A; a folder with bagit.txt must match its
    checksums. A folder's TEI files and PDFs (a bag's payload) are each checked too. Prints each problem as
    file:line: message; exits 1 when any file is invalid.

    \b
    Example:
        tei-edition validate dist/
        tei-edition validate dist/*.xml bags/interviews
    """
    from .archival import check_bag, check_build_manifest, check_path, files_to_check
    from .package import build_output_problems, is_bag, record_problems
    from .validate import validate_file

    checked = invalid = 0
    for argument in files:
        paths = [argument]
        named_by_bag: set[Path] = set()  # files the bag's checksums already named: not then said to be valid
        if argument.is_dir():  # a bag's checksums first (the folder itself), then each TEI file and PDF in it
            paths = ([argument] if is_bag(argument) else []) + files_to_check(argument)
            if damaged := check_build_manifest(argument):  # its outputs cannot be compared with the build's record
                typer.echo(str(damaged[0]))
                checked, invalid = checked + 1, invalid + 1
            # an output gone (which no file check can name), or an HTML page changed (which is not checked below)
            # and the catalogue records of a dist folder's metadata/, which package would refuse to seal
            records = [] if is_bag(argument) else record_problems(argument, paths)
            for problem in build_output_problems(argument, paths) + records:
                typer.echo(str(problem))
                checked, invalid = checked + 1, invalid + 1
            if not paths:
                typer.echo(f"{argument}: no TEI files or PDFs in this folder; give the folder a build wrote")
                checked, invalid = checked + 1, invalid + 1
        for path in paths:
            from .errors import name_problem

            # a folder's file named in another encoding; a transcript or a page given for a TEI file
            if problem := name_problem(path) or transcript_given(path) or (path.is_file() and page_given(path)):
                problems = [problem]
            elif path.is_dir() and is_bag(path):
                cautions: list[str] = []
                problems = check_bag(path, cautions)
                named_by_bag = {Path(problem.path) for problem in problems}
                for message in cautions:
                    warn(f"{path}: {message}")
            elif path.is_dir() or path.suffix.lower() == ".pdf":
                problems = check_path(path)
            else:
                problems = validate_file(path) + check_path(path)
            for problem in problems:
                typer.echo(str(problem))
            if not problems and path in named_by_bag:
                continue  # changed since bagging: valid as TEI or PDF, but not the file the bag sealed
            checked += 1
            if problems:
                invalid += 1
            else:
                typer.echo(f"{path}: valid" if not path.is_dir() else f"{path}: bag complete, checksums match")
    if invalid:
        typer.echo(f"{invalid} of {checked} checked invalid", err=True)
        raise typer.Exit(1)


@app.command()
@one_line_errors
def package(
    dist: Annotated[Path, typer.Argument(help="The built editions (the folder `tei-edition build` wrote).", show_default=False)],
    output: Annotated[Path, typer.Option("--output", "-o", help="The bag folder to write.", show_default=False)],
    force: Annotated[bool, typer.Option("--force", help="Replace an existing bag (only once the new one is complete).")] = False,
    config: Annotated[Optional[Path], typer.Option(
        "--config", help="The edition.toml the editions were built with: its contact settings go into bag-info.txt, "
        "its title names the collection's records.", show_default=False)] = None,
) -> None:
    """Package built editions as a BagIt bag: data/ with TEI, HTML, PDF, register and DC/MODS records.

    SHA-256 and SHA-512 manifests; bag-info.txt from the teiHeaders and --config's contacts (Bagging-Date from
    SOURCE_DATE_EPOCH when set). Written atomically: a failure leaves no half bag.

    \b
    Example:
        tei-edition package dist -o bags/interviews --config seeds/edition.toml
    """
    from .config import load_edition_config
    from .package import package as make_package
    from .package import verify

    try:
        bag = make_package(dist, output, overwrite=force, config=load_edition_config(config) if config else None)
    except EditionError as exc:
        fail(exc)
    except KeyboardInterrupt:
        typer.echo("interrupted: no half-made bag is left (a bag it replaces stays until the new one is whole); "
                   "package again", err=True)
        raise typer.Exit(130)
    typer.echo(f"{dist} → {bag} ({verify(bag).files} files in data/)")


@app.command()
@one_line_errors
def verify(
    bag: Annotated[Path, typer.Argument(help="A BagIt bag folder.", show_default=False)],
) -> None:
    """Verify a bag: names every file that changed, is missing or was added; exits 1 if any.

    \b
    Example:
        tei-edition verify bags/interviews
    """
    from .package import verify as verify_bag

    try:
        report = verify_bag(bag)
    except EditionError as exc:
        fail(exc)
    for problem in report.problems():
        typer.echo(str(problem))
    for message in report.warnings:
        warn(f"{bag}: {message}")
    if not report.ok:
        count = len(report.changed) + len(report.missing) + len(report.added) + len(report.errors)
        problems = "1 problem" if count == 1 else f"{count} problems"
        typer.echo(f"error: {bag}: the bag does not verify ({problems}); restore the files named from a good copy",
                   err=True)
        raise typer.Exit(1)
    typer.echo(f"{bag}: valid bag ({report.files} files in data/, checksums match)")


@app.command()
@one_line_errors
def metadata(
    files: Annotated[list[Path], typer.Argument(help="TEI files.", show_default=False)],
    output: OutDir = Path("dist/metadata"),
    format: Annotated[list[str], typer.Option("--format", "-f", help="dc or mods (repeatable; default: both).")] = [],
    collection: Annotated[bool, typer.Option(
        help="Also write collection.dc.xml / collection.mods.xml (every record) and collection-level.mods.xml (the "
        "collection as a whole).")] = True,
) -> None:
    """Write Dublin Core (oai_dc) and MODS records made from the teiHeaders: OUTPUT/<name>.dc.xml, .mods.xml.

    \b
    Example:
        tei-edition metadata dist/tei/*.xml --format mods -o dist/metadata
    """
    from .metadata import FORMATS, write_records

    formats = format or list(FORMATS)
    unknown = [f for f in formats if f not in FORMATS]
    usage_error(f"--format takes {' or '.join(FORMATS)}; got {unknown[0]!r}" if unknown else None, "metadata")
    files = editions_only(files)
    for file in files:
        if problem := not_an_edition(file):
            fail(problem)
    try:
        written = write_records(files, output, formats, collection=collection, collection_level=collection)
    except EditionError as exc:
        fail(exc)
    for path in written:
        typer.echo(str(path))


@app.command()
@one_line_errors
def cite(
    file: Annotated[Path, typer.Argument(help="A TEI file written by convert.", show_default=False)],
    passage: Annotated[Optional[str], typer.Argument(help="The xml:id of a paragraph or speech (default: the whole document).")] = None,
    style: Annotated[str, typer.Option(help="chicago, apa, mla, bibtex, ris or csl-json.")] = "chicago",
) -> None:
    """Print a citation of a document, or of one passage, with its permalink.

    \b
    Example:
        tei-edition cite dist/eir-2000-mizin.xml eir-2000-mizin-p12 --style bibtex
    """
    from .cite import STYLES, cite as make_citation

    usage_error(f"--style takes {', '.join(STYLES)}; got {style!r}" if style not in STYLES else None, "cite")
    if problem := not_an_edition(file):
        fail(problem)
    try:
        typer.echo(make_citation(file, passage, style).rstrip("\n"))
    except EditionError as exc:
        fail(exc)


@app.command()
@one_line_errors
def resolve(
    reference: Annotated[str, typer.Argument(help="A permalink, DOC#ID, a DTS ref or a bare id.", show_default=False)],
    folder: Annotated[Path, typer.Option("--in", help="Folder of TEI files: the one build or convert wrote, or a BagIt bag (its data/).")] = Path("dist"),
) -> None:
    """Say which document and passage an id points to, and where a retired id now points.

    \b
    Example:
        tei-edition resolve https://editions.example.org/interviews/eir-2000-mizin#eir-2000-mizin-p12 --in dist
    """
    from .stable_ids import resolve as find

    from .package import is_bag

    if folder.is_file():
        fail(f"{folder}: a file, not a folder; --in takes the folder of the converted documents "
             f"(--in {folder.parent})")
    if is_bag(folder):  # an archived edition: its documents are the bag's payload
        folder = folder / "data"
    try:
        typer.echo(find(reference, folder).describe())
    except EditionError as exc:
        fail(exc)


@app.command()
@one_line_errors
def build(
    sources: Annotated[Optional[list[Path]], typer.Argument(help="Transcripts or folders (default: seeds/).", show_default=False)] = None,
    output: OutDir = Path("dist"),
    jobs: Annotated[Optional[int], typer.Option("--jobs", "-j", min=1, help="Documents built at once, each in a process of its own (default, and at most: the number of CPUs this process may use).")] = None,
    formats: Annotated[str, typer.Option(help="Outputs to build, comma-separated: tei,html,pdf.")] = "tei,html,pdf",
    force: Annotated[bool, typer.Option("--force", help="Rebuild every document, changed or not; replace a TEI edited by hand (after a backup).")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar; only failures and the summary.")] = False,
    report: Annotated[Optional[Path], typer.Option(help="Write a JSON report: each file's status, stage timings, warnings.")] = None,
    scheduler: Annotated[Optional[str], typer.Option(help="Run on a Dask cluster, e.g. tcp://10.0.0.5:8786.")] = None,
    config: Annotated[Optional[Path], typer.Option(help="Corpus config (default: edition.toml beside each source or above it).")] = None,
    encoding: Annotated[Optional[str], typer.Option(help="Text encoding of the sources (default: UTF-8).")] = None,
) -> None:
    """Build a whole collection: TEI, validation, HTML, PDF/A and an index page, in parallel.

    Documents whose inputs (source, sidecar, register, config, tool) are unchanged since the
    last build are skipped; a file that fails does not stop the others; exit code 1 if any failed.

    \b
    Example:
        tei-edition build seeds/ -o dist/ --jobs 2 --report dist/report.json
    """
    from .build import FORMATS, build as build_collection
    from .progress import BuildProgress
    from .textio import write_atomic

    chosen = [f.strip() for f in formats.split(",") if f.strip()]
    usage_error(f"--formats takes a comma-separated list of {', '.join(FORMATS)}; got {formats!r}"
                if not chosen or any(f not in FORMATS for f in chosen) else None, "build")
    usage_error(_encoding_problem(encoding), "build")
    check_source_date()
    if report:  # checked before the build, not after it
        from .errors import output_folder

        if report.is_dir():
            fail(f"{report}: is a folder; give --report a file name such as {report / 'report.json'}")
        if problem := _report_problem(report, output):
            fail(f"{report}: {problem}; give --report a file name of its own, such as report.json")
        try:
            output_folder(report.parent, option="--report")
        except EditionError as exc:
            fail(exc)
    with BuildProgress(quiet=quiet) as progress:
        try:
            summary = build_collection(
                sources or [Path("seeds")], output, jobs=jobs, formats=chosen, force=force,
                scheduler=scheduler, config_path=config, progress=progress.update, on_start=progress.start,
                encoding=encoding,
            )
        except EditionError as exc:
            fail(exc)
        except KeyboardInterrupt:
            typer.echo("interrupted: finished documents are kept; run the build again to complete it", err=True)
            raise typer.Exit(130)
    if report:
        write_atomic(report, summary.report_bytes())
    warned = [(r.source, m) for r in summary.results for m in r.warnings]
    if not quiet and len(warned) <= 20:
        for source, message in warned:
            warn(f"{source}: {message}")
    elif warned:  # a large collection: a count here, each warning in the report
        where = f"see {report}" if report else "run with --report FILE.json to see them"
        warn(f"{len(warned)} warnings in {len({s for s, _ in warned})} documents ({where})")
    for note in summary.notes:  # few, and each a fact lost without a word: shown even with --quiet
        warn(note)
    for source in summary.removed:  # published editions gone: said by name, not only counted
        typer.echo(f"removed: {source}: the source is gone; its outputs were removed", err=True)
    for error in [result.error for result in summary.failed] + summary.errors:
        typer.echo(f"failed: {error}", err=True)
    counts = summary.counts()
    typer.echo(
        f"{counts['built']} built, {counts['unchanged']} unchanged, {counts['failed']} failed"
        + (f", {len(summary.removed)} removed" if summary.removed else "")
        + f" in {summary.elapsed:.1f} s → {output}"
    )
    if summary.failed or summary.errors:
        raise typer.Exit(1)


def _report_problem(report: Path, output: Path) -> str | None:
    """Why ``--report`` must not be written where it is named, if it must not: the report replaced whatever file
    had its name, the build's manifest, an edition, a transcript, and that file was gone."""
    import json

    from .build import MANIFEST_NAME

    if report.suffix.lower() != ".json":
        return "a report is JSON, and a file of another kind (a transcript, an edition) is never replaced by one"
    manifest = output / MANIFEST_NAME
    if os.path.abspath(report) == os.path.abspath(manifest) or (report.exists() and manifest.exists()
                                                                and report.resolve() == manifest.resolve()):
        return "the build's own manifest, which the report would replace"
    if report.is_file():
        try:
            earlier = json.loads(report.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            earlier = None
        if not (isinstance(earlier, dict) and str(earlier.get("tool", "")).startswith("tei-edition")
                and "counts" in earlier):
            return "a file that is no report of an earlier build, which the report would replace"
    return None


@app.command()
@one_line_errors
def entities(
    sources: Sources,
    register: Annotated[Optional[Path], typer.Option(help="Register to check against (default: the corpus config's).")] = None,
    format: Annotated[str, typer.Option("--format", help="table, json or csv.")] = "table",
    min_count: Annotated[int, typer.Option(min=1, help="Only strings seen at least this often.")] = 1,
    encoding: Annotated[Optional[str], typer.Option(help="Text encoding of the sources (default: UTF-8).")] = None,
) -> None:
    """List name-like strings that no register entry covers, with counts and a context line.

    Use it to extend the register; with an empty register it still finds the people and organisations.

    \b
    Example:
        tei-edition entities seeds/eir-2000-mizin.txt --format csv
    """
    from .candidates import candidates_for_sources, format_candidates

    usage_error(f"--format takes table, json or csv; got {format!r}"
                if format not in ("table", "json", "csv") else None, "entities")
    usage_error(_encoding_problem(encoding), "entities")
    from .errors import name_problem

    errors: list[EditionError] = []  # a source that fails does not hide the others' candidates
    try:
        sources = transcripts(sources)
        errors += [EditionError(problem) for problem in map(name_problem, sources) if problem]
        candidates = candidates_for_sources([s for s in sources if not name_problem(s)], register=register,
                                            min_count=min_count, encoding=encoding, errors=errors)
    except EditionError as exc:  # the --register file, a source that is not there
        fail(exc)
    for error in errors:
        typer.echo(f"error: {error}", err=True)
    if len(errors) < len(sources):
        typer.echo(format_candidates(candidates, format), nl=False)
    if errors:
        raise typer.Exit(1)


def main() -> None:  # pragma: no cover - the console script calls app directly
    app(prog_name="tei-edition")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
