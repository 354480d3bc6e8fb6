"""The Meetings domain's kinds, statuses and categories as the window shows them, in the
user's language.

The domain keeps its English labels (the printed lists, CLI and exports use them); the
window translates each through the context ``MeetingsLabels``, whose sources are marked
below. A test checks that every member of these enums has its entry here.
"""

from __future__ import annotations

from enum import Enum

from isu_desk.capabilities.declaration import QT_TRANSLATE_NOOP
from isu_desk.ui.widgets import enum_label

CONTEXT = "MeetingsLabels"

MARKED = (
    QT_TRANSLATE_NOOP("MeetingsLabels", "Open"),
    QT_TRANSLATE_NOOP("MeetingsLabels", "In progress"),
    QT_TRANSLATE_NOOP("MeetingsLabels", "Done"),
    QT_TRANSLATE_NOOP("MeetingsLabels", "Dropped"),
    QT_TRANSLATE_NOOP("MeetingsLabels", "Invited"),
    QT_TRANSLATE_NOOP("MeetingsLabels", "Registered"),
    QT_TRANSLATE_NOOP("MeetingsLabels", "Present"),
    QT_TRANSLATE_NOOP("MeetingsLabels", "Apologies"),
    QT_TRANSLATE_NOOP("MeetingsLabels", "Absent"),
    QT_TRANSLATE_NOOP("MeetingsLabels", "Extension request"),
    QT_TRANSLATE_NOOP("MeetingsLabels", "Budget"),
    QT_TRANSLATE_NOOP("MeetingsLabels", "Election"),
    QT_TRANSLATE_NOOP("MeetingsLabels", "Next meeting"),
    QT_TRANSLATE_NOOP("MeetingsLabels", "Other"),
    QT_TRANSLATE_NOOP("MeetingsLabels", "States Parties"),
    QT_TRANSLATE_NOOP("MeetingsLabels", "Signatory States"),
    QT_TRANSLATE_NOOP("MeetingsLabels", "Observer States"),
    QT_TRANSLATE_NOOP("MeetingsLabels", "United Nations and international organisations"),
    QT_TRANSLATE_NOOP("MeetingsLabels", "Non-governmental organisations"),
    QT_TRANSLATE_NOOP("MeetingsLabels", "Draft"),
    QT_TRANSLATE_NOOP("MeetingsLabels", "Advance"),
    QT_TRANSLATE_NOOP("MeetingsLabels", "Issued"),
    QT_TRANSLATE_NOOP("MeetingsLabels", "Revised"),
    QT_TRANSLATE_NOOP("MeetingsLabels", "In person"),
    QT_TRANSLATE_NOOP("MeetingsLabels", "Hybrid"),
    QT_TRANSLATE_NOOP("MeetingsLabels", "Online"),
    QT_TRANSLATE_NOOP("MeetingsLabels", "Meeting of States Parties"),
    QT_TRANSLATE_NOOP("MeetingsLabels", "Review Conference"),
    QT_TRANSLATE_NOOP("MeetingsLabels", "Intersessional meeting"),
    QT_TRANSLATE_NOOP("MeetingsLabels", "Coordination Committee"),
    QT_TRANSLATE_NOOP("MeetingsLabels", "Working group or thematic meeting"),
    QT_TRANSLATE_NOOP("MeetingsLabels", "Bilateral meeting"),
    QT_TRANSLATE_NOOP("MeetingsLabels", "Other meeting"),
    QT_TRANSLATE_NOOP("MeetingsLabels", "Planned"),
    QT_TRANSLATE_NOOP("MeetingsLabels", "Convened"),
    QT_TRANSLATE_NOOP("MeetingsLabels", "Held"),
    QT_TRANSLATE_NOOP("MeetingsLabels", "Report adopted"),
    QT_TRANSLATE_NOOP("MeetingsLabels", "Circulated"),
    QT_TRANSLATE_NOOP("MeetingsLabels", "Approved"),
)


def label(member: Enum) -> str:
    """The member's label in the user's language."""
    return enum_label(member, CONTEXT)


def choices(kind: type[Enum]) -> list[tuple[Enum, str]]:
    """Every member of ``kind`` with its label, for a drop-down."""
    return [(member, label(member)) for member in kind]
