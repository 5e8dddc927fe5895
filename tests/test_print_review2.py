"""The second print review: the collection index says what each edition's date is (an interview's, or the date of a
focus group, a hearing, a sitting), and the print edition sets a short interview's back matter (index of names,
colophon) below its text where it fits, rather than on a sheet of its own. Each test converts small transcripts with
the real converter; the PDF is read by pypdf and by pdftotext (where each word stands)."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pypdf
import pytest
from lxml import etree

from tei_edition.render import render_html

from .conftest import SEEDS
from .test_editions_review import convert

INTERVIEW = "Interview with Ruth Adams\nDate: 1999-03-01\n\nINTERVIEWER: Where were you then?\n\nADAMS: At home.\n"
# an interviewee the source does not name: still an interview
UNNAMED = "Harvest songs\nDate: 2002-09-09\n\nQ: Where?\n\nA: Home.\n"
# a moderator and respondents: nobody is interviewed
FOCUS_GROUP = ("PROJECT LANTERN - FOCUS GROUP 2\nLocation: York\nDate: 4 May 2021\nModerator: Helen Marsh\n\n"
               "M: Who wants to go first?\n\nF1: I will.\n\nM1: So will I.\n\nM: And the bus?\n\nF1: Late.\n")
# speakers in no interview's role
HEARING = ("HEARING BEFORE THE COMMITTEE ON RIVER FERRIES\nDate: 12 March 2019\n\n"
           "The CHAIRMAN: The committee will come to order.\n\nMr. BRANDT: Our ferries cross the river hourly.\n\n"
           "Senator VOSS: Not on Sundays.\n\nThe CHAIRMAN: The hearing is adjourned.\n")


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("print-review2")


@pytest.fixture(scope="module")
def kinds(folder) -> dict[str, Path]:
    return {name: convert(folder, f"{name}.txt", text) for name, text in
            (("interview", INTERVIEW), ("unnamed", UNNAMED), ("focus-group", FOCUS_GROUP), ("hearing", HEARING))}


def index_page(folder: Path, sources: list[Path], drop: str | None = None):
    """The collection's index page of ``sources`` as a build writes it (without ``drop`` in the summaries: a summary
    an earlier build kept in its manifest)."""
    from tei_edition.collection import summarize, write_collection_index

    documents = {}
    for source in sources:
        summary = summarize(etree.parse(str(source)).getroot())
        summary.pop(drop, None)
        documents[source.stem] = {"document_id": source.stem, "summary": summary,
                                  "outputs": {f"{source.stem}.html": "", f"{source.stem}.xml": ""}}
    out = folder / f"collection-{len(list(folder.glob('collection-*')))}"
    out.mkdir()
    return etree.HTML(write_collection_index(out, documents, "Interviews", "en", ()).read_bytes())


DATE_CELL = "td[@data-label = 'Interview date' or @data-label = 'Date']"


def columns(page) -> list[str]:
    return page.xpath("//table[@class = 'editions']/thead/tr/th/text()")


def date_heading(page) -> str:
    return page.xpath("string(//table[@class = 'editions']/thead/tr/th[. = 'Interview date' or . = 'Date'])")


def row_labels(page) -> dict[str, str]:
    """Each edition's date cell's label (shown where a phone stacks the cells), by document id."""
    return {row.get("id").removeprefix("edition-"): row.xpath(f"string({DATE_CELL}/@data-label)")
            for row in page.xpath("//table[@class = 'editions']/tbody/tr")}


def about_term(tei: Path) -> str:
    """What the edition's own About calls its date ("Interview", "Date and place", "Date")."""
    page = etree.HTML(render_html(tei).encode("utf-8"))
    return page.xpath("string((//*[@id = 'ed-about']//dt[. = 'Interview' or . = 'Date and place' or . = 'Date'])[1])")


# ----- 1. the collection index: what each date is -----

def test_a_collection_of_interviews_heads_its_dates_interview_date(folder, kinds):
    """Interviews alone, one of them with an interviewee the source does not name ("Q:", "A:"): interview dates."""
    page = index_page(folder, [kinds["interview"], kinds["unnamed"]])
    assert date_heading(page) == "Interview date"
    assert row_labels(page) == {"interview": "Interview date", "unnamed": "Interview date"}


def test_a_collection_of_several_kinds_heads_the_column_date_and_labels_each_row_as_its_edition_does(folder, kinds):
    """The column was headed "Interview date" over a focus group's and a hearing's dates. Mixed, it is headed "Date",
    which fits every row, and each row's label says what its date is, as the edition's About does."""
    page = index_page(folder, list(kinds.values()))
    assert date_heading(page) == "Date"
    labels = row_labels(page)
    assert labels == {"interview": "Interview date", "unnamed": "Interview date", "focus-group": "Date", "hearing": "Date"}
    for name, tei in kinds.items():
        assert (about_term(tei) == "Interview") == (labels[name] == "Interview date"), name
    # the dates themselves are shown as before
    row = page.xpath("//tr[@id = 'edition-focus-group']")[0]
    assert " ".join(row.xpath(f"string({DATE_CELL})").split()) == "4 May 2021"


def test_a_collection_naming_no_interviewee_says_it_is_ordered_by_title(folder, kinds):
    """A collection of hearings and focus groups was said to be ordered "by interviewee, surname first", and "those
    naming no interviewee follow", which were all of them."""
    page = index_page(folder, [kinds["focus-group"], kinds["hearing"]])
    assert date_heading(page) == "Date"
    # and has no column of empty interviewee cells, on a wide screen or stacked on a phone
    assert columns(page) == ["Title", "Date", "Formats"] and not page.xpath("//td[@data-label = 'Interviewee']")
    assert page.xpath("string(//h2[@id = 'editions-heading']/following-sibling::p[1])") == "By title, then by date."
    mixed = index_page(folder, [kinds["interview"], kinds["hearing"]])
    assert columns(mixed) == ["Title", "Interviewee", "Date", "Formats"]
    assert mixed.xpath("string(//h2[@id = 'editions-heading']/following-sibling::p[1])") == (
        "By interviewee, surname first, then by the date of the interview; those naming no interviewee follow, by title.")
    named = index_page(folder, [kinds["interview"]])
    assert named.xpath("string(//h2[@id = 'editions-heading']/following-sibling::p[1])") == (
        "By interviewee, surname first, then by the date of the interview.")


def test_a_summary_kept_from_an_earlier_build_is_an_interview_where_it_names_an_interviewee(folder, kinds):
    """A manifest written before the summaries said whether somebody is interviewed: a named interviewee says so."""
    page = index_page(folder, [kinds["interview"], kinds["focus-group"]], drop="interviewed")
    assert row_labels(page) == {"interview": "Interview date", "focus-group": "Date"}
    assert date_heading(page) == "Date"


# ----- 2. the print edition: a short interview's back matter below its text -----

def interview_of(turns: int) -> str:
    """An interview of ``turns`` questions and answers mentioning a place of the seed's register, then a last turn."""
    pairs = (f"INTERVIEWER: What did you see in Belgrade in {1990 + i}?\n\n"
             f"MARSH: The river, the bridges and the old town. We walked there every evening in {1990 + i}.\n\n"
             for i in range(turns))
    return "Interview with Helen Marsh\nDate: 2001-05-02\n\n" + "".join(pairs) + "INTERVIEWER: Thank you, goodbye.\n"


@pytest.fixture(scope="module")
def corpus(folder) -> Path:
    """A folder with the seed's corpus config and register, so that the interviews have an index of names."""
    out = folder / "corpus"
    out.mkdir()
    for name in ("edition.toml", "register.xml"):
        shutil.copy(SEEDS / name, out / name)
    return out


@pytest.fixture(scope="module")
def epoch():
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", "1700000000")
        yield


@pytest.fixture(scope="module")
def lengths(corpus, epoch) -> dict[int, tuple[Path, bytes]]:
    """Interviews of a few lengths, from one that ends high on its first page to one of three pages: the text's
    last page leaves room for the back matter in some, not in others."""
    from tei_edition.pdf import render_pdf

    out = {}
    for turns in range(1, 20, 3):
        tei = convert(corpus, f"marsh-{turns}.txt", interview_of(turns))
        out[turns] = tei, render_pdf(tei)
    return out


def words_by_page(pdf: bytes, where: Path) -> list[list[tuple[str, float, float]]]:
    """Each page's words, with the top and bottom of each (points from the page's top), by pdftotext."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    where.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-bbox", str(where), "-"], capture_output=True, check=True).stdout
    doc = etree.fromstring(out.replace(b"<!DOCTYPE", b"<!-- ").replace(b'.dtd">', b'.dtd" -->'))
    return [[(w.text, float(w.get("yMin")), float(w.get("yMax"))) for w in page.iter("{*}word")]
            for page in doc.iter("{*}page")]


# A4: 297 mm; print.css's page margins: 22 mm at the top (the running heads above), 24 mm at the foot (the number)
MM = 72 / 25.4
CONTENT_TOP, CONTENT_BOTTOM = 22 * MM, (297 - 24) * MM


def test_the_back_matter_follows_the_text_on_its_last_page_where_it_fits_else_starts_a_page(lengths, folder):
    """A short interview's index and colophon had a page of their own: one whose text ran a turn onto its second
    page was printed on three sheets. Where the whole back matter fits below the text's last lines it is set there;
    else it starts a page, as before (the index is never split between the text's last page and the next). Either
    way nothing is set below the page's foot, and the page numbers are the text's."""
    outcomes = set()
    for turns, (tei, pdf) in lengths.items():
        pages = words_by_page(pdf, folder / f"marsh-{turns}.pdf")
        last = max(i for i, words in enumerate(pages) if any(w == "goodbye." for w, *_ in words))
        index = next(i for i, words in enumerate(pages) if any(w == "INDEX" for w, *_ in words))
        colophon = next(i for i, words in enumerate(pages) if any(w == "COLOPHON" for w, *_ in words))
        for number, words in enumerate(pages, 1):
            body = [w for w in words if CONTENT_TOP < w[1]]
            # the page number under the text, and nothing else there
            assert [w for w, top, bottom in body if bottom > CONTENT_BOTTOM] == [str(number)], (turns, number)
        heading_top = next(top for w, top, _ in pages[index] if w == "INDEX")
        if index == last:
            goodbye_bottom = next(bottom for w, _, bottom in pages[last] if w == "goodbye.")
            assert heading_top > goodbye_bottom and colophon == last == len(pages) - 1, turns
        else:
            assert index == last + 1, turns
            # the index heads its page: nothing above it but the running heads
            assert heading_top == min(top for w, top, _ in pages[index] if top > CONTENT_TOP), turns
        outcomes.add(index == last)
    assert outcomes == {True, False}, "the lengths should give both a back matter below the text and one on a page"


def ends_with_the_text(reader) -> bool:
    """The PDF's last page holds the text's last turn (and so the back matter under it)."""
    return "goodbye" in reader.pages[-1].extract_text()


def test_a_back_matter_set_below_the_text_keeps_its_outline_destinations_and_page_references(lengths):
    """The back matter laid out on its own and moved below the text: its bookmarks lead to the page it is on, every
    passage keeps its destination, and the index's "(p. n)" are the pages the passages are on."""
    merged = [(tei, pdf) for tei, pdf in lengths.values() if ends_with_the_text(pypdf.PdfReader(io.BytesIO(pdf)))]
    assert merged
    for tei, pdf in merged:
        reader = pypdf.PdfReader(io.BytesIO(pdf))
        last = len(reader.pages) - 1
        outline = {item.title: reader.get_destination_page_number(item) for item in reader.outline
                   if not isinstance(item, list)}
        assert outline["Index"] == outline["Colophon"] == last
        destinations = reader.named_destinations
        ids = etree.parse(str(tei)).xpath("//*[local-name() = 'p'][@xml:id]/@xml:id")
        assert ids and all(i in destinations for i in ids)
        text = "".join(page.extract_text() for page in reader.pages)
        references = re.findall(r"¶\s?(\d+)\s?\(p\.\s?(\d+)\)", text[text.index("INDEX"):])
        assert references
        number_to_id = dict(zip(etree.parse(str(tei)).xpath("//*[local-name() = 'p'][@xml:id]/@n"), ids))
        for n, page in references:
            assert reader.get_destination_page_number(destinations[number_to_id[n]]) + 1 == int(page), (n, page)


def test_a_back_matter_below_the_text_is_pdfa_tagged_and_deterministic(lengths, folder):
    """The page that holds the text's end and the back matter is one page of a PDF/A, tagged as well, and typeset
    twice it is the same bytes."""
    from tei_edition.archival import check_pdf_a
    from tei_edition.pdf import render_pdf

    tei, pdf = lengths[1]   # the shortest: its text ends high on its only page
    assert len(pypdf.PdfReader(io.BytesIO(pdf)).pages) == 1
    assert render_pdf(tei) == pdf
    tagged = render_pdf(tei, tagged=True)
    path = folder / "tagged.pdf"
    path.write_bytes(tagged)
    assert check_pdf_a(path) == []
    reader = pypdf.PdfReader(io.BytesIO(tagged))
    assert len(reader.pages) == 1 and "/StructTreeRoot" in reader.trailer["/Root"]
    assert "COLOPHON" in reader.pages[0].extract_text()
