"""Importing a registration list (as conference systems export it) into a meeting.

Two steps, so nobody is created unseen: :func:`preview_registration` reads the
file (CSV, JSON or xlsx with the columns name, given name, title, delegation,
e-mail), matches each line to an existing contact (by e-mail, else by name,
ignoring accents, case and name order) and to a State or organisation (by
name, ISO code or acronym, ignoring accents and case), and lists the new
people; :func:`apply_registration` then creates the people confirmed and adds
everyone missing from the meeting's list. Matching is done again when
applying, so running the same file twice creates nothing twice. A file with
one line that cannot be placed is refused whole, each bad line named.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from isu_desk.capabilities.meetings.directory import (
    Contact,
    OrganisationKind,
    State,
    validate_contact,
)
from isu_desk.capabilities.meetings.domain.records import (
    Attendance,
    DelegationCategory,
    Participant,
)
from isu_desk.capabilities.meetings.domain.rules import (
    category_of_organisation,
    category_of_state,
)
from isu_desk.capabilities.meetings.services import checks
from isu_desk.capabilities.meetings.storage import repo
from isu_desk.domain.errors import FieldError, Result
from isu_desk.domain.ids import new_id
from isu_desk.domain.text import fold
from isu_desk.services.record_files import READ_ERRORS, read_rows
from isu_desk.storage.database import Database
from isu_desk.storage.mapping import to_columns, to_record

ALIASES = {
    "name": ("name", "surname", "family name", "last name"),
    "given": ("given name", "given_name", "first name", "first_name"),
    "title": ("title", "salutation"),
    "delegation": ("delegation", "organisation", "organization", "country"),
    "email": ("e-mail", "email", "e_mail"),
}
Session = Any


@dataclass(frozen=True, slots=True)
class RegistrationLine:
    """One line of the list, placed: its person (None: a new person) and delegation."""

    line: int
    given_name: str
    surname: str
    title: str
    email: str
    delegation: str
    state_id: str | None
    organisation_id: str | None
    category: DelegationCategory
    contact_id: str | None
    listed: bool  # already on the meeting's list of participants

    @property
    def name(self) -> str:
        return f"{self.given_name} {self.surname}".strip()


@dataclass(frozen=True, slots=True)
class RegistrationPreview:
    meeting_id: str
    lines: tuple[RegistrationLine, ...]

    @property
    def new_people(self) -> tuple[RegistrationLine, ...]:
        """The lines whose person is not in the Directory yet (to confirm)."""
        return tuple(line for line in self.lines if line.contact_id is None)


@dataclass(frozen=True, slots=True)
class RegistrationSummary:
    contacts_created: int
    participants_added: int
    already_listed: int
    not_confirmed: int


def _key(text: str) -> str:
    return fold(text.replace("’", "'").replace("`", "'"))


def _cell(row: dict[str, Any], name: str) -> str:
    for alias in ALIASES[name]:
        value = row.get(alias)
        if value not in (None, ""):
            return " ".join(str(value).split())
    return ""


def _surname(text: str) -> str:
    """Registration systems often print surnames in capitals: NÚÑEZ → Núñez."""
    return text.title() if text.isupper() else text


class _Matcher:
    """Lookups of the Directory loaded once; places lines on people and delegations."""

    def __init__(self, session: Session, meeting_id: str) -> None:
        rows = repo.directory_rows(session)
        meeting: Any = repo.get(session, "meetings", meeting_id)
        self.day = meeting.start_date
        self.states = {row["id"]: to_record(State, row) for row in rows["states"]}
        self.org_kinds = {row["id"]: OrganisationKind(row["kind"]) for row in rows["organisations"]}
        self.delegations: dict[str, tuple[str | None, str | None]] = {}
        for row in rows["states"]:
            for label in (row["name"], row["iso3"]):
                self.delegations[_key(label)] = (row["id"], None)
        for row in rows["organisations"]:
            for label in (row["name"], row["acronym"]):
                if label:
                    self.delegations.setdefault(_key(label), (None, row["id"]))
        self.by_email: dict[str, list[dict[str, Any]]] = {}
        self.by_name: dict[str, list[dict[str, Any]]] = {}
        for row in rows["contacts"]:
            self.add_contact(row)
        self.listed = {p.contact_id for p in repo.of_meeting(session, "participants", meeting_id)}

    def add_contact(self, row: dict[str, Any]) -> None:
        if row["email"]:
            self.by_email.setdefault(row["email"].lower(), []).append(row)
        self.by_name.setdefault(_key(row["name"]), []).append(row)

    def contact(self, line: RegistrationLine) -> str | FieldError | None:
        candidates = self.by_email.get(line.email.lower(), []) if line.email else []
        if not candidates:
            for name in (line.name, f"{line.surname} {line.given_name}"):
                candidates = candidates or self.by_name.get(_key(name), [])
        if len(candidates) > 1:
            mine = [
                c
                for c in candidates
                if (line.state_id and c["state_id"] == line.state_id)
                or (line.organisation_id and c["organisation_id"] == line.organisation_id)
            ]
            candidates = mine or candidates
        if len(candidates) > 1:
            message = f"{len(candidates)} contacts are called {line.name}; add their e-mail."
            return FieldError(f"line {line.line}", message)
        return str(candidates[0]["id"]) if candidates else None

    def place(self, number: int, row: dict[str, Any]) -> RegistrationLine | FieldError:
        surname, given = _surname(_cell(row, "name")), _cell(row, "given")
        delegation = _cell(row, "delegation")
        if not surname or not delegation:
            return FieldError(f"line {number}", "name and delegation are required.")
        found = self.delegations.get(_key(delegation))
        if found is None:
            message = f"no State or organisation is called “{delegation}”; add it first."
            return FieldError(f"line {number}", message)
        state_id, org_id = found
        category = (
            category_of_state(self.states[state_id], self.day)
            if state_id
            else category_of_organisation(self.org_kinds[str(org_id)])
        )
        line = RegistrationLine(
            number,
            given,
            surname,
            _cell(row, "title"),
            _cell(row, "email"),
            delegation,
            state_id,
            org_id,
            category,
            None,
            False,
        )
        contact = self.contact(line)
        if isinstance(contact, FieldError):
            return contact
        return replace(line, contact_id=contact, listed=contact in self.listed)


def _read(path: Path) -> list[tuple[int, dict[str, Any]]] | FieldError:
    try:
        return list(read_rows(path))
    except READ_ERRORS as exc:
        return FieldError("", f"Cannot read {path.name}: {exc}.")


def preview_registration(
    database: Database, meeting_id: str, path: Path
) -> Result[RegistrationPreview]:
    """Place every line of the file, or name each line that cannot be placed."""
    rows = _read(path)
    if isinstance(rows, FieldError):
        return Result.failure([rows])
    if not rows:
        return Result.failure([FieldError("", f"{path.name} has no rows to import.")])
    with database.read() as session:
        if repo.get(session, "meetings", meeting_id) is None:
            return Result.failure([FieldError("meeting_id", "That meeting does not exist.")])
        matcher = _Matcher(session, meeting_id)
        placed = [matcher.place(number, row) for number, row in rows]
    errors = [p for p in placed if isinstance(p, FieldError)]
    if errors:
        return Result.failure(errors)
    lines = tuple(p for p in placed if isinstance(p, RegistrationLine))
    return Result.success(RegistrationPreview(meeting_id, lines))


def apply_registration(
    database: Database, preview: RegistrationPreview, confirmed: Collection[int] | None = None
) -> Result[RegistrationSummary]:
    """Create the confirmed new people (line numbers; None: all) and list everyone.

    In one transaction, matching again first: a person created since the
    preview (or by a first run of the same file) is found, not duplicated.
    """
    created = added = already = unconfirmed = 0
    with database.transaction() as session:
        matcher = _Matcher(session, preview.meeting_id)
        context = checks.Context(matcher.day)
        for line in preview.lines:
            contact_id = matcher.contact(line)
            if isinstance(contact_id, FieldError):
                return Result.failure([contact_id])
            if contact_id is None:
                if confirmed is not None and line.line not in confirmed:
                    unconfirmed += 1
                    continue
                contact = _new_contact(session, line)
                if isinstance(contact, FieldError):
                    return Result.failure([contact])
                matcher.add_contact(to_columns(contact))
                contact_id, created = contact.id, created + 1
            if contact_id in matcher.listed:
                already += 1
                continue
            participant = Participant(
                new_id(),
                preview.meeting_id,
                contact_id,
                line.category,
                line.state_id,
                line.organisation_id,
                attendance=Attendance.REGISTERED,
            )
            errors = checks.check(session, participant, context)
            if errors:
                return Result.failure([FieldError(f"line {line.line}", e.message) for e in errors])
            checks.write(session, participant)
            matcher.listed.add(contact_id)
            added += 1
    return Result.success(RegistrationSummary(created, added, already, unconfirmed))


def _new_contact(session: Session, line: RegistrationLine) -> Contact | FieldError:
    contact = Contact(
        new_id(),
        line.name,
        title=line.title,
        email=line.email,
        state_id=line.state_id,
        organisation_id=line.organisation_id,
    )
    errors = validate_contact(contact)
    if errors:
        return FieldError(f"line {line.line}", f"{errors[0].field}: {errors[0].message}")
    repo.insert_contact(session, to_columns(contact))
    return contact
