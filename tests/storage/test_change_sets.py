"""Every committed transaction reports the tables its change-log rows name."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.sync.conftest import Team

from isu_desk.capabilities.directory.domain import Contact, Organisation
from isu_desk.capabilities.directory.services.service import DirectoryService
from isu_desk.domain.changes import ChangeSet
from isu_desk.storage.database import Database


def _listen(database: Database) -> list[ChangeSet]:
    heard: list[ChangeSet] = []
    database.on_change(heard.append)
    return heard


def test_a_save_reports_its_tables_and_rows(database: Database) -> None:
    directory = DirectoryService(database)
    heard = _listen(database)

    unhcr = directory.save(Organisation("", "UNHCR")).unwrap()
    directory.save(Contact("", "Ana Lima", organisation_id=unhcr.id)).unwrap()

    assert [c.tables for c in heard] == [frozenset({"organisations"}), frozenset({"contacts"})]
    assert all(c.local for c in heard)
    assert heard[0].last_seq < heard[1].first_seq


def test_reads_and_rolled_back_writes_report_nothing(database: Database) -> None:
    directory = DirectoryService(database)
    heard = _listen(database)
    directory.count("contacts")
    with pytest.raises(RuntimeError), database.transaction() as session:
        session.connection().exec_driver_sql("UPDATE states SET notes = 'x' WHERE iso3 = 'NOR'")
        raise RuntimeError("the action failed half-way")

    assert heard == []


def test_a_sync_reports_what_it_applied(tmp_path: Path) -> None:
    team = Team(tmp_path)
    try:
        alice, bob = team.desk("alice"), team.desk("bob")
        alice.directory.save(Organisation("", "GICHD")).unwrap()
        alice.sync.sync()
        heard = _listen(bob.database)
        bob.sync.sync()
        applied = [c for c in heard if "organisations" in c.tables]
        assert len(applied) == 1 and not applied[0].local
    finally:
        team.close()
