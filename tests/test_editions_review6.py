"""The citations, the catalogue records and the collection index reviewed as a scholar and a librarian use them: a
name of one word is a CSL-JSON family name alone (no empty "given"); a title that is one quotation in guillemets or
single quotation marks is quoted as a title in double quotation marks is; a word of a title in capitals that the
document's text prints in capitals ("NASA") keeps them, in Python and XSLT alike; the collection index lists the
editions by interviewee as filed, then date; an APA initial keeps its vowel sign, APA keeps the interviewer of a work
without an author, and BibTeX, RIS and CSL-JSON date an unpublished interview as the citations do. Each test converts a small transcript with the real converter (or builds
the citation data) and checks the citations, the HTML, the records or the index page."""

from __future__ import annotations

import json

import pytest
from lxml import etree

from tei_edition.cite import CitationData, chicago, cite, citation_data, csl_item, csl_json, mla

from .test_editions_review import collection_page
from .test_editions_review2 import convert, html_of, text


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("review6")


# ----- 1. a name of one word in CSL-JSON -----

def test_a_name_of_one_word_is_a_csl_family_name_without_an_empty_given():
    """"Alves" (as the source gives the name) was {"family": "Alves", "given": ""}: CSL-JSON has no empty given name.
    It is the family name alone, as BibTeX ("author = {Alves}") and RIS ("AU  - Alves") give it; a name of two words
    is still split."""
    data = CitationData(document_id="d", title="Briefing", interviewees=("Alves",), interviewers=("Mr. Lindqvist", "Ruth Okafor"))
    item = json.loads(csl_json(data))[0]
    assert item["author"] == [{"family": "Alves"}]
    assert item["interviewer"] == [{"family": "Lindqvist"}, {"family": "Okafor", "given": "Ruth"}]
    assert csl_item(data)["author"] == item["author"]


# ----- 2. a title that is one quotation -----

@pytest.mark.parametrize("title, quoted", [
    ("« La vigne ne ment jamais »", "“‘La vigne ne ment jamais.’”"),
    ("'De polder is mijn moeder'", "“‘De polder is mijn moeder.’”"),
    ("‘It’s my field’", "“‘It’s my field.’”"),
    ("»Heimat ist kein Ort«", "“‘Heimat ist kein Ort.’”"),
    # a title that quotes in part keeps its marks as printed, the full stop inside the citation's quotation marks
    ("Entretien : « La vigne ne ment jamais »", "“Entretien : « La vigne ne ment jamais ».”"),
    ("The 'polder' and the farmers' wives", "“The 'polder' and the farmers' wives.”"),
    ("« Oui » et « non »", "“« Oui » et « non ».”"),
])
def test_a_title_that_is_one_quotation_is_quoted_inside_the_citations_quotation_marks(title, quoted):
    """« La vigne ne ment jamais » was cited “« La vigne ne ment jamais ».”, 'De polder is mijn moeder' as “'De polder
    is mijn moeder'.” (the full stop after the closing mark). A quotation inside a quoted title takes single
    quotation marks (as „Wir haben zu lange gewartet“ did already): “‘La vigne ne ment jamais.’”."""
    data = CitationData(document_id="d", title=title, interviewees=("Anne Morel",))
    assert chicago(data).startswith(f"Morel, Anne. {quoted} Interview.")
    assert mla(data).startswith(f"Morel, Anne. {quoted} Interview.")


def test_the_page_cites_a_title_in_guillemets_as_the_cite_command_does(folder):
    tei = convert(folder, "vigne.txt", "« La vigne ne ment jamais »\n\nQ: Depuis quand ?\n\nA: Depuis 1961.\n", language="fr")
    assert citation_data(tei).title == "« La vigne ne ment jamais »"
    assert "“‘La vigne ne ment jamais.’”" in cite(tei)
    assert text(html_of(tei).xpath("//*[@id = 'ed-citation']")[0]) == cite(tei)


# ----- 3. a title in capitals keeps the capitals of a word that the text prints in capitals -----

NASA = """INTERVIEW WITH NASA ENGINEER MARY LEE

Q: When did you join NASA?

A: In 1962, after two years at the Jet Propulsion Laboratory.
"""


@pytest.fixture(scope="module")
def nasa(folder):
    return convert(folder, "nasa.txt", NASA)


def test_a_title_in_capitals_keeps_an_acronym_the_text_prints_in_capitals(nasa):
    """"INTERVIEW WITH NASA ENGINEER MARY LEE" was cited "Interview with Nasa Engineer Mary Lee": the text of the
    interview, in upper and lower case, prints "NASA", so the title's NASA is an acronym and stays so."""
    expected = "Interview with NASA Engineer Mary Lee"
    assert citation_data(nasa).title == expected
    assert f"“{expected}.”" in cite(nasa)
    page = html_of(nasa)
    assert page.xpath("string(//meta[@name = 'citation_title']/@content)") == expected
    assert text(page.xpath("//*[@id = 'ed-citation']")[0]) == cite(nasa)


def test_the_records_keep_the_acronym(nasa):
    from tei_edition.metadata import record

    dc = etree.fromstring(record(nasa, "dc").encode())
    assert dc.xpath("string(*[local-name() = 'title'])") == "Interview with NASA Engineer Mary Lee"
    mods = etree.fromstring(record(nasa, "mods").encode())
    assert mods.xpath("string(//*[local-name() = 'titleInfo'][1]/*[local-name() = 'title'])") == "Interview with NASA Engineer Mary Lee"


# (title, the text of the interview's paragraphs, the title as cited): Python and XSLT alike
CAPITAL_WORDS = [
    ("INTERVIEW WITH NASA ENGINEER MARY LEE", "We met at NASA in 1962.", "Interview with NASA Engineer Mary Lee"),
    # no evidence: the text does not print the word, or prints it only in a paragraph wholly in capitals
    ("INTERVIEW WITH NASA ENGINEER MARY LEE", "We met in 1962.", "Interview with Nasa Engineer Mary Lee"),
    ("INTERVIEW WITH NASA ENGINEER MARY LEE", "WE MET AT NASA IN 1962.", "Interview with Nasa Engineer Mary Lee"),
    ("UNESCO AND THE IKEA ARCHIVE", "UNESCO wrote to IKEA twice.", "UNESCO and the IKEA Archive"),
    # a title with a lower-case letter is left as printed, whatever the text prints
    ("Talking to NASA", "We met at NASA in 1962.", "Talking to NASA"),
    # a possessive of a word kept in capitals is in lower case (was "Nasa's"); of other words as before ("Mary's")
    ("INTERVIEW WITH NASA'S CHIEF ENGINEER", "We met at NASA in 1962.", "Interview with NASA's Chief Engineer"),
    ("INTERVIEW WITH NASA’S CHIEF ENGINEER", "NASA's budget grew.", "Interview with NASA’s Chief Engineer"),
    ("THE BBC'S WAR AND MARY'S", "We met in 1962.", "The BBC's War and Mary's"),
    # a caption in capitals with a word in lower case is no evidence for the words away from it ("UNITED STATES")
    ("UNITED STATES DISTRICT COURT: SOUTHERN DISTRICT OF NEW YORK",
     "UNITED STATES OF AMERICA, v. 21 Cr. 123 (JSR) DAVID MORROW, Defendant.",
     "United States District Court: Southern District of New York"),
    ("THE UNITED STATES AND US", "The UNITED STATES wrote to us.", "The UNITED STATES and Us"),
]


@pytest.mark.parametrize("title, body, expected", CAPITAL_WORDS)
def test_the_citations_and_the_stylesheets_keep_the_same_capitals(folder, nasa, title, body, expected):
    tei = "{http://www.tei-c.org/ns/1.0}"
    doc = etree.parse(str(nasa))
    doc.find(f".//{tei}titleStmt/{tei}title[@type='main']").text = title
    paragraphs = doc.findall(f".//{tei}text//{tei}p")
    for p in paragraphs:
        p.getparent().remove(p) if p is not paragraphs[0] else None
    paragraphs[0].clear()
    paragraphs[0].text = body
    path = folder / f"capital-words-{CAPITAL_WORDS.index((title, body, expected))}.xml"
    doc.write(str(path), encoding="utf-8")
    assert citation_data(path).title == expected
    assert html_of(path).xpath("string(//meta[@name = 'citation_title']/@content)") == expected


# ----- 4. the collection index in reading order, its titles re-cased as the citations' -----

def test_the_collection_index_keeps_the_acronym(folder, nasa):
    page = etree.HTML(collection_page(folder, [nasa]).read_bytes())
    assert "Interview with NASA Engineer Mary Lee" in "".join(page.itertext())


def test_the_collection_index_lists_the_editions_by_interviewee_then_date(folder):
    """The index listed the editions by document id (the file names: "a-zeller" before "b-adams"). A reader looks
    for an interviewee by surname, as a citation files it: Adams, Ó Briain (filed without regard to the accent),
    Zeller (two interviews, the earlier first); then the editions naming no interviewee, by title. The page says so."""
    def interview(name, who, date, title=None):
        head = f"{title or 'Interview with ' + who}\nDate: {date}\n\n" if who else f"{title}\nDate: {date}\n\n"
        body = f"INTERVIEWER: Where were you then?\n\n{who.split()[-1].upper()}: At home.\n" if who else "Q: Where?\n\nA: Home.\n"
        return convert(folder, name, head + body)

    sources = [interview("a-zeller.txt", "Karl Zeller", "2001-05-02"),
               interview("b-adams.txt", "Ruth Adams", "1999-03-01"),
               interview("c-zeller.txt", "Karl Zeller", "1998-01-20", title="Second thoughts"),
               interview("d-obriain.txt", "Seán Ó Briain", "2003-07-07"),
               interview("e-harvest.txt", "", "2002-09-09", title="Harvest songs"),
               interview("f-apples.txt", "", "2004-10-10", title="Apples of the valley")]
    page = etree.HTML(collection_page(folder, sources).read_bytes())
    links = [a.get("href") for a in page.xpath("//main//a[@href][contains(@href, '.html')]")]
    order = list(dict.fromkeys(link.split("#")[0] for link in links))
    assert order == ["b-adams.html", "d-obriain.html", "c-zeller.html", "a-zeller.html", "f-apples.html", "e-harvest.html"]
    assert text(page.xpath("//h2[@id = 'editions-heading']/following-sibling::p[1]")[0]).startswith(
        "By interviewee, surname first, then by the date of the interview")


# ----- 5. the citations of documents of other shapes -----

def test_apa_gives_an_initial_with_its_vowel_sign():
    """"सुनीता शर्मा" was "शर्मा, स." in APA: the initial lost its vowel sign (ु), a letter of the name's first
    syllable; an initial is the first letter with its marks, as is a Latin letter with a combining accent."""
    from tei_edition.cite import apa

    assert apa(CitationData(document_id="d", title="T", interviewees=("सुनीता शर्मा",))).startswith("शर्मा, सु. (n.d.).")
    assert apa(CitationData(document_id="d", title="T", interviewees=("E\u0301mile Zola",))).startswith("Zola, E\u0301. (n.d.).")


def test_apa_keeps_the_interviewer_of_a_work_without_an_author():
    """A focus group names no interviewee: APA put its title in the author's place and dropped "[Interview by R.
    Akers]", which a work with an author keeps. The title keeps its description in the author's place."""
    from tei_edition.cite import apa

    data = CitationData(document_id="d", title="Focus group 3 — Allotment holders, Leeds", interviewers=("Ruth Akers",))
    assert apa(data) == "Focus group 3 — Allotment holders, Leeds [Interview by R. Akers]. (n.d.)."


def test_the_reference_manager_formats_date_an_unpublished_interview_as_the_citations_do():
    """An interview with no source publication is cited by its date ("Interview, January 12, 2020."), but BibTeX had no
    year and CSL-JSON no "issued" (a CSL style printed "n.d."), RIS no PY: they carry the interview's date."""
    from tei_edition.cite import bibtex, ris

    data = CitationData(document_id="d", title="T", interviewees=("Sunita Sharma",), interview_dates=("2020-01-12",))
    assert chicago(data) == "Sharma, Sunita. “T.” Interview, January 12, 2020."
    assert "  year = {2020},\n  date = {2020-01-12}" in bibtex(data)
    assert "PY  - 2020\nDA  - 2020/01/12" in ris(data)
    item = csl_item(data)
    assert item["issued"] == {"date-parts": [[2020, 1, 12]]} and item["event-date"] == {"date-parts": [[2020, 1, 12]]}
    # a published interview is dated by its publication, as before
    published = CitationData(document_id="d", title="T", publication="Review", year="2001", interview_dates=("2000-03-07",))
    assert csl_item(published)["issued"] == {"date-parts": [[2001]]} and "date = " not in bibtex(published)


@pytest.mark.parametrize("title", ["«مقابلة مع ليلى»", "‘שיחה עם רחל’"])
def test_a_right_to_left_title_that_is_one_quotation_stays_isolated_in_the_citation(folder, title):
    """The citation, English, isolates a title written right to left (<bdi dir="rtl">), found by its opening
    quotation mark and text: a title that is one quotation, cited “‘مقابلة مع ليلى.’”, was no longer found and ran
    into the words around it. It is isolated without its own marks, which the citation replaced."""
    tei = convert(folder, f"rtl-quotation-{len(title)}.txt", f"{title}\n\nInterviewer: Where were you born?\n\nLayla: In Alexandria.\n",
                  language="en")
    inner = title[1:-1]
    assert f"“‘{inner}.’”" in cite(tei)
    page = html_of(tei)
    citation = page.xpath("//p[@id = 'ed-citation']")[0]
    assert citation.xpath("bdi[@dir = 'rtl']/text()") == [inner]
    assert text(citation) == cite(tei)
