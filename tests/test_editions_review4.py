"""The editions reviewed a fourth time, on the shapes of the converter's rounds 17 and 18: a note mark printed as an
asterisk is not raised again, an interview dated in an era of its own (令和, 民國, พ.ศ.) gets the Gregorian date beside it,
an Arabic text's apparatus (byline, a turn's role, the interview's date and place) reads in the right order, and a
contents list or a headnote's lines are set flush left on paper. Each test converts a small transcript with the real
converter and checks the HTML or the print HTML by XPath, or the PDF by where its words stand."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from lxml import etree

from tei_edition.render import render_html

from .test_editions_review2 import convert, html_of, print_html_of, text

LRI, FSI, PDI = "\u2066", "\u2068", "\u2069"


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("review4")


# ----- 1. a note mark printed as an asterisk is not raised again -----

NOTES = """Interview with Colonel (ret.) Martha Voss
Interviewer: Daniel Price

PRICE: Where were you posted first?

VOSS: Fort Huachuca,* in the signals school.

PRICE: And after that?

VOSS: Germany, with the 7th Army.† I was the only woman in the building for a year.

* Fort Huachuca, Arizona, home of the Army Intelligence Center.
† Seventh United States Army, headquartered in Heidelberg at the time.
"""


@pytest.mark.parametrize("to", ["html", "print"])
def test_an_asterisk_mark_is_not_raised_again(folder, to):
    """An asterisk stands at the height of a capital: raised (vertical-align: super) and made smaller (0.75em) it was
    a speck floating above the line. Like a mark in superscript digits it keeps its place and size (noteref-raised); a
    dagger, which stands on the line, is raised as before."""
    tei = convert(folder, "asterisk.txt", NOTES)
    page = html_of(tei) if to == "html" else print_html_of(tei)
    marks = {text(a): a.get("class") for a in page.xpath("//a[contains(@class, 'noteref')]")}
    assert marks == {"*": "noteref noteref-raised", "†": "noteref"}


# ----- 2. a date in an era of its own is given in the Gregorian calendar too -----

REIWA = """インタビュー：田中一郎さん
聞き手：鈴木花子
日付：令和3年4月10日

鈴木：いつから漆の仕事をしていますか。

田中：十八歳からです。祖父の工房で始めました。

鈴木：一番難しいことは何ですか。

田中：待つことです。漆は急がせられません。
"""

MINGUO = """訪談：陳美玲女士
訪談者：林志明
日期：民國110年3月5日
地點：台南

林：請問您幾歲開始做布袋戲？

陳：十五歲。我父親是師傅，我跟著他學。

林：現在還有人學嗎？

陳：很少了。年輕人都去台北工作。
"""


def interview_date(page) -> str:
    [dd] = page.xpath("//dt[. = 'Interview']/following-sibling::dd[1]")
    return text(dd)


@pytest.mark.parametrize("name, source, expected", [
    ("reiwa.txt", REIWA, "令和3年4月10日 (10 April 2021)"),
    ("minguo.txt", MINGUO, "民國110年3月5日 (5 March 2021), 台南"),
])
def test_an_era_date_is_followed_by_the_gregorian_date(folder, name, source, expected):
    """"令和3年4月10日" told a reader of the English apparatus nothing about when the interview was (the citation, from
    @when, said "April 10, 2021"). The About section and the print edition's dateline give the Gregorian date after
    it, in the apparatus's English."""
    tei = convert(folder, name, source)
    assert interview_date(html_of(tei)) == expected
    assert interview_date(print_html_of(tei)) == expected
    # still the date as printed, in <time datetime> on the screen
    assert html_of(tei).xpath("//dt[. = 'Interview']/following-sibling::dd[1]/time/@datetime")[0].startswith("2021-")


def test_a_date_that_shows_its_year_is_not_glossed(folder):
    tei = convert(folder, "plain-date.txt", "Interview with Ann Lee\nInterviewer: Bob Kay\nDate: 3 May 1998\n\n"
                                            "KAY: Where were you born?\n\nLEE: In Leeds.\n\nKAY: And then?\n\n"
                                            "LEE: York.\n")
    assert interview_date(html_of(tei)) == "3 May 1998"


# ----- 3. an Arabic text's apparatus in the right order -----

ARABIC = """مقابلة مع فاطمة الزهراء
المحاور: أحمد منصور
التاريخ: 12 مارس 2015
المكان: عمّان

أحمد: متى بدأتِ التطريز؟

فاطمة: عندما كنت في العاشرة. علمتني جدتي.
"""


@pytest.fixture(scope="module")
def arabic(folder):
    return convert(folder, "arabic.txt", ARABIC)


def test_the_byline_of_an_arabic_text_reads_left_to_right(arabic):
    """The byline is English ("… interviewed by …"); set in the Arabic text's direction it showed "أحمد منصور
    interviewed by فاطمة الزهراء" to whoever reads it from the left, the interviewer first. It reads left to right,
    each name isolated in its own direction."""
    [people] = html_of(arabic).xpath("//p[@class = 'byline']/span[@class = 'byline-people']")
    assert people.get("dir") == "ltr"
    assert people.xpath("bdi/text()") == ["فاطمة الزهراء", "أحمد منصور"]
    assert text(people) == "فاطمة الزهراء interviewed by أحمد منصور"
    # on paper by Unicode's isolates, which WeasyPrint honours where it does not an inline element's dir
    [printed] = print_html_of(arabic).xpath("//p[@class = 'byline']/span[@class = 'byline-people']")
    assert printed.xpath("string(.)").strip() == f"{LRI}{FSI}فاطمة الزهراء{PDI} interviewed by {FSI}أحمد منصور{PDI}{PDI}"


def test_a_turns_role_in_an_arabic_text_reads_left_to_right(arabic):
    """"Interviewer: أحمد منصور" is the apparatus: in the Arabic turn it was shown as "أحمد منصور :Interviewer"."""
    roles = html_of(arabic).xpath("//span[@class = 'speaker-role']")
    assert [(role.get("dir"), text(role)) for role in roles] == [("ltr", "Interviewer: أحمد منصور"),
                                                                 ("ltr", "Interviewee: فاطمة الزهراء")]
    printed = print_html_of(arabic).xpath("//span[@class = 'speaker-role']")
    assert printed[0].xpath("string(.)") == f"{LRI}({FSI}Interviewer{PDI}: {FSI}أحمد منصور{PDI}){PDI}"


def test_the_date_and_place_of_an_arabic_interview_keep_their_order(arabic):
    """The About section and the dateline are left to right; "12 مارس 2015, عمّان" in them showed the day at the end of
    the line. They are isolated in the text's direction."""
    for page in (html_of(arabic), print_html_of(arabic)):
        [bdi] = page.xpath("//dt[. = 'Interview']/following-sibling::dd[1]/bdi")
        assert bdi.get("dir") == "rtl" and text(bdi) == "12 مارس 2015, عمّان"


def test_an_english_texts_byline_and_roles_are_as_before(folder):
    tei = convert(folder, "english.txt", "Interview with Ann Lee\nInterviewer: Bob Kay\n\nKAY: Where were you born?\n\n"
                                         "LEE: In Leeds.\n")
    page = html_of(tei)
    assert not page.xpath("//*[@dir] | //bdi")
    assert text(page.xpath("//span[@class = 'byline-people']")[0]) == "Ann Lee interviewed by Bob Kay"


def test_the_pdf_reads_the_arabic_byline_left_to_right(arabic):
    """Where the words stand on the page: the interviewee's name left of "interviewed by", the interviewer's right."""
    words = pdf_words(arabic)
    by = next(x for x, word in words if word == "interviewed")
    # pdftotext writes Arabic words in visual order, reversed: "ءارهزلا" is الزهراء
    assert next(x for x, word in words if word == "ءارهزلا") < by < next(x for x, word in words if word == "روصنم")


# ----- 4. a contents list and a headnote's lines flush left on paper -----

CONTENTS = """ORAL HISTORY OF MARGARET ELLISON

CONTENTS

Childhood in Leeds .................. 1
The war years ....................... 7
Teaching ............................ 15

Interviewer: David Hume
Date: 3 May 1998

HUME: Where were you born?

ELLISON: In Leeds, in a house on Harehills Lane.

HUME: And your parents?

ELLISON: My father was a tram driver, my mother took in sewing.
"""

COMMITTEE = """STANDING COMMITTEE ON FISHERIES AND OCEANS

EVIDENCE

Thursday, February 8, 2024

Members present: Ken McDonald (Chair), Mel Arnold, Clifford Small, Lori Idlout

Witnesses: Dr. Irene Tallis, Memorial University; Mr. Paul Gagnon, Atlantic Salmon Federation

The Chair (Mr. Ken McDonald): I call this meeting to order. Dr. Tallis, you have five minutes.

Dr. Irene Tallis (Professor, Memorial University): Thank you, Mr. Chair. Capelin stocks have fallen by more than half since 1990, and they have not recovered.

The Chair: Thank you. Mr. Arnold, go ahead.

Mr. Mel Arnold: Dr. Tallis, what does the department's own science say?

Dr. Irene Tallis: It says the same thing, in longer sentences.
"""


def pdf_words(tei) -> list[tuple[float, str]]:
    """The words of the PDF's first page and where each begins (x, in points), by pdftotext."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    from tei_edition.pdf import render_pdf

    pdf = tei.with_suffix(".pdf")
    pdf.write_bytes(render_pdf(tei))
    out = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(pdf), "-"], capture_output=True, check=True)
    page = etree.fromstring(out.stdout.replace(b"<!DOCTYPE", b"<!-- ").replace(b'.dtd">', b'.dtd" -->'))
    return [(float(word.get("xMin")), word.text) for word in page.iter("{*}word")]


@pytest.mark.parametrize("name, source, firsts", [
    ("contents.txt", CONTENTS, ["Childhood", "The", "Teaching"]),
    ("committee.txt", COMMITTEE, ["EVIDENCE", "Members", "Witnesses:"]),
])
def test_list_like_paragraphs_are_flush_left_on_paper(folder, name, source, firsts):
    """A contents list's entries and a headnote's lines (the date, "Members present: …") were indented from the second
    on, as running prose is: a ragged list. Each starts where the first does."""
    tei = convert(folder, name, source)
    words = pdf_words(tei)
    starts = [next(x for x, word in words if word == first) for first in firsts]
    assert max(starts) - min(starts) < 0.5, starts


# ----- 5. a hearing's roles in the turns' labels -----

def test_a_hearings_roles_are_in_the_labels(folder):
    """The converter gives the people of a committee hearing the roles its headnote lists (chair, member, witness); the
    labels said nothing of them (only an interviewer's or interviewee's role was shown), so that a reader could not
    tell a witness from a member asking the questions without going back to the headnote. The label now says it,
    unless the label is the role ("The Chair")."""
    tei = convert(folder, "hearing.txt", COMMITTEE)
    labels = [text(label) for label in html_of(tei).xpath("//p[@class = 'speaker']")]
    assert labels == ["The Chair (Mr. Ken McDonald)", "Dr. Irene Tallis (Professor, Memorial University) Witness",
                      "The Chair", "Mr. Mel Arnold Member", "Dr. Irene Tallis Witness"]
    printed = [text(label) for label in print_html_of(tei).xpath("//p[@class = 'speaker']")]
    assert printed[3] == "Mr. Mel Arnold (Member)"


# ----- 6. a contents list links to the parts it names -----

MD_CONTENTS = """# Songs from the Mill: an interview with Agnes Bell

## Contents

- [Early life](#early-life)
- [The mill](#the-mill)

## Early life

**HOST:** Agnes, you grew up in the mill town?

**AGNES BELL:** Born two streets from the gates. The _whole_ street worked there.

**HOST:** And you sang at work?

**AGNES BELL:** We sang to keep time. The looms had their own rhythm.

## The mill

**HOST:** What was the hardest job?

**AGNES BELL:** Doffing. Changing the bobbins while the frame ran. You learned fast or you lost a finger.
"""


def test_a_contents_list_links_to_the_parts_it_names(folder):
    """The source's contents list (div[@type='contents']) was text on the page: "Early life" did not take the reader to
    the part headed "Early life" two lines below, as a contents list on a web page does (and as the Markdown's own
    links did). An entry naming a heading of the text links to its part."""
    tei = convert(folder, "md-contents.md", MD_CONTENTS)
    page = html_of(tei)
    links = page.xpath("//section[contains(@class, 'div-contents')]//a[@class = 'contents-link']")
    assert [text(a) for a in links] == ["Early life", "The mill"]
    for a in links:
        [part] = page.xpath(f"//section[@id = '{a.get('href')[1:]}']")
        assert text(part.xpath("h2")[0]) == text(a)
    # the entries keep their permalinks, and still no "cite"
    assert len(page.xpath("//section[contains(@class, 'div-contents')]//a[@class = 'pnum']")) == 2
    assert not page.xpath("//section[contains(@class, 'div-contents')]//details")


def test_a_contents_entry_whose_part_is_not_in_the_transcript_stays_text(folder):
    """A printed book's contents ("The war years ....... 7") names pages the transcript does not hold: no link."""
    tei = convert(folder, "printed-contents.txt", CONTENTS)
    page = html_of(tei)
    assert len(page.xpath("//section[contains(@class, 'div-contents')]//div[@class = 'para']")) == 3
    assert not page.xpath("//a[@class = 'contents-link']")


# ----- 7. the collection's index: era dates placed, dates isolated -----

def test_the_collection_index_places_an_era_date_and_isolates_each_date(folder, arabic):
    """The index's "Interview date" column showed "令和3年4月10日" alone, and an Arabic date in the left-to-right cell
    with its day moved to the end. The Gregorian date follows an era's, and each date is isolated as the names are;
    a summary kept from an earlier build (without the dates' ISO values) still makes the page."""
    from tei_edition.collection import summarize, write_collection_index

    from .test_editions_review import collection_page

    reiwa = convert(folder, "reiwa-index.txt", REIWA)
    page = etree.HTML(collection_page(folder, [reiwa, arabic]).read_bytes())
    cells = {row.get("id"): row.xpath("td[@data-label = 'Interview date']")[0] for row in page.xpath("//tbody/tr")}
    assert text(cells["edition-reiwa-index"]) == "令和3年4月10日 (10 April 2021)"
    assert [text(bdi) for bdi in cells["edition-arabic"].xpath("bdi")] == ["12 مارس 2015"]
    # an old manifest's summary
    summary = summarize(etree.parse(str(reiwa)).getroot())
    del summary["dates_when"]
    out = folder / "old-manifest"
    out.mkdir(exist_ok=True)
    old = etree.HTML(write_collection_index(out, {"reiwa": {"document_id": "reiwa", "summary": summary,
                                                            "outputs": {"reiwa.html": ""}}}, "Interviews", "en",
                                            ()).read_bytes())
    assert text(old.xpath("//td[@data-label = 'Interview date']")[0]) == "令和3年4月10日"


def test_a_conversation_analysis_pause_shows_as_printed(tmp_path):
    """Round 19 encodes Jefferson's pauses ("(0.8)", "(.)") as incident[@type='pause'|'micropause'] with the printed form
    as desc; the edition's brackets for sounds made them "[(0.8)]". They show as printed, in both editions."""
    from tei_edition.convert import convert_file, write_conversion

    source = tmp_path / "ca.txt"
    source.write_text("Extract 2: Phone call\n\n01  ANA:    hello is that the surgery\n02          (1.5)\n"
                      "03  REC:    yes (.) speaking\n04  ANA:    I wanted to (0.4) book an appointment\n"
                      "05  REC:    for yourself?\n06  ANA:    yes (.) for Thursday if (2.0) if there's anything\n",
                      encoding="utf-8")
    tei = write_conversion(convert_file(source), tmp_path)
    for to in ("html", "print"):
        page = etree.HTML(render_html(tei, to=to).encode("utf-8"))
        assert ["".join(s.itertext()) for s in page.xpath("//span[@class = 'pause']")] == [
            "(1.5)", "(.)", "(0.4)", "(.)", "(2.0)"], to
        assert "[(" not in "".join(page.xpath("//article//text()")), to
