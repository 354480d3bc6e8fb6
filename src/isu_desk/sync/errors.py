"""What stops a sync or rejects one file, as plain messages."""

from __future__ import annotations

from isu_desk.domain.errors import DataError


class SyncStopped(DataError):
    """Sync could not run at all (folder unreachable, wrong key, ...); nothing changed locally."""


class WrongPassphrase(DataError):
    """The passphrase does not open the team file."""


class PacketRejected(Exception):
    """One file on the share is truncated, corrupt, foreign or tampered (``str`` = why)."""


class PacketWaits(Exception):
    """One file is fine but cannot be applied yet (written by a newer schema)."""
