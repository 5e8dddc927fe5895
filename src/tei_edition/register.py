"""Load a TEI register of persons, organisations, places and works into an immutable in-memory Register.

The register file is a TEI document whose `standOff` (or `text/body`, or `back`) holds `listPerson`,
`listOrg`, `listPlace` and `listBibl`. Each `person` / `org` / `place` / `bibl` entry has an `xml:id`,
one name child per name form (`persName` / `orgName` / `placeName` / `title`, `@type` = full, surname,
abbr, variant or short), a `note` or `desc`, and optional `idno` authority identifiers. See
`seeds/register.xml` for the conventions and docs/encoding.md for how documents embed the entries.
"""

from __future__ import annotations

import copy
import functools
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from lxml import etree

from . import TEI_NS, XML_NS
from .errors import InputError

T = f"{{{TEI_NS}}}"
XML_ID = f"{{{XML_NS}}}id"

#: entry kind → (entry element, name element, list element), in the order lists appear in standOff
KINDS: Mapping[str, tuple[str, str, str]] = MappingProxyType(
    {
        "person": ("person", "persName", "listPerson"),
        "org": ("org", "orgName", "listOrg"),
        "place": ("place", "placeName", "listPlace"),
        "work": ("bibl", "title", "listBibl"),
    }
)
_KIND_OF_ENTRY = {entry: kind for kind, (entry, _, _) in KINDS.items()}

#: name form types the tagger understands; anything else is treated as "variant"
FORM_TYPES = frozenset({"full", "surname", "abbr", "variant", "short"})


@dataclass(frozen=True)
class NameForm:
    """One way the text may name an entry."""

    text: str
    type: str = "full"  # full | surname | abbr | variant | short
    level: str | None = None  # title/@level for works


@dataclass(frozen=True)
class Entry:
    """A register entry: a person, organisation, place or work."""

    id: str
    kind: str  # person | org | place | work
    names: tuple[NameForm, ...]
    description: str = ""
    idnos: tuple[tuple[str, str], ...] = ()  # (type, value), e.g. ("wikidata", "Q7184")
    xml: bytes = field(default=b"", repr=False, compare=False)  # the TEI entry element, for embedding

    @property
    def label(self) -> str:
        """The first full name form (else the first form): how indexes show the entry."""
        for form in self.names:
            if form.type == "full":
                return form.text
        return self.names[0].text

    def to_element(self) -> etree._Element:
        """A fresh TEI element for this entry (the register's own XML when loaded from a file)."""
        if self.xml:
            return copy.deepcopy(_parsed(self.xml))
        entry_tag, name_tag, _ = KINDS[self.kind]
        el = etree.Element(T + entry_tag, nsmap={None: TEI_NS})
        el.set(XML_ID, self.id)
        for form in self.names:
            name = etree.SubElement(el, T + name_tag, type=form.type)
            if form.level:
                name.set("level", form.level)
            name.text = form.text
        for kind, value in self.idnos:
            etree.SubElement(el, T + "idno", type=kind).text = value
        if self.description:
            etree.SubElement(el, T + "note").text = self.description
        return el


class Register:
    """An immutable collection of entries, keyed by xml:id, in file order."""

    __slots__ = ("_entries", "source", "__weakref__")

    def __init__(self, entries: Iterable[Entry] = (), *, source: str | None = None) -> None:
        table: dict[str, Entry] = {}
        for entry in entries:
            if entry.kind not in KINDS:
                raise InputError(f"register entry {entry.id!r} has unknown kind {entry.kind!r}", path=source)
            if entry.id in table:
                raise InputError(f"register entry id {entry.id!r} is used twice; give each entry an xml:id of its own",
                                 path=source)
            if not entry.names:
                raise InputError(f"register entry {entry.id!r} has no name form", path=source)
            table[entry.id] = entry
        object.__setattr__(self, "_entries", MappingProxyType(table))
        object.__setattr__(self, "source", source)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Register is immutable")

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self._entries.values())

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self._entries

    def __getitem__(self, entry_id: str) -> Entry:
        return self._entries[entry_id]

    def get(self, entry_id: str) -> Entry | None:
        return self._entries.get(entry_id)

    @property
    def ids(self) -> frozenset[str]:
        return frozenset(self._entries)

    def __repr__(self) -> str:
        return f"Register({len(self)} entries from {self.source or '<memory>'})"


@functools.lru_cache(maxsize=8192)
def _parsed(xml: bytes) -> etree._Element:
    """An entry's element parsed once per process; callers get copies (every document embeds its own)."""
    return etree.fromstring(xml)


def _text(el: etree._Element) -> str:
    return " ".join("".join(el.itertext()).split())


def _entry_elements(root: etree._Element) -> Iterator[tuple[etree._Element, str]]:
    """The register's entry elements, with their kinds, in file order by list kind."""
    for list_tag in ("listPerson", "listOrg", "listPlace", "listBibl"):
        for lst in root.iter(T + list_tag):
            if lst.xpath("ancestor::tei:teiHeader", namespaces={"tei": TEI_NS}):
                continue  # participants of the register file itself are not entries
            for el in lst:
                if not isinstance(el.tag, str):
                    continue
                kind = _KIND_OF_ENTRY.get(etree.QName(el).localname)
                if kind is not None and KINDS[kind][2] == list_tag:
                    yield el, kind


def parse_register(root: etree._Element, *, source: str | None = None) -> Register:
    """Build a Register from a parsed TEI register document (its root element)."""
    _check_root(root, source)
    return Register((_entry(el, kind, source) for el, kind in _entry_elements(root)), source=source)


def _check_root(root: etree._Element, source: str | None) -> None:
    if root.tag != T + "TEI":
        raise InputError(f"not a TEI register: root element is {root.tag!r}, expected TEI in the TEI namespace "
                         f"{TEI_NS} (see seeds/register.xml)", path=source)


# the least a TEI document without a text needs around the entries' lists (the schema's fileDesc)
_ENTRIES_DOCUMENT = (
    f'<TEI xmlns="{TEI_NS}"><teiHeader><fileDesc><titleStmt><title>register</title></titleStmt><publicationStmt>'
    '<publisher>register</publisher><idno type="document">register</idno><availability><p>register</p></availability>'
    '</publicationStmt><sourceDesc><p>register</p>'
    '</sourceDesc></fileDesc></teiHeader><standOff/></TEI>'
)


def check_entries(root: etree._Element, source: str | None = None) -> None:
    """Every entry as the documents that name it will carry it (in their ``standOff``, whose schema and pointer
    checks it must pass) must be valid: else each such document failed, blamed on the converter, and an xml:id that
    is no XML name was an internal error. InputError naming the register's line and the first problems.

    The entries are checked in a document of their own, not the register file as a whole: a register needs no
    more of a teiHeader than its entries' lists; a pointer may name any entry of the register."""
    from .validate import validate_tree

    _check_root(root, source)
    document = etree.fromstring(_ENTRIES_DOCUMENT)
    stand_off = document[-1]
    lists: dict[str, etree._Element] = {}
    for el, kind in _entry_elements(root):
        if kind not in lists:
            lists[kind] = etree.SubElement(stand_off, T + KINDS[kind][2])
        lists[kind].append(copy.deepcopy(el))  # a copy keeps its line in the register
    problems = validate_tree(document, source or "<register>")
    if problems:
        shown = "; ".join(f"line {problem.line}: {problem.message}" for problem in problems[:3])
        more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
        raise InputError(f"register entries not valid as TEI of this edition ({shown}{more}); fix them: every "
                         "document carries a copy of the entries it names, and is checked against the project's "
                         "schema (schema/tei-edition.xsd, a TEI customisation)", path=source)


def _entry(el: etree._Element, kind: str, source: str | None) -> Entry:
    entry_id = el.get(XML_ID)
    line = f" (line {el.sourceline})" if el.sourceline else ""
    if not entry_id:
        raise InputError(f"register entry <{etree.QName(el).localname}>{line} has no xml:id", path=source)
    name_tag = KINDS[kind][1]
    names = []
    for name in el.findall(T + name_tag):
        text = _text(name)
        if not text:
            raise InputError(f"register entry {entry_id!r}{line} has an empty <{name_tag}>", path=source)
        form_type = name.get("type", "full")
        names.append(NameForm(text, form_type if form_type in FORM_TYPES else "variant", name.get("level")))
    if not names:
        raise InputError(f"register entry {entry_id!r}{line} has no <{name_tag}> name form", path=source)
    desc = el.find(T + "note")
    if desc is None:
        desc = el.find(T + "desc")
    idnos = tuple((i.get("type", ""), _text(i)) for i in el.findall(T + "idno"))
    return Entry(
        id=entry_id,
        kind=kind,
        names=tuple(names),
        description=_text(desc) if desc is not None else "",
        idnos=idnos,
        xml=etree.tostring(el, with_tail=False),
    )


def load_register(path: str | Path) -> Register:
    """Read a TEI register file; InputError (naming the file) if it is missing, malformed or inconsistent."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as e:
        raise InputError(f"cannot read register: {e.strerror or e}", path=path) from e
    try:
        root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True, collect_ids=False))
    except etree.XMLSyntaxError as e:
        message = re.sub(r",? line \d+(, column \d+.*)?$", "", str(e.msg or e))
        raise InputError(f"register is not well-formed XML (line {e.lineno}: {message}); fix the register",
                         path=path) from None
    register = parse_register(root, source=str(path))  # an entry without id or name is named as such first
    check_entries(root, str(path))
    return register


#: What a TEI without a text is to the commands that want an edition: the register of names a build writes beside
#: the editions (``dist/*.xml`` names it), whose page, citation or catalogue record would describe an interview.
NOT_AN_EDITION = "a TEI without a text (the register of names?), not an edition"


def is_register(path: str | Path) -> bool:
    """Whether ``path`` is a TEI document without a text: a register, not an edition (False if it cannot be read)."""
    try:
        events = etree.iterparse(str(path), events=("start",), resolve_entities=False, no_network=True)
        _, root = next(events)
        if root.tag != T + "TEI":
            return False
        return not any(element.tag == T + "text" and element.getparent() is root for _, element in events)
    except (etree.XMLSyntaxError, OSError, StopIteration):
        return False
