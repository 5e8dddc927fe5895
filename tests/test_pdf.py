"""The print edition as PDF/A-3b (tei_edition.pdf): archival profile, embedded TEI, destinations, outline, text, determinism."""

from __future__ import annotations

import collections
import io
import re
import subprocess
import sys

import pikepdf
import pypdf
import pytest
from lxml import etree

from tei_edition import TEI_NS
from tei_edition.errors import EditionError, InvalidDocument
from tei_edition.pdf import render_pdf, render_pdf_file
from tei_edition.render import render_html

from .conftest import ROOT, SEED

NS = {"t": TEI_NS}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
EPOCH = "1700000000"
FULL = ROOT / "tests" / "data" / "valid_full.xml"  # has a standOff register: the index is printed


@pytest.fixture(scope="module")
def seed_tei(tmp_path_factory):
    """The seed converted by the real converter, written to a file (the bytes the PDF must embed)."""
    from tei_edition.convert import convert_file

    tree = convert_file(SEED).tree
    path = tmp_path_factory.mktemp("tei") / "eir-2000-mizin.xml"
    path.write_bytes(etree.tostring(tree, xml_declaration=True, encoding="UTF-8"))
    return path


@pytest.fixture(scope="module")
def epoch():
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", EPOCH)
        yield EPOCH


@pytest.fixture(scope="module")
def seed_pdf(seed_tei, epoch) -> bytes:
    return render_pdf(seed_tei)


@pytest.fixture(scope="module")
def full_pdf(epoch) -> bytes:
    return render_pdf(FULL)


def _ids(path, *kinds) -> list[str]:
    root = etree.parse(str(path)).getroot()
    return [el.get(XML_ID) for el in root.xpath("//t:text//*", namespaces=NS)
            if etree.QName(el).localname in kinds and el.get(XML_ID)]


def _words(text: str) -> collections.Counter:
    return collections.Counter(word.casefold() for word in re.findall(r"\w+", text))


def _pdf_text(data: bytes, running_head: str = "The Ivanov-Lavrov proposal for Kosovo") -> str:
    """The PDF's text without its page numbers and running heads (drawn last on each page)."""
    pages = []
    for page in pypdf.PdfReader(io.BytesIO(data)).pages:
        lines = page.extract_text().split("\n")
        while lines and (lines[-1].strip().isdigit() or lines[-1].startswith(running_head)):
            lines.pop()
        pages.append("\n".join(lines))
    return "\n\f\n".join(pages)


# ----- PDF/A and metadata -----


def test_xmp_declares_pdfa_3b(seed_pdf):
    with pikepdf.open(io.BytesIO(seed_pdf)) as pdf:
        meta = pdf.open_metadata()
        assert meta["pdfaid:part"] == "3"
        assert meta["pdfaid:conformance"] == "B"
        assert pdf.pdf_version >= "1.7"
        assert "/OutputIntents" in pdf.Root


def test_a_tagged_pdf_is_pdfa_3a_with_a_structure_tree(seed_tei, seed_pdf, epoch, tmp_path):
    """--tagged (edition.toml tagged_pdf): PDF/A-3a, whose structure tree (headings, paragraphs, lists, links) screen
    readers read; it passes the checks `tei-edition validate` makes. The default PDF/A-3b carries no tags."""
    from tei_edition.archival import check_pdf_a

    tagged = render_pdf(seed_tei, tagged=True)
    with pikepdf.open(io.BytesIO(tagged)) as pdf:
        meta = pdf.open_metadata()
        assert (meta["pdfaid:part"], meta["pdfaid:conformance"]) == ("3", "A")
        assert pdf.Root.MarkInfo.Marked and str(pdf.Root.Lang) == "en"
        kinds = set()
        stack = [pdf.Root.StructTreeRoot]
        while stack:
            node = stack.pop()
            if isinstance(node, pikepdf.Dictionary):
                if "/S" in node:
                    kinds.add(str(node.S))
                stack.extend(node.K if isinstance(node.get("/K"), pikepdf.Array) else [node.get("/K")])
        assert {"/H1", "/P", "/L", "/LI", "/Link"} <= kinds, kinds
    path = tmp_path / "tagged.pdf"
    path.write_bytes(tagged)
    assert check_pdf_a(path) == []
    with pikepdf.open(io.BytesIO(seed_pdf)) as pdf:
        assert "/StructTreeRoot" not in pdf.Root


def test_tei_source_is_embedded_as_associated_file(seed_pdf, seed_tei):
    with pikepdf.open(io.BytesIO(seed_pdf)) as pdf:
        assert list(pdf.attachments) == ["eir-2000-mizin.xml"]
        spec = pdf.attachments["eir-2000-mizin.xml"]
        assert spec.get_file().read_bytes() == seed_tei.read_bytes()
        assert spec.obj.AFRelationship == "/Source"
        assert any(entry.get("/F") == "eir-2000-mizin.xml" for entry in pdf.Root.AF)


def test_document_metadata(seed_pdf):
    with pikepdf.open(io.BytesIO(seed_pdf)) as pdf:
        info = pdf.docinfo
        assert str(info.Title) == "The Ivanov-Lavrov proposal for Kosovo"
        assert str(info.Author) == "Viktor Mizin, Umberto Pascali"  # interviewee, then interviewer
        assert str(info.Subject) == "Interview with Viktor Mizin"
        assert "interview" in str(info.Keywords)
        assert str(pdf.Root.Lang) == "en"
        assert str(info.CreationDate) == str(info.ModDate) == "D:20231114221320Z"  # SOURCE_DATE_EPOCH
        meta = pdf.open_metadata()
        assert meta["dc:title"] == "The Ivanov-Lavrov proposal for Kosovo"


def test_fonts_are_embedded_noto(seed_pdf):
    with pikepdf.open(io.BytesIO(seed_pdf)) as pdf:
        fonts = {}
        for page in pdf.pages:
            for font in page.Resources.Font.values():
                descendant = font.DescendantFonts[0] if "/DescendantFonts" in font else font
                desc = descendant.FontDescriptor
                fonts[str(font.BaseFont)] = any(key in desc for key in ("/FontFile", "/FontFile2", "/FontFile3"))
    assert fonts and all(name.split("+")[-1].startswith("Noto-") for name in fonts), fonts.keys()
    assert all(fonts.values())  # every font's program is in the file


@pytest.mark.parametrize("script, sample", [
    ("Latin", "ŋ"), ("Greek", "Ω"), ("Cyrillic", "Ж"), ("Arabic", "ب"), ("Hebrew", "ש"), ("Devanagari", "क"),
    ("Thai", "ก"), ("Han", "山"), ("Kana", "さ"), ("Hangul", "한"),
])
def test_the_print_edition_has_a_font_for_each_common_script(script, sample):
    """tools/setup.sh installs fonts for the scripts transcripts come in (Noto; CJK from fonts-noto-cjk): without one,
    WeasyPrint sets a missing glyph's box ("tofu") in the PDF, and its text still extracts, so nothing else notices."""
    found = subprocess.run(["fc-list", f":charset={ord(sample):x}", "family"], capture_output=True, text=True, check=True)
    assert found.stdout.strip(), f"no font for {script} ({sample}): run tools/setup.sh"


def test_a_japanese_text_is_set_in_a_cjk_font(tmp_path, epoch):
    """A transcript in Japanese: its PDF embeds a CJK face (Noto Serif CJK) for the text, beside Noto Serif."""
    from tei_edition.convert import convert_file

    source = tmp_path / "ja.txt"
    source.write_text("佐藤：いつから図書館で働いていますか。\n\n山田：一九八五年からです。\n\n"
                      "佐藤：一番印象に残っていることは何ですか。\n\n山田：震災の後のことです。\n", encoding="utf-8")
    (tmp_path / "ja.toml").write_text('language = "ja"\n', encoding="utf-8")
    data = render_pdf(etree.tostring(convert_file(source).tree, xml_declaration=True, encoding="UTF-8"))
    with pikepdf.open(io.BytesIO(data)) as pdf:
        fonts = {str(font.BaseFont).split("+")[-1] for page in pdf.pages for font in page.Resources.Font.values()}
    assert any(name.startswith("Noto-Serif-CJK") for name in fonts), fonts


# ----- navigation -----


def test_named_destination_for_every_sp_and_p(seed_pdf, seed_tei):
    ids = _ids(seed_tei, "sp", "p")
    assert len(ids) > 20
    destinations = pypdf.PdfReader(io.BytesIO(seed_pdf)).named_destinations
    missing = [i for i in ids if i not in destinations]
    assert not missing


def test_each_paragraph_destination_is_on_the_page_that_starts_it(seed_pdf, seed_tei):
    """A destination opens the page where its paragraph begins (its first words are on that page)."""
    reader = pypdf.PdfReader(io.BytesIO(seed_pdf))
    destinations = reader.named_destinations
    page_words = [_words(page.extract_text()) for page in reader.pages]
    root = etree.parse(str(seed_tei)).getroot()
    checked = 0
    for p in root.iterfind(f".//{{{TEI_NS}}}text//{{{TEI_NS}}}p"):
        words = re.findall(r"\w+", " ".join(p.itertext()))
        if not p.get(XML_ID) or len(words) < 2:
            continue
        page = reader.get_destination_page_number(destinations[p.get(XML_ID)])
        assert all(page_words[page][word.casefold()] for word in words[:2]), (p.get(XML_ID), page, words[:2])
        checked += 1
    assert checked > 20


def test_outline(full_pdf):
    outline = pypdf.PdfReader(io.BytesIO(full_pdf)).outline
    titles = [item.title for item in outline if not isinstance(item, list)]
    assert titles[0] == "The Ivanov-Lavrov proposal for Kosovo"
    assert {"Index", "Colophon"} <= set(titles)
    assert any(isinstance(item, list) and item for item in outline)  # Persons/Organisations/Places under Index


def test_index_has_page_numbers(full_pdf):
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(full_pdf)).pages)
    index = text[text.index("INDEX"):]
    assert re.search(r"¶\s?\d+\s?\(p\.\s?\d+\)", index)


# ----- text -----


def test_every_word_of_the_text_is_extractable_whole(seed_pdf, seed_tei):
    # the print sets no automatic hyphen (print.css: ragged right): a word is found by a search of the PDF and
    # copied into a quotation as printed ("Secur‐\nity", U+2010 at a line's end, was neither)
    root = etree.parse(str(seed_tei)).getroot()
    tei_words = _words(" ".join(root.find(f"{{{TEI_NS}}}text").itertext()))
    text = _pdf_text(seed_pdf)
    assert "\u2010" not in text
    pdf_words = _words(text)
    assert {word: n - pdf_words[word] for word, n in tei_words.items() if pdf_words[word] < n} == {}


def test_back_matter_is_the_index_and_a_colophon_with_source_notes_and_licence(seed_pdf):
    """No "About this edition" on paper (no downloads either): the colophon carries what a reader of the print needs."""
    text = " ".join(" ".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(seed_pdf)).pages).split())
    assert "about this edition" not in text.casefold()
    assert "downloads" not in text.casefold() and "TEI P5 XML" not in text
    colophon = text[text.rindex("COLOPHON"):]
    assert "Licence: The TEI encoding, apparatus and register are released under CC BY 4.0." in colophon
    assert "On the source:" in colophon and "inferred" in colophon   # the note on the dating
    assert "editorial declaration" in colophon and "revision history" in colophon


def test_ids_a_stylesheet_names_stay_on_their_element():
    """WeasyPrint's copy moves block ids onto empty anchors, except those an #id selector may style."""
    from lxml import html as lxml_html

    from tei_edition.pdf import _ids_on_empty_anchors

    root = lxml_html.fromstring('<html><body><p id="a">one</p><p id="b">two</p><section id="c"><p id="d">x</p></section></body></html>')
    _ids_on_empty_anchors(root, keep={"b"})
    first = root.xpath("//p")[0]
    assert first.get("id") is None and first.text is None                      # moved: an empty anchor first,
    assert first[0].tag == "a" and first[0].get("id") == "a" and first[0].tail == "one"   # then the text
    assert root.xpath("//p[2]/@id") == ["b"]                 # kept: named by a selector
    assert root.xpath("//section/@id") == ["c"]              # a container whose first block has its own id


def test_no_url_fetcher_is_made_per_document_and_none_reaches_the_network(seed_tei, monkeypatch):
    """WeasyPrint would make a fetcher per document, stylesheet and attachment (each loads the CA certificates on
    Python 3.12+); the process's one fetcher opens local files and data: URLs only."""
    import weasyprint.urls

    from tei_edition import pdf

    pdf.warm_up()
    made = []
    original = weasyprint.urls.URLFetcher.__init__
    monkeypatch.setattr(weasyprint.urls.URLFetcher, "__init__",
                        lambda self, *args, **kwargs: (made.append(1), original(self, *args, **kwargs))[1])
    assert render_pdf(seed_tei).startswith(b"%PDF-")
    assert made == []
    with pytest.raises(ValueError, match="disallowed protocol"):
        pdf._url_fetcher.fetch("https://example.org/style.css")
    assert pdf._url_fetcher.fetch("data:text/css,p{}").read() == b"p{}"


def test_a_turn_without_a_printed_label_names_its_speaker_once_in_both_editions(seed_tei):
    """A turn with no <speaker> shows the participant's name as its label: the note beside it gives the role only."""
    root = etree.parse(str(seed_tei)).getroot()
    sp = root.xpath("//t:sp[t:speaker][contains(@who, 'mizin')]", namespaces=NS)[0]
    sp.remove(sp.find(f"{{{TEI_NS}}}speaker"))
    for to in ("html", "print"):
        page = etree.HTML(render_html(root, to=to))
        [label] = page.xpath(f"//*[@id='{sp.get(XML_ID)}']//p[@class='speaker']")
        text = " ".join("".join(label.itertext()).split())
        assert text.count("Viktor Mizin") == 1 and "Interviewee" in text, (to, text)


def test_paragraph_numbers_match_the_html(seed_tei):
    html = render_html(seed_tei)
    printed = render_html(seed_tei, to="print")
    pnum = re.compile(r'<a class="pnum" href="#([^"]+)"[^>]*>(\d+)</a>')
    assert pnum.findall(printed) == pnum.findall(html) != []
    assert "<script" not in printed and 'class="card"' not in printed.replace('class="card" hidden=""', "")


# ----- paper, determinism -----


def test_letter_and_a4(seed_tei, seed_pdf, epoch):
    a4 = pypdf.PdfReader(io.BytesIO(seed_pdf)).pages[0].mediabox
    letter = pypdf.PdfReader(io.BytesIO(render_pdf(seed_tei, paper="letter"))).pages[0].mediabox
    assert (round(float(a4.width)), round(float(a4.height))) == (595, 842)
    assert (round(float(letter.width)), round(float(letter.height))) == (612, 792)


def test_two_renders_are_byte_identical(seed_tei, seed_pdf, epoch):
    assert render_pdf(seed_tei) == seed_pdf


def test_identical_across_processes(seed_tei, seed_pdf, tmp_path):
    """A fresh process (fresh font loading, fresh Saxon) writes the same bytes."""
    code = ("import sys; from tei_edition.pdf import render_pdf_file; "
            "render_pdf_file(sys.argv[1], sys.argv[2])")
    env = {**__import__("os").environ, "SOURCE_DATE_EPOCH": EPOCH}
    subprocess.run([sys.executable, "-c", code, str(seed_tei), str(tmp_path)], check=True, env=env)
    assert (tmp_path / "eir-2000-mizin.pdf").read_bytes() == seed_pdf


def test_no_wall_clock_without_source_date_epoch(seed_tei, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    data = render_pdf(seed_tei)
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert "/CreationDate" not in pdf.docinfo and "/ModDate" not in pdf.docinfo
        params = pdf.attachments["eir-2000-mizin.xml"].obj.EF.F.Params
        assert str(params.ModDate) == "D:19700101000000Z"  # no revision date in the seed: a fixed date


# ----- files and errors -----


def test_render_pdf_file_writes_out_id_pdf(seed_tei, tmp_path, seed_pdf, epoch):
    target = render_pdf_file(seed_tei, tmp_path / "out")
    assert target == tmp_path / "out" / "eir-2000-mizin.pdf"
    assert target.read_bytes() == seed_pdf
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["eir-2000-mizin.pdf"]


def test_invalid_tei_gets_the_validators_message_and_no_file(tmp_path):
    bad = tmp_path / "bad.xml"
    bad.write_text(FULL.read_text(encoding="utf-8").replace("<sp ", "<sp foo='1' ", 1), encoding="utf-8")
    from tei_edition.validate import validate_file

    problems = validate_file(bad)
    assert problems
    with pytest.raises(InvalidDocument) as caught:
        render_pdf_file(bad, tmp_path / "out")
    message = str(caught.value)
    assert message.startswith(f"{bad}: not a valid TEI document, no PDF written: line {problems[0].line}: ")
    assert problems[0].message in message
    assert isinstance(caught.value, EditionError)
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_not_well_formed_is_an_edition_error(tmp_path):
    with pytest.raises(EditionError, match="not well-formed"):
        render_pdf(b"<TEI xmlns='http://www.tei-c.org/ns/1.0'><teiHeader>")


def test_cli_render_pdf_and_print(seed_tei, tmp_path):
    from typer.testing import CliRunner

    from tei_edition.cli import app

    result = CliRunner().invoke(app, ["render", str(seed_tei), "--to", "pdf", "--paper", "letter", "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "eir-2000-mizin.pdf").read_bytes().startswith(b"%PDF-1.7")
    result = CliRunner().invoke(app, ["render", str(seed_tei), "--to", "print", "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "@page { size: letter; }" not in (tmp_path / "eir-2000-mizin.print.html").read_text(encoding="utf-8")
