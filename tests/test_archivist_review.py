"""A library's digital-preservation intake and an edition team's batch runs, reviewed: what a bag must hold and say,
what a second run must find, and the command line's one line per bad input. Each test fails on the code before
its fix."""

from __future__ import annotations

import errno
import fcntl
import os
import re
import shutil
from pathlib import Path

import bagit
import pytest
from typer.testing import CliRunner

from tei_edition.build import MAX_ID_LENGTH, build, collection_heading, id_clash
from tei_edition.cli import app
from tei_edition.config import EditionConfig
from tei_edition.package import package, verify

from .conftest import SEEDS
from .test_bad_input_cli import one_line_error

runner = CliRunner()
HTML = ["--formats", "tei,html", "-q"]


def interview(n: int) -> str:
    return (f"# Harbour talk {n}\n\n*Anna Berg spoke with Carl Dahl.*\n\n**Dahl:** When did harbour {n} open?\n\n"
            f"**Berg:** In {1900 + n}, after a long winter.\n")


def corpus_of(folder: Path, names: dict[str, str | None], title: str | None = "Harbour talks") -> Path:
    """A corpus folder: ``names`` maps a transcript's file name to its sidecar id (None: no sidecar)."""
    folder.mkdir(parents=True)
    if title:
        (folder / "edition.toml").write_text(f'title = "{title}"\nlicence = "CC BY 4.0"\n', encoding="utf-8")
    for n, (name, ident) in enumerate(names.items(), 1):
        (folder / name).write_text(interview(n), encoding="utf-8")
        if ident:
            (folder / name).with_suffix(".toml").write_text(f'id = "{ident}"\n', encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    """The seed and two small interviews built (TEI, HTML) as a build writes them, with its manifest."""
    root = tmp_path_factory.mktemp("intake")
    shutil.copytree(SEEDS, root / "corpus")
    for n in (1, 2):
        (root / "corpus" / f"harbour-{n}.txt").write_text(interview(n), encoding="utf-8")
    summary = build([root / "corpus"], root / "dist", formats=("tei", "html"), jobs=1)
    assert not summary.failed, [r.error for r in summary.failed]
    return root / "dist"


# ----- convert and build refuse the same ids: ids that differ only in case are one file on macOS and Windows -----

def test_convert_refuses_a_second_id_that_differs_only_in_case(tmp_path):
    corpus = corpus_of(tmp_path / "c", {"first.txt": "Harbour-A", "second.txt": "harbour-a"})
    out = tmp_path / "out"
    result = runner.invoke(app, ["convert", str(corpus / "first.txt"), str(corpus / "second.txt"), "-o", str(out)])
    line = one_line_error(result, str(corpus / "second.txt"), "'harbour-a'", "differs only in case from 'Harbour-A'",
                          'second.toml: id = "…"')
    assert "first.txt" in line
    assert [p.name for p in out.iterdir()] == ["Harbour-A.xml"]  # the first one's TEI, not overwritten


def test_convert_of_one_file_named_twice_is_no_clash(tmp_path):
    corpus = corpus_of(tmp_path / "c", {"first.txt": None})
    result = runner.invoke(app, ["convert", str(corpus / "first.txt"), str(corpus), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "error" not in result.output


def test_build_and_convert_give_one_message_for_a_case_clash(tmp_path):
    """One helper (build.id_clash) for both commands: the build's line is the one convert prints."""
    corpus = corpus_of(tmp_path / "c", {"first.txt": "Harbour-A", "second.txt": "harbour-a"})
    built = runner.invoke(app, ["build", str(corpus), "-o", str(tmp_path / "dist"), *HTML])
    converted = runner.invoke(app, ["convert", str(corpus / "first.txt"), str(corpus / "second.txt"), "-o",
                                    str(tmp_path / "tei")])
    failed = [line.removeprefix("failed: ") for line in built.output.splitlines() if line.startswith("failed:")]
    error = one_line_error(converted).removeprefix("error: ")
    assert len(failed) == 1 and "differs only in case" in failed[0]
    # alike but for how each names the first source (the build by its key in the manifest)
    other = re.compile(r"the id of \S+ ")
    assert other.sub("the id of … ", failed[0]) == other.sub("the id of … ", error)


def test_id_clash_keeps_the_first_owner_and_folds_case():
    claimed: dict[str, tuple[str, str]] = {}
    assert id_clash(claimed, "Ab", "one", Path("one.txt")) is None
    assert id_clash(claimed, "Ab", "one", Path("one.txt")) is None  # the same source again
    assert "differs only in case from 'Ab', the id of one" in id_clash(claimed, "aB", "two", Path("two.txt"))
    assert "is already the id of one" in id_clash(claimed, "Ab", "two", Path("two.txt"))
    assert "is already the id of old.txt" in id_clash({}, "cd", "new.txt", Path("new.txt"), earlier=["old.txt"])


# ----- ids no disk can hold -----

@pytest.mark.parametrize(("ident", "expected"), [
    ("con", "the name of a device on Windows"),
    ("AUX", "the name of a device on Windows"),
    ("lpt1.part", "the name of a device on Windows"),
    ("x" * (MAX_ID_LENGTH + 1), f"{MAX_ID_LENGTH + 1} characters long"),
])
def test_an_id_no_disk_can_hold_is_refused_before_its_work(tmp_path, ident, expected):
    corpus = corpus_of(tmp_path / "c", {"good.txt": None, "bad.txt": ident})
    result = runner.invoke(app, ["build", str(corpus), "-o", str(tmp_path / "dist"), *HTML])
    assert result.exit_code == 1
    failed = [line for line in result.output.splitlines() if line.startswith("failed:")]
    assert len(failed) == 1 and failed[0].startswith(f"failed: {corpus / 'bad.txt'}: ") and expected in failed[0]
    assert 'bad.toml: id = "…"' in failed[0] and "Traceback" not in result.output
    assert "1 built, 0 unchanged, 1 failed" in result.output
    assert sorted(p.name for p in (tmp_path / "dist").glob("*.xml")) == ["good.xml"]


def test_a_transcript_name_too_long_for_its_sidecar_fails_alone(tmp_path):
    corpus = corpus_of(tmp_path / "c", {"good.txt": None})
    long_name = "b" * 251 + ".txt"  # 255 bytes: its sidecar's name (256) can exist on no file system
    (corpus / long_name).write_text(interview(9), encoding="utf-8")
    result = runner.invoke(app, ["build", str(corpus), "-o", str(tmp_path / "dist"), *HTML])
    assert result.exit_code == 1 and "Traceback" not in result.output
    failed = [line for line in result.output.splitlines() if line.startswith("failed:")]
    assert len(failed) == 1 and "too long for a file system to hold its sidecar" in failed[0]
    assert "rename it with a shorter name" in failed[0]
    assert "1 built, 0 unchanged, 1 failed" in result.output


def test_an_id_naming_the_collections_records_is_refused_at_build(tmp_path):
    """package writes metadata/collection.dc.xml and .mods.xml: a document 'collection' was built, then its folder
    could not be packaged ("pass --no-collection", an option package does not have)."""
    corpus = corpus_of(tmp_path / "c", {"good.txt": None, "Collection.txt": None})
    result = runner.invoke(app, ["build", str(corpus), "-o", str(tmp_path / "dist"), *HTML])
    failed = [line for line in result.output.splitlines() if line.startswith("failed:")]
    assert len(failed) == 1 and "the collection's catalogue records (collection.dc.xml" in failed[0]
    bag = package(tmp_path / "dist", tmp_path / "bag")
    assert verify(bag).ok


# ----- usage errors: one line, exit 2 -----

@pytest.mark.parametrize(("argv", "names"), [
    (["build", "--jobs", "0"], ["tei-edition build", "'--jobs'"]),
    (["build", "--jobs", "two"], ["tei-edition build", "'--jobs'"]),
    (["render", "x.xml", "--to", "docx"], ["tei-edition render", "'--to'", "'docx'"]),
    (["package"], ["tei-edition package", "missing argument", "dist"]),
    (["build", "--no-such-option"], ["tei-edition build", "--no-such-option"]),
    (["build", "--formats"], ["tei-edition build: option '--formats' requires an argument", "build --help"]),
    (["frobnicate"], ["no such command", "frobnicate"]),
])
def test_a_usage_error_is_one_line(argv, names):
    result = runner.invoke(app, argv)
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output  # not click's usage, hint, blank line and "Error: …"
    assert lines[0].startswith("error: ") and lines[0].endswith("--help")
    for name in names:
        assert name in lines[0], lines[0]


def test_help_and_version_still_exit_0_and_no_arguments_shows_the_help():
    assert runner.invoke(app, ["build", "--help"]).exit_code == 0
    assert runner.invoke(app, ["--version"]).output.startswith("tei-edition ")
    bare = runner.invoke(app, [])
    assert bare.exit_code == 2 and "Commands" in bare.output and "error:" not in bare.output


# ----- the bag as an archive takes it in -----

def test_the_bag_has_tag_manifests_and_bagit_validates_it(dist, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764460800")
    bag = package(dist, tmp_path / "bag")
    for algorithm in ("sha256", "sha512"):
        listed = sorted(line.split("  ", 1)[1] for line in
                        (bag / f"tagmanifest-{algorithm}.txt").read_text(encoding="utf-8").splitlines())
        assert listed == ["bag-info.txt", "bagit.txt", "manifest-sha256.txt", "manifest-sha512.txt"]
    bagit.Bag(str(bag)).validate()
    info = (bag / "bag-info.txt").read_text(encoding="utf-8")
    assert "Bagging-Date: 2025-11-30" in info
    oxum = re.search(r"Payload-Oxum: (\d+)\.(\d+)", info)
    payload = [p for p in (bag / "data").rglob("*") if p.is_file()]
    assert (int(oxum[1]), int(oxum[2])) == (sum(p.stat().st_size for p in payload), len(payload))
    assert verify(bag).files == len(payload)  # what the command says, as Payload-Oxum counts (was + 4 tag files)
    for edition in ("eir-2000-mizin", "harbour-1", "harbour-2"):  # a record of each edition, in both formats
        assert (bag / "data" / "metadata" / f"{edition}.dc.xml").is_file()
        assert (bag / "data" / "metadata" / f"{edition}.mods.xml").is_file()
    copy = shutil.copytree(bag, tmp_path / "copied" / "bag")  # fixity verifies again where the bag was copied
    result = runner.invoke(app, ["verify", str(copy)])
    assert result.exit_code == 0 and f"({len(payload)} files in data/, checksums match)" in result.output
    (copy / "bag-info.txt").write_text(info.replace("2025-11-30", "2025-12-01"), encoding="utf-8")
    assert "bag-info.txt" in verify(copy).changed  # a tag file changed is named: the tag manifests cover it


def test_verifying_a_bag_without_tag_manifests_warns(dist, tmp_path):
    bag = package(dist, tmp_path / "bag")
    assert verify(bag).warnings == []
    for manifest in bag.glob("tagmanifest-*.txt"):
        manifest.unlink()
    bagit.Bag(str(bag)).validate()  # RFC 8493 allows it
    for command in (["verify", str(bag)], ["validate", str(bag)]):
        result = runner.invoke(app, command)
        assert result.exit_code == 0, result.output
        warned = [line for line in result.output.splitlines() if line.startswith("warning:")]
        assert len(warned) == 1 and "no SHA-256 or SHA-512 tag manifest (tagmanifest-sha256.txt)" in warned[0]


def test_a_half_bag_left_by_a_killed_run_is_removed_by_the_next(dist, tmp_path):
    target = tmp_path / "bags" / "interviews"
    target.parent.mkdir()
    killed = target.parent / ".interviews.k1ll3d00.tmp"  # as package's own temporary folder is named
    (killed / "data").mkdir(parents=True)
    (killed / "data" / "half.xml").write_text("<TEI", encoding="utf-8")
    running = target.parent / ".interviews.run0ing0.tmp"  # another run, still making its bag: held
    running.mkdir()
    (target.parent / ".interviews.backup-2025.tmp").mkdir()  # no name package gives: not its to remove
    handle = os.open(running, os.O_RDONLY)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)
        package(dist, target)
        assert running.is_dir()
    finally:
        os.close(handle)
    assert sorted(p.name for p in target.parent.iterdir()) == [
        ".interviews.backup-2025.tmp", ".interviews.run0ing0.tmp", "interviews"]
    package(dist, target, overwrite=True)
    assert sorted(p.name for p in target.parent.iterdir()) == [".interviews.backup-2025.tmp", "interviews"]
    assert verify(target).ok


def test_an_old_bag_moved_aside_by_a_killed_run_goes_back(dist, tmp_path):
    """Killed between moving the old bag aside and renaming the new one into place: no bag where there was one."""
    target = tmp_path / "interviews"
    package(dist, target)
    aside = tmp_path / ".interviews.m0v3d0ld.old"
    os.rename(target, aside)
    with pytest.raises(Exception) as refused:  # the old bag is back: replacing it takes --force, as before
        package(dist, target)
    assert "already exists" in str(refused.value)
    assert verify(target).ok and not aside.exists()


@pytest.mark.parametrize(("name", "expected"), [
    ("notes?.txt", "a character Windows does not allow"),
    ("notes .txt ", "ends in a dot or a space"),
    ("aux.xml", "a device's on Windows"),
    ("Com1.notes.txt", "a device's on Windows"),
    ("REGISTER.xml", "differs only in case from"),
])
def test_a_payload_name_not_every_disk_holds_is_refused(dist, tmp_path, name, expected):
    copy = shutil.copytree(dist, tmp_path / "dist")
    (copy / name).write_text("a note", encoding="utf-8")
    result = runner.invoke(app, ["package", str(copy), "-o", str(tmp_path / "bag")])
    one_line_error(result, expected, "rename")
    assert not (tmp_path / "bag").exists() and [p.name for p in tmp_path.iterdir()] == ["dist"]


# ----- the collection index of several collections -----

def test_collection_heading_names_every_collection():
    one, two = EditionConfig(title="Harbour talks"), EditionConfig(title="Mill voices", language="de")
    assert collection_heading([one, EditionConfig(title="Harbour talks")]) == ("Harbour talks", "en")
    assert collection_heading([one, two]) == ("Harbour talks · Mill voices", "mul")
    assert collection_heading([]) == (EditionConfig().title, "en")


def test_an_index_built_from_two_configs_is_titled_by_both(tmp_path):
    corpus_of(tmp_path / "a", {"harbour.txt": None}, title="Harbour talks")
    corpus_of(tmp_path / "b", {"mill.txt": None}, title="Mill voices")
    result = runner.invoke(app, ["build", str(tmp_path / "a"), str(tmp_path / "b"), "-o", str(tmp_path / "dist"), *HTML])
    assert result.exit_code == 0, result.output
    page = (tmp_path / "dist" / "index.html").read_text(encoding="utf-8")
    assert "<title>Harbour talks · Mill voices</title>" in page


# ----- a damaged manifest -----

def test_a_damaged_manifest_is_said_and_costs_no_ids_and_no_hand_edit(tmp_path):
    corpus = corpus_of(tmp_path / "c", {"talk.txt": None})
    out = tmp_path / "dist"
    assert runner.invoke(app, ["build", str(corpus), "-o", str(out), *HTML]).exit_code == 0
    tei = out / "talk.xml"
    edited = tei.read_bytes().replace(b"after a long winter", b"after a long, cold winter")
    tei.write_bytes(edited)  # an edit by hand: its checksum no longer matches
    (out / "manifest.json").write_text('{"documents": {"talk.txt": ', encoding="utf-8")  # a half-written copy
    result = runner.invoke(app, ["build", str(corpus), "-o", str(out), *HTML])
    assert result.exit_code == 1
    assert f"warning: {out / 'manifest.json'}: it cannot be read" in result.output
    failed = [line for line in result.output.splitlines() if line.startswith("failed:")]
    assert len(failed) == 1 and "not overwritten" in failed[0] and "--force" in failed[0]
    assert tei.read_bytes() == edited  # the hand edit kept, as with a sound manifest


def test_a_damaged_manifest_keeps_the_ids_of_a_changed_document(tmp_path):
    corpus = corpus_of(tmp_path / "c", {"talk.txt": None})
    out = tmp_path / "dist"
    assert runner.invoke(app, ["build", str(corpus), "-o", str(out), *HTML]).exit_code == 0
    source = corpus / "talk.txt"
    source.write_text(source.read_text(encoding="utf-8").replace("**Dahl:** When", "**Dahl:** A first question.\n\n"
                                                                 "**Berg:** Yes.\n\n**Dahl:** When"), encoding="utf-8")
    (out / "manifest.json").write_text("not json", encoding="utf-8")
    result = runner.invoke(app, ["build", str(corpus), "-o", str(out), *HTML])
    assert result.exit_code == 0, result.output
    tei = (out / "talk.xml").read_text(encoding="utf-8")
    # the old paragraphs keep their ids, the new ones get numbers above every old one (renumbered in order before)
    assert 'xml:id="talk-p2">When did harbour 1 open' in tei and 'xml:id="talk-p4">A first question' in tei


# ----- what the bag holds of a build's own files, and a build still running -----

def test_a_build_report_in_dist_stays_out_of_the_bag(tmp_path):
    """README's example writes the report into dist/: it names the sources' paths on the building machine and its
    timings differ at every run, so two bags of the same editions differed."""
    corpus = corpus_of(tmp_path / "c", {"talk.txt": None})
    out = tmp_path / "dist"
    assert runner.invoke(app, ["build", str(corpus), "-o", str(out), *HTML, "--report", str(out / "report.json")]
                         ).exit_code == 0
    (out / "notes.json").write_text('{"counts": "mine"}', encoding="utf-8")  # a JSON file of the edition's own
    bag = package(out, tmp_path / "bag")
    assert not (bag / "data" / "report.json").exists() and (bag / "data" / "notes.json").is_file()
    assert "report.json" not in (bag / "manifest-sha256.txt").read_text(encoding="utf-8")


def test_package_refuses_a_folder_a_build_is_writing_into(dist, tmp_path):
    with open(dist / ".tei-edition.lock", "a+b") as held:  # as a build running in another process holds it
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        result = runner.invoke(app, ["package", str(dist), "-o", str(tmp_path / "bag")])
        one_line_error(result, f"{dist}: a tei-edition build is writing into this folder", "once the build has ended")
    assert not (tmp_path / "bag").exists()
    assert runner.invoke(app, ["package", str(dist), "-o", str(tmp_path / "bag")]).exit_code == 0


def test_a_damaged_build_manifest_is_no_silent_pass_for_validate_and_package(dist, tmp_path):
    copy = shutil.copytree(dist, tmp_path / "dist")
    (copy / "eir-2000-mizin.xml").write_bytes((copy / "eir-2000-mizin.xml").read_bytes() + b"\n")  # changed since
    (copy / "manifest.json").write_text('{"tool": "tei-edition", "docum', encoding="utf-8")  # cut off
    result = runner.invoke(app, ["package", str(copy), "-o", str(tmp_path / "bag")])
    one_line_error(result, f"{copy / 'manifest.json'}: it cannot be read", "run tei-edition build again")
    assert not (tmp_path / "bag").exists()
    result = runner.invoke(app, ["validate", str(copy)])
    assert result.exit_code == 1
    assert f"{copy / 'manifest.json'}: it cannot be read" in result.output


def test_a_dist_metadata_folder_must_describe_every_edition(dist, tmp_path):
    copy = shutil.copytree(dist, tmp_path / "dist")
    editions = [copy / f"{name}.xml" for name in ("eir-2000-mizin", "harbour-1", "harbour-2")]
    assert runner.invoke(app, ["metadata", *map(str, editions[:2]), "-o", str(copy / "metadata")]).exit_code == 0
    result = runner.invoke(app, ["package", str(copy), "-o", str(tmp_path / "bag")])
    one_line_error(result, f"{copy / 'metadata'}: holds no harbour-2.dc.xml (and 1 more)", "tei-edition metadata")
    assert not (tmp_path / "bag").exists()
    assert runner.invoke(app, ["metadata", *map(str, editions), "-o", str(copy / "metadata")]).exit_code == 0
    bag = package(copy, tmp_path / "bag")
    assert (bag / "data" / "metadata" / "harbour-2.mods.xml").is_file() and verify(bag).ok


def test_a_backup_of_a_hand_edited_tei_is_not_sealed_into_the_bag(dist, tmp_path):
    copy = shutil.copytree(dist, tmp_path / "dist")
    shutil.copy(copy / "harbour-1.xml", copy / "harbour-1.xml.bak2")  # as build --force keeps an edited TEI
    result = runner.invoke(app, ["package", str(copy), "-o", str(tmp_path / "bag")])
    one_line_error(result, f"{copy / 'harbour-1.xml.bak2'}: a backup of a TEI edited by hand", "move it out")
    assert not (tmp_path / "bag").exists()


@pytest.mark.parametrize("kind", ["folder", "file", "link"])
def test_force_replaces_a_bag_only(dist, tmp_path, kind):
    target = tmp_path / "bags"
    if kind == "folder":
        target.mkdir()
        (target / "thesis.odt").write_text("a year of work", encoding="utf-8")
    elif kind == "file":
        target.write_text("a year of work", encoding="utf-8")
    else:
        (tmp_path / "elsewhere").mkdir()
        target.symlink_to(tmp_path / "elsewhere")
    before = sorted(p.name for p in tmp_path.rglob("*"))
    result = runner.invoke(app, ["package", str(dist), "-o", str(target), "--force"])
    one_line_error(result, f"{target}: exists and is no bag", "--force replaces only a bag")
    assert sorted(p.name for p in tmp_path.rglob("*")) == before
    package(dist, tmp_path / "bag")
    assert runner.invoke(app, ["package", str(dist), "-o", str(tmp_path / "bag"), "--force"]).exit_code == 0


def test_convert_refuses_an_id_differing_only_in_case_from_a_file_already_there(tmp_path):
    corpus = corpus_of(tmp_path / "c", {"first.txt": "Harbour-A", "second.txt": "harbour-a"})
    out = tmp_path / "out"
    assert runner.invoke(app, ["convert", str(corpus / "first.txt"), "-o", str(out)]).exit_code == 0
    before = (out / "Harbour-A.xml").read_bytes()
    result = runner.invoke(app, ["convert", str(corpus / "second.txt"), "-o", str(out)])
    one_line_error(result, "'harbour-a' differs only in case from that of", str(out / "Harbour-A.xml"),
                   'second.toml: id = "…"')
    assert [p.name for p in out.iterdir()] == ["Harbour-A.xml"] and (out / "Harbour-A.xml").read_bytes() == before
    assert runner.invoke(app, ["convert", str(corpus / "first.txt"), "-o", str(out)]).exit_code == 0  # its own file


# ----- the register beside the editions -----

def test_a_renamed_register_leaves_no_old_copy_and_a_changed_copy_is_caught(tmp_path):
    corpus = shutil.copytree(SEEDS, tmp_path / "seeds")
    out = tmp_path / "dist"
    assert runner.invoke(app, ["build", str(corpus), "-o", str(out), *HTML]).exit_code == 0
    (corpus / "register.xml").rename(corpus / "people.xml")
    config = corpus / "edition.toml"
    config.write_text(config.read_text(encoding="utf-8").replace('"register.xml"', '"people.xml"'), encoding="utf-8")
    assert runner.invoke(app, ["build", str(corpus), "-o", str(out), *HTML]).exit_code == 0
    assert (out / "people.xml").is_file() and not (out / "register.xml").exists()  # was a second register, bagged
    (out / "people.xml").write_bytes((out / "people.xml").read_bytes().replace(b"Mizin", b"Mizyn"))
    result = runner.invoke(app, ["validate", str(out)])
    assert result.exit_code == 1 and f"{out / 'people.xml'}: changed since the build" in result.output
    one_line_error(runner.invoke(app, ["package", str(out), "-o", str(tmp_path / "bag")]),
                   f"{out / 'people.xml'}: changed since the build")


# ----- a system error says what to do about its kind -----

@pytest.mark.parametrize(("code", "remedy"), [
    (errno.EACCES, "check its permissions, or give a folder you can write to"),
    (errno.EROFS, "the disk is mounted read-only: give a folder on a disk you can write to"),
    (errno.ENAMETOOLONG, "the name is longer than the file system allows: shorten it (or the folders above it)"),
    (errno.ENOSPC, "free some space on that disk (or give another), then run the command again"),
    (errno.EIO, "check the path, its permissions and the free space"),
])
def test_a_system_error_says_what_to_do_about_its_kind(code, remedy):
    from tei_edition.errors import os_error_message, unwritten_message

    error = OSError(code, os.strerror(code), "/srv/dist/talk.html")
    assert os_error_message(error) == f"/srv/dist/talk.html: cannot read or write: {os.strerror(code)}; {remedy}"
    unnamed = unwritten_message(OSError(code, os.strerror(code)), "talk.txt", "/srv/dist")
    assert unnamed.startswith(f"talk.txt: cannot write its outputs into /srv/dist: {os.strerror(code)}; ")
    if code != errno.EIO:
        assert unnamed.endswith(remedy)


def register_of(folder: Path, entries: dict[str, str]) -> None:
    """A register of persons (id → full name) named by the folder's edition.toml."""
    people = "".join(f"<person xml:id='{ident}'><persName type='full'>{name}</persName></person>"
                     for ident, name in entries.items())
    (folder / "people.xml").write_text(f"<TEI xmlns='http://www.tei-c.org/ns/1.0'><standOff><listPerson>{people}"
                                       "</listPerson></standOff></TEI>", encoding="utf-8")
    config = folder / "edition.toml"
    config.write_text(config.read_text(encoding="utf-8") + 'register = "people.xml"\n', encoding="utf-8")


def test_an_index_of_two_collections_names_the_entries_of_both_registers(tmp_path):
    (a, b), out = [corpus_of(tmp_path / n, {f"{n}.txt": None}, title=f"Talks {n}") for n in "ab"], tmp_path / "dist"
    register_of(a, {"anna-berg": "Anna Berg"})
    register_of(b, {"carl-dahl": "Carl Dahl", "anna-berg": "Anna Berg"})  # the same entry in both: no conflict
    # one register's name for both: build refuses it (README); each collection's copy is written as its name says
    (b / "people.xml").rename(b / "people-b.xml")
    (b / "edition.toml").write_text((b / "edition.toml").read_text(encoding="utf-8").replace('"people.xml"',
                                                                                            '"people-b.xml"'))
    result = runner.invoke(app, ["build", str(a), str(b), "-o", str(out), *HTML])
    assert result.exit_code == 0, result.output
    page = (out / "index.html").read_text(encoding="utf-8")
    assert 'id="anna-berg"' in page and 'id="carl-dahl"' in page
    assert re.search(r'id="carl-dahl">\s*<strong>Carl Dahl</strong>', page), page  # was the bare id, under "Other"
    assert not list(out.glob(".index-registers*"))


def test_two_registers_giving_one_id_to_two_entries_are_refused(tmp_path):
    (a, b), out = [corpus_of(tmp_path / n, {f"{n}.txt": None}, title=f"Talks {n}") for n in "ab"], tmp_path / "dist"
    register_of(a, {"p1": "Anna Berg"})
    register_of(b, {"p1": "Carl Dahl"})
    (b / "people.xml").rename(b / "people-b.xml")
    (b / "edition.toml").write_text((b / "edition.toml").read_text(encoding="utf-8").replace('"people.xml"',
                                                                                            '"people-b.xml"'))
    result = runner.invoke(app, ["build", str(a), str(b), "-o", str(out), *HTML])
    one_line_error(result, f"{b / 'people-b.xml'}: its entry 'p1' is not the entry of that id in {a / 'people.xml'}",
                   "own output folder (-o)")
    assert not out.exists() or not list(out.glob("*.xml"))
    assert runner.invoke(app, ["build", str(a), str(b), "-o", str(out), "--formats", "tei", "-q"]).exit_code == 0


# ----- a PDF/A claim the file does not keep -----

def test_a_pdf_declaring_level_a_must_be_tagged(tmp_path):
    """PDF/A-3a is PDF/A-3b plus a structure tree: a file whose XMP says 'A' without one (XMP copied from a tagged
    edition, edited by a tool) passed validate as PDF/A."""
    import pikepdf

    from tei_edition.archival import check_pdf_a

    pdf = pikepdf.new()
    pdf.add_blank_page()
    with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
        meta["pdfaid:part"], meta["pdfaid:conformance"] = "3", "A"
    pdf.Root.OutputIntents = pikepdf.Array([pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.OutputIntent, S=pikepdf.Name.GTS_PDFA1, OutputConditionIdentifier=pikepdf.String("sRGB")))])
    pdf.save(tmp_path / "untagged.pdf", deterministic_id=True)
    problems = [p.message for p in check_pdf_a(tmp_path / "untagged.pdf")]
    assert problems == ["not PDF/A: conformance level A (tagged) declared, but the file lacks /MarkInfo /Marked true "
                        "and a structure tree (/StructTreeRoot) and the document's language (/Lang); render it again "
                        "from its TEI"]
    pdf.Root.MarkInfo = pikepdf.Dictionary(Marked=True)
    pdf.Root.StructTreeRoot = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.StructTreeRoot))
    pdf.Root.Lang = pikepdf.String("en")
    pdf.save(tmp_path / "tagged.pdf", deterministic_id=True)
    assert check_pdf_a(tmp_path / "tagged.pdf") == []


@pytest.mark.parametrize("title", ['""', '"   "'])
def test_an_empty_edition_title_is_refused(tmp_path, title):
    corpus = corpus_of(tmp_path / "c", {"talk.txt": None}, title="x")
    (corpus / "edition.toml").write_text(f"title = {title}\n", encoding="utf-8")
    result = runner.invoke(app, ["build", str(corpus), "-o", str(tmp_path / "dist"), *HTML])
    one_line_error(result, f"{corpus / 'edition.toml'}: title is empty", "leave the key out")
    assert not (tmp_path / "dist").exists()


def test_a_corpus_config_without_a_licence_is_said_once(tmp_path):
    corpus = corpus_of(tmp_path / "c", {"one.txt": None, "two.txt": None})
    (corpus / "edition.toml").write_text('title = "Harbour talks"\n', encoding="utf-8")
    result = runner.invoke(app, ["build", str(corpus), "-o", str(tmp_path / "dist"), *HTML])
    assert result.exit_code == 0, result.output
    said = [line for line in result.output.splitlines() if "no licence" in line]
    assert said == [f"warning: {corpus / 'edition.toml'}: no licence: the editions state the source text's rights "
                    "status but no licence of their own, which an archive's intake asks for; add licence (and "
                    "licence_uri) to it"]
    (corpus / "edition.toml").write_text('title = "Harbour talks"\nlicence = "CC BY 4.0"\n', encoding="utf-8")
    assert "no licence" not in runner.invoke(app, ["build", str(corpus), "-o", str(tmp_path / "dist"), *HTML]).output


def test_an_interrupted_package_says_so_and_leaves_nothing(dist, tmp_path, monkeypatch):
    from tei_edition import package as packaging

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt  # Ctrl-C while the bag's checksums are computed
    monkeypatch.setattr(packaging, "_finish_bag", interrupted)
    result = runner.invoke(app, ["package", str(dist), "-o", str(tmp_path / "bag")])
    assert result.exit_code == 130 and "Traceback" not in result.output
    assert result.output.strip() == ("interrupted: no half-made bag is left (a bag it replaces stays until the new one "
                                     "is whole); package again")
    assert list(tmp_path.iterdir()) == []


# ----- a file name in another system's encoding -----

def test_a_transcript_named_in_another_encoding_is_one_line_in_every_command(tmp_path):
    """'Müller.txt' from a zip made on Windows, unpacked here: the name's bytes are cp1252, not UTF-8. build failed it
    as an internal error and its --report crashed; convert and entities printed tracebacks."""
    import json

    corpus = corpus_of(tmp_path / "c", {"good.txt": None})
    misnamed = os.path.join(os.fsencode(corpus), b"M\xfcller.txt")
    with open(misnamed, "w", encoding="utf-8") as stream:
        stream.write(interview(7))
    expected = "M\\udcfcller.txt: its name is not UTF-8 text"
    report = tmp_path / "report.json"
    result = runner.invoke(app, ["build", str(corpus), "-o", str(tmp_path / "dist"), *HTML, "--report", str(report)])
    assert result.exit_code == 1 and "Traceback" not in result.output and "internal error" not in result.output
    failed = [line for line in result.output.splitlines() if line.startswith("failed:")]
    assert len(failed) == 1 and expected in failed[0] and "rename it" in failed[0]
    assert json.loads(report.read_text(encoding="utf-8"))["counts"] == {"built": 1, "unchanged": 0, "failed": 1}
    for command in (["convert", str(corpus), "-o", str(tmp_path / "tei")], ["entities", str(corpus)]):
        result = runner.invoke(app, command)
        one_line_error(result, expected)
    assert [p.name for p in (tmp_path / "tei").iterdir()] == ["good.xml"]


def test_a_tei_file_named_in_another_encoding_is_one_line_for_the_file_commands(dist, tmp_path):
    copy = shutil.copytree(dist, tmp_path / "dist")
    misnamed = os.path.join(os.fsencode(copy), b"M\xfcller.xml")
    shutil.copy(copy / "harbour-1.xml", misnamed)
    given = Path(os.fsdecode(misnamed))
    expected = "M\\udcfcller.xml: its name is not UTF-8 text"
    for command in (["cite", str(given)], ["render", str(given), "-o", str(tmp_path / "html")],
                    ["metadata", str(given), "-o", str(tmp_path / "meta")], ["validate", str(given)]):
        one_line_error(runner.invoke(app, command), expected)
    result = runner.invoke(app, ["validate", str(copy)])  # found in a folder: that file is invalid, the rest checked
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert expected in result.output and f"{copy / 'harbour-2.xml'}: valid" in result.output
    one_line_error(runner.invoke(app, ["package", str(copy), "-o", str(tmp_path / "bag")]), expected)
