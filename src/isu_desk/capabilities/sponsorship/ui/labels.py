"""The Sponsorship domain's statuses, roles, channels, cost kinds and genders as the window
shows them, in the user's language.

The domain keeps its English labels (letters, CLI and exports use them); the window
translates each through the context ``SponsorshipLabels``, whose sources are marked below.
A test checks that every member of these enums has its entry here.
"""

from __future__ import annotations

from enum import Enum

from isu_desk.capabilities.declaration import QT_TRANSLATE_NOOP
from isu_desk.ui.widgets import enum_label

CONTEXT = "SponsorshipLabels"

MARKED = (
    QT_TRANSLATE_NOOP("SponsorshipLabels", "Received"),
    QT_TRANSLATE_NOOP("SponsorshipLabels", "Eligible"),
    QT_TRANSLATE_NOOP("SponsorshipLabels", "Ineligible"),
    QT_TRANSLATE_NOOP("SponsorshipLabels", "Offered"),
    QT_TRANSLATE_NOOP("SponsorshipLabels", "Wait-listed"),
    QT_TRANSLATE_NOOP("SponsorshipLabels", "Regretted"),
    QT_TRANSLATE_NOOP("SponsorshipLabels", "Accepted"),
    QT_TRANSLATE_NOOP("SponsorshipLabels", "Declined"),
    QT_TRANSLATE_NOOP("SponsorshipLabels", "Withdrawn"),
    QT_TRANSLATE_NOOP("SponsorshipLabels", "Travel booked"),
    QT_TRANSLATE_NOOP("SponsorshipLabels", "Attended"),
    QT_TRANSLATE_NOOP("SponsorshipLabels", "No-show"),
    QT_TRANSLATE_NOOP("SponsorshipLabels", "Presenting at the meeting"),
    QT_TRANSLATE_NOOP("SponsorshipLabels", "Coordinator or Friend of the President"),
    QT_TRANSLATE_NOOP("SponsorshipLabels", "State with an extension request"),
    QT_TRANSLATE_NOOP("SponsorshipLabels", "Delegate"),
    QT_TRANSLATE_NOOP("SponsorshipLabels", "Note verbale"),
    QT_TRANSLATE_NOOP("SponsorshipLabels", "E-mail"),
    QT_TRANSLATE_NOOP("SponsorshipLabels", "Ticket"),
    QT_TRANSLATE_NOOP("SponsorshipLabels", "DSA"),
    QT_TRANSLATE_NOOP("SponsorshipLabels", "Terminal expenses"),
    QT_TRANSLATE_NOOP("SponsorshipLabels", "Hotel"),
    QT_TRANSLATE_NOOP("SponsorshipLabels", "Other"),
    QT_TRANSLATE_NOOP("SponsorshipLabels", "Female"),
    QT_TRANSLATE_NOOP("SponsorshipLabels", "Male"),
    QT_TRANSLATE_NOOP("SponsorshipLabels", "Unspecified"),
)


def label(member: Enum) -> str:
    """The member's label in the user's language."""
    return enum_label(member, CONTEXT)


def choices(kind: type[Enum]) -> list[tuple[Enum, str]]:
    """Every member of ``kind`` with its label, for a drop-down."""
    return [(member, label(member)) for member in kind]
