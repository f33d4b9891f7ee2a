"""Render the app icon (resources/icons/ementor.svg) to PNG sizes with Qt's SVG renderer.

Used by the PyInstaller spec (Windows .ico and macOS .icns are made from the PNG by PyInstaller,
with Pillow) and by the Linux package (hicolor icon theme). Runs offscreen; prints nothing.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SIZES = (16, 32, 48, 64, 128, 256, 512)


def render(svg: Path, out: Path, sizes: tuple[int, ...] = SIZES) -> dict[int, Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"not a usable SVG: {svg}")
    out.mkdir(parents=True, exist_ok=True)
    made: dict[int, Path] = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        path = out / f"ementor-{size}.png"
        if not image.save(str(path)):
            raise SystemExit(f"could not write {path}")
        made[size] = path
    del _app
    return made


if __name__ == "__main__":
    root = Path(__file__).resolve().parents[2]
    render(root / "resources" / "icons" / "ementor.svg", Path(sys.argv[1] if len(sys.argv) > 1
                                                            else root / "build" / "icons"))
