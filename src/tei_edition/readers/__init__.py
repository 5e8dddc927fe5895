"""Readers: each turns one transcript convention into the interview model; ``read_interview`` picks one."""

from __future__ import annotations

from ..model import Interview
from .srt import SrtReader, is_subrip
from .text import TextReader
from .vtt import VttReader, is_webvtt


def read_interview(text: str, path: object, *, label_style: str | None = None, title: str | None = None) -> Interview:
    """Read a decoded transcript with the reader its content calls for: WebVTT, SubRip, else plain text/Markdown.
    ``title`` is the title the sidecar gives the document, if any."""
    if is_webvtt(text):
        return VttReader(path).read(text)
    if is_subrip(text):
        return SrtReader(path).read(text)
    return TextReader(path, label_style=label_style, title=title).read(text)
