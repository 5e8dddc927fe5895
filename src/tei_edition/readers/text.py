"""Reader for plain-text and Markdown transcripts: front matter, preamble, labelled turns, timecodes, non-speech."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from ..dates import BROADCAST_DATE, DATE_AND_TIME, iso_date
from ..errors import InputError
from ..letters import KINSHIP, SUPERSCRIPT_DIGITS, UPPER
from ..language import code_language, reads_as
from ..inline import BRACKETED_TIME, NONSPEECH_WORDS, TIMECODE, blank_link_targets, parse_inline
from ..model import Block, Event, Inline, Interview, Node, Paragraph, Section, Turn, plain_text
from ..patterns import lazy
from .labels import (
    BOLD_QUESTIONS, QUESTION_DASH, QUOTED_QUESTIONS, answered_in_its_block, examination_header, cue_line, NUMBERED_QUESTIONS, numbered_question_lines, INVERTED_NAME, LINE_ENDS_SENTENCE, NOT_SPEAKERS, PLAIN_LABEL, STYLES, Detection, LabelMatch, detect_style, label_key,
    _COLLECTIVE_MEMBERS, _PERSONAL_TITLE_NAME,
)
from .metadata import (
    CONDUCTED_BY_ABROAD, TITLE_GOES_ON, dateline, front_matter, looks_like_a_person, meet_head_blocks, metadata_block,
    normalise_key, people, person_names, place_and_date,
)

# The header keys that name people: alone after the last turn, "Interviewer: Thank you." may be the last turn.
_PEOPLES_KEYS = frozenset({"interviewer", "interviewee", "participants", "translator", "title"})
# The role labels a credit under a title names a person with ("Interviewer: Susan Kemp").
_CREDITED_ROLES = frozenset({"interviewer", "interviewee", "interviewers", "interviewees"})
_RULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")
_HEADING = re.compile(r"^(?P<hashes>#{1,6})\s+(?P<text>.+?)\s*#*\s*$")
# An entry of a contents list printed before the transcript: a Markdown list item linking to a place in the page
# ("- [Early life](#early-life)"), or a title, dot leaders and a page number ("Early life ........ 3").
_CONTENTS_ENTRY = lazy(
    r"[ \t]*(?:(?:[-*+]|\d{1,3}[.)])[ \t]+\[(?P<link>[^\[\]\n]+)\](?P<target>\(#[^()\s]*\))"
    r"|(?P<title>\S.*?)[ \t]*(?:\.{4,}|(?:\.[ \t]){3,}\.?|…{2,})[ \t]*(?:\d{1,4}|(?i:[ivxlc]{1,6}))"
    # (under a heading only: a podcast's chapters, "02:15 Growing up above the shop")
    r"|(?P<time>(?:\d{1,2}:)?\d{1,2}:\d{2})[ \t]+(?:[-–—][ \t]+)?\S.*)[ \t]*"
)
_CONTENTS_HEADING = re.compile(
    r"(?i:(?:table\s+of\s+)?contents|índice|indice|inhalt(?:sverzeichnis)?|sommaire|table\s+des\s+matières|sumário"
    r"|inhoud(?:sopgave)?|spis\s+treści|obsah|innehåll|содержание|chapters|timestamps|kapitel|chapitres|capítulos"
    r"|capitoli)[:.]?"
)
# What may stand between a speaker label and its colon: the label's closing bold or italics or bracket, a time or
# remark in brackets, a space ("Jane Doe:", "**EIR:**", "*Jane*:", "[SMITH]:", "SMITH (00:03):", "DUPONT\u00a0:", "王：").
_COLON_AFTER_LABEL = re.compile(r"[*_\]]*[ \t\u00a0\u202f]*(?:[(\[][^()\[\]\n]{0,60}[)\]][ \t]*)*[*_]*[ \t\u00a0\u202f]?[:：]")
_NAME = re.compile(PLAIN_LABEL)
# A line that holds only a timecode: "[00:12:31]", "\\[03:55\\]", "00:12:31".
# (a timecode alone in round brackets too, as some transcribers mark each minute: "(00:05:00)")
_TIME_ONLY = re.compile(
    rf"^\s*(?:\\?\[(?P<bracketed>{TIMECODE})\\?\]|\((?P<parenthesised>{TIMECODE})\)|(?P<bare>{TIMECODE}))\s*$"
)
# A timecode printed before a speaker label on the same line: "[00:12:31] SMITH: …", "(00:12:31) SMITH: …",
# "00:12:31 SMITH: …". Speech recognisers print the time range of each segment: "[00:00:01.000 --> 00:00:04.200]
# SPEAKER_00: …"; Happy Scribe a dash between the time and the name: "[00:00:04.20] - Speaker 2".
_LEADING_TIME = re.compile(
    rf"^\s*(?:\\?\[(?P<bracketed>{TIMECODE})(?:[ \t]*(?:-->|[-–—])[ \t]*(?P<until>{TIMECODE}))?\\?\]|\((?P<parenthesised>{TIMECODE})\)|(?P<bare>{TIMECODE}))(?:[ \t]+[-–—](?=[ \t]+{UPPER}))?[ \t]+(?=\S)"
)
#: A block quote's marker at a line's start, as Markdown prints it ("> text", or ">" alone on a line between
#: quoted paragraphs); not the chevrons of a change of speaker (">>"), nor ">" before a digit ("> 50 per cent").
_BLOCKQUOTE = lazy(r"^[ \t]{0,3}>(?=[ \t]+(?:\D|\d{1,3}[.)][ \t])|[ \t]*$)[ \t]?")  # (not "> 5 years": a quoted "> 1. …" is numbered)
# The chevrons closed captions print before a change of speaker: ">> ANCHOR: text".
_CHEVRONS = lazy(r"^[ \t]*>>+[ \t]*(?=\S)")
# What an f4/f5 stamp ("#00:00:05-2#") begins with: a "#" alone is most often a Markdown heading.
_F4_START = re.compile(r"#\d")


# The invisible marks that word processors put before right-to-left text (LRM, RLM, ALM, the embeddings, overrides
# and isolates): a label after them is at the start of its line.
_BIDI_MARKS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def _label_part(line: str) -> tuple[re.Match | None, re.Match | None, str]:
    """A line's closed-caption chevrons (">> ") and leading timecode ("[00:12:31] "), and the rest, where a label
    would stand: the same for detection, for reading a block and for judging what follows a notes heading."""
    if line[:1] in _BIDI_MARKS:
        line = line.lstrip(_BIDI_MARKS)  # "\u200fרחל: …": a right-to-left mark before the label is no text
    chevrons = _CHEVRONS.match(line) if ">>" in line else None
    rest = line[chevrons.end():] if chevrons else line
    if rest[:1] == "[" and rest.rstrip()[-1:] == "]" and (inside := _bracketed_turn(rest)):
        # "[INTERPRETER: In 1999.]": an interpreter's words, set in brackets between the turns, are a turn of theirs
        # where the label is taken as a speaker's (detection); the brackets are no word
        return chevrons, None, inside
    if rest[:1] in "-*+" and (bullet := _BULLETED_LABEL.match(rest)):
        rest = rest[bullet.end():]  # "- **Q:** text": a Markdown list item's bullet before a bold label is no word
    leading = _LEADING_TIME.match(rest)
    # (and one after the timecode: "[00:01:02] \u200fרחל: …")
    return chevrons, leading, rest[leading.end():].lstrip(_BIDI_MARKS) if leading else rest


# A Markdown list item whose text opens with a bold label ("- **Q:** How long …?", "* **Anna**: …"): its bullet.
_BULLETED_LABEL = re.compile(r"[-*+][ \t]+(?=\*\*[^*\n]{1,60}?:\*\*|\*\*[^*\n]{1,60}?\*\*:)")


# A turn set wholly in square brackets: "[INTERPRETER: The Taliban closed the girls' school.]", words in lower case
# after the label; not a note ("[Editor's note: …]", "[Note: …]") or a production cue ("[MUSIC: THEME UP AND UNDER]",
# "[SFX: rain]").
_BRACKETED_TURN = lazy(
    r"\[((?![^:\]]*\b(?i:note|notes|comment|translation|music|sfx|sound|audio|video|clip|tape|caption|graphic|"
    r"cue|applause|laughter)\b)[^\[\]:\d]{1,40}:[ \t][^\[\]]+)\]"
)


def _quoted_questions(lines: list[str], quoted: list[int]) -> set[int]:
    """The first lines of an e-mail interview's quoted questions ("> When did you first come to the university?"):
    paragraphs of quoted lines, three or more, each holding a question mark, each followed by unquoted text before
    the next (the answer); else none (a quotation inside an answer, a letter quoted in a turn)."""
    marked = set(quoted)
    runs: list[list[int]] = []
    for index in quoted:
        if runs and runs[-1][-1] == index - 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    runs = [run for run in runs if any(lines[i].strip(" \t>") for i in run)]
    if len(runs) < 3 or not all(any("?" in lines[i] for i in run) for run in runs):
        return set()
    for run, after in zip(runs, [*runs[1:], None]):
        end = after[0] if after else len(lines)
        if not any(lines[i].strip() for i in range(run[-1] + 1, end) if i not in marked):
            return set()
    return {run[0] for run in runs}


def _bracketed_turn(line: str) -> str | None:
    """The label and words of a turn set wholly in square brackets (see _BRACKETED_TURN), words in lower case
    among them (a cue in capitals is no one's speech), else ``None``."""
    found = _BRACKETED_TURN.fullmatch(line.strip())
    if found and any(c.islower() for c in found.group(1).split(":", 1)[1]):
        return found.group(1)
    return None
# A line that is wholly a non-speech event: "[laughter]", "(THE END OF TAPE)", "<inaudible>", "*[applause]*".
_EVENT_LINE = re.compile(r"^\s*(?P<stars>\*?)\s*(?P<open>[\[(<])\s*(?P<desc>[^\[\]()<>\n]{1,120}?)\s*(?P<close>[\])>])(?P<stop>\.?)\s*(?P=stars)\s*$")
_SOUND = lazy(rf"^(?i:{NONSPEECH_WORDS})$")
# Words that make a bracketed line a note about the recording rather than an event in it.
# (A deposition's or hearing's: "(Exhibit 7 marked for identification.)", "(The witness withdrew)".)
_RECORDING_NOTE = lazy(
    r"(?i)\b(?:tape|side|end|recording|interview|session|break|continued|cassette|disc|track|part|file"
    r"|exhibit|deposition|witness|recess|adjourned|concluded|whereupon|proceedings)\b"
)
# An oral history's tape log printed without brackets, in capitals ("TAPE 1, SIDE A", "SIDE B", "END OF TAPE 2",
# "END OF INTERVIEW", a radio running order's "END OF ITEM"), or a tape and its side in any case ("Tape 2, Side B"): a note about the recording. A
# "Tape 3." alone in sentence case may be an answer, and stays speech.
_TAPE_LINE = re.compile(
    r"^\s*(?:(?:END OF )?(?:TAPE|CASSETTE|REEL|DISC|SIDE) (?:[A-Z]|\d{1,3}|ONE|TWO|THREE|FOUR)"
    r"(?:,? (?:SIDE|PART) (?:[A-D12]|ONE|TWO))?|END OF (?:INTERVIEW|RECORDING|SESSION|ITEM|PROGRAMME|PROGRAM|SEGMENT)"
    r"|(?:End of )?(?i:tape|cassette|reel) (?:\d{1,3}|one|two|three|four),? (?i:side) (?:[A-D12]|one|two)"
    # a meeting recorder's own line, with its clock time or not: "Recording started: 10:02:14", "RECORDING STOPPED"
    r"|(?:Recording|RECORDING) (?:(?i:started|stopped|paused|resumed))(?::?[ \t]+\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:[ \t]*[AaPp]\.?[Mm]\.?)?)?)"
    r"\.?\s*$"
    # a council's or a committee's record of when it sat: "The meeting rose at 11.45 a.m.", "The meeting was called
    # to order at 10.05 a.m.", "The sitting was suspended at 1 p.m."
    r"|^\s*The[ \t]+(?:meeting|sitting|session|hearing|committee)[ \t]+(?:rose|adjourned|resumed|closed|began|opened"
    r"|was[ \t]+(?:suspended|adjourned|resumed|closed|opened|called[ \t]+to[ \t]+order))[ \t]+at[ \t]+"
    r"\d{1,2}(?:[.:]\d{2})?[ \t]*(?:[ap]\.?m\.?)?\.?[ \t]*$"
    # a video call's chat, as Zoom saves it, each message a line: its time, its sender and to whom, and the message
    # ("00:12:03 From Ana Ferreira to Everyone: …", "10:02:20 From Priya Nair : …"), and the heading over them
    r"|^\s*\d{1,2}:\d{2}:\d{2}[ \t]+From[ \t]+\S[^:\n]{0,80}?[ \t]*:[ \t]+\S"
    r"|^\s*(?:(?:Meeting|Zoom)[ \t]+)?(?:[Cc]hat|CHAT)(?:[ \t]+(?:log|messages|transcript))?:?[ \t]*$"
)
# The heading of one session of an interview recorded over several, alone on its line: "Session 1 — 3 March 1998",
# "SESSION TWO", "Second session, 4 May 1998", "Tape 2, 12 May 2001", "Day 3 – 14 June 1985", "Track 2" (a tape or day only with
# a date after it: "TAPE 2" alone, "Tape 2, Side B", is a note about the recording; "Tape 3." may be an answer).
_NUMBER_WORD = r"(?:\d{1,2}|[IVX]{1,4}|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))"
_ORDINAL_WORD = r"(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|last)"
_SESSION_DATE = r"[^.!?\n]{0,40}\b(?:1[89]\d\d|20\d\d)\b[^.!?\n]{0,20}"
# The date after a session's number and its separator ("Session 1, 4 May 2010", "Second session — 12 June 2010").
_SESSION_DAY = lazy(rf"(?:[,:;—–]|\s-)\s*(?P<date>{_SESSION_DATE}?)\s*$")
_SESSION_LINE = re.compile(
    rf"\s*(?:(?i:interview\s+)?(?i:session|sitting)\s+{_NUMBER_WORD}(?:\s*(?:[,:;—–]|\s-)\s*{_SESSION_DATE})?"
    rf"|{_ORDINAL_WORD}\s+(?i:session|sitting)(?:\s*(?:[,:;—–]|\s-)\s*{_SESSION_DATE})?"
    rf"|(?i:tape|cassette|day|reel)\s+{_NUMBER_WORD}\s*(?:[,:;—–]|\s-)\s*{_SESSION_DATE}"
    rf"|Track\s+\d{{1,2}}"  # the British Library's "Track 2" over each track of a recording
    # a podcast's chapter marker with its title, and its time: "Chapter 3: The first shop (17:45)"
    # (or its time before it, as a transcript's timecodes open each line: "[00:02:40] CHAPTER 2: The claim")
    rf"|(?:\[{TIMECODE}\][ \t]+)?(?i:chapter)\s+{_NUMBER_WORD}\s*[:.—–-]\s*{UPPER}[^.!?:\n]{{0,60}}?(?:\s*\({TIMECODE}\))?)\s*"
)
_LYRIC_LINE = re.compile(r"^\s*[♪♫]")
# A page header or footer of the typescript a transcript was copied from: "Page 2 of 9", "- 14 -"; the clock
# time a briefing starts or ends, as its record prints it: "1:14 P.M. EDT", "END 1:41 P.M. EDT".
_PAGE_NUMBER = r"(?i:page)\s+\d{1,4}(?:\s+(?i:of)\s+\d{1,4})?"  # "Page 2", "Page 2 of 9"
_PAGE_LINE = re.compile(
    # (or in brackets, as a transcriber marks the typescript's page: "[Page 2]", "[p. 12]")
    rf"^(?:\s*(?:{_PAGE_NUMBER}|\[(?:{_PAGE_NUMBER}|p\.?\s*\d{{1,4}})\]|[-–—]\s*\d{{1,4}}\s*[-–—]"
    r"|(?:END\s+)?\d{1,2}[.:]\d{2}\s*[AaPp]\.?[Mm]\.?(?:\s+[A-Z]{2,4})?)"
    # (or a number alone at the right margin, as a court reporter numbers the pages)
    r"|[ \t]{24,}\d{1,4})\s*$"
)
# A Markdown image ("![Nadia Rahimi on stage](rahimi.jpg)"), and the caption or credit printed under it.
# A linked image ("[![A poster](poster.png)](https://example.org/poster)") is one too, its link kept as printed.
_IMAGE_LINE = lazy(r"^\s*(?:!\[[^\]\n]*\]\([^)\n]*\)|\[!\[[^\]\n]*\]\([^)\n]*\)\]\([^)\s]*\))\s*$")
# A caption under an image: wholly in italics, or a credit ("Photo: Jo Hale", "Photograph by …", "Image courtesy of …").
_CAPTION_LINE = lazy(
    r"\s*(?:([*_]).*\1\s*$|(?i:photo|photograph|photography|image|picture|credit|caption|illustration|source|foto)"
    r"(?:\s*:|\s+(?i:by|courtesy)\b))"  # "Photo: …", "Picture by …", "Image courtesy of …"; not "Picture the noise …"
)
# A running header or footer: a title and the page number, set apart by a run of spaces ("ORAL HISTORY PROJECT
# <spaces> Page 2 of 3", "Page 2 <spaces> Smith interview"); tried only on lines with such a run (see _page_line).
_PAGE_AT_END = lazy(rf"\S[ \t]{{3,}}{_PAGE_NUMBER}\s*$")
_PAGE_AT_START = lazy(rf"\s*{_PAGE_NUMBER}[ \t]{{3,}}\S")
# A running header with the page after a dash: "Smith, John — Page 3".
_PAGE_AFTER_DASH = lazy(r"\S[ \t]+[—–][ \t]+Page[ \t]+\d{1,4}(?:[ \t]+of[ \t]+\d{1,4})?\s*$")


# A line that opens with a language's code in square brackets, as a bilingual transcript prints each turn line by
# line in both languages ("[KAZ] Сіз қай жылы туғансыз?" / "[ENG] What year were you born?").
_LANGUAGE_TAG = lazy(r"[ \t]*\[(?P<code>[A-Z]{2,3})\][ \t]+(?=\S)")
_LANGUAGE_TAG_ANYWHERE = lazy(r"^[ \t]*\[[A-Z]{2,3}\][ \t]+\S", re.M)


def _language_lines(lines: list[str]) -> dict[int, tuple[int, str]]:
    """The lines (by index) a transcript opens with a language's code, each the end of its code and the language's
    BCP 47 tag: where every such code is a language's (ISO 639), each line has another so tagged beside it (a turn
    printed in two languages, line under line), and the lines under one code at least read as its language (CLD2, or
    its script), none as another's. Not initials in brackets ("[KM] Where …?" / "[EN] In Leeds."), whose lines read as one language."""
    found = {index: match for index, line in enumerate(lines) if (match := _LANGUAGE_TAG.match(line))}
    if len(found) < 4 or any(index - 1 not in found and index + 1 not in found for index in found):
        return {}
    tags = {code: code_language(code) for code in {match.group("code") for match in found.values()}}
    if len(tags) < 2 or None in tags.values():
        return {}
    texts: dict[str, list[str]] = {}
    for index, match in found.items():
        texts.setdefault(match.group("code"), []).append(lines[index][match.end():])
    read = {reads_as(" ".join(said), tags[code]) for code, said in texts.items()}
    if True not in read or False in read:
        return {}
    return {index: (match.end(), tags[match.group("code")]) for index, match in found.items()}


def _speaks_later(name: str, text: str) -> bool:
    """Whether the person ``name`` (a full name) speaks in ``text`` under a label of the name, the given name or the
    surname ("LIZ GREEN:", "Liz:", "GREEN:"), as a credit's person does."""
    words = name.split()
    if not words:
        return False
    spoken = re.compile(rf"^[ \t]*(?:{re.escape(name)}|{re.escape(words[0])}|{re.escape(words[-1])})[ \t]*[:：]",
                        re.IGNORECASE | re.MULTILINE)
    return bool(spoken.search(text))


def _running_lines(lines: list[str], paged: bool = False) -> frozenset[str]:
    """The lines of a running footer or header as a court reporter's typescript prints them, indented far into the
    page and repeated on each ("SOUTHERN DISTRICT REPORTERS, P.C." / "(212) 805-0300"): a line set in by fifteen
    spaces or more, printed twice or more, with no speaker label's colon, in a file whose pages are numbered (a
    refrain set in as a poem's is no footer; ``paged``: the caller found the pages' numbers in a running head)."""
    indented = Counter(line.strip() for line in lines if line.startswith(" " * 15) and line.strip())
    running = frozenset(line for line, n in indented.items() if n >= 2 and not line.endswith(":") and ": " not in line)
    return running if running and (paged or any(map(_page_line, lines))) else frozenset()


# A typescript's running head with the page's number beside it, set apart by a run of spaces ("ORAL HISTORY
# PROJECT <spaces> 3", "4 <spaces> Walter Grimes interview").
# (or the number after a dash, as a typescript's head gives the interviewee's name and the page: "Becker -- 2")
_NUMBERED_HEAD = lazy(r"\s*(?:(?P<before>\d{1,4})[ \t]{3,}(?P<head>\S.*?)"
                      r"|(?P<title>\S.*?)(?:[ \t]{3,}|[ \t]+(?:--|[—–])[ \t]+)(?P<after>\d{1,4}))\s*")


def _numbered_heads(lines: list[str], numbered: dict[int, int]) -> frozenset[str]:
    """The lines (stripped) of a running head printed with the page's number beside it: the same words on two pages
    or more, each time with another number, no speaker label's colon in them (an OCRed typescript's "ORAL HISTORY
    PROJECT      3", "… 4"); not a line printed alike twice (a table's row), nor one of lines ``numbered`` through."""
    heads: dict[str, set[str]] = {}
    found: dict[str, str] = {}
    for line in (line for index, line in enumerate(lines) if index not in numbered):
        if ("   " in line or " -- " in line or " — " in line or " – " in line) and line[-1:].isdigit() or (
                line.lstrip()[:1].isdigit() and "   " in line):
            if (match := _NUMBERED_HEAD.fullmatch(line)) and ":" not in (head := match.group("head") or match.group("title")):
                heads.setdefault(head, set()).add(match.group("before") or match.group("after"))
                found[line.strip()] = head
    return frozenset(line for line, head in found.items() if len(heads[head]) >= 2)


def _page_line(line: str) -> bool:
    """Whether a line is a page header or footer: a page number (_PAGE_LINE), or a running header with one."""
    return bool(_PAGE_LINE.match(line) or "   " in line and (_PAGE_AT_END.search(line) or _PAGE_AT_START.match(line))
                or "Page" in line and len(line) <= 80 and _PAGE_AFTER_DASH.search(line))


# A parliament record's note that members call out during a speech: "Honourable members interjecting—", "Opposition
# members interjecting—", "Mr Fletcher interjecting—". An event, not words of the speech.
# Only members as a parliament's record names them (collectively, or by title and name), and no sentence: "The members
# kept interjecting." is speech.
_INTERJECTING = lazy(
    rf"^\s*(?:{_COLLECTIVE_MEMBERS.pattern}|{_PERSONAL_TITLE_NAME.pattern})\s+interjecting\s*[—–-]*\s*$"
)
# The number a court reporter prints before each line of a page ("14   Q.   Was anyone struck?"), or a qualitative
# research transcript before each line of the whole file, for coding ("128\tRESP: It was 1994"): spaces or a tab
# after it (one space after a number of three or four digits, in a column of fixed width).
_LINE_NUMBER = re.compile(r"^[ \t]{0,3}(\d{1,4})(?:[ \t]{2,}(?=\S)|\t(?=\S)|(?<=\d{3})[ \t](?=\S)|[ \t]*$)")
# A line number with one space after it ("2 2019?", a line that wraps a sentence): one only as the next in order.
_NEXT_LINE_NUMBER = lazy(r"^[ \t]{0,3}(\d{1,2})[ \t](?=\S)")
# A clock time in brackets, when a hearing resumes: "(11.15 am)".
_CLOCK_TIME = lazy(r"^\d{1,2}[.:]\d{2}\s*(?i:[ap]\.?m\.?)$")

# The heading of the endnotes printed after the last turn ("NOTES", "Notes:", "Endnotes", "**Footnotes**"), and the
# mark that opens each note ("1.", "[2]", "(3)", "4", "¹", "*", "†").
_NOTES_HEADING = re.compile(
    r"[ \t]*[*_]{0,2}(?i:notes|end[ -]?notes|foot[ -]?notes|notes and references|references|anmerkungen|fußnoten"
    r"|notas|примечания)[*_]{0,2}[ \t]*:?[ \t]*[*_]{0,2}[ \t]*(?:\n|\Z)"  # the block's first line, and all of it
)
# A bare number is no mark ("1 loaf of bread a week" is a list in an answer), nor is a bullet ("* candles").
_NOTE_MARK = lazy(
    rf"^\s*(?:\[\d{{1,3}}\]|\(\d{{1,3}}\)|\d{{1,3}}[.)]|[{SUPERSCRIPT_DIGITS}]{{1,3}}|[†‡])\s+\S"
)
# A reference to a note in the text: "In Lochee.[1]", "Work.²", "the mills†".
_NOTE_REFERENCE = lazy(rf"\S(?:\[\d{{1,3}}\]|[{SUPERSCRIPT_DIGITS}]{{1,3}}|[†‡])")
# A closing paragraph by the publication's editors, not the last speaker's: wholly in italics and about the text
# ("*This interview has been edited for length and clarity.*", "*Translated from the Spanish by Ana Ruiz.*"), or
# saying so in plain words ("This interview has been condensed and edited.", "[This transcript was edited.]").
_EDITORIAL_WORD = lazy(
    r"(?i)\b(?:edited|condensed|abridged|translated|transcribed|shortened|excerpted|conducted|recorded|published"
    r"|updated|corrected)\b"
)
# A credit (who transcribed, translated, interviewed; whose copyright), in plain words.
_CREDIT = re.compile(
    r"(?i)(?:transcribed|transcription|transcript|translated|translation|edited|interview\s+conducted|recorded"
    r"|produced|interview|interviewed)(?:\s+from\s+(?:the\s+)?\w+)?\s+(?:and\s+\w+\s+)?by\s+\S"  # a credit:
    # "Transcribed by Rev.com", "Translated from the Russian by Anna Summers"
    # the same in German, French, Spanish and Italian: "Das Gespräch führte …", "Propos recueillis par …"
    rf"|(?:{CONDUCTED_BY_ABROAD})\s+\S"
    # a copyright line: "Copyright 2003 The Oral History Trust. All rights reserved.", "© 2003 …", "(c) 2003 …"
    r"|(?:copyright|©|\(c\))\s*(?:©\s*)?(?:\d{4}|by\b)"
)
# A rule printed on the first line of a closing paragraph ("---" / "Speakers:"): no word.
_LEADING_RULE = lazy(r"^\s*(?:[-*_=]\s*){3,}")
# A full name as a label: two or three capitalised words and a colon ("Tom Reyes: Thanks for taking my question.").
# A term of address before a surname, as a host turns to a guest: "Frau Wieler", "Mr Hale", "Dr. Osei".
_ADDRESSED = lazy(r"\b(?:Herr|Frau|Mr|Mrs|Ms|Dr|Prof|Professor|Monsieur|Madame|Señor|Señora|Sr|Sra|Signor|Signora)\.?[ \t]+")
_FULL_NAME_LABEL = lazy(rf"({UPPER}[^\W\d_]+(?:[ \t]{UPPER}[^\W\d_'’-]*(?:['’-]{UPPER}?[^\W\d_]+)?){{1,2}}):[ \t]")
# A line under a title that is no part of it: who conducted or recorded the interview ("Conducted by Tom Park",
# "Recorded 14 June 2001 at her home", "Interviewed by …").
_TITLE_CREDIT = lazy(r"(?i:conducted\s+by|recorded\s|interviewed\s+(?:by|on|in|at)\s|interviewers?\s*:)")
# A byline alone on its line under a title, in English, Spanish, French, German, Dutch or Italian: "By Jane Roe",
# "Por Javier Ruiz", "di Marco Bianchi", "Von Lena Hoffmann, dpa". The writer's name, given name and surname (a
# particle between them), is no line of the title: a title's own line opening with "By" names no one ("By the Sea").
_BYLINE_LINE = lazy(
    rf"(?:[Bb]y|BY|[Pp]or|[Pp]ar|[Vv]on|[Dd]oor|di)[ \t]+(?!(?i:the|an?|el|las?|los|les?|der|die|das|de|het|il|lo)\b)"
    rf"{UPPER}[\w'’.-]*"
    rf"(?:[ \t]+(?:(?:d[aeiu]s?|de[lr]?|van|von|der|la|le)[ \t]+)*{UPPER}[\w'’.-]*){{1,3}}"
    r"(?:[ \t]*[,|—–-][ \t]*[^,|\n\d]{2,60})?\s*"
)
# What opens a closing paragraph before its words: brackets, emphasis ("[This transcript …]"); not "(c)" of a copyright.
_OPENING_MARKS = re.compile(r"^(?:[\[*_ ]|\((?![cC]\)))+")
# A clause going on after a comma: ", the series ran …", ", they pressed it anyway".
_CLAUSE_AFTER_COMMA = lazy(
    r",\s+(?:the|a|an|this|that|these|those|it|he|she|they|we|you|i|his|her|its|their|there|which|who|whose)\s+\w",
)
# An editors' statement that the text was edited: "This interview has been condensed and edited."
_EDITED_TEXT = re.compile(
    r"(?i)(?:this|the|our)\s+(?:interview|conversation|transcript|exchange|q\s?&\s?a|discussion)\s+(?:\w+\s+){0,3}?"
    r"(?:has|have|was|were|is)\s+(?:been\s+)?(?:\w+\s+){0,2}?(?:edited|condensed|abridged|translated|shortened)\b"
)

# Words of someone speaking (first and second person): a paragraph holding one is speech, not a credit ("Recorded by
# the BBC in 1987, that song became our anthem"); "I." is an initial ("Transcribed by I. Smith").
_FIRST_SENTENCE = re.compile(r"[^.;!?]*")
_SPOKEN = lazy(r"\bI\b(?!\.)|\b(?i:I'm|I've|I'd|me|my|we|we're|our|us|you|your)\b")

# A sentence's end, then its words go on or the line ends: "… about the family bakery." (a title's line, "The Mill,
# 1935–1952.", seldom holds eight words and a full stop)
_STANDFIRST_SENTENCE = lazy(r"[^\W_][.!?][\"”’)]*(?:\s+[A-Z]|\s*$)")
# Sentence-final punctuation, optionally followed by closing quotes or brackets.
_SENTENCE_END = re.compile(r"[.!?…:;][\"”’')\]*]*\s*$")
# An Italian byline, a paragraph of its own in lower case ("di Marco Rossi"): no sentence going on from the block before.
_LOWER_CASE_BYLINE = re.compile(rf"di[ \t]+{UPPER}[\w'’.-]*(?:[ \t]+(?:{UPPER}|d[aei][ \t])[\w'’.-]*){{0,3}}\s*")
# Abbreviations after which a name must follow: a block ending in one is unfinished.
_HONORIFIC_END = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof|St|Sen|Rep|Gen|Col|Capt|Lt|Sgt|Rev|Hon|Gov|Amb)\.\s*$")


@dataclass
class RawBlock:
    """A block of the source between blank lines, with the line it starts on."""

    text: str
    line: int


# How a sentence ends: and in Chinese and Japanese, Hindi, Arabic and Urdu.
_SENTENCE_ENDS = (".", "!", "?", "…", "。", "！", "？", "।", "؟", "۔")


def _keys_then_sentence(block: RawBlock) -> list[RawBlock] | None:
    """A first block of header keys whose last lines are a sentence without a blank line before it, split in two:
    the keys, then the sentence ("… / Interviewer: David Oyelaran / Recorded 17 March 2004, which was a Tuesday."),
    a headnote's, as it is after a blank line; else None.

    The sentence has no colon (a key's line or a turn's), opens as a sentence does (a key's value wrapped onto the
    next line opens in lower case) and ends as one; the keys are a block of their own, two at least. A turn printed
    without a colon ("Q. Where did you train?") is such a sentence too, and its block is read as a turn.
    """
    lines = block.text.split("\n")
    if len(lines) < 3 or ":" not in (head := lines[0] + lines[1]) and "：" not in head or metadata_block(lines):
        return None
    keyed = [":" in line or "：" in line for line in lines]
    if keyed[-1]:
        # keys under the sentence too ("… / The interview was conducted in Welsh. / Date: 3 May 2001"): the sentence
        # between two blocks of keys
        for start in range(2, len(lines) - 1):
            if keyed[start] or not keyed[start - 1]:
                continue
            stop = keyed.index(True, start)
            if stop - start <= 3 and _a_sentence(lines[start:stop]) and _keys_over(lines[:start]) and (
                    metadata_block(lines[stop:])):
                return [RawBlock("\n".join(lines[:start]), block.line),
                        RawBlock("\n".join(lines[start:stop]), block.line + start),
                        RawBlock("\n".join(lines[stop:]), block.line + stop)]
        return None
    for cut in range(len(lines) - 1, max(1, len(lines) - 4), -1):
        if keyed[cut]:
            return None  # (and no cut higher up: its tail holds this line)
        if _a_sentence(lines[cut:]) and _keys_over(lines[:cut]):
            return [RawBlock("\n".join(lines[:cut]), block.line), RawBlock("\n".join(lines[cut:]), block.line + cut)]
    return None


# A line's label, the words before its colon ("Alys Morgan: When did you …", "佐藤：お生まれは…").
_LINE_LABEL = lazy(r"\s*[^\W\d_][^:：\n]{0,40}?[:：]")


def _keys_then_turns(block: RawBlock) -> list[RawBlock] | None:
    """A first block of header keys with the turns right under them, no blank line between ("Interviewer: Alys Morgan
    / Date: 3 May 2001 / Alys Morgan: When did you go underground?"), split in two: the keys, then the turns; else
    None. The keys are the longest head of the block that reads as a header of two keys at least besides a title;
    the line under them opens with a label that opens a line further down too (a speaker's next turn; a header's
    key is printed once)."""
    lines = block.text.split("\n")
    if len(lines) < 5 or ":" not in (head := lines[0] + lines[1]) and "：" not in head:
        return None
    for cut in range(min(len(lines) - 3, 16), 1, -1):
        label = _LINE_LABEL.match(lines[cut])
        if label and any(line.startswith(label.group(0)) for line in lines[cut + 1:cut + 40]) and _keys_over(
                lines[:cut]):
            return [RawBlock("\n".join(lines[:cut]), block.line), RawBlock("\n".join(lines[cut:]), block.line + cut)]
    return None


def _a_sentence(lines: list[str]) -> bool:
    """Whether lines without a colon read as a sentence (see _keys_then_sentence)."""
    said = " ".join(line.strip() for line in lines)
    # (a sentence of a script without spaces: "2019年4月10日、東京の自宅にて収録した。")
    return said[:1].isalnum() and not said[0].islower() and said.endswith(_SENTENCE_ENDS) and (
        len(said.split()) >= 4 or said.endswith("。") and len(said) >= 8)


def _keys_over(lines: list[str]) -> bool:
    """Whether lines over a sentence are a block of header keys, two at least besides a title."""
    fields = metadata_block(lines)
    return bool(fields) and len(fields.keys() - {"title"}) >= 2


def split_blocks(text: str) -> list[RawBlock]:
    """Split text at blank lines; hard-wrapped lines inside a block are kept for later joining."""
    blocks: list[RawBlock] = []
    current: list[str] = []
    start = 0
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            if not current:
                start = number
            current.append(line.rstrip())
        elif current:
            blocks.append(RawBlock("\n".join(current), start))
            current = []
    if current:
        blocks.append(RawBlock("\n".join(current), start))
    return blocks


# A word a typescript broke at the line's end with a hyphen ("Pitts-" / "burgh", "steel-" / "worker"): a letter and
# the hyphen end the line, a small letter opens the next; not a suspended hyphen before a conjunction ("steel-" /
# "and coal-towns").
_BROKEN_WORD = lazy(r"[^\W\d_]-\Z")
_AFTER_A_BROKEN_WORD = lazy(
    r"(?!(?:and|or|nor|to|und|oder|bis|et|ou|y|o|e|i|och|eller|og|en|of)\b)[a-zà-ÿ]")


def _joined(lines: list[str], joint: str = " ") -> str:
    """A paragraph's lines as one text, ``joint`` between them; a word broken at a line's end with a hyphen is one
    word again, its hyphen kept as printed and no space inserted ("Pitts-burgh"): the line's end is no space."""
    parts = [part.strip() for part in lines]
    if joint != " " or not any(part[-1:] == "-" for part in parts):
        return joint.join(parts)
    out = parts[0]
    for part in parts[1:]:
        out += ("" if _BROKEN_WORD.search(out) and _AFTER_A_BROKEN_WORD.match(part) else " ") + part
    return out


def _title_key(text: str) -> str:
    """A title's words, for telling whether a heading repeats it ("# Growing Up" under "title: Growing up")."""
    return " ".join(re.findall(r"\w+", text.casefold()))


def unwrap(text: str) -> str:
    """Join the hard-wrapped lines of one block into one line of text."""
    return " ".join(part.strip() for part in text.split("\n"))


def is_unfinished(raw: str, following: str) -> bool:
    """Whether a block was split from ``following`` by the source's page layout in mid-sentence."""
    raw, following = raw.rstrip(), following.lstrip()
    if not raw or not following or _LOWER_CASE_BYLINE.fullmatch(following) or _CREDIT.match(following):
        return False  # (a credit in lower case, "a cura di Stefano Bartezzaghi", is a line of its own)
    if _HONORIFIC_END.search(raw):
        return following[0].isupper()
    if _SENTENCE_END.search(raw):
        return False
    return following[0].islower()


def _cue_in_sentence(raw: str, paragraph: list[str]) -> bool:
    """Whether a cue alone on its line ("[inaudible].", "(laughs)") goes on with the paragraph whose lines come just
    before it in its block, as a hard-wrapped paragraph's last line: the line before ends mid-sentence, or the cue
    carries the sentence's full stop. Such a cue is in the speech, not between the turns."""
    found = paragraph and _EVENT_LINE.match(raw)
    return bool(found and (found.group("stop") or not _SENTENCE_END.search(paragraph[-1])))


class TextReader:
    """Reads one transcript in the plain-text/Markdown family of conventions."""

    name = "text"

    def __init__(self, path: object, *, label_style: str | None = None, title: str | None = None) -> None:
        self.path = path
        self.label_style = label_style
        self.title = title  # the title a sidecar gives the document, which a heading of the text does not replace
        self.links = False  # Markdown links are read (set by read)

    def read(self, text: str) -> Interview:
        lines = self.lines = text.split("\n")
        self.width = max(map(len, lines), default=0)  # the longest line: how wide the file's lines run
        self.running = _running_lines(lines)
        self.tier_lines: set[int] = set()  # the dependent tiers of a CHAT transcript (see _chat_lines), by index
        self.kept = list(lines)  # the source minus what becomes header data or timing markup
        work = list(lines)  # what the block splitter sees
        interview = Interview()
        explanation: list[str] = []
        normalisations: list[str] = []

        # Markdown's block quotes ("> The silence. After …"): the marker is markup, not a word of the answer
        quoted = [i for i, line in enumerate(lines) if ">" in line[:4] and _BLOCKQUOTE.match(line)] if ">" in text else []
        for index in quoted:
            marker = _BLOCKQUOTE.match(lines[index]).end()
            work[index] = self.kept[index] = " " * marker + lines[index][marker:]
        # an e-mail interview's quoted questions: the first line of each quoted paragraph that asks (see
        # _quoted_questions), read as the interviewer's where no label convention fits
        self.quoted_first = _quoted_questions(lines, quoted) if quoted else set()
        if quoted:
            explanation.append(f"{len(quoted)} lines open with a block quote's marker (>): the marker is left out")
            normalisations.append(
                f"The block quote markers (>) printed before {len(quoted)} line(s), as Markdown and e-mail quote text, "
                "are not kept as characters; the quoted lines are read as the text they hold."
            )

        numbered = _line_numbers(lines, self.running)
        # (or after each line, at the right margin, as some court reporters and typescripts print them)
        right = _right_line_numbers(lines, self.running) if not numbered and _has_right_number(text) else {}
        for index, start in right.items():
            work[index] = self.kept[index] = lines[index][:start]
        if right:
            explanation.append(
                f"{len(right)} lines are numbered at the right margin, as a court reporter or a typescript numbers a "
                "page's lines: the numbers are left out"
            )
            normalisations.append(
                f"The line numbers printed at the right margin after {len(right)} lines of the transcript's pages are "
                "not encoded."
            )
        if "   " in text or " -- " in text or " — " in text or " – " in text:
            heads = _numbered_heads(lines, numbered)
            if heads and not self.running:  # ("Becker -- 2" / "      Columbia Oral History": the head's second line)
                self.running = _running_lines(lines, paged=True)
            self.running |= heads
        for index, end in numbered.items():
            work[index] = self.kept[index] = " " * end + lines[index][end:]
        # the running head under a numbered page's number ("J4KLSMIT      Santos - direct"), and a head printed alike
        # under two page numbers or more ("27" / "ORAL HISTORY RESEARCH OFFICE — COLUMBIA UNIVERSITY"): a note, as the
        # number is
        self.page_heads = _page_heads(lines, numbered) if numbered or _NUMBER_ALONE.match(text) or (
            _NUMBER_ALONE_AFTER_A_BREAK.search(text)) or "Page " in text and _PAGE_OF.search(text) else set()
        self.page_head_lines = {lines[index] for index in self.page_heads}
        # the lines that open a paragraph because the title ended before them (a dateline in lower case under a title
        # in capitals, "held at Bulford Camp on 4 October 1951"): no paragraph a page cut in mid-sentence
        self.after_title: set[int] = set()
        self.page_notes: set[int] = set()  # (the ids of) the notes a page's head, foot or number is
        if numbered:
            explanation.append(
                f"{len(numbered)} lines are numbered, as a court reporter numbers a page's lines or a research "
                "transcript its lines for coding: the numbers are left out"
            )
            normalisations.append(
                f"The line numbers printed before {len(numbered)} lines of the transcript's pages are not encoded."
            )

        # a turn printed line by line in two languages, each line opened by its language's code ("[KAZ] …" / "[ENG] …"):
        # each line a paragraph in its language, the code no word of it (see _language_lines)
        self.language_lines = _language_lines(lines) if "[" in text and _LANGUAGE_TAG_ANYWHERE.search(text) else {}
        for index, (end, _) in self.language_lines.items():
            work[index] = self.kept[index] = " " * end + lines[index][end:]
        if self.language_lines:
            tags = sorted({tag for _, tag in self.language_lines.values()})
            explanation.append(f"{len(self.language_lines)} lines open with a language's code in square brackets "
                               f"({', '.join(tags)}): each line is a paragraph in that language")
            normalisations.append(
                f"The codes of languages in square brackets printed before {len(self.language_lines)} line(s) "
                "(\"[ENG]\"), a turn printed line by line in two languages, are not kept as characters: each such line "
                "is a paragraph whose language (xml:lang) the code gives.")

        # (each looked for line by line only where the text holds its mark at all: most transcripts hold neither)
        table, problem = _speaker_table(lines) if "|" in text or "\t" in text or "," in lines[0] else ({}, None)
        if problem:
            raise InputError(problem, path=self.path)
        # the table's speaker column names its speakers: each is one even where printed once
        self.table_speakers = [line.split("] ", 1)[-1].split(":", 1)[0] for line, _ in table.values() if line]
        for index, (line, kept) in table.items():
            work[index] = line
            self.kept[index] = kept  # the header row and its rule are the table's syntax, a time cell timing
        if table:
            header = not table[min(table)][0]  # a header row is kept out as an empty line
            head = lines[min(table)]
            kind = "CSV table" if header and "\t" not in head and "|" not in head else "table"
            explanation.append(
                f"a table of turns ({sum(1 for line, _ in table.values() if line)} rows; "
                + (f"columns named in line {min(table) + 1}" if header else "no header row: a name, a time and text on each row")
                + "): each row is a turn, its speaker in the speaker column"
            )
            normalisations.append(
                "The transcript is a table of turns (Markdown, or cells between tabs): each row is a turn (its speaker "
                "cell the label, its text cell the speech, a time cell the turn's time); "
                + ("the header row and the table's rules are not encoded." if header else "the table has no header row.")
                + (" The cells of its end and duration columns are not encoded." if header and {
                    name for _, _, name in _table_cells(head.casefold(), kind)} & _TIMING_COLUMN else "")
                + (" Its cells are comma-separated values: the commas between them and the quotation marks around "
                   "them are not encoded." if kind == "CSV table" else "")
            )

        # a radio script's cues for its recorded inserts ("INSERT: TAPE 3 CUT 2" / "IN: …" / "OUT: …" / "DUR: 0'14\""):
        # notes where they stand, no speakers (see _radio_cues)
        self.cue_lines = _radio_cues(lines) if "DUR" in text or "OUT" in text else frozenset()

        # a chat export's messages, each line opened by its date and time before the sender (WhatsApp's "12/03/2020,
        # 19:45 - Lucía Gómez: text", a log's "[2021-05-11 14:02] nadia.r: text"): the sender is the label, printed
        # with the stamp, as a chat export's author line above each message is (no time of a recording)
        self.chat_stamps = _chat_messages(lines) if any(map(_CHAT_STAMP.match, lines[:20])) else {}
        for index, (printed, sender, rest) in self.chat_stamps.items():
            # (a handle, "nadia.r", as a chat log's "<nadia.r> text" reads it: a handle is no capitalised name)
            work[index] = f"<{sender}> {rest}" if _HANDLE.fullmatch(sender) and not sender[:1].isupper() else f"{sender}: {rest}"
        if self.chat_stamps:
            explanation.append(f"{len(self.chat_stamps)} lines open with a date and time before the sender, as chat "
                               "exports print messages: each is a message of that sender, the stamp printed with it")

        timed_names = _timed_name_lines(lines) if "-->" in text else {}
        for index, (name, start) in timed_names.items():
            # "0:0:4.120 --> 0:0:9.800" over "Osei, Kwame": the name is the label, the range's start its time
            work[index] = self.kept[index] = ""
            work[index + 1] = f"{name} {start}"
        if timed_names:
            explanation.append(
                f"{len(timed_names)} time ranges stand alone on a line above a name alone on its line, as meeting "
                "software exports its transcripts: the name is the speaker, the range's start the turn's time"
            )
            normalisations.append(
                f"The {len(timed_names)} time ranges printed on a line above each speaker's name are the turns' "
                "start times (timeline); their ends are not encoded."
            )

        sbv = [index for index, line in enumerate(lines) if "," in line and _SBV_TIMING.fullmatch(line)] if (
            _SBV_TIMING_ANYWHERE.search(text)) else []
        if len(sbv) >= 3:  # "0:00:04.160,0:00:06.480": YouTube's SBV captions, the cue's timing over its text
            for index in sbv:
                work[index] = _SBV_TIMING.fullmatch(lines[index]).group("start")
            explanation.append(f"{len(sbv)} time ranges 'start,end' stand alone on their lines, as YouTube's SBV "
                               "captions print each cue's timing: the start is the time of the text under it")
            normalisations.append(f"The {len(sbv)} time ranges printed as 'start,end' on a line of their own (SBV "
                                  "captions) are the start times of the text under them (timeline); their ends are not "
                                  "encoded.")

        columns = _two_columns(lines) if "   " in text else {}
        if not columns and not table and "\t" in text:  # "INT<TAB>When …", the label's column ended by a tab
            columns = _tab_columns(lines)
        for index, line in columns.items():
            work[index] = line  # "Interviewer        When …": the label and its text, as a labelled line
            if line.startswith("["):  # "01.10   OKAFOR   …": the time column's time is the turn's, no word of it
                self.kept[index] = _TIME_COLUMN_START.sub(lambda time: " " * len(time.group()), lines[index], 1)
        if columns:
            explanation.append(
                f"{sum(1 for line in columns.values() if ': ' in line)} lines print a label at the line's start and "
                "the text in a column of its own (a table pasted as text): each is a turn, the label its speaker"
            )
            normalisations.append(
                "The transcript is laid out in two columns, the speaker's label beside the text: each label is a "
                "turn's speaker; the spaces or tab between the columns and the text's indent are not encoded."
                + (" A time printed in a column before the label (a tape counter's) is the turn's time (timeline)."
                   if any(line.startswith("[") for line in columns.values()) else "")
            )

        timed = _timed_labels(lines) if "] " in text else {}
        for index, line in timed.items():
            work[index] = line  # "Speaker 1 [00:00:02] So …", as Trint exports it: a label and its turn's time
        if timed:
            explanation.append(f"{len(timed)} lines open with a name and a bracketed time before the text, no colon "
                               "between them (a transcription service's export): each is a turn, the time its start")

        wrapped = _wrapped_labels(lines) if ":" in text else {}
        for index, label in wrapped.items():
            # "MARGARET" / "O'SULLIVAN: text", a label wrapped as a typescript wraps it: one label, on the second line
            work[index] = ""
            work[index + 1] = label + " " + lines[index + 1].lstrip()
        if wrapped:
            explanation.append(
                f"{len(wrapped)} speaker labels are wrapped over two lines (the name's first words on a line of their "
                "own above the rest of it, the colon and the text): each is read as one label"
            )

        chat = _chat_lines(lines) if "@Begin" in text else None
        if chat:  # CHILDES's CHAT: "@Participants:" and the other headers, "*CHI:" utterances, "%com:" tiers
            headers, utterances, self.tier_lines = chat
            for index in headers:
                work[index] = self.kept[index] = ""
            for index, (code, said) in utterances.items():
                work[index] = f"{code}: {said}"  # (the asterisk is the tier's syntax)
            fields, interview.listed_participants = _chat_header([lines[index] for index in headers])
            interview.metadata.update(fields)
            explanation.append(f"a CHAT transcript (CHILDES): {len(headers)} header lines (@…) are header data, "
                               f"{len(utterances)} utterances (*CODE:) the turns, {len(self.tier_lines)} dependent "
                               "tiers (%…:) notes on them")
            normalisations.append(
                "The transcript is in CHAT (CHILDES): its header lines (@Begin, @Participants: …, @End) are header data, "
                "not encoded as text; the asterisk before each utterance's speaker code is not kept; each dependent "
                "tier (%com:, %act: …) is a note where it stands, as printed.")

        found = front_matter(lines)
        if found and found[1] >= 0:
            fields, end, _, interview.listed_participants = found
            interview.metadata.update(fields)
            interview.front_matter_lines = end + 1
            for index in range(end + 1):
                work[index] = self.kept[index] = ""
            explanation.append(
                f"YAML front matter (lines 1-{end + 1}) is header data: " + ", ".join(sorted(fields)) if fields else "YAML front matter is empty"
            )
            normalisations.append(
                "The YAML front matter at the top of the transcript is header data (its fields feed the teiHeader); it is not encoded as text."
            )
        elif found:
            explanation.append(found[2])

        blocks = split_blocks("\n".join(work))
        if meet := meet_head_blocks([block.text for block in blocks[:5]]):
            # Google Meet's head over several blocks is one metadata block, its blank lines with it
            end = blocks[meet - 1].line - 1 + blocks[meet - 1].text.count("\n") + 1
            blocks[:meet] = [RawBlock("\n".join(work[blocks[0].line - 1:end]), blocks[0].line)]
        if blocks and (split := _keys_then_sentence(blocks[0]) or _keys_then_turns(blocks[0])):
            blocks[:1] = split
        headings = {id(b): _HEADING.match(unwrap(b.text)) for b in blocks}  # once: read by all three passes
        self.speaker_headings = _speaker_headings(blocks, headings)
        metadata_blocks = {id(b): metadata_block("|" in b.text and _key_value_rows(b.text) or b.text.split("\n"))
                           for b in blocks}
        if blocks and metadata_blocks[id(blocks[0])] is None and blocks[0].text.strip().count("\n") == 1 and (
                ":" in blocks[0].text or "：" in blocks[0].text):
            # a title and one credit under it, "Presenter: Liz Green", whose person speaks later under her name
            after = "\n".join(work[blocks[0].line + 1:])
            metadata_blocks[id(blocks[0])] = metadata_block(
                blocks[0].text.strip().split("\n"), credited=lambda name: _speaks_later(name, after))
        detection = self._detect(blocks, metadata_blocks, interview.metadata, headings)
        interview.convention = detection.name
        # A Markdown source reads "[text](target)" as a link: a .md file, or one whose syntax is Markdown's (front
        # matter, # headings, bold or italic labels); a plain transcript's "[inaudible](sic)" is no link.
        self.links = str(self.path).lower().endswith((".md", ".markdown")) or bool(found and found[1] >= 0) or any(
            headings.values()) or any(style.name.startswith("bold") for style in detection.styles)
        interview.explanation = explanation + detection.reasons
        interview.normalisations = normalisations

        self.interview = interview
        self.section = Section()
        interview.sections.append(self.section)
        self.heading_levels: dict[int, int] = {}  # id of a heading paragraph of the headnote → its Markdown level
        self.turn: Turn | None = None
        self.pending: list[tuple[int, str, list[Node]]] = []  # the container's paragraphs, still raw
        self.pending_time: str | None = None
        self.pending_until: str | None = None  # the end of a time range before a label alone on its line
        self.times = 0
        self.time_line = 0  # the line of the last timecode alone on its line
        self.events = 0
        self.examinations = 0
        self.sessions = 0
        self.figures = 0
        self.markdown_headings = 0  # "# …" lines read as a title, kicker or head
        self.heading_labels: list[str] = []  # "#### Noor Rahman" headings read as speaker labels, as printed
        self.question_headings = 0  # "## Why …?" headings read as the interviewer's questions
        self.chevrons = 0
        self.dashes = 0
        self.lone_labels: list[tuple[int, str]] = []  # (line, label): paragraphs opening with a label left out
        rules = 0
        meta_lines = meta_tables = 0
        closing = False  # the endnotes after the last turn have begun: the rest is notes, not speech

        for block_index, block in enumerate(blocks):
            if _RULE.match(block.text):
                rules += 1
                continue
            heading = headings[id(block)]
            if heading and _TIME_ONLY.match(heading.group("text")):
                # "## 00:00:14" before a turn: the time of what follows, not a section.
                self._take_time(_TIME_ONLY.match(heading.group("text")), block.line, whole_line=True)
                continue
            following = blocks[block_index + 1].text if block_index + 1 < len(blocks) else ""
            if heading and heading.group("text") in self.speaker_headings and detection.match(heading.group("text")):
                # "### Hannah Osei" over each turn: the heading is the turn's label
                self.heading_labels.append(block.text.strip())
                self._block(RawBlock(heading.group("text"), block.line), detection, following)
                continue
            if heading and _question_heading(heading) and BOLD_QUESTIONS in detection.styles:
                # "## Why did you become a volcanologist?" over its answer: the interviewer's question, as a bold one is
                self.question_headings += 1
                self._block(RawBlock(block.text.strip(), block.line), detection, following)
                continue
            if heading:
                self._heading(heading, block.line)
                continue
            if closing:
                self._note_lines(block.text.split("\n"), block.line)
                continue
            if block_index == len(blocks) - 1 and (closing_fields := metadata_blocks[id(block)]) and (len(
                    closing_fields) >= 2 or not closing_fields.keys() & _PEOPLES_KEYS) and interview.turns():
                # "Interviewer: Dana Whitlock" / "Transcribed by: Leo Marsh" after the last turn: the credits of the
                # transcript, kept where printed (no speech), their names read as a header's are; one line of a key
                # that names nobody ("Time concluded: 14:19") too
                self._closing_fields(block, closing_fields)
                continue
            if _headless_notes(blocks, block_index, detection, headings) and interview.turns():
                self._notes(block, heading=False)
                closing = True
                continue
            if _NOTES_HEADING.match(block.text) and _endnotes_follow(
                blocks, block_index, detection, headings
            ) and interview.turns():
                self._notes(block)
                closing = True
                continue
            if "\n" not in block.text.strip() and _SESSION_LINE.fullmatch(block.text):
                self._session(block.text.strip(), block.line)
                continue
            if block_index == 0 and "\n" not in block.text.strip() and _QUOTED_HEADLINE.fullmatch(block.text.strip()) and (
                    following and not detection.match(following.split("\n", 1)[0])):
                # "Orhan Pamuk: “Romanlarımı İstanbul'un sokaklarında yazıyorum”" over a credit, as a paper heads an
                # interview: the headline, quoting the person, is no turn of theirs
                self.pending.append((block.line, block.text.strip(), []))
                continue
            fields = metadata_blocks[id(block)]
            if fields and not interview.turns():
                for key, value in fields.items():
                    interview.metadata.setdefault(key, value)
                for offset in range(block.text.count("\n") + 1):
                    self.kept[block.line - 1 + offset] = ""
                meta_lines += block.text.count("\n") + 1
                meta_tables += bool(_key_value_rows(block.text))
                explanation_line = f"line {block.line}: a metadata block before the first turn is header data: " + ", ".join(fields)
                interview.explanation.append(explanation_line)
                continue
            self._block(block, detection, following)
        self._end_paragraph_time()
        self._flush()
        self._editorial_tail()
        self._unlabelled_answers()
        self._numbered_questions()
        self._finish_turns()
        self._cues_between_turns()
        if self.page_notes:
            self._sentences_across_pages()
        self._contents()
        self._warn_lone_labels()

        if not interview.turns():
            raise InputError(
                "no speaker turns found: " + "; ".join(detection.reasons) + self._force_hint(), path=self.path
            )
        if meta_lines:
            interview.normalisations.append(
                f"A metadata block before the first turn ({meta_lines} line(s) of KEY: value) is header data: its fields feed the teiHeader and it is not encoded as text."
                + (" A Markdown table of two columns, a key and its value on each row, is such a block." if meta_tables else "")
            )
        if self.sessions:
            interview.normalisations.append(
                f"{self.sessions} session heading(s) (such as Session 1 — 3 March 1998, or SESSION TWO) are encoded as "
                "the head of a section div, not as speech."
            )
        if self.examinations:
            interview.normalisations.append(
                f"{self.examinations} examination or witness header line(s) between turns (BY MR. SMITH:, EXAMINATION, "
                "MS JANE DOE (sworn)) are encoded as the head of a section div, not as turns."
            )
        closing_parts = [section.kind for section in interview.sections if section.kind in ("notes", "editorial")]
        if closing_parts:
            interview.normalisations.append(
                "What follows the last turn and is no speech is a div of its own after the turns: endnotes "
                "(div[@type='notes'], their heading as head) and the editors' closing lines or credits "
                "(div[@type='editorial'])."
            )
        if self.figures:
            interview.normalisations.append(
                f"{self.figures} line(s) of images printed in the source (Markdown ![…](…)) and their captions are "
                "encoded as note[@type='figure'], the image's markup kept as printed."
            )
        if self.chevrons:
            interview.normalisations.append(
                f"The chevrons (>>) printed before {self.chevrons} speaker label(s), as closed captions mark a change "
                "of speaker, are not kept as characters: each opens an sp."
            )
        if self.dashes:
            interview.normalisations.append(
                f"The {self.dashes} dialogue dashes (—) that open each change of speaker, the transcript's only mark of "
                "one, are not kept as characters: each opens an sp without speaker, the interviewer's first, then the "
                "interviewee's and the interviewer's in turn."
            )
        if rules:
            interview.normalisations.append(
                f"{rules} horizontal rule(s) (---) separating the kicker, title and text are not encoded."
            )
        interview.normalisations.extend(self._markup_dropped())
        kept = "\n".join(self.kept)
        # A bracketed timecode contains "[" (an f4 stamp "#0"): most transcripts have none, and then the two whole-text
        # scans are skipped.
        has_brackets = "[" in kept or _F4_START.search(kept) is not None
        inline_times = len(BRACKETED_TIME.findall(kept)) if has_brackets else 0
        if self.times or inline_times:
            interview.normalisations.append(
                f"{self.times + inline_times} timecode(s) printed in the transcript are encoded as anchor[@synch] pointing at "
                "timeline/when in standOff (seconds since the start of the recording); the printed timecodes are not kept as characters."
            )
            interview.explanation.append(f"timecodes: {self.times + inline_times} (kept as timeline/when and anchors)")
        if self.events - self.figures or _has_incident(interview):
            interview.normalisations.append(
                "Non-speech lines are encoded, not dropped: sounds and events ([laughter], <inaudible>) as incident/desc, "
                "notes about the recording ((END OF TAPE)) as note[@type='transcript'], sung lines (♪) as lg/l; "
                "their brackets and music signs are not kept as characters."
            )
        # Bracketed timecodes inside text are anchors (inline parser): their digits are not text either.
        if has_brackets:
            kept = BRACKETED_TIME.sub(lambda m: " " * len(m.group()), kept)
        if self.links and has_brackets and "](" in kept:
            interview.links = True
            kept = blank_link_targets(kept)  # a link's target is ref/@target, its text the ref's words
        interview.kept_source = kept
        self._heading_before_the_turns()
        self._comment_marks()
        return interview

    def _comment_marks(self) -> None:
        """A Google Docs export's comments after the last turn ("[a]Name confirmed …"): their markers printed in the
        header data ("Title: Interview with Priya Raman[a]") point to them and are no part of its title or names; the
        header's fields leave them out, and the editorial declaration says which (in the text they stay as printed)."""
        interview = self.interview
        marks = [mark for section in interview.sections if section.kind == "editorial" for block in section.items
                 if isinstance(block, Paragraph) and _editorial(block)
                 for mark in _COMMENT_MARK_LETTER.findall(plain_text(block.content))]
        if not marks:
            return
        interview.comment_marks = list(dict.fromkeys(marks))
        stripped = []
        for key, value in interview.metadata.items():
            if isinstance(value, str) and "[" in value and (clean := without_comment_marks(value, marks)) != value:
                interview.metadata[key] = clean
                stripped.append(f"{key}: {value}")
        if stripped:
            interview.normalisations.append(
                "The comment markers of a Google Docs export printed in the header data ("
                + "; ".join(stripped) + ") point to the comments after the last turn and are left out of its fields."
            )

    def _markup_dropped(self) -> list[str]:
        """What the editorial declaration says of the Markdown syntax and label colons left out: only what this
        source printed (italics, # headings, a colon after a speaker label), nothing for a source without them."""
        italic = _holds_italic(self.interview)
        headings = self.markdown_headings > 0
        colon = self._label_colon()
        if italic and headings and colon:  # the statement as it always read (editions made before stay the same)
            return [
                "Markdown syntax is not kept as characters: *italic* is encoded as hi[@rend='italic'], "
                "# headings as titlePart or head, and the colon after a speaker label is dropped (speaker holds the label)."
            ] + self._heading_labels()
        out = []
        parts = (["*italic* is encoded as hi[@rend='italic']"] if italic else []) + (
            ["# headings are encoded as titlePart or head"] if headings else [])
        if parts:
            out.append("Markdown syntax is not kept as characters: " + " and ".join(parts) + ".")
        if colon:
            out.append("The colon after a speaker label is dropped (speaker holds the label).")
        return out + self._heading_labels()

    def _heading_labels(self) -> list[str]:
        """The Markdown headings over the turns that are their speakers' labels ("#### Noor Rahman"), or questions
        ("## Why …?"): the declaration says so, as it says what becomes of the other headings."""
        questions = [
            f"{self.question_headings} Markdown heading(s) that are questions (## …?) are the interviewer's turns, "
            "each question a p; the # marks are not kept as characters."
        ] if self.question_headings else []
        if not self.heading_labels:
            return questions
        return questions + [
            f"{len(self.heading_labels)} Markdown heading(s) over the turns that name their speaker (such as "
            f"{self.heading_labels[0]}) are speaker labels: each is encoded as the speaker of the sp it heads, not as "
            "a head; the # marks are not kept as characters."
        ]

    def _label_colon(self) -> bool:
        """Whether a speaker label of the source is followed by a colon ("Jane Doe:", "**EIR:**", "王：", "SMITH
        (00:03):"), which the encoding drops: the first labelled turn's line that prints one says so."""
        for turn in self.interview.turns():
            if not turn.label or not 0 < turn.line <= len(self.lines):
                continue
            for offset in range(3):  # a label wrapped over two lines, or a line number before it
                line = self.lines[turn.line - 1 + offset] if turn.line - 1 + offset < len(self.lines) else ""
                at = line.find(turn.label)
                if at >= 0:
                    if _COLON_AFTER_LABEL.match(line, at + len(turn.label)):
                        return True
                    break
        return False

    def _heading_before_the_turns(self) -> None:
        """A heading right before the first turn ("## Part 1: Coming to Bergen" after the headnote) heads the first
        section, as the next heading heads the next: it is no part of the headnote, where it would also be a head
        after the headnote's paragraphs, which TEI does not allow."""
        interview = self.interview
        last = interview.headnote[-1] if interview.headnote else None
        first = interview.sections[0]
        if (isinstance(last, Paragraph) and last.rend == "heading" and first.heading is None and first.kind is None
                and first.items and isinstance(first.items[0], Turn)):
            interview.headnote.pop()
            first.heading, first.level = last.content, self.heading_levels.get(id(last))

    # -- detection ---------------------------------------------------------------------------------------

    def _detect(
        self, blocks: list[RawBlock], metadata_blocks: dict, metadata: dict[str, str], headings: dict
    ) -> Detection:
        candidates: list[str] = []
        block_starts: list[int] = []  # the candidates that open a block
        labelled = False  # a block opening with a label came before: a "KEY: value" block after it may be a turn
        for block in blocks:
            heading = headings[id(block)]
            if heading and heading.group("text") in self.speaker_headings:
                block_starts.append(len(candidates))
                candidates.append(heading.group("text"))  # a label alone on its line, as far as detection goes
                continue
            if heading and _question_heading(heading):
                block_starts.append(len(candidates))
                candidates.append(block.text.strip())  # "## Why …?": a question, as far as detection goes
                continue
            if metadata_blocks[id(block)] and not labelled or _RULE.match(block.text) or heading or (
                "\n" not in block.text.strip() and _SESSION_LINE.fullmatch(block.text)
            ):
                # a header block before the turns; after a block that opens with a label, "Entrevistado: En
                # Oaxaca, en 1948." reads as a header line but is a turn (the reader takes a header only before
                # the first turn), and counts as one
                continue
            if not labelled:
                # a label and its text ("Entrevistadora: ¿Dónde nació?"), not a title line or a "Note: …"
                first = _label_part(block.text.split("\n", 1)[0])[2].strip()
                labelled = any(
                    (found := style.match(first)) is not None and bool(found.label) and bool(found.rest)
                    and label_key(found.label).split()[0] not in NOT_SPEAKERS for style in STYLES.values()
                )
            opening = True  # the block's first line but a timecode or event above it ("[00:00:06]" / "F. Und?")
            for offset, line in enumerate(block.text.split("\n")):
                if self.cue_lines and block.line - 1 + offset in self.cue_lines:
                    continue  # a radio script's cue ("IN: …", "DUR: 0'14\""): no label
                if _TIME_ONLY.match(line) or _EVENT_LINE.match(line) and not _bracketed_turn(line) or _page_line(line) or (
                        self.running or self.page_heads) and (line.strip() in self.running or line in self.page_head_lines):
                    continue  # (a running footer "Hill Farm Lives — Transcript — Page 2" is no "LABEL — text"; nor is a
                    # court reporter's page furniture a line a label could go on from: "J4KLSMIT    Trial" / "THE COURT: …")
                if opening:
                    block_starts.append(len(candidates))
                    opening = False
                candidates.append(_label_part(line)[2].strip())
        # Participants the header names (front matter, or a KEY: value block) make their labels count even when printed
        # once: "OKORO:" under "Interviewers: Okoro, Adler".
        header = dict(metadata)
        for fields in metadata_blocks.values():
            for key, value in (fields or {}).items():
                header.setdefault(key, value)
        named = [name for key in ("interviewee", "interviewer", "participants", "translator") if header.get(key)
                 for name in person_names(header[key])]
        # (and the kinship printed beside a name, the label a family's member may speak under once: "Jens Brandt
        # (Sohn)" for "SOHN:")
        named += [remark for key in ("interviewee", "interviewer", "participants") if header.get(key)
                  for _, remark in people(header[key]) if remark.casefold() in KINSHIP]
        named += self.table_speakers
        named += _listed_people(blocks[:8], headings)
        try:
            detection = detect_style(candidates, self.label_style, _with_surnames(named), block_starts)
            if detection.style is None or detection.once_left_out:
                # Labels printed once count too where the headnote's sentences name their speaker ("… spoke with The
                # Guardian and Le Monde"): read only when some label printed once was left out (or none fits)
                from ..speakers import headnote_people  # here: speakers imports this package (labels)

                in_headnote = headnote_people(_headnote_texts(blocks, headings, metadata_blocks))
                in_headnote += _title_people(blocks)
                if in_headnote:
                    detection = detect_style(candidates, self.label_style, _with_surnames(named + in_headnote), block_starts)
                if detection.style is not None and detection.once_left_out and not self.label_style and (
                    introduced := self._introduced(candidates, block_starts, detection)
                ):
                    detection = detect_style(
                        candidates, None, _with_surnames(named + in_headnote + introduced), block_starts)
        except KeyError:
            raise InputError(
                f"unknown label style {self.label_style!r}; choose one of: {', '.join(STYLES)}", path=self.path
            )
        if detection.style is None and self.quoted_first and not self.label_style:
            detection = Detection(
                [QUOTED_QUESTIONS], {QUOTED_QUESTIONS.name: {""}},
                [f"chose {QUOTED_QUESTIONS.name!r} ({QUOTED_QUESTIONS.example}): no label convention fits, and "
                 f"{len(self.quoted_first)} quoted paragraphs ask a question between unquoted ones: each is taken as "
                 "the interviewer's question, the paragraphs after it as the answer"])
        if detection.style is None:
            raise InputError("no speaker turns found: " + "; ".join(detection.reasons) + self._force_hint(), path=self.path)
        return detection

    def _introduced(self, candidates: list[str], block_starts: list[int], detection: Detection) -> list[str]:
        """Full names printed once as a paragraph's label ("Tom Reyes: Thanks for taking my question.") that the
        text names before it ("Our first question comes from the line of Tom Reyes"), in a transcript whose
        recurring labels are full names ("David Ortiz:", "Mei Chen:"): a conference call's operator or a host
        introduces each speaker. The name must be printed before its label, as written there."""
        accepted = {key for keys in detection.accepted.values() for key in keys}
        if not any(len(key.split()) >= 2 for key in accepted):
            return []
        once: dict[str, int] = {}
        for index in block_starts:
            found = _FULL_NAME_LABEL.match(candidates[index])
            if found:
                once[found.group(1)] = once.get(found.group(1), 0) + 1
        text = "\n".join(self.lines)
        folded = None  # (a name in capitals, "MARIA DELGADO:", is introduced as printed in prose: "Maria Delgado has …")
        introduced = []
        for name, n in once.items():
            if n != 1 or label_key(name) in accepted:
                continue
            at = text.find(f"\n{name}:")
            if at > 0 and 0 <= text.find(name) < at and text.find(name) != at + 1:
                introduced.append(name)
            elif at > 0 and name.startswith("The ") and 0 <= text.find("the " + name[4:]) < at:
                # an office the chair gives the floor to ("I welcome the Secretary-General, and I give him the floor")
                introduced.append(name)
            elif at > 0 and _ADDRESSED.search(text, 0, at) and re.search(
                    rf"{_ADDRESSED.pattern}{re.escape(name.split()[-1])}\b", text[:at]):
                # addressed by the surname after a term of address before the label ("Frau Wieler, sehen Sie das
                # auch so?" / "Lothar Wieler: …"): the host turns to the guest by name
                introduced.append(name)
            elif at > 0 and name.isupper():
                folded = folded or text.casefold()
                first = folded.find(name.casefold())
                if 0 <= first < at and first != at + 1 and not text[first:first + len(name)].isupper():
                    introduced.append(name)
        return introduced

    def _force_hint(self) -> str:
        chat = [line.strip() for line in self.lines if _CHAT_STAMP.match(line)]
        if len(chat) >= 2:
            # a chat export: no convention to force, the stamps before each sender are in the way
            return (
                f" — its lines open with a date or time before the sender ({chat[0][:60]!r}), as chat exports "
                "(WhatsApp, Zoom chat) print messages: remove the stamps so that each message opens with its sender "
                "(Anna Lee: text), or put the times in brackets ([14:02:11] Anna Lee: text)"
            )
        markup = [line.strip() for line in self.lines if _HTML_LINE.match(line)]
        if len(markup) >= 2:
            # an HTML page saved as text: its tags are in the way of the labels ("<p><b>Interviewer:</b> …")
            return (
                f" — its lines are HTML ({markup[0][:50]!r}): save the page as plain text, or as Markdown with the "
                "labels in bold (**Interviewer:** text), and convert that"
            )
        names = ", ".join(STYLES)
        return f" — force a convention with --label-style NAME ({names}) or label_style = \"NAME\" in the sidecar"

    # -- blocks and lines --------------------------------------------------------------------------------

    def _container(self) -> list:
        if self.turn is not None:
            return self.turn.blocks
        if self.section.heading is not None or self.section.kind in ("notes", "editorial"):
            return self.section.items
        return self.interview.headnote

    def _flush(self) -> None:
        self._container().extend(self._paragraphs(self.pending))
        self.pending.clear()

    def _heading(self, heading: re.Match, line: int) -> None:
        interview = self.interview
        self._end_paragraph_time()
        self._flush()
        nodes = self._inline(heading.group("text"), line)
        self.markdown_headings += 1
        level = len(heading.group("hashes"))
        opening = self.turn is None and not interview.turns()
        # Under a title the front matter, a header's TITLE: or the sidecar gives, a heading before the first turn
        # ("# Childhood") is a section's, not the document's title, unless it repeats that title
        titled = opening and self._titled_otherwise(nodes)
        if opening and interview.title is None and level == 1 and interview.headnote and not titled:
            # "INTERVIEW" / "# The last lighthouse keeper": a short line before the title is its kicker; after
            # anything else the heading stays where it is printed, heading the first section after the headnote (the
            # title page comes first, and no word may move before another)
            first = interview.headnote[0]
            if interview.kicker is None and len(interview.headnote) == 1 and isinstance(first, Paragraph) and (
                0 < len(plain_text(first.content).split()) <= 6 and not _SENTENCE_END.search(plain_text(first.content))
            ):
                interview.kicker, interview.title = first.content, nodes
                interview.headnote.clear()
            elif self.section.heading is None and not self.section.items:
                self.section.heading, self.section.level = nodes, level
            else:
                self.section = Section(heading=nodes, level=level)
                interview.sections.append(self.section)
        elif opening and interview.title is None and level == 1 and not titled:
            interview.title = nodes
        elif opening and interview.title is None and not interview.headnote and not titled:
            interview.kicker = nodes  # before anything else only: the kicker is printed first
        elif self.turn is None and not interview.turns():
            interview.headnote.append(Paragraph(nodes, rend="heading", line=line))
            self.heading_levels[id(interview.headnote[-1])] = level
        else:
            self.section = Section(heading=nodes, level=level)
            interview.sections.append(self.section)
            self.turn = None

    def _titled_otherwise(self, heading: list[Node]) -> bool:
        """Whether the document has a title other than ``heading``: the sidecar's, or the one its header gives."""
        given = self.title or self.interview.metadata.get("title")
        if not given:
            return False
        return _title_key(given) != _title_key(plain_text(heading))

    def _examination(self, text: str, line: int) -> None:
        """A deposition's examination header ends the turn before it and heads a section; the lines of one
        header ("EXAMINATION" / "BY MS. FENWICK:") make one heading."""
        self._end_paragraph_time()
        self._flush()
        self.examinations += 1
        nodes = self._inline(text, line)
        if self.turn is None and self.section.heading is not None and not self.section.items:
            # the header's lines stay lines: "MS ANITA PATEL (sworn)" / "Questions from COUNSEL TO THE INQUIRY"
            self.section.heading = self.section.heading + [" ", Inline("lb")] + nodes
            _merge_strings(self.section.heading)
        elif self.turn is None and not self.section.items:  # before the first turn: it heads the first section
            self.section.heading = nodes
        else:
            self.section = Section(heading=nodes)
            self.interview.sections.append(self.section)
        self.turn = None

    def _session(self, text: str, line: int) -> None:
        """A session's heading ("Session 2 — 12 May 2001") ends the turn before it and heads a section; before the
        first turn it heads the first section (the headnote stays the headnote)."""
        self._end_paragraph_time()
        self._flush()
        self.sessions += 1
        nodes = self._inline(text, line)
        if (dated := _SESSION_DAY.search(text)) and nodes == [text] and len(
                iso := iso_date(dated.group("date")) or "") == 10:
            # "Session 1, 4 May 2010": the session's day, dated in its heading (and, where nothing else dates the
            # interview, in the header: encode)
            printed = dated.group("date")
            nodes = [text[:dated.start("date")], Inline("date", [printed], {"when": iso}), text[dated.end("date"):]]
            nodes = [node for node in nodes if node != ""]
            self.interview.session_dates.append((printed, iso))
        if self.turn is None and self.section.heading is None and not self.section.items:
            self.section.heading = nodes
        else:
            self.section = Section(heading=nodes)
            self.interview.sections.append(self.section)
        self.turn = None
        self.interview.explanation.append(f"line {line}: {text!r} heads a session: a section, not speech")

    def _notes(self, block: RawBlock, heading: bool = True) -> None:
        """The endnotes after the last turn ("NOTES" and "1. …" lines, or without a heading the notes of the marks
        "*", "†" or "¹" printed in the turns): a section of notes, no turn's speech."""
        self._end_paragraph_time()
        self._flush()
        self._editorial_tail()
        lines = block.text.split("\n")
        self.section = Section(heading=self._inline(lines[0].strip(), block.line) if heading else None, kind="notes")
        self.interview.sections.append(self.section)
        self.turn = None
        self.interview.explanation.append(
            f"line {block.line}: {lines[0].strip()!r} heads the notes after the last turn: they are a div of notes, not speech"
            if heading else f"line {block.line}: notes of the marks printed in the turns follow the last turn: a div "
            "of notes, not speech"
        )
        if heading:
            self._note_lines(lines[1:], block.line + 1)
        else:
            self._note_lines(lines, block.line)

    def _closing_fields(self, block: RawBlock, fields: dict[str, str]) -> None:
        """A block of header keys after the last turn: an editorial section after the turns, the paragraph as
        printed; its fields feed the header where the header printed none of its own."""
        self._end_paragraph_time()
        self._flush()
        self._editorial_tail()
        self.section = Section(kind="editorial")
        self.interview.sections.append(self.section)
        self.turn = None
        for key, value in fields.items():
            self.interview.metadata.setdefault(key, value)
        self.pending.append((block.line, unwrap(block.text), []))
        self._flush()
        self.interview.explanation.append(
            f"line {block.line}: a block of header keys after the last turn ({', '.join(fields)}) is the transcript's "
            "credits, no speech: a div of its own, its fields read as the header's"
        )

    def _note_lines(self, lines: list[str], first: int) -> None:
        """Lines of the endnotes: each line that opens with a note's mark ("1.", "[2]", "*") opens a paragraph."""
        for offset, raw in enumerate(lines):
            if not raw.strip():
                continue
            if not offset or not self.pending or _NOTE_MARK.match(raw) or _SYMBOL_NOTE.match(raw):
                self.pending.append((first + offset, raw.strip(), []))
            else:
                line, text, lead = self.pending[-1]
                self.pending[-1] = (line, f"{text} {raw.strip()}", lead)
        self._flush()

    def _editorial_tail(self) -> None:
        """An editor's closing paragraph ("*This interview has been edited for length and clarity.*") at the end of
        the last turn is no speech of its speaker: it becomes an editorial section after the turns."""
        turn = self.turn
        if turn is None or not self.section.items or self.section.items[-1] is not turn:
            return
        tail, editorial = 0, False
        signed = _sign_off(turn.blocks[-1]) if len(turn.blocks) > 1 else False
        while len(turn.blocks) - tail > 1:
            block = turn.blocks[-1 - tail]
            if _editorial(block) or signed and not tail:
                editorial = True
            elif not (editorial and isinstance(block, Event) and block.kind == "note"):
                break  # a note about the recording ("[END OF INTERVIEW]") goes with the credit after it
            tail += 1
        if not editorial:
            return
        moved = turn.blocks[-tail:]
        del turn.blocks[-tail:]
        self.section = Section(items=list(moved), kind="editorial")
        self.interview.sections.append(self.section)
        self.turn = None
        if signed:
            self.interview.explanation.append(
                f"line {moved[-1].line}: the sign-off of an answer written as a letter ({plain_text(moved[-1].content)!r}) "
                "is the letter's closing, no words spoken: it stands after the turns")
            return
        self.interview.explanation.append(
            f"line {moved[0].line}: an editor's closing paragraph after the last turn is no speech of "
            f"{turn.label or 'its speaker'!r}: it is a div of its own"
        )

    def _take_time(self, found: re.Match, line: int, *, whole_line: bool) -> str:
        when = found.group("bracketed") or found.groupdict().get("parenthesised") or found.group("bare")
        if whole_line:
            self.kept[line - 1] = ""
        else:
            self.kept[line - 1] = self.kept[line - 1].replace(found.group(0), " " * len(found.group(0)), 1)
        if self.pending_time is not None:
            self._end_paragraph_time()
        self.pending_time = when
        self.times += 1
        return when

    def _take_until(self) -> list:
        """The end of a time range printed before a label, for the paragraph that starts now: an anchor at its end."""
        if self.pending_until is None:
            return []
        until, self.pending_until = self.pending_until, None
        return [("end", Inline("time", [], {"when": until}))]

    def _end_paragraph_time(self) -> None:
        """A timecode with nothing after it in its turn: an anchor at the end of the last paragraph."""
        if self.pending_until is not None:  # a time range's end with no paragraph after its label: kept all the same
            if self.pending_time is None:
                self.pending_time, self.pending_until = self.pending_until, None
            else:
                self.pending.append((0, "", self._take_until()))
        if self.pending_time is None:
            return
        anchor = Inline("time", [], {"when": self.pending_time})
        self.pending_time = None
        if self.pending:
            line, text, lead = self.pending[-1]
            self.pending[-1] = (line, text, lead + [("end", anchor)])
            return
        container = self._container()
        for block in reversed(container):
            if isinstance(block, Paragraph):
                block.content.append(anchor)
                return
        self.pending.append((0, "", [anchor]))

    def _block(self, block: RawBlock, detection: Detection, following_block: str) -> None:
        paragraph: list[str] = []
        start = block.line
        lead: list[Node] = []
        lyrics: list[list[Node]] = []
        lyrics_line = 0

        def end_paragraph() -> None:
            nonlocal paragraph, lead
            if paragraph:
                # a letter or a poem read out in a turn keeps its lines (an lb where each next one begins)
                # (and so does a letter's sign-off on two lines, "Best wishes," / "Helen")
                joint = "\n" if self.turn is not None and (
                    _lines_kept(paragraph, self.width) or _signed_on_two_lines(paragraph)) else " "
                self.pending.append((start, _joined(paragraph, joint), lead))
            elif lead:
                self.pending.append((start, "", lead))
            paragraph, lead = [], []

        def end_lyrics() -> None:
            nonlocal lyrics
            if lyrics:
                self._add_event(Event("lyrics", lines=lyrics, line=lyrics_line))
                lyrics = []

        block_lines = block.text.split("\n")
        figure = False  # the lines after an image in its block are its caption
        label_alone = False  # the line before opened a turn with its label alone: the next line starts a sentence
        for offset, raw in enumerate(block_lines):
            number = block.line + offset
            after_label, label_alone = label_alone, False
            only_time = _TIME_ONLY.match(raw)
            if only_time:
                end_lyrics()
                end_paragraph()
                self._take_time(only_time, number, whole_line=True)
                self.time_line = number
                continue
            if examination_header(raw.strip()) and (
                self.turn is not None or self.section.heading is not None
                or self._opens_the_examination(block_lines, offset, following_block, detection)
            ):
                # "BY MR. ABERNATHY:" between turns: the heading of the examination that follows, not a turn
                end_lyrics()
                end_paragraph()
                self._examination(raw.strip(), number)
                continue
            chevrons, leading, line = _label_part(raw)  # ">> ANCHOR: …": the chevrons are no part of the label
            previous = block_lines[offset - 1] if offset else ""
            sentence_start = not offset or after_label or bool(
                LINE_ENDS_SENTENCE.search(previous) or _TIME_ONLY.match(previous) or _EVENT_LINE.match(previous)
            )
            found = detection.match(line.strip(), block_start=offset == 0, sentence_start=sentence_start)
            if found is None and not offset and number - 1 in self.quoted_first and QUOTED_QUESTIONS in detection.styles:
                found = LabelMatch("", line.strip(), role="interviewer")  # "> When did you …?", its marker left out
            if found is None and not offset and len(block_lines) > 1 and NUMBERED_QUESTIONS in detection.styles and (
                question := numbered_question_lines(block_lines)
            ) and (asked := detection.match(question)):
                # a numbered question wrapped over two lines or three: it opens the turn, its lines follow as text
                found = replace(asked, rest=line.strip())
            if found and found.alone and not detection.styles[0].explicit:
                rest = block_lines[offset + 1 :] or [following_block]
                if not any(r.strip() for r in rest) or detection.match(rest[0].strip()):
                    found = None  # a label alone with no text after it is not a turn of its own
            if found and offset and self.turn is None and not self.interview.turns() and self._credit_line(found, number):
                found = None  # "Interviewer: Susan Kemp" under the title, who speaks as "SUSAN KEMP:": a credit
            if found is None and not offset and self.turn is not None and detection.lone:
                self.lone_labels += [(number, lone.label) for style in detection.styles[:1]
                                     if (lone := style.match(line.strip())) and label_key(lone.label) in detection.lone]
            if found:
                end_lyrics()
                end_paragraph()
                # "[00:00:06]" alone on the line above "WALTER BRANDT" (a blank line between or not): the time the
                # turn starts, not the end of the turn before it
                opening = self._time_just_above(number)
                if opening is not None:
                    self.pending_time = None
                self._end_paragraph_time()
                self._flush()
                self.pending_time = opening
                if leading:
                    self._take_time(leading, number, whole_line=False)
                if found.time:
                    self._consume_label_time(found, number)
                time_after = _TIME_ONLY.match(found.rest) if found.rest and not found.time else None
                if time_after and not time_after.group("bare"):  # "SMITH: 12:30" may answer "When?"
                    # "Interviewer: (00:02)" over the turn's text, as Rev exports it: the label's time, no text
                    self._take_time(time_after, number, whole_line=False)
                    found = replace(found, rest="")
                if chevrons:
                    self.chevrons += 1
                role = found.role
                if role == "alternating":  # a dialogue dash: the other speaker's turn, the interviewer's first
                    previous_turns = self.interview.turns()
                    role = "interviewee" if previous_turns and previous_turns[-1].role == "interviewer" else "interviewer"
                    self.dashes += 1
                self.turn = Turn(
                    label=found.label, line=number, start=self.pending_time, role=role,
                    printed=self.chat_stamps[number - 1][0] if number - 1 in self.chat_stamps else found.printed
                )
                figure = False
                self.pending_time = None
                self.section.items.append(self.turn)
                start = number
                if leading and leading.group("until"):
                    # the end of the segment's time range: an anchor after the paragraph the line opens, or after the
                    # next one where the label stands alone on its line
                    self.pending_until = leading.group("until")
                    self.times += 1
                if found.rest:
                    paragraph = [found.rest]
                    lead = self._take_until()
                else:
                    label_alone = True
                continue
            if self.turn is not None and self.turn.role == "interviewer" and not self.turn.label and (
                offset == 0 and (BOLD_QUESTIONS in detection.styles or NUMBERED_QUESTIONS in detection.styles
                                 or QUOTED_QUESTIONS in detection.styles or detection.styles == [QUESTION_DASH])
                or offset == 1 and detection.styles == [QUESTION_DASH] and answered_in_its_block(block_lines, 0)
            ):
                # unlabelled Q&A: the first plain block after a bold (numbered, quoted, dashed) question starts the
                # answer, and so does the line under a dashed question that ends on its line
                end_lyrics()
                end_paragraph()
                self._end_paragraph_time()
                self._flush()
                self.turn = Turn(label="", line=number, role="interviewee")
                self.section.items.append(self.turn)
            event = None if _cue_in_sentence(raw, paragraph) else self._event_line(raw, number)
            if event is None and leading and not paragraph and ("[" in line or "(" in line) and (
                    event := self._event_line(line, number)) is not None:
                # "[00:01:12] [AD BREAK]": a note about the recording after its time, as a time alone on the line
                # above it is read (the time the end of the paragraph before, the note between the turns)
                self._take_time(leading, number, whole_line=False)
                self.time_line = number
            figure = figure and bool(_CAPTION_LINE.match(raw))  # after an image: its caption, else text again
            if event is None and (figure or "![" in raw and _IMAGE_LINE.match(raw)):
                # an image and its caption: no speech ("*Photo: Jo Hale*"), the image's markup kept as printed
                event = Event("figure", [raw.strip()] if not figure else self._inline(raw.strip(), number), line=number)
                figure = True
                self.figures += 1
            if event is None and (_page_line(raw) or raw.strip() in self.running or number - 1 in self.tier_lines
                                  or number - 1 in self.page_heads or number - 1 in self.cue_lines):
                event = Event("note", [raw.strip()], line=number)  # no speech: a note, so its words stay
                self.page_notes.add(id(event))
            elif event is None and "interjecting" in raw and _INTERJECTING.match(raw):
                event = Event("incident", [raw.strip()], line=number)
            elif event is None and ":" in raw and len(block_lines) == 1 and cue_line(raw) and following_block and (
                    detection.match(following_block.split("\n", 1)[0]) or cue_line(following_block)):
                # "ON SCREEN: Archive footage", "PRODUCER NOTE: …", "ACTUALITY: DIGGER" as a paragraph of its own
                # before a turn: no speech, a note where it stands (not the words of the turn before it); after the
                # last turn, a note's label ("Translator's note: …") is the editors' (see _editorial_tail)
                event = Event("note", [raw.strip()], line=number)
            if event is not None:
                end_lyrics()
                end_paragraph()
                self._add_event(event)
                continue
            if _LYRIC_LINE.match(raw):
                end_paragraph()
                if not lyrics:
                    lyrics_line = number
                lyrics.append(self._inline(raw.strip(), number))
                continue
            end_lyrics()
            if number - 1 in self.language_lines:
                end_paragraph()  # each line in its language a paragraph of its own
            if paragraph and self.turn is None and self._title_ends_before(raw, paragraph):
                end_paragraph()  # "Entretien avec Claire Dubois" / "Propos recueillis par …": the title ends here
                self.after_title.add(number)
            elif len(paragraph) == 1 and self.turn is None and _LOWER_CASE_BYLINE.fullmatch(paragraph[0]):
                end_paragraph()  # "di Marco Bianchi" / "Milano, 3 marzo 2015": a byline in small letters, a line
                # of its own (joined, the two would read as a sentence going on from the title)
            if not paragraph:
                start = number
                if self.pending_time is not None:
                    lead = [Inline("time", [], {"when": self.pending_time})]
                    self.pending_time = None
                lead += self._take_until()
            paragraph.append(raw)
        end_lyrics()
        end_paragraph()

    def _warn_lone_labels(self) -> None:
        """A paragraph of a turn that opens with a label printed once and left out for naming no one known
        ("MULLIGAN:" once among recurring "BERG:" and "RUIZ:") stays the turn's text: a warning says so, as it may be a
        third speaker's turn (not where the paragraph left the turn: a key of the labels after the last one)."""
        in_turns = {block.line for turn in self.interview.turns() for block in turn.blocks if isinstance(block, Paragraph)}
        for number, label in self.lone_labels:
            if number in in_turns:
                self.interview.warnings.append(
                    f"line {number}: {label!r} looks like a speaker label but is printed once and names no known "
                    "participant: it is kept as the previous turn's text; if it is a speaker, list the speaker in the "
                    "sidecar's [[participants]]")

    def _time_just_above(self, number: int) -> str | None:
        """The time of a timecode alone on its line just above line ``number`` (only blank lines between), still
        waiting for a place; else ``None``."""
        if self.pending_time is None or not self.time_line or self.time_line >= number:
            return None
        if any(self.lines[index].strip() for index in range(self.time_line, number - 1)):
            return None
        return self.pending_time

    def _credit_line(self, found: LabelMatch, number: int) -> bool:
        """Whether a line of the transcript's first block under its title, an interviewer's or interviewee's role
        label and a name alone ("Interviewer: Susan Kemp"), credits the person who speaks under that name later
        ("SUSAN KEMP:", or by the given name or the surname alone, "SUSAN:", "KEMP:"), as a header's key does: no turn
        of the role's, whose words would be the name."""
        rest = found.rest.strip().rstrip(".")
        if label_key(found.label) not in _CREDITED_ROLES or not rest or len(rest) > 60 or not looks_like_a_person(rest):
            return False
        first, last = rest.split()[0], rest.split()[-1]
        spoken = re.compile(rf"[ \t]*(?:{re.escape(rest)}[ \t]*[:.]|(?:{re.escape(first)}|{re.escape(last)})[ \t]*:)",
                            re.IGNORECASE)
        return any(spoken.match(line) for line in self.lines[number:])

    def _title_ends_before(self, line: str, title: list[str]) -> bool:
        """Whether the transcript's first paragraph, title lines so far (``title``), ends before ``line``: a date
        ("12 January 2022", "Lyon, 4 juin 2015") or a credit ("Propos recueillis par …", "Conducted by …") is no
        line of the title but a paragraph of the headnote after it."""
        interview = self.interview
        # (a typescript's running head over the title, "ORAL HISTORY PROJECT      Page 1 of 3", is a note before it,
        # no paragraph of the headnote)
        if any(isinstance(block, Paragraph) for block in interview.headnote) or self.pending or interview.turns() or (
                self.section.items or interview.title or len(title) > 3 or any(map(_SENTENCE_END.search, title))):
            return False
        text = line.strip()
        if _TITLE_CREDIT.match(text) or _CREDIT.match(text) or _BYLINE_LINE.fullmatch(text):
            return True
        if _CONTENTS_HEADING.fullmatch(text):
            return True  # "Chapters:" right under a podcast's title: its contents list (see _contents)
        if len(title) == 1 and len(title[0].split()) <= 4 and len(text.split()) >= 8 and text[:1].isupper() and (
                _STANDFIRST_SENTENCE.search(text)) and not TITLE_GOES_ON.search(title[0].rstrip(" ,")):
            # (not a title line the next goes on from: "Interview with" / "Mary Lee, who worked …")
            # a standfirst under a short title, no blank line between ("StoryCorps" / "Maria Lopez, 62, talks with her
            # son … about the family bakery."): a sentence of its own, no line of the title (whose names would run
            # into its first words, "StoryCorps Maria Lopez")
            return True
        key, colon, value = text.replace("：", ":", 1).partition(":")
        if colon and len(key) <= 30 and 0 < len(value.strip()) <= 40 and not _SENTENCE_END.search(value) and (
                normalise_key(key) == "interviewer"):
            return True  # the interviewer's key in any language, and a name: "聞き手：佐藤健", "사회: 김민수 기자"
        if broadcast := BROADCAST_DATE.fullmatch(text):  # "Sänt 14 juli 2021", "Sendt 3. august 2019 på P1"
            return iso_date(broadcast.group("date")) is not None
        if not any(c.isdigit() for c in text):
            return False
        if dateline(text) or ("、" in text or "，" in text) and place_and_date(text):
            # "Taken March 8, 2017, Minneapolis, Minnesota" under a deposition's title, "Episode 412 — Broadcast 14
            # February 2019" under a programme's, "Minneapolis, March 8, 2017" (and after the ideographic comma,
            # "2019年4月10日、東京"): the record's date, not its title's
            return True
        if len(text) > 60:
            return False
        if (timed := DATE_AND_TIME.fullmatch(text)) and not iso_date(text):
            text = timed.group("date")  # "Thu, Mar 7, 2024 10:03AM • 6:12", under an app's title
        # (after an Arabic comma too: "القاهرة، 3 مارس 2010")
        date = iso_date(text) or iso_date(re.split("[,،]", text)[-1]) if "," in text or "،" in text else iso_date(text)
        return date is not None and len(date) > 4  # a day or a month, not a year alone ("1967")

    def _opens_the_examination(self, lines: list[str], offset: int, following_block: str, detection: Detection) -> bool:
        """Whether an examination header that opens the transcript ("CROSS-EXAMINATION BY MS. OKAFOR:" as its first
        line, an excerpt of a longer record) heads the turns after it, as it does between turns: nothing is printed
        before it, and the first line after it that is no header line opens a turn. Under a caption or a title it
        stays in the headnote (whose last line says who asks all the same: speakers._examiners)."""
        interview = self.interview
        if self.turn is not None or interview.turns() or interview.headnote or self.pending or interview.title or (
            interview.kicker or any(line.strip() and not examination_header(line.strip()) for line in lines[:offset])
        ):
            return False
        for line in [*lines[offset:], following_block.split("\n", 1)[0]]:
            if line.strip() and not examination_header(line.strip()):
                return detection.match(_label_part(line)[2].strip()) is not None
        return False

    def _consume_label_time(self, found: LabelMatch, number: int) -> None:
        """The timecode printed with a label ("Jane Doe (00:03):", "Jane Doe  0:03") is the turn's start."""
        line = self.kept[number - 1]
        at = line.find(found.time, line.find(found.label) + len(found.label))
        if at >= 0:
            self.kept[number - 1] = line[:at] + " " * len(found.time) + line[at + len(found.time) :]
        if self.pending_time is None:
            self.pending_time = found.time
            self.times += 1

    def _event_line(self, raw: str, number: int) -> Event | None:
        """A line that is wholly a non-speech event or a note about the recording, else ``None``."""
        found = _EVENT_LINE.match(raw)
        if not found:
            if _TAPE_LINE.match(raw):
                return Event("note", self._inline(raw.strip(), number), line=number)
            return None
        desc = found.group("desc").strip()
        if _SOUND.match(desc) or found.group("open") == "<":
            return Event("incident", [desc], line=number)
        letters = [c for c in desc if c.isalpha()]
        if _RECORDING_NOTE.search(desc) or _CLOCK_TIME.match(desc) or (letters and desc.upper() == desc and len(letters) > 2):
            return Event("note", self._inline(desc, number), line=number)
        return None

    def _add_event(self, event: Event) -> None:
        self._end_paragraph_time()
        self._flush()
        self._container().append(event)
        self.events += 1

    def _unlabelled_answers(self) -> None:
        """A transcript that labels only its questions ("Q:", "Question:") and prints each answer as a paragraph
        after it: the paragraphs after a question's last "?" are the interviewee's answer, a turn without a
        label, not the interviewer's words. Only where every label is the one question label and two turns or more
        hold an answer so."""
        turns = self.interview.turns()
        if not turns or label_key(turns[0].label) not in _QUESTION_LABELS or {
            label_key(turn.label) for turn in turns
        } - _QUESTION_LABELS:
            return
        splits: list[tuple[Section, Turn, int]] = []
        for section in self.interview.sections:
            for turn in section.items:
                if not isinstance(turn, Turn):
                    continue
                paragraphs = [i for i, block in enumerate(turn.blocks) if isinstance(block, Paragraph)]
                asked = [i for i in paragraphs if _ASKS.search(plain_text(turn.blocks[i].content))]
                if asked and any(i > asked[0] for i in paragraphs):
                    splits.append((section, turn, asked[0] + 1))
        if len(splits) < 2:
            return
        for section, turn, at in splits:
            answer = Turn("", turn.blocks[at:], line=getattr(turn.blocks[at], "line", turn.line), role="interviewee")
            del turn.blocks[at:]
            section.items.insert(section.items.index(turn) + 1, answer)
        self.interview.explanation.append(
            f"only the questions are labelled ({turns[0].label}): the {len(splits)} paragraphs or runs of paragraphs "
            "after a question are the interviewee's answers, turns without a label"
        )
        self.interview.normalisations.append(
            f"Only the questions are labelled ({turns[0].label}); the paragraphs printed after each question are "
            "encoded as the interviewee's turns (sp without speaker)."
        )

    def _numbered_questions(self) -> None:
        """A transcript that labels only its answers, with the interviewee's name ("LINDQVIST:"), and numbers the
        interviewer's questions without a label ("2. What was your first race?"): each numbered question that
        closes a turn is the interviewer's turn, without a label, not the interviewee's words; the first one may
        close the headnote. Only where one label opens every turn and two numbered questions or more, numbered
        through (1, 2, 3 …), close a turn so."""
        turns = self.interview.turns()
        if len(turns) < 2 or not turns[0].label or len({label_key(turn.label) for turn in turns}) != 1:
            return
        splits: list[tuple[Section, Turn]] = []
        numbers: list[int] = []
        for section in self.interview.sections:
            for turn in section.items:
                if isinstance(turn, Turn) and len(turn.blocks) >= 2 and (number := _numbered_question(turn.blocks[-1])):
                    splits.append((section, turn))
                    numbers.append(number)
        head = self.interview.headnote
        first = head[-1] if head and _numbered_question(head[-1]) == 1 else None
        if first is not None:
            numbers.insert(0, 1)
        if len(splits) < 2 or numbers != list(range(numbers[0], numbers[0] + len(numbers))):
            return
        for section, turn in splits:
            question = turn.blocks.pop()
            section.items.insert(section.items.index(turn) + 1, Turn("", [question], line=question.line, role="interviewer"))
        if first is not None:
            head.pop()
            section = next(s for s in self.interview.sections if turns[0] in s.items)
            section.items.insert(section.items.index(turns[0]), Turn("", [first], line=first.line, role="interviewer"))
        self.interview.explanation.append(
            f"only the answers are labelled ({turns[0].label}): the {len(numbers)} numbered questions between them "
            "are the interviewer's turns, without a label"
        )
        self.interview.normalisations.append(
            f"Only the answers are labelled ({turns[0].label}); the numbered questions between them are encoded as "
            "the interviewer's turns (sp without speaker)."
        )

    def _finish_turns(self) -> None:
        """Every turn needs a block of speech: an incident alone becomes an incident inside a paragraph."""
        for turn in self.interview.turns():
            if any(isinstance(b, Paragraph) or (isinstance(b, Event) and b.kind == "lyrics") for b in turn.blocks):
                continue
            for index, block in enumerate(turn.blocks):
                if isinstance(block, Event) and block.kind == "incident":
                    turn.blocks[index] = Paragraph([Inline("incident", block.content)], line=block.line)
                    break
            else:
                turn.blocks.append(Paragraph([], line=turn.line))
                self.interview.warnings.append(f"line {turn.line}: the turn of {turn.label!r} has no text")

    def _contents(self) -> None:
        """A contents list printed before the first turn, each of its lines an entry ("- [Early life](#early-life)",
        "Early life ........ 3"), is the source's apparatus, not a paragraph of the headnote: an Event of its own
        (its entries the lines, a heading right above it its content), encoded as div[@type='contents']. A Markdown
        link's target, a place in the page the TEI is not, is syntax; dot leaders and page numbers stay as printed."""
        headnote = self.interview.headnote
        for index in range(len(headnote) - 1, -1, -1):
            block = headnote[index]
            if not isinstance(block, Paragraph) or block.rend == "heading" or not block.line:
                continue
            lines = []
            for line in self.lines[block.line - 1 :]:
                if not line.strip():
                    break
                lines.append(line)
            first = 1 if lines and _CONTENTS_HEADING.fullmatch(lines[0].strip()) else 0  # "Chapters:" over them
            if len(lines) - first < 2 or not all(
                    "](#" in line or "...." in line or ". . ." in line or "……" in line or line.lstrip()[:1].isdigit()
                    for line in lines[first:]):
                continue  # (looked at first: the pattern is slow on a long line that is no entry)
            found = [_CONTENTS_ENTRY.fullmatch(line) for line in lines[first:]]
            if len(found) < 2 or not all(found):
                continue
            above = headnote[index - 1] if index else None
            # its heading: a Markdown heading right above it, or a line naming a contents list ("CONTENTS")
            heading = above if isinstance(above, Paragraph) and (above.rend == "heading" or _CONTENTS_HEADING.fullmatch(
                plain_text(above.content).strip())) else None
            if any(hit.group("time") for hit in found) and not (first or heading):
                continue  # times and titles are chapters only under a heading that says so
            entries = []
            for offset, hit in enumerate(found, start=first):
                number = block.line + offset
                if hit.group("link"):
                    # the bullet and the target are Markdown's syntax: the entry is the link's text
                    start, end = hit.span("target")
                    self.kept[number - 1] = self.kept[number - 1][:start] + " " * (end - start) + self.kept[number - 1][end:]
                    entries.append(self._inline(hit.group("link"), number))
                else:
                    entries.append(self._inline(" ".join(lines[offset].split()), number))
            if first:
                heading = Paragraph(self._inline(lines[0].strip(), block.line), line=block.line)
                above = None
            headnote[index] = Event("contents", heading.content if heading else [], entries, line=block.line)
            if heading is not None and above is not None:
                del headnote[index - 1]
            self.interview.normalisations.append(
                f"The contents list printed before the transcript ({len(entries)} entries) is encoded as "
                "div[@type='contents'], one p for each entry" + (
                    "; its Markdown list and link syntax (- [text](#place)) is not kept." if found[0].group("link")
                    else ", each chapter's time as printed." if found[0].group("time")
                    else ", its dot leaders and page numbers as printed."))

    def _cues_between_turns(self) -> None:
        """A sound or a note about the recording alone on its line after a turn's words and before the next turn
        (``[APPLAUSE]``, ``(BEGIN VIDEOTAPE)``), or after a section's last turn (``[MUSIC OUT]`` at the end), is no
        speaker's: it stands between the turns, not inside the last."""
        for section in self.interview.sections:
            items = section.items
            for index in range(len(items) - 1, -1, -1):
                turn = items[index]
                if not isinstance(turn, Turn) or not turn.blocks or turn.blocks[-1].__class__ is not Event or not (
                        index + 1 == len(items) or isinstance(items[index + 1], Turn)):
                    continue
                blocks = turn.blocks
                at = len(blocks)
                while at > 1 and isinstance(blocks[at - 1], Event) and blocks[at - 1].kind in ("incident", "note"):
                    at -= 1
                if at < len(blocks) and any(isinstance(b, Paragraph) for b in blocks[:at]):
                    items[index + 1 : index + 1] = blocks[at:]
                    del blocks[at:]

    def _sentences_across_pages(self) -> None:
        """A paragraph the typescript's page break cut in mid-sentence ("… did not cover" / "ORAL HISTORY PROJECT
        Page 2 of 3" / "the cost of living, …"), its words going on in small letters after the page's head or number,
        is one paragraph, the note where it is printed in it: a page is the typescript's layout, no turn's paragraph
        break (a quotation or a citation cut in two read as two)."""
        containers = [self.interview.headnote] + [
            blocks for section in self.interview.sections
            for blocks in (section.items, *(item.blocks for item in section.items if isinstance(item, Turn)))]
        for blocks in containers:
            for index in range(len(blocks) - 2, 0, -1):
                note, before, after = blocks[index], blocks[index - 1], blocks[index + 1]
                if id(note) in self.page_notes and isinstance(before, Paragraph) and isinstance(after, Paragraph) and (
                        before.rend == after.rend and before.lang == after.lang
                        and is_unfinished(plain_text(before.content), plain_text(after.content))):
                    before.content = before.content + [" ", Inline("note", note.content), " "] + after.content
                    _merge_strings(before.content)
                    del blocks[index : index + 2]
                    self.interview.normalisations.append(
                        f"A paragraph a page break cut in mid-sentence (line {before.line}) is one paragraph; the "
                        "page's head between its words is a note where it is printed.")

    def _inline(self, text: str, line: int) -> list[Node]:
        return parse_inline(text, path=self.path, line=line, links=self.links)

    def _paragraphs(self, raw: list[tuple[int, str, list]]) -> list[Block]:
        """Parse a container's raw paragraphs, joining those the page layout split mid-sentence."""
        out: list[Paragraph] = []
        previous_text = None
        for line, text, extra in raw:
            paragraph = self._paragraph(text, line)
            leading = [n for n in extra if not isinstance(n, tuple)]
            trailing = [n[1] for n in extra if isinstance(n, tuple)]
            paragraph.content = leading + paragraph.content + trailing
            if out and previous_text is not None and not leading and line not in self.after_title and is_unfinished(
                    previous_text, text) and (
                out[-1].rend == paragraph.rend and out[-1].lang == paragraph.lang
            ):
                last = out[-1]
                last.content = last.content + [" ", Inline("split")] + paragraph.content
                _merge_strings(last.content)
            else:
                out.append(paragraph)
            previous_text = text
        return out

    def _paragraph(self, text: str, line: int) -> Paragraph:
        nodes = self._inline(text, line)
        if "\n" in text:
            nodes = _line_breaks(nodes)
        lang = self.language_lines[line - 1][1] if line - 1 in self.language_lines else None
        # A paragraph printed wholly in italics (a headnote, typically) is italic as a whole.
        if len(nodes) == 1 and isinstance(nodes[0], Inline) and nodes[0].kind == "italic":
            return Paragraph(nodes[0].children, rend="italic", line=line, lang=lang)
        return Paragraph(nodes, line=line, lang=lang)


# A transcript laid out as a Markdown table: a header row naming a speaker column and a text column, and a time
# column or not ("| Speaker | Text |", "| Time | Speaker | Transcript |"), its rule ("|---|---|"), one row a turn.
_TABLE_ROW = lazy(r"^\s*\|(.*)\|\s*$")
_CELL_BORDER = lazy(r"(?<!\\)\|")  # "\|" is a pipe inside a cell
_TABLE_RULE = lazy(r"^\s*\|(?:\s*:?-{3,}:?\s*\|){2,3}\s*$")
_SPEAKER_COLUMN = frozenset("speaker name who sprecher sprecherin intervenant locuteur hablante locutor tier".split())
_TEXT_COLUMN = frozenset(
    "text transcript transcription speech words utterance content dialogue texte transkript texto annotation".split()
)
_TIME_COLUMN = frozenset("time timecode timestamp start zeit temps tiempo begin".split()) | {"begin time", "start time"}
# Columns of a segment's end or length beside its start, as ELAN's tab-delimited export prints them ("Tier / Begin
# Time / End Time / Duration / Annotation"): timing, not encoded.
_TIMING_COLUMN = frozenset({"end", "end time", "stop", "stop time", "duration", "length"})


def _speaker_table(lines: list[str]) -> tuple[dict[int, tuple[str, str]], str | None]:
    """Where a transcript is a table of turns, in Markdown or with tabs between the cells (a spreadsheet's export),
    each row's line rewritten as a plain label line ("[00:01:02] Sofia Marino: text") and as kept (its time cell
    blanked), and the header row and rule as empty lines; nothing if the table's header does not name a speaker
    column and a text column, or fewer than two rows follow it. One table, the first such. The second value says
    what is wrong with a row of such a table."""
    for index, line in enumerate(lines[:-2]):
        if "|" in line and _TABLE_RULE.match(lines[index + 1]) and _TABLE_ROW.match(line):
            kind, first_row = "Markdown table", index + 2
        elif "\t" in line and "|" not in line and line.count("\t") in (1, 2, 3, 4):
            kind, first_row = "table", index + 1
        elif index == 0 and "," in line and "\t" not in line and "|" not in line and line.count(",") <= 4:
            kind, first_row = "CSV table", index + 1  # a spreadsheet's export, its header first: "Speaker,Transcript"
        else:
            continue
        names = [text.strip("*_").casefold() for _, _, text in _table_cells(line, kind)]
        speaker = next((n for n, name in enumerate(names) if name in _SPEAKER_COLUMN), None)
        said = next((n for n, name in enumerate(names) if name in _TEXT_COLUMN), None)
        time = next((n for n, name in enumerate(names) if name in _TIME_COLUMN), None)
        timing = [n for n, name in enumerate(names) if name in _TIMING_COLUMN] if time is not None else []
        headerless = False
        if speaker is None or said is None or len(names) - (time is not None) - len(timing) != 2:
            if kind == "CSV table":
                continue  # a line of prose with a comma
            if kind != "table":
                return {}, None
            columns = _headerless_columns(line)
            if columns is None:
                continue  # a line with a tab in a headnote: the table, if any, is further down
            # no header row: "Anna Kowalczyk<TAB>00:00:04<TAB>text", a speaker, a time and a text cell on each row
            (speaker, time, said), first_row, headerless = columns, index, True
            names = ["time", "speaker", "text"] if time == 0 else ["speaker", "time", "text"]
        found = {at: ("", "") for at in range(index, first_row)}
        for at in range(first_row, len(lines)):
            if not lines[at].strip() if kind != "Markdown table" else not _TABLE_ROW.match(lines[at]):
                break
            if headerless and _headerless_columns(lines[at]) != (speaker, time, said):
                break  # the rows end where the shape does; what follows is read as it stands
            cells = _table_cells(lines[at], kind)
            if len(cells) != len(names) or not _NAME.fullmatch(cells[speaker][2]) or not cells[said][2]:
                return {}, (
                    f"line {at + 1}: a row of the {kind} of turns (header on line {index + 1}) without "
                    f"{len(names)} cells, a speaker's name in its {names[speaker]!r} cell and text in its "
                    f"{names[said]!r} cell; correct the row, or give the transcript as labelled lines (NAME: text)"
                )
            stamp_start, stamp_end, stamp = cells[time] if time is not None else (0, 0, "")
            timed = bool(stamp) and bool(_TIME_ONLY.match(stamp))
            if stamp and not timed:
                return {}, (
                    f"line {at + 1}: {stamp!r} in the {names[time]!r} column of the {kind} of turns is no "
                    "timecode (00:01:02, 1:02); correct the cell or leave it empty"
                )
            row = lines[at]
            for start, end in [(stamp_start, stamp_end)] + [cells[n][:2] for n in timing]:
                if not (start == end or _TIME_ONLY.match(row[start:end]) or row[start:end].replace(".", "").isdigit()):
                    return {}, (f"line {at + 1}: {row[start:end]!r} in a timing column of the {kind} of turns is no "
                                "time; correct the cell or leave it empty")
                row = row[:start] + " " * (end - start) + row[end:]
            kept, row = row, lines[at]
            said_text = cells[said][2].replace("\\|", "|") if kind == "Markdown table" else cells[said][2]  # "\|": a pipe
            found[at] = (f"{f'[{stamp}] ' if timed else ''}{cells[speaker][2]}: {said_text}", kept)
        if headerless:  # three rows at least: two lines with tabs are too few to call a table without its header
            return (found, None) if len(found) >= 3 else ({}, None)
        return (found, None) if len(found) - (first_row - index) >= 2 else ({}, None)
    return {}, None


def _headerless_columns(line: str) -> tuple[int, int, int] | None:
    """(speaker, time, text) column of a row of a table of turns without a header row, two tabs in it: a name, a
    timecode and text ("Anna Kowalczyk<TAB>00:00:04<TAB>So tell me"), or the timecode first; else None."""
    if line.count("\t") != 2:
        return None
    cells = [text for _, _, text in _table_cells(line, "table")]
    if not cells[2]:
        return None
    for speaker, time in ((0, 1), (1, 0)):
        if _TIME_ONLY.match(cells[time]) and _NAME.fullmatch(cells[speaker]):
            return speaker, time, 2
    return None


# CHILDES's CHAT: a header line ("@Begin", "@Participants:\tCHI Ross Target_Child, MOT Mary Mother"), an utterance
# ("*CHI:\ta doggie."), a dependent tier on the utterance above it ("%com:\tpoints at the picture").
_CHAT_HEADER = lazy(r"@(?P<key>[A-Z][A-Za-z0-9 ]*?)(?::\t(?P<value>.*?))?\s*")
_CHAT_UTTERANCE = lazy(r"\*(?P<code>[A-Z][A-Z0-9]{1,3}):\t(?P<said>.*)")
_CHAT_TIER = lazy(r"%[a-z]{3,4}:\t")
# The CHAT roles of who asks: the rest are participants.
_CHAT_ASKING = frozenset({"investigator", "interviewer"})


def _chat_lines(lines: list[str]) -> tuple[list[int], dict[int, tuple[str, str]], set[int]] | None:
    """The header lines, the utterances (code, text) and the dependent tiers of a CHAT transcript (its "@Begin" line
    and two utterances at least; a header only before the first utterance or as "@End"), by line index; else None."""
    headers, utterances, tiers = [], {}, set()
    for index, line in enumerate(lines):
        if (found := _CHAT_UTTERANCE.fullmatch(line)) is not None:
            utterances[index] = (found.group("code"), found.group("said"))
        elif _CHAT_TIER.match(line):
            tiers.add(index)
        elif _CHAT_HEADER.fullmatch(line) and (not utterances or line.strip() == "@End"):
            headers.append(index)
    begun = any(lines[index].strip() == "@Begin" for index in headers)
    return (headers, utterances, tiers) if begun and len(utterances) >= 2 else None


def _chat_header(lines: list[str]) -> tuple[dict[str, str], list[dict]]:
    """The fields of a CHAT header (its date and place; the other keys notes on the source, "@ID" lines one note) and
    the participants it lists ("CHI Ross Target_Child": Ross, who speaks as CHI; an investigator is the interviewer;
    a code and a role only, "CHI Target_Child", names nobody and is left to the labels)."""
    fields: dict[str, str] = {}
    people = []
    for line in lines:
        found = _CHAT_HEADER.fullmatch(line)
        key, value = found.group("key").casefold(), (found.group("value") or "").strip()
        if not value:
            continue  # "@Begin", "@UTF8", "@End"
        if key == "participants":
            for entry in value.split(","):
                words = entry.split()
                if len(words) >= 3:
                    role = "interviewer" if words[-1].casefold() in _CHAT_ASKING else "participant"
                    people.append({"name": " ".join(words[1:-1]).replace("_", " "), "role": role, "labels": [words[0]]})
            key = "chat participants"
        elif key == "location":
            key = "place"
        fields[key] = f"{fields[key]}; {value}" if key in fields else value
    return fields, people


# A newspaper's headline quoting the person interviewed: a name, a colon and a quotation, nothing else ("Umberto Eco:
# «Internet ha dato diritto di parola …»", "Orhan Pamuk: \"Romanlarımı …\"").
# (a short word in small letters among the name's, a particle or a calling: "Nhà văn Nguyễn Ngọc Tư: \"…\"", the writer)
_QUOTED_HEADLINE = lazy(
    rf"{UPPER}[\w'’.-]*(?:[ \t]+(?:{UPPER}[\w'’.-]*|[^\W\d_]{{1,4}}(?=[ \t]+{UPPER}))){{0,4}}:[ \t]+"
    r"(?:\"[^\"\n]+\"|“[^”\n]+”|«[^»\n]+»|„[^“\n]+“|‘[^’\n]+’)[ \t]*")


def _key_value_rows(text: str) -> list[str] | None:
    """A Markdown table of two columns under its header row and rule ("| Field | Value |" / "|---|---|" / "| Date |
    2021-09-14 |"), its rows as header lines ("Date: 2021-09-14"), else None (metadata_block judges the keys)."""
    lines = text.split("\n")
    if len(lines) < 3 or not _TABLE_RULE.match(lines[1]) or not all(_TABLE_ROW.match(line) for line in lines):
        return None
    rows = [[cell for _, _, cell in _table_cells(line, "Markdown table")] for line in lines[2:]]
    return [f"{key}: {value}" for key, value in rows] if all(len(row) == 2 and all(row) for row in rows) else None


def _csv_cells(line: str) -> list[tuple[int, int, str]]:
    """The cells of a line of comma-separated values, each as (start, end, text): a cell in quotation marks spans
    them (its text without them, "" in it a quotation mark), another is stripped."""
    cells, at = [], 0
    while at <= len(line):
        if line.startswith('"', at):
            end = at + 1
            while (found := line.find('"', end)) != -1 and line.startswith('""', found):
                end = found + 2
            end = len(line) if found == -1 else found + 1
            cells.append((at, end, line[at + 1:end - 1].replace('""', '"')))
            at = line.find(",", end) + 1 or len(line) + 1
        else:
            end = line.find(",", at)
            end = len(line) if end == -1 else end
            text = line[at:end]
            start = at + (text.find(text.strip()) if text.strip() else 0)
            cells.append((start, start + len(text.strip()), text.strip()))
            at = end + 1
    return cells


def _table_cells(line: str, kind: str) -> list[tuple[int, int, str]]:
    """The cells of a table row, each as (start, end, text stripped) in the line; a CSV cell's text without the
    quotation marks around it ("" inside it a quotation mark)."""
    if kind == "CSV table":
        return _csv_cells(line)
    if kind == "table":
        borders = [at for at, char in enumerate(line) if char == "\t"]
        starts, ends = [0] + [b + 1 for b in borders], borders + [len(line)]
    else:
        row = _TABLE_ROW.match(line)
        borders = [row.start(1) - 1] + [row.start(1) + m.start() for m in _CELL_BORDER.finditer(row.group(1))]
        borders.append(row.end(1))
        starts, ends = [b + 1 for b in borders[:-1]], borders[1:]
    cells = []
    for start, end in zip(starts, ends):
        text = line[start:end]
        stripped = text.strip()
        at = start + (text.find(stripped) if stripped else 0)
        cells.append((at, at + len(stripped), stripped))
    return cells


_QUESTION_LABELS = frozenset({"q", "question"})
# A paragraph that asks: it ends with a question mark (before closing quotes or brackets).
# A numbered question of its own paragraph: "2. What was your first race?" (see _numbered_questions).
_NUMBERED_QUESTION = lazy(r"(?P<number>\d{1,3})[.)][ \t]+\S")


def _numbered_question(block) -> int | None:
    """The number of a paragraph that is a numbered question ("2. What was your first race?"), else None."""
    if not isinstance(block, Paragraph):
        return None
    text = plain_text(block.content)
    found = _NUMBERED_QUESTION.match(text)
    return int(found.group("number")) if found and _ASKS.search(text) else None


_ASKS = lazy(r"[?？¿][\"'”’»)\]*_]*\s*$")


# A chat export's message stamp before the sender: WhatsApp's "[12/03/2021, 14:02:11] Anna Lee:" and "12/03/2021,
# 14:02 - Anna Lee:", Zoom's "14:02:11 From Anna Lee to Everyone:". Where the first lines hold one, the file's
# messages are read (_chat_messages); a file whose messages are not read so is refused with a word on the stamps.
_CHAT_STAMP = re.compile(
    r"^\s*(?:\[?\d{1,4}[./-]\d{1,2}[./-]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?\]?(?:\s+[-–])?"
    r"|\d{1,2}:\d{2}(?::\d{2})?\s+From)\s+[^:\n]{1,80}:"
)

# A radio script's cue line for a recorded insert: its source, the words it begins and ends with, its length
# ("INSERT: TAPE 3 CUT 2", "IN: \"We had nothing...\"", "OUT: \"...each other.\"", "DUR: 0'14\"").
_RADIO_CUE = lazy(r"[ \t]*(?P<key>INSERT|CUE|IN|OUT|DUR|DURATION|IN ?CUE|OUT ?CUE|OUTCUE|INCUE|CUT|TAPE)[ \t]*:[ \t]+\S.*")


def _radio_cues(lines: list[str]) -> frozenset[int]:
    """The lines (by index) of a radio script's cues for its inserts: a block of two such lines or more, among them
    the words the insert ends with (OUT) or its length (DUR), each key in capitals as scripts print them."""
    cues: set[int] = set()
    block: list[int] = []
    for index, line in enumerate([*lines, ""]):
        if line.strip():
            block.append(index)
            continue
        keys = [found.group("key") for i in block if (found := _RADIO_CUE.fullmatch(lines[i]))]
        if len(keys) == len(block) >= 2 and {"OUT", "DUR", "DURATION", "OUTCUE", "OUT CUE"} & set(keys):
            cues.update(block)
        block = []
    return frozenset(cues)


# A chat export's message: its stamp, the sender and the text ("12/03/2020, 19:45 - Lucía Gómez: text", "[12/03/2021,
# 14:02:11] Anna Lee: text", "[2021-05-11 14:02] nadia.r: text").
_CHAT_MESSAGE = lazy(
    r"\s*(?P<printed>\[?\d{1,4}[./-]\d{1,2}[./-]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?\]?"
    r"(?:\s+[-–])?\s+(?P<sender>[^\s:<>\[\]][^:\n<>\[\]]{0,59}?)):[ \t]+(?P<rest>\S.*)")


_HANDLE = lazy(r"[^\W\d_][\w.|^-]{0,29}")


def _chat_messages(lines: list[str]) -> dict[int, tuple[str, str, str]]:
    """A chat export's messages (by index): each the stamp and sender as printed, the sender, the text; where three
    lines or more are such messages, from two senders at least, each sending two or more."""
    found = {index: match for index, line in enumerate(lines) if (match := _CHAT_MESSAGE.fullmatch(line))}
    senders = Counter(match.group("sender").strip() for match in found.values())
    if len(found) < 3 or len(senders) < 2 or min(senders.values()) < 2:
        return {}
    return {index: (match.group("printed").strip(), match.group("sender").strip(), match.group("rest"))
            for index, match in found.items()}


# A cue's timing in YouTube's SBV captions, alone on its line: "0:00:04.160,0:00:06.480" (its start, a comma, its end).
_SBV_TIMING_ANYWHERE = re.compile(r"^\s*\d{1,2}:\d{2}:\d{2}\.\d{3},", re.M)
_SBV_TIMING = lazy(r"\s*(?P<start>\d{1,2}:\d{2}:\d{2}\.\d{3}),\d{1,2}:\d{2}:\d{2}\.\d{3}\s*")
# A time range alone on its line, as meeting software exports transcripts ("0:0:4.120 --> 0:0:9.800", Microsoft
# Teams; "00:00:04.120 --> 00:00:09.800"): hours, minutes and seconds of one or two digits.
# A line of an HTML page: it opens with a tag of the page's text ("<p>", "<b>", "<div class=…>").
_HTML_LINE = lazy(r"\s*<(?i:p|div|b|strong|span|br|li|td|h[1-6])\b[^<>]*>")
_TIME_RANGE_LINE = lazy(
    r"^\s*(?P<h>\d{1,2}):(?P<m>\d{1,2}):(?P<s>\d{1,2})(?P<f>[.,]\d{1,3})?\s*-->\s*\d{1,2}:\d{1,2}:\d{1,2}(?:[.,]\d{1,3})?\s*$"
)
_NAME_ALONE = lazy(rf"\s*(?:{PLAIN_LABEL}|{INVERTED_NAME})\s*")


def _timed_name_lines(lines: list[str]) -> dict[int, tuple[str, str]]:
    """Where most time ranges alone on a line stand above a name alone on its line and the turn's text
    ("0:0:4.120 --> 0:0:9.800" / "Osei, Kwame" / "Morning."), the index of each such range line, the name and the
    range's start as a timecode; nothing where fewer than two do."""
    found: dict[int, tuple[str, str]] = {}
    ranges = 0
    for index, line in enumerate(lines):
        if "-->" not in line or not (timing := _TIME_RANGE_LINE.match(line)):
            continue
        ranges += 1
        name = lines[index + 1] if index + 1 < len(lines) else ""
        text = lines[index + 2] if index + 2 < len(lines) else ""
        if _NAME_ALONE.fullmatch(name) and text.strip() and not _TIME_RANGE_LINE.match(text):
            h, m, s, f = timing.group("h", "m", "s", "f")
            found[index] = (name.strip(), f"{int(h):02d}:{int(m):02d}:{int(s):02d}{(f or '').replace(',', '.')}")
    return found if len(found) >= 2 and len(found) >= 0.9 * ranges else {}


# A line of a two-column layout: a label of up to four words at the line's start, three spaces or more, the text
# ("Interviewer        When did you open the shop?").
# (not a record's "Q.   State your name.": each word of the label ends in a letter or digit)
_COLUMN_LINE = lazy(
    # (a time in a column before the label's, as a police interview record prints its tape counter: "01.10   OKAFOR   …")
    r"(?:(?P<time>\d{1,2}[.:]\d{2}(?:[.:]\d{2})?)[ \t]{2,})?(?P<label>[^\W\d_](?:[^\s:]*\w)?(?: [^\s:]*\w){0,3})   +(?P<text>\S)")


_TIME_COLUMN_START = lazy(r"\d{1,2}[.:]\d{2}(?:[.:]\d{2})?")


def _two_columns(lines: list[str]) -> dict[int, str]:
    """A transcript laid out in two columns, as a word processor's table pasted as text prints it: each turn's label
    at the line's start, its text from one column on, the text's further lines indented to that column. The index of
    each such line → the line as a labelled one ("Interviewer: When …", a further line without its indent); nothing
    where fewer than four lines have the shape, where the text does not start at one column in nine of ten of them,
    where two labels or more do not recur, or where a line between the first and the last turn is neither a turn's
    nor a further line's."""
    rows = [(index, found) for index, line in enumerate(lines)
            if line[:1].isalnum() and "   " in line and (found := _COLUMN_LINE.match(line))]
    timed = [(index, found) for index, found in rows if found.group("time")]
    # (a time before the labels of most rows, or before none: the lines of a header above are no rows)
    rows = timed if len(timed) >= max(4, len(rows) - len(timed)) else [row for row in rows if not row[1].group("time")]
    if len(rows) < 4:
        return {}
    columns: dict[int, int] = {}
    for _, found in rows:
        columns[found.start("text")] = columns.get(found.start("text"), 0) + 1
    column = max(columns, key=columns.get)
    if columns[column] < 4 or columns[column] < 0.9 * len(rows):
        return {}
    rows = [(index, found) for index, found in rows if found.start("text") == column]
    labels: dict[str, int] = {}
    for _, found in rows:
        labels[found.group("label")] = labels.get(found.group("label"), 0) + 1
    if sum(1 for n in labels.values() if n >= 2) < 2:
        return {}
    out = {index: (f"[{found.group('time').replace('.', ':')}] " if found.group("time") else "")
               + f"{found.group('label')}: {lines[index][column:]}" for index, found in rows}
    for index in range(rows[0][0] + 1, rows[-1][0]):
        line = lines[index]
        if index in out or not line.strip():
            continue
        if line[:column].strip() or line[column:column + 1].isspace():
            return {}  # a line that is neither a turn's nor one of its further lines: no two-column layout
        out[index] = line[column:]
    return out


# A line of a two-column layout whose label column a tab ends ("INT<TAB>When did you start?"), no colon in the label.
_TAB_COLUMN_LINE = lazy(r"(?P<label>[^\W\d_](?:[^\s:]*\w)?(?: [^\s:]*\w){0,3})\t+(?P<text>[^\t\s][^\t]*)")


def _tab_columns(lines: list[str]) -> dict[int, str]:
    """A transcript in two columns whose label a tab ends, each line one cell of a table pasted as text: the index of
    each such line → the line as a labelled one; nothing where fewer than four lines have the shape, where two labels
    or more do not recur, or where a line between the first and the last turn is neither a turn's nor a further
    line's (indented by a tab). A row of three cells is a table of turns' (_turn_table), no such line."""
    rows = [(index, found) for index, line in enumerate(lines) if (found := _TAB_COLUMN_LINE.fullmatch(line))]
    labels = Counter(found.group("label") for _, found in rows)
    if len(rows) < 4 or sum(1 for n in labels.values() if n >= 2) < 2:
        return {}
    out = {index: f"{found.group('label')}: {found.group('text')}" for index, found in rows}
    for index in range(rows[0][0] + 1, rows[-1][0]):
        line = lines[index]
        if index in out or not line.strip():
            continue
        if not line.startswith("\t"):
            return {}
        out[index] = line.strip()
    return out


# A turn's line as a transcription service exports it (Trint): a name of up to four words, its turn's time in square
# brackets, the text, no colon between them ("Speaker 1 [00:00:02] So tell me …").
_TIMED_LABEL_LINE = lazy(
    r"(?P<label>[^\W\d_][\w.'’-]*(?: [\w.'’-]+){0,3}) \[(?P<time>\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)\][ \t]+(?P<text>\S.*)")


def _timed_labels(lines: list[str]) -> dict[int, str]:
    """The index of each line that opens a turn as "Name [00:00:02] text" → the line as "[00:00:02] Name: text" (the
    time before a label, as read elsewhere); nothing where fewer than three lines have the shape or two labels or more
    do not recur (a sentence that cites a time in brackets is no turn)."""
    rows = {index: found for index, line in enumerate(lines) if (found := _TIMED_LABEL_LINE.fullmatch(line))}
    labels = Counter(found.group("label") for found in rows.values())
    if len(rows) < 3 or sum(1 for n in labels.values() if n >= 2) < 2:
        return {}
    return {index: f"[{found.group('time')}] {found.group('label')}: {found.group('text')}" for index, found in rows.items()}


#: A speaker label after a line's number ("1<TAB>Interviewer: …", "2  B1: …").
_LABEL_AFTER_NUMBER = lazy(r"[^\W\d_][\w .'’-]{0,30}:\s")


# A label wrapped over two lines as typescripts wrap a long name: "MARGARET" alone on a line (a paragraph's first),
# "O'SULLIVAN: I started …" on the next; one or two words in capitals each.
_CAPS_LABEL_WORD = rf"{UPPER}(?:{UPPER}|['’.-])+"
_WRAPPED_START = re.compile(rf"[ \t]*({_CAPS_LABEL_WORD}(?:[ \t]+{_CAPS_LABEL_WORD})?)[ \t]*")
_WRAPPED_REST = lazy(rf"[ \t]*({_CAPS_LABEL_WORD}(?:[ \t]+{_CAPS_LABEL_WORD})?):[ \t]*\S")


def _wrapped_labels(lines: list[str]) -> dict[int, str]:
    """The index of each line that holds the first words of a speaker label wrapped over two lines → those words.

    Such a pair is a label only where the same pair recurs (twice or more): a title in capitals above a turn
    ("THE LAST FERRY" / "HUGHES: …") is printed once."""
    found: dict[tuple[str, str], list[int]] = {}
    previous = ""
    for index, line in enumerate(lines[:-1]):
        if not previous.strip() and line and len(line) < 40 and ":" not in line:
            start = _WRAPPED_START.fullmatch(line)
            rest = start and _WRAPPED_REST.match(lines[index + 1])
            if rest:
                found.setdefault((" ".join(start.group(1).split()), rest.group(1)), []).append(index)
        previous = line
    return {index: pair[0] for pair, indices in found.items() if len(indices) >= 2 for index in indices}


# A page's number alone on its line, as a typescript prints it at the top of each page: the cheap test before
# _page_heads looks line by line.
# (a line break first, which the search finds fast, or the file's first line)
_NUMBER_ALONE = re.compile(r"(?:\n|\A)[ \t]*\d{1,4}[ \t]*(?:\n|\Z)")
_NUMBER_ALONE_AFTER_A_BREAK = re.compile(r"\n[ \t]*\d{1,4}[ \t]*(?:\n|\Z)")
# A page's number of the pages' count, as a transcription service's export heads each page ("… Page 1 of 2").
_PAGE_OF = lazy(r"Page \d{1,4} of \d{1,4}")


def _page_heads(lines: list[str], numbered: dict[int, int]) -> set[int]:
    """The lines of a running head under a page's number: where the file's lines are numbered, one set apart by a
    run of spaces, never numbered itself ("J4KLSMIT      Santos - direct"); else one printed alike under two page
    numbers or more (a typescript's "ORAL HISTORY RESEARCH OFFICE — COLUMBIA UNIVERSITY"), and so the lines under it,
    up to three (a transcription service's "Transcript by Rev.com" / "This transcript was exported on …")."""
    under = [index for index in range(1, len(lines)) if lines[index].strip() and index not in numbered
             and _page_line(lines[index - 1]) and not _page_line(lines[index])]
    if numbered:
        return {index for index in under if "   " in lines[index].strip()}
    printed = Counter(lines[index].strip() for index in under)
    heads = {index for index in under if printed[lines[index].strip()] >= 2}
    for _ in range(2 if heads else 0):  # the lines just under it, alike under two pages or more, no label's colon
        below = [index + 1 for index in heads if index + 1 < len(lines) and index + 1 not in heads
                 and (line := lines[index + 1].strip()) and not line.endswith(":") and ": " not in line]
        printed = Counter(lines[index].strip() for index in below)
        heads |= {index for index in below if printed[lines[index].strip()] >= 2}
    return heads


def _line_numbers(lines: list[str], running: frozenset[str] = frozenset()) -> dict[int, int]:
    """Where a transcript numbers the lines of each page (1, 2, … 25, then 1 again) or of the whole file (1, 2, …
    480), the index of each numbered line and where its number ends; nothing unless nearly every line is numbered
    so, in order. The page's furniture counts no line: its number, a running footer (``running``) and the running
    head under the number ("J4KLSMIT      Santos - direct", as a court reporter heads each page)."""
    found: dict[int, int] = {}
    previous, in_order, text_lines, title_lines = 0, 0, 0, 0
    page_head = False  # the line under a page number
    for index, line in enumerate(lines):
        if not line.strip() or _PAGE_LINE.match(line) or "   " in line and _page_line(line):
            page_head = bool(line.strip())
            continue
        if (running or page_head) and (line.strip() in running or page_head and "   " in line.strip()
                                       and not _LINE_NUMBER.match(line)):
            page_head = False
            continue
        page_head = False
        number = _LINE_NUMBER.match(line)
        if not number and found and (tight := _NEXT_LINE_NUMBER.match(line)) and int(tight.group(1)) == previous + 1:
            number = tight  # one space after the next number in order: a line the column left short (" 2 2019?")
        if not number and not found and title_lines < 3:
            title_lines += 1  # a title block above the numbered lines ("MAXQDA export", a file name): not counted
            continue
        text_lines += 1
        if number:
            found[index] = number.end()
            in_order += int(number.group(1)) in (previous + 1, 1)
            previous = int(number.group(1))
    if len(found) < 5 or len(found) < 0.9 * text_lines or in_order < 0.9 * len(found):
        return {}
    if title_lines and sum(1 for index, end in found.items() if _LABEL_AFTER_NUMBER.match(lines[index], end)) < 2:
        return {}  # under a title, the numbered lines are a transcript's only where they hold its labels (not a list)
    return found


# A number at the right margin, after a run of spaces or a tab (as a typescript's OCR sets the column apart): a line's
# number there (see _right_line_numbers); and such a number at the end of a line, looked for first (_has_right_number).
_RIGHT_NUMBER = lazy(r"(?:(?<=\S)(?:[ \t]{2,}|\t)|^[ \t]*)(\d{1,4})[ \t]*$")
_RIGHT_NUMBER_AT_END = lazy(r"\S(?:[ \t]{2,}|\t)\d{1,4}[ \t]*$")
_LINE_END_DIGIT = lazy(r"\d[ \t]*$", re.M)


def _has_right_number(text: str) -> bool:
    """Whether a line of ``text`` ends in a number set apart at the right margin: the cheap look before
    _right_line_numbers, which most transcripts do not need. Only the lines ending in a digit are read (digits are
    few in a transcript, and the search skips to them at C speed); one pattern over the whole text, opening with
    ``\\S``, was tried at nearly every character: 0.17 ms for a transcript of the seed's size, now 0.03."""
    for end in _LINE_END_DIGIT.finditer(text):
        if _RIGHT_NUMBER_AT_END.search(text, text.rfind("\n", 0, end.start()) + 1, end.end()):
            return True
    return False


def _right_line_numbers(lines: list[str], running: frozenset[str] = frozenset()) -> dict[int, int]:
    """Where a transcript numbers each line of its pages at the right margin ("Q.  Did anyone call you?        3"),
    the index of each numbered line and where the spaces before its number start; nothing unless nearly every line
    is numbered so, in order (1, 2, … 25, then 1 again; a line left blank but numbered too). A page's number and a
    running footer count no line, as for numbers at the left margin (_line_numbers), nor do the lines above the first
    numbered one (a court's caption, a title block, of any length: the numbers in order, line after line, are no
    words of a title)."""
    found: dict[int, int] = {}
    previous, in_order, text_lines = 0, 0, 0
    for index, line in enumerate(lines):
        if not line.strip() or line.strip() in running:
            continue
        number = _RIGHT_NUMBER.search(line)
        if number and number.start() == 0 and (not found or int(number.group(1)) != previous + 1):
            number = None  # a number alone is a line's only as the next in order after others (else a page's)
        if not number and (_PAGE_LINE.match(line) or "   " in line and _page_line(line)):
            continue
        if not number and not found:
            continue
        text_lines += 1
        if number:
            # (the first in order too: an excerpt's page may begin at its fourteenth line)
            in_order += int(number.group(1)) in (previous + 1, 1) or not found
            found[index] = number.start()
            previous = int(number.group(1))
    if len(found) < 5 or len(found) < 0.9 * text_lines or in_order < 0.9 * len(found):
        return _every_fifth_line(lines, found)
    if sum(1 for index, start in found.items() if start) < 0.5 * len(found):
        return {}  # (a column of numbers alone, each on its line, is a list or a table's, not a margin's)
    return found


def _every_fifth_line(lines: list[str], found: dict[int, int]) -> dict[int, int]:
    """Where a typescript or a printed edition numbers every fifth line at the right margin (5, 10, 15, … each page
    or the whole text), the index of each numbered line and where the spaces before its number start (``found``:
    the lines with a number at the right); nothing unless three or more are numbered so, every one of them a
    multiple of five after the one before (or 5 again, a new page), with four lines of text between each."""
    numbered = sorted((index, int(_RIGHT_NUMBER.search(lines[index]).group(1))) for index, start in found.items() if start)
    if len(numbered) < 3 or any(number % 5 for _, number in numbered):
        return {}
    for (before, low), (after, high) in zip(numbered, numbered[1:]):
        between = sum(1 for line in lines[before + 1 : after] if line.strip() and not _page_line(line))
        if high not in (low + 5, 5) or high == low + 5 and between != 4:
            return {}
    return {index: found[index] for index, _ in numbered}


def _speaker_headings(blocks: list[RawBlock], headings: dict[int, re.Match | None]) -> set[str]:
    """Markdown headings that name the speaker of the block after them ("### Hannah Osei"): names that head
    two blocks or more, where two names or more do so. Any other heading heads a section. ``headings`` holds
    each block's heading match by the block's id."""
    counts: dict[str, int] = {}
    for block in blocks:
        heading = headings[id(block)]
        if heading and _NAME.fullmatch(heading.group("text")):
            counts[heading.group("text")] = counts.get(heading.group("text"), 0) + 1
    names = {name for name, n in counts.items() if n >= 2 and label_key(name).split()[0] not in NOT_SPEAKERS}
    return names if len(names) >= 2 else set()


# What any label convention's line starts with (a superset, to spare trying every convention on a headnote's long
# paragraphs): a short line, a colon or a full stop early on, a dash between label and text, bold, a bracket.
_MAYBE_LABEL = lazy(r".{0,60}$|[^:\n]{0,160}:|[^.\n]{0,60}\.\s|.{0,60}?\s[-–—]\s|\*\*|\[|[*_][^*_:\n]{1,60}:")


def _with_surnames(names: list[str]) -> list[str]:
    """Names and the first and last word of each: "Okoro" for a label "OKORO:" under "Interviewers: Tom Okoro, …",
    "Karen" for "KAREN:" under "Also present: Karen Doyle"."""
    known: list[str] = []
    for name in names:
        known.append(name)
        if words := name.split():
            known.append(words[-1])
            if len(words) > 1 and words[0][-1:] != ".":
                known.append(words[0])
    return known


def _title_people(blocks: list[RawBlock]) -> list[str]:
    """The people the first line of one of the file's first three blocks names as interviewed (speakers.title_people:
    "Kwame, Ama and Kofi Mensah talk about …", "Entretien avec Jeanne et Paul Martin"): a title is a line, and the
    capitalised words of the next ("Interviewers: …") are no part of its names."""
    from ..speakers import title_people  # here: speakers imports this package (labels)

    return [name for block in blocks[:3] for name in title_people(block.text.split("\n", 1)[0].strip())]


def _headnote_texts(blocks: list[RawBlock], headings: dict, metadata_blocks: dict) -> list[str]:
    """The paragraphs at the top of a file that say who spoke with whom: those before the first block that opens
    with a line any label convention matches (at most the first eight), holding an interview verb."""
    opening = blocks[:8]
    verbs = [i for i, block in enumerate(opening) if "spoke" in block.text or "talked" in block.text or "interviewed" in block.text]
    texts = []
    for block in opening[: verbs[-1] + 1] if verbs else ():  # none of them names anyone: no label needs looking for
        first = block.text.split("\n", 1)[0].strip()
        if headings[id(block)] or metadata_blocks[id(block)]:
            continue
        if _MAYBE_LABEL.match(first) and any(style.match(first) for style in STYLES.values()):
            break
        text = unwrap(block.text)
        if "spoke" in text or "talked" in text or "interviewed" in text:
            texts.append(text)
    return texts


# A paragraph of the headnote that lists who takes part, as a committee's record prints it: "Members present: Huw
# Merriman (Chair); Ruth Cadbury; Lilian Greenwood.", "Witnesses: Anthony Bell, Managing Director, Northern Buses".
_LISTED = re.compile(
    r"\s*(?i:members\s+present|present|in\s+attendance|witness(?:es)?|panel(?:lists|ists)?)\s*:\s*(?P<names>\S.*)", re.S
)


def _listed_people(blocks: list[RawBlock], headings: dict) -> list[str]:
    """The names that the opening paragraphs list after "Members present:", "Witnesses:" and the like: a label
    printed once that is one of them speaks ("Ruth Cadbury: Which ones?")."""
    found: list[str] = []
    for block in blocks:
        if headings[id(block)] or not (listed := _LISTED.match(unwrap(block.text))):
            continue
        found += [name.rstrip(".") for name in person_names(listed.group("names").rstrip("."))]
    return found


def _endnotes_follow(blocks: list[RawBlock], index: int, detection: Detection, headings: dict) -> bool:
    """Whether what follows a notes heading ("NOTES") to the end of the file is endnotes: the first line opens with a
    note's mark ("1.", "[1]", "¹"), and no block after it is a heading or opens with a speaker label."""
    own = [line for line in blocks[index].text.split("\n")[1:] if line.strip()]
    later = blocks[index + 1 :]
    lines = own
    if later and headings[id(later[0])] is None:
        lines = lines or [later[0].text.split("\n", 1)[0]]
    if not lines or not _NOTE_MARK.match(lines[0]):
        return False
    # two notes or more, or the text before refers to one: "1. Budget approved." alone may be a list in an answer
    marked = sum(1 for line in [*own, *(line for block in later for line in block.text.split("\n"))] if _NOTE_MARK.match(line))
    if marked < 2 and not any(
        _NOTE_REFERENCE.search(block.text) for block in blocks[:index]
    ):
        return False
    return not any(
        headings[id(block)] is not None or detection.match(_label_part(block.text.split("\n", 1)[0])[2].strip())
        for block in later
    )


# A note opened by a printer's symbol or a superscript number ("* Fort Huachuca, Arizona …", "† Seventh Army …",
# "¹ Hodgkin …"), and the mark printed in the text after a word or its punctuation ("Huachuca,*", "Army.†").
# Markdown's footnotes too: "[^1]: Her father ran …" after the turns, "drivers.[^1]" in them.
_SYMBOL_NOTE = re.compile(
    rf"\s*(?:(?P<mark>[*†‡§]|[{SUPERSCRIPT_DIGITS}]{{1,3}})|(?P<footnote>\[\^\d{{1,3}}\]):)[ \t]+\S")
_SYMBOL_REFERENCE = lazy(
    rf"(?<=[^\s*])(?:[*†‡§](?![*\w])|[{SUPERSCRIPT_DIGITS}]{{1,3}})|\[\^\d{{1,3}}\](?!:)")


def _question_heading(heading: re.Match) -> bool:
    """Whether a Markdown heading below the title is a question ("## Why did you start?")."""
    return len(heading.group("hashes")) >= 2 and heading.group("text").rstrip()[-1:] in "?？"


def _headless_notes(blocks: list[RawBlock], index: int, detection: Detection, headings: dict) -> bool:
    """Whether the blocks from ``index`` to the end are notes printed without a heading after the last turn: each
    opens with a symbol's or a superscript's mark ("* …", "† …", "¹ …"; a line that opens with none goes on with the
    note before), the marks are distinct, and each is printed once in the text before, after a word ("Huachuca,*");
    no block is a heading or opens with a speaker label. A bullet list ("* candles") whose stars the text does not
    print after a word is no notes."""
    if len(blocks) - index > 12 or not _SYMBOL_NOTE.match(blocks[index].text):
        return False
    later = blocks[index:]
    marks = []
    for block in later:
        lines = block.text.split("\n")
        if headings[id(block)] is not None or detection.match(_label_part(lines[0])[2].strip()):
            return False
        for line in lines:
            if found := _SYMBOL_NOTE.match(line):
                marks.append(found.group("mark") or found.group("footnote"))
            elif line is lines[0]:
                return False
    if not marks or len(set(marks)) != len(marks):
        return False
    printed = [hit.group() for block in blocks[:index] for hit in _SYMBOL_REFERENCE.finditer(block.text)]
    return all(printed.count(mark) == 1 for mark in marks)


def _lines_kept(lines: list[str], width: int) -> bool:
    """Whether the lines of a paragraph are printed as lines, not wrapped: three or more (a letter read out, "Dear
    Dot," / "It is colder here …" / "Your loving brother," / "Frank"; a poem), none running to the width of the
    file's longest line (72 characters at least), and after each the next line's first word would have fitted on it
    (so no wrapping broke it there), well within that width or, after a sentence or a clause ended, and a capital
    opening the next, within it; and most of the lines but the last end a sentence or a clause (a comma, a full stop
    …). Hard-wrapped prose
    fills its lines to the width it wraps at, and breaks them anywhere in a sentence."""
    if len(lines) < 3:
        return False
    width = max(width, 72)  # (a file of short lines only wraps at no narrower width than a typewriter's)
    room, ended = 0.8 * width, 0
    for a, b in zip(lines, lines[1:]):
        a, b = a.strip(), b.split()
        closed = a[-1:] in ".,;:!?"
        ended += closed
        if b and len(a) + 1 + len(b[0]) > (width if closed and b[0][:1].isupper() else room):
            return False
    return 2 * ended > len(lines) - 1


def _line_breaks(nodes: list) -> list:
    """The lines of a paragraph whose breaks are kept: a space and an lb where each next line begins."""
    out = []
    for node in nodes:
        if isinstance(node, str):
            for index, part in enumerate(node.split("\n")):
                if index:
                    out[-1:] = [out[-1] + " "] if out and isinstance(out[-1], str) else out[-1:] + [" "]
                    out.append(Inline("lb"))
                if part:
                    out.append(part)
        else:
            if node.children:
                node.children = _line_breaks(node.children)
            out.append(node)
    return out


# The marker of a comment as a Google Docs export prints it, a letter or two in brackets and the comment's text at once.
_COMMENT_MARK = lazy(r"\[[a-z]{1,2}\](?=\w)")
_COMMENT_MARK_LETTER = lazy(r"(?:^|\s)\[([a-z]{1,2})\](?=\w)")


def without_comment_marks(text: str, marks: list[str]) -> str:
    """``text`` without the comment markers of ``marks`` printed right after a word or its punctuation ("Priya
    Raman[a]": "Priya Raman"); a bracket after a space ("see [a] below") is left alone."""
    if not marks or "[" not in text:
        return text
    return re.sub(rf"(?<=[\w.,;:!?)”\"'’])\[(?:{'|'.join(map(re.escape, marks))})\]", "", text)


# A letter's or an e-mail's sign-off, a paragraph of its own after the last answer: the valediction, a comma, and the
# writer's name, on one line or two ("Best, Helen", "Regards,\nHelen Ward", "Kind regards, Dr Helen Ward"). Not a
# "Thanks, Tom": said at the end of a spoken interview too.
_SIGN_OFF = lazy(
    rf"(?:Best(?:\s+wishes|\s+regards)?|(?:Kind|Warm|Warmest|Many|With\s+best|Best)\s+regards|Regards|Warmly|Sincerely"
    rf"|Yours(?:\s+(?:sincerely|truly|faithfully|ever))?|All\s+the\s+best|Cordially|Cordialement|Saludos|Un\s+saludo"
    rf"|Liebe\s+Grüße|Viele\s+Grüße|Mit\s+freundlichen\s+Grüßen|Cordiali\s+saluti)\s*,?\s+"
    rf"(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?{UPPER}[\w'’-]*(?:\s+{UPPER}[\w'’.-]*){{0,2}}\.?")


def _sign_off(block: Block) -> bool:
    """Whether the last paragraph of an answer is a letter's sign-off (see _SIGN_OFF), on one line or two."""
    if not isinstance(block, Paragraph) or not all(
            isinstance(node, str) or node.kind == "lb" for node in block.content):
        return False
    return _valediction(plain_text(block.content).strip())


def _signed_on_two_lines(lines: list[str]) -> bool:
    """Whether a paragraph's two lines are a letter's sign-off, the valediction and its comma over the name."""
    return len(lines) == 2 and lines[0].rstrip().endswith(",") and _valediction(" ".join(" ".join(lines).split()))


def _valediction(text: str) -> bool:
    """Whether a text, stripped, is wholly a letter's valediction and name (_SIGN_OFF), the cheap tests first."""
    return text[:1] in _SIGN_OFF_FIRST and len(text) <= 80 and _SIGN_OFF.fullmatch(text) is not None


_SIGN_OFF_FIRST = frozenset("BKWMRSYACLVU")  # the first letters of _SIGN_OFF's valedictions


def _editorial(block: Block) -> bool:
    """Whether a paragraph is an editor's statement about the text or a credit (see _EDITORIAL_WORD, _EDITED_TEXT,
    _CREDIT)."""
    if not isinstance(block, Paragraph):
        return False
    raw = plain_text(block.content).strip()
    if raw.startswith("[") and _COMMENT_MARK.match(raw) and len(_COMMENT_MARK.findall(raw)) >= 2:
        return True  # a Google Docs export's comments, each after its marker: "[a]Name confirmed … [b]Check …"
    text = _OPENING_MARKS.sub("", raw)  # "[This transcript …", but "(c) 2003"
    if "=" in text or "\t" in text:
        from ..speakers import key_entries  # here: speakers imports this package

        if key_entries(_LEADING_RULE.sub("", text)):
            return True  # a key of the labels after the last turn ("Speakers: AS = Anne Solberg (interviewer) …")
    if _SERVICE_ADVERT_WORD.search(text) and _service_advert(text):
        return True  # "Automatically convert your audio files to text with Sonix. …", a service's footer
    if text[:1] in "Tt" and _EXPORT_NOTE.match(text):
        return True  # "This transcript was exported on Apr 12, 2023 - view latest version here.", Rev's
    if _EDITORS_NOTE.match(text):
        return True  # "Translator's note: The interview was conducted in Dari …"
    if ":" in text and _PUBLICATION_FIELDS.fullmatch(text):
        return True  # the publication's record of the piece: "Word count: 1,214" / "Filed: 3 June 2016"
    if _EDITED_TEXT.match(text):
        # its first sentence says so, not someone speaking ("The conversation was edited out of the film, and I …")
        return not _SPOKEN.search(_FIRST_SENTENCE.match(text).group())
    if block.rend == "italic" and len(text.split()) <= 80 and _EDITORIAL_WORD.search(text):
        # "*Translated from the Spanish by Ana Ruiz.*"; "*I recorded it in one take.*", "*We …*" are the speaker's
        return not _SPOKEN.search(text)
    # a credit and nothing else: short (its first sentence, and the whole), its words not going on into a sentence of
    # its own ("Produced by the BBC in 1979, the series ran for ten years …" is the last speaker's)
    # (a copyright notice's later sentences are a publisher's boilerplate, "Visit our website …": only its first
    # sentence must not be someone speaking)
    first = _FIRST_SENTENCE.match(text).group()
    return (
        bool(_CREDIT.match(text)) and len(first.split()) <= 15
        and len(text.split()) <= 40 and not _CLAUSE_AFTER_COMMA.search(text)
        and not _SPOKEN.search(first if _COPYRIGHT.match(text) else text)
    )


# The advertising a transcription service appends to its export, after the last turn ("Automatically convert your
# audio files to text with Sonix. Sonix is the best online, automated transcription service."): a paragraph naming the
# service and what it does (transcribing, audio or video to text) with no one speaking in it, the reader addressed
# as "you" as an advertisement does. A speaker's own last words naming a service ("We had Otter transcribe it") are
# speech. (The cheap look first: the service's name.)
_SERVICES = r"(?:sonix(?:\.ai)?|otter\.ai|rev\.com|temi\.com|trint|descript|happy ?scribe|scribie|transcribeme|notta)"
_SERVICE_ADVERT_WORD = re.compile(rf"(?i:{_SERVICES})")
_WHAT_IT_DOES = r"(?:transcri\w*|speech[- ]to[- ]text|(?:audio|video|mp3|mp4|wav|media)\s+files?|to\s+text)"
_SERVICE_ADVERT = lazy(rf"(?i)\b{_SERVICES}\b.*\b{_WHAT_IT_DOES}\b|\b{_WHAT_IT_DOES}\b.*\b{_SERVICES}\b", re.S)
# The note a transcription service prints with its export, saying when or how the file was made: "This transcript was
# exported on Apr 12, 2023 - view latest version here." (Rev's), "This transcript was generated by …".
_EXPORT_NOTE = lazy(r"(?i:this\s+transcript\s+was\s+(?:exported|generated|created|produced)\s+(?:on|by|with|using|at|from)\b)")
_FIRST_PERSON = lazy(r"\bI\b(?!\.)|\b(?i:I'm|I've|I'd|me|my|we|we're|we've|our|us)\b")


def _service_advert(text: str) -> bool:
    """Whether a paragraph is a transcription service's advertising (see _SERVICE_ADVERT)."""
    return len(text.split()) <= 80 and bool(_SERVICE_ADVERT.search(text)) and not _FIRST_PERSON.search(text)


_COPYRIGHT = lazy(r"(?i:copyright|©|\(c\))\s*(?:©\s*)?\d{4}\b")
# A note of the editors, translator, transcriber or interviewer on the text, after the last turn ("Interviewer's
# field notes: …", as an oral history's typescript ends).
_EDITORS_NOTE = re.compile(
    r"(?i:(?:editor|editors|translator|translators|transcriber|transcribers|interviewer|interviewers)['’]?s?['’]?"
    r"\s+(?:field\s+)?notes?|n\.\s?d\.\s?[rt]\.|note\s+d[eu]\s+"
    r"(?:la\s+)?(?:rédaction|traducteur|traductrice)|nota\s+del?\s+(?:la\s+)?(?:redacción|traductor|traductora|editor)"
    r"|anmerkung\s+de[rs]\s+(?:redaktion|übersetzerin|übersetzers))\s*[:.]\s+\S"
)
# A paragraph of nothing but the fields a publication files a piece with, after the last turn.
_PUBLICATION_FIELDS = lazy(
    r"(?:(?i:word\s+count|words|filed|published|first\s+published|updated|last\s+updated|posted|tags|keywords"
    r"|categor(?:y|ies)|section|wortzahl|veröffentlicht|publié|publicado|pubblicato)[ \t]*:[ \t]*[^:\n]{1,80}?\s*)+"
)


def _has_incident(interview: Interview) -> bool:
    def walk(nodes) -> bool:
        return any(isinstance(n, Inline) and (n.kind == "incident" or walk(n.children)) for n in nodes)

    for section in interview.sections:
        for item in section.items:
            for block in item.blocks if isinstance(item, Turn) else [item]:
                if isinstance(block, Paragraph) and walk(block.content):
                    return True
    return False


def _merge_strings(nodes: list[Node]) -> None:
    i = 0
    while i < len(nodes) - 1:
        if isinstance(nodes[i], str) and isinstance(nodes[i + 1], str):
            nodes[i] += nodes.pop(i + 1)
        else:
            i += 1


def _holds_italic(interview: Interview) -> bool:
    """Whether anything of the interview is encoded in italics: an italic span, or a paragraph wholly in italics."""
    return any(node.kind == "italic" for node in interview.inline_nodes()) or any(
        block.rend == "italic" for block in interview.blocks())
