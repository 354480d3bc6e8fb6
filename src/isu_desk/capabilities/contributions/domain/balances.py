"""Balances derived from the contributions ledger, never stored: what a pledge has
received and still expects (and a draft payment that settles it), overdue
instalments, what a year expects of a pledge, budget coverage and totals by
donor, fund, kind or year.

Everything is a plain recomputation over Decimals; the storage layer computes
the same sums in SQL (tests check both agree on random ledgers).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_DOWN, Decimal
from typing import TypeVar

from isu_desk.capabilities.contributions.domain.records import (
    ZERO,
    Contribution,
    ContributionForm,
    ContributionKind,
    Instalment,
    Pledge,
    PledgeStatus,
    chf_equivalent,
    credited,
)
from isu_desk.domain.currencies import minor_units

K = TypeVar("K", bound=Hashable)


@dataclass(frozen=True, slots=True)
class PledgeBalance:
    """What a pledge has received and still expects (in its currency and in CHF)."""

    total: Decimal
    received: Decimal
    received_chf: Decimal
    currency: str

    @property
    def outstanding(self) -> Decimal:
        return max(self.total - self.received, ZERO)

    @property
    def status(self) -> PledgeStatus:
        return pledge_status(self.total, self.received)


def pledge_status(total: Decimal, received: Decimal) -> PledgeStatus:
    if received <= 0:
        return PledgeStatus.PLEDGED
    if received < total:
        return PledgeStatus.PARTIAL
    return PledgeStatus.PAID if received == total else PledgeStatus.OVERPAID


def pledge_balance(pledge: Pledge, entries: Iterable[Contribution]) -> PledgeBalance:
    """The balance of ``pledge`` from the ledger ``entries`` (others are ignored)."""
    mine = [e for e in entries if e.pledge_id == pledge.id]
    return PledgeBalance(
        total=pledge.total,
        received=sum((credited(e) for e in mine), ZERO),
        received_chf=sum((e.amount_chf for e in mine), ZERO),
        currency=pledge.currency,
    )


def overdue_instalments(
    instalments: Iterable[Instalment], received: Decimal, today: date
) -> list[Instalment]:
    """Instalments due before ``today`` not covered by ``received`` (paid in due order)."""
    overdue: list[Instalment] = []
    cumulative = ZERO
    for item in sorted(instalments, key=lambda i: (i.due_on, i.id)):
        cumulative += item.amount
        if item.due_on < today and cumulative > received:
            overdue.append(item)
    return overdue


def due_in_year(pledge: Pledge, instalments: Sequence[Instalment], year: int) -> Decimal:
    """The part of a pledge expected in ``year``: its instalments due that year, or
    else an even share of the total (the last year takes the remainder)."""
    if instalments:
        return sum((i.amount for i in instalments if i.due_on.year == year), ZERO)
    if not pledge.first_year <= year <= pledge.last_year:
        return ZERO
    count = pledge.last_year - pledge.first_year + 1
    places = Decimal(1).scaleb(-minor_units(pledge.currency))
    share = (pledge.total / count).quantize(places, rounding=ROUND_DOWN)
    return share if year < pledge.last_year else pledge.total - share * (count - 1)


def coverage(received_chf: Decimal, budget_chf: Decimal) -> Decimal | None:
    """Received / budget as a fraction with four decimals; ``None`` without a budget."""
    if budget_chf <= 0:
        return None
    return (received_chf / budget_chf).quantize(Decimal("0.0001"))


def totals_by(
    entries: Iterable[Contribution], key: Callable[[Contribution], K]
) -> dict[K, Decimal]:
    """CHF totals of the entries grouped by ``key`` (donor, fund, kind or year)."""
    totals: dict[K, Decimal] = defaultdict(lambda: ZERO)
    for entry in entries:
        totals[key(entry)] += entry.amount_chf
    return dict(totals)


def donor_key(entry: Contribution | Pledge) -> str:
    """The donor's record id, whichever kind of donor it is."""
    return entry.donor_state_id or entry.donor_organisation_id or ""


def payment_towards(pledge: Pledge, amount: Decimal, rate: Decimal, on: date) -> Contribution:
    """A draft financial payment of ``amount`` against ``pledge``, received ``on``.

    Donor, fund, currency and kind come from the pledge; the work-plan year is
    the year received, kept within the years the pledge covers.
    """
    multi = pledge.first_year != pledge.last_year
    return Contribution(
        id="",
        donor_state_id=pledge.donor_state_id,
        donor_organisation_id=pledge.donor_organisation_id,
        fund_id=pledge.fund_id,
        pledge_id=pledge.id,
        kind=ContributionKind.MULTI_YEAR if multi else ContributionKind.ANNUAL,
        form=ContributionForm.FINANCIAL,
        currency=pledge.currency,
        amount=amount,
        rate_to_chf=rate,
        amount_chf=chf_equivalent(amount, rate),
        pledge_amount=None,
        received_on=on,
        work_plan_year=min(max(on.year, pledge.first_year), pledge.last_year),
    )
