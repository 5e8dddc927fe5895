"""The editions reviewed as a scholar and a librarian use them (eighth round): a name whose TEI marks its surname is
cited and filed by it ("Wang Lihua", family name first, is no "Lihua, Wang"), a bare name as before; a name in Arabic
script is inverted with the Arabic comma and keeps a compound family name whole ("نصر الله، إبراهيم", not "الله,
إبراهيم نصر"), in the citations and the records; MLA dates day, month and year; APA dates several sessions as a range;
a focus group or a phone-in (an interviewer, no interviewee) is "Moderated by", its moderator MARC's "mod"; APA keeps
the hyphen of a hyphenated given name. Each test converts a small transcript with the real converter (editing its
header as an encoder would where the converter writes no such markup) and checks the citations and the records."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from lxml import etree

from tei_edition import TEI_NS, metadata
from tei_edition.cite import CitationData, apa, bibtex, chicago, cite, citation_data, csl_item, description, mla, ris
from tei_edition.validate import validate_file

from .test_editions_review2 import convert, html_of, text
from .test_metadata import NS, check_oai_dc, dc_element_names, dc_values, mods_schema  # noqa: F401 (fixtures)

T = {"t": TEI_NS}

INTERVIEW = """Interview with Lihua
Interviewer: Anna Smit
Date: 12 May 2019

SMIT: Where did you grow up?

LIHUA: In Chengdu, near the river.
"""


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("review8")


def _marked(folder, name: str, persname: str):
    """The interview converted, its interviewee's persName replaced by ``persname`` (TEI markup), valid as before."""
    tei = convert(folder, f"{name}.txt", INTERVIEW)
    tree = etree.parse(str(tei))
    (old,) = tree.xpath("//t:particDesc//t:person[@role = 'interviewee']/t:persName", namespaces=T)
    new = etree.fromstring(f'<persName xmlns="{TEI_NS}">{persname}</persName>')
    old.getparent().replace(old, new)
    path = folder / f"{name}-marked.xml"
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    assert validate_file(path) == []
    return path


# ----- 1. a name's parts as the TEI marks them -----

def test_a_name_marked_family_name_first_is_cited_as_written(folder, mods_schema, dc_element_names):
    """"<surname>Wang</surname> <forename>Lihua</forename>" was cited "Lihua, Wang" (the last word taken for the
    family name): a Chinese name in Latin letters, family name first, is cited as written (Chicago, MLA), filed under
    Wang by APA ("Wang, L."), BibTeX, RIS, CSL-JSON (with static-ordering, so that a CSL processor keeps the order)
    and the records."""
    tei = _marked(folder, "wang", "<surname>Wang</surname> <forename>Lihua</forename>")
    assert cite(tei).startswith("Wang Lihua. “Interview with Lihua.” Interview by Anna Smit, May 12, 2019.")
    assert cite(tei, style="mla").startswith("Wang Lihua. “Interview with Lihua.”")
    assert cite(tei, style="apa").startswith("Wang, L. (2019, May 12).")
    assert "author = {Wang, Lihua}" in cite(tei, style="bibtex")
    assert "AU  - Wang, Lihua" in cite(tei, style="ris")
    (item,) = json.loads(cite(tei, style="csl-json"))
    assert item["author"] == [{"family": "Wang", "given": "Lihua", "static-ordering": True}]
    assert text(html_of(tei).xpath("//*[@id = 'ed-citation']")[0]).startswith("Wang Lihua. “")
    mods_text = metadata.record(tei, "mods")
    mods_schema.validate(mods_text)
    (name,) = etree.fromstring(mods_text.encode()).xpath("m:name[@usage = 'primary']", namespaces=NS)
    assert name.xpath("m:namePart[@type = 'family']/text()", namespaces=NS) == ["Wang"]
    dc = etree.fromstring(metadata.record(tei, "dc").encode())
    check_oai_dc(dc, dc_element_names)
    assert dc_values(dc, "creator") == ["Wang, Lihua (interviewee)"]


def test_a_name_marked_given_name_first_and_a_bare_name(folder):
    """Marked the other way round ("<forename>Lihua</forename> <surname>Wang</surname>", as a name is written in
    English) it is "Wang, Lihua". A bare name is not guessed at: "Wang Lihua" could be either, and its last word is
    the family name, as for any name in Latin letters; a compound surname marked so is filed whole ("Quispe Mamani,
    Rosa", not "Mamani, Rosa Quispe")."""
    western = _marked(folder, "lihua", "<forename>Lihua</forename> <surname>Wang</surname>")
    assert cite(western).startswith("Wang, Lihua. “")
    assert "static-ordering" not in cite(western, style="csl-json")
    bare = _marked(folder, "bare", "Wang Lihua")
    assert cite(bare).startswith("Lihua, Wang. “")
    andean = _marked(folder, "quispe", "<forename>Rosa</forename> <surname>Quispe Mamani</surname>")
    assert cite(andean).startswith("Quispe Mamani, Rosa. “")
    assert cite(andean, style="apa").startswith("Quispe Mamani, R. (")
    # a term of address in the name is neither part
    titled = _marked(folder, "titled", "<roleName>Dr</roleName> <surname>Wang</surname> <forename>Lihua</forename>")
    assert cite(titled).startswith("Wang Lihua. “") and cite(titled, style="apa").startswith("Wang, L. (")


def test_the_collection_index_files_a_marked_name_by_its_surname(folder):
    """The index lists editions by interviewee, surname first: "Wang Lihua" marked family name first is filed under
    W (before "Young"), not under L; the manifest keeps the filing form, its names being plain strings."""
    from tei_edition.collection import reading_order, summarize

    summary = summarize(etree.parse(str(_marked(folder, "wang2", "<surname>Wang</surname> <forename>Lihua</forename>"))).getroot())
    assert summary["filed"] == "Wang Lihua"
    summary = json.loads(json.dumps(summary))  # as the manifest keeps it
    young = {"interviewees": ["Lena Young"], "title": "T", "dates_when": ["2019-05-12"]}
    lee = {"interviewees": ["Mary Lee"], "title": "T", "dates_when": ["2019-05-12"]}
    order = sorted([{"summary": s, "document_id": i} for i, s in (("young", young), ("wang", summary), ("lee", lee))],
                   key=reading_order)
    assert [e["document_id"] for e in order] == ["lee", "wang", "young"]


# ----- 2. names in Arabic script -----

ARABIC = """حوار مع الروائي إبراهيم نصر الله

حاوره: سامر أبو هواش

المحاور: متى بدأت الكتابة؟

نصر الله: في عمّان، في السبعينيات.

المحاور: وماذا كتبت أولاً؟

نصر الله: الشعر.
"""


def test_an_arabic_name_is_inverted_with_the_arabic_comma_and_its_compound_family_name(folder, mods_schema,
                                                                                       dc_element_names):
    """"إبراهيم نصر الله" (Ibrahim Nasrallah) was cited "الله, إبراهيم نصر": "الله" alone taken for his family name,
    after a Latin comma. A catalogue's heading in Arabic script ("نصر الله، إبراهيم") inverts with the Arabic comma and
    keeps a compound family name whole (نصر الله, أبو هواش); APA gives no initials of Arabic letters; BibTeX and RIS
    keep the comma their syntax reads."""
    tei = convert(folder, "hiwar.txt", ARABIC, language="ar")
    data = citation_data(tei)
    assert data.interviewees == ("إبراهيم نصر الله",) and data.interviewers == ("سامر أبو هواش",)
    assert cite(tei).startswith("نصر الله، إبراهيم. “")
    assert cite(tei, style="mla").startswith("نصر الله، إبراهيم. “")
    assert cite(tei, style="apa").startswith("نصر الله، إبراهيم. (n.d.).")
    assert "[Interview by سامر أبو هواش]" in cite(tei, style="apa")
    assert "author = {نصر الله, إبراهيم}" in cite(tei, style="bibtex")
    assert "A2  - أبو هواش, سامر" in cite(tei, style="ris")
    mods_text = metadata.record(tei, "mods")
    mods_schema.validate(mods_text)
    mods = etree.fromstring(mods_text.encode())
    (name,) = mods.xpath("m:name[@usage = 'primary']", namespaces=NS)
    assert name.xpath("m:namePart[@type = 'family']/text()", namespaces=NS) == ["نصر الله"]
    assert name.xpath("m:namePart[@type = 'given']/text()", namespaces=NS) == ["إبراهيم"]
    assert name.xpath("m:displayForm/text()", namespaces=NS) == ["نصر الله، إبراهيم"]
    dc = etree.fromstring(metadata.record(tei, "dc").encode())
    check_oai_dc(dc, dc_element_names)
    assert dc_values(dc, "creator") == ["نصر الله، إبراهيم (interviewee)"]
    assert dc_values(dc, "contributor") == ["أبو هواش، سامر (interviewer)"]


def test_names_in_hebrew_and_in_latin_letters_keep_their_comma():
    """Hebrew bibliographies invert with the comma English uses ("עוז, עמוס"); a two-word Arabic name is inverted as
    any other; a name of one word stays whole."""
    hebrew = CitationData(document_id="d", title="T", interviewees=("עמוס עוז",))
    assert chicago(hebrew).startswith("עוז, עמוס. “")
    two = CitationData(document_id="d", title="T", interviewees=("فاطمة الزهراء", "سلمى"))
    assert chicago(two).startswith("الزهراء، فاطمة and سلمى. “")


# ----- 3. MLA's and APA's dates -----

def test_apa_dates_several_sessions_as_a_range_and_reference_managers_get_it():
    """APA gave the first of two sessions' dates only ("(2004, March 3)"); APA 7 dates a work of several days by its
    range ("2017, July 12–15"; "2016, March 30–April 2"): here from the first session to the last. BibTeX's date and
    CSL-JSON's issued and event-date are the same range (event-date held the first two of three sessions)."""
    data = CitationData(document_id="d", title="T", interviewees=("Rosa Marchetti",), interview_dates=("2004-03-03", "2004-03-10"))
    assert apa(data).startswith("Marchetti, R. (2004, March 3–10). T.")
    for dates, said in [(("2000-03-24", "2000-03-27", "2000-04-02"), "2000, March 24–April 2"),
                        (("1999-12-30", "2000-01-02"), "1999, December 30–2000, January 2"),
                        (("2000-03", "2000-04"), "2000, March–April"),
                        (("2000-03-24", "2000-03-24"), "2000, March 24")]:
        assert f"({said})." in apa(replace(data, interview_dates=dates)), dates
    three = replace(data, interview_dates=("2000-03-24", "2000-03-25", "2000-03-27"))
    assert csl_item(three)["event-date"] == {"date-parts": [[2000, 3, 24], [2000, 3, 27]]}
    assert csl_item(three)["issued"] == {"date-parts": [[2000, 3, 24], [2000, 3, 27]]}
    assert "  date = {2000-03-24/2000-03-27}" in bibtex(three)
    assert "  date = {2004-03-03}" in bibtex(replace(data, interview_dates=("2004-03-03",)))


def test_mla_dates_day_month_year_with_its_abbreviations(folder):
    """MLA 9 writes "12 May 2019", "21 Sept. 2012", "4 Nov. 2026" (Chicago's "May 12, 2019" was printed in MLA too);
    a source's year is as before."""
    tei = convert(folder, "mla.txt", INTERVIEW.replace("12 May 2019", "21 September 2012"))
    assert cite(tei, style="mla").startswith("Lihua. “Interview with Lihua.” Interview by Anna Smit, 21 Sept. 2012.")
    assert "September 21, 2012" in cite(tei)
    data = CitationData(document_id="d", title="T", publication="Review", year="2001", interview_dates=("2000-11-04",))
    assert mla(data) == "“T.” Interview. Review, 2001."


# ----- 4. a focus group, a phone-in -----

FOCUS_GROUP = """Focus group 3 — Allotment holders, Leeds
Moderator: Ruth Akers
Date: 14 May 2019

AKERS: What brought you to the allotments?

MARGARET: My late husband, really.

DESMOND: The waiting list was ten years when I joined.

AKERS: And now?

MARGARET: Now it is longer.

DESMOND: Twelve years, I heard.
"""


def test_a_focus_group_is_moderated_not_an_interview(folder, mods_schema, dc_element_names):
    """A focus group's moderator (the header's interviewer) interviewed nobody: no participant is an interviewee. It
    was cited "Interview by Ruth Akers"; now "Moderated by Ruth Akers" (APA "[Moderated by R. Akers]"), CSL-JSON a
    "document" whose moderator is a contributor (a CSL style prints an interviewer "Interview by"), and the records
    give her MARC's relator for a moderator (mod, "leading a program … that includes other guests")."""
    tei = convert(folder, "focus.txt", FOCUS_GROUP)
    roles = {p.get("role") for p in etree.parse(str(tei)).iter(f"{{{TEI_NS}}}person")}
    assert "interviewee" not in roles and "interviewer" in roles
    assert cite(tei) == "“Focus Group 3 — Allotment Holders, Leeds.” Moderated by Ruth Akers, May 14, 2019." \
        or cite(tei).endswith("” Moderated by Ruth Akers, May 14, 2019.")
    assert "[Moderated by R. Akers]. (2019, May 14)." in cite(tei, style="apa")
    assert "Interview" not in cite(tei, style="mla").split("”", 1)[1]
    assert "note = {Moderated by Ruth Akers}" in cite(tei, style="bibtex")
    (item,) = json.loads(cite(tei, style="csl-json"))
    assert item["type"] == "document" and "interviewer" not in item
    assert item["contributor"] == [{"family": "Akers", "given": "Ruth"}]
    mods_text = metadata.record(tei, "mods")
    mods_schema.validate(mods_text)
    terms = etree.fromstring(mods_text.encode()).xpath("m:name[m:namePart = 'Akers']/m:role/m:roleTerm/text()", namespaces=NS)
    assert terms == ["Moderator", "mod"]
    dc = etree.fromstring(metadata.record(tei, "dc").encode())
    check_oai_dc(dc, dc_element_names)
    assert "Akers, Ruth (moderator)" in dc_values(dc, "contributor")
    # the PDF's subject named her as if she were its author ("Ruth Akers, “Focus group …”.")
    assert description(etree.parse(str(tei)).getroot()).startswith("Moderated by Ruth Akers, “")


def test_an_unnamed_interviewee_is_still_interviewed(folder):
    """An interview whose interviewee the source withholds (persName type="unnamed") names no author, but somebody was
    interviewed: "Interview by …", CSL-JSON type "interview", as before."""
    tei = convert(folder, "withheld.txt", INTERVIEW)
    tree = etree.parse(str(tei))
    (name,) = tree.xpath("//t:particDesc//t:person[@role = 'interviewee']/t:persName", namespaces=T)
    name.set("type", "unnamed")
    path = folder / "withheld-unnamed.xml"
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    assert cite(path).startswith("“Interview with Lihua.” Interview by Anna Smit, May 12, 2019.")
    (item,) = json.loads(cite(path, style="csl-json"))
    assert item["type"] == "interview" and item["interviewer"] == [{"family": "Smit", "given": "Anna"}]
    assert description(tree.getroot()).startswith("Interviewed by Anna Smit, “Interview with Lihua”")


# ----- 5. APA's initials of a hyphenated given name -----

def test_apa_keeps_the_hyphen_of_a_hyphenated_given_name():
    """APA 7 writes Jean-Paul "J.-P." (it was "J. P."), and "Nour al-Din" was "N. a. D.": a particle in lower case
    before the hyphen stays whole ("N. al-D.")."""
    data = CitationData(document_id="d", title="T", interviewees=("Jean-Paul Sartre",), interviewers=("Nour al-Din Khalidi",))
    assert apa(data) == "Sartre, J.-P. (n.d.). T [Interview by N. al-D. Khalidi]."
    assert ris(data).count("AU  - Sartre, Jean-Paul") == 1


# ----- 6. terms of address the lists lacked -----

HONORIFICS = """Interview with Shri Ramesh Chandra Tiwari
Interviewee: Shri Ramesh Chandra Tiwari
Interviewer: Det. Anjali Deshpande
Date: 15 August 1997

DESHPANDE: Where were you in 1942?

TIWARI: In Allahabad, in jail.
"""


def test_an_honorific_or_a_rank_is_no_given_name(folder, mods_schema):
    """"Shri Ramesh Chandra Tiwari" was filed "Tiwari, Shri Ramesh Chandra" (APA "Tiwari, S. R. C."), an interviewer
    "Det. Anjali Deshpande" "D. A. Deshpande": India's honorifics (Shri, Smt.) and a police officer's rank are terms
    of address, as "Mr." and "Colonel" are, left out of a cited name and kept as MODS termsOfAddress."""
    tei = convert(folder, "tiwari.txt", HONORIFICS)
    assert cite(tei).startswith("Tiwari, Ramesh Chandra. “")
    assert cite(tei, style="apa").startswith("Tiwari, R. C. (1997, August 15).")
    assert "[Interview by A. Deshpande]" in cite(tei, style="apa")
    mods_text = metadata.record(tei, "mods")
    mods_schema.validate(mods_text)
    mods = etree.fromstring(mods_text.encode())
    parts = {n.xpath("string(m:namePart[@type = 'family'])", namespaces=NS):
             [(p.get("type"), p.text) for p in n.iterfind("m:namePart", NS)] for n in mods.iterfind("m:name", NS)}
    assert parts["Tiwari"] == [("family", "Tiwari"), ("given", "Ramesh Chandra"), ("termsOfAddress", "Shri")]
    assert parts["Deshpande"] == [("family", "Deshpande"), ("given", "Anjali"), ("termsOfAddress", "Det.")]


# ----- 7. several interviewees -----

def test_several_interviewees_are_listed_as_chicago_and_mla_list_authors():
    """Chicago puts the serial comma before "and" ("Rusbridger, Alan, Marjorie Deane, and Callum Baird"; it was "A, B
    and C"); MLA 9 names the first of three or more with "et al."; APA joins all with "&" after a comma."""
    two = CitationData(document_id="d", title="T", interviewees=("Amara Nwosu", "Peter Lindgren"),
                       interviewers=("Ruth Klein", "Daniel Klein", "Miriam Klein"))
    assert chicago(two).startswith("Nwosu, Amara, and Peter Lindgren. “T.” Interview by Ruth Klein, Daniel Klein, and "
                                   "Miriam Klein. n.d.")
    assert mla(two).startswith("Nwosu, Amara, and Peter Lindgren. “T.”")
    assert apa(two).startswith("Nwosu, A., & Lindgren, P. (n.d.).")
    three = replace(two, interviewees=("Alan Rusbridger", "Marjorie Deane", "Callum Baird"))
    assert chicago(three).startswith("Rusbridger, Alan, Marjorie Deane, and Callum Baird. “T.”")
    assert mla(three).startswith("Rusbridger, Alan, et al. “T.”")
    assert apa(three).startswith("Rusbridger, A., Deane, M., & Baird, C. (n.d.).")
    # a name cited as written (family name first) is not inverted, and takes no comma before "and"
    cjk = replace(two, interviewees=("山田 花子", "김 민수"))
    assert chicago(cjk).startswith("山田 花子 and 김 민수. “T.”")


# ----- 8. names of other scripts and letters -----

def test_a_name_with_a_combining_accent_in_capitals_is_one_word():
    """"ÒGÚNLẸ́YẸ" (a Yoruba label, an acute written as a combining mark on Ẹ) was re-cased "Ògúnlẹ́Yẹ": the mark split
    the word in two."""
    data = CitationData(document_id="d", title="T", interviewees=("ADÉBÁYỌ̀ ÒGÚNLẸ́YẸ",))
    from tei_edition.cite import recased_name

    name = recased_name(data.interviewees[0])
    assert name == "Adébáyọ̀ Ògúnlẹ́yẹ"
    assert chicago(replace(data, interviewees=(name,))).startswith("Ògúnlẹ́yẹ, Adébáyọ̀. “")


def test_sri_is_a_given_name_and_a_thai_name_is_filed_as_written(folder, dc_element_names):
    """"Sri Wahyuni" (Indonesian: Sri is her given name) is "Wahyuni, Sri", not "Wahyuni"; a Thai name is entered under
    the given name, by which its bearer is known (RDA; Chicago's indexes): "สมศรี ใจดี" was cited "ใจดี, สมศรี". The
    records and the collection index file it so too; BibTeX keeps its parts."""
    from tei_edition.collection import summarize

    sri = CitationData(document_id="d", title="T", interviewees=("Sri Wahyuni",))
    assert chicago(sri).startswith("Wahyuni, Sri. “") and apa(sri).startswith("Wahyuni, S. (n.d.).")
    thai = convert(folder, "thai.txt", "บทสัมภาษณ์ คุณสมศรี ใจดี\nผู้สัมภาษณ์: วิชัย ทองดี\n\n"
                   "วิชัย ทองดี: คุณเกิดที่ไหนครับ\n\nสมศรี ใจดี: ที่เชียงใหม่ค่ะ\n\n"
                   "วิชัย ทองดี: แล้วย้ายมากรุงเทพฯ เมื่อไหร่\n\nสมศรี ใจดี: ปี 2520 ค่ะ\n", language="th")
    assert citation_data(thai).interviewees == ("สมศรี ใจดี",)
    assert cite(thai).startswith("สมศรี ใจดี. “") and cite(thai, style="apa").startswith("สมศรี ใจดี. (n.d.).")
    assert "author = {ใจดี, สมศรี}" in cite(thai, style="bibtex")
    dc = etree.fromstring(metadata.record(thai, "dc").encode())
    check_oai_dc(dc, dc_element_names)
    assert dc_values(dc, "creator") == ["สมศรี ใจดี (interviewee)"]
    assert summarize(etree.parse(str(thai)).getroot())["filed"] == "สมศรี ใจดี"


def test_the_print_byline_of_a_focus_group_says_who_moderated(folder):
    """The print edition's byline said "Interview by Ruth Akers" over a focus group; it says what the citations say,
    "Moderated by Ruth Akers"; an interview whose interviewee is not named is still "Interview by …"."""
    from .test_editions_review2 import print_html_of

    byline = print_html_of(convert(folder, "focus-print.txt", FOCUS_GROUP)).xpath("//p[@class = 'byline']")[0]
    assert text(byline) == "Moderated by Ruth Akers"
    tei = convert(folder, "withheld-print.txt", INTERVIEW)
    tree = etree.parse(str(tei))
    tree.xpath("//t:particDesc//t:person[@role = 'interviewee']/t:persName", namespaces=T)[0].set("type", "unnamed")
    tree.write(str(tei), xml_declaration=True, encoding="UTF-8")
    assert text(print_html_of(tei).xpath("//p[@class = 'byline']")[0]) == "Interview by Anna Smit"
