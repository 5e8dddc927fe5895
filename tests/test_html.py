"""Structural tests of the HTML reading edition (xslt/html.xsl via tei_edition.render)."""

from __future__ import annotations

import difflib
import json
import os
import re
import warnings
from pathlib import Path

import html5lib
import pytest
from lxml import etree

from tei_edition import TEI_NS, XML_NS
from tei_edition.errors import EditionError
from tei_edition.render import (
    HTML_PARAMS,
    XSLT_DIR,
    RenderError,
    RenderWarning,
    render_html,
    render_html_file,
)

DATA = Path(__file__).parent / "data"
SAMPLE = DATA / "sample-edition.xml"
GOLDEN = Path(__file__).parent / "golden" / "sample-edition.html"
NS = {"t": TEI_NS}
FIXED = {"generator": "tei-edition (test)"}
NAME_XPATH = "//t:text//*[self::t:persName or self::t:orgName or self::t:placeName][@ref]"


def parse_html(html: str):
    """Strict HTML5 parse (raises on any parse error) into an lxml tree without namespaces."""
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False,
                                 tree=html5lib.getTreeBuilder("lxml"))
    return parser.parse(html)


@pytest.fixture(scope="module")
def tei():
    return etree.parse(str(SAMPLE))


@pytest.fixture(scope="module")
def html() -> str:
    with warnings.catch_warnings():
        warnings.simplefilter("error", RenderWarning)  # the sample must render without a message
        return render_html(SAMPLE, params=FIXED)


@pytest.fixture(scope="module")
def page(html):
    return parse_html(html)


def ids_of(page) -> list[str]:
    return page.xpath("//@id")


# ----- well-formedness and ids -----

def test_html5_parses_strictly_without_errors(html):
    parser = html5lib.HTMLParser(strict=True)
    parser.parse(html)
    assert not parser.errors
    assert html.lower().startswith("<!doctype html>")  # html5 serialisation (case does not matter)


def test_html_ids_are_unique(page):
    ids = ids_of(page)
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})


def test_every_tei_id_in_text_is_an_html_id(tei, page):
    tei_ids = tei.xpath("//t:text//@xml:id", namespaces=NS)
    assert tei_ids
    missing = set(tei_ids) - set(ids_of(page))
    assert not missing


def test_every_sp_and_p_has_a_visible_permalink(tei, page):
    for element in tei.xpath("//t:text//t:p[@xml:id] | //t:body//t:sp[@xml:id]", namespaces=NS):
        ident = element.get(f"{{{XML_NS}}}id")
        links = page.xpath("//*[@id=$i]//a[@href=$h]", i=ident, h=f"#{ident}")
        assert links, f"no permalink inside #{ident}"
        assert "".join(links[0].itertext()).strip(), f"permalink of #{ident} has no visible text"


def test_every_internal_link_resolves(page):
    ids = set(ids_of(page))
    targets = [href[1:] for href in page.xpath("//a/@href") if href.startswith("#")]
    assert targets
    assert not [t for t in targets if t not in ids]
    for attr in ("aria-describedby", "aria-labelledby"):
        for value in page.xpath(f"//@{attr}"):
            assert set(value.split()) <= ids, f"{attr}={value!r} points nowhere"


def test_paragraph_numbers_in_margin(tei, page):
    for p in tei.xpath("//t:text//t:p[@n]", namespaces=NS):
        ident = p.get(f"{{{XML_NS}}}id")
        number = page.xpath("string(//p[@id=$i]/a[@class='pnum'])", i=ident)
        assert number == p.get("n")


# ----- speeches -----

def test_turns_show_speaker_and_role_as_text(tei, page):
    sps = tei.xpath("//t:body//t:sp", namespaces=NS)
    for sp in sps:
        ident = sp.get(f"{{{XML_NS}}}id")
        div = page.xpath("//div[@id=$i]", i=ident)[0]
        role = "interviewer" if sp.get("who") == "#spk-pascali" else "interviewee"
        assert f"sp-{role}" in div.get("class")
        label = "".join(div.xpath(".//p[@class='speaker']")[0].itertext())
        assert sp.findtext(f"{{{TEI_NS}}}speaker") in label
        assert role.capitalize() in label


# ----- names and indexes -----

def test_every_mention_links_to_its_entry_and_back(tei, page):
    names = [n for n in tei.xpath(NAME_XPATH, namespaces=NS)
             if not n.xpath("ancestor::t:titlePage | ancestor::t:head", namespaces=NS)]
    mentions = page.xpath("//a[contains(concat(' ', @class, ' '), ' name ')]")
    assert len(mentions) == len(names) > 0
    for name, mention in zip(names, mentions):
        ref = name.get("ref")[1:]
        assert mention.get("href") == f"#{ref}"
        assert "".join(mention.itertext()).strip() == " ".join("".join(name.itertext()).split())
        entry = page.xpath("//li[@id=$r]", r=ref)
        assert entry, f"no index entry #{ref}"
        # screen readers get the card's description from the entry's description in the index
        described = page.xpath("//*[@id=$d]", d=mention.get("aria-describedby"))
        assert described and described[0] in entry[0].iter(), f"aria-describedby of #{mention.get('id')}"
        assert entry[0].xpath(".//a[@href=$h]", h=f"#{mention.get('id')}"), \
            f"entry #{ref} does not link back to mention #{mention.get('id')}"


def test_mention_ids_follow_the_scope_pattern(page):
    for mention_id in page.xpath("//a[@class='name']/@id"):
        assert re.fullmatch(r"eir-2000-mizin-(p\d+|sp\d+)-m\d+", mention_id), mention_id


CARD_RULE = re.compile(r'a\.name\[href="#([^"]+)"\]\{--card:"((?:[^"\\]|\\.)*)"\}')


def card_texts(page) -> dict[str, str]:
    """Entry id → card text, from the per-entry rules a.name[href="#id"]{--card:"…"} in the page's <style>."""
    css = "".join(page.xpath("//style/text()"))
    unescape = lambda text: re.sub(r"\\([0-9a-fA-F]{1,6}) ?", lambda m: chr(int(m.group(1), 16)), text)
    return {unescape(ident): unescape(text) for ident, text in CARD_RULE.findall(css)}


def test_entries_have_description_authority_and_card(tei, page):
    cards = card_texts(page)
    mentioned = {href[1:] for href in page.xpath("//a[@class='name']/@href")}
    assert mentioned and mentioned <= set(cards), "every mentioned entry has a card"
    for entry in tei.xpath("//t:standOff//*[self::t:person or self::t:org or self::t:place]", namespaces=NS):
        ident = entry.get(f"{{{XML_NS}}}id")
        name = " ".join("".join(entry.xpath("(t:persName | t:orgName | t:placeName)[1]//text()", namespaces=NS)).split())
        description = " ".join(entry.findtext(f"{{{TEI_NS}}}note").split())
        li = page.xpath("//li[@id=$i]", i=ident)[0]
        assert description in "".join(li.itertext())
        assert page.xpath("string(//*[@id=$d])", d=f"ed-desc-{ident}") == description
        if ident in mentioned:
            assert cards[ident] == f"{name} — {description}"


def test_card_text_is_escaped_for_css():
    tei = SAMPLE.read_text(encoding="utf-8").replace(
        "Foreign Minister of Russia", 'Foreign "Minister\\ of&lt;/style> Russia', 1)
    assert 'Foreign "Minister' in tei
    page = parse_html(render_html(tei.encode("utf-8"), params=FIXED))
    assert card_texts(page)["igor-ivanov"] == 'Igor Ivanov — Foreign "Minister\\ of</style> Russia 1998–2004.'
    assert len(page.xpath("//style")) == 1


def test_inlined_css_script_and_json_ld_are_not_escaped():
    """<style> and <script> are not markup: what goes in them must reach the browser character for character
    (the page is written in the XML syntax of HTML5, whose serialiser would otherwise write "&gt;")."""
    xslt = Path(__file__).resolve().parent.parent / "xslt"
    tei = SAMPLE.read_text(encoding="utf-8").replace(">NATO<", ">AT&amp;T > NATO<", 1)
    html = render_html(tei.encode("utf-8"), params=FIXED)
    page = parse_html(html)
    css, js = (xslt / "css" / "edition.css").read_text(encoding="utf-8"), (xslt / "js" / "edition.js").read_text(encoding="utf-8")
    assert ">" in css and "&&" in js  # the files do use characters markup would escape
    assert page.xpath("string(//style)").startswith(css)
    assert page.xpath("string(//script[not(@type)])") == js
    ld = json.loads(page.xpath("string(//script[@type='application/ld+json'])"))
    assert "AT&T > NATO" in {entry["name"] for entry in ld["mentions"]}
    assert any(text.startswith("AT&T > NATO") for text in card_texts(page).values())


def test_authority_urls_are_built_correctly(page):
    urls = sorted(page.xpath("//a[@class='authority']/@href"))
    assert urls == sorted([
        "https://www.wikidata.org/wiki/Q7184", "https://www.wikidata.org/wiki/Q37470",
        "https://www.wikidata.org/wiki/Q1246", "https://www.wikidata.org/wiki/Q3711",
    ])


@pytest.mark.parametrize("value, kind, expected", [
    ("Q42", "wikidata", "https://www.wikidata.org/wiki/Q42"),
    ("https://www.wikidata.org/wiki/Q42", "wikidata", "https://www.wikidata.org/wiki/Q42"),
    ("https://https//d-nb.info/gnd/118540238", "GND", "https://d-nb.info/gnd/118540238"),
    ("118540238", "GND", "https://d-nb.info/gnd/118540238"),
    ("102333412", "VIAF", "https://viaf.org/viaf/102333412"),
])
def test_authority_url_variants(value, kind, expected):
    text = SAMPLE.read_text(encoding="utf-8").replace(
        '<idno type="wikidata">Q7184</idno>', f'<idno type="{kind}">{value}</idno>')
    page = parse_html(render_html(text.encode("utf-8"), params=FIXED))
    assert expected in page.xpath("//li[@id='nato']//a[@class='authority']/@href")


def test_an_entry_with_several_authority_records_links_each_in_the_index_and_the_json_ld():
    """Each idno with a URL is linked under its own label, in the register's order, and is one of the entry's sameAs;
    an idno the stylesheets cannot make a URL of (an unknown type, a bare value) is left out of both."""
    text = SAMPLE.read_text(encoding="utf-8").replace(
        '<idno type="wikidata">Q7184</idno>',
        '<idno type="wikidata">Q7184</idno><idno type="local">nato-1</idno><idno type="VIAF">102333412</idno>')
    page = parse_html(render_html(text.encode("utf-8"), params=FIXED))
    links = page.xpath("//li[@id='nato']//a[@class='authority']")
    assert [(a.get("href"), a.text) for a in links] == [
        ("https://www.wikidata.org/wiki/Q7184", "Wikidata Q7184"), ("https://viaf.org/viaf/102333412", "VIAF 102333412")]
    ld = json.loads(page.xpath("string(//script[@type='application/ld+json'])"))
    same_as = {entry["name"]: entry.get("sameAs") for entry in ld["mentions"]}
    assert same_as["NATO"] == ["https://www.wikidata.org/wiki/Q7184", "https://viaf.org/viaf/102333412"]
    # guard: an entry whose register gives no authority record has no sameAs at all
    assert None in same_as.values()


# ----- inline -----

def test_quotation_marks_restored_from_rend(page):
    text = "".join(page.xpath("//main")[0].itertext())
    assert "\u201cBrzezinski gang.\u201d" in text          # double-curly
    assert '"upon instructions"' in text                   # double-straight
    assert "[ethnic]" in text and ". . ." in text


def test_unhandled_element_is_reported_and_visible():
    text = SAMPLE.read_text(encoding="utf-8").replace(
        '<hi rend="italic">post factum</hi>', "<unclear>post factum</unclear>")
    with pytest.warns(RenderWarning, match=r"unclear.*p\[1\]\(#eir-2000-mizin-p11\)"):
        html = render_html(text.encode("utf-8"), params=FIXED)
    span = parse_html(html).xpath("//span[@class='unhandled']")
    assert span and span[0].get("data-tei") == "unclear" and span[0].text == "post factum"


# ----- metadata, citation -----

def meta(page, name: str) -> list[str]:
    return page.xpath("//head/meta[@name=$n]/@content", n=name)


def test_meta_tags_come_from_the_header(tei, page):
    uri = tei.xpath("string(//t:publicationStmt/t:idno[@type='URI'])", namespaces=NS)
    title = " ".join("".join(tei.xpath("//t:titlePart[@type='main']", namespaces=NS)[0].itertext()).split())
    assert meta(page, "citation_title") == [title]
    assert meta(page, "citation_author") == ["Viktor Mizin", "Umberto Pascali"]
    assert meta(page, "citation_publication_date") == ["2000"]
    assert meta(page, "citation_journal_title") == ["Executive Intelligence Review"]
    assert meta(page, "citation_language") == ["en"]
    assert meta(page, "citation_fulltext_html_url") == [uri]
    assert meta(page, "DC.title") == [title]
    assert meta(page, "DC.creator") == ["Viktor Mizin"]
    assert meta(page, "DC.contributor") == ["Umberto Pascali"]
    assert meta(page, "DC.identifier") == [uri]
    assert meta(page, "DC.date") == ["2000"]
    assert meta(page, "DC.rights")[0].startswith("Text © Executive Intelligence Review")
    assert page.xpath("//head/link[@rel='canonical']/@href") == [uri]
    assert page.xpath("/html/@lang") == ["en"]
    ld = json.loads(page.xpath("string(//script[@type='application/ld+json'])"))
    assert ld["@context"] == "https://schema.org" and ld["url"] == uri and ld["headline"] == title
    assert [a["name"] for a in ld["author"]] == ["Viktor Mizin"]
    assert {"name": "NATO", "@type": "Organization", "sameAs": ["https://www.wikidata.org/wiki/Q7184"]} in ld["mentions"]


def test_metadata_section(page):
    about = "".join(page.xpath("//section[@id='ed-about']")[0].itertext())
    for expected in ("Executive Intelligence Review", "March 24", "Umberto Pascali", "interviewer",
                     "CC BY 4.0", "Quotation marks removed", "Converted from eir-2000-mizin.txt",
                     "The year is inferred"):
        assert expected in about
    assert page.xpath("//section[@id='ed-about']//a[@href='eir-2000-mizin.xml']")
    assert not page.xpath("//a[contains(@href, '.pdf')]")


def test_citations_carry_permalinks(tei, page):
    uri = tei.xpath("string(//t:publicationStmt/t:idno[@type='URI'])", namespaces=NS)
    from tei_edition.cite import cite as citation

    edition = "".join(page.xpath("//*[@id='ed-citation']")[0].itertext())
    # the page cites exactly what `tei-edition cite` prints, permalink included
    assert edition == citation(SAMPLE, None, "chicago") and f"{uri}." in edition
    for p in tei.xpath("//t:text//t:p", namespaces=NS):
        ident = p.get(f"{{{XML_NS}}}id")
        cite = "".join(page.xpath("//p[@id=$i]/following-sibling::details[1]", i=ident)[0].itertext())
        assert cite.removeprefix("cite") == citation(SAMPLE, ident, "chicago")
        assert f"{uri}#{ident}" in cite and f"¶ {p.get('n')}" in cite


def test_params_base_uri_and_pdf():
    page = parse_html(render_html(SAMPLE, params={**FIXED, "base-uri": "https://x.example/ed",
                                                  "pdf-href": "eir-2000-mizin.pdf",
                                                  "tei-download-href": "tei/eir-2000-mizin.xml"}))
    assert meta(page, "DC.identifier") == ["https://x.example/ed/eir-2000-mizin"]
    assert meta(page, "citation_pdf_url") == ["https://x.example/ed/eir-2000-mizin.pdf"]
    assert page.xpath("//a[@href='eir-2000-mizin.pdf']")
    assert page.xpath("//a[@href='tei/eir-2000-mizin.xml']")
    assert "https://x.example/ed/eir-2000-mizin#eir-2000-mizin-p5" in "".join(page.getroot().itertext())


def test_params_file_matches_python():
    params = etree.parse(str(XSLT_DIR / "modules" / "params.xsl"))
    declared = params.xpath("/*/*[local-name()='param']/@name")
    assert sorted(declared) == sorted(HTML_PARAMS)
    # every parameter is documented by the comment just before it
    for param in params.xpath("/*/*[local-name()='param']"):
        assert isinstance(param.getprevious(), etree._Comment), param.get("name")


# ----- self-contained -----

def test_no_external_resources(page, html):
    for element in page.xpath("//*[@src]"):
        pytest.fail(f"<{element.tag} src=…> in a self-contained page")
    assert page.xpath("//link/@rel") == ["canonical"]          # no stylesheet, font or icon links
    for a in page.xpath("//a[starts-with(@href, 'http:') or starts-with(@href, 'https:') or starts-with(@href, '//')]"):
        assert a.get("class") in ("authority", "licence-link"), a.get("href")  # links, not loaded resources
    style = page.xpath("string(//style)")
    assert style and "@import" not in style and "url(" not in style and "@font-face" not in style
    assert page.xpath("//script[not(@type)]"), "the enhancement script is inlined"


def test_css_can_be_linked_instead():
    page = parse_html(render_html(SAMPLE, params={**FIXED, "css-inline": False, "js-inline": False}))
    assert page.xpath("//link[@rel='stylesheet']/@href") == ["edition.css"]
    # only the cards' texts stay inline: they belong to the document, not to the shared stylesheet
    assert page.xpath("//style/@id") == ["ed-cards"] and card_texts(page)
    assert not page.xpath("//script[not(@type)]")


# ----- files and errors -----

def test_render_html_file_writes_document_id(tmp_path):
    out = render_html_file(SAMPLE, tmp_path / "out", params=FIXED)
    assert out == tmp_path / "out" / "eir-2000-mizin.html"
    assert sorted(p.name for p in out.parent.iterdir()) == ["eir-2000-mizin.html"]  # no temp file left
    assert out.read_text(encoding="utf-8") == render_html(SAMPLE, params=FIXED)


def test_lxml_tree_input(tei):
    assert render_html(tei, params=FIXED) == render_html(SAMPLE, params=FIXED)


def test_same_file_rendered_twice_while_alive():
    # GUIDE §5: Saxon refuses a second document with the same document-uri; strings avoid it
    first = render_html(SAMPLE, params=FIXED)
    assert render_html(str(SAMPLE), params=FIXED) == first


@pytest.mark.parametrize("content, message", [
    (b"<TEI xmlns='http://www.tei-c.org/ns/1.0'>", "not well-formed"),
    (b"<html/>", "not a TEI document"),
])
def test_errors_are_edition_errors(content, message, tmp_path):
    path = tmp_path / "bad.xml"
    path.write_bytes(content)
    with pytest.raises(RenderError, match=message) as caught:
        render_html_file(path, tmp_path)
    assert isinstance(caught.value, EditionError)
    assert "\n" not in str(caught.value) and str(path) in str(caught.value)


def test_unknown_param_and_missing_file(tmp_path):
    with pytest.raises(RenderError, match="unknown stylesheet parameter 'base-url'"):
        render_html(SAMPLE, params={"base-url": "x"})
    with pytest.raises(RenderError, match="cannot read"):
        render_html_file(tmp_path / "missing.xml", tmp_path)


# ----- golden -----

def normalise(html: str) -> str:
    """The page as html5lib reads it, written back in one syntax (so that only content and structure count, not
    how the serialiser spells a void element or a character), one block element per line, generator and inlined
    CSS/JS removed (they have their own sources)."""
    from html5lib.serializer import serialize

    tree = html5lib.parse(html, namespaceHTMLElements=False)
    html = "<!DOCTYPE html>" + serialize(tree, tree="etree", omit_optional_tags=False, quote_attr_values="always",
                                         minimize_boolean_attributes=False, use_trailing_solidus=False)
    html = re.sub(r'<meta name="generator" content="[^"]*">', "", html)
    # the CSS file is left out; the cards' rules (one per entry, from the document) are kept, one per line
    html = re.sub(r"<style([^>]*)>(.*?)</style>",
                  lambda m: f"<style{m.group(1)}>" + "".join(f"\n{rule.group(0)}" for rule in CARD_RULE.finditer(m.group(2)))
                  + "</style>", html, flags=re.S)
    html = re.sub(r"<script>.*?</script>", "<script/>", html, flags=re.S)
    return re.sub(r"(?=<(?:div|p|section|li|meta|h\d|dt|dd|dl|details|header|footer|nav|ul|ol|article|main|"
                  r"link|script|style|title|body|head)\b)", "\n", html).strip() + "\n"


def test_golden(html):
    actual = normalise(html)
    if os.environ.get("UPDATE_GOLDEN") == "1" or not GOLDEN.exists():
        if not os.environ.get("UPDATE_GOLDEN"):
            pytest.fail(f"{GOLDEN} missing: run with UPDATE_GOLDEN=1 to create it")
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text("<!-- generated by tests/test_html.py (UPDATE_GOLDEN=1); do not edit -->\n" + actual,
                          encoding="utf-8")
        pytest.skip("golden file regenerated")
    expected = GOLDEN.read_text(encoding="utf-8").split("\n", 1)[1]
    if actual != expected:
        diff = "".join(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                            "golden", "actual", n=1))
        pytest.fail("HTML differs from tests/golden/sample-edition.html "
                    "(UPDATE_GOLDEN=1 to accept):\n" + diff[:4000])


def test_the_converted_seed_page_is_valid_and_nested_names_are_not_nested_links():
    """The real converter's output (names inside names: "Russian UN Mission"), not only the sample."""
    from tei_edition.convert import convert_file

    seed = Path(__file__).resolve().parent.parent / "seeds" / "eir-2000-mizin.txt"
    tei = convert_file(seed).tree
    html = render_html(tei, params=FIXED)
    page = parse_html(html)  # strict: a link inside a link would be a parse error
    assert not page.xpath("//a//a")
    nested = page.xpath("//span[contains(@class, 'nested')]")
    assert nested and all(span.xpath("ancestor::a[contains(@class, 'name')]") for span in nested)
    names = [n for n in tei.xpath(NAME_XPATH, namespaces=NS)
             if not n.xpath("ancestor::t:titlePage | ancestor::t:head", namespaces=NS)]
    mentions = page.xpath("//a[contains(concat(' ', @class, ' '), ' name ')] | //span[contains(@class, 'nested')]")
    assert len(mentions) == len(names)
    for mention in mentions:
        assert page.xpath("//li//a[@href=$h]", h=f"#{mention.get('id')}"), mention.get("id")


@pytest.mark.parametrize("to", ["html", "print"])
def test_every_element_the_schema_allows_has_a_template(to):
    """valid_full.xml uses every element of schema/: none may fall to the unhandled-element report."""
    full = Path(__file__).resolve().parent / "data" / "valid_full.xml"
    with warnings.catch_warnings():
        warnings.simplefilter("error", RenderWarning)
        html = render_html(full, params=FIXED, to=to)
    assert 'class="unhandled' not in html
    page = parse_html(html) if to == "html" else None
    if page is not None:
        assert page.xpath("//span[@class='gap']") and page.xpath("//em[@class='stage']")


@pytest.mark.parametrize("facts, years", [
    ('<birth when="1931-05-02"/><death when="2014-02-10"/>', "(1931–2014)"),
    ('<birth when="1950">Moscow</birth><death>living</death>', "(b. 1950)"),
    ('<death notBefore="1980" notAfter="1982"/>', "(d. 1980)"),
    ('<floruit from="1990" to="2010"/>', "(fl. 1990–2010)"),
    ('<floruit from="-0100" to="-0044"/>', "(fl. -0100–-0044)"),  # a year before the common era kept whole
    ("<nationality>Russian</nationality>", None),
])
@pytest.mark.parametrize("to", ["html", "print"])
def test_a_persons_years_from_the_register_follow_the_name_in_the_index(to, facts, years):
    full = Path(__file__).resolve().parent / "data" / "valid_full.xml"
    tree = etree.parse(str(full))
    person = tree.find(f".//{{{TEI_NS}}}standOff//{{{TEI_NS}}}person[@{{{XML_NS}}}id='viktor-mizin']")
    for fact in person.xpath("t:birth | t:death | t:floruit | t:nationality", namespaces={"t": TEI_NS}):
        person.remove(fact)
    for fact in reversed(etree.fromstring(f'<x xmlns="{TEI_NS}">{facts}</x>')):
        person.insert(2, fact)
    page = parse_html(render_html(etree.tostring(tree), params=FIXED, to=to))
    entry = page.xpath("//li[@id='viktor-mizin']")[0]
    head = " ".join("".join(entry.itertext()).split())
    assert (f"Mizin, Viktor {years}" in head) if years else ("Mizin, Viktor (" not in head)


def test_a_source_without_publication_or_date_has_no_stray_commas():
    """A transcript that names no publication and no date: its source is “Title”., not “Title”, ."""
    from tei_edition.convert import convert_file

    conversion = convert_file(Path(__file__).parent / "data" / "captions" / "notes.vtt")
    page = parse_html(render_html(conversion.tree))
    source = "".join(next(dd for dd in page.iter("dd") if dd.get("class") == "source").itertext())
    assert source.startswith("“Harbour memories”. ") and ", ." not in source


def test_a_paragraph_printed_in_italics_is_italic_in_both_editions():
    """p/@rend="italic" (a paragraph wholly in italics in the source) sets the paragraph in italics on screen and in
    print; the other paragraphs are untouched."""
    tree = etree.parse(str(SAMPLE))
    paragraphs = tree.findall(f".//{{{TEI_NS}}}text//{{{TEI_NS}}}p[@{{{XML_NS}}}id]")
    italic, plain = paragraphs[0], paragraphs[1]
    italic.set("rend", "italic")
    ids = italic.get(f"{{{XML_NS}}}id"), plain.get(f"{{{XML_NS}}}id")
    screen = parse_html(render_html(tree))
    assert by_id(screen, ids[0]).get("class") == "rend-italic"
    assert by_id(screen, ids[1]).get("class") is None
    printed = parse_html(render_html(tree, to="print"))
    assert by_id(printed, ids[0]).get("class").split() == ["para", "rend-italic"]
    assert by_id(printed, ids[1]).get("class") == "para"
    for css in ("edition.css", "print.css"):
        assert ".rend-italic { font-style: italic; }" in (Path(__file__).parent.parent / "xslt" / "css" / css).read_text()


def by_id(page, ident: str):
    return next(element for element in page.iter() if element.get("id") == ident)


def test_header_fields_kept_as_notes_on_the_source_are_shown_with_their_names(tmp_path):
    """'Transcriber: J. Pickles' (sourceDesc/bibl/note[@type='metadata'][@n='transcriber']) reads as such in the
    metadata section and the print colophon, not as a bare 'J. Pickles'."""
    from tei_edition.convert import convert_file

    source = tmp_path / "t.txt"
    source.write_text("Interviewee: Harold Sutcliffe\nInterviewer: Margaret Lund\nTranscriber: J. Pickles\n"
                      "Duration: 1 h 12 min\n\nLUND: Where were you born?\n\nSUTCLIFFE: Shipley.\n", encoding="utf-8")
    tree = convert_file(source).tree
    page = parse_html(render_html(tree))
    notes = [" ".join("".join(span.itertext()).split()) for span in page.iter("span") if span.get("class") == "bibl-note"]
    assert "Transcriber: J. Pickles." in notes and "Duration: 1 h 12 min." in notes
    printed = parse_html(render_html(tree, to="print"))
    colophon = " ".join("".join(next(s for s in printed.iter("section") if "colophon" in (s.get("class") or "")).itertext()).split())
    assert "Transcriber: J. Pickles. Duration: 1 h 12 min." in colophon


def test_a_markdown_image_kept_as_a_figure_note_reads_as_an_image_in_both_editions(tmp_path):
    """note[@type='figure'] holding '![alt](file)' as printed shows '[Image: alt (file)]', not the Markdown; a caption
    note (no image syntax) and an image without a description keep their words."""
    from tei_edition.convert import convert_file

    source = tmp_path / "q.md"
    source.write_text("**Ben Carver:** What do you remember?\n\n**Nadia Rahimi:** Being scared.\n\n"
                      "![Nadia Rahimi on stage in Glasgow, 2019](rahimi.jpg)\n*Photo: Jo Hale*\n\n"
                      "**Ben Carver:** And now?\n\n**Nadia Rahimi:** Better rooms.\n\n![](hall.png)\n\n"
                      "[![A poster](poster.png)](https://example.org/poster)\n", encoding="utf-8")
    tree = convert_file(source).tree
    for to in ("html", "print"):
        page = parse_html(render_html(tree, to=to))
        notes = [" ".join("".join(s.itertext()).split()) for s in page.iter("span") if s.get("class") == "note"]
        assert notes == ["[Image: Nadia Rahimi on stage in Glasgow, 2019 (rahimi.jpg)]", "[Photo: Jo Hale]",
                         "[Image (hall.png)]", "[Image: A poster (poster.png), linked to https://example.org/poster]"], to
        assert "https://example.org/poster" in [a.get("href") for a in page.iter("a")]


def test_a_participant_the_source_does_not_name_is_no_author_byline_or_creator(tmp_path):
    """persName[@type='unnamed'] (the converter's stand-in, "Q" or "unnamed interviewer") is listed among the
    participants as not named, and never given as a name: not in the byline, the citation_author, DC and JSON-LD
    authors, the print byline, the citations (tei_edition.cite) or the Dublin Core record."""
    from tei_edition.cite import cite
    from tei_edition.metadata import record

    tree = etree.parse(str(SAMPLE))
    interviewer = tree.find(f".//{{{TEI_NS}}}person[@role='interviewer']/{{{TEI_NS}}}persName")
    interviewer.set("type", "unnamed")
    interviewer.text = "Q"
    page = parse_html(render_html(tree, params=FIXED))
    people = next(span for span in page.iter("span") if span.get("class") == "byline-people")
    assert "".join(people.itertext()) == "Viktor Mizin"
    assert meta(page, "citation_author") == ["Viktor Mizin"] and meta(page, "DC.contributor") == []
    data = json.loads(next(s for s in page.iter("script") if s.get("type") == "application/ld+json").text)
    assert "contributor" not in data and [a["name"] for a in data["author"]] == ["Viktor Mizin"]
    people = ["".join(li.itertext()) for li in page.iter("li") if li.getparent().get("class") == "participants"]
    assert people[1].startswith("Q (not named in the source), interviewer")
    printed = parse_html(render_html(tree, to="print", params=FIXED))
    assert " ".join("".join(next(p for p in printed.iter("p") if p.get("class") == "byline").itertext()).split()) \
        == "Viktor Mizin"
    path = tmp_path / "doc.xml"
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    assert "Interview by" not in cite(path, style="chicago") and "Interview." in cite(path, style="chicago")
    interviewee = tree.find(f".//{{{TEI_NS}}}person[@role='interviewee']/{{{TEI_NS}}}persName")
    interviewee.set("type", "unnamed")
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    assert cite(path, style="chicago").startswith("“")
    page = parse_html(render_html(tree, params=FIXED))
    assert meta(page, "citation_author") == [] and meta(page, "DC.creator") == []
    dc = record(tree, "dc")
    assert "<dc:creator>" not in dc and "<dc:contributor>" not in dc


@pytest.mark.parametrize("lang, direction", [("ar", "rtl"), ("he", "rtl"), ("fa-IR", "rtl"), ("az-Arab", "rtl"),
                                             ("en", None), ("ku-Latn", None), ("de", None)])
def test_a_text_written_right_to_left_is_set_right_to_left_in_both_editions(lang, direction):
    """The article (title, headnote, turns) takes the direction of the document's language; the apparatus around it
    (navigation, indexes, metadata, the margin's numbers) stays left to right. A passage in a language of the other
    direction (foreign/@xml:lang) gets its own dir."""
    tree = etree.parse(str(SAMPLE))
    tree.getroot().set(f"{{{XML_NS}}}lang", lang)
    paragraph = tree.find(f".//{{{TEI_NS}}}body//{{{TEI_NS}}}p")
    foreign = etree.SubElement(paragraph, f"{{{TEI_NS}}}foreign")
    foreign.set(f"{{{XML_NS}}}lang", "en" if direction else "he")
    foreign.text = "shalom" if direction else "שלום"
    for to in ("html", "print"):
        page = parse_html(render_html(tree, to=to, params=FIXED))
        article = next(page.iter("article"))
        assert article.get("dir") == direction, to
        expected = ["rtl", "ltr"] if direction else ["rtl"]  # the article's and the foreign passage's
        # (an English title in a text set right to left is isolated in a <bdi dir="ltr">, and the English apparatus
        # inside the article, a turn's role and the byline, is left to right: neither counted here)
        assert [e.get("dir") for e in page.iter() if e.get("dir") and e.tag != "bdi"
                and e.get("class") not in ("speaker-role", "byline-people")] == expected, to
    css = {name: (Path(__file__).parent.parent / "xslt" / "css" / name).read_text() for name in ("edition.css", "print.css")}
    assert '[dir="rtl"] .pnum' in css["edition.css"] and '[dir="rtl"] .pnum' in css["print.css"]


def test_a_markdown_link_is_a_link_in_both_editions(tmp_path):
    """ref[@target] from a Markdown link ("[better rooms](https://example.org/rooms)") is an <a href> to the URL
    holding the link's text, in the HTML and the print edition."""
    from tei_edition.convert import convert_file

    source = tmp_path / "q.md"
    source.write_text("**Ben Carver:** What do you remember?\n\n**Nadia Rahimi:** Now I am scared in "
                      "[better rooms](https://example.org/rooms).\n", encoding="utf-8")
    tree = convert_file(source).tree
    for to in ("html", "print"):
        page = parse_html(render_html(tree, to=to, params=FIXED))
        links = [(a.get("href"), "".join(a.itertext())) for a in page.iter("a") if a.get("href") == "https://example.org/rooms"]
        assert links == [("https://example.org/rooms", "better rooms")], to


def test_a_remark_on_how_a_participant_speaks_is_listed_with_them(tmp_path):
    """"(through an interpreter)" is a note on the person (no affiliation): About this edition says it beside them."""
    from tei_edition.convert import convert_file

    source = tmp_path / "t.txt"
    source.write_text("Interviewee: Hamid Rahimi (through an interpreter)\nInterviewer: Laura Benson\nDate: 3 May 2019\n\n"
                      "BENSON: When did you leave Herat?\n\nRAHIMI: In 2001.\n\nBENSON: Why?\n\nRAHIMI: The war.\n",
                      encoding="utf-8")
    page = html5lib.parse(render_html(convert_file(source).to_bytes()), namespaceHTMLElements=False)
    items = ["".join(li.itertext()) for li in page.iterfind(".//ul[@class='participants']/li")]
    assert "Hamid Rahimi, interviewee, through an interpreter" in items


FOCUS_GROUP = ("Focus group on allotments\nModerator: Helen Marsh\nDate: 4 May 2019\n\n"
               "HELEN MARSH: What do you grow on your plots?\n\nTOM REID: Beans, mostly.\n\n"
               "ANNA FOX: Potatoes and onions.\n\nHELEN MARSH: And who taught you?\n\nTOM REID: My father.\n")


@pytest.mark.parametrize("to", ["html", "print"])
def test_a_record_nobody_is_interviewed_in_is_moderated_by_its_interviewer(tmp_path, to):
    # a focus group: a moderator, participants, no interviewee; the byline and the stylesheets' own citation (used
    # when no citation is passed in) say "Moderated by", as tei_edition.cite does; it was "Interview by Helen Marsh"
    from tei_edition.convert import convert_file

    source = tmp_path / "allotments.txt"
    source.write_text(FOCUS_GROUP, encoding="utf-8")
    tree = convert_file(source).tree
    page = parse_html(render_html(tree, params={**FIXED, "cite-document": "", "cite-passage": ""}, to=to))
    byline = " ".join("".join(page.xpath("//*[@class='byline-people']")[0].itertext()).split())
    assert byline == "Moderated by Helen Marsh"
    citation = " ".join("".join(page.xpath("//*[@id='ed-citation']")[0].itertext()).split())
    assert citation.startswith("Moderated by Helen Marsh, “Focus group on allotments”")


def test_a_name_in_capitals_with_combining_marks_is_recased_whole(tmp_path):
    # "ÒGÚNLẸ́YẸ": the acute on Ẹ is a combining mark (Ẹ́ has no precomposed form); the page's head, the JSON-LD and
    # the DC record re-cased the name as two words, "Ògúnlẹ́Yẹ", as tei_edition.cite no longer does
    from tei_edition.convert import convert_file
    from tei_edition.metadata import record

    source = tmp_path / "yoruba.txt"
    source.write_text("ÀJÀYÍ: Níbo ni wọ́n ti bí yín?\n\nÒGÚNLẸ́YẸ: Wọ́n bí mi sí Ọ̀yọ́.\n\nÀJÀYÍ: Iṣẹ́ wo lẹ ṣe?\n\n"
                      "ÒGÚNLẸ́YẸ: Àgbẹ̀ ni mí.\n", encoding="utf-8")
    tree = convert_file(source).tree
    page = render_html(tree, params=FIXED)
    assert re.findall(r'<meta name="citation_author" content="([^"]*)"', page)[0] == "Ògúnlẹ́yẹ"
    assert '"name":"Ògúnlẹ́yẹ"' in page
    assert "Ògúnlẹ́yẹ" in record(etree.tostring(tree), "dc") and "Ògúnlẹ́Yẹ" not in record(etree.tostring(tree), "dc")


def test_an_interview_never_published_is_dated_by_when_it_was_conducted(tmp_path, page):
    # no source publication: the head gave no date at all (Zotero imported the record undated, though its citation
    # is dated); now Highwire's citation_date, DC.date and schema.org's dateCreated, from profileDesc/creation
    from tei_edition.convert import convert_file

    source = tmp_path / "allotments.txt"
    source.write_text(FOCUS_GROUP, encoding="utf-8")
    unpublished = parse_html(render_html(convert_file(source).tree, params=FIXED))
    assert meta(unpublished, "citation_date") == ["2019/05/04"] and meta(unpublished, "citation_publication_date") == []
    assert meta(unpublished, "DC.date") == ["2019-05-04"]
    assert json.loads(unpublished.xpath("string(//script[@type='application/ld+json'])"))["dateCreated"] == "2019-05-04"
    # a published one keeps its publication date, and says when it was conducted in the JSON-LD only
    assert meta(page, "citation_date") == [] and meta(page, "DC.date") == ["2000"]
    assert json.loads(page.xpath("string(//script[@type='application/ld+json'])"))["dateCreated"] == "2000-03-24"


@pytest.mark.parametrize("to", ["html", "print"])
def test_the_byline_gives_names_printed_in_capitals_as_the_citations_do(tmp_path, to):
    # the byline is the edition's own words: "Dorothy Fleming interviewed by James Carver", as "Cite this" has it,
    # not "DOROTHY FLEMING interviewed by …" as the header block printed the name (the TEI keeps that)
    from tei_edition.convert import convert_file

    source = tmp_path / "fleming.txt"
    source.write_text("INTERVIEWEE: DOROTHY FLEMING\nINTERVIEWER: James Carver\nDATE: 4 May 1998\n\n"
                      "CARVER: When did you start at the mill?\n\nFLEMING: In 1951.\n\n"
                      "CARVER: And your sister?\n\nFLEMING: A year later.\n", encoding="utf-8")
    tree = convert_file(source).tree
    assert "DOROTHY FLEMING" in etree.tostring(tree, encoding="unicode")
    page = parse_html(render_html(tree, params=FIXED, to=to))
    byline = " ".join("".join(page.xpath("//*[@class='byline-people']")[0].itertext()).split())
    assert byline == "Dorothy Fleming interviewed by James Carver"
