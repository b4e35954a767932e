"""A translated page mirrors its English page block by block (docs/content-format.md,
"Translations").

``resources/content/translations/<language>/<slug>.txt`` is written in the page format,
block for block as ``topics/<slug>.txt``. A block is named by where it stands: ``stage``
(the topic's own stage line) or ``<tab>/<n>``, the n-th block of that tab. Beside it,
``<slug>.from`` records, one line a block, which English revision each block was made from
(``what/3 1a2b3c4d5e6f``); ``patient-viewer translated LANGUAGE SLUG`` writes the
current revisions once a translation is brought up to date. The pipeline parses the pages
and calls these checks (this step calls no other).

The build refuses a translated page whose block is missing from either side, is another
kind of block, cites other passages than the English block (a translation quotes the
English sources as they are), says other numbers, percentages or dates, or was made from
an older revision of its English block.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from pathlib import Path

from viewer.builder.library import KEPT_FIELDS, Block, Term, Topic
from viewer.errors import Problem
from viewer.marks import linked_topics, marked_terms

TRANSLATIONS = "translations"  # under resources/content
LANGUAGE = re.compile(r"[a-z]{2,3}(-[A-Z][A-Za-z]{1,3})?")
GLOSSARY = "glossary"  # translations/<language>/glossary.txt, the translated glossary
# a number as written in either language: 1,000 / 1.000 / 0,5 / 60% / 2025-06-30 (three numbers)
_NUMBER = re.compile(r"\d+(?:[.,\u00a0\u202f]\d+)*(?:\s?%)?")


def blocks(topic: Topic) -> dict[str, Block]:
    """Every block of a page by its name: ``stage``, then ``<tab>/<n>``."""
    named = {"stage": topic.stage_block}
    for section in topic.sections:
        for n, block in enumerate(section.blocks, 1):
            named[f"{section.tab}/{n}"] = block
    return named


def revision(block: Block | Term) -> str:
    """Which English revision a block or glossary entry is: a digest of its kind, words,
    fields and citations."""
    digest = hashlib.sha256()
    if isinstance(block, Term):
        head = ["term", block.term, ", ".join(block.also), block.definition]
    else:
        head = [block.kind, block.text, *(f"{k}={v}" for k, v in sorted(block.fields.items()))]
    parts = [*head, *(f"{c.source_id}|{c.paragraph_n}|{c.quote}" for c in block.cites)]
    digest.update("\0".join(parts).encode("utf-8"))
    return digest.hexdigest()[:12]


def numbers(block: Block | Term) -> Counter[str]:
    """The numbers a block says, however a language writes its decimal and thousands marks."""
    text = " ".join(_words(block))
    return Counter(re.sub(r"[.,\u00a0\u202f\s]", ".", m[0]) for m in _NUMBER.finditer(text))


def _words(block: Block | Term) -> list[str]:
    if isinstance(block, Term):
        return [block.term, *block.also, block.definition]
    return [block.text, *(v for k, v in block.fields.items() if k not in KEPT_FIELDS)]


def _targets(block: Block) -> list[str]:
    """The glossary terms a block marks and the topics it links, as the marks name them."""
    texts = [block.text, *block.fields.values()]
    return sorted([*(t.lower() for x in texts for t in marked_terms(x)),
                   *(f"[[{s}" for x in texts for s in linked_topics(x))])


def _cites(block: Block | Term) -> list[tuple[str, int | None, str]]:
    return [(c.source_id, c.paragraph_n, c.quote) for c in block.cites]


def read_from(path: Path, shown: str) -> tuple[dict[str, str], list[Problem]]:
    """The ``.from`` file: block name -> the English revision it was made from."""
    recorded: dict[str, str] = {}
    problems: list[Problem] = []
    if not path.exists():
        return recorded, [Problem(shown, 0, "no record of the English revisions this page was made "
                                            "from; write it with patient-viewer translated")]
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        parts = line.rsplit(None, 1)  # a glossary entry's name may hold spaces
        if len(parts) != 2:
            problems.append(Problem(shown, n, f"{line!r}: write a block's name and its revision"))
            continue
        recorded[parts[0]] = parts[1]
    return recorded, problems


def check_translation(english: Topic, translated: Topic, recorded: dict[str, str],
                      shown: str) -> list[Problem]:
    """Everything that keeps a translated page from mirroring its English page."""
    problems: list[Problem] = []
    ours, theirs = blocks(english), blocks(translated)
    for name, block in ours.items():
        if name not in theirs:
            problems.append(Problem(shown, 0, f"block {name} ({block.kind}, {block.path} line "
                                              f"{block.line}) is missing from the translation"))
    for name, block in theirs.items():
        source = ours.get(name)
        if source is None:
            problems.append(Problem(shown, block.line, f"block {name} is not in the English page"))
        elif block.kind != source.kind:
            problems.append(Problem(shown, block.line, f"block {name} is a {block.kind} block; the "
                                                       f"English block is a {source.kind} block"))
        elif changed := [k for k in KEPT_FIELDS if block.fields.get(k) != source.fields.get(k)]:
            problems.append(Problem(shown, block.line, f"block {name} changes its {changed[0]}: "
                                                       "a translation keeps the English block's "
                                                       f"{source.fields.get(changed[0])!r}"))
        elif _targets(block) != _targets(source):
            problems.append(Problem(shown, block.line, f"block {name} marks other glossary terms "
                                                       "or links other topics than the English "
                                                       "block: a mark keeps its English target, "
                                                       "as in {shown|term}"))
        elif _cites(block) != _cites(source):
            problems.append(Problem(shown, block.line, f"block {name} cites other passages than the "
                                                       "English block: a translation quotes the "
                                                       "English sources as they are"))
        elif numbers(block) != numbers(source):
            said = ", ".join(sorted(numbers(block).elements())) or "no number"
            wanted = ", ".join(sorted(numbers(source).elements())) or "no number"
            problems.append(Problem(shown, block.line, f"block {name} says {said}; the English "
                                                       f"block says {wanted}"))
        elif name not in recorded:
            problems.append(Problem(shown, block.line, f"block {name}: no English revision "
                                                       "recorded for it"))
        elif recorded[name] != revision(source):
            problems.append(Problem(shown, block.line, f"block {name} was translated from an older "
                                                       f"English block (revision {recorded[name]}, "
                                                       f"now {revision(source)}): translate it again"))
    return problems


def check_glossary(english: list[Term], translated: list[Term], recorded: dict[str, str],
                   shown: str) -> list[Problem]:
    """A translated glossary against the English one, entry by entry as its pages are block
    by block: the same terms (each entry names its English term, ``english:``), the same
    citations and numbers, made from the English entry as it is now."""
    problems: list[Problem] = []
    ours = {t.term: t for t in english}
    seen: dict[str, int] = {}
    for term in translated:
        source = ours.get(term.english)
        if source is None:
            if term.english:
                problems.append(Problem(shown, term.line, f"{term.term!r} translates "
                                                          f"{term.english!r}, which is not a "
                                                          "term of the English glossary"))
        elif term.english in seen:
            problems.append(Problem(shown, term.line, f"{term.english!r} is translated twice "
                                                      f"(first at line {seen[term.english]})"))
        elif _cites(term) != _cites(source):
            problems.append(Problem(shown, term.line, f"the entry for {term.english!r} cites "
                                                      "other passages than the English entry"))
        elif numbers(term) != numbers(source):
            problems.append(Problem(shown, term.line, f"the entry for {term.english!r} says other "
                                                      "numbers than the English entry"))
        elif term.english not in recorded:
            problems.append(Problem(shown, term.line, f"the entry for {term.english!r}: no "
                                                      "English revision recorded for it"))
        elif recorded[term.english] != revision(source):
            problems.append(Problem(shown, term.line, f"the entry for {term.english!r} was "
                                                      "translated from an older English entry: "
                                                      "translate it again"))
        seen.setdefault(term.english, term.line)
    for name, source in ours.items():
        if name not in seen:
            problems.append(Problem(shown, 0, f"term {name!r} ({source.path} line {source.line}) "
                                              "is missing from the translation"))
    return problems


def write_from(english: Topic | list[Term], path: Path) -> None:
    """Record that the page (or glossary) at ``path`` now translates every English block
    (or entry) as it is."""
    named = (blocks(english).items() if isinstance(english, Topic)
             else ((term.term, term) for term in english))
    lines = [f"{name} {revision(block)}" for name, block in named]
    path.with_suffix(".from").write_text("\n".join(lines) + "\n", encoding="utf-8")
