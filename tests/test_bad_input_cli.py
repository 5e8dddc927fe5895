"""Bad input to every command: one line `error: FILE: what is wrong; what to do`, exit 1 (2 for usage errors),
no traceback, nothing half-written and no good output replaced."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tei_edition.cli import app

from .conftest import SEEDS

runner = CliRunner()


def one_line_error(result, *expected: str, code: int = 1) -> str:
    """The single error line of a failed run (asserts the standard: exit code, one line, no traceback)."""
    assert result.exit_code == code, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(lines) == 1, result.output
    for text in expected:
        assert text in lines[0], lines[0]
    return lines[0]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A copy of seeds/: edition.toml, register.xml, the seed transcript and its sidecar."""
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    return folder


@pytest.fixture(scope="module")
def good_tei(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("tei")
    result = runner.invoke(app, ["convert", str(SEEDS / "eir-2000-mizin.txt"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out / "eir-2000-mizin.xml"


# ----- an output folder that is a file -----

@pytest.mark.parametrize("inside", [False, True], ids=["is-a-file", "inside-a-file"])
@pytest.mark.parametrize("command", ["convert", "build", "render-html", "render-print", "render-pdf", "metadata"])
def test_an_output_folder_that_is_a_file_is_one_line(tmp_path, corpus, good_tei, command, inside):
    blocker = tmp_path / "taken"
    blocker.write_text("not a folder\n", encoding="utf-8")
    output = blocker / "sub" if inside else blocker
    args = {
        "convert": ["convert", str(corpus / "eir-2000-mizin.txt")],
        "build": ["build", str(corpus), "--formats", "tei", "--quiet"],
        "render-html": ["render", str(good_tei), "--to", "html"],
        "render-print": ["render", str(good_tei), "--to", "print"],
        "render-pdf": ["render", str(good_tei), "--to", "pdf"],
        "metadata": ["metadata", str(good_tei)],
    }[command]
    result = runner.invoke(app, [*args, "-o", str(output)])
    one_line_error(result, f"{blocker}: is a file, not a folder", "(-o)")
    assert blocker.read_text(encoding="utf-8") == "not a folder\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["seeds", "taken"]


def test_package_into_a_file_is_one_line(tmp_path, good_tei):
    dist = good_tei.parent
    blocker = tmp_path / "taken"
    blocker.write_text("x", encoding="utf-8")
    result = runner.invoke(app, ["package", str(dist), "-o", str(blocker / "bag")])
    one_line_error(result, f"{blocker}: is a file, not a folder")


def test_build_report_in_a_file_or_a_folder_is_refused_before_building(tmp_path, corpus):
    blocker = tmp_path / "taken"
    blocker.write_text("x", encoding="utf-8")
    out = tmp_path / "dist"
    result = runner.invoke(app, ["build", str(corpus), "-o", str(out), "--formats", "tei", "--quiet",
                                 "--report", str(blocker / "r.json")])
    one_line_error(result, f"{blocker}: is a file, not a folder", "--report")
    result = runner.invoke(app, ["build", str(corpus), "-o", str(out), "--formats", "tei", "--quiet",
                                 "--report", str(corpus)])
    one_line_error(result, f"{corpus}: is a folder", "--report")
    assert not out.exists()


# ----- sidecar and corpus config -----

SIDECAR_DEFECTS = [
    ('dates = ["2000-03-24", "2000-03-27"]', 'dates = ["2000-13-45"]', "'2000-13-45' is not a day of the calendar"),
    ('dates = ["2000-03-24", "2000-03-27"]', 'dates = ["2000-02-30"]', "'2000-02-30' is not a day of the calendar"),
    ("year = 2000", "year = true", "'year' must be a whole number, not true or false"),
    ("year = 2000", "year = -5", "year -5 is not a year"),
    ('language = "en"', 'language = "not a language!"', "language 'not a language!' is not a language tag"),
    ('language = "en"', 'langauge = "en"', "unknown key 'langauge'; did you mean 'language'?"),
    ("year_inferred = true", "year_infered = true", "unknown key 'year_infered' in [source]"),
    ('role = "interviewee"', 'rol = "interviewee"', "unknown key 'rol' in [[participants]]"),
    ('id = "eir-2000-mizin"', 'interview = "March"\nid = "eir-2000-mizin"', "'interview' must be a table"),
]


@pytest.mark.parametrize("old, new, expected", SIDECAR_DEFECTS,
                         ids=["month-13", "feb-30", "year-bool", "year-negative", "language", "misspelt-key",
                              "misspelt-source-key", "misspelt-participant-key", "table-as-string"])
def test_a_bad_sidecar_is_one_line_naming_it_and_keeps_the_good_output(tmp_path, corpus, old, new, expected):
    source, sidecar = corpus / "eir-2000-mizin.txt", corpus / "eir-2000-mizin.toml"
    out = tmp_path / "out"
    assert runner.invoke(app, ["convert", str(source), "-o", str(out)]).exit_code == 0
    good = (out / "eir-2000-mizin.xml").read_bytes()
    text = sidecar.read_text(encoding="utf-8")
    if new.startswith("interview = "):  # a top-level key must come before the first table
        text = text.replace("[interview]\n", "").replace(old, new)
    else:
        assert old in text
        text = text.replace(old, new, 1)
    sidecar.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["convert", str(source), "-o", str(out)])
    one_line_error(result, f"{sidecar}: ", expected)
    assert (out / "eir-2000-mizin.xml").read_bytes() == good
    assert [p.name for p in out.iterdir()] == ["eir-2000-mizin.xml"]


@pytest.mark.parametrize("name", ["eir-2000-mizin.toml", "edition.toml"])
def test_a_toml_file_that_is_not_utf8_is_one_line(tmp_path, corpus, name):
    (corpus / name).write_bytes(b"\xff\xfe t\x00i\x00")
    result = runner.invoke(app, ["convert", str(corpus / "eir-2000-mizin.txt"), "-o", str(tmp_path / "out")])
    one_line_error(result, f"{name}: not UTF-8 text", "UTF-8")


CONFIG_DEFECTS = [
    ("[edition]", 'edition = "x"', "'edition' must be a table ([edition]), not a string"),
    ("licence = ", "licenze = ", "unknown key 'licenze' in [edition]; did you mean 'licence'?"),
    ('language = "en"', 'language = "!!"', "language '!!' is not a language tag"),
    ('language = "en"', 'language = "en"\npaper = "A5"', "paper 'A5' is no paper size of the print edition; give one of a4, letter"),
    ('language = "en"', 'language = "en"\ntagged_pdf = "yes"', "'tagged_pdf' must be true or false, not a string"),
]


@pytest.mark.parametrize("old, new, expected", CONFIG_DEFECTS,
                         ids=["edition-not-a-table", "misspelt", "language", "paper", "tagged-pdf"])
def test_a_bad_corpus_config_is_one_line_naming_it(tmp_path, corpus, old, new, expected):
    config = corpus / "edition.toml"
    text = config.read_text(encoding="utf-8")
    assert old in text
    config.write_text(text.replace(old, new, 1), encoding="utf-8")
    result = runner.invoke(app, ["convert", str(corpus / "eir-2000-mizin.txt"), "-o", str(tmp_path / "out")])
    one_line_error(result, "edition.toml: ", expected)


# ----- bags -----

@pytest.fixture
def bag(tmp_path, good_tei) -> Path:
    dist = tmp_path / "dist"
    dist.mkdir()
    shutil.copy(good_tei, dist / good_tei.name)
    result = runner.invoke(app, ["package", str(dist), "-o", str(tmp_path / "bag")])
    assert result.exit_code == 0, result.output
    return tmp_path / "bag"


@pytest.mark.parametrize("name", ["manifest-sha256.txt", "bag-info.txt", "tagmanifest-sha512.txt"])
@pytest.mark.parametrize("command", ["verify", "validate"])
def test_a_tag_file_that_is_not_text_is_named_not_a_traceback(bag, name, command):
    (bag / name).write_bytes(b"\xff\xfe\x00" + (bag / name).read_bytes())
    result = runner.invoke(app, [command, str(bag)])
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert f"{name} is not UTF-8 text" in result.output and "Traceback" not in result.output


def test_a_missing_payload_manifest_is_named_once(bag):
    (bag / "manifest-sha256.txt").unlink()
    result = runner.invoke(app, ["verify", str(bag)])
    one_line_error(result, "(1 problem);")
    assert result.output.count("manifest-sha256.txt: missing") == 1


def test_the_problems_of_a_bag_are_counted_in_words(bag):
    payload = sorted(p for p in (bag / "data").rglob("*") if p.is_file())
    payload[0].write_bytes(payload[0].read_bytes() + b"\n")
    (bag / "data" / "stray.txt").write_text("not packaged\n", encoding="utf-8")
    line = one_line_error(runner.invoke(app, ["verify", str(bag)]), "(2 problems);")
    assert "problem(s)" not in line


# ----- a bad --scheduler -----

@pytest.mark.parametrize("address", ["notaurl", "tcp://[::1"])
def test_a_malformed_scheduler_address_fails_fast_and_writes_nothing(tmp_path, corpus, address):
    out = tmp_path / "dist"
    result = runner.invoke(app, ["build", str(corpus), "-o", str(out), "--formats", "tei", "--quiet",
                                 "--scheduler", address])
    one_line_error(result, f"{address}: cannot reach the Dask scheduler", "tcp://")
    assert not out.exists()


def test_a_scheduler_address_where_something_else_answers_is_one_line(tmp_path, corpus):
    import socket
    import threading

    server = socket.create_server(("127.0.0.1", 0))
    port = server.getsockname()[1]

    def answer_garbage() -> None:
        while True:
            try:
                conn, _ = server.accept()
            except OSError:
                return
            with conn:
                conn.sendall(b"\xff" * 64)

    threading.Thread(target=answer_garbage, daemon=True).start()
    try:
        out = tmp_path / "dist"
        result = runner.invoke(app, ["build", str(corpus), "-o", str(out), "--formats", "tei", "--quiet",
                                     "--scheduler", f"tcp://127.0.0.1:{port}"])
    finally:
        server.close()
    one_line_error(result, f"tcp://127.0.0.1:{port}: cannot reach the Dask scheduler")
    assert not out.exists()


# ----- render and metadata: invalid TEI, not TEI, one bad file among good ones -----

def _cli(*args: str, cwd: Path):
    """The real command in a process of its own: what SaxonC writes to the stderr file descriptor is seen too."""
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-m", "tei_edition.cli", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300)


def _broken_copies(folder: Path, good_tei: Path) -> dict[str, Path]:
    text = good_tei.read_text(encoding="utf-8")
    copies = {
        "empty": b"",
        "not-tei": b"<record><title/></record>\n",  # XML, not TEI (an HTML page is said to be one)
        "schema-invalid": text.replace("<body>", "<body><foo/>", 1).encode("utf-8"),
        "dangling": text.replace('who="#spk-mizin"', 'who="#spk-nobody"', 1).encode("utf-8"),
    }
    assert copies["dangling"] != text.encode("utf-8")
    paths = {}
    for name, data in copies.items():
        paths[name] = folder / f"{name}.xml"
        paths[name].write_bytes(data)
    return paths


@pytest.mark.parametrize("to", ["html", "print"])
def test_render_refuses_invalid_tei_like_the_pdf_does(tmp_path, good_tei, to):
    """`render --help`: an invalid TEI file gets the validator's message and no output (HTML rendered it anyway)."""
    broken = _broken_copies(tmp_path, good_tei)
    out = tmp_path / "out"
    for name in ("schema-invalid", "dangling"):
        result = runner.invoke(app, ["render", str(broken[name]), "--to", to, "-o", str(out)])
        one_line_error(result, f"{broken[name]}: not a valid TEI document, no ", "tei-edition validate")
        assert not out.exists() or not any(out.iterdir())


@pytest.mark.parametrize("to", ["html", "print", "pdf"])
def test_render_one_bad_file_among_good_ones_renders_the_others_and_names_it(tmp_path, good_tei, to):
    broken = _broken_copies(tmp_path, good_tei)
    out = tmp_path / "out"
    result = runner.invoke(app, ["render", str(broken["not-tei"]), str(good_tei), "--to", to, "-o", str(out)])
    one_line_error(result, str(broken["not-tei"]))
    assert [p.suffix for p in out.iterdir()] == [".pdf" if to == "pdf" else ".html"]


@pytest.mark.parametrize("command", [["render", "--to", "html"], ["render", "--to", "print"], ["metadata"]],
                         ids=["html", "print", "metadata"])
@pytest.mark.parametrize("name", ["empty", "not-tei"])
def test_saxon_prints_nothing_of_its_own_for_a_bad_file(tmp_path, good_tei, command, name):
    broken = _broken_copies(tmp_path, good_tei)
    done = _cli(command[0], str(broken[name]), *command[1:], "-o", str(tmp_path / "out"), cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("error: "), done.stderr
    assert str(broken[name]) in done.stderr


def test_metadata_writes_nothing_when_one_file_is_bad(tmp_path, good_tei):
    broken = _broken_copies(tmp_path, good_tei)
    out = tmp_path / "out"
    result = runner.invoke(app, ["metadata", str(good_tei), str(broken["not-tei"]), "-o", str(out)])
    one_line_error(result, f"{broken['not-tei']}: not a TEI document")
    assert not out.exists() or not any(out.iterdir())


# ----- build: a broken register, a link to nothing -----

@pytest.mark.parametrize("breakage", ["not-well-formed", "duplicate-id"])
def test_build_with_a_broken_register_is_one_line_and_keeps_the_good_outputs(tmp_path, corpus, breakage):
    out = tmp_path / "dist"
    args = ["build", str(corpus), "-o", str(out), "--formats", "tei,html", "--quiet"]
    assert runner.invoke(app, args).exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    register = corpus / "register.xml"
    if breakage == "not-well-formed":
        register.write_text("<bad", encoding="utf-8")
    else:
        text = register.read_text(encoding="utf-8")
        register.write_text(text.replace('xml:id="umberto-pascali"', 'xml:id="viktor-mizin"', 1), encoding="utf-8")
    result = runner.invoke(app, args)
    one_line_error(result, f"{register}: ")
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before  # register.xml and index.html included


def test_build_names_a_link_to_nothing_among_the_sources(tmp_path, corpus):
    (corpus / "gone.txt").symlink_to(tmp_path / "moved-away.txt")
    out = tmp_path / "dist"
    result = runner.invoke(app, ["build", str(corpus), "-o", str(out), "--formats", "tei", "--quiet"])
    assert result.exit_code == 1
    assert "gone.txt: cannot read the file" in result.output and "Traceback" not in result.output
    assert (out / "eir-2000-mizin.xml").is_file()


# ----- a folder that cannot be written -----

def _immutable(folder: Path) -> bool:
    """chattr +i: even root cannot write into the folder (permissions do not stop root)."""
    import subprocess

    if shutil.which("chattr") is None:
        return False
    return subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode == 0


@pytest.mark.parametrize("command", ["convert", "build", "render-html", "metadata"])
def test_an_output_folder_that_cannot_be_written_is_one_line(tmp_path, corpus, good_tei, command):
    import subprocess

    locked = tmp_path / "locked"
    locked.mkdir()
    if not _immutable(locked):
        pytest.skip("chattr +i is not available here")
    try:
        args = {
            "convert": ["convert", str(corpus / "eir-2000-mizin.txt")],
            "build": ["build", str(corpus), "--formats", "tei", "--quiet"],
            "render-html": ["render", str(good_tei), "--to", "html"],
            "metadata": ["metadata", str(good_tei)],
        }[command]
        result = runner.invoke(app, [*args, "-o", str(locked)])
    finally:
        subprocess.run(["chattr", "-i", str(locked)], check=True)
    one_line_error(result, f"{locked}: cannot write into it")
    assert not any(locked.iterdir())


# ----- convert: two sources with one id; entities: --encoding; cite: --style -----

def test_convert_refuses_a_second_source_with_the_same_document_id(tmp_path, corpus):
    source = corpus / "eir-2000-mizin.txt"
    copy = corpus / "copy.txt"
    shutil.copy(source, copy)
    shutil.copy(corpus / "eir-2000-mizin.toml", corpus / "copy.toml")  # the same id = "eir-2000-mizin"
    out = tmp_path / "out"
    result = runner.invoke(app, ["convert", str(source), str(copy), "-o", str(out)])
    one_line_error(result, f"{copy}: document id 'eir-2000-mizin' is already the id of {source}", "copy.toml: id")
    assert "eir-2000-mizin.txt" in (out / "eir-2000-mizin.xml").read_text(encoding="utf-8")  # the first one's
    assert "copy.txt" not in (out / "eir-2000-mizin.xml").read_text(encoding="utf-8")
    # the same file named twice is no clash
    assert runner.invoke(app, ["convert", str(source), str(source), "-o", str(out)]).exit_code == 0


def test_entities_takes_the_encoding_its_message_asks_for(tmp_path):
    source = tmp_path / "latin.txt"
    source.write_bytes("**Q:** Did you meet José María Aznar in Madrid?\n\n**A:** Yes, José María Aznar.\n"
                       .encode("cp1252"))
    result = runner.invoke(app, ["entities", str(source)])
    one_line_error(result, "--encoding")
    result = runner.invoke(app, ["entities", str(source), "--encoding", "cp1252", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert "José María Aznar" in result.output


def test_cite_unknown_style_is_a_usage_error(good_tei):
    result = runner.invoke(app, ["cite", str(good_tei), "--style", "harvard"])
    one_line_error(result, "--style", "'harvard'", code=2)


# ----- validate: a damaged PDF -----

def test_validate_finds_a_changed_byte_in_a_compressed_stream_of_a_pdf(tmp_path, good_tei):
    out = tmp_path / "pdf"
    assert runner.invoke(app, ["render", str(good_tei), "--to", "pdf", "-o", str(out)]).exit_code == 0
    good = out / "eir-2000-mizin.pdf"
    assert runner.invoke(app, ["validate", str(good)]).exit_code == 0
    data = bytearray(good.read_bytes())
    start = data.index(b"stream", data.index(b"/FlateDecode")) + len(b"stream\n")
    data[start + 40] ^= 0xFF
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(bytes(data))
    result = runner.invoke(app, ["validate", str(damaged)])
    assert result.exit_code == 1
    assert f"{damaged}: damaged PDF: " in result.output and "Traceback" not in result.output


# ----- build: a damaged or edited manifest -----

@pytest.mark.parametrize("manifest", [
    '{"documents": 5}',
    "[]",
    '{"documents": {"seeds/eir-2000-mizin.txt": 7}}',
    '{"documents": {"seeds/eir-2000-mizin.txt": {"inputs": "x", "outputs": 5}}}',
], ids=["documents-a-number", "a-list", "entry-a-number", "outputs-a-number"])
def test_a_manifest_of_the_wrong_shape_only_costs_a_rebuild(tmp_path, corpus, manifest):
    out = tmp_path / "dist"
    args = ["build", str(corpus), "-o", str(out), "--formats", "tei", "--quiet"]
    assert runner.invoke(app, args).exit_code == 0
    (out / "manifest.json").write_text(manifest, encoding="utf-8")
    result = runner.invoke(app, args)
    assert result.exit_code == 0 and result.exception is None, result.output
    assert "1 built" in result.output


def test_a_manifest_never_leads_the_build_to_delete_outside_the_output_folder(tmp_path, corpus):
    out = tmp_path / "dist"
    args = ["build", str(corpus), "-o", str(out), "--formats", "tei", "--quiet"]
    assert runner.invoke(app, args).exit_code == 0
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    (out / "manifest.json").write_text(
        '{"documents": {"seeds/gone.txt": {"inputs": "x", "document_id": "gone", '
        '"outputs": {"../victim.txt": "0"}}}}', encoding="utf-8")
    assert runner.invoke(app, args).exit_code == 0
    assert victim.read_text(encoding="utf-8") == "precious"


def test_a_folder_in_the_place_of_the_manifest_is_named(tmp_path, corpus):
    out = tmp_path / "dist"
    (out / "manifest.json").mkdir(parents=True)
    result = runner.invoke(app, ["build", str(corpus), "-o", str(out), "--formats", "tei", "--quiet"])
    one_line_error(result, f"{out / 'manifest.json'}: cannot replace it")


# ----- render and metadata: two files that would write the same output -----

@pytest.mark.parametrize("to", ["html", "print", "pdf"])
def test_render_refuses_a_second_file_with_the_same_document_id(tmp_path, good_tei, to):
    first, second = tmp_path / "a" / "x.xml", tmp_path / "b" / "y.xml"
    first.parent.mkdir()
    second.parent.mkdir()
    shutil.copy(good_tei, first)
    second.write_text(good_tei.read_text(encoding="utf-8").replace("Ivanov-Lavrov proposal", "Other proposal"),
                      encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["render", str(first), str(second), "--to", to, "-o", str(out)])
    one_line_error(result, f"{second}: document id 'eir-2000-mizin' is already the id of {first}")
    if to != "pdf":
        assert all("Other proposal" not in p.read_text(encoding="utf-8") for p in out.iterdir())


def test_metadata_refuses_two_files_whose_records_would_have_one_name(tmp_path, good_tei):
    first, second = tmp_path / "a" / "x.xml", tmp_path / "b" / "x.xml"
    for path in (first, second):
        path.parent.mkdir()
        shutil.copy(good_tei, path)
    out = tmp_path / "out"
    result = runner.invoke(app, ["metadata", str(first), str(second), "-o", str(out)])
    one_line_error(result, f"{second}: its records would be named x.*.xml, as those of {first} are")
    assert not out.exists() or not any(out.iterdir())


# ----- a DOCTYPE with entities: no traceback, and no local file read into an output -----

def _with_external_entity(tmp_path: Path, good_tei: Path) -> tuple[Path, str]:
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-CONTENT", encoding="utf-8")
    text = good_tei.read_text(encoding="utf-8")
    declaration, rest = text.split("\n", 1)
    assert declaration.startswith("<?xml") and "The Ivanov-Lavrov proposal" in rest
    rest = rest.replace("The Ivanov-Lavrov proposal", "The &x; proposal", 1)
    path = tmp_path / "entity.xml"
    path.write_text(f'{declaration}\n<!DOCTYPE TEI [<!ENTITY x SYSTEM "{secret.as_uri()}">]>\n{rest}', encoding="utf-8")
    return path, "SECRET-CONTENT"


@pytest.mark.parametrize("command", [["validate"], ["render", "--to", "html"], ["render", "--to", "print"],
                                     ["render", "--to", "pdf"], ["metadata"]],
                         ids=["validate", "html", "print", "pdf", "metadata"])
def test_a_doctype_with_an_external_entity_is_refused(tmp_path, good_tei, command):
    path, secret = _with_external_entity(tmp_path, good_tei)
    out = tmp_path / "out"
    extra = [] if command == ["validate"] else ["-o", str(out)]
    result = runner.invoke(app, [command[0], str(path), *command[1:], *extra])
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert f"{path}:" in result.output and "the DOCTYPE declares a DTD or entities" in result.output
    assert not out.exists() or all(secret not in p.read_text(encoding="utf-8", errors="replace")
                                   for p in out.iterdir())


def test_a_bare_doctype_is_no_problem(tmp_path, good_tei):
    declaration, rest = good_tei.read_text(encoding="utf-8").split("\n", 1)
    path = tmp_path / "bare.xml"
    path.write_text(f"{declaration}\n<!DOCTYPE TEI>\n{rest}", encoding="utf-8")
    assert runner.invoke(app, ["validate", str(path)]).exit_code == 0


@pytest.mark.parametrize("content, expected", [
    (None, "cannot read the TEI file: No such file or directory; give a TEI file written by convert"),
    (b"", "not well-formed XML"),
    (b"<record/>", "not a TEI document with a teiHeader; give a TEI file written by convert"),
], ids=["missing", "empty", "not-tei"])
def test_cite_names_the_file_once_and_says_what_to_do(tmp_path, content, expected):
    path = tmp_path / "doc.xml"
    if content is not None:
        path.write_bytes(content)
    line = one_line_error(runner.invoke(app, ["cite", str(path)]), f"{path}: {expected}")
    assert line.count("doc.xml") == 1


def test_resolve_passes_over_unreadable_files_in_the_folder(tmp_path, good_tei):
    folder = tmp_path / "dist"
    folder.mkdir()
    shutil.copy(good_tei, folder / good_tei.name)
    (folder / "a-link-to-nothing.xml").symlink_to(tmp_path / "gone.xml")
    (folder / "a-folder.xml").mkdir()
    result = runner.invoke(app, ["resolve", "eir-2000-mizin-p12", "--in", str(folder)])
    assert result.exit_code == 0, result.output
    assert "eir-2000-mizin#eir-2000-mizin-p12" in result.output
    one_line_error(runner.invoke(app, ["resolve", "eir-2000-mizin-p999", "--in", str(folder)]),
                   "'eir-2000-mizin-p999' is not an id of any document here")


def test_package_names_a_link_to_nothing_instead_of_leaving_it_out(tmp_path, good_tei):
    dist = tmp_path / "dist"
    dist.mkdir()
    shutil.copy(good_tei, dist / good_tei.name)
    (dist / "eir-2000-mizin.pdf").symlink_to(tmp_path / "moved-away.pdf")
    result = runner.invoke(app, ["package", str(dist), "-o", str(tmp_path / "bag")])
    one_line_error(result, f"{dist / 'eir-2000-mizin.pdf'}: a link to nothing")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dist"]


def test_convert_never_writes_the_tei_over_its_own_transcript(tmp_path):
    source = tmp_path / "talk.xml"  # a transcript with an unlucky name, converted into its own folder
    source.write_text("**Q:** How did it start?\n\n**Smith:** It started in 1970.\n", encoding="utf-8")
    before = source.read_bytes()
    for extra in ([], ["--force"]):
        result = runner.invoke(app, ["convert", str(source), "-o", str(tmp_path), *extra])
        one_line_error(result, f"{source}: the TEI would be written over this transcript itself")
        assert source.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["talk.xml"]


def test_build_takes_the_encoding_its_message_asks_for(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "latin.txt").write_bytes("**Q:** Café au lait?\n\n**A:** Oui, s'il vous plaît.\n".encode("cp1252"))
    out = tmp_path / "dist"
    args = ["build", str(corpus), "-o", str(out), "--formats", "tei", "--quiet"]
    result = runner.invoke(app, args)
    assert result.exit_code == 1 and "--encoding" in result.output
    result = runner.invoke(app, [*args, "--encoding", "cp1252"])
    assert result.exit_code == 0, result.output
    assert "Café au lait" in (out / "latin.xml").read_text(encoding="utf-8")
    assert "1 unchanged" in runner.invoke(app, [*args, "--encoding", "cp1252"]).output
    one_line_error(runner.invoke(app, [*args, "--encoding", "no-such-codec"]), "unknown encoding 'no-such-codec'", code=2)


@pytest.mark.parametrize("kind", ["folder", "link-to-nothing"])
def test_a_sidecar_that_is_no_file_is_named_not_ignored(tmp_path, corpus, kind):
    sidecar = corpus / "eir-2000-mizin.toml"
    sidecar.unlink()
    if kind == "folder":
        sidecar.mkdir()
    else:
        sidecar.symlink_to(tmp_path / "moved-away.toml")
    result = runner.invoke(app, ["convert", str(corpus / "eir-2000-mizin.txt"), "-o", str(tmp_path / "out")])
    one_line_error(result, f"{sidecar}: the sidecar is a folder or a link to nothing")


@pytest.mark.parametrize("name", ["edition.toml", "eir-2000-mizin.toml"])
def test_a_toml_file_given_as_a_transcript_is_named_as_such(tmp_path, corpus, name):
    result = runner.invoke(app, ["convert", str(corpus / name), "-o", str(tmp_path / "out")])
    one_line_error(result, f"{corpus / name}: a TOML file is a sidecar or a corpus config, not a transcript")


def test_an_output_folder_that_is_a_link_to_nothing_is_named_as_such(tmp_path, corpus):
    link = tmp_path / "out"
    link.symlink_to(tmp_path / "moved-away")
    for output in (link, link / "sub"):
        result = runner.invoke(app, ["convert", str(corpus / "eir-2000-mizin.txt"), "-o", str(output)])
        one_line_error(result, f"{link}: is a link to nothing")


@pytest.mark.parametrize("value", ["../evil", "has space", "", ".."])
def test_a_sidecar_id_the_converter_would_change_is_refused(tmp_path, corpus, value):
    sidecar = corpus / "eir-2000-mizin.toml"
    sidecar.write_text(sidecar.read_text(encoding="utf-8").replace('id = "eir-2000-mizin"', f'id = "{value}"', 1),
                       encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["convert", str(corpus / "eir-2000-mizin.txt"), "-o", str(out)])
    one_line_error(result, f"{sidecar}: id {value!r} is not usable in a document id")
    assert not out.exists() or not any(out.iterdir())


def test_an_id_prefix_the_converter_would_change_is_refused(tmp_path, corpus):
    config = corpus / "edition.toml"
    config.write_text(config.read_text(encoding="utf-8").replace('id_prefix = ""', 'id_prefix = "a b/"'),
                      encoding="utf-8")
    result = runner.invoke(app, ["convert", str(corpus / "eir-2000-mizin.txt"), "-o", str(tmp_path / "out")])
    one_line_error(result, "edition.toml: id_prefix 'a b/' is not usable in a document id")


def test_validate_names_a_missing_or_unreadable_pdf_once(tmp_path):
    missing, junk = tmp_path / "missing.pdf", tmp_path / "junk.pdf"
    junk.write_text("hello\n", encoding="utf-8")
    result = runner.invoke(app, ["validate", str(missing), str(junk)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert f"{missing}: cannot read file: No such file or directory; check the name: give TEI files, PDFs or " \
           "folders of them" in result.output
    line = next(line for line in result.output.splitlines() if line.startswith(str(junk)))
    assert line.count("junk.pdf") == 1 and "not a readable PDF" in line


@pytest.mark.parametrize("option", [["--label-style", "nope"], ["--encoding", "nope"]])
def test_a_bad_convert_option_value_is_one_usage_error_not_one_per_source(tmp_path, corpus, option):
    copy = corpus / "other.txt"
    shutil.copy(corpus / "eir-2000-mizin.txt", copy)
    out = tmp_path / "out"
    result = runner.invoke(app, ["convert", str(corpus / "eir-2000-mizin.txt"), str(copy), "-o", str(out), *option])
    one_line_error(result, option[0], "'nope'", code=2)
    assert not out.exists()


def test_build_names_a_folder_in_the_place_of_an_output_not_an_internal_error(tmp_path, corpus):
    out = tmp_path / "dist"
    (out / "eir-2000-mizin.xml").mkdir(parents=True)
    result = runner.invoke(app, ["build", str(corpus), "-o", str(out), "--formats", "tei", "--quiet"])
    assert result.exit_code == 1
    assert f"failed: {out / 'eir-2000-mizin.xml'}: cannot replace it: Is a directory" in result.output
    assert "internal error" not in result.output and "Traceback" not in result.output


def test_entities_names_a_bad_source_and_still_lists_the_others(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    good = tmp_path / "good.txt"
    good.write_text("**Q:** Did you meet Jacques Chirac in Paris?\n\n**A:** Yes, Jacques Chirac.\n", encoding="utf-8")
    result = runner.invoke(app, ["entities", str(empty), str(good), "--format", "csv"])
    one_line_error(result, f"{empty}: the file is empty")
    assert "Jacques Chirac" in result.stdout


def test_a_duplicate_id_in_a_tree_made_in_memory_names_the_first_element_not_line_none():
    from lxml import etree

    from tei_edition.validate import _pointer_problems

    made = etree.Element("{http://www.tei-c.org/ns/1.0}TEI")
    for tag in ("person", "p"):
        etree.SubElement(made, f"{{http://www.tei-c.org/ns/1.0}}{tag}").set(
            "{http://www.w3.org/XML/1998/namespace}id", "spk-x")
    messages = [p.message for p in _pointer_problems(made.getroottree(), "x.xml")]
    assert messages == ['duplicate xml:id "spk-x" on element "p"; first defined on element "person"']


@pytest.mark.parametrize("command", [["render", "--to", "html", "-o", "OUT"], ["render", "--to", "pdf", "-o", "OUT"],
                                     ["validate"], ["cite"], ["metadata", "-o", "OUT"]])
def test_a_transcript_given_where_a_tei_file_is_wanted_says_to_convert_it_first(tmp_path, corpus, command):
    """`render interview.txt` said only "not well-formed: Start tag expected, '<' not found"."""
    out = tmp_path / "out"
    args = [str(out) if a == "OUT" else a for a in command]
    source = corpus / "eir-2000-mizin.txt"
    result = runner.invoke(app, [*args, str(source)])
    if command == ["validate"]:  # validate lists problems as lines of their own, then a count
        assert result.exit_code == 1 and "Traceback" not in result.output
        line = result.output.splitlines()[0]
    else:
        line = one_line_error(result)
    assert str(source) in line and "a transcript, not a TEI file" in line and f"tei-edition convert {source}" in line
    assert "Start tag" not in result.output
    assert not out.exists() or not any(out.iterdir())


def test_a_tei_file_named_txt_is_still_read_as_tei(tmp_path, good_tei):
    named = tmp_path / "edition.txt"
    named.write_bytes(good_tei.read_bytes())
    result = runner.invoke(app, ["validate", str(named)])
    assert result.exit_code == 0 and f"{named}: valid" in result.output, result.output


def test_a_reader_that_goes_away_stops_a_command_quietly(good_tei):
    """`tei-edition validate dist/ | head -1`: the pipe closes before the command has said all; it stops as other
    command-line tools do, without "error: Broken pipe; check the paths given…" (which blamed the paths) or a
    traceback."""
    import subprocess
    import sys

    process = subprocess.Popen([sys.executable, "-m", "tei_edition.cli", "validate", str(good_tei)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.close()  # gone before the first line is written
    stderr = process.stderr.read().decode()
    assert process.wait() == 1
    assert stderr == ""
