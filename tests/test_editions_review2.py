"""The editions reviewed a second time, as a reader, a scholar and a librarian would, on transcripts unlike the seed:
labels that are the role itself, participants the source never names, a Hebrew text whose title is a file name, an
Arabic title, headnotes in italics. Each test converts a small transcript with the real converter and checks the
HTML by XPath, the PDF by its text, and the layout in headless Chromium where it is about layout."""

from __future__ import annotations

import io
import warnings
from pathlib import Path

import pypdf
import pytest
from lxml import etree

from tei_edition.render import render_html, render_html_file

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def convert(folder: Path, name: str, text: str, language: str | None = None) -> Path:
    """The transcript ``name`` converted by the real converter, written as TEI into ``folder`` (with a sidecar
    giving its language, if ``language``)."""
    from tei_edition.convert import convert_file, write_conversion

    source = folder / name
    source.write_text(text, encoding="utf-8")
    if language:
        source.with_suffix(".toml").write_text(f'language = "{language}"\n', encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return write_conversion(convert_file(source), folder)


def html_of(tei: Path, **params):
    return etree.HTML(render_html(tei, params=params or None).encode("utf-8"))


def print_html_of(tei: Path):
    return etree.HTML(render_html(tei, to="print").encode("utf-8"))


def pdf_text(tei: Path) -> str:
    from tei_edition.pdf import render_pdf

    reader = pypdf.PdfReader(io.BytesIO(render_pdf(tei)))
    return "\n".join(page.extract_text() for page in reader.pages)


def open_page(browser, path: Path, width: int = 1280):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(path.as_uri(), wait_until="load")
    return context, page


def text(node) -> str:
    return " ".join(node.xpath("string(.)").split())


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("review2")


# ----- a turn's label says nothing twice -----

ROLE_LABELS = """Interview with Tom Hale

INTERVIEWER: Where were you born?

TOM HALE: In Leeds, in 1931.

INTERVIEWER: And your father?

TOM HALE: A miner, like his father.
"""


@pytest.fixture(scope="module")
def role_labels(folder) -> Path:
    return convert(folder, "role-labels.txt", ROLE_LABELS)


def labels(page, role: str) -> list[str]:
    return [text(label) for label in page.xpath(f"//div[contains(@class, 'sp-{role}')]/p[@class = 'speaker']")]


def test_a_label_that_is_the_role_is_not_followed_by_the_role(role_labels):
    """A transcript labels the questions "INTERVIEWER:"; the label said "INTERVIEWER Interviewer" (and on paper
    "INTERVIEWER (Interviewer)"). The role is said once; a label that is a name still gets the role beside it."""
    page = html_of(role_labels)
    assert labels(page, "interviewer") == ["INTERVIEWER"] * 2
    assert not page.xpath("//div[contains(@class, 'sp-interviewer')]//span[@class = 'speaker-role']")
    assert labels(page, "interviewee") == ["TOM HALE Interviewee"] * 2


def test_a_label_in_capitals_is_not_followed_by_the_same_name(role_labels):
    """"TOM HALE" is the participant Tom Hale: his first turn's label said "TOM HALE Interviewee: Tom Hale"."""
    page = html_of(role_labels)
    notes = page.xpath("//div[contains(@class, 'sp-interviewee')]//span[@class = 'speaker-role']/text()")
    assert notes == ["Interviewee", "Interviewee"]


def test_the_print_edition_says_the_role_once(role_labels):
    words = pdf_text(role_labels)
    assert "(Interviewer)" not in words
    assert "(Interviewee)" in words
    assert "Tom Hale)" not in words


PRESS = """PRESS CONFERENCE WITH HEALTH MINISTER ANA SILVA

MINISTER SILVA: Good morning. I will take questions.

Q (Reuters): Minister, when will the new hospital open?

MINISTER SILVA: In the spring.

Q (BBC): And the cost?

MINISTER SILVA: Within the budget.
"""


def test_a_participant_never_named_gets_no_name_in_the_label(folder):
    """The reporters are the converter's stand-ins ("unnamed reporter", persName[@type='unnamed']); the label said
    "Q (Reuters) Interviewer: unnamed reporter", as if the source had named them so."""
    tei = convert(folder, "press.txt", PRESS)
    tree = etree.parse(str(tei))
    stand_ins = tree.xpath("//*[local-name() = 'persName'][@type = 'unnamed']/text()")
    assert stand_ins, "the converter no longer makes stand-ins for the reporters"
    page = html_of(tei)
    notes = page.xpath("//div[contains(@class, 'sp-interviewer')]//span[@class = 'speaker-role']/text()")
    assert notes and all(note == "Interviewer" for note in notes), notes
    assert not any(stand_in in " ".join(page.xpath("//article//text()")) for stand_in in stand_ins)
    words = pdf_text(tei)
    assert not any(stand_in in words for stand_in in stand_ins)


def test_a_participant_whose_stand_in_is_the_role_is_listed_once_as_such(role_labels):
    """The converter keeps the label "INTERVIEWER" as the unnamed interviewer's stand-in; "About this edition"
    listed "INTERVIEWER (not named in the source), interviewer"."""
    page = html_of(role_labels)
    participants = [text(li) for li in page.xpath("//ul[@class = 'participants']/li")]
    assert participants == ["Tom Hale, interviewee", "INTERVIEWER (not named in the source)"], participants


# ----- a title in another direction than the text -----

HEBREW = """מראיינת: איפה נולדת?

רחל: בתל אביב, בשנת 1948.

מראיינת: מה את זוכרת מהילדות?

רחל: את הים, ואת אבא שלי שעבד בנמל.
"""


@pytest.fixture(scope="module")
def hebrew(folder) -> Path:
    """A Hebrew transcript with no title: its title is its file name, "14-hebrew"."""
    tei = convert(folder, "14-hebrew.txt", HEBREW, language="he")
    root = etree.parse(str(tei)).getroot()
    assert root.get(XML_LANG) == "he"
    return tei


def test_a_latin_title_on_a_hebrew_page_keeps_its_order(browser, hebrew, folder):
    """The page is set right to left; the title "14-hebrew" was laid out in it as "hebrew-14". Isolated in its own
    direction it reads as written, and still stands at the start (the right) of the page's text."""
    path = render_html_file(hebrew, folder / "html-he")
    context, page = open_page(browser, path)
    try:
        order = page.evaluate("""() => {
            const h1 = document.querySelector('h1');
            const node = document.createTreeWalker(h1, NodeFilter.SHOW_TEXT).nextNode();
            const at = (i) => { const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1);
                                return r.getBoundingClientRect().left; };
            const text = node.textContent;
            const right = h1.getBoundingClientRect().right, inner = document.createRange();
            inner.selectNodeContents(h1);
            return {digits: at(text.indexOf('14')), word: at(text.indexOf('hebrew')),
                    gap: right - inner.getBoundingClientRect().right};
        }""")
    finally:
        context.close()
    assert order["digits"] < order["word"], order
    assert order["gap"] < 2, order


def test_the_citation_of_a_hebrew_text_keeps_the_title_whole(browser, hebrew, folder):
    """The citation (English, left to right) names the Hebrew speaker first; the title after it, "14-hebrew", was
    pulled into her name's direction: "14“ .רחל-hebrew.” Interview." on the page and in the PDF."""
    page = html_of(hebrew)
    citation = page.xpath("//p[@id = 'ed-citation']")[0]
    assert citation.xpath("bdi[@dir = 'ltr']/text()") == ["14-hebrew"]
    assert text(citation).startswith("רחל. “14-hebrew.” Interview.")
    fragment = page.xpath("//details[@class = 'cite-fragment']")[0]
    assert fragment.xpath("bdi[@dir = 'ltr']/text()") == ["14-hebrew"]
    path = render_html_file(hebrew, folder / "html-he-cite")
    context, browser_page = open_page(browser, path)
    try:
        order = browser_page.evaluate("""() => {
            const p = document.getElementById('ed-citation');
            const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
            const boxes = {};
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                for (const word of ['רחל', '14-hebrew', 'Interview']) {
                    const i = node.textContent.indexOf(word);
                    if (i >= 0) { const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + word.length);
                                  boxes[word] = r.getBoundingClientRect().left; }
                }
            }
            return boxes;
        }""")
    finally:
        context.close()
    assert order["רחל"] < order["14-hebrew"] < order["Interview"], order
    words = pdf_text(hebrew)
    assert "hebrew-14" not in words
    assert "14-hebrew.” Interview" in words


ARABIC_TITLE = """مقابلة مع ليلى (2001)

Interviewer: Where were you born?

Layla: In Alexandria.
"""


def test_an_arabic_title_on_an_english_page_is_isolated(folder):
    """An English transcript with an Arabic title: the title is set right to left on its own, in the heading, the
    citation and the source in "About this edition", where its closing parenthesis and year were mixed up with the
    words and quotation marks around it."""
    tei = convert(folder, "arabic-title.txt", ARABIC_TITLE, language="en")
    for page in (html_of(tei), print_html_of(tei)):
        assert page.xpath("//h1/bdi/@dir") == ["rtl"]
        assert page.xpath("//p[@id = 'ed-citation']/bdi[@dir = 'rtl']/text()") == ["مقابلة مع ليلى (2001)"]
    about = html_of(tei).xpath("//dd[@class = 'source']")[0]
    assert about.xpath("bdi[@dir = 'rtl']/text()") == ["مقابلة مع ليلى (2001)"]
    assert text(about).startswith("“مقابلة مع ليلى (2001)”.")


def test_a_title_in_the_texts_direction_is_not_wrapped(role_labels):
    """English title on an English page: nothing to isolate, no extra element (the common case costs nothing)."""
    page = html_of(role_labels)
    assert not page.xpath("//bdi")


# ----- the margin's apparatus is upright -----

HEADNOTE = """Harbour Lives: Episode 4

Recorded at the harbour office in March 1998. The interviewer was Ann Reid.

INTERVIEWER: When did you start?

JOHN MOSS: In 1950, as a boy.

INTERVIEWER: On the boats?

JOHN MOSS: On the quay first. The boats came later.
"""


def test_the_numbers_of_a_headnote_are_not_in_italics(browser, folder):
    """The headnote is set in italics; its paragraph numbers and "cite" in the margin are the apparatus, upright
    like every other paragraph's (they were slanted beside the headnote only)."""
    tei = convert(folder, "headnote.txt", HEADNOTE)
    page = html_of(tei)
    assert page.xpath("//section[@class = 'headnote']//a[@class = 'pnum']"), "no numbered headnote paragraph"
    path = render_html_file(tei, folder / "html-headnote")
    context, browser_page = open_page(browser, path)
    try:
        styles = browser_page.evaluate("""() => [...document.querySelectorAll('.headnote .pnum, .headnote summary')]
                                                .map(e => getComputedStyle(e).fontStyle)""")
        headnote = browser_page.evaluate("getComputedStyle(document.querySelector('.headnote p')).fontStyle")
    finally:
        context.close()
    assert headnote == "italic"
    assert styles and set(styles) == {"normal"}, styles


# ----- a turn's label as text -----

TIMED = """[00:00:05] INTERVIEWER: Where were you born?

[00:00:09] TOM HALE: In Leeds, in 1931.
"""


def test_a_labels_parts_are_words_apart_in_its_text(browser, folder):
    """The name, the role and the timecode were set apart by margins only: the label's text, as copied or read out,
    was "TOM HALEInterviewee00:00:09". It has spaces now, and looks as it did (the margins give way to them)."""
    tei = convert(folder, "timed.txt", TIMED)
    page = html_of(tei)
    assert labels(page, "interviewee") == ["TOM HALE Interviewee 00:00:09"]
    assert labels(page, "interviewer") == ["INTERVIEWER 00:00:05"]
    path = render_html_file(tei, folder / "html-timed")
    context, browser_page = open_page(browser, path)
    try:
        gaps = browser_page.evaluate("""() => {
            const label = document.querySelector('.sp-interviewee .speaker');
            const box = (selector) => label.querySelector(selector).getBoundingClientRect();
            return [box('.speaker-role').left - box('.speaker-name').right, box('.timecode').left - box('.speaker-role').right];
        }""")
    finally:
        context.close()
    assert all(8 <= gap <= 11 for gap in gaps), gaps   # 0.6rem, as before the spaces


# ----- the print edition's faces for scripts Noto Serif lacks -----

def pdf_fonts(tei: Path) -> set[str]:
    """The fonts the PDF embeds, without their subset prefix ("ABCDEF+Noto-Serif" → "Noto-Serif")."""
    from tei_edition.pdf import render_pdf

    reader = pypdf.PdfReader(io.BytesIO(render_pdf(tei)))
    names = set()
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for font in fonts.values():
            names.add(str(font.get_object()["/BaseFont"]).lstrip("/").split("+")[-1])
    return names


ARABIC = """المحاور: أين ولدت؟

ليلى: ولدت في الإسكندرية، في عام ١٩٧٥.

المحاور: ومتى انتقلت إلى القاهرة؟

ليلى: بعد الجامعة.
"""

CHINESE = """李：您是哪一年来上海的？

王：一九八五年。那时候我二十岁。

李：当时住在哪里？

王：住在虹口，我舅舅家。
"""


def test_an_arabic_text_is_printed_in_a_noto_arabic_face(folder):
    """Left to fontconfig, Arabic after "Noto Serif" was set in DejaVu Sans (and its oblique for the italic byline
    and roles): the print edition names Noto Naskh Arabic after Noto Serif, sets no italics, and says so."""
    tei = convert(folder, "arabic.txt", ARABIC, language="ar")
    fonts = pdf_fonts(tei)
    assert any("Naskh-Arabic" in font for font in fonts), fonts
    assert not any("DejaVu" in font or "Oblique" in font or "Italic" in font for font in fonts), fonts
    assert "in Noto Serif and Noto Naskh Arabic." in " ".join(pdf_text(tei).split())


def test_a_hebrew_text_has_no_slanted_imitation_of_italics_on_paper(hebrew):
    """The byline and the roles are set in italics; Hebrew has none, and fontconfig found DejaVu Sans Oblique."""
    fonts = pdf_fonts(hebrew)
    assert any("Hebrew" in font for font in fonts), fonts
    assert not any("DejaVu" in font or "Oblique" in font or "Italic" in font for font in fonts), fonts


@pytest.mark.parametrize("lang, face", [("zh", "Noto-Serif-CJK-SC"), ("zh-TW", "Noto-Serif-CJK-TC"),
                                        ("ja", "Noto-Serif-CJK-JP")])
def test_a_chinese_or_japanese_text_is_printed_in_its_own_forms(folder, lang, face):
    """Chinese was set in Noto Sans CJK JP, the Japanese forms of the characters, and in a sans among serifs; each
    language gets its Noto Serif CJK face (Simplified, Traditional, Japanese)."""
    tei = convert(folder, f"chinese-{lang}.txt", CHINESE, language=lang)
    fonts = pdf_fonts(tei)
    assert face in fonts, fonts
    # the face's bold for an interviewer's questions (李 asks, and is the interviewer since round 19), no other CJK face
    assert not any("CJK" in font and font not in (face, f"{face}-Bold") for font in fonts), fonts


def test_a_latin_text_keeps_its_one_family(role_labels):
    """English (the common case) is untouched: Noto Serif alone, in its three faces, and no extra rules."""
    assert "font-family" not in "".join(print_html_of(role_labels).xpath("//style[2]//text()"))
    fonts = pdf_fonts(role_labels)
    assert fonts <= {"Noto-Serif", "Noto-Serif-Bold", "Noto-Serif-Italic"}, fonts


# ----- the colophon is one block -----

def pages_text(tei: Path) -> list[str]:
    from tei_edition.pdf import render_pdf

    return [" ".join(page.extract_text().split()) for page in pypdf.PdfReader(io.BytesIO(render_pdf(tei))).pages]


def test_the_colophon_is_never_split_across_pages(folder):
    """Ten lines of small print: where they did not fit under the text, their last paragraph or two went to a page of
    their own ("This PDF/A file carries…" alone on page 2). The colophon moves to the next page whole. Transcripts of
    growing length put the end of the text at every height of the page."""
    turn = ("INTERVIEWER: And after that, what did you do?\n\nMARY LEE: We moved to the coast, where my father found "
            "work on the boats and my mother kept the books for the harbour master for many years.\n\n")
    split = []
    for turns in range(13, 25):
        tei = convert(folder, f"colophon-{turns}.txt", "Interview with Mary Lee\n\n" + turn * turns)
        pages = pages_text(tei)
        heading = [i for i, page in enumerate(pages) if "COLOPHON" in page]
        end = [i for i, page in enumerate(pages) if "This PDF/A file carries" in page]
        assert heading and end, pages[-1][-300:]
        if heading != end:
            split.append(turns)
    assert not split, split


# ----- "About this edition" -----

def test_the_facts_and_the_editorial_declaration_line_up(browser, role_labels, folder):
    """The facts (source, participants, licence…) and the editorial declaration are two lists under one heading;
    their values began 220 and 110 pixels from the margin (each column as wide as its longest label)."""
    path = render_html_file(role_labels, folder / "html-about")
    context, page = open_page(browser, path)
    try:
        lefts = page.evaluate("""() => ['.facts', '.editorial'].map(list =>
            [...document.querySelectorAll(list + ' > dd')].map(dd => Math.round(dd.getBoundingClientRect().left)))""")
    finally:
        context.close()
    facts, editorial = lefts
    assert facts and editorial
    assert len(set(facts + editorial)) == 1, lefts


# ----- the PDF's document information -----

def pdf_info(tei: Path) -> dict:
    from tei_edition.pdf import render_pdf

    return dict(pypdf.PdfReader(io.BytesIO(render_pdf(tei))).metadata or {})


def test_the_pdf_subject_is_not_the_title_in_quotation_marks(folder, role_labels):
    """Without a subtitle the PDF's subject is the citation; for a transcript that names no one and states no
    source or date, that was the title again in quotation marks ("“p09-lecture-qa”."), which a catalogue shows
    as the subject. Such a PDF has no subject; one whose citation says more keeps it."""
    nameless = convert(folder, "nameless.txt", "Q: Where were you born?\n\nA: In Leeds.\n\nQ: When?\n\nA: In 1931.\n")
    info = pdf_info(nameless)
    assert info.get("/Title") == "nameless"
    assert "/Subject" not in info, info
    assert "Tom Hale" in pdf_info(role_labels).get("/Subject", ""), pdf_info(role_labels)


# ----- the collection's index page -----

@pytest.fixture(scope="module")
def collection(folder, role_labels, hebrew) -> Path:
    """index.html for an English and a Hebrew edition, as a build writes it (no register)."""
    from .test_editions_review import collection_page

    return collection_page(folder, [role_labels, hebrew])


def test_the_collection_page_has_one_rule_between_its_header_and_the_editions(browser, collection):
    """The header's rule was followed 3rem lower by the rule of the "Editions" heading, with nothing between: two
    rules, as if a section were empty. The header's rule opens the list."""
    context, page = open_page(browser, collection)
    try:
        rules = page.evaluate("""() => {
            const table = document.querySelector('table.editions').getBoundingClientRect().top;
            const rules = [];
            for (const e of document.querySelectorAll('body *')) {
                const style = getComputedStyle(e), box = e.getBoundingClientRect();
                if (parseFloat(style.borderTopWidth) > 0 && box.top < table) rules.push(e.tagName);
                if (parseFloat(style.borderBottomWidth) > 0 && box.bottom < table) rules.push(e.tagName);
            }
            return rules;
        }""")
    finally:
        context.close()
    assert rules == ["HEADER"], rules


@pytest.mark.parametrize("width", [1280, 390])
def test_a_hebrew_name_in_the_collection_stands_in_its_column_after_its_label(browser, collection, width):
    """The cell was dir="auto": a Hebrew interviewee was pushed to the far (right) edge of its column on a desktop,
    away from the column's heading, and on a phone the column's label, generated before it, came after it
    ("רחל :Interviewee"). The name is isolated in its own direction; the cell stays left to right."""
    context, page = open_page(browser, collection, width)
    try:
        boxes = page.evaluate("""() => {
            const cell = [...document.querySelectorAll('td[data-label="Interviewee"]')]
                .find(td => td.textContent.includes('רחל'));
            const name = cell.querySelector('bdi').getBoundingClientRect();
            const style = getComputedStyle(cell), before = getComputedStyle(cell, '::before');
            return {cell: cell.getBoundingClientRect().left + parseFloat(style.paddingLeft), name: name.left,
                    direction: style.direction, label: before.content};
        }""")
    finally:
        context.close()
    assert boxes["direction"] == "ltr", boxes
    if width == 390:
        assert boxes["label"] != "none" and boxes["name"] > boxes["cell"] + 20, boxes   # the label first, then the name
    else:
        assert abs(boxes["name"] - boxes["cell"]) < 2, boxes


def test_the_description_is_the_headnotes_first_sentence_not_a_date_line_above_it(tmp_path):
    """A headnote opening with a dateline or a one-word kicker ("ENTREVISTA") had that as the page's description and
    DC.description; the first paragraph of six words or more is it now."""
    from tei_edition.convert import convert_file

    tei = tmp_path / "t.xml"
    source = Path(__file__).parent / "data" / "labels" / "pregunta-respuesta.txt"

    tei.write_bytes(convert_file(source).to_bytes())
    page = etree.HTML(render_html(tei).encode("utf-8"))
    said = {m.get("name"): m.get("content") for m in page.iter("meta") if m.get("name") in ("description", "DC.description")}
    assert said == {"description": "La arquitecta Lucía Ferrer habló con este diario en su estudio.",
                    "DC.description": "La arquitecta Lucía Ferrer habló con este diario en su estudio."}


def test_no_empty_author_or_contributor_in_the_json_ld(tmp_path):
    import json

    from tei_edition.convert import convert_file

    source = tmp_path / "qa.txt"
    source.write_text("Q: How did it start?\n\nA: Slowly, in 1970.\n\nQ: And then?\n\nA: It grew.\n", encoding="utf-8")
    tei = tmp_path / "qa.xml"
    tei.write_bytes(convert_file(source).to_bytes())
    page = etree.HTML(render_html(tei).encode("utf-8"))
    data = json.loads(next(s for s in page.iter("script") if s.get("type") == "application/ld+json").text)
    assert "author" not in data and "contributor" not in data and data["name"] == "qa"


def test_an_id_on_verse_or_a_note_is_an_html_id_a_ref_can_link_to(tmp_path):
    """lg and note were rendered without their xml:id: a song's lines could not be cited by id, and a ref pointing
    at a note (a footnote marker) would lead nowhere."""
    from tei_edition.convert import convert_file

    tree = convert_file(Path(__file__).parent / "transcripts" / "podcast-fullnames.txt").tree
    t = "{http://www.tei-c.org/ns/1.0}"
    xml_id = "{http://www.w3.org/XML/1998/namespace}id"
    lg = next(tree.iter(t + "lg"))
    lg.set(xml_id, "song-1")
    p = next(tree.iter(t + "p"))
    ref = etree.SubElement(p, t + "ref", target="#note-1")
    ref.text = "[1]"
    note = etree.SubElement(p, t + "note", {xml_id: "note-1"})
    note.text = "The bakery closed in 1990."
    page = etree.HTML(render_html(etree.tostring(tree)).encode("utf-8"))
    assert page.xpath("//div[@class = 'lg']/@id") == ["song-1"]
    assert page.xpath("//a[@href = '#note-1']/text()") == ["[1]"]
    assert page.xpath("string(//*[@id = 'note-1'])") == "[The bakery closed in 1990.]"


def test_a_note_mark_links_to_its_endnote_raised_and_the_endnote_has_no_brackets_of_the_editions(tmp_path):
    """The converter links a printed mark ("[1]") to the closing notes' entry (ref[@type='noteref'] → note
    [@type='endnote']); the page showed the mark as a plain link and the note in the edition's brackets,
    "[1] [William J. Brennan …]"."""
    from tei_edition.convert import convert_file

    source = tmp_path / "notes.txt"
    source.write_text("Interview with Judge Harriet Cole\n\nINTERVIEWER: You clerked for Justice Brennan?[1]\n\n"
                      "COLE: For one term, in 1968.\n\nINTERVIEWER: And then?[2]\n\nCOLE: Legal aid.\n\nNOTES\n\n"
                      "[1] William J. Brennan Jr., Associate Justice.\n[2] The Legal Aid Society of New York.\n",
                      encoding="utf-8")
    page = etree.HTML(render_html(convert_file(source).to_bytes()).encode("utf-8"))
    marks = page.xpath("//a[@class = 'noteref']")
    assert [(a.text, a.get("aria-label")) for a in marks] == [("[1]", "Note 1"), ("[2]", "Note 2")]
    for mark in marks:
        [note] = page.xpath(f"//*[@id = '{mark.get('href')[1:]}']")
        assert note.get("class") == "endnote" and not "".join(note.itertext()).startswith("[")
    assert "".join(page.xpath("//*[@class = 'endnote']")[0].itertext()) == "William J. Brennan Jr., Associate Justice."
