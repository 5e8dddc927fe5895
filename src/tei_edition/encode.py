"""Encoding the interview model as a TEI P5 tree (lxml): header, front, speeches, inline markup and ids."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePath

from lxml import etree

from . import TEI_NS, XML_NS, __version__
from .casing import recased_name
from .config import EditionConfig, Sidecar, source_day
from .dates import day_of, iso_days
from .language import language_name, stated_language
from .letters import MONTHS, SUPERSCRIPT_DIGITS
from .model import Event, Inline, Interview, Node, Paragraph, Turn, plain_text
from .patterns import lazy
from .readers.labels import stand_in, stand_in_among
from .readers.metadata import bracket_in_a_name, person_names, title_lines
from .readers.text import without_comment_marks
from .speakers import translation_credit

T = "{%s}" % TEI_NS
XML_ID = "{%s}id" % XML_NS
XML_LANG = "{%s}lang" % XML_NS

_QUOTE_CHARACTERS = {"double-curly": ("“", "”"), "double-straight": ('"', '"')}


def _printed(nodes: list[Node]) -> str:
    """The characters of inline content as printed: plain_text with the quotation marks a ``q`` stands for (a title
    '"We Were Making It Up": An Interview with …' keeps them in the header, where a title is a string)."""
    out: list[str] = []
    for node in nodes:
        if isinstance(node, str):
            out.append(node)
        elif node.kind == "quote":
            opening, closing = _QUOTE_CHARACTERS[node.attrs.get("marks", "double-straight")]
            out.append(f"{opening}{_printed(node.children)}{closing}")
        else:
            out.append(_printed(node.children))
    return "".join(out)


_WHEN = "{urn:tei-edition}when"  # transient: the printed timecode of an anchor, until _timeline resolves it


@dataclass(frozen=True)
class SourceInfo:
    """Facts about the source file that the header records."""

    file_name: str
    sha256: str


def _el(parent: etree._Element | None, name: str, text: str | None = None, **attrs: str) -> etree._Element:
    attributes = {k.rstrip("_"): v for k, v in attrs.items() if v is not None} if attrs else None
    element = etree.Element(T + name, attributes) if parent is None else etree.SubElement(parent, T + name, attributes)
    if text is not None:
        element.text = text
    return element


def _p(parent: etree._Element, text: str) -> etree._Element:
    return _el(parent, "p", text)


class _Ids:
    """Deterministic, corpus-unique ids: ``{doc}-sp{n}``, ``{doc}-p{n}``, ``{doc}-div{n}``."""

    def __init__(self, document_id: str) -> None:
        self.doc = document_id
        self.counters: dict[str, int] = {}

    def next(self, kind: str) -> tuple[str, int]:
        n = self.counters.get(kind, 0) + 1
        self.counters[kind] = n
        return f"{self.doc}-{kind}{n}", n


def _add_inline(parent: etree._Element, nodes: list[Node]) -> None:
    """Append inline content to ``parent``, text and tails kept exactly."""
    last: etree._Element | None = None

    def add_text(text: str) -> None:
        if last is None:
            parent.text = (parent.text or "") + text
        else:
            last.tail = (last.tail or "") + text

    for node in nodes:
        if isinstance(node, str):
            add_text(node)
            continue
        kind = node.kind
        if kind == "italic":
            last = _el(parent, "hi", rend="italic")
            _add_inline(last, node.children)
        elif kind == "bold":
            last = _el(parent, "hi", rend="bold")
            _add_inline(last, node.children)
        elif kind == "quote":
            last = _el(parent, "q", rend=node.attrs.get("marks", "double-straight"))
            _add_inline(last, node.children)
        elif kind == "ellipsis":
            last = _el(parent, "ellipsis")
            _el(last, "metamark", plain_text(node.children), function="omission")
        elif kind == "interpolation":
            last = _el(parent, "seg", type="interpolation", resp="#source-editors")
            _add_inline(last, node.children)
        elif kind == "link":  # a Markdown link: its text, its target
            last = _el(parent, "ref", target=node.attrs["target"])
            _add_inline(last, node.children)
        elif kind == "split":
            last = _el(parent, "milestone", unit="block", type="layout-split")
        elif kind == "lb":  # a line break of a title or heading printed over two lines or more
            last = _el(parent, "lb")
        elif kind == "incident":
            # a conversation analyst's pause: type "pause" (timed) or "micropause", its desc the pause as printed
            last = _el(parent, "incident", type=node.attrs["type"]) if "type" in node.attrs else _el(parent, "incident")
            _add_inline(_el(last, "desc"), node.children)
        elif kind == "note":  # a typescript's page head between the words of a paragraph the page break cut
            last = _el(parent, "note", type="transcript")
            _add_inline(last, node.children)
        elif kind == "date":  # a session's day, in its heading
            last = _el(parent, "date", when=node.attrs["when"])
            _add_inline(last, node.children)
        elif kind == "time":
            # The pointer is filled in by _timeline once every timecode of the document is known.
            last = _el(parent, "anchor", type="timecode")
            last.set(_WHEN, node.attrs["when"])
        else:  # pragma: no cover - a reader produced a kind the encoder does not know
            raise ValueError(f"unknown inline kind {kind!r}")


def encode(
    interview: Interview,
    *,
    document_id: str,
    language: str,
    config: EditionConfig,
    sidecar: Sidecar,
    source: SourceInfo,
) -> etree._ElementTree:
    """Build the TEI document for one interview, in ``language`` (a BCP 47 tag: see language.document_language)."""
    ids = _Ids(document_id)
    root = etree.Element(T + "TEI", nsmap={None: TEI_NS})
    root.set(XML_LANG, language)
    title = (
        without_comment_marks(_printed(interview.title), interview.comment_marks) if interview.title
        else sidecar.title or interview.metadata.get("title") or _title_line(interview)
        or _email_subject(interview.metadata)
    )
    supplied = not title
    if supplied:  # the archive's own name for the transcript reads better than the id made of it
        title = " ".join(PurePath(source.file_name).stem.replace("_", " ").split()) or document_id
    # The first line taken for the title is the document's title in the text too: titlePage/docTitle, not a headnote
    # paragraph as well (the editions would print it twice)
    title_block = _title_paragraph(interview) if not interview.title else None
    if title_block is not None and (
        interview.headnote[0] is not title_block
        or " ".join(title.split()) not in (
            " ".join(_printed(title_block.content).split()), _title_line(interview),
            without_comment_marks(" ".join(_printed(title_block.content).split()), interview.comment_marks))
    ):
        # after a page header or a note the line stays where it is printed; where the sidecar's title is another, it
        # stays a paragraph of the headnote
        title_block = None
    _header(root, interview, document_id=document_id, title=title, language=language, config=config, sidecar=sidecar,
            source=source, title_moved=title_block is not None, title_supplied=supplied)

    text = _el(root, "text")
    front = _el(text, "front")
    if interview.kicker or interview.title or title_block is not None:
        doc_title = _el(_el(front, "titlePage"), "docTitle")
        if interview.kicker:
            _add_inline(_el(doc_title, "titlePart", type="kicker"), interview.kicker)
        if interview.title or title_block is not None:
            _add_inline(_el(doc_title, "titlePart", type="main"),
                        interview.title or _line_broken(title_block, interview.kept_source))
    headnote_blocks = [block for block in interview.headnote if block is not title_block]
    if headnote_blocks:
        headnote = _el(front, "div", type="headnote")
        headnote.set(XML_ID, f"{document_id}-headnote")
        paragraphs = [b for b in headnote_blocks if isinstance(b, Paragraph)]
        # (not over a contents list, which is no italic paragraph)
        if paragraphs and all(b.rend == "italic" for b in paragraphs) and len(paragraphs) == len(headnote_blocks):
            headnote.set("rend", "italic")
        container = headnote
        for block in headnote_blocks:
            if isinstance(block, Event) and block.kind == "contents":
                # the source's contents list: a division of its own, its heading and one p for each entry; what
                # follows it in the headnote goes into a division after it (TEI has no p after a div)
                contents = _el(headnote, "div", type="contents")
                contents.set(XML_ID, ids.next("div")[0])
                if block.content:
                    _add_inline(_el(contents, "head"), block.content)
                for entry in block.lines:
                    _block(contents, Paragraph(entry, line=block.line), ids)
                container = None
                continue
            if container is None or isinstance(block, Paragraph) and block.rend == "heading" and len(container):
                # a heading after text opens a division of the headnote (TEI has no head after a p)
                container = _el(headnote, "div", type="section")
                container.set(XML_ID, ids.next("div")[0])
            _block(container, block, ids)
    if len(front) == 0:
        text.remove(front)

    body = _el(text, "body")
    open_levels: list[tuple[int, etree._Element]] = []  # the Markdown sections a deeper one goes into
    for index, section in enumerate(interview.sections):
        while open_levels and (section.level is None or open_levels[-1][0] >= section.level):
            open_levels.pop()
        parent = open_levels[-1][1] if open_levels else body
        div = _el(parent, "div", type=section.kind or ("interview" if section.heading is None else "section"))
        if section.level is not None:
            open_levels.append((section.level, div))
        first = index == 0 and section.heading is None and section.kind is None
        div.set(XML_ID, f"{document_id}-interview" if first else ids.next("div")[0])
        if section.heading is not None:
            _add_inline(_el(div, "head"), section.heading)
        for item in section.items:
            if isinstance(item, Turn):
                _turn(div, item, ids)
            else:
                _block(div, item, ids)
    _link_notes(root, body, ids)
    _timeline(root, document_id)
    return etree.ElementTree(root)


_MARK_NUMBER = lazy(r"\[\^?(\d{1,3})\]")  # "[1]", and Markdown's footnote "[^1]"
# A closing note's mark: "[1]" (an interpolation), "(1)", "1.", "1)", "¹", or a symbol of the printers' order ("*",
# "†", "‡", "§").
_NOTE_OPENING = lazy(rf"\s*(?:\[(\d{{1,3}})\]|\((\d{{1,3}})\)|(\d{{1,3}})[.)]|([{SUPERSCRIPT_DIGITS}]{{1,3}})"
                     r"|([*†‡§]))(?=\s)")
_SUPERSCRIPTS = str.maketrans("\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079", "0123456789")
_SYMBOLS = "*†‡§"
# The same marks printed in the text, after the word or punctuation they annotate ("Hodgkin?¹", "Huachuca,*").
_PRINTED_MARK = {
    "superscript": lazy(rf"(?<=\S)[{SUPERSCRIPT_DIGITS}]{{1,3}}"),
    "symbol": lazy(r"(?<=[^\s*])[*†‡§](?![*\w])"),
}


def _mark_number(kind: str, mark: str) -> int:
    return _SYMBOLS.index(mark) + 1 if kind == "symbol" else int(mark.translate(_SUPERSCRIPTS))


def _printed_marks(element: etree._Element, pattern: re.Pattern, skip) -> list:
    """Every mark in the text of ``element`` and below, in document order, as (owner, "text" or "tail", match); not
    inside ``skip`` (the notes), a speaker's label, a note or a reference."""
    found = []
    if element in skip or element.tag in (T + "speaker", T + "note", T + "ref", T + "head") or not isinstance(element.tag, str):
        return found
    found.extend((element, "text", hit) for hit in pattern.finditer(element.text or ""))
    for child in element:
        found.extend(_printed_marks(child, pattern, skip))
        found.extend((child, "tail", hit) for hit in pattern.finditer(child.tail or ""))
    return found


def _link_notes(root: etree._Element, body: etree._Element, ids: _Ids) -> None:
    """The closing notes' marks linked to the notes: where the last div of notes holds only paragraphs that each open
    with a note's mark ("[1] …", "1. …", "¹ …", or the printers' symbols "* …", "† …"), numbered 1, 2, 3 … in order
    (or *, †, ‡, § in that order), and the text before prints exactly those marks ("…Brennan?[1]", "Hodgkin?¹",
    "Huachuca,*"), each once and in order, each mark in the text is a ref[@type='noteref'] pointing at a
    note[@type='endnote'] (an xml:id {doc}-note{n}) that holds the note's text in its paragraph, after the note's
    mark as printed. Anything else (no notes, a mark missing, twice or out of order) stays as it was: text and
    interpolations, no link."""
    divs = body.findall(T + "div[@type='notes']")
    if not divs:
        return
    notes = divs[-1]
    paragraphs = [child for child in notes if child.tag != T + "head"]
    if not paragraphs or any(p.tag != T + "p" for p in paragraphs):
        return
    openings = []  # (paragraph, the element that prints the mark or None where the p's text does, its length)
    kinds = set()
    for number, p in enumerate(paragraphs, start=1):
        first = p[0] if len(p) else None
        if not (p.text or "").strip() and first is not None and first.tag == T + "seg" and not len(first):
            mark = _MARK_NUMBER.fullmatch(first.text or "")
            if mark is None or int(mark.group(1)) != number or not (first.tail or "")[:1].isspace() and not (
                first.text[1] == "^" and (first.tail or "")[:2] == ": "  # "[^1]: Her father …", as Markdown defines it
            ):
                return
            openings.append((p, first, 0))
            kinds.add("bracket")
            continue
        mark = _NOTE_OPENING.match(p.text or "")
        if mark is None:
            return
        kind = "superscript" if mark.group(4) else "symbol" if mark.group(5) else "bracket"
        if _mark_number(kind, next(g for g in mark.groups() if g)) != number:
            return
        openings.append((p, None, mark.end()))
        kinds.add(kind)
    if len(kinds) != 1:
        return
    kind = kinds.pop()
    if kind == "bracket":
        marks = [
            seg for seg in body.iter(T + "seg")
            if seg.get("type") == "interpolation" and not len(seg) and _MARK_NUMBER.fullmatch(seg.text or "")
            and not any(ancestor is notes for ancestor in seg.iterancestors())
        ]
        if [int(_MARK_NUMBER.fullmatch(seg.text).group(1)) for seg in marks] != list(range(1, len(paragraphs) + 1)):
            if marks or any(printed is not None for _, printed, _ in openings):
                return
            # notes numbered "1. …" under marks the text prints as superscripts ("a Rhodes Scholar.¹"), as a journal
            # prints them
            kind = "superscript"
    if kind != "bracket":
        text = root.find(T + "text")
        printed = _printed_marks(text, _PRINTED_MARK[kind], {notes})
        if [_mark_number(kind, hit.group()) for _, _, hit in printed] != list(range(1, len(paragraphs) + 1)):
            return
        marks = []
        for owner, where, hit in reversed(printed):  # from the end, so that the offsets of the others hold
            ref = etree.Element(T + "ref")
            ref.text = hit.group()
            string = owner.text if where == "text" else owner.tail
            ref.tail = string[hit.end():]
            if where == "text":
                owner.text = string[: hit.start()]
                owner.insert(0, ref)
            else:
                owner.tail = string[: hit.start()]
                owner.addnext(ref)
            marks.append(ref)
        marks.reverse()
    for number, (seg, (p, printed, length)) in enumerate(zip(marks, openings), start=1):
        ident = ids.next("note")[0]
        note = etree.Element(T + "note", type="endnote", n=str(number))
        note.set(XML_ID, ident)
        if printed is not None:  # "[1] William …": the note's printed mark, not an editors' interpolation; the rest is the note
            printed.attrib.clear()
            printed.set("type", "notemark")
            rest = printed.tail
            spaces = len(rest) - len(rest.removeprefix(":").lstrip())
            printed.tail, note.text = rest[:spaces], rest[spaces:]
            for child in list(printed.itersiblings()):
                note.append(child)
            printed.addnext(note)
        else:  # "1. William …": the printed number stays the paragraph's text, before the note
            text = p.text[length:]
            spaces = len(text) - len(text.lstrip())
            p.text, note.text = p.text[: length + spaces], text[spaces:]
            for child in list(p):
                note.append(child)
            p.insert(0, note)
        seg.tag = T + "ref"
        seg.attrib.clear()
        seg.set("type", "noteref")
        seg.set("target", "#" + ident)
    normalization = root.find(f"{T}teiHeader/{T}encodingDesc/{T}editorialDecl/{T}normalization")
    if kind == "bracket" and not any(seg.get("type") == "interpolation" for seg in root.find(T + "text").iter(T + "seg")):
        # the brackets were all note marks: no words of the source's editors in brackets are left to declare
        for p in normalization:
            p.text = p.text.replace(f"; {_INTERPOLATIONS}", "").replace(_INTERPOLATIONS[0].upper() + _INTERPOLATIONS[1:] + ". ", "")
    printed_as = {"bracket": "in square brackets", "superscript": "in superscript", "symbol": "printed as symbols (*, †)"}
    _p(normalization, f"{len(marks)} note mark(s) {printed_as[kind]} in the text are ref[@type='noteref'] pointing at "
       "the closing notes of the same numbers, each a note[@type='endnote'] after its mark as printed"
       + (" (a seg[@type='notemark']); the brackets are kept." if kind == "bracket" else "; the marks are kept as printed."))


def _seconds(timecode: str) -> float:
    total = 0.0
    for part in timecode.replace(",", ".").split(":"):
        total = total * 60 + float(part)
    return total


def _timeline(root: etree._Element, document_id: str) -> None:
    """Point every timecode anchor at a ``when`` of one ``timeline`` in ``standOff`` (after teiHeader)."""
    anchors = [a for a in root.iter(T + "anchor") if a.get(_WHEN) is not None]
    if not anchors:
        return
    points = sorted({_seconds(a.get(_WHEN)) for a in anchors})
    ids = {seconds: f"{document_id}-t{n}" for n, seconds in enumerate(points, start=1)}
    for anchor in anchors:
        anchor.set("synch", "#" + ids[_seconds(anchor.attrib.pop(_WHEN))])
    etree.cleanup_namespaces(root)
    stand_off = root.find(T + "standOff")
    if stand_off is None:
        stand_off = etree.Element(T + "standOff")
        root.find(T + "teiHeader").addnext(stand_off)
    origin = f"{document_id}-t0"
    timeline = _el(stand_off, "timeline", unit="s", origin="#" + origin)
    _el(timeline, "when").set(XML_ID, origin)
    for seconds in points:
        value = f"{seconds:g}" if seconds != int(seconds) else str(int(seconds))
        when = _el(timeline, "when", interval=value, since="#" + origin)
        when.set(XML_ID, ids[seconds])


def _title_line(interview: Interview) -> str | None:
    """A transcript without a marked title often opens with a title line ("HEARING BEFORE THE COMMITTEE …"):
    a short first paragraph that is no sentence. It names the document; in the text it is the titlePage's title."""
    first = _title_paragraph(interview)
    if first is None:
        return None
    lines = _source_lines(first, interview.kept_source)
    if len(lines) > 1:  # printed over two lines or more: joined as the lines of a title are (see title_lines)
        return without_comment_marks(title_lines(lines), interview.comment_marks)
    return without_comment_marks(" ".join(_printed(first.content).split()), interview.comment_marks)


# The prefixes a mail program puts before a subject it replies to or forwards ("Re:", "Fwd:", German "AW:"/"WG:").
_REPLY_PREFIX = lazy(r"^(?:(?:re|fwd?|aw|wg|sv|vs|tr)\s*:\s*)+", re.I)


def _email_subject(metadata: dict[str, str]) -> str | None:
    """An e-mail interview's subject line, where the header is an e-mail's (``From:`` and ``Subject:``), without the
    reply's "Re:": the title its writer gave it. A catalogue's "Subject:" is a topic, no title."""
    if "from" not in metadata or not metadata.get("subject"):
        return None
    return _REPLY_PREFIX.sub("", metadata["subject"]).strip() or None


def _line_broken(block: Paragraph, source: str) -> list[Node]:
    """A title line's content with the source's line breaks kept: "National Life Stories" / "An Oral History of
    British Science" printed on two lines is one title, an lb where the second line begins (after the space that
    joins the lines, so that its text still reads "Stories An"). Where the paragraph's text is not its lines' words
    as printed (markup in them), or a break falls inside a span, the content stays as it is."""
    lines = _source_lines(block, source)
    if len(lines) < 2:
        return block.content
    breaks, at = [], 0
    for line in lines[:-1]:
        at += len(line) + 1
        breaks.append(at)  # where the next line's text begins
    out: list[Node] = []
    at = 0
    for node in block.content:
        if not isinstance(node, str):
            out.append(node)
            at += len(plain_text([node]))
            continue
        cut = 0
        for where in breaks:
            if at < where < at + len(node):
                out.extend([node[cut : where - at], Inline("lb")])
                cut = where - at
        out.append(node[cut:])
        at += len(node)
    return out


def _source_lines(block: Paragraph, source: str) -> list[str]:
    """The source's lines of a paragraph (stripped), where its text is theirs joined by spaces (no markup in them),
    else none."""
    text = plain_text(block.content)
    lines: list[str] = []
    for line in source.split("\n", block.line + 3)[max(block.line - 1, 0):block.line + 3]:
        if not line.strip():
            break
        lines.append(line.strip())
        if len(" ".join(lines)) >= len(text):  # the paragraph's last line (a date line after it is another's)
            break
    return lines if lines and text == " ".join(lines) else []


# A government's protective marking printed over a record ("OFFICIAL-SENSITIVE", "RESTRICTED (when complete)" with
# the form's number at the right margin, "SECRET//NOFORN"): no title; the title is the line after it.
_PROTECTIVE_MARKING = re.compile(
    r"\s*(?:UK[ \t]+)?(?:OFFICIAL(?:[- ]SENSITIVE)?|RESTRICTED|CONFIDENTIAL|(?:TOP[ \t]+)?SECRET|UNCLASSIFIED|PROTECT"
    r"|NOT[ \t]+PROTECTIVELY[ \t]+MARKED)(?://[A-Z /]+)?(?:[ \t]*\((?:when|once)[ \t]+complete(?:d)?\))?"
    r"(?:[ \t]{3,}[A-Z0-9()/-]{2,12})?\s*")


def _title_paragraph(interview: Interview) -> Paragraph | None:
    """The headnote's first paragraph where it is a title line (see _title_line), else ``None``."""
    first = next((b for b in interview.headnote if isinstance(b, Paragraph) and b.rend != "heading" and not (
        b is interview.headnote[0] and _PROTECTIVE_MARKING.fullmatch(plain_text(b.content)))), None)
    if first is None:
        return None
    line = " ".join(plain_text(first.content).split())
    # a key of the labels ("Speaker 1 = Anna Lee / Speaker 2 = David Okoro") names no document, nor does a letter's
    # salutation ("Dear Dr Osei,", an e-mail interview's first line under its header)
    words = len(line.split())
    if 0 < words and (words <= 15 or len(line) <= 400 and _DESCRIBED.match(line)) and not line.endswith(
            (".", "?", "!", ":", ";", ",")) and " = " not in line and (
            # nor does the word a meeting's export heads its turns with ("Transcript", under its chat's lines)
            line.casefold() not in _TRANSCRIPT_WORDS):
        return first
    return None


# A catalogue's descriptive title, which may run to forty words and more ("Transcript of an interview with Margaret
# Fairweather, former shop steward at the Raleigh works, recorded for … in the spring of 1994"): it says what the
# document is before anything else; a sentence of the headnote as long does not.
_DESCRIBED = lazy(
    r"(?i)(?:(?:a|an|the)\s+)?(?:(?:(?:verbatim|edited|full)\s+)?(?:transcript(?:ion)?|recording|record)\s+of\s+"
    r"(?:(?:a|an|the)\s+)?)?(?:oral[ -]history\s+)?(?:interview|conversation)s?\s+(?:with|of)\s")
_TRANSCRIPT_WORDS = frozenset({"transcript", "transcription", "transkript", "transkription", "transcripción",
                               "trascrizione", "transcrição", "transcriptie"})


def _turn(parent: etree._Element, turn: Turn, ids: _Ids) -> None:
    sp = _el(parent, "sp", who=" ".join(f"#{who}" for who in [turn.who, *turn.joint]))
    sp.set(XML_ID, ids.next("sp")[0])
    if turn.start:
        _el(sp, "anchor", type="timecode").set(_WHEN, turn.start)
    if turn.label:  # a turn printed without a label (an unlabelled Q&A) has no speaker element
        _el(sp, "speaker", turn.printed or turn.label)  # "Q4 [Mark Garnier]": the question number stays
    # A label with no text after it still is a turn of the source; TEI's sp needs a p, so it gets an empty one.
    for block in turn.blocks or [Paragraph([], line=turn.line)]:
        _block(sp, block, ids)


def _block(parent: etree._Element, block, ids: _Ids) -> None:
    if isinstance(block, Paragraph):
        if block.rend == "heading":
            head = _el(parent, "head")
            _add_inline(head, block.content)
            return
        ident, n = ids.next("p")
        p = _el(parent, "p", n=str(n))
        p.set(XML_ID, ident)
        if block.lang:
            p.set(XML_LANG, block.lang)
        if block.rend and block.rend != "italic" or (block.rend == "italic" and parent.get("rend") != "italic"):
            p.set("rend", block.rend)
        _add_inline(p, block.content)
    elif isinstance(block, Event):
        _event(parent, block, ids)


def _event(parent: etree._Element, event: Event, ids: _Ids) -> None:
    if event.kind == "incident":
        _add_inline(_el(_el(parent, "incident"), "desc"), event.content)
    elif event.kind == "note":
        _add_inline(_el(parent, "note", type="transcript"), event.content)
    elif event.kind == "figure":  # an image printed in the source (Markdown), or its caption
        _add_inline(_el(parent, "note", type="figure"), event.content)
    elif event.kind == "lyrics":
        lg = _el(parent, "lg", type="song")
        lg.set(XML_ID, ids.next("lg")[0])  # a song's lines are a passage: citable, as a paragraph is
        for line in event.lines:
            _add_inline(_el(lg, "l"), line)
    else:  # pragma: no cover
        raise ValueError(f"unknown event kind {event.kind!r}")


def _human_date(iso: str) -> str:
    parts = iso.split("-")
    if len(parts) == 3:
        return f"{MONTHS[int(parts[1]) - 1]} {int(parts[2])}, {parts[0]}"
    if len(parts) == 2:
        return f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return iso


# The subtitle in the document's language, as a catalogue gives it beside the title ("Entrevista con Carmen Vázquez"
# under "ENTREVISTA A CARMEN VÁZQUEZ"): the words before the names and the word joining the last two. Only languages
# where a name stands as printed after the words; where a grammar would decline it (Russian's "Интервью с Анной
# Петровной", Polish, Welsh's mutations) or put the words after it (Japanese, Hindi, Turkish), no subtitle: an English
# one ("Interview with 山田") mixes two languages in one catalogue record, and the title names the person already.
_SUBTITLE_WORDS = {
    "en": ("Interview with ", " and "), "de": ("Interview mit ", " und "), "nl": ("Interview met ", " en "),
    "fr": ("Entretien avec ", " et "), "es": ("Entrevista con ", " y "), "pt": ("Entrevista com ", " e "),
    "it": ("Intervista con ", " e "), "ca": ("Entrevista amb ", " i "), "gl": ("Entrevista con ", " e "),
    "sv": ("Intervju med ", " och "), "no": ("Intervju med ", " og "), "nb": ("Intervju med ", " og "),
    "da": ("Interview med ", " og "), "sw": ("Mahojiano na ", " na "), "id": ("Wawancara dengan ", " dan "),
    "ar": ("مقابلة مع ", " و"), "he": ("ראיון עם ", " ו"), "fa": ("مصاحبه با ", " و "),
}


def _header(
    root, interview: Interview, *, document_id, title, language, config: EditionConfig, sidecar: Sidecar, source: SourceInfo,
    title_moved: bool = False, title_supplied: bool = False,
) -> None:
    header = _el(root, "teiHeader")
    file_desc = _el(header, "fileDesc")
    title_stmt = _el(file_desc, "titleStmt")
    _el(title_stmt, "title", title, type="main")
    # "Interview with A", "Interview with RESP", "Interview with R1": a stand-in names nobody, and gives no subtitle
    interviewees = [p for p in interview.participants if p.role == "interviewee" and not stand_in(p.name)]
    if interviewees:
        # "A", "A and B", "A, B and C"; a full name printed in capitals re-cased, as a citation gives it: the
        # subtitle is the edition's words ("Interview with Karen Lindgren" of "DEPOSITION OF KAREN LINDGREN"). One
        # word in capitals is a label's, kept as printed ("Interview with COLE"): a surname or an acronym, the
        # converter cannot tell which.
        names = [recased_name(p.name) if len(p.name.split()) > 1 else p.name for p in interviewees]
        if words := _SUBTITLE_WORDS.get((language or "en").split("-")[0].lower()):
            _el(title_stmt, "title", words[0] + words[1].join(filter(None, (", ".join(names[:-1]), names[-1]))),
                type="sub")
    resp = _el(title_stmt, "respStmt")
    _el(resp, "resp", "TEI encoding (automatic conversion)")
    _el(resp, "name", f"tei-edition {__version__}")
    if credit := translation_credit(interview):  # "Translated from the Russian by Anna Summers"
        resp = _el(title_stmt, "respStmt")
        _el(resp, "resp", credit[0])
        _el(resp, "persName", credit[1])
    if config.publisher:
        resp = _el(title_stmt, "respStmt")
        _el(resp, "resp", "Edition")
        _el(resp, "name", config.publisher)

    pub = _el(file_desc, "publicationStmt")
    # No publisher stated (no edition.toml): an empty publisher, which TEI requires before the idno and availability;
    # "Unknown publisher" would be catalogued, shown and cited as a name.
    _el(pub, "publisher", config.publisher)
    _el(pub, "idno", document_id, type="document")
    if config.base_uri:
        _el(pub, "idno", config.permalink(document_id), type="URI")
    availability = _el(pub, "availability", status=_availability_status(sidecar.rights_status))
    if config.licence:
        _el(availability, "licence", config.licence, target=config.licence_uri or None)
    rights = sidecar.rights_note or {
        "unknown": "The rights status of the source text is unknown.",
    }.get(sidecar.rights_status, f"Rights status of the source text: {sidecar.rights_status}.")
    _p(availability, rights)

    source_desc = _el(file_desc, "sourceDesc")
    bibl = _el(source_desc, "bibl", type="source")
    _el(bibl, "title", title, level="a")
    if sidecar.publication:
        _el(bibl, "title", sidecar.publication, level="j" if sidecar.publication_type == "journal" else "m")
        if sidecar.publication_abbr:
            _el(bibl, "abbr", sidecar.publication_abbr)
    else:
        _el(bibl, "note", "The source publication is not stated in the transcript or its sidecar.", type="missing")
    # The target of seg[@type='interpolation']/@resp: brackets printed by the source's own editors.
    editors = _el(bibl, "respStmt")
    editors.set(XML_ID, "source-editors")
    _el(editors, "resp", "editorial interpolations in square brackets, as printed")
    _el(editors, "name", f"the editors of {sidecar.publication}" if sidecar.publication else "the source's editors")
    if sidecar.year:
        date = _el(bibl, "date", str(sidecar.year), when=f"{sidecar.year:04d}")
        if sidecar.year_inferred:
            date.set("cert", "medium")
            _el(bibl, "note", "The year is inferred, not stated in the source. " + (sidecar.year_evidence or ""), type="dating")
    # Header fields the transcript prints that no other part of the header holds ("Transcriber: J. Pickles",
    # "Duration: …", "Subject: …"): their words stay in the document, as notes on the source.
    for key, value in interview.metadata.items():
        if key not in _ENCODED_FIELDS or _overridden(key, value, interview, sidecar, title):
            _el(bibl, "note", value, type="metadata", n=key or None)  # a key of no letters: no n=""
    _el(bibl, "note", f"Transcript file {source.file_name} (SHA-256 {source.sha256}).", type="file")

    encoding = _el(header, "encodingDesc")
    project = _el(encoding, "projectDesc")
    _p(project, f"{config.title}: TEI P5 archival masters of interviews and other spoken records, converted from plain-text transcripts by tei-edition.")
    editorial = _el(encoding, "editorialDecl")
    normalization = _el(editorial, "normalization")
    for statement in _normalisations(interview):
        _p(normalization, statement)
    if title_moved:
        _p(normalization, "The transcript's first line, a title, is encoded as the titlePage's title (docTitle/titlePart), not as a paragraph.")
    segmentation = _el(editorial, "segmentation")
    songs = any(isinstance(block, Event) and block.kind == "lyrics" for block in interview.blocks(events=True))
    _p(segmentation, "Each speaker's turn is an sp whose who points at a participant in particDesc; its paragraphs are p elements"
       + ("; a song's lines (each opening with ♪ or ♫) are an lg of l elements." if songs else ".")
       + f" Every div, sp{', lg' if songs else ''} and p carries an xml:id of the form {{document}}-{{kind}}{{number}}, "
       "the anchor for citation in every output.")
    if any(_count(block.content, "lb") for block in interview.blocks()):
        _p(segmentation, "A paragraph of a turn printed as lines (a letter or a poem read out, a dialogue quoted, a "
           "list: short lines, most ending a sentence or a clause) keeps them: an lb where each next line begins.")
    interpretation = _el(editorial, "interpretation")
    _p(interpretation, "Speakers were attributed by matching each label against the participants; " + ("the sidecar lists them." if sidecar.participants else "the participants were inferred from the kicker and headnote."))
    if title_supplied:
        _p(interpretation, f"The transcript states no title: the title is its file name, {source.file_name}.")
    # One citation tree over the stable ids (DTS clients read the first citeStructure): speech → paragraph,
    # with the headnote (the publication's own voice) and what follows the turns (endnotes, the editors' closing
    # lines) cited at the speech level, so that every paragraph has a ref. A DTS ref is the ids joined by "/"
    # (eir-2000-mizin-sp1/eir-2000-mizin-p4); its last part is the xml:id, the permalink fragment. XPath 1.0, which
    # every DTS implementation reads.
    refs = _el(encoding, "refsDecl")
    speech = _el(refs, "citeStructure", unit="speech", match=_SPEECH_LEVEL, use="@xml:id")
    _el(speech, "citeStructure", unit="paragraph", match="p", use="@xml:id", delim="/")

    profile = _el(header, "profileDesc")
    meta_date = None if sidecar.dates else interview.metadata.get("date")
    place = sidecar.place or interview.metadata.get("place")
    # where nothing else dates the interview, its sessions' headings do ("Session 1, 4 May 2010"), a date for each
    sessions = [] if sidecar.dates or meta_date else interview.session_dates
    if sidecar.dates or place or meta_date or sessions:
        creation = _el(profile, "creation")
        dates = [(_human_date(iso), iso) for iso in sidecar.dates] or sessions
        for index, (printed, iso) in enumerate(dates):
            if index:
                creation[-1].tail = " and " if index == len(dates) - 1 else ", "
            _el(creation, "date", printed, when=iso)
        if meta_date and (days := iso_days(meta_date)):  # "March 3 and 10, 2004": a date for each session's day
            for printed, iso, between in days:
                _el(creation, "date", printed, when=iso).tail = between or None
        elif meta_date:
            _el(creation, "date", meta_date, when=day_of(meta_date))  # ("2023-11-14 09:42": the day)
        if place:
            if len(creation):
                creation[-1].tail = ", "
            _el(creation, "placeName", place)
    lang_usage = _el(profile, "langUsage")
    _el(lang_usage, "language", language_name(language), ident=language)
    partic = _el(profile, "particDesc")
    people = _el(partic, "listPerson")
    labels = {turn.label for turn in interview.turns() if turn.label}
    for participant in interview.participants:
        person = _el(people, "person", role=participant.role)
        person.set(XML_ID, participant.id)
        # a stand-in ("Q", "Speaker 2", "unnamed interviewee") is no name: the editions and records say so
        _el(person, "persName", participant.name, type="unnamed" if stand_in_among(participant.name, labels) else None)
        if participant.affiliation:
            _el(person, "affiliation", participant.affiliation)
        if participant.occupation:
            _el(person, "occupation", participant.occupation)
        if participant.residence:  # (the project schema has no residence: a note of that type)
            _el(person, "note", participant.residence, type="residence")
        if participant.constituency:
            _el(person, "note", participant.constituency, type="constituency")
        if participant.note:
            _el(person, "note", participant.note)
    if not interview.participants:  # pragma: no cover - the reader guarantees at least one turn
        _el(people, "person")

    revision = _el(header, "revisionDesc")
    _el(revision, "change", f"Converted from {source.file_name} (SHA-256 {source.sha256}) by tei-edition {__version__}; reading convention: {interview.convention}.", when=source_day())


_SPEECH_LEVEL = "/TEI/text//*[self::sp or self::div[@type='headnote' or @type='notes' or @type='editorial']]"

#: Metadata fields that the header encodes elsewhere (titles, creation, langUsage, particDesc).
_ENCODED_FIELDS = frozenset({"title", "date", "place", "language", "interviewee", "interviewer", "participants"})


def _overridden(key: str, value: str, interview: Interview, sidecar: Sidecar, title: str) -> bool:
    """Whether a field the header would encode gave way to the sidecar (or a heading), so that its words are
    nowhere else: a printed date beside the sidecar's dates, a printed interviewer the sidecar's participants omit."""
    if key == "title":
        return value != title
    if key == "language" and not stated_language(value):
        return True  # "Language: Kalam (kmh)": no language langUsage encodes, the words kept as a note
    if key in ("date", "place", "language"):
        return bool({"date": sidecar.dates, "place": sidecar.place, "language": sidecar.language}[key])
    if key == "participants" and sidecar.participants:
        return False  # (the sidecar's participants are the editor's word on who speaks: the transcript's list gives way)
    if key in ("interviewee", "interviewer", "participants"):
        # (people a header lists who never speak, a court's "ACCUSED: …", are no participant: their words a note)
        names = {" ".join(p.name.split()).casefold() for p in interview.participants}
        # front matter's people as mappings, flattened ("name: Lee Mi; role: interviewer; name: …"): their names
        listed = _MAPPED_NAMES.findall(value) or person_names(value)
        # (and a bracket inside a name, "Colonel (retd) James Brown", which the person's name leaves out)
        return any(" ".join(name.split()).casefold() not in names for name in listed) or bracket_in_a_name(value)
    return False


_MAPPED_NAMES = lazy(r"(?:^|; )name: ([^;]+)")


def _availability_status(status: str) -> str:
    return status if status in ("free", "unknown", "restricted") else "unknown"


def _normalisations(interview: Interview) -> list[str]:
    statements = list(interview.normalisations)
    splits = sum(_count(block.content, "split") for block in interview.blocks())
    if splits:
        statements.append(
            f"{splits} paragraph(s) that the source's page layout split in mid-sentence (a block ending without "
            "closing punctuation, continued by the next) are joined into one p with a space; "
            "milestone[@unit='block'][@type='layout-split'] records each split."
        )
    links = interview.links and sum(
        _count(block.content, "link") + sum(_count(line, "link") for line in getattr(block, "lines", ()))
        for block in interview.blocks(events=True)
    )
    if links:
        statements.append(
            f"{links} Markdown link(s) [text](target) are encoded as ref with the target as @target and the link's "
            "text as its content; the brackets and parentheses are not kept as characters."
        )
    found = _inline_found(interview)
    marks = [f"{mark} {printed}" for mark, printed in _QUOTE_MARKS if mark in found]
    if marks:
        statements.append(
            "Quotation marks are not kept as characters: each quotation is a q whose @rend records the marks ("
            + ", ".join(marks) + "). Unpaired quotation marks are kept as characters."
        )  # (the rule by which its marks were read, said whether or not one was left unpaired: editions stay the same)
    said = "; ".join(statement for statement, printed in (
        ("printed ellipses are ellipsis/metamark with the dots as printed", "ellipsis" in found),
        (_INTERPOLATIONS, "interpolation" in found)) if printed)
    statements.append(
        (said[0].upper() + said[1:] + ". " if said else "") + "Apostrophes, dashes and all other characters are kept as printed."
    )
    return statements


_QUOTE_MARKS = (("double-curly", "“…”"), ("double-straight", '"…"'))
_INTERPOLATIONS = ("words in square brackets printed by the source's editors are seg[@type='interpolation'] with the "
                   "brackets kept")


def _inline_found(interview: Interview) -> set[str]:
    """What of the inline encoding this source prints, for the editorial declaration to say only that: the marks of
    its quotations ("double-curly", "double-straight"), "ellipsis" and "interpolation". (Quotation marks that no q
    holds, unpaired or of another language's style, are characters kept as printed, as the last statement says.)"""
    return {node.attrs.get("marks", "double-straight") if node.kind == "quote" else node.kind
            for node in interview.inline_nodes() if node.kind in ("quote", "ellipsis", "interpolation")}


def _count(nodes: list[Node], kind: str) -> int:
    return sum(
        (1 if node.kind == kind else 0) + _count(node.children, kind) for node in nodes if isinstance(node, Inline)
    )
