"""The editions of documents unlike the seed (a review as a reader and a librarian): caption files with a timeline,
a song sung in an interview, stand-ins for unnamed speakers, a transcript without source or date, the collection
index. Each test converts a small transcript with the real converter (or edits a converted TEI) and checks the
HTML by XPath, the PDF by its text, and the layout in headless Chromium."""

from __future__ import annotations

import io
import warnings
from pathlib import Path

import pypdf
import pytest
from lxml import etree

from tei_edition import TEI_NS, metadata
from tei_edition.cite import cite
from tei_edition.render import render_html
from tei_edition.validate import validate_file

NS = {"t": TEI_NS}

SRT = """1
00:00:01,000 --> 00:00:04,000
INTERVIEWER: So when did you arrive
in Glasgow?

2
00:00:04,500 --> 00:00:07,000
That would have been the winter of 1962.

3
00:00:07,200 --> 00:00:09,000
MCLEOD: Bitter cold, it was.

4
01:02:05,500 --> 01:02:09,000
INTERVIEWER: And work?
"""

SONG = """INTERVIEWER: You used to sing at the mill, didn't you?

KELLY: Every morning. [laughs] It went like this:

♪ Turn the wheel and spin the thread, ♪
♪ Early up and late to bed, ♪
♪ Cotton white and cotton red. ♪

INTERVIEWER: Who taught you that?

KELLY: My mother.
"""

VERSE = ["♪ Turn the wheel and spin the thread, ♪", "♪ Early up and late to bed, ♪", "♪ Cotton white and cotton red. ♪"]


def convert(folder: Path, name: str, text: str) -> Path:
    """The transcript ``name`` converted by the real converter, written as TEI into ``folder``."""
    from tei_edition.convert import convert_file, write_conversion

    source = folder / name
    source.write_text(text, encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return write_conversion(convert_file(source), folder)


def html_of(tei: Path | bytes, **params):
    return etree.HTML(render_html(tei, params=params or None).encode("utf-8"))


def pdf_text(tei: Path | bytes) -> str:
    from tei_edition.pdf import render_pdf

    reader = pypdf.PdfReader(io.BytesIO(render_pdf(tei)))
    return "\n".join(page.extract_text() for page in reader.pages)


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("review")


@pytest.fixture(scope="module")
def srt(folder) -> Path:
    return convert(folder, "captions.srt", SRT)


@pytest.fixture(scope="module")
def song(folder) -> Path:
    return convert(folder, "song.txt", SONG)


def open_page(browser, path: Path, width: int = 1280):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(path.as_uri(), wait_until="load")
    return context, page


# ----- timecodes: a caption file's times are shown again -----

def test_a_turn_opening_timecode_is_shown_in_its_label(srt):
    """The times the converter moved into the timeline (the transcript's printed timecodes) are the reader's way
    into the recording: each turn's label shows the time the turn starts, as a <time> with an HTML duration."""
    page = html_of(srt)
    labels = page.xpath("//div[contains(@class, ' sp ') or starts-with(@class, 'sp ')]/p[@class = 'speaker']")
    assert len(labels) == 3
    times = [label.xpath("string(.//time)") for label in labels]
    assert times == ["00:00:01", "00:00:07", "01:02:05"]
    assert [label.xpath("string(.//time/@datetime)") for label in labels] == ["PT1S", "PT7.2S", "PT1H2M5.5S"]
    # not again as a line of its own at the top of the turn's body
    assert not page.xpath("//div[@class = 'sp-body']/span[contains(@class, 'timecode')]")


def test_a_timecode_inside_a_paragraph_stands_where_the_cue_began(srt):
    page = html_of(srt)
    paragraph = page.xpath("//p[.//time[. = '00:00:04']]")
    assert len(paragraph) == 1
    text = " ".join(paragraph[0].xpath("string(.)").split())
    assert "in Glasgow? 00:00:04 That would have been" in text


def test_the_print_edition_shows_the_timecodes(srt):
    text = pdf_text(srt)
    for time in ("00:00:01", "00:00:04", "00:00:07", "01:02:05"):
        assert time in text


def test_an_anchor_pointing_at_no_time_stays_an_empty_anchor(srt):
    tree = etree.parse(str(srt))
    anchor = tree.xpath("//t:anchor[@synch]", namespaces=NS)[0]
    anchor.set("synch", "#nowhere")
    page = html_of(etree.tostring(tree))
    assert page.xpath("string((//p[@class = 'speaker'])[1]//time)") == ""
    assert len(page.xpath("//time[contains(@datetime, 'PT')]")) == 3


# ----- a song: one line to a line -----

def test_verse_lines_are_lines_in_the_browser(browser, song, folder):
    from tei_edition.render import render_html_file

    assert etree.parse(str(song)).xpath("count(//t:lg/t:l)", namespaces=NS) == 3
    context, page = open_page(browser, render_html_file(song, folder / "html"), width=390)
    try:
        tops = page.evaluate("[...document.querySelectorAll('.lg .l')].map(l => l.getBoundingClientRect().top)")
        texts = page.evaluate("[...document.querySelectorAll('.lg .l')].map(l => l.innerText.trim())")
    finally:
        context.close()
    assert texts == VERSE
    assert tops == sorted(tops) and len(set(tops)) == 3, tops


def test_verse_lines_are_lines_on_paper(song):
    lines = [" ".join(line.split()) for line in pdf_text(song).splitlines()]
    for verse in VERSE:
        assert verse in lines, lines


# ----- "About this edition": each fact once -----

def facts(page) -> list[tuple[str, str]]:
    return [(dt.xpath("string(.)").strip(), " ".join(dt.xpath("string(following-sibling::dd[1])").split()))
            for dt in page.xpath("//dl[@class = 'facts']/dt")]


def test_the_publisher_is_named_once_among_the_facts(tmp_path):
    """The converter records the publisher as the edition's publisher and as a respStmt "Edition": one row."""
    (tmp_path / "edition.toml").write_text('[edition]\npublisher = "Glasgow Oral History Trust"\n', encoding="utf-8")
    srt = convert(tmp_path, "captions.srt", SRT)
    tree = etree.parse(str(srt))
    assert tree.xpath("//t:titleStmt/t:respStmt[t:resp = 'Edition']", namespaces=NS)
    rows = facts(html_of(srt))
    assert [label for label, _ in rows].count("Edition") == 1, rows
    assert len(rows) == len(set(rows)), rows


def test_an_edition_without_a_corpus_config_names_no_publisher(srt, tei_all):
    """Without edition.toml nobody is known to publish the edition: the TEI's publisher is empty (TEI wants the
    element before the idno and licence) and there is no "Edition" respStmt, and nothing shows, catalogues or cites a
    publisher; "Unknown publisher" had been the page's site name, a dc:publisher and part of every citation."""
    tree = etree.parse(str(srt))
    assert tree.xpath("string(//t:publicationStmt/t:publisher)", namespaces=NS) == ""
    assert not tree.xpath("//t:titleStmt/t:respStmt[t:resp = 'Edition']", namespaces=NS)
    assert validate_file(srt) == [] and tei_all(tree) == []
    page = html_of(srt)
    assert page.xpath("string(//p[@class = 'site-name'])") == "Digital edition"
    assert "Edition" not in [label for label, _ in facts(page)]
    assert not page.xpath("//meta[@name = 'citation_publisher' or @name = 'DC.publisher']")
    assert "publisher" not in page.xpath("string(//script[@type = 'application/ld+json'])")
    assert "publisher" not in metadata.record(srt, "dc")
    for style in ("chicago", "apa", "mla", "bibtex", "ris"):
        text = cite(srt, style=style)
        assert "publisher" not in text.lower() and "PB  -" not in text and "Digital edition," not in text, text


def test_a_responsibility_of_several_people_names_each(srt):
    tree = etree.parse(str(srt))
    stmt = etree.SubElement(tree.find(".//{%s}titleStmt" % TEI_NS), "{%s}respStmt" % TEI_NS)
    etree.SubElement(stmt, "{%s}resp" % TEI_NS).text = "Transcription"
    for name in ("Ann Lee", "Bo Chan"):
        etree.SubElement(stmt, "{%s}persName" % TEI_NS).text = name
    assert ("Transcription", "Ann Lee and Bo Chan") in facts(html_of(etree.tostring(tree)))


# ----- the collection's index page -----

def collection_page(folder: Path, sources: list[Path]) -> Path:
    """index.html for the converted documents ``sources``, as a build writes it (no register)."""
    from tei_edition.collection import summarize, write_collection_index

    documents = {}
    for source in sources:
        ident = source.stem
        documents[ident] = {"document_id": ident, "summary": summarize(etree.parse(str(source)).getroot()),
                            "outputs": {f"{ident}.html": "", f"{ident}.xml": "", f"{ident}.pdf": ""}}
    out = folder / "collection"
    out.mkdir(exist_ok=True)
    return write_collection_index(out, documents, "Interviews", "en", ())


@pytest.fixture(scope="module")
def collection(folder, srt, song) -> Path:
    long_title = convert(folder, "title.txt", "Interview with Eleanor Marsh-Whitfield about the Northfield library "
                         "closures and the campaign to reopen it\n\nINTERVIEWER: Where did you grow up?\n\n"
                         "MARSH-WHITFIELD: In Hull.\n")
    return collection_page(folder, [srt, song, long_title])


def test_a_collection_without_names_has_no_empty_index(collection):
    page = etree.HTML(collection.read_bytes())
    assert len(page.xpath("//table[@class = 'editions']/tbody/tr")) == 3
    assert not page.xpath("//*[@id = 'names-heading']"), "an 'Index of names' heading with nothing under it"


def test_the_collection_index_fits_a_phone(browser, collection):
    for width in (390, 1280):
        context, page = open_page(browser, collection, width)
        try:
            scroll_width, inner_width = page.evaluate("[document.scrollingElement.scrollWidth, window.innerWidth]")
            formats = page.evaluate("[...document.querySelectorAll('td.formats')].map(td => new Set([...td"
                                    ".querySelectorAll('a')].map(a => Math.round(a.getBoundingClientRect().top))).size)")
        finally:
            context.close()
        assert scroll_width <= inner_width, f"{width}: scrollWidth {scroll_width} > {inner_width}"
        assert formats and set(formats) == {1}, f"{width}: the links HTML · PDF · TEI break over lines: {formats}"


# ----- turns printed without a label, of people the source never names -----

QA = """Q: Where were you born?

In Leeds, in 1950.

Q: And then?

We moved to York when I was six.
"""


@pytest.fixture(scope="module")
def unlabelled(folder) -> Path:
    return convert(folder, "qa.txt", QA)


def test_an_unlabelled_turn_of_an_unnamed_participant_is_labelled_by_its_role(unlabelled):
    """The answers after "Q:" carry no label; their speaker is the converter's stand-in "unnamed interviewee". The
    label says the role in brackets (supplied by the edition), not the stand-in as if printed, and not twice."""
    tree = etree.parse(str(unlabelled))
    assert tree.xpath("//t:person[@role = 'interviewee']/t:persName/@type", namespaces=NS) == ["unnamed"]
    page = html_of(unlabelled)
    answers = page.xpath("//div[contains(@class, 'sp-interviewee')]/p[@class = 'speaker']")
    assert len(answers) == 2
    for label in answers:
        assert label.xpath("string(.//span[@class = 'speaker-name'])") == "[Interviewee]"
        assert not label.xpath(".//span[@class = 'speaker-role']")
    questions = page.xpath("//div[contains(@class, 'sp-interviewer')]/p[@class = 'speaker']")
    assert [q.xpath("string(.//span[@class = 'speaker-role'])") for q in questions] == ["Interviewer"] * 2
    assert "unnamed interviewee" not in " ".join(page.xpath("//main//article//text()")).lower()
    # and so are they listed among the participants: as the turns call them, not by the converter's stand-in
    participants = [" ".join(li.xpath("string(.)").split()) for li in page.xpath("//ul[@class = 'participants']/li")]
    assert participants == ["Q (not named in the source), interviewer", "[Interviewee] (not named in the source)"]


def test_the_print_edition_labels_an_unlabelled_turn_alike(unlabelled):
    text = pdf_text(unlabelled)
    assert "[INTERVIEWEE]" in text.upper() and "UNNAMED INTERVIEWEE" not in text.upper().split("COLOPHON")[0]


# ----- a transcript without source or date -----

def test_the_print_title_block_names_no_source_where_none_is_stated(unlabelled, srt):
    """Without a sidecar the source is not known: the print edition's title block has no "Source: “qa”." (the
    transcript's own title in quotation marks, read as a publication of that name); the colophon says why."""
    tree = etree.parse(str(unlabelled))
    assert tree.xpath("//t:sourceDesc/t:bibl/t:note/@type", namespaces=NS).count("missing") == 1
    title_block, colophon = pdf_text(unlabelled).split("COLOPHON")
    assert "SOURCE" not in title_block.upper().split("WHERE WERE YOU BORN")[0]
    assert "The source publication is not stated" in " ".join(colophon.split())
    # a source the sidecar states is still printed: the seed's is tested in test_pdf.py; here, a dated one
    bibl = tree.find(".//{%s}sourceDesc/{%s}bibl" % (TEI_NS, TEI_NS))
    date = etree.SubElement(bibl, "{%s}date" % TEI_NS, when="1999")
    date.text = "1999"
    assert "SOURCE" in pdf_text(etree.tostring(tree)).split("COLOPHON")[0].upper()


# ----- indexes: a person by surname, in the order of the alphabet -----

@pytest.fixture(scope="module")
def seed_tei(folder) -> Path:
    from tei_edition.convert import convert_file, write_conversion

    from .conftest import SEED

    out = folder / "seed"
    out.mkdir()
    return write_conversion(convert_file(SEED), out)


def index_names(page, kind: str) -> list[str]:
    return [b.xpath("string(.)") for b in page.xpath(
        f"//section[contains(@class, 'index-{kind}')]//p[@class = 'entry-head']/b")]


def test_the_index_of_persons_is_by_surname(seed_tei):
    """A reader looks Kouchner up under K: the register gives each person's surname, and the index lists and sorts
    by it ("Kouchner, Bernard"), not by the first name ("Bernard Kouchner" under B)."""
    persons = index_names(html_of(seed_tei), "persons")
    assert "Kouchner, Bernard" in persons and "Milošević, Slobodan" in persons
    surnames = [name.split(",")[0] for name in persons]
    assert surnames == sorted(surnames, key=str.lower), persons
    # the cards and the text keep the name as written
    page = html_of(seed_tei)
    assert page.xpath("//a[@class = 'name'][@href = '#bernard-kouchner']")
    assert "Bernard Kouchner — " in page.xpath("string(//style)")


def test_the_print_index_of_persons_is_by_surname(seed_tei):
    index = " ".join(pdf_text(seed_tei).split("INDEX", 1)[1].split())
    assert index.index("Albright, Madeleine") < index.index("Kouchner, Bernard") < index.index("Pascali, Umberto")
    # the description after a dash: "Albright, Madeleine, US Secretary of State" read as three names
    assert "Kouchner, Bernard — French politician" in index


def test_an_accented_name_is_sorted_with_its_letter(seed_tei):
    tree = etree.parse(str(seed_tei))
    places = tree.find(".//{%s}listPlace" % TEI_NS)
    place = etree.SubElement(places, "{%s}place" % TEI_NS)
    place.set("{http://www.w3.org/XML/1998/namespace}id", "evian")
    etree.SubElement(place, "{%s}placeName" % TEI_NS).text = "Évian-les-Bains"
    names = index_names(html_of(etree.tostring(tree)), "places")
    assert names.index("Europe") < names.index("Évian-les-Bains") < names.index("France"), names


# ----- the text's own headings -----

SECTIONS = """# The harbour

## Part 1: Coming to Bergen

**Reyes:** When did you first see the harbour?

**Lund:** In the autumn of 1958.

## Part 2: The works

**Reyes:** What was the hardest part?

**Lund:** The caissons.
"""


@pytest.fixture(scope="module")
def sections(folder) -> Path:
    return convert(folder, "sections.md", SECTIONS)


def test_the_texts_headings_are_not_set_as_the_pages_sections(browser, sections, folder):
    """A part of the interview ("Part 2: The works") is a heading of the text, not one of the page's own sections
    (About this edition, Cite this): it is not ruled off and set like them, so that the text does not seem to end."""
    from tei_edition.render import render_html_file

    assert etree.parse(str(sections)).xpath("count(//t:body//t:div/t:head)", namespaces=NS) >= 1
    page = html_of(sections)
    heads = page.xpath("//article//*[self::h2 or self::h3][normalize-space() = 'Part 2: The works']")
    assert len(heads) == 1 and heads[0].get("class") == "head"
    context, browser_page = open_page(browser, render_html_file(sections, folder / "html"))
    try:
        style = browser_page.evaluate("""() => {
            const s = (el) => { const c = getComputedStyle(el); return [c.borderTopWidth, c.fontFamily, c.textTransform]; };
            const head = [...document.querySelectorAll('article .head')].find(h => h.textContent.includes('Part 2'));
            return {head: s(head), about: s(document.getElementById('ed-about-title')),
                    // the text's face: an answer's (an interviewer's questions are set in the sans)
                    body: getComputedStyle(document.querySelector('.sp:not([data-role="interviewer"]) .sp-body p')).fontFamily};
        }""")
    finally:
        context.close()
    assert style["head"] != style["about"], style
    assert style["head"][0] == "0px" and style["head"][1] == style["body"], style


def test_the_texts_headings_are_printed_as_written(sections):
    """On paper the back matter's labels are letter-spaced capitals ("COLOPHON"); a heading of the text is not."""
    text = pdf_text(sections)
    assert "Part 2: The works" in text and "PART 2: THE WORKS" not in text


# ----- scripts without italics -----

@pytest.mark.parametrize("lang", ["ja", "ar", "en"])
def test_no_slanted_imitation_of_italics_in_scripts_that_have_none(browser, folder, lang):
    """A headnote is set in italics; Japanese or Arabic has no italics, and a browser slants the glyphs instead, which
    is no typography of either script. An English text keeps its italics."""
    from tei_edition.render import render_html_file

    tree = etree.parse(str(convert(folder, "head.txt", "Recorded at her home in Cork.\n\n" + SONG)))
    tree.getroot().set("{http://www.w3.org/XML/1998/namespace}lang", lang)
    source = folder / f"head-{lang}.xml"
    tree.write(str(source), xml_declaration=True, encoding="UTF-8")
    assert tree.xpath("//t:div[@type = 'headnote']/t:p", namespaces=NS)
    context, page = open_page(browser, render_html_file(source, folder / f"html-{lang}"))
    try:
        styles = page.evaluate("[document.querySelector('.headnote p'), document.querySelector('.incident')]"
                               ".map(el => getComputedStyle(el).fontStyle)")
    finally:
        context.close()
    assert styles == (["italic", "italic"] if lang == "en" else ["normal", "normal"])


# ----- the title, not twice -----

MARSH = """Interview with Eleanor Marsh
Interviewer: James Holt

HOLT: Where did you grow up?

MARSH: In Hull, by the docks.
"""


def test_a_subtitle_the_title_says_already_is_not_repeated(folder):
    """The converter subtitles an interview "Interview with Eleanor Marsh"; where that is the title as printed, the
    page's <title>, the DC title and the MODS subTitle said it twice."""
    from tei_edition import metadata

    source = convert(folder, "marsh.txt", MARSH)
    tree = etree.parse(str(source))
    titles = [" ".join(t.split()) for t in tree.xpath("//t:titleStmt/t:title/text()", namespaces=NS)]
    assert titles.count("Interview with Eleanor Marsh") == 2, titles
    assert html_of(source).xpath("string(//title)") == "Interview with Eleanor Marsh"
    dc = etree.fromstring(metadata.record(source, "dc").encode())
    assert [t.text for t in dc.iter("{http://purl.org/dc/elements/1.1/}title")] == ["Interview with Eleanor Marsh"]
    mods = etree.fromstring(metadata.record(source, "mods").encode())
    assert not mods.xpath("//*[local-name() = 'subTitle']")
    # a subtitle that adds something stays
    tree.find(".//{%s}titleStmt/{%s}title" % (TEI_NS, TEI_NS)).text = "Growing up in Hull"
    assert html_of(etree.tostring(tree)).xpath("string(//title)") == "Growing up in Hull: Interview with Eleanor Marsh"


def test_a_paragraph_reference_of_the_collection_index_never_breaks(folder, seed_tei):
    """"¶ 31" with a plain space broke at the end of a line, leaving "¶" alone (as the edition's index never does)."""
    page = etree.HTML(collection_page(folder, [seed_tei]).read_bytes())
    references = page.xpath("//ul[@class = 'index']//a[starts-with(., '¶')]")
    assert references
    assert all(ref.text.startswith("¶\u00a0") for ref in references), [ref.text for ref in references[:3]]


# ----- running heads -----

def test_a_long_title_is_shortened_in_the_running_head(folder):
    """A running head holds one line: a title of 140 characters wrapped there and climbed into the top margin. It is
    shortened at a word, with an ellipsis; the title page keeps it whole; a name of 28 characters is kept whole."""
    title = ("Focus group on the closure of public libraries in the northern towns of the county and what residents "
             "think should happen to the buildings")
    turns = "".join(f"MODERATOR (Dr Alexandra Whitfield-Montgomery): Question {i} about the library and the town?\n\n"
                    f"PARTICIPANT 1 (Margaret Oyelaran-Fitzgerald): {'We met there every week and nobody listened to us. ' * 12}\n\n"
                    for i in range(12))
    source = folder / "longtitle.txt"
    (folder / "longtitle.toml").write_text(f'title = "{title}"\n', encoding="utf-8")
    tei = convert(folder, source.name, turns)
    from tei_edition.pdf import render_pdf

    pages = [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(render_pdf(tei))).pages]
    assert len(pages) > 2
    lines = pages[1].splitlines()
    heads = [line for line in lines if line.startswith("Focus group")]
    assert len(heads) == 1 and heads[0].startswith("Focus group on the closure of public libraries in the…"), lines
    assert "Focus group on the closure of public libraries in the…" in heads[0]
    assert heads[0].endswith(" MARGARET OYELARAN-FITZGERALD"), heads
    assert " ".join(title.split()) in " ".join(pages[0].split())


HEBREW_VTT = """WEBVTT

00:00:01.000 --> 00:00:04.000
<v מראיין>מתי הגעת לחיפה?

00:00:04.500 --> 00:00:08.000
<v רחל כהן>בשנת 1949, באונייה מאיטליה.

00:00:08.500 --> 00:00:12.000
היה קר מאוד בנמל.
"""


@pytest.mark.parametrize("lang", ["en", "he"])
def test_a_timecode_keeps_its_distance_from_the_role_in_either_direction(browser, srt, folder, lang):
    """In a text set right to left the label runs from the right: the timecode follows the role on its left, with the
    same gap as on the right in English (it touched the role, '00:00:01Interviewer')."""
    from tei_edition.render import render_html_file

    if lang == "he":
        (folder / "hebrew.toml").write_text('language = "he"\n', encoding="utf-8")
        source = convert(folder, "hebrew.vtt", HEBREW_VTT)
        assert etree.parse(str(source)).getroot().get("{http://www.w3.org/XML/1998/namespace}lang") == "he"
    else:
        source = srt
    context, page = open_page(browser, render_html_file(source, folder / f"srt-html-{lang}"))
    try:
        gap = page.evaluate("""() => {
            const label = document.querySelector('.sp-interviewer .speaker');
            // the role, or the name where the label is the role ("INTERVIEWER", said once)
            const role = (label.querySelector('.speaker-role') || label.querySelector('.speaker-name')).getBoundingClientRect();
            const time = label.querySelector('.timecode time').getBoundingClientRect();
            return getComputedStyle(label).direction === 'rtl' ? role.left - time.right : time.left - role.right;
        }""")
    finally:
        context.close()
    assert gap >= 6, gap
