"""Local sync bookkeeping: positions, version vectors, rejected files, conflicts rows."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from functools import cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from isu_desk.storage.database import MIGRATIONS_DIR
from isu_desk.storage.sync_models import SyncConflict, SyncKnowledge, SyncRejected, SyncWorkstation
from isu_desk.sync.merge import Conflict, Knowledge


def now_text() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@cache
def known_revisions() -> frozenset[str]:
    """Every schema revision this version knows (a packet naming another one waits)."""
    # Alembic is imported only when a packet's schema is checked, not at start.
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return frozenset(rev.revision for rev in ScriptDirectory.from_config(config).walk_revisions())


def workstation_row(session: Session, workstation_id: str) -> SyncWorkstation:
    row = session.get(SyncWorkstation, workstation_id)
    if row is None:
        row = SyncWorkstation(
            workstation_id=workstation_id, name="", applied_seq=0, exported_log_seq=0, vv="{}",
            acked="{}", last_sync="", clock_warning="", needs_ack=False, retired=False,
        )  # fmt: skip
        session.add(row)
        session.flush()
    return row


def all_workstations(session: Session) -> list[SyncWorkstation]:
    return list(session.scalars(select(SyncWorkstation).order_by(SyncWorkstation.name)))


def load_knowledge(session: Session, local_id: str) -> Knowledge:
    knowledge = Knowledge(local_id)
    for row in session.scalars(select(SyncKnowledge)):
        knowledge.add(row.workstation_id, row.hlc, json.loads(row.vv))
    return knowledge


def save_knowledge(session: Session, rows: list[tuple[str, str, dict[str, str]]]) -> None:
    connection = session.connection()
    if rows:
        connection.exec_driver_sql(
            "INSERT OR REPLACE INTO sync_knowledge (workstation_id, hlc, vv) VALUES (?, ?, ?)",
            [(ws, hlc, json.dumps(vv, sort_keys=True)) for ws, hlc, vv in rows],
        )


def record_rejected(session: Session, path: str, workstation_id: str, reason: str) -> None:
    row = session.get(SyncRejected, path)
    if row is None:
        session.add(
            SyncRejected(
                path=path, workstation_id=workstation_id, reason=reason, seen_at=now_text()
            )
        )
    else:
        row.reason, row.seen_at = reason, now_text()
    session.flush()


def clear_rejected(session: Session, paths: list[str]) -> None:
    for path in paths:
        row = session.get(SyncRejected, path)
        if row is not None:
            session.delete(row)
    session.flush()


def rejected_files(session: Session) -> list[SyncRejected]:
    return list(session.scalars(select(SyncRejected).order_by(SyncRejected.path)))


def save_conflicts(session: Session, conflicts: list[Conflict]) -> int:
    """Insert new conflict rows through the capture triggers (so they sync); returns how many."""
    added = 0
    for conflict in conflicts:
        if session.get(SyncConflict, conflict.id) is not None:
            continue
        session.add(
            SyncConflict(
                id=conflict.id,
                entity=conflict.entity,
                record_id=conflict.record_id,
                field=conflict.field,
                losing_value=json.dumps(conflict.losing_value, ensure_ascii=False),
                losing_hlc=conflict.loser.hlc,
                losing_workstation=conflict.loser.workstation_id,
                winning_hlc=conflict.winner.hlc,
                winning_workstation=conflict.winner.workstation_id,
                status="open",
                resolution="",
            )
        )
        added += 1
    session.flush()
    return added


def open_conflicts(session: Session) -> list[SyncConflict]:
    query = select(SyncConflict).where(SyncConflict.status == "open")
    return list(session.scalars(query.order_by(SyncConflict.losing_hlc)))


def all_conflicts(session: Session) -> list[SyncConflict]:
    return list(session.scalars(select(SyncConflict).order_by(SyncConflict.losing_hlc)))


def conflict(session: Session, conflict_id: str) -> SyncConflict | None:
    return session.get(SyncConflict, conflict_id)
