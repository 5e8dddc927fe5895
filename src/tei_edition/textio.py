"""Reading transcript bytes into checked text: encoding, BOM, line ends, characters XML forbids."""

from __future__ import annotations

import codecs
import os
import re
import tempfile
from pathlib import Path

from .errors import InputError
from .patterns import lazy

#: The files a corpus folder's transcripts are read from.
SOURCE_SUFFIXES = (".txt", ".md", ".vtt", ".srt")
#: Word-processor documents in a corpus folder are most likely transcripts not yet saved as text: each is taken as a
#: source, which fails with what to do, rather than left out of the edition unseen, unless a transcript of the same
#: name beside it is its text.
DOCUMENT_SUFFIXES = (".docx", ".doc", ".odt", ".rtf")

# XML 1.0 Char production: everything else cannot appear in a TEI document at all.
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
# A UTF-8 character read as Windows-1252 and saved again as UTF-8 ("’" printed "â€™", "é" printed "Ã©"): a lead
# byte's letter, then the one or two letters its continuation bytes read as in Windows-1252.
_CONTINUATION = ("[\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a"
                 "\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122\u00a0-\u00bf]")
_MOJIBAKE = lazy(f"[\u00c2-\u00df]{_CONTINUATION}|[\u00e0-\u00ef]{_CONTINUATION}{{2}}")
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


# Files that are documents of another kind, by their first bytes: each is refused with what it is, not read as text
# (an RTF file is text, and would become a TEI of its control words) nor called "binary".
_OTHER_FORMATS = (
    (b"{\\rtf", "an RTF document"),
    (b"PK\x03\x04", "a ZIP archive (a Word .docx or OpenDocument .odt document?)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a Word 97-2003 document (.doc)"),
    (b"%PDF-", "a PDF"),
    (b"<?xml", "an XML document"),
    (b"<!doctype html", "an HTML page"),
    (b"<html", "an HTML page"),
)


def other_format(data: bytes) -> str | None:
    """What ``data`` is when its first bytes say it is no plain-text transcript (see _OTHER_FORMATS), else None."""
    head = data[:64].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return next((what for magic, what in _OTHER_FORMATS if head.startswith(magic.lower())), None)


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def encoding_problem(encoding: str | None) -> str | None:
    """Why ``encoding`` cannot decode a transcript (Python has no such codec), else ``None``."""
    try:
        if encoding:
            codecs.lookup(encoding)
    except LookupError:
        return f"unknown encoding {encoding!r}: give a Python codec name such as cp1252"
    return None


def decode_transcript(data: bytes, path: object, encoding: str | None = None) -> str:
    """Decode a transcript; accept a BOM, CRLF/CR line ends, form feeds (a typescript's page breaks), vertical tabs
    (the line breaks within a paragraph of Word's text exports and FileMaker's) and Unicode's line separator as line
    ends, and its paragraph separator as a paragraph end; reject what cannot become TEI text."""
    if not data.strip():
        raise InputError("the file is empty: there is no transcript to convert", path=path)
    if what := other_format(data):
        todo = ("a TEI file is checked with `tei-edition validate` and published with `render`, not converted"
                if what == "an XML document" else "save or export its text as plain text (UTF-8, .txt) and convert that")
        raise InputError(f"{what}, not a plain-text transcript; {todo}", path=path)
    bom_encoding = None
    for bom, name in _BOMS:
        if data.startswith(bom):
            data, bom_encoding = data[len(bom):], name
            break
    if bom_encoding is None and encoding is None and b"\x00" in data[:8192]:
        raise InputError(_nul_bytes_problem(data[:8192]), path=path)
    codec = encoding or bom_encoding or "utf-8"
    try:
        text = data.decode(codec)
    except LookupError:
        raise InputError(encoding_problem(codec), path=path)
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        guess = _legacy_encoding(data) if codec == "utf-8" and encoding is None else None
        # a corpus may mix encodings: the sidecar names one file's (--encoding would apply to every file)
        sidecar = f" (or encoding = \"{guess[0] if guess else 'cp1252'}\" in {Path(str(path)).stem}.toml for this file alone)" if path else ""
        todo = (f"it reads as {guess[1]} text: if it is, pass --encoding {guess[0]}{sidecar}" if guess else
                f"if the file uses another encoding, pass it with --encoding (e.g. --encoding cp1252){sidecar}")
        raise InputError(f"line {line}, column {column}: byte 0x{data[exc.start]:02x} is not valid {codec}; {todo}", path=path)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\f" in text or "\v" in text:  # XML has neither character: each ends a line
        text = text.replace("\f", "\n").replace("\v", "\n")
    if "\u2028" in text or "\u2029" in text:  # a turn after a paragraph separator is a turn, as after a blank line
        text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    bad = _XML_FORBIDDEN.search(text)
    if bad:
        line, column = _line_col(text, bad.start())
        raise InputError(
            f"line {line}, column {column}: character U+{ord(bad.group()):04X} is not allowed in XML; "
            "remove it or replace it in the source",
            path=path,
        )
    if not text.strip():
        raise InputError("the file holds only white space: there is no transcript to convert", path=path)
    if codec == "utf-8" and (garbled := _mojibake(text)):
        line, column = _line_col(text, garbled.start())
        raise InputError(
            f"line {line}, column {column}: {garbled.group()!r} is {garbled.group().encode('cp1252').decode()!r} "
            "garbled (UTF-8 text read as Windows-1252 and saved again), here and in other places; repair the text "
            "(re-save it from the original, or with a tool such as ftfy) and convert it again",
            path=path,
        )
    return text


def _mojibake(text: str) -> re.Match | None:
    """The first of three garbled characters or more, each a UTF-8 character's bytes read as Windows-1252 (which
    read back gives a character that is no ASCII); else ``None``. One or two such pairs may be meant ("Â£" in a
    text about encodings); three are a file saved through the wrong encoding."""
    found = []
    for candidate in _MOJIBAKE.finditer(text):
        try:
            candidate.group().encode("cp1252").decode("utf-8")
        except UnicodeError:
            continue
        found.append(candidate)
        if len(found) == 3:
            return found[0]
    return None


# The legacy encodings of scripts without Latin letters, each with the characters most of its text is (beside ASCII)
# and the share of it that must be its own: Japanese has kana (which Chinese has none of), Korean is mostly Hangul,
# Greek has its accented vowels in most words (Cyrillic read as Windows-1253 has few).
_CJK_TEXT = "\u3000-\u303f\u3040-\u30ff\u4e00-\u9fff\uff01-\uff60"
_LEGACY = (
    ("shift_jis", "Japanese (Shift_JIS)", lazy(f"[{_CJK_TEXT}]"), lazy(r"[\u3040-\u30ff]"), 0.1),
    ("euc-kr", "Korean (EUC-KR)", lazy(f"[\uac00-\ud7af{_CJK_TEXT}]"), lazy(r"[\uac00-\ud7af]"), 0.5),
    ("gb18030", "Chinese (GB18030)", lazy(f"[{_CJK_TEXT}]"), lazy(r"[\u4e00-\u9fff]"), 0.5),
    ("cp1253", "Greek (Windows-1253)", lazy(r"[\u0370-\u03ff\u00ab\u00bb\u2013\u2014]"),
     lazy(r"[\u0386\u0388-\u038f\u03ac-\u03af\u03cc-\u03ce]"), 0.06),
    ("cp1251", "Cyrillic (Windows-1251)", lazy(r"[\u0400-\u04ff\u00ab\u00bb\u2013\u2014\u2116]"),
     lazy(r"[\u0400-\u04ff]"), 0.5),
)
_ASCII_LETTER = lazy(r"[A-Za-z]")
_INNER_FINAL_SIGMA = lazy(r"ς[^\W\d_]")


def _legacy_encoding(data: bytes) -> tuple[str, str] | None:
    """The legacy encoding a transcript that is no UTF-8 reads best in, with its description, for the error's hint;
    None where none reads clearly. Only a hint: the file is never decoded by guess.

    A script without Latin letters first: the first encoding of _LEGACY that decodes the text into twice as many
    characters above 127 as ASCII letters, nine in ten of them its script's, enough of them its own (and, for Korean,
    a space for every eight: Chinese read as Korean runs on without spaces; for Greek, no final sigma inside a word,
    as Cyrillic read as Greek has). Otherwise a Latin script:
    the Western or Central European code page whose reading makes more of the bytes above 127 letters ("Wiśniewska"
    in Windows-1250, "Wi\u0153niewska" in Windows-1252; "Zażółć" in Windows-1252 has "¿" and "³"); a tie is
    Western."""
    sample = data[:65536]
    latin = len(_ASCII_LETTER.findall(sample.decode("latin-1")))
    for codec, what, script, own, share in _LEGACY:
        try:
            text = sample.decode(codec)
        except UnicodeDecodeError:
            continue
        foreign = [c for c in text if ord(c) > 127]
        if len(foreign) > 2 * latin and sum(1 for c in foreign if script.match(c)) >= 0.9 * len(foreign) and \
                sum(1 for c in foreign if own.match(c)) >= share * len(foreign) and (
                codec != "euc-kr" or 8 * text.count(" ") >= len(foreign)) and (  # Korean spaces its words
                codec != "cp1253" or not _INNER_FINAL_SIGMA.search(text)):  # Cyrillic "т" read as a final "ς"
            return codec, what
    scores = []
    for codec, what in (("cp1252", "Western European (Windows-1252)"), ("cp1250", "Central European (Windows-1250)")):
        try:
            text = sample.decode(codec)
        except UnicodeDecodeError:
            continue
        scores.append((sum(1 for c in text if ord(c) > 127 and c.isalpha()), codec == "cp1252", codec, what))
    return max(scores)[2:] if scores else None


def _nul_bytes_problem(head: bytes) -> str:
    """What to say of a file with NUL bytes and no BOM: UTF-16 text without its byte-order mark has them in every
    other byte (ASCII characters are one byte and a NUL), a binary file anywhere."""
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if max(even, odd) >= len(head) // 4 and min(even, odd) <= max(even, odd) // 20:
        codec = "utf-16-le" if odd > even else "utf-16-be"
        return (f"this looks like UTF-16 text without a byte-order mark; if it is, pass --encoding {codec} "
                "(or save the file as UTF-8)")
    return "this looks like a binary file (it contains NUL bytes), not a text transcript"


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_UMASK = _current_umask()


def write_atomic(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the whole new one, never a part.

    ``durable`` also forces the data to disk before the rename, so that a power cut cannot leave an empty file
    under the new name. The build leaves it off for its many outputs: its manifest records each output's SHA-256
    and a damaged output is rebuilt by the next run, while a kill of the process never loses written data.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, 0o666 & ~_UMASK)  # mkstemp makes 0600 files; outputs are published, so use the umask
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
