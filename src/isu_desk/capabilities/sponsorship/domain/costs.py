"""What sponsoring a delegate costs, and where a round's budget stands, in exact CHF.

An application's **estimate** is its ticket + DSA days × the round's DSA rate +
terminal expenses + hotel nights booked directly (not covered by DSA) × the
round's hotel rate. The GICHD then pays; each payment is an
:class:`ActualCost` with its GICHD reference (a refund or correction is a
negative entry with a note), never an edited amount, so a cost entered on one
workstation and a decision taken on another both count after sync.

Per round (:class:`RoundBudget`): **offered** is what open offers would cost,
**committed** what accepted offers still will cost (estimate less what is
already paid), **spent** what the GICHD has paid. Any change that takes
offered + committed + spent past the budget, or further past it, asks for a
confirmation that is recorded with the excess it allowed
(:class:`BudgetConfirmation`); so committed + spent never exceeds the budget
by more than the confirmed excesses.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from isu_desk.capabilities.sponsorship.domain import checks
from isu_desk.capabilities.sponsorship.domain.checks import CONFIRM_FIELD, ZERO
from isu_desk.capabilities.sponsorship.domain.records import Application, Round
from isu_desk.capabilities.sponsorship.domain.workflow import Status
from isu_desk.domain.errors import FieldError

OFFERED = frozenset({Status.OFFERED})
COMMITTED = frozenset({Status.ACCEPTED, Status.TRAVEL_BOOKED, Status.ATTENDED})


class CostKind(StrEnum):
    TICKET = "ticket"
    DSA = "dsa"
    TERMINAL = "terminal"
    HOTEL = "hotel"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    CostKind.TICKET: "Ticket",
    CostKind.DSA: "DSA",
    CostKind.TERMINAL: "Terminal expenses",
    CostKind.HOTEL: "Hotel",
    CostKind.OTHER: "Other",
}


@dataclass(frozen=True, slots=True)
class Estimate:
    """The estimated cost of an application, line by line (CHF)."""

    ticket: Decimal
    dsa: Decimal
    terminal: Decimal
    hotel: Decimal

    @property
    def total(self) -> Decimal:
        return self.ticket + self.dsa + self.terminal + self.hotel


@dataclass(frozen=True, slots=True)
class ActualCost:
    """A payment by the GICHD for an application (negative: a refund or a correction)."""

    id: str
    application_id: str
    kind: CostKind
    amount_chf: Decimal
    paid_on: date
    gichd_reference: str
    notes: str = ""


@dataclass(frozen=True, slots=True)
class BudgetConfirmation:
    """Staff agreed to go ``excess_chf`` further past a round's budget."""

    id: str
    round_id: str
    excess_chf: Decimal
    on: date
    workstation_id: str
    application_id: str | None = None  # None: the budget itself was lowered
    note: str = ""


@dataclass(frozen=True, slots=True)
class Position:
    """An application's weight on its round's budget: its status, estimate and payments."""

    application_id: str
    status: Status
    estimate: Decimal
    paid: Decimal = ZERO


@dataclass(frozen=True, slots=True)
class RoundBudget:
    budget: Decimal
    offered: Decimal
    committed: Decimal
    spent: Decimal

    @property
    def remaining(self) -> Decimal:
        """Budget less committed and spent (open offers not counted)."""
        return self.budget - self.committed - self.spent

    @property
    def available(self) -> Decimal:
        """What new offers may still use: remaining less the open offers."""
        return self.remaining - self.offered

    @property
    def exposure(self) -> Decimal:
        return self.offered + self.committed + self.spent

    @property
    def excess(self) -> Decimal:
        """How far the exposure is past the budget (zero when within)."""
        return max(self.exposure - self.budget, ZERO)


def estimate(app: Application, round_: Round) -> Estimate:
    """The estimated cost of ``app`` at ``round_``'s rates."""
    return Estimate(
        ticket=app.ticket_chf if app.ticket else ZERO,
        dsa=round_.dsa_rate_chf * app.dsa_days,
        terminal=round_.terminal_expenses_chf if app.terminal_expenses else ZERO,
        hotel=round_.hotel_rate_chf * app.hotel_nights,
    )


def validate_actual(cost: ActualCost) -> list[FieldError]:
    if not isinstance(cost.amount_chf, Decimal):
        raise TypeError("amount_chf must be a Decimal")
    errors: list[FieldError] = []
    if cost.amount_chf == 0:
        errors.append(FieldError("amount_chf", "Enter the amount paid (negative for a refund)."))
    errors += checks.chf("amount_chf", abs(cost.amount_chf), "amount")
    errors += checks.text("gichd_reference", cost.gichd_reference, "GICHD reference", required=True)
    errors += checks.day("paid_on", cost.paid_on, "date paid", required=True)
    errors += checks.notes("notes", cost.notes)
    if cost.amount_chf < 0 and not cost.notes.strip():
        errors.append(FieldError("notes", "Say why this refund or correction is entered."))
    return errors


def paid_by_application(costs: Iterable[ActualCost]) -> dict[str, Decimal]:
    totals: dict[str, Decimal] = {}
    for cost in costs:
        totals[cost.application_id] = totals.get(cost.application_id, ZERO) + cost.amount_chf
    return totals


def round_budget(budget: Decimal, positions: Iterable[Position]) -> RoundBudget:
    """Where a round stands: open offers, commitments and payments against ``budget``."""
    offered = committed = spent = ZERO
    for item in positions:
        spent += item.paid
        if item.status in OFFERED:
            offered += max(item.estimate - item.paid, ZERO)
        elif item.status in COMMITTED:
            committed += max(item.estimate - item.paid, ZERO)
    return RoundBudget(budget, offered, committed, spent)


def excess_to_confirm(before: RoundBudget, after: RoundBudget) -> Decimal:
    """How much further past its budget a change takes the round (zero: no confirmation)."""
    return max(after.excess - before.excess, ZERO)


def check_budget(before: RoundBudget, after: RoundBudget) -> list[FieldError]:
    """A confirmation request when the change goes past the budget, else nothing."""
    extra = excess_to_confirm(before, after)
    if not extra:
        return []
    return [
        FieldError(
            CONFIRM_FIELD,
            f"This takes the round CHF {extra:,.2f} past its budget: CHF {after.exposure:,.2f} "
            f"offered, committed and spent against a budget of CHF {after.budget:,.2f}. "
            "Go ahead anyway?",
        )
    ]


def confirmed_excess(confirmations: Iterable[BudgetConfirmation]) -> Decimal:
    return sum((c.excess_chf for c in confirmations), ZERO)
