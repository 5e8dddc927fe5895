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
    # (round 19: a trade or profession is the person's occupation, no affiliation)
    assert affiliations == {"spk-berg": None, "spk-okonjo-adebayo": None, "spk-adler": "Harrow Valley Gazette"}
    occupations = {p.get(XML_ID): p.findtext("t:occupation", namespaces=NS) for p in root.iterfind(".//t:person", NS)}
    assert occupations == {"spk-berg": "hydrologist", "spk-okonjo-adebayo": "councillor", "spk-adler": None}
    _check(conversion)


def _affiliations(root):
    return {p.get(XML_ID): p.findtext("t:affiliation", namespaces=NS) for p in root.iterfind(".//t:person", NS)}


def test_a_role_or_an_occupation_after_a_labels_comma_is_a_remark_not_a_given_name():
    conversion = convert("**Ruth Adler, Moderator:** Welcome.\n\n**Pieter Visser, Hydrologist:** Thanks.\n\n"
                         "**Ruth Adler, Moderator:** Go on.\n\n**Pieter Visser, Hydrologist:** Rain.\n")
    root = conversion.tree.getroot()
    # the one speaker beside the moderator is the interviewee
    assert _people(root) == {"spk-adler": ("interviewer", "Ruth Adler"), "spk-visser": ("interviewee", "Pieter Visser")}
    # (round 19: a trade or profession is the person's occupation, no affiliation)
    assert _affiliations(root) == {"spk-adler": None, "spk-visser": None}
    assert root.findtext(".//t:person/t:occupation", namespaces=NS) == "Hydrologist"
    assert _who(root) == ["#spk-adler", "#spk-visser"] * 2
    _check(conversion)


def test_a_video_call_label_printed_surname_first_is_read_given_name_first():
    conversion = convert("[Okafor, Chidi] 14:02:11\nHello there.\n\n[Adler, Ruth] 14:02:15\nHi Chidi.\n\n"
                         "[Okafor, Chidi] 14:02:20\nLet us start.\n")
    root = conversion.tree.getroot()
    assert _people(root) == {"spk-okafor": ("participant", "Chidi Okafor"), "spk-adler": ("participant", "Ruth Adler")}
    assert _who(root) == ["#spk-okafor", "#spk-adler", "#spk-okafor"]
    _check(conversion)


def test_the_last_word_of_a_surname_with_particles_names_its_bearer():
    conversion = convert("Interviewee: Pieter van der Berg\nDate: 1 May 1999\n\n"
                         "ADLER: Why?\n\nBERG: Rain.\n\nADLER: And?\n\nBERG: Drains.\n")
    root = conversion.tree.getroot()
    assert _people(root) == {"spk-berg": ("interviewee", "Pieter van der Berg"), "spk-adler": ("interviewer", "ADLER")}  # who asks him: round 17
    assert _who(root) == ["#spk-adler", "#spk-berg"] * 2
    _check(conversion)


@pytest.mark.parametrize("headnote, interviewee, label", [
    ("Pieter van der Berg spoke with Ruth Adler.", ("spk-berg", "Pieter van der Berg"), "BERG"),
    ("Marine Le Pen spoke with Ruth Adler.", ("spk-pen", "Marine Le Pen"), "LE PEN"),
    ("Le Pen spoke with Ruth Adler.", ("spk-pen", "Le Pen"), "LE PEN"),
    ("The Senator spoke with Ruth Adler.", ("spk-senator", "The Senator"), "SENATOR"),
    ("Emily Post spoke with Ruth Adler.", ("spk-post", "Emily Post"), "POST"),
])
def test_a_person_who_spoke_with_someone_is_the_interviewee_whatever_their_name(headnote, interviewee, label):
    conversion = convert(f"{headnote}\n\nADLER: Why?\n\n{label}: Rain.\n\nADLER: And?\n\n{label}: Drains.\n")
    root = conversion.tree.getroot()
    ident, name = interviewee
    assert _people(root) == {ident: ("interviewee", name), "spk-adler": ("interviewer", "Ruth Adler")}
    assert _who(root) == ["#spk-adler", f"#{ident}"] * 2
    _check(conversion)


@pytest.mark.parametrize("publication, ident", [("The Washington Post", "spk-post"), ("New York Post", "spk-post"),
                                                 ("EIR", "spk-eir")])
def test_a_press_word_after_an_article_or_two_capitalised_words_is_a_publication(publication, ident):
    conversion = convert(f"{publication} spoke with Ruth Adler.\n\nQ: Why?\n\nADLER: Rain.\n\nQ: And?\n\nADLER: Drains.\n")
    people = _people(conversion.tree.getroot())
    assert people["spk-adler"] == ("interviewee", "Ruth Adler")
    assert people[ident] == ("interviewer", publication)
    _check(conversion)


def test_a_slip_of_one_letter_in_a_one_word_label_is_merged_with_a_warning():
    conversion = convert("Tobias: One.\n\nAnna: Two.\n\nTobias: Three.\n\nAnna: Four.\n\nTobais: Five.\n\n"
                         "Anna: Six.\n\nTobias: Seven.\n")
    root = conversion.tree.getroot()
    assert _people(root) == {"spk-tobias": ("participant", "Tobias"), "spk-anna": ("participant", "Anna")}
    assert _who(root) == ["#spk-tobias", "#spk-anna"] * 3 + ["#spk-tobias"]
    assert any("'Tobais'" in w and "one-letter" in w for w in conversion.interview.warnings)
    _check(conversion)


def test_a_place_or_an_organisation_in_the_headnote_gives_no_full_name():
    conversion = convert("Recorded at the Smith Institute library by the New York office for Harrow Valley Gazette.\n\n"
                         "YORK: Why?\n\nSMITH: Rain.\n\nGAZETTE: And?\n\nSMITH: Drains.\n\nYORK: So?\n\n"
                         "GAZETTE: Thanks.\n")
    root = conversion.tree.getroot()
    assert _people(root) == {"spk-york": ("participant", "YORK"), "spk-smith": ("participant", "SMITH"),
                             "spk-gazette": ("participant", "GAZETTE")}
    assert _who(root) == ["#spk-york", "#spk-smith", "#spk-gazette", "#spk-smith", "#spk-york", "#spk-gazette"]
    _check(conversion)


def test_a_suffix_after_a_labels_comma_is_part_of_the_name():
    conversion = convert("**Ruth Adler:** Welcome.\n\n**Martin Luther King, Jr.:** Thanks.\n\n"
                         "**Ruth Adler:** Go on.\n\n**Martin Luther King, Jr.:** Rain.\n")
    root = conversion.tree.getroot()
    assert _people(root) == {"spk-adler": ("participant", "Ruth Adler"),
                             "spk-king": ("participant", "Martin Luther King Jr.")}
    assert _affiliations(root) == {"spk-adler": None, "spk-king": None}
    assert _who(root) == ["#spk-adler", "#spk-king"] * 2
    _check(conversion)


def _said(root):
    """Who says what: (who, the words of the turn without its speaker label)."""
    return [(sp.get("who"), " ".join(" ".join(" ".join(p.itertext()) for p in sp.iterfind("t:p", NS)).split()))
            for sp in root.iterfind(".//t:body//t:sp", NS)]


@pytest.mark.parametrize("first, second, people", [
    ("INTERVIEWER:", "INTERVIEWEE:", {"spk-interviewer": ("interviewer", "INTERVIEWER"),
                                      "spk-interviewee": ("interviewee", "INTERVIEWEE")}),
    # (round 19: the one who asks is the interviewer, the one who answers the interviewee)
    ("DAN:", "DANA:", {"spk-dan": ("interviewer", "DAN"), "spk-dana": ("interviewee", "DANA")}),
    ("**Mark:**", "**Marc:**", {"spk-mark": ("interviewer", "Mark"), "spk-marc": ("interviewee", "Marc")}),
])
def test_two_recurring_labels_one_letter_apart_are_two_people(first, second, people):
    conversion = convert(f"{first} Where were you born?\n\n{second} In Leeds.\n\n{first} When?\n\n{second} In 1931.\n")
    root = conversion.tree.getroot()
    assert _people(root) == people
    one, other = (f"#{ident}" for ident in people)
    assert _said(root) == [(one, "Where were you born?"), (other, "In Leeds."), (one, "When?"), (other, "In 1931.")]
    assert not any("one-letter" in w for w in conversion.interview.warnings)
    _check(conversion)


def test_a_spanish_y_between_two_names_joins_two_people_not_one_name():
    conversion = convert("Conversación entre Juan Pérez y María López, grabada en Sevilla.\n\nPÉREZ: ¿Dónde nació?\n\n"
                         "LÓPEZ: En Sevilla.\n\nPÉREZ: ¿Cuándo?\n\nLÓPEZ: En 1950.\n")
    root = conversion.tree.getroot()
    # (round 19: one asks, the other answers, so interviewer and interviewee)
    assert _people(root) == {"spk-perez": ("interviewer", "Juan Pérez"), "spk-lopez": ("interviewee", "María López")}
    assert _said(root) == [("#spk-perez", "¿Dónde nació?"), ("#spk-lopez", "En Sevilla."),
                           ("#spk-perez", "¿Cuándo?"), ("#spk-lopez", "En 1950.")]
    _check(conversion)


@pytest.mark.parametrize("headnote, label, ident, name", [
    ("Oral history interview of Farid Noori, recorded by Laura Benn in 2004.", "NOORI", "spk-noori", "Farid Noori"),
    ("Testimony of Jane Holloway, recorded by Laura Benn in 2004.", "HOLLOWAY", "spk-holloway", "Jane Holloway"),
])
def test_a_name_after_of_in_the_headnote_is_a_full_name_for_its_surname_label(headnote, label, ident, name):
    conversion = convert(f"{headnote}\n\nBENN: Where were you born?\n\n{label}: In Kabul.\n\nBENN: When?\n\n"
                         f"{label}: In 1950.\n")
    root = conversion.tree.getroot()
    # (round 19: one asks, the other answers, so interviewer and interviewee)
    assert _people(root) == {"spk-benn": ("interviewer", "Laura Benn"), ident: ("interviewee", name)}
    assert _said(root) == [("#spk-benn", "Where were you born?"), (f"#{ident}", "In Kabul."),
                           ("#spk-benn", "When?"), (f"#{ident}", "In 1950.")]
    _check(conversion)


@pytest.mark.parametrize("publication, ident", [("The Atlantic", "spk-atlantic"), ("Die Zeit", "spk-zeit"),
                                                 ("Fox News", "spk-news"), ("BBC News", "spk-news")])
def test_an_article_and_a_name_or_a_word_before_news_is_a_publication(publication, ident):
    conversion = convert(f"{publication} spoke with Ruth Adler.\n\nQ: Why?\n\nADLER: Rain.\n\nQ: And?\n\nADLER: Drains.\n")
    root = conversion.tree.getroot()
    assert _people(root) == {"spk-adler": ("interviewee", "Ruth Adler"), ident: ("interviewer", publication)}
    assert _said(root) == [(f"#{ident}", "Why?"), ("#spk-adler", "Rain."), (f"#{ident}", "And?"), ("#spk-adler", "Drains.")]
    _check(conversion)


@pytest.mark.parametrize("headnote, ident, name", [("La Russa spoke with Ruth Adler.", "spk-russa", "La Russa"),
                                                   ("The Senator spoke with Ruth Adler.", "spk-senator", "The Senator")])
def test_an_article_that_is_a_particle_or_before_a_title_names_a_person(headnote, ident, name):
    conversion = convert(f"{headnote}\n\nADLER: Why?\n\n{name.split()[-1].upper()}: Rain.\n\nADLER: And?\n\n"
                         f"{name.split()[-1].upper()}: Drains.\n")
    root = conversion.tree.getroot()
    assert _people(root) == {ident: ("interviewee", name), "spk-adler": ("interviewer", "Ruth Adler")}
    assert _said(root) == [("#spk-adler", "Why?"), (f"#{ident}", "Rain."), ("#spk-adler", "And?"), (f"#{ident}", "Drains.")]
    _check(conversion)


def test_a_slip_printed_before_the_label_it_misspells_is_merged_with_a_warning():
    conversion = convert("Tobais: One.\n\nAnna: Two.\n\nTobias: Three.\n\nAnna: Four.\n\nTobias: Five.\n\nAnna: Six.\n")
    root = conversion.tree.getroot()
    assert _people(root) == {"spk-tobias": ("participant", "Tobias"), "spk-anna": ("participant", "Anna")}
    assert _said(root) == [("#spk-tobias", "One."), ("#spk-anna", "Two."), ("#spk-tobias", "Three."),
                           ("#spk-anna", "Four."), ("#spk-tobias", "Five."), ("#spk-anna", "Six.")]
    assert any("'Tobais'" in w and "one-letter" in w for w in conversion.interview.warnings)
    _check(conversion)


def test_a_spanish_y_before_the_last_word_of_a_name_is_a_particle():
    conversion = convert("José Ortega y Gasset spoke with Ruth Adler.\n\nADLER: Why?\n\nORTEGA Y GASSET: Rain.\n\n"
                         "ADLER: And?\n\nORTEGA Y GASSET: Drains.\n")
    root = conversion.tree.getroot()
    assert _people(root) == {"spk-gasset": ("interviewee", "José Ortega y Gasset"),
                             "spk-adler": ("interviewer", "Ruth Adler")}
    assert _said(root) == [("#spk-adler", "Why?"), ("#spk-gasset", "Rain."), ("#spk-adler", "And?"),
                           ("#spk-gasset", "Drains.")]
    _check(conversion)


def test_a_bracketed_remark_in_a_label_is_no_part_of_the_name():
    """TV transcripts: "ADLER (on camera)" is Adler, "SEN. LYDIA MARSH (D), …" is the Marsh of later "MARSH:" turns."""
    conversion = convert("BEN ADLER, CORRESPONDENT: It rained.\n\nSANTOS: And then?\n\nADLER (on camera): It flooded.\n\n"
                         "SANTOS: Senator?\n\nSEN. LYDIA MARSH (D), COMMITTEE CHAIR: We will act.\n\nSANTOS: When?\n\n"
                         "MARSH: Soon.\n\nSANTOS: Thank you.\n\nADLER: Back to you.\n")
    root = conversion.tree.getroot()
    assert _who(root) == ["#spk-adler", "#spk-santos", "#spk-adler", "#spk-santos", "#spk-marsh", "#spk-santos",
                          "#spk-marsh", "#spk-santos", "#spk-adler"]
    assert {ident: name for ident, (_, name) in _people(root).items()} == {
        "spk-adler": "BEN ADLER", "spk-santos": "SANTOS", "spk-marsh": "SEN. LYDIA MARSH"}
    _check(conversion)
