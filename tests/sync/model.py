"""Helpers for the stateful sync test: fast desks and the "nothing lost" check."""

from __future__ import annotations

import json
import shutil
from functools import cache
from pathlib import Path
from typing import Any

from tests.sync.conftest import CHEAP_COST, PASSPHRASE, Desk

from isu_desk.capabilities.directory.services.service import DirectoryService
from isu_desk.domain.ids import new_id
from isu_desk.secrets import MemorySecretStore
from isu_desk.services.sync import SyncService
from isu_desk.services.team import create_team, join_team
from isu_desk.storage import settings
from isu_desk.storage.changelog import table_contents
from isu_desk.storage.database import Database, open_database

TABLES = ("organisations", "contacts", "sync_conflicts")


@cache
def _template(folder: Path) -> Path:
    path = folder / "template.sqlite"
    open_database(path).close()
    return path


def make_desk(root: Path, template_dir: Path, name: str, share: Path, first: bool) -> Desk:
    """A migrated, empty workstation that joined the team (copied from a template file)."""
    (root / name).mkdir(parents=True)
    path = root / name / "isu-desk.sqlite"
    shutil.copy(_template(template_dir), path)
    database = open_database(path)
    with database.transaction() as session:
        settings.put(session, "workstation_id", new_id())
        settings.put(session, "workstation_name", name)
    database.load_clock()
    store = MemorySecretStore()
    if first:
        create_team(database, share, PASSPHRASE, store, cost=CHEAP_COST).unwrap()
    else:
        join_team(database, share, PASSPHRASE, store).unwrap()
    return Desk(name, database, DirectoryService(database), SyncService(database, store))


def contents(database: Database) -> dict[str, list[dict[str, Any]]]:
    with database.transaction() as session:
        return {table: table_contents(session, table) for table in TABLES}


def _log(database: Database) -> list[tuple[int, str, str, str, dict[str, Any], str, str]]:
    with database.transaction() as session:
        rows = session.connection().exec_driver_sql(
            "SELECT seq, entity, record_id, op, fields, hlc, workstation_id FROM change_log"
        )
        return [(s, e, r, o, json.loads(f), h, w) for s, e, r, o, f, h, w in rows]


def lost_values(desks: list[Desk]) -> list[str]:
    """Saved values that are neither current, nor a conflict, nor knowingly replaced."""
    logs = {desk.database.workstation_id: _log(desk.database) for desk in desks}
    position = {ws: {row[5]: row[0] for row in log} for ws, log in logs.items()}
    everything = logs[desks[0].database.workstation_id]
    data = contents(desks[0].database)
    rows = {(t, row["id"]): row for t in TABLES for row in data[t]}
    conflicts = {
        (c["entity"], c["record_id"], c["field"], c["losing_hlc"]) for c in data[TABLES[2]]
    }
    by_record: dict[tuple[str, str], list[Any]] = {}
    for entry in everything:
        by_record.setdefault((entry[1], entry[2]), []).append(entry)

    def saw(writer: str, later: str, earlier: str) -> bool:
        known = position.get(writer, {})
        return earlier in known and known[earlier] < known[later]

    problems: list[str] = []
    for (entity, record_id), entries in by_record.items():
        if entity == "sync_conflicts":
            continue
        row = rows.get((entity, record_id))
        for _, _, _, op, fields, hlc, _ in entries:
            if op == "delete":
                undone = any(
                    other[3] == "upsert" and other[5] > hlc and saw(other[6], other[5], hlc)
                    for other in entries
                )
                if row is not None and (entity, record_id, "", hlc) not in conflicts and not undone:
                    problems.append(f"delete {entity} {record_id} at {hlc} lost")
                continue
            for name, value in fields.items():
                if row is not None and row[name] == value:
                    continue
                if (entity, record_id, name, hlc) in conflicts:
                    continue
                if any(
                    other[5] > hlc
                    and saw(other[6], other[5], hlc)
                    and (other[3] == "delete" or name in other[4])
                    for other in entries
                ):
                    continue
                problems.append(f"{entity} {record_id} {name}={value!r} at {hlc} lost")
    return problems
