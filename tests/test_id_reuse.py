"""An id once published is never given to other words, whatever happens to the TEI between two conversions: a
retirement record (or the whole revisionDesc) deleted by hand, a TEI that is lost with only its backups left, a
backup that remembers a record the TEI lost. The numbers used so far travel in the checksum's processing instruction
(``highest``), which such edits leave alone, and in the backups beside the TEI.

The property at the end converts generated interviews through random corrections, deleting records at random
between conversions: no id ever comes back once gone, and every new id takes a number above all those seen."""

from __future__ import annotations

import json
import random
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st
from lxml import etree
from typer.testing import CliRunner

from tei_edition.cli import app
from tei_edition.convert import convert_file, finish, write_conversion
from tei_edition.errors import OverwriteRefused
from tei_edition.stable_ids import highest_numbers, previous_output, read_existing, recorded_highest, resolve
from tei_edition.validate import validate_file

from .converting import T
from .test_citation_stability import passages, records, write

NS = {"t": "http://www.tei-c.org/ns/1.0"}
LINES = [
    "Where did you grow up, and what was the house like in those first years?",
    "In a stone house by the harbour, with a red door and a fig tree my grandfather planted.",
    "What did your father do for a living when you were a child there?",
    "He mended nets for the fishing boats and sold them at the market every Thursday morning.",
    "And your mother, did she work outside the house as well, or at home?",
    "She taught at the village school until the war closed it down for almost three years.",
]


def interview(lines: list[str]) -> str:
    return "\n\n".join(("HOST: " if k % 2 == 0 else "GUEST: ") + line for k, line in enumerate(lines)) + "\n"


def delete_records(tei: Path, which: str = r"[^\"]+") -> None:
    """A hand edit: the retirement records whose retired id matches ``which`` taken out of the revisionDesc."""
    data = tei.read_text(encoding="utf-8")
    edited = re.sub(rf'\s*<change type="id-retired" n="{which}".*?</change>', "", data, flags=re.S)
    assert edited != data, "no record to delete"
    tei.write_text(edited, encoding="utf-8")


def delete_revision_desc(tei: Path) -> None:
    data = tei.read_text(encoding="utf-8")
    edited = re.sub(r"\s*<revisionDesc>.*?</revisionDesc>", "", data, flags=re.S)
    assert edited != data
    tei.write_text(edited, encoding="utf-8")


def convert(source: Path, out: Path, *, force: bool = False) -> Path:
    return write_conversion(convert_file(source), out, force=force)


def last_paragraph_retired(tmp_path: Path) -> tuple[Path, Path, Path, str]:
    """Convert, delete the last answer from the source, convert again: (source, out, TEI, the retired id)."""
    source = write(tmp_path / "src", "t.txt", interview(LINES))
    out = tmp_path / "out"
    tei = convert(source, out)
    gone = next(i for i, words in passages(tei).items() if words.startswith("she taught") and "-p" in i)
    source.write_text(interview(LINES[:-1]), encoding="utf-8")
    convert(source, out)
    assert gone in records(tei) and gone not in passages(tei)
    return source, out, tei, gone


NEW_ANSWER = "Only in the autumn, when the orchards needed every pair of hands the valley had."


def test_a_record_deleted_by_hand_does_not_free_its_number(tmp_path):
    """The retired id had the highest number of its kind: with its record deleted by hand (and the edit kept with
    --force), the next new paragraph was given that id, and a citation of the old words led to other words."""
    source, out, tei, gone = last_paragraph_retired(tmp_path)
    delete_records(tei, re.escape(gone))
    source.write_text(interview(LINES[:-1] + [NEW_ANSWER]), encoding="utf-8")
    try:
        convert(source, out)
        raise AssertionError("a hand-edited TEI was overwritten without --force")
    except OverwriteRefused:
        pass
    convert(source, out, force=True)
    live = passages(tei)
    new = next(i for i, words in live.items() if words.startswith("only in the autumn") and "-p" in i)
    assert gone not in live
    assert int(new.rsplit("p", 1)[1]) > int(gone.rsplit("p", 1)[1])
    assert (out / "t.xml.bak").is_file()


def test_the_whole_revision_desc_deleted_through_the_command_line(tmp_path):
    """The same through `tei-edition convert --force`, the revisionDesc deleted whole; and the number stays used
    through later conversions, which no longer have the record either."""
    source, out, tei, gone = last_paragraph_retired(tmp_path)
    delete_revision_desc(tei)
    source.write_text(interview(LINES[:-1] + [NEW_ANSWER]), encoding="utf-8")
    result = CliRunner().invoke(app, ["convert", str(source), "-o", str(out), "--force"])
    assert result.exit_code == 0, result.output
    source.write_text(interview(LINES[:-1] + [NEW_ANSWER, "Yes, and in the spring as well, for the lambing."]),
                      encoding="utf-8")
    result = CliRunner().invoke(app, ["convert", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    numbers = [int(i.rsplit("p", 1)[1]) for i in passages(tei) if "-p" in i]
    assert gone not in passages(tei) and len(numbers) == len(set(numbers))
    assert sorted(numbers)[-2:] == [int(gone.rsplit("p", 1)[1]) + 1, int(gone.rsplit("p", 1)[1]) + 2]


def test_resolve_and_cite_say_that_an_id_lost_its_record(tmp_path):
    """An id whose record was deleted by hand was 'not an id of any document here': it was one, and a reader who
    holds a citation of it learns that it names no passage now and where to look."""
    source, out, tei, gone = last_paragraph_retired(tmp_path)
    delete_records(tei, re.escape(gone))
    runner = CliRunner()
    for command in (["resolve", gone, "--in", str(out)], ["cite", str(tei), gone]):
        result = runner.invoke(app, command)
        assert result.exit_code == 1 and "Traceback" not in result.output
        assert f"'{gone}' was an id of this document" in result.output and "deleted by hand" in result.output
        assert len(result.output.strip().splitlines()) == 1


def test_an_id_never_used_is_still_no_id(tmp_path):
    # guard: a number above every number used is no lost id, nor is another document's id
    _, out, tei, gone = last_paragraph_retired(tmp_path)
    runner = CliRunner()
    for reference in ("t-p99", "u-p2"):
        result = runner.invoke(app, ["resolve", reference, "--in", str(out)])
        assert result.exit_code == 1 and "is not an id of any document here" in result.output
    assert "no passage with the id 't-p99'" in runner.invoke(app, ["cite", str(tei), "t-p99"]).output


def test_the_processing_instruction_records_the_highest_numbers(tmp_path):
    """What the file remembers: the highest number of each kind, live or retired; an unchanged source still
    converts to the same bytes, with one processing instruction before the root."""
    source, out, tei, gone = last_paragraph_retired(tmp_path)
    data = tei.read_bytes()
    assert data.count(b"<?tei-edition ") == 1
    highest = recorded_highest(etree.parse(str(tei)).getroot())
    assert highest["p"] == int(gone.rsplit("p", 1)[1]) == len(LINES)
    assert highest["sp"] == len(LINES)
    assert highest == highest_numbers(data)
    convert(source, out)
    assert tei.read_bytes() == data


def test_ids_of_another_document_do_not_count(tmp_path):
    # guard: the numbers are the document's own; a pointer or an id of another document's form is not one of them
    source = write(tmp_path / "src", "t.txt", interview(LINES))
    tei = convert(source, tmp_path / "out")
    data = tei.read_bytes().replace(b"</revisionDesc>",
                                    b'<change type="id-retired" n="other-p99">Elsewhere.</change></revisionDesc>')
    assert highest_numbers(data)["p"] == len(LINES)


def test_numbers_are_read_from_a_file_an_xml_editor_saved_with_single_quotes(tmp_path):
    source = write(tmp_path / "src", "t.txt", interview(LINES))
    data = convert(source, tmp_path / "out").read_bytes()
    resaved = re.sub(rb'="([^"]*)"', rb"='\1'", data)
    assert b"xml:id='t-p6'" in resaved and b"highest='p6 sp6'" in resaved
    assert highest_numbers(resaved.split(b"\n", 2)[2]) == {"p": len(LINES), "sp": len(LINES)}  # the text's ids
    assert highest_numbers(resaved[:resaved.index(b"<TEI")] + b"<TEI/>") == {"p": len(LINES), "sp": len(LINES)}


def test_a_backup_gives_back_a_record_the_tei_lost(tmp_path, tei_all):
    """A TEI edited by hand and replaced with --force is kept as a backup, records and all; when a later hand edit
    deletes a record from the TEI (the revisionDesc whole), the next conversion records it again from the backup, so
    the old id still resolves to where its words went."""
    source, out, tei, gone = last_paragraph_retired(tmp_path)
    target = records(tei)[gone][1]
    tei.write_text(tei.read_text(encoding="utf-8").replace("</teiHeader>", "<!-- checked --></teiHeader>"),
                   encoding="utf-8")
    convert(source, out, force=True)  # the first hand edit, kept as t.xml.bak with the record
    delete_revision_desc(tei)
    convert(source, out, force=True)
    assert records(tei)[gone][1] == target
    assert resolve(gone, out).id == target
    assert [str(p) for p in validate_file(tei)] == [] and tei_all(tei) == []


def test_a_backup_without_the_record_adds_nothing(tmp_path):
    # guard: a backup gives back only records the TEI lost; the TEI's own are not doubled
    source, out, tei, gone = last_paragraph_retired(tmp_path)
    tei.write_text(tei.read_text(encoding="utf-8").replace("</teiHeader>", "<!-- checked --></teiHeader>"),
                   encoding="utf-8")
    convert(source, out, force=True)
    tei.write_text(tei.read_text(encoding="utf-8").replace("</teiHeader>", "<!-- again --></teiHeader>"),
                   encoding="utf-8")
    convert(source, out, force=True)
    changes = etree.parse(str(tei)).getroot().findall(".//t:change[@type='id-retired']", NS)
    assert sorted(c.get("n") for c in changes) == sorted(records(out / "t.xml.bak"))
    assert len({c.get("n") for c in changes}) == len(changes)


def test_numbers_in_a_backup_count_as_used(tmp_path):
    """A TEI replaced by an older copy of itself (unedited: its checksum matches) does not know the numbers used since;
    a backup that does keeps a new passage from taking one of them."""
    source = write(tmp_path / "src", "t.txt", interview(LINES[:4]))
    out = tmp_path / "out"
    tei = convert(source, out)
    older = tei.read_bytes()
    source.write_text(interview(LINES), encoding="utf-8")
    convert(source, out)  # p5, p6
    tei.write_text(tei.read_text(encoding="utf-8").replace("</teiHeader>", "<!-- checked --></teiHeader>"),
                   encoding="utf-8")
    convert(source, out, force=True)  # the edited TEI, p5 and p6 in it, kept as the backup
    tei.write_bytes(older)
    source.write_text(interview(LINES[:4] + [NEW_ANSWER]), encoding="utf-8")
    convert(source, out)
    new = next(i for i, words in passages(tei).items() if words.startswith("only in the autumn") and "-p" in i)
    assert new == f"t-p{len(LINES) + 1}"


def test_without_a_backup_an_older_copy_numbers_after_itself(tmp_path):
    # guard (and the limit of what convert can know): no backup, so the older copy's numbers are all there is
    source = write(tmp_path / "src", "t.txt", interview(LINES[:4]))
    out = tmp_path / "out"
    tei = convert(source, out)
    older = tei.read_bytes()
    source.write_text(interview(LINES), encoding="utf-8")
    convert(source, out)
    tei.write_bytes(older)
    source.write_text(interview(LINES[:4] + [NEW_ANSWER]), encoding="utf-8")
    convert(source, out)
    assert "t-p5" in passages(tei)


def test_a_lost_tei_is_carried_over_from_its_latest_backup(tmp_path):
    """The TEI deleted, its backups left: what a conversion carries its ids over from is the latest backup, so the
    passages keep their ids and a retired one stays retired (convert.write_conversion reads the TEI only when it is
    there: see previous_output)."""
    source, out, tei, gone = last_paragraph_retired(tmp_path)
    tei.write_text(tei.read_text(encoding="utf-8").replace("</teiHeader>", "<!-- checked --></teiHeader>"),
                   encoding="utf-8")
    before = passages(tei)
    convert(source, out, force=True)
    tei.unlink()
    source.write_text(interview(LINES[:-1] + [NEW_ANSWER]), encoding="utf-8")
    conversion = convert_file(source)
    existing = previous_output(tei)
    assert existing is not None and not existing.edited
    tei.write_bytes(finish(conversion, existing))
    after = passages(tei)
    assert {i: w for i, w in after.items() if i in before} == before
    assert gone in records(tei) and gone not in after


def test_convert_carries_a_lost_tei_over_from_its_latest_backup(tmp_path):
    """The same through `tei-edition convert`: the TEI deleted, its backup left, the next conversion keeps the ids and
    the retirement records the backup holds, and replaces no file (the backup stays as it was)."""
    source, out, tei, gone = last_paragraph_retired(tmp_path)
    tei.write_text(tei.read_text(encoding="utf-8").replace("</teiHeader>", "<!-- checked --></teiHeader>"),
                   encoding="utf-8")
    before = passages(tei)
    convert(source, out, force=True)
    backup = out / "t.xml.bak"
    kept = backup.read_bytes()
    tei.unlink()
    source.write_text(interview(LINES[:-1] + [NEW_ANSWER]), encoding="utf-8")
    convert(source, out)
    after = passages(tei)
    assert {i: w for i, w in after.items() if i in before} == before
    assert gone in records(tei) and gone not in after
    assert backup.read_bytes() == kept and not (out / "t.xml.bak2").exists()


def test_no_tei_and_no_backup_is_nothing_to_carry_over(tmp_path):
    # guard: a first conversion has nothing before it
    assert previous_output(tmp_path / "t.xml") is None


def test_an_unreadable_tei_with_a_backup_is_carried_over_from_the_backup(tmp_path):
    """A TEI of which nothing can be read (not XML at all) with --force numbered every passage from 1 again; with a
    backup beside it, the ids are the backup's."""
    source, out, tei, gone = last_paragraph_retired(tmp_path)
    (out / "t.xml.bak").write_bytes(tei.read_bytes())
    before = passages(tei)
    tei.write_bytes(b"\x00\x01 not a TEI")
    assert read_existing(tei).tree is not None
    convert(source, out, force=True)
    assert passages(tei) == before and gone in records(tei)
    assert (out / "t.xml.bak2").read_bytes() == b"\x00\x01 not a TEI"


def test_a_build_with_a_record_deleted_by_hand_does_not_reuse_its_number(tmp_path):
    """The same through `tei-edition build`: its workers read the previous TEI's bytes, processing instruction and
    all."""
    source, _, _, _ = last_paragraph_retired(tmp_path)
    source.write_text(interview(LINES), encoding="utf-8")
    dist = tmp_path / "dist"
    runner = CliRunner()
    assert runner.invoke(app, ["build", str(source.parent), "-o", str(dist), "--formats", "tei", "-q"]).exit_code == 0
    source.write_text(interview(LINES[:-1]), encoding="utf-8")
    assert runner.invoke(app, ["build", str(source.parent), "-o", str(dist), "--formats", "tei", "-q"]).exit_code == 0
    tei = dist / "t.xml"
    gone = next(iter(i for i in records(tei) if "-p" in i))
    delete_records(tei)
    source.write_text(interview(LINES[:-1] + [NEW_ANSWER]), encoding="utf-8")
    result = runner.invoke(app, ["build", str(source.parent), "-o", str(dist), "--formats", "tei", "-q"])
    assert result.exit_code == 1  # the hand-edited TEI is refused
    result = runner.invoke(app, ["build", str(source.parent), "-o", str(dist), "--formats", "tei", "-q", "--force"])
    assert result.exit_code == 0, result.output
    live = passages(tei)
    new = next(i for i, words in live.items() if words.startswith("only in the autumn") and "-p" in i)
    assert gone not in live and int(new.rsplit("p", 1)[1]) > int(gone.rsplit("p", 1)[1])


def build_tei(source: Path, dist: Path, *options: str) -> None:
    result = CliRunner().invoke(app, ["build", str(source.parent), "-o", str(dist), "--formats", "tei", "-q", *options])
    assert result.exit_code == 0, result.output


def test_a_build_over_an_older_copy_of_the_tei_remembers_the_numbers_in_its_manifest(tmp_path):
    """A TEI replaced by an older copy of itself (its checksum matches: no hand edit to see) gave a number used since
    to a new passage: the manifest now keeps each document's highest numbers, and the next build counts them."""
    source = write(tmp_path / "src", "t.txt", interview(LINES[:4]))
    dist = tmp_path / "dist"
    build_tei(source, dist)
    older = (dist / "t.xml").read_bytes()
    source.write_text(interview(LINES), encoding="utf-8")
    build_tei(source, dist)  # p5 and p6
    entry = json.loads((dist / "manifest.json").read_text(encoding="utf-8"))["documents"]
    assert [e["highest"] for e in entry.values()] == [f"p{len(LINES)} sp{len(LINES)}"]
    (dist / "t.xml").write_bytes(older)
    source.write_text(interview(LINES[:4] + [NEW_ANSWER]), encoding="utf-8")
    build_tei(source, dist)
    new = next(i for i, words in passages(dist / "t.xml").items() if words.startswith("only in the autumn"))
    assert new == f"t-p{len(LINES) + 1}"


def test_a_document_whose_id_changed_is_numbered_from_one(tmp_path):
    # guard: the highest numbers are a document's; under a new id (its sidecar's) its ids start again at 1, where
    # they went on from the old document's highest
    source = write(tmp_path / "src", "t.txt", interview(LINES))
    (source.parent / "t.toml").write_text('id = "alpha"\n', encoding="utf-8")
    dist = tmp_path / "dist"
    build_tei(source, dist)
    source.write_text(interview(LINES[:4]), encoding="utf-8")
    build_tei(source, dist)
    assert "alpha-p6" in records(dist / "alpha.xml")
    (source.parent / "t.toml").write_text('id = "beta"\n', encoding="utf-8")
    build_tei(source, dist)
    assert sorted(i for i in passages(dist / "beta.xml") if "-p" in i) == ["beta-p1", "beta-p2", "beta-p3", "beta-p4"]


def test_a_manifest_edited_by_hand_only_costs_its_numbers(tmp_path):
    # guard: a highest that is no such value (a hand edit of the manifest) is read as nothing, not as an error
    source = write(tmp_path / "src", "t.txt", interview(LINES))
    dist = tmp_path / "dist"
    build_tei(source, dist)
    manifest = dist / "manifest.json"
    manifest.write_text(re.sub(r'"highest": "[^"]*"', '"highest": 7', manifest.read_text(encoding="utf-8")),
                        encoding="utf-8")
    source.write_text(interview(LINES + [NEW_ANSWER]), encoding="utf-8")
    build_tei(source, dist)
    assert f"t-p{len(LINES) + 1}" in passages(dist / "t.xml")


def test_a_build_whose_tei_is_gone_is_refused_until_it_is_put_back(tmp_path):
    """A TEI deleted from the output folder took the ids its passages are cited by (and the retired ones) with it:
    numbering them afresh from 1 gave a retired id to other words. The build refuses that document, naming the file
    and the remedies; its other outputs stay; once the TEI is back, it builds and carries its ids over."""
    source, _, _, _ = last_paragraph_retired(tmp_path)
    dist = tmp_path / "dist"
    source.write_text(interview(LINES), encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(app, ["build", str(source.parent), "-o", str(dist), "--formats", "tei,html", "-q"]).exit_code == 0
    source.write_text(interview(LINES[:-1]), encoding="utf-8")
    build_tei(source, dist, "--formats", "tei,html")
    kept = (dist / "t.xml").read_bytes()
    page = (dist / "t.html").read_bytes()
    (dist / "t.xml").unlink()
    source.write_text(interview(LINES[:-1] + [NEW_ANSWER]), encoding="utf-8")
    result = runner.invoke(app, ["build", str(source.parent), "-o", str(dist), "--formats", "tei,html", "-q"])
    assert result.exit_code == 1
    message = " ".join(result.output.split())
    assert "t.xml: the TEI the last build wrote is gone" in message and "--force" in message
    assert "Traceback" not in result.output
    assert not (dist / "t.xml").exists() and (dist / "t.html").read_bytes() == page
    (dist / "t.xml").write_bytes(kept)  # put back
    build_tei(source, dist, "--formats", "tei,html")
    new = next(i for i, words in passages(dist / "t.xml").items() if words.startswith("only in the autumn"))
    assert new == f"t-p{len(LINES) + 1}" and "t-p6" in records(dist / "t.xml")


def test_a_build_forced_over_a_lost_tei_numbers_above_every_number_used(tmp_path):
    """--force builds it again without the lost TEI: no id it had is given to other words (its old ids, retired ones
    included, lead nowhere; the manifest's highest numbers say which)."""
    source, _, _, _ = last_paragraph_retired(tmp_path)
    dist = tmp_path / "dist"
    source.write_text(interview(LINES), encoding="utf-8")
    build_tei(source, dist)
    source.write_text(interview(LINES[:-1]), encoding="utf-8")
    build_tei(source, dist)
    before = set(passages(dist / "t.xml")) | set(records(dist / "t.xml"))
    (dist / "t.xml").unlink()
    build_tei(source, dist, "--force")
    after = set(passages(dist / "t.xml"))
    assert after and not after & before
    assert min(int(i.rsplit("p", 1)[1]) for i in after if "-p" in i) == len(LINES) + 1


def test_a_build_without_tei_output_numbers_from_one_each_time(tmp_path):
    # guard: a build that writes no TEI (--formats html) has no ids to lose: its passages are numbered from 1 at each
    # build, not above the numbers the manifest records for it
    source = write(tmp_path / "src", "t.txt", interview(LINES))
    dist = tmp_path / "dist"
    for _ in range(2):
        result = CliRunner().invoke(app, ["build", str(source.parent), "-o", str(dist), "--formats", "html", "-q",
                                          "--force"])
        assert result.exit_code == 0, result.output
        assert 'id="t-p1"' in (dist / "t.html").read_text(encoding="utf-8")


# -- the property ----------------------------------------------------------------------------------------------------

WORDS = tuple(f"{stem}{ending}" for stem in (
    "harbour river orchard winter market school teacher father mother village station letter garden kitchen bread "
    "fishing nets morning evening factory union wages church bridge mountain valley forest harvest cattle horse "
    "doctor fever cousin wedding radio office court border soldier island storm flood water stove roof lamp").split()
    for ending in ("", "s", "less"))
#: the last paragraph deleted and one appended: a new passage whose number a forgotten record would give again
CORRECTIONS = ("insert", "delete", "delete the last", "append", "correct")
HAND_EDITS = ("none", "none", "one record", "every record", "revisionDesc", "a paragraph's element")


def _hand_edit(tei: Path, edit: str, chance: random.Random) -> None:
    data = tei.read_text(encoding="utf-8")
    if edit == "one record":
        found = re.findall(r'<change type="id-retired" n="([^"]+)"', data)
        if found:
            delete_records(tei, re.escape(chance.choice(found)))
    elif edit == "every record" and 'type="id-retired"' in data:
        delete_records(tei)
    elif edit == "revisionDesc":
        delete_revision_desc(tei)
    elif edit == "a paragraph's element":  # a paragraph cut out of the TEI by hand: its words are still in the source
        found = re.findall(r'<p xml:id="[^"]+"[^>]*>.*?</p>', data, flags=re.S)
        if len(found) > 1:
            tei.write_text(data.replace(chance.choice(found), "", 1), encoding="utf-8")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 2**32), st.lists(st.tuples(st.sampled_from(CORRECTIONS),
                                                 st.sampled_from(HAND_EDITS)), min_size=2, max_size=6))
def test_property_no_id_comes_back_once_gone_whatever_is_deleted_by_hand(seed, steps):
    """A generated interview is corrected and converted again, step by step; between conversions records are deleted
    by hand at random (one, all, the revisionDesc), or a paragraph cut out of the TEI, and the next conversion is
    forced. Over the whole sequence: an id that was live and is gone never comes back, and an id first seen takes a
    number above every number of its kind seen before, so that no id ever names two passages."""
    chance = random.Random(seed)

    def sentence() -> str:
        return " ".join(chance.sample(WORDS, 10)).capitalize() + "."

    lines = [sentence() for _ in range(chance.randrange(3, 8))]
    seen: set[str] = set()
    gone: set[str] = set()
    highest: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as folder:
        source = write(Path(folder) / "src", "t.txt", interview(lines))
        out = Path(folder) / "out"
        for step, (correction, hand_edit) in enumerate([("none", "none"), *steps]):
            k = chance.randrange(len(lines))
            if correction == "insert":
                lines.insert(k, sentence())
            elif correction in ("delete", "delete the last") and len(lines) > 2:
                del lines[k if correction == "delete" else -1]
            elif correction == "append":
                lines.append(sentence())
            elif correction == "correct":
                lines[k] = lines[k].replace(lines[k].split()[1], chance.choice(WORDS), 1)
            source.write_text(interview(lines), encoding="utf-8")
            tei = convert(source, out, force=True)
            live = set(passages(tei))
            assert not live & gone, f"step {step}: {sorted(live & gone)} came back"
            for ident in sorted(live - seen, key=lambda i: int(re.search(r"\d+$", i).group())):
                kind, number = re.fullmatch(r"t-([a-z]+)(\d+)", ident).groups()
                assert int(number) > highest.get(kind, 0), f"step {step}: {ident} takes a number used before"
            for ident in live:
                kind, number = re.fullmatch(r"t-([a-z]+)(\d+)", ident).groups()
                highest[kind] = max(highest.get(kind, 0), int(number))
            gone |= seen - live
            seen |= live
            root = etree.parse(str(tei)).getroot()
            assert root.find(f"{T}text") is not None
            _hand_edit(tei, hand_edit, chance)
