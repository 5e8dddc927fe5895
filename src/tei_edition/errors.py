"""Typed errors of the library; the CLI turns each into one line and an exit code."""

from __future__ import annotations


class EditionError(Exception):
    """A problem the user can fix: bad input, an invalid document, a refused overwrite.

    ``str(error)`` is the whole message: it names the file, says what is wrong and what to do.
    """

    def __init__(self, message: str, *, path: object | None = None) -> None:
        self.path = str(path) if path is not None else None
        super().__init__(f"{self.path}: {message}" if self.path else message)


class InputError(EditionError):
    """A source transcript, sidecar or config that cannot be read or converted."""


class FidelityError(EditionError):
    """The encoded TEI does not carry every word of the source."""


class InvalidDocument(EditionError):
    """A TEI document that the schema or the pointer checks reject."""

    def __init__(self, message: str, *, path: object | None = None, problems: list | None = None) -> None:
        self.problems = problems or []
        super().__init__(message, path=path)


class OverwriteRefused(EditionError):
    """An output on disk that must not be replaced (for example a hand-edited TEI)."""
