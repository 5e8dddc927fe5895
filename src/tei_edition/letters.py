"""Unicode letter classes for regular expressions: Python's ``re`` has ``\\w`` but no "upper-case letter"."""

from __future__ import annotations

import re


def _ranges(predicate) -> str:
    """The body of a character class matching every character of the BMP for which ``predicate`` holds."""
    parts: list[str] = []
    start = previous = None
    for code in range(0x10000):
        if predicate(chr(code)):
            if start is None:
                start = code
            previous = code
        elif start is not None:
            parts.append(re.escape(chr(start)) if start == previous else f"{re.escape(chr(start))}-{re.escape(chr(previous))}")
            start = None
    return "".join(parts)


#: Upper-case and title-case letters of every script (É, Å, Ж, Ω …), for names such as "ÅSTRÖM:" or "Émile Zola:".
UPPER = f"[{_ranges(lambda c: c.isupper() or c.istitle())}]"
