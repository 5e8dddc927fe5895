"""Transcript shapes of the seventeenth probe round: bylines in Italian, Spanish and Portuguese ("di Marco Rossi",
"Por Ana López"), a place and a date alone under a title ("Matera, 14 marzo 2019"), dates of other calendars (the
Thai Buddhist era, Japanese and Taiwanese eras), Chinese header keys in traditional characters, a bracket inside a
name ("Colonel (ret.) Martha Voss"). Each test says what the TEI holds and that no word of the source is lost; the
guard tests that a rule does not fire on look-alike text."""

from __future__ import annotations

from tei_edition.dates import iso_date

from .converting import T, convert_checked as _convert, people, text_of, turns, write as _write
from .test_shapes_round16 import _notes, _refs  # the links of note marks, read as round 16 reads them


def _creation(root) -> list[tuple[str | None, str]]:
    return [(d.get("when"), text_of(d)) for c in root.iter(T + "creation") for d in c.iter(T + "date")]


def _place(root) -> list[str]:
    return [text_of(p) for c in root.iter(T + "creation") for p in c.iter(T + "placeName")]


def _front(root) -> list[str]:
    return [text_of(p) for p in root.iter(T + "p") if any(a.tag == T + "front" for a in p.iterancestors())]


# -- 1. bylines in other languages name the interviewer ----------------------------------------------------------

ITALIAN = ("Il pane di mia nonna\n\nIntervista a Giulia Bianchi, fornaia di Matera\n\ndi Marco Rossi\n\n"
           "Matera, 14 marzo 2019\n\nD: Quando ha cominciato a fare il pane?\n\nR: A nove anni, con mia nonna.\n\n"
           "D: E oggi il forno è lo stesso?\n\nR: Lo stesso forno a legna, sì.\n")


def test_an_italian_byline_in_small_letters_names_the_interviewer(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, ITALIAN), tei_all)
    assert people(root) == {"rossi": ("interviewer", "Marco Rossi"), "bianchi": ("interviewee", "Giulia Bianchi")}
    assert [who for who, _, _ in turns(root)] == ["rossi", "bianchi", "rossi", "bianchi"]
    # the byline is a paragraph of its own, not the end of the line above it (a sentence split by the layout)
    assert _front(root) == ["Intervista a Giulia Bianchi, fornaia di Matera", "di Marco Rossi", "Matera, 14 marzo 2019"]
    # … and the place and date under it are the interview's
    assert _creation(root) == [("2019-03-14", "14 marzo 2019")] and _place(root) == ["Matera"]


def test_a_title_line_does_not_run_into_the_byline_under_it(tmp_path, tei_all):
    text = ("Intervista con Lorenzo Gatti, liutaio\n\ndi Chiara Fontana\n\nFONTANA: Come si diventa liutaio?\n\n"
            "GATTI: Con la pazienza.\n\nFONTANA: Quale legno preferisce?\n\nGATTI: L'abete.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert root.findtext(f".//{T}titleStmt/{T}title[@type='main']") == "Intervista con Lorenzo Gatti, liutaio"
    assert people(root) == {"fontana": ("interviewer", "Chiara Fontana"), "gatti": ("interviewee", "Lorenzo Gatti")}


def test_spanish_and_portuguese_bylines_name_the_interviewer(tmp_path, tei_all):
    spanish = ("El río nos enseñó a esperar\n\nEntrevista con Carlos Ruiz Ortega, pescador\n\nPor Ana López Serrano\n\n"
               "P: ¿Cómo empezó en la pesca?\n\nR: Con mi padre.\n\nP: ¿Y el futuro?\n\nR: Es de los que esperan.\n")
    _, root = _convert(_write(tmp_path, spanish), tei_all)
    assert people(root) == {"serrano": ("interviewer", "Ana López Serrano"),
                            "ortega": ("interviewee", "Carlos Ruiz Ortega")}
    portuguese = ("A escola era a nossa casa\n\nEntrevista com Maria do Carmo Ferreira\n\nPor João Pedro Alves\n\n"
                  "Lisboa, 22 de outubro de 2017\n\nJoão Pedro Alves: Como era a escola?\n\n"
                  "Maria do Carmo Ferreira: Uma sala só.\n\nJoão Pedro Alves: Quantos anos ensinou?\n\n"
                  "Maria do Carmo Ferreira: Trinta e oito.\n")
    _, root = _convert(_write(tmp_path, portuguese), tei_all)
    assert people(root) == {"alves": ("interviewer", "João Pedro Alves"),
                            "ferreira": ("interviewee", "Maria do Carmo Ferreira")}
    assert _creation(root) == [("2017-10-22", "22 de outubro de 2017")] and _place(root) == ["Lisboa"]


def test_a_byline_over_the_place_and_date_and_a_publications_voice(tmp_path, tei_all):
    # the publication's voice is the byline's writer asking in its name, as "ZEIT:" is (round 18: whatever the
    # length of the publication's name)
    text = ("\"Lisboa mudou\"\n\nEntrevista com o arquiteto João Mendes Ribeiro.\n\nPor Ana Sofia Carvalho\n"
            "Lisboa, 14 de junho de 2019\n\nPÚBLICO: Como começou este projeto?\n\nJOÃO MENDES RIBEIRO: Com uma rua.\n\n"
            "PÚBLICO: E agora?\n\nJOÃO MENDES RIBEIRO: Agora esperamos.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert people(root) == {"carvalho": ("interviewer", "Ana Sofia Carvalho"),
                            "ribeiro": ("interviewee", "João Mendes Ribeiro")}
    assert [(who, speaker) for who, speaker, _ in turns(root)][:2] == [("carvalho", "PÚBLICO"), ("ribeiro", "JOÃO MENDES RIBEIRO")]


def test_por_or_di_inside_a_sentence_is_no_byline(tmp_path):
    # guard: a paragraph that goes on after the name, and a sentence that goes on in small letters, are no bylines
    text = ITALIAN.replace("di Marco Rossi\n\n", "").replace(
        "Intervista a Giulia Bianchi, fornaia di Matera", "La storia di una famiglia raccontata\n\ndi Marco Rossi, che la conosce")
    _, root = _convert(_write(tmp_path, text))
    assert "rossi" not in people(root)
    assert "La storia di una famiglia raccontata di Marco Rossi, che la conosce" in _front(root)
    text = ITALIAN.replace("di Marco Rossi", "Por la tarde hablamos con ella.")
    _, root = _convert(_write(tmp_path, text))
    assert people(root)["d"] == ("interviewer", "D")


# -- 2. a date alone under the title lines ----------------------------------------------------------------------

def test_a_place_and_date_under_title_lines_date_the_interview(tmp_path, tei_all):
    text = ("STANDING COMMITTEE ON FISHERIES\n\nEVIDENCE\n\nThursday, February 8, 2024\n\n"
            "The Chair: I call this meeting to order.\n\nDr. Tallis: Thank you.\n\nThe Chair: Thank you.\n\n"
            "Dr. Tallis: Thank you again.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _creation(root) == [("2024-02-08", "Thursday, February 8, 2024")] and _place(root) == []


def test_a_weekday_or_a_heading_in_capitals_is_no_place(tmp_path):
    # guard: "Wednesday, 9 August 2023" is a date whole; "TRANSCRIPT OF PROCEEDINGS, 11 January 2005" names no place
    text = ("Senate Hansard\n\nWednesday, 9 August 2023\n\nThe PRESIDENT: Order.\n\nSenator SMITH: Thank you.\n\n"
            "The PRESIDENT: Order!\n\nSenator SMITH: Thank you again.\n")
    _, root = _convert(_write(tmp_path, text))
    assert _creation(root) == [("2023-08-09", "Wednesday, 9 August 2023")] and _place(root) == []
    text = text.replace("Wednesday, 9 August 2023", "TRANSCRIPT OF PROCEEDINGS, 11 January 2005")
    _, root = _convert(_write(tmp_path, text))
    assert _creation(root) == [("2005-01-11", "11 January 2005")] and _place(root) == []


def test_a_date_under_a_sentence_still_dates_nothing(tmp_path):
    # guard: under a kicker that is a sentence, a place and a date may be the article's: none is taken
    text = ITALIAN.replace("Intervista a Giulia Bianchi, fornaia di Matera", "Parla la fornaia Giulia Bianchi.")
    _, root = _convert(_write(tmp_path, text))
    assert _creation(root) == []


# -- 3. dates of other calendars ---------------------------------------------------------------------------------

def test_dates_of_eras_and_the_buddhist_calendar():
    assert iso_date("15 มีนาคม พ.ศ. 2543") == "2000-03-15"
    assert iso_date("5 มีนาคม 2562") == "2019-03-05"  # a Thai date's year is of the Buddhist era
    assert iso_date("令和3年4月10日") == "2021-04-10"
    assert iso_date("令和元年5月1日") == "2019-05-01"
    assert iso_date("平成31年4月30日") == "2019-04-30"
    assert iso_date("昭和64年1月7日") == "1989-01-07"
    assert iso_date("民國110年3月5日") == "2021-03-05"
    # guard: a day outside its era, a year of ours with a Thai month, a year of ours in any other date
    assert iso_date("令和1年4月1日") is None and iso_date("平成32年1月1日") is None
    assert iso_date("5 มีนาคม 2019") == "2019-03-05"
    assert iso_date("March 2562") == "2562-03" and iso_date("2021年4月10日") == "2021-04-10"


def test_a_thai_header_date_of_the_buddhist_era(tmp_path, tei_all):
    text = ("บทสัมภาษณ์ คุณสมชาย ศรีสุข\nผู้สัมภาษณ์: วิภาวรรณ ทองดี\nวันที่: 15 มีนาคม พ.ศ. 2543\nสถานที่: เชียงใหม่\n\n"
            "ผู้สัมภาษณ์: คุณเริ่มทำร่มตั้งแต่เมื่อไร\n\nสมชาย: ตั้งแต่อายุสิบสองปีครับ\n\n"
            "ผู้สัมภาษณ์: ขอบคุณมากค่ะ\n\nสมชาย: ยินดีครับ\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _creation(root) == [("2000-03-15", "15 มีนาคม พ.ศ. 2543")]


def test_a_chinese_header_in_traditional_characters(tmp_path, tei_all):
    text = ("訪談：陳美玲女士\n訪談者：林志明\n日期：民國110年3月5日\n地點：台南\n\n林：請問您幾歲開始做布袋戲？\n\n"
            "陳：十五歲。\n\n林：現在還有人學嗎？\n\n陳：很少了。\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert root.findtext(f".//{T}titleStmt/{T}title[@type='main']") == "訪談：陳美玲女士"
    assert people(root) == {"陳美玲": ("interviewee", "陳美玲"), "林志明": ("interviewer", "林志明")}
    assert _creation(root) == [("2021-03-05", "民國110年3月5日")] and _place(root) == ["台南"]


# -- 4. a bracket inside a name ----------------------------------------------------------------------------------

def test_a_bracket_inside_a_name_is_no_affiliation(tmp_path, tei_all):
    text = ("Interview with Colonel (ret.) Martha Voss\nInterviewer: Daniel Price\n\n"
            "PRICE: Where were you posted first?\n\nVOSS: Fort Huachuca.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert people(root)["voss"] == ("interviewee", "Colonel Martha Voss")
    assert root.find(f".//{T}person/{T}affiliation") is None


def test_a_bracket_after_a_name_is_still_the_remark(tmp_path):
    # guard: "Jane Doe (hydrologist)" keeps her remark
    text = ("Interview with Pieter Visser (Deltares)\nInterviewer: Daniel Price\n\n"
            "PRICE: Where did you start?\n\nVISSER: In Delft.\n")
    _, root = _convert(_write(tmp_path, text))
    assert [text_of(a) for a in root.iter(T + "affiliation")] == ["Deltares"]


# -- 5. superscript and symbol note marks linked to the closing notes --------------------------------------------

SUPERSCRIPTS = ("Interview with Professor Alan Mercer\nInterviewer: Ruth Okafor\n\n"
                "OKAFOR: You studied under Dorothy Hodgkin?¹\n\nMERCER: For two years, at Oxford.\n\n"
                "OKAFOR: And then Manchester²?\n\nMERCER: In 1971. The roof leaked.³\n\n"
                "Notes\n\n¹ Dorothy Crowfoot Hodgkin (1910–1994).\n² The University of Manchester.\n"
                "³ The roof was repaired in 1974.\n")


def test_superscript_marks_point_at_the_closing_notes(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, SUPERSCRIPTS), tei_all)
    assert _refs(root) == [("#t-note1", "¹"), ("#t-note2", "²"), ("#t-note3", "³")]
    assert _notes(root) == {"t-note1": ("1", "Dorothy Crowfoot Hodgkin (1910–1994)."),
                            "t-note2": ("2", "The University of Manchester."),
                            "t-note3": ("3", "The roof was repaired in 1974.")}
    # a mark right after a word ("Manchester²") is linked apart from it, the word as printed
    assert "And then Manchester²?" in [text_of(p) for p in root.iter(T + "p")]
    assert [text_of(p) for p in root.find(f".//{T}div[@type='notes']").findall(T + "p")][0] == (
        "¹ Dorothy Crowfoot Hodgkin (1910–1994).")
    assert any("in superscript" in text_of(p) for p in root.iter(T + "normalization"))


def test_superscripts_that_do_not_match_the_notes_stay_text(tmp_path):
    # guard: a square metre ("40 m²") among the marks, or a mark missing, links nothing
    for text in (SUPERSCRIPTS.replace("For two years", "For two years, in 40 m² of lab"),
                 SUPERSCRIPTS.replace("Manchester²?", "Manchester?")):
        _, root = _convert(_write(tmp_path, text))
        assert _refs(root) == [] and _notes(root) == {}


SYMBOLS = ("Interview with Colonel Martha Voss\nInterviewer: Daniel Price\n\n"
           "PRICE: Where were you posted first?\n\nVOSS: Fort Huachuca,* in the signals school.\n\n"
           "PRICE: And after that?\n\nVOSS: Germany, with the 7th Army.† I was the only woman there.\n\n"
           "PRICE: How did that feel?\n\nVOSS: Lonely, and very well organised.\n\n"
           "* Fort Huachuca, Arizona, home of the Army Intelligence Center.\n"
           "† Seventh United States Army, then in Heidelberg.\n")


def test_notes_of_symbol_marks_after_the_last_turn_are_notes_not_speech(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, SYMBOLS), tei_all)
    notes = root.find(f".//{T}div[@type='notes']")
    assert notes is not None and notes.find(T + "head") is None
    assert turns(root)[-1] == ("voss", "VOSS", "Lonely, and very well organised.")
    assert _refs(root) == [("#t-note1", "*"), ("#t-note2", "†")]
    assert _notes(root) == {"t-note1": ("1", "Fort Huachuca, Arizona, home of the Army Intelligence Center."),
                            "t-note2": ("2", "Seventh United States Army, then in Heidelberg.")}


def test_a_bullet_list_closing_the_last_answer_stays_speech(tmp_path):
    # guard: stars the text does not print after a word are a list of the last answer, no notes
    text = SYMBOLS.replace("Huachuca,*", "Huachuca,").replace("Army.†", "Army.").replace(
        "* Fort Huachuca, Arizona, home of the Army Intelligence Center.\n† Seventh United States Army, then in "
        "Heidelberg.\n", "* candles\n* blankets\n")
    _, root = _convert(_write(tmp_path, text))
    assert root.find(f".//{T}div[@type='notes']") is None
    assert turns(root)[-1] == ("voss", "VOSS", "Lonely, and very well organised. * candles * blankets")


# -- 6. a letter or a poem read out keeps its lines --------------------------------------------------------------

LETTER = ("Interview with Dorothy Keane\nInterviewer: Sam Whitfield\nDate: 12 May 2006\n\n"
          "WHITFIELD: You brought the letter your brother sent from Korea in the winter of 1950?\n\n"
          "KEANE: I did. I'll read it, if I can get through it.\n\nDear Dot,\n"
          "It is colder here than Grandpa's barn in January.\nWe move north tomorrow and I can't say where.\n"
          "Tell Mother I am eating.\nYour loving brother,\nFrank\n\n"
          "KEANE: That was the last one.\n\nWHITFIELD: I'm sorry.\n")


def _line_broken(root) -> list[list[str]]:
    """The lines of every paragraph that holds an lb."""
    out = []
    for p in root.iter(T + "p"):
        if p.find(T + "lb") is not None:
            lines, current = [], [p.text or ""]
            for child in p:
                if child.tag == T + "lb":
                    lines.append(" ".join("".join(current).split()))
                    current = [child.tail or ""]
                else:
                    current.extend([text_of(child), child.tail or ""])
            out.append(lines + [" ".join("".join(current).split())])
    return out


def test_a_letter_read_out_keeps_its_lines(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, LETTER), tei_all)
    assert _line_broken(root) == [["Dear Dot,", "It is colder here than Grandpa's barn in January.",
                                   "We move north tomorrow and I can't say where.", "Tell Mother I am eating.",
                                   "Your loving brother,", "Frank"]]
    assert any("an lb where each next line begins" in text_of(p) for p in root.iter(T + "segmentation"))


def test_a_poem_after_the_label_keeps_its_lines(tmp_path, tei_all):
    text = ("HOST: Welcome back to Word of Mouth. My guest is the poet Nia Osei. Will you read the opening of Harbour?\n\n"
            "OSEI: Of course.\nThe boats come in at five,\ntheir bellies full of light;\nmy father counts the gulls\n"
            "and never the fish.\n\nHOST: Why the gulls?\n\nOSEI: Because the gulls were his.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _line_broken(root) == [["Of course.", "The boats come in at five,", "their bellies full of light;",
                                   "my father counts the gulls", "and never the fish."]]


def test_stanzas_and_a_quoted_letter_of_a_short_file_keep_their_lines(tmp_path, tei_all):
    text = ("Interview with Nia Osei\nInterviewer: Tom Hale\n\nHALE: Would you read it?\n\nOSEI: Yes.\n\n"
            "The boats come in at five,\ntheir bellies full of light;\nmy father counts the gulls\nand never the fish.\n\n"
            "The boats go out at dawn,\ntheir bellies full of dark;\nmy mother counts the boats,\nand never the men.\n\n"
            "HALE: Thank you.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [lines[0] for lines in _line_broken(root)] == ["The boats come in at five,", "The boats go out at dawn,"]
    letter = ("# Letters home\n\n**Interviewer:** Would you read the letter?\n\n**Dorothy Keane:** Yes.\n\n"
              "> Dear Dot,\n> It is colder here than Grandpa's barn in January.\n> Your loving brother,\n> Frank\n\n"
              "**Interviewer:** Thank you.\n")
    _, root = _convert(_write(tmp_path, letter, "t.md"), tei_all)
    assert _line_broken(root) == [["Dear Dot,", "It is colder here than Grandpa's barn in January.",
                                   "Your loving brother,", "Frank"]]


def test_hard_wrapped_answers_are_joined_as_before(tmp_path):
    # guard: lines filled to the width they wrap at, or broken inside a sentence, are one paragraph's words
    wrapped = ("INTERVIEWER: When did you come to the mill, and what was the first job they gave you?\n\n"
               "SMITH: I came in the spring of 1952, when I was sixteen years old and\n"
               "had lied about it to the foreman, who knew and did not care at all.\n"
               "They put me on the saws after a year of sweeping the floors there,\n"
               "and you learned fast or you lost a finger, which my brother did.\n\n"
               "INTERVIEWER: Thank you.\n\nSMITH: You are welcome.\n")
    _, root = _convert(_write(tmp_path, wrapped))
    assert _line_broken(root) == []
    short = wrapped.replace("I came in the spring of 1952, when I was sixteen years old and\n", "I came in 1952 and\n")
    _, root = _convert(_write(tmp_path, short))
    assert _line_broken(root) == []
    # and two lines are no letter
    _, root = _convert(_write(tmp_path, LETTER.replace("Tell Mother I am eating.\nYour loving brother,\nFrank\n", "")
                              .replace("It is colder here than Grandpa's barn in January.\n", "")))
    assert _line_broken(root) == []


def test_the_segmentation_names_the_songs_lg(tmp_path, tei_all):
    text = "HOST: What did she sing?\n\nGUEST: This one.\n\n♪ Down by the river ♪\n♪ where the willows grow ♪\n\nHOST: Lovely.\n"
    _, root = _convert(_write(tmp_path, text), tei_all)
    segmentation = " ".join(text_of(p) for p in root.iter(T + "segmentation"))
    assert "an lg of l elements" in segmentation and "Every div, sp, lg and p" in segmentation
    _, root = _convert(_write(tmp_path, text.replace("♪ Down by the river ♪\n♪ where the willows grow ♪\n\n", "")))
    assert "lg" not in " ".join(text_of(p) for p in root.iter(T + "segmentation"))


# -- 7. German and French credits of the interviewer -------------------------------------------------------------

ZEIT = ("„Wir haben zu lange gewartet“\n\nDie Hydrologin Petra Brandt über trockene Sommer und leere Brunnen.\n\n"
        "Interview: Jonas Weber\n\nZEIT: Frau Brandt, wie trocken ist Brandenburg?\n\nBrandt: Sehr trocken.\n\n"
        "ZEIT: Was heißt das?\n\nBrandt: Dass wir anders säen müssen.\n")


def test_a_german_interview_credit_names_the_journalist(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, ZEIT), tei_all)
    # the article and noun opening the standfirst are no part of her name; the credit names him, who asks as ZEIT
    assert people(root) == {"weber": ("interviewer", "Jonas Weber"), "brandt": ("interviewee", "Petra Brandt")}
    assert [(who, speaker) for who, speaker, _ in turns(root)] == [("weber", "ZEIT"), ("brandt", "Brandt")] * 2
    assert "Interview: Jonas Weber" in _front(root)


def test_an_interview_line_naming_who_speaks_or_over_stand_ins_credits_nobody(tmp_path):
    # guard: "Interview: Petra Brandt" names the one who answers; over "Q:"/"A:" it says nothing of roles
    _, root = _convert(_write(tmp_path, ZEIT.replace("Interview: Jonas Weber", "Interview: Petra Brandt")))
    assert "weber" not in people(root) and people(root)["brandt"] == ("interviewee", "Petra Brandt")
    text = ZEIT.replace("ZEIT:", "Q:").replace("Brandt:", "A:").replace("Die Hydrologin Petra Brandt", "Eine Hydrologin")
    _, root = _convert(_write(tmp_path, text))
    assert "weber" not in people(root)


def test_a_closing_credit_names_the_interviewer(tmp_path, tei_all):
    text = ("„Wir haben die Mauer nicht kommen sehen“\n\nEin Gespräch über eine Kindheit in Berlin-Mitte.\n\n"
            "Frage: Wo waren Sie am 13. August 1961?\n\nAntwort: Bei meiner Großmutter.\n\n"
            "Frage: Was haben Sie gesehen?\n\nAntwort: Soldaten.\n\nDas Gespräch führte Thomas Berger.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert people(root)["berger"] == ("interviewer", "Thomas Berger")
    assert [who for who, _, _ in turns(root)][::2] == ["berger", "berger"]
    french = ("# « La vigne ne ment jamais »\n\n**Quand avez-vous repris le domaine ?**\n\nEn 1994.\n\n"
              "**Et la canicule de 2003 ?**\n\nNous avons vendangé le 20 août.\n\n"
              "**Le vin jaune a-t-il changé ?**\n\nIl est plus riche.\n\n*Propos recueillis par Sophie Lenoir*\n")
    _, root = _convert(_write(tmp_path, french, "t.md"), tei_all)
    assert people(root)["lenoir"] == ("interviewer", "Sophie Lenoir")
    assert [sp.get("who") for sp in root.iter(T + "sp")][::2] == ["#spk-lenoir"] * 3


def test_a_capitalised_article_inside_a_sentence_is_kept(tmp_path):
    # guard: only an article opening a sentence is dropped with its noun; four words after "mit" keep the rule of
    # round 14 (one noun after a small article)
    text = ZEIT.replace("Die Hydrologin Petra Brandt über", "Ein Gespräch mit der Hydrologin Petra Brandt über")
    _, root = _convert(_write(tmp_path, text))
    assert people(root)["brandt"] == ("interviewee", "Petra Brandt")


# -- 8. a committee's members, chair and witnesses -----------------------------------------------------------------

COMMITTEE = ("STANDING COMMITTEE ON FISHERIES AND OCEANS\n\nEVIDENCE\n\nThursday, February 8, 2024\n\n"
             "Members present: Ken McDonald (Chair), Mel Arnold, Clifford Small, Lori Idlout\n\n"
             "Witnesses: Dr. Irene Tallis, Memorial University; Mr. Paul Gagnon, Atlantic Salmon Federation\n\n"
             "The Chair (Mr. Ken McDonald): I call this meeting to order. Dr. Tallis, you have five minutes.\n\n"
             "Dr. Irene Tallis: Thank you, Mr. Chair. Capelin stocks have fallen by half.\n\n"
             "The Chair: Thank you. Mr. Arnold, go ahead.\n\nMr. Mel Arnold: Dr. Tallis, what does the science say?\n\n"
             "Dr. Irene Tallis: The same thing, in longer sentences.\n\nMr. Mel Arnold: Mr. Gagnon, do you agree?\n\n"
             "Mr. Paul Gagnon: I do.\n\nThe Chair: Ms. Idlout.\n\nMs. Lori Idlout: Were harvesters consulted?\n\n"
             "Mr. Paul Gagnon: Not enough.\n")


def test_a_committee_record_gives_members_chair_and_witnesses_their_roles(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, COMMITTEE), tei_all)
    assert {key: role for key, (role, _) in people(root).items()} == {
        "mcdonald": "chair", "tallis": "witness", "arnold": "member", "gagnon": "witness", "idlout": "member"}
    assert _creation(root) == [("2024-02-08", "Thursday, February 8, 2024")]
    assert root.find(f".//{T}titleStmt/{T}title[@type='sub']") is None  # nobody is "interviewed"


def test_without_the_lists_a_hearing_names_no_roles(tmp_path):
    # guard: the same record without its lists says nothing of roles
    text = COMMITTEE.replace("Members present: Ken McDonald (Chair), Mel Arnold, Clifford Small, Lori Idlout\n\n", "")
    text = text.replace("Witnesses: Dr. Irene Tallis, Memorial University; Mr. Paul Gagnon, Atlantic Salmon Federation\n\n", "")
    _, root = _convert(_write(tmp_path, text))
    # (the chair alone keeps the role its own label prints: "The Chair (Mr. Ken McDonald)", round 21)
    assert {key: role for key, (role, _) in people(root).items() if role != "participant"} == {"mcdonald": "chair"}


def test_a_broadcast_key_under_the_title_dates_the_programme(tmp_path, tei_all):
    text = ("THE MORNING SHOW\nBroadcast: Saturday, 6 May 2023\n\n[MUSIC: THEME]\n\n"
            "ANNOUNCER: From Studio Four, this is The Morning Show.\n\n[APPLAUSE]\n\nADEYEMI: Good morning.\n\n"
            "HOLLIS: Thank you, Grace.\n\nADEYEMI: What's changed?\n\nHOLLIS: Everything. [LAUGHTER]\n\n"
            "ANNOUNCER: After the news.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _creation(root) == [("2023-05-06", "Saturday, 6 May 2023")]
    assert root.findtext(f".//{T}titleStmt/{T}title[@type='main']") == "THE MORNING SHOW"
    # guard: "Broadcast: …" that is no date stays a turn's words or the headnote's
    _, root = _convert(_write(tmp_path, text.replace("Saturday, 6 May 2023", "live from the market hall")))
    assert _creation(root) == []


# -- 9. numbered interviewers, handles, a publication's fields, the witness ------------------------------------------

def test_numbered_interviewers_are_interviewers(tmp_path, tei_all):
    text = ("Oral history interview with Harold Finch\n\nINTERVIEWER 1: Where were you born?\n\nFINCH: Sheffield.\n\n"
            "INTERVIEWER 2: And your father?\n\nFINCH: A grinder.\n\nINTERVIEWER 1: When did you start?\n\nFINCH: 1946.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert people(root) == {"finch": ("interviewee", "Harold Finch"), "interviewer-1": ("interviewer", "INTERVIEWER 1"),
                            "interviewer-2": ("interviewer", "INTERVIEWER 2")}
    # guard: a numbered participant is no interviewer
    _, root = _convert(_write(tmp_path, text.replace("INTERVIEWER 2", "PARTICIPANT 2")))
    assert people(root)["participant-2"][0] == "participant"


def test_handles_are_labels_one_printed_once_too(tmp_path, tei_all):
    text = ("Twitter Spaces: Open Source Maintainers AMA\nRecorded 12 October 2022\n\n"
            "@kate_dev: Welcome everyone. First question from the chat.\n\n"
            "@mrodriguez: How do you handle burnout as a maintainer?\n\n@kate_dev: I say no a lot more.\n\n"
            "@tom_builds: Same. I closed forty issues last week.\n\n@mrodriguez: Do you ever feel guilty?\n\n"
            "@kate_dev: Every day.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [(who, speaker) for who, speaker, _ in turns(root)] == [
        ("kate-dev", "@kate_dev"), ("mrodriguez", "@mrodriguez"), ("kate-dev", "@kate_dev"),
        ("tom-builds", "@tom_builds"), ("mrodriguez", "@mrodriguez"), ("kate-dev", "@kate_dev")]
    # guard: an address in a sentence is no label
    _, root = _convert(_write(tmp_path, text.replace("@tom_builds: Same.", "Write to @tom_builds: he knows.")))
    assert "tom-builds" not in people(root)


def test_a_publications_fields_after_the_last_turn_are_editorial(tmp_path, tei_all):
    text = ("\"I never wanted to be a pilot\"\n\nCaptain Ruth Adeyemi flew for thirty-one years. She talked to Tom Hale.\n\n"
            "TOM HALE: So how did it start?\n\nRUTH ADEYEMI: By accident.\n\nTOM HALE: And you loved it?\n\n"
            "RUTH ADEYEMI: I hated it. But I went back.\n\nWord count: 1,214\nFiled: 3 June 2016\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert turns(root)[-1] == ("adeyemi", "RUTH ADEYEMI", "I hated it. But I went back.")
    assert [text_of(p) for p in root.find(f".//{T}div[@type='editorial']")] == ["Word count: 1,214 Filed: 3 June 2016"]
    # guard: an answer that says what was filed, in a sentence, stays the speaker's
    _, root = _convert(_write(tmp_path, text.replace("Word count: 1,214\nFiled: 3 June 2016", "Filed: my papers, all of them, in 1990: a mess.")))
    assert root.find(f".//{T}div[@type='editorial']") is None


def test_the_witness_is_who_answers(tmp_path, tei_all):
    text = ("THE COURT: Please be seated. Mr. Alvarez, you may proceed.\n\nQ. Officer Kent, where were you?\n\n"
            "A. On patrol.\n\nQ. Alone?\n\nA. With my partner.\n\nTHE COURT: Speak up, please.\n\n"
            "THE WITNESS: With my partner.\n\nQ. What did you see?\n\nA. A gray sedan.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [(who, speaker) for who, speaker, _ in turns(root)][5:7] == [("court", "THE COURT"), ("a", "THE WITNESS")]
    assert "witness" not in people(root)
    # guard: without answers labelled A., "THE WITNESS" is a speaker of its own
    _, root = _convert(_write(tmp_path, text.replace("A. ", "MS. KENT: ")))
    assert "witness" in people(root)


# -- 10. Markdown's footnotes; a note's printed mark ---------------------------------------------------------------

MARKDOWN_NOTES = ("# The mapmaker of Lagos\n\n**Interviewer:** When did you draw your first map?\n\n"
                  "**Adaeze Okonkwo:** In 1979, for my father's taxi drivers.[^1] They kept getting lost.\n\n"
                  "**Interviewer:** And the bus map?\n\n**Adaeze Okonkwo:** That was 1994. The molue drivers[^2] laughed.\n\n"
                  "[^1]: Her father ran a fleet of six taxis.\n[^2]: Molue: the large yellow buses of Lagos.\n")


def test_markdown_footnotes_are_linked_notes(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, MARKDOWN_NOTES, "t.md"), tei_all)
    assert turns(root)[-1] == ("okonkwo", "Adaeze Okonkwo", "That was 1994. The molue drivers[^2] laughed.")
    assert _refs(root) == [("#t-note1", "[^1]"), ("#t-note2", "[^2]")]
    assert _notes(root) == {"t-note1": ("1", "Her father ran a fleet of six taxis."),
                            "t-note2": ("2", "Molue: the large yellow buses of Lagos.")}
    paragraphs = root.find(f".//{T}div[@type='notes']").findall(T + "p")
    assert [text_of(p) for p in paragraphs][0] == "[^1]: Her father ran a fleet of six taxis."


def test_a_notes_printed_mark_is_no_interpolation(tmp_path, tei_all):
    text = ("Interview with Judge Harriet Cole\n\nINTERVIEWER: You clerked for Justice Brennan?[1]\n\n"
            "COLE: For one term.\n\nINTERVIEWER: And then Legal Aid?[2]\n\nCOLE: Yes.\n\n"
            "NOTES\n\n[1] William J. Brennan Jr.\n[2] The Legal Aid Society of New York.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    notes = root.find(f".//{T}div[@type='notes']")
    assert [(seg.get("type"), seg.get("resp"), seg.text) for seg in notes.iter(T + "seg")] == [
        ("notemark", None, "[1]"), ("notemark", None, "[2]")]
    # no bracket of the source's editors is left, so the header declares none
    normalization = " ".join(text_of(p) for p in root.iter(T + "normalization"))
    assert "interpolation" not in normalization and "seg[@type='notemark']" in normalization
    # guard: an editors' bracket elsewhere stays an interpolation, and declared
    _, root = _convert(_write(tmp_path, text.replace("For one term.", "For one term [1968].")), tei_all)
    assert [seg.get("type") for seg in root.iter(T + "seg")] == ["interpolation", "notemark", "notemark"]
    assert "seg[@type='interpolation']" in " ".join(text_of(p) for p in root.iter(T + "normalization"))


def test_markdown_footnote_definitions_without_marks_stay_text(tmp_path):
    # guard: definitions whose marks the text does not print are the last answer's words
    text = MARKDOWN_NOTES.replace("drivers.[^1]", "drivers.").replace("drivers[^2]", "drivers")
    _, root = _convert(_write(tmp_path, text, "t.md"))
    assert root.find(f".//{T}div[@type='notes']") is None and _refs(root) == []


# -- 11. Ukrainian, Norwegian and Danish header keys ---------------------------------------------------------------

def test_a_ukrainian_header_and_title_in_the_instrumental(tmp_path, tei_all):
    text = ("Інтерв'ю з Оксаною Мельник\nІнтерв'юер: Андрій Коваль\nДата: 5 травня 2016\nМісце: Львів\n\n"
            "КОВАЛЬ: Коли ви почали вишивати?\n\nМЕЛЬНИК: У сім років.\n\nКОВАЛЬ: А тепер?\n\nМЕЛЬНИК: Сорочки.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert people(root) == {"коваль": ("interviewer", "Андрій Коваль"), "мельник": ("interviewee", "Оксана Мельник")}
    assert _creation(root) == [("2016-05-05", "5 травня 2016")] and _place(root) == ["Львів"]
    # guard: a man's name in the instrumental is not undone; the label names him as printed
    _, root = _convert(_write(tmp_path, text.replace("Оксаною Мельник", "Петром Мельником")))
    assert people(root)["мельник"] == ("interviewee", "МЕЛЬНИК")


def test_norwegian_and_danish_date_and_place_keys(tmp_path, tei_all):
    text = ("Intervju med Ingrid Haugen\nIntervjuer: Lars Berg\nDato: 14. juni 2011\nSted: Tromsø\n\n"
            "BERG: Når begynte du å fiske?\n\nHAUGEN: Jeg var tolv.\n\nBERG: Var det vanlig?\n\nHAUGEN: Nei.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert people(root) == {"haugen": ("interviewee", "Ingrid Haugen"), "berg": ("interviewer", "Lars Berg")}
    assert _creation(root) == [("2011-06-14", "14. juni 2011")] and _place(root) == ["Tromsø"]


# -- 12. a role in square brackets, honorifics of other languages, headnote dates of other languages -------------

def test_a_role_word_in_square_brackets_is_the_role(tmp_path, tei_all):
    text = ("JANE DOE [HOST]: Welcome. With me is the architect Omar Haddad.\n\nOMAR HADDAD [GUEST]: Thank you, Jane.\n\n"
            "JANE DOE [HOST]: Why mud brick?\n\nOMAR HADDAD [GUEST]: Because it breathes.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert people(root) == {"doe": ("interviewer", "JANE DOE"), "haddad": ("interviewee", "OMAR HADDAD")}
    assert turns(root)[0][1] == "JANE DOE [HOST]"
    # guard: a stage direction in square brackets is no role
    _, root = _convert(_write(tmp_path, text.replace("[HOST]", "[laughing]").replace("[GUEST]", "[smiling]")))
    assert {role for role, _ in people(root).values()} == {"participant"}


def test_spanish_honorifics_before_labels_and_names(tmp_path, tei_all):
    text = ("Entrevista a la Sra. Carmen Vidal\nEntrevistador: Jorge Molina\n\n"
            "Sr. Molina: ¿Cuántos años tenía cuando abrió la tienda?\n\nSra. Vidal: Veintidós.\n\n"
            "Sr. Molina: ¿Y quién le ayudó?\n\nSra. Vidal: Mi madre.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert people(root) == {"vidal": ("interviewee", "Sra. Carmen Vidal"), "molina": ("interviewer", "Jorge Molina")}
    assert [who for who, _, _ in turns(root)] == ["molina", "vidal"] * 2


def test_a_headnote_sentence_dates_the_interview_in_other_languages(tmp_path, tei_all):
    for sentence, when in (("Entrevista realizada el 3 de mayo de 2012 en Cádiz.", "2012-05-03"),
                           ("Entretien réalisé le 14 février 2011 à Lens.", "2011-02-14"),
                           ("Das Gespräch wurde am 12. März 2009 in Bochum geführt.", "2009-03-12"),
                           ("Intervista registrata il 2 maggio 2015 a Torino.", "2015-05-02")):
        text = (f"Memorias del puerto\n\n{sentence}\n\nQ: ¿Cuándo empezó?\n\nA: Con catorce años.\n\n"
                "Q: ¿Y el trabajo?\n\nA: Duro.\n")
        _, root = _convert(_write(tmp_path, text), tei_all)
        assert [d for d, _ in _creation(root)] == [when], sentence
    # guard: a date the sentence gives of something else, not of the interview, dates nothing
    text = ("Memorias del puerto\n\nEl puerto cerró el 3 de mayo de 2012.\n\nQ: ¿Cuándo empezó?\n\nA: Con catorce años.\n\n"
            "Q: ¿Y el trabajo?\n\nA: Duro.\n")
    _, root = _convert(_write(tmp_path, text))
    assert _creation(root) == []


# -- 13. an article and a noun before the name, given names sharing a surname, a translator's note ----------------

def test_an_article_and_a_noun_before_the_name_of_the_interviewee(tmp_path, tei_all):
    text = ("\"La cocina es memoria\"\n\nEntrevista con la cocinera Lucía Sanz\n\n"
            "Entrevistadora: ¿Quién le enseñó a cocinar?\n\nEntrevistada: Mi abuela.\n\n"
            "Entrevistadora: ¿Y su plato favorito?\n\nEntrevistada: Las migas.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert people(root)["sanz"] == ("interviewee", "Lucía Sanz")
    # guard: an article before a name in capitals names no one ("with the Guardian" is a paper, and no person)
    _, root = _convert(_write(tmp_path, text.replace("con la cocinera Lucía Sanz", "con el equipo de cocina")))
    assert "sanz" not in people(root)


def test_given_names_before_a_full_name_share_its_surname(tmp_path, tei_all):
    text = ("Interview with Jan and Piet de Vries\nInterviewer: Anna Smit\n\nSMIT: How long have you run the mill?\n\n"
            "JAN: Since 1971.\n\nPIET: And we have argued since.\n\nSMIT: Who decides?\n\nJAN: The wind.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert people(root) == {"vries": ("interviewee", "Jan de Vries"), "vries-2": ("interviewee", "Piet de Vries"),
                            "smit": ("interviewer", "Anna Smit")}
    assert [who for who, _, _ in turns(root)] == ["smit", "vries", "vries-2", "smit", "vries"]


def test_a_translators_note_after_the_last_turn_is_editorial(tmp_path, tei_all):
    text = ("Interview with Tariq Aziz Khan\nInterviewer: Helen Moss\n\nMOSS: When did you leave Kabul?\n\n"
            "KHAN: In 1996.\n\nMOSS: Where did you go?\n\nKHAN: To Peshawar.\n\n"
            "Translator's note: The interview was conducted in Dari and translated by Farid Noori.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert turns(root)[-1] == ("khan", "KHAN", "To Peshawar.")
    assert root.find(f".//{T}div[@type='editorial']") is not None
    # guard: a note in the last answer's own words stays hers
    _, root = _convert(_write(tmp_path, text.replace("Translator's note: The interview", "A note: my father")))
    assert root.find(f".//{T}div[@type='editorial']") is None


def test_the_one_who_asks_the_named_interviewee_is_the_interviewer(tmp_path, tei_all):
    text = ("Interview with Clara Brennan about the choir.\n\nWENDT: How many singers were there?\n\nBRENNAN: Nine.\n\n"
            "WENDT: And later?\n\nBRENNAN: Forty.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert people(root) == {"brennan": ("interviewee", "Clara Brennan"), "wendt": ("interviewer", "WENDT")}
    # guard: one who does not ask is no interviewer
    _, root = _convert(_write(tmp_path, text.replace("How many singers were there?", "I sang too.").replace(
        "And later?", "We were many.")))
    assert people(root)["wendt"] == ("participant", "WENDT")


# -- 14. Markdown headings that are questions ----------------------------------------------------------------------

QUESTION_HEADINGS = ("# Five questions for Dr. Lena Ortiz\n\n## Why did you become a volcanologist?\n\n"
                     "I grew up under Misti.\n\n## What is the most dangerous part of the job?\n\nThe drive there.\n\n"
                     "## What do you wish people knew?\n\nThat most eruptions are predictable.\n")


def test_question_headings_are_the_interviewers_turns(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, QUESTION_HEADINGS, "t.md"), tei_all)
    assert [(sp.get("who"), text_of(sp)) for sp in root.iter(T + "sp")] == [
        ("#spk-interviewer", "Why did you become a volcanologist?"), ("#spk-ortiz", "I grew up under Misti."),
        ("#spk-interviewer", "What is the most dangerous part of the job?"), ("#spk-ortiz", "The drive there."),
        ("#spk-interviewer", "What do you wish people knew?"), ("#spk-ortiz", "That most eruptions are predictable.")]
    assert people(root)["ortiz"] == ("interviewee", "Lena Ortiz")  # the one person the title names
    assert root.find(f".//{T}body//{T}head") is None
    assert any("heading(s) that are questions" in text_of(p) for p in root.iter(T + "normalization"))


def test_question_headings_over_labelled_turns_stay_headings(tmp_path):
    # guard: where labels say who speaks, a heading that asks heads a section
    text = ("# Oral history\n\n## What happened in 1968?\n\n**Ann:** We marched.\n\n**Bob:** Did you?\n\n"
            "**Ann:** Yes.\n\n## And after?\n\n**Bob:** What then?\n\n**Ann:** We went home.\n")
    _, root = _convert(_write(tmp_path, text, "t.md"))
    assert [text_of(h) for h in root.iter(T + "head")] == ["What happened in 1968?", "And after?"]


# -- 15. credits after the last turn; Irish and Arabic headers and labels ------------------------------------------

def test_header_keys_after_the_last_turn_are_credits_not_a_turn(tmp_path, tei_all):
    text = ("\"We kept the lights on\"\n\nQ: When did the power station open?\n\nA: In 1962.\n\nQ: And you?\n\n"
            "A: I started in 1979.\n\nInterviewer: Dana Whitlock\nTranscribed by: Leo Marsh\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [who for who, _, _ in turns(root)] == ["whitlock", "a", "whitlock", "a"]
    assert people(root)["whitlock"] == ("interviewer", "Dana Whitlock")
    assert [text_of(p) for p in root.find(f".//{T}div[@type='editorial']")] == [
        "Interviewer: Dana Whitlock Transcribed by: Leo Marsh"]
    # guard: a last block of two turns is turns
    text = text.replace("Interviewer: Dana Whitlock\nTranscribed by: Leo Marsh\n", "Q: Thank you.\nA: Thank you too.\n")
    _, root = _convert(_write(tmp_path, text))
    assert root.find(f".//{T}div[@type='editorial']") is None and len(turns(root)) == 6


def test_an_irish_header(tmp_path, tei_all):
    text = ("Agallamh le Máire Ní Bhriain\nAgallóir: Seán Ó Dónaill\nDáta: 3 Bealtaine 2005\n\n"
            "Ó DÓNAILL: Cá rugadh thú?\n\nNÍ BHRIAIN: I gCill Chiaráin.\n\nÓ DÓNAILL: Agus d'athair?\n\n"
            "NÍ BHRIAIN: Iascaire.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert people(root) == {"bhriain": ("interviewee", "Máire Ní Bhriain"), "donaill": ("interviewer", "Seán Ó Dónaill")}
    assert _creation(root) == [("2005-05-03", "3 Bealtaine 2005")]


def test_an_arabic_header_and_question_and_answer_labels(tmp_path, tei_all):
    text = ("مقابلة مع فاطمة الزهراء\nالمحاور: أحمد منصور\nالتاريخ: 12 مارس 2015\nالمكان: عمّان\n\n"
            "أحمد: متى بدأتِ التطريز؟\n\nفاطمة: عندما كنت في العاشرة.\n\nأحمد: وهل ما زلتِ تطرزين؟\n\nفاطمة: نعم.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert people(root) == {"الزهراء": ("interviewee", "فاطمة الزهراء"), "منصور": ("interviewer", "أحمد منصور")}
    assert _creation(root) == [("2015-03-12", "12 مارس 2015")] and _place(root) == ["عمّان"]
    text = "حوار مع السيد سامي خليل\n\nس: متى بدأت الرسم؟\n\nج: في سن السابعة.\n\nس: ومن علمك؟\n\nج: أبي.\n"
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [who for who, _, _ in turns(root)] == ["س", "خليل"] * 2
    assert people(root)["خليل"] == ("interviewee", "سامي خليل")
    # guard: one of the two letters alone is no role label; beside a name it is a speaker who asks
    _, root = _convert(_write(tmp_path, text.replace("ج:", "سامي:")))
    assert people(root) == {"خليل": ("interviewee", "سامي خليل"), "س": ("interviewer", "س")}


# -- 16. initials in square brackets, abbreviated role words with a full stop, questions in underscores -----------

def test_initials_in_square_brackets_open_turns(tmp_path, tei_all):
    text = ("Interview with Joan Smith\nInterviewer: Kofi Mensah\n\n[KM] Where did you grow up, Joan?\n\n"
            "[JS] In Leeds, by the canal.\n\n[KM] What did your parents do?\n\n[JS] My father drove a barge.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [(who, speaker) for who, speaker, _ in turns(root)] == [("mensah", "KM"), ("smith", "JS")] * 2
    # guard: a sound or a word in brackets opening an answer is no label
    text = text.replace("[JS] My father", "[JS] [Laughs] My father").replace("[JS] In Leeds", "[JS] [Pause] In Leeds")
    _, root = _convert(_write(tmp_path, text))
    assert {who for who, _, _ in turns(root)} == {"mensah", "smith"}


def test_abbreviated_role_words_with_a_full_stop(tmp_path, tei_all):
    text = ("Int.: When did you come to Bradford?\nResp.: In 1962, from Mirpur.\nInt.: Where did you work?\n"
            "Resp.: In the mills.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert people(root) == {"int": ("interviewer", "Int."), "resp": ("interviewee", "Resp.")}


def test_questions_in_underscores_are_the_interviewers(tmp_path, tei_all):
    text = ("# A life in glass\n\n_When did you first blow glass?_\n\nAt fourteen.\n\n_What was hardest?_\n\nPatience.\n\n"
            "_Do you still work every day?_\n\nEvery day except Sunday.\n")
    _, root = _convert(_write(tmp_path, text, "t.md"), tei_all)
    assert [sp.get("who") for sp in root.iter(T + "sp")] == ["#spk-interviewer", "#spk-interviewee"] * 3
    # the underscores are Markdown's italics (round 18), as asterisks are
    first = next(root.iter(T + "sp")).find(T + "p")
    assert text_of(first) == "When did you first blow glass?" and first.get("rend") == "italic"


def test_unlabelled_answers_are_the_one_person_the_standfirst_names(tmp_path, tei_all):
    text = ("# « La vigne ne ment jamais »\n\n*Vigneronne dans le Jura depuis trente ans, Hélène Marchal raconte la "
            "vendange 2003.*\n\n**Quand avez-vous repris le domaine ?**\n\nEn 1994.\n\n**Et la canicule ?**\n\n"
            "Nous avons vendangé le 20 août.\n\n**Le vin jaune a-t-il changé ?**\n\nIl est plus riche.\n\n"
            "*Propos recueillis par Sophie Lenoir*\n")
    _, root = _convert(_write(tmp_path, text, "t.md"), tei_all)
    assert people(root) == {"lenoir": ("interviewer", "Sophie Lenoir"), "marchal": ("interviewee", "Hélène Marchal")}
    # guard: a standfirst naming two people names no one
    _, root = _convert(_write(tmp_path, text.replace("Hélène Marchal raconte", "Hélène Marchal et Paul Girard racontent"),
                              "t.md"))
    assert people(root)["interviewee"] == ("interviewee", "unnamed interviewee")


def test_a_depositions_taken_line_dates_it(tmp_path, tei_all):
    text = ("UNITED STATES DISTRICT COURT\nDISTRICT OF OREGON\n\nDEPOSITION OF LINDA HARKNESS\nTaken March 3, 2020\n\n"
            "EXAMINATION\nBY MR. SMITH:\n\nQ. Please state your name.\n\nA. Linda Marie Harkness.\n\n"
            "Q. Where were you employed?\n\nA. At Cascade Freight.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _creation(root) == [("2020-03-03", "March 3, 2020")]
    # guard: "taken" in a sentence dates nothing
    _, root = _convert(_write(tmp_path, text.replace("Taken March 3, 2020", "Photographs taken March 3, 2020")))
    assert _creation(root) == []
