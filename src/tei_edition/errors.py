"""Typed errors of the library; the CLI turns each into one line and an exit code."""

from __future__ import annotations

import errno
from pathlib import Path


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


def output_folder(path: object, *, option: str = "-o") -> Path:
    """Make the output folder ``path`` (with its parents) unless it exists; return it.

    A file where the folder, or one of its parents, should be gives an EditionError naming that file, not a
    traceback; nothing is written then.
    """
    folder = Path(path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        return folder
    except (FileExistsError, NotADirectoryError, FileNotFoundError):
        chain = (folder, *folder.parents)

        def where(blocking: Path) -> str:
            return "" if blocking == folder else f" ({folder} would be inside it)"

        link = next((p for p in chain if p.is_symlink() and not p.exists()), None)
        if link is not None:
            raise EditionError(f"is a link to nothing{where(link)}; remove it or give another folder ({option})",
                               path=link) from None
        blocking = next((p for p in chain if p.exists() and not p.is_dir()), folder)
        raise EditionError(f"is a file, not a folder{where(blocking)}; give a folder for the output ({option})",
                           path=blocking) from None
    except OSError as error:
        raise EditionError(f"cannot create the output folder: {error.strerror or error}; "
                           f"give a folder you can write to ({option})", path=folder) from None


#: Names Windows gives its devices, whatever follows the dot ('con.xml', 'aux.html'): no file of such a name can be
#: made or copied there, so an archive on Windows (or a share it serves) would lack it.
WINDOWS_DEVICE_NAMES = frozenset(["con", "prn", "aux", "nul", *(f"com{n}" for n in range(1, 10)),
                                  *(f"lpt{n}" for n in range(1, 10))])


def name_problem(path: object) -> str | None:
    """The line for a source whose path is not UTF-8 text (a zip made on Windows or an old Mac, unpacked here, leaves
    names in their encoding), else None: its name goes into the TEI header, the manifest and the report, and failed
    there as 'internal error UnicodeEncodeError … please report it' (convert and entities: a traceback)."""
    try:
        str(path).encode("utf-8")
        return None
    except UnicodeEncodeError:
        shown = str(path).encode("utf-8", "backslashreplace").decode("utf-8")
        return (f"{shown}: its name is not UTF-8 text (bytes in another system's encoding, as a zip made on Windows "
                "or an old Mac leaves them); rename it (convmv -f cp1252 -t utf-8 --notest, say)")


def naming(error: OSError, path: object) -> OSError:
    """``error`` with ``path`` as its file where it names none (a full disk fails a write, whose error names no
    file), so that os_error_message says which file could not be written."""
    return error if error.filename else OSError(error.errno, error.strerror, str(path))


def _remedy(error: OSError, default: str) -> str:
    """What to do about a system error, by its kind: a full disk, permissions, a read-only disk, a name too long."""
    kinds = {
        errno.ENOSPC: "free some space on that disk (or give another), then run the command again",
        errno.EDQUOT: "free some space within your quota (or give another disk), then run the command again",
        errno.EACCES: "check its permissions, or give a folder you can write to",
        errno.EPERM: "check its permissions, or give a folder you can write to",
        errno.EROFS: "the disk is mounted read-only: give a folder on a disk you can write to",
        errno.ENAMETOOLONG: "the name is longer than the file system allows: shorten it (or the folders above it)",
    }
    return kinds.get(error.errno, default)


def os_error_message(error: OSError) -> str:
    """One line for a system error the library did not foresee (a folder in the place of an output, a folder that
    cannot be written, a full disk): the path, what failed, the reason, what to check."""
    path = Path(error.filename) if error.filename else None
    what = "cannot read or write"
    if error.filename2:  # a rename onto it failed (a folder in the way, say)
        path, what = Path(error.filename2), "cannot replace it"
    elif path is not None and path.name.startswith(".") and path.name.endswith((".tmp", ".lock")):
        path, what = path.parent, "cannot write into it"  # an atomic write's temporary file, a build's lock: the folder
    reason = error.strerror or str(error)
    if path is None:
        return f"{reason}; {_remedy(error, 'check the paths given, their permissions and the free space')}"
    return f"{path}: {what}: {reason}; {_remedy(error, 'check the path, its permissions and the free space')}"


def unwritten_message(error: OSError, source: object, folder: object, what: str = "its outputs") -> str:
    """One line for a system error while writing what was made from ``source`` into ``folder``: the file, if the
    error names one (os_error_message), else the source and the folder, for a full disk fails a write, which names
    no file."""
    if error.filename:
        return os_error_message(error)
    remedy = _remedy(error, "check the folder's permissions and the free space, then run the command again")
    return f"{source}: cannot write {what} into {folder}: {error.strerror or error}; {remedy}"
