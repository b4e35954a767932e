"""The log IT reads after the fact: it rotates, it can live in a system-wide folder the
clinic file names, and it records clinic problems, packs passed over, print failures and
a start that failed."""

from __future__ import annotations

import logging

import pytest

from tests.library import write_library
from tests.packs.helpers import Signer, make_pack
from tests.ui.clinic.session_helpers import clinic_window
from viewer import paths
from viewer.cli import main
from viewer.devtools.clinic_screens import pdf_printer
from viewer.logs import BACKUPS, MAX_BYTES, setup_logging


@pytest.fixture(autouse=True)
def quiet_handlers():
    yield
    setup_logging()  # the next test's folders


def log_text(folder) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in sorted(folder.glob("patient-viewer.log*")))


def test_the_log_rotates(tmp_path):
    setup_logging(tmp_path / "logs")
    log = logging.getLogger("viewer.test")
    line = "x" * 1000
    for _ in range(MAX_BYTES // 1000 * (BACKUPS + 2)):
        log.info(line)
    names = sorted(p.name for p in (tmp_path / "logs").iterdir())
    assert names == ["patient-viewer.log"] + [f"patient-viewer.log.{n}" for n in range(1, BACKUPS + 1)]
    assert all(p.stat().st_size <= MAX_BYTES + 2000 for p in (tmp_path / "logs").iterdir())


def test_a_clinic_log_folder_holds_the_clinic_problems(tmp_path, capsys):
    logs = tmp_path / "var-log"
    clinic = tmp_path / "clinic.toml"
    clinic.write_text(f'log_folder = "{logs}"\nidle_minutes = 999\n')
    assert main(["--clinic", str(clinic), "content-info"]) == 0
    assert f"{clinic}:2: idle_minutes:" in log_text(logs)
    import socket

    assert f"@{socket.gethostname()} WARNING" in log_text(logs), "whose line it is, on a share"
    assert not paths.log_file().exists(), "not in the user's own folder"


def test_a_log_folder_that_cannot_be_written_falls_back_to_the_users(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    clinic = tmp_path / "clinic.toml"
    clinic.write_text(f'log_folder = "{blocker / "logs"}"\nidle_minutes = 999\n')
    assert main(["--clinic", str(clinic), "content-info"]) == 0
    assert "idle_minutes" in paths.log_file().read_text(encoding="utf-8")


def test_a_log_folder_must_be_a_full_path(tmp_path):
    clinic = tmp_path / "clinic.toml"
    clinic.write_text('log_folder = "logs"\n')
    from viewer.clinic.settings import read_clinic_file

    s = read_clinic_file(clinic)
    assert s.log_folder == "" and "not a full path" in s.problems[0].message


def test_a_pack_passed_over_is_logged_and_not_said_twice(tmp_path, capsys, monkeypatch, small_db):
    from viewer import resources

    monkeypatch.setattr(resources, "shipped_database", lambda: small_db)
    signer = Signer(tmp_path / "keys")
    pack = make_pack(write_library(tmp_path / "lib"), tmp_path / "p.pvpack", signer, 3)
    assert main(["install-pack", str(pack), "--clinic", str(signer.clinic)]) == 0
    capsys.readouterr()
    assert main(["content-info"]) == 0  # no clinic file: the pack's key is not trusted
    said = capsys.readouterr()
    assert "passed over" in said.out and "passed over" not in said.err
    assert "passed over" in log_text(paths.log_file().parent)


@pytest.mark.qt_log_ignore(r"QPainter::begin")
def test_a_print_failure_at_finish_is_logged(qtbot, small_db, tmp_path):
    setup_logging()
    nowhere = tmp_path / "no-such-folder" / "printed.pdf"
    window = clinic_window(qtbot, small_db, tmp_path, "kiosk = true\n", printer=pdf_printer(nowhere))
    window.user.set_notes("notes")
    window.clinic_mode.finish.start()
    window.clinic_mode.leave()
    assert "printing the sheet at Finish failed" in log_text(paths.log_file().parent)


def test_an_unexpected_error_in_the_window_reaches_the_log(capsys):
    from viewer.cli.app_commands import log_then

    setup_logging()
    seen = []
    hook = log_then(lambda *info: seen.append(info[1]))
    try:
        raise RuntimeError("a slot went wrong")
    except RuntimeError as err:
        hook(type(err), err, err.__traceback__)
    assert [str(e) for e in seen] == ["a slot went wrong"], "the usual hook still runs"
    text = log_text(paths.log_file().parent)
    assert "the app met an error it did not expect" in text and "RuntimeError: a slot went wrong" in text
    assert "a slot went wrong" not in capsys.readouterr().err, "said once, by the usual hook"
