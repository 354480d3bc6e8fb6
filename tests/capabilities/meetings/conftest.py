"""Fixtures of the Meetings tests: services on a seeded database, a fixed today, a CC meeting."""

from __future__ import annotations

from datetime import date

import pytest

from isu_desk.capabilities.meetings.domain.records import AgendaItem, Meeting, MeetingKind
from isu_desk.capabilities.meetings.services.meetings import MeetingsService
from isu_desk.capabilities.meetings.services.minutes import MinutesService
from isu_desk.storage.database import Database

TODAY = date(2025, 10, 15)


@pytest.fixture
def meetings(database: Database) -> MeetingsService:
    return MeetingsService(database, lambda: TODAY)


@pytest.fixture
def minutes(database: Database) -> MinutesService:
    return MinutesService(database, lambda: TODAY)


def add_cc(service: MeetingsService, day: date, title: str = "") -> Meeting:
    """A Coordination Committee meeting on ``day`` with items 1, 2 and 3."""
    meeting = Meeting(
        "", MeetingKind.COORDINATION_COMMITTEE, title or f"Coordination Committee {day}", day
    )
    saved = service.save(meeting).unwrap()
    for number, item_title in (("1", "Adoption of the agenda"), ("2", "Update from the Presidency"),
                               ("3", "Universalization")):  # fmt: skip
        service.save(AgendaItem("", saved.id, number, item_title)).unwrap()
    return saved
