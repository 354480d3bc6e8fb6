"""Data tables: column headers repeated on every page, zebra rows, any script in any cell.

A cell given as a string is kept as a plain string when it fits its column on
one line in the body font (reportlab lays those out fast); otherwise (Chinese,
line breaks, too long to fit) it becomes a wrapping ``Paragraph``. A cell given
as a flowable is used as is.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TypeAlias

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from isu_desk.reports.fonts import BODY_FONT, has_cjk
from isu_desk.reports.styles import (
    ACCENT,
    CELL_LEADING,
    CELL_PADDING,
    CELL_SIZE,
    HEADER_FILL,
    INK,
    RULE,
    ZEBRA_FILL,
    stylesheet,
)
from isu_desk.reports.text import markup, shape

# A table cell: plain text, or any reportlab flowable.
Cell: TypeAlias = str | Flowable

# No glyph of the body font is wider than this many ems (checked for DejaVu
# Sans on Latin, Cyrillic, Arabic forms and Lao); strings shorter than the
# column at that width skip measuring.
_WIDEST_GLYPH_EM = 1.05


def _fits(text: str, width: float) -> bool:
    if len(text) * CELL_SIZE * _WIDEST_GLYPH_EM <= width:
        return True
    return bool(stringWidth(text, BODY_FONT, CELL_SIZE) <= width)


def table_cell(value: Cell, width: float, *, style: str = "cell") -> Cell:
    """A cell for a column ``width`` points wide: a plain string when that is enough."""
    if not isinstance(value, str):
        return value  # type: ignore[no-any-return]
    text = shape(value)
    if "\n" in text or has_cjk(text) or not _fits(text, width - 2 * CELL_PADDING):
        return Paragraph(markup(value), stylesheet()[style])
    return text


def _table_style(first_data_row: int, has_caption: bool, numeric: Collection[int]) -> TableStyle:
    header = first_data_row - 1
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), BODY_FONT, CELL_SIZE, CELL_LEADING),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("BACKGROUND", (0, header), (-1, header), HEADER_FILL),
        ("LINEBELOW", (0, header), (-1, header), 0.6, ACCENT),
        ("ROWBACKGROUNDS", (0, first_data_row), (-1, -1), [None, ZEBRA_FILL]),
        ("LINEBELOW", (0, -1), (-1, -1), 0.4, RULE),
    ]
    if has_caption:
        commands += [
            ("SPAN", (0, 0), (-1, 0)),
            ("TOPPADDING", (0, 0), (-1, 0), 8),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 4),
            ("LEFTPADDING", (0, 0), (-1, 0), 0),
        ]
    for column in numeric:
        commands.append(("ALIGN", (column, first_data_row), (column, -1), "RIGHT"))
    return TableStyle(commands)


def data_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    col_widths: Sequence[float],
    *,
    caption: str = "",
    numeric_columns: Collection[int] = (),
) -> Table:
    """A table whose header row (and caption) repeat at the top of every page it spans.

    Args:
        headers: Column titles.
        rows: One sequence of cells per row, as many cells as headers.
        col_widths: Column widths in points (they should add up to the frame width).
        caption: A group title printed above the headers, spanning all columns.
        numeric_columns: Indexes of columns aligned right (amounts, counts).
    """
    cells: list[list[Cell]] = []
    if caption:
        cells.append(
            [Paragraph(markup(caption), stylesheet()["cell_group"])] + [""] * (len(headers) - 1)
        )
    cells.append([Paragraph(markup(title), stylesheet()["cell_header"]) for title in headers])
    for row in rows:
        cells.append(
            [table_cell(value, width) for value, width in zip(row, col_widths, strict=True)]
        )
    first_data_row = 2 if caption else 1
    table = Table(cells, colWidths=list(col_widths), repeatRows=first_data_row, hAlign="LEFT")
    table.setStyle(_table_style(first_data_row, bool(caption), numeric_columns))
    return table
