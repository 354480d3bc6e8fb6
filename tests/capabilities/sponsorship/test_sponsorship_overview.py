"""A round seen whole: table scores against the other offers, candidates, budget, the fund."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st
from tests.capabilities.sponsorship.sample import MEETING, ROUND, application

from isu_desk.capabilities.directory.api import Gender, StateStatus
from isu_desk.capabilities.sponsorship.domain.costs import RoundBudget
from isu_desk.capabilities.sponsorship.domain.overview import (
    RoundInputs,
    awaiting_decision,
    budget_of,
    candidates,
    fund_balance,
    offers_so_far,
    scores,
    status_counts,
)
from isu_desk.capabilities.sponsorship.domain.priority import (
    OffersSoFar,
    PriorityWeights,
    ScoreOverride,
    StateFacts,
    score_application,
)
from isu_desk.capabilities.sponsorship.domain.workflow import Status

W = PriorityWeights()
STATES = {
    code: StateFacts(code, StateStatus.STATE_PARTY, least_developed=code == "LAO")
    for code in ("LAO", "IRQ", "CHL")
}
OFFER_LIKE = {Status.OFFERED, Status.ACCEPTED, Status.TRAVEL_BOOKED, Status.ATTENDED}


def inputs(rows: list[tuple[str, Gender, Status]], **extra: object) -> RoundInputs:
    apps = [
        application(id=f"a{n}", state_id=state, nominee_gender=gender, received_on=date(2025, 6, 1))
        for n, (state, gender, _) in enumerate(rows)
    ]
    values: dict[str, object] = {
        "round": ROUND,
        "meeting": MEETING,
        "applications": apps,
        "status": {f"a{n}": status for n, (_, _, status) in enumerate(rows)},
        "paid": {},
        "states": STATES,
        "overrides": {},
    }
    values.update(extra)
    return RoundInputs(**values)  # type: ignore[arg-type]


_rows = st.lists(
    st.tuples(
        st.sampled_from(sorted(STATES)),
        st.sampled_from(list(Gender)),
        st.sampled_from(list(Status)),
    ),
    max_size=15,
)


@given(rows=_rows)
def test_each_table_score_is_against_the_other_offers(
    rows: list[tuple[str, Gender, Status]],
) -> None:
    given_inputs = inputs(rows)
    table = scores(given_inputs, W)
    for n, app in enumerate(given_inputs.applications):
        others = OffersSoFar.of(
            (state, gender)
            for m, (state, gender, status) in enumerate(rows)
            if m != n and status in OFFER_LIKE
        )
        expected = score_application(app, STATES[app.state_id], MEETING.start, others, W)
        assert table[app.id] == expected


def test_candidates_are_the_eligible_and_wait_listed_with_overrides() -> None:
    rows = [
        ("LAO", Gender.FEMALE, Status.ELIGIBLE),
        ("IRQ", Gender.MALE, Status.WAIT_LISTED),
        ("CHL", Gender.MALE, Status.OFFERED),
        ("CHL", Gender.FEMALE, Status.RECEIVED),
    ]
    override = ScoreOverride("a1", 99, "Presents the extension request", MEETING.start, "ws")
    round_inputs = inputs(rows, overrides={"a1": override})
    found = candidates(round_inputs, W)
    assert [(c.application_id, c.status) for c in found] == [
        ("a0", Status.ELIGIBLE),
        ("a1", Status.WAIT_LISTED),
    ]
    assert found[1].static.value == 99
    assert found[0].estimate == Decimal("3895.40")  # 1850.40 + 5 x 385 + 120
    assert offers_so_far(round_inputs) == OffersSoFar({"CHL": 1}, {Gender.MALE: 1})
    budget = budget_of(round_inputs)
    assert budget.offered == Decimal("3895.40") and budget.committed == 0


def test_dashboard_counts_and_the_fund() -> None:
    statuses = [Status.RECEIVED, Status.ELIGIBLE, Status.OFFERED, Status.WAIT_LISTED]
    counts = status_counts(statuses)
    assert counts[Status.ELIGIBLE] == 1 and counts[Status.ATTENDED] == 0
    assert len(counts) == len(Status)
    assert awaiting_decision(statuses) == 3
    budgets = [
        RoundBudget(Decimal("60000"), Decimal("5000"), Decimal("20000"), Decimal("10000")),
        RoundBudget(Decimal("50000"), Decimal(0), Decimal(0), Decimal("41000.50")),
    ]
    fund = fund_balance(Decimal("120000"), budgets)
    assert (fund.committed, fund.spent) == (Decimal("25000"), Decimal("51000.50"))
    assert fund.balance == Decimal("43999.50")


def test_payments_count_against_the_round() -> None:
    rows = [("LAO", Gender.FEMALE, Status.ATTENDED)]
    paid = inputs(rows, paid={"a0": Decimal("4000.10")})
    budget = budget_of(paid)
    assert budget.spent == Decimal("4000.10") and budget.committed == 0
    assert budget.remaining == ROUND.budget_chf - Decimal("4000.10")
