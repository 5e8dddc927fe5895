"""Transcript shapes of the fourth probe round: question numbers before labels (UK select committees), closing
endnotes and editor's lines after the last turn, a header line beside a recurring role label, and labels that
name an interviewer only the headnote names. Each test says who speaks each turn, what they say, and that no
word of the source is lost."""

from __future__ import annotations

from pathlib import Path

from tei_edition import TEI_NS

from .converting import convert_checked as _convert, text_of as _text, turns as _turns

T = "{%s}" % TEI_NS


def test_question_numbers_before_select_committee_labels(tmp_path, tei_all):
    """'Q1 Chair:', 'Q3 Helen Goodman:', 'Q4 [Mark Garnier]:' open the members' questions: each is a turn of the
    member named after the number (printed once or not), not text of the witness's turn before it; the number is
    kept with the label as printed."""
    source = tmp_path / "committee.txt"
    source.write_text(
        "Treasury Committee\n\nOral evidence: Budget 2016, HC 1025\n\n"
        "Q1 Chair: Good morning. What do you make of the fiscal rule?\n\n"
        "Paul Johnson: It has been met on paper, but only just.\n\n"
        "Q2 Chair: Is that credible?\n\nPaul Johnson: Not very.\n\n"
        "Dr Ellison: If I could add one point: the timing shifts are worth £5 billion.\n\n"
        "Q3 Helen Goodman: Dr Ellison, can you say more?\n\nDr Ellison: Receipts have been moved forward.\n\n"
        "Q4 [Mark Garnier]: Is that a one-off gain?\n\nDr Ellison: It is.\n\nQ5 [Mark Garnier] And next year?\n\n"
        "Dr Ellison: Smaller.\n\n"
        "Q12 Mr Rees-Mogg: Would you call it a gimmick?\n\nPaul Johnson: I would not use that word.\n",
        encoding="utf-8")
    _, root = _convert(source, tei_all)
    turns = _turns(root)
    assert [(label, text) for _, label, text in turns] == [
        ("Q1 Chair", "Good morning. What do you make of the fiscal rule?"),
        ("Paul Johnson", "It has been met on paper, but only just."),
        ("Q2 Chair", "Is that credible?"), ("Paul Johnson", "Not very."),
        ("Dr Ellison", "If I could add one point: the timing shifts are worth £5 billion."),
        ("Q3 Helen Goodman", "Dr Ellison, can you say more?"), ("Dr Ellison", "Receipts have been moved forward."),
        ("Q4 [Mark Garnier]", "Is that a one-off gain?"), ("Dr Ellison", "It is."),
        ("Q5 [Mark Garnier]", "And next year?"), ("Dr Ellison", "Smaller."),
        ("Q12 Mr Rees-Mogg", "Would you call it a gimmick?"), ("Paul Johnson", "I would not use that word."),
    ]
    who = [who for who, _, _ in turns]
    assert who[0] == who[2] == "chair"
    assert len({who[0], who[5], who[7], who[11], who[1], who[4]}) == 6 and who[9] == who[7]
    names = {p.findtext(T + "persName") for p in root.iter(T + "person")}
    assert {"Helen Goodman", "Mark Garnier"} <= names


def test_a_quarter_named_once_in_an_answer_is_no_question_number(tmp_path):
    """'Q3 revenue:' once inside an answer is text: a question number opens a label only where several do."""
    source = tmp_path / "results.txt"
    source.write_text("SMITH: How was the year?\n\nJONES: Uneven.\nQ3 Revenue: down four per cent.\n\n"
                      "SMITH: And now?\n\nJONES: Better.\n", encoding="utf-8")
    _, root = _convert(source)
    assert _turns(root) == [
        ("smith", "SMITH", "How was the year?"), ("jones", "JONES", "Uneven. Q3 Revenue: down four per cent."),
        ("smith", "SMITH", "And now?"), ("jones", "JONES", "Better."),
    ]


def _divs(root) -> list[tuple[str, str]]:
    """(type, text) of each div of the body."""
    return [(div.get("type"), " ".join(_text(child) for child in div)) for div in root.find(f"{T}text/{T}body")]


def test_closing_endnotes_are_a_div_of_notes_after_the_turns(tmp_path, tei_all):
    """An oral history's 'NOTES' and its numbered notes after the last turn are notes, not the last speaker's speech;
    every word stays."""
    source = tmp_path / "oral.txt"
    source.write_text(
        "HALE: Where did you grow up?\n\nCALDER: In Lochee.[1] My mother worked at Camperdown Works.\n\n"
        "HALE: And your father?\n\nCALDER: He was at sea.[2]\n\nNOTES\n\n1. Lochee is a district of Dundee.\n\n"
        "2. He served with the Ben Line from 1946\nto 1962.\n", encoding="utf-8")
    _, root = _convert(source, tei_all)
    assert _turns(root)[-1] == ("calder", "CALDER", "He was at sea.[2]")
    assert _divs(root)[1] == ("notes", "NOTES 1. Lochee is a district of Dundee. 2. He served with the Ben Line from "
                                       "1946 to 1962.")
    notes = root.find(f"{T}text/{T}body")[1]
    assert [_text(p) for p in notes.iter(T + "p")] == [
        "1. Lochee is a district of Dundee.", "2. He served with the Ben Line from 1946 to 1962."]


def test_a_notes_heading_with_its_notes_in_one_block(tmp_path):
    source = tmp_path / "oral.txt"
    source.write_text("HALE: Where did you grow up?\n\nCALDER: In Lochee.¹\n\nHALE: Why?\n\nCALDER: Work.²\n\n"
                      "Notes:\n¹ A district of Dundee.\n² The mills.\n", encoding="utf-8")
    _, root = _convert(source)
    assert _turns(root)[-1] == ("calder", "CALDER", "Work.²")
    notes = root.find(f"{T}text/{T}body")[1]
    assert notes.get("type") == "notes" and _text(notes.find(T + "head")) == "Notes:"
    assert [_text(p) for p in notes.iter(T + "p")] == ["¹ A district of Dundee.", "² The mills."]


def test_a_notes_line_without_numbered_notes_after_it_stays_speech(tmp_path):
    """'Notes' followed by more speech, or by nothing, is no notes heading: the words stay in the turn."""
    source = tmp_path / "t.txt"
    source.write_text("HALE: What did you keep?\n\nCALDER: Letters.\n\nNotes\n\nAnd a diary, for a while.\n\n"
                      "HALE: Why?\n\nCALDER: Habit.\n\nNotes\n", encoding="utf-8")
    _, root = _convert(source)
    assert _turns(root) == [
        ("hale", "HALE", "What did you keep?"), ("calder", "CALDER", "Letters. Notes And a diary, for a while."),
        ("hale", "HALE", "Why?"), ("calder", "CALDER", "Habit. Notes"),
    ]
    assert [kind for kind, _ in _divs(root)] == ["interview"]


def test_an_editors_closing_line_is_no_speech_of_the_last_speaker(tmp_path, tei_all):
    """'*This interview has been edited for length and clarity.*' after the last turn is the editors', in a div of
    its own after the turns; a last paragraph in italics that says nothing about the text stays speech."""
    source = tmp_path / "q.md"
    source.write_text("**Q:** When did the work start?\n\n**PEREZ:** In 1998, after the flood.\n\n"
                      "**Q:** Who paid for it?\n\n**PEREZ:** Nobody. We did.\n\n"
                      "*This interview has been edited for length and clarity.*\n", encoding="utf-8")
    _, root = _convert(source, tei_all)
    assert _turns(root)[-1] == ("perez", "PEREZ", "Nobody. We did.")
    assert _divs(root)[1] == ("editorial", "This interview has been edited for length and clarity.")
    source.write_text("**Q:** When did the work start?\n\n**PEREZ:** In 1998, after the flood.\n\n"
                      "**Q:** And the song?\n\n**PEREZ:** We sang it every night.\n\n*We shall overcome.*\n",
                      encoding="utf-8")
    _, root = _convert(source)
    assert _turns(root)[-1] == ("perez", "PEREZ", "We sang it every night. We shall overcome.")
    assert len(_divs(root)) == 1


def test_a_plain_statement_that_the_interview_was_edited_closes_the_turns(tmp_path):
    source = tmp_path / "t.txt"
    source.write_text("SMITH: Thank you.\n\nJONES: Thank you.\n\nSMITH: Goodbye.\n\nJONES: Bye.\n\n"
                      "This conversation has been condensed and lightly edited.\n", encoding="utf-8")
    _, root = _convert(source)
    assert _turns(root)[-1] == ("jones", "JONES", "Bye.")
    assert _divs(root)[1] == ("editorial", "This conversation has been condensed and lightly edited.")


def test_a_translator_header_line_beside_recurring_translator_turns(tmp_path, tei_all):
    """'Translator: Samir Nassar' in the header block at the top is header data naming the translator, whose
    'TRANSLATOR:' turns are his; the header's other lines stay header data, and no one-line 'TRANSLATOR: …' turn is
    read as a header block."""
    source = tmp_path / "translated.txt"
    source.write_text(
        "Interview with Amal Haddad\nInterviewer: Claire Dubois\nTranslator: Samir Nassar\nDate: 3 March 2015\n\n"
        "DUBOIS: Can you tell us when you arrived in France?\n\nTRANSLATOR: She asks when you arrived.\n\n"
        "HADDAD: وصلت سنة ١٩٧٤.\n\nTRANSLATOR: She arrived in 1974.\n\nDUBOIS: Why Marseille?\n\n"
        "TRANSLATOR: Amal Haddad.\n\nHADDAD: كان أخي هنا.\n\nTRANSLATOR: Her brother was here.\n", encoding="utf-8")
    conversion, root = _convert(source, tei_all)
    assert conversion.interview.metadata["translator"] == "Samir Nassar"
    turns = _turns(root)
    assert [(label, text) for _, label, text in turns] == [
        ("DUBOIS", "Can you tell us when you arrived in France?"), ("TRANSLATOR", "She asks when you arrived."),
        ("HADDAD", "وصلت سنة ١٩٧٤."), ("TRANSLATOR", "She arrived in 1974."), ("DUBOIS", "Why Marseille?"),
        ("TRANSLATOR", "Amal Haddad."), ("HADDAD", "كان أخي هنا."), ("TRANSLATOR", "Her brother was here."),
    ]
    persons = {p.get("{http://www.w3.org/XML/1998/namespace}id"): p.findtext(T + "persName") for p in root.iter(T + "person")}
    assert persons["spk-" + turns[1][0]] == "Samir Nassar"
    assert persons["spk-" + turns[0][0]] == "Claire Dubois"
    assert root.find(f"{T}text/{T}front") is None or "Translator" not in _text(root.find(f"{T}text/{T}front"))


def test_a_lone_translator_line_at_the_top_that_says_something_is_a_turn(tmp_path):
    source = tmp_path / "t.txt"
    source.write_text("TRANSLATOR: She asks when you arrived.\n\nHADDAD: In 1974.\n\nTRANSLATOR: In 1974.\n\n"
                      "HADDAD: Yes.\n", encoding="utf-8")
    _, root = _convert(source)
    assert [(label, text) for _, label, text in _turns(root)] == [
        ("TRANSLATOR", "She asks when you arrived."), ("HADDAD", "In 1974."), ("TRANSLATOR", "In 1974."),
        ("HADDAD", "Yes."),
    ]


def test_a_label_printed_once_that_names_an_interviewer_of_the_headnote(tmp_path, tei_all):
    """'Le Monde:' printed once, where the headnote says who spoke with whom ('… spoke with The Guardian and Le
    Monde'), is Le Monde's question, not text of the answer before it."""
    source = tmp_path / "two-papers.txt"
    source.write_text(
        "Sigrún Halldórsdóttir spoke with The Guardian and Le Monde in Reykjavík in June.\n\n"
        "The Guardian: When did you decide to run?\n\nHalldórsdóttir: In the spring.\n\n"
        "The Guardian: Was it hard?\n\nHalldórsdóttir: No. It was the only way.\n\nLe Monde: And Europe?\n\n"
        "Halldórsdóttir: Europe can wait.\n", encoding="utf-8")
    _, root = _convert(source, tei_all)
    turns = _turns(root)
    assert [(label, text) for _, label, text in turns] == [
        ("The Guardian", "When did you decide to run?"), ("Halldórsdóttir", "In the spring."),
        ("The Guardian", "Was it hard?"), ("Halldórsdóttir", "No. It was the only way."),
        ("Le Monde", "And Europe?"), ("Halldórsdóttir", "Europe can wait."),
    ]
    roles = {p.get("{http://www.w3.org/XML/1998/namespace}id")[4:]: p.get("role") for p in root.iter(T + "person")}
    assert roles[turns[4][0]] == "interviewer" and turns[4][0] != turns[0][0]


def test_a_capitals_label_that_is_the_surname_of_someone_the_headnote_names_is_that_person(tmp_path):
    """'ADLER:' where the headnote names Ruth Adler beside the one interviewer its sentence catches (Tom Okoro) is
    Ruth Adler, not Tom Okoro taken for a publication's voice."""
    source = tmp_path / "t.txt"
    source.write_text("Ruth Adler, of the Harrow Valley Gazette, and Tom Okoro interviewed Pieter Visser in March.\n\n"
                      "ADLER: Where were you born?\n\nVISSER: In Leiden.\n\nADLER: And you came here when?\n\n"
                      "VISSER: In 1975.\n", encoding="utf-8")
    _, root = _convert(source)
    names = {p.get("{http://www.w3.org/XML/1998/namespace}id")[4:]: p.findtext(T + "persName") for p in root.iter(T + "person")}
    assert [(names[who], text) for who, _, text in _turns(root)] == [
        ("Ruth Adler", "Where were you born?"), ("Pieter Visser", "In Leiden."),
        ("Ruth Adler", "And you came here when?"), ("Pieter Visser", "In 1975."),
    ]


def test_a_questioner_is_not_the_moderator(tmp_path):
    """A lecture's Q&A: 'QUESTIONER:' from the audience is a person of its own, not the 'MODERATOR:' who is the one
    interviewer found before it (both are role words of the interviewer)."""
    source = tmp_path / "lecture.txt"
    source.write_text(
        "MODERATOR: Please welcome Professor Lindqvist.\n\nPROF. LINDQVIST: Thank you. Rivers move.\n\n"
        "MODERATOR: Questions, please.\n\nQUESTIONER: Is there any border river that works well?\n\n"
        "PROF. LINDQVIST: The Danube, mostly.\n\nMODERATOR: Thank you all.\n", encoding="utf-8")
    _, root = _convert(source)
    who = [who for who, _, _ in _turns(root)]
    assert who[0] == who[2] == who[5] == "moderator"
    assert who[3] == "questioner"


def test_a_role_label_with_initials_in_brackets_names_the_person_of_the_bare_initials(tmp_path, tei_all):
    """'Interviewer (JS):' and 'Respondent (MK):' are the interviewer JS and the respondent MK; 'JS:' and 'MK:'
    printed once later are the same people, not text of the respondent's turn."""
    source = tmp_path / "eng.txt"
    source.write_text(
        "Interviewer (JS): Could you start with your education?\n\nRespondent (MK): Gdańsk Polytechnic, 1968.\n\n"
        "Interviewer (JS): Four women?\n\nRespondent (MK): Four. One left.\n\nJS: During the strike?\n\n"
        "MK: During the strike. I brought sandwiches.\n\nInterviewer (JS): Did it change things?\n\n"
        "Respondent (MK): No.\n", encoding="utf-8")
    _, root = _convert(source, tei_all)
    turns = _turns(root)
    assert [(label, text) for _, label, text in turns] == [
        ("Interviewer (JS)", "Could you start with your education?"), ("Respondent (MK)", "Gdańsk Polytechnic, 1968."),
        ("Interviewer (JS)", "Four women?"), ("Respondent (MK)", "Four. One left."), ("JS", "During the strike?"),
        ("MK", "During the strike. I brought sandwiches."), ("Interviewer (JS)", "Did it change things?"),
        ("Respondent (MK)", "No."),
    ]
    who = [who for who, _, _ in turns]
    assert who[0] == who[2] == who[4] == who[6] != who[1]
    assert who[1] == who[3] == who[5] == who[7]
    roles = {p.get("{http://www.w3.org/XML/1998/namespace}id")[4:]: p.get("role") for p in root.iter(T + "person")}
    assert roles[who[0]] == "interviewer" and roles[who[1]] == "interviewee"


TRANSCRIPTS = Path(__file__).resolve().parent / "transcripts"


def test_hansard_question_time(tei_all):
    """Australian Hansard: 'Mr DUTTON (Dickson—Leader of the Opposition) (14:01):' opens a turn (its remark is
    long), 'Mr Fletcher:' printed once is an interjection of his own, and 'Honourable members interjecting—' is an
    incident, not words of the minister's speech."""
    conversion, root = _convert(TRANSCRIPTS / "hansard-questions.txt", tei_all)
    turns = _turns(root)
    assert [(label, text[:40]) for _, label, text in turns] == [
        ("Mr DUTTON (Dickson—Leader of the Opposition) (14:01)", "My question is to the Prime Minister. Wh"),
        ("Mr ALBANESE (Grayndler—Prime Minister) (14:01)", "I thank the Leader of the Opposition for"),
        ("The SPEAKER", "Order! The member for Fadden will cease "),
        ("Mr ALBANESE", "The Housing Australia Future Fund will b"),
        ("Mr DUTTON", "That's not an answer."),
        ("The SPEAKER", "The Leader of the Opposition will resume"),
        ("Ms CHESTERS (Bendigo) (14:04)", "My question is to the Minister for Housi"),
        ("Ms O'NEIL (Hotham—Minister for Housing) (14:04)", "I thank the member for Bendigo. We have "),
        ("Mr Fletcher", "You've done nothing."),
        ("Ms O'NEIL", "The manager of opposition business says "),
        ("The SPEAKER", "Order!"),
    ]
    who = [who for who, _, _ in turns]
    assert who[0] == who[4] == "dutton" and who[1] == who[3] == "albanese" and who[7] == who[9] == "oneil"
    assert who[8] == "fletcher"
    sp = next(root.iter(T + "sp"))
    albanese = list(root.iter(T + "sp"))[1]
    assert [_text(p)[-16:] for p in albanese.iter(T + "p")] == ["We are fixing that."[-16:]]
    # the interjection between two turns is no speaker's: it stands between them (round 18)
    assert albanese.find(T + "incident") is None and _text(albanese.getnext()) == "Honourable members interjecting—"
    assert sp.getparent().get("type") == "interview"


def test_a_title_and_name_inside_a_paragraph_stays_text(tmp_path):
    """'Dr Okafor: a surgeon …' on a line inside an answer lists a person, even where labels are titles and names."""
    source = tmp_path / "t.txt"
    source.write_text("Mr SMITH: Who helped you?\n\nMs JONES: Many people.\nDr Okafor: a surgeon at Barts.\n\n"
                      "Mr SMITH: And then?\n\nMs JONES: Then I left.\n", encoding="utf-8")
    _, root = _convert(source)
    assert [text for _, _, text in _turns(root)] == [
        "Who helped you?", "Many people. Dr Okafor: a surgeon at Barts.", "And then?", "Then I left."]


def test_a_closing_transcription_credit_is_no_speech(tmp_path, tei_all):
    """'Transcribed by Rev.com' and 'Transcribed by J. Pickles, March 1988. …' after the last turn (with the
    '[END OF INTERVIEW]' note before it) are the transcript's credits, not the last speaker's words."""
    source = tmp_path / "t.txt"
    source.write_text("LUND: Did you join the union?\n\nSUTCLIFFE: In 1930.\n\nLUND: Thank you, Harold.\n\n"
                      "[END OF INTERVIEW]\n\nTranscribed by J. Pickles, March 1988. Spellings of dialect words follow "
                      "the speaker.\n", encoding="utf-8")
    _, root = _convert(source, tei_all)
    assert _turns(root)[-1] == ("lund", "LUND", "Thank you, Harold.")
    assert _divs(root)[1] == ("editorial", "END OF INTERVIEW Transcribed by J. Pickles, March 1988. Spellings of "
                                           "dialect words follow the speaker.")
    source.write_text("Speaker 1: Will the farm carry on?\n\nSpeaker 2: Ask him.\n\nSpeaker 3: It will.\n\n"
                      "Speaker 1: Why?\n\nSpeaker 3: It has to.\n\nTranscribed by Rev.com\n", encoding="utf-8")
    _, root = _convert(source)
    assert _turns(root)[-1] == ("speaker-3", "Speaker 3", "It has to.")
    assert _divs(root)[1] == ("editorial", "Transcribed by Rev.com")


def test_a_typescript_with_form_feeds_and_running_page_headers(tei_all):
    """Form feeds between the pages of a typescript are page breaks, not characters that stop the conversion; the
    running header 'ORAL HISTORY PROJECT    Page 2 of 3' is a note, not words of the turn it falls in; 'Conducted by
    Sarah Whitfield' on the line above the date names the interviewer Sarah Whitfield, whose turns are 'WHITFIELD:'."""
    conversion, root = _convert(TRANSCRIPTS / "page-headers-formfeed.txt", tei_all)
    turns = _turns(root)
    assert [who for who, _, _ in turns] == ["whitfield", "adeyemi"] * 5 + ["whitfield"]
    persons = {p.get("{http://www.w3.org/XML/1998/namespace}id")[4:]: (p.findtext(T + "persName"), p.get("role"))
               for p in root.iter(T + "person")}
    assert persons == {"adeyemi": ("THOMAS ADEYEMI", "interviewee"), "whitfield": ("Sarah Whitfield", "interviewer")}
    adeyemi = list(root.iter(T + "sp"))[3]
    # (one paragraph, the page's head in it where it is printed: the page break cut a sentence, not the answer)
    assert [_text(p) for p in adeyemi.iter(T + "p")] == [
        "In 1958. I had a scholarship to study law at King's College, but the scholarship did not cover ORAL HISTORY "
        "PROJECT Page 2 of 3 the cost of living, so I worked nights at the Post Office sorting office at Mount Pleasant."]
    assert adeyemi.find(f"{T}p/{T}note[@type='transcript']") is not None
    assert [_text(n) for n in root.iter(T + "note") if n.get("type") == "transcript"] == [
        "ORAL HISTORY PROJECT Page 1 of 3", "ORAL HISTORY PROJECT Page 2 of 3", "ORAL HISTORY PROJECT Page 3 of 3"]


def test_a_podcast_host_printed_once_with_a_role_and_the_name_in_brackets(tei_all):
    """'HOST (ELLIE PARK):' printed once opens the first turn (its name's first word is the recurring 'ELLIE:'), not
    the headnote; 'ELLIE:' is Ellie Park, never "I'm Ellie" read from her own words; 'AMARA:' and 'OKONKWO:' are
    'DR. AMARA OKONKWO' (first name after the title, and surname)."""
    _, root = _convert(TRANSCRIPTS / "podcast-host-remark.txt", tei_all)
    turns = _turns(root)
    assert turns[0][1:] == ("HOST (ELLIE PARK)", turns[0][2]) and turns[0][2].startswith("Welcome to The Long Field.")
    persons = {p.get("{http://www.w3.org/XML/1998/namespace}id")[4:]: (p.findtext(T + "persName"), p.get("role"))
               for p in root.iter(T + "person")}
    by_label = {label: persons[who] for who, label, _ in turns}
    assert by_label["HOST (ELLIE PARK)"] == by_label["ELLIE"] == ("ELLIE PARK", "interviewer")
    assert by_label["AMARA"] == by_label["OKONKWO"] == by_label["DR. AMARA OKONKWO"]
    assert len(persons) == 2


def test_a_closing_credit_in_other_languages_is_no_speech(tmp_path):
    """'Das Gespräch führte Thomas Berger.' (and 'Propos recueillis par …', 'Entrevista realizada por …') after the
    last answer credits the interviewer: it is no words of the answer."""
    for credit in ("Das Gespräch führte Thomas Berger.", "Propos recueillis par Julien Roux.",
                   "Entrevista realizada por Ana Ruiz.", "Interview by Tom Hale."):
        source = tmp_path / "t.txt"
        source.write_text("Frage: Wo waren Sie?\n\nAntwort: In Berlin.\n\nFrage: Und dann?\n\nAntwort: Erst 1989.\n\n"
                          f"{credit}\n", encoding="utf-8")
        _, root = _convert(source)
        assert _turns(root)[-1][2] == "Erst 1989.", credit
        assert _divs(root)[1] == ("editorial", credit)


def test_header_fields_the_header_has_no_place_for_are_kept_as_notes_on_the_source(tmp_path, tei_all):
    """'Transcriber: J. Pickles', 'Duration: 1 h 12 min', 'Subject: …' in a header block are header data: they are not
    text, but their words stay in the document (sourceDesc/bibl/note[@type='metadata']), not dropped."""
    source = tmp_path / "t.txt"
    source.write_text("Interviewee: Harold Sutcliffe\nInterviewer: Margaret Lund\nDate: 12 October 1987\n"
                      "Transcriber: J. Pickles\nDuration: 1 h 12 min\nSubject: Wool trade; half-timers\n\n"
                      "LUND: Where were you born?\n\nSUTCLIFFE: Shipley.\n", encoding="utf-8")
    _, root = _convert(source, tei_all)
    bibl = root.find(f".//{T}sourceDesc/{T}bibl")
    assert [(n.get("n"), n.text) for n in bibl.findall(T + "note") if n.get("type") == "metadata"] == [
        ("transcriber", "J. Pickles"), ("duration", "1 h 12 min"), ("subject", "Wool trade; half-timers")]


def test_a_header_title_that_gives_way_to_a_heading_is_kept_as_a_note(tmp_path):
    source = tmp_path / "t.md"
    source.write_text("# The printed title\n\nTitle: Working title, tape 3\nDate: 12 October 1987\n\n"
                      "**LUND:** Where were you born?\n\n**SUTCLIFFE:** Shipley.\n", encoding="utf-8")
    _, root = _convert(source)
    bibl = root.find(f".//{T}sourceDesc/{T}bibl")
    assert [(n.get("n"), n.text) for n in bibl.findall(T + "note") if n.get("type") == "metadata"] == [
        ("title", "Working title, tape 3")]


def test_a_markdown_image_and_its_caption_between_turns_are_no_speech(tmp_path, tei_all):
    """'![Nadia Rahimi on stage](rahimi.jpg)' and its caption '*Photo: Jo Hale*' in a magazine Q&A are a figure
    note, not a paragraph of the answer they follow."""
    source = tmp_path / "q.md"
    source.write_text("**Ben Carver:** What do you remember?\n\n**Nadia Rahimi:** Being scared.\n\n"
                      "![Nadia Rahimi on stage in Glasgow, 2019](rahimi.jpg)\n*Photo: Jo Hale*\n\n"
                      "**Ben Carver:** And now?\n\n**Nadia Rahimi:** Now I'm scared in better rooms.\n", encoding="utf-8")
    _, root = _convert(source, tei_all)
    answer = list(root.iter(T + "sp"))[1]
    assert [_text(p) for p in answer.iter(T + "p")] == ["Being scared."]
    assert [_text(n) for n in answer.iter(T + "note")] == [
        "![Nadia Rahimi on stage in Glasgow, 2019](rahimi.jpg)", "Photo: Jo Hale"]
    assert {n.get("type") for n in answer.iter(T + "note")} == {"figure"}


def test_a_key_of_initials_in_the_headnote_names_the_speakers(tmp_path):
    """'Key: JB = Jean Brodie (interviewer); MS = Mary Stead (interviewee)' says who 'JB:' and 'MS:' are."""
    source = tmp_path / "t.txt"
    source.write_text("Leeds Mill Workers Project\n\nKey: JB = Jean Brodie (interviewer); MS = Mary Stead (interviewee)\n\n"
                      "JB: When did you start at the mill?\n\nMS: In 1949.\n\nJB: Which mill?\n\nMS: Armley Mills.\n",
                      encoding="utf-8")
    _, root = _convert(source)
    persons = {p.get("{http://www.w3.org/XML/1998/namespace}id")[4:]: (p.findtext(T + "persName"), p.get("role"))
               for p in root.iter(T + "person")}
    assert [persons[who] for who, _, _ in _turns(root)][:2] == [("Jean Brodie", "interviewer"), ("Mary Stead", "interviewee")]
    assert len(persons) == 2


def test_uk_hansard_questions_to_the_prime_minister(tei_all):
    """UK Hansard: 'Q1. [901234] Mrs Flick Drummond (Meon Valley) (Con):' opens the first question (not the
    headnote); 'Mrs Drummond:' and 'Keir Starmer:' printed once are the members whose full labels came before, and
    'Hon. Members:' is the House's interjection: none of them is text of the Prime Minister's turn."""
    _, root = _convert(TRANSCRIPTS / "hansard-uk-pmqs.txt", tei_all)
    turns = _turns(root)
    assert [label for _, label, _ in turns] == [
        "Q1. [901234] Mrs Flick Drummond (Meon Valley) (Con)", "The Prime Minister (Rishi Sunak)", "Mrs Drummond",
        "The Prime Minister", "Mr Speaker", "Sir Keir Starmer (Holborn and St Pancras) (Lab)", "The Prime Minister",
        "Keir Starmer", "Hon. Members", "Mr Speaker"]
    who = [who for who, _, _ in turns]
    assert who[0] == who[2] and who[5] == who[7] and who[1] == who[3] == who[6]
    assert len({who[0], who[1], who[4], who[5], who[8]}) == 5
    assert turns[1][2].endswith("further such meetings later today.")


def test_the_encoding_description_says_how_closing_parts_and_figures_are_encoded(tmp_path):
    source = tmp_path / "q.md"
    source.write_text("**Q:** Why?\n\n**PEREZ:** Because.\n\n![The road](road.jpg)\n\n**Q:** When?\n\n**PEREZ:** 1998.\n\n"
                      "*This interview has been edited for length and clarity.*\n", encoding="utf-8")
    _, root = _convert(source)
    statements = [_text(p) for p in root.iter(T + "normalization") for p in p.iter(T + "p")]
    assert any("div[@type='editorial']" in s for s in statements)
    assert any("note[@type='figure']" in s for s in statements)
    assert not any(s.startswith("Non-speech lines") for s in statements)


def test_a_closing_copyright_line_is_no_speech(tmp_path):
    source = tmp_path / "t.txt"
    source.write_text("Interviewer: Jane Doe\nNarrator: Walter Brand\nDate: 3 May 2003\n\nQ: Where did you train?\n\n"
                      "A: At the Bauhaus.\n\nQ: What do you remember?\n\nA: The stairs.\n\n"
                      "Copyright 2003 The Oral History Trust. All rights reserved.\n", encoding="utf-8")
    _, root = _convert(source)
    assert _turns(root)[-1][2] == "The stairs."
    assert _divs(root)[1] == ("editorial", "Copyright 2003 The Oral History Trust. All rights reserved.")
    source.write_text("Q: Where did you train?\n\nA: At the Bauhaus.\n\nQ: What do you remember?\n\n"
                      "A: The stairs.\n\n© 2003 The Oral History Trust\n", encoding="utf-8")
    _, root = _convert(source)
    assert _turns(root)[-1][2] == "The stairs."


def test_a_place_and_date_after_the_name_in_an_interview_with_title_are_no_affiliation(tmp_path):
    source = tmp_path / "t.txt"
    source.write_text("Interview with Amina Haddad, Marseille, 9 October 2021\nInterviewer: Claire Dubois\n"
                      "Translator: Youssef Benali\n\nDUBOIS: When did you arrive?\n\nHADDAD: In 1974.\n\n"
                      "DUBOIS: Why?\n\nHADDAD: Work.\n", encoding="utf-8")
    _, root = _convert(source)
    person = next(p for p in root.iter(T + "person") if p.findtext(T + "persName") == "Amina Haddad")
    assert person.find(T + "affiliation") is None


def test_a_last_answer_that_opens_like_a_credit_but_speaks_stays_speech(tmp_path):
    source = tmp_path / "t.txt"
    source.write_text("SMITH: And the song?\n\nJONES: It came later.\n\nSMITH: How?\n\nJONES: By chance.\n\n"
                      "Recorded by the BBC in 1987, that song became our anthem; we sang it everywhere.\n",
                      encoding="utf-8")
    _, root = _convert(source)
    assert _turns(root)[-1][2].endswith("we sang it everywhere.")
    assert len(_divs(root)) == 1


def test_a_plain_edited_statement_that_addresses_the_reader_closes_the_turns(tmp_path):
    source = tmp_path / "t.txt"
    source.write_text("SMITH: Thank you.\n\nJONES: Thank you.\n\nSMITH: Goodbye.\n\nJONES: Bye.\n\n"
                      "This interview has been edited for length; you can hear all of it on our podcast.\n",
                      encoding="utf-8")
    _, root = _convert(source)
    assert _turns(root)[-1][2] == "Bye."


def test_a_last_answer_about_an_edited_conversation_stays_speech(tmp_path):
    source = tmp_path / "t.txt"
    source.write_text("SMITH: And the film?\n\nJONES: It was cut.\n\nSMITH: How?\n\nJONES: Badly.\n\n"
                      "The conversation was edited out of the film, and I was furious.\n", encoding="utf-8")
    _, root = _convert(source)
    assert _turns(root)[-1][2].endswith("and I was furious.")


def test_a_last_italic_paragraph_in_the_first_person_stays_speech(tmp_path):
    source = tmp_path / "q.md"
    source.write_text("**Q:** And the album?\n\n**PEREZ:** A week.\n\n**Q:** Really?\n\n**PEREZ:** Really.\n\n"
                      "*I recorded the vocals in one take.*\n", encoding="utf-8")
    _, root = _convert(source)
    assert _turns(root)[-1][2] == "Really. I recorded the vocals in one take."


def test_a_role_label_that_the_headnote_prints_after_a_name_is_that_person(tmp_path):
    """'Chair:' where the headnote lists 'Members present: Sir Robert Neale (Chair); …' is Sir Robert Neale."""
    source = tmp_path / "c.txt"
    source.write_text("Environment Committee\n\nMembers present: Sir Robert Neale (Chair); Mrs Anne Ellison.\n\n"
                      "Q1 Chair: Welcome.\n\nProfessor Grant: Thank you.\n\nQ2 [Mrs Ellison] Why?\n\n"
                      "Professor Grant: Cheap land.\n\nQ3 Chair: Thank you.\n", encoding="utf-8")
    _, root = _convert(source)
    persons = {p.get("{http://www.w3.org/XML/1998/namespace}id")[4:]: p.findtext(T + "persName") for p in root.iter(T + "person")}
    assert [persons[who] for who, _, _ in _turns(root)] == [
        "Sir Robert Neale", "Professor Grant", "Mrs Anne Ellison", "Professor Grant", "Sir Robert Neale"]


def test_numbered_question_and_answer_labels(tmp_path, tei_all):
    """'Q1:' / 'A1:', 'Q2:' / 'A2:' (a survey's follow-up interview) are question and answer labels, each printed
    once with its number: the file was refused ('no speaker turns found')."""
    source = tmp_path / "survey.txt"
    source.write_text("Community Survey — Follow-up Interview 12\n\nQ1: How long have you lived here?\n\n"
                      "A1: Twenty-two years.\n\nQ2: What has changed most?\n\nA2: The shops.\n\nQ3: Anything else?\n\n"
                      "A3: Fix the lifts.\n", encoding="utf-8")
    _, root = _convert(source, tei_all)
    assert _turns(root) == [
        ("q", "Q1", "How long have you lived here?"), ("a", "A1", "Twenty-two years."),
        ("q", "Q2", "What has changed most?"), ("a", "A2", "The shops."), ("q", "Q3", "Anything else?"),
        ("a", "A3", "Fix the lifts."),
    ]
    roles = {p.get("{http://www.w3.org/XML/1998/namespace}id")[4:]: p.get("role") for p in root.iter(T + "person")}
    assert roles == {"q": "interviewer", "a": "interviewee"}
    assert {p.findtext(T + "persName") for p in root.iter(T + "person")} == {"Q", "A"}


def test_a_road_number_opening_a_line_in_a_q_and_a_stays_text(tmp_path):
    source = tmp_path / "t.txt"
    source.write_text("Q: How did you come?\n\nA: By car.\nA1: the road north, then the A66.\n\nQ: Long?\n\nA: Yes.\n",
                      encoding="utf-8")
    _, root = _convert(source)
    assert [text for _, _, text in _turns(root)] == [
        "How did you come?", "By car. A1: the road north, then the A66.", "Long?", "Yes."]


def test_another_person_of_a_speakers_surname_opening_a_paragraph_stays_text(tmp_path):
    source = tmp_path / "t.txt"
    source.write_text("Ruth Adler: What did you read?\n\nJohn Smith: Economics.\n\nAdam Smith: the first book I bought.\n\n"
                      "Ruth Adler: And then?\n\nJohn Smith: Law.\n", encoding="utf-8")
    _, root = _convert(source)
    assert [text for _, _, text in _turns(root)] == [
        "What did you read?", "Economics. Adam Smith: the first book I bought.", "And then?", "Law."]


def test_caption_chevrons_before_labels(tmp_path, tei_all):
    """'>> ANCHOR: text' (closed captions mark each change of speaker with chevrons) is a turn of ANCHOR: the file
    was refused ('no line looks like a speaker label')."""
    source = tmp_path / "news.txt"
    source.write_text(">> ANCHOR: Good evening. Tonight, the flooding.\n>> REPORTER: The river rose two metres.\n"
                      ">> ANCHOR: Is everyone safe?\n>> REPORTER: Two people are missing.\n>> They were last seen at "
                      "the bridge.\n", encoding="utf-8")
    _, root = _convert(source, tei_all)
    assert _turns(root) == [
        ("anchor", "ANCHOR", "Good evening. Tonight, the flooding."), ("reporter", "REPORTER", "The river rose two metres."),
        ("anchor", "ANCHOR", "Is everyone safe?"),
        ("reporter", "REPORTER", "Two people are missing. >> They were last seen at the bridge."),
    ]


def test_a_time_range_before_each_label(tmp_path, tei_all):
    """WhisperX-style lines '[00:00:01.000 --> 00:00:04.200] SPEAKER_00: text': the range's start is the turn's
    time, its end an anchor after the turn's text; the file was refused ('no line looks like a speaker label')."""
    source = tmp_path / "asr.txt"
    source.write_text("[00:00:01.000 --> 00:00:04.200] SPEAKER_00: Thanks for coming in today.\n"
                      "[00:00:04.500 --> 00:00:09.100] SPEAKER_01: Happy to. It's been a strange year.\n"
                      "[00:00:09.300 --> 00:00:12.000] SPEAKER_00: Strange how?\n"
                      "[00:00:12.400 --> 00:00:20.800] SPEAKER_01: We lost the contract in March.\n", encoding="utf-8")
    _, root = _convert(source, tei_all)
    assert [(who, text) for who, _, text in _turns(root)] == [
        ("speaker-00", "Thanks for coming in today."), ("speaker-01", "Happy to. It's been a strange year."),
        ("speaker-00", "Strange how?"), ("speaker-01", "We lost the contract in March."),
    ]
    when = {w.get("{http://www.w3.org/XML/1998/namespace}id"): w.get("interval") for w in root.iter(T + "when")}
    first = next(root.iter(T + "sp"))
    anchors = [when[a.get("synch")[1:]] for a in first.iter(T + "anchor")]
    assert anchors == ["1", "4.2"]


def test_the_interviewer_credited_in_french_or_german_at_the_top(tmp_path):
    """'Propos recueillis par Julien Roux' (French), 'Das Gespräch führte Anna Schmidt' (German) name the
    interviewer, whose turns are 'Julien Roux :' / 'Schmidt:'."""
    for head, asker, label in (("Propos recueillis par Julien Roux, à Lyon, le 3 juin 2021.", "Julien Roux", "Julien Roux"),
                               ("Das Gespräch führte Anna Schmidt.", "Anna Schmidt", "Schmidt"),
                               # the credit's other forms, as a closing credit reads them too (one list of phrases)
                               ("Die Fragen stellte Anna Schmidt.", "Anna Schmidt", "Schmidt"),
                               ("Entrevista hecha por Julien Roux.", "Julien Roux", "Julien Roux")):
        source = tmp_path / "t.txt"
        source.write_text(f"Entretien avec Hélène Marchand\n\n{head}\n\n{label}: Qu'est-ce qui a changé ?\n\n"
                          f"Marchand: Tout.\n\n{label}: Et les écrans ?\n\nMarchand: Lisez.\n", encoding="utf-8")
        _, root = _convert(source)
        persons = {p.get("{http://www.w3.org/XML/1998/namespace}id")[4:]: (p.findtext(T + "persName"), p.get("role"))
                   for p in root.iter(T + "person")}
        assert persons[_turns(root)[0][0]] == (asker, "interviewer"), head


def test_speech_after_an_image_in_its_block_stays_speech(tmp_path):
    source = tmp_path / "q.md"
    source.write_text("**Q:** Where?\n\n**PEREZ:** Here.\n![The road](road.jpg)\nWe built it ourselves.\n\n"
                      "**Q:** When?\n\n**PEREZ:** 1998.\n", encoding="utf-8")
    _, root = _convert(source)
    answer = list(root.iter(T + "sp"))[1]
    assert [_text(p) for p in answer.iter(T + "p")] == ["Here.", "We built it ourselves."]
    assert [_text(n) for n in answer.iter(T + "note")] == ["![The road](road.jpg)"]


def test_a_notes_heading_before_timed_turns_is_no_endnotes(tmp_path):
    """'NOTES' and numbered lines between '[00:11:00] SMITH: …' turns: the later turns are turns (a timecode before
    a label hides it from no check), not endnotes."""
    source = tmp_path / "t.txt"
    source.write_text("[00:10:00] SMITH: We wrote the minutes together.\n\n[00:10:30] JONES: They read like this.\n\n"
                      "NOTES\n1. Budget approved.\n2. Next meeting in May.\n\n[00:11:00] SMITH: That was the last.\n\n"
                      ">> JONES: And the last I chaired.\n", encoding="utf-8")
    _, root = _convert(source)
    assert [who for who, _, _ in _turns(root)] == ["smith", "jones", "smith", "jones"]
    assert [kind for kind, _ in _divs(root)] == ["interview"]


def test_a_sentence_about_members_interjecting_stays_speech(tmp_path):
    """'The members kept interjecting.' inside an answer is speech; 'Opposition members interjecting—' and
    'Mr Fletcher interjecting—' are incidents."""
    source = tmp_path / "t.txt"
    source.write_text("INTERVIEWER: What happened?\n\nSMITH: Nobody could finish a sentence.\nThe members kept "
                      "interjecting.\nIt went on.\n\nINTERVIEWER: And then?\n\nSMITH: I stood.\nOpposition members interjecting—\n"
                      "Mr Fletcher interjecting—\nI carried on.\n", encoding="utf-8")
    _, root = _convert(source)
    turns = _turns(root)
    assert turns[1][2] == "Nobody could finish a sentence. The members kept interjecting. It went on."
    assert [_text(i) for i in root.iter(T + "incident")] == ["Opposition members interjecting—",
                                                             "Mr Fletcher interjecting—"]


def test_a_last_paragraph_that_opens_like_a_credit_and_goes_on_stays_speech(tmp_path):
    """A credit is a paragraph wholly a credit: 'Produced by the BBC in 1979, the series ran for ten years …' and
    an italic '*We recorded it in one take.*' are the last speaker's words; '(c) 2003 The Trust.' is a credit."""
    for last, editorial in (("Produced by the BBC in 1979, the series ran for ten years and won two awards.", False),
                            ("Translated by Ana Ruiz, the book sold ten thousand copies.", False),
                            ("Interview by interview, the archive grew to two hundred voices.", False),
                            ("Copyright 1976 meant nothing to the label, they pressed it anyway.", False),
                            ("*We recorded it in one take.*", False),
                            ("(c) 2003 The Oral History Trust.", True),
                            ("Produced by Jo Hale for the BBC.", True)):
        source = tmp_path / "t.txt"
        source.write_text(f"INTERVIEWER: Where?\n\nSMITH: Leeds.\n\nINTERVIEWER: And the series?\n\n"
                          f"SMITH: It changed the town.\n\n{last}\n", encoding="utf-8")
        _, root = _convert(source)
        kinds = [kind for kind, _ in _divs(root)]
        assert (kinds == ["interview", "editorial"]) is editorial, last
        if not editorial:
            assert _turns(root)[-1][2].endswith(_text_of(last)), last


def _text_of(markdown: str) -> str:
    return markdown.strip("*")


def test_a_heading_notes_and_a_list_in_a_last_answer_stay_speech(tmp_path):
    """'Notes' then '1 loaf of bread a week', '2 candles' (no note marks) in a last answer are speech; notes
    marked '1.' / '2.' after the turns are endnotes."""
    source = tmp_path / "t.txt"
    source.write_text("INTERVIEWER: What?\n\nSMITH: A card.\n\nINTERVIEWER: What does it say?\n\n"
                      "SMITH: It has a heading and a list.\n\nNotes\n"
                      "1 loaf of bread a week\n2 candles\n\nThat was all, for six people.\n", encoding="utf-8")
    _, root = _convert(source)
    assert [kind for kind, _ in _divs(root)] == ["interview"]
    assert _turns(root)[-1][2].endswith("2 candles That was all, for six people.")


def test_quarters_in_an_answer_are_no_numbered_labels(tmp_path):
    """'Q3 Revenue: 4.1 million' lines inside a paragraph are the CFO's words, not turns of a person 'Revenue'."""
    source = tmp_path / "t.txt"
    source.write_text("HOST: How did the year go?\n\nCFO: Better than expected. By quarter, as the board saw it.\n"
                      "Q3 Revenue: 4.1 million, up from 3.2.\nQ4 Revenue: 5.0 million, a record.\n\nHOST: Thank you.\n\n"
                      "CFO: Thank you.\n", encoding="utf-8")
    _, root = _convert(source)
    assert [who for who, _, _ in _turns(root)] == ["host", "cfo", "host", "cfo"]
    assert "Q4 Revenue: 5.0 million, a record." in _turns(root)[1][2]


def test_speech_after_an_image_that_opens_with_a_caption_word_stays_speech(tmp_path):
    source = tmp_path / "q.md"
    source.write_text("**HOST:** Tell us.\n\n**GUEST:** Here it is.\n![The mill in 1952](mill.jpg)\n"
                      "Picture the noise of forty looms at once, all day long.\n\n**HOST:** Wow.\n\n"
                      "**GUEST:** Yes.\n", encoding="utf-8")
    _, root = _convert(source)
    answer = list(root.iter(T + "sp"))[1]
    assert [_text(p) for p in answer.iter(T + "p")] == [
        "Here it is.", "Picture the noise of forty looms at once, all day long."]


def test_a_time_range_before_a_label_alone_on_its_line_keeps_its_end(tmp_path):
    source = tmp_path / "asr.txt"
    source.write_text("[00:00:01.000 --> 00:00:04.200] SPEAKER_00:\nWelcome to the programme.\n\n"
                      "[00:00:04.200 --> 00:00:09.900] SPEAKER_01: Thanks for having me.\n\n"
                      "[00:00:10.000 --> 00:00:12.500] SPEAKER_00: Let us begin.\n", encoding="utf-8")
    _, root = _convert(source)
    intervals = sorted(w.get("interval") for w in root.iter(T + "when") if w.get("interval"))
    assert "4.2" in intervals and "12.5" in intervals and "9.9" in intervals
    first = next(root.iter(T + "sp"))
    assert len(list(first.iter(T + "anchor"))) == 2


def test_a_knight_printed_once_in_a_hansard_record(tmp_path):
    """'Sir Edward Leigh:' once, opening a paragraph, where members are labelled by title and name, is a member's
    interjection (a turn of his own), and 'Sir Edward Leigh interjecting—' an incident: Sir and Dame are titles."""
    source = tmp_path / "h.txt"
    source.write_text("Mr DUTTON: Why have rents risen?\n\nMr ALBANESE: Because of a decade of neglect.\n"
                      "Sir Edward Leigh interjecting—\nWe are fixing that.\n\nSir Edward Leigh: You are not.\n\n"
                      "Mr ALBANESE: We are.\n\nMr DUTTON: Not fast enough.\n", encoding="utf-8")
    _, root = _convert(source)
    assert [label for _, label, _ in _turns(root)] == [
        "Mr DUTTON", "Mr ALBANESE", "Sir Edward Leigh", "Mr ALBANESE", "Mr DUTTON"]
    assert [_text(i) for i in root.iter(T + "incident")] == ["Sir Edward Leigh interjecting—"]


def test_a_label_ending_in_once_does_not_make_detection_read_the_headnote_again(tmp_path):
    """Whether labels printed once were left out is a flag of the detection, not a word of its messages."""
    from tei_edition.readers.labels import detect_style
    detection = detect_style(["Smith: a", "Jones: b", "Smith: c", "Jones: d", "Hale: e"], block_starts=range(5))
    assert detection.once_left_out
    detection = detect_style(["Smith: a", "Ponce: b", "Smith: c", "Ponce: d"], block_starts=range(4))
    assert "Ponce" in " ".join(detection.reasons) and not detection.once_left_out


def test_a_number_in_the_remark_after_an_interview_with_name_is_an_affiliation(tmp_path):
    """'Interview with Jane Doe, Local 1199 organiser': no date or year after the comma, so the remark is hers."""
    source = tmp_path / "t.txt"
    source.write_text("Interview with Jane Doe, Local 1199 organiser\nInterviewer: Tom Hale\nPlace: New York\n\n"
                      "HALE: When did you join?\n\nDOE: In 1974.\n\nHALE: Why?\n\nDOE: Pay.\n", encoding="utf-8")
    _, root = _convert(source)
    person = next(p for p in root.iter(T + "person") if p.findtext(T + "persName") == "Jane Doe")
    assert "Local 1199" in _text(person.find(T + "affiliation"))


def test_front_matter_with_control_characters_and_a_nameless_key(tmp_path):
    """YAML escapes for characters XML forbids are dropped, a key of no name gives a note without n; no traceback."""
    source = tmp_path / "fm.md"
    source.write_text('---\ntitle: "A \\u0001 title"\nmood: "calm\\u0002 day"\n"": "first"\n"\\u0003": "second"\n---\n\n'
                      "SMITH: Hello.\n\nJONES: Hi.\n\nSMITH: Bye.\n\nJONES: Bye.\n", encoding="utf-8")
    _, root = _convert(source)
    notes = {n.get("n"): n.text for n in root.iter(T + "note") if n.get("type") == "metadata"}
    assert notes["mood"] == "calm day" and notes[None] == "first; second"
    assert "" not in notes


def test_a_copyright_line_with_a_sentence_after_it_is_still_a_credit(tmp_path):
    source = tmp_path / "t.txt"
    source.write_text("Q: Where?\n\nA: Dessau.\n\nQ: What do you remember?\n\nA: The stairs.\n\n"
                      "Copyright 2003 The Oral History Trust. All rights reserved. This transcript may not be "
                      "reproduced without permission.\n", encoding="utf-8")
    _, root = _convert(source)
    assert _turns(root)[-1][2] == "The stairs."
    assert [kind for kind, _ in _divs(root)] == ["interview", "editorial"]
