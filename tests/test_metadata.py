"""Dublin Core and MODS records from the teiHeader: MODS against the MODS 3.6 schema, DC by structure."""

from __future__ import annotations

import importlib.metadata
from pathlib import Path

import pytest
import xmlschema
from lxml import etree

from tei_edition import metadata

def _schemas() -> Path:
    """The Library of Congress and OAI schemas as the eulxml package ships them (a test dependency: no registry
    ships them as a package of their own). Only its data files are used; the package is not imported."""
    try:
        return Path(importlib.metadata.distribution("eulxml").locate_file("eulxml/schema_data"))
    except importlib.metadata.PackageNotFoundError:
        pytest.skip("eulxml (a test dependency that ships the MODS schema) is not installed", allow_module_level=True)


SCHEMAS = _schemas()
DATA = Path(__file__).parent / "data"
DC = "http://purl.org/dc/elements/1.1/"
OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/"
MODS = "http://www.loc.gov/mods/v3"
XLINK = "http://www.w3.org/1999/xlink"
NS = {"dc": DC, "oai_dc": OAI_DC, "m": MODS, "xlink": XLINK}


@pytest.fixture(scope="session")
def mods_schema() -> xmlschema.XMLSchema:
    xml_xsd = Path(xmlschema.__file__).parent / "schemas" / "XML" / "xml.xsd"
    return xmlschema.XMLSchema(
        str(SCHEMAS / "mods.xsd"),  # MODS 3.6
        uri_mapper={
            "http://www.loc.gov/standards/xlink/xlink.xsd": (SCHEMAS / "xlink.xsd").as_uri(),
            "http://www.loc.gov/mods/xml.xsd": xml_xsd.as_uri(),
        },
        allow="local",
    )


@pytest.fixture(scope="session")
def dc_element_names() -> set[str]:
    """The fifteen DCMI elements oai_dc allows, read from oai_dc.xsd itself."""
    xsd = etree.parse(str(SCHEMAS / "oai_dc.xsd"))
    refs = xsd.xpath("//xs:complexType[@name='oai_dcType']//xs:element/@ref", namespaces={"xs": "http://www.w3.org/2001/XMLSchema"})
    names = {ref.split(":", 1)[1] for ref in refs}
    assert len(names) == 15
    return names


def check_oai_dc(root: etree._Element, allowed: set[str]) -> None:
    """What oai_dc.xsd + simpledc20021212.xsd require: an oai_dc:dc root holding only DCMI elements, each
    with text content and no attribute but xml:lang."""
    assert root.tag == f"{{{OAI_DC}}}dc"
    assert len(root) > 0
    for child in root:
        assert isinstance(child.tag, str), "no comments or PIs expected"
        namespace, name = child.tag[1:].split("}")
        assert namespace == DC, child.tag
        assert name in allowed, name
        assert len(child) == 0, f"dc:{name} must have simple content"
        assert (child.text or "").strip(), f"empty dc:{name}"
        assert set(child.attrib) <= {"{http://www.w3.org/XML/1998/namespace}lang"}
    location = root.get("{http://www.w3.org/2001/XMLSchema-instance}schemaLocation").split()
    assert location == [OAI_DC, "http://www.openarchives.org/OAI/2.0/oai_dc.xsd"]


def dc_values(root: etree._Element, name: str) -> list[str]:
    return [e.text for e in root.findall(f"{{{DC}}}{name}")]


@pytest.fixture(scope="module")
def dc_record(seed_tei_path) -> etree._Element:
    return etree.fromstring(metadata.record(seed_tei_path, "dc").encode())


@pytest.fixture(scope="module")
def mods_record(seed_tei_path) -> etree._Element:
    return etree.fromstring(metadata.record(seed_tei_path, "mods").encode())


@pytest.fixture(scope="module")
def seed_tei_path(tmp_path_factory) -> Path:
    from tei_edition.convert import convert_file

    seeds = Path(__file__).parent.parent / "seeds"
    path = tmp_path_factory.mktemp("seed") / "eir-2000-mizin.xml"
    path.write_bytes(convert_file(seeds / "eir-2000-mizin.txt").to_bytes())
    return path


# ----- Dublin Core -----

def test_dc_of_the_seed_is_oai_dc(dc_record, dc_element_names):
    check_oai_dc(dc_record, dc_element_names)


def test_dc_of_the_seed_carries_title_participants_dates_source_identifier_rights(dc_record):
    assert dc_values(dc_record, "title") == ["The Ivanov-Lavrov proposal for Kosovo: Interview with Viktor Mizin"]
    assert dc_values(dc_record, "creator") == ["Mizin, Viktor (interviewee)"]
    assert dc_values(dc_record, "contributor") == ["Pascali, Umberto (interviewer)"]
    assert dc_values(dc_record, "date") == ["2000-03-24", "2000-03-27"]
    # the year is inferred in the header: a catalogue shows it in brackets with a question mark
    assert dc_values(dc_record, "source") == [
        "The Ivanov-Lavrov proposal for Kosovo. Executive Intelligence Review (EIR), [2000?]"
    ]
    assert dc_values(dc_record, "identifier") == [
        "eir-2000-mizin", "https://editions.example.org/interviews/eir-2000-mizin"
    ]
    assert dc_values(dc_record, "language") == ["en"]
    assert dc_values(dc_record, "publisher") == ["tei-edition project"]
    assert dc_values(dc_record, "type") == ["Text"]
    rights = dc_values(dc_record, "rights")
    assert "https://creativecommons.org/licenses/by/4.0/" in rights
    assert any("CC BY 4.0" in r for r in rights)
    assert any("status of the original interview text is unknown" in r for r in rights)
    (description,) = dc_values(dc_record, "description")
    assert description.startswith("Viktor Mizin is a counselor")
    assert '"upon instructions"' in description  # quotation marks restored from q/@rend


def test_dc_collection_record(seed_tei_path, dc_element_names):
    files = [seed_tei_path, DATA / "valid_full.xml"]
    root = etree.fromstring(metadata.collection_record(files, "dc", title="Interviews").encode())
    check_oai_dc(root, dc_element_names)
    assert dc_values(root, "title") == ["Interviews"]
    assert dc_values(root, "type") == ["Collection"]
    assert len(dc_values(root, "relation")) == 2
    assert "https://editions.example.org/interviews/eir-2000-mizin" in dc_values(root, "relation")


def test_dc_invents_nothing_for_a_minimal_header(dc_element_names):
    root = etree.fromstring(metadata.record(DATA / "valid_minimal.xml", "dc").encode())
    check_oai_dc(root, dc_element_names)
    assert dc_values(root, "date") == []  # the minimal header states no interview date
    assert dc_values(root, "identifier") == ["minimal"]


# ----- MODS -----

def test_mods_of_the_seed_is_valid_mods_3_6(seed_tei_path, mods_schema):
    mods_schema.validate(metadata.record(seed_tei_path, "mods"))


@pytest.mark.parametrize("name", ["valid_full.xml", "valid_minimal.xml", "sample-edition.xml"])
def test_mods_of_other_documents_is_valid(name, mods_schema):
    mods_schema.validate(metadata.record(DATA / name, "mods"))


def test_mods_collection_is_valid_and_holds_every_edition(seed_tei_path, mods_schema):
    files = [seed_tei_path, DATA / "valid_full.xml", DATA / "valid_minimal.xml"]
    text = metadata.collection_record(files, "mods")
    mods_schema.validate(text)
    root = etree.fromstring(text.encode())
    assert root.tag == f"{{{MODS}}}modsCollection"
    assert root.xpath("m:mods/m:identifier[@type='local']/text()", namespaces=NS) == ["eir-2000-mizin", "full", "minimal"]


def test_mods_of_the_seed_carries_title_participants_dates_source_identifier_rights(mods_record):
    x = lambda path: mods_record.xpath(path, namespaces=NS)  # noqa: E731
    assert mods_record.get("version") == "3.6"
    assert x("m:titleInfo/m:title/text()") == ["The Ivanov-Lavrov proposal for Kosovo"]
    assert x("m:titleInfo/m:subTitle/text()") == ["Interview with Viktor Mizin"]
    roles = {
        n.xpath("string(m:displayForm)", namespaces=NS): (
            n.xpath("string(m:role/m:roleTerm[@type='code'][@authority='marcrelator'])", namespaces=NS),
            n.xpath("string(m:role/m:roleTerm[@type='text'][@authority='marcrelator'])", namespaces=NS),
        )
        for n in x("m:name[@type='personal']")
    }
    assert roles == {"Mizin, Viktor": ("ive", "Interviewee"), "Pascali, Umberto": ("ivr", "Interviewer")}
    assert x("m:name[m:namePart[@type='family']='Mizin']/m:namePart[@type='given']/text()") == ["Viktor"]
    assert x("m:originInfo/m:dateCaptured[@encoding='w3cdtf']/text()") == ["2000-03-24", "2000-03-27"]
    original = x("m:relatedItem[@type='original']")[0]
    assert original.xpath("m:titleInfo/m:title/text()", namespaces=NS) == ["The Ivanov-Lavrov proposal for Kosovo"]
    assert original.xpath("m:originInfo/m:dateIssued[@qualifier='inferred']/text()", namespaces=NS) == ["2000"]
    assert original.xpath("m:relatedItem[@type='host']/m:titleInfo[not(@type)]/m:title/text()", namespaces=NS) == [
        "Executive Intelligence Review"
    ]
    assert x("m:identifier[@type='uri']/text()") == ["https://editions.example.org/interviews/eir-2000-mizin"]
    assert x("m:identifier[@type='local']/text()") == ["eir-2000-mizin"]
    assert x("m:language/m:languageTerm[@type='code']/text()") == ["en"]
    # BCP 47 tags (with script subtags such as und-Arab) are RFC 5646; RFC 3066 predates script subtags
    assert x("m:language/m:languageTerm[@type='code']/@authority") == ["rfc5646"]
    licence = x("m:accessCondition[@type='use and reproduction'][@xlink:href]")
    assert [a.get(f"{{{XLINK}}}href") for a in licence] == ["https://creativecommons.org/licenses/by/4.0/"]
    assert len(x("m:accessCondition[@type='use and reproduction']")) == 2
    assert x("m:originInfo[@eventType='publication']/m:publisher/text()") == ["tei-edition project"]
    assert x("m:recordInfo/m:recordIdentifier/text()") == ["eir-2000-mizin"]


def test_metadata_of_a_non_tei_document_is_refused(tmp_path):
    bad = tmp_path / "x.xml"
    bad.write_text("<notTEI/>")
    with pytest.raises(metadata.MetadataError):
        metadata.record(bad, "mods")
    with pytest.raises(metadata.MetadataError):
        metadata.record(DATA / "valid_minimal.xml", "marc")


def test_write_records(seed_tei_path, tmp_path):
    written = metadata.write_records([seed_tei_path], tmp_path)
    assert sorted(p.name for p in written) == sorted([
        "eir-2000-mizin.dc.xml", "collection.dc.xml", "eir-2000-mizin.mods.xml", "collection.mods.xml"
    ])


# ----- names, licences and collection titles an archive review found wrong -----

def _seed_variant(seed_tei_path: Path, tmp_path: Path, change) -> Path:
    """A copy of the seed TEI with ``change(root)`` applied to it."""
    tree = etree.parse(str(seed_tei_path))
    change(tree.getroot())
    path = tmp_path / "variant.xml"
    tree.write(str(path), encoding="UTF-8", xml_declaration=True)
    return path


def _rename_interviewee(name: str):
    def change(root):
        (pers,) = root.xpath("//tei:particDesc//tei:person[@role='interviewee']/tei:persName",
                             namespaces={"tei": "http://www.tei-c.org/ns/1.0"})
        pers.text = name
    return change


def test_a_cjk_name_is_catalogued_family_name_first(seed_tei_path, tmp_path, mods_schema, dc_element_names):
    path = _seed_variant(seed_tei_path, tmp_path, _rename_interviewee("山田 花子"))
    mods_text = metadata.record(path, "mods")
    mods_schema.validate(mods_text)
    mods = etree.fromstring(mods_text.encode())
    (name,) = mods.xpath("m:name[@usage='primary']", namespaces=NS)
    assert name.xpath("m:namePart[@type='family']/text()", namespaces=NS) == ["山田"]
    assert name.xpath("m:namePart[@type='given']/text()", namespaces=NS) == ["花子"]
    assert name.xpath("m:displayForm/text()", namespaces=NS) == ["山田, 花子"]
    dc = etree.fromstring(metadata.record(path, "dc").encode())
    check_oai_dc(dc, dc_element_names)
    assert dc_values(dc, "creator") == ["山田, 花子 (interviewee)"]


def test_a_term_of_address_is_no_given_name(seed_tei_path, tmp_path, mods_schema):
    path = _seed_variant(seed_tei_path, tmp_path, _rename_interviewee("Mr. BRANDT"))
    mods_text = metadata.record(path, "mods")
    mods_schema.validate(mods_text)
    (name,) = etree.fromstring(mods_text.encode()).xpath("m:name[@usage='primary']", namespaces=NS)
    assert name.xpath("m:namePart[@type='family']/text()", namespaces=NS) == ["BRANDT"]
    assert name.xpath("m:namePart[@type='given']", namespaces=NS) == []
    assert name.xpath("m:namePart[@type='termsOfAddress']/text()", namespaces=NS) == ["Mr."]
    assert name.xpath("m:displayForm/text()", namespaces=NS) == ["BRANDT, Mr."]
    assert dc_values(etree.fromstring(metadata.record(path, "dc").encode()), "creator") == ["BRANDT, Mr. (interviewee)"]
    # a given name that merely looks short is kept as a given name
    plain = _seed_variant(seed_tei_path, tmp_path, _rename_interviewee("Don Smith"))
    (name,) = etree.fromstring(metadata.record(plain, "mods").encode()).xpath("m:name[@usage='primary']", namespaces=NS)
    assert name.xpath("m:namePart[@type='given']/text()", namespaces=NS) == ["Don"]


def test_a_licence_given_only_by_its_uri_is_kept_in_mods(seed_tei_path, tmp_path, mods_schema):
    def uri_only(root):
        (licence,) = root.xpath("//tei:availability/tei:licence", namespaces={"tei": "http://www.tei-c.org/ns/1.0"})
        licence.text = None
        for child in licence:
            licence.remove(child)
    path = _seed_variant(seed_tei_path, tmp_path, uri_only)
    mods_text = metadata.record(path, "mods")
    mods_schema.validate(mods_text)
    licence = etree.fromstring(mods_text.encode()).xpath("m:accessCondition[@xlink:href]", namespaces=NS)
    assert [(a.get(f"{{{XLINK}}}href"), a.text) for a in licence] == [
        ("https://creativecommons.org/licenses/by/4.0/", "https://creativecommons.org/licenses/by/4.0/")
    ]


def test_the_collection_record_without_a_title_takes_the_edition_title_from_the_headers(seed_tei_path, dc_element_names):
    root = etree.fromstring(metadata.collection_record([seed_tei_path], "dc").encode())
    check_oai_dc(root, dc_element_names)
    assert dc_values(root, "title") == ["Interviews: a tei-edition collection"]  # edition.toml's title
    # editions of different collections name none
    mixed = etree.fromstring(metadata.collection_record([seed_tei_path, DATA / "valid_full.xml"], "dc").encode())
    assert dc_values(mixed, "title") == []


def test_a_committee_records_roles_are_catalogued(seed_tei_path, tmp_path, mods_schema):
    """A hearing's witness has a MARC relator (wit); a chair or member, which have none, keep their role as text."""
    def change(root):
        people = root.xpath("//tei:particDesc//tei:person", namespaces={"tei": "http://www.tei-c.org/ns/1.0"})
        roles = {"interviewee": "witness", "interviewer": "chair"}
        for person in people:
            person.set("role", roles.get(person.get("role"), person.get("role")))
    mods_text = metadata.record(_seed_variant(seed_tei_path, tmp_path, change), "mods")
    mods_schema.validate(mods_text)
    mods = etree.fromstring(mods_text.encode())
    terms = {(t.get("type"), t.get("authority"), t.text) for t in mods.xpath("m:name/m:role/m:roleTerm", namespaces=NS)}
    assert {("code", "marcrelator", "wit"), ("text", "marcrelator", "Witness"), ("text", None, "chair")} <= terms


def test_a_gaelic_surname_prefix_is_catalogued_with_the_surname(seed_tei_path, tmp_path, mods_schema):
    path = _seed_variant(seed_tei_path, tmp_path, _rename_interviewee("Máire Ní Bhriain"))
    mods_text = metadata.record(path, "mods")
    mods_schema.validate(mods_text)
    (name,) = etree.fromstring(mods_text.encode()).xpath("m:name[@usage='primary']", namespaces=NS)
    assert name.xpath("m:namePart[@type='family']/text()", namespaces=NS) == ["Ní Bhriain"]
    assert name.xpath("m:displayForm/text()", namespaces=NS) == ["Ní Bhriain, Máire"]
    assert dc_values(etree.fromstring(metadata.record(path, "dc").encode()), "creator") == ["Ní Bhriain, Máire (interviewee)"]


def _add_creation_place(place: str):
    def change(root):
        (creation,) = root.xpath("//tei:profileDesc/tei:creation", namespaces={"tei": "http://www.tei-c.org/ns/1.0"})
        creation[-1].tail = ", "
        etree.SubElement(creation, "{http://www.tei-c.org/ns/1.0}placeName").text = place
    return change


def test_the_place_of_the_interview_is_catalogued_with_its_dates(seed_tei_path, tmp_path, mods_schema):
    """creation's placeName (the header's 'Date and place' in the HTML edition) is MODS's place of production."""
    path = _seed_variant(seed_tei_path, tmp_path, _add_creation_place("New York City"))
    mods_text = metadata.record(path, "mods")
    mods_schema.validate(mods_text)
    (production,) = etree.fromstring(mods_text.encode()).xpath("m:originInfo[@eventType='production']", namespaces=NS)
    assert production.xpath("m:place/m:placeTerm[@type='text']/text()", namespaces=NS) == ["New York City"]
    assert production.xpath("m:dateCaptured/text()", namespaces=NS) == ["2000-03-24", "2000-03-27"]
    # the seed's header names no place: its record has none
    assert etree.fromstring(metadata.record(seed_tei_path, "mods").encode()).xpath("//m:place", namespaces=NS) == []


HEADER_FIELDS = """Interview with Ada Byron

Interviewer: Tom Park
Interviewee: Ada Byron
Transcriber: J. Pickles
Duration: 45 minutes
Date: 12 May 1987

PARK: When did you start at the mill?

BYRON: In 1952, the spring I left school.
"""


def test_header_fields_the_header_keeps_as_notes_are_in_both_records(tmp_path, mods_schema, dc_element_names, tei_all):
    """A field the transcript's header printed and no other part of the teiHeader holds (bibl/note[@type='metadata'])
    is catalogued: a MODS note typed by its key, a DC description with its key. They were in neither record."""
    from .converting import convert_checked

    (tmp_path / "talk.txt").write_text(HEADER_FIELDS, encoding="utf-8")
    conversion, root = convert_checked(tmp_path / "talk.txt", tei_all)
    notes = root.xpath("//tei:sourceDesc/tei:bibl/tei:note[@type='metadata']", namespaces={"tei": "http://www.tei-c.org/ns/1.0"})
    assert [(n.get("n"), n.text) for n in notes] == [("transcriber", "J. Pickles"), ("duration", "45 minutes")]
    path = tmp_path / "talk.xml"
    conversion.tree.write(str(path), encoding="UTF-8", xml_declaration=True)
    mods_text = metadata.record(path, "mods")
    mods_schema.validate(mods_text)
    mods = etree.fromstring(mods_text.encode())
    assert [(n.get("type"), n.text) for n in mods.xpath("m:note", namespaces=NS)] == \
        [("transcriber", "J. Pickles"), ("duration", "45 minutes")]
    dc = etree.fromstring(metadata.record(path, "dc").encode())
    check_oai_dc(dc, dc_element_names)
    assert dc_values(dc, "description")[-2:] == ["Transcriber: J. Pickles", "Duration: 45 minutes"]


def test_a_header_without_such_fields_gives_no_notes(seed_tei_path):
    mods = etree.fromstring(metadata.record(seed_tei_path, "mods").encode())
    assert mods.xpath("m:note", namespaces=NS) == []  # the seed's dating note stays the original's (relatedItem)
    assert len(mods.xpath("m:relatedItem/m:note[@type='date']", namespaces=NS)) == 1
    dc = etree.fromstring(metadata.record(seed_tei_path, "dc").encode())
    assert len(dc_values(dc, "description")) == 1  # the headnote alone
