"""Speaker-label conventions: how a line of a transcript says who speaks, and how to detect which one a file uses.

Detection is conservative. A label-like start of a line (``Note:``, ``Step 1:``, ``However:``) becomes a
turn only when the evidence says it names a speaker: the label recurs, is a role label (``Q``,
``Interviewer``), names a known participant, or has the distinctive shape (ALL CAPS, honorific + surname,
initials) of labels that do recur. Every decision is put into words for ``--explain``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

from ..inline import NONSPEECH_WORDS
from ..letters import CASELESS, CONJUNCTIONS, MARK, PARTICLES, REDACTED, UPPER
from ..patterns import guarded, lazy

#: A timecode as printed in transcripts: ``00:12:31``, ``12:31``, ``1:02:03.5``.
TIMECODE = r"(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?"

_HONORIFICS = (
    r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sen|Senator|Rep|Representative|Hon|Rev|Gen|General|Col|Capt|Lt|Sgt"
    r"|Gov|Governor|Amb|Ambassador|Judge|Justice|Chairman|Chairwoman|Mayor|Father|Sister|Brother|The"
    r"|MR|MRS|MS|DR|PROF|SEN|SENATOR|REP|THE|JUDGE|CHAIRMAN"
    # Spanish, Portuguese, French, German and Italian ones: "Sra. Vidal:", "Mme Lenoir:", "Frau Brandt:"
    r"|Sr|Sra|Srta|Dña|Dra|Mme|Mlle|Herr|Frau|Sig|Sig\.ra|SR|SRA|MME|HERR|FRAU"
    # India's and East Africa's: "Shri Tiwari:", "Smt. Deshpande:", "Mzee Hamisi:"
    r"|Shri|Smt|Shrimati|Mzee|SHRI|SMT|MZEE"
    # Vietnam's, as its press prints them before a name: "Ông Nguyễn Văn Bình:", "Bà …", "Nhà văn Nguyễn Ngọc Tư:"
    r"|Ông|Bà|Nhà văn|Nhà thơ|Nhà báo"
    # as parliaments' records print them: Spanish "La señora PASTOR JULIÁN:", Dutch "De heer Van der Molen (CDA):"
    r"|La señora|El señor|De heer|Mevrouw)"
)
# (a combining mark in it too, where no letter holds the accent: Yoruba "ÒGÚNLẸ́YẸ", the acute over Ẹ a mark of its own)
_NAME_WORD = rf"{UPPER}[\w'’{MARK[1:-1]}-]*"  # any script's capital: "Émile", "ÅSTRÖM", "Жуков"
_LOWER_WORD = rf"(?!{UPPER})[^\W\d_][\w'’-]*"  # a word in lower case, any script: "smith", "жукова"
# The surname particles shared with the header reader and speaker resolution ("Maria dos Santos", "Anna della Rosa"),
# but not those that are also a word for "and" ("Juan y María:" is two people, not one label).
_PARTICLE = (
    "(?:"
    + "|".join(sorted((p for p in PARTICLES if p not in CONJUNCTIONS), key=len, reverse=True))
    + r")(?![\w'’-])"
)
_INITIALS = rf"{UPPER}\.(?:-?{UPPER}\.)+"
#: Words that name a role, as a label (``Q:``) or printed after a name (``SMITH (Interviewer):``), and the role.
ROLE_WORDS = {
    "q": "interviewer", "question": "interviewer", "interviewer": "interviewer", "host": "interviewer",
    "co-host": "interviewer", "presenter": "interviewer", "anchor": "interviewer",
    # who presides over a hearing, as Dutch and Spanish records print the office ("De voorzitter:", "La señora
    # PRESIDENTA:")
    "de voorzitter": "chair", "la señora presidenta": "chair", "el señor presidente": "chair",
    "reporter": "participant",  # (who asks on location, or answers the anchor: the role the turns say)
    "moderator": "interviewer", "questioner": "interviewer", "facilitator": "interviewer",
    "byline": "interviewer",  # a radio report's reporter, who asks the people in it ("FRANK MORRIS, BYLINE:")
    "a": "interviewee", "answer": "interviewee", "interviewee": "interviewee", "respondent": "interviewee",
    "narrator": "interviewee", "guest": "interviewee",
    "contributor": "interviewee",  # a BBC transcript's interviewee ("PRESENTER:" / "CONTRIBUTOR:")
    # a family history's transcriber, who asked: "Me: Nana, where were you born?" / "Nana: In Kingston."
    "me": "interviewer",
    # other languages' question and answer labels, which name their role only beside their partner (label_role)
    "p": "interviewer", "pregunta": "interviewer", "f": "interviewer", "frage": "interviewer",
    "r": "interviewee", "respuesta": "interviewee", "réponse": "interviewee", "antwort": "interviewee",
    "pergunta": "interviewer", "resposta": "interviewee",  # Portuguese
    # a Spanish court's record of a statement: "PREGUNTADO: Si conoce al acusado." / "CONTESTA: Que sí, …" (words
    # no one is named, so no pair: "Contesta:" alone still answers)
    "preguntado": "interviewer", "preguntada": "interviewer", "contesta": "interviewee",
    # Italian "D:"/"R:" (domanda, risposta), Dutch "V:"/"A:" (vraag, antwoord)
    "d": "interviewer", "domanda": "interviewer", "risposta": "interviewee", "v": "interviewer", "vraag": "interviewer",
    "antwoord": "interviewee",
    # the interviewer and interviewee of other languages, as labels ("Entrevistadora:", "Befragter:")
    "entrevistador": "interviewer", "entrevistadora": "interviewer", "entrevistado": "interviewee",
    "entrevistada": "interviewee", "interviewerin": "interviewer", "befragter": "interviewee", "befragte": "interviewee",
    "interviewte": "interviewee", "interviewter": "interviewee", "intervieweur": "interviewer",
    "geïnterviewde": "interviewee", "interviewster": "interviewer",  # Dutch
    "intervieweuse": "interviewer", "enquêteur": "interviewer", "enquêtrice": "interviewer", "enquêté": "interviewee",
    "enquêtée": "interviewee", "journaliste": "interviewer", "le journaliste": "interviewer",  # French press
    "la journaliste": "interviewer", "intervistatore": "interviewer", "intervistatrice": "interviewer",
    "intervistato": "interviewee", "intervistata": "interviewee", "интервьюер": "interviewer",
    "респондент": "interviewee", "информант": "interviewee",
    # Ukrainian (and Russian) ones, hers too: "Інтерв'юер:"/"Респондентка:"
    "інтерв'юер": "interviewer", "інтерв’юер": "interviewer", "інтерв'юерка": "interviewer", "інтерв’юерка": "interviewer",
    "респондентка": "interviewee", "інформант": "interviewee", "інформантка": "interviewee",
    "информантка": "interviewee",
    # an Arabic programme's presenter and guest ("المذيع:"/"الضيف:", "المقدمة:"/"الضيفة:")
    "المذيع": "interviewer", "المذيعة": "interviewer", "المقدم": "interviewer", "المقدمة": "interviewer",
    "الضيف": "interviewee", "الضيفة": "interviewee", "מראיין": "interviewer", "מראיינת": "interviewer",
    "מרואיין": "interviewee", "מרואיינת": "interviewee", "المحاور": "interviewer", "المحاورة": "interviewer",
    "记者": "interviewer", "采访者": "interviewer", "受访者": "interviewee", "聞き手": "interviewer",
    "问": "interviewer", "問": "interviewer", "答": "interviewee",  # Chinese "问：… 答：…", question and answer
    # a Chinese programme's host and guest ("主持人：", "嘉宾："), a Japanese and a Korean round table's moderator
    # ("司会：", "사회자:", "진행자:")
    "主持人": "interviewer", "主持": "interviewer", "嘉宾": "interviewee", "嘉賓": "interviewee", "司会": "interviewer",
    "사회자": "interviewer", "진행자": "interviewer",
    # a Spanish or Portuguese moderator, a Turkish programme's presenter and guest ("Sunucu:", "Konuk:")
    "moderador": "interviewer", "moderadora": "interviewer", "sunucu": "interviewer", "konuk": "interviewee",
    # a Dutch focus group's discussion leader ("Gespreksleider:"), a Russian paper's correspondent ("Корр.:")
    "gespreksleider": "interviewer", "gespreksleidster": "interviewer", "корр": "interviewer",
    "корреспондент": "interviewer",
    # Polish ("Prowadzący:", "Rozmówca:") and Turkish ("Görüşmeci:", "Görüşülen:"); a Turkish "Katılımcı" is a
    # participant, its word says no more
    "prowadzący": "interviewer", "prowadząca": "interviewer", "rozmówca": "interviewee", "rozmówczyni": "interviewee",
    "görüşmeci": "interviewer", "görüşülen": "interviewee",
    # Czech ("Tazatel:", "Pamětník:"), Swahili ("Mhojaji:", "Mhojiwa:") and Greek, with and without the accent that
    # capitals drop ("ΣΥΝΕΝΤΕΥΚΤΡΙΑ:")
    "tazatel": "interviewer", "tazatelka": "interviewer", "pamětník": "interviewee", "pamětnice": "interviewee",
    "mhojaji": "interviewer", "mhojiwa": "interviewee", "συνεντευκτής": "interviewer", "συνεντευκτης": "interviewer",
    "συνεντεύκτρια": "interviewer", "συνεντευκτρια": "interviewer",
    # Finnish ("Haastattelija:", "Haastateltava:"), Hungarian ("Riporter:", "Kérdező:", "Interjúalany:"), Indonesian
    # ("Pewawancara:", "Narasumber:"), Basque ("Elkarrizketatzailea:", "Elkarrizketatua:") and Vietnamese, whose role
    # words are of several words in lower case after the first ("Phỏng vấn viên:", "Người được phỏng vấn:")
    "haastattelija": "interviewer", "haastateltava": "interviewee", "riporter": "interviewer", "kérdező": "interviewer",
    "interjúalany": "interviewee", "pewawancara": "interviewer", "narasumber": "interviewee",
    "elkarrizketatzailea": "interviewer", "elkarrizketatua": "interviewee", "phỏng vấn viên": "interviewer",
    "người phỏng vấn": "interviewer", "người được phỏng vấn": "interviewee",
    # Swedish ("Intervjuare:", "Intervjuperson:"), Hindi and Thai (the interviewer's and the interviewee's words)
    "intervjuare": "interviewer", "intervjuperson": "interviewee", "intervjuobjekt": "interviewee",
    # a Swedish folk-life archive's recorder and informant ("Upptecknare:", "Meddelare:"), an Italian archive's witness
    # ("Testimone:"), the Welsh interviewer ("Holwr:")
    "upptecknare": "interviewer", "meddelare": "interviewee", "testimone": "interviewee", "holwr": "interviewer",
    "holwraig": "interviewer", "साक्षात्कारकर्ता": "interviewer", "साक्षात्कारदाता": "interviewee",
    # a Swedish and a Norwegian radio programme's host and guest ("Programledare:", "Gäst:"; "Programleder:", "Gjest:")
    "programledare": "interviewer", "gäst": "interviewee", "programleder": "interviewer", "gjest": "interviewee",
    "उत्तरदाता": "interviewee", "ผู้สัมภาษณ์": "interviewer", "ผู้ให้สัมภาษณ์": "interviewee",
    # question and answer words of Czech, Polish, Swedish, Turkish and Finnish, each a label only beside its partner
    "otázka": "interviewer", "odpověď": "interviewee", "pytanie": "interviewer", "odpowiedź": "interviewee",
    "fråga": "interviewer", "svar": "interviewee", "soru": "interviewer", "cevap": "interviewee",
    "kysymys": "interviewer", "vastaus": "interviewee", "o": "interviewee",  # Polish "P:"/"O:" (pytanie, odpowiedź)
    # Indonesian "T:"/"J:" (tanya, jawab) and Finnish "K:"/"V:" (kysymys, vastaus; "V" beside "A" is Dutch, vraag:
    # the pair the file holds says which, label_role)
    "t": "interviewer", "j": "interviewee", "k": "interviewer",
    "spyrill": "interviewer", "viðmælandi": "interviewee",  # Icelandic
    # a Spanish record of a statement: "PREGUNTADO: …" / "CONTESTA: …" (the officer asks, who appears answers)
    "preguntado": "interviewer", "preguntada": "interviewer", "contesta": "interviewee", "responde": "interviewee",
    # Arabic (and Persian) question and answer: "س:"/"ج:" (سؤال, جواب), each a label only beside its partner
    "س": "interviewer", "ج": "interviewee", "سؤال": "interviewer", "جواب": "interviewee",
    # Hindi (प्रश्न, उत्तर; सवाल, जवाब) and Korean (문, 답; 질문, 답변) question and answer, each a label only beside
    # its partner
    "प्रश्न": "interviewer", "उत्तर": "interviewee", "सवाल": "interviewer", "जवाब": "interviewee",
    "문": "interviewer", "답": "interviewee", "질문": "interviewer", "답변": "interviewee",
    # a Korean paper's reporter ("기자:", as Chinese "记者："), and a Korean oral history's interviewer and narrator
    # ("면담자:"/"구술자:")
    "기자": "interviewer", "면담자": "interviewer", "구술자": "interviewee", "인터뷰어": "interviewer",
    "인터뷰이": "interviewee",
    # Hebrew question and answer: "ש:"/"ת:" (שאלה, תשובה), each a label only beside its partner
    "ש": "interviewer", "ת": "interviewee", "שאלה": "interviewer", "תשובה": "interviewee",
    # Greek ("Ερ.:"/"Απ.:", ερώτηση, απάντηση), Indonesian ("Tanya:"/"Jawab:") and Vietnamese ("Hỏi:"/"Đáp:")
    # question and answer, each a label only beside its partner
    "ερ": "interviewer", "απ": "interviewee", "ερώτηση": "interviewer", "απάντηση": "interviewee",
    "tanya": "interviewer", "jawab": "interviewee", "hỏi": "interviewer", "đáp": "interviewee",
    # Persian role words, with the zero-width non-joiner inside the word as Persian typing sets it
    "مصاحبه\u200cگر": "interviewer", "مصاحبه\u200cکننده": "interviewer", "مصاحبه\u200cشونده": "interviewee",
}
#: Question and answer labels of other languages: Spanish ``P.``/``R.`` and ``Pregunta``/``Respuesta``, French
#: ``Q.``/``R.`` and ``Question``/``Réponse``, German ``F.``/``A.`` and ``Frage``/``Antwort``. A word is a label
#: only where its partner is one too. A letter is judged so only in the record style ("P. text"), where it is a label
#: only where it recurs beside its partner and not beside the English letter of its role: a lone "P." or an "R."
#: beside "A." is an initial. "P:" and "P -" are labels like any other (initials); each names a role only beside
#: its partner (label_role).
ROLE_PAIRS = (
    ("p", "r"), ("pregunta", "respuesta"), ("pergunta", "resposta"), ("q", "r"), ("question", "réponse"), ("f", "a"), ("frage", "antwort"),
    ("d", "r"), ("domanda", "risposta"), ("v", "a"), ("vraag", "antwoord"), ("otázka", "odpověď"),
    ("pytanie", "odpowiedź"), ("p", "o"), ("fråga", "svar"), ("soru", "cevap"), ("kysymys", "vastaus"),
    ("س", "ج"), ("سؤال", "جواب"), ("प्रश्न", "उत्तर"), ("सवाल", "जवाब"), ("문", "답"), ("질문", "답변"), ("ש", "ת"), ("שאלה", "תשובה"),
    ("ερ", "απ"), ("ερώτηση", "απάντηση"), ("tanya", "jawab"), ("hỏi", "đáp"), ("t", "j"), ("k", "v"),
)
_QA_WORDS = {word for pair in ROLE_PAIRS for word in pair} | {"question", "answer"}
#: A role printed after a name: ``SMITH (Interviewer):`` (not a letter or "question": "SMITH (Q)" is no role).
ROLE_SUFFIX = r"\((?i:" + "|".join(w for w in ROLE_WORDS if w not in _QA_WORDS) + r")\)"
#: A plain label: initials (``E.G.``, ``A.B.-K.``) or up to four capitalised words, optionally after an
#: honorific (``Mr. SMITH``, ``Senator JONES``) and optionally numbered (``Speaker 1``).
#: Role words of several words, lower case after the first ("Phỏng vấn viên"): labels as printed.
_SPACED_ROLES = "|".join(sorted((word for word in ROLE_WORDS if " " in word), key=len, reverse=True))
PLAIN_LABEL = (
    rf"(?:(?i:{_SPACED_ROLES})|{_INITIALS}|(?:{_HONORIFICS}\.?\s+)?{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|{_PARTICLE})){{0,3}}(?:\s+#?\d{{1,2}})?)"
    rf"(?:[ \t]*{ROLE_SUFFIX})?"
)
#: A remark in brackets after a name, as TV transcripts print it: ``ADLER (on camera)``, ``MARSH (D)``.
# (up to 60 characters: Hansard prints a member's seat and office, "Mr DUTTON (Dickson—Leader of the Opposition)")
# A stage direction in square brackets is a remark too: "INTERVIEWER [laughing]:", "Q [to the panel]:".
# (the seat and party in brackets of their own inside the remark, as Canada's House prints a chair's: "The Chair (Mr.
# René Arseneault (Madawaska—Restigouche, Lib.))", and a witness's office of up to 100 characters)
_BRACKETED_REMARK = r"(?:\((?:[^()\n]|\([^()\n]{1,60}\)){1,100}\)|\[[^\[\]\n]{1,60}\])"
#: A numbered label of a person the transcriber does not name, in any case ("PARTICIPANT 1", "Respondent 2"), as
#: a name before a remark: a focus group's "PARTICIPANT 1 (Margaret)" or "RESPONDENT 2 (male, 40s)". Only these
#: words take a number here: "Table 2 (continued):" is no label.
_NUMBERED_WORD = (
    r"(?i:speaker|participant|person|voice|respondent|interviewee|reporter|caller|guest|juror)[ \t]+\d{1,2}"
)
#: A name with what TV transcripts print after it (``MARIA SANTOS, HOST``, ``BEN ADLER, CORRESPONDENT
#: (voice-over)``, ``SEN. LYDIA MARSH (D), TRANSPORTATION COMMITTEE CHAIR``, ``ADLER (on camera)``): a bracketed
#: remark, a comma and a few capitalised role words, or both. The name (group ``name``) is the speaker's; the rest is
#: a printed role or remark. Such a label is a speaker only where its kind recurs (see _judge).
REMARKED_LABEL = (
    rf"(?P<name>{_NUMBERED_WORD}(?=[ \t]*\()|(?:{_HONORIFICS}\.?\s+)?{_NAME_WORD}(?:[ \t]+(?:{_NAME_WORD}|{_PARTICLE})){{0,3}}"
    # (an office of words joined by small ones, its holder's name in brackets after it, as the Oireachtas and
    # Westminster print a minister: "Minister for Communications (Mr. Eamon Ryan)", "The Secretary of State for Health
    # (Jane Roe)")
    # (English offices: a class of Latin capitals, cheaper to compile than UPPER, and the holder's honorific)
    r"|(?:The[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+(?:(?:for|of|at|in|on|and|the)[ \t]+)+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}){1,3}"
    r"(?=[ \t]*\((?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Prof|Deputy|Senator)\.?[ \t]))"
    # (an office after the comma, its particles too: "Christian Lindner, Bundesminister der Finanzen")
    rf"(?=[ \t]*[(\[]|,)(?:[ \t]*{_BRACKETED_REMARK})?(?:,[ \t]+{_NAME_WORD}(?:[ \t]+(?:{_NAME_WORD}|{_PARTICLE})){{0,4}})?"
    rf"(?:[ \t]*{_BRACKETED_REMARK})?"
)


@dataclass(frozen=True)
class LabelMatch:
    """A label found at the start of a line, and the text of the turn that follows it on that line."""

    label: str
    rest: str
    time: str | None = None  # a timecode printed with the label, e.g. "Jane Doe (00:03):"
    alone: bool = False  # the label stands alone on its line; the turn's text follows
    role: str | None = None  # an unlabelled turn's role (bold questions: the interviewer's)
    folded: bool = False  # printed in lower case ("smith:"): a label only where its capitalised form is one
    name: str | None = None  # the name of a label printed with a role or remark ("BEN ADLER, CORRESPONDENT")
    printed: str | None = None  # the label as printed, where more than the label: "Q4 [Mark Garnier]" for "Mark Garnier"
    number: str | None = None  # a question number printed before the label ("Q4"), as UK select committees print it


# (eq=False: a style is itself alone, as each has a name of its own, so compared and hashed as an object is; a
# frozen dataclass's own hash hashed every compiled pattern's code, ≈ 14 µs a time, 13 times in each detect_style)
@dataclass(frozen=True, eq=False)
class LabelStyle:
    """One convention for marking speakers, tried at the start of each line."""

    name: str
    example: str
    patterns: tuple[re.Pattern[str], ...]
    explicit: bool = False  # the markup itself says "this is a label" (bold): no recurrence needed
    unlabelled: bool = False  # turns are told apart by typography alone (bold questions, plain answers)
    block_start: bool = False  # a label only at the start of a paragraph (block), not of any line
    alternating: bool = False  # unlabelled turns that alternate, the interviewer's first (dialogue dashes)
    # rarer shapes, tried after the patterns and only on a line that holds the mark given with each, so that the lines
    # of prose, most of a transcript's, cost no more than before they were added: (mark, pattern)
    guarded: tuple[tuple[str, re.Pattern[str]], ...] = ()  # (compiled when a line first holds the mark: lazy)

    def match(self, line: str) -> LabelMatch | None:
        if self.alternating:
            # a dialogue dash: the text after it is the turn's, whose speaker is the one not speaking before
            found = self.patterns[0].match(line)
            return LabelMatch("", found.group("rest").strip(), role="alternating") if found else None
        if self.unlabelled:
            # the whole line in bold, no label: the interviewer's question (the bold is kept on the text); a heading's
            # hashes are markup, not kept
            found = self.patterns[0].match(line)
            heading = found.groupdict().get("heading") if found else None
            if heading and (labelled := _QUESTION_LABEL_FIRST.match(heading)):
                # "### Q: How did you start?": the heading's question label is the turn's
                return LabelMatch(labelled.group("label"), heading[labelled.end():].strip(), role="interviewer")
            return LabelMatch("", (heading or line).strip(), role="interviewer") if found else None
        for pattern in self.patterns:
            found = pattern.match(line)
            groups = found.groupdict() if found else {}
            # a label with a printed role or remark: its name must look like a label, the remark may be longer (a
            # witness's office: "Mr. Raymond Théberge (Commissioner of Official Languages, Office of the …)")
            if found and _plausible_label(groups.get("name") or found.group("label")) and len(found.group("label")) <= 140:
                rest = (groups.get("rest") or "").strip()
                if groups.get("question") is not None:
                    # A bold question that begins with its label: the question keeps its bold.
                    rest = "**" + groups["question"].strip()
                return LabelMatch(
                    found.group("label").strip(), rest, groups.get("time"), alone=not rest and "alone" in groups,
                    folded="folded" in groups, name=groups.get("name"), printed=groups.get("printed"),
                    number=groups.get("number"),
                )
        for mark, pattern in self.guarded:
            if mark in line and (found := pattern.match(line)):
                name = found.group("name")
                if _plausible_label(name) and len(found.group("label")) <= 140:
                    return LabelMatch(found.group("label").strip(), found.group("rest").strip(), name=name)
        return None


# A question label opening a question printed as a heading ("### Q: How did you start?").
_QUESTION_LABEL_FIRST = lazy(r"(?P<label>Q|Question|Frage|Pregunta|Domanda|Vraag|Pergunta)[ \t]*[:.][ \t]+(?=\S)")

# A label is a short name-like string: no sentence punctuation inside, not a clock time or a number.
_NOT_A_LABEL = re.compile(r"^\d+([:.]\d+)*$|[.!?;]\s|https?$")


_HONORIFIC_DOT = re.compile(rf"^{_HONORIFICS}\.\s+")  # compiled once: tried on every line, for every style


def _plausible_label(label: str) -> bool:
    label = _HONORIFIC_DOT.sub("", label.strip())  # "Mr. SMITH": the honorific's dot is no sentence end
    return 0 < len(label) <= 60 and len(label.split()) <= 6 and not _NOT_A_LABEL.search(label)


BOLD = LabelStyle(
    name="bold",
    example="**Jane Doe:** text, **Jane Doe**: text, **Jane Doe** — text, **JD: a bold question?**, or *Jane Doe:* in italics",
    patterns=(
        # (the colon may be the full-width one of Chinese and Japanese text: "**记者：**")
        re.compile(r"\*\*(?P<label>[^*\n:：]{1,60}?)\s*[:：]\s*\*\*[ \t]*(?P<rest>.*)\Z", re.S),
        # (or a dash after the bold name: "**Claire Martin** — text")
        re.compile(r"\*\*(?P<label>[^*\n:：]{1,60}?)\*\*(?:\s*[:：][ \t]*|[ \t]+[—–-][ \t]+(?=\S))(?P<rest>.*)\Z", re.S),
        # a timecode beside the bold label: "**Jane Doe** [00:01:02]: text", "**Jane Doe (00:01:02):** text"
        re.compile(rf"\*\*(?P<label>[^*\n:(\[]{{1,60}}?)\*\*\s*[(\[](?P<time>{TIMECODE})[)\]]\s*:[ \t]*(?P<rest>.*)\Z", re.S),
        re.compile(rf"\*\*(?P<label>[^*\n:(\[]{{1,60}}?)\s*[(\[](?P<time>{TIMECODE})[)\]]\s*:\s*\*\*[ \t]*(?P<rest>.*)\Z", re.S),
        re.compile(r"\*\*(?P<label>[^*\n:]{1,60}?):[ \t]+(?P<question>[^*\s].*)\Z", re.S),
        # the same in italics, which some Markdown Q&As use for labels: "*Jane Doe:* text", "_Jane_: text"
        re.compile(r"([*_])(?P<label>[^*_\n:：]{1,60}?)\s*[:：]\s*\1(?![*_])[ \t]*(?P<rest>.*)\Z", re.S),
        re.compile(r"([*_])(?P<label>[^*_\n:：]{1,60}?)\1(?![*_])\s*[:：][ \t]*(?P<rest>.*)\Z", re.S),
    ),
    explicit=True,
)

#: The turn's time printed after a label, before its colon: "Jane Doe (00:03):", "王芳 [00:01:02]："
_LABEL_TIME = rf"(?:[ \t]*[(\[](?P<time>{TIMECODE})[)\]])?"

#: A label that says who asks or answers: "Question from Maria Keller", "Answered by Dr. Amara Nwosu" (the name its
#: group), as a webinar's questions and answers report prints each.
ASKED_OR_ANSWERED = re.compile(
    rf"(?:(?P<asking>Question|Comment)[ \t]+from|Answered[ \t]+by)[ \t]+"
    rf"(?P<name>(?:{_HONORIFICS}\.?\s+)?{_NAME_WORD}(?:[ \t]+(?:{_NAME_WORD}|{_PARTICLE})){{0,3}})")


# An office of several words, in small letters some of them, and its holder in brackets, as Wales's Senedd and other
# chambers print a minister's first turn: "The Minister for Health and Social Services (Eluned Morgan): text" (the
# holder is the name; the office stays in the label as printed). Only an office with such small words: "The Prime
# Minister (Rishi Sunak)" is read as a name and its remark.
_OFFICE_AND_HOLDER = lazy(
    rf"(?P<label>The[ \t]+(?=[^(\n]*?[ \t](?:for|of|and|the|on|to|at)[ \t])"
    rf"{_NAME_WORD}(?:[ \t]+(?:{_NAME_WORD}|for|of|and|the|on|to|at)){{1,9}}[ \t]*"
    rf"\((?P<name>{_NAME_WORD}(?:[ \t]+(?:{_NAME_WORD}|{_PARTICLE})){{1,3}})\))[ \t]?:[ \t]+(?P<rest>\S.*)\Z")
# A role printed in two languages, as a bilingual archive's forms print it: "HOLWR / INTERVIEWER: text" (its role the
# one its words name, see label_role).
_BILINGUAL_ROLE = lazy(rf"(?P<label>(?P<name>{_NAME_WORD}[ \t]+/[ \t]+{_NAME_WORD}))[ \t]?:[ \t]+(?P<rest>\S.*)\Z")

# An interpreter's or translator's role with its kind or languages before it, in any case, as a Deaf signer's or a
# refugee's interview prints it: "BSL/English interpreter: text", "Sign language interpreter: text", "Dari-English
# interpreter: text" (the languages joined by a slash or a hyphen); not "Through an interpreter: …", whose words are
# a sentence's. Tried only on a line holding the word (PLAIN's guarded).
_INTERPRETER_KIND = lazy(
    r"(?P<label>(?P<name>(?=[^\W\d_])(?:(?!(?i:the|an?|via|through|by|with|and|for|our|my|his|her|their|your|no|each)\b)"
    r"[^\W\d_]+(?:[/-][^\W\d_]+)*[ \t]+){1,3}(?i:interpreter|translator)))[ \t]?:[ \t]+(?P<rest>\S.*)\Z")
# A role word with its feminine (or masculine) ending after a slash, as gender-fair research transcripts print it:
# Spanish and Portuguese "Entrevistador/a:", "Entrevistado/a:", German "Interviewer/in:", "Befragte/r:" (the role the
# word before the slash names, see label_role). Tried only on a line holding a slash (PLAIN's guarded).
_GENDERED_ROLE = lazy(
    r"(?P<label>(?P<name>[^\W\d_]{3,}/(?:a|o|as|os|in|innen|r|e|x)))[ \t]?:[ \t]+(?P<rest>\S.*)\Z")
_INTERPRETER_MARKS = ("nterpreter", "NTERPRETER", "ranslator", "RANSLATOR")

# A Korean paper's round table or interview, each turn opened by a mark and the speaker's name, an equals sign
# before the text ("▲김민수=올해 작황은 …?", "◆사회=…"); tried only on a line that holds the mark (PLAIN's guarded).
_MARKED_EQUALS = lazy(r"[ \t]*[▲△◆◇■□●○][ \t]*(?P<label>(?P<name>[^\W\d_]{1,10}(?:[ \t][^\W\d_]{1,10}){0,2}))[ \t]*=[ \t]*(?P<rest>\S.*)\Z")
_EQUALS_MARKS = "▲△◆◇■□●○"

PLAIN = LabelStyle(
    name="plain",
    example="SMITH: text, Jane Doe: text, Mr. SMITH: text, E.G.: text, Q: text (tab or spaces after the colon)",
    patterns=(
        # UK select committees number each question before the member's label: "Q1 Chair: text", "Q12 Mr Smith:
        # text", "Q4 [Mark Garnier]: text"; UK Hansard with the question's number in the paper as well: "Q1. [901234]
        # Mrs Flick Drummond (Meon Valley) (Con): text". The label is the name; the number is printed with it.
        re.compile(
            rf"(?P<printed>(?P<number>Q[ \t]?\d{{1,4}}[a-z]?)\.?(?:[ \t]+\[\d{{3,7}}\])?[ \t]+"
            rf"(?P<bracket>\[)?(?P<label>{PLAIN_LABEL}|{REMARKED_LABEL})(?(bracket)\]))"
            rf"(?(bracket)[ \t]*:?|[ \t]?:)[ \t]+(?P<rest>\S.*)\Z"  # "Q3 [Mrs Ellison] text": no colon after brackets
        ),
        # each turn numbered in square brackets, as some research and focus-group transcripts print them: "[12]
        # MODERATOR: text"; the number is printed with the label (and judged as a question number is)
        re.compile(rf"(?P<printed>(?P<number>\[\d{{1,4}}\])[ \t]+(?P<label>{PLAIN_LABEL}))[ \t]?:[ \t]+(?P<rest>\S.*)\Z"),
        re.compile(
            # the space before the colon may be French typography's no-break space ("DUPONT\u00a0: Bonjour")
            rf"(?P<label>{PLAIN_LABEL}){_LABEL_TIME}[ \t\u00a0\u202f]?:(?:[ \t\u00a0]+(?P<rest>.*))?(?P<alone>)\Z"
        ),
        # a webinar's questions and answers report, who asks and who answers in the label: "Question from Maria
        # Keller: text", "Answered by Dr. Amara Nwosu: text"
        re.compile(rf"(?P<label>{ASKED_OR_ANSWERED.pattern})[ \t]?:[ \t]+(?P<rest>\S.*)\Z"),
        # a name with a role or remark, as TV transcripts print them: "BEN ADLER, CORRESPONDENT (voice-over): text"
        # (or alone on its line, the text under it, as NPR prints a programme's first turn: "MARY LOUISE KELLY, HOST:"
        # / "Across the Great Plains …")
        re.compile(rf"(?P<label>{REMARKED_LABEL})[ \t]?:(?:[ \t]+(?P<rest>\S.*)|[ \t]*(?P<alone>))\Z"),
        # a name in a script without capitals, one to three words ("רחל: text", "محمد علي: text", "रमेश चंद्र तिवारी:
        # text", a given name, a father's or a middle name and a surname), or three or four
        # syllables set apart ("이 민 준: text", a Korean name spaced as some transcribers type it), or a name of up
        # to four Chinese or Japanese characters before a full-width colon and no space ("王：text")
        # (a vowel sign or virama is part of its word, uncounted: "साक्षात्कारकर्ता: text", "ผู้สัมภาษณ์: text"), with the
        # turn's time as a name in capitals takes it ("רחל (00:01:02): text", "王芳 (00:01:02)：text")
        re.compile(rf"(?P<label>{CASELESS}{MARK}*(?:[\w\u200c]{MARK}*){{0,11}}(?:[ \t]{CASELESS}{MARK}*(?:[\w\u200c]{MARK}*){{0,11}}){{0,2}}"
                   rf"|{CASELESS}(?:[ \t]{CASELESS}){{2,3}})"
                   rf"{_LABEL_TIME}[ \t\u00a0]?:[ \t\u00a0]+(?P<rest>\S.*)\Z"),
        re.compile(rf"(?P<label>{CASELESS}{{1,4}}){_LABEL_TIME}[ \t\u00a0\u3000]?：[ \t\u00a0\u3000]*(?P<rest>\S.*)\Z"),
        # a name of up to four Chinese or Japanese characters before an ideographic space, as Japanese magazines set
        # the interviewee's answers beside the interviewer's dashed questions ("山田　text"; see QUESTION_DASH)
        re.compile(r"(?P<label>[\u3400-\u4dbf\u4e00-\u9fff々]{1,4})\u3000(?P<rest>[^\s\u3000].*)\Z"),
        # a name in black lenticular brackets before the text, as Japanese round-table transcripts (対談, 座談会) and
        # minutes set each turn ("【山田】text", "【司会】text")
        re.compile(r"【(?P<label>[^【】\s]{1,12})】[ \t\u3000]*(?P<rest>[^\s\u3000].*)\Z"),
        # a label in full-width capitals before a full-width colon, as Japanese transcripts type Q and A ("Ｑ：text")
        re.compile(r"(?P<label>[\uff21-\uff3a][\uff21-\uff3a\uff10-\uff19]{0,3})[ \t\u00a0\u3000]?：[ \t\u00a0\u3000]*(?P<rest>\S.*)\Z"),
        # a known label typed in lower case ("smith:\tAnd after you retired?"); never counted, see _candidates
        re.compile(rf"(?P<label>{_LOWER_WORD}(?:[ \t]+{_LOWER_WORD}){{0,3}})(?P<folded>):[ \t\u00a0]+(?P<rest>\S.*)\Z"),
        # a chat log's nickname in angle brackets, as IRC clients log it ("[21:02] <kbrown> thanks for joining": the
        # time is read before the label); not a sound in angle brackets ("<laughs> yes")
        re.compile(rf"<(?!(?i:{NONSPEECH_WORDS})>)(?P<label>[^\W\d_][\w.|^-]{{0,29}})>[ \t]+(?P<rest>\S.*)\Z"),
        # initials in square brackets before the text, no colon, as some oral historians type turns ("[KM] Where did
        # you grow up?"); not a word in brackets ("[Laughs] Yes"), which is an event or an editor's
        re.compile(r"\[(?P<label>[A-Z]{1,3}[0-9]?)\][ \t]+(?P<rest>[^\s\]].*)\Z"),
        # an abbreviated role word with its full stop before the colon ("Int.: text", "Resp.: text")
        # (and the Greek question and answer so abbreviated: "Ερ.: text", "Απ.: text")
        re.compile(r"(?P<label>(?i:int|interv|intvr|resp|res|inf|ερ|απ|корр)\.)[ \t]?:[ \t]+(?P<rest>\S.*)\Z"),
        # a social network's handle, as a Twitter/X Space's or a forum's transcript prints it ("@kate_dev: text",
        # Mastodon's "@kate@hachyderm.io: text")
        re.compile(r"(?P<label>@[^\W_][\w.]{0,29}(?:@[\w-]+(?:\.[\w-]+)+)?):[ \t]+(?P<rest>\S.*)\Z"),
        # a label in square brackets before its colon ("[INTERVIEWER]: text"), and a label typed with no space after
        # its colon ("SMITH:Where were you born?", "JONES:1950."), unless a clock time's minutes follow ("Tuesday
        # 10:30", "Q3:45")
        re.compile(rf"\[(?P<label>{PLAIN_LABEL})\][ \t]?:[ \t]+(?P<rest>\S.*)\Z"),
        re.compile(rf"(?P<label>{PLAIN_LABEL}):(?!\d{{1,2}}(?!\d))(?P<rest>\S.*)\Z"),
    ),
    guarded=(("(", _OFFICE_AND_HOLDER), (" / ", _BILINGUAL_ROLE), *((mark, _MARKED_EQUALS) for mark in _EQUALS_MARKS),
             *((mark, _INTERPRETER_KIND) for mark in _INTERPRETER_MARKS), ("/", _GENDERED_ROLE)),
)

#: A name printed surname first, as video-call exports do: "Okafor, Chidi".
INVERTED_NAME = rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}},[ \t]+{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?"

LABEL_LINE = LabelStyle(
    name="label-line",
    example="a label alone on its line (JANE DOE, Jane Doe 00:03, or as video calls export it [Okafor, Chidi] "
    "14:02:11), the turn's text on the next line or block",
    patterns=(
        # (a bar between the name and the time, as some editors export it: "Speaker 1 | 00:03")
        re.compile(rf"(?P<label>{PLAIN_LABEL})(?:[ \t]+(?:\|[ \t]+)?[(\[]?(?P<time>{TIMECODE})[)\]]?)?[ \t]*(?P<alone>)\Z"),
        # a bracketed or surname-first name is a label only with its timecode ("[Music]" alone is an event)
        re.compile(rf"\[(?P<label>{PLAIN_LABEL}|{INVERTED_NAME})\][ \t]+(?P<time>{TIMECODE})[ \t]*(?P<alone>)\Z"),
        re.compile(rf"(?P<label>{INVERTED_NAME})[ \t]+(?P<time>{TIMECODE})[ \t]*(?P<alone>)\Z"),
        # a chat export's author line, the date and time of the message after a dash ("Marcus — 03/14/2023 7:02 PM",
        # "Priya — Today at 7:04 PM", as Discord copies messages): the speaker is printed with the date and time
        # … and Slack's, the clock time after the name ("Priya Nair  10:02 AM"): no time of the recording
        re.compile(rf"(?P<printed>(?P<label>{PLAIN_LABEL})[ \t]+(?:[—–-][ \t]+(?:\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|(?i:today|yesterday)"
                   rf"(?:[ \t]+at)?)[ \t]+\d{{1,2}}:\d{{2}}(?:[ \t]?[AaPp]\.?[Mm]\.?)?|\d{{1,2}}:\d{{2}}[ \t]?[AaPp]\.?[Mm]\.?))"
                   rf"[ \t]*(?P<alone>)\Z"),
        # a name with a remark in round brackets, as meeting notetakers export it under a timecode ("0:00 - Nora
        # Blake (Acme Research)"): a speaker only where its kind recurs (see _judge), as on a line with text
        re.compile(rf"(?P<label>(?P<name>(?:{_HONORIFICS}\.?\s+)?{_NAME_WORD}(?:[ \t]+(?:{_NAME_WORD}|{_PARTICLE})){{0,3}})"
                   rf"[ \t]*\([^()\n]{{1,60}}\))[ \t]*(?P<alone>)\Z"),
    ),
)

#: A record-style label: a surname in capitals, after an honorific or not, or Q/A, closed by a full stop.
#: An abbreviated honorific with its full stop ("MR.", "MS.") is never the label's last word: in
#: "MS. FENWICK:" or "BY MR. ABERNATHY:" that stop belongs to the honorific, not to a label "MS" or "BY MR".
_ABBREVIATED = r"(?i:mr|mrs|ms|mx|dr|prof|sen|rep|hon|rev|gen|col|capt|lt|sgt|gov|amb|st)\."
# A surname's prefix printed in small letters before the capitals (the Congressional Record's "Senator McSALLY.",
# "Ms. DeLAURO.", "Mr. LaHOOD."): part of the capitals word.
# (two capitals after the prefix as a class repeated: one copy of UPPER less to compile, ≈ 0.3 ms a word)
_CAPS_WORD = rf"(?!{_ABBREVIATED})(?:(?:Mc|Mac|De|Des|Di|Da|La|Le)(?={UPPER}{{2}}))?{UPPER}(?:{UPPER}|['’{MARK[1:-1]}-])+"
_CAPS_NAME = rf"{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,2}}"
# (numbered as e-mailed or surveyed questions and answers print them, "Q1." / "A1.": judged as NUMBERED_QA)
_QA_LABEL = r"[QA]\d{1,3}|Q|A|P|R|F|D|V|Pregunta|Respuesta|Question|Réponse|Frage|Antwort|Domanda|Risposta|Vraag|Antwoord"
CAPS_LABEL = rf"(?:(?:{_HONORIFICS}\.?\s+)?{_CAPS_NAME}|{_QA_LABEL})"

#: A deposition's examination header, which says who asks the questions that follow ("BY MR. ABERNATHY:"),
#: and the heading above it ("EXAMINATION", "CROSS-EXAMINATION"); a UK hearing's witness header ("MR DESMOND
#: FAIRCLOUGH (affirmed)", "Questions from COUNSEL TO THE INQUIRY"): a heading of what follows, not a turn.
_EXAMINATION_HEADER = lazy(
    rf"(?:(?:DIRECT|CROSS|REDIRECT|RECROSS|FURTHER|RE)[- ])*EXAMINATION(?:-IN-CHIEF)?(?:\s+\(CONTINUED\))?"
    # (as a Scottish court prints it: "EXAMINATION-IN-CHIEF OF CONSTABLE AILSA FRASER BY THE ADVOCATE DEPUTE",
    # "CROSS-EXAMINATION BY MR DUNCAN, SOLICITOR ADVOCATE": the witness after OF, the examiner's calling after a comma)
    rf"|(?:(?:(?:DIRECT|CROSS|REDIRECT|RECROSS|FURTHER|RE)[- ])*EXAMINATION(?:-IN-CHIEF)?"
    rf"(?:\s+OF\s+{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,4}})?\s+)?"
    rf"BY\s+{_HONORIFICS}\.?\s+{_CAPS_NAME}(?:,\s+{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,2}})?:?"
    rf"|(?:{_HONORIFICS}\.?\s+)?{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,3}},?\s+\((?:sworn|affirmed|recalled)\)"
    # (a United States court's line under which the witness answers: "MARIA SANTOS, having been duly sworn, testified
    # as follows:", "…, called as a witness by the Government, having been first duly sworn, was examined and …:")
    rf"|(?:{_HONORIFICS}\.?\s+)?{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,4}},\s+[^:\n]{{0,100}}?\b(?:sworn|affirmed)\b"
    rf"[^:\n]{{0,60}}:"
    # (and as an international tribunal prints it: "Examined by Mr. Nice:", "Cross-examined by Mr. Kay:")
    rf"|(?:Questions|Examination|Cross-examination|Re-examination|Further questions|Examined|Cross-examined"
    rf"|Re-examined|Further examined|Further cross-examined)\s+(?:from|by)\s+"
    rf"(?:{_HONORIFICS}\.?\s+{_NAME_WORD}|{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,5}}):?"
    # (a party in small letters, as a court-martial's record heads each side's questions: "Questions by the
    # prosecution:", "Questions by the defense:", "Questions by the court:"; the colon ends such a heading)
    rf"|(?:Questions|Examination|Cross-examination|Re-examination|Further questions)\s+(?:from|by)\s+"
    rf"the\s+[a-z]+(?:\s+(?:of\s+the\s+)?[a-z]+){{0,2}}:"
    # a hearing's witness header, all in capitals: "STATEMENT OF DR. LAURA HOLMES, DIRECTOR, GRID RESILIENCE INSTITUTE"
    # (no letter in small letters after "OF")
    r"|(?:(?:OPENING|PREPARED|JOINT)\s+)?(?:STATEMENT|TESTIMONY)\s+OF\s+[^\W\d_a-z][^a-z]*"
)
#: A word every examination header holds, one of each alternative above: a line without any is none (the pattern,
#: the costliest to compile, ≈ 30 ms, is compiled only for a transcript that has such a line).
_EXAMINATION_WORDS = ("EXAMINATION", "BY", "sworn", "affirmed", "(recalled)", "Questions", "xamination", "xamined",
                      "Further questions", "STATEMENT", "TESTIMONY")


def examination_header(line: str) -> re.Match | None:
    """The examination header ``line`` is, else None (see ``_EXAMINATION_HEADER``)."""
    return _EXAMINATION_HEADER.fullmatch(line) if any(word in line for word in _EXAMINATION_WORDS) else None

#: The examining lawyer an examination header names ("BY MR. ABERNATHY:", "CROSS-EXAMINATION BY MS. PRADO:", as a
#: tribunal prints it "Examination by Mr. Groome:"): who asks the "Q." questions that follow it, until the next
#: such header. (Searched for in the last line of every headnote: only where "BY" or "xamination by" is.)
EXAMINER = guarded(
    rf"(?:^|\s)(?:BY|(?<=[Ee]xamination )by|(?<=[Ee]xamined )by)\s+(?P<name>{_HONORIFICS}\.?\s+(?:{_CAPS_NAME}"
    rf"|{_NAME_WORD})):?",
    lambda text: "BY" in text or "xamination by" in text or "xamined by" in text)

RECORD = LabelStyle(
    name="record",
    example="Mr. SMITH. text, The CHAIRMAN. text, Q. text, P. text (hearings, depositions and printed Q&As: a full "
    "stop after the label, or a colon after an honorific and surname: MS. FENWICK: text, THE WITNESS: text)",
    patterns=(
        re.compile(rf"(?P<label>{CAPS_LABEL})\.[ \t]+(?P<rest>\S.*)\Z"),
        # depositions and UK transcripts print their colloquy as "MS. FENWICK:  text", "THE CHAIR:  text"
        re.compile(rf"(?P<label>{_HONORIFICS}\.?\s+{_CAPS_NAME})[ \t]?:[ \t]+(?P<rest>\S.*)\Z"),
    ),
)

# The European Parliament's verbatim report: the name, what the member speaks as after a comma, a full stop and an en
# dash ("Michael Gahler, on behalf of the PPE Group. – text", "President. – text"); tried only on a line that holds
# the full stop and the dash (DASH's guarded).
_PARLIAMENT_REPORT = lazy(
    rf"(?P<label>(?P<name>{_NAME_WORD}(?:[ \t]+(?:{_NAME_WORD}|{_PARTICLE})){{0,3}})"
    rf"(?:,[ \t]+(?:[^–—.\n]|\.(?=\S)){{1,160}}?)?)\.[ \t][–—][ \t]+(?P<rest>\S.*)\Z")


DASH = LabelStyle(
    name="dash",
    example="SMITH — text, Q - text (a dash between label and text)",
    patterns=(re.compile(rf"(?P<label>{PLAIN_LABEL})[ \t]+[-–—][ \t]+(?P<rest>\S.*)\Z"),),
    guarded=((". –", _PARLIAMENT_REPORT), (". —", _PARLIAMENT_REPORT)),
)

#: Magazine Q&As that print no labels: each question wholly in bold, the answer in plain text after it.
BOLD_QUESTIONS = LabelStyle(
    name="bold-questions",
    example="**A whole question in bold?** (or *in italics?*) and the answer in plain text, no labels",
    # a question wholly in italics too, ending in its question mark: "*When did you start painting?*"; or a Markdown
    # heading below the title that is a question ("## Why did you become a volcanologist?"), as blogs print a Q&A
    patterns=(re.compile(r"\*\*(?:[^*]|\*(?!\*))+?\*\*\s*\Z|\*(?!\*)[^*\n]+?\?\*\s*\Z|_(?!_)[^_\n]+?\?_\s*\Z"
                         r"|#{2,6}[ \t]+(?P<heading>[^#\n]+?[?？])[ \t]*#*[ \t]*\Z"),),
    explicit=True,
    unlabelled=True,
)

#: Dialogue dashes, as French, Spanish, Italian or Russian print an interview without names: a dash opens each change
#: of speaker ("— Quand avez-vous commencé ?" / "— À douze ans."), the interviewer's first, then turn by turn; a
#: paragraph without one goes on with the turn. A convention of its own only where no label convention fits (see
#: detect_style), and a dash only where a sentence starts.
DIALOGUE_DASH = LabelStyle(
    name="dialogue-dash",
    example="— a question? / — its answer (a dash opens each change of speaker; no names)",
    # Spanish sets the dash close to the words ("—¿Dónde nació usted?"); an en dash needs a space after it
    patterns=(lazy(r"(?:[—―][ \t\u00a0]*|–[ \t\u00a0]+)(?P<rest>[^\s—―–-].*)\Z"),),
    unlabelled=True,
    alternating=True,
)

#: White House transcripts print each question as a paragraph that opens with a bare "Q" and a space ("Q Thank
#: you, Elaine."), beside "MS. MARSH:" labels. Such a paragraph is a question only where several are, beside the
#: labels of another convention: never a convention of its own.
BARE_Q = LabelStyle(
    name="bare-q",
    example="Q text (a paragraph that opens with a bare Q and a space, as White House transcripts print questions)",
    patterns=(re.compile(r"(?P<label>Q)[ \t]+(?P<rest>\S.*)\Z"),),
    block_start=True,
)

#: Japanese interviews print each of the interviewer's questions as a paragraph that opens with a doubled dash
#: ("――陶芸を始めたきっかけは？"), the answers under the interviewee's name ("山田　…"), and Korean ones with a
#: horizontal bar ("―작가님, 이번 작품은 …?"). Such a paragraph is a question where several are, beside the labels of
#: another convention and no label of the interviewer's own; or, where no label convention fits, where three
#: paragraphs or more so open, never two of them one after the other, the answers the unmarked paragraphs after each
#: (see _dashed_questions; dialogue dashes open the answers too). The dashes stay in the question's text.
QUESTION_DASH = LabelStyle(
    name="question-dash",
    example="――a question (a paragraph that opens with a doubled dash or a horizontal bar, as Japanese and Korean "
    "interviews print questions) / its answer, unmarked",
    patterns=(re.compile(r"(?:――|——|―)[^―—\s]"),),
    block_start=True,
    unlabelled=True,
)

#: Questions numbered through (1, 2, 3 …), each a paragraph of one line ending in its question mark, with the answers
#: unlabelled after them ("1. When did your family come to the farm?" / "My great-grandfather took the tenancy."): a
#: convention of its own only where no label convention fits and three questions or more are so numbered (see
#: detect_style). The number stays in the question's text.
NUMBERED_QUESTIONS = LabelStyle(
    name="numbered-questions",
    example="1. a numbered question? / its answer, unlabelled (no names)",
    patterns=(lazy(r"[ \t]*\d{1,3}[.)][ \t]+\S.*[?？][ \t]*\Z"),),
    block_start=True,
    unlabelled=True,
)

#: An e-mail interview's questions, quoted in the reply with the e-mail's markers ("> When did you first come?"), the
#: answers written under each, unquoted: a convention of its own only where no label convention fits and three quoted
#: paragraphs or more, each a question, stand between answers (the reader finds them: its markers are markup, left
#: out before any convention is tried, so the pattern matches nothing).
QUOTED_QUESTIONS = LabelStyle(
    name="quoted-questions",
    example="> a question quoted from the interviewer's e-mail? / its answer, unquoted (no names)",
    patterns=(lazy(r"(?!)"),),
    block_start=True,
    unlabelled=True,
)

STYLES: dict[str, LabelStyle] = {
    style.name: style for style in (BOLD, PLAIN, LABEL_LINE, RECORD, DASH, BOLD_QUESTIONS)
}

#: First words of label-like line starts that are not speakers: notes, list items, document parts.
NOT_SPEAKERS = frozenset(
    """note notes nb ps pps step steps update updated editor editors editor's source sources warning tip example
    chapter part section tape side page copyright keywords keyword summary abstract date dates time place location
    subject title subtitle transcript transcribed transcriber edited caption photo figure table re fwd cc
    translation translator duration length recorded topic topics series episode season language contents
    disclaimer correction corrections addendum postscript answer1 item items point points day week phase round
    http https mailto ok okay yes no well so oh ah hi hello thanks right sure now and but i""".split()
) | {"注", "注意", "備考", "备注", "注記", "说明", "說明", "비고", "참고", "주"}  # (and a note's words without capitals)

#: Words of NOT_SPEAKERS that name a person who may speak: as a label that recurs ("TRANSLATOR:" before each
#: translation) they are a speaker; once, as in a header's "Translator: Jane Roe", they stay a line of text.
_SPEAKING_WORDS = frozenset({"translator"})


#: What a transcript of a video prints as text on the screen, and the last word of a note's label of two words or
#: more ("PRODUCER NOTE:", "Editor's note:"): no speakers.
_SCREEN_TEXT = frozenset({"on screen", "on-screen", "onscreen", "lower third", "super", "chyron", "graphic", "title card",
                          "caption", "actuality", "sfx"})  # (a radio script's recorded sound: "ACTUALITY: WAVES, GULLS")
_CUE = re.compile(r"[ \t]*(?P<key>[^\W\d_][^:\n]{0,30}?)[ \t]*:[ \t]+\S")


def cue_line(line: str) -> bool:
    """Whether a line is a production cue printed like a turn: a video's text on the screen ("ON SCREEN: Archive
    footage", "CAPTION: …"), a radio script's sound ("ACTUALITY: DIGGER"), a note's label ("PRODUCER NOTE: …")."""
    found = _CUE.match(line)
    key = label_key(found.group("key")) if found else ""
    return key in _SCREEN_TEXT or " " in key and _last_word(key) in _NOTE_WORDS
_NOTE_WORDS = frozenset({"note", "notes", "nb"})


def _not_speaker(key: str, shown: dict[str, str], counts: Counter[str]) -> bool:
    """Whether a candidate label is a note, list item or document part (NOT_SPEAKERS) rather than a speaker. "I:"
    is the interviewer of qualitative research ("I:" beside "B:", "IP:" or "R:") where it recurs beside another
    recurring label of a letter or two, and no "II:" numbers parts."""
    if key == "i":
        return not (counts[key] >= 2 and "ii" not in counts and any(
            counts[other] >= 2 and len(other) <= 2 and other != key for other in counts))
    if key in _SCREEN_TEXT or " " in key and _last_word(key) in _NOTE_WORDS:
        return True  # a video's "ON SCREEN:" or "LOWER THIRD:", a "PRODUCER NOTE:" between the calls
    return _first_word(shown[key]) in NOT_SPEAKERS and not (key in _SPEAKING_WORDS and counts[key] >= 2)


#: Labels that name a role rather than a person; they are speakers wherever they occur.
ROLE_LABELS = frozenset(
    "q a question answer interviewer interviewee respondent narrator moderator host guest".split()
)


#: The partners of each paired question or answer label (``p`` → ``r``; ``q``, which is a label anyway, is left out).
_PAIRED: dict[str, set[str]] = {}
for _question, _answer in ROLE_PAIRS:
    for _one, _other in ((_question, _answer), (_answer, _question)):
        if _one not in ROLE_LABELS:
            _PAIRED.setdefault(_one, set()).add(_other)
#: The role of a paired label beside each partner: "V" asks beside "A" (Dutch) and answers beside "K" (Finnish).
_PAIR_ROLES = {pair: role for question, answer in ROLE_PAIRS
               for pair, role in (((question, answer), "interviewer"), ((answer, question), "interviewee"))}
#: The English letter of each role. Where the English pair recurs, or the English letter of a role recurs more often
#: than a foreign one ("R. Patel" beside "A."), the foreign letter is an initial; where a foreign letter is the file's
#: own label for a role ("R." in a Spanish "P."/"R." interview), the English letter of that role is the initial.
_ENGLISH_LETTER = {"interviewer": "q", "interviewee": "a"}
#: A line that ends a sentence, or breaks one off: a full stop, question or exclamation mark, an ellipsis ("…",
#: "..."), a dash ("—", "–", "--") or a closing bracket ("[laughs]", "(pause)"), before any closing quotes. A line
#: after it that starts with a label starts a turn, not a hard-wrapped line's text.
LINE_ENDS_SENTENCE = re.compile(r"(?:[.!?…—–\])]|--)[\"”’')\]*]*\s*$")


_PRINTED_ROLE = re.compile(r"\((?P<role>[^()]+)\)$")
#: Role words of whoever presides over a conversation rather than asks its questions: a briefing's "MODERATOR:" or a
#: podcast's "HOST:" leaves the questions to the bare-Q paragraphs of the press.
_PRESIDING = frozenset({"moderator", "host", "co-host", "presenter", "anchor"})


def _asks_questions(key: str, keys: set[str]) -> bool:
    """Whether a label key names the file's own asker: a question or interviewer label (``Q``, ``Question``,
    ``Interviewer``, ``Questioner``, or another language's question label beside its partner), or a name printed with
    such a role ("smith (interviewer)"); a moderator or host presides, and asks no question of their own."""
    printed = _PRINTED_ROLE.search(key)
    word = printed.group("role").strip() if printed else key
    if word in _PRESIDING:
        return False
    return (ROLE_WORDS.get(word) if printed else label_role(key, keys)) == "interviewer"


#: The abbreviated roles of qualitative research transcripts: ``I:``/``B:`` (German "Interviewer"/"Befragte"),
#: ``I:``/``IP:`` ("Interviewpartner"), ``I:``/``R:``, ``INT:``/``RESP:``, ``IV:``/``IE:``. Each names its role
#: only beside an abbreviation of the other role: "B:" beside "SMITH:" is someone's initial.
ABBREVIATED_ROLES = {
    "i": "interviewer", "int": "interviewer", "iv": "interviewer", "intv": "interviewer",
    "b": "interviewee", "ip": "interviewee", "ie": "interviewee", "resp": "interviewee", "r": "interviewee",
    "pt": "interviewee",  # a clinical study's patient ("Int:"/"Pt:")
    "res": "interviewee",  # a respondent in a label column ("INT"/"RES")
    "p": "interviewee",  # a research study's participant ("I:"/"P:"; "P."/"R." are a question and its answer)
    "dr": "interviewer",  # a consultation study's doctor ("Dr:"/"Pt:")
    "n": "interviewee", "nar": "interviewee",  # an oral history's narrator ("I:"/"N:", under "Narrator: …")
}


#: The roles of a clinical or forensic interview's labels ("Clinician:"/"Patient:", "Adult:"/"Child:"), which name
#: their roles only where every label of the file is such a word, an asker's and an answerer's among them; the others
#: ("Parent:") are participants. Each is a stand-in for a person the source does not name.
_SETTING_ROLES = {
    "adult": "interviewer", "child": "interviewee", "clinician": "interviewer", "doctor": "interviewer",
    "patient": "interviewee", "therapist": "interviewer", "client": "interviewee", "counsellor": "interviewer",
    "counselor": "interviewer",
}
_SETTING_OTHERS = frozenset({"parent", "mother", "father", "carer", "caregiver", "guardian", "nurse"})


def _setting_role(key: str, labels: Iterable[str]) -> str | None:
    keys = {label_key(other) for other in labels}
    if not keys <= _SETTING_ROLES.keys() | _SETTING_OTHERS:
        return None
    return _SETTING_ROLES[key] if {_SETTING_ROLES.get(k) for k in keys} >= {"interviewer", "interviewee"} else None


_GENDERED_ROLE_KEY = lazy(r"[^\W\d_]{3,}/(?:a|o|as|os|in|innen|r|e|x)")


def label_role(label: str, labels: Iterable[str]) -> str | None:
    """The role a label names (``Q`` → interviewer), given all the labels of the file: a question or answer label
    of another language (``P``, ``Respuesta``) names a role only beside its partner; without it, "P" is a name's
    initial. So does an abbreviated role (``INT``/``RESP``, ``I``/``B``)."""
    key = label_key(label)
    if " / " in key:
        # "Holwr / Interviewer": a role printed in two languages, the role its words name (none where they differ)
        roles = {ROLE_WORDS.get(side.strip()) for side in key.split(" / ")} - {None}
        return roles.pop() if len(roles) == 1 else None
    if "/" in key and _GENDERED_ROLE_KEY.fullmatch(key):
        return ROLE_WORDS.get(key.split("/")[0])  # "Entrevistador/a", "Befragte/r": the role word before the ending
    if key[-1:].isdigit() and (numbered := _NUMBERED_ROLE.fullmatch(key)) and numbered.group(1) in _NUMBERED_ROLE_WORDS:
        return ROLE_WORDS[numbered.group(1)]  # "INTERVIEWER 1", "Interviewer 2": two interviewers, numbered
    if key in _SETTING_ROLES:
        return _setting_role(key, labels)
    partners = _PAIRED[key] & {label_key(other) for other in labels} if key in _PAIRED else set()
    if key in _PAIRED and not partners:
        if key not in ABBREVIATED_ROLES:
            return None
    elif len(roles := {_PAIR_ROLES[key, partner] for partner in partners}) == 1:
        return roles.pop()
    elif key in ROLE_WORDS:
        return ROLE_WORDS[key]
    role = _abbreviated_role(key)
    if role and any(_abbreviated_role(label_key(other)) not in (role, None) for other in labels):
        return role
    if role and len(key) >= 2 and _abbreviating(key, labels):
        return role  # "INT:" beside "Interviewer:": the role word the file prints in full
    return None


# A role word in full and a number: "interviewer 1", "interviewerin 2" (a respondent's number is the focus group's
# stand-in, read elsewhere).
_NUMBERED_ROLE = lazy(r"(\w+)[ \t]?\d{1,2}")
_NUMBERED_ROLE_WORDS = frozenset({"interviewer", "interviewerin", "entrevistador", "entrevistadora", "intervistatore",
                                  "intervistatrice", "enquêteur", "enquêtrice", "interviewster", "moderator",
                                  "moderatorin", "host"})


def _abbreviating(key: str, labels: Iterable[str]) -> bool:
    """Whether an abbreviated role of two letters or more ("int", "resp") stands beside the full word of its role
    among the file's labels ("Interviewer", "Respondent"), as a transcriber types it in haste."""
    role = _abbreviated_role(key)
    return any(
        len(other := label_key(label)) >= 3 and other not in _QA_WORDS and ROLE_WORDS.get(other) == role
        and other.startswith(key[0]) for label in labels
    )


#: First words and whole labels that name nobody: an unidentified voice, a group.
_NOBODY_FIRST = frozenset({"unidentified", "unknown", "unnamed", "anonymous"})
# (and a chamber's: Hansard's "Hon. Members:", the members crying out together)
_GROUPS = frozenset({"both", "all", "audience", "crowd", "hon members", "honourable members", "members"})
# Whoever asks from the audience at a talk or a panel, unnamed: "QUESTION FROM THE FLOOR", "AUDIENCE MEMBER", "FLOOR".
_FROM_THE_FLOOR = re.compile(r"(?:(?:question|comment|questioner)\s+from\s+(?:the\s+)?)?(?:floor|audience)|audience\s+member")
# A phone-in's voice the source does not name ("CALLER, North Harbour" is "CALLER" calling from there).
# (a conversation analyst's call to a surgery: "REC:", the receptionist, beside the caller's pseudonym)
_VOICES = frozenset({"caller", "listener", "viewer", "receptionist", "rec"})
# The chair of a chamber by the office alone, as Hansard prints it ("Mr Speaker:", "Madam Deputy Speaker:"): no name.
_CHAMBER_CHAIRS = lazy(r"(?:mr|madam|mister)\.? (?:deputy )?speaker|the (?:deputy )?speaker")
#: The roles a court's record labels its speakers by, in English, German, French and Spanish ("THE COURT:",
#: "Vorsitzende:", "Le Président :", "El Fiscal:"): no person's name, and a label even where printed once beside
#: another of them that recurs ("Verteidiger: Keine weiteren Fragen." once, at the end of a witness's examination).
_COURT_ROLES = frozenset({
    "the court", "the witness", "the defendant", "the clerk", "the registrar", "the interpreter", "the bailiff",
    "the foreperson", "the foreman",
    "vorsitzende", "vorsitzender", "richter", "richterin", "zeuge", "zeugin", "verteidiger", "verteidigerin",
    "staatsanwalt", "staatsanwältin", "angeklagte", "angeklagter", "sachverständige", "sachverständiger",
    "nebenkläger", "nebenklägerin",
    "le président", "la présidente", "le témoin", "l'avocat", "l'avocate", "le procureur", "la procureure",
    "le prévenu", "la prévenue", "l'accusé", "l'accusée",
    "el juez", "la jueza", "el testigo", "la testigo", "el fiscal", "la fiscal", "el acusado", "la acusada",
    "el abogado", "la abogada",
    # and as a Spanish court's record prints them, in capitals without the article ("TESTIGO:", "FISCAL:", "DEFENSA:")
    "testigo", "fiscal", "defensa", "acusado", "acusada", "magistrado presidente", "magistrada presidenta",
    "letrado", "letrada", "letrado de la defensa", "letrada de la defensa",
})


def unidentified_voice(name: str) -> bool:
    """Whether a name is a voice the transcript does not identify ("Unknown Speaker", as Otter prints one, or
    "UNIDENTIFIED MALE"), not the converter's stand-in for a person it knows of ("unnamed interviewee")."""
    return _first_word(label_key(name)) in ("unidentified", "unknown")


def numbered_voice(label: str) -> bool:
    """Whether a label is a number the transcriber gave a person not named ("Speaker 1", "Participant 2")."""
    return bool(_NUMBERED_PERSON.fullmatch(label_key(label)))


#: Question words that are also given names ("Tanya:", Indonesian for a question, is Tanya beside "Budi:"), and
#: question or answer letters that are also initials ("J:" beside "P:" is Jane's, beside "T:" a jawab): a stand-in
#: only beside the partner's label (stand_in_among).
_ALSO_A_NAME = frozenset({"tanya", "t", "j", "k"})


def stand_in_among(name: str, labels: Iterable[str]) -> bool:
    """stand_in, knowing the file's labels: "Tanya" beside "Jawab" is the question's label, no one's name."""
    key = label_key(name)
    return stand_in(name) or key in _ALSO_A_NAME and any(label_key(label) in _PAIRED[key] for label in labels)


def stand_in(name: str) -> bool:
    """Whether a participant's name is only a stand-in for a person the source does not name: a role label ("Q",
    "INTERVIEWER", "RESP", "Entrevistado"), a numbered or lettered one ("Speaker 1", "P2", "R1", "Speaker C",
    "SPEAKER_00"), an unidentified voice ("UNIDENTIFIED MALE", the converter's "unnamed interviewee") or a group
    ("BOTH"), or a name withheld ("[REDACTED]")."""
    key = label_key(name)
    return key not in _ALSO_A_NAME and (
        REDACTED.fullmatch(name.strip()) is not None or key in ROLE_WORDS or _abbreviated_role(key) is not None
        or any(c.isdigit() for c in key) and not _COLLAR_NUMBER.fullmatch(name.strip()) and not (
            _SERVICE_NUMBER.fullmatch(name.strip()))
        or " / " in key and any(side in ROLE_WORDS for side in key.split(" / "))  # "HOLWR / INTERVIEWER"
        or "/" in key and bool(_GENDERED_ROLE_KEY.fullmatch(key)) and key.split("/")[0] in ROLE_WORDS  # "Entrevistado/a"
        or bool(_NUMBERED_PERSON.fullmatch(key)) or _first_word(key) in _NOBODY_FIRST or key in _GROUPS
        or bool(_FROM_THE_FLOOR.fullmatch(key))
        or key in _SETTING_ROLES or key in _SETTING_OTHERS or key in _VOICES or key in _COURT_ROLES
        or "speaker" in key and bool(_CHAMBER_CHAIRS.fullmatch(key))
    )


# A police officer as a British or Irish interview record names one, by rank, collar (warrant) number and surname: "DC
# 4471 Moss", "PC 212 J. Reid", "Sgt. 1123 Carter". The number identifies the officer; it numbers no stand-in.
_COLLAR_NUMBER = lazy(rf"(?:W?PC|W?DC|DS|DI|DCI|PS|Sgt|Insp|PCSO|Gda|Sgt\.|Insp\.)[ \t]+\d{{1,6}}[ \t]+"
                      rf"(?:{UPPER}[^\W\d_]*\.?[ \t]+){{0,2}}{UPPER}[^\W\d_]*(?:['’-]{UPPER}?[^\W\d_]+)*")


# A soldier as a court-martial's record names one, by service number, rank and name: "22456789 Private Thomas Arthur
# Bell" (the number identifies the soldier; it numbers no stand-in).
_SERVICE_NUMBER = lazy(rf"\d{{5,9}}[ \t]+{UPPER}[^\W\d_'’.-]*[.]?(?:[ \t]+{UPPER}[\w'’.-]*){{1,5}}")


def _abbreviated_role(key: str) -> str | None:
    """The role an abbreviated label names, numbered or not: "int", "int2", "r1" (several interviewers or
    respondents)."""
    return ABBREVIATED_ROLES.get(key) or ABBREVIATED_ROLES.get(key.rstrip("0123456789")) if key[-1:].isdigit() \
        else ABBREVIATED_ROLES.get(key)

_KEY_SPACES = re.compile(r"[\s.]+")


# What two spellings of a label may differ by: Greek capitals drop the accent (tonos), "ΠΑΠΑΔΟΠΟΥΛΟΥ" is
# "Παπαδοπούλου" (monotonic tonos, and the polytonic oxia); Japanese and Chinese transcripts type Latin letters and
# digits full width, "Ｑ：" and "Ａ：" are "Q" and "A".
_KEY_FOLDS = str.maketrans(
    "\u03ac\u03ad\u03ae\u03af\u03cc\u03cd\u03ce\u0390\u03b0\u1f71\u1f73\u1f75\u1f77\u1f79\u1f7b\u1f7d",
    "\u03b1\u03b5\u03b7\u03b9\u03bf\u03c5\u03c9\u03ca\u03cb\u03b1\u03b5\u03b7\u03b9\u03bf\u03c5\u03c9",
)
_KEY_FOLDS.update({code: code - 0xFEE0 for code in range(0xFF10, 0xFF5B) if chr(code).isalnum()})


def label_key(label: str) -> str:
    """The form under which two spellings of a label count as the same label (a Greek one with its accents or
    without, as capitals print it; a full-width Ｑ as Q)."""
    return _KEY_SPACES.sub(" ", label).strip().casefold().translate(_KEY_FOLDS)


# The role words under the keys labels are looked up by: a Greek word as label_key folds it, its final sigma a
# sigma and its accents dropped ("Συνεντευκτής" is "συνεντευκτησ").
ROLE_WORDS.update({label_key(word): role for word, role in list(ROLE_WORDS.items())})
# Who presides over an inquiry, a hearing or a panel, as its record prints the office alone ("CHAIR:", "Chairman:",
# "Convener:"): the chair (the person the header names so where there is one, speakers._by_role_or_publication).
# (Not in ROLE_SUFFIX: "Ken McDonald (Chair)" is read by the committee's rules.)
# (not "The Convener", an office whose holder its record prints in brackets on the first turn: "The Convener (Clare
# Adamson):", read as "The Chair (Mr. René Arseneault …)" is)
ROLE_WORDS.update(dict.fromkeys(("chair", "chairman", "chairwoman", "chairperson", "convener", "convenor"), "chair"))


def _last_word(label: str) -> str:
    words = label_key(label).split()
    return words[-1] if words else ""


def _first_word(label: str) -> str:
    words = label_key(label).split()
    return words[0] if words else ""


_SHORT_INITIALS = re.compile(rf"{_INITIALS}|{UPPER}{{1,4}}")


def label_shape(label: str) -> str:
    """The typographic shape of a label: ``initials``, ``honorific``, ``caps``, ``handle`` ("@kate_dev") or
    ``name``."""
    if label[:1] == "@":
        return "handle"
    if re.fullmatch(r"\w+ \d{1,2}", label):
        return "numbered"  # "Speaker 1", "Participant 2"
    if _SHORT_INITIALS.fullmatch(label):
        return "initials"
    letters = [c for c in label if c.isalpha()]
    if re.match(rf"{_HONORIFICS}\.?\s", label) and len(label.split()) > 1:
        tail = label.split(None, 1)[1]
        if tail.upper() == tail:
            return "honorific"
    if letters and label.upper() == label and any(c.isupper() for c in letters):
        return "caps"  # not a name in a script without capitals ("注意"), which has no shape to tell it by
    return "name"


_DISTINCTIVE = {"initials", "honorific", "caps", "numbered", "handle"}


# The language a speech was given in, as the United Nations' verbatim records note it after the speaker's name.
_SPOKE_IN = lazy(r"\((?:spoke|speaking) in [A-Z][a-z]+\)|\(interpretation from [A-Z][a-z]+\)")


def recurring_dash(counts: Counter[str], accepted: set[str]) -> bool:
    """Whether a label the dash convention accepted recurs (the chair's "President. – …")."""
    return any(counts[key] >= 2 for key in accepted)


def _in_capitals(name: str) -> bool:
    """Whether a label's name is printed in capitals, a word or more ("JIM", "SARAH COLLINS"), no honorific."""
    return name.isupper() and all(word.isalpha() for word in name.replace("-", "").replace("'", "").split())
#: A numbered question or answer label's key ("q1", "a12", "question 3"), as surveys print them.
NUMBERED_QA = re.compile(r"(?P<role>q|a|question|answer) ?\d{1,3}")
#: The numbered labels transcription services and focus groups give people they do not name ("Speaker 1",
#: "Participant 2", "Reporter 3", "Speaker C"): a word that names a person, then a number or a letter.
_NUMBERED_PERSON = re.compile(
    r"(?P<word>speaker|unknown speaker|participant|person|voice|respondent|interviewee|reporter|caller|guest|juror)"
    r" (?P<number>\d{1,2}|[a-z])"  # "Speaker 3", or a letter as speech recognisers number them: "Speaker C"
)
#: The one-word labels of a committee's chair, printed after a question number ("Q1 Chair:").
_COMMITTEE_ROLES = frozenset("chair chairman chairwoman chairperson convener convenor speaker".split())
#: Members of a parliament calling out together, as Hansard labels them.
_COLLECTIVE_MEMBERS = lazy(r"(?:(?:Several|Some)\s+)?(?:Hon\.?|Honourable|Honorable|Opposition|Government)\s+[Mm]embers")
#: A person's title before a name ("Mr Fletcher", "Dr. Ellison"), not "The" ("The Guardian" is no person).
_PERSONAL_TITLE = lazy(
    r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sen|Senator|Rep|Hon|Rev|Sir|Dame|MR|MRS|MS|DR|PROF|SEN|REP|SIR|DAME"
    r"|Deputy|Teachta"  # (Ireland's Oireachtas: "Deputy Eoin Ó Broin:")
    r"|Mevrouw|De heer|Frau|Herr|Madame|Monsieur|Mme)\.?\s"  # (and the Dutch, German and French members' titles)
)
_PERSONAL_TITLE_NAME = lazy(rf"{_PERSONAL_TITLE.pattern}+{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}")
_IN_BRACKETS = lazy(r"\(([^()]+)\)")
#: What a bracket after a role word may name as the person ("Interviewer (JS)", "Respondent (Maria Kowalczyk)"):
#: initials or capitalised names; not a TV transcript's remark ("(V.O.)", "(on camera)") or a party's letter ("(D)").
PERSON_IN_BRACKETS = lazy(
    rf"(?!(?i:v\.?o|o\.?s|o\.?c|cont'?d|voice-over|off-camera)\.?$)(?:(?:{UPPER}\.?){{2,4}}|{UPPER}[\w'’-]+(?:\s+{_NAME_WORD}){{0,3}})"
)


def one_edit_apart(a: str, b: str) -> bool:
    """Whether two labels differ by one inserted, deleted, replaced or transposed letter."""
    if a == b or abs(len(a) - len(b)) > 1 or re.findall(r"\d+", a) != re.findall(r"\d+", b):
        return False  # numbers are not slips: "Speaker 1" and "Speaker 2" are two people
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


@dataclass
class Detection:
    """The convention chosen for a file (one style, or a primary style plus a secondary one), and why."""

    styles: list[LabelStyle]
    accepted: dict[str, set[str]] = field(default_factory=dict)  # style name → label keys taken as speakers
    reasons: list[str] = field(default_factory=list)
    once_left_out: bool = False  # some label printed once was left out, for naming no one known
    lone: frozenset[str] = frozenset()  # the keys of the labels printed once left out for naming no one known

    @property
    def style(self) -> LabelStyle | None:
        return self.styles[0] if self.styles else None

    @property
    def name(self) -> str:
        return "+".join(style.name for style in self.styles)

    def match(self, line: str, block_start: bool = True, sentence_start: bool = True) -> LabelMatch | None:
        """The speaker label at the start of ``line``, if it is one that the detection accepted; ``block_start``
        says whether the line opens a paragraph (block), ``sentence_start`` whether it opens a sentence (it opens
        a block, or the line before it ends or breaks off a sentence (LINE_ENDS_SENTENCE), holds only a timecode or
        a non-speech event, or is a label alone on its line). A label in lower case ("answer:") is one only where a
        sentence starts: on a hard-wrapped line in mid-sentence it is text."""
        for style in self.styles:
            if style.block_start and not block_start:
                continue
            found = style.match(line)
            if found and (found.folded or style.alternating) and not (block_start or sentence_start):
                continue
            if found and label_key(found.label) in self.accepted.get(style.name, ()):
                return found
        return None


def _fmt(counter: Counter[str], shown: dict[str, str], limit: int = 6) -> str:
    return ", ".join(f"{shown[key]}×{n}" for key, n in counter.most_common(limit))


def _candidates(
    style: LabelStyle, lines: list[str], block_starts: Iterable[int] = (), languages: set[str] = frozenset()
) -> tuple[Counter[str], dict[str, str], set[str], Counter[str], dict[str, str], dict[str, set[str]], Counter[str],
           set[str]]:
    """How often each label occurs, how it was printed, which labels were printed with a timecode, how often
    each occurs on a hard-wrapped line in mid-sentence (one that is no block's first and follows a line that does
    not end a sentence: "que / A. Martínez había conocido"), the name of each label printed with a role or
    remark ("BEN ADLER, CORRESPONDENT": "BEN ADLER"), and the question numbers printed before each label ("Q1
    Chair"), how often each occurs on a line inside a block, and which labels open a question (a capital, a question
    mark at the end of the line: "Nicolas Demorand : Et votre père ?"). Without ``block_starts``, no line counts as
    wrapped or inside."""
    counts: Counter[str] = Counter()
    shown: dict[str, str] = {}
    timed: set[str] = set()
    wrapped: Counter[str] = Counter()
    inner: Counter[str] = Counter()  # occurrences that open no block (a line inside a paragraph)
    asking: set[str] = set()
    names: dict[str, str] = {}
    numbered: dict[str, set[str]] = {}
    starts = set(block_starts)
    for index, line in enumerate(lines):
        found = style.match(line)
        if not found or found.folded:
            continue  # a label in lower case is one only where the same label, capitalised, is accepted
        if found.alone and not style.explicit:
            # A label alone on its line must be followed by the turn's text, not by another label or nothing.
            following = lines[index + 1] if index + 1 < len(lines) else ""
            if not following or style.match(following) and not (
                languages and (code := _LANGUAGE_LINE.match(following)) and code.group(1).lower() in languages
            ):
                continue
        if found.number and starts and index not in starts:
            continue  # a question number opens a member's question: "Q3 Revenue: 4.1 million" in a paragraph is text
        key = label_key(found.label)
        counts[key] += 1
        shown.setdefault(key, found.label)
        if found.time or found.rest[:1] in "([" and _TIME_ALONE.fullmatch(found.rest):
            timed.add(key)  # (or its time after the colon, the turn's text under it: Rev's "Luis Ortega: (00:06)")
        if found.name:
            names[key] = found.name
        if found.number:
            numbered.setdefault(key, set()).add(found.number)
        if starts and index and index not in starts and not LINE_ENDS_SENTENCE.search(lines[index - 1]):
            wrapped[key] += 1
        if starts and index not in starts:
            inner[key] += 1
        if found.rest[:1].isupper() and found.rest.rstrip()[-1:] in "?？":
            asking.add(key)
    return counts, shown, timed, wrapped, names, numbered, inner, asking


def _own_letters(counts: Counter[str], opening: Counter[str]) -> dict[str, str]:
    """The foreign question or answer letters (record style) that are the file's own labels, by role: a letter that
    opens a sentence at least twice (``opening``) beside its partner, where the English pair does not recur and the
    English letter of its role does not occur more often than it."""
    english_pair = all(counts[letter] >= 2 for letter in _ENGLISH_LETTER.values())
    own: dict[str, str] = {}
    for key in counts:
        if key in _PAIRED and len(key) == 1 and any(other in counts for other in _PAIRED[key]):
            role = ROLE_WORDS[key]
            if opening[key] >= 2 and not english_pair and counts[_ENGLISH_LETTER[role]] <= opening[key]:
                own[role] = key
    return own


def _asked_beside_names(key: str, counts: Counter[str], paired: set[str]) -> bool:
    """Whether a question word of another language ("Pregunta", "Frage", "प्रश्न") opens the questions of a file whose
    answers are under their speakers' names, as "Q:" may: the word in full (no letter, which may be an initial),
    recurring, beside two other labels or more (no question or answer word among them) of which one recurs."""
    if len(key) < 3 or counts[key] < 2 or ROLE_WORDS.get(key) != "interviewer":
        return False
    others = [other for other in counts if other != key and other not in paired and other not in ROLE_WORDS]
    return len(others) >= 2 and any(counts[other] >= 2 for other in others)


_TIME_ALONE = lazy(rf"[(\[]{TIMECODE}[)\]][ \t]*")


def _judge(
    style: LabelStyle, counts: Counter[str], shown: dict[str, str], known: set[str], forced: bool,
    timed: set[str] = frozenset(), wrapped: Counter[str] | None = None, names: dict[str, str] | None = None,
    numbered: dict[str, set[str]] | None = None, inner: Counter[str] | None = None, asking: set[str] = frozenset(),
) -> tuple[set[str], list[str]]:
    """Which candidate labels of a style are speakers; the second value says why others are not. A label printed
    with a role or remark (``names``: "MARIA SANTOS, HOST") is one where it recurs, where its name's last word is
    another label's ("SANTOS:"), or beside two such labels that are: "Paris, France:" once is a sentence. A label
    after a question number (``numbered``: "Q3 Helen Goodman") is one, printed once or not, where two question
    numbers or more open labels: a select committee's record numbers each member's question so."""
    names = names or {}
    numbered = numbered or {}
    question_numbers = {number for numbers in numbered.values() for number in numbers}
    accepted: set[str] = set()
    rejected: list[str] = []
    # Question and answer labels of other languages are judged as pairs; a letter only in the record style, where
    # "P. Sánchez" is an initial: "P:" or "P -" is a label like any other (someone's initial, or a "pregunta").
    paired = {key for key in counts if key in _PAIRED and (style is RECORD or len(key) > 1)}
    # A letter on a hard-wrapped line in mid-sentence is no evidence of a label: "que / A. Martínez", "was / R. Patel's".
    opening = counts - (wrapped or Counter())
    own = _own_letters(counts, opening) if style is RECORD else {}
    initials: set[str] = set()  # English letters that are initials beside the file's own foreign letters
    for key in counts:
        role = ROLE_WORDS.get(key)
        if _not_speaker(key, shown, counts):
            rejected.append(f"{shown[key]!r} (a note, list item or document part, not a speaker)")
        elif key in paired and (not any(other in counts for other in _PAIRED[key]) and key not in _ALSO_A_NAME
                                and not _asked_beside_names(key, counts, paired)
                                or len(key) == 1 and counts[key] < 2):
            # "P. Sánchez", "R. Kelly": an initial, unless the letter recurs beside its partner (a word that is also
            # a given name is judged as any label is without its partner: "Tanya:" beside "Budi:" is a woman's name)
            rejected.append(f"{shown[key]!r} (a question or answer label only where it recurs beside its partner)")
        elif key in paired and len(key) == 1 and opening[key] < 2:
            rejected.append(f"{shown[key]!r} (an initial: it opens a hard-wrapped line in mid-sentence)")
        elif key in paired and len(key) == 1 and own.get(role) != key:
            # "R. Kelly" beside a recurring "Q." and "A.": the English pair is the file's own
            rejected.append(f"{shown[key]!r} (an initial: the file's {_ENGLISH_LETTER[role].upper()!r} is the {role}'s label)")
        elif role and key == _ENGLISH_LETTER.get(role) and role in own:
            # "A. Martínez" in a Spanish "P."/"R." interview: the foreign letter is the file's own
            initials.add(key)
            rejected.append(f"{shown[key]!r} (an initial: the file's {own[role].upper()!r} is the {role}'s label)")
        elif forced or style.explicit or counts[key] >= 2 or key in ROLE_LABELS or key in known or key in paired or (
                ASKED_OR_ANSWERED.fullmatch(shown[key])):  # (who asks or answers, named in the label)
            accepted.add(key)
        elif _first_word(key) in _NOBODY_FIRST and len(words := shown[key].split()) >= 2 and all(
                word[:1].isupper() or word[:1] == "#" for word in words):
            accepted.add(key)  # "UNIDENTIFIED PERSON #1", "Unidentified Man": a voice the transcript does not name
        elif key in names and (label_key(names[key]) in known or label_key(names[key]) in ROLE_LABELS):
            accepted.add(key)  # "Q [to the panel]", "INTERVIEWER (laughs)": a role label with a remark
        elif key in numbered and len(question_numbers) >= 2 and (
            len(shown[key].split()) >= 2 or key in ROLE_WORDS or key in _COMMITTEE_ROLES
        ):
            # a member's name ("Helen Goodman", "Mr Rees-Mogg", "[Mark Garnier]") or the chair's role; a word alone
            # after a number is a table's row ("Q3 Revenue: 4.1 million")
            accepted.add(key)
    # the last word of each label's name: "adler" for "ADLER:", "BEN ADLER, CORRESPONDENT:" and "ADLER (on camera):"
    surnames = Counter(_last_word(names.get(key, shown[key])) for key in counts)
    # (alone on its line, "Ada Hughes (1901-1987)" may be a heading: such a label is one only where it recurs itself)
    remarked = [key for key in names if key not in accepted and not _not_speaker(key, shown, counts) and style is not LABEL_LINE]
    for key in remarked:
        if surnames[_last_word(names[key])] >= 2:
            accepted.add(key)
        elif any(
            label_key(word) in accepted for in_brackets in _IN_BRACKETS.findall(shown[key])
            if PERSON_IN_BRACKETS.fullmatch(in_brackets.strip()) for word in in_brackets.split()
        ):
            accepted.add(key)  # "HOST (ELLIE PARK)" once beside a recurring "ELLIE:": the person in brackets speaks
        elif accepted and shown[key].rpartition(",")[2].strip().casefold() in ROLE_WORDS:
            accepted.add(key)  # "MARY LOUISE KELLY, HOST" once, as a radio transcript prints its speakers' roles
        elif _SPOKE_IN.search(shown[key]) and accepted:
            # "Mr. Nebenzia (Russian Federation) (spoke in Russian)" once beside a recurring "The President (spoke in
            # Spanish)", or beside "The President" who speaks English (the record notes only the other languages): a
            # UN verbatim record's speaker, the language of the speech noted
            accepted.add(key)
        elif shown[key].endswith(")") and _in_capitals(names[key]) and any(
                counts[other] >= 2 and other in accepted and shown[other].endswith(")") and _in_capitals(names[other])
                for other in names):
            # "MORAG (GOVAN)" once beside a recurring "JIM (PAISLEY)", a phone-in's callers, or "SARAH COLLINS
            # (Reuters)" beside "ANDREI POPA (Digi24)", a press conference's reporters: a name in capitals with its
            # place or outlet in brackets, as the recurring labels print theirs
            accepted.add(key)
        elif _PERSONAL_TITLE.match(names[key]) and shown[key].endswith(")") and any(
                counts[other] >= 2 and other in accepted and shown[other].endswith(")")
                and _PERSONAL_TITLE.match(names[other]) for other in names):
            # "De heer De Vries (VVD)" once beside a recurring "Mevrouw Van der Berg (GroenLinks)": a member by title,
            # name and party, as a parliament's committee prints its members
            accepted.add(key)
        elif (code := _PARTICIPANT_CODE.fullmatch(names[key])) and any(
                other in accepted and counts[other] >= 2 and (same := _PARTICIPANT_CODE.fullmatch(names.get(other, "")))
                and same.group(1) == code.group(1) for other in names):
            # "P2 (male, 41)" once beside a recurring "P1 (female, 34)": a focus group's participant, coded and described
            # as the others are
            accepted.add(key)
    if sum(1 for key in names if key in accepted) >= 2:
        accepted.update(remarked)  # the file prints names with roles or remarks: "GARY WHITLOCK, CONTRACTOR SPOKESMAN"
    elif style is DASH and recurring_dash(counts, accepted) and sum(
            1 for key in remarked if key not in accepted and "," in shown[key]) >= 2:
        # "Michael Gahler, on behalf of the PPE Group. – …" and "Nathalie Loiseau, on behalf of the Renew Group. – …"
        # once each beside a recurring "President. – …": the members a parliament's report names so
        accepted.update(key for key in remarked if "," in shown[key])
    if names:
        # "PATEL:" once beside an accepted "PATEL [interrupting]:": the same speaker, printed without the remark
        remark_names = {label_key(names[key]) for key in names if key in accepted}
        accepted.update(
            key for key in counts
            if key not in names and key in remark_names and not _not_speaker(key, shown, counts)
        )
    recurring_shapes = {label_shape(shown[key]) for key in accepted if counts[key] >= 2}
    recurring = [key for key in accepted if counts[key] >= 2]
    evidence = None  # what labels printed once are judged by, found when the first of them is (most files have none)
    lone: list[str] = []  # labels printed once that name nobody known
    for key in counts:
        if key in accepted or _not_speaker(key, shown, counts) or key in paired or key in initials:  # judged above
            continue
        if key in names:
            rejected.append(f"{shown[key]!r} {_ONCE_REMARKED}")
            continue
        if style is RECORD and wrapped and wrapped[key]:
            # "walked at the / BBC. The mill?": a record's label printed once on a hard-wrapped line in mid-sentence
            # is the sentence going on
            rejected.append(f"{shown[key]!r} (printed once, on a hard-wrapped line in mid-sentence: text)")
            continue
        if evidence is None:
            evidence = _once_evidence(counts, shown, names, accepted)
        bracketed, numbered_qa, accepted_names, titled, numbered_people = evidence
        shape = label_shape(shown[key])
        variant = [other for other in recurring if len(key) >= 4 and one_edit_apart(key, other)]
        if shape in _DISTINCTIVE and shape in recurring_shapes:
            accepted.add(key)
        elif key in bracketed:
            accepted.add(key)
        elif key in numbered_qa:
            accepted.add(key)  # "Q1:", "A1:", "Q2:" …: numbered questions and answers, each printed once
        elif inner is not None and not inner[key] and (
            _COLLECTIVE_MEMBERS.fullmatch(shown[key])
            or len(shown[key].split()) >= 2 and _shortened(label_key(shown[key]).split(), accepted_names)
        ):
            # opening a paragraph: a person whose full label came before ("Keir Starmer", "Mrs Drummond"), or a
            # parliament's members calling out together ("Hon. Members: Hear, hear!")
            accepted.add(key)
        elif shape == "honorific" and recurring:
            accepted.add(key)  # "MR. OYELARAN:" once among recurring labels: an honorific and a surname in capitals
        elif key in _COURT_ROLES and any(other in _COURT_ROLES for other in recurring):
            accepted.add(key)  # "Verteidiger:" once beside a recurring "Vorsitzende:": a role of the same court
        elif key in asking and inner is not None and not inner[key] and len(recurring) >= 2 and all(
                _full_name(shown[other]) for other in [key, *recurring]) and surnames[_last_word(shown[key])] < 2:
            # "Nicolas Demorand : Et votre père ?" once, opening a paragraph and asking, where every recurring label
            # is a full name in mixed case ("Léa Salamé", "Annie Ernaux"): a third person's one question, as a radio
            # programme's co-host asks (not a namesake of a speaker's, "Adam Smith:" beside "John Smith:", nor a
            # heading or salutation over words that ask nothing, "Key Findings: …", "Dear Margaret: …")
            accepted.add(key)
        elif (titled >= 2 or titled and sum(1 for other in counts if counts[other] == 1 and (
                _PERSONAL_TITLE_NAME.fullmatch(shown[other])) and inner is not None and not inner[other]) >= 2) and (
                _PERSONAL_TITLE_NAME.fullmatch(shown[key]) and inner is not None and not inner[key]):
            # "Mr Fletcher:" once, opening a paragraph, where people are labelled by title and name ("Mr ALBANESE",
            # "Ms O'NEIL"): a member's interjection, as Hansard prints it; or where two members or more so labelled
            # speak once each beside a witness so labelled ("Deputy Eoin Ó Broin:", "Deputy Cian O'Callaghan:" beside
            # "Ms Mary Hurley:"), as a committee's record prints them
            accepted.add(key)
        elif key in timed and any(other in timed for other in recurring):
            # printed with a timecode like the recurring labels ("Jane Doe  0:03": transcription-service exports)
            accepted.add(key)
        elif key in numbered_people:
            # "Speaker 3:" once beside "Speaker 1:" and "Speaker 2:": a person the transcriber numbered, as they
            # numbered the others; a lone "Speaker 3:" is not
            accepted.add(key)
        elif len(key) >= 2 and _abbreviated_role(key) and _abbreviating(key, recurring):
            accepted.add(key)  # "INT:" once beside a recurring "Interviewer:": the same role word, abbreviated
        elif len(variant) == 1:
            # one letter from a recurring label ("Tobais" beside "Tobias"): a slip, so a speaker label too; nothing
            # is merged here: speakers.py decides whether it names the same person (and warns when it merges)
            accepted.add(key)
        else:
            rejected.append(f"{shown[key]!r} {_ONCE_UNKNOWN}")
            lone.append(key)
    if len(lone) >= 2 and all(_the_other_speaker(key, shown, accepted, inner, remarked, caseless=True) for key in lone):
        # "사회자:" asking, and "봉준호:" and "김혜리:" each answering once: a round table's panelists, named in a script
        # without capitals (in which no heading or note of the shape "Key Findings:" could pass for them)
        accepted.update(lone)
        rejected = [reason for reason in rejected if not any(reason == f"{shown[key]!r} {_ONCE_UNKNOWN}" for key in lone)]
        lone = []
    if len(lone) == 1 and (_the_other_speaker(lone[0], shown, accepted, inner, remarked) or len(accepted) >= 2 and (
            _the_other_speaker(lone[0], shown, accepted, inner, remarked, caseless=True))):
        # "INTERVIEWER: Tell me about your childhood." / "SMITH: <the life story>": a role label that asks and one
        # other capitalised label opening a paragraph, printed once, are the two speakers of a short interview
        accepted.add(lone[0])
        rejected.remove(f"{shown[lone[0]]!r} {_ONCE_UNKNOWN}")
    return accepted, rejected


def _the_other_speaker(
    key: str, shown: dict[str, str], accepted: set[str], inner: Counter[str] | None, remarked: list[str],
    caseless: bool = False,
) -> bool:
    """Whether the one label printed once that names nobody known is the interviewee beside the interviewer's role
    label: every accepted label is a role word of the interviewer ("INTERVIEWER", "Q", "Moderator"), nothing else
    was left out for being printed once with a remark, and the label opens a paragraph and is capitalised (a
    "Note:" or "Step 1:" is no label: see NOT_SPEAKERS)."""
    label = shown[key]
    return (
        # (in a script without capitals, beside the moderator the panelists' names too: "司会" asks, "山田" recurs,
        # "佐藤" answers once)
        any(ROLE_WORDS.get(other) == "interviewer" for other in accepted) and all(
            ROLE_WORDS.get(other) == "interviewer"
            or caseless and other not in ROLE_WORDS and _caseless_name(shown[other]) for other in accepted)
        and not [other for other in remarked if other not in accepted]
        and inner is not None and not inner[key]
        and (label[:1].isupper() if not caseless else _caseless_name(label))
        and not any(c.isdigit() for c in label)
    )


def _caseless_name(label: str) -> bool:
    """Whether a label is a name in a script without capitals, as a round table prints it: two to eight letters
    without case and no space ("山田", "봉준호")."""
    return 2 <= len(label) <= 8 and " " not in label and all(
        c.isalpha() and not c.isupper() and not c.islower() for c in label)


# Why a label printed once was left out: a label the headnote names may still count (see Detection.once_left_out).
_ONCE_REMARKED = "(a name with a role or remark, printed once, whose name no other label uses)"
_ONCE_UNKNOWN = "(occurs once, names no known participant)"


def _once_left_out(rejected: list[str]) -> bool:
    return any(reason.endswith((_ONCE_REMARKED, _ONCE_UNKNOWN)) for reason in rejected)


def _once_evidence(
    counts: Counter[str], shown: dict[str, str], names: dict[str, str], accepted: set[str]
) -> tuple[set[str], set[str], list[list[str]], int]:
    """What a label printed once is judged by in _judge: the people named in brackets by accepted labels ("JS" of
    "Interviewer (JS)"); the numbered question and answer labels, where three or more of them, questions and
    answers both, open lines ("Q1", "A1", "Q2"); the words of the accepted labels' names ("Keir Starmer" once after
    "Sir Keir Starmer (Holborn …) (Lab)"); and how many accepted labels are a person's title and name."""
    bracketed = {
        label_key(inner) for key in accepted for inner in _IN_BRACKETS.findall(shown[key])
        if PERSON_IN_BRACKETS.fullmatch(inner.strip())
    }
    numbered_qa = {key: found.group("role")[0] for key in counts if (found := NUMBERED_QA.fullmatch(key))}
    roles = set(numbered_qa.values())
    if len(numbered_qa) < 3 or roles != {"q", "a"} and not (
            # the questions numbered ("Question 1:", "Question 2:" …), each answer under its partner's recurring
            # label ("Answer:"), as a structured interview's schedule prints them (or the other way about)
            len(roles) == 1 and ({"a", "answer"} if roles == {"q"} else {"q", "question"}) & accepted):
        numbered_qa = {}
    accepted_names = [label_key(names.get(key, shown[key])).split() for key in accepted]
    titled = sum(1 for key in accepted if _PERSONAL_TITLE.match(names.get(key, shown[key])))
    numbers: dict[str, set[str]] = {}
    for key in counts:
        if found := _NUMBERED_PERSON.fullmatch(key):
            numbers.setdefault(found.group("word"), set()).add(found.group("number"))
    numbered_people = {
        key for key in counts if (found := _NUMBERED_PERSON.fullmatch(key)) and len(numbers[found.group("word")]) >= 2
    }
    return bracketed, set(numbered_qa), accepted_names, titled, numbered_people


# A research study's code for a participant, letters and a number: "P2", "R07", "FG1".
_PARTICIPANT_CODE = lazy(r"([A-Z]{1,3})\d{1,3}")
_APOSTROPHES_HYPHENS = lazy(r"['’-]")


def _full_name(label: str) -> bool:
    """Whether a label is a full name in mixed case: two or three capitalised words, with particles between them or
    not ("Annie Ernaux", "Martinho da Vila"); no word in capitals, no digit, no punctuation but a name's ("New York"
    passes too: a label of this shape printed once counts only beside two others of it, see _judge)."""
    words = [word for word in label.split() if word not in PARTICLES]
    return 2 <= len(words) <= 3 and all(
        word[:1].isupper() and not word.isupper() and _APOSTROPHES_HYPHENS.sub("", word).isalpha()
        for word in words
    )


def _shortened(words: list[str], names: list[list[str]]) -> bool:
    """Whether a label's words are some of the words of a longer accepted name, its last word the same ("keir
    starmer" of "sir keir starmer", "mrs drummond" of "mrs flick drummond"; not "adam smith" of "john smith")."""
    return any(
        len(name) > len(words) and name[-1] == words[-1] and set(words) <= set(name) for name in names
    )


def _qa_beside_names(
    style: LabelStyle, counts: Counter[str], accepted: set[str], other: LabelStyle, o_counts: Counter[str],
    o_accepted: set[str],
) -> set[str]:
    """Hearings and depositions print "Q." and "A." beside name labels ("THE CHAIR:", "WITNESS:"). Where the
    record style's question and answer labels recur and so do plain labels, the other style's labels join
    the chosen one: all of the plain style's, or of the record style's only its question and answer labels
    (so that "OK." never passes for a label)."""
    record_counts, record_accepted = (counts, accepted) if style is RECORD else (o_counts, o_accepted)
    plain_counts, plain_accepted = (o_counts, o_accepted) if style is RECORD else (counts, accepted)
    qa = {key for key in record_accepted if key in ROLE_LABELS or key in _PAIRED}
    if {ROLE_WORDS.get(key) for key in qa} < {"interviewer", "interviewee"}:
        return set()  # questions and answers both, not an outline's "A." and "B."
    if max((record_counts[k] for k in qa), default=0) < 2 or max((plain_counts[k] for k in plain_accepted), default=0) < 2:
        return set()
    return (plain_accepted if other is PLAIN else qa) - accepted


_QUESTION_NUMBER = lazy(r"[ \t]*\d{1,3}[.)][ \t]+\S")


def numbered_question_lines(lines: list[str]) -> str | None:
    """The text of a numbered question wrapped over two or three lines ("1. When did your family come" / "to the
    farm?"), its lines joined by spaces: the first opens with the number, the last (the paragraph's) ends in the
    question mark, no line before it does. None for anything else (a one-line question is NUMBERED_QUESTIONS')."""
    if not 2 <= len(lines) <= 3 or not _QUESTION_NUMBER.match(lines[0]):
        return None
    text = " ".join(line.strip() for line in lines)
    if any(line.rstrip().endswith(("?", "？")) for line in lines[:-1]) or not NUMBERED_QUESTIONS.patterns[0].match(text):
        return None
    return text


def _question_block(lines: list[str], index: int, starts: set[int]) -> bool:
    """Whether the paragraph that opens at ``lines[index]`` (up to the next of ``starts``) is a numbered question,
    on one line or wrapped."""
    if NUMBERED_QUESTIONS.patterns[0].match(lines[index]):
        return True
    if not _QUESTION_NUMBER.match(lines[index]):
        return False
    block = [lines[index]]
    for at in range(index + 1, min(index + 4, len(lines))):
        if at in starts or not lines[at].strip():
            break
        block.append(lines[at])
    return numbered_question_lines(block) is not None


def _numbered_questions(lines: list[str], block_starts: Iterable[int]) -> int:
    """How many paragraphs are numbered questions (NUMBERED_QUESTIONS), on one line or wrapped over two or three
    (numbered_question_lines), where three or more are, numbered 1, 2, 3 … through, and every paragraph that opens
    so is one of them (else 0)."""
    ordered = list(block_starts)
    starts = set(ordered)
    numbers = [int(re.match(r"\s*(\d+)", lines[index]).group(1)) for index in ordered
               if index < len(lines) and _question_block(lines, index, starts)]
    return len(numbers) if len(numbers) >= 3 and numbers == list(range(1, len(numbers) + 1)) else 0


def answered_in_its_block(lines: list[str], index: int) -> bool:
    """Whether the paragraph at line ``index`` is a dashed question with its answer under it, no blank line between,
    as Korean papers print them ("―제목은 어떻게 정하셨나요?" / "오래 고민했습니다."): its first line opens with the
    question's dash and ends with the question mark, and a line follows it."""
    first = lines[index].rstrip()
    return first.endswith(("?", "？")) and index + 1 < len(lines) and bool(lines[index + 1].strip()) and (
        QUESTION_DASH.patterns[0].match(first) is not None)


def _dashed_questions(lines: list[str], block_starts: Iterable[int]) -> int:
    """How many paragraphs open with a question's dash (QUESTION_DASH), where three or more do and no two of them
    follow each other (each one's answer a paragraph without it, or the lines under the question in its paragraph:
    answered_in_its_block), else 0."""
    ordered = [index for index in block_starts if index < len(lines)]
    dashed = [QUESTION_DASH.patterns[0].match(lines[index]) is not None for index in ordered]
    waiting = [is_dashed and not answered_in_its_block(lines, index) for index, is_dashed in zip(ordered, dashed)]
    if sum(dashed) < 3 or any(a and b for a, b in zip(waiting, dashed[1:])) or waiting[-1]:
        return 0
    return sum(dashed)


def _dialogue_dashes(lines: list[str], block_starts: Iterable[int]) -> int:
    """How many lines open a turn with a dialogue dash, where four or more do (else 0): a line that opens a block or
    follows the end of a sentence, a dash and a space before its text."""
    starts = set(block_starts)
    opening = sum(
        1 for index, line in enumerate(lines)
        if DIALOGUE_DASH.match(line) and (index in starts or not index or LINE_ENDS_SENTENCE.search(lines[index - 1]))
    )
    return opening if opening >= 4 else 0


#: Language codes (ISO 639-1) that a bilingual transcript prints before each language's version of a turn.
_LANGUAGE_CODES = frozenset(
    """ar bg ca cs cy da de el en es et eu fa fi fr ga gd he hi hr hu id it ja ko lt lv ms nl no pl pt ro ru sk sl sq
    sr sv sw th tr uk ur vi zh""".split()
)
_LANGUAGE_LINE = re.compile(r"[ \t]*([A-Z]{2})[ \t]*:")
_LABEL_ALONE = lazy(r"[^:]{1,60}:[ \t]*")


def _language_lines(lines: list[str]) -> set[str]:
    """The language codes ("EN:", "FR:") that a bilingual transcript prints before each version of a turn, under
    the speaker's label alone on its line ("INTERVIEWER:" / "EN: Where …?" / "FR: Où …?"): two codes or more, each
    always on a line right after such a label or another code's line. They are no speakers."""
    seen: dict[str, bool] = {}
    previous = ""
    previous_code = False
    for line in lines:
        found = _LANGUAGE_LINE.match(line) if ":" in line[:6] else None
        code = found.group(1).lower() if found and found.group(1).lower() in _LANGUAGE_CODES else None
        if code:
            under = previous_code or bool(_LABEL_ALONE.fullmatch(previous))
            seen[code] = seen.get(code, True) and under
        previous, previous_code = line, bool(code)
    codes = {code for code, under in seen.items() if under}
    return codes if len(codes) >= 2 and len(codes) == len(seen) else set()


def _title_line(lines: list[str], counts: Counter[str], accepted: set[str]) -> str | None:
    """The label of a label alone on the file's first line that is its title ("THE LAST FERRY" / "An interview with
    Captain Ellen Hughes", above turns laid out as a screenplay's): printed once, where the other labels recur, and
    the line under it ends no sentence."""
    first = next((index for index, line in enumerate(lines) if line.strip()), None)
    if first is None or first + 1 >= len(lines):
        return None
    found = LABEL_LINE.match(lines[first])
    if not found or not found.alone:
        return None
    key = label_key(found.label)
    if counts[key] != 1 or key not in accepted or not all(counts[other] >= 2 for other in accepted - {key}):
        return None
    below = lines[first + 1].strip()
    return key if below and not LINE_ENDS_SENTENCE.search(below) else None


def detect_style(
    lines: list[str], forced: str | None = None, known: Iterable[str] = (), block_starts: Iterable[int] = ()
) -> Detection:
    """Pick the label convention a file follows.

    ``lines`` are the candidate lines (headings, front matter and metadata blocks left out, leading
    timecodes removed); ``known`` are labels or names of participants known from elsewhere (sidecar,
    front matter); ``forced`` names a style and skips the choice; ``block_starts`` are the indices of the
    lines that open a paragraph.
    """
    known_keys = {label_key(k) for k in known if k}
    languages = _language_lines(lines)
    if forced:
        if forced not in STYLES:
            raise KeyError(forced)
        style = STYLES[forced]
        counts, shown, timed, wrapped, names, numbered, inner, asking = _candidates(style, lines, block_starts)
        accepted, rejected = _judge(
            style, counts, shown, known_keys, forced=True, timed=timed, wrapped=wrapped, names=names,
            numbered=numbered, inner=inner, asking=asking,
        )
        reasons = [f"label style {style.name!r} was forced; {sum(counts[k] for k in accepted)} lines start with its labels"]
        if rejected:
            reasons.append("not speakers: " + "; ".join(rejected))
        return Detection([style] if accepted else [], {style.name: accepted}, reasons, _once_left_out(rejected))

    results = []
    for order, style in enumerate(STYLES.values()):
        counts, shown, timed, wrapped, names, numbered, inner, asking = _candidates(
            style, lines, block_starts, languages)
        accepted, rejected = _judge(
            style, counts, shown, known_keys, forced=False, timed=timed, wrapped=wrapped, names=names,
            numbered=numbered, inner=inner, asking=asking,
        )
        if style is LABEL_LINE and accepted:
            title = _title_line(lines, counts, accepted)
            if title:
                accepted = accepted - {title}
                rejected = rejected + [f"{shown[title]!r} (the first line, printed once, above a line that ends no sentence: a title)"]
        if languages & accepted:
            accepted = accepted - languages
            rejected = rejected + [
                f"{shown[k]!r} (a language code before each language's version of a turn, under the speaker's label)"
                for k in sorted(languages & set(shown))
            ]
        turns = sum(counts[k] for k in accepted)
        results.append((turns, -order, style, counts, shown, accepted, rejected))
    results.sort(key=lambda r: (r[0], r[1]), reverse=True)
    best = results[0]
    if best[0] < 2 and not (best[0] == 1 and best[2].explicit) and any(
            lines[index][:1] in "―—" for index in block_starts if index < len(lines)) and (
            dashed := _dashed_questions(lines, block_starts)):
        return Detection(
            [QUESTION_DASH], {QUESTION_DASH.name: {""}},
            [f"chose {QUESTION_DASH.name!r} ({QUESTION_DASH.example}): no label convention fits, and {dashed} "
             "paragraphs open with a question's dash, never two in a row: each is the interviewer's question, the "
             "paragraphs after it (or the lines under it, where it ends on its line) the answer"],
        )
    if best[0] < 2 and not (best[0] == 1 and best[2].explicit) and (dialogue := _dialogue_dashes(lines, block_starts)):
        return Detection(
            [DIALOGUE_DASH], {DIALOGUE_DASH.name: {""}},
            [f"chose {DIALOGUE_DASH.name!r} ({DIALOGUE_DASH.example}): no label convention fits, and {dialogue} "
             "lines open with a dialogue dash: each opens a turn, the interviewer's first, then the interviewee's and "
             "the interviewer's in turn"],
        )
    if best[0] < 2 and not (best[0] == 1 and best[2].explicit) and (numbered := _numbered_questions(lines, block_starts)):
        return Detection(
            [NUMBERED_QUESTIONS], {NUMBERED_QUESTIONS.name: {""}},
            [f"chose {NUMBERED_QUESTIONS.name!r} ({NUMBERED_QUESTIONS.example}): no label convention fits, and "
             f"{numbered} paragraphs are questions numbered 1 to {numbered}: each is taken as the interviewer's "
             "question, the paragraphs after it as the answer"],
        )
    if best[0] < 2 and not (best[0] == 1 and best[2].explicit):
        # What each convention saw, only where it saw something: the message stays one readable line (the README's
        # "Transcript conventions" shows each convention by example).
        found = [f"{r[2].name} saw {_fmt(r[3], r[4])}" for r in results if r[3]]
        reasons = ["none of the label conventions fits", *(found or ["no line looks like a speaker label"])]
        rejected = [x for r in results for x in r[6]]
        if rejected:
            reasons.append("label-like lines that are not taken as speakers: " + "; ".join(rejected[:8]))
        return Detection([], {}, reasons)

    turns, _, style, counts, shown, accepted, rejected = best
    why = (
        "its markup marks labels explicitly"
        if style.explicit
        else "these labels recur, are role labels or name known participants"
    )
    reasons = [
        f"chose {style.name!r} ({style.example}): {turns} lines start with a speaker label; {why}",
        f"{style.name}: " + _fmt(Counter({k: counts[k] for k in sorted(accepted)}), shown),
    ]
    if style.unlabelled:
        reasons = [
            f"chose {style.name!r} ({style.example}): no line starts with a speaker label, and {turns} paragraphs "
            "are wholly in bold: each is taken as the interviewer's question, the plain paragraphs after it as "
            "the answer"
        ]
    styles = [style]
    result = Detection(styles, {style.name: accepted}, reasons, _once_left_out(rejected[:8]),
                       frozenset(key for key in counts if f"{shown[key]!r} {_ONCE_UNKNOWN}" in rejected))
    if style in (PLAIN, DASH):
        # "SMITH — text" among "SMITH: text" (or the reverse): the other one's labels join where they are names the
        # chosen convention labels with and occur twice or more; any other "Name – text" stays text
        _, _, other, o_counts, o_shown, _, _ = next(r for r in results if r[2] is (DASH if style is PLAIN else PLAIN))
        joining = {k for k in o_counts if k in accepted}
        if sum(o_counts[k] for k in joining) >= 2:
            styles.append(other)
            result.accepted[other.name] = joining
            reasons.append(
                f"also {other.name!r} labels, the names of the {style.name!r} labels printed the other way: "
                + _fmt(Counter({k: o_counts[k] for k in sorted(joining)}), o_shown)
            )
    # A second convention joins only where its labels recur and lines the first one does not claim
    # (typically bold questions and plain answers in a magazine Q&A).
    for other_turns, _, other, o_counts, o_shown, o_accepted, _ in results[1:]:
        if {style, other} == {RECORD, PLAIN}:
            joining = _qa_beside_names(style, counts, accepted, other, o_counts, o_accepted)
            if joining:
                styles.append(other)
                result.accepted[other.name] = joining
                reasons.append(
                    f"also {other.name!r} labels: question and answer labels beside name labels, both recurring "
                    "(as hearings and depositions print them): "
                    + _fmt(Counter({k: o_counts[k] for k in sorted(joining)}), o_shown)
                )
                break
            continue
        if {LABEL_LINE, RECORD, DASH, BOLD_QUESTIONS} & {other, style}:
            continue  # these never mix: a lone capitalised line or "OK." would pass for a label
        strong = {k for k in o_accepted if o_counts[k] >= 2 or k in ROLE_LABELS or k in known_keys}
        strong -= accepted
        if len(strong) and sum(o_counts[k] for k in strong) >= 2:
            styles.append(other)
            result.accepted[other.name] = strong
            reasons.append(
                f"also {other.name!r} labels, which recur on lines the first convention does not mark: "
                + _fmt(Counter({k: o_counts[k] for k in sorted(strong)}), o_shown)
            )
        break
    if style in (PLAIN, RECORD):
        starts = sorted(block_starts)
        ends = dict(zip(starts, starts[1:] + [len(lines)]))  # a paragraph's lines: from its start to the next one's
        bare = [i for i in starts if BARE_Q.match(lines[i]) and not result.match(lines[i])]
        asking = [i for i in bare if any("?" in line for line in lines[i : ends[i]])]
        labels = {key for keys in result.accepted.values() for key in keys}
        asker = next((key for key in sorted(labels) if _asks_questions(key, labels)), None)
        if len(bare) >= 2 and asker is None and 2 * len(asking) > len(bare):
            styles.append(BARE_Q)
            result.accepted[BARE_Q.name] = {"q"}
            reasons.append(f"also {BARE_Q.name!r} ({BARE_Q.example}): {len(bare)} paragraphs open with it, beside {style.name!r} labels")
        elif len(bare) >= 2:
            # "Q gave Bond his gadgets": a character or a word, not the questions of a briefing
            why = f"the interviewer has a label of its own ({asker!r})" if asker else f"only {len(asking)} of them hold a question"
            reasons.append(f"{len(bare)} paragraphs open with a bare Q, but they are text: {why}")
        dashed = [i for i in starts if QUESTION_DASH.match(lines[i]) and not result.match(lines[i])]
        if len(dashed) >= 2 and asker is None:
            styles.append(QUESTION_DASH)
            result.accepted[QUESTION_DASH.name] = {""}
            reasons.append(
                f"also {QUESTION_DASH.name!r} ({QUESTION_DASH.example}): {len(dashed)} paragraphs open with it, beside "
                f"{style.name!r} labels: each is the interviewer's question"
            )
    if rejected:
        reasons.append("label-like line starts that are not taken as speakers: " + "; ".join(rejected[:8]))
    return result
