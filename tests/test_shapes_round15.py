"""Transcript shapes of the fifteenth probe round: an editorial declaration that says only what was done to this
source (the quotation, ellipsis and interpolation statements only where the text holds them; Markdown headings that
are speaker labels said to be encoded as speaker); a publication's voice ("SPIEGEL:", "EL PAÍS:") asking the one
person the headnote names; "Recorded 17 March 2004, Whitby" in a header block; the Congressional Record's "Senator
McSALLY."; a weekday before a date. Each test says what the TEI holds and that no word of the source is lost; the
guard tests that a rule does not fire on look-alike text."""

from __future__ import annotations

from .converting import T, convert_checked as _convert, people as _people, text_of, turns as _turns, write as _write


def _normalisations(root) -> list[str]:
    return [text_of(p) for p in root.iter(T + "normalization") for p in p.iter(T + "p")]


# -- 1. the editorial declaration says what was done to this source ------------------------------------------------

PLAIN = "INTERVIEWER: Where were you born?\n\nHUGHES: In Leeds, in 1948.\n\nINTERVIEWER: And then?\n\nHUGHES: York.\n"
KEPT = "Apostrophes, dashes and all other characters are kept as printed."


def test_no_quotation_ellipsis_or_interpolation_statement_without_them(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, PLAIN), tei_all)
    statements = _normalisations(root)
    assert not any("Quotation" in s or "ellips" in s or "interpolation" in s for s in statements)
    assert statements[-1] == KEPT


def test_quotations_name_only_the_marks_printed(tmp_path):
    text = PLAIN.replace("In Leeds", "My mother said “Leeds”, so Leeds")
    _, root = _convert(_write(tmp_path, text))
    statements = _normalisations(root)
    assert ("Quotation marks are not kept as characters: each quotation is a q whose @rend records the marks "
            "(double-curly “…”). Unpaired quotation marks are kept as characters.") in statements
    assert statements[-1] == KEPT


def test_an_ellipsis_alone_is_declared_alone(tmp_path):
    _, root = _convert(_write(tmp_path, PLAIN.replace("York.", "York . . . and then Hull.")))
    assert _normalisations(root)[-1] == "Printed ellipses are ellipsis/metamark with the dots as printed. " + KEPT


def test_an_interpolation_alone_is_declared_alone(tmp_path):
    _, root = _convert(_write(tmp_path, PLAIN.replace("York.", "York [in 1970].")))
    assert _normalisations(root)[-1] == (
        "Words in square brackets printed by the source's editors are seg[@type='interpolation'] with the brackets "
        "kept. " + KEPT)


def test_unpaired_or_foreign_quotation_marks_declare_no_q(tmp_path):
    # guard: a German „…“ quotation, read as no q, and an inch mark stay characters; no q statement
    text = PLAIN.replace("In Leeds", "Sie sagte: „Leeds“. A 12\" record")
    _, root = _convert(_write(tmp_path, text))
    assert not any("Quotation" in s for s in _normalisations(root))


H4 = ("# A conversation with Noor Rahman\n\n#### Interviewer\n\nWhere did you learn?\n\n#### Noor Rahman\n\n"
      "From my aunt, in Sylhet.\n\n#### Interviewer\n\nAnd the kiln?\n\n#### Noor Rahman\n\nWe built it ourselves.\n")


def test_markdown_headings_that_are_speaker_labels_are_declared(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, H4, "t.md"), tei_all)
    assert [who for who, _, _ in _turns(root)] == ["interviewer", "rahman"] * 2
    statements = _normalisations(root)
    assert ("4 Markdown heading(s) over the turns that name their speaker (such as #### Interviewer) are speaker "
            "labels: each is encoded as the speaker of the sp it heads, not as a head; the # marks are not kept as "
            "characters.") in statements
    assert "Markdown syntax is not kept as characters: # headings are encoded as titlePart or head." in statements


def test_section_headings_are_no_speaker_labels(tmp_path):
    # guard: headings that head sections (each printed once) are heads, and the declaration says nothing of labels
    text = ("# A conversation with Noor Rahman\n\n## Childhood\n\nQ: Where did you learn?\n\nRahman: From my aunt.\n\n"
            "## The kiln\n\nQ: And the kiln?\n\nRahman: We built it.\n")
    _, root = _convert(_write(tmp_path, text, "t.md"))
    assert not any("speaker labels" in s for s in _normalisations(root))
