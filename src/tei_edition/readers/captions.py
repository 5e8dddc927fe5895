"""Caption files (WebVTT, SubRip): what the two formats share once their syntax is parsed (:mod:`.vtt` and
:mod:`.srt` parse it).

A format reader parses its file into :class:`Cue` objects: a start time and the cue's text lines, each line cut
into pieces at the voice tags it holds (only WebVTT has them), markup tags already removed. From there the two
formats are read alike (:func:`cues_to_turns`):

* who speaks: a voice tag (``<v Name>``, WebVTT), else a speaker label at the start of a line (``NAME:``,
  ``[NAME]``, ``(NAME)``), else a speaker change mark at the start of a line (``- `` or ``>>``, as captions
  print two speakers in one cue) with no name: a turn whose speaker is not known (no ``speaker`` element; the
  participant is "unnamed participant" unless a sidecar names one). A line with none of these continues the
  current speaker; the cues of one speaker are one turn, one paragraph.
* A label counts only where the evidence says it names a speaker, as in plain-text transcripts: it recurs, is a
  role word (``INTERVIEWER``, ``NARRATOR``), or has the distinctive shape (ALL CAPS, initials) of the labels that
  recur. A bracketed sound (``[applause]``, ``(laughs)``, or any bracketed word that stands alone on a line
  somewhere, ``[GUNFIRE]``) is never a label.
* Each cue's start time is kept: a turn that begins with a cue starts at it; a cue that continues a turn puts an
  anchor where its text begins (``timeline/when`` in standOff, seconds since the start of the recording).
* Text before the first speaker goes to the headnote, with a warning.
* A comment of the file's author (WebVTT ``NOTE``) is kept as a note where it stands (in the headnote before the
  first speaker, else in the current turn): not speech, but words of the source.

``Interview.kept_source`` gets each text line as the TEI carries it (the label of a new turn, then the words) so
that the "no word lost" check compares like with like.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..errors import InputError
from ..inline import BRACKETED_TIME, NONSPEECH_WORDS, parse_inline
from ..model import Event, Inline, Interview, Paragraph, Section, Turn
from ..patterns import lazy
from .labels import NOT_SPEAKERS, PLAIN_LABEL, ROLE_LABELS, label_key, label_shape


@dataclass
class Cue:
    """One cue: its start time as printed, and its text lines as (line number, pieces).

    A piece is ``(voice, text)``: the voice tag's name that starts it (``None`` if no voice tag does) and its text,
    markup removed. A line without voice tags is one piece.
    """

    start: str
    line: int
    lines: list[tuple[int, list[tuple[str | None, str]]]] = field(default_factory=list)
    note: bool = False  # a comment of the file's author (WebVTT NOTE): kept as a note where it stands, not speech


def timing_in_text(number: int, path: object) -> InputError:
    """The error for a timing line among a cue's text lines: two cues run together."""
    return InputError(
        f"line {number}: a timing line inside the text of the cue before it; cues must be separated by a blank "
        "line: add one before this cue (and its number or identifier)",
        path=path,
    )


def _goes_on(lines: list[str], index: int) -> bool:
    """Whether the cue's text goes on at ``lines[index]`` after a line of spaces, which is no empty line (YouTube's
    captions print one under each timing): a line of text, no timing, nor an identifier over one."""
    return index < len(lines) and bool(lines[index].strip()) and "-->" not in lines[index] and not (
        index + 1 < len(lines) and "-->" in lines[index + 1])


def cue_blocks(lines: list[str], start: int) -> list[tuple[int, list[str]]]:
    """The runs of non-blank lines from ``lines[start]`` on, each with the index of its first line (a line of spaces
    before more of the cue's text is no blank line: see _goes_on)."""
    blocks: list[tuple[int, list[str]]] = []
    index = start
    while index < len(lines):
        if not lines[index].strip():
            index += 1
            continue
        first = index
        while index < len(lines) and (lines[index].strip() or lines[index] and _goes_on(lines, index + 1)):
            index += 1
        blocks.append((first, lines[first:index]))
    return blocks


# A speaker change mark at the start of a caption line: ">>" (broadcast captions), or a dialogue dash ("- ",
# "-Text", "– "; an em dash only with a space, since "—and" continues a sentence). Not "-5" or "--".
_CHANGE = re.compile(r"^(?:>>+[ \t]*|[-–](?:[ \t]+|(?=[^\s\d\-–—]))|—[ \t]+)")
_COLON_LABEL = lazy(rf"^(?P<label>{PLAIN_LABEL})[ \t\u00a0\u202f]?:(?:[ \t\u00a0]+|$)")
_BRACKET_LABEL = lazy(rf"^(?:\[(?P<square>{PLAIN_LABEL})\]|\((?P<round>{PLAIN_LABEL})\))(?:[ \t]*:)?(?:[ \t]+|$)")
_SOUND = lazy(rf"(?i:{NONSPEECH_WORDS})")
_DISTINCTIVE = {"initials", "honorific", "caps", "numbered"}


@dataclass
class _Start:
    """What the start of a caption line says about its speaker."""

    text: str  # the line without the change mark and the label
    unlabelled: str  # the line without the change mark only
    label: str | None = None
    change: bool = False  # a speaker change mark ("- ", ">>")
    bracketed: bool = False


def _line_start(text: str) -> _Start:
    """The change mark and the speaker label a line may start with (a candidate label: not yet judged)."""
    stripped = text.lstrip()
    mark = _CHANGE.match(stripped)
    rest = stripped[mark.end() :] if mark else stripped
    colon = _COLON_LABEL.match(rest)
    if colon:
        return _Start(rest[colon.end() :], rest, colon.group("label").strip(), bool(mark))
    bracket = _BRACKET_LABEL.match(rest)
    if bracket:
        name = (bracket.group("square") or bracket.group("round")).strip()
        if not _SOUND.fullmatch(name):
            return _Start(rest[bracket.end() :], rest, name, bool(mark), bracketed=True)
    return _Start(rest if mark else text, rest if mark else text, None, bool(mark))


def _first_word(key: str) -> str:
    return key.split()[0] if key.split() else ""


def judge_labels(cues: list[Cue]) -> tuple[set[str], list[str]]:
    """Which candidate labels at line starts name speakers (their keys), and the rejected ones, for --explain."""
    counts: Counter[str] = Counter()
    shown: dict[str, str] = {}
    colon: set[str] = set()
    alone: set[str] = set()  # bracketed words that stand alone on a line somewhere: a sound ("[GUNFIRE]"), no speaker
    for cue in cues:
        if cue.note:
            continue
        for _, pieces in cue.lines:
            voice, text = pieces[0]
            if voice is not None:
                continue
            start = _line_start(text)
            if start.label is None:
                continue
            key = label_key(start.label)
            counts[key] += 1
            shown.setdefault(key, start.label)
            if not start.bracketed:
                colon.add(key)
            elif not start.text.strip() and len(pieces) == 1:
                alone.add(key)
    accepted = {k for k in counts if _first_word(k) not in NOT_SPEAKERS and (counts[k] >= 2 or k in ROLE_LABELS)
                and (k not in alone or k in colon)}
    shapes = {label_shape(shown[k]) for k in accepted if counts[k] >= 2} & _DISTINCTIVE
    for key in counts:
        # A "NAME:" label printed once is a speaker if it has the distinctive shape of the labels that recur;
        # a bracketed one must recur (or be a role): "[DOOR SLAMS]" has the shape of "[NARRATOR]".
        if key not in accepted and key in colon and _first_word(key) not in NOT_SPEAKERS and label_shape(shown[key]) in shapes:
            accepted.add(key)
    rejected = [f"{shown[k]!r}" for k in counts if k not in accepted]
    return accepted, rejected


def cues_to_turns(cues: list[Cue], interview: Interview, kept: list[str], accepted: set[str], path: object) -> dict[str, int]:
    """Fill ``interview`` with the turns the cues make; write each text line's kept form into ``kept``.

    Returns counts for --explain: ``voices`` (turns begun by a voice tag), ``labels``, ``unknown`` (turns begun
    by a change mark without a name) and ``headnote`` (lines before the first speaker).
    """
    section = Section()
    interview.sections.append(section)
    counts = Counter({"voices": 0, "labels": 0, "unknown": 0, "headnote": 0})
    turn: Turn | None = None
    headnote_from = 0
    for cue in cues:
        if cue.note:
            words = " ".join(text.strip() for _, pieces in cue.lines for _, text in pieces if text.strip())
            for number, pieces in cue.lines:
                kept[number - 1] = " ".join(text.strip() for _, text in pieces)
            if words:
                note = Event("note", parse_inline(words, path=path, line=cue.line), line=cue.line)
                (interview.headnote if turn is None else turn.blocks).append(note)
            continue
        first_in_cue = True
        for number, pieces in cue.lines:
            parts: list[str] = []
            for index, (voice, text) in enumerate(pieces):
                label, change, how = voice, False, "voices"
                if voice is None and index == 0:
                    start = _line_start(text)
                    if start.label is not None and label_key(start.label) in accepted:
                        text, label, change, how = start.text, start.label, start.change, "labels"
                    elif start.change:
                        text, change, how = start.unlabelled, True, "unknown"
                new_turn = (label is not None and (turn is None or label != turn.label)) or (change and label is None)
                if new_turn:
                    # A turn whose speaker is not named has no label; its role "speaker" makes it an "unnamed
                    # speaker" (speaker resolution), never the one participant known in some role.
                    turn = Turn(label=label or "", line=number, start=cue.start if first_in_cue else None,
                                role=None if label else "speaker")
                    turn.blocks.append(Paragraph([], line=number))
                    section.items.append(turn)
                    counts[how] += 1
                    if label:
                        parts.append(label)
                words = text.strip()
                if words:
                    parts.append(BRACKETED_TIME.sub(lambda m: " " * len(m.group()), words))
                if turn is None:
                    if words:
                        interview.headnote.append(Paragraph(parse_inline(words, path=path, line=number), line=number))
                        counts["headnote"] += 1
                        headnote_from = headnote_from or number
                    first_in_cue = False
                    continue
                anchor = [Inline("time", [], {"when": cue.start})] if first_in_cue and not new_turn else []
                nodes = parse_inline(words, path=path, line=number) if words else []
                if not isinstance(turn.blocks[-1], Paragraph):  # the turn goes on after a note
                    turn.blocks.append(Paragraph([], line=number))
                content = turn.blocks[-1].content
                if anchor or nodes:
                    content.extend([" ", *anchor, *nodes] if content else [*anchor, *nodes])
                first_in_cue = False
            kept[number - 1] = " ".join(parts)
    if headnote_from:
        interview.warnings.append(
            f"line {headnote_from}: the text before the first speaker (a voice tag, a speaker label or a change of "
            f"speaker), {counts['headnote']} line(s), is kept in the headnote"
        )
    for each in interview.turns():
        if not any(isinstance(node, str) and node.strip() or isinstance(node, Inline) and node.kind != "time"
                   for node in each.blocks[0].content):
            interview.warnings.append(f"line {each.line}: the turn of {repr(each.label) if each.label else 'an unnamed speaker'} has no text")
    return counts


def turns_from_cues(cues: list[Cue], interview: Interview, kept: list[str], path: object, no_speakers: str
                    ) -> tuple[dict[str, int], list[str]]:
    """Judge the cues' labels and make the turns (:func:`cues_to_turns`); refuse a file that yields none, with
    ``no_speakers`` saying what to do. Returns the counts for --explain and its lines on rejected labels."""
    accepted, rejected = judge_labels(cues)
    counts = cues_to_turns(cues, interview, kept, accepted, path)
    if not interview.turns():
        raise InputError(f"no speaker turns found: {no_speakers}", path=path)
    explained = ["label-like line starts that are not taken as speakers: " + ", ".join(rejected[:8])] if rejected else []
    return counts, explained


def speaker_summary(counts: dict[str, int]) -> str:
    """How the turns of a caption file were told apart, in words."""
    return (
        f"{counts['voices']} turns begun by a voice tag, {counts['labels']} by a speaker label, "
        f"{counts['unknown']} by a change of speaker without a name (- or >>); a cue without any of these "
        "continues the current speaker"
    )
