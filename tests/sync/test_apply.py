"""Applying entries directly: older schemas, references out of order, idempotence."""

from __future__ import annotations

from isu_desk.capabilities.directory.domain import Contact, Organisation
from isu_desk.capabilities.directory.services.service import DirectoryService
from isu_desk.storage.database import Database
from isu_desk.sync.apply import apply_changes
from isu_desk.sync.merge import Incoming, Knowledge, Merger, Stamp

REMOTE = "11111111-1111-4111-8111-111111111111"
ORG_FIELDS = {"name": "GICHD", "acronym": "", "kind": "other", "country_iso3": "", "email": "",
              "phone": "", "website": ""}  # fmt: skip


def _stamp(n: int) -> Stamp:
    return Stamp(f"{1_700_000_000_000 + n:016d}-0000-{REMOTE}", REMOTE)


def _apply(database: Database, entries: list[Incoming]) -> int:
    with database.transaction() as session:
        merger = Merger(Knowledge(database.workstation_id))
        return len(apply_changes(session, entries, merger).applied)


def test_a_record_from_an_older_schema_gets_the_new_columns_defaults(
    empty_database: Database,
) -> None:
    _apply(empty_database, [Incoming("organisations", "o1", "upsert", ORG_FIELDS, _stamp(1))])
    assert DirectoryService(empty_database).get(Organisation, "o1").notes == ""


def test_a_contact_arriving_before_its_organisation_waits_for_it(
    empty_database: Database,
) -> None:
    contact = {"name": "Ana", "title": "", "position": "", "gender": "unspecified",
               "state_id": None, "organisation_id": "o1", "email": "", "phone": "",
               "languages": "", "notes": ""}  # fmt: skip
    service = DirectoryService(empty_database)
    _apply(empty_database, [Incoming("contacts", "c1", "upsert", contact, _stamp(2))])
    assert service.all(Contact) == []
    org = Incoming("organisations", "o1", "upsert", {**ORG_FIELDS, "notes": ""}, _stamp(1))
    _apply(empty_database, [org])
    assert [c.name for c in service.all(Contact)] == ["Ana"]
    assert _apply(empty_database, [org]) == 0, "an entry applied twice changes nothing"
