"""Review findings on backup and restore: open databases, WAL files, read-only media."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from isu_desk.domain.directory import Organisation
from isu_desk.domain.errors import DataError
from isu_desk.services.backup import backup, restore
from isu_desk.services.directory import DirectoryService
from isu_desk.services.workstation import open_data_folder
from isu_desk.storage.database import DATABASE_FILE, Database

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
