"""Reading a round whole for the pure domain: records from rows, the round's inputs, weights.

Everything here runs inside the caller's session (a read or a write
transaction), so a decision is checked against what that transaction sees.
The meeting's dates come from Meetings (through its api).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from isu_desk.capabilities.directory.api import StateStatus
from isu_desk.capabilities.meetings.api import Meeting, MeetingsService
from isu_desk.capabilities.sponsorship.domain.costs import ActualCost, paid_by_application
from isu_desk.capabilities.sponsorship.domain.overview import RoundInputs
from isu_desk.capabilities.sponsorship.domain.priority import (
    SETTINGS_PREFIX,
    PriorityWeights,
    ScoreOverride,
    StateFacts,
    weights_from_settings,
)
from isu_desk.capabilities.sponsorship.domain.records import Application, MeetingDates, Round
from isu_desk.capabilities.sponsorship.domain.workflow import History, Step, replay
from isu_desk.capabilities.sponsorship.storage import repo
from isu_desk.domain.errors import RecordNotFound
from isu_desk.storage.database import Database
from isu_desk.storage.mapping import to_record

Session = Any
R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class RoundView:
    """A round read whole: its inputs for the domain and each application's history."""

    inputs: RoundInputs
    histories: dict[str, History]
    meeting: Meeting


def record(cls: type[R], row: Any) -> R:
    return to_record(cls, repo.as_fields(row))


def meeting_of(database: Database, meeting_id: str) -> Meeting:
    return MeetingsService(database).get(Meeting, meeting_id)


def dates_of(meeting: Meeting) -> MeetingDates:
    return MeetingDates(meeting.start_date, meeting.last_day)


def get_round(session: Session, round_id: str) -> Round:
    row = repo.get(session, "rounds", round_id)
    if row is None:
        raise RecordNotFound(f"Sponsorship round {round_id} does not exist")
    return record(Round, row)


def get_application(session: Session, application_id: str) -> Application:
    row = repo.get(session, "applications", application_id)
    if row is None:
        raise RecordNotFound(f"Application {application_id} does not exist")
    return record(Application, row)


def history(session: Session, application_id: str) -> History:
    return replay(record(Step, row) for row in repo.steps(session, application_id=application_id))


def state_facts(row: Any, meeting_start: date) -> StateFacts:
    """What the score needs of a State; an extension request is read from the role."""
    return StateFacts(
        row.id,
        StateStatus(row.status),
        least_developed=bool(row.least_developed),
        article3_deadline=row.article3_deadline,
        article4_deadline=row.article4_deadline,
        article3_obligation=bool(row.article3_obligation),
        article4_obligation=bool(row.article4_obligation),
    )


def read_round(session: Session, database: Database, round_id: str) -> RoundView:
    """The round, its meeting, applications, statuses, payments, overrides and States."""
    round_ = get_round(session, round_id)
    meeting = meeting_of(database, round_.meeting_id)
    dates = dates_of(meeting)
    apps = [record(Application, row) for row in repo.applications(session, round_id)]
    grouped: dict[str, list[Step]] = {app.id: [] for app in apps}
    for row in repo.steps(session, round_id=round_id):
        grouped[row.application_id].append(record(Step, row))
    histories = {app_id: replay(steps) for app_id, steps in grouped.items()}
    costs = [record(ActualCost, row) for row in repo.costs(session, round_id=round_id)]
    overrides = {
        app_id: record(ScoreOverride, row)
        for app_id, row in repo.overrides(session, round_id).items()
    }
    states = repo.states(session, {app.state_id for app in apps})
    inputs = RoundInputs(
        round=round_,
        meeting=dates,
        applications=apps,
        status={app_id: h.status for app_id, h in histories.items()},
        paid=paid_by_application(costs),
        states={sid: state_facts(row, dates.start) for sid, row in states.items()},
        overrides=overrides,
    )
    return RoundView(inputs, histories, meeting)


def weights(session: Session) -> PriorityWeights:
    """The weights in this workstation's settings (the defaults where unset or unreadable)."""
    chosen = weights_from_settings(repo.settings_with_prefix(session, SETTINGS_PREFIX))
    return chosen if isinstance(chosen, PriorityWeights) else PriorityWeights()
