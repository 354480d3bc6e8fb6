"""Reading and replaying the change log.

:func:`apply_entry` writes one entry into the tables exactly as the capture
triggers recorded it. It is what sync applies and what the property tests
replay into an empty database to prove the log is complete. It writes with
capture suspended on its connection: the caller logs the entry itself.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from isu_desk.storage.capture import ConnectionFlags, capture_suspended
from isu_desk.storage.models import Base, ChangeEntry


@dataclass(frozen=True, slots=True)
class Change:
    """One change-log entry as plain values."""

    entity: str
    record_id: str
    op: str
    fields: dict[str, Any]
    hlc: str
    workstation_id: str


def _table(entity: str) -> Table:
    table = Base.metadata.tables.get(entity)
    if table is None or not table.info.get("replicated"):
        raise ValueError(f"not a replicated table: {entity!r}")
    return table


def read_changes(session: Session, after_seq: int = 0) -> Iterator[Change]:
    """Entries in log order after ``after_seq``."""
    rows = session.scalars(
        select(ChangeEntry).where(ChangeEntry.seq > after_seq).order_by(ChangeEntry.seq)
    )
    for row in rows:
        yield Change(
            row.entity, row.record_id, row.op, json.loads(row.fields), row.hlc, row.workstation_id
        )


@contextmanager
def uncaptured(session: Session) -> Iterator[None]:
    """Suspend the capture triggers on this session's connection."""
    flags: ConnectionFlags = session.connection().info["isu_flags"]
    with capture_suspended(flags):
        yield


def _checked_columns(table: Table, names: Iterable[str]) -> list[str]:
    known = {c.name for c in table.columns if c.computed is None and c.name != "id"}
    names = list(names)
    unknown = [n for n in names if n not in known]
    if unknown:
        raise ValueError(f"unknown fields for {table.name}: {unknown}")
    return names


def apply_entry(session: Session, change: Change) -> None:
    """Write one change into its table (insert, update or delete), uncaptured.

    Values are the raw column values the triggers logged (dates as ISO text,
    booleans as 0/1), so they are written with driver-level SQL, untouched.
    Field names are checked against the table: a packet cannot name a column.
    """
    table = _table(change.entity)
    columns = _checked_columns(table, change.fields)
    connection = session.connection()
    with uncaptured(session):
        if change.op == "delete":
            connection.exec_driver_sql(
                f"DELETE FROM {table.name} WHERE id = ?", (change.record_id,)
            )
            return
        values = tuple(change.fields[c] for c in columns)
        exists = connection.exec_driver_sql(
            f"SELECT 1 FROM {table.name} WHERE id = ?", (change.record_id,)
        ).first()
        if exists is None:
            names = ", ".join(["id", *columns])
            marks = ", ".join("?" * (len(columns) + 1))
            connection.exec_driver_sql(
                f"INSERT INTO {table.name} ({names}) VALUES ({marks})", (change.record_id, *values)
            )
        elif columns:
            assignments = ", ".join(f"{c} = ?" for c in columns)
            connection.exec_driver_sql(
                f"UPDATE {table.name} SET {assignments} WHERE id = ?", (*values, change.record_id)
            )


def table_contents(session: Session, entity: str) -> list[dict[str, Any]]:
    """Every row of a replicated table as raw column values, by id (for comparisons)."""
    table = _table(entity)
    names = [c.name for c in table.columns if c.computed is None]
    result = session.connection().exec_driver_sql(
        f"SELECT {', '.join(names)} FROM {table.name} ORDER BY id"
    )
    return [dict(zip(names, row, strict=True)) for row in result]
