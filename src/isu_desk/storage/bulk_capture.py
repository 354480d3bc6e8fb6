"""Bulk inserts whose change log is written set-based, not by a trigger per row.

An import of 100,000 records fires the insert trigger 100,000 times (each a
trigger program and three SQL function calls). Here the rows go in with
capture suspended on this connection, then one ``INSERT … SELECT`` writes the
change log rows the trigger would have written: same entity, id, operation,
fields (the same ``json_object`` over the same columns, read from the table as
the migrations read it) and workstation, one fresh clock stamp per row in
insertion order. So a packet carries exactly what it carried before.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Table, insert

from isu_desk.storage.capture import ConnectionFlags, _json_fields, capture_suspended
from isu_desk.storage.triggers import captured_columns_of


def insert_captured(
    connection: Connection, table: Table, rows: Sequence[Mapping[str, Any]]
) -> None:
    """Insert ``rows`` into a replicated ``table`` in one executemany, logged set-based."""
    if not rows:
        return
    flags: ConnectionFlags = connection.info["isu_flags"]
    if not flags.capture:  # already uncaptured (sync's apply): nothing to log
        connection.execute(insert(table), list(rows))
        return
    name = table.name
    columns = captured_columns_of(
        connection.exec_driver_sql(f"PRAGMA table_xinfo({name})").fetchall(), name
    )
    before = connection.exec_driver_sql(f"SELECT coalesce(max(rowid), 0) FROM {name}").scalar()
    with capture_suspended(flags):
        connection.execute(insert(table), list(rows))
    connection.exec_driver_sql(
        "INSERT INTO change_log (entity, record_id, op, fields, hlc, workstation_id) "
        f"SELECT '{name}', id, 'upsert', {_json_fields(columns, name)}, isu_hlc(), "
        f"isu_workstation() FROM {name} WHERE rowid > ? ORDER BY rowid",
        (before,),
    )
