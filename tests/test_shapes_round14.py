"""Transcript shapes of the fourteenth probe round: an editorial declaration that says only what was done to this
source (no Markdown statement for a plain transcript); the one named person who answers every question of unnamed
askers (a press conference, a lecture's questions) is the interviewee; an organisation in round brackets after a
name is the person's affiliation; a title or heading printed over two lines keeps its line break; a Google Docs
export's comment markers are no part of the title. Each test says what the TEI holds and that no word of the source
is lost; the guard tests that a rule does not fire on look-alike text."""

from __future__ import annotations

from .converting import T, XML_ID, convert_checked as _convert, people as _people, text_of, turns as _turns, write as _write


def _normalisations(root) -> list[str]:
    return [text_of(p) for p in root.iter(T + "normalization") for p in p.iter(T + "p")]


def _main_title(root) -> str:
    return text_of(next(t for t in root.iter(T + "title") if t.get("type") == "main"))


def _affiliations(root) -> dict[str, str | None]:
    return {p.get(XML_ID)[4:]: p.findtext(T + "affiliation") for p in root.iter(T + "person")}


# -- 1. the editorial declaration says what was done to this source ------------------------------------------------

PLAIN = "מראיינת: איפה נולדת?\n\nרחל: בתל אביב, בשנת 1948.\n\nמראיינת: מה את זוכרת?\n\nרחל: את הים.\n"


def test_a_plain_transcript_declares_no_markdown(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, PLAIN), tei_all)
    statements = _normalisations(root)
    assert not any("Markdown" in s for s in statements)
    assert "The colon after a speaker label is dropped (speaker holds the label)." in statements


def test_labels_without_a_colon_declare_no_colon(tmp_path):
    text = "INTERVIEWER\nWhere were you born?\n\nHUGHES\nIn Leeds.\n\nINTERVIEWER\nAnd then?\n\nHUGHES\nYork.\n"
    _, root = _convert(_write(tmp_path, text))
    assert not any("colon" in s or "Markdown" in s for s in _normalisations(root))


def test_markdown_italics_and_headings_keep_the_whole_statement(tmp_path):
    # guard: a Markdown source with italics, headings and label colons declares all three, as it always did
    text = ("# A talk with Jane Doe\n\n*Jane Doe grew up in Leeds.*\n\n**Q:** Where were you born?\n\n"
            "**Doe:** In Leeds.\n\n**Q:** And then?\n\n**Doe:** York.\n")
    _, root = _convert(_write(tmp_path, text, "t.md"))
    assert ("Markdown syntax is not kept as characters: *italic* is encoded as hi[@rend='italic'], # headings as "
            "titlePart or head, and the colon after a speaker label is dropped (speaker holds the label).") in _normalisations(root)


def test_markdown_headings_without_italics_declare_headings_only(tmp_path):
    text = "# A talk with Jane Doe\n\nQ: Where were you born?\n\nDoe: In Leeds.\n\nQ: And then?\n\nDoe: York.\n"
    _, root = _convert(_write(tmp_path, text, "t.md"))
    statements = _normalisations(root)
    assert "Markdown syntax is not kept as characters: # headings are encoded as titlePart or head." in statements
    assert not any("italic" in s for s in statements)


# -- 2. the one named person who answers every question of unnamed askers is the interviewee -----------------------

PRESS = ("PRESS CONFERENCE WITH HEALTH MINISTER ANA SILVA\n12 January 2022\n\n"
         "MINISTER SILVA: Good afternoon. I'll take questions.\n\nQ (Reuters): When will the new hospital open?\n\n"
         "MINISTER SILVA: Next spring.\n\nQ (BBC): Is it on budget?\n\nMINISTER SILVA: It is under budget, in fact.\n\n"
         "Q (Le Monde): Will staff be hired locally?\n\nMINISTER SILVA: Mostly, yes.\n")


def test_the_minister_who_answers_every_reporter_is_the_interviewee(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, PRESS), tei_all)
    people = _people(root)
    assert people["silva"] == ("interviewee", "ANA SILVA")
    assert people["reporter-reuters"][0] == "interviewer"


LECTURE = ("The 2018 Hartley Memorial Lecture\nDelivered by Professor Ingrid Lindqvist, University of Uppsala\n\n"
           "MODERATOR: Good evening. Please welcome Professor Ingrid Lindqvist.\n\n"
           "PROF. LINDQVIST: Thank you. Rivers move.\n\nMODERATOR: We have time for a few questions.\n\n"
           "AUDIENCE MEMBER 1: What about the Mekong?\n\nPROF. LINDQVIST: The dams matter.\n\n"
           "AUDIENCE MEMBER 2: What about the Nile?\n\nPROF. LINDQVIST: The great example.\n\n"
           "MODERATOR: Please join me in thanking Professor Lindqvist.\n")


def test_the_lecturer_who_answers_every_questioner_is_the_interviewee(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, LECTURE), tei_all)
    people = _people(root)
    assert people["lindqvist"][0] == "interviewee"
    assert people["moderator"][0] == "interviewer" and people["audience-member-1"][0] == "participant"


def test_a_panel_answering_the_audience_has_no_interviewee(tmp_path):
    # guard: two named panelists answer the unnamed askers' questions: neither is the interviewee
    text = ("MODERATOR: Welcome to the panel.\n\nAUDIENCE MEMBER 1: Is local news dying?\n\n"
            "LUCY HART: It is changing shape.\n\nAUDIENCE MEMBER 2: And radio?\n\nTOM ELLERY: Radio is holding up.\n\n"
            "AUDIENCE MEMBER 1: Who pays?\n\nLUCY HART: Readers, in the end.\n")
    _, root = _convert(_write(tmp_path, text))
    assert not any(role == "interviewee" for role, _ in _people(root).values())


def test_an_unnamed_official_answering_reporters_is_no_interviewee(tmp_path):
    # guard: the one who answers is described, not named ("SENIOR ADMINISTRATION OFFICIAL")
    text = ("Q (Reuters): When do the talks start?\n\nSENIOR ADMINISTRATION OFFICIAL: Next week.\n\n"
            "Q (BBC): Where?\n\nSENIOR ADMINISTRATION OFFICIAL: In Geneva.\n")
    _, root = _convert(_write(tmp_path, text))
    assert not any(role == "interviewee" for role, _ in _people(root).values())


def test_an_interpreter_between_question_and_answer_is_passed_over(tmp_path):
    text = ("INTERVIEWER: When did you leave Aleppo?\n\nINTERPRETER: متى غادرت حلب؟\n\nAHMAD: في صيف ٢٠١٣\n\n"
            "INTERPRETER: In the summer of 2013.\n\nINTERVIEWER: Who travelled with you?\n\nINTERPRETER: من سافر معك؟\n\n"
            "AHMAD: زوجتي وابني\n\nINTERPRETER: My wife and my son.\n")
    _, root = _convert(_write(tmp_path, text))
    people = _people(root)
    assert people["ahmad"][0] == "interviewee" and people["interpreter"][0] == "participant"


# -- 3. an organisation in brackets after a name is the person's affiliation -------------------------------------

PANEL = ("Panel: The Future of Local News\nRecorded at the Bristol Media Festival, 22 April 2022\n\n"
         "Jane Roe (moderator): Welcome. Is local news dying?\n\n"
         "Dr Amir Khan (University of Bristol): Not dying, but shrinking.\n\n"
         "Lucy Hart (Bristol Post): It is changing shape.\n\nTom Ellery (BBC Radio Bristol): Radio is holding up.\n\n"
         "Jane Roe (moderator): Amir, where is it shrinking most?\n\n"
         "Dr Amir Khan (University of Bristol): Courts and councils.\n\n"
         "Lucy Hart (Bristol Post): That's fair.\n\nJane Roe (moderator): Tom, last word?\n\n"
         "Tom Ellery (BBC Radio Bristol): Fund the reporters, not the platforms.\n")


def test_an_organisation_in_brackets_is_the_affiliation(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, PANEL), tei_all)
    assert _affiliations(root) == {"roe": None, "khan": "University of Bristol", "hart": "Bristol Post",
                                   "ellery": "BBC Radio Bristol"}
    people = _people(root)
    assert people["khan"] == ("participant", "Dr Amir Khan") and people["roe"][0] == "interviewer"
    # the panelists are participants alike: none of them is the interviewee
    assert [role for role, _ in people.values()].count("participant") == 3
    assert _turns(root)[1][1] == "Dr Amir Khan (University of Bristol)"  # the label as printed


def test_a_person_or_a_constituency_in_brackets_is_no_affiliation(tmp_path):
    # guard: a name in brackets after a title, a constituency and a party (two remarks), a remark in lower case
    text = ("The Prime Minister (Rishi Sunak): I thank my hon. Friend.\n\n"
            "Sir Keir Starmer (Holborn and St Pancras) (Lab): Will he answer?\n\n"
            "ADLER (on camera): The river rose overnight.\n\nThe Prime Minister (Rishi Sunak): I will.\n\n"
            "Sir Keir Starmer (Holborn and St Pancras) (Lab): When?\n\nADLER (on camera): It fell again.\n")
    _, root = _convert(_write(tmp_path, text))
    assert not any(_affiliations(root).values())


# -- 4. a title or heading printed over two lines keeps its line break -------------------------------------------

def test_a_two_line_title_is_joined_with_a_colon_in_the_header(tmp_path, tei_all):
    text = ("National Life Stories\nAn Oral History of British Science\nInterviewee: Professor Alan Reid\n"
            "Interviewer: Dr Tom Lean\n\nLean: Where were you born?\n\nReid: In Dundee.\n\nLean: And then?\n\nReid: York.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _main_title(root) == "National Life Stories: An Oral History of British Science"


def test_a_two_line_title_page_keeps_its_line_break(tmp_path, tei_all):
    text = ("RIVERBEND ORAL HISTORY PROJECT\nInterview with Edna Halvorsen\n\nINTERVIEWER: Where were you born?\n\n"
            "HALVORSEN: On the farm.\n\nINTERVIEWER: And then?\n\nHALVORSEN: Fargo.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    part = next(p for p in root.iter(T + "titlePart") if p.get("type") == "main")
    assert part.text == "RIVERBEND ORAL HISTORY PROJECT " and part[0].tag == T + "lb"
    assert part[0].tail == "Interview with Edna Halvorsen"
    assert _main_title(root) == "RIVERBEND ORAL HISTORY PROJECT: Interview with Edna Halvorsen"


def test_a_title_line_the_next_continues_is_joined_by_a_space(tmp_path):
    # guard: "THE REMINISCENCES OF" / "WALTER J. HARGROVE" is one phrase: no colon between its lines
    text = ("THE REMINISCENCES OF\nWALTER J. HARGROVE\n\nQ: Where were you born?\n\nHARGROVE: In Ohio.\n\n"
            "Q: And then?\n\nHARGROVE: Chicago.\n")
    _, root = _convert(_write(tmp_path, text))
    assert _main_title(root) == "THE REMINISCENCES OF WALTER J. HARGROVE"


def test_a_one_line_title_has_no_line_break(tmp_path):
    # guard
    text = "A Life on the River\n\nQ: Where were you born?\n\nA: Hull.\n\nQ: And then?\n\nA: York.\n"
    _, root = _convert(_write(tmp_path, text))
    assert _main_title(root) == "A Life on the River" and not list(root.iter(T + "lb"))


def test_a_witness_header_over_two_lines_keeps_its_line_break(tmp_path, tei_all):
    text = ("THE CHAIR:  Good morning.  Mr Rowe.\nMR ROWE:  Good morning, Chair.  I call Ms Patel.\n"
            "                MS ANITA PATEL (sworn)\n              Questions from COUNSEL TO THE INQUIRY\n"
            "MR ROWE:  Ms Patel, your full name, please?\nA.  Anita Rani Patel.\nQ.  You ran the depot?\nA.  Yes.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    head = next(root.iter(T + "head"))
    assert head.text == "MS ANITA PATEL (sworn) " and head[0].tag == T + "lb"
    assert head[0].tail == "Questions from COUNSEL TO THE INQUIRY"


# -- 5. a Google Docs export's comment markers are no part of the title ------------------------------------------

GDOCS = ("Interview with Priya Raman[a]\nInterviewer: Daniel Cho\nDate: 4 March 2022\n\n"
         "Daniel Cho: Where did you train?\n\nPriya Raman: In Chennai, at Madras Medical College[b], from 1995.\n\n"
         "Daniel Cho: And then?\n\nPriya Raman: Manchester, in 2003.\n\n"
         "[a]Name confirmed with interviewee.\n[b]Check spelling of college name.\n")


def test_a_comment_marker_is_no_part_of_the_title(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, GDOCS), tei_all)
    assert _main_title(root) == "Interview with Priya Raman"
    assert _people(root)["raman"] == ("interviewee", "Priya Raman")
    # the marker's characters stay in the TEI: the declaration quotes the line as printed; in the text, as printed
    assert any("Interview with Priya Raman[a]" in s for s in _normalisations(root))
    assert "Madras Medical College[b], from 1995." in _turns(root)[1][2]


def test_a_comment_marker_on_a_title_page_stays_in_the_text(tmp_path, tei_all):
    text = ("Interview with Priya Raman[a]\n\nDaniel Cho: Where did you train?\n\nPriya Raman: In Chennai.\n\n"
            "Daniel Cho: And then?\n\nPriya Raman: Manchester.\n\n[a]Name confirmed with interviewee.\n[b]Check.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _main_title(root) == "Interview with Priya Raman"
    part = next(p for p in root.iter(T + "titlePart") if p.get("type") == "main")
    assert text_of(part) == "Interview with Priya Raman[a]"


def test_brackets_in_a_title_without_comments_stay(tmp_path):
    # guard: no comments after the last turn, so "[a]" is the title's own
    text = ("Interview with Priya Raman[a]\nInterviewer: Daniel Cho\nDate: 4 March 2022\n\n"
            "Daniel Cho: Where did you train?\n\nPriya Raman: In Chennai.\n\nDaniel Cho: And then?\n\nPriya Raman: Manchester.\n")
    _, root = _convert(_write(tmp_path, text))
    assert _main_title(root) == "Interview with Priya Raman[a]"
