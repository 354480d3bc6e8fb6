"""Snapshots let a new workstation start; old packets are archived only when safe."""

from __future__ import annotations

import pytest
from tests.sync.conftest import Desk, Team
from tests.sync.model import contents

from isu_desk.capabilities.directory.domain import Organisation
from isu_desk.sync import share as files
from isu_desk.sync import snapshots


def _rounds(team: Team, desks: list[Desk], count: int) -> None:
    for round_ in range(count):
        for desk in desks:
            desk.directory.save(Organisation(id="", name=f"{desk.name} {round_}")).unwrap()
            desk.sync.sync()


def _archived(team: Team, desk: Desk) -> list[str]:
    folder = team.share / snapshots.ARCHIVE / desk.database.workstation_id
    return sorted(p.name for p in folder.glob("p-*.isp")) if folder.exists() else []


def test_a_late_joiner_starts_from_the_snapshot_after_packets_were_archived(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(snapshots, "SNAPSHOT_EVERY", 4)
    alice, bob = team.desk("alice"), team.desk("bob")
    _rounds(team, [alice, bob], 6)
    for desk in (alice, bob, alice):
        desk.sync.sync()
    assert snapshots.latest_header(team.share, alice.sync.status().team_id) is not None
    assert _archived(team, alice), "acknowledged packets covered by a snapshot are archived"
    carol = team.desk("carol")
    report = carol.sync.sync()
    assert report.received > 0
    for desk in (alice, bob, carol, alice, bob):
        desk.sync.sync()
    assert contents(carol.database) == contents(alice.database) == contents(bob.database)
    assert len(carol.directory.all(Organisation)) == 12


def test_a_silent_workstation_holds_archiving_back_until_retired(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(snapshots, "SNAPSHOT_EVERY", 4)
    alice, bob, dave = team.desk("alice"), team.desk("bob"), team.desk("dave")
    dave.sync.sync()
    bob.sync.sync()
    alice.sync.sync()
    _rounds(team, [alice, bob], 6)
    alice.sync.sync()
    assert _archived(team, alice) == [], "dave has not acknowledged alice's packets"
    assert alice.sync.retire(dave.database.workstation_id).ok
    bob.sync.sync()
    alice.sync.sync()
    bob.sync.sync()
    alice.sync.sync()
    assert _archived(team, alice)
    own = files.workstation_folder(team.share, alice.database.workstation_id)
    assert sorted(own.glob("p-*.isp")), "the latest packet always stays"


def test_junk_under_a_later_number_of_our_own_is_not_taken_for_a_restore(team: Team) -> None:
    alice = team.desk("alice")
    alice.directory.save(Organisation(id="", name="One")).unwrap()
    alice.sync.sync()
    own = alice.database.workstation_id
    folder = files.workstation_folder(team.share, own)
    (folder / files.packet_name(3)).write_bytes(b"from the future")
    report = alice.sync.sync()
    assert report.notices == [] and alice.database.workstation_id == own
