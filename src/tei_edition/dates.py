"""Dates as transcripts and their headers print them, read as ISO dates (the header's @when, a headnote's date)."""

from __future__ import annotations

import re
from datetime import date as _calendar_date, timedelta as _timedelta

from .letters import MARK
from .patterns import lazy


def iso_date(text: str) -> str | None:
    """An ISO date for a date as printed ("1999-05-01", "May 1, 1999", "March 5th, 1999", "1 May 1999", "May 1999",
    "1999"), in English, German, French, Spanish, Portuguese ("12 de março de 2018"), Italian, Dutch, Russian, Polish,
    Czech, Swedish, Turkish, Finnish or Hindi ("14. März 2002", "14 mars 2002", "14 de marzo de 2002", "14 maart 2002", "17
    ноября 2009 г.", "12 maja 2015", "5 Haziran 2020"), or with full stops between numbers, day first ("21.9.2012",
    "3. 4. 2018"), or as Chinese, Japanese and Korean print it ("2021年4月10日"), the years of an era too (Japan's "令和3年4月10日",
    Taiwan's "民國110年3月5日", Thailand's Buddhist era "15 มีนาคม พ.ศ. 2543": 2000); None for anything else or an impossible day."""
    text = _DATE_WORDS.sub(" ", _ORDINAL.sub("", _WEEKDAY.sub("", text.strip().casefold(), 1)))
    if not text.isascii() and (solar := _solar_hijri(text)):  # "۱۲ مهر ۱۳۸۳", Iran's and Afghanistan's calendar
        return solar
    if era := _ERA.match(text):  # "令和3年4月10日", "民國110年3月5日": the era's year in the common era
        start, end = _ERAS[era.group("era")]
        year = start[0] - 1 + (1 if era.group("n") == "元" else int(era.group("n")))
        found = iso_date(f"{year}年{era.group('rest')}")
        return found if found and (len(found) < 10 or start <= tuple(map(int, found.split("-"))) <= end) else None
    text = _BUDDHIST_ERA.sub(lambda year: str(int(year.group(1)) - 543), text)  # "พ.ศ. 2543": 2000
    text = " ".join(text.split()).replace(" ,", ",").strip(" ,")
    if _ISO_DATE.fullmatch(text):
        year, month, day = (*map(int, text.split("-")), 1, 1)[:3]
        if len(text) == 4:
            # a year alone in Arabic script's digits before 1600 is of a Hijri calendar, solar or lunar ("۱۳۸۳")
            return None if "\u0660" <= text[0] <= "\u06f9" and year < 1600 else f"{year:04d}"
        if not _valid_day(year, month, day):  # not "1999-13" or "1999-02-30"
            return None
        return f"{year:04d}-{month:02d}-{day:02d}"[:len(text)]  # in our digits where printed in others ("٢٠٠٤-١٠-٠٣")
    if slashed := _SLASHED.fullmatch(text):
        return _slashed_date(*map(int, slashed.groups()))
    if (month_year := _MONTH_SLASHED.fullmatch(text)) and 1 <= (month := int(month_year.group(1))) <= 12:
        return f"{month_year.group(2)}-{month:02d}"  # "11/1974", as a catalogue or a log sheet gives a month
    for pattern, order in _DATE_PATTERNS:
        found = pattern.fullmatch(text)
        if found and (found.group("m") in _MONTH_NUMBERS or found.group("m").isdigit() and 1 <= int(found.group("m")) <= 12):
            month = int(found.group("m")) if found.group("m").isdigit() else _MONTH_NUMBERS[found.group("m")]
            if "d" not in order:
                year = int(found.group("y"))
                return f"{year - 543 if year >= 2400 and found.group('m') in _THAI_MONTHS else year:04d}-{month:02d}"
            year, day = int(found.group("y")), int(found.group("d"))
            if year >= 2400 and found.group("m") in _THAI_MONTHS:
                year -= 543  # a Thai date's year is of the Buddhist era ("5 มีนาคม 2562"): no year of ours
            return f"{year:04d}-{month:02d}-{day:02d}" if _valid_day(year, month, day) else None  # "May 32, 1999"
        if found and found.group("m") in _SOLAR_HIJRI_MONTHS:  # in Latin letters: "12 Mehr 1383"
            return _solar_hijri(text)
    return _solar_hijri(text) if text.endswith((" sh", " ap", " solar hijri")) else None  # "12 Mehr 1383 SH"


def _solar_hijri(text: str) -> str | None:
    """The Gregorian date of a Solar Hijri date with its month's name, as Iran ("۱۲ مهر ۱۳۸۳", "12 Mehr 1383") and
    Afghanistan ("۱۲ میزان ۱۳۸۳") print it: 2004-10-03. A month with its year alone gives the Gregorian year where
    the month lies within one ("مهر ۱۳۸۳": 2004; not Dey, from December to January)."""
    found = _SOLAR_HIJRI_DATE.fullmatch(text)
    if not found or found.group("m") not in _SOLAR_HIJRI_MONTHS:
        return None
    year, month = int(found.group("y")), _SOLAR_HIJRI_MONTHS[found.group("m")]
    if not _SOLAR_HIJRI_YEARS[0] <= year <= _SOLAR_HIJRI_YEARS[1]:
        return None
    if found.group("d") is None:
        return None if month == 10 else f"{year + (621 if month < 10 else 622):04d}"
    day = int(found.group("d"))
    # months 1-6 have 31 days, 7-11 30, Esfand 29, or 30 in a leap year
    length = 31 if month <= 6 else 30 if month <= 11 else 29 + _solar_hijri_leap(year)
    if not 1 <= day <= length:
        return None
    offset = (month - 1) * 31 - max(0, month - 7) + day - 1  # days since the first of Farvardin
    return (_nowruz(year) + _timedelta(offset)).isoformat()


def _solar_hijri_leap(year: int) -> bool:
    """Whether Esfand of ``year`` has 30 days: the 1st, 5th, 9th, 13th, 17th, 22nd, 26th and 30th year of each 33, the
    cycle that puts the first of Farvardin on the day of the March equinox (before noon at Tehran's meridian, else
    the day after) in every year of _SOLAR_HIJRI_YEARS."""
    return year % 33 in (1, 5, 9, 13, 17, 22, 26, 30)


def _nowruz(year: int) -> _calendar_date:
    """The Gregorian day of the first of Farvardin, counted from 1 Farvardin 1403, 20 March 2024, a year at a time."""
    day, known = _calendar_date(2024, 3, 20), 1403
    step = 1 if year > known else -1
    for counted in range(known, year, step):
        days = 365 + _solar_hijri_leap(counted if step > 0 else counted - 1)
        day += _timedelta(days * step)
    return day


def _slashed_date(first: int, second: int, year: int) -> str | None:
    """The date "18/05/1998" or "05/18/1998" prints where only one of day-first and month-first is a date (a day
    after the 12th, or both numbers the same); None where both are ("03/05/1998": 3 May or March 5, as the country
    writes it)."""
    readings = {(month, day) for month, day in ((second, first), (first, second)) if _valid_day(year, month, day)}
    if len(readings) != 1:
        return None
    (month, day), = readings
    return f"{year:04d}-{month:02d}-{day:02d}"


def _valid_day(year: int, month: int, day: int) -> bool:
    try:
        _calendar_date(year, month, day)
    except ValueError:
        return False
    return True


#: Month names (and their genitive and short forms) in the languages whose dates the reader takes from a header.
_MONTH_WORDS = (
    "january jan januar jänner janvier janv enero ene gennaio gen januari janeiro январь января янв stycznia styczeń ledna leden ocak tammikuuta जनवरी",
    "february feb februar février fevrier févr fevr febrero febbraio februari fevereiro февраль февраля фев lutego luty února únor şubat helmikuuta फरवरी फ़रवरी फ़रवरी",
    "march mar märz maerz mär mars marzo maart mrt março marco март марта marca marzec března březen mart maaliskuuta मार्च",
    "april apr avril avr abril abr aprile апрель апреля апр kwietnia kwiecień dubna duben nisan huhtikuuta अप्रैल अप्रेल",
    "may mai mayo maggio mag mei maio май мая maja maj května květen mayıs toukokuuta मई",
    "june jun juni juin junio giugno giu junho июнь июня czerwca czerwiec června červen haziran kesäkuuta जून",
    "july jul juli juillet juil julio luglio lug julho июль июля lipca lipiec července červenec temmuz heinäkuuta जुलाई",
    "august aug août aout agosto ago augustus август августа авг augusti sierpnia sierpień srpna srpen ağustos elokuuta अगस्त",
    "september sep sept septembre septiembre setiembre settembre set setembro сентябрь сентября сен września wrzesień září eylül syyskuuta सितंबर सितम्बर",
    "october oct oktober okt octobre octubre ottobre ott outubro октябрь октября окт października październik října říjen ekim lokakuuta अक्टूबर अक्तूबर",
    "november nov novembre noviembre novembro ноябрь ноября ноя listopada listopad listopadu kasım marraskuuta नवंबर नवम्बर",
    "december dec dezember dez décembre decembre déc diciembre dic dicembre dezembro декабрь декабря дек grudnia grudzień prosince prosinec aralık joulukuuta दिसंबर दिसम्बर",
)
_HEBREW_MONTHS = "ינואר פברואר מרץ/מרס אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר".split()
_THAI_MONTH_WORDS = ("มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน"
                     " ธันวาคม").split()
_THAI_MONTHS = frozenset(_THAI_MONTH_WORDS)
_MONTH_WORDS = tuple(" ".join(word for word in words if word != "-") for words in zip(
    _MONTH_WORDS, _THAI_MONTH_WORDS,
    # the Ukrainian months, in the genitive ("5 травня 2016"); the Irish ones of one word (Meán Fómhair and Deireadh
    # Fómhair are two: not read); the Arabic ones, as Egypt and the Gulf name them and as the Levant does (one word)
    "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня".split(),
    "eanáir feabhra márta aibreán bealtaine meitheamh iúil lúnasa - - samhain nollaig".split(),
    "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split(),
    "- شباط آذار نيسان أيار حزيران تموز آب أيلول - - -".split(),
    # the Estonian ones unlike the others' ("14. märts 2003")
    "jaanuar veebruar märts aprill - juuni juuli - - oktoober - detsember".split(),
    # the Greek ones, in the genitive a date prints ("14 Μαΐου 2015")
    "ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου ιουλίου αυγούστου σεπτεμβρίου οκτωβρίου νοεμβρίου δεκεμβρίου".casefold().split(),
    # the Indonesian and Malay ones, and the Swahili ones, where they are not spelt as another language spells them
    "- - maret - - - - agustus - - - desember".split(),
    # the Persian ones ("۳ اکتبر ۲۰۰۴"; March is spelt as Arabic spells it)
    "ژانویه فوریه - آوریل مه ژوئن ژوئیه اوت سپتامبر اکتبر نوامبر دسامبر".split(),
    "- - machi aprili - - julai agosti septemba oktoba novemba desemba".split(),
    # the Icelandic ones unlike the others' ("14. maí 1999")
    "janúar febrúar - apríl maí júní júlí ágúst - október nóvember -".split(),
    # the Welsh ones ("9 Hydref 2015"; May is "Mai", as German spells it)
    "ionawr chwefror mawrth ebrill - mehefin gorffennaf awst medi hydref tachwedd rhagfyr".split(),
    # the Hebrew ones, alone and after the preposition a date joins to them ("3 במאי 1998", "3 in May 1998"); March
    # spelt both ways
    [" ".join(f"{spelt} ב{spelt}" for spelt in month.split("/")) for month in _HEBREW_MONTHS],
))
_MONTH_NUMBERS = {word: number for number, words in enumerate(_MONTH_WORDS, start=1) for word in words.split()}
# Ordinal endings ("5th", "1er") and the words around the parts of a date ("14 de marzo de 2002", "the 3rd of May",
# "17 ноября 2009 г.").
_ORDINAL = re.compile(r"(?<=\d)(?:st|nd|rd|th|er|ᵉʳ)\b")
# (and the article a French, Spanish or Italian letter's dateline prints before the day: "Longwy, le 15 octobre 2003",
# "Madrid, el 3 de mayo de 2001", "Roma, il 5 maggio 2018")
_DATE_WORDS = re.compile(r"\b(?:de|del|of|the|den)\b|^(?:le|el|il)\s(?=\d)|\s(?:г\.?|года?|р\.?|року)$")
# A weekday's name before the date ("Wednesday, April 10, 2019", "Mittwoch, 10. April 2019"): no part of it.
_WEEKDAY = re.compile(
    r"^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag"
    r"|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes"
    r"|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica"
    r"|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
    r"|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b\.?,?\s+(?=\S*\d|\w+\s+\d)"  # (and as apps shorten it: "Thu,")
)
def is_weekday(word: str) -> bool:
    """Whether ``word`` is a weekday's name, in full or shortened ("Tuesday", "mardi", "Thu.")."""
    return bool(_WEEKDAY.match(word.strip().casefold() + " 1"))


# The years of an era, as Japan and Taiwan count them ("令和3年" is 2021, "元年" an era's first year), each era's first
# and last day (Japan's); and Thailand's Buddhist era, 543 years ahead ("พ.ศ. 2543" is 2000).
_ERAS = {
    "令和": ((2019, 5, 1), (9999, 12, 31)), "平成": ((1989, 1, 8), (2019, 4, 30)),
    "昭和": ((1926, 12, 25), (1989, 1, 7)), "大正": ((1912, 7, 30), (1926, 12, 24)),
    "民國": ((1912, 1, 1), (9999, 12, 31)), "民国": ((1912, 1, 1), (9999, 12, 31)),
}
_ERA = re.compile(r"(?P<era>令和|平成|昭和|大正|民國|民国)\s?(?P<n>\d{1,3}|元)\s?年(?P<rest>.*)")
_BUDDHIST_ERA = re.compile(r"(?:พ\.\s?ศ\.|พุทธศักราช)\s?(\d{4})\b")
# The months of the Solar Hijri calendar, as Iran names them (in Persian, with Arabic's yeh and kaf too, and in Latin
# letters) and as Afghanistan does (the signs of the zodiac), and the years whose first day the 33-year cycle gives
# right (1899-2121: before 1278 it and the equinox part ways)
_SOLAR_HIJRI_MONTHS = {name: number for number, names in enumerate(zip(
    "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند".split(),
    "فروردين ارديبهشت خرداد تير مرداد شهريور مهر آبان آذر دي بهمن اسفند".split(),
    "حمل ثور جوزا سرطان اسد سنبله میزان عقرب قوس جدی دلو حوت".split(),
    "farvardin ordibehesht khordad tir mordad shahrivar mehr aban azar dey bahman esfand".split(),
), start=1) for name in names} | {"امرداد": 5, "amordad": 5, "ābān": 8, "āzar": 9}
_SOLAR_HIJRI_YEARS = (1278, 1500)
# A Solar Hijri date: the weekday before it or not, the day or not, the month's name ("مهر", "مهرماه", "مهر ماه"),
# the year, and the era's mark after it or not ("ه‍.ش", "هجری شمسی", "خورشیدی", "SH", "AP")
_SOLAR_HIJRI_DATE = lazy(
    r"(?:\S*(?:شنبه|جمعه)[،,]?\s+)?(?:(?P<d>\d{1,2})\s*)?(?P<m>[^\W\d_]+?)(?:\u200c?\s?ماه)?[،,]?\s+(?P<y>\d{4})"
    r"(?:\s*(?:ه[\u200dـ]?\s?\.?\s?ش\.?|(?:هجری\s+)?شمسی|خورشیدی|sh|ap|solar\s+hijri))?"
)
_ISO_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_MONTH_SLASHED = re.compile(r"(\d{1,2})/(\d{4})")
# (a month's name may hold vowel signs: Hindi "अगस्त")
_MONTH_NAME = rf"(?:[^\W\d_]|{MARK})+"
_DATE_PATTERNS = tuple(
    (re.compile(pattern.replace("MONTH", _MONTH_NAME)), order) for pattern, order in (
        (r"(?P<m>MONTH)\.?\s+(?P<d>\d{1,2}),?\s+(?P<y>\d{4})", "mdy"),
        (r"(?P<d>\d{1,2})\.?\s*(?P<m>MONTH)\.?,?\s+(?P<y>\d{4})", "dmy"),
        (r"(?P<m>MONTH)\.?,?\s+(?P<y>\d{4})", "my"),
        # the day, the month's name and the year joined by hyphens, as CHAT headers print a date ("05-MAY-1980")
        (r"(?P<d>\d{1,2})-(?P<m>MONTH)-(?P<y>\d{4})", "dmy"),
        # the day, the month's number and the year with full stops between them, as German, Czech, Polish, Finnish,
        # Turkish and Russian print a date ("21.9.2012", "3. 4. 2018"): always day first
        (r"(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>\d{4})", "dmy"),
        # Vietnamese: "ngày 12 tháng 3 năm 2018", "tháng 3 năm 2018" (the day, the month's number, the year)
        (r"(?:ngày\s+)?(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2}),?\s+năm\s+(?P<y>\d{4})", "dmy"),
        (r"tháng\s+(?P<m>\d{1,2}),?\s+năm\s+(?P<y>\d{4})", "my"),
        # Chinese, Japanese and Korean: "2021年4月10日", "2021년 4월 10일"
        (r"(?P<y>\d{4})\s?[年년]\s?(?P<m>\d{1,2})\s?[月월]\s?(?P<d>\d{1,2})\s?[日일]", "ymd"),
    )
)


# Several days of one month printed as one date: "March 3 and 10, 2004", "June 2, 9 and 16, 1987", "3 and 10 March
# 2004" (an interview of two sessions or more, as a header's "Date:" prints it).
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DAYS = rf"(?P<days>{_DAY}(?:(?:,\s*|\s+(?:and|&)\s+|,\s+and\s+){_DAY})+)"
_DAYS_OF_A_MONTH = (
    lazy(rf"(?P<m>{_MONTH_NAME})\.?\s+{_DAYS},?\s+(?P<y>\d{{4}})"),
    lazy(rf"{_DAYS}\.?\s+(?P<m>{_MONTH_NAME})\.?,?\s+(?P<y>\d{{4}})"),
)
_A_DAY = lazy(_DAY)


def iso_days(text: str) -> list[tuple[str, str, str]] | None:
    """The days of a date that prints several days of one month ("March 3 and 10, 2004", "3 and 10 March 2004"), each
    as (its part of the printed text, its ISO date, the text between it and the next part): ("March 3", "2004-03-03",
    " and "), ("10, 2004", "2004-03-10", ""); else None (one date, or a day that is none)."""
    text = text.strip()
    for pattern in _DAYS_OF_A_MONTH:
        found = pattern.fullmatch(text)
        if not found or found.group("m").casefold() not in _MONTH_NUMBERS:
            continue
        month = f"{found.group('m')} " if found.start("m") == 0 else f" {found.group('m')}"
        days = list(_A_DAY.finditer(text, found.start("days"), found.end("days")))
        parts = []
        for index, day in enumerate(days):
            iso = iso_date(f"{day.group(0)}{month} {found.group('y')}" if found.start("m") else
                           f"{month}{day.group(0)} {found.group('y')}")
            if iso is None:
                return None
            start = 0 if index == 0 else day.start()
            end = len(text) if index == len(days) - 1 else day.end()
            between = "" if index == len(days) - 1 else text[end:days[index + 1].start()]
            parts.append((text[start:end], iso, between))
        return parts
    return None


#: A broadcast line: the participle and the day of the broadcast ("Sänt 14 juli 2021", "Sendt 3. august 2019 på P1",
#: "Gesendet am 3. Mai 2019", "Diffusé le 4 juin 2015", "Broadcast 14 July 2021"), the channel after it or not.
BROADCAST_DATE = re.compile(
    r"\s*(?i:aired|broadcast|first\s+broadcast|sänt|sändes|sendt|sendes|gesendet|ausgestrahlt|diffusée?|emitid[oa]"
    r"|trasmess[oa]|uitgezonden|lähetetty"
    # (or the broadcast's noun: "Sendung vom 3. Mai 1985", "Émission du 4 juin 2015", "Trasmissione del 5 maggio 2018")
    r"|sendung\s+vom|ausstrahlung\s+vom|émission\s+du|emisión\s+del|trasmissione\s+del|uitzending\s+van)"
    r"(?:\s+(?i:on|den|am|le|el|il|op|em))?"
    rf"\s+(?P<date>(?:{_MONTH_NAME}\.?\s+)?\d{{1,2}}\.?,?\s+(?:{_MONTH_NAME}\.?,?\s+)?\d{{4}})"
    # (the hour after it: "– 14:00 ET", or a programme's slot, "9–10 a.m.")
    r"(?:\s+(?i:på|on|in|auf|im|sur|en|su|op|em|i)\s+\S.{0,40}|\s*[-–—,]\s*\d{1,2}(?:[:.]\d{2}|(?:[:.]\d{2})?\s*[-–]\s*\d{1,2}"
    r"(?:[:.]\d{2})?\s*(?i:[ap]\.?m\b\.?)).{0,20})?\.?\s*"
)


#: A date with the clock time after it, and the recording's length after that or not, as a transcription app heads
#: its export ("Thu, Mar 7, 2024 10:03AM • 6:12", Otter's; "14 March 2023, 09:30", "2023-11-14 09:42").
DATE_AND_TIME = lazy(
    # (or the hour alone before a.m. or p.m.: "Tuesday, 2 May 2023, 10 a.m.", as a council's record heads a meeting)
    r"\s*(?P<date>\d{4}-\d{2}-\d{2}|.*?\d{4}),?\s+\d{1,2}(?:[:.]\d{2}\s?(?:[AaPp]\.?[Mm]\.?)?|\s?[AaPp]\.?[Mm]\.?)"
    # (an e-mail's Date: header, the seconds and the zone after the time: "Tue, 4 Feb 2014 09:12:44 -0500")
    r"(?:(?<=\d):\d{2}\s+[+-]\d{4}(?:\s+\([A-Z]{2,5}\))?)?"
    r"(?:\s*[•·|–-]\s*\d{1,2}(?:[:.]\d{2}){1,2})?\s*")  # (and the hour it ended: "14/07/1983 12.30–13.00")


def day_of(text: str) -> str | None:
    """The ISO date of a date as printed, its clock time after it or not ("2023-11-14 09:42": 2023-11-14), or a remark
    in brackets ("3 February 2021 (Zoom)", "12 May 1987 (afternoon)")."""
    return iso_date(text) or ((timed := DATE_AND_TIME.fullmatch(text)) and iso_date(timed.group("date"))) or (
        text.endswith(")") and (bare := _REMARK_AFTER.sub("", text)) != text and iso_date(bare)) or None


_REMARK_AFTER = lazy(r"[ \t]*\([^()\n]{1,40}\)$")
