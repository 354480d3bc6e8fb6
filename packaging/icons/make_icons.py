"""Derive the Windows ``.ico`` and the macOS ``.icns`` from the committed 256 px PNG.

Called by ``packaging/isu-desk.spec`` at build time (Pillow comes with reportlab),
or by hand: ``python packaging/icons/make_icons.py OUT_DIR``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image

SOURCE = Path(__file__).resolve().parents[2] / "src/isu_desk/resources/icons/isu-desk.png"
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def make_icons(folder: Path) -> tuple[Path, Path]:
    """Write ``isu-desk.ico`` and ``isu-desk.icns`` into ``folder``; returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    ico, icns = folder / "isu-desk.ico", folder / "isu-desk.icns"
    with Image.open(SOURCE) as image:
        rgba = image.convert("RGBA")
        rgba.save(ico, format="ICO", sizes=ICO_SIZES)
        rgba.save(icns, format="ICNS")
    return ico, icns


if __name__ == "__main__":
    for path in make_icons(Path(sys.argv[1] if len(sys.argv) > 1 else "build/icons")):
        print(f"wrote {path}")
