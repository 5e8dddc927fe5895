"""Citations of an edition or of one passage (Chicago, APA, MLA, BibTeX, RIS, CSL-JSON), all from the teiHeader.

The permalink is ``publicationStmt/idno[@type='URI']`` (base URI + document id) + ``#`` + the passage's xml:id;
a paragraph is cited as "¶ n" with its ``@n``. ``edition_citations`` gives the same citations as XSLT parameters
(the document's citation and a passage template with ``{id}`` and ``{n}``) for the HTML "Cite this" and the PDF
colophon, so every output cites with the same data.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path

from lxml import etree

from . import TEI_NS, XML_NS
from .casing import _in_capitals, _LETTERS, _recased, recased_name  # (shared with the converter)
from .errors import InputError
from .patterns import lazy

NS = {"t": TEI_NS}
XML_ID = "{%s}id" % XML_NS
XML_LANG = "{%s}lang" % XML_NS
STYLES = ("chicago", "apa", "mla", "bibtex", "ris", "csl-json")


@dataclass(frozen=True)
class CitationData:
    """What a citation says, read from the teiHeader (and the passage, when one is cited)."""

    document_id: str
    title: str
    interviewees: tuple[str, ...] = ()
    interviewers: tuple[str, ...] = ()
    publication: str | None = None
    year: str | None = None
    year_inferred: bool = False
    interview_dates: tuple[str, ...] = ()
    #: the header names an interviewer or an interviewee (particDesc's roles): an interview. A record whose speakers
    #: have no such role (a hearing, a court record, a debate) is not called one: the TEI states no genre.
    interview: bool = True
    #: the header has an interviewee, named or not: its interviewers interviewed someone. Without one (a focus group,
    #: a phone-in: a moderator or host and the participants, callers) they moderated, as MARC's relator "mod" says.
    interviewee_role: bool = True
    publisher: str | None = None
    document_uri: str | None = None
    passage_id: str | None = None
    passage_kind: str | None = None  # "paragraph", "speech", "division"
    paragraphs: tuple[str, ...] = field(default=())  # the @n of the cited paragraph(s)

    @property
    def permalink(self) -> str | None:
        if not self.document_uri:
            return None
        return f"{self.document_uri}#{self.passage_id}" if self.passage_id else self.document_uri

    @property
    def locator(self) -> str | None:
        """"¶ 12", or "¶¶ 4–6" for a speech of several paragraphs."""
        if not self.paragraphs:
            return None
        if len(self.paragraphs) == 1:
            return f"¶ {self.paragraphs[0]}"
        return f"¶¶ {self.paragraphs[0]}–{self.paragraphs[-1]}"

    @property
    def key(self) -> str:
        return self.passage_id or self.document_id


def citation_data(source: Path | etree._Element, passage_id: str | None = None) -> CitationData:
    """Read the citation facts of a TEI file (or root element), and of ``passage_id`` if given."""
    if isinstance(source, etree._Element):
        root, path = source, "TEI"
    else:
        path = source
        try:
            data = Path(source).read_bytes()
        except OSError as exc:
            raise InputError(f"cannot read the TEI file: {exc.strerror or exc}; give a TEI file written by convert",
                             path=source) from None
        try:
            root = etree.fromstring(data, etree.XMLParser(collect_ids=False, resolve_entities=False, no_network=True))
        except etree.XMLSyntaxError as exc:
            raise InputError(f"not well-formed XML: {exc.msg}; run tei-edition validate on it", path=source) from None
        if root is None:
            raise InputError("not well-formed XML: the file is empty; give a TEI file written by convert", path=source)
    header = root.find("t:teiHeader", NS) if root.tag == f"{{{TEI_NS}}}TEI" else None
    if header is None:
        raise InputError("not a TEI document with a teiHeader; give a TEI file written by convert", path=path)

    def text(xpath: str) -> str | None:
        found = header.find(xpath, NS)
        return " ".join("".join(found.itertext()).split()) if found is not None else None

    date = header.find("t:fileDesc/t:sourceDesc/t:bibl/t:date", NS)
    roles = {role for person in header.iterfind(_PARTICIPANTS, NS) for role in (person.get("role") or "").split()}
    data = CitationData(
        document_id=text("t:fileDesc/t:publicationStmt/t:idno[@type='document']") or Path(str(path)).stem,
        title=recased_title(text("t:fileDesc/t:titleStmt/t:title[@type='main']") or text("t:fileDesc/t:titleStmt/t:title")
                            or "Untitled", root.get(XML_LANG), root),
        interviewees=participant_names(header, "interviewee"),
        interviewers=participant_names(header, "interviewer"),
        publication=text("t:fileDesc/t:sourceDesc/t:bibl/t:title[@level='j']") or text("t:fileDesc/t:sourceDesc/t:bibl/t:title[@level='m']"),
        year=(date.get("when") or text_of(date))[:4] if date is not None else None,
        year_inferred=date is not None and date.get("cert") not in (None, "high"),
        interview_dates=tuple(d.get("when") for d in header.iterfind("t:profileDesc/t:creation/t:date", NS) if d.get("when")),
        interview=bool(roles & {"interviewer", "interviewee"}),
        interviewee_role="interviewee" in roles,
        publisher=text("t:fileDesc/t:publicationStmt/t:publisher"),
        document_uri=text("t:fileDesc/t:publicationStmt/t:idno[@type='URI']"),
    )
    if passage_id is None:
        return data
    element = next((e for e in root.iter() if isinstance(e.tag, str) and e.get(XML_ID) == passage_id), None)
    if element is None or root.find("t:text", NS) not in element.iterancestors():
        raise InputError(_no_passage(root, passage_id, path), path=path)
    local = etree.QName(element).localname
    kind = {"p": "paragraph", "sp": "speech"}.get(local, "division")
    numbers = tuple(p.get("n") for p in element.iter(f"{{{TEI_NS}}}p") if p.get("n"))
    return replace(data, passage_id=passage_id, passage_kind=kind, paragraphs=numbers)


def _no_passage(root: etree._Element, passage_id: str, path: str | Path) -> str:
    """Why ``passage_id`` cannot be cited from this document, and what to cite instead: a retired id names the
    passage that took its place (a citation keeps the id it is given, so the live one is named, not silently cited)."""
    from .stable_ids import MERGED_INTO, forgotten, forgotten_message, retirements, successor

    records = {r.id: r for r in retirements(root)}
    document = root.findtext("t:teiHeader/t:fileDesc/t:publicationStmt/t:idno[@type='document']", namespaces=NS)
    if passage_id not in records and forgotten(root, document or Path(str(path)).stem, passage_id):
        return forgotten_message(passage_id)
    if passage_id not in records:
        return (f"no passage with the id {passage_id!r}; `tei-edition resolve {passage_id} --in FOLDER` says which "
                "document of a folder holds it, or where it now points")
    target = successor(passage_id, records, {e.get(XML_ID) for e in root.iter() if isinstance(e.tag, str)})
    if target is None:
        return f"the id {passage_id!r} was retired by a re-conversion, and no passage took its place"
    how = "merged into" if records[passage_id].reason == MERGED_INTO else "retired by a re-conversion; the nearest passage is"
    return f"the id {passage_id!r} was {how} {target!r}; cite that: `tei-edition cite {path} {target}`"


_PARTICIPANTS = "t:profileDesc/t:particDesc/t:listPerson/t:person"


def participant_names(header: etree._Element, role: str) -> tuple[str, ...]:
    """The names of the participants in ``role`` (particDesc) whom the source names, as a citation or a catalogue
    gives them (a name printed in capitals re-cased: :func:`recased_name`): a ``persName[@type='unnamed']`` is a
    stand-in (the label the person speaks under, or "unnamed interviewer"), not a name to cite."""
    return tuple(
        _marked_name(name) if name.find(_SURNAME) is not None else recased_name(text_of(name))
        for person in header.iterfind(_PARTICIPANTS, NS)
        if role in (person.get("role") or "").split()
        and (name := person.find(_PERSNAME)) is not None and name.get("type") != "unnamed"
    )


_PERSNAME, _SURNAME = f"{{{TEI_NS}}}persName", f"{{{TEI_NS}}}surname"


class Name(str):
    """A name whose parts the TEI marks (``persName`` with ``surname`` and ``forename``): the text as written, with
    its ``family`` and ``given`` names and whether the family name comes first (``family_first``: "<surname>Wang
    </surname> <forename>Lihua</forename>", as a Chinese, Korean or Vietnamese name is written, also in Latin
    letters). A bare name's parts are read from its words (:func:`split_name`), which cannot tell "Wang Lihua" from
    "Lihua Wang": only the markup does."""

    family: str
    given: str
    family_first: bool

    def __new__(cls, text: str, family: str, given: str, family_first: bool) -> "Name":
        name = super().__new__(cls, text)
        name.family, name.given, name.family_first = family, given, family_first
        return name


#: What in a persName is neither a family nor a given name: a title or term of address, a generational name.
_NOT_GIVEN = frozenset(f"{{{TEI_NS}}}{tag}" for tag in ("roleName", "addName", "genName", "nameLink"))


def _marked_name(name: etree._Element) -> Name:
    """The :class:`Name` of a ``persName`` holding a ``surname``: the given name is its ``forename``\\s, else the text
    beside the surname that no ``roleName`` or ``addName`` holds. A name in capitals is re-cased, its parts alike."""
    surname, forename = f"{{{TEI_NS}}}surname", f"{{{TEI_NS}}}forename"
    has_forename = name.find("t:forename", NS) is not None
    family, given, order = [], [], []
    for piece, kind in _name_pieces(name):
        if kind == surname:
            family.append(piece)
        elif kind == forename or kind is None and not has_forename:
            given.append(piece)
        else:
            continue
        if piece.strip():
            order.append(kind == surname)
    written = text_of(name)
    recased = recased_name(written)
    family_text, given_text = " ".join(" ".join(family).split()), " ".join(" ".join(given).split())
    if recased != written:
        family_text, given_text = recased_name(family_text), recased_name(given_text)
    return Name(recased, family_text, given_text, bool(order) and order[0] and not all(order))


def _name_pieces(name: etree._Element):
    """(text, tag) of a persName's children in order; the free text between them with the tag None."""
    yield name.text or "", None
    for child in name:
        if isinstance(child.tag, str):
            yield text_of(child), child.tag if child.tag not in _NOT_GIVEN else "address"
        yield child.tail or "", None


def text_of(element: etree._Element | None) -> str:
    return " ".join("".join(element.itertext()).split()) if element is not None else ""


# ----- names and titles printed in capitals -----
# A transcript may print a name or its title in capitals ("JOHN SMITH:" as a label, "INTERVIEW WITH MARY LEE" over
# the text). A bibliography and a catalogue set them in upper and lower case ("Smith, John. “Interview with Mary
# Lee.”"); the text keeps them as printed. Only a name or title with no lower-case letter is re-cased ("McDONALD",
# "Mr. BRANDT" and "RIVERBEND ORAL HISTORY PROJECT: Interview with …" are left as they are), and not one in Greek,
# whose capitals drop the accents that its lower case needs. xslt/modules/capitals.xsl re-cases the same way, word
# for word, for the HTML's and the records' metadata.

#: The small words of a title that stay in lower case unless first, last or after a colon (Chicago's headline style,
#: and its like in the languages transcripts mostly come in); a title in another language capitalises every word.
TITLE_SMALL_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset("a about above across after against along among an and around as at before behind below beneath "
                    "beside besides between beyond but by despite during except for from in inside into near nor of on "
                    "onto or outside over per the through throughout to toward towards under underneath upon via vs "
                    "with within without".split()),
    "fr": frozenset("à au aux avec d de des du en et l la le les ou par pour sur un une".split()),
    "es": frozenset("a al con de del e el en la las los o para por un una y".split()),
    "it": frozenset("a al alla con d da dal dalla degli dei del della di e il in l la le lo per su tra un una".split()),
    "pt": frozenset("a ao aos com da das de do dos e em na nas no nos o os para por um uma".split()),
    "de": frozenset("am an auf aus bei das dem den der des die ein eine im in mit und vom von zu zum zur über".split()),
    "nl": frozenset("aan de den der een en het in met op te van voor".split()),
}


def recased_title(title: str, language: str | None, document: etree._Element | None = None) -> str:
    """A title printed in capitals as a citation gives it, in headline style: "INTERVIEW WITH MARY LEE" is
    "Interview with Mary Lee" (the small words of the title's ``language``, a BCP 47 tag), but a word that the
    ``document``'s text prints in capitals keeps them ("NASA"); a title with a lower-case letter as it is."""
    if not _in_capitals(title):
        return title
    small = TITLE_SMALL_WORDS.get((language or "").split("-")[0].lower(), frozenset())
    return _recased(title, small, True, words_in_capitals(document) if document is not None else frozenset())


def words_in_capitals(document: etree._Element) -> frozenset[str]:
    """The words that the text of the TEI ``document`` prints in capitals among lower case, next to a word with a
    lower-case letter ("NASA" of "We met at NASA", "NASA's budget"): the document's evidence that a word of its title
    in capitals is written so, an acronym and not a word set in capitals with the rest of the title. A line in
    capitals with a word in lower case ("UNITED STATES OF AMERICA, v. 21 Cr. 123", a court record's caption) is no
    evidence for the words away from it. Words are split at XML's whitespace, as XPath's tokenize splits them
    (capitals.xsl). Read only for a title in capitals."""
    found = set()
    for p in document.iterfind("t:text//t:p", NS):
        words = [w for w in _XML_SPACE.split("".join(p.itertext())) if w]
        lower = [any(unicodedata.category(c) == "Ll" for c in w) for w in words]
        for i, word in enumerate(words):
            if i and lower[i - 1] or i + 1 < len(words) and lower[i + 1]:
                found.update(run for run in (_POSSESSIVE.sub("", x) for x in _LETTERS.findall(word)) if _in_capitals(run))
    return frozenset(found)


_XML_SPACE = re.compile("[ \t\r\n]+")
_POSSESSIVE = re.compile("['’]s$")


#: Letters only Vietnamese writes: ơ, ư and the vowels with a hook above or a tone and a circumflex or breve
#: (U+1EA0–U+1EF9), but for ẹ and ọ, which Yoruba writes too (metadata-common.xsl's mf:name-parts knows the same).
_VIETNAMESE = re.compile("[\u01a0\u01a1\u01af\u01b0\u1ea0-\u1eb7\u1eba-\u1ecb\u1ece-\u1ef9]")


def _family_first(name: str) -> bool:
    """A name written in Chinese, Japanese or Korean script, or in Vietnamese: its family name comes first ("山田
    花子", "김민수", "Nguyễn Thị Lan"); or one whose markup puts its surname first (:class:`Name`: "Wang Lihua")."""
    if isinstance(name, Name):
        return name.family_first
    return _in_cjk_script(name) or _VIETNAMESE.search(name) is not None


def _in_cjk_script(name: str) -> bool:
    """Chinese, Japanese or Korean letters: a name of no initials."""
    return _CJK_SCRIPT.search(name) is not None


#: Hangul jamo, CJK radicals to Yi, Hangul syllables, compatibility ideographs and the supplementary ideographs (one
#: search; a test of each character in Python cost a microsecond a name on the HTML's path). These script classes
#: are compiled on first use (patterns.lazy): the CJK class alone costs ≈ 1.7 ms to compile.
_CJK_SCRIPT = lazy("[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003ffff]")


#: Arabic script (Arabic, Persian, Urdu …), whose bibliographies and catalogues invert a name with the Arabic comma
#: ("نصر الله، إبراهيم", as the Library of Congress's records give a heading in the script) and give no initials.
_ARABIC_SCRIPT = lazy("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
#: Words of an Arabic name that make one name with the word after them (أبو هواش, عبد الناصر, بن علي, آل سعود) or, the
#: second word of a compound, with the word before it (نصر الله, نور الدين): the family name is the last word with them.
_ARABIC_BOUND_BEFORE = frozenset("أبو ابو أبي أبا عبد بن ابن بنت آل ذو".split())
_ARABIC_BOUND_AFTER = frozenset("الله الدين".split())


#: Irish and Scottish Gaelic surname prefixes written apart, which a bibliography files with the surname ("Máire Ní
#: Bhriain" is "Ní Bhriain, Máire"; metadata-common.xsl's mf:name-parts knows the same list).
GAELIC_PREFIXES = frozenset({"Ó", "Ní", "Nic", "Mac", "Mhic", "Uí", "Ua", "Mag"})


#: Terms of address that metadata-common.xsl's list lacks (mods.xsl and dc.xsl's mr:more-terms-of-address hold them):
#: a police officer's rank ("Det. Mark Ruiz" was "D. M. Ruiz" in APA), India's honorifics ("Shri Ramesh Chandra
#: Tiwari" was filed "Tiwari, Shri Ramesh Chandra", "Smt. Anjali Deshpande" "S. A. Deshpande"), a cleric's. Not
#: "Sri", which is also a given name (Sri Wahyuni, Sri Mulyani Indrawati).
_MORE_TERMS_OF_ADDRESS = frozenset(
    "det detective insp inspector supt superintendent constable shri shrimati smt kumari hon rabbi fr msgr".split())

#: Titles and terms of address before a name ("Mr. Alves", "Professor Alan Mercer", "Sra. Carmen Vidal"): no part
#: of the name a bibliography files ("Mercer, Alan"; it was "Mercer, Professor Alan", and "Mercer, P. A." in APA).
#: metadata-common.xsl's mfp:terms-of-address is the same list: a catalogue record keeps them as termsOfAddress.
TERMS_OF_ADDRESS = frozenset(
    "mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend senator sen representative rep congressman "
    "congresswoman judge justice ambassador president governor mayor minister chairman chairwoman chair commissioner "
    "councillor herr frau mme mlle sr sra srta sig sig.ra pan pani bw bi colonel col general gen major captain capt "
    "lieutenant lt sergeant sgt admiral coach".split())
_ADDRESS_WORDS = TERMS_OF_ADDRESS | _MORE_TERMS_OF_ADDRESS


def split_name(name: str) -> tuple[str, str]:
    """(family, given): the last word is the family name (with a Gaelic prefix before it, "Ní Bhriain"), the first
    of a name in CJK script or Vietnamese (the header keeps names as written); a term of address before the name
    ("Professor", "Mr.") is neither. An office named with its article ("The Chairman", a hearing's label) is no
    personal name: a family name whole, as a name of one word is."""
    if isinstance(name, Name):  # the TEI marks its parts
        return name.family, name.given
    parts = name.split()
    if len(parts) > 1 and (parts[0] == "M." or parts[0].lower().removesuffix(".") in _ADDRESS_WORDS):
        parts = parts[1:]
    if len(parts) < 2 or parts[0].lower() == "the":
        return " ".join(parts), ""
    if _family_first(name):
        return parts[0], " ".join(parts[1:])
    if len(parts) > 2 and parts[-2] in GAELIC_PREFIXES:
        return " ".join(parts[-2:]), " ".join(parts[:-2])
    if len(parts) > 2 and _ARABIC_SCRIPT.search(name):
        start = len(parts) - 1
        while start > 1 and (parts[start] in _ARABIC_BOUND_AFTER or parts[start - 1] in _ARABIC_BOUND_BEFORE):
            start -= 1
        return " ".join(parts[start:]), " ".join(parts[:start])
    return parts[-1], " ".join(parts[:-1])


def _inverted(name: str) -> str:
    """"Family, Given", as BibTeX and RIS read names."""
    family, given = split_name(name)
    return f"{family}, {given}" if given else family


def _filed(name: str) -> str:
    """A name as a bibliography files it: "Family, Given" ("نصر الله، إبراهيم" with the Arabic comma in Arabic
    script), but a name whose family name comes first as written ("Wang Lihua", without a term of address)."""
    if _family_first(name):
        return f"{name.family} {name.given}".strip() if isinstance(name, Name) else name
    if _DIRECT_ORDER.search(name) and not isinstance(name, Name):
        return name
    family, given = split_name(name)
    if not given:
        return family
    return f"{family}، {given}" if _ARABIC_SCRIPT.search(name) else f"{family}, {given}"


def filing_form(name: str) -> str:
    """What an index sorts a name by: its family name, then its given names ("Lee Mary", "Wang Lihua"); a name in Thai,
    Lao, Burmese or Khmer script as written (:data:`_DIRECT_ORDER`)."""
    if _DIRECT_ORDER.search(name) and not isinstance(name, Name):
        return name
    return " ".join(split_name(name))


#: Thai, Lao, Burmese and Khmer script: a name is filed as written, not inverted. A Thai or Lao name is entered
#: under the given name, by which its bearer is known (Chicago's indexes; RDA's Thai names: "สมศรี ใจดี", not "ใจดี,
#: สมศรี"); a Burmese name has no family name ("Aung San Suu Kyi"); a Khmer one puts its family name first.
_DIRECT_ORDER = lazy("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")


def _initial(given: str) -> str:
    """The first letter of a given name with its marks: "सु" of "सुनीता" (not "स", a letter its vowel sign left),
    "É" of an "É" written as E and an accent."""
    end = 1
    while end < len(given) and unicodedata.category(given[end]).startswith("M"):
        end += 1
    return given[:end]


def _given_initials(given: str) -> str:
    """One given name's initials as APA 7 writes them: "J." of "Jean", "J.-P." of "Jean-Paul" (the hyphen kept); a
    particle in lower case before a hyphen stays whole, "al-D." of "al-Din" (it was "a. D.")."""
    return "-".join(part if i < given.count("-") and part.islower() else f"{_initial(part)}."
                    for i, part in enumerate(given.split("-")) if part)


def _initials(name: str, family_last: bool = False) -> str:
    """"Family, G." (APA's author), or "G. Family" with ``family_last`` (APA's interviewer); a name in CJK script
    or Vietnamese as written, which has no initials, and one in Arabic script whole ("نصر الله، إبراهيم"), since its
    letters take no initials; one in Thai, Lao, Burmese or Khmer script as written (:data:`_DIRECT_ORDER`); a name
    whose markup names its surname by it ("Wang, L." of Wang Lihua)."""
    if _in_cjk_script(name) or (_family_first(name) or _DIRECT_ORDER.search(name)) and not isinstance(name, Name):
        return name
    if _ARABIC_SCRIPT.search(name):
        return name if family_last else _filed(name)
    family, given = split_name(name)
    initials = " ".join(_given_initials(g) for g in given.split())
    if not initials:
        return family
    return f"{initials} {family}" if family_last else f"{family}, {initials}"


def _and(names: list[str], serial: bool = True) -> str:
    """"A", "A and B", "A, B, and C": Chicago's and MLA's serial comma (it was "A, B and C"); without ``serial``
    "A, B and C", as the page's byline joins names (functions.xsl's f:join-names)."""
    if len(names) < 3:
        return " and ".join(names)
    return ", ".join(names[:-1]) + (", and " if serial else " and ") + names[-1]


def _year(data: CitationData) -> str:
    if not data.year:
        return "n.d."
    return f"[{data.year}]" if data.year_inferred else data.year


_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December")


def _year_month_day(iso: str) -> tuple[str, int | None, int | None]:
    """The year, month (1–12) and day of an ISO date, month and day ``None`` where the date does not give them."""
    parts = iso.split("-")
    if len(parts) >= 2 and parts[1].isdigit() and 1 <= int(parts[1]) <= 12:
        return parts[0], int(parts[1]), int(parts[2]) if len(parts) == 3 and parts[2].isdigit() else None
    return parts[0], None, None


def _date_text(iso: str) -> str:
    """"March 7, 1999", "March 1999" or "1999" for an ISO date of that precision."""
    year, month, day = _year_month_day(iso)
    if month is None:
        return year
    return f"{_MONTH_NAMES[month - 1]} {day}, {year}" if day is not None else f"{_MONTH_NAMES[month - 1]} {year}"


def _one_year_in_full(first: str, last: str, one: str, two: str) -> bool:
    """Whether two ISO dates, ``one`` and ``two`` as a style writes them, are of one year and one precision, each
    written in full ("March 24, 2000" of three parts, "March 2000" of two): what they share may then be said once."""
    a, b = first.split("-"), last.split("-")
    return a[0] == b[0] and len(a) == len(b) > 1 and one.count(" ") == len(a) - 1 and two.count(" ") == len(b) - 1


#: MLA's months: abbreviated but for the short ones (MLA Handbook, 9th ed., "Abbreviations": Sept., not Sep.).
_MLA_MONTHS = ("Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")


def _mla_date_text(iso: str) -> str:
    """"7 Mar. 1999", "Mar. 1999" or "1999": MLA's day, month and year."""
    year, month, day = _year_month_day(iso)
    if month is None:
        return year
    return f"{day} {_MLA_MONTHS[month - 1]} {year}" if day is not None else f"{_MLA_MONTHS[month - 1]} {year}"


def _mla_dates(dates: tuple[str, ...]) -> str:
    """The interview's dates as MLA writes them, what they share said once: "24 and 27 Mar. 2000", from the first to
    the last of more "24 Mar.–2 Apr. 2000", of two years both in full."""
    first, last = dates[0], dates[-1]
    if len(dates) == 1 or first == last:
        return _mla_date_text(first)
    joint = " and " if len(dates) == 2 else "–"
    one, two = _mla_date_text(first), _mla_date_text(last)
    if not _one_year_in_full(first, last, one, two):
        return f"{one}{joint}{two}"
    a, b = first.split("-"), last.split("-")
    one = one.removesuffix(" " + a[0])  # "24 Mar." of "24 Mar. 2000"
    if len(a) == 3 and a[1] == b[1]:
        one = one.split(" ")[0]  # "24" of the same month
    return f"{one}{joint}{two}"


def _apa_date(iso: str) -> str:
    """"1999, March 7", "1999, March" or "1999" (APA's date of an unpublished work)."""
    year, month, day = _year_month_day(iso)
    if month is None:
        return year
    return f"{year}, {_MONTH_NAMES[month - 1]}" + (f" {day}" if day is not None else "")


def _apa_dates(dates: tuple[str, ...]) -> str:
    """The interview's dates as APA 7 dates a work of several days: "2000, March 24–27" from the first to the last
    (APA has no "and" of two days; its range is the work's), "2000, March 24–April 2", "1999, December 30–2000,
    January 2"."""
    first, last = dates[0], dates[-1]
    if len(dates) == 1 or first == last:
        return _apa_date(first)
    one, two = _apa_date(first), _apa_date(last)
    if not _one_year_in_full(first, last, one, two):
        return f"{one}–{two}"
    a, b = first.split("-"), last.split("-")
    rest = two.removeprefix(f"{b[0]}, ")  # "April 2" of "2000, April 2"
    return f"{one}–{rest.split(' ')[-1] if len(a) == 3 and a[1] == b[1] else rest}"


def _interview_date(data: CitationData) -> str | None:
    """When the interview took place (creation/date), as a citation of an unpublished interview dates it: "March 7,
    1999", two sessions "March 24 and 27, 2000", more the first and last, "March 24–April 2, 2000"."""
    dates = data.interview_dates
    if not dates:
        return None
    if len(dates) == 1 or dates[0] == dates[-1]:
        return _date_text(dates[0])
    return _two_dates(dates[0], dates[-1], " and " if len(dates) == 2 else "–")


def _two_dates(first: str, last: str, joint: str) -> str:
    """Two ISO dates joined by ``joint`` (" and ", or the en dash of a range), what they share said once, as Chicago
    writes them: "March 24 and 27, 2000", "March 24–April 2, 2000", "March and April 2000"; of two years both in
    full ("December 30, 1999–January 2, 2000")."""
    one, two = _date_text(first), _date_text(last)
    if not _one_year_in_full(first, last, one, two):
        return f"{one}{joint}{two}"
    a, b = first.split("-"), last.split("-")
    if len(a) == 2:  # "March and April 2000"
        return f"{one.removesuffix(' ' + a[0])}{joint}{two}"
    one = one.removesuffix(", " + a[0])
    return f"{one}{joint}{two.split(' ', 1)[1] if a[1] == b[1] else two}"


def _dated_by_the_interview(data: CitationData) -> bool:
    """No source publication and no year of one, but the date of the interview: cited by it, not as "n.d."."""
    return not data.publication and not data.year and bool(data.interview_dates)


def _authors(data: CitationData, first_inverted, mla: bool = False) -> str:
    """The interviewees, the first inverted: "Rusbridger, Alan, Marjorie Deane, and Callum Baird" (Chicago's serial
    comma), and of two "Ward, Geoffrey C., and Ken Burns", a comma closing the inverted name (Chicago, MLA); MLA 9
    names the first of three or more with "et al." ("Rusbridger, Alan, et al.")."""
    people = list(data.interviewees)
    if not people:
        return ""
    first = first_inverted(people[0])
    if mla and len(people) > 2:
        return f"{first}, et al."
    if len(people) == 2 and first != people[0] and "، " not in first:  # (not after an Arabic comma's inversion)
        return f"{first}, and {people[1]}"
    return _and([first, *people[1:]])


def _end(text: str) -> str:
    return text if text.endswith((".", "?", "!")) else text + "."


# A title's own double quotation marks (English “ ”, German „ “, straight "): single ones inside the citation's.
_DOUBLE_QUOTES = re.compile('[“”„"]')
# A title that is one quotation in other marks: guillemets (« », » «, ‹ ›) or single quotation marks (‘ ’, ' '), with
# no such mark inside but an apostrophe within a word ('It's mine').
_WHOLE_QUOTATION = re.compile(r"«\s*([^«»]*?)\s*»|»([^«»]*)«|‹\s*([^‹›]*?)\s*›|‘((?:[^‘’]|(?<=\w)’(?=\w))*)’"
                              r"|'((?:[^']|(?<=\w)'(?=\w))*)'")


def _quoted_title(title: str) -> str:
    """“Title.” as Chicago and MLA set it: the title's own double quotation marks become single ones, opening or
    closing by position (a title that is a quotation, „Wir haben zu lange gewartet“, is “‘Wir haben zu lange
    gewartet.’”), and the full stop goes inside both. A title that is one quotation in guillemets or single quotation
    marks is quoted so too (« La vigne ne ment jamais » is “‘La vigne ne ment jamais.’”, not “« La vigne ne ment jamais
    ».”); guillemets or single quotation marks around a part of a title stay as printed."""
    if whole := _WHOLE_QUOTATION.fullmatch(title):
        title = f"“{next(group for group in whole.groups() if group is not None)}”"
    inner = _DOUBLE_QUOTES.sub(
        lambda m: "‘" if m.start() == 0 or title[m.start() - 1].isspace() or title[m.start() - 1] in "([" else "’", title)
    if _DOUBLE_QUOTES.fullmatch(title[-1:]):  # a quotation closes the title (an apostrophe does not)
        return f"“{_end(inner[:-1])}’”"
    return f"“{_end(inner)}”"


def _conducted(data: CitationData) -> str | None:
    """"Interview by …" ("Interview" where the source names no interviewer); where nobody was interviewed (no
    interviewee: a focus group, a phone-in), "Moderated by …" its moderator or host; else nothing."""
    if not data.interviewee_role:
        return f"Moderated by {_and(list(data.interviewers))}" if data.interviewers else None
    return f"Interview by {_and(list(data.interviewers))}" if data.interviewers else "Interview" if data.interview else None


def _interview_head(data: CitationData, mla: bool = False) -> list[str]:
    """What Chicago and MLA both begin with: interviewee (inverted), “Title.”, Interview by … (MLA's date is day,
    month and year)."""
    parts = []
    if data.interviewees:
        parts.append(_end(_authors(data, _filed, mla)))
    parts.append(_quoted_title(data.title))
    when = None
    if _dated_by_the_interview(data):
        when = _mla_dates(data.interview_dates) if mla else _interview_date(data)
    interview = _conducted(data)
    if interview or when:
        parts.append(_end(", ".join(x for x in (interview, when) if x)))
    return parts


def chicago(data: CitationData) -> str:
    """Chicago notes-bibliography, bibliography form."""
    parts = _interview_head(data)
    if data.publication:
        parts.append(_end(f"{data.publication}, {_year(data)}"))
    elif not _dated_by_the_interview(data):
        parts.append(_end(_year(data)))  # "n.d." keeps its own full stop
    if data.publisher:
        parts.append(f"Digital edition, {data.publisher}.")
    if data.locator:
        parts.append(f"{data.locator}.")
    if data.permalink:
        parts.append(f"{data.permalink}.")
    return " ".join(parts)


def apa(data: CitationData) -> str:
    """APA 7th edition reference."""
    people = list(data.interviewees)
    # "Rusbridger, A., Deane, M., & Baird, C.": APA's comma and ampersand before the last, of two names too
    names = [_initials(p) for p in people]
    author = names[0] if len(names) == 1 else ", ".join(names[:-1]) + ", & " + names[-1] if names else ""
    # an unpublished interview is dated by when it took place: (1999, March 7)
    year = _apa_dates(data.interview_dates) if _dated_by_the_interview(data) else _year(data)
    # "Mizin, V. (2000)."; a name without initials ends with a full stop of its own: "Alves. (n.d.)."
    interviewers = " & ".join(_initials(p, family_last=True) for p in data.interviewers)
    described = "Interview by" if data.interviewee_role else "Moderated by"
    title = data.title + (f" [{described} {interviewers}]" if interviewers else "")
    # no author: the title, with its description in brackets, takes the author's place
    parts = [f"{_end(author or title)} ({year})."]
    if author:
        parts.append(_end(title))
    if data.publication:
        parts.append(f"{data.publication}.")
    if data.publisher:
        parts.append(f"{data.publisher}.")
    if data.locator:
        parts.append(f"({data.locator}).")
    if data.permalink:
        parts.append(data.permalink)
    return " ".join(parts)


def mla(data: CitationData) -> str:
    """MLA 9th edition works-cited entry."""
    parts = _interview_head(data, mla=True)
    if data.publication:
        parts.append(_end(f"{data.publication}, {_year(data)}"))
    tail = [x for x in (data.publisher, data.permalink, data.locator) if x]
    if tail:
        parts.append(", ".join(tail) + ".")
    return " ".join(parts)


def _bib_escape(value: str) -> str:
    return value.replace("\\", "\\textbackslash{}").replace("{", "\\{").replace("}", "\\}").replace("&", "\\&").replace("%", "\\%").replace("#", "\\#")


#: A title's word as leading punctuation, the word, trailing punctuation ("(CNN," → "(", "CNN", ",").
_BIB_WORD = re.compile(r"([(\[“‘«\"']*)(.*?)([,.:;!?)\]”’»\"']*)", re.S)


def _bib_title(title: str) -> str:
    """The escaped title with each word a BibTeX style must not lower-case in braces: plain.bst and its kind set a
    title in sentence case ("The ivanov-lavrov proposal for kosovo"), except what is braced. A word with a capital
    after the title's first letter: "The {Ivanov-Lavrov} proposal for {Kosovo}", "{UN} mission". The braces hold the
    word, not the punctuation around it: "({CNN}, 1999)", as a hand-written entry has it, not "{(CNN,}"."""
    def braced(i: int, word: str) -> str:
        lead, core, trail = _BIB_WORD.fullmatch(word).groups()
        if any(c.isupper() for c in (core[1:] if i == 0 and not lead else core)):
            return f"{lead}{{{core}}}{trail}"
        return word

    return " ".join(braced(i, word) for i, word in enumerate(_bib_escape(title).split(" ")))


def bibtex(data: CitationData) -> str:
    """A BibTeX @misc entry (biblatex-friendly fields), keyed by the cited id."""
    fields = []
    if data.interviewees:
        fields.append(("author", " and ".join(_inverted(p) for p in data.interviewees)))
    fields.append(("title", data.title))
    if data.publication:
        fields.append(("howpublished", data.publication))
    if data.year:
        fields.append(("year", data.year))
    elif _dated_by_the_interview(data):  # as Chicago and APA date it: when the interview took place
        # several sessions: biblatex's range (ISO 8601), from the first to the last, as APA dates them
        fields += [("year", data.interview_dates[0][:4]), ("date", "/".join(dict.fromkeys(
            (data.interview_dates[0], data.interview_dates[-1]))))]
    if data.publisher:
        fields.append(("publisher", data.publisher))
    note = []
    if data.interviewers:
        note.append(_conducted(data))
    if data.year_inferred:
        note.append("year inferred")
    if data.locator:
        note.append(data.locator)
    if note:
        fields.append(("note", "; ".join(note)))
    if data.permalink:
        fields.append(("url", data.permalink))
    escape = {"url": str, "title": _bib_title}
    body = ",\n".join(f"  {name} = {{{escape.get(name, _bib_escape)(value)}}}" for name, value in fields)
    return f"@misc{{{data.key},\n{body}\n}}"


def ris(data: CitationData) -> str:
    """An RIS record (type ELEC: the digital edition of the interview)."""
    lines = [("TY", "ELEC"), ("ID", data.key)]
    lines += [("AU", _inverted(p)) for p in data.interviewees]
    lines += [("A2", _inverted(p)) for p in data.interviewers]
    lines.append(("TI", data.title))
    if data.publication:
        lines.append(("T2", data.publication))
    if data.year or _dated_by_the_interview(data):
        lines.append(("PY", data.year or data.interview_dates[0][:4]))
    if data.interview_dates:
        lines.append(("DA", data.interview_dates[0].replace("-", "/")))
    if data.publisher:
        lines.append(("PB", data.publisher))
    if data.permalink:
        lines.append(("UR", data.permalink))
    note = [_conducted(data)] if data.interviewers else []
    if data.locator:
        note.append(data.locator)
    if note:
        lines.append(("N1", "; ".join(note)))
    lines.append(("ER", ""))
    return "\n".join(f"{tag}  - {value}".rstrip() if tag == "ER" else f"{tag}  - {value}" for tag, value in lines) + "\n"


def csl_item(data: CitationData) -> dict:
    """A CSL-JSON item (type "interview"): what citeproc-js, citeproc-py, pandoc and Zotero read."""
    interview = data.interview and data.interviewee_role
    item: dict = {"id": data.key, "type": "interview" if interview else "document", "title": data.title}
    if data.interviewees:
        item["author"] = [_csl_name(p) for p in data.interviewees]
    if data.interviewers:
        # a moderator or host (nobody interviewed) is no interviewer, whom a CSL style prints "Interview by"
        item["interviewer" if interview else "contributor"] = [_csl_name(p) for p in data.interviewers]
    if data.publication:
        item["container-title"] = data.publication
    if data.year:
        item["issued"] = {"date-parts": [[int(data.year)]]}
        if data.year_inferred:
            item["issued"]["circa"] = True
    elif _dated_by_the_interview(data):  # else a CSL style cites the interview "n.d."
        item["issued"] = {"date-parts": _date_range(data.interview_dates)}
    if data.interview_dates:
        item["event-date"] = {"date-parts": _date_range(data.interview_dates)}
    if data.publisher:
        item["publisher"] = data.publisher
    if data.permalink:
        item["URL"] = data.permalink
    if data.locator:
        item["note"] = data.locator
    return item


def _date_parts(iso: str) -> list[int]:
    return [int(x) for x in iso.split("-")]


def _date_range(dates: tuple[str, ...]) -> list[list[int]]:
    """CSL's date-parts of the sessions: one date, or the range from the first to the last (CSL holds a range as two
    dates; the second of three sessions was the range's end)."""
    return [_date_parts(d) for d in dict.fromkeys((dates[0], dates[-1]))]


def _csl_name(name: str) -> dict:
    """A CSL-JSON name: {"family", "given"}, or the family name alone for a name of one word ("Alves", "Mr.
    Lindqvist", "Madonna"), as CSL-JSON writes a mononym (no empty "given") and BibTeX and RIS give it."""
    family, given = split_name(name)
    if not given:
        return {"family": family}
    # a name in Latin letters whose family name comes first (Nguyễn Thị Lan, Wang Lihua marked so): CSL processors
    # print a name in Latin letters given name first unless told; one in CJK script they keep as written
    if _family_first(name) and not _in_cjk_script(name):
        return {"family": family, "given": given, "static-ordering": True}
    return {"family": family, "given": given}


def csl_json(data: CitationData) -> str:
    return json.dumps([csl_item(data)], ensure_ascii=False, indent=2)


FORMATTERS = {"chicago": chicago, "apa": apa, "mla": mla, "bibtex": bibtex, "ris": ris, "csl-json": csl_json}


def cite(tei_path: Path, passage_id: str | None = None, style: str = "chicago") -> str:
    """A citation of the document at ``tei_path``, or of one passage in it, in ``style``."""
    if style not in FORMATTERS:
        raise InputError(f"unknown citation style {style!r}; use one of {', '.join(STYLES)}")
    return FORMATTERS[style](citation_data(Path(tei_path), passage_id))


def description(root: etree._Element, data: CitationData | None = None) -> str:
    """What the print edition's PDF gives as its subject (print.xsl's ``pdf-subject``, which render.py passes for
    the print edition only): the subtitle, unless the main title says
    it already, else who, the title, the journal and the source's date with the publisher, "Viktor Mizin, interviewed
    by Umberto Pascali, “Title”, Journal, 2000. Publisher." ("Moderated by Ruth Akers, “Title”." where nobody was
    interviewed; "Interviewed by …" where the interviewee is not named), where that says more than the title; else
    ""."""
    header = root.find("t:teiHeader", NS)
    data = data or citation_data(root)
    titles = header.find("t:fileDesc/t:titleStmt", NS)
    main = titles.find("t:title[@type='main']", NS)
    if main is None:
        main = root.find("t:text/t:front//t:titlePart[@type='main']", NS)
    subtitle = text_of(titles.find("t:title[@type='sub']", NS))
    if subtitle and subtitle.lower() not in text_of(main if main is not None else titles.find("t:title", NS)).lower():
        return subtitle
    bibl = header.find("t:fileDesc/t:sourceDesc/t:bibl", NS)
    journal = text_of(bibl.find("t:title[@level='j']", NS)) if bibl is not None else ""
    date = bibl.find("t:date", NS) if bibl is not None else None
    when = (date.get("when") or date.get("notBefore") or text_of(date)) if date is not None else ""
    people = _and(list(data.interviewees), serial=False) if data.interviewees else ""
    interviewers = _and(list(data.interviewers), serial=False) if data.interviewers else ""
    if people and interviewers:
        people = f"{people}, interviewed by {interviewers}"
    elif interviewers:  # not the author: who interviewed an interviewee not named, or who moderated
        people = f"{'Interviewed' if data.interviewee_role else 'Moderated'} by {interviewers}"
    if not (people or journal or when):
        return ""
    said = ", ".join(x for x in (people, f"“{data.title}”", journal, when) if x)
    return f"{said}." + (f" {data.publisher}." if data.publisher else "")


def edition_citations(root: etree._Element, style: str = "chicago", base_uri: str | None = None) -> dict[str, str]:
    """The ``cite-document`` and ``cite-passage`` parameters of the HTML and print stylesheets (one style), and the
    document's reference as ``cite-bibtex`` and ``cite-ris`` (the page offers them for download).

    ``cite-passage`` holds ``{id}`` and ``{n}`` for a paragraph's xml:id and number. With ``base_uri`` (the
    stylesheets' ``base-uri`` parameter) the permalinks are that base + the document id, as the page's own links
    are, instead of the TEI's. Empty for a document that is not TEI: the stylesheet then reports what is wrong
    with it.
    """
    if root.tag != f"{{{TEI_NS}}}TEI":
        return {}
    data = citation_data(root)
    if base_uri and base_uri.strip():
        data = replace(data, document_uri=f"{base_uri.strip().rstrip('/')}/{data.document_id}")
    # sentinels that no style escapes, swapped for the placeholders afterwards
    placeholder = replace(data, passage_id="XPASSAGEIDX", passage_kind="paragraph", paragraphs=("XPARANX",))
    template = FORMATTERS[style](placeholder).replace("XPASSAGEIDX", "{id}").replace("XPARANX", "{n}")
    return {"cite-document": FORMATTERS[style](data), "cite-passage": template,
            "cite-bibtex": bibtex(data), "cite-ris": ris(data)}
