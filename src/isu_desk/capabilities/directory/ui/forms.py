"""The detail form of a Directory record: one widget per field, its error in red
beneath it.

:class:`RecordForm` turns a record into widget values and back; it never
writes anything itself. The page calls ``DirectoryService.save`` with
:meth:`RecordForm.record` and hands the field errors back to
:meth:`RecordForm.show_errors`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from types import MappingProxyType
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from isu_desk.capabilities.directory.domain import (
    Contact,
    OfficeHolder,
    OfficeRole,
    Organisation,
    State,
    StateStatus,
)
from isu_desk.capabilities.directory.services.service import (
    TYPE_OF,
    DirectoryRecord,
    DirectoryService,
)
from isu_desk.capabilities.directory.ui.fields import FORMS, FieldSpec, field_text
from isu_desk.capabilities.directory.ui.phrases import PHRASES, phrase
from isu_desk.domain.errors import FieldError
from isu_desk.domain.listing import ListQuery
from isu_desk.ui.record_form import heading
from isu_desk.ui.widgets import (
    ChoiceField,
    DateField,
    ErrorLabel,
    SearchPicker,
)

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
        label = QLabel(field_text(spec.label))
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
            FieldError(
                name, self.tr("Choose from the list that opens as you type part of the name.")
            )
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

    def load_saved(self, saved: DirectoryRecord, sent: DirectoryRecord) -> None:
        """Show ``saved`` (what the service stored of ``sent``), keeping on top, unsaved,
        whatever was typed into a field while the save ran."""
        edited = self.record()
        self.load(saved)
        typed = [name for name in self.fields if getattr(edited, name) != getattr(sent, name)]
        for name in typed:
            self.fields[name].set_value(getattr(edited, name))  # type: ignore[attr-defined]
        if typed:
            self._set_dirty(True)

    def _show_values(self, record: DirectoryRecord) -> None:
        for name, widget in self.fields.items():
            widget.set_value(getattr(record, name))  # type: ignore[attr-defined]

    def _title(self, record: DirectoryRecord) -> str:
        name = getattr(record, "name", "")
        if record.id and name:
            return str(name)
        phrases = PHRASES[self.kind]
        return phrase(phrases.edit_title if record.id else phrases.new_title)

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
