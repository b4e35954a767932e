"""The one record both the builder and the store speak of: a source's metadata.

The builder reads these fields from a seed's header and writes them as the
columns of the ``sources`` table; the store reads the same columns back. Naming
them once here keeps the seed reader, the table and the record in step.
"""

from __future__ import annotations

from viewer.plain_records import Record, field_names
from viewer.vocabulary import EDITORS_NOTES


class SourceInfo(Record, frozen=True):
    id: str
    title: str
    kind: str  # one of viewer.vocabulary.SOURCE_KINDS
    outlet: str
    author: str
    published: str
    reviewed: str
    url: str
    language: str
    file: str
    note: str

    @property
    def is_editors_notes(self) -> bool:
        return self.kind == EDITORS_NOTES


class Reference(Record, frozen=True):
    """The public reference behind one paragraph of our background notes."""

    paragraph_n: int
    title: str
    url: str


#: The metadata fields, in table-column order.
SOURCE_FIELDS = field_names(SourceInfo)


def source_row(info: SourceInfo) -> dict[str, str]:
    """The record as a row of the ``sources`` table."""
    return {name: getattr(info, name) for name in SOURCE_FIELDS}
