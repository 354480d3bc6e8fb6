"""Creating and joining a team: the team key, the team file and the keyring.

``create_team`` makes a random 256-bit key, keeps it in the OS keyring and
writes the team file (the key wrapped with the passphrase, scrypt) to the
folder. ``join_team`` unwraps it on another workstation. Where no keyring
exists the key is never written anywhere: the user is told so and asked for
the passphrase each session (the key then lives only in memory).
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from pathlib import Path

from isu_desk.domain.errors import DataError, FieldError, Result
from isu_desk.domain.ids import new_id
from isu_desk.secrets import NoKeyringError, SecretStore
from isu_desk.storage import settings
from isu_desk.storage.database import Database
from isu_desk.sync import share as files
from isu_desk.sync.crypto import SCRYPT_N, TeamFile, key_id, new_team_key, unwrap_key, wrap_key
from isu_desk.sync.errors import PacketRejected, SyncStopped, WrongPassphrase
from isu_desk.sync.exchange import TeamAccess

MIN_PASSPHRASE = 10
FOLDER_SETTING = "sync_folder"
TEAM_SETTING = "sync_team_id"
ALREADY_IN_A_TEAM = (
    "This workstation already belongs to another team; its records cannot move to a second "
    "team. Nothing was changed."
)


class PassphraseNeeded(DataError):
    """The team key is not in a keyring here: the caller must ask for the passphrase."""


@dataclass(frozen=True, slots=True)
class TeamInfo:
    """The team this workstation belongs to, and whether its key is in the keyring."""

    team_id: str
    team_name: str
    folder: Path
    key_in_keyring: bool
    notice: str = ""


def secret_name(team_id: str) -> str:
    return f"team-key:{team_id}"


def read_team_file(folder: Path, known_team: str | None = None) -> TeamFile:
    """The team file of ``folder``; :class:`SyncStopped` with a plain reason otherwise."""
    if not folder.is_dir():
        raise SyncStopped(
            f"The sync folder {folder} cannot be reached (is the drive or share connected?). "
            "Nothing was changed."
        )
    try:
        text = files.team_file(folder).read_text(encoding="utf-8")
    except FileNotFoundError:
        if known_team:
            raise SyncStopped(
                f"The sync folder {folder} no longer holds the team's files: it may be empty "
                "or not mounted. Nothing was changed."
            ) from None
        raise SyncStopped(
            f"{folder} is not a team folder; create a team there or join one first."
        ) from None
    except OSError as exc:
        raise SyncStopped(f"The team file in {folder} cannot be read ({exc.strerror}).") from exc
    try:
        return TeamFile.from_json(text)
    except PacketRejected as exc:
        raise SyncStopped(f"{folder}: {exc}. Nothing was changed.") from exc


def _keep_key(store: SecretStore, team_id: str, key: bytes) -> tuple[bool, str]:
    try:
        store.set(secret_name(team_id), base64.b64encode(key).decode("ascii"))
    except NoKeyringError as exc:
        return False, str(exc)
    return True, ""


def _known_team(database: Database) -> str | None:
    with database.transaction() as session:
        return settings.get(session, TEAM_SETTING)


def _remember(database: Database, folder: Path, team_id: str) -> None:
    with database.transaction() as session:
        settings.put(session, FOLDER_SETTING, str(folder))
        settings.put(session, TEAM_SETTING, team_id)


def create_team(
    database: Database,
    folder: Path,
    passphrase: str,
    store: SecretStore,
    name: str = "ISU team",
    cost: int = SCRYPT_N,
) -> Result[TeamInfo]:
    """Make a new team in ``folder`` (which must not hold one yet)."""
    if len(passphrase) < MIN_PASSPHRASE:
        message = f"use at least {MIN_PASSPHRASE} characters"
        return Result.failure([FieldError("passphrase", message)])
    if files.team_file(folder).exists():
        return Result.failure([FieldError("folder", f"{folder} already holds a team; join it")])
    if _known_team(database):
        return Result.failure([FieldError("folder", ALREADY_IN_A_TEAM)])
    key, team_id = new_team_key(), new_id()
    team = wrap_key(key, passphrase, team_id, name, cost)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        files.write_new_file(folder, files.TEAM_FILE, team.to_json().encode("utf-8"))
    except OSError as exc:
        message = f"cannot write the team file ({exc.strerror or exc})"
        return Result.failure([FieldError("folder", message)])
    kept, notice = _keep_key(store, team_id, key)
    _remember(database, folder, team_id)
    return Result.success(TeamInfo(team_id, name, folder, kept, notice))


def join_team(
    database: Database, folder: Path, passphrase: str, store: SecretStore
) -> Result[TeamInfo]:
    """Join the team whose file is in ``folder``, with its passphrase."""
    try:
        team = read_team_file(folder)
        known = _known_team(database)
        if known and known != team.team_id:  # the same team again is fine (a moved folder)
            return Result.failure([FieldError("folder", ALREADY_IN_A_TEAM)])
        key = unwrap_key(team, passphrase)
    except (SyncStopped, WrongPassphrase) as exc:
        field = "passphrase" if isinstance(exc, WrongPassphrase) else "folder"
        return Result.failure([FieldError(field, str(exc))])
    kept, notice = _keep_key(store, team.team_id, key)
    _remember(database, folder, team.team_id)
    return Result.success(TeamInfo(team.team_id, team.team_name, folder, kept, notice))


def _stored_key(store: SecretStore, team_id: str) -> tuple[bytes | None, str]:
    try:
        text = store.get(secret_name(team_id))
    except NoKeyringError as exc:
        return None, str(exc)
    try:
        return (base64.b64decode(text, validate=True) if text else None), ""
    except ValueError:  # a damaged keyring entry: ask for the passphrase as without one
        return None, ""


def team_access(
    database: Database,
    folder: Path,
    store: SecretStore,
    passphrase: str | None = None,
    session_keys: dict[str, bytes] | None = None,
) -> TeamAccess:
    """The team and key for a sync of ``folder``.

    Raises:
        SyncStopped: the folder is unreachable, empty, of another team, or the key is wrong.
        PassphraseNeeded: no key in a keyring here and no passphrase given.
    """
    with database.transaction() as session:
        known = settings.get(session, TEAM_SETTING)
        name = settings.get(session, "workstation_name") or ""
    team = read_team_file(folder, known)
    if known and known != team.team_id:
        raise SyncStopped(
            f"The folder {folder} belongs to another team ({team.team_name}). Nothing was changed."
        )
    cache = session_keys if session_keys is not None else {}
    key, notice = cache.get(team.team_id), ""
    if key is None:
        key, notice = _stored_key(store, team.team_id)
    if key is None:
        if passphrase is None:
            raise PassphraseNeeded(
                (notice + " " if notice else "") + "Enter the team passphrase to sync."
            )
        try:
            key = unwrap_key(team, passphrase)
        except WrongPassphrase as exc:
            raise SyncStopped(f"{exc} Nothing was changed.") from exc
        if not notice:
            _keep_key(store, team.team_id, key)
    if key_id(key) != team.key_id:
        raise SyncStopped(
            "The team key on this workstation does not match the team file; join the team "
            "again. Nothing was changed."
        )
    cache[team.team_id] = key
    if not known:
        _remember(database, folder, team.team_id)
    return TeamAccess(team.team_id, key, team.key_id, name)
