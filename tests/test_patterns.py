"""Patterns compiled on first use (tei_edition.patterns): they behave as re.compile's, and importing the converter
compiles none of them (the point: most of the import was compiling patterns a process may never run)."""

from __future__ import annotations

import re
import subprocess
import sys
import unicodedata

from tei_edition import letters
from tei_edition.patterns import GuardedPattern, LazyPattern, guarded, lazy


def test_a_lazy_pattern_answers_as_the_compiled_one():
    text = "Viktor Mizin spoke with Umberto Pascali on March 24."
    source = r"(?P<first>[A-Z]\w+ [A-Z]\w+) spoke with (?P<second>[A-Z]\w+ [A-Z]\w+)"
    pattern, compiled = lazy(source), re.compile(source)
    assert pattern.search(text).groupdict() == compiled.search(text).groupdict()
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert (pattern.pattern, pattern.groups, dict(pattern.groupindex)) == (source, 2, {"first": 1, "second": 2})
    assert lazy("a+", re.IGNORECASE).sub("-", "xAaAx") == "x-x"
    assert lazy(r"\s+").split("a b  c") == ["a", "b", "c"]


def test_it_compiles_once_and_then_calls_the_compiled_pattern_directly():
    pattern = lazy(r"\d+")
    assert pattern.fullmatch("123")
    match = LazyPattern.__dict__["match"].__get__(pattern)  # the slot now holds the compiled pattern's method
    assert match.__self__ is re.compile(r"\d+") and match("42").group() == "42"


def test_importing_the_converter_compiles_no_lazy_pattern():
    code = ("import tei_edition.build, tei_edition.speakers as s, tei_edition.readers.text as t\n"
            "from tei_edition.patterns import LazyPattern\n"
            "lazies = [v for m in (s, t) for v in vars(m).values() if isinstance(v, LazyPattern)]\n"
            "def is_compiled(v):\n"
            "    try:\n"
            "        LazyPattern.__dict__['match'].__get__(v)  # the slot itself: no __getattr__, no compiling\n"
            "        return True\n"
            "    except AttributeError:\n"
            "        return False\n"
            "compiled = [v for v in lazies if is_compiled(v)]\n"
            "print(len(lazies), len(compiled))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    made, compiled = map(int, done.stdout.split())
    assert made >= 10 and compiled == 0, done.stdout


def test_the_letter_classes_are_those_of_their_definitions():
    # every character of the BMP in its class exactly where its definition holds, with and without IGNORECASE (which
    # folds a class's members as its own characters are folded), and none beyond the BMP
    bmp = [chr(code) for code in range(0x10000)]
    definitions = ((letters.UPPER, lambda c: c.isupper() or c.istitle()),
                   (letters.CASELESS, lambda c: unicodedata.category(c) == "Lo"),
                   (letters.MARK, lambda c: unicodedata.category(c) in ("Mn", "Mc")))
    for cls, definition in definitions:
        members = re.compile(f"{cls}+").fullmatch
        assert [c for c in bmp if bool(members(c)) != definition(c)] == []
        assert not any(members(c) for c in "\U00010000\U00020000\U0001d400\U0010ffff\U0001e900")  # 𠀀 is Lo, 𝐀 Lu
    caseless = re.compile(letters.CASELESS)
    assert [c for c in bmp if bool(caseless.fullmatch(c)) != bool(re.fullmatch(letters.CASELESS, c, re.I))] == []


def test_the_letter_classes_hold_their_letters_and_no_others():
    upper, caseless, mark = (re.compile(cls) for cls in (letters.UPPER, letters.CASELESS, letters.MARK))
    assert all(upper.fullmatch(c) for c in "AZÉÅЖΩǅᾈＡ") and not any(upper.search(c) for c in "azéßж1 _ʰ")
    assert all(caseless.fullmatch(c) for c in "רمन王ㄱ가ก") and not any(caseless.search(c) for c in "Aaʰ々1\u0301")
    assert all(mark.fullmatch(c) for c in "\u0301\u093f\u094d\u0e31\u0903") and not any(mark.search(c) for c in "aA王1\u200c")


def test_what_only_some_transcripts_need_is_imported_with_the_first_of_them():
    # yaml for front matter, the caption readers' shared reading and html's entities for SubRip and WebVTT files
    code = ("import sys, tei_edition.build\n"
            "from tei_edition.readers import read_interview\n"
            "from tei_edition.readers.metadata import front_matter\n"
            "later = ('yaml', 'tei_edition.readers.captions', 'html')\n"
            "print(*[m in sys.modules for m in later])\n"
            "read_interview('Q: Where were you born?\\n\\nSMITH: In Leeds.\\n\\nQ: When?\\n\\nSMITH: 1950.\\n', 'a.txt')\n"
            "print(*[m in sys.modules for m in later], front_matter(['## Interview', '---', '', 'Q: Hello.']))\n"
            "fields = front_matter(['---', 'title: On the mill', 'date: 1999-04-02', '---', '', 'Q: Hello.'])[0]\n"
            "vtt = read_interview('WEBVTT\\n\\n00:00:01.000 --> 00:00:04.000\\n<v Ann Lee>Caf&eacute; at noon.\\n', 'a.vtt')\n"
            "print(*[m in sys.modules for m in later], fields['date'], vtt.convention)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split("\n")[:3] == ["False False False", "False False False None",
                                            "True True True 1999-04-02 webvtt"], done.stdout


def test_label_styles_are_compared_as_themselves():
    # (each style one object with a name of its own: comparing and hashing them as objects is comparing their values,
    # without hashing every compiled pattern of theirs)
    from tei_edition.readers import labels

    styles = [v for v in vars(labels).values() if isinstance(v, labels.LabelStyle)]
    assert len(styles) >= 10 and len({style.name for style in styles}) == len(styles)
    assert {labels.RECORD, labels.PLAIN} == {labels.PLAIN, labels.RECORD} and labels.PLAIN in (labels.DASH, labels.PLAIN)
    assert labels.PLAIN != labels.RECORD and not {labels.LABEL_LINE, labels.DASH} & {labels.PLAIN, labels.BOLD}


def test_a_name_reads_as_it_did_with_one_capital_class_less():
    # (speakers' name word shares the first capital of initials and of a word, and looks ahead to a name's last word
    # as a capital and letters: the same names as before, these among them)
    from tei_edition.speakers import _NAME_RUN, _SPOKE_WITH

    names = {"José Ortega y Gasset": "José Ortega y Gasset", "St. John Smith": "St. John Smith",
             "J.R. Ewing": "J.R. Ewing", "A.B.-K. Jones": "A.B.-K. Jones", "Jr. Smith": "Jr. Smith",
             "Pieter van der Berg": "Pieter van der Berg", "Ana y Luis": "Ana y Luis"}
    assert {text: _NAME_RUN.match(text).group() for text in names} == names
    # a second person after "y", the last word with a footnote mark after it, a title's full stop: no part of the name
    assert [_NAME_RUN.match(text).group() for text in ("Juan Pérez y María López", "J. Smith y Gasset¹ hello",
                                                       "Priya Natarajan¹", "Dr. Who")] == [
        "Juan Pérez", "J. Smith", "Priya Natarajan", "Dr"]
    found = _SPOKE_WITH.search("Then St. John Smith, 62, talks with her son, J.R. Ewing y Gasset, about it.")
    assert (found.group("first"), found.group("second")) == ("Then St. John Smith", "J.R. Ewing y Gasset")


def test_its_source_is_read_without_compiling_it():
    pattern = lazy(r"(?i)q(\d+)")
    assert pattern.pattern == r"(?i)q(\d+)"
    try:
        LazyPattern.__dict__["match"].__get__(pattern)  # the slot itself: still empty
        compiled_early = True
    except AttributeError:
        compiled_early = False
    assert not compiled_early
    assert pattern.flags & re.IGNORECASE and pattern.groups == 1 and pattern.match("Q12").group(1) == "12"


def _compiled(pattern) -> bool:
    try:
        LazyPattern.__dict__["match"].__get__(pattern)  # the slot itself: no __getattr__, no compiling
        return True
    except AttributeError:
        return False


def test_a_guarded_pattern_is_not_compiled_for_text_that_fails_its_test():
    pattern = guarded(r"(?P<year>\d{4}) (?P<word>\w+)", lambda text: "19" in text or "20" in text)
    assert pattern.search("in May, no year") is None and pattern.match("1877 Boston") is None
    assert list(pattern.finditer("no year")) == [] and pattern.findall("no year") == []
    assert not _compiled(pattern._pattern) and pattern.pattern.startswith("(?P<year>")
    # where the test passes, the pattern answers as the compiled one
    compiled = re.compile(pattern.pattern)
    for text in ("1999 Berlin, 2004 Paris", "in 1877 and 1999 Boston"):
        assert [m.groupdict() for m in pattern.finditer(text)] == [m.groupdict() for m in compiled.finditer(text)]
    assert pattern.fullmatch("2004 Paris").group("word") == "Paris" and pattern.groups == 2
    assert _compiled(pattern._pattern)


# Lines each of the converter's guarded patterns matches, and look-alikes it does not (each pattern's guard must pass
# wherever the pattern matches: the guard may only spare the work on text the pattern cannot match), with the letters
# Python's case-blind matching takes for others ("ſ" for "s", "İ" for "i").
_GUARDED_SAMPLES = [
    "BY MR. ABERNATHY:", "CROSS-EXAMINATION BY MS. PRADO:", "Examination by Mr. Groome:", "examined by Mr. Groome",
    "President: Mr. Fernández de Soto Valderrama (Malta)", "The President: Mr. Soto", "Vice-president: Ms. Roe",
    "Translated from the Russian by Anna Summers.", "TRANSLATED BY Ana Ruiz", "Tranſlated by Ana Ruiz", "translator Ana Ruiz",
    "Interview: Lena Hoffmann, Berlin, 7. Oktober 2020", "Geführt von Jonas Keller am 8. November 1999 in Leipzig",
    "Записала Ольга Миронова, Новосибирск, 15 мая 2003 года", "Interview: Lena Hoffmann, Berlin", "Berlin, ٢٠٢٠",
    "インタビュー：山田花子さん", "訪談：陳美玲女士", "Haastattelu: Aino Virtanen", "HAAſTATTELU: Aino Virtanen",
    "Oral history interview: Ana Ferreira", "Oral hİstory interview: Ana Ferreira", "ORAL HISTORY INTERVIEW: Ana Ferreira",
    "साक्षात्कार: श्रीमती कमला देवी", "บทสัมภาษณ์ คุณสมศรี ใจดี", "Ayşe Demir ile röportaj", "Ayşe Demir ile SÖYLEŞİ",
    "Interview with Ana Ferreira", "Ayşe Demir röportaj",
]


def test_each_guard_of_the_converter_passes_wherever_its_pattern_matches():
    from tei_edition import speakers
    from tei_edition.readers import labels, metadata

    found = {f"{module.__name__}.{name}": value for module in (speakers, labels, metadata)
             for name, value in vars(module).items() if isinstance(value, GuardedPattern)}
    assert len(found) >= 7, sorted(found)
    for name, pattern in found.items():
        compiled = re.compile(pattern.pattern, pattern._pattern._source[1])
        matched = [text for text in _GUARDED_SAMPLES if compiled.search(text)]
        assert matched, f"{name}: no sample matches it, so this test would not see a guard that fails"
        assert all(pattern._needs(text) for text in matched), name
        assert all(pattern.search(text).group() == compiled.search(text).group() for text in matched), name
        assert any(not pattern._needs(text) for text in _GUARDED_SAMPLES), f"{name}: its guard spares no sample"
