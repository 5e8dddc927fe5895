"""Tests for schema/tei-edition.xsd and tei_edition.validate: what is accepted, what is rejected and how it is said."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
import xmlschema
from lxml import etree

from tei_edition import TEI_NS, XML_NS
from tei_edition.validate import Problem, schema, schema_path, validate_file, validate_tree

DATA = Path(__file__).resolve().parent / "data"
MINIMAL = DATA / "valid_minimal.xml"
FULL = DATA / "valid_full.xml"
XML_ID = f"{{{XML_NS}}}id"


def parse(path_or_text) -> etree._ElementTree:
    parser = etree.XMLParser(collect_ids=False)
    if isinstance(path_or_text, Path):
        return etree.parse(str(path_or_text), parser)
    return etree.fromstring(path_or_text.encode(), parser).getroottree()


def line_of(text: str, needle: str) -> int:
    """1-based line of the first occurrence of needle (so tests do not hard-code fixture line numbers)."""
    assert needle in text, needle
    return text[: text.index(needle)].count("\n") + 1


def mutated(tmp_path: Path, old: str, new: str, name: str = "doc.xml") -> tuple[Path, str]:
    """valid_minimal.xml with one replacement, written to a file."""
    text = MINIMAL.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    text = text.replace(old, new)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path, text


# --- valid documents ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("fixture", [MINIMAL, FULL], ids=["minimal", "full"])
def test_fixture_is_valid_against_schema_and_tei_all(fixture, tei_all):
    assert validate_file(fixture) == []
    assert tei_all(fixture) == []


def declared_element_names() -> set[str]:
    return {
        component.local_name
        for component in schema().iter_components(xmlschema.XsdElement)
        if component.target_namespace == TEI_NS
    }


def test_full_fixture_uses_every_element_the_schema_declares():
    used = {etree.QName(e).localname for e in parse(FULL).iter() if isinstance(e.tag, str)}
    declared = declared_element_names()
    assert len(declared) > 90
    assert declared - used == set()


def declarations(tree: etree._ElementTree) -> dict:
    """Each element of a schema-valid tree mapped to the XSD declaration that governs it."""
    root = tree.getroot()
    found = {root: schema().elements["TEI"]}
    for elem in root.iter():
        if not isinstance(elem.tag, str):
            continue
        xsd_type = found[elem].type
        if xsd_type.is_simple() or xsd_type.has_simple_content() or xsd_type.content is None:
            continue
        by_name = {decl.name: decl for decl in xsd_type.content.iter_elements()}
        for child in elem:
            if isinstance(child.tag, str):
                found[child] = by_name[child.tag]
    return found


def repeating_choice(xsd_type):
    """The content group when it is an unbounded choice (any child may be appended at the end), else None."""
    if xsd_type.is_simple() or xsd_type.has_simple_content() or xsd_type.content is None:
        return None
    group = xsd_type.content
    while group.model == "sequence" and len(group) == 1 and hasattr(group[0], "model"):
        group = group[0]  # an extension that only adds attributes wraps the base's group
    if group.model == "choice" and group.max_occurs is None:
        return group
    return None


def test_every_child_the_schema_allows_in_a_repeating_choice_is_valid_tei(tei_all):
    """Walk the schema: wherever a content model is "any of these, any number of times" (all phrase-level
    content, editorialDecl, standOff, imprint...), put one of EACH allowed child into the full fixture's
    instance of that element and check that the result is valid against the schema AND tei_all. Together with
    the full fixture (every element at least once, sequences in their declared order) this is the evidence
    that what this schema accepts is valid TEI."""
    tree = parse(FULL)
    decl_of = declarations(tree)
    samples = {}  # (name, type) -> first instance, copied before any insertion
    for elem, decl in decl_of.items():
        samples.setdefault((decl.name, id(decl.type)), copy.deepcopy(elem))
    targets = {}
    for elem, decl in decl_of.items():
        targets.setdefault(id(decl.type), (elem, decl))

    inserted = 0
    for elem, decl in targets.values():
        group = repeating_choice(decl.type)
        if group is None:
            continue
        for child_decl in group.iter_elements():
            sample = samples.get((child_decl.name, id(child_decl.type)))
            assert sample is not None, f"no sample of {child_decl.name} in {FULL.name}"
            child = copy.deepcopy(sample)
            child.tail = None
            for node in child.iter():
                if isinstance(node.tag, str) and node.get(XML_ID):
                    node.set(XML_ID, f"{node.get(XML_ID)}-x{inserted}")
            elem.append(child)
            inserted += 1

    assert inserted > 500  # the phrase group alone gives 22 children to each of ~30 mixed elements
    assert validate_tree(tree, "generated") == []
    assert tei_all(tree) == []


# --- rejected documents: one test per kind of fault, exact line and message --------------------------------------


def test_unknown_attribute(tmp_path):
    path, text = mutated(tmp_path, '<sp xml:id="minimal-sp1" who="#spk-a">', '<sp xml:id="minimal-sp1" who="#spk-a" foo="1">')
    line = line_of(text, 'foo="1"')
    assert [str(p) for p in validate_file(path)] == [
        f'{path}:{line}: attribute "foo" not allowed on element "sp"; allowed: ana, corresp, n, rend, resp, sameAs, '
        "synch, who, xml:base, xml:id, xml:lang, xml:space"
    ]


def test_sp_without_who(tmp_path):
    path, text = mutated(tmp_path, '<sp xml:id="minimal-sp1" who="#spk-a">', '<sp xml:id="minimal-sp1">')
    assert validate_file(path) == [
        Problem(str(path), line_of(text, "<sp "), 'element "sp" missing required attribute "who"')
    ]


def test_sp_and_text_p_and_div_need_ids_but_header_p_does_not(tmp_path):
    path, text = mutated(
        tmp_path,
        '<div type="interview" xml:id="minimal-interview">\n        <sp xml:id="minimal-sp1" who="#spk-a">\n'
        '          <speaker>A</speaker>\n          <p xml:id="minimal-p1" n="1">',
        '<div type="interview">\n        <sp who="#spk-a">\n          <speaker>A</speaker>\n          <p n="1">',
    )
    assert validate_file(path) == [
        Problem(str(path), line_of(text, "<div "), 'element "div" missing required attribute "xml:id"'),
        Problem(str(path), line_of(text, "<sp "), 'element "sp" missing required attribute "xml:id"'),
        Problem(str(path), line_of(text, '<p n="1">'), 'element "p" missing required attribute "xml:id"'),
    ]
    assert "<p>None.</p>" in text  # a header p without an id, accepted


def test_dangling_pointer(tmp_path):
    path, text = mutated(tmp_path, 'who="#spk-a"', 'who="#spk-a #spk-b"')
    assert validate_file(path) == [
        Problem(
            str(path),
            line_of(text, "<sp "),
            'attribute "who" on element "sp" points to "#spk-b", but no element has xml:id "spk-b"; '
            'did you mean "#spk-a"?',
        )
    ]


def test_every_pointer_attribute_is_checked_and_external_uris_are_not(tmp_path):
    path, text = mutated(
        tmp_path,
        '<p xml:id="minimal-p1" n="1">Hello.</p>',
        '<p xml:id="minimal-p1" n="1" corresp="https://example.org/x #nowhere">Hello <seg resp="#editors">x</seg>'
        '<anchor synch="#t9"/><persName ref="#nobody">N</persName>.</p>',
    )
    line = line_of(text, "#nowhere")
    messages = [(p.line, p.message.split(",")[0]) for p in validate_file(path)]
    assert messages == [
        (line, 'attribute "corresp" on element "p" points to "#nowhere"'),
        (line, 'attribute "resp" on element "seg" points to "#editors"'),
        (line, 'attribute "synch" on element "anchor" points to "#t9"'),
        (line, 'attribute "ref" on element "persName" points to "#nobody"'),
    ]


def test_duplicate_id_reports_both_lines(tmp_path):
    path, text = mutated(tmp_path, 'xml:id="minimal-p1"', 'xml:id="minimal-sp1"')
    first, second = line_of(text, 'xml:id="minimal-sp1"'), line_of(text, "<p xml:id")
    assert first != second
    assert validate_file(path) == [
        Problem(str(path), second, f'duplicate xml:id "minimal-sp1" on element "p"; first defined on line {first}')
    ]


def test_missing_required_header_part(tmp_path):
    path, text = mutated(tmp_path, "<revisionDesc>\n      <change>Written by hand for the tests.</change>\n    </revisionDesc>\n", "")
    assert validate_file(path) == [
        Problem(str(path), line_of(text, "<teiHeader>"), 'element "teiHeader" incomplete; missing required element "revisionDesc"')
    ]


def test_publication_statement_needs_availability(tmp_path):
    path, text = mutated(tmp_path, '<availability status="unknown"><p>Licence unknown.</p></availability>\n', "")
    assert validate_file(path) == [
        Problem(
            str(path),
            line_of(text, "<publicationStmt>"),
            'element "publicationStmt" incomplete; missing required element "availability"',
        )
    ]


def test_element_in_the_wrong_place_names_what_was_expected(tmp_path):
    path, text = mutated(tmp_path, "<speaker>A</speaker>", "<speaker>A</speaker>\n          <speaker>B</speaker>")
    assert validate_file(path) == [
        Problem(
            str(path),
            line_of(text, "<speaker>B"),
            'element "speaker" not allowed in element "sp"; expected element "p", "lg" or "stage"',
        )
    ]


def test_unknown_element(tmp_path):
    path, text = mutated(tmp_path, "<speaker>A</speaker>", "<speaker>A</speaker>\n          <u>Hi</u>")
    assert validate_file(path) == [
        Problem(str(path), line_of(text, "<u>"), 'element "u" not allowed anywhere; expected element "p", "lg" or "stage"')
    ]


def test_invalid_attribute_value(tmp_path):
    path, text = mutated(tmp_path, '<title level="j">', '<title level="x">')
    assert validate_file(path) == [
        Problem(
            str(path),
            line_of(text, 'level="x"'),
            'value "x" of attribute "level" on element "title" is invalid: must be one of a, m, j, s, u',
        )
    ]


def test_wrong_namespace(tmp_path):
    path, text = mutated(tmp_path, '<TEI xmlns="http://www.tei-c.org/ns/1.0"', "<TEI")
    assert [str(p) for p in validate_file(path)] == [
        f'{path}:2: root element "TEI" in no namespace; expected element "TEI" in namespace {TEI_NS}'
    ]


def test_not_well_formed_file_is_a_problem_with_a_line(tmp_path):
    path = tmp_path / "broken.xml"
    path.write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0">\n<p>\n</div>\n', encoding="utf-8")
    assert [str(p) for p in validate_file(path)] == [
        f"{path}:3: not well-formed: Opening and ending tag mismatch: p line 2 and div (column 7)"
    ]


def test_empty_and_missing_files(tmp_path):
    empty = tmp_path / "empty.xml"
    empty.write_bytes(b"")
    assert [str(p) for p in validate_file(empty)] == [f"{empty}:1: not well-formed: Document is empty (column 1)"]
    missing = tmp_path / "missing.xml"
    said = "cannot read file: No such file or directory; check the name: give TEI files, PDFs or folders of them"
    assert validate_file(missing) == [Problem(str(missing), None, said)]
    assert str(validate_file(missing)[0]) == f"{missing}: {said}"


def test_outer_cite_structure_must_be_absolute(tmp_path):
    path, text = mutated(tmp_path, 'match="//body//sp"', 'match="body//sp"')
    assert validate_file(path) == [
        Problem(
            str(path),
            line_of(text, "<citeStructure"),
            'value "body//sp" of attribute "match" on element "citeStructure" is invalid: '
            "an outer citeStructure's match must start with '/', a nested one's must not",
        )
    ]


# --- the two schema engines agree, and validation is fast -----------------------------------------------------


INVALID_VARIANTS = [
    ('who="#spk-a"', 'who="#spk-a" foo="1"'),
    ('<sp xml:id="minimal-sp1" who="#spk-a">', '<sp xml:id="minimal-sp1">'),
    ("<speaker>A</speaker>", "<speaker>A</speaker><u/>"),
    ('<title level="j">', '<title level="x">'),
    ('type="interview"', 'type="inter view"'),
    ("<change>", '<change when="2000-13-01">'),
    ('role="interviewee"', 'role=""'),
    ('xml:id="minimal-p1"', 'xml:id="1p"'),
    ("<listPerson>", "<listPerson>text"),
]


@pytest.mark.parametrize("old,new", INVALID_VARIANTS)
def test_libxml2_gate_and_xmlschema_agree(old, new):
    """validate_tree skips xmlschema when libxml2 accepts a document; that is only sound if they agree."""
    text = MINIMAL.read_text(encoding="utf-8").replace(old, new)
    tree = parse(text)
    libxml2 = etree.XMLSchema(etree.parse(str(schema_path())))
    assert libxml2.validate(tree) is False
    assert list(schema().iter_errors(tree)) != []
    assert validate_tree(tree, "x") != []


def test_schema_is_compiled_once():
    assert schema() is schema()


def test_a_20_kb_document_of_sixty_speeches_is_valid():
    """The document benchmarks/bench_validate.py times (validation's speed is measured there, not here): sixty
    speeches with italics, quotations and names pass the schema and the pointer checks; one pointing at a
    participant the header lacks does not."""
    text = MINIMAL.read_text(encoding="utf-8")
    speech = (
        '        <sp xml:id="minimal-sp{n}" who="#spk-a">\n          <speaker>A</speaker>\n'
        '          <p xml:id="minimal-p{n}" n="{n}">Paragraph {n} has <hi rend="italic">italics</hi>, a '
        '<q rend="double-curly">quotation</q>, <persName>a name</persName> and enough words to be as long as a '
        "paragraph of an interview usually is.</p>\n        </sp>\n"
    )
    body = "".join(speech.format(n=n) for n in range(2, 62))
    text = text.replace("      </div>\n    </body>", body + "      </div>\n    </body>")
    assert 18_000 < len(text.encode()) < 26_000
    assert validate_tree(parse(text), "x") == []
    assert validate_tree(parse(text.replace('who="#spk-a"', 'who="#spk-z"', 1)), "x") != []


def test_the_corpus_register_is_a_valid_register_document(tei_all):
    register = Path(__file__).resolve().parent.parent / "seeds" / "register.xml"
    assert validate_file(register) == []
    assert tei_all(register) == []


def test_an_edition_needs_particdesc_a_register_does_not(tmp_path):
    from tei_edition.convert import convert_file

    seed = Path(__file__).resolve().parent.parent / "seeds" / "eir-2000-mizin.txt"
    root = convert_file(seed).tree.getroot()
    profile = root.find("{http://www.tei-c.org/ns/1.0}teiHeader/{http://www.tei-c.org/ns/1.0}profileDesc")
    profile.remove(profile.find("{http://www.tei-c.org/ns/1.0}particDesc"))
    target = tmp_path / "no-partic.xml"
    target.write_bytes(etree.tostring(root))
    messages = [p.message for p in validate_file(target)]
    assert 'element "profileDesc" incomplete; missing required element "particDesc"' in messages
