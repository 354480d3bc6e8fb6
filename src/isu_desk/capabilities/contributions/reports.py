"""Contributions reports: the year's statement, budget and contributions 2021–2026 (with a
chart), and letters (acknowledgement, pledge reminder) on the letterhead.

Builders take plain data (the dataclasses below, filled by the services) and
return PDF bytes; amounts arrive as Decimals and are formatted here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from isu_desk.domain.money import format_amount
from isu_desk.reports.fonts import BODY_FONT
from isu_desk.reports.letterhead import (
    ReportMeta,
    content_width,
    documents,
    long_date,
    render_document,
    title_block,
)
from isu_desk.reports.styles import ACCENT, RULE
from isu_desk.reports.tables import data_table
from isu_desk.reports.text import paragraph

STATEMENT_HEADERS = (
    "Donor",
    "Currency",
    "Pledged",
    "Received",
    "Outstanding",
    "Received CHF",
    "Outstanding CHF (est.)",
)
_STATEMENT_SHARES = (0.25, 0.07, 0.13, 0.13, 0.13, 0.14, 0.15)
BUDGET_HEADERS = ("Year", "Budget CHF", "Received CHF", "Difference CHF", "Coverage")


def amount(value: Decimal | None, currency: str = "CHF") -> str:
    """``12,345.60`` with the currency's decimals; ``—`` when unknown."""
    if value is None:
        return "—"
    return format_amount(value, currency)


@dataclass(frozen=True, slots=True)
class StatementRow:
    donor: str
    currency: str
    pledged: Decimal
    received: Decimal
    outstanding: Decimal
    received_chf: Decimal
    outstanding_chf: Decimal | None


@dataclass(frozen=True, slots=True)
class Statement:
    year: int
    rows: tuple[StatementRow, ...]
    in_kind: tuple[tuple[str, str, Decimal], ...]  # (donor, description, CHF value)
    as_of: date

    @property
    def received_chf(self) -> Decimal:
        return sum((r.received_chf for r in self.rows), Decimal(0))

    @property
    def outstanding_chf(self) -> Decimal:
        return sum((r.outstanding_chf or Decimal(0) for r in self.rows), Decimal(0))

    @property
    def in_kind_chf(self) -> Decimal:
        """The estimated value of the year's in-kind contributions (not in the cash totals)."""
        return sum((value for _donor, _what, value in self.in_kind), Decimal(0))


def _statement_row(row: StatementRow) -> list[str]:
    c = row.currency
    return [
        row.donor, c, amount(row.pledged, c), amount(row.received, c),
        amount(row.outstanding, c), amount(row.received_chf), amount(row.outstanding_chf),
    ]  # fmt: skip


def statement_flowables(statement: Statement, meta: ReportMeta) -> list[Flowable]:
    widths = [share * content_width(meta) for share in _STATEMENT_SHARES]
    rows = [_statement_row(r) for r in statement.rows]
    rows.append(["Total (cash)", "CHF", "", "", "", amount(statement.received_chf),
                 amount(statement.outstanding_chf)])  # fmt: skip
    story: list[Flowable] = [
        *title_block(meta),
        data_table(STATEMENT_HEADERS, rows, widths, numeric_columns=(2, 3, 4, 5, 6)),
        Spacer(1, 4 * mm),
        paragraph(
            f"Amounts in the donor's currency and in CHF at the rate of the day received. "
            f"Outstanding CHF is estimated at the rates in force on {long_date(statement.as_of)}.",
            "small",
        ),
    ]
    if statement.in_kind:
        story += in_kind_flowables(statement, meta)
    return story


IN_KIND_HEADERS = ("Donor", "Contribution in kind", "Estimated value CHF")


def in_kind_flowables(statement: Statement, meta: ReportMeta) -> list[Flowable]:
    """The in-kind contributions with their estimated values, totalled apart from cash."""
    width = content_width(meta)
    rows = [[donor, what, amount(value)] for donor, what, value in statement.in_kind]
    rows.append(["Total in kind (estimated)", "", amount(statement.in_kind_chf)])
    return [
        paragraph("Contributions in kind (estimated value)", "heading"),
        data_table(
            IN_KIND_HEADERS, rows, [0.3 * width, 0.5 * width, 0.2 * width], numeric_columns=(2,)
        ),
        Spacer(1, 2 * mm),
        paragraph(
            "In-kind contributions are valued at an estimate in CHF and are not included "
            "in the cash totals above.",
            "small",
        ),
    ]


def statement_report(statement: Statement, meta: ReportMeta) -> bytes:
    """The contributions statement of a year, by donor, with totals."""
    return render_document(meta, statement_flowables(statement, meta))


@dataclass(frozen=True, slots=True)
class BudgetYear:
    year: int
    budget_chf: Decimal
    received_chf: Decimal
    coverage: Decimal | None


def budget_chart(years: Sequence[BudgetYear], width: float) -> Drawing:
    """Budget and received per year as grouped bars (values in thousands of CHF)."""
    drawing = Drawing(width, 62 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 40, 30, width - 150, 50 * mm
    # reportlab's charts take plain numbers; thousands of CHF only position the bars.
    chart.data = [
        [int(y.budget_chf // 1000) for y in years],
        [int(y.received_chf // 1000) for y in years],
    ]
    chart.categoryAxis.categoryNames = [str(y.year) for y in years]
    chart.categoryAxis.labels.fontName = BODY_FONT
    chart.valueAxis.labels.fontName = BODY_FONT
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = RULE
    chart.bars[1].fillColor = ACCENT
    legend = Legend()
    legend.x, legend.y = width - 100, 50 * mm
    legend.fontName = BODY_FONT
    legend.colorNamePairs = [(RULE, "Budget (kCHF)"), (ACCENT, "Received (kCHF)")]
    drawing.add(chart)
    drawing.add(legend)
    return drawing


def budget_report(years: Sequence[BudgetYear], meta: ReportMeta) -> bytes:
    """Budget vs received per work-plan year, a table and a chart."""
    width = content_width(meta)
    rows = [
        [str(y.year), amount(y.budget_chf), amount(y.received_chf),
         amount(y.received_chf - y.budget_chf),
         "—" if y.coverage is None else f"{y.coverage * 100:.1f} %"]
        for y in years
    ]  # fmt: skip
    budget = sum((y.budget_chf for y in years), Decimal(0))
    received = sum((y.received_chf for y in years), Decimal(0))
    share = f"{received / budget * 100:.1f} %" if budget else "—"
    rows.append(["Total", amount(budget), amount(received), amount(received - budget), share])
    story: list[Flowable] = [
        *title_block(meta),
        data_table(BUDGET_HEADERS, rows, [width / 5] * 5, numeric_columns=(1, 2, 3, 4)),
        Spacer(1, 6 * mm),
        budget_chart(years, width),
    ]
    return render_document(meta, story)


@dataclass(frozen=True, slots=True)
class Letter:
    """A letter: the addressee's lines, the subject, and paragraphs of text.

    ``reference`` is the unit's numbered reference, ``place`` goes before the
    date on the date line ("Geneva, 1 December 2026"). ``date_text`` and
    ``reference_text`` are the date and the reference line in the letter's
    language ("1er décembre 2026", "Notre référence : …"); empty: English.
    """

    addressee: tuple[str, ...]
    subject: str
    paragraphs: tuple[str, ...]
    dated: date
    reference: str = ""
    place: str = "Geneva"
    date_text: str = ""
    reference_text: str = ""


def letter_flowables(letter: Letter) -> list[Flowable]:
    """One letter: reference and place/date line, addressee, subject, text."""
    dated = letter.date_text or long_date(letter.dated)
    story: list[Flowable] = []
    if letter.reference:
        line = letter.reference_text or f"Our reference: {letter.reference}"
        story.append(paragraph(line, "small"))
    story.append(paragraph(f"{letter.place}, {dated}" if letter.place else dated, "body_right"))
    story += [paragraph(line) for line in letter.addressee]
    story.append(Spacer(1, 6 * mm))
    if letter.subject:
        story.append(paragraph(letter.subject, "heading"))
    story += [paragraph(text) for text in letter.paragraphs]
    return story


def letter_report(letter: Letter, meta: ReportMeta) -> bytes:
    """A one-page letter on the letterhead."""
    return letters_report([letter], meta)


def letters_report(letters: Sequence[Letter], meta: ReportMeta) -> bytes:
    """Several letters in one PDF, each starting on a new page and numbered on its own
    ("Page 1 of 1" on every one-page letter of a batch)."""
    return render_document(meta, documents(letter_flowables(letter) for letter in letters))
