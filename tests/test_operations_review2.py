"""Operations review, round 2: what a collection's team and an archive meet when a build fails, a folder cannot be
written, and a folder is packaged."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tei_edition.build import build
from tei_edition.cli import app
from tei_edition.package import PackageError, package

from .conftest import SEEDS
from .test_build import small_interview as interview

runner = CliRunner()
FORMATS = ("tei", "html")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in ("edition.toml", "register.xml"):
        shutil.copy(SEEDS / name, folder / name)
    for n in (1, 2):
        (folder / f"harbour-{n}.txt").write_text(interview(n), encoding="utf-8")
    return folder


def entries(out: Path) -> dict[str, dict]:
    return json.loads((out / "manifest.json").read_text(encoding="utf-8"))["documents"]


def break_source(corpus: Path) -> None:
    """harbour-2.txt edited into a file no build can convert (no speaker turns)."""
    (corpus / "harbour-2.txt").write_text("A note with no speakers at all.\n", encoding="utf-8")


# ----- a source whose latest build failed: its earlier outputs are kept, and said to be earlier -----

def test_a_failed_build_keeps_the_earlier_outputs_and_marks_them(corpus, tmp_path):
    out = tmp_path / "dist"
    build([corpus], out, formats=FORMATS, jobs=1)
    good = (out / "harbour-2.xml").read_bytes()
    break_source(corpus)
    summary = build([corpus], out, formats=FORMATS, jobs=1)
    assert summary.counts() == {"built": 0, "unchanged": 1, "failed": 1}
    assert (out / "harbour-2.xml").read_bytes() == good  # no good file replaced by nothing
    marks = {Path(key).name: entry.get("failed") for key, entry in entries(out).items()}
    assert "no speaker turns" in marks["harbour-2.txt"] and marks["harbour-1.txt"] is None
    assert summary.notes == [f"{out}: the outputs of the last good build of 1 failed source(s) stay there, linked "
                             "from the index page; tei-edition package refuses them until those sources build again "
                             "or are taken out of the collection"]


def test_package_refuses_the_earlier_outputs_of_a_source_whose_latest_build_failed(corpus, tmp_path):
    out = tmp_path / "dist"
    build([corpus], out, formats=FORMATS, jobs=1)
    break_source(corpus)
    build([corpus], out, formats=FORMATS, jobs=1)
    result = runner.invoke(app, ["package", str(out), "-o", str(tmp_path / "bag")])
    assert result.exit_code == 1 and "Traceback" not in result.output
    line = result.output.strip()
    assert "\n" not in line and line.startswith(f"error: {out}/harbour-2.")
    assert "latest build of its source (corpus/harbour-2.txt) failed (no speaker turns" in line
    assert "fix the source and build again" in line and "(and 1 more outputs)" in line
    assert not (tmp_path / "bag").exists()


def test_validate_names_the_earlier_outputs_and_the_failure(corpus, tmp_path):
    out = tmp_path / "dist"
    build([corpus], out, formats=FORMATS, jobs=1)
    break_source(corpus)
    build([corpus], out, formats=FORMATS, jobs=1)
    result = runner.invoke(app, ["validate", str(out)])
    assert result.exit_code == 1
    assert f"{out / 'harbour-2.xml'}: an earlier build's output" in result.output
    assert f"{out / 'harbour-1.xml'}: valid" in result.output  # guard: its neighbour is not touched


def test_a_fixed_source_packages_again(corpus, tmp_path):
    out = tmp_path / "dist"
    build([corpus], out, formats=FORMATS, jobs=1)
    break_source(corpus)
    build([corpus], out, formats=FORMATS, jobs=1)
    (corpus / "harbour-2.txt").write_text(interview(2).replace("long winter", "short winter"), encoding="utf-8")
    assert build([corpus], out, formats=FORMATS, jobs=1).counts()["built"] == 1
    assert not any("failed" in entry for entry in entries(out).values())
    assert package(out, tmp_path / "bag").is_dir()


def test_an_edit_undone_makes_the_earlier_outputs_current_again(corpus, tmp_path):
    """The source back as it was: the outputs are its edition (unchanged, not rebuilt), and the mark goes."""
    out = tmp_path / "dist"
    build([corpus], out, formats=FORMATS, jobs=1)
    break_source(corpus)
    build([corpus], out, formats=FORMATS, jobs=1)
    (corpus / "harbour-2.txt").write_text(interview(2), encoding="utf-8")
    assert build([corpus], out, formats=FORMATS, jobs=1).counts() == {"built": 0, "unchanged": 2, "failed": 0}
    assert not any("failed" in entry for entry in entries(out).values())
    assert package(out, tmp_path / "bag").is_dir()


def test_a_source_removed_after_its_failure_takes_its_outputs_and_packages(corpus, tmp_path):
    out = tmp_path / "dist"
    build([corpus], out, formats=FORMATS, jobs=1)
    break_source(corpus)
    build([corpus], out, formats=FORMATS, jobs=1)
    with pytest.raises(PackageError):
        package(out, tmp_path / "bag")
    (corpus / "harbour-2.txt").unlink()
    assert build([corpus], out, formats=FORMATS, jobs=1).removed == ["corpus/harbour-2.txt"]
    assert not (out / "harbour-2.xml").exists()
    assert package(out, tmp_path / "bag").is_dir()


def test_a_first_build_that_fails_leaves_nothing_to_mark(corpus, tmp_path):
    """Guard: a source that never built has no entry and no outputs; package takes the others."""
    out = tmp_path / "dist"
    (corpus / "notes.txt").write_text("A note with no speakers at all.\n", encoding="utf-8")
    assert build([corpus], out, formats=FORMATS, jobs=1).counts()["failed"] == 1
    assert "corpus/notes.txt" not in entries(out)
    assert not any("last good build" in note for note in build([corpus], out, formats=FORMATS, jobs=1).notes)
    assert package(out, tmp_path / "bag").is_dir()


# ----- the embedded TEI's date in an undated build -----

FULL = Path(__file__).parent / "data" / "valid_full.xml"  # one change, dated 2024-01-02


def embedded_dates(tei: bytes) -> tuple[str, str, bool]:
    """The embedded file's ModDate and CreationDate, and whether the PDF has dates of its own."""
    import io

    import pikepdf

    from tei_edition.pdf import render_pdf

    with pikepdf.open(io.BytesIO(render_pdf(tei))) as pdf:
        (spec,) = pdf.attachments.values()
        params = spec.obj.EF.F.Params
        return str(params.ModDate), str(params.CreationDate), "/ModDate" in pdf.docinfo


def with_changes(*whens: str) -> bytes:
    text = FULL.read_text(encoding="utf-8")
    old = '<change when="2024-01-02" who="#encoding-resp">'
    assert old in text
    changes = "".join(f'<change when="{when}">Edited by hand.</change>' for when in whens)
    return text.replace(old, changes + old).encode("utf-8")


@pytest.fixture
def undated(monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)


def test_an_undated_build_dates_the_embedded_tei_by_its_latest_change_even_with_a_time(undated):
    """An editor's change dated to the second, in another zone, is the latest: the file is dated by it, in UTC."""
    assert embedded_dates(with_changes("2025-06-30T23:30:00-02:00")) == ("D:20250701013000Z", "D:20250701013000Z",
                                                                         False)


def test_a_month_alone_or_an_earlier_moment_does_not_date_the_embedded_tei(undated):
    """Guard: '2026-03' names no day, and a moment before the converter's day is not the latest."""
    assert embedded_dates(with_changes("2026-03", "2023-12-31T10:00:00Z"))[0] == "D:20240102000000Z"


def test_source_date_epoch_dates_the_pdf_and_its_embedded_tei_alike(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764460800")  # 2025-11-30
    assert embedded_dates(with_changes("2026-01-01")) == ("D:20251130000000Z", "D:20251130000000Z", True)


# ----- a source removed or renamed: a TEI edited by hand is kept -----

def test_a_removed_source_keeps_its_hand_edited_tei_as_a_backup(corpus, tmp_path):
    out = tmp_path / "dist"
    build([corpus], out, formats=FORMATS, jobs=1)
    tei = out / "harbour-2.xml"
    edited = tei.read_text(encoding="utf-8").replace("after a long winter", "after a long, hard winter")
    tei.write_text(edited, encoding="utf-8")
    (corpus / "harbour-2.txt").rename(corpus / "harbour-two.txt")  # renamed: a new document id
    summary = build([corpus], out, formats=FORMATS, jobs=1)
    assert summary.removed == ["corpus/harbour-2.txt"] and not tei.exists()
    assert (out / "harbour-2.xml.bak").read_text(encoding="utf-8") == edited
    kept, renamed = summary.notes  # the second: harbour-two.txt is harbour-2.txt renamed (see below)
    assert kept == (f"corpus/harbour-2.txt: the source is gone, and its TEI had been edited since the build: kept as "
                    f"{out / 'harbour-2.xml.bak'} (its edits are in no edition now); carry them over to the source or "
                    "its new edition, then move the backup out of the folder")
    assert renamed.startswith("corpus/harbour-two.txt (was corpus/harbour-2.txt)")
    assert not (out / "harbour-2.html").exists() and (out / "harbour-two.xml").is_file()


def test_a_removed_source_whose_outputs_are_as_built_leaves_no_backup(corpus, tmp_path):
    """Guard: outputs as the build wrote them are only removed, with no note."""
    out = tmp_path / "dist"
    build([corpus], out, formats=FORMATS, jobs=1)
    (corpus / "harbour-2.txt").unlink()
    summary = build([corpus], out, formats=FORMATS, jobs=1)
    assert summary.removed == ["corpus/harbour-2.txt"] and summary.notes == []
    assert not any(out.glob("harbour-2.*"))


# ----- one name in two Unicode forms -----

def test_one_name_in_two_unicode_forms_is_said_so(corpus, tmp_path):
    """'café.txt' composed and decomposed (as macOS writes it): two files that look alike in every listing."""
    composed, decomposed = "caf\u00e9.txt", "cafe\u0301.txt"
    (corpus / composed).write_text(interview(3), encoding="utf-8")
    (corpus / decomposed).write_text(interview(3), encoding="utf-8")
    summary = build([corpus], tmp_path / "dist", formats=FORMATS, jobs=1)
    (failed,) = summary.failed
    assert "the same name in another Unicode form" in failed.error and "remove or rename one of them" in failed.error
    assert "give this transcript its own id" not in failed.error


def test_two_names_that_only_slug_alike_keep_the_sidecar_advice(corpus, tmp_path):
    """Guard: 'cafe.txt' and 'café.txt' are two names (one id, 'cafe'): each may have an id of its own."""
    (corpus / "cafe.txt").write_text(interview(3), encoding="utf-8")
    (corpus / "caf\u00e9.txt").write_text(interview(4), encoding="utf-8")
    (failed,) = build([corpus], tmp_path / "dist", formats=FORMATS, jobs=1).failed
    assert "give this transcript its own id" in failed.error and "Unicode form" not in failed.error


# ----- bag-info.txt: the registers of collections built together -----

def two_collections(tmp_path: Path, second_register: str) -> Path:
    """Two collections, each with its config and register, built into one folder."""
    for name, register in (("a", "register.xml"), ("b", second_register)):
        folder = tmp_path / name
        folder.mkdir()
        config = (SEEDS / "edition.toml").read_text(encoding="utf-8")
        (folder / "edition.toml").write_text(config.replace('register = "register.xml"', f'register = "{register}"'),
                                             encoding="utf-8")
        shutil.copy(SEEDS / "register.xml", folder / register)
        (folder / f"{name}-1.txt").write_text(interview(len(name)), encoding="utf-8")
    out = tmp_path / "dist"
    assert build([tmp_path / "a", tmp_path / "b"], out, formats=FORMATS, jobs=1).counts()["failed"] == 0
    return out


def description(bag: Path) -> str:
    return next(line for line in (bag / "bag-info.txt").read_text(encoding="utf-8").splitlines()
                if line.startswith("External-Description:"))


def test_bag_info_counts_each_register_whatever_its_name(tmp_path):
    """'names.xml' beside 'register.xml': two registers (the description named 'the register' by file name)."""
    out = two_collections(tmp_path, "names.xml")
    assert {"register.xml", "names.xml"} <= {p.name for p in out.iterdir()}
    assert "2 registers, Dublin Core" in description(package(out, tmp_path / "bag"))


def test_bag_info_names_one_register_as_the_register(tmp_path):
    """Guard: collections sharing one register (one file, copied once) have the register."""
    out = two_collections(tmp_path, "register.xml")
    assert "HTML reading editions, the register, Dublin Core" in description(package(out, tmp_path / "bag"))


# ----- an HTML page given for a TEI file -----

@pytest.fixture
def built(corpus, tmp_path) -> Path:
    out = tmp_path / "dist"
    build([corpus], out, formats=FORMATS, jobs=1)
    return out


@pytest.mark.parametrize("command", [["cite"], ["metadata", "-o", "records"], ["render", "--to", "html", "-o", "r"],
                                     ["validate"]])
def test_a_reading_edition_given_for_its_tei_is_named_as_a_page(built, command, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    page = built / "harbour-1.html"
    result = runner.invoke(app, [command[0], str(page), *command[1:]])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert f"{page}: an HTML page, not a TEI file; give the edition's TEI file (harbour-1.xml, beside it)" \
        in result.output
    assert "not well-formed" not in result.output


def test_the_index_page_given_for_a_tei_names_no_tei_beside_it(built):
    result = runner.invoke(app, ["cite", str(built / "index.html")])
    assert result.output.strip() == f"error: {built / 'index.html'}: an HTML page, not a TEI file; give the " \
                                    "edition's TEI file"


def test_a_tei_file_is_not_taken_for_a_page(built):
    """Guard: a TEI whose text mentions '<html' is a TEI."""
    assert runner.invoke(app, ["validate", str(built / "harbour-1.xml")]).exit_code == 0
    assert runner.invoke(app, ["cite", str(built / "harbour-1.xml")]).exit_code == 0


# ----- the build's lock file and a folder that cannot be written -----

def chattr(flag: str, path: Path) -> bool:
    """chattr +i / -i: even root cannot write an immutable file or into an immutable folder."""
    import subprocess

    return shutil.which("chattr") is not None and subprocess.run(
        ["chattr", flag, str(path)], capture_output=True).returncode == 0


def test_a_lock_file_the_user_cannot_write_does_not_stop_the_build(corpus, tmp_path):
    """A colleague's build left the lock (theirs, mode 644) in a folder both may write: the lock is only read."""
    out = tmp_path / "dist"
    build([corpus], out, formats=FORMATS, jobs=1)
    lock = out / ".tei-edition.lock"
    (corpus / "harbour-1.txt").write_text(interview(7), encoding="utf-8")
    if not chattr("+i", lock):
        pytest.skip("chattr +i is not available here")
    try:
        result = runner.invoke(app, ["build", str(corpus), "-o", str(out), "--formats", "tei,html", "-j", "1", "-q"])
    finally:
        chattr("-i", lock)
    assert result.exit_code == 0, result.output
    assert "1 built, 1 unchanged, 0 failed" in result.output


def test_a_folder_that_cannot_be_written_is_said_before_any_document_is_made(corpus, tmp_path, monkeypatch):
    """The lock is there from an earlier build, so opening it no longer fails: the folder is tried at once."""
    from tei_edition import build as building

    out = tmp_path / "dist"
    build([corpus], out, formats=FORMATS, jobs=1)
    (corpus / "harbour-1.txt").write_text(interview(7), encoding="utf-8")
    made = []
    monkeypatch.setattr(building, "build_document", lambda task: made.append(task) or pytest.fail("built"))
    if not chattr("+i", out):
        pytest.skip("chattr +i is not available here")
    try:
        result = runner.invoke(app, ["build", str(corpus), "-o", str(out), "--formats", "tei,html", "-j", "1", "-q"])
    finally:
        chattr("-i", out)
    assert result.exit_code == 1 and made == []
    assert result.output.strip() == (f"error: {out}: cannot write into it: Operation not permitted; check its "
                                      "permissions, or give a folder you can write to")
    assert not any(p.name.endswith(".tmp") for p in out.iterdir())


# ----- a transcript renamed: its permalinks changed with its name -----

def test_a_renamed_transcript_is_said_with_the_way_to_keep_its_permalinks(corpus, tmp_path):
    out = tmp_path / "dist"
    build([corpus], out, formats=FORMATS, jobs=1)
    (corpus / "harbour-2.txt").rename(corpus / "harbour-two.txt")
    summary = build([corpus], out, formats=FORMATS, jobs=1)
    assert summary.removed == ["corpus/harbour-2.txt"]
    assert summary.notes == [
        "corpus/harbour-two.txt (was corpus/harbour-2.txt): its document id changed from 'harbour-2' to 'harbour-two', "
        "so its outputs under 'harbour-2' were removed and permalinks to harbour-2 no longer lead to it; to keep them, "
        'give it id = "harbour-2" in its sidecar (harbour-two.toml)']
    (corpus / "harbour-two.toml").write_text('id = "harbour-2"\n', encoding="utf-8")  # the way it gives
    assert build([corpus], out, formats=FORMATS, jobs=1).failed == []
    assert (out / "harbour-2.xml").is_file() and not (out / "harbour-two.xml").exists()


def test_a_source_removed_and_another_added_is_no_rename(corpus, tmp_path):
    """Guard: a new transcript of other words is no renamed one, though one went as it came."""
    out = tmp_path / "dist"
    build([corpus], out, formats=FORMATS, jobs=1)
    (corpus / "harbour-2.txt").unlink()
    (corpus / "harbour-9.txt").write_text(interview(9), encoding="utf-8")
    summary = build([corpus], out, formats=FORMATS, jobs=1)
    assert summary.removed == ["corpus/harbour-2.txt"] and summary.notes == []


@pytest.mark.parametrize("command", [["cite"], ["metadata", "-o", "records"], ["render", "--to", "html", "-o", "r"]])
def test_a_folder_given_for_tei_files_names_an_edition_in_it(built, command, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, [command[0], str(built), *command[1:]])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.output.strip() == f"error: {built}: a folder, not a TEI file; name the TEI files in it " \
                                    f"({built / 'harbour-1.xml'}, …)"


def test_a_folder_without_tei_files_names_none(tmp_path):
    """Guard: no example is made up; and the register is never given as one."""
    folder = tmp_path / "only-register"
    folder.mkdir()
    shutil.copy(SEEDS / "register.xml", folder / "a-register.xml")
    result = runner.invoke(app, ["cite", str(folder)])
    assert result.output.strip() == f"error: {folder}: a folder, not a TEI file; name the TEI files in it"


# ----- a build into a bag -----

@pytest.mark.parametrize("inside", ["", "data", "data/new"])
def test_a_build_into_a_bag_is_refused_and_the_bag_still_verifies(built, corpus, tmp_path, inside):
    bag = package(built, tmp_path / "bag")
    target = bag / inside if inside else bag
    result = runner.invoke(app, ["build", str(corpus), "-o", str(target), "--formats", "tei,html", "-q"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.output.strip().startswith(f"error: {target}: is {'in ' if inside else ''}a BagIt bag ({bag}), "
                                            "which its checksums seal")
    assert "build into the dist folder (-o), then package that again" in result.output
    from tei_edition.package import verify

    assert verify(bag).ok and not (bag / "data" / "new").exists()


def test_a_build_beside_a_bag_is_no_build_into_it(built, corpus, tmp_path):
    """Guard: a dist folder next to the bag of it, in the same parent folder, is built as ever."""
    package(built, tmp_path / "bag")
    (corpus / "harbour-1.txt").write_text(interview(5), encoding="utf-8")
    assert build([corpus], built, formats=FORMATS, jobs=1).counts()["built"] == 1


def test_a_lock_the_file_system_refuses_is_one_line_naming_it(corpus, tmp_path, monkeypatch):
    """NFS locks a file only for those who may write it (flock: EBADF on a file open for reading)."""
    import errno
    import fcntl

    def refuse(handle, operation):
        raise OSError(errno.EBADF, "Bad file descriptor")

    monkeypatch.setattr(fcntl, "flock", refuse)
    out = tmp_path / "dist"
    result = runner.invoke(app, ["build", str(corpus), "-o", str(out), "--formats", "tei", "-q"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.output.strip() == (f"error: {out / '.tei-edition.lock'}: the lock file of another user's build, "
                                      "which this file system lets only those who may write it lock; make it writable "
                                      "for your group (chmod g+w), or remove it while no build runs")
