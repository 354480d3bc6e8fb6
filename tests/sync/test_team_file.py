"""A damaged, hostile or newer team file is refused plainly, never with a traceback."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest

from isu_desk.secrets import MemorySecretStore
from isu_desk.services.team import create_team, join_team, team_access
from isu_desk.storage.database import Database
from isu_desk.sync import share as files
from isu_desk.sync.crypto import TeamFile, new_team_key, unwrap_key, wrap_key
from isu_desk.sync.errors import PacketRejected, SyncStopped

PASSPHRASE = "a long team passphrase"
KEY = new_team_key()
GOOD = wrap_key(KEY, PASSPHRASE, "team-1", "ISU", n=2**14)

DAMAGED: list[tuple[str, dict[str, Any]]] = [
    ("salt not base64", {"salt": "@@@"}),
    ("nonce of the wrong size", {"nonce": "AAAA"}),
    ("wrapped key cut short", {"wrapped": "AAAA"}),
    ("n not a power of two", {"n": 1000}),
    ("n below the floor", {"n": 2**4}),
    ("n huge", {"n": 2**40}),
    ("n as text", {"n": "16384"}),
    ("n as a boolean", {"n": True}),
    ("r huge", {"r": 10_000}),
    ("p huge", {"p": 64}),
    ("team id not text", {"team_id": 7}),
    ("format as text", {"format": "2"}),
    ("a field missing", {"salt": None}),
]


def _text(change: dict[str, Any]) -> str:
    data = json.loads(GOOD.to_json())
    data.update(change)
    return json.dumps({k: v for k, v in data.items() if v is not None})


def test_a_good_team_file_reads_back() -> None:
    assert TeamFile.from_json(GOOD.to_json()) == GOOD


@pytest.mark.parametrize(("why", "change"), DAMAGED, ids=[why for why, _ in DAMAGED])
def test_a_damaged_team_file_is_refused_plainly(why: str, change: dict[str, Any]) -> None:
    with pytest.raises(PacketRejected, match="the team file is damaged"):
        TeamFile.from_json(_text(change))


@pytest.mark.parametrize("text", ["", "[1, 2]", "null", "{"])
def test_what_is_not_a_team_file_is_damaged(text: str) -> None:
    with pytest.raises(PacketRejected, match="damaged"):
        TeamFile.from_json(text)


def test_unwrapping_with_unusable_costs_stops_plainly() -> None:
    hostile = dataclasses.replace(GOOD, n=1000)
    with pytest.raises(SyncStopped, match="damaged"):
        unwrap_key(hostile, PASSPHRASE)
    with pytest.raises(SyncStopped, match="damaged"):
        unwrap_key(dataclasses.replace(GOOD, n=2**40), PASSPHRASE)


def test_joining_a_damaged_team_file_is_a_field_error(
    database: Database, empty_database: Database, tmp_path: Path
) -> None:
    share = tmp_path / "share"
    create_team(database, share, PASSPHRASE, MemorySecretStore(), cost=2**14).unwrap()
    path = files.team_file(share)
    good = json.loads(path.read_text())
    for _why, change in DAMAGED:
        path.write_text(json.dumps({**good, **change}))
        result = join_team(empty_database, share, PASSPHRASE, MemorySecretStore())
        assert [e.field for e in result.errors] == ["folder"]
        assert "damaged" in str(result.errors[0])
        with pytest.raises(SyncStopped, match="damaged"):
            team_access(database, share, MemorySecretStore(), PASSPHRASE)


def test_a_team_file_from_a_newer_version_is_refused_as_newer_not_damaged(
    database: Database, empty_database: Database, tmp_path: Path
) -> None:
    newer = _text({"format": 2, "kdf": "argon2id"})
    with pytest.raises(PacketRejected, match="made by a newer version of ISU Desk"):
        TeamFile.from_json(newer)
    share = tmp_path / "share"
    create_team(database, share, PASSPHRASE, MemorySecretStore(), cost=2**14).unwrap()
    files.team_file(share).write_text(_text({"format": 2, "salt": None, "kdf": "argon2id"}))
    result = join_team(empty_database, share, PASSPHRASE, MemorySecretStore())
    assert "newer version of ISU Desk" in str(result.errors[0])


def test_keys_a_newer_version_adds_to_the_team_file_are_ignored() -> None:
    assert TeamFile.from_json(_text({"hint": "the passphrase is in the safe"})) == GOOD
