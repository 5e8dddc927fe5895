"""The conversion pipeline for one transcript: read, resolve speakers, encode, check, and write atomically."""

from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from anyascii import anyascii
from lxml import etree

from .config import CORPUS_CONFIG_NAME, EditionConfig, Sidecar, find_edition_config, load_edition_config, load_sidecar
from .encode import SourceInfo, encode
from .errors import InputError, InvalidDocument
from .fidelity import check_fidelity
from .language import document_language, language_name, passage_language
from .inline import CA_PAUSE, CA_PAUSES_AT_LEAST, mark_pauses
from .model import Interview, Paragraph, plain_text
from .names import embed_register, tag_names
from .register import Register, load_register
from .readers import read_interview
from .speakers import resolve_speakers, slug
from .textio import decode_transcript, write_atomic


@dataclass
class Conversion:
    """One converted document, with what the converter found and decided on the way."""

    source: Path
    document_id: str
    tree: etree._ElementTree
    interview: Interview
    warnings: list[str] = field(default_factory=list)
    explanation: list[str] = field(default_factory=list)

    def to_bytes(self) -> bytes:
        return serialize(self.tree)


def serialize(tree: etree._ElementTree) -> bytes:
    return etree.tostring(tree, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def document_id(source: Path, sidecar: Sidecar, config: EditionConfig) -> str:
    """The document id: the sidecar's, else the file name's stem, as an XML name with the corpus prefix.

    It names the outputs and is part of every permalink, so it is kept to ASCII: a stem in another script is
    transliterated ("Ωμέγα" → "omega", "访谈" → "fangtan", "Sørensen" → "sorensen"), not reduced to hyphens ("d-----",
    the same for every Greek name of five letters)."""
    ident = sidecar.id or slug(anyascii(source.stem))
    ident = config.id_prefix + ident
    if not re.match(r"[A-Za-z_]", ident):
        ident = "d" + ident
    return re.sub(r"[^A-Za-z0-9_.-]", "-", ident)


@functools.cache
def _load_register(path: Path, mtime_ns: int) -> Register:
    """Cached per path and modification time, so a changed register is read again."""
    del mtime_ns  # part of the cache key only
    return load_register(path)


def register_for(config: EditionConfig) -> Register:
    """The corpus register, loaded once per process (again only if the file changes)."""
    path = Path(config.register)
    try:
        mtime = path.stat().st_mtime_ns
    except OSError as exc:
        raise InputError(f"the register named by the corpus config cannot be read: {exc.strerror}", path=path)
    return _load_register(path, mtime)


def convert_file(
    source: Path,
    *,
    config: EditionConfig | None = None,
    encoding: str | None = None,
    label_style: str | None = None,
) -> Conversion:
    """Convert one transcript file to a checked TEI tree (nothing is written)."""
    source = Path(source)
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror or exc}", path=source)
    return convert_bytes(data, source, config=config, encoding=encoding, label_style=label_style)


def _side_by_side(interview: Interview) -> None:
    """A bilingual transcript that prints each turn twice, in the original and then in a translation: the turns come
    in pairs of one speaker's ("ENTREVISTADOR: ¿Dónde nació?" / "INTERVIEWER: Where were you born?"), or each turn
    holds two paragraphs, the label printed once. Where the first versions, taken together, are in one language and
    the second versions in another (CLD2 sure of both), each version's paragraphs carry their language (xml:lang);
    the turns stay as printed. Not where one turn is unpaired, nor where both versions read as one language."""
    turns = interview.turns()
    if len(turns) < 4 or any(isinstance(b, Paragraph) and b.lang for turn in turns for b in turn.blocks):
        return  # (the reader gave the paragraphs their languages: printed codes, see readers.text._language_lines)
    if len(turns) % 2 == 0 and all(turns[i].who == turns[i + 1].who for i in range(0, len(turns), 2)):
        versions = [([b for b in turns[i].blocks if isinstance(b, Paragraph)],
                     [b for b in turns[i + 1].blocks if isinstance(b, Paragraph)]) for i in range(0, len(turns), 2)]
        how = "the turns come in pairs of one speaker's, the second a translation of the first"
    else:
        paragraphs = [[b for b in turn.blocks if isinstance(b, Paragraph)] for turn in turns]
        if any(len(p) != 2 for p in paragraphs):
            return
        versions = [([first], [second]) for first, second in paragraphs]
        how = "each turn holds two paragraphs, the second a translation of the first"
    if any(not first or not second for first, second in versions):
        return
    original = passage_language(" ".join(plain_text(b.content) for first, _ in versions for b in first))
    translation = passage_language(" ".join(plain_text(b.content) for _, second in versions for b in second))
    if not original or not translation or original == translation:
        return
    for first, second in versions:
        for block in first:
            block.lang = original
        for block in second:
            block.lang = translation
    interview.normalisations.append(
        f"The transcript prints each turn in {language_name(original)} and then in {language_name(translation)} "
        f"({how}): each version's paragraphs carry their language (xml:lang).")


def _mark_pauses(interview, text: str) -> None:
    """In a transcript that uses conversation analysis's pauses ("(0.8)", "(.)": three or more of them), each one
    in a turn's paragraph is an incident of type "pause" or "micropause" (see inline.mark_pauses)."""
    if "." not in text or len(CA_PAUSE.findall(text)) < CA_PAUSES_AT_LEAST:
        return
    count = 0
    for turn in interview.turns():
        for block in turn.blocks:
            if isinstance(block, Paragraph):
                block.content, found = mark_pauses(block.content)
                count += found
    if count:
        interview.normalisations.append(
            f"{count} pause(s) printed in conversation analysis's notation, timed (\"(0.8)\", in seconds) or a "
            "micropause (\"(.)\"), are encoded as incident[@type='pause'] or incident[@type='micropause'], the "
            "pause as printed its desc.")


def convert_bytes(
    data: bytes,
    source: Path,
    *,
    config: EditionConfig | None = None,
    encoding: str | None = None,
    label_style: str | None = None,
) -> Conversion:
    """Convert a transcript's bytes; ``source`` names it and locates its sidecar and corpus config."""
    source = Path(source)
    unconfigured = False
    if config is None:
        found = find_edition_config(source)
        unconfigured, config = found is None, load_edition_config(found)
    sidecar = load_sidecar(source)
    text = decode_transcript(data, source, sidecar.encoding or encoding)  # the file's own, else the run's
    interview = read_interview(text, source, label_style=label_style or sidecar.label_style, title=sidecar.title)
    _mark_pauses(interview, text)
    try:
        notes = resolve_speakers(interview, sidecar)
    except InputError as error:
        if error.path is not None:
            raise
        raise InputError(str(error), path=source) from None  # the file that holds the label
    _side_by_side(interview)
    if unconfigured:
        interview.warnings.append(
            f"no corpus config ({CORPUS_CONFIG_NAME}) beside the transcript or in a folder above it: the edition's "
            "publisher, licence and permalinks are not known (the header names no publisher); add one (README: "
            "Input) or pass --config"
        )
    if sidecar.path is None:
        missing = [
            what
            for what, known in (
                ("the source publication", interview.metadata.get("publication")),
                ("the interview dates", interview.metadata.get("date")),
                ("the rights status", None),
            )
            if not known
        ]
        interview.warnings.append(
            f"no sidecar ({source.with_suffix('.toml').name}): {', '.join(missing)} not known; "
            "the header says so (add a sidecar to record them)"
        )
    # the text without its YAML front matter, whose keys ("participants:", "role: interviewer") are English in a
    # transcript of any language (a metadata block's keys are in the text's: "Fecha:", "Entrevistadora:")
    spoken = text.split("\n", interview.front_matter_lines)[-1] if interview.front_matter_lines else text
    language, how = document_language(sidecar.language or interview.metadata.get("language"), spoken, config.language)
    if how:
        interview.warnings.append(how)
    for turn in interview.turns():
        if not turn.blocks:
            interview.warnings.append(f"line {turn.line}: the turn of {turn.label!r} has no text; it is encoded empty")
    ident = document_id(source, sidecar, config)
    tree = encode(
        interview,
        document_id=ident,
        language=language,
        config=config,
        sidecar=sidecar,
        source=SourceInfo(source.name, hashlib.sha256(data).hexdigest()),
    )
    explanation = [f"convention: {interview.convention}", *interview.explanation, *notes]
    if config.register is not None:
        report = tag_names(tree.getroot(), register_for(config), year=sidecar.year)
        embed_register(tree.getroot(), register_for(config), report.used_ids)
        explanation.append(f"names: {report.summary()}")
        interview.warnings.extend(
            f"{a.where or 'text'}: {a.form!r} could name {' or '.join(a.candidates)}; left untagged "
            "(add a distinguishing name form to the register)"
            for a in report.ambiguous
        )
    check_fidelity(interview.kept_source, tree.getroot(), source)
    return Conversion(
        source=source,
        document_id=ident,
        tree=tree,
        interview=interview,
        warnings=list(interview.warnings),
        explanation=explanation,
    )


def check_valid(conversion: Conversion) -> None:
    """Refuse a tree that the project's schema or pointer checks reject (a converter bug, never written)."""
    from .validate import validate_tree

    problems = validate_tree(conversion.tree, str(conversion.source))
    if problems:
        raise InvalidDocument(
            f"the converted TEI is not valid ({problems[0].message}); this is a converter bug, please report it",
            path=conversion.source,
            problems=problems,
        )


def finish(conversion: Conversion, existing=None) -> bytes:
    """The bytes to write: ids carried over from the earlier output (if any), validated, checksummed."""
    from . import stable_ids

    if existing is not None and existing.tree is not None:
        report = stable_ids.carry_over(conversion.tree.getroot(), existing.tree.getroot(), conversion.document_id)
        conversion.explanation.append(report.summary())
    check_valid(conversion)
    return stable_ids.stamp(conversion.to_bytes())


def write_conversion(conversion: Conversion, out_dir: Path, *, force: bool = False) -> Path:
    """Validate and write ``OUT/<document-id>.xml`` atomically; return its path.

    When the file exists, its ids are carried over (see ``stable_ids``; when it is gone but backups of it are left,
    from the latest backup); a file edited by hand since it was written is not replaced (``OverwriteRefused``)
    unless ``force``, and then only after a backup.
    """
    from . import stable_ids

    target = Path(out_dir) / f"{conversion.document_id}.xml"
    existing = stable_ids.previous_output(target)  # the TEI there, else (deleted) the latest backup of it
    if existing is not None:
        stable_ids.check_overwrite(existing, force)
    data = finish(conversion, existing)
    if existing is not None and existing.edited:
        backup = stable_ids.backup_path(target)
        write_atomic(backup, target.read_bytes())
        conversion.warnings.append(f"overwrote a hand-edited TEI ({existing.reason}); the old file is kept as {backup}")
    write_atomic(target, data)
    return target
