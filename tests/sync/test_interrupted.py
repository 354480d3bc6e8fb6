"""A sync killed at any step leaves a state from which the next sync completes correctly.

A kill is simulated by raising an exception no code catches between two steps
of the sync: SQLite rolls the open transaction back exactly as after a crash,
and whatever was already written to the share stays there (a temporary file
included, when the kill falls between writing and naming a packet).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from tests.sync.conftest import Desk, Team
from tests.sync.model import contents, lost_values

from isu_desk.capabilities.directory.domain import Contact, Organisation
from isu_desk.sync import exchange, outbox
from isu_desk.sync import share as files

STEPS: list[tuple[Any, str]] = [
    (files, "check_writable"),
    (files, "list_packets"),
    (files, "_link_without_overwrite"),
    (files, "_fsync_folder"),
    (exchange, "apply_changes"),
    (exchange, "save_knowledge"),
    (exchange, "save_conflicts"),
    (exchange, "_advance"),
    (exchange, "clear_rejected"),
    (outbox, "_write_one"),
    (outbox, "workstation_row"),
]


class Killed(BaseException):
    """The process died here."""


class Killer:
    def __init__(self, at: int) -> None:
        self.at = at
        self.steps = 0

    def wrap(self, function: Callable[..., Any]) -> Callable[..., Any]:
        def step(*args: Any, **kwargs: Any) -> Any:
            result = function(*args, **kwargs)
            self.steps += 1
            if self.steps == self.at:
                raise Killed
            return result

        return step


def _scene(team: Team) -> tuple[Desk, Desk]:
    alice, bob = team.desk("alice"), team.desk("bob")
    org = alice.directory.save(Organisation(id="", name="Shared")).unwrap()
    alice.sync.sync()
    bob.sync.sync()
    bob.directory.save(Contact(id="", name="Bob's contact", organisation_id=org.id)).unwrap()
    bob.directory.save(Organisation(id=org.id, name="Renamed by Bob")).unwrap()
    bob.sync.sync()
    alice.directory.save(Organisation(id=org.id, name="Renamed by Alice")).unwrap()
    alice.directory.save(Organisation(id="", name="Alice's new one")).unwrap()
    return alice, bob


def _kill_at(team: Team, at: int, monkeypatch: pytest.MonkeyPatch) -> bool:
    """Run the scene and kill Alice's sync at step ``at``; False when it finished first."""
    alice, bob = _scene(team)
    killer = Killer(at)
    with monkeypatch.context() as patch:
        for module, name in STEPS:
            patch.setattr(module, name, killer.wrap(getattr(module, name)))
        try:
            alice.sync.sync()
        except Killed:
            pass
        else:
            return False
    (files.workstation_folder(team.share, alice.database.workstation_id) / ".left.tmp").touch()
    for desk in (alice, bob, alice, bob):
        desk.sync.sync()
    assert contents(alice.database) == contents(bob.database)
    assert lost_values([alice, bob]) == []
    assert {o.name for o in bob.directory.all(Organisation)} >= {"Alice's new one"}
    return True


def test_a_sync_killed_at_any_step_recovers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    at = 1
    while True:
        team = Team(tmp_path / f"kill-{at}")
        try:
            if not _kill_at(team, at, monkeypatch):
                break
        finally:
            team.close()
        at += 1
    assert at > 10, "the sync should have been interrupted at many steps"
