"""Packaging hook: put the content sources and the built database into the wheel.

The repository keeps the articles in ``seeds/`` and the pages in
``resources/``; the installed app finds them as ``viewer/_data/`` and opens
``viewer/_data/content.db`` read-only. The database is built here, at wheel
build time, with the same code as ``patient-viewer build``, so a wheel can only
be made from content that passes every check.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class BuildWithContent(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return  # an editable install reads the checkout itself
        data = Path(self.build_lib) / "viewer" / "_data"
        if data.exists():
            shutil.rmtree(data)
        shutil.copytree(ROOT / "seeds", data / "seeds")
        shutil.copytree(ROOT / "resources", data / "resources")
        sys.path.insert(0, str(ROOT))
        from viewer.builder.pipeline import build_database

        build_database(ROOT, data / "content.db")


setup(cmdclass={"build_py": BuildWithContent})
