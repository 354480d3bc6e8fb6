"""The instalments of a pledge as rows (due date, amount), each checked as typed:
a row with a mistake says which row and what is wrong, next to the table."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from isu_desk.capabilities.contributions.domain import records as dom
from isu_desk.capabilities.contributions.domain.records import Instalment
from isu_desk.domain.errors import FieldError
from isu_desk.ui.date_edit import DateEdit


class InstalmentsField(QWidget):
    """A small table of instalments with Add and Remove; ``rows(problems)`` reads it."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("instalments_table")
        self.table.setHorizontalHeaderLabels([self.tr("Due on"), self.tr("Amount")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(True)
        self.table.setMinimumHeight(110)
        self.table.setTabKeyNavigation(False)
        self.add_button = QPushButton(self.tr("Add instalment"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_button.clicked.connect(self.add_typed_row)
        self.remove_button.clicked.connect(self.remove_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.table)
        box.addLayout(buttons)

    def add_row(self, due: date | None = None, amount: str = "") -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        editor = DateEdit()
        when = due or date.today()
        editor.setDate(QDate(when.year, when.month, when.day))
        editor.dateChanged.connect(lambda _d: self.edited.emit())
        figure = QLineEdit(amount)
        figure.setPlaceholderText(self.tr("e.g. 10000.00"))
        figure.textEdited.connect(lambda _t: self.edited.emit())
        self.table.setCellWidget(row, 0, editor)
        self.table.setCellWidget(row, 1, figure)
        self.edited.emit()
        return row

    def add_typed_row(self) -> None:
        """Add a row and put the cursor in its date, for typing (the Add button)."""
        row = self.add_row()
        self.table.setCurrentCell(row, 0)
        self.table.scrollTo(self.table.model().index(row, 0))
        editor = self.date_editor(row)
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        editor.type_from_start()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)
            self.edited.emit()

    def set_value(self, items: list[Instalment], currency: str = "CHF") -> None:
        self.table.setRowCount(0)
        for item in items:
            self.add_row(item.due_on, f"{item.amount:f}")

    def date_editor(self, row: int) -> DateEdit:
        widget = self.table.cellWidget(row, 0)
        assert isinstance(widget, DateEdit)
        return widget

    def amount_editor(self, row: int) -> QLineEdit:
        widget = self.table.cellWidget(row, 1)
        assert isinstance(widget, QLineEdit)
        return widget

    def rows(self, problems: list[FieldError], field: str = "instalments") -> list[Instalment]:
        """The instalments typed; a bad amount adds a problem naming its row."""
        items = []
        for row in range(self.table.rowCount()):
            text = self.amount_editor(row).text().strip()
            qdate = self.date_editor(row).date()
            due = date(qdate.year(), qdate.month(), qdate.day())
            parsed = dom.parse_amount(text) if text else self.tr("an amount is needed")
            if isinstance(parsed, str) or parsed <= Decimal(0):
                why = (
                    parsed if isinstance(parsed, str) else self.tr("the amount must be above zero")
                )
                message = self.tr("Instalment {row}: {why}.").format(
                    row=row + 1, why=why.rstrip(".")
                )
                problems.append(FieldError(field, message))
                continue
            items.append(Instalment("", "", due, parsed))
        return items
