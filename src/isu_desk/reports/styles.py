"""The one stylesheet of every printed document: type sizes, colours, spacing.

Restrained on purpose (an official document, printed in black and white as
often as not): one sans-serif family, dark ink, a single accent colour for
rules and group headings, light grey table headers and zebra rows.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle, StyleSheet1

from isu_desk.reports.fonts import BODY_FONT, BOLD_FONT, register_fonts

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#5a5f66")
ACCENT = colors.HexColor("#1f3a5f")
RULE = colors.HexColor("#9aa3ad")
HEADER_FILL = colors.HexColor("#e4e8ed")
GROUP_FILL = colors.HexColor("#f0f2f5")
ZEBRA_FILL = colors.HexColor("#f7f8fa")

CELL_SIZE = 8.5
CELL_LEADING = 10.5
CELL_PADDING = 3.0


def _style(name: str, **values: object) -> ParagraphStyle:
    base: dict[str, object] = {
        "fontName": BODY_FONT,
        "fontSize": 9.5,
        "leading": 13,
        "textColor": INK,
        "alignment": TA_LEFT,
    }
    base.update(values)
    return ParagraphStyle(name, **base)


@cache
def stylesheet() -> StyleSheet1:
    """The shared stylesheet; look styles up by name (``stylesheet()["body"]``).

    Names: ``title``, ``subtitle``, ``heading``, ``body``, ``body_right``,
    ``small``, ``cell``, ``cell_header``, ``cell_group``.
    """
    register_fonts()
    sheet = StyleSheet1()
    for style in (
        _style("title", fontName=BOLD_FONT, fontSize=15, leading=19, spaceAfter=3),
        _style("subtitle", fontSize=9.5, leading=13, textColor=MUTED, spaceAfter=10),
        _style(
            "heading",
            fontName=BOLD_FONT,
            fontSize=11,
            leading=14,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=1,
        ),
        _style("body", spaceAfter=6),
        _style("body_right", alignment=TA_RIGHT, spaceAfter=6),
        _style("small", fontSize=7.5, leading=9.5, textColor=MUTED),
        _style("cell", fontSize=CELL_SIZE, leading=CELL_LEADING),
        _style("cell_header", fontName=BOLD_FONT, fontSize=CELL_SIZE, leading=CELL_LEADING),
        _style("cell_group", fontName=BOLD_FONT, fontSize=9.5, leading=12, textColor=ACCENT),
    ):
        sheet.add(style)
    return sheet
