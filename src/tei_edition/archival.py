"""The checks an archive applies on ingest: PDF/A declared, a licence stated in every TEI, bag checksums intact.

Each check returns a list of :class:`tei_edition.validate.Problem` (empty when the file passes);
:func:`check_path` picks the checks for a path by its type.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

from lxml import etree

from . import TEI_NS
from .validate import Problem, unreadable

_T = {"t": TEI_NS}

#: PDF/A parts and the conformance levels each defines (PDF/A-4 has none but its optional e/f profiles).
PDFA_LEVELS = {"1": {"A", "B"}, "2": {"A", "B", "U"}, "3": {"A", "B", "U"}, "4": {"", "E", "F"}}


def check_pdf_a(path: str | os.PathLike) -> list[Problem]:
    """A PDF must declare PDF/A in its XMP metadata (pdfaid:part and pdfaid:conformance), carry the PDF/A output
    intent, and keep the PDF/A rules a later edit most often breaks (see :func:`_pdf_a_rules`: encryption, fonts not
    embedded, scripts and other forbidden actions, annotations that do not print, embedded files without their
    relationship or type). This is no full conformance check (that needs a validator such as veraPDF)."""
    import pikepdf

    shown = str(path)
    try:
        with pikepdf.open(path) as pdf:
            try:
                meta = pdf.open_metadata()
                part = (meta.get("pdfaid:part") or "").strip()
                conformance = (meta.get("pdfaid:conformance") or "").strip().upper()
            except Exception as error:  # malformed XMP: pikepdf raises several kinds
                return [Problem(shown, None, f"not PDF/A: its XMP metadata cannot be read ({error})")]
            intents = pdf.Root.get("/OutputIntents")
            subtypes = {str(i.get("/S")) for i in intents} if intents is not None else set()
            # qpdf's check: every object parsed and every stream decoded (a changed byte in a compressed stream
            # or in the structure shows here; PDF has no checksum, so a change in plain text does not)
            damage = pdf.check_pdf_syntax()
            broken = _pdf_a_rules(pdf, part, conformance) if part and not damage else []
    except OSError as error:
        return [Problem(shown, None, unreadable(error))]
    except pikepdf.PdfError as error:
        reason = str(error).removeprefix(f"{shown}: ")
        return [Problem(shown, None, f"not a readable PDF: {reason}; restore it from a good copy or render it again")]
    if damage:
        first = " ".join(str(damage[0]).removeprefix("WARNING: ").replace(f"{shown} ", "").split())[:200]
        more = f" (and {len(damage) - 1} more)" if len(damage) > 1 else ""
        return [Problem(shown, None, f"damaged PDF: {first}{more}; restore it from a good copy or render it again")]
    if not part:
        return [Problem(shown, None, "not PDF/A: the XMP metadata has no pdfaid:part "
                                     "(write the PDF with PDF/A enabled, e.g. WeasyPrint's pdf_variant='pdf/a-3b')")]
    problems = []
    if part not in PDFA_LEVELS or conformance not in PDFA_LEVELS[part]:
        problems.append(Problem(shown, None, f"not PDF/A: pdfaid:part={part!r} conformance={conformance!r} "
                                             "is no PDF/A level (expected e.g. part 3, conformance B)"))
    if "/GTS_PDFA1" not in subtypes:
        problems.append(Problem(shown, None, "not PDF/A: no /GTS_PDFA1 output intent (PDF/A requires one "
                                             "with an ICC profile)"))
    problems += [Problem(shown, None, f"not PDF/A: {rule}; render it again from its TEI") for rule in broken]
    return problems


# Actions PDF/A-2 and -3 forbid (ISO 19005-2, 6.6.1), and additional actions (/AA, 6.6.2).
_FORBIDDEN_ACTIONS = frozenset("/Launch /Sound /Movie /ResetForm /ImportData /Hide /SetOCGState /Rendition /Trans "
                               "/GoTo3DView /JavaScript /AA".split())


def _pdf_a_rules(pdf, part: str, conformance: str = "B") -> list[str]:
    """The PDF/A rules that ``pdf`` (a pikepdf.Pdf declaring PDF/A part ``part``, level ``conformance``) breaks,
    each said in a phrase."""
    import pikepdf

    broken = []
    if conformance == "A":  # level A is a tagged PDF (ISO 19005-2, 6.7.2-6.7.4): a claim a file without tags makes
        mark = pdf.Root.get("/MarkInfo")  # falsely when its XMP is copied or edited, which no reader shows
        missing = [what for what, ok in (
            ("/MarkInfo /Marked true", isinstance(mark, pikepdf.Dictionary) and bool(mark.get("/Marked", False))),
            ("a structure tree (/StructTreeRoot)", "/StructTreeRoot" in pdf.Root),
            ("the document's language (/Lang)", "/Lang" in pdf.Root),
        ) if not ok]
        if missing:
            broken.append(f"conformance level A (tagged) declared, but the file lacks {' and '.join(missing)}")
    if pdf.is_encrypted:
        broken.append("the file is encrypted")
    if "/ID" not in pdf.trailer:
        broken.append("the trailer has no file identifier (/ID)")
    fonts, actions, hidden = set(), set(), 0
    for page in pdf.pages:
        fonts |= _fonts_not_embedded(page.obj.get("/Resources"), set())
        for annotation in page.obj.get("/Annots", []):
            flags = int(annotation.get("/F", 0))
            if annotation.get("/Subtype") != "/Popup" and (not flags & 4 or flags & (1 | 2 | 32)):
                hidden += 1  # PDF/A wants every annotation printed, and none invisible, hidden or not viewed
            actions |= _actions(annotation)
        actions |= _actions(page.obj)
    actions |= _actions(pdf.Root)
    if "/Names" in pdf.Root and "/JavaScript" in pdf.Root.Names:
        actions.add("/JavaScript")
    if fonts:
        broken.append(f"fonts not embedded: {', '.join(sorted(fonts))}")
    if actions & _FORBIDDEN_ACTIONS:
        broken.append(f"forbidden actions: {', '.join(sorted(a[1:] for a in actions & _FORBIDDEN_ACTIONS))}")
    if hidden:
        broken.append(f"{hidden} annotation(s) not set to print, or hidden")
    associated = {spec.objgen for spec in pdf.Root.get("/AF", []) if isinstance(spec, pikepdf.Dictionary)}
    for name, spec in pdf.attachments.items():
        if part == "1":
            broken.append(f"embedded file {name!r} (PDF/A-1 allows none)")
        elif part != "2":  # PDF/A-2 allows embedded PDF/A files only, which this does not open to check
            missing = [what for what, ok in (
                ("its relationship (/AFRelationship)", "/AFRelationship" in spec.obj),
                ("its MIME type (/Subtype)", "/Subtype" in spec.obj.get("/EF", {}).get("/F", {})),
                ("a place in the document's associated files (/AF)", spec.obj.objgen in associated),
            ) if not ok]
            if missing:
                broken.append(f"embedded file {name!r} lacks {' and '.join(missing)}")
    return broken


def _fonts_not_embedded(resources, seen: set) -> set[str]:
    """The names of the fonts of ``resources`` (and of the form XObjects they use, each once: ``seen``) whose program
    is not in the file."""
    if resources is None:
        return set()
    missing = set()
    for font in resources.get("/Font", {}).values():
        if font.get("/Subtype") == "/Type3":
            continue  # its glyphs are drawn by content streams in the file
        described = font.DescendantFonts[0] if "/DescendantFonts" in font else font
        descriptor = described.get("/FontDescriptor", {})
        if not any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")):
            missing.add(str(font.get("/BaseFont", "?")).lstrip("/"))
    for xobject in resources.get("/XObject", {}).values():
        if xobject.get("/Subtype") == "/Form" and xobject.objgen not in seen:
            seen.add(xobject.objgen)
            missing |= _fonts_not_embedded(xobject.get("/Resources"), seen)
    return missing


def _actions(holder) -> set[str]:
    """The action types (/S) of a dictionary's action (/A) and opening action, and "/AA" for additional actions."""
    import pikepdf

    found = {str(action.S) for action in (holder.get("/A"), holder.get("/OpenAction"))
             if isinstance(action, pikepdf.Dictionary) and "/S" in action}
    if "/AA" in holder:
        found.add("/AA")  # PDF/A forbids additional actions on the document, its pages and annotations alike
    return found


def check_licence(path: str | os.PathLike, tree: etree._ElementTree | None = None) -> list[Problem]:
    """A TEI document must say under which terms it may be used: publicationStmt/availability with a
    non-empty licence or p."""
    shown = str(path)
    if tree is None:
        try:
            tree = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True))
        except (OSError, etree.XMLSyntaxError):
            return []  # unreadable or not well-formed: the schema validator reports that, once
    root = tree.getroot() if isinstance(tree, etree._ElementTree) else tree
    if root.tag != f"{{{TEI_NS}}}TEI":
        return []  # not TEI: the schema check reports that
    statements = root.xpath(
        "t:teiHeader/t:fileDesc/t:publicationStmt/t:availability/t:licence[normalize-space()]"
        " | t:teiHeader/t:fileDesc/t:publicationStmt/t:availability/t:p[normalize-space()]",
        namespaces=_T,
    )
    if statements:
        return []
    where = root.xpath("(t:teiHeader/t:fileDesc/t:publicationStmt | t:teiHeader)[last()]", namespaces=_T)
    line = where[0].sourceline if where else root.sourceline
    return [Problem(shown, line, "no licence statement: publicationStmt/availability needs a licence or p saying "
                                 "under what terms the text may be used (edition.toml: licence, licence_uri)")]


def check_bag(path: str | os.PathLike, cautions: list[str] | None = None) -> list[Problem]:
    """Every file of a BagIt bag must match its manifests; every changed, missing or added file is named.
    ``cautions``, if given, receives what the bag lacks that an archive expects (a tag manifest), which is no
    problem of the bag's."""
    from .package import PackageError, verify

    try:
        report = verify(path)
        if cautions is not None:
            cautions.extend(report.warnings)
        return report.problems()
    except PackageError as error:
        return [Problem(str(path), None, str(error).removeprefix(f"{path}: "))]


def files_to_check(folder: str | os.PathLike) -> list[Path]:
    """The files of a folder (a bag's payload, or a folder such as dist/) that ``validate`` checks, sorted: every
    TEI document (an .xml file whose root is in the TEI namespace, or that cannot be read as XML: the validator then
    says why) and every PDF. Other XML (the DC and MODS records), HTML and hidden files are not checked."""
    from .package import is_bag

    root = Path(folder)
    if is_bag(root):
        root = root / "data"
    found = []
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if any(part.startswith(".") for part in relative.parts) or not path.is_file():
            continue
        suffix = path.suffix.lower()
        if suffix == ".pdf" or (suffix == ".xml" and _root_namespace(path) in (TEI_NS, None)):
            found.append(path)
    return found


def is_tei(path: Path) -> bool:
    """Whether ``path`` is XML whose root is in the TEI namespace (an edition, or a register)."""
    return _root_namespace(path) == TEI_NS


def _root_namespace(path: Path) -> str | None:
    """The namespace of the root element ("" for none), or None when the file cannot be read as XML."""
    try:
        for _, element in etree.iterparse(str(path), events=("start",), resolve_entities=False, no_network=True):
            return etree.QName(element).namespace or ""
    except (etree.XMLSyntaxError, OSError, UnicodeEncodeError):  # the last: a name not in UTF-8 (validate says so)
        return None
    return None


def build_digests(manifest: Path) -> dict[str, str]:
    """Output name → SHA-256, as the build manifest (``manifest.json`` beside the outputs) records them."""
    return _build_record(manifest)[0]


def _failed_builds(manifest: Path) -> dict[str, tuple[str, str]]:
    """Output name → its source (the manifest's key) and the error of that source's latest build, for the outputs
    of an earlier build whose source then failed to build (see build.Manifest.mark_failed)."""
    return _build_record(manifest)[1]


def _build_record(manifest: Path) -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
    """What ``manifest.json`` records of its outputs (build_digests, _failed_builds): read once for all the outputs
    of a folder (a thousand editions' manifest is megabytes), again only if it changes."""
    try:
        stat = manifest.stat()
    except OSError:
        return {}, {}
    return _read_build_record(str(manifest), stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=4)
def _read_build_record(manifest: str, mtime_ns: int, size: int) -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
    import json

    try:
        data = json.loads(Path(manifest).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}, {}
    documents = data.get("documents") if isinstance(data, dict) else None
    registers = data.get("registers") if isinstance(data, dict) else None
    digests = {name: digest for name, digest in (registers.items() if isinstance(registers, dict) else [])
               if isinstance(name, str) and isinstance(digest, str)}  # the register copies beside the editions
    failed = {}
    for source, entry in (documents.items() if isinstance(documents, dict) else []):
        outputs = entry.get("outputs") if isinstance(entry, dict) else None
        error = entry.get("failed") if isinstance(entry, dict) else None
        for name, digest in (outputs.items() if isinstance(outputs, dict) else []):
            if isinstance(name, str) and isinstance(digest, str):
                digests[name] = digest
                if error:
                    failed[name] = (source, str(error))
    return digests, failed


def check_build_manifest(folder: str | os.PathLike) -> list[Problem]:
    """A build's folder must have a ``manifest.json`` that can be read, if it has one: without it no output can be
    compared with what the build wrote, and that check passed every file without a word."""
    import json

    manifest = Path(folder) / "manifest.json"
    if not manifest.is_file():
        return []
    try:
        data = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        reason = f"it cannot be read ({' '.join(str(error).split())[:100]})"
    else:
        if isinstance(data, dict) and isinstance(data.get("documents"), dict):
            return []
        reason = "it is not a build's manifest (no documents)"
    return [Problem(str(manifest), None, f"{reason}, so the outputs cannot be checked against what the build wrote; "
                                         "run tei-edition build again (it writes the manifest anew)")]


def check_build_output(path: str | os.PathLike) -> list[Problem]:
    """An output of ``build`` must still be what the build wrote: the SHA-256 its folder's ``manifest.json``
    records. PDF has no checksum of its own, so this is what shows a PDF (or TEI) edited after the build."""
    import hashlib

    p = Path(path)
    manifest = p.parent / "manifest.json"
    if not manifest.is_file():
        return []
    expected = build_digests(manifest).get(p.name)
    if expected is None:
        return []
    try:
        actual = hashlib.sha256(p.read_bytes()).hexdigest()
    except OSError:
        return []  # unreadable: the other checks say so
    if actual == expected:
        return []
    return [Problem(str(p), None, f"changed since the build: its SHA-256 is not the one {manifest.name} records; "
                                  "restore it from a good copy, or run tei-edition build again (it rebuilds such a file)")]


def check_latest_build(path: str | os.PathLike) -> list[Problem]:
    """An output of ``build`` must be the edition of its source as it is: when the source's latest build failed, the
    build kept the outputs of the one before (no good file replaced by a bad one, the index page still links them),
    and those are an earlier version, which an archive would take for the current one."""
    p = Path(path)
    failed = _failed_builds(p.parent / "manifest.json").get(p.name)
    if failed is None:
        return []
    source, error = failed
    _, named, after = error.partition(f"{Path(source).name}: ")  # the error names the source, as a full path
    why = " ".join((after if named else error).split())
    why = why if len(why) <= 160 else f"{why[:160]}…"
    return [Problem(str(p), None, f"an earlier build's output: the latest build of its source ({source}) failed "
                                  f"({why}); fix the source and build again, or move the source out of the collection "
                                  "and build again (its outputs go with it)")]


def check_path(path: str | os.PathLike) -> list[Problem]:
    """The archival checks that apply to ``path``: a bag folder, a .pdf, or a TEI .xml file (an output of a build
    is also compared with the SHA-256 its build manifest records)."""
    from .package import is_bag

    p = Path(path)
    if p.is_dir():
        if is_bag(p):
            return check_bag(p)
        return []  # a folder's files are checked one by one (files_to_check)
    if p.suffix.lower() == ".pdf":
        return check_build_output(p) + check_latest_build(p) + check_pdf_a(p)
    if p.suffix.lower() == ".xml":
        return check_build_output(p) + check_latest_build(p) + check_licence(p)
    return []
