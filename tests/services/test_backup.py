"""Backup, restore and check at the service level: open databases, WAL files, read-only media."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
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


# Another process that holds the database open the way the app does (WAL, one
# write before the restore, one after), driven line by line through stdin.
_APP = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA journal_mode=WAL")
connection.execute("INSERT INTO settings(key, value) VALUES ('before_restore', '1')")
print("ready", flush=True)
sys.stdin.readline()
try:
    connection.execute("INSERT INTO settings(key, value) VALUES ('after_restore', '1')")
    print("written", flush=True)
except sqlite3.Error as exc:
    print(f"failed: {exc}", flush=True)
connection.close()
"""


def _settings(path: Path) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        return {row[0] for row in connection.execute("SELECT key FROM settings")}
    finally:
        connection.close()


@pytest.fixture
def other_process(database: Database) -> Iterator[subprocess.Popen[str]]:
    """The database held open by another process (the app) until the test lets it go."""
    with subprocess.Popen(
        [sys.executable, "-c", _APP, str(database.path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as app:
        assert app.stdout is not None and app.stdout.readline().strip() == "ready"
        yield app
        if app.poll() is None:
            app.kill()
            app.communicate()


def test_restore_while_another_process_has_the_database_open_is_refused_and_loses_nothing(
    database: Database, data_dir: Path, other_process: subprocess.Popen[str]
) -> None:
    copy = backup(database, data_dir.parent / "before.sqlite")
    database.close()

    with pytest.raises(DataError, match="ISU Desk is open on this data folder"):
        restore(data_dir, copy)

    other_process.communicate("go\n", timeout=60)
    assert {"before_restore", "after_restore"} <= _settings(data_dir / DATABASE_FILE)
    assert not list(data_dir.glob("*.bak"))
    assert not list(data_dir.glob(".restore-*"))


def test_restore_while_this_process_has_the_database_open_is_refused(
    database: Database, data_dir: Path
) -> None:
    service = DirectoryService(database)
    copy = backup(database, data_dir.parent / "before.sqlite")

    with pytest.raises(DataError, match="Nothing was changed"):
        restore(data_dir, copy)

    org = service.save(Organisation(id="", name="Written after the refused restore")).unwrap()
    database.close()
    reopened = open_data_folder(data_dir)
    try:
        assert DirectoryService(reopened).get(Organisation, org.id).name.startswith("Written")
    finally:
        reopened.close()


def test_restore_succeeds_once_the_other_process_has_closed_the_database(
    database: Database, data_dir: Path, other_process: subprocess.Popen[str]
) -> None:
    copy = backup(database, data_dir.parent / "before.sqlite")
    database.close()
    other_process.communicate("go\n", timeout=60)

    summary = restore(data_dir, copy)

    assert summary.replaced_copy is not None
    assert "after_restore" in _settings(summary.replaced_copy)
    assert "after_restore" not in _settings(data_dir / DATABASE_FILE)
    assert sorted(p.name for p in data_dir.iterdir() if not p.name.endswith(".bak")) == [
        DATABASE_FILE
    ]


def test_a_backup_is_one_self_contained_file_not_in_wal_mode(
    database: Database, data_dir: Path
) -> None:
    target = backup(database, data_dir.parent / "media" / "copy.sqlite")

    header = target.read_bytes()[18:20]
    assert header == b"\x01\x01"  # rollback journal: readable from read-only media
    assert sorted(p.name for p in target.parent.iterdir()) == ["copy.sqlite"]


def test_restore_writes_nothing_beside_a_wal_mode_backup(
    database: Database, data_dir: Path
) -> None:
    """Backups made by earlier versions are WAL files; opening them made -wal/-shm files."""
    media = data_dir.parent / "media"
    media.mkdir()
    old_style = media / "old.sqlite"
    with sqlite3.connect(database.path) as source, sqlite3.connect(old_style) as target:
        source.backup(target)
    source.close()
    target.close()
    assert old_style.read_bytes()[18:20] == b"\x02\x02"
    before = old_style.read_bytes()
    database.close()

    restore(data_dir, old_style)

    assert sorted(p.name for p in media.iterdir()) == ["old.sqlite"]
    assert old_style.read_bytes() == before


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root writes to read-only folders"
)
def test_restore_from_a_read_only_folder(database: Database, data_dir: Path) -> None:
    media = data_dir.parent / "media"
    copy = backup(database, media / "copy.sqlite")
    database.close()
    copy.chmod(stat.S_IRUSR)
    media.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        summary = restore(data_dir, copy)
    finally:
        media.chmod(stat.S_IRWXU)
    assert summary.database.exists()
    shutil.rmtree(media)
