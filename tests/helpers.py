"""Helpers shared by several test modules (fixtures live in conftest.py)."""

from __future__ import annotations

from pathlib import Path

from isu_desk.services.workstation import open_data_folder
from isu_desk.storage import settings
from isu_desk.storage.changelog import table_contents
from isu_desk.storage.database import Database
from isu_desk.storage.models import replicated_tables


def bare_database(folder: Path, workstation_id: str, name: str = "Desk") -> Database:
    """A migrated database with a workstation id and no records (no seeding)."""
    db = open_data_folder(folder)
    with db.transaction() as session:
        settings.put(session, "workstation_id", workstation_id)
        settings.put(session, "workstation_name", name)
    db.load_clock()
    return db


def snapshot(db: Database) -> dict[str, list[dict[str, object]]]:
    """Every replicated table's rows (raw column values), for comparing databases."""
    with db.transaction() as session:
        return {table: table_contents(session, table) for table in replicated_tables()}
