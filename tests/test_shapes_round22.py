"""Transcript shapes of the twenty-second probe round: India's and East Africa's honorifics in labels and titles
("Shri Tiwari:", "Smt. Deshpande:", "Mzee Hamisi:"), a header's "Parent:", "Panel:" and "Published:" keys, a
government's protective marking printed over a record ("OFFICIAL-SENSITIVE"). Each test says what the TEI holds and
that it is valid tei_all; the guard tests that a rule does not fire on look-alike text."""

from __future__ import annotations

import pytest

from .converting import (
    T, convert_checked as _convert, text_of, turns, write as _write, main_title as _title,
    participant_roles as _roles,
)


# -- honorifics of India and East Africa ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Interview with Shri Ramesh Chandra Tiwari\nPlace: Allahabad\nDate: 15 August 1997\n\n"
     "Smt. Deshpande: Tiwari-ji, where were you in 1942?\n\nShri Tiwari: In Allahabad, at the university.\n\n"
     "Smt. Deshpande: Were you arrested?\n\nShri Tiwari: Yes, ji. Eleven months in Naini jail.\n",
     {"spk-tiwari": ("interviewee", "Shri Ramesh Chandra Tiwari"), "spk-deshpande": ("interviewer", "Smt. Deshpande")}),
    ("Mahojiano na Mzee Juma Omari Hamisi\nTarehe: 4 Machi 2016\nMhojaji: Neema Mushi\n\n"
     "Mhojaji: Ulizaliwa wapi?\n\nMzee Hamisi: Nilizaliwa hapa Bagamoyo.\n\nMhojaji: Ulifanya kazi gani?\n\n"
     "Mzee Hamisi: Nilikuwa mvuvi.\n",
     {"spk-hamisi": ("interviewee", "Mzee Juma Omari Hamisi"), "spk-mushi": ("interviewer", "Neema Mushi")}),
])
def test_an_honorific_of_india_or_east_africa_is_no_given_name(tmp_path, tei_all, text, expected):
    # "Shri Tiwari:" was a participant of its own beside the interviewee the title names (and "Smt. Deshpande:" no
    # label: her questions were the previous answer's words); "Mzee Hamisi:" likewise
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _roles(root) == expected
    assert {who for who, _, _ in turns(root)} == {ident[4:] for ident in expected}


def test_a_word_like_an_honorific_inside_a_name_stays():
    # guard: "Bi" or "Shri" begins no other name's words ("Bianca Shrivastava" is hers whole)
    from tei_edition.speakers import _strip_honorific

    assert _strip_honorific("Bianca Shrivastava") == "Bianca Shrivastava"
    assert _strip_honorific("Smt. Anjali Deshpande") == "Anjali Deshpande"


# -- a header's keys: Parent, Panel, Published ------------------------------------------------------------------------

def test_a_childs_interview_header_names_the_child_and_the_parent(tmp_path, tei_all):
    text = ("Children's Voices Project — Interview 12\nDate: 22 April 2019\nInterviewer: Sarah Quinn\n"
            "Child: Maya (age 7)\nParent: Lucy Okonkwo (mother)\n\nSARAH: Maya, what do you like best?\n\n"
            "MAYA: Playtime.\n\nLUCY: She loves the guinea pigs.\n\nSARAH: What are they called?\n\nMAYA: Biscuit.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    # the block was the title and the interviewer's first turn ("Interviewer: Sarah Quinn Child: …")
    assert _title(root) == "Children's Voices Project — Interview 12"
    assert _roles(root) == {"spk-maya": ("interviewee", "Maya"), "spk-quinn": ("interviewer", "Sarah Quinn"),
                            "spk-okonkwo": ("participant", "Lucy Okonkwo")}


def test_a_panels_chair_and_panel_keys_name_the_speakers(tmp_path, tei_all):
    text = ("The Future of Local News\nPanel discussion, Edinburgh, 21 August 2019\n\nChair: Ruth Wishart\n"
            "Panel: Alan Rusbridger, Callum Baird\n\nWISHART: Alan, is local news dying?\n\n"
            "RUSBRIDGER: It is being killed.\n\nWISHART: Callum?\n\nBAIRD: We had 3,000 subscribers.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _roles(root) == {"spk-wishart": ("interviewer", "Ruth Wishart"),
                            "spk-rusbridger": ("interviewee", "Alan Rusbridger"),
                            "spk-baird": ("interviewee", "Callum Baird")}


def test_a_panel_key_over_no_names_is_still_a_title():
    # guard: "Panel: The Future of Local News" heads its block as the title
    from tei_edition.readers.metadata import metadata_block

    fields = metadata_block(["Panel: The Future of Local News", "Date: 3 May 2019", "Place: Leeds"])
    assert fields == {"title": "Panel: The Future of Local News", "date": "3 May 2019", "place": "Leeds"}


def test_a_podcasts_published_key_lets_the_host_and_guest_keys_be_read(tmp_path, tei_all):
    text = ('Field Notes, Episode 12 — "The Last Lighthouse Keeper"\nHost: Nadia Bell\nGuest: Morris Pengelly\n'
            "Published: 8 August 2022\n\nNADIA: Morris, what does a lighthouse sound like?\n\n"
            "MORRIS: Like a clock.\n\nNADIA: You grew up on the Lizard.\n\nMORRIS: Born in Cadgwith.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _roles(root) == {"spk-pengelly": ("interviewee", "Morris Pengelly"), "spk-bell": ("interviewer", "Nadia Bell")}
    # when it was published is no date of the interview
    assert root.find(f".//{T}profileDesc/{T}creation") is None


# -- a protective marking over a record -------------------------------------------------------------------------------

@pytest.mark.parametrize("marking", ["OFFICIAL-SENSITIVE", "RESTRICTED (when complete)          MG15(T)",
                                     "SECRET//NOFORN"])
def test_a_protective_marking_is_no_title(tmp_path, tei_all, marking):
    text = (f"{marking}\n\nRECORD OF INTERVIEW\n\nInterviewee: Colin WARD\nInterviewer: DS 4410 KEANE\n"
            "Date: 02/11/2020\n\nKEANE: Do you understand why you're here?\n\nWARD: Something about the van.\n\n"
            "KEANE: Where was the van?\n\nWARD: Outside my mum's.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _title(root) == "RECORD OF INTERVIEW"
    # the marking stays where it is printed, a paragraph of the headnote
    assert text_of(root.find(f".//{T}front/{T}div/{T}p")).startswith(marking.split()[0])


def test_a_title_in_capitals_is_still_a_title(tmp_path):
    # guard: "SECRET LIVES OF BEES" is no marking
    text = "SECRET LIVES OF BEES\n\nQ: When did you start?\n\nA: In 1990.\n\nQ: Why?\n\nA: My uncle.\n"
    _, root = _convert(_write(tmp_path, text))
    assert _title(root) == "SECRET LIVES OF BEES"


# -- offices and voices that name nobody ------------------------------------------------------------------------------

@pytest.mark.parametrize("label", ["Mr Speaker", "Madam Deputy Speaker", "The SPEAKER", "Hon. Members", "REC"])
def test_a_chambers_chair_its_members_and_a_receptionist_are_no_names(label):
    # Hansard's "Mr Speaker:" and "Hon. Members:", a conversation analyst's "REC:" were persNames as if names
    from tei_edition.readers.labels import stand_in

    assert stand_in(label)


@pytest.mark.parametrize("label", ["Speaker Pelosi", "Rebecca", "Members of Parliament", "Mr Speakman"])
def test_a_name_beside_those_offices_stays_a_name(label):
    from tei_edition.readers.labels import stand_in

    assert not stand_in(label)


def test_a_company_meetings_capacities_with_their_holders_are_the_holders(tmp_path, tei_all):
    text = ("Northgate Water plc — Annual General Meeting 2023\n\nCHAIRMAN (Sir Robert Hale): We now come to questions.\n\n"
            "SHAREHOLDER (Mrs Janet Price): Why has the dividend gone up?\n\nCHAIRMAN: I'll ask our Chief Executive.\n\n"
            "CHIEF EXECUTIVE (Ms Amanda Cole): The dividend is covered by earnings.\n\n"
            "SHAREHOLDER (Mr Tom Whitfield): Will bonuses be linked to pollution targets?\n\nCHAIRMAN: Yes.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    # two shareholders were one person "SHAREHOLDER"; the chairman "CHAIRMAN"
    assert _roles(root) == {"spk-hale": ("chair", "Sir Robert Hale"), "spk-price": ("participant", "Janet Price"),
                            "spk-cole": ("participant", "Amanda Cole"),
                            "spk-whitfield": ("participant", "Tom Whitfield")}
    assert [who for who, _, _ in turns(root)] == ["hale", "price", "hale", "cole", "whitfield", "hale"]


def test_a_role_label_with_its_holder_keeps_its_role(tmp_path):
    # guard: "HOST (Ms Ellie Park)" is the interviewer, as before
    text = ("HOST (Ms Ellie Park): Welcome. Who are you?\n\nGUEST (Dr Sam Lee): A doctor.\n\nHOST: Why?\n\n"
            "GUEST: Why not?\n")
    _, root = _convert(_write(tmp_path, text))
    assert {role for role, _ in _roles(root).values()} == {"interviewer", "interviewee"}


# -- a title's description of the person before the name --------------------------------------------------------------

@pytest.mark.parametrize("title, name", [
    ("INTERVIEW WITH NASA'S CHIEF ENGINEER MARY LEE", "MARY LEE"),
    ("AN INTERVIEW WITH BRITAIN’S OLDEST MAN BOB WEIGHTON", "BOB WEIGHTON"),
    ("INTERVIEW WITH BRITAIN'S AMBASSADOR MARY LEE", "MARY LEE"),
])
def test_a_possessive_in_a_title_opens_a_description_not_the_name(tmp_path, tei_all, title, name):
    text = (f"{title}\n\nConducted by Tom Park, 3 May 2004, Houston\n\nPARK: When did you start?\n\n"
            f"{name.split()[-1]}: In 1986.\n\nPARK: Why?\n\n{name.split()[-1]}: Challenger.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _roles(root)[f"spk-{name.split()[-1].lower()}"] == ("interviewee", name)


def test_a_name_with_an_apostrophe_is_whole(tmp_path):
    # guard: "O'SULLIVAN" is no possessive
    text = ("INTERVIEW WITH MARGARET O'SULLIVAN\n\nQ: When did you start?\n\nO'SULLIVAN: In 1986.\n\nQ: Why?\n\n"
            "O'SULLIVAN: Challenger.\n")
    _, root = _convert(_write(tmp_path, text))
    assert ("interviewee", "MARGARET O'SULLIVAN") in _roles(root).values()


# -- a court reporter's numbered pages with their furniture -----------------------------------------------------------

COURT_PAGES = """                                                                   12
     J4KLSMIT                 Trial
 1             THE COURT:  Mr. Levin, your next witness.
 2             MR. LEVIN:  The government calls Maria Santos.
 3        DIRECT EXAMINATION
 4        BY MR. LEVIN:
 5        Q.   Ms. Santos, where do you work?
 6        A.   At the Bronx branch of First Federal.
 7        Q.   How long have you worked there?
 8        A.   Eleven years.
                   SOUTHERN DISTRICT REPORTERS, P.C.
                             (212) 805-0300
                                                                   13
     J4KLSMIT                 Santos - direct
 1        Q.   What is your job?
 2        A.   I'm the branch manager.
 3        Q.   Were you working on March 3, 2019?
 4        A.   Yes.
                   SOUTHERN DISTRICT REPORTERS, P.C.
                             (212) 805-0300
"""


def test_a_court_reporters_page_furniture_counts_no_line_of_the_numbered_pages(tmp_path, tei_all):
    # refused ("no speaker turns found"): the running head and footer lines made too few lines numbered
    _, root = _convert(_write(tmp_path, COURT_PAGES), tei_all)
    assert [(who, text) for who, _, text in turns(root)][:3] == [
        ("court", "Mr. Levin, your next witness."), ("levin", "The government calls Maria Santos."),
        ("levin", "Ms. Santos, where do you work?")]
    notes = [text_of(note) for note in root.iter(T + "note") if note.get("type") == "transcript"]
    # the running head under each page's number is a note where it stands, as the number and the footer are
    assert [" ".join(n.split()) for n in notes] == [
        "12", "J4KLSMIT Trial", "SOUTHERN DISTRICT REPORTERS, P.C.", "(212) 805-0300", "13", "J4KLSMIT Santos - direct",
        "SOUTHERN DISTRICT REPORTERS, P.C.", "(212) 805-0300"]
    assert not any("J4KLSMIT" in text for _, _, text in turns(root))


def test_a_line_under_a_page_number_in_a_file_without_numbered_lines_stays_text(tmp_path):
    # guard: without numbered lines, the line under a page number is the text's ("12" / "ORAL HISTORY   PROJECT")
    text = ("                                                  12\nHARRIMAN ORAL HISTORY      PROJECT\n\n"
            "Q: When did you go?\n\nHARRIMAN: In 1933.\n\nQ: Why?\n\nHARRIMAN: Johnson asked me.\n")
    _, root = _convert(_write(tmp_path, text))
    notes = [text_of(note) for note in root.iter(T + "note") if note.get("type") == "transcript"]
    assert not any("PROJECT" in note for note in notes)


# -- labels with combining marks --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, label", [
    ("ÀJÀYÍ: Níbo ni wọ́n ti bí yín?\n\nÒGÚNLẸ́YẸ: Wọ́n bí mi sí Ọ̀yọ́.\n\nÀJÀYÍ: Iṣẹ́ wo lẹ ṣe?\n\n"
     "ÒGÚNLẸ́YẸ: Àgbẹ̀ ni mí.\n", "ÒGÚNLẸ́YẸ"),
    # a text saved decomposed (NFD), as macOS may save it: "MU\u0308LLER"
    ("INTERVIEWER: Where were you born?\n\nMU\u0308LLER: In Köln.\n\nINTERVIEWER: And then?\n\n"
     "MU\u0308LLER: Zürich.\n", "MU\u0308LLER"),
])
def test_a_label_with_a_combining_mark_is_a_label(tmp_path, tei_all, text, label):
    # the accent over a letter that has no precomposed form (Yoruba's Ẹ́), or any accent of a decomposed text, ended
    # the label: its turns were the words of the turn before
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [printed for _, printed, _ in turns(root)] == [turns(root)[0][1], label] * 2


# -- a Scottish court's examination headings --------------------------------------------------------------------------

@pytest.mark.parametrize("heading", ["CROSS-EXAMINATION BY MR DUNCAN, SOLICITOR ADVOCATE",
                                     "EXAMINATION-IN-CHIEF OF CONSTABLE AILSA FRASER BY THE ADVOCATE DEPUTE",
                                     "RE-EXAMINATION BY THE ADVOCATE DEPUTE"])
def test_a_scottish_courts_examination_heading_heads_a_section(tmp_path, tei_all, heading):
    text = ("HIGH COURT OF JUSTICIARY\n\nBefore: Lord Beckett\n\nTHE ADVOCATE DEPUTE: Were you on duty?\n\nTHE WITNESS: I was, my lord.\n\n"
            f"LORD BECKETT: Take your time, constable.\n\n{heading}\n\nMR DUNCAN: You didn't see my client?\n\n"
            "THE WITNESS: Not at the flat, no.\n\nTHE ADVOCATE DEPUTE: Nothing further.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    # it was the words of the judge's turn before it
    assert [text_of(head) for head in root.iter(T + "head")] == [heading]
    assert not any(heading in text for _, _, text in turns(root))


# -- a meeting recorder's own lines -----------------------------------------------------------------------------------

def test_a_recorders_started_and_stopped_lines_are_notes(tmp_path, tei_all):
    text = ("Recording started: 10:02:14\n\nPriya Nair: Thanks for joining, Daniel. What is your role?\n\n"
            "Daniel Osei: I'm the practice manager.\n\nPriya Nair: And what changed?\n\nDaniel Osei: Everything.\n\n"
            "Recording stopped: 10:31:55\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    # the first was the title, the last the last turn's words
    assert _title(root) == "t"
    assert [text_of(n) for n in root.iter(T + "note") if n.get("type") == "transcript"] == [
        "Recording started: 10:02:14", "Recording stopped: 10:31:55"]
    assert turns(root)[-1][2] == "Everything."


def test_a_sentence_about_recording_is_speech(tmp_path):
    # guard: "Recording started in 1962." is an answer
    text = ("Q: When did the label begin?\n\nA: Recording started in 1962.\n\nQ: Where?\n\nA: Recording stopped.\n")
    _, root = _convert(_write(tmp_path, text))
    assert [text for _, _, text in turns(root)][1] == "Recording started in 1962."


# -- a credit line among a header's keys -----------------------------------------------------------------------------

def test_a_credit_line_among_the_keys_names_the_interviewer_and_ends_the_title(tmp_path, tei_all):
    text = ("Interview with Shri Ramesh Chandra Tiwari, freedom fighter\nConducted by Smt. Anjali Deshpande\n"
            "Place: Allahabad\nDate: 15 August 1997\n\nSmt. Deshpande: Where were you in 1942?\n\n"
            "Shri Tiwari: In Allahabad.\n\nSmt. Deshpande: Were you arrested?\n\nShri Tiwari: Yes, ji.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    # the credit was the title's second line ("…, freedom fighter: Conducted by Smt. Anjali Deshpande"), and the
    # interviewer "Smt. Deshpande"
    assert _title(root) == "Interview with Shri Ramesh Chandra Tiwari, freedom fighter"
    assert _roles(root)["spk-deshpande"] == ("interviewer", "Smt. Anjali Deshpande")


def test_a_credit_line_alone_stays_the_headnotes(tmp_path):
    # guard: "Conducted by Les Back" alone under a title is a paragraph of the headnote, as before
    text = ("An Interview with Stuart Hall\n\nConducted by Les Back\n\nBack: Why Oxford?\n\nHall: The Empire.\n\n"
            "Back: And then?\n\nHall: The New Left.\n")
    _, root = _convert(_write(tmp_path, text))
    assert "Conducted by Les Back" in text_of(root.find(f".//{T}front"))


# -- a podcast host's opening -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("opening, host, guest", [
    ("I'm Ella Grant, and today my guest is the chef Yotam Ashkenazi.", ("spk-grant", "Ella Grant"),
     ("spk-ashkenazi", "Yotam Ashkenazi")),
    ("My guest is the poet Yotam Ashkenazi. Welcome.", ("spk-ella", "ELLA"), ("spk-ashkenazi", "Yotam Ashkenazi")),
])
def test_a_hosts_opening_names_the_guest_after_a_calling_and_the_host_herself(tmp_path, tei_all, opening, host,
                                                                               guest):
    text = (f"ELLA: Welcome back to The Long Table. {opening}\n\nYOTAM: Thanks for having me.\n\n"
            "ELLA: Your first bakery was in a garage?\n\nYOTAM: In Haifa, yes.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    # both were participants "ELLA" and "YOTAM": the guest's calling ("the chef") hid the name, and a guest's label
    # of a given name counted no evidence
    assert _roles(root) == {host[0]: ("interviewer", host[1]), guest[0]: ("interviewee", guest[1])}


# -- Microsoft Teams' WebVTT ------------------------------------------------------------------------------------------

TEAMS = """WEBVTT

0f2c5a1e-7b3d-4a5e-9c1a-1e7b2d3c4f5a/12-0
00:00:03.120 --> 00:00:07.480
<v {first}>Thanks everyone for joining the debrief.</v>

5d1e9b7a-2c4f-4e8a-b3d2-9f8e7d6c5b4a/20-0
00:00:13.400 --> 00:00:19.750
<v Mark Feeney>The deployment went out at about four.</v>

0f2c5a1e-7b3d-4a5e-9c1a-1e7b2d3c4f5a/14-0
00:00:24.000 --> 00:00:27.200
<v {first}>And who noticed first?</v>
"""


@pytest.mark.parametrize("voice, person", [("Hughes, Alison", ("spk-hughes", "Alison Hughes")),
                                           ("Alison Hughes, Reuters", ("spk-hughes", "Alison Hughes"))])
def test_a_teams_voice_printed_surname_first_is_the_person(tmp_path, tei_all, voice, person):
    # "Hughes, Alison" (a directory's display name) was a person of that name, her id "spk-alison"
    _, root = _convert(_write(tmp_path, TEAMS.format(first=voice), "t.vtt"), tei_all)
    assert _roles(root)[person[0]] == ("participant", person[1])


# -- a byline over the dateline ---------------------------------------------------------------------------------------

def test_a_bylines_name_ends_at_its_line_over_a_place_of_two_words(tmp_path, tei_all):
    text = ('Leonardo Padura: "La Habana es un personaje más"\n\nPor Marta Rivas\nLa Habana, 8 de febrero de 2018\n\n'
            "MARTA RIVAS: ¿Cuándo supo que Conde volvería?\n\nLEONARDO PADURA: Siempre lo supe.\n\n"
            "MARTA RIVAS: ¿Y la ciudad?\n\nLEONARDO PADURA: Es un personaje más.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    # the interviewer was "Marta Rivas La" (spk-la), the place "Habana"
    assert _roles(root)["spk-rivas"] == ("interviewer", "Marta Rivas")
    assert root.findtext(f".//{T}creation/{T}placeName") == "La Habana"


# -- remarks on a person that are no affiliation ----------------------------------------------------------------------

@pytest.mark.parametrize("remark", ["Jg. 1938", "Jahrgang 1938", "age 7", "aged 81"])
def test_a_birth_year_or_an_age_is_a_note_on_the_person(remark):
    # they were the person's affiliation ("Maya (age 7)": affiliation "age 7")
    from tei_edition.speakers import _affiliation

    assert _affiliation(remark) == (None, remark)


@pytest.mark.parametrize("remark", ["Mother Jones magazine", "Ageing Better Trust", "University of Leeds"])
def test_an_organisation_like_those_words_stays_an_affiliation(remark):
    from tei_edition.speakers import _affiliation

    assert _affiliation(remark) == (remark, None)


# -- a paper's name over the date -------------------------------------------------------------------------------------

@pytest.mark.parametrize("credit, dateline, place", [
    ("Interview: Gabriele Müller", "Frankfurter Rundschau, 14. März 1990", None),
    ("Interview: Gabriele Müller", "Bad Homburg, 14. März 1990", "Bad Homburg"),
    ("Por Marta Rivas", "Folha de S.Paulo, 8 de febrero de 2018", None),
])
def test_a_papers_name_before_the_date_is_no_place(tmp_path, tei_all, credit, dateline, place):
    text = (f'Christa Wolf: „Ich bin geblieben"\n\n{credit}\n{dateline}\n\nMÜLLER: Frau Wolf, wie war es?\n\n'
            "WOLF: Ich war zu Hause.\n\nMÜLLER: Und dann?\n\nWOLF: Nie weggegangen.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    # the place was "Rundschau" (the credit's name took "Frankfurter"), and "Folha de S.Paulo" a place
    assert root.findtext(f".//{T}creation/{T}placeName") == place
    assert root.find(f".//{T}creation/{T}date").get("when")[:4] in ("1990", "2018")


# -- a typescript's running head under each page's number ------------------------------------------------------------

TYPESCRIPT = """                                                        27
          ORAL HISTORY RESEARCH OFFICE — COLUMBIA UNIVERSITY

Q: When did you first go to Washington?

HARRIMAN: I went down in 1933, at the suggestion of General Johnson.

                                                        28
          ORAL HISTORY RESEARCH OFFICE — COLUMBIA UNIVERSITY

Q: What did he ask you?

HARRIMAN: He wanted to know about the railroads.
"""


def test_a_running_head_printed_under_each_page_number_is_a_note(tmp_path, tei_all):
    # it was the document's title, and on the next page the words of the answer before it
    _, root = _convert(_write(tmp_path, TYPESCRIPT), tei_all)
    assert _title(root) == "t"
    notes = [text_of(n) for n in root.iter(T + "note") if n.get("type") == "transcript"]
    assert notes == [
        "27", "ORAL HISTORY RESEARCH OFFICE — COLUMBIA UNIVERSITY", "28",
        "ORAL HISTORY RESEARCH OFFICE — COLUMBIA UNIVERSITY"]
    assert turns(root)[1][2] == "I went down in 1933, at the suggestion of General Johnson."


def test_a_title_under_one_page_number_stays_the_title(tmp_path):
    # guard: printed under one page number only, the line is the title
    text = "                 1\nTHE REMINISCENCES OF JOHN DOE\n\nQ: Where?\n\nDOE: Here.\n\nQ: When?\n\nDOE: Then.\n"
    _, root = _convert(_write(tmp_path, text))
    assert _title(root).endswith("THE REMINISCENCES OF JOHN DOE")
    assert not any("REMINISCENCES" in text_of(n) for n in root.iter(T + "note"))


# -- an interviewee withheld by the header who speaks under a label of her own ---------------------------------------

WITHHELD = ("TRANSCRIPT OF INTERVIEW — RELEASED UNDER FOI\n\nInterviewee: [REDACTED]\nInterviewer: J. Barnes\n"
            "Date: 11 February 2019\n\nBARNES: When did you report it?\n\n{label}: In October.\n\n"
            "BARNES: And then?\n\n{label}: Nothing, for weeks.\n{more}")


def test_a_withheld_interviewee_speaks_under_the_one_other_label(tmp_path, tei_all):
    # "WITNESS" was a participant of its own beside the interviewee the header withholds, who never spoke
    _, root = _convert(_write(tmp_path, WITHHELD.format(label="WITNESS", more="")), tei_all)
    assert _roles(root) == {"spk-redacted": ("interviewee", "[REDACTED]"), "spk-barnes": ("interviewer", "J. Barnes")}
    assert [(who, printed) for who, printed, _ in turns(root)] == [("barnes", "BARNES"), ("redacted", "WITNESS")] * 2


def test_two_other_labels_beside_a_withheld_interviewee_stay_apart(tmp_path):
    # guard: two speakers besides the interviewer: which of them is withheld is not said (a witness's label beside
    # them says it: see round 26's test_a_withheld_witness_beside_a_clerk)
    _, root = _convert(_write(tmp_path, WITHHELD.format(label="HARRIS", more="\nCLERK: The time is ten.\n")))
    assert {who for who, _, _ in turns(root)} == {"barnes", "harris", "clerk"}


# -- a journal's notes numbered "1." under superscript marks ---------------------------------------------------------

JOURNAL = ("An Interview with Stuart Hall\n\nBack: You arrived in Oxford in 1951.{one} Why?\n\n"
           "Hall: It was the heart of the Empire.{two}\n\nBack: And then?\n\nHall: The New Left.\n\nNotes\n\n"
           "1. Hall studied at Merton College.\n\n2. See Familiar Stranger (2017).\n")


def test_notes_numbered_with_a_full_stop_are_linked_to_superscript_marks(tmp_path, tei_all):
    # the marks stayed characters of the text and the notes paragraphs, unlinked
    _, root = _convert(_write(tmp_path, JOURNAL.format(one="¹", two="²")), tei_all)
    refs = [(ref.text, ref.get("target")) for ref in root.iter(T + "ref") if ref.get("type") == "noteref"]
    assert refs == [("¹", "#t-note1"), ("²", "#t-note2")]
    assert [text_of(n) for n in root.iter(T + "note") if n.get("type") == "endnote"] == [
        "Hall studied at Merton College.", "See Familiar Stranger (2017)."]


def test_notes_numbered_with_a_full_stop_under_marks_out_of_order_stay_unlinked(tmp_path):
    # guard: the text's marks must be 1, 2 … in order, each once
    _, root = _convert(_write(tmp_path, JOURNAL.format(one="²", two="¹")))
    assert not [ref for ref in root.iter(T + "ref") if ref.get("type") == "noteref"]


# -- a header written on one line, "|" between its fields -------------------------------------------------------------

def test_a_header_line_with_pipes_between_its_fields_is_read(tmp_path, tei_all):
    text = ("Usability study – checkout redesign\nSession P04 | 22 Feb 2024 | Remote (Zoom) | Facilitator: Dan Ortiz | "
            "Note-taker: Mei Chen\n\n[00:00:12] Facilitator: Thanks for joining. How often do you shop online?\n\n"
            "[00:00:21] Participant: A lot.\n\n[00:00:29] Facilitator: Why?\n\n[00:00:41] Participant: Groceries.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    # the title was the file's name, the line the headnote's words, the facilitator unnamed
    assert _title(root) == "Usability study – checkout redesign"
    assert _roles(root)["spk-ortiz"] == ("interviewer", "Dan Ortiz")
    assert root.find(f".//{T}creation/{T}date").get("when") == "2024-02-22"
    notes = {n.get("n"): n.text for n in root.iter(T + "note") if n.get("type") == "metadata"}
    assert notes["description"] == "Session P04; Remote (Zoom)" and notes["note taker"] == "Mei Chen"


def test_a_line_of_pipes_without_a_key_stays_text(tmp_path):
    # guard: "Rock | Paper | Scissors" is no header
    text = "Rock | Paper | Scissors\n\nQ: Which?\n\nA: Rock.\n\nQ: Why?\n\nA: Habit.\n"
    _, root = _convert(_write(tmp_path, text))
    assert _title(root) == "Rock | Paper | Scissors"


# -- a credit abroad over the dateline --------------------------------------------------------------------------------

@pytest.mark.parametrize("credit, dateline, when, place", [
    ("Розмовляла Ірина Мельник", "Київ, 3 березня 2020 року", "2020-03-03", "Київ"),
    ("Propos recueillis par Sophie Lenoir", "Lyon, 4 juin 2015", "2015-06-04", "Lyon"),
])
def test_a_credit_abroad_over_the_dateline_dates_the_interview(tmp_path, tei_all, credit, dateline, when, place):
    text = (f"Інтерв'ю з Оксаною Забужко\n\n{credit}\n{dateline}\n\nМЕЛЬНИК: З чого почалося?\n\n"
            "ЗАБУЖКО: З поїздки до Америки.\n\nМЕЛЬНИК: Ви очікували?\n\nЗАБУЖКО: Ні.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    # the date line under the credit was read neither as the date nor the place
    assert root.find(f".//{T}creation/{T}date").get("when") == when
    assert root.findtext(f".//{T}creation/{T}placeName") == place


# -- a recording's place and date with a note after a semicolon -------------------------------------------------------

def test_a_recording_key_with_place_date_and_a_note_is_read(tmp_path, tei_all):
    text = ("Transkript 4: Nachbarschaftsgespräch (Ausschnitt)\n"
            "Aufnahme: Mannheim, 12.03.2016; Transkription nach GAT 2 (Basistranskript)\n\n"
            "IN: und wie LANge wohnen sie schon hier?\n\nFR: das sind jetzt ACHTzehn jahre.\n\n"
            "IN: ACHTzehn jahre;\n\nFR: ja; seit der wende\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    # the line joined the title ("…; Aufnahme: Mannheim, 12.03.2016; Transkription nach GAT 2 …"), nothing dated
    assert _title(root) == "Transkript 4: Nachbarschaftsgespräch (Ausschnitt)"
    assert root.find(f".//{T}creation/{T}date").get("when") == "2016-03-12"
    assert root.findtext(f".//{T}creation/{T}placeName") == "Mannheim"


def test_a_date_with_a_semicolon_but_no_place_stays_whole():
    # guard: "Date: 3 May 1999; 10 May 1999" is no place and date
    from tei_edition.readers.metadata import _key_lines

    assert _key_lines(["Date: 3 May 1999; 10 May 1999", "Interviewer: Tom Park"]) == {
        "date": "3 May 1999; 10 May 1999", "interviewer": "Tom Park"}
