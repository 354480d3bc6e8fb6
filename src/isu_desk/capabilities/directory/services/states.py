"""The curated list of States, seeded into every new database.

Their ids are name-based (:func:`seed_id`), so that every workstation seeds
the *same* records and sync does not double them.
"""

from __future__ import annotations

import csv
from datetime import date

from isu_desk.capabilities.directory.domain import ConsentType, State, StateStatus
from isu_desk.capabilities.directory.services.service import DirectoryService
from isu_desk.domain.ids import seed_id
from isu_desk.paths import resources_dir
from isu_desk.storage import settings
from isu_desk.storage.database import Database

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
    service = DirectoryService(database)
    with database.transaction() as session:
        known = settings.known_iso3(session)
    added = 0
    for state in curated_states():
        if state.iso3 not in known and service.save(state).ok:
            added += 1
    return added
