"""The window and a command-line sync on one database hand out stamps in one order."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select
from tests.helpers import bare_database

from isu_desk.capabilities.directory.domain import Organisation
from isu_desk.capabilities.directory.services.service import DirectoryService
from isu_desk.domain.errors import DataError
from isu_desk.domain.hlc import Hlc, wall_clock_ms
from isu_desk.domain.listing import ListQuery
from isu_desk.services.workstation import open_data_folder
from isu_desk.storage.models import ChangeEntry

WS = "00000000-0000-4000-8000-0000000000c1"


def test_an_edit_in_one_process_comes_after_a_stamp_written_by_another(tmp_path: Path) -> None:
    window = bare_database(tmp_path / "d", WS)
    command = open_data_folder(tmp_path / "d")  # a second engine and clock: another process
    command.load_clock()
    try:
        # The command applied a teammate's change stamped two minutes ahead of us.
        command.capture.clock.observe(Hlc(wall_clock_ms() + 120_000, 0, "teammate"))
        org = DirectoryService(command).save(Organisation(id="", name="UNDP")).unwrap()

        DirectoryService(window).save(replace(org, email="geneva@undp.example.org"))

        with window.transaction() as session:
            stamps = list(
                session.scalars(
                    select(ChangeEntry.hlc)
                    .where(ChangeEntry.record_id == org.id)
                    .order_by(ChangeEntry.seq)
                )
            )
        assert len(stamps) == 2
        assert stamps[1] > stamps[0], "the later edit must win everywhere after sync"
    finally:
        window.close()
        command.close()


def test_a_database_held_by_another_process_gives_a_plain_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("isu_desk.storage.database.BUSY_TIMEOUT_MS", 100)
    db = bare_database(tmp_path / "d", WS)
    blocker = sqlite3.connect(db.path)
    blocker.execute("BEGIN IMMEDIATE")  # another process is in the middle of a write
    try:
        with pytest.raises(DataError, match="busy with this data folder"):
            DirectoryService(db).save(Organisation(id="", name="ICRC"))
    finally:
        blocker.rollback()
        blocker.close()
    assert DirectoryService(db).count("organisations") == 0
    db.close()


def test_lists_can_be_read_while_another_process_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("isu_desk.storage.database.BUSY_TIMEOUT_MS", 100)
    db = bare_database(tmp_path / "d", WS)
    DirectoryService(db).save(Organisation(id="", name="GICHD"))
    blocker = sqlite3.connect(db.path)
    blocker.execute("BEGIN IMMEDIATE")  # a long sync or import holds the write lock
    try:
        assert DirectoryService(db).count("organisations") == 1
        assert DirectoryService(db).page("organisations", ListQuery())[0]["name"] == "GICHD"
    finally:
        blocker.rollback()
        blocker.close()
        db.close()
