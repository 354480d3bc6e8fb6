"""An import from the command line writes around the WAL only when it has the file alone.

What a user would notice: the import lands whole and the folder works as
before afterwards; a window open on the same folder is never made to wait by
it; a crash in the middle of it leaves the file as it was.
"""

from __future__ import annotations

import shutil
import threading
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from isu_desk.capabilities.directory.services.transfer import import_file
from isu_desk.secrets import database_key
from isu_desk.services.encryption import Unlocker
from isu_desk.services.workstation import init_workstation, open_data_folder
from isu_desk.storage.bulk_capture import insert_captured
from isu_desk.storage.database import Database, integrity_problems
from isu_desk.storage.models import Base, ContactRecord
from isu_desk.storage.probe import DATABASE_FILE


def _unlocker() -> Unlocker:
    return Unlocker(database_key.os_keyring(), lambda _new, _ask: None)  # the tests' keyring


def _folder(where: Path, *, alone: bool, encrypted: bool = False) -> Database:
    database = open_data_folder(where, _unlocker() if encrypted else None)
    init_workstation(database, "Desk")
    database.bulk_alone = alone  # as the command line sets it
    return database


def _contacts(database: Database) -> int:
    with database.read() as session:
        return int(session.scalar(select(func.count()).select_from(ContactRecord)) or 0)


def _journal_mode(session: Any) -> str:
    return str(session.execute(text("PRAGMA journal_mode")).scalar())


def _rows(first: int, count: int) -> list[dict[str, Any]]:
    return [
        {"id": f"00000000-0000-4000-8000-{n:012d}", "name": f"Delegate {n}", "title": "",
         "position": "Desk Officer, Ministry of Foreign Affairs", "gender": "unspecified",
         "state_id": None, "organisation_id": None, "email": f"d{n}@example.org", "phone": "",
         "languages": "en", "notes": ""}
        for n in range(first, first + count)
    ]  # fmt: skip


def _write_csv(path: Path, count: int) -> Path:
    lines = ["name,email"] + [f"Delegate {n},d{n}@example.org" for n in range(count)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_an_import_alone_lands_whole_and_leaves_the_file_in_wal_mode(tmp_path: Path) -> None:
    database = _folder(tmp_path / "data", alone=True)
    seen: list[str] = []
    with database.transaction(bulk=True) as session:
        seen.append(_journal_mode(session))
    result = import_file(database, "contacts", _write_csv(tmp_path / "c.csv", 250))
    assert result.ok, result.errors
    assert seen == ["delete"]  # the bulk path was taken: a rollback journal
    assert _contacts(database) == 250
    with database.read() as session:
        assert _journal_mode(session) == "wal"
    database.close()
    reopened = open_data_folder(tmp_path / "data")
    assert _contacts(reopened) == 250 and integrity_problems(reopened) == []
    reopened.close()


def test_a_window_open_on_the_folder_keeps_reading_during_an_import(tmp_path: Path) -> None:
    command_line = _folder(tmp_path / "data", alone=True)
    window = open_data_folder(tmp_path / "data")
    assert _contacts(window) == 0  # the window has the file open
    with command_line.transaction(bulk=True) as session:
        assert _journal_mode(session) == "wal"  # not alone: the WAL as always
        insert_captured(session.connection(), Base.metadata.tables["contacts"], _rows(0, 300))
        assert _contacts(window) == 0  # read at once, from before the import
    assert _contacts(window) == 300
    window.close()
    command_line.close()


def test_in_the_window_a_bulk_write_never_makes_a_read_wait(tmp_path: Path) -> None:
    window = _folder(tmp_path / "data", alone=False)
    with window.transaction(bulk=True) as session:
        assert _journal_mode(session) == "wal"
        insert_captured(session.connection(), Base.metadata.tables["contacts"], _rows(0, 300))
        assert _contacts(window) == 0  # a second connection, reading beside the write
    assert _contacts(window) == 300
    window.close()


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_a_crash_during_an_import_leaves_the_file_as_it_was(
    tmp_path: Path, encrypted: bool
) -> None:
    database = _folder(tmp_path / "data", alone=True, encrypted=encrypted)
    assert (database.key is not None) is encrypted
    assert import_file(database, "contacts", _write_csv(tmp_path / "c.csv", 50)).ok
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    with database.transaction(bulk=True) as session:
        session.execute(text("PRAGMA cache_size=20"))  # pages reach the file before the commit
        insert_captured(session.connection(), Base.metadata.tables["contacts"], _rows(0, 3000))
        journal = tmp_path / "data" / f"{DATABASE_FILE}-journal"
        assert journal.stat().st_size > 0
        for name in (DATABASE_FILE, journal.name):  # the files as a power cut leaves them
            shutil.copyfile(tmp_path / "data" / name, crashed / name)
    database.close()
    after = open_data_folder(crashed, _unlocker() if encrypted else None)
    assert _contacts(after) == 50
    assert integrity_problems(after) == []
    assert import_file(after, "contacts", _write_csv(tmp_path / "more.csv", 10)).ok
    assert _contacts(after) == 60
    after.close()


def test_a_window_opened_during_an_import_waits_for_it_then_shows_it(tmp_path: Path) -> None:
    database = _folder(tmp_path / "data", alone=True)
    seen: list[int] = []
    failed: list[BaseException] = []

    def open_window() -> None:
        try:
            window = open_data_folder(tmp_path / "data")
            seen.append(_contacts(window))
            window.close()
        except BaseException as exc:  # reported by the assertions below
            failed.append(exc)

    opener = threading.Thread(target=open_window)
    with database.transaction(bulk=True) as session:
        insert_captured(session.connection(), Base.metadata.tables["contacts"], _rows(0, 3000))
        assert _journal_mode(session) == "delete"
        opener.start()
        opener.join(0.5)
        assert opener.is_alive()  # waiting its turn, not refused
    opener.join(30)
    assert failed == [] and seen == [3000]
    database.close()
