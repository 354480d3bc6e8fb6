"""The demo meetings and the printed reports, read back from the PDF with pypdf."""

from __future__ import annotations

from datetime import date

import pytest
from tests.capabilities.meetings.conftest import TODAY
from tests.reports.pdf_helpers import contains_name, pdf_pages

from isu_desk.capabilities.meetings.domain.records import (
    ActionStatus,
    DelegationCategory,
    MeetingKind,
    MinutesStatus,
)
from isu_desk.capabilities.meetings.reports.participants import group_attendees
from isu_desk.capabilities.meetings.services import demo
from isu_desk.capabilities.meetings.services.meetings import MeetingsService
from isu_desk.capabilities.meetings.services.minutes import MinutesService
from isu_desk.capabilities.meetings.services.reports import REPORTS, attendees
from isu_desk.domain.errors import DataError
from isu_desk.storage.database import Database


@pytest.fixture
def demo_database(database: Database) -> Database:
    demo.load_demo(database, TODAY)
    return database


def _render(database: Database, name: str, **options: str) -> str:
    return "\n".join(pdf_pages(REPORTS[name].build(database, options)))


def test_the_demo_has_what_the_issue_asks_and_loads_once(
    demo_database: Database, meetings: MeetingsService, minutes: MinutesService
) -> None:
    assert demo.load_demo(demo_database, TODAY).added == 0
    msp = meetings.find_meeting("13MSP")
    assert msp is not None
    assert len(meetings.documents(msp.id)) == 8
    delegations = group_attendees(attendees(demo_database, msp.id))
    assert len(delegations) == 30
    assert minutes.minutes(msp.id).status is MinutesStatus.DRAFT
    ccs = meetings.meetings(kind=MeetingKind.COORDINATION_COMMITTEE)
    assert len(ccs) == 2
    assert {minutes.minutes(cc.id).status for cc in ccs} == {MinutesStatus.APPROVED}
    points = minutes.action_points()
    assert len(points) == 10
    assert {row.point.status for row in points} == set(ActionStatus)
    assert any(row.overdue for row in points)
    assert all(minutes.decisions(cc.id) for cc in ccs)


def test_the_participants_list_puts_every_delegation_under_its_heading_in_order(
    demo_database: Database,
) -> None:
    text = " ".join(_render(demo_database, "participants", meeting="13MSP").split())
    headings = [category.label for category in DelegationCategory]
    positions = [text.index(heading) for heading in headings]
    assert positions == sorted(positions)
    msp = MeetingsService(demo_database).find_meeting("13MSP")
    assert msp is not None
    previous = 0
    for delegation in group_attendees(attendees(demo_database, msp.id)):
        at = text.index(delegation.name, previous)
        heading = headings.index(delegation.category.label)
        assert positions[heading] < at  # under its own heading...
        if heading + 1 < len(positions):
            assert at < positions[heading + 1]  # ...and before the next one
        previous = at
        for person in delegation.people:
            assert contains_name(text, person.name), person.name
    assert text.index("Lithuania") > text.index("Observer States")
    assert text.index("Uganda") > text.index("Signatory States")


def test_the_minutes_hold_every_item_and_the_action_point_table(
    demo_database: Database, minutes: MinutesService
) -> None:
    meetings = MeetingsService(demo_database)
    first, second = sorted(
        meetings.meetings(kind=MeetingKind.COORDINATION_COMMITTEE), key=lambda m: m.start_date
    )
    text = _render(demo_database, "minutes", meeting=second.id)
    for item in meetings.agenda(second.id):
        assert f"{item.number}. {item.title}" in text
    actions = text[text.rindex("Action points") :]
    assert [line.strip() for line in actions.split("\n")[1:5]] == [
        "What",
        "Who",
        "By when",
        "Status",
    ]
    flat = " ".join(actions.split())
    for point in minutes.points_of(second.id):
        assert point.text[:30] in flat
    assert "Send the budget scenarios" not in flat  # done at the first meeting, not carried
    assert "Present" in text and "Apologies" in text and "Senegal" in text
    assert f"The minutes of the meeting of {first.start_date.day}" in text
    assert "were approved." in text
    assert "Matters arising" in text  # the open points carried from the first meeting


def test_the_lists_print_decisions_documents_action_points_and_the_committee(
    demo_database: Database,
) -> None:
    documents = _render(demo_database, "documents", meeting="13MSP")
    assert documents.index("CCM/MSP/2025/3") < documents.index("CCM/MSP/2025/10")
    assert documents.index("CCM/MSP/2025/10") < documents.index("CCM/MSP/2025/WP.1")
    assert "A C E F R S" in documents
    first = MeetingsService(demo_database).meetings(kind=MeetingKind.COORDINATION_COMMITTEE)[0]
    assert "endorsed the draft analysis" in _render(demo_database, "decisions", meeting=first.id)
    tracker = _render(demo_database, "action-points", owner="ben")
    assert "overdue" in tracker and "Chloé" not in tracker
    assert "Ana" not in _render(demo_database, "action-points", owner="Ben")
    with pytest.raises(DataError, match="no meeting “99MSP”"):
        _render(demo_database, "minutes", meeting="99MSP")
    committee = _render(demo_database, "committee", date=date(2025, 10, 1).isoformat())
    assert "No office-holder term runs" in committee
