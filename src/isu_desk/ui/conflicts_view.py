"""The Conflicts view: each conflict side by side, and the user keeps either side.

A conflict over a long text (minutes, notes) also shows both texts with the
differing words marked (:mod:`isu_desk.ui.text_diff`).

Rows show the record, the field, the current value and the other (losing)
value with who wrote it and when. "Keep current" and "Keep other" call the
sync service, whose choice syncs like any edit.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from isu_desk.capabilities.declaration import QT_TRANSLATE_NOOP
from isu_desk.domain.hlc import stamp_is_future, stamp_time
from isu_desk.services.sync import SyncService
from isu_desk.sync.conflicts import ConflictView
from isu_desk.ui.text_diff import TextDiff, show_long_text_conflict

COLUMNS = (
    QT_TRANSLATE_NOOP("ConflictsView", "Record"),
    QT_TRANSLATE_NOOP("ConflictsView", "Field"),
    QT_TRANSLATE_NOOP("ConflictsView", "Current value"),
    QT_TRANSLATE_NOOP("ConflictsView", "Current: who, when"),
    QT_TRANSLATE_NOOP("ConflictsView", "Other value"),
    QT_TRANSLATE_NOOP("ConflictsView", "Other: who, when"),
)


def _shown(value: object) -> str:
    empty = QCoreApplication.translate("ConflictsView", "(empty)")
    if value is None:
        return empty
    if value in (0, 1) and not isinstance(value, str):
        return (
            QCoreApplication.translate("ConflictsView", "yes")
            if value
            else QCoreApplication.translate("ConflictsView", "no")
        )
    return str(value) or empty


class ConflictsView(QWidget):
    """Lists open conflicts; ``resolved`` is emitted with the entity whose record changed."""

    resolved = Signal(str)

    def __init__(self, service: SyncService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.conflicts: list[ConflictView] = []
        self.names: dict[str, str] = {}
        self.clock_off: frozenset[str] = frozenset()
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("conflicts_table")
        self.table.setHorizontalHeaderLabels([self.tr(title) for title in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.keep_current = QPushButton(self.tr("Keep current"))
        self.keep_other = QPushButton(self.tr("Keep other"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.keep_current.clicked.connect(lambda: self._resolve("current"))
        self.keep_other.clicked.connect(lambda: self._resolve("other"))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_current)
        buttons.addWidget(self.keep_other)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        self.diff = TextDiff()  # a long text conflict: both texts, differing words marked
        self.diff.hide()
        layout.addWidget(self.diff, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self._update_buttons()

    def show_conflicts(
        self,
        conflicts: list[ConflictView],
        names: dict[str, str],
        clock_off: frozenset[str] = frozenset(),
    ) -> None:
        """Fill the table (the caller loads them in the background).

        ``clock_off`` names workstations whose clock was found wrong: their
        times are marked, like any time in the future.
        """
        self.conflicts, self.names, self.clock_off = conflicts, names, clock_off
        self.table.setRowCount(len(conflicts))
        for row, conflict in enumerate(conflicts):
            other = (
                self.tr("deleted the record")
                if conflict.is_delete
                else _shown(conflict.other_value)
            )
            current = (
                self.tr("the record exists")
                if conflict.is_delete
                else _shown(conflict.current_value)
            )
            if not conflict.record_exists and not conflict.is_delete:
                current = self.tr("the record was deleted")
            cells = (
                f"{conflict.entity}: {conflict.label}",
                conflict.field or self.tr("(whole record)"),
                current,
                self._who(conflict.current_workstation, conflict.current_hlc),
                other,
                self._who(conflict.other_workstation, conflict.other_hlc),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self._update_buttons()

    def _who(self, workstation_id: str, hlc: str) -> str:
        name = self.names.get(workstation_id, workstation_id[:8] or "?")
        if not hlc:
            return name
        off = workstation_id in self.clock_off or stamp_is_future(hlc)
        if off:
            return self.tr("{name}, {time} (clock was off)").format(name=name, time=stamp_time(hlc))
        return f"{name}, {stamp_time(hlc)}"

    def selected(self) -> ConflictView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.conflicts[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.keep_current.setEnabled(chosen)
        self.keep_other.setEnabled(chosen)
        show_long_text_conflict(self.diff, self.selected())

    def _resolve(self, keep: str) -> None:
        conflict = self.selected()
        if conflict is None:
            return
        result = self.service.resolve(conflict.id, keep)
        if not result.ok:
            self.message.setText("; ".join(str(error) for error in result.errors))
            return
        kept = (
            self.tr("Kept the current value; the choice goes out with the next sync.")
            if keep == "current"
            else self.tr("Kept the other value; the choice goes out with the next sync.")
        )
        self.message.setText(kept)
        row = self.conflicts.index(conflict)
        del self.conflicts[row]
        self.table.removeRow(row)
        self.resolved.emit(conflict.entity)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
