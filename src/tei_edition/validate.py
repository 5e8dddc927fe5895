"""Check TEI documents against the project's schema (schema/tei-edition.xsd) and check that their pointers resolve."""

from __future__ import annotations

import difflib
import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from lxml import etree

from tei_edition import TEI_NS, XML_NS, resource_dir

if TYPE_CHECKING:  # imported when a schema is needed (see schema())
    import xmlschema


# Attributes whose value is one or more URI references; a "#id" token must name an xml:id in the document.
# end/since/origin belong to the timing layer (incident/@end, when/@since, timeline/@origin).
POINTER_ATTRIBUTES = ("who", "ref", "corresp", "sameAs", "target", "synch", "start", "end", "resp", "since", "origin")

_XML_ID = f"{{{XML_NS}}}id"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a document, located by file and line (None when no line applies)."""

    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}" if self.line is not None else f"{self.path}: {self.message}"


def schema_path() -> Path:
    """The XSD file used for validation (schema/, installed inside the package or at the top of the project)."""
    path = resource_dir("schema") / "tei-edition.xsd"
    if not path.is_file():
        raise FileNotFoundError(f"schema/tei-edition.xsd not found (looked for {path}); reinstall tei-edition")
    return path


@functools.cache
def schema() -> xmlschema.XMLSchema:
    """The compiled schema; compiling takes ~0.3 s, so it is done once per process.

    xmlschema is imported here, not at the top: importing it costs ≈ 0.1 s, and only an invalid document (or a
    caller asking for the schema) needs it, so a build worker that meets none never pays it."""
    import xmlschema

    return xmlschema.XMLSchema(str(schema_path()))


@functools.cache
def _fast_schema() -> etree.XMLSchema:
    """The same schema compiled by libxml2: a yes/no gate ~50x faster than xmlschema on valid documents."""
    return etree.XMLSchema(etree.parse(str(schema_path())))


@functools.cache
def _declared_names() -> frozenset[str]:
    """Expanded names of every element the schema declares, global or local."""
    import xmlschema

    return frozenset(
        component.name for component in schema().iter_components(xmlschema.XsdElement) if component.name is not None
    )


def unreadable(error: OSError) -> str:
    """The message for a file given to validate that cannot be read, and what to do."""
    remedy = ("check the name: give TEI files, PDFs or folders of them" if isinstance(error, FileNotFoundError)
              else "check the path and its permissions")
    return f"cannot read file: {error.strerror or error}; {remedy}"


def validate_file(path: str | Path) -> list[Problem]:
    """Parse and validate one file; unreadable and not well-formed files are reported as problems too."""
    shown = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        return [Problem(shown, None, unreadable(error))]
    # collect_ids=False: duplicate xml:ids are reported by the pointer checks (with both lines),
    # not turned into a parse failure. No network, no entity expansion: a TEI master needs neither.
    parser = etree.XMLParser(collect_ids=False, resolve_entities=False, no_network=True)
    try:
        root = etree.fromstring(data, parser, base_url=shown)
    except etree.XMLSyntaxError as error:
        return [Problem(shown, error.lineno or 1, f"not well-formed: {_syntax_message(error)}")]
    if root is None:  # lxml returns None for some recoverable empty inputs
        return [Problem(shown, 1, "not well-formed: document is empty")]
    return dtd_problems(root.getroottree(), shown) or validate_tree(root.getroottree(), shown)


def dtd_problems(tree: etree._ElementTree, path: str) -> list[Problem]:
    """A TEI master has no DTD. Entities declared in a DOCTYPE are refused: the schema validator cannot check
    their references (libxml2 fails inside), and Saxon, which makes the HTML and the DC/MODS records, would expand
    them, reading local files (``<!ENTITY x SYSTEM "file:///…">``) or the network into the outputs."""
    docinfo = tree.docinfo
    internal = docinfo.internalDTD
    if not docinfo.system_url and (internal is None or next(internal.iterentities(), None) is None):
        return []  # no DOCTYPE, or a bare <!DOCTYPE TEI>
    return [Problem(path, 1, "the DOCTYPE declares a DTD or entities, which a TEI master does not use; remove the "
                             "DOCTYPE and write each entity's text or character itself")]


def check_document(data: bytes, source: str | None, output: str) -> etree._ElementTree:
    """Parse and validate a document about to be rendered as ``output`` (HTML, PDF…); one that is not well-formed
    or not valid raises InvalidDocument, one line with the validator's first messages: nothing is rendered."""
    from .errors import InvalidDocument

    shown = source or "<TEI>"
    parser = etree.XMLParser(collect_ids=False, resolve_entities=False, no_network=True)
    try:
        root = etree.fromstring(data, parser, base_url=shown)
    except etree.XMLSyntaxError as error:
        raise InvalidDocument(f"{shown}:{error.lineno or 1}: not well-formed: {error.msg}", problems=[]) from None
    if root is None:  # lxml returns None for some recoverable empty inputs
        raise InvalidDocument(f"{shown}:1: not well-formed: document is empty", problems=[])
    tree = root.getroottree()
    problems = dtd_problems(tree, shown) or validate_tree(tree, shown)
    if problems:
        shown_problems = "; ".join(
            f"line {problem.line}: {problem.message}" if problem.line is not None else problem.message
            for problem in problems[:3])
        more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
        raise InvalidDocument(f"not a valid TEI document, no {output} written: {shown_problems}{more}; "
                              f"`tei-edition validate {shown}` lists every problem", path=shown, problems=problems)
    return tree


def validate_tree(tree: etree._ElementTree, path: str) -> list[Problem]:
    """All schema and pointer problems of a parsed document, in document order."""
    if isinstance(tree, etree._Element):
        tree = tree.getroottree()
    problems = _schema_problems(tree, path) + _edition_header_problems(tree, path) + _pointer_problems(tree, path)
    unique = dict.fromkeys(problems)  # the schema can report the same fault twice; keep the first
    return sorted(unique, key=lambda problem: problem.line or 0)


# --- schema errors as one-line, jing-like messages -------------------------------------------------------------


def _schema_problems(tree: etree._ElementTree, path: str) -> list[Problem]:
    # Why two engines: xmlschema (pure Python) gives the structured errors the messages are built from, but costs
    # ~30 ms on a 20 KB document because its content-model walk is linear in the size of the phrase-level choice.
    # libxml2 answers "valid" in well under a millisecond. Documents libxml2 accepts are not re-checked; any
    # document it rejects is validated by xmlschema, whose errors are the ones reported. (tests/test_validate.py
    # checks that the two engines agree on the fixtures.)
    if _fast_schema().validate(tree):
        return []
    problems = []
    for error in schema().iter_errors(tree):
        message = _describe(error)
        if message is None:
            continue
        line = error.sourceline
        invalid_child = getattr(error, "invalid_child", None)
        if invalid_child is not None and getattr(invalid_child, "sourceline", None):
            line = invalid_child.sourceline  # point at the offending child, not at its parent
        problems.append(Problem(path, line, message))
    return problems


def _name(tag: str) -> str:
    """A tag as a reader writes it: "sp" for TEI, "xml:id" for the XML namespace, "{uri}local" otherwise."""
    qname = etree.QName(tag)
    if qname.namespace in (TEI_NS, None):
        return qname.localname
    if qname.namespace == XML_NS:
        return f"xml:{qname.localname}"
    return f"{{{qname.namespace}}}{qname.localname}"


def _quoted_list(names: list[str], kind: str) -> str:
    """'element "a"', 'element "a" or "b"', 'element "a", "b" or "c"'."""
    quoted = [f'"{n}"' for n in dict.fromkeys(names)]
    if len(quoted) == 1:
        return f"{kind} {quoted[0]}"
    return f"{kind} {', '.join(quoted[:-1])} or {quoted[-1]}"


def _expected(error) -> list[str]:
    return [_name(tag.replace("tei:", f"{{{TEI_NS}}}")) for tag in (getattr(error, "expected_tags", None) or [])]


def _element_of(error) -> str:
    elem = error.elem if getattr(error, "elem", None) is not None else error.obj
    return _name(elem.tag) if hasattr(elem, "tag") else "?"


_ATTRIBUTE_VALUE = re.compile(r"attribute (?P<name>\S+?)='(?P<value>.*?)': (?P<reason>.*)", re.S)

# Why a value is wrong, said in terms of what would be right, keyed by attribute name.
_VALUE_HINTS = {
    "xml:id": "must be an XML name: a letter or underscore first, then letters, digits, '-', '_' or '.'",
    "xml:lang": "must be a language tag such as en or de-AT",
    "ident": "must be a language tag such as en or de-AT",
    "interval": "must be a number, regular, irregular or unknown",
}
_DATE_ATTRIBUTES = {"when", "from", "to", "notBefore", "notAfter", "absolute"}


def _describe(error) -> str | None:
    """One line saying what is wrong and what was expected, or None for errors reported elsewhere."""
    import xmlschema  # loaded already: the error came from it

    reason = " ".join(str(error.reason or error.message).split())
    element = _element_of(error)

    if isinstance(error, xmlschema.XMLSchemaChildrenValidationError):
        expected = _expected(error)
        wanted = f"; expected {_quoted_list(expected, 'element')}" if expected else ""
        if error.invalid_tag is not None:
            child = _name(error.invalid_tag)
            where = "anywhere" if error.invalid_tag not in _declared_names() else f'in element "{element}"'
            return f'element "{child}" not allowed {where}{wanted}'
        if expected:
            return f'element "{element}" incomplete; missing required {_quoted_list(expected, "element")}'
        return f'element "{element}" incomplete'

    if match := re.fullmatch(r"'(?P<attr>.+?)' attribute not allowed for element", reason):
        attribute = _name(match["attr"])
        allowed = sorted(_name(a) for a in getattr(error.validator, "keys", lambda: [])() if a)
        hint = f"; allowed: {', '.join(allowed)}" if allowed else ""
        return f'attribute "{attribute}" not allowed on element "{element}"{hint}'

    if match := re.fullmatch(r"missing required attribute '(?P<attr>.+?)'", reason):
        return f'element "{element}" missing required attribute "{_name(match["attr"])}"'

    if match := _ATTRIBUTE_VALUE.fullmatch(reason):
        attribute, value, why = _name(match["name"]), match["value"], match["reason"]
        if "duplicated xs:ID" in why:
            return None  # the pointer checks report duplicates with both lines
        return f'value "{value}" of attribute "{attribute}" on element "{element}" is invalid: {_why(attribute, why)}'

    if reason.startswith("character data between child elements not allowed"):
        return f'text not allowed in element "{element}" (only child elements)'
    if reason.startswith("a simple content element can't have child elements"):
        return f'element "{element}" may contain text only, not child elements'
    if reason.endswith("is not an element of the schema") and error.elem is not None and error.elem.getparent() is None:
        namespace = etree.QName(error.elem).namespace
        found = f"in namespace {namespace}" if namespace else "in no namespace"
        return f'root element "{etree.QName(error.elem).localname}" {found}; expected element "TEI" in namespace {TEI_NS}'
    return f'element "{element}": {reason}'


def _why(attribute: str, reason: str) -> str:
    if attribute in _VALUE_HINTS:
        return _VALUE_HINTS[attribute]
    if attribute in _DATE_ATTRIBUTES:
        return "must be an ISO 8601 date or time such as 2000-03-24, 2000-03, 2000 or 2000-03-24T10:00:00"
    if attribute == "match":
        return "an outer citeStructure's match must start with '/', a nested one's must not"
    if match := re.match(r"value must be one of \[(.*)\]", reason):
        return f"must be one of {match[1].replace(chr(39), '')}"
    if "p{C}" in reason:  # teidata.word's pattern
        return "must be a single word (no spaces)"
    if reason.startswith("value doesn't match any pattern"):
        return "not a value this attribute accepts"
    return reason


# --- pointers and ids --------------------------------------------------------------------------------------------


_EDITION_HEADER = ("encodingDesc", "profileDesc", "revisionDesc")


def _edition_header_problems(tree: etree._ElementTree, path: str) -> list[Problem]:
    """An interview edition (a TEI with text) needs every header part; a register (no text) only fileDesc.

    The schema cannot tell the two kinds apart (see the comment on TEI in tei-edition.xsd), so this rule does.
    """
    root = tree.getroot()
    header = root.find(f"{{{TEI_NS}}}teiHeader")
    if root.tag != f"{{{TEI_NS}}}TEI" or header is None or root.find(f"{{{TEI_NS}}}text") is None:
        return []
    problems = [
        Problem(path, header.sourceline, f'element "teiHeader" incomplete; missing required element "{part}"')
        for part in _EDITION_HEADER
        if header.find(f"{{{TEI_NS}}}{part}") is None
    ]
    profile = header.find(f"{{{TEI_NS}}}profileDesc")
    if profile is not None and profile.find(f"{{{TEI_NS}}}particDesc") is None:
        problems.append(
            Problem(path, profile.sourceline, 'element "profileDesc" incomplete; missing required element "particDesc"')
        )
    return problems


# Fast path of _pointer_problems: every attribute of the document in one XPath call (one walk in C; a union of
# one path per attribute name walks the tree once per name), sorted out by name.
_ALL_ATTRIBUTES = etree.XPath("//@*")
_POINTER_NAMES = frozenset(POINTER_ATTRIBUTES)  # in no namespace, as elem.get(name) reads them


def _pointers_resolve(tree: etree._ElementTree) -> bool:
    """Whether the ids are unique and every "#id" pointer names one: what nearly every document looks like."""
    ids, pointers = [], []
    for value in _ALL_ATTRIBUTES(tree):
        name = value.attrname
        if name == _XML_ID:
            ids.append(value)
        elif name in _POINTER_NAMES:
            pointers.append(value)
    known = set(ids)
    if len(known) != len(ids):
        return False
    return all(token[1:] in known for value in pointers for token in value.split() if token.startswith("#"))


def _pointer_problems(tree: etree._ElementTree, path: str) -> list[Problem]:
    # The walk below, one Python step per element and attribute, is what finds and words the problems; a document
    # without any (nearly every one) is recognised first from the XPath results, several times faster.
    if _pointers_resolve(tree):
        return []
    problems: list[Problem] = []
    first: dict[str, etree._Element] = {}
    elements = [e for e in tree.iter() if isinstance(e.tag, str)]  # skip comments and processing instructions
    for elem in elements:
        xml_id = elem.get(_XML_ID)
        if xml_id is None:
            continue
        if xml_id in first:
            earlier = first[xml_id]  # a tree made in memory has no line numbers: name the element instead
            where = (f"line {earlier.sourceline}" if earlier.sourceline is not None
                     else f'element "{_name(earlier.tag)}"')
            problems.append(
                Problem(
                    path,
                    elem.sourceline,
                    f'duplicate xml:id "{xml_id}" on element "{_name(elem.tag)}"; first defined on {where}',
                )
            )
        else:
            first[xml_id] = elem
    for elem in elements:
        for attribute in POINTER_ATTRIBUTES:
            value = elem.get(attribute)
            if value is None:
                continue
            for token in value.split():
                if not token.startswith("#"):
                    continue  # an external URI: nothing to resolve here
                target = token[1:]
                if target in first:
                    continue
                close = difflib.get_close_matches(target, first, n=1)
                hint = f'; did you mean "#{close[0]}"?' if close else ""
                problems.append(
                    Problem(
                        path,
                        elem.sourceline,
                        f'attribute "{attribute}" on element "{_name(elem.tag)}" points to "{token}", '
                        f'but no element has xml:id "{target}"{hint}',
                    )
                )
    return problems


def _syntax_message(error: etree.XMLSyntaxError) -> str:
    """lxml's message without its ", line N, column M" tail (the line is in the Problem)."""
    message = re.sub(r",? line \d+, column \d+$", "", str(error.msg or error)).strip()
    column = getattr(error, "position", (None, None))[1]
    return f"{message} (column {column})" if column else message


def warm_up() -> None:
    """Compile the schema for libxml2 now (once per process), not on the first document.

    The xmlschema compilation (≈ 0.3 s) that words the messages is left until a document is invalid: most worker
    processes never need it."""
    _fast_schema()
