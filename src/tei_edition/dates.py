"""Dates as transcripts and their headers print them, read as ISO dates (the header's @when, a headnote's date)."""

from __future__ import annotations

import re
from datetime import date as _calendar_date


def iso_date(text: str) -> str | None:
    """An ISO date for a date as printed ("1999-05-01", "May 1, 1999", "March 5th, 1999", "1 May 1999", "May 1999",
    "1999"), in English, German, French, Spanish, Portuguese ("12 de março de 2018"), Italian, Dutch or Russian ("14. März 2002", "14 mars 2002",
    "14 de marzo de 2002", "14 maart 2002", "17 ноября 2009 г."); None for anything else or an impossible day."""
    text = _DATE_WORDS.sub(" ", _ORDINAL.sub("", text.strip().casefold()))
    text = " ".join(text.split()).replace(" ,", ",").strip(" ,")
    if _ISO_DATE.fullmatch(text):
        year, month, day = (*map(int, text.split("-")), 1, 1)[:3]
        return text if len(text) == 4 or _valid_day(year, month, day) else None  # not "1999-13" or "1999-02-30"
    for pattern, order in _DATE_PATTERNS:
        found = pattern.fullmatch(text)
        if found and found.group("m") in _MONTH_NUMBERS:
            month = _MONTH_NUMBERS[found.group("m")]
            if "d" not in order:
                return f"{found.group('y')}-{month:02d}"
            year, day = int(found.group("y")), int(found.group("d"))
            return f"{year:04d}-{month:02d}-{day:02d}" if _valid_day(year, month, day) else None  # "May 32, 1999"
    return None


def _valid_day(year: int, month: int, day: int) -> bool:
    try:
        _calendar_date(year, month, day)
    except ValueError:
        return False
    return True


#: Month names (and their genitive and short forms) in the languages whose dates the reader takes from a header.
_MONTH_WORDS = (
    "january jan januar jänner janvier janv enero ene gennaio gen januari janeiro январь января янв",
    "february feb februar février fevrier févr fevr febrero febbraio februari fevereiro февраль февраля фев",
    "march mar märz maerz mär mars marzo maart mrt março marco март марта",
    "april apr avril avr abril abr aprile апрель апреля апр",
    "may mai mayo maggio mag mei maio май мая",
    "june jun juni juin junio giugno giu junho июнь июня",
    "july jul juli juillet juil julio luglio lug julho июль июля",
    "august aug août aout agosto ago augustus август августа авг",
    "september sep sept septembre septiembre setiembre settembre set setembro сентябрь сентября сен",
    "october oct oktober okt octobre octubre ottobre ott outubro октябрь октября окт",
    "november nov novembre noviembre novembro ноябрь ноября ноя",
    "december dec dezember dez décembre decembre déc diciembre dic dicembre dezembro декабрь декабря дек",
)
_MONTH_NUMBERS = {word: number for number, words in enumerate(_MONTH_WORDS, start=1) for word in words.split()}
# Ordinal endings ("5th", "1er") and the words around the parts of a date ("14 de marzo de 2002", "the 3rd of May",
# "17 ноября 2009 г.").
_ORDINAL = re.compile(r"(?<=\d)(?:st|nd|rd|th|er|ᵉʳ)\b")
_DATE_WORDS = re.compile(r"\b(?:de|del|of|the)\b|\s(?:г\.?|года?)$")
_ISO_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_DATE_PATTERNS = tuple(
    (re.compile(pattern), order) for pattern, order in (
        (r"(?P<m>[^\W\d_]+)\.?\s+(?P<d>\d{1,2}),?\s+(?P<y>\d{4})", "mdy"),
        (r"(?P<d>\d{1,2})\.?\s*(?P<m>[^\W\d_]+)\.?,?\s+(?P<y>\d{4})", "dmy"),
        (r"(?P<m>[^\W\d_]+)\.?,?\s+(?P<y>\d{4})", "my"),
    )
)
