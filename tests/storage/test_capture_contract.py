"""Contract over every replicated table: its triggers capture exactly the model's columns.

Migrations build the triggers from the table as it stands at migration time;
these tests compare what they built with the models: insert logs every
replicated column, update only the changed ones, delete a tombstone.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

import pytest
from sqlalchemy import Boolean, Date, Integer, Table

from isu_desk.storage.capture import trigger_ddl
from isu_desk.storage.database import Database
from isu_desk.storage.models import Base, replicated_tables

REPLICATED = replicated_tables()


def _sample(table: Table, column: str, n: int) -> Any:
    kind = table.columns[column].type
    if isinstance(kind, Boolean):
        return n % 2
    if isinstance(kind, Date):
        return f"2025-0{n + 1}-1{n}"
    if isinstance(kind, Integer):
        return 2025 + n
    if "Decimal" in type(kind).__name__:
        return f"{n + 1}.5000"
    return f"v{n}"


def _raw(db: Database) -> sqlite3.Connection:
    """The driver connection with foreign keys off (rows here point at nothing)."""
    raw = db.engine.raw_connection().driver_connection
    assert isinstance(raw, sqlite3.Connection)
    raw.execute("PRAGMA foreign_keys=OFF")
    return raw


def _log(raw: sqlite3.Connection, table: str) -> list[tuple[str, dict[str, Any]]]:
    rows = raw.execute(
        "SELECT op, fields FROM change_log WHERE entity = ? AND record_id = 'r1' ORDER BY seq",
        (table,),
    )
    return [(op, json.loads(fields)) for op, fields in rows]


@pytest.mark.parametrize("table", sorted(REPLICATED))
def test_the_triggers_are_the_ones_built_from_the_model(
    empty_database: Database, table: str
) -> None:
    with empty_database.engine.connect() as connection:
        stored = connection.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? "
            "AND (name LIKE 'capture\\_%' ESCAPE '\\' OR name LIKE 'keep\\_%' ESCAPE '\\')",
            (table,),
        ).scalars()  # a table may have other triggers of its own (a full-text index)
        assert sorted(stored) == sorted(trigger_ddl(table, REPLICATED[table]))


@pytest.mark.parametrize("table", sorted(REPLICATED))
def test_insert_update_delete_capture_exactly_the_replicated_columns(
    empty_database: Database, table: str
) -> None:
    model = Base.metadata.tables[table]
    columns = REPLICATED[table]
    first = {c: _sample(model, c, 0) for c in columns}
    raw = _raw(empty_database)
    try:
        names = ", ".join(["id", *columns])
        raw.execute(
            f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * (len(columns) + 1))})",
            ("r1", *first.values()),
        )
        changed = columns[-1]
        raw.execute(
            f"UPDATE {table} SET {changed} = ?, {columns[0]} = {columns[0]} WHERE id = 'r1'",
            (_sample(model, changed, 1),),
        )
        raw.execute(f"UPDATE {table} SET {changed} = {changed} WHERE id = 'r1'")  # no change
        raw.execute(f"DELETE FROM {table} WHERE id = 'r1'")
        logged = _log(raw, table)
    finally:
        raw.close()
    assert logged == [
        ("upsert", first),
        ("upsert", {changed: _sample(model, changed, 1)}),
        ("delete", {}),
    ]
