"""The re-casing of a name printed in capitals ("JOHN SMITH" is "John Smith"), as the citations give it and as the
converter writes a name of its own words (the header's subtitle). A module of its own, so that the converter need
not import the citations (cite.py) for it."""

from __future__ import annotations

import unicodedata

from .patterns import lazy

#: The particles of a name that stay in lower case between its words ("LUDWIG VAN BEETHOVEN": "Ludwig van Beethoven").
NAME_PARTICLES = frozenset("bin da das de del della den der des di do dos du ten ter van von y".split())
#: Words of consonants only that are abbreviations of words, not initials: "MR" is "Mr", "BBC" stays "BBC".
_CONSONANT_WORDS = frozenset({"MR", "MRS", "MS", "MX", "DR", "ST", "JR", "SR"})
#: A run of letters with the combining marks on them: "ÒGÚNLẸ́YẸ" (Yoruba, an acute on Ẹ) is one word, not "ÒGÚNLẸ́"
#: and "YẸ", which re-cased "Ògúnlẹ́Yẹ" (capitals.xsl's fp:letters reads a word so too).
_LETTER = "(?:[^\\W\\d_]|[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f])"
_LETTERS = lazy(f"[^\\W\\d_]{_LETTER}*(?:['’][^\\W\\d_]{_LETTER}*)*")
_ROMAN = lazy(r"X{0,3}(?:IX|IV|V?I{0,3})")
_CONSONANTS = lazy(r"[B-DF-HJ-NP-TV-XZ]{2,}")
_EDGES = lazy(r"^[\W\d_]+|[\W\d_]+$")  # what is not a letter at a word's ends: "(RET.)" is "RET"
_GREEK = lazy("[\u0370-\u03ff\u1f00-\u1fff]")


def _in_capitals(text: str) -> bool:
    """Two capitals or more and no lower-case letter (Unicode's Lu and Ll, as XPath's \\p{Lu} and \\p{Ll})."""
    categories = [unicodedata.category(c) for c in text]
    return "Ll" not in categories and categories.count("Lu") >= 2 and not _GREEK.search(text)


def _capitalised(word: str) -> str:
    return word[:1].upper() + word[1:].lower()


def _kept(letters: str, printed: frozenset[str]) -> bool:
    """A Roman numeral ("II"), initials without a vowel ("BBC") or a word of ``printed`` ("NASA")."""
    return letters in printed or bool(_ROMAN.fullmatch(letters)) \
        or bool(_CONSONANTS.fullmatch(letters)) and letters not in _CONSONANT_WORDS


def _recased_letters(letters: str, printed: frozenset[str] = frozenset()) -> str:
    """One run of letters in capitals: a Roman numeral ("II"), initials without a vowel ("BBC") and a word of
    ``printed`` (:func:`words_in_capitals`: "NASA") stay as they are, and take a possessive in lower case ("NASA'S"
    is "NASA's", "BBC’S" "BBC’s"); "MCDONALD" is "McDonald", "O'BRIEN" "O'Brien", "MARY'S" "Mary's"; else "Word"."""
    if _kept(letters, printed):
        return letters
    if len(letters) > 3 and letters[-2] in "'’" and letters[-1] == "S" and _kept(letters[:-2], printed):
        return letters[:-1] + "s"
    if letters.startswith("MC") and len(letters) > 3:
        return "Mc" + _capitalised(letters[2:])
    if len(letters) > 2 and letters[1] in "'’":
        return letters[:2] + _capitalised(letters[2:])
    return _capitalised(letters)


def _recased(text: str, small_words: frozenset[str], headline: bool, printed: frozenset[str] = frozenset()) -> str:
    """``text`` in capitals re-cased word by word (each run of letters by :func:`_recased_letters`, ``printed`` the
    words to keep), a word of ``small_words`` in lower case unless it is the first; in a ``headline`` (a title) also
    the last and the first after a colon, a full stop, a question or exclamation mark or a dash."""
    words = text.split()
    recased = []
    for i, word in enumerate(words):
        capital = i == 0 or headline and (i == len(words) - 1 or words[i - 1].endswith((":", ".", "?", "!"))
                                          or words[i - 1] in ("-", "–", "—"))
        if not capital and _EDGES.sub("", word).lower() in small_words:
            recased.append(word.lower())
        else:
            recased.append(_LETTERS.sub(lambda m: _recased_letters(m.group(), printed), word))
    return " ".join(recased)


def recased_name(name: str) -> str:
    """A name printed in capitals as a citation gives it: "JOHN SMITH" is "John Smith", "LUDWIG VAN BEETHOVEN"
    "Ludwig van Beethoven", "MR. BRANDT" "Mr. Brandt"; a name with a lower-case letter as it is."""
    return _recased(name, NAME_PARTICLES, headline=False) if _in_capitals(name) else name
