"""The Directory: States, organisations, contacts and office holders.

Records are immutable values; ``id == ""`` marks a record not saved yet.
``validate_*`` functions check what can be checked from the record alone and
return field errors; rules that need the database (a code already used, a
State that exists) are added by the services.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from isu_desk.domain.errors import FieldError
from isu_desk.domain.safe_text import control_errors

EARLIEST_DATE = date(1945, 1, 1)
LATEST_DATE = date(2100, 12, 31)

_EMAIL = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>.]{2,}$")
_ISO3 = re.compile(r"^[A-Z]{3}$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")


class StateStatus(StrEnum):
    STATE_PARTY = "state_party"
    SIGNATORY = "signatory"
    NOT_PARTY = "not_party"
    WITHDRAWN = "withdrawn"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    StateStatus.STATE_PARTY: "State Party",
    StateStatus.SIGNATORY: "Signatory",
    StateStatus.NOT_PARTY: "Not party",
    StateStatus.WITHDRAWN: "Withdrawn",
}


class ConsentType(StrEnum):
    RATIFICATION = "ratification"
    ACCESSION = "accession"
    ACCEPTANCE = "acceptance"
    APPROVAL = "approval"


class UnRegion(StrEnum):
    AFRICAN = "african"
    ASIA_PACIFIC = "asia_pacific"
    EASTERN_EUROPEAN = "eastern_european"
    LATIN_AMERICAN_CARIBBEAN = "latin_american_caribbean"
    WESTERN_EUROPEAN_OTHERS = "western_european_others"


class CorrespondenceLanguage(StrEnum):
    """The language letters to a State are written in."""

    EN = "en"
    FR = "fr"
    ES = "es"

    @property
    def label(self) -> str:
        return {"en": "English", "fr": "French", "es": "Spanish"}[self.value]


class OrganisationKind(StrEnum):
    INTERGOVERNMENTAL = "intergovernmental"
    INTERNATIONAL = "international"
    NGO = "ngo"
    FOUNDATION = "foundation"
    OTHER = "other"


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNSPECIFIED = "unspecified"


class OfficeRole(StrEnum):
    PRESIDENT = "president"
    PRESIDENT_DESIGNATE = "president_designate"
    COORDINATOR = "coordinator"


# The thematic working groups of the Coordination Committee (settings may add more).
COORDINATOR_THEMES = (
    "General Status and Operation",
    "Universalization",
    "Stockpile Destruction",
    "Clearance and Risk Education",
    "Victim Assistance",
    "International Cooperation and Assistance",
    "Transparency Measures",
    "National Implementation Measures",
)


@dataclass(frozen=True, slots=True)
class State:
    id: str
    iso3: str
    name: str
    status: StateStatus
    signature_date: date | None = None
    consent_date: date | None = None
    consent_type: ConsentType | None = None
    entry_into_force_date: date | None = None
    withdrawal_date: date | None = None
    un_region: UnRegion | None = None
    least_developed: bool = False
    article3_obligation: bool = False
    article3_deadline: date | None = None
    article4_obligation: bool = False
    article4_deadline: date | None = None
    notes: str = ""
    correspondence_language: CorrespondenceLanguage = CorrespondenceLanguage.EN


@dataclass(frozen=True, slots=True)
class Organisation:
    id: str
    name: str
    acronym: str = ""
    kind: OrganisationKind = OrganisationKind.OTHER
    country_iso3: str = ""
    email: str = ""
    phone: str = ""
    website: str = ""
    notes: str = ""


@dataclass(frozen=True, slots=True)
class Contact:
    id: str
    name: str
    title: str = ""
    position: str = ""
    gender: Gender = Gender.UNSPECIFIED
    state_id: str | None = None
    organisation_id: str | None = None
    email: str = ""
    phone: str = ""
    languages: str = ""
    notes: str = ""


@dataclass(frozen=True, slots=True)
class OfficeHolder:
    id: str
    role: OfficeRole
    state_id: str
    term_start: date
    term_end: date | None = None
    theme: str = ""
    contact_id: str | None = None
    notes: str = ""


def _required(value: str, field: str, label: str) -> list[FieldError]:
    return [] if value.strip() else [FieldError(field, f"{label} is required.")]


def _date_in_range(value: date | None, field: str) -> list[FieldError]:
    if value is None or EARLIEST_DATE <= value <= LATEST_DATE:
        return []
    return [FieldError(field, f"{value.isoformat()} is not a plausible date.")]


def _ordered(first: date | None, later: date | None, field: str, message: str) -> list[FieldError]:
    if first is None or later is None or later >= first:
        return []
    return [FieldError(field, message)]


def valid_email(text: str) -> bool:
    return bool(_EMAIL.match(text))


def _email(value: str, field: str = "email") -> list[FieldError]:
    if not value or valid_email(value):
        return []
    return [FieldError(field, f"“{value}” is not an e-mail address (name@example.org).")]


def _dates(record: object, fields: Iterable[str]) -> list[FieldError]:
    errors: list[FieldError] = []
    for name in fields:
        errors += _date_in_range(getattr(record, name), name)
    return errors


def validate_state(state: State) -> list[FieldError]:
    errors = _required(state.name, "name", "Name") + control_errors(state)
    if not _ISO3.match(state.iso3):
        errors.append(FieldError("iso3", "ISO code must be three capital letters, e.g. FRA."))
    errors += _dates(
        state,
        (
            "signature_date",
            "consent_date",
            "entry_into_force_date",
            "withdrawal_date",
            "article3_deadline",
            "article4_deadline",
        ),
    )
    errors += _ordered(
        state.consent_date,
        state.entry_into_force_date,
        "entry_into_force_date",
        "Entry into force cannot come before ratification or accession.",
    )
    if state.status is StateStatus.STATE_PARTY and state.consent_date is None:
        errors.append(
            FieldError("consent_date", "A State Party needs a ratification or accession date.")
        )
    if state.status is StateStatus.WITHDRAWN and state.withdrawal_date is None:
        errors.append(
            FieldError("withdrawal_date", "A withdrawn State needs the date it took effect.")
        )
    if state.article3_deadline and not state.article3_obligation:
        errors.append(
            FieldError("article3_deadline", "Set the Article 3 obligation before its deadline.")
        )
    if state.article4_deadline and not state.article4_obligation:
        errors.append(
            FieldError("article4_deadline", "Set the Article 4 obligation before its deadline.")
        )
    return errors


def validate_organisation(organisation: Organisation) -> list[FieldError]:
    errors = _required(organisation.name, "name", "Name") + control_errors(organisation)
    errors += _email(organisation.email)
    if organisation.country_iso3 and not _ISO3.match(organisation.country_iso3):
        errors.append(
            FieldError("country_iso3", "Country must be an ISO code of three capital letters.")
        )
    return errors


def _contact_name(value: str) -> list[FieldError]:
    return _required(value, "name", "Name")


def _languages(value: str) -> list[FieldError]:
    languages = [part.strip() for part in value.split(",") if part.strip()]
    bad = [code for code in languages if not _LANGUAGE.match(code)]
    if not bad:
        return []
    message = f"Use language codes separated by commas (en, fr, ar), not {', '.join(bad)}."
    return [FieldError("languages", message)]


# Every rule of a contact but the control characters looks at one field alone, so
# an import can check a whole column at once (each distinct value once).
CONTACT_FIELD_RULES: tuple[tuple[str, Callable[[Any], list[FieldError]]], ...] = (
    ("name", _contact_name),
    ("email", _email),
    ("languages", _languages),
)


def validate_contact(contact: Contact) -> list[FieldError]:
    """The field rules (:data:`CONTACT_FIELD_RULES`) and no control characters."""
    name, email, languages = (rule(getattr(contact, f)) for f, rule in CONTACT_FIELD_RULES)
    return name + control_errors(contact) + email + languages


def validate_office_holder(holder: OfficeHolder) -> list[FieldError]:
    errors: list[FieldError] = []
    if not holder.state_id:
        errors.append(FieldError("state_id", "Choose the State that holds the office."))
    if holder.role is OfficeRole.COORDINATOR and not holder.theme.strip():
        errors.append(FieldError("theme", "A Coordinator needs a thematic area."))
    errors += _dates(holder, ("term_start", "term_end"))
    if holder.term_end is not None and holder.term_end <= holder.term_start:
        errors.append(FieldError("term_end", "The term must end after it starts."))
    errors += control_errors(holder)
    return errors
