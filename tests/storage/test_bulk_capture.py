"""A bulk insert's set-based change log holds exactly what the insert trigger writes.

For every replicated table, the same rows go into two empty databases of one
workstation: once through the trigger (a plain insert), once through
:func:`insert_captured`. Their change logs agree row for row (entity, id,
operation, fields, workstation), in the same order, with strictly increasing
stamps; and an import through the command-line path gives a log whose
packets carry the same fields as the trigger path.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Boolean, Connection, Date, insert
from sqlalchemy.exc import IntegrityError
from tests.helpers import bare_database
from tests.storage.test_capture_contract import REPLICATED, _sample

from isu_desk.capabilities.directory.domain import Contact
from isu_desk.capabilities.directory.services.service import DirectoryService
from isu_desk.capabilities.directory.services.transfer import import_file, write_export
from isu_desk.storage.bulk_capture import REBUILD_MIN, insert_captured
from isu_desk.storage.database import Database
from isu_desk.storage.models import Base

WORKSTATION = "00000000-0000-4000-8000-0000000000aa"


def _typed(kind: Any, raw: Any) -> Any:
    """A raw sample as the model takes it (dates, Decimals, booleans)."""
    if isinstance(kind, Date):
        return date.fromisoformat(raw)
    if isinstance(kind, Boolean):
        return bool(raw)
    return Decimal(raw) if "Decimal" in type(kind).__name__ else raw


def _value(table: str, column: str, n: int) -> Any:
    """Text unique per row (codes are unique); the other types from a few samples."""
    model = Base.metadata.tables[table]
    sample = _sample(model, column, n % 7)
    return f"v{n}" if sample == f"v{n % 7}" else _typed(model.columns[column].type, sample)


def _rows(table: str, count: int) -> list[dict[str, Any]]:
    return [
        {"id": f"r{n:03d}", **{c: _value(table, c, n) for c in REPLICATED[table]}}
        for n in range(count)
    ]


def _log(db: Database) -> list[tuple[Any, ...]]:
    with db.engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT entity, record_id, op, fields, workstation_id, hlc FROM change_log ORDER BY seq"
        ).fetchall()
    stamps = [row[5] for row in rows]
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
    return [(*row[:3], json.loads(row[3]), row[4]) for row in rows]


def _write(db: Database, table: str, rows: list[dict[str, Any]], bulk: bool) -> None:
    with db.engine.connect() as connection:
        assert isinstance(connection, Connection)
        connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
        with connection.begin():
            if bulk:
                insert_captured(connection, Base.metadata.tables[table], rows)
            else:
                connection.execute(insert(Base.metadata.tables[table]), rows)


@pytest.mark.parametrize("table", sorted(REPLICATED))
def test_the_set_based_log_equals_the_trigger_log(tmp_path: Path, table: str) -> None:
    rows = _rows(table, 25)
    logs = []
    for bulk in (False, True):
        db = bare_database(tmp_path / str(bulk), WORKSTATION)
        try:
            _write(db, table, rows[:5], bulk=False)  # rows already there are not logged again
            _write(db, table, rows[5:], bulk)
            logs.append(_log(db))
        finally:
            db.close()
    assert logs[0] == logs[1]
    assert len(logs[1]) == 25


def test_an_import_logs_what_saving_each_record_logs(tmp_path: Path, database: Database) -> None:
    service = DirectoryService(database)
    for n in range(30):
        service.save(Contact(id="", name=f"Person {n}", email=f"p{n}@example.org"))
    exported = tmp_path / "contacts.csv"
    write_export(database, "contacts", "csv", exported)
    text = exported.read_text(encoding="utf-8-sig").splitlines()
    header, body = text[0], [",".join(line.split(",")[1:]) for line in text[1:]]  # new ids
    fresh = tmp_path / "fresh.csv"
    fresh.write_text("\n".join([header.split(",", 1)[1], *body]) + "\n", encoding="utf-8")
    target = bare_database(tmp_path / "target", WORKSTATION)
    try:
        assert import_file(target, "contacts", fresh).ok
        imported = [entry for entry in _log(target) if entry[0] == "contacts"]
    finally:
        target.close()
    saved = [entry for entry in _log(database) if entry[0] == "contacts"]

    def by_name(log: list[tuple[Any, ...]]) -> list[dict[str, Any]]:
        return sorted((e[3] for e in log), key=lambda fields: fields["name"])

    assert by_name(imported) == by_name(saved)  # the same fields for every record
    assert {e[2] for e in imported} == {"upsert"} and len(imported) == 30


def _schema(db: Database) -> list[tuple[Any, ...]]:
    with db.engine.connect() as connection:
        query = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
        return [tuple(row) for row in connection.exec_driver_sql(query)]


@pytest.mark.parametrize("table", ["contacts", "contributions", "action_points", "meetings"])
def test_a_large_batch_logs_the_same_and_keeps_every_index(tmp_path: Path, table: str) -> None:
    """Past REBUILD_MIN rows the indexes are rebuilt: same log, same schema, whole indexes."""
    rows = _rows(table, REBUILD_MIN + 20)
    logs = []
    for bulk in (False, True):
        db = bare_database(tmp_path / str(bulk), WORKSTATION)
        try:
            schema = _schema(db)
            _write(db, table, rows, bulk)
            logs.append(_log(db))
            assert _schema(db) == schema  # every index and trigger back, as declared
            with db.engine.connect() as connection:
                checked = connection.exec_driver_sql("PRAGMA integrity_check").fetchall()
            assert checked == [("ok",)]  # each index holds every row of the table
        finally:
            db.close()
    assert logs[0] == logs[1]
    assert len(logs[1]) == len(rows)


def test_a_large_batch_still_captures_the_next_insert(tmp_path: Path) -> None:
    """The insert trigger set aside for the batch is back: a plain insert after it is logged."""
    rows = _rows("contacts", REBUILD_MIN + 1)
    db = bare_database(tmp_path / "db", WORKSTATION)
    try:
        _write(db, "contacts", rows[:-1], bulk=True)
        _write(db, "contacts", rows[-1:], bulk=False)
        assert [entry[1] for entry in _log(db)][-2:] == [rows[-2]["id"], rows[-1]["id"]]
    finally:
        db.close()


def test_a_refused_large_batch_leaves_every_index_and_trigger(tmp_path: Path) -> None:
    """A duplicate id stops the batch; a caller that goes on still has the whole schema."""
    rows = _rows("contacts", REBUILD_MIN + 1)
    db = bare_database(tmp_path / "db", WORKSTATION)
    try:
        schema = _schema(db)
        table = Base.metadata.tables["contacts"]
        with db.engine.connect() as connection, connection.begin(), pytest.raises(IntegrityError):
            insert_captured(connection, table, [*rows, rows[0]])
        assert _schema(db) == schema
    finally:
        db.close()


def test_ids_logged_before_get_stamps_after_their_latest_in_log_order(tmp_path: Path) -> None:
    """Ids another workstation stamped ahead of our clock: each new row is stamped after
    its record's latest, and our stamps still rise with the log's order (as the trigger's)."""
    rows = _rows("contacts", REBUILD_MIN + 5)
    ahead = "9999999999999999-0000-00000000-0000-4000-8000-0000000000bb"  # a clock far ahead
    logs = []
    for bulk in (False, True):
        db = bare_database(tmp_path / str(bulk), WORKSTATION)
        try:
            with db.engine.connect() as connection, connection.begin():
                connection.exec_driver_sql(
                    "INSERT INTO change_log (entity, record_id, op, fields, hlc, workstation_id) "
                    "VALUES ('contacts', ?, 'delete', '{}', ?, ?)",
                    (rows[3]["id"], ahead, ahead.split("-", 2)[2]),
                )
            _write(db, "contacts", rows, bulk)
            with db.engine.connect() as connection:
                ours = connection.exec_driver_sql(
                    "SELECT record_id, hlc FROM change_log WHERE workstation_id = ? ORDER BY seq",
                    (WORKSTATION,),
                ).fetchall()
        finally:
            db.close()
        stamps = [hlc for _, hlc in ours]
        assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
        assert dict(ours)[rows[3]["id"]] > ahead
        logs.append([record_id for record_id, _ in ours])
    assert logs[0] == logs[1] == [row["id"] for row in rows]
