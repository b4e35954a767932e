"""Render the app icon (resources/icons/patient-viewer.svg) to the sizes desktops ask for.

Writes ``<size>/patient-viewer.png`` for the freedesktop icon theme folders, and the
Windows ``.ico`` and macOS ``.icns`` the bundle spec names. Run with the build
environment's Python (it has PySide6, whose QtSvg renders the drawing).
Usage: python render_icons.py SVG OUT_DIR
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def render_all(svg: Path, out: Path) -> list[Path]:
    """Every PNG size plus .ico and .icns; the written files."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a drawing Qt can read")
    written: list[Path] = []
    for size in SIZES:
        target = out / f"{size}x{size}" / "patient-viewer.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(renderer, size).save(str(target), "PNG"):
            raise SystemExit(f"{target}: could not write")
        written.append(target)
    for suffix, fmt in ((".ico", "ICO"), (".icns", "ICNS")):
        target = out / f"patient-viewer{suffix}"
        if render(renderer, 256).save(str(target), fmt):
            written.append(target)
        else:
            print(f"note: this Qt cannot write {fmt}; {target.name} not made", file=sys.stderr)
    return written


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    app = QGuiApplication(sys.argv[:1])
    for path in render_all(Path(sys.argv[1]), Path(sys.argv[2])):
        print(path)
