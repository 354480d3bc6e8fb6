"""Sync stays safe when things go wrong: a restored database, references that would break,
forged snapshots, malformed packets, and writes while a packet is being written."""

from __future__ import annotations

import datetime
import json
import shutil
import sqlite3
import struct
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from tests.sync.conftest import Team

from isu_desk.capabilities.directory.domain import (
    Contact,
    OfficeHolder,
    OfficeRole,
    Organisation,
    State,
)
from isu_desk.capabilities.directory.services.service import DirectoryService
from isu_desk.services.sync import SyncService
from isu_desk.services.workstation import open_data_folder
from isu_desk.storage.changelog import table_contents
from isu_desk.storage.database import Database, backup_file, copy_database
from isu_desk.sync import outbox, references, snapshots
from isu_desk.sync import share as files
from isu_desk.sync.errors import SyncStopped
from isu_desk.sync.packets import MAGIC, Entry, Header, encode


def _names(database: Database, table: str = "organisations") -> list[str]:
    with database.transaction() as session:
        return sorted(str(row["name"]) for row in table_contents(session, table))


def test_restored_database_one_packet_behind_reads_its_later_work_back_and_moves_on(
    team: Team, tmp_path: Path
) -> None:
    alice, bob = team.desk("alice"), team.desk("bob")
    alice.directory.save(Organisation(id="", name="org1")).unwrap()
    alice.sync.sync()
    bob.sync.sync()
    saved = tmp_path / "monday.sqlite3"
    copy_database(alice.database.path, saved)  # Monday's backup
    alice.directory.save(Organisation(id="", name="org2")).unwrap()
    alice.sync.sync()  # the share now holds one packet the backup does not know
    store = alice.sync.store
    path, old_id = alice.database.path, alice.database.workstation_id
    alice.database.close()
    team.desks.remove(alice)
    backup_file(saved, path)  # disk trouble: Monday's backup is put back
    restored = open_data_folder(team.root / "alice")
    try:
        DirectoryService(restored).save(Organisation(id="", name="org3 after restore")).unwrap()
        report = SyncService(restored, store).sync()
        assert report.notices and "restored from a backup" in report.notices[0]
        assert restored.workstation_id != old_id
        assert _names(restored) == ["org1", "org2", "org3 after restore"]
        bob.sync.sync()
        assert _names(bob.database) == ["org1", "org2", "org3 after restore"]
        assert SyncService(restored, store).sync().notices == []  # once
    finally:
        restored.close()


def test_parent_kept_for_a_child_goes_once_the_child_goes_on_every_workstation(
    team: Team,
) -> None:
    alice, bob = team.desk("alice"), team.desk("bob")
    parent = alice.directory.save(Organisation(id="", name="Parent org")).unwrap()
    alice.sync.sync()
    bob.sync.sync()
    alice.directory.delete("organisations", parent.id).unwrap()  # concurrently,
    child = bob.directory.save(Contact(id="", name="Ana", organisation_id=parent.id)).unwrap()
    alice.sync.sync()
    bob.sync.sync()
    alice.sync.sync()
    assert _names(alice.database) == ["Parent org"]  # kept: Ana points at it
    bob.directory.delete("contacts", child.id).unwrap()
    for _ in range(2):
        alice.sync.sync()
        bob.sync.sync()
    carol = team.desk("carol")
    carol.sync.sync()
    assert [_names(desk.database) for desk in (alice, bob, carol)] == [[], [], []]
    assert [len(desk.sync.conflicts()) for desk in (alice, bob, carol)] == [1, 1, 1]


def _hide_latest_packet(team: Team, desk_database: Database, where: Path) -> Path:
    """Move a workstation's newest packet away (it has not reached this copy of the share)."""
    folder = files.workstation_folder(team.share, desk_database.workstation_id)
    latest = max(files.list_packets(folder)[0].items())[1]
    shutil.move(latest, where)
    return latest


def test_holding_a_change_keeps_the_existing_record_and_its_children(
    team: Team, tmp_path: Path
) -> None:
    alice = team.desk("alice", seed=True)
    bob, carol = team.desk("bob"), team.desk("carol")
    org1 = alice.directory.save(Organisation(id="", name="O1")).unwrap()
    state = alice.directory.all(State)[0]
    ana = alice.directory.save(Contact(id="", name="Ana", organisation_id=org1.id)).unwrap()
    holder = OfficeHolder(
        id="", role=OfficeRole.PRESIDENT, state_id=state.id,
        term_start=datetime.date(2025, 1, 1), contact_id=ana.id,
    )  # fmt: skip
    alice.directory.save(holder).unwrap()
    for _ in range(2):
        for desk in team.desks:
            desk.sync.sync()
    org2 = carol.directory.save(Organisation(id="", name="O2")).unwrap()
    carol.sync.sync()
    bob.sync.sync()
    moved = replace(bob.directory.get(Contact, ana.id), organisation_id=org2.id)
    bob.directory.save(moved).unwrap()
    bob.sync.sync()
    later = tmp_path / "later.isp"
    latest = _hide_latest_packet(team, carol.database, later)
    alice.sync.sync()  # bob's move waits for O2; Ana and her office stay
    alice.sync.sync()
    assert [(c.name, c.organisation_id) for c in alice.directory.all(Contact)] == [("Ana", org1.id)]
    assert len(alice.directory.all(OfficeHolder)) == 1
    shutil.move(later, latest)
    alice.sync.sync()
    assert [(c.name, c.organisation_id) for c in alice.directory.all(Contact)] == [("Ana", org2.id)]


def test_changes_that_would_break_a_reference_stop_sync_with_a_plain_message(
    team: Team, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    alice, bob, carol = team.desk("alice"), team.desk("bob"), team.desk("carol")
    org = carol.directory.save(Organisation(id="", name="O")).unwrap()
    carol.sync.sync()
    alice.sync.sync()
    alice.directory.save(Contact(id="", name="Ana", organisation_id=org.id)).unwrap()
    alice.sync.sync()
    _hide_latest_packet(team, carol.database, tmp_path / "later.isp")
    monkeypatch.setattr(references, "fix_references", lambda *args: None)  # a rule gap
    with pytest.raises(SyncStopped, match="pointing at one that does not exist"):
        bob.sync.sync()
    assert bob.directory.all(Contact) == []


def _forged_snapshot(team_id: str, acks: object) -> bytes:
    """What someone who can write to the share but has no key can drop there."""
    head = json.dumps(
        {"team_id": team_id, "workstation_id": "x", "seq": 1, "key_id": "x", "schema": [],
         "acks": acks, "kind": "snapshot"}
    ).encode()  # fmt: skip
    return MAGIC + struct.pack(">I", len(head)) + head + b"\0" * 40


def test_a_forged_snapshot_with_a_malformed_header_does_not_break_sync(team: Team) -> None:
    alice, bob = team.desk("alice"), team.desk("bob")
    alice.directory.save(Organisation(id="", name="org")).unwrap()
    alice.sync.sync()
    folder = files.workstation_folder(team.share, alice.database.workstation_id)
    (folder / "s-9999999999.isp").write_bytes(_forged_snapshot(alice.sync.status().team_id, ["x"]))
    bob.sync.sync()
    assert _names(bob.database) == ["org"]


def test_a_forged_snapshot_claiming_everything_archives_nothing(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(snapshots, "SNAPSHOT_EVERY", 10**9)  # no real snapshot at all
    alice, bob = team.desk("alice"), team.desk("bob")
    for number in range(5):
        alice.directory.save(Organisation(id="", name=f"org{number}")).unwrap()
        alice.sync.sync()
        bob.sync.sync()
    a_id, b_id = alice.database.workstation_id, bob.database.workstation_id
    forged = _forged_snapshot(alice.sync.status().team_id, {a_id: 10**6, b_id: 10**6})
    (files.workstation_folder(team.share, b_id) / "s-9999999999.isp").write_bytes(forged)
    assert alice.sync.sync().archived == 0
    carol = team.desk("carol")
    carol.sync.sync()
    assert _names(carol.database) == [f"org{number}" for number in range(5)]


def _last(entries: list[Entry], **changes: Any) -> list[Entry]:
    return [*entries[:-1], replace(entries[-1], **changes)]


MALFORMED: dict[str, Callable[[Header, list[Entry]], tuple[Header, list[Entry]]]] = {
    "a table that does not sync": lambda h, e: (h, _last(e, entity="settings")),
    "a table name that is a list": lambda h, e: (h, _last(e, entity=["organisations"])),
    "an operation that is a list": lambda h, e: (h, _last(e, op=["upsert"])),
    "a record id that is not text": lambda h, e: (h, _last(e, record_id=7)),
    "a value that is a list": lambda h, e: (h, _last(e, fields={"name": ["x"]})),
    "a stamp that does not decode": lambda h, e: (h, _last(e, hlc=e[-1].hlc.replace("-", "+"))),
    "a header naming another last stamp": lambda h, e: (replace(h, hlc_to=e[0].hlc), e),
    "acks that are not numbers": lambda h, e: (replace(h, acks={"x": "1"}), e),
}


@pytest.mark.parametrize("damage", MALFORMED.values(), ids=list(MALFORMED))
def test_an_authentic_but_malformed_packet_is_rejected_not_applied(
    team: Team,
    monkeypatch: pytest.MonkeyPatch,
    damage: Callable[[Header, list[Entry]], tuple[Header, list[Entry]]],
) -> None:
    alice, bob = team.desk("alice"), team.desk("bob")
    alice.sync.sync()
    bob.sync.sync()
    alice.directory.save(Organisation(id="", name="first")).unwrap()
    alice.directory.save(Organisation(id="", name="second")).unwrap()

    def written_by_a_buggy_version(key: bytes, header: Header, entries: list[Entry]) -> bytes:
        return encode(key, *damage(header, entries)) if entries else encode(key, header, entries)

    monkeypatch.setattr(outbox, "encode", written_by_a_buggy_version)
    alice.sync.sync()
    report = bob.sync.sync()
    assert len(report.rejected) == 1
    assert _names(bob.database) == []


def test_the_database_stays_writable_while_a_packet_is_written(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    alice, bob = team.desk("alice"), team.desk("bob")
    alice.sync.sync()
    bob.sync.sync()
    alice.directory.save(Organisation(id="", name="before")).unwrap()
    write_new_file = files.write_new_file
    probes: list[str] = []

    def slow_share(folder: Path, name: str, data: bytes) -> None:
        with sqlite3.connect(alice.database.path, timeout=0) as other:
            try:
                other.execute("BEGIN IMMEDIATE")
                other.execute("ROLLBACK")
                probes.append("free")
            except sqlite3.OperationalError as exc:
                probes.append(str(exc))
        if probes == ["free"]:  # a user's edit while the first file is written
            alice.directory.save(Organisation(id="", name="during 1")).unwrap()
        write_new_file(folder, name, data)

    monkeypatch.setattr(files, "write_new_file", slow_share)
    alice.sync.sync()
    monkeypatch.undo()
    assert probes and set(probes) == {"free"}
    alice.sync.sync()
    bob.sync.sync()
    assert _names(bob.database) == _names(alice.database)
    assert "during 1" in _names(bob.database)
