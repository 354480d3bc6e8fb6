"""Opening the data folder and setting up a workstation (``isu-desk init``).

Each installation has a workstation id (a UUID, stamped on every change it
makes) and a human name, made once at ``init``. A new database then gets each
capability's curated reference data (its ``seed``, e.g. the Directory's States).
"""

from __future__ import annotations

import socket
from dataclasses import dataclass
from pathlib import Path

from isu_desk.capabilities import registry
from isu_desk.domain.ids import new_id
from isu_desk.storage import settings
from isu_desk.storage.database import DATABASE_FILE, Database, open_database


@dataclass(frozen=True, slots=True)
class Workstation:
    id: str
    name: str


def open_data_folder(folder: Path) -> Database:
    """Open (creating or migrating) the database in a data folder.

    What a killed restore or backup left behind is removed first.
    """
    from isu_desk.services.backup import clean_leftovers

    clean_leftovers(folder)
    return open_database(folder / DATABASE_FILE)


def workstation(database: Database) -> Workstation | None:
    with database.read() as session:
        ws_id = settings.get(session, "workstation_id")
        name = settings.get(session, "workstation_name")
    return Workstation(ws_id, name or "") if ws_id else None


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
