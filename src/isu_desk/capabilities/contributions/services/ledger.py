"""The ledger's correction rules: which entries can be edited, what a correction must be.

A payment can be edited until it is acknowledged or corrected; a correction
(reversal or adjustment) points at a recorded payment and keeps its currency,
donor, fund, pledge and rate; a reversal cancels the payment with its
adjustments, once. The service calls these inside the transaction that writes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from isu_desk.capabilities.contributions.domain.records import Contribution, EntryType
from isu_desk.capabilities.contributions.storage import repository as repo
from isu_desk.domain.errors import FieldError
from isu_desk.domain.money import format_amount
from isu_desk.storage.mapping import to_record

ACKNOWLEDGED = FieldError(
    "",
    "This payment was acknowledged and cannot be changed; record a correction "
    "(reversal or adjustment) instead.",
)


_NOT_A_PAYMENT = FieldError(
    "", "Only a payment can be changed; record another correction to amend a correction."
)
_CORRECTED = FieldError(
    "",
    "This payment has corrections (a reversal or an adjustment) and cannot be changed; "
    "record another correction instead.",
)
REVERSED = FieldError("", "This payment was already reversed.")
_MATCHED = ("currency", "donor_state_id", "donor_organisation_id", "fund_id", "pledge_id")


def edit_errors(session: Any, existing: Any, entry: Contribution) -> list[FieldError]:
    """Why a stored entry cannot be replaced by ``entry`` (only unacknowledged,
    uncorrected payments can be edited)."""
    if existing.entry != EntryType.PAYMENT or entry.entry is not EntryType.PAYMENT:
        return [_NOT_A_PAYMENT]
    if existing.acknowledged_on is not None:
        return [ACKNOWLEDGED]
    if repo.corrections_of(session, existing.id):
        return [_CORRECTED]
    return []


def correction_errors(session: Any, entry: Contribution) -> list[FieldError]:
    """A correction points at a payment, with its figures; one reversal at most."""
    if entry.entry is EntryType.PAYMENT:
        return []
    row = repo.get(session, "contributions", entry.corrects_id or "")
    if row is None or row.entry != EntryType.PAYMENT:
        return [FieldError("corrects_id", "A correction must point at a recorded payment.")]
    target = to_record(Contribution, row)
    differs = [n for n in (*_MATCHED, "rate_to_chf") if getattr(entry, n) != getattr(target, n)]
    if differs:
        return [FieldError(differs[0], "A correction keeps the payment's " + ", ".join(differs))]
    done = repo.corrections_of(session, target.id)
    if any(c.entry == EntryType.REVERSAL for c in done):
        return [REVERSED]
    net = net_of(target, done)
    if entry.entry is EntryType.REVERSAL and (
        (entry.amount, entry.amount_chf, entry.pledge_amount)
        != (-net.amount, -net.amount_chf, None if net.pledge_amount is None else -net.pledge_amount)
    ):
        return [
            FieldError(
                "amount",
                f"A reversal cancels the payment with its adjustments: "
                f"{net.currency} {format_amount(-net.amount, net.currency)} "
                f"(CHF {format_amount(-net.amount_chf, 'CHF')}).",
            )
        ]
    return []


def net_of(payment: Contribution, corrections: Sequence[Any]) -> Contribution:
    """The payment with its corrections added in (what a reversal must cancel)."""
    amount, chf = payment.amount, payment.amount_chf
    credited = payment.pledge_amount
    for row in corrections:
        amount += row.amount
        chf += row.amount_chf
        if credited is not None:
            credited += row.pledge_amount if row.pledge_amount is not None else row.amount
    return replace(payment, amount=amount, amount_chf=chf, pledge_amount=credited)
