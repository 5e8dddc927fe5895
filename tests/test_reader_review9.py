"""The reading-edition review 9 (2026-11-30): what a reader saw wrong in the HTML and the print edition of a focus
group, a deposition, right-to-left and CJK interviews, captions and the seed, each fix with a check that fails without
it."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from tei_edition.render import render_html, render_html_file

from .conftest import SEED
from .test_shapes_round21 import FOCUS

INTERVIEW = ("Interview with Ruth Abel\nInterviewer: Tom Reid\nDate: 4 May 2019\nPlace: Leeds\n\n"
             "TOM REID: Where were you born?\n\nRUTH ABEL: In Leeds.\n")


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    """TEI files the real converter writes, by name: the seed, a focus group (a moderator, participants, nobody
    interviewed) and a plain interview."""
    from tei_edition.convert import convert_file, write_conversion

    folder = tmp_path_factory.mktemp("tei")
    files = {"seed": write_conversion(convert_file(SEED), folder)}
    for name, text in (("focus", FOCUS), ("interview", INTERVIEW)):
        source = folder / f"{name}.txt"
        source.write_text(text, encoding="utf-8")
        files[name] = write_conversion(convert_file(source), folder)
    return files


def _text(element) -> str:
    return " ".join("".join(element.itertext()).split())


def _facts(page) -> dict[str, str]:
    terms = page.xpath("//dl[@class = 'facts']/dt")
    return {_text(term): _text(term.getnext()) for term in terms}


# ----- 1. a focus group is not called an interview on its page -----

def test_a_focus_groups_page_calls_it_no_interview_and_its_interviewer_the_moderator(converted):
    """The byline and the citation of a focus group say "Moderated by Helen Marsh" (review 8), but "About this edition"
    headed its date "Interview", listed "Helen Marsh, interviewer" and "Cite this" offered the "Recommended citation of
    the interview". Nobody is interviewed in it: its date is the record's "Date and place", its interviewer the
    moderator, as the DC and MODS records call her, and the citation is the record's."""
    page = etree.HTML(render_html(converted["focus"]))
    facts = _facts(page)
    assert "Interview" not in facts
    assert facts["Date and place"] == "17 June 2022, Leeds"
    participants = [_text(li) for li in page.xpath("//ul[@class = 'participants']/li")]
    assert "Helen Marsh, moderator" in participants and not [p for p in participants if "interviewer" in p]
    assert _text(page.xpath("//p[@class = 'cite-hint']")[0]) == "Recommended citation:"
    # the print edition's dateline
    printed = etree.HTML(render_html(converted["focus"], to="print"))
    assert [_text(dt) for dt in printed.xpath("//dl[@class = 'dateline']/dt")][0] == "Date and place"


def test_an_interview_is_still_one(converted):
    """Guard: where somebody is interviewed, the date is the interview's and the interviewer is the interviewer."""
    page = etree.HTML(render_html(converted["interview"]))
    facts = _facts(page)
    assert facts["Interview"].startswith("4 May 2019")
    assert "Tom Reid, interviewer" in [_text(li) for li in page.xpath("//ul[@class = 'participants']/li")]
    assert _text(page.xpath("//p[@class = 'cite-hint']")[0]) == "Recommended citation of the interview:"


# ----- 2. a title's dash does not open a line -----

def test_a_titles_dash_stays_with_the_word_before_it(converted):
    """"PROJECT MERIDIAN – FOCUS GROUP 3" was balanced over two lines as "PROJECT MERIDIAN / – FOCUS GROUP 3", the
    second opening with the dash. The dash and the word before it are one unbreakable piece; the heading's text (what
    a screen reader reads and a reader copies) is the title as written, spaces and all."""
    for to in ("html", "print"):
        page = etree.HTML(render_html(converted["focus"], to=to))
        [heading] = page.xpath("//h1")
        assert "".join(heading.itertext()) == "PROJECT MERIDIAN – FOCUS GROUP 3"
        assert [(span.get("class"), span.text) for span in heading.iter("span")] == [("nowrap", "MERIDIAN –")]
    # guard: a title without such a dash, hyphens included, is written as before
    [heading] = etree.HTML(render_html(converted["seed"])).xpath("//h1")
    assert len(heading) == 0 and heading.text == "The Ivanov-Lavrov proposal for Kosovo"


def test_a_headings_dash_stays_with_the_word_before_it(tmp_path):
    """The text's own headings too: "SESSION 2 — 10 March 2004" does not open a line with its dash."""
    from tei_edition.convert import convert_file

    source = tmp_path / "sessions.txt"
    source.write_text("Interviewee: Margaret A. Lindahl\nInterviewer: Robert Keene\n\nSESSION 1 — 3 March 2004\n\n"
                      "KEENE: Where were you born?\n\nLINDAHL: North of Lusk.\n\nSESSION 2 — 10 March 2004\n\n"
                      "KEENE: And then?\n\nLINDAHL: Laramie.\n", encoding="utf-8")
    for to in ("html", "print"):
        page = etree.HTML(render_html(convert_file(source).tree, to=to))
        heads = page.xpath("//*[contains(@class, 'head')][starts-with(normalize-space(), 'SESSION')]")
        assert [_text(head) for head in heads] == ["SESSION 1 — 3 March 2004", "SESSION 2 — 10 March 2004"]
        assert [[span.text for span in head.iter("span")] for head in heads] == [["1 —"], ["2 —"]]


@pytest.mark.browser
@pytest.mark.parametrize("width", [1280, 390])
def test_in_the_browser_no_line_of_the_title_opens_with_its_dash(browser, converted, tmp_path, width):
    url = render_html_file(converted["focus"], tmp_path).as_uri()
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(url)
    # the left of the dash against the left of the heading's lines (the heading is left-aligned)
    dash_left, heading_left, lines = page.evaluate("""() => {
        const h1 = document.querySelector('h1'), text = h1.querySelector('.nowrap').firstChild;
        const range = document.createRange(), at = text.data.indexOf('–');
        range.setStart(text, at); range.setEnd(text, at + 1);
        const all = document.createRange(); all.selectNodeContents(h1);
        const tops = new Set([...all.getClientRects()].map(r => Math.round(r.top)));
        return [range.getBoundingClientRect().left, h1.getBoundingClientRect().left, tops.size];
    }""")
    page.close()
    assert lines >= 2   # the title wraps at both widths, so the check has something to check
    assert dash_left > heading_left + 20


# ----- 3. the margin's paragraph numbers clear an interviewer's rule -----

@pytest.mark.browser
@pytest.mark.parametrize("width", [1280, 390])
def test_paragraph_numbers_stand_clear_of_the_interviewers_rule(browser, converted, tmp_path, width):
    """An interviewer's turn is ruled in the margin (4 px, 3 px on a phone); the paragraph numbers and "cite" beside
    it ended 2 px from the rule, as if touching it ("¶ 1|"), and a number wider than the margin's column (four
    digits) ran over the rule. They end half a line's height (8 px) clear of it, however long, and stay one
    right-aligned column with the interviewee's."""
    # a long record's numbers ("¶ 1024"): wider than the margin's column was, they ran towards the text and the rule
    tree = etree.parse(str(converted["seed"]))
    for number, paragraph in enumerate(tree.iter("{http://www.tei-c.org/ns/1.0}p"), start=1000):
        if paragraph.get("n"):
            paragraph.set("n", str(number))
    long_record = tmp_path / "long.xml"
    tree.write(str(long_record), encoding="utf-8", xml_declaration=True)
    url = render_html_file(long_record, tmp_path).as_uri()
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(url)
    gaps, rights = page.evaluate("""() => {
        const gaps = [], rights = new Set();
        for (const number of document.querySelectorAll('.para .pnum, .para > .cite-fragment > summary')) {
            // where its text is drawn (a text wider than its box overflows it)
            const text = document.createRange();
            text.selectNodeContents(number);
            const right = text.getBoundingClientRect().right;
            rights.add(Math.round(right));
            const rule = number.closest('.sp-interviewer');
            if (rule) gaps.push(rule.getBoundingClientRect().left - right);
        }
        return [gaps, [...rights]];
    }""")
    page.close()
    assert len(gaps) >= 8, gaps      # numbers and "cite"s
    assert min(gaps) >= 7, gaps
    assert len(rights) == 1, rights


# ----- 4. a remark in a speaker's label is set as printed, not in capitals -----

@pytest.fixture(scope="module")
def remarks(tmp_path_factory):
    """An interview through an interpreter and a parliament's questions, whose labels carry remarks in parentheses."""
    from tei_edition.convert import convert_file, write_conversion

    from .test_shapes_round21 import KARZAI

    folder = tmp_path_factory.mktemp("remarks")
    source = folder / "karzai.txt"
    source.write_text(KARZAI, encoding="utf-8")
    hansard = Path(__file__).parent / "transcripts" / "hansard-questions.txt"
    return [write_conversion(convert_file(path), folder) for path in (source, hansard)]


def test_a_remark_in_a_speakers_label_is_marked_apart(remarks, converted):
    """The labels are set in capitals (text-transform): "KARZAI (through interpreter)" was shown "KARZAI (THROUGH
    INTERPRETER)", a parliament's "Mr DUTTON (Dickson—Leader of the Opposition) (14:01)" all in capitals, the source's
    mixed case lost. A remark in parentheses with a lower-case letter is a span of its own, set as printed; the
    label's text is the speaker as printed."""
    karzai, hansard = remarks
    for to in ("html", "print"):
        page = etree.HTML(render_html(karzai, to=to))
        names = page.xpath("//span[@class = 'speaker-name']")
        assert "KARZAI (through interpreter)" in [_text(name) for name in names]
        assert {_text(remark) for remark in page.xpath("//span[@class = 'speaker-remark']")} == {
            "(through interpreter)", "(in English)"}
    page = etree.HTML(render_html(hansard))
    [dutton] = [name for name in page.xpath("//span[@class = 'speaker-name']") if _text(name).startswith("Mr DUTTON (")]
    # the office is a remark; the time, "(14:01)", has no letter to set otherwise and stays in the label's text
    assert [_text(remark) for remark in dutton.iter("span") if remark is not dutton] == [
        "(Dickson—Leader of the Opposition)"]
    assert _text(dutton) == "Mr DUTTON (Dickson—Leader of the Opposition) (14:01)"
    # a remark holding one of its own is one remark, set as printed, its closing parenthesis with it
    from tei_edition.convert import convert_file

    from .test_shapes_round21 import CANADA

    source = karzai.parent / "committee.txt"
    source.write_text(CANADA, encoding="utf-8")
    page = etree.HTML(render_html(convert_file(source).tree))
    [chair] = [name for name in page.xpath("//span[@class = 'speaker-name']") if _text(name).startswith("The Chair (")]
    assert [_text(remark) for remark in chair.iter("span") if remark is not chair] == [
        "(Mr. René Arseneault (Madawaska—Restigouche, Lib.))"]
    # guard: the seed's labels, without parentheses, are written as before
    seed = etree.HTML(render_html(converted["seed"]))
    assert seed.xpath("//span[@class = 'speaker-remark']") == []
    assert {_text(name) for name in seed.xpath("//span[@class = 'speaker-name']")} == {"EIR", "Mizin"}


@pytest.mark.browser
def test_in_the_browser_the_remark_reads_as_printed(browser, remarks, tmp_path):
    url = render_html_file(remarks[0], tmp_path).as_uri()
    page = browser.new_page(viewport={"width": 390, "height": 900})
    page.goto(url)
    shown = page.evaluate("[...document.querySelectorAll('.speaker-name')].map(e => e.innerText)")
    page.close()
    assert "KARZAI (through interpreter)" in shown and "DOUCET" in shown   # the name in capitals, the remark not


# ----- 5. a name's card stays on the screen in a window of a tablet's width -----

CARD_BOX = """(a) => {
    const after = getComputedStyle(a, '::after'), link = a.getBoundingClientRect();
    const left = after.position === 'fixed' ? parseFloat(after.left) : link.left + parseFloat(after.left);
    return {shown: after.display !== 'none', left: left, right: left + parseFloat(after.width),
            width: window.innerWidth, scroll: document.scrollingElement.scrollWidth};
}"""


@pytest.mark.browser
@pytest.mark.parametrize("width", [1024, 800])
def test_a_card_near_the_end_of_a_line_stays_on_the_screen(browser, converted, tmp_path, width):
    """A card starts under its name and is up to 20rem wide: between the phone's layout (whose card is a sheet fixed
    to the screen) and about 1200 px, a name near the end of a line put the card's end off the screen (the seed at
    1024 px: 7 of 145 cards, "Belgrade" to 1037 px, and the page scrolled sideways while it showed; at 800 px, 35).
    edition.js moves such a card left by as much; without JavaScript it is as before."""
    url = render_html_file(converted["seed"], tmp_path).as_uri()
    page = browser.new_page(viewport={"width": width, "height": 800})
    page.goto(url)
    names = page.locator("a.name")
    # the names whose card, set under them, would not fit
    near_the_end = [i for i, left in enumerate(names.evaluate_all("names => names.map(a => a.getBoundingClientRect().left)"))
                    if left > width - 330]
    assert len(near_the_end) >= 3
    for i in near_the_end:
        name = names.nth(i)
        name.scroll_into_view_if_needed()
        name.hover()
        box = name.evaluate(CARD_BOX)
        assert box["shown"] and box["left"] >= 0 and box["right"] <= box["width"], (name.text_content(), box)
        assert box["scroll"] <= box["width"]
    # and by keyboard
    name = names.nth(near_the_end[0])
    page.mouse.move(0, 0)
    name.focus()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")
    box = name.evaluate(CARD_BOX)
    assert box["shown"] and box["left"] >= 0 and box["right"] <= box["width"], box
    page.close()


# ----- 6. a checksum fills its line -----

@pytest.fixture(scope="module")
def captions(tmp_path_factory) -> Path:
    from tei_edition.convert import convert_file, write_conversion

    source = Path(__file__).parent / "transcripts" / "podcast-captions.vtt"
    return write_conversion(convert_file(source), tmp_path_factory.mktemp("captions"))


def test_a_checksum_is_marked_to_break_where_its_line_ends(captions):
    """The source's note and the revision history give the transcript's SHA-256, 64 digits that are one word: on a
    phone it went whole to a line of its own, the line before it left short and "SHA-256" broken at its hyphen
    ("(SHA-" / "256" / "c3882e…"), and its closing parenthesis could open the last line alone ("fa8c6" / ") by
    tei-edition"). The digits are a span that breaks anywhere (.checksum), "SHA-256" one that does not; the text is
    as the TEI says."""
    page = etree.HTML(render_html(captions))
    tei = etree.parse(str(captions))
    [change] = tei.xpath("//t:revisionDesc/t:change", namespaces={"t": "http://www.tei-c.org/ns/1.0"})
    [item] = page.xpath("//ol[@class = 'revisions']/li")
    assert _text(item) == " ".join(change.xpath("string()").split())
    [note] = [note for note in page.xpath("//span[@class = 'bibl-note']") if "SHA-256" in _text(note)]
    for holder in (item, note):
        assert [(span.get("class"), len(span.text)) for span in holder.iter("span") if span is not holder] == [
            ("nowrap", 7), ("checksum", 64)]


@pytest.mark.browser
def test_on_a_phone_the_checksum_starts_beside_its_name_and_ends_with_its_parenthesis(browser, captions, tmp_path):
    url = render_html_file(captions, tmp_path).as_uri()
    page = browser.new_page(viewport={"width": 390, "height": 800})
    page.goto(url)
    # the characters of "SHA-256 <64 digits>)" found in the text, whatever the markup, and the lines they are on
    found = page.evaluate("""() => [...document.querySelectorAll('.revisions li, .bibl-note')]
      .filter(holder => holder.textContent.includes('SHA-256')).map(holder => {
        const texts = [], walker = document.createTreeWalker(holder, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) texts.push(walker.currentNode);
        const rect = (at) => { let node = 0; while (at >= texts[node].length) { at -= texts[node].length; node++; }
            const r = document.createRange(); r.setStart(texts[node], at); r.setEnd(texts[node], at + 1);
            return r.getBoundingClientRect(); };
        const all = texts.map(t => t.data).join(''), name = all.indexOf('SHA-256'), first = all.indexOf(' ', name) + 1;
        const top = (at) => Math.round(rect(at).top);
        return {name: top(name), hyphen: top(name + 3), first: top(first), last: top(first + 63),
                close: top(first + 64), closing: all[first + 64], digit: rect(first).width,
                room: holder.closest('li, dd').getBoundingClientRect().right - rect(name + 6).right,
                lines: new Set([...Array(64).keys()].map(i => top(first + i))).size};
    })""")
    page.close()
    assert len(found) == 2
    for sum_ in found:
        assert sum_["name"] == sum_["hyphen"], sum_    # "SHA-256" on one line, not "SHA-" / "256"
        # "SHA-256 42683e…" begin on one line, unless "SHA-256" ends a full one
        assert sum_["name"] == sum_["first"] or sum_["room"] < 3 * sum_["digit"], sum_
        assert sum_["closing"] == ")" and sum_["last"] == sum_["close"], sum_   # "…fa8c6)" end on one
        assert sum_["lines"] <= 3, sum_                    # 64 digits fill the lines of a phone


# ----- 7. a run of notes between the turns is one block -----

@pytest.mark.browser
def test_a_run_of_notes_between_the_turns_is_set_close(browser, tmp_path):
    """A court reporter's page foot and head between two turns ("[SOUTHERN DISTRICT REPORTERS, P.C.]", "[(212)
    805-0300]", "[13]", "[J4KLSMIT Santos - direct]") were four lines 1.25rem apart, as far apart as two turns, the
    text broken up by its apparatus. A run of them is set close (a quarter of that); the run stands apart from the
    turns as a single note does."""
    from tei_edition.convert import convert_file, write_conversion

    from .test_shapes_round22 import COURT_PAGES

    source = tmp_path / "court.txt"
    source.write_text(COURT_PAGES, encoding="utf-8")
    url = render_html_file(write_conversion(convert_file(source), tmp_path), tmp_path).as_uri()
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(url)
    gaps = page.evaluate("""() => [...document.querySelectorAll('.edition .note-line')].filter(note =>
        note.nextElementSibling).map(note => {
        const next = note.nextElementSibling;
        return [next.classList.contains('note-line'), next.getBoundingClientRect().top - note.getBoundingClientRect().bottom];
    })""")
    page.close()
    within = [gap for close, gap in gaps if close]
    after = [gap for close, gap in gaps if not close]
    assert len(within) >= 4 and after
    assert max(within) <= 6, gaps            # 0.25rem
    assert min(after) >= 18, gaps            # 1.25rem before the next turn, as before


# ----- 8. a title's long word is not broken on a phone -----

@pytest.mark.browser
@pytest.mark.parametrize("width", [390, 360])
def test_on_a_phone_no_word_of_the_title_is_broken(browser, remarks, tmp_path, width):
    """At 1.9rem the title "HOUSE OF REPRESENTATIVES" was set "HOUSE OF / REPRESENTATIVE / S" on a 390 px phone: the
    word in capitals was wider than the line, and broken before its last letter. A phone's title is set at 7vw (27 px
    there, 25 px at 360), so that such a word fits."""
    url = render_html_file(remarks[1], tmp_path).as_uri()
    page = browser.new_page(viewport={"width": width, "height": 800})
    page.goto(url)
    # the line each word of the heading starts and ends on
    words = page.evaluate("""() => {
        const text = document.querySelector('h1').firstChild, words = [];
        const top = (at) => { const r = document.createRange(); r.setStart(text, at); r.setEnd(text, at + 1);
                              return Math.round(r.getBoundingClientRect().top); };
        for (const match of text.data.matchAll(/\\S+/g))
            words.push([match[0], top(match.index), top(match.index + match[0].length - 1)]);
        return words;
    }""")
    page.close()
    assert [word for word, _, _ in words] == ["HOUSE", "OF", "REPRESENTATIVES"]
    assert [word for word, first, last in words if first != last] == []


# ----- 9. the mention an index entry leads to is marked -----

@pytest.mark.browser
def test_the_mention_an_index_back_link_leads_to_is_marked_and_in_sight(browser, converted, tmp_path):
    """An index entry's "Mentioned in ¶ 15a, ¶ 15b" links to each mention, but the mention was not marked (a
    paragraph or a note's mark is, as :target) and the browser set it at the screen's top edge: in a paragraph of
    twenty names the reader had to find which was meant, without the words before it. The mention is marked as a
    note's mark is, a quarter of the screen down."""
    url = render_html_file(converted["seed"], tmp_path).as_uri()
    page = browser.new_page(viewport={"width": 1280, "height": 800}, reduced_motion="reduce")   # no smooth scrolling
    page.goto(url)
    back_link = page.locator(".entry-mentions a").nth(3)
    target = back_link.get_attribute("href")[1:]
    back_link.click()
    page.wait_for_function(f"location.hash === '#{target}'")
    state = page.evaluate(f"""() => {{
        const mention = document.getElementById('{target}'), other = document.querySelector('a.name:not(:target)');
        return {{name: mention.matches('a.name'), marked: getComputedStyle(mention).backgroundColor,
                 unmarked: getComputedStyle(other).backgroundColor, top: mention.getBoundingClientRect().top}};
    }}""")
    page.close()
    assert state["name"], state
    assert state["marked"] != state["unmarked"] and state["unmarked"] == "rgba(0, 0, 0, 0)", state
    assert 150 <= state["top"] <= 250, state


@pytest.mark.browser
def test_a_paragraphs_permalink_shows_who_speaks(browser, converted, tmp_path):
    """A citation's permalink ("…#eir-2000-mizin-p5") set the paragraph at the screen's top edge, the turn's label
    ("— MIZIN Interviewee: Viktor Mizin") just above it, out of sight: the reader saw the words, not who said them."""
    url = render_html_file(converted["seed"], tmp_path).as_uri()
    page = browser.new_page(viewport={"width": 390, "height": 700}, reduced_motion="reduce")
    page.goto(url)
    # the first paragraph of a turn, well down the page
    target = page.evaluate("[...document.querySelectorAll('.sp .para > p[id]')].filter(p => "
                           "p.closest('.para').previousElementSibling === null)[4].id")
    page.evaluate(f"location.hash = '{target}'")
    page.wait_for_function(f"document.getElementById('{target}').getBoundingClientRect().top < innerHeight")
    label_top, paragraph_top = page.evaluate(f"""() => {{
        const p = document.getElementById('{target}');
        return [p.closest('.sp').querySelector('.speaker').getBoundingClientRect().top, p.getBoundingClientRect().top];
    }}""")
    page.close()
    assert 0 <= label_top < paragraph_top < 120, (label_top, paragraph_top)
