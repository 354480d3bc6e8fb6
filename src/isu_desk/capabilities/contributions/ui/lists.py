"""The list tab every Contributions list is made of: filters above, a sortable
:class:`~isu_desk.ui.record_table.RecordTable`, a totals line and buttons below.

Rows are sorted in the window in the order of :mod:`isu_desk.ui.collation`;
several can be chosen for the batch actions (letters for every selected row).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from isu_desk.capabilities.contributions.domain import records as dom
from isu_desk.capabilities.declaration import QT_TRANSLATE_NOOP
from isu_desk.ui.collation import SortingProxy
from isu_desk.ui.record_table import RecordTable
from isu_desk.ui.widgets import ChoiceField


def table(model: Any, owner: QWidget) -> RecordTable:
    """A sortable list (the order of :mod:`isu_desk.ui.collation`), several rows selectable."""
    proxy = SortingProxy(owner)
    proxy.setSourceModel(model)
    view = RecordTable()
    view.setModel(proxy)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # service order
    view.setSortingEnabled(True)
    return view


class ListTab(QWidget):
    """A filter bar, a table, a totals line and buttons."""

    def __init__(self, page: Any, model: Any) -> None:
        super().__init__()
        self.page = page
        self.model = model
        self.filters = QHBoxLayout()
        self.buttons = QHBoxLayout()
        self.view = table(model, self)
        self.view.open_requested.connect(lambda _row: self.open_selected())
        self.totals = QLabel()
        self.body = QVBoxLayout(self)
        self.body.addLayout(self.filters)
        self.body.addWidget(self.view, 1)
        self.body.addWidget(self.totals)
        self.body.addLayout(self.buttons)

    def open_selected(self) -> None:
        """Enter, F2 or a double-click on a row (each list says what opening means)."""

    def row_action(self, text: str, slot: Any) -> None:
        """An action of the right-click menu on rows."""
        action = QAction(text, self.view)
        action.triggered.connect(lambda _checked=False: slot())
        self.view.row_actions.append(action)

    def choice(self, all_label: str, choices: list[tuple[Any, str]]) -> ChoiceField:
        """A filter drop-down; ``all_label`` ("All years") is its no-filter choice."""
        field = ChoiceField(all_label)
        field.setMinimumContentsLength(6)  # the window stays usable at 800 px wide
        field.set_choices(choices)
        field.edited.connect(self.refresh)
        self.filters.addWidget(field, 1)  # wider when there is room: longer (French) labels show
        return field

    def wrap_filters(self, first_row: int) -> None:
        """Move the filters after the first ``first_row`` to a second row under them."""
        second = QHBoxLayout()
        while self.filters.count() > first_row:
            item = self.filters.takeAt(first_row)
            widget = item.widget() if item is not None else None
            if widget is not None:
                second.addWidget(widget, 1)
        self.filters.addStretch(1)
        second.addStretch(1)
        self.body.insertLayout(1, second)

    def more_button(self, actions: dict[str, Any]) -> QToolButton:
        """A "More" button whose menu holds the less frequent actions."""
        button = QToolButton()
        button.setText(QCoreApplication.translate("ListTab", "More"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        for text, slot in actions.items():
            menu.addAction(text).triggered.connect(lambda _checked=False, s=slot: s())
        button.setMenu(menu)
        self.buttons.addWidget(button)
        return button

    def button(self, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        return button

    def selected(self) -> Any:
        """The row with the cursor (else the first chosen), or None."""
        current = self.view.current_row()
        chosen = self.view.selected_rows()
        if current in chosen:
            return self.model.row_at(current)
        return self.model.row_at(chosen[0]) if chosen else None

    def selected_all(self) -> list[Any]:
        return [self.model.row_at(row) for row in self.view.selected_rows()]

    def refresh(self) -> None:
        raise NotImplementedError


def chosen(field: ChoiceField) -> str:
    """A filter's chosen value as text ("" for all)."""
    value = field.value()
    return "" if value is None else str(value)


def years() -> list[tuple[Any, str]]:
    years = sorted(set(dom.WORK_PLAN_YEARS) | {date.today().year})
    return [(str(y), str(y)) for y in years]


def section_actions(page: QWidget, tabs: QTabWidget) -> list[QAction]:
    """New (Ctrl+N) and Find (Ctrl+F) for the list tab shown: its ``new_record`` and
    its first filter (the donor picker, which is typed into)."""

    def current() -> Any:
        return tabs.currentWidget()

    def new() -> None:
        tab = current()
        if hasattr(tab, "new_record"):
            tab.new_record()

    def find() -> None:
        tab = current()
        first = tab.filters.itemAt(0).widget() if tab.filters.count() else None
        if first is not None:
            first.setFocus(Qt.FocusReason.ShortcutFocusReason)
            editor = first.lineEdit() if hasattr(first, "lineEdit") else None
            if editor is not None:
                editor.selectAll()

    actions = []
    for text, keys, slot in (
        (QT_TRANSLATE_NOOP("contributions.ui.lists", "New"), QKeySequence.StandardKey.New, new),
        (QT_TRANSLATE_NOOP("contributions.ui.lists", "Find"), QKeySequence.StandardKey.Find, find),
    ):
        action = QAction(QCoreApplication.translate("contributions.ui.lists", text), page)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _checked=False, slot=slot: slot())
        actions.append(action)
    return actions
