"""Installs against each other, against crashes and against links planted in the folder."""

from __future__ import annotations

import os
import threading
import time

import pytest

from tests.packs.helpers import Signer, make_pack, place, resign
from viewer.cli import main
from viewer.opening import choice
from viewer.packs.folder_lock import install_lock
from viewer.packs.locations import user_content_dir


@pytest.fixture
def signer(tmp_path) -> Signer:
    return Signer(tmp_path / "keys")


def install(pack, signer) -> int:
    return main(["install-pack", str(pack), "--clinic", str(signer.clinic)])


def in_use(signer) -> int:
    opened = choice.open_content(clinic_keys=[signer.public_line])
    opened.store.close()
    return opened.origin.sequence


def test_a_deeply_nested_manifest_is_one_refusal_at_install_and_at_start(tmp_path, library,
                                                                         signer, capsys):
    good = make_pack(library, tmp_path / "good.pvpack", signer, 2)
    deep = resign(good, tmp_path / "deep.pvpack", signer, b"[" * 30000 + b"]" * 30000)
    capsys.readouterr()
    assert install(deep, signer) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "nested too deeply" in err
    one = make_pack(library, tmp_path / "one.pvpack", signer, 1)
    assert install(one, signer) == 0
    place(deep, user_content_dir(), 2)  # the same head in a content folder
    opened = choice.open_content(clinic_keys=[signer.public_line])
    assert opened.origin.sequence == 1 and "nested too deeply" in opened.problems()
    opened.store.close()
    capsys.readouterr()
    assert main(["content-info", "--clinic", str(signer.clinic)]) == 0
    assert "nested too deeply" in capsys.readouterr().out


def test_a_second_install_waits_for_the_first(tmp_path, library, signer):
    folder = user_content_dir()
    folder.mkdir(parents=True)
    two = make_pack(library, tmp_path / "two.pvpack", signer, 2)
    results = []
    with install_lock(folder):  # an install in progress
        worker = threading.Thread(target=lambda: results.append(install(two, signer)))
        worker.start()
        time.sleep(1.0)
        assert not (folder / "pack-00000002.head").exists() and worker.is_alive()
    worker.join(30)
    assert results == [0] and (folder / "pack-00000002.head").is_file()


def test_concurrent_installs_keep_the_newest_and_the_mark(tmp_path, library, signer):
    packs = [make_pack(library, tmp_path / f"{n}.pvpack", signer, n) for n in (2, 3, 4, 5)]
    results = []
    workers = [threading.Thread(target=lambda p=p: results.append(install(p, signer)))
               for p in packs]
    for w in workers:
        w.start()
    for w in workers:
        w.join(60)
    folder = user_content_dir()
    assert len(results) == 4 and set(results) <= {0, 2}  # each installed, or "not newer"
    assert (folder / "pack-00000005.head").is_file() and (folder / "pack-00000005.db").is_file()
    assert (folder / "highest-sequence").read_text() == "5\n"
    assert in_use(signer) == 5


def test_leftovers_of_a_killed_install_go_at_the_next_install_and_at_start(tmp_path, library,
                                                                           signer):
    one = make_pack(library, tmp_path / "one.pvpack", signer, 1)
    assert install(one, signer) == 0
    folder = user_content_dir()
    (folder / ".installing-dead1.db").write_bytes(b"\0" * 100_000)
    two = make_pack(library, tmp_path / "two.pvpack", signer, 2)
    assert install(two, signer) == 0
    assert not list(folder.glob(".installing-*"))
    (folder / ".installing-dead2.db").write_bytes(b"\0" * 100_000)
    (folder / ".highest-sequence.tmp").write_bytes(b"")  # the empty temporary mark
    assert in_use(signer) == 2
    assert not list(folder.glob(".installing-*")) and not (folder / ".highest-sequence.tmp").exists()


def test_links_planted_in_the_folder_are_never_written_through(tmp_path, library, signer):
    one = make_pack(library, tmp_path / "one.pvpack", signer, 1)
    assert install(one, signer) == 0
    folder = user_content_dir()
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n")
    (folder / ".highest-sequence.tmp").symlink_to(victim)
    (folder / "pack-00000002.checked").symlink_to(victim)
    two = make_pack(library, tmp_path / "two.pvpack", signer, 2)
    assert install(two, signer) == 0
    assert victim.read_text() == "precious\n"
    assert not (folder / "highest-sequence").is_symlink()
    assert (folder / "highest-sequence").read_text().strip() == "2"
    assert not (folder / "pack-00000002.checked").is_symlink()


def test_a_link_swapped_in_for_a_temporary_file_is_never_written_through(
        tmp_path, library, signer, monkeypatch):
    """Someone who can write the folder replaces the install's new temporary file by a link
    between its making and its writing: the write goes to the file made, never the link's
    target, and the link is never installed."""
    from types import SimpleNamespace

    from viewer.packs import install as installing

    one = make_pack(library, tmp_path / "one.pvpack", signer, 1)
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n")

    swapped = _link_in_place_of_each_temporary_file(victim)
    monkeypatch.setattr(installing, "tempfile", SimpleNamespace(mkstemp=swapped))
    assert install(one, signer) == 2
    assert victim.read_text() == "precious\n"
    folder = user_content_dir()
    assert not folder.exists() or not [p for p in folder.iterdir() if p.is_symlink()]


def test_a_link_swapped_in_for_the_new_mark_is_never_renamed_into_place(
        tmp_path, library, signer, monkeypatch):
    """The same for the mark and the stamp: a link put in place of their new file before its
    rename is refused, so the mark never becomes a link (which would refuse every later
    install); the pack, its head holding the number up, is still installed."""
    from types import SimpleNamespace

    from viewer.packs import locations

    one = make_pack(library, tmp_path / "one.pvpack", signer, 1)
    two = make_pack(library, tmp_path / "two.pvpack", signer, 2)
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n")

    swapped = _link_in_place_of_each_temporary_file(victim)
    with monkeypatch.context() as patched:
        patched.setattr(locations, "tempfile", SimpleNamespace(mkstemp=swapped))
        assert install(one, signer) == 0
    folder = user_content_dir()
    assert victim.read_text() == "precious\n"
    assert not [p.name for p in folder.iterdir() if p.is_symlink()]
    assert install(two, signer) == 0 and in_use(signer) == 2


@pytest.mark.parametrize("mark", ["", "   \n", "seven", "-3"])
def test_an_empty_or_odd_mark_is_refused_never_read_as_zero(tmp_path, library, signer, capsys,
                                                             mark):
    five = make_pack(library, tmp_path / "five.pvpack", signer, 5)
    assert install(five, signer) == 0
    folder = user_content_dir()
    for path in folder.glob("pack-*"):
        path.unlink()
    (folder / "highest-sequence").write_text(mark)
    older = make_pack(library, tmp_path / "three.pvpack", signer, 3)
    capsys.readouterr()
    assert install(older, signer) == 2
    assert "cannot be read" in capsys.readouterr().err
    assert not (folder / "pack-00000003.head").exists()


def test_the_mark_is_replaced_by_rename_from_a_flushed_file(tmp_path, library, signer,
                                                            monkeypatch):
    synced: list[int] = []
    real = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(fd), real(fd))[1])
    one = make_pack(library, tmp_path / "one.pvpack", signer, 1)
    assert install(one, signer) == 0
    folder = user_content_dir()
    assert (folder / "highest-sequence").read_text() == "1\n"
    assert len(synced) >= 3  # the database, the head, the mark (and the folder)
    assert not list(folder.glob(".installing-*"))


def test_the_same_pack_again_is_already_installed(tmp_path, library, signer, capsys):
    one = make_pack(library, tmp_path / "one.pvpack", signer, 1)
    assert install(one, signer) == 0
    capsys.readouterr()
    assert install(one, signer) == 0
    out = capsys.readouterr().out
    assert "already installed" in out and "nothing was changed" in out
    data = bytearray(one.read_bytes())
    data[-100] ^= 1  # the same number, changed after signing
    one.write_bytes(bytes(data))
    assert install(one, signer) == 2
    assert "changed after signing" in capsys.readouterr().err


def test_pack_out_into_a_missing_folder_is_one_line(tmp_path, library, monkeypatch, capsys):
    assert main(["keygen", "--out", str(tmp_path / "k")]) == 0
    monkeypatch.chdir(library)
    capsys.readouterr()
    out = tmp_path / "no" / "such" / "p.pvpack"
    assert main(["pack", "--key", str(tmp_path / "k"), "--sequence", "1", "--out", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "does not exist" in err, err


def _link_in_place_of_each_temporary_file(victim):
    """A ``mkstemp`` whose new file is swapped for a link to ``victim`` the moment it is made,
    as an attacker racing the install would."""
    import tempfile

    def swapped(*args, **kwargs):
        fd, name = tempfile.mkstemp(*args, **kwargs)
        os.unlink(name)
        os.symlink(victim, name)
        return fd, name
    return swapped
