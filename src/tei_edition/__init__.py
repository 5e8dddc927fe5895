"""tei-edition: interview transcripts to TEI P5 archival masters and their reading and print editions."""

from pathlib import Path

#: The one place the version is written (pyproject.toml reads it from here): asking the installed metadata for it
#: imported importlib.metadata, ≈ 25 ms in every process a build starts, and said 0.0.0 in a source tree.
__version__ = "0.1.0"

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"


def resource_dir(name: str) -> Path:
    """The stylesheets' folder (``xslt``) or the schema's (``schema``): inside the package where tei-edition is
    installed from a wheel (pyproject.toml puts them there), else at the top of the project (a checkout, an editable
    install)."""
    package = Path(__file__).resolve().parent
    installed = package / name
    return installed if installed.is_dir() else package.parent.parent / name
