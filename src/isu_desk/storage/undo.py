"""Reversing a run of change-log rows: each record's state before them, written back.

The state before is folded from the record's earlier entries in stamp order
(the order merge uses). It is written back through the capture triggers, so
an undo is itself a change that is logged and synced like any other.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from isu_desk.storage.changelog import _checked_columns, _table


@dataclass(frozen=True)
class Touched:
    """One record a run of entries changed, and the fields it set."""

    entity: str
    record_id: str
    fields: frozenset[str]


def touched(session: Session, first_seq: int, last_seq: int) -> list[Touched]:
    """The records entries ``first_seq``..``last_seq`` changed, the last changed first."""
    rows = session.connection().exec_driver_sql(
        "SELECT entity, record_id, fields FROM change_log WHERE seq BETWEEN ? AND ? ORDER BY seq",
        (first_seq, last_seq),
    )
    found: dict[tuple[str, str], set[str]] = {}
    for entity, record_id, fields in rows:
        found.setdefault((entity, record_id), set()).update(json.loads(fields))
        found[(entity, record_id)] = found.pop((entity, record_id))  # latest last
    return [Touched(e, r, frozenset(f)) for (e, r), f in reversed(found.items())]


def edited_elsewhere_since(session: Session, record: Touched, seq: int, me: str) -> bool:
    """Whether another workstation's change to the record arrived after ``seq``."""
    row = (
        session.connection()
        .exec_driver_sql(
            "SELECT 1 FROM change_log WHERE entity = ? AND record_id = ? AND seq > ? "
            "AND workstation_id != ? LIMIT 1",
            (record.entity, record.record_id, seq, me),
        )
        .first()
    )
    return row is not None


def state_before(session: Session, record: Touched, seq: int) -> dict[str, Any] | None:
    """The record's fields before entry ``seq`` (None: it did not exist)."""
    rows = session.connection().exec_driver_sql(
        "SELECT op, fields FROM change_log WHERE entity = ? AND record_id = ? AND seq < ? "
        "ORDER BY hlc, seq",
        (record.entity, record.record_id, seq),
    )
    state: dict[str, Any] | None = None
    for op, fields in rows:
        state = None if op == "delete" else {**(state or {}), **json.loads(fields)}
    return state


def write_back(session: Session, record: Touched, before: dict[str, Any] | None) -> None:
    """Make the record as it was: deleted, re-created, or its changed fields reset (captured)."""
    table = _table(record.entity)
    connection = session.connection()
    exists = connection.exec_driver_sql(
        f"SELECT 1 FROM {table.name} WHERE id = ?", (record.record_id,)
    ).first()
    if before is None:
        if exists:
            connection.exec_driver_sql(
                f"DELETE FROM {table.name} WHERE id = ?", (record.record_id,)
            )
        return
    if exists is None:
        columns = _checked_columns(table, before)
        names = ", ".join(["id", *columns])
        marks = ", ".join("?" * (len(columns) + 1))
        values = (record.record_id, *(before[c] for c in columns))
        connection.exec_driver_sql(f"INSERT INTO {table.name} ({names}) VALUES ({marks})", values)
        return
    columns = _checked_columns(table, sorted(record.fields & before.keys()))
    if columns:
        assignments = ", ".join(f"{c} = ?" for c in columns)
        values = (*(before[c] for c in columns), record.record_id)
        connection.exec_driver_sql(f"UPDATE {table.name} SET {assignments} WHERE id = ?", values)
