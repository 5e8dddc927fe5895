"""Collection builds: failure isolation, incremental rebuilds, recovery after a kill, determinism, Dask."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tei_edition.build import build
from tei_edition.cli import app

from .conftest import SEED, SEEDS

runner = CliRunner()
FORMATS = ("tei", "html")


def small_interview(n: int) -> str:
    return (
        f"# Conversation number {n}\n\n"
        f"*Anna Berg spoke with Carl Dahl about harbour {n}.*\n\n"
        f"**Dahl:** When did the harbour {n} open?\n\n"
        f"**Berg:** It opened in {1900 + n}, after a long winter.\n\n"
        "The first ships came from the north.\n\n"
        f"**Dahl:** Thank you for number {n}.\n"
    )


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in ("edition.toml", "register.xml", "eir-2000-mizin.toml"):
        shutil.copy(SEEDS / name, folder / name)
    shutil.copy(SEED, folder / SEED.name)
    for n in (1, 2, 3):
        (folder / f"harbour-{n}.txt").write_text(small_interview(n), encoding="utf-8")
    return folder


def outputs(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_a_broken_file_fails_alone_and_is_named(corpus, tmp_path):
    (corpus / "broken.txt").write_bytes(b"")
    out = tmp_path / "dist"
    result = runner.invoke(app, ["build", str(corpus), "-o", str(out), "--formats", "tei,html", "-j", "1", "-q"])
    assert result.exit_code == 1
    assert "failed: " in result.output and "broken.txt" in result.output and "empty" in result.output
    assert "4 built, 0 unchanged, 1 failed" in result.output
    built = {p.name for p in out.iterdir()}
    assert {"eir-2000-mizin.xml", "eir-2000-mizin.html", "harbour-1.xml", "harbour-3.html", "index.html"} <= built
    assert not any(name.startswith("broken") for name in built)


def test_a_build_started_from_another_folder_finds_the_same_documents(corpus, tmp_path, monkeypatch):
    """Manifest keys are relative to the folder holding dist/, not to the working folder: nothing is taken for
    removed (its outputs deleted) or new because the build was started elsewhere."""
    monkeypatch.chdir(tmp_path)
    first = build([Path("corpus")], Path("dist"), jobs=1, formats=FORMATS)
    assert first.counts()["built"] == 4
    before = outputs(tmp_path / "dist")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    again = build([Path("../corpus")], Path("../dist"), jobs=1, formats=FORMATS)
    assert again.counts() == {"built": 0, "unchanged": 4, "failed": 0} and not again.removed
    monkeypatch.chdir("/")
    absolute = build([corpus], tmp_path / "dist", jobs=1, formats=FORMATS)
    assert absolute.counts() == {"built": 0, "unchanged": 4, "failed": 0} and not absolute.removed
    assert outputs(tmp_path / "dist") == before
    assert all(key.startswith("corpus/") for key in json.loads((tmp_path / "dist" / "manifest.json").read_text())["documents"])


def test_second_run_rebuilds_nothing_and_a_change_rebuilds_one(corpus, tmp_path):
    out = tmp_path / "dist"
    first = build([corpus], out, jobs=1, formats=FORMATS)
    assert first.counts() == {"built": 4, "unchanged": 0, "failed": 0}
    before = outputs(out)
    second = build([corpus], out, jobs=1, formats=FORMATS)
    assert second.counts() == {"built": 0, "unchanged": 4, "failed": 0}
    assert outputs(out) == before

    (corpus / "harbour-2.txt").write_text(small_interview(2).replace("long winter", "short winter"), encoding="utf-8")
    third = build([corpus], out, jobs=1, formats=FORMATS)
    assert [Path(r.source).name for r in third.results if r.status == "built"] == ["harbour-2.txt"]
    after = outputs(out)
    changed = {name for name in after if after[name] != before.get(name)}
    assert changed == {"harbour-2.xml", "harbour-2.html", "manifest.json"}  # the index lists nothing that changed

    # a changed sidecar rebuilds its document; --force rebuilds everything
    sidecar = corpus / "eir-2000-mizin.toml"
    sidecar.write_text(sidecar.read_text(encoding="utf-8") + "\n# reviewed\n", encoding="utf-8")
    assert [Path(r.source).name for r in build([corpus], out, jobs=1, formats=FORMATS).results if r.status == "built"] == [
        "eir-2000-mizin.txt"
    ]
    assert build([corpus], out, jobs=1, formats=FORMATS, force=True).counts()["built"] == 4


def test_removing_a_source_removes_its_outputs(corpus, tmp_path):
    out = tmp_path / "dist"
    build([corpus], out, jobs=1, formats=FORMATS)
    (corpus / "harbour-3.txt").unlink()
    summary = build([corpus], out, jobs=1, formats=FORMATS)
    assert [Path(s).name for s in summary.removed] == ["harbour-3.txt"]
    assert not (out / "harbour-3.xml").exists() and not (out / "harbour-3.html").exists()
    assert "harbour-3" not in (out / "index.html").read_text(encoding="utf-8")


def test_an_output_changed_on_disk_is_rebuilt(corpus, tmp_path):
    out = tmp_path / "dist"
    build([corpus], out, jobs=1, formats=FORMATS)
    (out / "harbour-1.html").write_text("damaged", encoding="utf-8")
    summary = build([corpus], out, jobs=1, formats=FORMATS)
    assert [Path(r.source).name for r in summary.results if r.status == "built"] == ["harbour-1.txt"]
    assert (out / "harbour-1.html").read_text(encoding="utf-8").lower().startswith("<!doctype html>")


def test_report_has_status_timings_and_warnings(corpus, tmp_path):
    (corpus / "broken.txt").write_bytes(b"\x00\x01binary")
    out, report = tmp_path / "dist", tmp_path / "report.json"
    runner.invoke(app, ["build", str(corpus), "-o", str(out), "--formats", "tei,html", "-j", "1", "-q", "--report", str(report)])
    data = json.loads(report.read_text(encoding="utf-8"))
    by_name = {Path(d["source"]).name: d for d in data["documents"]}
    assert by_name["broken.txt"]["status"] == "failed" and "binary" in by_name["broken.txt"]["error"]
    seed = by_name["eir-2000-mizin.txt"]
    assert seed["status"] == "built" and set(seed["timings"]) == {"convert", "validate", "html"}
    assert all(v > 0 for v in seed["timings"].values())
    assert data["counts"] == {"built": 4, "unchanged": 0, "failed": 1}


def test_two_clean_builds_are_byte_identical(corpus, tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    build([corpus], a, jobs=1, formats=FORMATS)
    build([corpus], b, jobs=2, formats=FORMATS)
    assert outputs(a) == outputs(b)


def test_parallel_build_matches_serial(corpus, tmp_path):
    serial, parallel = tmp_path / "serial", tmp_path / "parallel"
    build([corpus], serial, jobs=1, formats=FORMATS)
    summary = build([corpus], parallel, jobs=2, formats=FORMATS)
    assert summary.counts()["built"] == 4
    assert outputs(serial) == outputs(parallel)


_FORKED_BUILD = """
import json, sys
from pathlib import Path
from tei_edition import build as b
methods = []
if sys.argv[3] == "spawn":
    b._start_method = lambda: "spawn"
start_method = b._start_method
b._start_method = lambda: methods.append(start_method()) or methods[-1]
summary = b.build([Path(sys.argv[1])], Path(sys.argv[2]), jobs=2, formats=("tei", "html"))
print(json.dumps({"methods": methods, "counts": summary.counts()}))
"""


@pytest.mark.skipif(sys.platform != "linux", reason="workers are forked on Linux only")
def test_forked_workers_build_what_spawned_ones_do(corpus, tmp_path):
    """A build process with one thread and no SaxonC forks its workers (they start without importing the converter
    again); their outputs are byte for byte those of spawned workers."""
    runs = {}
    for method in ("fork", "spawn"):
        done = subprocess.run([sys.executable, "-c", _FORKED_BUILD, str(corpus), str(tmp_path / method), method],
                              capture_output=True, text=True, check=True, env={**os.environ, "SOURCE_DATE_EPOCH": "1700000000"})
        runs[method] = json.loads(done.stdout.strip().splitlines()[-1])
    assert runs["fork"]["methods"] == ["fork"] and runs["spawn"]["methods"] == ["spawn"]
    assert runs["fork"]["counts"] == runs["spawn"]["counts"] == {"built": 4, "unchanged": 0, "failed": 0}
    assert outputs(tmp_path / "fork") == outputs(tmp_path / "spawn")


def test_workers_are_spawned_once_saxonc_is_loaded_or_another_thread_runs():
    """A fork would copy SaxonC's GraalVM isolate, which the child could not use, or the state of a thread the
    child would not have (a lock it holds): then workers are spawned."""
    script = (
        "import threading\n"
        "from tei_edition.build import _start_method\n"
        "before = _start_method()\n"
        "stop = threading.Event()\n"
        "thread = threading.Thread(target=stop.wait); thread.start()\n"
        "beside_a_thread = _start_method()\n"
        "stop.set(); thread.join()\n"
        "from tei_edition.render import warm_up\n"
        "warm_up(['html'])\n"
        "print(before, beside_a_thread, _start_method())\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    expected = "fork spawn spawn" if sys.platform == "linux" else "spawn spawn spawn"
    assert done.stdout.split() == expected.split()


def test_a_forked_worker_lets_go_of_the_build_lock(tmp_path):
    """flock's lock belongs to the open file, which a forked worker shares: the worker closes its copy first thing,
    or the lock would outlive the build as long as the worker does (and refuse the next build into the folder)."""
    import fcntl

    from tei_edition import build as b

    handle = os.open(tmp_path / "lock", os.O_RDWR | os.O_CREAT)
    fcntl.flock(handle, fcntl.LOCK_EX)
    b._HELD_LOCKS.add(handle)
    try:
        b._start_worker(("tei",))
        assert not b._HELD_LOCKS
        other = os.open(tmp_path / "lock", os.O_RDWR)  # a build starting now
        try:
            fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB)  # BlockingIOError while the worker's copy held it
        finally:
            os.close(other)
    finally:
        if b._HELD_LOCKS:
            b._HELD_LOCKS.discard(handle)
            os.close(handle)


def _long_corpus(tmp_path: Path, count: int) -> Path:
    """``count`` long transcripts: a build of them lasts long enough to be interrupted."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEEDS / "edition.toml", corpus / "edition.toml")
    shutil.copy(SEEDS / "register.xml", corpus / "register.xml")
    for n in range(count):
        (corpus / f"harbour-{n:02d}.txt").write_text(small_interview(n) * 20, encoding="utf-8")
    return corpus


def _wait_for_pages(out: Path, count: int) -> None:
    """Until a running build has written ``count`` HTML pages (a minute at most)."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list(out.glob("*.html"))) < count:
        time.sleep(0.02)


def test_a_build_killed_midway_recovers(tmp_path):
    corpus = _long_corpus(tmp_path, 40)
    out = tmp_path / "dist"
    command = [sys.executable, "-m", "tei_edition.cli", "build", str(corpus), "-o", str(out), "--formats", "tei,html", "-j", "1", "-q"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    _wait_for_pages(out, 5)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    done = sorted(out.glob("*.html"))
    assert 5 <= len(done) < 40, "the build finished before it could be killed; make the corpus larger"
    # everything written so far is whole
    for path in out.glob("*.xml"):
        assert path.read_bytes().rstrip().endswith(b"</TEI>")
    summary = build([corpus], out, jobs=1, formats=FORMATS)
    assert summary.counts()["failed"] == 0 and summary.counts()["built"] >= 40 - len(done)
    assert not list(out.glob(".*.tmp"))
    clean = tmp_path / "clean"
    build([corpus], clean, jobs=1, formats=FORMATS)
    assert outputs(out) == outputs(clean)


def test_dask_cluster_gives_the_same_files(corpus, tmp_path):
    distributed = pytest.importorskip("distributed")
    local, remote = tmp_path / "local", tmp_path / "dask"
    build([corpus], local, jobs=1, formats=FORMATS)
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    ) as cluster:
        (corpus / "broken.txt").write_bytes(b"")
        summary = build([corpus], remote, formats=FORMATS, scheduler=cluster.scheduler_address)
    assert summary.counts() == {"built": 4, "unchanged": 0, "failed": 1}
    assert "empty" in summary.failed[0].error
    assert outputs(local) == outputs(remote)


def test_unreachable_scheduler_is_one_line(corpus, tmp_path):
    result = runner.invoke(
        app, ["build", str(corpus), "-o", str(tmp_path / "d"), "--formats", "tei", "-q", "--scheduler", "tcp://127.0.0.1:9"]
    )
    assert result.exit_code == 1
    assert result.output.strip().count("\n") == 0 and "Dask scheduler" in result.output


def test_unknown_format_is_a_usage_error(corpus, tmp_path):
    result = runner.invoke(app, ["build", str(corpus), "-o", str(tmp_path / "d"), "--formats", "tei,docx"])
    assert result.exit_code == 2 and "docx" in result.output


def test_collection_index_lists_editions_and_links_names_into_them(corpus, tmp_path):
    import html5lib

    out = tmp_path / "dist"
    build([corpus], out, jobs=1, formats=FORMATS)
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    index = parser.parse((out / "index.html").read_bytes())
    rows = index.findall(".//table[@class='editions']/tbody/tr")
    # by interviewee, surname first: Carl Dahl's three, then Viktor Mizin's
    assert [row.get("id") for row in rows] == ["edition-harbour-1", "edition-harbour-2", "edition-harbour-3", "edition-eir-2000-mizin"]
    assert "Viktor Mizin" in "".join(rows[-1].itertext())
    # a title or interviewee in a script written right to left takes its own direction, isolated in its cell
    assert all(row.find("td/a").get("dir") == "auto" for row in rows)
    assert all(all(child.tag == "bdi" for child in row.findall("td")[1]) for row in rows)
    assert any(row.findall("td")[1].findall("bdi") for row in rows)
    links = [a.get("href") for a in index.iter("a") if "#" in (a.get("href") or "") and not a.get("href").startswith("#")]
    assert len(links) > 40
    pages: dict[str, set[str]] = {}
    for link in links:
        page, fragment = link.split("#", 1)
        if page not in pages:
            tree = html5lib.parse((out / page).read_bytes(), namespaceHTMLElements=False)
            pages[page] = {e.get("id") for e in tree.iter() if e.get("id")}
        assert fragment in pages[page], link
    kouchner = index.find(".//li[@id='bernard-kouchner']")
    assert kouchner is not None and "eir-2000-mizin.html#eir-2000-mizin-p5" in [a.get("href") for a in kouchner.iter("a")]


def test_build_then_package_then_verify(corpus, tmp_path):
    from tei_edition.package import package, verify

    out, bag = tmp_path / "dist", tmp_path / "bag"
    build([corpus], out, jobs=1, formats=FORMATS)
    package(out, bag)
    assert verify(bag).ok
    payload = sorted(p.relative_to(bag / "data").as_posix() for p in (bag / "data").rglob("*") if p.is_file())
    assert {"eir-2000-mizin.xml", "eir-2000-mizin.html", "harbour-1.xml", "index.html", "register.xml"} <= set(payload)
    page = bag / "data" / "harbour-2.html"
    data = bytearray(page.read_bytes())
    data[100] ^= 1
    page.write_bytes(bytes(data))
    report = verify(bag)
    assert not report.ok
    assert report.changed == ["data/harbour-2.html"] and all(
        "harbour-2.html" in str(problem) for problem in report.problems()
    )


@pytest.mark.slow
def test_full_builds_with_pdf_are_byte_identical(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("edition.toml", "register.xml", "eir-2000-mizin.toml"):
        shutil.copy(SEEDS / name, corpus / name)
    shutil.copy(SEED, corpus / SEED.name)
    (corpus / "harbour-1.txt").write_text(small_interview(1), encoding="utf-8")
    first, second = tmp_path / "a", tmp_path / "b"
    summary = build([corpus], first, jobs=1)
    assert summary.counts() == {"built": 2, "unchanged": 0, "failed": 0}
    assert set(summary.results[0].timings) == {"convert", "validate", "html", "pdf"}
    build([corpus], second, jobs=2)
    assert outputs(first) == outputs(second)
    assert (first / "eir-2000-mizin.pdf").read_bytes().startswith(b"%PDF-")
    assert b'href="eir-2000-mizin.pdf"' in (first / "eir-2000-mizin.html").read_bytes()


def test_two_sources_with_one_document_id_do_not_overwrite_each_other(corpus, tmp_path):
    (corpus / "more").mkdir()
    (corpus / "more" / "harbour-1.txt").write_text(small_interview(9), encoding="utf-8")
    out = tmp_path / "dist"
    summary = build([corpus], out, jobs=1, formats=FORMATS)
    assert summary.counts() == {"built": 4, "unchanged": 0, "failed": 1}
    [failure] = summary.failed
    assert "more/harbour-1.txt" in failure.source and "document id 'harbour-1' is already the id of" in failure.error
    assert "harbour 1" in (out / "harbour-1.xml").read_text(encoding="utf-8")  # the first source kept its outputs


def test_a_clash_with_an_earlier_builds_source_is_refused_from_any_working_folder(corpus, tmp_path, monkeypatch):
    """The first build made harbour-1 from corpus/harbour-1.txt; a later build of another folder with a source of
    the same id, started from elsewhere, must not take those outputs over."""
    out = tmp_path / "dist"
    build([corpus], out, jobs=1, formats=FORMATS)
    other = tmp_path / "other"
    other.mkdir()
    (other / "harbour-1.txt").write_text(small_interview(9), encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    summary = build([Path("../other")], Path("../dist"), jobs=1, formats=FORMATS)
    [failure] = summary.failed
    assert "document id 'harbour-1' is already the id of corpus/harbour-1.txt" in failure.error
    assert "harbour 1" in (out / "harbour-1.xml").read_text(encoding="utf-8")


def test_a_corpus_config_added_between_builds_is_read(corpus, tmp_path):
    out = tmp_path / "dist"
    folder = tmp_path / "plain"
    folder.mkdir()
    (folder / "harbour-1.txt").write_text(small_interview(1), encoding="utf-8")
    assert build([folder], out, jobs=1, formats=FORMATS).results[0].document_id == "harbour-1"
    (folder / "edition.toml").write_text('id_prefix = "zz-"\n', encoding="utf-8")
    assert build([folder], out, jobs=1, formats=FORMATS).results[0].document_id == "zz-harbour-1"


def test_a_hand_edited_tei_is_refused_then_kept_as_backup_with_force(corpus, tmp_path):
    out = tmp_path / "dist"
    build([corpus], out, jobs=1, formats=FORMATS)
    edited = (out / "harbour-1.xml").read_text(encoding="utf-8").replace("long winter", "long, cold winter")
    (out / "harbour-1.xml").write_text(edited, encoding="utf-8")
    (corpus / "harbour-1.txt").write_text(small_interview(1) + "\n**Dahl:** One more question.\n", encoding="utf-8")
    refused = build([corpus], out, jobs=1, formats=FORMATS)
    [failure] = refused.failed
    assert "harbour-1" in failure.error and "edited by hand" in failure.error and "--force" in failure.error
    assert (out / "harbour-1.xml").read_text(encoding="utf-8") == edited
    forced = build([corpus], out, jobs=2, formats=FORMATS, force=True)
    assert forced.counts()["failed"] == 0
    assert (out / "harbour-1.xml.bak").read_text(encoding="utf-8") == edited
    assert "One more question" in (out / "harbour-1.xml").read_text(encoding="utf-8")


def test_every_tei_a_build_writes_is_valid_against_both_schemas(corpus, tmp_path, tei_all):
    from tei_edition.validate import validate_file

    out = tmp_path / "dist"
    build([corpus], out, jobs=1, formats=("tei",))
    written = sorted(out.glob("*.xml"))
    assert [p.name for p in written] == ["eir-2000-mizin.xml", "harbour-1.xml", "harbour-2.xml", "harbour-3.xml", "register.xml"]
    for path in written:
        assert validate_file(path) == [], path.name
        assert tei_all(path) == [], path.name


@pytest.mark.slow
def test_a_folder_of_transcripts_without_config_or_sidecars_builds_every_format(tmp_path):
    """No edition.toml (so no base URI: permalinks are relative), no sidecars, no register: still a whole edition."""
    import html5lib

    corpus = tmp_path / "plain"
    corpus.mkdir()
    transcripts = Path(__file__).parent / "transcripts"
    for name in ("hearing.txt", "podcast-captions.vtt", "front-matter.md"):
        shutil.copy(transcripts / name, corpus / name)
    shutil.copy(Path(__file__).parent / "data" / "captions" / "ice-interview.srt", corpus)  # every source suffix
    out = tmp_path / "dist"
    summary = build([corpus], out, jobs=1)
    assert summary.counts() == {"built": 4, "unchanged": 0, "failed": 0}, [r.error for r in summary.failed]
    assert (out / "ice-interview.html").is_file()
    page = html5lib.parse((out / "hearing.html").read_bytes(), namespaceHTMLElements=False)
    pdf_url = [m.get("content") for m in page.iter("meta") if m.get("name") == "citation_pdf_url"]
    assert pdf_url == ["hearing.pdf"]
    assert (out / "podcast-captions.pdf").read_bytes().startswith(b"%PDF-")
    assert "hearing.html" in (out / "index.html").read_text(encoding="utf-8")


def test_many_warnings_become_one_line_pointing_at_the_report(tmp_path):
    corpus = tmp_path / "many"
    corpus.mkdir()
    for n in range(21):
        (corpus / f"harbour-{n}.txt").write_text(small_interview(n), encoding="utf-8")  # no sidecar: a warning each
    report = tmp_path / "r.json"
    result = runner.invoke(app, ["build", str(corpus), "-o", str(tmp_path / "d"), "--formats", "tei", "-j", "1",
                                 "--report", str(report)])
    assert result.exit_code == 0
    lines = [l for l in result.output.splitlines() if l.startswith("warning:")]
    assert len(lines) == 1 and "21 warnings in 21 documents" in lines[0] and str(report) in lines[0]
    assert sum(len(d["warnings"]) for d in json.loads(report.read_text(encoding="utf-8"))["documents"]) == 21


def test_collection_listing_keeps_every_character_of_titles_and_names(tmp_path):
    """The index page's input is written as text: markup characters, quotes, line ends and tabs survive parsing."""
    from lxml import etree

    from tei_edition.collection import collection_listing

    title = 'Tom & Jerry <live> "at" the\tMet\r\nagain'
    documents = {
        "a.txt": {
            "document_id": "d-1",
            "outputs": {"d-1.html": "x", "d-1.pdf": "y"},
            "summary": {"title": title, "interviewees": ["A & <B>"], "dates": ["1 > 0"],
                        "mentions": {"kouchner": [["d-1-p2", "2"], ["d-1-p5", "5"]],
                                     "pristina": [["d-1-p7", ""], ["d-1-p8", "8 a"]]}},
        },
        "b.txt": {"document_id": "d-2", "outputs": {"d-2.xml": "z"}, "summary": {"title": "no page", "interviewees": [],
                                                                              "dates": [], "mentions": {}}},
    }
    root = etree.fromstring(collection_listing(documents, 'Edition "one" & more', "en", ()))
    assert root.get("title") == 'Edition "one" & more' and root.get("register") is None
    [edition] = root.findall("edition")  # d-2 has no HTML page: not listed
    assert (edition.get("id"), edition.get("html"), edition.get("pdf"), edition.get("tei")) == ("d-1", "d-1.html", "d-1.pdf", None)
    assert edition.get("title") == title
    assert [e.text for e in edition] == ["A & <B>", "1 > 0"]
    # a pair of tokens per passage, also for a passage without a number or with a space in it
    assert [i.get("at") for i in root.iterfind("entry/in")] == ["d-1-p2 2 d-1-p5 5", "d-1-p7 \xa0 d-1-p8 8\xa0a"]
    with pytest.raises(ValueError):
        collection_listing({"c": {**documents["a.txt"], "summary": {**documents["a.txt"]["summary"], "title": "bell\x07"}}},
                           "t", "en", ())


def test_a_parallel_build_of_many_documents_in_chunks_matches_serial_and_isolates_a_failure(tmp_path):
    """40 documents with --jobs 2: this process and a worker share the queue, the worker takes chunks of several."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEEDS / "edition.toml", corpus / "edition.toml")
    shutil.copy(SEEDS / "register.xml", corpus / "register.xml")
    for n in range(40):
        (corpus / f"harbour-{n:02d}.txt").write_text(small_interview(n) * (1 + n % 4), encoding="utf-8")
    (corpus / "broken.txt").write_bytes(b"")
    serial, parallel = tmp_path / "serial", tmp_path / "parallel"
    build([corpus], serial, jobs=1, formats=FORMATS)
    seen: list[str] = []
    summary = build([corpus], parallel, jobs=2, formats=FORMATS, progress=lambda s, r: r is not None and seen.append(s))
    assert summary.counts() == {"built": 40, "unchanged": 0, "failed": 1}
    assert "broken.txt" in summary.failed[0].source and "empty" in summary.failed[0].error
    assert sorted(seen) == sorted(r.source for r in summary.results)  # every document reported once as it finished
    assert [Path(r.source).name for r in summary.results][:2] == ["broken.txt", "harbour-00.txt"]  # source order
    assert outputs(serial) == outputs(parallel)
    assert build([corpus], parallel, jobs=2, formats=FORMATS).counts() == {"built": 0, "unchanged": 40, "failed": 1}


def test_the_longest_sources_are_started_first(corpus, tmp_path):
    """A long document started last would keep one core busy while the others wait: sources go longest first."""
    started: list[str] = []
    build([corpus], tmp_path / "dist", jobs=1, formats=("tei",), progress=lambda s, r: r is None and started.append(s))
    sizes = [(tmp_path / s).stat().st_size for s in started]  # keys are paths relative to the folder holding dist/
    assert len(started) == 4 and Path(started[0]).name == "eir-2000-mizin.txt"
    assert sizes == sorted(sizes, reverse=True)


def test_a_build_imports_only_what_its_formats_need(tmp_path):
    """TEI + HTML of valid documents: no WeasyPrint (PDF), no xmlschema (messages for invalid documents only),
    no distributed (--scheduler), no rich (progress bar) in the process that builds them."""
    shutil.copytree(SEEDS, tmp_path / "corpus")
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from tei_edition.build import build\n"
        f"summary = build([Path({str(tmp_path / 'corpus')!r})], Path({str(tmp_path / 'dist')!r}), jobs=1, formats=('tei', 'html'))\n"
        "assert summary.counts()['failed'] == 0, summary.failed\n"
        "print(sorted(m for m in ('weasyprint', 'xmlschema', 'distributed', 'rich') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip().splitlines()[-1] == "[]"


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            found.append(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc")
def test_workers_leave_when_the_build_process_is_killed(tmp_path):
    """kill -9 of the build process alone (no process group): its workers must not wait for work for ever."""
    corpus = _long_corpus(tmp_path, 60)
    command = [sys.executable, "-m", "tei_edition.cli", "build", str(corpus), "-o", str(tmp_path / "dist"),
               "--formats", "tei,html", "-j", "3", "-q"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _wait_for_pages(tmp_path / "dist", 3)
    # forked workers (build._start_method), or spawned ones ("spawn_main"); not multiprocessing's resource tracker
    workers = [pid for pid in _children(process.pid)
               if "resource_tracker" not in Path(f"/proc/{pid}/cmdline").read_text()]
    assert workers, "no worker process found"
    process.kill()
    process.wait()
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and any(_alive(pid) for pid in workers):
        time.sleep(0.05)
    assert not any(_alive(pid) for pid in workers)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc")
def test_a_worker_killed_midway_stops_the_build_with_one_line_and_the_next_run_completes(tmp_path):
    corpus = _long_corpus(tmp_path, 60)
    out = tmp_path / "dist"
    command = [sys.executable, "-m", "tei_edition.cli", "build", str(corpus), "-o", str(out),
               "--formats", "tei,html", "-j", "2", "-q"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    _wait_for_pages(out, 3)
    # forked workers (build._start_method), or spawned ones ("spawn_main"); not multiprocessing's resource tracker
    workers = [pid for pid in _children(process.pid)
               if "resource_tracker" not in Path(f"/proc/{pid}/cmdline").read_text()]
    assert workers, "no worker process found"
    os.kill(workers[0], signal.SIGKILL)
    _, stderr = process.communicate(timeout=60)
    if process.returncode == 0:
        pytest.skip("the build finished before its worker could be killed")
    assert process.returncode == 1
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and "worker process ended abruptly" in lines[0] and "run the build again" in lines[0], stderr
    assert "Traceback" not in stderr
    summary = build([corpus], out, jobs=2, formats=FORMATS)
    assert summary.counts()["failed"] == 0 and len(list(out.glob("*.html"))) >= 60


def test_jobs_are_at_most_the_cpus_the_process_may_use(corpus, tmp_path, monkeypatch):
    """--jobs 8 where the process may run on one CPU (a container, taskset) builds in this process: eight workers
    would each cost memory and bring no speed to CPU-bound work."""
    import tei_edition.build as build_module

    monkeypatch.setattr(build_module.os, "sched_getaffinity", lambda pid: {0}, raising=False)

    def no_workers(*args, **kwargs):
        raise AssertionError("worker processes started for one usable CPU")

    monkeypatch.setattr(build_module, "_execute_local", no_workers)
    summary = build([corpus], tmp_path / "dist", jobs=8, formats=FORMATS)
    assert summary.counts()["built"] == 4
    assert build_module.usable_cpus() == 1


def test_a_corpus_mixing_encodings_builds_with_each_files_sidecar(corpus, tmp_path):
    """Older transcripts come in older encodings: a sidecar's `encoding` decodes its file, the others stay UTF-8."""
    (corpus / "kaffee.txt").write_bytes("**Q:** Café au lait?\n\n**Müller:** Oui, très “bien”.\n".encode("cp1252"))
    (corpus / "kaffee.toml").write_text('encoding = "cp1252"\n', encoding="utf-8")
    summary = build([corpus], tmp_path / "dist", jobs=1, formats=("tei",))
    assert summary.counts() == {"built": 5, "unchanged": 0, "failed": 0}, [r.error for r in summary.results]
    text = (tmp_path / "dist" / "kaffee.xml").read_text(encoding="utf-8")
    assert "Café au lait?" in text and "très" in text and "Müller" in text
    assert "after a long winter" in (tmp_path / "dist" / "harbour-1.xml").read_text(encoding="utf-8")


def test_word_processor_files_in_a_corpus_folder_fail_by_name_unless_their_text_is_beside_them(corpus, tmp_path):
    """A .docx or .rtf in the corpus folder is most likely a transcript not yet saved as text: left out silently, the
    edition would lack it. It fails, saying what to do; a .doc beside the .txt of the same name is that text's
    original and is no source."""
    (corpus / "harbour-4.docx").write_bytes(b"PK\x03\x04\x14\x00\x06\x00" + bytes(32))
    (corpus / "harbour-5.rtf").write_bytes(b"{\\rtf1\\ansi Q: When?\\par A: Then.\\par}")
    (corpus / "harbour-1.doc").write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + bytes(32))
    summary = build([corpus], tmp_path / "dist", jobs=1, formats=("tei",))
    failed = {Path(r.source).name: r.error for r in summary.failed}
    assert set(failed) == {"harbour-4.docx", "harbour-5.rtf"}
    assert "a Word .docx" in failed["harbour-4.docx"] and "an RTF document" in failed["harbour-5.rtf"]
    assert all("plain text (UTF-8, .txt)" in error for error in failed.values())
    assert summary.counts()["built"] == 4


def test_a_large_collection_links_each_edition_once_per_name_with_its_number_of_passages(corpus, tmp_path, monkeypatch):
    """Past PASSAGE_LINKS_MAX mentioned passages, the index of names links each edition's own index entry (which lists
    the passages) with their number, instead of every passage: the page stays a size a browser opens."""
    import html5lib

    import tei_edition.collection as collection

    out = tmp_path / "dist"
    build([corpus], out, jobs=1, formats=FORMATS)
    full = (out / "index.html").read_bytes()
    monkeypatch.setattr(collection, "PASSAGE_LINKS_MAX", 5)
    build([corpus], out, jobs=1, formats=FORMATS, force=True)
    compact = (out / "index.html").read_bytes()
    assert len(compact) < len(full)
    index = html5lib.parse(compact, namespaceHTMLElements=False)
    kouchner = index.find(".//li[@id='bernard-kouchner']")
    links = {a.get("href"): "".join(a.itertext()) for a in kouchner.iter("a")}
    assert not any("#eir-2000-mizin-p" in href for href in links)
    # the edition's entry lists the passages ("¶ 17a", "¶ 17b": two mentions in one paragraph)
    edition = html5lib.parse((out / "eir-2000-mizin.html").read_bytes(), namespaceHTMLElements=False)
    entry = edition.find(".//li[@id='bernard-kouchner']")
    paragraphs = {"".join(a.itertext()).rstrip("abcdefgh") for a in entry.find("p[@class='entry-mentions']").iter("a")}
    assert len(paragraphs) > 2
    assert links["eir-2000-mizin.html#bernard-kouchner"] == f"{len(paragraphs)}\u00a0passages"


def test_the_index_page_says_which_formats_the_editions_are_available_in(tmp_path):
    """It said "a print edition (PDF/A)" of a build without PDF: it names only the formats built, and counts a format
    only some editions have."""
    from lxml import html

    from tei_edition.collection import write_collection_index

    def edition(ident: str, *suffixes: str) -> dict:
        return {"document_id": ident, "outputs": {f"{ident}.{s}": "x" for s in suffixes},
                "summary": {"title": ident, "interviewees": [], "dates": [], "mentions": {}}}

    def sentence(documents: dict) -> str:
        page = html.parse(str(write_collection_index(tmp_path, documents, "Edition", "en", ())))
        return " ".join(page.xpath("string(//header/p)").split())

    assert sentence({"a": edition("a", "html", "xml"), "b": edition("b", "html", "xml")}) == (
        "2 editions. Each is available as a reading edition (HTML) and its TEI P5 archival master.")
    assert sentence({"a": edition("a", "html", "pdf", "xml")}) == (
        "1 edition. Each is available as a reading edition (HTML), a print edition (PDF/A) and its TEI P5 archival master.")
    assert sentence({"a": edition("a", "html", "pdf", "xml"), "b": edition("b", "html", "xml")}) == (
        "2 editions. Each is available as a reading edition (HTML) and its TEI P5 archival master. 1 of them also as a "
        "print edition (PDF/A).")


def test_the_corpus_config_sets_the_print_editions_paper_and_tagging(tmp_path):
    """edition.toml's paper = "letter" and tagged_pdf = true reach the PDFs of a build (PDF/A-3a on US letter); a
    change of either rebuilds them, as any change of the config does."""
    import pikepdf

    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "harbour-1.txt").write_text(small_interview(1), encoding="utf-8")
    (folder / "edition.toml").write_text('[edition]\npaper = "letter"\ntagged_pdf = true\n', encoding="utf-8")
    out = tmp_path / "dist"
    summary = build([folder], out, jobs=1, formats=("tei", "pdf"))
    assert summary.counts()["built"] == 1
    [pdf_path] = out.glob("*.pdf")
    with pikepdf.open(pdf_path) as pdf:
        assert pdf.open_metadata()["pdfaid:conformance"] == "A" and "/StructTreeRoot" in pdf.Root
        assert [round(float(v)) for v in pdf.pages[0].MediaBox][2:] == [612, 792]
    (folder / "edition.toml").write_text('[edition]\npaper = "a4"\n', encoding="utf-8")
    assert build([folder], out, jobs=1, formats=("tei", "pdf")).counts()["built"] == 1
    with pikepdf.open(pdf_path) as pdf:
        assert pdf.open_metadata()["pdfaid:conformance"] == "B" and "/StructTreeRoot" not in pdf.Root
        assert [round(float(v)) for v in pdf.pages[0].MediaBox][2:] == [595, 842]


def test_a_register_valid_in_its_entries_alone_is_said_before_its_copy_fails_validate(corpus, tmp_path):
    """A register needs no more header than its entries for the documents to be built (register.check_entries), but
    its copy beside the editions is a TEI file of the folder that validate checks: the build says so at once."""
    import re

    from tei_edition.validate import validate_file

    register = corpus / "register.xml"
    out = tmp_path / "dist"
    quiet = build([corpus], out, jobs=1, formats=["tei"])
    assert not any("register.xml" in note for note in quiet.notes)
    register.write_text(re.sub(r"<publicationStmt>.*?</publicationStmt>", "<publicationStmt><p>Ours.</p></publicationStmt>",
                               register.read_text(encoding="utf-8"), flags=re.S), encoding="utf-8")
    summary = build([corpus], out, jobs=1, formats=["tei"])
    [note] = [note for note in summary.notes if note.startswith(str(register))]
    assert "not valid as a TEI document" in note and "publisher" in note and "seeds/register.xml" in note
    assert summary.counts()["failed"] == 0 and validate_file(out / "register.xml")  # what the note forewarns
