"""A national library's intake, third review: whom to contact about a bag (RFC 8493's contact fields, from the
corpus config), the MODS record of the collection as a whole beside the editions' own, and bag-info.txt's long
lines, which are not folded because bagit.py would read a fold back as another value. Each test fails on the code
before its change, or guards what an intake relies on."""

from __future__ import annotations

import shutil
from pathlib import Path

import bagit
import pytest
from lxml import etree
from typer.testing import CliRunner

from tei_edition.build import build
from tei_edition.cli import app
from tei_edition.config import CONTACT_KEYS, EditionConfig, load_edition_config
from tei_edition.metadata import COLLECTION_LEVEL, MetadataError, collection_level_record, write_records
from tei_edition.package import CONTACT_FIELDS, Edition, bag_info, package, verify

from .test_archivist_review import HTML, corpus_of, interview
from .test_bad_input_cli import one_line_error
from .test_metadata import mods_schema  # noqa: F401 (a fixture: MODS 3.6 from the Library of Congress's schema)

runner = CliRunner()
MODS = {"m": "http://www.loc.gov/mods/v3", "xlink": "http://www.w3.org/1999/xlink"}

CONTACTS = '''
source_organization = "Harbour Oral History Project"
organization_address = """
Quay Street 4,
Bergen
"""
contact_name = "Ada Archivist"
contact_phone = "+47 55 00 00 00"
contact_email = "archive@harbour.example.org"
'''


def corpus(folder: Path, dates: dict[str, str], config: str = "") -> Path:
    """A corpus of interviews named by ``dates`` (file stem → the interview's date, '' for none) and its config."""
    folder.mkdir(parents=True)
    (folder / "edition.toml").write_text('title = "Harbour talks"\npublisher = "Harbour Press"\n'
                                         'base_uri = "https://harbour.example.org/talks/"\nlicence = "CC BY 4.0"\n'
                                         f'{config}', encoding="utf-8")
    for n, (stem, date) in enumerate(dates.items(), 1):
        (folder / f"{stem}.txt").write_text(interview(n), encoding="utf-8")
        if date:
            (folder / f"{stem}.toml").write_text(f'[interview]\ndates = ["{date}"]\n', encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, EditionConfig]:
    """Three interviews (two dated, one not) built (TEI, HTML) with a config stating whom to contact."""
    root = tmp_path_factory.mktemp("intake3")
    source = corpus(root / "corpus", {"harbour-b": "1998-06-02", "harbour-a": "", "harbour-c": "1996-11-20"},
                    CONTACTS)
    summary = build([source], root / "dist", formats=("tei", "html"), jobs=1)
    assert not summary.failed, [r.error for r in summary.failed]
    return root / "dist", load_edition_config(source / "edition.toml")


@pytest.fixture(scope="module")
def bag(built, tmp_path_factory) -> Path:
    dist, config = built
    return package(dist, tmp_path_factory.mktemp("bag3") / "bag", config=config)


def bag_info_lines(bag: Path) -> list[str]:
    return (bag / "bag-info.txt").read_text(encoding="utf-8").splitlines()


# ----- the contact fields: set in edition.toml, written into bag-info.txt, never invented -----

def test_the_config_reads_the_contact_settings_an_address_on_several_lines_as_one(tmp_path):
    (tmp_path / "edition.toml").write_text(f"[edition]\n{CONTACTS}", encoding="utf-8")
    config = load_edition_config(tmp_path / "edition.toml")
    assert config.source_organization == "Harbour Oral History Project"
    assert config.organization_address == "Quay Street 4, Bergen"
    assert (config.contact_name, config.contact_phone, config.contact_email) == (
        "Ada Archivist", "+47 55 00 00 00", "archive@harbour.example.org")
    assert [getattr(EditionConfig(), key) for key in CONTACT_KEYS] == [""] * 5  # none unless set


def test_every_contact_setting_is_a_field_of_bag_info():
    assert sorted(CONTACT_FIELDS.values()) == sorted(CONTACT_KEYS)
    assert set(CONTACT_FIELDS) == {"Source-Organization", "Organization-Address", "Contact-Name", "Contact-Phone",
                                   "Contact-Email"}  # RFC 8493 §2.2.2's reserved names


@pytest.mark.parametrize(("line", "said"), [
    ('contact_email = "ada at harbour"', "contact_email 'ada at harbour' is not an e-mail address"),
    ('contact_email = "Ada <archive@harbour.example.org>"', "is not an e-mail address"),
    ('contact_email = "archive@localhost"', "is not an e-mail address"),
    ('contact_phone = "ring the harbour"', "contact_phone 'ring the harbour' is not a telephone number"),
    ('contact_name = "Ada\\nArchivist"', "contact_name holds a line break"),
    ('source_organization = "Harbour\\tProject"', "source_organization holds a line break or another control"),
    ("contact_name = 7", "'contact_name' must be a string, not a whole number"),
    ('contact_mail = "archive@harbour.example.org"', "unknown key 'contact_mail'; did you mean 'contact_email'?"),
])
def test_a_bad_contact_setting_is_one_clear_line_and_nothing_is_built(tmp_path, line, said):
    source = corpus(tmp_path / "corpus", {"harbour-a": ""}, line + "\n")
    result = runner.invoke(app, ["build", str(source), "-o", str(tmp_path / "dist"), "--formats", "tei", "-q"])
    one_line_error(result, str(source / "edition.toml"), said)
    assert not list((tmp_path / "dist").glob("*.xml"))


def test_good_telephone_numbers_and_addresses_pass(tmp_path):
    for phone in ("+1 (555) 010-0199", "0511 4711 ext. 12", "020.7946.0000", "+44 20 7946 0000 x 3"):
        for email in ("ada@harbour.example.org", "a.b+intake@library.example.ac.uk"):
            (tmp_path / "edition.toml").write_text(f'contact_phone = "{phone}"\ncontact_email = "{email}"\n',
                                                   encoding="utf-8")
            config = load_edition_config(tmp_path / "edition.toml")
            assert (config.contact_phone, config.contact_email) == (phone, email)


def test_bag_info_says_whom_to_contact_when_the_config_does(bag):
    info = bagit.Bag(str(bag)).info
    assert info["Source-Organization"] == "Harbour Oral History Project"  # in the place of the headers' publisher
    assert info["Organization-Address"] == "Quay Street 4, Bergen"
    assert info["Contact-Name"] == "Ada Archivist"
    assert info["Contact-Phone"] == "+47 55 00 00 00"
    assert info["Contact-Email"] == "archive@harbour.example.org"
    assert "Contact-Name: Ada Archivist" in bag_info_lines(bag)


def test_no_contact_is_invented_without_the_config(built, tmp_path):
    dist, _ = built
    info = bagit.Bag(str(package(dist, tmp_path / "bag"))).info
    assert info["Source-Organization"] == "Harbour Press"  # what the headers state, as before
    assert not {"Contact-Name", "Contact-Phone", "Contact-Email", "Organization-Address"} & set(info)
    info = bagit.Bag(str(package(dist, tmp_path / "bag2", config=EditionConfig(title="Harbour talks")))).info
    assert not {"Contact-Name", "Contact-Phone", "Contact-Email", "Organization-Address"} & set(info)


def test_a_contact_the_config_sets_replaces_only_its_own_field():
    edition = Edition(path=Path("a.xml"), doc_id="a", uri=None, publishers=("Harbour Press",), project=None,
                      emails=("press@harbour.example.org",), addresses=("Dock 1, Bergen",))
    info = bag_info([edition], ["tei/a.xml"], config=EditionConfig(contact_name="Ada Archivist"))
    assert info["Contact-Name"] == "Ada Archivist"
    assert (info["Source-Organization"], info["Contact-Email"], info["Organization-Address"]) == (
        "Harbour Press", "press@harbour.example.org", "Dock 1, Bergen")  # the headers' still, none set instead
    assert "Contact-Phone" not in info


def test_a_bag_with_contacts_validates_and_verifies(bag):
    bagit.Bag(str(bag)).validate()
    report = verify(bag)
    assert report.ok and not report.warnings, report


# ----- the MODS record of the collection as a whole -----

def collection_level(bag: Path):
    return etree.parse(str(bag / "data" / "metadata" / COLLECTION_LEVEL)).getroot()


def test_the_bag_holds_a_valid_mods_record_of_the_collection(bag, mods_schema):
    mods_schema.validate(str(bag / "data" / "metadata" / COLLECTION_LEVEL))
    root = collection_level(bag)
    assert root.tag == "{http://www.loc.gov/mods/v3}mods"
    assert root.xpath("m:typeOfResource[@collection = 'yes']/text()", namespaces=MODS) == ["text"]
    assert root.xpath("m:titleInfo/m:title/text()", namespaces=MODS) == ["Harbour talks"]
    assert root.xpath("m:originInfo[@eventType = 'publication']/m:publisher/text()", namespaces=MODS) == [
        "Harbour Press"]
    assert root.xpath("m:physicalDescription/m:extent/text()", namespaces=MODS) == ["3 editions"]


def test_the_collection_record_spans_the_interviews_dates(bag):
    dates = collection_level(bag).xpath("m:originInfo[@eventType = 'production']/m:dateCaptured", namespaces=MODS)
    assert [(d.get("point"), d.text) for d in dates] == [("start", "1996-11-20"), ("end", "1998-06-02")]
    assert dates[0].get("keyDate") == "yes"


def test_the_collection_record_names_each_edition_and_links_its_record(bag):
    constituents = collection_level(bag).xpath("m:relatedItem[@type = 'constituent']", namespaces=MODS)
    ids = [c.xpath("string(m:identifier[@type = 'local'])", namespaces=MODS) for c in constituents]
    assert ids == ["harbour-a", "harbour-b", "harbour-c"]
    for constituent, ident in zip(constituents, ids):
        assert constituent.xpath("string(m:identifier[@type = 'uri'])", namespaces=MODS) == \
            f"https://harbour.example.org/talks/{ident}"
        record = bag / "data" / "metadata" / constituent.get(f"{{{MODS['xlink']}}}href")
        assert record.is_file()  # the edition's own record, beside the collection's
        title = etree.parse(str(record)).getroot().xpath("string(m:titleInfo/m:title)", namespaces=MODS)
        assert constituent.xpath("string(m:titleInfo/m:title)", namespaces=MODS) == title != ""


def test_a_single_dated_edition_has_one_date_and_an_undated_collection_none(built, tmp_path):
    dist, _ = built
    one = etree.fromstring(collection_level_record([dist / "harbour-c.xml"]).encode("utf-8"))
    assert [(d.get("point"), d.text) for d in one.xpath("//m:dateCaptured", namespaces=MODS)] == [(None, "1996-11-20")]
    assert one.xpath("string(m:physicalDescription/m:extent)", namespaces=MODS) == "1 edition"
    undated = etree.fromstring(collection_level_record([dist / "harbour-a.xml"]).encode("utf-8"))
    assert not undated.xpath("m:originInfo[@eventType = 'production']", namespaces=MODS)  # no date invented


def test_records_of_the_dist_folder_gain_the_collection_record_and_keep_their_own(built, tmp_path, mods_schema):
    dist = Path(shutil.copytree(built[0], tmp_path / "dist"))
    write_records(sorted(dist.glob("harbour-*.xml")), dist / "metadata", title="Harbour talks")
    assert not (dist / "metadata" / COLLECTION_LEVEL).exists()  # write_records writes it only when asked
    bag = package(dist, tmp_path / "bag")
    mods_schema.validate(str(bag / "data" / "metadata" / COLLECTION_LEVEL))
    assert len(collection_level(bag).xpath("m:relatedItem[@type = 'constituent']", namespaces=MODS)) == 3
    # one the team wrote (enriched by hand) is theirs: packaged as it is
    enriched = collection_level(bag)
    etree.SubElement(enriched, "{http://www.loc.gov/mods/v3}note").text = "Deposited in 2026."
    (dist / "metadata" / COLLECTION_LEVEL).write_bytes(etree.tostring(enriched, xml_declaration=True, encoding="UTF-8"))
    again = package(dist, tmp_path / "again")
    assert (again / "data" / "metadata" / COLLECTION_LEVEL).read_bytes() == \
        (dist / "metadata" / COLLECTION_LEVEL).read_bytes()
    assert verify(again).ok


def test_an_edition_whose_record_would_take_the_collection_records_name_is_refused(built, tmp_path):
    tei = tmp_path / "collection-level.xml"
    shutil.copy(built[0] / "harbour-a.xml", tei)
    with pytest.raises(MetadataError, match="would be named collection-level.mods.xml, as the record of the "
                                            "collection as a whole is; rename it"):
        write_records([tei], tmp_path / "records", collection_level=True)
    assert not (tmp_path / "records").exists()
    assert write_records([tei], tmp_path / "records")  # `tei-edition metadata` writes no such record: no clash


# ----- bag-info.txt's long lines: not folded, for bagit.py reads a fold back as a different value -----

def test_bag_info_lines_are_whole_fields_and_read_back_as_written(bag, built):
    lines = bag_info_lines(bag)
    assert any(len(line) > 79 for line in lines)  # External-Description: RFC 8493 recommends folding such lines
    assert not any(line[:1].isspace() for line in lines)  # … and none is folded
    written: dict[str, list[str]] = {}
    for line in lines:
        name, value = line.split(": ", 1)
        written.setdefault(name, []).append(value)
    read = bagit.Bag(str(bag)).info
    assert {name: values[0] if len(values) == 1 else values for name, values in written.items()} == read


def test_bagit_reads_a_value_folded_into_three_lines_with_a_line_break_in_it(bag, tmp_path):
    """Why bag-info.txt is not folded: bagit.py 1.9 keeps the line break before each continuation line but the first
    (RFC 8493 unfolds them into the value). Should this fail, bagit reads folds back whole and folding can be had."""
    folded = Path(shutil.copytree(bag, tmp_path / "folded"))
    description = bagit.Bag(str(bag)).info["External-Description"]
    words = description.split(" ")
    third = len(words) // 3
    lines = [" ".join(words[:third]), " ".join(words[third:2 * third]), " ".join(words[2 * third:])]
    text = (folded / "bag-info.txt").read_text(encoding="utf-8").replace(
        f"External-Description: {description}\n", f"External-Description: {lines[0]}\n {lines[1]}\n {lines[2]}\n")
    (folded / "bag-info.txt").write_text(text, encoding="utf-8")
    assert bagit.Bag(str(folded)).info["External-Description"] == f"{lines[0]} {lines[1]}\n {lines[2]}"
    assert bagit.Bag(str(folded)).info["External-Description"] != description


# ----- the command line: package --config, metadata, and the id the collection record's name reserves -----

def test_package_takes_the_config_the_editions_were_built_with(built, tmp_path):
    config = built[0].parent / "corpus" / "edition.toml"
    result = runner.invoke(app, ["package", str(built[0]), "-o", str(tmp_path / "bag"), "--config", str(config)])
    assert result.exit_code == 0, result.output
    lines = bag_info_lines(tmp_path / "bag")
    assert "Contact-Name: Ada Archivist" in lines and "Organization-Address: Quay Street 4, Bergen" in lines
    plain = runner.invoke(app, ["package", str(built[0]), "-o", str(tmp_path / "plain")])
    assert plain.exit_code == 0 and not any(line.startswith("Contact-Name:") for line in bag_info_lines(tmp_path / "plain"))


def test_a_config_that_cannot_be_read_is_one_line_and_no_bag(built, tmp_path):
    bad = tmp_path / "edition.toml"
    bad.write_text('title = "Harbour talks"\ncontact_email = "not an address"\n', encoding="utf-8")
    result = runner.invoke(app, ["package", str(built[0]), "-o", str(tmp_path / "bag"), "--config", str(bad)])
    one_line_error(result, str(bad), "contact_email")
    assert not (tmp_path / "bag").exists()


def test_the_metadata_command_writes_the_collection_record_too(built, tmp_path):
    result = runner.invoke(app, ["metadata", *map(str, sorted(built[0].glob("harbour-*.xml"))), "-o", str(tmp_path / "m")])
    assert result.exit_code == 0, result.output
    assert len(etree.parse(str(tmp_path / "m" / COLLECTION_LEVEL)).xpath(
        "m:relatedItem[@type = 'constituent']", namespaces=MODS)) == 3
    none = runner.invoke(app, ["metadata", str(built[0] / "harbour-a.xml"), "-o", str(tmp_path / "n"), "--no-collection"])
    assert none.exit_code == 0 and not (tmp_path / "n" / COLLECTION_LEVEL).exists()


def test_an_id_naming_the_collection_record_is_refused_at_build(tmp_path):
    corpus = corpus_of(tmp_path / "c", {"good.txt": None, "Collection-Level.txt": None})
    result = runner.invoke(app, ["build", str(corpus), "-o", str(tmp_path / "dist"), *HTML])
    failed = [line for line in result.output.splitlines() if line.startswith("failed:")]
    assert len(failed) == 1 and "collection-level.mods.xml" in failed[0]
    assert verify(package(tmp_path / "dist", tmp_path / "bag")).ok

