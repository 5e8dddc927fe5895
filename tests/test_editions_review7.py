"""The editions reviewed as a scholar and a librarian use them (seventh round): a record whose speakers have no
interview role (a hearing, a court record, a debate) is not cited or catalogued as an "Interview", while an
interview still is; the print edition's PDF subject is composed by tei_edition.cite and passed to the stylesheet,
which composes it only when run on its own, the same; two sessions are dated "March 24 and 27, 2000" in a page's
citation; About and the print dateline head a hearing's date "Date", not "Interview"; Korean is broken between words
on a phone. Each test converts a small transcript with the real converter and checks the citations, the pages, the
records or the PDF."""

from __future__ import annotations

import io
import json

import pypdf
import pytest
from lxml import etree

from tei_edition.cite import STYLES, cite, citation_data, description, edition_citations
from tei_edition.render import render_html

from .test_editions_review2 import convert, html_of, print_html_of, text

HEARING = """HEARING BEFORE THE COMMITTEE ON RURAL TRANSIT

The CHAIRMAN. The committee will come to order. Mr. Brandt, you may begin.

Mr. BRANDT. Thank you, Mr. Chairman. Our buses reach forty villages.

Senator VOSS. How many of them run on weekends?

Mr. BRANDT. Eleven, Senator.
"""

INTERVIEW = """Interview with Eleanor Marsh
Interviewer: James Holt
Date: 7 March 1999

HOLT: Where did you grow up?

MARSH: In Hull, by the docks.
"""


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("review7")


@pytest.fixture(scope="module")
def hearing(folder):
    return convert(folder, "hearing.txt", HEARING)


@pytest.fixture(scope="module")
def interview(folder):
    return convert(folder, "marsh.txt", INTERVIEW)


def _ld(page) -> dict:
    return json.loads(page.xpath("string(//script[@type = 'application/ld+json'])"))


# ----- 1. a record that is no interview is not called one -----

def test_a_hearing_is_not_cited_as_an_interview(hearing):
    """The TEI states no genre; a hearing's speakers are participants, none its interviewer or interviewee. It was
    cited "“Hearing before the Committee on Rural Transit.” Interview. n.d."; now without the word, in every style."""
    root = etree.parse(str(hearing)).getroot()
    roles = {p.get("role") for p in root.iter("{http://www.tei-c.org/ns/1.0}person")}
    assert roles == {"participant"}
    assert not citation_data(hearing).interview
    assert cite(hearing) == "“Hearing before the Committee on Rural Transit.” n.d."
    for style in STYLES:
        assert "Interview" not in cite(hearing, style=style), style
    assert json.loads(cite(hearing, style="csl-json"))[0]["type"] == "document"
    page = html_of(hearing)
    assert text(page.xpath("//*[@id = 'ed-citation']")[0]) == cite(hearing)
    assert text(page.xpath("//*[@id = 'ed-cite']/p[@class = 'cite-hint']")[0]) == "Recommended citation:"
    assert "genre" not in _ld(page)
    paper = print_html_of(hearing)
    assert text(paper.xpath("//*[@id = 'ed-citation']")[0]) == cite(hearing)
    assert "interview" not in paper.xpath("string(//meta[@name = 'keywords']/@content)").split(", ")


def test_an_interview_is_still_cited_and_catalogued_as_one(interview):
    assert citation_data(interview).interview
    assert cite(interview) == "Marsh, Eleanor. “Interview with Eleanor Marsh.” Interview by James Holt, March 7, 1999."
    assert json.loads(cite(interview, style="csl-json"))[0]["type"] == "interview"
    page = html_of(interview)
    assert _ld(page)["genre"] == "interview"
    assert text(page.xpath("//*[@id = 'ed-cite']/p[@class = 'cite-hint']")[0]) == "Recommended citation of the interview:"
    assert print_html_of(interview).xpath("string(//meta[@name = 'keywords']/@content)").startswith("interview, ")


def test_the_catalogue_record_gives_the_genre_of_an_interview_only(hearing, interview):
    from tei_edition.metadata import record

    ns = {"mods": "http://www.loc.gov/mods/v3"}
    genres = [etree.fromstring(record(tei, "mods").encode()).xpath("mods:genre/text()", namespaces=ns)
              for tei in (hearing, interview)]
    assert genres == [[], ["interview"]]


def test_a_dated_hearing_is_cited_by_its_date_alone(folder):
    tei = convert(folder, "dated-hearing.txt", HEARING.replace("\n\n", "\n\nDate: 9 August 2023\n\n", 1))
    assert citation_data(tei).interview_dates == ("2023-08-09",)
    assert cite(tei) == "“Hearing before the Committee on Rural Transit.” August 9, 2023."
    assert cite(tei, style="apa") == "Hearing before the Committee on Rural Transit. (2023, August 9)."


# ----- 2. the PDF's subject: composed in Python, as the stylesheet on its own composes it -----

SUBJECTS = {
    "caps.txt": ("RIVERBEND ORAL HISTORY PROJECT: Interview with Edna Halvorsen\n\nINTERVIEWER: Paul Okafor\n"
                 "Date: June 3, 1998\n\nOKAFOR: Where were you born?\n\nHALVORSEN: On the farm.\n"),
    "both.txt": ("Interview with Harold and June Pickering\n\nConducted by Sam Whitfield, 3 October 2015\n\n"
                 "WHITFIELD: How did you meet?\n\nJUNE: At a dance.\n\nHAROLD: She trod on my foot.\n\n"
                 "WHITFIELD: When?\n\nJUNE: In 1958.\n\nHAROLD: In May.\n"),
    "qa.txt": "Q: How did it start?\n\nA: Slowly, in 1970.\n",
}


@pytest.mark.parametrize("name", sorted(SUBJECTS))
def test_the_pdf_subject_is_the_same_from_python_and_from_the_stylesheet_alone(folder, name, hearing, interview):
    """render.py passes tei_edition.cite.description as pdf-subject (with the build's citations too); the stylesheet
    run without render.py's citations composes the same itself (f:citation, its standalone fallback)."""
    for tei in (convert(folder, name, SUBJECTS[name]), hearing, interview):
        given = etree.HTML(render_html(tei, to="print").encode("utf-8"))
        alone = etree.HTML(render_html(tei, to="print", params={"cite-document": "", "pdf-subject": ""}).encode("utf-8"))
        subject = description(etree.parse(str(tei)).getroot())
        assert given.xpath("//meta[@name = 'description']/@content") == alone.xpath(
            "//meta[@name = 'description']/@content") == ([subject] if subject else [])


def test_the_pdf_carries_the_subject_composed_in_python(folder):
    from tei_edition.pdf import render_pdf

    tei = convert(folder, "caps.txt", SUBJECTS["caps.txt"])
    subject = description(etree.parse(str(tei)).getroot())
    assert subject == ("Edna Halvorsen, interviewed by Paul Okafor, “RIVERBEND ORAL HISTORY PROJECT: Interview with "
                       "Edna Halvorsen”.")
    assert pypdf.PdfReader(io.BytesIO(render_pdf(tei))).metadata.subject == subject
    # as the build renders it: with the citations it made from the tree at hand
    citations = edition_citations(etree.parse(str(tei)).getroot())
    assert pypdf.PdfReader(io.BytesIO(render_pdf(tei, params=citations))).metadata.subject == subject


# ----- 3. two sessions, as the TEI holds them (creation/date, one per session from the sidecar) -----

def test_two_sessions_are_cited_with_their_month_and_year_once(folder):
    source = folder / "sessions.txt"
    source.with_suffix(".toml").write_text('[interview]\ndates = ["2000-03-24", "2000-03-27"]\n', encoding="utf-8")
    tei = convert(folder, "sessions.txt", INTERVIEW.replace("Date: 7 March 1999\n", ""))
    assert citation_data(tei).interview_dates == ("2000-03-24", "2000-03-27")
    assert cite(tei) == "Marsh, Eleanor. “Interview with Eleanor Marsh.” Interview by James Holt, March 24 and 27, 2000."
    assert text(html_of(tei).xpath("//*[@id = 'ed-citation']")[0]) == cite(tei)


# ----- 4. the date of what is no interview is not headed "Interview" -----

def test_the_date_of_a_hearing_is_headed_date_and_that_of_an_interview_interview(folder, interview):
    """About and the print dateline headed a hearing's (or a debate's) day "Interview", as they head an interview's."""
    hearing = convert(folder, "dated-hearing.txt", HEARING.replace("\n\n", "\n\nDate: 9 August 2023\n\n", 1))
    for tei, term in ((hearing, "Date"), (interview, "Interview")):
        about = html_of(tei).xpath("//*[@id = 'ed-about']//dt[following-sibling::dd[1][contains(., '199') or contains(., '2023')]]")
        dateline = print_html_of(tei).xpath("//dl[@class = 'dateline']/dt[1]")
        assert [text(about[0]), text(dateline[0])] == [term, term]


# ----- 5. Korean breaks lines between words -----

KOREAN = """[인터뷰] 소설가 한지원 "기억은 늘 다시 쓰인다"

일시: 2023년 5월 3일
기자: 박서연

박서연: 새 소설은 어떻게 시작됐나요?

한지원: 어머니의 일기장에서 시작됐습니다.

박서연: 일기장에는 무엇이 적혀 있었나요?

한지원: 날씨와 장보기 목록, 그리고 가끔 한 줄의 슬픔이요. 어머니의 일기장에서 시작됐습니다. 일기장에는 무엇이 적혀 있었나요?
"""


@pytest.mark.browser
def test_korean_is_broken_between_words_on_a_phone(browser, folder):
    """Korean is written with spaces between words and broken there; a browser broke it between any two syllables,
    "가끔 한 줄의 슬 / 픔이요" on a phone."""
    from .test_editions_review2 import open_page

    tei = convert(folder, "korean.txt", KOREAN, language="ko")
    path = folder / "korean.html"
    path.write_text(render_html(tei), encoding="utf-8")
    context, page = open_page(browser, path, width=390)
    try:
        split = page.evaluate("""() => {
            const split = [];
            for (const p of document.querySelectorAll('.edition p')) {
                const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
                for (let node; (node = walker.nextNode());) {
                    for (const m of node.data.matchAll(/[\\uAC00-\\uD7AF]+/g)) {
                        const range = document.createRange();
                        range.setStart(node, m.index); range.setEnd(node, m.index + m[0].length);
                        const tops = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
                        if (tops.size > 1) split.push(m[0]);
                    }
                }
            }
            return split;
        }""")
    finally:
        context.close()
    assert split == []


# ----- 6. two dates in the collection's index and in About -----

def test_two_sessions_read_as_printed_in_about_and_the_collection_index(folder, interview):
    """"24 and 27 March 2000" (the converter's two dates, "24" and "27 March 2000") was shown "24 (24 March 2000) and
    27 March 2000": a day without letters was glossed as a date of an era of its own. And the index put a space before
    the comma between two dates ("March 24, 2000 , March 27, 2000")."""
    from .test_editions_review import collection_page

    tei_ns = "{http://www.tei-c.org/ns/1.0}"
    doc = etree.parse(str(interview))
    creation = doc.find(f".//{tei_ns}creation")
    creation.clear()
    first = etree.SubElement(creation, f"{tei_ns}date", when="2000-03-24")
    first.text, first.tail = "24", " and "
    etree.SubElement(creation, f"{tei_ns}date", when="2000-03-27").text = "27 March 2000"
    path = folder / "two-dates.xml"
    doc.write(str(path), encoding="utf-8")
    about = html_of(path).xpath("//*[@id = 'ed-about']//dt[. = 'Interview']/following-sibling::dd[1]")
    assert text(about[0]) == "24 and 27 March 2000"
    assert text(print_html_of(path).xpath("//dl[@class = 'dateline']/dd[1]")[0]) == "24 and 27 March 2000"
    page = etree.HTML(collection_page(folder, [path]).read_bytes())
    assert page.xpath("string(//td[@data-label = 'Interview date'])").strip() == "24 and 27 March 2000"


# ----- 7. a coach's title is a term of address -----

def test_a_coachs_title_is_no_part_of_the_cited_name():
    """"Coach Takeshi Moriyasu" (a press conference's interviewee) was filed "Moriyasu, Coach Takeshi" (APA:
    "Moriyasu, C. T."); "Coach" is a term of address, as "Colonel" is, and the records keep it as termsOfAddress."""
    from tei_edition.cite import CitationData, apa, chicago, split_name

    data = CitationData(document_id="d", title="Press conference", interviewees=("Coach Takeshi Moriyasu",))
    assert chicago(data).startswith("Moriyasu, Takeshi. “Press conference.”")
    assert apa(data).startswith("Moriyasu, T. (n.d.).")
    assert split_name("Coach") == ("Coach", "")  # a name of one word is a name


# ----- 8. an office with its article is no personal name -----

def test_an_office_named_with_its_article_is_not_inverted_in_the_records(hearing):
    """A hearing's "The CHAIRMAN" was catalogued "CHAIRMAN, The" (MODS given name "The"); it is filed whole, as a
    name of one word is, and tei_edition.cite splits it alike."""
    from tei_edition.cite import split_name
    from tei_edition.metadata import record

    ns = {"dc": "http://purl.org/dc/elements/1.1/", "mods": "http://www.loc.gov/mods/v3"}
    dc = etree.fromstring(record(hearing, "dc").encode())
    assert dc.xpath("dc:contributor/text()", namespaces=ns)[0] == "The CHAIRMAN (participant)"
    mods = etree.fromstring(record(hearing, "mods").encode())
    chair = mods.xpath("mods:name[mods:displayForm = 'The CHAIRMAN']", namespaces=ns)
    assert [part.get("type") for part in chair[0].iterfind("mods:namePart", ns)] == ["family"]
    assert split_name("The CHAIRMAN") == ("The CHAIRMAN", "") and split_name("Theodore Smith") == ("Smith", "Theodore")
