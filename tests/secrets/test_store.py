"""The secret stores: in-memory fake, a missing keyring, and a real Secret Service (CI)."""

from __future__ import annotations

import os
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from isu_desk.secrets import KeyringSecretStore, MemorySecretStore, NoKeyringError
from isu_desk.services.team import create_team, secret_name, team_access
from isu_desk.storage.database import Database


def test_the_memory_store_keeps_and_forgets() -> None:
    store = MemorySecretStore()
    store.set("team-key:x", "c2VjcmV0")
    assert store.get("team-key:x") == "c2VjcmV0"
    store.delete("team-key:x")
    assert store.get("team-key:x") is None


def test_no_keyring_is_said_plainly_and_nothing_is_stored(monkeypatch: pytest.MonkeyPatch) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        store = KeyringSecretStore()
        with pytest.raises(NoKeyringError, match="no usable keyring"):
            store.set("team-key:x", "c2VjcmV0")
        with pytest.raises(NoKeyringError):
            store.get("team-key:x")
    finally:
        keyring.set_keyring(previous)


@pytest.mark.real_keyring
@pytest.mark.skipif(
    os.environ.get("ISU_DESK_REAL_KEYRING") != "1", reason="needs a Secret Service (CI)"
)
def test_the_team_key_round_trips_through_a_real_secret_service(
    database: Database, tmp_path: Path
) -> None:
    from keyring.backends import SecretService

    assert isinstance(keyring.get_keyring(), SecretService.Keyring)
    store = KeyringSecretStore(service="ISU Desk test")
    team = create_team(database, tmp_path / "share", "a long test passphrase", store, cost=2**14)
    info = team.unwrap()
    assert info.key_in_keyring
    try:
        access = team_access(database, tmp_path / "share", store)  # no passphrase asked
        assert store.get(secret_name(info.team_id)) is not None
        assert access.team_id == info.team_id
    finally:
        store.delete(secret_name(info.team_id))
    assert store.get(secret_name(info.team_id)) is None
