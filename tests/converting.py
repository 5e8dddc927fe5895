"""Helpers of the transcript-shape tests: convert a file checking that no word is lost (and, given the tei_all
fixture, that the TEI is valid tei_all), and read back who says what."""

from __future__ import annotations

from pathlib import Path

from tei_edition import TEI_NS
from tei_edition.convert import convert_file
from tei_edition.fidelity import tei_words, words

T = "{%s}" % TEI_NS
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def text_of(element) -> str:
    return " ".join("".join(element.itertext()).split())


def convert_checked(path: Path, tei_all=None):
    conversion = convert_file(path)
    root = conversion.tree.getroot()
    assert tei_words(root) == words(conversion.interview.kept_source)  # no word lost
    if tei_all is not None:
        assert tei_all(conversion.tree) == []
    return conversion, root


def turns(root) -> list[tuple[str, str, str]]:
    """(who, speaker as printed, text) of every turn."""
    out = []
    for sp in root.iter(T + "sp"):
        text = " ".join(text_of(child) for child in sp if child.tag != T + "speaker")
        out.append((sp.get("who")[5:], text_of(sp.find(T + "speaker")), " ".join(text.split())))
    return out


def people(root) -> dict[str, tuple[str, str]]:
    """Each participant's id (without "spk-") → (role, name)."""
    return {p.get(XML_ID)[4:]: (p.get("role"), " ".join(p.findtext(T + "persName").split())) for p in root.iter(T + "person")}


def write(tmp_path: Path, text: str, name: str = "t.txt") -> Path:
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    return source


def main_title(root) -> str:
    return root.findtext(f".//{T}titleStmt/{T}title[@type='main']")


def sub_title(root) -> str | None:
    return root.findtext(f".//{T}titleStmt/{T}title[@type='sub']")


def participant_roles(root) -> dict[str, tuple[str, str]]:
    """Each participant's id → (role, name), the header's participants only (not the register's persons)."""
    return {p.get(XML_ID): (p.get("role"), text_of(p.find(T + "persName"))) for p in root.iter(T + "person")
            if p.getparent().getparent().tag == T + "particDesc"}


def creation_when(root) -> str | None:
    """The ISO date of the interview (profileDesc/creation's first date)."""
    date = root.find(f".//{T}creation/{T}date")
    return None if date is None else date.get("when")


def creation_place(root) -> str | None:
    place = root.find(f".//{T}creation/{T}placeName")
    return None if place is None else text_of(place)
