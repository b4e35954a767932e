"""Step: find every citation's quote in its source, word for word."""

from __future__ import annotations

from collections.abc import Iterator

from viewer.builder.library import Cite, Library, Located, Source
from viewer.builder.matching import find_quote
from viewer.errors import Problem


def all_cites(library: Library) -> Iterator[Cite]:
    """Every citation of the library: topic stages, blocks and glossary terms."""
    for topic in library.topics:
        yield from topic.stage_block.cites
        for section in topic.sections:
            for block in section.blocks:
                yield from block.cites
    for term in library.glossary:
        yield from term.cites


def locate_all(library: Library) -> tuple[list[Located], list[Problem]]:
    sources = {s.id: s for s in library.sources}
    located: list[Located] = []
    problems: list[Problem] = []
    for cite in all_cites(library):
        found, problem = locate(cite, sources)
        if found:
            located.append(found)
        if problem:
            problems.append(problem)
    return located, problems


def locate(cite: Cite, sources: dict[str, Source]) -> tuple[Located | None, Problem | None]:
    source = sources.get(cite.source_id)
    if source is None:
        return None, Problem(cite.path, cite.line, f"unknown source id '{cite.source_id}'; "
                                                   f"known: {', '.join(sorted(sources))}")
    if cite.paragraph_n is not None:
        paragraph = source.paragraph(cite.paragraph_n)
        if paragraph is None:
            return None, Problem(cite.path, cite.line,
                                 f"source '{source.id}' has no paragraph {cite.paragraph_n} "
                                 f"(it has {len(source.paragraphs)})")
        candidates = [paragraph]
    else:
        candidates = source.paragraphs
    for paragraph in candidates:
        span = find_quote(cite.quote, paragraph.text)
        if span:
            return Located(cite, paragraph.n, *span), None
    where = f"paragraph {cite.paragraph_n} of " if cite.paragraph_n else ""
    hint = next((f" (it is in page furniture dropped from the article: {d.reason})"
                 for d in source.dropped if find_quote(cite.quote, d.text)), "")
    short = cite.quote if len(cite.quote) <= 60 else cite.quote[:57] + "..."
    return None, Problem(cite.path, cite.line,
                         f"quote not found in {where}source '{source.id}'{hint}: \"{short}\"")
