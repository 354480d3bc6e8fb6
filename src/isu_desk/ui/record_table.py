"""The table of every record list: what staff expect of a desktop list, built once.

- Tab and Shift+Tab leave the table (to the form beside it, or the next control)
  instead of walking from cell to cell.
- Enter, F2 or a double-click opens the record (``open_requested``).
- A right-click menu on rows: Open, the owner's actions (delete, letters…),
  Copy, Export selected rows…, Export the list….
- Ctrl+C copies whole rows as tab-separated text, which pastes into Excel.
- Right-click on the headings: show or hide columns, fit columns to contents.
- Text cut off by its column is shown in full in a tooltip.

Rows are addressed in the model's own numbering (through a sorting proxy when
there is one), so owners never care how the list is sorted.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractProxyModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QHelpEvent, QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHeaderView,
    QMenu,
    QMessageBox,
    QTableView,
    QToolTip,
    QWidget,
)

MAX_FITTED_WIDTH = 260  # a fitted column never takes more than this many pixels
OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2)
RowsSource = Callable[[], Sequence[Sequence[str]]]


class RecordTable(QTableView):
    """A list of records with the keyboard, menus, copying and export staff expect."""

    open_requested = Signal(int)  # the model row (source row when sorted by a proxy)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabKeyNavigation(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(26)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self.next_focus: QWidget | None = None
        self.previous_focus: QWidget | None = None
        self.row_actions: list[QAction] = []
        self.export_name = "list"
        self.all_rows: RowsSource | None = None  # what "Export the list" writes
        self.on_export: Callable[[Path, list[str], Sequence[Sequence[str]]], None] | None = None
        copy = QAction(QCoreApplication.translate("RecordTable", "Copy rows"), self)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy.triggered.connect(self.copy_rows)
        self.addAction(copy)
        self.copy_action = copy

    # --- rows ----------------------------------------------------------------

    def _source_row(self, index: QModelIndex) -> int:
        model = self.model()
        if isinstance(model, QAbstractProxyModel):
            return model.mapToSource(index).row()
        return index.row()

    def selected_rows(self) -> list[int]:
        """The chosen rows (model numbering), top to bottom as shown."""
        selection = self.selectionModel()
        if selection is None:
            return []
        shown = sorted(selection.selectedRows(), key=lambda index: index.row())
        return [self._source_row(index) for index in shown]

    def current_row(self) -> int:
        index = self.currentIndex()
        return self._source_row(index) if index.isValid() else -1

    def visible_columns(self) -> list[int]:
        model = self.model()
        count = model.columnCount() if model is not None else 0
        return [c for c in range(count) if not self.isColumnHidden(c)]

    def headers(self) -> list[str]:
        model = self.model()
        return [
            str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole))
            for c in self.visible_columns()
        ]

    def shown_rows(self, view_rows: Sequence[int] | None = None) -> list[list[str]]:
        """The text of rows as shown (visible columns), in the order shown."""
        model = self.model()
        if model is None:
            return []
        rows = range(model.rowCount()) if view_rows is None else view_rows
        columns = self.visible_columns()
        return [[_cell(model.index(r, c)) for c in columns] for r in rows]

    def _selected_view_rows(self) -> list[int]:
        selection = self.selectionModel()
        if selection is None:
            return []
        return sorted(index.row() for index in selection.selectedRows())

    # --- copying and export --------------------------------------------------

    def copy_rows(self) -> None:
        """Put the chosen rows on the clipboard as tab-separated text (Excel pastes it)."""
        rows = self.shown_rows(self._selected_view_rows())
        if rows:
            text = "\n".join("\t".join(row) for row in rows) + "\n"
            QApplication.clipboard().setText(text)

    def export(self, selected_only: bool) -> None:
        rows: Sequence[Sequence[str]]
        if selected_only:
            rows = self.shown_rows(self._selected_view_rows())
        else:
            rows = self.all_rows() if self.all_rows is not None else self.shown_rows()
        start = str(Path.home() / f"{self.export_name}.xlsx")
        path, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("RecordTable", "Export"),
            start,
            QCoreApplication.translate(
                "RecordTable", "Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"
            ),
        )
        if path:
            self.write_export(Path(path), rows)

    def write_export(self, path: Path, rows: Sequence[Sequence[str]]) -> None:
        from isu_desk.domain.errors import DataError
        from isu_desk.services.table_export import write_table

        try:
            write_table(path, self.headers(), rows)
        except DataError as error:
            QMessageBox.warning(
                self, QCoreApplication.translate("RecordTable", "Export"), str(error)
            )
            return
        if self.on_export is not None:
            self.on_export(path, self.headers(), rows)

    # --- keyboard and mouse --------------------------------------------------

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab and Shift+Tab leave the table (to the form beside it when there is one)."""
        target = self.next_focus if forward else self.previous_focus
        if target is not None and target.isVisible() and target.isEnabled():
            reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
            target.setFocus(reason)
            return True
        return super().focusNextPrevChild(forward)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in OPEN_KEYS and self.currentIndex().isValid():
            self.open_requested.emit(self.current_row())
        else:
            super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if index.isValid():
            self.open_requested.emit(self._source_row(index))
        else:
            super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event: Any) -> None:
        index = self.indexAt(event.pos())
        if index.isValid() and index.row() not in self._selected_view_rows():
            self.selectRow(index.row())
        has_rows = bool(self._selected_view_rows())
        menu = QMenu(self)
        opener = menu.addAction(QCoreApplication.translate("RecordTable", "Open"))
        opener.setEnabled(has_rows)
        opener.triggered.connect(lambda: self.open_requested.emit(self.current_row()))
        if self.row_actions:
            menu.addSeparator()
            for action in self.row_actions:
                menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.copy_action)
        self.copy_action.setEnabled(has_rows)
        chosen = menu.addAction(QCoreApplication.translate("RecordTable", "Export selected rows…"))
        chosen.setEnabled(has_rows)
        chosen.triggered.connect(lambda: self.export(True))
        menu.addAction(
            QCoreApplication.translate("RecordTable", "Export the list…")
        ).triggered.connect(lambda: self.export(False))
        menu.exec(event.globalPos())

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.indexAt(event.pos())
            text = _cell(index) if index.isValid() else ""
            if text and self._cut_off(index, text):
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def _cut_off(self, index: QModelIndex, text: str) -> bool:
        return self.fontMetrics().horizontalAdvance(text) + 12 > self.columnWidth(index.column())

    # --- columns -------------------------------------------------------------

    def fit_columns(self) -> None:
        """Size each column to its heading and shown contents, within reason."""
        self.resizeColumnsToContents()
        for column in self.visible_columns():
            if self.columnWidth(column) > MAX_FITTED_WIDTH:
                self.setColumnWidth(column, MAX_FITTED_WIDTH)

    def _header_menu(self, position: QPoint) -> None:
        model = self.model()
        if model is None:
            return
        menu = QMenu(self)
        menu.addAction(
            QCoreApplication.translate("RecordTable", "Fit columns to contents")
        ).triggered.connect(self.fit_columns)
        menu.addSeparator()
        for column in range(model.columnCount()):
            title = model.headerData(column, Qt.Orientation.Horizontal)
            action = menu.addAction(str(title))
            action.setCheckable(True)
            action.setChecked(not self.isColumnHidden(column))
            # Never hide the last column shown.
            action.setEnabled(self.isColumnHidden(column) or len(self.visible_columns()) > 1)
            action.toggled.connect(lambda on, c=column: self.setColumnHidden(c, not on))
        menu.exec(self.horizontalHeader().mapToGlobal(position))

    def hidden_columns(self) -> str:
        """The hidden columns, to remember between sessions ("2,5")."""
        model = self.model()
        count = model.columnCount() if model is not None else 0
        return ",".join(str(c) for c in range(count) if self.isColumnHidden(c))

    def hide_columns(self, remembered: str) -> None:
        for part in remembered.split(","):
            if part.isdigit():
                self.setColumnHidden(int(part), True)


def _cell(index: QModelIndex) -> str:
    value = index.data(Qt.ItemDataRole.DisplayRole)
    text = "" if value is None else str(value)
    return text.replace("\t", " ").replace("\r", " ").replace("\n", " ")
