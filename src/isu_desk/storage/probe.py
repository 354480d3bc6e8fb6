"""A cheap look into a database file with the standard library only (no SQLAlchemy).

Starting the window needs to know two things before anything heavy is
imported: is the file already at the schema this version writes (then Alembic
is not needed), and has this workstation been set up (then no name is asked).
Both are read here, read-only, in a few milliseconds (an encrypted file with
SQLCipher and the key the caller found in the keyring); the full open
(:func:`isu_desk.storage.database.open_database`) comes after the window shows.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from isu_desk.domain.errors import DataError
from isu_desk.storage.cipher import (
    DatabaseKey,
    FileKind,
    connect,
    file_kind,
    file_salt,
    is_driver_error,
)
from isu_desk.storage.schema_heads import SCHEMA_HEADS

DATABASE_FILE = "isu-desk.sqlite"  # in the data folder
FOLDER_BUSY = (
    "Another ISU Desk window or command (an import, perhaps) is busy with this data folder; "
    "nothing was changed. Try again in a moment."
)


def is_busy(exc: BaseException | None) -> bool:
    """Whether a driver error says another connection holds the file (waited for in vain)."""
    return "locked" in str(exc) or "busy" in str(exc)


@dataclass(frozen=True, slots=True)
class ReadyFolder:
    """A data folder whose database opens without migrating or asking anything."""

    workstation_name: str
    encryption_declined: bool = False  # a plain file whose user said no to encrypting it
    key: DatabaseKey | None = None  # an encrypted file's key (found in the keyring)
    # An encrypted file taken as ready from what the last start remembered (not looked
    # into): its key is looked for once the window shows.
    locked: bool = False


def _connect_read_only(path: Path, key: DatabaseKey | None = None) -> Any:
    _roll_back_hot_journal(path, key)
    # as_uri() escapes "#" and "?", which a data folder name may contain.
    return connect(f"{path.resolve().as_uri()}?mode=ro", key, uri=True)


def _roll_back_hot_journal(path: Path, key: DatabaseKey | None) -> None:
    """Let SQLite roll back what a write killed midway left in a rollback journal.

    A bulk import writes through one (see ``Database.transaction``); until it is
    rolled back, a read-only connection cannot read the file. Any read-write
    reader does it first, under SQLite's locks; without a journal, nothing is done.
    """
    journal = Path(f"{path}-journal")
    if journal.exists() and journal.stat().st_size > 0:
        with closing(connect(path, key)) as conn:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()


def schema_revisions(path: Path, key: DatabaseKey | None = None) -> frozenset[str] | None:
    """The file's schema revisions; ``None`` for a new or empty file.

    ``key``: the file's SQLCipher key (``None`` for a plain file).

    Raises:
        DataError: the file is not an ISU Desk database or cannot be read.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        with closing(_connect_read_only(path, key)) as conn:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
            if "alembic_version" not in tables:
                if tables:
                    raise DataError(f"{path} is not an ISU Desk database.")
                return None
            rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    except Exception as exc:
        if not is_driver_error(exc, "DatabaseError"):
            raise
        if is_busy(exc):  # a command-line import writing it: see Database.transaction
            raise DataError(FOLDER_BUSY) from exc
        raise DataError(f"{path} cannot be read as a database: {exc}.") from exc
    return frozenset(row[0] for row in rows) or None


def ready_folder(
    folder: Path, key_for: Callable[[bytes], DatabaseKey | None] | None = None
) -> ReadyFolder | None:
    """The data folder's database if it is at the head schema with a workstation set up.

    ``key_for(salt)``: the key of an encrypted file with that salt, or ``None``
    (the caller looks in the keyring; no passphrase is asked here). ``None`` for
    anything else (a new, older, newer or unreadable file, an encrypted one
    without ``key_for`` or whose key it does not give or that the key does not
    open, or no workstation yet): the caller then opens it the full way, which
    migrates, asks or says plainly what is wrong.
    """
    path = folder / DATABASE_FILE
    key = None
    try:
        if file_kind(path) is FileKind.ENCRYPTED:
            key = key_for(file_salt(path)) if key_for is not None else None
            if key is None:
                return None
        if schema_revisions(path, key) != SCHEMA_HEADS:
            return None
        with closing(_connect_read_only(path, key)) as conn:
            rows = dict(
                conn.execute(
                    "SELECT key, value FROM settings "
                    "WHERE key IN ('workstation_id', 'workstation_name', 'encryption_declined')"
                ).fetchall()
            )
    except (DataError, OSError):
        return None
    except Exception as exc:
        if is_driver_error(exc):
            return None
        raise
    if not rows.get("workstation_id"):
        return None
    return ReadyFolder(
        workstation_name=str(rows.get("workstation_name") or ""),
        encryption_declined=bool(rows.get("encryption_declined")),
        key=key,
    )
