"""Packet files and the team file: what a reader accepts, rejects or holds back."""

from __future__ import annotations

import json
import struct
import zlib

import pytest

from isu_desk.sync.crypto import key_id, new_team_key, seal, unwrap_key, wrap_key
from isu_desk.sync.errors import PacketRejected, PacketWaits, WrongPassphrase
from isu_desk.sync.packets import (
    FORMAT_VERSION,
    MAGIC,
    Entry,
    Expectation,
    Header,
    decode,
    encode,
)

KEY = new_team_key()
NODE = "0d6f0a52-0000-4000-8000-000000000001"
STAMP = f"0001795728485997-0000-{NODE}"


def _packet(schema: list[str] | None = None) -> bytes:
    header = Header("team-1", NODE, 1, key_id(KEY), schema or ["0001_directory"], count=1)
    entry = Entry("organisations", "r1", "upsert", {"name": "GICHD"}, STAMP, {})
    return encode(KEY, header, [entry])


def _expect(schema: frozenset[str] = frozenset({"0001_directory"})) -> Expectation:
    return Expectation("team-1", key_id(KEY), schema)


def test_a_packet_round_trips() -> None:
    header, entries = decode(KEY, _packet(), _expect())
    assert header.seq == 1 and entries[0].fields == {"name": "GICHD"}


def test_a_changed_header_fails_authentication() -> None:
    data = _packet().replace(b'"seq":1', b'"seq":7')
    with pytest.raises(PacketRejected, match="tampered"):
        decode(KEY, data, _expect())


def test_another_key_is_rejected() -> None:
    with pytest.raises(PacketRejected, match="another team key"):
        decode(new_team_key(), _packet(), Expectation("team-1", "other", frozenset()))


def test_a_newer_schema_waits() -> None:
    with pytest.raises(PacketWaits, match="newer version"):
        decode(KEY, _packet(["0001_directory", "0099_future"]), _expect())


def test_the_team_file_needs_the_passphrase() -> None:
    team = wrap_key(KEY, "a long passphrase", "team-1", "ISU", n=2**10)
    assert "wrapped" in json.loads(team.to_json())
    assert unwrap_key(team, "a long passphrase") == KEY
    with pytest.raises(WrongPassphrase):
        unwrap_key(team, "a wrong passphrase")


def _packet_with_header(values: dict[str, object]) -> bytes:
    head = json.dumps(values).encode()
    prefix = MAGIC + struct.pack(">I", len(head)) + head
    return prefix + seal(KEY, prefix, zlib.compress(b""))


_HEADER = {"team_id": "team-1", "workstation_id": NODE, "seq": 1, "key_id": key_id(KEY)}


@pytest.mark.parametrize(
    "newer",
    [
        {**_HEADER, "schema": [], "format": 2, "compression": "zstd"},
        {"format": 2, "writer": {"id": NODE}},  # a newer layout without today's fields
        {**_HEADER, "schema": [], "format": 2, "key_id": "k2"},  # newer key handling
    ],
)
def test_a_newer_format_waits_instead_of_being_called_damaged(newer: dict[str, object]) -> None:
    with pytest.raises(PacketWaits, match="newer version"):
        decode(KEY, _packet_with_header(newer), _expect())


def test_keys_a_newer_version_adds_to_the_header_are_ignored() -> None:
    header = Header.from_bytes(json.dumps({**_HEADER, "schema": [], "hint": 1}).encode())
    assert header.seq == 1 and header.format == FORMAT_VERSION


@pytest.mark.parametrize("broken", [{**_HEADER, "schema": [], "format": "2"}, [1], {"seq": 1}])
def test_a_broken_header_is_still_damaged(broken: object) -> None:
    with pytest.raises(PacketRejected, match="header is damaged"):
        Header.from_bytes(json.dumps(broken).encode())


def test_a_snapshot_from_a_newer_version_is_passed_over_not_fatal(tmp_path) -> None:
    from isu_desk.sync import share as files
    from isu_desk.sync.snapshots import latest_header

    folder = files.workstation_folder(tmp_path, NODE)
    folder.mkdir(parents=True)
    newer = {"format": 2, "writer": {"id": NODE}, "kind": "snapshot"}
    (folder / f"s-9999999999{files.PACKET_SUFFIX}").write_bytes(_packet_with_header(newer))
    assert latest_header(tmp_path, "team-1") is None
