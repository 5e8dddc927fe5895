"""BagIt packages of built editions (package → verify), and the archival checks of `validate`."""

from __future__ import annotations

import shutil
from pathlib import Path

import bagit
import pikepdf
import pytest
from lxml import etree
from typer.testing import CliRunner

from tei_edition import archival
from tei_edition.cli import app
from tei_edition.errors import OverwriteRefused
from tei_edition.package import PackageError, package, verify

ROOT = Path(__file__).parent.parent
DATA = Path(__file__).parent / "data"
EPOCH = "954547200"  # 2000-04-01T00:00:00Z


def make_pdf(path: Path, *, pdfa: bool) -> Path:
    """A one-page PDF; with ``pdfa`` it declares PDF/A-3B (XMP pdfaid + a GTS_PDFA1 output intent)."""
    pdf = pikepdf.new()
    pdf.add_blank_page()
    if pdfa:
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            meta["pdfaid:part"] = "3"
            meta["pdfaid:conformance"] = "B"
        intent = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.OutputIntent, S=pikepdf.Name.GTS_PDFA1,
                                                      OutputConditionIdentifier=pikepdf.String("sRGB")))
        pdf.Root.OutputIntents = pikepdf.Array([intent])
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.save(path, deterministic_id=True)
    return path


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    """A dist folder laid out as `tei-edition build` writes it: tei/, html/, pdf/, the register, an index."""
    from tei_edition.convert import convert_file
    from tei_edition.render import render_html_file

    out = tmp_path_factory.mktemp("dist")
    tei = out / "tei" / "eir-2000-mizin.xml"
    tei.parent.mkdir()
    tei.write_bytes(convert_file(ROOT / "seeds" / "eir-2000-mizin.txt").to_bytes())
    shutil.copy(DATA / "valid_full.xml", out / "tei" / "full.xml")
    render_html_file(tei, out / "html")
    make_pdf(out / "pdf" / "eir-2000-mizin.pdf", pdfa=True)
    shutil.copy(ROOT / "seeds" / "register.xml", out / "register.xml")
    (out / "index.html").write_text("<!DOCTYPE html><title>Interviews</title>", encoding="utf-8")
    (out / ".build-cache").write_text("not archived")
    return out


@pytest.fixture()
def bag(dist, tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    return package(dist, tmp_path / "bag")


def flip_a_byte(path: Path, at: int = 200) -> None:
    data = bytearray(path.read_bytes())
    data[at] ^= 0x01
    path.write_bytes(bytes(data))


# ----- package -----

def test_package_then_verify_passes(bag):
    report = verify(bag)
    assert report.ok, report
    assert report.files > 10
    bagit.Bag(str(bag)).validate()  # and bagit itself agrees


def test_bag_holds_every_output_and_the_metadata(bag):
    payload = sorted(p.relative_to(bag / "data").as_posix() for p in (bag / "data").rglob("*") if p.is_file())
    assert payload == [
        "html/eir-2000-mizin.html",
        "index.html",
        "metadata/collection-level.mods.xml",
        "metadata/collection.dc.xml",
        "metadata/collection.mods.xml",
        "metadata/eir-2000-mizin.dc.xml",
        "metadata/eir-2000-mizin.mods.xml",
        "metadata/full.dc.xml",
        "metadata/full.mods.xml",
        "pdf/eir-2000-mizin.pdf",
        "register.xml",
        "tei/eir-2000-mizin.xml",
        "tei/full.xml",
    ]  # hidden files of the dist folder are left out
    for name in ("bagit.txt", "bag-info.txt", "manifest-sha256.txt", "manifest-sha512.txt",
                 "tagmanifest-sha256.txt", "tagmanifest-sha512.txt"):
        assert (bag / name).is_file(), name
    manifest = (bag / "manifest-sha512.txt").read_text().splitlines()
    assert len(manifest) == len(payload)
    assert all(len(line.split()[0]) == 128 for line in manifest)


def test_bag_info_comes_from_the_tei_headers(bag):
    info = bagit.Bag(str(bag)).info
    assert info["Source-Organization"] == ["tei-edition project", "Example edition"]
    assert info["External-Identifier"] == [
        "https://editions.example.org/interviews/eir-2000-mizin", "https://example.org/edition/full"
    ]
    assert info["Bagging-Date"] == "2000-04-01"  # from SOURCE_DATE_EPOCH
    assert "TEI P5 archival masters of interviews and other spoken records" in info["External-Description"]
    assert "2 TEI P5 editions," in info["External-Description"]
    assert info["Payload-Oxum"].endswith(".13")
    # the headers state no contact: none is invented
    assert not [k for k in info if k.startswith("Contact-") or k == "Organization-Address"]


def test_bag_is_reproducible(dist, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    first, second = package(dist, tmp_path / "one"), package(dist, tmp_path / "two")
    for name in ("manifest-sha512.txt", "bag-info.txt", "tagmanifest-sha256.txt"):
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_package_refuses_an_existing_target_and_replaces_it_only_when_asked(dist, bag):
    before = (bag / "bag-info.txt").read_bytes()
    with pytest.raises(OverwriteRefused):
        package(dist, bag)
    assert (bag / "bag-info.txt").read_bytes() == before
    package(dist, bag, overwrite=True)
    assert verify(bag).ok
    assert [p.name for p in bag.parent.iterdir()] == ["bag"]  # the old bag and the temp folder are gone


def test_a_failure_leaves_no_half_bag(dist, tmp_path, monkeypatch):
    import tei_edition.metadata

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(tei_edition.metadata, "write_records", broken)
    with pytest.raises(RuntimeError):
        package(dist, tmp_path / "bag")
    assert list(tmp_path.iterdir()) == []


def test_a_folder_without_editions_is_refused(tmp_path):
    (tmp_path / "dist").mkdir()
    (tmp_path / "dist" / "index.html").write_text("<p/>")
    with pytest.raises(PackageError, match="no TEI edition"):
        package(tmp_path / "dist", tmp_path / "bag")
    assert not (tmp_path / "bag").exists()


# ----- verify -----

def test_one_changed_byte_fails_and_names_the_file(bag):
    flip_a_byte(bag / "data" / "tei" / "eir-2000-mizin.xml")
    report = verify(bag)
    assert not report.ok
    assert report.changed == ["data/tei/eir-2000-mizin.xml"]
    assert report.missing == report.added == []


def test_a_changed_byte_in_a_pdf_or_in_bag_info_is_named(bag):
    flip_a_byte(bag / "data" / "pdf" / "eir-2000-mizin.pdf", at=20)
    (bag / "bag-info.txt").write_text((bag / "bag-info.txt").read_text().replace("2000-04-01", "2000-04-02"))
    assert verify(bag).changed == ["bag-info.txt", "data/pdf/eir-2000-mizin.pdf"]


def test_missing_and_added_files_are_named(bag):
    (bag / "data" / "html" / "eir-2000-mizin.html").unlink()
    (bag / "data" / "tei" / "intruder.xml").write_text("<x/>")
    (bag / "notes.txt").write_text("a tag file nobody listed")
    report = verify(bag)
    assert report.missing == ["data/html/eir-2000-mizin.html"]
    assert report.added == ["data/tei/intruder.xml", "notes.txt"]
    assert report.changed == []
    messages = [str(p) for p in report.problems()]
    assert any("eir-2000-mizin.html: missing" in m for m in messages)
    assert any("intruder.xml: added" in m for m in messages)


def test_verify_refuses_a_folder_that_is_not_a_bag(tmp_path):
    with pytest.raises(PackageError, match="not a BagIt bag"):
        verify(tmp_path)


# ----- CLI -----

def test_cli_package_and_verify(dist, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    runner = CliRunner()
    result = runner.invoke(app, ["package", str(dist), "-o", str(tmp_path / "bag")])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["verify", str(tmp_path / "bag")])
    assert result.exit_code == 0, result.output
    assert "valid bag" in result.output
    result = runner.invoke(app, ["package", str(dist), "-o", str(tmp_path / "bag")])
    assert result.exit_code == 1 and "already exists" in result.output

    flip_a_byte(tmp_path / "bag" / "data" / "register.xml")
    result = runner.invoke(app, ["verify", str(tmp_path / "bag")])
    assert result.exit_code == 1
    assert f"{tmp_path / 'bag' / 'data' / 'register.xml'}: changed" in result.output


def test_cli_metadata(dist, tmp_path):
    result = CliRunner().invoke(app, ["metadata", str(dist / "tei" / "eir-2000-mizin.xml"), "--format", "mods",
                                      "--no-collection", "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert [p.name for p in tmp_path.iterdir()] == ["eir-2000-mizin.mods.xml"]
    result = CliRunner().invoke(app, ["metadata", str(dist / "tei" / "full.xml"), "--format", "marc", "-o", str(tmp_path)])
    assert result.exit_code == 2


# ----- archival checks -----

def test_a_tei_without_a_licence_fails_the_archival_check(tmp_path):
    tree = etree.parse(str(DATA / "valid_full.xml"))
    for node in tree.xpath("//t:availability/*", namespaces={"t": "http://www.tei-c.org/ns/1.0"}):
        node.getparent().remove(node)
    path = tmp_path / "no-licence.xml"
    tree.write(str(path))
    (problem,) = archival.check_licence(path)
    assert problem.path == str(path) and problem.line is not None
    assert "no licence statement" in problem.message
    assert archival.check_licence(DATA / "valid_full.xml") == []
    assert archival.check_licence(DATA / "sample-edition.xml") == []  # availability/p counts


def test_a_pdf_that_is_not_pdf_a_fails(tmp_path):
    plain = make_pdf(tmp_path / "plain.pdf", pdfa=False)
    (problem,) = archival.check_pdf_a(plain)
    assert "not PDF/A" in problem.message and "pdfaid:part" in problem.message
    assert archival.check_pdf_a(make_pdf(tmp_path / "a.pdf", pdfa=True)) == []
    (tmp_path / "fake.pdf").write_text("not a pdf")
    assert "not a readable PDF" in archival.check_pdf_a(tmp_path / "fake.pdf")[0].message


@pytest.fixture(scope="module")
def edition_pdf(tmp_path_factory) -> Path:
    """The PDF/A the project typesets of the seed."""
    from tei_edition.convert import convert_file
    from tei_edition.pdf import render_pdf

    path = tmp_path_factory.mktemp("pdfa") / "seed.pdf"
    path.write_bytes(render_pdf(convert_file(ROOT / "seeds" / "eir-2000-mizin.txt").to_bytes()))
    return path


def _no_relationship(pdf):
    del pdf.Root.Names.EmbeddedFiles.Names[1].AFRelationship


def _no_mime_type(pdf):
    del pdf.Root.Names.EmbeddedFiles.Names[1].EF.F.Subtype


def _not_associated(pdf):
    del pdf.Root.AF


def _script(pdf):
    pdf.Root.OpenAction = pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS=pikepdf.String("app.alert(1)"))


def _page_action(pdf):
    pdf.pages[0].obj.AA = pikepdf.Dictionary(O=pikepdf.Dictionary(S=pikepdf.Name.Launch, F=pikepdf.String("x")))


def _hidden_link(pdf):
    next(a for page in pdf.pages for a in page.obj.get("/Annots", [])).F = 2


def _font_not_embedded(pdf):
    pdf.pages[0].obj.Resources.Font.Helv = pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica)


@pytest.mark.parametrize("change, said", [
    (_no_relationship, "embedded file 'eir-2000-mizin.xml' lacks its relationship (/AFRelationship)"),
    (_no_mime_type, "lacks its MIME type (/Subtype)"),
    (_not_associated, "lacks a place in the document's associated files (/AF)"),
    (_script, "forbidden actions: JavaScript"),
    (_page_action, "forbidden actions: AA"),
    (_hidden_link, "1 annotation(s) not set to print, or hidden"),
    (_font_not_embedded, "fonts not embedded: Helvetica"),
])
def test_a_pdf_a_changed_against_a_pdf_a_rule_fails_naming_the_rule(edition_pdf, tmp_path, change, said):
    """A PDF that still declares PDF/A but was changed after it was made (a script or a hidden link added, a font
    added unembedded, its source's relationship lost) is named with the rule it breaks."""
    assert archival.check_pdf_a(edition_pdf) == []
    changed = tmp_path / "changed.pdf"
    with pikepdf.open(edition_pdf) as pdf:
        change(pdf)
        pdf.save(changed)
    (problem,) = archival.check_pdf_a(changed)
    assert problem.message.startswith("not PDF/A: ") and said in problem.message, problem.message


def test_an_encrypted_pdf_a_fails(edition_pdf, tmp_path):
    locked = tmp_path / "locked.pdf"
    with pikepdf.open(edition_pdf) as pdf:
        pdf.save(locked, encryption=pikepdf.Encryption(owner="owner", user=""))
    assert [p.message for p in archival.check_pdf_a(locked)] == [
        "not PDF/A: the file is encrypted; render it again from its TEI"]


def test_validate_applies_the_archival_checks_by_file_type(bag, tmp_path):
    runner = CliRunner()
    plain = make_pdf(tmp_path / "plain.pdf", pdfa=False)
    result = runner.invoke(app, ["validate", str(plain)])
    assert result.exit_code == 1 and "not PDF/A" in result.output
    result = runner.invoke(app, ["validate", str(bag / "data" / "pdf" / "eir-2000-mizin.pdf"), str(bag)])
    assert result.exit_code == 0, result.output
    flip_a_byte(bag / "data" / "tei" / "full.xml")
    result = runner.invoke(app, ["validate", str(bag)])
    assert result.exit_code == 1
    assert f"{bag / 'data' / 'tei' / 'full.xml'}: changed" in result.output
    result = runner.invoke(app, ["validate", str(bag / "data" / "tei" / "eir-2000-mizin.xml")])
    assert result.exit_code == 0, result.output


def test_validate_checks_every_tei_file_and_pdf_of_a_folder(dist, tmp_path):
    """`validate dist/` checks what a build wrote: each TEI file (the register too) and PDF, not the HTML, the DC and
    MODS records or hidden files; a bad file among them is named and fails the run."""
    runner = CliRunner()
    result = runner.invoke(app, ["validate", str(dist)])
    assert result.exit_code == 0, result.output
    checked = sorted(line.split(": ")[0] for line in result.output.splitlines())
    assert checked == sorted(str(dist / name) for name in (
        "tei/eir-2000-mizin.xml", "tei/full.xml", "pdf/eir-2000-mizin.pdf", "register.xml"))
    folder = tmp_path / "copy"
    shutil.copytree(dist, folder)
    (folder / "tei" / "broken.xml").write_text("<TEI xmlns='http://www.tei-c.org/ns/1.0'><text>", encoding="utf-8")
    (folder / "record.xml").write_text("<dc xmlns='http://purl.org/dc/elements/1.1/'/>", encoding="utf-8")
    make_pdf(folder / "pdf" / "plain.pdf", pdfa=False)
    result = runner.invoke(app, ["validate", str(folder)])
    assert result.exit_code == 1
    assert f"{folder / 'tei' / 'broken.xml'}:" in result.output and "not PDF/A" in result.output
    assert "record.xml" not in result.output
    assert "2 of 6 checked invalid" in result.output


def test_validate_checks_a_bags_payload_as_well_as_its_checksums(dist, tmp_path, monkeypatch):
    """A bag whose checksums match can still hold a PDF that is not PDF/A: validate names it."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    folder = tmp_path / "dist"
    shutil.copytree(dist, folder)
    make_pdf(folder / "pdf" / "plain.pdf", pdfa=False)
    bag = package(folder, tmp_path / "bag")
    result = CliRunner().invoke(app, ["validate", str(bag)])
    assert result.exit_code == 1
    assert f"{bag}: bag complete, checksums match" in result.output
    assert f"{bag / 'data' / 'pdf' / 'plain.pdf'}:" in result.output and "not PDF/A" in result.output
    assert f"{bag / 'data' / 'tei' / 'eir-2000-mizin.xml'}: valid" in result.output


def test_validate_refuses_a_folder_with_nothing_to_check(tmp_path):
    (tmp_path / "notes.txt").write_text("nothing here")
    result = CliRunner().invoke(app, ["validate", str(tmp_path)])
    assert result.exit_code == 1
    assert f"{tmp_path}: no TEI files or PDFs in this folder" in result.output


# ----- RFC 8493 and what an archive's ingest checks (an archive review) -----

def test_the_bag_is_bagit_1_0_with_bag_size_and_sorted_tag_manifests(bag):
    assert (bag / "bagit.txt").read_bytes() == b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
    loaded = bagit.Bag(str(bag))
    assert loaded.version_info == (1, 0)
    loaded.validate()  # bagit.py validates a 1.0 bag as well
    octets = int(loaded.info["Payload-Oxum"].split(".")[0])
    value, unit = loaded.info["Bag-Size"].split()
    assert unit == "KB" and abs(float(value) * 1000 - octets) < 100
    for algorithm in ("sha256", "sha512"):
        tags = (bag / f"tagmanifest-{algorithm}.txt").read_text(encoding="utf-8").splitlines()
        assert [line.split("  ", 1)[1] for line in tags] == [
            "bag-info.txt", "bagit.txt", "manifest-sha256.txt", "manifest-sha512.txt"]  # sorted, every tag file
        payload = (bag / f"manifest-{algorithm}.txt").read_text(encoding="utf-8").splitlines()
        names = [line.split("  ", 1)[1] for line in payload]
        assert names == sorted(names)


def test_file_names_with_spaces_and_non_ascii_letters_are_bagged_and_verified(dist, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    odd = tmp_path / "dist"
    shutil.copytree(dist, odd)
    (odd / "notes on Mizin – Émile.txt").write_text("a note\r\nwith CRLF\r\n", encoding="utf-8")
    bag = package(odd, tmp_path / "bag")
    assert "data/notes on Mizin – Émile.txt" in (bag / "manifest-sha256.txt").read_text(encoding="utf-8")
    assert verify(bag).ok
    bagit.Bag(str(bag)).validate()
    (bag / "data" / "notes on Mizin – Émile.txt").write_bytes(b"a note\nwith LF\n")  # line endings changed
    assert verify(bag).changed == ["data/notes on Mizin – Émile.txt"]


def test_verify_says_what_to_do_about_each_file(bag):
    flip_a_byte(bag / "data" / "tei" / "eir-2000-mizin.xml")
    (bag / "data" / "index.html").unlink()
    (bag / "data" / "extra.txt").write_text("x")
    messages = [str(p) for p in verify(bag).problems()]
    assert len(messages) == 3 and all("\n" not in m for m in messages)
    (changed,) = [m for m in messages if "eir-2000-mizin.xml" in m]
    (missing,) = [m for m in messages if "index.html" in m]
    (added,) = [m for m in messages if "extra.txt" in m]
    assert "checksum does not match" in changed and "restore it from a good copy" in changed
    assert "missing" in missing and "restore it from a good copy" in missing
    assert "in no manifest" in added and "remove it" in added


def test_the_collection_record_of_a_bag_is_titled_as_the_collection_page(bag):
    root = etree.parse(str(bag / "data" / "metadata" / "collection.dc.xml")).getroot()
    assert root.findtext("{http://purl.org/dc/elements/1.1/}title") == "Interviews"  # the <title> of index.html


@pytest.mark.parametrize("name", ["100%0Adone.txt", "50% off.txt", "two\nlines.txt"])
def test_a_file_name_bagit_tools_would_read_differently_is_refused(dist, tmp_path, name):
    odd = tmp_path / "dist"
    shutil.copytree(dist, odd)
    (odd / name).write_text("x")
    with pytest.raises(PackageError, match="rename it"):
        package(odd, tmp_path / "bag")  # rather than a bag that fails verification as soon as it is made
    assert not (tmp_path / "bag").exists()


def test_validate_names_a_build_output_changed_after_the_build(dist, tmp_path):
    import hashlib
    import json

    built = tmp_path / "dist"
    built.mkdir()
    pdf = make_pdf(built / "eir-2000-mizin.pdf", pdfa=True)
    tei = built / "eir-2000-mizin.xml"
    shutil.copy(dist / "tei" / "eir-2000-mizin.xml", tei)
    digests = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in (pdf, tei)}
    (built / "manifest.json").write_text(json.dumps({"tool": "tei-edition", "documents": {
        "seeds/eir-2000-mizin.txt": {"document_id": "eir-2000-mizin", "outputs": digests}}}))
    runner = CliRunner()
    result = runner.invoke(app, ["validate", str(built)])
    assert result.exit_code == 0, result.output
    # a change no PDF check can see (PDF has no checksum): a comment added after the end of the file
    pdf.write_bytes(pdf.read_bytes() + b"\n% edited after the build\n")
    assert archival.check_pdf_a(pdf) == []  # still a readable PDF/A
    result = runner.invoke(app, ["validate", str(built)])
    assert result.exit_code == 1
    (line,) = [l for l in result.output.splitlines() if "eir-2000-mizin.pdf" in l]
    assert "changed since the build" in line and "manifest.json" in line and "tei-edition build" in line
    assert f"{tei}: valid" in result.output


def test_the_build_manifest_stays_out_of_the_bag(tmp_path):
    """dist/manifest.json is the build's bookkeeping; with sources outside the project it names them by absolute
    paths of the machine that built them ("/home/…/corpus/a.txt"), which an archive should not receive."""
    corpus = tmp_path / "elsewhere" / "corpus"
    shutil.copytree(ROOT / "seeds", corpus)
    dist = tmp_path / "project" / "dist"
    result = CliRunner().invoke(app, ["build", str(corpus), "-o", str(dist), "--formats", "tei,html", "--quiet"])
    assert result.exit_code == 0, result.output
    assert str(corpus) in (dist / "manifest.json").read_text()  # as the build keeps it
    bag = package(dist, tmp_path / "bag")
    assert not (bag / "data" / "manifest.json").exists()
    assert not any(str(tmp_path) in p.read_text(errors="replace") for p in (bag / "data").rglob("*") if p.is_file())
    assert verify(bag).ok


def test_the_build_manifest_is_read_once_for_all_the_outputs_of_a_folder(tmp_path):
    """validate dist/ compared every output with manifest.json by parsing the manifest again for each file: for 400
    editions (a 1 MB manifest) 8.6 s instead of 0.9 s, quadratic in the number of editions."""
    import hashlib
    import json

    outputs = {f"d{i}.xml": f"<TEI n='{i}'/>" for i in range(5)}
    for name, text in outputs.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    digests = {name: hashlib.sha256(text.encode()).hexdigest() for name, text in outputs.items()}
    (tmp_path / "manifest.json").write_text(json.dumps({"documents": {"a.txt": {"outputs": digests}}}), encoding="utf-8")
    archival._read_build_record.cache_clear()
    assert all(archival.check_build_output(tmp_path / name) == [] for name in outputs)
    assert archival._read_build_record.cache_info().misses == 1
    (tmp_path / "d0.xml").write_text("<TEI n='changed'/>", encoding="utf-8")
    assert "changed since the build" in archival.check_build_output(tmp_path / "d0.xml")[0].message
