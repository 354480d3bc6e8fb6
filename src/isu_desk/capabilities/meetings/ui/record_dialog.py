"""Small forms for a meeting's agenda items, documents, decisions and action points.

Each is a dialog of fields named after the record's own; OK saves through the
service and stays open with each problem in red under its field, so nothing
is half-saved.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QWidget

from isu_desk.capabilities.declaration import QT_TRANSLATE_NOOP
from isu_desk.capabilities.meetings.domain.records import (
    ActionPoint,
    ActionStatus,
    AgendaItem,
    Decision,
    DecisionKind,
    Document,
    DocumentStatus,
)
from isu_desk.capabilities.meetings.services.meetings import MeetingsService
from isu_desk.capabilities.meetings.ui.details import FieldRows
from isu_desk.capabilities.meetings.ui.labels import choices
from isu_desk.ui.widgets import ChoiceField, DateField, NotesField, TextField

Field = tuple[str, str, Callable[[], QWidget]]


def _choice(enum_type: Any) -> Callable[[], QWidget]:
    def make() -> QWidget:
        field = ChoiceField()
        field.set_choices(choices(enum_type))
        return field

    return make


FIELDS: dict[type, tuple[str, tuple[Field, ...]]] = {
    AgendaItem: (QT_TRANSLATE_NOOP("RecordDialog", "agenda item"), (
        ("number", QT_TRANSLATE_NOOP("RecordDialog", "Number (1, 5(a))"), TextField),
        ("title", QT_TRANSLATE_NOOP("RecordDialog", "Title"), TextField),
    )),
    Document: (QT_TRANSLATE_NOOP("RecordDialog", "document"), (
        ("symbol", QT_TRANSLATE_NOOP("RecordDialog", "Symbol"), TextField),
        ("title", QT_TRANSLATE_NOOP("RecordDialog", "Title"), TextField),
        ("languages", QT_TRANSLATE_NOOP("RecordDialog", "Languages (en, fr, es)"), TextField),
        ("status", QT_TRANSLATE_NOOP("RecordDialog", "Status"), _choice(DocumentStatus)),
        ("issued_on", QT_TRANSLATE_NOOP("RecordDialog", "Issued on"), DateField),
    )),
    Decision: (QT_TRANSLATE_NOOP("RecordDialog", "decision"), (
        ("number", QT_TRANSLATE_NOOP("RecordDialog", "Number or paragraph"), TextField),
        ("text", QT_TRANSLATE_NOOP("RecordDialog", "Text"), NotesField),
        ("kind", QT_TRANSLATE_NOOP("RecordDialog", "Kind"), _choice(DecisionKind)),
        ("states", QT_TRANSLATE_NOOP("RecordDialog", "States concerned (ISO codes: LAO, IRQ)"),
         TextField),
        ("adopted_on", QT_TRANSLATE_NOOP("RecordDialog", "Adopted on"), DateField),
    )),
    ActionPoint: (QT_TRANSLATE_NOOP("RecordDialog", "action point"), (
        ("text", QT_TRANSLATE_NOOP("RecordDialog", "What"), NotesField),
        ("owner_name", QT_TRANSLATE_NOOP("RecordDialog", "Owner (unit staff member)"), TextField),
        ("due_on", QT_TRANSLATE_NOOP("RecordDialog", "Due on"), DateField),
        ("status", QT_TRANSLATE_NOOP("RecordDialog", "Status"), _choice(ActionStatus)),
        ("closed_on", QT_TRANSLATE_NOOP("RecordDialog", "Done or dropped on"), DateField),
        ("closing_note", QT_TRANSLATE_NOOP("RecordDialog", "Note"), TextField),
    )),
}  # fmt: skip


def blank(cls: type, meeting_id: str) -> Any:
    """A new record of ``cls`` for the meeting."""
    made: dict[type, Any] = {
        AgendaItem: AgendaItem("", meeting_id, "", ""),
        Document: Document("", meeting_id, "", "", issued_on=date.today()),
        Decision: Decision("", meeting_id, "", "", adopted_on=date.today()),
        ActionPoint: ActionPoint("", meeting_id, ""),
    }
    return made[cls]


class RecordDialog(QDialog):
    """Edit one record; ``saved`` holds it once written."""

    def __init__(self, service: MeetingsService, record: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.record = record
        self.saved: Any = None
        label, fields = FIELDS[type(record)]
        title = self.tr("New {record}") if not record.id else self.tr("Edit {record}")
        self.setWindowTitle(title.format(record=self.tr(label)))
        self.setObjectName("record_dialog")
        form = QFormLayout(self)
        self.rows = FieldRows(form)
        self.fields: dict[str, Any] = {}
        for key, text, make in fields:
            widget = self.rows.add(key, self.tr(text), make())
            widget.set_value(getattr(record, key))  # type: ignore[attr-defined]
            self.fields[key] = widget
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(560, self.sizeHint().height())

    def save(self) -> None:
        values = {key: widget.value() for key, widget in self.fields.items()}
        result = self.service.save(replace(self.record, **values))
        if not result.ok:
            self.rows.show(list(result.errors))
            return
        self.saved = result.unwrap()
        self.accept()
