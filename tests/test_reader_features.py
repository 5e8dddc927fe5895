"""Table-driven cases for each convention of the seed: a small transcript → the TEI fragment it must give."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from tei_edition.convert import convert_bytes
from tei_edition.errors import InputError
from tei_edition.fidelity import tei_words, words
from tei_edition.validate import validate_tree

NS = {"t": "http://www.tei-c.org/ns/1.0"}
TURNS = "\n\n**Q:** Is that so?\n\n**Roe:** It is.\n"


def convert(text: str):
    return convert_bytes(text.encode("utf-8"), Path("/nonexistent/case.txt"))


def fragment(root, xpath: str) -> str:
    """The first node the XPath finds, serialised without namespace declarations, or its string value."""
    found = root.xpath(xpath, namespaces=NS)
    assert found, f"{xpath} found nothing"
    node = found[0]
    if isinstance(node, str):
        return str(node)
    text = etree.tostring(node, encoding="unicode", with_tail=False)
    return text.replace(' xmlns="http://www.tei-c.org/ns/1.0"', "")


CASES = [
    ("kicker", "## Interview: Jane Roe\n\n---\n\n# A title" + TURNS,
     "//t:titlePart[@type='kicker']", '<titlePart type="kicker">Interview: Jane Roe</titlePart>'),
    ("title", "# The *Long* Road" + TURNS,
     "//t:titlePart[@type='main']", '<titlePart type="main">The <hi rend="italic">Long</hi> Road</titlePart>'),
    ("title in header", "# The *Long* Road" + TURNS, "string(//t:titleStmt/t:title[@type='main'])", "The Long Road"),
    ("italic headnote", "# T\n\n*Jane Roe spoke with John Doe.*" + TURNS,
     "//t:div[@type='headnote']", '<div type="headnote" xml:id="case-headnote" rend="italic"><p n="1" xml:id="case-p1">Jane Roe spoke with John Doe.</p></div>'),
    ("turn", "**Q:** Why?\n\n**Roe:** Because.\n",
     "//t:sp[2]", '<sp who="#spk-roe" xml:id="case-sp2"><speaker>Roe</speaker><p n="2" xml:id="case-p2">Because.</p></sp>'),
    ("continuation", "**Q:** Why?\n\n**Roe:** Because.\n\nAnd more.\n",
     "count(//t:sp[2]/t:p)", "2"),
    ("inline italic", "**Q:** On a *post factum* basis?" + TURNS,
     "//t:sp[1]/t:p", '<p n="1" xml:id="case-p1">On a <hi rend="italic">post factum</hi> basis?</p>'),
    ("straight quotes", '**Q:** He said "no" twice?' + TURNS,
     "//t:q", '<q rend="double-straight">no</q>'),
    ("curly quotes", "**Q:** He said “no, never” then?" + TURNS,
     "//t:q", '<q rend="double-curly">no, never</q>'),
    ("apostrophe is no quote", "**Q:** Don’t you know Kouchner’s view?" + TURNS,
     "count(//t:q)", "0"),
    ("ellipsis", "**Q:** And then. . . . Nothing?" + TURNS,
     "//t:ellipsis", '<ellipsis><metamark function="omission">. . . .</metamark></ellipsis>'),
    ("interpolation", "**Q:** So many [ethnic] enclaves?" + TURNS,
     "//t:seg", '<seg type="interpolation" resp="#source-editors">[ethnic]</seg>'),
    ("em dash kept", "**Q:** The mandate—in 1999—was clear?" + TURNS,
     "string(//t:sp[1]/t:p)", "The mandate—in 1999—was clear?"),
    ("split after honorific", "**Q:** Who?\n\n**Roe:** It was supported by Mr.\n\nKouchner, the head.\n",
     "//t:sp[2]/t:p", '<p n="2" xml:id="case-p2">It was supported by Mr. <milestone unit="block" type="layout-split"/>Kouchner, the head.</p>'),
    ("split mid-sentence", "**Q:** Who?\n\n**Roe:** There are so many\n\ndifferent ethnicities.\n",
     "count(//t:sp[2]/t:p)", "1"),
    ("no split after a full stop", "**Q:** Who?\n\n**Roe:** It ended.\n\nthen lower case began.\n",
     "count(//t:sp[2]/t:p)", "2"),
    ("markup characters", "**Q:** Is 3 < 4 & 5?" + TURNS, "string(//t:sp[1]/t:p)", "Is 3 < 4 & 5?"),
    ("escaped asterisk", "**Q:** Rated 5\\* or not?" + TURNS, "string(//t:sp[1]/t:p)", "Rated 5* or not?"),
]


@pytest.mark.parametrize("text, xpath, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_reader_feature(text, xpath, expected):
    conversion = convert(text)
    root = conversion.tree.getroot()
    assert fragment(root, xpath) if not xpath.startswith(("count", "string")) else str(
        root.xpath(xpath, namespaces=NS)).removesuffix(".0") == expected
    assert tei_words(root) == words(text.replace("\\*", "*"))
    assert validate_tree(conversion.tree, "case.xml") == []


def test_publication_label_stands_for_its_interviewer(tmp_path):
    source = tmp_path / "x.txt"
    source.write_text("*Jane Roe spoke with John Doe.*\n\n**EIR:** Why?\n\n**Roe:** Because.\n", encoding="utf-8")
    root = convert_bytes(source.read_bytes(), source).tree.getroot()
    people = {p.get("{http://www.w3.org/XML/1998/namespace}id"): p.get("role") for p in root.iterfind(".//t:person", NS)}
    assert people == {"spk-roe": "interviewee", "spk-doe": "interviewer"}
    assert [sp.get("who") for sp in root.iterfind(".//t:sp", NS)] == ["#spk-doe", "#spk-roe"]


def test_unresolvable_label_gets_its_own_participant_and_a_warning():
    conversion = convert("*Jane Roe spoke with John Doe.*\n\n**Doe:** Why?\n\n**Roe:** Because.\n\n**Smith:** Hello.\n")
    assert any("'Smith' (line 7) match no known participant" in w for w in conversion.warnings)
    assert conversion.tree.getroot().xpath("//t:sp[3]/@who", namespaces=NS) == ["#spk-smith"]


def test_unclosed_emphasis_names_line_and_column():
    with pytest.raises(InputError, match=r"case.txt: line 3: \* opens italic text that is never closed \(at “\*at all.”\)"):
        convert("**Q:** Fine?\n\n**Roe:** Not *at all.\n")
