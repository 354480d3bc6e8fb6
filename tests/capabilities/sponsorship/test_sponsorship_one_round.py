"""One sponsorship round a meeting: a second one made here is refused by name; two made
offline on two desks both survive sync, stay listed and stay editable, and the one that
holds nothing can be deleted (on every desk after sync); one that holds anything cannot."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from tests.capabilities.sponsorship.conftest import TODAY, application, state_ids
from tests.sync.conftest import Team

from isu_desk.capabilities.meetings.api import Meeting, MeetingKind, MeetingsService
from isu_desk.capabilities.sponsorship.domain.records import Round
from isu_desk.capabilities.sponsorship.services.service import SponsorshipService
from isu_desk.services.undo import UndoHistory
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


def _two_desks(
    team: Team, code: str, day: int
) -> tuple[Meeting, SponsorshipService, SponsorshipService]:
    """Desks A and B that both hold a new meeting, and each desk's Sponsorship service."""
    a, b = team.desk("A", seed=True), team.desk("B")
    meeting = _meeting(a.database, code, day)
    _sync(team, 0, 1, 0)
    return (
        meeting,
        SponsorshipService(a.database, lambda: TODAY),
        SponsorshipService(b.database, lambda: TODAY),
    )


def _sync(team: Team, *order: int) -> None:
    """Sync the desks in this order (0 is A, 1 is B)."""
    for n in order:
        team.desks[n].sync.sync()


def test_two_rounds_opened_offline_for_one_meeting_both_survive_sync(team: Team) -> None:
    meeting, on_a, on_b = _two_desks(team, "16MSP", 13)
    first = on_a.save_round(_draft(on_a, meeting, "1000")).unwrap()  # offline, on A
    second = on_b.save_round(_draft(on_b, meeting, "2000")).unwrap()  # offline, on B
    _sync(team, 0, 1, 0)

    for service in (on_a, on_b):
        listed = {r.round.id: r.round.budget_chf for r in service.rounds()}
        assert listed == {first.id: Decimal(1000), second.id: Decimal(2000)}
        assert service.save_round(replace(service.round(first.id), notes="Kept")).ok
        assert not service.save_round(_draft(service, meeting)).ok  # still no third


def test_the_empty_one_of_two_rounds_is_deleted_and_the_delete_syncs(team: Team) -> None:
    meeting, on_a, on_b = _two_desks(team, "17MSP", 14)
    kept = on_a.save_round(_draft(on_a, meeting, "1000")).unwrap()
    chile = state_ids(team.desks[0].database)["CHL"]
    on_a.save_application(application(kept, chile, "Ana Pérez", dsa_days=1,
        departure_on=meeting.start_date, return_on=meeting.end_date)).unwrap()  # fmt: skip
    spare = on_b.save_round(_draft(on_b, meeting, "2000")).unwrap()
    _sync(team, 0, 1, 0)

    refused = on_b.delete_round(kept.id)
    assert [e.message for e in refused.errors] == [
        "This round holds 1 application; only a round with nothing in it can be deleted."
    ]
    assert on_b.delete_round(spare.id).ok
    _sync(team, 1, 0)

    for service in (on_a, on_b):
        assert [r.round.id for r in service.rounds()] == [kept.id]
        assert [row.application.nominee_name for row in service.applications(kept.id)] == [
            "Ana Pérez"
        ]


def test_a_deleted_round_comes_back_with_undo(
    sponsorship: SponsorshipService, round_: Round, database: Database
) -> None:
    history = UndoHistory(database)
    assert sponsorship.delete_round(round_.id).ok
    assert sponsorship.rounds() == []

    assert history.undo().ok
    assert [r.round for r in sponsorship.rounds()] == [round_]
