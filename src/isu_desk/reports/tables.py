"""Data tables: column headers repeated on every page, zebra rows, any script in any cell.

A cell given as a string is wrapped here into the lines that fit its column
and handed to reportlab as a plain multi-line string, which it lays out and
draws far faster than a ``Paragraph``; only text needing a second font
(Chinese) becomes a ``Paragraph``. A cell given as a flowable is used as is.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TypeAlias

from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from isu_desk.reports.fonts import BODY_FONT, BOLD_FONT
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
from isu_desk.reports.table_drawing import FastTable
from isu_desk.reports.text import markup, plain_lines

# A table cell: plain text, or any reportlab flowable.
Cell: TypeAlias = str | Flowable


def table_cell(
    value: Cell, width: float, *, style: str = "cell", font_name: str = BODY_FONT
) -> Cell:
    """A cell for a column ``width`` points wide.

    Text in one font becomes a plain string, pre-wrapped into lines (reportlab
    draws those fastest); text with Chinese becomes a wrapping ``Paragraph``;
    a flowable is used as is.
    """
    if not isinstance(value, str):
        return value
    lines = plain_lines(value, font_name, CELL_SIZE, width - 2 * CELL_PADDING)
    if lines is None:
        return Paragraph(markup(value), stylesheet()[style])
    return "\n".join(lines)


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
        ("FONT", (0, header), (-1, header), BOLD_FONT, CELL_SIZE, CELL_LEADING),
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
    for column in numeric:  # the heading too, so it sits over its figures
        commands.append(("ALIGN", (column, header), (column, -1), "RIGHT"))
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
    cells.append(
        [
            table_cell(title, width, style="cell_header", font_name=BOLD_FONT)
            for title, width in zip(headers, col_widths, strict=True)
        ]
    )
    for row in rows:
        cells.append(
            [table_cell(value, width) for value, width in zip(row, col_widths, strict=True)]
        )
    first_data_row = 2 if caption else 1
    table = FastTable(cells, colWidths=list(col_widths), repeatRows=first_data_row, hAlign="LEFT")
    table.setStyle(_table_style(first_data_row, bool(caption), numeric_columns))
    return table
