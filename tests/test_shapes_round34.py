"""Transcript shapes of the thirty-fourth probe round: a paper's name after a credit where a dateline prints its place
("Propos recueillis par Sophie Lenoir, Ouest-France, le 2 août 2004"); a byline closing a standfirst paragraph ("…
who did not come home. By Tom Reid", "… Von Lena Hoffmann", "… Interview by Sarah Lyall."); a broadcaster's log
sheet that gives the month ("Tx: March 1987", "Date: 11/1974") or only the hour on air ("Air time: 21:00"), and its
station's and German keys ("Station:", "Sender:", "Sendung:", "Sendezeit:"). And the probes' shapes: Indonesian
"T:"/"J:" and Finnish "K:"/"V:"; an Icelandic header; a committee member printed once by title, name and party ("De
heer De Vries (VVD):"); a tribunal's "Examined by Mr. Nice:" and a US court's "…, having been duly sworn, testified as
follows:" under a turn; a round table's panelist speaking once in a script without capitals; a credit in capitals
("CONDUCTED BY JAMES T. WALSH FOR THE … PROJECT"); a Spanish record of a statement ("comparece D. …", "PREGUNTADO:",
"CONTESTA:"). Each test says what the TEI holds and that it is valid tei_all; the guard tests that a rule does not
fire on look-alike text."""

from __future__ import annotations

import pytest

from .converting import (
    T, convert_checked as _convert, text_of, write as _write, main_title as _title,
    participant_roles as _roles, creation_when as _when, creation_place as _place,
)
from tei_edition.dates import day_of, iso_date

XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def _headnote(root) -> list[str]:
    return [text_of(p) for p in root.iterfind(f".//{T}front/{T}div[@type='headnote']/{T}p")]


def _notes(root) -> dict[str, str]:
    return {note.get("n"): text_of(note) for note in root.iterfind(f".//{T}sourceDesc//{T}note[@type='metadata']")}


# -- a paper's name after a credit, where a dateline prints its place ------------------------------------------------

_FR = ("\n\nSophie Lenoir : Vous êtes né à Saint-Malo ?\n\nYves Le Goff : Oui, en 1931, rue de la Pie.\n\n"
       "Sophie Lenoir : Et votre père ?\n\nYves Le Goff : Il était terre-neuvas, comme son père.\n")


@pytest.mark.parametrize("credit", [
    "Propos recueillis par Sophie Lenoir, Ouest-France, le 2 août 2004",
    "Propos recueillis par Sophie Lenoir, Nice-Matin, le 2 août 2004",
    "Propos recueillis par Sophie Lenoir, Presse-Océan, le 2 août 2004",
])
def test_a_papers_name_after_a_credit_is_no_place(tmp_path, tei_all, credit):
    # Ouest-France was the interview's place (creation/placeName)
    _, root = _convert(_write(tmp_path, "« Le port a changé, pas les marins »\n\n" + credit + _FR), tei_all)
    assert _when(root) == "2004-08-02"
    assert _place(root) is None
    assert _roles(root)["spk-lenoir"] == ("interviewer", "Sophie Lenoir")


@pytest.mark.parametrize("place", ["Saint-Malo", "Roissy-en-France", "Dakar"])
def test_a_place_after_a_credit_is_the_interviews(tmp_path, tei_all, place):
    # guard: a town's name joined by hyphens, "France" after a particle, or one word, is a place
    credit = f"Propos recueillis par Sophie Lenoir, {place}, le 2 août 2004"
    _, root = _convert(_write(tmp_path, "« Le port a changé, pas les marins »\n\n" + credit + _FR), tei_all)
    assert (_when(root), _place(root)) == ("2004-08-02", place)


# -- a byline closing a standfirst ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, interviewer, interviewee", [
    ("THE NIGHT THE RIVER CAME IN\n\nSixty years after the flood, Mary Cole remembers the water, the boats and the "
     "neighbours who did not come home. By Tom Reid\n\nReid: Where were you that night?\n\nCole: Upstairs, with my "
     "sister.\n\nReid: And your parents?\n\nCole: Downstairs, bailing.\n",
     ("spk-reid", "Tom Reid"), ("spk-cole", "Mary Cole")),
    # the byline on the standfirst's last line, no full stop above it
    ("THE NIGHT THE RIVER CAME IN\n\nSixty years after the flood, Mary Cole remembers the water and the boats\n"
     "By Tom Reid\n\nReid: Where were you that night?\n\nCole: Upstairs, with my sister.\n\nReid: And your "
     "parents?\n\nCole: Downstairs, bailing.\n",
     ("spk-reid", "Tom Reid"), ("spk-cole", "Mary Cole")),
    # "Von" was read as a part of her name ("Von Lena Hoffmann")
    ("„Ich habe nie aufgehört zu malen“\n\nDie Malerin Ruth Adler über Exil, Farbe und das Altwerden. Von Lena "
     "Hoffmann\n\nHoffmann: Frau Adler, wann haben Sie angefangen?\n\nAdler: Mit sechs Jahren, in Wien.\n\n"
     "Hoffmann: Und dann?\n\nAdler: Dann kam 1938.\n",
     ("spk-hoffmann", "Lena Hoffmann"), ("spk-adler", "Ruth Adler")),
    # "Q:" was no one's
    ("Joan Didion on grief and California\n\nThe writer talks about her new memoir, the years in Sacramento and why "
     "she never learned to cook. Interview by Sarah Lyall.\n\nQ: When did you start writing it?\n\nA: The winter "
     "after John died.\n\nQ: Was it hard?\n\nA: Everything was hard.\n",
     ("spk-lyall", "Sarah Lyall"), None),
])
def test_a_byline_closing_a_standfirst_names_the_interviewer(tmp_path, tei_all, text, interviewer, interviewee):
    _, root = _convert(_write(tmp_path, text), tei_all)
    roles = _roles(root)
    assert roles[interviewer[0]] == ("interviewer", interviewer[1])
    if interviewee:
        assert roles[interviewee[0]] == ("interviewee", interviewee[1])
    assert text.split("\n\n")[1].split("\n")[0][:40] in _headnote(root)[0]  # the standfirst kept as printed


@pytest.mark.parametrize("standfirst", [
    "Ruth Adler left Vienna in 1938. By then she had sold every painting she owned.",  # a sentence, no name
    "The photographs in this issue are by Tom Reid and Ana Ruiz.",  # "by" inside a sentence
    "La storia di una famiglia raccontata\ndi Marco Rossi, che la conosce",  # a line that goes on with the sentence
    "Sixty years after the flood she remembers the night. By Tom Reid's account it rained for a week.",
])
def test_by_inside_a_standfirst_names_no_interviewer(tmp_path, tei_all, standfirst):
    # guard: no byline closes the paragraph: the labels name the people as they did
    text = (f"THE NIGHT THE RIVER CAME IN\n\n{standfirst}\n\nQ: Where were you that night?\n\nA: Upstairs, with my "
            "sister.\n\nQ: And your parents?\n\nA: Downstairs, bailing.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _roles(root)["spk-q"] == ("interviewer", "Q")


# -- a broadcaster's log sheet without a day ------------------------------------------------------------------------

_LOG = """RADIO CLYDE ARCHIVE — PROGRAMME LOG
Programme: Clyde Lunchtime Phone-in
{aired}Tape no.: RC/83/441
Presenter: Andy Park
Producer: Moira Shields

ANDY PARK: Good afternoon. First on the line is Jimmy from Paisley.

JIMMY: Hello Andy. It's about the buses again.

ANDY PARK: Go on, Jimmy.

JIMMY: The number nine never comes.
"""


@pytest.mark.parametrize("aired, when", [
    ("Tx date: March 1987", "1987-03"),
    ("Tx date: 11/1974", "1974-11"),  # the month as a catalogue writes it
    ("Tx: March 1987", "1987-03"),  # a transmission's key with a date: the day it went out
    ("Tx date: 14/07/1983 12.30–13.00", "1983-07-14"),  # the hours on air after the day
    ("Air time: 21:00", None),  # the hour alone vouches for the sheet, and dates nothing
    ("Tx: 21:00", None),
    ("Station: Radio Clyde", None),
])
def test_a_log_sheet_that_gives_no_day_is_the_header(tmp_path, tei_all, aired, when):
    # the sheet was a paragraph of the headnote and the title the file's name ("t")
    _, root = _convert(_write(tmp_path, _LOG.format(aired=aired + "\n")), tei_all)
    assert _title(root) == "Clyde Lunchtime Phone-in"
    assert _when(root) == when
    assert _roles(root)["spk-park"] == ("interviewer", "Andy Park")
    assert _notes(root)["form"] == "RADIO CLYDE ARCHIVE — PROGRAMME LOG"
    assert _headnote(root) == []


def test_a_radio_scripts_tx_line_without_a_date_of_ours_dates_nothing(tmp_path, tei_all):
    # guard: "14.07.83", a year of two digits, is no date the converter reads: the line is kept as a note
    _, root = _convert(_write(tmp_path, _LOG.format(aired="Tx: 14.07.83 12:30 RADIO CLYDE\n")), tei_all)
    assert _when(root) is None
    assert _notes(root)["tx"] == "14.07.83 12:30 RADIO CLYDE"


def test_a_german_log_sheet(tmp_path, tei_all):
    text = ("Sendeprotokoll\nSender: Radio Bremen\nSendung: Nachtgespräch\nSendedatum: Mai 1968\n"
            "Sendezeit: 22.15 Uhr\nModeration: Kurt Weber\nGast: Hanna Lorenz\n\n"
            "WEBER: Frau Lorenz, Sie waren gestern an der Universität.\n\nLORENZ: Ja, wie viele andere auch.\n\n"
            "WEBER: Und was haben Sie gesehen?\n\nLORENZ: Polizei, überall Polizei.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert (_title(root), _when(root)) == ("Nachtgespräch", "1968-05")
    assert _roles(root) == {"spk-weber": ("interviewer", "Kurt Weber"), "spk-lorenz": ("interviewee", "Hanna Lorenz")}
    notes = _notes(root)
    assert (notes["form"], notes["sender"], notes["sendezeit"]) == ("Sendeprotokoll", "Radio Bremen", "22.15 Uhr")


@pytest.mark.parametrize("printed, expected", [
    ("11/1974", "1974-11"), ("3/1974", "1974-03"),
    ("13/1974", None), ("0/1974", None), ("11/74", None),  # guard: no month, or no year of four digits
])
def test_a_month_and_year_with_a_slash(printed, expected):
    assert iso_date(printed) == expected


def test_a_day_with_the_hours_on_air_after_it():
    assert day_of("14/07/1983 12.30–13.00") == "1983-07-14"
    assert day_of("14/07/1983 12:30 - 13:00") == "1983-07-14"
    assert day_of("14/07/1983 Radio 4") is None  # guard: words after the day are no hours


# -- question and answer letters of Indonesian and Finnish ------------------------------------------------------------

@pytest.mark.parametrize("text, roles", [
    ("Wawancara Sejarah Lisan\nNarasumber: Soedjatmoko Hadi\nPewawancara: Rina Kusuma\nTanggal: 17 Agustus 2005\n\n"
     "T: Bapak lahir di mana?\n\nJ: Saya lahir di Klaten, tahun 1925.\n\nT: Apa yang Bapak ingat?\n\n"
     "J: Kami semua turun ke jalan.\n",
     {"spk-hadi": ("interviewee", "Soedjatmoko Hadi"), "spk-kusuma": ("interviewer", "Rina Kusuma")}),
    # "V" answers beside "K" (vastaus), as it asks beside "A" in Dutch (vraag)
    ("Haastattelu: Aino Virtanen\nHaastattelija: Mikko Laine\nPäivämäärä: 3.6.1998\n\n"
     "K: Milloin tulitte tehtaalle töihin?\n\nV: Vuonna 1947.\n\nK: Millaista siellä oli?\n\n"
     "V: Kovaa työtä, mutta hyvät toverit.\n",
     {"spk-virtanen": ("interviewee", "Aino Virtanen"), "spk-laine": ("interviewer", "Mikko Laine")}),
])
def test_question_and_answer_letters_of_other_languages(tmp_path, tei_all, text, roles):
    # "T"/"J" and "K"/"V" were two more participants beside the header's two, who spoke no turn
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _roles(root) == roles
    said = [who for who in (sp.get("who") for sp in root.iter(T + "sp"))]
    assert said == [f"#{pid}" for pid in (next(p for p, r in roles.items() if r[0] == "interviewer"),
                                          next(p for p, r in roles.items() if r[0] == "interviewee"))] * 2


def test_a_dutch_v_and_a_still_ask_and_answer(tmp_path, tei_all):
    # guard: "V" beside "A" is the Dutch question (vraag), as before
    text = "V: Waar bent u geboren?\n\nA: In Delft.\n\nV: En daarna?\n\nA: Rotterdam.\n"
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _roles(root) == {"spk-v": ("interviewer", "V"), "spk-a": ("interviewee", "A")}


@pytest.mark.parametrize("other", ["P", "K"])
def test_a_letter_without_its_partner_is_a_persons_initial(tmp_path, tei_all, other):
    # guard: "J:" beside "P:" (or "K:" beside "J:") is someone's initial, no question or answer: named as labelled
    text = f"J: Where did you grow up?\n\n{other}: In Leeds, mostly.\n\nJ: And after that?\n\n{other}: Manchester.\n"
    _, root = _convert(_write(tmp_path, text), tei_all)
    names = {person.get(XML_ID): person.find(f"{T}persName") for person in root.iter(T + "person")}
    assert names["spk-j"].text == "J" and names["spk-j"].get("type") is None


# -- an Icelandic header ---------------------------------------------------------------------------------------------

def test_an_icelandic_header_and_labels(tmp_path, tei_all):
    # the keys were the first turn ("Spyrill: Einar Magnússon Dagsetning: 14. maí 1999 …") and nothing dated
    text = ("Viðtal við Guðrúnu Jónsdóttur\nSpyrill: Einar Magnússon\nDagsetning: 14. maí 1999\nStaður: Ísafjörður\n\n"
            "Spyrill: Hvar fæddist þú?\n\nGuðrún: Í Bolungarvík, árið 1921.\n\nSpyrill: Og foreldrar þínir?\n\n"
            "Guðrún: Faðir minn var sjómaður.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert (_when(root), _place(root)) == ("1999-05-14", "Ísafjörður")
    roles = _roles(root)
    assert roles["spk-magnusson"] == ("interviewer", "Einar Magnússon")
    assert [role for role, _ in roles.values()] == ["interviewer", "interviewee"]
    assert len(list(root.iter(T + "sp"))) == 4


@pytest.mark.parametrize("printed, expected", [
    ("14. maí 1999", "1999-05-14"), ("3. júní 2001", "2001-06-03"), ("1. ágúst 1944", "1944-08-01"),
    ("14. mái 1999", None),  # guard: no month's name
])
def test_icelandic_months(printed, expected):
    assert iso_date(printed) == expected


# -- a committee's member printed once by title, name and party -------------------------------------------------------

def test_a_member_printed_once_by_title_name_and_party_speaks(tmp_path, tei_all):
    # "De heer De Vries (VVD): Kan …" was the words of the member before him
    text = ("Commissiedebat Erfgoed\nDonderdag 4 april 2019\n\n"
            "De voorzitter: Ik open dit commissiedebat. Het woord is aan mevrouw Van der Berg.\n\n"
            "Mevrouw Van der Berg (GroenLinks): Dank u, voorzitter. Het Nationaal Archief heeft te weinig geld.\n\n"
            "De heer De Vries (VVD): Kan mevrouw Van der Berg zeggen hoeveel geld er nodig is?\n\n"
            "Mevrouw Van der Berg (GroenLinks): Ten minste tien miljoen euro per jaar.\n\nDe voorzitter: Dank u wel.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    said = [(sp.get("who"), text_of(sp.find(f"{T}p"))) for sp in root.iter(T + "sp")]
    assert said[2] == ("#spk-vries", "Kan mevrouw Van der Berg zeggen hoeveel geld er nodig is?")
    assert said[1][1] == "Dank u, voorzitter. Het Nationaal Archief heeft te weinig geld."


def test_a_title_and_a_remark_printed_once_beside_no_titled_member_is_text(tmp_path, tei_all):
    # guard: no recurring label prints a title, a name and a remark: the line printed once is the turn's text
    text = ("ANNA: Ik open dit gesprek.\n\nBEN: Dank u.\n\nANNA: Het woord is aan u.\n\n"
            "BEN: Ik citeer het rapport.\nDe heer De Vries (VVD): kan dat zo zijn?\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert "spk-vries" not in _roles(root)


# -- a tribunal's and a United States court's examination lines between turns ----------------------------------------

_TRIBUNAL = ("JUDGE MAY: Yes, Mr. Nice.\nMR. NICE: Your Honour, the next witness is ready.\n"
             "JUDGE MAY: Let the witness take the declaration.\n"
             "THE WITNESS: I solemnly declare that I will speak the truth.\n{line}\n"
             "Q.   Mr. Draga, where do you live?\nA.   In Vucitrn.\nQ.   How long?\nA.   All my life.\n")


@pytest.mark.parametrize("line, examiner", [
    ("                 Examined by Mr. Nice:", "MR. NICE"),
    ("Cross-examined by Mr. Nice:", "MR. NICE"),
    ("ADIL DRAGA, having been duly sworn, testified as follows:", None),
    ("ADIL DRAGA, called as a witness by the Prosecution, having been first duly sworn, was examined and testified "
     "as follows:", None),
])
def test_an_examination_line_under_a_turn_heads_the_examination(tmp_path, tei_all, line, examiner):
    # the line was the last words of the witness's declaration
    _, root = _convert(_write(tmp_path, _TRIBUNAL.format(line=line)), tei_all)
    declared = [text_of(sp.find(f"{T}p")) for sp in root.iter(T + "sp")][3]
    assert declared == "I solemnly declare that I will speak the truth."
    assert [text_of(head) for head in root.iter(T + "head")] == [line.strip()]
    if examiner:
        roles = _roles(root)
        asker = next(sp.get("who")[1:] for sp in root.iter(T + "sp") if text_of(sp.find(f"{T}p")).startswith("Mr. Dr"))
        assert roles[asker][1] == examiner


@pytest.mark.parametrize("line", [
    "I was sworn in as a constable in 1961, and I served:",  # a sentence of the turn
    "Examined by the doctor, I was sent home.",
])
def test_sworn_or_examined_in_a_turns_sentence_heads_nothing(tmp_path, tei_all, line):
    # guard: the words go on in the witness's turn
    _, root = _convert(_write(tmp_path, _TRIBUNAL.format(line=line)), tei_all)
    assert list(root.iter(T + "head")) == []
    assert line in [text_of(sp.find(f"{T}p")) for sp in root.iter(T + "sp")][3]


# -- a round table in a script without capitals, a panelist speaking once ---------------------------------------------

_ZADANKAI = ("座談会「戦後の町工場」\n\n司会：本日はお集まりいただきありがとうございます。まず山田さんから。\n\n"
             "山田：はい。私は昭和二十五年に父の工場に入りました。\n\n{once}：私はその三年後ですね。\n\n"
             "司会：当時の仕事はどうでしたか。\n\n山田：朝から晩まで旋盤を回していました。\n")


def test_a_panelist_speaking_once_beside_the_moderator_and_another_panelist(tmp_path, tei_all):
    # "佐藤：…" was the words of 山田's turn before it
    _, root = _convert(_write(tmp_path, _ZADANKAI.format(once="佐藤")), tei_all)
    said = [(sp.get("who"), text_of(sp.find(f"{T}p"))) for sp in root.iter(T + "sp")]
    assert said[2] == ("#spk-佐藤", "私はその三年後ですね。")
    assert said[1] == ("#spk-山田", "はい。私は昭和二十五年に父の工場に入りました。")


@pytest.mark.parametrize("once", ["備考", "注意"])
def test_a_note_printed_once_in_a_round_table_is_no_panelist(tmp_path, tei_all, once):
    # guard: a note's word is no one's name
    _, root = _convert(_write(tmp_path, _ZADANKAI.format(once=once)), tei_all)
    assert f"spk-{once}" not in _roles(root)


# -- a credit in capitals with the project after the name -------------------------------------------------------------

def test_a_credit_in_capitals_ends_before_for(tmp_path, tei_all):
    # the interviewer was "JAMES T. WALSH FOR THE BUTTE MINING HISTORY PROJECT" (spk-project)
    text = ("INTERVIEW WITH MRS. MARY O'HARA, MARCH 3, 1974\nCONDUCTED BY JAMES T. WALSH FOR THE BUTTE MINING HISTORY "
            "PROJECT\n\nQ. MRS. O'HARA, WHEN DID YOUR FAMILY COME TO BUTTE?\nA. IN 1902. MY FATHER WORKED THE "
            "ANACONDA.\nQ. AND YOUR MOTHER?\nA. SHE TOOK IN BOARDERS.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert _roles(root)["spk-walsh"] == ("interviewer", "JAMES T. WALSH")
    assert _when(root) == "1974-03-03"


# -- a Spanish record of a statement ----------------------------------------------------------------------------------

_DILIGENCIA = ("DILIGENCIA DE DECLARACIÓN\nEn Bilbao, a 4 de noviembre de 1976, ante el Instructor, comparece "
               "D. Andoni Etxeberria Lasa, quien manifiesta:\n\nPREGUNTADO: Dónde se encontraba el día 2.\n"
               "{answer}: En su domicilio, con su esposa.\n\nPREGUNTADO: Si conoce a Jon Arrieta.\n"
               "{answer}: Que no lo conoce.\n")


@pytest.mark.parametrize("answer", ["CONTESTA", "RESPONDE"])
def test_a_statements_questions_and_answers_and_who_appears(tmp_path, tei_all, answer):
    # "PREGUNTADO" and "CONTESTA" were two people, and the man who appears no one who spoke
    _, root = _convert(_write(tmp_path, _DILIGENCIA.format(answer=answer)), tei_all)
    roles = _roles(root)
    assert roles["spk-lasa"] == ("interviewee", "Andoni Etxeberria Lasa")
    assert roles["spk-preguntado"] == ("interviewer", "PREGUNTADO")
    assert [sp.get("who") for sp in root.iter(T + "sp")] == ["#spk-preguntado", "#spk-lasa"] * 2


def test_comparece_in_a_sentence_of_the_turns_names_no_one(tmp_path, tei_all):
    # guard: only the headnote says who appears; a judge's "comparece" in a turn names no interviewee
    text = ("JUEZ: Que comparece D. Luis Ortega como testigo.\n\nCONTESTA: En casa.\n\nJUEZ: ¿Con quién?\n\n"
            "CONTESTA: Sola.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert "spk-ortega" not in _roles(root)
    assert [sp.get("who") for sp in root.iter(T + "sp")] == ["#spk-juez", "#spk-contesta"] * 2
