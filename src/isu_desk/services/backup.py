"""Backup, restore and integrity check of the local database.

A backup is a consistent online copy (SQLite's backup API) that can be taken
while the app is open. A restore first proves that the chosen file is a
healthy ISU Desk database this version can open, on a private copy, before it
touches anything; then it takes an exclusive hold on the current database
(refused while the app or another command has it open, so no write is lost),
keeps a copy of it and writes the restored pages into it under that hold.
"""

from __future__ import annotations

import os
import shutil
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from isu_desk.domain.errors import DataError
from isu_desk.storage.cipher import (
    DatabaseKey,
    FileKind,
    connect,
    file_kind,
    hold_exclusively,
    is_busy,
    is_driver_error,
)
from isu_desk.storage.database import (
    DATABASE_FILE,
    Database,
    backup_file,
    integrity_problems,
    open_database,
)
from isu_desk.storage.private import (
    new_private_file,
    private_file,
    private_folder,
    remove_leftovers,
)

if TYPE_CHECKING:
    from isu_desk.services.encryption import Unlocker

BACKUP_FOLDER = "backups"
# Tables every ISU Desk database has, whatever capabilities it was written with.
_CORE_TABLES = frozenset({"alembic_version", "settings", "change_log", "states", "contacts"})
# How long a restore waits for the current database to be free before it refuses.
_LOCK_TIMEOUT_S = 1.0
_IN_USE = (
    "ISU Desk is open on this data folder (or another command is using it); "
    "close it and try again. Nothing was changed."
)


@dataclass(frozen=True, slots=True)
class RestoreSummary:
    """Where the restored database is and where the one it replaced was kept."""

    database: Path
    replaced_copy: Path | None


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%d-%H%M%S")


def default_backup_path(data_folder: Path) -> Path:
    """``backups/isu-desk-backup-YYYYMMDD-HHMMSS.sqlite`` in the data folder."""
    return data_folder / BACKUP_FOLDER / f"isu-desk-backup-{_stamp()}.sqlite"


def backup(database: Database, target: Path | None = None) -> Path:
    """Copy the open database to ``target`` (default: the data folder's backups).

    The copy is one self-contained file in rollback-journal mode, so it can be
    restored from read-only media and opening it writes nothing beside it. It
    is encrypted with the database's own key (see :mod:`isu_desk.services.encryption`).

    Raises:
        DataError: the target exists already or cannot be written.
    """
    target = target or default_backup_path(database.path.parent)
    if target.exists():
        raise DataError(f"{target} already exists; choose another name.")
    partial = target.with_name(target.name + ".partial")
    try:
        if target.parent == database.path.parent / BACKUP_FOLDER:
            private_folder(target.parent)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
        backup_file(database.path, new_private_file(partial), database.key)
        _settle(partial, database.key)
        os.replace(partial, target)
    except Exception as exc:
        partial.unlink(missing_ok=True)
        if not (isinstance(exc, OSError) or is_driver_error(exc)):
            raise
        raise DataError(f"Cannot write the backup {target}: {exc}.") from exc
    return target


def check(database: Database) -> list[str]:
    """Problems found by SQLite's checks and the domain rules; empty when healthy."""
    from isu_desk.sync.rules import stored_problems  # sync is not needed at every start

    try:
        problems = integrity_problems(database)
        with database.read() as session:
            return problems + stored_problems(session.connection())
    except Exception as exc:  # the driver error arrives wrapped by the storage layer
        reason = getattr(exc, "orig", None) or exc
        if is_driver_error(reason):
            return [f"The database {database.path} cannot be read: {reason}."]
        raise


# --- restore -------------------------------------------------------------------


def _check_file(file: Path) -> None:
    """``file`` exists and is not empty (whether it is a database is checked on a copy)."""
    if not file.is_file():
        raise DataError(f"{file} does not exist or is not a file.")
    try:
        kind = file_kind(file)
    except OSError as exc:
        raise DataError(f"{file} cannot be read: {exc.strerror or exc}.") from exc
    if kind is FileKind.NEW:
        raise DataError(f"{file} is not an ISU Desk backup (not a database file).")


def clean_leftovers(data_folder: Path) -> list[Path]:
    """What a killed restore or backup left in the data folder (removed at the next start)."""
    return remove_leftovers(data_folder, (BACKUP_FOLDER,))


def _private_copy(file: Path, work: Path) -> Path:
    """A byte copy of ``file`` (and its write-ahead log, if any) in ``work``.

    Every later step opens only this copy, so nothing is ever written beside
    the user's file and a backup on read-only media can be restored.
    """
    copy = work / DATABASE_FILE
    try:
        shutil.copyfile(file, copy)
        log = Path(f"{file}-wal")
        if log.is_file():
            shutil.copyfile(log, Path(f"{copy}-wal"))
    except OSError as exc:
        raise DataError(f"{file} cannot be read: {exc.strerror or exc}.") from exc
    return copy


def _verify_candidate(copy: Path, file: Path, key: DatabaseKey | None) -> None:
    """Checks that ``copy`` (of the user's ``file``) is a healthy ISU Desk database."""
    try:
        with closing(connect(copy, key)) as connection:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
            problems = [row[0] for row in connection.execute("PRAGMA integrity_check")]
    except Exception as exc:
        if not is_driver_error(exc):
            raise
        raise DataError(f"{file} cannot be read as a database: {exc}.") from exc
    if not tables >= _CORE_TABLES:
        raise DataError(f"{file} is not an ISU Desk database.")
    if problems != ["ok"]:
        raise DataError(f"{file} is damaged ({problems[0]}); choose another backup.")


def _remove_journal_files(path: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _settle(path: Path, key: DatabaseKey | None) -> None:
    """Fold the write-ahead log into the file and leave it in rollback-journal mode."""
    with closing(connect(path, key, isolation_level=None)) as connection:
        connection.execute("PRAGMA journal_mode=DELETE")


def _prepare(staged: Path, key: DatabaseKey | None, replaced_id: str | None) -> None:
    """Open the private copy as the app would (migrating it), mark it restored, settle it.

    The mark makes its next sync continue under a fresh workstation id after
    reading back what the old id wrote since the backup (see
    :mod:`isu_desk.sync.identity`). A backup of another workstation than the
    database it replaces (``replaced_id``) is marked a copy: that workstation
    is still at work, so its id is not retired.
    """
    from isu_desk.sync.identity import COPY_MARK_PREFIX, RESTORED_MARK

    open_database(staged, key).close()  # refuses a newer schema; upgrades an older one
    with closing(connect(staged, key, isolation_level=None)) as connection:
        own = _workstation_id(connection)
        another = replaced_id is not None and own is not None and own != replaced_id
        mark = f"{COPY_MARK_PREFIX}{_stamp()}" if another else _stamp()
        connection.execute(
            "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (RESTORED_MARK, mark)
        )
    _settle(staged, key)


def _workstation_id(connection: Any) -> str | None:
    row = connection.execute("SELECT value FROM settings WHERE key = 'workstation_id'").fetchone()
    return str(row[0]) if row and row[0] else None


def _replaced_id(current: Path, key: DatabaseKey | None) -> str | None:
    """The workstation id of the database a restore replaces; ``None`` if there is none."""
    if file_kind(current) is FileKind.NEW:
        return None
    try:
        with closing(connect(current, key)) as connection:
            return _workstation_id(connection)
    except Exception as exc:  # a damaged file is replaced as it is
        if not is_driver_error(exc):
            raise
        return None


def _hold(current: Path, key: DatabaseKey | None) -> Any:
    """An exclusive hold on the current database, kept until the connection closes.

    It fails while the app or another command has the database open.

    Returns:
        ``None`` when there is no database or it cannot be read as one (a
        damaged file is replaced as it is).

    Raises:
        DataError: another connection has the database open.
    """
    if not current.exists():
        return None
    try:
        return hold_exclusively(current, key, _LOCK_TIMEOUT_S)
    except Exception as exc:
        if is_busy(exc):
            raise DataError(_IN_USE) from exc
        if not is_driver_error(exc):
            raise
        return None


def _keep_current(current: Path, hold: Any, key: DatabaseKey | None) -> Path | None:
    if not current.exists():
        return None
    kept = current.with_name(f"{current.name}.replaced-{_stamp()}.bak")
    if hold is not None:
        try:
            with closing(connect(new_private_file(kept), key)) as target:
                hold.backup(target)
            return kept
        except Exception as exc:
            if not is_driver_error(exc):
                raise
            kept.unlink(missing_ok=True)
    shutil.copy2(current, kept)  # a damaged database is kept as it is, byte for byte
    return private_file(kept)


def _swap(staged: Path, current: Path, hold: Any, key: DatabaseKey | None) -> None:
    """Put the staged database in place of the current one (under the hold, if any).

    ``key`` is the staged file's; ``hold`` must have the same one (else ``None``).
    """
    if hold is not None:
        try:
            with closing(connect(staged, key)) as source:
                source.backup(hold)  # one transaction of the held connection
            return
        except Exception as exc:
            if not is_driver_error(exc):
                raise
            hold.close()  # unchanged (rolled back): replace the file instead
    _remove_journal_files(current)
    os.replace(staged, current)


def _key_of(path: Path, unlocker: Unlocker | None, label: str) -> DatabaseKey | None:
    """The key of ``path`` (``None`` when plain); an encrypted one needs an unlocker."""
    if file_kind(path) is not FileKind.ENCRYPTED:
        return None
    if unlocker is None:
        raise DataError(f"The {label} is encrypted; its key or passphrase is needed.")
    from isu_desk.services.encryption import key_of

    return key_of(path, unlocker, label)


def _under_key(staged: Path, key: DatabaseKey | None, wanted: DatabaseKey | None) -> Path:
    """``staged`` re-encrypted with ``wanted`` (the data folder's key), verified; or as it is."""
    if key == wanted:
        return staged
    from isu_desk.services.encryption import hold_exclusively, verify_copy
    from isu_desk.storage.cipher import export, table_counts

    rekeyed = staged.with_name("rekeyed.sqlite")
    with closing(hold_exclusively(staged, key)) as source:
        expected = table_counts(source)
        export(source, new_private_file(rekeyed), wanted)
    verify_copy(rekeyed, wanted, expected)
    return rekeyed


def restore(data_folder: Path, file: Path, unlocker: Unlocker | None = None) -> RestoreSummary:
    """Replace the data folder's database by ``file``, keeping a copy of the old one.

    Nothing is touched unless ``file`` is a healthy ISU Desk database that this
    version can open and no one (the app, another command) has the current
    database open. An encrypted backup is opened with the key ``unlocker``
    finds (the keyring, or the passphrase it asks for); the restored database
    takes the current database's key when that one is encrypted, so the data
    folder keeps one key.

    Raises:
        DataError: the file is missing, not a database, damaged, or newer; its
            passphrase is wrong; or the current database is in use.
    """
    _check_file(file)
    private_folder(data_folder)
    current = data_folder / DATABASE_FILE
    current_key = _key_of(current, unlocker, f"database {current}")
    work = data_folder / f".restore-{_stamp()}"
    work.mkdir(exist_ok=True, mode=0o700)
    try:
        staged = _private_copy(file, work)
        key = _key_of(staged, unlocker, f"backup {file}")
        _verify_candidate(staged, file, key)
        wanted = current_key if file_kind(current) is FileKind.ENCRYPTED else key
        staged = _under_key(staged, key, wanted)
        try:
            _prepare(staged, wanted, _replaced_id(current, current_key))
        except DataError as exc:
            raise DataError(f"{file} was not restored: {exc}") from exc
        except Exception as exc:
            if not is_driver_error(exc):
                raise
            raise DataError(f"{file} cannot be restored: {exc}.") from exc
        hold = _hold(current, current_key)
        try:
            kept = _keep_current(current, hold, current_key)
            if wanted != current_key and hold is not None and os.name != "posix":
                hold.close()  # pages cannot move between keys: the file is renamed instead
            _swap(staged, current, hold if wanted == current_key else None, wanted)
        finally:
            if hold is not None:
                hold.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return RestoreSummary(current, kept)
