"""The decision workflow of an application, as dated steps that are never edited.

received → eligible | ineligible (reason) → offered | wait-listed | regretted
(reason) → accepted | declined | withdrawn → travel booked → attended | no-show.
A wait-listed application may still be offered or regretted; a delegate may
withdraw until the meeting. Each :class:`Step` says which status it starts
from, when it was taken and on which workstation, so the history is an
append-only list: two workstations that decide the same application offline
both keep their step after sync, and :func:`replay` lists the one that no
longer follows as a conflict instead of losing it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from isu_desk.capabilities.sponsorship.domain import checks
from isu_desk.capabilities.sponsorship.domain.records import RoundStatus
from isu_desk.domain.errors import FieldError


class Status(StrEnum):
    RECEIVED = "received"
    ELIGIBLE = "eligible"
    INELIGIBLE = "ineligible"
    OFFERED = "offered"
    WAIT_LISTED = "wait_listed"
    REGRETTED = "regretted"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"
    TRAVEL_BOOKED = "travel_booked"
    ATTENDED = "attended"
    NO_SHOW = "no_show"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    Status.RECEIVED: "Received",
    Status.ELIGIBLE: "Eligible",
    Status.INELIGIBLE: "Ineligible",
    Status.OFFERED: "Offered",
    Status.WAIT_LISTED: "Wait-listed",
    Status.REGRETTED: "Regretted",
    Status.ACCEPTED: "Accepted",
    Status.DECLINED: "Declined",
    Status.WITHDRAWN: "Withdrawn",
    Status.TRAVEL_BOOKED: "Travel booked",
    Status.ATTENDED: "Attended",
    Status.NO_SHOW: "No-show",
}

NEXT: dict[Status, frozenset[Status]] = {
    Status.RECEIVED: frozenset({Status.ELIGIBLE, Status.INELIGIBLE}),
    Status.ELIGIBLE: frozenset({Status.OFFERED, Status.WAIT_LISTED, Status.REGRETTED}),
    Status.WAIT_LISTED: frozenset({Status.OFFERED, Status.REGRETTED}),
    Status.OFFERED: frozenset({Status.ACCEPTED, Status.DECLINED, Status.WITHDRAWN}),
    Status.ACCEPTED: frozenset({Status.TRAVEL_BOOKED, Status.WITHDRAWN}),
    Status.TRAVEL_BOOKED: frozenset({Status.ATTENDED, Status.NO_SHOW, Status.WITHDRAWN}),
}
"""The statuses each status may move to; the others are final."""

REASON_REQUIRED = frozenset({Status.INELIGIBLE, Status.REGRETTED})
FINAL = frozenset(Status) - frozenset(NEXT)
DECIDABLE = frozenset({Status.ELIGIBLE, Status.WAIT_LISTED})
"""Statuses from which an application can be offered (the candidates of a proposal)."""


@dataclass(frozen=True, slots=True)
class Step:
    """One move of one application from ``from_status`` to ``to_status``."""

    id: str
    application_id: str
    from_status: Status
    to_status: Status
    on: date
    workstation_id: str
    reason: str = ""


@dataclass(frozen=True, slots=True)
class History:
    """An application's steps replayed: its status, the steps that count, the conflicts."""

    status: Status
    steps: tuple[Step, ...]
    conflicts: tuple[tuple[Step, str], ...]

    @property
    def reached(self) -> frozenset[Status]:
        """Every status the application has been in (received included)."""
        return frozenset({Status.RECEIVED, *(s.to_status for s in self.steps)})

    @property
    def last_on(self) -> date | None:
        return self.steps[-1].on if self.steps else None


def allowed(status: Status) -> frozenset[Status]:
    """The statuses an application in ``status`` may move to (none when final)."""
    return NEXT.get(status, frozenset())


def check_step(history: History, step: Step, today: date | None = None) -> list[FieldError]:
    """Why ``step`` cannot follow ``history``, in plain words (empty when it can).

    With ``today``, a step dated in the future is refused too (the services
    pass it; :func:`replay` does not, so a merged history never depends on
    the day it is read).
    """
    current = history.status
    if step.from_status is not current:
        return [
            FieldError(
                "status",
                f"This application is now {current.label.lower()}, not "
                f"{step.from_status.label.lower()}; it was changed meanwhile. Look again.",
            )
        ]
    errors = _order(current, step.to_status)
    if step.to_status in REASON_REQUIRED:
        errors += checks.text("reason", step.reason, "reason", required=True)
    else:
        errors += checks.text("reason", step.reason, "reason")
    errors += checks.day("on", step.on, "date", required=True)
    last = history.last_on
    if last is not None and step.on < last:
        errors.append(
            FieldError("on", f"The date is before the previous step ({last.isoformat()}).")
        )
    if today is not None and step.on > today:
        errors.append(FieldError("on", "The date is in the future."))
    if not step.workstation_id:
        errors.append(FieldError("workstation_id", "The workstation taking the step is unknown."))
    return errors


def check_round(status: RoundStatus) -> list[FieldError]:
    """A reported round is closed to further steps (its report is a record)."""
    if status is RoundStatus.REPORTED:
        message = "The round has been reported; its applications no longer change."
        return [FieldError("status", message)]
    return []


def _order(current: Status, to: Status) -> list[FieldError]:
    if to in allowed(current):
        return []
    if current in FINAL:
        message = f"The application is {current.label.lower()}; that is final."
    else:
        choices = " or ".join(sorted(s.label.lower() for s in allowed(current)))
        message = (
            f"An application that is {current.label.lower()} can become {choices}, "
            f"not {to.label.lower()}."
        )
    return [FieldError("status", message)]


def start() -> History:
    """The history of an application just received."""
    return History(Status.RECEIVED, (), ())


def take(history: History, step: Step, today: date | None = None) -> History | list[FieldError]:
    """``history`` with ``step`` added, or the errors that refuse it (nothing changes)."""
    errors = check_step(history, step, today)
    if errors:
        return errors
    return History(step.to_status, (*history.steps, step), history.conflicts)


def replay(steps: Iterable[Step]) -> History:
    """An application's status from its steps in recorded order.

    A step that does not follow (another workstation moved the application
    first) is kept aside as a conflict with the reason, never dropped.
    """
    history = start()
    for step in steps:
        outcome = take(history, step)
        if isinstance(outcome, History):
            history = outcome
        else:
            message = " ".join(error.message for error in outcome)
            history = History(history.status, history.steps, (*history.conflicts, (step, message)))
    return history
