"""The faster table drawing prints what reportlab's own table prints: same text, same
lines, in every script, across page breaks, with right-aligned figures and empty cells."""

from __future__ import annotations

from datetime import date

import pytest
from reportlab.platypus import Table
from tests.reports.pdf_helpers import NAMES, pdf_pages

from isu_desk.reports import tables
from isu_desk.reports.letterhead import ReportMeta, content_width, render_document
from isu_desk.reports.tables import data_table

META = ReportMeta("Table drawing", printed=date(2026, 12, 1))


def _document() -> bytes:
    rows = [
        [
            name,
            f"A position long enough to wrap onto a second line in its column, row {n} (<&>)",
            "" if n % 3 else f"person{n}@a-rather-long-mission-domain.example.org",
            f"{n * 1234.5:,.2f}",
        ]
        for n in range(120)
        for name in NAMES.values()
    ]
    width = content_width(META)
    widths = [0.3 * width, 0.3 * width, 0.25 * width, 0.15 * width]
    table = data_table(
        ("Name", "Position", "E-mail", "Amount"),
        rows,
        widths,
        caption="Group",
        numeric_columns=(3,),
    )
    return render_document(META, [table])


def test_fast_table_prints_the_same_text_as_reportlab(monkeypatch: pytest.MonkeyPatch) -> None:
    fast = pdf_pages(_document())
    monkeypatch.setattr(tables, "FastTable", Table)
    plain = pdf_pages(_document())
    assert len(fast) > 3  # the table is split over pages, headers repeated
    assert fast == plain
    assert "(<&>)" in fast[0]
