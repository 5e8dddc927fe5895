"""The in-memory interview model that every reader produces and the encoder consumes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union


@dataclass
class Inline:
    """An inline span of a paragraph.

    ``kind`` is one of: ``italic``, ``bold``, ``quote`` (attrs ``marks``: ``double-curly`` or
    ``double-straight``), ``ellipsis`` (text = the printed dots), ``interpolation`` (text with its
    brackets), ``split`` (empty: where the source's layout split a sentence), ``time`` (empty; attrs
    ``when``: a timecode as printed, ``seconds``), ``incident`` (text: what happened, e.g. laughter,
    with the delimiters as printed in attrs ``open``/``close``), ``note`` (a typescript's page head printed between
    the words of a paragraph the page break cut), ``date`` (text: a day's date as printed; attrs ``when``: its ISO
    form; a session's heading dates the session: "Session 1, <date>4 May 2010</date>").
    """

    kind: str
    children: list["Node"] = field(default_factory=list)
    attrs: dict[str, str] = field(default_factory=dict)


Node = Union[str, Inline]


@dataclass
class Paragraph:
    """A paragraph of prose; ``rend`` records a style the source applies to all of it (``italic``)."""

    content: list[Node]
    rend: str | None = None
    line: int = 0
    lang: str | None = None  # the passage's language where a bilingual transcript prints it in two


@dataclass
class Event:
    """A non-speech block: ``incident`` (e.g. ``[laughter]``), ``note`` (e.g. ``(END OF TAPE)``), ``figure`` (an
    image and its caption) or ``lyrics`` (``lines`` holds the verse lines)."""

    kind: str
    content: list[Node] = field(default_factory=list)
    lines: list[list[Node]] = field(default_factory=list)
    line: int = 0


Block = Union[Paragraph, Event]


@dataclass
class Turn:
    """One speaker's turn: the label as printed and the blocks it holds."""

    label: str
    blocks: list[Block] = field(default_factory=list)
    who: str | None = None  # participant id, set by speaker resolution
    start: str | None = None  # timecode as printed (e.g. "00:12:31"), if the turn has one
    line: int = 0
    role: str | None = None  # for a turn printed without a label: whose it is (interviewer or interviewee)
    printed: str | None = None  # the label as printed where it holds more than the label ("Q4 [Mark Garnier]")
    # who else speaks the turn with ``who``, as a joint label prints it ("HAROLD AND JUNE", "BOTH"): participant ids
    joint: list[str] = field(default_factory=list)


@dataclass
class Section:
    """A run of turns, with an optional heading of its own (a Markdown heading between turns)."""

    heading: list[Node] | None = None
    items: list[Union[Turn, Block]] = field(default_factory=list)
    kind: str | None = None  # what follows the turns and is no speech: "notes" (endnotes), "editorial" (an editor's line)
    level: int | None = None  # a Markdown heading's level (its number of #): a deeper section is part of the one before


@dataclass
class Participant:
    """A person who speaks in the interview."""

    id: str
    name: str
    role: str  # interviewer | interviewee | participant
    labels: list[str] = field(default_factory=list)
    affiliation: str | None = None
    note: str | None = None  # a remark printed with the name that is no affiliation ("through an interpreter")
    occupation: str | None = None  # a remark printed with the name that is a trade or profession ("BAKER")
    residence: str | None = None  # where the person lives or calls from ("CALLER, North Harbour")
    constituency: str | None = None  # the place a member of parliament sits for ("Asked by: Mr Crowe (North Harbour)")


@dataclass
class Interview:
    """Everything a reader found in one transcript, before any TEI exists."""

    kicker: list[Node] | None = None
    title: list[Node] | None = None
    headnote: list[Block] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    participants: list[Participant] = field(default_factory=list)
    metadata: dict[str, str] = field(default_factory=dict)  # from front matter or a metadata block
    listed_participants: list = field(default_factory=list)  # front matter's participants, as written (mappings)
    front_matter_lines: int = 0  # how many lines of the source the YAML front matter takes
    normalisations: list[str] = field(default_factory=list)  # what the reader changed, for editorialDecl
    warnings: list[str] = field(default_factory=list)
    convention: str = ""
    explanation: list[str] = field(default_factory=list)
    kept_source: str = ""  # the source minus what went into the header, for the fidelity check
    links: bool = False  # the reader read Markdown links ("[text](target)") and the text may hold some
    comment_marks: list[str] = field(default_factory=list)  # a Google Docs export's comment markers ("a" for "[a]")
    session_dates: list[tuple[str, str]] = field(default_factory=list)  # (as printed, ISO) of dated sessions' headings

    def turns(self) -> list[Turn]:
        return [item for section in self.sections for item in section.items if isinstance(item, Turn)]

    def blocks(self, events: bool = False):
        """The paragraphs of the headnote and the sections (with ``events``, the notes and other events too, and the
        sections' headings as paragraphs of their own)."""
        wanted = (Paragraph, Event) if events else Paragraph
        for block in self.headnote:
            if isinstance(block, wanted):
                yield block
        for section in self.sections:
            if events and section.heading:
                yield Paragraph(section.heading)
            for item in section.items:
                for block in item.blocks if isinstance(item, Turn) else [item]:
                    if isinstance(block, wanted):
                        yield block

    def inline_nodes(self):
        """Every inline element of the interview (kicker, title, headings, paragraphs, events and their lines), those
        inside others too."""
        def walk(nodes):
            for node in nodes or ():
                if isinstance(node, Inline):
                    yield node
                    yield from walk(node.children)

        yield from walk(self.kicker)
        yield from walk(self.title)
        for block in self.blocks(events=True):
            yield from walk(block.content)
            for line in getattr(block, "lines", ()):
                yield from walk(line)


def plain_text(nodes: list[Node]) -> str:
    """The characters of inline content, with markup syntax removed (quote marks included)."""
    out: list[str] = []
    for node in nodes:
        if isinstance(node, str):
            out.append(node)
        else:
            out.append(plain_text(node.children))
    return "".join(out)
