"""The letterhead page template and :func:`render_document`, the one way to make a PDF.

Every page carries the unit's name and address on the left, the document
title and the date printed on the right, a thin rule under them, and
"Page X of Y" at the foot. The total page count is only known at the end, so
the canvas keeps each page's drawing and stamps the numbers when it saves
(the usual reportlab "numbered canvas" approach, one layout pass).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from isu_desk.reports.fonts import BODY_FONT, BOLD_FONT, CJK_FONT, register_fonts
from isu_desk.reports.styles import ACCENT, MUTED, RULE, stylesheet
from isu_desk.reports.text import font_runs, markup, shape

DEFAULT_UNIT_NAME = "Implementation Support Unit, Convention on Cluster Munitions"
DEFAULT_UNIT_ADDRESS = "Maison de la Paix, Chemin Eugène-Rigot 2C, 1202 Geneva, Switzerland"

# Page streams Flate-compressed only: the ASCII85 layer reportlab adds by default
# makes files a quarter larger and is encoded in pure Python. (Process-wide; only
# this package uses reportlab.)
rl_config.useA85 = 0

MARGIN = 18 * mm
HEADER_HEIGHT = 24 * mm
FOOTER_HEIGHT = 14 * mm

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def long_date(day: date) -> str:
    """A date as printed in official documents: ``6 March 2025`` (never locale-dependent)."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def short_date(day: date | None) -> str:
    """A date for table cells: ``6 Mar 2025``; ``""`` for no date."""
    if day is None:
        return ""
    return f"{day.day} {_MONTHS[day.month - 1][:3]} {day.year}"


@dataclass(frozen=True)
class ReportMeta:
    """What the letterhead prints around a document's content.

    Attributes:
        title: The document title (every page's header and the PDF's metadata).
        subtitle: An optional line under the title in :func:`title_block`.
        unit_name: The unit's name, top left of every page.
        unit_address: The unit's postal address, under its name.
        printed: The date printed in the header (today by default).
        wide: Landscape A4 instead of portrait (for wide tables).
    """

    title: str
    subtitle: str = ""
    unit_name: str = DEFAULT_UNIT_NAME
    unit_address: str = DEFAULT_UNIT_ADDRESS
    printed: date = field(default_factory=date.today)
    wide: bool = False

    @property
    def page_size(self) -> tuple[float, float]:
        width, height = landscape(A4) if self.wide else A4
        return float(width), float(height)


def title_block(meta: ReportMeta) -> list[Flowable]:
    """The document's title (and subtitle) as the first flowables of page 1."""
    sheet = stylesheet()
    block: list[Flowable] = [Paragraph(markup(meta.title), sheet["title"])]
    if meta.subtitle:
        block.append(Paragraph(markup(meta.subtitle), sheet["subtitle"]))
    return block


def draw_text(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    size: float,
    *,
    bold: bool = False,
    align: str = "left",
) -> None:
    """Draw one line of text in any script on a canvas (shaped, CJK runs in the CJK font)."""
    runs = [
        (run, CJK_FONT if cjk else (BOLD_FONT if bold else BODY_FONT))
        for run, cjk in font_runs(shape(text).replace("\n", " "))
    ]
    width = sum(canvas.stringWidth(run, font, size) for run, font in runs)
    if align == "right":
        x -= width
    for run, font in runs:
        canvas.setFont(font, size)
        canvas.drawString(x, y, run)
        x += canvas.stringWidth(run, font, size)


def _draw_letterhead(canvas: Canvas, meta: ReportMeta) -> None:
    width, height = meta.page_size
    right = width - MARGIN
    top = height - 12 * mm
    canvas.saveState()
    canvas.setFillColor(ACCENT)
    draw_text(canvas, MARGIN, top, meta.unit_name, 9, bold=True)
    draw_text(canvas, right, top, meta.title, 9, bold=True, align="right")
    canvas.setFillColor(MUTED)
    draw_text(canvas, MARGIN, top - 11, meta.unit_address, 7.5)
    draw_text(canvas, right, top - 11, f"Printed {long_date(meta.printed)}", 7.5, align="right")
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(0.6)
    rule = height - HEADER_HEIGHT + 4 * mm
    canvas.line(MARGIN, rule, right, rule)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.3)
    canvas.line(MARGIN, FOOTER_HEIGHT - 3 * mm, right, FOOTER_HEIGHT - 3 * mm)
    canvas.restoreState()


def _numbered_canvas(meta: ReportMeta) -> type[Canvas]:
    """A canvas class that stamps "Page X of Y" on every page when the document is saved."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for page in self._pages:
                self.__dict__.update(page)
                self._stamp(total)
                super().showPage()
            super().save()

        def _stamp(self, total: int) -> None:
            width = meta.page_size[0]
            self.saveState()
            self.setFillColor(MUTED)
            baseline = FOOTER_HEIGHT - 7 * mm
            draw_text(self, MARGIN, baseline, meta.title, 7.5)
            label = f"Page {self.getPageNumber()} of {total}"
            draw_text(self, width - MARGIN, baseline, label, 7.5, align="right")
            self.restoreState()

    return NumberedCanvas


def render_document(meta: ReportMeta, flowables: Sequence[Flowable]) -> bytes:
    """Lay ``flowables`` out on letterhead pages and return the PDF's bytes.

    Flowables are consumed by reportlab (tables are split); build a fresh list
    for each call.
    """
    register_fonts()
    buffer = io.BytesIO()
    width, height = meta.page_size
    frame = Frame(
        MARGIN,
        FOOTER_HEIGHT,
        width - 2 * MARGIN,
        height - HEADER_HEIGHT - FOOTER_HEIGHT,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc = BaseDocTemplate(
        buffer,
        pagesize=meta.page_size,
        title=shape(meta.title),
        author=meta.unit_name,
        creator="ISU Desk",
        initialFontName=BODY_FONT,  # else every page also references Helvetica
        initialFontSize=9.5,
        pageTemplates=[
            PageTemplate("letterhead", [frame], onPage=lambda c, _d: _draw_letterhead(c, meta))
        ],
    )
    doc.build(list(flowables), canvasmaker=_numbered_canvas(meta))
    return buffer.getvalue()


def content_width(meta: ReportMeta) -> float:
    """The width available to flowables on a page of this document, in points."""
    return float(meta.page_size[0] - 2 * MARGIN)
