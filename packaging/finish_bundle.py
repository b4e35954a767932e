"""Put the papers into a built one-folder app: README.txt, LICENSE.txt, every licence, SHA256SUMS.

packaging/make-bundle runs it on the staged folder, for Linux and for Windows:

- ``README.txt``: what this is, how to start it, how to check the checksums;
- ``LICENSE.txt``: the app's own licence;
- ``licenses/``: Python's licence; for each Python distribution the app needs at run time
  (its requirements, followed through, with markers judged for the target system) the
  licence files from its ``.dist-info``; Qt's and PySide6's LGPL/GPL texts with where to
  get their source; and on Linux the Debian copyright file of each system library the
  bundle carries. A distribution or library with no licence text stops the build;
- ``SHA256SUMS`` last: every other file of the folder, in ``sha256sum -c`` form.

Usage: python finish_bundle.py --target linux|windows --app FOLDER --site-packages DIR
           --python-licence FILE [--repo DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import re
import shutil
import subprocess
from importlib.metadata import Distribution, distributions
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
APP_DIST = "patient-viewer"
# Required at run time by the installed app, but left out of every bundle with all they
# require (patient-viewer.spec's EXCLUDED_MODULES): the builder's sqlite-utils and textstat
# (the bundle ships its database and never rebuilds it), and pip and setuptools, which
# sqlite-utils and textstat require. Nothing of theirs ships, so neither do their licences.
NOT_SHIPPED = {"pip", "setuptools", "sqlite-utils", "textstat"}
# The texts Debian keeps for every system (package base-files): PySide6's wheels carry none.
COMMON_LICENSES = Path("/usr/share/common-licenses")
QT_SOURCE = """\
Qt and Qt for Python (PySide6, Shiboken6) {version}

The app uses Qt and PySide6 under the GNU Lesser General Public License, version 3
(LGPL-3.0-only; the texts are in LGPL-3.txt and GPL-3.txt beside this file). They are
shipped as the unmodified shared libraries of the PySide6-Essentials and shiboken6
{version} wheels for {system}, so you can replace them with your own build of the same
version: they are the files under {where}.

The source code of exactly these versions:
  Qt {version}:      https://download.qt.io/official_releases/qt/
  PySide6 {version}: https://download.qt.io/official_releases/QtForPython/pyside6/
                     (the file PySide6-{version}-src), and the source repository
                     https://code.qt.io/cgit/pyside/pyside-setup.git/ (tag v{version})
The app's editors will also send you a copy of this source on request, for at least
three years from the release of this bundle.

Qt includes third-party code (zlib, libpng, HarfBuzz, FreeType, PCRE2, double-conversion,
md4c and others) under their own permissive licences, listed with their texts at
https://doc.qt.io/qt-6/licenses-used-in-qt.html
"""
ESPEAK_SOURCE = """\
eSpeak NG {espeak} (libespeak-ng and its voice data), from the espeakng-loader {version} wheel

Read aloud uses eSpeak NG, under the GNU General Public License, version 3 or later
(GPL-3.0-or-later; the text is in GPL-3.txt beside this file). The files are the wheel's
library and part of its voice data, unmodified: under {where}. The app calls the library
through its published interface and never changes it. Because the app loads it, the
bundle as a whole is offered under the GPL-3.0-or-later as well; the app's own code stays
under the MIT licence (LICENSE.txt), which allows that.

The source code:
  eSpeak NG {espeak}:       https://github.com/espeak-ng/espeak-ng (tag {espeak}; its COPYING
                            files list the licences of each part of the source and data)
  espeakng-loader {version}: https://github.com/thewh1teagle/espeakng-loader, which builds the
                            library from eSpeak NG's source with build.sh
The app's editors will also send you a copy of this source on request, for at least
three years from the release of this bundle.
"""
ESPEAK_VERSION = "1.52.0"  # the library in the espeakng-loader 0.2.x wheels (libespeak-ng.so.1.52.0)
README = """\
Patient viewer {version}, for {system}
================================================================

An offline viewer of patient information on experimental cancer vaccines. It needs no
internet connection and no Python: everything it runs on is in this folder.

Start it
  {start}

For clinics (kiosk mode, a clinic file, rolling out to many computers, content updates,
uninstalling): see docs/clinic.md in the project's source, or ask the people who gave you
this folder.

Check that the folder is whole and unchanged
  SHA256SUMS lists the SHA-256 checksum of every other file here.
  {check}
  Every line must say OK (Linux) or match (Windows). The release also comes with a
  SHA256SUMS file for the downloads themselves; when the editors sign a release, a
  SHA256SUMS.sig beside it is checked with their public key:
      patient-viewer verify-release SHA256SUMS --key editors.pub

Licences
  The app: LICENSE.txt (MIT). Everything it ships with, each under its own licence: the
  folder licenses/ (Python, Qt and PySide6 under the LGPL with where to get their source,
  the fonts under the SIL Open Font License, eSpeak NG (read aloud) under the GPL with
  where to get its source, and every other library).
"""
START = {
    "linux": "./patient-viewer            (a desktop entry: ./install-desktop-entry)",
    "windows": "patient-viewer.exe         (commands for IT, with output: patient-viewer-cli.exe)",
}
CHECK = {
    "linux": "On Linux:    cd into this folder, then   sha256sum -c SHA256SUMS",
    "windows": "On Windows:  in PowerShell, in this folder:\n"
               "      Get-Content SHA256SUMS | ForEach-Object {\n"
               "        $sum, $file = $_ -split '  \\*?', 2\n"
               "        if ((Get-FileHash -Algorithm SHA256 $file).Hash -eq $sum) { \"$file: OK\" }\n"
               "        else { \"$file: FAILED\" } }",
}
LICENCE_FILE = re.compile(r"^(licen[cs]e|copying|notice|ofl|authors)", re.IGNORECASE)


try:  # PyInstaller's environment has packaging; a bare Python has pip's copy
    from packaging.markers import default_environment
    from packaging.requirements import Requirement
except ImportError:
    from pip._vendor.packaging.markers import default_environment
    from pip._vendor.packaging.requirements import Requirement


def _environment(target: str) -> dict[str, str]:
    env = default_environment()
    if target == "windows":
        env.update(sys_platform="win32", platform_system="Windows", os_name="nt")
    else:
        env.update(sys_platform="linux", platform_system="Linux", os_name="posix")
    return env


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_distributions(site_packages: Path, target: str) -> list[Distribution]:
    """The app's distribution and everything it requires at run time, followed through."""
    found = {_norm(d.metadata["Name"]): d for d in distributions(path=[str(site_packages)])}
    env = _environment(target)
    todo, seen = [_norm(APP_DIST)], []
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        if name not in found:
            raise SystemExit(f"finish_bundle: {name} is required but not installed in {site_packages}")
        seen.append(name)
        if name in NOT_SHIPPED:  # nor what only it requires
            continue
        for text in found[name].requires or []:
            requirement = Requirement(text)
            if requirement.marker is None or requirement.marker.evaluate({**env, "extra": ""}):
                todo.append(_norm(requirement.name))
    return [found[name] for name in sorted(seen)]


def _licence_files(dist: Distribution) -> list[Path]:
    files = []
    for entry in dist.files or []:
        parts = entry.parts
        if parts and parts[0].endswith(".dist-info") and LICENCE_FILE.match(parts[-1]):
            files.append(Path(dist.locate_file(entry)))
    return sorted(set(files))


def write_licences(app: Path, site_packages: Path, target: str, python_licence: Path) -> list[str]:
    out = app / "licenses"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    written = []
    shutil.copyfile(python_licence, out / "Python.txt")
    written.append("Python")
    qt_version = ""
    for dist in runtime_distributions(site_packages, target):
        name, version = dist.metadata["Name"], dist.version
        if _norm(name) == _norm(APP_DIST) or _norm(name) in NOT_SHIPPED:
            continue
        folder = out / f"{_norm(name)}-{version}"
        folder.mkdir()
        texts = _licence_files(dist)
        for text in texts:
            shutil.copyfile(text, folder / text.name)
        if _norm(name) in ("pyside6-essentials", "shiboken6"):
            qt_version = version
        elif _norm(name) == "espeakng-loader":  # its wheel carries no licence text
            shutil.copyfile(COMMON_LICENSES / "GPL-3", folder / "GPL-3.txt")
            (folder / "SOURCE.txt").write_text(ESPEAK_SOURCE.format(
                espeak=ESPEAK_VERSION, version=version, where="_internal/espeakng_loader"))
        elif not texts:
            licence = dist.metadata.get("License-Expression") or dist.metadata.get("License") or ""
            if not licence:
                raise SystemExit(f"finish_bundle: {name} {version} has no licence text or licence name")
            (folder / "LICENSE-as-declared.txt").write_text(
                f"{name} {version} declares its licence as: {licence}\n"
                f"Its wheel carries no licence text. Project: "
                f"{dist.metadata.get('Home-page') or dist.metadata.get_all('Project-URL') or 'unknown'}\n")
        written.append(f"{name} {version}")
    if not qt_version:
        raise SystemExit("finish_bundle: PySide6-Essentials is not among the app's requirements")
    qt = out / "Qt-and-PySide6"
    qt.mkdir()
    for text, name in (("LGPL-3", "LGPL-3.txt"), ("GPL-3", "GPL-3.txt")):
        shutil.copyfile(COMMON_LICENSES / text, qt / name)
    where = "_internal/PySide6 and _internal/shiboken6" if target == "windows" else \
        "_internal/PySide6 and _internal/shiboken6 (the libQt6*.so* and libpyside6*/libshiboken6* files)"
    (qt / "SOURCE.txt").write_text(QT_SOURCE.format(version=qt_version, system=target.capitalize(),
                                                    where=where))
    if target == "linux":
        written += _system_libraries(app, out)
    return written


def _system_libraries(app: Path, out: Path) -> list[str]:
    """The Debian copyright file of each system library PyInstaller took from the build machine."""
    internal = app / "_internal"
    packages: dict[str, list[str]] = {}
    unknown = []
    for lib in sorted(internal.glob("*.so*")):
        if lib.is_symlink() or re.match(r"^libpython\d", lib.name):
            continue  # libpython is Python's, under licenses/Python.txt
        owner = subprocess.run(["dpkg-query", "-S", f"*/{lib.name}"], capture_output=True, text=True)
        package = owner.stdout.split(":", 1)[0].strip() if owner.returncode == 0 else ""
        if not package:
            unknown.append(lib.name)
            continue
        packages.setdefault(package, []).append(lib.name)
    if unknown:
        raise SystemExit("finish_bundle: no Debian package owns " + ", ".join(unknown) +
                         ": its licence cannot be gathered")
    system = out / "system-libraries"
    system.mkdir()
    for package, libs in sorted(packages.items()):
        copyright_file = Path("/usr/share/doc") / package.split(":")[0] / "copyright"
        if not copyright_file.is_file():
            raise SystemExit(f"finish_bundle: {package} has no {copyright_file}")
        version = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", package],
                                 capture_output=True, text=True).stdout.strip()
        text = f"{', '.join(libs)}: from Debian's {package} {version}\n\n" + copyright_file.read_text()
        (system / f"{package.split(':')[0]}.txt").write_text(text)
    return [f"{p} (Debian)" for p in sorted(packages)]


def write_sums(app: Path) -> int:
    """SHA256SUMS of every other file, in the `sha256sum -c` format (two spaces, `/` paths)."""
    lines = []
    for path in sorted(p for p in app.rglob("*") if p.is_file() and not p.is_symlink()):
        relative = path.relative_to(app).as_posix()
        if relative == "SHA256SUMS":
            continue
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        lines.append(f"{digest}  {relative}\n")
    (app / "SHA256SUMS").write_text("".join(lines), newline="\n")
    return len(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target", choices=("linux", "windows"), required=True)
    parser.add_argument("--app", type=Path, required=True)
    parser.add_argument("--site-packages", type=Path, required=True)
    parser.add_argument("--python-licence", type=Path, required=True)
    parser.add_argument("--version", required=True)
    parser.add_argument("--repo", type=Path, default=REPO)
    args = parser.parse_args(argv)
    newline = "\r\n" if args.target == "windows" else "\n"
    (args.app / "README.txt").write_text(
        README.format(version=args.version, system=args.target.capitalize(), start=START[args.target],
                      check=CHECK[args.target]), newline=newline)
    (args.app / "LICENSE.txt").write_text((args.repo / "LICENSE").read_text(), newline=newline)
    written = write_licences(args.app, args.site_packages, args.target, args.python_licence)
    count = write_sums(args.app)
    print(f"licences of {len(written)} parts in licenses/; SHA256SUMS of {count} files")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
