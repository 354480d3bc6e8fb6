"""Sentences naming a Directory kind or filter, each written whole so that a
translation can agree it with the noun (French: "Nouvel État", "Nouvelle organisation").
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication

from isu_desk.capabilities.declaration import QT_TRANSLATE_NOOP
from isu_desk.ui.widgets import enum_label

__all__ = ["QT_TRANSLATE_NOOP", "enum_text", "phrase"]  # the Directory's window marks with it


def phrase(text: str) -> str:
    """A sentence of this module in the user's language."""
    return QCoreApplication.translate("directory.ui.phrases", text)


@dataclass(frozen=True)
class Phrases:
    """The sentences naming one kind, each whole (French agrees them with the noun)."""

    new: str  # the New button
    new_title: str  # the form's heading for a new record
    edit_title: str
    delete_title: str
    one: str  # the count under the list, for one record: "{count} State"
    many: str
    deleted: str  # the Deleted… button's tooltip


PHRASES = {
    "states": Phrases(
        QT_TRANSLATE_NOOP("directory.ui.phrases", "New State"),
        QT_TRANSLATE_NOOP("directory.ui.phrases", "New state"),
        QT_TRANSLATE_NOOP("directory.ui.phrases", "Edit state"),
        QT_TRANSLATE_NOOP("directory.ui.phrases", "Delete state"),
        QT_TRANSLATE_NOOP("directory.ui.phrases", "{count} state"),
        QT_TRANSLATE_NOOP("directory.ui.phrases", "{count} states"),
        QT_TRANSLATE_NOOP("directory.ui.phrases", "Deleted states, to restore"),
    ),
    "organisations": Phrases(
        QT_TRANSLATE_NOOP("directory.ui.phrases", "New organisation"),
        QT_TRANSLATE_NOOP("directory.ui.phrases", "New organisation"),
        QT_TRANSLATE_NOOP("directory.ui.phrases", "Edit organisation"),
        QT_TRANSLATE_NOOP("directory.ui.phrases", "Delete organisation"),
        QT_TRANSLATE_NOOP("directory.ui.phrases", "{count} organisation"),
        QT_TRANSLATE_NOOP("directory.ui.phrases", "{count} organisations"),
        QT_TRANSLATE_NOOP("directory.ui.phrases", "Deleted organisations, to restore"),
    ),
    "contacts": Phrases(
        QT_TRANSLATE_NOOP("directory.ui.phrases", "New contact"),
        QT_TRANSLATE_NOOP("directory.ui.phrases", "New contact"),
        QT_TRANSLATE_NOOP("directory.ui.phrases", "Edit contact"),
        QT_TRANSLATE_NOOP("directory.ui.phrases", "Delete contact"),
        QT_TRANSLATE_NOOP("directory.ui.phrases", "{count} contact"),
        QT_TRANSLATE_NOOP("directory.ui.phrases", "{count} contacts"),
        QT_TRANSLATE_NOOP("directory.ui.phrases", "Deleted contacts, to restore"),
    ),
    "office_holders": Phrases(
        QT_TRANSLATE_NOOP("directory.ui.phrases", "New office holder"),
        QT_TRANSLATE_NOOP("directory.ui.phrases", "New office holder"),
        QT_TRANSLATE_NOOP("directory.ui.phrases", "Edit office holder"),
        QT_TRANSLATE_NOOP("directory.ui.phrases", "Delete office holder"),
        QT_TRANSLATE_NOOP("directory.ui.phrases", "{count} office holder"),
        QT_TRANSLATE_NOOP("directory.ui.phrases", "{count} office holders"),
        QT_TRANSLATE_NOOP("directory.ui.phrases", "Deleted office holders, to restore"),
    ),
}

# The tooltip of each filter drop-down, by the column it filters.
SHOW_ONLY = {
    "status": QT_TRANSLATE_NOOP("directory.ui.phrases", "Show only one status"),
    "kind": QT_TRANSLATE_NOOP("directory.ui.phrases", "Show only one kind"),
    "state_id": QT_TRANSLATE_NOOP("directory.ui.phrases", "Show only one state"),
    "organisation_id": QT_TRANSLATE_NOOP("directory.ui.phrases", "Show only one organisation"),
    "gender": QT_TRANSLATE_NOOP("directory.ui.phrases", "Show only one gender"),
    "role": QT_TRANSLATE_NOOP("directory.ui.phrases", "Show only one role"),
}

# What the window shows for each value of the Directory's enums (``enum_label``), for lupdate.
ENUM_LABELS = (
    # StateStatus
    QT_TRANSLATE_NOOP("directory.ui.phrases", "State Party"),
    QT_TRANSLATE_NOOP("directory.ui.phrases", "Signatory"),
    QT_TRANSLATE_NOOP("directory.ui.phrases", "Not party"),
    QT_TRANSLATE_NOOP("directory.ui.phrases", "Withdrawn"),
    # ConsentType
    QT_TRANSLATE_NOOP("directory.ui.phrases", "Ratification"),
    QT_TRANSLATE_NOOP("directory.ui.phrases", "Accession"),
    QT_TRANSLATE_NOOP("directory.ui.phrases", "Acceptance"),
    QT_TRANSLATE_NOOP("directory.ui.phrases", "Approval"),
    # UnRegion
    QT_TRANSLATE_NOOP("directory.ui.phrases", "African"),
    QT_TRANSLATE_NOOP("directory.ui.phrases", "Asia pacific"),
    QT_TRANSLATE_NOOP("directory.ui.phrases", "Eastern european"),
    QT_TRANSLATE_NOOP("directory.ui.phrases", "Latin american caribbean"),
    QT_TRANSLATE_NOOP("directory.ui.phrases", "Western european others"),
    # CorrespondenceLanguage
    QT_TRANSLATE_NOOP("directory.ui.phrases", "English"),
    QT_TRANSLATE_NOOP("directory.ui.phrases", "French"),
    QT_TRANSLATE_NOOP("directory.ui.phrases", "Spanish"),
    # OrganisationKind
    QT_TRANSLATE_NOOP("directory.ui.phrases", "Intergovernmental"),
    QT_TRANSLATE_NOOP("directory.ui.phrases", "International"),
    QT_TRANSLATE_NOOP("directory.ui.phrases", "NGO"),
    QT_TRANSLATE_NOOP("directory.ui.phrases", "Foundation"),
    QT_TRANSLATE_NOOP("directory.ui.phrases", "Other"),
    # Gender
    QT_TRANSLATE_NOOP("directory.ui.phrases", "Female"),
    QT_TRANSLATE_NOOP("directory.ui.phrases", "Male"),
    QT_TRANSLATE_NOOP("directory.ui.phrases", "Unspecified"),
    # OfficeRole
    QT_TRANSLATE_NOOP("directory.ui.phrases", "President"),
    QT_TRANSLATE_NOOP("directory.ui.phrases", "President designate"),
    QT_TRANSLATE_NOOP("directory.ui.phrases", "Coordinator"),
)


def enum_text(member: Enum) -> str:
    """An enum value as shown, in the user's language."""
    return enum_label(member, "directory.ui.phrases")
