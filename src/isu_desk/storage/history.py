"""The history of one record, read from the change log, for any replicated table.

The change log holds every value each field ever had, stamped with the hybrid
logical clock and the workstation that wrote it, whether written here or
applied by sync; ``sync_conflicts`` holds the losing side of concurrent edits.
This module reads them back as plain values: the log entries of one record in
clock order (the order last-writer-wins decides in), the conflicts about it,
the names of the workstations, the records of a table that were deleted, and
the last known values of a record (what a re-insert brings back).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from isu_desk.storage import settings
from isu_desk.storage.models import Base, replicated_tables


@dataclass(frozen=True, slots=True)
class LoggedChange:
    """One change-log entry of a record: the raw column values it set, or a tombstone."""

    seq: int
    hlc: str
    workstation_id: str
    op: str
    fields: dict[str, Any]


@dataclass(frozen=True, slots=True)
class ConflictNote:
    """A conflict about one field (``""``: a lost delete) of a record."""

    field: str
    losing_hlc: str
    winning_hlc: str
    status: str
    resolution: str


def replicated(entity: str) -> Table:
    if entity not in replicated_tables():
        raise ValueError(f"not a replicated table: {entity!r}")
    return Base.metadata.tables[entity]


def record_log(session: Session, entity: str, record_id: str) -> list[LoggedChange]:
    """The record's entries in clock order (ties, which never happen, by log order)."""
    rows = session.connection().exec_driver_sql(
        "SELECT seq, hlc, workstation_id, op, fields FROM change_log "
        "WHERE entity = ? AND record_id = ? ORDER BY hlc, seq",
        (entity, record_id),
    )
    return [LoggedChange(seq, hlc, ws, op, json.loads(fields)) for seq, hlc, ws, op, fields in rows]


def record_conflicts(session: Session, entity: str, record_id: str) -> list[ConflictNote]:
    rows = session.connection().exec_driver_sql(
        "SELECT field, losing_hlc, winning_hlc, status, resolution FROM sync_conflicts "
        "WHERE entity = ? AND record_id = ?",
        (entity, record_id),
    )
    return [ConflictNote(*row) for row in rows]


def local_workstation(session: Session) -> str:
    return settings.get(session, "workstation_id") or ""


def workstation_names(session: Session) -> dict[str, str]:
    """Workstation id -> name: this one's from the settings, the others' from their packets."""
    names = {
        ws: name
        for ws, name in session.connection().exec_driver_sql(
            "SELECT workstation_id, name FROM sync_workstations WHERE name != ''"
        )
    }
    own = local_workstation(session)
    if own:
        names[own] = settings.get(session, "workstation_name") or names.get(own, "")
    return names


def last_values(log: Iterable[LoggedChange]) -> tuple[dict[str, Any], bool]:
    """Each field's latest value (entries in clock order) and whether the record is alive."""
    values: dict[str, Any] = {}
    alive = False
    for change in log:
        if change.op == "delete":
            alive = False
        else:
            values.update(change.fields)
            alive = True
    return values, alive


def current_row(session: Session, entity: str, record_id: str) -> dict[str, Any] | None:
    """The record's raw column values (as the log holds them), or ``None`` when absent."""
    table = replicated(entity)
    names = replicated_tables()[entity]
    row = (
        session.connection()
        .exec_driver_sql(f"SELECT {', '.join(names)} FROM {table.name} WHERE id = ?", (record_id,))
        .first()
    )
    return None if row is None else dict(zip(names, row, strict=True))


def deleted_ids(session: Session, entity: str) -> list[tuple[str, str]]:
    """(record id, stamp of its deletion) of every logged record no longer in the table."""
    table = replicated(entity)
    rows = session.connection().exec_driver_sql(
        "SELECT record_id, max(hlc) FROM change_log "
        f"WHERE entity = ? AND op = 'delete' AND record_id NOT IN (SELECT id FROM {table.name}) "
        "GROUP BY record_id ORDER BY max(hlc) DESC",
        (entity,),
    )
    return [(record_id, hlc) for record_id, hlc in rows]


def typed(entity: str, values: dict[str, Any], session: Session) -> dict[str, Any]:
    """Raw column values (ISO dates, 0/1, decimal text) as the model's Python values."""
    table = replicated(entity)
    dialect = session.get_bind().dialect
    out: dict[str, Any] = {}
    for name, value in values.items():
        process = table.columns[name].type.result_processor(dialect, None)
        out[name] = process(value) if process is not None and value is not None else value
    return out


def display_names(session: Session, entity: str, field: str, ids: Iterable[Any]) -> dict[str, str]:
    """For a field that points at another record: id -> that record's name, where it has one."""
    column = replicated(entity).columns[field]
    targets = {fk.column.table for fk in column.foreign_keys}
    wanted = sorted({i for i in ids if isinstance(i, str) and i})
    if not targets or not wanted:
        return {}
    target = targets.pop()
    if "name" not in target.columns:
        return {}
    marks = ", ".join("?" * len(wanted))
    rows = session.connection().exec_driver_sql(
        f"SELECT id, name FROM {target.name} WHERE id IN ({marks})", tuple(wanted)
    )
    return {record_id: name for record_id, name in rows}


def is_money(entity: str, field: str) -> bool:
    return type(replicated(entity).columns[field].type).__name__ == "DecimalText"


def write_raw(session: Session, entity: str, record_id: str, values: dict[str, Any]) -> str | None:
    """Write raw values as a captured change (update, or insert when absent), checked by
    the table's own constraints; a plain reason when they refuse it, nothing written."""
    table = replicated(entity)
    unknown = [n for n in values if n not in replicated_tables()[entity]]
    if unknown:
        return f"{entity} has no field {unknown[0]}."
    connection = session.connection()
    try:
        with session.begin_nested():
            if current_row(session, entity, record_id) is None:
                names = ["id", *values]
                connection.exec_driver_sql(
                    f"INSERT INTO {table.name} ({', '.join(names)}) "
                    f"VALUES ({', '.join('?' * len(names))})",
                    (record_id, *values.values()),
                )
            else:
                sets = ", ".join(f"{n} = ?" for n in values)
                connection.exec_driver_sql(
                    f"UPDATE {table.name} SET {sets} WHERE id = ?", (*values.values(), record_id)
                )
    except IntegrityError as exc:
        reason = str(exc.orig)
        if "FOREIGN KEY" in reason:
            return "A record it points at no longer exists."
        return f"The value breaks a rule of the data ({reason})."
    return None
