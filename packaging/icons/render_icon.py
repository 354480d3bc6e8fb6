"""Render the SVG application icon to the PNG sizes desktops want.

Run from the repository root after editing ``isu-desk.svg``:
``QT_QPA_PLATFORM=offscreen python packaging/icons/render_icon.py``. The PNG
is a committed source asset (Linux menus and the Windows/macOS icon builds
start from it), so rendering is not part of the bundle build.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SIZE = 256


def render(svg: Path, png: Path, size: int = SIZE) -> None:
    """Draw ``svg`` onto a transparent ``size`` x ``size`` image saved as ``png``."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG file")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(png)):
        raise SystemExit(f"could not write {png}")


if __name__ == "__main__":
    app = QGuiApplication(sys.argv[:1])
    render(HERE / "isu-desk.svg", HERE / "isu-desk.png")
    print(f"wrote {HERE / 'isu-desk.png'}")
