"""Content updates from the clinic's content_folder (a share or a USB stick): the newest
pack that passes every check of install-pack is installed, a refused one is passed over
for the next, a missing share is a log line, and the patient's screen never waits."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import threading
import time
from pathlib import Path

import pytest

from tests.library import write_library
from tests.packs.helpers import Signer, make_pack
from tests.ui.window.test_locked_down import NOBODY, REPO, nobody_can_run_the_app
from viewer import resources
from viewer.cli import main
from viewer.clinic.content_folder import install_newest, install_target, look
from viewer.clinic.settings import read_clinic_file
from viewer.packs.locations import (
    highest_sequence,
    installed_sequences,
    system_content_dir,
    user_content_dir,
)


@pytest.fixture
def share(tmp_path, small_db, monkeypatch):
    """A share holding packs 3 and 4, and 5 changed after signing."""
    monkeypatch.setattr(resources, "shipped_database", lambda: small_db)
    signer = Signer(tmp_path / "keys")
    library = write_library(tmp_path / "lib")
    folder = tmp_path / "share"
    folder.mkdir()
    for n in (3, 4):
        make_pack(library, folder / f"content-{n}.pvpack", signer, n)
    data = bytearray(make_pack(library, tmp_path / "five.pvpack", signer, 5).read_bytes())
    data[-100] ^= 0xFF
    (folder / "content-5.pvpack").write_bytes(bytes(data))
    (folder / "notes.txt").write_text("not a pack")
    return folder, signer


def test_the_newest_good_pack_is_installed_and_a_tampered_one_passed_over(share, caplog):
    folder, signer = share
    caplog.set_level(logging.INFO)
    done = install_newest(folder, [signer.public_line], user_content_dir())
    assert done.installed == 4 and done.newest_there == 5 and done.installed_before == 0
    assert len(done.problems) == 1 and "content-5.pvpack" in done.problems[0]
    assert installed_sequences(user_content_dir()) == [4] and highest_sequence(user_content_dir()) == 4
    assert "passed over" in caplog.text and "installed content update number 4" in caplog.text
    again = install_newest(folder, [signer.public_line], user_content_dir())
    assert again.installed == 0 and again.installed_before == 4


def test_an_untrusted_key_installs_nothing(share):
    folder, _ = share
    done = install_newest(folder, [], user_content_dir())
    assert done.installed == 0 and done.newest_there == 0
    assert len(done.problems) == 3 and all("trusted" in p for p in done.problems)
    assert installed_sequences(user_content_dir()) == []


def test_a_share_that_is_not_there_is_one_line(tmp_path):
    done = install_newest(tmp_path / "not-mounted", [], user_content_dir())
    assert done.installed == 0 and done.problems == [] and done.newest_there == 0
    fifo = tmp_path / "odd"
    fifo.mkdir()
    os.mkfifo(fifo / "stuck.pvpack")
    started = time.monotonic()
    done = install_newest(fifo, [], user_content_dir())
    assert time.monotonic() - started < 20, "not waited for (a blocked open never returns)"
    assert "not a regular file" in done.problems[0]


def test_content_info_says_what_the_folder_offers(share, tmp_path, capsys):
    folder, signer = share
    clinic = tmp_path / "clinic.toml"
    clinic.write_text(f'kiosk = true\ncontent_folder = "{folder}"\ncontent_check_minutes = 30\n'
                      f'trusted_keys = ["{signer.public_line}"]\n')
    assert read_clinic_file(clinic).problems == []
    assert main(["--clinic", str(clinic), "content-info", "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    # Only heads are read here: 5's signed head is offered; its changed database is found
    # (and 5 refused) when it is installed.
    assert info["content_folder"]["newest_there"] == 5
    assert info["content_folder"]["up_to_date"] is False and info["content"]["sequence"] == 0
    assert look(folder, [signer.public_line], user_content_dir())[1][0].name == "content-5.pvpack"


def test_the_window_checks_in_the_background(share, qtbot):
    from PySide6.QtCore import QObject

    from viewer.clinic.settings import ClinicSettings
    from viewer.ui.clinic.content_watch import ContentFolderWatch

    folder, signer = share
    clinic = ClinicSettings(kiosk=True, content_folder=str(folder), content_check_minutes=1,
                            trusted_keys=[signer.public_line])
    parent = QObject()
    watch = ContentFolderWatch(parent, clinic, user_content_dir(), first_ms=0)
    assert watch.timer.interval() == 60_000 and watch.timer.isActive()
    qtbot.waitUntil(lambda: watch._worker is not None, timeout=10_000)
    assert isinstance(watch._worker, threading.Thread), "the check runs beside the screen"
    watch.wait(60)
    assert watch.last is not None and watch.last.installed == 4
    assert installed_sequences(user_content_dir()) == [4]


def test_the_system_content_folder_is_the_target_only_when_this_account_owns_it(tmp_path):
    system = system_content_dir()
    assert install_target() == user_content_dir()  # not there: this user's own
    system.mkdir(parents=True)
    assert install_target() == system  # IT gave it to this account
    if os.geteuid() == 0:
        os.chown(system, 65534, 65534)  # another account's (nobody's)
        assert install_target() == user_content_dir()


def test_an_update_in_the_system_folder_is_seen_by_every_user(share, tmp_path, monkeypatch, capsys):
    """The kiosk account owns the system content folder: what it installs from the share,
    another user of the computer (their own data folder, empty) uses and reports."""
    folder, signer = share
    system_content_dir().mkdir(parents=True)
    done = install_newest(folder, [signer.public_line], install_target())
    assert done.installed == 4 and installed_sequences(system_content_dir()) == [4]
    assert installed_sequences(user_content_dir()) == []
    monkeypatch.setenv("PATIENT_VIEWER_DATA_DIR", str(tmp_path / "another-user"))
    clinic = tmp_path / "clinic.toml"
    clinic.write_text(f'content_folder = "{folder}"\ntrusted_keys = ["{signer.public_line}"]\n')
    assert main(["--clinic", str(clinic), "content-info", "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["content"]["sequence"] == 4
    assert info["content"]["pack_file"].startswith(str(system_content_dir()))
    # 5 is offered but was refused at install: still behind, by the signed head's number
    assert info["content_folder"]["installed_before"] == 4 and info["content_folder"]["newest_there"] == 5


def test_a_pack_it_installed_for_everyone_is_not_installed_again_for_one_user(share):
    folder, signer = share
    system = system_content_dir()
    system.mkdir(parents=True)
    install_newest(folder, [signer.public_line], system)  # as install-pack --system would
    again = install_newest(folder, [signer.public_line], user_content_dir())
    assert again.installed == 0 and again.installed_before == 4
    assert installed_sequences(user_content_dir()) == []


ROOT_THEN_KIOSK = """
import sys
from pathlib import Path
from viewer import resources
resources.shipped_database = lambda: Path(sys.argv[1])  # the small database the packs were made for
from viewer.clinic.content_folder import install_newest, install_target
target = install_target()
done = install_newest(Path(sys.argv[2]), [sys.argv[3]], target)
print(target, done.installed, done.problems)
"""


@pytest.mark.skipif(not nobody_can_run_the_app(),
                    reason="needs root, setpriv and a checkout other users can read")
def test_the_kiosk_account_installs_into_its_system_folder_after_root_installed_there(share, small_db):
    """IT (root) installed pack 3 for everyone with install-pack --system, into the system
    content folder it gave to the kiosk account; the kiosk's app (here: nobody) then installs
    4 from the share into that same folder, although root made its lock file."""
    import shutil
    import tempfile

    from viewer.packs.install import install_pack
    from viewer.packs.trust import trusted_keys

    folder, signer = share
    shared = Path(tempfile.mkdtemp(prefix="system-content-"))
    try:
        shared.chmod(0o755)
        system = shared / "patient-viewer" / "content"
        system.mkdir(parents=True)
        os.chown(system, 65534, 65534)
        home = shared / "kiosk-home"
        home.mkdir()
        os.chown(home, 65534, 65534)
        copied = Path(shutil.copytree(folder, shared / "share"))
        db = Path(shutil.copy(small_db, shared / "content.db"))
        for path in (*copied.rglob("*"), copied, db):
            path.chmod(0o755 if path.is_dir() else 0o644)
        install_pack(copied / "content-3.pvpack", system, trusted_keys([signer.public_line]))
        assert (system / "install.lock").stat().st_uid == 0  # root's lock file, mode 0644
        env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "PYTHONPATH": str(REPO),
               "PATIENT_VIEWER_DATA_DIR": str(home / "data"),
               "PATIENT_VIEWER_SYSTEM_DATA_DIR": str(shared / "patient-viewer")}
        result = subprocess.run([*NOBODY, "-c", ROOT_THEN_KIOSK, str(db), str(copied), signer.public_line],
                                env=env, cwd="/", capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        target, installed, problems = result.stdout.split(" ", 2)
        assert target == str(system) and installed == "4", result.stdout
        assert installed_sequences(system) == [4, 3]
    finally:
        shutil.rmtree(shared, ignore_errors=True)
