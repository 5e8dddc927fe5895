"""Resolving speaker labels to participants, from the sidecar and from what the headnote and kicker say."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from .errors import InputError
from .config import Sidecar, SidecarParticipant, participant_entry
from .dates import BROADCAST_DATE, DATE_AND_TIME, iso_date, iso_days
from .language import language_code
from .letters import CJK_NAME_LETTERS, CONJUNCTIONS, COURT_CAST, KINSHIP, MARK, MONTHS, NAME_SUFFIXES, NAMES_AND, PARTICLES, REDACTED, SUPERSCRIPT_DIGITS, UPPER
from .model import Interview, Paragraph, Participant, plain_text
from .patterns import guarded, lazy
from .readers.labels import ROLE_WORDS as _ROLE_LABELS
from .readers.labels import label_key as _key
from .readers.labels import label_role as _label_role
from .readers.labels import ASKED_OR_ANSWERED, EXAMINER, LINE_ENDS_SENTENCE, NUMBERED_QA, PERSON_IN_BRACKETS, one_edit_apart, stand_in
from .readers.labels import numbered_voice, unidentified_voice
from .readers.metadata import (
    HEBREW_PERSIAN_INTERVIEW_WITH, PLACE_AFTER_COMMA, PLACE_BEFORE_DATE, SPACED_SYLLABLES, UNSPACED_NAME, CONDUCTED_BY_ABROAD, date_and_place,
    dateline, looks_like_a_person, normalise_key, people, place_and_date,
)

# (and a police officer's rank, as an interview record prints it: "DC Sarah Lowe", "DC LOWE:")
# (and India's "Shri", "Smt." and East Africa's "Mzee", "Bi.", "Bw.": "Shri Ramesh Tiwari" is Ramesh Tiwari, as "Mr.")
_HONORIFIC = (r"(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Sen|Rep|Gen|Amb|Rev|Sr|Sra|Srta|Dra|Mme|Mlle|DC|DS|DCI|PC|Sgt|Insp"
              # (in capitals, as a title in capitals prints them: "DEPOSITION OF DR. ALAN PRICE")
              r"|DR|MR|MRS|MS|MISS|PROF|REV"
              r"|Shri|Smt|Shrimati|Mzee|Bi|Bw|Ông|Bà)\.?\s+|Nhà[ \t]+(?:văn|thơ|báo)\s+"
              r"|(?:Ambassador|Professor|Senator|General|Minister|Herr|Frau)\s+)")
_MARKERS = SUPERSCRIPT_DIGITS  # footnote marks ("Priya Natarajan¹"): no part of a name
# A word of a name: initials ("J.", "J.R."), "St."/"Jr.", or a capitalised word without a full stop after it, so
# that a name ends at the end of its sentence ("… a Museum. The Times spoke with …").
# (Initials and the capitalised word share their first capital, one copy of UPPER less to compile, ≈ 0.3 ms in each
# pattern a name word is in: the same matches in the same order, "St." first as before, since initials have their
# full stop second and "St." a letter.)
_NAME_WORD = rf"(?:(?:St|Jr|Sr)\.|{UPPER}(?:\.(?:-?{UPPER}\.)*|(?:[^\W{_MARKERS}]|['’-])*))"
# Names never run across a line (the words between are spaces or tabs); particles only before a name word. A
# particle that is also "and" only before the last word of a name ("José Ortega y Gasset"): "Conversación entre
# Juan Pérez y María López" names two people.
_NAME_PARTICLES = "|".join(p for p in PARTICLES if p not in CONJUNCTIONS)
_AND_PARTICLES = "|".join(p for p in PARTICLES if p in CONJUNCTIONS)
# The last word of a name after such a particle: a name word, no other after it. (Only looked ahead to, where only
# whether it is there counts: as a capital and the letters after it, none or more, which initials and "St." are too
# before their full stop.)
_LAST_NAME_WORD = rf"[ \t]+{UPPER}(?:[^\W{_MARKERS}]|['’-])*(?![\w'’-])(?![ \t]+(?:{UPPER}|(?:{_NAME_PARTICLES}|{_AND_PARTICLES})\b))"
_NAME = (
    rf"{_NAME_WORD}(?:(?:[ \t]+(?:{_NAME_PARTICLES}|(?:{_AND_PARTICLES})(?={_LAST_NAME_WORD}))\b)*[ \t]+{_NAME_WORD})*"
)
# One or more names: "The Times and Le Monde", "Jane Doe, John Roe and Ann Poe".
_NAMES = rf"(?:{_HONORIFIC})?{_NAME}(?:(?:,[ \t]+|,?[ \t]+and[ \t]+)(?:{_HONORIFIC})?{_NAME})*"
# "X spoke with Y", "X talked to Y": X is interviewed by Y, unless X is a publication ("The Times spoke with Y"); as
# a talk's title prints it, "X in conversation with Y" too; and in the present tense, as a magazine's standfirst
# introduces its Q&A: "the novelist Clara Whitfield talks to Ben Ortiz about exile".
# (As StoryCorps describes its conversations, each name with the person's age, and the second with how the two are
# kin: "Maria Lopez, 62, talks with her son, Daniel Lopez, 34, about …", "Maria Lopez (62) talks with her son Daniel
# Lopez (34)": the ages and the kinship are no part of the names.)
_AGE = r"(?:,[ \t]*\d{1,3},|[ \t]+\(\d{1,3}\))?"
_SPOKE_WITH = re.compile(
    rf"(?P<first>{_NAMES}){_AGE}[ \t]+(?:(?:spoke|talked|speaks|talks)[ \t]+(?:with|to)|in[ \t]+conversation[ \t]+with)[ \t]+"
    rf"(?:(?:her|his|their)[ \t]+[a-z-]+(?:[ \t]+[a-z-]+)?,?[ \t]+)?(?P<second>{_NAMES})")
_NAME_LIST = re.compile(r",[ \t]+|,?[ \t]+and[ \t]+")
_NAME_RUN = lazy(_NAME)
# "Y interviewed X", "interviewed by Y".
_INTERVIEWED = lazy(rf"(?P<interviewer>{_NAME})[ \t]+interviewed[ \t]+(?:{_HONORIFIC})?(?P<interviewee>{_NAME})")
# An oral history's opening slate, the interviewer's first words on the tape: "This is Gerda Schultz interviewing
# Walter Brandt on March 3, 1998", "My name is Gerda Schultz, and I'm interviewing Walter Brandt".
_SLATE = lazy(
    rf"^\W*(?:This\s+is|My\s+name\s+is|I\s+am|I'm|I’m)[ \t]+(?P<interviewer>{_NAME}),?[ \t]+(?:and[ \t]+(?:I\s+am|I'm|I’m)"
    rf"[ \t]+|(?:I\s+am|I'm|I’m)[ \t]+)?interviewing[ \t]+(?:{_HONORIFIC})?(?P<interviewee>{_NAME})"
)
_INTERVIEWED_BY = lazy(rf"(?:was\s+)?interviewed\s+by\s+(?:{_HONORIFIC})?(?P<interviewer>{_NAME})")
# The one interviewed named before it and a comma, the line's first words, as an archive's typescript heads an
# interview: "Clara Whitfield, interviewed by Jacquelyn Hall".
_NAMED_THEN_INTERVIEWED_BY = lazy(rf"[ \t]*(?:{_HONORIFIC})?(?P<interviewee>{_NAME}),[ \t]+interviewed[ \t]+by[ \t]")
# A host's opening in the first turn, naming the guest: "Today I'm talking with Arthur Penhale, who …", "I'm joined by
# …", "My guest today is …".
_GUEST_INTRO = lazy(
    # (or sitting with them: "I'm here with my grandmother, Ines Moreno", as a family's podcast opens)
    rf"(?:\b(?:I'm|I’m|I\s+am|we're|we’re|we\s+are)\s+(?:(?:talking|speaking|chatting)\s+(?:with|to)|here\s+with)|\b(?:I'm|I’m|I\s+am|we're"
    rf"|we’re|we\s+are)\s+joined\s+(?:today\s+|here\s+)?by|\b[Mm]y\s+guest\s+(?:today\s+|this\s+week\s+)?is"
    # (a talk show's host: "Please welcome Keisha Moore!")
    rf"|\b(?:[Pp]lease|[Ll]et's|[Ll]et’s)\s+welcome)\s+"
    # (the guest's calling in small letters before the name: "my guest is the chef Yotam Ashkenazi", and as a
    # podcast's host says it without the article: "I'm talking with baker Tomasz Wójcik")
    # (a comma after the calling, before the name: "my grandmother, Ines Moreno")
    rf"(?:(?:the\s+)?(?:[a-z][\w-]*\s+){{0,2}}[a-z][\w-]*,?\s+(?={UPPER}))?(?:{_HONORIFIC})?(?P<interviewee>{_NAME})"
)
# A name in Chinese, Japanese or Korean script, which has no capitals to end it: a family name and a given name, the
# space between them or not ("山田 花子", "王丽华"), ending its line or before punctuation.
_CJK_NAME = rf"[{CJK_NAME_LETTERS}]{{1,5}}(?:[ \t\u3000][{CJK_NAME_LETTERS}]{{1,5}})?(?=[ \t]*(?:$|[,.;:、。]))"
# "Interview with MARY LEE", "Conducted by Tom Park", "THE REMINISCENCES OF WALTER J. HARGROVE" (as Columbia's oral
# history office titles its typescripts): the title lines of oral-history transcripts (also "Entrevista
# com/con/a …", "Entretien avec …", "Intervista con …", "Gesprek met …" in Portuguese, Spanish, French, Italian, Dutch;
# Swahili "Mahojiano na Bi. Amina Juma", the honorific Bi. or Bw. no part of the name; Swedish "Intervju med …").
_INTERVIEW_WITH = re.compile(
    rf"\b(?i:interview(?:ed)?\s+with|(?:interview|gespräch)\s+mit|entrevista\s+co[mn]|entretien\s+avec|interview\s+avec"
    rf"|intervista\s+(?:con|a)|(?:interview|gesprek)\s+met|(?:intervju|interview)\s+med|(?:the\s+)?reminiscences\s+of"
    rf"|συνέντευξη\s+με(?:\s+τ(?:ον|ην|η|ο))?"
    rf"|entrevista\s+a|mahojiano\s+na(?:\s+(?:bi|bw|bibi|bwana)\.?)?|wawancara\s+dengan(?:\s+(?:bapak|ibu|pak|bu)\.?)?"
    rf"|phỏng\s+vấn\s+(?:ông|bà|anh|chị|cô)|agallamh\s+le"
    rf"|(?:(?:videotaped|video|oral)\s+)?deposition\s+of"
    # (a Spanish court's record of a witness's statement: "DECLARACIÓN TESTIMONIAL DE DOÑA MARÍA ELENA SOSA")
    rf"|declaraci[óo]n(?:\s+testimonial)?\s+de(?:\s+(?:doña|don))?)\s+"
    # (an article before a title: "Entrevista a la Sra. Carmen Vidal", "con el Dr. …")
    rf"(?:(?:la|el|le|der|die|o|a)\s+(?={_HONORIFIC})"
    # (or an article and a noun in small letters: "Entrevista con la cocinera Lucía Sanz", "with the architect …")
    rf"|(?:the|la|el|le|il|lo|o|a|l['’])\s*(?<=\s|['’])(?!{UPPER})[^\W\d_]{{3,}}\s+(?={UPPER}))?"
    rf"(?:{_HONORIFIC})?(?P<interviewee>{_NAME}|{_CJK_NAME})"
)
_GREEK_LETTER = lazy("[\u0370-\u03ff\u1f00-\u1fff]")
# "Entrevista de Maria da Conceição Tavares": a Portuguese oral-history archive's title, the interview given by the one
# named; only the title's whole line ("Entrevista de X com Y", "Entrevista de X à Folha" name more, and are not read)
_INTERVIEW_OF = lazy(rf"^[ \t]*(?i:entrevista)[ \t]+de[ \t]+(?:{_HONORIFIC})?(?P<interviewee>{_NAME})[ \t]*$", re.M)
# A trial record's or a deposition's witness line over the questions: "CAPTAIN ROBERT MILES, a witness for the
# prosecution, was sworn and testified as follows:", "JOHN DOE, called as a witness by the Plaintiff, having been first
# duly sworn, testified as follows:": the one who answers (a rank or an honorific before the name no part of it).
_SWORN_WITNESS = lazy(
    rf"^[ \t]*(?:(?i:captain|capt\.|lieutenant|lt\.|sergeant|sgt\.|private|pvt\.|major|colonel|col\.|corporal|cpl\."
    rf"|general|officer|detective|constable)[ \t]+(?:(?i:first[ \t]+class)[ \t]+)?)?(?:{_HONORIFIC})?"
    rf"(?P<interviewee>{_NAME}),[ \t]+(?i:(?:a|the)[ \t]+witness|called[ \t]+as[ \t]+a[ \t]+witness|produced|sworn)"
    rf"[^.\n]{{0,120}}?(?i:sworn|affirmed)\b", re.M)
# A Spanish court's record of a statement, headed by who makes it: "Declaración testifical de D. Manuel Varela Souto",
# "Declaración de Dña. Carmen Ruiz" (the honorific, Don or Doña, no part of the name), or saying who appears before
# the officer: "…, ante el Instructor, comparece D. Andoni Etxeberria Lasa, quien manifiesta:": the one who answers.
_DECLARATION_OF = lazy(rf"(?:(?i:declaración)(?:[ \t]+(?i:testifical|indagatoria))?[ \t]+de|\b(?i:comparece))[ \t]+"
                       rf"(?:D\.|Dña\.|Don|Doña|D\.ª)[ \t]+(?P<interviewee>{_NAME})")
# A second name after an interviewee's, joined by "and": "Interview with Harold and June Pickering".
# (or the word for "and" of a title in French, German, Italian, Spanish, Swedish, Norwegian, Dutch or Indonesian: "Entretien avec
# Jeanne et Paul Martin", "Intervista a Giulia e Marco Rossi")
_AND_NAME = lazy(rf"[ \t]+(?:{NAMES_AND}|&)[ \t]+(?:{_HONORIFIC})?(?P<name>{_NAME})")
# "مقابلة مع سامي خليل", "حوار مع …" (an interview, a conversation with): a name in Arabic script, which has no
# capitals to end it, is the rest of its line (up to four words), an honorific before it (السيدة "Mrs", الدكتور "Dr"
# …) no part of it.
# (a word for what the person does before the name is no part of it either: "حوار مع الروائي إبراهيم نصر الله", with
# the novelist …); the same in Hebrew ("ראיון עם עמוס עוז") and Persian ("گفت‌وگو با سیمین بهبهانی")
_ARABIC_INTERVIEW_WITH = re.compile(
    r"^[ \t]*(?:(?:مقابلة|حوار|لقاء)[ \t]+مع[ \t]+"
    r"(?:(?:السيدة|السيد|الدكتورة|الدكتور|الأستاذة|الأستاذ|الحاجة|الحاج|الشيخ|الروائية|الروائي|الشاعرة|الشاعر"
    r"|الكاتبة|الكاتب|الفنانة|الفنان|المخرجة|المخرج)[ \t]+)?(?P<interviewee>[\u0621-\u064a]+(?:[ \t][\u0621-\u064a]+){0,3})"
    r")[ \t]*$")
# "साक्षात्कार: सुनीता शर्मा" (an interview: …): a name in Devanagari, which has no capitals to end it, is the rest of its
# line (up to four words), an honorific before it (श्रीमती, श्री, सुश्री, डॉ.) no part of it.
# (as readers.metadata reads it in a title block, the name the interviewee's)
_HEBREW_PERSIAN_INTERVIEW_WITH = re.compile(HEBREW_PERSIAN_INTERVIEW_WITH.pattern.replace("(?P<name>", "(?P<interviewee>"))
_HINDI_INTERVIEW = lazy(r"^[ \t]*साक्षात्कार[ \t]*:[ \t]*(?:(?:श्रीमती|श्री|सुश्री|डॉ\.)[ \t]*)?"
                        r"(?P<interviewee>[\u0900-\u0963]+(?:[ \t][\u0900-\u0963]+){0,3})[ \t]*$")
# The same with the name first, as Turkish prints it: "Ayşe Demir ile röportaj", "… ile söyleşi".
_NAME_FIRST_INTERVIEW = guarded(rf"(?P<interviewee>{_NAME})[ \t]+ile[ \t]+(?i:röportaj|söyleşi)\b",
                                lambda text: "ile" in text)  # (tried on every title line)
# "インタビュー：山田花子さん", "訪談：陳美玲女士", "Haastattelu: Aino Virtanen": the word for an interview and a colon before
# the name, as Japanese, Chinese and Finnish title an interview; the honorific (さん, 氏, 様, 先生, 女士, 小姐) is no part
# of the name, nor a remark in brackets after it ("佐藤健一氏（建築家）", the architect).
# the Japanese and Chinese words for an interview before the colon (the pattern's, and its guard's)
_INTERVIEW_WORDS = ("インタビュー", "訪談", "访谈", "採訪", "采访", "專訪", "专访")
_INTERVIEW_COLON = guarded(
    # (and an English oral history's "Oral history interview: Ana Ferreira"; not "Interview: …" alone, a German paper's
    # credit of the interviewer)
    rf"^\s*(?:(?:{'|'.join(_INTERVIEW_WORDS)})[ \t]*[：:]|(?i:haastattelu|oral[ \t-]+history[ \t]+interview)[ \t]*:)[ \t]*"
    rf"(?P<interviewee>[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff々]{{2,8}}?"
    rf"(?=(?:さん|氏|様|先生|女士|小姐)?(?:[（(][^（）()]{{1,20}}[）)])?[ \t]*$)|{_NAME}[ \t]*$)",
    # (tried on every title line: only where one of its words is; "story" of "history", as "(?i:…)" also matches an
    # "İ" or "ı" for "i", which casefold() keeps)
    lambda text: any(word in text for word in _INTERVIEW_WORDS)
                 or any(word in text.casefold() for word in ("haastattelu", "story")),
)
# "[인터뷰] 소설가 한강", "인터뷰: 김영희 교수": a Korean paper's or programme's title, the word for an interview as its
# kicker (in brackets, or before a colon), then the one interviewed: a name of two to four syllables, a family
# name's first, with the calling before it (novelist, poet, professor …) or after it, or an honorific after it (씨,
# 님), ending the line (a headline's quotation after it is read as a q, its marks gone from the text read here).
# Without the calling or the honorific the words after the kicker may be a topic's ("[인터뷰] 기후 위기"), and are
# not read; nor is a name ending as a noun of a group or a learner does ("소설가 지망생", a would-be novelist).
_KOREAN_CALLINGS = (
    "소설가|시인|작가|화가|조각가|사진가|사진작가|건축가|음악가|작곡가|지휘자|피아니스트|바이올리니스트|가수|배우|영화감독|감독"
    "|교수|박사|의사|변호사|기자|평론가|철학자|역사학자|과학자|연구원|선수|대표|회장|의원|장관|대사|총장|원장|관장|위원장"
    "|신부|스님|목사|수녀|셰프|디자이너|번역가|만화가|무용가|안무가|활동가|명창|명인|장인|교사|선생님"
)
# (the commonest, the first syllable of most names; the rarer ones are also the first of common words: 가, 사, 기)
_KOREAN_FAMILY_NAMES = "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민나진지엄채원천방공현함변염여추도소석선설"
_KOREAN_INTERVIEW = lazy(
    rf"^[ \t]*(?:\[[ \t]*(?:단독[ \t]*)?인터뷰[ \t]*\]|인터뷰[ \t]*[:：])[ \t]*"
    rf"(?:(?P<calling>{_KOREAN_CALLINGS})[ \t]+)?"
    rf"(?P<interviewee>(?:남궁|선우|황보|제갈|독고|사공|[{_KOREAN_FAMILY_NAMES}])[\uac00-\ud7a3]{{1,3}}?(?<![생들]))"
    rf"(?(calling)(?:[ \t]?(?:씨|님))?|(?:[ \t]+(?:{_KOREAN_CALLINGS})|[ \t]?(?:씨|님)))"
    rf"[ \t]*$", re.M
)
# "Transcript of an interview with Eleanor Pratt by David Kim", "Interview mit Helga Brandt, geführt von Jonas Weber",
# "Entrevista con Lucía Fernández, realizada por Jorge Castillo".
_INTERVIEW_WITH_BY = lazy(
    rf"{_INTERVIEW_WITH.pattern},?[ \t]+(?i:by|(?:durch)?geführt\s+von|realizad[ao]\s+por|conduzid[ao]\s+por"
    rf"|réalisée?\s+par|menée?\s+par|condott[ao]\s+da|afgenomen\s+door)[ \t]+(?:{_HONORIFIC})?(?P<interviewer>{_NAME})"
)
# (and in French, German, Spanish and Italian: "Propos recueillis par …", "Das Gespräch führte …")
_CONDUCTED_BY = lazy(
    # (and as an oral history's title block credits its interviewer, at the start of a paragraph: "Interviewed by
    # James Carver", or a magazine's credit line: "Interview by Sarah Lyall · Photographs by Tom Jamieson"; "Conducted
    # in Spanish by Tom Bennett")
    rf"(?:\b(?i:conducted(?:\s+in\s+{UPPER}[^\W\d_]+)?\s+by|interviewer:|{CONDUCTED_BY_ABROAD})"
    rf"|^[ \t]*Interview(?:ed)?\s+by)\s+(?:{_HONORIFIC})?"
    rf"(?P<interviewer>{_NAME})"
)
# A news story's byline, a paragraph of its own: "By Jane Roe, Associated Press", "BY JANE ROE | Reuters", "By Jane
# Roe". In a Q&A under it the writer asks the questions: the interviewer, not the agency or paper she writes for.
_BYLINE = re.compile(
    rf"\s*(?:(?i:by)|[Pp]or|[Pp]ar|[Vv]on|[Dd]oor|di)[ \t]+(?P<interviewer>{_NAME})"
    rf"(?:[ \t]*[,|—–-][ \t]*(?P<agency>(?![^,|\n]*\d{{4}})[^,|\n]{{2,60}}?))?[ \t]*\.?"
    # the place and date on the next line, the lines joined ("Por Ana Sofia Carvalho" / "Lisboa, 14 de junho de 2019"),
    # or after a middle dot ("Por Pablo Ortega · Madrid, 21 de abril de 2021")
    rf"(?:(?:\s+|[ \t]*[·•][ \t]*)(?P<dated>{PLACE_BEFORE_DATE},[ \t]+[\w. ]*\d{{4}})\.?)?\s*"
)
# A byline closing a standfirst, the paragraph under a headline that says what the interview is about, after its
# last sentence or on its last line: "… who did not come home. By Tom Reid", "Die Malerin Ruth Adler über Exil,
# Farbe und das Altwerden. Von Lena Hoffmann", "… why she never learned to cook. Interview by Sarah Lyall." (where
# the byline may begin: the word after a space, "Interview" or "Interviewed" before "by" left out)
_BYLINE_WORDS = frozenset({"by", "By", "BY", "por", "Por", "par", "Par", "von", "Von", "door", "Door", "di"})
_BYLINE_IN_PARAGRAPH = guarded(r"(?<=\s)(?:Interview(?:ed)?[ \t]+)?(?=(?:[Bb]y|BY|[Pp]or|[Pp]ar|[Vv]on|[Dd]oor|di)[ \t])",
                               lambda text: not _BYLINE_WORDS.isdisjoint(text.split()))  # (every headnote's paragraphs)
_SENTENCE_ENDS = (".", "!", "?", "…", ".»", ".”", '."', ".’", "»", "”")
# A German paper's credit over the dateline, the lines joined: "Interview: Lena Hoffmann" / "Berlin, 7. Oktober 2020".
# So is a credit abroad, "Розмовляла Ірина Мельник" / "Київ, 3 березня 2020 року" (the year's word after the year).
_YEAR = re.compile(r"\d{4}")
_CREDIT_DATELINE = guarded(
    rf"\s*(?:Interview[ \t]*:|(?i:{CONDUCTED_BY_ABROAD}))[ \t]*(?P<interviewer>{_NAME}),?[ \t]+"
    rf"(?P<dated>{PLACE_BEFORE_DATE},[ \t]+[\w. ]*\d{{4}}(?:[ \t](?:року|р\.|года|г\.))?"
    # (on one line, a comma after the name: "Записала Ольга Миронова, Новосибирск, 15 мая 2003 года"; or the day, then
    # the place: "Geführt von Jonas Keller am 8. November 1999 in Leipzig")
    rf"|(?i:am|le|el|il|on)[ \t]+[\w. ]{{3,30}}\d{{4}}[ \t]+(?:in|à|en|a)[ \t]+{PLACE_BEFORE_DATE})\.?\s*",
    lambda text: _YEAR.search(text) is not None)  # (tried on the first lines of every text: only where a year is)
# Words that end a name run together with the next line of a title block ("MARY LEE Conducted by …").
_NOT_IN_NAME = {"conducted", "recorded", "interviewed", "transcribed", "by", "on", "at", "in", "held", "date", "place",
                "propos", "entretien", "entrevista", "intervista", "interview",  # the next line: "Propos recueillis"
                "for"}  # (a credit in capitals: "CONDUCTED BY JAMES T. WALSH FOR THE BUTTE MINING HISTORY PROJECT")
# A publication or organisation speaking with someone, the whole name: a press word after an article ("The Times",
# "Le Monde", "The Washington Post") or after two capitalised words ("New York Post"); an article that is no
# surname particle before capitalised words ("The Atlantic", "Die Zeit"), unless a title follows it ("The
# Senator"); one word or an acronym before News, Radio, Television, Network or Magazine ("Fox News", "BBC News");
# or an acronym ("EIR"). An article that is also a particle ("Le Pen", "La Russa") or one word before another press
# word ("Emily Post") may be a person's name. Two capitalised words before a press word are taken for a
# publication by their shape: "Mary Ann Post" is too (a known limit; "New York Post" has the same shape).
_PRESS_WORD = (
    r"(?:Times|Post|News|Herald|Tribune|Journal|Gazette|Review|Magazine|Radio|Television|Press|Monde|Zeitung"
    r"|Spiegel|Guardian|Telegraph|Observer|Chronicle|Courier|Weekly|Daily|Quarterly|Broadcasting|Network"
    # (and the words of papers' names abroad: "Frankfurter Rundschau", "Corriere della Sera", "Folha de S.Paulo")
    r"|Rundschau|Allgemeine|Tagblatt|Tageblatt|Anzeiger|Kurier|Nachrichten|Presse|Dagblad|Corriere|Gazzetta|Diario"
    r"|Jornal|Gazeta|Folha|Matin|Soir)\b"  # (and French papers' "Nice-Matin", "Le Soir")
)
_PRESS_NAME = lazy(rf"\b{_PRESS_WORD}")  # "ABC Radio Brisbane", "Yorkshire Post": no place's name
_ARTICLES = ("The", "Le", "La", "Les", "El", "Die", "Der", "Das", "Il")
_NOT_PARTICLE = "|".join(a for a in _ARTICLES if a.casefold() not in PARTICLES)  # The, Les, Die, Il
_TITLE_WORD = (
    r"(?:Senator|President|Minister|Prime|Chancellor|Governor|Mayor|General|Colonel|Captain|Admiral|Professor"
    r"|Doctor|Ambassador|Secretary|Chairman|Chairwoman|Chair|Speaker|Judge|Justice|Bishop|Archbishop|Cardinal|Pope"
    r"|King|Queen|Prince|Princess|Duke|Duchess|Lord|Lady|Reverend|Honourable|Honorable|Rabbi|Imam)\b"
)
_PUBLICATION = re.compile(
    rf"^(?:{'|'.join(_ARTICLES)})[ \t]+(?:\S+[ \t]+)*{_PRESS_WORD}$"
    rf"|^(?:{_NOT_PARTICLE})[ \t]+(?!{_TITLE_WORD}){UPPER}\S*(?:[ \t]+{UPPER}\S*)*$"
    rf"|^{UPPER}\w*[ \t]+{UPPER}\w*[ \t]+{_PRESS_WORD}$"
    rf"|^(?:{UPPER}\w*|{UPPER}{{2,6}})[ \t]+(?:News|Radio|Television|Network|Magazine)$"
    rf"|^{UPPER}{{2,6}}$"
)
_KICKER = re.compile(
    rf"^\s*(?:An\s+)?Interview(?:\s+with)?\s*[:—–-]?\s*(?:{_HONORIFIC})?(?P<name>{_NAME})[{_MARKERS}*†‡]*\s*$", re.I
)


def slug(text: str) -> str:
    """A lower-case slug usable inside an XML name: accents dropped ("Åström" → "astrom"), other scripts kept
    ("Жукова" → "жукова", a valid NCName), apostrophes removed ("O’Brien" → "obrien")."""
    text = unicodedata.normalize("NFKD", text.replace("’", "").replace("'", ""))
    # composed again: NFKD parts a Korean syllable into conjoining jamo, which no XML name may hold ("박" stays "박")
    text = unicodedata.normalize("NFC", "".join(c for c in text if not _ACCENT(c)))
    return _NOT_IN_SLUG.sub("-", text.lower()).strip("-") or "x"


def _ACCENT(c: str) -> bool:
    """Whether a combining character is an accent or a vowel point a slug leaves out ("é" → "e", Hebrew and Arabic
    points), not a vowel sign or virama of a Brahmic or Thai script, which is part of its letter ("शर्मा" keeps
    them: without them it would read "शरम")."""
    combining = unicodedata.combining(c)
    return bool(combining) and combining not in _SCRIPT_SIGNS


# The canonical combining classes of the nukta and virama of the Brahmic scripts and of the vowel signs of Telugu,
# Thai, Lao and Tibetan.
_SCRIPT_SIGNS = frozenset({7, 9, 84, 91, 103, 107, 118, 122, 129, 130, 132})
# What a slug turns into a hyphen: anything but letters, digits and the vowel signs of the scripts that print them.
_NOT_IN_SLUG = re.compile(rf"(?:(?!{MARK})[\W_])+")


_PARTICLES = frozenset(PARTICLES)


_SUFFIXES = frozenset(NAME_SUFFIXES)


def _name_words(name: str) -> list[str]:
    """The words of a name without a suffix after it ("Martin Luther King Jr." → Martin, Luther, King)."""
    words = name.split()
    return words[:-1] if len(words) > 1 and words[-1] in _SUFFIXES else words


def _surname(name: str) -> str:
    """The last word of a name, with the particles before it: "Pieter van der Berg" → "van der Berg"."""
    words = _name_words(name)
    if not words:
        return name
    start = len(words) - 1
    while start > 1 and words[start - 1] in _PARTICLES:  # lower-case particles only: "DR. VAN" is no particle
        start -= 1
    return " ".join(words[start:])


def _is_surname(key: str, name: str) -> bool:
    """Whether a label's key is the name's surname: its last words, with its particles or without ("van der
    berg" or "berg" for Pieter van der Berg, "le pen" for Marine Le Pen), a suffix after it or not ("smith" for
    John Smith Jr.); the whole name, with its suffix or without, is no surname (``_Cast.match``: a full name)."""
    full = _key(" ".join(_name_words(name)))
    return bool(full) and key != full and f" {full}".endswith(f" {key}")


def _initials(name: str) -> str:
    return "".join(part[0] for part in re.split(r"[\s-]+", name) if part and part[0].isalpha()).upper()


def _strip_honorific(label: str) -> str:
    return re.sub(rf"^{_HONORIFIC}", "", label.strip(), flags=re.I) or label


# An honorific is no name: "MR" or "BY MS" names nobody, and "Mr. X" and "Ms. X" are two people.
_TITLE_WORDS = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sen", "rep", "gen", "amb", "rev", "hon", "the", "sr", "sra",
                "srta", "dra", "mme", "mlle", "herr", "frau", "dc", "ds", "dci", "pc", "sgt", "insp", "shri", "smt", "shrimati",
                "mzee", "bi", "bw", "ông", "bà"}
_LEADING_TITLE = re.compile(r"^(?:the\s+)?([^\W\d_]+)\.?\s+(?=\S)")


def _title(label: str) -> str:
    """The honorific a label opens with ("Ms. FENWICK" → "ms"), or ""."""
    found = _LEADING_TITLE.match(_key(label))
    return found.group(1) if found and found.group(1) in _TITLE_WORDS else ""


def _names_nobody(label: str) -> bool:
    """A label whose last word is an honorific ("MR", "BY MS", "Dr."): not a name to match people by."""
    words = _key(label).split()
    return not words or words[-1] in _TITLE_WORDS


class _Cast:
    """The participants found so far and the labels that point at them."""

    def __init__(self) -> None:
        self.people: list[Participant] = []

    def add(self, name: str, role: str, affiliation: str | None = None, labels=()) -> Participant:
        for person in self.people:
            if _key(person.name) == _key(name):
                if person.role == "participant":
                    person.role = role
                person.labels.extend(label for label in labels if label not in person.labels)
                return person
        # "Speaker 1" is not a surname "1": numbered labels keep their whole name in the id. Otherwise the id is the
        # name's last word ("Pieter van der Berg": spk-berg), as it always was: ids of existing editions stay.
        # A Korean name typed a syllable at a time ("김 영 희") keeps its syllables too: its last is no surname. A name
        # in CJK script puts its family name first ("山田 花子": spk-山田).
        whole = _NUMBERED.fullmatch(name) or SPACED_SYLLABLES.fullmatch(name)
        words = _name_words(name) if name.split() else [name]
        family = words[0] if re.fullmatch(_CJK_NAME, name) else words[-1]
        base = "spk-" + slug(name if whole else family)
        ident, n = base, 2
        while any(p.id == ident for p in self.people):
            ident, n = f"{base}-{n}", n + 1
        if affiliation and (own := [part for part in affiliation.split("; ") if part in (
                _initials(name), _initials(_strip_honorific(name)))]):
            # "Jane Kim (JK)": the initials in brackets are the label she speaks under, no affiliation (nor are they
            # after a title the initials leave out: "Dr. Petra Lang (PL)")
            labels = [*labels, *own]
            affiliation = "; ".join(part for part in affiliation.split("; ") if part not in own)
        if affiliation and (kin := [part for part in affiliation.split("; ") if _key(part) in KINSHIP or (
                _key(part) in COURT_CAST)]):
            # "Ruth Cohen (mother)": how she is kin to the others, no affiliation; a label she may speak under
            # ("MOTHER:"), and a note of the person's (so a part at a trial: "Captain J. Denholm (prosecutor)")
            labels = [*labels, *kin]
            affiliation = "; ".join(part for part in affiliation.split("; ") if part not in kin)
        else:
            kin = []
        affiliation, how_spoken = _affiliation(affiliation)
        if kin:
            how_spoken = "; ".join([*kin, *([how_spoken] if how_spoken else [])])
        occupation = affiliation if affiliation and is_occupation(affiliation) else None
        person = Participant(ident, name, role, list(labels), None if occupation else affiliation, how_spoken,
                             occupation)
        self.people.append(person)
        return person

    def reporter(self, outlet: str) -> Participant:
        """The unnamed reporter of an outlet who asks under "Q (Reuters):": one person per outlet."""
        for person in self.people:
            if person.name == "unnamed reporter" and person.affiliation == outlet:
                return person
        base = "spk-reporter-" + slug(outlet)
        ident, n = base, 2
        while any(p.id == ident for p in self.people):
            ident, n = f"{base}-{n}", n + 1
        person = Participant(ident, "unnamed reporter", "interviewer", [], outlet)
        self.people.append(person)
        return person

    def by_role(self, role: str) -> list[Participant]:
        return [p for p in self.people if p.role == role]

    def match(self, label: str, counts: dict[str, int] | None = None, turns: int = 1) -> tuple[Participant | None, str]:
        """The participant a label names, and how it was matched.

        Only the label as listed or the full name matches a label that names nobody ("MR"), and a person
        whose name or labels carry another honorific ("MR. FENWICK" for "MS. FENWICK") is another person.
        ``counts`` gives the number of turns of each label of the file (by ``label_key``) and ``turns`` the
        label's own: a label one letter from another person's is a slip of it only if it is printed once and
        the other recurs (``_a_slip``, ``_recurs``); without ``counts``, every other person counts as recurring.
        """
        key = _key(label)
        untitled = _key(_strip_honorific(label))
        exact = (
            ("listed label", lambda p: any(_key(l) == key for l in p.labels)),
            # "John Smith" is the full name of John Smith Jr. too (a label seldom prints the suffix)
            ("full name", lambda p: key in (_key(p.name), _key(" ".join(_name_words(p.name))))),
        )
        inferred = (
            ("surname", lambda p: _is_surname(key, p.name)),
            ("initials", lambda p: key.replace(" ", "") == _initials(p.name).casefold()),
            # "佐藤" for 佐藤健, "김" for 김철수: a name written without spaces, its family name first
            ("family name", lambda p: UNSPACED_NAME.fullmatch(p.name) is not None and len(key) < len(p.name)
             and p.name.startswith(key)),
            # "AMARA" for "DR. AMARA OKONKWO": the first word after the title; "Maria Aparecida" for Maria Aparecida
            # Souza: the given names, every word of the name but the last
            ("first name", lambda p: len(key.split()) < len(words := _strip_honorific(p.name).split())
             and _key(" ".join(words[: len(key.split())])) == key),
            # "GARCÍA" for Ana García Ruiz: the first of two surnames, as Spanish and Portuguese names print them
            ("first surname", lambda p: len(words := _strip_honorific(p.name).split()) >= 3 and len(key.split()) == 1
             and _key(words[-2]) == key and words[-2][:1].isupper() and words[-1][:1].isupper()),
            ("surname after a title", lambda p: _is_surname(untitled, p.name) or (
                # "DR. VAN DER BERG" for Dr. Pieter van der Berg: the words after the title end the full name
                untitled != key and f" {_key(p.name)}".endswith(f" {untitled}")
            )),
            (
                "a one-letter difference",
                # a slip printed once ("Tobais" among "Tobias" turns, "Tobais Wendt"): never two role words, in
                # a name of two words or more never the surname, never the honorific
                lambda p: len(key) >= 4 and turns < 2 and _recurs(p, counts)
                and any(_a_slip(label, l) for l in [p.name, *p.labels]),
            ),
        )
        title = _title(label)
        shared: list[Participant] = []  # the people a first name or surname alone would fit
        for how, test in exact if _names_nobody(label) else exact + inferred:
            found = [
                p for p in self.people
                if test(p) and (how in ("listed label", "full name") or not _other_title(p, title))
            ]
            if len(found) == 1:
                return found[0], how
            if len(found) > 1 and how in ("surname", "first name", "family name"):
                # "Hahn" under "Hahn spoke with Boris Hahn", where Boris Hahn asks as "Q": the one of them who does not
                # speak under a label of their own already
                unlabelled = [p for p in found if not p.labels]
                if len(unlabelled) == 1:
                    return unlabelled[0], f"{how}, the only one of {len(found)} without a label of their own"
                shared = shared or found
        if shared:
            names = " or ".join(p.name for p in shared)
            raise InputError(
                f"speaker label {label!r} could name {names}, who share that {how_shared(label, shared)}; the converter "
                "does not guess which of them speaks: give their turns labels of their own and list them in the "
                "sidecar's [[participants]] labels (or, if only one of them speaks, map the label to her or him in "
                "the sidecar's aliases)"
            )
        return None, ""


# Trades and professions printed after a name ("JOHN SMITH, BAKER:", "Jane Doe (hydrologist)"): an occupation, no
# affiliation. The remark's last word is one of these, or a scientist's or a practitioner's ("-ologist", "-ician");
# a newspaper's name ("Observer", "Guardian") or an organisation's is none of them.
_OCCUPATIONS = frozenset("""
    councillor alderman baker butcher grocer florist farmer fisherman fisherwoman fisher shepherd miner collier docker stevedore welder
    carpenter joiner plumber electrician mechanic builder bricklayer labourer laborer blacksmith smith tailor
    seamstress weaver spinner potter printer shopkeeper publican landlord landlady barman barmaid waiter waitress cook
    chef cleaner caretaker hairdresser barber nurse midwife doctor surgeon dentist pharmacist chemist vet veterinarian
    teacher headteacher headmaster headmistress lecturer professor tutor student pupil librarian archivist curator
    historian scientist engineer architect lawyer solicitor barrister judge accountant banker clerk secretary
    typist driver pilot sailor seaman soldier officer constable policeman policewoman firefighter fireman postman
    postwoman porter guard priest vicar minister rabbi imam nun monk missionary writer author poet novelist
    journalist reporter photographer artist painter sculptor musician singer actor actress dancer composer
    farmhand gardener forester gamekeeper housewife homemaker retiree pensioner volunteer nanny childminder
    shipwright boatbuilder fishmonger greengrocer milkman machinist mason stonemason glazier roofer decorator
    steelworker millworker weaver textile ironworker railwayman signalman conductor trader merchant economist
    campaigner activist organiser organizer unionist
""".split())
_OCCUPATION_ENDINGS = ("ologist", "ician", "ographer", "onomist")


def is_occupation(remark: str) -> bool:
    """Whether a remark printed with a name is a trade or profession: one to three words, the last an occupation
    ("BAKER", "retired teacher", "marine biologist")."""
    words = remark.replace(",", " ").split()
    if not 1 <= len(words) <= 3 or not all(w.replace("-", "").isalpha() for w in words):
        return False
    last = words[-1].casefold()
    return last in _OCCUPATIONS or last.endswith(_OCCUPATION_ENDINGS) or (
        last.endswith("s") and last[:-1] in _OCCUPATIONS and len(words) == 1)


# A remark on how a person speaks, no affiliation: "(through an interpreter)", "via interpreter", "(translated)",
# "speaking through a translator", "interpreted from Dari".
_HOW_SPOKEN = re.compile(
    r"(?i:(?:speaking\s+|answering\s+)?(?:through|via|with|by)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?"
    r"(?:interpreters?|translators?|translation|interpretation)|(?:translated|interpreted|in\s+translation)"
    r"(?:\s+(?:from|into|by)\s+[\w ]{1,40})?)"
    # (a deaf interviewee's signing: "signing in BSL", "in ASL", "using sign language"; in small letters, so that a
    # firm's name, "Signing Books Ltd", stays an affiliation)
    r"|signing(?:\s+in\s+[\w/ -]{1,40})?|(?:in|using|through)\s+(?:BSL|ASL|Auslan|LSF|DGS|ISL|NZSL|sign\s+language)\b"
)


# A remark on a person's life after the name (see _affiliation).
# (a German birth year, "Jg. 1938"; an age, "age 7", "aged 81")
# (and before a year only, the Swedish "f. 1902", the Czech "nar. 1928", the Polish "ur. 1927", the Italian "classe
# 1925": an abbreviation or word that is a birth only with the year after it)
_LIFE_REMARK = lazy(r"(?:b\.|born|née|geb\.|geboren|nacido|nacida|nato|nata|Jg\.|Jahrgang|(?i:age|aged))\s"
                    r"|(?:f\.|född|nar\.|narozen[a]?|ur\.|urodzon[ya]|classe)\s*(?:1[6-9]|20)\d\d\b"
                    # (the Japanese, Chinese and Korean "1935年生まれ", "1935年生", "1935년생": born in 1935)
                    r"|(?:1[6-9]|20)\d\d\s?(?:年生まれ|年生|년생)"
                    r"|(?:1[6-9]|20)\d\d\s*[–-]\s*(?:(?:1[6-9]|20)\d\d)?$"
                    # (a research participant's sex and age, as a study prints them: "female, 34", "vrouw, 58", "M, 40s")
                    r"|(?i:female|male|woman|man|f|m|vrouw|frau|mann|femme|homme|mujer|hombre|donna|uomo|kvinna|kvinne)"
                    r",?\s+\d{1,2}s?$"
                    # (or an age alone, or before the place, as a life history's informant line prints it: "Mrs. Sallie
                    # Burke, 74, Wilmington, N.C.")
                    r"|\d{1,3}(?:,\s|$)")
_HOW_SPOKEN_AFTER = lazy(rf"(?:,[ \t]*|[ \t]*\()(?P<how>{_HOW_SPOKEN.pattern})\)?$")


_CAPITALISED_WORD = lazy(rf"{UPPER}[^\W\d_]+")


def _interpreting_between(remark: str) -> bool:
    """Whether a remark names the languages an interpreter works between ("Dari/English", "Spanish/English"): words
    joined by slashes, one of them a language's name at least."""
    words = remark.strip().split("/")
    return len(words) > 1 and all(_CAPITALISED_WORD.fullmatch(w) for w in words) and any(map(language_code, words))


def _affiliation(remark: str | None) -> tuple[str | None, str | None]:
    """The affiliation a remark printed with a name gives, and apart from it the parts that say how the person
    speaks ("through an interpreter", also after the affiliation: "Herat University (through an interpreter)"),
    which name no affiliation (the person's note keeps their words); so does a remark on the person's life, their
    birth or their years ("b. 1932, Milwaukee", "born 1921 in Cork", "née Harris", "1901–1987", "Jg. 1938") or an age
    ("age 7")."""
    if remark and _LIFE_REMARK.match(remark):
        return None, remark
    if remark and remark.startswith("on behalf of "):
        # a parliament's member speaking for a group ("on behalf of the PPE Group"): the group
        remark = remark[len("on behalf of "):].removeprefix("the ") or remark
    if not remark or not _HOW_SPOKEN.search(remark) and not any(map(_interpreting_between, remark.split("; "))):
        return remark or None, None
    kept, spoken = [], []
    for part in remark.split("; "):
        if _HOW_SPOKEN.fullmatch(part.strip(" ()[],.")) or _interpreting_between(part):
            spoken.append(part)
        elif found := _HOW_SPOKEN_AFTER.search(part):
            kept.append(part[: found.start()])
            spoken.append(found.group("how"))
        else:
            kept.append(part)
    return "; ".join(kept) or None, "; ".join(spoken) or None


def how_shared(label: str, people: list[Participant]) -> str:
    """Which part of their names the people a label could name share: "first name" or "surname"."""
    if all(UNSPACED_NAME.fullmatch(p.name) for p in people):
        return "family name"
    return "surname" if all(_is_surname(_key(label), p.name) for p in people) else "first name"


def resolve_speakers(interview: Interview, sidecar: Sidecar) -> list[str]:
    """Fill ``interview.participants`` and every turn's ``who``; return what was decided, for --explain."""
    cast = _Cast()
    notes: list[str] = []
    listed = interview.listed_participants  # YAML front matter's participants
    if sidecar.participants and listed:
        notes.append("the front matter's participants are not read: the sidecar's [[participants]] say who speaks")
    for entry in sidecar.participants or _front_matter_participants(listed or [], interview.warnings):
        cast.add(entry.name, entry.role, entry.affiliation, entry.labels)
    if cast.people:
        source = "the sidecar" if sidecar.participants else "the front matter"
        notes.append(f"participants from {source}: {', '.join(p.name for p in cast.people)}")

    kicker = plain_text(interview.kicker) if interview.kicker else ""
    found = _KICKER.match(kicker)
    if found:
        cast.add(found.group("name"), "interviewee")
        notes.append(f"kicker names the interviewee: {found.group('name')}")
    # one paragraph at a time: a name never runs from one paragraph (a title line) into the next
    paragraphs = [plain_text(block.content) for block in interview.headnote]
    # the title and kicker too: "# Interview with Sofia Marino" as a Markdown heading says what the line does
    front = [plain_text(part) for part in (interview.kicker, interview.title) if part] + paragraphs
    # A key of the labels: "Key: JB = Jean Brodie (interviewer); MS = Mary Stead (interviewee)", in the headnote or
    # after the last turn ("---" / "Speakers:" / "AS = Anne Solberg (interviewer)")
    closing = [plain_text(block.content) for section in interview.sections if section.kind == "editorial"
               for block in section.items if isinstance(block, Paragraph)]
    keys = [("headnote key", text) for text in paragraphs]
    keys += [("key after the last turn", _RULE_FIRST.sub("", text)) for text in closing]
    for where, text in keys:
        if "=" not in text and "\t" not in text or not (entries := key_entries(text)):
            continue
        for entry in entries:
            role = _ROLE_LABELS.get(_key(_entry_role(entry)), "participant")
            if role not in ("interviewer", "interviewee"):
                role = "participant"
            cast.add(_entry_name(entry), role, None, [entry.group("label")])
            notes.append(f"{where}: {entry.group('label')!r} = {_entry_name(entry)} ({role})")
    if paragraphs and "Date" in paragraphs[0] and (court := _COURT_HEAD.match(paragraphs[0])):
        # the court is the record's title where none is printed, its case number a field of the header
        if interview.title is None and not interview.metadata.get("title"):
            interview.metadata["title"] = court.group("court").strip()
        interview.metadata.setdefault("case no", court.group("case"))
        notes.append(f"headnote: a court's head run together on a line → the court {court.group('court')!r}, case "
                     f"{court.group('case')}")
    if not sidecar.dates and not interview.metadata.get("date"):
        dated = (_headnote_date(paragraphs) or _date_alone(paragraphs, interview.kept_source) or _record_head(interview)
                 or _caption_date(interview))
        if dated and not dated[3]:
            # the place of a dateline under the title: "Taken March 8, 2017, Minneapolis, Minnesota"
            # (the last line of a paragraph too: "DEPOSITION OF KAREN L. MOSS" / "Taken March 3, 2011, at Boston")
            placed = next((found for text in paragraphs[:2] if (found := _dateline_alone(text, interview.kept_source)
                                                                 or _last_line_dateline(text, interview.kept_source))),
                          None)
            if placed and placed[0] and iso_date(placed[1]) == dated[2]:
                dated = (*dated[:3], placed[0])
        if dated:
            interview.metadata["date"] = dated[1]
            # (not the paper the sidecar names, one word or more: "Libération, 3 février 2011")
            if dated[3:] and dated[3] and not interview.metadata.get("place") and not sidecar.place and not (
                    sidecar.publication and _is_publication(dated[3], sidecar)):
                interview.metadata["place"] = dated[3]
            notes.append(f"headnote: {dated[0]!r} → interview date {dated[2]}")
    byline = next((hit for text in paragraphs if (hit := _BYLINE.fullmatch(text) or _closing_byline(
                       text, interview.kept_source)) and looks_like_a_person(hit.group("interviewer"))), None)
    agency = _key(byline.group("agency") or "").removeprefix("the ") if byline else ""
    if byline and not sidecar.participants:
        writer = _byline_parts(byline, interview.kept_source)[0]
        cast.add(writer, "interviewer")
        notes.append(f"byline: {byline.group(0).strip()!r} → interviewer {writer}")
    # (the title too: "Tomás Saraceno in conversation with Hans Ulrich Obrist")
    for pattern, hit in _headnote_sentences([plain_text(interview.title)] + paragraphs if interview.title else paragraphs):
        if pattern is _SPOKE_WITH:
            first, second = _names_of(hit.group("first")), _names_of(hit.group("second"))
            known_so = ""
            if any(_is_publication(name, sidecar) for name in first):
                interviewers, interviewees = first, second  # "The Times spoke with Sigrún Halldórsdóttir"
            elif _interviewee_second(first, second, _known_roles(cast, interview, front)):
                # "Anna Berg spoke with Tomás Ruiz" under "Interview with Tomás Ruiz": the title says who is asked
                interviewers, interviewees = first, second
                known_so = " (as the title, the labels or the roles already known say)"
            else:
                interviewers, interviewees = second, first  # "Dr. Mizin spoke with Umberto Pascali"
            interviewees = [_expand(cast, name) for name in interviewees]
            if byline:
                # "… spoke with The Associated Press" under "By Jane Roe, Associated Press": the agency is hers
                interviewers = [name for name in interviewers if not (
                    _is_publication(name, sidecar) or agency and _key(name).removeprefix("the ") == agency)]
            for name in interviewees:
                cast.add(name, "interviewee")
            for name in interviewers:
                cast.add(name, "interviewer")
            notes.append(
                f"headnote: {hit.group(0)!r} → interviewee {', '.join(interviewees)}, interviewer "
                + (', '.join(interviewers) or "the byline's") + known_so
            )
        elif pattern is _INTERVIEWED:
            interviewee = _expand(cast, hit.group("interviewee"))
            cast.add(interviewee, "interviewee")
            if hit.group("interviewer").casefold() not in _PRONOUNS:  # "She interviewed Tom Reyes"
                cast.add(hit.group("interviewer"), "interviewer")
            notes.append(f"headnote: {hit.group(0)!r} → interviewee {interviewee}, interviewer {hit.group('interviewer')}")
        else:
            cast.add(hit.group("interviewer"), "interviewer")
            notes.append(f"headnote: {hit.group(0)!r} → interviewer {hit.group('interviewer')}")
            if not cast.by_role("interviewee") and (named := next((
                    found.group("interviewee") for line in interview.kept_source.split("\n")
                    if ", interviewed by" in line and (found := _NAMED_THEN_INTERVIEWED_BY.match(line))), None)) and (
                    len(named.split()) >= 2 and looks_like_a_person(named)):
                cast.add(_expand(cast, named), "interviewee")
                notes.append(f"headnote: {named!r} before ', interviewed by' → interviewee")

    for role in ("interviewee", "interviewer"):
        if cast.by_role(role):
            continue  # the sidecar (or the headnote) already says who; the transcript's own header does not override
        for name, remark in people(interview.metadata.get(role, "")):
            if role == "interviewer" and remark and interview.metadata.keys() & _WRITTEN_QUESTION_KEYS and (
                    _CONSTITUENCY.fullmatch(remark)):
                # a written parliamentary question's "Asked by: Mr Daniel Crowe (North Harbour)": the member's
                # constituency, a place, no affiliation
                cast.add(name, role).constituency = remark
                notes.append(f"header: {remark!r} after the asking member {name} is the constituency")
                continue
            cast.add(name, role, remark or None)  # "Ruth Adler, Harrow Valley Gazette": the remark is kept
            notes.append(f"{'front matter' if interview.metadata else 'metadata'} names the {role}: {name}")

    # "Witness: Dr Samuel Adeyemi, Environment Agency": who gives evidence, the witness (the affiliation kept)
    if not sidecar.participants and not listed:
        for name, remark in people(interview.metadata.get("witness", "")):
            if not any(_key(p.name) == _key(name) for p in cast.people):
                cast.add(name, "witness", remark or None)
                notes.append(f"metadata names a witness: {name}")

    # "Participants: Anna Berg, Anna Lind": people who speak, their roles not said (the front matter's own list of
    # participants, mappings, is read above)
    if not sidecar.participants and not listed:
        for name, remark in people(interview.metadata.get("participants", "")):
            if not any(_key(p.name) == _key(name) for p in cast.people):
                cast.add(name, "participant", remark or None)
                notes.append(f"metadata names a participant: {name}")

    # "Translator: Samir Nassar" in the header names whoever speaks as "TRANSLATOR:" (one translator only), or
    # under a label of that name ("NASSAR:", matched below like any other label: one who does not speak is no
    # participant).
    translators = people(interview.metadata.get("translator", ""))
    if len(translators) == 1:
        speaking_as = {turn.label for turn in interview.turns() if turn.label and _interpreters_label(turn.label)}
        name, remark = translators[0]
        if speaking_as:
            cast.add(name, "participant", remark or None, sorted(speaking_as))
            notes.append(f"metadata names the translator: {name}, who speaks as {', '.join(sorted(speaking_as))}")
        elif looks_like_a_person(name) and not any(_key(p.name) == _key(name) for p in cast.people):
            cast.add(name, "participant", remark or None)

    # Last, title lines ("Interview with MARY LEE", "Conducted by Tom Park"), one paragraph at a time.
    for pattern, role in ((_INTERVIEW_WITH, "interviewee"), (_NAME_FIRST_INTERVIEW, "interviewee"), (_INTERVIEW_COLON, "interviewee"),
                          (_ARABIC_INTERVIEW_WITH, "interviewee"), (_HEBREW_PERSIAN_INTERVIEW_WITH, "interviewee"),
                          (_HINDI_INTERVIEW, "interviewee"), (_KOREAN_INTERVIEW, "interviewee"), (_INTERVIEW_OF, "interviewee"), (_SWORN_WITNESS, "interviewee"),
                          (_DECLARATION_OF, "interviewee"),
                          (_CONDUCTED_BY, "interviewer"),
                          (_INTERVIEW_WITH_BY, "interviewer")):
        if cast.by_role(role):
            continue  # the sidecar, a metadata block or a fuller sentence said it already
        # a closing credit too: "Propos recueillis par Sophie Lenoir", "Das Gespräch führte Jonas Weber" after the turns
        texts = front + closing if pattern is _CONDUCTED_BY else front
        if role == "interviewee" and interview.metadata.get("title") and not interview.title:
            # a metadata block's title line: "Cyfweliad gyda / Interview with Gwen Prydderch" over "Dyddiad / Date:"
            # (not a Greek title's name, in the accusative after "με": read in the nominative below, as labelled)
            if not _GREEK_LETTER.search(interview.metadata["title"]):
                texts = [*texts, interview.metadata["title"]]
        if pattern is _KOREAN_INTERVIEW:
            texts = [text for text in texts if "인터뷰" in text]  # (compiled only where a text has the word)
        elif pattern is _DECLARATION_OF:
            texts = [text for text in texts if "eclaraci" in text or "omparece" in text]
        hits = ((hit, text) for text in texts for hit in pattern.finditer(text))
        for hit, text in hits:
            name = _trim_name(hit.group(role), text[hit.end(role):])
            name = _within_a_line(name, interview)
            if _A_DATE_AFTER.match(text, hit.end(role)) and name.split()[-1:] and _MONTH.fullmatch(name.split()[-1]):
                # "Conducted by Sarah Whitfield / March 14, 2002": the title block's next line is a date
                name = " ".join(name.split()[:-1])
            if name and role == "interviewee" and text.startswith(name, hit.start(role)) and (
                    (joined := _AND_NAME.match(text, hit.start(role) + len(name))) or _given_and(name)):
                # "Interview with Harold and June Pickering": two interviewees, the given name alone sharing the
                # surname (see readers.metadata.people); "Giulia e Marco Rossi", read as one name (its "e" a particle,
                # as in "Ortega y Gasset"), is two as well
                for each, _ in people(_two_named(name, joined, text)):
                    cast.add(each, role)
                    notes.append(f"headnote: {hit.group(0) + (joined.group(0) if joined else '')!r} → {role} {each}")
                break
            if name:
                cast.add(_expand(cast, name), role)
                notes.append(f"headnote: {hit.group(0)!r} → {role} {name}")
                if text.startswith(name, hit.start(role)):
                    _title_place_and_date(text[hit.start(role) + len(name):], interview, sidecar, notes)
                break

    if not cast.by_role("interviewee"):
        # "Kwame, Ama and Kofi Mensah talk about the family shop": the title's subject, a family or a group, is
        # interviewed (only where a label names one of them: "New Yorkers remember 9/11" names a crowd)
        labels = {_key(turn.label) for turn in interview.turns() if turn.label}
        for text in front[:3]:
            if (names := title_talkers(text)) and any(_labelled(name, labels) for name in names):
                for name in names:
                    cast.add(name, "interviewee")
                notes.append(f"title: {text!r} → interviewee {', '.join(names)}")
                break

    if not cast.by_role("interviewer"):
        _keyed_credit(interview, cast, front, notes)
    if not cast.by_role("interviewer"):
        _interview_credit(interview, cast, paragraphs + closing, notes)

    if not cast.by_role("interviewee"):
        # "Интервью с Анной Петровой" over "Петрова:" turns: the name in the instrumental case, the label's in the
        # nominative
        texts = front + [interview.metadata.get("title") or ""]
        labels = {_key(turn.label) for turn in interview.turns() if turn.label}
        printed = {_key(turn.label): turn.label for turn in interview.turns() if turn.label}
        for text in texts:
            if found := _declined_name(text, labels, printed):
                printed_name, name = found
                person = cast.add(name, "interviewee")
                if len(words := name.split()) == 3 and (called := _key(f"{words[0][0]}. {words[1][0]}.")) in labels:
                    person.labels.append(printed[called])  # "В.Н.:", the initials of her name and patronymic
                notes.append(f"headnote: {printed_name!r} → interviewee {name} (the name in the nominative, as labelled)")
                break

    if not cast.by_role("interviewer") and not cast.by_role("interviewee"):
        _slate(interview, cast, notes)

    aliases = {_key(k): v for k, v in sidecar.aliases.items()}
    # Full names first, so that initials and surnames used elsewhere can be merged into them.
    first_seen: dict[str, int] = {}
    counts: dict[str, int] = {}  # turns per label (by key): a one-off label may be a slip of a recurring one
    for index, turn in enumerate(interview.turns()):
        if turn.label:
            first_seen.setdefault(turn.label, index)
            counts[_key(turn.label)] = counts.get(_key(turn.label), 0) + 1
    # A label printed once and one letter from a recurring one ("Tobais" before "Tobias") comes after it, so that
    # it can be taken as its slip.
    recurring = [key for key, n in counts.items() if n >= 2]
    ordered = sorted(first_seen, key=lambda l: (
        len(aliases.get(_key(l), l).split()) < 2,
        counts[_key(l)] < 2 and any(one_edit_apart(_key(l), other) for other in recurring),
        first_seen[l],
    ))
    resolved: dict[str, str] = {}
    unknown_labels: list[str] = []
    # "HAROLD AND JUNE:", "BOTH:": a label of two people speaking together, resolved after the labels of each
    together = [label for label in ordered if _key(label) == "both" or " " in label and _JOINT_LABEL.fullmatch(label)]
    joint: dict[str, list[str]] = {}
    for label in [label for label in ordered if label not in together] + together:
        if label in together and _key(label) not in aliases and (speakers := _speaking_together(label, cast, counts)):
            resolved[label], joint[label] = speakers[0].id, [person.id for person in speakers[1:]]
            notes.append(f"label {label!r} → {' and '.join(person.name for person in speakers)}, speaking together")
            continue
        person = _resolve_label(interview, cast, sidecar, aliases, label, notes, unknown_labels, counts)
        resolved[label] = person.id
    answers = [label for label in resolved if _key(label) == "a"]
    for label in resolved:
        if answers and _key(label) in _THE_WITNESS and not aliases.get(_key(label)) and not sidecar.participants:
            # "THE WITNESS:" beside "Q."/"A.": who answers the A. turns, speaking outside them
            resolved[label] = resolved[answers[0]]
            if label in unknown_labels:
                unknown_labels.remove(label)
            notes.append(f"label {label!r} → the one who answers the A. turns")
    examined = _examiners(interview, cast, sidecar, aliases, resolved, notes, unknown_labels, counts)
    if not sidecar.participants:  # the sidecar's roles are the editor's word
        _numbered_as_the_header_names(interview, cast, resolved, unknown_labels, notes)
        _narrators_voice(interview, cast, resolved, notes)
    if unknown_labels:
        interview.warnings.append(_unknown_labels_warning(unknown_labels))
    unlabelled_roles = dict.fromkeys(turn.role or "participant" for turn in interview.turns() if not turn.label)
    if "interviewee" in unlabelled_roles and not cast.by_role("interviewee") and not sidecar.participants and (
        named := _the_one_named(interview, cast, sidecar)
    ):
        # answers printed without labels, whose speaker the standfirst names ("… Hélène Marchal raconte la vendange")
        cast.add(named, "interviewee")
        notes.append(f"unlabelled answers: the one person the title and headnote name, {named}, is the interviewee")
    if interview.convention in ("quoted-questions", "numbered-questions") and not cast.people and (
            not sidecar.participants):
        # an e-mail interview's reply ("From: Prof. Rachel Adebayo" / "To: Tom Hughes" over the quoted questions and
        # the answers under them, numbered or not): its sender answers, the one it is sent to asked (one person each);
        # questions numbered in a file with no e-mail's header name no one
        # (each name without its address: "Ruth Abernathy <ruth.abernathy@example.org>")
        sender, receiver = (people(_ADDRESS.sub("", interview.metadata.get(key, ""))) for key in ("from", "to"))
        if len(sender) == 1 and len(receiver) == 1 and all(looks_like_a_person(name) for (name, _) in sender + receiver):
            cast.add(sender[0][0], "interviewee")
            cast.add(receiver[0][0], "interviewer")
            notes.append(f"unlabelled answers of an e-mail's reply: its sender, {sender[0][0]}, is the interviewee, "
                         f"and {receiver[0][0]}, to whom it is sent, the interviewer")
    unlabelled = {role: _unlabelled(cast, role, notes) for role in unlabelled_roles}  # once per role, not per turn
    for turn in interview.turns():
        turn.who = resolved[turn.label] if turn.label else unlabelled[turn.role or "participant"].id
        turn.joint = joint.get(turn.label, [])
        if id(turn) in examined:
            turn.who = examined[id(turn)]
    speaking = {who for turn in interview.turns() for who in (turn.who, *turn.joint)}
    # the "Q" stand-in whose every question an examination header gave its lawyer no longer speaks: not a participant
    asked_away = {resolved[t.label] for t in interview.turns() if id(t) in examined} - speaking
    interview.participants = [
        p for p in cast.people
        if p.id in speaking or p.role in ("interviewer", "interviewee") and (p.id not in asked_away or sidecar.participants)
    ]
    if not sidecar.participants:  # the sidecar's roles are the editor's word
        _callers_places(interview, notes)
        _the_withheld_one_speaks(interview, notes)
        _the_witness_is_named(interview, unknown_labels, notes)
        _the_presiding_one_named(interview, unknown_labels, notes)
        _the_silent_interviewer_asks(interview, unknown_labels, notes)
        _the_other_is_interviewed(interview.participants, notes)
        _the_named_one_is_interviewed(interview, notes)
        _the_other_asks(interview, notes)
        _the_answerer_is_interviewed(interview, notes)
        _committee_roles(interview, notes)
        _as_printed_elsewhere(interview, notes)
        _the_asker_interviews(interview, notes)
    return notes


# A label of two people speaking together, each by a label of the file or a name: "HAROLD AND JUNE", "Jan & Piet".
_JOINT_LABEL = lazy(rf"(?P<first>{UPPER}[\w'’.-]*(?:[ \t]+{UPPER}[\w'’.-]*)?)[ \t]+(?:and|AND|And|&)[ \t]+"
                    rf"(?P<second>{UPPER}[\w'’.-]*(?:[ \t]+{UPPER}[\w'’.-]*)?)")


def _speaking_together(label: str, cast: "_Cast", counts: dict[str, int]) -> list[Participant]:
    """The two people of a joint label, where each of its names is one known person, two different ones ("HAROLD
    AND JUNE" beside "HAROLD:" and "JUNE:", or under "Interview with Harold and June Pickering"); "BOTH" where
    the interview has two interviewees. Else none: "Marks & Spencer", "SMITH AND SONS" name nobody known."""
    if _key(label) == "both":
        interviewees = cast.by_role("interviewee")
        return interviewees if len(interviewees) == 2 else []
    joined = _JOINT_LABEL.fullmatch(label)
    people = [cast.match(joined.group(part), counts)[0] for part in ("first", "second")]
    return people if all(people) and people[0] is not people[1] else []


# A committee record's lists of who sat and who gave evidence: "Members present: Ken McDonald (Chair), Mel Arnold",
# "Witnesses: Dr. Irene Tallis, Memorial University; Mr. Paul Gagnon, Atlantic Salmon Federation".
_COMMITTEE_LIST = re.compile(
    r"\s*(?i:(?P<member>members(?:\s+present)?|committee\s+members)|(?P<witness>witness(?:es)?))\s*:\s*(?P<names>\S.*)", re.S)


_AND_THEN_A_NAME = lazy(rf",[ \t]+and[ \t]+(?={UPPER})")


def _committee_roles(interview: Interview, notes: list[str]) -> None:
    """The roles of a committee's hearing, where the headnote lists its members and witnesses: whoever speaks and is
    listed among the witnesses is a "witness", among the members a "member" (the one printed with "(Chair)" the
    "chair"), as the record has them; nobody of a hearing is an interviewer or interviewee. Only people whose role
    nothing else said (participants) are given one."""
    listed: dict[str, str] = {}
    for block in interview.headnote:
        if isinstance(block, Paragraph) and (found := _COMMITTEE_LIST.match(plain_text(block.content))):
            # (a UK committee's witnesses, each with a post and a body after commas, ", and" before the last one:
            # "Witnesses: Chief Constable Mark Collins, National Police Chiefs' Council, and Sophie Corlett, Director
            # of External Relations, Mind.")
            names = found.group("names")
            chunks = _AND_THEN_A_NAME.split(names) if found.group("witness") and ", and " in names else [names]
            for name, remark in (person for chunk in chunks for person in people(chunk)[:1 if len(chunks) > 1 else None]):
                role = "chair" if found.group("member") and _key(remark) in ("chair", "chairman", "chairwoman",
                                                                           "chairperson", "convenor") else (
                    "member" if found.group("member") else "witness")
                listed.setdefault(_key(_strip_honorific(name)), role)
    if not listed:
        return
    for person in interview.participants:
        own = _key(_strip_honorific(person.name))
        # (the list's name with a rank or title before it: "Chief Constable Mark Collins" speaks as "Mark Collins")
        role = listed.get(own) or next((role for name, role in listed.items() if name.endswith(f" {own}")
                                        and " " in own), None)
        if role and person.role == "participant":
            person.role = role
            notes.append(f"{person.name}: listed in the headnote, so the hearing's {role}")


# A record's head naming who presides: "President: Mr. Fernández de Soto Valderrama (Malta)", as a UN verbatim record
# prints it over the meeting (the delegation in brackets). (A "Chair:" key is the header's moderator: see
# readers.metadata.)
_PRESIDES = guarded(rf"[ \t]*(?P<office>President)[ \t]*:[ \t]*"
                     rf"(?P<name>(?:{_HONORIFIC})?{_NAME})(?:[ \t]*\((?P<delegation>[^()\n]{{2,60}})\))?[ \t]*",
                     lambda text: "President" in text)  # (tried on every headnote paragraph)


def _the_presiding_one_named(interview: Interview, unknown_labels: list[str], notes: list[str]) -> None:
    """"The President:" speaking in a record whose head names who presides ("President: Mr.
    Fernández de Soto Valderrama (Malta)", a paragraph of its own): the label is that person's, named as the head
    prints the name, the delegation in brackets the affiliation. Only a label of the office alone, naming no one else
    of the file."""
    for block in interview.headnote:
        if isinstance(block, Paragraph) and (found := _PRESIDES.fullmatch(plain_text(block.content))):
            office = found.group("office").casefold()
            break
    else:
        return
    chairs = [p for p in interview.participants if p.role == "participant" and p.labels and all(
        _key(label).removeprefix("the ") == office for label in p.labels)]
    if len(chairs) != 1:
        return
    person = chairs[0]
    person.name = found.group("name")
    person.affiliation = person.affiliation or found.group("delegation")
    _now_known(interview, unknown_labels, person.labels)
    notes.append(f"{', '.join(person.labels)}: presides, and the record's head names who does ({person.name})")


_THE_WITNESS = frozenset({"the witness", "witness", "the deponent", "deponent"})
# The witness's label in the languages of the court roles (readers.labels._COURT_ROLES), and in English.
_WITNESS_LABELS = _THE_WITNESS | {"zeuge", "zeugin", "le témoin", "témoin", "el testigo", "la testigo", "testigo"}


def _labels_of(interview: Interview, speaker: Participant, person: Participant) -> None:
    """The turns printed under ``speaker``'s labels are ``person``'s: they and the labels (kept as printed) go to that
    participant, and ``speaker`` is no participant of its own any more."""
    for turn in interview.turns():
        if turn.who == speaker.id:
            turn.who = person.id
    person.labels.extend(speaker.labels)
    interview.participants = [p for p in interview.participants if p is not speaker]


def _the_witness_is_named(interview: Interview, unknown_labels: list[str], notes: list[str]) -> None:
    """A record whose title or header names the one person it examines ("DEPOSITION OF HAROLD PEMBERTON",
    "DECLARACIÓN TESTIMONIAL DE DOÑA MARÍA ELENA SOSA"), who speaks under no label of the file, and whose answers are
    printed under the witness's label ("THE WITNESS:", "TESTIGO:", "Zeuge:"): the label is that person's (it stays
    as printed). Not where two people are interviewed, nor where two labels are a witness's (two witnesses)."""
    people = interview.participants
    interviewees = [p for p in people if p.role == "interviewee"]
    witnesses = [p for p in people if p.role == "participant" and p.labels
                 and all(_key(label) in _WITNESS_LABELS for label in p.labels)]
    if len(interviewees) != 1 or len(witnesses) != 1:
        return
    person, witness = interviewees[0], witnesses[0]
    if any(turn.who == person.id for turn in interview.turns()):
        return
    _labels_of(interview, witness, person)
    _now_known(interview, unknown_labels, witness.labels)
    notes.append(f"{', '.join(witness.labels)}: the witness's label, and the record examines {person.name}, who "
                 "speaks under no other")


# A credit as German papers print it under the standfirst or after the last answer: "Interview: Jonas Weber".
_INTERVIEW_CREDIT = lazy(rf"[ \t]*Interview[ \t]*:[ \t]*(?P<names>{_NAMES})[ \t]*\.?[ \t]*")


def _narrators_voice(interview: Interview, cast: _Cast, resolved: dict[str, str], notes: list[str]) -> None:
    """"NARRATOR:" is an oral history's interviewee where someone interviews (asks) them; in a documentary, where no
    one asks and nobody else is interviewed, it is the programme's voice ("NARRATOR:", "NARRATOR (LAURENCE OLIVIER):"
    between the clips and the witnesses' words): a participant, no one interviewed."""
    narrators = [person for person in cast.by_role("interviewee")
                 if person.labels and all(_NARRATOR.match(label) for label in person.labels)]
    if len(narrators) != 1 or cast.by_role("interviewer") or len(cast.by_role("interviewee")) > 1:
        return
    for person in cast.people:  # (the turns' speakers as resolved so far: their who is set later)
        turns, asking = _asked([turn for turn in interview.turns() if resolved.get(turn.label) == person.id])
        if turns >= 2 and 2 * asking >= turns:
            return  # someone asks: the narrator is the one interviewed
    narrators[0].role = "participant"
    notes.append(f"label {narrators[0].labels[0]!r}: a programme's narrator, no one asking them: a participant")


_NARRATOR = re.compile(r"(?i:narrators?)\b")


_ADDRESS = lazy(r"[ \t]*<[^<>\s@]+@[^<>\s]+>")


def _keyed_credit(interview: Interview, cast: _Cast, texts: list[str], notes: list[str]) -> None:
    """A headnote's paragraph that opens with the interviewer's key in any language and a name on its line ("聞き手：
    佐藤健" under a Japanese magazine's title, "מראיינת: מיכל כהן" over a dateline): that person is the interviewer.
    The name a person's shape: capitalised words, a name written without spaces, or two to four words of a script
    without capitals that writes names with spaces ("김민수 기자" is a name and a calling)."""
    for text in texts:
        key, colon, value = text.replace("：", ":", 1).partition(":")
        value = _within_a_line(value.strip(), interview)
        if colon and len(key) <= 30 and value and (looks_like_a_person(value) or UNSPACED_NAME.fullmatch(value) or (
                2 <= len(words := value.split()) <= 4 and not UNSPACED_NAME.search(value)
                and all(w.isalpha() and w.upper() == w.lower() for w in words))) and (
                normalise_key(key) == "interviewer"):
            cast.add(value, "interviewer")
            notes.append(f"headnote: {text!r} → interviewer {value}")
            return


def _interview_credit(interview: Interview, cast: _Cast, texts: list[str], notes: list[str]) -> None:
    """A paragraph of its own "Interview: Jonas Weber" (not the kicker, which names the one interviewed: "Interview:
    Viktor Mizin") credits the interviewer where the people it names never speak under their names and another
    person does ("Brandt:" under "ZEIT:" questions): the journalist's credit. Under "Q:"/"A:" labels, which name
    nobody, it says nothing."""
    labels = {_key(turn.label) for turn in interview.turns() if turn.label}
    for text in texts:
        if "Interview" not in text or not (hit := _INTERVIEW_CREDIT.match(text)):
            continue
        credited = hit.group("names")
        if hit.end() < len(text.rstrip()):
            # "Interview: Lena Hoffmann" / "Berlin, 7. Oktober 2020": the credit is the paragraph's first line
            credited = _within_a_line(credited, interview)
            if credited == hit.group("names"):
                continue
        names = _names_of(credited)
        keys = {_key(word) for name in names for word in (name, name.split()[-1])}
        if not names or not all(looks_like_a_person(name) for name in names) or labels & keys:
            return
        if not any(_a_named_person(label) for label in labels):
            return
        for name in names:
            cast.add(name, "interviewer")
        notes.append(f"headnote: 'Interview: {credited}' → interviewer {', '.join(names)} (a credit: they do not speak)")
        return


def _as_printed_elsewhere(interview: Interview, notes: list[str]) -> None:
    """A name taken from a title line or a label in capitals ("WALTER J. HARGROVE", "MIGUEL DELGADO") is written
    as the title block, headnote, header or a label prints it elsewhere in mixed case ("… the oral history of Walter J.
    Hargrove …"), every word capitalised and none in capitals; where it is printed only in capitals it stays so: the
    case of a name is never guessed (McDONALD, DE LA CRUZ). A stand-in ("INTERVIEWER", "Q") is no name, and a name
    of one word ("SMITH") is left alone: the same word elsewhere may be another's ("the Smith Institute")."""
    shouting = [p for p in interview.participants
                if len(p.name.split()) >= 2 and p.name.isupper() and not stand_in(p.name)]
    if not shouting:
        return
    texts = [plain_text(part) for part in (interview.kicker, interview.title) if part]
    texts += [plain_text(block.content) for block in interview.headnote if isinstance(block, Paragraph)]
    texts += [value for value in interview.metadata.values() if isinstance(value, str)]
    # … and the labels: "Nguyễn Thị Lan:" under a title in capitals ("PHỎNG VẤN BÀ NGUYỄN THỊ LAN")
    texts += dict.fromkeys(turn.label for turn in interview.turns() if turn.label and not turn.label.isupper())
    text = "\n".join(texts)
    lowered = text.lower()
    if len(lowered) != len(text):
        return  # a letter whose lower case is longer ("İ"): positions would not match
    for person in shouting:
        name = " ".join(person.name.split())
        wanted, at = name.lower(), lowered.find(name.lower())
        while at >= 0:
            found = text[at : at + len(name)]
            bounded = (at == 0 or not text[at - 1].isalnum()) and (
                at + len(name) >= len(text) or not text[at + len(name)].isalnum())
            if bounded and all(word[:1].isupper() and not _in_capitals(word) for word in found.split()):
                notes.append(f"{person.name}: written {found!r}, as the file prints the name elsewhere")
                person.name = found
                break
            at = lowered.find(wanted, at + 1)


def _in_capitals(word: str) -> bool:
    """Whether a word is printed in capitals, most of its letters ("HARGROVE", "McDONALD"; not "MacLeod", "J.")."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 3 and sum(c.isupper() for c in letters) * 2 > len(letters)


def _declined_name(text: str, labels: set[str], printed: dict[str, str]) -> tuple[str, str] | None:
    """A title line naming someone in another case than the nominative (Russian, Greek, Polish, Czech, Ukrainian: see
    below), as printed, and the name in the nominative the file's labels confirm; else ``None``."""
    if "с" in text and (hit := _RUSSIAN_WITH.search(text)) and (name := _nominative(hit, labels)):
        return hit.group(0), name
    if "με" in text and (hit := _GREEK_WITH.search(text)) and (name := _greek_nominative(hit, labels)):
        return hit.group(0), name
    if (hit := _WEST_SLAVIC_WITH.search(text)) and (
            name := _feminine_nominative(hit, labels) or _labelled_as(hit, printed)):
        return hit.group(0), name
    if "ga" in text and (hit := _ESTONIAN_WITH.search(text)) and (name := _estonian_nominative(hit, labels)):
        return hit.group(0), name
    return None


# An Estonian title line: "Intervjuu Mart Tammega", "Vestlus Liis Kasega": the name in the comitative, its ending
# (-ga) on the last word only, after the genitive's stem.
_ESTONIAN_WITH = lazy(
    rf"(?i:intervjuu|vestlus)\s+(?P<given>(?:{UPPER}[^\W\d_]+\s+){{1,2}})(?P<surname>{UPPER}[^\W\d_]+?)ga(?![\w-])"
)


def _estonian_nominative(hit: re.Match, labels: set[str]) -> str | None:
    """The name an Estonian title line gives in the comitative, where the file's labels say its surname's nominative:
    the genitive's stem ("Tamme" of "Tammega") or the stem without its last vowel ("Tamm"), exactly one of them a
    label (the surname's, or the whole name's). A stem that changes ("Kase" of "Kask") is not undone."""
    given, stem = " ".join(hit.group("given").split()), hit.group("surname")
    forms = [stem] + ([stem[:-1]] if stem[-1] in "aeiouõäöü" and len(stem) > 3 else [])
    fitting = [form for form in forms if _key(form) in labels or _key(f"{given} {form}") in labels]
    return f"{given} {fitting[0]}" if len(fitting) == 1 else None


# A Russian title line: "Интервью с Анной Петровой", "Беседа с …", "Разговор с …": a given name and a surname in the
# instrumental case.
# (the patronymic between them too, as the person is named in full: "Интервью с Верой Николаевной Соколовой")
_RUSSIAN_WITH = lazy(
    r"(?i:интервью|беседа|разговор)\s+со?\s+(?P<given>[А-ЯЁ][а-яё]+)\s+"
    r"(?:(?P<patronymic>[А-ЯЁ][а-яё]+(?:вной|чной|вичем|ичем))\s+)?(?P<surname>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)"
    r"(?![\w-])"
)
# A patronymic's nominative by its instrumental ending: Николаевной → Николаевна, Ильиничной → Ильинична, Петровичем
# → Петрович.
_PATRONYMIC_NOMINATIVE = (("вной", "вна"), ("чной", "чна"), ("ичем", "ич"))
# The nominative of a surname in the instrumental case, by its ending: feminine Петровой → Петрова, Достоевской →
# Достоевская; masculine Петровым → Петров, Толстым → Толстой, Достоевским → Достоевский. Each ending may give two
# forms: the file's label says which (and only one may fit).
_SURNAME_NOMINATIVE = (("ой", ("а", "ая"), "f"), ("ым", ("", "ой"), "m"), ("им", ("ий",), "m"))
# The nominative of a given name in the instrumental case, where the ending says it alone: Анной → Анна, Никитой →
# Никита, Марией → Мария, Натальей → Наталья; masculine Сергеем → Сергей. Not "-ом" (Иваном → Иван, but Павлом →
# Павел): such a name is left alone.
_GIVEN_NOMINATIVE = {"f": (("ой", "а"), ("ей", "я")), "m": (("ой", "а"), ("ей", "я"), ("еем", "ей"), ("аем", "ай"))}


def _nominative(hit: re.Match, labels: set[str]) -> str | None:
    """The nominative of the name a Russian title line gives in the instrumental case, where the surname's
    nominative is one of the file's labels (exactly one of its possible forms) and the given name's ending says its
    nominative; else ``None``."""
    surname, given, patronymic = hit.group("surname"), hit.group("given"), hit.group("patronymic")
    if patronymic:
        # the patronymic's nominative, and the label of the given name's and the patronymic's initials ("В.Н.:"), as a
        # Russian transcript labels a person it calls by name and patronymic
        patronymic = next((patronymic[: -len(ending)] + nominative for ending, nominative in _PATRONYMIC_NOMINATIVE
                           if patronymic.endswith(ending)), None)
        if patronymic is None:
            return None
    by_initials = bool(patronymic) and _key(f"{given[0]}. {patronymic[0]}.") in labels
    for ending, nominatives, gender in _SURNAME_NOMINATIVE:
        if not surname.endswith(ending):
            continue
        forms = [surname[: -len(ending)] + nominative for nominative in nominatives]
        fitting = [form for form in forms if _key(form) in labels]
        if len(fitting) != 1 and gender == "f" and labels and (all(map(stand_in, labels)) or by_initials) and (
                own := _russian_feminine_surname(surname)):
            # under labels that name nobody ("Интервьюер:"/"Респондент:"), or her initials, as its ending says
            fitting = [own]
        if len(fitting) != 1 or patronymic and (gender == "f") != patronymic.endswith("а"):
            return None
        for given_ending, given_nominative in _GIVEN_NOMINATIVE[gender]:
            if given.endswith(given_ending):
                return " ".join(filter(None, (f"{given[: -len(given_ending)]}{given_nominative}", patronymic,
                                              fitting[0])))
        return None
    return None


# A woman's surname's instrumental endings that say its nominative alone: Петровой → Петрова, Ильиной → Ильина,
# Достоевской → Достоевская (not "-ой" after another letter: Толстой may be Толстая's, or a man's nominative).
_RUSSIAN_FEMININE = (("овой", "ова"), ("евой", "ева"), ("ёвой", "ёва"), ("иной", "ина"), ("ыной", "ына"),
                     ("ской", "ская"), ("цкой", "цкая"))


def _russian_feminine_surname(surname: str) -> str | None:
    """The nominative of a woman's surname in the instrumental case where its ending says it (_RUSSIAN_FEMININE)."""
    return next((surname[: -len(ending)] + nominative for ending, nominative in _RUSSIAN_FEMININE
                 if surname.endswith(ending)), None)


# A Polish or Czech title line: "Wywiad z Janem Kowalskim", "Rozmowa z Anną Nowak", "Rozhovor s Janem Novákem": a
# given name and a surname in the instrumental case, whose endings are too many to undo (Markiem is Marek, Pawłem
# Paweł): the file's label says the nominative.
_WEST_SLAVIC_WITH = lazy(
    # (and Ukrainian: "Інтерв'ю з Оксаною Мельник", "Розмова з …")
    rf"(?i:wywiad|rozmowa|rozhovor|інтерв['’]ю|розмова|бесіда)\s+(?:z|ze|s|se|з|із|зі)\s+(?P<given>{UPPER}[^\W\d_]+)\s+"
    rf"(?P<surname>{UPPER}[^\W\d_]+(?:-{UPPER}[^\W\d_]+)?)(?![\w-])"
)


def _inflected(word: str, nominative: str) -> bool:
    """Whether a word may be a declined form of a nominative: its stem (the nominative without its last letter, of
    three letters at least) and an ending of up to three letters ("Janem" of "Jan", "Anną" of "Anna", "Kowalskim" of
    "Kowalski", "Novákovou" of "Nováková")."""
    word, nominative = word.casefold(), nominative.casefold()
    stem = nominative[:-1] if len(nominative) > 3 else nominative
    return len(stem) >= 3 and word.startswith(stem) and len(word) - len(stem) <= 3


# A woman's name's instrumental ending → its nominative's, the given name's and the surname's: Ukrainian Оксаною →
# Оксана, Мариєю → Марія, Polish Janiną → Janina (and an adjectival surname, Kowalską → Kowalska), Czech Janou → Jana
# and the surname's long vowel, Novákovou → Nováková, Černou → Černá.
_FEMININE_INSTRUMENTAL = (("ою", "а", "а"), ("єю", "я", "я"), ("ą", "a", "a"), ("ou", "a", "á"))


def _feminine_nominative(hit: re.Match, labels: set[str]) -> str | None:
    """The nominative of a woman's name a Ukrainian, Polish or Czech title line gives in the instrumental case
    ("Інтерв'ю з Оксаною Мельник": Оксана Мельник; "Wywiad z Janiną Nowak": Janina Nowak; "Rozhovor s Janou
    Novákovou": Jana Nováková): a given name in -ою or -єю (-а, -я), -ą (-a) or -ou (-a), a surname the same or with
    that ending (-á for a Czech one), where the surname's nominative is a label of the file; else ``None`` (a man's
    name, whose endings are not undone)."""
    given, surname = hit.group("given"), hit.group("surname")
    for ending, given_ending, surname_ending in _FEMININE_INSTRUMENTAL:
        if given.endswith(ending):
            break
    else:
        return None
    given = given[: -len(ending)] + given_ending
    declined = surname[: -len(ending)] + surname_ending if surname.endswith(ending) else None
    for nominative in (declined, surname):
        if nominative and _key(nominative) in labels:
            return f"{given} {nominative}"
    if labels and all(map(stand_in, labels)):
        # under labels that name nobody ("Інтерв'юер:"/"Респондентка:"), her surname as its ending says: a woman's
        # surname declines only where it ends as her given name does (Ковальовою, Kowalską, Novákovou); else it is
        # the nominative as printed (Коваль, Nowak)
        return f"{given} {declined or surname}"
    return None


# A Greek title line: "Συνέντευξη με τον Γιώργο Παπαδάκη", "Συζήτηση με την Ελένη Μαρκου": the article and a given
# name and a surname in the accusative.
_GREEK_WITH = lazy(
    r"(?i:συνέντευξη|συνεντευξη|συζήτηση|συζητηση)\s+με\s+(?P<article>τον|την|τη)\s+(?P<given>[Α-ΩΆ-Ώ][^\W\d_]+)\s+"
    r"(?P<surname>[Α-ΩΆ-Ώ][^\W\d_]+)(?![\w-])"
)


def _greek_nominative(hit: re.Match, labels: set[str]) -> str | None:
    """The nominative of the name a Greek title line gives in the accusative, where the surname's nominative is a label
    of the file: a man's ("τον Γιώργο Παπαδάκη" over "ΠΑΠΑΔΑΚΗΣ:") takes back the final ς of both names, which the
    accusative drops after a vowel; a woman's ("την Ελένη Μάρκου") is the same in both cases, hers also under her
    initials ("ΕΜ:") and under labels that name nobody ("Ερ.:"/"Απ.:"). Else ``None``."""
    given, surname = hit.group("given"), hit.group("surname")
    if hit.group("article").casefold() != "τον":
        # (hers is the nominative as printed: the name, where a label prints it or the labels name nobody, "Ερ.:" /
        # "Απ.:", whose answers are hers)
        # (or her initials: "ΜΠ:" under "Συνέντευξη με τη Μαρία Παπαδοπούλου")
        return f"{given} {surname}" if _key(surname) in labels or _key(given[0] + surname[0]) in labels or (
            labels and all(map(stand_in, labels))) else None
    if _key(surname + "ς") not in labels:
        return None
    return f"{given + 'ς' if _key(given[-1]) in 'αηο' else given} {surname}ς"


def _interpreters_label(label: str) -> bool:
    """Whether a label is the interpreter's or translator's role ("INTERPRETER:", "TRANSLATOR:"), also with its kind
    or languages before it, as a signer's interview prints it ("VOICE INTERPRETER:", "SIGN LANGUAGE INTERPRETER:");
    not a name with a remark ("BRENNER (via interpreter):", "BRENNER VIA INTERPRETER:")."""
    words = label.split()
    return normalise_key(label) == "translator" or (
        1 < len(words) <= 3 and "(" not in label and normalise_key(words[-1]) == "translator"
        and not any(word.casefold() in {"via", "through", "by", "with", "and", "for"} for word in words))


def _labelled_as(hit: re.Match, printed: dict[str, str]) -> str | None:
    """The label of the person a Polish or Czech title line names in the instrumental case: the one label whose
    words are the nominative of the given name and surname, or of the surname alone; else ``None``."""
    given, surname = hit.group("given"), hit.group("surname")
    fitting = []
    for key, label in printed.items():
        words = key.split()
        if len(words) == 2 and _inflected(given, words[0]) and _inflected(surname, words[1]) or (
                len(words) == 1 and _inflected(surname, words[0])):
            fitting.append(label)
    return fitting[0] if len(fitting) == 1 else None


# The header keys of a written parliamentary question ("Question number:", "Date tabled:"), under which the remark
# after the asking member's name is a constituency: a place's name of one to four capitalised words.
_WRITTEN_QUESTION_KEYS = frozenset({"question number", "question no", "question no.", "date tabled", "tabled"})
_CONSTITUENCY = lazy(rf"{UPPER}[\w'’.-]*(?:(?:[ \t]+|[ \t]*[-–—][ \t]*)(?:and[ \t]+|&[ \t]+)?{UPPER}[\w'’.-]*){{0,3}}")


# A phone-in caller's label with the place called from: "CALLER, North Harbour", "CALLER (Margaret, Leeds)".
_CALLER_FROM = lazy(rf"(?P<word>(?i:caller|listener|viewer))[ \t]*,[ \t]*(?P<place>{UPPER}[\w'’.-]*(?:[ \t-]{UPPER}[\w'’.-]*){{0,2}})")
# … and with the name first: "GRAHAM (caller, Roma)", "Sue (listener, Toowoomba)".
_NAMED_CALLER_FROM = lazy(
    rf"[^()]+\((?i:caller|listener|viewer),[ \t]*(?P<place>{UPPER}[\w'’.-]*(?:[ \t-]{UPPER}[\w'’.-]*){{0,2}})\)")
_CALLER_NAMED_FROM = lazy(rf"(?i:caller|listener|viewer|audience member)\s*\([^(),]+,[ \t]*(?P<place>{UPPER}[\w'’.-]*(?:[ \t-]{UPPER}[\w'’.-]*){{0,2}})\)")


def _callers_places(interview: Interview, notes: list[str]) -> None:
    """A phone-in's callers: the place after the comma ("CALLER, North Harbour:", "CALLER (Margaret, Leeds):") is
    where the caller calls from, the person's residence, not part of the name nor an affiliation; a caller named
    by no name is "CALLER" (each a person of their own: their ids stay apart). The label stays as printed."""
    for person in interview.participants:
        if person.residence or not (person.name[:1] in "CcLlVv" and "," in person.name or any(
                "(" in label and (label[:1] in "CcLlVvAa" or any(word in label for word in ("aller,", "iewer,", "ener,")))
                for label in person.labels)):
            continue  # (no caller's label: the patterns are not compiled for it)
        if found := _CALLER_FROM.fullmatch(person.name):
            person.name, person.residence = found.group("word"), found.group("place")
            if person.affiliation == found.group("place"):
                person.affiliation = None
        elif any(found := _CALLER_NAMED_FROM.fullmatch(label) or _NAMED_CALLER_FROM.fullmatch(label)
                 for label in person.labels):
            person.residence = found.group("place")
        else:
            continue
        notes.append(f"{person.name}: calls from {person.residence}, the caller's residence")


def _the_withheld_one_speaks(interview: Interview, notes: list[str]) -> None:
    """A released record whose header withholds the interviewee's name ("Interviewee: [REDACTED]"), who then speaks
    under a label of no one the header names ("WITNESS:", beside the interviewer's "BARNES:"): the label is that
    person's, the one speaker beside the interviewers (the label stays as printed)."""
    people = interview.participants
    withheld = [p for p in people if p.role == "interviewee" and REDACTED.fullmatch(p.name.strip())]
    others = [p for p in people if p.role == "participant"]
    if len(withheld) != 1 or len(others) != 1 or any(p.role not in ("interviewer", "interviewee", "participant")
                                                     for p in people) or len(people) - 2 != sum(
            p.role == "interviewer" for p in people):
        return
    person, speaker = withheld[0], others[0]
    if any(turn.who == person.id for turn in interview.turns()):
        return
    _labels_of(interview, speaker, person)
    notes.append(f"{', '.join(speaker.labels) or speaker.name}: the one speaker beside the interviewer, so the "
                 f"interviewee the header names withheld ({person.name})")


_SHORT_CAPS = lazy(rf"{UPPER}{{1,3}}")


def _unknown_labels_warning(unknown_labels: list[str]) -> str:
    # one warning for the file, not one per speaker: a transcript without sidecar has only labels to go by
    return (f"speaker label(s) {', '.join(unknown_labels)} match no known participant; each is a participant of its "
            "own, named as labelled (give names and roles in the sidecar's [[participants]])")


def _now_known(interview: Interview, unknown_labels: list[str], labels: list[str]) -> None:
    """The file's warning about labels of no one known, without ``labels``, which now name someone."""
    warning = _unknown_labels_warning(unknown_labels)
    unknown_labels[:] = [entry for entry in unknown_labels if entry.split(" (line")[0].strip("'\"") not in labels]
    interview.warnings[:] = [w for w in interview.warnings if w != warning] + (
        [_unknown_labels_warning(unknown_labels)] if unknown_labels else [])


def _the_silent_interviewer_asks(interview: Interview, unknown_labels: list[str], notes: list[str]) -> None:
    """A focus group's or an interview's header names one interviewer ("Moderator: Helen Briggs"), who speaks under
    no label of the file, and the questions are printed under the one label of one to three capitals that names no
    one ("M:", "MOD:", "FAC:"), the others all people the header names or numbered respondents ("F1:", "M2:", "P3:",
    whom a focus group's header counts and never names): the label is the interviewer's, a short form of her role
    (the label stays as printed). Not where that label does not ask, nor where another label of letters alone names
    no one (two unknowns, neither is sure), nor where its letters are the initials of a person the header names."""
    people = interview.participants
    interviewers = [p for p in people if p.role == "interviewer"]
    if len(interviewers) != 1 or not unknown_labels:
        return
    interviewer = interviewers[0]
    if any(turn.who == interviewer.id for turn in interview.turns()):
        return
    unnumbered = [unknown for unknown in unknown_labels
                  if not any(c.isdigit() for c in unknown.split(" (line")[0])]
    if len(unnumbered) != 1:
        return
    label = unnumbered[0].split(" (line")[0].strip("'\"")
    short = [p for p in people if p.role == "participant" and p.name == label and _SHORT_CAPS.fullmatch(label)]
    # (a numbered respondent's initial is no person's: "M1" beside "M")
    if len(short) != 1 or not _asks(interview, short[0]) or any(
            _initials(p.name).casefold() == label.casefold()
            for p in people if p is not short[0] and not stand_in(p.name)):
        return
    speaker = short[0]
    _labels_of(interview, speaker, interviewer)
    _now_known(interview, unknown_labels, speaker.labels)
    notes.append(f"{label}: the one label of no one the header names, which asks, so the interviewer's "
                 f"({interviewer.name}), who speaks under no other")


def _the_other_is_interviewed(people: list, notes: list[str]) -> None:
    """An interview of two people, one of them the interviewer ("INTERVIEWER:" and "SMITH:"): the other is the
    interviewee, whom the byline, the citations and the catalogue records then name."""
    if len(people) == 2 and sorted(p.role for p in people) == ["interviewer", "participant"]:
        other = next(p for p in people if p.role == "participant")
        other.role = "interviewee"
        notes.append(f"{other.name}: the one speaker beside the interviewer, so the interviewee")


def _the_named_one_is_interviewed(interview: Interview, notes: list[str]) -> None:
    """Two speakers, neither's role said: where the title or headnote names one of them in full ("Ein Gespräch mit
    der Klimaforscherin Petra Schulz" over "Schulz:") and not the other, who asks (most of the other's turns hold a
    question mark: "SPIEGEL:", "EL PAÍS:", "PÚBLICO:", the publication's voice, or a name the headnote does not
    print), the one named is the interviewee and the other the interviewer. Not where both or neither are named, nor
    where the other does not ask. A byline's writer who never speaks ("Por Ana Sofia Carvalho" over "PÚBLICO:")
    is no third speaker."""
    people = _speakers(interview, voices=False)
    if len(people) != 2 or any(p.role != "participant" for p in people):
        return
    front = " ".join(plain_text(part) for part in (interview.kicker, interview.title) if part) + " " + " ".join(
        plain_text(block.content) for block in interview.headnote if isinstance(block, Paragraph))

    def printed(name: str) -> bool:
        # as a name is printed, in capitals or not ("JEANNE MOREAU:" under "Jeanne Moreau"), but not in small letters:
        # "… en el país" does not name "EL PAÍS:"
        pattern = r"(?<!\w)" + r"\s+".join(map(re.escape, name.split())) + r"(?!\w)"
        return any(hit.group()[0].isupper() for hit in re.finditer(pattern, front, re.I))

    named = [p for p in people if len(p.name.split()) >= 2 and printed(p.name)]
    if len(named) != 1 or not _a_named_person(named[0].name):
        return
    person = named[0]
    other = next(p for p in people if p is not person)
    if not _asks(interview, other):
        return
    person.role, other.role = "interviewee", "interviewer"
    notes.append(f"{person.name}: the one speaker the title or headnote names, asked by {other.name}, so the "
                 f"interviewee and {other.name} the interviewer")


_GREETINGS = frozenset("hi hello hey dear dearest bonjour hola hallo liebe lieber cher chère caro cara querido querida".split())


def _the_one_named(interview: Interview, cast: _Cast, sidecar: Sidecar) -> str | None:
    """The one person the title and headnote name in full (two words or more, a person's shape, not after "in",
    "at" or "from", nobody known already, no publication), else ``None``: two people named, or none, name no one."""
    texts = [plain_text(part) for part in (interview.kicker, interview.title) if part]
    texts += [plain_text(block.content) for block in interview.headnote if isinstance(block, Paragraph)]
    known = {_key(p.name) for p in cast.people}
    found = set()
    for text in texts:
        for hit in _NAME_RUN.finditer(text):
            words = _trim_name(hit.group()).split()
            if words and words[0].casefold() in _GREETINGS:
                del words[0]  # "Hi Mark, answers below.": whom a letter or an e-mail greets, no one it names in full
            name = " ".join(words)
            if len(words) < 2 or _BEFORE_A_PLACE.search(text, 0, hit.start()) or _key(name) in known or any(
                    # a run of capitalised words that holds a known name, the credit's verb and the next line's place
                    # with it ("Беседовала Елена Калашникова Москва"): that person's, no other
                    f" {person} " in f" {_key(name)} " for person in known if " " in person) or (
                    _CREDITED_BEFORE.search(text, 0, hit.start())) or (
                    _is_publication(name, sidecar)) or not looks_like_a_person(name):
                continue
            found.add(name)
    return found.pop() if len(found) == 1 else None


def _asks(interview: Interview, person: Participant) -> bool:
    """Whether a speaker asks: two turns or more, most of them holding a question mark."""
    turns, asking = _asking(interview, person)
    return turns >= 2 and 2 * asking >= turns


def _asking(interview: Interview, person: Participant) -> tuple[int, int]:
    """A speaker's turns and how many of them hold a question mark."""
    return _asked([turn for turn in interview.turns() if turn.who == person.id])


def _asked(turns: list) -> tuple[int, int]:
    """How many turns, and how many of them hold a question mark (what _the_asker weighs)."""
    return len(turns), sum(map(_holds_a_question, turns))


def _holds_a_question(turn) -> bool:
    """Whether a turn's paragraphs hold a question mark (Latin, CJK or Arabic)."""
    return any(mark in plain_text(block.content) for block in turn.blocks if isinstance(block, Paragraph)
               for mark in "?？؟")


def _speakers(interview: Interview, voices: bool = True) -> list[Participant]:
    """The participants who speak a turn (not a byline's writer or a headnote's name who never does); without the
    voices the transcript does not identify where ``voices`` is false (Otter's "Unknown Speaker" asking "Is it
    recording?" makes no third person of an interview of two)."""
    speaking = {who for turn in interview.turns() for who in (turn.who, *turn.joint)}
    return [p for p in interview.participants if p.id in speaking and (voices or not unidentified_voice(p.name))]


def _the_asker_interviews(interview: Interview, notes: list[str]) -> None:
    """Two speakers and nothing else said of their roles ("Priya Raman (00:00:03):" and "Tomas Halvorsen
    (00:00:07):", Sonix's "Speaker1:"/"Speaker2:"): where one plainly asks (two turns or more, most of them holding
    a question mark) and the other plainly answers (two turns or more, at most a quarter of them asking), the one who
    asks is the interviewer and the other the interviewee. Where both ask, or neither does (a conversation, a
    meeting), where the one asks fewer than two questions, or where anyone's role is said, they stay participants."""
    if any(p.role != "participant" for p in interview.participants):
        return  # someone's role is said already (a headnote's interviewee who never speaks under that name)
    people = _speakers(interview, voices=False)
    if len(people) != 2:
        return
    asker = _the_asker(*(_asking(interview, p) for p in people))
    if asker is None:
        return
    asker, answerer = people[asker], people[1 - asker]
    asker.role, answerer.role = "interviewer", "interviewee"
    notes.append(f"{asker.name}: asks and {answerer.name} answers, so the interviewer and {answerer.name} the "
                 "interviewee")


def _the_asker(first: tuple[int, int], second: tuple[int, int]) -> int | None:
    """Of two speakers' (turns, turns asking), which (0 or 1) plainly asks while the other plainly answers: two
    turns or more each, the one asking in two turns or more and in most of them, the other in a quarter at most."""
    for asker, ((turns, asking), (other_turns, other_asking)) in enumerate(((first, second), (second, first))):
        if other_turns >= 2 and asking >= 2 and 2 * asking >= turns and 4 * other_asking <= other_turns:
            return asker
    return None


def _numbered_as_the_header_names(
    interview: Interview, cast: _Cast, resolved: dict[str, str], unknown_labels: list[str], notes: list[str]
) -> None:
    """"Speaker 1:" and "Speaker 2:" under a header naming the interviewer and the interviewee ("Interviewer: Anna
    Berg" / "Interviewee: Tomás Ruiz"), who speak under no label of their own: where the two numbered labels are
    all that speak, one plainly asking and the other plainly answering (see _the_asker), the one who asks is the
    interviewer named and the other the interviewee. Not where three are numbered, or both ask."""
    interviewers, interviewees = cast.by_role("interviewer"), cast.by_role("interviewee")
    turns = interview.turns()
    labels = list(dict.fromkeys(turn.label for turn in turns))
    if len(interviewers) != 1 or len(interviewees) != 1 or len(labels) != 2 or not all(map(numbered_voice, labels)) or (
            {interviewers[0].id, interviewees[0].id} & set(resolved.values())):
        return
    asker = _the_asker(*(_asked([turn for turn in turns if turn.label == label]) for label in labels))
    if asker is None:
        return
    for label, person in ((labels[asker], interviewers[0]), (labels[1 - asker], interviewees[0])):
        resolved[label] = person.id
        person.labels.append(label)
        unknown_labels[:] = [entry for entry in unknown_labels if not entry.startswith(f"{label!r} (")]
    said = (f"speaker labels {labels[asker]!r} and {labels[1 - asker]!r} are taken to be {interviewers[0].name}, the "
            f"interviewer, and {interviewees[0].name}, the interviewee, whom the header names: {labels[asker]!r} asks "
            f"and {labels[1 - asker]!r} answers")
    interview.warnings.append(f"line {turns[0].line}: {said}; if that is wrong, map the labels to them in the "
                              "sidecar's aliases")
    notes.append(said)


def _the_other_asks(interview: Interview, notes: list[str]) -> None:
    """Two speakers, one the interviewee (the title or headnote named her) and the other of no role said, who asks
    ("PÚBLICO:" under "Entrevista com o arquiteto João Mendes Ribeiro"): the other is the interviewer."""
    people = _speakers(interview, voices=False)
    if len(people) == 2 and sorted(p.role for p in people) == ["interviewee", "participant"]:
        other = next(p for p in people if p.role == "participant")
        if _asks(interview, other):
            other.role = "interviewer"
            notes.append(f"{other.name}: asks the interviewee, so the interviewer")


# Who presides rather than asks: a moderator's or chair's turns ("We have time for a few questions") are no questions
# the main speaker answers, and a "MODERATOR:" is another person than a "QUESTIONER:" (_other_role_word).
_PRESIDING = frozenset("moderator host co-host presenter anchor chair chairman chairwoman chairperson moderador moderadora"
                       " sunucu".split())


_INTERPRETING = frozenset("interpreter interpretor translator dolmetscher intérprete interprète traductor traducteur".split())


def _voices_others(person: Participant | None, turn) -> bool:
    """Whether a turn is an interpreter's: its label or its speaker's name is the word, which voices another's words."""
    return bool(turn.label and _key(turn.label) in _INTERPRETING or person and _key(person.name) in _INTERPRETING)


# Words that describe whoever speaks without naming them: "SENIOR ADMINISTRATION OFFICIAL", "THE WITNESS".
_DESCRIBING = frozenset(
    "the a an official officials spokesperson spokesman spokeswoman witness officer representative member audience "
    "panelist panellist panel caller senior administration unidentified unknown anonymous".split())


def _a_named_person(name: str) -> bool:
    """Whether a participant is a person by name ("ANA SILVA", "Professor Ingrid Lindqvist", "AHMAD"), not a stand-in
    ("Q", "Speaker 2") nor a description ("SENIOR ADMINISTRATION OFFICIAL", "THE WITNESS")."""
    return not stand_in(name) and not any(word in _DESCRIBING or word in _ROLE_LABELS or word in _INTERPRETING
                                          for word in _key(name).split())


def _the_answerer_is_interviewed(interview: Interview, notes: list[str]) -> None:
    """A press conference or a lecture's questions: where unnamed people ask ("Q (Reuters):", "AUDIENCE MEMBER 1:",
    "QUESTIONER:") and one named person answers every one of their questions (the turn after each is hers), she is
    the interviewee, whom the citation then names. Not where two or more answer them (a panel), where a question is
    left unanswered, nor where the file (or the headnote) names an interviewee already."""
    people = {p.id: p for p in interview.participants}
    if any(p.role == "interviewee" for p in people.values()):
        return
    turns = interview.turns()
    answerers: set[str] = set()
    questions = 0
    # at a press conference, a reporter named with the outlet ("ANA GARCÍA (EFE):", "SARAH COLLINS (Reuters):") asks
    # as the unnamed ones do
    # (any outlet's name there, "LUIS PÉREZ (Cadena SER)", not how the person speaks, "(through interpreter)")
    reporters: dict[str, str] = {}
    press = any(turn.label.endswith(")") for turn in turns) and _at_a_press_event(interview)
    for turn in turns if press else ():
        if not turn.label.endswith(")") or not (person := people.get(turn.who)) or person.role != "participant":
            continue
        bracket = " ".join(turn.label[turn.label.rfind("(") + 1:-1].split())
        if 1 <= len(bracket.split()) <= 4 and not _TITLED_OR_HANDLE.fullmatch(bracket) and not _HOW_SPOKEN.search(
                bracket) and _key(bracket) not in _ROLE_LABELS and _holds_a_question(turn) and _a_named_person(person.name):
            reporters.setdefault(turn.who, bracket)
    for index, turn in enumerate(turns):
        asker = people.get(turn.who)
        if asker is None or not (stand_in(asker.name) or turn.who in reporters) or (
                turn.label and _key(turn.label) in _PRESIDING) or (_key(asker.name) in _PRESIDING):
            continue
        if _key(turn.label) not in _ROLE_LABELS and not _holds_a_question(turn):
            continue  # "UNIDENTIFIED PERSON #1: We want a fair wage!": a voice of the crowd, asking nothing
        # the answer: the next turn of another, an interpreter's turns passed over (they voice others' words)
        answer = next((t for t in turns[index + 1:] if t.who != turn.who and not _voices_others(people.get(t.who), t)),
                      None)
        if answer is None:
            return  # a question nobody answers: no answerer of every question
        questions += 1
        answerers.add(answer.who)
        if len(answerers) > 1:
            return  # a panel: several answer
    if questions < 2 or not answerers:
        return
    person = people.get(next(iter(answerers)))
    if person is None or person.role != "participant" or not _a_named_person(person.name):
        return
    person.role = "interviewee"
    notes.append(f"{person.name}: answers every one of the {questions} questions of the unnamed askers, so the interviewee")
    for ident, outlet in reporters.items():
        reporter = people[ident]
        reporter.role = "interviewer"
        reporter.affiliation = reporter.affiliation or outlet
        notes.append(f"{reporter.name}: a reporter of {outlet} who asks at the press conference, so an interviewer")


def _examiners(
    interview: Interview, cast: "_Cast", sidecar: Sidecar, aliases: dict, resolved: dict[str, str], notes: list[str],
    unknown_labels: list[str], counts: dict[str, int],
) -> dict[int, str]:
    """A deposition's questions asked by the lawyer its examination header names: after "BY MR. ABERNATHY:" (the
    headnote's last paragraph, or a section's heading) each "Q." turn is Mr. Abernathy's, until the next such header;
    the label stays "Q" as printed. {id(turn): participant id}; empty where no header names an examiner."""
    if "q" not in counts and "a" not in counts:
        return {}
    examiner = None
    witness = None  # the witness a section's heading swears in ("MR MICHAEL DOWDEN (sworn)"), who answers its "A." turns
    opening = False  # in such a section, before its first question: the counsel who asks it by name examines
    if interview.headnote:
        last = interview.headnote[-1]
        if isinstance(last, Paragraph) and (found := EXAMINER.search(plain_text(last.content))):
            examiner = found.group("name")
    out: dict[int, str] = {}
    asked: dict[str, int] = {}
    answered: dict[str, int] = {}
    for section in interview.sections:
        heading = plain_text(section.heading) if section.heading else ""
        if heading and (found := EXAMINER.search(heading)):
            examiner = found.group("name")
        elif "(" in heading and (sworn := _SWORN_HEAD.search(heading)):
            # a UK inquiry's witness header, "MR MICHAEL DOWDEN (sworn)" / "Questions by COUNSEL TO THE INQUIRY": the
            # counsel asks the first question by name ("MR MILLETT: Mr Dowden, you are …"), then as "Q.", and the
            # witness answers as "A." until the next witness is sworn
            witness, examiner, opening = " ".join(_strip_honorific(sworn.group("name")).split()), None, True
        for item in section.items:
            label = getattr(item, "label", None)
            if label and _key(label) not in ("q", "a") and (called := _called_witness(item)):
                # a trial record's "MR. LEVIN: The government calls Maria Santos.": she answers the "A." turns after
                # it, until the next witness is called or sworn
                witness = called
            if opening and label and _key(label) not in ("q", "a"):
                examiner, opening = label, False
            elif opening and label and _key(label) == "q":
                opening = False  # (the question asked as "Q." at once: no one asks by name)
            if witness and label and (_key(label) == "a" or _key(label) in _THE_WITNESS):  # ("THE WITNESS: Thank you.")
                if not any(_key(known) == _key(witness) for known in resolved):
                    resolved[witness] = _resolve_label(
                        interview, cast, sidecar, aliases, witness, notes, unknown_labels, counts).id
                out[id(item)] = next(pid for known, pid in resolved.items() if _key(known) == _key(witness))
                answered[witness] = answered.get(witness, 0) + 1
            if label and _key(label) == "q" and (named := _examiner_in_brackets(item)):
                examiner = named  # "Q. (BY MR. KLEIN) You may answer.": he asks from this question on
            if examiner is None:
                continue
            if getattr(item, "label", None) and _key(item.label) == "q":
                name = " ".join(examiner.split())
                if not any(_key(label) == _key(name) for label in resolved):
                    resolved[name] = _resolve_label(
                        interview, cast, sidecar, aliases, name, notes, unknown_labels, counts).id
                out[id(item)] = next(pid for label, pid in resolved.items() if _key(label) == _key(name))
                asked[name] = asked.get(name, 0) + 1
    witnesses = {pid for known, pid in resolved.items() if known in answered}
    for person in cast.people:
        if person.id in out.values() and person.role == "participant":
            # who asks the questions, as the "Q" stand-in did; who answers them, as the "A" stand-in did
            person.role = "interviewee" if person.id in witnesses else "interviewer"
    for name, n in asked.items():
        notes.append(f"examination header 'BY {name}': the {n} 'Q' turn(s) after it are {name}'s questions")
    for name, n in answered.items():
        notes.append(f"witness '{name}', sworn or called: the {n} 'A' turn(s) after it are {name}'s answers")
    return out


# A party calling its witness in a trial record, as the lawyer's turn says it: "The government calls Maria Santos.",
# "The defense will call Dr. Alan Price", "The Crown calls its next witness, Mrs Joan Hale" (the honorific no part of
# the name; only a party is the subject: "We call it …" names no witness).
_CALLS_WITNESS = lazy(
    r"^(?:(?i:your[ \t]+hono(?:u)?r),?[ \t]+)?(?i:the[ \t]+)?(?i:government|people|prosecution|plaintiffs?|defen[cs]e"
    r"|crown|state|united[ \t]+states|commonwealth|respondents?|petitioners?|claimants?|defendants?)[ \t]+"
    r"(?i:(?:now[ \t]+|next[ \t]+)?(?:calls|will[ \t]+call|would[ \t]+(?:like[ \t]+to[ \t]+)?call|wishes[ \t]+to[ \t]+call))"
    r"[ \t]+(?:(?i:(?:its|their|the)[ \t]+(?:next|first|last)[ \t]+witness),?[ \t]+)?"
    rf"(?:{_HONORIFIC})?(?P<name>{_NAME})[ \t]*(?:[.,;]|$)")


def _opening_text(turn) -> str:
    """The text of a turn's first paragraph ("" where it opens with something else, or is no turn)."""
    first = turn.blocks[0] if getattr(turn, "blocks", None) else None
    return plain_text(first.content).strip() if isinstance(first, Paragraph) else ""


def _called_witness(turn) -> str | None:
    """The witness a party calls in the turn's first paragraph ("The government calls Maria Santos."), if it does."""
    text = _opening_text(turn)
    if "call" not in text[:80].lower():  # (a cheap look first: nearly every turn says no such thing)
        return None
    found = _CALLS_WITNESS.match(text)
    return " ".join(found.group("name").split()) if found else None


# A witness sworn in, as a UK inquiry's transcript heads the witness's evidence: "MR MICHAEL DOWDEN (sworn)", "DR
# ANITA PATEL (affirmed)" (the name in capitals; an honorific before it no part of it).
_SWORN_HEAD = lazy(rf"(?P<name>{UPPER}[^\W\d_]*(?:[ \t]+{UPPER}[^\W\d_]*){{0,5}})[ \t]*,?[ \t]*"
                   r"\((?:sworn|affirmed|recalled)\)")


def _examiner_in_brackets(turn) -> str | None:
    """The lawyer a question's opening bracket names, as a deposition marks a change of examiner in the Q. line
    itself: "Q. (BY MR. KLEIN) You may answer." → "MR. KLEIN"."""
    text = _opening_text(turn)
    found = EXAMINER.match(text[1:]) if text.startswith("(") else None
    return found.group("name") if found and text[1 + found.end():].lstrip().startswith(")") else None


# A title whose subject, one person or several, tells of something: "Kwame, Ama and Kofi Mensah talk about the family
# shop", "John and Mary Smith remember the flood", "Ruth Cohen recalls Brooklyn" (the verb in small letters, a title
# in title case, "Veterans Remember the War", says no one's name).
_TALKERS = lazy(
    rf"[ \t]*(?P<names>{_NAMES})[ \t]+(?:talks?[ \t]+(?:about|of)|remembers?|recalls?|reminisces?|discuss(?:es)?"
    rf"|looks?[ \t]+back|reflects?[ \t]+on|recounts?|in[ \t]+conversation(?![ \t]+with))\b")
_TALKER_VERBS = (" talk", " remember", " recall", " reminisce", " discuss", " look", " reflect", " recount",
                 " in conversation")


def title_talkers(text: str) -> list[str]:
    """The people a title names as its subject telling of something (see _TALKERS): two or more (a given name alone
    sharing the surname that ends the list), or one by a full name; each a person's name ("The Beatles" none)."""
    if not any(verb in text for verb in _TALKER_VERBS) or not (hit := _TALKERS.match(text.replace(" & ", " and "))):
        return []  # ("Harold & June Pickering remember …" as "Harold and June …")
    names = _names_of(hit.group("names"))
    if any(not looks_like_a_person(name) or name.split()[0] in _ARTICLES for name in names):
        return []
    return names


def title_people(text: str) -> list[str]:
    """The people a title line names as interviewed, for label detection: its subject telling of something
    (title_talkers), or whom it is an interview with, two where it joins them ("Entretien avec Jeanne et Paul Martin":
    Jeanne Martin and Paul Martin, each of whom may speak once)."""
    names = title_talkers(text)
    if hit := _INTERVIEW_WITH.search(text):
        name = _trim_name(hit.group("interviewee"), text[hit.end("interviewee"):])
        joined = _AND_NAME.match(text, hit.start("interviewee") + len(name)) if name and text.startswith(
            name, hit.start("interviewee")) else None
        both = _two_named(name, joined, text)
        names += [each for each, _ in people(both)] if both else [name] if name else []
    return names


def _two_named(name: str, joined: re.Match | None, text: str) -> str | None:
    """"A and B Surname" for a title's name and the one _AND_NAME ``joined`` to it in ``text``, or for a name read as
    one that is two (_given_and); ``None`` where it names one."""
    return f"{name} and {_trim_name(joined.group('name'), text[joined.end():])}" if joined else _given_and(name)


def _given_and(name: str) -> str | None:
    """A name read as one that is two given names joined by a word for "and" before the surname they share ("Giulia e
    Marco Rossi"), as "Giulia and Marco Rossi"; else ``None`` ("José Ortega y Gasset": two words before the "y")."""
    words = name.split()
    if len(words) >= 4 and words[1] in CONJUNCTIONS and words[0][:1].isupper() and words[2][:1].isupper():
        return f"{words[0]} and {' '.join(words[2:])}"
    return None


def _labelled(name: str, labels: set[str]) -> bool:
    """Whether a label of the transcript is a name's: the whole, its first word or its last."""
    words = _key(name).split()
    return bool(words) and (_key(name) in labels or words[0] in labels or words[-1] in labels)


def headnote_people(texts: list[str]) -> list[str]:
    """The names a headnote's sentences give the interviewers and interviewees ("X spoke with Y and Z", "Y
    interviewed X", "interviewed by Y"), people and publications alike, for label detection: a label printed once
    that names one of them is a speaker ("Le Monde:" under "… spoke with The Guardian and Le Monde")."""
    found: list[str] = []
    for pattern, hit in _headnote_sentences(texts):
        if pattern is _SPOKE_WITH:
            found.extend(_names_of(hit.group("first")) + _names_of(hit.group("second")))
        elif pattern is _INTERVIEWED:
            found.extend(hit.group("interviewer", "interviewee"))
        else:
            found.append(hit.group("interviewer"))
    return found


# A headnote sentence about the interview itself and its date: "This interview was conducted on 3 March 1998 in
# Leeds.", "Recorded 14 June 2001 at her home", "Interviewed on March 3, 1998", "The conversation took place on …".
# Either the sentence begins with the participle, or its subject is the interview (conversation, recording,
# session); the date follows the verb directly or after on/at/in, within the sentence. A day and a month, or a
# month, with a four-digit year, in English; a date a speaker mentions is never read (turns are not looked at).
_MONTH = "(?:" + "|".join(MONTHS) + ")"
_HEADNOTE_DATE_VALUE = (
    # (the days of two sessions or more in one month too: "on 3 and 10 March 2004", "on March 3 and 10, 2004")
    rf"(?P<date>\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+(?:and\s+)?\d{{1,2}}(?:st|nd|rd|th)?)+\s+{_MONTH},?\s+\d{{4}}"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+(?:and\s+)?\d{{1,2}}(?:st|nd|rd|th)?)+,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+{_MONTH},?\s+\d{{4}}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|{_MONTH}\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
)
_HEADNOTE_VERB = r"(?:conducted|recorded|interviewed|held|taped|filmed|carried\s+out|took\s+place|was\s+made)"
# The date after on/at/in; or, without a preposition, after a comma or a capitalised word (a place's, a name's:
# "Recorded at the StoryBooth, Grand Central Terminal, New York" / "October 14, 2009", the lines joined), where it
# ends the sentence or a time follows it ("Aired March 3, 2015 - 14:00 ET", as a TV transcript heads it): never
# after a lower-case word ("… the strike of May 1968, …" is the subject's date).
_HEADNOTE_DATE = re.compile(
    rf"(?:(?:^|(?<=[.!?)]\s))(?:Recorded|Interviewed|Conducted|Taped|Filmed|Aired)\b"
    # (a deposition's "Taken March 3, 2020" under its title in capitals, the lines joined)
    rf"|(?<=[A-Z]{{2}}\s)Taken\b"
    rf"|\b(?:[Tt]his|[Tt]he|[Oo]ur)\s+(?:(?:oral[- ]history|telephone|phone|video|follow-up|first|second)\s+)?"
    rf"(?:interview|conversation|recording|session|discussion)\s+(?:was\s+|were\s+|has\s+been\s+)?{_HEADNOTE_VERB})"
    rf"(?:(?:[^.!?\n\d]{{0,80}}?\s(?:on|at|in)(?:\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?)?)?"
    rf"|(?P<bare>[^.!?\n\d]{{0,80}}?(?:,|\s{UPPER}[\w'’-]*)))\s+{_HEADNOTE_DATE_VALUE}"
    rf"(?(bare)(?=\s*(?:$|[.;](?:\s|$)|[-–—,]\s*\d{{1,2}}:\d{{2}}\b)))"
    rf"(?!\s*(?:[-–—](?!\s*\d{{1,2}}:\d{{2}}\b)|and\b|to\b|&|\d))"
)


# The same sentence in Spanish, Portuguese, French, Italian and German, opening the sentence: "Entrevista realizada el
# 3 de mayo de 2012 en Cádiz.", "Entretien réalisé le 14 février 2011 à Lens.", "Das Gespräch wurde am 12. März 2009
# in Bochum geführt.", "Intervista registrata il 2 maggio 2015", "Entrevista gravada em 5 de abril de 2010"; or the
# interviewers saying when they met ("Hablamos con él en Madrid el 3 de junio de 2019", "Nous l'avons rencontré à Lyon
# le 3 juin 2019", "Lo abbiamo incontrato a Roma il 5 maggio 2018", "Wir trafen sie am 3. Juni 2019 in Bochum"). The
# date (a day, a month's name and a year) follows the day's preposition (el, em, no dia, le, il, am), directly or
# after a few words within the sentence, never after a clause's conjunction or a birth's or death's participle ("… la
# guerra, que estalló el 18 de julio de 1936", "su padre, nacido el …" are the subject's dates).
_HEADNOTE_DATE_ABROAD = re.compile(
    r"(?:^|(?<=[.!?]\s))(?i:(?:la\s+|a\s+|l['’])?(?:entrevista|conversación|conversa|entretien|intervista|conversazione)"
    r"(?:\s+(?:fue|foi|a\s+été|è\s+stata))?\s+(?:realizada|grabada|hecha|gravada|feita|réalisée?|enregistrée?|menée?"
    r"|realizzata|registrata|se\s+realizó|tuvo\s+lugar|aconteceu|a\s+eu\s+lieu|s['’]est\s+déroulée?|si\s+è\s+svolta"
    r"|ebbe\s+luogo)"
    r"|(?:das|dieses)\s+(?:interview|gespräch)\s+(?:wurde|fand)"
    r"|hablamos\s+con|conversamos\s+co[nm]|entrevistamos|falamos\s+com"
    r"|nous\s+(?:l['’]|les\s+|nous\s+sommes\s+entretenus\s+)?(?:avons\s+rencontré|avec)"
    r"|(?:l[oaie]\s+|l['’]\s*)?abbiamo\s+(?:incontrat|intervistat|parlato\s+con)|wir\s+(?:trafen|sprachen))"
    r"(?:(?!(?i:\b(?:que|qui|che|dass|cuando|quand|quando|als|wenn|nacid[oa]|nat[oa]|née?|geboren|muert[oa]|mort[oa]?"
    r"|morte|gestorben|falecid[oa])|,\s*(?:der|die|das|dem|den|deren|dessen|wo|où|donde|dove|onde))\b)[^.!?\n\d]){0,80}?"
    r"(?<=\s)(?i:el|em|no\s+dia|le|il|am)"
    r"\s+(?P<date>\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]+\.?\s+(?:de\s+)?\d{4})(?![\d,])"
)


# The same sentence in Japanese, Chinese and Korean: the day in digits with its year, month and day signs, then, in the
# sentence and with no other number between, the recording's word ("2019年3月12日に東京で収録。", "2015년 8월 15일
# 부산에서 녹음했다", "2010年5月3日在北京采访"); a place of ideographs or syllables right after the date, before で, にて or
# 에서 or after 在, is the interview's ("東京の自宅にて" names a home, no place). A day the sentence tells of without
# such a word ("1945年8月6日に被爆した") is the subject's.
_CJK_HEADNOTE_DATE = lazy(
    r"(?P<date>\d{4}\s?[年년]\s?\d{1,2}\s?[月월]\s?\d{1,2}\s?[日일])[にへ、，,]?\s?"
    r"(?:(?P<place>[\u3400-\u4dbf\u4e00-\u9fff々ヶ]{1,6})(?:で|にて)|在(?P<zai>[\u3400-\u4dbf\u4e00-\u9fff]{1,6})"
    r"|(?P<eseo>[\uac00-\ud7af]{1,6})에서)?"
    r"[^。！？.!?\n\d]{0,20}?(?:収録|録音|録画|実施|取材|インタビュー|聞き取り|采访|採訪|录制|錄製|录音|錄音|访谈|訪談"
    r"|녹음|녹화|면담|인터뷰|촬영)"
)


# A place after the headnote's date and a comma, ending the sentence: "Recorded 9 September 2012, Bradford.".
_PLACE_AFTER_DATE = lazy(rf",[ \t]+{PLACE_AFTER_COMMA}\.?[ \t]*(?:$|(?<=\.)[ \t]|\n)")


def _headnote_date(texts: list[str]) -> tuple[str, str, str, str] | None:
    """(the sentence's words up to the date, the date as printed, its ISO form, the place after it or "") of the one
    date the headnote's sentences about the interview give; None if they give none, or two different ones."""
    found = []
    for text in texts:
        if not any(c.isdigit() for c in text):
            continue
        for hit in (*_HEADNOTE_DATE.finditer(text), *_HEADNOTE_DATE_ABROAD.finditer(text)):
            iso = iso_date(hit.group("date")) or ((days := iso_days(hit.group("date"))) and days[0][1])
            if iso:
                place = _PLACE_AFTER_DATE.match(text, hit.end()) if hit.re is _HEADNOTE_DATE else None
                found.append((hit.group(0), " ".join(hit.group("date").split()), iso,
                              place.group("place") if place else ""))
        if ("年" in text or "년" in text) and (hit := _CJK_HEADNOTE_DATE.search(text)) and (
                iso := iso_date(hit.group("date"))):
            found.append((text[: hit.end("date")], hit.group("date"), iso,
                          hit.group("place") or hit.group("zai") or hit.group("eseo") or ""))
        # a broadcast line of its own: "Sänt 14 juli 2021", "Sendt 3. august 2019 på P1"
        if (broadcast := BROADCAST_DATE.fullmatch(text)) and (iso := iso_date(broadcast.group("date"))):
            found.append((text[: broadcast.end("date")], " ".join(broadcast.group("date").split()), iso, ""))
    return found[0] if found and len({iso for _, _, iso, _ in found}) == 1 else None


def _title_place_and_date(after: str, interview: Interview, sidecar: Sidecar, notes: list[str]) -> None:
    """The place and date after the name in a title line or a credit ("Interview with Francis Okello, Kampala, 2
    March 2017", "Conducted by Sam Whitfield, 3 October 2015, Hebden Bridge", "Propos recueillis par Julien Morel,
    Dakar, 2 février 2020"): the interview's, where nothing else dates it."""
    if sidecar.dates or interview.metadata.get("date") or not after.startswith(","):
        return
    # (the credit's line only: not the archive's name on the line under it, "Library of Congress, Folk Archive")
    rest = _within_a_line(after.lstrip(", \t").split("\n")[0], interview).rstrip(" .")
    # (or the date alone: "Conducted by Helen Ward, August 12, 1956")
    placed = place_and_date(rest) or date_and_place(rest) or ("", rest)
    if len(iso_date(placed[1]) or "") == 10:
        interview.metadata["date"] = placed[1]
        if placed[0] and not sidecar.place and not _no_place(placed[0]):
            interview.metadata.setdefault("place", placed[0])
        notes.append(f"title: {rest!r} after the name → the interview's place and date")


def _closing_byline(text: str, source: str) -> re.Match | None:
    """The byline that closes a standfirst paragraph (see _BYLINE_IN_PARAGRAPH), after a sentence's end, or on a line
    of its own in the ``source`` opening with a capital under a sentence of eight words or more ("… the water, the
    boats and the neighbours" / "By Tom Reid"); not a sentence that opens with the word ("By then she had left
    Vienna.": no name), nor the paragraph's middle, nor a title's line ("Walking Home" / "By The Sea"), nor a line
    that goes on with the sentence above it ("La storia di una famiglia raccontata" / "di Marco Rossi, che la
    conosce")."""
    for start in _BYLINE_IN_PARAGRAPH.finditer(text):
        before, tail = text[:start.start()].rstrip(), text[start.start():]
        if before.endswith(_SENTENCE_ENDS) or tail[:1].isupper() and len(before.split()) >= 8 and re.search(
                rf"\n[ \t]*{re.escape(tail)}[ \t]*(?:\n|$)", source):
            if hit := _BYLINE.fullmatch(text[start.end():]):
                return hit
    return None


def _byline_parts(byline: re.Match, source: str) -> tuple[str, str]:
    """A byline's writer and the place and date under it, where the lines were joined: the name ends at its line
    ("Por Marta Rivas" / "La Habana, 8 de febrero de 2018": not "Marta Rivas La" of "Habana, …")."""
    name, dated = byline.group("interviewer"), byline.group("dated") or ""
    words = name.split()
    for cut in range(1, len(words) - 1) if dated else ():
        head, tail = " ".join(words[:-cut]), " ".join(words[-cut:])
        if re.search(rf"{re.escape(head)}[ \t]*\n[ \t]*{re.escape(tail)}\b", source):
            return head, f"{tail} {dated}"
    return name, dated


def _date_alone(texts: list[str], source: str = "") -> tuple[str, str, str, str] | None:
    """The date standing alone at the top of the headnote, a day's ("Tuesday 9 November 2021" under a committee
    record's title, "WEDNESDAY, APRIL 10, 2019" under a hearing's), or a place's and a day's ("Matera, 14 marzo
    2019", as a magazine heads an interview): the first paragraph, or one under title lines only (short, no
    sentence: a title, a kicker, a byline), that is wholly a date, as (the paragraph, the date, its ISO form, the
    place or ""). A date after a sentence, a month or a year alone, or a date in a sentence ("Ordered … to be
    published on 9 November 2021") is none."""
    for index, text in enumerate(texts[:4]):
        line = " ".join(text.split())
        credited = False
        if (byline := _BYLINE.fullmatch(line) or _CREDIT_DATELINE.fullmatch(line)) and (
                byline.group("dated")):
            # "di Giulia Rossi" / "Venezia, 2 settembre 2022", "Interview: Jonas Weber" / …
            line, credited = _byline_parts(byline, source)[1], True
        if index and (len(texts[index - 1].split()) > 15 or texts[index - 1].rstrip().endswith((".", "?", "!", ":", ";"))):
            return None  # what stands above it is no title line
        # (a longer line only where it is a dateline: "Taken at the offices of Baker & Lowe LLP, 200 Main Street,
        # Hartford, Connecticut, on June 2, 2014")
        if any(c.isdigit() for c in line) and (len(line) <= 60 or len(line) <= 120 and dateline(line)):
            # "Matera, 14 marzo 2019"; not "Wednesday, 9 August 2023", a date whole, nor a heading in capitals
            # before the date ("TRANSCRIPT OF PROCEEDINGS, 11 January 2005"), which is no place
            if not iso_date(line) and (timed := DATE_AND_TIME.fullmatch(line)):
                line = timed.group("date")  # "Thu, Mar 7, 2024 10:03AM • 6:12": the day, without its hour
            # (a dateline first: "Grabado en Linares, 3 de mayo de 1998" is placed in Linares, not "Grabado en Linares")
            place, date = ("", line) if iso_date(line) else _dateline_alone(line, source) or place_and_date(line) or (
                credited and dateline(line)) or ("", line)  # (after a credit: "am 8. November 1999 in Leipzig")
            if _no_place(place):
                place = ""  # (nor is a broadcaster or paper before the date: "ABC Radio Brisbane, 9 August 2019")
            if len(date) <= 40 and (iso := iso_date(date)) and len(iso) == 10:
                return line, date, iso, place
            # a session's heading, the day's date its last part: "Hauptverhandlung, 87. Verhandlungstag, 14. August
            # 1964" (what stands before it no place); not a title's or a credit's name, place and date, which say
            # the place too (see _title_place_and_date)
            if "," in line and len(iso := iso_date(last := line.rsplit(",", 1)[1].strip()) or "") == 10 and not (
                    _INTERVIEW_WITH.search(line) or _CONDUCTED_BY.search(line)):
                return line, last, iso, ""
        if line[-1:].isdigit() and (placed := _last_line_dateline(line, source)):
            # "Archivo de la Memoria Oral de Galicia." / "En Lugo, a 14 de abril de 1987": the paragraph's last line
            # is a dateline of its own, under the archive's name or a credit (no blank line between them)
            return placed[2], placed[1], iso_date(placed[1]), placed[0]
    return None


def _last_line_dateline(text: str, source: str) -> tuple[str, str, str] | None:
    """The place, the date and the line of a dateline with its place that is the last line of a paragraph of two lines
    or more (the paragraph's ``text`` as one line) in the ``source``, else None."""
    end = source.find(text[-16:])
    if end < 0:
        return None
    start = source.rfind("\n", 0, end) + 1
    last = " ".join(source[start:source.find("\n", end) % (len(source) + 1)].split())
    # (a paper's name is no place: _dateline_alone; a date alone there is a caption's or a record's head, read with
    # its place by _record_head)
    if not last or last == text or not text.endswith(last) or not (placed := _dateline_alone(last, source)) or (
            not placed[0]):
        return None
    return placed[0], placed[1], last


_DATE_KEY = lazy(rf"(?:^|\s)Date\s*:\s*(?P<date>\S.*?)(?=\s+{UPPER}[\w'’ .]{{0,30}}:|\s*$)")
# A court's head run together on a line ("IN THE HIGH COURT OF JUSTICE KING'S BENCH DIVISION Case No: KB-2023-001234
# Royal Courts of Justice, Strand, London Date: 15/03/2024"): the court in capitals, the case's number (one word), and
# the place the court sits, capitalised words and commas, before the date's key.
_COURT_HEAD = lazy(
    r"[ \t]*(?P<court>[A-Z][A-Z'’,&\- ]{8,}?)[ \t]+(?:Case|Claim|CASE|CLAIM)[ \t]+(?:No|NO|Number|NUMBER)\.?"
    r"[ \t]*:?[ \t]*"
    rf"(?P<case>\S*\d\S*)(?:[ \t]+(?P<place>{UPPER}[^\W\d_]*\.?(?:,?[ \t]+{UPPER}[^\W\d_]*\.?|[ \t]+of){{0,8}}))?"
    r"[ \t]+Date[ \t]*:")


def _record_head(interview: Interview) -> tuple[str, str, str, str] | None:
    """The date and place lines of a record's head, short lines set one under another over the text, as a UN
    verbatim record prints them ("United Nations" / "Security Council" / "9311th meeting" / "Thursday, 18 April 2024,
    3 p.m." / "New York"): a line that is a day's date (its hour after it or not), and the line under it where it is
    a place's name (capitalised words, up to three, no digit). As (the line, the date, its ISO form, the place or
    ""), or None; only the headnote's first paragraph, of three lines or more, none ending a sentence. And a "Date:"
    key's date among the keys of a court's head run together on its lines."""
    first = interview.headnote[0] if interview.headnote else None
    if not isinstance(first, Paragraph) or not first.line:
        return None
    lines = []
    for line in interview.kept_source.split("\n")[first.line - 1:]:
        if not line.strip():
            break
        lines.append(line.strip())
    for line in lines:
        # a court's head run together on a line, its keys one after another as a judgment's PDF copies them ("… KING'S
        # BENCH DIVISION Case No: KB-2023-001234 Royal Courts of Justice, Strand, London Date: 15/03/2024")
        if "Date" in line and (keyed := _DATE_KEY.search(line)) and len(iso := iso_date(keyed.group("date")) or "") == 10:
            court = _COURT_HEAD.match(line)
            return keyed.group(0).strip(), keyed.group("date"), iso, court and court.group("place") or ""
    if len(lines) < 3 or any(len(line) > 50 or line.endswith((".", "?", "!")) and not line.endswith(("a.m.", "p.m."))
                             for line in lines):
        return None
    for index, line in enumerate(lines):
        if not any(c.isdigit() for c in line):
            continue
        date = timed.group("date") if not iso_date(line) and (timed := DATE_AND_TIME.fullmatch(line)) else line
        if len(iso := iso_date(date) or "") == 10:
            after = lines[index + 1] if index + 1 < len(lines) else ""
            words = after.split()
            place = after if 1 <= len(words) <= 3 and not any(c.isdigit() for c in after) and all(
                w[:1].isupper() for w in words) and not iso_date(after) else ""
            return line, date, iso, place
    return None


# A court's name in a caption's first lines: "UNITED STATES DISTRICT COURT", "IN THE CROWN COURT AT LEEDS".
_COURT_WORD = lazy(r"\b(?:COURT|TRIBUNAL)\b")


def _caption_date(interview: Interview) -> tuple[str, str, str, str] | None:
    """The day of a court's hearing in its transcript's caption, a line of its own among the caption's lines, and
    the place on the line above it where that is a city's ("New York, N.Y." / "March 4, 2020" / "10:00 a.m.", set at
    the right in a United States court's caption): the caption is read as lines, since its paragraphs run the place
    and the date together with the parties. Only under a court's name in the first lines, and only one day."""
    first = next(iter(interview.turns()), None)
    if first is None or not first.line:
        return None
    lines = [line.strip() for line in interview.kept_source.split("\n")[:first.line - 1]]
    if not any(_COURT_WORD.search(line) for line in [line for line in lines if line][:3]):
        return None
    found = []
    for index, line in enumerate(lines):
        if 6 <= len(line) <= 40 and any(c.isdigit() for c in line) and len(iso := iso_date(line) or "") == 10:
            above = lines[index - 1] if index else ""
            words = above.replace(",", " ").split()
            place = above if "," in above and 2 <= len(words) <= 5 and not any(c.isdigit() for c in above) and all(
                word[:1].isupper() for word in words) else ""
            found.append((line, line, iso, place))
    return found[0] if found and len({iso for _, _, iso, _ in found}) == 1 else None


def _dateline_alone(text: str, source: str) -> tuple[str, str] | None:
    """The place and date of a dateline (readers.metadata.dateline: "Taken March 8, 2017, Minneapolis, Minnesota")
    that is a line of the ``source`` on its own, not lines of a paragraph joined ("Entrevista de Ricardo Marques" /
    "Maputo, 12 de setembro de 2014"); a broadcaster's or a paper's name, or words in capitals, before the date are
    no place ("ABC Radio Brisbane, 9 August 2019")."""
    if not (placed := dateline(text)) or not re.search(rf"(?m)^[ \t]*{re.escape(text)}[ \t]*$", source):
        return None
    place, date = placed
    return "" if _no_place(place) else place, date


def _no_place(name: str) -> bool:
    """Whether the name a dateline prints where its place stands is a broadcaster's or a paper's, or words in
    capitals (a heading's): "ABC Radio Brisbane", "Nice-Matin", "TRANSCRIPT OF PROCEEDINGS". So is a regional
    paper's name joined to "France" by a hyphen ("Ouest-France", after a credit: "Propos recueillis par Sophie
    Lenoir, Ouest-France, le 2 août 2004"); a place's name joined to it by a particle ("Île-de-France",
    "Roissy-en-France") and a name of one word ("Dakar", "Saint-Malo") are places."""
    if len(name.split()) > 1 and name.isupper():
        return True
    parts = name.split("-")
    return len(name.replace("-", " ").split()) > 1 and (_PRESS_NAME.search(name) is not None or any(
        part.strip() == "France" and parts[index - 1][:1].isupper() for index, part in enumerate(parts) if index))


def _headnote_sentences(texts: list[str]):
    """The headnote's sentences that say who spoke with whom, as (pattern, match), in the order speaker resolution
    reads them: every "X spoke with Y", then every "Y interviewed X", then every "interviewed by Y". Each pattern
    runs only on the paragraphs holding its verb: tried at every capital of a text, they are slow."""
    for pattern, verbs in ((_SPOKE_WITH, ("spoke", "talked", "speaks", "talks", "conversation")),
                           (_INTERVIEWED, ("interviewed",)), (_INTERVIEWED_BY, ("interviewed",))):
        for text in texts:
            if any(verb in text for verb in verbs):
                for hit in pattern.finditer(text):
                    yield pattern, hit


def _front_matter_participants(entries: list, warnings: list[str]) -> list[SidecarParticipant]:
    """The participants YAML front matter lists, read as a sidecar's [[participants]] are; an ``id`` is a label
    they speak under ("id: SDV" for "**SDV:**"). An entry that is no mapping with a name is left out, with a
    warning that shows it."""
    found = []
    for number, entry in enumerate(entries, 1):
        try:
            person = participant_entry(entry)
        except ValueError as exc:
            problem = "is not a mapping" if not isinstance(entry, dict) else (
                "has no name" if not isinstance(entry.get("name"), str) or not entry["name"].strip() else str(exc)
            )
            warnings.append(
                f"front matter participants, entry {number} ({_shown(entry)}) {problem}; it is left out (give each "
                "participant a name, and a role and an id or labels)"
            )
            continue
        ident = entry.get("id")
        if ident is not None and str(ident).strip() and str(ident).strip() not in person.labels:
            person = replace(person, labels=(str(ident).strip(), *person.labels))
        found.append(person)
    return found


def _shown(entry: object) -> str:
    """An entry as a warning shows it: its YAML-like text, cut short."""
    if isinstance(entry, dict):
        text = ", ".join(f"{k}: {v}" for k, v in entry.items())
    else:
        text = repr(entry)
    return text if len(text) <= 80 else text[:77] + "…"


# A headnote paragraph that keys the labels to people, and each of its entries: "JB = Jean Brodie (interviewer)".
_KEY_LINE = lazy(r"\s*(?i:key|legend|speakers|abbreviations|participants|initials)\s*:")
_KEY_ENTRY = lazy(
    rf"(?P<label>{UPPER}[\w'’-]+[ \t]\d{{1,2}}|{UPPER}[{UPPER[1:-1]}.]{{0,5}}|{UPPER}[\w'’-]+)[ \t]*=[ \t]*(?:(?P<name>{_NAME})"
    rf"(?:[ \t]*\((?P<role>[^()]{{1,30}})\))?"
    # the role first, the name in brackets: "S1 = interviewer (Hannah Ross)", "S2 = farmer (Gareth Pugh)"
    rf"|(?P<role_first>[a-z][a-z -]{{1,30}}?)[ \t]*\((?P<bracketed>{_NAME})\))"
)


def _entry_name(entry: re.Match) -> str:
    return " ".join((entry.group("name") or entry.group("bracketed")).split())


def _entry_role(entry: re.Match) -> str:
    return entry.group("role") or entry.group("role_first") or ""


_RULE_FIRST = lazy(r"^\s*(?:[-*_=]\s*){3,}")


def key_entries(text: str) -> list[re.Match]:
    """The entries of a paragraph that keys the labels to people ("Key: JB = Jean Brodie (interviewer); …", or
    entries and nothing else), else none."""
    if "\t" in text:
        # a key set as a table, a tab between the label and the name ("MB<tab>Mary Byrne (interviewee)"), under
        # "KEY TO SPEAKERS": each row an entry, as "MB = Mary Byrne (interviewee)" is
        text = _TABBED_ENTRY.sub(r"\g<label> = ", text)
    if _KEY_LINE.match(text):
        return list(_KEY_ENTRY.finditer(text))
    return _key_entries_only(text)


# A row of a key set as a table: the label, a tab, a capitalised name.
_TABBED_ENTRY = lazy(rf"(?<![\w'’-])(?P<label>{UPPER}[\w'’-]+[ \t]\d{{1,2}}|{UPPER}[{UPPER[1:-1]}.]{{0,5}})\t+(?={UPPER})")


def _key_entries_only(text: str) -> list[re.Match]:
    """A key printed without a "Key:" word, as a Google Docs or Word transcript heads it: a paragraph of two
    entries or more and nothing else, "Speaker 1 = Anna Lee / Speaker 2 = David Okoro"; else no entries."""
    pieces = _KEY_SPLIT.split(text.strip())
    if len(pieces) >= 3 and len(pieces[0]) <= 60 and "=" not in pieces[0] and not LINE_ENDS_SENTENCE.search(pieces[0]):
        pieces = pieces[1:]  # under a title line of the same paragraph ("Project Greenfield, interview 07")
    entries = [_KEY_ENTRY.fullmatch(piece) for piece in pieces]
    return entries if len(entries) >= 2 and all(entries) else []


# Where the next entry of a key begins: before "Speaker 2 =", "MS =".
_KEY_SPLIT = lazy(rf"[\s;,]+(?=(?:{UPPER}[\w'’-]+[ \t]\d{{1,2}}|{UPPER}[\w'’.-]*)[ \t]*=)")
_NUMBERED = re.compile(r".+ #?\d{1,2}")
_TRAILING_NUMBER = lazy(r"\s?\d{1,3}$")
_ABBREVIATION = re.compile(rf"{UPPER}{{2,12}}")  # "EIR", "SPIEGEL": a publication's voice (see _by_role_or_publication)
# … or a publication's name of two or three words in capitals, an article or a word of the press in it ("ZEIT ONLINE",
# "EL PAÍS", "THE TIMES"): a person's name in capitals ("JOHN SMITH") is none, nor a title or a role after the
# article ("THE PRESIDENT", "THE WITNESS": see stand_in)
_PRESS_VOICE = lazy(rf"(?=(?:{'|'.join(a.upper() for a in _ARTICLES)})[ \t]+(?!(?i:{_TITLE_WORD}))"
                    rf"|.*\b(?i:{_PRESS_WORD}|online\b)){UPPER}{{2,12}}(?:[ \t]+{UPPER}{{2,12}}){{1,2}}")
_INCLUSIVE = lazy(r"(?P<word>[^\W\d_]{3,})\((?:a|o|e|as|os|in|innen|ka)\)")
_PRINTED_ROLE = re.compile(r"^(?P<name>.+?)\s*\((?P<role>[A-Za-z-]+)\)$")
# "Interviewer (JS)", "Respondent (Maria Kowalczyk)": a role word first, the person in brackets.
_ROLE_FIRST = re.compile(r"^(?P<role>[^\W\d_][\w-]*)\s*\((?P<name>[^()]+)\)$")
# "PARTICIPANT 1 (Margaret)", "P1 (Margaret)": a focus group's numbered label and, in brackets, the person's name
# (a number word, or a short abbreviation with its number; "RESPONDENT 2 (male, 40s)" names no one: a remark).
_NUMBERED_NAMED = re.compile(
    r"^(?P<word>(?i:speaker|participant|person|voice|respondent|interviewee|reporter|caller|guest|juror)[ \t]+\d{1,2}"
    r"|[^\W\d_]{1,4}\d{1,2})\s*\((?P<name>[^()]+)\)$"
)
# "CALLER (Margaret, Leeds)", "LISTENER (Tony)": a phone-in's caller, the name in brackets and where they call from
# after a comma (kept as printed in speaker, not in the name): each caller is a person of their own.
_CALLER_NAMED = re.compile(r"^(?i:caller|listener|viewer|audience member)\s*\((?P<name>[^(),]+)(?:,[^()]*)?\)$")
# Who else a role label's bracket may name: a person with a title ("A (Dr. Helen Marsh)") or a forum user's handle
# ("Q (u/throwaway_kiwi)", an AMA's askers, each a person of their own).
_TITLED_OR_HANDLE = lazy(rf"{_HONORIFIC}{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}|u/[A-Za-z0-9_-]{{3,20}}")
# A language in brackets after a label ("INTERVIEWER (English)"), checked against the language names.
_LANGUAGE_REMARK = lazy(r"^(?P<label>.+?)\s*\((?P<language>[^\W\d_]{3,}(?:[ -][^\W\d_]+)?)\)$")
# Any other bracketed remark in a label (TV transcripts: "ADLER (on camera)", "SEN. LYDIA MARSH (D)").
# A stage direction in square brackets after the name is one too: "INTERVIEWER [laughing]", "Q [to the panel]".
_BRACKETED_REMARK = re.compile(r"\s*\([^()]*\)|(?<=\S)[ \t]*\[[^\[\]]*\]")
# "Okafor, Chidi": a name printed surname first (video-call exports), the person "Chidi Okafor".
_WORD = rf"{UPPER}[\w'’-]*"
_INVERTED = lazy(rf"(?P<surname>{_WORD}(?:\s+{_WORD}){{0,2}}),\s+(?P<given>{_WORD}(?:\s+{_WORD})?)")
# "Ruth Adler, Moderator": a full name and a remark on the speaker (a role, an occupation).
_REMARKED = re.compile(r"(?P<name>\S+(?:\s+\S+)+?),\s+(?P<remark>[^,]+)")

_MERGES = {"initials", "surname", "first name", "surname after a title", "a one-letter difference", "family name",
           "first surname"}


#: The question labels after which a bracket may name the asker's outlet ("Q (Reuters):" at a press conference).
_ASKING = frozenset({"q", "question", "questioner", "reporter", "journalist"})
# A press conference or briefing, as its title or headnote says: there a word in brackets after "Q" is an outlet.
_PRESS_EVENT = lazy(
    r"(?i)\b(?:press|news|media)[ \t]+(?:conference|briefing|availability)|\bbriefing\b|pressekonferenz"
    r"|conférence[ \t]+de[ \t]+presse|rueda[ \t]+de[ \t]+prensa|conferenza[ \t]+stampa|coletiva[ \t]+de[ \t]+imprensa"
)
_ONE_WORD = lazy(rf"{UPPER}[\w'’&.-]+")
# "Jane Doe, Reuters" in a question label's brackets: a reporter of two words or more, and her outlet.
_REPORTER_OF = lazy(rf"(?P<name>{UPPER}\S*(?:\s{UPPER}\S*){{1,3}}),\s(?P<outlet>{UPPER}[^,()]{{1,40}})")


def _outlet(in_brackets: str, interview: Interview) -> str | None:
    """The outlet a question label's bracket names ("Q (Reuters)", "Q (BBC)", "Q (Le Monde)"), else ``None``: a
    publication's shape (an acronym, "The Times", "Le Monde", "Fox News") anywhere; one capitalised word only at a
    press conference or briefing, as the title or headnote calls it ("Q (Margaret)" after a talk is a person). A
    titled name or a forum handle ("Q (u/kiwi)") is a person's."""
    name = " ".join(in_brackets.split())
    if not name or _TITLED_OR_HANDLE.fullmatch(name) or _key(name) in _ROLE_LABELS:
        return None
    if _PUBLICATION.search(name):
        return name
    if _ONE_WORD.fullmatch(name) and _at_a_press_event(interview):
        return name
    return None


def _at_a_press_event(interview: Interview) -> bool:
    """Whether the title or the headnote's first paragraphs call the event a press conference or briefing."""
    texts = [plain_text(part) for part in (interview.kicker, interview.title) if part] + [
        plain_text(block.content) for block in interview.headnote[:3] if isinstance(block, Paragraph)]
    return any(_PRESS_EVENT.search(text) for text in texts)


def _names_a_person(in_brackets: str, also: re.Pattern | None = None) -> bool:
    """Whether the words in a label's brackets name a person (not a role word): "PARTICIPANT 1 (Margaret)";
    ``also`` admits another shape ("A (Dr. Helen Marsh)", "Q (u/name)")."""
    name = in_brackets.strip()
    return _key(name) not in _ROLE_LABELS and bool(
        PERSON_IN_BRACKETS.fullmatch(name) or (also is not None and also.fullmatch(name)))


# A chat handle: one word in lower case, as IRC and chat logs print a nickname ("lhartmann", "linus_h").
_HANDLE = re.compile(r"[^\W\d_A-Z][^\W_A-Z]*")


def _by_handle(cast: "_Cast", handle: str) -> Participant | None:
    """The one known person whose name a chat handle is made of: the given name's initial or the whole given name
    before the surname ("lhartmann", "linushartmann" for Linus Hartmann), or the surname and the initial
    ("hartmannl"); else ``None``."""
    fitting = []
    for person in cast.people:
        words = [slug(w).replace("-", "") for w in person.name.split()]
        if len(words) < 2 or stand_in(person.name):
            continue
        given, surname = words[0], words[-1]
        if handle in (given[:1] + surname, given + surname, surname + given[:1]):
            fitting.append(person)
    return fitting[0] if len(fitting) == 1 else None


def _resolve_label(
    interview: Interview, cast: "_Cast", sidecar: Sidecar, aliases: dict, label_as_printed: str, notes: list[str],
    unknown_labels: list[str], counts: dict[str, int],
) -> Participant:
    """The participant one label stands for (created with a warning when nothing matches)."""
    line = next((t.line for t in interview.turns() if t.label == label_as_printed), 0)
    if _key(label_as_printed) in aliases:
        notes.append(f"label {label_as_printed!r} → {aliases[_key(label_as_printed)]!r} (sidecar alias)")
    label = aliases.get(_key(label_as_printed), label_as_printed)
    if NUMBERED_QA.fullmatch(_key(label)):
        label = _TRAILING_NUMBER.sub("", label)  # "Q1", "A2": the question and answer labels, numbered
    if asked := ASKED_OR_ANSWERED.fullmatch(label):
        label = asked.group("name")  # "Question from Maria Keller", "Answered by Dr. Amara Nwosu": the person
    # "The Chair (Mr. René Arseneault (Madawaska—Restigouche, Lib.))": an office and, in its brackets, the member who
    # holds it with his seat, as Canada's House prints the chair's first turn: the member, whose is "The Chair:" too
    office = _OFFICE_AND_MEMBER.fullmatch(label) if label.endswith(")") else None
    if office and (office.group("member") or looks_like_a_person(office.group("holder"))) and not (
            office.group("the") and _key(office.group("the")) in _ROLE_LABELS):  # "HOST (Ms Ellie Park)": a role's
        # (the holder without the honorific: "Mr. Ken McDonald" is the Ken McDonald the header lists)
        label = office.group("member") or _strip_honorific(office.group("holder"))
    else:
        office = None
    # "INTERVIEWER (English)", "INTERPRETER (Spanish)": the language a turn is spoken in is a remark, nobody's name
    if label.endswith(")") and (spoken_in := _LANGUAGE_REMARK.match(label)) and language_code(spoken_in.group("language")):
        label = spoken_in.group("label")
    # "Entrevistador(a)", "Interviewer(in)": a role word with its feminine ending in brackets, one word (no role "a")
    if label.endswith(")") and (inclusive := _INCLUSIVE.fullmatch(label)) and _key(inclusive.group("word")) in _ROLE_LABELS:
        label = inclusive.group("word")
    # "Mr DUTTON (Dickson—Leader of the Opposition) (14:01)", "Sir Keir Starmer (Holborn and St Pancras) (Lab)": a
    # member's seat, and the office after it, as a parliament's record prints them
    member = _MEMBER_RIDING.fullmatch(label) or _MEMBER_SEAT.fullmatch(label) if label.endswith(")") else None
    # "SMITH (Interviewer)": the name is the label, the role is printed beside it.
    printed_role = _PRINTED_ROLE.match(label)
    role_first = _ROLE_FIRST.match(label)
    numbered_named = _NUMBERED_NAMED.match(label)
    if numbered_named and _names_a_person(numbered_named.group("name")):
        # "PARTICIPANT 1 (Margaret)": Margaret, a participant (the label, number and all, stays the speaker's as
        # printed); "RESPONDENT 3 (Ana)": Ana, a respondent
        label = " ".join(numbered_named.group("name").split())
        word = numbered_named.group("word").split()
        role_word = word[0] if len(word) > 1 else "participant"  # "P1": no role word ("P" is Spanish "pregunta")
    elif (caller := _CALLER_NAMED.match(label)) and _names_a_person(caller.group("name")):
        # "CALLER (Margaret, Leeds)": Margaret, a participant; the place stays in the label as printed
        label, role_word = " ".join(caller.group("name").split()), "participant"
    elif role_first and _key(role_first.group("role")) in _ASKING and (
            outlet := _outlet(role_first.group("name"), interview)):
        # "Q (Reuters)", "Q (BBC)": the asker's outlet, not the asker; a reporter of that outlet, one per outlet
        person = cast.reporter(outlet)
        person.labels.append(label_as_printed)
        notes.append(f"label {label_as_printed!r} → {person.name} of {outlet} ({person.role}; by the outlet printed "
                     "with the question label)")
        return person
    elif role_first and _key(role_first.group("role")) in _ASKING and (named := _REPORTER_OF.fullmatch(
            " ".join(role_first.group("name").split()))) and _names_a_person(named.group("name")):
        # "Q (Jane Doe, Reuters)": the reporter by name, the outlet after the comma her affiliation
        person = cast.add(named.group("name"), "interviewer", named.group("outlet"))
        if person.role == "participant":
            person.role = "interviewer"
        person.labels.append(label_as_printed)
        notes.append(f"label {label_as_printed!r} → {person.name} of {named.group('outlet')} (interviewer; by the name "
                     "and outlet printed with the question label)")
        return person
    elif role_first and _key(role_first.group("role")) in _ROLE_LABELS \
            and _names_a_person(role_first.group("name"), _TITLED_OR_HANDLE):
        # "Interviewer (JS)": a role word and, in brackets, who has it ("JS:" elsewhere is the same person)
        label, role_word = " ".join(role_first.group("name").split()), role_first.group("role")
    elif printed_role:
        label, role_word = printed_role.group("name"), printed_role.group("role")
    else:
        role_word = None
    # "Dr Amir Khan (University of Bristol)", "Lucy Hart (Bristol Post)": the one remark in brackets names an
    # organisation, the person's affiliation (kept in the person record; the label stays as printed)
    affiliated = _NAME_AND_BRACKETS.fullmatch(label) if role_word is None and label.endswith(")") else None
    in_brackets = affiliated.group("remark") if affiliated and _organisation(affiliated.group("remark")) else None
    # "Jess Okoro (she/her)": the pronouns printed with the name are the person's, kept in the person's note
    pronouns = _PRONOUNS_REMARK.search(label) if "/" in label else None
    # "ADLER (on camera)", "MARSH (D)", "P1 (female, 34)": remarks, not names, and no comma in them parts a remark
    # … and a role word alone in square brackets, "JANE DOE [HOST]", is her role, as "(Host)" would be
    bracketed = [remark.strip() for remark in _BRACKETED_REMARK.findall(label)] if role_word is None and "[" in label else ()
    bracket_role = _ROLE_LABELS.get(bracketed[0][1:-1].strip().casefold()) if len(bracketed) == 1 and len(
        bracketed[0]) > 3 and bracketed[0][0] == "[" else None
    label = _BRACKETED_REMARK.sub("", label).strip() or label
    label, remark = _name_and_remark(label, interview.convention)
    remark_role = _ROLE_LABELS.get(remark.casefold()) if remark else bracket_role
    from_labels = {p.id: list(p.labels) for p in cast.people}
    person, how = cast.match(label, counts, counts.get(_key(label_as_printed), 0))
    if person is None and role_word is None and _HANDLE.fullmatch(label) and (handled := _by_handle(cast, label)):
        person, how = handled, "a chat handle made of the name"
    if person is None and role_word is None:
        person, how = _by_role_or_publication(cast, label, sidecar, counts, interview)  # counts: the file's labels
    if person is None and role_word is not None:
        person, how = cast.add(label, _ROLE_LABELS.get(role_word.casefold(), "participant")), "role printed with the label"
    if person is None and (remark or bracket_role):
        # "Pieter Visser, Hydrologist": a role word sets the role, any other remark is kept as the affiliation
        person = cast.add(label, remark_role or "participant", None if remark_role else remark)
        how = "role printed with the label" if remark_role else "remark printed with the label kept as affiliation"
    elif person is not None and remark_role and person.role == "participant":
        person.role = remark_role
    if person is None and role_word is None and (full_name := _headnote_name(interview, label)):
        person, how = cast.add(full_name, "participant"), "the full name in the headnote"
    if person is None and role_word is None and not office and (named := _headnote_bracketed(interview, label)):
        # "Members present: Sir Robert Neale (Chair); …": the label is printed in brackets after a name; after
        # "Interviewers: Jane Kim (JK) and Tom Lee (TL)" each is an interviewer
        person, how = cast.add(*named), "the name the headnote prints it after"
    if person is None and role_word is None and (holder := _holder_of(interview, label)):
        person, how = cast.add(holder, "participant"), "the name the headnote gives the office"
    if person is not None and how in _MERGES and (
            answered := _answering(interview, label_as_printed, from_labels.get(person.id, []))):
        # "INTERVIEWER:" / "RUIZ:" turn about, both taken for Tomás Ruiz: one answers the other, so two people
        interview.warnings.append(
            f"line {line}: speaker label {label_as_printed!r} would be {person.name} by {how}, but its turns and "
            f"those of {answered!r}, taken for {person.name} already, answer each other: {label_as_printed!r} is a "
            "participant of its own (say who is who in the sidecar's [[participants]] labels)"
        )
        person, how = cast.add(label, "participant"), "new participant, answering " + repr(answered)
    if person is None:
        person = cast.add(label, "participant")
        how = "new participant"
        unknown_labels.append(f"{label_as_printed!r} (line {line})")
    elif how in _MERGES and from_labels.get(person.id) and not any(
        _key(l) == _key(label) for l in from_labels[person.id]
    ):
        # Another label already stands for this person: say that the two were merged, and on what evidence.
        interview.warnings.append(
            f"line {line}: speaker label {label_as_printed!r} is taken to be {person.name} "
            f"(also labelled {', '.join(repr(l) for l in from_labels[person.id])}) by {how}; "
            "if they are different people, say so in the sidecar's [[participants]] labels"
        )
        how = f"{how}; merged with {', '.join(repr(l) for l in from_labels[person.id])}"
    if pronouns and person.note is None:
        person.note = "pronouns: " + pronouns.group(1)
    # "GARETH WYN (voicing for Cyril Vaughan)": an actor reading a witness's words in a documentary or a drama-
    # documentary: the words are the witness's, the voice the actor's (whose turn it is); the note says whose
    if "(" in label_as_printed and person.note is None and (voicing := _VOICING_FOR.search(label_as_printed)):
        person.note = voicing.group(1)
        notes.append(f"label {label_as_printed!r}: {person.name} reads the words of {voicing.group('whose')}")
    if asked and asked.group("asking") and person.role == "participant":
        person.role = "interviewer"  # "Question from Maria Keller": who asks, as an AMA's "Q (u/kiwi)" asks
    if office:
        person.labels.append(office.group("office") or office.group("the"))
        if person.role == "participant" and _key(person.labels[-1]).split()[-1] in _CHAIR_WORDS:
            person.role = "chair"
    if member and person.constituency is None:
        person.constituency = member.group("seat")
        held = member.groupdict().get("office")
        if held and person.note is None:
            person.note = held
        notes.append(f"label {label_as_printed!r}: {member.group('seat')!r} is {person.name}'s seat"
                     + (f", {held!r} the office" if held else ""))
    if in_brackets and person.affiliation is None:
        person.affiliation = in_brackets
        notes.append(f"label {label_as_printed!r}: {in_brackets!r}, in brackets, is {person.name}'s affiliation")
    if label_as_printed not in person.labels:
        person.labels.append(label_as_printed)
        notes.append(f"label {label_as_printed!r} → {person.name} ({person.role}; by {how})")
    return person


# A member of a parliament as its record labels them: a title and the name, the seat in brackets, and after it the
# office (after a dash) and a bracket of the time or the party ("Mr DUTTON (Dickson—Leader of the Opposition) (14:01)",
# "Ms CHESTERS (Bendigo) (14:04)", "Sir Keir Starmer (Holborn and St Pancras) (Lab)"): either or both.
_TIME_OR_PARTY = r"[ \t]*\((?:\d{1,2}[:.]\d{2}|[A-Z][\w/-]{0,9})\)"  # "(14:01)", "(Lab)", "(Lab/Co-op)"
# "Mr. Joël Godin (Portneuf—Jacques-Cartier, CPC)": a riding whose name a dash joins, and the party after a comma, as
# Canada's House prints a member: the whole riding is the seat.
_MEMBER_RIDING = lazy(
    rf"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Hon)\.?[ \t]+[^()]+?[ \t]*\((?P<seat>{UPPER}[^(),]*?),[ \t]*{UPPER}[\w.]{{0,5}}\)")
# "The Chair (Mr. René Arseneault (Madawaska—Restigouche, Lib.))": an office, and the member who holds it, seat and all.
# So is an office with its holder's name alone in the brackets, the office an article's ("The Prime Minister (Rishi
# Sunak)", Spanish "La señora MINISTRA DE SANIDAD (Darias San Sebastián)"): the holder, whose is the office's label.
_OFFICE_AND_MEMBER = lazy(
    rf"(?P<office>(?:The[ \t]+)?{UPPER}[\w-]*(?:[ \t]+{UPPER}[\w-]*)?)[ \t]*"
    rf"\((?P<member>(?:Mr|Mrs|Ms|Miss|Mx|Dr|Hon|Sir|Dame)\.?[ \t]+[^()]+\([^()]+\))\)"
    rf"|(?P<the>(?:The|THE|La[ \t]+señora|El[ \t]+señor)[ \t]+[^()]+?"
    # (or an office or a capacity in capitals, the holder with an honorific: a company meeting's "CHAIRMAN (Sir Robert
    # Hale)", "SHAREHOLDER (Mrs Janet Price)", "CHIEF EXECUTIVE (Ms Amanda Cole)")
    # (India's Lok Sabha: "THE MINISTER OF RAILWAYS (SHRI PIYUSH GOYAL)", the office and the holder in capitals)
    rf"|{UPPER}{{2,}}(?:[ \t]+{UPPER}{{2,}}){{0,2}}(?=[ \t]*\((?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Prof|Shri|Smt|SHRI|SMT"
    rf"|DR|MR|MRS|MS)\.?[ \t])"
    # (a minister's office, its words joined by small ones, the holder with an honorific: the Oireachtas's "Minister for
    # Communications (Mr. Eamon Ryan)")
    rf"|{UPPER}[\w-]*(?:[ \t]+(?:(?:for|of|at|in|on|and|the)[ \t]+)+{UPPER}[\w-]*(?:[ \t]+{UPPER}[\w-]*){{0,2}}){{1,3}}"
    rf"(?=[ \t]*\((?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Prof|Deputy|Senator)\.?[ \t])"
    rf")"
    rf"[ \t]*\((?P<holder>[^()]+)\)")
# (Wales's Senedd is chaired by the Llywydd, Scotland's committees by their Convener)
_CHAIR_WORDS = frozenset({"chair", "chairman", "chairwoman", "chairperson", "chairs", "llywydd", "convener", "convenor"})
_MEMBER_SEAT = lazy(
    rf"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Baroness|Senator|Hon)\.?[ \t]+[^()]+?[ \t]*"
    rf"\((?P<seat>{UPPER}[\w'’.-]*(?:[ \t]+(?:(?:and|&)[ \t]+)?{UPPER}[\w'’.-]*){{0,4}})"
    rf"(?:[ \t]*[—–][ \t]*(?P<office>[^()]+?))?\)(?(office)(?:{_TIME_OR_PARTY})?|{_TIME_OR_PARTY})"
)
# A name and one remark in round brackets after it: "Dr Amir Khan (University of Bristol)" (not a UK Hansard label's
# constituency and party, "Sir Keir Starmer (Holborn and St Pancras) (Lab)": two remarks).
_NAME_AND_BRACKETS = lazy(r"(?P<name>[^()]+?)[ \t]*\((?P<remark>[^()]+)\)")
# An organisation's name: capitalised words (particles between them) with an acronym ("BBC Radio Bristol") or a word
# that names an institution or a publication ("University of Bristol", "Bristol Post", "Acme Research Ltd").
_ORGANISATION_WORD = lazy(
    rf"\b(?:[A-Z]{{2,6}}|{_PRESS_WORD}|University|Universität|Université|Universidad|Università|College|"
    r"Institute|Institut|Institution|School|Academy|Society|Council|Museum|Library|Foundation|Trust|Association|"
    r"Agency|Ministry|Department|Bank|Company|Corporation|Centre|Center|Hospital|Commission|Committee|Laboratory|"
    r"Laboratories|Group|Ltd|Inc|LLC|plc|GmbH|Party|Union|Federation|Council|Office|Service|Services|Studios?|Records)\b"
)
_ORGANISATION_SHAPE = lazy(
    rf"{UPPER}[\w.&'’-]*(?:[ \t]+(?:{UPPER}[\w.&'’-]*|&|of|for|the|and|on|de|du|des|di|del|la|le|für|der|van|von))+"
)


def _organisation(remark: str) -> bool:
    """Whether a remark in brackets after a name names an organisation (an affiliation), not a person ("The Prime
    Minister (Rishi Sunak)"), a role, a party letter ("MARSH (D)"), a place ("CHESTERS (Bendigo)") or a remark."""
    remark = " ".join(remark.split())
    if _key(remark) in _ROLE_LABELS or _HOW_SPOKEN.search(remark):
        return False
    return bool(_ORGANISATION_SHAPE.fullmatch(remark) and _ORGANISATION_WORD.search(remark)) or (
        len(remark.split()) > 1 and bool(_PUBLICATION.search(remark)))


# Pronouns in brackets after a name: "(she/her)", "(they/them)", "(he/they)", "(ze/zir)".
_VOICING_FOR = lazy(
    r"\(((?i:voicing|voiced|reading|read|voice)\s+(?i:for|as|the\s+words\s+of)\s+(?P<whose>[^()]{2,60}))\)")
_PRONOUNS_REMARK = lazy(
    r"\(((?i:she|he|they|ze|zie|xe|ey|it)/(?i:her|hers|him|his|he|she|them|they|theirs|hir|zir|xem|em|its)"
    r"(?:/(?i:[a-z]+))?)\)\s*$")


def _name_and_remark(label: str, convention: str) -> tuple[str, str]:
    """A label's name and the remark printed after it: only a video-call label line prints a name surname first
    ("[Okafor, Chidi] 14:02:11": Chidi Okafor), and Microsoft Teams' WebVTT its voice ("<v Hughes, Alison>"); elsewhere, and for a role word, what follows a full name's comma
    is a remark ("Ruth Adler, Moderator"); a label is never re-read from any other comma ("Doe, Jane" stays)."""
    inverted = _INVERTED.fullmatch(label) if convention == "label-line" or convention == "webvtt" and (
        " " not in label.split(",")[0]) else None  # (a voice's "Jane Doe, Reuters" is a name and a remark)
    if inverted and inverted.group("given").casefold() not in _ROLE_LABELS:
        return f"{inverted.group('given')} {inverted.group('surname')}", ""
    remarked = _REMARKED.fullmatch(label)
    if remarked and remarked.group("remark").strip() in _SUFFIXES:
        return f"{remarked.group('name')} {remarked.group('remark').strip()}", ""  # "Jane Doe, Jr." is her name
    if remarked:
        return remarked.group("name"), remarked.group("remark").strip()
    return label, ""


def _a_slip(label: str, other: str) -> bool:
    """Whether a label could be another printed with one letter wrong ("Tobais" for "Tobias"), the honorific the
    same; never two role words ("INTERVIEWER", "INTERVIEWEE"); where both have two words or more ("Tobais Wendt",
    "MR. FENWICH"), only in the given name, never the surname. Whether it is a slip also depends on how often
    each is printed (``_Cast.match``): two labels that both recur ("DAN", "DANA") are two people."""
    mine, theirs = _strip_honorific(label), _strip_honorific(other)
    if not one_edit_apart(_key(label), _key(other)) or _key(mine) == _key(theirs):
        return False
    if _key(label) in _ROLE_LABELS and _key(other) in _ROLE_LABELS:
        return False
    return len(label.split()) < 2 or len(other.split()) < 2 or _key(_surname(mine)) == _key(_surname(theirs))


def _recurs(person: Participant, counts: dict[str, int] | None) -> bool:
    """Whether a person is printed often enough for a one-off label to be a slip of theirs: their labels have
    two turns or more, or none of their labels is a turn's (the sidecar or the header names them)."""
    if counts is None:
        return True
    printed = [counts[k] for k in {_key(l) for l in [person.name, *person.labels]} if k in counts]
    return not printed or sum(printed) >= 2


def _other_title(person: Participant, title: str) -> bool:
    """Whether the person's name or labels carry an honorific other than ``title`` ("mr" for a "ms" label),
    or name nobody, so that a label cannot be taken to be them by a partial match."""
    for name in [person.name, *person.labels]:
        if _names_nobody(name) or (title and _title(name) not in ("", title)):
            return True
    return False


def _slate(interview: Interview, cast: _Cast, notes: list[str]) -> None:
    """Where nothing else names the people, the interviewer's opening slate in the first turn does: "This is Gerda
    Schultz interviewing Walter Brandt …"."""
    first = next(iter(interview.turns()), None)
    paragraph = next((b for b in first.blocks if isinstance(b, Paragraph)), None) if first else None
    if paragraph is None:
        return
    text = plain_text(paragraph.content)
    if "interviewing" not in text or not (hit := _SLATE.match(text)):
        _guest_introduced(interview, first, text, cast, notes)
        return
    interviewer, interviewee = _trim_name(hit.group("interviewer")), _trim_name(hit.group("interviewee"))
    cast.add(interviewee, "interviewee")
    cast.add(interviewer, "interviewer")
    notes.append(f"first turn: {hit.group(0)!r} → interviewee {interviewee}, interviewer {interviewer}")


_SELF_NAMED = lazy(rf"\b(?:I'm|I’m|I\s+am|[Mm]y\s+name\s+is)\s+(?P<name>{_NAME})")


def _guest_introduced(interview: Interview, first, text: str, cast: _Cast, notes: list[str]) -> None:
    """The host's opening naming the guest ("Today I'm talking with Arthur Penhale"), where the guest speaks under a
    label of that name or surname: the guest is the interviewee (her full name the one printed there), and the host,
    where the label is a name, the interviewer."""
    if "with" not in text and "joined" not in text and "guest" not in text or not (hit := _GUEST_INTRO.search(text)):
        return
    guest = _trim_name(hit.group("interviewee"))
    labels = {_key(turn.label): turn.label for turn in interview.turns() if turn.label and _key(turn.label) != _key(first.label)}
    # (and the name in brackets after a numbered label: "Speaker 2 (Kwame Mensah)", as a transcription app prints it)
    labels.update({_key(named): label for label in list(labels.values()) if (named := _bracketed_name(label))})
    if not guest or not first.label or not (_key(guest) in labels or _key(guest.split()[-1]) in labels or len(
            guest.split()) > 1 and _key(guest.split()[0]) in labels):  # (a podcast labels the guest by a given name)
        return
    cast.add(guest, "interviewee")
    if _key(first.label) in _ROLE_LABELS:  # "HOST:": the role label says who asks; the guest's label is her surname
        notes.append(f"first turn: {hit.group(0)!r} → interviewee {guest}")
    elif host := _bracketed_name(first.label):
        cast.add(host, "interviewer")  # "Speaker 1 (Ama Owusu):" says it
        notes.append(f"first turn: {hit.group(0)!r} → interviewee {guest}, interviewer {host} (who says it)")
    elif _a_named_person(first.label):
        # "I'm Ella Grant, and today my guest is …" under "ELLA:": the host's full name, as she says it
        own = next((name for found in _SELF_NAMED.finditer(text, 0, hit.start()) if len(
            (name := _trim_name(found.group("name"))).split()) > 1 and _key(first.label) in (
            _key(name.split()[0]), _key(name.split()[-1]))), first.label)
        cast.add(own, "interviewer")
        notes.append(f"first turn: {hit.group(0)!r} → interviewee {guest}, interviewer {own} (who says it)")


def _bracketed_name(label: str) -> str | None:
    """The name in brackets that ends a label, as a transcription app prints a numbered speaker's ("Speaker 2 (Kwame
    Mensah)"), else None."""
    if not label.endswith(")") or "(" not in label:
        return None
    named = label[label.rindex("(") + 1:-1].strip()
    return named if len(named.split()) > 1 and PERSON_IN_BRACKETS.fullmatch(named) else None


# A sentence's subject that is no name: "She spoke with Tom Reyes" (the sentence before says who she is).
_PRONOUNS = frozenset("i you he she it we they".split())


def _names_of(text: str) -> list[str]:
    """The names of "The Times and Le Monde", "Dr. Jane Doe, John Roe and Ann Poe" (without honorifics). A given
    name alone before the full name that ends the list shares its surname: "John and Mary Smith" are John Smith and
    Mary Smith (an acronym, "EIR and Jane Doe", is no given name). A pronoun ("She") names nobody."""
    names = [_strip_honorific(name) for name in _NAME_LIST.split(text)
             if name.strip() and name.strip().casefold() not in _PRONOUNS]
    if len(names) >= 2 and len(last := names[-1].split()) >= 2:
        names = [
            f"{name} {last[-1]}" if len(name.split()) == 1 and not (len(name) > 1 and name.isupper()) else name
            for name in names[:-1]
        ] + names[-1:]
    return names


def _answering(interview: Interview, label: str, others: list[str]) -> str | None:
    """The first of the labels ``others`` whose turns and those of ``label`` alternate, else ``None``: a turn of
    each directly after one of the other (one answers the other, and back: a moderator's "WARD:" once before her
    "Q [to the panel]:" is no exchange)."""
    labels = [turn.label for turn in interview.turns()]
    following = set(zip(labels, labels[1:]))
    return next((other for other in others if (label, other) in following and (other, label) in following), None)


def _known_roles(cast: _Cast, interview: Interview, front: list[str]) -> dict[str, list[str]]:
    """The names known as the interviewee and the interviewer before the headnote's sentences are read: by the
    sidecar, the front matter, the kicker or the byline (the cast so far), by a metadata block ("Interviewee: …"),
    by a title line's "Interview with Y" (the kicker, the title or a paragraph of ``front`` as short as one), and
    by the labels: where an interviewer's role label speaks ("INTERVIEWER:", "Q:"), a name's own label ("RUIZ:")
    is the one who answers; of two labels, the one that plainly asks is the interviewer's (see _the_asker)."""
    known = {role: [p.name for p in cast.by_role(role)] + [name for name, _ in people(interview.metadata.get(role, ""))]
             for role in ("interviewee", "interviewer")}
    turns = [turn for turn in interview.turns() if turn.label]
    labels = sorted({turn.label for turn in turns})
    named = [_strip_honorific(label) for label in labels]  # "Dr. BERG" → "BERG"
    if any(_ROLE_LABELS.get(_key(label)) == "interviewer" for label in labels):
        known["interviewee"] += [name for label, name in zip(labels, named) if _key(label) not in _ROLE_LABELS]
    elif len(labels) == 2 and (asker := _the_asker(
            *(_asked([turn for turn in turns if turn.label == label]) for label in labels))) is not None:
        known["interviewer"].append(named[asker])
        known["interviewee"].append(named[1 - asker])
    for text in (text for text in front if len(text) <= _TITLE_LENGTH):
        for pattern in (_INTERVIEW_WITH, _NAME_FIRST_INTERVIEW, _INTERVIEW_COLON):
            known["interviewee"] += [_trim_name(hit.group("interviewee"), text[hit.end("interviewee"):])
                                     for hit in pattern.finditer(text)]
    return known


_TITLE_LENGTH = 120  # characters: a paragraph longer than this is no title line


def _interviewee_second(first: list[str], second: list[str], known: dict[str, list[str]]) -> bool:
    """Whether "X spoke with Y" names Y the interviewee, against the convention that X is ("Dr. Mizin spoke with
    Umberto Pascali"): the roles already known (``known``, see _known_roles) say that Y is the interviewee or X the
    interviewer, and nothing they say reads it the other way."""
    def among(names: list[str], others: list[str]) -> bool:
        return any(_key(name) == _key(other) or _is_surname(_key(name), other) or _is_surname(_key(other), name)
                   for name in names for other in others)

    return (among(second, known["interviewee"]) or among(first, known["interviewer"])) and not (
        among(first, known["interviewee"]) or among(second, known["interviewer"]))


def _is_publication(name: str, sidecar: Sidecar) -> bool:
    """Whether a name in the headnote is a publication's or organisation's ("The Times", "Le Monde", "EIR")."""
    if sidecar.publication and _key(name) in {_key(sidecar.publication), _key(sidecar.publication_abbr or "")}:
        return True
    return bool(_PUBLICATION.search(name))


# A German article right before a run of capitalised words: its first word is a noun ("der Klimaforscherin Petra
# Schulz", "dem Historiker Hans Mommsen"), as German capitalises nouns.
_BEFORE_A_GERMAN_ARTICLE = lazy(r"(?<![\w'’-])(?:der|dem|den|des|die|das|ein|eine|einem|einen|einer|eines)[ \t]+$")


_GERMAN_ARTICLES = frozenset("Der Die Das Dem Den Ein Eine Einem Einen Einer".split())


def _headnote_name(interview: Interview, label: str) -> str | None:
    """The one full name in the headnote whose surname the label is ("NOORI" → "Farid Noori"), else ``None``."""
    key = _key(_strip_honorific(label))
    found = set()
    # the title too: "PRESS CONFERENCE WITH HEALTH MINISTER ANA SILVA" names "MINISTER SILVA"
    texts = [plain_text(part) for part in (interview.kicker, interview.title) if part]
    if not interview.title and interview.metadata.get("title"):
        texts.append(interview.metadata["title"])  # a header block's title line ("Oral History of Dr Anita Desai")
    for text in texts + [plain_text(block.content) for block in interview.headnote]:
        for hit in _NAME_RUN.finditer(text):
            if _BEFORE_A_PLACE.search(text, 0, hit.start()):
                continue  # "in Kabul", "from Leeds": a place
            if _BEFORE_THE.search(text, 0, hit.start()) and _THEN_A_NOUN.match(text, hit.end()):
                continue  # "by the New York office": an organisation's name, a noun after it
            words = _trim_name(hit.group()).split()
            while words and _FIRST_PERSON.fullmatch(words[0]):
                del words[0]  # "I'm Ellie Park": the speaker's own words, no part of the name
            if len(words) >= 3 and _BEFORE_A_GERMAN_ARTICLE.search(text, 0, hit.start()):
                del words[0]  # "mit der Klimaforscherin Petra Schulz": a German noun, capitalised, before the name
            elif len(words) >= 4 and words[0] in _GERMAN_ARTICLES and not text[: hit.start()].rstrip(" \t\"„“«»")[-1:].isalnum():
                del words[:2]  # "Die Hydrologin Petra Brandt über …", opening a sentence: the article and its noun
            # the label is the last word of the name; a title block's lines run on ("Farid Noori Kabul, …"); after
            # "of" or "the", as anywhere, it must look like a person's ("Testimony of Jane Holloway", not "of
            # Harrow Valley Gazette")
            names = (_line_of_its_own(words, _after_a_title(words, i), i, interview)
                     for i in range(1, len(words)) if _key(words[i]) == key)
            found.update(name for name in names if looks_like_a_person(name))
    # one name printed in mixed case and in a title in capitals, whose words may run before it ("REMEMBERING ELSIE
    # MAYNARD (1927–2023)" over "Elsie Maynard, who ran …"), is one, as the mixed case prints it
    mixed = {name for name in found if not name.isupper()}
    if len(found) > 1 and len(mixed) == 1 and all(f" {_key(name)}".endswith(f" {_key(next(iter(mixed)))}")
                                                    for name in found):
        found = mixed
    return found.pop() if len(found) == 1 else None


# A name and, after its comma, what the person is ("Stéphane Dujarric, Spokesman for the Secretary-General", "Ned
# Price, Department Spokesperson"): the office a label names among its first words (see _holder_of).
_HOLDER = lazy(rf"(?:{_HONORIFIC})?(?P<name>{_NAME}),[ \t]+(?P<office>[^,.;:\n]{{1,60}})")


def _holder_of(interview: Interview, label: str) -> str | None:
    """The one person the headnote or title names with the office a one-word label is ("Spokesman:" under "… the noon
    briefing by Stéphane Dujarric, Spokesman for the Secretary-General"), else ``None``."""
    if " " in label.strip() or stand_in(label):
        return None
    texts = [plain_text(part) for part in (interview.kicker, interview.title) if part]
    texts += [plain_text(block.content) for block in interview.headnote]
    key = _key(label)
    found = {hit.group("name") for text in texts if key in text.casefold() for hit in _HOLDER.finditer(text)
             if key in _key(hit.group("office")).split()[:3] and looks_like_a_person(hit.group("name"))}
    return found.pop() if len(found) == 1 else None


def _line_of_its_own(words: list[str], start: int, end: int, interview: Interview) -> str:
    """The name of ``words[start:end + 1]``, without the words of a title block's line before it that the paragraph
    joined to it ("Department Press Briefing" / "Ned Price, Department Spokesperson": Ned Price), where the whole
    does not look like a person's name and the source begins a line with the rest."""
    name = " ".join(words[start : end + 1])
    if looks_like_a_person(name):
        return name
    return next((rest for j in range(start + 1, end)
                 if f"\n{(rest := ' '.join(words[j : end + 1]))}" in interview.kept_source), name)


_TITLE_WORDS_ANY_CASE = frozenset(word.casefold() for word in re.findall(r"[A-Z][a-z]+", _TITLE_WORD))


def _after_a_title(words: list[str], end: int) -> int:
    """Where a name ending at ``words[end]`` begins: after an office or title that other words of the run come
    before ("PRESS CONFERENCE WITH HEALTH MINISTER ANA SILVA": at ANA); else at the run's first word ("Professor
    Ingrid Lindqvist" keeps her title, as she is printed)."""
    for start in range(end - 1, 1, -1):
        if words[start - 1].casefold() in _TITLE_WORDS_ANY_CASE or words[start - 1].isupper() and (
            words[start - 1].casefold() in _JOINING_WORDS
        ):
            return start  # also after a word that joins a title in capitals to the name ("TALKBACK WITH DEE HARLOW")
    return 0


_JOINING_WORDS = frozenset({"with", "and", "by", "for", "from", "featuring", "of"})


def _headnote_bracketed(interview: Interview, label: str) -> tuple[str, str] | None:
    """The one name in the headnote printed with the label in brackets after it ("Sir Robert Neale (Chair)" for
    "Chair", and for "The Chair"), and its role: an interviewer's or interviewee's where a role key heads the names
    it is listed among ("Interviewers: Jane Kim (JK) and Tom Lee (TL)"), else participant; else ``None``."""
    key = _key(label).removeprefix("the ")
    found = {
        (" ".join(hit.group("name").split()), _listed_role(text, hit.start()))
        for block in interview.headnote if "(" in (text := plain_text(block.content))
        for hit in _NAME_THEN_BRACKET.finditer(text) if _key(hit.group("label")) == key
    }
    return found.pop() if len(found) == 1 else None


# A role key before a list of names: "Interviewers:", "Interviewees:", "Narrator:".
_ROLE_KEY = lazy(r"\b(?i:(?P<interviewer>interviewers?)|(?P<interviewee>interviewees?|narrators?))[ \t]*:")
# What may stand between that key and a name of its list: other names, their brackets, commas and "and".
_LISTED = lazy(rf"[ \t]*(?:(?:{_HONORIFIC})?{_NAME}[ \t]*(?:\([^()]{{1,30}}\))?[ \t]*(?:,|;|\band\b|&)[ \t]*)*")


def _listed_role(text: str, at: int) -> str:
    """The role of the key whose list of names holds the name at ``at`` (see _ROLE_KEY), else participant."""
    keys = list(_ROLE_KEY.finditer(text, 0, at))
    if keys and _LISTED.fullmatch(text, keys[-1].end(), at):
        return keys[-1].lastgroup
    return "participant"


_NAME_THEN_BRACKET = lazy(rf"(?P<name>{_NAME})[ \t]*\((?P<label>[^()]{{1,30}})\)")


# The words before a capitalised run that make it a place's name, not a person's.
_FIRST_PERSON = lazy(r"I(?:['’](?:m|d|ve|ll))?")
_BEFORE_A_PLACE = lazy(r"\b(?i:in|at|from)[ \t]+$")
# A credit before a name ("Photographs by Tom Jamieson", "Translated by …"): who made the pictures or the text, nobody
# interviewed.
_CREDITED_BEFORE = lazy(
    r"\b(?i:photograph(?:s|y)?|photos?|pictures?|illustrations?|images?|video|styling|design|translated|transcribed"
    r"|edited)[ \t]+by[ \t]+$")
# "the" before a capitalised run and a lower-case word after it ("the New York office", "the Smith Institute
# library"): the run names an organisation or a place.
_BEFORE_THE = lazy(r"\b(?i:the)[ \t]+$")
_THEN_A_NOUN = lazy(rf"[ \t]+(?!{UPPER})[^\W\d_]")


def _unlabelled(cast: _Cast, role: str, notes: list[str]) -> Participant:
    """The participant of a turn printed without a label: the one person known in that role, else one
    described by the role (the transcript names nobody; the sidecar can)."""
    people = cast.by_role(role)
    if len(people) == 1:
        return people[0]
    notes.append(f"unlabelled turns: {role} not named (a sidecar's [[participants]] can name them)")
    return cast.add(f"unnamed {role}", role)


_MONTH = lazy(rf"(?i:{'|'.join(MONTHS)}|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?")
_A_DATE_AFTER = lazy(r"[ \t]+\d{1,2}(?:st|nd|rd|th)?\b")  # "… March 14, 2002": the day after a month's name


_CREDIT_AFTER = re.compile(rf"\s(?i:{CONDUCTED_BY_ABROAD})\b")


def _trim_name(name: str, after: str = "") -> str:
    """A name found in a title block, without the words of the next line run into it (``after``: the text after
    it); an all-capitals name ("MARY LEE") ends where the capitals end."""
    credit = _CREDIT_AFTER.search(name + after)  # "Giulia Conti / A cura di Paolo Ferri": the next line's credit
    words: list[str] = []
    for word in (name[: credit.start()] if credit and credit.start() < len(name) else name).split():
        # (an initial, "Е." of "Записала Е. Иванова", is in capitals in any name: the first word after it says)
        capitals = next((w.isupper() for w in words if not _INITIALS.fullmatch(w)), False)
        if word.casefold() in _NOT_IN_NAME or (capitals and not word.isupper()):
            break
        if len(words) >= 2 and word in _ARTICLES:
            break  # "Gespräch mit Helga Brandt / Das Gespräch führte …": a capitalised article opens the next line
        words.append(word)
    return _after_a_possessive(words).rstrip(".,")


_INITIALS = re.compile(r"(?:[^\W\d_]\.-?)+")  # "J.", "J.R.", "Е."
_POSSESSIVE = re.compile(r"\w['’][sS]")


def _after_a_possessive(words: list[str]) -> str:
    """A title's name without the description a possessive opens before it: "NASA'S CHIEF ENGINEER MARY LEE" is Mary
    Lee's name after NASA's chief engineer (in capitals the description is told from the name by an office word
    before the name, else the name is the last two words); "BRITAIN'S OLDEST MAN BOB WEIGHTON" is Bob Weighton."""
    possessive = next((i for i in range(len(words) - 1, -1, -1) if _POSSESSIVE.search(words[i][-3:])), None)
    if possessive is None:
        return " ".join(words)
    rest = words[possessive + 1:]
    if len(rest) >= 3:
        rest = rest[_after_a_title(rest, len(rest) - 1) or len(rest) - 2:]
    return " ".join(rest)


def _within_a_line(name: str, interview: Interview) -> str:
    """A name found in a paragraph of title lines, without the words of the next line that the paragraph joined to
    it: "Elin Pritchard" of "Interview with Elin Pritchard" / "Cyfwelydd / Interviewer: …", where the source prints
    a line break before the last words ("Maria Aparecida Souza" / "Realizada em São Paulo")."""
    words = name.split()
    if len(words) < 2 or "\n" not in interview.kept_source:
        return name
    for cut in range(1, len(words)):
        head, tail = " ".join(words[:-cut]), " ".join(words[-cut:])
        if f"{head}\n{tail}" in interview.kept_source or f"{head} \n" in interview.kept_source and (
                f"\n{tail}" in interview.kept_source) or (
                # (a typescript's title block set in from the margin: "… Helen Ward, August 12, 1956" / "    Library
                # of Congress, Folk Archive")
                "\n " in interview.kept_source and re.search(
                    rf"{re.escape(head)}[ \t]*\n[ \t]*{re.escape(tail)}", interview.kept_source)):
            return head
    return name


def _expand(cast: _Cast, name: str) -> str:
    """A surname in the headnote ("Dr. Mizin") stands for the full name already known ("Viktor Mizin")."""
    for person in cast.people:
        if len(name.split()) == 1 and _is_surname(_key(name), person.name):
            return person.name
    return name


def _by_role_or_publication(
    cast: _Cast, label: str, sidecar: Sidecar, labels, interview: Interview
) -> tuple[Participant | None, str]:
    key = _key(label)
    role = _label_role(key, labels)  # "P" is the interviewer only beside "R"
    if role is None and sidecar.publication and key in {_key(sidecar.publication), _key(sidecar.publication_abbr or "")}:
        role = "interviewer"
    if role is None and (_ABBREVIATION.fullmatch(label) or _PRESS_VOICE.fullmatch(label) and not stand_in(label)) and (
            sidecar.publication_abbr is None) and not (
        _headnote_name(interview, label)
    ):
        # An all-capitals label that names no person is, in a published interview, the publication's voice; "ADLER"
        # where the headnote names Ruth Adler is her surname (see _headnote_name), not a publication's name.
        if len(cast.by_role("interviewer")) == 1 and not cast.by_role("interviewer")[0].labels:
            role = "interviewer"
    if role is None:
        return None, ""
    if key[-1:].isdigit():
        return cast.add(label, role), f"{role} label"  # "INT1", "INT2": numbered interviewers are two people
    people = cast.by_role(role)
    if role == "chair" and not people:
        if len(labels) < 3:
            return None, ""  # one other speaker: who presides over whom is not said ("CHAIR:" / "SMITH:")
        if _headnote_bracketed(interview, label) or _holder_of(interview, label):
            return None, ""  # "Members present: Philip Dunne (Chair)": the member the headnote prints it after
        if len(hosts := cast.by_role("interviewer")) == 1 and not hosts[0].labels:
            # "CHAIR:" under a header's "Chair: Ruth Wishart" (read as the one who asks): hers
            return hosts[0], "chair label, the one the header names to preside"
    if len(people) == 1 and (other := _other_role_word(people[0], key)):
        # "QUESTIONER:" from the audience is not the "MODERATOR:" (both name the interviewer's role)
        return cast.add(label, role), f"{role} label, not {other!r}"
    if len(people) == 1:
        return people[0], f"{role} label"
    if not people:
        return cast.add(label, role), f"{role} label"
    return None, ""


def _other_role_word(person: Participant, key: str) -> str | None:
    """A label of the person that is a role word of the other kind than ``key``: one presides ("MODERATOR") and the
    other does not ("QUESTIONER", "Q"). Two asking words ("Q", "INTERVIEWER") may be one person's."""
    for label in person.labels:
        other = _key(label)
        if other in _ROLE_LABELS and (other in _PRESIDING) != (key in _PRESIDING):
            return label
    return None


# A headnote's (or closing) credit of the translation the text is: "Translated from the Russian by Anna Summers",
# "Translated by Ana Ruiz." (its own sentence), the language as printed.
_TRANSLATED_BY = guarded(
    rf"(?:^|(?<=[.!?*(\[]))[ \t*(\[]*(?i:translated)(?P<source>[ \t]+from[ \t]+(?:the[ \t]+)?{UPPER}[^\W\d_]+)?"
    rf"[ \t]+by[ \t]+(?P<name>{_NAME})",
    # (tried on every headnote paragraph; casefold() as the pattern's case-blind matching folds: "ſ" is an "s")
    lambda text: "translated" in text.casefold(),
)


def translation_credit(interview: Interview) -> tuple[str, str] | None:
    """(what was done, "Translation from the Russian", and by whom, "Anna Summers") where the headnote or the
    editors' lines after the turns credit one translator of the text; else None. A translator of the printed text is
    no participant of the interview (an interpreter, who speaks, is: see the header key "Translator:")."""
    texts = [plain_text(block.content) for block in interview.headnote if isinstance(block, Paragraph)]
    texts += [plain_text(block.content) for section in interview.sections if section.kind == "editorial"
              for block in section.items if isinstance(block, Paragraph)]
    credits = {(" ".join(("Translation" + (hit.group("source") or "")).split()), _within_a_line(_trim_name(hit.group("name")), interview))
               for text in texts for hit in _TRANSLATED_BY.finditer(text)}
    return credits.pop() if len(credits) == 1 and next(iter(credits))[1] else None
