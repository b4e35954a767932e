"""A computer that does not let the app write its folders: the window still opens, keeps
the sheet in memory, says so once, and printing and saving as PDF still work."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.sheet_pdf import page_texts
from tests.ui_helpers import IGNORE_OFFSCREEN
from viewer import paths
from viewer.store.user import UserStore
from viewer.ui.window import app

pytestmark = pytest.mark.qt_log_ignore(IGNORE_OFFSCREEN)
NOTES = "Ask about the Quokkaberry trial"
XDG = ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME")


def blocked(tmp_path: Path, monkeypatch) -> Path:
    """Point every user folder under a plain file, as on a locked-down profile."""
    blocker = tmp_path / "a-plain-file"
    blocker.write_text("in the way")
    monkeypatch.delenv("PATIENT_VIEWER_DATA_DIR")
    for var in XDG:
        monkeypatch.setenv(var, str(blocker / var.lower()))
    return blocker


def notices(window) -> list[str]:
    return [b.text() for b in window.findChildren(QMessageBox, "notice") if b.isVisible()]


def start(qtbot, database, **kwargs):
    window = app.start(database, **kwargs)
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    return window


def type_notes_and_save_pdf(qtbot, window, tmp_path: Path) -> list[str]:
    window.show_topic("topic-1", "questions")
    tab = window.topic_view.questions_tab
    qtbot.keyClicks(tab.panel.notes, NOTES)
    out = tmp_path / "chosen-folder" / "sheet.pdf"
    out.parent.mkdir()
    tab.buttons.write_pdf_to(str(out))  # what the Save as PDF dialog calls with the chosen file
    return page_texts(out)


def test_user_folders_under_a_plain_file(qtbot, small_db, tmp_path, monkeypatch):
    blocker = blocked(tmp_path, monkeypatch)
    window = start(qtbot, small_db)
    assert not window.user.on_disk
    [said] = notices(window)
    assert said == app.CANNOT_SAVE
    assert "does not let the app save" in window.statusBar().currentMessage()
    texts = type_notes_and_save_pdf(qtbot, window, tmp_path)
    assert NOTES in " ".join(texts)
    window.set_text_size(20)  # the window's settings have nowhere to go, and do not fail
    assert window.user.notes() == NOTES
    assert len(notices(window)) == 1, "said once"
    assert blocker.read_text() == "in the way"


def test_a_missing_parent_folder_is_made_and_used(qtbot, small_db, tmp_path, monkeypatch):
    monkeypatch.delenv("PATIENT_VIEWER_DATA_DIR")
    for var in XDG:
        monkeypatch.setenv(var, str(tmp_path / "not-yet" / var.lower()))
    window = start(qtbot, small_db)
    assert window.user.on_disk and notices(window) == []
    type_notes_and_save_pdf(qtbot, window, tmp_path)
    assert paths.user_database().is_file() and paths.settings_file().is_file()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_home(qtbot, small_db, tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.delenv("PATIENT_VIEWER_DATA_DIR")
    for var in XDG:
        monkeypatch.setenv(var, str(home / var.lower()))
    home.chmod(0o500)
    try:
        window = start(qtbot, small_db)
        assert not window.user.on_disk and notices(window) == [app.CANNOT_SAVE]
        assert NOTES in " ".join(type_notes_and_save_pdf(qtbot, window, tmp_path))
    finally:
        home.chmod(0o700)


def test_the_disk_fills_during_a_save(qtbot, small_db, tmp_path):
    def fill_up(db) -> None:
        db.execute(f"PRAGMA max_page_count = {db.execute('PRAGMA page_count').fetchone()[0]}")

    window = start(qtbot, small_db, user=UserStore(paths.user_database(), on_open=fill_up))
    assert window.user.on_disk and notices(window) == []
    window.show_topic("topic-1", "questions")
    notes = window.topic_view.questions_tab.panel.notes
    notes.setPlainText("A long note. " * 2000)  # as a paste: more than the disk can take
    qtbot.keyClicks(notes, " and more")
    assert not window.user.on_disk
    assert notices(window) == [app.CANNOT_SAVE], "said once, however many saves fail"
    kept = window.user.notes()
    assert " and more" in kept and kept.count("A long note.") == 2000, "nothing typed was lost"
    texts = type_notes_and_save_pdf(qtbot, window, tmp_path)
    assert NOTES in " ".join(texts)


def run_cli(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    blocker = tmp_path / "a-plain-file"
    blocker.write_text("in the way")
    env = {k: v for k, v in os.environ.items() if k != "PATIENT_VIEWER_DATA_DIR"}
    env.update({var: str(blocker / var.lower()) for var in XDG}, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "viewer", *args], env=env, capture_output=True,
                          text=True, timeout=300)


def test_the_commands_work_with_user_folders_under_a_plain_file(small_db, tmp_path):
    shots = run_cli(tmp_path, "--database", str(small_db), "screenshots", "--out",
                    str(tmp_path / "shots"))
    assert shots.returncode == 0, shots.stderr
    assert len(list((tmp_path / "shots").glob("*.png"))) >= 10
    out = tmp_path / "sheet.pdf"
    sheet = run_cli(tmp_path, "--database", str(small_db), "sheet", "--topic", "topic-1",
                    "--out", str(out))
    assert sheet.returncode == 0, sheet.stderr
    assert "Is question 1 a good one to ask?" in page_texts(out)[0]
    # and with the content the app ships (content packs looked for in the blocked folders)
    shipped = tmp_path / "shipped.pdf"
    sheet = run_cli(tmp_path, "sheet", "--topic", "enteromix", "--out", str(shipped))
    assert sheet.returncode == 0, sheet.stderr
    assert page_texts(shipped)


WINDOW_ON_A_READ_ONLY_HOME = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QMessageBox
from viewer.ui.window import app
application = app.application()
window = app.start(Path(sys.argv[1]))
window.show_topic("topic-1", "questions")
tab = window.topic_view.questions_tab
tab.panel.notes.setPlainText("Ask about the Quokkaberry trial")
tab.buttons.write_pdf_to(sys.argv[2])
said = [b.text() for b in window.findChildren(QMessageBox, "notice")]
print(window.user.on_disk, said == [app.CANNOT_SAVE], tab.status.text())
"""


NOBODY = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable]
REPO = Path(__file__).resolve().parents[3]


def nobody_can_run_the_app() -> bool:
    """Root, setpriv, and a Python and checkout that another user can read."""
    if os.geteuid() != 0 or not Path("/usr/bin/setpriv").exists():
        return False
    probe = subprocess.run([*NOBODY, "-c", "import viewer.cli, PySide6.QtWidgets"],
                           env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)}, cwd="/",
                           capture_output=True, timeout=120)
    return probe.returncode == 0


@pytest.mark.skipif(not nobody_can_run_the_app(),
                    reason="needs root, setpriv and a checkout other users can read")
def test_a_read_only_home_for_another_user(small_db, tmp_path):
    """Root ignores folder permissions, so the app runs as 'nobody' in a home it can read
    but not write: the window opens, the sheet stays in memory, and the PDF is written."""
    import shutil
    import tempfile

    shared = Path(tempfile.mkdtemp(prefix="read-only-home-"))
    try:
        shared.chmod(0o755)
        home = shared / "home"
        home.mkdir(mode=0o755)  # root's: read-only for nobody
        db = shared / "content.db"
        shutil.copy(small_db, db)
        db.chmod(0o644)
        script = shared / "window.py"
        script.write_text(WINDOW_ON_A_READ_ONLY_HOME)
        out = shared / "out"
        out.mkdir()
        os.chown(out, 65534, 65534)
        env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
               "PYTHONPATH": str(REPO)}

        def run(*args: str) -> subprocess.CompletedProcess:
            return subprocess.run([*NOBODY, *args], env=env, capture_output=True, text=True,
                                  timeout=300, cwd=shared)

        window = run(str(script), str(db), str(out / "window.pdf"))
        assert window.returncode == 0, window.stderr
        assert window.stdout.split()[:2] == ["False", "True"], window.stdout + window.stderr
        assert NOTES in " ".join(page_texts(out / "window.pdf"))
        sheet = run("-m", "viewer", "--database", str(db), "sheet", "--topic", "topic-1",
                    "--out", str(out / "sheet.pdf"))
        assert sheet.returncode == 0, sheet.stderr
        shots = run("-m", "viewer", "--database", str(db), "screenshots", "--out", str(out / "shots"))
        assert shots.returncode == 0, shots.stderr
        assert list(home.iterdir()) == []
    finally:
        shutil.rmtree(shared)


def test_a_settings_file_that_cannot_be_written(qtbot, small_db, tmp_path):
    """A folder where settings.ini should be: the window opens and keeps its size in memory."""
    paths.settings_file().mkdir(parents=True)
    window = start(qtbot, small_db)
    window.set_text_size(19)
    window.close()
    again = start(qtbot, small_db)
    assert again.isVisible() and paths.settings_file().is_dir()
