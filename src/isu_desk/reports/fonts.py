"""The fonts shipped in ``resources/fonts/`` and which script needs which font.

DejaVu Sans covers Latin (French, Spanish, Vietnamese), Cyrillic, Arabic
(including the presentation forms produced by shaping) and Lao; WenQuanYi
Micro Hei (a TrueType collection) covers Chinese. Fonts are registered with
reportlab once per process; :func:`register_fonts` is idempotent.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import repeat
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from isu_desk.paths import resources_dir

BODY_FONT = "IsuSans"
BOLD_FONT = "IsuSans-Bold"
CJK_FONT = "IsuCJK"

# Font name -> (file in resources/fonts, sub-font index in a .ttc collection).
FONT_FILES: dict[str, tuple[str, int]] = {
    BODY_FONT: ("DejaVuSans.ttf", 0),
    BOLD_FONT: ("DejaVuSans-Bold.ttf", 0),
    CJK_FONT: ("wqy-microhei.ttc", 0),
}

# Unicode blocks drawn with the CJK font (ideographs, kana, hangul, CJK punctuation
# and full-width forms). Kept in sync with :func:`is_cjk`.
_CJK_RANGES = (
    (0x2E80, 0x2FFF),  # radicals, Kangxi
    (0x3000, 0x30FF),  # CJK punctuation, hiragana, katakana
    (0x3100, 0x31FF),  # bopomofo, katakana extensions
    (0x3200, 0x4DBF),  # enclosed CJK, compatibility, extension A
    (0x4E00, 0x9FFF),  # unified ideographs
    (0xAC00, 0xD7AF),  # hangul syllables
    (0xF900, 0xFAFF),  # compatibility ideographs
    (0xFE30, 0xFE4F),  # compatibility forms
    (0xFF00, 0xFFEF),  # half- and full-width forms
    (0x20000, 0x2FFFF),  # supplementary ideographs
)


def fonts_dir() -> Path:
    """The folder of the shipped fonts and their licences."""
    return resources_dir() / "fonts"


@cache
def register_fonts() -> None:
    """Register the shipped fonts with reportlab (once; later calls do nothing).

    ``<b>`` in paragraph markup maps to the bold face; the CJK font has no bold
    face, so bold CJK text uses the regular one.
    """
    folder = fonts_dir()
    for name, (file_name, index) in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file_name), subfontIndex=index))
    for family, regular, bold in (
        (BODY_FONT, BODY_FONT, BOLD_FONT),
        (CJK_FONT, CJK_FONT, CJK_FONT),
    ):
        addMapping(family, 0, 0, regular)
        addMapping(family, 1, 0, bold)
        addMapping(family, 0, 1, regular)
        addMapping(family, 1, 1, bold)


def is_cjk(char: str) -> bool:
    """Whether a character must be drawn with the CJK font."""
    code = ord(char)
    if code < 0x2E80:
        return False
    return any(low <= code <= high for low, high in _CJK_RANGES)


_CJK_PATTERN = re.compile(
    "[" + "".join(f"{chr(low)}-{chr(high)}" for low, high in _CJK_RANGES) + "]"
)
# Hebrew, Arabic (with supplements and presentation forms).
_RTL_PATTERN = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


def has_cjk(text: str) -> bool:
    """Whether any character of ``text`` needs the CJK font."""
    return not text.isascii() and _CJK_PATTERN.search(text) is not None


def has_rtl(text: str) -> bool:
    """Whether ``text`` contains Arabic or Hebrew letters (needs shaping and bidi)."""
    return not text.isascii() and _RTL_PATTERN.search(text) is not None


@cache
def font_metrics(font_name: str) -> tuple[dict[int, float], float]:
    """A registered TrueType font's advance widths by code point (per 1000 units), and
    the width of a character it lacks."""
    face = pdfmetrics.getFont(font_name).face
    return face.charWidths, float(face.defaultWidth)


def text_width(text: str, font_name: str, size: float) -> float:
    """Width in points of ``text`` set in a registered TrueType font (no kerning, as reportlab)."""
    widths, default = font_metrics(font_name)
    return sum(map(widths.get, map(ord, text), repeat(default))) * size / 1000.0
