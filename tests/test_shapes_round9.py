"""Transcript shapes of the ninth probe round: a short life story with one role label and one other label printed
once ("INTERVIEWER:" / "SMITH:") is two speakers; a label that could name two people the header lists ("Anna:"
beside "Participants: Anna Berg, Anna Lind") is refused, not guessed; a news story's byline ("By Jane Roe,
Associated Press") names the interviewer, not the agency; Markdown block quote markers ("> ") are markup, not words;
the f4/f5 stamps "#00:00:05-2#" are timecodes; session headings ("Session 1 — 3 March 1998", "SESSION TWO", "Tape 2,
12 May 2001", "Track 2") head sections; "Moderator:"/"Panelists:" under a title with a colon is a header block; the
first line taken for the title is the title page, not a headnote paragraph too; Japanese, Chinese and Korean header
keys name the people. And the probes' shapes: "THE REMINISCENCES OF X", a name ending before the next line's
"Das Gespräch …", a PRESENTER, "Interviewer: (00:02)", "Q1."/"A1.", a title of two lines over key lines, "Members
present:" and "The Chair:", an HTML page refused with what to do, dialogue dashes without names. Each test says what
the TEI holds and that no word of the source is lost; the guard tests that a rule does not fire on look-alike
text."""

from __future__ import annotations

import pytest

from tei_edition import TEI_NS
from tei_edition.convert import convert_file
from tei_edition.errors import InputError

from .converting import convert_checked as _convert, people as _people, text_of, turns as _turns, write as _write

T = "{%s}" % TEI_NS
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


LIFE_STORY = (
    "INTERVIEWER: Tell me about your childhood.\n\n"
    "{name}: I was born in Hull in 1931, the youngest of six. My father worked on the trawlers and was away for "
    "weeks at a time, so my mother ran the house and, really, the street. We had very little, but nobody did.\n"
)


@pytest.mark.parametrize("name", ["SMITH", "Smith", "Margaret Smith"])
def test_a_life_story_under_one_question(tmp_path, tei_all, name):
    _, root = _convert(_write(tmp_path, LIFE_STORY.format(name=name)), tei_all)
    assert [(who, label) for who, label, _ in _turns(root)] == [("interviewer", "INTERVIEWER"), ("smith", name)]
    assert _turns(root)[1][2].startswith("I was born in Hull")


def test_a_life_story_with_a_closing_question(tmp_path, tei_all):
    text = LIFE_STORY.format(name="Smith") + "\nINTERVIEWER: Thank you.\n"
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [who for who, _, _ in _turns(root)] == ["interviewer", "smith", "interviewer"]


@pytest.mark.parametrize("other", ["Note: the tape ends here.", "Step 1: wind the tape back."])
def test_a_note_beside_one_role_label_is_no_speaker(tmp_path, other):
    # guard: a note or a list item beside the only label is not the other speaker
    with pytest.raises(InputError, match="no speaker turns found"):
        convert_file(_write(tmp_path, f"INTERVIEWER: Tell me about your childhood.\n\n{other}\n"))


def test_two_labels_printed_once_beside_the_role_label_are_not_guessed(tmp_path):
    # guard: with two candidates printed once, neither is taken for the interviewee
    with pytest.raises(InputError, match="no speaker turns found"):
        convert_file(_write(tmp_path, "INTERVIEWER: Tell me.\n\nBackground: a mill town.\n\nSMITH: I was born there.\n"))


SHARED = "{head}\n\nTom: How did you two meet?\n\nAnna: At the library, in 1990.\n\nTom: And you?\n\n" \
         "Anna: Same day, same library.\n"


@pytest.mark.parametrize("head", [
    "Participants: Anna Berg, Anna Lind\nInterviewer: Tom Hale\nDate: 3 May 2011",
    "Interview with Anna Berg, conducted by Anna Lind.",  # "Anna:" for both, as in round 8's probe
    "---\ntitle: Two librarians\nparticipants:\n  - name: Anna Berg\n  - name: Anna Lind\n  - name: Tom Hale\n---",
])
def test_a_first_name_two_listed_people_share_is_refused(tmp_path, head):
    source = _write(tmp_path, SHARED.format(head=head))
    with pytest.raises(InputError) as raised:
        convert_file(source)
    message = str(raised.value)
    assert "\n" not in message and str(source) in message
    assert "'Anna' could name Anna Berg or Anna Lind" in message
    assert "aliases" in message and "[[participants]] labels" in message


def test_one_listed_anna_is_matched_by_her_first_name(tmp_path, tei_all):
    head = "Participants: Anna Berg, Tom Hale\nDate: 3 May 2011"
    _, root = _convert(_write(tmp_path, SHARED.format(head=head)), tei_all)
    assert [who for who, _, _ in _turns(root)] == ["hale", "berg", "hale", "berg"]
    assert {k: name for k, (_, name) in _people(root).items()} == {"hale": "Tom Hale", "berg": "Anna Berg"}


@pytest.mark.parametrize("agency", ["Associated Press", "Reuters", "AP", "AFP"])
def test_a_byline_names_the_interviewer_not_the_agency(tmp_path, tei_all, agency):
    text = (f"Mayor defends budget\n\nBy Jane Roe, {agency}\n\nQ: Why cut the library budget?\n\n"
            "A: We had no choice.\n\nQ: Will it be restored?\n\nA: Next year, if the economy allows.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [who for who, _, _ in _turns(root)] == ["roe", "a", "roe", "a"]
    assert _people(root)["roe"] == ("interviewer", "Jane Roe")


def test_a_byline_beside_spoke_with_the_agency(tmp_path, tei_all):
    text = ("Q&A: A judge looks back\n\nBy Jane Roe, Associated Press\n\nPORTLAND, Maine (AP) — Judge Harold "
            "Whitcomb spoke with The Associated Press about his career.\n\nQ. When did you first think about the "
            "law?\n\nA. When I was twelve.\n\nQ. What case stays with you?\n\nA. A custody case.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    people = _people(root)
    assert people["roe"] == ("interviewer", "Jane Roe")
    assert [role for role, _ in people.values()].count("interviewer") == 1  # not the agency too
    assert [who for who, _, _ in _turns(root)] == ["roe", "whitcomb", "roe", "whitcomb"]


BLOCKQUOTE = (
    "# Interview with Karen Holt\n\n**Interviewer:** What was the first thing you noticed?\n\n**Holt:**\n\n"
    "> The silence. After the machines stopped, the whole valley was quiet.\n> You could hear the river again.\n>\n"
    "> Then the lawyers came.\n\n**Interviewer:** And then?\n\n**Holt:** > 50 people left the valley.\n"
)


def test_block_quote_markers_are_markup(tmp_path, tei_all):
    conversion, root = _convert(_write(tmp_path, BLOCKQUOTE, "t.md"), tei_all)
    turns = _turns(root)
    assert turns[1] == ("holt", "Holt", "The silence. After the machines stopped, the whole valley was quiet. You "
                        "could hear the river again. Then the lawyers came.")
    assert len(list(root.iter(T + "sp"))[1].findall(T + "p")) == 2  # ">" alone parts the quoted paragraphs
    assert turns[3][2] == "> 50 people left the valley."  # not a marker: a sign before a number, mid-line
    normalisation = text_of(root.find(f".//{T}normalization"))
    assert "block quote markers (>)" in normalisation


def test_chevrons_stay_a_change_of_speaker(tmp_path):
    # guard: ">>" is the captions' change of speaker, not a block quote
    source = _write(tmp_path, ">> ANCHOR: Good evening.\n\n>> SMITH: Thank you.\n\n>> ANCHOR: Tell us.\n\n>> SMITH: Well.\n")
    _, root = _convert(source)
    assert [who for who, _, _ in _turns(root)] == ["anchor", "smith", "anchor", "smith"]


def test_f4_stamps_are_timecodes(tmp_path, tei_all):
    text = ("I: Wie war das damals? #00:00:05-2#\n\nB: Schwierig. Wir hatten kaum Geld. #00:00:12-8#\n\n"
            "I: Und Ihre Eltern? #00:00:15#\n\nB: Die haben gearbeitet. #00:01:02-0# Jeden Tag.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert "#" not in "".join(root.find(T + "text").itertext())
    whens = [w.get("interval") for w in root.iter(T + "when") if w.get("interval")]
    assert whens == ["5.2", "12.8", "15", "62"]
    assert [text for _, _, text in _turns(root)] == [
        "Wie war das damals?", "Schwierig. Wir hatten kaum Geld.", "Und Ihre Eltern?", "Die haben gearbeitet. Jeden Tag."]
    assert len(list(root.iter(T + "anchor"))) == 4


def test_a_hash_that_is_no_stamp_stays(tmp_path):
    # guard: "#1" and a hashtag are text
    text = "I: Wer war #1 damals?\n\nB: Wir, #teamhull.\n\nI: Sicher?\n\nB: Ja.\n"
    _, root = _convert(_write(tmp_path, text))
    assert [text for _, _, text in _turns(root)][:2] == ["Wer war #1 damals?", "Wir, #teamhull."]


SESSIONS = (
    "Oral history of Ruth Baker\n\n{first}\n\nINTERVIEWER: Where were you born?\n\nBAKER: In Leeds.\n\n"
    "{second}\n\nINTERVIEWER: Let's talk about the war.\n\nBAKER: I was nine when it started.\n\n"
    "{third}\n\nINTERVIEWER: And after?\n\nBAKER: I became a nurse.\n"
)


@pytest.mark.parametrize("first, second, third", [
    ("Session 1 — 3 March 1998", "SESSION TWO", "Tape 2, 12 May 2001"),
    ("Interview Session One", "Second session, 10 March 1998", "Day 3 – 14 June 1998"),
])
def test_session_headings_are_sections(tmp_path, tei_all, first, second, third):
    _, root = _convert(_write(tmp_path, SESSIONS.format(first=first, second=second, third=third)), tei_all)
    divs = [div for div in root.iter(T + "div") if div.get("type") == "section"]
    assert [text_of(div.find(T + "head")) for div in divs] == [first, second, third]
    assert [len(div.findall(T + "sp")) for div in divs] == [2, 2, 2]
    assert [text for _, _, text in _turns(root)] == [
        "Where were you born?", "In Leeds.", "Let's talk about the war.", "I was nine when it started.",
        "And after?", "I became a nurse."]  # no heading is speech
    assert "session heading(s)" in text_of(root.find(f".//{T}normalization"))


@pytest.mark.parametrize("line", ["TAPE 2, SIDE B", "Tape 3.", "Session after session, we talked."])
def test_a_tape_side_or_a_sentence_is_no_session_heading(tmp_path, line):
    # guard: a tape's side is a note about the recording, "Tape 3." an answer, a sentence speech
    text = f"INTERVIEWER: Where were you born?\n\nBAKER: In Leeds.\n\n{line}\n\nINTERVIEWER: And?\n\nBAKER: Nothing.\n"
    _, root = _convert(_write(tmp_path, text))
    assert not [div for div in root.iter(T + "div") if div.get("type") == "section"]


def test_a_moderator_and_panelists_under_a_title_with_a_colon(tmp_path, tei_all):
    text = ("Panel: The Future of Local News\nModerator: Dana Wells\nPanelists: Asha Patel, Tom Reed\n\n"
            "WELLS: Welcome, everyone. Is local news dying?\n\nPATEL: Not dying. Starving.\n\n"
            "REED: Changing, I'd say.\n\nWELLS: Asha, say more.\n\nPATEL: Advertising left and nobody replaced it.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [who for who, _, _ in _turns(root)] == ["wells", "patel", "reed", "wells", "patel"]
    assert _people(root) == {"wells": ("interviewer", "Dana Wells"), "patel": ("interviewee", "Asha Patel"),
                             "reed": ("interviewee", "Tom Reed")}
    assert root.findtext(f".//{T}titleStmt/{T}title") == "Panel: The Future of Local News"


def test_a_known_key_is_no_title_over_a_block(tmp_path):
    # guard: "Date: …" over role lines is a header line itself, not a title; "Host: Welcome" lines stay turns
    text = "Note: recorded live\nHost: Welcome back\nGuest: Thanks\n\nHOST: So.\n\nGUEST: Yes.\n"
    _, root = _convert(_write(tmp_path, text))
    assert [who for who, _, _ in _turns(root)][-2:] == ["host", "guest"]
    assert "Welcome back" in " ".join(text for _, _, text in _turns(root))


def test_a_title_line_is_the_title_page_not_a_headnote_paragraph_too(tmp_path, tei_all):
    text = ("Growing up on the river\n\nINTERVIEWER: Where were you born?\n\nSMITH: In a house on stilts.\n\n"
            "INTERVIEWER: What was it like?\n\nSMITH: Wet.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    words = "".join(root.find(T + "text").itertext())
    assert words.count("Growing up on the river") == 1
    assert text_of(root.find(f".//{T}titlePage/{T}docTitle/{T}titlePart[@type='main']")) == "Growing up on the river"
    assert root.find(f".//{T}div[@type='headnote']") is None
    assert root.findtext(f".//{T}titleStmt/{T}title") == "Growing up on the river"
    assert root.find(f".//{T}body//{T}p").get("n") == "1"  # the first paragraph is the first question's


def test_a_title_line_after_a_page_header_stays_where_it_is(tmp_path, tei_all):
    # guard: the words keep their order; a sidecar's other title leaves the line a paragraph
    text = ("ORAL HISTORY PROJECT                                   Page 1 of 3\n\nGrowing up on the river\n\n"
            "INTERVIEWER: Where were you born?\n\nSMITH: In a house.\n\nINTERVIEWER: And?\n\nSMITH: Wet.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert root.find(f".//{T}titlePage") is None
    assert "Growing up on the river" in text_of(root.find(f".//{T}div[@type='headnote']"))
    source = _write(tmp_path, "Growing up on the river\n\nINTERVIEWER: Where?\n\nSMITH: Hull.\n", "s.txt")
    (tmp_path / "s.toml").write_text('title = "Childhood in Hull"\n', encoding="utf-8")
    _, root = _convert(source, tei_all)
    assert root.find(f".//{T}titlePage") is None
    assert text_of(root.find(f".//{T}div[@type='headnote']")) == "Growing up on the river"


@pytest.mark.parametrize("head, labels, interviewer, interviewee", [
    ("聞き手：佐藤健\n話し手：田中花子", ("佐藤", "田中"), "佐藤健", "田中花子"),
    ("采访者：王伟\n受访者：李娜", ("王伟", "李娜"), "王伟", "李娜"),
    ("면담자: 김철수\n구술자: 박영희", ("김철수", "박영희"), "김철수", "박영희"),
])
def test_cjk_header_keys_name_the_interviewer_and_interviewee(tmp_path, tei_all, head, labels, interviewer, interviewee):
    asker, teller = labels
    text = f"{head}\n\n{asker}：子供の頃は？\n\n{teller}：大阪です。\n\n{asker}：それから？\n\n{teller}：東京へ。\n"
    _, root = _convert(_write(tmp_path, text), tei_all)
    people = {name: role for role, name in _people(root).values()}
    assert people == {interviewer: "interviewer", interviewee: "interviewee"}
    assert head.split("\n")[0] not in "".join(root.find(T + "text").itertext())  # header data, not a paragraph
    who = [p.get(XML_ID) for p in root.iter(T + "person")]
    assert {sp.get("who")[1:] for sp in root.iter(T + "sp")} == set(who)


def test_a_cjk_sentence_after_the_key_is_a_turn(tmp_path):
    # guard: a sentence after "聞き手：" is the interviewer's turn, not a name
    text = "聞き手：子供の頃はどこに住んでいましたか。\n\n話し手：大阪です。\n\n聞き手：それから？\n\n話し手：東京へ。\n"
    _, root = _convert(_write(tmp_path, text))
    assert len(_turns(root)) == 4


# -- shapes of the round's probes ------------------------------------------------------------------------------


def test_the_reminiscences_of_name_the_interviewee(tmp_path, tei_all):
    text = ("THE REMINISCENCES OF\nWALTER J. HARGROVE\n\nOral History Research Office\n\nQ: You came to the Port "
            "Authority in 1949?\n\nHARGROVE: That's right.\n\nQ: What were you hired to do?\n\nHARGROVE: Traffic counts.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [who for who, _, _ in _turns(root)] == ["q", "hargrove", "q", "hargrove"]
    assert _people(root)["hargrove"] == ("interviewee", "WALTER J. HARGROVE")


def test_a_name_in_a_title_block_ends_before_the_next_lines_article(tmp_path, tei_all):
    text = ("Gespräch mit Helga Brandt\nDas Gespräch führte Jonas Weber.\n\nFrage: Wann kamen Sie nach Leipzig?\n\n"
            "Antwort: 1961.\n\nFrage: Warum?\n\nAntwort: Wegen der Arbeit.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _people(root) == {"brandt": ("interviewee", "Helga Brandt"), "weber": ("interviewer", "Jonas Weber")}


def test_a_presenter_is_the_interviewer(tmp_path, tei_all):
    text = ("ANNOUNCER: This is Morning Edition.\n\nPRESENTER: Dai Evans worked the last shift.\n\nEVANS: We came up at "
            "two.\n\nPRESENTER: Nobody spoke?\n\nEVANS: Not a word.\n\nANNOUNCER: The news is next.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _people(root)["presenter"] == ("interviewer", "PRESENTER")
    assert _people(root)["announcer"][0] == "participant"


def test_a_timecode_after_the_labels_colon_is_the_turns_time(tmp_path, tei_all):
    text = ("Interviewer: (00:02)\nSo tell me where you grew up.\n\nRosa Delgado: (00:05)\nIn El Paso.\n\n"
            "Interviewer: [00:12]\nDid you help him?\n\nRosa Delgado: 00:14\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    turns = _turns(root)
    assert [(who, text) for who, _, text in turns] == [
        ("interviewer", "So tell me where you grew up."), ("delgado", "In El Paso."),
        ("interviewer", "Did you help him?"), ("delgado", "00:14")]  # a bare time may be an answer: it stays
    assert [w.get("interval") for w in root.iter(T + "when") if w.get("interval")] == ["2", "5", "12"]


def test_numbered_questions_and_answers_with_a_full_stop(tmp_path, tei_all):
    text = ("Subject: Interview answers\n\nQ1. How did you get into volcanology?\n\nA1. By accident.\n\n"
            "Q2. The most dangerous moment?\n\nA2. A gas vent opened in 2014.\n\nQ3. Advice?\n\nA3. Learn to code.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [(who, label) for who, label, _ in _turns(root)] == [
        ("q", "Q1"), ("a", "A1"), ("q", "Q2"), ("a", "A2"), ("q", "Q3"), ("a", "A3")]


def test_an_outline_numbered_a1_is_no_turn(tmp_path):
    # guard: "A1." alone among name labels is an outline's item, not an answer
    text = "SMITH: The plan had parts.\n\nA1. Roads.\n\nJONES: And?\n\nSMITH: That was all.\n"
    _, root = _convert(_write(tmp_path, text))
    assert [who for who, _, _ in _turns(root)] == ["smith", "jones", "smith"]


def test_a_title_of_two_lines_over_the_key_lines_and_tracks(tmp_path, tei_all):
    text = ("National Life Stories\nAn Oral History of British Science\nInterviewee: Professor Alan Reid\n"
            "Interviewer: Dr Tom Lean\n\nTrack 1\n\nLean: Where were you born?\n\nReid: In Dundee, in 1941.\n\n"
            "Track 2\n\nLean: University?\n\nReid: St Andrews, physics.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [who for who, _, _ in _turns(root)] == ["lean", "reid", "lean", "reid"]
    assert _people(root) == {"reid": ("interviewee", "Professor Alan Reid"), "lean": ("interviewer", "Dr Tom Lean")}
    assert root.findtext(f".//{T}titleStmt/{T}title") == "National Life Stories: An Oral History of British Science"
    assert [h.text for h in root.iter(T + "head")] == ["Track 1", "Track 2"]


def test_members_present_name_a_member_printed_once_and_the_chair(tmp_path, tei_all):
    text = ("Transport Committee\nOral evidence: Rural bus services\n\nMembers present: Huw Merriman (Chair); Ruth "
            "Cadbury; Lilian Greenwood.\n\nWitness: Anthony Bell, Managing Director, Northern Buses Ltd.\n\n"
            "The Chair: Good morning, Mr Bell. How many routes have you cut?\n\nAnthony Bell: Eleven.\n\n"
            "Ruth Cadbury: Which ones?\n\nAnthony Bell: Evening services.\n\nThe Chair: Thank you.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [(who, label) for who, label, _ in _turns(root)] == [
        ("merriman", "The Chair"), ("bell", "Anthony Bell"), ("cadbury", "Ruth Cadbury"), ("bell", "Anthony Bell"),
        ("merriman", "The Chair")]
    assert _people(root)["merriman"][1] == "Huw Merriman"


def test_an_html_page_is_refused_with_what_to_do(tmp_path):
    source = _write(tmp_path, "<p><b>Interviewer:</b> When did it close?</p>\n<p><b>Joan Pike:</b> 1984.</p>\n")
    with pytest.raises(InputError) as raised:
        convert_file(source)
    message = str(raised.value)
    assert "\n" not in message and "its lines are HTML" in message and "save the page as plain text" in message


DIALOGUE = ("Entretien avec Claire Dubois\nPropos recueillis par Marc Lefèvre, Lyon, 4 juin 2015\n\n"
            "— Quand avez-vous commencé à peindre ?\n\n— À douze ans. Mon grand-père m'a dit : « Peins ce que tu "
            "vois. »\n\nIl est mort l'année suivante.\n\n— Et vous l'avez écouté ?\n\n— Jamais ! C'est pour ça que je "
            "peins encore,\n— et que je peindrai toujours.\n")


def _unlabelled_turns(root) -> list[tuple[str, str]]:
    """(who, text) of every turn, labelled or not."""
    return [(sp.get("who")[5:], " ".join(text_of(p) for p in sp.findall(T + "p"))) for sp in root.iter(T + "sp")]


def test_dialogue_dashes_open_alternating_turns(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, DIALOGUE), tei_all)
    turns = _unlabelled_turns(root)
    assert [who for who, _ in turns] == ["lefevre", "dubois", "lefevre", "dubois"]
    assert root.find(f".//{T}speaker") is None
    assert turns[1][1].endswith("Il est mort l'année suivante.")  # a paragraph without a dash goes on with the turn
    assert turns[3][1] == "Jamais ! C'est pour ça que je peins encore, — et que je peindrai toujours."  # mid-sentence
    assert _people(root) == {"dubois": ("interviewee", "Claire Dubois"), "lefevre": ("interviewer", "Marc Lefèvre")}
    assert "dialogue dashes" in text_of(root.find(f".//{T}normalization"))


def test_unnamed_dialogue_dashes_are_an_unnamed_interviewer_and_interviewee(tmp_path, tei_all):
    text = "— Где вы родились?\n\n— В Киеве.\n\n— А когда переехали?\n\n— В семьдесят втором.\n"
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [role for role, _ in _people(root).values()] == ["interviewer", "interviewee"]
    assert [who for who, _ in _unlabelled_turns(root)] == ["interviewer", "interviewee"] * 2


def test_dashes_beside_labels_or_too_few_are_no_dialogue(tmp_path):
    # guard: a transcript with labels keeps them; three dashes are no convention
    labelled = "SMITH: Where?\n\n— a list item.\n\n— another.\n\n— and one more.\n\n— and the last.\n\nJONES: Here.\n\n" \
               "SMITH: When?\n\nJONES: Then.\n"
    _, root = _convert(_write(tmp_path, labelled))
    assert [who for who, _, _ in _turns(root)] == ["smith", "jones", "smith", "jones"]
    with pytest.raises(InputError, match="no speaker turns found"):
        convert_file(_write(tmp_path, "— Où ?\n\n— Ici.\n\n— Quand ?\n", "u.txt"))


def test_spanish_dialogue_dashes_close_to_the_words_and_realizada_por(tmp_path, tei_all):
    text = ("Entrevista con Lucía Fernández, realizada por Jorge Castillo el 12 de junio de 2019 en Sevilla.\n\n"
            "—¿Dónde nació usted?\n—En Triana. Mi padre era alfarero.\n—¿Y su madre?\n—Cosía para las cofradías.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [who for who, _ in _unlabelled_turns(root)] == ["castillo", "fernandez", "castillo", "fernandez"]
    assert _unlabelled_turns(root)[0][1] == "¿Dónde nació usted?"
    assert _people(root) == {"fernandez": ("interviewee", "Lucía Fernández"), "castillo": ("interviewer", "Jorge Castillo")}


def test_a_kicker_line_before_a_markdown_title(tmp_path, tei_all):
    text = ("INTERVIEW\n\n# The last lighthouse keeper\n\nBy Tom Wells\n\n**Wells:** How long did you keep the light?"
            "\n\n**Harris:** Thirty-one years.\n\n**Wells:** Did you miss it?\n\n**Harris:** Every night.\n")
    _, root = _convert(_write(tmp_path, text, "t.md"), tei_all)
    parts = [(part.get("type"), part.text) for part in root.iter(T + "titlePart")]
    assert parts == [("kicker", "INTERVIEW"), ("main", "The last lighthouse keeper")]
    assert _people(root)["wells"] == ("interviewer", "Tom Wells")


def test_a_paragraph_before_a_markdown_title_keeps_its_place(tmp_path, tei_all):
    # guard: a sentence before the heading is no kicker; the heading stays where it is printed
    text = ("This is the transcript of a talk given in 1998.\n\n# The last lighthouse keeper\n\n"
            "**Wells:** How long?\n\n**Harris:** Thirty-one years.\n")
    _, root = _convert(_write(tmp_path, text, "t.md"), tei_all)
    assert root.find(f".//{T}titlePart[@type='kicker']") is None
    assert [h.text for h in root.iter(T + "head")] == ["The last lighthouse keeper"]


@pytest.mark.parametrize("head, asker, teller", [
    ("Intervista a Giulia Conti\nA cura di Paolo Ferri", "D", "R"),
    ("Intervista a Giulia Conti\nA cura di Paolo Ferri", "Domanda", "Risposta"),
    ("Gesprek met Giulia Conti, afgenomen door Paolo Ferri.", "Vraag", "Antwoord"),
    ("Gesprek met Giulia Conti, afgenomen door Paolo Ferri.", "V", "A"),
])
def test_italian_and_dutch_question_and_answer_labels(tmp_path, tei_all, head, asker, teller):
    text = f"{head}\n\n{asker}: Dove è nata?\n\n{teller}: A Bologna.\n\n{asker}: E poi?\n\n{teller}: Milano.\n"
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [who for who, _, _ in _turns(root)] == ["ferri", "conti", "ferri", "conti"]
    assert _people(root) == {"conti": ("interviewee", "Giulia Conti"), "ferri": ("interviewer", "Paolo Ferri")}


def test_a_lone_d_beside_names_is_an_initial(tmp_path):
    # guard: "D:" without its partner "R:" names no role
    text = "SMITH: Where?\n\nD: Here.\n\nSMITH: And then.\n\nD: Then.\n"  # (round 19: one question, no roles by asking)
    _, root = _convert(_write(tmp_path, text))
    assert _people(root)["d"][0] == "participant"
