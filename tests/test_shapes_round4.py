"""Transcript shapes of the fourth probe round: question numbers before labels (UK select committees), closing
endnotes and editor's lines after the last turn, a header line beside a recurring role label, and labels that
name an interviewer only the headnote names. Each test says who speaks each turn, what they say, and that no
word of the source is lost."""

from __future__ import annotations

from pathlib import Path

from tei_edition import TEI_NS
from tei_edition.convert import convert_file
from tei_edition.fidelity import tei_words, words

T = "{%s}" % TEI_NS


def _text(element) -> str:
    return " ".join("".join(element.itertext()).split())


def _convert(path: Path, tei_all=None):
    conversion = convert_file(path)
    root = conversion.tree.getroot()
    assert tei_words(root) == words(conversion.interview.kept_source)  # no word lost
    if tei_all is not None:
        assert tei_all(conversion.tree) == []
    return conversion, root


def _turns(root) -> list[tuple[str, str, str]]:
    """(who, speaker as printed, text) of every turn."""
    out = []
    for sp in root.iter(T + "sp"):
        text = " ".join(_text(child) for child in sp if child.tag != T + "speaker")
        out.append((sp.get("who")[5:], _text(sp.find(T + "speaker")), " ".join(text.split())))
    return out


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
        "Q4 [Mark Garnier]: Is that a one-off gain?\n\nDr Ellison: It is.\n\n"
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
        ("Q12 Mr Rees-Mogg", "Would you call it a gimmick?"), ("Paul Johnson", "I would not use that word."),
    ]
    who = [who for who, _, _ in turns]
    assert who[0] == who[2] == "chair"
    assert len({who[0], who[5], who[7], who[9], who[1], who[4]}) == 6
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
