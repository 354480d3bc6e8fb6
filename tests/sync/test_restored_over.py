"""A workstation's database overwritten by another's backup: what it replaced stays replaced.

Found by the stateful test: Carol creates an organisation (its notes empty),
Alice receives it and writes the notes, then Bob's older backup is restored over
Alice's database. Alice's identity is gone with her file, but her edit, made
after she had seen the empty notes, is on the share: it wins everywhere, is no
conflict, and the empty notes it replaced are history, not a loss.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from tests.sync.conftest import Desk, Team
from tests.sync.model import contents, differences, log_positions, lost_values, saved_values

from isu_desk.capabilities.directory.domain import Organisation
from isu_desk.services.backup import backup, restore


def test_an_edit_by_a_workstation_since_restored_over_is_kept(team: Team, tmp_path: Path) -> None:
    alice, bob, carol = team.desk("alice"), team.desk("bob"), team.desk("carol")
    bobs_backup = backup(bob.database, tmp_path / "bob.sqlite")
    created = carol.directory.save(Organisation(id="", name="Mines Advisory Group")).unwrap()
    carol.sync.sync()
    alice.sync.sync()
    seen = alice.directory.get(Organisation, created.id)
    alice.directory.save(replace(seen, notes="Met in Geneva")).unwrap()
    alice.sync.sync()
    retired = {alice.database.workstation_id: log_positions(alice.database)}
    alice = team.reopen_after(alice, lambda folder: restore(folder, bobs_backup))
    assert "copy of another workstation" in alice.sync.sync().notices[0]  # Bob is at work
    assert alice.database.workstation_id not in (retired.keys() | {bob.database.workstation_id})
    for _ in range(2):
        for desk in team.desks:
            desk.sync.sync()
    for desk in team.desks:
        assert desk.directory.get(Organisation, created.id).notes == "Met in Geneva", desk.name
        assert differences(contents(carol.database), contents(desk.database)) == [], desk.name
        notes = {v for e, r, name, v in saved_values(desk.database) if name == "notes"}
        assert {json.dumps(""), json.dumps("Met in Geneva")} <= notes, desk.name
    assert contents(carol.database)["sync_conflicts"] == []
    assert lost_values(team.desks, retired) == []


def test_another_workstations_backup_restored_here_leaves_that_one_at_work(
    team: Team, tmp_path: Path
) -> None:
    """Bob's backup restored over Alice's database is a copy of Bob: Bob is not retired."""
    alice, bob = team.desk("alice"), team.desk("bob")
    bobs_backup = backup(bob.database, tmp_path / "bob.sqlite")  # before Bob's first sync
    bob.directory.save(Organisation(id="", name="Bob's organisation")).unwrap()
    for desk in (alice, bob):
        desk.sync.sync()
    bob_id = bob.database.workstation_id

    alice = team.reopen_after(alice, lambda folder: restore(folder, bobs_backup))
    notice = alice.sync.sync().notices[0]

    assert "copy of another workstation" in notice
    assert alice.database.workstation_id != bob_id
    bob.directory.save(Organisation(id="", name="Made by Bob after the restore")).unwrap()
    for _ in range(2):
        for desk in team.desks:
            desk.sync.sync()
    for desk in team.desks:
        listed = {w.id: w for w in desk.sync.status().workstations}
        assert not listed[bob_id].retired, desk.name
        assert "Made by Bob after the restore" in _names(desk), desk.name


def _names(desk: Desk) -> list[str]:
    return sorted(o.name for o in desk.directory.all(Organisation))
