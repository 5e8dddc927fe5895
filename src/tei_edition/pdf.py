"""Typeset the print edition (``xslt/print.xsl``) with WeasyPrint as an archival PDF/A-3b (or, tagged, PDF/A-3a) with
its TEI source embedded.

The PDF carries the same text and ids as the HTML edition: every element id of the PDF-ready HTML (so every
``sp`` and ``p`` ``xml:id``) becomes a named destination, so ``edition.pdf#<id>`` opens at that passage.
Output is deterministic: no wall-clock time is written. Dates (document information, XMP and the embedded
file's) come from ``SOURCE_DATE_EPOCH`` when it is set; otherwise the document dates are left out and the
embedded file (whose date PDF/A-3 requires) is dated by the TEI's latest dated ``revisionDesc/change``, else by
the placeholder 1970-01-01T00:00:00Z (Unix time 0).
"""

from __future__ import annotations

import functools
import io
import os
import re
import threading
import warnings
from datetime import datetime, timezone
from pathlib import Path
from typing import Mapping, Union

from lxml import etree

from . import TEI_NS
from .errors import EditionError, output_folder
from .render import RenderError, _decode, _id_of, _saxon, STYLESHEETS, claim_output
from .config import PAPERS, source_date
from .render import _render as _render_html
from .textio import write_atomic

#: PDF/A-3b (archival), or with ``tagged`` PDF/A-3a: the same with a structure tree (headings, paragraphs, lists,
#: links) that screen readers and reflowing viewers read; about 17 % more time and 20 % more bytes per document.
PDF_VARIANT = "pdf/a-3b"
TAGGED_PDF_VARIANT = "pdf/a-3a"

TeiSource = Union[bytes, str, os.PathLike, etree._Element, etree._ElementTree]

_lock = threading.RLock()
_font_config = None
_url_fetcher = None


#: The embedded TEI's date when nothing dates it (see _typeset).
_UNDATED = datetime(1970, 1, 1, tzinfo=timezone.utc)


class PdfError(EditionError):
    """A document that WeasyPrint could not typeset."""


def warm_up() -> None:
    """Import WeasyPrint, load the fonts and compile the print stylesheet once per process (~0.5–1 s)."""
    global _font_config, _url_fetcher
    with _lock:
        if _font_config is not None:
            return
        import weasyprint
        from weasyprint.text.fonts import FontConfiguration

        _font_config = FontConfiguration()
        _url_fetcher = _local_fetcher()
        _reuse_glyph_array_type()
        _compress_streams_at_default_level()
        # Lay out a line in every face the print CSS uses, so fontconfig and Pango load them now.
        sample = "".join(
            f'<p style="font-family: {family}; font-weight: {weight}; font-style: {style}">Ab — “Č” Ж 1</p>'
            for family in ("Noto Serif",) for weight in (400, 700) for style in ("normal", "italic")
        )
        weasyprint.HTML(string=f"<html lang=en><body>{sample}</body></html>", url_fetcher=_url_fetcher).render(
            font_config=_font_config)
        _saxon.executable(STYLESHEETS["print"])


def _local_fetcher():
    """One URL fetcher for the process that opens local files and data: URLs only.

    The print edition is self-contained (its CSS is inline, its fonts come from fontconfig), and an archival PDF
    must not depend on what a server answered on the day it was made: any http(s) reference is refused (WeasyPrint
    warns and leaves it out). WeasyPrint would also make a new fetcher for every document, stylesheet and
    attachment, and on Python 3.12 and later each one loads the system's CA certificates (~19 ms, four times per
    document); this one is made once.
    """
    from weasyprint.urls import URLFetcher

    return URLFetcher(allowed_protocols=("file", "data"))


def _reuse_glyph_array_type() -> None:
    """Spare WeasyPrint's font subsetting a C-declaration parse per font.

    WeasyPrint 70 passes glyph ids to HarfBuzz as ``ffi.new(f"hb_codepoint_t[{len(ids)}]", ids)``: every new length
    is a new type string, which cffi parses with pycparser (~5 ms), so nearly every font of every document paid it
    (~40 ms per document). ``hb_codepoint_t[]`` with the same initialiser makes the same array and its type is
    parsed once. Only that exact pattern is rewritten; everything else goes to cffi unchanged.
    """
    from weasyprint.text.ffi import ffi

    if getattr(ffi.new, "_tei_edition", False):
        return
    new = ffi.new

    def new_reusing_array_type(cdecl, init=None):
        if (init is not None and type(cdecl) is str and cdecl.startswith("hb_codepoint_t[")
                and cdecl == f"hb_codepoint_t[{len(init)}]"):
            cdecl = "hb_codepoint_t[]"
        return new(cdecl, init)

    new_reusing_array_type._tei_edition = True
    ffi.new = new_reusing_array_type


def _compress_streams_at_default_level() -> None:
    """Have pydyf (WeasyPrint's PDF writer) deflate streams at zlib's default level 6 rather than 9.

    pydyf compresses every stream at level 9, and for a PDF/A file identifier it serialises (so compresses) every
    object a second time. On the seed's streams (fonts, pages, the ICC profile, the embedded TEI) level 9 costs
    ~32 ms per document, level 6 ~10 ms, for a file 1 % larger. The output stays deterministic (same zlib, same
    level). Only ``compressobj(level=9)`` is changed; any other use of zlib goes through unchanged.
    """
    import zlib

    import pydyf

    if getattr(pydyf.zlib, "_tei_edition", False):
        return

    class DefaultLevelZlib:
        _tei_edition = True

        def __getattr__(self, name):
            return getattr(zlib, name)

        @staticmethod
        def compressobj(level=zlib.Z_DEFAULT_COMPRESSION, *args, **kwargs):
            if level == 9:
                level = zlib.Z_DEFAULT_COMPRESSION
            return zlib.compressobj(level, *args, **kwargs)

    pydyf.zlib = DefaultLevelZlib()


def _source_bytes(tei: TeiSource) -> tuple[bytes, str | None]:
    """The TEI as the bytes to embed, and the file it came from (None for bytes and trees)."""
    if isinstance(tei, (etree._Element, etree._ElementTree)):
        return etree.tostring(tei, xml_declaration=True, encoding="UTF-8"), None
    if isinstance(tei, bytes):
        return tei, None
    path = Path(tei)
    try:
        return path.read_bytes(), str(path)
    except OSError as error:
        raise PdfError(f"cannot read: {error.strerror or error}", path=path) from None


def _print_html(data: bytes, source: str | None, paper: str, params: Mapping[str, object] | None) -> str:
    """The PDF-ready HTML of a document (print.xsl), for ``paper``."""
    return _render_html(_decode(data, source), source, params={**(params or {}), "paper": paper}, to="print")


def _check_valid(data: bytes, source: str | None) -> etree._ElementTree:
    """Parse and validate; an invalid document raises InvalidDocument with the validator's messages."""
    from .validate import check_document

    return check_document(data, source, "PDF")


def _revision_date(tree: etree._ElementTree) -> datetime | None:
    """The moment of the TEI's latest dated ``revisionDesc/change``, in UTC: a day (``2024-05-03``, as convert writes
    it) or a moment (``2024-05-03T10:30:00+02:00``, as an editor may). A month or a year alone dates no file."""
    moments = []
    for when in tree.xpath("//t:revisionDesc//t:change/@when", namespaces={"t": TEI_NS}):
        when = when.strip()
        if not re.fullmatch(r"\d{4}-\d\d-\d\d(T\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)?)?", when):
            continue
        try:
            moment = datetime.fromisoformat(when.replace("Z", "+00:00"))
        except ValueError:  # no day of the calendar (2024-02-30); the schema check names it
            continue
        moments.append(moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc))
    return max(moments, default=None)


def render_pdf(
    tei: TeiSource, *, paper: str = "a4", params: Mapping[str, object] | None = None, tagged: bool = False
) -> bytes:
    """Typeset one TEI document (a path, bytes or an lxml tree) as PDF/A-3b bytes (``tagged``: PDF/A-3a), the TEI
    embedded.

    ``params`` are the stylesheet parameters of ``xslt/modules/params.xsl``; ``paper`` is ``a4`` or ``letter``.
    An invalid document raises :class:`InvalidDocument` (the validator's messages) before anything is typeset.
    """
    data, source = _source_bytes(tei)
    return _render_pdf(data, source, _paper(paper), params, tagged)[0]


def _paper(paper: str | None) -> str:
    paper = (paper or "a4").lower()
    if paper not in PAPERS:
        raise PdfError(f"unknown paper size {paper!r} (available: {', '.join(PAPERS)})")
    return paper


def _render_pdf(
    data: bytes, source: str | None, paper: str, params: Mapping[str, object] | None, tagged: bool = False
) -> tuple[bytes, str]:
    """The PDF of a document, and its id (from the tree validated, not parsed again)."""
    tree = _check_valid(data, source)
    ident = _id_of(tree.getroot(), source)
    html = _print_html(data, source, paper, params)
    return _typeset(html, data, ident, tree, tagged), ident


def _typeset(html: str, data: bytes, doc_id: str, tree: etree._ElementTree, tagged: bool = False) -> bytes:
    warm_up()
    from weasyprint import Attachment

    epoch = source_date()
    # PDF/A-3 wants the embedded file's ModDate: the build's date (SOURCE_DATE_EPOCH: reproducible builds clamp every
    # date to it), else the latest date the TEI records for itself. An undated build of an undated TEI has no date
    # to give, and the PDF's own dates are left out; the embedded file then has Unix time 0, the placeholder of
    # reproducible builds, which nobody takes for the edition's date as an interview's date or the clock's would be.
    file_date = epoch or _revision_date(tree) or _UNDATED
    # WeasyPrint writes the embedded file's dates with strftime: give it naive UTC.
    file_date = file_date.astimezone(timezone.utc).replace(tzinfo=None)
    attachment = Attachment(
        file_obj=io.BytesIO(data), name=f"{doc_id}.xml", description="TEI P5 source of this edition",
        created=file_date, modified=file_date, relationship="Source", url_fetcher=_url_fetcher,
    )
    with _lock, warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)  # WeasyPrint leaves its sRGB profile file open
        try:
            document = _layout(html)
            if epoch is not None:
                stamp = epoch.strftime("%Y-%m-%dT%H:%M:%SZ")
                document.metadata.created = stamp
                document.metadata.modified = stamp
            else:
                document.metadata.created = document.metadata.modified = None
            pdf = document.write_pdf(pdf_variant=TAGGED_PDF_VARIANT if tagged else PDF_VARIANT, attachments=[attachment])
        except EditionError:
            raise
        except Exception as error:  # WeasyPrint raises assorted exceptions; the caller gets one typed error
            raise PdfError(f"{doc_id}: WeasyPrint could not typeset the print edition: {error}") from None
    return pdf


def _layout(html: str):
    """Lay out the print HTML as a WeasyPrint document.

    With an index (a ``back-matter`` part, see print.xsl), the text is laid out first and the back matter second, as
    a document of its own whose page numbers continue the text's: the page of every paragraph is known by then and
    is written into the index as text, so the index is laid out once. With CSS ``target-counter`` alone,
    WeasyPrint lays out the pages that hold the references three times (about a third of the time per document).
    The two are joined into one document, whose links, destinations and outline span both. A back matter that fits
    on a page of its own and below the text's last lines is set there (:func:`_run_on`), not on a page after it.
    """
    from lxml import html as lxml_html

    root = lxml_html.document_fromstring(html)
    stylesheets, selected_ids = _take_stylesheets(root)
    _ids_on_empty_anchors(root, keep=selected_ids)
    back = next(iter(root.find_class("back-matter")), None)
    if back is None:
        return _render(root, stylesheets)
    main = back.getparent()
    main.remove(back)
    text = _render(root, stylesheets)
    page_of = {anchor: number for number, page in enumerate(text.pages, 1) for anchor in page.anchors}
    for link in list(back.iterfind(".//a[@href]")):
        target = page_of.get(link.get("href")[1:]) if link.get("class") == "backlink" else None
        if target is not None:
            # Plain text "¶ 2 (p. 1)": no pseudo-element and no link box per reference. Each inline box in the
            # index's lines costs WeasyPrint about a millisecond of line breaking and painting (108 references in the
            # seed: ~0.08 s); on paper the page number is the reference, and every passage keeps its destination.
            link.text = f"{link.text or ''}\u00a0(p.\u00a0{target})"
            link.drop_tag()
    for part in list(main):
        main.remove(part)
    main.append(back)
    continued = _stylesheet(f"@page back:first {{ counter-reset: page {len(text.pages) + 1}; }}")
    back_matter = _render(root, [*stylesheets, continued])
    last = None
    if len(back_matter.pages) == 1:
        try:
            last = _run_on(text.pages[-1], back_matter.pages[0])
        except (AttributeError, TypeError, IndexError):  # WeasyPrint's page boxes are not its public API
            last = None  # another version's: the back matter on a page of its own, as before
    if last is not None:
        return text.copy([*text.pages[:-1], last])
    return text.copy(text.pages + back_matter.pages)


def _run_on(last, back):
    """The text's last page with the back matter of the page ``back`` set below its last lines, or None where it does
    not fit there.

    A short interview's index and colophon took a page of their own: a text that ran a turn onto its second page was
    printed on three sheets, the middle one holding that turn. Laid out on its own (see _layout), the back matter is
    only moved down the page, by where the text ends, and drawn with it: nothing is laid out again. The index's first
    heading keeps its top margin (larger than a turn's bottom margin, with which it would collapse in one flow). A back
    matter longer than what is left of the page starts a page of its own, as an index does in print."""
    from weasyprint.document import Page

    page_box = last._page_box
    text_root, back_root = page_box.children[0], back._page_box.children[0]
    text_body, back_body = _body_box(text_root), _body_box(back_root)
    if text_body is None or back_body is None:
        return None
    shift = _border_bottom(text_body) - (back_body.position_y + back_body.margin_top)
    if _border_bottom(back_body) + shift > page_box.content_box_y() + page_box.height:
        return None
    back_root.translate(0, shift)
    # the text's running heads and page number (its margin boxes) stay; the back matter's page is not printed
    return Page(page_box.copy_with_children([text_root, back_root, *page_box.children[1:]]))


def _body_box(root_box):
    """The box of ``body`` in the box of ``html`` of a page."""
    return next((box for box in root_box.children if box.element_tag == "body"), None)


def _border_bottom(box) -> float:
    return box.position_y + box.margin_height() - box.margin_bottom


# Block elements whose first child may carry their anchor down (see _ids_on_empty_anchors).
_BLOCKS = frozenset(
    "address article aside blockquote body dd div dl dt figure footer h1 h2 h3 h4 h5 h6 header li main nav ol p "
    "section ul".split())
_CONTAINERS = frozenset("article aside body div dl figure footer header main nav ol section ul".split())


def _ids_on_empty_anchors(root, keep: set[str] = frozenset()) -> None:
    """Move each block's id onto an empty ``<a id>`` at the start of its first line (WeasyPrint's copy only).

    WeasyPrint gives every element with an id a computed style of its own (the id is an ``anchor`` declaration),
    and so to all its descendants and their text: nothing under a paragraph or a speech shares a style, and each
    style computes its properties again (~32,000 property computations per seed document, ~17,000 more for the
    anonymous boxes). On an empty inline element the id is still a named destination at the same place (the top
    of the first line), and the blocks share their styles (~23,000 and ~5,000). Blocks with no inline content to
    hold the anchor (a section whose first child has an id of its own, say) keep their id, and so do the ids in
    ``keep`` (those an ``#id`` selector of the stylesheets may name).
    """
    from lxml import etree

    body = root.find("body")
    if body is None:
        return
    for element in list(body.iter(*_BLOCKS)):
        id_ = element.get("id")
        if not id_ or id_ in keep:
            continue
        holder = element
        while (not (holder.text or "").strip() and len(holder) and holder[0].tag in _BLOCKS
               and not holder[0].get("id")):
            holder = holder[0]
        if holder.tag in _CONTAINERS:
            continue
        del element.attrib["id"]
        anchor = etree.Element("a", id=id_)
        anchor.tail, holder.text = holder.text, None
        holder.insert(0, anchor)


def _stylesheet(css: str):
    """``css`` parsed as a WeasyPrint stylesheet."""
    from weasyprint import CSS

    return CSS(string=css, font_config=_font_config, url_fetcher=_url_fetcher)


@functools.lru_cache(maxsize=16)
def _inline_stylesheet(css: str) -> tuple[object, frozenset[str]]:
    """An inline stylesheet of the print HTML, and the ids its ``#id`` selectors may name: print.css is the same text
    for every document, so it is parsed once per process."""
    return _stylesheet(css), frozenset(re.findall(r"#(-?[_a-zA-Z][-_a-zA-Z0-9]*)", css))


def _take_stylesheets(root) -> tuple[list, frozenset[str]]:
    """Remove the ``<style>`` elements of the print HTML; return them as (cached) WeasyPrint stylesheets, in order,
    and the ids their selectors may name (see _ids_on_empty_anchors).

    WeasyPrint would parse the inline stylesheet again for every document (and for both of its parts). Passed to
    ``render`` they are user stylesheets; the page has no author stylesheet left, so they win over the user-agent
    stylesheet exactly as before. (print.xsl links no external stylesheet.)
    """
    sheets, ids = [], frozenset()
    for style in root.findall("head/style"):
        if style.get("media", "all").strip() in ("all", "print") and style.get("type", "text/css") == "text/css":
            sheet, selected = _inline_stylesheet(style.text or "")
            sheets.append(sheet)
            ids |= selected
        style.getparent().remove(style)
    return sheets, ids


def _render(root, stylesheets: list):
    """Lay out an lxml HTML tree with WeasyPrint, handing it the tree rather than markup to parse again."""
    from weasyprint import HTML

    document = HTML(string="<html></html>", base_url=str(Path.cwd()) + "/", url_fetcher=_url_fetcher)
    _use_tree(document, root)
    return document.render(font_config=_font_config, stylesheets=stylesheets)


def _use_tree(document, root) -> None:
    """Make ``document`` (a ``weasyprint.HTML``) the lxml tree ``root``, as the ElementTree its HTML parser builds.

    WeasyPrint's HTML parser is pure Python (~8 ms per part of the seed); the print HTML is parsed by lxml already.
    Only elements, attributes, text and tails are carried over: comments and processing instructions are no boxes.
    """
    import xml.etree.ElementTree as ET

    import cssselect2

    def convert(element, parent):
        copy = ET.Element(element.tag, dict(element.attrib)) if parent is None else ET.SubElement(
            parent, element.tag, dict(element.attrib))
        copy.text = element.text
        last = None
        for child in element:
            if isinstance(child.tag, str):
                last = convert(child, copy)
                last.tail = child.tail
            elif child.tail:  # a comment's tail is text of the parent
                if last is None:
                    copy.text = (copy.text or "") + child.tail
                else:
                    last.tail = (last.tail or "") + child.tail
        return copy

    tree = convert(root, None)
    document.wrapper_element = cssselect2.ElementWrapper.from_html_root(tree, content_language=None)
    document.etree_element = document.wrapper_element.etree_element


def render_pdf_file(
    tei_path: str | os.PathLike, out_dir: str | os.PathLike, *, paper: str = "a4",
    params: Mapping[str, object] | None = None, claimed: dict[Path, Path] | None = None, tagged: bool = False,
) -> Path:
    """Typeset ``tei_path`` and write ``out_dir/<document-id>.pdf`` atomically; return the path written.

    Nothing is written when the document is invalid or cannot be typeset, or when ``claimed`` (output → source, of
    a run of several files) shows another file with the same document id.
    """
    data, source = _source_bytes(tei_path)  # the file is read once
    pdf, ident = _render_pdf(data, source, _paper(paper), params, tagged)
    return _write(output_folder(out_dir) / f"{ident}.pdf", pdf, ident, tei_path, claimed)


def render_print_file(
    tei_path: str | os.PathLike, out_dir: str | os.PathLike, *, paper: str = "a4",
    params: Mapping[str, object] | None = None, claimed: dict[Path, Path] | None = None,
) -> Path:
    """Write the PDF-ready HTML of ``tei_path`` as ``out_dir/<document-id>.print.html`` (atomically)."""
    from .validate import check_document

    paper = _paper(paper)
    data, source = _source_bytes(tei_path)
    tree = check_document(data, source, "print HTML")  # as for the PDF: an invalid document gets no output
    ident = _id_of(tree.getroot(), source)
    html = _print_html(data, source, paper, params)
    return _write(output_folder(out_dir) / f"{ident}.print.html", html.encode("utf-8"), ident, tei_path, claimed)


def _write(target: Path, data: bytes, ident: str, source, claimed: dict[Path, Path] | None) -> Path:
    if claimed is not None:
        claim_output(claimed, ident, target, source)
    try:
        write_atomic(target, data)
    except OSError as error:
        raise PdfError(f"cannot write: {error.strerror or error}", path=target) from None
    return target


def render_files(
    files: list[str | os.PathLike], out_dir: str | os.PathLike, *, to: str = "pdf", paper: str = "a4",
    params: Mapping[str, object] | None = None, claimed: dict[Path, Path] | None = None, tagged: bool = False,
) -> list[Path]:
    """Render several TEI files to ``out_dir`` as PDF (``to="pdf"``; ``tagged``: PDF/A-3a) or PDF-ready HTML
    (``to="print"``).

    Two files with the same document id are refused (``claimed`` carries the outputs of earlier calls of a run)."""
    if to not in ("pdf", "print"):
        raise RenderError(f"unknown output format {to!r} for tei_edition.pdf (available: pdf, print)")
    output_folder(out_dir)  # before any work
    claimed = {} if claimed is None else claimed
    render = functools.partial(render_pdf_file, tagged=tagged) if to == "pdf" else render_print_file
    return [render(path, out_dir, paper=paper, params=params, claimed=claimed) for path in files]
