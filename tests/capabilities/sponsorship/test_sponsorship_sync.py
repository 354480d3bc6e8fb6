"""Two desks deciding the same round offline, synced through a real share: a clash keeps both
steps (the later one listed as a conflict); a decision and a payment merge."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from tests.capabilities.sponsorship.conftest import TODAY, application
from tests.sync.conftest import Team

from isu_desk.capabilities.directory.api import DirectoryService, State
from isu_desk.capabilities.meetings.api import Meeting, MeetingKind, MeetingsService
from isu_desk.capabilities.sponsorship.domain.costs import ActualCost, CostKind
from isu_desk.capabilities.sponsorship.domain.workflow import Status
from isu_desk.capabilities.sponsorship.services import budget
from isu_desk.capabilities.sponsorship.services.service import SponsorshipService


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    made = Team(tmp_path)
    yield made
    made.close()


def _sync(team: Team) -> None:
    a, b = team.desks
    for desk in (a, b, a):
        desk.sync.sync()


def test_the_same_application_decided_on_two_desks_keeps_both_steps(team: Team) -> None:
    a, b = team.desk("A", seed=True), team.desk("B")
    on_a = SponsorshipService(a.database, lambda: TODAY)
    meeting = (
        MeetingsService(a.database, lambda: TODAY)
        .save(
            Meeting(
                "", MeetingKind.MSP, "14MSP", date(2026, 9, 14), date(2026, 9, 17), code="14MSP"
            )
        )
        .unwrap()
    )
    draft = replace(on_a.draft_round(meeting.id), budget_chf=Decimal(20000),
                    dsa_rate_chf=Decimal(300), terminal_expenses_chf=Decimal(100))  # fmt: skip
    round_ = on_a.save_round(draft).unwrap()
    lao = next(s.id for s in DirectoryService(a.database).all(State) if s.iso3 == "LAO")
    first = on_a.save_application(application(round_, lao, "ສົມພອນ ແກ້ວມະນີ")).unwrap()
    second = on_a.save_application(application(round_, lao, "Other nominee")).unwrap()
    for app in (first, second):
        on_a.take_step(app.id, Status.ELIGIBLE).unwrap()
    on_a.take_step(second.id, Status.OFFERED).unwrap()
    on_a.take_step(second.id, Status.ACCEPTED).unwrap()
    _sync(team)
    on_b = SponsorshipService(b.database, lambda: TODAY)

    on_a.take_step(first.id, Status.OFFERED).unwrap()  # offline, on A
    on_b.take_step(first.id, Status.REGRETTED, reason="One delegate per State").unwrap()  # on B
    on_a.take_step(second.id, Status.TRAVEL_BOOKED).unwrap()  # a decision on A...
    paid = ActualCost("", second.id, CostKind.TICKET, Decimal("980.00"), TODAY, "GICHD-17")
    budget.add_cost(b.database, paid).unwrap()  # ...and a payment on B
    _sync(team)

    seen = []
    for service, desk in ((on_a, a), (on_b, b)):
        history = service.history(first.id)
        assert len(history.steps) + len(history.conflicts) == 3  # nothing lost
        [conflict] = service.conflicts(round_.id)
        assert conflict.application_id == first.id
        assert "it was changed meanwhile" in conflict.reason
        seen.append((history.status, conflict.step.to_status))
        assert service.history(second.id).status is Status.TRAVEL_BOOKED
        assert budget.round_budget(desk.database, round_.id).spent == Decimal("980.00")
        rows = {row.application.id: row for row in service.applications(round_.id)}
        assert rows[first.id].conflicts == 1
    assert seen[0] == seen[1]  # both desks agree on which step counts
    assert set(seen[0]) == {Status.OFFERED, Status.REGRETTED}
