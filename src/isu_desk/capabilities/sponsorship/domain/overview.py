"""A round seen whole: the glue the services and the applications table build on.

From a round's applications, the status of each (replayed from its steps),
what the GICHD paid for each, the facts of the States and the weights, these
functions give the round's budget, its offers so far, every application's
score for the table (each scored against the *other* offers), the candidates
of a proposal, the dashboard's counts, and the Sponsorship fund's balance
against what the rounds hold. All pure; nothing is read or written here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from isu_desk.capabilities.directory.api import Gender
from isu_desk.capabilities.sponsorship.domain.checks import ZERO
from isu_desk.capabilities.sponsorship.domain.costs import (
    COMMITTED,
    OFFERED,
    Position,
    RoundBudget,
    estimate,
    round_budget,
)
from isu_desk.capabilities.sponsorship.domain.priority import (
    OffersSoFar,
    PriorityWeights,
    Score,
    ScoreOverride,
    StateFacts,
    dynamic_lines,
    static_lines,
)
from isu_desk.capabilities.sponsorship.domain.propose import Candidate, candidate
from isu_desk.capabilities.sponsorship.domain.records import Application, MeetingDates, Round
from isu_desk.capabilities.sponsorship.domain.workflow import DECIDABLE, Status

HOLDING_AN_OFFER = OFFERED | COMMITTED
"""Statuses that count as an offer of the round (gender balance, one delegate per State)."""
AWAITING_DECISION = frozenset({Status.RECEIVED, Status.ELIGIBLE, Status.WAIT_LISTED})


@dataclass(frozen=True, slots=True)
class RoundInputs:
    """What the services read for one round, handed to the pure functions below."""

    round: Round
    meeting: MeetingDates
    applications: Sequence[Application]
    status: Mapping[str, Status]  # application id -> replayed status
    paid: Mapping[str, Decimal]  # application id -> net actual cost
    states: Mapping[str, StateFacts]
    overrides: Mapping[str, ScoreOverride]


@dataclass(frozen=True, slots=True)
class FundBalance:
    """The Sponsorship Programme fund: received (Contributions) against the rounds."""

    received: Decimal
    committed: Decimal  # open offers and accepted ones not yet paid, all rounds
    spent: Decimal

    @property
    def balance(self) -> Decimal:
        return self.received - self.committed - self.spent


def positions(inputs: RoundInputs) -> list[Position]:
    return [
        Position(
            app.id,
            inputs.status[app.id],
            estimate(app, inputs.round).total,
            inputs.paid.get(app.id, ZERO),
        )
        for app in inputs.applications
    ]


def budget_of(inputs: RoundInputs) -> RoundBudget:
    return round_budget(inputs.round.budget_chf, positions(inputs))


def offers_so_far(inputs: RoundInputs) -> OffersSoFar:
    return OffersSoFar.of(
        (app.state_id, app.nominee_gender)
        for app in inputs.applications
        if inputs.status[app.id] in HOLDING_AN_OFFER
    )


def scores(inputs: RoundInputs, weights: PriorityWeights) -> dict[str, Score]:
    """Every application's score with its breakdown, each against the round's other offers."""
    offers = offers_so_far(inputs)
    start = inputs.meeting.start
    result: dict[str, Score] = {}
    for app in inputs.applications:
        holds = inputs.status[app.id] in HOLDING_AN_OFFER
        own = 1 if holds else 0
        by_gender: Mapping[Gender, int] = offers.by_gender
        if holds:
            by_gender = {**by_gender, app.nominee_gender: by_gender[app.nominee_gender] - 1}
        state_offers = offers.by_state.get(app.state_id, 0) - own
        lines = static_lines(app, inputs.states[app.state_id], start, weights)
        lines += dynamic_lines(state_offers, app.nominee_gender, by_gender, weights)
        result[app.id] = Score(tuple(lines), inputs.overrides.get(app.id))
    return result


def candidates(inputs: RoundInputs, weights: PriorityWeights) -> list[Candidate]:
    """The eligible and wait-listed applications, ready for ``propose_offers``."""
    return [
        candidate(
            app,
            inputs.status[app.id],
            inputs.states[app.state_id],
            inputs.meeting.start,
            weights,
            estimate(app, inputs.round).total,
            inputs.overrides.get(app.id),
        )
        for app in inputs.applications
        if inputs.status[app.id] in DECIDABLE
    ]


def status_counts(statuses: Iterable[Status]) -> dict[Status, int]:
    """How many applications are in each status (every status present, zeros included)."""
    counted = Counter(statuses)
    return {status: counted.get(status, 0) for status in Status}


def awaiting_decision(statuses: Iterable[Status]) -> int:
    """Applications the dashboard shows as waiting for a decision."""
    return sum(1 for status in statuses if status in AWAITING_DECISION)


def fund_balance(received_chf: Decimal, budgets: Iterable[RoundBudget]) -> FundBalance:
    """What the fund received against what all rounds have offered, committed and spent."""
    committed = spent = ZERO
    for budget in budgets:
        committed += budget.offered + budget.committed
        spent += budget.spent
    return FundBalance(received_chf, committed, spent)
