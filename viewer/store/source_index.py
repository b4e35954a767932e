"""Source id to SourceInfo for one page's footer and links, read a row at a time."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from viewer.records import SourceInfo


class SourceIndex(Mapping[str, SourceInfo]):
    """Source id to SourceInfo, a row read when asked: a page costs the same at any size.
    The store gives it its three reads (``ContentStore.source_index``)."""

    def __init__(self, lookup: Callable[[list[str]], list[SourceInfo]],
                 ids: Callable[[], list[str]], count: Callable[[], int]) -> None:
        self._lookup, self._ids, self._count = lookup, ids, count
        self._read: dict[str, SourceInfo | None] = {}

    def __getitem__(self, source_id: str) -> SourceInfo:
        if source_id not in self._read:
            found = self._lookup([source_id])
            self._read[source_id] = found[0] if found else None
        info = self._read[source_id]
        if info is None:
            raise KeyError(source_id)
        return info

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids())

    def __len__(self) -> int:
        return self._count()
