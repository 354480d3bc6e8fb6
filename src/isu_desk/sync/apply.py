"""Applying merged changes to the local tables, in one transaction, uncaptured.

Every touched record is rebuilt from its whole change history (see
:mod:`isu_desk.sync.merge`), so applying is idempotent and order-independent.
Foreign keys are checked at commit (``defer_foreign_keys``); before that, a
record that points at a deleted record brings that record back (and the lost
delete becomes a conflict), and a record that points at one not yet received
is held in ``sync_pending`` until it arrives.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import Connection, Table
from sqlalchemy.orm import Session

from isu_desk.storage.changelog import uncaptured
from isu_desk.storage.models import Base
from isu_desk.sync.merge import Conflict, Incoming, Merger, RecordState, Stamp

_CHUNK = 500
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
Key = tuple[str, str]


def replicated_table(entity: str) -> Table:
    table = Base.metadata.tables.get(entity)
    if table is None or not table.info.get("replicated"):
        raise ValueError(f"not a replicated table: {entity!r}")
    return table


def captured_columns(table: Table) -> list[str]:
    return [c.name for c in table.columns if c.name != "id" and c.computed is None]


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _executemany(connection: Connection, sql: str, rows: Sequence[tuple[Any, ...]]) -> None:
    """Many rows through the driver itself, in the connection's open transaction (hot path)."""
    cursor = connection.connection.cursor()
    try:
        cursor.executemany(sql, rows)
    finally:
        cursor.close()


def _marks(count: int) -> str:
    return ", ".join("?" * count)


def load_states(
    connection: Connection, merger: Merger, keys: Iterable[Key]
) -> dict[Key, RecordState]:
    """Each record's state from its history in the local change log."""
    by_entity: dict[str, list[str]] = defaultdict(list)
    states: dict[Key, RecordState] = {}
    for entity, record_id in keys:
        if (entity, record_id) not in states:
            states[(entity, record_id)] = RecordState(entity, record_id)
            by_entity[entity].append(record_id)
    for entity, ids in by_entity.items():
        for chunk in _chunks(ids):
            rows = connection.exec_driver_sql(
                "SELECT record_id, op, fields, hlc, workstation_id FROM change_log "
                f"WHERE entity = ? AND record_id IN ({_marks(len(chunk))}) ORDER BY seq",
                (entity, *chunk),
            )
            for record_id, op, fields, hlc, workstation in rows:
                entry = Incoming(entity, record_id, op, json.loads(fields), Stamp(hlc, workstation))
                merger.replay(states[(entity, record_id)], [entry])
    return states


def _current_rows(
    connection: Connection, table: Table, ids: Sequence[str]
) -> dict[str, dict[str, Any]]:
    names = captured_columns(table)
    rows: dict[str, dict[str, Any]] = {}
    for chunk in _chunks(ids):
        result = connection.exec_driver_sql(
            f"SELECT id, {', '.join(names)} FROM {table.name} WHERE id IN ({_marks(len(chunk))})",
            tuple(chunk),
        )
        for row in result:
            rows[row[0]] = dict(zip(names, row[1:], strict=True))
    return rows


_MISSING = object()


def _fallback(column: Any) -> Any:
    """What a column holds when a packet does not name it: NULL, its default, or nothing.

    A workstation with an older schema does not send columns added since; a
    scalar default (as the ORM would write it) keeps its records whole.
    """
    if column.nullable:
        return None
    default = column.default
    if default is not None and getattr(default, "is_scalar", False):
        value = default.arg
        return int(value) if isinstance(value, bool) else value
    return _MISSING


@cache
def _shape(table: Table) -> tuple[tuple[str, Any], ...]:
    """Each captured column with its fallback value."""
    return tuple(
        (c.name, _fallback(c)) for c in table.columns if c.name != "id" and c.computed is None
    )


def desired_row(table: Table, state: RecordState) -> dict[str, Any] | None:
    """The row the state adds up to; ``None`` when deleted or not complete yet."""
    if not state.alive:
        return None
    fields = state.fields
    row: dict[str, Any] = {}
    for name, fallback in _shape(table):
        held = fields.get(name)
        if held is not None:
            row[name] = held.value
        elif fallback is _MISSING:
            return None
        else:
            row[name] = fallback
    return row


@dataclass
class Writer:
    """Brings table rows in line with record states; remembers what it wrote."""

    connection: Connection
    alive: dict[Key, dict[str, Any]] = field(default_factory=dict)
    removed: set[Key] = field(default_factory=set)
    removed_rows: dict[Key, dict[str, Any]] = field(default_factory=dict)
    before: dict[Key, dict[str, Any] | None] = field(default_factory=dict)

    def write(self, states: Iterable[RecordState]) -> None:
        by_entity: dict[str, list[RecordState]] = defaultdict(list)
        for state in states:
            by_entity[state.entity].append(state)
        for entity, group in by_entity.items():
            table = replicated_table(entity)
            current = _current_rows(self.connection, table, [s.record_id for s in group])
            inserts: list[tuple[Any, ...]] = []
            for state in group:
                row = desired_row(table, state)
                self._write_one(table, state.record_id, current.get(state.record_id), row, inserts)
            self._insert(table, inserts)

    def force(self, table: Table, record_id: str, row: dict[str, Any]) -> None:
        """Write ``row`` whatever the record's state says (a record still pointed at)."""
        old = _current_rows(self.connection, table, [record_id]).get(record_id)
        inserts: list[tuple[Any, ...]] = []
        self._write_one(table, record_id, old, row, inserts)
        self._insert(table, inserts)

    def hold(self, table: Table, record_id: str) -> None:
        """Leave the change out for now (what it points at has not arrived).

        A record that existed before this apply keeps its row as it was (its
        own children may point at it); only a row this apply inserted goes.
        """
        key = (table.name, record_id)
        self.alive.pop(key, None)
        if key not in self.before:
            return
        before = self.before.pop(key)
        if before is None:
            self.connection.exec_driver_sql(f"DELETE FROM {table.name} WHERE id = ?", (record_id,))
            return
        assignments = ", ".join(f"{name} = ?" for name in before)
        self.connection.exec_driver_sql(
            f"UPDATE {table.name} SET {assignments} WHERE id = ?", (*before.values(), record_id)
        )

    def _insert(self, table: Table, inserts: list[tuple[Any, ...]]) -> None:
        if inserts:
            names = ["id", *captured_columns(table)]
            _executemany(
                self.connection,
                f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({_marks(len(names))})",
                inserts,
            )

    def _write_one(
        self,
        table: Table,
        record_id: str,
        old: dict[str, Any] | None,
        row: dict[str, Any] | None,
        inserts: list[tuple[Any, ...]],
    ) -> None:
        key = (table.name, record_id)
        self.before.setdefault(key, old)
        if row is None:
            self.alive.pop(key, None)
            if old is not None:
                self.connection.exec_driver_sql(
                    f"DELETE FROM {table.name} WHERE id = ?", (record_id,)
                )
                self.removed.add(key)
                self.removed_rows[key] = old
            return
        self.alive[key] = row
        self.removed.discard(key)
        self.removed_rows.pop(key, None)
        if old is None:
            inserts.append((record_id, *(row[name] for name in captured_columns(table))))
            return
        changed = {name: value for name, value in row.items() if old.get(name) != value}
        if changed:
            assignments = ", ".join(f"{name} = ?" for name in changed)
            self.connection.exec_driver_sql(
                f"UPDATE {table.name} SET {assignments} WHERE id = ?",
                (*changed.values(), record_id),
            )


def _log(connection: Connection, applied: Sequence[Incoming]) -> None:
    """Append the applied entries to the local log with their remote stamps.

    Written with one driver-level executemany (this is the hot path of a
    large sync).
    """
    encode = _ENCODER.encode
    rows = [
        (e.entity, e.record_id, e.op, encode(e.fields), e.stamp.hlc, e.stamp.workstation_id)
        for e in applied
    ]
    if rows:
        _executemany(
            connection,
            "INSERT INTO change_log (entity, record_id, op, fields, hlc, workstation_id) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            rows,
        )


@dataclass
class ApplyOutcome:
    """What one apply changed."""

    applied: list[Incoming]
    conflicts: list[Conflict]
    entities: set[str]


def apply_changes(
    session: Session,
    incoming: Sequence[Incoming],
    merger: Merger,
    deleted_here: Sequence[Key] = (),
) -> ApplyOutcome:
    """Merge ``incoming`` into the local tables and log; one transaction (the caller's).

    ``deleted_here`` names records deleted locally since the last sync: a
    record kept only because one of them pointed at it is released too.
    """
    from isu_desk.sync.references import fix_references, pending_keys

    connection = session.connection()
    connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    ordered = sorted(incoming, key=lambda entry: entry.stamp.hlc)
    keys = [(e.entity, e.record_id) for e in ordered]
    for entry in ordered:
        replicated_table(entry.entity)
    held = pending_keys(connection)
    states = load_states(connection, merger, [*keys, *held, *deleted_here])
    applied = [e for e in ordered if merger.fold(states[(e.entity, e.record_id)], e)]
    if not applied and not held and not deleted_here:
        return ApplyOutcome([], [], set())
    touched = {(e.entity, e.record_id) for e in applied} | set(held)
    with uncaptured(session):
        writer = Writer(connection)
        writer.write(states[key] for key in touched)
        for key in deleted_here:
            if key not in touched and not states[key].alive:
                writer.removed_rows[key] = states[key].values()
        fix_references(connection, merger, writer, states)
    _log(connection, applied)
    entities = {e.entity for e in applied}
    return ApplyOutcome(applied, merger.meaningful(states), entities)
