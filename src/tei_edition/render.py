"""Render TEI documents to the HTML reading edition with the XSLT 3.0 stylesheets in ``xslt/`` (via saxonche).

One ``PySaxonProcessor`` per process; each stylesheet is compiled once, on first use, and the compiled executable
is reused for every document. Messages the stylesheets write with ``xsl:message`` (an unhandled element, a name
pointing nowhere) are issued as :class:`RenderWarning` warnings.
"""

from __future__ import annotations

import os
import re
import threading
import warnings
from pathlib import Path
from typing import Mapping, Union

from lxml import etree

from . import TEI_NS, resource_dir
from .errors import EditionError, output_folder
from .textio import write_atomic

XSLT_DIR = resource_dir("xslt")

#: Output formats and their entry stylesheets. ``print`` is the PDF-ready HTML that ``tei_edition.pdf`` typesets.
STYLESHEETS: dict[str, str] = {"html": "html.xsl", "collection": "collection.xsl", "print": "print.xsl"}

#: Every parameter declared in xslt/modules/params.xsl (a test keeps the two in step), with its type.
HTML_PARAMS: dict[str, type] = {
    "base-uri": str,
    "tei-download-href": str,
    "pdf-href": str,
    "css-inline": bool,
    "css-file": str,
    "css-href": str,
    "js-inline": bool,
    "js-file": str,
    "generator": str,
    "cite-document": str,
    "cite-passage": str,
    "cite-bibtex": str,
    "cite-ris": str,
    "web-addresses": bool,
}

#: Parameters only print.xsl declares (the HTML stylesheet ignores them).
PRINT_PARAMS: dict[str, type] = {"paper": str, "pdf-subject": str}

TeiInput = Union[str, os.PathLike, bytes, etree._Element, etree._ElementTree]


class RenderError(EditionError):
    """A document that cannot be rendered: not well-formed, not TEI, or a stylesheet failure."""


class RenderWarning(UserWarning):
    """A message from the stylesheets (``xsl:message``): something rendered, but not as intended."""


class _Saxon:
    """The process-wide Saxon processor and the compiled stylesheets (lazily created, then reused)."""

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._processor = None
        self._executables: dict[str, object] = {}

    @property
    def processor(self):
        with self._lock:
            if self._processor is None:
                from saxonche import PySaxonProcessor  # imported lazily: starting SaxonC costs time

                self._processor = PySaxonProcessor(license=False)
            return self._processor

    def close(self) -> None:
        """Drop the compiled stylesheets and the processor (they are made again on the next use)."""
        with self._lock:
            self._executables.clear()
            self._processor = None

    def executable(self, stylesheet: str):
        with self._lock:
            if stylesheet not in self._executables:
                path = XSLT_DIR / stylesheet
                if not path.is_file():
                    raise RenderError(f"stylesheet not found: {path}")
                compiler = self.processor.new_xslt30_processor()
                try:
                    executable = compiler.compile_stylesheet(stylesheet_file=str(path))
                except Exception as error:  # saxonche raises PySaxonApiError
                    raise RenderError(f"stylesheet {path.name} does not compile: {_first_line(error)}") from None
                if executable is None:
                    raise RenderError(f"stylesheet {path.name} does not compile: {compiler.error_message}")
                # Kept for get_xsl_messages() (SaxonC 13 neither echoes them to stderr nor needs a file).
                executable.set_save_xsl_message(True)
                self._executables[stylesheet] = executable
            return self._executables[stylesheet]


_saxon = _Saxon()


def warm_up(outputs=None) -> None:
    """Start Saxon and compile the stylesheets of ``outputs`` (default: all) now, once per process."""
    for to in outputs or STYLESHEETS:
        _saxon.executable(STYLESHEETS[to])


def _first_line(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return text[:300] or error.__class__.__name__


def _xml_text(tei: TeiInput) -> tuple[str, str | None]:
    """The document as a string for Saxon, and the path it came from (for messages).

    Saxon gets a fresh string, never a file name: parsing a file Saxon has seen before while one of its nodes is
    alive fails with "two different documents with the same document-uri" (GUIDE §5).
    """
    if isinstance(tei, (etree._Element, etree._ElementTree)):
        return etree.tostring(tei, encoding="unicode"), None
    if isinstance(tei, bytes):
        return _decode(tei, None), None
    path = Path(tei)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise RenderError(f"cannot read: {error.strerror}", path=path) from None
    return _decode(data, path), str(path)


_DECLARED_ENCODING = re.compile(rb"^\s*<\?xml[^>]*encoding=[\"']([A-Za-z0-9._-]+)[\"']")


def _decode(data: bytes, path: Path | None) -> str:
    match = _DECLARED_ENCODING.match(data)
    encoding = match.group(1).decode("ascii").lower() if match else "utf-8"
    if encoding in ("utf-8", "utf8") and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise RenderError(f"not UTF-8 at byte {error.start} (a binary file, or text in another encoding without "
                              "an XML declaration naming it); give the TEI file written by convert", path=path) from None
    try:  # other encodings: let libxml2 read the declaration
        return etree.tostring(etree.fromstring(data), encoding="unicode")
    except etree.XMLSyntaxError as error:
        raise RenderError(f"not well-formed XML: {error}", path=path) from None


def _xdm_param(processor, name: str, value: object):
    expected = HTML_PARAMS.get(name, PRINT_PARAMS.get(name))
    if expected is None:
        known = ", ".join(sorted({**HTML_PARAMS, **PRINT_PARAMS}))
        raise RenderError(f"unknown stylesheet parameter {name!r} (known: {known})")
    if expected is bool:
        if not isinstance(value, bool):
            raise RenderError(f"stylesheet parameter {name!r} must be true or false, not {value!r}")
        return processor.make_boolean_value(value)
    return processor.make_string_value("" if value is None else str(value))


def _default_params(text: str, to: str, given: Mapping[str, object] | None) -> dict[str, object]:
    """The generator, and for the editions the citations tei_edition.cite makes (one source for every output),
    unless the caller ``given`` them already (the build has the parsed document at hand), and for the print edition
    its PDF subject (tei_edition.cite.description; the HTML has no use for it)."""
    from . import __version__

    params: dict[str, object] = {"generator": f"tei-edition {__version__}", "web-addresses": _prints_web_addresses(text)}
    given = given or {}
    cite = to in ("html", "print") and "cite-document" not in given
    subject = to == "print" and "pdf-subject" not in given
    if cite or subject:
        from .cite import description, edition_citations

        root = _read_to_header(text)
        if root is None:
            return params  # not well-formed: Saxon reports it, with its own message
        if cite:
            params.update(edition_citations(root, base_uri=str(given.get("base-uri") or "")))
        if subject and root.tag == f"{{{TEI_NS}}}TEI":
            params["pdf-subject"] = description(root)
    return params


_TEXT_START = re.compile(r"<text[\s>]")


def _prints_web_addresses(text: str) -> bool:
    """Whether the document's text (from its <text> on; the header and the register name web addresses of their own)
    may print one: the stylesheets link them, and test no text node where this is False. A text element not found
    as such (a prefixed name) counts as holding one."""
    start = _TEXT_START.search(text)
    return start is None or text.find("://", start.start()) >= 0


_HEADER_END = f"{{{TEI_NS}}}teiHeader"


def _read_to_header(text: str, chunk: int = 8192) -> etree._Element | None:
    """The root element with its complete teiHeader (all a citation needs), reading no further than the header's
    end: a third of the cost of parsing a whole document. None if the XML is not well-formed so far.

    Only the teiHeader's end events reach Python (libxml2 filters the others). A teiHeader deeper down (a TEI
    nested in a teiCorpus, say) does not end the reading: the first one that is the root's child does."""
    parser = etree.XMLPullParser(events=("end",), tag=_HEADER_END, collect_ids=False)
    try:
        for start in range(0, len(text), chunk):
            parser.feed(text[start:start + chunk])
            for _, header in parser.read_events():
                root = header.getparent()
                if root is not None and root.getparent() is None:
                    return root
        return parser.close()
    except etree.XMLSyntaxError:
        return None


def render_html(tei: TeiInput, *, params: Mapping[str, object] | None = None, to: str = "html") -> str:
    """Render one TEI document (a path, bytes, or an lxml tree) to the HTML reading edition, as a string.

    ``params`` are XSLT parameters of ``xslt/modules/params.xsl`` (e.g. ``{"base-uri": "https://…/",
    "pdf-href": "doc.pdf"}``). Stylesheet messages are issued as :class:`RenderWarning`.
    """
    text, source = _xml_text(tei)
    return _render(text, source, params=params, to=to)


def _render(text: str, source: str | None, *, params: Mapping[str, object] | None, to: str) -> str:
    if to not in STYLESHEETS:
        raise RenderError(f"unknown output format {to!r} (available: {', '.join(STYLESHEETS)})")
    where = f"{source}: " if source else ""
    params = {**_default_params(text, to, params), **(params or {})}  # Python work, outside Saxon's lock
    with _saxon._lock:
        processor = _saxon.processor
        executable = _saxon.executable(STYLESHEETS[to])
        try:
            node = processor.parse_xml(xml_text=text)
        except Exception as error:
            raise RenderError(f"{where}not well-formed XML: {_first_line(error)}") from None
        executable.clear_parameters()
        for name, value in params.items():
            executable.set_parameter(name, _xdm_param(processor, name, value))
        try:
            executable.clear_xsl_messages()  # otherwise the previous document's messages are returned again
            executable.set_global_context_item(xdm_item=node)
            html = executable.transform_to_string(xdm_node=node)
        except Exception as error:
            message = _first_line(error)
            if "global context item" in message:
                message = f"not a TEI document: the root element must be TEI in the namespace {TEI_NS}"
            raise RenderError(f"{where}cannot render: {message}") from None
        messages = executable.get_xsl_messages()
        texts = [getattr(item, "string_value", str(item)) for item in messages] if messages is not None else []
    if html is None:
        raise RenderError(f"{where}cannot render: the stylesheet produced no output")
    for message in texts:
        warnings.warn(f"{where}{message}", RenderWarning, stacklevel=3)
    return html


def document_id(tei: TeiInput) -> str:
    """The document id (publicationStmt/idno[@type='document']), else the file name stem."""
    return _document_id(*_xml_text(tei))


def _document_id(text: str, source: str | None) -> str:
    try:
        root = etree.fromstring(text.encode("utf-8"))
    except (etree.XMLSyntaxError, ValueError) as error:
        raise RenderError(f"not well-formed XML: {error}", path=source) from None
    return _id_of(root, source)


def _id_of(root: etree._Element, source: str | None) -> str:
    """The document id of a parsed TEI (see document_id)."""
    found = root.xpath(
        "string(/t:TEI/t:teiHeader/t:fileDesc/t:publicationStmt/t:idno[@type='document'])", namespaces={"t": TEI_NS}
    ).strip()
    if found and re.fullmatch(r"[\w.-]+", found):
        return found
    if source:
        return Path(source).stem
    raise RenderError("the document has no publicationStmt/idno[@type='document'] to name the output after")


def render_html_file(
    tei_path: str | os.PathLike, out_dir: str | os.PathLike, *, params: Mapping[str, object] | None = None
) -> Path:
    """Render ``tei_path`` and write ``out_dir/<document-id>.html`` atomically; return the path written."""
    text, source = _xml_text(tei_path)
    return _write_html(text, source, output_folder(out_dir), params, _document_id(text, source))


def _write_html(text: str, source: str | None, out: Path, params: Mapping[str, object] | None, ident: str) -> Path:
    html = _render(text, source, params=params, to="html")
    target = out / f"{ident}.html"
    write_atomic(target, html.encode("utf-8"))
    return target


def claim_output(claimed: dict[Path, Path], ident: str, target: Path, source: str | os.PathLike) -> None:
    """Outputs are named by the document id: a second file with the id of one rendered before in the same run
    (``claimed``: output → the file it was made from) would overwrite its output. RenderError naming both."""
    other = claimed.setdefault(Path(target), Path(source))
    if other.resolve() != Path(source).resolve():  # the same file named twice is no clash
        raise RenderError(f"document id {ident!r} is already the id of {other}, rendered to {target} in this run; "
                          "outputs are named by it, so render the two into separate folders", path=source)


def render_files(
    files: list[str | os.PathLike], out_dir: str | os.PathLike, *, to: str = "html",
    params: Mapping[str, object] | None = None, claimed: dict[Path, Path] | None = None,
) -> list[Path]:
    """Render several TEI files to ``out_dir`` in one process (the stylesheet is compiled once).

    Two files with the same document id are refused (``claimed`` carries the outputs of earlier calls of a run)."""
    if to not in STYLESHEETS:
        raise RenderError(f"unknown output format {to!r} (available: {', '.join(STYLESHEETS)})")
    from .validate import check_document

    out = output_folder(out_dir)  # before any work
    claimed = {} if claimed is None else claimed
    written = []
    for path in files:  # each file read and parsed once (Saxon parses it again, as it must)
        try:
            data = Path(path).read_bytes()
        except OSError as error:
            raise RenderError(f"cannot read: {error.strerror}", path=path) from None
        tree = check_document(data, str(path), "HTML")  # an invalid document gets the validator's message, no output
        ident = _id_of(tree.getroot(), str(path))
        claim_output(claimed, ident, out / f"{ident}.html", path)
        written.append(_write_html(_decode(data, Path(path)), str(path), out, params, ident))
    return written
