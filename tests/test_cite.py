"""Citations in every style from the teiHeader, parsed by real libraries; the DTS citation tree over the ids."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from tei_edition.cite import STYLES, citation_data, cite, edition_citations
from tei_edition.cli import app
from tei_edition.config import find_edition_config, load_edition_config
from tei_edition.convert import convert_file, write_conversion

from .conftest import SEED

DOC = "eir-2000-mizin"
PASSAGE = f"{DOC}-p12"


@pytest.fixture(scope="module")
def tei(tmp_path_factory) -> Path:
    return write_conversion(convert_file(SEED), tmp_path_factory.mktemp("cite"))


@pytest.fixture(scope="module")
def permalink() -> str:
    config = load_edition_config(find_edition_config(SEED))
    return config.permalink(DOC, PASSAGE)


def test_permalink_is_base_uri_document_and_fragment(tei, permalink):
    assert permalink == f"https://editions.example.org/interviews/{DOC}#{PASSAGE}"
    for style in STYLES:
        assert permalink in cite(tei, PASSAGE, style), style


@pytest.mark.parametrize("style", ["chicago", "apa", "mla"])
def test_prose_styles_name_people_title_and_paragraph(tei, style):
    text = cite(tei, PASSAGE, style)
    assert "Mizin" in text and "Pascali" in text and "Ivanov-Lavrov proposal for Kosovo" in text
    assert "Executive Intelligence Review" in text and "¶ 12" in text
    assert "[2000]" in text or style == "mla"  # an inferred year is bracketed where the style allows it


def test_chicago_exact(tei):
    assert cite(tei, PASSAGE, "chicago") == (
        "Mizin, Viktor. “The Ivanov-Lavrov proposal for Kosovo.” Interview by Umberto Pascali. Executive "
        "Intelligence Review, [2000]. Digital edition, tei-edition project. ¶ 12. "
        f"https://editions.example.org/interviews/{DOC}#{PASSAGE}."
    )


def test_bibtex_parses(tei, permalink):
    import bibtexparser

    library = bibtexparser.parse_string(cite(tei, PASSAGE, "bibtex"))
    assert not library.failed_blocks
    (entry,) = library.entries
    assert entry.entry_type == "misc" and entry.key == PASSAGE
    fields = {f.key: f.value for f in entry.fields}
    assert fields["author"] == "Mizin, Viktor" and fields["year"] == "2000"
    assert fields["url"] == permalink and "¶ 12" in fields["note"]
    # what a style that sets titles in sentence case must keep: the names (plain.bst gave "… for kosovo")
    assert fields["title"] == "The {Ivanov-Lavrov} proposal for {Kosovo}"


def test_bibtex_braces_only_the_words_a_style_would_lower_case():
    from tei_edition.cite import CitationData, bibtex

    def title(text: str) -> str:
        return re.search(r"^  title = \{(.*)\},?$", bibtex(CitationData(document_id="d", title=text)), re.M).group(1)

    assert title("Growing up in Bradford") == "Growing up in {Bradford}"
    assert title("UNMIK and the UN: 50% & more") == "{UNMIK} and the {UN}: 50\\% \\& more"
    # the braces hold the word, not the punctuation around it; a first word in brackets is braced like any other
    assert title("Television (CNN, BBC) and “Kosovo”") == "Television ({CNN}, {BBC}) and “{Kosovo}”"
    assert title("(CNN) on air") == "({CNN}) on air"
    assert title("Ёлки and Ärzte") == "Ёлки and {Ärzte}"  # (the first word's capital is the style's to keep)
    assert title("a quiet life") == "a quiet life"


def test_ris_parses(tei, permalink):
    import rispy

    (record,) = rispy.loads(cite(tei, PASSAGE, "ris"))
    assert record["type_of_reference"] == "ELEC"
    assert record["authors"] == ["Mizin, Viktor"] and record["secondary_authors"] == ["Pascali, Umberto"]
    assert record["urls"] == [permalink] and record["year"] == "2000"
    assert record["title"] == "The Ivanov-Lavrov proposal for Kosovo"


def test_csl_json_has_the_structure_processors_expect(tei, permalink):
    (item,) = json.loads(cite(tei, PASSAGE, "csl-json"))
    assert item["id"] == PASSAGE and item["type"] == "interview"
    assert item["title"] == "The Ivanov-Lavrov proposal for Kosovo"
    assert item["author"] == [{"family": "Mizin", "given": "Viktor"}]
    assert item["interviewer"] == [{"family": "Pascali", "given": "Umberto"}]
    assert item["issued"]["date-parts"] == [[2000]] and all(isinstance(x, int) for x in item["issued"]["date-parts"][0])
    assert item["URL"] == permalink and item["container-title"] == "Executive Intelligence Review"


def test_document_and_speech_citations(tei):
    assert cite(tei, None, "chicago").endswith(f"https://editions.example.org/interviews/{DOC}.")
    assert "¶¶ 5–6" in cite(tei, f"{DOC}-sp2", "chicago")


def test_params_for_html_and_pdf_fill_in_to_the_same_citation(tei):
    assert citation_data(tei).document_uri == f"https://editions.example.org/interviews/{DOC}"
    root = etree.parse(str(tei)).getroot()
    for style in STYLES:
        params = edition_citations(root, style)
        filled = params["cite-passage"].replace("{id}", PASSAGE).replace("{n}", "12")
        assert filled == cite(tei, PASSAGE, style), style
        assert params["cite-document"] == cite(tei, None, style)


def test_cli_cite_and_resolve(tei):
    runner = CliRunner()
    result = runner.invoke(app, ["cite", str(tei), PASSAGE, "--style", "bibtex"])
    assert result.exit_code == 0 and result.stdout.startswith(f"@misc{{{PASSAGE},")
    result = runner.invoke(app, ["cite", str(tei), "no-such-id"])
    assert result.exit_code == 1 and len(result.stderr.strip().splitlines()) == 1
    result = runner.invoke(app, ["resolve", f"https://editions.example.org/interviews/{DOC}#{PASSAGE}", "--in", str(tei.parent)])
    assert result.exit_code == 0
    assert f"{DOC}#{PASSAGE}" in result.stdout and "¶ 12" in result.stdout and "Speaking about Europe" in result.stdout
    for command in ("cite", "resolve"):
        assert "Example:" in runner.invoke(app, [command, "--help"]).stdout


def test_dts_citation_tree_lists_speeches_and_paragraphs(tei):
    from dapytains.tei.document import Document
    from lxml import etree

    document = Document(str(tei))
    top = document.get_reffs()
    assert [u.ref for u in top][:2] == [f"{DOC}-headnote", f"{DOC}-sp1"]
    assert len(top) == 19 and {u.citeType for u in top} == {"speech"}
    paragraphs = [c.ref for u in top for c in u.children]
    assert len(paragraphs) == 25 and all(r.rsplit("/", 1)[-1].startswith(f"{DOC}-p") for r in paragraphs)
    ref = next(r for r in paragraphs if r.endswith("/" + PASSAGE))
    element = document.get_passage(ref)
    text = " ".join("".join(element.itertext()).split())
    assert f'xml:id="{PASSAGE}"' in etree.tostring(element, encoding="unicode")
    assert "Speaking about Europe" in text and "Sometimes the position" not in text


def test_html_and_pdf_cite_exactly_what_the_cite_command_prints(tmp_path):
    """One source of citations: the page's "Cite this", each paragraph's citation and the PDF colophon."""
    import html5lib
    from pypdf import PdfReader

    from tei_edition.convert import convert_file, write_conversion
    from tei_edition.pdf import render_pdf
    from tei_edition.render import render_html

    seed = Path(__file__).resolve().parent.parent / "seeds" / "eir-2000-mizin.txt"
    tei = write_conversion(convert_file(seed), tmp_path)
    page = html5lib.parse(render_html(tei), namespaceHTMLElements=False)
    assert "".join(page.find(".//p[@id='ed-citation']").itertext()) == cite(tei, None, "chicago")
    for paragraph_id in ("eir-2000-mizin-p1", "eir-2000-mizin-p12"):
        box = page.find(f".//div[@id='{paragraph_id}']/details") or page.find(f".//p[@id='{paragraph_id}']/../details")
        assert box is not None, paragraph_id
        text = "".join(box.itertext()).removeprefix("cite")
        assert text == cite(tei, paragraph_id, "chicago")
    pdf_text = " ".join(page.extract_text() for page in PdfReader(__import__("io").BytesIO(render_pdf(tei))).pages)
    # compared without white space: the PDF breaks the line inside the URL
    assert "".join(cite(tei, None, "chicago").split()) in "".join(pdf_text.split())


def test_dts_citation_tree_reaches_the_paragraphs_after_the_turns(tmp_path):
    """Endnotes and an editor's closing line (div[@type='notes'], div[@type='editorial'], after the turns) are cited
    at the speech level too: every paragraph of the text has a DTS ref."""
    from dapytains.tei.document import Document
    from lxml import etree

    from tei_edition.convert import convert_file, write_conversion

    source = tmp_path / "calder.txt"
    source.write_text(
        "Ruth Calder was interviewed by Tom Hale in Dundee on 4 May 2011.\n\n"
        "HALE: Where did you grow up?\n\nCALDER: In Lochee, near the mills.[1]\n\n"
        "HALE: And your father?\n\nCALDER: He was at sea.[2]\n\n"
        "NOTES\n\n1. Lochee is a district of Dundee.\n\n2. He served with the Ben Line.\n", encoding="utf-8")
    tei = write_conversion(convert_file(source), tmp_path / "out")
    root = etree.parse(str(tei)).getroot()
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert root.xpath("//t:body/t:div[@type='notes']/t:p", namespaces=ns)  # the shape this test is about
    ids = root.xpath("//t:text//t:p/@xml:id", namespaces=ns)
    document = Document(str(tei))
    refs = [child.ref.rsplit("/", 1)[-1] for unit in document.get_reffs() for child in unit.children]
    assert sorted(refs) == sorted(ids)


def test_a_transcript_that_names_nobody_is_cited_without_stand_ins_as_names(tmp_path):
    """'Q:'/'A:' with no names anywhere: the converter marks the stand-ins (persName[@type='unnamed']) and every
    citation style leaves them out; no author 'A', no 'Interview by Q'."""
    source = tmp_path / "qa.txt"
    source.write_text("Q: How did it start?\n\nA: Slowly, in 1970.\n\nQ: And then?\n\nA: It grew.\n", encoding="utf-8")
    tei = write_conversion(convert_file(source), tmp_path / "out")
    assert cite(tei, style="chicago") == "“qa.” Interview. n.d."  # no edition.toml: no publisher to cite
    for style in STYLES:
        text = cite(tei, style=style)
        assert "Interview by Q" not in text and "A." not in text.split("“")[0], (style, text)
    [item] = json.loads(cite(tei, style="csl-json"))
    assert "author" not in item and "interviewer" not in item


def test_an_unpublished_interview_is_dated_by_the_interview_not_nd(tmp_path):
    """Without a source publication or its year, a dated interview (creation/date) is cited by its date, as Chicago
    and APA cite an unpublished interview, not as "n.d."; the page's "Cite this" says the same."""
    from tei_edition.render import render_html

    source = tmp_path / "marsh.txt"
    source.write_text("Interview with Eleanor Marsh\nInterviewer: James Holt\nDate: 7 March 1999\n\n"
                      "HOLT: Where did you grow up?\n\nMARSH: In Hull, by the docks.\n", encoding="utf-8")
    tei = write_conversion(convert_file(source), tmp_path)
    assert etree.parse(str(tei)).xpath("//*[local-name() = 'creation']/*/@when") == ["1999-03-07"]
    chicago = cite(tei, None, "chicago")
    assert "Interview by James Holt, March 7, 1999." in chicago and "n.d." not in chicago
    assert cite(tei, None, "apa").startswith("Marsh, E. (1999, March 7). ")
    page = etree.HTML(render_html(tei).encode("utf-8"))
    assert "James Holt, March 7, 1999." in page.xpath("string(//p[@id = 'ed-citation'])")
    # two sessions: both dates, what they share said once ("March 24 and 27, 2000"); more sessions: the first and last
    data = citation_data(tei)
    from dataclasses import replace

    from tei_edition.cite import chicago as chicago_style
    from tei_edition.cite import mla as mla_style
    # MLA 9 writes day, month and year, the month abbreviated but for May, June and July ("Sept.")
    for dates, said, mla_said in [
            (("2000-03-24", "2000-03-27"), "March 24 and 27, 2000", "24 and 27 Mar. 2000"),
            (("2000-03-24", "2000-04-02"), "March 24 and April 2, 2000", "24 Mar. and 2 Apr. 2000"),
            (("1999-12-30", "2000-01-02"), "December 30, 1999 and January 2, 2000", "30 Dec. 1999 and 2 Jan. 2000"),
            (("2000-03", "2000-04"), "March and April 2000", "Mar. and Apr. 2000"),
            (("2000-03-24", "2000-03-27", "2000-04-02"), "March 24–April 2, 2000", "24 Mar.–2 Apr. 2000"),
            (("2000-03-24", "2000-03-25", "2000-03-27"), "March 24–27, 2000", "24–27 Mar. 2000"),
            (("2000-03", "2000-03-27"), "March 2000 and March 27, 2000", "Mar. 2000 and 27 Mar. 2000"),  # in full
            (("2000-09-04", "2000-09-04"), "September 4, 2000", "4 Sept. 2000"),
            (("2000-06-01", "2000-07-02"), "June 1 and July 2, 2000", "1 June and 2 July 2000")]:
        assert f"Interview by James Holt, {said}." in chicago_style(replace(data, interview_dates=dates)), dates
        assert f"Interview by James Holt, {mla_said}." in mla_style(replace(data, interview_dates=dates)), dates
    # undated: n.d. as before
    assert "Interview by James Holt. n.d." in chicago_style(replace(data, interview_dates=()))


def test_a_name_in_cjk_script_is_cited_family_name_first_as_written():
    """"山田 花子" is Yamada (family) Hanako: a bibliography files it as written, not "花子, 山田"; BibTeX, RIS and
    CSL-JSON get 山田 as the family name. A Latin-script name keeps its last word as the family name."""
    from tei_edition.cite import CitationData, apa, bibtex, chicago, csl_item, mla, ris

    data = CitationData(document_id="d", title="戦後の記憶", interviewees=("山田 花子",), interviewers=("김 민수",),
                        interview_dates=("1999-03-07",))
    assert chicago(data).startswith("山田 花子. “戦後の記憶.” Interview by 김 민수, March 7, 1999.")
    assert mla(data).startswith("山田 花子. “戦後の記憶.”")
    # APA's author element ends with a full stop, which a name without initials has not ("Stats NZ. (2019).")
    assert apa(data).startswith("山田 花子. (1999, March 7). 戦後の記憶 [Interview by 김 민수].")
    assert "author = {山田, 花子}" in bibtex(data)
    assert "AU  - 山田, 花子" in ris(data) and "A2  - 김, 민수" in ris(data)
    item = csl_item(data)
    assert item["author"] == [{"family": "山田", "given": "花子"}]
    assert item["interviewer"] == [{"family": "김", "given": "민수"}]
    latin = CitationData(document_id="d", title="T", interviewees=("Anna Maria Weber",), interviewers=("Jo Kim",))
    assert chicago(latin).startswith("Weber, Anna Maria. “T.” Interview by Jo Kim.")
    assert apa(latin).startswith("Weber, A. M. (n.d.). T [Interview by J. Kim].")


@pytest.mark.parametrize(("title", "quoted"), [
    ("„Wir haben zu lange gewartet“", "“‘Wir haben zu lange gewartet.’”"),       # a title that is a quotation
    ("“We waited too long”", "“‘We waited too long.’”"),
    ("Why “never again” failed", "“Why ‘never again’ failed.”"),                  # quoted words inside
    ('The "Kosovo proposal" and after', "“The ‘Kosovo proposal’ and after.”"),   # straight quotes, by position
    ('"Is it over?"', "“‘Is it over?’”"),                                        # its own question mark, no stop
    ("It’s over", "“It’s over.”"),                                               # an apostrophe is no quotation
    ("The Workers’", "“The Workers’.”"),
    ("Plain title", "“Plain title.”"),
])
def test_a_titles_own_quotation_marks_become_single_inside_the_citations(title, quoted):
    """Chicago and MLA put a title in double quotation marks; its own become single ones (not a second pair of
    doubles, “„…“.”), and the full stop goes inside both."""
    from tei_edition.cite import CitationData, chicago, mla

    data = CitationData(document_id="d", title=title, interviewees=("Anna Weber",))
    assert chicago(data).startswith(f"Weber, Anna. {quoted} Interview.")
    assert mla(data).startswith(f"Weber, Anna. {quoted} Interview.")


def test_the_page_offers_the_reference_as_bibtex_and_ris(tei):
    """A reference manager imports BibTeX or RIS: the page offers both for download, as `tei-edition cite` gives
    them, in data: links (the page loads nothing); on a page rendered for other permalinks (base-uri), with those."""
    from urllib.parse import unquote

    from tei_edition.render import render_html

    page = etree.HTML(render_html(tei).encode("utf-8"))
    links = page.xpath("//section[@id='ed-cite']//p[@class='cite-export']/a")
    assert [(a.text, a.get("download")) for a in links] == [("BibTeX", f"{DOC}.bib"), ("RIS", f"{DOC}.ris")]
    for link, style in zip(links, ("bibtex", "ris")):
        media, _, data = link.get("href").partition(",")
        assert media == f"data:{link.get('type')};charset=utf-8"
        assert unquote(data) == cite(tei, None, style)
    other = etree.HTML(render_html(tei, params={"base-uri": "https://elsewhere.example/"}).encode("utf-8"))
    bibtex = unquote(other.xpath("//p[@class='cite-export']/a[1]/@href")[0].partition(",")[2])
    assert f"url = {{https://elsewhere.example/{DOC}}}" in bibtex


def test_a_gaelic_surname_prefix_is_filed_with_the_surname():
    """"Máire Ní Bhriain" is filed "Ní Bhriain, Máire" (as Irish names are), not "Bhriain, Máire Ní"; a prefix-like
    word elsewhere, or a two-word name, is no prefix."""
    from tei_edition.cite import CitationData, apa, bibtex, chicago, split_name

    assert split_name("Máire Ní Bhriain") == ("Ní Bhriain", "Máire")
    assert split_name("Seán Ó Ríordáin") == ("Ó Ríordáin", "Seán")
    assert split_name("Mac Smith") == ("Smith", "Mac") and split_name("Anna Maria Weber") == ("Weber", "Anna Maria")
    data = CitationData(document_id="d", title="T", interviewees=("Máire Ní Bhriain",))
    assert chicago(data).startswith("Ní Bhriain, Máire. “T.”")
    assert apa(data).startswith("Ní Bhriain, M. (n.d.).")
    assert "author = {Ní Bhriain, Máire}" in bibtex(data)
