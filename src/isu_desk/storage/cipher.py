"""SQLCipher: what an encrypted database file is, and opening, copying and checking one.

An encrypted file is keyed with a raw 256-bit key and a 16-byte salt (SQLCipher's
``x'<key><salt>'`` form, so SQLCipher runs no key derivation of its own). The salt
is the file's first 16 bytes, in the clear: it names the key in the keyring and
lets a key be derived from a passphrase on a computer that never saw the file.
A plain file starts with SQLite's magic string instead.

``sqlcipher3`` is imported only by the functions that open an encrypted file, so
``isu-desk --version`` and plain databases never load it.
"""

from __future__ import annotations

import sqlite3
import sys
from contextlib import closing
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

SQLITE_MAGIC = b"SQLite format 3\x00"
SALT_BYTES = 16
KEY_BYTES = 32
DRIVER_MODULE = "sqlcipher3"
PAGE_GRAIN = 512  # an encrypted file is whole pages, and pages are 512 bytes or a multiple


class FileKind(Enum):
    NEW = "new"  # missing or empty: created at the next open
    PLAIN = "plain"
    ENCRYPTED = "encrypted"


@dataclass(frozen=True, slots=True)
class DatabaseKey:
    """The key of one encrypted file: 32 random (or passphrase-derived) bytes and its salt."""

    raw: bytes
    salt: bytes

    def __post_init__(self) -> None:
        if len(self.raw) != KEY_BYTES or len(self.salt) != SALT_BYTES:
            raise ValueError("a database key is 32 bytes with a 16-byte salt")

    def __repr__(self) -> str:  # never print the key itself (logs, tracebacks)
        return f"DatabaseKey(salt={self.salt.hex()})"

    @property
    def literal(self) -> str:
        """SQLCipher's raw key with explicit salt, ``x'<key><salt>'``."""
        return f"x'{self.raw.hex()}{self.salt.hex()}'"

    @property
    def pragma(self) -> str:
        """The value of ``PRAGMA key`` (the literal, quoted)."""
        return f'"{self.literal}"'


def file_kind(path: Path) -> FileKind:
    """Whether ``path`` is missing/empty, a plain SQLite file or (presumably) encrypted."""
    head = _head(path)
    if not head:
        return FileKind.NEW
    if head.startswith(SQLITE_MAGIC) or path.stat().st_size % PAGE_GRAIN:
        return FileKind.PLAIN  # a damaged file, too: SQLite says what is wrong with it
    return FileKind.ENCRYPTED


def file_salt(path: Path) -> bytes:
    """The salt an encrypted file starts with."""
    return _head(path)[:SALT_BYTES]


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_MAGIC))
    except FileNotFoundError:
        return b""


def _driver() -> Any:
    import sqlcipher3

    return sqlcipher3


def connect(path: Path | str, key: DatabaseKey | None, **options: Any) -> Any:
    """A DB-API connection to ``path``: ``sqlite3`` for a plain file, else SQLCipher."""
    if key is None:
        return sqlite3.connect(path, **options)
    connection = _driver().connect(str(path), **options)
    apply_key(connection, key)
    return connection


def apply_key(connection: Any, key: DatabaseKey) -> None:
    """Key a fresh SQLCipher connection (its first statements, before any read)."""
    connection.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is reported, not logged
    connection.execute(f"PRAGMA key = {key.pragma}")


def opens_with(path: Path, key: DatabaseKey | None) -> bool:
    """Whether ``path`` can be read with ``key`` (a wrong key reads as "not a database")."""
    try:
        with closing(connect(path, key)) as connection:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
    except Exception as exc:
        if is_driver_error(exc):
            return False
        raise
    return True


def is_driver_error(exc: BaseException, kind: str = "Error") -> bool:
    """Whether ``exc`` is the ``sqlite3`` or SQLCipher driver's ``kind`` error."""
    if isinstance(exc, getattr(sqlite3, kind)):
        return True
    driver = sys.modules.get(DRIVER_MODULE)  # never imported: never raised
    return driver is not None and isinstance(exc, getattr(driver, kind))


def table_counts(connection: Any, schema: str = "main") -> dict[str, int]:
    """Every table of ``schema`` and its number of rows."""
    names = [
        row[0]
        for row in connection.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    return {
        name: int(connection.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchone()[0])
        for name in names
    }


def export(source: Any, target: Path, key: DatabaseKey | None) -> None:
    """Write every table, index and trigger of the open ``source`` into a new file ``target``.

    ``source`` must be a SQLCipher connection (keyed or plain); ``target`` is
    keyed with ``key``, or plain when ``key`` is ``None``.
    """
    key_clause = key.pragma if key is not None else "''"
    source.execute(f"ATTACH DATABASE ? AS isu_export KEY {key_clause}", (str(target),))
    try:
        source.execute("SELECT sqlcipher_export('isu_export')")
    finally:
        source.execute("DETACH DATABASE isu_export")


def open_for_export(path: Path, key: DatabaseKey | None, **options: Any) -> Any:
    """A SQLCipher connection to ``path`` even when it is plain (``export`` needs one)."""
    from isu_desk.domain.hlc import HybridClock
    from isu_desk.storage.capture import CaptureState, ConnectionFlags, register_functions

    connection = _driver().connect(str(path), **options)
    if key is not None:
        apply_key(connection, key)
    else:
        connection.execute("PRAGMA cipher_log_level = NONE")
    # Computed columns call the app's functions; capture off: copying is not a change.
    state = CaptureState(clock=HybridClock(""))
    register_functions(connection, state, ConnectionFlags(capture=False))
    return connection


def hold_exclusively(
    path: Path, key: DatabaseKey | None, timeout: float, for_export: bool = False
) -> Any:
    """A connection holding ``path`` exclusively until it closes, its write-ahead log folded in.

    Leaving WAL mode needs every other connection to the file closed, and the
    exclusive locking mode keeps the lock after the first transaction.

    Raises:
        the driver's OperationalError ("locked") while another connection has the file open.
    """
    options: dict[str, Any] = {"timeout": timeout, "isolation_level": None}
    connection = (
        open_for_export(path, key, **options) if for_export else connect(path, key, **options)
    )
    try:
        connection.execute("PRAGMA locking_mode=EXCLUSIVE")
        connection.execute("PRAGMA journal_mode=DELETE")
        connection.execute("BEGIN EXCLUSIVE")
        connection.execute("COMMIT")
    except BaseException:
        connection.close()
        raise
    return connection


def is_busy(exc: BaseException) -> bool:
    """Whether ``exc`` says another connection holds the database."""
    return is_driver_error(exc, "OperationalError") and ("locked" in str(exc) or "busy" in str(exc))
