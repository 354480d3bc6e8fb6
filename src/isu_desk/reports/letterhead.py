"""The letterhead page template and :func:`render_document`, the one way to make a PDF.

Every page carries the unit's name and address on the left, the document
title and the date printed on the right, a thin rule under them, and
"Page X of Y" at the foot. The total page count is only known at the end, so
the canvas keeps each page's drawing and stamps the numbers when it saves
(the usual reportlab "numbered canvas" approach, one layout pass). A batch of
letters is one PDF of several documents (:func:`documents`): each is numbered
on its own, "Page 1 of 2" of the second letter, not "Page 3 of 40".
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
)

from isu_desk.reports.fonts import (
    BODY_FONT,
    BOLD_FONT,
    CJK_FONT,
    has_rtl,
    register_fonts,
    text_width,
)
from isu_desk.reports.styles import ACCENT, MUTED, RULE, stylesheet
from isu_desk.reports.text import font_runs, markup, plain_lines, shape

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
        printed_text: The header's printed line in another language than English
            ("Imprimé le 1er décembre 2026"); empty: "Printed 1 December 2026".
        page_text: The foot's page number, with ``{page}`` and ``{pages}``.
    """

    title: str
    subtitle: str = ""
    unit_name: str = DEFAULT_UNIT_NAME
    unit_address: str = DEFAULT_UNIT_ADDRESS
    printed: date = field(default_factory=date.today)
    wide: bool = False
    printed_text: str = ""
    page_text: str = "Page {page} of {pages}"

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
    runs = _line_runs(text, size, bold)
    if align == "right":
        x -= sum(width for _run, _font, width in runs)
    for run, font, width in runs:
        canvas.setFont(font, size)
        canvas.drawString(x, y, run)
        x += width


@lru_cache(maxsize=256)
def _line_runs(text: str, size: float, bold: bool) -> tuple[tuple[str, str, float], ...]:
    """``text`` shaped on one line, as runs of (text, font, width); the same header and
    footer lines are drawn on every page."""
    runs = []
    for run, cjk in font_runs(shape(text).replace("\n", " ")):
        font = CJK_FONT if cjk else (BOLD_FONT if bold else BODY_FONT)
        runs.append((run, font, float(pdfmetrics.stringWidth(run, font, size))))
    return tuple(runs)


TITLE_SIZE = 9.0
ADDRESS_SIZE = 7.5
HEADER_GAP = 14.0  # points between the unit's name and the title
_LINE = 11.0  # points from one header line to the next
_HEADER_TOP = 12 * mm  # from the top edge of the page to the first header baseline


@dataclass(frozen=True)
class HeaderLayout:
    """Where the letterhead's lines go: unit name and address on the left, title and
    printed date on the right, each wrapped within its own share of the width."""

    left: tuple[tuple[str, float, bool], ...]  # (text, size, bold) top to bottom
    right: tuple[tuple[str, float, bool], ...]
    right_x: float  # the right edge (text is right-aligned to it)

    @property
    def lines(self) -> int:
        return max(len(self.left), len(self.right))


def _wrapped(text: str, size: float, width: float, *, bold: bool) -> list[str]:
    """``text`` in lines of ``width``; right-to-left and Chinese text stay one line
    (:func:`draw_text` shapes them as a whole)."""
    if has_rtl(text):
        return [text]
    font = BOLD_FONT if bold else BODY_FONT
    return list(plain_lines(text, font, size, width) or [text])


@lru_cache(maxsize=64)
def header_layout(meta: ReportMeta) -> HeaderLayout:
    """Lay the header out so the title never runs into the unit's name, at any length.

    Both fit on one line when they can; otherwise the title gets up to 45 % of
    the width (what it needs when less) and both wrap within their share.
    """
    page_width = meta.page_size[0]
    full = page_width - 2 * MARGIN
    name_width = text_width(shape(meta.unit_name), BOLD_FONT, TITLE_SIZE)
    title_width = text_width(shape(meta.title), BOLD_FONT, TITLE_SIZE)
    if name_width + HEADER_GAP + title_width <= full:
        title_share = title_width
    else:
        title_share = min(title_width, 0.45 * full)
    name_share = full - title_share - HEADER_GAP
    printed = meta.printed_text or f"Printed {long_date(meta.printed)}"
    left = [
        (line, TITLE_SIZE, True)
        for line in _wrapped(meta.unit_name, TITLE_SIZE, name_share, bold=True)
    ]
    left += [
        (line, ADDRESS_SIZE, False)
        for line in _wrapped(meta.unit_address, ADDRESS_SIZE, name_share, bold=False)
    ]
    right = [
        (line, TITLE_SIZE, True)
        for line in _wrapped(meta.title, TITLE_SIZE, max(title_share, 1), bold=True)
    ]
    right.append((printed, ADDRESS_SIZE, False))
    return HeaderLayout(tuple(left), tuple(right), page_width - MARGIN)


def header_height(meta: ReportMeta) -> float:
    """The height kept free for the header: more when a long name or title wraps."""
    extra = max(header_layout(meta).lines - 2, 0) * _LINE
    return float(HEADER_HEIGHT + extra)


def _draw_letterhead(canvas: Canvas, meta: ReportMeta) -> None:
    width, height = meta.page_size
    layout = header_layout(meta)
    top = height - _HEADER_TOP
    canvas.saveState()
    for column, x, align in (
        (layout.left, MARGIN, "left"),
        (layout.right, layout.right_x, "right"),
    ):
        for number, (text, size, bold) in enumerate(column):
            canvas.setFillColor(ACCENT if bold else MUTED)
            draw_text(canvas, x, top - number * _LINE, text, size, bold=bold, align=align)
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(0.6)
    rule = height - header_height(meta) + 4 * mm
    canvas.line(MARGIN, rule, width - MARGIN, rule)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.3)
    canvas.line(MARGIN, FOOTER_HEIGHT - 3 * mm, width - MARGIN, FOOTER_HEIGHT - 3 * mm)
    canvas.restoreState()


class DocumentStart(Flowable):  # type: ignore[misc]
    """Invisible mark: a new document of a batch starts on this page (numbered from 1)."""

    def wrap(self, _width: float, _height: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        starts = getattr(self.canv, "document_starts", None)
        if starts is not None:
            starts.add(self.canv.getPageNumber())


def documents(parts: Iterable[Sequence[Flowable]]) -> list[Flowable]:
    """Several documents (letters) in one story: each starts on a new page and its
    pages are numbered on their own ("Page 1 of 2" for each two-page letter)."""
    story: list[Flowable] = []
    for number, part in enumerate(parts):
        if number:
            story.append(PageBreak())
        story.append(DocumentStart())
        story += part
    return story


def page_labels(
    total: int, starts: Iterable[int], text: str = "Page {page} of {pages}"
) -> list[str]:
    """ "Page X of Y" for pages 1…``total``, restarting at each page in ``starts``."""
    firsts = sorted({1, *(n for n in starts if 1 <= n <= total)})
    labels: list[str] = []
    for first, after in zip(firsts, [*firsts[1:], total + 1], strict=True):
        pages = after - first
        labels += [text.format(page=n - first + 1, pages=pages) for n in range(first, after)]
    return labels


def _numbered_canvas(meta: ReportMeta) -> type[Canvas]:
    """A canvas class that stamps "Page X of Y" on every page when the document is saved."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            self.document_starts: set[int] = set()  # pages a DocumentStart was drawn on

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            labels = page_labels(len(self._pages), self.document_starts, meta.page_text)
            for page, label in zip(self._pages, labels, strict=True):
                self.__dict__.update(page)
                self._stamp(label)
                super().showPage()
            super().save()

        def _stamp(self, label: str) -> None:
            width = meta.page_size[0]
            self.saveState()
            self.setFillColor(MUTED)
            baseline = FOOTER_HEIGHT - 7 * mm
            draw_text(self, MARGIN, baseline, meta.title, 7.5)
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
        height - header_height(meta) - FOOTER_HEIGHT,
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
