"""Secrets (the team key) in the OS keyring behind one small interface, plus an in-memory fake."""

from isu_desk.secrets.store import (
    KeyringSecretStore,
    MemorySecretStore,
    NoKeyringError,
    SecretStore,
)

__all__ = ["KeyringSecretStore", "MemorySecretStore", "NoKeyringError", "SecretStore"]
