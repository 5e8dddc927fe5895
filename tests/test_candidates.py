"""Tests of the register candidates finder and its output formats (issue 4)."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tei_edition.candidates import Candidate, find_candidates, format_candidates, texts_of_tei
from tei_edition.register import Register, load_register

from .test_names import REGISTER, SMALL, seed_tei


@pytest.fixture(scope="module")
def seed_texts():
    return texts_of_tei(seed_tei())


def _by_text(cands):
    return {c.text: c for c in cands}


def test_empty_register_still_finds_people_and_organisations(seed_texts):
    found = _by_text(find_candidates(seed_texts, Register()))
    for name in ("Mizin", "Kouchner", "Viktor Mizin", "Bernard Kouchner", "Zbigniew Brzezinski", "Milosevic",
                 "Kissinger", "Eagleburger", "Carl Bildt", "Umberto Pascali", "Sergei Lavrov", "Igor Ivanov"):
        assert name in found, name
    for name in ("NATO", "UN", "UNMIK", "KFOR", "CNN", "Security Council", "Russian UN Mission", "UN University",
                 "Directorate for International Organizations", "Russian Ministry of Foreign Affairs"):
        assert name in found, name
    for name in ("Kosovo", "Belgrade", "Yugoslavia", "Federal Republic of Yugoslavia", "New York", "London"):
        assert name in found, name
    assert found["Kouchner"].kind == "person" and found["Mizin"].kind == "person"  # seen after Mr. / Dr.
    assert found["NATO"].kind == "org" and found["Security Council"].kind == "org"
    assert found["Kosovo"].count == 20
    assert "UNMIK" in found["UNMIK"].context
    assert "EIR" not in found  # only in speaker labels
    assert not {"Yes", "The", "We", "March", "Dr", "Mr", "Ambassador", "Russian"} & set(found)


def test_full_register_leaves_only_what_it_does_not_cover(seed_texts):
    found = _by_text(find_candidates(seed_texts, load_register(REGISTER)))
    assert not {"Mizin", "Kouchner", "NATO", "UN", "Kosovo", "Security Council", "Council"} & set(found)
    assert {"Parliament", "World War II"} <= set(found)
    assert len(found) <= 8


def test_candidates_sorted_by_count_and_min_count():
    texts = ["Talks with Alpha Beta went well. Later, Alpha Beta and GAMMA met, and GAMMA met Delta Epsilon."]
    cands = find_candidates(texts)
    assert [(c.text, c.count) for c in cands][:2] == [("Alpha Beta", 2), ("GAMMA", 2)]
    assert [c.text for c in find_candidates(texts, min_count=2)] == ["Alpha Beta", "GAMMA"]


def test_register_forms_are_not_candidates():
    cands = _by_text(find_candidates(["Dr. Mizin met Mr. Rossi at NATO and the UNESCO office."], SMALL))
    assert set(cands) == {"Rossi", "UNESCO"}
    assert cands["Rossi"].kind == "person" and cands["UNESCO"].kind == "org"


CANDS = [Candidate("Carl Bildt", "person", 2, 'in answer to UN Balkan envoy Carl Bildt, "quoted"'),
         Candidate("KFOR", "org", 1, "the NATO mission (KFOR)")]


def test_json_format():
    assert json.loads(format_candidates(CANDS, "json")) == [
        {"text": "Carl Bildt", "kind": "person", "count": 2, "context": 'in answer to UN Balkan envoy Carl Bildt, "quoted"'},
        {"text": "KFOR", "kind": "org", "count": 1, "context": "the NATO mission (KFOR)"},
    ]


def test_csv_format():
    rows = list(csv.reader(io.StringIO(format_candidates(CANDS, "csv"))))
    assert rows[0] == ["text", "kind", "count", "context"]
    assert rows[1] == ["Carl Bildt", "person", "2", 'in answer to UN Balkan envoy Carl Bildt, "quoted"']


def test_table_format():
    out = format_candidates(CANDS, "table", width=100)
    assert "2 name candidates" in out and "Carl Bildt" in out and "KFOR" in out and "person" in out
    assert "\x1b[" not in out  # plain text, no terminal colour codes


def test_unknown_format():
    with pytest.raises(ValueError, match="table, json, csv"):
        format_candidates(CANDS, "xml")


def test_candidates_in_any_script():
    from tei_edition.candidates import find_candidates
    from tei_edition.register import Register

    found = {c.text: c.count for c in find_candidates(
        ["Yesterday Émile Zola met Ольга Жукова in Tartu, and Émile Zola wrote about it."], Register())}
    assert found["Émile Zola"] == 2 and found["Ольга Жукова"] == 1


def test_a_heading_in_capitals_gives_no_candidates_and_acronyms_in_sentences_still_do():
    """A title printed in capitals made every word a candidate organisation ("BEFORE", "THE", "ON") and the whole line
    a name; acronyms among lower-case words are still found, and so is one in a Japanese sentence (guard)."""
    texts = ["HEARING BEFORE THE COMMITTEE ON FOREIGN AFFAIRS",
             "The witness from NATO and the WHO is here.", "NATO と WHO の代表が昨日東京に来て会議を開いた。"]
    found = {c.text: c.count for c in find_candidates(texts)}
    assert found == {"NATO": 2, "WHO": 2}
    assert {c.text for c in find_candidates(texts[:1])} == set()
