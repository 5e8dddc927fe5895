"""Unicode letter classes for regular expressions: Python's ``re`` has ``\\w`` but no "upper-case letter"."""

from __future__ import annotations

import itertools
import re
import struct
import unicodedata


# Every character of the BMP, and a byte for each saying which class below holds it: C-level loops (map over the
# characters, a bytes pattern's search for runs), ≈ 8 ms of a fresh process's import where a Python loop over 65,536
# code points per class took ≈ 13. (The characters are decoded from their code points packed as UTF-32, lone
# surrogates too: quicker than 65,536 calls of chr.)
_BMP = struct.pack("<65536I", *range(0x10000)).decode("utf-32-le", "surrogatepass")
# 1 upper-case or title-case (str.istitle of one character: either), 2 a letter of a script without case (category Lo),
# 3 a combining mark (Mn, Mc), 0 anything else; none of the three is another's.
_CASED = bytes(map(str.istitle, _BMP))
_UNCASED = bytes(map({"Lo": 2, "Mn": 3, "Mc": 3}.get, map(unicodedata.category, _BMP), itertools.repeat(0)))


def _class(kinds: bytes, kind: int, *, negated: bool = False) -> str:
    """A character class matching the characters of the BMP whose byte in ``kinds`` is ``kind``; ``negated``, written
    as the class of every other character (those beyond the BMP too), which matches the same characters."""
    parts: list[str] = []
    runs = (b"[^%s]+" if negated else b"%s+") % re.escape(bytes([kind]))
    for run in re.finditer(runs, kinds):
        first, last = re.escape(chr(run.start())), re.escape(chr(run.end() - 1))
        parts.append(first if len(run.group()) == 1 else f"{first}-{last}")
    return f"[^{''.join(parts)}\U00010000-\U0010ffff]" if negated else f"[{''.join(parts)}]"


#: Upper-case and title-case letters of every script (É, Å, Ж, Ω …), for names such as "ÅSTRÖM:" or "Émile Zola:".
UPPER = _class(_CASED, 1)

#: Letters of the scripts that have no capitals (Hebrew, Arabic, Chinese, Japanese kana, Korean, Thai …): a speaker
#: label in them ("רחל:", "王：") cannot be told by its capitals.
#: (Negated: Python's compiler of regular expressions walks every code point of a class's ranges, and those of the
#: other characters are fewer than the caseless letters' 45,000 ideographs and syllables: 0.9 ms a copy instead of 1.6.)
CASELESS = _class(_UNCASED, 2, negated=True)

#: The letters of a name written in Chinese, Japanese or Korean script (kana, ideographs, Hangul syllables, 々 and ・),
#: a character class's contents: such a name has no capitals to end it, and puts its family name first.
CJK_NAME_LETTERS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af々・"

#: Superscript digits (¹ ² ³ ⁰ ⁴ … ⁹), a character class's contents: the marks of footnotes ("Natarajan¹", "Hodgkin?²"),
#: \w to Python but no part of the word or name they follow.
SUPERSCRIPT_DIGITS = "\u00b9\u00b2\u00b3\u2070\u2074-\u2079"

#: The combining marks of every script (the vowel signs and viramas of Devanagari, Thai, Bengali, Tamil …): no letters
#: to ``\w``, though they are part of a word ("साक्षात्कारकर्ता", "ผู้สัมภาษณ์").
MARK = _class(_UNCASED, 3)

#: The lower-case particles of surnames ("Pieter van der Berg", "José Ortega y Gasset", "Osama bin Laden"): the one
#: list the header reader and speaker resolution share.
PARTICLES = (
    "van", "von", "de", "da", "das", "dos", "do", "del", "della", "der", "den", "di", "du", "la", "le", "ten", "ter",
    "zu", "y", "bin", "ibn", "al", "el",
    "ap", "ab",  # Welsh patronymics: "Rhun ap Iorwerth", "Siân ab Owen"
)
#: Words for "and", some of them particles too (Spanish "y"): in running text they may join two names ("Juan Pérez
#: y María López"), so speaker resolution reads them as particles only before a name's last word ("Ortega y Gasset").
CONJUNCTIONS = ("y", "e", "i", "und", "and", "et", "en", "и")
#: The words for "and" that join two people in a title or a header's value ("Harold and June Pickering", "Jeanne et
#: Paul Martin", "Karin och Lars Berg", "Budi dan Sari Hartono"): the one list the header reader and speaker
#: resolution share (a regular expression's alternatives).
NAMES_AND = "and|und|et|y|e|en|och|og|dan"
#: The English month names, the one list the name tagger, the header reader, speaker resolution and the encoder share.
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
#: A family's words for its members (English, Spanish, Portuguese, French, Italian, German, Dutch), printed after a name
#: in a header's list ("Ruth Cohen (mother)", "Dolores Herrera (abuela)") and as the labels they speak under
#: ("MOTHER:", "ABUELA:"): the one list the text reader and speaker resolution share.
KINSHIP = frozenset("""
    mother father mum mom dad son daughter wife husband sister brother grandmother grandfather granddaughter grandson
    grandma grandpa granny aunt uncle niece nephew cousin stepmother stepfather stepson stepdaughter twin widow widower
    madre padre hijo hija abuela abuelo nieta nieto esposa esposo marido hermana hermano tía tío prima primo
    mãe pai filho filha avó avô neta neto irmã irmão tia tio
    mère père fils fille grand-mère grand-père petite-fille petit-fils épouse mari sœur frère tante oncle
    figlio figlia nonna nonno nipote moglie sorella fratello zia zio
    mutter vater sohn tochter großmutter großvater oma opa enkelin enkel ehefrau ehemann schwester bruder tante onkel
    moeder vader zoon dochter grootmoeder grootvader oma opa kleindochter kleinzoon zus broer
""".split())
#: The parts a court's record names the people of a trial by, each over a name before the proceedings ("PRESIDENT:
#: Lieutenant-Colonel H. R. Waite", "PROSECUTOR: Captain J. Denholm", as a court-martial heads them): the labels they
#: then speak under.
COURT_CAST = frozenset({
    "president", "prosecutor", "prosecuting officer", "prosecuting counsel", "defending officer", "defending counsel",
    "defence counsel", "defense counsel", "judge advocate", "accused", "presiding judge", "presiding officer",
    "counsel for the prosecution", "counsel for the defence", "counsel for the defense",
})
#: Words printed after a name that belong to it ("Martin Luther King, Jr."), not remarks on it.
NAME_SUFFIXES = ("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV", "PhD", "Ph.D.", "MD", "M.D.")

#: A name withheld where it stood, as released records print it: "[REDACTED]", "[name withheld]", "█████ ██████",
#: and as research transcripts anonymise it: "[NAME]", "[ANONYMISED]".
REDACTED = re.compile(r"\[(?:(?:name\s+)?(?:redacted|withheld)|name|anonymi[sz]ed)\]|[█■]+(?:[ \t]+[█■]+)*",
                      re.IGNORECASE)
