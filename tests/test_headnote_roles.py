"""Participants from the headnote and header blocks: who interviewed whom ("The Times spoke with …"), names that end
at a footnote marker or a line end, full names for surname labels, remarks on names kept as affiliations."""

from __future__ import annotations

from pathlib import Path

import pytest

from tei_edition.convert import convert_bytes
from tei_edition.fidelity import tei_words, words
from tei_edition.validate import validate_tree

NS = {"t": "http://www.tei-c.org/ns/1.0"}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def convert(text: str):
    return convert_bytes(text.encode("utf-8"), Path("/nonexistent/case.txt"))


def _people(root):
    return {p.get(XML_ID): (p.get("role"), p.findtext("t:persName", namespaces=NS))
            for p in root.iterfind(".//t:particDesc//t:person", NS)}


def _who(root):
    return [sp.get("who") for sp in root.iterfind(".//t:body//t:sp", NS)]


def _check(conversion):
    root = conversion.tree.getroot()
    assert validate_tree(conversion.tree, "case.xml") == []
    assert tei_words(root) == words(conversion.interview.kept_source)


TURNS = ("The Times: What is in it?\n\nHalldórsdóttir: Logbooks.\n\nThe Times: Who kept them?\n\n"
         "Halldórsdóttir: One family.\n")


def test_a_publication_that_spoke_with_someone_interviewed_them():
    conversion = convert('"We Are Not a Museum"\n\nThe Times spoke with Sigrún Halldórsdóttir, director of the '
                         "National\nFisheries Archive, on 9 February 2021.\n\n" + TURNS)
    root = conversion.tree.getroot()
    assert _people(root) == {"spk-halldorsdottir": ("interviewee", "Sigrún Halldórsdóttir"),
                             "spk-times": ("interviewer", "The Times")}
    assert _who(root) == ["#spk-times", "#spk-halldorsdottir"] * 2
    _check(conversion)


def test_two_publications_that_spoke_with_someone():
    conversion = convert("The Times and Le Monde spoke with Sigrún Halldórsdóttir in Reykjavik.\n\n" + TURNS
                         + "\nLe Monde: And the scans?\n\nHalldórsdóttir: Next year.\n\nLe Monde: Thank you.\n")
    root = conversion.tree.getroot()
    assert _people(root) == {"spk-halldorsdottir": ("interviewee", "Sigrún Halldórsdóttir"),
                             "spk-times": ("interviewer", "The Times"), "spk-monde": ("interviewer", "Le Monde")}
    assert _who(root) == ["#spk-times", "#spk-halldorsdottir"] * 2 + ["#spk-monde", "#spk-halldorsdottir", "#spk-monde"]
    _check(conversion)


def test_a_person_who_spoke_with_a_journalist_is_still_the_interviewee():
    conversion = convert("*Jane Roe spoke with John Doe.*\n\n**Doe:** Why?\n\n**Roe:** Because.\n")
    assert _people(conversion.tree.getroot()) == {"spk-roe": ("interviewee", "Jane Roe"),
                                                  "spk-doe": ("interviewer", "John Doe")}


def test_a_footnote_marker_in_the_title_is_no_part_of_the_name():
    conversion = convert("“Open Data” — An Interview with Priya Natarajan¹\n\nHARRIS: Why?\n\nNATARAJAN: Because.\n\n"
                         "HARRIS: Really?\n\nNATARAJAN: Yes.\n\n¹ Conducted in Oakland.\n")
    root = conversion.tree.getroot()
    assert _people(root)["spk-natarajan"] == ("interviewee", "Priya Natarajan")
    assert len(_people(root)) == 2
    assert _who(root) == ["#spk-harris", "#spk-natarajan"] * 2
    _check(conversion)


def test_a_label_gets_the_full_name_the_headnote_gives():
    conversion = convert("Interview with Amina Haidari\nConducted by Laura Benn with interpreter Farid Noori\n"
                         "Kabul, 4 September 2003\n\nBENN: Hello.\n\nHAIDARI: Hello.\n\nNOORI: She says hello.\n\n"
                         "BENN: Thank you.\n\nHAIDARI: Thanks.\n\nNOORI: She thanks you.\n")
    root = conversion.tree.getroot()
    assert _people(root) == {"spk-haidari": ("interviewee", "Amina Haidari"), "spk-benn": ("interviewer", "Laura Benn"),
                             "spk-noori": ("participant", "Farid Noori")}
    assert _who(root) == ["#spk-benn", "#spk-haidari", "#spk-noori"] * 2
    _check(conversion)


def test_a_surname_with_particles_and_the_remark_on_a_name_in_a_header_block():
    conversion = convert("Moderator: Ruth Adler, Harrow Valley Gazette\n"
                         "Panelists: Dr. Pieter van der Berg (hydrologist); Ngozi Okonjo-Adebayo (councillor)\n\n"
                         "ADLER: Why?\n\nDR. VAN DER BERG: Rain.\n\nADLER: And?\n\nOKONJO-ADEBAYO: Drains.\n\n"
                         "DR. VAN DER BERG: Yes.\n\nOKONJO-ADEBAYO: No.\n")
    root = conversion.tree.getroot()
    assert _people(root) == {"spk-berg": ("interviewee", "Dr. Pieter van der Berg"),
                             "spk-okonjo-adebayo": ("interviewee", "Ngozi Okonjo-Adebayo"),
                             "spk-adler": ("interviewer", "Ruth Adler")}
    assert _who(root) == ["#spk-adler", "#spk-berg", "#spk-adler", "#spk-okonjo-adebayo",
                          "#spk-berg", "#spk-okonjo-adebayo"]
    affiliations = {p.get(XML_ID): p.findtext("t:affiliation", namespaces=NS) for p in root.iterfind(".//t:person", NS)}
    assert affiliations == {"spk-berg": "hydrologist", "spk-okonjo-adebayo": "councillor",
                            "spk-adler": "Harrow Valley Gazette"}
    _check(conversion)
