"""Transcript shapes of the fifth probe round: qualitative research's abbreviated roles ("I:"/"B:", "INT:"/"RESP:"),
labels in scripts without capitals ("רחל:", "王："), numbered speakers printed once each, given names that share a
surname in the headnote ("John and Mary Smith"), and role labels that name nobody in the title. Each test says who
speaks each turn, and that no word of the source is lost."""

from __future__ import annotations

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
    source.write_text("SMITH: Where were you?\n\nB: At home.\n\nSMITH: Alone?\n\nB: Yes.\n", encoding="utf-8")
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
