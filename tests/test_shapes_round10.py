"""Transcript shapes of the tenth probe round: an examination header as a court excerpt's first line heads the
section as the other examination headers do; a title of several lines ends before a line that is a date or a
credit ("12 January 2022", "Propos recueillis par …", "Conducted by …"), which stays a headnote paragraph; at a
press conference "Q (Reuters):" is a reporter of Reuters, and "MINISTER SILVA:" the minister the title names; a
name in capitals is written as the title block or headnote prints it in mixed case; a Russian title "Интервью с
Анной Петровой" names the interviewee Анна Петрова, whose label is "Петрова:". And the probes' shapes: a name in a
title block ends at its line (a Welsh/English title block); "Entrevistador(a):" is a role word; Czech, Swahili and
Greek interviewer words; a timecode alone above a label opens that turn; "INT:" once beside "Interviewer:"; a
speaker printed once whom an earnings call's operator introduces; a key of the labels after the last turn; an
interpreter's words in brackets; a Korean name typed a syllable at a time. Each
test says what the TEI holds and that no word of the source is lost; the guard tests that a rule does not fire on
look-alike text."""

from __future__ import annotations

import pytest

from tei_edition import TEI_NS

from .converting import convert_checked as _convert, people as _people, text_of, turns as _turns, write as _write

T = "{%s}" % TEI_NS
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def _headnote(root) -> list[str]:
    return [text_of(p) for p in root.iterfind(f".//{T}div[@type='headnote']/{T}p")]


# -- A2: an examination header as the first line ---------------------------------------------------------------

CROSS = ("CROSS-EXAMINATION BY MS. OKAFOR:\n\nQ. You were at the bar that night?\n\nA. I was.\n\n"
         "MR. DALE: Objection, Your Honor.\n\nTHE COURT: Overruled.\n\nQ. How much had you had to drink?\n\nA. Two beers.\n")


def test_an_examination_header_as_the_first_line_heads_the_section(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, CROSS), tei_all)
    assert root.find(f".//{T}div[@type='headnote']") is None
    sections = [div for div in root.iter(T + "div") if div.get("type") == "section"]
    assert [text_of(div.find(T + "head")) for div in sections] == ["CROSS-EXAMINATION BY MS. OKAFOR:"]
    assert len(sections[0].findall(T + "sp")) == 6
    assert [who for who, _, _ in _turns(root)] == ["okafor", "a", "dale", "court", "okafor", "a"]
    assert "".join(root.find(T + "text").itertext()).count("CROSS-EXAMINATION") == 1


def test_an_examination_header_under_a_caption_stays_in_the_headnote(tmp_path, tei_all):
    # guard: under a caption the header is the headnote's last line (and still says who asks)
    text = "IN THE CIRCUIT COURT OF COOK COUNTY\n\n" + CROSS
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _headnote(root) == ["CROSS-EXAMINATION BY MS. OKAFOR:"]
    assert not [div for div in root.iter(T + "div") if div.get("type") == "section"]
    assert [who for who, _, _ in _turns(root)][0] == "okafor"


# -- A4: a title of several lines ends before a date or a credit -------------------------------------------------

@pytest.mark.parametrize("lines, title, rest", [
    (["PRESS CONFERENCE WITH MAYOR LINDA ARCHER", "City Hall, 2 February 2021"],
     "PRESS CONFERENCE WITH MAYOR LINDA ARCHER", "City Hall, 2 February 2021"),
    (["Entretien avec Claire Dubois", "Propos recueillis par Marc Lefèvre", "Lyon, 4 juin 2015"],
     "Entretien avec Claire Dubois", "Propos recueillis par Marc Lefèvre Lyon, 4 juin 2015"),
    (["INTERVIEW WITH MARY LEE", "Conducted by Tom Park, 12 May 1987, Leeds"],
     "INTERVIEW WITH MARY LEE", "Conducted by Tom Park, 12 May 1987, Leeds"),
    (["National Life Stories", "An Oral History of British Science", "12 March 2004"],
     "National Life Stories An Oral History of British Science", "12 March 2004"),
])
def test_a_title_ends_before_a_date_or_a_credit(tmp_path, tei_all, lines, title, rest):
    text = "\n".join(lines) + "\n\nPARK: Where were you born?\n\nLEE: In Hull.\n\nPARK: When?\n\nLEE: In 1921.\n"
    _, root = _convert(_write(tmp_path, text), tei_all)
    # a title of two lines: the header's joins them with a colon, the title page keeps the break (lb after a space)
    assert root.findtext(f".//{T}titleStmt/{T}title") == title.replace("Stories An", "Stories: An")
    assert text_of(root.find(f".//{T}titlePart[@type='main']")) == title
    assert _headnote(root) == [rest]


@pytest.mark.parametrize("second", ["1967", "The 1998 Sessions", "Part 2"])
def test_a_year_or_a_subtitle_stays_in_the_title(tmp_path, second):
    # guard: a year alone or a subtitle with a number is no date line
    text = f"Voices of the Valley\n{second}\n\nPARK: Where were you born?\n\nLEE: In Hull.\n\nPARK: When?\n\nLEE: 1921.\n"
    _, root = _convert(_write(tmp_path, text))
    assert root.findtext(f".//{T}titleStmt/{T}title") == f"Voices of the Valley: {second}"  # its own line: a colon


# -- A1: an outlet in brackets after Q; the minister the title names ------------------------------------------

PRESS = ("PRESS CONFERENCE WITH HEALTH MINISTER ANA SILVA\n12 January 2022\n\nMINISTER SILVA: Good afternoon.\n\n"
         "Q (Reuters): When will the hospital open?\n\nMINISTER SILVA: Next spring.\n\nQ (BBC): Is it on budget?\n\n"
         "MINISTER SILVA: Under budget.\n\nQ (Reuters): And the staff?\n\nMINISTER SILVA: Local.\n\n"
         "Q (Le Monde): Merci. Any foreign staff?\n\nMINISTER SILVA: Some.\n")


def test_an_outlet_after_q_is_the_askers_affiliation(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, PRESS), tei_all)
    assert [who for who, _, _ in _turns(root)] == [
        "silva", "reporter-reuters", "silva", "reporter-bbc", "silva", "reporter-reuters", "silva",
        "reporter-le-monde", "silva"]
    assert [label for _, label, _ in _turns(root)][1] == "Q (Reuters)"  # the label stays as printed
    people = {p.get(XML_ID): p for p in root.iter(T + "person")}
    reporter = people["spk-reporter-reuters"]
    assert reporter.get("role") == "interviewer" and reporter.findtext(T + "affiliation") == "Reuters"
    assert reporter.find(T + "persName").get("type") == "unnamed"
    assert {p.findtext(T + "affiliation") for p in people.values() if p.findtext(T + "affiliation")} == {
        "Reuters", "BBC", "Le Monde"}
    assert _people(root)["silva"][1] == "ANA SILVA"  # the person the title names, as printed (no other case)


def test_a_name_after_q_is_a_person_outside_a_press_conference(tmp_path, tei_all):
    # guard: one word after Q at a talk is the asker's name; a handle stays a person; an acronym is an outlet
    text = ("Public lecture: The Future of Water\n\nLINDQVIST: Thank you all.\n\nQ (Margaret): Will it rain?\n\n"
            "LINDQVIST: Yes.\n\nQ (u/kiwi): And snow?\n\nLINDQVIST: Less.\n\nQ (CNN): Why?\n\nLINDQVIST: Warmth.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [who for who, _, _ in _turns(root)] == [
        "lindqvist", "margaret", "lindqvist", "u-kiwi", "lindqvist", "reporter-cnn", "lindqvist"]


# -- A3: a name in capitals written as the file prints it elsewhere ------------------------------------------------

def test_a_name_in_capitals_takes_the_case_printed_elsewhere(tmp_path, tei_all):
    text = ("THE REMINISCENCES OF\nWALTER J. HARGROVE\n\nThis is the oral history of Walter J. Hargrove, recorded in "
            "1967.\n\nQ: You came to the Port Authority in 1949?\n\nHARGROVE: That's right.\n\nQ: Hired to do what?"
            "\n\nHARGROVE: Traffic counts.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _people(root)["hargrove"] == ("interviewee", "Walter J. Hargrove")
    labels = "MIGUEL DELGADO: Mom, what do you remember?\n\nROSA DELGADO: Snow.\n\nMIGUEL DELGADO: And?\n\nROSA " \
             "DELGADO: Your father drove.\n\nMIGUEL DELGADO: Thanks, Rosa Delgado.\n"
    _, root = _convert(_write(tmp_path, "Participants: Rosa Delgado and Miguel Delgado\n\n" + labels, "l.txt"), tei_all)
    assert {name for _, name in _people(root).values()} == {"Miguel Delgado", "Rosa Delgado"}
    assert [label for _, label, _ in _turns(root)][:2] == ["MIGUEL DELGADO", "ROSA DELGADO"]  # labels as printed


def test_a_name_in_capitals_printed_in_mixed_case_only_in_a_turn_stays(tmp_path):
    # guard: a turn's words are the speaker's (the label's person may be another of that name); only the title
    # block, headnote and header say how the file writes a participant's name
    text = ("DEPOSITION OF MARTA ELLIS\n\nQ. State your name.\n\nA. Marta Ellis.\n\nQ. Your work?\n\nA. The clinic.\n")
    _, root = _convert(_write(tmp_path, text))
    assert _people(root)["ellis"][1] == "MARTA ELLIS"


@pytest.mark.parametrize("elsewhere", ["Ian McDonald", "ian mcdonald", "IAN McDONALD said", "Ian McDonaldson"])
def test_a_name_in_capitals_is_never_guessed(tmp_path, elsewhere):
    # guard: only a mixed-case form of the same words, every word capitalised, as a whole, is taken
    text = (f"INTERVIEW WITH IAN MCDONALD\n\nA conversation with {elsewhere} in Glasgow.\n\nQ: Where were you born?"
            "\n\nMCDONALD: Glasgow.\n\nQ: When?\n\nMCDONALD: 1950.\n")
    _, root = _convert(_write(tmp_path, text))
    expected = "Ian McDonald" if elsewhere == "Ian McDonald" else "IAN MCDONALD"
    assert _people(root)["mcdonald"][1] == expected


# -- A5: a Russian title line names the interviewee in the instrumental case -----------------------------------

@pytest.mark.parametrize("title, label, name", [
    ("Интервью с Анной Петровой", "Петрова", "Анна Петрова"),
    ("Интервью с Анной Петровой", "ПЕТРОВА", "Анна Петрова"),
    ("Беседа с Марией Достоевской", "Достоевская", "Мария Достоевская"),
    ("Разговор с Сергеем Толстым", "Толстой", "Сергей Толстой"),
])
def test_a_russian_title_names_the_interviewee_in_the_nominative(tmp_path, tei_all, title, label, name):
    text = (f"{title}\nЗаписала: Мария Иванова\nДата: 12 марта 2005 г.\n\nИванова: Где вы родились?\n\n{label}: В Твери."
            f"\n\nИванова: А ваши родители?\n\n{label}: Отец был учителем.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    people = {name: role for role, name in _people(root).values()}
    assert people == {name: "interviewee", "Мария Иванова": "interviewer"}
    assert len({who for who, _, _ in _turns(root)}) == 2


@pytest.mark.parametrize("title, label", [
    ("Беседа с Иваном Петровым", "Петров"),  # "-ом": Иваном → Иван, but Павлом → Павел: not guessed
    ("Интервью с Анной Петровой", "Смирнова"),  # the label is another name
])
def test_a_russian_name_that_the_rule_cannot_say_is_left_alone(tmp_path, title, label):
    text = f"{title}\n\nИванова: Где вы родились?\n\n{label}: В Твери.\n\nИванова: А потом?\n\n{label}: Москва.\n"
    _, root = _convert(_write(tmp_path, text))
    names = {name for _, name in _people(root).values()}
    assert label in names and not any(" " in name and name != "Мария Иванова" for name in names)


# -- shapes of the round's probes ------------------------------------------------------------------------------

def test_a_name_in_a_title_block_ends_at_its_line(tmp_path, tei_all):
    # a bilingual Welsh title block: the line after the name begins with a capitalised word of another key
    text = ("Cyfweliad gydag Elin Pritchard / Interview with Elin Pritchard\nCyfwelydd / Interviewer: Gareth Hughes\n"
            "Dyddiad / Date: 3 Mehefin 2010\n\nGH: Ble gawsoch chi eich geni?\n\nEP: Ym Methesda, yn 1938.\n\n"
            "GH: Oeddech chi'n siarad Saesneg?\n\nEP: Dim ond yn y gwersi.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _people(root) == {"pritchard": ("interviewee", "Elin Pritchard"), "hughes": ("interviewer", "Gareth Hughes")}
    assert [who for who, _, _ in _turns(root)] == ["hughes", "pritchard"] * 2


def test_a_name_printed_on_one_line_keeps_its_words(tmp_path):
    # guard: without a line break inside it, the name is read whole
    text = "Interview with Elin Mair Pritchard\n\nQ: Where?\n\nPRITCHARD: Bethesda.\n\nQ: When?\n\nPRITCHARD: 1938.\n"
    _, root = _convert(_write(tmp_path, text))
    assert _people(root)["pritchard"][1] == "Elin Mair Pritchard"


def test_a_role_word_with_its_feminine_ending_in_brackets(tmp_path, tei_all):
    text = ("Entrevista com Maria Aparecida Souza\nRealizada em São Paulo, 12 de março de 2018\n\n"
            "Entrevistador(a): Onde a senhora nasceu?\n\nMaria Aparecida: Em Campina Grande.\n\n"
            "Entrevistador(a): E quando veio para São Paulo?\n\nMaria Aparecida: Em 1968.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _people(root) == {"entrevistador": ("interviewer", "Entrevistador"),
                             "souza": ("interviewee", "Maria Aparecida Souza")}  # her given names label her
    assert [label for _, label, _ in _turns(root)][0] == "Entrevistador(a)"
    assert root.findtext(f".//{T}titleStmt/{T}title") == "Entrevista com Maria Aparecida Souza"
    assert _headnote(root) == ["Realizada em São Paulo, 12 de março de 2018"]


@pytest.mark.parametrize("asker, header", [
    ("Tazatel", "Rozhovor\nTazatel: Petr Dvořák\nDatum: 14. května 2012"),  # Czech
    ("Mhojaji", "Mahojiano\nMhojaji: Petr Dvořák\nTarehe: 8 Agosti 2014"),  # Swahili
])
def test_czech_and_swahili_interviewer_keys_and_labels(tmp_path, tei_all, asker, header):
    text = f"{header}\n\n{asker}: Kde jste se narodila?\n\nJana Nováková: V Brně.\n\n{asker}: A potom?\n\nJana Nováková: Praha.\n"
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _people(root) == {"dvorak": ("interviewer", "Petr Dvořák"), "novakova": ("interviewee", "Jana Nováková")}


def test_a_greek_interviewer_label_in_capitals(tmp_path, tei_all):
    text = "ΣΥΝΕΝΤΕΥΚΤΡΙΑ: Πού γεννηθήκατε;\n\nΠΑΠΑΔΟΠΟΥΛΟΥ: Στη Θεσσαλονίκη.\n\nΣΥΝΕΝΤΕΥΚΤΡΙΑ: Και;\n\nΠΑΠΑΔΟΠΟΥΛΟΥ: Η θάλασσα.\n"
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert sorted(role for role, _ in _people(root).values()) == ["interviewee", "interviewer"]


def test_a_timecode_on_the_line_above_a_label_is_the_turns_start(tmp_path, tei_all):
    text = ("[00:00:03]\nINTERVIEWER\nCould you tell me your name?\n\n[00:00:06]\nWALTER BRANDT\nWalter Brandt.\n\n"
            "[00:00:12]\nINTERVIEWER\nWhat did your father do?\n\n[00:00:15]\nWALTER BRANDT\nHe was a brewer.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert root.find(f".//{T}div[@type='headnote']") is None  # no paragraph of a lone anchor before the turns
    whens = {w.get(XML_ID): w.get("interval") for w in root.iter(T + "when")}
    starts = []
    for sp in root.iter(T + "sp"):
        first = sp[0]
        assert first.tag == T + "anchor"  # the time opens its turn
        starts.append(whens[first.get("synch")[1:]])
        assert sp.find(f".//{T}p/{T}anchor") is None  # and closes no paragraph of the turn before
    assert starts == ["3", "6", "12", "15"]


def test_a_timecode_after_a_turns_words_stays_at_their_end(tmp_path):
    # guard: a time printed after a paragraph, the next label further down, closes that paragraph
    text = "INTERVIEWER: Your name?\n[00:00:05]\nSome words more.\n\nBRANDT: Walter.\n\nINTERVIEWER: And?\n\nBRANDT: No.\n"
    _, root = _convert(_write(tmp_path, text))
    assert len(list(root.iter(T + "anchor"))) == 1
    assert list(root.iter(T + "sp"))[0].find(f"{T}p/{T}anchor") is not None


def test_an_abbreviated_role_label_beside_its_word_in_full(tmp_path, tei_all):
    text = ("Interview with Doris Kemp\n\nInterviewer: Where did you go to school?\n\nDoris Kemp: St Mary's.\n\n"
            "Interveiwer: Did you like it?\n\nDoris Kemp: Not much.\n\nINT: Why?\n\nDoris Kemp: The nuns.\n\n"
            "Interviewer: What came after?\n\nDoris Kemp: Typing school.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [(who, label) for who, label, _ in _turns(root)][4:6] == [("interviewer", "INT"), ("kemp", "Doris Kemp")]
    assert _turns(root)[3][2] == "Not much."  # "INT: Why?" is no longer Doris Kemp's words


def test_an_abbreviation_of_another_role_is_no_such_turn(tmp_path):
    # guard: "RESP:" once beside "Interviewer:" abbreviates no label of the file: it is left out as before
    text = "Interviewer: Where?\n\nKemp: Hull.\n\nRESP: none.\n\nInterviewer: When?\n\nKemp: 1950.\n"
    _, root = _convert(_write(tmp_path, text))
    assert "RESP" not in [label for _, label, _ in _turns(root)]


EARNINGS = ("Northwind Traders Q3 2023 Earnings Call\n\nOperator: Welcome. I would now like to turn the call over to "
            "Sarah Klein, Head of Investor Relations.\n\nSarah Klein: Thank you, operator. With me are David Ortiz and "
            "Mei Chen.\n\nDavid Ortiz: Thanks, Sarah. Revenue grew 12%.\n\nMei Chen: Margin was 41%.\n\nOperator: Our "
            "first question comes from the line of Tom Reyes with Morgan Stanley.\n\nTom Reyes: Can you talk about "
            "inventory?\n\nDavid Ortiz: Sure, Tom. It is down.\n\nMei Chen: By 6%.\n\nOperator: This concludes the call.\n")


def test_speakers_printed_once_whom_the_operator_introduces(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, EARNINGS), tei_all)
    assert [who for who, _, _ in _turns(root)] == [
        "operator", "klein", "ortiz", "chen", "operator", "reyes", "ortiz", "chen", "operator"]
    assert _turns(root)[4][2].endswith("with Morgan Stanley.")  # the question is no longer the operator's words


def test_a_label_printed_once_that_nobody_introduces_stays_text(tmp_path):
    # guard: a full name printed once that the text does not name before it is no speaker of its own
    text = EARNINGS.replace("the line of Tom Reyes", "the line of a caller")
    _, root = _convert(_write(tmp_path, text))
    assert "reyes" not in [who for who, _, _ in _turns(root)]
    assert "Tom Reyes: Can you talk about inventory?" in _turns(root)[4][2]


def test_a_key_after_the_last_turn(tmp_path, tei_all):
    text = ("Fieldwork tape 14, Lofoten, summer 1987\n\nAS: When did your family start fishing here?\n\nKN: In 1901.\n\n"
            "AS: And the winter fishery?\n\nKN: Everyone went.\n\nAS: Thank you.\n\n---\nSpeakers:\n"
            "AS = Anne Solberg (interviewer)\nKN = Knut Nilsen (narrator)\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _people(root) == {"solberg": ("interviewer", "Anne Solberg"), "nilsen": ("interviewee", "Knut Nilsen")}
    assert _turns(root)[-1] == ("solberg", "AS", "Thank you.")  # the key is no word of the last turn
    closing = root.find(f".//{T}div[@type='editorial']")
    assert "AS = Anne Solberg (interviewer)" in text_of(closing)


def test_an_equation_in_the_last_turn_stays_speech(tmp_path):
    # guard: a sentence with "=" is no key
    text = "AS: And the catch?\n\nKN: Cod.\n\nAS: How much?\n\nKN: We said 1 barrel = 100 fish, roughly.\n"
    _, root = _convert(_write(tmp_path, text))
    assert _turns(root)[-1][2] == "We said 1 barrel = 100 fish, roughly."
    assert root.find(f".//{T}div[@type='editorial']") is None


def test_an_interpreters_words_in_brackets_are_their_turns(tmp_path, tei_all):
    text = ("Interview with Hamid Rahimi\nInterviewer: Laura Benson\nInterpreter: Nadia Karimi\n\n"
            "BENSON: When did you leave Herat?\n\n[INTERPRETER: She asks when you left Herat.]\n\n"
            "RAHIMI: Dar sal-e 1999.\n\n[INTERPRETER: In 1999.]\n\nBENSON: Why then?\n\nRAHIMI: Madrasa ra bastand.\n\n"
            "[INTERPRETER: The school was closed.]\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [(who, label) for who, label, _ in _turns(root)] == [
        ("benson", "BENSON"), ("karimi", "INTERPRETER"), ("rahimi", "RAHIMI"), ("karimi", "INTERPRETER"),
        ("benson", "BENSON"), ("rahimi", "RAHIMI"), ("karimi", "INTERPRETER")]
    assert _turns(root)[3][2] == "In 1999."  # the brackets are no word
    assert root.find(f".//{T}seg[@type='interpolation']") is None


@pytest.mark.parametrize("line", ["[MUSIC: THEME UP AND UNDER]", "[Editor's note: a passage is cut here.]",
                                  "[SFX: rain on the roof]"])
def test_a_cue_or_note_in_brackets_is_no_turn(tmp_path, line):
    # guard: a production cue or an editor's note keeps its place and is nobody's turn, printed twice or not
    text = f"{line}\n\nHOST: Good morning.\n\nEVANS: Morning.\n\n{line}\n\nHOST: And?\n\nEVANS: Nothing.\n"
    _, root = _convert(_write(tmp_path, text))
    assert [who for who, _, _ in _turns(root)] == ["host", "evans", "host", "evans"]


def test_a_korean_name_typed_a_syllable_at_a_time(tmp_path, tei_all):
    text = ("구술자: 김 영 희\n면담자: 이 민 준\n일시: 2015년 4월 3일\n\n이 민 준: 어디에서 태어나셨어요?\n\n"
            "김 영 희: 부산에서 태어났어요.\n\n이 민 준: 전쟁 때는 어떠셨어요?\n\n김 영 희: 피난민이 정말 많았어요.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)  # it was refused: no convention fitted
    assert _people(root) == {"김-영-희": ("interviewee", "김 영 희"), "이-민-준": ("interviewer", "이 민 준")}
    assert [label for _, label, _ in _turns(root)] == ["이 민 준", "김 영 희"] * 2


def test_three_words_of_a_caseless_script_before_a_colon_are_no_label(tmp_path):
    # guard: a Hebrew clause before a colon is words, not a name of syllables set apart
    text = "רחל: הוא אמר לי: לך הביתה.\n\nדוד: ומה עשית?\n\nרחל: הלכתי.\n\nדוד: טוב.\n"
    _, root = _convert(_write(tmp_path, text))
    assert [label for _, label, _ in _turns(root)] == ["רחל", "דוד", "רחל", "דוד"]
    assert _turns(root)[0][2] == "הוא אמר לי: לך הביתה."


def test_a_reporter_named_with_her_outlet_after_q(tmp_path, tei_all):
    text = ("PRESS BRIEFING\n\nSPOKESMAN: Go ahead.\n\nQ (Jane Doe, Reuters): When?\n\nSPOKESMAN: Soon.\n\n"
            "Q (BBC): How soon?\n\nSPOKESMAN: Very.\n\nQ (Jane Doe, Reuters): Thank you.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [who for who, _, _ in _turns(root)] == ["spokesman", "doe", "spokesman", "reporter-bbc", "spokesman", "doe"]
    doe = next(p for p in root.iter(T + "person") if p.get(XML_ID) == "spk-doe")
    assert (doe.get("role"), doe.findtext(T + "persName"), doe.findtext(T + "affiliation")) == (
        "interviewer", "Jane Doe", "Reuters")


def test_a_greek_title_names_the_interviewee_whose_label_drops_the_accent(tmp_path, tei_all):
    text = ("Συνέντευξη με τη Μαρία Παπαδοπούλου\n\nΣΥΝΕΝΤΕΥΚΤΡΙΑ: Πού γεννηθήκατε;\n\nΠΑΠΑΔΟΠΟΥΛΟΥ: Στη Θεσσαλονίκη.\n\n"
            "ΣΥΝΕΝΤΕΥΚΤΡΙΑ: Και;\n\nΠΑΠΑΔΟΠΟΥΛΟΥ: Η θάλασσα.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _people(root)["παπαδοπουλου"] == ("interviewee", "Μαρία Παπαδοπούλου")
    assert [who for who, _, _ in _turns(root)] == ["συνεντευκτρια", "παπαδοπουλου"] * 2
