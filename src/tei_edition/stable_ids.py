"""Stable ids across re-conversion: carry paragraph/speech ids over from the TEI already written, retire and
record the ids that disappear, refuse to overwrite hand-edited TEI, and resolve ids (live or retired).

The rules (documented in the README, "Stable ids"):

- Paragraphs are aligned old → new in document order on their word sequence (``\\w+``, lower case; in a script
  written without spaces between words, each character), so that markup and punctuation changes never matter:
  identical paragraphs first (a longest common subsequence), then inside each gap a dynamic-programming alignment
  that allows 1:1 (similarity ≥ 0.5), 1:2 (a split) and 2:1 (a merge) steps, then paragraphs that moved: identical
  ones, then ones also corrected, split or merged (80 % of the words of one are the other's, and half of each
  one's). A split keeps the id on its larger part; a merge keeps the first id and retires the second, pointing at
  the merged paragraph; so does a paragraph of five words or more left over whose words (80 %, in order) are now
  inside another one, wherever it is (moved, then merged).
- A song's lg ({doc}-lg{n}) and a linked endnote ({doc}-note{n}) are aligned the same way, each kind on its own.
- Speeches (and numbered divisions) follow what they hold (paragraphs, songs, endnotes): an old speech goes to the
  new speech that holds most of its (carried) words; when several old speeches land in one new speech the first
  keeps its id.
- Anything new gets ``{doc}-{kind}{n}`` with n above every number ever used in the document (live or retired).
- A retired id is recorded in ``revisionDesc`` as ``<change type="id-retired" n="RETIRED-ID">`` holding a
  ``<ptr type="mergedInto|neighbour" target="#LIVE-ID"/>``. The retired id is data (``@n``), never an xml:id;
  the pointer always names a live id (chains are followed when a target is retired later). A record keeps the
  day it was made (``@when``, from SOURCE_DATE_EPOCH) through later re-conversions.
- A written file carries ``<?tei-edition checksum="sha256:…" highest="p57 sp20 …"?>`` before its root: the SHA-256
  of the root element as serialised by lxml, and the highest number each kind of id of the document has ever had,
  which a hand edit of the text or the revisionDesc leaves as it was: a record deleted by hand no longer lets its
  number be given again. The backups beside a TEI (``.bak``, ``.bak2``…) are read too: their numbers count as used,
  and a record of theirs that the TEI lost is recorded again. A file whose checksum does not match (or that has
  none) was edited by hand and is not overwritten without ``force``; with it a numbered backup is kept first, and
  the ids are carried over from the edited file (from what a repairing parser reads of one that no longer parses;
  from its latest backup when nothing of it can be read).
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from copy import deepcopy
from heapq import nsmallest
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from difflib import SequenceMatcher
from pathlib import Path
from urllib.parse import urlsplit

from lxml import etree

from . import TEI_NS, XML_NS
from .config import source_day
from .errors import InputError, OverwriteRefused

T = "{%s}" % TEI_NS
XML_ID = "{%s}id" % XML_NS
NS = {"t": TEI_NS}

CHECKSUM_PI = "tei-edition"
HIGHEST = "highest"  # the PI's pseudo-attribute: the highest number of each kind of id ever used, "p57 sp20 div3"
RETIRED = "id-retired"
MERGED_INTO = "mergedInto"
NEIGHBOUR = "neighbour"
MATCH_THRESHOLD = 0.5  # word-sequence similarity for a 1:1 match (a corrected paragraph keeps its id)
PART_CONTAINMENT = 0.8  # share of a part's words found in the whole, for a split or merge step (and a move)
#: Scripts written without spaces between words (Thai, Lao, Myanmar, Khmer, kana, Han): there a run of letters is a
#: clause or a sentence, and one character corrected in it made all of it another "word"; each letter is a word.
_UNSPACED = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_WORD = re.compile(rf"[^\W{_UNSPACED}]+|(?=\w)[{_UNSPACED}]")
_KIND_NAMES = {"p": "Paragraph", "sp": "Speech", "div": "Division", "lg": "Verse group", "note": "Note"}
_LEAVES = ("p", "lg", "note")  # aligned on their words; speeches and divisions follow what they hold
_KINDS = ("p", "sp", "div", "lg", "note")
_DOCUMENT_ID = "t:teiHeader/t:fileDesc/t:publicationStmt/t:idno[@type='document']"


# ----------------------------------------------------------------------------------------------------------
# Checksums: detecting hand edits


def checksum(root: etree._Element) -> str:
    """SHA-256 of the root element as lxml serialises it (libxml2, without the document's processing
    instructions): what ``stamp`` records and ``read_existing`` recomputes. Parsing and serialising again
    gives the same bytes, so only a change to the document changes it."""
    return "sha256:" + hashlib.sha256(etree.tostring(root, encoding="UTF-8")).hexdigest()


_DECLARATION = b"<?xml version='1.0' encoding='UTF-8'?>\n"
#: an entity reference other than those libxml2 writes for "&", "<", ">", '"' and for characters
_ENTITY_REFERENCE = re.compile(rb"&(?!amp;|lt;|gt;|quot;|#)")


def _serialized_root(data: bytes) -> bytes | None:
    """The bytes ``checksum`` would hash after parsing ``data``, taken from ``data`` itself (None if unsure).

    ``data`` is a tree serialised with its XML declaration and pretty_print (``convert.serialize``). Parsing it
    keeps the indentation as text nodes, and serialising that root again writes them back verbatim, so the root's
    slice of ``data`` is the serialisation ``checksum`` computes: the same digest without parsing the document
    again. Only the plain shape is taken: a declaration, the root, a newline; no doctype, comment, processing
    instruction or entity reference anywhere (a PI loses its leading spaces when parsed); and no element with an
    empty text, which is written ``<x></x>`` and, parsed again, ``<x/>``.
    """
    if not (data.startswith(_DECLARATION) and data.endswith(b">\n")):
        return None
    body = data[len(_DECLARATION):-1]
    # libxml2 escapes "<" and ">" in text and attribute values, so past the declaration every "<" opens markup
    # and every ">" closes it: these byte checks see the markup only (a doctype, comment or processing instruction
    # before or after the root as well as inside it).
    if body[:1] != b"<" or b"<!" in body or b"<?" in body or _ENTITY_REFERENCE.search(body):
        return None
    at = body.find(b"></")
    while at >= 0:
        opened = body.rfind(b"<", 0, at)
        if body[opened + 1:opened + 2] != b"/" and body[at - 1:at] != b"/":
            return None  # a start tag right before an end tag: an element with an empty text
        at = body.find(b"></", at + 3)
    return body


_DOCUMENT_IDNO = re.compile(rb"<idno type=[\"']document[\"']>([^<]+)</idno>")
_LEADING_PI = re.compile(rb"<\?" + CHECKSUM_PI.encode() + rb" ([^?]*)\?>\n?")
_HIGHEST_VALUE = re.compile(rb"\b" + HIGHEST.encode() + rb"=[\"']([^\"']*)[\"']")
_ROOT_TAG = re.compile(rb"<[^?!]")  # the first tag that is no declaration, PI, comment or doctype
_MARK = re.compile(r"(p|sp|div|lg|note)([0-9]+)")


def highest_numbers(data: bytes) -> dict[str, int]:
    """The highest number of each kind of id that serialized TEI shows: in its text's ids, in its retirement records
    and in its processing instruction's ``highest`` (read from the bytes, without parsing: a backup is read so)."""
    found: dict[str, int] = {}
    document = _DOCUMENT_IDNO.search(data)
    if document is not None:
        # the document's ids, as an id, a record's @n or a pointer (after a quote or '#', not the end of a longer
        # id; a backup saved by an XML editor may quote with '): the document's id opens the pattern, so that the
        # scan looks for it alone (0.02 ms of 40 kB, not 0.05)
        pattern = re.compile(re.escape(document.group(1)) + rb"-(p|sp|div|lg|note)([0-9]+)[\"']")
        for match in pattern.finditer(data):
            if data[match.start() - 1:match.start()] in (b'"', b"'", b"#"):
                kind, number = match.group(1).decode(), int(match.group(2))
                found[kind] = max(found.get(kind, 0), number)
    root = _ROOT_TAG.search(data)
    for pi in _LEADING_PI.finditer(data, 0, root.start() if root else len(data)):
        value = _HIGHEST_VALUE.search(pi.group(1))
        if value is not None:
            _raise(found, parse_highest(value.group(1).decode("ascii", "replace")))
    return found


def parse_highest(value: object) -> dict[str, int]:
    """``highest``'s numbers ("p57 sp20" → {"p": 57, "sp": 20}); nothing from anything else (a manifest edited by
    hand)."""
    return {kind: int(number) for kind, number in _MARK.findall(value)} if isinstance(value, str) else {}


def stamped_highest(data: bytes) -> str:
    """The ``highest`` that ``stamp`` wrote into TEI bytes ("p57 sp20"; "" if none): what a build keeps in its
    manifest, so that a TEI replaced by an older copy of itself, or edited by hand, does not make it forget."""
    root = _ROOT_TAG.search(data)
    value = _HIGHEST_VALUE.search(data, 0, root.start() if root else len(data))
    return value.group(1).decode("ascii", "replace") if value else ""


def _raise(floor: dict[str, int], other: dict[str, int]) -> None:
    for kind, number in other.items():
        floor[kind] = max(floor.get(kind, 0), number)


def _marks(highest: dict[str, int]) -> str:
    """``highest``'s value: "p57 sp20 div3", the kinds in a fixed order."""
    return " ".join(f"{kind}{highest[kind]}" for kind in _KINDS if highest.get(kind))


def _highest_pi(highest: dict[str, int]) -> etree._ProcessingInstruction:
    """A processing instruction that only carries numbers (``stamp`` folds it into its own)."""
    return etree.ProcessingInstruction(CHECKSUM_PI, f'{HIGHEST}="{_marks(highest)}"')


def stamp(data: bytes) -> bytes:
    """Insert the checksum processing instruction after the XML declaration of serialized TEI (the digest taken
    from the bytes themselves when their shape allows, see ``_serialized_root``), with the highest numbers of the
    document's ids: those the bytes show, and those ``carry_over`` left in a processing instruction of its own before
    the root (numbers used before that the tree no longer shows), which this one replaces."""
    highest = highest_numbers(data)
    if data.startswith(b"<?xml"):
        end = data.index(b"?>") + 2
        end += 1 if data[end:end + 1] == b"\n" else 0
        head, data = data[:end], data[end:]
        if not head.endswith(b"\n"):
            head += b"\n"
    else:
        head = b""
    carried = _LEADING_PI.match(data)
    if carried is not None:
        data = data[carried.end():]
    root_bytes = _serialized_root(head + data) if head == _DECLARATION else None
    if root_bytes is None:
        digest = checksum(etree.fromstring(head + data, etree.XMLParser(collect_ids=False)))
    else:
        digest = "sha256:" + hashlib.sha256(root_bytes).hexdigest()
    marks = _marks(highest)
    pi = f'<?{CHECKSUM_PI} checksum="{digest}"' + (f' {HIGHEST}="{marks}"' if marks else "") + "?>\n"
    return head + pi.encode() + data


def _pi_values(tree_or_root, name: str) -> list[str]:
    """A pseudo-attribute of each tei-edition processing instruction before the root, nearest the root first."""
    root = tree_or_root.getroot() if isinstance(tree_or_root, etree._ElementTree) else tree_or_root
    found, node = [], root.getprevious()
    while node is not None:
        if isinstance(node, etree._ProcessingInstruction) and node.target == CHECKSUM_PI and node.get(name):
            found.append(node.get(name))
        node = node.getprevious()
    return found


def recorded_checksum(tree: etree._ElementTree) -> str | None:
    return next(iter(_pi_values(tree, "checksum")), None)


def recorded_highest(root: etree._Element) -> dict[str, int]:
    """The highest numbers the processing instructions before the root record (none if they have no ``highest``)."""
    found: dict[str, int] = {}
    for value in _pi_values(root, HIGHEST):
        _raise(found, parse_highest(value))
    return found


@dataclass
class Existing:
    """A TEI file already in the output folder."""

    path: Path
    tree: etree._ElementTree | None  # None when it does not parse
    edited: bool
    reason: str = ""


def read_existing(path: Path) -> Existing:
    """Parse an output on disk and say whether it is exactly what the converter wrote (with what its backups
    remember, see :func:`parse_existing`)."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return Existing(path, None, True, f"it cannot be read ({exc.strerror})")
    return parse_existing(data, path, backups=read_backups(Path(path)))


def previous_output(target: Path) -> Existing | None:
    """What a conversion into ``target`` carries its ids over from: the TEI there (:func:`read_existing`), else, when
    it is gone and backups of it are left, the latest backup (not edited: nothing is replaced), else None."""
    target = Path(target)
    if target.exists():
        return read_existing(target)
    backups = read_backups(target)
    if not backups:
        return None
    tree = _parsed_or_salvaged(backups[-1])
    if tree is None:
        return None
    _remember(tree, backups)
    return Existing(target, tree, False)


def numbers_only(path: Path, highest: dict[str, int]) -> Existing:
    """What a conversion carries over from when its previous TEI is gone and only the highest numbers of its ids are
    known (a build's manifest): no id to keep, but none of those numbers given again (an empty TEI that records
    them, which ``carry_over`` reads as it reads a deleted record's numbers)."""
    tree = etree.ElementTree(etree.Element(f"{T}TEI"))
    tree.getroot().addprevious(_highest_pi(highest))
    return Existing(path, tree, False)


def read_backups(target: Path) -> list[bytes]:
    """The backups of ``target`` (``.bak``, ``.bak2``…, oldest first, as ``backup_path`` numbers them) that can be
    read: one look for a missing ``.bak`` where there are none."""
    found = []
    for candidate in _backup_names(target):
        try:
            found.append(candidate.read_bytes())
        except FileNotFoundError:
            break
        except OSError:  # unreadable: the next one may be read
            continue
    return found


def _backup_names(target: Path):
    yield target.with_name(target.name + ".bak")
    number = 2
    while True:
        yield target.with_name(f"{target.name}.bak{number}")
        number += 1


def parse_existing(data: bytes, path: Path, *, backups: Sequence[bytes] = (),
                   highest: dict[str, int] | None = None) -> Existing:
    """Like :func:`read_existing`, for the bytes of an earlier output (the build sends them to its workers), with the
    bytes of its backups and the highest numbers known elsewhere (a build's manifest): numbers they show count as
    used (see :func:`_remember`)."""
    try:
        tree = etree.ElementTree(etree.fromstring(data, etree.XMLParser(collect_ids=False)))
    except etree.XMLSyntaxError as exc:
        existing = Existing(path, _salvaged(data), True, f"it is not well-formed XML any more ({exc})")
    else:
        recorded = recorded_checksum(tree)
        if recorded is None:
            existing = Existing(path, tree, True,
                                "it carries no tei-edition checksum (not written by this converter, or edited)")
        elif recorded != checksum(tree.getroot()):
            existing = Existing(path, tree, True,
                                "it was edited by hand after it was generated (its checksum does not match)")
        else:
            existing = Existing(path, tree, False)
    if existing.tree is None and backups:  # nothing of it could be read: its latest backup holds its ids
        existing.tree = _parsed_or_salvaged(backups[-1])
    if existing.tree is not None and (backups or highest):
        _remember(existing.tree, backups, highest or {})
    return existing


def _remember(tree: etree._ElementTree, backups: Sequence[bytes], highest: dict[str, int] | None = None) -> None:
    """Add to the previous TEI (in memory) what its backups and ``highest`` know of its ids: the highest numbers,
    kept in a processing instruction before the root that ``carry_over`` reads, and the retirement records of ids
    the TEI neither holds nor records any more (deleted by hand), which ``carry_over`` then writes again."""
    root = tree.getroot()
    floor = dict(highest or {})
    for data in backups:
        _raise(floor, highest_numbers(data))
    recorded = recorded_highest(root)
    if any(number > recorded.get(kind, 0) for kind, number in floor.items()):
        _raise(floor, recorded)
        root.addprevious(_highest_pi(floor))
    known = {e.get(XML_ID) for e in root.iter() if isinstance(e.tag, str) and e.get(XML_ID)}
    known.update(r.id for r in retirements(root))
    for data in backups:
        if RETIRED.encode() not in data:
            continue
        backup = _parsed_or_salvaged(data)
        if backup is None:
            continue
        for change in backup.getroot().iterfind(f"t:teiHeader/t:revisionDesc/t:change[@type='{RETIRED}']", NS):
            if change.get("n") and change.get("n") not in known:
                known.add(change.get("n"))
                record = deepcopy(change)
                record.tail = None
                _revision_desc(root).append(record)


def _revision_desc(root: etree._Element) -> etree._Element:
    """The TEI's revisionDesc, made (in memory) where a hand edit deleted it."""
    revision = root.find("t:teiHeader/t:revisionDesc", NS)
    if revision is None:
        header = root.find("t:teiHeader", NS)
        if header is None:
            header = etree.SubElement(root, T + "teiHeader")
        revision = etree.SubElement(header, T + "revisionDesc")
    return revision


def _parsed_or_salvaged(data: bytes) -> etree._ElementTree | None:
    try:
        return etree.ElementTree(etree.fromstring(data, etree.XMLParser(collect_ids=False)))
    except etree.XMLSyntaxError:
        return _salvaged(data)


def _salvaged(data: bytes) -> etree._ElementTree | None:
    """What a parser that repairs can read of a TEI that is no longer well-formed (None: nothing), so that --force
    still carries its ids and retired ids over: from nothing, numbering would start again at 1 and an id retired
    earlier be given to other words."""
    try:
        root = etree.fromstring(data, etree.XMLParser(collect_ids=False, recover=True, resolve_entities=False,
                                                      no_network=True))
    except etree.XMLSyntaxError:  # no element at all
        return None
    return etree.ElementTree(root) if root is not None else None


def backup_path(target: Path) -> Path:
    """``<id>.xml.bak``, else the first free ``<id>.xml.bak2``, ``.bak3``…: no backup is ever replaced."""
    return next(candidate for candidate in _backup_names(target) if not candidate.exists())


def check_overwrite(existing: Existing, force: bool) -> None:
    if existing.edited and not force:
        raise OverwriteRefused(
            f"not overwritten: {existing.reason}; keep your edits in the source and re-convert, "
            "or pass --force to overwrite it (a backup is written first)",
            path=existing.path,
        )


# ----------------------------------------------------------------------------------------------------------
# Reading ids from a TEI tree


@dataclass
class Unit:
    """A citable element: its id, kind and element; its words are read when asked for (a speech's never are)."""

    id: str
    kind: str
    element: etree._Element

    @cached_property
    def words(self) -> tuple[str, ...]:
        return words_of(self.element)


def words_of(element: etree._Element) -> tuple[str, ...]:
    return tuple(_WORD.findall("".join(element.itertext()).lower()))


def _numbered(doc: str) -> re.Pattern:
    return re.compile(rf"^{re.escape(doc)}-(p|sp|div|lg|note)(\d+)$")


def all_units(root: etree._Element, doc: str) -> dict[str, list[Unit]]:
    """The elements in ``text`` whose id is numbered, by kind (p, sp, div, lg, note), each in document order."""
    found: dict[str, list[Unit]] = {kind: [] for kind in _KINDS}
    text = root.find("t:text", NS)
    if text is None:
        return found
    match = _numbered(doc).match
    for element in text.iter(*(T + kind for kind in _KINDS)):
        ident = element.get(XML_ID) or ""
        if match(ident):
            kind = element.tag[len(T):]
            found[kind].append(Unit(ident, kind, element))
    return found


@dataclass
class Retirement:
    """A retired id and where it now points (a live id, or None when the document has none left)."""

    id: str
    kind: str
    reason: str  # MERGED_INTO or NEIGHBOUR
    target: str | None
    note: str = ""
    when: str | None = None  # the day of the re-conversion that retired it (SOURCE_DATE_EPOCH's), when known


def retirements(root: etree._Element) -> list[Retirement]:
    """The retired ids recorded in a TEI header, in the order recorded."""
    found = []
    for change in root.iterfind(f"t:teiHeader/t:revisionDesc/t:change[@type='{RETIRED}']", NS):
        ptr = change.find("t:ptr", NS)
        target = ptr.get("target", "").lstrip("#") if ptr is not None else None
        reason = ptr.get("type", NEIGHBOUR) if ptr is not None else NEIGHBOUR
        kind = change.get("n", "").rsplit("-", 1)[-1].rstrip("0123456789")
        found.append(Retirement(change.get("n", ""), kind, reason, target or None,
                                " ".join("".join(change.itertext()).split()), change.get("when")))
    return found


# ----------------------------------------------------------------------------------------------------------
# Alignment


def similarity(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < MATCH_THRESHOLD or matcher.quick_ratio() < MATCH_THRESHOLD:
        return 0.0
    return matcher.ratio()


def containment(part: tuple[str, ...], whole: tuple[str, ...]) -> float:
    """Share of ``part``'s words (as a multiset) that occur in ``whole``."""
    if not part:
        return 1.0
    pool: dict[str, int] = {}
    for w in whole:
        pool[w] = pool.get(w, 0) + 1
    hits = 0
    for w in part:
        if pool.get(w, 0):
            pool[w] -= 1
            hits += 1
    return hits / len(part)


def _shared(a: Counter, b: Counter) -> int:
    """How many words two paragraphs' word counts share, as multisets (what ``containment`` counts)."""
    return sum(min(a[word], b[word]) for word in a.keys() & b.keys())


@dataclass
class Alignment:
    """Old → new paragraph correspondences."""

    carried: dict[int, int] = field(default_factory=dict)  # new index -> old index whose id it keeps
    merged: dict[int, int] = field(default_factory=dict)  # old index (retired) -> new index it merged into
    split: dict[int, int] = field(default_factory=dict)  # new index (new id) -> old index it was split from


def align(old: list[tuple[str, ...]], new: list[tuple[str, ...]]) -> Alignment:
    """Align two word-sequence lists in order: exact anchors, then a DP with 1:1, 1:2 and 2:1 steps; then moves."""
    result = Alignment()
    keys_old = [" ".join(w) for w in old]
    keys_new = [" ".join(w) for w in new]
    matcher = SequenceMatcher(None, keys_old, keys_new, autojunk=False)
    i0 = j0 = 0
    for block in matcher.get_matching_blocks():
        _align_stretch(old, new, i0, block.a, j0, block.b, result)
        for k in range(block.size):
            result.carried[block.b + k] = block.a + k
        i0, j0 = block.a + block.size, block.b + block.size
    _align_moves(old, new, keys_old, keys_new, result)
    _align_merged_elsewhere(old, new, result)
    return result


#: Most pairs of left-over paragraphs compared for a move (a document rewritten from end to end has no moves to find)
_MOVE_PAIRS = 250_000


def _align_moves(old, new, keys_old, keys_new, result: Alignment) -> None:
    """Paragraphs the in-order alignment left over on both sides that are one paragraph moved: identical ones first,
    in document order; then ones also corrected, or split (the larger part) or merged (the first): pairs where most
    of one's words are the other's (``PART_CONTAINMENT``) and at least half of each one's, the most similar pair
    first (ties: the earliest new, then old). Nothing around a moved paragraph vouches for it, so the bar is higher
    than for a correction in place."""
    taken = set(result.carried.values()) | set(result.merged)
    left_new = [j for j in range(len(new)) if j not in result.carried and j not in result.split and keys_new[j]]
    identical: dict[str, list[int]] = {}
    for i in range(len(old)):
        if i not in taken:
            identical.setdefault(keys_old[i], []).append(i)
    for j in left_new:
        if identical.get(keys_new[j]):
            result.carried[j] = identical[keys_new[j]].pop(0)
    taken.update(result.carried.values())
    left_old = [i for i in range(len(old)) if i not in taken and keys_old[i]]
    left_new = [j for j in left_new if j not in result.carried]
    if not left_old or not left_new or len(left_old) * len(left_new) > _MOVE_PAIRS:
        return
    bags_old = {i: Counter(old[i]) for i in left_old}
    bags_new = {j: Counter(new[j]) for j in left_new}
    pairs = []
    for j in left_new:
        for i in left_old:
            shorter, longer = sorted((len(old[i]), len(new[j])))
            if 2 * shorter < longer:
                continue
            shared = _shared(bags_old[i], bags_new[j])
            if shared >= PART_CONTAINMENT * shorter and 2 * shared >= longer:
                pairs.append((-similarity(old[i], new[j]), j, i))
    moved_old: set[int] = set()
    for _, j, i in sorted(pairs):
        if j not in result.carried and i not in moved_old:
            result.carried[j] = i
            moved_old.add(i)


#: Fewest words of a paragraph looked for inside another: a shorter one ("Yes.", "I see.") is inside too many to tell
_FOUND_ELSEWHERE = 5


def _align_merged_elsewhere(old, new, result: Alignment) -> None:
    """An old paragraph left without a successor whose words are now inside one new paragraph (``PART_CONTAINMENT``
    of them, in order), merged there out of place (moved, then merged with one that stayed), is retired as merged
    into it rather than as removed: its citation leads to its words. The paragraph holding most of them, the first
    of equals."""
    survivors = set(result.carried.values())
    left = [i for i in range(len(old))
            if i not in survivors and i not in result.merged and len(old[i]) >= _FOUND_ELSEWHERE]
    if not left or len(left) * len(new) > _MOVE_PAIRS:
        return
    bags_new = [Counter(words) for words in new]
    for i in left:
        bag, needed = Counter(old[i]), PART_CONTAINMENT * len(old[i])
        found, most = None, 0
        for j, words in enumerate(new):
            if len(words) < needed or _shared(bag, bags_new[j]) < needed:
                continue
            blocks = SequenceMatcher(None, old[i], words, autojunk=False).get_matching_blocks()
            in_order = sum(block.size for block in blocks)
            if in_order >= needed and in_order > most:
                found, most = j, in_order
        if found is not None:
            result.merged[i] = found


#: Most cells of a stretch aligned by the dynamic programming alone (it compares each old paragraph with each new one)
_SMALL_STRETCH = 400
#: The words of an old paragraph found in fewest new paragraphs of a stretch, which tell which one it became
_TELLING = 4
#: How many of those new paragraphs are compared with it, the most likely first
_CANDIDATES = 3


def _align_stretch(old, new, i0, i1, j0, j1, result: Alignment) -> None:
    """Align the paragraphs between two identical ones. A long stretch (a correction made all through the text: a
    word respelt, a rule of the converter changed) is first cut at the pairs nearly alike, so that the dynamic
    programming, quadratic, runs on what lies between them: 400 paragraphs all corrected took seconds."""
    if (i1 - i0) * (j1 - j0) > _SMALL_STRETCH:
        for i, j in _nearly_alike(old, new, i0, i1, j0, j1):
            _align_gap(old, new, i0, i, j0, j, result)
            result.carried[j] = i
            i0, j0 = i + 1, j + 1
    _align_gap(old, new, i0, i1, j0, j1, result)


def _nearly_alike(old, new, i0, i1, j0, j1) -> list[tuple[int, int]]:
    """Pairs (old, new) of the stretch with a similarity of at least ``PART_CONTAINMENT``, in order on both sides:
    each old paragraph is compared with the new ones at its place in the stretch, else with those holding most of
    its telling words (its words in fewest new paragraphs); of the pairs nearly alike, the longest chain in document
    order is kept."""
    places: dict[str, list[int]] = {}  # word -> the new paragraphs holding it (made when first needed)

    def likely(i: int, place: float) -> list[int]:
        if not places:
            for j in range(j0, j1):
                for word in set(new[j]):
                    places.setdefault(word, []).append(j)
        telling = sorted((len(places[word]), word) for word in set(old[i]) if word in places)[:_TELLING]
        votes = Counter(j for _, word in telling for j in places[word])
        return nsmallest(_CANDIDATES, votes, key=lambda j: (-votes[j], abs(j - place), j))

    pairs = []
    for i in range(i0, i1):
        place = j0 + (i - i0) * (j1 - j0) / (i1 - i0)
        at_its_place = [j for j in range(round(place) - 1, round(place) + 2) if j0 <= j < j1]
        j = next((j for j in at_its_place if similarity(old[i], new[j]) >= PART_CONTAINMENT), None)
        if j is None:
            j = next((j for j in likely(i, place) if similarity(old[i], new[j]) >= PART_CONTAINMENT), None)
        if j is not None and not _part_beside(old, new, i, j, i0, i1, j0, j1):
            pairs.append((i, j))
    return _in_order(pairs)


def _part_beside(old, new, i, j, i0, i1, j0, j1) -> bool:
    """Whether a paragraph next to the pair could be a part split from or merged into it: the pair is then left to the
    dynamic programming, which weighs a split or a merge (a cut there would make the part new, or retire it as
    removed)."""
    beside_old = [old[k] for k in (i - 1, i + 1) if i0 <= k < i1]
    beside_new = [new[k] for k in (j - 1, j + 1) if j0 <= k < j1]
    return (any(containment(part, new[j]) >= PART_CONTAINMENT for part in beside_old)
            or any(containment(part, old[i]) >= PART_CONTAINMENT for part in beside_new))


def _in_order(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest subsequence of ``pairs`` (in increasing first index) whose second index increases too (the
    first such chain: patience sorting with back links)."""
    tails: list[int] = []  # tails[k]: the pair ending the chain of length k + 1 whose last j is smallest
    last: list[int] = []  # that j
    links: list[int | None] = []
    for index, (_, j) in enumerate(pairs):
        k = bisect_left(last, j)
        links.append(tails[k - 1] if k else None)
        if k == len(tails):
            tails.append(index)
            last.append(j)
        else:
            tails[k], last[k] = index, j
    chain, at = [], tails[-1] if tails else None
    while at is not None:
        chain.append(pairs[at])
        at = links[at]
    return chain[::-1]


def _align_gap(old, new, i0, i1, j0, j1, result: Alignment) -> None:
    n, m = i1 - i0, j1 - j0
    if n == 0 or m == 0:
        return
    band = None if n * m <= 250_000 else 100
    NEG = float("-inf")
    score = [[NEG] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    score[0][0] = 0.0
    # The words an old and a new paragraph share (as multisets), counted once per pair: the share ``containment``
    # gives for a split or a merge, and the bound (``quick_ratio``) below which ``similarity`` is 0. Most pairs of
    # a stretch rewritten throughout fail there, and counting each pair again for each step took seconds.
    bags_old = [Counter(old[i0 + i]) for i in range(n)]
    bags_new = [Counter(new[j0 + j]) for j in range(m)]
    counted: dict[tuple[int, int], int] = {}

    def shared(i: int, j: int) -> int:
        if (i, j) not in counted:
            counted[i, j] = _shared(bags_old[i], bags_new[j])
        return counted[i, j]

    for i in range(n + 1):
        columns = range(m + 1) if band is None else range(
            max(0, int(i * m / n) - band - 3), min(m, int(i * m / n) + band + 3) + 1)
        for j in columns:
            if band is not None and abs(j - i * m / n) > band + 2:
                continue
            here = score[i][j]
            if here == NEG:
                continue
            # steps are relaxed forwards; the first best wins ties, so the result is deterministic
            steps = []
            if i < n:
                steps.append((i + 1, j, 0.0, ("del",)))
            if j < m:
                steps.append((i, j + 1, 0.0, ("ins",)))
            if i < n and j < m:
                a, b = old[i0 + i], new[j0 + j]
                if a == b or 2.0 * shared(i, j) / (len(a) + len(b)) >= MATCH_THRESHOLD:
                    s = similarity(a, b)
                    if s >= MATCH_THRESHOLD:
                        steps.append((i + 1, j + 1, s, ("match",)))
            if i < n and j + 1 < m:
                a, b, whole = new[j0 + j], new[j0 + j + 1], old[i0 + i]
                if (a and b and shared(i, j) / len(a) >= PART_CONTAINMENT
                        and shared(i, j + 1) / len(b) >= PART_CONTAINMENT):
                    s = similarity(whole, a + b)
                    if s >= MATCH_THRESHOLD:
                        steps.append((i + 1, j + 2, 1.5 * s, ("split",)))
            if i + 1 < n and j < m:
                a, b, whole = old[i0 + i], old[i0 + i + 1], new[j0 + j]
                if (a and b and shared(i, j) / len(a) >= PART_CONTAINMENT
                        and shared(i + 1, j) / len(b) >= PART_CONTAINMENT):
                    s = similarity(a + b, whole)
                    if s >= MATCH_THRESHOLD:
                        steps.append((i + 2, j + 1, 1.5 * s, ("merge",)))
            for ni, nj, gain, step in steps:
                if here + gain > score[ni][nj] + 1e-12:
                    score[ni][nj] = here + gain
                    back[ni][nj] = (i, j, step[0])
    i, j = n, m
    while (i, j) != (0, 0):
        pi, pj, step = back[i][j]
        if step == "match":
            result.carried[j0 + pj] = i0 + pi
        elif step == "split":
            first, second = j0 + pj, j0 + pj + 1
            larger, smaller = (first, second) if len(new[first]) >= len(new[second]) else (second, first)
            result.carried[larger] = i0 + pi
            result.split[smaller] = i0 + pi
        elif step == "merge":
            result.carried[j0 + pj] = i0 + pi
            result.merged[i0 + pi + 1] = j0 + pj
        i, j = pi, pj


# ----------------------------------------------------------------------------------------------------------
# Carrying ids over


@dataclass
class CarryReport:
    """What a re-conversion did to the ids, per kind."""

    kept: dict[str, int] = field(default_factory=dict)
    new: dict[str, list[str]] = field(default_factory=dict)
    retired: list[Retirement] = field(default_factory=list)
    renamed: dict[str, str] = field(default_factory=dict)  # fresh id in the converted tree -> final id

    def summary(self) -> str:
        parts = []
        for kind in _KINDS:
            kept, new = self.kept.get(kind, 0), len(self.new.get(kind, []))
            retired = sum(1 for r in self.retired if r.kind == kind)
            if kept or new or retired:
                parts.append(f"{kind}: {kept} kept, {new} new, {retired} retired")
        return "ids carried over from the previous TEI (" + "; ".join(parts) + ")"


def carry_over(new_root: etree._Element, old_root: etree._Element, doc: str) -> CarryReport:
    """Rename the ids of a freshly converted tree after the previous TEI of the same document (in place)."""
    report = CarryReport()
    history = retirements(old_root)
    old_units, new_units = all_units(old_root, doc), all_units(new_root, doc)
    # every number used before: the old ids, live and retired, and the highest the old file remembers (a record
    # deleted by hand, a backup's), if it is this document's (a document whose id changed starts again at 1)
    numbered = _numbered(doc)
    ever_used = _numbers([u.id for kind in _KINDS for u in old_units[kind]] + [r.id for r in history], numbered)
    if old_root.findtext(_DOCUMENT_ID, namespaces=NS) in (None, doc):
        _raise(ever_used, recorded_highest(old_root))

    mapping: dict[str, str] = {}  # fresh id -> final id
    retired_now: list[tuple[Unit, str, str | None]] = []  # (old unit, reason, fresh id of the target)

    # Paragraphs, and the passages that are no paragraph (a song's lg, an endnote), align on their words.
    for kind in _LEAVES:
        old_l, new_l = old_units[kind], new_units[kind]
        if not old_l and not new_l:
            continue
        alignment = align([u.words for u in old_l], [u.words for u in new_l])
        for j, i in alignment.carried.items():
            mapping[new_l[j].id] = old_l[i].id
        for i, j in alignment.merged.items():
            retired_now.append((old_l[i], MERGED_INTO, new_l[j].id))
        survivors = {i: j for j, i in alignment.carried.items()}
        for i, unit in enumerate(old_l):
            if i in survivors or i in alignment.merged:
                continue
            retired_now.append((unit, NEIGHBOUR, _neighbour(i, survivors, [u.id for u in new_l])))

    # Containers follow what they hold: carried words decide which old speech (division) a new one continues.
    # (each passage's container of the kind, old and new alike: a paragraph of a speech in a division is the
    # division's too, not only its speech's, or no old division continued and each one's id was retired; and a
    # song or an endnote counts as a paragraph does, or a speech that is one song lost its id at every conversion)
    old_leaves = {u.id: u for kind in _LEAVES for u in old_units[kind]}
    new_leaves = [u for kind in _LEAVES for u in new_units[kind]]
    for kind in ("sp", "div"):
        old_c, new_c = old_units[kind], new_units[kind]
        if not old_c and not new_c:
            continue
        old_index = {u.id: i for i, u in enumerate(old_c)}
        overlap: dict[int, dict[int, int]] = {}  # old index -> new index -> words
        new_index = {u.id: j for j, u in enumerate(new_c)}
        for unit in new_leaves:
            if unit.id not in mapping:
                continue
            old_unit = old_leaves.get(mapping[unit.id])
            old_container = _container_of(old_unit, kind, old_index) if old_unit is not None else None
            new_container = _container_of(unit, kind, new_index)
            if old_container is not None and new_container is not None:
                cell = overlap.setdefault(old_container, {})
                cell[new_container] = cell.get(new_container, 0) + max(1, len(unit.words))
        best = {i: max(sorted(cells), key=lambda j: (cells[j], -j)) for i, cells in overlap.items()}
        taken: dict[int, int] = {}  # new index -> old index
        for i in sorted(best):
            taken.setdefault(best[i], i)
        survivors_c = {i: j for j, i in taken.items()}
        for j, i in taken.items():
            mapping[new_c[j].id] = old_c[i].id
        for i, unit in enumerate(old_c):
            if i in survivors_c:
                continue
            if i in best:
                retired_now.append((unit, MERGED_INTO, new_c[best[i]].id))
            else:
                retired_now.append((unit, NEIGHBOUR, _neighbour(i, survivors_c, [u.id for u in new_c])))

    # Fresh numbers for everything new, above every number ever used, in document order.
    for kind in _KINDS:
        fresh = new_units[kind]
        report.kept[kind] = sum(1 for u in fresh if u.id in mapping)
        for unit in fresh:
            if unit.id not in mapping:
                ever_used[kind] = ever_used.get(kind, 0) + 1
                mapping[unit.id] = f"{doc}-{kind}{ever_used[kind]}"
                report.new.setdefault(kind, []).append(mapping[unit.id])
    _rename(new_root, mapping)
    report.renamed = mapping

    # Record retirements: earlier ones (re-pointed when their target retired now), then today's.
    live = {e.get(XML_ID) for e in new_root.iter() if e.get(XML_ID)}
    retired_ids = {unit.id: (reason, mapping.get(target) if target else None) for unit, reason, target in retired_now}
    records = [replace(old) for old in history]
    when = source_day()
    for unit, reason, target in retired_now:
        final = mapping.get(target) if target else None
        records.append(Retirement(unit.id, unit.kind, reason, final, "", when))
        report.retired.append(records[-1])
    for record in records:
        record.target = _follow(record.target, retired_ids, live)
        if record.target is None:
            record.target = _fallback_target(new_root, doc, record.kind)
    _write_records(new_root, records)
    # numbers used that neither a live id nor a record shows any more are left for stamp to write in its processing
    # instruction, or the next conversion would forget them
    shown = _numbers(list(mapping.values()) + [r.id for r in records], numbered)
    if any(number > shown.get(kind, 0) for kind, number in ever_used.items()):
        new_root.addprevious(_highest_pi(ever_used))
    return report


def _numbers(ids: list[str], numbered: re.Pattern) -> dict[str, int]:
    """The highest number of each kind among ``ids`` (those of the document's numbered form)."""
    found: dict[str, int] = {}
    for ident in ids:
        match = numbered.match(ident)
        if match:
            found[match.group(1)] = max(found.get(match.group(1), 0), int(match.group(2)))
    return found


def _container_of(unit: Unit, kind: str, index: dict[str, int]) -> int | None:
    """The index of the nearest element of ``kind`` around ``unit`` that has a numbered id (``index``: id → index)."""
    for parent in unit.element.iterancestors(T + kind):
        if parent.get(XML_ID) in index:
            return index[parent.get(XML_ID)]
    return None


def _neighbour(i: int, survivors: dict[int, int], new_ids: list[str]) -> str | None:
    """The fresh id of the nearest surviving old unit before ``i`` (else after it)."""
    for k in range(i - 1, -1, -1):
        if k in survivors:
            return new_ids[survivors[k]]
    for k in sorted(survivors):
        if k > i:
            return new_ids[survivors[k]]
    return None


def _follow(target: str | None, retired_now: dict[str, tuple[str, str | None]], live: set[str]) -> str | None:
    seen = set()
    while target is not None and target not in live and target not in seen:
        seen.add(target)
        target = retired_now.get(target, (None, None))[1]
    return target if target in live else None


def _fallback_target(root: etree._Element, doc: str, kind: str) -> str | None:
    for candidate in (f"{doc}-interview", f"{doc}-headnote"):
        if any(e.get(XML_ID) == candidate for e in root.iter(T + "div")):
            return candidate
    return None


def _rename(root: etree._Element, mapping: dict[str, str]) -> None:
    """Apply ``mapping`` to every xml:id and every local pointer (``#id``) at once."""
    changed = {k: v for k, v in mapping.items() if k != v}
    if not changed:
        return
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        ident = element.get(XML_ID)
        if ident in changed:
            element.set(XML_ID, changed[ident])
        for name, value in element.attrib.items():
            if "#" in value and name != XML_ID:
                tokens = [("#" + changed[t[1:]]) if t.startswith("#") and t[1:] in changed else t for t in value.split()]
                element.set(name, " ".join(tokens))


def _write_records(root: etree._Element, records: list[Retirement]) -> None:
    """One ``change`` per retired id, dated by the re-conversion that retired it (an earlier one keeps its day: the
    record is the same, and an unchanged source converts to the same bytes)."""
    revision = root.find("t:teiHeader/t:revisionDesc", NS)
    if revision is None or not records:
        return
    for record in records:
        change = etree.SubElement(revision, T + "change", type=RETIRED, n=record.id)
        if record.when:
            change.set("when", record.when)
        what = _KIND_NAMES.get(record.kind, "Passage")
        if record.target is None:
            change.text = f"{what} id {record.id} retired; nothing of the document remains to point to."
            continue
        verb = "merged into" if record.reason == MERGED_INTO else "removed; its nearest surviving neighbour is"
        change.text = f"{what} id {record.id} retired ({verb} "
        ptr = etree.SubElement(change, T + "ptr", type=record.reason, target=f"#{record.target}")
        ptr.tail = ")."


# ----------------------------------------------------------------------------------------------------------
# Resolving ids


@dataclass
class Resolution:
    """Where an id points: the document, the live passage and, for a retired id, how it got there."""

    requested: str
    document_id: str
    path: Path
    id: str
    kind: str
    n: str | None
    speaker: str | None
    first_words: str
    retired: bool = False
    reason: str | None = None

    def describe(self) -> str:
        what = {"p": "paragraph", "sp": "speech", "div": "division", "lg": "verse group"}.get(self.kind, self.kind)
        where = f"{what} ¶ {self.n}" if self.kind == "p" and self.n else what
        by = f" ({self.speaker})" if self.speaker else ""
        head = f"{self.requested}: retired ({self.reason}); now → " if self.retired else f"{self.requested}: "
        address = self.document_id if self.kind == "document" else f"{self.document_id}#{self.id}"
        return f"{head}{address}, {where}{by} in {self.path}: “{self.first_words}…”"


#: what the address of one of a document's files adds to its permalink (the reading edition's page, the TEI, the PDF)
_OUTPUT_SUFFIX = re.compile(r"\.(?:html|xml|pdf)$")


def successor(retired: str, records: dict[str, Retirement], live) -> str | None:
    """The live id (in ``live``) that the retired id ``retired`` leads to, None if no passage remains. A record names a
    live id; one whose target was retired after it (a TEI edited by hand, or written before records were re-pointed)
    leads on through the target's own record."""
    target, seen = records[retired].target, {retired}
    while target is not None and target not in live and target in records and target not in seen:
        seen.add(target)
        target = records[target].target
    return target if target in live else None


def split_reference(reference: str) -> tuple[str | None, str | None]:
    """(document id, passage id) from a permalink (or the address of the document's page, ``….html``, with a query),
    ``doc#id``, a DTS ref (``a/b/c``) or a bare id (of a passage, or of a document)."""
    reference = reference.strip()
    if "#" not in reference and "://" not in reference:
        return None, reference.rsplit("/", 1)[-1]
    base, _, fragment = reference.partition("#")
    if "://" in base:
        base = urlsplit(base).path
    document = _OUTPUT_SUFFIX.sub("", base.rstrip("/").rsplit("/", 1)[-1])
    return document or None, fragment or None


def resolve(reference: str, folder: Path) -> Resolution:
    """Find the passage an id or permalink points to among the TEI files in ``folder`` (a document's own id, or its
    permalink without a fragment, is the document)."""
    folder, reference = Path(folder), reference.strip()
    document, passage = split_reference(reference)
    if document and (folder / f"{document}.xml").is_file():
        candidates = [folder / f"{document}.xml"]
    else:
        candidates = sorted(folder.glob("*.xml"))
        if passage and not document:
            # a document's id names its file, and a passage's id starts with its document's: those files first, not
            # each of a large folder parsed in turn
            likely = [folder / f"{name}.xml" for name in (passage, passage.rsplit("-", 1)[0])]
            candidates.sort(key=lambda path: likely.index(path) if path in likely else len(likely))
    if not candidates:
        raise InputError("no TEI files found; give the folder of the converted documents with --in", path=folder)
    for path in candidates:
        try:
            tree = etree.parse(str(path), etree.XMLParser(collect_ids=False, resolve_entities=False, no_network=True))
        except (etree.XMLSyntaxError, OSError):  # not TEI of this edition: a link to nothing, a folder, a fragment
            continue
        root = tree.getroot()
        doc = root.findtext(_DOCUMENT_ID, namespaces=NS) or path.stem
        if passage is None and document != doc:
            continue
        found = _resolution(reference, doc, path, root, None if passage in (None, doc) else passage)
        if found is not None:
            return found
        if passage is not None and forgotten(root, doc, passage):
            raise InputError(forgotten_message(passage), path=path)
    missing = f" (and no document {document!r} is here)" if document and not (folder / f"{document}.xml").is_file() else ""
    raise InputError(f"{reference!r} is not an id of any document here (nor a retired one){missing}", path=folder)


def forgotten(root: etree._Element, doc: str, passage: str) -> bool:
    """Whether ``passage`` is an id of ``doc``'s form whose number was used (the file's ``highest``, or a higher one
    live or retired) that the file neither holds nor records: its retirement record was deleted by hand."""
    numbered = _numbered(doc)
    match = numbered.match(passage)
    if match is None:
        return False
    known = [u.id for units in all_units(root, doc).values() for u in units] + [r.id for r in retirements(root)]
    if passage in known:
        return False
    used = _numbers(known, numbered)
    _raise(used, recorded_highest(root))
    return int(match.group(2)) <= used.get(match.group(1), 0)


def forgotten_message(passage: str) -> str:
    return (f"{passage!r} was an id of this document, but neither its text nor its revisionDesc holds it any more "
            "(its retirement record was deleted by hand): it names no passage now, and none will be given it; "
            "a backup of the TEI (.bak), or the published edition, shows where its words went")


def _resolution(reference, doc, path, root, passage) -> Resolution | None:
    by_id = {e.get(XML_ID): e for e in root.iter() if isinstance(e.tag, str) and e.get(XML_ID)}
    retired = None
    if passage is not None and passage not in by_id:
        records = {r.id: r for r in retirements(root)}
        if passage not in records:
            return None
        retired = records[passage]
        target = successor(passage, records, by_id)
        if target is None:
            return Resolution(reference, doc, path, passage, retired.kind, None, None, "", True, "no passage remains")
        passage = target
    element = by_id[passage] if passage is not None else root.find("t:text", NS)
    kind = etree.QName(element).localname
    speaker = None
    sp = element if kind == "sp" else next((a for a in element.iterancestors(T + "sp")), None)
    if sp is not None:
        speaker = sp.findtext("t:speaker", namespaces=NS)
    body = [e for e in element.iter() if e.tag != T + "speaker"] if kind == "sp" else None
    text = " ".join("".join(element.itertext()).split()) if body is None else " ".join(
        "".join(t for p in element.iterfind("t:p", NS) for t in p.itertext()).split()
    )
    first = " ".join(text.split()[:8])
    reason = None
    if retired is not None:
        reason = "merged into" if retired.reason == MERGED_INTO else "removed; nearest neighbour"
        reason = f"{reason} {retired.target}" + (f" → {passage}" if passage != retired.target else "")
    return Resolution(
        reference, doc, path, passage or doc, kind if passage else "document", element.get("n"), speaker, first,
        retired is not None, reason,
    )
