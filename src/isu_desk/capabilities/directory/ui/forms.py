"""The detail form of a Directory record: one widget per field, its error in red
beneath it.

:class:`RecordForm` turns a record into widget values and back; it never
writes anything itself. The page calls ``DirectoryService.save`` with
:meth:`RecordForm.record` and hands the field errors back to
:meth:`RecordForm.show_errors`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QFormLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from isu_desk.capabilities.directory.domain import (
    COORDINATOR_THEMES,
    ConsentType,
    Contact,
    CorrespondenceLanguage,
    Gender,
    OfficeHolder,
    OfficeRole,
    Organisation,
    OrganisationKind,
    State,
    StateStatus,
    UnRegion,
)
from isu_desk.capabilities.directory.services.service import (
    TYPE_OF,
    DirectoryRecord,
    DirectoryService,
)
from isu_desk.capabilities.directory.ui.models import SPEC_OF
from isu_desk.domain.errors import FieldError
from isu_desk.domain.listing import ListQuery
from isu_desk.ui.record_form import heading
from isu_desk.ui.widgets import (
    CheckField,
    ChoiceField,
    DateField,
    ErrorLabel,
    NotesField,
    RecordPicker,
    SearchPicker,
    TextField,
)


@dataclass(frozen=True)
class FieldSpec:
    """One form row: the record field, its label, and how to make its widget."""

    name: str
    label: str
    make: Callable[[], QWidget]
    choices_kind: str = ""  # a Directory kind feeding a picker


def _text(placeholder: str = "") -> Callable[[], QWidget]:
    def make() -> QWidget:
        field = TextField()
        field.setPlaceholderText(placeholder)
        return field

    return make


def _enum(enum_type: Any, none_label: str | None = None) -> Callable[[], QWidget]:
    def make() -> QWidget:
        field = ChoiceField(none_label)
        field.set_enum(enum_type)
        return field

    return make


def _theme() -> QWidget:
    field = TextField()
    field.setCompleter(QCompleter(list(COORDINATOR_THEMES), field))
    field.setPlaceholderText("Thematic area (Coordinators)")
    return field


FORMS: dict[str, tuple[FieldSpec, ...]] = {
    "states": (
        FieldSpec("name", "Name", _text("e.g. Côte d'Ivoire")),
        FieldSpec("iso3", "ISO code", _text("three capital letters, e.g. CIV")),
        FieldSpec("status", "Status", _enum(StateStatus)),
        FieldSpec("signature_date", "Signature", DateField),
        FieldSpec("consent_date", "Ratification/accession", DateField),
        FieldSpec("consent_type", "Consent by", _enum(ConsentType, "(not yet)")),
        FieldSpec("entry_into_force_date", "Entry into force", DateField),
        FieldSpec("withdrawal_date", "Withdrawal", DateField),
        FieldSpec("un_region", "UN regional group", _enum(UnRegion, "(not set)")),
        FieldSpec("least_developed", "", lambda: CheckField("Least developed country")),
        FieldSpec("article3_obligation", "", lambda: CheckField("Article 3: stockpiles")),
        FieldSpec("article3_deadline", "Article 3 deadline", DateField),
        FieldSpec("article4_obligation", "", lambda: CheckField("Article 4: clearance")),
        FieldSpec("article4_deadline", "Article 4 deadline", DateField),
        FieldSpec("correspondence_language", "Letters in", _enum(CorrespondenceLanguage)),
        FieldSpec("notes", "Notes", NotesField),
    ),
    "organisations": (
        FieldSpec("name", "Name", _text("full name")),
        FieldSpec("acronym", "Acronym", _text("e.g. UNDP")),
        FieldSpec("kind", "Kind", _enum(OrganisationKind)),
        FieldSpec("country_iso3", "Country", _text("ISO code of its seat, e.g. CHE")),
        FieldSpec("email", "E-mail", _text("name@example.org")),
        FieldSpec("phone", "Phone", _text("+41 22 …")),
        FieldSpec("website", "Website", _text("https://…")),
        FieldSpec("notes", "Notes", NotesField),
    ),
    "contacts": (
        FieldSpec("title", "Title", _text("e.g. H.E. Ms, Dr")),
        FieldSpec("name", "Name", _text("full name")),
        FieldSpec("position", "Position", _text("e.g. Permanent Representative")),
        FieldSpec("gender", "Gender", _enum(Gender)),
        FieldSpec("state_id", "State", RecordPicker, "states"),
        FieldSpec("organisation_id", "Organisation", RecordPicker, "organisations"),
        FieldSpec("email", "E-mail", _text("name@example.org")),
        FieldSpec("phone", "Phone", _text("+41 22 …")),
        FieldSpec("languages", "Languages", _text("codes separated by commas: en, fr, ar")),
        FieldSpec("notes", "Notes", NotesField),
    ),
    "office_holders": (
        FieldSpec("role", "Role", _enum(OfficeRole)),
        FieldSpec("theme", "Theme", _theme),
        FieldSpec("state_id", "State", lambda: RecordPicker("(choose a State)"), "states"),
        FieldSpec("contact_id", "Person", SearchPicker, "contacts"),
        FieldSpec("term_start", "Term from", lambda: DateField(optional=False)),
        FieldSpec("term_end", "Term to", DateField),
        FieldSpec("notes", "Notes", NotesField),
    ),
}

# Fields with an error get a red frame as well as the message under them.
INVALID_STYLE = (
    'QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"]'
    " { border: 1px solid #b3261e; border-radius: 3px; padding: 2px; }"
)

_BLANK: dict[str, Callable[[], DirectoryRecord]] = {
    "states": lambda: State(id="", iso3="", name="", status=StateStatus.NOT_PARTY),
    "organisations": lambda: Organisation(id="", name=""),
    "contacts": lambda: Contact(id="", name=""),
    "office_holders": lambda: OfficeHolder(
        id="", role=OfficeRole.COORDINATOR, state_id="", term_start=date.today()
    ),
}


def blank_record(kind: str) -> DirectoryRecord:
    """A new, unsaved record of a kind (``id == ""``)."""
    return _BLANK[kind]()


class RecordForm(QScrollArea):
    """Edits one record of one kind; emits ``dirty_changed`` on the first edit."""

    dirty_changed = Signal(bool)
    loaded = Signal(object)  # the record just shown

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(230)
        body = QWidget()
        body.setStyleSheet(INVALID_STYLE)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(12, 8, 12, 8)
        self.heading = heading()  # a long name wraps instead of widening the form
        self.general_error = ErrorLabel()
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, ErrorLabel] = {}
        layout = QFormLayout()
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        layout.setVerticalSpacing(6)
        for spec in FORMS[kind]:
            self._add_row(layout, spec)
        outer.addWidget(self.heading)
        outer.addWidget(self.general_error)
        outer.addLayout(layout)
        outer.addStretch(1)
        self.setWidget(body)
        self._record: DirectoryRecord = blank_record(kind)
        self._dirty = False

    def _add_row(self, layout: QFormLayout, spec: FieldSpec) -> None:
        widget = spec.make()
        widget.setObjectName(f"field_{spec.name}")
        error = ErrorLabel()
        error.setObjectName(f"error_{spec.name}")
        cell = QWidget()
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(error)
        label = QLabel(spec.label)
        label.setBuddy(widget)
        layout.addRow(label, cell)
        widget.edited.connect(self._mark_dirty)  # type: ignore[attr-defined]
        if isinstance(widget, DateField):
            widget.refused.connect(error.show_error)
        self.fields[spec.name] = widget
        self.errors[spec.name] = error

    # --- loading and reading -------------------------------------------------

    def set_choices(self, service: DirectoryService) -> None:
        """Fill the record pickers from ``DirectoryService.choices``."""
        for spec in FORMS[self.kind]:
            picker = self.fields[spec.name]
            if isinstance(picker, SearchPicker):
                picker.set_source(*_search_source(service, spec.choices_kind))
            elif spec.choices_kind:
                assert isinstance(picker, ChoiceField)
                picker.set_choices(service.choices(spec.choices_kind))
        if not self._dirty:  # edits in progress stay as typed
            self._show_values(self._record)

    def local_errors(self) -> list[FieldError]:
        """Mistakes the form sees before asking the service (a name typed, not chosen,
        an impossible date)."""
        return [
            FieldError(name, "Choose from the list that opens as you type part of the name.")
            for name, widget in self.fields.items()
            if isinstance(widget, SearchPicker) and widget.unresolved()
        ] + [
            FieldError(name, widget.problem)
            for name, widget in self.fields.items()
            if isinstance(widget, DateField) and widget.problem
        ]

    def load(self, record: DirectoryRecord, title: str = "") -> None:
        """Show a record (a blank one for "new"); clears errors and the dirty mark."""
        self._record = record
        self.heading.setText(title or self._title(record))
        self._show_values(record)
        self.clear_errors()
        self._set_dirty(False)
        self.loaded.emit(record)

    def _show_values(self, record: DirectoryRecord) -> None:
        for name, widget in self.fields.items():
            widget.set_value(getattr(record, name))  # type: ignore[attr-defined]

    def _title(self, record: DirectoryRecord) -> str:
        name = getattr(record, "name", "")
        if record.id and name:
            return str(name)
        singular = SPEC_OF[self.kind].singular
        return f"Edit {singular.lower()}" if record.id else f"New {singular.lower()}"

    @property
    def current(self) -> DirectoryRecord:
        """The record as loaded (before edits)."""
        return self._record

    def record(self) -> DirectoryRecord:
        """The record as edited (same id), ready for ``DirectoryService.save``."""
        values: dict[str, Any] = {"id": self._record.id}
        for name, widget in self.fields.items():
            values[name] = widget.value()  # type: ignore[attr-defined]
        if self.kind == "office_holders" and values["state_id"] is None:
            values["state_id"] = ""
        return TYPE_OF[self.kind](**values)  # type: ignore[no-any-return]

    # --- errors and the dirty mark -------------------------------------------

    def show_errors(self, errors: Sequence[FieldError]) -> None:
        """Put each message under its field (record-wide ones at the top)."""
        self.clear_errors()
        general: list[str] = []
        for error in errors:
            label = self.errors.get(error.field)
            if label is None:
                general.append(error.message)
            else:
                label.show_error(error.message)
                _mark_invalid(self.fields[error.field], error.message)
        self.general_error.show_error("\n".join(general))
        first = next((e.field for e in errors if e.field in self.fields), None)
        if first is not None:
            self.ensureWidgetVisible(self.fields[first])
            self.fields[first].setFocus()

    def clear_errors(self) -> None:
        self.general_error.clear_error()
        for label in self.errors.values():
            label.clear_error()
        for widget in self.fields.values():
            _mark_invalid(widget, "")

    @property
    def dirty(self) -> bool:
        return self._dirty

    def _mark_dirty(self) -> None:
        self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)


def _mark_invalid(widget: QWidget, message: str) -> None:
    """Frame a field in red (or not) and tell screen readers why."""
    if bool(widget.property("invalid")) == bool(message):
        return
    widget.setProperty("invalid", bool(message))
    widget.setAccessibleDescription(message)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def _search_source(service: DirectoryService, kind: str) -> tuple[Any, Any]:
    """(fetch, lookup) for a :class:`SearchPicker` over one Directory kind."""

    def fetch(text: str) -> list[tuple[str, str]]:
        rows = service.page(kind, ListQuery(search=text), 0, SearchPicker.SHOWN)
        return [(row["id"], _picker_label(row)) for row in rows]

    def lookup(record_id: str) -> str:
        rows = service.page(kind, ListQuery(filters=MappingProxyType({"id": record_id})), 0, 1)
        return _picker_label(rows[0]) if rows else ""

    return fetch, lookup


def _picker_label(row: dict[str, Any]) -> str:
    where = row.get("state_name") or row.get("organisation_name")
    return f"{row['name']} ({where})" if where else str(row["name"])
