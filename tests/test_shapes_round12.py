"""Transcript shapes of the twelfth probe round: a speaker label wrapped over two lines as a typescript wraps it
("MARGARET" / "O'SULLIVAN: text"); a bilingual transcript's language codes ("EN:", "FR:") under each speaker's label
are no speakers; a screenplay-like layout's title on the first line is no speaker; the labels of a clinical or
forensic interview ("Clinician:"/"Patient:", "Adult:"/"Child:") name their roles where every label of the file is
such a word. Each test says what the TEI holds and that no word of the source is lost; the guard tests that a rule
does not fire on look-alike text."""

from __future__ import annotations

import pytest

from tei_edition import TEI_NS

from .converting import convert_checked as _convert, people as _people, text_of, turns as _turns, write as _write

T = "{%s}" % TEI_NS


# -- A1: a label wrapped over two lines -------------------------------------------------------------------------

WRAPPED = ("Oral history project, Riverside Mill\n\nMARGARET\nO'SULLIVAN: I started at the mill in 1952.\n\n"
           "INTERVIEWER: What was the noise like?\n\nMARGARET\nO'SULLIVAN: Deafening.\n\n"
           "INTERVIEWER: Did you stay long?\n\nMARGARET\nO'SULLIVAN: Thirty-one years.\n")


def test_a_label_wrapped_over_two_lines_is_one_label(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, WRAPPED), tei_all)
    assert _turns(root) == [
        ("osullivan", "MARGARET O'SULLIVAN", "I started at the mill in 1952."),
        ("interviewer", "INTERVIEWER", "What was the noise like?"),
        ("osullivan", "MARGARET O'SULLIVAN", "Deafening."),
        ("interviewer", "INTERVIEWER", "Did you stay long?"),
        ("osullivan", "MARGARET O'SULLIVAN", "Thirty-one years."),
    ]
    assert _people(root)["osullivan"] == ("interviewee", "MARGARET O'SULLIVAN")


def test_a_capitals_line_above_a_turn_once_is_no_label(tmp_path):
    # guard: a title in capitals right above the first turn, printed once, stays the title
    text = ("THE MILL\nHUGHES: I started in 1952.\n\nINTERVIEWER: Where?\n\nHUGHES: Leeds.\n\n"
            "INTERVIEWER: When?\n\nHUGHES: Then.\n")
    _, root = _convert(_write(tmp_path, text))
    assert [label for _, label, _ in _turns(root)][:2] == ["HUGHES", "INTERVIEWER"]
    assert "MILL" not in " ".join(label for _, label, _ in _turns(root))


# -- A2: a bilingual transcript's language codes ------------------------------------------------------------------

BILINGUAL = ("Interview with Awa Diop\nInterviewer: Paul Martin\n\n"
             "INTERVIEWER:\nEN: Where did you grow up?\nFR: Où avez-vous grandi ?\n\n"
             "DIOP:\nEN: In Dakar, near the port.\nFR: À Dakar, près du port.\n\n"
             "INTERVIEWER:\nEN: What did your father do?\nFR: Que faisait votre père ?\n\n"
             "DIOP:\nEN: He was a fisherman.\nFR: Il était pêcheur.\n")


def test_language_codes_under_each_label_are_no_speakers(tmp_path, tei_all):
    conversion, root = _convert(_write(tmp_path, BILINGUAL), tei_all)
    found = _turns(root)
    assert [(who, label) for who, label, _ in found] == [
        ("martin", "INTERVIEWER"), ("diop", "DIOP"), ("martin", "INTERVIEWER"), ("diop", "DIOP")]
    assert found[1][2] == "EN: In Dakar, near the port. FR: À Dakar, près du port."  # the codes stay text
    assert set(_people(root)) == {"martin", "diop"}
    assert any("a language code" in line for line in conversion.explanation)


def test_initials_that_look_like_language_codes_stay_labels(tmp_path):
    # guard: "EN:" and "FR:" opening their own turns are two people's initials
    text = "EN: Where did you grow up?\n\nFR: In Dakar.\n\nEN: And then?\n\nFR: Paris.\n"
    _, root = _convert(_write(tmp_path, text))
    assert [who for who, _, _ in _turns(root)] == ["en", "fr", "en", "fr"]


# -- A3: a screenplay layout's title ------------------------------------------------------------------------------

SCREENPLAY = ("THE LAST FERRY\nAn interview with Captain Ellen Hughes\n\n"
              "                              INTERVIEWER\n          When did you first take the wheel?\n\n"
              "                              HUGHES\n          In 1974. I was nineteen.\n\n"
              "                              INTERVIEWER\n          Were you frightened?\n\n"
              "                              HUGHES\n          Terrified.\n")


def test_a_screenplay_layouts_first_line_is_its_title(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, SCREENPLAY), tei_all)
    assert [(who, label) for who, label, _ in _turns(root)] == [
        ("interviewer", "INTERVIEWER"), ("hughes", "HUGHES"), ("interviewer", "INTERVIEWER"), ("hughes", "HUGHES")]
    assert "THE LAST FERRY" in root.findtext(f".//{T}titleStmt/{T}title[@type='main']")
    assert _people(root)["hughes"] == ("interviewee", "Captain Ellen Hughes")
    assert "the-last-ferry" not in _people(root)


def test_a_first_turn_in_a_screenplay_layout_stays_a_turn(tmp_path):
    # guard: a label printed once on the first line over a sentence is a speaker's turn (an announcer's welcome)
    text = ("ANNOUNCER\nWelcome to the programme.\n\nINTERVIEWER\nWhen did you start?\n\nHUGHES\nIn 1974.\n\n"
            "INTERVIEWER\nWhy?\n\nHUGHES\nMoney.\n")
    _, root = _convert(_write(tmp_path, text))
    assert _turns(root)[0] == ("announcer", "ANNOUNCER", "Welcome to the programme.")


# -- A4: the labels of a clinical or forensic interview ----------------------------------------------------------

@pytest.mark.parametrize("text, roles", [
    ("Forensic interview, child aged 7 (anonymised)\n\nAdult: What happened at the park?\n\nChild: We went on the "
     "swings.\n\nAdult: And then?\n\nChild: Sam fell off.\n", {"adult": "interviewer", "child": "interviewee"}),
    ("Clinical interview (de-identified)\n\nClinician: What brings you in today?\n\nParent: He's been coughing.\n\n"
     "Clinician: Any fever?\n\nPatient: No.\n\nParent: Maybe a little.\n\nPatient: Sometimes.\n",
     {"clinician": "interviewer", "parent": "participant", "patient": "interviewee"}),
])
def test_clinical_role_labels_name_their_roles(tmp_path, tei_all, text, roles):
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert {ident: role for ident, (role, _) in _people(root).items()} == roles
    assert {p.find(T + "persName").get("type") for p in root.iter(T + "person")} == {"unnamed"}
    assert root.find(f".//{T}titleStmt/{T}title[@type='sub']") is None  # "Interview with Child" names nobody


def test_a_clinical_word_beside_names_names_no_role(tmp_path):
    # guard: "Patient:" once beside named speakers is no turn, and names no role
    text = ("Intake record\n\nPatient: 45-year-old male, referred by his GP.\n\nDR OKAFOR: What brings you in?\n\n"
            "MR BELL: Chest pain.\n\nDR OKAFOR: Since when?\n\nMR BELL: Since Tuesday.\n")
    _, root = _convert(_write(tmp_path, text))
    assert [who for who, _, _ in _turns(root)] == ["okafor", "bell", "okafor", "bell"]
    assert "patient" not in _people(root)


# -- probes: role words of Finnish, Hungarian, Indonesian, Basque and Vietnamese transcripts ------------------------

@pytest.mark.parametrize("text, roles", [
    ("Haastattelija: Missä olit sodan aikana?\n\nHaastateltava: Viipurissa.\n\nHaastattelija: Milloin lähditte?\n\n"
     "Haastateltava: Maaliskuussa 1940.\n", {"haastattelija": "interviewer", "haastateltava": "interviewee"}),
    ("Riporter: Mikor kezdett el zongorázni?\n\nInterjúalany: Hatéves koromban.\n\nRiporter: És mikor lépett fel?\n\n"
     "Interjúalany: Tizennégy évesen.\n", {"riporter": "interviewer", "interjualany": "interviewee"}),
    ("Pewawancara: Sejak kapan Bapak menjadi pemahat?\n\nNarasumber: Sejak umur dua belas tahun.\n\n"
     "Pewawancara: Kayu apa?\n\nNarasumber: Kayu jati.\n", {"pewawancara": "interviewer", "narasumber": "interviewee"}),
    ("ELKARRIZKETATZAILEA: Noiz hasi zinen arrantzan?\n\nELKARRIZKETATUA: Hamabost urte nituenean.\n\n"
     "ELKARRIZKETATZAILEA: Gustatu zitzaizun?\n\nELKARRIZKETATUA: Gero bai.\n",
     {"elkarrizketatzailea": "interviewer", "elkarrizketatua": "interviewee"}),
])
def test_role_words_of_more_languages(tmp_path, tei_all, text, roles):
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert {ident: role for ident, (role, _) in _people(root).items()} == roles
    assert len(_turns(root)) == 4


def test_vietnamese_role_label_of_three_words(tmp_path, tei_all):
    text = ("Phỏng vấn bà Nguyễn Thị Lan\n\nPhỏng vấn viên: Bà sinh ra ở đâu?\n\nNguyễn Thị Lan: Tôi sinh ra ở Huế.\n\n"
            "Phỏng vấn viên: Bà đến Sài Gòn khi nào?\n\nNguyễn Thị Lan: Năm 1968.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [label for _, label, _ in _turns(root)] == ["Phỏng vấn viên", "Nguyễn Thị Lan"] * 2
    roles = {name: role for role, name in _people(root).values()}
    assert roles == {"Phỏng vấn viên": "interviewer", "Nguyễn Thị Lan": "interviewee"}


def test_header_keys_of_more_languages(tmp_path, tei_all):
    text = ("Wawancara dengan Bapak Made Sudarta\nTanggal: 7 Agustus 2019\nTempat: Ubud, Bali\n\n"
            "Pewawancara: Sejak kapan?\n\nNarasumber: Sejak umur dua belas tahun.\n\nPewawancara: Kayu apa?\n\n"
            "Narasumber: Kayu jati.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _people(root)["sudarta"] == ("interviewee", "Made Sudarta")  # "Bapak" is no part of the name
    assert [who for who, _, _ in _turns(root)] == ["pewawancara", "sudarta"] * 2
    text = ("Haastattelu\nHaastattelija: Mikko Laine\nPäivämäärä: 21.9.2012\n\nHaastattelija: Missä olit?\n\n"
            "Haastateltava: Viipurissa.\n\nHaastattelija: Milloin?\n\nHaastateltava: 1940.\n")
    _, root = _convert(_write(tmp_path, text, "fi.txt"), tei_all)
    assert _people(root)["laine"] == ("interviewer", "Mikko Laine")


# -- probe: "Recorded 9 November 2004" under a title and an interviewer key -----------------------------------------

def test_a_recorded_line_in_a_header_block_is_its_date(tmp_path, tei_all):
    text = ("Interview with Frank Delaney\nInterviewer: Sue Marr\nRecorded 9 November 2004\n\n"
            "MARR: So when the mine closed—\n\nDELANEY: When they closed it, yes. And then—\n\nMARR: The strike.\n\n"
            "DELANEY: The strike, aye. And after that, well…\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _people(root) == {"delaney": ("interviewee", "Frank Delaney"), "marr": ("interviewer", "Sue Marr")}
    assert [who for who, _, _ in _turns(root)] == ["marr", "delaney", "marr", "delaney"]
    assert [(d.get("when"), d.text) for d in root.iter(T + "date") if d.getparent().tag == T + "creation"] == [
        ("2004-11-09", "9 November 2004")]


def test_a_recorded_sentence_alone_under_a_title_is_no_header(tmp_path):
    # guard: "Recorded …" counts only among key lines; without one it stays the headnote's sentence
    text = ("Interview with Frank Delaney\nRecorded 9 November 2004\n\nMARR: When?\n\nDELANEY: 1985.\n\n"
            "MARR: Why?\n\nDELANEY: Coal.\n")
    _, root = _convert(_write(tmp_path, text))
    assert "Recorded 9 November 2004" in " ".join(text_of(p) for p in root.iter(T + "p"))


# -- probes: a producer's notes between calls; text on the screen of a video ----------------------------------------

def test_producer_notes_and_screen_text_are_no_speakers(tmp_path, tei_all):
    text = ("TALKBACK WITH DEE HARLOW\n\nHARLOW: You're on Talkback. First caller is Bev.\n\n"
            "CALLER (Bev, Marrickville): Hi Dee. The 423 is every twenty minutes now.\n\n"
            "PRODUCER NOTE: NEXT CALLER TOM ON LINE 3\n\nHARLOW: Thanks, Bev. Tom?\n\n"
            "CALLER (Tom, Leichhardt): The drivers didn't pick it.\n\nPRODUCER NOTE: HARD OUT AT 2:58\n\n"
            "HARLOW: News is next.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert "producer-note" not in _people(root) and "note" not in _people(root)
    assert _people(root)["harlow"][1] == "DEE HARLOW"  # not "TALKBACK WITH DEE HARLOW"
    assert [who for who, _, _ in _turns(root)] == ["harlow", "bev", "harlow", "tom", "harlow"]
    text = ("ON SCREEN: Aerial view of the harbour.\n\nINTERVIEWER: What did it look like?\n\nTANE: The wharves had "
            "dropped.\n\nON SCREEN: Archive footage, 2011.\n\nINTERVIEWER: Any ships?\n\nTANE: Two.\n")
    _, root = _convert(_write(tmp_path, text, "v.txt"), tei_all)
    assert set(_people(root)) == {"interviewer", "tane"}


# -- probes: a legend of the labels, the role first; a podcast's chapter markers -----------------------------------

def test_a_legend_with_the_role_first_under_a_title_keys_the_labels(tmp_path, tei_all):
    text = ("Project Greenfield, interview 07\nS1 = interviewer (Hannah Ross)\nS2 = farmer (Gareth Pugh)\n\n"
            "S1: How long has your family farmed here?\n\nS2: Since 1911.\n\nS1: And the hedgerows?\n\nS2: We lost some.\n")
    conversion, root = _convert(_write(tmp_path, text), tei_all)
    assert _people(root) == {"ross": ("interviewer", "Hannah Ross"), "pugh": ("interviewee", "Gareth Pugh")}
    assert [who for who, _, _ in _turns(root)] == ["ross", "pugh", "ross", "pugh"]
    assert "headnote key: 'S1' = Hannah Ross (interviewer)" in conversion.explanation


def test_a_sentence_above_a_legend_is_no_title_of_it(tmp_path):
    # guard: a sentence before the entries makes the paragraph no key
    text = ("We spoke on the farm. S1 = interviewer (Hannah Ross) S2 = farmer (Gareth Pugh)\n\n"
            "S1: How long?\n\nS2: Since 1911.\n\nS1: And then?\n\nS2: We lost some.\n")
    _, root = _convert(_write(tmp_path, text))
    assert set(_people(root)) == {"s1", "s2"}


def test_chapter_markers_head_sections(tmp_path, tei_all):
    text = ("The Long Table, Episode 42\n\nChapter 1: Introductions (00:00)\n\nMaya: Welcome back.\n\n"
            "Omid: Thanks for having me.\n\nChapter 2: Leaving Tehran (04:12)\n\nMaya: Take us back.\n\n"
            "Omid: It was 2009.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    heads = [text_of(h) for h in root.iter(T + "head")]
    assert heads == ["Chapter 1: Introductions (00:00)", "Chapter 2: Leaving Tehran (04:12)"]
    assert [text for _, _, text in _turns(root)] == ["Welcome back.", "Thanks for having me.", "Take us back.", "It was 2009."]


def test_a_chapter_in_a_sentence_stays_speech(tmp_path):
    # guard: "Chapter 3: that's where …" in an answer is the speaker's words
    text = ("SMITH: Which part?\n\nJONES: The third.\n\nChapter 3: that's where it all went wrong.\n\n"
            "SMITH: Why?\n\nJONES: Money.\n")
    _, root = _convert(_write(tmp_path, text))
    assert not list(root.iter(T + "head"))
    assert "Chapter 3" in _turns(root)[1][2]


# -- probe: the questions wholly in italics, the answers plain -------------------------------------------------------

def test_questions_in_italics_are_the_interviewers_turns(tmp_path, tei_all):
    text = ("*When did you start painting?*\n\nWhen I was nine.\n\n*And did he mind?*\n\nHe was furious.\n\n"
            "*Why boats, always?*\n\nBecause they are never still.\n")
    _, root = _convert(_write(tmp_path, text, "t.md"), tei_all)
    found = [(sp.get("who")[5:], text_of(sp)) for sp in root.iter(T + "sp")]  # no speaker: none printed
    assert found == [
        ("interviewer", "When did you start painting?"), ("interviewee", "When I was nine."),
        ("interviewer", "And did he mind?"), ("interviewee", "He was furious."),
        ("interviewer", "Why boats, always?"), ("interviewee", "Because they are never still."),
    ]


def test_italic_lines_beside_labels_stay_text(tmp_path):
    # guard: an italic question in a labelled transcript is the speaker's words
    text = "SMITH: Where?\n\nJONES: Leeds.\n\n*Was it cold?*\n\nSMITH: When?\n\nJONES: 1950.\n"
    _, root = _convert(_write(tmp_path, text))
    assert [who for who, _, _ in _turns(root)] == ["smith", "jones", "smith", "jones"]


# -- probe: a Google Docs export's comments after the last turn ----------------------------------------------------

def test_google_docs_comments_after_the_last_turn_are_no_speech(tmp_path, tei_all):
    text = ("Daniel Cho: Where did you train?\n\nPriya Raman: In Chennai[b], from 1995.\n\nDaniel Cho: And then?\n\n"
            "Priya Raman: Manchester, in 2003[c].\n\n[b]Check spelling of college name.\n[c]NHS recruitment, see file 3.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _turns(root)[-1] == ("raman", "Priya Raman", "Manchester, in 2003[c].")
    editorial = root.find(f".//{T}div[@type='editorial']")
    assert text_of(editorial) == "[b]Check spelling of college name. [c]NHS recruitment, see file 3."


def test_one_bracketed_letter_in_a_last_answer_stays_speech(tmp_path):
    # guard: one marker is no list of comments ("[a]nd" is a bracketed letter of a word)
    text = "SMITH: Where?\n\nJONES: Leeds.\n\nSMITH: When?\n\nJONES: 1950.\n\n[a]nd then we left.\n"
    _, root = _convert(_write(tmp_path, text))
    assert "then we left" in _turns(root)[-1][2]


# -- probe: an archival transcript's running header with the page after a dash ---------------------------------------

def test_a_running_header_with_the_page_after_a_dash_is_a_note(tmp_path, tei_all):
    text = ("WEBB: Where did you work?\n\nSMITH: At the foundry, from 1931.\n\nSmith, John — Page 2\n\n"
            "WEBB: Who ran it?\n\nSMITH: Mr. Hale.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    notes = [text_of(n) for n in root.iter(T + "note") if n.get("type") == "transcript"]
    assert notes == ["Smith, John — Page 2"]
    assert [text_of(p) for p in root.find(f".//{T}body").iter(T + "p")] == [
        "Where did you work?", "At the foundry, from 1931.", "Who ran it?", "Mr. Hale."]  # the note is no paragraph


def test_a_sentence_ending_in_a_page_stays_speech(tmp_path):
    # guard: in lower case, or in a sentence, "— page 2" is the speaker's
    text = "WEBB: Where is it?\n\nSMITH: In the ledger — page 2\n\nWEBB: Who?\n\nSMITH: Hale.\n"
    _, root = _convert(_write(tmp_path, text))
    assert _turns(root)[1][2] == "In the ledger — page 2"
