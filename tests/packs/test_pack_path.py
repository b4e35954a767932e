"""The whole path: keygen, pack, install-pack, content-info, and the app on the new content."""

from __future__ import annotations

import base64
import shutil
import stat

from PySide6.QtCore import Qt

from tests.library import write_library
from tests.packs.helpers import snapshot
from viewer import paths
from viewer.cli import main
from viewer.opening import choice
from viewer.packs.locations import user_content_dir
from viewer.store.user import UserStore


def test_keygen_writes_a_private_key_for_its_owner_only(tmp_path, capsys):
    assert main(["keygen", "--out", str(tmp_path / "k")]) == 0
    out = capsys.readouterr().out
    assert stat.S_IMODE((tmp_path / "k").stat().st_mode) == 0o600
    line = (tmp_path / "k.pub").read_text()
    assert line.endswith("\n") and len(line.splitlines()) == 1
    assert len(base64.b64decode(line.strip(), validate=True)) == 32
    assert "key id " in out and out.split("key id ")[1].strip().isalnum()
    assert main(["keygen", "--out", str(tmp_path / "k")]) == 2  # never overwritten
    assert "already exists" in capsys.readouterr().err


def test_pack_refuses_content_that_fails_its_checks(tmp_path, library, monkeypatch, capsys):
    assert main(["keygen", "--out", str(tmp_path / "k")]) == 0
    seed = library / "seeds" / "test-news.txt"
    seed.write_text(seed.read_text().replace("kind: news report", "kind: rumour"))
    monkeypatch.chdir(library)
    out = tmp_path / "p.pvpack"
    assert main(["pack", "--key", str(tmp_path / "k"), "--sequence", "1", "--out", str(out)]) == 1
    assert "kind 'rumour'" in capsys.readouterr().err
    assert not out.exists()


def test_pack_refuses_a_private_key_inside_the_repository(library, monkeypatch, capsys):
    monkeypatch.chdir(library)
    assert main(["keygen", "--out", "k"]) == 0
    assert main(["pack", "--key", "k", "--sequence", "1", "--out", "../p.pvpack"]) == 2
    assert "inside the repository" in capsys.readouterr().err


def test_keygen_pack_install_content_info_and_the_app_opens_on_it(tmp_path, small_db, monkeypatch,
                                                                  capsys, qtbot):
    keys = tmp_path / "keys"
    keys.mkdir()
    assert main(["keygen", "--out", str(keys / "editor")]) == 0
    line = (keys / "editor.pub").read_text().strip()
    clinic = tmp_path / "clinic.toml"
    clinic.write_text(f'kiosk = true\ntrusted_keys = ["{line}"]\n')

    repo = write_library(tmp_path / "repo")  # an edited copy: a topic gets a new title
    topic = repo / "resources" / "content" / "topics" / "topic-1.txt"
    topic.write_text(topic.read_text().replace("title: Test topic 1", "title: Renamed in pack 4"))
    monkeypatch.chdir(repo)
    pack = tmp_path / "update.pvpack"
    assert main(["pack", "--key", str(keys / "editor"), "--sequence", "4", "--out", str(pack)]) == 0
    assert main(["install-pack", str(pack), "--clinic", str(clinic)]) == 0
    capsys.readouterr()
    assert main(["content-info", "--clinic", str(clinic)]) == 0
    info = capsys.readouterr().out
    assert "an installed content update" in info and "sequence:         4" in info
    assert "pack-00000004.head" in info and "signed by key" in info

    tampered = tmp_path / "tampered.pvpack"
    data = bytearray(pack.read_bytes())
    data[len(data) // 2] ^= 0xFF
    tampered.write_bytes(bytes(data))
    older = tmp_path / "older.pvpack"
    assert main(["pack", "--key", str(keys / "editor"), "--sequence", "3", "--out", str(older)]) == 0
    before = snapshot(user_content_dir())
    for bad in (tampered, older):
        assert main(["install-pack", str(bad), "--clinic", str(clinic)]) == 2
    capsys.readouterr()
    assert main(["install-pack", str(pack), "--clinic", str(clinic)]) == 0  # the same again
    assert "already installed" in capsys.readouterr().out
    assert snapshot(user_content_dir()) == before
    capsys.readouterr()
    assert main(["content-info", "--clinic", str(clinic)]) == 0
    assert capsys.readouterr().out == info

    from viewer.clinic.settings import load_clinic_settings

    opened = choice.open_content(clinic_keys=load_clinic_settings(clinic).trusted_keys)
    assert opened.origin.kind == "pack" and opened.origin.sequence == 4
    assert [t.title for t in opened.store.topics()][0] == "Renamed in pack 4"

    from tests.ui_helpers import all_text
    from viewer.ui.window.main_window import MainWindow

    window = MainWindow(opened.store, UserStore(paths.user_database()), origin=opened.origin,
                        settings_path=tmp_path / "settings.ini")
    qtbot.addWidget(window)
    window.show()
    items = [window.left.list.item(i) for i in range(window.left.list.count())]
    assert any("Renamed in pack 4" in str(item.data(Qt.ItemDataRole.AccessibleTextRole))
               for item in items)
    window.show_sources()
    text = all_text(window.pages.get("sources"))
    assert "Content update number 4" in text and opened.origin.key_id in text
    shutil.rmtree(user_content_dir())


def test_pack_numbers_start_above_the_shipped_content(tmp_path, library, monkeypatch, capsys):
    (library / "resources" / "content" / "shipped-sequence").write_text("6\n")
    assert main(["keygen", "--out", str(tmp_path / "k")]) == 0
    monkeypatch.chdir(library)
    out = tmp_path / "p.pvpack"
    assert main(["pack", "--key", str(tmp_path / "k"), "--sequence", "6", "--out", str(out)]) == 2
    assert "greater than 6" in capsys.readouterr().err and not out.exists()
    assert main(["build", "--out", str(tmp_path / "shipped.db")]) == 0
    from viewer.store.content import ContentStore

    shipped = ContentStore(tmp_path / "shipped.db")
    assert shipped.meta()["pack_sequence"] == "6"
    shipped.close()
