"""A share that lost files stops sync with a plain message; republishing recovers the team."""

from __future__ import annotations

import shutil

import pytest
from tests.sync.conftest import Desk, Team

from isu_desk.capabilities.directory.domain import Organisation
from isu_desk.domain.listing import ListQuery
from isu_desk.sync import share as files
from isu_desk.sync.errors import SyncStopped


def _save(desk: Desk, name: str) -> None:
    desk.directory.save(Organisation(id="", name=name)).unwrap()


def _names(desk: Desk) -> set[str]:
    return {row["name"] for row in desk.directory.page("organisations", ListQuery())}


def _sync_all(desks: list[Desk]) -> None:
    for desk in desks:
        desk.sync.sync()


def test_a_deleted_workstations_folder_stops_sync_and_any_one_survivor_republishes(
    team: Team,
) -> None:
    alice, bob, carol = team.desk("alice"), team.desk("bob"), team.desk("carol")
    for desk in (alice, bob, carol):
        _save(desk, f"from {desk.name}")
    _sync_all([alice, bob, carol, alice, bob])
    shutil.rmtree(team.share / files.WORKSTATIONS)
    with pytest.raises(SyncStopped, match="has lost the files of alice, bob"):
        carol.sync.sync()
    with pytest.raises(SyncStopped, match="Republish"):
        bob.sync.sync()
    report = alice.sync.sync(republish=True)
    assert report.snapshot_written and report.notices
    carol.sync.sync()  # recovered from alice's files alone
    _save(bob, "after the loss")
    with pytest.raises(SyncStopped, match="latest file"):
        bob.sync.sync()  # its last file (an acknowledgement) is gone: it republishes too
    bob.sync.sync(republish=True)
    _sync_all([carol, alice, bob, carol])
    everything = {"from alice", "from bob", "from carol", "after the loss"}
    for desk in (alice, bob, carol):
        assert _names(desk) == everything, desk.name


def test_changes_only_one_workstation_had_come_back_when_it_republishes(team: Team) -> None:
    alice, bob = team.desk("alice"), team.desk("bob")
    _save(alice, "shared")
    _sync_all([alice, bob, alice])
    _save(bob, "only bob had it")
    bob.sync.sync()
    shutil.rmtree(files.workstation_folder(team.share, bob.database.workstation_id))
    with pytest.raises(SyncStopped, match="has lost the files of bob"):
        alice.sync.sync()
    alice.sync.sync(republish=True)
    with pytest.raises(SyncStopped, match="latest file"):
        bob.sync.sync()  # alice's snapshot does not hold bob's last file
    bob.sync.sync(republish=True)
    alice.sync.sync()
    assert _names(alice) == {"shared", "only bob had it"}
    late = team.desk("late")
    late.sync.sync()
    assert _names(late) == {"shared", "only bob had it"}
