"""Transcript shapes of the thirty-third probe round: a dateline in lower case under a title in capitals ("held at
Bulford Camp on 4 October 1951"); a letter's dateline ("En Lugo, a 14 de abril de 1987") as the last line of a
headnote paragraph; one credit line right under a title ("Presenter: Liz Green"); a catalogue's descriptive title of
forty words; sessions' headings with their dates; the subtitle in the document's language (none where the converter
does not know the words); a sign-language interview's "Voice-over:" key; a child's interview with a parent present
and a "Researcher:"; a German and a Russian credit line with the day and place ("Geführt von Jonas Keller am 8.
November 1999 in Leipzig", "Записала Ольга Миронова, Новосибирск, 15 мая 2003 года"). Each test says what the TEI holds
and that it is valid tei_all; the guard tests that a rule does not fire on look-alike text."""

from __future__ import annotations

import pytest

from .converting import (
    T, convert_checked as _convert, text_of, turns, write as _write, main_title as _title, sub_title as _sub,
    participant_roles as _roles, creation_when as _when, creation_place as _place,
)
from tei_edition.readers.metadata import dateline


def _headnote(root) -> list[str]:
    return [text_of(p) for p in root.iterfind(f".//{T}front/{T}div[@type='headnote']/{T}p")]


def _creation_dates(root) -> list[str]:
    return [date.get("when") for date in root.iterfind(f".//{T}creation/{T}date")]


# -- a dateline in lower case under a title in capitals -------------------------------------------------------------

_COURT = "\n\nPRESIDENT: Is the accused Private Bell?\n\nBELL: I am, sir.\n\nPRESIDENT: How do you plead?\n\n" \
         "BELL: Not guilty, sir.\n"


@pytest.mark.parametrize("head, title, when, place", [
    # the dateline was joined to the title, a paragraph the page had cut in mid-sentence
    ("COURT-MARTIAL OF PRIVATE T. A. BELL\nheld at Bulford Camp on 4 October 1951",
     "COURT-MARTIAL OF PRIVATE T. A. BELL", "1951-10-04", "Bulford Camp"),
    ("THE MILLTOWN STRIKE\nrecorded at the Civic Hall on 3 May 1998", "THE MILLTOWN STRIKE", "1998-05-03",
     "the Civic Hall"),
    ("INQUEST INTO THE DEATH OF MARY COLE\nheld at the Town Hall, Bury, on 2 March 1923",
     "INQUEST INTO THE DEATH OF MARY COLE", "1923-03-02", "the Town Hall, Bury"),
])
def test_a_lower_case_dateline_under_a_title_in_capitals_dates_the_record(tmp_path, tei_all, head, title, when, place):
    _, root = _convert(_write(tmp_path, head + _COURT), tei_all)
    assert _title(root) == title
    assert (_when(root), _place(root)) == (when, place)
    assert _headnote(root) == [head.split("\n")[1]]  # the dateline kept where it is printed


def test_a_lower_case_line_without_a_date_goes_on_with_the_title(tmp_path, tei_all):
    # guard: a title's line in lower case with no day's date in it is the title's (as before)
    _, root = _convert(_write(tmp_path, "THE MILLTOWN STRIKE\nheld at the time of the lock-out" + _COURT), tei_all)
    assert _title(root) == "THE MILLTOWN STRIKE held at the time of the lock-out"
    assert _when(root) is None


@pytest.mark.parametrize("line, expected", [
    ("held at Bulford Camp on 4 October 1951", ("Bulford Camp", "4 October 1951")),
    ("aufgenommen in Leipzig am 3. Mai 1998", ("Leipzig", "3. Mai 1998")),
    ("am 8. November 1999 in Leipzig", ("Leipzig", "8. November 1999")),
    ("En Lugo, a 14 de abril de 1987", ("Lugo", "14 de abril de 1987")),
    ("Em Lisboa, a 3 de maio de 1990", ("Lisboa", "3 de maio de 1990")),
    ("A Coruña, 3 de maio de 1990", ("A Coruña", "3 de maio de 1990")),  # "A" a part of the place's name
    ("held at the time on 4 October 1951", None),  # guard: no place's name after "at"
    ("Recorded at home on Teams in 2021", None),  # guard: a year, no day
    ("held on 4 October 1951 in the afternoon", None),  # guard: no place's name after "in"
    ("Taken March 3, 2011, at Boston, Massachusetts", ("Boston, Massachusetts", "March 3, 2011")),
    ("le 3 mai 1998, à Lyon", ("Lyon", "3 mai 1998")),
    ("3 May 1998, in the morning", None),  # guard: no place's name after the preposition
])
def test_datelines_with_the_place_first_or_a_letters_preposition(line, expected):
    assert dateline(line) == expected


# -- a letter's dateline, the last line of a headnote paragraph ------------------------------------------------------

_ENTREVISTA = "\n\nEntrevistadora: ¿Dónde nació usted?\n\nCarmen: En Sarria.\n\nEntrevistadora: ¿Y sus padres?\n\n" \
              "Carmen: Labradores, los dos.\n"


@pytest.mark.parametrize("headnote, when, place", [
    ("Archivo de la Memoria Oral de Galicia.\nEn Lugo, a 14 de abril de 1987", "1987-04-14", "Lugo"),
    ("En Lugo, a 14 de abril de 1987", "1987-04-14", "Lugo"),  # a paragraph of its own
    ("Arquivo da Memória Oral.\nEm Lisboa, a 3 de maio de 1990", "1990-05-03", "Lisboa"),
])
def test_a_letters_dateline_in_the_headnote_dates_the_interview(tmp_path, tei_all, headnote, when, place):
    text = "ENTREVISTA A CARMEN VÁZQUEZ RIVAS\n\n" + headnote + _ENTREVISTA
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert (_when(root), _place(root)) == (when, place)
    assert _headnote(root) == [" ".join(headnote.split())]  # the words stay where they are printed


def test_a_date_in_a_headnote_sentence_dates_nothing(tmp_path, tei_all):
    # guard: a sentence that ends in a date on its last line is no dateline ("… the archive in Lugo, 14 April 1987."
    # says when something else happened)
    text = ("ENTREVISTA A CARMEN VÁZQUEZ RIVAS\n\nThe tapes were given to the archive\nwhen it opened in Lugo in "
            "April 1987." + _ENTREVISTA)
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _when(root) is None


# -- one credit line right under a title -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, roles", [
    ("Gardening Hour: Winter Pruning\nPresenter: Liz Green\n\nLIZ: Welcome back. Today we are in the orchard.\n\n"
     "TOM: Thanks, Liz.\n\nLIZ: What do we cut first?\n\nTOM: The dead wood.\n",
     {"spk-green": ("interviewer", "Liz Green"), "spk-tom": ("interviewee", "TOM")}),
    # the title names her, the key him: the label is matched to the title's full name as before
    ("Oral History of Dr Anita Desai-Morgan\nInterviewer: Paul Kerr\n\nKERR: Where were you born?\n\n"
     "DESAI-MORGAN: In Pune.\n\nKERR: When?\n\nDESAI-MORGAN: In 1941.\n",
     {"spk-kerr": ("interviewer", "Paul Kerr"), "spk-desai-morgan": ("interviewee", "Dr Anita Desai-Morgan")}),
])
def test_one_credit_line_under_a_title_leaves_the_headnote(tmp_path, tei_all, text, roles):
    # the line stayed a paragraph of the headnote though its role was read
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _roles(root) == roles
    assert _headnote(root) == []
    assert _title(root) == text.split("\n")[0]


def test_a_credit_whose_person_never_speaks_stays_in_the_headnote(tmp_path, tei_all):
    # guard: no label of hers vouches for the line: it stays a paragraph where it is printed (as before)
    text = ("Gardening Hour: Winter Pruning\nPresenter: Liz Green\n\nHOST: Welcome back.\n\nTOM: Thanks.\n\n"
            "HOST: What do we cut first?\n\nTOM: The dead wood.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _headnote(root) == ["Presenter: Liz Green"]
    assert [speaker for _, speaker, _ in turns(root)] == ["HOST", "TOM"] * 2


def test_a_greeting_under_a_title_stays_a_turn(tmp_path, tei_all):
    # guard: a role's words under a title that are no full name are the first turn ("HOST: Welcome back.")
    text = ("Gardening Hour\nHOST: Welcome back to the show.\n\nTOM: Thanks.\n\nHOST: What do we cut?\n\n"
            "TOM: The dead wood.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert turns(root)[0][1:] == ("HOST", "Welcome back to the show.")


# -- a catalogue's descriptive title ---------------------------------------------------------------------------------

_RALEIGH = "\n\nINTERVIEWER: When did you start at Raleigh?\n\nFAIRWEATHER: In 1952.\n\nINTERVIEWER: Which shop?\n\n" \
           "FAIRWEATHER: Frames.\n"


@pytest.mark.parametrize("title", [
    "Transcript of an interview with Margaret Ellen Fairweather, former shop steward at the Raleigh cycle works in "
    "Nottingham, recorded for the East Midlands Industrial Heritage Oral History Project by the Nottingham Local "
    "Studies Library in the spring of 1994",
    "Oral history interview with Margaret Ellen Fairweather, shop steward at Raleigh from 1959 to 1981, about the "
    "frame shop, the strike of 1962 and the closing of the Lenton works",
])
def test_a_long_descriptive_title_is_the_title(tmp_path, tei_all, title):
    # the document's file name was its title, the line a paragraph of the headnote
    _, root = _convert(_write(tmp_path, title + _RALEIGH), tei_all)
    assert len(title) > 150 and _title(root) == title
    assert _headnote(root) == []
    assert _roles(root)["spk-fairweather"] == ("interviewee", "Margaret Ellen Fairweather")


def test_a_long_line_that_is_no_catalogue_title_stays_in_the_headnote(tmp_path, tei_all):
    # guard: a long first line that does not say what the document is remains a paragraph (no title of 30 words)
    line = ("Margaret Fairweather talks about the frame shop at Raleigh and the strike of 1962 and how the union "
            "kept going after the Lenton works closed and what it meant for the women who had worked there")
    _, root = _convert(_write(tmp_path, line + _RALEIGH, "raleigh.txt"), tei_all)
    assert _title(root) == "raleigh"
    assert _headnote(root) == [line]


# -- sessions' headings with their dates -----------------------------------------------------------------------------

_SESSIONS = ("Oral History of Dr Anita Desai\n\n{0}\n\nKERR: Where were you born?\n\nDESAI: In Pune.\n\n{1}\n\n"
             "KERR: Last time we stopped at college.\n\nDESAI: Then Edinburgh.\n")


@pytest.mark.parametrize("first, second, dates", [
    ("Session 1, 4 May 2010", "Second session — 12 June 2010", ["4 May 2010", "12 June 2010"]),
    ("SESSION ONE: 3 March 1998", "SESSION TWO: 10 March 1998", ["3 March 1998", "10 March 1998"]),
    ("Tape 1 - 14 July 1983", "Tape 2 - 21 July 1983", ["14 July 1983", "21 July 1983"]),
])
def test_a_sessions_heading_dates_the_session(tmp_path, tei_all, first, second, dates):
    _, root = _convert(_write(tmp_path, _SESSIONS.format(first, second)), tei_all)
    heads = list(root.iterfind(f".//{T}body//{T}div/{T}head"))
    assert [text_of(head) for head in heads] == [first, second]  # the words as printed
    assert [text_of(head.find(T + "date")) for head in heads] == dates
    isos = [head.find(T + "date").get("when") for head in heads]
    assert all(len(iso) == 10 for iso in isos)
    assert _creation_dates(root) == isos  # the interview's days, where nothing else dates it


def test_the_headers_date_stays_the_interviews(tmp_path, tei_all):
    # guard: a date the header gives is the interview's; the sessions' days stay in their headings
    text = _SESSIONS.format("Session 1, 4 May 2010", "Session 2, 12 June 2010").replace(
        "Desai\n\n", "Desai\nDate: 1 May 2010\n\n", 1)
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _creation_dates(root) == ["2010-05-01"]
    assert root.find(f".//{T}body//{T}head/{T}date").get("when") == "2010-05-04"


def test_a_session_heading_without_a_day_has_no_date(tmp_path, tei_all):
    # guard: a session's number with a year or no date at all is no day of the interview
    _, root = _convert(_write(tmp_path, _SESSIONS.format("Session 1, 2010", "Session 2")), tei_all)
    assert root.find(f".//{T}body//{T}head/{T}date") is None
    assert _creation_dates(root) == []


# -- the subtitle in the document's language -------------------------------------------------------------------------

@pytest.mark.parametrize("text, subtitle", [
    ("مقابلة مع فاطمة الزهراء بن علي\n\nالمحاور: متى وصلت إلى تونس؟\n\nفاطمة: في سنة ١٩٦٢، بعد الاستقلال.\n\n"
     "المحاور: وماذا كان عمل والدك؟\n\nفاطمة: كان معلماً في مدرسة ابتدائية في صفاقس.\n",
     "مقابلة مع فاطمة الزهراء بن علي"),
    ("Zeitzeugeninterview mit Gerda Hoffmann\n\nKeller: Frau Hoffmann, wo waren Sie am 9. November 1989?\n\n"
     "Hoffmann: Zu Hause, in der Küche. Mein Sohn rief an und sagte, die Mauer sei offen.\n\nKeller: Was haben Sie "
     "gedacht?\n\nHoffmann: Ich habe es nicht geglaubt, bis ich die Bilder im Fernsehen gesehen habe.\n",
     "Interview mit Gerda Hoffmann"),
    # no English subtitle over a Japanese or a Russian text: the converter knows no words that leave the name as it
    # is printed (Russian declines it, Japanese puts it first)
    ("山田花子さんインタビュー\n\n聞き手：戦争中はどこにいましたか。\n\n山田：広島の叔母の家にいました。\n\n"
     "聞き手：その時おいくつでしたか。\n\n山田：十二歳でした。\n", None),
    ("Интервью с Анной Петровной Сидоровой\n\nМиронова: Где вы родились?\n\nСидорова: В деревне под Омском, в "
     "тридцатом году.\n\nМиронова: А когда переехали в город?\n\nСидорова: После войны. Работала на заводе.\n", None),
])
def test_the_subtitle_is_in_the_documents_language(tmp_path, tei_all, text, subtitle):
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _sub(root) == subtitle
    assert any(role == "interviewee" for role, _ in _roles(root).values())  # she is named all the same


def test_an_english_transcript_keeps_its_subtitle(tmp_path, tei_all):
    # guard: English words for an English text, as before
    _, root = _convert(_write(tmp_path, "INTERVIEW WITH KAREN LINDGREN\n\nQ: Where?\n\nLINDGREN: Duluth.\n\n"
                                        "Q: When?\n\nLINDGREN: 1950.\n"), tei_all)
    assert _sub(root) == "Interview with Karen Lindgren"


# -- a sign-language interview's voice-over; a child's interview with a parent present ------------------------------

def test_a_voice_over_key_names_the_interpreter(tmp_path, tei_all):
    # the header's keys were turns of "Interviewee" and "Interviewer" ("Voice-over:" a key the tables did not know)
    text = ("Deaf Lives Archive — Interview 14\nInterviewee: Jean Harrow\nInterviewer: Mark Tully\n"
            "Voice-over: Claire Dobbs, BSL/English interpreter\nDate: 22 February 2015\n\n"
            "TULLY: Which school did you go to?\n\nHARROW: The Royal School for the Deaf in Margate.\n\n"
            "INTERPRETER: She asks if she can show the sign for the headmaster.\n\nTULLY: Of course.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    roles = _roles(root)
    assert roles["spk-harrow"] == ("interviewee", "Jean Harrow") and roles["spk-tully"] == ("interviewer", "Mark Tully")
    assert [who for who, _, _ in turns(root)] == ["tully", "harrow", "dobbs", "tully"]
    assert roles["spk-dobbs"][1] == "Claire Dobbs"
    assert _when(root) == "2015-02-22" and _headnote(root) == []


def test_a_parent_present_speaks_under_her_given_name(tmp_path, tei_all):
    # "PRIYA:" once was the words of the child's turn before it; "Researcher:" named nobody
    text = ("Childhood in Lockdown Project — interview 7\nChild: Maya (aged 8)\nParent present: Priya Shah (mother)\n"
            "Researcher: Dr Tom Ellis\nDate: 12 May 2021\n\nTOM: What did you miss most?\n\n"
            "MAYA: My friends. And the swings.\n\nPRIYA: She means the park by the school.\n\n"
            "TOM: Did you do school on the computer?\n\nMAYA: Yes but the sound kept going off.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [who for who, _, _ in turns(root)] == ["ellis", "maya", "shah", "ellis", "maya"]
    roles = _roles(root)
    assert roles["spk-ellis"] == ("interviewer", "Dr Tom Ellis") and roles["spk-shah"][1] == "Priya Shah"
    assert _when(root) == "2021-05-12"


def test_a_researcher_label_is_still_a_turn(tmp_path, tei_all):
    # guard: "Researcher:" over a question is a turn of the researcher, no header key
    text = ("Researcher: So where did you grow up?\n\nParticipant: In Hull.\n\nResearcher: And school?\n\n"
            "Participant: St Mary's.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert turns(root)[0][1:] == ("Researcher", "So where did you grow up?")


# -- credit lines with the day and the place -------------------------------------------------------------------------

@pytest.mark.parametrize("text, interviewer, when, place", [
    ("Zeitzeugeninterview mit Gerda Hoffmann\nGeführt von Jonas Keller am 8. November 1999 in Leipzig\n\n"
     "Keller: Wo waren Sie am 9. November 1989?\n\nHoffmann: Zu Hause.\n\nKeller: Und dann?\n\nHoffmann: Ich ging "
     "zur Grenze.\n", ("spk-keller", "Jonas Keller"), "1999-11-08", "Leipzig"),
    ("Интервью с Анной Петровной Сидоровой\nЗаписала Ольга Миронова, Новосибирск, 15 мая 2003 года\n\n"
     "Миронова: Где вы родились?\n\nСидорова: Под Омском.\n\nМиронова: А потом?\n\nСидорова: Завод.\n",
     ("spk-миронова", "Ольга Миронова"), "2003-05-15", "Новосибирск"),
])
def test_a_credit_with_the_day_and_place(tmp_path, tei_all, text, interviewer, when, place):
    # "Geführt von Jonas Keller" was a person's name; the place "Записала Ольга Миронова, Новосибирск"
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _roles(root)[interviewer[0]] == ("interviewer", interviewer[1])
    assert (_when(root), _place(root)) == (when, place)


# -- a typescript's running head: the interviewee's name and the page after a dash ---------------------------------

_COLUMBIA = """Reminiscences of Harold W. Becker
Interviewed by Allan Nevins, 1962

Q: Mr. Becker, you came to the bank in 1928?

A: In the spring of 1928, yes. I was a runner.

{0} -- 2
                                            Columbia Oral History
Q: Were you there in October of 1929?

A: I was. Nobody who was there forgets it.

{0} -- 3
                                            Columbia Oral History
Q: Tell me about the twenty-ninth.

A: The tape ran hours late.
"""


@pytest.mark.parametrize("head", ["Becker", "Harold W. Becker"])
def test_a_running_head_with_the_page_after_a_dash_is_a_note(tmp_path, tei_all, head):
    # the head's two lines were a paragraph of the answer before them
    _, root = _convert(_write(tmp_path, _COLUMBIA.format(head)), tei_all)
    notes = [text_of(note) for note in root.iterfind(f".//{T}body//{T}note")]
    assert notes == [f"{head} -- 2", "Columbia Oral History", f"{head} -- 3", "Columbia Oral History"]
    assert [text for _, _, text in turns(root)][1::2] == [
        "In the spring of 1928, yes. I was a runner.", "I was. Nobody who was there forgets it.",
        "The tape ran hours late."]


def test_words_and_a_number_after_a_dash_once_are_the_turns(tmp_path, tei_all):
    # guard: printed once, or with the same number each time, such a line is what is said
    text = ("Q: What was the score?\n\nA: I remember it well.\nLeeds -- 2\n\nQ: And the replay?\n\nA: The same.\n"
            "Leeds -- 2\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert root.find(f".//{T}body//{T}note") is None
    assert turns(root)[1][2] == "I remember it well. Leeds -- 2"


def test_a_depositions_dateline_under_its_caption_gives_the_place(tmp_path, tei_all):
    # the day was read, the place ("at Boston, Massachusetts", the last line of the paragraph) was not
    text = ("UNITED STATES DISTRICT COURT\nDISTRICT OF MASSACHUSETTS\n\nDEPOSITION OF KAREN L. MOSS\n"
            "Taken March 3, 2011, at Boston, Massachusetts\n\nQ. Please state your name.\n\nA. Karen Lynn Moss.\n\n"
            "Q. Where do you work?\n\nA. At Hart & Co.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert (_when(root), _place(root)) == ("2011-03-03", "Boston, Massachusetts")


# -- a broadcaster's log sheet over the transcript ---------------------------------------------------------------------

_LOG = """RADIO CLYDE ARCHIVE — PROGRAMME LOG
Programme: Clyde Lunchtime Phone-in
{date}Tape no.: RC/83/441
Duration: 28'30"
Presenter: Andy Park
Producer: Moira Shields

ANDY PARK: Good afternoon. First on the line is Jimmy from Paisley.

JIMMY: Hello Andy. It's about the buses again.

ANDY PARK: Go on, Jimmy.

JIMMY: The number nine never comes.
"""


def test_a_log_sheets_keys_under_its_heading_are_the_header(tmp_path, tei_all):
    # the sheet was a paragraph of the headnote and the title the file's name
    _, root = _convert(_write(tmp_path, _LOG.format(date="Tx date: 14/07/1983\n")), tei_all)
    assert _title(root) == "Clyde Lunchtime Phone-in"
    assert _when(root) == "1983-07-14"
    assert _roles(root)["spk-park"] == ("interviewer", "Andy Park")
    notes = {note.get("n"): text_of(note) for note in root.iterfind(f".//{T}sourceDesc//{T}note[@type='metadata']")}
    assert notes["form"] == "RADIO CLYDE ARCHIVE — PROGRAMME LOG" and notes["producer"] == "Moira Shields"
    assert _headnote(root) == []


def test_a_heading_over_a_programmes_keys_without_its_day_is_no_log_sheet(tmp_path, tei_all):
    # guard: no day vouches for the block: the heading and the keys stay as they were read before
    _, root = _convert(_write(tmp_path, _LOG.format(date="")), tei_all)
    assert _title(root) != "Clyde Lunchtime Phone-in"
    assert _when(root) is None


# -- a trial record's party calling its witness ------------------------------------------------------------------------

_TRIAL = ("UNITED STATES v. RAMOS\nTrial transcript\n\n"
          "THE COURT: Mr. Levin, your next witness.\n\nMR. LEVIN: {call}\n\nDIRECT EXAMINATION\nBY MR. LEVIN:\n\n"
          "Q. Where do you work?\n\nA. At the Bronx branch of First Federal.\n\nQ. How long?\n\nA. Eleven years.\n\n"
          "MR. LEVIN: Nothing further.\n\nMS. ODUYA: {second}\n\nCROSS-EXAMINATION\nBY MS. ODUYA:\n\n"
          "Q. Were you there that night?\n\nA. I was at home.\n")


@pytest.mark.parametrize(("call", "witness"), [
    ("The government calls Maria Santos.", "Maria Santos"),
    ("Your Honor, the government calls Ms. Maria Santos.", "Maria Santos"),
    ("The Crown calls its next witness, Mrs Joan Hale.", "Joan Hale"),
    ("The People would like to call Dr. Alan Price", "Alan Price"),
])
def test_the_witness_a_party_calls_answers_the_a_turns(tmp_path, tei_all, call, witness):
    # the "A." turns were the stand-in "A" (the examiner's "Q." turns were his already, by "BY MR. LEVIN:")
    text = _TRIAL.format(call=call, second="The defense calls Dr. Ruth Kagan.")
    _, root = _convert(_write(tmp_path, text), tei_all)
    roles = {pid[4:]: value for pid, value in _roles(root).items()}  # (turns() drops "spk-")
    answers = [who for who, said, _ in turns(root) if said == "A"]
    assert [roles[who] for who in answers[:2]] == [("interviewee", witness)] * 2
    assert roles[answers[2]] == ("interviewee", "Ruth Kagan")  # the next witness called answers after it
    assert [roles[who][1] for who, said, _ in turns(root) if said == "Q"] == ["MR. LEVIN", "MR. LEVIN", "MS. ODUYA"]


@pytest.mark.parametrize("call", [
    "The government calls your attention to Exhibit 4.",  # no witness: a word in small letters
    "We call Maria Santos.",  # no party named as the subject
    "The government rests.",
])
def test_a_turn_that_calls_no_witness_names_no_one(tmp_path, tei_all, call):
    # guard: the "A." turns stay the stand-in's
    text = _TRIAL.format(call=call, second="No questions.")
    _, root = _convert(_write(tmp_path, text), tei_all)
    roles = {pid[4:]: value for pid, value in _roles(root).items()}  # (turns() drops "spk-")
    assert {roles[who] for who, said, _ in turns(root) if said == "A"} == {("interviewee", "A")}


# -- a deaf interviewee's signing beside the name ----------------------------------------------------------------------

_SIGNED = "\n\nCOLE: Where were you born?\n\nREID: In Leeds.\n\nCOLE: When?\n\nREID: In 1970.\n"


@pytest.mark.parametrize(("remark", "note"), [
    ("(signing in BSL)", "signing in BSL"),
    ("(in ASL)", "in ASL"),
    (", using sign language", "using sign language"),
])
def test_signing_beside_a_name_is_no_affiliation(tmp_path, tei_all, remark, note):
    # "(signing in BSL)" was the interviewee's affiliation; it says how he speaks, as "(through an interpreter)" does
    header = f"Interviewee: Tom Reid {remark}\nInterviewer: Sarah Cole\nDate: 3 May 2016"
    _, root = _convert(_write(tmp_path, header + _SIGNED), tei_all)
    person = next(p for p in root.iter(T + "person") if p.get("{http://www.w3.org/XML/1998/namespace}id") == "spk-reid")
    assert person.find(T + "affiliation") is None
    assert person.findtext(T + "note") == note


def test_a_firm_named_signing_stays_an_affiliation(tmp_path, tei_all):
    # guard: "Signing" in capitals is a name's word, not how the person speaks
    header = "Interviewee: Tom Reid (Signing Books Ltd)\nInterviewer: Sarah Cole\nDate: 3 May 2016"
    _, root = _convert(_write(tmp_path, header + _SIGNED), tei_all)
    person = next(p for p in root.iter(T + "person") if p.get("{http://www.w3.org/XML/1998/namespace}id") == "spk-reid")
    assert person.findtext(T + "affiliation") == "Signing Books Ltd"
