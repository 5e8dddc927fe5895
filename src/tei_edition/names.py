"""Tag names, dates and titles of works in a TEI tree in place, with @ref to register entries, and embed the entries used.

Matching is linear in the text: one Aho–Corasick automaton (pyahocorasick) over every name form of the
register finds all occurrences in a text node in one pass; candidates are then filtered by word boundaries
and chosen longest-leftmost. Only element boundaries are inserted: every character of the text stays where
it was (``"".join(p.itertext())`` is the same before and after).

Rules (see seeds/register.xml for the name form types):

- a form is matched case-sensitively on word boundaries (letters and digits), so ``UN`` never matches
  inside ``UNMIK``, and ``NATO`` does not match in ``NATOs``; a hyphen or an apostrophe is a boundary,
  so ``Ivanov-Lavrov`` gives two persName and ``Kouchner’s`` gives ``<persName>Kouchner</persName>’s``;
- an honorific or office directly before a person's name ("Dr.", "Mr.", "Ambassador", "Foreign
  Minister") joins the persName as ``<roleName>``; it is found by looking left of the match (a bounded
  regular expression over a few characters), which keeps the automaton one form per name;
- ``orgName`` matches may contain other names (``Russian <orgName>UN</orgName> Mission``); person and
  place names and titles of works do not (their words are not separate mentions);
- a form shared by two or more entries is tagged only if exactly one of them has already been named in
  the document; otherwise it is left untagged and reported in ``TagReport.ambiguous``;
- ``short`` forms (a generic word such as "Council") are tagged only after the entity was named earlier;
- dates: "June 10, 1999" → 1999-06-10; "March 21" → the document's ``year`` (else ``--03-21``);
  "March 24 and 27" → two dates; "in April" → year-month; "last year" → year − 1 (only with ``year``).
"""

from __future__ import annotations

import functools
import re
import time
import weakref
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date as _date

import ahocorasick
from lxml import etree

from . import TEI_NS
from .letters import MONTHS
from .register import KINDS, XML_ID, Entry, Register

T = f"{{{TEI_NS}}}"

#: elements whose text the tagger scans (and their inline descendants)
TARGETS = ("titlePart", "head", "p")
#: elements the tagger never descends into (their tails, which belong to the parent, are still scanned)
SKIP = frozenset(
    {
        "speaker", "persName", "orgName", "placeName", "geogName", "name", "rs", "roleName", "date", "time",
        "title", "bibl", "note", "ellipsis", "metamark", "incident", "anchor", "milestone", "pb", "lb", "cb",
        "gap", "ref", "ptr", "idno", "num", "standOff", "teiHeader",
    }
)
#: name elements that may contain other names (TEI allows more; these are the ones that help readers)
NESTING = frozenset({"orgName"})

# Same-length character mapping used for matching only (the text itself is never changed):
# typographic apostrophes, non-breaking spaces and line breaks match their plain forms.
_NORMALISE = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00a0": " ", "\u202f": " ",
                            "\n": " ", "\r": " ", "\t": " ", "\u2011": "-"})
#: any character _NORMALISE changes: most text nodes have none, and finding that is cheaper than translating
_TO_NORMALISE = re.compile("[" + re.escape("".join(map(chr, _NORMALISE))) + "]")

_HONORIFIC_TYPES = {"Dr.": "honorific", "Mr.": "honorific", "Mrs.": "honorific", "Ms.": "honorific",
                    "Prof.": "honorific", "Professor": "honorific", "Sir": "honorific", "Dr": "honorific",
                    "Mr": "honorific", "Mrs": "honorific", "Ms": "honorific"}
_OFFICES = ("Foreign Minister", "Prime Minister", "Defense Minister", "Defence Minister", "Minister",
            "Secretary of State", "Secretary-General", "Secretary General", "Ambassador", "President",
            "Vice President", "Chancellor", "Senator", "General", "Governor", "Mayor", "Judge", "Counselor",
            "Envoy", "Special Envoy")
_ROLE_BEFORE = re.compile(
    r"(?<![\w.])(?P<role>"
    + "|".join(re.escape(r) for r in sorted([*_HONORIFIC_TYPES, *_OFFICES], key=len, reverse=True))
    + r")[ ]+$"
)
_ROLE_WINDOW = 40  # characters looked at left of a person's name

_MONTH_NO = {m: i for i, m in enumerate(MONTHS, 1)}
_M = "(?P<m>" + "|".join(MONTHS) + ")"
_ORD = "(?:st|nd|rd|th)?"
_YEAR_WORDS = ("in", "since", "until", "till", "by", "from", "before", "after", "during")
_MONTH_WORDS = (*_YEAR_WORDS, "early", "late", "mid-")
_REL_WORDS = ("[Ll]ast", "[Tt]his", "[Nn]ext")
_REL_WIDTH = len("last ")  # every relative word has four letters
_DATE_PATTERNS = (
    ("mdy", re.compile(rf"\b{_M} (?P<d>\d{{1,2}}){_ORD},? (?P<y>\d{{4}})\b")),
    ("dmy", re.compile(rf"\b(?P<d>\d{{1,2}}) {_M},? (?P<y>\d{{4}})\b")),
    ("md", re.compile(rf"\b{_M} (?P<d>\d{{1,2}}){_ORD}\b(?: (?:and|or|to) (?P<d2>\d{{1,2}}){_ORD}\b(?!,? \d))?")),
    ("my", re.compile(rf"\b{_M},? (?P<y>\d{{4}})\b")),
    ("m", re.compile(rf"\b(?:{'|'.join(_MONTH_WORDS)}) {_M}\b(?! \d)")),
    ("rel", re.compile(rf"\b(?P<rel>{'|'.join(_REL_WORDS)}) year\b")),
    ("y", re.compile(rf"\b(?:{'|'.join(_YEAR_WORDS)}) (?P<y>1[5-9]\d\d|20\d\d)\b(?![-–]\d)")),
)


@dataclass(frozen=True)
class Ambiguity:
    """A surface form that could name two or more entries, left untagged."""

    form: str
    candidates: tuple[str, ...]
    context: str
    where: str | None = None  # xml:id of the enclosing paragraph, when it has one


@dataclass
class TagReport:
    """What tag_names did: elements added per kind, ambiguous forms, entries used, time taken."""

    counts: Counter = field(default_factory=Counter)  # element name → number added
    ambiguous: list[Ambiguity] = field(default_factory=list)
    used_ids: set[str] = field(default_factory=set)
    elapsed: float = 0.0  # seconds

    def summary(self) -> str:
        parts = [f"{n} {kind}" for kind, n in sorted(self.counts.items())]
        amb = f"; {len(self.ambiguous)} ambiguous left untagged" if self.ambiguous else ""
        return f"{', '.join(parts) or 'nothing'} tagged in {self.elapsed * 1000:.1f} ms{amb}"


@dataclass
class _Span:
    start: int
    end: int
    tag: str
    attrs: dict[str, str]
    children: list[_Span] = field(default_factory=list)
    entry: str | None = None


@dataclass
class _State:
    year: int | None
    mentioned: set[str] = field(default_factory=set)
    report: TagReport = field(default_factory=TagReport)
    where: str | None = None


class Matcher:
    """The compiled automaton for one register. Built once per register (tag_names caches it)."""

    def __init__(self, register: Register) -> None:
        self.register = register
        by_form: dict[str, dict[str, tuple[str, str | None]]] = {}
        for entry in register:
            for form in entry.names:
                key = " ".join(form.text.translate(_NORMALISE).split())
                if not key:
                    continue
                # one (type, level) per entry and form; a "full" reading beats a "short" one
                prev = by_form.setdefault(key, {}).get(entry.id)
                if prev is None or prev[0] == "short":
                    by_form[key][entry.id] = (form.type, form.level)
        self.payloads: list[tuple[tuple[str, str, str | None], ...]] = []
        self.automaton = ahocorasick.Automaton()
        for key, readings in by_form.items():
            self.automaton.add_word(key, (len(self.payloads), len(key)))
            self.payloads.append(tuple((eid, t, lvl) for eid, (t, lvl) in readings.items()))
        if self.payloads:
            self.automaton.make_automaton()

    def occurs(self, norm: str) -> bool:
        """Whether any register form occurs in ``norm`` at all (boundaries not checked)."""
        return bool(self.payloads) and next(self.automaton.iter(norm), None) is not None

    def matches(self, norm: str) -> list[tuple[int, int, int]]:
        """All register forms in ``norm`` on word boundaries, as (start, end, payload), leftmost-longest first."""
        if not self.payloads:
            return []
        found = []
        n = len(norm)
        for last, (payload, length) in self.automaton.iter(norm):
            start, end = last - length + 1, last + 1
            if start > 0 and norm[start - 1].isalnum() and norm[start].isalnum():
                continue
            if end < n and norm[end].isalnum() and norm[end - 1].isalnum():
                continue
            found.append((start, end, payload))
        found.sort(key=lambda m: (m[0], m[0] - m[1]))
        return found


_matchers: weakref.WeakKeyDictionary[Register, Matcher] = weakref.WeakKeyDictionary()


def matcher_for(register: Register) -> Matcher:
    """The cached Matcher of a register."""
    m = _matchers.get(register)
    if m is None:
        m = _matchers[register] = Matcher(register)
    return m


def tag_names(text_root: etree._Element, register: Register, *, year: int | None = None) -> TagReport:
    """Wrap names, dates and titles in the text of ``text_root`` (a TEI root or its ``text``), in place."""
    t0 = time.perf_counter()
    matcher = matcher_for(register)
    state = _State(year=year)
    for target in _targets(text_root):
        state.where = _where(target)
        _process(target, matcher, state)
    state.report.elapsed = time.perf_counter() - t0
    return state.report


_TARGET_TAGS = frozenset(T + t for t in TARGETS)


def _localname(tag: str) -> str:
    """``etree.QName(tag).localname`` without building a QName (called for every element the tagger visits)."""
    return tag[tag.index("}") + 1:] if tag[:1] == "{" else tag


@functools.lru_cache(maxsize=512)
def _skipped(tag: str) -> bool:
    """Whether the tagger stays out of elements with this tag (asked for every element it visits: cached)."""
    return _localname(tag) in SKIP


@functools.lru_cache(maxsize=512)
def _closes_target(tag: str) -> bool:
    """Whether an element inside one with this tag is not a target of its own (see _targets)."""
    return _localname(tag) in SKIP or tag in _TARGET_TAGS


def _targets(root: etree._Element) -> list[etree._Element]:
    if root.tag == T + "TEI":
        texts = root.findall(T + "text")
    else:
        texts = [root]
    found = []
    for text in texts:
        for el in text.iter(*_TARGET_TAGS):
            if any(_closes_target(a.tag) for a in el.iterancestors() if isinstance(a.tag, str)):
                continue  # inside a speaker / note / name, or inside another target (scanned with it)
            found.append(el)
    return found


def _where(el: etree._Element) -> str | None:
    for a in (el, *el.iterancestors()):
        if a.get(XML_ID):
            return a.get(XML_ID)
    return None


def _process(el: etree._Element, matcher: Matcher, state: _State) -> None:
    if el.text:
        lead, new = _tag_string(el.text, matcher, state, el)
        if new:
            el.text = lead
            for i, child in enumerate(new):
                el.insert(i, child)
    for child in list(el):
        if isinstance(child.tag, str) and not _skipped(child.tag):
            _process(child, matcher, state)
        if child.tail:
            lead, new = _tag_string(child.tail, matcher, state, el)
            if new:
                child.tail = lead
                at = el.index(child)
                for i, sibling in enumerate(new, 1):
                    el.insert(at + i, sibling)


def _tag_string(s: str, matcher: Matcher, state: _State, parent: etree._Element):
    norm = s.translate(_NORMALISE) if _TO_NORMALISE.search(s) else s
    # Fast path: most text nodes (above all the tails between the names just tagged, which are scanned again)
    # hold neither a register form nor a date anchor, and then nothing below could find anything.
    if not _DATE_ANCHOR.search(norm) and not matcher.occurs(norm):
        return s, []
    spans = _name_spans(norm, matcher, state)
    spans = _add_dates(norm, spans, state)
    if not spans:
        return s, []
    for sp in spans:
        _count(sp, state.report)
    return _build(s, spans, 0, len(s), parent)


def _count(sp: _Span, report: TagReport) -> None:
    report.counts[sp.tag] += 1
    if sp.entry:
        report.used_ids.add(sp.entry)
    for c in sp.children:
        _count(c, report)


def _resolve(payload: tuple, matcher: Matcher, state: _State, norm: str, start: int, end: int) -> Entry | None:
    readings = matcher.payloads[payload]
    if len(readings) == 1:
        eid, form_type, _ = readings[0]
        if form_type == "short" and eid not in state.mentioned:
            return None
        return matcher.register[eid]
    named_before = [eid for eid, _, _ in readings if eid in state.mentioned]
    if len(named_before) == 1:
        return matcher.register[named_before[0]]
    ids = tuple(eid for eid, _, _ in readings)
    if all(t == "short" for _, t, _ in readings) and not named_before:
        return None  # a generic word, not a name here
    lo, hi = max(0, start - 40), min(len(norm), end + 40)
    state.report.ambiguous.append(
        Ambiguity(norm[start:end], ids, ("…" if lo else "") + norm[lo:hi].strip() + ("…" if hi < len(norm) else ""),
                  state.where))
    return None


def _name_span(entry: Entry, start: int, end: int, matcher: Matcher, payload: int) -> _Span:
    if entry.kind == "work":
        level = next((lvl for eid, _, lvl in matcher.payloads[payload] if eid == entry.id), None)
        attrs = {"level": level} if level else {}
        attrs["ref"] = "#" + entry.id
        return _Span(start, end, "title", attrs, entry=entry.id)
    return _Span(start, end, KINDS[entry.kind][1], {"ref": "#" + entry.id}, entry=entry.id)


def _choose(found, norm: str, lo: int, hi: int, matcher: Matcher, state: _State,
            exclude: str | None = None) -> list[_Span]:
    """Longest-leftmost, non-overlapping spans among ``found`` inside [lo, hi)."""
    chosen: list[_Span] = []
    last_end = lo
    for start, end, payload in found:
        if start < last_end or end > hi:
            continue
        entry = _resolve(payload, matcher, state, norm, start, end)
        if entry is None or entry.id == exclude:
            continue
        span = _name_span(entry, start, end, matcher, payload)
        if entry.kind == "person":
            _add_role(span, norm, last_end)
        elif span.tag in NESTING:
            inner = [m for m in found if start <= m[0] and m[1] <= end and (m[0], m[1]) != (start, end)]
            span.children = _choose(inner, norm, start, end, matcher, state, exclude=entry.id)
        chosen.append(span)
        state.mentioned.add(entry.id)
        last_end = span.end
    return chosen


def _name_spans(norm: str, matcher: Matcher, state: _State) -> list[_Span]:
    found = matcher.matches(norm)
    if not found:
        return []
    return _choose(found, norm, 0, len(norm), matcher, state)


def _add_role(span: _Span, norm: str, floor: int) -> None:
    """Extend a person's span leftwards over an honorific or office ("Dr. ", "Ambassador ")."""
    lo = max(floor, span.start - _ROLE_WINDOW)
    m = _ROLE_BEFORE.search(norm, lo, span.start)
    if not m:
        return
    role = m.group("role")
    kind = _HONORIFIC_TYPES.get(role, "office")
    span.children.append(_Span(m.start("role"), m.end("role"), "roleName", {"type": kind}))
    span.start = m.start("role")


# Why date matching starts from anchors: the patterns begin with ``\b`` and an alternation, so ``re`` cannot skip
# ahead and tries each of them at every character of every text node (about a third of the tagger's time). Every
# match is anchored on a month name, on "year", or on a four-digit year, at a fixed offset before it. So the
# anchors are found first (a plain alternation, which ``re`` scans for quickly), and each pattern is tried only at
# the few positions its anchors allow; ``_finditer_from`` visits them the way ``finditer`` would, so the matches
# are exactly those of ``pattern.finditer(norm)``.
_MONTH_ANCHOR = re.compile("|".join(MONTHS))  # month names never overlap: each has one capital, its first letter
_YEAR_ANCHOR = re.compile(r"1[5-9]\d\d|20\d\d")  # a "y" match has a space before its digits: no overlap hides one
#: Any anchor at all. Every branch starts with a literal character, so ``re`` scans for those few characters
#: (a group or a ``\b`` in front of a branch would turn that off and make the search several times slower).
_DATE_ANCHOR = re.compile(f"{_MONTH_ANCHOR.pattern}|year|{_YEAR_ANCHOR.pattern}")


def _finditer_from(pattern: re.Pattern, norm: str, starts: set[int]):
    """``pattern.finditer(norm)``, given every position where a match could start (a superset is fine)."""
    pos = 0
    for start in sorted(starts):
        if start < pos or start < 0:
            continue
        m = pattern.match(norm, start)  # \b and lookbehinds see the whole string, as in finditer
        if m:
            yield m
            pos = m.end()


def _date_candidates(norm: str) -> dict[str, set[int]]:
    """Per date pattern, the positions where one of its matches could start (empty when there can be none)."""
    months = [m.start() for m in _MONTH_ANCHOR.finditer(norm)]
    years = []
    at = norm.find("year")
    while at >= 0:
        years.append(at)
        at = norm.find("year", at + 4)
    digits = [m.start() for m in _YEAR_ANCHOR.finditer(norm)]
    if not (months or years or digits):
        return {}
    at_month = set(months)
    return {
        "mdy": at_month,
        "dmy": {p - width for p in months for width in (2, 3)},  # one or two digits and a space
        "md": at_month,
        "my": at_month,
        "m": {p - len(w) - 1 for p in months for w in _MONTH_WORDS},
        "rel": {p - _REL_WIDTH for p in years},
        "y": {p - len(w) - 1 for p in digits for w in _YEAR_WORDS},
    }


def _add_dates(norm: str, spans: list[_Span], state: _State) -> list[_Span]:
    candidates = _date_candidates(norm)
    if not candidates:
        return spans
    hits = []  # (start, end, [(start, end, when)])
    for kind, pattern in _DATE_PATTERNS:
        starts = candidates[kind]
        if not starts:
            continue
        for m in _finditer_from(pattern, norm, starts):
            dates = _dates_of(kind, m, state.year)
            if dates:
                hits.append((dates[0][0], dates[-1][1], dates))
    if not hits:
        return spans
    hits.sort(key=lambda h: (h[0], h[0] - h[1]))
    taken = [(s.start, s.end) for s in spans]
    out = list(spans)
    last_end = 0
    for start, end, dates in hits:
        if start < last_end or any(start < e and s < end for s, e in taken):
            continue
        for s, e, when in dates:
            attrs = {"when": when} if when else {}
            out.append(_Span(s, e, "date", attrs))
        last_end = end
    out.sort(key=lambda s: s.start)
    return out


def _valid(y: int, m: int, d: int) -> bool:
    try:
        _date(y, m, d)
    except ValueError:
        return False
    return True


def _dates_of(kind: str, m: re.Match, year: int | None) -> list[tuple[int, int, str | None]]:
    if kind == "rel":
        if year is None:
            return []
        offset = {"last": -1, "this": 0, "next": 1}[m.group("rel").lower()]
        return [(m.start(), m.end(), f"{year + offset:04d}")]
    if kind == "y":
        return [(m.start("y"), m.end("y"), m.group("y"))]
    month = _MONTH_NO[m.group("m")]
    if kind == "m":
        if m.group("m") == "May":
            return []  # "in May" is too often the modal verb after a clause to guess
        return [(m.start("m"), m.end("m"), f"{year:04d}-{month:02d}" if year else f"--{month:02d}")]
    if kind == "my":
        return [(m.start(), m.end(), f"{int(m.group('y')):04d}-{month:02d}")]
    y = int(m.group("y")) if kind in ("mdy", "dmy") else year
    out = []
    days = [(m.group("d"), m.start(), m.end("d") if kind == "md" and m.group("d2") else m.end())]
    if kind == "md" and m.group("d2"):
        days.append((m.group("d2"), m.start("d2"), m.end()))
    for d, s, e in days:
        if not _valid(y or 2000, month, int(d)):
            return []
        when = f"{y:04d}-{month:02d}-{int(d):02d}" if y else f"--{month:02d}-{int(d):02d}"
        out.append((s, e, when))
    return out


def _build(s: str, spans: list[_Span], lo: int, hi: int, parent: etree._Element):
    """Text before the first span, and the span elements with their tails, for s[lo:hi]."""
    pos, lead, elements = lo, None, []
    for sp in spans:
        piece = s[pos:sp.start]
        if elements:
            elements[-1].tail = piece or None
        else:
            lead = piece
        el = parent.makeelement(T + sp.tag, sp.attrs)
        inner_lead, inner = _build(s, sp.children, sp.start, sp.end, el)
        el.text = inner_lead or None
        for child in inner:
            el.append(child)
        elements.append(el)
        pos = sp.end
    rest = s[pos:hi]
    if elements:
        elements[-1].tail = rest or None
        return (lead or None), elements
    return rest, elements


def embed_register(tei_root: etree._Element, register: Register, used_ids: Iterable[str]) -> etree._Element | None:
    """Put the register entries the document uses into its ``standOff`` (after teiHeader, before text).

    Lists this function made before (``@type="register"``) are replaced, so it can run again; other
    standOff content (a timeline, for example) is kept. Returns the standOff, or None when nothing is used.
    """
    used = _with_pointed_at(register, set(used_ids))
    stand_off = tei_root.find(T + "standOff")
    if stand_off is not None:
        for old in stand_off.findall("*[@type='register']"):
            stand_off.remove(old)
    entries = [e for e in register if e.id in used]
    if entries:
        _free_register_ids(tei_root, register, used)
    if not entries:
        if stand_off is not None and len(stand_off) == 0:
            tei_root.remove(stand_off)
        return None
    if stand_off is None:
        stand_off = tei_root.makeelement(T + "standOff", {})
        header = tei_root.find(T + "teiHeader")
        tei_root.insert(tei_root.index(header) + 1 if header is not None else 0, stand_off)
    position = 0
    for kind in KINDS:  # listPerson, listOrg, listPlace, listBibl: first in standOff, in that order
        items = [e for e in entries if e.kind == kind]
        if not items:
            continue
        lst = stand_off.makeelement(T + KINDS[kind][2], {"type": "register"})
        for entry in items:
            lst.append(entry.to_element())
        stand_off.insert(position, lst)
        position += 1
    return stand_off


_ALL_IDS = etree.XPath("//@xml:id", smart_strings=False)
_POINTERS = etree.XPath("//@ref | //@sameAs | //@corresp", smart_strings=False)


def _with_pointed_at(register: Register, used: set[str]) -> set[str]:
    """The entries used and every register entry they point at, and those at theirs (a person's
    ``affiliation/@ref`` naming an organisation the text never mentions): an archived document carries all it
    points to."""
    pending = list(used)
    while pending:
        entry = register.get(pending.pop())
        if entry is None or b'"#' not in entry.xml:  # (most entries point nowhere: no need to parse them)
            continue
        for pointers in _POINTERS(entry.to_element()):
            for token in pointers.split():
                target = token[1:] if token.startswith("#") else None
                if target and target not in used and target in register:
                    used.add(target)
                    pending.append(target)
    return used


def _free_register_ids(tei_root: etree._Element, register: Register, used: set[str]) -> None:
    """Give another id to each element of the document whose xml:id is a register entry's it embeds (a speaker
    "spk-mizin" beside a register's person "spk-mizin"): "spk-mizin-2", the first that neither the document nor
    the register uses, and the pointers at it (sp/@who) follow. The names tagged from the register point at the
    entry (their @ref), and keep doing so."""
    if not used.intersection(_ALL_IDS(tei_root)):
        return  # (almost always: one quick look, no walk over the tree in Python)
    taken = {el.get(XML_ID): el for el in tei_root.iter(etree.Element) if el.get(XML_ID)}
    clashes = [ident for ident in taken if ident in used]
    avoid = set(taken) | {entry.id for entry in register}
    renamed: dict[str, str] = {}
    for old in clashes:
        n = 2
        while f"{old}-{n}" in avoid:
            n += 1
        renamed[old] = new = f"{old}-{n}"
        avoid.add(new)
        taken[old].set(XML_ID, new)
    for el in tei_root.iter(etree.Element):
        for name, value in el.attrib.items():
            if name == "ref" or "#" not in value:
                continue  # a tagged name's @ref points at the register's entry
            tokens = value.split()
            if any(t[1:] in renamed for t in tokens if t.startswith("#")):
                el.set(name, " ".join("#" + renamed[t[1:]] if t.startswith("#") and t[1:] in renamed else t for t in tokens))
