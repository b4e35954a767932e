""""Install content update…" in the window: real pack, real checks, hidden in kiosk mode."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.library import write_library
from tests.packs.helpers import Signer, make_pack, snapshot
from tests.ui.clinic.session_helpers import clinic_window
from viewer import resources
from viewer.packs.locations import user_content_dir


def _entry(window):
    """The visible "Install content update…" entry, or None."""
    menus = {a.text(): a.menu() for a in window.menuBar().actions() if a.isVisible()}
    if "&Content" not in menus:
        return None
    return next((a for a in menus["&Content"].actions()
                 if a.text().startswith("Install") and a.isVisible()), None)


def told(monkeypatch) -> list[tuple[str, str]]:
    """The real message boxes, built but not run: ("ok" or "no", text) of each; each must
    be plain text."""
    said: list[tuple[str, str]] = []

    def run(box):
        assert box.textFormat() == Qt.TextFormat.PlainText
        said.append(("ok" if box.icon() == QMessageBox.Icon.Information else "no", box.text()))
        return 0
    monkeypatch.setattr(QMessageBox, "exec", run)
    return said


def test_the_menu_entry_installs_a_pack_and_refuses_a_tampered_one(qtbot, tmp_path, small_db,
                                                                     monkeypatch):
    signer = Signer(tmp_path / "keys")
    (tmp_path / "desk.toml").write_text(f'trusted_keys = ["{signer.public_line}"]\n')
    library = write_library(tmp_path / "lib")
    good = make_pack(library, tmp_path / "good.pvpack", signer, 1)
    bad = tmp_path / "bad.pvpack"
    data = bytearray(make_pack(library, tmp_path / "two.pvpack", signer, 2).read_bytes())
    data[200] ^= 1
    bad.write_bytes(bytes(data))
    # The app's shipped database says what a pack may hold; here the tiny library ships,
    # as in tests/packs, so the test does not depend on a built checkout.
    monkeypatch.setattr(resources, "shipped_database", lambda: small_db)
    said = told(monkeypatch)
    # The settings read once at start reach the window's install entry (not a kiosk).
    from viewer.clinic.settings import load_clinic_settings
    from viewer.ui.window import app

    window = app.start(small_db, load_clinic_settings(tmp_path / "desk.toml"))
    qtbot.addWidget(window)
    entry = _entry(window)
    assert entry is not None

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(good), ""))
    entry.trigger()
    assert said[-1][0] == "ok" and "number 1 is installed" in said[-1][1], said
    before = snapshot(user_content_dir())
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    entry.trigger()
    assert said[-1][0] == "no" and "Nothing was changed" in said[-1][1]
    assert snapshot(user_content_dir()) == before


def test_kiosk_mode_has_no_install_entry(qtbot, tmp_path, small_db):
    window = clinic_window(qtbot, small_db, tmp_path, "kiosk = true\n")
    assert _entry(window) is None


def test_no_entry_where_no_one_can_install(qtbot, tmp_path, small_db, monkeypatch):
    """A computer where neither this user's nor the system's pack folder can be written
    (here: a plain file stands where each would be) shows no Content menu at all."""
    from tests.ui_helpers import open_window
    from viewer.ui.window.install_update import someone_can_install

    blocked = tmp_path / "plain-file"
    blocked.write_text("in the way")
    monkeypatch.setenv("PATIENT_VIEWER_DATA_DIR", str(blocked / "user"))
    monkeypatch.setenv("PATIENT_VIEWER_SYSTEM_DATA_DIR", str(blocked / "system"))
    assert not someone_can_install()
    window = open_window(qtbot, small_db)
    assert _entry(window) is None
    assert "&Content" not in [a.text() for a in window.menuBar().actions() if a.isVisible()]


def test_the_entry_is_there_where_this_user_can_install(qtbot, small_db):
    from tests.ui_helpers import open_window

    assert _entry(open_window(qtbot, small_db)) is not None


def test_a_file_name_with_markup_and_control_characters_is_shown_as_its_characters(
        qtbot, tmp_path, small_db, monkeypatch):
    from viewer.ui.window.install_dialog import install_from_dialog

    odd = tmp_path / "\x1b[32m<b>installed<br>\x07.pvpack"
    odd.write_bytes(b"not a pack")
    said = told(monkeypatch)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(odd), ""))
    from PySide6.QtWidgets import QWidget
    parent = QWidget()
    qtbot.addWidget(parent)
    assert install_from_dialog(parent, []) is False
    assert said[-1][0] == "no"
    assert "\\x1b[32m<b>installed<br>\\x07.pvpack" in said[-1][1], said
    assert "\x1b" not in said[-1][1] and "\x07" not in said[-1][1]
