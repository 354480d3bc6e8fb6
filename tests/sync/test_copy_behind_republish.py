"""A copy older than its identity's files, after the share lost them, still gets everything.

Found by the stateful test (seed 5233065312282503626794567713091882402); its
30 steps shrink to these seven (with Bob's backup where Alice's is here).
Alice's data folder is copied before she ever syncs, so neither database
knows it is a copy. Alice creates an organisation and sends it; her own older
backup is restored and she reads it back under a new identity; then the share
loses its ``workstations`` folder and Alice republishes. The copy, still
writing as Alice's first identity, used to take the organisation in the
republished snapshot for one of its own changes: it skipped it, counted
Alice's packet as its own, and never held it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from tests.sync.conftest import Desk, Team

from isu_desk.capabilities.directory.domain import Organisation
from isu_desk.services.backup import backup, restore
from isu_desk.sync import share as files
from isu_desk.sync.errors import SyncStopped


def _names(desk: Desk) -> list[str]:
    return sorted(org.name for org in desk.directory.all(Organisation))


def test_a_copy_behind_a_republished_snapshot_receives_what_its_identity_sent(
    team: Team, tmp_path: Path
) -> None:
    alice, bob = team.desk("alice"), team.desk("bob")
    # cp -a of the data folder, before either database ever synced
    alice = team.reopen_after(alice, lambda folder: shutil.copytree(folder, team.root / "copy"))
    copy = team.desk_from(team.root / "copy", "copy", alice.sync.store)
    monday = backup(alice.database, tmp_path / "monday.sqlite")
    alice.directory.save(Organisation(id="", name="Mines Action Canada")).unwrap()
    alice.sync.sync()

    alice = team.reopen_after(alice, lambda folder: restore(folder, monday))
    assert "restored from a backup" in alice.sync.sync().notices[0]

    shutil.rmtree(team.share / files.WORKSTATIONS)  # the share loses every workstation's files
    with pytest.raises(SyncStopped, match="Republish"):
        alice.sync.sync()
    alice.sync.sync(republish=True)

    told = copy.sync.sync().notices
    for _ in range(2):
        for desk in (alice, bob, copy):
            desk.sync.sync()
    for desk in (alice, bob, copy):
        assert _names(desk) == ["Mines Action Canada"], desk.name
    assert len(told) == 1 and "syncs as a new workstation" in told[0]
    assert copy.database.workstation_id != alice.database.workstation_id
