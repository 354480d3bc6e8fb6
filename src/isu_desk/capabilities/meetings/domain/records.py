"""The records of Meetings: meetings, documents, agenda items, participants, minutes,
decisions and action points.

Records are immutable values; ``id == ""`` marks a record not saved yet. Column
names of the storage equal these field names, so the generic mapping converts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class MeetingKind(StrEnum):
    MSP = "msp"
    REVIEW_CONFERENCE = "review_conference"
    INTERSESSIONAL = "intersessional"
    COORDINATION_COMMITTEE = "coordination_committee"
    WORKING_GROUP = "working_group"
    BILATERAL = "bilateral"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    MeetingKind.MSP: "Meeting of States Parties",
    MeetingKind.REVIEW_CONFERENCE: "Review Conference",
    MeetingKind.INTERSESSIONAL: "Intersessional meeting",
    MeetingKind.COORDINATION_COMMITTEE: "Coordination Committee",
    MeetingKind.WORKING_GROUP: "Working group or thematic meeting",
    MeetingKind.BILATERAL: "Bilateral meeting",
    MeetingKind.OTHER: "Other meeting",
}
FORMAL_KINDS = frozenset({MeetingKind.MSP, MeetingKind.REVIEW_CONFERENCE})


class MeetingFormat(StrEnum):
    IN_PERSON = "in_person"
    HYBRID = "hybrid"
    ONLINE = "online"


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    CONVENED = "convened"
    HELD = "held"
    REPORT_ADOPTED = "report_adopted"


MEETING_STATUS_ORDER = tuple(MeetingStatus)


class DocumentStatus(StrEnum):
    DRAFT = "draft"
    ADVANCE = "advance"
    ISSUED = "issued"
    REVISED = "revised"


class AuthorKind(StrEnum):
    UNIT = "unit"
    PRESIDENT = "president"
    STATE = "state"
    ORGANISATION = "organisation"


class DelegationCategory(StrEnum):
    """The groups of a UN list of participants, in printed order."""

    STATES_PARTIES = "states_parties"
    SIGNATORIES = "signatories"
    OBSERVER_STATES = "observer_states"
    INTERNATIONAL_ORGANISATIONS = "international_organisations"
    NGOS = "ngos"

    @property
    def label(self) -> str:
        return _CATEGORY_LABELS[self]


_CATEGORY_LABELS = {
    DelegationCategory.STATES_PARTIES: "States Parties",
    DelegationCategory.SIGNATORIES: "Signatory States",
    DelegationCategory.OBSERVER_STATES: "Observer States",
    DelegationCategory.INTERNATIONAL_ORGANISATIONS: (
        "United Nations and international organisations"
    ),
    DelegationCategory.NGOS: "Non-governmental organisations",
}
STATE_CATEGORIES = frozenset(
    {
        DelegationCategory.STATES_PARTIES,
        DelegationCategory.SIGNATORIES,
        DelegationCategory.OBSERVER_STATES,
    }
)


class Attendance(StrEnum):
    INVITED = "invited"
    REGISTERED = "registered"
    PRESENT = "present"
    APOLOGIES = "apologies"
    ABSENT = "absent"


class MinutesStatus(StrEnum):
    DRAFT = "draft"
    CIRCULATED = "circulated"
    APPROVED = "approved"


class DecisionKind(StrEnum):
    EXTENSION_REQUEST = "extension_request"
    BUDGET = "budget"
    ELECTION = "election"
    NEXT_MEETING = "next_meeting"
    OTHER = "other"


class OwnerKind(StrEnum):
    UNIT = "unit"
    OFFICE_HOLDER = "office_holder"
    STATE = "state"
    CONTACT = "contact"


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"

    @property
    def closed(self) -> bool:
        return self in (ActionStatus.DONE, ActionStatus.DROPPED)

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


@dataclass(frozen=True, slots=True)
class Meeting:
    id: str
    kind: MeetingKind
    title: str
    start_date: date
    end_date: date | None = None
    code: str = ""
    city: str = ""
    country_iso3: str = ""
    format: MeetingFormat | None = None
    chair_office_holder_id: str | None = None
    chair_contact_id: str | None = None
    status: MeetingStatus = MeetingStatus.PLANNED
    notes: str = ""

    @property
    def last_day(self) -> date:
        return self.end_date or self.start_date

    @property
    def display_name(self) -> str:
        return f"{self.code} {self.title}" if self.code else self.title


@dataclass(frozen=True, slots=True)
class Document:
    id: str
    meeting_id: str
    symbol: str
    title: str
    author_kind: AuthorKind = AuthorKind.UNIT
    author_state_id: str | None = None
    author_organisation_id: str | None = None
    issued_on: date | None = None
    languages: str = "en"
    status: DocumentStatus = DocumentStatus.ISSUED
    agenda_item_id: str | None = None
    notes: str = ""


@dataclass(frozen=True, slots=True)
class AgendaItem:
    id: str
    meeting_id: str
    number: str
    title: str
    notes: str = ""


@dataclass(frozen=True, slots=True)
class Participant:
    """One person on one delegation at one meeting (the person is a Directory contact)."""

    id: str
    meeting_id: str
    contact_id: str
    category: DelegationCategory
    delegation_state_id: str | None = None
    delegation_organisation_id: str | None = None
    head_of_delegation: bool = False
    attendance: Attendance = Attendance.REGISTERED
    notes: str = ""


@dataclass(frozen=True, slots=True)
class Minutes:
    """The minutes of one meeting (its id is derived from the meeting's, so two desks agree)."""

    id: str
    meeting_id: str
    status: MinutesStatus = MinutesStatus.DRAFT
    circulated_on: date | None = None
    approved_on: date | None = None
    approved_at_meeting_id: str | None = None
    notes: str = ""


@dataclass(frozen=True, slots=True)
class MinuteEntry:
    """What was said under one agenda item (id derived from the item's: one text per item)."""

    id: str
    meeting_id: str
    agenda_item_id: str
    text: str


@dataclass(frozen=True, slots=True)
class MinuteCorrection:
    """A change to approved minutes: the approved text is kept, with the reason."""

    id: str
    entry_id: str
    approved_text: str
    corrected_text: str
    reason: str
    corrected_on: date


@dataclass(frozen=True, slots=True)
class Decision:
    id: str
    meeting_id: str
    number: str
    text: str
    kind: DecisionKind = DecisionKind.OTHER
    states: str = ""  # ISO3 codes of the States concerned, comma-separated
    adopted_on: date | None = None
    agenda_item_id: str | None = None
    notes: str = ""


@dataclass(frozen=True, slots=True)
class ActionPoint:
    id: str
    meeting_id: str
    text: str
    owner_kind: OwnerKind = OwnerKind.UNIT
    owner_name: str = ""  # a unit staff member (owner_kind unit)
    owner_office_holder_id: str | None = None
    owner_state_id: str | None = None
    owner_contact_id: str | None = None
    due_on: date | None = None
    agenda_item_id: str | None = None
    decision_id: str | None = None
    status: ActionStatus = ActionStatus.OPEN
    closed_on: date | None = None
    closing_note: str = ""
    carried_to_meeting_id: str | None = None

    def overdue(self, today: date) -> bool:
        return not self.status.closed and self.due_on is not None and self.due_on < today
