"""The fields of each Directory form: label, widget and hint, in the user's language.

:data:`FORMS` lists them by kind; :class:`~.forms.RecordForm` builds one form
from them. Labels and hints are marked for translation here and translated
with :func:`field_text` when the form is built.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCompleter, QWidget

from isu_desk.capabilities.directory.domain import (
    COORDINATOR_THEMES,
    ConsentType,
    CorrespondenceLanguage,
    Gender,
    OfficeRole,
    OrganisationKind,
    StateStatus,
    UnRegion,
)
from isu_desk.capabilities.directory.ui.phrases import QT_TRANSLATE_NOOP, enum_text
from isu_desk.ui.widgets import (
    CheckField,
    ChoiceField,
    DateField,
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


def field_text(text: str) -> str:
    """A label or hint of this module's forms in the user's language."""
    return QCoreApplication.translate("directory.ui.fields", text)


def _text(placeholder: str = "") -> Callable[[], QWidget]:
    def make() -> QWidget:
        field = TextField()
        field.setPlaceholderText(field_text(placeholder))
        return field

    return make


def _enum(enum_type: Any, none_label: str | None = None) -> Callable[[], QWidget]:
    def make() -> QWidget:
        field = ChoiceField(field_text(none_label) if none_label else None)
        field.set_choices([(member, enum_text(member)) for member in enum_type])
        return field

    return make


def _theme() -> QWidget:
    field = TextField()
    field.setCompleter(QCompleter(list(COORDINATOR_THEMES), field))
    field.setPlaceholderText(
        field_text(QT_TRANSLATE_NOOP("directory.ui.fields", "Thematic area (Coordinators)"))
    )
    return field


FORMS: dict[str, tuple[FieldSpec, ...]] = {
    "states": (
        FieldSpec(
            "name",
            QT_TRANSLATE_NOOP("directory.ui.fields", "Name"),
            _text(QT_TRANSLATE_NOOP("directory.ui.fields", "e.g. Côte d'Ivoire")),
        ),
        FieldSpec(
            "iso3",
            QT_TRANSLATE_NOOP("directory.ui.fields", "ISO code"),
            _text(QT_TRANSLATE_NOOP("directory.ui.fields", "three capital letters, e.g. CIV")),
        ),
        FieldSpec("status", QT_TRANSLATE_NOOP("directory.ui.fields", "Status"), _enum(StateStatus)),
        FieldSpec(
            "signature_date", QT_TRANSLATE_NOOP("directory.ui.fields", "Signature"), DateField
        ),
        FieldSpec(
            "consent_date",
            QT_TRANSLATE_NOOP("directory.ui.fields", "Ratification/accession"),
            DateField,
        ),
        FieldSpec(
            "consent_type",
            QT_TRANSLATE_NOOP("directory.ui.fields", "Consent by"),
            _enum(ConsentType, QT_TRANSLATE_NOOP("directory.ui.fields", "(not yet)")),
        ),
        FieldSpec(
            "entry_into_force_date",
            QT_TRANSLATE_NOOP("directory.ui.fields", "Entry into force"),
            DateField,
        ),
        FieldSpec(
            "withdrawal_date", QT_TRANSLATE_NOOP("directory.ui.fields", "Withdrawal"), DateField
        ),
        FieldSpec(
            "un_region",
            QT_TRANSLATE_NOOP("directory.ui.fields", "UN regional group"),
            _enum(UnRegion, QT_TRANSLATE_NOOP("directory.ui.fields", "(not set)")),
        ),
        FieldSpec(
            "least_developed",
            "",
            lambda: CheckField(
                QCoreApplication.translate("directory.ui.fields", "Least developed country")
            ),
        ),
        FieldSpec(
            "article3_obligation",
            "",
            lambda: CheckField(
                QCoreApplication.translate("directory.ui.fields", "Article 3: stockpiles")
            ),
        ),
        FieldSpec(
            "article3_deadline",
            QT_TRANSLATE_NOOP("directory.ui.fields", "Article 3 deadline"),
            DateField,
        ),
        FieldSpec(
            "article4_obligation",
            "",
            lambda: CheckField(
                QCoreApplication.translate("directory.ui.fields", "Article 4: clearance")
            ),
        ),
        FieldSpec(
            "article4_deadline",
            QT_TRANSLATE_NOOP("directory.ui.fields", "Article 4 deadline"),
            DateField,
        ),
        FieldSpec(
            "correspondence_language",
            QT_TRANSLATE_NOOP("directory.ui.fields", "Letters in"),
            _enum(CorrespondenceLanguage),
        ),
        FieldSpec("notes", QT_TRANSLATE_NOOP("directory.ui.fields", "Notes"), NotesField),
    ),
    "organisations": (
        FieldSpec(
            "name",
            QT_TRANSLATE_NOOP("directory.ui.fields", "Name"),
            _text(QT_TRANSLATE_NOOP("directory.ui.fields", "full name")),
        ),
        FieldSpec(
            "acronym",
            QT_TRANSLATE_NOOP("directory.ui.fields", "Acronym"),
            _text(QT_TRANSLATE_NOOP("directory.ui.fields", "e.g. UNDP")),
        ),
        FieldSpec(
            "kind", QT_TRANSLATE_NOOP("directory.ui.fields", "Kind"), _enum(OrganisationKind)
        ),
        FieldSpec(
            "country_iso3",
            QT_TRANSLATE_NOOP("directory.ui.fields", "Country"),
            _text(QT_TRANSLATE_NOOP("directory.ui.fields", "ISO code of its seat, e.g. CHE")),
        ),
        FieldSpec(
            "email",
            QT_TRANSLATE_NOOP("directory.ui.fields", "E-mail"),
            _text(QT_TRANSLATE_NOOP("directory.ui.fields", "name@example.org")),
        ),
        FieldSpec(
            "phone",
            QT_TRANSLATE_NOOP("directory.ui.fields", "Phone"),
            _text(QT_TRANSLATE_NOOP("directory.ui.fields", "+41 22 …")),
        ),
        FieldSpec(
            "website",
            QT_TRANSLATE_NOOP("directory.ui.fields", "Website"),
            _text(QT_TRANSLATE_NOOP("directory.ui.fields", "https://…")),
        ),
        FieldSpec("notes", QT_TRANSLATE_NOOP("directory.ui.fields", "Notes"), NotesField),
    ),
    "contacts": (
        FieldSpec(
            "title",
            QT_TRANSLATE_NOOP("directory.ui.fields", "Title"),
            _text(QT_TRANSLATE_NOOP("directory.ui.fields", "e.g. H.E. Ms, Dr")),
        ),
        FieldSpec(
            "name",
            QT_TRANSLATE_NOOP("directory.ui.fields", "Name"),
            _text(QT_TRANSLATE_NOOP("directory.ui.fields", "full name")),
        ),
        FieldSpec(
            "position",
            QT_TRANSLATE_NOOP("directory.ui.fields", "Position"),
            _text(QT_TRANSLATE_NOOP("directory.ui.fields", "e.g. Permanent Representative")),
        ),
        FieldSpec("gender", QT_TRANSLATE_NOOP("directory.ui.fields", "Gender"), _enum(Gender)),
        FieldSpec(
            "state_id", QT_TRANSLATE_NOOP("directory.ui.fields", "State"), RecordPicker, "states"
        ),
        FieldSpec(
            "organisation_id",
            QT_TRANSLATE_NOOP("directory.ui.fields", "Organisation"),
            RecordPicker,
            "organisations",
        ),
        FieldSpec(
            "email",
            QT_TRANSLATE_NOOP("directory.ui.fields", "E-mail"),
            _text(QT_TRANSLATE_NOOP("directory.ui.fields", "name@example.org")),
        ),
        FieldSpec(
            "phone",
            QT_TRANSLATE_NOOP("directory.ui.fields", "Phone"),
            _text(QT_TRANSLATE_NOOP("directory.ui.fields", "+41 22 …")),
        ),
        FieldSpec(
            "languages",
            QT_TRANSLATE_NOOP("directory.ui.fields", "Languages"),
            _text(
                QT_TRANSLATE_NOOP("directory.ui.fields", "codes separated by commas: en, fr, ar")
            ),
        ),
        FieldSpec("notes", QT_TRANSLATE_NOOP("directory.ui.fields", "Notes"), NotesField),
    ),
    "office_holders": (
        FieldSpec("role", QT_TRANSLATE_NOOP("directory.ui.fields", "Role"), _enum(OfficeRole)),
        FieldSpec("theme", QT_TRANSLATE_NOOP("directory.ui.fields", "Theme"), _theme),
        FieldSpec(
            "state_id",
            QT_TRANSLATE_NOOP("directory.ui.fields", "State"),
            lambda: RecordPicker(
                QCoreApplication.translate("directory.ui.fields", "(choose a State)")
            ),
            "states",
        ),
        FieldSpec(
            "contact_id",
            QT_TRANSLATE_NOOP("directory.ui.fields", "Person"),
            SearchPicker,
            "contacts",
        ),
        FieldSpec(
            "term_start",
            QT_TRANSLATE_NOOP("directory.ui.fields", "Term from"),
            lambda: DateField(optional=False),
        ),
        FieldSpec("term_end", QT_TRANSLATE_NOOP("directory.ui.fields", "Term to"), DateField),
        FieldSpec("notes", QT_TRANSLATE_NOOP("directory.ui.fields", "Notes"), NotesField),
    ),
}
