"""A meeting's minutes: one text per agenda item, its status, and the correction of
approved minutes.

The agenda is on the left; the chosen item's text is edited on the right and
saved with Save (Ctrl+S). Circulate and Approve move the status on. Once the
minutes are approved their text changes only by a correction: saving asks
why, and the approved text is kept with the reason (shown under the text and
in the History).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from isu_desk.capabilities.meetings.domain.records import MinutesStatus
from isu_desk.capabilities.meetings.services.minutes import MinutesItem, MinutesService
from isu_desk.capabilities.meetings.services.reports import attendees_by_attendance
from isu_desk.capabilities.meetings.ui.labels import label
from isu_desk.domain.errors import Result
from isu_desk.storage.database import Database
from isu_desk.ui.formats import display_date
from isu_desk.ui.widgets import ErrorLabel

ITEM_ID = Qt.ItemDataRole.UserRole + 1


class MinutesTab(QWidget):
    """The minutes tab; ``message`` carries a line for the status bar."""

    message = Signal(str)

    def __init__(
        self, service: MinutesService, database: Database, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.database = database
        self.meeting_id = ""
        self.items: list[MinutesItem] = []
        self.status = QLabel()
        self.status.setObjectName("minutes_status")
        self.attendance = QLabel()
        self.attendance.setWordWrap(True)
        self.circulate = QPushButton(self.tr("Circulate"))
        self.approve = QPushButton(self.tr("Approve…"))
        self.circulate.clicked.connect(lambda: self._move(MinutesStatus.CIRCULATED))
        self.approve.clicked.connect(lambda: self._move(MinutesStatus.APPROVED))
        self.agenda = QListWidget()
        self.agenda.setObjectName("minutes_agenda")
        self.agenda.setWordWrap(True)
        self.agenda.setSpacing(2)
        self.agenda.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("minutes_text")
        self.editor.setTabChangesFocus(True)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: 600;")
        self.heading.setWordWrap(True)
        self.corrections = QLabel()
        self.corrections.setObjectName("minutes_corrections")
        self.corrections.setWordWrap(True)
        self.error = ErrorLabel()
        self.save_button = QPushButton(self.tr("Save text"))
        self.save_button.setObjectName("save_minutes")
        self.save_button.clicked.connect(self.save)
        self.shown_item = ""  # the agenda item whose text is in the editor
        self._loading = False
        self.agenda.currentRowChanged.connect(self._switch_item)
        self._layout()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.circulate)
        top.addWidget(self.approve)
        right = QWidget()
        box = QVBoxLayout(right)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.heading)
        box.addWidget(self.editor, 1)
        box.addWidget(self.error)
        box.addWidget(self.corrections)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.save_button)
        box.addLayout(self.buttons)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.agenda)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([280, 700])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.attendance)
        layout.addWidget(split, 1)

    # --- showing ---------------------------------------------------------------

    def show_meeting(self, meeting_id: str) -> None:
        keep = self.current_item_id() if meeting_id == self.meeting_id else ""
        self.meeting_id = meeting_id
        self.reload(keep)

    def reload(self, keep_item: str = "") -> None:
        """Read the minutes again (after a save, an undo or a sync); text being typed stays."""
        typed = self.editor.toPlainText() if self.dirty else None
        typed_item = self.shown_item
        self._loading = True
        minutes = self.service.minutes(self.meeting_id)
        approved = minutes.status is MinutesStatus.APPROVED
        when = {
            MinutesStatus.CIRCULATED: minutes.circulated_on,
            MinutesStatus.APPROVED: minutes.approved_on,
        }.get(minutes.status)
        status = label(minutes.status).lower()
        if when and approved:
            line = self.tr(
                "Minutes: <b>{status}</b> on {date} · changes are corrections, with a reason"
            )
        elif when:
            line = self.tr("Minutes: <b>{status}</b> on {date}")
        else:
            line = self.tr("Minutes: <b>{status}</b>")
        self.status.setText(line.format(status=status, date=display_date(when) if when else ""))
        self.circulate.setEnabled(minutes.status is MinutesStatus.DRAFT)
        self.approve.setEnabled(not approved)
        self.save_button.setText(self.tr("Correct…") if approved else self.tr("Save text"))
        self.approved = approved
        attending = attendees_by_attendance(self.database, self.meeting_id)
        self.attendance.setText(
            self.tr("Present: {present}   ·   Apologies: {apologies}").format(
                present=self._names(attending.get("present", ())),
                apologies=self._names(attending.get("apologies", ())),
            )
        )
        self.items = self.service.items(self.meeting_id)
        self.agenda.blockSignals(True)
        self.agenda.clear()
        for found in self.items:
            written = "" if found.entry and found.entry.text.strip() else self.tr("  (nothing yet)")
            entry = QListWidgetItem(f"{found.item.number}  {found.item.title}{written}")
            entry.setData(ITEM_ID, found.item.id)
            self.agenda.addItem(entry)
        self.agenda.blockSignals(False)
        ids = [found.item.id for found in self.items]
        self.agenda.setCurrentRow(ids.index(keep_item) if keep_item in ids else 0)
        self._show_item(self.agenda.currentRow())
        self._loading = False
        if typed is not None and typed_item == self.current_item_id():
            self.editor.setPlainText(typed)
            self.editor.document().setModified(True)

    def _switch_item(self, row: int) -> None:
        """Another item chosen: the text typed under the previous one is saved first."""
        if self.dirty and not self._loading and self.shown_item:
            self._save_text(self.shown_item, self.editor.toPlainText(), reload=False)
        self._show_item(row)

    @property
    def dirty(self) -> bool:
        """Text typed and not saved yet."""
        return self.editor.isEnabled() and self.editor.document().isModified()

    def show_item(self, agenda_item_id: str) -> None:
        """Open the text of one agenda item (a search result leads here)."""
        ids = [found.item.id for found in self.items]
        if agenda_item_id in ids:
            self.agenda.setCurrentRow(ids.index(agenda_item_id))
        self.editor.setFocus()

    def current_entry_id(self) -> str:
        """The id of the chosen item's text ("" while nothing is written)."""
        row = self.agenda.currentRow()
        entry = self.items[row].entry if 0 <= row < len(self.items) else None
        return entry.id if entry else ""

    def current_item_id(self) -> str:
        entry = self.agenda.currentItem()
        return str(entry.data(ITEM_ID)) if entry is not None else ""

    def _show_item(self, row: int) -> None:
        self.error.clear_error()
        self.shown_item = self.items[row].item.id if 0 <= row < len(self.items) else ""
        if not 0 <= row < len(self.items):
            self.heading.setText(self.tr("This meeting has no agenda yet."))
            self.editor.setPlainText("")
            self.editor.setEnabled(False)
            self.corrections.setText("")
            return
        found = self.items[row]
        self.editor.setEnabled(True)
        self.heading.setText(
            self.tr("Item {number}: {title}").format(
                number=found.item.number, title=found.item.title
            )
        )
        self.editor.setPlainText(found.entry.text if found.entry else "")
        self.editor.document().setModified(False)
        fixes = [
            self.tr("Corrected on {date}: {reason} (approved text kept: “{text}”)").format(
                date=display_date(c.corrected_on), reason=c.reason, text=_short(c.approved_text)
            )
            for c in found.corrections
        ]
        self.corrections.setText("\n".join(fixes))

    # --- saving ----------------------------------------------------------------

    def save(self) -> bool:
        """Save the item's text; approved minutes ask why and keep the approved text."""
        if not self.shown_item:
            return False
        return self._save_text(self.shown_item, self.editor.toPlainText())

    def _save_text(self, item_id: str, text: str, reload: bool = True) -> bool:
        result: Result[Any]
        if self.approved:
            reason, ok = QInputDialog.getText(
                self,
                self.tr("Correct approved minutes"),
                self.tr("Why do the approved minutes change?"),
            )
            if not ok:
                return False
            result = self.service.correct(item_id, text, reason)
        else:
            result = self.service.write(self.meeting_id, item_id, text)
        if not result.ok:
            self.error.show_error("; ".join(e.message for e in result.errors))
            return False
        self.message.emit(self.tr("Correction saved; the approved text is kept.") if self.approved
                          else self.tr("Minutes text saved."))  # fmt: skip
        self.editor.document().setModified(False)
        if reload:
            self.reload(item_id)
        return True

    def _move(self, status: MinutesStatus) -> None:
        if status is MinutesStatus.APPROVED:
            question = self.tr(
                "Approve these minutes? Afterwards they change only by a correction."
            )
            if QMessageBox.question(self, self.tr("Approve minutes"), question) != (
                QMessageBox.StandardButton.Yes
            ):
                return
        result = self.service.set_status(self.meeting_id, status, date.today())
        if not result.ok:
            self.error.show_error("; ".join(e.message for e in result.errors))
            return
        self.message.emit(self.tr("Minutes {status}.").format(status=label(status).lower()))
        self.reload(self.current_item_id())

    def _names(self, names: tuple[str, ...], most: int = 8) -> str:
        """The names, or how many when there are too many to read in one line."""
        if not names:
            return "—"
        return ", ".join(names) if len(names) <= most else self.tr("%n people", None, len(names))


def _short(text: str, size: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= size else flat[: size - 1] + "…"
