"""Encryption at rest: finding a database's key, encrypting a plain one, a recovery passphrase.

:func:`unlock` finds the key of a data folder's database: in this session's
memory, in the keyring (by the file's salt), or from the passphrase the
caller asks the user for. A new database gets a random key kept in the
keyring, or, where there is none, a key derived from a passphrase the user
chooses.

:func:`encrypt` and :func:`set_passphrase` rewrite the database with a new key
copy-first: an exclusive hold on the file, ``sqlcipher_export`` into a new
private file, a check that it opens with the new key and holds the same tables
with the same numbers of rows, and only then an atomic rename over the old
file. A kill at any moment leaves either the old file or the new one whole
(a half-written copy is a ``.partial`` file removed at the next start), and the
new key is in the keyring before the rename.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from isu_desk.domain.errors import DataError
from isu_desk.secrets import SecretStore
from isu_desk.secrets.database_key import (
    MIN_PASSPHRASE,
    derived_key,
    forget_key,
    keep_key,
    random_key,
    stored_key,
)
from isu_desk.storage import cipher
from isu_desk.storage.cipher import (
    DatabaseKey,
    FileKind,
    connect,
    export,
    file_kind,
    file_salt,
    is_driver_error,
    opens_with,
    table_counts,
)
from isu_desk.storage.database import DATABASE_FILE
from isu_desk.storage.private import new_private_file, private_file

# ask(new, prompt): the passphrase the user typed, or None when they gave none.
Ask = Callable[[bool, str], str | None]
_LOCK_TIMEOUT_S = 1.0
_IN_USE = (
    "ISU Desk is open on this data folder (or another command is using it); "
    "close it and try again. Nothing was changed."
)
NEW_PASSPHRASE_PROMPT = (
    "This computer has no keyring to keep the database key in. Choose a passphrase "
    f"for the database (at least {MIN_PASSPHRASE} characters); it is asked at each start "
    "and cannot be recovered if forgotten."
)


class WrongPassphrase(DataError):
    """The passphrase does not open the database (nothing was changed)."""


@dataclass
class Unlocker:
    """Where keys come from: the keyring, else the user (``ask``); remembers this session's keys."""

    store: SecretStore
    ask: Ask
    known: dict[bytes, DatabaseKey] = field(default_factory=dict)

    def remember(self, key: DatabaseKey | None) -> DatabaseKey | None:
        if key is not None:
            self.known[key.salt] = key
        return key


@dataclass(frozen=True, slots=True)
class Rekeyed:
    """The database after :func:`encrypt` or :func:`set_passphrase`."""

    database: Path
    key_in_keyring: bool
    plain_copies: tuple[Path, ...]  # older unencrypted copies left for the user to delete


def env_warning(name: str) -> str:
    return (
        f"Warning: the passphrase was read from {name}; any program running as you can read "
        "it there. Prefer --passphrase-file PATH (a file only you can read)."
    )


def passphrase_given(
    path: str | None, env_name: str | None, warn: Callable[[str], None]
) -> str | None:
    """The passphrase in the file ``path``, else in ``env_name`` (``warn`` is told), else ``None``.

    Raises:
        DataError: the file cannot be read.
    """
    if path:
        try:
            return Path(path).read_text(encoding="utf-8").rstrip("\r\n")
        except OSError as exc:
            raise DataError(f"Cannot read the passphrase file {path}: {exc.strerror}.") from exc
    given = os.environ.get(env_name) if env_name else None
    if given is not None and env_name:
        warn(env_warning(env_name))
    return given


def database_file(folder: Path) -> Path:
    return folder / DATABASE_FILE


def unlock(path: Path, unlocker: Unlocker) -> DatabaseKey | None:
    """The key of the database at ``path``; ``None`` for a plain file.

    Raises:
        WrongPassphrase: the passphrase typed does not open the file.
        DataError: no passphrase was given, or a new one is too short.
    """
    kind = file_kind(path)
    if kind is FileKind.PLAIN:
        return None
    if kind is FileKind.NEW:
        return unlocker.remember(new_key(unlocker))
    return unlocker.remember(key_of(path, unlocker))


def key_of(path: Path, unlocker: Unlocker, label: str = "") -> DatabaseKey:
    """The key that opens the encrypted file ``path``; ``label`` names it to the user.

    Raises:
        WrongPassphrase: the passphrase typed does not open the file.
        DataError: no passphrase was given.
    """
    label = label or f"database {path}"
    salt = file_salt(path)
    # This session's key first: the keyring is not asked for a key already known (found at start).
    for find in (unlocker.known.get, lambda salt: stored_key(unlocker.store, salt)):
        key = find(salt)
        if key is not None and opens_with(path, key):
            return key
    passphrase = unlocker.ask(False, f"The {label} is encrypted. Its passphrase:")
    if not passphrase:
        raise DataError(f"The {label} is encrypted and no passphrase was given.")
    key = derived_key(passphrase, salt)
    if not opens_with(path, key):
        raise WrongPassphrase(f"This passphrase does not open the {label}. Nothing was changed.")
    keep_key(unlocker.store, key)  # where there is a keyring, it is not asked again
    return key


def new_key(unlocker: Unlocker) -> DatabaseKey:
    """A key for a new database: random in the keyring, else from a passphrase the user chooses."""
    key = random_key()
    if keep_key(unlocker.store, key):
        return key
    return derived_key(_chosen_passphrase(unlocker.ask(True, NEW_PASSPHRASE_PROMPT)))


def _chosen_passphrase(passphrase: str | None) -> str:
    if not passphrase:
        raise DataError("No passphrase was given; nothing was changed.")
    if len(passphrase) < MIN_PASSPHRASE:
        raise DataError(
            f"The passphrase needs at least {MIN_PASSPHRASE} characters; nothing was changed."
        )
    return passphrase


def encrypt(folder: Path, unlocker: Unlocker) -> Rekeyed:
    """Encrypt the data folder's plain database (copy first; see the module docstring).

    Raises:
        DataError: there is no plain database, it is in use, or the copy did not verify.
    """
    path = database_file(folder)
    kind = file_kind(path)
    if kind is FileKind.ENCRYPTED:
        raise DataError(f"The database {path} is already encrypted; nothing was changed.")
    if kind is FileKind.NEW:
        raise DataError(f"There is no database in {folder} yet; nothing was changed.")
    key = unlocker.remember(new_key(unlocker))
    assert key is not None
    rewrite(path, None, key)
    return _done(path, unlocker, key)


def set_passphrase(folder: Path, unlocker: Unlocker, passphrase: str) -> Rekeyed:
    """Re-key the database with a key derived from ``passphrase`` (its recovery passphrase).

    Backups made afterwards open with the passphrase alone, on any computer.
    A plain database is encrypted by the same step.
    """
    path = database_file(folder)
    if file_kind(path) is FileKind.NEW:
        raise DataError(f"There is no database in {folder} yet; nothing was changed.")
    old = unlock(path, unlocker)
    key = derived_key(_chosen_passphrase(passphrase))
    keep_key(unlocker.store, key)  # before the rename: the new file is never without its key
    unlocker.remember(key)
    rewrite(path, old, key)
    if old is not None:
        forget_key(unlocker.store, old.salt)
    return _done(path, unlocker, key)


def _done(path: Path, unlocker: Unlocker, key: DatabaseKey) -> Rekeyed:
    kept = stored_key(unlocker.store, key.salt) == key
    return Rekeyed(path, kept, tuple(_plain_copies(path)))


def _plain_copies(path: Path) -> list[Path]:
    from isu_desk.services.backup import BACKUP_FOLDER

    candidates = [*path.parent.glob(f"{path.name}.*.bak"), *(path.parent / BACKUP_FOLDER).glob("*")]
    return sorted(p for p in candidates if p.is_file() and file_kind(p) is FileKind.PLAIN)


def rewrite(path: Path, old: DatabaseKey | None, new: DatabaseKey | None) -> None:
    """Replace ``path`` by a verified copy keyed with ``new`` (copy first, then rename).

    Raises:
        DataError: the database is in use, or the copy did not verify (the old file is untouched).
    """
    work = path.with_name(f"{path.name}.rekey.partial")
    work.unlink(missing_ok=True)
    hold = hold_exclusively(path, old)
    try:
        expected = table_counts(hold)
        export(hold, new_private_file(work), new)
        verify_copy(work, new, expected)
        if os.name == "posix":  # renaming under the hold: no one writes to the old file meanwhile
            os.replace(work, path)
    except BaseException:
        hold.close()
        work.unlink(missing_ok=True)  # gone already when the rename happened
        raise
    hold.close()
    if os.name != "posix":  # Windows renames no open file
        os.replace(work, path)
    private_file(path)


def hold_exclusively(path: Path, key: DatabaseKey | None) -> Any:
    """A SQLCipher connection holding ``path`` exclusively (see :func:`cipher.hold_exclusively`).

    Raises:
        DataError: another connection (the app, a command) has the database open.
    """
    try:
        return cipher.hold_exclusively(path, key, _LOCK_TIMEOUT_S, for_export=True)
    except Exception as exc:
        if cipher.is_busy(exc):
            raise DataError(_IN_USE) from exc
        if is_driver_error(exc):
            raise DataError(f"The database {path} cannot be read: {exc}.") from exc
        raise


def verify_copy(copy: Path, key: DatabaseKey | None, expected: dict[str, int]) -> None:
    """``copy`` opens with ``key``, is healthy and has ``expected`` tables and row counts."""
    try:
        with closing(connect(copy, key)) as connection:
            found = table_counts(connection)
            healthy = connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    except Exception as exc:
        if not is_driver_error(exc):
            raise
        raise DataError(f"The new copy does not open ({exc}); nothing was changed.") from exc
    if found != expected or not healthy:
        raise DataError("The new copy differs from the database; nothing was changed.")
