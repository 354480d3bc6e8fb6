"""Backup, restore and check at the service level."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from isu_desk.capabilities.directory.domain import Organisation
from isu_desk.capabilities.directory.services.service import DirectoryService
from isu_desk.domain.errors import DataError
from isu_desk.services.backup import backup, check, restore
from isu_desk.services.workstation import open_data_folder
from isu_desk.storage.database import DATABASE_FILE, Database


def test_backup_goes_to_the_backups_folder_with_a_dated_name(database: Database) -> None:
    target = backup(database)

    assert target.parent == database.path.parent / "backups"
    assert target.name.startswith("isu-desk-backup-") and target.suffix == ".sqlite"
    with pytest.raises(DataError, match="already exists"):
        backup(database, target)


def test_restore_brings_back_what_was_deleted_and_keeps_the_replaced_file(
    database: Database, data_dir: Path
) -> None:
    service = DirectoryService(database)
    org = service.save(Organisation(id="", name="UNDP")).unwrap()
    copy = backup(database, data_dir.parent / "before.sqlite")
    service.delete("organisations", org.id)
    database.close()

    summary = restore(data_dir, copy)

    assert summary.replaced_copy is not None and summary.replaced_copy.exists()
    restored = open_data_folder(data_dir)
    try:
        assert DirectoryService(restored).get(Organisation, org.id).name == "UNDP"
        assert check(restored) == []
    finally:
        restored.close()


@pytest.mark.parametrize("content", [b"", b"not a database at all", b"SQLite format 3\x00junk"])
def test_restore_refuses_what_is_not_a_database(
    database: Database, data_dir: Path, content: bytes
) -> None:
    bogus = data_dir.parent / "bogus.sqlite"
    bogus.write_bytes(content)
    before = (data_dir / DATABASE_FILE).read_bytes()

    with pytest.raises(DataError):
        restore(data_dir, bogus)

    assert (data_dir / DATABASE_FILE).read_bytes() == before
    assert not list(data_dir.glob("*.bak"))


def test_restore_refuses_a_foreign_sqlite_file(database: Database, data_dir: Path) -> None:
    foreign = data_dir.parent / "foreign.sqlite"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()

    with pytest.raises(DataError, match="not an ISU Desk database"):
        restore(data_dir, foreign)
