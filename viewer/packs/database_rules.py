"""What a pack's database must be before the app trusts it (docs/content-packs.md).

A signature says who made a database, not that it is well made. Before a pack's
database is installed, and again at start whenever its hash is checked again, it
must:

- pass ``PRAGMA integrity_check``, opened with SQLite's defensive settings
  (viewer/sqlite_guard.py), every query under a time limit;
- have exactly the tables, columns and declared types, full-text tables (FTS5 with
  the same columns and tokenizer) and plain column indexes of the database this app
  ships, which its own builder wrote at the same schema version; nothing else: no
  view, no trigger, no other virtual table, no index on an expression;
- hold values of the declared type in every column, no text longer than
  ``MAX_TEXT_CHARS`` and no table with more than ``MAX_ROWS`` rows;
- hold in every closed field a value of viewer/vocabulary.py (``CLOSED``);
- name in ``meta`` the manifest's pack number and content hash.

At every start the cheaper part is checked again with a short time limit: one read
of ``sqlite_master`` against the app's own names, kinds and full-text options. A
database that breaks a rule is refused at install and passed over at start, like a
damaged one.
"""

from __future__ import annotations

import re
import sqlite3
from functools import lru_cache
from pathlib import Path

from viewer import paths, resources, vocabulary
from viewer.packs.container import Manifest, PackError
from viewer.sqlite_guard import connect_read_only, time_limit

RULES_VERSION = "rules-1"  # in the hash stamp: a database stamped by older rules is checked again
MAX_ROWS = 2_000_000
MAX_TEXT_CHARS = 1_000_000
INSTALL_SECONDS = 120.0  # the whole check at install, integrity_check of 256 MiB included
START_SECONDS = 5.0  # the schema check at start

#: (table, column) -> the closed list of viewer/vocabulary.py its values come from.
CLOSED = {
    ("sections", "tab"): vocabulary.TABS,
    ("statements", "tab"): vocabulary.TABS,
    ("topics", "stage"): (*vocabulary.STAGES, ""),  # "": a page about no one treatment
    ("evidence", "in_whom"): vocabulary.IN_WHOM,
    ("evidence", "peer_reviewed"): vocabulary.PEER_REVIEWED,
    ("sources", "kind"): vocabulary.SOURCE_KINDS,
    ("questions", "grp"): vocabulary.QUESTION_GROUPS,
    ("statements", "kind"): vocabulary.STATEMENT_KINDS,
    ("paragraphs", "kind"): vocabulary.PARAGRAPH_KINDS,
    ("citations", "owner_type"): vocabulary.CITATION_OWNERS,
    ("evidence", "official_only"): (0, 1),  # a flag: the builder writes False or True
}
_TYPES = {"TEXT": ("text",), "INTEGER": ("integer",), "REAL": ("real", "integer"),
          "BLOB": ("blob",)}
_FTS_SUFFIXES = ("_data", "_idx", "_content", "_docsize", "_config")
_QUOTES = re.compile(r"[\"'`\[\]]")
_SPACES = re.compile(r"\s+")


class RuleBroken(Exception):
    """One rule the database breaks; the message says which."""


def check_pack_database(path: Path, m: Manifest, shown: str, deep: bool = True) -> None:
    """Every rule above (``deep``), or only the schema and meta; PackError if one fails."""
    try:
        reference = reference_schema()
        conn = connect_read_only(path)
        try:
            with time_limit(conn, INSTALL_SECONDS if deep else START_SECONDS):
                if deep:
                    result = conn.execute("PRAGMA integrity_check(1)").fetchall()
                    if result != [("ok",)]:
                        raise RuleBroken(f"damaged ({str(result[0][0])[:200]})")
                shape = schema_of(conn, columns=deep)
                _same_schema(shape, reference if deep else _names_only(reference))
                _meta_matches(conn, m)
                if deep:
                    _values(conn, shape)
        finally:
            conn.close()
    except RuleBroken as err:
        raise PackError(f"{shown}: the database inside breaks the rules for content: {err}") \
            from err
    except sqlite3.Error as err:  # "interrupted" when the time limit ran out
        why = ("a query ran out of time" if "interrupt" in str(err)
               else str(err)[:200])
        raise PackError(f"{shown}: the database inside is not readable ({why})") from err
    except (UnicodeDecodeError, ValueError, OverflowError) as err:  # text that is not UTF-8
        raise PackError(f"{shown}: the database inside is not readable "
                        f"({type(err).__name__}: {str(err)[:120]})") from err


def schema_of(conn: sqlite3.Connection, columns: bool = True) -> dict[str, tuple]:
    """Each schema object's shape, by name: tables by their columns, full-text tables by
    their columns and options, indexes by their columns. Views and triggers stand as
    themselves, to be refused. Without ``columns``, tables and indexes by their kind only:
    one query, for the check at every start."""
    if not columns:
        return _names_only(schema_of_master(conn))
    shape: dict[str, tuple] = {}
    rows = schema_of_master(conn)
    virtual = {name for kind, name, _, sql in rows
               if kind == "table" and (sql or "").upper().startswith("CREATE VIRTUAL TABLE")}
    for kind, name, table, sql in rows:
        if kind in ("view", "trigger"):
            shape[name] = (kind,)
        elif kind == "table" and name in virtual:
            shape[name] = ("virtual", _virtual_args(sql))
        elif kind == "table" and any(name == v + s for v in virtual for s in _FTS_SUFFIXES):
            shape[name] = ("fts5 shadow", _columns(conn, name))
        elif kind == "table":
            shape[name] = ("table", _columns(conn, name))
        elif kind == "index":
            shape[name] = ("index", table, _index_columns(conn, name, table),
                           name.startswith("sqlite_autoindex_"))
        else:
            shape[name] = (kind,)
    return shape


def schema_of_master(conn: sqlite3.Connection) -> list[tuple]:
    return conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()


def _names_only(shape_or_rows) -> dict[str, tuple]:
    """Kinds by name, full-text tables with their options: what one read of sqlite_master
    tells, from a shape (the reference) or from its rows (the pack)."""
    if isinstance(shape_or_rows, dict):
        return {n: s if s[0] in ("virtual", "view", "trigger") else (s[0] if s[0] != "fts5 shadow"
                                                                    else "table",)
                for n, s in shape_or_rows.items()}
    shape: dict[str, tuple] = {}
    for kind, name, _, sql in shape_or_rows:
        if kind == "table" and (sql or "").upper().startswith("CREATE VIRTUAL TABLE"):
            shape[name] = ("virtual", _virtual_args(sql))
        else:
            shape[name] = (kind,)
    return shape


def _columns(conn: sqlite3.Connection, table: str) -> tuple:
    return tuple((r[1], (r[2] or "").upper(), r[3], r[5], r[6])  # r[6]: generated or hidden
                 for r in conn.execute("SELECT * FROM pragma_table_xinfo(?)", (table,)))


def _index_columns(conn: sqlite3.Connection, index: str, table: str) -> tuple:
    partial = [r for r in conn.execute("SELECT * FROM pragma_index_list(?)", (table,))
               if r[1] == index and r[4]]
    columns = tuple(r[2] for r in conn.execute("SELECT * FROM pragma_index_info(?)", (index,)))
    return ("partial",) if partial or None in columns else columns


def _virtual_args(sql: str) -> tuple:
    """``USING module(args)`` with quoting and spaces taken out, the module in lower case."""
    match = re.search(r"USING\s+(\w+)\s*\((.*)\)\s*$", sql or "", re.IGNORECASE | re.DOTALL)
    if not match:
        return ("unreadable",)
    return (match[1].lower(), *sorted(_SPACES.sub(" ", _QUOTES.sub("", a)).replace(" = ", "=")
                                      .replace("= ", "=").replace(" =", "=").strip().lower()
                                      for a in match[2].split(",")))


def _same_schema(shape: dict[str, tuple], reference: dict[str, tuple]) -> None:
    odd = sorted(n for n, s in shape.items() if s[0] in ("view", "trigger"))
    if odd:
        raise RuleBroken(f"it has a {shape[odd[0]][0]} ({odd[0][:60]!r}); content has none")
    extra = sorted(set(shape) - set(reference))
    if extra:
        raise RuleBroken(f"{extra[0][:60]!r} is not a table this app knows")
    missing = sorted(set(reference) - set(shape))
    if missing:
        raise RuleBroken(f"{missing[0]!r} is missing")
    differ = sorted(n for n in shape if shape[n] != reference[n])
    if differ:
        raise RuleBroken(f"{differ[0]!r} is not made as this app makes it "
                         f"({shape[differ[0]][0]} with other columns or options)")


def _meta_matches(conn: sqlite3.Connection, m: Manifest) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    if version != m.schema_version or meta.get("pack_sequence") != str(m.sequence) \
            or meta.get("content_hash") != m.content_hash or meta.get("language") != m.language:
        raise RuleBroken("it does not match its manifest (schema, pack number, content hash or "
                         "language)")


def _values(conn: sqlite3.Connection, shape: dict[str, tuple]) -> None:
    """One pass over each table: row count, every value's type, the longest text."""
    for table, (kind, *rest) in sorted(shape.items()):
        if kind != "table":
            continue
        columns = [c for c in rest[0] if c[1] in _TYPES]
        checks = [f"sum(typeof({_q(c[0])}) NOT IN ({', '.join(repr(t) for t in _TYPES[c[1]])}))"
                  for c in columns]
        checks += [f"max(length({_q(c[0])}))" for c in columns if c[1] == "TEXT"]
        row = conn.execute(f"SELECT count(*), {', '.join(checks) or '0'} FROM {_q(table)}"
                           ).fetchone()
        if row[0] > MAX_ROWS:
            raise RuleBroken(f"{table} has {row[0]:,} rows; at most {MAX_ROWS:,} are allowed")
        for column, wrong in zip(columns, row[1:1 + len(columns)], strict=True):
            if wrong:
                raise RuleBroken(f"{table}.{column[0]} holds {wrong} values that are not "
                                 f"{column[1]}")
        texts = [c[0] for c in columns if c[1] == "TEXT"]
        for column, longest in zip(texts, row[1 + len(columns):], strict=True):
            if (longest or 0) > MAX_TEXT_CHARS:
                raise RuleBroken(f"{table}.{column} holds a text of {longest:,} characters; at "
                                 f"most {MAX_TEXT_CHARS:,} are allowed")
    for (table, column), allowed in CLOSED.items():
        marks = ", ".join("?" * len(allowed))
        bad = conn.execute(f"SELECT {_q(column)} FROM {_q(table)} WHERE {_q(column)} "
                           f"NOT IN ({marks}) LIMIT 1", allowed).fetchone()
        if bad:
            raise RuleBroken(f"{table}.{column} holds {str(bad[0])[:40]!r}, which is not one of "
                             f"{', '.join(map(str, allowed))}")
    bad = conn.execute("SELECT term FROM glossary WHERE NOT json_valid(also) "
                       "OR json_type(also) != 'array' LIMIT 1").fetchone()
    if bad:
        raise RuleBroken(f"glossary.also of {str(bad[0])[:40]!r} is not a list")


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def reference_schema() -> dict[str, tuple]:
    """The schema of the database this app ships (or the copy it rebuilt from its own
    files when that one is damaged): the only shape a pack may have."""
    for path in (resources.shipped_database(), paths.rebuilt_content_database()):
        try:
            return _schema_at(Path(path), Path(path).stat().st_mtime_ns)
        except (OSError, sqlite3.Error):
            continue
    raise RuleBroken("the app's own content database, which says what a pack may hold, "
                     "cannot be read")


@lru_cache(maxsize=4)
def _schema_at(path: Path, _mtime: int) -> dict[str, tuple]:
    conn = connect_read_only(path)
    try:
        with time_limit(conn, START_SECONDS):
            return schema_of(conn)
    finally:
        conn.close()
