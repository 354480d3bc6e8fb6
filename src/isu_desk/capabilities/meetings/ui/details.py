"""A meeting's details form: kind, code, title, dates, place, format and status.

Saving goes through the service; each problem is shown in red under its
field and nothing is written until every field is right.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from isu_desk.capabilities.meetings.domain.records import (
    Meeting,
    MeetingFormat,
    MeetingKind,
    MeetingStatus,
)
from isu_desk.capabilities.meetings.services.meetings import MeetingsService
from isu_desk.capabilities.meetings.ui.labels import choices
from isu_desk.domain.errors import FieldError
from isu_desk.ui.record_form import scrolling
from isu_desk.ui.widgets import ChoiceField, DateField, ErrorLabel, NotesField, TextField

W = TypeVar("W", bound=QWidget)


class FieldRows:
    """Fields in a form layout, each with its red message underneath."""

    def __init__(self, form: QFormLayout) -> None:
        self.form = form
        self.errors: dict[str, ErrorLabel] = {}
        self.general = ErrorLabel()
        self.general.setObjectName("error_general")
        form.addRow(self.general)

    def add(self, key: str, label: str, widget: W) -> W:
        widget.setObjectName(f"field_{key}")
        if not isinstance(widget, NotesField):
            widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        widget.setMaximumWidth(640)
        error = ErrorLabel()
        error.setObjectName(f"error_{key}")
        self.errors[key] = error
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(error)
        self.form.addRow(label, box)
        return widget

    def show(self, errors: list[FieldError]) -> None:
        """Each message under its field (those of no field in the general line)."""
        self.clear()
        general = []
        for error in errors:
            label = self.errors.get(error.field)
            if label is None:
                general.append(str(error))
            elif not label.isVisible():
                label.show_error(error.message)
        self.general.show_error("\n".join(general))

    def clear(self) -> None:
        for label in (*self.errors.values(), self.general):
            label.clear_error()


class DetailsForm(QWidget):
    """The details tab; ``saved`` carries the meeting written."""

    saved = Signal(object)

    def __init__(self, service: MeetingsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.meeting: Meeting | None = None
        form = QFormLayout()
        self.rows = FieldRows(form)
        add = self.rows.add
        self.kind = add("kind", self.tr("Kind"), ChoiceField())
        self.kind.set_choices(choices(MeetingKind))
        self.code = add("code", self.tr("Code"), TextField())
        self.code.setPlaceholderText(self.tr("13MSP, 3RC (when there is one)"))
        self.title = add("title", self.tr("Title"), TextField())
        self.start = add("start_date", self.tr("First day"), DateField(optional=False))
        self.end = add("end_date", self.tr("Last day"), DateField())
        self.city = add("city", self.tr("City"), TextField())
        self.country = add("country_iso3", self.tr("Country (ISO code)"), TextField())
        self.format = add("format", self.tr("Format"), ChoiceField(self.tr("(not said)")))
        self.format.set_choices(choices(MeetingFormat))
        self.status = add("status", self.tr("Status"), ChoiceField())
        self.status.set_choices(choices(MeetingStatus))
        self.notes = add("notes", self.tr("Notes"), NotesField())
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("save_meeting")
        self.save_button.clicked.connect(self.save)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.save_button)
        self.buttons.addStretch(1)
        form.addRow(self.buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        outer = QVBoxLayout()
        outer.addLayout(form)
        outer.addStretch(1)  # the fields stay together at the top
        layout.addWidget(scrolling(outer))

    def show_meeting(self, meeting: Meeting | None) -> None:
        """Fill the form (``None``: a new meeting of today)."""
        self.meeting = meeting
        shown = meeting or Meeting("", MeetingKind.COORDINATION_COMMITTEE, "", date.today())
        self.kind.set_value(shown.kind)
        self.code.set_value(shown.code)
        self.title.set_value(shown.title)
        self.start.set_value(shown.start_date)
        self.end.set_value(shown.end_date)
        self.city.set_value(shown.city)
        self.country.set_value(shown.country_iso3)
        self.format.set_value(shown.format)
        self.status.set_value(shown.status)
        self.notes.set_value(shown.notes)
        self.rows.clear()

    def record(self) -> Meeting:
        base = self.meeting or Meeting("", MeetingKind.OTHER, "", date.today())
        value: Callable[[Any], Any] = lambda field: field.value()  # noqa: E731
        return replace(
            base,
            kind=value(self.kind),
            code=self.code.value().strip(),
            title=self.title.value().strip(),
            start_date=value(self.start),
            end_date=value(self.end),
            city=self.city.value().strip(),
            country_iso3=self.country.value().strip().upper(),
            format=value(self.format),
            status=value(self.status),
            notes=self.notes.value(),
        )

    def save(self) -> bool:
        result = self.service.save(self.record())
        if not result.ok:
            self.rows.show(list(result.errors))
            return False
        self.rows.clear()
        self.meeting = result.unwrap()
        self.saved.emit(self.meeting)
        return True
