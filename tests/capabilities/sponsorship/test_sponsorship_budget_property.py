"""Whatever staff click, in any order: a round never goes past its budget unless the
excess was confirmed and recorded, and no status is reached that the rules forbid."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.capabilities.sponsorship.conftest import TODAY, application, state_ids

from isu_desk.capabilities.meetings.api import Meeting, MeetingsService
from isu_desk.capabilities.sponsorship.domain.costs import ActualCost, CostKind
from isu_desk.capabilities.sponsorship.domain.workflow import NEXT, Status
from isu_desk.capabilities.sponsorship.services import budget
from isu_desk.capabilities.sponsorship.services.service import SponsorshipService
from isu_desk.storage.database import Database

ACTIONS = st.lists(
    st.tuples(
        st.integers(0, 3),
        st.sampled_from([*list(Status), "pay"]),
        st.booleans(),
    ),
    max_size=14,
)


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(actions=ACTIONS)
def test_no_click_sequence_overruns_the_budget_unconfirmed(
    sponsorship: SponsorshipService, msp: Meeting, database: Database, actions: list
) -> None:  # type: ignore[type-arg]
    # A meeting of its own per example: a meeting has one round (the fixtures are shared).
    meeting = MeetingsService(database, lambda: TODAY).save(replace(msp, id="", code=""))
    draft = replace(sponsorship.draft_round(meeting.unwrap().id), budget_chf=Decimal(5000),
                    dsa_rate_chf=Decimal(300), terminal_expenses_chf=Decimal(100))  # fmt: skip
    round_ = sponsorship.save_round(draft).unwrap()
    ids = state_ids(database)
    apps = [
        sponsorship.save_application(application(round_, ids[iso], iso)).unwrap()
        for iso in ("LAO", "AFG", "CHL", "SEN")
    ]  # 2 000 each against 5 000
    for index, action, confirmed in actions:
        app = apps[index]
        before = sponsorship.history(app.id).status
        if action == "pay":
            cost = ActualCost("", app.id, CostKind.TICKET, Decimal(900), TODAY, "G-1")
            budget.add_cost(database, cost, confirmed=confirmed)
        else:
            result = sponsorship.take_step(app.id, action, reason="r", confirmed=confirmed)
            after = sponsorship.history(app.id).status
            assert after is (action if result.ok else before)
            assert not result.ok or action in NEXT.get(before, frozenset())
        gauge = budget.round_budget(database, round_.id)
        confirmed_total = sum(
            (c.excess_chf for c in budget.confirmations(database, round_.id)), Decimal(0)
        )
        assert gauge.exposure - gauge.budget <= confirmed_total
