"""Meetings' public face: what other capabilities (Sponsorship) may use of it.

Other capabilities import Meetings only from here (an import-linter contract
keeps it so); everything else in the package may change freely.
"""

from isu_desk.capabilities.meetings.domain.records import Meeting, MeetingKind, Participant
from isu_desk.capabilities.meetings.services.meetings import MeetingsService

__all__ = ["Meeting", "MeetingKind", "MeetingsService", "Participant"]
