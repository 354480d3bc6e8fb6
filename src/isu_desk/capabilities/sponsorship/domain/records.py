"""Sponsorship records: a round for a meeting and the applications it receives.

Records are immutable values (``id == ""`` = not saved yet). Amounts are CHF
:class:`~decimal.Decimal` with at most two decimals. The nominee's details are
kept on the application as received (name, title, ministry, gender, e-mail,
phone) and may point at a Directory contact; the app holds no passport numbers
or other identity documents. The meeting's dates come from Meetings as a
:class:`MeetingDates`, since the checks of travel dates and the deadline need
them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from isu_desk.capabilities.directory.api import Gender
from isu_desk.capabilities.sponsorship.domain import checks
from isu_desk.domain.errors import FieldError

DEADLINE_BEFORE_MEETING = timedelta(weeks=10)
TRAVEL_MARGIN = timedelta(days=7)  # arrive at most a week before, leave at most a week after
MAX_DSA_DAYS = 31
MAX_HOTEL_NIGHTS = 31


class RoundStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"
    DECIDED = "decided"
    REPORTED = "reported"

    @property
    def label(self) -> str:
        return self.value.capitalize()


_ROUND_NEXT = {
    RoundStatus.OPEN: RoundStatus.CLOSED,
    RoundStatus.CLOSED: RoundStatus.DECIDED,
    RoundStatus.DECIDED: RoundStatus.REPORTED,
}


class Channel(StrEnum):
    """How an application arrived."""

    NOTE_VERBALE = "note_verbale"
    EMAIL = "email"

    @property
    def label(self) -> str:
        return "Note verbale" if self is Channel.NOTE_VERBALE else "E-mail"


class Role(StrEnum):
    """The nominee's role at the meeting."""

    PRESENTING = "presenting"
    OFFICE_HOLDER = "office_holder"
    EXTENSION_REQUEST = "extension_request"
    DELEGATE = "delegate"

    @property
    def label(self) -> str:
        return _ROLE_LABELS[self]


_ROLE_LABELS = {
    Role.PRESENTING: "Presenting at the meeting",
    Role.OFFICE_HOLDER: "Coordinator or Friend of the President",
    Role.EXTENSION_REQUEST: "State with an extension request",
    Role.DELEGATE: "Delegate",
}


@dataclass(frozen=True, slots=True)
class MeetingDates:
    """The first and last day of the meeting a round is for."""

    start: date
    end: date


@dataclass(frozen=True, slots=True)
class Round:
    """A call for applications for one meeting, with its budget and rates in CHF."""

    id: str
    meeting_id: str
    deadline: date
    budget_chf: Decimal
    dsa_rate_chf: Decimal
    terminal_expenses_chf: Decimal
    call_issued_on: date | None = None
    hotel_rate_chf: Decimal = checks.ZERO  # a night booked directly, not covered by DSA
    status: RoundStatus = RoundStatus.OPEN
    notes: str = ""


@dataclass(frozen=True, slots=True)
class Application:
    """One nomination by a State for a round, with what it asks the programme to pay."""

    id: str
    round_id: str
    state_id: str
    nominee_name: str
    received_on: date
    channel: Channel = Channel.EMAIL
    reference: str = ""  # the note verbale's number, or the sender of the e-mail
    note_date: date | None = None  # the date the note verbale bears
    contact_id: str | None = None  # the Directory contact, once known or created
    nominee_title: str = ""
    nominee_ministry: str = ""
    nominee_gender: Gender = Gender.UNSPECIFIED
    nominee_email: str = ""
    nominee_phone: str = ""
    role: Role = Role.DELEGATE
    first_time: bool = False
    ticket: bool = True  # an economy ticket is requested
    ticket_chf: Decimal = checks.ZERO  # its estimated price
    dsa_days: int = 0
    hotel_nights: int = 0  # booked directly, not covered by DSA
    terminal_expenses: bool = True
    departure_on: date | None = None
    return_on: date | None = None
    notes: str = ""


def proposed_deadline(meeting_start: date) -> date:
    """The application deadline proposed for a new round: ten weeks before the meeting."""
    return meeting_start - DEADLINE_BEFORE_MEETING


def new_round(meeting_id: str, meeting: MeetingDates, issued_on: date | None = None) -> Round:
    """A draft round for ``meeting`` with the proposed deadline and no money yet."""
    zero = checks.ZERO
    deadline = proposed_deadline(meeting.start)
    return Round("", meeting_id, deadline, zero, zero, zero, call_issued_on=issued_on)


def validate_round(round_: Round, meeting: MeetingDates) -> list[FieldError]:
    """What can be checked from the round and its meeting's dates."""
    errors: list[FieldError] = []
    if not round_.meeting_id:
        errors.append(FieldError("meeting_id", "Choose the meeting this round is for."))
    errors += checks.day("call_issued_on", round_.call_issued_on, "date the call was issued")
    errors += checks.day("deadline", round_.deadline, "application deadline", required=True)
    errors += checks.ordered(
        round_.call_issued_on,
        round_.deadline,
        "deadline",
        "The deadline comes before the call was issued.",
    )
    if round_.deadline >= meeting.start:
        start = meeting.start.isoformat()
        errors.append(FieldError("deadline", f"The deadline must be before the meeting ({start})."))
    errors += checks.chf("budget_chf", round_.budget_chf, "budget")
    errors += checks.chf("dsa_rate_chf", round_.dsa_rate_chf, "DSA rate")
    errors += checks.chf("terminal_expenses_chf", round_.terminal_expenses_chf, "terminal expenses")
    errors += checks.chf("hotel_rate_chf", round_.hotel_rate_chf, "hotel rate")
    errors += checks.notes("notes", round_.notes)
    return errors


def advance_round(round_: Round, to: RoundStatus) -> Round | FieldError:
    """The round moved to its next status, or why it cannot (open → closed → decided → reported)."""
    if _ROUND_NEXT.get(round_.status) is to:
        return replace(round_, status=to)
    expected = _ROUND_NEXT.get(round_.status)
    if expected is None:
        return FieldError("status", "The round has been reported; it does not change any more.")
    return FieldError(
        "status",
        f"A round that is {round_.status.label.lower()} can only become "
        f"{expected.label.lower()}, not {to.label.lower()}.",
    )


def validate_application(app: Application, meeting: MeetingDates) -> list[FieldError]:
    """What can be checked from the application and its meeting's dates."""
    errors: list[FieldError] = []
    if not app.round_id:
        errors.append(FieldError("round_id", "Choose the round."))
    if not app.state_id:
        errors.append(FieldError("state_id", "Choose the State that nominates."))
    errors += _nominee(app)
    errors += checks.day("received_on", app.received_on, "date received", required=True)
    errors += checks.text("reference", app.reference, "reference")
    if app.channel is Channel.NOTE_VERBALE and not app.reference.strip():
        errors.append(FieldError("reference", "Enter the note verbale's reference."))
    errors += checks.day("note_date", app.note_date, "date of the note verbale")
    errors += checks.ordered(
        app.note_date,
        app.received_on,
        "note_date",
        "The note verbale is dated after it was received.",
    )
    if app.note_date and app.channel is not Channel.NOTE_VERBALE:
        errors.append(FieldError("note_date", "Only a note verbale has a date of its own."))
    errors += _request(app)
    errors += _travel(app, meeting)
    errors += checks.notes("notes", app.notes)
    return errors


def _nominee(app: Application) -> list[FieldError]:
    errors = checks.text("nominee_name", app.nominee_name, "nominee's name", required=True)
    errors += checks.text("nominee_title", app.nominee_title, "title")
    errors += checks.text("nominee_ministry", app.nominee_ministry, "ministry or agency")
    errors += checks.text("nominee_email", app.nominee_email, "e-mail")
    errors += checks.text("nominee_phone", app.nominee_phone, "phone")
    if not errors:
        errors += checks.email("nominee_email", app.nominee_email)
    return errors


def _request(app: Application) -> list[FieldError]:
    errors = checks.chf("ticket_chf", app.ticket_chf, "ticket price")
    if not app.ticket and app.ticket_chf:
        errors.append(FieldError("ticket_chf", "No ticket is requested, so it has no price."))
    errors += checks.count("dsa_days", app.dsa_days, "DSA days", most=MAX_DSA_DAYS)
    errors += checks.count("hotel_nights", app.hotel_nights, "hotel nights", most=MAX_HOTEL_NIGHTS)
    if app.departure_on and app.return_on and not errors:
        days = (app.return_on - app.departure_on).days + 1
        if app.dsa_days > days:
            errors.append(FieldError("dsa_days", f"The travel dates cover {days} days only."))
        elif app.dsa_days + app.hotel_nights > days:
            errors.append(
                FieldError("hotel_nights", "DSA days and hotel nights overlap the travel dates.")
            )
    return errors


def _travel(app: Application, meeting: MeetingDates) -> list[FieldError]:
    errors = checks.day("departure_on", app.departure_on, "departure date")
    errors += checks.day("return_on", app.return_on, "return date")
    errors += checks.ordered(
        app.departure_on, app.return_on, "return_on", "The return comes before the departure."
    )
    earliest, latest = meeting.start - TRAVEL_MARGIN, meeting.end + TRAVEL_MARGIN
    if app.departure_on and not earliest <= app.departure_on <= meeting.end:
        errors.append(
            FieldError(
                "departure_on",
                f"Departure must be between {earliest.isoformat()} (a week before the "
                f"meeting) and its last day, {meeting.end.isoformat()}.",
            )
        )
    if app.return_on and not meeting.start <= app.return_on <= latest:
        errors.append(
            FieldError(
                "return_on",
                f"Return must be between the meeting's first day, {meeting.start.isoformat()}, "
                f"and {latest.isoformat()} (a week after it).",
            )
        )
    return errors
