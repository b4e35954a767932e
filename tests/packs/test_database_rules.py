"""A pack's database keeps the rules before it is trusted, at install and at start (F12)."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from tests.packs.helpers import Signer, make_pack, pack_from_database, place
from viewer import sqlite_guard, vocabulary
from viewer.builder.pipeline import build_database
from viewer.cli import main
from viewer.opening import choice
from viewer.packs import database_rules
from viewer.packs.locations import user_content_dir


@pytest.fixture
def signer(tmp_path) -> Signer:
    return Signer(tmp_path / "keys")


def changed_db(library, tmp_path, sequence: int, *sql: str):
    """The library built as pack ``sequence``, then changed by ``sql``; the build before the
    change is kept beside it as ``.clean`` (signing reads its meta, never the changed one's)."""
    db = tmp_path / f"changed-{sequence}.db"
    build_database(library, db, pack_sequence=sequence)
    shutil.copy(db, db.with_suffix(".clean"))
    conn = sqlite3.connect(db)
    for statement in sql:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return db


CASES = {
    "a view in place of a table": (
        ["ALTER TABLE topics RENAME TO topics_real",
         "CREATE VIEW topics AS SELECT * FROM topics_real"], "view"),
    "a recursive view": (
        ["CREATE VIEW endless AS WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
         "SELECT x FROM n"], "view"),
    "meta as a recursive view": (
        ["ALTER TABLE meta RENAME TO meta_real",
         "CREATE VIEW meta AS WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
         "SELECT 'content_hash' AS key, x AS value FROM n"], "view"),
    "topics as a recursive view": (
        ["ALTER TABLE topics RENAME TO topics_real",
         "CREATE VIEW topics AS WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
         "SELECT t.* FROM topics_real t, n"], "view"),
    "a trigger": (["CREATE TRIGGER t AFTER INSERT ON meta BEGIN SELECT 1; END"], "trigger"),
    "an unknown in_whom": (["UPDATE evidence SET in_whom = 'mice and men'"], "in_whom"),
    "an unknown tab": (["UPDATE statements SET tab = 'rumours' WHERE rowid = 1"], "tab"),
    "another table": (["CREATE TABLE extra (x TEXT)"], "extra"),
    "another virtual table": (["CREATE VIRTUAL TABLE more_fts USING fts5(x)"], "more_fts"),
    "another tokenizer": (["DROP TABLE words_fts",
                           "CREATE VIRTUAL TABLE words_fts USING fts5(word, tokenize = 'ascii', "
                           "content = 'words', content_rowid = 'rowid')"], "words_fts"),
    "bytes where text belongs": (["UPDATE topics SET title = x'00ff'"], "topics.title"),
    "a text too long": (["UPDATE paragraphs SET text = printf('%.*c', 1000001, 'x') "
                         "WHERE rowid = 1"], "1,000,001 characters"),
    "a glossary form that is not a list": (["UPDATE glossary SET also = '{\"a\": 1}'"],
                                           "not a list"),
    "an index on an expression": (["CREATE INDEX odd ON topics (length(title))"], "odd"),
    "an unknown statement kind": (["UPDATE statements SET kind = 'rumour' WHERE rowid = 1"],
                                  "statements.kind"),
    "an unknown paragraph kind": (["UPDATE paragraphs SET kind = 'advert' WHERE rowid = 1"],
                                  "paragraphs.kind"),
    "an unknown citation owner": (["UPDATE citations SET owner_type = 'banner' WHERE rowid = 1"],
                                  "citations.owner_type"),
    "a flag that is neither 0 nor 1": (["UPDATE evidence SET official_only = 7 WHERE rowid = 1"],
                                       "evidence.official_only"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_signed_database_that_breaks_a_rule_is_refused_at_install(tmp_path, library, signer,
                                                                    capsys, case):
    sql, words = CASES[case]
    db = changed_db(library, tmp_path, 2, *sql)
    pack = pack_from_database(db, tmp_path / "two.pvpack", signer, 2, db.with_suffix(".clean"))
    capsys.readouterr()
    assert main(["install-pack", str(pack), "--clinic", str(signer.clinic)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and words in err, err
    assert not user_content_dir().exists()


@pytest.mark.parametrize("case", ["a view in place of a table", "an unknown in_whom",
                                  "a trigger", "topics as a recursive view"])
def test_a_pack_that_breaks_a_rule_is_passed_over_at_start(tmp_path, library, signer, case):
    one = make_pack(library, tmp_path / "one.pvpack", signer, 1)
    assert main(["install-pack", str(one), "--clinic", str(signer.clinic)]) == 0
    db = changed_db(library, tmp_path, 2, *CASES[case][0])
    pack = pack_from_database(db, tmp_path / "two.pvpack", signer, 2, db.with_suffix(".clean"))
    place(pack, user_content_dir(), 2)
    opened = choice.open_content(clinic_keys=[signer.public_line])
    assert opened.origin.sequence == 1 and opened.passed_over
    assert "breaks the rules" in opened.problems()
    assert opened.store.topics()
    opened.store.close()


def test_a_3_mb_statement_in_the_schema_is_refused(tmp_path, library, signer, capsys):
    huge = "CREATE VIEW huge AS SELECT '" + "x" * 3_000_000 + "' AS x"
    db = changed_db(library, tmp_path, 2, huge)
    pack = pack_from_database(db, tmp_path / "two.pvpack", signer, 2, db.with_suffix(".clean"))
    capsys.readouterr()
    assert main(["install-pack", str(pack), "--clinic", str(signer.clinic)]) == 2
    assert "not readable" in capsys.readouterr().err


def test_a_query_that_runs_out_of_time_passes_the_pack_over(tmp_path, library, signer,
                                                            monkeypatch):
    one = make_pack(library, tmp_path / "one.pvpack", signer, 1)
    two = make_pack(library, tmp_path / "two.pvpack", signer, 2)
    for pack in (one, two):
        assert main(["install-pack", str(pack), "--clinic", str(signer.clinic)]) == 0
    monkeypatch.setattr(choice, "START_SECONDS", 0.0)  # every query is too slow
    monkeypatch.setattr(sqlite_guard, "_PROGRESS_EVERY", 1)  # and the clock is read at once
    opened = choice.open_content(clinic_keys=[signer.public_line])
    assert opened.origin.kind == "shipped" and "interrupted" in opened.problems()
    opened.store.close()


def test_any_failure_of_a_pack_at_open_falls_back(tmp_path, library, signer, monkeypatch):
    """Not only DatabaseError: whatever goes wrong opening pack 2, pack 1 is used."""
    one = make_pack(library, tmp_path / "one.pvpack", signer, 1)
    two = make_pack(library, tmp_path / "two.pvpack", signer, 2)
    for pack in (one, two):
        assert main(["install-pack", str(pack), "--clinic", str(signer.clinic)]) == 0
    real = choice.ContentStore

    class Faulty(real):
        def glossary(self):
            if "pack-00000002" in str(self.path):
                raise ValueError("a fault no one foresaw")
            return super().glossary()

    monkeypatch.setattr(choice, "ContentStore", Faulty)
    opened = choice.open_content(clinic_keys=[signer.public_line])
    assert opened.origin.sequence == 1 and "a fault no one foresaw" in opened.problems()
    opened.store.close()


def test_the_builders_own_database_keeps_every_rule(tmp_path, real_db, signer):
    """The rules are not stricter than the builder: the real library packs and installs."""
    db = tmp_path / "real.db"
    shutil.copy(real_db, db)
    conn = sqlite3.connect(db)
    conn.execute("UPDATE meta SET value = '3' WHERE key = 'pack_sequence'")
    conn.commit()
    conn.close()
    pack = pack_from_database(db, tmp_path / "real.pvpack", signer, 3)
    assert main(["install-pack", str(pack), "--clinic", str(signer.clinic)]) == 0


def test_a_forged_stamp_still_meets_the_schema_check_at_start(tmp_path, library, signer):
    """Whoever can write the content folder can edit a database and forge its stamp (the docs
    say so); even then the start-up check refuses a view or a trigger in it."""
    from viewer.packs import choose

    for n in (1, 2):
        pack = make_pack(library, tmp_path / f"{n}.pvpack", signer, n)
        assert main(["install-pack", str(pack), "--clinic", str(signer.clinic)]) == 0
    folder = user_content_dir()
    db = folder / "pack-00000002.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE VIEW sneaky AS SELECT 1")
    conn.commit()
    conn.close()
    digest = (folder / "pack-00000002.checked").read_text().split()[5]
    head = (folder / "pack-00000002.head").read_bytes()
    (folder / "pack-00000002.checked").write_text(choose._stamp_line(db, head, digest) + "\n")
    opened = choice.open_content(clinic_keys=[signer.public_line])
    assert opened.origin.sequence == 1 and "view" in opened.problems()
    opened.store.close()


@pytest.mark.parametrize("column", sorted(database_rules.CLOSED), ids="{0[0]}.{0[1]}".format)
def test_every_closed_field_refuses_a_value_outside_its_list(tmp_path, small_db, column):
    """Each closed field, one changed row: the full rules name that field."""
    table, name = column
    db = tmp_path / "odd.db"
    shutil.copy(small_db, db)
    conn = sqlite3.connect(db)
    odd = 7 if isinstance(database_rules.CLOSED[column][0], int) else "zz-odd\x1b[31m"
    with conn:
        changed = conn.execute(f"UPDATE {table} SET {name} = ? "  # noqa: S608 (names of CLOSED)
                               f"WHERE rowid = (SELECT min(rowid) FROM {table})", (odd,)).rowcount
    conn.close()
    assert changed == 1
    conn = sqlite_guard.connect_read_only(db)
    try:
        with pytest.raises(database_rules.RuleBroken, match=f"{table}\\.{name} holds"):
            database_rules._values(conn, database_rules.schema_of(conn))
    finally:
        conn.close()


def test_every_column_that_holds_only_vocabulary_values_is_checked(real_db):
    """A column of the real database whose values all come from one list of
    viewer/vocabulary.py is a closed field, and the rules check it (a list added there and
    used by the builder, but not named in CLOSED, fails here)."""
    lists = [v for v in vars(vocabulary).values()
             if isinstance(v, tuple) and len(v) > 1 and all(isinstance(x, str) for x in v)]
    conn = sqlite3.connect(real_db)
    try:
        unchecked = []
        for table, kind in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'"):
            if "VIRTUAL" in (kind or "").upper() or table.endswith(("_data", "_idx", "_content",
                                                                    "_docsize", "_config")):
                continue
            for column in [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]:
                values = {r[0] for r in conn.execute(f"SELECT DISTINCT {column} FROM {table} "  # noqa: S608
                                                     "LIMIT 50")}
                values.discard("")
                closed = len(values) > 1 and any(values <= set(v) for v in lists)
                if closed and (table, column) not in database_rules.CLOSED:
                    unchecked.append(f"{table}.{column}")
    finally:
        conn.close()
    assert not unchecked, unchecked
