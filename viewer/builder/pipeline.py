"""The build's entry point: each step in order, and the database only when all passed.

read sources (``seeds``) → parse pages (``pages``) → locate quotes (``citations``)
and check the pages' shape (``rules``) → grade (``readability``) → write
(``writer``). The steps share the records of ``library`` and do not call one
another.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from viewer.builder.citations import locate_all
from viewer.builder.library import Grade, Library, Located
from viewer.builder.mirror import (
    GLOSSARY,
    LANGUAGE,
    TRANSLATIONS,
    check_glossary,
    check_translation,
    read_from,
    write_from,
)
from viewer.builder.pages import parse_glossary, parse_topic
from viewer.builder.readability import grade_all, grade_translation
from viewer.builder.rules import check_rules
from viewer.builder.seeds import read_seeds
from viewer.builder.writer import write_database
from viewer.errors import ContentError, Problem

SEEDS = "seeds"
CONTENT = "resources/content"
SHIPPED_SEQUENCE = f"{CONTENT}/shipped-sequence"


@dataclass
class Report:
    library: Library
    located: list[Located]
    grades: list[Grade]
    content_hash: str
    translated_grades: list[Grade] = field(default_factory=list)


def input_files(root: Path) -> list[Path]:
    return sorted([*(root / SEEDS).glob("*.txt"), *(root / CONTENT).rglob("*.txt")])


def content_hash(root: Path) -> str:
    """A digest of every input file, so the same inputs always give the same hash."""
    digest = hashlib.sha256()
    for path in input_files(root):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def load(root: Path) -> tuple[Library, list[Problem]]:
    sources, problems = read_seeds(root / SEEDS, root)
    topics = []
    topic_dir = root / CONTENT / "topics"
    paths = sorted(topic_dir.glob("*.txt"))
    if not paths:
        problems.append(Problem(f"{CONTENT}/topics", 0, "no topic files (*.txt) here"))
    for path in paths:
        topic, found = parse_topic(path, path.relative_to(root).as_posix())
        problems += found
        if topic:
            topics.append(topic)
    glossary_path = root / CONTENT / "glossary.txt"
    glossary = []
    if glossary_path.exists():
        glossary, found = parse_glossary(glossary_path, f"{CONTENT}/glossary.txt")
        problems += found
    else:
        problems.append(Problem(f"{CONTENT}/glossary.txt", 0, "the glossary file is missing"))
    topics.sort(key=lambda t: (t.order, t.slug))
    library = Library(sources, topics, glossary)
    problems += load_translations(root, library)
    return library, problems


def load_translations(root: Path, library: Library) -> list[Problem]:
    """Every translated page and glossary (``resources/content/translations/<language>/``)
    into ``library``, each checked against its English page or glossary (``mirror``) and
    each page against its language's readability formula (``readability``)."""
    problems: list[Problem] = []
    english = {t.slug: t for t in library.topics}
    folders = root / CONTENT / TRANSLATIONS
    for folder in sorted(p for p in folders.iterdir() if p.is_dir()) if folders.is_dir() else []:
        if not LANGUAGE.fullmatch(folder.name):
            problems.append(Problem(folder.relative_to(root).as_posix(), 0,
                                    "not a language code (such as es or ru)"))
            continue
        for path in sorted(folder.glob("*.txt")):
            shown = path.relative_to(root).as_posix()
            record = path.with_suffix(".from")
            recorded, found = read_from(record, record.relative_to(root).as_posix())
            if path.stem == GLOSSARY:
                terms, problems_here = parse_glossary(path, shown, translated=True)
                problems += problems_here + found + check_glossary(library.glossary, terms,
                                                                   recorded, shown)
                library.glossaries[folder.name] = terms
                continue
            translated, problems_here = parse_topic(path, shown)
            problems += problems_here
            if translated is None:
                continue
            source = english.get(translated.slug)
            if source is None or path.stem != translated.slug:
                problems.append(Problem(shown, 0, f"no English page {translated.slug!r} to translate"))
                continue
            problems += found + check_translation(source, translated, recorded, shown)
            library.translations.setdefault(folder.name, []).append(translated)
    return problems


def record_translation(root: Path, language: str, slug: str) -> Path:
    """Record that ``translations/<language>/<slug>.txt`` translates the English page (or,
    for ``glossary``, the English glossary) as it is now (its ``.from`` file); returns that
    file."""
    if slug == GLOSSARY:
        english, problems = parse_glossary(root / CONTENT / "glossary.txt", f"{CONTENT}/glossary.txt")
    else:
        english, problems = parse_topic(root / CONTENT / "topics" / f"{slug}.txt",
                                        f"{CONTENT}/topics/{slug}.txt")
    page = root / CONTENT / TRANSLATIONS / language / f"{slug}.txt"
    if not english or not page.is_file():
        raise ContentError(problems or [Problem(page.relative_to(root).as_posix(), 0,
                                                "no such translated page")])
    write_from(english, page)
    return page.with_suffix(".from")


def check(root: Path) -> tuple[Report, list[Problem]]:
    """Everything the build checks, without writing anything."""
    library, problems = load(root)
    located, unfound = locate_all(library)
    grades, too_hard = grade_all(library)
    problems += check_rules(library) + unfound + too_hard
    translated_grades: list[Grade] = []
    for language, topics in library.translations.items():
        for topic in topics:
            measured, too_hard = grade_translation(topic, language)
            translated_grades += measured
            problems += too_hard
    return (Report(library, located, grades, content_hash(root), translated_grades),
            sorted(problems))


def shipped_sequence(root: Path) -> int:
    """The pack number the shipped content counts as (``resources/content/shipped-sequence``).

    0 until a release ships content that a pack already carried: then it is that
    pack's number, so that older installed packs no longer win over newer shipped
    content (docs/content-packs.md).
    """
    path = root / SHIPPED_SEQUENCE
    if not path.exists():
        return 0
    text = path.read_text(encoding="utf-8").strip()
    if not (text.isascii() and text.isdigit()):
        raise ContentError([Problem(SHIPPED_SEQUENCE, 1, f"{text!r} is not a whole number")])
    return int(text)


def build_database(root: Path, out: Path, pack_sequence: int | None = None) -> Report:
    """Check, then write ``out`` through a temporary file renamed into place.

    ``pack_sequence``: the number of the content pack this database goes into; by
    default the shipped content's own number (``shipped_sequence``).

    Raises ContentError, leaving ``out`` as it was, when anything fails.
    """
    report, problems = check(root)
    if problems:
        raise ContentError(problems)
    if pack_sequence is None:
        pack_sequence = shipped_sequence(root)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".content-", suffix=".db.tmp", dir=out.parent)
    os.close(fd)
    try:
        write_database(Path(tmp), report.library, report.located,
                       report.grades + report.translated_grades, report.content_hash,
                       pack_sequence)
        os.replace(tmp, out)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return report
