"""Meetings use cases on a real database: seeding, saving, ordering, refusing, search."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date

from tests.capabilities.meetings.conftest import TODAY, add_cc

from isu_desk.capabilities.meetings.directory import (
    DirectoryService,
    OfficeHolder,
    OfficeRole,
    Organisation,
    OrganisationKind,
    State,
)
from isu_desk.capabilities.meetings.domain.records import (
    AgendaItem,
    Document,
    Meeting,
    MeetingKind,
    MeetingStatus,
)
from isu_desk.capabilities.meetings.services.meetings import MeetingsService
from isu_desk.capabilities.meetings.services.seed import meeting_id, seed_meetings
from isu_desk.storage.database import Database


def test_init_seeds_the_past_formal_meetings_with_name_based_ids(
    database: Database, meetings: MeetingsService
) -> None:
    msp13 = meetings.find_meeting("13msp")
    assert msp13 is not None and msp13.id == meeting_id("13MSP")
    assert (msp13.city, msp13.start_date) == ("Geneva", date(2025, 9, 16))
    assert msp13.status is MeetingStatus.REPORT_ADOPTED
    assert len(meetings.meetings(kind=MeetingKind.MSP)) == 13
    assert [m.code for m in meetings.meetings(year=2015)] == ["1RC", "IM-2015"]  # newest first
    assert seed_meetings(database) == 0  # a second init adds nothing
    assert [m.code for m in meetings.meetings(search="san jose")] == ["5MSP"]


def test_a_code_is_used_once_and_a_held_meeting_cannot_be_planned_again(
    meetings: MeetingsService,
) -> None:
    copy = Meeting("", MeetingKind.MSP, "Copy", date(2025, 1, 1), code="13MSP")
    assert [e.field for e in meetings.save(copy).errors] == ["code"]
    msp13 = meetings.find_meeting("13MSP")
    assert msp13 is not None
    back = meetings.save(replace(msp13, status=MeetingStatus.PLANNED))
    assert [e.field for e in back.errors] == ["status"]


def test_agenda_and_documents_come_back_in_written_and_un_order(
    meetings: MeetingsService,
) -> None:
    msp = meetings.find_meeting("12MSP")
    assert msp is not None
    for number in ("10", "5(b)", "2", "5(a)", "1", "5"):
        assert meetings.save(AgendaItem("", msp.id, number, f"Item {number}")).ok
    assert [i.number for i in meetings.agenda(msp.id)] == ["1", "2", "5", "5(a)", "5(b)", "10"]
    for symbol in ("CCM/MSP/2024/WP.1", "ccm/msp/2024/10", "CCM/MSP/2024/INF.2", "CCM/MSP/2024/2",
                   "CCM/MSP/2024/3/rev.1", "CCM/MSP/2024/3"):  # fmt: skip
        assert meetings.save(Document("", msp.id, symbol, f"Document {symbol}")).ok
    assert [d.symbol for d in meetings.documents(msp.id)] == [
        "CCM/MSP/2024/2",
        "CCM/MSP/2024/3",
        "CCM/MSP/2024/3/Rev.1",
        "CCM/MSP/2024/10",
        "CCM/MSP/2024/WP.1",
        "CCM/MSP/2024/INF.2",
    ]
    again = meetings.save(Document("", msp.id, "CCM/MSP/2024/2", "Another"))
    assert [e.field for e in again.errors] == ["symbol"]
    item = meetings.save(AgendaItem("", msp.id, "5(a)", "Twice"))
    assert [e.field for e in item.errors] == ["number"]


def test_the_symbol_prefix_is_a_setting(meetings: MeetingsService) -> None:
    msp = meetings.find_meeting("12MSP")
    assert msp is not None
    aplc = Document("", msp.id, "APLC/MSP.21/2023/1", "Agenda")
    assert [e.field for e in meetings.save(aplc).errors] == ["symbol"]
    assert meetings.set_symbol_prefix("aplc").ok
    assert meetings.save(aplc).ok
    assert [e.field for e in meetings.set_symbol_prefix("A/B").errors] == ["prefix"]


def test_a_meeting_with_records_is_not_deleted(meetings: MeetingsService) -> None:
    cc = add_cc(meetings, date(2025, 3, 1))
    refused = meetings.delete(Meeting, cc.id)
    assert not refused.ok and "3 agenda items" in refused.errors[0].message
    lone = meetings.save(Meeting("", MeetingKind.OTHER, "Lunch", date(2025, 3, 2))).unwrap()
    assert meetings.delete(Meeting, lone.id).ok
    assert meetings.find_meeting(lone.id) is None


def test_writes_are_captured_for_sync(database: Database, meetings: MeetingsService) -> None:
    cc = add_cc(meetings, date(2025, 3, 1))
    with sqlite3.connect(database.path) as conn:
        entities = {row[0] for row in conn.execute("SELECT entity FROM change_log")}
        logged = conn.execute(
            "SELECT count(*) FROM change_log WHERE record_id = ?", (cc.id,)
        ).fetchone()
    assert {"meetings", "agenda_items"} <= entities
    assert logged == (1,)


def test_the_committee_on_a_date_names_the_meeting_that_elected_each_holder(
    meetings: MeetingsService, directory: DirectoryService
) -> None:
    states = {s.iso3: s for s in directory.all(State)}
    president = directory.save(
        OfficeHolder(
            "", OfficeRole.PRESIDENT, states["PHL"].id, date(2024, 9, 14), date(2025, 9, 19)
        )
    ).unwrap()
    coordinator = directory.save(
        OfficeHolder("", OfficeRole.COORDINATOR, states["LAO"].id, date(2023, 9, 15),
                     date(2025, 9, 19), theme="Clearance and Risk Education")
    ).unwrap()  # fmt: skip
    msp12 = meetings.find_meeting("12MSP")
    assert msp12 is not None
    assert meetings.set_elected_meeting(president.id, msp12.id).ok
    members = meetings.committee_on(date(2025, 4, 1))
    assert [(m.role, m.state_name, m.elected_at) for m in members] == [
        ("president", "Philippines", "12MSP"),
        ("coordinator", "Lao People's Democratic Republic", ""),
    ]
    assert meetings.committee_on(TODAY) == []
    # Saving the holder in the Directory keeps the electing meeting.
    assert directory.save(replace(president, notes="re-saved")).ok
    assert meetings.committee_on(date(2025, 4, 1))[0].elected_at == "12MSP"
    assert coordinator.id


def test_a_delegation_is_proposed_its_category_at_the_meeting(
    meetings: MeetingsService, directory: DirectoryService
) -> None:
    lithuania = next(s for s in directory.all(State) if s.iso3 == "LTU")
    msp12, msp13 = meetings.find_meeting("12MSP"), meetings.find_meeting("13MSP")
    assert msp12 is not None and msp13 is not None
    assert meetings.delegation_category(msp12.id, state_id=lithuania.id).value == "states_parties"
    assert meetings.delegation_category(msp13.id, state_id=lithuania.id).value == "observer_states"
    cmc = directory.save(
        Organisation("", "Cluster Munition Coalition", "CMC", OrganisationKind.NGO)
    )
    assert meetings.delegation_category(msp13.id, organisation_id=cmc.unwrap().id).value == "ngos"
