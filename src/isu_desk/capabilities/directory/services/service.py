"""Directory use cases: list, show, save and delete States, organisations, contacts
and office holders.

Each call is one transaction. Saving validates the record alone (domain rules)
and against the database (a code already used, a State that does not exist)
and returns the errors instead of writing anything.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any, TypeVar

from isu_desk.capabilities.directory.domain import (
    Contact,
    OfficeHolder,
    Organisation,
    State,
    validate_contact,
    validate_office_holder,
    validate_organisation,
    validate_state,
)
from isu_desk.capabilities.directory.storage import repository as repo
from isu_desk.domain.errors import FieldError, RecordNotFound, Result
from isu_desk.domain.ids import new_id
from isu_desk.domain.listing import ListQuery
from isu_desk.storage.database import Database
from isu_desk.storage.mapping import to_columns, to_record

R = TypeVar("R", State, Organisation, Contact, OfficeHolder)
DirectoryRecord = State | Organisation | Contact | OfficeHolder

KIND_OF: dict[type, str] = {
    State: "states",
    Organisation: "organisations",
    Contact: "contacts",
    OfficeHolder: "office_holders",
}
TYPE_OF: dict[str, type] = {kind: cls for cls, kind in KIND_OF.items()}
VALIDATORS: dict[type, Callable[[Any], list[FieldError]]] = {
    State: validate_state,
    Organisation: validate_organisation,
    Contact: validate_contact,
    OfficeHolder: validate_office_holder,
}
ALL = ListQuery()
LABELS = {
    "states": "State",
    "organisations": "Organisation",
    "contacts": "Contact",
    "office_holders": "Office holder",
}


class DirectoryService:
    """The Directory's use cases on one database."""

    def __init__(self, database: Database) -> None:
        self._db = database

    # --- reading -------------------------------------------------------------

    def page(
        self, kind: str, query: ListQuery, offset: int = 0, limit: int = 200
    ) -> list[dict[str, Any]]:
        with self._db.read() as session:
            return repo.page(session, kind, query, offset, limit)

    def count(self, kind: str, query: ListQuery = ALL) -> int:
        with self._db.read() as session:
            return repo.count(session, kind, query)

    def get(self, cls: type[R], record_id: str) -> R:
        with self._db.read() as session:
            row = repo.get(session, KIND_OF[cls], record_id)
            if row is None:
                raise RecordNotFound(f"{LABELS[KIND_OF[cls]]} {record_id} does not exist")
            return to_record(cls, row)

    def all(self, cls: type[R], query: ListQuery = ALL) -> list[R]:
        """Every record of a kind, in list order (for reports and export)."""
        kind = KIND_OF[cls]
        with self._db.read() as session:
            rows = repo.page(session, kind, query, 0, -1)
        return [to_record(cls, row) for row in rows]

    def choices(self, kind: str) -> list[tuple[str, str]]:
        """(id, name) pairs for a picker, sorted by name."""
        with self._db.read() as session:
            rows = repo.page(session, kind, ListQuery(sort="name"), 0, -1)
        return [(row["id"], row["name"]) for row in rows]

    # --- writing -------------------------------------------------------------

    def save(self, record: R) -> Result[R]:
        """Create (``id == ""``) or update a record; errors come back, nothing is written."""
        errors = VALIDATORS[type(record)](record)
        if errors:
            return Result.failure(errors)
        kind = KIND_OF[type(record)]
        with self._db.transaction() as session:
            errors = self._database_checks(session, record)
            if errors:
                return Result.failure(errors)
            if not record.id:
                record = replace(record, id=new_id())
            values = to_columns(record)
            if repo.get(session, kind, record.id) is None:
                repo.insert_row(session, kind, values)
            else:
                repo.update_row(session, kind, record.id, values)
        return Result.success(record)

    def delete(self, kind: str, record_id: str) -> Result[DirectoryRecord]:
        """Delete a record nothing points at; returns it, so the caller can undo."""
        with self._db.transaction() as session:
            row = repo.get(session, kind, record_id)
            if row is None:
                return Result.failure([FieldError("", "This record was already deleted.")])
            used = repo.references(session, kind, record_id)
            if used:
                listed = ", ".join(f"{n} {label}" for label, n in used.items())
                return Result.failure(
                    [
                        FieldError(
                            "",
                            f"{getattr(row, 'name', LABELS[kind])} is still used by "
                            f"{listed}; change or delete those first.",
                        )
                    ]
                )
            record: DirectoryRecord = to_record(TYPE_OF[kind], row)
            repo.delete_row(session, kind, record_id)
        return Result.success(record)

    def _database_checks(self, session: Any, record: DirectoryRecord) -> list[FieldError]:
        errors: list[FieldError] = []
        if isinstance(record, State):
            other = repo.state_by_iso3(session, record.iso3)
            if other is not None and other.id != record.id:
                errors.append(FieldError("iso3", f"{record.iso3} is already used by {other.name}."))
        for field, kind in _REFERENCE_FIELDS.get(type(record), ()):
            target = getattr(record, field)
            if target and repo.get(session, kind, target) is None:
                errors.append(
                    FieldError(field, f"The chosen {LABELS[kind].lower()} no longer exists.")
                )
        return errors


_REFERENCE_FIELDS: dict[type, Sequence[tuple[str, str]]] = {
    Contact: (("state_id", "states"), ("organisation_id", "organisations")),
    OfficeHolder: (("state_id", "states"), ("contact_id", "contacts")),
}
