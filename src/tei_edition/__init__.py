"""tei-edition: interview transcripts to TEI P5 archival masters and their reading and print editions."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("tei-edition")
except PackageNotFoundError:  # running from a source tree without installation
    __version__ = "0.0.0"

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
