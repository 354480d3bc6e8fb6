"""Regression tests for the sync review's findings (one test per finding, from its demo)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.sync.conftest import Team

from isu_desk.domain.directory import Contact, Organisation
from isu_desk.services import backup as backups
from isu_desk.services.directory import DirectoryService
from isu_desk.services.sync import SyncService
from isu_desk.services.workstation import open_data_folder
from isu_desk.storage.changelog import table_contents
from isu_desk.storage.database import Database
from isu_desk.sync.errors import SyncStopped


def _names(database: Database, table: str = "organisations") -> list[str]:
    with database.transaction() as session:
        return sorted(str(row["name"]) for row in table_contents(session, table))


def test_restored_database_one_packet_behind_stops_instead_of_losing_new_work(
    team: Team, tmp_path: Path
) -> None:
    alice, bob = team.desk("alice"), team.desk("bob")
    alice.directory.save(Organisation(id="", name="org1")).unwrap()
    alice.sync.sync()
    bob.sync.sync()
    saved = backups.backup(alice.database, tmp_path / "monday.isubackup")
    alice.directory.save(Organisation(id="", name="org2")).unwrap()
    alice.sync.sync()  # the share now holds one packet the backup does not know
    store = alice.sync.store
    alice.database.close()
    team.desks.remove(alice)
    backups.restore(team.root / "alice", saved)
    restored = open_data_folder(team.root / "alice")
    try:
        DirectoryService(restored).save(Organisation(id="", name="org3 after restore")).unwrap()
        with pytest.raises(SyncStopped, match="older than its files on the share"):
            SyncService(restored, store).sync()
        assert "org3 after restore" in _names(restored)
        with pytest.raises(SyncStopped):  # it keeps refusing: never marked as sent
            SyncService(restored, store).sync()
    finally:
        restored.close()


def test_parent_kept_for_a_child_goes_once_the_child_goes_on_every_workstation(
    team: Team,
) -> None:
    alice, bob = team.desk("alice"), team.desk("bob")
    parent = alice.directory.save(Organisation(id="", name="Parent org")).unwrap()
    alice.sync.sync()
    bob.sync.sync()
    alice.directory.delete("organisations", parent.id).unwrap()  # concurrently,
    child = bob.directory.save(Contact(id="", name="Ana", organisation_id=parent.id)).unwrap()
    alice.sync.sync()
    bob.sync.sync()
    alice.sync.sync()
    assert _names(alice.database) == ["Parent org"]  # kept: Ana points at it
    bob.directory.delete("contacts", child.id).unwrap()
    for _ in range(2):
        alice.sync.sync()
        bob.sync.sync()
    carol = team.desk("carol")
    carol.sync.sync()
    assert [_names(desk.database) for desk in (alice, bob, carol)] == [[], [], []]
    assert [len(desk.sync.conflicts()) for desk in (alice, bob, carol)] == [1, 1, 1]
