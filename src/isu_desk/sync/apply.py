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
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import compress
from json import encoder as json_encoder
from operator import attrgetter
from typing import Any

from sqlalchemy import Connection, Table
from sqlalchemy.orm import Session

from isu_desk.storage.capture import capture_suspended
from isu_desk.storage.changelog import uncaptured
from isu_desk.storage.models import Base
from isu_desk.sync.merge import Conflict, Incoming, Merger, RecordState, Stamp

_CHUNK = 500
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
Key = tuple[str, str]
_BY_STAMP, _KEY = attrgetter("stamp.hlc"), attrgetter("entity", "record_id")


def _fields_encoder() -> Callable[[dict[str, Any]], str]:
    """The compact JSON text of an entry's fields, as ``_ENCODER.encode`` writes it.

    ``JSONEncoder.encode`` builds json's C encoder anew on every call, half
    the cost of encoding a small dict; this one is built once. It skips the
    circular-reference check (whose state one failed call would leave behind):
    fields hold plain values only, checked on arrival.
    """
    make = getattr(json_encoder, "c_make_encoder", None)
    if make is None:  # a Python without json's C accelerator
        return _ENCODER.encode
    encoder = make(
        None, _ENCODER.default, json_encoder.encode_basestring, None, ":", ",", False, False, True
    )
    join = "".join
    return lambda fields: join(encoder(fields, 0))


_encode_fields = _fields_encoder()


def replicated_table(entity: str) -> Table:
    table = Base.metadata.tables.get(entity)
    if table is None or not table.info.get("replicated"):
        raise ValueError(f"not a replicated table: {entity!r}")
    return table


def captured_columns(table: Table) -> list[str]:
    return list(_captured(table))


@cache
def _captured(table: Table) -> tuple[str, ...]:
    """The captured columns of a table, in table order (read once: a sync writes many rows)."""
    return tuple(c.name for c in table.columns if c.name != "id" and c.computed is None)


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
    for key in keys:
        if key not in states:
            states[key] = RecordState(*key)
            by_entity[key[0]].append(key[1])
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
    """The row the state adds up to, in table order; ``None`` when deleted or not complete yet."""
    if not state.alive:
        return None
    data = state.data
    try:  # the usual case: every column is in the record's history
        return {name: data[name] for name in _captured(table)}
    except KeyError:
        pass
    row: dict[str, Any] = {}
    for name, fallback in _shape(table):
        if name in data:
            row[name] = data[name]
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
    # Consecutive updates of the same columns, written as one executemany (in order).
    _updates: tuple[str, list[tuple[Any, ...]]] = field(
        default_factory=lambda: ("", []), init=False, repr=False
    )

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
            self._flush()
            self._insert(table, inserts)

    def force(self, table: Table, record_id: str, row: dict[str, Any]) -> None:
        """Write ``row`` whatever the record's state says (a record still pointed at)."""
        old = _current_rows(self.connection, table, [record_id]).get(record_id)
        inserts: list[tuple[Any, ...]] = []
        self._write_one(table, record_id, old, row, inserts)
        self._flush()
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
                self._flush()
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
            inserts.append((record_id, *row.values()))  # the row is in table order
            return
        changed = {name: value for name, value in row.items() if old.get(name) != value}
        if changed:
            assignments = ", ".join(f"{name} = ?" for name in changed)
            sql = f"UPDATE {table.name} SET {assignments} WHERE id = ?"
            if sql != self._updates[0]:
                self._flush()
                self._updates = (sql, [])
            self._updates[1].append((*changed.values(), record_id))

    def _flush(self) -> None:
        """Write the updates held back so far (before any other write, so the order holds)."""
        sql, rows = self._updates
        if rows:
            _executemany(self.connection, sql, rows)
        self._updates = ("", [])


def _log(connection: Connection, applied: Sequence[Incoming]) -> None:
    """Append the applied entries to the local log with their remote stamps.

    Written with one driver-level executemany (this is the hot path of a
    large sync).
    """
    encode = _encode_fields
    rows = [
        (entity, record_id, op, encode(fields), *stamp)  # stamp: hlc, workstation_id
        for entity, record_id, op, fields, stamp, _ in applied
    ]
    if not rows:
        return
    sql = (
        "INSERT INTO change_log (entity, record_id, op, fields, hlc, workstation_id) "
        "VALUES (?, ?, ?, ?, ?, ?)"
    )
    own = connection.exec_driver_sql("SELECT isu_workstation()").scalar()
    if own in {row[5] for row in rows}:  # our own changes back (after a restore)
        _executemany(connection, sql, rows)
        return
    # The log's "after the latest stamp" trigger only restamps this workstation's
    # own entries: for others' it would test and do nothing, twice per row.
    with capture_suspended(connection.info["isu_flags"]):
        _executemany(connection, sql, rows)


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
    ordered = sorted(incoming, key=_BY_STAMP)
    keys: list[Key] = list(map(_KEY, ordered))
    for entity in {key[0] for key in keys}:
        replicated_table(entity)  # refuses a table that is not replicated
    held = pending_keys(connection)
    states = load_states(connection, merger, [*keys, *held, *deleted_here])
    # Each entry folded into its record's state, in stamp order (loops in C: a
    # large sync folds hundreds of thousands of entries).
    folded = list(map(merger.fold, map(states.__getitem__, keys), ordered))
    applied = list(compress(ordered, folded))
    if not applied and not held and not deleted_here:
        return ApplyOutcome([], [], set())
    touched = set(compress(keys, folded)) | set(held)
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
