"""Transcript shapes of the tenth probe round: an examination header as a court excerpt's first line heads the
section as the other examination headers do; a title of several lines ends before a line that is a date or a
credit ("12 January 2022", "Propos recueillis par …", "Conducted by …"), which stays a headnote paragraph. Each
test says what the TEI holds and that no word of the source is lost; the guard tests that a rule does not fire on
look-alike text."""

from __future__ import annotations

import pytest

from tei_edition import TEI_NS

from .converting import convert_checked as _convert, text_of, turns as _turns

T = "{%s}" % TEI_NS
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def _people(root) -> dict[str, tuple[str, str]]:
    return {p.get(XML_ID)[4:]: (p.get("role"), " ".join(p.findtext(T + "persName").split())) for p in root.iter(T + "person")}


def _write(tmp_path, text: str, name: str = "t.txt"):
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    return source


def _headnote(root) -> list[str]:
    return [text_of(p) for p in root.iterfind(f".//{T}div[@type='headnote']/{T}p")]


# -- A2: an examination header as the first line ---------------------------------------------------------------

CROSS = ("CROSS-EXAMINATION BY MS. OKAFOR:\n\nQ. You were at the bar that night?\n\nA. I was.\n\n"
         "MR. DALE: Objection, Your Honor.\n\nTHE COURT: Overruled.\n\nQ. How much had you had to drink?\n\nA. Two beers.\n")


def test_an_examination_header_as_the_first_line_heads_the_section(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, CROSS), tei_all)
    assert root.find(f".//{T}div[@type='headnote']") is None
    sections = [div for div in root.iter(T + "div") if div.get("type") == "section"]
    assert [text_of(div.find(T + "head")) for div in sections] == ["CROSS-EXAMINATION BY MS. OKAFOR:"]
    assert len(sections[0].findall(T + "sp")) == 6
    assert [who for who, _, _ in _turns(root)] == ["okafor", "a", "dale", "court", "okafor", "a"]
    assert "".join(root.find(T + "text").itertext()).count("CROSS-EXAMINATION") == 1


def test_an_examination_header_under_a_caption_stays_in_the_headnote(tmp_path, tei_all):
    # guard: under a caption the header is the headnote's last line (and still says who asks)
    text = "IN THE CIRCUIT COURT OF COOK COUNTY\n\n" + CROSS
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _headnote(root) == ["CROSS-EXAMINATION BY MS. OKAFOR:"]
    assert not [div for div in root.iter(T + "div") if div.get("type") == "section"]
    assert [who for who, _, _ in _turns(root)][0] == "okafor"


# -- A4: a title of several lines ends before a date or a credit -------------------------------------------------

@pytest.mark.parametrize("lines, title, rest", [
    (["PRESS CONFERENCE WITH MAYOR LINDA ARCHER", "City Hall, 2 February 2021"],
     "PRESS CONFERENCE WITH MAYOR LINDA ARCHER", "City Hall, 2 February 2021"),
    (["Entretien avec Claire Dubois", "Propos recueillis par Marc Lefèvre", "Lyon, 4 juin 2015"],
     "Entretien avec Claire Dubois", "Propos recueillis par Marc Lefèvre Lyon, 4 juin 2015"),
    (["INTERVIEW WITH MARY LEE", "Conducted by Tom Park, 12 May 1987, Leeds"],
     "INTERVIEW WITH MARY LEE", "Conducted by Tom Park, 12 May 1987, Leeds"),
    (["National Life Stories", "An Oral History of British Science", "12 March 2004"],
     "National Life Stories An Oral History of British Science", "12 March 2004"),
])
def test_a_title_ends_before_a_date_or_a_credit(tmp_path, tei_all, lines, title, rest):
    text = "\n".join(lines) + "\n\nPARK: Where were you born?\n\nLEE: In Hull.\n\nPARK: When?\n\nLEE: In 1921.\n"
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert root.findtext(f".//{T}titleStmt/{T}title") == title
    assert text_of(root.find(f".//{T}titlePart[@type='main']")) == title
    assert _headnote(root) == [rest]


@pytest.mark.parametrize("second", ["1967", "The 1998 Sessions", "Part 2"])
def test_a_year_or_a_subtitle_stays_in_the_title(tmp_path, second):
    # guard: a year alone or a subtitle with a number is no date line
    text = f"Voices of the Valley\n{second}\n\nPARK: Where were you born?\n\nLEE: In Hull.\n\nPARK: When?\n\nLEE: 1921.\n"
    _, root = _convert(_write(tmp_path, text))
    assert root.findtext(f".//{T}titleStmt/{T}title") == f"Voices of the Valley {second}"
