"""The team key: random 256 bits, wrapped with a passphrase (scrypt) in the team file.

Packets are sealed with AES-GCM under the team key; the packet header is the
associated data, so a changed header fails authentication like a changed body.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import asdict, dataclass, fields

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from isu_desk.sync.errors import PacketRejected, SyncStopped, WrongPassphrase

KEY_BYTES = 32
NONCE_BYTES = 12
# scrypt cost: 2**17 * 128 * r bytes = 128 MiB and about half a second, once per join.
SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1
# What a team file may ask for: a hostile file must not make a join take hours or all memory.
SCRYPT_N_RANGE = (2**14, 2**20)
SCRYPT_R_RANGE = (8, 16)
SCRYPT_P_RANGE = (1, 4)
TEAM_FILE_FORMAT = 1
DAMAGED_TEAM_FILE = "the team file is damaged"
NEWER_TEAM_FILE = (
    "the team file was made by a newer version of ISU Desk; update ISU Desk on this computer"
)
_TEXT_FIELDS = ("team_id", "team_name", "key_id", "salt", "nonce", "wrapped")


def new_team_key() -> bytes:
    return os.urandom(KEY_BYTES)


def key_id(key: bytes) -> str:
    """A short public fingerprint of the key (reveals nothing about it)."""
    return hashlib.sha256(b"isu-desk team key id\x00" + key).hexdigest()[:16]


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True, slots=True)
class TeamFile:
    """The team file's content: the team key wrapped with the passphrase."""

    team_id: str
    team_name: str
    key_id: str
    salt: str
    n: int
    r: int
    p: int
    nonce: str
    wrapped: str
    format: int = TEAM_FILE_FORMAT

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2) + "\n"

    @classmethod
    def from_json(cls, text: str) -> TeamFile:
        """The team file read from ``text``.

        Raises:
            PacketRejected: the text is not a team file, or asks for unsafe scrypt costs.
        """
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise PacketRejected(DAMAGED_TEAM_FILE) from exc
        if not isinstance(data, dict) or not _is_int(data.get("format", TEAM_FILE_FORMAT)):
            raise PacketRejected(DAMAGED_TEAM_FILE)
        if data.get("format", TEAM_FILE_FORMAT) > TEAM_FILE_FORMAT:
            raise PacketRejected(NEWER_TEAM_FILE)
        known = {name: data[name] for name in _FIELDS if name in data}  # newer keys are ignored
        try:
            team = cls(**known)
        except TypeError as exc:
            raise PacketRejected(DAMAGED_TEAM_FILE) from exc
        if not _well_formed(team):
            raise PacketRejected(DAMAGED_TEAM_FILE)
        return team


_FIELDS = tuple(field.name for field in fields(TeamFile))


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _within(value: object, bounds: tuple[int, int]) -> bool:
    return (
        isinstance(value, int) and not isinstance(value, bool) and bounds[0] <= value <= bounds[1]
    )


def _decodes(text: str, sizes: range) -> bool:
    try:
        return len(_unb64(text)) in sizes
    except ValueError:
        return False


def _well_formed(team: TeamFile) -> bool:
    """Field types, scrypt costs within bounds, and base64 fields of the right sizes."""
    if not all(isinstance(getattr(team, name), str) for name in _TEXT_FIELDS):
        return False
    if not _within(team.n, SCRYPT_N_RANGE) or team.n & (team.n - 1):
        return False
    if not (_within(team.r, SCRYPT_R_RANGE) and _within(team.p, SCRYPT_P_RANGE)):
        return False
    return (
        _decodes(team.salt, range(16, 65))
        and _decodes(team.nonce, range(NONCE_BYTES, NONCE_BYTES + 1))
        and _decodes(team.wrapped, range(KEY_BYTES + 16, KEY_BYTES + 17))
    )


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=KEY_BYTES, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def wrap_key(
    key: bytes, passphrase: str, team_id: str, team_name: str, n: int = SCRYPT_N
) -> TeamFile:
    """Encrypt ``key`` under a key derived from ``passphrase`` (team id as associated data)."""
    salt, nonce = os.urandom(16), os.urandom(NONCE_BYTES)
    kek = _derive(passphrase, salt, n, SCRYPT_R, SCRYPT_P)
    wrapped = AESGCM(kek).encrypt(nonce, key, team_id.encode("utf-8"))
    return TeamFile(
        team_id, team_name, key_id(key), _b64(salt), n, SCRYPT_R, SCRYPT_P, _b64(nonce),
        _b64(wrapped),
    )  # fmt: skip


def unwrap_key(team: TeamFile, passphrase: str) -> bytes:
    """The team key.

    Raises:
        WrongPassphrase: the passphrase does not fit.
        SyncStopped: the team file's values cannot be used (damaged).
    """
    try:
        kek = _derive(passphrase, _unb64(team.salt), team.n, team.r, team.p)
        key = AESGCM(kek).decrypt(_unb64(team.nonce), _unb64(team.wrapped), team.team_id.encode())
    except InvalidTag as exc:
        raise WrongPassphrase("This passphrase does not open the team file.") from exc
    except (ValueError, TypeError, MemoryError, OverflowError) as exc:
        raise SyncStopped("The team file is damaged; nothing was changed.") from exc
    return key


def seal(key: bytes, associated: bytes, plain: bytes) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, plain, associated)


def unseal(key: bytes, associated: bytes, sealed: bytes) -> bytes:
    """The plain bytes; raises :class:`PacketRejected` when anything was changed."""
    if len(sealed) < NONCE_BYTES + 16:
        raise PacketRejected("the file is truncated")
    try:
        return AESGCM(key).decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], associated)
    except InvalidTag as exc:
        raise PacketRejected("the file failed authentication (damaged or tampered)") from exc
