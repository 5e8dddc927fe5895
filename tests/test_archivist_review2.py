"""A national library's intake, second review: a build's folder missing an output it recorded, a bag damaged after
packaging (which file to restore: the payload or a manifest), names a disk folds together, what editors and
operating systems leave in a folder, and the catalogue records of editions in right-to-left and CJK scripts. Each
test fails on the code before its fix, or guards a behaviour an intake relies on."""

from __future__ import annotations

import hashlib
import shutil
import unicodedata
from pathlib import Path

import bagit
import pikepdf
import pytest
from lxml import etree
from typer.testing import CliRunner

from tei_edition.build import build
from tei_edition.cli import app
from tei_edition.metadata import record
from tei_edition.package import Edition, PackageError, bag_info, package, verify

from .test_archivist_review import corpus_of
from .test_bad_input_cli import one_line_error

runner = CliRunner()
TEI = {"t": "http://www.tei-c.org/ns/1.0"}
DC = {"dc": "http://purl.org/dc/elements/1.1/"}
MODS = {"m": "http://www.loc.gov/mods/v3"}


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    """Two small interviews built (TEI, HTML) as a build writes them, with its manifest."""
    root = tmp_path_factory.mktemp("intake2")
    corpus = corpus_of(root / "corpus", {"harbour-1.txt": None, "harbour-2.txt": None})
    summary = build([corpus], root / "dist", formats=("tei", "html"), jobs=1)
    assert not summary.failed, [r.error for r in summary.failed]
    return root / "dist"


@pytest.fixture
def copy(dist, tmp_path) -> Path:
    """A copy of the built folder, to damage."""
    return Path(shutil.copytree(dist, tmp_path / "dist"))


@pytest.fixture
def bag(dist, tmp_path) -> Path:
    return package(dist, tmp_path / "bag")


def snapshot(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


# ----- an output the build recorded and that is gone -----

def test_validate_names_an_output_the_build_recorded_and_that_is_gone(copy):
    (copy / "harbour-1.html").unlink()
    before = snapshot(copy)
    result = runner.invoke(app, ["validate", str(copy)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    named = [line for line in result.output.splitlines() if "harbour-1.html" in line]
    assert named == [f"{copy / 'harbour-1.html'}: missing: manifest.json records it as an output of the build, and it "
                     "is not in the folder; run tei-edition build again (it writes a missing output anew) or restore "
                     "it from a good copy"]
    assert snapshot(copy) == before  # validating changes nothing


def test_validate_names_an_html_page_changed_since_the_build(copy):
    page = copy / "harbour-2.html"
    page.write_bytes(page.read_bytes()[:300])  # cut short by a copy
    result = runner.invoke(app, ["validate", str(copy)])
    assert result.exit_code == 1
    assert [line for line in result.output.splitlines() if "harbour-2.html" in line] == [
        f"{page}: changed since the build: its SHA-256 is not the one manifest.json records; restore it from a good "
        "copy, or run tei-edition build again (it rebuilds such a file)"]


def test_a_whole_build_folder_has_no_missing_output(dist):
    result = runner.invoke(app, ["validate", str(dist)])
    assert result.exit_code == 0, result.output
    assert "missing" not in result.output


def test_package_refuses_a_folder_missing_an_output(copy, tmp_path):
    (copy / "harbour-2.html").unlink()
    result = runner.invoke(app, ["package", str(copy), "-o", str(tmp_path / "bag")])
    one_line_error(result, "harbour-2.html: missing: manifest.json records it", "then package")
    assert not (tmp_path / "bag").exists()


def test_validate_of_a_damaged_folder_names_each_damage_and_changes_nothing(copy):
    """A TEI edited by hand into invalidity, an HTML page deleted, a PDF truncated in a copy: each named, exit 1."""
    tei = copy / "harbour-2.xml"
    tei.write_text(tei.read_text(encoding="utf-8").replace("<body>", "<body><foo/>", 1), encoding="utf-8")
    (copy / "harbour-1.html").unlink()
    pdf = pikepdf.new()
    pdf.add_blank_page()
    pdf.save(copy / "appendix.pdf")
    whole = (copy / "appendix.pdf").read_bytes()
    (copy / "appendix.pdf").write_bytes(whole[: len(whole) // 2])
    before = snapshot(copy)
    result = runner.invoke(app, ["validate", str(copy)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    lines = result.output.splitlines()
    assert any(line.startswith(f"{tei}:") and 'element "foo" not allowed' in line for line in lines)
    assert any(line.startswith(f"{copy / 'harbour-1.html'}: missing") for line in lines)
    assert any(line.startswith(f"{copy / 'appendix.pdf'}: ") and "restore it from a good copy" in line
               for line in lines)
    assert f"{copy / 'harbour-1.xml'}: valid" in lines  # the file left alone is still said to be valid
    assert snapshot(copy) == before


# ----- a bag damaged after packaging -----

def test_a_file_changed_in_a_bag_is_not_then_said_to_be_valid(bag):
    changed = bag / "data" / "harbour-1.xml"
    changed.write_bytes(changed.read_bytes() + b"<!-- edited -->\n")  # still a valid TEI document
    result = runner.invoke(app, ["validate", str(bag)])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert [line for line in lines if "harbour-1.xml" in line] == [
        f"{changed}: changed since bagging: its checksum does not match the manifest; restore it from a good copy of "
        "the bag"]
    assert f"{bag / 'data' / 'harbour-2.xml'}: valid" in lines


def _damage_first_digest(manifest: Path) -> str:
    """Change the first checksum of ``manifest``; return the path its line names."""
    lines = manifest.read_text(encoding="utf-8").splitlines(keepends=True)
    digest, name = lines[0].split("  ", 1)
    lines[0] = f"{'0' if digest[0] != '0' else '1'}{digest[1:]}  {name}"
    manifest.write_text("".join(lines), encoding="utf-8")
    return name.strip()


def test_a_checksum_damaged_in_one_manifest_names_the_manifest_not_the_file(bag):
    _damage_first_digest(bag / "manifest-sha512.txt")
    report = verify(bag)
    assert report.changed == ["manifest-sha512.txt"]  # the SHA-256 manifest, intact, vouches for the file
    assert not report.ok


def test_a_file_changed_with_a_manifest_damaged_is_named_too(bag):
    name = _damage_first_digest(bag / "manifest-sha512.txt")
    (bag / name).write_bytes((bag / name).read_bytes() + b"\n")
    assert verify(bag).changed == sorted([name, "manifest-sha512.txt"])


def test_a_file_whose_checksums_are_damaged_in_every_manifest_is_named(bag):
    """No intact manifest vouches for the file: it is named with both manifests, as it may be the one to restore."""
    name = _damage_first_digest(bag / "manifest-sha512.txt")
    assert _damage_first_digest(bag / "manifest-sha256.txt") == name
    assert verify(bag).changed == sorted([name, "manifest-sha256.txt", "manifest-sha512.txt"])


def test_a_manifest_line_that_cannot_be_read_is_said_with_its_remedy(bag, capfd):
    for tag_manifest in bag.glob("tagmanifest-*.txt"):
        tag_manifest.unlink()  # else the tag manifests name the manifest as changed, which says it already
    manifest = bag / "manifest-sha256.txt"
    text = manifest.read_text(encoding="utf-8")
    manifest.write_text(text[:-len(text.splitlines()[-1]) - 1] + "0123abcd\n", encoding="utf-8")  # a cut-off line
    report = verify(bag)
    assert report.errors == ["manifest-sha256.txt has a line that is not a checksum and a path ('0123abcd'): it is "
                             "damaged; restore it from a good copy of the bag"]
    assert "Invalid" not in capfd.readouterr().err  # bagit's own log line, which said no remedy, is not printed


def _set_oxum(bag: Path, value: str) -> None:
    info = bag / "bag-info.txt"
    lines = [f"Payload-Oxum: {value}" if line.startswith("Payload-Oxum:") else line
             for line in info.read_text(encoding="utf-8").splitlines()]
    info.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_a_payload_oxum_that_bagit_rejects_fails_verify(bag):
    """Without tag manifests nothing else shows bag-info.txt edited; bagit's validation rejects the bag first."""
    for tag_manifest in bag.glob("tagmanifest-*.txt"):
        tag_manifest.unlink()
    _set_oxum(bag, "12.3")
    with pytest.raises(bagit.BagValidationError, match="Payload-Oxum"):
        bagit.Bag(str(bag)).validate()
    report = verify(bag)
    assert len(report.errors) == 1 and not report.changed
    assert report.errors[0].startswith("bag-info.txt gives the Payload-Oxum 12.3, and the payload is ")
    assert "restore it from a good copy of the bag" in report.errors[0]


def test_a_payload_oxum_is_not_said_again_when_its_cause_is_named(bag):
    original = (bag / "bag-info.txt").read_bytes()
    _set_oxum(bag, "12.3")
    report = verify(bag)
    assert report.changed == ["bag-info.txt"] and not report.errors  # the tag manifests name it
    (bag / "bag-info.txt").write_bytes(original)
    (bag / "data" / "harbour-1.html").write_bytes(b"cut")  # its size alone makes the payload differ from the Oxum
    report = verify(bag)
    assert report.changed == ["data/harbour-1.html"] and not report.errors


@pytest.mark.parametrize(("damage", "said"), [
    (lambda bag: shutil.rmtree(bag / "data"), "Expected data directory data does not exist"),
    (lambda bag: (bag / "bagit.txt").write_text("BagIt-Version: 1.0\n"), "Missing required tag in bagit.txt: Tag-File-Character-Encoding"),
])
def test_a_bag_damaged_in_its_structure_is_one_line_with_its_remedy(bag, damage, said):
    damage(bag)
    result = runner.invoke(app, ["verify", str(bag)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert f"{bag}: not a valid bag: {said}" in result.output
    assert f"{said}; restore it from a good copy of the bag" in result.output


def test_an_intact_bag_verifies_with_no_error(bag):
    report = verify(bag)
    assert report.ok and not report.errors and not report.changed
    bagit.Bag(str(bag)).validate()


# ----- names a disk folds together, and what editors and systems leave -----

def test_names_differing_only_in_unicode_normalisation_are_refused(copy, tmp_path):
    composed = unicodedata.normalize("NFC", "Zoë notes.txt")
    (copy / composed).write_text("a", encoding="utf-8")
    (copy / unicodedata.normalize("NFD", composed)).write_text("b", encoding="utf-8")
    with pytest.raises(PackageError, match="only in how an accented letter is written"):
        package(copy, tmp_path / "bag")
    assert not (tmp_path / "bag").exists()


def test_one_decomposed_name_alone_is_packaged(copy, tmp_path):
    name = unicodedata.normalize("NFD", "Zoë notes.txt")
    (copy / name).write_text("a", encoding="utf-8")
    bag = package(copy, tmp_path / "bag")
    assert (bag / "data" / name).is_file()
    assert verify(bag).ok


@pytest.mark.parametrize("name", ["Thumbs.db", "desktop.ini", "harbour-1.xml~", "~$notes.docx", "__MACOSX/x.html"])
def test_what_an_editor_or_the_system_left_is_refused(copy, tmp_path, name):
    (copy / name).parent.mkdir(parents=True, exist_ok=True)
    (copy / name).write_text("x", encoding="utf-8")
    with pytest.raises(PackageError, match="an editor or the operating system left"):
        package(copy, tmp_path / "bag")
    assert not (tmp_path / "bag").exists()


@pytest.mark.parametrize("name", ["notes~draft.txt", "thumbs.dbx", "approx-~$5.txt"])
def test_a_look_alike_name_is_packaged(copy, tmp_path, name):
    (copy / name).write_text("x", encoding="utf-8")
    assert (package(copy, tmp_path / "bag") / "data" / name).is_file()


# ----- bag-info.txt -----

def test_bag_info_says_one_edition_in_words(tmp_path):
    one = Edition(path=tmp_path / "a.xml", doc_id="a", uri=None, publishers=("P",), project=None, emails=(),
                  addresses=())
    assert bag_info([one], ["a.xml"])["External-Description"] == "This bag holds one TEI P5 edition."
    two = [one, Edition(path=tmp_path / "b.xml", doc_id="b", uri=None, publishers=("P",), project=None, emails=(),
                        addresses=())]
    assert bag_info(two, ["a.xml", "b.xml"])["External-Description"] == "This bag holds 2 TEI P5 editions."


# ----- catalogue records of editions in right-to-left and CJK scripts -----

ARABIC = """مقابلة مع سميرة الخطيب

ليلى حداد: متى بدأتِ العمل في المكتبة الوطنية؟

سميرة الخطيب: بدأت العمل هناك سنة ١٩٨٢، بعد تخرجي من الجامعة.

ليلى حداد: وما الذي تغيّر منذ ذلك الحين؟

سميرة الخطيب: تغيّر كل شيء تقريباً، لكن الكتب بقيت.
"""

JAPANESE = """山田太郎氏インタビュー

聞き手：佐藤花子

佐藤：今日はありがとうございます。

山田：こちらこそ、よろしくお願いします。

佐藤：最初に図書館で働いたのはいつですか。

山田：一九七五年です。大学を出てすぐでした。
"""


@pytest.mark.parametrize(("text", "language", "date"), [(ARABIC, "ar", "2005-03-12"), (JAPANESE, "ja", None)])
def test_the_records_of_an_edition_in_another_script_agree_with_its_header(tmp_path, text, language, date):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "edition.toml").write_text('title = "Intake"\nlicence = "CC BY 4.0"\n'
                                         'licence_uri = "https://creativecommons.org/licenses/by/4.0/"\n',
                                         encoding="utf-8")
    (corpus / "talk.txt").write_text(text, encoding="utf-8")
    sidecar = f'language = "{language}"\n' + (f'[interview]\ndates = ["{date}"]\n' if date else "")
    (corpus / "talk.toml").write_text(sidecar, encoding="utf-8")
    summary = build([corpus], tmp_path / "dist", formats=("tei",), jobs=1)
    assert not summary.failed, [r.error for r in summary.failed]
    tei = etree.parse(str(tmp_path / "dist" / "talk.xml"))
    dc = etree.fromstring(record(tmp_path / "dist" / "talk.xml", "dc").encode())
    mods = etree.fromstring(record(tmp_path / "dist" / "talk.xml", "mods").encode())

    people = tei.xpath("//t:particDesc//t:person[not(t:persName[1]/@type = 'unnamed')]", namespaces=TEI)
    assert len(people) == 2
    assert len(dc.xpath("dc:creator | dc:contributor", namespaces=DC)) == len(people)
    assert len(mods.xpath("m:name", namespaces=MODS)) == len(people)
    family = mods.xpath("m:name/m:namePart[@type='family']/text()", namespaces=MODS)
    for person in people:  # every participant's name, in its script, in both records
        name = "".join(person.xpath("t:persName[1]//text()", namespaces=TEI))
        assert any(name.replace(" ", "").startswith(part.replace(" ", "")) or part in name for part in family), name
    assert dc.xpath("dc:language/text()", namespaces=DC) == [language]
    assert mods.xpath("m:language/m:languageTerm[@type='code']/text()", namespaces=MODS) == [language]
    assert dc.xpath("dc:date/text()", namespaces=DC) == ([date] if date else [])
    assert mods.xpath("m:originInfo[@eventType='production']/m:dateCaptured/text()", namespaces=MODS) == \
        ([date] if date else [])
    assert "https://creativecommons.org/licenses/by/4.0/" in dc.xpath("dc:rights/text()", namespaces=DC)
    assert mods.xpath("m:accessCondition/@xlink:href", namespaces={**MODS, "xlink": "http://www.w3.org/1999/xlink"}) \
        == ["https://creativecommons.org/licenses/by/4.0/"]
    title = "".join(tei.xpath("//t:titleStmt/t:title[1]//text()", namespaces=TEI)).strip()
    assert dc.xpath("dc:title/text()", namespaces=DC)[0].startswith(title)


# ----- a dist folder's own records, sealed in the place of those package makes -----

@pytest.fixture
def with_records(copy) -> Path:
    result = runner.invoke(app, ["metadata", *map(str, sorted(copy.glob("harbour-*.xml"))), "-o", str(copy / "metadata")])
    assert result.exit_code == 0, result.output
    return copy


def test_a_record_cut_short_is_refused_by_package(with_records, tmp_path):
    record_file = with_records / "metadata" / "harbour-1.mods.xml"
    record_file.write_bytes(record_file.read_bytes()[:200])
    with pytest.raises(PackageError, match=r"harbour-1\.mods\.xml: not a well-formed record .*tei-edition metadata"):
        package(with_records, tmp_path / "bag")
    assert not (tmp_path / "bag").exists()


@pytest.mark.parametrize(("name", "root"), [("collection.dc.xml", "an oai_dc:dc"), ("harbour-2.mods.xml", "a mods:mods"),
                                            ("collection.mods.xml", "a mods:modsCollection")])
def test_a_record_with_another_root_is_refused_by_package(with_records, tmp_path, name, root):
    (with_records / "metadata" / name).write_text("<notes>to do</notes>\n", encoding="utf-8")
    with pytest.raises(PackageError, match=f"its root element is notes, not {root}"):
        package(with_records, tmp_path / "bag")


def test_the_records_metadata_writes_are_packaged_as_they_are(with_records, tmp_path):
    bag = package(with_records, tmp_path / "bag")
    assert (bag / "data" / "metadata" / "harbour-1.mods.xml").read_bytes() == \
        (with_records / "metadata" / "harbour-1.mods.xml").read_bytes()


def test_records_written_before_the_edition_changed_are_refused(tmp_path):
    """A record of metadata/ must say what its TEI master's header says: one written before a build that changed the
    header (here a date the sidecar now gives) described in the bag an edition its master no longer is."""
    corpus = corpus_of(tmp_path / "corpus", {"harbour-1.txt": None})
    assert not build([corpus], tmp_path / "dist", formats=("tei",), jobs=1).failed
    result = runner.invoke(app, ["metadata", str(tmp_path / "dist" / "harbour-1.xml"), "-o",
                                 str(tmp_path / "dist" / "metadata")])
    assert result.exit_code == 0, result.output
    (corpus / "harbour-1.toml").write_text('[interview]\ndates = ["1987-05-12"]\n', encoding="utf-8")
    assert not build([corpus], tmp_path / "dist", formats=("tei",), jobs=1).failed
    with pytest.raises(PackageError, match=r'harbour-1\.dc\.xml: does not say what harbour-1\.xml\'s header says '
                                           r'\(date "1987-05-12"\)'):
        package(tmp_path / "dist", tmp_path / "bag")
    assert not (tmp_path / "bag").exists()


def test_a_record_enriched_by_hand_is_packaged(with_records, tmp_path):
    record_file = with_records / "metadata" / "harbour-1.dc.xml"
    text = record_file.read_text(encoding="utf-8")
    record_file.write_text(text.replace("</oai_dc:dc>", "<dc:subject>Harbours</dc:subject></oai_dc:dc>"),
                           encoding="utf-8")
    bag = package(with_records, tmp_path / "bag")
    assert "<dc:subject>Harbours</dc:subject>" in (bag / "data" / "metadata" / "harbour-1.dc.xml").read_text("utf-8")


def test_a_record_corrected_by_hand_against_its_header_is_refused(with_records, tmp_path):
    record_file = with_records / "metadata" / "harbour-2.mods.xml"
    text = record_file.read_text(encoding="utf-8")
    assert "<namePart type=\"family\">Dahl</namePart>" in text
    record_file.write_text(text.replace("<namePart type=\"family\">Dahl</namePart>",
                                        "<namePart type=\"family\">Dahll</namePart>"), encoding="utf-8")
    with pytest.raises(PackageError, match=r'header says \(namePart "Dahl"\).*a record may add to the header'):
        package(with_records, tmp_path / "bag")


def test_validate_names_the_records_package_would_refuse(with_records):
    record_file = with_records / "metadata" / "harbour-2.mods.xml"
    record_file.write_text(record_file.read_text(encoding="utf-8").replace(">Dahl<", ">Dahll<"), encoding="utf-8")
    (with_records / "metadata" / "harbour-1.dc.xml").write_text("<notes/>\n", encoding="utf-8")
    result = runner.invoke(app, ["validate", str(with_records)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    lines = result.output.splitlines()
    assert any(line.startswith(f"{record_file}: does not say what harbour-2.xml's header says (namePart \"Dahl\")")
               for line in lines)
    assert any(line.startswith(f"{with_records / 'metadata' / 'harbour-1.dc.xml'}: not a record") for line in lines)


def test_validate_of_a_folder_with_its_records_whole_passes(with_records):
    result = runner.invoke(app, ["validate", str(with_records)])
    assert result.exit_code == 0, result.output


def test_a_bags_records_are_not_compared_with_the_tei_of_today(bag):
    """They say what the header said when bagged, by the tei-edition of that day; the bag's checksums seal them."""
    record_file = bag / "data" / "metadata" / "harbour-1.mods.xml"
    record_file.write_text(record_file.read_text(encoding="utf-8").replace(">Dahl<", ">Dahll<"), encoding="utf-8")
    result = runner.invoke(app, ["validate", str(bag)])
    assert result.exit_code == 1
    assert [line for line in result.output.splitlines() if "harbour-1.mods.xml" in line] == [
        f"{record_file}: changed since bagging: its checksum does not match the manifest; restore it from a good "
        "copy of the bag"]
