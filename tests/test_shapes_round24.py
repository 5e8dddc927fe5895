"""Transcript shapes of the twenty-fourth probe round: a title block's second line that is a dateline ("Taken March 8,
2017, Minneapolis, Minnesota" under a deposition's title, "Episode 412 — Broadcast 14 February 2019" under a
programme's) dates and places the record and is no part of its title; the header's subtitle re-cases a full name
printed in capitals ("Interview with Karen Lindgren"). Each test says what the TEI holds and that it is valid tei_all;
the guard tests that a rule does not fire on look-alike text."""

from __future__ import annotations

import subprocess
import sys

import pytest

from .converting import (
    T, convert_checked as _convert, text_of, turns, write as _write, main_title as _title,
    sub_title as _subtitle, participant_roles as _roles, creation_when as _when, creation_place as _place,
)


def _headnote(root) -> list[str]:
    return [text_of(p) for p in root.iterfind(f".//{T}front/{T}div[@type='headnote']/{T}p")]


_QA = "\nQ. Please state your name.\n\nA. Karen Lindgren.\n\nQ. Where do you work?\n\nA. At the plant.\n"


# -- a dateline under the title ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("title, dateline, when, place", [
    # a deposition's: the verb, a US date, then the city and the state
    ("DEPOSITION OF KAREN LINDGREN", "Taken March 8, 2017, Minneapolis, Minnesota", "2017-03-08",
     "Minneapolis, Minnesota"),
    # a programme's episode and its broadcast: no place
    ("THE LATE HOUR WITH DAN CARVER", "Episode 412 — Broadcast 14 February 2019", "2019-02-14", None),
    # the place before a US date, a comma inside the date
    ("INTERVIEW WITH KAREN LINDGREN", "Minneapolis, March 8, 2017", "2017-03-08", "Minneapolis"),
    # recorded at a place, the date after it
    ("Harbour Lives", "Recorded at the Maritime Museum, 3 May 1998", "1998-05-03", "the Maritime Museum"),
    # recorded "on" a medium: the date, no place
    ("Harbour Lives", "Recorded on Zoom, 3 May 1998", "1998-05-03", None),
    # the verb in other languages, the place after the date ("in", "à") or before it, the verb no part of the place
    ("Zeitzeugengespräch mit Helga Brandt", "Aufgenommen am 3. Mai 1998 in Leipzig", "1998-05-03", "Leipzig"),
    ("Entretien avec Jeanne Morel", "Enregistré le 3 mai 1998 à Lyon", "1998-05-03", "Lyon"),
    ("Memorias de la mina", "Grabado en Linares, 3 de mayo de 1998", "1998-05-03", "Linares"),
])
def test_a_dateline_under_the_title_dates_the_record(tmp_path, tei_all, title, dateline, when, place):
    _, root = _convert(_write(tmp_path, f"{title}\n{dateline}\n{_QA}"), tei_all)
    assert _title(root) == title  # the dateline is no part of the title …
    assert text_of(root.find(f".//{T}titlePart")) == title
    assert _headnote(root) == [dateline]  # … and stays in the text, the headnote's paragraph
    assert (_when(root), _place(root)) == (when, place)


def test_the_deposition_of_probe_23_is_dated_placed_and_subtitled(tmp_path, tei_all):
    text = ("DEPOSITION OF KAREN LINDGREN\nTaken March 8, 2017, Minneapolis, Minnesota\n\nEXAMINATION\n"
            "BY MR. HOLLOWAY:\n\nQ. Ms. Lindgren, please state your name.\n\nA. Karen Marie Lindgren.\n\n"
            "Q. Do you recognize Exhibit 14?\n\nA. Yes.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert (_title(root), _when(root), _place(root)) == ("DEPOSITION OF KAREN LINDGREN", "2017-03-08",
                                                           "Minneapolis, Minnesota")
    assert _subtitle(root) == "Interview with Karen Lindgren"  # re-cased as the citations re-case it
    assert [who for who, _, _ in turns(root)] == ["holloway", "lindgren", "holloway", "lindgren"]


@pytest.mark.parametrize("second", [
    "Born 3 May 1998 in Lyon",  # a sentence's words around the date
    "Episode 412",  # no date
    "The strike of 1998",  # a year alone
])
def test_a_title_line_with_a_date_in_it_stays_the_title(tmp_path, tei_all, second):
    # guard: only a dateline (or a date, as before) leaves the title
    _, root = _convert(_write(tmp_path, f"Harbour Lives\n{second}\n{_QA}"), tei_all)
    assert _title(root) == f"Harbour Lives: {second}"
    assert _place(root) is None


@pytest.mark.parametrize("second", ["Taken by the police, 3 May 1998", "Recorded 3 May 1998, Tuesday",
                                    "Recorded 3 May 1998, Tape 2", "Recorded 3 May 1998 in a hurry"])
def test_a_date_beside_words_of_no_place_gives_no_place(tmp_path, tei_all, second):
    # guard: "by the police", a weekday, a tape are no place's name
    _, root = _convert(_write(tmp_path, f"Harbour Lives\n{second}\n{_QA}"), tei_all)
    assert _place(root) is None


def test_a_dateline_of_joined_lines_or_a_broadcaster_gives_no_place(tmp_path, tei_all):
    # guard: a broadcaster before the date is no place; lines of a paragraph joined are no dateline's
    _, root = _convert(_write(tmp_path, f"Talkback\nABC Radio Brisbane, 9 August 2019\n{_QA}"), tei_all)
    assert (_when(root), _place(root)) == ("2019-08-09", None)
    text = f"Mia Couto: a conversation\n\nEntrevista de Ricardo Marques\nMaputo, 12 de setembro de 2014\n{_QA}"
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _place(root) != "Entrevista de Ricardo Marques Maputo"


# -- the subtitle's names ---------------------------------------------------------------------------------------------

def test_the_subtitle_recases_names_printed_in_capitals(tmp_path, tei_all):
    text = ("Riverside Mill oral history\n\nINTERVIEWER: Where were you born?\n\nMARY O'BRIEN: In Cork.\n\n"
            "INTERVIEWER: And your father?\n\nMARY O'BRIEN: A cooper.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _subtitle(root) == "Interview with Mary O'Brien"
    assert ("interviewee", "MARY O'BRIEN") in _roles(root).values()  # the participant's name as printed
    assert [speaker for _, speaker, _ in turns(root)][1] == "MARY O'BRIEN"


def test_the_subtitle_keeps_a_name_in_mixed_case(tmp_path, tei_all):
    # guard: a name with a lower-case letter is as printed ("McDonald", "de la Cruz")
    text = "Interview with Ana de la Cruz McDonald\n\nQ: Where?\n\nA: Here.\n\nQ: When?\n\nA: Then.\n"
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _subtitle(root) == "Interview with Ana de la Cruz McDonald"


def test_the_converter_does_not_import_the_citations():
    code = "import sys, tei_edition.convert; print('tei_edition.cite' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
    from tei_edition.casing import recased_name
    from tei_edition.cite import recased_name as cited
    assert cited is recased_name and recased_name("LUDWIG VAN BEETHOVEN") == "Ludwig van Beethoven"


# -- a credit under the title ------------------------------------------------------------------------------------------

def test_an_interviewers_credit_under_the_title_is_no_turn(tmp_path, tei_all):
    text = ("Mining Lives Archive — Interview with Harold Pike\nInterviewer: Susan Kemp\n\nTAPE 1, SIDE A\n\n"
            "SUSAN KEMP: When did you go down the pit?\n\nHAROLD PIKE: At fourteen.\n\nSUSAN KEMP: Which seam?\n\n"
            "HAROLD PIKE: The Barnsley seam.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    # the credit was a turn of "Interviewer" whose words were "Susan Kemp", and she a second, nameless participant
    assert _roles(root) == {"spk-pike": ("interviewee", "Harold Pike"), "spk-kemp": ("interviewer", "Susan Kemp")}
    # a header's key, as the line under "Interview with Harold Pike" alone is (round 33): no paragraph of the headnote
    assert _headnote(root) == []
    assert [who for who, _, _ in turns(root)] == ["kemp", "pike", "kemp", "pike"]


@pytest.mark.parametrize("credit", ["Interviewer: Susan Kemp", "Interviewer: Where were you born?"])
def test_a_role_label_under_the_title_naming_nobody_who_speaks_stays_a_turn(tmp_path, tei_all, credit):
    # guard: only a name that speaks later under its own label makes the line a credit
    text = (f"Mining Lives Archive\n{credit}\n\nHAROLD PIKE: At fourteen.\n\nInterviewer: Which seam?\n\n"
            "HAROLD PIKE: The Barnsley seam.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert turns(root)[0][1:] == ("Interviewer", credit.split(": ", 1)[1])


# -- an honorific in capitals before the name of a title in capitals ----------------------------------------------------

def test_a_deposition_of_a_doctor_names_the_doctor(tmp_path, tei_all):
    text = ("VIDEOTAPED DEPOSITION OF DR. ALAN PRICE\n\nEXAMINATION BY MS. REYES:\n\nQ. What is your specialty?\n\n"
            "A. Orthopaedic surgery.\n\nQ. Since when?\n\nA. 1992.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    # "DR" was the interviewee's name (the honorific in capitals read as the name)
    assert ("interviewee", "ALAN PRICE") in _roles(root).values()
    assert _subtitle(root) == "Interview with Alan Price"
    assert [who for who, _, _ in turns(root)] == ["reyes", "price", "reyes", "price"]


def test_a_capitalised_word_like_an_honorific_is_still_a_name(tmp_path, tei_all):
    # guard: "Drew", "Mrsic", "Msimang" begin with an honorific's letters and are names
    text = "INTERVIEW WITH DREW MSIMANG\n\nQ: Where?\n\nA: Durban.\n\nQ: When?\n\nA: 1976.\n"
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert ("interviewee", "DREW MSIMANG") in _roles(root).values()


# -- a minister's office and its holder ----------------------------------------------------------------------------------

def test_a_ministers_office_with_the_holder_in_brackets_is_the_holders_label(tmp_path, tei_all):
    text = ("Dáil Éireann — Questions (Oral Answers)\nTuesday, 9 May 2023\n\n"
            "Deputy Síle Brennan asked the Minister for Communications the number of premises connected.\n\n"
            "Minister for Communications (Mr. Eamon Ryan): As of 30 April, 4,812 premises.\n\n"
            "Deputy Síle Brennan: That is half what was promised. When will the rest be done?\n\n"
            "Minister for Communications (Mr. Eamon Ryan): This year.\n\nDeputy Síle Brennan: I will hold him to that.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    # the minister's answers were the deputy's words, the first one a paragraph of the headnote
    said = turns(root)
    assert [who for who, _, _ in said] == ["ryan", "brennan", "ryan", "brennan"]
    assert said[0] == ("ryan", "Minister for Communications (Mr. Eamon Ryan)", "As of 30 April, 4,812 premises.")
    assert ("Eamon Ryan" in {name for _, name in _roles(root).values()})


def test_an_office_in_a_turn_without_its_holder_stays_the_turns_text(tmp_path, tei_all):
    # guard: an office's words before brackets that hold no person ("(Ireland)") open no turn
    text = ("Harbour Lives\n\nANNA BERG: Where do the figures come from?\n\n"
            "TOMÁS RUIZ: From the department.\nDepartment of Health (Ireland): 4,812 cases in 2022.\n\n"
            "ANNA BERG: Thank you.\n\nTOMÁS RUIZ: Not at all.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [who for who, _, _ in turns(root)] == ["berg", "ruiz", "berg", "ruiz"]
    assert turns(root)[1][2].endswith("Department of Health (Ireland): 4,812 cases in 2022.")


# -- a key of the labels set as a table after the last turn --------------------------------------------------------------

def test_a_key_set_as_a_table_after_the_last_turn_names_the_labels(tmp_path, tei_all):
    text = ("Interview: Ballymun flats oral history, tape 3\n\nMB: I came out to Ballymun in 1969.\n\n"
            "JT: Straight into the towers?\n\nMB: Fifteenth floor.\n\nJT: And the lifts?\n\nMB: Broken.\n\n---\n"
            "KEY TO SPEAKERS\nMB\tMary Byrne (interviewee)\nJT\tJohn Tully (interviewer)\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    # the key was the words of MB's last turn, and MB and JT participants named by their initials
    assert _roles(root) == {"spk-byrne": ("interviewee", "Mary Byrne"), "spk-tully": ("interviewer", "John Tully")}
    assert turns(root)[-1] == ("byrne", "MB", "Broken.")
    assert "KEY TO SPEAKERS" in text_of(root.find(f".//{T}div[@type='editorial']"))


def test_a_tab_in_the_last_turn_is_no_key(tmp_path, tei_all):
    # guard: a tab between a word in capitals and a name in a turn's words is no key's row
    text = ("Harbour Lives\n\nMB: I came out in 1969.\n\nJT: And then?\n\nMB: I worked at ESB\tDublin for years.\n\n"
            "We were happy.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert root.find(f".//{T}div[@type='editorial']") is None
    assert turns(root)[-1][2] == "I worked at ESB Dublin for years. We were happy."


# -- a podcast's chapter marker after its time ---------------------------------------------------------------------------

def test_a_chapter_marker_after_its_time_heads_a_section(tmp_path, tei_all):
    text = ("Sourdough Nation — Episode 58\n\n[00:00:00] CHAPTER 1: Cold open\n\nPRIYA NAIR: Welcome back.\n\n"
            "[00:01:12] [AD BREAK]\n\n[00:02:40] CHAPTER 2: The claim\n\nPRIYA NAIR: Tom, you say 1847.\n\n"
            "TOM EKSTRÖM: Yes.\n\n[00:15:30] Chapter 3: The lab results\n\nPRIYA NAIR: So we sent a sample.\n\n"
            "TOM EKSTRÖM: I'm nervous.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    # the chapters were the words of the turn before them (the first one the headnote's)
    heads = [text_of(div.find(T + "head")) for div in root.iter(T + "div") if div.get("type") == "section"]
    assert heads == ["CHAPTER 1: Cold open", "CHAPTER 2: The claim", "Chapter 3: The lab results"]
    assert [when for when in (a.get("synch") for a in root.iter(T + "anchor")) if when][:1]  # the times kept
    # ("[00:01:12] [AD BREAK]" is a note between the turns, as "[AD BREAK]" alone is: round 26)
    assert [text for _, _, text in turns(root)][:2] == ["Welcome back.", "Tom, you say 1847."]
    assert [text_of(n) for n in root.iter(T + "note") if n.get("type") == "transcript"] == ["AD BREAK"]


def test_a_sentence_about_a_chapter_after_a_time_is_no_heading(tmp_path, tei_all):
    # guard: a timed line that goes on as a sentence ("Chapter 2: we never finished it.") stays a paragraph
    text = ("Pod\n\nANNA: What about the book?\n\nBEN: I wrote one chapter.\n[00:02:40] Chapter 2: we never finished it.\n\n"
            "ANNA: Why?\n\nBEN: Time.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert not [div for div in root.iter(T + "div") if div.get("type") == "section"]
    assert "Chapter 2: we never finished it." in turns(root)[1][2]


def test_a_depositions_long_dateline_with_an_address_dates_it(tmp_path, tei_all):
    text = ("VIDEOTAPED DEPOSITION OF DR. ALAN PRICE\nTaken at the offices of Baker & Lowe LLP, 200 Main Street, "
            "Hartford, Connecticut, on June 2, 2014\n\nQ. What is your specialty?\n\nA. Surgery.\n\nQ. Since when?\n\n"
            "A. 1992.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    # the title was the file name, the record undated: an address is no place's name, the date is the record's
    assert (_title(root), _when(root), _place(root)) == ("VIDEOTAPED DEPOSITION OF DR. ALAN PRICE", "2014-06-02", None)
    assert _headnote(root) == ["Taken at the offices of Baker & Lowe LLP, 200 Main Street, Hartford, Connecticut, on "
                               "June 2, 2014"]


def test_a_long_line_with_a_date_last_but_no_verb_is_no_dateline(tmp_path, tei_all):
    # guard: without the recording's verb, words before a date at the end of a long line date nothing
    text = ("Harbour Lives\n\nThe harbour, the mill and the school, as the town remembered them, on June 2, 2014 and "
            "after\n\nQ. Where?\n\nA. Here.\n\nQ. When?\n\nA. Then.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _when(root) is None
    # nor does a sentence after the verb, its full stop after the date (as round 11 has it)
    text = "Harbour Lives\n\nRecorded at home about the strike of May 1968, on 3 June 2008.\n" + _QA
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _when(root) is None


# -- the Bundestag's record of the house's reactions ------------------------------------------------------------------

BUNDESTAG = ("Deutscher Bundestag\nStenografischer Bericht\n112. Sitzung\nBerlin, Mittwoch, den 5. Juli 2023\n\n"
             "Präsidentin Bärbel Bas: Das Wort hat der Bundesminister der Finanzen, Christian Lindner.\n\n"
             "Christian Lindner, Bundesminister der Finanzen: Der Haushaltsentwurf ist ein Konsolidierungshaushalt.\n\n"
             "(Beifall bei der FDP)\n\nWir kehren zur Schuldenbremse zurück.\n\n"
             "Präsidentin Bärbel Bas: Vielen Dank. Die erste Frage stellt der Kollege Christian Haase.\n\n"
             "Christian Haase (CDU/CSU): Herr Minister, wie viele Milliarden fehlen? Der Beifall war laut.\n\n"
             "Christian Lindner, Bundesminister der Finanzen: Das kann ich heute nicht beziffern.\n\n"
             "(Heiterkeit)\n\nPräsidentin Bärbel Bas: Eine Nachfrage?\n\n"
             "Christian Haase (CDU/CSU): Ja.\n")


def test_the_houses_reactions_in_a_parliamentary_record_are_incidents(tmp_path, tei_all):
    # "(Beifall bei der FDP)", "(Heiterkeit)" were numbered paragraphs of the minister's speech
    _, root = _convert(_write(tmp_path, BUNDESTAG), tei_all)
    assert [text_of(i) for i in root.iter(T + "incident")] == ["Beifall bei der FDP", "Heiterkeit"]
    paragraphs = [text_of(p) for p in root.iter(T + "p")]
    assert not any(p.startswith("(") for p in paragraphs)
    # guard: the word in a sentence is speech
    assert any(p.endswith("Der Beifall war laut.") for p in paragraphs)
