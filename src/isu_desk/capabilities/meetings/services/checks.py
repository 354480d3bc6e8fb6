"""The checks every write of a Meetings record passes, in the app and in an import.

:func:`check_and_write` validates a record alone (domain rules) and against the
database (a code or symbol already used, a record it points at that does not
exist, approved minutes), then inserts or updates it, all inside the caller's
transaction. Both the services (one record per user action) and the file
import (every line, all or nothing) come through here, so they refuse alike.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from isu_desk.capabilities.meetings.domain import rules
from isu_desk.capabilities.meetings.domain.records import (
    ActionPoint,
    AgendaItem,
    Decision,
    Document,
    Meeting,
    MeetingStatus,
    MinuteEntry,
    MinutesStatus,
    Participant,
)
from isu_desk.capabilities.meetings.domain.symbols import DEFAULT_PREFIX, normalise_symbol
from isu_desk.capabilities.meetings.storage import repo
from isu_desk.domain.errors import FieldError
from isu_desk.domain.ids import new_id, seed_id
from isu_desk.domain.safe_text import MULTILINE_FIELDS, control_errors
from isu_desk.storage import settings
from isu_desk.storage.mapping import to_columns

Session = Any  # a storage session (services never import SQLAlchemy)
PREFIX_SETTING = "document_symbol_prefix"

KIND_OF: dict[type, str] = {
    Meeting: "meetings",
    AgendaItem: "agenda_items",
    Document: "documents",
    Participant: "participants",
    MinuteEntry: "minute_entries",
    Decision: "decisions",
    ActionPoint: "action_points",
}
LABELS = {
    "meetings": "meeting",
    "agenda_items": "agenda item",
    "documents": "document",
    "participants": "participant",
    "minute_entries": "minutes text",
    "decisions": "decision",
    "action_points": "action point",
}
# Fields that point at another record: (field, table it points at).
REFERENCES: dict[type, tuple[tuple[str, str], ...]] = {
    Meeting: (("chair_office_holder_id", "office_holders"), ("chair_contact_id", "contacts")),
    AgendaItem: (("meeting_id", "meetings"),),
    Document: (
        ("meeting_id", "meetings"),
        ("author_state_id", "states"),
        ("author_organisation_id", "organisations"),
        ("agenda_item_id", "agenda_items"),
    ),
    Participant: (
        ("meeting_id", "meetings"),
        ("contact_id", "contacts"),
        ("delegation_state_id", "states"),
        ("delegation_organisation_id", "organisations"),
    ),
    MinuteEntry: (("meeting_id", "meetings"), ("agenda_item_id", "agenda_items")),
    Decision: (("meeting_id", "meetings"), ("agenda_item_id", "agenda_items")),
    ActionPoint: (
        ("meeting_id", "meetings"),
        ("owner_office_holder_id", "office_holders"),
        ("owner_state_id", "states"),
        ("owner_contact_id", "contacts"),
        ("agenda_item_id", "agenda_items"),
        ("decision_id", "decisions"),
        ("carried_to_meeting_id", "meetings"),
    ),
}
APPROVED_MESSAGE = (
    "These minutes are approved and are a record; change them by a correction with its reason."
)


@dataclass(frozen=True, slots=True)
class Context:
    """What the rules need besides the record: today and the symbol prefix."""

    today: date
    prefix: str = DEFAULT_PREFIX


def symbol_prefix(session: Session) -> str:
    return settings.get(session, PREFIX_SETTING) or DEFAULT_PREFIX


def prepare(record: Any) -> Any:
    """The record as it will be stored: a normalised symbol, a derived minutes id."""
    if isinstance(record, Document):
        record = replace(record, symbol=normalise_symbol(record.symbol))
    if isinstance(record, MinuteEntry):  # one text per agenda item, the same id on every desk
        record = replace(record, id=seed_id("minute", record.agenda_item_id))
    if not record.id:
        record = replace(record, id=new_id())
    return record


# Texts that may hold line breaks and tabs (minutes, notes); every other text is one line.
_MULTILINE = MULTILINE_FIELDS | {
    "text",
    "approved_text",
    "corrected_text",
    "reason",
    "closing_note",
}


def _alone(record: Any, context: Context) -> list[FieldError]:
    validators: dict[type, Callable[[Any], list[FieldError]]] = {
        Meeting: lambda r: rules.validate_meeting(r, context.today),
        AgendaItem: rules.validate_agenda_item,
        Document: lambda r: rules.validate_document(r, context.prefix),
        Participant: rules.validate_participant,
        MinuteEntry: lambda r: [],
        Decision: rules.validate_decision,
        ActionPoint: rules.validate_action_point,
    }
    return validators[type(record)](record) + control_errors(record, _MULTILINE)


def _references(session: Session, record: Any) -> list[FieldError]:
    errors = []
    for field, table in REFERENCES[type(record)]:
        target = getattr(record, field)
        if target and not repo.exists(session, table, target):
            what = table.rstrip("s").replace("_", " ")
            errors.append(FieldError(field, f"The chosen {what} no longer exists."))
    return errors


def _same_meeting(session: Session, record: Any) -> list[FieldError]:
    item_id = getattr(record, "agenda_item_id", None)
    if not item_id or isinstance(record, AgendaItem):
        return []
    item = repo.get(session, "agenda_items", item_id)
    if item is not None and item.meeting_id != record.meeting_id:
        return [FieldError("agenda_item_id", "That agenda item belongs to another meeting.")]
    return []


def _unique(session: Session, record: Any, old: Any) -> list[FieldError]:
    if isinstance(record, Meeting) and record.code:
        other = repo.meeting_by_code(session, record.code)
        if other is not None and other.id != record.id:
            return [FieldError("code", f"{record.code} is already the code of “{other.title}”.")]
    if isinstance(record, Document):
        owner = repo.symbol_owner(session, record.symbol)
        if owner is not None and owner.id != record.id:
            return [FieldError("symbol", f"{record.symbol} is already “{owner.title}”.")]
    if isinstance(record, AgendaItem):
        for item in repo.of_meeting(session, "agenda_items", record.meeting_id):
            if item.id != record.id and item.number.strip() == record.number.strip():
                return [FieldError("number", f"Item {record.number} is already “{item.title}”.")]
    if isinstance(record, Participant):
        for row in repo.of_meeting(session, "participants", record.meeting_id):
            if row.id != record.id and row.contact_id == record.contact_id:
                return [FieldError("contact_id", "This person is already on the list.")]
    return []


def _status(session: Session, record: Any, old: Any) -> list[FieldError]:
    if isinstance(record, Meeting) and old is not None:
        return rules.meeting_status_move(MeetingStatus(old.status), record.status)
    if isinstance(record, MinuteEntry):
        minutes = repo.get(session, "minutes", seed_id("minutes", record.meeting_id))
        if minutes is not None and minutes.status == MinutesStatus.APPROVED:
            return [FieldError("text", APPROVED_MESSAGE)]
    return []


def check(session: Session, record: Any, context: Context) -> list[FieldError]:
    """Every problem with saving ``record`` (prepared) now; empty when it may be written."""
    errors = _alone(record, context)
    if errors:
        return errors
    old = repo.get(session, KIND_OF[type(record)], record.id)
    return (
        _references(session, record)
        + _same_meeting(session, record)
        + _unique(session, record, old)
        + _status(session, record, old)
    )


def delete_errors(session: Session, kind: str, row: Any) -> list[FieldError]:
    """Why a stored row may not be deleted: the text of approved minutes is a record."""
    if kind == "minute_entries":
        minutes = repo.get(session, "minutes", seed_id("minutes", row.meeting_id))
        if minutes is not None and minutes.status == MinutesStatus.APPROVED:
            return [FieldError("", APPROVED_MESSAGE)]
    return []


def write(session: Session, record: Any) -> bool:
    """Insert or update a checked record; returns whether anything changed."""
    kind = KIND_OF[type(record)]
    values = to_columns(record)
    if repo.get(session, kind, record.id) is None:
        if isinstance(record, MinuteEntry):
            ensure_minutes(session, record.meeting_id)
        repo.insert_row(session, kind, values)
        return True
    return repo.update_row(session, kind, record.id, values)


def ensure_minutes(session: Session, meeting_id: str) -> None:
    """The meeting's minutes record, created as a draft the first time text is written."""
    minutes_id = seed_id("minutes", meeting_id)
    if repo.get(session, "minutes", minutes_id) is None:
        repo.insert_row(
            session,
            "minutes",
            {"id": minutes_id, "meeting_id": meeting_id, "status": "draft", "notes": ""},
        )
