"""Costs in exact CHF: estimates, GICHD payments, the round's budget and confirmations."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from tests.capabilities.sponsorship.sample import ROUND, application
from tests.helpers import fields

from isu_desk.capabilities.sponsorship.domain.checks import CONFIRM_FIELD
from isu_desk.capabilities.sponsorship.domain.costs import (
    ActualCost,
    BudgetConfirmation,
    CostKind,
    Position,
    check_budget,
    confirmed_excess,
    estimate,
    excess_to_confirm,
    paid_by_application,
    round_budget,
    validate_actual,
)
from isu_desk.capabilities.sponsorship.domain.workflow import Status

S = Status
PAID = ActualCost(
    "c1", "a1", CostKind.TICKET, Decimal("1790.15"), date(2025, 8, 20), "GICHD-25-0412"
)


def test_the_estimate_is_ticket_dsa_terminal_and_hotel() -> None:
    cost = estimate(application(hotel_nights=1, dsa_days=5), ROUND)
    assert (cost.ticket, cost.dsa, cost.terminal, cost.hotel) == (
        Decimal("1850.40"),
        Decimal("1925"),
        Decimal("120"),
        Decimal("210"),
    )
    assert cost.total == Decimal("4105.40")
    bare = estimate(
        application(ticket=False, ticket_chf=Decimal(0), terminal_expenses=False), ROUND
    )
    assert bare.total == Decimal("1925")


def test_a_payment_needs_its_gichd_reference_and_a_refund_its_reason() -> None:
    assert validate_actual(PAID) == []
    assert fields(validate_actual(replace(PAID, gichd_reference=""))) == {"gichd_reference"}
    assert fields(validate_actual(replace(PAID, amount_chf=Decimal(0)))) == {"amount_chf"}
    refund = replace(PAID, amount_chf=Decimal("-200"))
    assert fields(validate_actual(refund)) == {"notes"}
    assert validate_actual(replace(refund, notes="Airline refund of a changed flight")) == []
    with pytest.raises(TypeError):
        validate_actual(replace(PAID, amount_chf=1790.15))  # type: ignore[arg-type]
    refunded = paid_by_application([PAID, replace(refund, id="c2")])
    assert refunded == {"a1": Decimal("1590.15")}


def test_the_round_budget_counts_offers_commitments_and_payments() -> None:
    positions = [
        Position("a1", S.OFFERED, Decimal("3000")),
        Position("a2", S.ACCEPTED, Decimal("4000"), paid=Decimal("1500")),
        Position("a3", S.ATTENDED, Decimal("2000"), paid=Decimal("2300")),
        Position("a4", S.DECLINED, Decimal("2500")),
        Position("a5", S.NO_SHOW, Decimal("2500"), paid=Decimal("900")),
        Position("a6", S.ELIGIBLE, Decimal("5000")),
    ]
    budget = round_budget(Decimal("10000"), positions)
    assert budget.offered == Decimal("3000")
    assert budget.committed == Decimal("2500")  # a2's 4000 less 1500 paid; a3 is paid in full
    assert budget.spent == Decimal("4700")
    assert budget.remaining == Decimal("2800")
    assert budget.available == Decimal("-200")
    assert budget.exposure == Decimal("10200") and budget.excess == Decimal("200")


def test_going_past_the_budget_asks_for_confirmation() -> None:
    before = round_budget(Decimal("5000"), [Position("a1", S.ACCEPTED, Decimal("4000"))])
    within = round_budget(
        Decimal("5000"),
        [Position("a1", S.ACCEPTED, Decimal("4000")), Position("a2", S.OFFERED, Decimal("1000"))],
    )
    assert check_budget(before, within) == []
    past = round_budget(
        Decimal("5000"),
        [
            Position("a1", S.ACCEPTED, Decimal("4000")),
            Position("a2", S.OFFERED, Decimal("1850.40")),
        ],
    )
    errors = check_budget(before, past)
    assert fields(errors) == {CONFIRM_FIELD}
    assert "CHF 850.40 past its budget" in errors[0].message
    assert excess_to_confirm(before, past) == Decimal("850.40")
    lowered = replace(before, budget=Decimal("3000"))
    assert excess_to_confirm(before, lowered) == Decimal("1000")


ANSWERS = [S.ACCEPTED, S.DECLINED, S.WITHDRAWN, S.TRAVEL_BOOKED, S.ATTENDED, S.NO_SHOW]


class BudgetMachine(RuleBasedStateMachine):
    """Offers, answers, payments and budget changes, each checked as the service would."""

    def __init__(self) -> None:
        super().__init__()
        self.budget = Decimal("20000")
        self.positions: dict[str, Position] = {}
        self.confirmations: list[BudgetConfirmation] = []

    def _apply(self, positions: dict[str, Position], budget: Decimal, confirm: bool) -> None:
        before = round_budget(self.budget, self.positions.values())
        after = round_budget(budget, positions.values())
        if check_budget(before, after):
            if not confirm:
                return  # refused: nothing changes
            extra = excess_to_confirm(before, after)
            self.confirmations.append(
                BudgetConfirmation(f"k{len(self.confirmations)}", "r1", extra, date.today(), "ws")
            )
        self.positions, self.budget = positions, budget

    @rule(
        n=st.integers(0, 9),
        cost=st.decimals(100, 9000, places=2),
        confirm=st.booleans(),
    )
    def offer(self, n: int, cost: Decimal, confirm: bool) -> None:
        key = f"a{n}"
        if key in self.positions and self.positions[key].status is not S.WAIT_LISTED:
            return
        changed = {**self.positions, key: Position(key, S.OFFERED, cost)}
        self._apply(changed, self.budget, confirm)

    @precondition(lambda self: self.positions)
    @rule(data=st.data(), to=st.sampled_from(ANSWERS), confirm=st.booleans())
    def answer(self, data: st.DataObject, to: Status, confirm: bool) -> None:
        key = data.draw(st.sampled_from(sorted(self.positions)))
        changed = {**self.positions, key: replace(self.positions[key], status=to)}
        self._apply(changed, self.budget, confirm)

    @precondition(lambda self: self.positions)
    @rule(data=st.data(), amount=st.decimals(-500, 9000, places=2), confirm=st.booleans())
    def pay(self, data: st.DataObject, amount: Decimal, confirm: bool) -> None:
        key = data.draw(st.sampled_from(sorted(self.positions)))
        item = self.positions[key]
        changed = {**self.positions, key: replace(item, paid=item.paid + amount)}
        self._apply(changed, self.budget, confirm)

    @rule(budget=st.decimals(0, 40000, places=2), confirm=st.booleans())
    def rebudget(self, budget: Decimal, confirm: bool) -> None:
        self._apply(self.positions, budget, confirm)

    @invariant()
    def never_past_the_budget_unconfirmed(self) -> None:
        now = round_budget(self.budget, self.positions.values())
        allowed = self.budget + confirmed_excess(self.confirmations)
        assert now.committed + now.spent <= allowed
        assert now.exposure <= allowed  # open offers included


BudgetMachine.TestCase.settings = settings(max_examples=200, stateful_step_count=30)
TestBudget = BudgetMachine.TestCase
