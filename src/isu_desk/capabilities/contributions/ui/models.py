"""Qt table models of the Contributions page: pledges, ledger entries, budget lines.

Each model shows rows handed to it by the page (already filtered by the
service); amounts are Decimals formatted with their currency, right-aligned.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from isu_desk.capabilities.contributions.domain.records import (
    ContributionForm,
    ContributionKind,
    EntryType,
)
from isu_desk.capabilities.declaration import QT_TRANSLATE_NOOP
from isu_desk.ui.collation import SORT_ROLE, sort_key
from isu_desk.ui.formats import display_amount, display_date
from isu_desk.ui.rows_model import Index, RowsTable
from isu_desk.ui.widgets import enum_label

# (header, text of a row) or (header, text, value to sort by) when the text is not enough.
Column = tuple[str, Callable[[Any], Any]] | tuple[str, Callable[[Any], Any], Callable[[Any], Any]]
LATE = QBrush(QColor("#b3261e"))
translate = QCoreApplication.translate


# What the window shows for each value of the Contributions enums (``enum_label``), for lupdate.
ENUM_LABELS = (
    # FundKind
    QT_TRANSLATE_NOOP("contributions.ui.models", "Core"),
    QT_TRANSLATE_NOOP("contributions.ui.models", "Sponsorship"),
    QT_TRANSLATE_NOOP("contributions.ui.models", "Earmarked"),
    # ContributionKind
    QT_TRANSLATE_NOOP("contributions.ui.models", "Annual"),
    QT_TRANSLATE_NOOP("contributions.ui.models", "Multi-year"),
    QT_TRANSLATE_NOOP("contributions.ui.models", "Voluntary"),
    # ContributionForm
    QT_TRANSLATE_NOOP("contributions.ui.models", "Financial"),
    QT_TRANSLATE_NOOP("contributions.ui.models", "In-kind"),
    # EntryType
    QT_TRANSLATE_NOOP("contributions.ui.models", "Payment"),
    QT_TRANSLATE_NOOP("contributions.ui.models", "Reversal"),
    QT_TRANSLATE_NOOP("contributions.ui.models", "Adjustment"),
    # PledgeStatus
    QT_TRANSLATE_NOOP("contributions.ui.models", "Pledged"),
    QT_TRANSLATE_NOOP("contributions.ui.models", "Partial"),
    QT_TRANSLATE_NOOP("contributions.ui.models", "Paid"),
    QT_TRANSLATE_NOOP("contributions.ui.models", "Overpaid"),
)


def enum_text(member: Enum) -> str:
    """An enum value as shown, in the user's language."""
    return enum_label(member, "contributions.ui.models")


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
                (translate("PledgesModel", "Donor"), lambda r: r.donor_name),
                (translate("PledgesModel", "Fund"), lambda r: r.fund_name),
                (translate("PledgesModel", "Years"), lambda r: r.pledge.years),
                (translate("PledgesModel", "Currency"), lambda r: r.pledge.currency),
                (
                    translate("PledgesModel", "Pledged"),
                    lambda r: money(r.pledge.total, r.pledge.currency),
                ),
                (
                    translate("PledgesModel", "Received"),
                    lambda r: money(r.balance.received, r.pledge.currency),
                ),
                (
                    translate("PledgesModel", "Outstanding"),
                    lambda r: money(r.balance.outstanding, r.pledge.currency),
                ),
                (
                    translate("PledgesModel", "Received CHF"),
                    lambda r: money(r.balance.received_chf),
                ),
                (translate("PledgesModel", "Status"), lambda r: enum_text(r.balance.status)),
                (
                    translate("PledgesModel", "Overdue"),
                    lambda r: (
                        translate("PledgesModel", "%n instalment(s)", None, len(r.overdue))
                        if r.overdue
                        else ""
                    ),
                ),
            ],
            parent,
        )

    def foreground(self, row: Any) -> Any:
        return LATE if row.overdue else None


def _waiting(row: Any) -> str:
    """A payment not acknowledged yet says so; corrections need no letter."""
    waiting = row["entry"] == EntryType.PAYMENT.value
    return translate("contributions.ui.models", "Not yet") if waiting else ""


class LedgerModel(RowsModel):
    """Contributions received and corrections, newest first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                (
                    translate("LedgerModel", "Received"),
                    lambda r: display_date(r["received_on"]),
                    lambda r: r["received_on"],
                ),
                (translate("LedgerModel", "Donor"), lambda r: r["donor_name"]),
                (translate("LedgerModel", "Fund"), lambda r: r["fund_name"]),
                (
                    translate("LedgerModel", "Acknowledged"),
                    lambda r: display_date(r["acknowledged_on"]) or _waiting(r),
                    lambda r: r["acknowledged_on"],
                ),
                (
                    translate("LedgerModel", "Kind"),
                    lambda r: enum_text(ContributionKind(r["kind"])),
                ),
                (
                    translate("LedgerModel", "Form"),
                    lambda r: enum_text(ContributionForm(r["form"])),
                ),
                (translate("LedgerModel", "Currency"), lambda r: r["currency"]),
                (translate("LedgerModel", "Amount"), lambda r: money(r["amount"], r["currency"])),
                (translate("LedgerModel", "Rate"), lambda r: f"{r['rate_to_chf']:f}"),
                (translate("LedgerModel", "CHF"), lambda r: money(r["amount_chf"])),
                (translate("LedgerModel", "Year"), lambda r: str(r["work_plan_year"])),
                (translate("LedgerModel", "Entry"), lambda r: enum_text(EntryType(r["entry"]))),
                (translate("LedgerModel", "Reference"), lambda r: r["reference"]),
            ],
            parent,
        )


class BudgetModel(RowsModel):
    """Budget lines (year, line, CHF, approving decision)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                (translate("BudgetModel", "Year"), lambda r: str(r.year)),
                (translate("BudgetModel", "Budget line"), lambda r: r.line),
                (translate("BudgetModel", "Approved CHF"), lambda r: money(r.amount_chf)),
                (translate("BudgetModel", "Meeting"), lambda r: r.decision_meeting),
                (translate("BudgetModel", "Document"), lambda r: r.decision_symbol),
            ],
            parent,
        )
