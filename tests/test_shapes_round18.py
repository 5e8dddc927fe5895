"""Transcript shapes of the eighteenth probe round: a sound or a note about the recording alone on its line between
two turns (no speaker's), a publication's voice of any length, a radio transcript's HOST and GUEST roles, Markdown's
underscore emphasis, a contents list before the transcript, headnote dates in other languages. Each test says what
the TEI holds and that no word of the source is lost; the guard tests that a rule does not fire on look-alike text."""

from __future__ import annotations

from .converting import T, convert_checked as _convert, people, text_of, turns, write as _write
from .test_shapes_round17 import _creation  # the interview's dates, as round 17 reads them


# -- 1. a cue alone on its line between two turns is no speaker's ------------------------------------------------

CUES = ("HOST: Agnes, you grew up in the mill town?\n\nBELL: Born two streets from the gates.\n\n[APPLAUSE]\n\n"
        "HOST: And you sang at work?\n\nBELL: We sang to keep time.\n\n(BEGIN VIDEOTAPE)\n\n"
        "HOST: What was the hardest job?\n\nBELL: Doffing.\n")


def test_a_cue_between_two_turns_stands_between_them(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, CUES), tei_all)
    assert [text for _, _, text in turns(root)] == [
        "Agnes, you grew up in the mill town?", "Born two streets from the gates.", "And you sang at work?",
        "We sang to keep time.", "What was the hardest job?", "Doffing."]
    div = root.find(f".//{T}body/{T}div")
    assert [(child.tag[len(T):], text_of(child)) for child in div if child.tag != T + "sp"] == [
        ("incident", "APPLAUSE"), ("note", "BEGIN VIDEOTAPE")]
    sps = list(div.iter(T + "sp"))
    assert sps[1].getnext().tag == T + "incident" and sps[3].getnext().tag == T + "note"


def test_a_cue_inside_a_turn_stays_the_speakers(tmp_path, tei_all):
    # guard: a cue followed by more of the same turn's words, and a cue after the last turn, stay where they are
    text = ("HOST: Agnes, you grew up in the mill town?\n\nBELL: Born two streets from the gates.\n\n[laughs]\n\n"
            "The whole street worked there.\n\nHOST: Thank you.\n\nBELL: Thank you.\n\n[APPLAUSE]\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    sps = list(root.iter(T + "sp"))
    assert text_of(sps[1].find(f"{T}incident")) == "laughs" and sps[1].getnext().tag == T + "sp"
    assert [text_of(i) for i in root.iter(T + "incident")] == ["laughs", "APPLAUSE"]


# -- 2. a publication's voice, whatever the length of its name -----------------------------------------------------

CREDITED = ("„Wir haben zu lange gewartet“\n\nDie Hydrologin Petra Brandt über trockene Sommer und leere Brunnen.\n\n"
            "Interview: Jonas Weber\n\nSPIEGEL: Frau Brandt, wie trocken ist Brandenburg?\n\nBrandt: Sehr trocken.\n\n"
            "SPIEGEL: Was heißt das?\n\nBrandt: Dass wir anders säen müssen.\n")


def test_a_long_publications_voice_is_the_credited_interviewer_as_a_short_one_is(tmp_path, tei_all):
    for voice in ("SPIEGEL", "ZEIT", "EXPRESSO"):
        _, root = _convert(_write(tmp_path, CREDITED.replace("SPIEGEL", voice)), tei_all)
        assert people(root) == {"weber": ("interviewer", "Jonas Weber"), "brandt": ("interviewee", "Petra Brandt")}
        assert [(who, speaker) for who, speaker, _ in turns(root)] == [("weber", voice), ("brandt", "Brandt")] * 2


def test_a_surname_in_capitals_the_headnote_names_is_no_publications_voice(tmp_path):
    # guard: "BRANDENBURGER:" where the headnote names Petra Brandenburger is her label, however long
    text = CREDITED.replace("Brandt", "Brandenburger").replace("Brandenburger:", "BRANDENBURGER:")
    _, root = _convert(_write(tmp_path, text))
    assert people(root)["brandenburger"] == ("interviewee", "Petra Brandenburger")
    assert [who for who, _, _ in turns(root)] == ["weber", "brandenburger"] * 2


# -- 3. a radio transcript's roles printed after the names --------------------------------------------------------

RADIO = ("ANA REYES, GUEST:\n\nThe river is at a record low.\n\nMARY LOUISE KELLY, HOST:\n\nHow bad is it?\n\n"
         "REYES:\n\nVery bad.\n\nJOHN OKAFOR, CALLER:\n\nWhat about the farms?\n\nREYES:\n\nThey are drying out.\n")


def test_a_name_with_a_role_word_printed_once_is_a_speaker_of_that_role(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, RADIO), tei_all)
    assert [(who, speaker) for who, speaker, _ in turns(root)] == [
        ("reyes", "ANA REYES, GUEST"), ("kelly", "MARY LOUISE KELLY, HOST"), ("reyes", "REYES"),
        ("okafor", "JOHN OKAFOR, CALLER"), ("reyes", "REYES")]
    assert people(root)["kelly"] == ("interviewer", "MARY LOUISE KELLY")
    assert people(root)["reyes"] == ("interviewee", "ANA REYES")


def test_an_anchor_presides_as_a_host_does(tmp_path, tei_all):
    text = (">> ANCHOR: Good evening. Tonight, the flooding.\n>> REPORTER: The river rose two metres.\n"
            ">> ANCHOR: Is everyone safe?\n>> REPORTER: Two people are missing.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert people(root) == {"anchor": ("interviewer", "ANCHOR"), "reporter": ("interviewee", "REPORTER")}


def test_a_place_after_a_comma_printed_once_is_no_speaker(tmp_path):
    # guard: "Paris, France:" once, after an accepted label, is a line of the text; the role word must follow the comma
    text = ("KELLY: Where did you go?\n\nREYES: Everywhere.\nParis, France: the first stop.\n\nKELLY: And then?\n\n"
            "REYES: Home.\n")
    _, root = _convert(_write(tmp_path, text))
    assert [who for who, _, _ in turns(root)] == ["kelly", "reyes", "kelly", "reyes"]
    assert "Paris, France: the first stop." in turns(root)[1][2]


# -- 4. Markdown's underscore emphasis ---------------------------------------------------------------------------

UNDERSCORES = ("# Songs from the Mill\n\n**HOST:** You grew up in the mill town?\n\n"
               "**BELL:** The _whole_ street worked there, and __everyone__ sang.\n\n**HOST:** Even the manager?\n\n"
               "**BELL:** He kept a file called payroll_final_v2 and never sang.\n")


def test_underscore_emphasis_in_markdown_is_italic_or_bold(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, UNDERSCORES, "t.md"), tei_all)
    his = [(hi.get("rend"), text_of(hi)) for hi in root.find(T + "text").iter(T + "hi")]
    assert his == [("italic", "whole"), ("bold", "everyone")]
    assert turns(root)[1][2] == "The whole street worked there, and everyone sang."
    # never inside a word: a name with underscores keeps them
    assert turns(root)[3][2] == "He kept a file called payroll_final_v2 and never sang."


def test_underscores_outside_markdown_or_unpaired_are_characters(tmp_path, tei_all):
    # guard: a plain transcript's "_whole_" is as typed; an underscore that closes nothing is a character
    plain = "HOST: You grew up there?\n\nBELL: The _whole_ street.\n\nHOST: And _config?\n\nBELL: Yes.\n"
    _, root = _convert(_write(tmp_path, plain), tei_all)
    assert root.find(T + "text").find(f".//{T}hi") is None
    assert [text for _, _, text in turns(root)][1:3] == ["The _whole_ street.", "And _config?"]
    _, root = _convert(_write(tmp_path, "# T\n\n" + plain.replace("HOST:", "**HOST:**"), "t.md"), tei_all)
    assert [text for _, _, text in turns(root)][2] == "And _config?"


# -- 5. a headnote sentence in another language saying when the interviewers met the interviewee ------------------

def _header_notes(root) -> dict[str, str]:
    """The header's notes of fields with no other place (sourceDesc/bibl/note[@type='metadata']), by key."""
    return {n.get("n"): text_of(n) for n in root.iter(T + "note") if n.get("type") == "metadata"}


HEADNOTES = {
    "Carlos Ruiz lleva cuarenta años pescando. Hablamos con él en Madrid el 3 de junio de 2019.":
        ("2019-06-03", "3 de junio de 2019"),
    "Maria Ferreira ensinou trinta anos. Conversamos com ela em Lisboa no dia 5 de abril de 2010.":
        ("2010-04-05", "5 de abril de 2010"),
    "Marie Dupont tient la boulangerie. Nous l'avons rencontrée à Lyon le 3 juin 2019.": ("2019-06-03", "3 juin 2019"),
    "Giulia Bianchi fa il pane. L'abbiamo incontrata a Matera il 14 marzo 2019.": ("2019-03-14", "14 marzo 2019"),
    "Petra Brandt zeichnet seit 1960. Wir trafen sie am 3. Juni 2019 in Bochum.": ("2019-06-03", "3. Juni 2019"),
    "L'entretien a eu lieu à Lens le 14 février 2011.": ("2011-02-14", "14 février 2011"),
}


def test_a_headnote_sentence_in_another_language_dates_the_interview(tmp_path, tei_all):
    for headnote, expected in HEADNOTES.items():
        text = f"Título\n\n{headnote}\n\nP: ¿Cuándo empezó?\n\nR: Muy joven.\n\nP: ¿Y ahora?\n\nR: Sigo.\n"
        _, root = _convert(_write(tmp_path, text), tei_all)
        assert _creation(root) == [expected], headnote


def test_a_date_of_the_subjects_life_in_such_a_sentence_dates_nothing(tmp_path):
    # guard: a date after a clause's conjunction or a birth's participle is the subject's, not the interview's
    for headnote in ("Hablamos con él sobre la guerra, que estalló el 18 de julio de 1936.",
                     "Hablamos con él sobre su padre, nacido el 18 de julio de 1936.",
                     "Wir sprachen mit ihr über ihren Vater, der am 3. Juni 1944 starb.",
                     "El 3 de junio de 2019 cerró la fábrica."):
        text = f"Título\n\n{headnote}\n\nP: ¿Cuándo empezó?\n\nR: Muy joven.\n\nP: ¿Y ahora?\n\nR: Sigo.\n"
        _, root = _convert(_write(tmp_path, text))
        assert _creation(root) == [], headnote


# -- 6. a contents list before the transcript is the source's apparatus -------------------------------------------

def _contents(root) -> list[tuple[str | None, list[str]]]:
    return [(div.findtext(T + "head"), [text_of(p) for p in div.iter(T + "p")])
            for div in root.iter(T + "div") if div.get("type") == "contents"]


def test_a_markdown_table_of_contents_is_a_contents_division(tmp_path, tei_all):
    text = ("# Songs from the Mill\n\n*Agnes Bell worked at the mill for forty years.*\n\n## Contents\n\n"
            "- [Early life](#early-life)\n- [The mill](#the-mill)\n\nShe spoke to us at home.\n\n## Early life\n\n"
            "**HOST:** You grew up there?\n\n**BELL:** Two streets away.\n\n## The mill\n\n**HOST:** The hardest job?\n\n"
            "**BELL:** Doffing.\n")
    _, root = _convert(_write(tmp_path, text, "t.md"), tei_all)
    assert _contents(root) == [("Contents", ["Early life", "The mill"])]
    front = root.find(f".//{T}front")
    assert "#early-life" not in "".join(front.itertext())
    headnote = front.find(f"{T}div[@type='headnote']")
    # the paragraph after the list is a division of the headnote after it (no p follows a div)
    assert [child.get("type") or child.tag[len(T):] for child in headnote] == ["p", "contents", "section"]
    assert headnote.get("rend") is None and headnote.find(T + "p").get("rend") == "italic"


def test_a_printed_contents_list_keeps_its_leaders_and_page_numbers(tmp_path, tei_all):
    text = ("ORAL HISTORY OF MARGARET ELLISON\n\nCONTENTS\n\nChildhood in Leeds .................. 1\n"
            "The war years ....................... 7\nTeaching ............................ 15\n\n"
            "HUME: Where were you born?\n\nELLISON: In Leeds.\n\nHUME: And your parents?\n\nELLISON: A tram driver.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _contents(root) == [("CONTENTS", ["Childhood in Leeds .................. 1",
                                             "The war years ....................... 7",
                                             "Teaching ............................ 15"])]
    assert "contents list" in " ".join(text_of(p) for p in root.iter(T + "normalization"))


def test_lines_that_only_look_like_contents_stay_paragraphs(tmp_path):
    # guard: one line with a leader, and a list of links to other pages, are no contents list
    text = ("# Songs\n\nShe waited .... 3 hours for the bus.\n\n- [Her website](https://example.org/bell)\n"
            "- [The mill museum](https://example.org/mill)\n\n**HOST:** You grew up there?\n\n**BELL:** Yes.\n\n"
            "**HOST:** And?\n\n**BELL:** No.\n")
    _, root = _convert(_write(tmp_path, text, "t.md"))
    assert _contents(root) == []


# -- 7. a two-column layout: the label at the line's start, the text in a column of its own ----------------------

COLUMNS = ("Interview with Hamid Karimi, tailor\nRecorded 9 September 2012, Bradford\n\n"
           "Interviewer        When did you open the shop?\n"
           "Karimi             In 1979. It was a butcher's before.\n"
           "Interviewer        Who were your first customers?\n"
           "Karimi             Students, mostly. They wanted their trousers narrow, very\n"
           "                   narrow, like the pop singers.\n"
           "Interviewer        And now?\n"
           "Karimi             Now it is weddings.\n")


def test_a_two_column_transcript_is_read_as_labelled_turns(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, COLUMNS), tei_all)
    assert [(who, speaker) for who, speaker, _ in turns(root)] == [("interviewer", "Interviewer"), ("karimi", "Karimi")] * 3
    assert turns(root)[3][2] == "Students, mostly. They wanted their trousers narrow, very narrow, like the pop singers."
    assert people(root)["karimi"] == ("interviewee", "Hamid Karimi")
    assert "two columns" in " ".join(text_of(p) for p in root.iter(T + "normalization"))


def test_spaced_lines_that_are_no_columns_of_turns_are_left_alone(tmp_path):
    # guard: a list of names and roles printed once each, and a column broken by a line at the margin, are no turns
    text = ("Interview with Hamid Karimi\n\nPresent:\nHamid Karimi       tailor\nSara Karimi        his daughter\n"
            "Tom Reed           interviewer\nAnn Lowe           camera\n\nREED: When did you open the shop?\n\n"
            "KARIMI: In 1979.\n\nREED: And now?\n\nKARIMI: Weddings.\n")
    _, root = _convert(_write(tmp_path, text))
    assert [who for who, _, _ in turns(root)] == ["reed", "karimi"] * 2
    broken = COLUMNS.replace("                   narrow,", "narrow,")
    from tei_edition.readers.text import _two_columns
    assert _two_columns(broken.split("\n")) == {} and _two_columns(COLUMNS.split("\n"))


# -- 8. header keys: a child interviewed, who else was present, Greek keys and a Greek title's name ----------------

CHILD = ("Growing Up on the Estate: Children's Voices Project\nInterview 07\nDate: 12 June 2019\n"
         "Interviewer: Sam Achebe\nChild: Lily (age 9)\nAlso present: Lily's mother, Karen Doyle\n\n"
         "SAM: What's your favourite place on the estate, Lily?\n\nLILY: The big tree behind the shops.\n\n"
         "KAREN: She's not supposed to climb it.\n\nSAM: What would you change?\n\nLILY: More swings.\n")


def test_a_childs_interview_header_names_the_child_and_who_else_was_present(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, CHILD), tei_all)
    assert people(root) == {"lily": ("interviewee", "Lily"), "achebe": ("interviewer", "Sam Achebe"),
                            "doyle": ("participant", "Karen Doyle")}
    assert [who for who, _, _ in turns(root)] == ["achebe", "lily", "doyle", "achebe", "lily"]
    # who she is, printed before her name, is kept with her
    assert root.findtext(f".//{T}person[@{{http://www.w3.org/XML/1998/namespace}}id='spk-doyle']/{T}affiliation") == "Lily's mother"


def test_a_child_key_without_a_date_to_vouch_for_it_is_no_header(tmp_path):
    # guard: "Interviewer: …" / "Child: Lily" alone could be turns: one-word names need a date or a place beside them
    text = "Interviewer: Where do you play?\nChild: Behind the shops.\n\nInterviewer: Why?\n\nChild: It's fun.\n"
    _, root = _convert(_write(tmp_path, text))
    assert len(turns(root)) == 4


GREEK = ("Συνέντευξη με τον Γιώργο Παπαδάκη\nΗμερομηνία: 14 Μαΐου 2015\nΤόπος: Χανιά\n\n"
         "ΣΥΝΕΝΤΕΥΚΤΡΙΑ: Πότε ξεκινήσατε να ψαρεύετε;\n\nΠΑΠΑΔΑΚΗΣ: Στα δέκα μου χρόνια.\n\n"
         "ΣΥΝΕΝΤΕΥΚΤΡΙΑ: Έχει αλλάξει η θάλασσα;\n\nΠΑΠΑΔΑΚΗΣ: Πολύ.\n")


def test_greek_header_keys_and_a_name_in_the_accusative(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, GREEK), tei_all)
    assert _creation(root) == [("2015-05-14", "14 Μαΐου 2015")]
    assert [text_of(p) for c in root.iter(T + "creation") for p in c.iter(T + "placeName")] == ["Χανιά"]
    # the title's accusative ("τον Γιώργο Παπαδάκη") is undone where the label says the nominative
    assert people(root) == {"παπαδακης": ("interviewee", "Γιώργος Παπαδάκης"),
                            "συνεντευκτρια": ("interviewer", "ΣΥΝΕΝΤΕΥΚΤΡΙΑ")}


def test_a_greek_title_naming_someone_who_does_not_speak_changes_no_name(tmp_path):
    # guard: no label is the surname's nominative: the title's name is not rewritten
    _, root = _convert(_write(tmp_path, GREEK.replace("ΠΑΠΑΔΑΚΗΣ:", "ΨΑΡΑΣ:")))
    assert "Γιώργος Παπαδάκης" not in {name for _, name in people(root).values()}


# -- 9. a parliament's written question and its answer ----------------------------------------------------------

WRITTEN = ("Written Parliamentary Question\n\nQuestion number: WQ 4471/22\nDate tabled: 8 March 2022\n"
           "Asked by: Mr Daniel Crowe (North Harbour)\nAnswered by: Ms Aisling Reddy, Minister for Housing\n"
           "Date answered: 15 March 2022\n\nQuestion:\nTo ask the Minister for Housing how many homes were completed.\n\n"
           "Answer:\nIn 2021, 214 social homes were completed.\n\nMy Department continues to work with the council.\n")


def test_a_written_questions_asker_and_answerer_are_its_speakers(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, WRITTEN), tei_all)
    assert people(root) == {"crowe": ("interviewer", "Mr Daniel Crowe"), "reddy": ("interviewee", "Ms Aisling Reddy")}
    assert [(who, speaker) for who, speaker, _ in turns(root)] == [("crowe", "Question"), ("reddy", "Answer")]
    assert _creation(root) == [("2022-03-15", "15 March 2022")]
    notes = _header_notes(root)
    assert notes["question number"] == "WQ 4471/22" and notes["date tabled"] == "8 March 2022"


def test_asked_by_inside_a_sentence_is_no_header_key(tmp_path):
    # guard: "Asked by: …" as a turn's words, a question after the colon, is speech
    text = "Q: Who asked you to stand?\n\nA: Asked by: my neighbour, of course.\n\nQ: And?\n\nA: I agreed.\n"
    _, root = _convert(_write(tmp_path, text))
    assert [text for _, _, text in turns(root)][1] == "Asked by: my neighbour, of course."


# -- 10. a radio report's voices: unidentified people numbered, a name in capitals introduced in prose ------------

NPR = ("Teachers Walk Out Over Pay\n\nAILSA CHANG, HOST:\n\nTeachers walked out today. NPR's Elena Ruiz was there.\n\n"
       "ELENA RUIZ, BYLINE: The crowd stretches for two blocks.\n\nUNIDENTIFIED PERSON #1: We want a fair wage!\n\n"
       "RUIZ: Maria Delgado has taught third grade for fifteen years.\n\nMARIA DELGADO: I buy my own paper.\n\n"
       "UNIDENTIFIED PERSON #2: Fund our schools!\n\nRUIZ: Elena Ruiz, NPR News, Phoenix.\n")


def test_unidentified_voices_and_a_name_introduced_before_its_label_are_speakers(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, NPR), tei_all)
    assert [(who, speaker) for who, speaker, _ in turns(root)] == [
        ("chang", "AILSA CHANG, HOST"), ("ruiz", "ELENA RUIZ, BYLINE"), ("unidentified-person-1", "UNIDENTIFIED PERSON #1"),
        ("ruiz", "RUIZ"), ("delgado", "MARIA DELGADO"), ("unidentified-person-2", "UNIDENTIFIED PERSON #2"),
        ("ruiz", "RUIZ")]
    unnamed = [p.find(T + "persName") for p in root.iter(T + "person") if "unidentified" in p.get(
        "{http://www.w3.org/XML/1998/namespace}id")]
    assert [n.get("type") for n in unnamed] == ["unnamed", "unnamed"]
    # the crowd's voices ask nothing: the reporter after them is no interviewee of theirs; her BYLINE says she reports,
    # asking the people of her report (no affiliation)
    assert people(root)["ruiz"] == ("interviewer", "ELENA RUIZ")
    assert root.find(f".//{T}person/{T}affiliation") is None


def test_a_name_in_capitals_printed_once_and_never_introduced_stays_text(tmp_path):
    # guard: "MARIA DELGADO:" once, her name nowhere before it, is no speaker (as before); "Unidentified sources:"
    # in small letters opens a sentence
    text = NPR.replace("Maria Delgado has taught", "She has taught").replace(
        "UNIDENTIFIED PERSON #2: Fund", "Unidentified sources: fund")
    _, root = _convert(_write(tmp_path, text))
    assert "delgado" not in people(root) and "unidentified-person-2" not in people(root)


# -- 11. dates of Indonesian, Swahili and Vietnamese headers; a name printed in capitals and in a label ------------

def test_indonesian_swahili_and_vietnamese_dates_are_read(tmp_path, tei_all):
    headers = {
        "Wawancara dengan Ibu Sri Wahyuni\nTanggal: 3 Agustus 2020\nTempat: Yogyakarta\nPewawancara: Budi Santoso\n\n"
        "Budi Santoso: Sejak kapan Ibu membuat batik?\n\nSri Wahyuni: Sejak umur dua belas tahun.\n\n"
        "Budi Santoso: Motif apa?\n\nSri Wahyuni: Parang.\n": ("2020-08-03", "3 Agustus 2020"),
        "Mahojiano na Bi. Amina Juma\nTarehe: 5 Julai 2017\nMahali: Zanzibar\nMhojaji: Salim Hamad\n\n"
        "SALIM: Ulianza lini?\n\nAMINA: Nilipokuwa na miaka kumi.\n\nSALIM: Je, bado unauza?\n\nAMINA: Ndiyo.\n":
            ("2017-07-05", "5 Julai 2017"),
        "PHỎNG VẤN BÀ NGUYỄN THỊ LAN\nNgày phỏng vấn: 12 tháng 3 năm 2018\nĐịa điểm: Huế\n"
        "Người phỏng vấn: Trần Văn Minh\n\nTrần Văn Minh: Bà bắt đầu bán hàng từ khi nào?\n\n"
        "Nguyễn Thị Lan: Từ năm 1975.\n\nTrần Văn Minh: Chợ đã thay đổi nhiều không?\n\nNguyễn Thị Lan: Nhiều lắm.\n":
            ("2018-03-12", "12 tháng 3 năm 2018"),
    }
    for text, expected in headers.items():
        _, root = _convert(_write(tmp_path, text), tei_all)
        assert _creation(root) == [expected]
    # the title prints her name in capitals, her label in mixed case: the label's form is her name
    assert people(root)["lan"] == ("interviewee", "Nguyễn Thị Lan")


def test_a_month_word_of_another_sense_is_no_date():
    from tei_edition.dates import iso_date
    # guard: a Vietnamese date needs its words for month and year; a number of months is none
    assert iso_date("12 tháng 3 năm 2018") == "2018-03-12" and iso_date("12 tháng") is None
    assert iso_date("3 tháng 13 năm 2018") is None


# -- 12. a police interview's record ------------------------------------------------------------------------------

POLICE = ("RECORD OF TAPED INTERVIEW\n\nPerson interviewed: Daniel Price\nPlace of interview: Northgate Police Station\n"
          "Date: 04/02/2019\nTime commenced: 14:02\nInterviewing officer(s): DC Sarah Lowe\n"
          "Other persons present: Ms Anita Shah (solicitor)\n\nDC LOWE: This interview is being recorded. Your name?\n\n"
          "PRICE: Daniel James Price.\n\nDC LOWE: Do you understand?\n\nPRICE: Yes.\n\n"
          "SHAH: My client has prepared a statement.\n\nDC LOWE: Go ahead.\n")


def test_a_police_interview_records_header_names_everyone_present(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, POLICE), tei_all)
    assert people(root) == {"price": ("interviewee", "Daniel Price"), "lowe": ("interviewer", "DC Sarah Lowe"),
                            "shah": ("participant", "Ms Anita Shah")}
    assert [who for who, _, _ in turns(root)] == ["lowe", "price", "lowe", "price", "shah", "lowe"]
    notes = _header_notes(root)
    assert notes["time commenced"] == "14:02"


# -- 13. a host's opening names the guest ---------------------------------------------------------------------

PODCAST = ("Episode 14 - The Lighthouse Keeper\n\n[00:00:00] Maya Lindgren: Welcome back. Today I'm talking with "
           "Arthur Penhale, who kept the Godrevy light.\n\n[00:00:09] Arthur Penhale: Thank you for having me.\n\n"
           "[00:00:11] Maya Lindgren: What did a night look like?\n\n[00:00:14] Arthur Penhale: Wind the clockwork.\n")


def test_a_hosts_opening_naming_the_guest_gives_both_roles(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, PODCAST), tei_all)
    assert people(root) == {"penhale": ("interviewee", "Arthur Penhale"), "lindgren": ("interviewer", "Maya Lindgren")}
    joined = PODCAST.replace("Today I'm talking with Arthur Penhale, who", "I'm joined by Arthur Penhale, who")
    _, root = _convert(_write(tmp_path, joined), tei_all)
    assert people(root)["lindgren"] == ("interviewer", "Maya Lindgren")


def test_talking_with_someone_who_does_not_speak_gives_no_roles(tmp_path):
    # guard: the person named is no speaker of the file: no roles are read from the sentence
    text = PODCAST.replace("talking with Arthur Penhale", "talking with Jane Morrow")
    _, root = _convert(_write(tmp_path, text))
    assert people(root)["lindgren"] == ("participant", "Maya Lindgren")


def test_a_closing_header_line_after_the_last_turn_is_editorial(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, POLICE + "\nTime concluded: 14:19\n"), tei_all)
    assert turns(root)[-1][2] == "Go ahead."
    editorial = [text_of(p) for d in root.iter(T + "div") if d.get("type") == "editorial" for p in d.iter(T + "p")]
    assert editorial == ["Time concluded: 14:19"]


def test_a_last_turn_under_a_role_key_stays_a_turn(tmp_path):
    # guard: "Interviewer: Thank you." alone after the last answer is the interviewer's last turn
    text = "Interviewer: Where were you born?\n\nSmith: In Leeds.\n\nInterviewer: Thank you.\n"
    _, root = _convert(_write(tmp_path, text))
    assert [text for _, _, text in turns(root)] == ["Where were you born?", "In Leeds.", "Thank you."]


# -- 14. Otter.ai's header: keys in capitals above their values ----------------------------------------------------

OTTER = ("Community garden interview\n\nSun, 5/14 3:12PM • 24:51\n\nSUMMARY KEYWORDS\ngarden, plots, water\n\n"
         "SPEAKERS\nDana Whitfield, Luis Ortega\n\nDana Whitfield  00:02\nHow long have you had the plot?\n\n"
         "Luis Ortega  00:06\nEleven years now.\n\nDana Whitfield  00:15\nAnd the water?\n\nLuis Ortega  00:19\n"
         "From the city.\n\nTranscribed by https://otter.ai\n")


def test_otters_keywords_and_speakers_are_header_data(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, OTTER), tei_all)
    notes = _header_notes(root)
    assert notes["keywords"] == "garden, plots, water"
    # (round 19: one asks, the other answers, so interviewer and interviewee)
    assert people(root) == {"whitfield": ("interviewer", "Dana Whitfield"), "ortega": ("interviewee", "Luis Ortega")}
    front = " ".join(root.find(f".//{T}front").itertext())
    assert "KEYWORDS" not in front and "SPEAKERS" not in front and "5/14" in front


def test_a_heading_in_capitals_over_a_paragraph_is_no_key(tmp_path):
    # guard: "SPEAKERS" over two lines, or another heading over one, stays text
    text = OTTER.replace("SPEAKERS\nDana Whitfield, Luis Ortega", "SPEAKERS\nDana Whitfield\nLuis Ortega").replace(
        "SUMMARY KEYWORDS", "SUMMARY")
    _, root = _convert(_write(tmp_path, text))
    front = " ".join(root.find(f".//{T}front").itertext())
    assert "SUMMARY" in front and "SPEAKERS" in front


# -- 15. Slack's author lines, a transcriber's time in a sound's brackets, a question label in a heading -----------

def test_slacks_author_lines_are_labels(tmp_path, tei_all):
    text = ("#oral-history-project\n\nPriya Nair  10:02 AM\nThanks for joining. Where did you grow up?\n\n"
            "Walter Gray  10:03 AM\nA farm outside Dubbo.\n\nPriya Nair  10:05 AM\nAnd school?\n\n"
            "Walter Gray  10:06 AM\nA one-room school.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [(who, speaker) for who, speaker, _ in turns(root)] == [
        ("nair", "Priya Nair 10:02 AM"), ("gray", "Walter Gray 10:03 AM"), ("nair", "Priya Nair 10:05 AM"),
        ("gray", "Walter Gray 10:06 AM")]
    assert root.find(f".//{T}timeline") is None  # a clock time is no time of the recording


def test_a_sound_with_the_transcribers_time_is_an_incident(tmp_path, tei_all):
    text = ("Interviewer: When did the factory close?\n\nRespondent: In 1983. No, [inaudible 00:12:03] 1984.\n\n"
            "Interviewer: And after?\n\nRespondent: [crosstalk 00:12:10] Some moved away.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [text_of(d) for d in root.iter(T + "desc")] == ["inaudible 00:12:03", "crosstalk 00:12:10"]
    # guard: an editor's bracket with a time in it is no sound
    _, root = _convert(_write(tmp_path, text.replace("[inaudible 00:12:03]", "[the strike began 00:12:03]")))
    assert [text_of(d) for d in root.iter(T + "desc")] == ["crosstalk 00:12:10"]


def _spoken(root) -> list[tuple[str, str, str]]:
    """(who, speaker or "", text) of every turn, those printed without a label too."""
    return [(sp.get("who"), text_of(sp.find(T + "speaker")) if sp.find(T + "speaker") is not None else "",
             " ".join(text_of(p) for p in sp.iter(T + "p"))) for sp in root.iter(T + "sp")]


def test_a_question_heading_that_opens_with_its_label(tmp_path, tei_all):
    text = ("# Five questions for a beekeeper\n\n*Tomas Halvorsen keeps forty hives.*\n\n### Q: How did you start?\n\n"
            "A swarm landed in my tree.\n\n### Q: What is the hardest month?\n\nFebruary.\n\n### Q: Do you name them?\n\n"
            "Only the difficult ones.\n")
    _, root = _convert(_write(tmp_path, text, "t.md"), tei_all)
    assert _spoken(root)[:2] == [("#spk-q", "Q", "How did you start?"), ("#spk-halvorsen", "", "A swarm landed in my tree.")]


# -- 16. an interview answered by e-mail: its header, its quoted numbered questions, its greeting ------------------

EMAIL = ("Subject: Re: Interview questions\nFrom: Helen Okafor\nTo: Mark Devlin\n\nHi Mark, answers below.\n\n"
         "> 1. How did you start restoring furniture?\n\nMy grandfather was a cabinet maker.\n\n"
         "> 2. What is the hardest piece you have worked on?\n\nA Georgian bureau.\n\n> 3. Any advice for beginners?\n\n"
         "Buy good chisels.\n")


def test_an_interview_answered_by_email(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, EMAIL), tei_all)
    # (the reply's sender answers, the one it is sent to asked, as round 23 reads an e-mail's unnumbered questions)
    assert _spoken(root)[:2] == [("#spk-devlin", "", "1. How did you start restoring furniture?"),
                                 ("#spk-okafor", "", "My grandfather was a cabinet maker.")]
    notes = _header_notes(root)
    assert notes["from"] == "Helen Okafor" and notes["to"] == "Mark Devlin"
    # whom the e-mail greets is nobody it names in full: no interviewee "Hi Mark"
    assert all("Hi" not in name for _, name in people(root).values())


def test_a_quoted_number_that_opens_no_question_keeps_its_marker(tmp_path):
    # guard: "> 5 years" is no block quote (as before): the line stays as printed
    text = "Q: How long?\n\nA: Long.\n> 5 years at least.\n\nQ: Why?\n\nA: Work.\n"
    _, root = _convert(_write(tmp_path, text))
    assert _spoken(root)[1][2] == "Long. > 5 years at least."


# -- 17. a podcast's chapters, a clinical study's Int/Pt, Dutch role words, the guest a host names -----------------

CHAPTERS = ("The Clockmaker's Daughter - Episode 31\n\nChapters:\n00:00 Introduction\n02:15 Growing up above the shop\n"
            "11:40 The first watch\n\nHOST: Welcome back. My guest today is Ingrid Solberg, whose father repaired "
            "clocks.\n\nSOLBERG: Thank you.\n\nHOST: What's your first memory of the shop?\n\nSOLBERG: The ticking.\n")


def test_a_podcasts_chapters_are_a_contents_division_and_the_guest_is_named_in_full(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, CHAPTERS), tei_all)
    assert _contents(root) == [("Chapters:", ["00:00 Introduction", "02:15 Growing up above the shop",
                                              "11:40 The first watch"])]
    assert people(root) == {"solberg": ("interviewee", "Ingrid Solberg"), "host": ("interviewer", "HOST")}
    assert root.find(f".//{T}timeline") is None  # a chapter's time is no anchor of the text


def test_times_and_titles_without_a_heading_are_no_chapters(tmp_path):
    # guard: lines of a time and words, under no heading that says they are chapters, stay as printed
    _, root = _convert(_write(tmp_path, CHAPTERS.replace("Chapters:\n", "")))
    assert _contents(root) == []


def test_a_clinical_studys_int_and_pt_and_dutch_role_words(tmp_path, tei_all):
    text = ("Study: Living with pain (participant 14)\nDate of interview: 2 October 2021\n\nInt: A typical morning?\n\n"
            "Pt: I wake at five.\n\nInt: How long before you can move?\n\nPt: An hour.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert people(root) == {"int": ("interviewer", "Int"), "pt": ("interviewee", "Pt")}
    dutch = ("Interview met Johanna de Vries\nDatum: 14 maart 2016\nPlaats: Zwolle\nInterviewer: Pieter Bakker\n\n"
             "Interviewer: Waar bent u geboren?\n\nGeïnterviewde: In Kampen, in 1931.\n\nInterviewer: Wat deed uw vader?\n\n"
             "Geïnterviewde: Hij was visser.\n")
    _, root = _convert(_write(tmp_path, dutch), tei_all)
    assert people(root) == {"vries": ("interviewee", "Johanna de Vries"), "bakker": ("interviewer", "Pieter Bakker")}


def test_pt_beside_a_name_is_someones_initials(tmp_path):
    # guard: "PT:" beside "SMITH:" names no role (an abbreviation names one only beside the other role's)
    text = "SMITH: Where were you?\n\nPT: At home.\n\nSMITH: Alone.\n\nPT: Yes.\n"  # (round 19: one question, no roles by asking)
    _, root = _convert(_write(tmp_path, text))
    assert people(root) == {"smith": ("participant", "SMITH"), "pt": ("participant", "PT")}


# -- 18. a bold name and a dash; a typescript's page marked in brackets -------------------------------------------

def test_a_bold_name_before_a_dash_is_a_label(tmp_path, tei_all):
    text = ("# The baker of Rue Oberkampf\n\n**Claire Martin** — When did you take over the bakery?\n\n"
            "**Henri Dubois** — In 1988, from my uncle.\n\n**Claire Martin** — Is it the same oven?\n\n"
            "**Henri Dubois** — The same.\n")
    _, root = _convert(_write(tmp_path, text, "t.md"), tei_all)
    assert [(who, speaker, said) for who, speaker, said in turns(root)][:2] == [
        ("martin", "Claire Martin", "When did you take over the bakery?"), ("dubois", "Henri Dubois", "In 1988, from my uncle.")]


def test_a_page_marked_in_brackets_between_turns_is_a_note(tmp_path, tei_all):
    text = ("QUINN: What do you remember of the mill?\n\nHALLORAN: The noise.\n\n[Page 2]\n\nQUINN: And the pay?\n\n"
            "HALLORAN: Eleven shillings, as it says on [p. 12] of the ledger.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    div = root.find(f".//{T}body/{T}div")
    assert [text_of(n) for n in div if n.tag == T + "note"] == ["[Page 2]"]
    # guard: a page reference inside a sentence is the text's (an editors' bracket, as before)
    assert turns(root)[3][2] == "Eleven shillings, as it says on [p. 12] of the ledger."


# -- 19. a Markdown list of bold-labelled turns; a bar between a label and its time ------------------------------

def test_bold_labels_in_a_markdown_list_are_turns(tmp_path, tei_all):
    text = ("# Notes from the allotment\n\n- **Q:** How long have you had the plot?\n- **A:** Since 1998.\n"
            "- **Q:** What grows best?\n- **A:** Beans.\n")
    _, root = _convert(_write(tmp_path, text, "t.md"), tei_all)
    assert [(who, said) for who, _, said in turns(root)] == [
        ("q", "How long have you had the plot?"), ("a", "Since 1998."), ("q", "What grows best?"), ("a", "Beans.")]


def test_a_list_inside_an_answer_stays_its_text(tmp_path):
    # guard: list items without a bold label (or with bold words and no colon) are the answer's lines
    text = ("**Q:** What do you grow?\n\n**A:** Three things:\n\n- **beans**, always\n- potatoes\n\n**Q:** Why?\n\n"
            "**A:** Habit.\n")
    _, root = _convert(_write(tmp_path, text, "t.md"))
    assert [who for who, _, _ in turns(root)] == ["q", "a", "q", "a"]


def test_a_bar_between_a_label_and_its_time(tmp_path, tei_all):
    text = ("Speaker 1 | 00:00\nCan you hear me?\n\nSpeaker 2 | 00:03\nYes.\n\nSpeaker 1 | 00:05\nGood.\n\n"
            "Speaker 2 | 00:09\nThe harbour was everything.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [(who, speaker) for who, speaker, _ in turns(root)] == [("speaker-1", "Speaker 1"), ("speaker-2", "Speaker 2")] * 2
    assert len(root.findall(f".//{T}timeline/{T}when")) == 5  # the origin and the four turns' times
