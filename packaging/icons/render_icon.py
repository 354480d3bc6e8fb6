"""Render the SVG application icon to the PNG sizes desktops want.

Run from the repository root after editing
``src/isu_desk/resources/icons/isu-desk.svg``:
``QT_QPA_PLATFORM=offscreen python packaging/icons/render_icon.py``. The PNG
is a committed source asset (the window's icon, Linux menus, and the Windows
``.ico`` and macOS ``.icns`` that ``make_icons.py`` derives at build time), so
rendering is not part of the bundle build.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[2] / "src" / "isu_desk" / "resources" / "icons"
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
    render(ICONS / "isu-desk.svg", ICONS / "isu-desk.png")
    print(f"wrote {ICONS / 'isu-desk.png'}")
