"""Header data printed in a transcript: YAML front matter and a preamble metadata block (``DATE: …``)."""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from collections.abc import Callable

from ..dates import BROADCAST_DATE, day_of, is_weekday, iso_date
from ..textio import _XML_FORBIDDEN
from ..letters import COURT_CAST, KINSHIP, CASELESS, CJK_NAME_LETTERS, MARK, MONTHS, NAME_SUFFIXES, NAMES_AND, PARTICLES, REDACTED, UPPER
from ..patterns import guarded, lazy

#: The model's metadata keys, and the spellings transcripts use for them, in English, German, French, Spanish,
#: Italian, Dutch and Russian (looked up without case, accents or brackets: "Interviewé(e)" is "interviewee").
_SPELLINGS = {
    # (and a radio script's "PROGRAMME: Archive Hour — The Long Shift")
    "title": "title | titel | titre | título | titolo | название | заголовок | programme | programme title | program"
             " | sendung | émission",  # (a German or French log sheet's "Sendung: Nachtgespräch")
    "interviewee": """
        interviewee | interviewees | narrator | narrators | guest | guests | respondent | respondents | panelist
        | panelists | panellist | panellists | intervjueeritav | jutustaja
        | interviewte | interviewter | interviewten | interviewpartner | interviewpartnerin | befragte | befragter
        | zeitzeuge | zeitzeugin | gesprächspartner | gesprächspartnerin | gast | gäste
        | interviewé | interviewée | interviewés | interviewées | personne interviewée | témoin | enquêté | enquêtée
        | invité | invitée | invités | invitées | intervenant | intervenante | intervenants | intervenantes
        | entrevistado | entrevistada | entrevistados | entrevistadas | entrevistado/a | informante | invitado
        | invitada | invitados
        | intervistato | intervistata | intervistati | intervistate | testimone | ospite | ospiti
        | geïnterviewde | geïnterviewden | verteller | vertelster
        | интервьюируемый | интервьюируемая | респондент | рассказчик | рассказчица | информант | информантка
        | собеседник | собеседница | гость | гости
        | респондентка | оповідач | оповідачка | співрозмовник | співрозмовниця
        | agallaí | الضيف | الضيفة | الراوي | الراوية | مصاحبه‌شونده
        | 話し手 | 語り手 | 受访者 | 受訪者 | 受访人 | 被访者 | 구술자 | 피면담자
        | pamětník | pamětnice | respondentka | mhojiwa | συνεντευξιαζόμενος | συνεντευξιαζόμενη | child
        | answered by | person interviewed
        | haastateltava | interjúalany | narasumber | elkarrizketatua | người được phỏng vấn
        | intervjuperson | intervjuobjekt | intervjuad | informant | rozmówca | rozmówczyni | görüşülen | उत्तरदाता | साक्षात्कारदाता | ผู้ให้สัมภาษณ์
        | panel
        | depoente | meddelare | sagesperson | świadek | कथावाचक | cyfwelai | siaradwr | siaradwraig
        | relacjonujący | relacjonująca
        | consultant | language consultant | viðmælandi | heimildarmaður""",
    "interviewer": """
        interviewer | interviewers | interviewed by | conducted by | host | hosts | moderator | moderators | asked by
        | moderated by | chair | chaired by | interviewing officer | interviewing officers | facilitator | facilitators
        | researcher
        | interviewerin | interviewt von | interview geführt von | geführt von | befragt von | moderation
        | moderatorin
        | intervieweur | intervieweuse | enquêteur | enquêtrice | interviewé par | entretien réalisé par
        | entretien mené par | animateur | animatrice
        | entrevistador | entrevistadora | entrevistadores | entrevistador/a | entrevistado por
        | entrevista realizada por | moderador | moderadora
        | intervistatore | intervistatrice | intervistato da | intervista a cura di | moderatore | moderatrice
        | interviewster | geïnterviewd door | afgenomen door | gespreksleider
        | интервьюер | записал | записала | записали | интервью брал | интервью брала | интервью взял
        | интервью взяла | ведущий | ведущая | беседовал | беседовала
        | інтерв'юер | інтерв'юерка | записав | записала | розмову вів | розмову вела | ведучий | ведуча
        | agallóir | المحاور | المحاورة | أجرى المقابلة | أجرت المقابلة | حاوره | حاورها | حاورته | أجرى الحوار | مصاحبه‌گر
        | مصاحبه‌کننده | ראיין | ראיינה | ראיינו | מראיין | מראיינת
        | 聞き手 | インタビュアー | 采访者 | 採訪者 | 采访人 | 访谈者 | 訪談者 | 면담자 | 인터뷰어 | 기자 | 취재 | 사회 | 진행 | 司会 | 司会者
        | tazatel | tazatelka | mhojaji | συνεντευκτής | συνεντεύκτρια
        | haastattelija | riporter | kérdező | pewawancara | elkarrizketatzailea | phỏng vấn viên | người phỏng vấn
        | intervjuare | intervjuer | rozmawiał | rozmawiała | rozmawiali | przeprowadził | przeprowadziła | wywiad
        przeprowadził | wywiad przeprowadziła | ptal se | ptala se | ptali se | prowadzący | prowadząca | görüşmeci
        | röportaj | söyleşi | röportajı yapan | साक्षात्कारकर्ता | ผู้สัมภาษณ์
        | presenter | presenters | entrevistadora/es | upptecknare | upptecknat av | intervjuad av
        | rozmowę przeprowadził | rozmowę przeprowadziła | rozmowę przeprowadzili | nagrywający | nagrywająca | holwr | holwraig | cyfwelydd
        | thực hiện | phóng viên | küsitleja | intervjueerija
        | linguist | fieldworker | field worker | spyrill""",
    "date": """
        date | interview date | date of interview | recorded | recording date | date recorded | date answered
        | dates | interview dates | dates of interview | recording dates
        | datum | interviewdatum | aufnahmedatum | datum des interviews | gesprächsdatum | aufnahme
        | date de l'entretien | date de l'enregistrement | date d'enregistrement
        | fecha | fecha de la entrevista | fecha de grabación
        | data | data dell'intervista | data di registrazione
        | datum van het interview | opnamedatum
        | дата | дата записи | дата интервью | tarehe | 日付 | 日時 | 日期 | 일시 | 날짜 | 면담일 | 면담 일시 | 면담일시 | 구술일
        | päivämäärä | haastattelupäivä | dátum | tanggal | ngày | ngày phỏng vấn
        | intervjudatum | data wywiadu | tarih | दिनांक | तारीख | วันที่
        | datum nahrávání | datum nahrání | datum rozhovoru | data nagrania | data rozmowy | inspelad
        | inspelningsdatum | data da entrevista | data de gravação | 时间 | 時間 | 采访时间 | 採訪時間 | dyddiad
        | dato | dáta | التاريخ | تاریخ | ημερομηνία | broadcast | aired | air date | broadcast date | date of broadcast | first broadcast | sendedatum | gesendet
        | tx date | transmission date | date of transmission
        | date de diffusion | diffusion | fecha de emisión | emisión | data di trasmissione | kuupäev | dagsetning""",
    "place": """
        place | location | interview place | interview location | place of interview
        | ort | aufnahmeort | interviewort | ort des interviews
        | lieu | lieu de l'entretien | lieu de l'enregistrement | lieu d'enregistrement
        | lugar | lugar de la entrevista | lugar de grabación
        | luogo | luogo dell'intervista | luogo di registrazione
        | plaats | locatie | opnameplaats
        | место | место записи | место интервью | місце | місце запису
        | sted
        | local | local da entrevista | local de gravação | inspelningsort | miejsce nagrania | místo nahrávání
        | 采访地点 | 採訪地點 | lleoliad
        | paikka | helyszín | tempat | lekua | địa điểm | plats | sted | miejsce | místo | yer | स्थान | สถานที่
        | 地點 | 地点 | 場所 | 장소 | 면담 장소 | 면담장소 | áit | المكان | مکان | τόπος | mahali | koht | salvestuskoht
        | staður | staðsetning""",
    # who gives evidence at an inquiry or a hearing ("Witness: Dr Samuel Adeyemi, Environment Agency"): the witness,
    # as a committee's record names the role
    "witness": "witness | witnesses",
    "language": "language | lang | sprache | langue | idioma | lengua | lingua | taal | язык",
    # everyone who speaks, without a role: "Participants: Anna Berg, Anna Lind" (speakers.py matches labels to them)
    "participants": """
        participants | teilnehmer | teilnehmende | teilnehmerinnen | participants et participantes | participantes
        | partecipanti | deelnemers | участники | also present | other persons present | persons present | 出席者
        | others present
        | parent | parents | guardian | parent present | guardian present""",
    # who translates or interprets: a header key only where its value reads as names (see _key_lines), since the
    # same word labels the translator's turns ("TRANSLATOR: She arrived in 1974.")
    "translator": """
        translator | translators | interpreter | interpreters | translated by | interpreted by | translation by
        | voice-over | voiced by
        | übersetzer | übersetzerin | dolmetscher | dolmetscherin | übersetzung | traducteur | traductrice
        | traducteurs | interprète | interprètes | traduction | traductor | traductora | traductores | intérprete
        | intérpretes | traducción | traduttore | traduttrice | traduttori | interprete | interpreti | traduzione
        | vertaler | vertaalster | tolk | vertaling | переводчик | переводчица | переводчики | перевод""",
}

#: "Conducted by" in German, French, Spanish and Italian, up to the interviewer's name, as a regular expression to be
#: used case-insensitively: "Das Gespräch führte …", "Die Fragen stellte …", "Geführt von …", "Propos recueillis par
#: …", "Entretien réalisé par …", "Entrevista realizada por …", "Intervista a cura di …". The headnote's credit names
#: the interviewer (speakers), and a closing credit after the last turn is no speech (readers.text).
CONDUCTED_BY_ABROAD = (
    r"(?:das|dieses)\s+(?:gespräch|interview)\s+führten?|die\s+fragen\s+stellten?"
    r"|(?:(?:interview|gespräch)\s+)?geführt\s+von"
    r"|(?:propos\s+recueillis|entretien\s+(?:réalisé|mené)|interview\s+réalisée)\s+par"
    r"|entrevista\s+(?:realizada|hecha)\s+por|(?:intervista\s+)?a\s+cura\s+di"
    # (and as Ukrainian and Russian papers credit who talked with the person: "Розмовляла Ірина Мельник", "Беседовал …")
    r"|розмовлял[аи]?|розмову\s+вел[аи]?|беседовал[аи]?|записал[аи]?"
)

_KEY_GAPS = re.compile(r"[\s_-]+")


# An interpreter's key with the languages or the kind before it: "BSL/English interpreter", "Sign language
# interpreter", "Spanish translator": the interpreter's key.
_QUALIFIED_INTERPRETER = lazy(r"(?:[\w/]+ ){1,2}(?P<key>interpreters?|translators?)")


def _lookup_form(key: str) -> str:
    """A key as the synonym tables hold it: one space between words, no case, accents, brackets or curly apostrophe."""
    key = _KEY_GAPS.sub(" ", key.replace("’", "'").replace("(", "").replace(")", "")).strip().casefold()
    return "".join(c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c))


def _header_key(key: str) -> str:
    """A header line's key as the synonym tables hold it, an interpreter's key with its languages read as the
    interpreter's ("BSL/English interpreter: Sam Patel"); only a header key, never a label ("BRENNER (via
    interpreter)")."""
    key = _lookup_form(key)
    if " / " in key and key not in _SYNONYMS and key not in _OTHER_KEYS:
        # a bilingual form's key, printed in both languages: "Dyddiad / Date", "Holwr / Interviewer" (the side the
        # tables know; none where neither side is a key, or the two sides are different keys)
        sides = {_SYNONYMS.get(side) or (side if side in _OTHER_KEYS else None): side for side in key.split(" / ")}
        sides.pop(None, None)
        if len(sides) == 1:
            return next(iter(sides.values()))
    if key.endswith(("interpreter", "interpreters", "translator", "translators")) and (
            found := _QUALIFIED_INTERPRETER.fullmatch(key)) and not key.startswith(("via ", "through ", "by ", "with ")):
        return found.group("key")
    return key


#: A broadcaster's keys of a log sheet: the station, the channel, when the programme went out (a time, or a date
#: printed with the time: "TX: 12.03.85 21:00 RADIO 4"). Any of them over a programme's keys vouches for the sheet.
_BROADCAST_KEYS = ("tx", "transmission", "tx time", "transmission time", "air time", "time on air", "station",
                   "channel", "network", "sender", "sendezeit", "chaîne", "heure de diffusion")

_SYNONYMS = {
    _lookup_form(spelling): key for key, spellings in _SPELLINGS.items() for spelling in spellings.split("|")
}
#: Keys a preamble metadata block may use besides the synonyms above (kept under their own name).
_OTHER_KEYS = {_lookup_form(k) for k in (
    "subject", "subjects", "topic", "topics", "keywords", "duration", "length", "transcriber", "transcribed by",
    "transcription", "project", "collection", "series", "episode", "format", "tape", "tapes", "session",
    "sessions", "id", "identifier", "accession", "rights", "copyright", "publisher", "source", "editor",
    # a radio script's transmission: "TX: 12.03.85 21:00 RADIO 4"; a broadcaster's log sheet: "Tape no.: RC/83/441",
    # "Producer: Moira Shields" (who made the programme, no speaker)
    "tx", "transmission", "tape no", "tape no.", "tape number", "producer", "producers", "produced by",
    # … its station and the hour it went out: "Station: WGBH-FM", "Air time: 21:00", "Sender: Radio Bremen"
    *_BROADCAST_KEYS,
    # an archive's catalogue header: "Accession no.: OH-2011-0047", "Restrictions: None", "Call number: …"
    "accession no", "accession no.", "accession number", "restrictions", "access restrictions", "call number",
    "call no.", "shelfmark",
    # a parliament's written question: "Question number: WQ 4471/22", "Date tabled: 8 March 2022"
    "question number", "question no", "question no.", "date tabled", "tabled",
    # an e-mail's header, where the interview was answered by e-mail: "From: Helen Okafor", "To: Mark Devlin"
    "from", "to", "sent", "cc",
    # a police interview's record: "Time commenced: 14:02"
    "time commenced", "time concluded", "time", "start time", "end time",
    # a research study's: "Study: Remote work and wellbeing (2021)"
    "study", "studie", "étude", "estudio", "studio",
    # and its pseudonymous codes: "Participant ID: P07" (a code, no one's name)
    "participant id", "participant no", "participant no.", "participant number", "participant code",
    "respondent id", "interview id", "interview no", "interview no.", "interview number", "case id",
    "edited by", "audio", "summary", "description", "abstract", "author", "program", "programme",
    # the Federal Writers' Project's life histories: "Writer: Mary A. Hicks" (who wrote it up), "Reviser: …"
    "writer", "reviser",
    # a podcast's or a journal's: "Published: 8 August 2022" (when it was published, not recorded)
    "published", "publication date", "release date", "released",
    # a research session's: "Note-taker: Mei Chen" (who took notes, no speaker)
    "note-taker", "notetaker", "note taker", "observer", "observers",
    # German, French, Spanish, Italian, Dutch, Russian
    "thema", "themen", "schlagwörter", "dauer", "länge", "transkription", "transkribiert von", "projekt",
    "sammlung", "bestand", "signatur", "kassette", "band", "sitzung", "quelle", "zusammenfassung",
    "sujet", "thème", "mots-clés", "durée", "transcription par", "transcrit par", "projet", "fonds", "cote",
    "cassette", "séance", "résumé",
    "tema", "temas", "palabras clave", "duración", "transcripción", "transcrito por", "proyecto", "colección",
    "fondo", "signatura", "cinta", "sesión", "fuente", "resumen",
    "argomento", "parole chiave", "durata", "trascrizione", "trascritto da", "progetto", "collezione", "nastro",
    "sessione", "fonte", "sommario", "riassunto",
    "onderwerp", "trefwoorden", "duur", "lengte", "transcriptie", "getranscribeerd door", "collectie", "bron",
    "samenvatting",
    "тема", "ключевые слова", "продолжительность", "длительность", "расшифровка", "расшифровал", "расшифровала",
    "проект", "коллекция", "фонд", "шифр", "кассета", "сессия", "источник", "аннотация", "описание",
)}
_ROLE_KEYS = {"interviewee", "interviewer"}
#: Keys whose value names people: the role keys and the translator's (see _key_lines).
_PERSON_KEYS = _ROLE_KEYS | {"translator", "participants", "witness"}
#: The plural spellings of the role keys: under them a comma separates people ("Interviewers: Okoro, Adler").
_PLURAL_KEYS = {_lookup_form(k) for k in (
    "interviewees | narrators | guests | respondents | panel | panelists | panellists | interviewers | hosts | moderators | presenters | witnesses"
    " | interviewten | gäste | interviewés | interviewées | invités | invitées | intervenants | intervenantes"
    " | entrevistados | entrevistadas"
    " | invitados | entrevistadores | intervistati | intervistate | ospiti | geïnterviewden | гости | записали"
    " | translators | interpreters | traducteurs | interprètes | traductores | intérpretes | traduttori | interpreti"
    " | переводчики | participants | teilnehmer | teilnehmende | teilnehmerinnen | participantes | partecipanti"
    " | deelnemers | участники"
).split("|")}
# (a key's vowel signs are part of it: "दिनांक: 15 अगस्त 2016", "วันที่: 5 มีนาคม 2562")
_META_LINE = re.compile(
    rf"^\s*(?P<key>[^\W\d_]{MARK}*(?:[^\W\d_]|{MARK}|[ .'’/()_\u200c-]){{0,40}}?)\s*[:：]\s*(?P<value>\S.*?)\s*$")
#: A name in a script that writes names without spaces (Chinese, Japanese, Korean): "佐藤健", "김철수" is a full name.
UNSPACED_NAME = re.compile(f"[{CJK_NAME_LETTERS}]{{2,8}}")
#: A Korean name typed with a space after each syllable ("김 영 희"), as some transcribers set it.
SPACED_SYLLABLES = re.compile(r"[\uac00-\ud7af](?:[ \t][\uac00-\ud7af]){2,3}")


def normalise_key(key: str) -> str:
    """A metadata field name as the model stores it: ``Date of interview`` → ``date``, ``Datum`` → ``date``."""
    return _SYNONYMS.get(_lookup_form(key)) or _KEY_GAPS.sub(" ", key).strip().casefold()


def _value(value: object) -> str:
    if isinstance(value, (list, tuple)):
        return "; ".join(_value(v) for v in value)
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_value(v)}" for k, v in value.items())
    # YAML escapes may write characters XML forbids ("\u0001"): they are no text, and lxml refuses them
    return "" if value is None else _XML_FORBIDDEN.sub("", str(value)).strip()


def front_matter(lines: list[str]) -> tuple[dict[str, str], int, str, list] | None:
    """YAML front matter at the very start (``---`` … ``---``): its fields (flattened to text), the index of its
    last line, a note explaining a block that looked like front matter but is not a valid YAML mapping, and the
    entries of its ``participants`` list as written (mappings of name, role, id, labels, affiliation: read as a
    sidecar's [[participants]] are, by speakers.py).

    Returns ``None`` when the file does not start with front matter (a ``---`` rule followed by a blank
    line, as in the seed, is a rule).
    """
    if len(lines) < 3 or lines[0].strip() != "---" or not re.match(r"^[A-Za-z_][\w -]*:", lines[1]):
        return None
    end = next((i for i in range(1, min(len(lines), 400)) if lines[i].strip() in ("---", "...")), None)
    if end is None:
        return None
    import yaml  # (here: most transcripts have no front matter, and importing yaml is ≈ 6 ms of the converter's import)

    try:
        data = yaml.safe_load("\n".join(lines[1:end]))
    except yaml.YAMLError as exc:
        return {}, -1, f"lines 1-{end + 1} look like YAML front matter but are not valid YAML ({exc.__class__.__name__}); read as text", []
    if not isinstance(data, dict):
        return None
    fields: dict[str, str] = {}
    for k, v in data.items():
        if _value(v):
            key = normalise_key(_value(k))
            # keys that normalise alike ("", "\u0003": no name at all) keep every value
            fields[key] = f"{fields[key]}; {_value(v)}" if key in fields else _value(v)
    listed = next((v for k, v in data.items() if normalise_key(str(k)) == "participants" and _value(v)), None)
    return fields, end, "", [] if listed is None else listed if isinstance(listed, list) else [listed]


#: Keys printed alone in capitals on the line above their value, as Otter.ai heads its exports (and Google Meet's
#: "Attendees" above the names of those who took part).
_KEY_ABOVE = {"SUMMARY KEYWORDS": "keywords", "KEYWORDS": "keywords", "SPEAKERS": "participants",
              "Attendees": "participants"}

# The lines of a Google Meet export's head after its attendees: "Transcript" and the notice on the machine's work.
_MEET_NOTICE = lazy(r"This (?:editable )?transcript was computer generated and might contain errors\.?"
                    r"(?: People can also change the text after it was created\.?)?")


def _meet_header(lines: list[str]) -> dict[str, str] | None:
    """The fields of Google Meet's head printed as one block: the meeting's title line (or none), "Attendees", the
    attendees' names, "Transcript" and the notice "This editable transcript was computer generated …" (each of
    the last two or not), with blank lines between them or not (see readers.text), else ``None``."""
    lines = [line.strip() for line in lines if line.strip()]
    if "Attendees" not in lines[:2]:
        return None
    at = lines.index("Attendees")
    names = lines[at + 1] if at + 1 < len(lines) else ""
    rest = lines[at + 2:]
    if rest[:1] == ["Transcript"]:
        rest = rest[1:]
    notice = rest[0] if rest and _MEET_NOTICE.fullmatch(rest[0]) else None
    if rest[1 if notice else 0:] or not names or not _reads_as_names(names):
        return None
    fields = {"title": lines[0]} if at else {}
    fields["participants"] = names
    if notice:
        fields["transcription"] = notice
    return fields


def meet_head_blocks(blocks: list[str]) -> int:
    """How many of a file's first blocks are Google Meet's head printed with blank lines between its parts (the
    title, "Attendees", the names, "Transcript", the notice: 3 to 5 blocks), else 0."""
    if "Attendees" not in (block.strip().split("\n")[0].strip() for block in blocks[:2]):
        return 0
    return next((count for count in range(min(5, len(blocks)), 2, -1)
                 if _meet_header("\n".join(blocks[:count]).split("\n"))), 0)


def metadata_block(lines: list[str], credited: Callable[[str], bool] | None = None) -> dict[str, str] | None:
    """The fields of a preamble block such as ``INTERVIEWEE: Jane Doe / DATE: May 1, 1999``, else ``None``.

    Every line must be ``KEY: value`` with a known key, except that a title line may head a block of at least
    two such lines ("Zeitzeugeninterview – Archiv Görlitz / Interviewte: … / Datum: …"): it is the ``title``
    (and, when it reads "Interview with NAME", names the interviewee). The value of an interviewer or
    interviewee key must read as names, not as a question ("Interviewer: Where were you born?" is a turn); in
    lines that name only interviewers and interviewees ("Moderator: … / Panelists: …", or one line alone),
    with no date, place or other key to vouch for the block, nothing but names and remarks on them, and no
    sentence ending in them ("Host: Welcome back / Guest: Thanks" is two turns). One line of a person's key under a
    title is a block where the title reads "Interview with …" or ``credited`` says the name speaks later.
    """
    lines = _wrapped_values(lines)
    if len(lines) == 2 and (key := _KEY_ABOVE.get(lines[0].strip())) and lines[1].strip():
        # "SUMMARY KEYWORDS" / "garden, plots, water", "SPEAKERS" / "Dana Whitfield, Luis Ortega": Otter's header
        return {key: lines[1].strip()}
    if len(lines) >= 3 and (meet := _meet_header(lines)):
        return meet
    fields = _key_lines(lines)
    if fields and set(fields) <= {"witness"}:
        return None  # "Witnesses: …" alone, a committee record's list, stays the headnote's (speakers._committee_roles)
    if fields and "title" not in fields and (first := _META_LINE.match(lines[0])) and (
            study := _header_key(first.group("key"))) in _STUDY_KEYS and study in fields:
        # "Study: Living with long-term pain (participant 14)" heading a block that prints no title: the study's
        # line, as printed, is the title (under a title line it is a key of the block: "Study: Remote work …")
        fields = {"title": lines[0].strip(), **{k: v for k, v in fields.items() if k != study}}
    # the title may take two or three lines ("National Life Stories / An Oral History of British Science"), over two
    # key lines at least
    heads = 0
    while heads < min(3, len(lines) - 1) and _TITLE_LINE.match(lines[heads]) and _no_key(lines[heads]) and not (
            heads and (place_and_date(lines[heads]) or _CREDIT_LINE.fullmatch(lines[heads]))):
        # ("Kabul, 22 November 2013" under the title is the keys' date, "Conducted by …" their interviewer)
        heads += 1
    if heads > 1 and len(lines) - heads < 2:
        heads = 1
    if fields is None and len(lines) >= 2 and heads:
        rest = _key_lines(lines[heads:])
        title = title_lines(lines[:heads])
        if rest and "title" in rest and heads == 1 and len(rest) >= 3 and (day_of(rest.get("date", "")) or any(
                _lookup_form(key) in _BROADCAST_KEYS for key in rest)):
            # a log sheet's heading over keys that give the programme's title and its day, month or hour on air
            # ("RADIO CLYDE ARCHIVE — PROGRAMME LOG" / "Programme: Clyde Lunchtime Phone-in" / "Tx date: 14/07/1983",
            # or "Tx: March 1987", "Air time: 21:00"): the keys' title is the record's, the sheet's heading a note on
            # the source
            return {"title": rest["title"], "form": title, **{k: v for k, v in rest.items() if k != "title"}}
        if rest is not None and "title" not in rest and (len(rest) >= 2 and (
            set(rest) - _PERSON_KEYS or all(len(_REMARK.sub(" ", v).split()) >= 2 or _UNSPACED_FULL_NAME.fullmatch(
                _REMARK.sub("", v).strip()) for v in rest.values())  # ("話し手：山田太郎": a full name unspaced)
        ) or len(rest) == 1 and heads == 1 and set(rest) <= _PERSON_KEYS and all(
            len(v.split()) >= 2 and _reads_as_names(v, strict=True) for v in rest.values()
        ) and (_interview_with(title) or credited and all(map(credited, rest.values()))) or len(rest) == 1 and heads == 1 and set(rest) == {"date"} and _A_DATE.fullmatch(rest["date"].strip())
        ):  # under a title, "Host: Welcome / Guest: Thanks" could be turns: a date or full names vouch for it; a
        # title "Interview with X" vouches for one line of full names under it ("Interviewer: James Holt"), and so
        # does the person's speaking later under a label of their own name (``credited``: "Presenter: Liz Green"
        # over "LIZ:"); a date alone is a date ("Date: 3 May 1999")
            fields = {"title": title, **rest}
            # "Hollins Mill Oral History Project" / "Interview with Catherine Doyle": the title's line that names her
            named = _interview_with(title) or next(
                (hit for line in lines[:heads] if heads > 1 and (hit := _interview_with(line.strip()))), None)
            if named and "interviewee" not in rest and _reads_as_names(named.group("name"), strict=True):
                # "Interview with Amina Haddad, Marseille, 9 October 2021": a place and a date after the name are no
                # remark on her (an affiliation); the name ends at the comma before them
                name = _PLACE_AND_DATE.sub("", named.group("name"))
                # … which, where the block prints no date of its own, are the interview's ("…, Llanidloes, 4 June 2008")
                placed = place_and_date(named.group("name")[len(name):].lstrip(", \t"))
                if placed and "date" not in rest:
                    fields["date"] = placed[1]
                    if placed[0] and "place" not in rest:
                        fields["place"] = placed[0]
                fields["interviewee"] = _FOOTNOTE.sub("", name).strip()
            return fields
    return fields


def _wrapped_values(lines: list[str]) -> list[str]:
    """Lines of keys with a value wrapped onto the next line joined again: the value goes on in a line indented under
    it or opening in lower case, with no key of its own ("Interviewee: Dr Margaret Okonkwo-Hughes, retired" /
    "    consultant obstetrician"), as a form's field or a typescript wraps a long value."""
    if not any(line[:1] in (" ", "\t") or line[:1].islower() for line in lines[1:]):
        return lines
    joined: list[str] = []
    for line in lines:
        if joined and (line[:1] in (" ", "\t") or line[:1].islower()) and line.strip() and (
                _META_LINE.match(joined[-1]) and not _META_LINE.match(line)):
            joined[-1] = f"{joined[-1].rstrip()} {line.strip()}"
        else:
            joined.append(line)
    return joined


# A full name written without a space, as a title's keys name people: Chinese characters (kanji), or two to four Korean
# syllables; kana and longer runs of Hangul are words too ("ようこそ", "안녕하세요": a greeting, a turn's).
_UNSPACED_FULL_NAME = lazy(r"[\u3400-\u4dbf\u4e00-\u9fff々]{2,6}|[\uac00-\ud7af]{2,4}")


# A date as a header prints it, with its year and nothing else: "3 May 1999", "May 3, 1999", "1999-05-03", "03/05/1999",
# "12 de março de 2018" (no sentence: at most six words of letters, digits and a date's punctuation).
_A_DATE = lazy(r"(?=.*\b(?:1[89]\d\d|20\d\d)\b)[\w.,/-]+(?: [\w.,/-]+){0,5}")


def _no_key(line: str) -> bool:
    """Whether a title line is no ``KEY: value`` line of a known key: "Panel: The Future of Local News" may head a
    block as its title, "Date: 3 May 1998" may not."""
    found = _META_LINE.match(line)
    return found is None or (key := _header_key(found.group("key"))) not in _SYNONYMS and key not in _OTHER_KEYS and not (
        (key in KINSHIP or key in COURT_CAST) and _reads_as_names(_SERVICE_NUMBER.sub("", found.group("value")),
                                                                  strict=True)) or (  # ("Mother: Ruth Cohen": a key)
        key in _PANEL_KEYS and not _reads_as_names(found.group("value"), strict=True))


# A soldier's service number before the rank and name ("22456789 Private Thomas Arthur Bell"), part of the name.
_SERVICE_NUMBER = lazy(r"^\s*\d{5,9}[ \t]+(?=[^\W\d_])")
# A key that also heads a title ("Panel: The Future of Local News"), a key only where people are named after it
# ("Panel: Alan Rusbridger, Marjorie Deane").
_PANEL_KEYS = {"panel"}
# A research study's key, kept under the "study" key of the block.
_STUDY_KEYS = {_lookup_form(key) for key in ("study", "studie", "étude", "estudio", "studio")}


# "Recorded 9 November 2004" among a header's key lines, without a colon: the interview's date; a place after a
# comma ("Recorded 17 March 2004, Whitby") is the interview's place.
_RECORDED_DATE = lazy(
    rf"\s*(?:Recorded|Interviewed)(?:\s+on)?\s+(?P<value>(?:\d{{1,2}}\s+)?(?:{'|'.join(MONTHS)})\s+(?:\d{{1,2}},?\s+)?"
    rf"(?:1[89]|20)\d{{2}})(?:,[ \t]+(?P<place>{UPPER}[\w'’.-]*(?:[ \t-]{UPPER}[\w'’.-]*){{0,2}}))?\.?\s*"
)


#: A place printed after a date and a comma ("…, Bradford", "…, Milton Keynes"): one to three capitalised words, no
#: weekday, no digit ("…, Tape 2", "…, Tuesday" and "…, afternoon session" name no place).
PLACE_AFTER_COMMA = (
    rf"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Tape|Side|Session|Part|Track)\b)"
    rf"(?P<place>{UPPER}[^\W\d_]*(?:['’.-][^\W\d_]+)*(?:[ \t-]{UPPER}[^\W\d_]*(?:['’.-][^\W\d_]+)*){{0,2}})"
)
# "Date: 9 July 2019, Kumasi": a date key's value with the place after a comma.
# (an ISO date too, as a field linguist's session record prints it: "Recorded: 2014-07-03, Simbai")
_DATE_COMMA_PLACE = lazy(rf"(?P<date>.*?\d{{4}}(?:-\d\d-\d\d)?),[ \t]+{PLACE_AFTER_COMMA}\.?")


#: A place's name before a date: up to three capitalised words, a particle between them or not ("Warszawa", "Rio de
#: Janeiro", "Frankfurt am Main").
PLACE_BEFORE_DATE = (rf"{UPPER}[\w'’.-]*(?:[ \t-](?:(?:de|da|do|dos|das|del|della|di|am|an|en|sur|upon|on)[ \t]+)?"
                     rf"{UPPER}[\w'’.-]*){{0,2}}")
def date_and_place(value: str) -> tuple[str, str] | None:
    """The place and the date of "9 July 2019, Kumasi" (a date, then a place after a comma), as place_and_date
    gives them, else None."""
    dated = _DATE_COMMA_PLACE.fullmatch(value) if "," in value else None
    return (dated.group("place"), dated.group("date")) if dated and iso_date(dated.group("date")) else None


# "Warszawa, 12 maja 2015", "İstanbul, 5 Haziran 2020": a place and a date, as a header prints them on one line
# without keys (the date must read as one, see place_and_date).
# (the year's word after it, as Ukrainian and Russian print a date: "Київ, 3 березня 2020 року", "… 2009 г.")
_PLACE_COMMA_DATE = re.compile(
    # (a place in a script without capitals, and the Arabic comma: "عمّان، ١٤ نيسان ٢٠١٨")
    rf"\s*(?P<place>{PLACE_BEFORE_DATE}|{CASELESS}(?:{CASELESS}|{MARK})*(?:[ \t]{CASELESS}(?:{CASELESS}|{MARK})*)?)[,،][ \t]+(?P<date>(?:[^\W\d_]+,[ \t]+)?[\w. ]*\d{{4}}(?:[ \t](?:року|р\.|года|г\.))?)\.?\s*")
# (a weekday before the date too: "Berlin, Mittwoch, den 5. Juli 2023")


def place_and_date(line: str) -> tuple[str, str] | None:
    """The place and the date of a header line "Warszawa, 12 maja 2015", or the date of a line that holds a full date
    of a script without spaces and nothing else ("2021年4月10日": no place, ""), else None."""
    found = _PLACE_COMMA_DATE.fullmatch(line)
    if found and iso_date(found.group("date")):
        return found.group("place"), found.group("date")
    line = line.strip()
    if _CJK_DATE.fullmatch(line):
        return ("", line) if iso_date(line) else None
    # (and with its place after the ideographic comma, or before it, as a Japanese or Chinese paper prints the
    # dateline: "2019年4月10日、東京", "东京，2019年4月10日")
    found = _CJK_DATELINE.fullmatch(line) if "、" in line or "，" in line else None
    if found and iso_date(found.group("date")):
        return found.group("before") or found.group("after"), found.group("date")
    return None


# What may open a dateline under a title: a programme's episode or number ("Episode 412 —", "No. 17:"), then the
# verb of the recording ("Taken", "Recorded at", "Broadcast on"; a deposition is "taken").
_DATELINE_LEAD = lazy(
    r"\s*(?:(?i:episode|ep\.|show|programme|program|part|no\.|#)\s*\d{1,4}\s*(?:[—–:,|]|\s-)\s*)?"
    r"(?:(?P<verb>(?i:taken|recorded|filmed|held|broadcast|first\s+broadcast|aired|taped"
    # (and in German, French, Spanish, Italian and Portuguese: "Aufgenommen am 3. Mai 1998 in Leipzig", "Enregistré le
    # 3 mai 1998 à Lyon", "Grabado en Linares, 3 de mayo de 1998")
    r"|aufgenommen|aufgezeichnet|gesendet|ausgestrahlt|enregistrée?|filmée?|diffusée?|grabad[oa]|filmad[oa]"
    r"|registrad[oa]|emitid[oa]|registrat[oa]|girat[oa]|trasmess[oa]|gravad[oa]))"
    r"(?:\s+(?P<on>(?i:on)\b)|\s+(?P<at>(?i:at|in|en|à|a|em|no|na))\b)?\s+)?")
# A day's date after a verb, then its place after a preposition ("3. Mai 1998 in Leipzig", "3 mai 1998 à Lyon"), or
# the place first ("in Leipzig am 3. Mai 1998"); an article before the date ("am", "le", "el", "il", "on").
_DATE_ARTICLE = lazy(r"(?i:am|le|el|il|on|the|em|o|no)\s+")
_DATE_THEN_PLACE = lazy(r"(?P<date>.{6,30}?\d{4})\s+(?:in|à|a|en|em|bei)\s+(?P<place>.+)")
# … or the place after the verb's preposition, then the date after its article ("held at Bulford Camp on 4 October
# 1951", "Recorded at the Civic Hall on 3 May 1998", "aufgenommen in Leipzig am 3. Mai 1998").
_PLACE_THEN_DATE = lazy(r"(?P<place>.+?)\s+(?:on|am|le|el|il|em|no)\s+(?P<date>.{6,30}?\d{4})")
# A place's part of a dateline: capitalised words, with "of", "the" and the particles between them ("Minneapolis",
# "Minnesota", "the Minnesota History Center", "Rio de Janeiro").
_DATELINE_PLACE = lazy(
    rf"(?:[Tt]he[ \t]+)?{UPPER}[\w'’.&-]*(?:[ \t]+(?:(?:of|the|de|da|do|del|di|am|an|en|sur|upon|on)[ \t]+)*"
    rf"{UPPER}[\w'’.&-]*){{0,4}}")


# The little words a dateline puts before its parts: a preposition before the place after the date ("…, 2011, at
# Boston", "…, à Lyon"), a letter's "a" before the day after the place ("Lugo, a 14 de abril de 1987") and its "in"
# before the place ("En Lugo, …", "Em Lisboa, …"): no part of the place's name or of the date.
_PLACE_AFTER_DATE = lazy(r"(?:at|in|à|en|em)[ \t]+(?=\S)")
_LETTER_DATE_A = lazy(r"a[ \t]+(?=\d)")
_LOCATIVE = lazy(r"(?:En|Em|In|À)[ \t]+(?=\S)")


def dateline(line: str) -> tuple[str, str] | None:
    """The place ("" if none) and the date, a day's, of a dateline under a title, as place_and_date gives them: a
    date with a place before or after it, commas between ("Minneapolis, March 8, 2017", "March 8, 2017, Minneapolis,
    Minnesota"), after the recording's verb or a programme's episode ("Taken March 8, 2017, Minneapolis, Minnesota",
    "Episode 412 — Broadcast 14 February 2019", "Recorded at the Civic Hall, 3 May 1998"; what is recorded "on" is a
    medium, no place: "Recorded on Teams, 2 November 2023"); else None. A sentence, a
    year or a month alone, or words that are no place's name around the date, are none."""
    line = " ".join(line.split())
    sentence = line.endswith(".")  # (a full stop after a year: a sentence's, no dateline's words before the date)
    line = line.rstrip(".")
    if len(line) > 120 or not _has_digit(line):
        return None
    lead = _DATELINE_LEAD.match(line)
    rest = line[lead.end():]
    # (after the verb, or after the date's article alone: "am 8. November 1999 in Leipzig" under a credit)
    if (lead.group("verb") or _DATE_ARTICLE.match(rest)) and (found := _DATE_THEN_PLACE.fullmatch(rest)) and (
            _DATELINE_PLACE.fullmatch(found.group("place"))):
        date = found.group("date")
        date = date[_DATE_ARTICLE.match(date).end():] if _DATE_ARTICLE.match(date) else date
        if len(iso_date(date) or "") == 10:
            return found.group("place"), date
    if lead.group("at") and (found := _PLACE_THEN_DATE.fullmatch(rest)) and _DATELINE_PLACE.fullmatch(
            found.group("place")) and len(iso_date(found.group("date")) or "") == 10:
        return found.group("place"), found.group("date")
    parts = [part.strip() for part in rest.split(",")]
    for start in range(len(parts)):
        for end in range(len(parts), start, -1):
            date = ", ".join(parts[start:end])
            if (start == 0 or lead.group("verb")) and (article := _DATE_ARTICLE.match(date)) or start and (
                    article := _LETTER_DATE_A.match(date)):
                date = date[article.end():]  # "on 3 May 1998", "le 3 mai 1998"; "Lugo, a 14 de abril de 1987"
            if len(iso_date(date) or "") != 10:
                continue
            places = parts[:start] + parts[end:]
            if not start and places and (at := _PLACE_AFTER_DATE.match(places[0])):
                places[0] = places[0][at.end():]  # "Taken March 3, 2011, at Boston, Massachusetts"
            if start and end < len(parts) or not all(_DATELINE_PLACE.fullmatch(part) and not is_weekday(part)
                                                     for part in places):  # (", Tuesday": the day, no place)
                # the recording's verb, and the date last: a dateline whose words before the date are no place's
                # name ("Taken at the offices of Baker & Lowe LLP, 200 Main Street, Hartford, on June 2, 2014")
                return ("", date) if lead.group("verb") and start and end == len(parts) and not sentence else None
            # ("Recorded on Microsoft Teams, 4 February 2022": a medium, no place)
            if lead.group("on"):
                return "", date
            # (a letter's dateline says where "in": "En Lugo, a 14 de abril de 1987", "Em Lisboa, a 3 de maio de 1990")
            place = ", ".join(places)
            return place[locative.end():] if (locative := _LOCATIVE.match(place)) else place, date
    return None


_CJK_DATE = re.compile(r"\d{4}\s?[年년]\s?\d{1,2}\s?[月월]\s?\d{1,2}\s?[日일]")
# A place's name beside such a date, one to six ideographs ("東京", "大阪市", "霞ヶ関"): no kana, which would be a
# sentence's particles and verbs ("東京で話を聞いた"), and no digit.
_CJK_PLACE = r"[\u3400-\u4dbf\u4e00-\u9fff々ヶ]{1,6}"
_CJK_DATELINE = lazy(
    rf"(?:(?P<before>{_CJK_PLACE})[、，])?(?P<date>{_CJK_DATE.pattern})(?:[、，](?P<after>{_CJK_PLACE}))?")
_has_digit = re.compile(r"\d").search  # every date place_and_date reads has its year in digits (of any script)


# A hearing's or a recording's day or session and its date, on a line of its own: "Day 4 — 11 November 2021", "Session
# 2, 3 May 1998", "Tape 3 - 12 May 2001".
_DAY_AND_DATE = lazy(
    r"\s*(?P<session>(?i:day|session|sitting|tape)\s+\d{1,2})\s*(?:[,:;—–]|\s-)\s*(?P<date>[^,;:\n]{6,40}?\d{4})\.?\s*")


def _key_lines(lines: list[str]) -> dict[str, str] | None:
    """The fields of lines that are all ``KEY: value`` with a known key, each key once; else ``None``. A line
    "Recorded 9 November 2004" among them is the date, and a line "Warszawa, 12 maja 2015" the place and date."""
    fields: dict[str, str] = {}
    recorded = None
    keyed = False  # a line of a key read (a place and date alone are no block of keys)
    unknown = 0  # lines of keys the tables do not know
    first_unknown = False  # whether the first key is one of them
    cast_lines = 0  # lines of a court's parts and who plays them ("PRESIDENT: Lieutenant-Colonel H. R. Waite")
    listing = None  # a key of people alone on its line, their names on the lines under it ("出席者：" / "山田 太郎")
    # (a form's line of several keys, wide spaces between them: "Date: 04/06/2018     Time commenced: 14:02")
    for line in (part for line in lines for part in (
            _KEYS_APART.split(line) if "   " in line or "\t" in line else _piped(line) if " | " in line else
            _semicoloned(line) if "; " in line else (line,))):
        found = _META_LINE.match(line)
        if line.startswith(_KEYLESS):  # a part of a header line written with "|" between its fields, without a key
            fields["description"] = f"{fields['description']}; {line[1:]}" if "description" in fields else line[1:]
            continue
        if not found:
            if line.rstrip().endswith((":", "：")) and (alone := _KEY_ALONE.fullmatch(line)) and (
                    key := normalise_key(_header_key(alone.group("key")))) in _PERSON_KEYS and key not in fields:
                listing = key
            elif listing and _reads_as_names(line.strip(), strict=True):
                fields[listing] = f"{fields[listing]}; {line.strip()}" if listing in fields else line.strip()
                keyed = True
            elif "interviewer" not in fields and line[:1] in "CcIi" and (credit := _CREDIT_LINE.fullmatch(line)) and (
                    not any(c.isdigit() for c in line) and _reads_as_names(credit.group("value"), strict=True)):
                # "Conducted by Smt. Anjali Deshpande" among the keys (alone, no block of keys: a headnote's credit;
                # with a date after it, "Conducted by Tom Park, 12 May 1987, Leeds", read by the headnote's rules)
                fields["interviewer"] = credit.group("value")
            elif "date" not in fields and line[:1] in "AaBbDdEeFfGgLlSsTtUu" and (broadcast := BROADCAST_DATE.fullmatch(line)) and (
                    iso_date(broadcast.group("date"))):
                # "Broadcast 22 January 2018, 9–10 a.m." among a programme's keys: the day it went out
                fields["date"] = broadcast.group("date")
            elif keyed and "date" not in fields and (recorded := _RECORDED_DATE.fullmatch(line)):
                fields["date"] = recorded.group("value")
                if recorded.group("place"):
                    fields.setdefault("place", recorded.group("place"))
            elif "date" not in fields and line[:1] in "DdSsTt" and (day := _DAY_AND_DATE.fullmatch(line)) and (
                    iso_date(day.group("date"))):
                # "Day 4 — 11 November 2021" among an inquiry's keys: the day of the hearing, and its date
                fields["date"] = day.group("date")
                fields["session"] = day.group("session")
            # ("Kabul, 22 November 2013" / "Interviewer: Lyse Doucet": above the keys too)
            elif "date" not in fields and len(line) < 80 and _has_digit(line) and (placed := place_and_date(line)):
                if placed[0]:
                    fields.setdefault("place", placed[0])
                fields["date"] = placed[1]
            else:
                return None
            continue
        listing = None
        raw_key = _header_key(found.group("key"))
        if (raw_key in KINSHIP or raw_key in COURT_CAST) and "(" not in found.group("value") and _reads_as_names(
                _SERVICE_NUMBER.sub("", found.group("value")), strict=True):
            # "Mother: Ruth Cohen" / "Daughter: Miriam Cohen", as a family's interview heads it: people who speak, each
            # with how they are kin ("Ruth Cohen (mother)", the label she may speak under); so a court-martial's
            # "PRESIDENT: Lieutenant-Colonel H. R. Waite" / "ACCUSED: 22456789 Private Thomas Arthur Bell"
            cast_lines += raw_key in COURT_CAST
            person = f"{found.group('value').strip()} ({raw_key})"
            fields["participants"] = f"{fields['participants']}; {person}" if "participants" in fields else person
            keyed = True
            continue
        if raw_key not in _SYNONYMS and raw_key not in _OTHER_KEYS:
            if len(line) > 60 or raw_key in fields or not _A_RECORD_FIELD.fullmatch(line):
                return None
            # a record's field of its own ("Call ID: 4471-2209-88", "Queue: Billing – Residential"), as call-centre
            # and research software head an export: a note on the source, where the block gives a date too
            fields[raw_key] = found.group("value")
            unknown += 1
            first_unknown = first_unknown or not fields.keys() - {raw_key}
            continue
        key = normalise_key(raw_key)
        value = found.group("value")
        if raw_key in _PLURAL_KEYS:
            value = _people_apart(value)  # "Interviewers: Okoro, Adler" names two people
        if key in _PERSON_KEYS and key not in fields and _A_COUNT.match(value):
            # "Respondents: 6 (3 female, 3 male), ABC1": how many, not who (a note on the source, among other keys)
            fields[raw_key] = value
            continue
        if key in fields or (key in _PERSON_KEYS and not _reads_as_names(
                value, strict=key == "translator" or raw_key in _PANEL_KEYS)
                             and not REDACTED.fullmatch(value.strip())):  # "Interviewee: [REDACTED]": withheld
            # a key that repeats, a question after "Interviewer:", or anything but names after "Translator:" (the
            # label of the translator's turns: "TRANSLATOR: She arrived in 1974.") or "Panel:" (a title's: "Panel:
            # The Future of Local News") makes turns or a title, not a header
            return None
        fields[key] = value
        keyed = True
        if key == "date" and "; " in value and (placed := place_and_date(value.split("; ", 1)[0])) and placed[0]:
            # "Aufnahme: Mannheim, 12.03.2016; Transkription nach GAT 2": the place and date, then a note on the source
            fields["date"], fields["description"] = placed[1], value.split("; ", 1)[1]
            fields.setdefault("place", placed[0])
    if cast_lines == 1:
        return None  # (one such line is no list of the court's parts: "President: Ms. Amina Yusuf" heads a record)
    if not keyed or unknown and (
            unknown < 2 and (first_unknown or len(fields) - unknown < 4) or "date" not in fields
            or not day_of(fields["date"]) and not ((placed := date_and_place(fields["date"])) and day_of(placed[1]))):
        # a record's fields the reader does not know make a header only two or more of them and with a date (one
        # such line over the keys is a title: "Focus group: Tenants of Block C"); one under the keys, among three
        # known keys and a date, is a field of the record too ("Equipment: Zoom H4n" in a session's record)
        return None
    aired = next((key for key in ("tx", "transmission") if key in fields), None)
    if aired and "date" not in fields and day_of(fields[aired]):
        fields["date"] = fields.pop(aired)  # "Tx: March 1987": when it went out, the one date the keys give
    dated = "place" not in fields and date_and_place(fields.get("date", ""))
    if dated:  # "Date: 9 July 2019, Kumasi", where no key gives the place
        fields["place"], fields["date"] = dated
    if recorded and any("(" in value for value in fields.values()):
        return None  # "Interviewers: Jane Kim (JK) and Tom Lee (TL)": names with their labels, read in the headnote
    if set(fields) <= _PERSON_KEYS and not all(_names_people(v) and not _says_a_sentence(v) for v in fields.values()):
        # no date, place or other header key vouches for the block: the names must be names, and no sentence
        # may end in them ("CHAIR: Welcome, Minister. Please sit down." is a turn)
        return None
    return fields or None


# A header written on one line, "|" between its fields: "Session P04 | 22 Feb 2024 | Remote (Zoom) | Facilitator: Dan
# Ortiz | Note-taker: Mei Chen". Its fields with a key are key lines; a date without one is the date; any other field
# without a key is marked (_KEYLESS) as a note on the source. Only a line of three fields or more, one with a known key.
_KEYLESS = "\x00"
_PIPES = lazy(r"[ \t]+\|[ \t]+")


def _piped(line: str) -> tuple[str, ...]:
    parts = [part.strip() for part in _PIPES.split(line.strip())]
    keyed = [part for part in parts if (found := _META_LINE.match(part)) and (
        (key := _header_key(found.group("key"))) in _SYNONYMS or key in _OTHER_KEYS)]
    # (two fields are a header's where both are known keys: "Host: Jane Smith | Guest: Bob Lee")
    if len(parts) < 3 and len(keyed) < 2 or not keyed or any(not part for part in parts):
        return (line,)
    return tuple(part if part in keyed else f"Date: {part}" if iso_date(part) and len(iso_date(part)) == 10
                 else _KEYLESS + part for part in parts)


# A semicolon before a key's name and colon, as a catalogue's export runs its fields on one line ("Interviewee: Ana
# Costa; Interviewer: João Pires; Date: 3 May 1999").
_SEMICOLON_KEY = re.compile(r";[ \t]+(?=[^\W\d_][\w ()'’-]{0,30}:[ \t]+\S)")


def _semicoloned(line: str) -> tuple[str, ...]:
    """A line of ``KEY: value`` fields with semicolons between them, each a known key printed with a capital, as its
    fields; else the line (under "Interviewers: Okoro; Adler" a semicolon separates names, and in a turn, "We met in
    Porto; place: the old market.", the word before a colon opens no field)."""
    parts = _SEMICOLON_KEY.split(line)
    if len(parts) < 2 or not all(not part[:1].islower() and (found := _META_LINE.match(part)) and (
            (key := _header_key(found.group("key"))) in _SYNONYMS or key in _OTHER_KEYS) for part in parts):
        return (line,)
    return tuple(parts)


# A short field of a record, the key a word or three, the value no sentence: "Call ID: 4471-2209-88", "Recording
# consent: given".
_A_RECORD_FIELD = re.compile(r"\s*[^\W\d_][\w-]*(?:[ \t][\w-]+){0,2}[ \t]*:[ \t]+[^.?!:\n]{1,40}?[ \t]*")
# A credit line among a header's keys, without a colon: "Conducted by Tom Park", "Interviewed by Dr Ana Ruiz".
_CREDIT_LINE = re.compile(r"\s*(?:Conducted|Interviewed|CONDUCTED|INTERVIEWED)[ \t]+(?:by|BY)[ \t]+(?P<value>\S.*?)\s*")
_KEY_ALONE = lazy(r"\s*(?P<key>[^\W\d_][^:：\n]{0,30}?)\s*[:：]\s*")
_KEYS_APART = lazy(r"(?<=\S)(?:[ ]{3,}|\t+)(?=[^\W\d_][\w ()]{0,30}:[ \t]+\S)")
# A header value that counts people ("6 (3 female, 3 male)", "12 participants"), not a year ("1944.").
_A_COUNT = re.compile(r"\d{1,3}(?:[ \t]*\(|[ \t]+[^\W\d_])")


def _says_a_sentence(value: str) -> bool:
    """Whether a value goes on after the end of a sentence ("Welcome, Minister. Please sit down."): speech, not
    a name ("Dr. J. R. Smith" and "Jane Doe Jr. (hydrologist)" end no sentence)."""
    return any(
        found.group("stop") != "." or not _ABBREVIATION.fullmatch(found.group("word"))
        for found in _SENTENCE_END.finditer(value)
    )


def _names_people(value: str) -> bool:
    """Whether a role key's value, with no other header key to vouch for it, names people: names only, each of
    two words or more and none of them a greeting ("Interviewer: Hello" and "Host: Welcome back" are turns)."""
    named = people(value)
    # (each person's name read on its own: three people's names and their remarks run past a name's eight words)
    return _reads_as_names(value) and bool(named) and all(
        _reads_as_names(_SERVICE_NUMBER.sub("", name), strict=True) and (len(name.split()) >= 2 or UNSPACED_NAME.fullmatch(name)) and not _SPEECH_WORDS.intersection(name.casefold().split())
        for name, _ in named
    )


# The end of a sentence with more text after it, and the word it ends.
_SENTENCE_END = lazy(r"(?P<word>[\w'’.-]*)(?P<stop>[.?!])(?=\s+\S)")
# Words a full stop follows without ending a sentence: initials, honorifics and ranks, suffixes, and the
# abbreviations of a remark on a name ("J.", "Dr.", "Sgt.", "Jr.", "b. 1932", "ca. 1950", "Univ.", "ret.").
_ABBREVIATION = lazy(
    rf"{UPPER}|(?:\w{{1,2}}\.)+\w{{0,2}}|(?i:dr|mr|mrs|ms|mx|prof|rev|sen|rep|gen|amb|capt|col|lt|st|jr|sr|inc|ltd|co|corp|mme|mlle"
    r"|sig|sra|dhr|mevr|hr|fr|sgt|cpl|maj|adm|hon|gov|univ|ret|b|d|ca)"
)
# Greetings and other words that are said, not names: a role line holding one is a turn. No word that is also a
# common given name ("Dag Solstad": the Dutch and Scandinavian "dag" is left out).
_SPEECH_WORDS = frozenset(
    "hello hi hey welcome thanks thank good morning afternoon evening okay ok yes no well right sure please "
    "sorry bye goodbye hallo guten bonjour merci hola gracias buongiorno ciao grazie здравствуйте спасибо".split()
)


# A title line heading a metadata block: short, not a sentence, not markup.
_TITLE_LINE = re.compile(r"^\s*(?![#>*|-])(?=\S)(?:\S+\s+){0,14}\S*[^\s.?!:;,]\s*$")
# "Interview with NAME" and its equivalents (the languages whose names do not change with their case).
_INTERVIEW_WITH = lazy(
    r"^\s*(?:(?:an?|the|ein|das|un|une|l'|una?|la|el|een|het)\s*)?"
    r"(?:(?:interview|conversation|gespräch|entretien|entrevista|conversación|intervista|conversazione|gesprek|intervju)"
    r"\s+(?:with|mit|avec|con|a|met|med)|mahojiano\s+na(?:\s+(?:bi|bw|bibi|bwana)\.?)?"
    r"|wawancara\s+dengan(?:\s+(?:bapak|ibu|pak|bu)\.?)?|phỏng\s+vấn\s+(?:ông|bà|anh|chị|cô)"
    r"|agallamh\s+le|(?:مقابلة|حوار)\s+مع)\s+"
    r"(?:(?:la|el|le|der|die|o|a)\s+(?=(?:sra?|srta|dra?|mme|mlle|herr|frau)\b))?(?P<name>.+?)[\s.,;:]*$",
    re.I,
)
# "Haastattelu: Aino Virtanen", "インタビュー：山田花子さん", "訪談：陳美玲女士", "साक्षात्कार: श्रीमती कमला देवी", "บทสัมภาษณ์ คุณสมศรี ใจดี":
# the word for an interview (and a colon) before the name, as Finnish, Japanese, Hindi and Thai print it over a
# header's key lines; an honorific (さん, 氏, 様, 先生; 女士, 小姐; श्रीमती, श्री, सुश्री, डॉ.; คุณ) is no part of the name.
_INTERVIEW_WORDS = ("haastattelu", "インタビュー", "訪談", "访谈", "採訪", "采访", "專訪", "专访", "साक्षात्कार", "บทสัมภาษณ์")
_INTERVIEW_COLON = guarded(
    r"^\s*(?:haastattelu\s*:|インタビュー\s*[:：]|(?:訪談|访谈|採訪|采访|專訪|专访)\s*[:：]|साक्षात्कार\s*:\s*(?:श्रीमती|श्री|सुश्री|डॉ\.)?|บทสัมภาษณ์\s*(?:คุณ)?)"
    r"\s*(?P<name>.+?)(?:さん|氏|様|先生|女士|小姐)?[\s.,;:]*$",
    # (tried on every title line: only where one of its words is, case-blind as the pattern)
    lambda text: any(word in text.casefold() for word in _INTERVIEW_WORDS), re.I,
)
# The same with the name first, as Turkish prints it: "Ayşe Demir ile röportaj", "… ile söyleşi".
_NAME_FIRST_INTERVIEW = lazy(r"^\s*(?P<name>\S.*?)\s+ile\s+(?:röportaj|söyleşi)\s*$", re.I)


#: "ראיון עם עמוס עוז" (Hebrew), "گفت‌وگو با سیمین بهبهانی" (Persian): an interview (a conversation) with the person the
#: rest of the line names, up to four words.
HEBREW_PERSIAN_INTERVIEW_WITH = lazy(
    r"^[ \t]*(?:(?:ראיון|שיחה)[ \t]+עם|(?:گفت\u200cوگو|گفتگو|مصاحبه)[ \t]+با)[ \t]+"
    r"(?P<name>[\u05d0-\u05ea\u0621-\u06cc\u200c]+(?:[ \t][\u05d0-\u05ea\u0621-\u06cc\u200c]+){0,3})"
    r"(?=[ \t]*$|[ \t]+\S+[ \t]?:)")  # (the title block's next line a key: "ראיינה: דנה כהן")


def _interview_with(title: str) -> re.Match | None:
    """A title line "Interview with NAME" or its equivalent ("Ayşe Demir ile röportaj"), the name its group."""
    return _INTERVIEW_WITH.match(title) or _NAME_FIRST_INTERVIEW.match(title) or _INTERVIEW_COLON.match(title) or (
        HEBREW_PERSIAN_INTERVIEW_WITH.match(title))


_PARTICLES = "|".join(PARTICLES)
_NAME_WORD = lazy(rf"(?:{UPPER}[\w'’.-]*|{_PARTICLES})$")
_CONNECTOR = lazy(r"and|und|et|y|e|en|и")
_HONORIFIC = lazy(r"(?i:dr|mr|mrs|ms|miss|prof|rev|sir|dame|frau|herr|mme|mlle|m|sr|sra|sig|sig\.ra|dhr|mevr)\.?$")
# A trailing remark on a name: "(hydrologist)", ", Harrow Valley Gazette".
_REMARK = lazy(r"\s*[(（].*?[)）]\s*|\s*,.*$")  # (full-width brackets too: "山田 太郎（農業経営者）")
# Footnote markers printed after a name: superscript digits, asterisks, daggers, "[1]".
_FOOTNOTE = re.compile(r"[\u00b9\u00b2\u00b3\u2070-\u2079*†‡§¶]+|\[\d{1,3}\]")


def _reads_as_names(value: str, *, strict: bool = False) -> bool:
    """Whether a role key's value names people rather than saying something.

    Always: it starts with a capital (of any script) and does not end as a question or exclamation. Strictly
    (a lone line, or a title line's name): every word before a remark is a capitalised word, an initial, a
    particle ("van der") or an honorific, at most eight words, and no sentence ends it.
    """
    value = _FOOTNOTE.sub("", value).strip()
    if value and SPACED_SYLLABLES.fullmatch(value):
        return True  # "김 영 희": a Korean name typed a syllable at a time
    if value and UNSPACED_NAME.match(value):
        # "佐藤健", "王伟、李娜": names of a script without capitals or spaces, a remark in brackets after them or not
        return all(UNSPACED_NAME.fullmatch(name) for name in re.split(r"\s*[、,;；，]\s*|\s+", _REMARK.sub(" ", value).strip()))
    if value and _CASELESS_NAMES.fullmatch(value):
        return True  # "राहुल शर्मा", "วิชัย ทองดี": up to four words of a script without capitals, nothing else
    if not value or not (value[0].isupper() or value[0].istitle()) or value.endswith(("?", "!", "?»", "?”")):
        return False
    if not strict:
        return True
    names = _REMARK.sub(" ", value).strip()
    words = names.replace(";", " ").replace("&", " ").split()
    if not words or len(words) > 8 or (names.endswith(".") and not _ABBREVIATED_END.search(names)):
        return False
    return all(_NAME_WORD.match(w) or _HONORIFIC.match(w) or _CONNECTOR.fullmatch(w) for w in words)


# Names in a script without capitals that spaces its words (Devanagari, Thai, Arabic, Hebrew): up to four words of
# its letters and vowel signs, no punctuation or digit.
_CASELESS_NAMES = lazy(rf"{CASELESS}(?:{CASELESS}|{MARK})*(?:[ \t]{CASELESS}(?:{CASELESS}|{MARK})*){{0,3}}")


# What follows a name after a comma when it holds a year (1600-2099) or a month: a place and a date ("…, Marseille,
# 9 October 2021"); not a remark with a number ("Jane Doe, Local 1199 organiser" is her affiliation).
_PLACE_AND_DATE = lazy(rf",[^,]*(?:,[^,]*)*?(?:\b(?:1[6-9]|20)\d{{2}}\b|\b(?:{'|'.join(MONTHS)})\b).*$")
_ABBREVIATED_END = lazy(r"(?:^|\s)(?:\w|\w\w|Jr|Sr|Dr)\.$")


def person_names(value: str) -> list[str]:
    """The names in a metadata value: ``Jane Doe; John Roe``, ``Jane Doe and John Roe``, ``Jane Doe, John Roe``.

    A remark after a name is no part of it: ``Ruth Adler, Harrow Valley Gazette``, ``Pieter Visser
    (hydrologist)``; nor is a footnote marker (``Priya Natarajan¹``, ``Jane Doe*``).
    """
    return [name for name, _ in people(value)]


def people(value: str) -> list[tuple[str, str]]:
    """The people a metadata value names, each with the remark printed on them ("" if none):
    ``Ruth Adler, Harrow Valley Gazette; Pieter Visser (hydrologist)`` →
    ``[("Ruth Adler", "Harrow Valley Gazette"), ("Pieter Visser", "hydrologist")]``."""
    found: list[tuple[str, list[str]]] = []
    for chunk in _SEMICOLON.split(_FOOTNOTE.sub("", value)):
        segments = _COMMA.split(chunk)
        before: list[str] = []  # "Lily's mother, Karen Doyle": who the person is, printed before the name
        for index, segment in enumerate(segments):
            if index == 0 and len(segments) == 2 and "(" not in segment and not looks_like_a_person(
                    " ".join(segment.split())) and looks_like_a_person(" ".join(segments[1].split())):
                before.append(" ".join(segment.split()))
                continue
            # a bracket inside the name ("Colonel (ret.) Martha Voss") is no remark on the person: it says what the
            # word before it is, and stays as printed in the text
            remarks = [" ".join(r.group(1).split()) for r in _PARENTHESIS.finditer(segment)
                       if r.group(1).strip() and not _NAME_GOES_ON.match(segment, r.end())]
            plain = _PARENTHESIS.sub(" ", segment)
            if index and found and _joins_the_name(found[-1][0], plain, surname_first=len(segments) == 2):
                # "Doe, Jane" is Jane Doe (a name with one comma only); "Martin Luther King, Jr." keeps its suffix
                found[-1] = (_joined_name(found[-1][0], " ".join(plain.split())), found[-1][1] + remarks)
                continue
            names = [" ".join(p.split()) for p in _AND.split(plain) if p.strip()]
            divide = _AND
            if len(names) > 1 and not all(looks_like_a_person(n) for n in names) and not (
                    all(len(n.split()) == 1 for n in names[:-1]) and looks_like_a_person(names[-1])):
                # "José Ortega y Gasset" is one name; "Jane Doe and John" two, as "and" always divides; and given names
                # before the surname they share, in any language, are two people: "Giulia e Marco Rossi"
                names = [" ".join(p.split()) for p in _ENGLISH_AND.split(plain) if p.strip()]
                divide = _ENGLISH_AND
            if len(names) > 1 and remarks and len(parts := [p for p in divide.split(segment) if p.strip()]) == len(names):
                # "Kate Morrow (KM) and Ali Rezaei (AR)": each bracket is the remark on the name before it
                each = [[" ".join(r.group(1).split()) for r in _PARENTHESIS.finditer(part) if r.group(1).strip()]
                        for part in parts]
                found.extend((name, own) for name, own in zip(_sharing_a_surname(names), each))
                continue
            if index and found and not (names and all(looks_like_a_person(n) for n in names)):
                # "Ruth Adler, Harrow Valley Gazette": the rest of the chunk says who she is
                found[-1][1].append(" ".join(",".join(segments[index:]).split()))
                break
            found.extend((name, []) for name in _sharing_a_surname(names))
            if before and found:
                found[-1][1].extend(before)
                before = []
            if remarks and found:
                found[-1][1].extend(remarks)
    return [(name, "; ".join(remarks)) for name, remarks in found]


def bracket_in_a_name(value: str) -> bool:
    """Whether a header value holds a bracket inside a name ("Colonel (retd) James Brown"), which the person's name
    leaves out (see people): the header keeps the value's words in a note."""
    return "(" in value and any(_NAME_GOES_ON.match(value, found.end()) for found in _PARENTHESIS.finditer(value))


def _sharing_a_surname(names: list[str]) -> list[str]:
    """Given names alone before a full name joined to them by "and" share its surname, particles and all: "Jan and
    Piet de Vries" are Jan de Vries and Piet de Vries, "John and Mary Smith" John Smith and Mary Smith."""
    last = names[-1].split() if len(names) > 1 else ()
    if len(last) < 2 or not all(len(name.split()) == 1 and _GIVEN_NAME.fullmatch(name) and not name.endswith(".")
                                for name in names[:-1]):
        return names
    start = len(last) - 1
    while start > 1 and last[start - 1] in _PARTICLE_WORDS:
        start -= 1
    surname = " ".join(last[start:])
    return [f"{name} {surname}" for name in names[:-1]] + names[-1:]


_PARTICLE_WORDS = frozenset(PARTICLES)


def _people_apart(value: str) -> str:
    """A plural role key's value with the commas between people made semicolons, the separator ``people`` reads
    as one between people ("Okoro, Adler" → "Okoro; Adler", "Jane Doe, John Roe" → "Jane Doe; John Roe"); a
    comma before a suffix or a remark stays ("Ruth Adler, Harrow Valley Gazette", "Pieter Visser, Hydrologist":
    a lone word after a comma is a person only after another lone word)."""
    chunks = []
    for chunk in _SEMICOLON.split(value):
        segments = _COMMA.split(chunk)
        text = segments[0]
        for before, segment in zip(segments, segments[1:]):
            words = _PARENTHESIS.sub(" ", segment).split()
            alone = len(words) == 1 and len(_PARENTHESIS.sub(" ", before).split()) == 1 and bool(
                _GIVEN_NAME.fullmatch(words[0]) and words[0].casefold() not in _NOT_PERSON_WORDS
                and _lookup_form(words[0]) not in _SYNONYMS and words[0] not in NAME_SUFFIXES
            )
            text += (";" if alone or looks_like_a_person(" ".join(words)) else ",") + segment
        chunks.append(text)
    return "; ".join(chunks)


def _joins_the_name(name: str, segment: str, *, surname_first: bool) -> bool:
    """Whether what follows a comma belongs to the name before it: a suffix ("Jr.", "PhD"), or, after a lone
    surname, one or two given names or initials ("Doe, Jane", "Doe, Jane Q."), not a role or an organisation."""
    words = segment.split()
    if len(words) == 1 and words[0] in NAME_SUFFIXES:
        return True
    return surname_first and len(name.split()) == 1 and 1 <= len(words) <= 2 and all(
        _GIVEN_NAME.fullmatch(w) and w.casefold() not in _NOT_PERSON_WORDS and _lookup_form(w) not in _SYNONYMS
        for w in words
    )


def _joined_name(name: str, segment: str) -> str:
    """The name a segment after a comma completes: "Martin Luther King Jr.", "Jane Doe" for "Doe, Jane"."""
    return f"{name} {segment}" if segment in NAME_SUFFIXES else f"{segment} {name}"


_GIVEN_NAME = lazy(rf"{UPPER}(?:[^\W\d_]|['’-])*|{UPPER}\.")
_SEMICOLON = re.compile(r"\s*;\s*")
_COMMA = re.compile(r",(?![^()]*\))")  # a comma outside brackets
_PARENTHESIS = re.compile(r"\s*[(（]([^()（）]*)[)）]")  # (full-width brackets too, as Japanese prints a remark)
_NAME_GOES_ON = lazy(rf"\s*{UPPER}")
_AND = re.compile(rf"\s+(?:{NAMES_AND}|и)\s+|\s*&\s*")
_ENGLISH_AND = lazy(r"\s*(?:\band\b|&)\s*")
#: Words that make a capitalised phrase an organisation or a description, not a person.
_NOT_PERSON_WORDS = frozenset(
    "gazette times post news herald tribune journal review radio television tv magazine press daily weekly "
    "chronicle courier observer guardian telegraph express mirror standard record monde zeitung rundschau "
    "society museum archive archives library university college school institute project foundation council "
    "committee association centre center company inc ltd llc agency ministry department office service "
    "network broadcasting group trust union party bank hospital church city county state republic "
    # (a memoir's or a testimony's title word, which Slavic titles set before the name in the genitive, no
    # preposition between: "Воспоминания Анны Петровны Смирновой", "Relacja Haliny Kowalskiej")
    "reminiscences memories memoirs testimony воспоминания рассказ свидетельство спогади wspomnienia relacja "
    "vzpomínky spomini sjećanja".split()
)


def looks_like_a_person(text: str) -> bool:
    """Two to five capitalised words (particles and initials allowed), none of them an organisation's; a police
    officer's number after the rank is no word of the name ("DC 1187 OKAFOR")."""
    words = text.split()
    if len(words) >= 3 and words[0] in _POLICE_RANKS and words[1].isdigit():
        del words[1]
    return 2 <= len(words) <= 5 and all(
        (_NAME_WORD.match(w) or _HONORIFIC.match(w)) and w.casefold().strip(".") not in _NOT_PERSON_WORDS
        for w in words
    )


_POLICE_RANKS = frozenset({"PC", "DC", "PS", "DS", "Sgt", "DI", "DCI", "Insp", "Supt"})


#: A title line's last word that the next line continues ("THE REMINISCENCES OF" / "WALTER J. HARGROVE").
TITLE_GOES_ON = lazy(r"(?i)(?:^|\s)(?:of|with|by|the|and|for|to|a|an|in|on|at|from|de|du|des|del|la|le|von|und|mit|avec|con|et|y)$")


def title_lines(lines: list[str]) -> str:
    """The title printed over two or three lines as one line of text, for the header and citations: where a line ends
    without punctuation and the next begins a part of its own ("National Life Stories" / "An Oral History of
    British Science"), a colon joins them ("National Life Stories: An Oral History of British Science"), a semicolon
    where the next holds a colon of its own ("Clinical interview" / "Setting: outpatient clinic"); a line that ends in
    punctuation or in a word the next continues ("THE REMINISCENCES OF" / "WALTER J. HARGROVE"), or a next line in
    lower case, is joined by a space. Not run together: the words of two lines joined by a space would read as one
    phrase."""
    out = ""
    for line in (line.strip() for line in lines):
        if not line:
            continue
        if not out or out[-1] in ".,:;!?—–-/(" or TITLE_GOES_ON.search(out) or line[0].islower() or not line[0].isalnum():
            out += (" " if out else "") + line
        else:
            out += ("; " if ":" in line else ": ") + line
    return out
