"""What the index shows of a register entry beyond its name, years and description: the occupation, affiliations,
nationality, residence, education and faith the register gives (dated, and linked where they point at another
entry), and for an entry the text never mentions, which entry brought it into the document."""

from __future__ import annotations

import re

import pytest
from lxml import etree, html as lxml_html

from tei_edition.convert import convert_file
from tei_edition.render import render_html
from tei_edition.validate import validate_tree

from .conftest import SEED

T = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def _seed_with(person_facts: list[str], orgs: list[str] = ()):
    """The seed's TEI, its Kouchner entry given ``person_facts`` and its list of organisations ``orgs`` (XML in the
    TEI namespace)."""
    tree = convert_file(SEED).tree
    stand_off = tree.getroot().find(T + "standOff")
    person = stand_off.find(f".//{T}person[@{XML_ID}='bernard-kouchner']")
    for fact in person_facts:
        person.append(_tei(fact))
    org_list = stand_off.find(f".//{T}listOrg")
    for org in orgs:
        org_list.append(_tei(org))
    return tree


def _tei(xml: str) -> etree._Element:
    return etree.fromstring(re.sub(r"^<([\w:]+)", r'<\1 xmlns="http://www.tei-c.org/ns/1.0"', xml))


def _entry(page: str, ident: str):
    return lxml_html.fromstring(page).get_element_by_id(ident)


MSF = '<org xml:id="msf"><orgName type="full">Médecins Sans Frontières</orgName><note>Humanitarian organisation.</note></org>'


def test_the_register_facts_of_a_person_are_listed_dated_and_linked(tei_all):
    tree = _seed_with(['<occupation>physician</occupation>',
                       '<affiliation ref="#msf" from="1971" to="1979">Médecins Sans Frontières</affiliation>',
                       '<affiliation ref="#unmik" from="1999-07">UNMIK</affiliation>',
                       '<nationality>French</nationality>', '<residence ref="#belgrade">Belgrade</residence>'],
                      [MSF])
    assert validate_tree(tree, "seed") == [] and tei_all(tree) == []
    entry = _entry(render_html(tree), "bernard-kouchner")
    facts = entry.find_class("entry-facts")[0]
    assert facts.text_content() == ("Occupation: physician. Affiliations: Médecins Sans Frontières (1971–1979); "
                                    "UNMIK (from 1999). Nationality: French. Residence: Belgrade.")
    assert [a.get("href") for a in facts.iter("a")] == ["#msf", "#unmik", "#belgrade"]
    # the entry's description stays its note, and the mentions follow the facts
    assert entry.find_class("entry-desc")[0].text_content().startswith("French politician")
    assert entry.find_class("entry-mentions")[0].text_content().startswith("Mentioned in ¶ 2")


def test_an_occupation_that_is_the_description_is_not_repeated():
    tree = convert_file(SEED).tree
    person = tree.getroot().find(f".//{T}standOff//{T}person[@{XML_ID}='bernard-kouchner']")
    for note in person.findall(T + "note"):
        person.remove(note)
    person.append(_tei("<occupation>physician</occupation>"))
    entry = _entry(render_html(tree), "bernard-kouchner")
    assert entry.find_class("entry-desc")[0].text_content() == "physician"
    assert entry.find_class("entry-facts") == []


def test_an_entry_only_another_points_at_names_it(tei_all):
    tree = _seed_with(['<affiliation ref="#msf">Médecins Sans Frontières</affiliation>'], [MSF])
    assert tei_all(tree) == []
    page = render_html(tree)
    mentions = _entry(page, "msf").find_class("entry-mentions")[0]
    assert mentions.text_content() == "Not mentioned in the text; see Kouchner, Bernard."
    assert [a.get("href") for a in mentions.iter("a")] == ["#bernard-kouchner"]


def test_an_unmentioned_entry_nobody_points_at_says_so_alone():
    # guard: an entry no other entry points at has no "see"; a pointer from outside the register (a mention in the
    # text) is no "see" either
    tree = _seed_with([], [MSF])
    mentions = _entry(render_html(tree), "msf").find_class("entry-mentions")[0]
    assert mentions.text_content() == "Not mentioned in the text."


def test_a_seed_without_register_facts_has_no_facts_line():
    page = render_html(convert_file(SEED).tree)
    assert 'class="entry-facts"' not in page


@pytest.mark.parametrize(("fact", "valid"), [
    ('<residence ref="#belgrade" from="1990">Belgrade</residence>', True),
    ('<occupation from="1971" to="1979">physician</occupation>', True),
    ('<floruit ref="#belgrade" from="1990"/>', False),  # TEI gives floruit no att.naming: neither schema takes it
])
def test_the_schema_takes_dated_and_pointing_facts_as_tei_all_does(tei_all, fact, valid):
    tree = _seed_with([fact])
    assert (validate_tree(tree, "seed") == []) is valid
    assert (tei_all(tree) == []) is valid


def test_the_print_index_gives_the_facts_and_whom_an_unmentioned_entry_belongs_to():
    tree = _seed_with(['<affiliation ref="#msf" from="1971" to="1979">Médecins Sans Frontières</affiliation>',
                       '<nationality>French</nationality>'], [MSF])
    page = render_html(tree, to="print")

    def entry(ident: str) -> str:
        return " ".join(_entry(page, ident).text_content().split())

    assert entry("bernard-kouchner").startswith(
        "Kouchner, Bernard — French politician and physician; head of UNMIK, Special Representative of the UN "
        "Secretary-General for Kosovo (1999–2001). Affiliation: Médecins Sans Frontières (1971–1979). "
        "Nationality: French. ¶ 2")
    assert entry("msf") == "Médecins Sans Frontières — Humanitarian organisation. See Kouchner, Bernard."
    # guard: an entry the text mentions gets no "See", an entry without facts no facts
    assert "See" not in entry("bernard-kouchner") and "Affiliation" not in entry("un")
