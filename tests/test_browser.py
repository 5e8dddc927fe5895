"""The HTML reading edition in a real headless browser (Debian's chromium via Playwright): no console errors,
no horizontal scrolling on a phone, no serious or critical axe-core violations, cards on keyboard focus."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from tei_edition.render import render_html_file

pytestmark = pytest.mark.browser

SAMPLE = Path(__file__).parent / "data" / "sample-edition.xml"
WIDTHS = {"desktop": (1280, 900), "phone": (375, 740)}


@pytest.fixture(scope="module", params=["sample", "seed"])
def page_url(request, tmp_path_factory) -> str:
    """The hand-made sample, and the seed as the converter really writes it (long checksums, nested names)."""
    out = tmp_path_factory.mktemp("html")
    if request.param == "sample":
        source = SAMPLE
    else:
        from tei_edition.convert import convert_file, write_conversion

        source = write_conversion(convert_file(Path(__file__).parent.parent / "seeds" / "eir-2000-mizin.txt"), out)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return render_html_file(source, out).as_uri()


@pytest.fixture(params=sorted(WIDTHS), scope="module")
def loaded(request, browser, page_url):
    width, height = WIDTHS[request.param]
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda msg: problems.append(f"console.{msg.type}: {msg.text}")
            if msg.type in ("error", "warning") else None)
    page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    requests: list[str] = []
    page.on("request", lambda req: requests.append(req.url) if not req.url.startswith(("file:", "data:")) else None)
    page.goto(page_url, wait_until="load")
    yield request.param, page, problems, requests
    context.close()


def test_no_console_errors_and_no_network(loaded):
    _, page, problems, requests = loaded
    assert problems == []
    assert requests == [], "the page must be self-contained"


def test_no_horizontal_scroll(loaded):
    name, page, _, _ = loaded
    scroll_width, inner_width = page.evaluate(
        "[document.scrollingElement.scrollWidth, window.innerWidth]")
    assert scroll_width <= inner_width, f"{name}: scrollWidth {scroll_width} > innerWidth {inner_width}"


def test_axe_no_serious_or_critical_violations(loaded):
    from axe_playwright_python.sync_playwright import Axe

    name, page, _, _ = loaded
    results = Axe().run(page)
    violations = [v for v in results.response["violations"] if v.get("impact") in ("serious", "critical")]
    details = [f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}" for v in violations]
    assert not violations, f"{name}: " + "; ".join(details)


# The card is the mention's ::after (its text set once per entry in CSS): what is shown, where, and whether it
# fits the viewport, read from the computed style of the pseudo-element.
# The index lists a person by surname ("Kouchner, Bernard"); the card names them as the text does ("Bernard Kouchner").
CARD_STATE = """(a) => {
  const naturalName = (b) => b.closest('.index-persons') && b.textContent.includes(', ')
      ? b.textContent.split(', ').reverse().join(' ') : b.textContent;
  const after = getComputedStyle(a, '::after');
  const link = a.getBoundingClientRect();
  const left = parseFloat(after.left), width = parseFloat(after.width);
  const x = after.position === 'fixed' ? left : link.left + left;
  return {display: after.display, content: after.content, x: x, right: x + width,
          entry: document.getElementById(a.getAttribute('aria-describedby')).textContent,
          name: naturalName(document.querySelector(a.getAttribute('href') + ' .entry-head b'))};
}"""


def card_state(mention) -> dict:
    state = mention.evaluate(CARD_STATE)
    state["shown"] = state["display"] != "none" and state["content"] not in ("none", "normal")
    return state


def assert_card_shown(name: str, mention, page) -> None:
    state = card_state(mention)
    width = page.evaluate("window.innerWidth")
    assert state["shown"], f"{name}: no card: {state}"
    # the entry's name and description (the text aria-describedby points at), as the card's text
    assert f"{state['name']} — {state['entry']}" in state["content"].replace('\\"', '"'), state
    assert state["x"] >= 0 and state["right"] <= width, f"{name}: card outside the viewport: {state}"


def test_card_shows_on_keyboard_focus_and_fits(loaded):
    name, page, _, _ = loaded
    page.mouse.move(0, 0)
    mention = page.locator("a.name").first
    assert not card_state(mention)["shown"]
    mention.focus()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")  # keyboard focus, so :focus-visible applies
    assert_card_shown(name, mention, page)
    page.keyboard.press("Escape")  # dismissable (WCAG 1.4.13)
    assert not card_state(mention)["shown"]
    page.keyboard.press("Tab")
    page.keyboard.press("Shift+Tab")
    assert_card_shown(name, mention, page)


def test_card_shows_on_hover_for_every_kind(loaded):
    name, page, _, _ = loaded
    page.keyboard.press("Tab")  # move keyboard focus away from any mention
    for mention in page.locator("a.name").all()[:12]:
        mention.scroll_into_view_if_needed()
        mention.hover()
        assert_card_shown(name, mention, page)
    page.mouse.move(0, 0)


def test_card_is_not_part_of_the_link_name(loaded):
    """The card's text has an empty alternative text: the link's accessible name stays the name as printed."""
    _, page, _, _ = loaded
    mention = page.locator("a.name").first
    mention.focus()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")
    assert card_state(mention)["shown"]
    snapshot = mention.aria_snapshot()  # e.g. '- link "Viktor Mizin":' plus its url
    assert snapshot.splitlines()[0].startswith(f'- link "{mention.inner_text().strip()}"'), snapshot


def test_skip_link_is_first_and_visible_on_focus(loaded, page_url):
    _, page, _, _ = loaded
    page.goto(page_url)
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.getAttribute('href')")
    assert focused == "#ed-main"
    box = page.locator(".skip-link").bounding_box()
    assert box and box["y"] >= 0


def test_permalink_targets_paragraph(loaded, page_url):
    _, page, _, _ = loaded
    page.goto(page_url + "#eir-2000-mizin-p5")
    assert page.evaluate("document.querySelector(':target').id") == "eir-2000-mizin-p5"


@pytest.mark.parametrize("lang", ["he", "en"])
def test_a_text_written_right_to_left_reads_from_the_right(browser, tmp_path, lang):
    """In Chromium, a Hebrew edition's turns run from the right: its paragraphs are right to left, the interviewer's
    bar is on their right edge, the paragraph number stays in the left margin; an English one mirrors none of it. No
    horizontal scrolling on a phone either way."""
    from lxml import etree

    tree = etree.parse(str(SAMPLE))
    tree.getroot().set("{http://www.w3.org/XML/1998/namespace}lang", lang)
    source = tmp_path / "doc.xml"
    tree.write(str(source), xml_declaration=True, encoding="UTF-8")
    url = render_html_file(source, tmp_path).as_uri()
    for width, height in WIDTHS.values():
        context = browser.new_context(viewport={"width": width, "height": height})
        page = context.new_page()
        page.goto(url)
        facts = page.evaluate("""() => {
            const sp = document.querySelector('.sp-interviewer'), style = getComputedStyle(sp);
            const para = sp.querySelector('.para > p'), number = sp.querySelector('.pnum');
            return {left: parseFloat(style.borderLeftWidth), right: parseFloat(style.borderRightWidth),
                    direction: getComputedStyle(para).direction,
                    numberLeftOfText: number.getBoundingClientRect().right <= para.getBoundingClientRect().left + 1,
                    scrolls: document.documentElement.scrollWidth > window.innerWidth};
        }""")
        context.close()
        assert facts["direction"] == ("rtl" if lang == "he" else "ltr")
        assert (facts["right"] > 0, facts["left"] > 0) == ((True, False) if lang == "he" else (False, True)), facts
        assert facts["numberLeftOfText"] and not facts["scrolls"], facts
