"""Which language each page and glossary entry is shown in: the reader's where it is
translated, else the pages' own language (English, ``meta.language``). One rule for the
pages, the topic list, the questions, the glossary and search.

A topic is translated whole or not at all (the build checks a translated page block by
block), so the rule is per topic; a glossary entry, per entry.
"""

from __future__ import annotations

from viewer.plain_records import Record


class Languages(Record, frozen=True):
    """The reader's content language and the pages' own, for one store."""

    reader: str  # the language the reader asked for, as the content names it
    pages: str  # the language every topic and entry has (English)

    @classmethod
    def matching(cls, asked: str, held: set[str], pages: str) -> Languages:
        """``asked`` as the content names it: itself if held; else its base language if
        that is held (``es-MX`` reads ``es`` pages, ``en-XA`` the English ones); else itself,
        a language the content does not hold (every page falls back, and says so)."""
        base = asked.split("-")[0]
        return cls(asked if asked in held or base not in held else base, pages)

    @property
    def translated(self) -> bool:
        return self.reader != self.pages

    def topic_rows(self, alias: str, slug: str = "slug") -> tuple[str, tuple[str, ...]]:
        """An SQL condition keeping, of ``alias`` (rows of a topic in some language), the
        rows shown to this reader; and its parameters."""
        return (f"({alias}.language = ? OR ({alias}.language = ? AND NOT EXISTS (SELECT 1 "
                f"FROM topics x WHERE x.slug = {alias}.{slug} AND x.language = ?)))",
                (self.reader, self.pages, self.reader))

    def glossary_rows(self, alias: str) -> tuple[str, tuple[str, ...]]:
        """The same for glossary entries, entry by entry."""
        return (f"({alias}.language = ? OR ({alias}.language = ? AND NOT EXISTS (SELECT 1 "
                f"FROM glossary x WHERE x.entry = {alias}.entry AND x.language = ?)))",
                (self.reader, self.pages, self.reader))
