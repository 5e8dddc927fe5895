"""Archival packages: a BagIt bag of the built editions (with DC/MODS records and fixity), and its verification.

``package(dist, bag)`` copies everything under the dist folder into the bag's ``data/`` (keeping the layout,
whatever ``build`` makes it), adds Dublin Core and MODS records made from the teiHeaders under
``data/metadata/`` unless the dist folder already has them (and the MODS record of the collection as a whole unless
it has that), writes SHA-256 and SHA-512 manifests and a ``bag-info.txt`` filled from the teiHeaders and the
corpus config's contact settings. The bag is built in a temporary folder beside the target and
renamed into place, so a failure never leaves a half bag. ``verify(bag)`` names every file that changed, is
missing or was added since.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import glob
import logging
import os
import re
import shutil
import tempfile
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from . import TEI_NS
from .config import EditionConfig
from .errors import WINDOWS_DEVICE_NAMES, EditionError, OverwriteRefused, output_folder

CHECKSUMS = ("sha256", "sha512")
METADATA_DIR = "metadata"
#: The BagIt version written: RFC 8493 defines BagIt 1.0 (bagit.py writes the draft's 0.97 unless told otherwise).
BAGIT_VERSION = "1.0"
_T = {"t": TEI_NS}


class PackageError(EditionError):
    """A dist folder that cannot be packaged, or a folder that is not a bag."""


@dataclass(frozen=True)
class Edition:
    """What bag-info.txt needs from one TEI document's header."""

    path: Path
    doc_id: str
    uri: str | None
    publishers: tuple[str, ...]
    project: str | None
    emails: tuple[str, ...]
    addresses: tuple[str, ...]


def _text(nodes) -> list[str]:
    return [" ".join("".join(n.itertext()).split()) for n in nodes if "".join(n.itertext()).strip()]


def _parse(path: Path) -> etree._Element:
    """The root of an XML file package reads (an edition, a catalogue record): no entity resolved, nothing fetched."""
    return etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True)).getroot()


def read_edition(path: Path) -> Edition | None:
    """The header facts of ``path`` when it is an edition (a TEI document with a text and a document id)."""
    try:
        root = _parse(path)
    except (etree.XMLSyntaxError, OSError, UnicodeEncodeError):  # the last: a name not in UTF-8 (validate says so)
        return None
    if root.tag != f"{{{TEI_NS}}}TEI" or root.find(f"{{{TEI_NS}}}text") is None:
        return None
    pub = root.find("t:teiHeader/t:fileDesc/t:publicationStmt", _T)
    doc_id = pub.xpath("normalize-space(t:idno[@type='document'])", namespaces=_T) if pub is not None else ""
    if not doc_id:
        return None
    uri = pub.xpath("normalize-space(t:idno[@type='URI'])", namespaces=_T) or None
    addresses = tuple(
        ", ".join(_text(a.xpath("t:addrLine | t:street | t:postCode | t:settlement | t:country", namespaces=_T)))
        for a in pub.xpath("t:address", namespaces=_T)
    )
    return Edition(
        path=path,
        doc_id=doc_id,
        uri=uri,
        publishers=tuple(_text(pub.xpath("t:publisher | t:distributor | t:authority", namespaces=_T))),
        project=next(iter(_text(root.xpath("t:teiHeader/t:encodingDesc/t:projectDesc/t:p[1]", namespaces=_T))), None),
        emails=tuple(_text(pub.xpath(".//t:email", namespaces=_T))),
        addresses=tuple(a for a in addresses if a),
    )


def collection_title(dist: Path) -> str | None:
    """The collection's title, as its page (``index.html``, titled from edition.toml by ``build``) states it."""
    from lxml import html

    page = dist / "index.html"
    if not page.is_file():
        return None
    try:
        titles = html.parse(str(page)).xpath("/html/head/title")
    except (OSError, etree.ParserError, etree.XMLSyntaxError):
        return None
    return next((" ".join(t.text_content().split()) for t in titles if t.text_content().strip()), None)


_BUILD_MANIFEST = "manifest.json"  # build.MANIFEST_NAME (build is not imported here: it imports the converter)


def _payload_files(dist: Path) -> list[Path]:
    """Every file under ``dist`` to archive, sorted. Left out: hidden and temporary files (``.*``, ``*.tmp``), the
    build's own manifest (``manifest.json`` at the top), its bookkeeping for incremental builds, which names the
    sources by their paths on the machine that built them (each TEI names and checksums its source itself), and a
    build's report (``--report``), for the same reason."""
    found = []
    for path in sorted(dist.rglob("*")):
        rel = path.relative_to(dist)
        if any(part.startswith(".") for part in rel.parts) or path.name.endswith(".tmp") or rel.as_posix() == _BUILD_MANIFEST:
            continue
        if path.suffix.lower() == ".json" and _is_build_report(path):
            continue
        if path.is_file():
            if any(c in rel.as_posix() for c in "%\r\n"):  # RFC 8493 §2.1.3 percent-encodes them; bagit.py does not
                raise PackageError("a file name with %, a line break or a carriage return is read differently by "
                                   "BagIt tools (the bag would not verify); rename it", path=path)
            if _LITTER.fullmatch(path.name) or "__MACOSX" in rel.parts:
                raise PackageError("a file an editor or the operating system left (a backup ending in ~, an office "
                                   "lock file ~$…, Thumbs.db, desktop.ini, __MACOSX), no part of the editions: a bag "
                                   "would seal it for good; remove it, then package", path=path)
            if _BACKUP.fullmatch(path.name):
                raise PackageError("a backup of a TEI edited by hand, which a build replaced or removed (or convert "
                                   "--force replaced): its edits are in no edition, and a bag would seal it beside "
                                   "them; move it out of the folder (keep it elsewhere), then package", path=path)
            if problem := _unportable(rel):
                raise PackageError(f"{problem}: an archive that copies the bag to such a disk would lose it or fail; "
                                   "rename it", path=path)
            found.append(path)
        elif path.is_symlink() and not path.exists():  # a bag silently without a file meant to be archived
            raise PackageError("a link to nothing: its target was moved or deleted; restore it or remove the link",
                               path=path)
    folded: dict[str, Path] = {}
    for path in found:  # the build's own outputs never clash (build refuses such ids); a file put in dist/ may
        other = folded.setdefault(_folded(path.relative_to(dist).as_posix()), path)
        if other == path:
            continue
        if path.relative_to(dist).as_posix().casefold() == other.relative_to(dist).as_posix().casefold():
            raise PackageError(f"its name differs only in case from {other.name}'s: one file on a disk that ignores "
                               "case (macOS, Windows, many network shares), where one would replace the other; rename "
                               "one of them", path=path)
        raise PackageError(f"its name differs from {other.name}'s only in how an accented letter is written (one "
                           "character, or a letter and an accent): one file on a disk that compares names so (macOS) "
                           "and to BagIt tools, which compare them so; rename one of them", path=path)
    return found


def _folded(name: str) -> str:
    """A name as a disk that ignores case and Unicode normalisation compares it (macOS): two payload names with the
    same folded form are one file there. bagit.py compares names in NFC too, and would not tell the two apart."""
    return unicodedata.normalize("NFC", name).casefold()


def _is_build_report(path: Path) -> bool:
    """A build's ``--report`` (README's example writes it into dist/): left out of the bag as the manifest is, for it
    names the sources by their paths on the building machine and holds the build's timings, which differ at every
    run, so that a bag of the same editions did not have the same bytes."""
    import json

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and str(data.get("tool", "")).startswith("tei-edition") and "counts" in data


#: The backups of hand-edited TEI that build and convert --force keep (stable_ids.backup_path): <id>.xml.bak, .bak2…
_BACKUP = re.compile(r".+\.xml\.bak[0-9]*")

#: What editors and operating systems leave beside the files they open or show: an editor's backup (x.xml~), an
#: office program's lock file (~$notes.docx), Windows' thumbnail cache and folder settings. (macOS's .DS_Store and
#: ._ files, and editors' .swp files, are hidden, which leaves them out.)
_LITTER = re.compile(r".+~|~\$.*|thumbs\.db|desktop\.ini", re.IGNORECASE)

#: Characters Windows does not allow in a file name (besides control characters).
_NOT_ON_WINDOWS = frozenset('<>:"\\|?*')


def _unportable(relative: Path) -> str | None:
    """Why a payload file's path cannot be stored on every disk an archive may copy the bag to, if it cannot: a
    character Windows refuses, a control character, a name ending in a dot or a space (Windows drops it), a Windows
    device's name (``aux.xml``), or a name longer than the 255 bytes file systems allow."""
    for part in relative.parts:
        try:
            part.encode("utf-8")
        except UnicodeEncodeError:  # bytes of another system's encoding: BagIt's manifests are UTF-8 text
            return "its name is not UTF-8 text (bytes in another system's encoding)"
        if any(c in _NOT_ON_WINDOWS or ord(c) < 32 for c in part):
            return "its name holds a character Windows does not allow in a file name (< > : \" \\ | ? * or a control one)"
        if part.endswith((".", " ")):
            return "its name ends in a dot or a space, which Windows drops"
        if part.split(".")[0].casefold() in WINDOWS_DEVICE_NAMES:
            return "its name is a device's on Windows (CON, PRN, AUX, NUL, COM1…, LPT1…), where no such file can be made"
        if len(os.fsencode(part)) > 255:
            return "its name is longer than the 255 bytes a file system allows"
    return None


def _unique(values) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def bagging_date() -> str:
    """The date of bagging: from SOURCE_DATE_EPOCH when set (reproducible builds), else today (UTC)."""
    from .config import source_date

    return (source_date() or _dt.datetime.now(tz=_dt.timezone.utc)).date().isoformat()


def bag_size(octets: int) -> str:
    """The payload size as RFC 8493 §2.2.2 wants it in Bag-Size: human-readable ("260.3 KB", "1.2 GB")."""
    value, unit = float(octets), "bytes"
    for next_unit in ("KB", "MB", "GB", "TB"):
        if value < 1000:
            break
        value, unit = value / 1000, next_unit
    return f"{octets} bytes" if unit == "bytes" else f"{value:.1f} {unit}"


#: bag-info.txt's contact fields (RFC 8493 §2.2.2) → the corpus config's setting for each.
CONTACT_FIELDS = {"Source-Organization": "source_organization", "Organization-Address": "organization_address",
                  "Contact-Name": "contact_name", "Contact-Phone": "contact_phone", "Contact-Email": "contact_email"}


def bag_info(editions: list[Edition], payload: list[str], sizes: list[int] | None = None,
             registers: int = 0, config: EditionConfig | None = None) -> dict[str, str | list[str]]:
    """bag-info.txt fields from the teiHeaders and the contact settings of ``config`` (the corpus config). Only what
    these state: no contact is invented. A contact the config sets replaces what the headers say for that field (the
    headers' publisher is whom the editions name, the config's whom the archive is to ask). ``sizes`` (the payload
    files' sizes in bytes) gives Bag-Size; ``registers`` is the number of registers (TEI documents without a text)
    among the payload."""
    from . import __version__
    import bagit

    info: dict[str, str | list[str]] = {}

    def put(name: str, values: list[str]) -> None:
        if values:
            info[name] = values[0] if len(values) == 1 else values

    put("Source-Organization", _unique(p for e in editions for p in e.publishers))
    put("Organization-Address", _unique(a for e in editions for a in e.addresses))
    put("Contact-Email", _unique(m for e in editions for m in e.emails))
    for name, key in CONTACT_FIELDS.items():
        if config is not None and (value := getattr(config, key)):
            info[name] = value
    kinds = []
    if editions:
        kinds.append("one TEI P5 edition" if len(editions) == 1 else f"{len(editions)} TEI P5 editions")
    for suffix, what in ((".html", "HTML reading editions"), (".pdf", "PDF print editions")):
        if any(p.endswith(suffix) for p in payload):
            kinds.append(what)
    if registers:  # each collection built into the folder has its own, under the name its config gives
        kinds.append("the register" if registers == 1 else f"{registers} registers")
    if any(p.startswith(f"{METADATA_DIR}/") for p in payload):
        kinds.append("Dublin Core and MODS records")
    contents = f"This bag holds {', '.join(kinds)}." if kinds else ""
    put("External-Description", [" ".join(x for x in (*_unique(e.project for e in editions), contents) if x)])
    put("External-Identifier", [e.uri or e.doc_id for e in editions])
    info["Bagging-Date"] = bagging_date()
    if sizes is not None:
        info["Bag-Size"] = bag_size(sum(sizes))
    info["Bag-Software-Agent"] = f"tei-edition {__version__} (bagit.py {bagit.VERSION})"
    return info


def package(dist_dir: str | os.PathLike, bag_dir: str | os.PathLike, *, overwrite: bool = False,
            processes: int = 1, config: EditionConfig | None = None) -> Path:
    """Write a BagIt bag of ``dist_dir`` to ``bag_dir`` atomically and return its path.

    ``data/`` mirrors ``dist_dir`` (TEI, HTML, PDF, register, index…) plus ``data/metadata/`` with the DC and
    MODS records of every edition and of the collection. ``config`` (the corpus config the editions were built
    with) gives bag-info.txt's contact fields and the collection's title. An existing ``bag_dir`` is replaced only
    with ``overwrite`` (and then only once the new bag is complete). What a killed run left beside it goes first.
    """
    dist = Path(dist_dir)
    target = Path(bag_dir)
    if not dist.is_dir():
        raise PackageError("not a folder; give the dist folder that `tei-edition build` wrote", path=dist)
    if target.parent.is_dir():
        _remove_leftovers(target)
    if target.exists() and not overwrite:
        raise OverwriteRefused("already exists; choose another name or pass --force to replace it", path=target)
    if (target.exists() or target.is_symlink()) and not (target.is_dir() and not target.is_symlink() and is_bag(target)):
        # --force deleted whatever had the name: a folder of someone's files, a file, where a link pointed
        raise OverwriteRefused("exists and is no bag (a folder without bagit.txt, a file or a link): --force replaces "
                               "only a bag; choose another name", path=target)
    if target.resolve().is_relative_to(dist.resolve()):
        raise PackageError("the bag cannot be written inside the folder it packages", path=target)
    with _no_build_running(dist):
        return _package(dist, target, processes, config)


def _package(dist: Path, target: Path, processes: int, config: EditionConfig | None) -> Path:
    files = _payload_files(dist)
    _check_unchanged_since_build(files)
    editions = [e for e in (read_edition(f) for f in files if f.suffix == ".xml") if e is not None]
    if not editions:
        raise PackageError("holds no TEI edition (no .xml file with a TEI root and a document id)", path=dist)
    _check_records(dist / METADATA_DIR, editions)

    output_folder(target.parent)
    work = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent))
    try:
        with _held(work):
            _make_bag(dist, work, target, files, editions, processes, config)
    except OSError as error:  # a full disk, say: the file it names was in the bag being made, which is gone now
        shutil.rmtree(work, ignore_errors=True)
        named = Path(error.filename2 or error.filename or work)
        if not named.is_relative_to(work):  # a file of the dist folder that cannot be read: that one
            raise
        raise PackageError(f"cannot write the bag: {error.strerror or error}; check the free space and the "
                           f"permissions of {target.parent}, then package again", path=target) from None
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return target


def _make_bag(dist: Path, work: Path, target: Path, files: list[Path], editions: list[Edition], processes: int,
              config: EditionConfig | None) -> None:
    """Make the bag of ``files`` (under ``dist``) in the empty folder ``work``, then rename it onto ``target``."""
    import bagit

    from .metadata import COLLECTION_LEVEL, collection_level_record, write_records
    from .textio import write_atomic

    os.chmod(work, 0o755)
    for source in files:
        copy = work / source.relative_to(dist)
        copy.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, copy)
    copies = [work / e.path.relative_to(dist) for e in editions]
    title = config.title if config is not None else collection_title(dist)
    try:
        if not (dist / METADATA_DIR).exists():
            write_records(copies, work / METADATA_DIR, title=title, collection_level=True,
                          durable=False)  # the bag is flushed once, when made
        elif not (dist / METADATA_DIR / COLLECTION_LEVEL).exists():
            # a folder of records written by `tei-edition metadata` (perhaps enriched by hand) has the editions'
            # records; the record of the collection as a whole, which links to them, is made beside them
            write_atomic(work / METADATA_DIR / COLLECTION_LEVEL,
                         collection_level_record(copies, title=title).encode("utf-8"), durable=False)
    except EditionError as error:  # made from the copies: name the file in the dist folder
        raise PackageError(str(error).replace(str(work), str(dist))) from None
    payload_files = sorted(p for p in work.rglob("*") if p.is_file())
    payload = [p.relative_to(work).as_posix() for p in payload_files]
    from .archival import is_tei

    editions_at = {e.path for e in editions}
    registers = sum(1 for f in files if f.suffix == ".xml" and f not in editions_at and is_tei(f))
    info = bag_info(editions, payload, [p.stat().st_size for p in payload_files], registers, config)
    cwd = os.getcwd()
    try:
        bagit.make_bag(str(work), bag_info=info, checksums=list(CHECKSUMS), processes=processes)
    except (bagit.BagError, OSError) as error:
        raise PackageError(f"cannot make the bag: {error}", path=target) from None
    finally:
        os.chdir(cwd)
    _finish_bag(work)
    # the whole bag on disk before it takes the place of the old one, which is then removed: a power cut after the
    # rename left a bag of empty files and no old bag. One flush of the file systems (0.06 s after a bag of 4,000
    # files here), not a flush per file (3.5 ms each on this machine)
    if hasattr(os, "sync"):
        os.sync()
    _swap_into_place(work, target)


_BUILD_LOCK = ".tei-edition.lock"  # build.LOCK_NAME (build is not imported here: it imports the converter)


@contextlib.contextmanager
def _no_build_running(dist: Path):
    """Package a dist folder no build is writing into, and let none start until the bag is made: a bag made while a
    build replaced the editions one by one held some old and some new, or was refused as "changed since the build"
    for a file the build had just written. A shared hold of the build's lock (``flock``), whose file is opened, never
    made: the folder may be read-only."""
    try:
        import fcntl

        handle = os.open(dist / _BUILD_LOCK, os.O_RDONLY)
    except (ImportError, OSError):  # no build has locked this folder (or not on POSIX)
        yield
        return
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            raise PackageError("a tei-edition build is writing into this folder; package it once the build has "
                               "ended", path=dist) from None
        yield
    finally:
        os.close(handle)


@contextlib.contextmanager
def _held(folder: Path):
    """Hold the operating system's lock (``flock``) on ``folder``, the bag being made, until it is in place: a run
    that was killed (``kill -9``, a power cut) leaves its half bag, which the next run removes (``_remove_leftovers``),
    but never the folder of a run still going. A killed process holds no lock."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not on a POSIX system: leftovers stay
        yield
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield
    finally:
        os.close(handle)


_RANDOM = "?" * 8  # the random part of tempfile.mkdtemp's names: a folder of another name is never touched


def _remove_leftovers(target: Path) -> None:
    """What killed runs of ``package`` left beside ``target``: half bags (``.NAME.*.tmp``) that no running package
    holds are removed; an old bag moved aside for the new one (``.NAME.*.old``) goes back in place where the run
    was killed between the two renames (no ``target``), else is removed. An intake that watches the folder never
    finds a half bag next to the bag."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover
        return
    pattern = glob.escape(f".{target.name}.")
    running = False
    for leftover in sorted(target.parent.glob(f"{pattern}{_RANDOM}.tmp")):
        if leftover.is_symlink() or not leftover.is_dir():
            continue
        try:
            handle = os.open(leftover, os.O_RDONLY)
        except OSError:
            continue
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            running = True  # another package of this bag is being made: its folders are its own
            continue
        finally:
            os.close(handle)
        shutil.rmtree(leftover, ignore_errors=True)
    if running:
        return
    for old in sorted(target.parent.glob(f"{pattern}{_RANDOM}.old")):
        if old.is_symlink() or not old.is_dir():
            continue
        if not target.exists() and is_bag(old):
            os.rename(old, target)
        else:
            shutil.rmtree(old, ignore_errors=True)


def _check_records(records: Path, editions: list[Edition]) -> None:
    """A dist folder's own ``metadata/`` (written by ``tei-edition metadata``, perhaps enriched by hand) goes into the
    bag in the place of the records package makes: it must describe every edition, in Dublin Core and MODS, and say
    what each edition's header says (see :func:`_record_problems`)."""
    if problems := _record_problems(records, editions):
        raise PackageError(problems[0].message, path=problems[0].path)


def record_problems(folder: str | os.PathLike, tei_files) -> list:
    """What is wrong with the records of a dist folder's ``metadata/`` for the editions among ``tei_files``, as
    :class:`tei_edition.validate.Problem`: what package would refuse to seal. (A bag's records are not compared with
    its TEI: they say what the header said when bagged, by the tei-edition of that day, and its checksums seal them.)"""
    editions = [e for e in (read_edition(Path(f)) for f in tei_files if Path(f).suffix == ".xml") if e is not None]
    return _record_problems(Path(folder) / METADATA_DIR, editions)


def _record_problems(records: Path, editions: list[Edition]) -> list:
    """The problems of a folder of records: one made before editions were added described some of them only (and
    the bag said nothing of the others); one a catalogue cannot load; one that no longer says what its edition's
    header says."""
    from .validate import Problem

    if not records.is_dir():
        return []
    wanted = [f"{edition.path.stem}{suffix}" for edition in editions for suffix in (".dc.xml", ".mods.xml")]
    missing = [name for name in wanted if not (records / name).is_file()]
    again = f"tei-edition metadata {records.parent}/*.xml -o {records}"
    problems = []
    if missing:
        more = f" (and {len(missing) - 1} more)" if len(missing) > 1 else ""
        problems.append(Problem(str(records), None, f"holds no {missing[0]}{more}, and the bag's records would "
                                                    f"describe only some of the editions; write them ({again}), or "
                                                    "remove the folder and package makes every record"))
    sound: dict[Path, etree._Element] = {}  # each record read once: its root, where a catalogue can load it
    for record in sorted(records.glob("*.xml")):
        root, problem = _read_record(record)
        if problem:  # a catalogue cannot load it: the bag would seal it all the same
            problems.append(Problem(str(record), None, f"{problem}; write it again ({again}) or restore it, or "
                                                       "remove the folder and package makes every record"))
        elif root is not None:
            sound[record] = root
    for edition in editions:
        for suffix, fmt in ((".dc.xml", "dc"), (".mods.xml", "mods")):
            record = records / f"{edition.path.stem}{suffix}"
            if record in sound and (unsaid := _not_in_record(sound[record], edition.path, fmt)):
                problems.append(Problem(str(record), None, f"does not say what {edition.path.name}'s header says "
                                                           f"({unsaid}): written before the edition last changed (or by "
                                                           "an earlier tei-edition), or edited by hand; write it "
                                                           f"again ({again}), or remove the folder and package makes "
                                                           "every record (a record may add to the header, not differ)"))
    return problems


#: The root element of each kind of record: metadata.FORMATS' suffixes, for an edition and for the collection.
_RECORD_ROOTS = {".dc.xml": ("{http://www.openarchives.org/OAI/2.0/oai_dc/}dc", "an oai_dc:dc"),
                 ".mods.xml": ("{http://www.loc.gov/mods/v3}mods", "a mods:mods")}
_COLLECTION_ROOTS = {".mods.xml": ("{http://www.loc.gov/mods/v3}modsCollection", "a mods:modsCollection")}


def _not_in_record(record: etree._Element, tei: Path, fmt: str) -> str | None:
    """A field of the record that ``fmt`` makes of ``tei`` now that ``record`` (the root of a file of the dist
    folder's ``metadata/``) lacks, said as 'name "text"', if there is one: a record written before the edition was
    built again (a participant added, a date corrected) described in the bag what its TEI master no longer says.
    Fields a record adds (enriched by hand) are no disagreement."""
    from .metadata import record as make_record

    def fields(root) -> list[tuple[str, str]]:  # each element holding text alone, in document order
        return [(element.tag, " ".join(element.text.split())) for element in root.iter()
                if isinstance(element.tag, str) and len(element) == 0 and (element.text or "").strip()]

    try:
        made = make_record(tei, fmt)
    except EditionError:  # a TEI file metadata cannot read: validate says what is wrong with it
        return None
    have = Counter(fields(record))
    for tag, text in fields(etree.fromstring(made.encode("utf-8"))):
        if have[(tag, text)] == 0:
            return f'{etree.QName(tag).localname} "{text if len(text) <= 60 else text[:60] + "…"}"'
        have[(tag, text)] -= 1
    return None


def _read_record(record: Path) -> tuple[etree._Element | None, str | None]:
    """A Dublin Core or MODS record of a dist folder's ``metadata/`` as (its root, None), or (None, why it cannot be
    catalogued): it is not well-formed (cut short by a copy, edited by hand) or its root is not the record's. (None,
    None) for a file of another kind."""
    suffix = next((s for s in _RECORD_ROOTS if record.name.endswith(s)), None)
    if suffix is None:
        return None, None
    try:
        root = _parse(record)
    except etree.XMLSyntaxError as error:
        return None, f"not a well-formed record ({error.msg})"
    roots = _COLLECTION_ROOTS if record.name.startswith("collection.") else {}
    tag, name = roots.get(suffix, _RECORD_ROOTS[suffix])
    if root.tag != tag:
        return None, f"not a record: its root element is {etree.QName(root).localname}, not {name}"
    return root, None


def _check_unchanged_since_build(files: list[Path]) -> None:
    """A bag's checksums seal what it holds: an output whose bytes are no longer those its build recorded in
    ``manifest.json`` (edited, damaged, half-copied), or that an earlier build made from a source whose latest build
    failed, is refused, not sealed as the edition."""
    from .archival import check_build_manifest, check_build_output, check_latest_build

    for folder in sorted({file.parent for file in files}):
        if damaged := check_build_manifest(folder):  # else every output passed unchecked
            raise PackageError(f"{damaged[0].message}, then package", path=damaged[0].path) from None
        if gone := build_output_problems(folder, files):  # the files themselves are compared below
            more = f" (and {len(gone) - 1} more outputs)" if len(gone) > 1 else ""
            raise PackageError(f"{gone[0].message}, then package{more}", path=gone[0].path)
    changed = [problem for file in files for problem in check_build_output(file)]
    if changed:
        more = f" (and {len(changed) - 1} more outputs)" if len(changed) > 1 else ""
        raise PackageError(f"changed since the build{more}: its SHA-256 is not the one manifest.json records; "
                           "run tei-edition build again (it rebuilds such a file) or restore it, then package",
                           path=changed[0].path)
    # an archive takes what a bag holds for the current editions: outputs of a source whose latest build failed are
    # an earlier version of it, sealed without a word (leaving them out would be a silent gap, and break the index)
    earlier = [problem for file in files for problem in check_latest_build(file)]
    if earlier:
        more = f" (and {len(earlier) - 1} more outputs)" if len(earlier) > 1 else ""
        raise PackageError(f"{earlier[0].message}, then package{more}", path=earlier[0].path)


def build_output_problems(folder: str | os.PathLike, checked=()) -> list:
    """What is wrong with the outputs that the build's ``manifest.json`` in ``folder`` records, other than those in
    ``checked`` (files the caller checks itself), as :class:`tei_edition.validate.Problem`: an output that is gone (an
    edition's HTML page or PDF deleted after the build left a bag, and an archive, without it, and the index page
    linking to nothing), changed since the build, or left by an earlier build of a source whose latest build failed.
    ``validate`` checks TEI files and PDFs one by one, and an HTML page cut short passed it unseen."""
    from .archival import build_digests, check_build_output, check_latest_build
    from .validate import Problem

    manifest = Path(folder) / _BUILD_MANIFEST
    if not manifest.is_file():
        return []
    problems, checked = [], {Path(path) for path in checked}
    for name in sorted(build_digests(manifest)):
        output = Path(folder) / name
        if not output.is_file():
            problems.append(Problem(str(output), None, f"missing: {_BUILD_MANIFEST} records it as an output of the "
                                                       "build, and it is not in the folder; run tei-edition build "
                                                       "again (it writes a missing output anew) or restore it from a "
                                                       "good copy"))
        elif output not in checked:
            problems += check_build_output(output) + check_latest_build(output)
    return problems


def _finish_bag(bag: Path) -> None:
    """Make what bagit.make_bag wrote an RFC 8493 bag, the same bytes on every file system: bagit.txt declares
    BagIt 1.0, and every manifest lists its files sorted (bagit.py writes the tag manifests in the order the
    file system lists the folder) with two spaces between checksum and path, as the payload manifests do."""
    import hashlib

    (bag / "bagit.txt").write_bytes(f"BagIt-Version: {BAGIT_VERSION}\nTag-File-Character-Encoding: UTF-8\n".encode())
    for manifest in sorted(bag.glob("manifest-*.txt")):
        lines = [line for line in manifest.read_bytes().decode("utf-8").splitlines() if line.strip()]
        entries = sorted((line.split("  ", 1) for line in lines), key=lambda entry: entry[1])
        manifest.write_bytes("".join(f"{digest}  {name}\n" for digest, name in entries).encode("utf-8"))
    tag_files = sorted(p.relative_to(bag).as_posix() for p in bag.rglob("*")
                       if p.is_file() and not p.relative_to(bag).as_posix().startswith(("data/", "tagmanifest-")))
    for algorithm in CHECKSUMS:
        lines = [f"{hashlib.new(algorithm, (bag / name).read_bytes()).hexdigest()}  {name}\n" for name in tag_files]
        (bag / f"tagmanifest-{algorithm}.txt").write_bytes("".join(lines).encode("utf-8"))


def _swap_into_place(work: Path, target: Path) -> None:
    """Rename the finished bag onto ``target``; an old bag is moved aside first and removed only afterwards."""
    if not target.exists():
        os.rename(work, target)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".old", dir=target.parent))
    os.rmdir(old)
    os.rename(target, old)
    try:
        os.rename(work, target)
    except BaseException:
        os.rename(old, target)
        raise
    shutil.rmtree(old, ignore_errors=True)


# ----- verification -----

@dataclass
class VerifyReport:
    """The result of :func:`verify`: paths relative to the bag (``data/tei/x.xml``, ``bag-info.txt``)."""

    bag: Path
    changed: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # what a verifying bag lacks that an archive expects
    files: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not (self.changed or self.missing or self.added or self.errors)

    def problems(self) -> list:
        """The findings as :class:`tei_edition.validate.Problem` (one per file)."""
        from .validate import Problem

        found = [Problem(str(self.bag), None, e) for e in self.errors]
        for kind, what in ((self.changed, "changed since bagging: its checksum does not match the manifest; "
                                          "restore it from a good copy of the bag"),
                           (self.missing, "missing: listed in the bag's manifests but not in the bag; "
                                          "restore it from a good copy of the bag"),
                           (self.added, "added since bagging: in no manifest of the bag; remove it, or "
                                        "package the dist folder again to include it")):
            found += [Problem(str(self.bag / rel), None, what) for rel in kind]
        return found


def _oxum_problem(bag, path: Path) -> str | None:
    """What is wrong with bag-info.txt's Payload-Oxum (the payload's octets and files), if anything: checked first by
    every BagIt validator, which rejects a bag whose payload it does not describe, whatever its checksums."""
    oxum = bag.info.get("Payload-Oxum")
    if oxum is None:
        return None
    oxum = (oxum[0] if isinstance(oxum, list) else oxum).strip()
    files = [path / rel for rel in bag.payload_files()]
    actual = f"{sum(file.stat().st_size for file in files)}.{len(files)}"
    if oxum == actual:
        return None
    return (f"bag-info.txt gives the Payload-Oxum {oxum}, and the payload is {actual} (octets.files): bag-info.txt "
            "was edited or damaged, and BagIt tools reject the bag; restore it from a good copy of the bag")


@contextlib.contextmanager
def _bagit_log():
    """What bagit logs while in the block (its warnings and errors), as a list of messages, which it would otherwise
    print on stderr without saying what to do."""
    said: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            said.append(record.getMessage())

    logger = logging.getLogger("bagit")
    handler = Collect(logging.WARNING)
    propagate = logger.propagate
    logger.addHandler(handler)
    logger.propagate = False
    try:
        yield said
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate


_MANIFEST_LINE = re.compile(r".*: Invalid (?P<algorithm>\w+) manifest entry: .*", re.S)


def _unreadable_manifest_line(message: str) -> str | None:
    """The payload manifest a bagit message says has a line it could not read, if it says so."""
    match = _MANIFEST_LINE.fullmatch(message)
    return f"manifest-{match['algorithm']}.txt" if match else None


def _is_utf8(file: Path) -> bool:
    try:
        file.read_bytes().decode("utf-8")
        return True
    except (OSError, UnicodeDecodeError):
        return False


def is_bag(path: str | os.PathLike) -> bool:
    return Path(path, "bagit.txt").is_file()


def verify(bag_dir: str | os.PathLike, *, processes: int = 1) -> VerifyReport:
    """Check every checksum of the bag and compare its manifests with the files present.

    Unlike ``bagit.Bag.validate``, which stops at the first failing stage (the Payload-Oxum count, then
    completeness, then checksums), every stage runs, so the report names every changed, missing and added file.
    """
    import bagit

    start = time.perf_counter()
    path = Path(bag_dir)
    report = VerifyReport(bag=path)
    if not is_bag(path):
        what = "not a BagIt bag (no bagit.txt)" if path.exists() else "no such folder"
        raise PackageError(f"{what}; give the folder of a bag, as tei-edition package writes it", path=path)
    try:
        with _bagit_log() as said:  # bagit logs a manifest line it cannot read, and passes over it
            bag = bagit.Bag(str(path))
            bag._validate_structure()
            bag._validate_bagittxt()
    except bagit.BagError as error:
        reason = str(error).replace(f"{path.resolve()}/", "").replace(f"{path}/", "")  # bagit names files by full path
        report.errors.append(f"not a valid bag: {reason}; restore it from a good copy of the bag")
        report.seconds = time.perf_counter() - start
        return report
    except UnicodeDecodeError:  # bagit reads the tag files as UTF-8 text
        broken = next((f.name for f in sorted(path.glob("*.txt")) if not _is_utf8(f)), "a tag file")
        report.errors.append(f"not a valid bag: {broken} is not UTF-8 text (damaged?); restore it from a good copy")
        report.seconds = time.perf_counter() - start
        return report
    if not bag.algorithms or not set(CHECKSUMS) & set(bag.algorithms):
        report.errors.append(f"no SHA-256 or SHA-512 manifest (found: {', '.join(bag.algorithms) or 'none'})")

    tagged = {a for a in CHECKSUMS if (path / f"tagmanifest-{a}.txt").is_file()}
    if not tagged:  # RFC 8493 §2.2.1 makes tag manifests optional; an archive's intake checks its tag files with them
        report.warnings.append(
            "no SHA-256 or SHA-512 tag manifest (tagmanifest-sha256.txt): bagit.txt, bag-info.txt and the payload "
            "manifests have no checksums, so a change to them goes unseen; an archive's intake usually expects one "
            "(tei-edition package writes both)")

    only_in_manifests, only_on_disk = bag.compare_manifests_with_fs()
    report.missing += sorted(only_in_manifests)
    report.added += sorted(only_on_disk)

    # Tag files: the tag manifests list bagit.txt, bag-info.txt and the payload manifests.
    tag_entries = set(bag.tagfile_entries())
    for rel in sorted(tag_entries):
        if not (path / rel).is_file() and rel not in report.missing:  # listed by each tag manifest: named once
            report.missing.append(rel)
    for file in sorted(path.rglob("*")):
        rel = file.relative_to(path).as_posix()
        if file.is_file() and not rel.startswith("data/") and not rel.startswith("tagmanifest-") \
                and rel not in tag_entries and tag_entries:
            report.added.append(rel)

    present = {rel: hashes for rel, hashes in bag.entries.items() if (path / rel).is_file()}
    mismatches: dict[str, set[str]] = {}  # file → the algorithms whose manifest gives another checksum
    with _bagit_log():  # bagit logs each mismatch as a warning; the report names them instead
        try:
            bag.entries = present
            bag._validate_entries(processes)
        except bagit.BagValidationError as error:
            for detail in error.details or []:
                if isinstance(detail, bagit.ChecksumMismatch):
                    mismatches.setdefault(detail.path, set()).add(detail.algorithm)
    report.changed += sorted(rel for rel in mismatches if not rel.startswith("data/") and rel not in report.changed)
    for rel, algorithms in mismatches.items():
        # a file another manifest vouches for, which fails only against manifests the tag manifests show damaged, is
        # whole: the manifest is what changed (and is named), not the file an archive would otherwise restore
        damaged = all(f"manifest-{a}.txt" in report.changed for a in algorithms)
        if rel not in report.changed and not (damaged and set(present.get(rel, {})) - algorithms):
            report.changed.append(rel)
    # a payload file changed, missing or added, or bag-info.txt changed, is named already: the Payload-Oxum then
    # differs for the reason said
    if not any(rel.startswith("data/") or rel == "bag-info.txt" for rel in report.changed + report.missing + report.added):
        if problem := _oxum_problem(bag, path):
            report.errors.append(problem)
    for line in said:
        if (manifest := _unreadable_manifest_line(line)) and manifest not in report.changed:
            report.errors.append(f"{manifest} has a line that is not a checksum and a path "
                                 f"({line.split(': ')[-1][:80]!r}): it is damaged; restore it from a good copy of the bag")
    report.changed.sort()
    report.files = sum(1 for rel in present if rel.startswith("data/"))  # the payload, as Payload-Oxum counts it
    report.seconds = time.perf_counter() - start
    return report
