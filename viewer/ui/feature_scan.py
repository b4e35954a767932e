"""The app's own modules, named to PySide before they are imported, so it does not read them.

Once ``PySide6.QtCore`` is imported, PySide looks at every module imported after it to
learn whether the module switches on one of its ``__feature__`` options (``snake_case``,
``true_property``): it reads the module's whole source file and searches it for the word
"PySide6". The app switches on none, and a launch imports about a hundred of its own
modules after Qt: reading them all is start-up spent on nothing (``benchmarks/startup.py``).
PySide keeps its answers in a table it publishes (``PySide6.support.feature.
pyside_feature_dict``), and does not read a module already in it. This puts the app's
modules in it with the answer PySide itself gives a module that uses Qt and switches
nothing on. A PySide without that table is left to read, as before; a bundle has no
source files, so nothing is found to name and PySide has nothing to read.
"""

from __future__ import annotations

import os

import PySide6.QtCore  # noqa: F401 (PySide's table comes with its first module)

try:
    from PySide6.support.feature import pyside_feature_dict as _TABLE
except ImportError:  # another PySide: it reads the sources, as before
    _TABLE: dict[str, int] = {}

NO_FEATURE = 0  # PySide's value for "uses Qt, no __feature__ option switched on"


def own_modules(package_dir: str, package: str) -> list[str]:
    """Every module and package under ``package_dir`` (``package``'s folder), by dotted name,
    found by listing the folders: nothing is imported to find them."""
    names = []
    for folder, dirs, files in os.walk(package_dir):
        dirs[:] = [d for d in dirs if d != "__pycache__"]
        inner = os.path.relpath(folder, package_dir)
        prefix = package if inner == os.curdir else f"{package}.{inner.replace(os.sep, '.')}"
        names += [prefix if file == "__init__.py" else f"{prefix}.{file[:-3]}"
                  for file in files if file.endswith(".py")]
    return names


def name_to_pyside(package_dir: str, package: str) -> None:
    for name in own_modules(package_dir, package):
        _TABLE.setdefault(name, NO_FEATURE)


name_to_pyside(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "viewer")
