"""Turning text in any script into something reportlab draws correctly.

reportlab lays glyphs out left to right, one font per run, with no shaping.
So before layout: text is NFC-normalised (Vietnamese diacritics as one glyph),
Arabic is shaped into its joined presentation forms and put in visual order
(``arabic_reshaper`` then ``python-bidi``), runs of Chinese characters are
wrapped in the CJK font, and XML special characters are escaped for
``Paragraph`` markup.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi.algorithm import get_display
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from isu_desk.reports.fonts import CJK_FONT, has_cjk, has_rtl, is_cjk
from isu_desk.reports.styles import stylesheet

# Shaping the same names again and again (States, organisations) is common.
_SHAPE_CACHE_SIZE = 4096


@lru_cache(maxsize=_SHAPE_CACHE_SIZE)
def shape(text: str) -> str:
    """NFC-normalise ``text`` and put Arabic/Hebrew into joined, visual order.

    Each line is reordered on its own; the paragraph direction is taken from
    the first strong character (an Arabic name reads right to left, an
    English sentence quoting one stays left to right).
    """
    text = unicodedata.normalize("NFC", text)
    if not has_rtl(text):
        return text
    return "\n".join(visual_line(line) for line in text.split("\n"))


def visual_line(line: str) -> str:
    """One line of logical-order text, shaped and in visual (left-to-right) order."""
    return str(get_display(arabic_reshaper.reshape(line)))


def font_runs(text: str) -> list[tuple[str, bool]]:
    """Split text into runs ``(text, needs_cjk_font)``; spaces join the run before them."""
    runs: list[tuple[str, bool]] = []
    for char in text:
        cjk = is_cjk(char)
        if runs and (runs[-1][1] == cjk or char.isspace()):
            runs[-1] = (runs[-1][0] + char, runs[-1][1])
        else:
            runs.append((char, cjk))
    return runs


def markup(text: str) -> str:
    """Paragraph markup for plain user text: shaped, escaped, CJK runs in the CJK font.

    Line breaks in the text become ``<br/>``.
    """
    shaped = shape(text)
    if not has_cjk(shaped):
        return escape(shaped).replace("\n", "<br/>")
    parts = [
        f'<font name="{CJK_FONT}">{escape(run)}</font>' if cjk else escape(run)
        for run, cjk in font_runs(shaped)
    ]
    return "".join(parts).replace("\n", "<br/>")


def paragraph(text: str, style: str | ParagraphStyle = "body") -> Paragraph:
    """A ``Paragraph`` of plain user text in any script (never markup: ``<`` prints as ``<``).

    Args:
        text: Plain text; line breaks are kept.
        style: A style of :func:`~isu_desk.reports.styles.stylesheet` by name, or a style.
    """
    chosen = stylesheet()[style] if isinstance(style, str) else style
    return Paragraph(markup(text), chosen)
