"""Transcript shapes of the thirty-fourth probe round: a paper's name after a credit where a dateline prints its place
("Propos recueillis par Sophie Lenoir, Ouest-France, le 2 août 2004"); a byline closing a standfirst paragraph ("…
who did not come home. By Tom Reid", "… Von Lena Hoffmann", "… Interview by Sarah Lyall."); a broadcaster's log
sheet that gives the month ("Tx: March 1987", "Date: 11/1974") or only the hour on air ("Air time: 21:00"), and its
station's and German keys ("Station:", "Sender:", "Sendung:", "Sendezeit:"). Each test says what the TEI holds and
that it is valid tei_all; the guard tests that a rule does not fire on look-alike text."""

from __future__ import annotations

import pytest

from .converting import (
    T, convert_checked as _convert, text_of, write as _write, main_title as _title,
    participant_roles as _roles, creation_when as _when, creation_place as _place,
)
from tei_edition.dates import day_of, iso_date


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
