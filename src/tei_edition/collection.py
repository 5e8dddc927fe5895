"""The collection index page: every built edition and a corpus-wide index of names, by XSLT (collection.xsl).

Each document contributes a small summary (title, interviewees, dates, and which passages mention which register
entries), made by the worker that built it and kept in the build manifest, so the index of a large collection is
made without reading every TEI again; the entries' names and descriptions come from the corpus register.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Iterable

from lxml import etree

from . import TEI_NS, XML_NS
from .cite import filing_form, participant_names, recased_title, text_of
from .textio import write_atomic

INDEX_NAME = "index.html"
#: Up to this many mentioned passages in all, the index of names links every one of them; beyond it, each entry
#: links each edition once, to the edition's own index entry (which lists its passages), with their number: a
#: collection of a thousand name-dense editions would otherwise make a page of ~9 MB, twenty thousand ~170 MB.
PASSAGE_LINKS_MAX = 20_000
_T = f"{{{TEI_NS}}}"
_NAMES = (f"{_T}persName", f"{_T}orgName", f"{_T}placeName")


def summarize(root: etree._Element) -> dict:
    """What the index page needs of one TEI document (JSON-serialisable, stored in the manifest)."""
    header = root.find(f"{_T}teiHeader")
    title = header.findtext(f"{_T}fileDesc/{_T}titleStmt/{_T}title[@type='main']", default="") if header is not None else ""
    interviewees = list(participant_names(header, "interviewee")) if header is not None else []
    # somebody is interviewed (an interviewee, named or not), as the edition's About says "Interview" for its date (the
    # stylesheets' f:interviewed); a focus group, a phone-in, a hearing or a debate has a date, no interview date
    participants = header.iterfind(f"{_T}profileDesc/{_T}particDesc//{_T}person") if header is not None else ()
    interviewed = any("interviewee" in (person.get("role") or "").split() for person in participants)
    created = list(root.iterfind(f"{_T}teiHeader/{_T}profileDesc/{_T}creation/{_T}date"))
    dates = [text_of(d) for d in created]
    # each date's ISO value (@when, "" where none): the index gives the Gregorian date of one printed in an era
    dates_when = [d.get("when") or "" for d in created]
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
    # the title and the names as a catalogue gives them: printed in capitals, re-cased (cite.recased_title)
    title = recased_title(" ".join(title.split()), root.get(f"{{{XML_NS}}}lang"), root)
    # the first interviewee as the index files the edition: the name's parts as the TEI marks them (persName/surname:
    # "Wang Lihua" is filed under Wang), which the manifest's plain strings would not keep; a Thai name as written
    filed = filing_form(interviewees[0]) if interviewees else ""
    return {"title": title, "interviewees": interviewees, "filed": filed, "interviewed": interviewed, "dates": dates,
            "dates_when": dates_when, "mentions": mentions}


def _filing_key(value: str) -> str:
    """``value`` as a catalogue files it: without regard to case or accents ("Ó Briain" with "O'Brien")."""
    return "".join(c for c in unicodedata.normalize("NFKD", value.casefold()) if not unicodedata.combining(c))


def reading_order(entry: dict) -> tuple:
    """Where an edition stands in the collection index, as an oral history archive's finding aid lists interviews: by
    its first interviewee as a citation files the name (surname, then given names: "Lee, Mary"), then by the date of
    the interview; the editions naming no interviewee after them, by title; the document id breaks a tie."""
    summary = entry.get("summary") or {}
    people = summary.get("interviewees") or []
    title = _filing_key(summary.get("title", ""))
    # (a summary kept in the manifest of an earlier build may have no "filed")
    filed = _filing_key(summary.get("filed") or filing_form(people[0])) if people else title
    dates = summary.get("dates_when") or [""]
    return not people, filed, dates[0], title, entry.get("document_id") or ""


def collection_listing(documents: dict[str, dict], title: str, language: str, registers: Iterable[Path] = ()) -> bytes:
    """The input of collection.xsl: the registers the entries' names come from (those of every collection built
    together), the editions in reading order (:func:`reading_order`), then every register entry they mention, grouped
    here (by entry, then edition) so that the stylesheet only renders.

    Written as text, not built with lxml: a collection of 1,000 editions mentions ≈ 100,000 passages, and an
    element each cost ≈ 0.25 s at the very end of a build, when nothing else runs."""
    out = [f"<?xml version='1.0' encoding='UTF-8'?>\n<editions title={_attr(title)} lang={_attr(language)}>"]
    out += [f"<register href={_attr(path.resolve().as_uri())}/>" for path in registers if path.is_file()]
    by_entry: dict[str, list[tuple[str, list[list[str]]]]] = {}
    for entry in sorted(documents.values(), key=reading_order):
        ident, outputs, summary = entry.get("document_id"), entry.get("outputs", {}), entry.get("summary")
        if not ident or summary is None or f"{ident}.html" not in outputs:
            continue
        out.append(f"<edition id={_attr(ident)} html={_attr(f'{ident}.html')} title={_attr(summary['title'])}")
        for name, attribute in ((f"{ident}.xml", "tei"), (f"{ident}.pdf", "pdf")):
            if name in outputs:
                out.append(f" {attribute}={_attr(name)}")
        # (a summary kept in the manifest of an earlier build may have no "interviewed": a named interviewee says so)
        if summary.get("interviewed", bool(summary["interviewees"])):
            out.append(' interviewed="yes"')
        parts = [f"<interviewee>{_text(person)}</interviewee>" for person in summary["interviewees"]]
        # (a summary kept in the manifest of an earlier build may have no dates_when)
        whens = summary.get("dates_when") or []
        parts += [f"<date when={_attr(whens[i])}>{_text(date)}</date>" if i < len(whens) and whens[i]
                  else f"<date>{_text(date)}</date>" for i, date in enumerate(summary["dates"])]
        out.append(f">{''.join(parts)}</edition>" if parts else "/>")
        for ref, passages in summary["mentions"].items():
            by_entry.setdefault(ref, []).append((ident, passages))
    every_passage = sum(len(passages) for editions in by_entry.values() for _, passages in editions) <= PASSAGE_LINKS_MAX
    for ref in sorted(by_entry):
        out.append(f"<entry ref={_attr(ref)}>")
        for ident, passages in by_entry[ref]:
            if not every_passage:
                out.append(f"<in edition={_attr(ident)} passages={_attr(str(len(passages)))}/>")
                continue
            # one attribute, not an element per passage: parsing 10,000 elements was a third of the page's time
            out.append(f"<in edition={_attr(ident)} at={_attr(' '.join(_pair(*passage) for passage in passages))}/>")
        out.append("</entry>")
    out.append("</editions>")
    return "".join(out).encode("utf-8")


_TEXT_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
_ATTR_ESCAPES = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\r": "&#13;", "\n": "&#10;", "\t": "&#9;"}
)
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# a value to write as it is (nearly every id and number): no markup character, no line end, tab or other control
# character, nothing XML does not allow
_PLAIN = re.compile("[^&<>\"\x00-\x1f\ud800-\udfff\ufffe\uffff]*")


def _pair(passage: str, n: str) -> str:
    """A passage's id (an xml:id: no spaces) and its number, as two tokens of the listing's ``at``: spaces in a
    number become no-break spaces, as the page shows it, and an unnumbered passage (the converter numbers each) a
    no-break space alone, so that every passage has its two tokens."""
    return f"{passage} {chr(0xA0).join(n.split()) or chr(0xA0)}"


def _text(value: str) -> str:
    if _NOT_XML.search(value):
        raise ValueError(f"not a character XML allows in {value!r}")
    return value.translate(_TEXT_ESCAPES)


def _attr(value: str) -> str:
    """A quoted attribute value that parses back to exactly ``value`` (line ends and tabs as character references)."""
    if _PLAIN.fullmatch(value):
        return f'"{value}"'
    if _NOT_XML.search(value):
        raise ValueError(f"not a character XML allows in {value!r}")
    return f'"{value.translate(_ATTR_ESCAPES)}"'


def write_collection_index(out_dir: Path, documents: dict[str, dict], title: str, language: str,
                           registers: Iterable[Path] = ()) -> Path:
    """Write ``OUT/index.html`` for the documents the manifest lists, their entries named by ``registers``."""
    from .render import render_html

    listing = collection_listing(documents, title, language, registers)
    target = Path(out_dir) / INDEX_NAME
    write_atomic(target, render_html(listing, to="collection").encode("utf-8"))
    return target
