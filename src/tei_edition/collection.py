"""The collection index page: every built edition and a corpus-wide index of names, by XSLT (collection.xsl).

Each document contributes a small summary (title, interviewees, dates, and which passages mention which register
entries), made by the worker that built it and kept in the build manifest, so the index of a large collection is
made without reading every TEI again; the entries' names and descriptions come from the corpus register.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from . import TEI_NS, XML_NS
from .textio import write_atomic

INDEX_NAME = "index.html"
_T = f"{{{TEI_NS}}}"
_NAMES = (f"{_T}persName", f"{_T}orgName", f"{_T}placeName")


def summarize(root: etree._Element) -> dict:
    """What the index page needs of one TEI document (JSON-serialisable, stored in the manifest)."""
    header = root.find(f"{_T}teiHeader")
    title = header.findtext(f"{_T}fileDesc/{_T}titleStmt/{_T}title[@type='main']", default="") if header is not None else ""
    people = header.findall(f"{_T}profileDesc/{_T}particDesc/{_T}listPerson/{_T}person") if header is not None else []
    interviewees = [
        " ".join("".join(p.find(f"{_T}persName").itertext()).split())
        for p in people
        if "interviewee" in (p.get("role") or "").split() and p.find(f"{_T}persName") is not None
    ]
    dates = [" ".join("".join(d.itertext()).split()) for d in root.iterfind(f"{_T}teiHeader/{_T}profileDesc/{_T}creation/{_T}date")]
    mentions: dict[str, list[list[str]]] = {}
    text = root.find(f"{_T}text")
    # one walk over the paragraphs, not an ancestor walk per name (names in titles and headings are not indexed)
    for scope in text.iter(f"{_T}p") if text is not None else ():
        if scope.get(f"{{{XML_NS}}}id") is None:
            continue
        passage = [scope.get(f"{{{XML_NS}}}id"), scope.get("n", "")]
        for name in scope.iter(*_NAMES):
            ref = (name.get("ref") or "").split()
            if not ref or not ref[0].startswith("#"):
                continue
            places = mentions.setdefault(ref[0][1:], [])
            if passage not in places:
                places.append(passage)
    return {"title": " ".join(title.split()), "interviewees": interviewees, "dates": dates, "mentions": mentions}


def collection_listing(documents: dict[str, dict], title: str, language: str, register: Path | None) -> bytes:
    """The input of collection.xsl: the editions, sorted by id, then every register entry they mention, grouped
    here (by entry, then edition) so that the stylesheet only renders."""
    root = etree.Element("editions", title=title, lang=language)
    if register is not None and register.is_file():
        root.set("register", register.resolve().as_uri())
    by_entry: dict[str, list[tuple[str, list[list[str]]]]] = {}
    for entry in sorted(documents.values(), key=lambda e: e.get("document_id") or ""):
        ident, outputs, summary = entry.get("document_id"), entry.get("outputs", {}), entry.get("summary")
        if not ident or summary is None or f"{ident}.html" not in outputs:
            continue
        edition = etree.SubElement(root, "edition", id=ident, html=f"{ident}.html", title=summary["title"])
        for name, attribute in ((f"{ident}.xml", "tei"), (f"{ident}.pdf", "pdf")):
            if name in outputs:
                edition.set(attribute, name)
        for person in summary["interviewees"]:
            etree.SubElement(edition, "interviewee").text = person
        for date in summary["dates"]:
            etree.SubElement(edition, "date").text = date
        for ref, passages in summary["mentions"].items():
            by_entry.setdefault(ref, []).append((ident, passages))
    for ref in sorted(by_entry):
        mentioned = etree.SubElement(root, "entry", ref=ref)
        for ident, passages in by_entry[ref]:
            where = etree.SubElement(mentioned, "in", edition=ident)
            for passage, n in passages:
                etree.SubElement(where, "at", passage=passage, n=n)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def write_collection_index(out_dir: Path, documents: dict[str, dict], title: str, language: str, register: Path | None) -> Path:
    """Write ``OUT/index.html`` for the documents the manifest lists."""
    from .render import render_html

    listing = collection_listing(documents, title, language, register)
    target = Path(out_dir) / INDEX_NAME
    write_atomic(target, render_html(listing, to="collection").encode("utf-8"))
    return target
