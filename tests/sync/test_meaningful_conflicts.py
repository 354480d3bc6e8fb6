"""A conflict is two concurrent, different values from two workstations, nothing more."""

from __future__ import annotations

from dataclasses import replace

from tests.sync.conftest import Desk, Team

from isu_desk.capabilities.directory.domain import Contact, Organisation


def _sync_all(desks: list[Desk], rounds: int = 2) -> None:
    for _ in range(rounds):
        for desk in desks:
            desk.sync.sync()


def _edit(desk: Desk, contact_id: str, **changes: str) -> None:
    contact = desk.directory.get(Contact, contact_id)
    desk.directory.save(replace(contact, **changes)).unwrap()


def test_own_earlier_values_and_identical_values_are_not_conflicts(team: Team) -> None:
    alice, bob, carol = team.desk("alice"), team.desk("bob"), team.desk("carol")
    org = alice.directory.save(Organisation(id="", name="Org")).unwrap()
    ana = alice.directory.save(Contact(id="", name="Ana", organisation_id=org.id)).unwrap()
    _sync_all([alice, bob, carol])
    for phone in ("a1", "a2", "a3"):  # offline, one after the other
        _edit(alice, ana.id, phone=phone)
    _edit(bob, ana.id, phone="b1")
    _edit(carol, ana.id, phone="b1")  # the same value as bob's
    _sync_all([alice, bob, carol])
    for desk in (alice, bob, carol):
        conflicts = desk.sync.conflicts()
        assert [(c.field, c.other_value, c.current_value) for c in conflicts] == [
            ("phone", "a3", "b1")
        ], desk.name


def test_the_remaining_conflicts_of_a_deleted_record_go_with_it(team: Team) -> None:
    alice, bob, carol = team.desk("alice"), team.desk("bob"), team.desk("carol")
    org = alice.directory.save(Organisation(id="", name="Org")).unwrap()
    ana = alice.directory.save(Contact(id="", name="Ana", organisation_id=org.id)).unwrap()
    _sync_all([alice, bob, carol])
    alice.directory.delete("contacts", ana.id).unwrap()
    _edit(carol, ana.id, phone="from carol")
    _edit(bob, ana.id, phone="from bob")  # latest: the record stays, with bob's phone
    _sync_all([alice, bob, carol])
    conflicts = {("delete" if c.is_delete else c.field): c for c in alice.sync.conflicts()}
    assert set(conflicts) == {"delete", "phone"}
    assert alice.sync.resolve(conflicts["delete"].id, "other").ok
    assert alice.sync.conflicts() == []  # the phone conflict went with the record
    _sync_all([alice, bob, carol])
    for desk in (alice, bob, carol):
        assert desk.sync.conflicts() == [], desk.name
        assert desk.directory.count("contacts") == 0, desk.name
