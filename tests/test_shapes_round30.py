"""Transcript shapes of the thirtieth probe round: a Markdown heading before the first turn under a title the front
matter, a header's TITLE: or the sidecar already gives (a section's heading, not the document's title). Each test
says what the TEI holds and that it is valid tei_all; the guard tests that a rule does not fire on look-alike text."""

from __future__ import annotations

import pytest

from .converting import T, convert_checked as _convert, main_title, text_of, write as _write


def _title_parts(root) -> list[tuple[str, str]]:
    return [(part.get("type"), text_of(part)) for part in root.iter(T + "titlePart")]


def _section_heads(root) -> list[str]:
    return [text_of(div.find(T + "head")) for div in root.find(f".//{T}body").iter(T + "div")
            if div.find(T + "head") is not None]


# -- a heading under a title given elsewhere ---------------------------------------------------------------------------

_FRONT_MATTER = "---\ntitle: Growing up by the harbour\ninterviewee: Adaeze Okafor\ndate: 2019-04-12\n---\n\n"
_METADATA_BLOCK = "TITLE: Growing up by the harbour\nINTERVIEWEE: Adaeze Okafor\nDATE: 12 April 2019\n\n"
_TURNS = ("Interviewer: Where did you grow up?\n\nOkafor: By the harbour, in a house with a blue door.\n\n"
          "# School\n\nInterviewer: And school?\n\nOkafor: School was a long walk away.\n")


@pytest.mark.parametrize("header, sidecar", [
    (_FRONT_MATTER, None),
    (_METADATA_BLOCK, None),
    ("", 'title = "Growing up by the harbour"\n'),
])
@pytest.mark.parametrize("before", [
    "# Childhood\n\n",  # "the heading becomes the document's title", every citation with it
    "## Childhood\n\n",  # a second-level heading was the title page's kicker, over no title printed
    "INTERVIEW\n\n# Childhood\n\n",  # a short line and a heading: kicker and title, where no title is given
])
def test_a_heading_before_the_first_turn_under_a_given_title_heads_the_first_section(
        tmp_path, tei_all, header, sidecar, before):
    source = _write(tmp_path, header + before + _TURNS, "t.md")
    if sidecar:
        _write(tmp_path, sidecar, "t.toml")
    _, root = _convert(source, tei_all)
    assert main_title(root) == "Growing up by the harbour"
    assert _title_parts(root) == []
    assert _section_heads(root) == ["Childhood", "School"]
    first = root.find(f".//{T}body/{T}div")
    assert text_of(first.find(T + "head")) == "Childhood" and first.find(T + "sp") is not None


def test_a_plain_title_line_and_a_part_heading_are_title_and_section(tmp_path, tei_all):
    _, root = _convert(_write(tmp_path, "Growing up by the harbour\n\n## Part 1\n\n" + _TURNS, "t.md"), tei_all)
    assert main_title(root) == "Growing up by the harbour"
    assert _title_parts(root) == [("main", "Growing up by the harbour")]
    assert _section_heads(root) == ["Part 1", "School"]


@pytest.mark.parametrize("header", ["", "---\ninterviewee: Adaeze Okafor\n---\n\n"])
def test_a_heading_before_the_first_turn_is_the_title_where_no_title_is_given(tmp_path, tei_all, header):
    # guard: without a title elsewhere the first heading still names the document
    _, root = _convert(_write(tmp_path, header + "# Childhood\n\n" + _TURNS, "t.md"), tei_all)
    assert main_title(root) == "Childhood"
    assert _title_parts(root) == [("main", "Childhood")]
    assert _section_heads(root) == ["School"]


@pytest.mark.parametrize("heading", ["# Growing up by the harbour", "# Growing Up by the Harbour!"])
def test_a_heading_repeating_the_given_title_is_the_title_page(tmp_path, tei_all, heading):
    # guard: front matter's title printed again as the page's first heading, as a static site prints it
    _, root = _convert(_write(tmp_path, _FRONT_MATTER + heading + "\n\n" + _TURNS, "t.md"), tei_all)
    assert main_title(root) == heading[2:]  # as printed, as before
    assert _title_parts(root) == [("main", heading[2:])]
    assert _section_heads(root) == ["School"]
