"""Stable ids: edit the seed in each way, re-convert into the same folder, check every id; hand edits are kept."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from tei_edition.cli import app
from tei_edition.convert import convert_file, write_conversion
from tei_edition.errors import OverwriteRefused
from tei_edition.stable_ids import align, resolve, retirements

from .conftest import SEED, SEEDS

NS = {"t": "http://www.tei-c.org/ns/1.0"}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
DOC = "eir-2000-mizin"
ORIGINAL = SEED.read_text(encoding="utf-8")


@pytest.fixture
def corpus(tmp_path: Path):
    """A copy of the seed corpus and an output folder holding its first conversion."""
    src = tmp_path / "src"
    src.mkdir()
    for name in ("edition.toml", "register.xml", "eir-2000-mizin.toml", "eir-2000-mizin.txt"):
        if (SEEDS / name).exists():
            shutil.copy(SEEDS / name, src / name)
    out = tmp_path / "out"
    write_conversion(convert_file(src / SEED.name), out)
    return src / SEED.name, out


def units(path: Path, kind: str) -> list[tuple[str, str]]:
    """(id, text) of every p or sp in text, in order."""
    root = etree.parse(str(path)).getroot()
    return [(e.get(XML_ID), " ".join("".join(e.itertext()).split())) for e in root.find("t:text", NS).iter(f"{{{NS['t']}}}{kind}")]


def reconvert(corpus, edit) -> tuple[dict, dict]:
    """Apply ``edit`` (old text → new text) to the source, re-convert; return before/after units per kind."""
    source, out = corpus
    target = out / f"{DOC}.xml"
    before = {kind: units(target, kind) for kind in ("p", "sp")}
    text = source.read_text(encoding="utf-8")
    changed = edit(text)
    assert changed != text, "the edit did not apply"
    source.write_text(changed, encoding="utf-8")
    write_conversion(convert_file(source), out)
    after = {kind: units(target, kind) for kind in ("p", "sp")}
    for kind in after:
        ids = [i for i, _ in after[kind]]
        assert len(ids) == len(set(ids)), "ids must stay unique"
    return before, after


def pid(n: int) -> str:
    return f"{DOC}-p{n}"


def spid(n: int) -> str:
    return f"{DOC}-sp{n}"


def ids(units_: list[tuple[str, str]]) -> list[str]:
    return [i for i, _ in units_]


def find(units_, phrase: str) -> str:
    matches = [i for i, text in units_ if phrase in text]
    assert len(matches) == 1, (phrase, matches)
    return matches[0]


def retired(out: Path) -> dict[str, tuple[str, str | None]]:
    root = etree.parse(str(out / f"{DOC}.xml")).getroot()
    return {r.id: (r.reason, r.target) for r in retirements(root)}


def n_of(out: Path) -> list[str]:
    root = etree.parse(str(out / f"{DOC}.xml")).getroot()
    return [p.get("n") for p in root.find("t:text", NS).iter(f"{{{NS['t']}}}p")]


def test_first_conversion_numbers_ids_like_n(corpus):
    _, out = corpus
    assert ids(units(out / f"{DOC}.xml", "p")) == [pid(n) for n in range(1, 26)]
    assert retired(out) == {}


def test_unchanged_reconversion_is_byte_identical(corpus):
    source, out = corpus
    first = (out / f"{DOC}.xml").read_bytes()
    write_conversion(convert_file(source), out)
    assert (out / f"{DOC}.xml").read_bytes() == first


def test_typo_fixed_keeps_every_id(corpus):
    before, after = reconvert(corpus, lambda t: t.replace("Nobody has rejected this proposal.", "Nobody has rejcted this proposal."))
    assert ids(after["p"]) == ids(before["p"]) and ids(after["sp"]) == ids(before["sp"])
    assert "rejcted" in dict(after["p"])[pid(5)]


def test_words_added_and_removed_keep_every_id(corpus):
    before, after = reconvert(
        corpus,
        lambda t: t.replace("Concerning national sovereignty, we think", "Concerning national sovereignty, which is the crux of it all, we think")
        .replace("We are not naive, and we understand the developments. ", "We are not naive. "),
    )
    assert ids(after["p"]) == ids(before["p"]) and ids(after["sp"]) == ids(before["sp"])
    assert "crux" in dict(after["p"])[pid(9)]


def test_inserted_paragraph_gets_a_new_id_and_n_stays_display_order(corpus):
    new = "Let me add a separate point about the monitoring mission, which Moscow considers essential for any settlement."
    before, after = reconvert(corpus, lambda t: t.replace("\n\nThe cornerstone of our attitude", f"\n\n{new}\n\nThe cornerstone of our attitude"))
    assert find(after["p"], "monitoring mission") == pid(26)
    assert [i for i in ids(after["p"]) if i != pid(26)] == ids(before["p"])
    assert ids(after["sp"]) == ids(before["sp"])
    _, out = corpus
    assert n_of(out) == [str(n) for n in range(1, 27)]
    assert retired(out) == {}


def test_deleted_paragraph_is_retired_and_points_at_its_neighbour(corpus):
    before, after = reconvert(corpus, lambda t: t.replace(_paragraph(t, "Concerning national sovereignty"), ""))
    assert ids(after["p"]) == [i for i in ids(before["p"]) if i != pid(9)]
    _, out = corpus
    assert retired(out) == {pid(9): ("neighbour", pid(8))}
    found = resolve(pid(9), out)
    assert found.retired and found.id == pid(8) and found.first_words.startswith("Sometimes the position")
    # a new paragraph later never reuses the retired number
    _, again = reconvert(corpus, lambda t: t.replace("\n\nThe cornerstone of our attitude", "\n\nAn entirely fresh remark on procedure, nothing else.\n\nThe cornerstone of our attitude"))
    assert find(again["p"], "entirely fresh remark") == pid(26)


def test_split_paragraph_keeps_the_id_on_the_larger_part(corpus):
    before, after = reconvert(corpus, lambda t: t.replace("We see now the results. Although", "We see now the results.\n\nAlthough"))
    larger = find(after["p"], "Although some people in Washington")
    smaller = find(after["p"], "For example, the Kosovo intervention")
    assert larger == pid(13) and smaller == pid(26)
    assert [i for i in ids(after["p"]) if i != pid(26)] == ids(before["p"])
    _, out = corpus
    assert retired(out) == {}


def test_merged_paragraphs_keep_the_first_id_and_retire_the_second(corpus):
    before, after = reconvert(corpus, lambda t: t.replace("not be diluted.\n\nConcerning national", "not be diluted. Concerning national"))
    assert find(after["p"], "Concerning national sovereignty") == pid(8)
    assert ids(after["p"]) == [i for i in ids(before["p"]) if i != pid(9)]
    _, out = corpus
    assert retired(out) == {pid(9): ("mergedInto", pid(8))}
    assert resolve(f"https://editions.example.org/interviews/{DOC}#{pid(9)}", out).id == pid(8)


@pytest.mark.parametrize("edit, said", [
    (lambda t: t.replace("not be diluted.\n\nConcerning national", "not be diluted. Concerning national"), "was merged into"),
    (lambda t: t.replace(_paragraph(t, "Concerning national sovereignty"), ""), "the nearest passage is"),
])
def test_citing_a_retired_id_names_the_passage_that_took_its_place(corpus, edit, said):
    reconvert(corpus, edit)
    _, out = corpus
    tei = out / f"{DOC}.xml"
    result = CliRunner().invoke(app, ["cite", str(tei), pid(9)])
    assert result.exit_code == 1 and len(result.stderr.strip().splitlines()) == 1
    assert said in result.stderr and f"tei-edition cite {tei} {pid(8)}" in result.stderr
    unknown = CliRunner().invoke(app, ["cite", str(tei), f"{DOC}-p999"])
    assert unknown.exit_code == 1 and "no passage with the id" in unknown.stderr and "resolve" in unknown.stderr


def test_inserted_turns_get_new_ids(corpus):
    insert = "**EIR:** Is there a way out of the impasse?\n\n**Mizin:** Only through the Security Council, and only with Belgrade at the table.\n\n"
    before, after = reconvert(corpus, lambda t: t.replace("**EIR:** The group that pushed", insert + "**EIR:** The group that pushed"))
    assert find(after["sp"], "way out of the impasse") == spid(19)
    assert find(after["sp"], "Only through the Security Council") == spid(20)
    assert [i for i in ids(after["sp"]) if i not in (spid(19), spid(20))] == ids(before["sp"])
    assert [i for i in ids(after["p"]) if i not in (pid(26), pid(27))] == ids(before["p"])


def test_deleted_turns_are_retired_and_resolvable(corpus):
    start = ORIGINAL.index("**EIR:** The group that pushed")
    end = ORIGINAL.index("**EIR:** What is your opinion")
    gone_sp = [spid(7), spid(8)]
    before, after = reconvert(corpus, lambda t: t[:start] + t[end:])
    assert ids(after["sp"]) == [i for i in ids(before["sp"]) if i not in gone_sp]
    assert ids(after["p"]) == [i for i in ids(before["p"]) if i not in (pid(14), pid(15))]
    _, out = corpus
    records = retired(out)
    assert records[spid(7)] == ("neighbour", spid(6)) and records[spid(8)] == ("neighbour", spid(6))
    assert records[pid(14)] == ("neighbour", pid(13)) and records[pid(15)] == ("neighbour", pid(13))
    assert resolve(spid(8), out).id == spid(6)


def test_turns_merged_when_the_question_between_them_goes(corpus):
    start = ORIGINAL.index("**EIR:** On the other side")
    end = ORIGINAL.index("**Mizin:** We are not naive")
    before, after = reconvert(corpus, lambda t: t[:start] + t[end:].replace("**Mizin:** We are not naive", "We are not naive", 1))
    _, out = corpus
    records = retired(out)
    assert find(after["sp"], "We are not naive") == find(after["sp"], "Sometimes the position") == spid(4)
    assert records[spid(5)] == ("neighbour", spid(4)) and records[spid(6)] == ("mergedInto", spid(4))
    assert ids(after["p"]) == [i for i in ids(before["p"]) if i != pid(10)]


def test_retired_pointers_follow_later_retirements(corpus):
    reconvert(corpus, lambda t: t.replace(_paragraph(t, "Concerning national sovereignty"), ""))
    reconvert(corpus, lambda t: t.replace(_paragraph(t, "Sometimes the position of Russia"), ""))
    _, out = corpus
    records = retired(out)
    assert records[pid(8)][1] == records[pid(9)][1] == pid(7)


def test_reconverted_tei_with_retirements_is_valid(corpus, tei_all):
    from tei_edition.validate import validate_file

    reconvert(corpus, lambda t: t.replace("not be diluted.\n\nConcerning national", "not be diluted. Concerning national"))
    _, out = corpus
    assert [str(p) for p in validate_file(out / f"{DOC}.xml")] == []
    assert tei_all(out / f"{DOC}.xml") == []


def test_hand_edited_tei_is_not_overwritten(corpus):
    source, out = corpus
    target = out / f"{DOC}.xml"
    curated = target.read_bytes().replace(b"Nobody has rejected", b"Nobody had rejected")
    target.write_bytes(curated)
    with pytest.raises(OverwriteRefused):
        write_conversion(convert_file(source), out)
    assert target.read_bytes() == curated

    result = CliRunner().invoke(app, ["convert", str(source), "-o", str(out)])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "edited by hand" in lines[0] and "--force" in lines[0]
    assert target.read_bytes() == curated

    result = CliRunner().invoke(app, ["convert", str(source), "-o", str(out), "--force"])
    assert result.exit_code == 0, result.output
    assert (out / f"{DOC}.xml.bak").read_bytes() == curated
    assert b"Nobody has rejected" in target.read_bytes()
    # the next forced overwrite of a curated file never replaces the first backup
    target.write_bytes(curated)
    assert CliRunner().invoke(app, ["convert", str(source), "-o", str(out), "--force"]).exit_code == 0
    assert (out / f"{DOC}.xml.bak2").read_bytes() == curated


def test_alignment_is_deterministic_and_handles_moves():
    a, b, c = ("alpha", "beta", "gamma"), ("delta", "epsilon"), ("zeta", "eta", "theta")
    result = align([a, b, c], [c, a, b])
    assert result.carried == {0: 2, 1: 0, 2: 1}
    assert align([a, b, c], [c, a, b]).carried == result.carried


def _paragraph(text: str, start: str) -> str:
    """The source paragraph starting with ``start``, with the blank line after it."""
    begin = text.index(start)
    end = text.index("\n\n", begin)
    return text[begin:end + 2]
