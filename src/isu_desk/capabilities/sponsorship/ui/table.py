"""The applications table of a round: State, nominee, status, score, estimate, paid.

Rows are :class:`ApplicationRow` values from the service; the score column
sorts as a number (highest first when sorted descending), money as money.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from isu_desk.capabilities.declaration import QT_TRANSLATE_NOOP
from isu_desk.capabilities.sponsorship.services.service import ApplicationRow
from isu_desk.capabilities.sponsorship.ui.labels import label
from isu_desk.ui.collation import SORT_ROLE, sort_key
from isu_desk.ui.formats import display_amount
from isu_desk.ui.rows_model import Index, RowsTable

SCORE_COLUMN = 3


def _score(row: ApplicationRow) -> str:
    return f"{row.score.value}*" if row.score.override else str(row.score.value)


Column = tuple[str, Callable[[ApplicationRow], str], Callable[[ApplicationRow], Any]]
COLUMNS: tuple[Column, ...] = (
    (
        QT_TRANSLATE_NOOP("ApplicationsModel", "State"),
        lambda r: r.state_name,
        lambda r: r.state_name,
    ),
    (
        QT_TRANSLATE_NOOP("ApplicationsModel", "Nominee"),
        lambda r: r.application.nominee_name,
        lambda r: r.application.nominee_name,
    ),
    (
        QT_TRANSLATE_NOOP("ApplicationsModel", "Status"),
        lambda r: label(r.status) + (" ⚠" if r.conflicts else ""),
        lambda r: r.status.label,
    ),
    (QT_TRANSLATE_NOOP("ApplicationsModel", "Score"), _score, lambda r: r.score.value),
    (
        QT_TRANSLATE_NOOP("ApplicationsModel", "Estimate (CHF)"),
        lambda r: display_amount(r.estimate.total, "CHF"),
        lambda r: r.estimate.total,
    ),
    (
        QT_TRANSLATE_NOOP("ApplicationsModel", "Paid (CHF)"),
        lambda r: display_amount(r.paid, "CHF"),
        lambda r: r.paid,
    ),
    (
        QT_TRANSLATE_NOOP("ApplicationsModel", "Gender"),
        lambda r: label(r.application.nominee_gender),
        lambda r: r.application.nominee_gender.value,
    ),
    (
        QT_TRANSLATE_NOOP("ApplicationsModel", "Role"),
        lambda r: label(r.application.role),
        lambda r: r.application.role.label,
    ),
    (
        QT_TRANSLATE_NOOP("ApplicationsModel", "Received"),
        lambda r: r.application.received_on.isoformat(),
        lambda r: r.application.received_on,
    ),
)
NUMERIC = frozenset({3, 4, 5})


class ApplicationsModel(RowsTable):
    """A round's applications: score (its breakdown in the tooltip), status and cost."""

    rows: list[ApplicationRow]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(COLUMNS, parent)

    def header(self, column: Column) -> str:
        return QCoreApplication.translate("ApplicationsModel", column[0])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, (_, text, value) = self.rows[index.row()], COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text(row)
        if role == SORT_ROLE:
            return sort_key(value(row))
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == SCORE_COLUMN:
            return "\n".join(f"{x.label}: {x.points}" for x in row.score.lines)
        return None
