"""Property tests of the converter on generated transcripts of ordinary shapes: two to four speakers under one of
the common label styles, turns of one or more paragraphs holding cues, with or without a title line, a header block
or a headnote ("X spoke with Y", either way round) and timecodes.

Whatever hypothesis draws, the TEI must hold exactly the turns written, in order, each with its paragraphs and
words, the same speaker always under the same ``@who`` and different speakers under different ones, and be valid
against tei_all. A failing example is a transcript of a shape an edition team could hand in."""

from __future__ import annotations

import os
import textwrap

from hypothesis import HealthCheck, given, settings, strategies as st

from tei_edition.fidelity import words

from .converting import T, XML_ID, convert_checked

NAMES = ["Anna Berg", "Tomás Ruiz", "Grace Mulligan", "Olusegun Obi", "Mira Novak", "Daniel Frost", "Helen Marsh",
         "Kwame Osei", "Ines de la Cruz", "Pavel Sokol", "Jean-Luc Martin", "Siobhán O'Neill", "Nguyễn Văn An",
         "Mary Ann McDonald"]
WORDS = ("the river was low that year and we walked to school along the old road past the mill where my "
         "father worked nights while my mother kept the shop open until late in winter").split()
# what ordinary speech in a transcript also holds: places, years, dates, quotations, asides, cues, dashes
EXTRAS = ["in Leeds", "in 1968", "on 3 March 1998", "“we will see,” she said", "(laughs)", "—", "at the BBC",
          "with Dr. Adams", "about 40 per cent", "…", "(pause)", "in the 1970s", "O'Brien's shop", "[inaudible]"]


@st.composite
def sentences(draw, question: bool) -> str:
    count = draw(st.integers(1, 3))
    out = []
    for index in range(count):
        words = draw(st.lists(st.sampled_from(WORDS), min_size=2, max_size=14))
        if draw(st.integers(0, 3)) == 0:
            words.insert(draw(st.integers(1, len(words))), draw(st.sampled_from(EXTRAS)))
        end = "?" if question and index == count - 1 else draw(st.sampled_from([".", ".", "!", "…"]))
        opener = draw(st.sampled_from(["", "", "", "— ", "1968 was hard, and ", "“Never,” I said, and "]))
        out.append(opener + (words[0] if opener else words[0].capitalize()) + " " + " ".join(words[1:]) + end)
    return " ".join(out)


def _surname(name: str) -> str:
    return name.split()[-1].upper()


def _time(index: int) -> str:
    return f"00:{index:02d}:{(index * 7) % 60:02d}"


#: Label styles: (speaker index, name, turn index, first paragraph) → the turn's first block.
LABELS = {
    "bold": lambda speaker, name, index, first: f"**{name}:** {first}",
    "boldname": lambda speaker, name, index, first: f"**{name}**: {first}",
    "italic": lambda speaker, name, index, first: f"*{name}:* {first}",
    "plain": lambda speaker, name, index, first: f"{name}: {first}",
    "tab": lambda speaker, name, index, first: f"{name}:\t{first}",
    "caps": lambda speaker, name, index, first: f"{_surname(name)}: {first}",
    "dash": lambda speaker, name, index, first: f"{_surname(name)} — {first}",
    "honorific": lambda speaker, name, index, first: f"{('Dr.', 'Ms.', 'Mr.', 'Prof.')[speaker]} {_surname(name)}: {first}",
    "role": lambda speaker, name, index, first: f"{'INTERVIEWER' if speaker == 0 else _surname(name)}: {first}",
    "qa": lambda speaker, name, index, first: f"{'QA'[speaker]}: {first}",
    "qdot": lambda speaker, name, index, first: f"{'QA'[speaker]}. {first}",
    "numbered": lambda speaker, name, index, first: f"Speaker {speaker + 1}: {first}",
    "rev": lambda speaker, name, index, first: f"{name} ({_time(index)}):\n{first}",
    "timed": lambda speaker, name, index, first: f"[{_time(index)}] {name}: {first}",
    "heading": lambda speaker, name, index, first: f"### {name}\n\n{first}",
    # the label alone on its line with the time, as transcription services export it
    "alone": lambda speaker, name, index, first: f"{name}  {index // 60}:{index % 60:02d}\n{first}",
}


@st.composite
def transcripts(draw):
    """(text, turns, head, people): turns are (speaker index, [paragraphs]); speaker 0 asks."""
    people = draw(st.lists(st.sampled_from(NAMES), min_size=2, max_size=4, unique=True))
    style = draw(st.sampled_from(sorted(LABELS)))
    if style in ("qa", "qdot"):
        people = people[:2]
    answerers = len(people) - 1
    count = draw(st.integers(4 * answerers, 12))
    turns = []
    for index in range(count):
        # each speaker speaks twice at least (a label printed once is, by design, read as text unless the sidecar
        # or the text names the speaker: see test_shapes_round*.py)
        answer = index // 2
        speaker = 0 if index % 2 == 0 else 1 + answer % answerers if answer < 2 * answerers else draw(
            st.integers(1, answerers))
        paragraphs = draw(st.lists(sentences(question=speaker == 0), min_size=1, max_size=2 if speaker == 0 else 3))
        turns.append((speaker, paragraphs))
    blocks = []
    head = draw(st.sampled_from(["none", "title", "block", "headnote", "spoke with", "spoke with, untitled"]))
    if head not in ("none", "spoke with, untitled"):
        blocks.append(f"Interview with {people[1]}")
    if head == "block":
        blocks.append(f"Interviewer: {people[0]}\nInterviewee: {people[1]}\nDate: 3 March 1998")
    elif head == "headnote":
        blocks.append("This interview was recorded in Leeds on 3 March 1998.")
    elif head.startswith("spoke with"):  # either way round: the title or the labels say which of them is interviewed
        blocks.append(draw(st.sampled_from([f"{people[0]} spoke with {people[1]}", f"{people[1]} spoke with {people[0]}"]))
                      + " in Leeds on 3 March 1998.")
    label = LABELS[style]
    for index, (speaker, paragraphs) in enumerate(turns):
        blocks.append(label(speaker, people[speaker], index, paragraphs[0]))
        blocks.extend(paragraphs[1:])
    if draw(st.booleans()):  # hard-wrapped, as a typewriter or an e-mail wraps it
        blocks = [textwrap.fill(block, 60, break_long_words=False, break_on_hyphens=False) if "\n" not in block
                  else block for block in blocks]
    text = "\n\n".join(blocks) + "\n"
    if draw(st.booleans()):  # as a Windows editor saves it
        text = "\ufeff" + text.replace("\n", "\r\n")
    return text, turns, head, people, style


def converted_turns(text: str, expected: list, tmp_path_factory, tei_all):
    """Convert ``text`` and check the property every generated transcript has: its turns ``expected`` ((speaker
    index, [paragraphs])) are the TEI's sp, in order, each with its paragraphs' words; one @who per speaker, and
    different speakers different listed participants; no word lost; valid tei_all. Returns the root and speaker →
    @who."""
    source = tmp_path_factory.mktemp("prop") / "interview.txt"
    source.write_text(text, encoding="utf-8")
    _, root = convert_checked(source, tei_all)  # also: no word lost, valid tei_all
    sps = list(root.iter(T + "sp"))
    assert len(sps) == len(expected), text
    who_of = {}
    for sp, (speaker, paragraphs) in zip(sps, expected):
        # words, not characters: quotation marks become q/@rend, cues incidents
        assert [words(" ".join(p.itertext())) for p in sp.iter(T + "p")] == [words(p) for p in paragraphs], text
        assert who_of.setdefault(speaker, sp.get("who")) == sp.get("who"), text
    assert len(set(who_of.values())) == len(who_of), text  # different speakers, different participants
    listed = {person.get(XML_ID) for person in root.iter(T + "person")}
    assert {who[1:] for who in who_of.values()} <= listed, text
    return root, who_of


@settings(max_examples=int(os.environ.get("PROPERTY_EXAMPLES", 120)), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(transcripts())
def test_every_turn_is_kept_whole_under_its_speaker(tmp_path_factory, tei_all, drawn):
    text, expected, head, people, style = drawn
    root, who_of = converted_turns(text, expected, tmp_path_factory, tei_all)
    # "Interviewer: X / Interviewee: Y", or "X spoke with Y" under "Interview with Y", names the first two speakers,
    # whatever their labels ("Speaker 1" and "Speaker 2" by who asks: not three numbered speakers); without the title,
    # the labels tell "X spoke with Y" which way round it is, where "INTERVIEWER:" asks or one of two names plainly
    # asks (never Q/A or numbers, which name nobody)
    if (head in ("block", "spoke with") and (style != "numbered" or len(people) == 2)
            or head == "spoke with, untitled" and (style == "role" or len(people) == 2 and style not in (
                "qa", "qdot", "numbered"))):
        interviewer, interviewee = (root.find(f".//{T}person[@{XML_ID}='{who_of[n][1:]}']") for n in (0, 1))
        assert (interviewer.get("role"), interviewee.get("role")) == ("interviewer", "interviewee"), text
        assert [p.findtext(f"{T}persName") for p in (interviewer, interviewee)] == people[:2], text
