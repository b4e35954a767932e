"""Property-based tests: no input makes the pack readers or the database rules crash.

A quick run is part of every test command; `--hypothesis-profile=long` runs many more
examples (README, "Test it")."""

from __future__ import annotations

import hashlib
import io
import json
import random
import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.library import write_library
from tests.packs.helpers import Signer, make_pack, place
from viewer.builder.pipeline import build_database
from viewer.packs.container import Manifest, PackError, read_head
from viewer.packs.database_rules import check_pack_database
from viewer.packs.locations import user_content_dir

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=12), children, max_size=6),
    max_leaves=30)


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> dict:
    """One real signed pack and its database, made once for the module."""
    root = tmp_path_factory.mktemp("fuzz")
    library = write_library(root / "library")
    signer = Signer(root / "keys")
    pack = make_pack(library, root / "two.pvpack", signer, 2)
    db = root / "two.db"
    build_database(library, db, pack_sequence=2)
    return {"root": root, "signer": signer, "pack": pack, "db": db,
            "manifest": json.loads(pack.read_bytes()[12:12 + int.from_bytes(
                pack.read_bytes()[8:12], "big")])}


def parse(raw: bytes) -> None:
    try:
        read_head(io.BytesIO(raw), "fuzzed.pvpack")
    except PackError:
        pass


@given(st.binary(max_size=400))
def test_any_bytes_are_a_head_or_one_refusal(raw):
    parse(raw)


@given(data=st.data())
def test_a_valid_head_changed_anywhere_is_a_head_or_one_refusal(made, data):
    head = bytearray(made["pack"].read_bytes()[:4096])
    for _ in range(data.draw(st.integers(1, 8))):
        at = data.draw(st.integers(0, len(head) - 1))
        head[at] = data.draw(st.integers(0, 255))
    parse(bytes(head[:data.draw(st.integers(0, len(head)))]))


@given(json_values)
def test_any_json_is_a_manifest_or_one_refusal(value):
    try:
        Manifest.from_bytes(json.dumps(value).encode(), "fuzzed")
    except PackError:
        pass


@given(st.dictionaries(st.sampled_from(["sequence", "schema_version", "database_size", "format",
                                        "app_id", "sources", "key_id", "created"]),
                       json_values, max_size=4))
def test_a_real_manifest_with_fields_changed_is_a_manifest_or_one_refusal(made, changes):
    try:
        Manifest.from_bytes(json.dumps({**made["manifest"], **changes}).encode(), "fuzzed")
    except PackError:
        pass


def _mutated(made, seed: int, flips: int, name: str) -> Path:
    data = bytearray(made["db"].read_bytes())
    rng = random.Random(seed)
    for _ in range(flips):
        data[rng.randrange(100, len(data))] = rng.randrange(256)  # past the header: deeper
    out = made["root"] / name
    out.write_bytes(bytes(data))
    return out


@given(st.integers(0, 2**32), st.integers(1, 40))
def test_a_mutated_database_is_accepted_or_refused_never_a_crash(made, seed, flips):
    db = _mutated(made, seed, flips, "mutated.db")
    m = Manifest.from_bytes(json.dumps(made["manifest"]).encode(), "m")
    try:
        check_pack_database(db, m, "mutated")
    except PackError:
        pass


@given(st.integers(0, 2**32), st.integers(1, 20),
       st.sampled_from(["UPDATE evidence SET in_whom = ?", "UPDATE topics SET stage = ?",
                        "UPDATE glossary SET also = ?", "UPDATE sections SET tab = ?",
                        "UPDATE topics SET title = ?", "UPDATE meta SET value = ? "
                        "WHERE key = 'schema_version'"]),
       st.one_of(st.text(max_size=30), st.binary(max_size=30),
                 st.integers(-2**63, 2**63 - 1), st.none()))
def test_a_mutated_installed_pack_is_used_or_passed_over_at_start(made, tmp_path_factory, seed,
                                                                   flips, statement, value):
    """Changed values or changed bytes, signed by a trusted key and placed in the content
    folder: the app opens it or passes it over; it never fails to start."""
    from viewer.opening import choice

    root = tmp_path_factory.mktemp("start")
    db = root / "changed.db"
    db.write_bytes(made["db"].read_bytes())
    conn = sqlite3.connect(db)
    try:
        conn.execute(statement, (value,))
        conn.commit()
    except sqlite3.Error:
        pass
    conn.close()
    if seed % 2:
        db.write_bytes(_mutated({**made, "db": db}, seed, flips, "flipped.db").read_bytes())
    signer = made["signer"]
    data = db.read_bytes()  # signed as it is, whatever SQLite would make of it
    manifest = {**made["manifest"], "database_size": len(data),
                "database_sha256": hashlib.sha256(data).hexdigest()}
    raw = json.dumps(manifest, sort_keys=True, separators=(",", ":")).encode()
    pack = root / "p.pvpack"
    pack.write_bytes(b"PVPACK\0\1" + len(raw).to_bytes(4, "big") + raw
                     + signer.private.sign(raw).signature + data)
    folder = user_content_dir()
    shutil.rmtree(folder, ignore_errors=True)
    place(pack, folder, 2)
    opened = choice.open_content(clinic_keys=[signer.public_line])
    try:
        assert opened.origin.kind == "shipped" or opened.store.topics() is not None
    finally:
        opened.store.close()
