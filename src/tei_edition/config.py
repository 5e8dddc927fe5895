"""Corpus configuration (edition.toml) and per-document sidecar metadata (<source>.toml)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError

CORPUS_CONFIG_NAME = "edition.toml"


@dataclass(frozen=True)
class EditionConfig:
    """What all documents of a corpus share."""

    title: str = "Interview edition"
    publisher: str = "Unknown publisher"
    base_uri: str = ""
    licence: str = ""
    licence_uri: str = ""
    id_prefix: str = ""
    language: str = "en"
    register: Path | None = None
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
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"not valid TOML: {exc}; fix the syntax", path=path)
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=path)


def _expect(table: dict[str, Any], key: str, kind: type | tuple[type, ...], path: Path, default: Any = None) -> Any:
    value = table.get(key, default)
    if value is not None and not isinstance(value, kind):
        names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
        raise InputError(f"{key!r} must be a {names}, not {type(value).__name__}", path=path)
    return value


_ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def load_edition_config(path: Path | None) -> EditionConfig:
    """Load a corpus config; ``None`` gives the defaults."""
    if path is None:
        return EditionConfig()
    data = _load_toml(path)
    table = data.get("edition", data)
    register = _expect(table, "register", str, path)
    return EditionConfig(
        title=_expect(table, "title", str, path, EditionConfig.title),
        publisher=_expect(table, "publisher", str, path, EditionConfig.publisher),
        base_uri=_expect(table, "base_uri", str, path, ""),
        licence=_expect(table, "licence", str, path, ""),
        licence_uri=_expect(table, "licence_uri", str, path, ""),
        id_prefix=_expect(table, "id_prefix", str, path, ""),
        language=_expect(table, "language", str, path, "en"),
        register=(path.parent / register) if register else None,
        path=path,
    )


def find_edition_config(source: Path) -> Path | None:
    """The corpus config beside a source, or in one of its parent folders."""
    for folder in [source.resolve().parent, *source.resolve().parent.parents]:
        candidate = folder / CORPUS_CONFIG_NAME
        if candidate.is_file():
            return candidate
    return None


def sidecar_path(source: Path) -> Path:
    return source.with_suffix(".toml")


def load_sidecar(source: Path) -> Sidecar:
    """Load the sidecar beside ``source`` (same name, ``.toml``); a missing sidecar gives an empty one."""
    path = sidecar_path(source)
    if not path.is_file():
        return Sidecar()
    data = _load_toml(path)
    src = _expect(data, "source", dict, path, {})
    interview = _expect(data, "interview", dict, path, {})
    rights = _expect(data, "rights", dict, path, {})
    dates = tuple(str(d) for d in _expect(interview, "dates", list, path, []))
    for date in dates:
        if not _ISO_DATE.match(date):
            raise InputError(f"interview date {date!r} is not an ISO date (YYYY-MM-DD)", path=path)
    participants = []
    for entry in _expect(data, "participants", list, path, []):
        try:
            participants.append(participant_entry(entry))
        except ValueError as exc:
            raise InputError(str(exc), path=path)
    year = _expect(src, "year", int, path)
    return Sidecar(
        id=_expect(data, "id", str, path),
        title=_expect(data, "title", str, path),
        language=_expect(data, "language", str, path),
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
        path=path,
    )
