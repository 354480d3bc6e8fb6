"""Money of the Sponsorship Programme: estimates, payments by the GICHD, each round's
budget, proposals of offers, and the fund's balance from Contributions.

Any change that takes a round's offers, commitments and payments past its
budget (or further past it) is refused with a request to confirm; confirmed,
it is written together with a :class:`BudgetConfirmation` naming the excess.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

from isu_desk.capabilities.contributions.api import ContributionsService, FundKind
from isu_desk.capabilities.sponsorship.domain import costs as money
from isu_desk.capabilities.sponsorship.domain import overview, workflow
from isu_desk.capabilities.sponsorship.domain.costs import (
    ActualCost,
    BudgetConfirmation,
    RoundBudget,
)
from isu_desk.capabilities.sponsorship.domain.overview import FundBalance, RoundInputs
from isu_desk.capabilities.sponsorship.domain.propose import (
    Proposal,
    proposal_steps,
    propose_offers,
)
from isu_desk.capabilities.sponsorship.domain.workflow import Status
from isu_desk.capabilities.sponsorship.services import reading
from isu_desk.capabilities.sponsorship.storage import repo
from isu_desk.domain.errors import FieldError, Result
from isu_desk.domain.ids import new_id
from isu_desk.storage.database import Database
from isu_desk.storage.mapping import to_columns

Session = Any


def budget_errors(
    session: Session,
    database: Database,
    inputs: RoundInputs,
    changes: Mapping[str, Status],
    confirmed: bool,
    paid: Mapping[str, Decimal] | None = None,
    application_id: str | None = None,
) -> list[FieldError]:
    """A confirmation request if ``changes`` (new statuses, new payments) overrun the budget;
    when ``confirmed``, the confirmation is recorded instead and nothing is refused."""
    after_inputs = replace(
        inputs,
        status={**inputs.status, **changes},
        paid={**inputs.paid, **(paid or {})},
    )
    before, after = overview.budget_of(inputs), overview.budget_of(after_inputs)
    errors = money.check_budget(before, after)
    if not errors or not confirmed:
        return errors
    target = application_id or (next(iter(changes)) if len(changes) == 1 else None)
    confirmation = BudgetConfirmation(
        new_id(), inputs.round.id, money.excess_to_confirm(before, after),
        date.today(), database.workstation_id, target,
    )  # fmt: skip
    repo.insert(session, "confirmations", to_columns(confirmation))
    return []


def round_budget(database: Database, round_id: str) -> RoundBudget:
    """The gauge: budget, open offers, committed, spent, remaining."""
    with database.read() as session:
        return overview.budget_of(reading.read_round(session, database, round_id).inputs)


def confirmations(database: Database, round_id: str) -> list[BudgetConfirmation]:
    with database.read() as session:
        return [
            reading.record(BudgetConfirmation, row) for row in repo.confirmations(session, round_id)
        ]


def actual_costs(database: Database, application_id: str) -> list[ActualCost]:
    with database.read() as session:
        rows = repo.costs(session, application_id=application_id)
        return [reading.record(ActualCost, row) for row in rows]


def add_cost(
    database: Database, cost: ActualCost, *, confirmed: bool = False
) -> Result[ActualCost]:
    """Record an amount paid by the GICHD (a refund is negative, with a note)."""
    errors = money.validate_actual(cost)
    if errors:
        return Result.failure(errors)
    with database.transaction() as session:
        app = reading.get_application(session, cost.application_id)
        inputs = reading.read_round(session, database, app.round_id).inputs
        paid = {app.id: inputs.paid.get(app.id, Decimal(0)) + cost.amount_chf}
        errors = budget_errors(session, database, inputs, {}, confirmed, paid, app.id)
        if errors:
            return Result.failure(errors)
        cost = cost if cost.id else replace(cost, id=new_id())
        repo.insert(session, "costs", to_columns(cost))
    return Result.success(cost)


def fund_received(database: Database) -> Decimal:
    """What the Sponsorship Programme fund has received (Contributions), in CHF."""
    service = ContributionsService(database)
    total = Decimal(0)
    for fund in service.funds():
        if fund.kind is FundKind.SPONSORSHIP:
            total += service.summary({"fund_id": fund.id})[1]
    return total


def fund_balance(database: Database) -> FundBalance:
    """The fund's receipts against what every round has offered, committed and spent."""
    with database.read() as session:
        ids = [row.id for row in repo.rounds(session)]
        budgets = [
            overview.budget_of(reading.read_round(session, database, rid).inputs) for rid in ids
        ]
    return overview.fund_balance(fund_received(database), budgets)


def propose(database: Database, round_id: str) -> Proposal:
    """Offers that fill what is left of the budget in priority order (nothing is written)."""
    with database.read() as session:
        inputs = reading.read_round(session, database, round_id).inputs
        weights = reading.weights(session)
    return _proposal(inputs, weights)


def _proposal(inputs: RoundInputs, weights: Any) -> Proposal:
    candidates = overview.candidates(inputs, weights)
    available = max(overview.budget_of(inputs).available, Decimal(0))
    return propose_offers(candidates, available, overview.offers_so_far(inputs), weights)


def confirm(database: Database, round_id: str, proposal: Proposal, on: date) -> Result[int]:
    """Record the proposal's offers and wait-list in one transaction; how many steps.

    Refused whole when an application moved meanwhile or the budget no longer allows it.
    """
    with database.transaction() as session:
        view = reading.read_round(session, database, round_id)
        errors = workflow.check_round(view.inputs.round.status)
        steps = proposal_steps(proposal, on, database.workstation_id, new_id)
        for step in steps:
            outcome = workflow.take(view.histories[step.application_id], step, on)
            if isinstance(outcome, list):
                errors += outcome
        changes = {step.application_id: step.to_status for step in steps}
        if not errors:
            errors = budget_errors(session, database, view.inputs, changes, confirmed=False)
        if errors:
            return Result.failure(
                [FieldError("", "The round changed since the proposal; propose again.")]
            )
        stamp = repo.recorded_at()
        for step in steps:
            repo.insert(session, "steps", {**to_columns(step), "recorded_at": stamp})
    return Result.success(len(steps))


@dataclass(frozen=True, slots=True)
class Dashboard:
    """The dashboard tile: the open round, days to its deadline, waiting, budget left."""

    meeting_name: str
    days_to_deadline: int
    awaiting_decision: int
    remaining: Decimal


def dashboard(database: Database, today: date) -> Dashboard | None:
    """The open round whose deadline comes first (None when no round is open)."""
    from isu_desk.capabilities.sponsorship.domain.records import RoundStatus
    from isu_desk.capabilities.sponsorship.services.service import SponsorshipService

    rounds = [
        r for r in SponsorshipService(database).rounds() if r.round.status is RoundStatus.OPEN
    ]
    if not rounds:
        return None
    chosen = min(rounds, key=lambda r: r.round.deadline)
    with database.read() as session:
        inputs = reading.read_round(session, database, chosen.round.id).inputs
    return Dashboard(
        chosen.meeting_name,
        (chosen.round.deadline - today).days,
        overview.awaiting_decision(inputs.status.values()),
        overview.budget_of(inputs).remaining,
    )
