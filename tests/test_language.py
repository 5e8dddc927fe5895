"""The language of a transcript no source states one for (tei_edition.language): detected from the text where that
is clear, else the corpus's; language names and codes for the teiHeader."""

from __future__ import annotations

import pytest

from tei_edition.language import detect_language, language_code, language_name, language_of

ARABIC = ("ليلى: متى بدأت العمل في المكتبة الوطنية؟\n\nسلمى: بدأت في عام ١٩٨٢، بعد الحرب مباشرة. كانت المكتبة مغلقة، "
          "وكانت الكتب في الأقبية.\n\nليلى: وماذا فعلتم بالمخطوطات؟\n\nسلمى: نقلناها إلى دير في الجبل.\n")
JAPANESE = "佐藤：いつから図書館で働いていますか。\n\n山田：一九八五年からです。最初は閲覧室の係でした。\n\n佐藤：印象に残っていることは。\n"
GERMAN = ("MÜLLER: Wann haben Sie angefangen, in der Bibliothek zu arbeiten?\n\nSCHMIDT: Neunzehnhundertfünfundachtzig, "
          "direkt nach dem Studium. Damals war das Haus noch geschlossen, und die Bücher lagen im Keller.\n\n"
          "MÜLLER: Und dann?\n\nSCHMIDT: Dann haben wir alles neu geordnet.\n")
PERSIAN = "مریم: ما در سال ۱۳۶۴ کار را در کتابخانه شروع کردیم و خیلی سخت بود، چون کتاب‌ها در زیرزمین بودند و هیچ‌کس کمک نمی‌کرد.\n"
ENGLISH = ("SMITH: When did you start at the library?\n\nJONES: In 1985, straight after university. The building was "
           "still closed then, and the books were in the cellar.\n")


@pytest.mark.parametrize("text, expected", [
    (ARABIC, "ar"), (JAPANESE, "ja"), (GERMAN, "de"), (PERSIAN, "fa"), (ENGLISH, "en"),
    ("רחל: התחלנו לעבוד בספרייה בשנת 1985, מיד אחרי הלימודים באוניברסיטה, והבניין היה עדיין סגור.", "he"),  # not CLD2's "iw"
])
def test_the_language_of_a_transcript_is_detected(text, expected):
    assert detect_language(text) == expected


@pytest.mark.parametrize("text", [
    "SMITH: Yes.\n\nJONES: No.\n",  # too little text to tell
    "KOWALSKI: Tak.\n\nNOWAK: Okay, fine, thank you.\n\nKOWALSKI: Dziękuję.\n",
    "",
])
def test_too_little_text_says_nothing(text):
    assert detect_language(text) is None


def test_the_assumed_language_stands_unless_the_text_is_clearly_another():
    assert language_of(ENGLISH, "en") == ("en", None)
    assert language_of(ENGLISH, "en-GB") == ("en-GB", None)  # the same language: the corpus's tag is kept
    assert language_of("SMITH: Ja.\n\nJONES: Nein.\n", "en") == ("en", None)
    tag, warning = language_of(ARABIC, "en")
    assert tag == "ar" and "reads as Arabic" in warning and "corpus language en" in warning and "sidecar" in warning
    assert language_of(JAPANESE, "ja") == ("ja", None)


@pytest.mark.parametrize("text, assumed, expected", [
    ("问：您是哪一年来上海的？\n\n答：一九八五年。\n", "en", "zh"),  # too short for CLD2: the script tells
    ("问：您是哪一年来上海的？\n\n答：一九八五年。\n", "ja", "ja"),  # kanji alone: a Japanese corpus keeps its language
    ("山田：はい、そうです。\n\n佐藤：本当に？\n", "en", "ja"),  # kana: Japanese
    ("ЖУКОВА: Мы начали в 1991 году.\n\nИВАНОВ: Да.\n", "en", "und-Cyrl"),  # Cyrillic serves many languages
    ("ЖУКОВА: Мы начали в 1991 году.\n\nИВАНОВ: Да.\n", "uk", "uk"),
    ("רחל: כן.\n\nדוד: לא, תודה רבה לך.\n", "en", "und-Hebr"),
    ("SMITH: We met Дмитрий in Москва.\n\nJONES: And then?\n", "en", "en"),  # a few words in another script
])
def test_a_short_text_in_another_script_takes_that_scripts_language(text, assumed, expected):
    tag, warning = language_of(text, assumed)
    assert tag == expected
    assert (warning is None) == (expected == assumed)
    if expected.startswith("und-"):
        assert "language undetermined" in warning


def test_a_transcript_without_a_stated_language_is_declared_in_the_language_it_is_written_in(tmp_path):
    """No sidecar language, no header field: the TEI's xml:lang and langUsage follow the text (Arabic, German), with a
    warning; a stated language ("German" in front matter, the sidecar's) wins without one."""
    from tei_edition.convert import convert_file

    arabic = tmp_path / "ar.txt"
    arabic.write_text(ARABIC, encoding="utf-8")
    conversion = convert_file(arabic)
    root = conversion.tree.getroot()
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "ar"
    assert [(l.get("ident"), l.text) for l in root.iter("{http://www.tei-c.org/ns/1.0}language")] == [("ar", "Arabic")]
    assert any("reads as Arabic" in w for w in conversion.warnings)
    german = tmp_path / "de.md"
    german.write_text(GERMAN, encoding="utf-8")
    assert convert_file(german).tree.getroot().get("{http://www.w3.org/XML/1998/namespace}lang") == "de"
    stated = tmp_path / "stated.md"
    stated.write_text("---\nlanguage: German\n---\n" + GERMAN, encoding="utf-8")
    conversion = convert_file(stated)
    assert conversion.tree.getroot().get("{http://www.w3.org/XML/1998/namespace}lang") == "de"
    assert not [w for w in conversion.warnings if "language" in w]
    (tmp_path / "ar.toml").write_text('language = "fa"\n', encoding="utf-8")  # the sidecar is believed
    conversion = convert_file(arabic)
    assert conversion.tree.getroot().get("{http://www.w3.org/XML/1998/namespace}lang") == "fa"
    assert not [w for w in conversion.warnings if "language" in w]


def test_language_names_and_codes():
    assert [language_name(tag) for tag in ("en", "de", "ja", "he", "fa", "zh-Hant", "und-Arab", "en-GB", "qaa")] == [
        "English", "German", "Japanese", "Hebrew", "Persian", "Chinese (Traditional)", "Undetermined (Arabic script)",
        "English", "qaa"]
    assert [language_code(name) for name in ("English", "japanese", " Hebrew ", "Klingon")] == ["en", "ja", "he", None]
