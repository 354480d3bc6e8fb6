"""A database is not its workstation id: copies and restores continue under a fresh one."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.sync.conftest import PASSPHRASE, Team

from isu_desk.capabilities.directory.domain import Organisation
from isu_desk.capabilities.directory.services.service import DirectoryService
from isu_desk.secrets import MemorySecretStore
from isu_desk.services.backup import backup, restore
from isu_desk.services.sync import SyncService
from isu_desk.services.workstation import open_data_folder
from isu_desk.storage.changelog import table_contents
from isu_desk.storage.database import Database


def _names(database: Database) -> list[str]:
    with database.transaction() as session:
        return sorted(str(row["name"]) for row in table_contents(session, "organisations"))


def test_a_copied_data_folder_never_writes_as_the_original(team: Team) -> None:
    alice, bob = team.desk("alice"), team.desk("bob")
    alice.directory.save(Organisation(id="", name="before the copy")).unwrap()
    alice.sync.sync()
    # cp -a of the data folder
    alice = team.reopen_after(alice, lambda folder: shutil.copytree(folder, team.root / "copy"))
    copy = open_data_folder(team.root / "copy")
    try:
        alice.directory.save(Organisation(id="", name="edit on the original")).unwrap()
        DirectoryService(copy).save(Organisation(id="", name="edit on the copy")).unwrap()
        alice.sync.sync()
        report = SyncService(copy, MemorySecretStore()).sync(passphrase=PASSPHRASE)
        assert report.notices and "copy" in report.notices[0]
        assert copy.workstation_id != alice.database.workstation_id
        alice.sync.sync()
        bob.sync.sync()
        everything = ["before the copy", "edit on the copy", "edit on the original"]
        assert _names(bob.database) == everything
        assert _names(alice.database) == everything
    finally:
        copy.close()


def test_restoring_an_own_older_backup_recovers_the_later_work(team: Team, tmp_path: Path) -> None:
    alice, bob = team.desk("alice"), team.desk("bob")
    alice.directory.save(Organisation(id="", name="monday")).unwrap()
    alice.sync.sync()
    saved = backup(alice.database, tmp_path / "monday.sqlite")
    alice.directory.save(Organisation(id="", name="tuesday")).unwrap()
    alice.sync.sync()
    alice = team.reopen_after(alice, lambda folder: restore(folder, saved))
    alice.directory.save(Organisation(id="", name="wednesday")).unwrap()
    report = alice.sync.sync()
    assert report.notices == [
        "This database was restored from a backup, so it now syncs as a new workstation and "
        "read back from the sync folder the changes made after that backup; nothing was lost."
    ]
    assert _names(alice.database) == ["monday", "tuesday", "wednesday"]
    bob.sync.sync()
    assert _names(bob.database) == ["monday", "tuesday", "wednesday"]
