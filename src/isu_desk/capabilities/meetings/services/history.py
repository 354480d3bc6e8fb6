"""Meetings' records whose history can be read and restored, with their save paths.

Declared to the registry as this capability's ``history``; a restore goes
through :meth:`MeetingsService.save`, so it is checked like an edit (approved
minutes cannot be restored in place: their text changes only by a correction).
"""

from __future__ import annotations

from isu_desk.capabilities.meetings.domain.records import (
    ActionPoint,
    AgendaItem,
    Decision,
    Document,
    Meeting,
    MinuteEntry,
    Participant,
)
from isu_desk.capabilities.meetings.services.meetings import MeetingsService
from isu_desk.services.history_kinds import Loader, RecordKind, Saver


def _meetings(cls: type) -> tuple[Loader, Saver]:
    return (
        lambda db, record_id: MeetingsService(db).get(cls, record_id),
        lambda db, record: MeetingsService(db).save(record),
    )


KINDS: tuple[RecordKind, ...] = (
    RecordKind("meetings", "meetings", "Meeting", Meeting, *_meetings(Meeting)),
    RecordKind("agenda-items", "agenda_items", "Agenda item", AgendaItem, *_meetings(AgendaItem)),
    RecordKind("documents", "meeting_documents", "Document", Document, *_meetings(Document)),
    RecordKind("participants", "participants", "Participant", Participant,
               *_meetings(Participant)),
    RecordKind("minutes", "minute_entries", "Minutes text", MinuteEntry,
               *_meetings(MinuteEntry)),
    RecordKind("decisions", "decisions", "Decision", Decision, *_meetings(Decision)),
    RecordKind("action-points", "action_points", "Action point", ActionPoint,
               *_meetings(ActionPoint)),
)  # fmt: skip
