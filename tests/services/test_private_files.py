"""The data stays private at rest: owner-only permissions, and no copies left by a killed job."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from isu_desk.capabilities.contributions.services import transfer as contributions_io
from isu_desk.capabilities.directory.services import transfer as directory_io
from isu_desk.services.backup import backup, restore
from isu_desk.services.workstation import init_workstation, open_data_folder
from isu_desk.storage.database import Database

pytestmark = pytest.mark.skipif(os.name != "posix", reason="Unix permissions")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_data_folder_and_everything_written_in_it_is_the_owners_alone(
    tmp_path: Path,
) -> None:
    old_umask = os.umask(0o022)  # the usual default: files 0644, folders 0755
    try:
        folder = tmp_path / "data"
        database = open_data_folder(folder)
        try:
            init_workstation(database, "desk")
            saved = backup(database)
            directory_io.write_export(database, "states", "csv", tmp_path / "states.csv")
            contributions_io.write_export(database, "budget", "xlsx", tmp_path / "budget.xlsx")
            assert _mode(folder) == 0o700
            assert _mode(folder / "isu-desk.sqlite") == 0o600
            assert _mode(Path(f"{folder / 'isu-desk.sqlite'}-wal")) == 0o600
            assert _mode(saved.parent) == 0o700 and _mode(saved) == 0o600
            assert _mode(tmp_path / "states.csv") == 0o600
            assert _mode(tmp_path / "budget.xlsx") == 0o600
        finally:
            database.close()
        summary = restore(folder, saved)
        assert summary.replaced_copy is not None and _mode(summary.replaced_copy) == 0o600
        assert _mode(folder / "isu-desk.sqlite") == 0o600
    finally:
        os.umask(old_umask)


def test_an_existing_open_data_folder_is_made_private(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    open_data_folder(folder).close()
    (folder / "isu-desk.sqlite").chmod(0o644)
    open_data_folder(folder).close()
    assert _mode(folder) == 0o700 and _mode(folder / "isu-desk.sqlite") == 0o600


def test_what_a_killed_restore_or_backup_left_is_removed_at_the_next_start(
    database: Database, data_dir: Path
) -> None:
    saved = backup(database)
    database.close()
    work = data_dir / ".restore-20260101-120000"
    work.mkdir()
    (work / "isu-desk.sqlite").write_bytes(saved.read_bytes())  # a whole copy of the data
    partial = saved.parent / "isu-desk-backup-20260101-120000.sqlite.partial"
    partial.write_bytes(saved.read_bytes())
    (data_dir / "isu-desk.sqlite.partial").write_bytes(b"half")
    reopened = open_data_folder(data_dir)
    reopened.close()
    assert not work.exists() and not partial.exists()
    assert not (data_dir / "isu-desk.sqlite.partial").exists()
    assert saved.exists()
