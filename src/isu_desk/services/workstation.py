"""Opening the data folder and setting up a workstation (``isu-desk init``).

Each installation has a workstation id (a UUID, stamped on every change it
makes) and a human name, made once at ``init``. A new database then gets each
capability's curated reference data (its ``seed``, e.g. the Directory's States).
"""

from __future__ import annotations

import socket
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from isu_desk.capabilities import registry
from isu_desk.domain.errors import DataError
from isu_desk.domain.ids import new_id
from isu_desk.secrets import database_key
from isu_desk.storage import settings
from isu_desk.storage.cipher import FileKind, file_kind
from isu_desk.storage.database import DATABASE_FILE, Database, open_database

if TYPE_CHECKING:
    from isu_desk.services.encryption import Unlocker


@dataclass(frozen=True, slots=True)
class Workstation:
    id: str
    name: str


def open_data_folder(folder: Path, unlocker: Unlocker | None = None) -> Database:
    """Open (creating or migrating) the database in a data folder.

    With an ``unlocker`` (the app, the command line) a new database is
    encrypted and an encrypted one is opened with its key (see
    :mod:`isu_desk.services.encryption`); without one a new database is plain
    and an encrypted one opens only with a key in the keyring. What a killed restore or backup left
    behind is removed first.

    Raises:
        DataError: the file is not a database this version can open, or its
            key is not available (a wrong or missing passphrase).
    """
    from isu_desk.services.backup import clean_leftovers

    clean_leftovers(folder)
    path = folder / DATABASE_FILE
    if unlocker is None and file_kind(path) is not FileKind.ENCRYPTED:
        return open_database(path)
    from isu_desk.services.encryption import Unlocker, unlock

    if unlocker is None:  # an encrypted one whose key is in the keyring (no passphrase asked)
        unlocker = Unlocker(database_key.os_keyring(), lambda _new, _prompt: None)
    return open_database(path, unlock(path, unlocker))


def workstation(database: Database) -> Workstation | None:
    with database.read() as session:
        ws_id = settings.get(session, "workstation_id")
        name = settings.get(session, "workstation_name")
    return Workstation(ws_id, name or "") if ws_id else None


def save_workstation_settings(database: Database, name: str, values: Mapping[str, str]) -> None:
    """Rename this (set-up) workstation and keep ``values`` (other settings), all or nothing.

    Raises:
        DataError: the name is empty, or the workstation was never set up.
    """
    name = name.strip()
    if not name:
        raise DataError("Give this workstation a name.")
    with database.transaction() as session:
        if settings.get(session, "workstation_id") is None:
            raise DataError("This workstation is not set up yet; run “isu-desk init” first.")
        settings.put(session, "workstation_name", name)
        for key, value in values.items():
            settings.put(session, key, value)


def init_workstation(database: Database, name: str | None = None) -> Workstation:
    """Give this database a workstation id and name (once), and seed reference data.

    Idempotent: a second call keeps the id, renames only when a name is given.
    """
    with database.transaction() as session:
        ws_id = settings.get(session, "workstation_id")
        if ws_id is None:
            ws_id = new_id()
            settings.put(session, "workstation_id", ws_id)
            settings.put(session, "workstation_name", name or socket.gethostname())
        elif name:
            settings.put(session, "workstation_name", name)
    database.load_clock()
    for _capability, seed in registry.loaded("seed"):
        seed(database)
    found = workstation(database)
    assert found is not None
    return found
