"""Header data printed in a transcript: YAML front matter and a preamble metadata block (``DATE: …``)."""

from __future__ import annotations

import datetime as _dt
import re

import yaml

#: The model's metadata keys, and the spellings transcripts use for them.
_SYNONYMS = {
    "title": "title",
    "interviewee": "interviewee",
    "interviewees": "interviewee",
    "narrator": "interviewee",
    "narrators": "interviewee",
    "guest": "interviewee",
    "guests": "interviewee",
    "respondent": "interviewee",
    "interviewer": "interviewer",
    "interviewers": "interviewer",
    "interviewed by": "interviewer",
    "host": "interviewer",
    "hosts": "interviewer",
    "date": "date",
    "interview date": "date",
    "date of interview": "date",
    "recorded": "date",
    "recording date": "date",
    "place": "place",
    "location": "place",
    "interview place": "place",
    "interview location": "place",
    "place of interview": "place",
    "language": "language",
    "lang": "language",
}
#: Keys a preamble metadata block may use besides the synonyms above (kept under their own name).
_OTHER_KEYS = {
    "subject", "subjects", "topic", "topics", "keywords", "duration", "length", "transcriber", "transcribed by",
    "transcription", "project", "collection", "series", "episode", "format", "tape", "tapes", "session",
    "sessions", "id", "identifier", "accession", "rights", "copyright", "publisher", "source", "editor",
    "edited by", "audio", "summary", "description", "abstract", "author", "program", "programme",
}
_ROLE_KEYS = {"interviewee", "interviewer"}
_META_LINE = re.compile(r"^\s*(?P<key>[A-Za-z][A-Za-z .'/_-]{0,30}?)\s*:\s*(?P<value>\S.*?)\s*$")


def normalise_key(key: str) -> str:
    """A metadata field name as the model stores it: ``Date of interview`` → ``date``."""
    key = re.sub(r"[\s_-]+", " ", key).strip().casefold()
    return _SYNONYMS.get(key, key)


def _value(value: object) -> str:
    if isinstance(value, (list, tuple)):
        return "; ".join(_value(v) for v in value)
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_value(v)}" for k, v in value.items())
    return "" if value is None else str(value).strip()


def front_matter(lines: list[str]) -> tuple[dict[str, str], int, str] | None:
    """YAML front matter at the very start (``---`` … ``---``): its fields and the index of its last line.

    Returns ``None`` when the file does not start with front matter (a ``---`` rule followed by a blank
    line, as in the seed, is a rule), and a third value explaining a block that looked like front matter
    but is not valid YAML mapping.
    """
    if len(lines) < 3 or lines[0].strip() != "---" or not re.match(r"^[A-Za-z_][\w -]*:", lines[1]):
        return None
    end = next((i for i in range(1, min(len(lines), 400)) if lines[i].strip() in ("---", "...")), None)
    if end is None:
        return None
    try:
        data = yaml.safe_load("\n".join(lines[1:end]))
    except yaml.YAMLError as exc:
        return {}, -1, f"lines 1-{end + 1} look like YAML front matter but are not valid YAML ({exc.__class__.__name__}); read as text"
    if not isinstance(data, dict):
        return None
    fields = {normalise_key(str(k)): _value(v) for k, v in data.items() if _value(v)}
    return fields, end, ""


def metadata_block(lines: list[str]) -> dict[str, str] | None:
    """The fields of a preamble block such as ``INTERVIEWEE: Jane Doe / DATE: May 1, 1999``, else ``None``.

    Every line must be ``KEY: value`` with a known key. A single line naming only an interviewer or
    interviewee counts when its value reads as a name, not a sentence ("Interviewer: Where were you born?"
    is a turn).
    """
    fields: dict[str, str] = {}
    for line in lines:
        found = _META_LINE.match(line)
        if not found:
            return None
        raw_key = re.sub(r"[\s_-]+", " ", found.group("key")).strip().casefold()
        if raw_key not in _SYNONYMS and raw_key not in _OTHER_KEYS:
            return None
        key = normalise_key(raw_key)
        if key in fields or (key in _ROLE_KEYS and found.group("value").rstrip().endswith("?")):
            return None  # a key that repeats, or a question after "Interviewer:", makes turns, not a header
        fields[key] = found.group("value")
    if len(fields) == 1 and set(fields) <= _ROLE_KEYS:
        value = next(iter(fields.values()))
        if re.search(r"[.?!]$", value) or len(value.split()) > 8:
            return None
    return fields or None


def person_names(value: str) -> list[str]:
    """The names in a metadata value: ``Jane Doe; John Roe`` or ``Jane Doe and John Roe``."""
    parts = re.split(r"\s*(?:;|\band\b|&)\s*", value)
    return [re.sub(r"\s*\(.*?\)\s*$", "", p).strip() for p in parts if p.strip()]
