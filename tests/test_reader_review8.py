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


# ----- 2. a web address breaks after a slash, not inside a word -----

@pytest.fixture(scope="module")
def seed_page(seed_tei, tmp_path_factory) -> Path:
    from tei_edition.render import render_html_file

    return render_html_file(seed_tei, tmp_path_factory.mktemp("html"))


def test_the_citations_address_may_break_after_its_slashes_and_copies_as_it_was(seed_tei, seed_page):
    """A browser finds no break in "https://editions.example.org/interviews/eir-2000-mizin" but at its hyphens: on a
    phone "Cite this" broke the address inside a word ("…/interv|iews/…"), and the permalink of "About this edition"
    and of the footer, set word-break: break-all, anywhere. <wbr> after each slash (and before a "#") gives the
    breaks a URL takes; the text, and so what "Copy" copies, is what `tei-edition cite` says."""
    from tei_edition.cite import cite

    page = etree.HTML(seed_page.read_bytes())
    [citation] = page.xpath("//p[@id = 'ed-citation']")
    [url] = citation.xpath("span[@class = 'url-text']")
    assert url.text == "https://editions.example.org/" and len(url.xpath("wbr")) == 2
    assert "".join(url.itertext()) == "https://editions.example.org/interviews/eir-2000-mizin"  # not its full stop
    assert "".join(citation.itertext()) == cite(seed_tei)
    permalinks = page.xpath("//span[@class = 'url']")
    assert len(permalinks) == 2 and all(p.xpath("wbr") for p in permalinks)
    assert {"".join(p.itertext()) for p in permalinks} == {"https://editions.example.org/interviews/eir-2000-mizin"}


@pytest.mark.browser
def test_on_a_phone_the_citations_address_breaks_at_a_slash(browser, seed_page):
    """At 390 px the address of "Cite this" does not fit its line: each piece between its breaks stays whole."""
    context = browser.new_context(viewport={"width": 390, "height": 800})
    try:
        page = context.new_page()
        page.goto(seed_page.as_uri(), wait_until="load")
        pieces = page.evaluate("""() => {
            const url = document.querySelector('#ed-citation .url-text'), out = [];
            const walker = document.createTreeWalker(url, NodeFilter.SHOW_TEXT);
            for (let node; (node = walker.nextNode());) {
                const range = document.createRange(); range.selectNodeContents(node);
                const tops = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
                out.push([node.data, tops.size]);
            }
            const all = document.createRange(); all.selectNodeContents(url);
            return {pieces: out, lines: new Set([...all.getClientRects()].map(r => Math.round(r.top))).size};
        }""")
    finally:
        context.close()
    assert pieces["lines"] > 1, "the address fits one line at 390 px: the test shows nothing"
    assert [text for text, lines in pieces["pieces"] if lines > 1] == []


# ----- 3. the print dateline's label on one line -----

def test_the_print_datelines_longest_label_holds_one_line(seed_tei, tmp_path):
    """A record in which nobody is interviewer or interviewee, dated with a place (a hearing, a debate: the Bundestag's
    "Mittwoch, den 5. Juli 2023, Berlin"), heads its dateline "Date and place"; the labels' column, 17 mm, set it
    "DATE AND / PLACE" over two lines."""
    from weasyprint.formatting_structure import boxes

    from tei_edition import pdf

    tei = "{http://www.tei-c.org/ns/1.0}"
    tree = etree.parse(str(seed_tei))
    for person in tree.iter(f"{tei}person"):
        if person.get("role") in ("interviewer", "interviewee"):
            person.set("role", "speaker")
    creation = tree.find(f".//{tei}creation")
    creation[-1].tail = ", "
    etree.SubElement(creation, f"{tei}placeName").text = "Washington"
    path = tmp_path / "eir-2000-mizin.xml"
    tree.write(str(path), encoding="utf-8", xml_declaration=True)
    document = pdf._layout(pdf._print_html(path.read_bytes(), str(path), pdf._paper(None), None))
    terms = [box for box in _walk(document.pages[0]._page_box)
             if isinstance(box, boxes.BlockBox) and box.element_tag == "dt"]
    labels = {"".join(term.element.itertext()):
              sum(isinstance(line, boxes.LineBox) for line in _walk(term)) for term in terms}
    assert "Date and place" in labels, labels
    assert labels == dict.fromkeys(labels, 1), labels


# ----- 4. an index's heading is not left at a page's foot over one entry -----

def test_a_print_index_heading_has_two_entries_under_it_on_its_page(seed_tei):
    """The seed's index set "PLACES" and "Balkans" at the foot of a page and the other places on the next; the first
    entry of a section is kept with the second (break-after: avoid), so the heading moves on with them."""
    from weasyprint.formatting_structure import boxes

    from tei_edition import pdf

    data = seed_tei.read_bytes()
    document = pdf._layout(pdf._print_html(data, str(seed_tei), pdf._paper(None), None))
    checked = []
    for page in document.pages:
        for section in _walk(page._page_box):
            if not (isinstance(section, boxes.BlockBox) and section.element_tag == "section"
                    and "index" in (section.element.get("class") or "").split()):
                continue
            headings = [box for box in section.children if box.element_tag == "h3"]
            if not headings:
                continue                       # the section's continuation on a later page
            entries = {id(box.element) for box in _walk(section) if box.element_tag == "li"}  # an entry's boxes
            in_section = len(section.element.findall("ul/li"))
            name = "".join(headings[0].element.itertext())
            checked.append(name)
            assert len(entries) >= min(2, in_section), f"{name}: {len(entries)} entry under it on its page"
    assert len(checked) == 3, checked
