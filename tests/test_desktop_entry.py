"""packaging/install-desktop-entry, run on a bundle-shaped folder: a folder name with the
characters that broke it (``&``) and every character the Exec line must escape, ``--clinic``
carried into the entry, ``--remove``, and ``--system`` as a normal user in one line."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import REPO

NAME = 'Ward & Co $HOME `id` "quoted" 100% back\\slash'


def bundle(tmp_path: Path, name: str = NAME) -> Path:
    folder = tmp_path / name
    for size in ("16x16", "256x256"):
        (folder / "icons" / size).mkdir(parents=True)
        (folder / "icons" / size / "patient-viewer.png").write_bytes(b"png " + size.encode())
    (folder / "icons" / "patient-viewer.svg").write_text("<svg/>")
    shutil.copy(REPO / "packaging" / "patient-viewer.desktop", folder)
    shutil.copy(REPO / "packaging" / "install-desktop-entry", folder)
    (folder / "patient-viewer").write_text("#!/bin/sh\n")
    return folder


def run(folder: Path, share: Path, *args: str, user: list[str] | None = None
        ) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(share.parent), "XDG_DATA_HOME": str(share)}
    return subprocess.run([*(user or []), "sh", str(folder / "install-desktop-entry"), *args],
                          env=env, capture_output=True, text=True, timeout=60, cwd=folder)


def exec_arguments(entry: Path) -> list[str]:
    """The Exec line as a launcher reads it: the string escapes first, then the quoting."""
    [line] = [x for x in entry.read_text().splitlines() if x.startswith("Exec=")]
    value = line[len("Exec="):]
    unescaped, i = "", 0
    while i < len(value):  # string-level escapes: \\ \s \n \t \r
        if value[i] == "\\" and i + 1 < len(value):
            unescaped += {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}.get(
                value[i + 1], "\\" + value[i + 1])
            i += 2
        else:
            unescaped += value[i]
            i += 1
    args, current, quoted, i = [], "", False, 0
    while i < len(unescaped):
        c = unescaped[i]
        if quoted and c == "\\" and i + 1 < len(unescaped) and unescaped[i + 1] in '"`$\\':
            current += unescaped[i + 1]
            i += 2
            continue
        if c == '"':
            quoted = not quoted
        elif c == " " and not quoted:
            if current:
                args.append(current)
            current = ""
        elif c == "%":
            assert unescaped[i + 1] == "%", "only %% may appear: the app takes no field codes"
            current += "%"
            i += 1
        else:
            current += c
        i += 1
    return [*args, current] if current else args


def test_a_folder_with_every_awkward_character(tmp_path):
    folder, share = bundle(tmp_path), tmp_path / "share"
    done = run(folder, share)
    assert done.returncode == 0, done.stderr
    entry = share / "applications" / "patient-viewer.desktop"
    assert exec_arguments(entry) == [str(folder / "patient-viewer")]
    assert (share / "icons" / "hicolor" / "256x256" / "apps" / "patient-viewer.png").read_bytes() \
        == b"png 256x256"
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr


def test_the_entry_can_carry_a_clinic_file(tmp_path):
    folder, share = bundle(tmp_path), tmp_path / "share"
    clinic = tmp_path / "IT & co" / "clinic.toml"
    clinic.parent.mkdir()
    clinic.write_text("kiosk = true\n")
    assert run(folder, share, "--clinic", str(clinic)).returncode == 0
    entry = share / "applications" / "patient-viewer.desktop"
    assert exec_arguments(entry) == [str(folder / "patient-viewer"), "--clinic", str(clinic)]
    missing = run(folder, share, "--clinic", str(tmp_path / "nope.toml"))
    assert missing.returncode == 1 and missing.stderr.count("\n") == 1
    assert "no such file" in missing.stderr


def test_remove_takes_away_what_it_added(tmp_path):
    folder, share = bundle(tmp_path), tmp_path / "share"
    assert run(folder, share).returncode == 0
    removed = run(folder, share, "--remove")
    assert removed.returncode == 0 and "removed" in removed.stdout
    assert [p for p in share.rglob("*") if p.is_file()] == []
    again = run(folder, share, "--remove")
    assert again.returncode == 0 and "nothing to remove" in again.stdout


@pytest.mark.skipif(os.geteuid() == 0 and not Path("/usr/bin/setpriv").exists(),
                    reason="needs a normal user")
def test_system_as_a_normal_user_is_one_plain_line(tmp_path):
    import tempfile

    readable = Path(tempfile.mkdtemp(prefix="desktop-entry-"))  # pytest's own folder is root's
    readable.chmod(0o755)
    folder, share = bundle(readable, "bundle"), tmp_path / "share"
    as_user = (["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
               if os.geteuid() == 0 else [])
    if Path("/usr/local/share/applications").exists() and os.access(
            "/usr/local/share/applications", os.W_OK) and not as_user:
        pytest.skip("this user can write /usr/local/share/applications")
    try:
        done = run(folder, share, "--system", user=as_user)
    finally:
        shutil.rmtree(readable)
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "run it as root" in done.stderr, done.stderr
