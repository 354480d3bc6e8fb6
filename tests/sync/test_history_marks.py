"""The history of a record edited concurrently on two workstations marks sync and conflicts."""

from __future__ import annotations

from dataclasses import replace

from tests.sync.conftest import Team

from isu_desk.capabilities.directory.domain import Organisation
from isu_desk.services.history import HistoryService


def test_a_resolved_conflict_is_marked_on_both_sides(team: Team) -> None:
    alice, bob = team.desk("Alice"), team.desk("Bob")
    org = alice.directory.save(Organisation(id="", name="GICHD", phone="100")).unwrap()
    alice.sync.sync()
    bob.sync.sync()
    alice.directory.save(replace(org, phone="200")).unwrap()
    bob.directory.save(replace(org, phone="300")).unwrap()  # concurrent: neither saw the other
    alice.sync.sync()
    bob.sync.sync()
    alice.sync.sync()
    (conflict,) = alice.sync.conflicts()
    assert alice.sync.resolve(conflict.id, "other").ok
    alice.sync.sync()
    bob.sync.sync()

    for desk in (alice, bob):
        phones = [e for e in HistoryService(desk.database).history("organisations", org.id)
                  if e.field == "phone"]  # fmt: skip
        assert [(e.workstation, e.old, e.new, e.conflict) for e in phones] == [
            ("Alice", "", "100", ""),
            ("Alice", "100", "200", "conflict resolved: kept"),
            ("Bob", "200", "300", "conflict resolved: replaced"),
            ("Alice", "300", "200", ""),  # keeping the other side: a new change
        ]
        assert [e.from_sync for e in phones] == [desk is bob, desk is bob, desk is alice,
                                                 desk is bob]  # fmt: skip
