"""Change capture: what the triggers log for each kind of write."""

from __future__ import annotations

import json
from dataclasses import replace

from sqlalchemy import select, text

from isu_desk.capabilities.directory.domain import Organisation
from isu_desk.capabilities.directory.services.service import DirectoryService
from isu_desk.storage.database import Database
from isu_desk.storage.models import ChangeEntry


def _entries(db: Database, record_id: str) -> list[ChangeEntry]:
    with db.transaction() as session:
        return list(
            session.scalars(
                select(ChangeEntry)
                .where(ChangeEntry.record_id == record_id)
                .order_by(ChangeEntry.seq)
            )
        )


def test_insert_update_delete_are_logged_field_by_field(empty_database: Database) -> None:
    service = DirectoryService(empty_database)
    org = service.save(Organisation(id="", name="GICHD", acronym="GICHD")).unwrap()
    service.save(replace(org, email="info@gichd.org"))
    service.delete("organisations", org.id)

    entries = _entries(empty_database, org.id)
    assert [e.op for e in entries] == ["upsert", "upsert", "delete"]
    assert json.loads(entries[0].fields)["name"] == "GICHD"
    assert json.loads(entries[1].fields) == {"email": "info@gichd.org"}
    assert entries[0].hlc < entries[1].hlc < entries[2].hlc
    assert {e.workstation_id for e in entries} == {empty_database.workstation_id}


def test_raw_sql_writes_are_captured_too(empty_database: Database) -> None:
    with empty_database.transaction() as session:
        session.execute(
            text(
                "INSERT INTO organisations (id, name, acronym, kind, country_iso3, email, phone, "
                "website, notes) VALUES ('x1', 'ICRC', '', 'international', '', '', '', '', '')"
            )
        )
    assert [e.op for e in _entries(empty_database, "x1")] == ["upsert"]


def test_a_failed_transaction_leaves_no_log(empty_database: Database) -> None:
    try:
        with empty_database.transaction() as session:
            session.execute(
                text(
                    "INSERT INTO organisations (id, name, acronym, kind, country_iso3, email, "
                    "phone, website, notes) VALUES ('x2', 'UNDP', '', 'other', '', '', '', '', '')"
                )
            )
            raise RuntimeError("user cancelled")
    except RuntimeError:
        pass
    assert _entries(empty_database, "x2") == []
