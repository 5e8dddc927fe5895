"""Building a collection: every source through TEI, validation, HTML and PDF — parallel, incremental, safe."""

from __future__ import annotations

import collections
import contextlib
import functools
import gc
import hashlib
import json
import multiprocessing
import multiprocessing.connection
import os
import sys
import threading
import time
import traceback
import unicodedata
import warnings
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path
from queue import SimpleQueue
from typing import Callable, Iterable, Iterator

from . import __version__, resource_dir
from .config import CORPUS_CONFIG_NAME, EditionConfig, find_edition_config, load_edition_config, load_sidecar, sidecar_path
from .convert import document_id, register_for
from .errors import (WINDOWS_DEVICE_NAMES, EditionError, InputError, name_problem, naming, os_error_message,
                     output_folder, unwritten_message)
from .textio import DOCUMENT_SUFFIXES, SOURCE_SUFFIXES, encoding_problem, write_atomic

FORMATS = ("tei", "html", "pdf")


class WorkerDied(EditionError):
    """A build worker process ended abruptly (killed, out of memory): the build stops, finished documents stay."""


MANIFEST_NAME = "manifest.json"
PACKAGE_ROOT = Path(__file__).resolve().parent


@dataclass(frozen=True)
class DocumentTask:
    """What a worker needs to build one document (picklable, sent to local or Dask workers)."""

    source: str
    formats: tuple[str, ...]
    config_path: str | None
    previous_tei: bytes | None = None  # the TEI of the last build, so that ids carry over
    force: bool = False  # overwrite a TEI edited by hand since the last build (after a backup)
    out_dir: str | None = None  # local workers write their outputs here; Dask workers send them back instead
    encoding: str | None = None  # of the sources (None: UTF-8)
    previous_highest: str | None = None  # the highest id numbers the manifest knows ("p57 sp20"): none is reused


@dataclass
class DocumentResult:
    """What a worker sends back: each output's SHA-256 (and its bytes when the client is to write it: Dask),
    timings, warnings or the error."""

    source: str
    status: str  # built | failed | unchanged
    document_id: str | None = None
    digests: dict[str, str] = field(default_factory=dict)  # output name → SHA-256
    outputs: dict[str, bytes] = field(default_factory=dict)  # output name → bytes still to be written
    backup_previous: bool = False  # the earlier TEI was edited by hand: keep it as a backup before replacing it
    highest: str = ""  # the highest id numbers of the TEI written (stable_ids.stamped_highest), for the manifest
    timings: dict[str, float] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    error: str | None = None
    summary: dict | None = None  # what the collection index needs of this document (see collection.summarize)


@dataclass
class BuildSummary:
    """The outcome of a build, per document, in source order."""

    results: list[DocumentResult]
    removed: list[str]
    elapsed: float
    notes: list[str] = field(default_factory=list)  # warnings about the corpus, not one document (a lost sidecar)
    errors: list[str] = field(default_factory=list)  # the collection's own files not written (index page, register)

    @property
    def failed(self) -> list[DocumentResult]:
        return [r for r in self.results if r.status == "failed"]

    def counts(self) -> dict[str, int]:
        counts = {"built": 0, "unchanged": 0, "failed": 0}
        for result in self.results:
            counts[result.status] += 1
        return counts

    def report_bytes(self) -> bytes:
        """The report as the JSON file ``--report`` writes (a source's name that is not UTF-8 text escaped)."""
        return (json.dumps(self.report(), indent=1, ensure_ascii=False) + "\n").encode("utf-8", "backslashreplace")

    def report(self) -> dict:
        return {
            "tool": f"tei-edition {__version__}",
            "elapsed_seconds": round(self.elapsed, 3),
            "counts": self.counts(),
            "removed": self.removed,
            "notes": self.notes,
            "errors": self.errors,
            "documents": [
                {
                    "source": r.source,
                    "status": r.status,
                    "document_id": r.document_id,
                    "outputs": sorted(r.digests),
                    "timings": {k: round(v, 4) for k, v in r.timings.items()},
                    "warnings": r.warnings,
                    "error": r.error,
                }
                for r in self.results
            ],
        }


# ----------------------------------------------------------------------------------------------- worker side


def warm_up(formats: tuple[str, ...] = FORMATS) -> None:
    """Load what the formats need once per worker process: schema, stylesheets, WeasyPrint (for PDF only)."""
    from . import render, validate

    validate.warm_up()
    if "html" in formats:
        render.warm_up(["html"])
    if "pdf" in formats:
        from . import pdf

        pdf.warm_up()
    # What the imports and the warm-up made lives as long as the worker: out of the cyclic collector's reach, its
    # full collections (frequent while WeasyPrint typesets) no longer walk it. With PDF, builds 2-5 % faster
    # (benchmarks/bench_build.py, N = 100); memory unchanged.
    gc.collect()
    gc.freeze()


def _start_worker(formats: tuple[str, ...]) -> None:
    """Initializer of a local worker process: leave when the build process is gone, then warm up.

    A worker waits for its next document on a pipe it holds both ends of, so it would never see the build process
    die (``kill -9``, the OOM killer): it would wait forever, holding its memory. A thread watches the parent."""
    for handle in _HELD_LOCKS:  # a forked worker's copy of the build lock's file: the build process holds the lock
        os.close(handle)
    _HELD_LOCKS.clear()
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_exit_with, args=(parent.sentinel,), name="tei-edition-parent", daemon=True).start()
    warm_up(formats)


def _exit_with(sentinel: int) -> None:
    multiprocessing.connection.wait([sentinel])
    os._exit(1)  # the build process is gone: nobody takes this worker's results any more


def _worker_config(path: str | None) -> EditionConfig:
    """The corpus config, read once per worker and again only when the file changes."""
    if path is None:
        return EditionConfig()
    try:
        stamp = Path(path).stat().st_mtime_ns
    except OSError:
        stamp = 0  # load_edition_config reports the unreadable file
    return _load_config(path, stamp)


@functools.lru_cache(maxsize=16)
def _load_config(path: str, mtime_ns: int) -> EditionConfig:
    del mtime_ns  # part of the cache key only
    return load_edition_config(Path(path))


def build_document(task: DocumentTask) -> DocumentResult:
    """Run the pipeline for one source. Never raises: a failure is a result, so one file cannot stop the rest."""
    result = DocumentResult(source=task.source, status="failed")
    try:
        # stylesheet messages (an element no template handles, a name pointing nowhere) go into the report
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            _run_stages(task, result)
        result.warnings.extend(str(w.message) for w in caught)
        result.digests = {name: hashlib.sha256(data).hexdigest() for name, data in sorted(result.outputs.items())}
        if task.out_dir is not None:
            # a local worker writes its own outputs: nothing large goes back to the client, and writing is parallel
            _write_outputs(Path(task.out_dir), result, task.previous_tei)
        result.status = "built"
    except EditionError as exc:
        result.error = str(exc)
        result.outputs, result.digests = {}, {}
    except OSError as exc:  # writing the outputs: a folder in the place of one, a full disk; no converter bug
        result.error = unwritten_message(exc, task.source, task.out_dir)
        result.outputs, result.digests = {}, {}
    except Exception as exc:  # noqa: BLE001 - isolate converter bugs too, with enough to report them
        where = traceback.extract_tb(exc.__traceback__)[-1]
        result.error = (
            f"{task.source}: internal error {type(exc).__name__}: {exc} "
            f"(at {Path(where.filename).name}:{where.lineno}); please report it with the file"
        )
        result.outputs, result.digests = {}, {}
    return result


def build_documents(tasks: list[DocumentTask]) -> list[DocumentResult]:
    """Several documents in one call to a worker: one round trip for a chunk of short documents."""
    return [build_document(task) for task in tasks]


def _run_stages(task: DocumentTask, result: DocumentResult) -> None:
    from . import stable_ids
    from .collection import summarize
    from .convert import convert_file, finish

    config = _worker_config(task.config_path)
    started = time.perf_counter()
    conversion = convert_file(Path(task.source), config=config, encoding=task.encoding)
    result.timings["convert"] = time.perf_counter() - started
    result.document_id = conversion.document_id
    result.warnings.extend(conversion.warnings)

    started = time.perf_counter()
    existing = None
    if task.previous_tei is not None:
        existing = stable_ids.parse_existing(task.previous_tei, Path(f"{conversion.document_id}.xml"),
                                             highest=stable_ids.parse_highest(task.previous_highest))
        stable_ids.check_overwrite(existing, task.force)
        result.backup_previous = existing.edited  # replaced with --force: the hand-edited file is kept first
    elif task.previous_highest:  # its TEI is gone (built again with --force): no number it used is given again
        existing = stable_ids.numbers_only(Path(f"{conversion.document_id}.xml"),
                                           stable_ids.parse_highest(task.previous_highest))
    tei = finish(conversion, existing)
    result.highest = stable_ids.stamped_highest(tei)
    result.summary = summarize(conversion.tree.getroot())
    result.timings["validate"] = time.perf_counter() - started
    ident = conversion.document_id
    if "tei" in task.formats:
        result.outputs[f"{ident}.xml"] = tei

    if "html" in task.formats or "pdf" in task.formats:
        from .cite import edition_citations

        citations = edition_citations(conversion.tree.getroot())  # from the tree at hand, not parsed again

    if "html" in task.formats:
        from .render import render_html

        started = time.perf_counter()
        params = {
            "tei-download-href": f"{ident}.xml" if "tei" in task.formats else "",
            "pdf-href": f"{ident}.pdf" if "pdf" in task.formats else "",
            **citations,
        }
        result.outputs[f"{ident}.html"] = render_html(tei, params=params).encode("utf-8")
        result.timings["html"] = time.perf_counter() - started

    if "pdf" in task.formats:
        from .pdf import render_pdf

        started = time.perf_counter()
        result.outputs[f"{ident}.pdf"] = render_pdf(tei, params=citations, paper=config.paper, tagged=config.tagged_pdf)
        result.timings["pdf"] = time.perf_counter() - started


# ----------------------------------------------------------------------------------------------- client side


def _dangling(path: Path) -> bool:
    """A symbolic link to nothing (its target was moved or deleted)."""
    return path.is_symlink() and not path.exists()


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def discover_sources(paths: Iterable[Path], *, skip: Path | None = None,
                     orphans: list[Path] | None = None) -> list[Path]:
    """Transcripts named, or found in the folders named (sorted; sidecars and configs are not sources).

    In a folder, hidden files and folders, what is under ``skip`` (the build's output folder, when it is inside the
    sources) and BagIt bags (a folder holding ``bagit.txt``: its tag files are text, never transcripts) are passed
    over. ``orphans``, if
    given, receives the folders' sidecars whose transcript is not beside them (renamed or removed)."""
    found: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            # hidden files and folders are no sources: macOS's '._name.txt' (binary, on shared and removable
            # disks) failed and took its transcript's document id; a '.venv' or '.obsidian' folder failed file by file
            listing = sorted(p for p in path.rglob("*") if not _hidden(p.relative_to(path)))
            files = [p for p in listing if p.suffix.lower() in SOURCE_SUFFIXES + DOCUMENT_SUFFIXES
                     and (p.is_file() or _dangling(p))]  # a link to nothing fails as its document, not unseen
            if orphans is not None:
                stems = {p.with_suffix("") for p in files}
                orphans.extend(p for p in listing if p.suffix.lower() == ".toml" and p.name != CORPUS_CONFIG_NAME
                               and p.with_suffix("") not in stems)
            passed_over = [Path(os.path.abspath(p.parent)) for p in files if p.name == "bagit.txt"]
            if skip is not None and Path(os.path.abspath(skip)).parent.is_relative_to(os.path.abspath(path)):
                passed_over.append(Path(os.path.abspath(skip)))  # inside the folder, not the folder itself
            if passed_over:
                files = [p for p in files
                         if not any(Path(os.path.abspath(p)).is_relative_to(folder) for folder in passed_over)]
            texts = {p.with_suffix("") for p in files if p.suffix.lower() in SOURCE_SUFFIXES}
            found.extend(p for p in files if p.suffix.lower() in SOURCE_SUFFIXES or p.with_suffix("") not in texts)
        elif path.is_file() or _dangling(path):
            found.append(path)
        else:
            raise InputError("no such file or folder; name transcripts or folders that hold them", path=path)
    folders: dict[Path, Path] = {}  # each folder resolved once

    def located(file: Path) -> Path:
        """The file in its folder, resolved: a symbolic link keeps its own name, so that its sidecar, its corpus
        config and its document id are those beside the link (a corpus of links to a store of raw files)."""
        if file.parent not in folders:
            folders[file.parent] = file.parent.resolve()
        return folders[file.parent] / file.name

    unique = list(dict.fromkeys(located(p) for p in found))
    if not unique:
        raise InputError(
            f"no transcripts ({', '.join(SOURCE_SUFFIXES)}) found; give the transcripts, or a folder that holds them",
            path=", ".join(str(p) for p in paths) or ".",
        )
    return unique


def _digest(*parts: bytes) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(len(part).to_bytes(8, "big"))
        h.update(part)
    return h.hexdigest()


def _read(path: Path | None) -> bytes:
    try:
        return path.read_bytes() if path is not None and path.is_file() else b""
    except OSError:
        return b""


_TOOL_FINGERPRINT: str | None = None


def tool_fingerprint() -> str:
    """The tool's version plus a hash of its code, stylesheets and schema: a change in any rebuilds everything."""
    global _TOOL_FINGERPRINT
    if _TOOL_FINGERPRINT is None:
        files = sorted(PACKAGE_ROOT.rglob("*.py"))
        for extra in ("xslt", "schema"):
            folder = resource_dir(extra)
            if folder.is_dir():
                files.extend(sorted(p for p in folder.rglob("*") if p.is_file()))
        _TOOL_FINGERPRINT = _digest(__version__.encode(), *(_read(p) for p in files))
    return _TOOL_FINGERPRINT


def input_hash(source: Path, shared: str) -> str:
    """A content hash of everything a document's outputs depend on: its source, its sidecar, and ``shared``."""
    return _digest(_read(source), _read(sidecar_path(source)), shared.encode())


def shared_inputs_hash(config_path: Path | None, config: EditionConfig, formats: tuple[str, ...],
                       encoding: str | None = None) -> str:
    """What every document of a corpus depends on (config, register, tool, formats, date, the sources' encoding):
    hashed once per build."""
    return _digest(
        _read(config_path),
        _read(config.register),
        tool_fingerprint().encode(),
        ",".join(formats).encode(),
        os.environ.get("SOURCE_DATE_EPOCH", "").encode(),
        *([encoding.encode()] if encoding else []),  # the hash of a UTF-8 build is the same as before the option
    )


def _plain_name(name: object) -> bool:
    """A plain file name (no folder, no '..'): all a manifest may name, for the build deletes what it names."""
    return isinstance(name, str) and name not in ("", ".", "..") and "/" not in name and "\\" not in name


def _sound_entries(data: object) -> dict[str, dict]:
    """The manifest's entries that have the shape the build wrote; others (an edited or damaged manifest) are
    dropped, which only costs their rebuild. An output name must be a plain file name: the build deletes the
    outputs a manifest lists, and must never be led to delete outside the output folder."""
    documents = data.get("documents") if isinstance(data, dict) else None
    if not isinstance(documents, dict):
        return {}

    plain = _plain_name
    sound = {}
    for key, entry in documents.items():
        if not isinstance(entry, dict):
            continue
        outputs, ident = entry.get("outputs", {}), entry.get("document_id")
        if (isinstance(outputs, dict) and all(plain(n) and isinstance(d, str) for n, d in outputs.items())
                and isinstance(entry.get("inputs", ""), str) and (ident is None or plain(ident))):
            sound[key] = entry
    return sound


class Manifest:
    """``dist/manifest.json``: per source, the input hash and the outputs (with their SHA-256) last built from it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.documents: dict[str, dict] = {}
        self.damage: str | None = None  # why the manifest on disk could not be read whole, if it could not
        # the copies of the registers the build wrote beside the editions (name → SHA-256): a register renamed in
        # edition.toml left its old copy in the folder, and in every bag of it, as a second register
        self.registers: dict[str, str] = {}
        if path.is_file():
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                self.documents = _sound_entries(data)
                registers = data.get("registers") if isinstance(data, dict) else None
                if isinstance(registers, dict):
                    self.registers = {name: digest for name, digest in registers.items()
                                      if _plain_name(name) and isinstance(digest, str)}
                listed = data.get("documents") if isinstance(data, dict) else None
                if not isinstance(listed, dict) or len(self.documents) < len(listed):
                    self.damage = "some of its entries are not as a build writes them"
            except (ValueError, OSError) as error:
                self.documents = {}  # a damaged manifest only costs a rebuild: the outputs' TEI keeps the ids
                self.damage = f"it cannot be read ({' '.join(str(error).split())[:120]})"
        self._saved = time.monotonic()
        # each entry's line as last written, kept with the entry it was made from: a save during a build of
        # thousands of documents encodes only the entries recorded since the last one (≈ 40 ms → ≈ 5 ms at 1,000)
        self._lines: dict[str, tuple[dict, str]] = {}

    def is_current(self, key: str, inputs: str, out_dir: Path) -> bool:
        entry = self.documents.get(key)
        if not entry or entry.get("inputs") != inputs:
            return False
        return all(
            (out_dir / name).is_file() and hashlib.sha256((out_dir / name).read_bytes()).hexdigest() == digest
            for name, digest in entry.get("outputs", {}).items()
        )

    def record(self, key: str, inputs: str, result: DocumentResult) -> None:
        self.documents[key] = {
            "inputs": inputs,
            "document_id": result.document_id,
            "outputs": dict(result.digests),
            "summary": result.summary,
            "highest": result.highest,
        }

    def mark_failed(self, key: str, error: str | None) -> None:
        """The latest build of ``key`` failed: its entry (the outputs of its last good build, kept in the folder and
        linked from the index page) says so, with the error, until a build succeeds or finds the source as it was
        then. package refuses to seal such outputs as the edition of the source, which has changed since."""
        entry = self.documents.get(key)
        if entry is not None and entry.get("failed") != error:
            self.documents[key] = {**entry, "failed": error or "failed"}  # a new entry: see _line

    def clear_failed(self, key: str) -> None:
        """The source is again what the entry's outputs were built from (an edit undone): they are its edition."""
        entry = self.documents.get(key)
        if entry is not None and "failed" in entry:
            self.documents[key] = {name: value for name, value in entry.items() if name != "failed"}

    def save(self, *, throttle: float = 0.0) -> None:
        if throttle and time.monotonic() - self._saved < throttle:
            return
        # one line per document: readable and diffable, and written by json's C encoder (indent= is pure Python)
        lines = [self._line(key, entry) for key, entry in sorted(self.documents.items())]
        text = (f'{{"tool": {json.dumps(f"tei-edition {__version__}")},\n'
                f'"registers": {json.dumps(self.registers, ensure_ascii=False, sort_keys=True)},\n'
                '"documents": {\n' + ",\n".join(lines) + "\n}}\n")
        try:
            write_atomic(self.path, text.encode("utf-8"))
        except OSError as exc:  # a full disk: the manifest, then
            raise naming(exc, self.path) from None
        self._saved = time.monotonic()

    def _line(self, key: str, entry: dict) -> str:
        cached = self._lines.get(key)
        if cached is None or cached[0] is not entry:  # record() makes a new entry; entries are never changed in place
            line = f" {json.dumps(key, ensure_ascii=False)}: {json.dumps(entry, ensure_ascii=False, sort_keys=True)}"
            cached = self._lines[key] = (entry, line)
        return cached[1]

    def owners(self) -> dict[str, list[str]]:
        """Document id, case-folded → the sources the manifest has built it from (looked up once per build, not per
        source)."""
        found: dict[str, list[str]] = {}
        for key, entry in self.documents.items():
            ident = entry.get("document_id")
            found.setdefault(ident.casefold() if isinstance(ident, str) else ident, []).append(key)
        return found


ProgressCallback = Callable[[str, DocumentResult | None], None]


def build(
    sources: Iterable[Path],
    out_dir: Path,
    *,
    jobs: int | None = None,
    formats: Iterable[str] = FORMATS,
    force: bool = False,
    scheduler: str | None = None,
    config_path: Path | None = None,
    progress: ProgressCallback | None = None,
    on_start: Callable[[int], None] | None = None,
    encoding: str | None = None,
) -> BuildSummary:
    """Build every source into ``out_dir``; documents whose inputs are unchanged are not rebuilt.

    ``progress(source, result)`` is called as documents start (result None) and finish; ``on_start(n)`` once the
    number of sources is known."""
    started = time.perf_counter()
    formats = tuple(f for f in FORMATS if f in set(formats))
    if problem := encoding_problem(encoding):
        raise InputError(problem, path="--encoding")
    orphans: list[Path] = []
    paths = discover_sources(sources, skip=Path(out_dir), orphans=orphans)
    suffixes = f"{', '.join(SOURCE_SUFFIXES[:-1])} or {SOURCE_SUFFIXES[-1]}"
    notes = [f"{sidecar}: a sidecar without its transcript (no {sidecar.stem}{suffixes} beside it): no document takes "
             "its facts, its document id among them; name it as its transcript is named, or remove it"
             for sidecar in orphans]
    if scheduler:
        check_scheduler(scheduler)  # before anything is written
    if on_start:
        on_start(len(paths))
    configs: dict[Path, tuple[Path | None, EditionConfig]] = {}
    shared: dict[Path | None, str] = {}
    folder_configs: dict[Path, Path | None] = {}  # looked up once per folder and build, not once per source
    source_configs: dict[Path, Path | None] = {}  # source → its corpus config
    for path in paths:  # every config first, before anything is written: a broken one fails the corpus
        if path.parent not in folder_configs:
            folder_configs[path.parent] = find_edition_config(path)
        cfg_path = source_configs[path] = config_path or folder_configs[path.parent]
        if cfg_path not in configs:
            configs[cfg_path] = (cfg_path, load_edition_config(cfg_path))
            if configs[cfg_path][1].register is not None:
                # a broken register fails the corpus, as a broken edition.toml does: checked here, before it fails
                # every document, is copied over the good one in dist/ and breaks the index page
                register_for(configs[cfg_path][1])
            shared[cfg_path] = shared_inputs_hash(cfg_path, configs[cfg_path][1], formats, encoding)
    _check_registers(configs.values(), Path(out_dir))
    notes += [f"{cfg_path}: no licence: the editions state the source text's rights status but no licence of their "
              "own, which an archive's intake asks for; add licence (and licence_uri) to it"
              for cfg_path, config in configs.values() if cfg_path is not None and not config.licence.strip()]
    notes += _register_header_notes(config for _, config in configs.values())
    if "html" in formats:
        _check_register_ids([config for _, config in configs.values()])
    _check_not_in_bag(Path(out_dir))
    out_dir = output_folder(out_dir)
    with _build_lock(out_dir):  # one build at a time writes into a folder and its manifest
        for leftover in out_dir.glob(".*.tmp"):  # temporary files of a build that was killed
            leftover.unlink(missing_ok=True)
        manifest = Manifest(out_dir / MANIFEST_NAME)
        if manifest.damage:  # said, for it costs a rebuild of what it lost: with PDF, minutes or hours
            notes.append(f"{manifest.path}: {manifest.damage}, so the documents it does not list are built again "
                         "(ids carry over from their TEI in the folder); it is written anew")
        base = _key_base(out_dir)
        _check_formats_kept(manifest, [_manifest_key(path, base) for path in paths], formats, out_dir)
        _check_own_files(out_dir, formats, configs.values(), manifest)
        gone = _remove_vanished(manifest, out_dir, base, notes)
        removed = list(gone)
        # a transcript renamed is one gone and one new of the same inputs: said, for its permalinks changed with it
        renamed_from = {entry.get("inputs"): (key, entry.get("document_id")) for key, entry in gone.items()}

        results: dict[str, DocumentResult] = {}
        tasks: list[tuple[str, str, DocumentTask]] = []
        claimed: dict[str, tuple[str, str]] = {}  # id case-folded → the source that has it in this build, the id
        keys: dict[Path, str] = {}  # source (resolved) → its manifest key
        path_of: dict[str, Path] = {}  # manifest key → source
        previous_tei: dict[str, bytes | None] = {}  # key → the TEI its last build wrote
        owners = manifest.owners()  # document id → the sources that had it in earlier builds
        reserved = _reserved_ids(config for _, config in configs.values())

        def refuse(key: str, error: str) -> None:
            """The source ``key`` is not built, for ``error``: failed in the results and the manifest, whose entry
            keeps the outputs of its last good build."""
            results[key] = DocumentResult(key, "failed", error=error)
            manifest.mark_failed(key, error)
            if progress:
                progress(key, results[key])

        for path in paths:
            cfg_path = source_configs[path]
            key = keys[path] = _manifest_key(path, base)
            path_of[key] = path
            clash, ident = _claim_document_id(claimed, owners, key, path, configs[cfg_path][1], reserved)
            if clash:
                refuse(key, clash)
                continue
            inputs = input_hash(path, shared[cfg_path])
            was, old_id = renamed_from.pop(inputs, (None, None))
            if was is not None and ident is not None and old_id not in (None, ident):
                notes.append(_renamed(f"{key} (was {was})", old_id, ident, path))
            if not force and manifest.is_current(key, inputs, out_dir):
                manifest.clear_failed(key)
                entry = manifest.documents[key]
                results[key] = DocumentResult(key, "unchanged", entry.get("document_id"))
                if progress:
                    progress(key, results[key])
                continue
            previous = previous_tei[key] = _previous_tei(manifest, key, out_dir, ident)
            lost = _lost_tei(manifest, key, out_dir) if previous is None else None
            if lost and not force:
                refuse(key, lost)
                continue
            # the numbers its ids had, where a TEI of it was written (one without TEI numbers its passages from 1)
            highest = manifest.documents.get(key, {}).get("highest") if previous is not None or lost else None
            local_out = None if scheduler else str(out_dir)
            task = DocumentTask(str(path), formats, str(cfg_path) if cfg_path else None, previous, force, local_out,
                                encoding, highest)
            tasks.append((key, inputs, task))

        try:
            # the index page's stylesheet compiled while this process waits for the workers' last documents, not
            # after them (16-50 ms at the very end of a build)
            idle = _warm_up_index if "html" in formats else None
            for key, inputs, result in _execute(tasks, jobs=jobs, scheduler=scheduler, progress=progress, idle=idle):
                result.source = key
                results[key] = result
                if result.status == "built":
                    if result.outputs:  # a Dask worker's result: the client writes
                        _write_outputs(out_dir, result, previous_tei[key])
                    old_entry = manifest.documents.get(key, {})
                    _remove_stale_outputs(old_entry, result.digests, out_dir)
                    if old_entry.get("document_id") not in (None, result.document_id):
                        notes.append(_renamed(key, old_entry["document_id"], result.document_id, path_of[key]))
                    manifest.record(key, inputs, result)
                    manifest.save(throttle=1.0)
                else:
                    manifest.mark_failed(key, result.error)
                if progress:
                    progress(key, result)
        finally:
            manifest.save()

        errors: list[str] = []  # the collection's own files not written (a full disk): failures, after the documents'
        every = [config for _, config in configs.values()]
        if "tei" in formats:
            _write_registers(manifest, every, out_dir, errors)
        if "html" in formats:
            from .collection import write_collection_index

            # sources without a corpus config have the default title, no collection's: not named beside others
            named = [config for cfg_path, config in configs.values() if cfg_path is not None]
            title, language = collection_heading(named or every)
            registers = [config.register for config in _distinct_registers(every)]  # of each collection built here
            with _failing_into(errors, out_dir / "index.html"):
                write_collection_index(out_dir, manifest.documents, title, language, registers)
        ordered = [results[keys[p]] for p in paths if keys.get(p) in results]
        kept = sum(1 for r in ordered if r.status == "failed" and manifest.documents.get(r.source, {}).get("outputs"))
        if kept:  # else "failed" reads as if the edition were gone, and package's refusal later comes unexplained
            notes.append(f"{out_dir}: the outputs of the last good build of {kept} failed source(s) stay there, "
                         "linked from the index page; tei-edition package refuses them until those sources build "
                         "again or are taken out of the collection")
        return BuildSummary(ordered, removed, time.perf_counter() - started, notes, errors)


def _register_header_notes(configs: Iterable[EditionConfig]) -> list[str]:
    """A register whose entries pass (register.check_entries: the documents carry copies of them) but which is not
    valid as a whole: its copy beside the editions then fails `tei-edition validate` of the folder, and a package of
    it an archive's intake, long after the build said nothing. Said once per register, with the first problem."""
    from .validate import validate_file

    notes = []
    for register in dict.fromkeys(config.register for config in configs if config.register is not None):
        problems = validate_file(register)
        if problems:
            first = problems[0]
            where = f"line {first.line}: " if first.line else ""
            notes.append(f"{register}: not valid as a TEI document of this edition ({where}{first.message}), though "
                         "its entries are: the build copies it beside the editions, where `tei-edition validate` "
                         "will report it; give its teiHeader what seeds/register.xml has (a publicationStmt with a "
                         "publisher, an idno and a licence)")
    return notes


def collection_heading(configs: list[EditionConfig]) -> tuple[str, str]:
    """The index page's title and language, from the corpus configs of the sources built together: theirs when
    they agree; else every title, in the order of the sources (a page of two collections is titled by both, not by
    whichever sorts first), and "mul" (BCP 47: several languages)."""
    configs = configs or [EditionConfig()]
    titles = list(dict.fromkeys(config.title for config in configs))
    languages = set(config.language for config in configs)
    return " · ".join(titles), (configs[0].language if len(languages) == 1 else "mul")


def _write_registers(manifest: Manifest, configs: list[EditionConfig], out_dir: Path, errors: list[str]) -> None:
    """Copy each corpus config's register beside the editions, record the copies in the manifest (their SHA-256:
    validate and package compare them, as the editions), and remove a copy an earlier build wrote that no config
    names any more (a register renamed in edition.toml), unless an edition now has its name."""
    written: dict[str, str] = {}
    for config in configs:
        if config.register and config.register.is_file():
            name = config.register.name
            with _failing_into(errors, out_dir / name):
                data = config.register.read_bytes()
                write_atomic(out_dir / name, data)
                written[name] = hashlib.sha256(data).hexdigest()
    outputs = {name for entry in manifest.documents.values() for name in entry.get("outputs", {})}
    for name in set(manifest.registers) - set(written) - outputs:
        with _failing_into(errors, out_dir / name):
            (out_dir / name).unlink(missing_ok=True)
    if written != manifest.registers:
        manifest.registers = written
        with _failing_into(errors, manifest.path):
            manifest.save()


def _warm_up_index() -> None:
    from . import render

    render.warm_up(["collection"])


def _execute(tasks, *, jobs, scheduler, progress, idle=None) -> Iterator[tuple[str, str, DocumentResult]]:
    """Run the tasks in this process, in local worker processes, or on a Dask cluster; yield as they finish.
    ``idle()`` is called when this process has nothing left to do but wait for local workers."""
    if not tasks:
        return
    # Longest first: a long document started last would keep one core busy while the others wait (the PDF stage
    # takes a quarter to half a second per document); source size is a good enough measure of the work.
    tasks = sorted(tasks, key=lambda entry: _source_size(entry[2].source), reverse=True)
    if scheduler:
        yield from _execute_dask(tasks, scheduler)
        return
    jobs = min(jobs or usable_cpus(), usable_cpus(), len(tasks))
    if jobs == 1:
        for key, inputs, task in tasks:
            if progress:
                progress(key, None)
            yield key, inputs, build_document(task)
        return
    yield from _execute_local(tasks, jobs, progress, idle)


def usable_cpus() -> int:
    """The CPUs this process may run on (its affinity, which a container or `taskset` narrows), not the machine's.

    More workers than that only cost memory (up to ~200 MB each with PDF) and time: the work is CPU-bound, so an
    explicit ``--jobs`` above it is lowered to it as well."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):  # not on Linux
        return os.cpu_count() or 1


def _source_size(source: str) -> int:
    try:
        return os.path.getsize(source)
    except OSError:
        return 0


def _execute_local(tasks, jobs: int, progress, idle=None) -> Iterator[tuple[str, str, DocumentResult]]:
    """Worker processes, and for TEI and HTML this process too, take documents from one queue, longest first.

    Without PDF this process builds documents beside ``jobs - 1`` workers: it has the converter imported already,
    so it starts at once while the workers start (SaxonC and html.xsl; a spawned one imports as well), and
    one worker fewer is one start-up fewer. With PDF (a quarter to half a second a document) start-up counts less,
    and this process only hands out documents and records results, so it never keeps a worker waiting for its next
    document and holds no WeasyPrint.

    Without PDF, workers are forked when that is safe (``_start_method``): a forked worker has the converter imported
    already and starts ≈ 0.2 s sooner (N = 100: 1.17 → 1.03 s). With PDF they are spawned: forked ones built 100
    documents 2 % slower (10.69 vs 10.45 s, five runs each), which their earlier start does not make up. This thread
    hands out the first documents, so that the workers are forked before any other thread runs; a feeder thread then
    keeps each worker supplied even while this process is in the middle of a document of its own. Short documents go
    in chunks (up to 8, fewer as the queue runs out, one at the end), so that a worker is never idle while the feeder
    waits for this process's interpreter lock; with PDF, one at a time, so that no worker holds a document another
    could start.
    """
    formats = tasks[0][2].formats
    with_pdf = "pdf" in formats
    builds_here = not with_pdf
    workers = jobs - 1 if builds_here else jobs
    queue = collections.deque(tasks)
    lock = threading.Lock()
    finished: SimpleQueue = SimpleQueue()  # (keys, future) of the workers as they finish; None when the feeder is done
    pool = ProcessPoolExecutor(
        max_workers=workers, initializer=_start_worker, initargs=(formats,),
        mp_context=get_context("spawn" if with_pdf else _start_method()),
    )
    in_flight: dict = {}

    def next_chunk() -> list:
        size = 1 if with_pdf else max(1, min(8, len(queue) // (4 * jobs)))
        return [queue.popleft() for _ in range(min(size, len(queue)))]

    def fill() -> None:
        with lock:
            while queue and len(in_flight) < 2 * workers:  # one running and one waiting per worker
                chunk = next_chunk()
                future = pool.submit(build_documents, [task for _, _, task in chunk])
                in_flight[future] = [(key, inputs) for key, inputs, _ in chunk]

    def feed() -> None:
        try:
            while True:
                fill()
                if not in_flight:
                    return
                done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
                for future in done:
                    finished.put((in_flight.pop(future), future))
        except BaseException as exc:  # a broken pool or a shut-down executor: the main thread raises it
            finished.put((None, exc))
        finally:
            finished.put(None)

    feeder_done = False

    def collect(block: bool) -> Iterator[tuple[str, str, DocumentResult]]:
        """What the workers finished: what is there already, or (``block``) everything up to the last."""
        nonlocal feeder_done
        while not feeder_done and (block or not finished.empty()):
            item = finished.get()
            if item is None:
                feeder_done = True
                return
            keys, future = item
            try:
                if isinstance(future, BaseException):
                    raise future
                results = future.result()
            except BrokenProcessPool:
                raise WorkerDied(
                    "a worker process ended abruptly (killed, or out of memory) while building "
                    f"{', '.join(key for key, _ in keys or []) or 'a document'}: the documents finished so far are "
                    "kept; run the build again to complete it (with fewer --jobs if memory is short)") from None
            for (key, inputs), result in zip(keys, results):
                yield key, inputs, result

    feeder = threading.Thread(target=feed, name="tei-edition-feeder", daemon=True)
    completed = False
    try:
        fill()  # the first submission starts the workers: forked here, while this is the process's only thread
        feeder.start()
        while builds_here:
            with lock:
                entry = queue.popleft() if queue else None
            if entry is None:
                break
            key, inputs, task = entry
            if progress:
                progress(key, None)
            yield key, inputs, build_document(task)
            yield from collect(block=False)
        if idle is not None:
            idle()
        yield from collect(block=True)
        completed = True
    finally:
        with lock:
            queue.clear()  # the feeder submits nothing more
        # after a normal end the workers exit while the client writes the index; after an error, wait for them
        pool.shutdown(wait=not completed, cancel_futures=True)


def _start_method() -> str:
    """How local workers start: "fork" where that is safe, else "spawn" (a new interpreter, which imports the
    converter again: ≈ 0.2 s of each worker's start).

    A forked child is a copy of this process but has only the thread that forked. That is safe on Linux while this
    process has one thread (native ones counted: /proc/self/task) and has not loaded SaxonC, whose GraalVM isolate a
    copy could not use. A build run from the command line forks (the progress bar draws without a thread of its
    own); a build called again in a process that rendered before, or beside other threads (a test run, a
    notebook), spawns."""
    if sys.platform != "linux" or "saxonche" in sys.modules:
        return "spawn"
    try:
        threads = len(os.listdir("/proc/self/task"))
    except OSError:
        return "spawn"
    return "fork" if threads == 1 else "spawn"


def check_scheduler(scheduler: str, timeout: str = "10s") -> None:
    """Connect to the Dask scheduler once (a handshake, then close); an InputError naming the address if there is
    no scheduler: a malformed address, nothing listening, or something else than a scheduler answering."""
    import asyncio

    try:
        from distributed.comm import connect
    except ImportError as exc:  # pragma: no cover - distributed is a dependency
        raise InputError(f"--scheduler needs the 'distributed' package: {exc}")

    async def probe() -> None:
        comm = await connect(scheduler, timeout=timeout)
        await comm.close()

    try:
        asyncio.run(probe())
    except Exception as exc:  # ValueError (address), OSError/TimeoutError, or garbage from a non-scheduler
        reason = " ".join(str(exc).split())[:200]
        if isinstance(exc, MemoryError) or not reason:  # bytes read as a huge message length
            reason = f"what answers there is not a Dask scheduler ({type(exc).__name__})"
        raise InputError(f"cannot reach the Dask scheduler: {reason}; give the address of a running scheduler, "
                         "such as tcp://10.0.0.5:8786", path=scheduler) from None


def _execute_dask(tasks, scheduler: str) -> Iterator[tuple[str, str, DocumentResult]]:
    """The same per-document tasks on an existing Dask distributed cluster."""
    try:
        from distributed import Client, as_completed as dask_completed
    except ImportError as exc:  # pragma: no cover - distributed is a dependency
        raise InputError(f"--scheduler needs the 'distributed' package: {exc}")
    try:
        client = Client(scheduler, timeout="10s", set_as_default=False)
    except Exception as exc:  # not only OSError: a malformed address is a ValueError
        raise InputError(f"cannot reach the Dask scheduler: {exc}; is it running and reachable?", path=scheduler)
    by_source = {task.source: (key, inputs) for key, inputs, task in tasks}
    try:
        client.run(warm_up, tasks[0][2].formats)
        futures = client.map(build_document, [task for _, _, task in tasks], pure=False)
        for future in dask_completed(futures, loop=client.loop):
            result = future.result()
            key, inputs = by_source[result.source]
            yield key, inputs, result
    finally:
        client.close()


#: The longest document id: its outputs are written under temporary names ('.<id>.mods.xml.k2j4x9qa.tmp', 24
#: characters more), which must stay within the 255 bytes a file name may have; 200 leaves room for a bag's paths.
MAX_ID_LENGTH = 200


def id_clash(claimed: dict[str, tuple[str, str]], ident: str, owner: str, source: Path,
             earlier: Iterable[str] = ()) -> str | None:
    """Why ``source`` may not have the document id ``ident``, if it may not (the message, without the path); else
    None, and the id is now ``owner``'s. Outputs are named by the id, so a second source with an id taken earlier in
    the run would overwrite the first one's outputs. Ids are compared case-folded: ids that differ only in case are
    one file name where the outputs may be copied to (macOS, Windows, many network shares: a bag of the editions, a
    mirror). ``claimed`` maps each case-folded id taken in this run to its owner and the id as given; ``owner`` says
    who asks (a manifest key, a resolved path: the same file named twice is no clash); ``earlier`` names the owners
    of this id before this run (the build's manifest) that still exist. Used by ``build`` and ``convert`` alike. An
    id too long for a file name, or a Windows device's name, is no source's either."""
    sidecar = f'its sidecar ({sidecar_path(Path(source)).name}: id = "…")'
    if len(ident) > MAX_ID_LENGTH:
        return (f"document id {ident[:40]}… is {len(ident)} characters long, more than the {MAX_ID_LENGTH} an output's "
                f"file name leaves room for (file systems allow 255 bytes); give this transcript a shorter id in "
                f"{sidecar}, or a shorter name")
    if ident.split(".")[0].casefold() in WINDOWS_DEVICE_NAMES:
        return (f"document id {ident!r} is the name of a device on Windows, where no file {ident}.xml can be made "
                f"(an archive's copy would lack it); give this transcript another id in {sidecar}, or rename it")
    folded = ident.casefold()
    other, other_id = claimed.get(folded) or (next((k for k in earlier if k != owner), None), ident)
    if other is None:
        claimed[folded] = (owner, ident)
        return None
    if other == owner and other_id == ident:
        return None
    if unicodedata.normalize("NFC", str(other)) == unicodedata.normalize("NFC", str(owner)):
        # 'café.txt' twice: one name in two Unicode forms (macOS writes an accent as a character of its own), which
        # look alike in every listing and message; most often a copy, never meant as a second transcript
        return (f"document id {ident!r} is already the id of {other}, the same name in another Unicode form (an "
                "accented letter as one character or as a letter and an accent): two files that look alike; remove "
                "or rename one of them")
    same = (f"differs only in case from {other_id!r}, the id of {other} (one file name on a disk that ignores "
            "case, as macOS's and Windows's do)" if other_id != ident else f"is already the id of {other}")
    return f"document id {ident!r} {same}; outputs are named by it, so give this transcript its own id in {sidecar}"


#: The suffix of each format's output (``<id>.xml``, ``.html``, ``.pdf``).
FORMAT_SUFFIXES = {"tei": ".xml", "html": ".html", "pdf": ".pdf"}


def _check_formats_kept(manifest: Manifest, keys: list[str], formats: tuple[str, ...], out_dir: Path) -> None:
    """A build replaces what the last one made from each source: with fewer ``--formats`` (``tei`` for a quick
    check), the HTML and PDF editions already in the folder were deleted, and the index page linked to them still.
    InputError naming the formats there, before anything is changed; removing those files first is the way to
    drop a format."""
    dropped = {suffix: name for name, suffix in FORMAT_SUFFIXES.items() if name not in formats}
    if not dropped:
        return
    present = sorted({dropped[Path(output).suffix] for key in keys
                      for output in manifest.documents.get(key, {}).get("outputs", {})
                      if Path(output).suffix in dropped and (out_dir / output).is_file()})
    if present:
        kept = ",".join(f for f in FORMATS if f in formats or f in present)
        raise InputError(f"holds the {' and '.join(present)} editions of an earlier build, which a build of "
                         f"--formats {','.join(formats)} would delete; build them too (--formats {kept}), build into "
                         f"another folder (-o), or remove those files first", path=out_dir)


@contextlib.contextmanager
def _failing_into(errors: list[str], target: Path) -> Iterator[None]:
    """A system error while writing ``target`` (one of the collection's own files) is a failure of the build, said
    with the documents' failures, not an exception that hides them; it names ``target`` (a full disk fails a
    write, whose error names no file)."""
    try:
        yield
    except OSError as exc:
        errors.append(os_error_message(naming(exc, target)))


def _renamed(key: str, old: str, new: str, source: Path) -> str:
    """The note for a document whose id changed (its sidecar's id, its file name's case): its outputs under the old
    id are gone, and with them every permalink and citation of it."""
    return (f"{key}: its document id changed from {old!r} to {new!r}, so its outputs under {old!r} were removed and "
            f"permalinks to {old} no longer lead to it; to keep them, give it id = \"{old}\" in its sidecar "
            f"({sidecar_path(source).name})")


def _check_own_files(out_dir: Path, formats: tuple[str, ...], configs: Iterable[tuple[Path | None, EditionConfig]],
                     manifest: Manifest) -> None:
    """Beside the editions the build writes the collection's index page and a copy of each register: a file of
    that name it did not write (a site's own index.html in the folder given with -o, another register) was
    replaced without a word. InputError naming it, before anything is changed."""
    index = out_dir / "index.html"
    if "html" in formats and index.is_file():
        with index.open("rb") as page:
            if b'<meta name="generator" content="tei-edition' not in page.read(4096):
                raise InputError("a page tei-edition did not write, which the build would replace with the "
                                 "collection's index page; move it, or build into another folder (-o)", path=index)
    if "tei" in formats and not manifest.path.is_file():  # a folder no build has written into
        for _, config in configs:
            copy = out_dir / config.register.name if config.register is not None else None
            if copy is not None and copy.is_file() and copy.resolve() != config.register.resolve() \
                    and _read(copy) != _read(config.register):
                raise InputError(f"a file tei-edition did not write, which the build would replace with a copy of "
                                 f"the register ({config.register}); move it, or build into another folder (-o)",
                                 path=copy)


def _check_not_in_bag(out_dir: Path) -> None:
    """A BagIt bag (``tei-edition package``'s output, or a folder in it, such as its ``data/``) is sealed by its
    checksums: a build into it (``-o`` given the bag's name for the dist folder's) changed and added files, and the
    archive's copy no longer verified. InputError naming the bag, before anything is written."""
    from .package import is_bag

    folder = Path(os.path.abspath(out_dir))
    bag = next((p for p in (folder, *folder.parents) if is_bag(p)), None)
    if bag is not None:
        raise InputError(f"is {'' if bag == folder else 'in '}a BagIt bag ({bag}), which its checksums seal: a build "
                         "would change it and it would no longer verify; build into the dist folder (-o), then "
                         "package that again (tei-edition package)", path=out_dir)


LOCK_NAME = ".tei-edition.lock"  # hidden: neither packaged nor validated


@contextlib.contextmanager
def _build_lock(out_dir: Path) -> Iterator[None]:
    """Hold the output folder for this build. Two builds into one folder at once (a second terminal, an overlapping
    scheduled job) each saved the manifest without the other's documents, and one's index page listed half the
    editions. The lock is the operating system's (``flock``): a killed build holds it no more."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not on a POSIX system: no lock
        yield
        return
    lock = out_dir / LOCK_NAME
    try:
        handle = os.open(lock, os.O_RDWR | os.O_CREAT, 0o666)
    except PermissionError:
        if not lock.is_file():
            raise
        # the lock an earlier build of a colleague's left (theirs, not writable by others) refused every other build
        # of a folder they share: a local file system locks a file open for reading as well
        handle = os.open(lock, os.O_RDONLY)
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise InputError("another tei-edition build is writing into this folder; wait for it to end (or for the "
                             "package being made of it), or build into another folder (-o)", path=out_dir) from None
        except OSError:  # NFS locks a file only for those who may write it
            raise InputError("the lock file of another user's build, which this file system lets only those who may "
                             "write it lock; make it writable for your group (chmod g+w), or remove it while no build "
                             "runs", path=lock) from None
        # the folder takes new files (the lock's may be there already): else a build of hundreds of documents into a
        # folder it cannot write failed only once every document was made. A killed build's probe goes as a leftover.
        probe = out_dir / ".tei-edition.probe.tmp"
        os.close(os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
        probe.unlink()
        _HELD_LOCKS.add(handle)
        yield
    finally:
        _HELD_LOCKS.discard(handle)
        os.close(handle)


#: The build locks this process holds (file descriptors): a forked worker closes its copies, which would otherwise
#: hold the lock (flock's is the open file's) until the worker ends, after the build that took it.
_HELD_LOCKS: set[int] = set()


def _check_registers(configs: Iterable[tuple[Path | None, EditionConfig]], out_dir: Path) -> None:
    """Each corpus config's register is copied into the output folder under its own name: two configs naming
    different registers of one name (collections in folders of their own, built together) would leave one register
    for the editions of both. InputError naming both, before anything is built."""
    by_name: dict[str, tuple[Path | None, Path]] = {}
    for cfg_path, config in configs:
        if config.register is None:
            continue
        other_cfg, other = by_name.setdefault(config.register.name, (cfg_path, config.register))
        if other.resolve() != config.register.resolve() and _read(other) != _read(config.register):
            raise InputError(
                f"names a register other than {other_cfg}'s ({other}), and both would be written to "
                f"{out_dir / other.name}; build each collection into its own output folder (-o), or give them one "
                "corpus config (--config)", path=cfg_path)


def _distinct_registers(configs: Iterable[EditionConfig]) -> list[EditionConfig]:
    """One config per register file (resolved), in the order of the sources."""
    found: dict[Path, EditionConfig] = {}
    for config in configs:
        if config.register is not None and config.register.is_file():
            found.setdefault(config.register.resolve(), config)
    return list(found.values())


def _check_register_ids(configs: list[EditionConfig]) -> None:
    """The collection index lists every register entry its editions mention, by id: two registers (collections
    built together) that give one id to two different entries would have it list one's mentions under the other's
    name. InputError naming both, before anything is built; an entry both hold alike is no conflict."""
    registers = [(config.register, register_for(config)) for config in _distinct_registers(configs)]
    if len(registers) < 2:
        return
    seen: dict[str, tuple[Path, object]] = {}
    for path, register in registers:
        for entry in register:
            other_path, other = seen.setdefault(entry.id, (path, entry))
            if other_path != path and other != entry:
                raise InputError(
                    f"its entry {entry.id!r} is not the entry of that id in {other_path}, and the collection index of "
                    "editions built together lists mentions by id (one's under the other's name); give one of them "
                    "another id, or build each collection into its own output folder (-o)", path=path)


def _reserved_ids(configs: Iterable[EditionConfig]) -> dict[str, str]:
    """Document ids (case-folded: some file systems ignore case) whose outputs would have the name of a file the
    build writes itself beside them (the collection's index page, each config's register), or whose catalogue
    records would have the name of the collection's when the folder is packaged, → what that file is, and who
    writes it."""
    beside = "which the build writes beside them"
    reserved = {
        "index": f"the collection's index page (index.html), {beside}",
        # package (metadata.write_records) refused such a folder, only once it was built: a late surprise
        "collection": "the collection's catalogue records (collection.dc.xml, collection.mods.xml), which tei-edition "
                      "package writes beside the editions' own",
        "collection-level": "the catalogue record of the collection as a whole (collection-level.mods.xml), which "
                            "tei-edition package writes beside the editions' own",
    }
    for config in configs:
        if config.register is not None:
            reserved.setdefault(config.register.stem.casefold(), f"the register ({config.register.name}), {beside}")
    return reserved


def _claim_document_id(
    claimed: dict[str, tuple[str, str]], owners: dict[str, list[str]], key: str, path: Path, config: EditionConfig,
    reserved: dict[str, str],
) -> tuple[str | None, str | None]:
    """Ids must be unique across the corpus (outputs are named by them): the first source in order keeps an id.
    An id in ``reserved`` (``_reserved_ids``) is no source's: its outputs and the build's own file would overwrite
    each other. Returns the problem (None: the id is the source's now) and the id (None: not known here)."""
    if problem := name_problem(path):
        return problem, None
    try:
        ident = document_id(path, load_sidecar(path), config)
    except EditionError:
        return None, None  # the worker reports a broken sidecar with the rest of the document's problems
    if ident.casefold() in reserved:
        return (
            f"{path}: document id {ident!r} would give its outputs the name of {reserved[ident.casefold()]}; give "
            f'this transcript another id in its sidecar ({sidecar_path(path).name}: id = "…") or rename it'
        ), ident
    # every earlier owner still exists: the outputs of vanished sources were removed before (_remove_vanished)
    problem = id_clash(claimed, ident, key, path, owners.get(ident.casefold(), ()))
    return (f"{path}: {problem}" if problem else None), ident


def _key_base(out_dir: Path) -> Path:
    """What manifest keys are relative to: the folder that holds the output folder (the project, for ``-o dist``),
    so that a build started from any working folder finds the same keys, and moving the project keeps them."""
    return Path(out_dir).resolve().parent


def _manifest_key(path: Path, base: Path) -> str:
    """A source's key in the manifest: its path relative to ``base`` (``_key_base``), else its absolute path.

    ``path`` and ``base`` are resolved already (``discover_sources``): resolving costs a system call per path
    component, ≈ 0.1 s for 1,000 sources."""
    try:
        return path.relative_to(base).as_posix()
    except ValueError:
        return path.as_posix()


def _previous_tei(manifest: Manifest, key: str, out_dir: Path, ident: str | None = None) -> bytes | None:
    """The TEI the last build wrote from the source ``key``: its ids carry over, and an edit by hand is not lost.
    Where the manifest has no entry for it (a manifest damaged or deleted, a folder ``convert`` wrote into), the
    TEI of its id (``ident``) in the folder is that document's: without it a damaged manifest renumbered a changed
    document's passages (every retired id forgotten) and replaced a TEI edited by hand without a backup."""
    entry = manifest.documents.get(key)
    name = entry.get("document_id") if entry else ident
    if not name:
        return None
    path = out_dir / f"{name}.xml"
    try:
        return path.read_bytes() if path.is_file() else None
    except OSError:
        return None  # unreadable: the worker's write says what is wrong with the folder


def _lost_tei(manifest: Manifest, key: str, out_dir: Path) -> str | None:
    """Why the source ``key`` is not built again, if the TEI its last build wrote is gone: the ids its passages are
    cited by, and those retired, went with it, so numbering its passages afresh could give a published id to other
    words. (None where the manifest records no TEI of it.)"""
    entry = manifest.documents.get(key) or {}
    name = f"{entry.get('document_id')}.xml"
    if name not in entry.get("outputs", {}) or (out_dir / name).exists():  # (one there but unreadable: said later)
        return None
    return (f"{out_dir / name}: the TEI the last build wrote is gone, and with it the ids its passages are cited by; "
            "put it back (from a copy, a package of the editions, or a backup beside it), or build with --force to "
            "number its passages afresh, above every number used before (its old ids then lead nowhere)")


def _write_outputs(out_dir: Path, result: DocumentResult, previous_tei: bytes | None) -> None:
    """Write a built document's outputs (a hand-edited TEI they replace kept first), and let go of their bytes."""
    if result.backup_previous:
        _backup(out_dir, result.document_id, previous_tei)
    for name, data in result.outputs.items():
        write_atomic(out_dir / name, data, durable=False)  # see write_atomic: the manifest is durable
    result.outputs = {}


def _backup(out_dir: Path, document_id: str, previous: bytes) -> None:
    """Keep a hand-edited TEI as <id>.xml.bak (then .bak2 …) before it is replaced."""
    from .stable_ids import backup_path

    write_atomic(backup_path(out_dir / f"{document_id}.xml"), previous)


def _remove_stale_outputs(old_entry: dict, new_outputs: dict[str, str], out_dir: Path) -> None:
    """Outputs the previous build made from this source and this one does not (e.g. a changed document id)."""
    for name in old_entry.get("outputs", {}):
        if name not in new_outputs:
            (out_dir / name).unlink(missing_ok=True)


def _remove_vanished(manifest: Manifest, out_dir: Path, base: Path, notes: list[str]) -> dict[str, dict]:
    """A source that no longer exists (its key read against ``base``) takes its outputs with it; a TEI among them
    edited since the build (its SHA-256 no longer the manifest's) is kept as a backup first, said in ``notes``:
    removing or renaming a transcript deleted the edits made by hand to its edition. Returns the entries removed,
    by key."""
    removed = {}
    for key in sorted(manifest.documents):
        if not (base / key).exists():
            for name, digest in manifest.documents[key].get("outputs", {}).items():
                output = out_dir / name
                if name.endswith(".xml") and _edited_since_build(output, digest):
                    kept = _keep_edited(output)
                    notes.append(f"{key}: the source is gone, and its TEI had been edited since the build: kept as "
                                 f"{kept} (its edits are in no edition now); carry them over to the source or its "
                                 "new edition, then move the backup out of the folder")
                output.unlink(missing_ok=True)
            removed[key] = manifest.documents.pop(key)
    if removed:
        manifest.save()
    return removed


def _edited_since_build(path: Path, digest: str) -> bool:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest() != digest
    except OSError:
        return False  # gone already, or unreadable: nothing to keep


def _keep_edited(path: Path) -> Path:
    """Rename an edited TEI to its first free backup name (stable_ids.backup_path), which no build replaces."""
    from .stable_ids import backup_path

    kept = backup_path(path)
    os.replace(path, kept)
    return kept
