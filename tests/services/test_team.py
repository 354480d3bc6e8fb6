"""Creating and joining a team; where the key is kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from isu_desk.secrets import MemorySecretStore, NoKeyringError
from isu_desk.services.team import (
    PassphraseNeeded,
    create_team,
    join_team,
    secret_name,
    team_access,
)
from isu_desk.storage.database import Database

PASSPHRASE = "a long team passphrase"


class NoKeyring:
    """What KeyringSecretStore does on a computer without a keyring."""

    def get(self, name: str) -> str | None:
        raise NoKeyringError("This computer has no usable keyring.")

    def set(self, name: str, value: str) -> None:
        raise NoKeyringError("This computer has no usable keyring.")

    def delete(self, name: str) -> None:
        raise NoKeyringError("This computer has no usable keyring.")


def test_create_keeps_the_key_in_the_keyring_and_writes_only_the_wrapped_key(
    database: Database, tmp_path: Path
) -> None:
    store = MemorySecretStore()
    info = create_team(database, tmp_path / "share", PASSPHRASE, store, cost=2**14).unwrap()
    assert info.key_in_keyring and store.get(secret_name(info.team_id))
    text = (tmp_path / "share" / "isu-desk-team.json").read_text()
    assert store.get(secret_name(info.team_id)) not in text


def test_a_short_passphrase_is_refused(database: Database, tmp_path: Path) -> None:
    result = create_team(database, tmp_path / "share", "short", MemorySecretStore(), cost=2**14)
    assert [e.field for e in result.errors] == ["passphrase"]


def test_join_with_the_wrong_passphrase_is_a_field_error(
    database: Database, empty_database: Database, tmp_path: Path
) -> None:
    create_team(database, tmp_path / "share", PASSPHRASE, MemorySecretStore(), cost=2**14)
    result = join_team(
        empty_database, tmp_path / "share", "not the passphrase", MemorySecretStore()
    )
    assert [e.field for e in result.errors] == ["passphrase"]
    assert join_team(empty_database, tmp_path / "share", PASSPHRASE, MemorySecretStore()).ok


def test_without_a_keyring_the_passphrase_is_asked_each_session(
    database: Database, tmp_path: Path
) -> None:
    info = create_team(database, tmp_path / "share", PASSPHRASE, NoKeyring(), cost=2**14).unwrap()
    assert not info.key_in_keyring and "keyring" in info.notice
    with pytest.raises(PassphraseNeeded, match="no usable keyring"):
        team_access(database, tmp_path / "share", NoKeyring())
    session: dict[str, bytes] = {}
    access = team_access(database, tmp_path / "share", NoKeyring(), PASSPHRASE, session)
    assert team_access(database, tmp_path / "share", NoKeyring(), None, session) == access


def test_a_workstation_of_one_team_cannot_create_or_join_another(
    database: Database, empty_database: Database, tmp_path: Path
) -> None:
    ours = create_team(database, tmp_path / "ours", PASSPHRASE, MemorySecretStore(), cost=2**14)
    theirs = create_team(
        empty_database, tmp_path / "theirs", PASSPHRASE, MemorySecretStore(), cost=2**14
    )
    joined = join_team(database, tmp_path / "theirs", PASSPHRASE, MemorySecretStore())
    assert [e.field for e in joined.errors] == ["folder"]
    assert "already belongs to another team" in str(joined.errors[0])
    created = create_team(database, tmp_path / "new", PASSPHRASE, MemorySecretStore(), cost=2**14)
    assert "already belongs to another team" in str(created.errors[0])
    assert not (tmp_path / "new" / "isu-desk-team.json").exists()
    access = team_access(database, tmp_path / "ours", MemorySecretStore(), PASSPHRASE)
    assert access.team_id == ours.unwrap().team_id != theirs.unwrap().team_id


def test_joining_the_same_team_again_is_fine(database: Database, tmp_path: Path) -> None:
    info = create_team(database, tmp_path / "share", PASSPHRASE, MemorySecretStore(), cost=2**14)
    again = join_team(database, tmp_path / "share", PASSPHRASE, MemorySecretStore())
    assert again.unwrap().team_id == info.unwrap().team_id
