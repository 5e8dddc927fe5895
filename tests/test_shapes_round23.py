"""Transcript shapes of the twenty-third probe round: header keys of oral-history archives in Czech, Polish,
Portuguese, Swedish, Welsh, Hindi and Chinese; a bilingual form's keys and labels ("Dyddiad / Date:", "HOLWR /
INTERVIEWER:"); a birth year after a name in other languages ("f. 1902", "nar. 1928", "classe 1925"); a focus
group's "M:" under the header's moderator; a bare "CHAIR:"; "Entrevista de X"; numbered questions answered under
"Answer:". Each test says what the TEI holds and that it is valid tei_all; the guard tests that a rule does not fire
on look-alike text."""

from __future__ import annotations

import pytest

from .converting import (
    T, XML_ID, convert_checked as _convert, text_of, turns, write as _write, main_title as _title,
    participant_roles as _roles, creation_when as _when, creation_place as _place,
)


# -- header keys of oral-history archives ----------------------------------------------------------------------------

@pytest.mark.parametrize("header, labels, title, when, place, expected", [
    # Czech (Paměť národa): the keys were the first two turns, the witness's name a turn of "Pamětník"
    ("Paměť národa — rozhovor\nPamětník: Jaroslav Dvořák\nTazatel: Petr Svoboda\nDatum nahrávání: 5. dubna 2012\n"
     "Místo: Brno\n", ("Tazatel", "Pamětník"), "Paměť národa — rozhovor", "2012-04-05", "Brno",
     {"spk-dvorak": ("interviewee", "Jaroslav Dvořák"), "spk-svoboda": ("interviewer", "Petr Svoboda")}),
    # Polish: "Rozmowę przeprowadziła" and "Data nagrania" were no keys, the block no header
    ("Archiwum Historii Mówionej\nŚwiadek: Stanisław Wójcik\nRozmowę przeprowadziła: Agnieszka Nowak\n"
     "Data nagrania: 22 maja 2007\nMiejsce: Warszawa\n", ("AGNIESZKA NOWAK", "STANISŁAW WÓJCIK"),
     "Archiwum Historii Mówionej", "2007-05-22", "Warszawa",
     {"spk-nowak": ("interviewer", "Agnieszka Nowak"), "spk-wojcik": ("interviewee", "Stanisław Wójcik")}),
    # Swedish folk-life archive: the recorder and the informant, as keys and as labels
    ("Uppteckning ur folkmålsarkivet\nMeddelare: Karin Johansson\nUpptecknare: Sven Lindberg\n"
     "Inspelad: 14 augusti 1961\n", ("Upptecknare", "Meddelare"), "Uppteckning ur folkmålsarkivet", "1961-08-14",
     None, {"spk-johansson": ("interviewee", "Karin Johansson"), "spk-lindberg": ("interviewer", "Sven Lindberg")}),
    # Hindi: "कथावाचक" (narrator) was no key, the whole block the title
    ("मौखिक इतिहास परियोजना\nसाक्षात्कारकर्ता: सुनीता शर्मा\nकथावाचक: रामप्रसाद यादव\nदिनांक: 14 नवंबर 2017\n"
     "स्थान: वाराणसी\n", ("सुनीता शर्मा", "रामप्रसाद यादव"), "मौखिक इतिहास परियोजना", "2017-11-14", "वाराणसी",
     {"spk-शर्मा": ("interviewer", "सुनीता शर्मा"), "spk-यादव": ("interviewee", "रामप्रसाद यादव")}),
    # Portuguese: "Local:" was no key
    ("Entrevista com Lúcia Prado\nEntrevistador: Paulo Fontes\nLocal: Rio de Janeiro\nData: 12 de março de 2008\n",
     ("PAULO FONTES", "LÚCIA PRADO"), "Entrevista com Lúcia Prado", "2008-03-12", "Rio de Janeiro",
     {"spk-fontes": ("interviewer", "Paulo Fontes"), "spk-prado": ("interviewee", "Lúcia Prado")}),
])
def test_an_archives_header_keys_in_other_languages(tmp_path, tei_all, header, labels, title, when, place, expected):
    asker, answerer = labels
    text = header + (f"\n{asker}: Kde? Gdzie? Var? कहाँ? Onde?\n\n{answerer}: Tam.\n\n{asker}: Kdy? Kiedy? Når?\n\n"
                     f"{answerer}: Potom.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert (_title(root), _when(root), _place(root)) == (title, when, place)
    assert _roles(root) == expected
    assert root.find(f".//{T}front") is None  # no key left as the headnote's words, nor as a turn


def test_a_chinese_headers_time_and_place_keys(tmp_path, tei_all):
    text = ("《读书》访谈：余华谈《活着》\n时间：2012年5月18日\n地点：北京\n\n主持人：余老师，您还会重读吗？\n\n余华：很少。\n\n"
            "主持人：为什么？\n\n余华：因为一看就想改。\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    # the three lines were one title: "《读书》访谈：余华谈《活着》: 时间：2012年5月18日: 地点：北京"
    assert (_title(root), _when(root), _place(root)) == ("《读书》访谈：余华谈《活着》", "2012-05-18", "北京")


def test_a_key_of_no_known_word_still_keeps_the_block_out():
    # guard: the tables grew, a block with an unknown key ("Relacja:", an account) is still no block of keys alone
    from tei_edition.readers.metadata import metadata_block

    assert metadata_block(["Relacja: Stanisław Wójcik", "Wspomnienie: Warszawa 1944"]) is None


# -- a bilingual form: "Dyddiad / Date:", "HOLWR / INTERVIEWER:" -----------------------------------------------------

def test_a_bilingual_forms_keys_and_role_label(tmp_path, tei_all):
    text = ("Casgliad Llafar Cwm Tawe / Tawe Valley Oral History Collection\nDyddiad / Date: 9 Hydref 2015\n"
            "Holwr / Interviewer: Gareth Morgan\nSiaradwr / Speaker: Megan Pritchard\n\n"
            "HOLWR / INTERVIEWER: Ble cawsoch chi eich geni?\n\nMEGAN PRITCHARD: Yn Ystalyfera, yn 1931.\n\n"
            "HOLWR / INTERVIEWER: Oeddech chi'n siarad Cymraeg gartref?\n\nMEGAN PRITCHARD: Cymraeg bob amser.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    # the header was no block (its keys unknown), the title the file's name, and the interviewer's questions the
    # interviewee's words
    assert _title(root) == "Casgliad Llafar Cwm Tawe / Tawe Valley Oral History Collection"
    assert _when(root) == "2015-10-09"  # a Welsh month
    assert _roles(root) == {"spk-morgan": ("interviewer", "Gareth Morgan"),
                            "spk-pritchard": ("interviewee", "Megan Pritchard")}
    assert [(who, label) for who, label, _ in turns(root)] == [
        ("morgan", "HOLWR / INTERVIEWER"), ("pritchard", "MEGAN PRITCHARD")] * 2


def test_a_bilingual_role_label_without_a_header_is_an_unnamed_interviewer(tmp_path, tei_all):
    text = ("HOLWR / INTERVIEWER: Ble cawsoch chi eich geni?\n\nGWEN: Yn Nhregaron.\n\n"
            "HOLWR / INTERVIEWER: Pryd?\n\nGWEN: Yn 1930.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    interviewer = next(p for p in root.iter(T + "person") if p.get("role") == "interviewer")
    assert interviewer.find(T + "persName").get("type") == "unnamed"


def test_two_keys_joined_by_a_slash_are_no_one_key():
    # guard: "Date / Place" names two different keys: no key; an unknown pair neither
    from tei_edition.readers.metadata import _header_key, _SYNONYMS
    from tei_edition.readers.labels import label_role

    assert _SYNONYMS[_header_key("Dyddiad / Date")] == "date"
    assert _SYNONYMS[_header_key("Siaradwr / Speaker")] == "interviewee"  # the one side the tables know
    assert _header_key("Date / Place") not in _SYNONYMS
    assert _header_key("Foo / Bar") not in _SYNONYMS
    assert label_role("HOLWR / INTERVIEWER", []) == "interviewer"
    assert label_role("INTERVIEWER / NARRATOR", []) is None  # two roles: neither
    assert label_role("AC / DC", []) is None


# -- a birth year after the name, in other languages ------------------------------------------------------------------

@pytest.mark.parametrize("remark", ["f. 1902, Älvdalen", "nar. 1928", "classe 1925", "ur. 1927"])
def test_a_birth_year_in_other_languages_is_a_note_on_the_person(remark):
    from tei_edition.speakers import _affiliation

    assert _affiliation(remark) == (None, remark)


@pytest.mark.parametrize("remark", ["classe operaia", "F. Hoffmann-La Roche", "Uniwersytet Warszawski"])
def test_a_word_like_a_birth_without_a_year_stays_an_affiliation(remark):
    # guard: the abbreviation or word is a birth only before a year
    from tei_edition.speakers import _affiliation

    assert _affiliation(remark) == (remark, None)


# -- a focus group's "M:" under the header's moderator ----------------------------------------------------------------

_FOCUS_GROUP = ("Focus Group 3 — Parents of children with asthma\nDate: 14 March 2022\nModerator: Helen Briggs\n"
                "Participants: Aisha Khan, Tom Walsh, Claire Dunn\n\n"
                "M: {first}\n\nAISHA: Ours was at eighteen months.\n\nTOM: We didn't get a diagnosis till he was five.\n\n"
                "M: {second}\n\nCLAIRE: A practice nurse did the peak flow test.\n")


def test_a_focus_groups_m_is_the_moderator_the_header_names(tmp_path, tei_all):
    text = _FOCUS_GROUP.format(first="Can we start with how your child was diagnosed?", second="And what helped?")
    conversion, root = _convert(_write(tmp_path, text), tei_all)
    # "M" was a participant of its own beside a moderator who never spoke
    assert _roles(root)["spk-briggs"] == ("interviewer", "Helen Briggs")
    assert "spk-m" not in _roles(root)
    assert [who for who, label, _ in turns(root) if label == "M"] == ["briggs", "briggs"]
    assert not any("match no known participant" in w for w in conversion.interview.warnings)


def test_an_m_that_does_not_ask_is_not_the_moderator(tmp_path, tei_all):
    # guard: "M" answering, not asking, may be anyone: a participant of its own, as labelled
    text = _FOCUS_GROUP.format(first="Mine was diagnosed at two.", second="Same for us.")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _roles(root)["spk-m"] == ("participant", "M")


# -- "Entrevista de X", a Portuguese archive's title ------------------------------------------------------------------

def test_entrevista_de_names_the_interviewee(tmp_path, tei_all):
    text = ("Entrevista de Maria da Conceição Tavares\n\nEntrevistadores: Paulo Fontes e Lúcia Hippolito\n"
            "Local: Rio de Janeiro\nData: 12 de março de 2008\n\n"
            "PAULO FONTES: Professora, como foi a sua chegada ao Brasil?\n\n"
            "MARIA DA CONCEIÇÃO TAVARES: Cheguei em 1954, de navio.\n\nLÚCIA HIPPOLITO: E a economia?\n\n"
            "MARIA DA CONCEIÇÃO TAVARES: Foi por acaso.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _roles(root) == {"spk-fontes": ("interviewer", "Paulo Fontes"),
                            "spk-hippolito": ("interviewer", "Lúcia Hippolito"),
                            "spk-tavares": ("interviewee", "Maria da Conceição Tavares")}
    assert (_when(root), _place(root)) == ("2008-03-12", "Rio de Janeiro")


@pytest.mark.parametrize("title", ["Entrevista de João Silva com Maria Souza", "Entrevista de emprego"])
def test_entrevista_de_with_more_after_the_name_names_nobody(title):
    # guard: only the title's whole line is the name ("… com Maria Souza" may make João the interviewer)
    from tei_edition.speakers import _INTERVIEW_OF

    assert _INTERVIEW_OF.search(title) is None


# -- a bare "CHAIR:" --------------------------------------------------------------------------------------------------

_INQUIRY = ("{header}\n\nCHAIR: Good morning, Dr Adeyemi. Is your statement true?\n\nDR ADEYEMI: It is.\n\n"
            "MS FORBES: When did the Agency first model the flood?\n\nDR ADEYEMI: In 2014.\n\n"
            "CHAIR: Thank you. We will break for ten minutes.\n")


def test_a_bare_chair_label_is_the_chair(tmp_path, tei_all):
    text = _INQUIRY.format(header="Westbridge flood inquiry, day 4\nDate: 11 November 2021\nPlace: Westbridge")
    _, root = _convert(_write(tmp_path, text), tei_all)
    chair = root.find(f".//{T}person[@{XML_ID}='spk-chair']")
    assert chair.get("role") == "chair" and chair.find(T + "persName").get("type") == "unnamed"


def test_a_bare_chair_label_under_a_named_chair_is_hers(tmp_path, tei_all):
    text = _INQUIRY.format(header="Westbridge flood inquiry, day 4\nDate: 11 November 2021\nChair: Dame Ruth Hale")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [who for who, label, _ in turns(root) if label == "CHAIR"] == ["hale", "hale"]


def test_a_committees_chair_is_still_the_member_listed_as_chair(tmp_path, tei_all):
    # guard: "Members present: Philip Dunne (Chair)" names who "Chair:" is, as before
    text = ("Oral evidence: Water quality in rivers\n\nMembers present: Philip Dunne (Chair); Barry Gardiner.\n\n"
            "Q1 Chair: Good morning. Will you introduce yourselves?\n\nDr Ann Lee: I am Ann Lee.\n\n"
            "Q2 Barry Gardiner: How many outflows are there?\n\nDr Ann Lee: Fifteen thousand.\n\n"
            "Q3 Chair: Thank you.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _roles(root)["spk-dunne"] == ("chair", "Philip Dunne")
    assert [who for who, label, _ in turns(root) if label.endswith("Chair")] == ["dunne", "dunne"]


# -- numbered questions answered under "Answer:" ----------------------------------------------------------------------

def test_numbered_questions_answered_under_one_label(tmp_path, tei_all):
    text = ("Structured interview — Participant 07\nStudy: Remote work and wellbeing (2021)\nInterviewer: Dr Julia Berger\n\n"
            "Question 1: How many days a week do you work from home?\n\nAnswer: Four, usually.\n\n"
            "Question 2: How has your sleep changed?\n\nAnswer: Better.\n\n"
            "Question 3: Do you feel isolated?\n\nAnswer: Sometimes.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _title(root) == "Structured interview — Participant 07"
    # the second and third questions were the answers' words, and the interviewer's line her first turn
    assert [who for who, _, _ in turns(root)] == ["berger", "answer"] * 3
    assert root.find(f".//{T}note[@n='study']") is not None


def test_a_study_line_alone_over_keys_is_still_the_title(tmp_path, tei_all):
    # guard: "Study: …" heading a block that prints no title is the title, as printed
    text = ("Study: Living with long-term pain (participant 14)\nDate of interview: 2 October 2021\n\n"
            "Int: Can you describe a typical morning?\n\nPt: I wake at five.\n\nInt: And then?\n\nPt: I wait.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _title(root) == "Study: Living with long-term pain (participant 14)"


def test_numbered_lines_without_an_answer_label_are_no_questions(tmp_path):
    # guard: "Step 1:", "Step 2:" … beside a name's label are no numbered questions
    from tei_edition.readers.labels import NUMBERED_QA

    assert NUMBERED_QA.fullmatch("step 1") is None


# -- a video call's chat, as Zoom saves it ----------------------------------------------------------------------------

def test_a_zoom_chat_after_the_last_turn_is_no_ones_speech(tmp_path, tei_all):
    text = ("Oral history interview: Ana Ferreira\nInterviewer: Mark Dowling\nDate: 3 February 2021 (Zoom)\n\n"
            "Mark Dowling: When did your parents open the shop?\n\nAna Ferreira: In 1974, on Stockwell Road.\n\n"
            "Mark Dowling: And you worked there?\n\nAna Ferreira: Every day. Weighing rice, mostly.\n\nChat\n\n"
            "00:12:03 From Ana Ferreira to Everyone: The shop was called Casa Lisboa.\n"
            "00:31:15 From Ana Ferreira to Mark Dowling (Direct Message): I have photos.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    # the heading and the messages were the last answer's words
    assert turns(root)[-1][2] == "Every day. Weighing rice, mostly."
    body = root.find(f".//{T}body")
    notes = [text_of(n) for n in body.iter(T + "note")]
    assert notes == ["Chat", "00:12:03 From Ana Ferreira to Everyone: The shop was called Casa Lisboa.",
                     "00:31:15 From Ana Ferreira to Mark Dowling (Direct Message): I have photos."]
    assert _when(root) == "2021-02-03"  # the date's remark in brackets, "(Zoom)", is no part of it


@pytest.mark.parametrize("line", ["From Paris: we flew to Lisbon.", "12:03 From then on we stayed.",
                                  "Chatting was not allowed.", "Chat. That was all we did."])
def test_lines_like_a_chats_are_speech(line):
    # guard: no time of day and seconds before "From", or a sentence: the turn's words
    from tei_edition.readers.text import _TAPE_LINE

    assert _TAPE_LINE.match(line) is None


def test_a_transcript_heading_alone_is_no_title():
    # guard and rule: "Transcript" over the turns names no document; "Transcript of an interview with …" does
    from tei_edition.encode import _title_paragraph
    from tei_edition.model import Interview, Paragraph

    assert _title_paragraph(Interview(headnote=[Paragraph(["Transcript"])])) is None
    named = Paragraph(["Transcript of an interview with Ruth Adler"])
    assert _title_paragraph(Interview(headnote=[named])) is named


# -- question and answer in Greek, Indonesian and Vietnamese ----------------------------------------------------------

@pytest.mark.parametrize("text, asker, answerer", [
    ("Συνέντευξη με τη Μαρία Παπαδοπούλου\nΗμερομηνία: 7 Μαΐου 2018\nΤόπος: Θεσσαλονίκη\n\n"
     "Ερ.: Πότε ήρθε η οικογένειά σας;\n\nΑπ.: Το 1923, από τη Σμύρνη.\n\nΕρ.: Τι θυμάται;\n\nΑπ.: Το καράβι.\n",
     "Ερ.", ("spk-παπαδοπουλου", "Μαρία Παπαδοπούλου")),
    ("Wawancara dengan Pramoedya Ananta Toer\nJakarta, 20 Agustus 1999\n\nTanya: Bagaimana Anda menulis?\n\n"
     "Jawab: Saya bercerita setiap malam.\n\nTanya: Kapan?\n\nJawab: Tahun 1975.\n",
     "Tanya", ("spk-toer", "Pramoedya Ananta Toer")),
    ("Phỏng vấn bà Nguyễn Thị Lan\nHà Nội, ngày 12 tháng 9 năm 2019\n\nHỏi: Bà sinh năm nào?\n\nĐáp: Năm 1945.\n\n"
     "Hỏi: Ở đâu?\n\nĐáp: Ở Hà Nội.\n", "Hỏi", ("spk-lan", "Nguyễn Thị Lan")),
])
def test_question_and_answer_labels_of_other_languages(tmp_path, tei_all, text, asker, answerer):
    # Greek "Ερ.:" was no label (the file refused), Indonesian and Vietnamese each a participant of its own
    _, root = _convert(_write(tmp_path, text), tei_all)
    roles = _roles(root)
    assert roles[answerer[0]] == ("interviewee", answerer[1])
    interviewer = [ident for ident, (role, _) in roles.items() if role == "interviewer"]
    assert len(interviewer) == 1 and len(roles) == 2
    assert {who for who, label, _ in turns(root) if label == asker} == {interviewer[0][4:]}


def test_a_question_word_without_its_partner_is_a_name(tmp_path, tei_all):
    # guard: "Tanya:" beside "Budi:" is Tanya, a woman's name, not a question
    text = "Tanya: Where were you born?\n\nBudi: In Bandung.\n\nTanya: When?\n\nBudi: In 1950.\n"
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert root.find(f".//{T}person[@{XML_ID}='spk-tanya']/{T}persName").get("type") is None
    assert text_of(root.find(f".//{T}person[@{XML_ID}='spk-tanya']/{T}persName")) == "Tanya"


# -- a programme's broadcast line among its keys ---------------------------------------------------------------------

def test_a_broadcast_line_among_a_programmes_keys_dates_it(tmp_path, tei_all):
    text = ("LIVE LINES — Radio Clyde\nBroadcast 22 January 2018, 9–10 a.m.\nPresenter: Fiona MacLeod\n\n"
            "FIONA: First up is Jim in Paisley.\n\nJIM (PAISLEY): They've doubled my journey.\n\nFIONA: Doubled, Jim?\n\n"
            "JIM (PAISLEY): Twenty minutes to forty.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    # the three lines were the title, and the presenter's label a participant of its own
    assert (_title(root), _when(root)) == ("LIVE LINES — Radio Clyde", "2018-01-22")
    assert _roles(root)["spk-macleod"] == ("interviewer", "Fiona MacLeod")
    assert [who for who, label, _ in turns(root) if label == "FIONA"] == ["macleod", "macleod"]


def test_a_sentence_about_a_broadcast_is_no_date_line():
    # guard: "Broadcast …" is a date line only as a whole line of the date (and its slot)
    from tei_edition.dates import BROADCAST_DATE

    assert BROADCAST_DATE.fullmatch("Broadcast 22 January 2018, 9–10 a.m.")
    assert BROADCAST_DATE.fullmatch("Broadcast 22 January 2018, after the news at 9 a.m. we spoke") is None
    assert BROADCAST_DATE.fullmatch("Broadcast 22 January 2018, 9 to 10") is None


# -- a label printed once in the shape of the recurring ones: a caller's or a reporter's --------------------------------

def test_a_caller_printed_once_with_a_place_beside_recurring_callers_speaks(tmp_path, tei_all):
    text = ("FIONA: First up is Jim in Paisley.\n\nJIM (PAISLEY): They've doubled my journey.\n\nFIONA: Doubled?\n\n"
            "JIM (PAISLEY): Twenty minutes to forty.\n\nFIONA: Let's go to Morag in Govan.\n\n"
            "MORAG (GOVAN): I'm a bus driver, and I love them.\n\nFIONA: Jim?\n\nJIM (PAISLEY): Good for her.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    # Morag's words were the presenter's
    assert ("morag", "MORAG (GOVAN)", "I'm a bus driver, and I love them.") in turns(root)
    assert turns(root)[4] == ("fiona", "FIONA", "Let's go to Morag in Govan.")


def test_a_press_conferences_reporter_printed_once_speaks(tmp_path, tei_all):
    text = ("Press conference by the Minister of Health\nBucharest, 3 April 2020\n\n"
            "MINISTER MARIN: I will take questions.\n\nANDREI POPA (Digi24): How many ventilators are there?\n\n"
            "MINISTER MARIN: 1,420.\n\nMODERATOR: Next question.\n\nSARAH COLLINS (Reuters): Will the schools reopen?\n\n"
            "MINISTER MARIN: No decision has been taken.\n\nANDREI POPA (Digi24): When will the masks arrive?\n\n"
            "MINISTER MARIN: This week.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [who for who, label, _ in turns(root) if label.startswith("SARAH")] == ["collins"]
    assert turns(root)[3][2] == "Next question."


@pytest.mark.parametrize("once", ["LONDON (Reuters): The talks ended.", "Morag (Govan): I'm a bus driver."])
def test_a_label_printed_once_unlike_the_recurring_ones_stays_text(tmp_path, once):
    # guard: the recurring labels print no place in brackets ("JIM:"), or the one printed once is no name in capitals
    text = (f"FIONA: First up is Jim.\n\nJIM: They've doubled my journey.\n\nFIONA: Doubled?\n\nJIM: Yes.\n\n"
            f"FIONA: Who else?\n\n{once}\n\nFIONA: Thanks.\n\nJIM: Bye.\n")
    _, root = _convert(_write(tmp_path, text))
    assert {who for who, _, _ in turns(root)} == {"fiona", "jim"}


# -- names and offices of other parliaments ---------------------------------------------------------------------------

def test_a_welsh_patronymic_is_part_of_the_label(tmp_path, tei_all):
    text = ("Plenary Meeting — Welsh Parliament\nWednesday, 15 March 2023\n\n"
            "The Llywydd (Elin Jones): Question 1, Rhun ap Iorwerth.\n\n"
            "Rhun ap Iorwerth: What assessment has the Minister made of waiting times?\n\n"
            "Eluned Morgan: Waiting times have fallen.\n\nRhun ap Iorwerth: From a very high point.\n\n"
            "Eluned Morgan: That is true.\n\nThe Llywydd: Question 2.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    # "Rhun ap Iorwerth" was no label: his questions were the Llywydd's and the minister's words
    assert [who for who, label, _ in turns(root) if label == "Rhun ap Iorwerth"] == ["iorwerth", "iorwerth"]
    assert _roles(root)["spk-iorwerth"][1] == "Rhun ap Iorwerth"


def test_an_office_in_capitals_with_its_holder_after_shri_is_the_holder(tmp_path, tei_all):
    text = ("LOK SABHA DEBATES\nThursday, 7 December 2017\n\n"
            "SHRI RAVINDRA KUMAR (PURI): Will the Minister state the number of new lines sanctioned in Odisha?\n\n"
            "THE MINISTER OF RAILWAYS (SHRI PIYUSH GOYAL): Eleven new lines have been sanctioned.\n\n"
            "SHRI RAVINDRA KUMAR (PURI): When will the line be completed?\n\nSHRI PIYUSH GOYAL: By March 2021.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    # the minister's answer was the member's words
    assert [who for who, _, _ in turns(root)] == ["kumar", "goyal", "kumar", "goyal"]


def test_an_office_with_a_remark_in_brackets_is_no_holder():
    # guard: "THE MINISTER OF RAILWAYS (laughs)" names no holder, nor does an office before a place
    from tei_edition.speakers import _OFFICE_AND_MEMBER

    assert _OFFICE_AND_MEMBER.fullmatch("MINISTER OF RAILWAYS (laughs)") is None
    assert _OFFICE_AND_MEMBER.fullmatch("SHRI RAVINDRA KUMAR (PURI)") is None


# -- headlines, hosts' welcomes and title lines that name the interviewee -------------------------------------------

def test_a_dash_interviews_headline_names_the_interviewee_beside_the_credited_interviewer(tmp_path, tei_all):
    text = ("Людмила Улицкая: «Я никогда не хотела быть писателем»\n\nБеседовала Елена Калашникова\n"
            "Москва, 14 октября 2015 года\n\n— Как вы начали писать?\n\n— Поздно. Мне было почти сорок лет.\n\n"
            "— А генетика?\n\n— Генетика была моей первой профессией.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    # the interviewee was "unnamed interviewee": the credit's line ran into the place's ("Беседовала Елена
    # Калашникова Москва"), a second name beside the headline's
    assert _roles(root) == {"spk-калашникова": ("interviewer", "Елена Калашникова"),
                            "spk-улицкая": ("interviewee", "Людмила Улицкая")}


def test_a_talk_show_hosts_welcome_names_the_guest(tmp_path, tei_all):
    text = ("THE LATE HOUR WITH DAN CARVER\nEpisode 412\n\n[AUDIENCE APPLAUDS]\n\n"
            "DAN CARVER: My first guest tonight is an Olympic champion. Please welcome Keisha Moore!\n\n"
            "KEISHA MOORE: Thank you.\n\nDAN CARVER: So you retired. Again.\n\nKEISHA MOORE: For real this time.\n\n"
            "DAN CARVER: What do you do with your mornings?\n\nKEISHA MOORE: I sleep.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _roles(root) == {"spk-carver": ("interviewer", "DAN CARVER"), "spk-moore": ("interviewee", "Keisha Moore")}


def test_a_welcome_to_no_one_named_names_no_guest():
    # guard: "Please welcome our panel" names nobody
    from tei_edition.speakers import _GUEST_INTRO

    assert _GUEST_INTRO.search("Please welcome our panel, and thank you all for coming.") is None
    assert _GUEST_INTRO.search("Please welcome Keisha Moore!").group("interviewee") == "Keisha Moore"


def test_a_place_and_date_after_an_arabic_comma_end_the_title(tmp_path, tei_all):
    text = ("حوار مع الروائي إبراهيم الكوني\nالقاهرة، 3 مارس 2010\n\nالمحاور: متى بدأت الكتابة؟\n\n"
            "إبراهيم الكوني: منذ طفولتي.\n\nالمحاور: هل تكتب بالعربية؟\n\nإبراهيم الكوني: أفكر بلغتين.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    # the line was the title's second line, the interview undated
    assert (_title(root), _when(root), _place(root)) == ("حوار مع الروائي إبراهيم الكوني", "2010-03-03", "القاهرة")


@pytest.mark.parametrize("text, role_label", [
    ("主持人：余老师，您还会重读吗？\n\n余华：很少。\n\n主持人：为什么？\n\n余华：因为一看就想改。\n", "主持人"),
    ("사회자: 요즘 극장 상황을 어떻게 보십니까?\n\n봉준호: 쉽지 않습니다.\n\n사회자: 왜요?\n\n봉준호: 습관이 바뀌었습니다.\n", "사회자"),
])
def test_a_hosts_or_moderators_role_word_in_chinese_or_korean_is_no_name(tmp_path, tei_all, text, role_label):
    _, root = _convert(_write(tmp_path, text), tei_all)
    host = root.find(f".//{T}person[@{XML_ID}='spk-{role_label}']")
    assert host.get("role") == "interviewer" and host.find(T + "persName").get("type") == "unnamed"


# -- an inquiry's header: the witness, the day and its date -----------------------------------------------------------

def test_an_inquirys_witness_key_and_day_line(tmp_path, tei_all):
    text = ("Public inquiry into the Westbridge flood defences\nDay 4 — 11 November 2021\n"
            "Witness: Dr Samuel Adeyemi, Environment Agency\n\n"
            "CHAIR: Good morning, Dr Adeyemi. Is your statement true?\n\nDR ADEYEMI: It is.\n\n"
            "MS FORBES: When did the Agency model the flood?\n\nDR ADEYEMI: In 2014.\n\nCHAIR: Thank you.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    # the three lines were the headnote's words, the title the file's name, the inquiry undated
    assert (_title(root), _when(root)) == ("Public inquiry into the Westbridge flood defences", "2021-11-11")
    witness = root.find(f".//{T}person[@{XML_ID}='spk-adeyemi']")
    assert witness.get("role") == "witness" and text_of(witness.find(T + "affiliation")) == "Environment Agency"
    assert root.find(f".//{T}note[@n='session']").text == "Day 4"


def test_a_witnesses_line_alone_stays_the_committees_headnote(tmp_path, tei_all):
    # guard: a committee record's "Witnesses: …" paragraph alone is no header block (its words stay the headnote's)
    text = ("Committee on Fisheries\n\nWitnesses: Dr. Irene Tallis, Memorial University\n\n"
            "The Chair (Mr. Ken McDonald): I call this meeting to order. Dr. Tallis?\n\n"
            "Dr. Irene Tallis: Thank you, Mr. Chair.\n\nThe Chair: Go ahead.\n\nDr. Irene Tallis: Capelin have fallen.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert "Witnesses: Dr. Irene Tallis" in text_of(root.find(f".//{T}front"))
    assert _roles(root)["spk-tallis"][0] == "witness"


def test_a_day_line_without_a_date_is_no_date():
    from tei_edition.readers.metadata import _DAY_AND_DATE

    assert _DAY_AND_DATE.fullmatch("Day 4 — the flood defences") is None
    assert _DAY_AND_DATE.fullmatch("Session 2, 3 May 1998").group("date") == "3 May 1998"


@pytest.mark.parametrize("remark", ["1935年生まれ", "1940년생"])
def test_a_birth_year_in_japanese_or_korean_is_a_note(remark):
    from tei_edition.speakers import _affiliation

    assert _affiliation(remark) == (None, remark)


# -- an e-mail interview: the questions quoted in the reply, the answers under them ---------------------------------

_EMAIL = ("Subject: Re: Interview questions for the alumni magazine\nFrom: Prof. Rachel Adebayo\nTo: Tom Hughes\n"
          "Date: 12 June 2020\n\nHi Tom,\n\nAnswers below.\n\n{q1}\n\nIn 1988, as an undergraduate in chemistry.\n"
          "I stayed for the PhD.\n\n{q2}\n\nSmall and a bit chaotic.\n\n{q3}\n\n"
          "Go to the seminars that have nothing to do with your subject.\n\nBest wishes,\nRachel\n")


def test_an_email_interviews_quoted_questions_and_answers(tmp_path, tei_all):
    text = _EMAIL.format(q1="> When did you first come to the university?",
                         q2="> What was the department like then? Was it\n> as small as people say?",
                         q3="> What advice would you give a first-year student now?")
    _, root = _convert(_write(tmp_path, text), tei_all)
    # the file was refused: no speaker turns found
    assert _roles(root) == {"spk-adebayo": ("interviewee", "Prof. Rachel Adebayo"),
                            "spk-hughes": ("interviewer", "Tom Hughes")}
    said = [(sp.get("who")[5:], " ".join(text_of(p) for p in sp.iter(T + "p"))) for sp in root.iter(T + "sp")]
    assert said == [
        ("hughes", "When did you first come to the university?"),
        ("adebayo", "In 1988, as an undergraduate in chemistry. I stayed for the PhD."),
        ("hughes", "What was the department like then? Was it as small as people say?"),
        ("adebayo", "Small and a bit chaotic."),
        ("hughes", "What advice would you give a first-year student now?"),
        ("adebayo", "Go to the seminars that have nothing to do with your subject."),
    ]
    assert (_title(root), _when(root)) == ("Interview questions for the alumni magazine", "2020-06-12")


def test_quoted_paragraphs_that_do_not_all_ask_are_no_questions(tmp_path):
    # guard: a quotation that asks nothing among them ("> I remember the smell of the lab.") makes no e-mail interview
    from tei_edition.errors import InputError

    text = _EMAIL.format(q1="> When did you first come to the university?", q2="> I remember the smell of the lab.",
                         q3="> What advice would you give a first-year student now?")
    with pytest.raises(InputError, match="no speaker turns found"):
        _convert(_write(tmp_path, text))


def test_a_letter_quoted_in_a_labelled_interview_stays_the_turns_text(tmp_path, tei_all):
    # guard: under labels, quoted questions are the turn's words ("> Are you well?" in a letter read out)
    text = ("INTERVIEWER: Did she write to you?\n\nSMITH: She did. She wrote:\n\n> Are you well?\n\n> Is it cold?\n\n"
            "> Will you come home?\n\nINTERVIEWER: And did you?\n\nSMITH: In 1946.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [who for who, _, _ in turns(root)] == ["interviewer", "smith", "interviewer", "smith"]
    assert "Will you come home?" in turns(root)[1][2]


# -- a UN verbatim record ---------------------------------------------------------------------------------------------

def test_a_councils_verbatim_record(tmp_path, tei_all):
    text = ("United Nations Security Council\nSeventy-eighth year, 9312th meeting\nTuesday, 2 May 2023, 10 a.m.\n"
            "New York\n\nThe President (spoke in Spanish): I welcome the Secretary-General, and I give him the floor.\n\n"
            "The Secretary-General: I thank the presidency for convening this meeting.\n\n"
            "The President (spoke in Spanish): I now give the floor to the representative of France.\n\n"
            "Mr. De Rivière (France) (spoke in French): France supports the appeal.\n\n"
            "The President (spoke in Spanish): I give the floor to the representative of the Russian Federation.\n\n"
            "Mr. Nebenzia (Russian Federation) (spoke in Russian): We have listened carefully.\n\n"
            "The meeting rose at 11.45 a.m.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    # the title was the file's name; the Secretary-General's and the two representatives' words were the
    # President's, and the meeting's close the last speaker's
    assert _title(root) == "United Nations Security Council: Seventy-eighth year, 9312th meeting"
    assert [who for who, _, _ in turns(root)] == ["president", "secretary-general", "president", "riviere",
                                                  "president", "nebenzia"]
    assert turns(root)[-1][2] == "We have listened carefully."
    assert [text_of(n) for n in root.find(f".//{T}body").iter(T + "note")] == ["The meeting rose at 11.45 a.m."]


def test_a_sentence_about_a_meeting_rising_is_speech():
    # guard: "The meeting rose at …" is a note only as the whole line, with the time
    from tei_edition.readers.text import _TAPE_LINE

    assert _TAPE_LINE.match("The meeting rose at 11.45 a.m.")
    assert _TAPE_LINE.match("The meeting rose at dawn and we went home.") is None
    assert _TAPE_LINE.match("The meeting rose at 11.45 a.m. and nobody spoke again.") is None


def test_an_office_never_named_before_its_label_stays_text(tmp_path):
    # guard: "The Secretary-General:" once, the text naming no such office before it, is the turn's words
    text = ("The President (spoke in Spanish): I open the meeting.\n\nMr. Smith (France) (spoke in French): Thank you.\n\n"
            "The President (spoke in Spanish): Next.\n\nThe Treasurer: we have no funds.\n\n"
            "The President (spoke in Spanish): Thank you.\n")
    _, root = _convert(_write(tmp_path, text))
    assert "treasurer" not in {who for who, _, _ in turns(root)}


def test_a_date_with_the_hour_alone_before_am_or_pm():
    from tei_edition.dates import day_of

    assert day_of("Tuesday, 2 May 2023, 10 a.m.") == "2023-05-02"
    assert day_of("2 May 2023, 10 amendments") is None  # guard: no hour of the day


# -- a Vietnamese press interview -------------------------------------------------------------------------------------

def test_a_vietnamese_press_interview(tmp_path, tei_all):
    text = ('Nhà văn Nguyễn Ngọc Tư: "Tôi viết về những người bị bỏ quên"\n\nThực hiện: Trần Minh Hải\n'
            "Cà Mau, ngày 12 tháng 9 năm 2019\n\nPV: Chị bắt đầu viết từ khi nào?\n\n"
            "Nhà văn Nguyễn Ngọc Tư: Từ năm 1996.\n\nPV: Vì sao chị luôn viết về miền sông nước?\n\n"
            "Nhà văn Nguyễn Ngọc Tư: Vì đó là nơi tôi sống.\n\nPV: Xin cảm ơn chị.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    # the writer's answers were the reporter's words ("Nhà văn" no label's), the credit and the dateline unread
    assert _title(root) == 'Nhà văn Nguyễn Ngọc Tư: "Tôi viết về những người bị bỏ quên"'
    assert (_when(root), _place(root)) == ("2019-09-12", "Cà Mau")
    assert _roles(root) == {"spk-hai": ("interviewer", "Trần Minh Hải"),
                            "spk-tu": ("interviewee", "Nhà văn Nguyễn Ngọc Tư")}
    assert [who for who, _, _ in turns(root)] == ["hai", "tu", "hai", "tu", "hai"]


def test_a_headline_with_small_words_before_the_colon_that_say_a_sentence_is_no_headline():
    # guard: the name may hold short words in small letters only between capitalised ones
    from tei_edition.readers.text import _QUOTED_HEADLINE

    assert _QUOTED_HEADLINE.fullmatch('Nhà văn Nguyễn Ngọc Tư: "Tôi viết"')
    assert _QUOTED_HEADLINE.fullmatch('He said it to me: "Go home"') is None


# -- a round table: a moderator's role label and panelists each printed once ----------------------------------------

def test_a_round_tables_panelists_named_in_a_script_without_capitals(tmp_path, tei_all):
    text = ("좌담회: 한국 영화의 미래\n일시: 2019년 10월 5일\n장소: 부산\n\n"
            "사회자: 먼저 봉준호 감독님께 여쭙겠습니다. 요즘 극장 상황을 어떻게 보십니까?\n\n봉준호: 쉽지 않습니다.\n\n"
            "사회자: 김 평론가님은 어떻게 보십니까?\n\n김혜리: 저는 극장이 다시 특별한 장소가 될 거라고 봅니다.\n\n사회자: 감사합니다.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    # each panelist's words were the moderator's
    assert [who for who, _, _ in turns(root)] == ["사회자", "봉준호", "사회자", "김혜리", "사회자"]


def test_headings_printed_once_beside_a_moderator_are_no_panelists(tmp_path):
    # guard: in a script with capitals, two label-like lines printed once ("Key Findings:", "Next Steps:") stay text
    text = ("Moderator: What did the survey find?\n\nKey Findings: most respondents walk to work.\n\n"
            "Moderator: And then?\n\nNext Steps: a second survey in spring.\n\nModerator: Thank you.\n")
    _, root = _convert(_write(tmp_path, text))
    assert {who for who, _, _ in turns(root)} == {"moderator"}


# -- a committee's members, each printed once with a title ------------------------------------------------------------

def test_members_printed_once_each_with_a_title_beside_a_titled_witness(tmp_path, tei_all):
    text = ("Joint Committee on Housing\nDebate — Tuesday, 9 May 2023\n\n"
            "Chairman: I welcome Ms Mary Hurley. I invite her to make her opening statement.\n\n"
            "Ms Mary Hurley: I thank the Chairman. The agency delivered 1,250 homes last year.\n\n"
            "Deputy Eoin Ó Broin: How many of those were cost-rental homes?\n\nMs Mary Hurley: Some 410.\n\n"
            "Deputy Cian O'Callaghan: What is the average rent of those homes?\n\nMs Mary Hurley: About €1,300.\n\n"
            "Chairman: I thank Ms Hurley for her attendance.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    # the deputies' questions were the witness's words, and she was taken for the interviewer
    assert [who for who, _, _ in turns(root)] == ["chairman", "hurley", "broin", "hurley", "ocallaghan", "hurley",
                                                  "chairman"]
    assert _roles(root)["spk-chairman"][0] == "chair" and _roles(root)["spk-hurley"][0] == "participant"


def test_one_titled_label_printed_once_stays_text(tmp_path):
    # guard: one "Dr Smith:" once beside one titled label is not yet a record's way of labelling
    text = ("Chairman: Welcome, Ms Hurley.\n\nMs Mary Hurley: Thank you.\n\nChairman: Your statement?\n\n"
            "Ms Mary Hurley: We built homes, as the report of 2019 says.\n\nDr Smith: his report said so.\n\n"
            "Chairman: Thank you.\n\nMs Mary Hurley: Bye.\n")
    _, root = _convert(_write(tmp_path, text))
    assert "smith" not in {who for who, _, _ in turns(root)}


# -- a minister's office of several words with the holder in brackets; the Llywydd and the Convener -----------------

def test_a_ministers_office_with_the_holder_in_brackets_and_the_llywydd(tmp_path, tei_all):
    text = ("Plenary Meeting — Welsh Parliament\nWednesday, 15 March 2023\n\n"
            "The Llywydd (Elin Jones): Question 1, Rhun ap Iorwerth.\n\n"
            "Rhun ap Iorwerth: What assessment has the Minister made of waiting times?\n\n"
            "The Minister for Health and Social Services (Eluned Morgan): Waiting times have fallen.\n\n"
            "Rhun ap Iorwerth: From a very high point, Minister.\n\nEluned Morgan: That is true.\n\n"
            "The Llywydd: Question 2, Russell George.\n\nRussell George: Will the Minister make a statement?\n\n"
            "Eluned Morgan: Response times improved.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    # the minister's first answer was the member's words
    assert [who for who, _, _ in turns(root)] == ["jones", "iorwerth", "morgan", "iorwerth", "morgan", "jones",
                                                  "george", "morgan"]
    assert _roles(root)["spk-jones"] == ("chair", "Elin Jones")


def test_the_convener_with_her_name_in_brackets_is_hers(tmp_path, tei_all):
    # guard: "Convener" a chair's word does not make "The Convener (Clare Adamson)" a stand-in
    text = ("The Convener (Clare Adamson): Good morning. Mr Swinney?\n\nJohn Swinney: Thank you, convener.\n\n"
            "Mary Fee: What will it cost?\n\nJohn Swinney: Four million.\n\nThe Convener: Thank you.\n\n"
            "Mary Fee: And then?\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _roles(root)["spk-adamson"] == ("chair", "Clare Adamson")
    assert [who for who, label, _ in turns(root) if "Convener" in label] == ["adamson", "adamson"]


def test_a_sentence_opening_with_an_office_and_a_name_in_brackets_stays_text(tmp_path):
    # guard: printed once, the holder speaking under no other label, "The Minister for X (Y):" is no label
    text = ("SMITH: What happened?\n\nJONES: A letter came.\n\n"
            "The Minister for Transport (Grant Shapps): that was the letterhead.\n\nSMITH: And?\n\nJONES: Nothing.\n")
    _, root = _convert(_write(tmp_path, text))
    assert {who for who, _, _ in turns(root)} == {"smith", "jones"}


# -- the European Parliament's verbatim report ------------------------------------------------------------------------

def test_a_parliaments_report_with_a_full_stop_and_an_en_dash_after_each_name(tmp_path, tei_all):
    text = ("Debates — Wednesday, 17 January 2024 — Strasbourg\n\n"
            "President. – The next item is the debate on the situation in the Red Sea.\n\n"
            "Michael Gahler, on behalf of the PPE Group. – Madam President, we support a naval mission.\n\n"
            "Nathalie Loiseau, on behalf of the Renew Group. – Madam President, Europe must protect its trade routes.\n\n"
            "President. – The debate is closed.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    # the file was refused: no speaker turns found
    assert [who for who, _, _ in turns(root)] == ["president", "gahler", "loiseau", "president"]
    affiliation = root.find(f".//{T}person[@{XML_ID}='spk-gahler']/{T}affiliation")
    assert text_of(affiliation) == "PPE Group"


def test_a_sentence_then_a_dash_and_a_name_is_no_report_label(tmp_path):
    # guard: "Beans, mostly. And dahlias. — JONES", a sentence and its speaker at the right margin, is no label
    from tei_edition.readers.labels import DASH

    assert DASH.match("Beans, mostly. And dahlias for my wife.      — JONES") is None
    assert DASH.match("Michael Gahler, on behalf of the PPE Group. – Madam President, we agree.").label == (
        "Michael Gahler, on behalf of the PPE Group")


# -- a press conference's reporters named with their outlets ----------------------------------------------------------

def test_reporters_named_with_their_outlets_ask_the_one_who_answers(tmp_path, tei_all):
    text = ("Rueda de prensa del ministro de Sanidad, Salvador Illa\nMadrid, 14 de marzo de 2020\n\n"
            "SALVADOR ILLA: Buenas tardes. El Consejo de Ministros ha aprobado el estado de alarma.\n\n"
            "MODERADORA: Primera pregunta.\n\nANA GARCÍA (EFE): Ministro, ¿cuántas camas de UCI quedan libres?\n\n"
            "SALVADOR ILLA: Tenemos margen.\n\nLUIS PÉREZ (Cadena SER): ¿Cuándo llegarán las mascarillas?\n\n"
            "SALVADOR ILLA: Esta semana.\n\nANA GARCÍA (EFE): ¿Y los test?\n\nSALVADOR ILLA: También.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    # all four were participants, the outlets no one's affiliation but Cadena SER's
    roles = _roles(root)
    assert roles["spk-illa"] == ("interviewee", "Salvador Illa")
    assert roles["spk-garcia"][0] == roles["spk-perez"][0] == roles["spk-moderadora"][0] == "interviewer"
    assert [text_of(a) for a in root.iter(T + "affiliation")] == ["EFE", "Cadena SER"]


def test_how_a_person_speaks_in_brackets_makes_no_reporter(tmp_path, tei_all):
    # guard: "MORIYASU (through interpreter)" answers; "(through interpreter)" is no outlet
    text = ("Press conference: Coach Takeshi Moriyasu\nDoha, 24 November 2022\n\n"
            "MODERATOR: We begin with questions.\n\nAKI SATO (Kyodo): Coach, how do you explain the second half?\n\n"
            "MORIYASU (through interpreter): We changed to a back three.\n\n"
            "DAN REED (The Athletic): Did you expect to beat Germany?\n\nMORIYASU (through interpreter): We prepared to.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _roles(root)["spk-moriyasu"][0] == "interviewee"


def test_names_with_brackets_outside_a_press_event_are_no_reporters(tmp_path, tei_all):
    # guard: a parliament's "SHRI RAVINDRA KUMAR (PURI)" is a member and his seat, no reporter of an outlet "PURI"
    text = ("LOK SABHA DEBATES\nThursday, 7 December 2017\n\nSHRI RAVINDRA KUMAR (PURI): Will the Minister reply?\n\n"
            "SHRI PIYUSH GOYAL: Yes.\n\nSHRI RAVINDRA KUMAR (PURI): When?\n\nSHRI PIYUSH GOYAL: In March.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert root.find(f".//{T}person[@{XML_ID}='spk-kumar']/{T}affiliation") is None


def test_a_turkish_presenters_label_is_a_role(tmp_path, tei_all):
    text = ("Gündem Özel — 12 Mart 2019\n\nSunucu: Bu akşam konuğumuz ekonomist Ayşe Yılmaz. Hoş geldiniz.\n\n"
            "Ayşe Yılmaz: Hoş bulduk.\n\nSunucu: Enflasyon neden yükseldi?\n\nAyşe Yılmaz: Kur şoku.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    sunucu = root.find(f".//{T}person[@{XML_ID}='spk-sunucu']")
    assert sunucu.get("role") == "interviewer" and sunucu.find(T + "persName").get("type") == "unnamed"


# -- a one-word paper before the date, as the sidecar names it --------------------------------------------------------

_LIBERATION = ("Annie Ernaux : « Écrire, c'est venger sa race »\n\nPropos recueillis par Claire Devarrieux\n"
               "Libération, 3 février 2011\n\nDEVARRIEUX : Pourquoi maintenant ?\n\nERNAUX : Parce que j'ai soixante-dix "
               "ans.\n\nDEVARRIEUX : Le titre est-il un programme ?\n\nERNAUX : C'est plutôt un constat.\n")


def test_a_one_word_paper_the_sidecar_names_is_no_place(tmp_path, tei_all):
    (tmp_path / "t.toml").write_text('[source]\npublication = "Libération"\ntype = "newspaper"\n', encoding="utf-8")
    _, root = _convert(_write(tmp_path, _LIBERATION), tei_all)
    # "Libération" was the interview's place
    assert (_when(root), _place(root)) == ("2011-02-03", None)


def test_a_one_word_place_before_the_date_stays_a_place(tmp_path, tei_all):
    # guard: a word the sidecar does not name as the paper is read as a place, as docs/transcripts.md says
    (tmp_path / "t.toml").write_text('[source]\npublication = "Libération"\ntype = "newspaper"\n', encoding="utf-8")
    _, root = _convert(_write(tmp_path, _LIBERATION.replace("Libération, 3", "Lyon, 3")), tei_all)
    assert _place(root) == "Lyon"


def test_an_oral_history_interviews_title_names_the_interviewee(tmp_path, tei_all):
    text = ("Oral history interview: Ana Ferreira\nInterviewer: Mark Dowling\nDate: 3 February 2021\n\n"
            "Mark Dowling: When did your parents open the shop?\n\nAna Ferreira: In 1974.\n\n"
            "Mark Dowling: And you worked there?\n\nAna Ferreira: Every day.\n")
    conversion, root = _convert(_write(tmp_path, text), tei_all)
    # her label named no one known: a participant of its own, made the interviewee only by her answering
    assert _roles(root)["spk-ferreira"] == ("interviewee", "Ana Ferreira")
    assert not any("match no known participant" in w for w in conversion.interview.warnings)


def test_a_german_interview_credit_still_names_the_interviewer():
    # guard: "Interview: Gabriele Müller" alone is a paper's credit of the interviewer, no title naming the interviewee
    from tei_edition.speakers import _INTERVIEW_COLON

    assert _INTERVIEW_COLON.search("Interview: Gabriele Müller") is None
    assert _INTERVIEW_COLON.search("Oral history interview: Ana Ferreira").group("interviewee") == "Ana Ferreira"


# -- a Russian paper's "Корр.:", a Dutch "Gespreksleider:", a Spanish court's roles -----------------------------------

def test_a_russian_correspondents_abbreviated_label_and_credit(tmp_path, tei_all):
    text = ("Интервью с Сергеем Ивановым\nЗаписала Ольга Смирнова\nСанкт-Петербург, 5 мая 2014 года\n\n"
            "Корр.: Сергей Петрович, когда вы начали работать на заводе?\n\nИванов: В 1962 году.\n\n"
            "Корр.: Что вы там делали?\n\nИванов: Сначала токарем.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    # the questions were the answers' words, and the credit a line of the title
    assert _title(root) == "Интервью с Сергеем Ивановым"
    assert _roles(root) == {"spk-смирнова": ("interviewer", "Ольга Смирнова"),
                            "spk-иванов": ("interviewee", "Сергей Иванов")}
    assert [who for who, _, _ in turns(root)] == ["смирнова", "иванов"] * 2


def test_a_dutch_discussion_leaders_label_is_the_header_s(tmp_path, tei_all):
    text = ("Focusgroep 2 — Ouderen en digitale dienstverlening\nDatum: 8 november 2022\nPlaats: Utrecht\n"
            "Gespreksleider: Marieke de Vries\n\nGespreksleider: Wie van u gebruikt DigiD?\n\n"
            "Respondent 1: Ik, maar mijn dochter doet het.\n\nRespondent 2: Ik niet.\n\nGespreksleider: Waarom niet?\n\n"
            "Respondent 2: Ik vind het eng.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [who for who, label, _ in turns(root) if label == "Gespreksleider"] == ["vries", "vries"]


def test_a_spanish_courts_roles_in_capitals_are_stand_ins(tmp_path, tei_all):
    text = ("Juicio oral — Sesión de 12 de febrero de 2019\n\nMAGISTRADA PRESIDENTA: ¿Jura o promete decir verdad?\n\n"
            "TESTIGO: Prometo.\n\nFISCAL: ¿Dónde se encontraba usted?\n\nTESTIGO: En Triana.\n\n"
            "DEFENSA: ¿Está usted seguro?\n\nTESTIGO: Más o menos.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert {text_of(p): p.get("type") for p in root.iter(T + "persName")} == {
        "MAGISTRADA PRESIDENTA": "unnamed", "TESTIGO": "unnamed", "FISCAL": "unnamed", "DEFENSA": "unnamed"}


def test_a_word_like_an_abbreviated_role_without_its_full_stop_is_a_name(tmp_path, tei_all):
    # guard: "Корр" is a label only abbreviated with its full stop; "Корнилов:" stays a name
    text = "Корнилов: Где вы родились?\n\nИванов: В Туле.\n\nКорнилов: Когда?\n\nИванов: В 1950 году.\n"
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert root.find(f".//{T}person[@{XML_ID}='spk-корнилов']/{T}persName").get("type") is None


# -- a guest printed once whom the host addresses by surname ----------------------------------------------------------

_TALK = ("Markus Lanz — Sendung vom 14. Januar 2021\n\nModerator: Herr Drosten, wie ist die Lage?\n\n"
         "Christian Drosten: Ernst. Die Mutante verändert vieles.\n\nModerator: Was heißt das für die Schulen?\n\n"
         "Christian Drosten: Dass wir vorsichtig sein müssen.\n\nModerator: {question}\n\n"
         "Lothar Wieler: Herr Lanz, ich bin ein Mann.\n\nModerator: Entschuldigung.\n")


def test_a_guest_the_host_addresses_by_surname_speaks(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, _TALK.format(question="Frau Wieler, sehen Sie das auch so?")), tei_all)
    # his words were the moderator's
    assert ("wieler", "Lothar Wieler", "Herr Lanz, ich bin ein Mann.") in turns(root)


def test_a_name_the_host_never_addresses_printed_once_stays_text(tmp_path):
    # guard: no "Herr/Frau Wieler" before it, a full name printed once is no speaker here
    _, root = _convert(_write(tmp_path, _TALK.format(question="Sehen Sie das auch so?")))
    assert "wieler" not in {who for who, _, _ in turns(root)}
