"""The editions reviewed a fifth time, as readers see them at desktop and phone widths and on paper: a note of the
record between the turns ("(BEGIN VIDEOTAPE)") is a line of its own, not a span running into the next label; names
and titles printed in capitals are re-cased in the citations and the catalogue records (never in the text); a Markdown
footnote reads "[1] …" as its mark does, not "[^1]: …"; a note in its own brackets is not bracketed again; a contents
list skips no heading level; a Vietnamese name is cited family name first and a term of address is no part of a cited
name; a title's lines are balanced on a phone. Each test converts a small transcript with the real converter (or
builds the citation data) and checks the HTML, the print HTML, the page in a browser, the citations or the records."""

from __future__ import annotations

import pytest

from tei_edition.render import render_html_file

from .test_editions_review2 import convert, html_of, open_page, print_html_of, text


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("review5")


# ----- 1. a note of the record between the turns is a line of its own -----

BROADCAST = """THE EVENING REPORT

ANCHOR: Good evening. Flooding has closed the main road into the valley. Our correspondent Rachel Obi is there.

(BEGIN VIDEOTAPE)

CORRESPONDENT: The water here reached the windows of the ground floor on Monday night.

(END VIDEOTAPE)

ANCHOR: Rachel Obi reporting.
"""


@pytest.fixture(scope="module")
def broadcast(folder):
    return convert(folder, "broadcast.txt", BROADCAST)


@pytest.mark.parametrize("to", ["html", "print"])
def test_a_note_between_the_turns_is_a_line_of_its_own(broadcast, to):
    """"(BEGIN VIDEOTAPE)" between two turns was a <span> straight inside the division: an inline box with no margin,
    set against the label of the next turn. It is a paragraph of the note class, as a sound between the turns is."""
    page = html_of(broadcast) if to == "html" else print_html_of(broadcast)
    notes = page.xpath("//*[contains(concat(' ', @class, ' '), ' note ')]")
    assert [(n.tag, n.get("class"), text(n)) for n in notes] == [
        ("p", "note note-line", "[BEGIN VIDEOTAPE]"), ("p", "note note-line", "[END VIDEOTAPE]")]


@pytest.mark.parametrize("width", [1280, 390])
def test_a_note_between_the_turns_stands_apart_from_the_next_label(browser, broadcast, folder, width):
    """On screen the note keeps a line's space from the label of the turn after it (it touched it: 0 px)."""
    context, page = open_page(browser, render_html_file(broadcast, folder), width)
    try:
        gaps = page.evaluate("""() => [...document.querySelectorAll('.note-line')].map(n => {
            const label = n.nextElementSibling.querySelector('.speaker');
            return label.getBoundingClientRect().top - n.getBoundingClientRect().bottom; })""")
    finally:
        context.close()
    assert len(gaps) == 2 and all(gap >= 12 for gap in gaps), gaps



# ----- 2. names and titles printed in capitals are re-cased in the citations and the records, not in the text -----

CAPITALS = """INTERVIEW WITH MARY LEE
Interviewer: JOHN MCDONALD

JOHN MCDONALD: Where were you born, Mrs. Lee?

MARY LEE: In Cork, in my grandmother's house.
"""


@pytest.fixture(scope="module")
def capitals(folder):
    return convert(folder, "capitals.txt", CAPITALS)


def test_a_citation_recases_a_name_and_title_printed_in_capitals(capitals):
    """A participant named by a label in capitals and a title in capitals were cited as printed: "LEE, MARY.
    “INTERVIEW WITH MARY LEE.” Interview by JOHN MCDONALD". A bibliography files "Lee, Mary" and sets the title in
    headline style; "McDonald" keeps its second capital."""
    from tei_edition.cite import cite

    expected = "Lee, Mary. “Interview with Mary Lee.” Interview by John McDonald. n.d."
    assert cite(capitals) == expected
    assert text(html_of(capitals).xpath("//*[@id = 'ed-citation']")[0]) == expected
    assert "author = {Lee, Mary}" in cite(capitals, style="bibtex")
    assert "A2  - McDonald, John" in cite(capitals, style="ris")
    # a page under another base URI: the same citation, with that permalink
    moved = text(html_of(capitals, **{"base-uri": "https://example.org/"}).xpath("//*[@id = 'ed-citation']")[0])
    assert moved.startswith(expected + " https://example.org/")


def test_the_text_keeps_the_capitals_it_was_printed_in(capitals):
    """Only the citations and the records are re-cased: the heading, the labels and the participants as the header
    records them are the source's."""
    page = html_of(capitals)
    assert text(page.xpath("//h1")[0]) == "INTERVIEW WITH MARY LEE"
    assert {text(s) for s in page.xpath("//*[@class = 'speaker-name']")} == {"JOHN MCDONALD", "MARY LEE"}
    assert "MARY LEE" in text(page.xpath("//*[@id = 'ed-about']")[0])


@pytest.mark.parametrize("to", ["html", "print"])
def test_the_pages_metadata_recase_a_name_and_title_in_capitals(capitals, to):
    """Highwire's citation_*, Dublin Core and schema.org in the page's <head> (and the PDF's title and authors, from
    the print HTML's <head>), which Zotero and catalogues read, give the names and title as the citations do."""
    import json

    page = html_of(capitals) if to == "html" else print_html_of(capitals)
    assert page.xpath("string(//head/title)") == ("Interview with Mary Lee" if to == "print" else "INTERVIEW WITH MARY LEE")
    if to == "print":
        assert page.xpath("//head/meta[@name = 'author']/@content") == ["Mary Lee", "John McDonald"]
        assert page.xpath("string(//head/meta[@name = 'keywords']/@content)") == "interview, Mary Lee, John McDonald"
        return
    meta = {m.get("name"): m.get("content") for m in reversed(page.xpath("//head/meta[@name]"))}
    assert (meta["citation_title"], meta["DC.title"], meta["DC.creator"], meta["DC.contributor"]) == (
        "Interview with Mary Lee", "Interview with Mary Lee", "Mary Lee", "John McDonald")
    ld = json.loads(page.xpath("string(//script[@type = 'application/ld+json'])"))
    assert (ld["headline"], ld["author"][0]["name"], ld["contributor"][0]["name"]) == (
        "Interview with Mary Lee", "Mary Lee", "John McDonald")


def test_the_catalogue_records_recase_a_name_and_title_in_capitals(capitals):
    """Dublin Core and MODS: "Lee, Mary (interviewee)", namePart "McDonald", the title and the source's title."""
    from lxml import etree

    from tei_edition.metadata import record

    dc = etree.fromstring(record(capitals, "dc").encode())
    ns = {"dc": "http://purl.org/dc/elements/1.1/", "mods": "http://www.loc.gov/mods/v3"}
    assert dc.xpath("string(dc:title)", namespaces=ns) == "Interview with Mary Lee"
    assert dc.xpath("dc:creator/text() | dc:contributor/text()", namespaces=ns) == [
        "Lee, Mary (interviewee)", "McDonald, John (interviewer)"]
    assert dc.xpath("string(dc:source)", namespaces=ns) == "Interview with Mary Lee."
    mods = etree.fromstring(record(capitals, "mods").encode())
    assert mods.xpath("mods:name/mods:namePart[@type = 'family']/text()", namespaces=ns) == ["Lee", "McDonald"]
    assert mods.xpath("mods:titleInfo/mods:title/text() | mods:relatedItem/mods:titleInfo/mods:title/text()",
                      namespaces=ns) == ["Interview with Mary Lee", "Interview with Mary Lee"]


def test_the_collection_index_lists_a_title_in_capitals_recased(folder, capitals):
    from lxml import etree

    from .test_editions_review import collection_page

    page = etree.HTML(collection_page(folder, [capitals]).read_bytes())
    row = page.xpath("//tbody/tr")[0]
    assert text(row.xpath("td[contains(@class, 'edition-title')]")[0]) == "Interview with Mary Lee"
    assert "Mary Lee" in text(row)


# What is re-cased, and how: tei_edition.cite (the citations) and capitals.xsl (the page's metadata, the records)
# must agree, name for name and title for title.
RECASED_NAMES = [
    ("JOHN SMITH", "John Smith"), ("JOHN MCDONALD", "John McDonald"), ("SEAN O’BRIEN", "Sean O’Brien"),
    ("LUDWIG VAN BEETHOVEN", "Ludwig van Beethoven"), ("VAN MORRISON", "Van Morrison"), ("MR. BRANDT", "Mr. Brandt"),
    ("MÁIRE NÍ BHRIAIN", "Máire Ní Bhriain"), ("ANNA-LENA SCHMIDT-WEBER", "Anna-Lena Schmidt-Weber"),
    ("JOHN SMITH III", "John Smith III"), ("ИВАН ПЕТРОВ", "Иван Петров"),
    # left as they are: a name with a lower-case letter, one in Greek (its capitals lack the accents), initials
    ("McDONALD", "McDONALD"), ("Mr. BRANDT", "Mr. BRANDT"), ("ΣΟΦΙΑ ΠΑΠΑΔΟΠΟΥΛΟΥ", "ΣΟΦΙΑ ΠΑΠΑΔΟΠΟΥΛΟΥ"),
    ("JD", "JD"), ("陳美玲", "陳美玲"),
]
RECASED_TITLES = [
    ("en", "HEARING BEFORE THE COMMITTEE ON RURAL TRANSIT", "Hearing before the Committee on Rural Transit"),
    ("en", "WHAT THE BBC DID IN WORLD WAR II: A STORY OF", "What the BBC Did in World War II: A Story Of"),
    ("en", "Q&A WITH THE U.S. ENVOY — PART 2", "Q&A with the U.S. Envoy — Part 2"),
    ("es", "ENTREVISTA CON MARÍA LÓPEZ DE LA CRUZ", "Entrevista con María López de la Cruz"),
    ("de", "INTERVIEW MIT DER ZEITZEUGIN ÜBER DIE WENDE", "Interview mit der Zeitzeugin über die Wende"),
    ("sv", "INTERVJU MED ANNA", "Intervju Med Anna"),
    ("en", "RIVERBEND ORAL HISTORY PROJECT: Interview with Edna", "RIVERBEND ORAL HISTORY PROJECT: Interview with Edna"),
]


@pytest.mark.parametrize("i", range(max(len(RECASED_NAMES), len(RECASED_TITLES))))
def test_the_citations_and_the_stylesheets_recase_alike(capitals, folder, i):
    from lxml import etree

    from tei_edition.cite import citation_data

    name, expected_name = RECASED_NAMES[i % len(RECASED_NAMES)]
    language, title, expected_title = RECASED_TITLES[i % len(RECASED_TITLES)]
    tei = "{http://www.tei-c.org/ns/1.0}"
    doc = etree.parse(str(capitals))
    doc.getroot().set("{http://www.w3.org/XML/1998/namespace}lang", language)
    doc.find(f".//{tei}titleStmt/{tei}title[@type='main']").text = title
    doc.findall(f".//{tei}particDesc//{tei}persName")[0].text = name
    path = folder / f"recased-{i}.xml"
    doc.write(str(path), encoding="utf-8")
    data = citation_data(path)
    page = html_of(path)
    assert (data.title, data.interviewees[0]) == (expected_title, expected_name)
    assert (page.xpath("string(//meta[@name = 'citation_title']/@content)"),
            page.xpath("string(//meta[@name = 'citation_author'][1]/@content)")) == (expected_title, expected_name)


# ----- 3. a Markdown footnote's number is shown as its marks are -----

MARKDOWN_NOTES = """# The mapmaker of Lagos

**Interviewer:** When did you draw your first map?

**Adaeze Okonkwo:** In 1979, for my father's taxi drivers.[^1] They kept getting lost.

[^1]: Her father ran a fleet of six taxis from 1975 to 1988.
"""


@pytest.mark.parametrize("to", ["html", "print"])
def test_a_markdown_footnote_is_numbered_as_its_mark(folder, to):
    """The mark in the text showed "[1]", the note it links to "[^1]: Her father…": Markdown's syntax, which a
    rendered Markdown page never shows. The note reads "[1] Her father…"; the TEI keeps the source's "[^1]:"."""
    tei = convert(folder, "markdown-notes.md", MARKDOWN_NOTES)
    assert '<seg type="notemark">[^1]</seg>: ' in tei.read_text(encoding="utf-8")
    page = html_of(tei) if to == "html" else print_html_of(tei)
    note = page.xpath("//*[@class = 'endnote']/..")[0]
    assert text(note).endswith("[1] Her father ran a fleet of six taxis from 1975 to 1988." + (" ↑" if to == "html" else ""))
    assert [text(a) for a in page.xpath("//a[contains(@class, 'noteref')]")] == ["[1]"]


def test_the_word_lists_of_cite_and_capitals_xsl_agree():
    """The small words of a title and the particles of a name are written twice, in Python and in XSLT: the same."""
    import re
    from pathlib import Path

    from tei_edition.casing import NAME_PARTICLES
    from tei_edition.cite import TITLE_SMALL_WORDS

    xsl = (Path(__file__).parent.parent / "xslt" / "modules" / "capitals.xsl").read_text(encoding="utf-8")
    in_xslt = {language: set(words.split()) for language, words in re.findall(r"'(\w\w)': tokenize\('([^']*)'\)", xsl)}
    assert in_xslt == {language: set(words) for language, words in TITLE_SMALL_WORDS.items()}
    particles = re.search(r'name="fp:name-particles"[^>]*select="tokenize\(\'([^\']*)\'\)', xsl).group(1)
    assert set(particles.split()) == NAME_PARTICLES


# ----- 4. a note whose source brackets are kept is not bracketed again -----

PAGE_MARKER = """INTERVIEW WITH ROSE HALLORAN
Conducted by Peter Quinn, 4 May 1979

QUINN: What do you remember of the mill?

HALLORAN: The noise. You couldn't hear yourself think.

[Page 2]

QUINN: And the pay?

HALLORAN: Eleven shillings a week.
"""


@pytest.mark.parametrize("to", ["html", "print"])
def test_a_note_in_its_own_brackets_is_not_bracketed_again(folder, to):
    """The converter keeps "[Page 2]" with its brackets (note[@type='transcript']); the edition put its own around
    them: "[[Page 2]]". A note already in brackets is shown as it is; one without gets the edition's."""
    tei = convert(folder, "page-marker.txt", PAGE_MARKER)
    assert '<note type="transcript">[Page 2]</note>' in tei.read_text(encoding="utf-8")
    page = html_of(tei) if to == "html" else print_html_of(tei)
    assert [text(n) for n in page.xpath("//*[contains(@class, 'note-line')]")] == ["[Page 2]"]
    assert [text(n) for n in print_html_of(convert(folder, "broadcast-notes.txt", BROADCAST)).xpath(
        "//*[contains(@class, 'note-line')]")] == ["[BEGIN VIDEOTAPE]", "[END VIDEOTAPE]"]


# ----- 5. a contents list in the headnote is a heading of the second level -----

CONTENTS = """# Songs from the Mill: an interview with Agnes Bell

## Contents

- [Early life](#early-life)
- [The mill](#the-mill)

## Early life

**HOST:** Agnes, you grew up in the mill town?

**AGNES BELL:** Born two streets from the gates.

## The mill

**HOST:** What was the hardest job?

**AGNES BELL:** Doffing.
"""


@pytest.mark.parametrize("to", ["html", "print"])
def test_a_contents_list_in_the_headnote_skips_no_heading_level(folder, to):
    """The contents list sits in the headnote, a division without a heading: its "Contents" was an h3 straight under
    the h1 (axe: heading-order), while the parts it lists are h2. A heading's level counts the headed divisions."""
    tei = convert(folder, "contents.md", CONTENTS)
    page = html_of(tei) if to == "html" else print_html_of(tei)
    headings = [(h.tag, text(h)) for h in page.xpath("//main//*[self::h1 or self::h2 or self::h3][contains(@class, 'head')]")]
    assert headings == [("h2", "Contents"), ("h2", "Early life"), ("h2", "The mill")]


# ----- 6. a Vietnamese name is cited family name first, as written -----

VIETNAMESE = """PHỎNG VẤN BÀ NGUYỄN THỊ LAN
Ngày phỏng vấn: 12 tháng 3 năm 2018
Người phỏng vấn: Trần Văn Minh

Trần Văn Minh: Bà bắt đầu bán hàng ở chợ Đông Ba từ khi nào?

Nguyễn Thị Lan: Từ năm 1975, khi tôi mười sáu tuổi.

Trần Văn Minh: Chợ đã thay đổi nhiều không?

Nguyễn Thị Lan: Nhiều lắm.
"""


def test_a_vietnamese_name_is_cited_family_name_first(folder):
    """"Nguyễn Thị Lan" was cited "Lan, Nguyễn Thị": Nguyễn is her family name, which a Vietnamese name puts first, as a
    Chinese one does; a bibliography cites her as written, a record files her under Nguyễn. Known by the letters only
    Vietnamese writes (ư, ơ, ễ, ị …); a Yoruba name's ẹ and ọ are not among them."""
    from lxml import etree

    from tei_edition.cite import cite, split_name
    from tei_edition.metadata import record

    tei = convert(folder, "vietnamese.txt", VIETNAMESE, language="vi")
    assert cite(tei).startswith("Nguyễn Thị Lan. “")
    assert "author = {Nguyễn, Thị Lan}" in cite(tei, style="bibtex")
    assert text(html_of(tei).xpath("//*[@id = 'ed-citation']")[0]).startswith("Nguyễn Thị Lan. “")
    dc = etree.fromstring(record(tei, "dc").encode())
    assert dc.xpath("string(*[local-name() = 'creator'])") == "Nguyễn, Thị Lan (interviewee)"
    assert split_name("Adébáyọ̀ Ọlọ́fin") == ("Ọlọ́fin", "Adébáyọ̀")


# ----- 7. a term of address is no part of a cited name; APA's interviewers and authors without initials -----

def test_a_term_of_address_is_left_out_of_a_cited_name():
    """"Professor Alan Mercer" was filed "Mercer, Professor Alan" (APA: "Mercer, P. A."), "Mr. Alves" "Alves, Mr.";
    "Mr. Lindqvist", an interviewer, was "Lindqvist Lindqvist" in APA, whose interviewers read "U. Pascali"."""
    from tei_edition.cite import CitationData, apa, bibtex, chicago, csl_item, split_name

    data = CitationData(document_id="d", title="Interview with Professor Alan Mercer",
                        interviewees=("Professor Alan Mercer",), interviewers=("Mr. Lindqvist", "Dr. Ruth Okafor"))
    assert chicago(data).startswith("Mercer, Alan. “Interview with Professor Alan Mercer.” Interview by Mr. Lindqvist "
                                    "and Dr. Ruth Okafor. n.d.")
    assert apa(data).startswith("Mercer, A. (n.d.). Interview with Professor Alan Mercer [Interview by Lindqvist & "
                                "R. Okafor].")
    assert "author = {Mercer, Alan}" in bibtex(data)
    assert [p["family"] for p in csl_item(data)["interviewer"]] == ["Lindqvist", "Okafor"]
    assert apa(CitationData(document_id="d", title="Briefing", interviewees=("Mr. Alves",))).startswith("Alves. (n.d.).")
    assert split_name("M. Dupont") == ("Dupont", "") and split_name("Colonel Martha Voss") == ("Voss", "Martha")
    # a one-word name that is a term of address is a name
    assert split_name("Chairman") == ("Chairman", "")


def test_the_terms_of_address_of_cite_and_the_records_agree(folder):
    """cite.py leaves them out of a cited name, the records keep them as termsOfAddress: the same words."""
    import re
    from pathlib import Path

    from lxml import etree

    from tei_edition.cite import _MORE_TERMS_OF_ADDRESS, TERMS_OF_ADDRESS
    from tei_edition.metadata import record

    xsl = (Path(__file__).parent.parent / "xslt" / "modules" / "metadata-common.xsl").read_text(encoding="utf-8")
    words = re.search(r'name="mfp:terms-of-address"[^>]*select="\(([^"]*)\)"', xsl).group(1)
    assert set(re.findall(r"'([^']+)'", words)) == TERMS_OF_ADDRESS | _MORE_TERMS_OF_ADDRESS
    tei = convert(folder, "colonel.txt", "Interview with Colonel Martha Voss\nInterviewer: Daniel Price\n\n"
                  "PRICE: Where were you posted first?\n\nVOSS: Fort Huachuca.\n\nPRICE: And then?\n\nVOSS: Germany.\n")
    mods = etree.fromstring(record(tei, "mods").encode())
    ns = {"mods": "http://www.loc.gov/mods/v3"}
    assert mods.xpath("mods:name[1]/mods:namePart/text()", namespaces=ns) == ["Voss", "Martha", "Colonel"]


# ----- 8. a title's lines are balanced on a phone -----

def test_a_title_leaves_no_word_alone_on_its_last_line_on_a_phone(browser, folder):
    """At 390 px "Interview with Nia Osei" broke as "Interview with Nia / Osei": a name cut in two, a word alone. The
    heading's lines are balanced (CSS text-wrap: balance)."""
    tei = convert(folder, "nia-osei.txt", "Interview with Nia Osei\nInterviewer: Tom Hale\n\n"
                  "HALE: Would you read it for us?\n\nOSEI: Yes.\n\nHALE: Thank you.\n\nOSEI: You are welcome.\n")
    context, page = open_page(browser, render_html_file(tei, folder), 390)
    try:
        widths = page.evaluate("""() => { const r = document.createRange(); r.selectNodeContents(document.querySelector('h1'));
            return [...r.getClientRects()].map(b => b.width); }""")
    finally:
        context.close()
    assert len(widths) == 2 and min(widths) > 0.5 * max(widths), widths
