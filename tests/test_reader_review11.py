"""The reading-edition review 11 (2026-11-30): what a reader saw wrong in the HTML and the print edition of a podcast
with chapters, an oral history in sessions, a focus group, right-to-left, CJK and Greek interviews, a court record and
the seed repeated twenty times, each fix with a check that fails without it."""

from __future__ import annotations

import io
import json

import pikepdf
import pytest
from lxml import etree

from tei_edition.metadata import record
from tei_edition.pdf import render_pdf
from tei_edition.render import _prints_web_addresses, render_html

from .conftest import SEED
from .test_shapes_round21 import FOCUS
from .test_shapes_round22 import JOURNAL

ARCHIVE = "https://archive.example.org/oral-history/abel-ruth/tapes-1-3"
CATALOGUE = "https://catalogue.example.org/items/4411"
WEB = ("Interview with Ruth Abel\nInterviewer: Tom Reid\nDate: 4 May 2019\n\n"
       "TOM REID: Where can readers find the archive?\n\n"
       f"RUTH ABEL: At {ARCHIVE}. The catalogue says “see {CATALOGUE}”, and the old site was "
       "www.abel-archive.example.org, long gone.\n")
ARABIC_URL = "https://www.example.org/nasrallah-archive/interviews"
ARABIC = ("مقابلة مع إبراهيم نصر الله\nالمحاور: سامر أبو هواش\nالتاريخ: 14 أبريل 2018\n\n"
          "أبو هواش: متى بدأت الكتابة؟\n\nنصر الله: بدأت في مخيم الوحدات، في السبعينيات.\n\n"
          f"أبو هواش: وأين الأرشيف؟\n\nنصر الله: انظر {ARABIC_URL}\n")
PAPERS = "https://www.merton.example.ac.uk/archive/hall-papers"
# a focus group whose participants are named (FOCUS's are "F1", "M1", which the converter marks unnamed)
ALLOTMENTS = ("Focus Group 2 — Allotment holders\nDate: 14 March 2022\nModerator: Helen Briggs\n\n"
              "HELEN BRIGGS: Who keeps bees?\n\nALAN PRICE: I do, two hives.\n\nMEERA SHAH: Not me. I grow beans.\n\n"
              "HELEN BRIGGS: Thank you both.\n")


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    """TEI files the real converter writes, by name."""
    from tei_edition.convert import convert_file, write_conversion

    folder = tmp_path_factory.mktemp("tei")
    files = {"seed": write_conversion(convert_file(SEED), folder)}
    notes = JOURNAL.format(one="¹", two="²").replace("Hall studied at Merton College.", f"See {PAPERS}.")
    for name, text in (("web", WEB), ("arabic", ARABIC), ("notes", notes), ("allotments", ALLOTMENTS),
                       ("focus", FOCUS)):
        source = folder / f"{name}.txt"
        source.write_text(text, encoding="utf-8")
        files[name] = write_conversion(convert_file(source), folder)
    return files


def _text(element) -> str:
    return "".join(element.itertext())


# ----- 1. a web address the text prints is a link, broken after its slashes -----

@pytest.mark.parametrize("to", ["html", "print"])
def test_a_web_address_in_the_running_text_is_a_link_that_breaks_after_its_slashes(converted, to):
    """A podcast's "The recipes are at https://www.longtable-podcast.example.com/episodes/112-kwame-mensah/recipes-
    and-show-notes" was text: a reader on a phone could not tap it, and it broke at its hyphens ("recipes-and-|show-
    notes", on screen and in the PDF), which read as a hyphenated word. It is a link, as printed (what is copied is the
    address), broken after a slash (<wbr>), its parts with a hyphen kept whole; the full stop and the closing quote
    after an address are no part of it."""
    page = etree.HTML(render_html(converted["web"], to=to))
    [paragraph] = page.xpath("//p[@id = 'web-p2']")
    links = paragraph.xpath(".//a[@class = 'url-text']")
    assert [link.get("href") for link in links] == [ARCHIVE, CATALOGUE]
    assert [_text(link) for link in links] == [ARCHIVE, CATALOGUE]
    assert f"{ARCHIVE}. The catalogue" in _text(paragraph) and f"{CATALOGUE}”" in _text(paragraph)
    archive = links[0]
    assert len(archive.findall("wbr")) == 3
    # every part holding a hyphen is one box, so no line ends at its hyphen
    assert [_text(part) for part in archive.xpath(".//span[@class = 'url-part']")] == [
        "oral-history/", "abel-ruth/", "tapes-1-3"]


def test_an_address_without_its_scheme_and_a_page_without_addresses_get_no_link(converted):
    """Guard: "www.abel-archive.example.org" (no "https://") stays text, as do the seed's words, which print none."""
    page = etree.HTML(render_html(converted["web"]))
    [paragraph] = page.xpath("//p[@id = 'web-p2']")
    assert "www.abel-archive.example.org, long gone" in _text(paragraph)
    assert not [a for a in paragraph.iter("a") if "abel-archive" in (a.get("href") or "")]
    seed = etree.HTML(render_html(converted["seed"]))
    assert seed.xpath("//main//p[contains(@class, 'para') or @id]//a[@class = 'url-text']") == []


def test_a_web_address_in_an_endnote_is_a_link_too(converted):
    """The closing notes are where a transcript cites its sources: the address inside a note (no text of the
    paragraph itself) is linked as well."""
    page = etree.HTML(render_html(converted["notes"]))
    [note] = page.xpath("//span[@class = 'endnote'][contains(., 'merton')]")
    assert [a.get("href") for a in note.xpath(".//a[@class = 'url-text']")] == [PAPERS]


def test_a_web_address_in_a_text_written_right_to_left_reads_left_to_right(converted):
    """In an Arabic interview the address is isolated and set left to right (dir="ltr"); in a text written left to
    right it needs no dir (guard)."""
    page = etree.HTML(render_html(converted["arabic"]))
    [link] = page.xpath("//a[@class = 'url-text']")
    assert link.get("href") == ARABIC_URL and link.get("dir") == "ltr"
    web = etree.HTML(render_html(converted["web"]))
    assert {a.get("dir") for a in web.xpath("//a[@class = 'url-text']")} == {None}


def test_a_markdown_link_whose_words_are_its_address_is_not_linked_twice(tmp_path):
    """A Markdown link is the converter's ref, a link already: no link is made inside it (HTML allows none)."""
    from tei_edition.convert import convert_file, write_conversion

    source = tmp_path / "md.md"
    source.write_text("Interview with Ruth Abel\n\n**Tom Reid:** Where is it?\n\n**Ruth Abel:** See "
                      "[https://x.example.org/a-b](https://x.example.org/a-b), and "
                      "https://y.example.org/c-d.\n", encoding="utf-8")
    page = etree.HTML(render_html(write_conversion(convert_file(source), tmp_path)))
    assert page.xpath("//a//a") == []
    assert [a.get("href") for a in page.xpath("//main//a[contains(@href, 'example.org')]")] == [
        "https://x.example.org/a-b", "https://y.example.org/c-d"]


def test_the_hint_that_a_text_prints_no_address_changes_nothing_but_the_work(converted):
    """render.py tells the stylesheets when the TEI's text holds no "://" (the header's and the register's addresses do
    not count), and they then test no text node for one: the seed's page is the same either way; a text that prints
    one is told so."""
    seed = converted["seed"].read_text(encoding="utf-8")
    assert "://" in seed and not _prints_web_addresses(seed)
    assert _prints_web_addresses(converted["web"].read_text(encoding="utf-8"))
    assert _prints_web_addresses(converted["notes"].read_text(encoding="utf-8"))
    assert render_html(converted["seed"]) == render_html(converted["seed"], params={"web-addresses": True})


def test_a_linked_address_is_underlined_whole_and_fits_a_small_phone(converted, browser):
    """The parts of an address with a hyphen are inline-blocks, which took no underline from their link: the link
    was underlined in pieces ("episodes/" but not "112-kwame-mensah/"). At 320 px the page does not scroll sideways."""
    page = browser.new_page(viewport={"width": 320, "height": 700})
    try:
        page.set_content(render_html(converted["web"]))
        lines = page.eval_on_selector_all(
            "a.url-text .url-part", "parts => parts.map(p => getComputedStyle(p).textDecorationLine)")
        assert lines and set(lines) == {"underline"}
        assert page.evaluate("document.scrollingElement.scrollWidth") <= 320
    finally:
        page.close()


# ----- 2. the PDF's authors are the people Dublin Core names -----

def _metas(page, name: str) -> list[str]:
    return [meta.get("content") for meta in page.xpath("//meta[@name = $name]", name=name)]


def test_a_focus_groups_named_participants_are_among_the_pdfs_authors_and_dc_contributors(converted):
    """The DC record names a focus group's participants as contributors ("Price, Alan (participant)"), but the PDF's
    author was the moderator alone, and the page's DC.contributor and JSON-LD too: a record of the participants' words
    that named only the one who asked. Every output names the same people now: the moderator, then the participants
    (a PDF has authors only)."""
    people = ["Helen Briggs", "Alan Price", "Meera Shah"]
    printed = etree.HTML(render_html(converted["allotments"], to="print"))
    assert _metas(printed, "author") == people
    page = etree.HTML(render_html(converted["allotments"]))
    assert _metas(page, "DC.contributor") == people and _metas(page, "DC.creator") == []
    ld = json.loads(page.xpath("//script[@type = 'application/ld+json']")[0].text)
    assert [person["name"] for person in ld["contributor"]] == people
    dc = etree.fromstring(record(converted["allotments"]).encode())
    contributors = [element.text for element in dc if element.tag.endswith("contributor")]
    assert [name.split(",")[0] for name in contributors] == ["Briggs", "Price", "Shah"]
    with pikepdf.open(io.BytesIO(render_pdf(converted["allotments"]))) as pdf:
        assert str(pdf.docinfo.Author) == ", ".join(people)


def test_participants_the_source_never_names_and_an_interviews_authors_are_unchanged(converted):
    """Guard: "F1" and "M1", stand-ins, are nobody's name in the metadata; an interview's authors stay its interviewee
    and interviewer (the seed)."""
    focus = etree.HTML(render_html(converted["focus"], to="print"))
    assert _metas(focus, "author") == ["Helen Marsh"]
    seed = etree.HTML(render_html(converted["seed"], to="print"))
    assert _metas(seed, "author") == ["Viktor Mizin", "Umberto Pascali"]


# ----- 3. the page's English is marked as English on a page in another language -----

GREEK = ("Συνέντευξη με τον Μίκη Θεοδωράκη\nΣυνεντευκτής: Νίκος Παπαδόπουλος\nΗμερομηνία: 12 Μαΐου 2005\n"
         "Τόπος: Αθήνα\n\nΠΑΠΑΔΟΠΟΥΛΟΣ: Πότε γράψατε το πρώτο σας τραγούδι;\n\n"
         "ΘΕΟΔΩΡΑΚΗΣ: Στη Χίο, ήμουν δώδεκα χρονών.\n\nΠΑΠΑΔΟΠΟΥΛΟΣ: Και η εξορία;\n\n"
         "ΘΕΟΔΩΡΑΚΗΣ: Η Μακρόνησος ήταν κόλαση.\n")


def test_the_apparatus_of_a_page_in_another_language_is_marked_english(tmp_path):
    """A Greek interview's page was lang="el" throughout: a screen reader read "About this edition", "Cite this",
    the navigation, the footer and each paragraph's "cite" and permalink in a Greek voice. They are lang="en"; the
    text keeps the page's language, and so do the participants' names in the English list of "About this edition"."""
    from tei_edition.convert import convert_file, write_conversion

    source = tmp_path / "greek.txt"
    source.write_text(GREEK, encoding="utf-8")
    page = etree.HTML(render_html(write_conversion(convert_file(source), tmp_path)))
    assert page.get("lang") == "el"
    for xpath in ("//header[@class = 'site-header']", "//section[@id = 'ed-about']", "//section[@id = 'ed-cite']",
                  "//footer", "//details[@class = 'cite-fragment']", "//a[@class = 'pnum']"):
        found = page.xpath(xpath)
        assert found and {element.get("lang") for element in found} == {"en"}, xpath
    assert page.xpath("//article")[0].get("lang") is None  # the text: the page's language
    assert [(name.text, name.get("lang")) for name in page.xpath("//span[@class = 'participant-name']")] == [
        ("Νίκος Παπαδόπουλος", "el"), ("Μίκης Θεοδωράκης", "el")]


@pytest.mark.parametrize("lang", ["en", "en-GB"])
def test_an_english_page_marks_no_language_but_its_own(converted, lang):
    """Guard: on a page in English (any English) the apparatus needs no lang of its own."""
    tree = etree.parse(str(converted["seed"]))
    tree.getroot().set("{http://www.w3.org/XML/1998/namespace}lang", lang)
    page = etree.HTML(render_html(tree))
    assert [element.tag for element in page.iter() if element.get("lang")] == ["html"]
