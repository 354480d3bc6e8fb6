"""Qt table models of the Contributions page: pledges, ledger entries, budget lines.

Each model shows rows handed to it by the page (already filtered by the
service); amounts are Decimals formatted with their currency, right-aligned.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from isu_desk.capabilities.contributions.domain.records import (
    ContributionForm,
    ContributionKind,
    EntryType,
)
from isu_desk.ui.collation import SORT_ROLE, sort_key
from isu_desk.ui.formats import display_amount, display_date
from isu_desk.ui.rows_model import Index, RowsTable
from isu_desk.ui.widgets import enum_label

# (header, text of a row) or (header, text, value to sort by) when the text is not enough.
Column = tuple[str, Callable[[Any], Any]] | tuple[str, Callable[[Any], Any], Callable[[Any], Any]]
LATE = QBrush(QColor("#b3261e"))


def money(amount: Decimal | None, currency: str = "CHF") -> str:
    """``12,345.60`` with the currency's decimals (no float on the way), in the window's
    language (``12 345,60`` in French)."""
    if amount is None:
        return ""
    return display_amount(amount, currency)


class RowsModel(RowsTable):
    """A read-only table of rows described by (header, getter) columns."""

    columns: tuple[Column, ...]

    def header(self, column: Column) -> str:
        return column[0]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        if role == SORT_ROLE:
            raw = column[2] if len(column) == 3 else column[1]  # type: ignore[misc]
            return sort_key(raw(self.rows[index.row()]))
        value = column[1](self.rows[index.row()])
        if role == Qt.ItemDataRole.DisplayRole:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and _is_number(value):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(self.rows[index.row()])
        return None

    def foreground(self, row: Any) -> Any:
        return None


def _is_number(value: Any) -> bool:
    return (isinstance(value, str) and value[:1].isdigit() and "," in value) or (
        isinstance(value, str) and value.replace(".", "").replace("-", "").isdigit()
    )


class PledgesModel(RowsModel):
    """Pledges with received, outstanding and status; late ones in red."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                ("Donor", lambda r: r.donor_name),
                ("Fund", lambda r: r.fund_name),
                ("Years", lambda r: r.pledge.years),
                ("Currency", lambda r: r.pledge.currency),
                ("Pledged", lambda r: money(r.pledge.total, r.pledge.currency)),
                ("Received", lambda r: money(r.balance.received, r.pledge.currency)),
                ("Outstanding", lambda r: money(r.balance.outstanding, r.pledge.currency)),
                ("Received CHF", lambda r: money(r.balance.received_chf)),
                ("Status", lambda r: enum_label(r.balance.status)),
                ("Overdue", lambda r: f"{len(r.overdue)} instalment(s)" if r.overdue else ""),
            ],
            parent,
        )

    def foreground(self, row: Any) -> Any:
        return LATE if row.overdue else None


def _waiting(row: Any) -> str:
    """A payment not acknowledged yet says so; corrections need no letter."""
    return "Not yet" if row["entry"] == EntryType.PAYMENT.value else ""


class LedgerModel(RowsModel):
    """Contributions received and corrections, newest first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                ("Received", lambda r: display_date(r["received_on"]), lambda r: r["received_on"]),
                ("Donor", lambda r: r["donor_name"]),
                ("Fund", lambda r: r["fund_name"]),
                (
                    "Acknowledged",
                    lambda r: display_date(r["acknowledged_on"]) or _waiting(r),
                    lambda r: r["acknowledged_on"],
                ),
                ("Kind", lambda r: enum_label(ContributionKind(r["kind"]))),
                ("Form", lambda r: enum_label(ContributionForm(r["form"]))),
                ("Currency", lambda r: r["currency"]),
                ("Amount", lambda r: money(r["amount"], r["currency"])),
                ("Rate", lambda r: f"{r['rate_to_chf']:f}"),
                ("CHF", lambda r: money(r["amount_chf"])),
                ("Year", lambda r: str(r["work_plan_year"])),
                ("Entry", lambda r: enum_label(EntryType(r["entry"]))),
                ("Reference", lambda r: r["reference"]),
            ],
            parent,
        )


class BudgetModel(RowsModel):
    """Budget lines (year, line, CHF, approving decision)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                ("Year", lambda r: str(r.year)),
                ("Budget line", lambda r: r.line),
                ("Approved CHF", lambda r: money(r.amount_chf)),
                ("Meeting", lambda r: r.decision_meeting),
                ("Document", lambda r: r.decision_symbol),
            ],
            parent,
        )
