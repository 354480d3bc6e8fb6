"""The sync service's status: what the status bar and the Sync page show."""

from __future__ import annotations

from pathlib import Path

import pytest

from isu_desk.capabilities.directory.domain import Organisation
from isu_desk.capabilities.directory.services.service import DirectoryService
from isu_desk.secrets import MemorySecretStore
from isu_desk.services.sync import SyncService
from isu_desk.services.team import create_team
from isu_desk.storage.database import Database
from isu_desk.sync.errors import SyncStopped


def test_status_counts_pending_changes_until_they_are_sent(
    empty_database: Database, tmp_path: Path
) -> None:
    store = MemorySecretStore()
    create_team(empty_database, tmp_path / "share", "a long passphrase", store, cost=2**14)
    service = SyncService(empty_database, store)
    DirectoryService(empty_database).save(Organisation(id="", name="UNDP"))
    assert service.status().pending_changes == 1
    service.sync()
    status = service.status()
    assert status.pending_changes == 0 and status.last_sync
    assert [w.is_this for w in status.workstations] == [True]
    assert status.folder == str(tmp_path / "share")


def test_without_a_folder_sync_says_so(empty_database: Database) -> None:
    with pytest.raises(SyncStopped, match="No sync folder"):
        SyncService(empty_database, MemorySecretStore()).sync()
