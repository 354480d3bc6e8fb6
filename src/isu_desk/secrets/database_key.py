"""The database key: random and kept in the keyring, or derived from a passphrase.

A new data folder's key is 32 random bytes kept in the OS keyring under the
name ``database-key:<salt>`` (the salt is the encrypted file's first 16 bytes,
so each database file names its own key). Where there is no keyring, or for a
recovery passphrase, the key is derived from the passphrase and that salt with
scrypt, so the passphrase alone opens the file (or a backup of it) anywhere.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import os

from isu_desk.secrets.store import KeyringSecretStore, NoKeyringError, SecretStore
from isu_desk.storage.cipher import KEY_BYTES, SALT_BYTES, DatabaseKey

# scrypt cost: 2**17 * 128 * 8 bytes = 128 MiB and about half a second, once per start.
# Fixed: a file carries only its salt, so changing these would lock out existing files.
SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1
MIN_PASSPHRASE = 10


def os_keyring() -> SecretStore:
    """Where the app and the commands keep database keys (tests put a memory store here)."""
    return KeyringSecretStore()


def new_salt() -> bytes:
    return os.urandom(SALT_BYTES)


def random_key() -> DatabaseKey:
    return DatabaseKey(os.urandom(KEY_BYTES), new_salt())


def derived_key(passphrase: str, salt: bytes | None = None) -> DatabaseKey:
    """The key of ``passphrase`` for a file with ``salt`` (a new salt for a new file)."""
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt  # not needed at start-up

    salt = salt if salt is not None else new_salt()
    kdf = Scrypt(salt=salt, length=KEY_BYTES, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)
    return DatabaseKey(kdf.derive(passphrase.encode("utf-8")), salt)


def secret_name(salt: bytes) -> str:
    return f"database-key:{salt.hex()}"


def stored_key(store: SecretStore, salt: bytes) -> DatabaseKey | None:
    """The key kept for the file with ``salt``; ``None`` when none is (or no keyring exists)."""
    try:
        text = store.get(secret_name(salt))
    except NoKeyringError:
        return None
    if text is None:
        return None
    try:
        return DatabaseKey(base64.b64decode(text, validate=True), salt)
    except (binascii.Error, ValueError):
        return None  # not a key this version wrote: ask for the passphrase instead


def keyring_key(salt: bytes) -> DatabaseKey | None:
    """The key kept in the OS keyring for the file with ``salt`` (see :func:`stored_key`)."""
    return stored_key(os_keyring(), salt)


def keep_key(store: SecretStore, key: DatabaseKey) -> bool:
    """Keep ``key`` in the keyring; ``False`` when this computer has none."""
    try:
        store.set(secret_name(key.salt), base64.b64encode(key.raw).decode("ascii"))
    except NoKeyringError:
        return False
    return True


def forget_key(store: SecretStore, salt: bytes) -> None:
    with contextlib.suppress(NoKeyringError):
        store.delete(secret_name(salt))
