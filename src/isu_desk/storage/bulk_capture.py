"""Bulk inserts whose change log is written set-based, not by a trigger per row.

An import of 100,000 records fires the insert trigger 100,000 times (each a
trigger program and three SQL function calls). Here the rows go in with
capture suspended on this connection, then one ``INSERT … SELECT`` writes the
change log rows the trigger would have written: same entity, id, operation,
fields (the same ``json_object`` over the same columns, read from the table as
the migrations read it) and workstation, one fresh clock stamp per row in
insertion order. So a packet carries exactly what it carried before.

A large batch (at least :data:`REBUILD_MIN` rows and half the table) is
cheaper to index once than row by row: the table's own non-unique indexes (and
its insert trigger, which would only find capture suspended) are dropped before
the insert and created again, from their stored SQL, after it, in the same
transaction (a unique index stays, so a duplicate is refused as before).
Records whose ids already have change-log rows (deleted and inserted again)
go in through the triggers, row by row: each is stamped after its latest stamp
and the stamps still rise with the log's order.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table, insert

from isu_desk.storage.capture import (
    AFTER_LATEST,
    CaptureState,
    ConnectionFlags,
    _json_fields,
    capture_suspended,
)
from isu_desk.storage.triggers import captured_columns_of

REBUILD_MIN = 1000  # below this many rows, per-row index upkeep is as cheap as a rebuild
_NEXT_STAMP = "isu_bulk_stamp"  # registered for one statement


def insert_captured(
    connection: Connection, table: Table, rows: Sequence[Mapping[str, Any]]
) -> None:
    """Insert ``rows`` into a replicated ``table`` in one executemany, logged set-based."""
    if not rows:
        return
    keys = tuple(rows[0])
    stored = {column.name for column in table.columns if column.computed is None}
    plain = all(table.columns[key].type.bind_processor(connection.dialect) is None for key in keys)
    if plain and set(keys) == stored and len(keys) >= 2:
        values = itemgetter(*keys)  # all plain text: skip SQLAlchemy's binding
        insert_values(connection, table, keys, [values(row) for row in rows])
        return
    ids = [row.get("id") for row in rows]
    _insert_logged(
        connection, table.name, ids, lambda: connection.execute(insert(table), list(rows))
    )


def insert_values(
    connection: Connection, table: Table, keys: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """Insert ``rows`` (values of ``keys``, which name ``id``, as the driver binds them)
    into a replicated ``table`` in one executemany, logged set-based."""
    if not rows:
        return
    slot = list(keys).index("id")
    statement = (
        f"INSERT INTO {table.name} ({', '.join(keys)}) VALUES ({', '.join('?' * len(keys))})"
    )
    ids = [row[slot] for row in rows]
    _insert_logged(connection, table.name, ids, lambda: connection.exec_driver_sql(statement, rows))


def _insert_logged(
    connection: Connection, name: str, ids: Sequence[str | None], run: Callable[[], Any]
) -> None:
    """Run the insert of the records ``ids`` into ``name`` and log them set-based."""
    flags: ConnectionFlags = connection.info["isu_flags"]
    if flags.capture and _logged_before(connection, name, ids):
        # A record with history: the triggers log it (and stamp it after its latest
        # stamp) row by row, as for any other insert.
        run()
        return
    before = int(
        connection.exec_driver_sql(f"SELECT coalesce(max(rowid), 0) FROM {name}").scalar() or 0
    )
    rebuild = len(ids) >= max(REBUILD_MIN, before // 2)
    with _set_aside(connection, name, rebuild):
        if not flags.capture:  # already uncaptured (sync's apply): nothing to log
            run()
            return
        with capture_suspended(flags):
            run()
    _log_inserted(connection, flags, name, before)


def _logged_before(connection: Connection, name: str, ids: Sequence[str | None]) -> bool:
    """Whether any of these ids already has change-log rows (a record deleted and back)."""
    found = connection.exec_driver_sql(
        "SELECT EXISTS (SELECT 1 FROM json_each(?) AS new JOIN change_log AS c "
        "ON c.entity = ? AND c.record_id = new.value)",
        (json.dumps([record_id for record_id in ids if record_id]), name),
    ).scalar()
    return bool(found)


def _log_inserted(connection: Connection, flags: ConnectionFlags, name: str, before: int) -> None:
    """The change-log rows the insert trigger would have written for rows after ``before``.

    Every id is new to the log (see :func:`_logged_before`), so the log's
    after-latest trigger has nothing to do for them (it is set aside, as it
    would ask, per row, whether capture is on), and the stamps ``isu_hlc()``
    would hand out one by one are made at once.
    """
    columns = captured_columns_of(
        connection.exec_driver_sql(f"PRAGMA table_xinfo({name})").fetchall(), name
    )
    state: CaptureState = connection.info["isu_capture_state"]
    count = connection.exec_driver_sql(
        f"SELECT count(*) FROM {name} WHERE rowid > ?", (before,)
    ).scalar_one()
    driver: Any = connection.connection.driver_connection  # sqlite3 or SQLCipher's, same API
    driver.create_function(_NEXT_STAMP, 0, iter(state.next_stamps(count)).__next__)
    try:
        with capture_suspended(flags), _dropped(connection, (AFTER_LATEST,)):
            connection.exec_driver_sql(
                "INSERT INTO change_log (entity, record_id, op, fields, hlc, workstation_id) "
                f"SELECT '{name}', id, 'upsert', {_json_fields(columns, name)}, {_NEXT_STAMP}(), ? "
                f"FROM {name} WHERE rowid > ? ORDER BY rowid",
                (state.workstation_id, before),
            )
    finally:
        driver.create_function(_NEXT_STAMP, 0, None)


@contextmanager
def _set_aside(connection: Connection, name: str, rebuild: bool) -> Iterator[None]:
    """Within the block ``name`` has neither its own non-unique indexes nor its insert
    trigger (which would only test, per row, that capture is suspended); after it
    they are created again from their stored SQL, in the same transaction."""
    if not rebuild:
        yield
        return
    secondary = [
        row[1]
        for row in connection.exec_driver_sql(f"PRAGMA index_list({name})").fetchall()
        if row[3] == "c" and not row[2] and not row[4]  # CREATE INDEX, not unique, not partial
    ]
    with _dropped(connection, (*secondary, f"capture_{name}_insert")):
        yield


@contextmanager
def _dropped(connection: Connection, names: Sequence[str]) -> Iterator[None]:
    """The indexes and triggers ``names`` dropped within the block, created again
    after it from their stored SQL (in the same transaction)."""
    kept = connection.exec_driver_sql(
        "SELECT type, name, sql FROM sqlite_master "
        f"WHERE name IN ({', '.join('?' * len(names))}) ORDER BY type, name",
        tuple(names),
    ).fetchall()
    for kind, object_name, _ in kept:
        connection.exec_driver_sql(f'DROP {kind.upper()} "{object_name}"')
    try:
        yield
    finally:  # also after a refused row: a caller that goes on must find them all
        present = {
            row[0]
            for row in connection.exec_driver_sql(
                f"SELECT name FROM sqlite_master WHERE name IN ({', '.join('?' * len(names))})",
                tuple(names),
            )
        }
        for _, object_name, statement in kept:
            if object_name not in present:  # a rolled-back transaction has them already
                connection.exec_driver_sql(statement)
