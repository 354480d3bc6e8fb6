"""Demo data: realistic, multilingual, clearly labelled, and loaded only once."""

from __future__ import annotations

from dataclasses import replace

from isu_desk.capabilities.directory.domain import (
    COORDINATOR_THEMES,
    Contact,
    OfficeHolder,
    OfficeRole,
    Organisation,
    State,
)
from isu_desk.capabilities.directory.services import demo
from isu_desk.capabilities.directory.services.demo import DEMO_NOTE, load_demo
from isu_desk.capabilities.directory.services.service import DirectoryService
from isu_desk.domain.ids import seed_id
from isu_desk.storage.database import Database

KINDS = ("states", "organisations", "contacts", "office_holders")


def _counts(directory: DirectoryService) -> dict[str, int]:
    return {kind: directory.count(kind) for kind in KINDS}


def test_loading_twice_adds_nothing(database: Database, directory: DirectoryService) -> None:
    first = load_demo(database)
    after_first = _counts(directory)

    second = load_demo(database)

    assert first.added > 0 and second.added == 0
    assert _counts(directory) == after_first


def test_demo_covers_the_scripts_and_bodies_the_unit_works_with(
    database: Database, directory: DirectoryService
) -> None:
    load_demo(database)
    names = {c.name for c in directory.all(Contact)}
    organisations = {o.acronym for o in directory.all(Organisation)}

    for expected in ("José Peña", "Мария Иванова", "محمد العلي", "王小明", "Nguyễn Thị Hương"):
        assert expected in names
    assert "ສົມພອນ ພົມມະຈັນ" in names
    assert {"GICHD", "UNODA", "ICRC", "CMC", "UNDP", "EU"} <= organisations
    assert len(names) >= 40
    assert all(
        c.notes == DEMO_NOTE and c.email.endswith(".example.org") for c in directory.all(Contact)
    )


def test_office_holders_form_a_coordination_committee(
    database: Database, directory: DirectoryService
) -> None:
    load_demo(database)
    holders = directory.all(OfficeHolder)

    roles = [h.role for h in holders]
    assert roles.count(OfficeRole.PRESIDENT) == 1
    assert roles.count(OfficeRole.PRESIDENT_DESIGNATE) == 1
    assert sorted(h.theme for h in holders if h.role is OfficeRole.COORDINATOR) == sorted(
        COORDINATOR_THEMES
    )


def test_demo_works_on_a_database_without_states(empty_database: Database) -> None:
    summary = load_demo(empty_database)

    assert summary.office_holders == 10
    assert DirectoryService(empty_database).count("states") > 100


def test_demo_loads_every_capability_in_registry_order_once(database: Database) -> None:
    from isu_desk.services.demo import load_demo as load_every_demo

    first = load_every_demo(database)
    second = load_every_demo(database)

    assert [part.title for part in first] == [
        "Directory",
        "Contributions",
        "Sponsorship",
        "Meetings",
    ]
    assert all(part.total > 0 for part in first)
    assert [part.total for part in second] == [0, 0, 0, 0]


def test_a_record_the_database_refuses_is_skipped_and_named(
    database: Database, directory: DirectoryService
) -> None:
    lao = directory.get(State, seed_id("state", "LAO"))
    assert directory.delete("states", lao.id).ok
    directory.save(replace(lao, id="")).unwrap()  # the user re-created it: a new id

    summary = load_demo(database)

    assert any("ສົມພອນ ພົມມະຈັນ" in line for line in summary.skipped)
    assert any("coordinator" in line for line in summary.skipped)
    assert summary.contacts == len(demo.CONTACTS) - 1
