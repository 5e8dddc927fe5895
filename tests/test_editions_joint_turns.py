"""Two people speaking together in the editions: the converter encodes "HAROLD AND JUNE:" or "BOTH:" beside two
interviewees as one sp whose @who names both ("#spk-pickering #spk-pickering-2"). The editions read only the first
pointer: the joint turn was labelled "Interviewee: Harold Pickering", as if Harold alone had spoken, and it was no
turn of June's when the label looked for her first turn. Each test converts a small transcript with the real converter
(or edits its TEI where the converter makes no such turn) and checks the HTML, the print HTML, the PDF, the page in a
browser, the citations or the records."""

from __future__ import annotations

import pytest
from lxml import etree

from tei_edition.render import render_html_file

from .test_editions_review import collection_page
from .test_editions_review2 import convert, html_of, open_page, pdf_text, print_html_of, text

TEI = "{http://www.tei-c.org/ns/1.0}"

# the joint turn after each has spoken alone (the brief's transcript) …
LATER = """Interview with Harold and June Pickering

INTERVIEWER: When did you meet?

HAROLD: At the dance hall in 1952.

JUNE: He trod on my foot.

INTERVIEWER: And you married when?

HAROLD AND JUNE: In 1954!

INTERVIEWER: Where did you live?

JUNE: With my mother, at first.
"""

# … and before either has (round 20's shape, "BOTH" answering first)
FIRST = """Interview with Harold and June Pickering
Conducted by Sam Whitfield

WHITFIELD: How did you two meet?

BOTH: At the Co-op dance, 1958.

JUNE: He trod on my foot.

HAROLD: She trod on mine.

WHITFIELD: And you married when?

HAROLD AND JUNE: Nineteen sixty.

JUNE: In the rain.
"""


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("joint")


@pytest.fixture(scope="module")
def later(folder):
    return convert(folder, "later.txt", LATER)


@pytest.fixture(scope="module")
def first(folder):
    tei = convert(folder, "first.txt", FIRST)
    assert [sp.get("who") for sp in etree.parse(str(tei)).iter(TEI + "sp")][1] == "#spk-pickering #spk-pickering-2"
    return tei


def labels(page) -> list[str]:
    return [text(label) for label in page.xpath("//p[@class = 'speaker']")]


def edited(folder, tei, name: str, edit) -> str:
    """The TEI of ``tei`` changed by ``edit(root)``, written as ``name``: for turns the converter does not make."""
    tree = etree.parse(str(tei))
    edit(tree.getroot())
    path = folder / name
    tree.write(str(path), encoding="utf-8", xml_declaration=True)
    return path


def test_a_joint_turns_label_names_both_in_the_plural(first, later):
    """"HAROLD AND JUNE" was followed by "Interviewee: Harold Pickering": June's words given to Harold. The label is
    the speakers as printed and their role in the plural; on a first turn, both names."""
    assert labels(html_of(first))[1] == "BOTH Interviewees: Harold Pickering and June Pickering"
    assert labels(html_of(later))[4] == "HAROLD AND JUNE Interviewees"


def test_a_joint_turn_is_styled_as_its_speakers_role(first):
    """Two interviewees speaking together are interviewees' turn: the class and data-role the styling reads."""
    sp = html_of(first).xpath("//div[@id = 'first-sp2']")[0]
    assert (sp.get("class"), sp.get("data-role")) == ("sp sp-interviewee", "interviewee")


def test_a_joint_turn_is_each_speakers_first_turn(first, later):
    """The full name is shown on a participant's first turn only, found by a key on @who: the whole attribute was
    the key, so that a joint turn was nobody's. After "BOTH" named both, their own first turns do not name them
    again; a joint turn after their own first turns names nobody again."""
    assert labels(html_of(first))[2:4] == ["JUNE Interviewee", "HAROLD Interviewee"]
    assert labels(html_of(later))[1:3] == ["HAROLD Interviewee: Harold Pickering", "JUNE Interviewee: June Pickering"]


def test_the_print_edition_labels_a_joint_turn(first):
    """On paper the role is in brackets after the label, as for one speaker; the PDF says it too."""
    assert labels(print_html_of(first))[1] == "BOTH (Interviewees: Harold Pickering and June Pickering)"
    assert "BOTH (Interviewees: Harold Pickering and June Pickering)" in " ".join(pdf_text(first).split())


def test_an_interviewer_and_an_interviewee_together_share_no_role(folder, first):
    """A turn of an interviewer and an interviewee together (not a shape the converter makes yet) is styled as
    neither and says no role (it has none to say); on the first turn of either it names both."""
    def both_of_them(root):
        root.find(f".//{TEI}sp[@{{http://www.w3.org/XML/1998/namespace}}id='first-sp2']").set(
            "who", "#spk-whitfield #spk-pickering")
        root.find(f".//{TEI}sp[@{{http://www.w3.org/XML/1998/namespace}}id='first-sp2']/{TEI}speaker").text = "ALL"
    page = html_of(edited(folder, first, "mixed.xml", both_of_them))
    sp = page.xpath("//div[@id = 'first-sp2']")[0]
    assert sp.get("class") == "sp sp-speaker"
    assert labels(page)[:2] == ["WHITFIELD Interviewer: Sam Whitfield", "ALL Sam Whitfield and Harold Pickering"]


def test_a_participant_who_speaks_only_in_joint_turns_is_listed_by_the_label(folder, later):
    """About this edition lists a participant never named but given no label of their own ("[Interviewee]") only
    where no labelled turn is theirs: a joint turn's label is theirs too."""
    def june_unnamed_and_only_together(root):
        june = root.find(f".//{TEI}person[@{{http://www.w3.org/XML/1998/namespace}}id='spk-pickering-2']/{TEI}persName")
        june.set("type", "unnamed")
        for sp in root.iter(TEI + "sp"):
            if sp.get("who") == "#spk-pickering-2":
                sp.remove(sp.find(TEI + "speaker"))
    page = html_of(edited(folder, later, "unnamed.xml", june_unnamed_and_only_together))
    names = [text(li) for li in page.xpath("//ul[@class = 'participants']/li")]
    assert names[1] == "June Pickering (not named in the source), interviewee"


def test_a_paragraph_of_a_joint_turn_is_cited_as_any(first):
    """"cite" under a paragraph of the joint turn says what `tei-edition cite` says for its id."""
    from tei_edition.cite import cite

    cited = " ".join(html_of(first).xpath("//p[@id = 'first-p7']/following-sibling::details[1]")[0]
                     .xpath("string(.)").removeprefix("cite").split())
    assert cited == " ".join(cite(first, "first-p7").split())
    assert cited.startswith("Pickering, Harold, and June Pickering.") and cited.endswith("¶ 7.")


def test_the_records_and_the_collection_name_both_interviewees(folder, first):
    """Dublin Core, MODS and the collection index name the interviewees from the header's participants, each once."""
    from tei_edition.metadata import record

    dc = etree.fromstring(record(first, "dc").encode("utf-8"))
    assert [c.text for c in dc.iter("{http://purl.org/dc/elements/1.1/}creator")] == [
        "Pickering, Harold (interviewee)", "Pickering, June (interviewee)"]
    records = etree.fromstring(record(first, "mods").encode("utf-8"))
    assert [" ".join(n.xpath("string(.)").split()) for n in records.iter("{http://www.loc.gov/mods/v3}namePart")][:4] == [
        "Pickering", "Harold", "Pickering", "June"]
    index = etree.HTML(collection_page(folder, [first]).read_bytes())
    assert text(index.xpath("//tbody/tr/td[@data-label = 'Interviewee']")[0]) == "Harold Pickering; June Pickering"


@pytest.mark.parametrize("width", [1280, 390])
def test_a_joint_turns_label_is_read_in_the_browser(browser, first, folder, width):
    """In Chromium at desktop and phone widths the joint label shows both names, inside the column."""
    context, page = open_page(browser, render_html_file(first, folder), width)
    try:
        label = page.locator("#first-sp2 .speaker")
        assert " ".join(label.inner_text().split()) == "BOTH Interviewees: Harold Pickering and June Pickering"
        box = label.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= width
        assert page.evaluate("document.documentElement.scrollWidth") <= width
    finally:
        context.close()
