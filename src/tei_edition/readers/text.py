"""Reader for plain-text and Markdown transcripts: front matter, headnote, labelled turns, page-layout splits."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import InputError
from ..inline import parse_inline
from ..model import Block, Inline, Interview, Node, Paragraph, Section, Turn
from .labels import Detection, detect_style

_RULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")
_HEADING = re.compile(r"^(?P<hashes>#{1,6})\s+(?P<text>.+?)\s*#*\s*$")

# Sentence-final punctuation, optionally followed by closing quotes or brackets.
_SENTENCE_END = re.compile(r"[.!?…:;][\"”’')\]*]*\s*$")
# Abbreviations after which a name must follow: a block ending in one is unfinished.
_HONORIFIC_END = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof|St|Sen|Rep|Gen|Col|Capt|Lt|Sgt|Rev|Hon|Gov|Amb)\.\s*$")


@dataclass
class RawBlock:
    """A block of the source between blank lines, with the line it starts on."""

    text: str
    line: int


def split_blocks(text: str) -> list[RawBlock]:
    """Split text at blank lines; hard-wrapped lines inside a block are kept for later joining."""
    blocks: list[RawBlock] = []
    current: list[str] = []
    start = 0
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            if not current:
                start = number
            current.append(line.rstrip())
        elif current:
            blocks.append(RawBlock("\n".join(current), start))
            current = []
    if current:
        blocks.append(RawBlock("\n".join(current), start))
    return blocks


def unwrap(text: str) -> str:
    """Join the hard-wrapped lines of one block into one line of text."""
    return " ".join(part.strip() for part in text.split("\n"))


def is_unfinished(raw: str, following: str) -> bool:
    """Whether a block was split from ``following`` by the source's page layout in mid-sentence."""
    raw, following = raw.rstrip(), following.lstrip()
    if not raw or not following:
        return False
    if _HONORIFIC_END.search(raw):
        return following[0].isupper()
    if _SENTENCE_END.search(raw):
        return False
    return following[0].islower()


class TextReader:
    """Reads one transcript in the plain-text/Markdown family of conventions."""

    name = "text"

    def __init__(self, path: object, *, label_style: str | None = None) -> None:
        self.path = path
        self.label_style = label_style

    def read(self, text: str) -> Interview:
        blocks = split_blocks(text)
        detection = self._detect([unwrap(b.text) for b in blocks])
        interview = Interview(convention=detection.style.name, explanation=detection.reasons, kept_source=text)
        section = Section()
        interview.sections.append(section)
        turn: Turn | None = None
        pending: list[tuple[RawBlock, str]] = []  # paragraphs of the current container, still raw
        rules = 0

        def flush() -> None:
            container = turn.blocks if turn else interview.headnote
            container.extend(self._paragraphs(pending))
            pending.clear()

        for block in blocks:
            flat = unwrap(block.text)
            if _RULE.match(block.text):
                rules += 1
                continue
            heading = _HEADING.match(flat)
            if heading:
                flush()
                nodes = self._inline(heading.group("text"), block.line)
                if turn is None and interview.title is None and len(heading.group("hashes")) == 1:
                    interview.title = nodes
                elif turn is None and interview.title is None:
                    interview.kicker = nodes
                elif turn is None:
                    interview.headnote.append(Paragraph(nodes, rend="heading", line=block.line))
                else:
                    section = Section(heading=nodes)
                    interview.sections.append(section)
                    turn = None
                continue
            found = detection.style.match(flat)
            if found:
                flush()
                turn = Turn(label=found.label, line=block.line)
                section.items.append(turn)
                if found.rest:
                    pending.append((block, found.rest))
                continue
            if turn is None and interview.sections[-1].heading is not None:
                section.items.append(self._paragraphs([(block, flat)])[0])
                continue
            pending.append((block, flat))
        flush()
        if not interview.turns():
            raise InputError(
                "no speaker turns found; tried label styles: "
                + "; ".join(detection.reasons)
                + " — force a style with --label-style",
                path=self.path,
            )
        if rules:
            interview.normalisations.append(
                f"{rules} horizontal rule(s) (---) separating the kicker, title and text are not encoded."
            )
        interview.normalisations.append(
            "Markdown syntax is not kept as characters: *italic* is encoded as hi[@rend='italic'], "
            "# headings as titlePart or head, and the colon after a speaker label is dropped (speaker holds the label)."
        )
        return interview

    def _detect(self, flats: list[str]) -> Detection:
        try:
            detection = detect_style(flats, self.label_style)
        except KeyError:
            from .labels import STYLES

            raise InputError(
                f"unknown label style {self.label_style!r}; choose one of: {', '.join(STYLES)}", path=self.path
            )
        if detection.style is None:
            raise InputError(
                "no speaker turns found: " + "; ".join(detection.reasons) + " — force a style with --label-style",
                path=self.path,
            )
        return detection

    def _inline(self, text: str, line: int) -> list[Node]:
        return parse_inline(text, path=self.path, line=line)

    def _paragraphs(self, raw: list[tuple[RawBlock, str]]) -> list[Block]:
        """Parse a container's raw paragraphs, joining those the page layout split mid-sentence."""
        out: list[Paragraph] = []
        previous_text = None
        for block, text in raw:
            paragraph = self._paragraph(text, block.line)
            if out and previous_text is not None and is_unfinished(previous_text, text) and (
                out[-1].rend == paragraph.rend
            ):
                last = out[-1]
                last.content = last.content + [" ", Inline("split")] + paragraph.content
                _merge_strings(last.content)
            else:
                out.append(paragraph)
            previous_text = text
        return out

    def _paragraph(self, text: str, line: int) -> Paragraph:
        nodes = self._inline(text, line)
        # A paragraph printed wholly in italics (a headnote, typically) is italic as a whole.
        if len(nodes) == 1 and isinstance(nodes[0], Inline) and nodes[0].kind == "italic":
            return Paragraph(nodes[0].children, rend="italic", line=line)
        return Paragraph(nodes, line=line)


def _merge_strings(nodes: list[Node]) -> None:
    i = 0
    while i < len(nodes) - 1:
        if isinstance(nodes[i], str) and isinstance(nodes[i + 1], str):
            nodes[i] += nodes.pop(i + 1)
        else:
            i += 1
