"""What changed between two snapshots: items added, changed, removed; grades; sources.

Statement ids follow their place in a tab, so items are matched by what they say,
tab by tab, the way a text diff matches lines: an edited statement shows as
changed, one inserted above it does not make every later one look changed.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from viewer.store.snapshot import Item, Snapshot
from viewer.vocabulary import TABS

KINDS = ("statement", "evidence", "question")


@dataclass(frozen=True)
class Change:
    what: str  # added, changed, removed
    old: Item | None
    new: Item | None

    @property
    def item(self) -> Item:
        return self.new or self.old  # type: ignore[return-value]


@dataclass
class TopicChanges:
    slug: str
    title: str
    changes: list[Change] = field(default_factory=list)
    grades: list[tuple[str, float | None, float | None]] = field(default_factory=list)


@dataclass
class Review:
    old: Snapshot
    new: Snapshot
    topics: list[TopicChanges]
    sources_added: list[tuple[str, str]]
    sources_removed: list[tuple[str, str]]

    def count(self, what: str) -> int:
        return sum(1 for t in self.topics for c in t.changes if c.what == what)


def _groups(snapshot: Snapshot) -> dict[tuple[str, str, str], list[Item]]:
    groups: dict[tuple[str, str, str], list[Item]] = {}
    for item in snapshot.items:
        groups.setdefault((item.topic, item.tab, item.kind), []).append(item)
    return groups


def _diff(old: list[Item], new: list[Item]) -> list[Change]:
    matcher = difflib.SequenceMatcher(a=[i.signature for i in old], b=[i.signature for i in new],
                                      autojunk=False)
    changes: list[Change] = []
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            continue
        pairs = min(a2 - a1, b2 - b1) if op == "replace" else 0
        changes += [Change("changed", old[a1 + k], new[b1 + k]) for k in range(pairs)]
        changes += [Change("removed", o, None) for o in old[a1 + pairs:a2]]
        changes += [Change("added", None, n) for n in new[b1 + pairs:b2]]
    return changes


def compare(old: Snapshot, new: Snapshot) -> Review:
    old_groups, new_groups = _groups(old), _groups(new)
    slugs = list(new.topics) + [s for s in old.topics if s not in new.topics]
    # a tab only an older database has (one since removed) still shows, after the others
    tabs = [*TABS, *sorted({t for _, t in [*old.grades, *new.grades]} - set(TABS))]
    topics: list[TopicChanges] = []
    for slug in slugs:
        found = TopicChanges(slug, new.topics.get(slug) or old.topics[slug])
        for tab in tabs:
            for kind in KINDS:
                key = (slug, tab, kind)
                found.changes += _diff(old_groups.get(key, []), new_groups.get(key, []))
            before, after = old.grades.get((slug, tab)), new.grades.get((slug, tab))
            if before is not None or after is not None:
                found.grades.append((tab, before, after))
        topics.append(found)
    return Review(old, new, topics,
                  [(i, t) for i, t in new.sources.items() if i not in old.sources],
                  [(i, t) for i, t in old.sources.items() if i not in new.sources])
