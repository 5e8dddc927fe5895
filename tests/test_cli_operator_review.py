"""An operator's and archivist's review of the collection commands: inputs that used to build, package or describe
the wrong thing without a word. Each case: one line naming the file, what is wrong and what to do, the exit code,
and what is (not) written."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tei_edition.cli import app
from tei_edition.errors import InputError
from tei_edition.register import load_register

from .conftest import SEEDS
from .test_bad_input_cli import corpus, one_line_error  # noqa: F401 - corpus: a copy of seeds/, a fixture

runner = CliRunner()
TEI_ONLY = ["--formats", "tei", "--quiet"]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """The seed built (TEI and HTML) into dist/, beside its sources: TEI, register.xml, index.html, manifest."""
    root = tmp_path_factory.mktemp("built")
    shutil.copytree(SEEDS, root / "seeds")
    result = runner.invoke(app, ["build", str(root / "seeds"), "-o", str(root / "dist"), "--formats", "tei,html", "-q"])
    assert result.exit_code == 0, result.output
    return root / "dist"


def files(folder: Path) -> dict[str, bytes]:
    """The outputs in a folder (not the build's hidden lock file)."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if not p.name.startswith(".")} \
        if folder.exists() else {}


# ----- build: a document id that is the name of a file the build writes itself -----

@pytest.mark.parametrize(("name", "sidecar_id", "what"), [
    ("index.txt", None, "the collection's index page (index.html)"),
    ("Index.txt", None, "the collection's index page (index.html)"),  # one file on a case-insensitive disk
    ("register.txt", None, "the register (register.xml)"),
    ("talk.txt", "index", "the collection's index page (index.html)"),
])
def test_a_document_id_naming_the_builds_own_files_is_refused(tmp_path, corpus, name, sidecar_id, what):
    shutil.copy(corpus / "eir-2000-mizin.txt", corpus / name)
    if sidecar_id:
        (corpus / name).with_suffix(".toml").write_text(f'id = "{sidecar_id}"\n', encoding="utf-8")
    out = tmp_path / "dist"
    result = runner.invoke(app, ["build", str(corpus), "-o", str(out), "--formats", "tei,html", "-q"])
    assert result.exit_code == 1
    failed = [line for line in result.output.splitlines() if line.startswith(f"failed: {corpus / name}")]
    assert len(failed) == 1 and f"would give its outputs the name of {what}" in failed[0], result.output
    assert 'id = "…"' in failed[0]
    assert "1 built, 0 unchanged, 1 failed" in result.output  # the seed is built all the same
    assert (out / "register.xml").read_bytes() == (corpus / "register.xml").read_bytes()  # not a TEI of the text
    assert "Interviews: a tei-edition collection" in (out / "index.html").read_text(encoding="utf-8")


# ----- the register: entries every document naming them would carry -----

@pytest.mark.parametrize(("old", "new", "expected"), [
    ('<person xml:id="viktor-mizin">', '<person xml:id="viktor mizin">',
     'value "viktor mizin" of attribute "xml:id" on element "person" is invalid: must be an XML name'),
    ('<person xml:id="viktor-mizin">', '<person xml:id="1viktor">', 'value "1viktor" of attribute "xml:id"'),
    ('<person xml:id="viktor-mizin">', '<person xml:id="viktor-mizin" sameAs="#nobody">',
     'attribute "sameAs" on element "person" points to "#nobody", but no element has xml:id "nobody"'),
    ('<persName type="full">Viktor Mizin</persName>',
     '<persName type="full">Viktor Mizin</persName><affiliation ref="#no-such-org">UN</affiliation>',
     'attribute "ref" on element "affiliation" points to "#no-such-org"'),
    ('<persName type="full">Viktor Mizin</persName>', '<persName type="full">Viktor Mizin</persName><foo/>',
     'element "foo" not allowed anywhere'),
])
def test_a_register_entry_that_is_not_valid_tei_fails_the_corpus_naming_its_line(tmp_path, corpus, old, new,
                                                                                   expected):
    out = tmp_path / "dist"
    args = ["build", str(corpus), "-o", str(out), "--formats", "tei,html", "-q"]
    assert runner.invoke(app, args).exit_code == 0
    before = files(out)
    register = corpus / "register.xml"
    text = register.read_text(encoding="utf-8")
    assert old in text
    register.write_text(text.replace(old, new, 1), encoding="utf-8")
    line = text[:text.index(old)].count("\n") + 1
    result = runner.invoke(app, args)
    message = one_line_error(result, f"{register}: register entries not valid as TEI of this edition (line {line}: ",
                             expected, "fix them", "schema/tei-edition.xsd")
    assert "converter bug" not in result.output and "internal error" not in result.output, message
    assert files(out) == before  # nothing rebuilt with it, the good register.xml and index.html kept


@pytest.mark.parametrize(("content", "expected"), [
    ("", "register is not well-formed XML (line 1: Document is empty); fix the register"),
    ("<TEI xmlns='http://www.tei-c.org/ns/1.0'>\n<standOff>\n<listOrg>\n<org xml:id='a'>",
     "register is not well-formed XML (line 4: "),
    # a register needs no more of a header than its entries' lists
    ("<TEI xmlns='http://www.tei-c.org/ns/1.0'><standOff><listOrg><org xml:id='a b'><orgName>X</orgName></org>"
     "</listOrg></standOff></TEI>", 'line 1: value "a b" of attribute "xml:id" on element "org" is invalid'),
    ("<TEI xmlns='http://www.tei-c.org/ns/1.0'><standOff><listOrg><org xml:id='a'><orgName>X</orgName></org>"
     "<org xml:id='a'><orgName>Y</orgName></org></listOrg></standOff></TEI>",
     "register entry id 'a' is used twice; give each entry an xml:id of its own"),
])
def test_register_errors_say_where_and_what_to_do(tmp_path, content, expected):
    path = tmp_path / "names.xml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as error:
        load_register(path)
    assert str(error.value).startswith(f"{path}: ") and expected in str(error.value), str(error.value)
    assert "<string>" not in str(error.value)


def test_a_register_of_entries_alone_still_loads(tmp_path):
    from tei_edition.register import is_register

    path = tmp_path / "names.xml"
    path.write_text("<TEI xmlns='http://www.tei-c.org/ns/1.0'><standOff><listOrg><org xml:id='a'><orgName>X"
                    "</orgName></org></listOrg></standOff></TEI>", encoding="utf-8")
    assert load_register(path).ids == {"a"}
    assert is_register(path) and not is_register(SEEDS / "eir-2000-mizin.txt")


# ----- edition.toml: permalinks without a scheme, a register that is not there -----

@pytest.mark.parametrize(("old", "new", "expected"), [
    ('base_uri = "https://editions.example.org/interviews/"', 'base_uri = "editions.example.org/interviews/"',
     "base_uri 'editions.example.org/interviews/' is not an absolute URI; give it with its scheme"),
    ('base_uri = "https://editions.example.org/interviews/"', 'base_uri = "https://example.org/oral history/"',
     "is not an absolute URI; give it with its scheme and without spaces, such as https://"),
    ('licence_uri = "https://creativecommons.org/licenses/by/4.0/"',
     'licence_uri = "creativecommons.org/licenses/by/4.0/"',
     "licence_uri 'creativecommons.org/licenses/by/4.0/' is not an absolute URI"),
    ('register = "register.xml"', 'register = "names.xml"',
     "register 'names.xml' does not exist ("),
    ('register = "register.xml"', 'register = "."', "register '.' is a folder ("),
])
@pytest.mark.parametrize("command", ["build", "convert"])
def test_a_corpus_config_naming_what_cannot_be_is_one_line(tmp_path, corpus, old, new, expected, command):
    config = corpus / "edition.toml"
    text = config.read_text(encoding="utf-8")
    assert old in text
    config.write_text(text.replace(old, new), encoding="utf-8")
    out = tmp_path / "out"
    source = corpus if command == "build" else corpus / "eir-2000-mizin.txt"
    extra = TEI_ONLY if command == "build" else ["--config", str(config)]
    one_line_error(runner.invoke(app, [command, str(source), "-o", str(out), *extra]), f"{config}: ", expected)
    assert not any(out.rglob("*.xml"))


def test_a_urn_is_a_base_uri(tmp_path, corpus):
    config = corpus / "edition.toml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        'base_uri = "https://editions.example.org/interviews/"', 'base_uri = "urn:nbn:de:0000-"'), encoding="utf-8")
    result = runner.invoke(app, ["build", str(corpus), "-o", str(tmp_path / "dist"), *TEI_ONLY])
    assert result.exit_code == 0, result.output


# ----- the register where an edition is wanted: render, cite, metadata -----

def test_metadata_of_dist_passes_over_the_register(tmp_path, built):
    out = tmp_path / "records"
    result = runner.invoke(app, ["metadata", *map(str, sorted(built.glob("*.xml"))), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert f"warning: {built / 'register.xml'}: a TEI without a text (the register of names?), not an edition; " \
           "passed over" in result.output
    assert sorted(files(out)) == ["collection-level.mods.xml", "collection.dc.xml", "collection.mods.xml",
                                  "eir-2000-mizin.dc.xml", "eir-2000-mizin.mods.xml"]
    assert (out / "collection.mods.xml").read_text(encoding="utf-8").count("<mods ") == 1  # no register as interview


@pytest.mark.parametrize("command", ["metadata", "render", "render-pdf", "cite"])
@pytest.mark.parametrize("given", ["register.xml", "eir-2000-mizin.pdf"])
def test_the_register_or_a_pdf_where_an_edition_is_wanted_is_one_line(tmp_path, built, command, given):
    file = built / given
    if given.endswith(".pdf"):
        file = tmp_path / given
        file.write_bytes(b"%PDF-1.7\n%\xe2\xe3\n")
    out = tmp_path / "out"
    args = {"metadata": ["metadata", str(file), "-o", str(out)], "render": ["render", str(file), "-o", str(out)],
            "render-pdf": ["render", str(file), "--to", "pdf", "-o", str(out)], "cite": ["cite", str(file)]}[command]
    expected = ("a TEI without a text (the register of names?), not an edition" if given == "register.xml"
                else "a PDF, not a TEI file; give the edition's TEI (eir-2000-mizin.xml")
    result = runner.invoke(app, args)
    one_line_error(result, f"{file}: ", expected)
    assert "Interview" not in result.output and not list(out.glob("*"))


def test_resolve_in_a_file_says_it_takes_a_folder(built):
    file = built / "eir-2000-mizin.xml"
    one_line_error(runner.invoke(app, ["resolve", "eir-2000-mizin-p3", "--in", str(file)]),
                   f"{file}: a file, not a folder; --in takes the folder", f"(--in {built})")


# ----- package: never seal an output the build did not write -----

@pytest.mark.parametrize("tamper", ["edited", "truncated"])
def test_package_refuses_an_output_changed_since_the_build(tmp_path, built, tamper):
    dist = tmp_path / "dist"
    shutil.copytree(built, dist)
    tei = dist / "eir-2000-mizin.xml"
    data = tei.read_bytes()
    tei.write_bytes(data.replace(b"Mizin", b"Mizim") if tamper == "edited" else data[: len(data) // 2])
    bag = tmp_path / "bag"
    one_line_error(runner.invoke(app, ["package", str(dist), "-o", str(bag)]),
                   f"{tei}: changed since the build: its SHA-256 is not the one manifest.json records; "
                   "run tei-edition build again")
    assert not bag.exists() and not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


# ----- build: the output folder and a bag inside the sources, sidecars without transcripts, removals -----

def test_the_output_folder_and_a_bag_inside_the_sources_are_no_sources(corpus):
    out = corpus / "dist"
    args = ["build", str(corpus), "-o", str(out), *TEI_ONLY]
    assert runner.invoke(app, args).exit_code == 0
    (out / "notes.txt").write_text("What to check before publishing.\n", encoding="utf-8")
    assert runner.invoke(app, ["package", str(out), "-o", str(corpus / "bag")]).exit_code == 0
    result = runner.invoke(app, args)
    assert result.exit_code == 0 and "0 built, 1 unchanged, 0 failed" in result.output, result.output


def test_the_output_folder_may_be_the_sources_folder(tmp_path, corpus):
    result = runner.invoke(app, ["build", str(corpus), "-o", str(corpus), *TEI_ONLY])
    assert result.exit_code == 0 and "1 built" in result.output, result.output


def test_a_sidecar_without_its_transcript_is_named_and_a_removed_source_too(tmp_path, corpus):
    out = tmp_path / "dist"
    shutil.copy(corpus / "eir-2000-mizin.txt", corpus / "second.txt")
    assert runner.invoke(app, ["build", str(corpus), "-o", str(out), *TEI_ONLY]).exit_code == 0
    (corpus / "second.txt").unlink()
    (corpus / "eir-2000-mizin.txt").rename(corpus / "eir-2000-mizin-final.txt")  # its sidecar left behind
    result = runner.invoke(app, ["build", str(corpus), "-o", str(out), *TEI_ONLY])
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.output.splitlines() if "a sidecar without its transcript" in line]
    assert warnings == [f"warning: {corpus / 'eir-2000-mizin.toml'}: a sidecar without its transcript (no "
                        "eir-2000-mizin.txt, .md, .vtt or .srt beside it): no document takes its facts, its document "
                        "id among them; name it as its transcript is named, or remove it"]
    removed = sorted(line for line in result.output.splitlines() if line.startswith("removed:"))
    assert removed == [f"removed: seeds/{name}: the source is gone; its outputs were removed"
                       for name in ("eir-2000-mizin.txt", "second.txt")]
    assert sorted(files(out)) == ["eir-2000-mizin-final.xml", "manifest.json", "register.xml"]


def test_a_folder_without_transcripts_says_what_to_give(tmp_path):
    (tmp_path / "empty").mkdir()
    one_line_error(runner.invoke(app, ["build", str(tmp_path / "empty"), "-o", str(tmp_path / "dist")]),
                   "no transcripts (.txt, .md, .vtt, .srt) found; give the transcripts, or a folder that holds them")
    assert not (tmp_path / "dist").exists()


# ----- collections with configs of their own; ids that differ only in case; what a path names -----

def test_two_collections_with_different_registers_of_one_name_are_refused_before_building(tmp_path):
    root = tmp_path / "collections"
    for name in ("a", "b"):
        shutil.copytree(SEEDS, root / name)
    register_b = root / "b" / "register.xml"
    register_b.write_text(register_b.read_text(encoding="utf-8").replace("Viktor Mizin", "Viktor A. Mizin"),
                          encoding="utf-8")
    (root / "b" / "eir-2000-mizin.toml").write_text('id = "second"\n', encoding="utf-8")
    out = tmp_path / "dist"
    one_line_error(runner.invoke(app, ["build", str(root), "-o", str(out), *TEI_ONLY]),
                   f"{root / 'b' / 'edition.toml'}: names a register other than {root / 'a' / 'edition.toml'}'s",
                   f"both would be written to {out / 'register.xml'}; build each collection into its own output folder")
    assert not list(out.glob("*.xml"))
    register_b.write_bytes((root / "a" / "register.xml").read_bytes())  # the same register twice is one
    assert runner.invoke(app, ["build", str(root), "-o", str(out), *TEI_ONLY]).exit_code == 0


def test_document_ids_that_differ_only_in_case_are_one_file_name(tmp_path, corpus):
    shutil.copy(corpus / "eir-2000-mizin.txt", corpus / "talk.txt")
    (corpus / "eir-2000-mizin.toml").write_text('id = "Talk"\n', encoding="utf-8")
    result = runner.invoke(app, ["build", str(corpus), "-o", str(tmp_path / "dist"), *TEI_ONLY])
    assert result.exit_code == 1
    assert f"failed: {corpus / 'talk.txt'}: document id 'talk' differs only in case from 'Talk', the id of " \
           "seeds/eir-2000-mizin.txt (one file name on a disk that ignores case" in result.output, result.output
    assert sorted(p.name for p in (tmp_path / "dist").glob("*.xml")) == ["Talk.xml", "register.xml"]


@pytest.mark.parametrize(("args", "expected"), [
    (["verify", "{tmp}/nowhere"], "{tmp}/nowhere: no such folder; give the folder of a bag, as tei-edition package"),
    (["verify", "{tmp}"], "{tmp}: not a BagIt bag (no bagit.txt); give the folder of a bag"),
    (["build", "{seeds}", "-o", "{tmp}/dist", "--config", "{tmp}/nope.toml"],
     "{tmp}/nope.toml: cannot read: No such file or directory; give a TOML file that exists and can be read"),
])
def test_a_path_that_names_nothing_usable_says_what_to_give(tmp_path, args, expected):
    def filled(text: str) -> str:
        return text.format(tmp=tmp_path, seeds=SEEDS)

    one_line_error(runner.invoke(app, [filled(a) for a in args]), filled(expected))
    assert not (tmp_path / "dist").exists()


def test_a_second_build_into_a_folder_being_built_is_refused(tmp_path, corpus):
    import fcntl

    out = tmp_path / "dist"
    args = ["build", str(corpus), "-o", str(out), *TEI_ONLY]
    assert runner.invoke(app, args).exit_code == 0
    before = files(out)
    with open(out / ".tei-edition.lock", "a+b") as held:  # as a build running in another process holds it
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        one_line_error(runner.invoke(app, [*args, "--force"]),
                       f"{out}: another tei-edition build is writing into this folder; wait for it to end")
    assert files(out) == before
    assert runner.invoke(app, [*args, "--force"]).exit_code == 0  # the lock goes with the build that held it


def test_a_build_of_fewer_formats_does_not_delete_the_editions_already_built(tmp_path, corpus):
    out = tmp_path / "dist"
    assert runner.invoke(app, ["build", str(corpus), "-o", str(out), "--formats", "tei,html", "-q"]).exit_code == 0
    before = files(out)
    args = ["build", str(corpus), "-o", str(out), "--formats", "tei", "-q"]
    one_line_error(runner.invoke(app, args),
                   f"{out}: holds the html editions of an earlier build, which a build of --formats tei would delete; "
                   "build them too (--formats tei,html), build into another folder (-o), or remove those files first")
    assert files(out) == before  # the pages kept, and the index page linking to them
    (out / "eir-2000-mizin.html").unlink()  # dropping a format on purpose
    result = runner.invoke(app, args)
    assert result.exit_code == 0 and "1 built" in result.output, result.output


def test_a_transcript_linked_into_the_corpus_is_built_as_the_link_names_it(tmp_path, corpus):
    store = tmp_path / "store"
    store.mkdir()
    (corpus / "eir-2000-mizin.txt").rename(store / "raw-0001.txt")  # the corpus: links to a store of raw files
    (corpus / "eir-2000-mizin.txt").symlink_to(store / "raw-0001.txt")
    out = tmp_path / "dist"
    result = runner.invoke(app, ["build", str(corpus), "-o", str(out), *TEI_ONLY])
    assert result.exit_code == 0, result.output
    assert sorted(files(out)) == ["eir-2000-mizin.xml", "manifest.json", "register.xml"]  # not raw-0001.xml
    tei = (out / "eir-2000-mizin.xml").read_text(encoding="utf-8")
    assert "Executive Intelligence Review" in tei and "tei-edition project" in tei  # its sidecar, its corpus config


@pytest.mark.parametrize("epoch", ["abc", "99999999999999"])
@pytest.mark.parametrize("command", ["build", "convert", "render-pdf", "package"])
def test_a_source_date_epoch_that_dates_nothing_is_one_line(tmp_path, built, monkeypatch, epoch, command):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    out = tmp_path / "out"
    args = {"build": ["build", str(SEEDS), "-o", str(out), *TEI_ONLY],
            "convert": ["convert", str(SEEDS / "eir-2000-mizin.txt"), "-o", str(out)],
            "render-pdf": ["render", str(built / "eir-2000-mizin.xml"), "--to", "pdf", "-o", str(out)],
            "package": ["package", str(built), "-o", str(out)]}[command]
    one_line_error(runner.invoke(app, args),
                   f"error: SOURCE_DATE_EPOCH: '{epoch}' is not a moment in seconds since 1970-01-01 UTC (such as "
                   "1700000000); set it to one, or unset it")
    assert not out.exists() and not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


@pytest.mark.parametrize(("target", "expected"), [
    ("dist/manifest.json", "the build's own manifest, which the report would replace"),
    ("dist/../dist/manifest.json", "the build's own manifest"),
    ("dist/eir-2000-mizin.xml", "a report is JSON, and a file of another kind (a transcript, an edition) is never"),
    ("seeds/eir-2000-mizin.txt", "a report is JSON"),
    ("notes.json", "a file that is no report of an earlier build, which the report would replace"),
])
def test_a_report_never_replaces_a_file_that_is_not_one(tmp_path, corpus, target, expected):
    out = tmp_path / "dist"
    args = ["build", str(corpus), "-o", str(out), *TEI_ONLY]
    assert runner.invoke(app, [*args, "--report", str(tmp_path / "report.json")]).exit_code == 0
    (tmp_path / "notes.json").write_text('{"to do": ["check the dates"]}\n', encoding="utf-8")
    report = tmp_path / target
    before, source = files(out), (corpus / "eir-2000-mizin.txt").read_bytes()
    one_line_error(runner.invoke(app, [*args, "--force", "--report", str(report)]), f"{report}: {expected}",
                   "give --report a file name of its own")
    assert files(out) == before and (corpus / "eir-2000-mizin.txt").read_bytes() == source
    assert (tmp_path / "notes.json").read_text(encoding="utf-8").startswith('{"to do"')
    again = runner.invoke(app, [*args, "--report", str(tmp_path / "report.json")])  # an earlier report is replaced
    assert again.exit_code == 0, again.output


@pytest.mark.parametrize(("name", "content", "formats", "expected"), [
    ("index.html", "<html><title>Our oral history site</title></html>\n", "tei,html",
     "a page tei-edition did not write, which the build would replace with the collection's index page; move it"),
    ("register.xml", "<TEI xmlns='http://www.tei-c.org/ns/1.0'/>\n", "tei",
     "a file tei-edition did not write, which the build would replace with a copy of the register ("),
])
def test_a_build_into_a_folder_never_replaces_a_file_of_the_name_of_its_own(tmp_path, corpus, name, content, formats,
                                                                          expected):
    out = tmp_path / "www"  # a site's folder given with -o
    out.mkdir()
    (out / name).write_text(content, encoding="utf-8")
    one_line_error(runner.invoke(app, ["build", str(corpus), "-o", str(out), "--formats", formats, "-q"]),
                   f"{out / name}: {expected}")
    assert files(out) == {name: content.encode("utf-8")}


def test_a_changed_document_id_is_said_with_the_permalinks_it_breaks(tmp_path, corpus):
    out = tmp_path / "dist"
    args = ["build", str(corpus), "-o", str(out), *TEI_ONLY]
    assert runner.invoke(app, args).exit_code == 0
    sidecar = corpus / "eir-2000-mizin.toml"
    sidecar.write_text(sidecar.read_text(encoding="utf-8").replace('id = "eir-2000-mizin"', 'id = "mizin-2000"'),
                       encoding="utf-8")
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "warning: seeds/eir-2000-mizin.txt: its document id changed from 'eir-2000-mizin' to 'mizin-2000', so its " \
           "outputs under 'eir-2000-mizin' were removed and permalinks to eir-2000-mizin no longer lead to it; to " \
           'keep them, give it id = "eir-2000-mizin" in its sidecar (eir-2000-mizin.toml)' in result.output
    assert sorted(files(out)) == ["manifest.json", "mizin-2000.xml", "register.xml"]


@pytest.mark.parametrize("name", ["eir-2000-mizin.toml", "edition.toml"])
def test_a_toml_file_a_windows_editor_saved_is_read_or_named(tmp_path, corpus, name):
    toml = corpus / name
    text = toml.read_text(encoding="utf-8")
    out = tmp_path / "dist"
    toml.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))  # Notepad's UTF-8: a BOM, CRLF
    result = runner.invoke(app, ["build", str(corpus), "-o", str(out), *TEI_ONLY])
    assert result.exit_code == 0, result.output
    tei = (out / "eir-2000-mizin.xml").read_text(encoding="utf-8")
    assert "Executive Intelligence Review" in tei and "tei-edition project" in tei
    toml.write_bytes(text.encode("utf-16"))  # Notepad's "Unicode"
    result = runner.invoke(app, ["build", str(corpus), "-o", str(tmp_path / "again"), *TEI_ONLY])
    assert result.exit_code == 1
    assert f"{toml}: not UTF-8 text: saved as UTF-16 (it starts with a byte-order mark); TOML files must be saved " \
        "as UTF-8" in result.output, result.output


@pytest.mark.parametrize(("full_at", "expected"), [
    ("eir-2000-mizin.xml", "failed: {seeds}/eir-2000-mizin.txt: cannot write its outputs into {out}: No space left on "
                           "device; free some space on that disk (or give another), then run the command again"),
    ("index.html", "failed: {out}/index.html: cannot read or write: No space left on device; free some space"),
    ("register.xml", "failed: {out}/register.xml: cannot read or write: No space left on device; free some space"),
    ("manifest.json", "error: {out}/manifest.json: cannot read or write: No space left on device; free some space"),
])
def test_a_full_disk_names_what_could_not_be_written(tmp_path, corpus, monkeypatch, full_at, expected):
    import errno

    from tei_edition import build, collection, textio

    def write_atomic(target, data, **options):
        if Path(target).name == full_at:
            raise OSError(errno.ENOSPC, "No space left on device")  # as a failed write says it: no file named
        return textio.write_atomic(target, data, **options)

    monkeypatch.setattr(build, "write_atomic", write_atomic)
    monkeypatch.setattr(collection, "write_atomic", write_atomic)
    out = tmp_path / "dist"
    result = runner.invoke(app, ["build", str(corpus), "-o", str(out), "--formats", "tei,html", "-q", "-j", "1"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert expected.format(seeds=corpus, out=out) in result.output, result.output
    assert "check the paths given" not in result.output  # the line without a path


@pytest.mark.parametrize("command", ["convert", "metadata", "package"])
def test_a_full_disk_names_the_output_of_each_command(tmp_path, built, monkeypatch, command):
    import errno

    from tei_edition import convert, metadata, package, textio

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")  # as a failed write says it: no file named

    out = tmp_path / "out"
    if command == "convert":
        monkeypatch.setattr(convert, "write_atomic", full)
        args = ["convert", str(SEEDS / "eir-2000-mizin.txt"), "-o", str(out)]
        expected = f"error: {SEEDS / 'eir-2000-mizin.txt'}: cannot write its TEI into {out}: No space left on device"
    elif command == "metadata":
        monkeypatch.setattr(metadata, "write_atomic", full)
        args = ["metadata", str(built / "eir-2000-mizin.xml"), "-o", str(out)]
        expected = f"error: {out / 'eir-2000-mizin.dc.xml'}: cannot read or write: No space left on device"
    else:
        monkeypatch.setattr(package.shutil, "copy2", full)
        args = ["package", str(built), "-o", str(out)]
        expected = f"error: {out}: cannot write the bag: No space left on device; check the free space"
    assert textio.write_atomic is not full
    result = runner.invoke(app, args)
    one_line_error(result, expected)
    assert "check the paths given" not in result.output
    assert not out.exists() or not any(out.iterdir())
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


@pytest.mark.parametrize("hidden", ["._eir-2000-mizin.txt", ".venv/lib/LICENSE.txt", ".obsidian/notes.md"])
def test_hidden_files_and_folders_in_the_corpus_are_no_sources(tmp_path, corpus, hidden):
    (corpus / hidden).parent.mkdir(parents=True, exist_ok=True)
    (corpus / hidden).write_bytes(b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        " if hidden.startswith("._")
                                  else b"MIT License\n")  # macOS's AppleDouble file: binary, sorted first
    result = runner.invoke(app, ["build", str(corpus), "-o", str(tmp_path / "dist"), *TEI_ONLY])
    assert result.exit_code == 0 and "1 built, 0 unchanged, 0 failed" in result.output, result.output
    assert (tmp_path / "dist" / "eir-2000-mizin.xml").is_file()


def test_resolve_in_a_bag_looks_in_its_payload(tmp_path, built):
    bag = tmp_path / "bag"
    assert runner.invoke(app, ["package", str(built), "-o", str(bag)]).exit_code == 0
    result = runner.invoke(app, ["resolve", "eir-2000-mizin-p3", "--in", str(bag)])
    assert result.exit_code == 0 and f"¶ 3 in {bag / 'data' / 'eir-2000-mizin.xml'}" in result.output, result.output
