"""The app icon renders to every size the desktop entry installs, and not as an empty square."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

REPO = Path(__file__).resolve().parent.parent


def _render_icons():
    spec = importlib.util.spec_from_file_location("render_icons", REPO / "packaging" / "render_icons.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_size_is_drawn(qapp: QApplication, tmp_path: Path) -> None:
    render_icons = _render_icons()
    written = render_icons.render_all(REPO / "resources" / "icons" / "patient-viewer.svg", tmp_path)

    for size in render_icons.SIZES:
        image = QImage(str(tmp_path / f"{size}x{size}" / "patient-viewer.png"))
        assert (image.width(), image.height()) == (size, size)
        colours = {image.pixel(x, y) for x in range(size) for y in range(size)}
        assert len(colours) >= 3, f"{size}px icon is nearly blank"
        assert image.pixelColor(size // 2, size // 2).alpha() == 255, f"{size}px icon has a hole"
        assert image.pixelColor(0, 0).alpha() == 0, f"{size}px icon lost its rounded corner"
    assert tmp_path / "256x256" / "patient-viewer.png" in written


@pytest.mark.qt_log_ignore("Cannot read file")
def test_a_broken_drawing_is_refused(qapp: QApplication, tmp_path: Path) -> None:
    bad = tmp_path / "bad.svg"
    bad.write_text("<svg this is not", encoding="utf-8")
    with pytest.raises(SystemExit, match="bad.svg: not a drawing"):
        _render_icons().render_all(bad, tmp_path / "out")
    assert not (tmp_path / "out").exists()
