"""Fixtures for sync tests: a team share and workstations that sync through it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from isu_desk.capabilities.directory.services.service import DirectoryService
from isu_desk.secrets import MemorySecretStore, SecretStore
from isu_desk.services.sync import SyncService
from isu_desk.services.team import create_team, join_team
from isu_desk.services.workstation import init_workstation, open_data_folder
from isu_desk.storage.database import Database

PASSPHRASE = "correct horse battery staple"
CHEAP_COST = 2**14  # scrypt cost for tests only (the lowest a team file may ask for)


@dataclass
class Desk:
    """One workstation: its database, directory and sync services."""

    name: str
    database: Database
    directory: DirectoryService
    sync: SyncService


class Team:
    """A share folder and the desks that joined it."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.share = root / "share"
        self.desks: list[Desk] = []

    def desk(self, name: str, seed: bool = False) -> Desk:
        database = open_data_folder(self.root / name)
        if seed:
            init_workstation(database, name)
        else:
            from isu_desk.domain.ids import new_id
            from isu_desk.storage import settings

            with database.transaction() as session:
                settings.put(session, "workstation_id", new_id())
                settings.put(session, "workstation_name", name)
            database.load_clock()
        store = MemorySecretStore()
        if not self.desks:
            create_team(database, self.share, PASSPHRASE, store, cost=CHEAP_COST).unwrap()
        else:
            join_team(database, self.share, PASSPHRASE, store).unwrap()
        desk = Desk(name, database, DirectoryService(database), SyncService(database, store))
        self.desks.append(desk)
        return desk

    def desk_from(self, folder: Path, name: str, store: SecretStore) -> Desk:
        """A desk over an existing data folder (reopened, copied or restored)."""
        database = open_data_folder(folder)
        desk = Desk(name, database, DirectoryService(database), SyncService(database, store))
        self.desks.append(desk)
        return desk

    def reopen_after(self, desk: Desk, change: Callable[[Path], object]) -> Desk:
        """``desk`` closed, ``change`` done to its data folder (a restore, a copy), reopened."""
        folder = self.root / desk.name
        desk.database.close()
        self.desks.remove(desk)
        change(folder)
        return self.desk_from(folder, desk.name, desk.sync.store)

    def close(self) -> None:
        for desk in self.desks:
            desk.database.close()


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    made = Team(tmp_path)
    yield made
    made.close()
