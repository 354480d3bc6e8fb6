"""Meetings' public face: what other capabilities (Sponsorship) may use of it.

Other capabilities import Meetings only from here (an import-linter contract
keeps it so); everything else in the package may change freely. The record
checks (``prepare_record``, ``check_record``, ``write_record``) let another
capability write a participant inside its own transaction, under the same
rules as the Meetings section.
"""

from isu_desk.capabilities.meetings.domain.records import (
    Attendance,
    DelegationCategory,
    Meeting,
    MeetingKind,
    Participant,
)
from isu_desk.capabilities.meetings.domain.rules import category_of_state
from isu_desk.capabilities.meetings.services.checks import Context as WriteContext
from isu_desk.capabilities.meetings.services.checks import check as check_record
from isu_desk.capabilities.meetings.services.checks import prepare as prepare_record
from isu_desk.capabilities.meetings.services.checks import symbol_prefix
from isu_desk.capabilities.meetings.services.checks import write as write_record
from isu_desk.capabilities.meetings.services.meetings import MeetingsService

__all__ = [
    "Attendance",
    "DelegationCategory",
    "Meeting",
    "MeetingKind",
    "MeetingsService",
    "Participant",
    "WriteContext",
    "category_of_state",
    "check_record",
    "prepare_record",
    "symbol_prefix",
    "write_record",
]
