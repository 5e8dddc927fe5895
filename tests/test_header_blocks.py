"""Header blocks printed at the top of a transcript: which lines are header data, which people they name and in
what role, and which header values they give (metadata.py), in English and in other languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from tei_edition.candidates import find_candidates
from tei_edition.convert import convert_bytes, convert_file
from tei_edition.dates import iso_date as _iso_date
from tei_edition.fidelity import tei_words, words
from tei_edition.readers.metadata import metadata_block, normalise_key, people, person_names
from tei_edition.validate import validate_tree

HERE = Path(__file__).resolve().parent / "data" / "header"
NS = {"t": "http://www.tei-c.org/ns/1.0"}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def _people(root) -> dict[str, tuple[str, str]]:
    """particDesc as {id: (role, name)}."""
    return {
        p.get(XML_ID): (p.get("role"), p.findtext("t:persName", namespaces=NS))
        for p in root.iterfind(".//t:particDesc//t:person", NS)
    }


def _turns(root) -> list[tuple[str, str]]:
    """Who says what: (who, the text of the turn without its speaker label)."""
    return [
        (sp.get("who"), " ".join(" ".join(" ".join(p.itertext()) for p in sp.iterfind("t:p", NS)).split()))
        for sp in root.iterfind(".//t:body//t:sp", NS)
    ]


def _header_text(root) -> str:
    return " ".join(" ".join(root.find("t:teiHeader", NS).itertext()).split())


def _check_whole(conversion, source: str, header_lines: list[str]) -> None:
    """Valid TEI; the text keeps every word the reader kept; the header lines are the only words taken out of
    the text, and what they say (the names and values) is in the header."""
    root = conversion.tree.getroot()
    assert validate_tree(conversion.tree, "case.xml") == []
    kept = conversion.interview.kept_source
    assert tei_words(root) == words(kept)
    removed = [line for line in source.split("\n") if line.strip() and line not in kept.split("\n")]
    assert removed == header_lines


# ------------------------------------------------------------------ 1. moderator and panelists


def test_a_moderator_and_panelists_block_names_the_interviewer_and_the_interviewees():
    source = (HERE / "panel.txt").read_text(encoding="utf-8")
    conversion = convert_file(HERE / "panel.txt")
    root = conversion.tree.getroot()
    assert conversion.interview.metadata["interviewer"] == "Helen Forsyth, Millbrook Courier"
    assert _people(root) == {
        "spk-forsyth": ("interviewer", "Helen Forsyth"),
        "spk-lindqvist": ("interviewee", "Dr. Tomas Lindqvist"),
        "spk-obi-nwosu": ("interviewee", "Amara Obi-Nwosu"),
    }
    assert _turns(root) == [
        ("#spk-forsyth", "Good evening. Dr. Lindqvist, what failed in the storm?"),
        ("#spk-lindqvist", "The drains. They were built for half the rain we had."),
        ("#spk-forsyth", "Councillor, what happens now?"),
        ("#spk-obi-nwosu", "We rebuild them, and this time we do it properly."),
        ("#spk-lindqvist", "With bigger pipes, I hope."),
        ("#spk-obi-nwosu", "Much bigger."),
        ("#spk-forsyth", "Thank you both."),
    ]
    # the two header lines are no turn: the first turn is the moderator's own
    assert root.xpath("string(//t:sp[1]/t:speaker)", namespaces=NS) == "FORSYTH"
    _check_whole(conversion, source, source.split("\n")[3:5])


def test_people_in_a_value_and_the_remarks_on_them():
    assert people("Helen Forsyth, Millbrook Courier") == [("Helen Forsyth", "Millbrook Courier")]
    assert people("Dr. Tomas Lindqvist (engineer); Amara Obi-Nwosu (councillor)") == [
        ("Dr. Tomas Lindqvist", "engineer"), ("Amara Obi-Nwosu", "councillor")]
    assert people("Edna Halvorsen, 84, retired farmer") == [("Edna Halvorsen", "84, retired farmer")]
    assert people("Jane Doe (hydrologist, retired)") == [("Jane Doe", "hydrologist, retired")]
    assert person_names("Jane Doe, John Roe and Ann Poe") == ["Jane Doe", "John Roe", "Ann Poe"]
    assert person_names("Jane Doe and John Roe") == ["Jane Doe", "John Roe"]  # as before
    assert person_names("Ana López y Juan Pérez") == ["Ana López", "Juan Pérez"]
    assert person_names("José Ortega y Gasset") == ["José Ortega y Gasset"]


@pytest.mark.parametrize("lines", [
    ["Host: Welcome to the show", "Guest: Thanks for having me"],
    ["Moderator: Good evening, everyone"],
    ["Interviewer: Where were you born?"],
    ["Narrator: 1944.", "Interviewer: Samuel Okoro"],
    ["Morning Show", "Host: Welcome", "Guest: Hello"],
], ids=["two-turns", "greeting", "question", "answer", "under-a-title"])
def test_role_lines_that_say_something_are_turns_not_header(lines):
    assert metadata_block(lines) is None


def test_role_lines_beside_other_header_keys_need_only_read_as_names():
    assert metadata_block(["Morning Show", "Host: Anna Berg", "Guest: Carl Dahl"]) == {
        "title": "Morning Show", "interviewer": "Anna Berg", "interviewee": "Carl Dahl"}
    assert metadata_block(["Interviewer: Paul Okafor for the Riverbend Society", "Date: 1998"]) == {
        "interviewer": "Paul Okafor for the Riverbend Society", "date": "1998"}


# ------------------------------------------------------------------ 2. other languages


def test_a_german_block_under_a_title_line_is_header_data():
    source = (HERE / "german.txt").read_text(encoding="utf-8")
    conversion = convert_file(HERE / "german.txt")
    root = conversion.tree.getroot()
    assert conversion.interview.metadata == {
        "title": "Zeitzeugengespräch – Stadtarchiv Bautzen",
        "interviewee": "Hildegard Brückner-Maaß",
        "interviewer": "Günter Schön",
        "date": "3. Oktober 1998",
        "place": "Bautzen, Kornmarkt 4",
    }
    assert _people(root) == {
        "spk-bruckner-maaß": ("interviewee", "Hildegard Brückner-Maaß"),
        "spk-schon": ("interviewer", "Günter Schön"),
    }
    assert _turns(root) == [
        ("#spk-schon", "Frau Brückner-Maaß, wo sind Sie aufgewachsen?"),
        ("#spk-bruckner-maaß", "In der Reichenstraße. Mein Vater war Bäcker."),
        ("#spk-schon", "Und die Schule?"),
        ("#spk-bruckner-maaß", "Die war gleich um die Ecke. Ich ging gern hin."),
    ]
    assert root.xpath("string(//t:titleStmt/t:title[@type='main'])", namespaces=NS) == "Zeitzeugengespräch – Stadtarchiv Bautzen"
    assert root.xpath("string(//t:creation/t:date)", namespaces=NS) == "3. Oktober 1998"
    assert root.xpath("string(//t:creation/t:placeName)", namespaces=NS) == "Bautzen, Kornmarkt 4"
    _check_whole(conversion, source, source.split("\n")[:5])


LANGUAGE_BLOCKS = [
    ("de", ["Interviewpartnerin: Anna Berg", "Interviewer: Carl Dahl", "Aufnahmeort: Kiel", "Sprache: Deutsch"]),
    ("fr", ["Interviewé(e) : Anna Berg", "Enquêteur : Carl Dahl", "Date de l’entretien : 14 mars 2002",
            "Lieu : Lyon", "Langue : français"]),
    ("es", ["Entrevistada: Anna Berg", "Entrevistador: Carl Dahl", "Fecha: 14 de marzo de 2002",
            "Lugar: Sevilla", "Idioma: español"]),
    ("it", ["Intervistata: Anna Berg", "Intervistatore: Carl Dahl", "Data: 14 marzo 2002", "Luogo: Bologna",
            "Lingua: italiano"]),
    ("nl", ["Geïnterviewde: Anna Berg", "Interviewer: Carl Dahl", "Datum: 14 maart 2002", "Plaats: Gent",
            "Taal: Nederlands"]),
    ("ru", ["Респондент: Анна Берг", "Записала: Карла Даль", "Дата записи: 14 марта 2002 г.",
            "Место записи: Казань", "Язык: русский"]),
]


@pytest.mark.parametrize("lines", [b for _, b in LANGUAGE_BLOCKS], ids=[lang for lang, _ in LANGUAGE_BLOCKS])
def test_header_keys_of_other_languages(lines):
    fields = metadata_block(lines)
    assert fields is not None
    expected = {"interviewee", "interviewer", "place", "language"} | ({"date"} if len(lines) == 5 else set())
    assert set(fields) == expected
    assert fields["interviewee"] == lines[0].split(":", 1)[1].strip()


@pytest.mark.parametrize("key, expected", [
    ("Datum des Interviews", "date"), ("Lieu d'enregistrement", "place"), ("Interviewé par", "interviewer"),
    ("ENTREVISTADO/A", "interviewee"), ("Intervista a cura di", "interviewer"), ("Geinterviewde", "interviewee"),
    ("Интервьюер", "interviewer"), ("Titre", "title"), ("Moderated by", "interviewer"), ("Panellists", "interviewee"),
    ("publication", "publication"),
])
def test_key_spellings(key, expected):
    assert normalise_key(key) == expected


def test_a_spanish_header_gives_participants_and_turns():
    source = ("Entrevistada: Ana Ruiz\nEntrevistador: Íñigo Peña\nFecha: 14 de marzo de 2002\nLugar: Triana\n\n"
              "Peña: ¿Cuándo empezó?\n\nRuiz: En 1974.\n\nPeña: ¿Y después?\n\nRuiz: Seguí.\n")
    conversion = convert_bytes(source.encode("utf-8"), Path("/nonexistent/case.txt"))
    root = conversion.tree.getroot()
    assert _people(root) == {"spk-ruiz": ("interviewee", "Ana Ruiz"), "spk-pena": ("interviewer", "Íñigo Peña")}
    assert _turns(root) == [("#spk-pena", "¿Cuándo empezó?"), ("#spk-ruiz", "En 1974."),
                            ("#spk-pena", "¿Y después?"), ("#spk-ruiz", "Seguí.")]
    assert root.xpath("string(//t:creation/t:placeName)", namespaces=NS) == "Triana"
    _check_whole(conversion, source, source.split("\n")[:4])


# ------------------------------------------------------------------ 3. footnote markers


def test_a_footnote_marker_is_no_part_of_a_name():
    source = (HERE / "footnote-title.txt").read_text(encoding="utf-8")
    conversion = convert_file(HERE / "footnote-title.txt")
    root = conversion.tree.getroot()
    assert conversion.interview.metadata["interviewee"] == "Lena Marsh"
    assert conversion.interview.metadata["title"] == "An Interview with Lena Marsh¹"
    assert _people(root) == {"spk-marsh": ("interviewee", "Lena Marsh"), "spk-pike": ("interviewer", "Owen Pike")}
    assert [who for who, _ in _turns(root)] == ["#spk-pike", "#spk-marsh", "#spk-pike", "#spk-marsh"]
    assert _turns(root)[1] == ("#spk-marsh", "Because nobody else keeps the receipts.²")
    _check_whole(conversion, source, source.split("\n")[:3])
    assert person_names("Priya Natarajan¹; Jane Doe*, John Roe†") == ["Priya Natarajan", "Jane Doe", "John Roe"]


def test_name_candidates_end_before_a_footnote_marker():
    found = {c.text: c.count for c in find_candidates(
        ["An Interview with Priya Natarajan¹ about data.", "Priya Natarajan spoke. The NATO² report."])}
    assert found.get("Priya Natarajan") == 2
    assert "NATO" in found
    assert not any(ch in text for text in found for ch in "¹²")


@pytest.mark.parametrize("printed, iso", [
    ("June 3, 1998", "1998-06-03"), ("12 May 1998", "1998-05-12"), ("May 1999", "1999-05"), ("1999", "1999"),
    ("14. März 2002", "2002-03-14"), ("14 mars 2002", "2002-03-14"), ("1er mars 2002", "2002-03-01"),
    ("14 de marzo de 2002", "2002-03-14"), ("14 marzo 2002", "2002-03-14"), ("14 maart 2002", "2002-03-14"),
    ("17 ноября 2009 г.", "2009-11-17"), ("May 32, 1999", None), ("sometime", None),
    ("March 5th, 1999", "1999-03-05"), ("the 3rd of May 1999", "1999-05-03"), ("14. Okt. 2002", "2002-10-14"),
    ("3 déc. 2001", "2001-12-03"), ("12 févr. 2001", "2001-02-12"), ("1999-02-30", None), ("1999-13", None),
    ("1999-02-28", "1999-02-28"),
])
def test_printed_dates_in_other_languages(printed, iso):
    assert _iso_date(printed) == iso


# ------------------------------------------------------------------ 4. turns that are no header, names printed surname first


def test_a_first_turn_that_says_a_sentence_after_a_role_key_stays_a_turn():
    source = ("CHAIR: Welcome, Minister. Please sit down.\n\nSMITH: Thank you for having me.\n\n"
              "CHAIR: Let us begin.\n\nSMITH: Gladly.\n")
    conversion = convert_bytes(source.encode("utf-8"), Path("/nonexistent/case.txt"))
    root = conversion.tree.getroot()
    assert "interviewer" not in conversion.interview.metadata
    assert _people(root) == {"spk-chair": ("participant", "CHAIR"), "spk-smith": ("participant", "SMITH")}
    assert _turns(root) == [("#spk-chair", "Welcome, Minister. Please sit down."),
                            ("#spk-smith", "Thank you for having me."), ("#spk-chair", "Let us begin."),
                            ("#spk-smith", "Gladly.")]
    _check_whole(conversion, source, [])


def test_a_first_turn_that_greets_after_interviewer_stays_a_turn():
    source = "INTERVIEWER: Hello\n\nSMITH: Hi.\n\nINTERVIEWER: Let us begin.\n\nSMITH: Gladly.\n"
    conversion = convert_bytes(source.encode("utf-8"), Path("/nonexistent/case.txt"))
    root = conversion.tree.getroot()
    assert conversion.interview.metadata == {}
    # the one speaker beside the interviewer is the interviewee
    assert _people(root) == {"spk-interviewer": ("interviewer", "INTERVIEWER"), "spk-smith": ("interviewee", "SMITH")}
    assert _turns(root) == [("#spk-interviewer", "Hello"), ("#spk-smith", "Hi."),
                            ("#spk-interviewer", "Let us begin."), ("#spk-smith", "Gladly.")]
    _check_whole(conversion, source, [])


@pytest.mark.parametrize("lines", [
    ["CHAIR: Welcome, Minister. Please sit down."], ["Interviewer: Hello"], ["Host: Good morning"],
    ["Interviewer: Thanks. Date: none"],
])
def test_a_role_line_alone_needs_a_full_name_and_no_sentence(lines):
    assert metadata_block(lines) is None


@pytest.mark.parametrize("lines, fields", [
    (["Interviewee: Doe, Jane"], {"interviewee": "Doe, Jane"}),
    (["Interviewer: Dr. J. R. Smith"], {"interviewer": "Dr. J. R. Smith"}),
    (["Moderator: Ruth Adler, Harrow Valley Gazette", "Panelists: Dr. Pieter van der Berg (hydrologist)"],
     {"interviewer": "Ruth Adler, Harrow Valley Gazette", "interviewee": "Dr. Pieter van der Berg (hydrologist)"}),
])
def test_role_lines_that_name_people_are_still_header(lines, fields):
    assert metadata_block(lines) == fields


@pytest.mark.parametrize("value, expected", [
    ("Doe, Jane", [("Jane Doe", "")]),
    ("Doe, Jane Q. (hydrologist)", [("Jane Q. Doe", "hydrologist")]),
    ("Adler, Ruth; Visser, Pieter", [("Ruth Adler", ""), ("Pieter Visser", "")]),
    ("Martin Luther King, Jr.", [("Martin Luther King Jr.", "")]),
    ("Jane Doe, PhD, Harrow University", [("Jane Doe PhD", "Harrow University")]),
    ("Ruth Adler, Harrow Valley Gazette", [("Ruth Adler", "Harrow Valley Gazette")]),
    ("Doe, Moderator", [("Doe", "Moderator")]),
])
def test_a_name_printed_surname_first_and_a_suffix_after_a_comma(value, expected):
    assert people(value) == expected


def test_an_interviewee_printed_surname_first_is_named_given_name_first():
    source = "Interviewee: Doe, Jane\n\nADLER: Why?\n\nDOE: Rain.\n\nADLER: And?\n\nDOE: Drains.\n"
    conversion = convert_bytes(source.encode("utf-8"), Path("/nonexistent/case.txt"))
    root = conversion.tree.getroot()
    assert _people(root) == {"spk-doe": ("interviewee", "Jane Doe"), "spk-adler": ("interviewer", "ADLER")}  # who asks her: round 17
    assert root.find(".//t:person/t:affiliation", NS) is None
    assert _turns(root) == [("#spk-adler", "Why?"), ("#spk-doe", "Rain."), ("#spk-adler", "And?"),
                            ("#spk-doe", "Drains.")]
    _check_whole(conversion, source, ["Interviewee: Doe, Jane"])


# ------------------------------------------------------------------ 5. header blocks whose names hold abbreviations


_BORN = "\nADLER: Where were you born?\n\nSMITH: In Leeds.\n\nADLER: When?\n\nSMITH: In 1942.\n"


@pytest.mark.parametrize("header, interviewee, interviewer", [
    # a rank before the name, beside a date that vouches for the block
    (["Interviewee: Sgt. John Smith", "Interviewer: Ruth Adler", "Date: 12 May 2001"],
     ("spk-smith", "Sgt. John Smith"), ("spk-adler", "Ruth Adler")),
    # "b. 1932" ends no sentence, with a date or without
    (["Narrator: Mary Smith, b. 1932", "Interviewer: Ruth Adler", "Date: 12 May 2001"],
     ("spk-smith", "Mary Smith"), ("spk-adler", "Ruth Adler")),
    (["Narrator: Mary Smith, b. 1932", "Interviewer: Ruth Adler"],
     ("spk-smith", "Mary Smith"), ("spk-adler", "Ruth Adler")),
    # "Dag" is a given name, not a greeting
    (["Interviewee: Dag Smith", "Interviewer: Tom Adler"], ("spk-smith", "Dag Smith"), ("spk-adler", "Tom Adler")),
])
def test_a_header_block_with_a_rank_a_birth_year_or_a_name_like_a_greeting_is_header(header, interviewee, interviewer):
    source = "\n".join(header) + "\n" + _BORN
    conversion = convert_bytes(source.encode("utf-8"), Path("/nonexistent/case.txt"))
    root = conversion.tree.getroot()
    assert _people(root) == {interviewee[0]: ("interviewee", interviewee[1]),
                             interviewer[0]: ("interviewer", interviewer[1])}
    assert _turns(root) == [(f"#{interviewer[0]}", "Where were you born?"), (f"#{interviewee[0]}", "In Leeds."),
                            (f"#{interviewer[0]}", "When?"), (f"#{interviewee[0]}", "In 1942.")]
    _check_whole(conversion, source, header)


def test_a_label_without_the_suffix_of_a_name_in_the_header_names_its_bearer():
    header = ["Interviewee: John Smith, Jr.", "Interviewer: Ruth Adler", "Date: 12 May 2001"]
    source = "\n".join(header) + "\n\nAdler: Where were you born?\n\nJohn Smith: In 1942.\n\nAdler: Where?\n\nJohn Smith: Leeds.\n"
    conversion = convert_bytes(source.encode("utf-8"), Path("/nonexistent/case.txt"))
    root = conversion.tree.getroot()
    assert _people(root) == {"spk-smith": ("interviewee", "John Smith Jr."), "spk-adler": ("interviewer", "Ruth Adler")}
    assert _turns(root) == [("#spk-adler", "Where were you born?"), ("#spk-smith", "In 1942."),
                            ("#spk-adler", "Where?"), ("#spk-smith", "Leeds.")]
    _check_whole(conversion, source, header)


def test_commas_under_a_plural_key_separate_people():
    header = ["Interviewers: Okoro, Adler", "Interviewee: Jane Doe", "Date: 12 May 2001"]
    source = "\n".join(header) + ("\n\nOKORO: Where were you born?\n\nDOE: In Leeds.\n\nADLER: When?\n\nDOE: In 1942.\n\n"
                                  "OKORO: Why Leeds?\n\nDOE: Work.\n\nADLER: Thank you.\n")
    conversion = convert_bytes(source.encode("utf-8"), Path("/nonexistent/case.txt"))
    root = conversion.tree.getroot()
    assert _people(root) == {"spk-okoro": ("interviewer", "Okoro"), "spk-adler": ("interviewer", "Adler"),
                             "spk-doe": ("interviewee", "Jane Doe")}
    assert _turns(root) == [("#spk-okoro", "Where were you born?"), ("#spk-doe", "In Leeds."), ("#spk-adler", "When?"),
                            ("#spk-doe", "In 1942."), ("#spk-okoro", "Why Leeds?"), ("#spk-doe", "Work."),
                            ("#spk-adler", "Thank you.")]
    _check_whole(conversion, source, header)


@pytest.mark.parametrize("lines, names", [
    (["Panelists: Jane Doe, John Roe, Ann Poe"], ["Jane Doe", "John Roe", "Ann Poe"]),
    (["Moderators: Ruth Adler, Harrow Valley Gazette; Tom Park"], ["Ruth Adler", "Tom Park"]),  # a remark stays one
    (["Interviewees: Pieter Visser, Hydrologist", "Date: 1 May 2001"], ["Pieter Visser"]),
    (["Interviewer: Doe, Jane"], ["Jane Doe"]),  # a singular key: one comma is a name printed surname first
])
def test_people_under_a_plural_key_and_a_name_printed_surname_first_under_a_singular_one(lines, names):
    fields = metadata_block(lines)
    role = next(key for key in fields if key in ("interviewer", "interviewee"))
    assert person_names(fields[role]) == names


# ------------------------------------------------------------------ YAML front matter's participants

_FRONT_MATTER = """---
title: Keeping bees in the city
date: 2022-06-18
participants:
  - name: Sanne de Vries
    role: interviewee
    id: SDV
  - name: Joost Mulder
    role: interviewer
    labels: [JM, Joost]
  - name: Femke Bakker
    role: interviewer
---"""
_YAML_TURNS = ("\n\n**JM:** How many hives do you keep?\n\n**SDV:** Fourteen, on six roofs.\n\n"
               "**FB:** What did the neighbours say?\n\n**SDV:** Nothing, at first.\n\n**Joost:** And in winter?\n\n"
               "**SDV:** They cluster together.\n\n**FB:** Thank you, Sanne.\n")


def test_front_matter_participants_name_the_speakers_as_a_sidecar_does(tmp_path):
    # labels matched by id ("SDV"), by listed labels ("JM", "Joost") and by initials ("FB" for Femke Bakker)
    source = _FRONT_MATTER + _YAML_TURNS
    conversion = convert_bytes(source.encode("utf-8"), tmp_path / "bees.md")
    root = conversion.tree.getroot()
    assert _people(root) == {"spk-vries": ("interviewee", "Sanne de Vries"),
                             "spk-mulder": ("interviewer", "Joost Mulder"),
                             "spk-bakker": ("interviewer", "Femke Bakker")}
    assert _turns(root) == [("#spk-mulder", "How many hives do you keep?"), ("#spk-vries", "Fourteen, on six roofs."),
                            ("#spk-bakker", "What did the neighbours say?"), ("#spk-vries", "Nothing, at first."),
                            ("#spk-mulder", "And in winter?"), ("#spk-vries", "They cluster together."),
                            ("#spk-bakker", "Thank you, Sanne.")]
    assert not [w for w in conversion.interview.warnings if "match no known participant" in w]
    _check_whole(conversion, source, _FRONT_MATTER.split("\n"))


def test_a_sidecar_with_participants_wins_over_the_front_matter(tmp_path):
    (tmp_path / "bees.toml").write_text(
        '[[participants]]\nname = "Anna Jansen"\nrole = "interviewee"\nlabels = ["SDV"]\n\n'
        '[[participants]]\nname = "Pieter Smit"\nrole = "interviewer"\nlabels = ["JM", "FB", "Joost"]\n',
        encoding="utf-8",
    )
    source = _FRONT_MATTER + _YAML_TURNS
    conversion = convert_bytes(source.encode("utf-8"), tmp_path / "bees.md")
    root = conversion.tree.getroot()
    assert _people(root) == {"spk-jansen": ("interviewee", "Anna Jansen"), "spk-smit": ("interviewer", "Pieter Smit")}
    assert {who for who, _ in _turns(root)} == {"#spk-jansen", "#spk-smit"}
    assert "Vries" not in _header_text(root) and "Mulder" not in _header_text(root)
    _check_whole(conversion, source, _FRONT_MATTER.split("\n"))
    # a sidecar without participants leaves them to the front matter
    (tmp_path / "bees.toml").write_text('[interview]\nplace = "Rotterdam"\n', encoding="utf-8")
    root = convert_bytes(source.encode("utf-8"), tmp_path / "bees.md").tree.getroot()
    assert _people(root)["spk-vries"] == ("interviewee", "Sanne de Vries")


def test_front_matter_participants_without_a_name_or_a_mapping_are_left_out_with_a_warning(tmp_path):
    front = ("---\ntitle: Bees\nparticipants:\n  - name: Sanne de Vries\n    role: interviewee\n    id: SDV\n"
             "  - role: interviewer\n    id: JM\n  - Femke Bakker\n  - name:\n---")
    source = front + "\n\n**JM:** How many hives?\n\n**SDV:** Fourteen.\n\n**JM:** Where?\n\n**SDV:** On roofs.\n"
    conversion = convert_bytes(source.encode("utf-8"), tmp_path / "bees.md")
    root = conversion.tree.getroot()
    assert _people(root)["spk-vries"] == ("interviewee", "Sanne de Vries")
    assert [who for who, _ in _turns(root)] == ["#spk-jm", "#spk-vries", "#spk-jm", "#spk-vries"]
    warnings = [w for w in conversion.interview.warnings if w.startswith("front matter participants")]
    assert len(warnings) == 3
    assert "entry 2 (role: interviewer, id: JM) has no name" in warnings[0]
    assert "entry 3 ('Femke Bakker') is not a mapping" in warnings[1]
    assert "entry 4 (name: None) has no name" in warnings[2]
    _check_whole(conversion, source, front.split("\n"))
