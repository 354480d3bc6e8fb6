"""One sponsorship round a meeting: a second one made here is refused by name; two made
offline on two desks both survive sync, stay listed and stay editable."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from tests.capabilities.sponsorship.conftest import TODAY
from tests.sync.conftest import Team

from isu_desk.capabilities.meetings.api import Meeting, MeetingKind, MeetingsService
from isu_desk.capabilities.sponsorship.domain.records import Round
from isu_desk.capabilities.sponsorship.services.service import SponsorshipService
from isu_desk.storage.database import Database


def _meeting(database: Database, code: str, day: int) -> Meeting:
    start = TODAY.replace(year=2027, month=9, day=day)
    meeting = Meeting("", MeetingKind.MSP, f"{code} meeting", start, start, code=code)
    return MeetingsService(database, lambda: TODAY).save(meeting).unwrap()


def _draft(service: SponsorshipService, meeting: Meeting, budget: str = "1000") -> Round:
    return replace(service.draft_round(meeting.id), budget_chf=Decimal(budget))


def test_a_second_round_for_a_meeting_is_refused_naming_the_first(
    sponsorship: SponsorshipService, round_: Round, msp: Meeting, database: Database
) -> None:
    result = sponsorship.save_round(_draft(sponsorship, msp))
    assert [(e.field, e.message) for e in result.errors] == [
        (
            "meeting_id",
            "14MSP Fourteenth Meeting of States Parties already has a sponsorship round "
            f"(open, deadline {round_.deadline.isoformat()}); open that round instead of "
            "making a second one.",
        )
    ]
    assert [r.round.id for r in sponsorship.rounds()] == [round_.id]
    # The round itself stays editable; moving another round onto that meeting is refused too.
    assert sponsorship.save_round(replace(round_, budget_chf=Decimal(9))).ok
    other = sponsorship.save_round(_draft(sponsorship, _meeting(database, "3RC", 7))).unwrap()
    assert not sponsorship.save_round(replace(other, meeting_id=msp.id)).ok


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    made = Team(tmp_path)
    yield made
    made.close()


def test_two_rounds_opened_offline_for_one_meeting_both_survive_sync(team: Team) -> None:
    a, b = team.desk("A", seed=True), team.desk("B")
    meeting = _meeting(a.database, "16MSP", 13)
    for desk in (a, b, a):
        desk.sync.sync()
    on_a = SponsorshipService(a.database, lambda: TODAY)
    on_b = SponsorshipService(b.database, lambda: TODAY)
    first = on_a.save_round(_draft(on_a, meeting, "1000")).unwrap()  # offline, on A
    second = on_b.save_round(_draft(on_b, meeting, "2000")).unwrap()  # offline, on B
    for desk in (a, b, a):
        desk.sync.sync()

    for service in (on_a, on_b):
        listed = {r.round.id: r.round.budget_chf for r in service.rounds()}
        assert listed == {first.id: Decimal(1000), second.id: Decimal(2000)}
        assert service.save_round(replace(service.round(first.id), notes="Kept")).ok
        assert not service.save_round(_draft(service, meeting)).ok  # still no third
