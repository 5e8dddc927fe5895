"""The language of a transcript when no source states it, and the names of languages for the teiHeader.

The sidecar, the front matter or a header field may state a transcript's language; otherwise the corpus's language
(edition.toml, else English) is only an assumption, and a wrong one for an interview in another language: its TEI
would declare English, its editions set and hyphenate it as English (left to right, for Arabic), its catalogue
records say English. The text itself is the evidence: Google's Compact Language Detector 2 (pycld2, the detector
Chromium uses) names the language of a few hundred characters reliably, in well under a millisecond. Its answer
replaces the assumption only where it is sure of it (reliable, and most of the text), and the converter says so.
"""

from __future__ import annotations

import functools
import re

#: Detection needs some text: a few short turns ("Yes." "No.") say nothing about the language. Counted in UTF-8
#: bytes of letters, as CLD2 counts: a Chinese or Japanese character (three bytes) carries more than a Latin letter.
_MIN_LETTER_BYTES = 100
#: The share of the text (per cent) the detected language must cover: a text in two languages keeps the assumed one.
_MIN_PERCENT = 70
#: The first characters are enough to tell the language of an interview (and keep a long one cheap: CLD2 takes
#: ≈ 0.03 ms per 1,000 characters).
_SAMPLE = 4_000
#: CLD2's codes that are not (or no longer) the BCP 47 tags: Hebrew, Javanese, Indonesian, Moldavian.
_TAGS = {"iw": "he", "jw": "jv", "in": "id", "mo": "ro"}
_LETTER = re.compile(r"[^\W\d_]")


def detect_language(text: str) -> str | None:
    """The BCP 47 tag of the language ``text`` is written in, or ``None`` where that is not clear. A script whose
    language CLD2 cannot tell gives ``und-<script>`` (``und-Syrc``)."""
    import pycld2

    sample = text[:_SAMPLE]
    if len(sample) < 4 * _MIN_LETTER_BYTES and len("".join(_LETTER.findall(sample)).encode()) < _MIN_LETTER_BYTES:
        return None
    try:
        reliable, _, ((_, code, percent, _), *_) = pycld2.detect(sample)
    except pycld2.error:  # text CLD2 cannot take (unpaired surrogates): no evidence
        return None
    if not reliable or percent < _MIN_PERCENT or code == "un" or code.startswith("zz"):
        return None
    return f"und-{code[3:]}" if code.startswith("xx-") else _TAGS.get(code, code)


def language_of(text: str, assumed: str) -> tuple[str, str | None]:
    """The language tag for a text no source states a language for, and a warning when it is not ``assumed``
    (the corpus's language): the detected language where it is clear and another than ``assumed``."""
    detected = detect_language(text)
    if detected is None or _primary(detected) == _primary(assumed):
        return assumed, None
    return detected, (f"no language given; the text reads as {language_name(detected)} ({detected}), not the corpus "
                      f"language {assumed}: recorded as {detected} (give language in the sidecar if that is wrong)")


def _primary(tag: str) -> str:
    return tag.split("-", 1)[0].lower()


def language_name(tag: str) -> str:
    """The English name of a language tag ("ja" → "Japanese", "und-Arab" → "Undetermined (Arabic script)"), else
    the tag itself."""
    return _names().get(tag) or _names().get(_primary(tag)) or tag


def language_code(name: str) -> str | None:
    """The tag of a language named in English ("Japanese" → "ja"), else ``None``."""
    return _codes().get(name.strip().casefold())


@functools.cache
def _names() -> dict[str, str]:
    import pycld2

    names: dict[str, str] = {}
    for name, code in pycld2.LANGUAGES:
        if code in ("un",) or code.startswith("zz"):
            continue
        if code.startswith("xx-"):
            code, name = f"und-{code[3:]}", f"Undetermined ({name[2:].replace('_', ' ').title()} script)"
        elif name == "ChineseT":
            name = "Chinese (Traditional)"
        else:
            name = name.replace("_", " ").title()
        names.setdefault(_TAGS.get(code, code), name)
    return names


@functools.cache
def _codes() -> dict[str, str]:
    return {name.casefold(): code for code, name in _names().items() if not code.startswith("und-")}
