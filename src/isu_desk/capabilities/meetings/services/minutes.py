"""Minutes, decisions and action points: writing per agenda item, circulating and
approving, correcting approved minutes, closing action points, carrying open
ones forward.

Minutes hold one text per agenda item, with an id derived from the item's, so
two desks writing different items offline merge without a conflict (and the
same item written on both keeps the other text as a sync conflict). Approved
minutes are a record: their text changes only through :meth:`correct`, which
keeps the approved text and the reason.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from isu_desk.capabilities.meetings.domain.records import (
    ActionPoint,
    ActionStatus,
    AgendaItem,
    Decision,
    Meeting,
    MinuteCorrection,
    MinuteEntry,
    Minutes,
    MinutesStatus,
)
from isu_desk.capabilities.meetings.domain.rules import agenda_sort_key, minutes_status_move
from isu_desk.capabilities.meetings.services import checks
from isu_desk.capabilities.meetings.services.meetings import MeetingsService
from isu_desk.capabilities.meetings.storage import repo
from isu_desk.domain.errors import FieldError, Result
from isu_desk.domain.ids import new_id, seed_id
from isu_desk.storage.database import Database
from isu_desk.storage.mapping import to_columns, to_record


@dataclass(frozen=True, slots=True)
class MinutesItem:
    """An agenda item with its text (empty when nothing is written yet)."""

    item: AgendaItem
    entry: MinuteEntry | None
    corrections: tuple[MinuteCorrection, ...] = ()


@dataclass(frozen=True, slots=True)
class ActionRow:
    """An action point as listed across meetings."""

    point: ActionPoint
    meeting_code: str
    meeting_title: str
    owner: str
    overdue: bool


@dataclass(frozen=True, slots=True)
class CarriedForward:
    to_meeting: Meeting
    points: int


class MinutesService:
    """Minutes, decisions and action points on one database."""

    def __init__(self, database: Database, today: Callable[[], date] = date.today) -> None:
        self._db = database
        self._today = today
        self._meetings = MeetingsService(database, today)

    # --- minutes ---------------------------------------------------------------------------

    def minutes(self, meeting_id: str) -> Minutes:
        """The meeting's minutes (a draft not yet saved when nothing is written)."""
        minutes_id = seed_id("minutes", meeting_id)
        with self._db.read() as session:
            row = repo.get(session, "minutes", minutes_id)
            return Minutes(minutes_id, meeting_id) if row is None else to_record(Minutes, row)

    def items(self, meeting_id: str) -> list[MinutesItem]:
        """Every agenda item in order, with its text and any corrections of it."""
        with self._db.read() as session:
            entries = {
                row.agenda_item_id: to_record(MinuteEntry, row)
                for row in repo.of_meeting(session, "minute_entries", meeting_id)
            }
            corrections: dict[str, list[MinuteCorrection]] = {}
            for row in repo.corrections_of(session, meeting_id):
                corrections.setdefault(row.entry_id, []).append(to_record(MinuteCorrection, row))
        found = []
        for item in self._meetings.agenda(meeting_id):
            entry = entries.get(item.id)
            fixes = sorted(corrections.get(entry.id, []) if entry else [], key=_by_date)
            found.append(MinutesItem(item, entry, tuple(fixes)))
        return found

    def write(self, meeting_id: str, agenda_item_id: str, text: str) -> Result[MinuteEntry]:
        """Set what was said under one agenda item; refused once the minutes are approved."""
        entry = MinuteEntry(seed_id("minute", agenda_item_id), meeting_id, agenda_item_id, text)
        return self._meetings.save(entry)

    def set_status(
        self,
        meeting_id: str,
        status: MinutesStatus,
        on: date | None = None,
        approved_at_meeting_id: str | None = None,
    ) -> Result[Minutes]:
        """Circulate or approve the minutes (on a date; approval optionally at a meeting)."""
        current = self.minutes(meeting_id)
        errors = minutes_status_move(current.status, status)
        day = on or self._today()
        if status is MinutesStatus.APPROVED and current.status is MinutesStatus.APPROVED:
            errors = [FieldError("status", "These minutes are already approved.")]
        if errors:
            return Result.failure(errors)
        changed = replace(current, status=status)
        if status is MinutesStatus.CIRCULATED:
            changed = replace(changed, circulated_on=day)
        if status is MinutesStatus.APPROVED:
            changed = replace(
                changed, approved_on=day, approved_at_meeting_id=approved_at_meeting_id
            )
            changed = replace(changed, circulated_on=current.circulated_on or day)
        with self._db.transaction() as session:
            if repo.get(session, "meetings", meeting_id) is None:
                return Result.failure([FieldError("meeting_id", "That meeting does not exist.")])
            if approved_at_meeting_id and not repo.exists(
                session, "meetings", approved_at_meeting_id
            ):
                return Result.failure(
                    [FieldError("approved_at_meeting_id", "That meeting does not exist.")]
                )
            checks.ensure_minutes(session, meeting_id)
            repo.update_row(session, "minutes", changed.id, to_columns(changed))
        return Result.success(changed)

    def correct(
        self, agenda_item_id: str, text: str, reason: str, on: date | None = None
    ) -> Result[MinuteCorrection]:
        """Change approved minutes: the approved text is kept with the reason and the date."""
        entry_id = seed_id("minute", agenda_item_id)
        if not reason.strip():
            return Result.failure([FieldError("reason", "Say why the approved minutes change.")])
        with self._db.transaction() as session:
            row = repo.get(session, "minute_entries", entry_id)
            minutes = row and repo.get(session, "minutes", seed_id("minutes", row.meeting_id))
            if row is None or minutes is None or minutes.status != MinutesStatus.APPROVED:
                message = "Only approved minutes need a correction; edit the text instead."
                return Result.failure([FieldError("", message)])
            if row.text == text:
                return Result.failure([FieldError("text", "The corrected text is the same.")])
            correction = MinuteCorrection(
                new_id(), entry_id, row.text, text, reason.strip(), on or self._today()
            )
            repo.insert_row(session, "minute_corrections", to_columns(correction))
            repo.update_row(session, "minute_entries", entry_id, {"text": text})
        return Result.success(correction)

    # --- decisions -------------------------------------------------------------------------

    def decisions(self, meeting_id: str) -> list[Decision]:
        with self._db.read() as session:
            rows = repo.of_meeting(session, "decisions", meeting_id)
            found = [to_record(Decision, row) for row in rows]
        return sorted(found, key=lambda d: (agenda_sort_key(d.number), d.number, d.id))

    # --- action points ---------------------------------------------------------------------

    def action_points(
        self,
        *,
        statuses: tuple[ActionStatus, ...] = (),
        overdue_only: bool = False,
        owner_id: str = "",
        owner_name: str = "",
        meeting_id: str = "",
        carried_to: str = "",
        offset: int = 0,
        limit: int = -1,
    ) -> list[ActionRow]:
        """Action points across all meetings, overdue first (the Action points view); or
        those of one meeting, or carried to it (its minutes)."""
        today = self._today()
        with self._db.read() as session:
            rows = repo.action_points(
                session,
                today,
                statuses=[s.value for s in statuses],
                overdue_only=overdue_only,
                owner_id=owner_id,
                owner_name=owner_name,
                meeting_id=meeting_id,
                carried_to=carried_to,
                offset=offset,
                limit=limit,
            )
            owners = [
                str(getattr(row, field) or "")
                for row, _, _ in rows
                for field in ("owner_office_holder_id", "owner_state_id", "owner_contact_id")
            ]
            names = repo.names(session, owners)
            points = [(to_record(ActionPoint, row), code, title) for row, code, title in rows]
        return [
            ActionRow(point, code, title, _owner(point, names), point.overdue(today))
            for point, code, title in points
        ]

    def points_of(self, meeting_id: str) -> list[ActionPoint]:
        with self._db.read() as session:
            rows = repo.of_meeting(session, "action_points", meeting_id)
            return sorted((to_record(ActionPoint, r) for r in rows), key=_due_key)

    def matters_arising(self, meeting_id: str) -> list[ActionPoint]:
        """Open points carried forward to this meeting from earlier ones of its kind."""
        with self._db.read() as session:
            return sorted(
                (to_record(ActionPoint, r) for r in repo.carried_to(session, meeting_id)),
                key=_due_key,
            )

    def mark_done(
        self, point_id: str, on: date | None = None, note: str = ""
    ) -> Result[ActionPoint]:
        """Close a point as done in one call (today unless a date is given)."""
        point = self._meetings.get(ActionPoint, point_id)
        done = replace(point, status=ActionStatus.DONE, closed_on=on or self._today())
        return self._meetings.save(replace(done, closing_note=note or point.closing_note))

    def carry_forward(self, meeting_id: str) -> Result[CarriedForward]:
        """Carry the open points of a meeting (and those carried to it) to the next meeting
        of the same kind, where they are listed as matters arising. Running it again
        changes nothing."""
        with self._db.transaction() as session:
            row = repo.get(session, "meetings", meeting_id)
            target = None if row is None else repo.neighbour(session, row, later=True)
            if target is None:
                message = "There is no later meeting of this kind to carry the points to yet."
                return Result.failure([FieldError("", message)])
            moved = 0
            for point in repo.open_points_at(session, meeting_id):
                moved += repo.update_row(
                    session, "action_points", point.id, {"carried_to_meeting_id": target.id}
                )
            meeting = to_record(Meeting, target)
        return Result.success(CarriedForward(meeting, moved))

    def counts(self) -> tuple[int, int]:
        """(overdue action points, minutes waiting for approval): dashboard tiles."""
        with self._db.read() as session:
            return repo.count_overdue(session, self._today()), repo.minutes_awaiting(session)

    def awaiting_approval(self) -> list[str]:
        """Meetings whose minutes wait for approval (draft or circulated), earliest first."""
        with self._db.read() as session:
            return repo.minutes_awaiting_meetings(session)


def _by_date(correction: MinuteCorrection) -> tuple[date, str]:
    return correction.corrected_on, correction.id


def _due_key(point: ActionPoint) -> tuple[bool, date, str]:
    return point.due_on is None, point.due_on or date.max, point.id


def _owner(point: ActionPoint, names: dict[str, str]) -> str:
    from isu_desk.capabilities.meetings.domain.rules import owner_label

    return owner_label(point, names)
