"""The reading-edition review 8 (2026-11-30): what a reader saw wrong in the HTML, the print edition and the collection
index across the snapshot's shapes (hearings, podcasts, oral histories, right-to-left and CJK texts), each fix with a
check that fails without it."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from tei_edition.render import render_html

from .conftest import SEED

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def seed_tei(tmp_path_factory) -> Path:
    from tei_edition.convert import convert_file, write_conversion

    return write_conversion(convert_file(SEED), tmp_path_factory.mktemp("seed"))


def _walk(box):
    yield box
    for child in getattr(box, "children", None) or ():
        yield from _walk(child)


# ----- 1. the print edition: a paragraph's first line began a space further in -----

def test_a_printed_paragraphs_first_line_starts_at_the_margin(seed_tei):
    """print.xsl wrote a space after each paragraph's margin number. The number is out of the line (absolutely
    positioned) and pdf.py puts the paragraph's destination on an empty anchor before it, so WeasyPrint kept the space
    at the head of the line: every numbered paragraph of the PDF began " Viktor Mizin …", a space further in than its
    other lines (and than an indented paragraph's indent). Checked in the layout pdf.py makes."""
    from weasyprint.formatting_structure import boxes

    from tei_edition import pdf

    data = seed_tei.read_bytes()
    document = pdf._layout(pdf._print_html(data, str(seed_tei), pdf._paper(None), None))
    first_lines = []
    for page in document.pages:
        for line in _walk(page._page_box):
            if not (isinstance(line, boxes.LineBox) and line.element is not None and line.element.tag == "p"
                    and "para" in (line.element.get("class") or "").split()):
                continue
            texts = [box for box in _walk(line) if isinstance(box, boxes.TextBox)]
            if any("pnum" in (box.element.get("class") or "") for box in texts):   # the line that holds the number
                first_lines.append(next(box.text for box in texts if box.element.tag != "a" or
                                        "pnum" not in (box.element.get("class") or "")))
    assert len(first_lines) >= 20, first_lines
    assert [text for text in first_lines if text[:1].isspace()] == []
    # and the printed HTML says so: nothing between the number and the paragraph's first word
    printed = etree.HTML(render_html(seed_tei, to="print"))
    numbers = printed.xpath("//p[contains(@class, 'para')]/a[@class = 'pnum']")
    assert numbers and all(not (number.tail or "x")[:1].isspace() for number in numbers)
