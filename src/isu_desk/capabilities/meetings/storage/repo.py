"""Queries and writes for the Meetings tables.

Writes go through the ORM or Core on the tables (the capture triggers log them,
the full-text triggers index them); lists filter, sort and page in SQLite.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from datetime import date
from typing import Any, cast

from sqlalchemy import Table, and_, case, extract, func, or_, select
from sqlalchemy.orm import Session

from isu_desk.capabilities.meetings.storage.models import (
    ActionPointRecord,
    AgendaItemRecord,
    DecisionRecord,
    DocumentRecord,
    MeetingRecord,
    MinuteCorrectionRecord,
    MinuteEntryRecord,
    MinutesRecord,
    ParticipantRecord,
)
from isu_desk.domain.text import like_pattern
from isu_desk.storage import rows
from isu_desk.storage.models import (
    Base,
    ContactRecord,
    OfficeHolderRecord,
    OrganisationRecord,
    StateRecord,
)

MODELS: dict[str, type[Base]] = {
    "meetings": MeetingRecord,
    "agenda_items": AgendaItemRecord,
    "documents": DocumentRecord,
    "participants": ParticipantRecord,
    "minutes": MinutesRecord,
    "minute_entries": MinuteEntryRecord,
    "minute_corrections": MinuteCorrectionRecord,
    "decisions": DecisionRecord,
    "action_points": ActionPointRecord,
}
OPEN = ("open", "in_progress")


def get(session: Session, kind: str, record_id: str) -> Any | None:
    return session.get(MODELS[kind], record_id)


def insert_row(session: Session, kind: str, values: Mapping[str, Any]) -> None:
    rows.insert_row(session, MODELS[kind], values)


def insert_many(session: Session, kind: str, values: Sequence[Mapping[str, Any]]) -> None:
    """One executemany (the triggers still capture and index every row)."""
    rows.insert_many(session, MODELS[kind], values)


def update_row(session: Session, kind: str, record_id: str, values: Mapping[str, Any]) -> bool:
    """Set the given fields; returns whether any value changed."""
    return rows.update_row(session, MODELS[kind], record_id, values)


def delete_row(session: Session, kind: str, record_id: str) -> None:
    rows.delete_row(session, MODELS[kind], record_id)


def of_meeting(session: Session, kind: str, meeting_id: str) -> list[Any]:
    model: Any = MODELS[kind]
    return list(session.scalars(select(model).where(model.meeting_id == meeting_id)))


def all_rows(session: Session, kind: str) -> list[Any]:
    model: Any = MODELS[kind]
    return list(session.scalars(select(model)))


# --- meetings ------------------------------------------------------------------------


def meeting_by_code(session: Session, code: str) -> MeetingRecord | None:
    return session.scalar(
        select(MeetingRecord).where(func.lower(MeetingRecord.code) == code.strip().lower())
    )


def meetings(
    session: Session, *, year: int | None = None, kind: str = "", search: str = ""
) -> list[MeetingRecord]:
    """Meetings, newest first, filtered by year of start, kind and folded title/code/city."""
    stmt = select(MeetingRecord)
    if year is not None:
        stmt = stmt.where(extract("year", MeetingRecord.start_date) == year)
    if kind:
        stmt = stmt.where(MeetingRecord.kind == kind)
    if search.strip():
        text = func.isu_fold(
            MeetingRecord.code + " " + MeetingRecord.title + " " + MeetingRecord.city
        )
        stmt = stmt.where(text.like(like_pattern(search), escape="\\"))
    stmt = stmt.order_by(MeetingRecord.start_date.desc(), MeetingRecord.id)
    return list(session.scalars(stmt))


def neighbour(session: Session, meeting: MeetingRecord, later: bool) -> MeetingRecord | None:
    """The next (or previous) meeting of the same kind, by start date."""
    key = (MeetingRecord.start_date, MeetingRecord.id)
    mine = (meeting.start_date, meeting.id)
    order: list[Any]
    if later:
        after = or_(key[0] > mine[0], and_(key[0] == mine[0], key[1] > mine[1]))
        order = [key[0].asc(), key[1].asc()]
    else:
        after = or_(key[0] < mine[0], and_(key[0] == mine[0], key[1] < mine[1]))
        order = [key[0].desc(), key[1].desc()]
    stmt = select(MeetingRecord).where(MeetingRecord.kind == meeting.kind, after)
    return session.scalar(stmt.order_by(*order).limit(1))


def next_planned(session: Session, today: date) -> MeetingRecord | None:
    stmt = select(MeetingRecord).where(MeetingRecord.start_date >= today)
    return session.scalar(stmt.order_by(MeetingRecord.start_date, MeetingRecord.id).limit(1))


# --- action points -------------------------------------------------------------------


def _action_select(today: date) -> tuple[Any, Any]:
    overdue = case(
        (and_(ActionPointRecord.status.in_(OPEN), ActionPointRecord.due_on < today), 1), else_=0
    )
    stmt = select(ActionPointRecord, MeetingRecord.code, MeetingRecord.title).join(
        MeetingRecord, MeetingRecord.id == ActionPointRecord.meeting_id
    )
    return stmt, overdue


def action_points(
    session: Session,
    today: date,
    *,
    statuses: Sequence[str] = (),
    overdue_only: bool = False,
    owner_id: str = "",
    owner_name: str = "",
    meeting_id: str = "",
    carried_to: str = "",
    offset: int = 0,
    limit: int = -1,
) -> list[tuple[ActionPointRecord, str, str]]:
    """Action points across meetings (or of one, or carried to one): overdue first, then
    by due date (none last)."""
    stmt, overdue = _action_select(today)
    if meeting_id:
        stmt = stmt.where(ActionPointRecord.meeting_id == meeting_id)
    if carried_to:
        stmt = stmt.where(ActionPointRecord.carried_to_meeting_id == carried_to)
    if statuses:
        stmt = stmt.where(ActionPointRecord.status.in_(statuses))
    if overdue_only:
        stmt = stmt.where(ActionPointRecord.status.in_(OPEN), ActionPointRecord.due_on < today)
    if owner_id:
        stmt = stmt.where(
            or_(
                ActionPointRecord.owner_office_holder_id == owner_id,
                ActionPointRecord.owner_state_id == owner_id,
                ActionPointRecord.owner_contact_id == owner_id,
            )
        )
    if owner_name:
        stmt = stmt.where(func.isu_fold(ActionPointRecord.owner_name) == func.isu_fold(owner_name))
    stmt = stmt.order_by(
        overdue.desc(),
        ActionPointRecord.due_on.is_(None),
        ActionPointRecord.due_on,
        ActionPointRecord.id,
    ).offset(offset)
    if limit >= 0:
        stmt = stmt.limit(limit)
    return [(row[0], row[1], row[2]) for row in session.execute(stmt)]


def open_points_at(session: Session, meeting_id: str) -> list[ActionPointRecord]:
    """Open points that arose at, or were carried to, a meeting."""
    stmt = select(ActionPointRecord).where(
        ActionPointRecord.status.in_(OPEN),
        or_(
            ActionPointRecord.meeting_id == meeting_id,
            ActionPointRecord.carried_to_meeting_id == meeting_id,
        ),
    )
    return list(session.scalars(stmt.order_by(ActionPointRecord.due_on, ActionPointRecord.id)))


def carried_to(session: Session, meeting_id: str) -> list[ActionPointRecord]:
    stmt = select(ActionPointRecord).where(ActionPointRecord.carried_to_meeting_id == meeting_id)
    return list(session.scalars(stmt.order_by(ActionPointRecord.due_on, ActionPointRecord.id)))


def corrections_of(session: Session, meeting_id: str) -> list[MinuteCorrectionRecord]:
    stmt = (
        select(MinuteCorrectionRecord)
        .join(MinuteEntryRecord, MinuteEntryRecord.id == MinuteCorrectionRecord.entry_id)
        .where(MinuteEntryRecord.meeting_id == meeting_id)
    )
    return list(session.scalars(stmt))


def count_overdue(session: Session, today: date) -> int:
    stmt = select(func.count()).where(
        ActionPointRecord.status.in_(OPEN), ActionPointRecord.due_on < today
    )
    return int(session.scalar(stmt) or 0)


def minutes_awaiting(session: Session) -> int:
    stmt = select(func.count()).where(MinutesRecord.status != "approved")
    return int(session.scalar(stmt.select_from(MinutesRecord)) or 0)


def minutes_awaiting_meetings(session: Session) -> list[str]:
    """Meetings whose minutes are not approved yet, earliest meeting first."""
    stmt = (
        select(MinutesRecord.meeting_id)
        .join(MeetingRecord, MeetingRecord.id == MinutesRecord.meeting_id)
        .where(MinutesRecord.status != "approved")
        .order_by(MeetingRecord.start_date, MeetingRecord.id)
    )
    return [str(meeting_id) for meeting_id in session.scalars(stmt)]


# --- the Directory, as Meetings reads it ------------------------------------------------


def names(session: Session, ids: Collection[str] | None = None) -> dict[str, str]:
    """Names of States, organisations, contacts and office holders by id (only ``ids``
    when given: a page of action points names its owners without reading every contact)."""
    found: dict[str, str] = {}
    wanted = None if ids is None else list({i for i in ids if i})
    if wanted == []:
        return found
    for model in (StateRecord, OrganisationRecord, ContactRecord):
        stmt = select(model.id, model.name)
        if wanted is not None:
            stmt = stmt.where(model.id.in_(wanted))
        found.update({row[0]: row[1] for row in session.execute(stmt)})
    holders = select(OfficeHolderRecord.id, OfficeHolderRecord.role, StateRecord.name).join(
        StateRecord, StateRecord.id == OfficeHolderRecord.state_id
    )
    if wanted is not None:
        holders = holders.where(OfficeHolderRecord.id.in_(wanted))
    for holder_id, role, state in session.execute(holders):
        found[holder_id] = f"{str(role).replace('_', ' ').capitalize()} ({state})"
    return found


def office_holders_on(session: Session, day: date) -> list[dict[str, Any]]:
    """Office-holder terms running on ``day``, with State, person and electing meeting."""
    stmt = (
        select(
            OfficeHolderRecord.id,
            OfficeHolderRecord.role,
            OfficeHolderRecord.theme,
            OfficeHolderRecord.term_start,
            OfficeHolderRecord.term_end,
            StateRecord.name.label("state_name"),
            ContactRecord.name.label("contact_name"),
            MeetingRecord.code.label("elected_at"),
        )
        .join(StateRecord, StateRecord.id == OfficeHolderRecord.state_id)
        .outerjoin(ContactRecord, ContactRecord.id == OfficeHolderRecord.contact_id)
        .outerjoin(MeetingRecord, MeetingRecord.id == OfficeHolderRecord.elected_meeting_id)
        .where(
            OfficeHolderRecord.term_start <= day,
            or_(OfficeHolderRecord.term_end.is_(None), OfficeHolderRecord.term_end >= day),
        )
        .order_by(OfficeHolderRecord.role, OfficeHolderRecord.theme, StateRecord.name)
    )
    return [dict(row._mapping) for row in session.execute(stmt)]


def set_elected_meeting(session: Session, holder_id: str, meeting_id: str | None) -> bool:
    row = session.get(OfficeHolderRecord, holder_id)
    if row is None:
        return False
    row.elected_meeting_id = meeting_id
    session.flush()
    return True


def directory_rows(session: Session) -> dict[str, list[dict[str, Any]]]:
    """States, organisations and contacts as plain rows (registration matching)."""
    tables: dict[str, Any] = {
        "states": StateRecord,
        "organisations": OrganisationRecord,
        "contacts": ContactRecord,
    }
    return {
        kind: [
            {c.name: getattr(row, c.name) for c in model.__table__.columns}
            for row in session.scalars(select(model))
        ]
        for kind, model in tables.items()
    }


def references(session: Session, kind: str, record_id: str) -> dict[str, int]:
    """How many rows of each table still point at this record (non-zero only)."""
    target = cast(Table, MODELS[kind].__table__)
    found: dict[str, int] = {}
    for table in Base.metadata.tables.values():
        for key in table.foreign_keys:
            if key.column.table is target:
                stmt = select(func.count()).select_from(table).where(key.parent == record_id)
                count = int(session.scalar(stmt) or 0)
                label = table.name.replace("_", " ")
                if count:
                    found[label] = found.get(label, 0) + count
    return found


def symbol_owner(session: Session, symbol: str) -> DocumentRecord | None:
    return session.scalar(select(DocumentRecord).where(DocumentRecord.symbol == symbol).limit(1))


def directory_row(session: Session, table: str, record_id: str) -> Any | None:
    """A row of a Directory table (states, organisations, contacts, office_holders)."""
    return session.get(_DIRECTORY[table], record_id)


def insert_contact(session: Session, values: Mapping[str, Any]) -> None:
    """A new Directory contact (a person first met on a registration list)."""
    rows.insert_row(session, ContactRecord, values)


def exists(session: Session, table: str, record_id: str) -> bool:
    """Whether a row of any table (Meetings' or the Directory's) has this id."""
    model = MODELS.get(table) or _DIRECTORY[table]
    return session.get(model, record_id) is not None


_DIRECTORY: dict[str, type[Base]] = {
    "states": StateRecord,
    "organisations": OrganisationRecord,
    "contacts": ContactRecord,
    "office_holders": OfficeHolderRecord,
}


def participant_rows(session: Session, meeting_id: str) -> list[dict[str, Any]]:
    """A meeting's participants with their person and delegation names (one query)."""
    stmt = (
        select(
            ParticipantRecord.category,
            ParticipantRecord.head_of_delegation,
            ParticipantRecord.attendance,
            ContactRecord.title,
            ContactRecord.name,
            ContactRecord.position,
            StateRecord.name.label("state_name"),
            OrganisationRecord.name.label("organisation_name"),
            OrganisationRecord.acronym,
        )
        .join(ContactRecord, ContactRecord.id == ParticipantRecord.contact_id)
        .outerjoin(StateRecord, StateRecord.id == ParticipantRecord.delegation_state_id)
        .outerjoin(
            OrganisationRecord,
            OrganisationRecord.id == ParticipantRecord.delegation_organisation_id,
        )
        .where(ParticipantRecord.meeting_id == meeting_id)
    )
    return [dict(row._mapping) for row in session.execute(stmt)]
