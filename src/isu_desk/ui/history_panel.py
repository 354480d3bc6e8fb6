"""The History panel of a record, and the Deleted view of a kind.

The panel lists every change of every field of one record, newest first:
when (local time), which workstation, the field, old value and new value, and
whether the change came by sync or took part in a conflict. "Restore this
value…" writes the chosen value back as a new change (after a confirmation),
checked as an edit in the form would be; it syncs like any edit. The Deleted
view lists the deleted records of a kind with "Restore…". Reads and writes run
off the GUI thread.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from isu_desk.capabilities.declaration import QT_TRANSLATE_NOOP
from isu_desk.services.history import DeletedRecord, HistoryEntry, HistoryService
from isu_desk.services.history_kinds import record_kind

COLUMNS = (
    QT_TRANSLATE_NOOP("history_panel", "When"),
    QT_TRANSLATE_NOOP("history_panel", "Workstation"),
    QT_TRANSLATE_NOOP("history_panel", "Field"),
    QT_TRANSLATE_NOOP("history_panel", "Old value"),
    QT_TRANSLATE_NOOP("history_panel", "New value"),
    QT_TRANSLATE_NOOP("history_panel", "Note"),
)
DELETED_COLUMNS = (
    QT_TRANSLATE_NOOP("history_panel", "Record"),
    QT_TRANSLATE_NOOP("history_panel", "Deleted on"),
    QT_TRANSLATE_NOOP("history_panel", "By"),
)
CONFLICT = QBrush(QColor("#fff4d6"))
SYNCED = QBrush(QColor("#eef4ff"))


def _table(headers: tuple[str, ...], stretch: tuple[int, ...]) -> QTableWidget:
    """A read-only table sized to its contents; ``stretch`` columns share the width left
    (elided, the whole text in the tooltip), so it fits beside a form at any width."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(
        [QCoreApplication.translate("history_panel", h) for h in headers]
    )
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    return table


def _note(entry: HistoryEntry) -> str:
    synced = QCoreApplication.translate("history_panel", "from sync") if entry.from_sync else ""
    return ", ".join(m for m in (synced, entry.conflict) if m)


def _changed_kinds(kind: str) -> set[str]:
    found = record_kind(kind)
    return {kind} if found is None else {found.kind, found.table}


class HistoryPanel(QWidget):
    """Every change of one record's fields, with "Restore this value…"."""

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.service = HistoryService(context.database)
        self.kind = ""
        self.record_id = ""
        self.entries: list[HistoryEntry] = []
        self._asked = 0  # the latest read asked for; older answers are dropped
        self._stale = False  # a record was chosen while the panel was hidden
        self.caption = QLabel(self.tr("Choose a record to see its history."))
        self.caption.setWordWrap(True)
        self.table = _table(COLUMNS, (3, 4))
        self.table.setObjectName("history_table")
        self.restore_button = QPushButton(self.tr("Restore this value…"))
        self.restore_button.setObjectName("restore_value")
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore)
        self.table.itemSelectionChanged.connect(self._update_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        context.changed.connect(self._changed)

    def show_record(self, kind: str, record_id: str) -> None:
        self.kind, self.record_id = kind, record_id
        self.reload()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        """Read the history again (off the GUI thread); while hidden, only when shown."""
        self._stale = not self.isVisible()
        if self._stale:
            return
        self._asked += 1
        if not self.record_id:
            self._show(self._asked, [])
            return
        asked, kind, record_id = self._asked, self.kind, self.record_id
        self.context.run_in_background(
            lambda: self.service.history(kind, record_id),
            on_success=lambda entries: self._show(asked, entries),
        )

    def _changed(self, kinds: Any) -> None:
        if self.record_id and (not kinds or _changed_kinds(self.kind) & set(kinds)):
            self.reload()

    def _show(self, asked: int, entries: list[HistoryEntry]) -> None:
        if asked != self._asked:
            return
        self.table.clearSelection()
        self.entries = list(reversed(entries))  # newest first
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            cells = (entry.when, entry.workstation, entry.label, entry.old, entry.new, _note(entry))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(
                    self.tr("change #{number}").format(number=entry.change_id)
                    if column == 0
                    else text
                )
                if entry.conflict:
                    item.setBackground(CONFLICT)
                elif entry.from_sync:
                    item.setBackground(SYNCED)
                if entry.action == "deleted":
                    font = QFont(item.font())
                    font.setItalic(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        changes = len({e.change_id for e in entries})
        if not entries:
            text = (
                self.tr("No history yet.")
                if self.record_id
                else self.tr("Choose a record to see its history.")
            )
        elif changes == 1:
            text = self.tr("1 change, newest first.")
        else:
            text = self.tr("{count} changes, newest first.").format(count=changes)
        self.caption.setText(text)
        self._update_button()

    def selected(self) -> HistoryEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows else None

    def _update_button(self) -> None:
        """Enabled for a value the field no longer has (its latest change holds the current)."""
        entry = self.selected()
        latest = entry is not None and next(e for e in self.entries if e.field == entry.field)
        self.restore_button.setEnabled(
            entry is not None and bool(entry.field) and latest is not entry
        )

    def restore(self) -> None:
        entry = self.selected()
        if entry is None or not entry.field:
            return
        shown = entry.new or self.tr("(empty)")
        answer = QMessageBox.question(
            self,
            self.tr("Restore this value"),
            self.tr(
                "Set {field} back to “{value}”, the value of {when} "
                "({workstation})? It is saved as a new change and syncs like any edit."
            ).format(
                field=entry.label, value=shown, when=entry.when, workstation=entry.workstation
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        kind, record_id = self.kind, self.record_id
        self.context.run_in_background(
            lambda: self.service.restore_value(kind, record_id, entry.field, entry.change_id),
            on_success=lambda result: self._restored(
                result, self.tr("{field} restored.").format(field=entry.label)
            ),
            label=self.tr("Restoring…"),
        )

    def _restored(self, result: Any, message: str) -> None:
        if not result.ok:
            QMessageBox.warning(
                self, self.tr("Not restored"), "\n".join(e.message for e in result.errors)
            )
            return
        self.context.notify_changed(_changed_kinds(self.kind))
        self.context.status_message(message)


class HistoryDialog(QDialog):
    """The History panel of one record in a window of its own (lists without a side form)."""

    def __init__(self, context: Any, kind: str, record_id: str, title: str, parent: Any = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("History: {title}").format(title=title))
        self.resize(820, 420)
        self.panel = HistoryPanel(context, self)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(close)
        self.panel.show_record(kind, record_id)


class DeletedDialog(QDialog):
    """The deleted records of one kind, each with "Restore…"."""

    def __init__(self, context: Any, kind: str, parent: Any = None) -> None:
        super().__init__(parent)
        found = record_kind(kind)
        self.noun = (
            QCoreApplication.translate("Capabilities", found.label).lower()
            if found is not None
            else kind
        )
        self.setWindowTitle(self.tr("Deleted: {kind}").format(kind=kind.replace("_", " ")))
        self.resize(640, 380)
        self.context = context
        self.kind = kind
        self.service = HistoryService(context.database)
        self.records: list[DeletedRecord] = []
        self.caption = QLabel()
        self.table = _table(DELETED_COLUMNS, (0,))
        self.table.setObjectName("deleted_table")
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.setObjectName("restore_deleted")
        self.restore_button.clicked.connect(self.restore)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.table, 1)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        self.context.run_in_background(
            lambda: self.service.deleted_records(self.kind), on_success=self._show
        )

    def _show(self, records: list[DeletedRecord]) -> None:
        self.records = records
        self.table.setRowCount(len(records))
        for row, record in enumerate(records):
            for column, text in enumerate((record.label, record.when, record.workstation)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        count = len(records)
        if count == 1:
            text = self.tr("1 deleted {noun}, latest first.")
        elif count:
            text = self.tr("{count} deleted {noun}s, latest first.")
        else:
            text = self.tr("No deleted {noun}s.")
        self.caption.setText(text.format(count=count, noun=self.noun))
        self.restore_button.setEnabled(bool(records))
        if records:
            self.table.selectRow(0)

    def restore(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        record = self.records[rows[0].row()]
        answer = QMessageBox.question(
            self,
            self.tr("Restore"),
            self.tr("Restore {record} with its last values?").format(record=record.label),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.context.run_in_background(
            lambda: self.service.restore_deleted(self.kind, record.record_id),
            on_success=lambda result: self._restored(result, record),
            label=self.tr("Restoring…"),
        )

    def _restored(self, result: Any, record: DeletedRecord) -> None:
        if not result.ok:
            QMessageBox.warning(
                self, self.tr("Not restored"), "\n".join(e.message for e in result.errors)
            )
            return
        self.context.notify_changed(_changed_kinds(self.kind))
        self.context.status_message(self.tr("{record} is back.").format(record=record.label))
        self.reload()


def add_history_buttons(tab: Any, kind: str, describe: Any) -> None:
    """ "History…" of the selected row and "Deleted…" of the kind, on a list tab.

    ``describe(row)`` gives the selected row's (record id, title); ``tab`` has
    ``button(text, slot)``, ``selected()`` and ``page.context``.
    """

    def history() -> None:
        row = tab.selected()
        if row is not None:
            record_id, title = describe(row)
            tab.history_window = opened(
                HistoryDialog(tab.page.context, kind, record_id, title, tab)
            )

    def deleted() -> None:
        tab.deleted_window = opened(DeletedDialog(tab.page.context, kind, tab))

    tab.button(QCoreApplication.translate("history_panel", "History…"), history).setObjectName(
        f"history_{kind}"
    )
    tab.button(QCoreApplication.translate("history_panel", "Deleted…"), deleted).setObjectName(
        f"deleted_{kind}"
    )


def opened(dialog: QDialog) -> QDialog:
    """Show a window beside the list (not modal: the list stays usable); freed on close."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
