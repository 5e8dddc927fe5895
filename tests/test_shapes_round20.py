"""Transcript shapes of the twentieth probe round: oral histories' catalogue headers ("Narrator:", "Dates:"), dates
with places and slashes, Japanese, Korean and Hindi headers and labels, a radio programme's third voice printed once,
court reporters' line numbers, page numbers and footers, court and tribunal roles and examiners, e-mail subjects and
sign-offs, Google Meet heads, members' seats, two people speaking together, field notes, publications' voices, offices
and their holders, callers' places, unidentified voices. Each test says what the TEI holds and that no word of the
source is lost; the guard tests that a rule does not fire on look-alike text."""

from __future__ import annotations

from tei_edition.dates import iso_date

from .converting import T, convert_checked as _convert, people, text_of, turns, write as _write


def _creation(root):
    creation = root.find(f".//{T}profileDesc/{T}creation")
    date = creation.find(f"{T}date")
    return (None if date is None else date.get("when"), creation.findtext(f"{T}placeName"))


# -- an oral history's catalogue header -------------------------------------------------------------------------------

NARRATOR = ("Interview with Eleanor Voss\n\nNarrator: Eleanor Voss\nInterviewer: Daniel Ruiz\n"
            "Dates: March 3 and March 10, 2004\nLocation: Madison, Wisconsin\nLength: 2 hours, 14 minutes\n\n"
            "RUIZ: Mrs. Voss, where were you born?\n\nVOSS: Milwaukee. The south side.\n\nRUIZ: And your parents?\n\n"
            "VOSS: Both from Poland.\n")


def test_a_catalogue_header_with_dates_is_header_data_not_turns(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, NARRATOR), tei_all)
    assert people(root) == {"voss": ("interviewee", "Eleanor Voss"), "ruiz": ("interviewer", "Daniel Ruiz")}
    assert [who for who, _, _ in turns(root)] == ["ruiz", "voss"] * 2
    assert root.find(f".//{T}profileDesc/{T}creation/{T}date").text == "March 3 and March 10, 2004"


# -- a date key with the place after it -------------------------------------------------------------------------------

DATE_PLACE = ("Interview with Kwame Asante\nInterviewers: Lisa Brandt and Yusuf Karim\nDate: 9 July 2019, Kumasi\n\n"
              "BRANDT: When did you start weaving?\n\nASANTE: At six.\n\nKARIM: Who taught you?\n\nASANTE: My uncle.\n")


def test_a_place_after_the_date_keys_date_is_the_interviews_place(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, DATE_PLACE), tei_all)
    assert _creation(root) == ("2019-07-09", "Kumasi")
    assert [role for role, _ in people(root).values()] == ["interviewee", "interviewer", "interviewer"]


def test_a_weekday_after_the_date_or_a_place_key_keeps_the_date_as_printed(tmp_path):
    # guard: "…, Tuesday" names no place, and a place key of its own is the place
    _, root = _convert(_write(tmp_path, DATE_PLACE.replace(", Kumasi", ", Tuesday")))
    assert _creation(root) == (None, None)
    _, root = _convert(_write(tmp_path, DATE_PLACE.replace(", Kumasi", ", Kumasi\nPlace: Accra")))
    assert _creation(root) == (None, "Accra")


# -- dates printed with slashes ----------------------------------------------------------------------------------------

def test_a_slashed_date_is_read_where_only_one_order_makes_a_date(tmp_path, tei_all):
    assert [iso_date(d) for d in ("18/05/1998", "05/18/1998", "4/4/2001")] == ["1998-05-18", "1998-05-18", "2001-04-04"]
    text = ("Interviewee: Brian Colley\nInterviewer: Jo Stanton\nDate of interview: 18/05/1998\nLocation: Sheffield\n\n"
            "STANTON: What was your first job?\n\nCOLLEY: Apprentice at Firth Brown.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _creation(root) == ("1998-05-18", "Sheffield")


def test_a_slashed_date_of_two_readings_or_none_is_no_date():
    # guard: 03/05/1998 is 3 May or March 5, as the country writes it; 31/02 is no day
    assert [iso_date(d) for d in ("03/05/1998", "31/02/2000", "13/13/2000")] == [None, None, None]


# -- Japanese and Korean header keys ----------------------------------------------------------------------------------

def test_japanese_and_korean_date_and_reporter_keys_are_header_data(tmp_path, tei_all):
    japanese = ("インタビュー：佐藤健一氏\n\n日時：2021年3月4日\n場所：東京・青山\n聞き手：田中由美\n\n"
                "田中：建築家を志したきっかけは何ですか。\n\n佐藤：祖父の大工仕事です。\n\n田中：最初の作品は？\n\n佐藤：実家の物置です。\n")
    _, root = _convert(_write(tmp_path, japanese), tei_all)
    assert root.findtext(f".//{T}titleStmt/{T}title") == "インタビュー：佐藤健一氏"
    assert _creation(root) == ("2021-03-04", "東京・青山")
    korean = ("일시: 2023년 5월 3일\n장소: 서울 마포구\n기자: 박서연\n\n박서연: 새 소설은 어떻게 시작됐나요?\n\n"
              "한지원: 어머니의 일기장에서요.\n\n박서연: 무엇이 적혀 있었나요?\n\n한지원: 날씨요.\n")
    _, root = _convert(_write(tmp_path, korean), tei_all)
    assert _creation(root) == ("2023-05-03", "서울 마포구")
    assert people(root)["박서연"] == ("interviewer", "박서연")
    assert root.find(f".//{T}front") is None


# -- a third voice printed once ----------------------------------------------------------------------------------------

RADIO = ("France Inter — L'invité de 8h20\n\nLéa Salamé : Bonjour Annie Ernaux.\n\nAnnie Ernaux : Bonjour.\n\n"
         "Léa Salamé : Vous avez toujours écrit sur votre mère. Pourquoi ?\n\n"
         "Annie Ernaux : Parce qu'elle est le lieu d'où je viens.\n\nNicolas Demorand : Et votre père ?\n\n"
         "Annie Ernaux : C'est un autre livre.\n")


def test_a_full_name_label_printed_once_among_full_name_labels_is_a_speaker(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, RADIO), tei_all)
    assert [who for who, _, _ in turns(root)] == ["salame", "ernaux", "salame", "ernaux", "demorand", "ernaux"]
    assert turns(root)[4] == ("demorand", "Nicolas Demorand", "Et votre père ?")


def test_a_place_or_one_name_label_once_stays_text(tmp_path):
    # guard: a paragraph opening "New York: …" beside labels in capitals, or beside one recurring name only, is words
    text = ("MARTIN: Where did you go?\n\nLEWIS: Many places.\n\nNew York: we arrived in 1960.\n\nMARTIN: And then?\n\n"
            "LEWIS: Boston.\n")
    _, root = _convert(_write(tmp_path, text))
    assert [who for who, _, _ in turns(root)] == ["martin", "lewis", "martin", "lewis"]
    assert "New York: we arrived in 1960." in turns(root)[1][2]
    text = RADIO.replace("Léa Salamé : ", "Q: ")
    _, root = _convert(_write(tmp_path, text))
    assert "Nicolas Demorand : Et votre père ?" in turns(root)[3][2]
    # beside full-name labels, a heading, a salutation or a place over words that ask nothing is no speaker
    for opener in ("Key Findings", "Dear Margaret", "Hong Kong"):
        _, root = _convert(_write(tmp_path, RADIO.replace("Nicolas Demorand : Et votre père ?",
                                                          f"{opener}: the letter went on.")))
        assert f"{opener}: the letter went on." in turns(root)[3][2]


# -- a deposition's page with a line the reporter's column left short ------------------------------------------------

DEPOSITION = ("                                                          Page 14\n"
              " 1      Q.   Mr. Lindqvist, where were you employed in\n 2 2019?\n 3      A.   At Harbor Freight.\n"
              " 4      Q.   In what position?\n 5      A.   Shift supervisor.\n 6      Q.   Did you supervise Mr. Ortiz?\n"
              " 7      A.   Yes, for about a year.\n 8           MS. ABERNATHY:  Objection, form.\n"
              " 9      Q.   You may answer.\n10      A.   Yes. I supervised him.\n")


def test_a_line_number_with_one_space_after_it_is_one_where_it_comes_next(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, DEPOSITION), tei_all)  # it was refused: no label found
    assert turns(root)[0] == ("q", "Q", "Mr. Lindqvist, where were you employed in 2019?")
    assert [who for who, _, _ in turns(root)] == ["q", "a"] * 3 + ["abernathy", "q", "a"]


def test_numbers_opening_a_list_in_an_answer_stay_words(tmp_path):
    # guard: a list numbered with one space after each number, in a transcript whose lines are not numbered, is text
    text = ("INTERVIEWER: What did you buy?\n\nLOWE: The list was\n1 loaf\n2 eggs\n3 apples\n4 tea\n5 milk\n6 jam\n\n"
            "INTERVIEWER: And then?\n\nLOWE: Home.\n")
    _, root = _convert(_write(tmp_path, text))
    assert "1 loaf 2 eggs 3 apples 4 tea 5 milk 6 jam" in turns(root)[1][2]


# -- an e-mail interview: the subject is the title, the sign-off keeps its lines ---------------------------------------

EMAIL = ("From: Rachel Morgan <rmorgan@harbourreview.org>\nTo: Helen Achebe <h.achebe@uni.example>\n"
         "Sent: Tuesday, 14 March 2023 10:12\nSubject: RE: Questions for the Harbour Review\n\n"
         "Q: How long have you studied the estuary?\n\nA: Since 2009.\n\nQ: What surprised you most?\n\n"
         "A: How far upriver the plastics go.\n\nBest wishes,\nHelen\n")


def test_an_e_mails_subject_titles_it_and_its_two_line_sign_off_keeps_the_break(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, EMAIL), tei_all)
    assert root.findtext(f".//{T}titleStmt/{T}title") == "Questions for the Harbour Review"
    closing = root.find(f".//{T}div[@type='editorial']/{T}p")
    assert text_of(closing) == "Best wishes, Helen" and closing.find(f"{T}lb") is not None
    assert turns(root)[-1][2] == "How far upriver the plastics go."


def test_a_catalogues_subject_is_no_title_and_two_lines_of_an_answer_are_joined(tmp_path):
    # guard: "Subject:" beside no "From:" is a topic; an answer's last two lines that are no sign-off are prose
    text = ("Interviewee: Ann Lowe\nSubject: Textile mills\nDate: 3 May 1999\n\nQ: Where did you work?\n\n"
            "A: At the mill,\nHelen Street.\n")
    _, root = _convert(_write(tmp_path, text, name="lowe-1999.txt"))
    assert root.findtext(f".//{T}titleStmt/{T}title") == "lowe-1999"
    assert root.find(f".//{T}lb") is None


# -- Google Meet's head printed with blank lines ----------------------------------------------------------------------

MEET = ("Parish history project - Transcript\n\nAttendees\n\nGwen Morris, Alun Price\n\nTranscript\n\n"
        "This editable transcript was computer generated and might contain errors. People can also change the text "
        "after it was created.\n\nGwen Morris: Alun, when did the chapel close?\nAlun Price: Nineteen seventy-four.\n"
        "Gwen Morris: Do you remember the last service?\nAlun Price: I played the organ.\n")


def test_a_meet_head_with_blank_lines_is_header_data(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, MEET), tei_all)
    assert root.find(f".//{T}front") is None  # no lone "Transcript" paragraph left
    assert root.findtext(f".//{T}titleStmt/{T}title") == "Parish history project - Transcript"
    assert [name for _, name in people(root).values()] == ["Gwen Morris", "Alun Price"]


def test_attendees_over_a_sentence_in_blocks_stay_text(tmp_path):
    # guard: "Attendees" over a block that names nobody is no Meet head
    text = MEET.replace("Gwen Morris, Alun Price\n", "were asked to sit near the front?\n")
    _, root = _convert(_write(tmp_path, text))
    assert "were asked to sit near the front?" in text_of(root.find(f".//{T}front"))


# -- a member's seat and office -------------------------------------------------------------------------------------------

def _notes(root, ident):
    person = next(p for p in root.iter(T + "person") if p.get("{http://www.w3.org/XML/1998/namespace}id") == ident)
    return [(note.get("type"), text_of(note)) for note in person.iter(T + "note")]


def test_a_members_seat_and_office_are_recorded(tmp_path, tei_all):
    text = ("QUESTIONS WITHOUT NOTICE\n\nMr DUTTON (Dickson—Leader of the Opposition) (14:01): Why are prices up?\n\n"
            "Mr ALBANESE (Grayndler—Prime Minister) (14:01): They rose under him too.\n\n"
            "Mr DUTTON: Will they fall?\n\nSir Keir Starmer (Holborn and St Pancras) (Lab): A question.\n\n"
            "Mr ALBANESE: No.\n\nSir Keir Starmer (Holborn and St Pancras) (Lab): Another.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _notes(root, "spk-dutton") == [("constituency", "Dickson"), (None, "Leader of the Opposition")]
    assert _notes(root, "spk-starmer") == [("constituency", "Holborn and St Pancras")]
    assert people(root)["starmer"][1] == "Sir Keir Starmer"


def test_a_place_in_brackets_after_a_name_without_a_title_is_no_seat(tmp_path):
    # guard: a caller's or a speaker's place, no title and no time or party after it, is no member's seat
    text = ("HOST: Who's next?\n\nJOHN (Leeds): Me.\n\nHOST: Go on.\n\nJOHN (Leeds): It's the buses.\n\n"
            "Dr Amir Khan (Bristol): Agreed.\n")
    _, root = _convert(_write(tmp_path, text))
    assert all(note.get("type") != "constituency" for note in root.iter(T + "note"))


# -- two people speaking together -------------------------------------------------------------------------------------

COUPLE = ("Interview with Harold and June Pickering\nConducted by Sam Whitfield\n\nWHITFIELD: How did you two meet?\n\n"
          "JUNE: At the Co-op dance, 1958.\n\nHAROLD: She trod on my foot.\n\nBOTH: [laughter]\n\n"
          "WHITFIELD: And you married when?\n\nHAROLD AND JUNE: Nineteen sixty.\n\nJUNE: In the rain.\n")


def test_a_joint_label_is_both_peoples_turn(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, COUPLE), tei_all)
    assert people(root) == {"pickering": ("interviewee", "Harold Pickering"),
                            "pickering-2": ("interviewee", "June Pickering"),
                            "whitfield": ("interviewer", "Sam Whitfield")}
    whos = [sp.get("who") for sp in root.iter(T + "sp")]
    assert whos[3] == whos[5] == "#spk-pickering #spk-pickering-2"
    assert whos[1] == whos[6] == "#spk-pickering-2" and whos[2] == "#spk-pickering"


def test_a_firm_joined_by_and_or_both_without_two_interviewees_is_one_speaker(tmp_path):
    # guard: "SMITH AND SONS" names nobody known; "BOTH" beside one interviewee is a speaker of its own
    text = ("INTERVIEWER: Who made it?\n\nSMITH AND SONS: We did.\n\nINTERVIEWER: Really?\n\nSMITH AND SONS: Yes.\n\n"
            "BOTH: Indeed.\n\nBOTH: Quite.\n")
    _, root = _convert(_write(tmp_path, text))
    assert all(" " not in sp.get("who") for sp in root.iter(T + "sp"))
    assert {name for _, name in people(root).values()} >= {"SMITH AND SONS", "BOTH"}


# -- an interviewer's field notes after the last turn ------------------------------------------------------------------

def test_an_interviewers_field_notes_after_the_last_turn_are_no_speech(tmp_path, tei_all):
    text = ("MARCELLO: When did you come to Denton?\n\nGARZA: In 1943.\n\nMARCELLO: Why?\n\nGARZA: To work.\n\n"
            "[End of interview]\n\nInterviewer's field notes: Mrs. Garza was interviewed at her kitchen table.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert turns(root)[-1][2] == "To work."
    closing = root.find(f".//{T}div[@type='editorial']")
    assert [text_of(child) for child in closing] == [
        "End of interview", "Interviewer's field notes: Mrs. Garza was interviewed at her kitchen table."]


def test_an_answer_about_the_interviewers_notes_stays_speech(tmp_path):
    # guard: the last speaker talking of the interviewer's notes, in a sentence, is speech
    text = ("MARCELLO: Anything else?\n\nGARZA: Yes.\n\nMARCELLO: Go on.\n\n"
            "GARZA: The interviewer's notes from 1970 were lost, I think.\n")
    _, root = _convert(_write(tmp_path, text))
    assert root.find(f".//{T}div[@type='editorial']") is None


# -- Hindi and Korean question and answer labels, a Hindi title, Japanese laughter -------------------------------------

def test_hindi_question_and_answer_labels_under_a_hindi_title(tmp_path, tei_all):
    text = ("साक्षात्कार: सुनीता शर्मा\n\nदिनांक: 12 जनवरी 2020\nस्थान: जयपुर\n\nप्रश्न: आपने बुनाई कब सीखी?\n\n"
            "उत्तर: अपनी दादी से।\n\nप्रश्न: आज भी बुनती हैं?\n\nउत्तर: हाँ, हर सुबह।\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert people(root) == {"शर्मा": ("interviewee", "सुनीता शर्मा"), "प्रश्न": ("interviewer", "प्रश्न")}
    assert root.find(f".//{T}person/{T}persName[@type='unnamed']") is not None  # the question label names nobody
    korean = "문: 새 소설은 어떻게 시작됐나요?\n\n답: 어머니의 일기장에서요.\n\n문: 무엇이 적혀 있었나요?\n\n답: 날씨요.\n"
    _, root = _convert(_write(tmp_path, korean), tei_all)
    assert [role for role, _ in people(root).values()] == ["interviewer", "interviewee"]


def test_an_answer_word_without_its_question_word_names_nobodys_role(tmp_path):
    # guard: "उत्तर" (also "north") beside name labels, without "प्रश्न", is a label like any other
    text = "राम: आप कहाँ गए?\n\nउत्तर: हम उत्तर गए।\n\nराम: फिर?\n\nउत्तर: घर।\n"
    _, root = _convert(_write(tmp_path, text))
    assert "interviewee" not in [role for role, _ in people(root).values()]


def test_a_japanese_title_names_the_interviewee_without_the_remark_and_laughter_is_an_incident(tmp_path, tei_all):
    text = ("インタビュー：佐藤健一氏（建築家）\n\n田中：きっかけは何ですか。\n\n佐藤：祖父の大工仕事です。（笑）\n\n"
            "田中：最初の作品は？\n\n佐藤：実家の物置です。\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert people(root)["佐藤健一"] == ("interviewee", "佐藤健一")
    assert [(i.getparent().tag, text_of(i)) for i in root.iter(T + "incident")] == [(T + "p", "笑")]


def test_a_word_in_full_width_brackets_that_only_begins_with_laughter_is_words(tmp_path):
    # guard: "（笑顔）" (a smile, as a word) is no incident
    text = "田中：きっかけは何ですか。\n\n佐藤：祖父の（笑顔）です。\n\n田中：最初の作品は？\n\n佐藤：物置です。\n"
    _, root = _convert(_write(tmp_path, text))
    assert root.find(f".//{T}incident") is None


# -- a tribunal's examination header in mixed case, a hearing's statement header ----------------------------------------

def test_a_tribunals_examination_header_makes_the_q_turns_the_examiners(tmp_path, tei_all):
    text = ("JUDGE ORIE: Mr. Groome, you may proceed.\n\nMR. GROOME: Thank you, Your Honour.\n\n"
            "Examination by Mr. Groome:\n\nQ. Witness, please state your name.\n\nA. [Interpretation] Emir Hodzic.\n\n"
            "Q. Where were you in July 1992?\n\nA. [Interpretation] In Prijedor.\n\nJUDGE ORIE: Thank you.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [who for who, _, _ in turns(root)] == ["orie", "groome", "groome", "a", "groome", "a", "orie"]
    assert text_of(root.find(f".//{T}div[@type='section']/{T}head")) == "Examination by Mr. Groome:"


def test_a_hearings_statement_header_heads_a_section(tmp_path, tei_all):
    text = ("The CHAIRMAN. The Committee will come to order.\n\n"
            "STATEMENT OF DR. LAURA HOLMES, DIRECTOR, GRID RESILIENCE INSTITUTE\n\n"
            "Dr. HOLMES. Thank you, Chairman.\n\nThe CHAIRMAN. What should we fund first?\n\nDr. HOLMES. Transmission.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert turns(root)[0][2] == "The Committee will come to order."
    assert text_of(root.find(f".//{T}div[@type='section']/{T}head")).startswith("STATEMENT OF DR. LAURA HOLMES")


def test_a_statement_in_a_sentence_or_examination_in_lower_case_stays_speech(tmp_path):
    # guard: "Statement of …" in mixed case, or "the examination by Dr. Lee" in a sentence, is words of the turn
    text = ("Q. What did you read?\n\nA. The statement of Dr. Lee.\n\nQ. And then?\n\n"
            "A. The examination by Dr. Lee was brief.\n")
    _, root = _convert(_write(tmp_path, text))
    assert root.find(f".//{T}div[@type='section']") is None
    assert [who for who, _, _ in turns(root)] == ["q", "a", "q", "a"]


# -- a publication's voice of two words, a credit over the dateline, a place with a particle ---------------------------

ZEIT = ("„Die Stadt gehört allen\"\n\nInterview: Lena Hoffmann\nBerlin, 7. Oktober 2020\n\n"
        "ZEIT ONLINE: Frau Brandt, warum?\n\nKatrin Brandt: Weil die Straße allen gehört.\n\n"
        "ZEIT ONLINE: Die Händler sind dagegen.\n\nKatrin Brandt: Heute lieben sie sie.\n")


def test_a_two_word_publication_voice_is_the_credited_interviewer(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, ZEIT), tei_all)
    assert people(root) == {"hoffmann": ("interviewer", "Lena Hoffmann"), "brandt": ("interviewee", "Katrin Brandt")}
    assert _creation(root) == ("2020-10-07", "Berlin")  # the dateline under the credit
    assert [speaker for _, speaker, _ in turns(root)][0] == "ZEIT ONLINE"


def test_a_name_in_capitals_is_no_publication_and_a_credit_in_a_sentence_credits_nobody(tmp_path):
    # guard: "JOHN SMITH" is a person, however printed; "Interview: Lena Hoffmann asked …" is a sentence
    text = ZEIT.replace("ZEIT ONLINE", "JOHN SMITH")
    _, root = _convert(_write(tmp_path, text))
    assert "smith" in people(root) and people(root)["smith"][1] == "JOHN SMITH"
    text = ZEIT.replace("Interview: Lena Hoffmann\n", "Interview: Lena Hoffmann asked the questions in the town hall.\n")
    _, root = _convert(_write(tmp_path, text))
    assert "hoffmann" not in people(root)


def test_a_role_after_an_article_is_no_publications_voice(tmp_path):
    # guard: "THE WITNESS" and "THE PRESIDENT" under a header naming the interviewer are not her voice
    for label in ("THE WITNESS", "THE PRESIDENT"):
        text = (f"Interview with Mary Lee\nInterviewer: Jane Doe\nDate: 3 May 1999\n\n{label}: I was there.\n\n"
                f"Q: Where?\n\n{label}: At the mill.\n\nQ: When?\n")
        _, root = _convert(_write(tmp_path, text))
        assert [who for who, _, _ in turns(root)][0] != "doe"


def test_a_byline_over_a_dateline_whose_place_has_a_particle(tmp_path, tei_all):
    text = ("'O samba me salvou', diz Martinho da Vila\n\nPor Carla Mendes\nRio de Janeiro, 12 de fevereiro de 2018\n\n"
            "Carla Mendes — Quando começou?\n\nMartinho da Vila — Aos quinze anos.\n\n"
            "Carla Mendes — E o carnaval?\n\nMartinho da Vila — Veio depois.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _creation(root) == ("2018-02-12", "Rio de Janeiro")
    assert people(root)["mendes"] == ("interviewer", "Carla Mendes")


# -- a title line's place and date, a remark on a person's life -------------------------------------------------------

def test_the_place_and_date_after_the_name_in_a_title_line_date_the_interview(tmp_path, tei_all):
    text = ("Interview with Francis Okello, Kampala, 2 March 2017\n\nQ: Tell me about the journey.\n\n"
            "A: We left at night.\n\nQ: And then?\n\nA: We walked.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _creation(root) == ("2017-03-02", "Kampala")
    assert people(root)["okello"] == ("interviewee", "Francis Okello")


def test_a_remark_after_the_name_in_a_title_line_is_no_date(tmp_path):
    # guard: "…, Kampala branch" holds no date
    text = ("Interview with Francis Okello, Kampala branch\n\nQ: Tell me about the journey.\n\n"
            "A: We left at night.\n\nQ: And then?\n\nA: We walked.\n")
    _, root = _convert(_write(tmp_path, text))
    assert root.find(f".//{T}profileDesc/{T}creation/{T}date") is None


def test_a_remark_on_the_narrators_birth_is_a_note_not_an_affiliation(tmp_path, tei_all):
    text = NARRATOR.replace("Narrator: Eleanor Voss", "Narrator: Eleanor Voss (b. 1932, Milwaukee)")
    _, root = _convert(_write(tmp_path, text), tei_all)
    person = next(root.iter(T + "person"))
    assert [(child.tag[len(T):], text_of(child)) for child in person] == [
        ("persName", "Eleanor Voss"), ("note", "b. 1932, Milwaukee")]
    text = NARRATOR.replace("Narrator: Eleanor Voss", "Narrator: Eleanor Voss (Allis-Chalmers)")
    _, root = _convert(_write(tmp_path, text))  # guard: an employer stays the affiliation
    assert next(root.iter(T + "person")).findtext(f"{T}affiliation") == "Allis-Chalmers"


# -- who holds the office a label names; a name on a title block's line of its own; a byline after a middle dot --------

BRIEFING = ("Daily Press Briefing\n22 September 2021\n\nThe following is a near-verbatim transcript of today's noon "
            "briefing by Stéphane Dujarric, Spokesman for the Secretary-General.\n\nSpokesman: Good afternoon.\n\n"
            "Question: Has the Secretary-General spoken to anyone in Kabul?\n\nSpokesman: Not directly.\n\n"
            "Question: And the flight?\n\nSpokesman: It landed.\n")


def test_a_label_naming_an_office_is_the_person_the_headnote_gives_it(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, BRIEFING), tei_all)
    assert people(root)["dujarric"] == ("interviewee", "Stéphane Dujarric")
    assert [speaker for _, speaker, _ in turns(root)][0] == "Spokesman"


def test_an_office_two_people_hold_names_nobody(tmp_path):
    # guard: two spokesmen in the headnote: the label stays as printed
    text = BRIEFING.replace("Spokesman for the Secretary-General.", "Spokesman for the Secretary-General, and "
                            "Monica Grayley, Spokesman for the President of the General Assembly.")
    _, root = _convert(_write(tmp_path, text))
    assert people(root)["spokesman"][1] == "Spokesman"


def test_a_name_on_a_title_blocks_line_of_its_own_names_the_label(tmp_path, tei_all):
    text = ("Department Press Briefing\nNed Price, Department Spokesperson\nWashington, DC\nJanuary 10, 2022\n\n"
            "MR PRICE: Good afternoon.\n\nQUESTION: Ned, anything new on Geneva?\n\nMR PRICE: The talks were frank.\n\n"
            "QUESTION: Frank meaning difficult?\n\nMR PRICE: Frank meaning frank.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert people(root)["price"] == ("interviewee", "Ned Price")


def test_a_byline_and_dateline_after_a_middle_dot(tmp_path, tei_all):
    text = ("# \"El barrio era una familia\": entrevista a Rosa Jiménez\n\n*Por Pablo Ortega · Madrid, 21 de abril de 2021*"
            "\n\n**¿Cuándo llegó usted?**\n\nEn 1962.\n\n**¿Y hoy?**\n\nHoy hay turistas.\n")
    _, root = _convert(_write(tmp_path, text, name="t.md"), tei_all)
    assert _creation(root) == ("2021-04-21", "Madrid")
    assert people(root)["ortega"] == ("interviewer", "Pablo Ortega")


# -- a court's roles; a Swedish radio programme's host and guest -------------------------------------------------------

def test_a_court_role_printed_once_beside_recurring_ones_is_a_speaker_and_no_name(tmp_path, tei_all):
    text = ("Landgericht Köln – Hauptverhandlung\n12. März 2019\n\nVorsitzende: Herr Zeuge, wie heißen Sie?\n\n"
            "Zeuge: Markus Lehmann.\n\nVorsitzende: Wo waren Sie am 4. Mai?\n\nZeuge: Zu Hause.\n\n"
            "Verteidiger: Keine weiteren Fragen.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert turns(root)[-2:] == [("zeuge", "Zeuge", "Zu Hause."), ("verteidiger", "Verteidiger", "Keine weiteren Fragen.")]
    assert {p.get("type") for p in root.iter(T + "persName")} == {"unnamed"}


def test_a_court_word_once_beside_name_labels_stays_text(tmp_path):
    # guard: "Zeuge:" printed once where no court role recurs is words of the turn
    text = ("Müller: Was haben Sie gesehen?\n\nSchmidt: Nichts.\n\nMüller: Wirklich?\n\nSchmidt: Nun ja.\n\n"
            "Zeuge: das war ich damals nicht.\n")
    _, root = _convert(_write(tmp_path, text))
    assert [who for who, _, _ in turns(root)] == ["muller", "schmidt"] * 2


def test_a_swedish_programmes_host_and_guest_are_its_roles(tmp_path, tei_all):
    text = ("Sommar i P1\n\nProgramledare: Välkommen, Lena. Hur var din sommar?\n\nGäst: Lång och ljus.\n\n"
            "Programledare: Och musiken?\n\nGäst: Dragspel.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [role for role, _ in people(root).values()] == ["interviewer", "interviewee"]


# -- a court reporter's page numbers and running footer ------------------------------------------------------------------

COURT = ("UNITED STATES DISTRICT COURT\n\n          THE COURT: Is the government ready?\n\n"
         "          MS. CHEN: Yes, your Honor.\n\n          THE COURT: Mr. Morrow, have you read it?\n\n"
         "          THE DEFENDANT: Yes, your Honor.\n                      SOUTHERN DISTRICT REPORTERS, P.C.\n"
         "                                                                 2\n\n"
         "          THE COURT: Do you understand the charges?\n\n          THE DEFENDANT: I do.\n"
         "                      SOUTHERN DISTRICT REPORTERS, P.C.\n")


def test_a_court_reporters_page_number_and_footer_are_no_speech(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, COURT), tei_all)
    assert [text for _, _, text in turns(root)][3:] == ["Yes, your Honor.", "Do you understand the charges?", "I do."]
    notes = [text_of(note) for note in root.iter(T + "note") if note.get("type") == "transcript"]
    assert notes == ["SOUTHERN DISTRICT REPORTERS, P.C.", "2", "SOUTHERN DISTRICT REPORTERS, P.C."]


def test_a_refrain_set_in_twice_in_a_file_without_page_numbers_stays_speech(tmp_path):
    # guard: a song's refrain, indented as verse, in a transcript whose pages are not numbered
    text = ("Q: What did you sing?\n\nA: This one:\n                      Row, row, row your boat\n"
            "                      Row, row, row your boat\n\nQ: Always?\n\nA: Always.\n")
    _, root = _convert(_write(tmp_path, text))
    assert "Row, row, row your boat" in text_of(root.find(f".//{T}sp[2]"))
    assert not [note for note in root.iter(T + "note") if note.get("type") == "transcript"]


# -- a named caller's place; the date and place after a credit --------------------------------------------------------

def test_a_named_callers_place_is_their_residence(tmp_path, tei_all):
    text = ("PRESENTER (Kelly Higgins-Devine): Lines are open. Graham from Roma.\n\nGRAHAM (caller, Roma): No rain.\n\n"
            "PRESENTER (Kelly Higgins-Devine): The cattle?\n\nGRAHAM (caller, Roma): Half sold.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _notes(root, "spk-graham") == [("residence", "Roma")]
    assert people(root)["graham"][1] == "GRAHAM"


def test_the_date_and_place_after_the_interviewers_credit_date_the_interview(tmp_path, tei_all):
    text = ("Entretien avec Mariam Diallo\n\nPropos recueillis par Julien Morel, Dakar, 2 février 2020\n\n"
            "— Quand avez-vous fondé la coopérative ?\n\n— En 2004.\n\n— Et aujourd’hui ?\n\n— Nous sommes trois cents.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _creation(root) == ("2020-02-02", "Dakar")
    text = ("INTERVIEW WITH MARY LEE\nConducted by Tom Park, 12 May 1987, Leeds\n\nPARK: Where?\n\nLEE: In Hull.\n\n"
            "PARK: When?\n\nLEE: In 1921.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _creation(root) == ("1987-05-12", "Leeds")


# -- the examiner a question's bracket names; a broadcaster before the date is no place ---------------------------------

def test_a_questions_bracket_names_the_examiner_from_it_on(tmp_path, tei_all):
    text = ("     Q.   Please state your name.\n     A.   Robert Lane.\n               MS. ORTIZ:  Objection, form.\n"
            "     Q.   (BY MR. SIMMS) You may answer.\n     A.   Robert Lane.\n     Q.   Where do you work?\n"
            "     A.   At the county garage.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [who for who, _, _ in turns(root)] == ["q", "a", "ortiz", "simms", "a", "simms", "a"]
    assert turns(root)[3][2] == "(BY MR. SIMMS) You may answer."  # as printed


def test_a_bracket_in_a_question_that_names_no_examiner_changes_nothing(tmp_path):
    # guard: "(by Mr. Simms, I mean)" in the middle of a question, or "(laughs)" opening it, names no examiner
    text = ("Q. Who sent it (by Mr. Simms, I mean)?\nA. Nobody.\nQ. (laughs) Really?\nA. Really.\n")
    _, root = _convert(_write(tmp_path, text))
    assert [who for who, _, _ in turns(root)] == ["q", "a", "q", "a"]


def test_a_broadcaster_before_the_date_is_no_place(tmp_path, tei_all):
    text = ("Talkback: Drought\n\nABC Radio Brisbane, 9 August 2019\n\nPRESENTER: Lines are open.\n\n"
            "GRAHAM: No rain.\n\nPRESENTER: The cattle?\n\nGRAHAM: Half sold.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _creation(root) == ("2019-08-09", None)


# -- an unidentified voice makes no third person of an interview of two ------------------------------------------------

OTTER = ("Library oral history — Ruth Abernathy\n\nUnknown Speaker  0:02\nOkay, is it recording?\n\nLeah Kim  0:05\n"
         "It is. Ruth, what is your earliest memory of the library?\n\nRuth Abernathy  0:11\nThe smell.\n\n"
         "Leah Kim  0:18\nWhen did you start working there?\n\nRuth Abernathy  0:21\nNineteen fifty-eight.\n")


def test_an_unknown_speaker_leaves_the_two_named_their_roles(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, OTTER), tei_all)
    assert people(root) == {"speaker": ("participant", "Unknown Speaker"), "kim": ("interviewer", "Leah Kim"),
                            "abernathy": ("interviewee", "Ruth Abernathy")}


def test_a_third_named_speaker_still_leaves_the_roles_unsaid(tmp_path):
    # guard: a third person with a name is a third speaker: nobody's role is inferred
    _, root = _convert(_write(tmp_path, OTTER.replace("Unknown Speaker", "Tom Reyes")))
    assert {role for role, _ in people(root).values()} == {"participant"}
