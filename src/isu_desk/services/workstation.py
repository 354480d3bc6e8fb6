"""Opening the data folder and setting up a workstation (``isu-desk init``).

Each installation has a workstation id (a UUID, stamped on every change it
makes) and a human name, made once at ``init``. A new database is seeded with
the curated list of States, whose ids are name-based so that every workstation
seeds the *same* records.
"""

from __future__ import annotations

import csv
import socket
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from isu_desk.domain.directory import ConsentType, State, StateStatus
from isu_desk.domain.ids import new_id, seed_id
from isu_desk.paths import resources_dir
from isu_desk.storage import settings
from isu_desk.storage.database import DATABASE_FILE, Database, open_database

# UN list of least developed countries (as of December 2024), by ISO3.
LEAST_DEVELOPED = frozenset(
    [
        "AFG",
        "AGO",
        "BEN",
        "BFA",
        "BDI",
        "CAF",
        "TCD",
        "COM",
        "COD",
        "DJI",
        "ERI",
        "ETH",
        "GMB",
        "GIN",
        "GNB",
        "HTI",
        "KIR",
        "LAO",
        "LSO",
        "LBR",
        "MDG",
        "MWI",
        "MLI",
        "MRT",
        "MOZ",
        "MMR",
        "NPL",
        "NER",
        "RWA",
        "STP",
        "SEN",
        "SLE",
        "SLB",
        "SOM",
        "SSD",
        "SDN",
        "TLS",
        "TGO",
        "TUV",
        "UGA",
        "TZA",
        "YEM",
        "ZMB",
        "BGD",
    ]
)


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
    with database.transaction() as session:
        ws_id = settings.get(session, "workstation_id")
        name = settings.get(session, "workstation_name")
    return Workstation(ws_id, name or "") if ws_id else None


def init_workstation(database: Database, name: str | None = None) -> Workstation:
    """Give this database a workstation id and name (once), and seed the States.

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
    seed_states(database)
    found = workstation(database)
    assert found is not None
    return found


def _date(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


def curated_states() -> list[State]:
    """The curated States list from ``resources/ccm_states.csv``."""
    with (resources_dir() / "ccm_states.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [
        State(
            id=seed_id("state", row["iso3"]),
            iso3=row["iso3"],
            name=row["name"],
            status=StateStatus(row["status"]),
            signature_date=_date(row["signature_date"]),
            consent_date=_date(row["consent_date"]),
            consent_type=ConsentType(row["consent_type"]) if row["consent_type"] else None,
            entry_into_force_date=_date(row["entry_into_force_date"]),
            withdrawal_date=_date(row["withdrawal_date"]),
            least_developed=row["iso3"] in LEAST_DEVELOPED,
            notes=f"Source: {row['source']}" if row.get("source") else "",
        )
        for row in rows
    ]


def seed_states(database: Database) -> int:
    """Add the curated States that are missing (by code); returns how many were added."""
    from isu_desk.services.directory import DirectoryService

    service = DirectoryService(database)
    with database.transaction() as session:
        known = settings.known_iso3(session)
    added = 0
    for state in curated_states():
        if state.iso3 not in known and service.save(state).ok:
            added += 1
    return added
