"""The collection index page: every built edition and a corpus-wide index of names, by XSLT (collection.xsl)."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from .textio import write_atomic

INDEX_NAME = "index.html"


def collection_listing(out_dir: Path, documents: dict[str, dict], title: str, language: str) -> bytes:
    """The input of collection.xsl: one ``edition`` per built document, sorted by id."""
    root = etree.Element("editions", title=title, lang=language)
    for entry in sorted(documents.values(), key=lambda e: e.get("document_id") or ""):
        ident = entry.get("document_id")
        outputs = entry.get("outputs", {})
        if not ident or f"{ident}.xml" not in outputs or f"{ident}.html" not in outputs:
            continue
        edition = etree.SubElement(
            root, "edition", id=ident, tei=(out_dir / f"{ident}.xml").resolve().as_uri(), html=f"{ident}.html"
        )
        if f"{ident}.pdf" in outputs:
            edition.set("pdf", f"{ident}.pdf")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def write_collection_index(out_dir: Path, manifest, configs: dict) -> Path:
    """Write ``OUT/index.html`` for the documents the manifest lists."""
    from .render import render_html

    config = next(iter(configs.values()))[1] if configs else None
    title = config.title if config else "Interview edition"
    language = config.language if config else "en"
    listing = collection_listing(Path(out_dir), manifest.documents, title, language)
    target = Path(out_dir) / INDEX_NAME
    write_atomic(target, render_html(listing, to="collection").encode("utf-8"))
    return target
