"""The language of a transcript when no source states it, and the names of languages for the teiHeader.

The sidecar, the front matter or a header field may state a transcript's language; otherwise the corpus's language
(edition.toml, else English) is only an assumption, and a wrong one for an interview in another language: its TEI
would declare English, its editions set and hyphenate it as English (left to right, for Arabic), its catalogue
records say English. The text itself is the evidence. Google's Compact Language Detector 2 (pycld2, the detector
Chromium uses) names the language of a few hundred characters reliably, in well under a millisecond; its answer
replaces the assumption only where it is sure of it (reliable, and most of the text). A text too short for it is
still plainly in its script: most of its letters in one script the corpus language is not written in give that
script's language where the script has one (Japanese kana, Hangul, Greek, Chinese characters …), else a tag that
says only the script (``und-Arab``: language undetermined). The converter warns whenever the assumption gives way.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter

from .patterns import lazy

#: Detection needs some text: a few short turns ("Yes." "No.") say nothing about the language. Counted in UTF-8
#: bytes of letters, as CLD2 counts: a Chinese or Japanese character (three bytes) carries more than a Latin letter.
_MIN_LETTER_BYTES = 100
#: The share of the text (per cent) the detected language must cover: a text in two languages keeps the assumed one.
_MIN_PERCENT = 70
#: The first characters are enough to tell the language of an interview (and keep a long one cheap: CLD2 takes
#: ≈ 0.03 ms per 1,000 characters).
_SAMPLE = 4_000
#: CLD2's codes that are not (or no longer) the BCP 47 tags: Hebrew, Javanese, Indonesian, Moldavian.
_TAGS = {"iw": "he", "jw": "jv", "in": "id", "mo": "ro"}
_LETTER = re.compile(r"[^\W\d_]")
#: Letters outside the Latin script (Basic Latin, Latin-1, Latin Extended-A/B and Additional).
_NON_LATIN_LETTER = lazy(r"[^\W\d_A-Za-z\u00C0-\u024F\u1E00-\u1EFF]")
#: A script (the first word of its letters' Unicode names) → the tag of a text in it, and the languages usually
#: written in it (a corpus in one of those keeps its language). Japanese is kana, with or without Chinese characters.
_SCRIPTS = {
    "CJK": ("zh", {"zh", "ja", "yue", "wuu", "ko"}), "HIRAGANA": ("ja", {"ja"}), "KATAKANA": ("ja", {"ja"}),
    "HANGUL": ("ko", {"ko"}), "GREEK": ("el", {"el", "grc"}), "THAI": ("th", {"th"}), "GEORGIAN": ("ka", {"ka"}),
    "ARMENIAN": ("hy", {"hy"}), "ARABIC": ("und-Arab", {"ar", "fa", "ur", "ps", "ug", "sd", "ckb", "ks", "ku"}),
    "HEBREW": ("und-Hebr", {"he", "yi", "lad"}),
    "CYRILLIC": ("und-Cyrl", {"ru", "uk", "be", "bg", "mk", "sr", "kk", "ky", "tg", "mn", "tt", "ba", "cv", "sh"}),
    "DEVANAGARI": ("und-Deva", {"hi", "mr", "ne", "sa", "mai", "bho"}), "BENGALI": ("und-Beng", {"bn", "as"}),
    "ETHIOPIC": ("und-Ethi", {"am", "ti"}), "TAMIL": ("ta", {"ta"}), "TELUGU": ("te", {"te"}),
    "KANNADA": ("kn", {"kn"}), "MALAYALAM": ("ml", {"ml"}), "GUJARATI": ("gu", {"gu"}), "GURMUKHI": ("pa", {"pa"}),
    "SINHALA": ("si", {"si"}), "KHMER": ("km", {"km"}), "LAO": ("lo", {"lo"}), "MYANMAR": ("my", {"my"}),
}


def detect_language(text: str, assumed: str | None = None) -> str | None:
    """The BCP 47 tag of the language ``text`` is written in, or ``None`` where that is not clear: CLD2's answer
    where it is sure; else, for a text mostly in one script ``assumed`` is not written in, that script's tag."""
    sample = text[:_SAMPLE]
    letters = _LETTER.findall(sample) if len(sample) < 4 * _MIN_LETTER_BYTES else None
    if letters is None or len("".join(letters).encode()) >= _MIN_LETTER_BYTES:
        found = _cld2(sample)
        if found:
            return found
    return _by_script(sample, assumed)


def passage_language(text: str) -> str | None:
    """The language of a passage, as CLD2 names it where it is sure (no script's guess), or ``None``: for the
    versions of a bilingual transcript, each shorter than a document, whose two languages are told apart."""
    return _cld2(text[:_SAMPLE]) if len(text) >= 40 else None


def _cld2(sample: str) -> str | None:
    import pycld2

    try:
        reliable, _, ((_, code, percent, _), *_) = pycld2.detect(sample, isPlainText=True)  # "<…>" is no markup
    except pycld2.error:  # text CLD2 cannot take (unpaired surrogates): no evidence
        return None
    if not reliable or percent < _MIN_PERCENT or code == "un" or code.startswith("zz"):
        return None
    return f"und-{code[3:]}" if code.startswith("xx-") else _TAGS.get(code, code)


def _by_script(sample: str, assumed: str | None) -> str | None:
    """The tag of the one non-Latin script that at least two thirds of the letters (ten or more) are written in,
    unless ``assumed`` is usually written in it."""
    others = _NON_LATIN_LETTER.findall(sample)
    if len(others) < 10 or 3 * len(others) < 2 * len(_LETTER.findall(sample)):
        return None
    scripts = Counter(unicodedata.name(letter, "").split(" ", 1)[0] for letter in others[:400])
    script, count = scripts.most_common(1)[0]
    if scripts["HIRAGANA"] or scripts["KATAKANA"]:
        script, count = "HIRAGANA", count + scripts["HIRAGANA"] + scripts["KATAKANA"]  # kanji and kana: Japanese
    if script not in _SCRIPTS or 3 * count < 2 * min(len(others), 400):
        return None
    tag, written_in = _SCRIPTS[script]
    return None if assumed and _primary(assumed) in written_in else tag


def language_of(text: str, assumed: str) -> tuple[str, str | None]:
    """The language tag for a text no source states a language for, and a warning when it is not ``assumed``
    (the corpus's language): the detected language where it is clear and another than ``assumed``."""
    detected = detect_language(text, assumed)
    if detected is None or _primary(detected) == _primary(assumed):
        return assumed, None
    if detected.startswith("und-"):
        script = language_name(detected).removeprefix("Undetermined (").removesuffix(")")
        return detected, (f"no language given; the text is written in {script}, not that of the corpus language "
                          f"{assumed}: recorded as {detected}, language undetermined (give language in the sidecar)")
    return detected, (f"no language given; the text reads as {language_name(detected)}, not the corpus language "
                      f"{assumed}: recorded as {detected} (give language in the sidecar if that is wrong)")


def document_language(stated: str | None, text: str, corpus_language: str) -> tuple[str, str | None]:
    """The language tag of a document, and a warning where it was detected rather than stated: ``stated`` (the
    sidecar's, else a header field's: a tag, "de-AT", or a name, "German") wins; else the text's language where
    it is clear (language_of), else the corpus's."""
    if stated and (tag := stated_language(stated)):
        return tag, None
    return language_of(text, corpus_language)


def stated_language(value: str) -> str | None:
    """The language tag a header's or sidecar's value states: a tag ("de-AT") or a language named in English
    ("German"), else None ("English and Welsh", "Kalam (kmh)" name none the header can encode)."""
    value = value.strip()
    return value if _TAG.fullmatch(value) else language_code(value)


_TAG = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")


def _primary(tag: str) -> str:
    return tag.split("-", 1)[0].lower()


def language_name(tag: str) -> str:
    """The English name of a language tag ("ja" → "Japanese", "und-Arab" → "Undetermined (Arabic script)"), else
    the tag itself."""
    return _names().get(tag) or _names().get(_primary(tag)) or tag


def language_code(name: str) -> str | None:
    """The tag of a language named in English ("Japanese" → "ja"), else ``None``."""
    return _codes().get(name.strip().casefold())


#: The three-letter codes (ISO 639-2, bibliographic and terminology) of the languages a transcript most often tags
#: its passages with ("[KAZ] …" / "[ENG] …"), as BCP 47 tags them: by the two-letter code (BCP 47 takes the shortest).
_THREE_LETTER = dict(pair.split("=") for pair in (
    "ara=ar ben=bn bul=bg cat=ca ces=cs cze=cs chi=zh zho=zh cym=cy wel=cy dan=da deu=de ger=de ell=el gre=el eng=en "
    "est=et eus=eu baq=eu fas=fa per=fa fin=fi fra=fr fre=fr gle=ga heb=he hin=hi hrv=hr hun=hu hye=hy arm=hy "
    "ind=id isl=is ice=is ita=it jpn=ja kat=ka geo=ka kaz=kk kir=ky kor=ko lav=lv lit=lt mkd=mk mac=mk mon=mn "
    "msa=ms may=ms nld=nl dut=nl nor=no pol=pl por=pt ron=ro rum=ro rus=ru slk=sk slo=sk slv=sl spa=es sqi=sq "
    "alb=sq srp=sr swa=sw swe=sv tam=ta tat=tt tgk=tg tha=th tur=tr tuk=tk ukr=uk urd=ur uzb=uz vie=vi yid=yi "
    "aze=az bel=be bos=bs khm=km lao=lo mya=my bur=my nep=ne pan=pa pus=ps sin=si som=so amh=am hau=ha yor=yo "
    "ibo=ig zul=zu xho=xh afr=af tgl=tl fil=fil quz=qu que=qu grn=gn").split())


def reads_as(text: str, tag: str) -> bool | None:
    """Whether ``text`` reads as the language ``tag`` names: True where CLD2 names that language, or the text is
    written in a script that language is written in (Cyrillic for "kk"); False where CLD2 names another or the
    script is another's; None where neither tells."""
    found = detect_language(text)
    if found is None or found == "und-Latn":
        return None
    if not found.startswith("und-") and found not in {t for t, _ in _SCRIPTS.values()}:
        return _primary(found) == tag
    written_in = next((languages for t, languages in _SCRIPTS.values() if t == found), set())
    return tag in written_in


def code_language(code: str) -> str | None:
    """The BCP 47 tag of a language code a transcript prints ("KAZ" → "kk", "EN" → "en"), else ``None``."""
    code = code.lower()
    if len(code) == 2:
        return code if code in _names() else None
    return _THREE_LETTER.get(code)


@functools.cache
def _names() -> dict[str, str]:
    import pycld2

    names: dict[str, str] = {}
    for name, code in pycld2.LANGUAGES:
        if code in ("un",) or code.startswith("zz"):
            continue
        if code.startswith("xx-"):
            code, name = f"und-{code[3:]}", f"Undetermined ({name[2:].replace('_', ' ').title()} script)"
        elif name == "ChineseT":
            name = "Chinese (Traditional)"
        else:
            name = name.replace("_", " ").title()
        names.setdefault(_TAGS.get(code, code), name)
    return names


@functools.cache
def _codes() -> dict[str, str]:
    return {name.casefold(): code for code, name in _names().items() if not code.startswith("und-")}
