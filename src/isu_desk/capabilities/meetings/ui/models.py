"""The Meetings lists' table model and the table they sit in.

A :class:`Rows` model shows rows handed to it (already filtered by the
service) through named columns; each column may give a sort value of its
own (dates sort as dates, symbols as the UN sorts them, names as
:mod:`isu_desk.ui.collation` does). A row the model marks late is red.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QWidget

from isu_desk.ui.collation import SORT_ROLE, SortingProxy, sort_key
from isu_desk.ui.record_table import RecordTable
from isu_desk.ui.rows_model import Index, RowsTable

RED = QBrush(QColor("#b3261e"))


@dataclass(frozen=True)
class Col:
    """A column: its header, the text of a row and, when the text does not sort, a key."""

    header: str
    text: Callable[[Any], str]
    key: Callable[[Any], Any] | None = None


class Rows(RowsTable):
    """Rows shown through :class:`Col` columns; ``late(row)`` rows are red."""

    columns: tuple[Col, ...]

    def __init__(
        self,
        columns: Sequence[Col],
        late: Callable[[Any], bool] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(columns, parent)
        self.late = late

    def header(self, column: Col) -> str:
        return QCoreApplication.translate("Rows", column.header)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column, row = self.columns[index.column()], self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == SORT_ROLE:
            return column.key(row) if column.key else sort_key(column.text(row))
        if role == Qt.ItemDataRole.ForegroundRole and self.late is not None and self.late(row):
            return RED
        return None


def rows_table(model: Rows, owner: QWidget, name: str) -> RecordTable:
    """A sortable :class:`RecordTable` over ``model``, in the service's order until sorted."""
    proxy = SortingProxy(owner)
    proxy.setSourceModel(model)
    view = RecordTable()
    view.setObjectName(name)
    view.setModel(proxy)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)
    view.export_name = name
    fitted: list[bool] = []

    def fit_once() -> None:
        # Columns fit the first rows shown; after that the widths are the user's.
        if model.rows and not fitted:
            fitted.append(True)
            view.fit_columns()

    model.modelReset.connect(fit_once)
    return view


def selected_row(view: RecordTable, model: Rows) -> Any:
    """The row with the cursor (else the first chosen), or None."""
    current, chosen = view.current_row(), view.selected_rows()
    if current in chosen:
        return model.row_at(current)
    return model.row_at(chosen[0]) if chosen else None


def select_where(view: RecordTable, model: Rows, wanted: Callable[[Any], bool]) -> bool:
    """Put the cursor on the first row ``wanted`` accepts; False when there is none."""
    proxy = view.model()
    for row in range(proxy.rowCount()):
        source = proxy.mapToSource(proxy.index(row, 0))  # type: ignore[attr-defined]
        if wanted(model.row_at(source.row())):
            view.selectRow(row)
            view.setCurrentIndex(proxy.index(row, 0))
            return True
    return False
