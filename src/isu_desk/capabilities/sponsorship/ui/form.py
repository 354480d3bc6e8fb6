"""The application form: the nominee, how the application arrived, the request and dates.

Saving goes through the service's checks; each mistake is shown in plain
words under its field and nothing is saved until every field is right. A new
nominee may be added to the Directory as a contact from the same form.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from isu_desk.capabilities.declaration import QT_TRANSLATE_NOOP
from isu_desk.capabilities.directory.api import DirectoryService, Gender, State
from isu_desk.capabilities.sponsorship.domain.records import (
    MAX_DSA_DAYS,
    MAX_HOTEL_NIGHTS,
    Application,
    Channel,
    Role,
)
from isu_desk.capabilities.sponsorship.services.service import SponsorshipService
from isu_desk.capabilities.sponsorship.ui.fields import (
    form_rows,
    read_chf,
    show_errors,
    translated,
)
from isu_desk.capabilities.sponsorship.ui.labels import choices
from isu_desk.domain.errors import FieldError
from isu_desk.ui.record_form import fit_to_screen, heading, scrolling
from isu_desk.ui.widgets import (
    CheckField,
    ChoiceField,
    DateField,
    ErrorLabel,
    NotesField,
    TextField,
)

LABELS = {
    "state_id": QT_TRANSLATE_NOOP("ApplicationDialog", "State"),
    "nominee_name": QT_TRANSLATE_NOOP("ApplicationDialog", "Nominee"),
    "nominee_title": QT_TRANSLATE_NOOP("ApplicationDialog", "Title"),
    "nominee_ministry": QT_TRANSLATE_NOOP("ApplicationDialog", "Ministry or agency"),
    "nominee_gender": QT_TRANSLATE_NOOP("ApplicationDialog", "Gender"),
    "nominee_email": QT_TRANSLATE_NOOP("ApplicationDialog", "E-mail"),
    "nominee_phone": QT_TRANSLATE_NOOP("ApplicationDialog", "Phone"),
    "received_on": QT_TRANSLATE_NOOP("ApplicationDialog", "Received on"),
    "channel": QT_TRANSLATE_NOOP("ApplicationDialog", "Arrived by"),
    "reference": QT_TRANSLATE_NOOP("ApplicationDialog", "Reference"),
    "note_date": QT_TRANSLATE_NOOP("ApplicationDialog", "Note dated"),
    "role": QT_TRANSLATE_NOOP("ApplicationDialog", "Role at the meeting"),
    "first_time": "", "ticket": "",
    "ticket_chf": QT_TRANSLATE_NOOP("ApplicationDialog", "Ticket price (CHF)"),
    "dsa_days": QT_TRANSLATE_NOOP("ApplicationDialog", "DSA days"),
    "hotel_nights": QT_TRANSLATE_NOOP("ApplicationDialog", "Hotel nights (not DSA)"),
    "terminal_expenses": "",
    "departure_on": QT_TRANSLATE_NOOP("ApplicationDialog", "Departure"),
    "return_on": QT_TRANSLATE_NOOP("ApplicationDialog", "Return"),
    "notes": QT_TRANSLATE_NOOP("ApplicationDialog", "Notes"),
}  # fmt: skip


def _count(most: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, most)
    return box


def _choice(choices: list[tuple[Any, str]]) -> ChoiceField:
    field = ChoiceField()
    field.set_choices(choices)
    return field


class ApplicationDialog(QDialog):
    """Create or edit one application of a round."""

    def __init__(
        self, service: SponsorshipService, database: Any, app: Application,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sponsorship application"))
        self.service = service
        self.original = app
        states = sorted(DirectoryService(database).all(State), key=lambda s: s.name)
        self.fields: dict[str, QWidget] = {
            "state_id": _choice([(s.id, s.name) for s in states]),
            "nominee_name": TextField(), "nominee_title": TextField(),
            "nominee_ministry": TextField(),
            "nominee_gender": _choice(choices(Gender)),
            "nominee_email": TextField(), "nominee_phone": TextField(),
            "received_on": DateField(optional=False),
            "channel": _choice(choices(Channel)), "reference": TextField(),
            "note_date": DateField(),
            "role": _choice(choices(Role)),
            "first_time": CheckField(self.tr("First time at a Convention meeting")),
            "ticket": CheckField(self.tr("Economy ticket")), "ticket_chf": TextField(),
            "dsa_days": _count(MAX_DSA_DAYS), "hotel_nights": _count(MAX_HOTEL_NIGHTS),
            "terminal_expenses": CheckField(self.tr("Terminal expenses")),
            "departure_on": DateField(), "return_on": DateField(), "notes": NotesField(),
        }  # fmt: skip
        self.errors = {name: ErrorLabel() for name in self.fields}
        self.general = ErrorLabel()
        self.create_contact = CheckField(self.tr("Add the nominee to the Directory as a contact"))
        self.create_contact.setVisible(app.contact_id is None)
        self._fill(app)
        self._layout()

    def _layout(self) -> None:
        form = form_rows(self.fields, self.errors, translated("ApplicationDialog", LABELS))
        form.addRow("", self.create_contact)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(heading(self.original.nominee_name or self.tr("New application")))
        outer.addWidget(scrolling(form), 1)
        outer.addWidget(self.general)
        outer.addWidget(buttons)
        fit_to_screen(self)

    def _fill(self, app: Application) -> None:
        for name, widget in self.fields.items():
            value = getattr(app, name)
            if isinstance(widget, QSpinBox):
                widget.setValue(int(value))
            elif name == "ticket_chf":
                widget.set_value(f"{value:.2f}")  # type: ignore[attr-defined]
            else:
                widget.set_value(value)  # type: ignore[attr-defined]

    def values(self) -> tuple[dict[str, Any], list[FieldError]]:
        """The fields' values, and what cannot be read as a number."""
        values: dict[str, Any] = {}
        errors: list[FieldError] = []
        for name, widget in self.fields.items():
            if isinstance(widget, QSpinBox):
                values[name] = widget.value()
            elif name == "ticket_chf":
                values[name] = read_chf(name, str(widget.value()), errors)  # type: ignore[attr-defined]
            else:
                values[name] = widget.value()  # type: ignore[attr-defined]
        values["received_on"] = values["received_on"] or date.today()
        return values, errors

    def save(self) -> None:
        values, errors = self.values()
        if not errors:
            record = replace(self.original, **values)
            result = self.service.save_application(
                record, create_contact=self.create_contact.value()
            )
            if result.ok:
                self.saved = result.unwrap()
                self.accept()
                return
            errors = list(result.errors)
        show_errors(errors, self.errors, self.general)
