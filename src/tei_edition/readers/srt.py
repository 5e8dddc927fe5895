"""Reader for SubRip (``.srt``) subtitle files: numbered cues with ``hh:mm:ss,mmm --> hh:mm:ss,mmm`` timings.

SubRip syntax is read here; the cues are then read like any caption file's (:mod:`.captions`): speaker labels and
dialogue dashes at the start of a line say who speaks (SubRip has no voice tags).
"""

from __future__ import annotations

import re

from ..errors import InputError
from ..model import Interview
from ..patterns import lazy

_SRT_TIME = r"\d{1,3}:\d{2}:\d{2}[,.]\d{1,3}"
_SRT_TIMING = re.compile(rf"^\s*(?P<start>{_SRT_TIME})\s*-->\s*(?P<end>{_SRT_TIME})(?:\s+.*)?$")
_NUMBER = re.compile(r"^\s*\d+\s*$")
_DIGIT_FIRST = lazy(r"\s*\d")
# SubRip's markup: <i>, <b>, <u>, <s>, <font …> and the {\an8} position codes some editors add. Any other "<…>"
# is text ("<laughs>", "<inaudible>"), read as an incident like in plain-text transcripts.
_SRT_TAG = lazy(r"</?(?i:i|b|u|s|font)(?:\s[^>]*)?>|\{\\[^{}]*\}")


def is_subrip(text: str) -> bool:
    """Whether a decoded transcript is a SubRip (.srt) file: its first cue is a number line and a timing line
    (``00:00:01,000 --> 00:00:04,200``), or a timing line alone. The file name plays no part."""
    head = [line for line in text.lstrip("\ufeff").split("\n", 8)[:8] if line.strip()][:2]
    if not head:
        return False
    if _SRT_TIMING.match(head[0]):
        return True
    return len(head) == 2 and bool(_NUMBER.match(head[0])) and "-->" in head[1] and bool(_DIGIT_FIRST.match(head[1]))


class SrtReader:
    """Reads a SubRip file: cues become turns by the speaker labels and dialogue dashes in their text."""

    name = "subrip"

    def __init__(self, path: object) -> None:
        self.path = path

    def read(self, text: str) -> Interview:
        # (caption files are few: the reading they share is imported with the first one, not with the converter)
        from .captions import Cue, cue_blocks, speaker_summary, timing_in_text, turns_from_cues

        lines = text.lstrip("\ufeff").split("\n")
        kept = list(lines)
        interview = Interview(convention="subrip")
        cues: list[Cue] = []
        for first, block in cue_blocks(lines, 0):
            timing_at = 1 if len(block) > 1 and _NUMBER.match(block[0]) else 0
            timing = _SRT_TIMING.match(block[timing_at])
            if timing is None:
                what = (
                    f"line {first + timing_at + 1}: {block[timing_at].strip()[:40]!r} is not a SubRip timing line"
                    if "-->" in block[timing_at] or timing_at
                    else f"line {first + 1}: text outside a cue"
                )
                raise InputError(
                    f"{what}; each SubRip cue is a number line, a timing line (00:00:01,000 --> 00:00:04,000) and "
                    "its text, cues separated by one blank line (a blank line inside a cue's text ends the cue): "
                    "correct the file there",
                    path=self.path,
                )
            for n in range(first, first + timing_at + 1):
                kept[n] = ""  # cue number and timing
            cue = Cue(timing.group("start"), first + timing_at + 1)
            for offset, payload in enumerate(block[timing_at + 1 :], start=first + timing_at + 2):
                if _SRT_TIMING.match(payload):
                    raise timing_in_text(offset, self.path)
                cue.lines.append((offset, [(None, _SRT_TAG.sub("", payload))]))
            cues.append(cue)
        counts, rejected = turns_from_cues(
            cues, interview, kept, self.path,
            "this SubRip file marks no speakers (a label such as NAME: or [NAME] at the start of a cue, recurring, or "
            "- / >> where the speaker changes); add labels, or give the text as a plain-text transcript with speaker "
            "labels",
        )
        interview.explanation = [
            f"SubRip: the file starts with a cue number and a timing line (00:00:01,000 --> …); {len(cues)} cues; "
            + speaker_summary(counts),
            *rejected,
        ]
        interview.normalisations = [
            "SubRip syntax is not kept as characters: cue numbers and timing lines, the tags <i>, <b>, <u>, <s> and "
            "<font> and {\\an8} position codes are dropped; a speaker label (NAME:, [NAME], (NAME)) at the start of a "
            "line becomes the speaker, a dialogue dash (- ) or >> at the start of a line begins a turn whose speaker "
            "is not named, consecutive cues of one speaker are one paragraph, and each cue's start time is an "
            "anchor[@synch] pointing at timeline/when in standOff (seconds since the start of the recording).",
        ]
        interview.kept_source = "\n".join(kept)
        return interview
