"""Sponsorship use cases: rounds, applications, workflow steps and score overrides.

Each call is one transaction. A user's mistake comes back as field errors
(nothing written); a step that would take the round past its budget comes
back as a request to confirm (field ``confirm``), and taking it again with
``confirmed=True`` records the confirmation with the step. Marking an
application attended lists its nominee as present at the meeting in the same
transaction (see :mod:`.attendance`). Budget, costs and proposals are in
:mod:`.budget`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from isu_desk.capabilities.meetings.api import Attendance, Meeting, MeetingsService
from isu_desk.capabilities.sponsorship.domain import records, workflow
from isu_desk.capabilities.sponsorship.domain.costs import Estimate, estimate
from isu_desk.capabilities.sponsorship.domain.overview import scores
from isu_desk.capabilities.sponsorship.domain.priority import (
    Score,
    ScoreOverride,
    validate_override,
)
from isu_desk.capabilities.sponsorship.domain.records import Application, Round, RoundStatus
from isu_desk.capabilities.sponsorship.domain.workflow import History, Status, Step
from isu_desk.capabilities.sponsorship.services import attendance, reading
from isu_desk.capabilities.sponsorship.services.budget import budget_errors
from isu_desk.capabilities.sponsorship.storage import repo
from isu_desk.domain.errors import FieldError, RecordNotFound, Result
from isu_desk.domain.ids import is_uuid, new_id
from isu_desk.storage.database import Database
from isu_desk.storage.mapping import to_columns


@dataclass(frozen=True, slots=True)
class RoundRow:
    round: Round
    meeting_name: str
    meeting_start: date


@dataclass(frozen=True, slots=True)
class ApplicationRow:
    """One line of a round's applications table."""

    application: Application
    state_name: str
    status: Status
    score: Score
    estimate: Estimate
    paid: Decimal
    conflicts: int  # steps recorded elsewhere that no longer follow


@dataclass(frozen=True, slots=True)
class StepConflict:
    """A step taken offline on one desk after another desk had moved the application."""

    application_id: str
    nominee_name: str
    step: Step
    reason: str


class SponsorshipService:
    """The Sponsorship Programme on one database (``today`` is injectable for tests)."""

    def __init__(self, database: Database, today: Callable[[], date] = date.today) -> None:
        self._db = database
        self._today = today

    # --- rounds --------------------------------------------------------------------------

    def rounds(self) -> list[RoundRow]:
        """Every round with its meeting, latest first."""
        with self._db.read() as session:
            found = [reading.record(Round, row) for row in repo.rounds(session)]
        meetings = MeetingsService(self._db)
        result = []
        for round_ in found:
            meeting = meetings.get(Meeting, round_.meeting_id)
            result.append(RoundRow(round_, meeting.display_name, meeting.start_date))
        return result

    def round(self, round_id: str) -> Round:
        with self._db.read() as session:
            return reading.get_round(session, round_id)

    def find_round(self, given: str) -> Round | None:
        """A round by its id or its meeting's code (13MSP, case ignored)."""
        given = given.strip()
        if is_uuid(given):
            with self._db.read() as session:
                row = repo.get(session, "rounds", given)
                if row is not None:
                    return reading.record(Round, row)
        meeting = MeetingsService(self._db).find_meeting(given)
        if meeting is None:
            return None
        return next((r.round for r in self.rounds() if r.round.meeting_id == meeting.id), None)

    def draft_round(self, meeting_id: str) -> Round:
        """A new round for the meeting, its deadline proposed ten weeks before it."""
        meeting = reading.meeting_of(self._db, meeting_id)
        return records.new_round(meeting_id, reading.dates_of(meeting), self._today())

    def save_round(self, round_: Round, *, new: bool = False) -> Result[Round]:
        """Save a round (``new``: create it with the id it carries, as demo data does)."""
        try:
            meeting = reading.meeting_of(self._db, round_.meeting_id)
        except RecordNotFound:
            return Result.failure([FieldError("meeting_id", "Choose the meeting.")])
        errors = records.validate_round(round_, reading.dates_of(meeting))
        if errors:
            return Result.failure(errors)
        with self._db.transaction() as session:
            # One round a meeting when a round is made or moved here; two made offline on
            # two desks both survive sync (nothing in the database forbids it), stay listed
            # and editable.
            creating = not round_.id or new
            moved = not creating and reading.get_round(session, round_.id).meeting_id != meeting.id
            other = next((r for r in repo.rounds(session) if r.meeting_id == meeting.id
                          and r.id != round_.id), None)  # fmt: skip
            if other is not None and (creating or moved):
                found = reading.record(Round, other)
                return Result.failure([_second_round(meeting.display_name, found)])
            if not round_.id or new:
                round_ = round_ if round_.id else replace(round_, id=new_id())
                repo.insert(session, "rounds", to_columns(round_))
            else:
                old = reading.get_round(session, round_.id)
                if old.status is not round_.status:
                    return Result.failure([FieldError("status", "Use the round's next step.")])
                repo.update(session, "rounds", round_.id, to_columns(round_))
        return Result.success(round_)

    def advance_round(self, round_id: str, to: RoundStatus) -> Result[Round]:
        """Open → closed → decided → reported."""
        with self._db.transaction() as session:
            moved = records.advance_round(reading.get_round(session, round_id), to)
            if isinstance(moved, FieldError):
                return Result.failure([moved])
            repo.update(session, "rounds", round_id, {"status": moved.status.value})
        return Result.success(moved)

    def delete_round(self, round_id: str) -> Result[Round]:
        """Delete a round nothing is recorded in yet (no application, no budget
        confirmation): what two desks working offline leave when both opened a round
        for one meeting. It syncs as any delete; Edit ▸ Undo brings it back."""
        with self._db.transaction() as session:
            round_ = reading.get_round(session, round_id)
            held = len(repo.applications(session, round_id))
            if held or repo.confirmations(session, round_id):
                return Result.failure([FieldError("", _not_empty(held))])
            repo.delete(session, "rounds", round_id)
        return Result.success(round_)

    # --- applications --------------------------------------------------------------------

    def applications(self, round_id: str, status: Status | None = None) -> list[ApplicationRow]:
        """The round's applications with score (and breakdown), status, estimate and paid."""
        with self._db.read() as session:
            view = reading.read_round(session, self._db, round_id)
            weights = reading.weights(session)
            names = {sid: row.name for sid, row in repo.states(session, ()).items()}
        inputs = view.inputs
        scored = scores(inputs, weights)
        rows = [
            ApplicationRow(
                app,
                names.get(app.state_id, ""),
                inputs.status[app.id],
                scored[app.id],
                estimate(app, inputs.round),
                inputs.paid.get(app.id, Decimal(0)),
                len(view.histories[app.id].conflicts),
            )
            for app in inputs.applications
        ]
        return [row for row in rows if status is None or row.status is status]

    def application(self, application_id: str) -> Application:
        with self._db.read() as session:
            return reading.get_application(session, application_id)

    def conflicts(self, round_id: str) -> list[StepConflict]:
        """Steps recorded on another workstation that no longer follow (kept, never lost)."""
        with self._db.read() as session:
            view = reading.read_round(session, self._db, round_id)
        return [
            StepConflict(app.id, app.nominee_name, step, reason)
            for app in view.inputs.applications
            for step, reason in view.histories[app.id].conflicts
        ]

    def history(self, application_id: str) -> History:
        """The application's steps, its status and the conflicts found after sync."""
        with self._db.read() as session:
            return reading.history(session, application_id)

    def save_application(
        self, app: Application, *, create_contact: bool = False
    ) -> Result[Application]:
        """Save an application; ``create_contact`` makes its nominee a Directory contact."""
        with self._db.transaction() as session:
            try:
                round_ = reading.get_round(session, app.round_id)
            except RecordNotFound:
                return Result.failure([FieldError("round_id", "Choose the round.")])
            meeting = reading.meeting_of(self._db, round_.meeting_id)
            errors = records.validate_application(app, reading.dates_of(meeting))
            errors += workflow.check_round(round_.status)
            errors += _references(session, app)
            if errors:
                return Result.failure(errors)
            if not app.id:
                app = replace(app, id=new_id())
                repo.insert(session, "applications", to_columns(app))
            else:
                repo.update(session, "applications", app.id, to_columns(app))
            if create_contact:
                linked = attendance.ensure_contact(session, app)
                if isinstance(linked, list):
                    session.rollback()
                    return Result.failure(linked)
                app = linked
        return Result.success(app)

    # --- the workflow --------------------------------------------------------------------

    def take_step(
        self,
        application_id: str,
        to: Status,
        *,
        reason: str = "",
        on: date | None = None,
        confirmed: bool = False,
    ) -> Result[Status]:
        """Move the application to ``to``; an out-of-order step is refused in plain words."""
        today = self._today()
        with self._db.transaction() as session:
            app = reading.get_application(session, application_id)
            view = reading.read_round(session, self._db, app.round_id)
            current = view.histories[app.id]
            step = Step(
                new_id(), app.id, current.status, to, on or today, self._db.workstation_id,
                reason.strip(),
            )  # fmt: skip
            errors = workflow.check_round(view.inputs.round.status)
            outcome = workflow.take(current, step, today)
            errors += outcome if isinstance(outcome, list) else []
            if not errors:
                errors = budget_errors(session, self._db, view.inputs, {app.id: to}, confirmed)
            if not errors and to in (Status.ATTENDED, Status.NO_SHOW):
                errors = self._attendance(session, app, view, to, today)
            if errors:
                session.rollback()
                return Result.failure(errors)
            values = {**to_columns(step), "recorded_at": repo.recorded_at()}
            repo.insert(session, "steps", values)
        return Result.success(to)

    def _attendance(
        self, session: object, app: Application, view: reading.RoundView, to: Status, today: date
    ) -> list[FieldError]:
        listed = MeetingsService(self._db).participants(view.meeting.id)
        if to is Status.NO_SHOW and not any(p.contact_id == app.contact_id for p in listed):
            return []
        state = Attendance.PRESENT if to is Status.ATTENDED else Attendance.ABSENT
        return attendance.mark(session, app, view.meeting, listed, state, today)

    def override_score(
        self, application_id: str, points: int, reason: str
    ) -> Result[ScoreOverride]:
        """Set the score by hand, with the reason (the computed breakdown stays visible)."""
        override = ScoreOverride(
            application_id, points, reason.strip(), self._today(), self._db.workstation_id
        )
        errors = validate_override(override)
        if errors:
            return Result.failure(errors)
        with self._db.transaction() as session:
            reading.get_application(session, application_id)
            values = {**to_columns(override), "id": new_id(), "recorded_at": repo.recorded_at()}
            repo.insert(session, "overrides", values)
        return Result.success(override)

    def score(self, application_id: str) -> Score:
        app = self.application(application_id)
        return next(
            row.score for row in self.applications(app.round_id) if row.application.id == app.id
        )


def _references(session: object, app: Application) -> list[FieldError]:
    errors = []
    if repo.get(session, "states", app.state_id) is None:  # type: ignore[arg-type]
        errors.append(FieldError("state_id", "That State is not in the Directory."))
    if app.contact_id and repo.get(session, "contacts", app.contact_id) is None:  # type: ignore[arg-type]
        errors.append(FieldError("contact_id", "That contact is not in the Directory."))
    return errors


def _not_empty(applications: int) -> str:
    held = (
        f"{applications} application{'s' if applications != 1 else ''}"
        if applications
        else "budget confirmations"
    )
    return f"This round holds {held}; only a round with nothing in it can be deleted."


def _second_round(meeting: str, other: Round) -> FieldError:
    """The refusal of a second round for a meeting, naming the round it already has."""
    return FieldError(
        "meeting_id",
        f"{meeting} already has a sponsorship round ({other.status.value}, deadline "
        f"{other.deadline.isoformat()}); open that round instead of making a second one.",
    )
