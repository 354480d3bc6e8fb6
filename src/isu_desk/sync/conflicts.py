"""Reviewing and resolving conflicts: keeping either side is a normal, captured write.

Keeping the other (losing) side writes it with a fresh stamp, so the choice
wins everywhere and syncs like any edit; the conflict row is marked resolved
(a replicated update too). Keeping the current side only marks it resolved.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from isu_desk.storage.sync_models import SyncConflict
from isu_desk.sync.apply import captured_columns, load_states, replicated_table
from isu_desk.sync.merge import Knowledge, Merger, RecordState


@dataclass(frozen=True, slots=True)
class ConflictView:
    """One conflict as the Conflicts view and ``isu-desk conflicts list`` show it."""

    id: str
    entity: str
    record_id: str
    field: str
    current_value: Any
    other_value: Any
    other_hlc: str
    other_workstation: str
    current_hlc: str
    current_workstation: str
    record_exists: bool
    status: str
    resolution: str
    label: str = ""

    @property
    def is_delete(self) -> bool:
        """The other side was a deletion of the whole record."""
        return self.field == ""


def _current(session: Session, entity: str, record_id: str) -> dict[str, Any] | None:
    table = replicated_table(entity)
    names = captured_columns(table)
    row = (
        session.connection()
        .exec_driver_sql(f"SELECT {', '.join(names)} FROM {table.name} WHERE id = ?", (record_id,))
        .first()
    )
    return dict(zip(names, row, strict=True)) if row is not None else None


def view(session: Session, row: SyncConflict) -> ConflictView:
    current = _current(session, row.entity, row.record_id)
    value = None if current is None or not row.field else current.get(row.field)
    known = (
        current if current is not None else _history(session, row.entity, row.record_id).values()
    )
    label = str(known.get("name") or known.get("role") or row.record_id[:8])
    return ConflictView(
        row.id, row.entity, row.record_id, row.field, value, json.loads(row.losing_value),
        row.losing_hlc, row.losing_workstation, row.winning_hlc, row.winning_workstation,
        current is not None, row.status, row.resolution, label,
    )  # fmt: skip


def _history(session: Session, entity: str, record_id: str) -> RecordState:
    merger = Merger(Knowledge(""))
    return load_states(session.connection(), merger, [(entity, record_id)])[(entity, record_id)]


def _restore(session: Session, row: SyncConflict) -> None:
    """Bring a deleted record back with its last values and the kept field value."""
    state = _history(session, row.entity, row.record_id)
    table = replicated_table(row.entity)
    values = state.values()
    values[row.field] = json.loads(row.losing_value)
    names = [n for n in captured_columns(table) if n in values]
    marks = ", ".join("?" * (len(names) + 1))
    session.connection().exec_driver_sql(
        f"INSERT INTO {table.name} (id, {', '.join(names)}) VALUES ({marks})",
        (row.record_id, *(values[n] for n in names)),
    )


def _keep_other(session: Session, row: SyncConflict) -> None:
    connection = session.connection()
    table = replicated_table(row.entity)
    exists = _current(session, row.entity, row.record_id) is not None
    if not row.field:
        if exists:
            connection.exec_driver_sql(f"DELETE FROM {table.name} WHERE id = ?", (row.record_id,))
    elif exists:
        connection.exec_driver_sql(
            f"UPDATE {table.name} SET {row.field} = ? WHERE id = ?",
            (json.loads(row.losing_value), row.record_id),
        )
    else:
        _restore(session, row)


def resolve(session: Session, conflict_id: str, keep: str) -> str | None:
    """Apply the user's choice; an error message (nothing changed) or ``None``."""
    row = session.get(SyncConflict, conflict_id)
    if row is None:
        return f"There is no conflict {conflict_id}."
    if row.status == "resolved":
        return "This conflict was already resolved."
    if keep not in ("current", "other"):
        return "Choose to keep the current or the other value."
    if row.field and row.field not in captured_columns(replicated_table(row.entity)):
        return f"The field {row.field} does not exist in {row.entity}."
    if keep == "other":
        try:
            with session.begin_nested():
                _keep_other(session, row)
        except IntegrityError:
            if not row.field:
                return "Other records still point at this record, so it cannot be deleted."
            return "The record cannot be restored: a record it points at no longer exists."
    row.status, row.resolution = "resolved", keep
    if keep == "other" and not row.field:
        _close_with_record(session, row)
    session.flush()
    return None


def _close_with_record(session: Session, deleted: SyncConflict) -> None:
    """The record is gone by the user's choice: its other open conflicts go with it."""
    query = select(SyncConflict).where(
        SyncConflict.entity == deleted.entity,
        SyncConflict.record_id == deleted.record_id,
        SyncConflict.status == "open",
        SyncConflict.id != deleted.id,
    )
    for other in session.scalars(query):
        other.status, other.resolution = "resolved", "deleted"
