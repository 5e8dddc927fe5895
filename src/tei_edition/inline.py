"""Parsing a paragraph's inline conventions (emphasis, quotations, ellipses, interpolations) into nodes."""

from __future__ import annotations

import re

from .errors import InputError
from .model import Inline, Node
from .patterns import lazy

#: A timecode as printed: ``00:12:31``, ``12:31``, ``1:02:03.5``.
TIMECODE = r"(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?"
#: A timecode in brackets, possibly with Markdown-escaped brackets: ``[00:12:31]``, ``\[03:55\]``.
#: And the stamps of the f4/f5 transcription software, between hashes, the tenths of a second after a dash:
#: ``#00:00:05-2#``.
BRACKETED_TIME = re.compile(rf"\\?\[(?P<when>{TIMECODE})\\?\]|#(?P<stamp>{TIMECODE})(?:-(?P<tenths>\d{{1,2}}))?#")


def bracketed_when(found: re.Match) -> str:
    """The timecode of a BRACKETED_TIME match: ``00:00:05.2`` for ``#00:00:05-2#``."""
    if found.group("when"):
        return found.group("when")
    stamp, tenths = found.group("stamp"), found.group("tenths")
    return f"{stamp}.{tenths}" if tenths and not re.search(r"[.,]", stamp) else stamp


#: What a transcriber writes for sounds and events that are not speech (laughter, crosstalk, a pause...).
NONSPEECH_WORDS = (
    r"(?:(?:both|all|everyone|audience|he|she|they|interviewer|interviewee|group|general|loud|soft|brief|long|short)\s+)?"
    r"(?:laugh\w*|applause|crosstalk|cross-talk|inaudible|unintelligible|indistinct|pause[sd]?|silence|cough\w*"
    r"|sigh\w*|music|noise|overlapping|phone\s+rings?|interruption|chuckl\w*|sneez\w*|clears\s+throat|crying|cries"
    r"|sobs?|gasps?|whisper\w*|static|beep\w*|break\s+in\s+recording|recording\s+(?:stops|resumes|paused)"
    # laughter and applause as Japanese, Chinese, Korean, Spanish, Portuguese, French and German transcripts print
    # them: "（笑）", "(웃음)", "(risas)", "(rires)", "(lacht)"; the Bundestag's record its house's reactions:
    # "(Beifall bei der FDP)", "(Heiterkeit)", "(Unruhe)"
    r"|笑|笑い|爆笑|笑声|大笑|拍手|掌声|웃음|박수|risas|risos|rires|rire|lacht|lachen|gelächter|aplausos|applaus"
    r"|applaudissements|beifall|heiterkeit|unruhe)"
    r"(?:[ ,]+\w+){0,3}(?:[ ,]+(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)?\.?"  # a transcriber's time: "[inaudible 00:12:03]"
)
_INCIDENT = lazy(rf"(?P<open>[\[(<（])(?P<desc>{NONSPEECH_WORDS})(?P<close>[\])>）])", re.I)

#: A Markdown link, "[better rooms](https://example.org/rooms)": its text in brackets, directly after them the
#: target in parentheses, an http(s) or mailto URL or a relative path without spaces that looks like one (a dot or
#: a slash in it: "rooms.html", "../notes/"; not "(sic)" or "(pause)", nor "#top", a place in a page the TEI is
#: not). Not an image ("![…](…)"), an escaped bracket ("\[…\](…)") or a timecode ("[00:12:31](…)"). Read only in
#: Markdown sources (``links``).
LINK = re.compile(
    r"(?<![!\\])\[(?!\\?(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?\\?\])(?P<text>[^\[\]\n]{1,200})\]"
    r"\((?P<target>(?:https?://|mailto:)[^\s()<>]+|[^\s()<>:#]*[./][^\s()<>:]*)\)"
)

# One scanner for every inline token; the parser below decides what each one means in context.
_TOKEN = re.compile(
    r"""
      (?P<time>\\?\[(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?\\?\]|\#(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?(?:-\d{1,2})?\#)  # a timecode: [00:12:31], \[03:55\]
    | (?P<incident>[\[(<（](?i:"""
    + NONSPEECH_WORDS
    + r""")[\])>）])                          # [laughter], (laughs), <inaudible>, （笑）
    | (?P<escape>\\[\\*_\[\]"“”`#])          # a backslash-escaped literal
    | (?P<ellipsis>\.(?:[ \u00a0]\.){2,})    # printed ellipsis: ". . ." or ". . . ."
    | (?P<interp>\[[^\[\]\n]{1,200}\])        # [bracketed] words printed by the source's editors
    | (?P<stars>\*\*|\*)                      # emphasis delimiters
    | (?P<curly_open>“)
    | (?P<curly_close>”)
    | (?P<straight>")
    | (?P<under>(?<![\w\\])__?(?=[^\s_])|(?<=[^\s_])__?(?!\w))  # Markdown's _emphasis_, never inside a word
    """,
    re.VERBOSE,
)

# Why tokens are looked for in two steps: _TOKEN is an alternation of groups, so ``re`` cannot scan ahead for a
# token's first character and runs the whole alternation at every position of the paragraph. Every token starts
# with one of these characters, which ``re`` finds quickly; _TOKEN is then tried only there.
_TOKEN_START = re.compile(r'[\\\[(<（.*“”"#]')
_MARKDOWN_TOKEN_START = lazy(r'[\\\[(<（.*“”"#_]')  # in Markdown, an underscore may open or close emphasis


def _tokens(text: str, pos: int = 0, markdown: bool = False):
    """The matches of ``_TOKEN.finditer(text, pos)``, trying _TOKEN only where a token can start (an underscore
    only in ``markdown``)."""
    search, match = (_MARKDOWN_TOKEN_START if markdown else _TOKEN_START).search, _TOKEN.match
    while True:
        start = search(text, pos)
        if start is None:
            return
        found = match(text, start.start())
        if found is None:
            pos = start.start() + 1
            continue
        yield found
        pos = found.end()  # tokens are never empty


# Conversation analysis's pauses as Jefferson's transcription prints them: a timed pause in tenths of a second, "(0.8)",
# "(1.2)", "(12.0)", and the micropause "(.)". A transcript that prints three or more of them uses the notation.
CA_PAUSE = re.compile(r"\((?:\d{1,2}\.\d|\.)\)")
CA_PAUSES_AT_LEAST = 3


def mark_pauses(nodes: list[Node]) -> tuple[list[Node], int]:
    """``nodes`` with every conversation-analysis pause in their strings (in emphasis too) an incident of type
    "pause" (timed) or "micropause" whose text is the pause as printed; and how many."""
    out: list[Node] = []
    count = 0
    for node in nodes:
        if isinstance(node, Inline):
            if node.kind in ("italic", "bold", "quote"):
                node.children, inner = mark_pauses(node.children)
                count += inner
            out.append(node)
            continue
        pos = 0
        for found in CA_PAUSE.finditer(node):
            _append(out, node[pos:found.start()])
            token = found.group()
            attrs = {"type": "micropause" if token == "(.)" else "pause"}
            out.append(Inline("incident", [token], attrs))
            count += 1
            pos = found.end()
        _append(out, node[pos:])
    return out, count


_OPENERS_BEFORE_QUOTE = set(" \t\n([{—–-/")


class _Frame:
    """An open construct on the parser's stack."""

    __slots__ = ("kind", "marks", "children", "delimiter", "offset")

    def __init__(self, kind: str, delimiter: str, offset: int, marks: str = "") -> None:
        self.kind, self.delimiter, self.offset, self.marks = kind, delimiter, offset, marks
        self.children: list[Node] = []


def _append(children: list[Node], item: Node) -> None:
    if isinstance(item, str):
        if not item:
            return
        if children and isinstance(children[-1], str):
            children[-1] += item
            return
    children.append(item)


# LINK in the source's lines, where a link's text may run over a line break that the paragraph joins with a space.
_LINK_OVER_LINES = lazy(LINK.pattern.replace(r"(?P<text>[^\[\]\n]{1,200})", r"(?P<text>(?:[^\[\]\n]|\n(?![ \t]*\n)){1,200})"))


def blank_link_targets(text: str) -> str:
    """``text`` (the source's lines) with the brackets and target of each Markdown link blanked (their length
    kept): the words the TEI carries of a link are its text; its target goes to ``ref/@target``."""
    if "](" not in text:
        return text
    return _LINK_OVER_LINES.sub(lambda m: " " + m.group("text") + " " * (len(m.group()) - len(m.group("text")) - 1), text)


def _links(text: str):
    """The tokens of ``text``, Markdown links among them: a link where one starts, else the next _TOKEN."""
    pos = 0
    while True:
        link = LINK.search(text, pos)
        end = link.start() if link else len(text)
        yield from _tokens(text[:end], pos, True)
        if link is None:
            return
        yield link
        pos = link.end()


def parse_inline(
    text: str, *, path: object = None, line: int = 0, interpolation: bool = True, links: bool = False
) -> list[Node]:
    """Parse one paragraph's text into strings and :class:`Inline` nodes.

    Quotation marks that do not pair up stay literal characters. An emphasis ``*`` or ``**`` that opens
    and never closes is an error, since the source's markup would otherwise be silently misread. With
    ``links`` (a Markdown source), "[text](target)" is a link (see LINK).
    """
    root = _Frame("root", "", 0)
    stack = [root]
    pos = 0
    scan = _links(text) if links and "](" in text else _tokens(text, 0, links and "_" in text)
    for match in scan:
        _append(stack[-1].children, text[pos : match.start()])
        pos = match.end()
        kind = match.lastgroup
        token = match.group()
        top = stack[-1]
        if match.re is LINK:
            try:
                inner = parse_inline(match.group("text"), path=path, line=line, interpolation=interpolation)
            except InputError:
                inner = [match.group("text")]  # "[*note](a.html)": an asterisk that closes nothing is a character
            _append(top.children, Inline("link", inner, {"target": match.group("target")}))
            continue
        if kind == "time":
            _append(top.children, Inline("time", [], {"when": bracketed_when(BRACKETED_TIME.fullmatch(token))}))
            continue
        if kind == "incident":
            found = _INCIDENT.fullmatch(token)
            attrs = {"open": found.group("open"), "close": found.group("close")}
            _append(top.children, Inline("incident", [found.group("desc")], attrs))
            continue
        if kind == "escape":
            _append(top.children, token[1])
        elif kind == "ellipsis":
            _append(top.children, Inline("ellipsis", [token]))
        elif kind == "interp":
            if interpolation:
                _append(top.children, Inline("interpolation", [token]))
            else:
                _append(top.children, token)
        elif kind == "stars":
            before = text[match.start() - 1] if match.start() else " "
            after = text[pos] if pos < len(text) else " "
            wanted = "bold" if token == "**" else "italic"
            open_index = next(
                (i for i in range(len(stack) - 1, 0, -1) if stack[i].kind == wanted), None
            )
            if open_index is not None and not before.isspace():
                _close_to(stack, open_index)
            elif not after.isspace():
                stack.append(_Frame(wanted, token, match.start()))
            else:
                _append(top.children, token)  # a lone asterisk between spaces is just a character
        elif kind == "under":
            # Markdown's "_word_" and "__words__": an underscore that opens or closes nothing is a character
            wanted = "bold" if token == "__" else "italic"
            open_index = next((i for i in range(len(stack) - 1, 0, -1) if stack[i].delimiter == token), None)
            before = text[match.start() - 1] if match.start() else " "
            if open_index is not None and not before.isspace():
                _close_to(stack, open_index)
            elif pos < len(text) and not text[pos].isspace() and (before.isspace() or not before.isalnum()):
                stack.append(_Frame(wanted, token, match.start()))
            else:
                _append(top.children, token)
        elif kind == "curly_open":
            stack.append(_Frame("quote", "“", match.start(), marks="double-curly"))
        elif kind == "curly_close":
            index = next((i for i in range(len(stack) - 1, 0, -1) if stack[i].delimiter == "“"), None)
            if index is None:
                _append(top.children, token)
            else:
                _close_to(stack, index)
        elif kind == "straight":
            before = text[match.start() - 1] if match.start() else " "
            index = next((i for i in range(len(stack) - 1, 0, -1) if stack[i].delimiter == '"'), None)
            if index is not None and before not in _OPENERS_BEFORE_QUOTE:
                _close_to(stack, index)
            elif before in _OPENERS_BEFORE_QUOTE or before in "*“'‘":
                stack.append(_Frame("quote", '"', match.start(), marks="double-straight"))
            else:
                _append(top.children, token)
    _append(stack[-1].children, text[pos:])
    while len(stack) > 1:
        frame = stack.pop()
        if frame.kind in ("italic", "bold") and frame.delimiter[0] == "*":
            # The paragraph's text no longer carries its label, so quote the place rather than count columns.
            context = " ".join(text[frame.offset : frame.offset + 30].split())
            raise InputError(
                f"line {line}: {frame.delimiter} opens {frame.kind} text that is never closed (at “{context}”); "
                f"close it, or write a literal asterisk as \\*",
                path=path,
            )
        # An unpaired quotation mark is a character of the text, not markup.
        _append(stack[-1].children, frame.delimiter)
        for child in frame.children:
            _append(stack[-1].children, child)
    return root.children


def _close_to(stack: list[_Frame], index: int) -> None:
    """Close the frame at ``index``; frames opened inside it and left open become literal text."""
    while len(stack) - 1 > index:
        inner = stack.pop()
        _append(stack[-1].children, inner.delimiter)
        for child in inner.children:
            _append(stack[-1].children, child)
    frame = stack.pop()
    attrs = {"marks": frame.marks} if frame.kind == "quote" else {}
    _append(stack[-1].children, Inline(frame.kind, frame.children, attrs))
