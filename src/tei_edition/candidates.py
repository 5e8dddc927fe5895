"""Find name-like strings that no register entry covers, so an editor can extend the register.

Heuristics, no model: capitalised multi-word sequences ("Viktor Mizin", "Directorate for International
Organizations"), acronyms ("NATO", "UNMIK"), a capitalised word after an honorific or office ("Dr. Mizin",
"Ambassador Lavrov"), and single capitalised words that occur inside a sentence (not only at its start).
Text the register already covers is blanked out first, with the tagger's automaton. With an empty register
the same rules still find the people, organisations and places of a transcript. The kind is a guess
(person / org / place / unknown) for the editor to check.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass

from lxml import etree

from .letters import MONTHS, UPPER
from .names import _HONORIFIC_TYPES, _NORMALISE, _OFFICES, _targets, matcher_for
from .register import Register

# superscript and subscript digits: footnote markers ("Priya Natarajan¹"), which Python counts as \w but no
# name contains; a name ends before them
_MARKERS = "\u00b2\u00b3\u00b9\u2070\u2074-\u2079\u2080-\u2089"
# a capitalised word; hyphens only between capitalised parts ("Jean-Marie", "Ivanov-Lavrov"; not "CNN-led")
_LETTER = rf"[^\W\d_{_MARKERS}]"
_WORD_FOLLOWS = rf"[^\W{_MARKERS}]"  # a word character that is no footnote marker
_WORD = rf"{UPPER}(?:{_LETTER}|')*(?:-{UPPER}(?:{_LETTER}|')*)*"  # capitals of any script: "Émile", "Жуков"
# lower-case words allowed inside a name ("Directorate for International Organizations"); not "and", "in",
# "on", which join two names more often than they sit inside one
_CONNECTOR = r"(?:of|for|the|de|du|des|la|le|del|von|van|der|den|al|bin)"
_SEQUENCE = re.compile(rf"(?<![\w'])(?:{_WORD})(?:[ ]+(?:{_CONNECTOR}[ ]+)*(?:{_WORD}))*(?!{_WORD_FOLLOWS})")
_CAPITALISED_WORD = re.compile(rf"(?<![\w']){UPPER}{_LETTER}+")
_ACRONYM = re.compile(rf"(?<![\w\-]){UPPER}(?:{UPPER}|[0-9&]){{1,9}}(?!{_WORD_FOLLOWS})")
_ROLES = sorted({r.rstrip(".") for r in (*_HONORIFIC_TYPES, *_OFFICES)}, key=len, reverse=True)
_ROLE_IN_SEQUENCE = re.compile(r"\b(?:" + "|".join(re.escape(r) for r in _ROLES) + r")\b\.?")
_MONTH_IN_SEQUENCE = re.compile(r"\b(?:" + "|".join(MONTHS) + r")\b")
_SENTENCE_START = re.compile(r"(?:^|[.?!:;…\"“”‘—(\[]|\x00)\s*$")
_ROMAN = frozenset({"II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XX", "XXI"})
_ORG_WORDS = frozenset(
    "Council Mission Ministry Organization Organizations Organisation Organisations University Review "
    "Directorate Parliament Agency Party Force Forces Bank Union Committee Court Office Institute Assembly "
    "Government Commission Corporation Company Network Army Navy Church Foundation Association Fund "
    "Department Administration Bureau Service Times Post News".split()
)
_PLACE_WORDS = frozenset("Republic Kingdom States City River Mountains Sea Ocean Island Islands Province".split())
_NOT_NAMES = frozenset(
    {*MONTHS, "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "I", "OK",
     "I'm", "I've", "I'll", "I'd",  # curly apostrophes are straightened first (_NORMALISE)
     *(r.rstrip(".") for r in _HONORIFIC_TYPES), *_OFFICES}
)
_SENTENCE_WORDS = frozenset(
    "The A An Some Any Our His Her This That These Those Its Their My Your We They He She It I You In On If When "
    "As At For By From With Even Both Every All Many Most Several Each No Yes But And Or So Then Now Although "
    "Because While After Before Since Did Do Does Is Are Was Were What How Why Who Where Which Dear Like Unlike "
    "Again Thus Also Still Just Only Here There Once Please Perhaps Maybe Of To Not Nobody Everybody Everything "
    "Nothing Something Someone Anyone Everyone One Two Three Let Can Could Would Should Will Shall May Might Must "
    "Sometimes Often Never Always Today Yesterday Tomorrow Indeed However Therefore Meanwhile Otherwise Instead".split()
)
_DEMONYM = re.compile(r"(?:ian|ians|ean|eans|ese)$")  # "Russian", "European", "Chinese": adjectives
_POSSESSIVE = re.compile(r"'s?$")
_HONORIFIC_BEFORE = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(h) for h in _HONORIFIC_TYPES if h.endswith("."))
                               + r")[ ]+$")


@dataclass(frozen=True)
class Candidate:
    """A name-like string no register entry covers."""

    text: str
    kind: str  # person | org | place | unknown (a guess)
    count: int
    context: str


@dataclass
class _Hit:
    kind: str
    count: int
    context: str
    honorific: bool = False


def texts_of_tei(root: etree._Element) -> list[str]:
    """The texts the tagger scans in a TEI document (titlePart, head, p; never speaker labels)."""
    return ["".join(el.itertext()) for el in _targets(root)]


def find_candidates(texts: Iterable[str], register: Register | None = None, *, min_count: int = 1) -> list[Candidate]:
    """Name-like strings in ``texts`` that the register does not cover, most frequent first."""
    register = register if register is not None else Register()
    matcher = matcher_for(register)
    # a title or heading printed in capitals: every word of it looked like an acronym and the whole like a name
    originals = [t.translate(_NORMALISE) for t in texts if not _in_capitals(t)]
    blanked = [_blank_covered(t, matcher) for t in originals]
    inner_words = _words_inside_sentences(blanked)
    seen_words = {w for t in blanked for w in _CAPITALISED_WORD.findall(t)}
    hits: dict[str, _Hit] = {}
    for text, original in zip(blanked, originals):
        _collect(text, original, inner_words, seen_words, hits)
    out = []
    for key, hit in hits.items():
        kind = hit.kind
        if kind == "unknown" and _looks_like_a_personal_name(key, hits):
            kind = "person"
        if hit.count >= min_count:
            out.append(Candidate(key, kind, hit.count, hit.context))
    out.sort(key=lambda c: (-c.count, c.text))
    return out


def _in_capitals(text: str) -> bool:
    """Three words or more in capitals, no lower-case letter, three in four of its letters or more with case: a title
    or a heading printed in capitals ("HEARING BEFORE THE COMMITTEE ON FOREIGN AFFAIRS"), whose words the rules
    cannot tell from acronyms and names (each was a candidate); not a Japanese or Chinese text with an acronym."""
    letters = [c for c in text if c.isalpha()]
    cased = [c for c in letters if c.isupper() or c.islower()]
    return (len(text.split()) >= 3 and 4 * len(cased) >= 3 * len(letters) > 0
            and not any(c.islower() for c in cased))


def _looks_like_a_personal_name(key: str, hits: dict[str, _Hit]) -> bool:
    """Two or three plain words whose last word is used alone (a surname) and whose first is not."""
    words = key.split()
    if not 2 <= len(words) <= 3 or any(re.fullmatch(_CONNECTOR, w) or _ACRONYM.fullmatch(w) for w in words):
        return False
    last, first = hits.get(words[-1]), hits.get(words[0])
    return last is not None and last.kind in ("person", "unknown") and first is None


def _blank_covered(norm: str, matcher) -> str:
    """Replace every character a register form covers by NUL, so no candidate runs into a known name."""
    found = matcher.matches(norm)
    if not found:
        return norm
    chars = list(norm)
    for start, end, _ in found:
        chars[start:end] = "\x00" * (end - start)
    return "".join(chars)


def _sentence_initial(text: str, start: int) -> bool:
    return bool(_SENTENCE_START.search(text, max(0, start - 4), start))


def _words_inside_sentences(texts: Sequence[str]) -> set[str]:
    words = set()
    for text in texts:
        for m in re.finditer(_WORD, text):
            if (m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in "'-")) \
                    and not _sentence_initial(text, m.start()):
                words.add(_POSSESSIVE.sub("", m.group()))
    return words


def _context(text: str, start: int, end: int) -> str:
    """The sentence around a mention, cut at word boundaries to about 80 characters either side."""
    dot = text.rfind(". ", 0, start)
    lo = dot + 2 if dot >= 0 else 0
    if lo < start - 80:
        lo = text.find(" ", start - 80) + 1
    hi = text.find(". ", end)
    hi = len(text) if hi < 0 else hi + 1
    if hi > end + 80:
        cut = text.rfind(" ", end, end + 80)
        hi = cut if cut > 0 else hi
    return " ".join(text[lo:hi].split())


def _add(hits: dict[str, _Hit], key: str, kind: str, original: str, start: int, end: int, honorific: bool = False):
    key = _POSSESSIVE.sub("", key.strip(" -"))
    if not key or key in _NOT_NAMES:
        return
    hit = hits.get(key)
    if hit is None:
        hits[key] = _Hit(kind, 1, _context(original, start, end), honorific)
        return
    hit.count += 1
    if hit.kind == "unknown" and kind != "unknown":
        hit.kind = kind
    hit.honorific = hit.honorific or honorific


def _collect(text: str, original: str, inner_words: set[str], seen_words: set[str], hits: dict[str, _Hit]) -> None:
    for m in _ACRONYM.finditer(text):
        if m.group() not in _ROMAN and not m.group().isdigit():
            _add(hits, m.group(), "org", original, m.start(), m.end())
    for m in _SEQUENCE.finditer(text):
        _sequence(text, original, m.start(), m.group(), inner_words, seen_words, hits)


def _sequence(text: str, original: str, start: int, seq: str, inner_words: set[str], seen_words: set[str],
              hits: dict[str, _Hit]) -> None:
    # split at honorifics and offices: "Russia Foreign Minister Igor Ivanov" → "Russia" | office | "Igor Ivanov"
    pieces = []
    pos = 0
    after_role = False
    splits = sorted([(r.start(), r.end(), True) for r in _ROLE_IN_SEQUENCE.finditer(seq)]
                    + [(r.start(), r.end(), False) for r in _MONTH_IN_SEQUENCE.finditer(seq)])
    for lo, hi, is_role in splits:
        if lo < pos:
            continue
        pieces.append((pos, seq[pos:lo], after_role))
        pos, after_role = hi, is_role
    pieces.append((pos, seq[pos:], after_role))
    for offset, piece, honorific in pieces:
        lead = len(piece) - len(piece.lstrip())
        piece = piece.strip()
        if not piece:
            continue
        at = start + offset + lead
        words = piece.split()
        if offset == 0 and _HONORIFIC_BEFORE.search(text, max(0, at - 8), at):
            honorific = True  # "Dr. Mizin": the period keeps the honorific out of the sequence
        if _sentence_initial(text, at) and not honorific:
            # the first word of a sentence is capitalised anyway: a single word counts only if it is
            # capitalised inside a sentence elsewhere; a sequence loses a leading function word or adverb
            while words and _POSSESSIVE.sub("", words[0]) not in inner_words and (
                len(words) == 1 or words[0] in _SENTENCE_WORDS or words[0].endswith(("ly", "ing"))
            ):
                at += len(words[0]) + 1
                words = words[1:]
                while words and re.fullmatch(_CONNECTOR, words[0]):
                    at += len(words[0]) + 1
                    words = words[1:]
        while words and re.fullmatch(_CONNECTOR, words[-1]):
            words = words[:-1]
        if not words:
            continue
        if len(words) == 1 and "-" in words[0]:
            parts = words[0].split("-")
            if all(_POSSESSIVE.sub("", p) in seen_words for p in parts):  # "Ivanov-Lavrov": two names
                for p in parts:
                    _sequence(text, original, at, p, inner_words, seen_words, hits)
                    at += len(p) + 1
                continue
        name = " ".join(words)
        if len(words) == 1:
            word = _POSSESSIVE.sub("", name)
            if _ACRONYM.fullmatch(word) or len(word) < 3 or (_DEMONYM.search(word) and not honorific):
                continue
            kind = "person" if honorific else "unknown"
        else:
            kind = _kind_of(words, honorific)
        _add(hits, name, kind, original, at, at + len(name), honorific)


def _kind_of(words: list[str], honorific: bool) -> str:
    if honorific:
        return "person"
    if any(_POSSESSIVE.sub("", w) in _ORG_WORDS for w in words):
        return "org"
    if any(w in _PLACE_WORDS for w in words):
        return "place"
    return "unknown"


# ------------------------------------------------------------------ output formats for the `entities` command

FORMATS = ("table", "json", "csv")


def format_candidates(candidates: Sequence[Candidate], fmt: str = "table", *, width: int = 120) -> str:
    """Candidates as a rich table, JSON (a list of objects) or CSV (with a header row)."""
    if fmt == "json":
        return format_json(candidates)
    if fmt == "csv":
        return format_csv(candidates)
    if fmt == "table":
        return format_table(candidates, width=width)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def format_json(candidates: Sequence[Candidate]) -> str:
    return json.dumps([asdict(c) for c in candidates], ensure_ascii=False, indent=2) + "\n"


def format_csv(candidates: Sequence[Candidate]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["text", "kind", "count", "context"])
    for c in candidates:
        writer.writerow([c.text, c.kind, c.count, c.context])
    return buf.getvalue()


def format_table(candidates: Sequence[Candidate], *, width: int = 120) -> str:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{len(candidates)} name candidates not in the register", title_justify="left")
    table.add_column("Candidate", max_width=40, overflow="fold")
    table.add_column("Kind")
    table.add_column("Count", justify="right")
    table.add_column("Context", overflow="fold")
    for c in candidates:
        table.add_row(c.text, c.kind, str(c.count), c.context)
    console = Console(file=io.StringIO(), width=width, color_system=None, force_terminal=False)
    console.print(table)
    return console.file.getvalue()


def candidates_for_sources(sources, *, register=None, min_count: int = 1, encoding: str | None = None,
                           errors: list | None = None) -> list[Candidate]:
    """Candidates in transcripts: each is converted without name tagging, so the register hides nothing.

    ``register`` is a register file; by default each source's corpus register is used, or none. ``encoding`` is
    the sources' text encoding (default: UTF-8), as for ``convert``. With an ``errors`` list, a source that
    cannot be read or converted is added to it and the others are still counted; without, its error is raised.
    """
    from .errors import EditionError

    from dataclasses import replace
    from pathlib import Path

    from .config import find_edition_config, load_edition_config
    from .convert import convert_file, register_for
    from .register import Register, load_register

    chosen = load_register(register) if register else None
    texts: list[str] = []
    for source in sources:
        try:
            corpus = load_edition_config(find_edition_config(Path(source)))
            if chosen is None and corpus.register is not None:
                chosen = register_for(corpus)
            untagged = convert_file(Path(source), config=replace(corpus, register=None), encoding=encoding)
        except EditionError as error:
            if errors is None:
                raise
            errors.append(error)
            continue
        texts.extend(texts_of_tei(untagged.tree.getroot()))
    return find_candidates(texts, chosen or Register(), min_count=min_count)
