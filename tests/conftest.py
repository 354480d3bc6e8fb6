"""Shared fixtures: a migrated temporary database, services, an in-memory secret store.

Qt runs offscreen in every test (set before any Qt import).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from isu_desk.capabilities.directory.services.service import DirectoryService
from isu_desk.secrets import MemorySecretStore, database_key
from isu_desk.services.workstation import init_workstation, open_data_folder
from isu_desk.storage.database import Database


@pytest.fixture(scope="session", autouse=True)
def _test_keyring() -> Iterator[MemorySecretStore]:
    """One in-memory keyring for database keys, for the whole run (this machine has none).

    Session-wide, so a module's shared data folder keeps its key across tests.
    """
    store = MemorySecretStore()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(database_key, "os_keyring", lambda: store)
        yield store


@pytest.fixture(autouse=True)
def os_keyring(
    _test_keyring: MemorySecretStore, monkeypatch: pytest.MonkeyPatch
) -> MemorySecretStore:
    """The keyring database keys go to. Keyring-less tests put another store in its place."""
    unlock = sys.modules.get("isu_desk.ui.unlock")
    if unlock is not None:  # the window's unlocker of an earlier test holds its store
        monkeypatch.setattr(unlock, "_session", {})
    return _test_keyring


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def database(data_dir: Path) -> Iterator[Database]:
    """A migrated database of an initialised workstation, seeded with the States."""
    db = open_data_folder(data_dir)
    init_workstation(db, "Test desk")
    yield db
    db.close()


@pytest.fixture
def empty_database(tmp_path: Path) -> Iterator[Database]:
    """A migrated database with a workstation id but no records at all."""
    from isu_desk.storage import settings

    db = open_data_folder(tmp_path / "empty")
    with db.transaction() as session:
        settings.put(session, "workstation_id", "00000000-0000-4000-8000-0000000000ee")
        settings.put(session, "workstation_name", "Empty")
    db.load_clock()
    yield db
    db.close()


@pytest.fixture
def directory(database: Database) -> DirectoryService:
    return DirectoryService(database)
