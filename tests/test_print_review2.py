"""The second print review: the collection index says what each edition's date is (an interview's, or the date of a
focus group, a hearing, a sitting). Each test converts small transcripts with the real converter."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from lxml import etree

from tei_edition.render import render_html

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


def convert(folder: Path, name: str, text: str) -> Path:
    """The transcript ``name`` converted by the real converter, written as TEI into ``folder``."""
    from tei_edition.convert import convert_file, write_conversion

    source = folder / name
    source.write_text(text, encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return write_conversion(convert_file(source), folder)


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


def date_heading(page) -> str:
    return page.xpath("string(//table[@class = 'editions']/thead/tr/th[3])")


def row_labels(page) -> dict[str, str]:
    """Each edition's date cell's label (shown where a phone stacks the cells), by document id."""
    return {row.get("id").removeprefix("edition-"): row.xpath("string(td[3]/@data-label)")
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
    assert " ".join(row.xpath("string(td[3])").split()) == "4 May 2021"


def test_a_collection_naming_no_interviewee_says_it_is_ordered_by_title(folder, kinds):
    """A collection of hearings and focus groups was said to be ordered "by interviewee, surname first", and "those
    naming no interviewee follow", which were all of them."""
    page = index_page(folder, [kinds["focus-group"], kinds["hearing"]])
    assert date_heading(page) == "Date"
    assert page.xpath("string(//h2[@id = 'editions-heading']/following-sibling::p[1])") == "By title, then by date."
    mixed = index_page(folder, [kinds["interview"], kinds["hearing"]])
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
