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
from dataclasses import dataclass
from pathlib import Path

from viewer.builder.citations import locate_all
from viewer.builder.library import Grade, Library, Located, Topic
from viewer.builder.mirror import LANGUAGE, TRANSLATIONS, check_translation, read_from, write_from
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
    problems += check_translations(root, {t.slug: t for t in topics})
    glossary_path = root / CONTENT / "glossary.txt"
    glossary = []
    if glossary_path.exists():
        glossary, found = parse_glossary(glossary_path, f"{CONTENT}/glossary.txt")
        problems += found
    else:
        problems.append(Problem(f"{CONTENT}/glossary.txt", 0, "the glossary file is missing"))
    topics.sort(key=lambda t: (t.order, t.slug))
    return Library(sources, topics, glossary), problems


def check_translations(root: Path, english: dict[str, Topic]) -> list[Problem]:
    """Every translated page (``resources/content/translations/<language>/``) against its
    English page (``mirror``) and its language's readability formula (``readability``)."""
    problems: list[Problem] = []
    folders = root / CONTENT / TRANSLATIONS
    for folder in sorted(p for p in folders.iterdir() if p.is_dir()) if folders.is_dir() else []:
        if not LANGUAGE.fullmatch(folder.name):
            problems.append(Problem(folder.relative_to(root).as_posix(), 0,
                                    "not a language code (such as es or ru)"))
            continue
        for path in sorted(folder.glob("*.txt")):
            shown = path.relative_to(root).as_posix()
            translated, found = parse_topic(path, shown)
            problems += found
            if translated is None:
                continue
            source = english.get(translated.slug)
            if source is None or path.stem != translated.slug:
                problems.append(Problem(shown, 0, f"no English page {translated.slug!r} to translate"))
                continue
            recorded, found = read_from(path.with_suffix(".from"),
                                        path.with_suffix(".from").relative_to(root).as_posix())
            problems += found + check_translation(source, translated, recorded, shown)
            problems += grade_translation(translated, folder.name)
    return problems


def record_translation(root: Path, language: str, slug: str) -> Path:
    """Record that ``translations/<language>/<slug>.txt`` translates the English page as it
    is now (its ``.from`` file); returns that file."""
    english, problems = parse_topic(root / CONTENT / "topics" / f"{slug}.txt",
                                    f"{CONTENT}/topics/{slug}.txt")
    page = root / CONTENT / TRANSLATIONS / language / f"{slug}.txt"
    if english is None or not page.is_file():
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
    return Report(library, located, grades, content_hash(root)), sorted(problems)


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
        write_database(Path(tmp), report.library, report.located, report.grades,
                       report.content_hash, pack_sequence)
        os.replace(tmp, out)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return report
