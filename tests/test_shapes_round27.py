"""Transcript shapes of the twenty-seventh probe round: a transcription service's turns as "Speaker 1 [00:00:02] text"
(Trint's export, no colon); labels in a column a tab ends ("INT<TAB>…" / "RES<TAB>…"); a research study's
anonymisation tags ("Interviewer: [NAME]") and pseudonymous codes ("Participant ID: P07") in its header, and its
"I:"/"P:" and a consultation's "Dr:"/"Pt:"; a file garbled by a wrong encoding ("â€™" for "’"), refused. Each test
says what the TEI holds and that it is valid tei_all; the guard tests that a rule does not fire on look-alike text."""

from __future__ import annotations

import pytest

from tei_edition.errors import InputError
from tei_edition.textio import decode_transcript

from .converting import (
    T, convert_checked as _convert, creation_when, main_title, participant_roles as _roles, turns, write as _write,
)


# -- "Speaker 1 [00:00:02] text": a label and its time, no colon --------------------------------------------------------

_TRINT = ("Speaker 1 [00:00:02] So tell me about the market.\n\n"
          "Speaker 2 [00:00:05] The market was everything. My father had a stall there.\n\n"
          "Speaker 1 [00:00:11] What did he sell?\n\n"
          "Speaker 2 [00:00:13] Spices, mostly. Saffron when he could get it.\n")


@pytest.mark.parametrize("head", ["", "Trint transcript\nInterview_Hassan_final.mp3\n\n"])
def test_a_label_and_its_bracketed_time_without_a_colon_open_a_turn(tmp_path, tei_all, head):
    # it was refused: no label convention fitted
    _, root = _convert(_write(tmp_path, head + _TRINT), tei_all)
    assert [(who, said) for who, _, said in turns(root)] == [
        ("speaker-1", "So tell me about the market."),
        ("speaker-2", "The market was everything. My father had a stall there."),
        ("speaker-1", "What did he sell?"), ("speaker-2", "Spices, mostly. Saffron when he could get it.")]
    # each printed time is its turn's start on the timeline
    assert [w.get("interval") for w in root.iter(T + "when")][1:] == ["2", "5", "11", "13"]


def test_names_with_their_times_make_turns_of_two_named_speakers(tmp_path, tei_all):
    text = ("Nadia Haddad [00:00:02] Where were you born?\n\nOmar Haddad [00:00:04] In Homs.\n\n"
            "Nadia Haddad [00:00:07] When?\n\nOmar Haddad [00:00:08] In 1950.\n")
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [speaker for _, speaker, _ in turns(root)] == ["Nadia Haddad", "Omar Haddad"] * 2
    assert _roles(root) == {"spk-haddad": ("interviewer", "Nadia Haddad"), "spk-haddad-2": ("interviewee", "Omar Haddad")}


@pytest.mark.parametrize("text", [
    # a time cited in brackets in sentences, no speaker's recurring
    "The tape [00:01:02] starts late.\n\nThe second [00:02:03] is worse.\n\nThe third [00:03:04] is lost.\n",
    # one label alone recurs: no turns of two speakers
    "Speaker 1 [00:00:02] Hello.\n\nSpeaker 1 [00:00:05] Anyone?\n\nSpeaker 1 [00:00:09] Hello?\n",
])
def test_times_in_brackets_that_open_no_turns_of_recurring_speakers_are_no_labels(tmp_path, text):
    with pytest.raises(InputError, match="no speaker turns found"):
        _convert(_write(tmp_path, text))


# -- a label column a tab ends -----------------------------------------------------------------------------------------

_TABBED = ("INT\tWhen did you start at the mill?\nRES\tIn 1961, when I was fifteen.\nINT\tWhat was the work?\n"
           "RES\tDoffing, mostly. Hard on the hands.\n\tMy mother did it before me.\nINT\tAnd the pay?\n"
           "RES\tThree pounds a week.\n")


def test_labels_in_a_column_a_tab_ends_are_turns(tmp_path, tei_all):
    # it was refused: no label convention fitted
    _, root = _convert(_write(tmp_path, "Interview 12, Leeds, 2008\n\n" + _TABBED), tei_all)
    # the further line, indented by a tab, is its turn's
    assert turns(root)[3] == ("res", "RES", "Doffing, mostly. Hard on the hands. My mother did it before me.")
    assert [who for who, _, _ in turns(root)] == ["int", "res"] * 3
    # "INT"/"RES" name their roles beside each other, as "INT:"/"RESP:" do
    assert _roles(root) == {"spk-int": ("interviewer", "INT"), "spk-res": ("interviewee", "RES")}


@pytest.mark.parametrize("text", [
    # a list of terms and their glosses: no label recurs
    "doffer\tthe worker who takes off full bobbins\nspinner\tminds the frames\nweaver\tminds the looms\n"
    "tackler\tmends the looms\n",
    # a line between the rows that is neither a row nor indented under one
    "INT\tWhen?\nRES\tIn 1961.\nA note in the margin.\nINT\tWhy?\nRES\tMoney.\n",
])
def test_tabbed_lines_that_are_no_label_column_make_no_turns(tmp_path, text):
    with pytest.raises(InputError, match="no speaker turns found"):
        _convert(_write(tmp_path, text))


# -- a research study's anonymised header ------------------------------------------------------------------------------

_STUDY_TURNS = ("I: Can you tell me when you were diagnosed?\n\nP: About five years ago, at [HOSPITAL].\n\n"
                "I: How did you feel?\n\nP: Shocked. My mother had it, but still.\n")


def test_a_participants_code_and_an_anonymised_interviewer_are_header_keys(tmp_path, tei_all):
    # the keys under "Participant ID: P07" were the first turn ("Interviewer [NAME] Date: …"), the code the title's
    text = "Study: Living with Type 2 Diabetes\nParticipant ID: P07\nInterviewer: [NAME]\nDate: 3 May 2020\n\n"
    _, root = _convert(_write(tmp_path, text + _STUDY_TURNS), tei_all)
    assert main_title(root) == "Study: Living with Type 2 Diabetes"
    assert creation_when(root) == "2020-05-03"
    assert [speaker for _, speaker, _ in turns(root)] == ["I", "P", "I", "P"]
    assert _roles(root) == {"spk-name": ("interviewer", "[NAME]"), "spk-p": ("interviewee", "P")}
    # the code is a note on the source, no one's name
    assert root.find(f".//{T}teiHeader//{T}note[@n='participant id']").text == "P07"


def test_an_anonymised_interviewee_is_the_one_who_answers(tmp_path, tei_all):
    text = "Study: Living with Type 2 Diabetes\nInterviewee: [NAME]\nDate: 3 May 2020\n\n"
    _, root = _convert(_write(tmp_path, text + _STUDY_TURNS), tei_all)
    assert _roles(root) == {"spk-i": ("interviewer", "I"), "spk-name": ("interviewee", "[NAME]")}
    assert [who for who, _, _ in turns(root)] == ["i", "name"] * 2


@pytest.mark.parametrize("labels, roles", [
    (("I", "P"), ("interviewer", "interviewee")),
    (("Dr", "Pt"), ("interviewer", "interviewee")),
    (("INT", "RES"), ("interviewer", "interviewee")),
])
def test_a_studys_abbreviated_roles(tmp_path, tei_all, labels, roles):
    asker, answerer = labels
    text = f"{asker}: How are you?\n\n{answerer}: Tired.\n\n{asker}: Since when?\n\n{answerer}: Since May.\n"
    _, root = _convert(_write(tmp_path, text), tei_all)
    assert [role for role, _ in _roles(root).values()] == list(roles)
    assert all(p.find(T + "persName").get("type") == "unnamed" for p in root.iter(T + "person"))


@pytest.mark.parametrize("text", [
    # "P."/"R.": a question and its answer (Pregunta/Respuesta), as before
    "P. ¿Dónde nació?\n\nR. En Lima.\n\nP. ¿Cuándo?\n\nR. En 1950.\n",
    # "P:" beside a name, both asking: someone's initial, no role
    "SMITH: How are you?\n\nP: Tired, and you?\n\nSMITH: Since when?\n\nP: Why do you ask?\n",
])
def test_a_p_that_is_no_participant_keeps_its_reading(tmp_path, tei_all, text):
    _, root = _convert(_write(tmp_path, text), tei_all)
    roles = [role for role, _ in _roles(root).values()]
    assert roles == (["interviewer", "interviewee"] if text.startswith("P.") else ["participant", "participant"])


# -- a file garbled by a wrong encoding --------------------------------------------------------------------------------

_GARBLED = ("INTERVIEWER: Youâ€™ve lived here long?\n\nOâ€™NEILL: Thirty years. Itâ€™s home now.\n\n"
            "INTERVIEWER: And the cafÃ©?\n\nOâ€™NEILL: Closed.\n")


def test_a_file_garbled_by_a_wrong_encoding_is_refused_with_what_to_do(tmp_path):
    with pytest.raises(InputError, match=r"line 1, column 17: 'â€™' is '’' garbled .*repair the text"):
        _convert(_write(tmp_path, _GARBLED))


def test_the_refusal_is_one_line_from_the_command(tmp_path):
    from typer.testing import CliRunner

    from tei_edition.cli import app

    result = CliRunner().invoke(app, ["convert", str(_write(tmp_path, _GARBLED)), "-o", str(tmp_path / "out")])
    assert result.exit_code != 0
    assert "garbled" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("text", [
    "café résumé naïve “quoted” — Zürich Ñandú Å, Ça va, À bientôt, São Paulo, Ærø, Øresund, ß.\n",
    "Prices were Â£5 and Ã© in the old files, one or two such pairs.\n",  # two: may be meant (a text about encodings)
    "Fußgänger über Öl, Ελληνικά, Русский, 日本語, Tiếng Việt đã được.\n",
])
def test_text_in_accented_letters_is_no_garbled_text(text):
    assert decode_transcript(text.encode("utf-8"), "t.txt") == text


# -- a Polish title naming a woman in the instrumental case ------------------------------------------------------------

_POLISH_TURNS = "WIŚNIEWSKA: Gdzie się pani urodziła?\n\n{0}: W Tarnowie.\n\nWIŚNIEWSKA: A wojna?\n\n{0}: Pamiętam.\n"


@pytest.mark.parametrize("title, label, name", [
    ("Wywiad z Janiną Nowak", "NOWAK", "Janina Nowak"),  # a surname the same in every case
    ("Wywiad z Anną Kowalską", "KOWALSKA", "Anna Kowalska"),  # an adjectival one, declined as the given name
    ("Rozmowa z Marią Zielińską", "ZIELIŃSKA", "Maria Zielińska"),
])
def test_a_polish_title_names_a_woman_in_the_nominative(tmp_path, tei_all, title, label, name):
    # the interviewee was the label alone ("NOWAK"), the subtitle "Interview with NOWAK"
    _, root = _convert(_write(tmp_path, f"{title}\n\n" + _POLISH_TURNS.format(label)), tei_all)
    key = "spk-" + label.casefold().replace("ń", "n")
    assert _roles(root)[key] == ("interviewee", name)
    # no subtitle in Polish, whose words would decline her name ("Wywiad z Anną"); read as English, the nominative
    polish = root.get("{http://www.w3.org/XML/1998/namespace}lang") == "pl"
    assert root.findtext(f".//{T}titleStmt/{T}title[@type='sub']") == (None if polish else f"Interview with {name}")


@pytest.mark.parametrize("title, label, key", [
    ("Wywiad z Janem Kowalskim", "KOWALSKI", "spk-kowalski"),  # a man's: his endings are not undone, the label names him
    ("Wywiad z Janiną Nowak", "ZIELIŃSKA", "spk-zielinska"),  # the title's woman is no label of the file
])
def test_a_polish_title_without_a_womans_label_names_no_one_new(tmp_path, tei_all, title, label, key):
    _, root = _convert(_write(tmp_path, f"{title}\n\n" + _POLISH_TURNS.format(label)), tei_all)
    assert _roles(root)[key][1] == label
    assert "Janina Nowak" not in {name for _, name in _roles(root).values()}
