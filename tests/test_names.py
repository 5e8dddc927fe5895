"""Tests of the register loader and the name tagger (issue 4): gold precision/recall on the seed, one rule per case."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest
from lxml import etree

from tei_edition import TEI_NS, XML_NS
from tei_edition.errors import InputError
from tei_edition.names import embed_register, tag_names
from tei_edition.register import Entry, NameForm, Register, load_register

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "eir-2000-mizin.txt"
REGISTER = ROOT / "seeds" / "register.xml"
GOLD = ROOT / "tests" / "gold" / "eir-2000-mizin.tsv"
T = f"{{{TEI_NS}}}"
NS = {"tei": TEI_NS}
NAME_TAGS = ("persName", "orgName", "placeName")


def seed_tei() -> etree._Element:
    """The seed converted by the real converter (issue 1), before any name tagging."""
    from dataclasses import replace

    from tei_edition.config import find_edition_config, load_edition_config
    from tei_edition.convert import convert_file

    untagged = replace(load_edition_config(find_edition_config(SEED)), register=None)
    return convert_file(SEED, config=untagged).tree.getroot()


def mentions(root: etree._Element) -> list[tuple[str, str, str, str]]:
    """(paragraph, surface, element, ref) of every name element, in document order."""
    out = []
    text = root.find(T + "text") if root.tag == T + "TEI" else root
    for el in text.iter(*(T + t for t in NAME_TAGS)):
        holder = next(a for a in el.iterancestors() if a.tag in (T + "p", T + "titlePart"))
        key = holder.get("type") if holder.tag == T + "titlePart" else holder.get("n")
        key = {"main": "title"}.get(key, key)
        out.append((key, " ".join("".join(el.itertext()).split()), etree.QName(el).localname,
                    (el.get("ref") or "").removeprefix("#")))
    return out


def gold() -> list[tuple[str, str, str, str]]:
    lines = [ln for ln in GOLD.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t"))
    return [(r["paragraph"], r["surface"], r["element"], r["ref"]) for r in rows]


@pytest.fixture(scope="module")
def register() -> Register:
    return load_register(REGISTER)


@pytest.fixture(scope="module")
def tagged(register):
    root = seed_tei()
    before = ["".join(p.itertext()) for p in root.iter(T + "p", T + "titlePart", T + "head")]
    report = tag_names(root, register, year=2000)
    return root, report, before


def _score(got, want):
    g, w = Counter(got), Counter(want)
    tp = sum((g & w).values())
    return tp / max(1, sum(g.values())), tp / max(1, sum(w.values()))


# ------------------------------------------------------------------ the register file

def test_register_is_valid_tei_all(tei_all):
    assert tei_all(REGISTER) == []


def test_register_loads_every_kind(register):
    kinds = Counter(e.kind for e in register)
    assert kinds["person"] >= 12 and kinds["org"] >= 10 and kinds["place"] >= 15 and kinds["work"] == 3
    mizin = register["viktor-mizin"]
    assert mizin.label == "Viktor Mizin"
    assert ("Mizin", "surname") in [(f.text, f.type) for f in mizin.names]
    assert register["nato"].idnos == (("wikidata", "Q7184"),)
    assert register["un"].idnos == (("wikidata", "Q1065"),)
    assert "umberto-pascali" in register and "executive-intelligence-review" in register
    assert "EIR" in [f.text for f in register["executive-intelligence-review"].names]
    assert all(e.description for e in register)


def test_register_is_immutable(register):
    with pytest.raises(AttributeError):
        register.source = "x"
    with pytest.raises((AttributeError, TypeError)):
        register._entries["x"] = None  # noqa: SLF001


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"<TEI xmlns='http://www.tei-c.org/ns/1.0'><standOff>", "not well-formed"),
        (b"<root/>", "not a TEI register"),
        (b"<TEI xmlns='http://www.tei-c.org/ns/1.0'><standOff><listOrg><org><orgName>X</orgName></org>"
         b"</listOrg></standOff></TEI>", "has no xml:id"),
        (b"<TEI xmlns='http://www.tei-c.org/ns/1.0'><standOff><listOrg><org xml:id='a'><note>n</note></org>"
         b"</listOrg></standOff></TEI>", "no <orgName>"),
        (b"<TEI xmlns='http://www.tei-c.org/ns/1.0'><standOff><listOrg><org xml:id='a'><orgName>X</orgName></org>"
         b"<org xml:id='a'><orgName>Y</orgName></org></listOrg></standOff></TEI>", "used twice"),
    ],
)
def test_register_errors_name_the_file(tmp_path, content, message):
    path = tmp_path / "bad-register.xml"
    path.write_bytes(content)
    with pytest.raises(InputError) as err:
        load_register(path)
    assert "bad-register.xml" in str(err.value) and message in str(err.value)


def test_missing_register_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="nowhere.xml"):
        load_register(tmp_path / "nowhere.xml")


# ------------------------------------------------------------------ the seed against the gold annotation

def test_gold_precision_and_recall(tagged):
    root, report, _ = tagged
    precision, recall = _score(mentions(root), gold())
    print(f"\nseed: precision {precision:.3f}, recall {recall:.3f}, {report.summary()}")
    assert precision >= 0.97
    assert recall >= 0.95


def test_one_ref_per_entity_and_one_entity_per_ref(tagged):
    root, _, _ = tagged
    got = mentions(root)
    # align tagged and gold mentions on (paragraph, surface, element), in order
    pending: dict[tuple, list[str]] = {}
    for para, surface, element, ref in gold():
        pending.setdefault((para, surface, element), []).append(ref)
    refs_of_entity: dict[str, set[str]] = {}
    entities_of_ref: dict[str, set[str]] = {}
    for para, surface, element, ref in got:
        queue = pending.get((para, surface, element))
        if not queue:
            continue
        entity = queue.pop(0)
        refs_of_entity.setdefault(entity, set()).add(ref)
        entities_of_ref.setdefault(ref, set()).add(entity)
    assert refs_of_entity and all(len(r) == 1 for r in refs_of_entity.values()), refs_of_entity
    assert all(len(e) == 1 for e in entities_of_ref.values()), entities_of_ref


def test_tagging_keeps_every_character(tagged):
    root, _, before = tagged
    after = ["".join(p.itertext()) for p in root.iter(T + "p", T + "titlePart", T + "head")]
    assert after == before


def test_speakers_are_never_tagged(tagged):
    root, _, _ = tagged
    speakers = root.findall(".//tei:speaker", NS)
    assert speakers and all(len(s) == 0 for s in speakers)


def test_seed_dates_use_the_year_of_the_context(tagged):
    root, report, _ = tagged
    dates = [(d.text, d.get("when")) for d in root.iter(T + "date") if d.xpath("ancestor::tei:text", namespaces=NS)]
    assert ("March 21", "2000-03-21") in dates
    assert ("June 10, 1999", "1999-06-10") in dates
    assert ("March 24", "2000-03-24") in dates and ("27", "2000-03-27") in dates
    assert ("last year", "1999") in dates
    titles = {(t.text, t.get("ref"), t.get("level")) for t in root.find(T + "text").iter(T + "title")}
    assert ("Resolution 1244", "#unsc-resolution-1244", "m") in titles
    assert ("Helsinki Final Act", "#helsinki-final-act", "m") in titles
    assert report.ambiguous == []


def test_embedded_register_is_valid_and_self_contained(tagged, register, tei_all):
    root, report, _ = tagged
    doc = etree.fromstring(etree.tostring(root))
    stand_off = embed_register(doc, register, report.used_ids)
    assert doc.index(stand_off) == doc.index(doc.find(T + "teiHeader")) + 1
    embedded = set(doc.xpath("//tei:standOff//@xml:id[parent::tei:person or parent::tei:org or parent::tei:place "
                             "or parent::tei:bibl]", namespaces=NS))
    refs = {r.removeprefix("#") for r in doc.find(T + "text").xpath(".//@ref")}
    assert refs == embedded == report.used_ids
    assert "executive-intelligence-review" not in embedded  # named only in speaker labels and the header
    assert tei_all(etree.ElementTree(doc)) == []
    # embedding again replaces the lists instead of adding a second copy
    embed_register(doc, register, report.used_ids)
    assert len(doc.findall(f"{T}standOff/{T}listPerson")) == 1


# ------------------------------------------------------------------ one rule per case

def _entry(entry_id, kind, *forms):
    return Entry(entry_id, kind, tuple(NameForm(text, type_) for text, type_ in forms), "test entry")


SMALL = Register([
    _entry("viktor-mizin", "person", ("Viktor Mizin", "full"), ("Mizin", "surname")),
    _entry("sergei-lavrov", "person", ("Sergei Lavrov", "full"), ("Lavrov", "surname")),
    _entry("igor-ivanov", "person", ("Igor Ivanov", "full"), ("Ivanov", "surname")),
    _entry("bernard-kouchner", "person", ("Bernard Kouchner", "full"), ("Kouchner", "surname")),
    _entry("un", "org", ("United Nations", "full"), ("UN", "abbr")),
    _entry("nato", "org", ("NATO", "abbr")),
    _entry("unmik", "org", ("UNMIK", "abbr")),
    _entry("cnn", "org", ("CNN", "abbr")),
    _entry("unsc", "org", ("UN Security Council", "full"), ("Security Council", "full"), ("Council", "short")),
    _entry("russian-un-mission", "org", ("Russian UN Mission", "variant")),
    _entry("kosovo", "place", ("Kosovo", "full")),
    _entry("yugoslavia", "place", ("Federal Republic of Yugoslavia", "full"), ("Yugoslavia", "variant")),
    Entry("res-1244", "work", (NameForm("Resolution 1244", "full", "m"),), "test"),
])
TWO_IVANOVS = Register([
    _entry("igor-ivanov", "person", ("Igor Ivanov", "full"), ("Ivanov", "surname")),
    _entry("sergei-ivanov", "person", ("Sergei Ivanov", "full"), ("Ivanov", "surname")),
])


def tag_p(xml: str, register: Register = SMALL, year: int | None = 2000) -> tuple[str, object]:
    p = etree.fromstring(f'<p xmlns="{TEI_NS}">{xml}</p>')
    text = etree.Element(T + "text", nsmap={None: TEI_NS})
    text.append(p)
    before = "".join(p.itertext())
    report = tag_names(text, register, year=year)
    assert "".join(p.itertext()) == before
    inner = (p.text or "") + "".join(etree.tostring(c, encoding=str) for c in p)
    return inner.replace(f' xmlns="{TEI_NS}"', ""), report


P, O, L = '<persName ref="#{}">', '<orgName ref="#{}">', '<placeName ref="#{}">'


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # honorifics and offices join the persName as roleName
        ("Dr. Mizin said", '<persName ref="#viktor-mizin"><roleName type="honorific">Dr.</roleName> Mizin</persName> said'),
        ("by Ambassador Lavrov on",
         'by <persName ref="#sergei-lavrov"><roleName type="office">Ambassador</roleName> Lavrov</persName> on'),
        ("Foreign Minister Igor Ivanov",
         '<persName ref="#igor-ivanov"><roleName type="office">Foreign Minister</roleName> Igor Ivanov</persName>'),
        ("a Mr.Kouchner", 'a Mr.<persName ref="#bernard-kouchner">Kouchner</persName>'),
        # possessives stay outside the name
        ("Kouchner’s idea", '<persName ref="#bernard-kouchner">Kouchner</persName>’s idea'),
        ("NATO's bombing", '<orgName ref="#nato">NATO</orgName>\'s bombing'),
        # hyphen compounds
        ("the Ivanov-Lavrov proposal",
         'the <persName ref="#igor-ivanov">Ivanov</persName>-<persName ref="#sergei-lavrov">Lavrov</persName> proposal'),
        ("CNN-led politics", '<orgName ref="#cnn">CNN</orgName>-led politics'),
        ("pro-Yugoslavia", 'pro-<placeName ref="#yugoslavia">Yugoslavia</placeName>'),
        # acronyms on word boundaries only, case-sensitive
        ("UNMIK and UN", '<orgName ref="#unmik">UNMIK</orgName> and <orgName ref="#un">UN</orgName>'),
        ("the NATOs of this world", "the NATOs of this world"),
        ("an unusual UNO", "an unusual UNO"),
        ("Un and un", "Un and un"),
        # longest match, nested organisations
        ("the Russian UN Mission",
         'the <orgName ref="#russian-un-mission">Russian <orgName ref="#un">UN</orgName> Mission</orgName>'),
        ("the UN Security Council", 'the <orgName ref="#unsc"><orgName ref="#un">UN</orgName> Security Council</orgName>'),
        ("the Federal Republic of Yugoslavia", 'the <placeName ref="#yugoslavia">Federal Republic of Yugoslavia</placeName>'),
        # short forms only after the entity was named
        ("the Council met", "the Council met"),
        ("the Security Council and the Council",
         'the <orgName ref="#unsc">Security Council</orgName> and the <orgName ref="#unsc">Council</orgName>'),
        # inside quotations and other inline elements; never inside existing names
        ('the <q rend="double-straight">Kosovo proposal</q>',
         'the <q rend="double-straight"><placeName ref="#kosovo">Kosovo</placeName> proposal</q>'),
        ('<hi rend="italic">Viktor Mizin</hi> and <persName>Mizin</persName>',
         '<hi rend="italic"><persName ref="#viktor-mizin">Viktor Mizin</persName></hi> and <persName>Mizin</persName>'),
        # a line break inside a name
        ("Viktor\nMizin", '<persName ref="#viktor-mizin">Viktor\nMizin</persName>'),
        # titles of works
        ("in Resolution 1244,", 'in <title level="m" ref="#res-1244">Resolution 1244</title>,'),
        # dates
        ("on March 21.", 'on <date when="2000-03-21">March 21</date>.'),
        ("on June 10, 1999—to", 'on <date when="1999-06-10">June 10, 1999</date>—to'),
        ("on March 24 and 27.",
         'on <date when="2000-03-24">March 24</date> and <date when="2000-03-27">27</date>.'),
        ("right away, in April, others", 'right away, in <date when="2000-04">April</date>, others'),
        ("the bombing last year", 'the bombing <date when="1999">last year</date>'),
        ("10 June 1999", '<date when="1999-06-10">10 June 1999</date>'),
        ("May I ask, in May", "May I ask, in May"),
        ("on February 30", "on February 30"),
        ("from 1244 to", "from 1244 to"),
    ],
)
def test_rules(source, expected):
    assert tag_p(source)[0] == expected


def test_dates_without_a_year():
    assert tag_p("on March 21 and last year", year=None)[0] == 'on <date when="--03-21">March 21</date> and last year'


def test_ambiguous_surname_is_left_untagged_and_reported():
    out, report = tag_p("Ivanov said so.", TWO_IVANOVS)
    assert out == "Ivanov said so."
    assert [(a.form, a.candidates) for a in report.ambiguous] == [("Ivanov", ("igor-ivanov", "sergei-ivanov"))]
    assert "Ivanov said so." in report.ambiguous[0].context


def test_ambiguous_surname_after_a_full_mention_is_resolved():
    out, report = tag_p("Igor Ivanov came; Ivanov said so.", TWO_IVANOVS)
    assert out == ('<persName ref="#igor-ivanov">Igor Ivanov</persName> came; '
                   '<persName ref="#igor-ivanov">Ivanov</persName> said so.')
    assert report.ambiguous == []


def test_surname_alone_when_unambiguous_in_the_register():
    assert tag_p("Kouchner supported it")[0] == '<persName ref="#bernard-kouchner">Kouchner</persName> supported it'


def test_speaker_and_existing_names_untouched():
    text = etree.fromstring(
        f'<text xmlns="{TEI_NS}"><body><sp><speaker>Mizin</speaker><p>Mizin: <placeName>Kosovo</placeName></p></sp>'
        f"</body></text>")
    report = tag_names(text, SMALL, year=2000)
    assert text.find(f".//{T}speaker").text == "Mizin" and len(text.find(f".//{T}speaker")) == 0
    assert [e.get("ref") for e in text.iter(T + "persName", T + "placeName")] == ["#viktor-mizin", None]
    assert report.counts["persName"] == 1 and report.used_ids == {"viktor-mizin"}


def test_empty_register_tags_only_dates():
    out, report = tag_p("Mizin on March 21", Register())
    assert out == 'Mizin on <date when="2000-03-21">March 21</date>'
    assert report.used_ids == set()


def test_embed_nothing_when_nothing_is_used():
    tei = etree.fromstring(f'<TEI xmlns="{TEI_NS}"><teiHeader/><text><body><p>x</p></body></text></TEI>')
    assert embed_register(tei, SMALL, set()) is None
    assert tei.find(T + "standOff") is None


def test_embed_keeps_other_standoff_content():
    tei = etree.fromstring(f'<TEI xmlns="{TEI_NS}"><teiHeader/><standOff><timeline unit="s"/></standOff>'
                           f"<text><body><p>x</p></body></text></TEI>")
    so = embed_register(tei, SMALL, {"nato", "kosovo", "viktor-mizin"})
    assert [etree.QName(c).localname for c in so] == ["listPerson", "listOrg", "listPlace", "timeline"]


def test_embedding_brings_the_entries_an_entry_points_at(tmp_path):
    # a person's affiliation names an organisation, whose note names a place; the text mentions only the person
    register_file = tmp_path / "register.xml"
    register_file.write_text(f"""<TEI xmlns="{TEI_NS}"><teiHeader><fileDesc><titleStmt><title>R</title></titleStmt>
<publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc></teiHeader><standOff>
<listPerson><person xml:id="ada"><persName type="full">Ada Quill</persName>
  <birth when="1931"><placeName ref="#leeds">Leeds</placeName></birth>
  <affiliation ref="#guild">the Guild</affiliation></person></listPerson>
<listOrg><org xml:id="guild"><orgName type="full">Weavers' Guild</orgName><note>Founded in <placeName ref="#york">York</placeName>.</note></org>
  <org xml:id="unrelated"><orgName type="full">Unrelated Society</orgName></org></listOrg>
<listPlace><place xml:id="leeds"><placeName type="full">Leeds</placeName><location><geo>53.8 -1.55</geo></location></place>
  <place xml:id="york"><placeName type="full">York</placeName></place></listPlace>
</standOff></TEI>""", encoding="utf-8")
    register = load_register(register_file)
    tei = etree.fromstring(f'<TEI xmlns="{TEI_NS}"><teiHeader/><text><body><p>x</p></body></text></TEI>')
    stand_off = embed_register(tei, register, {"ada"})
    embedded = {e.get(f"{{{XML_NS}}}id") for e in stand_off.iter() if e.get(f"{{{XML_NS}}}id")}
    assert embedded == {"ada", "guild", "leeds", "york"}  # not "unrelated"
