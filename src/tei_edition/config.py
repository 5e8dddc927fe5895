"""Corpus configuration (edition.toml) and per-document sidecar metadata (<source>.toml)."""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError
from .textio import encoding_problem

CORPUS_CONFIG_NAME = "edition.toml"


@dataclass(frozen=True)
class EditionConfig:
    """What all documents of a corpus share."""

    title: str = "Interview edition"
    publisher: str = ""  # none stated: the header's publisher is left empty, and nothing cites one
    base_uri: str = ""
    licence: str = ""
    licence_uri: str = ""
    id_prefix: str = ""
    language: str = "en"
    register: Path | None = None
    paper: str = "a4"          # the print edition's paper: a4 or letter
    tagged_pdf: bool = False   # PDF/A-3a (tagged: readable by screen readers) instead of PDF/A-3b
    # whom an archive taking a bag of the editions asks about it (RFC 8493's bag-info.txt fields of the same names);
    # none stated: bag-info gives what the teiHeaders state, nothing else
    source_organization: str = ""
    organization_address: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    path: Path | None = None

    def permalink(self, document_id: str, fragment: str | None = None) -> str:
        """The citable URI of a document, or of a passage in it."""
        base = self.base_uri if not self.base_uri or self.base_uri.endswith("/") else self.base_uri + "/"
        uri = f"{base}{document_id}"
        return f"{uri}#{fragment}" if fragment else uri


@dataclass(frozen=True)
class SidecarParticipant:
    name: str
    role: str = "participant"
    labels: tuple[str, ...] = ()
    affiliation: str | None = None


@dataclass(frozen=True)
class Sidecar:
    """Facts about one transcript that its text does not state. Every field is optional."""

    id: str | None = None
    title: str | None = None
    language: str | None = None
    publication: str | None = None
    publication_abbr: str | None = None
    publication_type: str = "journal"
    year: int | None = None
    year_inferred: bool = False
    year_evidence: str | None = None
    dates: tuple[str, ...] = ()
    place: str | None = None
    participants: tuple[SidecarParticipant, ...] = ()
    aliases: dict[str, str] = field(default_factory=dict)
    rights_status: str = "unknown"
    rights_note: str | None = None
    label_style: str | None = None
    encoding: str | None = None
    path: Path | None = None


def participant_entry(entry: object) -> SidecarParticipant:
    """One entry of a sidecar's ``[[participants]]`` (or of YAML front matter's ``participants``): ``name``,
    ``role`` (``participant`` if none), ``labels`` (a list, or one label) and ``affiliation``. A ValueError says
    what is wrong with an entry that is no mapping with a name."""
    if not isinstance(entry, dict) or not isinstance(entry.get("name"), str) or not entry["name"].strip():
        raise ValueError("each [[participants]] entry needs a name = \"…\"")
    labels = entry.get("labels", [])
    if isinstance(labels, str):
        labels = [labels]  # one label, not one label per letter
    if not isinstance(labels, list):
        raise ValueError(f"the labels of participant {entry['name']!r} must be a list of strings")
    role, affiliation = entry.get("role"), entry.get("affiliation")
    return SidecarParticipant(
        name=entry["name"].strip(),
        role=str(role).strip() if role is not None and str(role).strip() else "participant",
        labels=tuple(str(label) for label in labels if label is not None and str(label).strip()),
        affiliation=None if affiliation is None else str(affiliation),
    )


def _load_toml(path: Path) -> dict[str, Any]:
    """A TOML file's table. A UTF-8 byte-order mark, which Windows editors write and TOML parsers refuse ("invalid
    statement at line 1, column 1", where the user sees nothing), is no part of the text."""
    try:
        data = path.read_bytes()
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise InputError("not UTF-8 text: saved as UTF-16 (it starts with a byte-order mark); TOML files must "
                             "be saved as UTF-8", path=path)
        return tomllib.loads(data.removeprefix(b"\xef\xbb\xbf").decode("utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"not valid TOML: {exc}; fix the syntax", path=path)
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 text (byte 0x{exc.object[exc.start]:02x} at offset {exc.start}); "
                         "TOML files must be saved as UTF-8", path=path)
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}; give a TOML file that exists and can be read",
                         path=path)


def _expect(table: dict[str, Any], key: str, kind: type | tuple[type, ...], path: Path, default: Any = None) -> Any:
    value = table.get(key, default)
    if value is not None and (not isinstance(value, kind) or (isinstance(value, bool) and bool not in _kinds(kind))):
        names = " or ".join(_KIND_NAMES.get(k, k.__name__) for k in _kinds(kind))
        raise InputError(f"{key!r} must be {names}, not {_KIND_NAMES.get(type(value), type(value).__name__)}", path=path)
    return value


_KIND_NAMES = {str: "a string", int: "a whole number", float: "a number", bool: "true or false", list: "a list",
               dict: "a table"}


def _kinds(kind: type | tuple[type, ...]) -> tuple[type, ...]:
    return kind if isinstance(kind, tuple) else (kind,)


def _table(data: dict[str, Any], key: str, path: Path) -> dict[str, Any]:
    """The table ``[key]`` (empty if absent); a value that is no table is an error, not a crash later."""
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise InputError(f"{key!r} must be a table ([{key}]), not {_KIND_NAMES.get(type(value), type(value).__name__)}",
                         path=path)
    return value


def _check_keys(table: dict[str, Any], known: tuple[str, ...], path: Path, where: str = "") -> None:
    """An unknown key is most often a misspelt one, whose value would be silently ignored: say which."""
    import difflib

    for key in table:
        if key not in known:
            close = difflib.get_close_matches(key, known, n=1)
            hint = f"did you mean {close[0]!r}?" if close else f"known keys: {', '.join(known)}"
            raise InputError(f"unknown key {key!r}{where}; {hint}", path=path)


# what a document id (an xml:id and the outputs' file name) may hold; the converter would change other characters
_ID_CHARACTERS = re.compile(r"^[A-Za-z0-9_.-]*$")


def _id_part(value: str | None, key: str, path: Path) -> str | None:
    """A sidecar's ``id`` or the corpus ``id_prefix``, refused rather than silently changed by the converter."""
    if value is None:
        return None
    if not _ID_CHARACTERS.match(value) or (key == "id" and value.strip(".") == ""):  # "", ".", ".." are no ids
        raise InputError(f"{key} {value!r} is not usable in a document id (it names the outputs and is an "
                         "xml:id): use letters, digits, '-', '_' and '.'", path=path)
    return value


# xs:language, the type of xml:lang in the schema
_LANGUAGE = re.compile(r"^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$")


def _language(value: str | None, path: Path) -> str | None:
    if value is not None and not _LANGUAGE.match(value):
        raise InputError(f"language {value!r} is not a language tag; give one such as en or de-AT", path=path)
    return value


_ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _check_date(date: str, path: Path) -> None:
    """An ISO date (YYYY, YYYY-MM or YYYY-MM-DD) that is also a day of the calendar."""
    import datetime

    if not _ISO_DATE.match(date):
        raise InputError(f"interview date {date!r} is not an ISO date (YYYY-MM-DD)", path=path)
    year, month, day = (date.split("-") + ["01", "01"])[:3]
    try:
        datetime.date(int(year), int(month), int(day))  # year 0 too is no day of the calendar (MINYEAR is 1)
    except ValueError:
        raise InputError(f"interview date {date!r} is not a day of the calendar; give it as YYYY-MM-DD",
                         path=path) from None


#: The contact keys: each a bag-info.txt field of RFC 8493 §2.2.2 (contact_email → Contact-Email).
CONTACT_KEYS = ("source_organization", "organization_address", "contact_name", "contact_phone", "contact_email")
_EDITION_KEYS = ("title", "publisher", "base_uri", "licence", "licence_uri", "id_prefix", "language", "register",
                 "paper", "tagged_pdf", *CONTACT_KEYS)
#: Paper sizes of the print edition (xslt/print.xsl's paper parameter).
PAPERS = ("a4", "letter")
_SIDECAR_KEYS = ("id", "title", "language", "encoding", "source", "interview", "participants", "aliases", "label_style",
                 "rights")
_SIDECAR_TABLE_KEYS = {
    "source": ("publication", "abbreviation", "type", "year", "year_inferred", "year_evidence"),
    "interview": ("dates", "place"),
    "rights": ("status", "note"),
}
_PARTICIPANT_KEYS = ("name", "role", "labels", "affiliation")


def load_edition_config(path: Path | None) -> EditionConfig:
    """Load a corpus config; ``None`` gives the defaults."""
    if path is None:
        return EditionConfig()
    data = _load_toml(path)
    if "edition" in data:
        table = _table(data, "edition", path)
        _check_keys(data, ("edition",), path)
    else:
        table = data
    _check_keys(table, _EDITION_KEYS, path, "" if table is data else " in [edition]")
    register = _register(_expect(table, "register", str, path), path)
    return EditionConfig(
        title=_title(_expect(table, "title", str, path, EditionConfig.title), path),
        publisher=_expect(table, "publisher", str, path, EditionConfig.publisher),
        base_uri=_uri(_expect(table, "base_uri", str, path, ""), "base_uri", path),
        licence=_expect(table, "licence", str, path, ""),
        licence_uri=_uri(_expect(table, "licence_uri", str, path, ""), "licence_uri", path),
        id_prefix=_id_part(_expect(table, "id_prefix", str, path, ""), "id_prefix", path),
        language=_language(_expect(table, "language", str, path, "en"), path),
        register=register,
        paper=_paper(_expect(table, "paper", str, path, "a4"), path),
        tagged_pdf=_expect(table, "tagged_pdf", bool, path, False),
        **{key: _contact(key, _expect(table, key, str, path, ""), path) for key in CONTACT_KEYS},
        path=path,
    )


# an absolute URI (RFC 3986: a scheme, a colon, then no space); a permalink without its scheme
# ("editions.example.org/…") would be archived in every TEI header as a relative reference
_ABSOLUTE_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]+$")


_URI_EXAMPLES = {"base_uri": "https://editions.example.org/interviews/",
                 "licence_uri": "https://creativecommons.org/licenses/by/4.0/"}


def _title(value: str, path: Path) -> str:
    """The edition's title, which heads the collection's index page and its catalogue records: an empty one gave a
    page titled with nothing (invalid HTML) and a bag whose collection record had no title."""
    if not value.strip():
        raise InputError("title is empty; give the edition's title (it heads the collection's index page and "
                         "its records), or leave the key out for the default", path=path)
    return value


def _uri(value: str, key: str, path: Path) -> str:
    if value and not _ABSOLUTE_URI.match(value):
        raise InputError(f"{key} {value!r} is not an absolute URI; give it with its scheme and without spaces, "
                         f"such as {_URI_EXAMPLES[key]}", path=path)
    return value


def _register(value: str | None, path: Path) -> Path | None:
    """The register file named by the corpus config (relative to it); a name that is no file is said here, with
    the config's name, rather than as a file that cannot be read."""
    if not value:
        return None
    register = path.parent / value
    if not register.is_file():
        what = "is a folder" if register.is_dir() else "does not exist"
        raise InputError(f"register {value!r} {what} ({register}); name the register file, relative to "
                         f"{path.name}, or leave register out", path=path)
    return register


# one address, as RFC 5322 writes it without display name or comments: no space, one @, a dot in the domain
_EMAIL = re.compile(r"^[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+\.[^@\s<>()\[\],;:\".]+$")
# a telephone number as people write it: digits, an optional leading +, spaces, dots, dashes, brackets, an extension
_PHONE = re.compile(r"^\+?[0-9 ().\-/]*[0-9][0-9 ().\-/]*(?:\s*(?:ext\.?|x)\s*[0-9]+)?$", re.IGNORECASE)


def _contact(key: str, value: str, path: Path) -> str:
    """A contact setting as bag-info.txt writes it. Each is one line there (bagit.py drops a line break, running two
    lines into one); an address given on several lines (a TOML multi-line string) is one line with its lines
    separated by commas. Other values on several lines, or a telephone number or e-mail address that is none
    (a typing slip an archive would find only when it wrote), are refused."""
    if key == "organization_address":
        value = ", ".join(line.strip().rstrip(",") for line in value.splitlines() if line.strip())
    value = value.strip()
    if any(ord(c) < 32 or c in "\x7f\x85\u2028\u2029" for c in value):
        raise InputError(f"{key} holds a line break or another control character; give it on one line", path=path)
    if key == "contact_email" and value and not _EMAIL.match(value):
        raise InputError(f"contact_email {value!r} is not an e-mail address; give one such as archive@example.org "
                         "(the address alone, without a name)", path=path)
    if key == "contact_phone" and value and not _PHONE.match(value):
        raise InputError(f"contact_phone {value!r} is not a telephone number; give one such as +44 20 7946 0000",
                         path=path)
    return value


def _paper(value: str, path: Path) -> str:
    if value.lower() not in PAPERS:
        raise InputError(f"paper {value!r} is no paper size of the print edition; give one of {', '.join(PAPERS)}",
                         path=path)
    return value.lower()


def source_date():
    """The moment SOURCE_DATE_EPOCH sets (reproducible builds date the conversion, the PDF and the bag by it), as a
    UTC datetime, or None when it is not set. A value that is no such moment is an InputError: the converter left
    a word unread (an undated build, unlike every other) and a number past year 9999 failed each document."""
    import datetime
    import os

    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not epoch:
        return None
    try:
        return datetime.datetime.fromtimestamp(int(epoch), tz=datetime.timezone.utc)
    except (ValueError, OverflowError, OSError):
        raise InputError(f"{epoch!r} is not a moment in seconds since 1970-01-01 UTC (such as 1700000000); set it "
                         "to one, or unset it", path="SOURCE_DATE_EPOCH") from None


def source_day() -> str | None:
    """The day SOURCE_DATE_EPOCH sets, ISO (the conversion's date in revisionDesc), or None when it is not set."""
    moment = source_date()
    return moment.date().isoformat() if moment else None


def find_edition_config(source: Path) -> Path | None:
    """The corpus config beside a source, or in one of its parent folders (a link's, not its target's)."""
    folder = Path(source).absolute().parent.resolve()
    for folder in [folder, *folder.parents]:
        candidate = folder / CORPUS_CONFIG_NAME
        if candidate.is_file():
            return candidate
    return None


def sidecar_path(source: Path) -> Path:
    return source.with_suffix(".toml")


def load_sidecar(source: Path) -> Sidecar:
    """Load the sidecar beside ``source`` (same name, ``.toml``); a missing sidecar gives an empty one."""
    if Path(source).suffix.lower() == ".toml":  # its sidecar would be itself
        raise InputError("a TOML file is a sidecar or a corpus config, not a transcript; give the transcript "
                         "(.txt, .md, .vtt or .srt) it belongs to", path=source)
    path = sidecar_path(source)
    try:
        there = path.is_file()
    except OSError as error:  # a transcript's name of 251 bytes or more: its sidecar's name is too long to exist
        raise InputError(f"its name is too long for a file system to hold its sidecar ({path.name[:20]}…toml would "
                         f"be {len(os.fsencode(path.name))} bytes; {error.strerror}); rename it with a shorter name",
                         path=source) from None
    if not there:
        if path.is_dir() or path.is_symlink():  # there, but not a file: not silently a transcript without sidecar
            raise InputError("the sidecar is a folder or a link to nothing, not a TOML file; remove or replace it",
                             path=path)
        return Sidecar()
    data = _load_toml(path)
    _check_keys(data, _SIDECAR_KEYS, path)
    src, interview, rights = (_table(data, name, path) for name in ("source", "interview", "rights"))
    for name, table in (("source", src), ("interview", interview), ("rights", rights)):
        _check_keys(table, _SIDECAR_TABLE_KEYS[name], path, f" in [{name}]")
    dates = tuple(str(d) for d in _expect(interview, "dates", list, path, []))
    for date in dates:
        _check_date(date, path)
    participants = []
    for entry in _expect(data, "participants", list, path, []):
        if isinstance(entry, dict):
            _check_keys(entry, _PARTICIPANT_KEYS, path, " in [[participants]]")
        try:
            participants.append(participant_entry(entry))
        except ValueError as exc:
            raise InputError(str(exc), path=path)
    year = _expect(src, "year", int, path)
    if year is not None and not 1 <= year <= 9999:
        raise InputError(f"year {year} is not a year of four digits at most; give it as in year = 2000", path=path)
    return Sidecar(
        id=_id_part(_expect(data, "id", str, path), "id", path),
        title=_expect(data, "title", str, path),
        language=_language(_expect(data, "language", str, path), path),
        publication=_expect(src, "publication", str, path),
        publication_abbr=_expect(src, "abbreviation", str, path),
        publication_type=_expect(src, "type", str, path, "journal"),
        year=year,
        year_inferred=bool(_expect(src, "year_inferred", bool, path, False)),
        year_evidence=_expect(src, "year_evidence", str, path),
        dates=dates,
        place=_expect(interview, "place", str, path),
        participants=tuple(participants),
        aliases={str(k): str(v) for k, v in _expect(data, "aliases", dict, path, {}).items()},
        rights_status=str(_expect(rights, "status", str, path, "unknown")),
        rights_note=_expect(rights, "note", str, path),
        label_style=_expect(data, "label_style", str, path),
        encoding=_encoding(_expect(data, "encoding", str, path), path),
        path=path,
    )


def _encoding(value: str | None, path: Path) -> str | None:
    """The transcript's encoding as the sidecar names it (a corpus may mix UTF-8 with older encodings)."""
    if problem := encoding_problem(value):
        raise InputError(problem, path=path)
    return value
