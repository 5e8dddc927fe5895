"""Regular expressions compiled on first use.

The converter's readers hold some four hundred module-level patterns, and compiling them is most of the cost of
importing the converter (≈ 0.13 s of 0.18; a class of every script's capitals, ``letters.UPPER``, costs ≈ 0.35 ms each
time a pattern holds it). Many serve one kind of transcript (a title line in Greek, a committee's list of witnesses)
and a process that converts others never runs them. A pattern made with :func:`lazy` is compiled the first time one
of its methods is used; from then on the methods are attributes of the wrapper itself, called as fast as the compiled
pattern's. Patterns every document runs stay ``re.compile`` (compiled at import either way, and before a build forks
its worker, which then has them too); lazy are those that neither the benchmark's interviews nor the seed run and
fewer than a quarter of the test inputs do. A lazy pattern is no ``re.Pattern``: not one to compare a match's ``.re``
with by identity.

Some lazy patterns are reached by every document, though few match: a search of each header line for an examination
header, a translator's credit or a dateline. :func:`guarded` gives such a pattern a cheap test its text must pass to
match at all (a word it cannot match without, a year's four digits); on other text it answers "no match" at once,
neither compiling nor running the pattern. The first document a process converted compiled eleven lazy patterns,
≈ 19 ms, more than three times the conversion itself; with seven of them guarded, a benchmark interview's first
conversion takes 16 ms instead of 34.
"""

from __future__ import annotations

import re
from typing import Callable

# What a LazyPattern takes from the compiled pattern when first used; its source, ``pattern``, it has from the start (so
# that a pattern built from a lazy one's source at import leaves that one uncompiled).
_ATTRIBUTES = ("match", "fullmatch", "search", "finditer", "findall", "sub", "subn", "split", "flags", "groups",
               "groupindex")


class LazyPattern:
    """A ``re.Pattern`` stand-in that compiles on first use (see the module's docstring)."""

    __slots__ = ("_source", "pattern", *_ATTRIBUTES)

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._source = (pattern, flags)
        self.pattern = pattern

    def __getattr__(self, name: str):  # reached only while the pattern is not compiled yet
        if name not in _ATTRIBUTES:
            raise AttributeError(name)
        compiled = re.compile(*self._source)
        for attribute in _ATTRIBUTES:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self._source[0]!r})"


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    """``re.compile(pattern, flags)``, compiled when first used."""
    return LazyPattern(pattern, flags)


class GuardedPattern:
    """A lazy pattern searched only in text that passes its test (see the module's docstring and :func:`guarded`)."""

    __slots__ = ("_pattern", "_needs", "pattern")

    def __init__(self, pattern: str, needs: Callable[[str], bool], flags: int = 0) -> None:
        self._pattern = LazyPattern(pattern, flags)
        self._needs = needs
        self.pattern = pattern

    def match(self, string: str, *args):
        return self._pattern.match(string, *args) if self._needs(string) else None

    def fullmatch(self, string: str, *args):
        return self._pattern.fullmatch(string, *args) if self._needs(string) else None

    def search(self, string: str, *args):
        return self._pattern.search(string, *args) if self._needs(string) else None

    def finditer(self, string: str, *args):
        return self._pattern.finditer(string, *args) if self._needs(string) else iter(())

    def findall(self, string: str, *args):
        return self._pattern.findall(string, *args) if self._needs(string) else []

    def __getattr__(self, name: str):  # sub, split, groups …: as the lazy pattern has them
        return getattr(self._pattern, name)

    def __repr__(self) -> str:
        return f"guarded({self.pattern!r})"


def guarded(pattern: str, needs: Callable[[str], bool], flags: int = 0) -> GuardedPattern:
    """A lazy ``re.compile(pattern, flags)`` that can match only a text for which ``needs(text)`` is true: a cheap
    necessary condition (a literal the pattern cannot match without, tested as the pattern tests case). Searched in
    any other text, it finds nothing without being compiled or run."""
    return GuardedPattern(pattern, needs, flags)
