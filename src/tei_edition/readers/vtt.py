"""Reader for WebVTT subtitle files: cues become turns by their voice tags (``<v Name>``), cue times a timeline.

WebVTT syntax read here; the cues are then read like any caption file's (:mod:`.captions`): a voice tag, else a
speaker label or a change-of-speaker mark at the start of a line says who speaks, each voice span of a cue
(``<v A>Did it work?</v> <v B>Apparently!</v>``) is a turn of its own.

* The ``WEBVTT`` line's text (``WEBVTT - Episode 12``) is the document's title. The header lines after it, up to
  the first blank line (``Kind: captions``, ``Language: en-GB``, as YouTube and other tools export them), are
  file metadata, not text: ``Language`` sets the document's language (a sidecar's ``language`` wins), the others
  are left out.
* ``STYLE`` and ``REGION`` blocks, cue identifiers, timing lines and cue settings are file syntax, not text.
* A ``NOTE`` block is, per WebVTT, a comment of the file's author and not part of the captions: players leave it
  out, but an archive keeps every word of its source, so it becomes a ``note`` where it stands (never speech, never
  a headnote paragraph); the editorialDecl and ``--explain`` say so.
"""

from __future__ import annotations

import re

from ..errors import InputError
from ..model import Interview
from ..patterns import lazy

_TIMING = lazy(r"^\s*(?P<start>(?:\d+:)?\d{2}:\d{2}\.\d{3})\s+-->\s+(?P<end>(?:\d+:)?\d{2}:\d{2}\.\d{3})(?:\s+.*)?$")
_VOICE = lazy(r"<v(?:\.[\w.-]+)?\s+(?P<name>[^>]+)>")
_TAG = lazy(r"</?[^>\s]*(?:\s[^>]*)?>|<\d{2}:\d{2}[:.\d]*>")
_HEADER_FIELD = lazy(r"^\s*(?P<key>[A-Za-z][\w-]*)\s*[:=]\s*(?P<value>.*?)\s*$")
_LANGUAGE_TAG = lazy(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*")


def is_webvtt(text: str) -> bool:
    """Whether a decoded transcript is a WebVTT file (its first line starts with ``WEBVTT``)."""
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    return first.startswith("WEBVTT") and (len(first) == 6 or first[6] in " \t")


_BLOCK_KIND = lazy(r"(STYLE|REGION|NOTE)(?:[ \t]|$)")


def _block_kind(first_line: str) -> str | None:
    """``STYLE``, ``REGION`` or ``NOTE`` for a block that starts with that word (alone or before a space)."""
    found = _BLOCK_KIND.match(first_line)
    return found.group(1) if found else None


class VttReader:
    """Reads a WebVTT file: one turn per run of cues by the same voice; a cue with no voice continues."""

    name = "webvtt"

    def __init__(self, path: object) -> None:
        self.path = path

    def read(self, text: str) -> Interview:
        # (caption files are few: the reading they share is imported with the first one, not with the converter)
        from .captions import Cue, cue_blocks, speaker_summary, timing_in_text, turns_from_cues

        lines = text.lstrip("\ufeff").split("\n")
        kept = list(lines)
        interview = Interview(convention="webvtt")
        kept[0] = ""  # the WEBVTT header line is file syntax; text after it is the file's title (header data)
        header_text = re.sub(r"^WEBVTT[ \t]*(?:[-–—:][ \t]*)?", "", lines[0]).strip()
        if header_text:
            interview.metadata["title"] = header_text
        explanation: list[str] = []
        index = 1
        header: list[str] = []
        while index < len(lines) and lines[index].strip() and "-->" not in lines[index]:
            header.append(lines[index].strip())
            kept[index] = ""
            field = _HEADER_FIELD.match(lines[index])
            if field and field.group("key").casefold() == "language" and _LANGUAGE_TAG.fullmatch(field.group("value")):
                interview.metadata["language"] = field.group("value").replace("_", "-")
            index += 1
        if header:
            explanation.append(
                f"header lines (file metadata, not text): {'; '.join(header)[:120]}"
                + (f"; the document's language is {interview.metadata['language']}" if "language" in interview.metadata else "")
            )
        cues: list[Cue] = []
        notes: list[int] = []
        on_screen: set[str] = set()  # the lines of the cue before, as displayed
        repeated = 0
        # captions timed word by word ("so<00:00:00.480><c> today</c>"), as YouTube's automatic captions are, scroll:
        # each cue shows the line of the cue before again above its own
        rolling = bool(_WORD_TIME.search(text))
        for first, block in cue_blocks(lines, index):
            kind = _block_kind(block[0])
            if kind == "NOTE":
                notes.append(first + 1)
                text = [block[0][4:], *block[1:]]  # the comment's words, without the NOTE keyword
                cues.append(Cue("", first + 1, [(first + 1 + n, [(None, line)]) for n, line in enumerate(text)], note=True))
                continue
            if kind is not None:
                for n in range(first, first + len(block)):
                    kept[n] = ""
                continue
            timing_at = next((n for n, b in enumerate(block[:2]) if _TIMING.match(b)), None)
            if timing_at is None:
                where = next((n for n, b in enumerate(block) if "-->" in b), 0)
                raise InputError(
                    f"line {first + where + 1}: a WebVTT cue without a valid timing line: {block[where].strip()[:40]!r}; "
                    "a cue is an optional identifier line, a timing line (00:00:01.000 --> 00:00:04.000) and its text, "
                    "cues separated by a blank line (a blank line inside a cue's text ends the cue): correct the file there",
                    path=self.path,
                )
            for n in range(first, first + timing_at + 1):
                kept[n] = ""  # cue identifier and timing (with its settings)
            cue = Cue(_TIMING.match(block[timing_at]).group("start"), first + timing_at + 1)
            shown = set()
            for number, payload in enumerate(block[timing_at + 1 :], start=first + timing_at + 2):
                if _TIMING.match(payload):
                    raise timing_in_text(number, self.path)
                plain = " ".join(_without_tags(payload).split())
                shown.add(plain)
                if not payload.strip() or rolling and plain and plain in on_screen:
                    # a line of spaces, or the line the cue before showed, shown again as rolling captions scroll it
                    # up (YouTube's): no new words
                    kept[number - 1] = ""
                    repeated += bool(plain)
                    continue
                cue.lines.append((number, _pieces(payload)))
            on_screen = shown
            cues.append(cue)
        counts, rejected = turns_from_cues(
            cues, interview, kept, self.path,
            "this WebVTT file has no voice tags (<v Name>) and no speaker labels (NAME: at the start of a cue, "
            "recurring); add them, or convert a plain-text transcript with speaker labels",
        )
        interview.explanation = [
            f"WebVTT: the file starts with WEBVTT; {len(cues) - len(notes)} cues; " + speaker_summary(counts),
            *explanation,
        ]
        if notes:
            interview.explanation.append(
                f"NOTE blocks (comments of the file's author, not captions) kept as notes: line(s) {', '.join(map(str, notes))}"
            )
        interview.explanation.extend(rejected)
        interview.normalisations = [
            "WebVTT syntax is not kept as characters: the WEBVTT line and header lines, STYLE and REGION blocks, cue "
            "identifiers, timing lines and cue settings, and cue tags (<v Name>, <i>, <c>) are dropped; the voice "
            "tag's name (or a speaker label at the start of a line) becomes the speaker, each voice span is a turn, "
            "consecutive cues of one voice are one paragraph, and each cue's start time is an anchor[@synch] pointing "
            "at timeline/when in standOff (seconds since the start of the recording).",
        ]
        if repeated:
            interview.normalisations.append(
                f"{repeated} caption line(s) that show again the line of the cue before, as rolling captions scroll "
                "it up, are encoded once, where they are first shown."
            )
        if notes:
            interview.normalisations.append(
                f"{len(notes)} NOTE block(s) of the WebVTT file (comments of the file's author, not part of the "
                "captions) are encoded as note elements where they stand, without the NOTE keyword."
            )
        interview.kept_source = "\n".join(kept)
        return interview


def _pieces(payload: str) -> list[tuple[str | None, str]]:
    """A cue text line cut at its voice tags: (voice name or None, text without tags, entities decoded)."""
    pieces: list[tuple[str | None, str]] = []
    voice: str | None = None
    at = 0
    for found in _VOICE.finditer(payload):
        before = _without_tags(payload[at : found.start()])
        if pieces or voice is not None or before.strip():
            pieces.append((voice, before))
        voice, at = found.group("name").strip(), found.end()
    pieces.append((voice, _without_tags(payload[at:])))
    return pieces


_WORD_TIME = lazy(r"<\d{2}:\d{2}:\d{2}\.\d{3}><c>")


def _without_tags(text: str) -> str:
    import html  # (here, with the first WebVTT file: ≈ 1 ms of the converter's import, for a few files)

    return html.unescape(_TAG.sub("", text))
