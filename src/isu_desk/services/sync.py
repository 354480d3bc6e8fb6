"""Sync use cases: run a sync, show where every workstation stands, review conflicts.

The window and the command line call these; they never touch Qt. A sync that
cannot run raises :class:`~isu_desk.sync.errors.SyncStopped` (or
:class:`~isu_desk.services.team.PassphraseNeeded`), both plain-message
``DataError``s; rejected files are part of a normal report.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from pathlib import Path

from isu_desk.domain.errors import FieldError, Result
from isu_desk.secrets import SecretStore
from isu_desk.services.team import FOLDER_SETTING, TEAM_SETTING, team_access
from isu_desk.storage import settings
from isu_desk.storage.database import Database
from isu_desk.sync import conflicts as conflict_store
from isu_desk.sync import quarantine, state
from isu_desk.sync.conflicts import ConflictView
from isu_desk.sync.engine import run_sync
from isu_desk.sync.errors import SyncStopped
from isu_desk.sync.exchange import SyncReport
from isu_desk.sync.quarantine import Quarantined


@dataclass(frozen=True, slots=True)
class WorkstationStatus:
    """One workstation as the Sync page lists it."""

    id: str
    name: str
    is_this: bool
    last_sync: str
    last_packet: int
    acknowledged: dict[str, int]
    clock_warning: str
    retired: bool


@dataclass(frozen=True, slots=True)
class SyncStatus:
    """What the status bar and the Sync page show."""

    folder: str
    team_id: str
    last_sync: str
    pending_changes: int
    open_conflicts: int
    workstations: list[WorkstationStatus] = field(default_factory=list)
    rejected: list[tuple[str, str, str]] = field(default_factory=list)
    quarantined: list[Quarantined] = field(default_factory=list)


class SyncService:
    """Sync for one local database; one sync at a time (a lock, not the GUI thread)."""

    def __init__(self, database: Database, store: SecretStore) -> None:
        self.database = database
        self.store = store
        self.session_keys: dict[str, bytes] = {}
        self._running = threading.Lock()

    def folder(self) -> Path | None:
        text = self.database.setting(FOLDER_SETTING)
        return Path(text) if text else None

    def sync(
        self, folder: Path | None = None, passphrase: str | None = None, republish: bool = False
    ) -> SyncReport:
        """Exchange packets with the share (the remembered folder unless one is given).

        ``republish`` first rewrites everything this workstation holds, for a
        share that lost files.
        """
        chosen = folder or self.folder()
        if chosen is None:
            raise SyncStopped("No sync folder is set; choose the team folder first.")
        with self._running:
            access = team_access(self.database, chosen, self.store, passphrase, self.session_keys)
            return run_sync(self.database, chosen, access, republish)

    def status(self) -> SyncStatus:
        own = self.database.workstation_id
        with self.database.transaction() as session:
            rows = state.all_workstations(session)
            me = next((r for r in rows if r.workstation_id == own), None)
            exported = me.exported_log_seq if me else 0
            pending = (
                session.connection()
                .exec_driver_sql(
                    "SELECT count(*) FROM change_log WHERE seq > ? AND workstation_id = ?",
                    (exported, own),
                )
                .scalar_one()
            )
            workstations = [
                WorkstationStatus(
                    r.workstation_id,
                    r.name or r.workstation_id[:8],
                    r.workstation_id == own,
                    r.last_sync,
                    r.applied_seq,
                    json.loads(r.acked),
                    r.clock_warning,
                    r.retired,
                )
                for r in rows
            ]
            rejected = [(r.path, r.workstation_id, r.reason) for r in state.rejected_files(session)]
            return SyncStatus(
                settings.get(session, FOLDER_SETTING) or "",
                settings.get(session, TEAM_SETTING) or "",
                me.last_sync if me else "",
                int(pending),
                len(state.open_conflicts(session)),
                workstations,
                rejected,
                quarantine.listing(session),
            )

    def retire(self, workstation_id: str) -> Result[str]:
        """Stop waiting for a workstation that will never sync again (for archiving)."""
        with self.database.transaction() as session:
            if workstation_id == self.database.workstation_id:
                return Result.failure([FieldError("", "This workstation cannot retire itself.")])
            known = {r.workstation_id for r in state.all_workstations(session)}
            if workstation_id not in known:
                return Result.failure(
                    [FieldError("", f"No workstation {workstation_id} is known.")]
                )
            row = state.workstation_row(session, workstation_id)
            row.retired = True
            state.workstation_row(session, self.database.workstation_id).needs_ack = True
        return Result.success(workstation_id)

    def conflicts(self, include_resolved: bool = False) -> list[ConflictView]:
        with self.database.transaction() as session:
            rows = (
                state.open_conflicts(session)
                if not include_resolved
                else state.all_conflicts(session)
            )
            return [conflict_store.view(session, row) for row in rows]

    def resolve(self, conflict_id: str, keep: str) -> Result[ConflictView]:
        """Keep the ``current`` or the ``other`` side; the choice syncs like an edit."""
        with self.database.transaction() as session:
            problem = conflict_store.resolve(session, conflict_id, keep)
            if problem is not None:
                return Result.failure([FieldError("", problem)])
            row = state.conflict(session, conflict_id)
            assert row is not None
            return Result.success(conflict_store.view(session, row))
