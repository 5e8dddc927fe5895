"""Transcript shapes of the fifth probe round: qualitative research's abbreviated roles ("I:"/"B:", "INT:"/"RESP:"),
labels in scripts without capitals ("רחל:", "王："), numbered speakers printed once each, given names that share a
surname in the headnote ("John and Mary Smith"), role labels and numbers that name nobody in the title, an oral
history's tape log and opening slate, "an interview with X by Y", meeting exports with a time range above each name,
Happy Scribe's "[time] - Speaker 1", Markdown tables of turns, and interviewer and interviewee labels of other
languages. Each test says who speaks each turn, and that no word of the source is lost; the guard tests that a rule
does not fire on look-alike text."""

from __future__ import annotations

from pathlib import Path

from tei_edition import TEI_NS

from .converting import convert_checked as _convert, turns as _turns

T = "{%s}" % TEI_NS


def _people(root) -> list[tuple[str, str, str]]:
    """(id, role, name) of every participant."""
    return [(p.get("{http://www.w3.org/XML/1998/namespace}id"), p.get("role"), p.findtext(T + "persName"))
            for p in root.iter(T + "person") if p.getparent().getparent().tag == T + "particDesc"]


def _subtitles(root) -> list[str]:
    return [t.text for t in root.iter(T + "title") if t.get("type") == "sub"]


def test_german_qualitative_interview_labels_i_and_b(tmp_path, tei_all):
    """German qualitative research prints "I:" for the interviewer and "B:" for the interviewee ("Befragte"): "I:"
    is a speaker where it recurs beside another recurring short label, and each names its role."""
    source = tmp_path / "brandt.txt"
    source.write_text(
        "I: Frau Brandt, wo sind Sie aufgewachsen?\n\nB: In Pirna, direkt an der Elbe.\n\n"
        "I: Wie war die Schulzeit?\n\nB: Streng. Aber ich hatte gute Lehrer.\n\nI: Und danach?\n\n"
        "B: Eine Lehre als Schneiderin.\n", encoding="utf-8")
    _, root = _convert(source, tei_all)
    assert [(who, label) for who, label, _ in _turns(root)] == [("i", "I"), ("b", "B")] * 3
    assert _people(root) == [("spk-i", "interviewer", "I"), ("spk-b", "interviewee", "B")]
    assert _subtitles(root) == []  # no "Interview with B"


def test_int_and_resp_name_their_roles_beside_each_other(tmp_path):
    source = tmp_path / "ward.txt"
    source.write_text("INT: Can you describe a shift?\n\nRESP: It starts at seven.\n\nINT: And then?\n\n"
                      "RESP: Medication rounds.\n", encoding="utf-8")
    _, root = _convert(source)
    assert _people(root) == [("spk-int", "interviewer", "INT"), ("spk-resp", "interviewee", "RESP")]


def test_an_abbreviated_role_beside_a_name_names_no_role(tmp_path):
    """"B:" beside "SMITH:" is someone's initial, not the interviewee of an "I:"/"B:" transcript."""
    source = tmp_path / "initial.txt"
    # (round 19: SMITH asks once only, so that the turns, which would name the roles, give none either)
    source.write_text("SMITH: Where were you?\n\nB: At home.\n\nSMITH: Alone.\n\nB: Yes.\n", encoding="utf-8")
    _, root = _convert(source)
    assert _people(root) == [("spk-smith", "participant", "SMITH"), ("spk-b", "participant", "B")]


def test_a_list_numbered_with_roman_i_is_no_interviewer(tmp_path):
    """"I:" and "II:" number parts; "I:" once is the pronoun or a numeral: text in both cases."""
    source = tmp_path / "parts.txt"
    source.write_text(
        "SMITH: Here is the plan.\nI: The survey.\nII: The interviews.\n\nJONES: Good.\n\nSMITH: I: the survey "
        "first.\nI: then the rest.\n\nJONES: Fine.\n", encoding="utf-8")
    _, root = _convert(source)
    assert [who for who, _, _ in _turns(root)] == ["smith", "jones", "smith", "jones"]


def test_a_lone_i_line_stays_text(tmp_path):
    source = tmp_path / "lone.txt"
    source.write_text("SMITH: What did you say?\n\nJONES: I said no.\nI: never again.\n\nSMITH: Why?\n\nJONES: Because.\n",
                      encoding="utf-8")
    _, root = _convert(source)
    assert [who for who, _, _ in _turns(root)] == ["smith", "jones", "smith", "jones"]


def test_hebrew_labels_without_capitals(tmp_path, tei_all):
    source = tmp_path / "rachel.txt"
    source.write_text("מראיינת: איפה נולדת?\n\nרחל: בתל אביב, בשנת 1948.\n\nמראיינת: מה את זוכרת?\n\n"
                      "רחל: את הים.\n", encoding="utf-8")
    _, root = _convert(source, tei_all)
    assert [(label, text) for _, label, text in _turns(root)] == [
        ("מראיינת", "איפה נולדת?"), ("רחל", "בתל אביב, בשנת 1948."), ("מראיינת", "מה את זוכרת?"), ("רחל", "את הים."),
    ]


def test_chinese_labels_before_a_full_width_colon(tmp_path, tei_all):
    """"王：" with a full-width colon and no space: a label of up to four characters."""
    source = tmp_path / "wang.txt"
    source.write_text("李：您是哪一年来上海的？\n\n王：一九八五年。那时候我二十岁。\n\n李：当时住在哪里？\n\n王：住在虹口。\n",
                      encoding="utf-8")
    _, root = _convert(source, tei_all)
    assert [(label, text) for _, label, text in _turns(root)] == [
        ("李", "您是哪一年来上海的？"), ("王", "一九八五年。那时候我二十岁。"), ("李", "当时住在哪里？"), ("王", "住在虹口。"),
    ]


def test_a_chinese_sentence_with_a_colon_once_is_no_label(tmp_path):
    """A colon inside a paragraph of caseless script once ("注意：") is text, as "Note:" is."""
    source = tmp_path / "note.txt"
    source.write_text("SMITH: What did the sign say?\n\nJONES: It said:\n注意：小心地滑。\n\nSMITH: Thanks.\n\n"
                      "JONES: Sure.\n", encoding="utf-8")
    _, root = _convert(source)
    assert [who for who, _, _ in _turns(root)] == ["smith", "jones", "smith", "jones"]


def test_numbered_speakers_each_printed_once(tmp_path, tei_all):
    """"Speaker 1:", "Speaker 2:", "Speaker 3:" each once: three people the transcriber numbered."""
    source = tmp_path / "ferry.txt"
    source.write_text("Speaker 1: Is this the line for the ferry?\n\nSpeaker 2: Yes, but it's cancelled.\n\n"
                      "Speaker 3: They said maybe the four o'clock.\n", encoding="utf-8")
    _, root = _convert(source, tei_all)
    assert [(who, label) for who, label, _ in _turns(root)] == [
        ("speaker-1", "Speaker 1"), ("speaker-2", "Speaker 2"), ("speaker-3", "Speaker 3")]


def test_a_numbered_step_printed_once_is_no_speaker(tmp_path):
    """"Option 1:" and "Option 2:" in an answer are a list, not numbered people."""
    source = tmp_path / "options.txt"
    source.write_text("SMITH: What were the choices?\n\nJONES: Two.\nOption 1: sell.\nOption 2: wait.\n\n"
                      "SMITH: And you chose?\n\nJONES: To wait.\n", encoding="utf-8")
    _, root = _convert(source)
    assert [who for who, _, _ in _turns(root)] == ["smith", "jones", "smith", "jones"]


def test_given_names_sharing_a_surname_in_the_headnote(tmp_path, tei_all):
    """"John and Mary Smith talked to Alice Brown": John Smith and Mary Smith, each their own label."""
    source = tmp_path / "smiths.txt"
    source.write_text(
        "John and Mary Smith talked to Alice Brown about the hardware store.\n\nBROWN: When did you buy it?\n\n"
        "JOHN SMITH: In 1962.\n\nMARY SMITH: January 1962.\n\nBROWN: Who kept the books?\n\nMARY SMITH: I did.\n",
        encoding="utf-8")
    _, root = _convert(source, tei_all)
    assert _people(root) == [("spk-smith", "interviewee", "John Smith"), ("spk-smith-2", "interviewee", "Mary Smith"),
                             ("spk-brown", "interviewer", "Alice Brown")]
    assert [who for who, _, _ in _turns(root)] == ["brown", "smith", "smith-2", "brown", "smith-2"]


def test_a_publication_acronym_before_a_name_is_no_given_name(tmp_path):
    source = tmp_path / "eir.txt"
    source.write_text("Ann Lee and Jane Doe talked to Tom Park.\n\nPARK: Hello.\n\nLEE: Hi.\n\nDOE: Hi.\n\n"
                      "PARK: Bye.\n\nLEE: Bye.\n\nDOE: Bye.\n", encoding="utf-8")
    _, root = _convert(source)
    assert {name for _, _, name in _people(root)} == {"Ann Lee", "Jane Doe", "Tom Park"}


def test_a_deposition_has_no_interview_with_a_subtitle(tmp_path):
    source = tmp_path / "depo.txt"
    source.write_text("Q. Please state your name.\nA. Harold Vance.\nQ. Where do you work?\nA. In Dayton.\n",
                      encoding="utf-8")
    _, root = _convert(source)
    assert _subtitles(root) == []


def test_a_focus_group_facilitator_is_the_interviewer(tmp_path):
    source = tmp_path / "focus.txt"
    source.write_text("FACILITATOR: What does community mean?\n\nF1: My street.\n\nM1: The club.\n\n"
                      "FACILITATOR: Why?\n\nF1: Neighbours.\n\nM1: Friends.\n", encoding="utf-8")
    _, root = _convert(source)
    assert _people(root)[0] == ("spk-facilitator", "interviewer", "FACILITATOR")


def _notes(root) -> list[str]:
    return [" ".join("".join(n.itertext()).split()) for n in root.iter(T + "note") if n.get("type") == "transcript"]


def test_an_oral_history_tape_log_without_brackets(tmp_path, tei_all):
    """"TAPE 1, SIDE A" at the top is no title, "END OF SIDE A" and "TAPE 1, SIDE B" between turns and "END OF
    INTERVIEW" at the end are notes about the recording, not speech; the interviewer's opening slate ("This is
    Gerda Schultz interviewing Walter Brandt") names both speakers."""
    source = tmp_path / "brandt.txt"
    source.write_text(
        "TAPE 1, SIDE A\n\nSCHULTZ: This is Gerda Schultz interviewing Walter Brandt on March 3, 1998, in Milwaukee."
        "\n\nBRANDT: Yes.\n\nSCHULTZ: When were you born?\n\nBRANDT: In 1922.\n\nEND OF SIDE A\n\nTape 1, Side B\n\n"
        "SCHULTZ: We were talking about the tannery.\n\nBRANDT: Pfister & Vogel.\n\nEND OF INTERVIEW\n",
        encoding="utf-8")
    _, root = _convert(source, tei_all)
    assert [t.text for t in root.iter(T + "title") if t.get("type") == "main"] == ["brandt"]
    assert _notes(root) == ["TAPE 1, SIDE A", "END OF SIDE A", "Tape 1, Side B", "END OF INTERVIEW"]
    fourth = list(root.iter(T + "sp"))[3]
    assert [" ".join("".join(p.itertext()).split()) for p in fourth.iter(T + "p")] == ["In 1922."]
    assert _people(root) == [("spk-brandt", "interviewee", "Walter Brandt"),
                             ("spk-schultz", "interviewer", "Gerda Schultz")]
    assert [who for who, _, _ in _turns(root)] == ["schultz", "brandt"] * 3


def test_an_answer_that_names_a_tape_stays_speech(tmp_path):
    source = tmp_path / "tape.txt"
    source.write_text("SMITH: Which one did you keep?\n\nJONES: Tape 3.\n\nSMITH: And the side?\n\n"
                      "JONES: Side A.\n", encoding="utf-8")
    _, root = _convert(source)
    assert _notes(root) == []
    assert [text for _, _, text in _turns(root)] == ["Which one did you keep?", "Tape 3.", "And the side?", "Side A."]


def test_a_slate_later_in_the_interview_names_nobody(tmp_path):
    """Only the first turn's opening words are a slate: "This is Ann Lee interviewing …" quoted later is speech."""
    source = tmp_path / "later.txt"
    source.write_text("SMITH: How did the tape start?\n\nJONES: This is Ann Lee interviewing Bob Roe, it said.\n\n"
                      "SMITH: Odd.\n\nJONES: Yes.\n", encoding="utf-8")
    _, root = _convert(source)
    assert {name for _, _, name in _people(root)} == {"SMITH", "JONES"}


def test_an_interview_with_someone_by_someone_names_the_interviewer(tmp_path):
    """"Transcript of an interview with Eleanor Pratt by David Kim, conducted on …" and the German "Interview mit
    Helga Brandt, geführt von Jonas Weber" name interviewee and interviewer."""
    source = tmp_path / "pratt.txt"
    source.write_text(
        "Transcript of an interview with Eleanor Pratt by David Kim, conducted on 3 March 1998 in Bangor, Maine.\n\n"
        "KIM: How long have you lived in Bangor?\n\nPRATT: Since 1952.\n\nKIM: And then?\n\nPRATT: Busy.\n",
        encoding="utf-8")
    _, root = _convert(source)
    assert _people(root) == [("spk-pratt", "interviewee", "Eleanor Pratt"), ("spk-kim", "interviewer", "David Kim")]
    source = tmp_path / "brandt.txt"
    source.write_text(
        "Interview mit Helga Brandt, geführt von Jonas Weber am 12. März 2020 in Dresden.\n\nI: Wo sind Sie "
        "aufgewachsen?\n\nB: In Pirna.\n\nI: Und danach?\n\nB: Eine Lehre.\n", encoding="utf-8")
    _, root = _convert(source)
    assert _people(root) == [("spk-brandt", "interviewee", "Helga Brandt"), ("spk-weber", "interviewer", "Jonas Weber")]
    assert [who for who, _, _ in _turns(root)] == ["weber", "brandt"] * 2


def test_a_meeting_transcript_with_a_time_range_above_each_name(tmp_path, tei_all):
    """Microsoft Teams' older transcript export: "0:0:4.120 --> 0:0:9.800", the speaker's name alone on the next
    line (surname first), the text after it. The range's start is the turn's time; the file was refused ("no line
    looks like a speaker label")."""
    source = tmp_path / "meeting.txt"
    source.write_text(
        "0:0:0.0 --> 0:0:4.120\nLee, Anna\nGood morning, everyone.\n\n0:0:4.120 --> 0:0:9.800\nOsei, Kwame\n"
        "Morning. Shall we start\nwith the budget?\n\n0:1:9.800 --> 0:1:15.10\nLee, Anna\nYes.\n", encoding="utf-8")
    _, root = _convert(source, tei_all)
    assert _turns(root) == [("lee", "Lee, Anna", "Good morning, everyone."),
                            ("osei", "Osei, Kwame", "Morning. Shall we start with the budget?"),
                            ("lee", "Lee, Anna", "Yes.")]
    assert _people(root) == [("spk-lee", "participant", "Anna Lee"), ("spk-osei", "participant", "Kwame Osei")]
    assert [w.get("interval") for w in root.iter(T + "when") if w.get("interval")] == ["0", "4.12", "69.8"]


def test_one_time_range_above_a_name_is_no_convention(tmp_path):
    """A lone time range line above a capitalised line is text among labelled turns: a convention needs two."""
    source = tmp_path / "one.txt"
    source.write_text("SMITH: What did the log say?\n\nJONES: It said\n0:0:1.0 --> 0:0:2.0\nHarbour Master\n"
                      "and nothing else.\n\nSMITH: Odd.\n\nJONES: Yes.\n", encoding="utf-8")
    _, root = _convert(source)
    assert [who for who, _, _ in _turns(root)] == ["smith", "jones", "smith", "jones"]
    assert "0:0:1.0 --> 0:0:2.0 Harbour Master" in _turns(root)[1][2]


def test_a_markdown_table_of_turns(tmp_path, tei_all):
    """A transcript laid out as a Markdown table ("| Speaker | Text |", or with a time column): each row is a turn;
    the header row and rule are the table's syntax. It was refused ("no line looks like a speaker label"). The
    title, a Markdown heading "Interview with Sofia Marino", names the interviewee as the line would."""
    source = tmp_path / "marino.md"
    source.write_text(
        "# Interview with Sofia Marino\n\n| Time | Speaker | Text |\n|---|---|---|\n"
        "| 00:00:05 | Interviewer | When did you open the bakery? |\n| 00:00:09 | Sofia Marino | In 1979, with Enzo. |\n"
        "| 00:01:12 | Interviewer | What did you sell first? |\n| 00:01:15 | Sofia Marino | Bread, only bread. |\n\n"
        "*Transcribed by the Bakery Archive.*\n", encoding="utf-8")
    _, root = _convert(source, tei_all)
    assert _turns(root) == [("interviewer", "Interviewer", "When did you open the bakery?"),
                            ("marino", "Sofia Marino", "In 1979, with Enzo."),
                            ("interviewer", "Interviewer", "What did you sell first?"),
                            ("marino", "Sofia Marino", "Bread, only bread.")]
    assert ("spk-marino", "interviewee", "Sofia Marino") in _people(root)
    assert [w.get("interval") for w in root.iter(T + "when") if w.get("interval")] == ["5", "9", "72", "75"]


def test_a_data_table_in_an_answer_stays_a_table_of_text(tmp_path):
    """A table whose header names no speaker and text columns is text of the turn it stands in."""
    source = tmp_path / "data.md"
    source.write_text(
        "SMITH: What were the figures?\n\nJONES: Here.\n\n| Year | Tons |\n|---|---|\n| 1990 | 12 |\n| 1991 | 14 |\n\n"
        "SMITH: Thanks.\n\nJONES: Sure.\n", encoding="utf-8")
    _, root = _convert(source)
    assert [who for who, _, _ in _turns(root)] == ["smith", "jones", "smith", "jones"]
    assert "Year" in _turns(root)[1][2] and "1991" in _turns(root)[1][2]


def test_a_speaker_printed_once_in_a_table_of_turns_is_a_speaker(tmp_path, tei_all):
    """The speaker column says who speaks: a name in it once is a speaker too; "\\|" is a pipe inside a cell."""
    source = tmp_path / "table.md"
    source.write_text("| Speaker | Text |\n|---|---|\n| Ann | Hello there. |\n| Bob | Hi \\| there. |\n"
                      "| Ann | Bye. |\n", encoding="utf-8")
    _, root = _convert(source, tei_all)
    assert _turns(root) == [("ann", "Ann", "Hello there."), ("bob", "Bob", "Hi | there."), ("ann", "Ann", "Bye.")]


def test_a_table_of_turns_with_a_row_it_cannot_read_is_refused_with_one_line(tmp_path):
    import pytest

    from tei_edition.errors import InputError
    source = tmp_path / "table.md"
    source.write_text("| Time | Speaker | Text |\n|---|---|---|\n| 00:01 | Ann | Hello. |\n| noon | Bob | Hi. |\n",
                      encoding="utf-8")
    with pytest.raises(InputError, match=r"line 4: 'noon' in the 'time' column of the Markdown table of turns is no "
                                         r"timecode"):
        _convert(source)


def test_labels_naming_the_interviewer_and_interviewee_in_other_languages(tmp_path):
    """"Entrevistadora:"/"Entrevistado:", "Interviewerin:"/"Befragter:" name their roles. "Entrevistado: En Oaxaca,
    en 1948." reads like a header line ("Interviewee: NAME") but stands after a turn: it is a turn, and counts as one
    for detection (it was run into the interviewer's turns, the label printed once left out)."""
    source = tmp_path / "oaxaca.txt"
    source.write_text("Entrevistadora: ¿Dónde nació usted?\n\nEntrevistado: En Oaxaca, en 1948.\n\n"
                      "Entrevistadora: ¿Y cuándo llegó?\n\nEntrevistado: En 1969, con mi primo Ramón.\n",
                      encoding="utf-8")
    _, root = _convert(source)
    assert [who for who, _, _ in _turns(root)] == ["entrevistadora", "entrevistado"] * 2
    assert _people(root) == [("spk-entrevistadora", "interviewer", "Entrevistadora"),
                             ("spk-entrevistado", "interviewee", "Entrevistado")]
    assert _subtitles(root) == []
    source = tmp_path / "leipzig.txt"
    source.write_text("Interviewerin: Wann kamen Sie?\n\nBefragter: Im Herbst 1989.\n\nInterviewerin: Warum?\n\n"
                      "Befragter: Wegen der Arbeit.\n", encoding="utf-8")
    _, root = _convert(source)
    assert [role for _, role, _ in _people(root)] == ["interviewer", "interviewee"]


def test_a_header_line_before_the_turns_is_still_header_data(tmp_path):
    source = tmp_path / "header.txt"
    source.write_text("Entrevistado: Juan Pérez\nFecha: 3 de marzo de 1998\n\nEntrevistadora: ¿Dónde nació?\n\n"
                      "Pérez: En Oaxaca.\n\nEntrevistadora: ¿Cuándo?\n\nPérez: En 1948.\n", encoding="utf-8")
    conversion, root = _convert(source)
    assert conversion.interview.metadata.get("interviewee") == "Juan Pérez"
    assert [who for who, _, _ in _turns(root)] == ["entrevistadora", "perez"] * 2


def test_a_number_labelled_respondent_gives_no_subtitle(tmp_path):
    source = tmp_path / "clinic.txt"
    source.write_text("Interviewer (IV): Your role?\n\nRespondent (R1): Practice manager.\n\nInterviewer (IV): Since?\n\n"
                      "Respondent (R1): 2011.\n", encoding="utf-8")
    _, root = _convert(source)
    assert _subtitles(root) == []


def test_a_dash_between_the_time_and_the_speaker(tmp_path, tei_all):
    """Happy Scribe's export: "[00:00:04.20] - Speaker 2" alone on its line, the text on the next. It was refused."""
    source = tmp_path / "choir.txt"
    source.write_text("[00:00:00.11] - Speaker 1\nSo, tell me how the choir started.\n\n[00:00:04.20] - Speaker 2\n"
                      "It was 1987.\n\n[00:00:11.02] - Speaker 1\nWho led it?\n\n[00:00:12.40] - Speaker 2\n"
                      "Mrs. Okafor.\n", encoding="utf-8")
    _, root = _convert(source, tei_all)
    assert [(who, text) for who, _, text in _turns(root)] == [
        ("speaker-1", "So, tell me how the choir started."), ("speaker-2", "It was 1987."), ("speaker-1", "Who led it?"),
        ("speaker-2", "Mrs. Okafor.")]


_FIXTURES = Path(__file__).parent / "transcripts"


def test_fixture_qualitative_interview_named_in_a_german_headnote(tei_all):
    _, root = _convert(_FIXTURES / "qualitative-i-b.txt", tei_all)
    assert _people(root) == [("spk-brandt", "interviewee", "Helga Brandt"), ("spk-weber", "interviewer", "Jonas Weber")]
    assert [(who, label) for who, label, _ in _turns(root)] == [("weber", "I"), ("brandt", "B")] * 3


def test_fixture_meeting_transcript_with_time_ranges(tei_all):
    _, root = _convert(_FIXTURES / "meeting-time-ranges.txt", tei_all)
    assert [who for who, _, _ in _turns(root)] == ["lee", "osei", "lee"]


def test_fixture_markdown_table_of_turns(tei_all):
    _, root = _convert(_FIXTURES / "table-of-turns.md", tei_all)
    assert [who for who, _, _ in _turns(root)] == ["interviewer", "marino"] * 2
    assert _subtitles(root) == ["Interview with Sofia Marino"]


def test_speakers_lettered_by_a_speech_recogniser_each_printed_once(tmp_path):
    """"Speaker C:" once beside a recurring "Speaker A:" and "Speaker B:" is a third person, not words of B."""
    source = tmp_path / "strike.txt"
    source.write_text("Speaker A: Tell me about the strike.\n\nSpeaker B: It was 1984.\n\nSpeaker A: How long?\n\n"
                      "Speaker B: A year.\n\nSpeaker C: I was his neighbour.\n", encoding="utf-8")
    _, root = _convert(source)
    assert [label for _, label, _ in _turns(root)] == ["Speaker A", "Speaker B", "Speaker A", "Speaker B", "Speaker C"]


def test_a_chat_export_is_refused_with_one_line_saying_what_to_do(tmp_path):
    """WhatsApp's and Zoom chat's stamps before the sender: no convention to force; the message says so."""
    import pytest

    from tei_edition.errors import InputError
    source = tmp_path / "chat.txt"
    source.write_text("12/03/2021, 14:02 - Anna Lee: When did you arrive?\n"
                      "12/03/2021, 14:05 - Tomasz Nowak: In 2004.\n", encoding="utf-8")
    with pytest.raises(InputError) as refused:
        _convert(source)
    message = str(refused.value)
    assert "\n" not in message and "as chat exports (WhatsApp, Zoom chat) print messages" in message
    assert "--label-style" not in message


def test_a_right_to_left_mark_before_each_label(tmp_path, tei_all):
    """Word processors put a right-to-left mark (U+200F) before Hebrew and Arabic lines: the label after it is at the
    start of its line (the file was refused); "מראיינת" (interviewer) names her role."""
    source = tmp_path / "rachel.txt"
    source.write_text("\u200fמראיינת: איפה נולדת?\n\n\u200fרחל: בתל אביב.\n\n\u200fמראיינת: מה את זוכרת?\n\n"
                      "\u200fרחל: את הים.\n", encoding="utf-8")
    _, root = _convert(source, tei_all)
    assert [label for _, label, _ in _turns(root)] == ["מראיינת", "רחל"] * 2
    assert _people(root)[0][1:] == ("interviewer", "מראיינת")


def test_role_labels_in_other_scripts(tmp_path):
    source = tmp_path / "reporter.txt"
    source.write_text("记者：您是哪一年来上海的？\n\n王丽华：一九八五年。\n\n记者：住在哪里？\n\n王丽华：虹口。\n", encoding="utf-8")
    _, root = _convert(source)
    assert [role for _, role, _ in _people(root)] == ["interviewer", "interviewee"]  # the one beside the reporter
    source = tmp_path / "kyiv.txt"
    source.write_text("ИНТЕРВЬЮЕР: Где вы родились?\n\nКОВАЛЕНКО: В Киеве.\n\nИНТЕРВЬЮЕР: А когда?\n\n"
                      "КОВАЛЕНКО: В 1950 году.\n", encoding="utf-8")
    _, root = _convert(source)
    assert [role for _, role, _ in _people(root)] == ["interviewer", "interviewee"]


def test_a_focus_group_label_with_a_remark_holding_a_comma(tmp_path):
    """"P1 (female, 34):" is P1; the comma inside the brackets parts no remark from a name ("P1 (female" was the
    name, "spk-female" the id)."""
    source = tmp_path / "buses.txt"
    source.write_text("P1 (female, 34): Fine in the morning.\n\nP2 (male, 61): Not for me.\n\nMODERATOR: Why?\n\n"
                      "P1 (female, 34): I live on the main road.\n\nP2 (male, 61): I live up the hill.\n",
                      encoding="utf-8")
    _, root = _convert(source)
    assert _people(root) == [("spk-p1", "participant", "P1"), ("spk-p2", "participant", "P2"),
                             ("spk-moderator", "interviewer", "MODERATOR")]


def test_two_numbered_interviewers_are_two_people(tmp_path):
    source = tmp_path / "project.txt"
    source.write_text("INT1: Tell us about the project.\n\nRESP: It started in 2015.\n\nINT2: Who applied?\n\n"
                      "RESP: Our director.\n\nINT1: And now?\n\nRESP: I run it.\n", encoding="utf-8")
    _, root = _convert(source)
    assert _people(root) == [("spk-int1", "interviewer", "INT1"), ("spk-resp", "interviewee", "RESP"),
                             ("spk-int2", "interviewer", "INT2")]
    assert [who for who, _, _ in _turns(root)] == ["int1", "resp", "int2", "resp", "int1", "resp"]


def test_labels_in_square_brackets_and_labels_with_no_space_after_the_colon(tmp_path, tei_all):
    """"[INTERVIEWER]: text" and "SMITH:Where …", "JONES:1950." were refused ("no line looks like a speaker label")."""
    source = tmp_path / "brackets.txt"
    source.write_text("[INTERVIEWER]: Where were you born?\n\n[NAKAMURA]: In Kobe.\n\n[INTERVIEWER]: When?\n\n"
                      "[NAKAMURA]: In 1952.\n", encoding="utf-8")
    _, root = _convert(source, tei_all)
    assert [(who, label) for who, label, _ in _turns(root)] == [("interviewer", "INTERVIEWER"), ("nakamura", "NAKAMURA")] * 2
    source = tmp_path / "nospace.txt"
    source.write_text("SMITH:Where were you born?\nJONES:In Leeds.\nSMITH:When?\nJONES:1950.\n", encoding="utf-8")
    _, root = _convert(source, tei_all)
    assert _turns(root) == [("smith", "SMITH", "Where were you born?"), ("jones", "JONES", "In Leeds."),
                            ("smith", "SMITH", "When?"), ("jones", "JONES", "1950.")]


def test_a_clock_time_after_a_word_is_no_label_without_a_space(tmp_path):
    """"Tuesday 10:30" and "Q3:45" at the start of lines are times, not labels typed without a space."""
    source = tmp_path / "times.txt"
    source.write_text("SMITH: When did it open?\n\nJONES: On\nTuesday 10:30 sharp, and again\nTuesday 10:30 the next "
                      "week.\n\nSMITH: Thanks.\n\nJONES: Sure.\n", encoding="utf-8")
    _, root = _convert(source)
    assert [who for who, _, _ in _turns(root)] == ["smith", "jones", "smith", "jones"]


def test_a_tab_separated_table_of_turns(tmp_path, tei_all):
    """A spreadsheet saved as text: a header row "Speaker<TAB>Text" and one row a turn. It was refused."""
    source = tmp_path / "sheet.txt"
    source.write_text("Speaker\tText\nInterviewer\tWhere were you born?\nNakamura\tIn Kobe.\nInterviewer\tWhen?\n"
                      "Nakamura\tIn 1952.\n", encoding="utf-8")
    _, root = _convert(source, tei_all)
    assert [(who, text) for who, _, text in _turns(root)] == [
        ("interviewer", "Where were you born?"), ("nakamura", "In Kobe."), ("interviewer", "When?"),
        ("nakamura", "In 1952.")]


def test_answers_printed_without_a_label_after_labelled_questions(tmp_path, tei_all):
    """Only the questions are labelled ("Q:"), each answer a paragraph after its question: the answers were the
    interviewer's words (one turn of "Q" each); they are the interviewee's turns, without a speaker label."""
    source = tmp_path / "leeds.txt"
    source.write_text("Q: Where were you born?\n\nIn Leeds, in 1950.\n\nMy father worked at the brewery.\n\n"
                      "Q: And then?\n\nWe moved to York.\n\nQ: Why York?\n\nHis brother had a shop there.\n",
                      encoding="utf-8")
    _, root = _convert(source, tei_all)
    assert _people(root) == [("spk-q", "interviewer", "Q"), ("spk-interviewee", "interviewee", "unnamed interviewee")]
    sps = list(root.iter(T + "sp"))
    assert [(sp.get("who"), sp.find(T + "speaker") is not None) for sp in sps] == [
        ("#spk-q", True), ("#spk-interviewee", False)] * 3
    assert [len(sp.findall(T + "p")) for sp in sps] == [1, 2, 1, 1, 1, 1]


def test_labelled_answers_and_questions_of_one_paragraph_are_left_alone(tmp_path):
    source = tmp_path / "qa.txt"
    source.write_text("Q: Where were you born?\n\nA: In Leeds.\n\nMore about Leeds?\n\nQ: And then?\n\nA: York.\n",
                      encoding="utf-8")
    _, root = _convert(source)
    assert [who for who, _, _ in _turns(root)] == ["q", "a", "q", "a"]
    source = tmp_path / "questions.txt"
    source.write_text("Q: Where were you born?\n\nQ: And then?\n\nQ: Why York?\n", encoding="utf-8")
    _, root = _convert(source)
    assert [who for who, _, _ in _turns(root)] == ["q", "q", "q"]


def test_a_text_in_another_script_than_the_declared_language_warns(tmp_path):
    """Without a sidecar language the header declared the edition's ("en"): a transcript written in Chinese characters
    is declared Chinese, with a warning saying so (tei_edition.language); "问"/"答" name their roles."""
    from tei_edition.convert import convert_file

    source = tmp_path / "wang.txt"
    source.write_text("问：您是哪一年来上海的？\n\n答：一九八五年。\n\n问：住在哪里？\n\n答：虹口。\n", encoding="utf-8")
    conversion = convert_file(source)
    assert conversion.tree.getroot().get("{http://www.w3.org/XML/1998/namespace}lang") == "zh"
    assert any("reads as Chinese" in w and "sidecar" in w for w in conversion.warnings)
    assert [role for _, role, _ in _people(conversion.tree.getroot())] == ["interviewer", "interviewee"]
    source = tmp_path / "english.txt"
    source.write_text("SMITH: Where — exactly — were you? «Zürich», you said?\n\nJONES: Zürich, yes.\n\nSMITH: Ok.\n\n"
                      "JONES: Fine.\n", encoding="utf-8")
    conversion = convert_file(source)
    assert conversion.tree.getroot().get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
    assert not [w for w in conversion.warnings if "language" in w]


def test_lines_numbered_through_the_whole_file_for_coding(tmp_path, tei_all):
    """Qualitative research numbers every line of a transcript (1 … 480) for coding: the numbers past 30 are line
    numbers too (the file was refused: "31   INT:" opens no label)."""
    lines, n = [], 1
    for k in range(10):
        for label, text in (("INT", f"Question {k}?"), ("RESP", f"Answer {k}, and")):
            lines.append(f"{n:<4}{label}:  {text}")
            lines.append(f"{n + 1:<4}      more words on a second line.")
            n += 2
    source = tmp_path / "coded.txt"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _, root = _convert(source, tei_all)
    turns = _turns(root)
    assert [who for who, _, _ in turns] == ["int", "resp"] * 10
    assert turns[-1][2] == "Answer 9, and more words on a second line."


def test_numbered_paragraphs_of_prose_are_no_line_numbers(tmp_path):
    """A year opening some lines is no line number: the lines are not numbered in order."""
    source = tmp_path / "years.txt"
    source.write_text("SMITH: What happened then?\n\nJONES: Three things.\n1950  we moved.\n1962  we sold the farm.\n"
                      "1970  he died.\n\nSMITH: I see.\n\nJONES: Yes.\n", encoding="utf-8")
    _, root = _convert(source)
    assert "1950 we moved. 1962 we sold the farm. 1970 he died." in _turns(root)[1][2]


def test_a_stand_in_for_an_unnamed_person_is_marked_as_no_name(tmp_path, tei_all):
    """"Q", "Speaker 2", "UNIDENTIFIED MALE" and the converter's "unnamed interviewee" are stand-ins: persName
    @type="unnamed" (the editions and records never give them as a name); a person's name is not marked."""
    source = tmp_path / "mixed.txt"
    source.write_text("Interview with Ann Lee.\n\nQ: Where were you born?\n\nLEE: In Leeds.\n\nSpeaker 2: Me too.\n\n"
                      "Q: When?\n\nLEE: 1950.\n\nSpeaker 2: 1951.\n", encoding="utf-8")
    _, root = _convert(source, tei_all)
    marked = {p.findtext(T + "persName"): p.find(T + "persName").get("type") for p in root.iter(T + "person")
              if p.getparent().getparent().tag == T + "particDesc"}
    assert marked == {"Q": "unnamed", "Ann Lee": None, "Speaker 2": "unnamed"}
    from tei_edition.readers.labels import stand_in
    assert stand_in("UNIDENTIFIED MALE") and stand_in("SPEAKER_00") and stand_in("Speaker C") and stand_in("INT2")
    assert not stand_in("Ann Lee") and not stand_in("MARY SMITH") and not stand_in("Bea")
    source = tmp_path / "leeds.txt"
    source.write_text("Q: Where were you born?\n\nIn Leeds.\n\nQ: And then?\n\nYork.\n", encoding="utf-8")
    _, root = _convert(source, tei_all)
    assert [(p.text, p.get("type")) for p in root.iter(T + "persName") if p.getparent().tag == T + "person"] == [
        ("Q", "unnamed"), ("unnamed interviewee", "unnamed")]
