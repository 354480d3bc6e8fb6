"""Two and three workstations exchanging packets through the share."""

from __future__ import annotations

from dataclasses import replace

from tests.sync.conftest import Desk, Team

from isu_desk.capabilities.directory.domain import Organisation
from isu_desk.storage.changelog import table_contents


def _orgs(desk: Desk) -> list[dict[str, object]]:
    with desk.database.transaction() as session:
        return table_contents(session, "organisations")


def test_a_record_saved_on_one_desk_appears_on_the_other(team: Team) -> None:
    alice, bob = team.desk("alice"), team.desk("bob")
    org = alice.directory.save(Organisation(id="", name="GICHD", acronym="GICHD")).unwrap()
    sent = alice.sync.sync()
    received = bob.sync.sync()
    assert sent.sent == 1 and received.received == 1
    assert bob.directory.get(Organisation, org.id).name == "GICHD"
    assert _orgs(alice) == _orgs(bob)


def test_concurrent_edits_keep_the_loser_as_a_conflict(team: Team) -> None:
    alice, bob = team.desk("alice"), team.desk("bob")
    org = alice.directory.save(Organisation(id="", name="GICHD")).unwrap()
    alice.sync.sync()
    bob.sync.sync()
    alice.directory.save(replace(org, email="alice@gichd.org"))
    bob.directory.save(replace(org, email="bob@gichd.org"))
    for _ in range(2):
        alice.sync.sync()
        bob.sync.sync()
    assert _orgs(alice) == _orgs(bob)
    current = alice.directory.get(Organisation, org.id).email
    conflicts = alice.sync.conflicts()
    assert [c.field for c in conflicts] == ["email"]
    assert {current, conflicts[0].other_value} == {"alice@gichd.org", "bob@gichd.org"}
    assert [c.id for c in bob.sync.conflicts()] == [conflicts[0].id]


def test_a_sequential_edit_is_not_a_conflict(team: Team) -> None:
    alice, bob = team.desk("alice"), team.desk("bob")
    org = alice.directory.save(Organisation(id="", name="GICHD")).unwrap()
    alice.sync.sync()
    bob.sync.sync()
    bob.directory.save(replace(org, email="bob@gichd.org"))
    bob.sync.sync()
    alice.sync.sync()
    assert alice.directory.get(Organisation, org.id).email == "bob@gichd.org"
    assert alice.sync.conflicts() == [] and bob.sync.conflicts() == []


def test_a_delete_concurrent_with_an_edit_is_a_conflict_either_way(team: Team) -> None:
    alice, bob = team.desk("alice"), team.desk("bob")
    org = alice.directory.save(Organisation(id="", name="GICHD")).unwrap()
    alice.sync.sync()
    bob.sync.sync()
    alice.directory.delete("organisations", org.id)
    bob.directory.save(replace(org, notes="keep me"))
    for _ in range(2):
        alice.sync.sync()
        bob.sync.sync()
    assert _orgs(alice) == _orgs(bob)
    conflicts = alice.sync.conflicts()
    assert conflicts, "the losing side must be kept"
    assert {c.id for c in conflicts} == {c.id for c in bob.sync.conflicts()}


def test_resolving_keep_other_syncs_the_choice(team: Team) -> None:
    alice, bob = team.desk("alice"), team.desk("bob")
    org = alice.directory.save(Organisation(id="", name="GICHD")).unwrap()
    alice.sync.sync()
    bob.sync.sync()
    alice.directory.save(replace(org, phone="111"))
    bob.directory.save(replace(org, phone="222"))
    for _ in range(2):
        alice.sync.sync()
        bob.sync.sync()
    conflict = alice.sync.conflicts()[0]
    kept = alice.sync.resolve(conflict.id, "other").unwrap()
    assert kept.current_value == conflict.other_value
    alice.sync.sync()
    bob.sync.sync()
    assert bob.directory.get(Organisation, org.id).phone == conflict.other_value
    assert bob.sync.conflicts() == []


def test_nothing_new_changes_nothing(team: Team) -> None:
    alice, bob = team.desk("alice"), team.desk("bob")
    alice.directory.save(Organisation(id="", name="GICHD"))
    alice.sync.sync()
    bob.sync.sync()
    alice.sync.sync()
    bob.sync.sync()
    report = alice.sync.sync()
    assert report.sent == 0 and report.received == 0 and report.packets_written == 0
