"""Before the window opens on X11: are the system libraries Qt's xcb plugin needs there?

Without one of them Qt aborts with a message that blames ``libxcb-cursor0`` whatever is
missing. The libraries are found from the plugin itself, not from a list: the ``NEEDED``
entries of the xcb plugin, and of every library it reaches inside Qt's own folders
(looked up through their ``RUNPATH``), are read from the files; each one that is not
one of Qt's own is then loaded the way Qt would load it (``dlopen``), so a copy the
standalone bundle carries counts and a library the loader cannot find, or whose own
dependencies it cannot find, is named. No Qt here: this runs before the QApplication.
"""

from __future__ import annotations

import _ctypes
import os
import struct
import sys
from collections.abc import Mapping
from pathlib import Path

# The Debian and Ubuntu package of each system library the xcb plugin of PySide6 6.11
# needs (the same names on Debian 12 and Ubuntu 22.04 and later). Written from `dpkg -S`;
# tests/test_display_libraries.py checks it against dpkg for every library the plugin
# really needs, so a new dependency fails the test until it is added here.
PACKAGES = {
    "libEGL.so.1": "libegl1", "libGL.so.1": "libgl1", "libOpenGL.so.0": "libopengl0",
    "libX11-xcb.so.1": "libx11-xcb1", "libX11.so.6": "libx11-6",
    "libdbus-1.so.3": "libdbus-1-3", "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6", "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0", "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-icccm.so.4": "libxcb-icccm4", "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1", "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0", "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0", "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1", "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0", "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1", "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0", "libz.so.1": "zlib1g",
    "libstdc++.so.6": "libstdc++6", "libgcc_s.so.1": "libgcc-s1",
}
_DT_NEEDED, _DT_STRTAB, _DT_RPATH, _DT_RUNPATH = 1, 5, 15, 29


def xcb_comes_first(environ: Mapping[str, str] | None = None, argv: list[str] | None = None) -> bool:
    """Whether Qt will try its xcb (X11) platform first, as QGuiApplication chooses on Linux:
    ``-platform``, else ``QT_QPA_PLATFORM``, else wayland in a Wayland session, else xcb."""
    environ = os.environ if environ is None else environ
    argv = sys.argv if argv is None else argv
    if not sys.platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if "-platform" in argv[:-1]:
        chosen = argv[argv.index("-platform") + 1]
    if chosen:
        return chosen.split(";")[0].split(":")[0] == "xcb"
    return not (environ.get("WAYLAND_DISPLAY") or environ.get("XDG_SESSION_TYPE") == "wayland")


def xcb_plugin() -> Path:
    from PySide6.QtCore import QLibraryInfo  # QtCore only: no application is made

    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms" / "libqxcb.so"


def needed_from_system(plugin: Path) -> list[str]:
    """The libraries ``plugin`` needs, directly or through Qt's own libraries, that are not
    found in those libraries' own folders (their ``RUNPATH``): the ones the loader must
    find elsewhere (the system, or the bundle's folder). In the order first needed."""
    outside: list[str] = []
    todo, seen = [plugin], {plugin.resolve()}
    while todo:
        current = todo.pop(0)
        needed, search = _dynamic(current)
        for name in needed:
            found = next((folder / name for folder in search if (folder / name).is_file()), None)
            if found is None:
                if name not in outside:
                    outside.append(name)
            elif found.resolve() not in seen:
                seen.add(found.resolve())
                todo.append(found)
    return outside


def missing(names: list[str]) -> list[str]:
    """Those of ``names`` the dynamic loader cannot load, each named as the loader named it
    (a library whose own dependency is missing gives that dependency's name)."""
    gone: list[str] = []
    for name in names:
        try:
            # the loader itself: the frozen app's ctypes.CDLL words its errors its own way
            _ctypes.dlopen(name, os.RTLD_LAZY)
        except OSError as err:
            said = Path(str(err).split(":", 1)[0].strip()).name
            said = said if ".so" in said else name
            if said not in gone:
                gone.append(said)
    return gone


def xcb_problem() -> str:
    """One line naming the libraries this computer lacks for the window on X11 and the
    packages that bring them; "" when nothing is missing (or the plugin cannot be read:
    Qt then says what it says)."""
    plugin = xcb_plugin()
    if not plugin.is_file():
        return ""
    try:
        _ctypes.dlopen(str(plugin), os.RTLD_LAZY)  # the usual case: it loads, as Qt will
        return ""
    except OSError:
        pass
    try:
        gone = missing(needed_from_system(plugin))
    except (OSError, ValueError, struct.error):
        return ""
    if not gone:
        return ""
    packages = sorted({PACKAGES.get(name, "") for name in gone} - {""})
    line = (f"the window cannot open on X11: this computer lacks {', '.join(gone)}, which Qt's "
            f"xcb plugin needs")
    if packages:
        line += f". On Debian or Ubuntu: sudo apt-get install {' '.join(packages)}"
    return line


def no_display(environ: Mapping[str, str] | None = None) -> str:
    """One line when there is no X display to open the window on; else ""."""
    environ = os.environ if environ is None else environ
    if environ.get("DISPLAY"):
        return ""
    return ("there is no display to open the window on (DISPLAY is not set): start the app "
            "from a desktop session. The sheet, screenshots and content-info commands need none")


def _dynamic(elf: Path) -> tuple[list[str], list[Path]]:
    """A 64- or 32-bit ELF file's NEEDED names and its RUNPATH (or RPATH) folders, with
    ``$ORIGIN`` made its own folder."""
    with open(elf, "rb") as f:
        ident = f.read(16)
        if ident[:4] != b"\x7fELF":
            raise ValueError(f"{elf} is not an ELF file")
        wide, order = ident[4] == 2, "<" if ident[5] == 1 else ">"
        f.seek(0)
        header = f.read(64 if wide else 52)
        if wide:
            phoff, phentsize, phnum = (struct.unpack_from(order + "Q", header, 32)[0],
                                       *struct.unpack_from(order + "HH", header, 54))
        else:
            phoff, phentsize, phnum = (struct.unpack_from(order + "I", header, 28)[0],
                                       *struct.unpack_from(order + "HH", header, 42))
        segments = []  # (type, offset, vaddr, filesz)
        for i in range(phnum):
            f.seek(phoff + i * phentsize)
            entry = f.read(phentsize)
            if wide:
                kind, _, offset, vaddr, _, filesz = struct.unpack_from(order + "IIQQQQ", entry)
            else:
                kind, offset, vaddr, _, filesz = struct.unpack_from(order + "IIIII", entry)
            segments.append((kind, offset, vaddr, filesz))
        dynamic = next((s for s in segments if s[0] == 2), None)  # PT_DYNAMIC
        if dynamic is None:
            return [], []
        f.seek(dynamic[1])
        raw = f.read(dynamic[3])
        size = 16 if wide else 8
        fmt = order + ("qQ" if wide else "iI")
        entries = [struct.unpack_from(fmt, raw, i) for i in range(0, len(raw) - size + 1, size)]
        entries = entries[:next((i for i, (tag, _) in enumerate(entries) if tag == 0), len(entries))]
        strtab = next(value for tag, value in entries if tag == _DT_STRTAB)
        # the string table's address in memory, turned into its place in the file
        load = next(s for s in segments if s[0] == 1 and s[2] <= strtab < s[2] + s[3])
        base = strtab - load[2] + load[1]

        def string(offset: int) -> str:
            f.seek(base + offset)
            data = f.read(4096)
            return data[:data.index(b"\0")].decode("utf-8", "replace")

        needed = [string(value) for tag, value in entries if tag == _DT_NEEDED]
        paths = [string(value) for tag, value in entries if tag in (_DT_RUNPATH, _DT_RPATH)]
    origin = str(elf.resolve().parent)
    search = [Path(part.replace("$ORIGIN", origin).replace("${ORIGIN}", origin))
              for text in paths for part in text.split(":") if part]
    return needed, search
