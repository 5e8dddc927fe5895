"""Reader for WebVTT subtitle files: cues become turns by their ``<v Name>`` voice tags, cue times a timeline."""

from __future__ import annotations

import html
import re

from ..errors import InputError
from ..inline import parse_inline
from ..model import Event, Inline, Interview, Paragraph, Section, Turn

_TIMING = re.compile(r"^\s*(?P<start>(?:\d+:)?\d{2}:\d{2}\.\d{3})\s+-->\s+(?P<end>(?:\d+:)?\d{2}:\d{2}\.\d{3})(?:\s+.*)?$")
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+(?P<name>[^>]+)>")
_TAG = re.compile(r"</?[^>\s]*(?:\s[^>]*)?>|<\d{2}:\d{2}[:.\d]*>")


def is_webvtt(text: str) -> bool:
    """Whether a decoded transcript is a WebVTT file (its first line starts with ``WEBVTT``)."""
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    return first.startswith("WEBVTT") and (len(first) == 6 or first[6] in " \t")


class VttReader:
    """Reads a WebVTT file: one turn per run of cues by the same voice; a cue with no voice continues."""

    name = "webvtt"

    def __init__(self, path: object) -> None:
        self.path = path

    def read(self, text: str) -> Interview:
        lines = text.split("\n")
        kept = list(lines)
        interview = Interview(convention="webvtt")
        section = Section()
        interview.sections.append(section)
        turn: Turn | None = None
        voices = 0
        cues = 0
        kept[0] = ""  # the WEBVTT header line is file syntax; text after it is the file's title (header data)
        header_text = re.sub(r"^\ufeff?WEBVTT[ \t]*(?:[-–—:][ \t]*)?", "", lines[0]).strip()
        if header_text:
            interview.metadata["title"] = header_text
        index = 1
        while index < len(lines):
            line = lines[index]
            if not line.strip():
                index += 1
                continue
            block_start = index
            block = []
            while index < len(lines) and lines[index].strip():
                block.append(lines[index])
                index += 1
            if block[0].startswith(("STYLE", "REGION")):
                for n in range(block_start, index):
                    kept[n] = ""
                continue
            if block[0].startswith("NOTE"):
                # A comment of the file's author: kept as a note, never dropped.
                kept[block_start] = kept[block_start].replace("NOTE", "    ", 1)
                words = " ".join([block[0][4:].strip(), *[b.strip() for b in block[1:]]]).strip()
                if words:
                    nodes = parse_inline(html.unescape(words), path=self.path, line=block_start + 1)
                    if turn is None:
                        interview.headnote.append(Paragraph(nodes, line=block_start + 1))
                    else:
                        turn.blocks.append(Event("note", nodes, line=block_start + 1))
                continue
            timing_at = next((n for n, b in enumerate(block) if _TIMING.match(b)), None)
            if timing_at is None:
                raise InputError(f"line {block_start + 1}: a WebVTT cue without a timing line (00:00:00.000 --> …)", path=self.path)
            for n in range(block_start, block_start + timing_at + 1):
                kept[n] = ""  # cue identifier and timing
            start = _TIMING.match(block[timing_at]).group("start")
            cues += 1
            first_in_cue = True
            for offset, payload in enumerate(block[timing_at + 1 :], start=block_start + timing_at + 1):
                voice = _VOICE.search(payload)
                if voice and (turn is None or voice.group("name").strip() != turn.label):
                    turn = Turn(label=voice.group("name").strip(), line=offset + 1, start=start if first_in_cue else None)
                    section.items.append(turn)
                    voices += 1
                    kept[offset] = _without_tags(payload, keep=voice)
                    anchor = []
                else:
                    kept[offset] = _without_tags(payload)
                    anchor = [Inline("time", [], {"when": start})] if first_in_cue and turn is not None and turn.blocks else []
                words = html.unescape(_TAG.sub("", payload)).strip()
                if turn is None:
                    if words:
                        interview.headnote.append(Paragraph(parse_inline(words, path=self.path, line=offset + 1), line=offset + 1))
                        interview.warnings.append(f"line {offset + 1}: a cue before the first voice tag (<v Name>) is kept in the headnote")
                    first_in_cue = False
                    continue
                nodes = parse_inline(words, path=self.path, line=offset + 1) if words else []
                if turn.blocks and isinstance(turn.blocks[-1], Paragraph):
                    content = turn.blocks[-1].content
                    content.extend([" ", *anchor, *nodes] if content else [*anchor, *nodes])
                else:
                    turn.blocks.append(Paragraph([*anchor, *nodes], line=offset + 1))
                first_in_cue = False
        if not interview.turns():
            raise InputError(
                "no speaker turns found: this WebVTT file has no voice tags (<v Name>); add them, "
                "or convert a plain-text transcript with speaker labels",
                path=self.path,
            )
        interview.explanation = [
            f"WebVTT: the file starts with WEBVTT; {cues} cues, {voices} voice changes (<v Name> tags); "
            "a cue without a voice tag continues the previous speaker"
        ]
        interview.normalisations = [
            "WebVTT syntax is not kept as characters: the WEBVTT header, cue identifiers and timing lines, and cue tags "
            "(<v Name>, <i>, <c>) are dropped; the voice tag's name becomes the speaker, consecutive cues of one voice "
            "are one paragraph, and each cue's start time is an anchor[@synch] pointing at timeline/when in standOff "
            "(seconds since the start of the recording).",
        ]
        interview.kept_source = "\n".join(kept)
        return interview


def _without_tags(payload: str, keep: re.Match | None = None) -> str:
    """A payload line as the TEI carries it: tags removed, entities decoded, the new voice's name kept."""
    if keep is None:
        return html.unescape(_TAG.sub("", payload))
    return html.unescape(_TAG.sub("", payload[: keep.start()])) + " " + keep.group("name") + " " + html.unescape(
        _TAG.sub("", payload[keep.end() :])
    )
