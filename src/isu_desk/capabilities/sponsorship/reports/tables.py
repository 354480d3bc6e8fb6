"""Sponsorship lists and the report to the meeting: delegates, GICHD payments, figures.

Each builder takes plain rows the services prepared (text and exact CHF)
and lays them out with the shared letterhead, styles and tables; the round
report adds one bar chart of received, offered, accepted and attended by
regional group.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from isu_desk.capabilities.sponsorship.reports.chart import GroupedBars
from isu_desk.domain.money import format_amount
from isu_desk.reports.letterhead import ReportMeta, content_width, render_document, title_block
from isu_desk.reports.styles import ACCENT, HEADER_FILL, MUTED, RULE
from isu_desk.reports.tables import data_table
from isu_desk.reports.text import paragraph

DELEGATE_HEADERS = ("State", "Name", "Title", "Gender", "Role")
PAYMENT_HEADERS = ("State", "Delegate", "DSA days", "Rate", "DSA", "Ticket", "Other", "Total",
                   "GICHD reference")  # fmt: skip
COUNT_HEADERS = ("", "Received", "Offered", "Accepted", "Attended", "No-shows")


def chf(amount: Decimal) -> str:
    return format_amount(amount, "CHF")


def _widths(meta: ReportMeta, shares: Sequence[float]) -> list[float]:
    width = content_width(meta)
    return [width * share / sum(shares) for share in shares]


def delegates_report(rows: Sequence[Sequence[str]], meta: ReportMeta) -> bytes:
    """State, name, title, gender and role of each sponsored delegate."""
    story: list[Flowable] = [*title_block(meta)]
    if not rows:
        story.append(paragraph("No delegate of this round has accepted an offer yet."))
    else:
        story.append(paragraph(f"{len(rows)} sponsored delegate{'s' if len(rows) != 1 else ''}."))
        widths = _widths(meta, (0.22, 0.3, 0.1, 0.12, 0.26))
        story.append(data_table(DELEGATE_HEADERS, [list(r) for r in rows], widths))
    return render_document(meta, story)


@dataclass(frozen=True, slots=True)
class PaymentLine:
    state: str
    delegate: str
    dsa_days: int
    rate: Decimal
    dsa: Decimal
    ticket: Decimal
    other: Decimal
    references: str

    @property
    def total(self) -> Decimal:
        return self.dsa + self.ticket + self.other


def payments_report(lines: Sequence[PaymentLine], meta: ReportMeta) -> bytes:
    """Per delegate what the GICHD paid: DSA days × rate, ticket, other, total; totals."""
    story = title_block(meta)  # registers the fonts the table measures with
    rows = [
        [line.state, line.delegate, str(line.dsa_days), chf(line.rate), chf(line.dsa),
         chf(line.ticket), chf(line.other), chf(line.total), line.references]
        for line in lines
    ]  # fmt: skip
    zero = Decimal(0)
    totals = [sum((getattr(line, name) for line in lines), zero)
              for name in ("dsa", "ticket", "other", "total")]  # fmt: skip
    days = sum(line.dsa_days for line in lines)
    rows.append(["Total", f"{len(lines)} delegates", str(days), "", *map(chf, totals), ""])
    widths = _widths(meta, (0.13, 0.17, 0.06, 0.07, 0.09, 0.09, 0.07, 0.09, 0.23))
    table = data_table(PAYMENT_HEADERS, rows, widths, numeric_columns=(2, 3, 4, 5, 6, 7))
    table.setStyle([("BACKGROUND", (0, len(rows)), (-1, len(rows)), HEADER_FILL)])
    return render_document(meta, [*story, table])


@dataclass(frozen=True, slots=True)
class ReportTables:
    """The round report's figures as printed (labels and counts), prepared by the services."""

    total: tuple[int, int, int, int, int]
    by_region: tuple[tuple[str, tuple[int, int, int, int, int]], ...]
    by_gender: tuple[tuple[str, tuple[int, int, int, int, int]], ...]
    groups: tuple[tuple[str, tuple[int, int, int, int, int]], ...]  # LDCs, first-time
    cost_total: Decimal
    cost_per_delegate: Decimal | None
    donors: tuple[str, ...]
    year: int


def _counts_table(
    meta: ReportMeta, caption: str, rows: Sequence[tuple[str, Sequence[int]]]
) -> Flowable:
    body = [[label, *map(str, counts)] for label, counts in rows]
    widths = _widths(meta, (0.35, 0.13, 0.13, 0.13, 0.13, 0.13))
    return data_table(COUNT_HEADERS, body, widths, caption=caption, numeric_columns=(1, 2, 3, 4, 5))


def round_chart(tables: ReportTables, width: float) -> Flowable:
    """Received, offered, accepted and attended by regional group, as grouped bars."""
    series = list(zip(COUNT_HEADERS[1:5], (RULE, MUTED, HEADER_FILL, ACCENT), strict=True))
    values = [[counts[i] for _, counts in tables.by_region] for i in range(4)]
    names = [label.split()[0] for label, _ in tables.by_region]
    return GroupedBars(width, names, series, values)


def round_report(tables: ReportTables, meta: ReportMeta) -> bytes:
    """Applications received, offered, accepted, attended, no-shows; by group; cost; donors."""
    received, offered, accepted, attended, no_shows = tables.total
    per = "—" if tables.cost_per_delegate is None else f"CHF {chf(tables.cost_per_delegate)}"
    story: list[Flowable] = [
        *title_block(meta),
        paragraph(
            f"The Programme received {received} applications, made {offered} offers, of which "
            f"{accepted} were accepted; {attended} delegates attended and {no_shows} did not "
            f"come. It cost CHF {chf(tables.cost_total)} in total, {per} per delegate who "
            "attended."
        ),
        _counts_table(meta, "All applications", [("Total", tables.total)]),
        Spacer(1, 3 * mm),
        _counts_table(meta, "By regional group", tables.by_region),
        Spacer(1, 3 * mm),
        _counts_table(meta, "By gender", tables.by_gender),
        Spacer(1, 3 * mm),
        _counts_table(meta, "Least developed countries and first-time participants", tables.groups),
        Spacer(1, 4 * mm),
        round_chart(tables, content_width(meta)),
        paragraph(f"Donors to the Sponsorship Programme in {tables.year}", "heading"),
        paragraph(", ".join(tables.donors) if tables.donors else "No contribution was recorded."),
    ]
    return render_document(meta, story)
