"""Speaker-label conventions: how a block of a transcript says who speaks, and how to detect which one a file uses."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass


@dataclass(frozen=True)
class LabelMatch:
    """A label found at the start of a block, and the text of the turn that follows it."""

    label: str
    rest: str


@dataclass(frozen=True)
class LabelStyle:
    """One convention for marking speakers, tried at the start of each block."""

    name: str
    example: str
    patterns: tuple[re.Pattern[str], ...]

    def match(self, block: str) -> LabelMatch | None:
        for pattern in self.patterns:
            found = pattern.match(block)
            if found and _plausible_label(found.group("label")):
                return LabelMatch(found.group("label").strip(), found.group("rest").strip())
        return None


# A label is a short name-like string: no sentence punctuation inside, not a clock time or a number.
_NOT_A_LABEL = re.compile(r"^\d+([:.]\d+)*$|[.!?;]\s|https?$")


def _plausible_label(label: str) -> bool:
    label = label.strip()
    return 0 < len(label) <= 60 and len(label.split()) <= 6 and not _NOT_A_LABEL.search(label)


BOLD = LabelStyle(
    name="bold",
    example="**Jane Doe:** text, or **Jane Doe**: text",
    patterns=(
        re.compile(r"\*\*(?P<label>[^*\n:]{1,60}?)\s*:\s*\*\*[ \t]*(?P<rest>.*)\Z", re.S),
        re.compile(r"\*\*(?P<label>[^*\n:]{1,60}?)\*\*\s*:[ \t]*(?P<rest>.*)\Z", re.S),
    ),
)

STYLES: dict[str, LabelStyle] = {style.name: style for style in (BOLD,)}


@dataclass(frozen=True)
class Detection:
    """The convention chosen for a file, and why."""

    style: LabelStyle | None
    reasons: list[str]


def detect_style(blocks: list[str], forced: str | None = None) -> Detection:
    """Pick the label style that the most blocks follow; ``forced`` names one and skips detection."""
    if forced:
        if forced not in STYLES:
            raise KeyError(forced)
        style = STYLES[forced]
        count = sum(1 for block in blocks if style.match(block))
        return Detection(style, [f"label style {style.name!r} was forced; {count} blocks match it"])
    counts: Counter[str] = Counter()
    labels: dict[str, Counter[str]] = {}
    for block in blocks:
        for style in STYLES.values():
            found = style.match(block)
            if found:
                counts[style.name] += 1
                labels.setdefault(style.name, Counter())[found.label] += 1
    reasons = [
        f"{name}: {counts[name]} blocks ({', '.join(f'{l}×{n}' for l, n in labels[name].most_common(4))})"
        for name in counts
    ]
    if not counts:
        return Detection(None, ["no block starts with a speaker label in any known style"])
    best, best_count = counts.most_common(1)[0]
    return Detection(STYLES[best], [f"chose {best!r} ({STYLES[best].example}): the most blocks follow it"] + reasons)
