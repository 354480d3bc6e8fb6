"""Meetings use cases: meetings, agenda items, documents and participants; search and
the Coordination Committee composition.

Each call is one transaction. Saving validates the record alone and against
the database and returns the errors instead of writing anything.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from isu_desk.capabilities.meetings.directory import OfficeRole, OrganisationKind, State
from isu_desk.capabilities.meetings.domain.records import (
    AgendaItem,
    DelegationCategory,
    Document,
    Meeting,
    MeetingKind,
    Participant,
)
from isu_desk.capabilities.meetings.domain.rules import (
    agenda_sort_key,
    category_of_organisation,
    category_of_state,
)
from isu_desk.capabilities.meetings.domain.symbols import symbol_sort_key, valid_prefix
from isu_desk.capabilities.meetings.services import checks
from isu_desk.capabilities.meetings.storage import repo, search
from isu_desk.domain.errors import FieldError, RecordNotFound, Result
from isu_desk.domain.ids import is_uuid
from isu_desk.storage import settings
from isu_desk.storage.database import Database
from isu_desk.storage.mapping import to_record

R = TypeVar("R")
Hit = search.Hit


@dataclass(frozen=True, slots=True)
class CommitteeMember:
    """One office holder serving on a date, with the meeting that elected them."""

    role: str
    theme: str
    state_name: str
    contact_name: str
    term_start: date
    term_end: date | None
    elected_at: str


class MeetingsService:
    """Meetings' records on one database (``today`` is injectable for tests)."""

    def __init__(self, database: Database, today: Callable[[], date] = date.today) -> None:
        self._db = database
        self._today = today

    # --- saving any record -------------------------------------------------------------

    def save(self, record: R) -> Result[R]:
        """Create (``id == ""``) or update a meeting, agenda item, document, participant,
        minutes text, decision or action point; errors come back, nothing is written."""
        with self._db.transaction() as session:
            context = checks.Context(self._today(), checks.symbol_prefix(session))
            prepared = checks.prepare(record)
            errors = checks.check(session, prepared, context)
            if errors:
                return Result.failure(errors)
            checks.write(session, prepared)
        return Result.success(prepared)

    def delete(self, cls: type, record_id: str) -> Result[Any]:
        """Delete a record nothing points at; returns it, so the caller can undo."""
        kind = checks.KIND_OF[cls]
        with self._db.transaction() as session:
            row = repo.get(session, kind, record_id)
            if row is None:
                return Result.failure([FieldError("", "This record was already deleted.")])
            refused = checks.delete_errors(session, kind, row)
            if refused:
                return Result.failure(refused)
            used = repo.references(session, kind, record_id)
            if used:
                listed = ", ".join(f"{n} {label}" for label, n in used.items())
                message = (
                    f"This {checks.LABELS[kind]} is still used by {listed}; remove those first."
                )
                return Result.failure([FieldError("", message)])
            record: Any = to_record(cls, row)
            repo.delete_row(session, kind, record_id)
        return Result.success(record)

    def delegation_category(
        self, meeting_id: str, *, state_id: str | None = None, organisation_id: str | None = None
    ) -> DelegationCategory:
        """The group a delegation is listed under at a meeting: a State by its status on the
        meeting's first day, an organisation by its kind (the window proposes it)."""
        with self._db.read() as session:
            meeting: Any = repo.get(session, "meetings", meeting_id)
            if state_id:
                state = to_record(State, repo.directory_row(session, "states", state_id))
                return category_of_state(state, meeting.start_date)
            org: Any = repo.directory_row(session, "organisations", str(organisation_id))
            return category_of_organisation(OrganisationKind(org.kind))

    def get(self, cls: type[R], record_id: str) -> R:
        kind = checks.KIND_OF[cls]
        with self._db.read() as session:
            row = repo.get(session, kind, record_id)
            if row is None:
                raise RecordNotFound(
                    f"{checks.LABELS[kind].capitalize()} {record_id} does not exist"
                )
            return to_record(cls, row)

    # --- meetings ------------------------------------------------------------------------

    def meetings(
        self, *, year: int | None = None, kind: MeetingKind | None = None, search: str = ""
    ) -> list[Meeting]:
        """Meetings newest first (the list of the Meetings section and ``meetings``)."""
        with self._db.read() as session:
            rows = repo.meetings(session, year=year, kind=kind.value if kind else "", search=search)
            return [to_record(Meeting, row) for row in rows]

    def find_meeting(self, code_or_id: str) -> Meeting | None:
        """A meeting by its code (13MSP, case ignored) or its id."""
        with self._db.read() as session:
            row = repo.meeting_by_code(session, code_or_id)
            if row is None and is_uuid(code_or_id):
                row = repo.get(session, "meetings", code_or_id)
            return None if row is None else to_record(Meeting, row)

    def next_meeting(self) -> Meeting | None:
        """The next meeting from today (the dashboard's "days to go")."""
        with self._db.read() as session:
            row = repo.next_planned(session, self._today())
            return None if row is None else to_record(Meeting, row)

    # --- agenda, documents, participants ---------------------------------------------------

    def agenda(self, meeting_id: str) -> list[AgendaItem]:
        """The agenda in the order written: 1, 2, 5, 5(a), 5(b), 10."""
        with self._db.read() as session:
            rows = repo.of_meeting(session, "agenda_items", meeting_id)
            items = [to_record(AgendaItem, row) for row in rows]
        return sorted(items, key=lambda item: (agenda_sort_key(item.number), item.id))

    def documents(self, meeting_id: str) -> list[Document]:
        """A meeting's documents in UN symbol order."""
        with self._db.read() as session:
            prefix = checks.symbol_prefix(session)
            rows = repo.of_meeting(session, "documents", meeting_id)
            docs = [to_record(Document, row) for row in rows]
        return sorted(docs, key=lambda doc: (symbol_sort_key(doc.symbol, prefix), doc.id))

    def participants(self, meeting_id: str) -> list[Participant]:
        with self._db.read() as session:
            rows = repo.of_meeting(session, "participants", meeting_id)
            return [to_record(Participant, row) for row in rows]

    def names(self) -> dict[str, str]:
        """Names of States, organisations, contacts and office holders by id (for display)."""
        with self._db.read() as session:
            return repo.names(session)

    # --- settings, search, composition ------------------------------------------------------

    def symbol_prefix(self) -> str:
        with self._db.read() as session:
            return checks.symbol_prefix(session)

    def set_symbol_prefix(self, prefix: str) -> Result[str]:
        """The convention's symbol prefix (CCM, APLC), a setting of this workstation."""
        prefix = prefix.strip().upper()
        if not valid_prefix(prefix):
            message = "The prefix is capital letters and digits, such as CCM or APLC."
            return Result.failure([FieldError("prefix", message)])
        with self._db.transaction() as session:
            settings.put(session, checks.PREFIX_SETTING, prefix)
        return Result.success(prefix)

    def search(self, query: str, limit: int = 50, meeting_id: str = "") -> list[Hit]:
        """Minutes, decisions, action points and documents matching every word (as a prefix),
        case and accents ignored, with the matching words marked in each snippet."""
        with self._db.read() as session:
            return search.search(session, query, limit, meeting_id)

    def set_elected_meeting(self, office_holder_id: str, meeting_id: str | None) -> Result[str]:
        """Record the meeting that elected an office holder (None clears it)."""
        with self._db.transaction() as session:
            if meeting_id and repo.get(session, "meetings", meeting_id) is None:
                return Result.failure([FieldError("meeting_id", "That meeting does not exist.")])
            if not repo.set_elected_meeting(session, office_holder_id, meeting_id):
                return Result.failure([FieldError("", "That office holder does not exist.")])
        return Result.success(office_holder_id)

    def committee_on(self, day: date) -> list[CommitteeMember]:
        """The Coordination Committee on ``day``: every office holder whose term runs then,
        the Presidency first, then the Coordinators by theme."""
        with self._db.read() as session:
            rows = repo.office_holders_on(session, day)
        order = [role.value for role in OfficeRole]
        rows.sort(key=lambda row: (order.index(row["role"]), row["theme"], row["state_name"]))
        return [
            CommitteeMember(
                role=str(row["role"]),
                theme=str(row["theme"] or ""),
                state_name=str(row["state_name"]),
                contact_name=str(row["contact_name"] or ""),
                term_start=row["term_start"],
                term_end=row["term_end"],
                elected_at=str(row["elected_at"] or ""),
            )
            for row in rows
        ]
