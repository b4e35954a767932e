"""Source id to SourceInfo for one page's footer and links, read a row at a time."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

from viewer.records import SourceInfo

if TYPE_CHECKING:
    from viewer.store.content import ContentStore


class SourceIndex(Mapping[str, SourceInfo]):
    """Source id to SourceInfo, a row read when asked: a page costs the same at any size."""

    def __init__(self, store: ContentStore) -> None:
        self._store = store
        self._read: dict[str, SourceInfo | None] = {}

    def __getitem__(self, source_id: str) -> SourceInfo:
        if source_id not in self._read:
            found = self._store._sources_with([source_id])
            self._read[source_id] = found[0] if found else None
        info = self._read[source_id]
        if info is None:
            raise KeyError(source_id)
        return info

    def __iter__(self) -> Iterator[str]:
        return iter([s.id for s in self._store.sources()])

    def __len__(self) -> int:
        return self._store._rows("SELECT count(*) FROM sources")[0][0]
