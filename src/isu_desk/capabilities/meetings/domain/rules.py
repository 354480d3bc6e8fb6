"""Rules of Meetings records: validation as field errors, status moves, orders.

``validate_*`` check what the record alone can tell; the services add what
needs the database (a code already used, a contact that exists).
"""

from __future__ import annotations

import re
from datetime import date

from isu_desk.capabilities.meetings.directory import (
    EARLIEST_DATE,
    LATEST_DATE,
    OrganisationKind,
    State,
    StateStatus,
)
from isu_desk.capabilities.meetings.domain.records import (
    MEETING_STATUS_ORDER,
    STATE_CATEGORIES,
    ActionPoint,
    ActionStatus,
    AgendaItem,
    AuthorKind,
    Decision,
    DelegationCategory,
    Document,
    Meeting,
    MeetingStatus,
    MinutesStatus,
    OwnerKind,
    Participant,
)
from isu_desk.capabilities.meetings.domain.symbols import DEFAULT_PREFIX, parse_symbol
from isu_desk.domain.errors import FieldError

UN_LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")
_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.\-]*$")
_AGENDA_NUMBER = re.compile(r"^\d+(?:\.\d+)*(?: ?\([a-z]+\))*$")
_ISO3 = re.compile(r"^[A-Z]{3}$")
_NATURAL = re.compile(r"\d+|[a-z]+")
MINUTES_ORDER = tuple(MinutesStatus)


def _required(value: str, field: str, label: str) -> list[FieldError]:
    return [] if value.strip() else [FieldError(field, f"{label} is required.")]


def _plausible(value: date | None, field: str) -> list[FieldError]:
    if value is None or EARLIEST_DATE <= value <= LATEST_DATE:
        return []
    return [FieldError(field, f"{value.isoformat()} is not a plausible date.")]


# --- meetings ---------------------------------------------------------------------


def validate_meeting(meeting: Meeting, today: date) -> list[FieldError]:
    errors = _required(meeting.title, "title", "Title")
    if meeting.code and not _CODE.match(meeting.code):
        errors.append(FieldError("code", "A code has letters, digits, dots or hyphens (13MSP)."))
    errors += _plausible(meeting.start_date, "start_date") + _plausible(
        meeting.end_date, "end_date"
    )
    if meeting.end_date is not None and meeting.end_date < meeting.start_date:
        errors.append(FieldError("end_date", "The meeting cannot end before it starts."))
    if meeting.country_iso3 and not _ISO3.match(meeting.country_iso3):
        errors.append(FieldError("country_iso3", "Country must be an ISO code such as CHE."))
    held = MEETING_STATUS_ORDER.index(meeting.status) >= 2
    if held and meeting.start_date > today:
        errors.append(
            FieldError("status", "A meeting that has not started yet cannot be held already.")
        )
    if meeting.chair_office_holder_id and meeting.chair_contact_id:
        errors.append(FieldError("chair", "Choose the chair as an office holder or a contact."))
    return errors


def meeting_status_move(old: MeetingStatus, new: MeetingStatus) -> list[FieldError]:
    """Statuses move forward (planned → convened → held → report adopted), or back one step
    to undo a slip; never back further."""
    if MEETING_STATUS_ORDER.index(new) >= MEETING_STATUS_ORDER.index(old) - 1:
        return []
    return [
        FieldError(
            "status",
            f"A meeting marked “{old.value.replace('_', ' ')}” cannot go back to "
            f"“{new.value.replace('_', ' ')}”.",
        )
    ]


# --- documents and agenda -----------------------------------------------------------


def languages_list(text: str) -> list[str]:
    return [part.strip().lower() for part in text.split(",") if part.strip()]


def validate_document(document: Document, prefix: str = DEFAULT_PREFIX) -> list[FieldError]:
    errors = _required(document.title, "title", "Title")
    if not document.symbol.strip():
        errors.append(FieldError("symbol", "Symbol is required."))
    else:
        parsed = parse_symbol(document.symbol, prefix)
        if isinstance(parsed, str):
            errors.append(FieldError("symbol", parsed))
    bad = [code for code in languages_list(document.languages) if code not in UN_LANGUAGES]
    if bad or not languages_list(document.languages):
        errors.append(
            FieldError("languages", "List the languages issued as codes: ar, zh, en, fr, ru, es.")
        )
    if document.author_kind is AuthorKind.STATE and not document.author_state_id:
        errors.append(FieldError("author_state_id", "Choose the State that wrote the document."))
    if document.author_kind is AuthorKind.ORGANISATION and not document.author_organisation_id:
        errors.append(FieldError("author_organisation_id", "Choose the organisation."))
    return errors + _plausible(document.issued_on, "issued_on")


def agenda_sort_key(number: str) -> tuple[tuple[int, int | str], ...]:
    """Natural order of agenda numbers as written: 1, 2, 5, 5(a), 5(b), 10."""
    return tuple(
        (0, int(part)) if part.isdigit() else (1, part) for part in _NATURAL.findall(number.lower())
    )


def validate_agenda_item(item: AgendaItem) -> list[FieldError]:
    errors = _required(item.title, "title", "Title")
    if not _AGENDA_NUMBER.match(item.number.strip()):
        errors.append(FieldError("number", "Number the item as written: 1, 5, 5(a) or 5.1."))
    return errors


# --- participants -------------------------------------------------------------------


def category_of_state(state: State, on: date) -> DelegationCategory:
    """The State's group on a list of participants of a meeting held on ``on``."""
    bound_from = state.entry_into_force_date or state.consent_date
    left = state.withdrawal_date is not None and state.withdrawal_date <= on
    party = state.status in (StateStatus.STATE_PARTY, StateStatus.WITHDRAWN)
    if party and bound_from is not None and bound_from <= on and not left:
        return DelegationCategory.STATES_PARTIES
    if state.signature_date is not None and state.signature_date <= on and not left:
        return DelegationCategory.SIGNATORIES
    return DelegationCategory.OBSERVER_STATES


def category_of_organisation(kind: OrganisationKind) -> DelegationCategory:
    if kind in (OrganisationKind.INTERGOVERNMENTAL, OrganisationKind.INTERNATIONAL):
        return DelegationCategory.INTERNATIONAL_ORGANISATIONS
    return DelegationCategory.NGOS


def validate_participant(participant: Participant) -> list[FieldError]:
    errors: list[FieldError] = []
    if not participant.contact_id:
        errors.append(FieldError("contact_id", "Choose the person (a contact)."))
    state, org = participant.delegation_state_id, participant.delegation_organisation_id
    if bool(state) == bool(org):
        errors.append(
            FieldError("delegation", "A delegation is either a State or an organisation.")
        )
    state_category = participant.category in STATE_CATEGORIES
    if state and not state_category:
        errors.append(FieldError("category", "A State's delegation is listed among States."))
    if org and state_category:
        errors.append(FieldError("category", "An organisation is listed among organisations."))
    return errors


# --- minutes --------------------------------------------------------------------------


def minutes_status_move(old: MinutesStatus, new: MinutesStatus) -> list[FieldError]:
    """Minutes go draft → circulated → approved; approved minutes stay approved, and
    circulated ones may go back to draft for more work."""
    if old is MinutesStatus.APPROVED and new is not MinutesStatus.APPROVED:
        return [FieldError("status", "Approved minutes stay approved; record a correction.")]
    return []


# --- decisions and action points -------------------------------------------------------


def validate_decision(decision: Decision) -> list[FieldError]:
    errors = _required(decision.number, "number", "Number") + _required(
        decision.text, "text", "Text"
    )
    bad = [code for code in iso3_list(decision.states) if not _ISO3.match(code)]
    if bad:
        errors.append(FieldError("states", "List the States as ISO codes: LAO, IRQ."))
    return errors + _plausible(decision.adopted_on, "adopted_on")


def iso3_list(text: str) -> list[str]:
    return [part.strip().upper() for part in text.split(",") if part.strip()]


_OWNER_FIELD = {
    OwnerKind.OFFICE_HOLDER: ("owner_office_holder_id", "Choose the office holder."),
    OwnerKind.STATE: ("owner_state_id", "Choose the State."),
    OwnerKind.CONTACT: ("owner_contact_id", "Choose the contact."),
}


def validate_action_point(point: ActionPoint) -> list[FieldError]:
    errors = _required(point.text, "text", "What is to be done")
    if point.owner_kind is OwnerKind.UNIT:
        errors += _required(point.owner_name, "owner_name", "The staff member")
    else:
        field, message = _OWNER_FIELD[point.owner_kind]
        if not getattr(point, field):
            errors.append(FieldError(field, message))
    if point.status.closed and point.closed_on is None:
        label = point.status.value
        errors.append(FieldError("closed_on", f"Give the date the point was {label}."))
    if point.status is ActionStatus.DROPPED and not point.closing_note.strip():
        errors.append(FieldError("closing_note", "Say why the point was dropped."))
    if not point.status.closed and point.closed_on is not None:
        errors.append(
            FieldError("closed_on", "An open point has no closing date; clear it or close it.")
        )
    return errors + _plausible(point.due_on, "due_on") + _plausible(point.closed_on, "closed_on")


def owner_label(point: ActionPoint, names: dict[str, str]) -> str:
    """Who owns a point, named: a staff member, or the name of the linked record."""
    if point.owner_kind is OwnerKind.UNIT:
        return point.owner_name
    field, _ = _OWNER_FIELD[point.owner_kind]
    return names.get(str(getattr(point, field) or ""), "")
