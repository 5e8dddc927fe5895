"""Catalogue metadata from the teiHeader: Dublin Core (oai_dc) and MODS 3.6, per edition and for a collection.

The mapping lives in ``xslt/dc.xsl`` and ``xslt/mods.xsl``; this module runs them with the process-wide Saxon
processor of :mod:`tei_edition.render`, so each stylesheet is compiled once per process.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable

from .errors import EditionError, naming, output_folder
from .register import NOT_AN_EDITION
from .render import _first_line, _saxon, _xml_text
from .textio import write_atomic

#: Metadata formats: name → (entry stylesheet, file suffix of a record).
FORMATS: dict[str, tuple[str, str]] = {
    "dc": ("dc.xsl", ".dc.xml"),
    "mods": ("mods.xsl", ".mods.xml"),
}


#: The file name of the MODS record of the collection as a whole (:func:`collection_level_record`), which package
#: writes beside the editions' records; no edition's records may have its name.
COLLECTION_LEVEL = "collection-level.mods.xml"


class MetadataError(EditionError):
    """A document whose metadata cannot be made: not TEI, unreadable, or a stylesheet failure."""


def _executable(fmt: str):
    if fmt not in FORMATS:
        raise MetadataError(f"unknown metadata format {fmt!r} (available: {', '.join(FORMATS)})")
    try:
        return _saxon.executable(FORMATS[fmt][0])
    except EditionError as error:
        raise MetadataError(str(error)) from None


def _set_params(executable, processor, params: dict[str, str]) -> None:
    executable.clear_parameters()
    for name, value in params.items():
        executable.set_parameter(name, processor.make_string_value(value))


def _check_tei(text: str, where: str) -> None:
    """A MetadataError for text that is not well-formed XML or whose root is not TEI."""
    from lxml import etree

    from . import TEI_NS

    parser = etree.XMLParser(collect_ids=False, resolve_entities=False, no_network=True)
    try:
        root = etree.fromstring(text.encode("utf-8"), parser)
    except etree.XMLSyntaxError as error:
        raise MetadataError(f"{where}not well-formed XML: {error.msg}; run tei-edition validate on it") from None
    if root is None or root.tag != f"{{{TEI_NS}}}TEI":
        raise MetadataError(f"{where}not a TEI document: the root element must be TEI in the namespace {TEI_NS}")
    if root.find(f"{{{TEI_NS}}}text") is None:
        raise MetadataError(f"{where}{NOT_AN_EDITION}: its record would describe an interview; give the editions' "
                            "TEI files")
    from .validate import dtd_problems

    for problem in dtd_problems(root.getroottree(), where.removesuffix(": ") or "<TEI>"):
        raise MetadataError(str(problem))


def record(tei, fmt: str = "dc") -> str:
    """The ``fmt`` record ("dc" or "mods") of one TEI document (a path, bytes or lxml tree), as an XML string."""
    text, source = _xml_text(tei)
    where = f"{source}: " if source else ""
    _check_tei(text, where)  # before Saxon, which would also print its own report of the fault on stderr
    with _saxon._lock:
        executable = _executable(fmt)
        processor = _saxon.processor
        try:
            node = processor.parse_xml(xml_text=text)
        except Exception as error:
            raise MetadataError(f"{where}not well-formed XML: {_first_line(error)}") from None
        _set_params(executable, processor, {})
        try:
            result = executable.transform_to_string(xdm_node=node)
        except Exception as error:
            message = _first_line(error)
            if "not-tei" in message:
                message = "not a TEI document: the root element must be TEI in the namespace http://www.tei-c.org/ns/1.0"
            raise MetadataError(f"{where}cannot make {fmt} metadata: {message}") from None
    if not result or "<" not in result.split("?>", 1)[-1]:
        raise MetadataError(f"{where}cannot make {fmt} metadata: not a TEI document (root element TEI expected)")
    return result


def collection_record(files: Iterable[str | os.PathLike], fmt: str = "dc", *, title: str | None = None) -> str:
    """The collection-level ``fmt`` record of several TEI files: a DC record of the collection, or a MODS
    ``modsCollection`` holding every edition's record. ``title`` names the collection (DC only)."""
    return _collection_template(files, fmt, "collection", title)


def collection_level_record(files: Iterable[str | os.PathLike], *, title: str | None = None) -> str:
    """The MODS record of the collection of ``files`` as a whole (``typeOfResource collection="yes"``): a library
    catalogues it above the editions' records, which its ``relatedItem type="constituent"`` name, one per edition,
    and link to by their file names (``<stem>.mods.xml`` beside it). ``title`` names the collection."""
    return _collection_template(files, "mods", "collection-level", title)


def _collection_template(files: Iterable[str | os.PathLike], fmt: str, template: str, title: str | None) -> str:
    paths = [Path(f).resolve() for f in files]
    for path in paths:
        if not path.is_file():
            raise MetadataError("no such file", path=path)
    with _saxon._lock:
        executable = _executable(fmt)
        _set_params(executable, _saxon.processor,
                    {"files": " ".join(p.as_uri() for p in paths), "collection-title": title or ""})
        try:
            return executable.call_template_returning_string(template)
        except Exception as error:
            raise MetadataError(f"cannot make the {fmt} collection record: {_first_line(error)}") from None


def write_records(files: Iterable[str | os.PathLike], out_dir: str | os.PathLike, formats: Iterable[str] = ("dc", "mods"),
                  *, collection: bool = True, collection_level: bool = False, title: str | None = None,
                  durable: bool = True) -> list[Path]:
    """Write ``OUT/<stem>.dc.xml`` / ``.mods.xml`` for each TEI file (and ``collection.dc.xml`` /
    ``collection.mods.xml`` when ``collection``; the MODS record of the collection as a whole, ``COLLECTION_LEVEL``,
    when ``collection_level`` and MODS is among ``formats``), each atomically; return the paths written.

    Every record is made before the first is written: a bad file among good ones leaves the folder as it was.
    ``durable=False`` leaves forcing them to disk to the caller (``package`` flushes the whole bag once)."""
    files = [Path(f) for f in files]
    named: dict[str, Path] = {}  # records are named by the file's stem
    for path in files:
        other = named.setdefault(path.stem, path)
        if other.resolve() != path.resolve():
            raise MetadataError(f"its records would be named {path.stem}.*.xml, as those of {other} are; "
                                "rename one of the two or write their records to separate folders", path=path)
        if collection and path.stem == "collection":
            raise MetadataError("its records would be named collection.*.xml, as the collection's are; rename it "
                                "or pass --no-collection", path=path)
        if collection_level and f"{path.stem}{FORMATS['mods'][1]}" == COLLECTION_LEVEL:
            raise MetadataError(f"its MODS record would be named {COLLECTION_LEVEL}, as the record of the collection "
                                "as a whole is; rename it", path=path)
    out = Path(out_dir)  # made only once every record is: a bad file leaves no empty folder either
    records: dict[Path, str] = {}
    for fmt in formats:
        suffix = FORMATS[fmt][1] if fmt in FORMATS else ""
        for path in files:
            records[out / f"{path.stem}{suffix}"] = record(path, fmt)
        if collection and files:
            records[out / f"collection{suffix}"] = collection_record(files, fmt, title=title)
        if collection_level and fmt == "mods" and files:
            records[out / COLLECTION_LEVEL] = collection_level_record(files, title=title)
    output_folder(out)
    for target, text in records.items():
        try:
            write_atomic(target, text.encode("utf-8"), durable=durable)
        except OSError as error:  # a full disk: this record, then
            raise naming(error, target) from None
    return list(records)
