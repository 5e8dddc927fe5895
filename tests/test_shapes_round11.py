"""Transcript shapes of the eleventh probe round: a headnote's date without a preposition before it ("Recorded at
the StoryBooth, … New York" / "October 14, 2009"; a TV transcript's "Aired March 3, 2015 - 14:00 ET") dates the
interview; the explanation of a key of the labels says where it was read; "Mahojiano na Bi. Amina Juma" and
"Entrevista a …" are title lines like "Interview with"; "(through an interpreter)" is no affiliation. And the
probes' shapes: an archive's catalogue header ("Accession no.:", "Length:", "Restrictions:"); Q and A in
full-width letters ("Ｑ："); turns numbered in brackets ("[1] MODERATOR:"). Each test says what the TEI holds and
that no word of the source is lost; the guard tests that a rule does not fire on look-alike text."""

from __future__ import annotations

import pytest

from tei_edition import TEI_NS

from .converting import convert_checked as _convert, people as _people, turns as _turns, write as _write

T = "{%s}" % TEI_NS
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def _creation(root) -> list[tuple[str, str]]:
    return [(d.get("when"), d.text) for d in root.iter(T + "date") if d.getparent().tag == T + "creation"]


TURNS = "\n\nINTERVIEWER: When did you start?\n\nJOAN BRIGGS: On 12 January 1951, at fifteen.\n\n" \
        "INTERVIEWER: And you stayed long?\n\nJOAN BRIGGS: Until it closed on 4 May 1979.\n"


# -- A1: a headnote date without a preposition before it ---------------------------------------------------------

@pytest.mark.parametrize("headnote, when, printed", [
    ("StoryCorps\nRecorded at the StoryBooth, Grand Central Terminal, New York\nOctober 14, 2009",
     "2009-10-14", "October 14, 2009"),
    ("CNN NEWSROOM\n\nAired March 3, 2015 - 14:00   ET", "2015-03-03", "March 3, 2015"),
    ("Memories of the mill\n\nRecorded at the BBC studios, Leeds, 3 March 1998.", "1998-03-03", "3 March 1998"),
])
def test_a_headnote_date_without_a_preposition_dates_the_interview(tmp_path, tei_all, headnote, when, printed):
    _, root = _convert(_write(tmp_path, headnote + TURNS), tei_all)
    assert _creation(root) == [(when, printed)]
    assert [who for who, _, _ in _turns(root)] == ["interviewer", "briggs", "interviewer", "briggs"]


@pytest.mark.parametrize("headnote", [
    "Recorded at home about the strike of May 1968, on 3 June 2008.",  # a date after a lower-case word: the subject's
    "Recorded at home, May 1968 to June 1970.",  # a range
    "Aired March 3, 2015 - March 5, 2015",  # a range, not a time
    "Recorded in Leeds, 3 March 1998 – 5 March 1998.",
    "Aired 3 March 2015 and 5 March 2015",  # two dates
    "Recorded at Leeds, 1998.",  # a year alone
    "Recorded at home. Joan was born in Leeds, 3 March 1920.",  # a date in another sentence
])
def test_no_headnote_date_without_a_preposition_from_other_dates(tmp_path, headnote):
    _, root = _convert(_write(tmp_path, "Memories of the mill\n\n" + headnote + TURNS))
    assert _creation(root) == []


# -- A2: the key of the labels says where it was read ------------------------------------------------------------

def test_a_key_after_the_last_turn_is_explained_as_such(tmp_path, tei_all):
    text = ("AS: Where were you born?\n\nKN: In Bergen.\n\nAS: When?\n\nKN: In 1931.\n\n---\n\nSpeakers:\n"
            "AS = Anne Solberg (interviewer)\nKN = Knut Nilsen (narrator)\n")
    conversion, root = _convert(_write(tmp_path, text), tei_all)
    assert "key after the last turn: 'AS' = Anne Solberg (interviewer)" in conversion.explanation
    assert not any(line.startswith("headnote key") for line in conversion.explanation)
    assert _people(root)["solberg"] == ("interviewer", "Anne Solberg")
    text = "Key: JB = Jean Brodie (interviewer); MS = Mary Stead (interviewee)\n\nJB: Where?\n\nMS: Here.\n\nJB: When?\n\nMS: Now.\n"
    conversion, _ = _convert(_write(tmp_path, text, "k.txt"))
    assert "headnote key: 'JB' = Jean Brodie (interviewer)" in conversion.explanation


# -- A3: Swahili and Portuguese/Spanish title lines -------------------------------------------------------------

@pytest.mark.parametrize("title, turns, name, label", [
    ("Mahojiano na Bi. Amina Juma\nMhojaji: Daudi Mwangi\nTarehe: 8 Agosti 2014",
     "Mhojaji: Ulizaliwa wapi?\n\nAmina: Zanzibar.\n\nMhojaji: Lini?\n\nAmina: Mwaka 1952.\n", "Amina Juma", "juma"),
    ("Mahojiano na Bw. Hamisi Omari",
     "Mhojaji: Ulianza kazi lini?\n\nHamisi: Mwaka 1978.\n\nMhojaji: Ngumu?\n\nHamisi: Sana.\n", "Hamisi Omari", "omari"),
    ("Entrevista a José Saramago",
     "ENTREVISTADOR: Onde nasceu?\n\nSARAMAGO: Na Azinhaga.\n\nENTREVISTADOR: Quando?\n\nSARAMAGO: Em 1922.\n",
     "José Saramago", "saramago"),
])
def test_swahili_and_iberian_title_lines_name_the_interviewee(tmp_path, tei_all, title, turns, name, label):
    _, root = _convert(_write(tmp_path, title + "\n\n" + turns), tei_all)
    assert _people(root)[label] == ("interviewee", name)
    # the subtitle in the document's language (a short text may read as the corpus's English)
    words = {"sw": "Mahojiano na", "pt": "Entrevista com", "es": "Entrevista con", "en": "Interview with"}
    language = root.get("{http://www.w3.org/XML/1998/namespace}lang")
    assert root.findtext(f".//{T}titleStmt/{T}title[@type='sub']") == f"{words[language]} {name}"
    assert [who for who, _, _ in _turns(root)][1] == label


def test_mahojiano_in_a_sentence_names_nobody(tmp_path):
    # guard: the words in running text after a lower-case word are no name ("mahojiano na mwandishi")
    text = "Haya ni mahojiano na mwandishi wetu.\n\nMhojaji: Ulizaliwa wapi?\n\nAmina: Zanzibar.\n\nMhojaji: Lini?\n\nAmina: 1952.\n"
    _, root = _convert(_write(tmp_path, text))
    assert _people(root)["amina"][1] == "Amina"


# -- A4: a remark on how a person speaks is no affiliation ---------------------------------------------------------

INTERPRETED = "\n\nCOLE: Where were you born?\n\nKARIMI: In Herat.\n\nCOLE: When?\n\nKARIMI: In 1970.\n"


@pytest.mark.parametrize("header, note", [
    ("Interview with Ahmad Karimi (through an interpreter)\nInterviewer: Sarah Cole\nDate: 3 May 2016",
     "through an interpreter"),
    ("Interviewee: Ahmad Karimi, via interpreter\nInterviewer: Sarah Cole\nDate: 3 May 2016", "via interpreter"),
    ("Interviewee: Ahmad Karimi (translated from Dari)\nInterviewer: Sarah Cole\nDate: 3 May 2016",
     "translated from Dari"),
])
def test_an_interpreter_remark_is_no_affiliation(tmp_path, tei_all, header, note):
    _, root = _convert(_write(tmp_path, header + INTERPRETED), tei_all)
    person = next(p for p in root.iter(T + "person") if p.get(XML_ID) == "spk-karimi")
    assert person.find(T + "affiliation") is None
    assert person.findtext(T + "note") == note  # its words stay in the document
    assert _people(root)["karimi"] == ("interviewee", "Ahmad Karimi")


def test_an_affiliation_beside_an_interpreter_remark_stays(tmp_path, tei_all):
    # guard: only the remark on how the person speaks leaves the affiliation
    header = "Interviewee: Ahmad Karimi, Herat University (through an interpreter)\nInterviewer: Sarah Cole\nDate: 3 May 2016"
    _, root = _convert(_write(tmp_path, header + INTERPRETED), tei_all)
    person = next(p for p in root.iter(T + "person") if p.get(XML_ID) == "spk-karimi")
    assert person.findtext(T + "affiliation") == "Herat University"
    assert person.findtext(T + "note") == "through an interpreter"
    header = "Interviewee: Ahmad Karimi (Institute of Translation)\nInterviewer: Sarah Cole\nDate: 3 May 2016"
    _, root = _convert(_write(tmp_path, header + INTERPRETED, "u.txt"))
    person = next(p for p in root.iter(T + "person") if p.get(XML_ID) == "spk-karimi")
    assert person.findtext(T + "affiliation") == "Institute of Translation"


# -- probes: a catalogue header; full-width Q and A; turns numbered in brackets --------------------------------------

def test_a_catalogue_header_is_a_metadata_block(tmp_path, tei_all):
    text = ("Accession no.: OH-2011-0047\nTitle: Interview with Harold Finch\nInterviewee: Harold Finch\n"
            "Interviewer: Patricia Gomez\nDate: 2 August 2011\nLength: 1 hour 12 minutes\nRestrictions: None\n\n"
            "GOMEZ: Let's start with your childhood.\n\nFINCH: I grew up on a farm near Ames.\n\n"
            "GOMEZ: What did your parents grow?\n\nFINCH: Corn, mostly.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [who for who, _, _ in _turns(root)] == ["gomez", "finch", "gomez", "finch"]
    assert _people(root) == {"finch": ("interviewee", "Harold Finch"), "gomez": ("interviewer", "Patricia Gomez")}
    assert _creation(root) == [("2011-08-02", "2 August 2011")]
    notes = {n.get("n"): n.text for n in root.iter(T + "note") if n.get("type") == "metadata"}
    assert notes == {"accession no.": "OH-2011-0047", "length": "1 hour 12 minutes", "restrictions": "None"}


def test_full_width_q_and_a_are_q_and_a(tmp_path, tei_all):
    text = "インタビュー：山田花子さん\n\nＱ：いつから陶芸を始めましたか。\n\nＡ：二十歳のときです。\n\nＱ：きっかけは？\n\nＡ：祖父の工房です。\n"
    _, root = _convert(_write(tmp_path, text), tei_all)
    # (the title line names the interviewee since round 13: Ａ is 山田花子, the honorific さん no part of the name)
    assert [(who, label) for who, label, _ in _turns(root)] == [("q", "Ｑ"), ("山田花子", "Ａ"), ("q", "Ｑ"), ("山田花子", "Ａ")]
    assert {ident: role for ident, (role, _) in _people(root).items()} == {"q": "interviewer", "山田花子": "interviewee"}
    assert {p.find(T + "persName").text: p.find(T + "persName").get("type") for p in root.iter(T + "person")} == {
        "Ｑ": "unnamed", "山田花子": None}


def test_turns_numbered_in_brackets(tmp_path, tei_all):
    text = ("Focus group transcript, Site B\n\n[1] MODERATOR: Thanks for coming.\n\n[2] KOFI: I drive a bus.\n\n"
            "[3] LENA: I teach.\n\n[4] MODERATOR: The timetable?\n\n[5] KOFI: Worse.\n\n[6] LENA: I agree.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _turns(root) == [
        ("moderator", "[1] MODERATOR", "Thanks for coming."), ("kofi", "[2] KOFI", "I drive a bus."),
        ("lena", "[3] LENA", "I teach."), ("moderator", "[4] MODERATOR", "The timetable?"),
        ("kofi", "[5] KOFI", "Worse."), ("lena", "[6] LENA", "I agree."),
    ]
    assert _people(root)["moderator"][0] == "interviewer"


def test_a_bracketed_number_in_a_paragraph_is_no_turn(tmp_path):
    # guard: "[2] Source: …" inside a turn's paragraph (not at its start) is text
    text = "SMITH: Where?\n\nJONES: Here, as the note says\n[2] Source: the parish register.\n\nSMITH: When?\n\nJONES: 1950.\n"
    _, root = _convert(_write(tmp_path, text))
    assert [who for who, _, _ in _turns(root)] == ["smith", "jones", "smith", "jones"]
    assert "[2] Source: the parish register." in _turns(root)[1][2]


# -- probe: two interviewers listed with their initials under the title ----------------------------------------------

def test_two_interviewers_listed_with_their_initials(tmp_path, tei_all):
    text = ("Interview with Rosa Martínez\nInterviewers: Jane Kim (JK) and Tom Lee (TL)\nRecorded 5 June 2019\n\n"
            "JK: Where were you born?\n\nRM: In Oaxaca.\n\nTL: When did you come to Los Angeles?\n\nRM: In 1988.\n\n"
            "JK: Why?\n\nRM: Work.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert root.findtext(f".//{T}titleStmt/{T}title") == "Interview with Rosa Martínez"  # the credit is no title line
    assert _people(root) == {"martinez": ("interviewee", "Rosa Martínez"), "kim": ("interviewer", "Jane Kim"),
                             "lee": ("interviewer", "Tom Lee")}
    assert [who for who, _, _ in _turns(root)] == ["kim", "martinez", "lee", "martinez", "kim", "martinez"]
    assert _creation(root) == [("2019-06-05", "5 June 2019")]


def test_a_name_with_its_initials_outside_a_role_list_stays_a_participant(tmp_path):
    # guard: the role key's list ends at a sentence; a name printed with its label elsewhere is a participant
    text = ("Interview with Rosa Martínez\nInterviewers: Jane Kim (JK). Her neighbour Tom Lee (TL) joined later.\n\n"
            "JK: Where were you born?\n\nRM: In Oaxaca.\n\nTL: And the bakery?\n\nRM: Later.\n")
    _, root = _convert(_write(tmp_path, text))
    assert _people(root)["lee"] == ("participant", "Tom Lee")


# -- probe: a sign-language interpreter named in the header --------------------------------------------------------

SIGNED = ("Interview with David Brenner\nInterviewer: Claire Watts\nBSL/English interpreter: Sam Patel\n\n"
          "WATTS: When did you first learn to sign?\n\nBRENNER (via interpreter): At school.\n\n"
          "WATTS: Was it allowed?\n\nBRENNER (via interpreter): No.\n\nPATEL: Sorry, could you repeat that?\n\n"
          "BRENNER (via interpreter): No, not in class.\n")


def test_an_interpreter_key_with_its_languages_names_the_interpreter(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, SIGNED), tei_all)
    assert _people(root) == {"brenner": ("interviewee", "David Brenner"), "watts": ("interviewer", "Claire Watts"),
                             "patel": ("participant", "Sam Patel")}
    assert [who for who, _, _ in _turns(root)] == ["watts", "brenner", "watts", "brenner", "patel", "brenner"]
    assert [label for _, label, _ in _turns(root)][1] == "BRENNER (via interpreter)"
    notes = {n.get("n"): n.text for n in root.iter(T + "note") if n.get("type") == "metadata"}
    assert notes == {"translator": "Sam Patel"}


def test_an_interpreter_who_does_not_speak_is_no_participant(tmp_path):
    # guard: the header's interpreter is a participant only where a label of theirs speaks
    text = SIGNED.replace("PATEL: Sorry, could you repeat that?\n\n", "")
    _, root = _convert(_write(tmp_path, text))
    assert set(_people(root)) == {"brenner", "watts"}
