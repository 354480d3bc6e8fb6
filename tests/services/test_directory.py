"""Directory use cases: what staff see when they save, search, sort and delete."""

from __future__ import annotations

from dataclasses import replace

from isu_desk.capabilities.directory.domain import Contact, Organisation, State, StateStatus
from isu_desk.capabilities.directory.services.service import DirectoryService
from isu_desk.domain.listing import ListQuery
from isu_desk.services.workstation import init_workstation, workstation
from isu_desk.storage.database import Database


def _state_id(directory: DirectoryService, iso3: str) -> str:
    return directory.page("states", ListQuery(search=iso3))[0]["id"]


def test_the_curated_states_are_seeded_once(
    database: Database, directory: DirectoryService
) -> None:
    assert directory.count("states", ListQuery(filters={"status": "state_party"})) == 112
    assert directory.count("states", ListQuery(filters={"status": "signatory"})) == 12
    before = workstation(database)
    init_workstation(database)
    assert workstation(database) == before
    assert directory.count("states") == 125


def test_search_ignores_case_and_accents(directory: DirectoryService) -> None:
    names = [row["name"] for row in directory.page("states", ListQuery(search="COTE"))]
    assert names == ["Côte d'Ivoire"]


def test_sorting_happens_in_the_database(directory: DirectoryService) -> None:
    rows = directory.page("states", ListQuery(sort="iso3", descending=True), limit=2)
    assert [r["iso3"] for r in rows] == sorted([r["iso3"] for r in rows], reverse=True)
    assert rows[0]["iso3"] == "ZMB"


def test_a_duplicate_iso_code_is_refused_next_to_the_field(directory: DirectoryService) -> None:
    result = directory.save(
        State(id="", iso3="FRA", name="Another France", status=StateStatus.NOT_PARTY)
    )
    assert not result.ok
    assert result.errors[0].field == "iso3"
    assert "already used by France" in result.errors[0].message
    assert directory.count("states") == 125


def test_an_invalid_contact_saves_nothing(directory: DirectoryService) -> None:
    result = directory.save(Contact(id="", name="Ana", email="ana(at)example"))
    assert [e.field for e in result.errors] == ["email"]
    assert directory.count("contacts") == 0


def test_edit_then_delete_then_undo(directory: DirectoryService) -> None:
    org = directory.save(Organisation(id="", name="Cluster Munition Coalition")).unwrap()
    contact = directory.save(
        Contact(
            id="",
            name="Мария Иванова",
            organisation_id=org.id,
            state_id=_state_id(directory, "NOR"),
        )
    ).unwrap()
    directory.save(replace(contact, position="Policy adviser"))
    assert directory.get(Contact, contact.id).position == "Policy adviser"

    refused = directory.delete("organisations", org.id)
    assert "still used by 1 contacts" in refused.errors[0].message

    deleted = directory.delete("contacts", contact.id).unwrap()
    assert directory.count("contacts") == 0
    directory.save(deleted)  # undo
    assert directory.get(Contact, contact.id).name == "Мария Иванова"


def test_contacts_list_shows_state_and_organisation_names(directory: DirectoryService) -> None:
    org = directory.save(Organisation(id="", name="GICHD")).unwrap()
    directory.save(
        Contact(id="", name="王小明", organisation_id=org.id, state_id=_state_id(directory, "LAO"))
    )
    row = directory.page("contacts", ListQuery())[0]
    assert (row["state_name"], row["organisation_name"]) == (
        "Lao People's Democratic Republic",
        "GICHD",
    )
