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
from isu_desk.secrets import MemorySecretStore, SecretStore
from isu_desk.services.sync import SyncService
from isu_desk.services.team import create_team, join_team
from isu_desk.storage import settings
from isu_desk.storage.changelog import table_contents
from isu_desk.storage.database import Database, open_database

NEWER_FIELD = "added_later"
TABLES = ("organisations", "contacts", "sync_conflicts", "funds", "contributions")


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


def previous_ids(database: Database) -> list[str]:
    with database.transaction() as session:
        return list(json.loads(settings.get(session, "previous_workstation_ids") or "[]"))


def log_positions(database: Database) -> dict[str, int]:
    """Where each change stands in this database's log: what its writer had seen before."""
    return {row[5]: row[0] for row in _log(database)}


def lost_values(desks: list[Desk], retired: dict[str, dict[str, int]] | None = None) -> list[str]:
    """Saved values that are neither current, nor a conflict, nor knowingly replaced.

    ``retired``: the :func:`log_positions` of databases since overwritten (a backup
    restored over them), by the identity they wrote as; what such a workstation
    replaced is judged by what its database had seen, which no live one holds.
    """
    logs = {desk.database.workstation_id: _log(desk.database) for desk in desks}
    position = {ws: {row[5]: row[0] for row in log} for ws, log in logs.items()}
    for old, seen in (retired or {}).items():
        position.setdefault(old, seen)
    for desk in desks:  # an identity a database left (a copy, a restore) saw what it held
        for old in previous_ids(desk.database):
            position.setdefault(old, position[desk.database.workstation_id])
    everything = logs[desks[0].database.workstation_id]
    writer_of = {row[5]: row[6] for row in everything}
    data = contents(desks[0].database)
    rows = {(t, row["id"]): row for t in TABLES for row in data[t]}
    conflicts = {
        (c["entity"], c["record_id"], c["field"], c["losing_hlc"]) for c in data[TABLES[2]]
    }
    by_record: dict[tuple[str, str], list[Any]] = {}
    for entry in everything:
        by_record.setdefault((entry[1], entry[2]), []).append(entry)

    def saw(writer: str, later: str, earlier: str) -> bool:
        if writer_of.get(earlier) == writer:  # its own earlier change
            return True
        known = position.get(writer, {})
        return earlier in known and later in known and known[earlier] < known[later]

    problems: list[str] = []
    for (entity, record_id), entries in by_record.items():
        if entity in ("sync_conflicts", "funds"):
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
                if name == NEWER_FIELD or (row is not None and row[name] == value):
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


Value = tuple[str, str, str, str]


def saved_values(database: Database, sent_only: bool = False) -> set[Value]:
    """Every (entity, record, field, value) in the change log (``sent_only``: none unsent)."""
    own, exported = database.workstation_id, 2**62
    if sent_only:
        with database.transaction() as session:
            exported = (
                session.connection()
                .exec_driver_sql(
                    "SELECT exported_log_seq FROM sync_workstations WHERE workstation_id = ?",
                    (own,),
                )
                .scalar()
                or 0
            )
    found: set[Value] = set()
    for seq, entity, record_id, op, fields, _, writer in _log(database):
        if entity == "sync_conflicts" or (writer == own and seq > exported):
            continue
        for name, value in fields.items() if op == "upsert" else [("", "deleted")]:
            if name != NEWER_FIELD:  # only in the packets of the "newer version"
                found.add((entity, record_id, name, json.dumps(value)))
    return found


def missing_from_history(database: Database, everything: set[Value]) -> list[Value]:
    """Values saved somewhere that this database holds neither in its log nor in quarantine."""
    held = saved_values(database)
    with database.transaction() as session:
        rows = session.connection().exec_driver_sql(
            "SELECT entity, record_id, op, fields FROM sync_quarantine"
        )
        for entity, record_id, op, fields in rows:
            for name, value in json.loads(fields).items() if op == "upsert" else []:
                held.add((entity, record_id, name, json.dumps(value)))
    return sorted(everything - held)


def reopen(folder: Path, name: str, store: SecretStore) -> Desk:
    """A desk over a data folder that exists (restored, copied), with the keyring it had."""
    database = open_database(folder / "isu-desk.sqlite")
    return Desk(name, database, DirectoryService(database), SyncService(database, store))


def differences(
    first: dict[str, list[dict[str, Any]]], other: dict[str, list[dict[str, Any]]]
) -> list[str]:
    """Rows one database has and the other has not (empty when they agree)."""
    found: list[str] = []
    for table in TABLES:
        mine = {json.dumps(row, sort_keys=True) for row in first[table]}
        theirs = {json.dumps(row, sort_keys=True) for row in other[table]}
        found += [f"only first: {table} {row}" for row in sorted(mine - theirs)]
        found += [f"only other: {table} {row}" for row in sorted(theirs - mine)]
    return found


def share_values(share: Path, desk: Desk) -> set[Value]:
    """Every (entity, record, field, value) that a packet or snapshot on the share holds."""
    from isu_desk.services.team import team_access
    from isu_desk.sync.errors import PacketRejected, PacketWaits
    from isu_desk.sync.packets import Expectation, decode
    from isu_desk.sync.snapshots import read_snapshot
    from isu_desk.sync.state import known_revisions

    access = team_access(desk.database, share, desk.sync.store, None, desk.sync.session_keys)
    expect = Expectation(access.team_id, access.key_id, known_revisions())
    found: set[Value] = set()
    for path in share.rglob("*.isp"):
        try:
            if path.name.startswith("s-"):
                entries = read_snapshot(share, path, access).entries
            else:
                entries = decode(access.key, path.read_bytes(), expect)[1]
        except (PacketRejected, PacketWaits, OSError):
            continue
        for e in entries:
            for name, value in e.fields.items() if e.op == "upsert" else [("", "deleted")]:
                if name != NEWER_FIELD and e.entity != "sync_conflicts":
                    found.add((e.entity, e.record_id, name, json.dumps(value)))
    return found
