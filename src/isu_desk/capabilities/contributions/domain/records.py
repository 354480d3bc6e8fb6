"""Contributions, pledges and the work-plan budget: records, checks and derived balances.

Records are immutable values (``id == ""`` = not saved yet). Money is
:class:`~decimal.Decimal` with its ISO 4217 currency; CHF amounts round
half-even to the centime and rates keep six decimals. Ledger entries are never
edited once acknowledged: a correction is a new entry (a reversal or an
adjustment) that points at what it corrects, so two workstations that record
payments offline both count after sync. Balances are derived here from the
entries, never stored.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from isu_desk.capabilities.contributions.domain.text import AMOUNT_FORMAT as AMOUNT_FORMAT
from isu_desk.capabilities.contributions.domain.text import parse_amount as parse_amount
from isu_desk.capabilities.contributions.domain.text import parse_years as parse_years
from isu_desk.domain.currencies import REPORTING_CURRENCY, is_currency, minor_units
from isu_desk.domain.errors import FieldError
from isu_desk.domain.money import format_amount, round_chf
from isu_desk.domain.safe_text import control_errors

EARLIEST_DATE = date(2000, 1, 1)
LATEST_DATE = date(2099, 12, 31)
RATE_PLACES = 6
STORED_PLACES = 4  # every amount is stored with four decimals (the most ISO 4217 has)
WORK_PLAN_YEARS = tuple(range(2021, 2027))
CONFIRM_FIELD = "confirm"  # a field error that asks the user to confirm, not to fix
ZERO = Decimal(0)
MAX_AMOUNT = Decimal(10) ** 12  # a trillion: far beyond any budget, within SQLite integers
ONE = Decimal(1)


class FundKind(StrEnum):
    CORE = "core"
    SPONSORSHIP = "sponsorship"
    EARMARKED = "earmarked"


class ContributionKind(StrEnum):
    ANNUAL = "annual"
    MULTI_YEAR = "multi_year"
    VOLUNTARY = "voluntary"


class ContributionForm(StrEnum):
    FINANCIAL = "financial"
    IN_KIND = "in_kind"


class EntryType(StrEnum):
    """A payment as received, or a correction row pointing at one."""

    PAYMENT = "payment"
    REVERSAL = "reversal"
    ADJUSTMENT = "adjustment"


class PledgeStatus(StrEnum):
    PLEDGED = "pledged"
    PARTIAL = "partial"
    PAID = "paid"
    OVERPAID = "overpaid"


@dataclass(frozen=True, slots=True)
class Fund:
    id: str
    name: str
    kind: FundKind
    notes: str = ""


@dataclass(frozen=True, slots=True)
class Pledge:
    """A promise of ``total`` in ``currency`` covering ``first_year``..``last_year``."""

    id: str
    donor_state_id: str | None
    donor_organisation_id: str | None
    fund_id: str
    pledged_on: date
    currency: str
    total: Decimal
    first_year: int
    last_year: int
    notes: str = ""

    @property
    def years(self) -> str:
        if self.first_year == self.last_year:
            return str(self.first_year)
        return f"{self.first_year}-{self.last_year}"


@dataclass(frozen=True, slots=True)
class Instalment:
    id: str
    pledge_id: str
    due_on: date
    amount: Decimal


@dataclass(frozen=True, slots=True)
class Contribution:
    """One ledger entry: a payment received, in kind or financial, or a correction.

    ``pledge_amount`` is what the entry credits to its pledge, in the pledge's
    currency (equal to ``amount`` when the currencies are the same).
    """

    id: str
    donor_state_id: str | None
    donor_organisation_id: str | None
    fund_id: str
    pledge_id: str | None
    kind: ContributionKind
    form: ContributionForm
    currency: str
    amount: Decimal
    rate_to_chf: Decimal
    amount_chf: Decimal
    pledge_amount: Decimal | None
    received_on: date
    work_plan_year: int
    reference: str = ""
    acknowledged_on: date | None = None
    description: str = ""
    notes: str = ""
    entry: EntryType = EntryType.PAYMENT
    corrects_id: str | None = None


@dataclass(frozen=True, slots=True)
class ExchangeRate:
    """The rate in force for a currency from ``valid_from`` (UN operational rates: monthly)."""

    id: str
    currency: str
    valid_from: date
    rate_to_chf: Decimal
    notes: str = ""


@dataclass(frozen=True, slots=True)
class BudgetLine:
    id: str
    year: int
    line: str
    amount_chf: Decimal
    decision_meeting: str = ""
    decision_symbol: str = ""
    notes: str = ""


# --- checks -------------------------------------------------------------------


def _written(amount: Decimal, currency: str) -> str:
    return f"{currency} {format_amount(amount, currency)}"


def check_date(name: str, value: date | None, label: str) -> list[FieldError]:
    if value is None:
        return [FieldError(name, f"Enter the {label}.")]
    if not EARLIEST_DATE <= value <= LATEST_DATE:
        return [FieldError(name, f"{value.isoformat()} is not a plausible {label}.")]
    return []


def _check_year(name: str, year: int) -> list[FieldError]:
    if not EARLIEST_DATE.year <= year <= LATEST_DATE.year:
        return [FieldError(name, f"{year} is not a plausible year.")]
    return []


def _check_money(name: str, amount: Decimal, currency: str, *, signed: bool) -> list[FieldError]:
    if not isinstance(amount, Decimal):
        raise TypeError(f"{name} must be a Decimal, not {type(amount).__name__}")
    if signed and amount == 0:
        return [FieldError(name, "A correction changes the amount: enter -25.00 or 25.00.")]
    if amount <= 0 and not signed:
        return [FieldError(name, "The amount must be more than zero.")]
    if abs(amount) >= MAX_AMOUNT:
        return [FieldError(name, "The amount is implausibly large; check the digits.")]
    places = minor_units(currency) if is_currency(currency) else STORED_PLACES
    if amount != amount.quantize(Decimal(1).scaleb(-places)):
        return [FieldError(name, f"{currency} amounts have at most {places} decimal places.")]
    return []


def _check_currency(name: str, code: str) -> list[FieldError]:
    if not is_currency(code):
        return [FieldError(name, f"{code!r} is not an ISO 4217 currency code (e.g. CHF, EUR).")]
    return []


def _check_donor(state_id: str | None, organisation_id: str | None) -> list[FieldError]:
    if bool(state_id) == bool(organisation_id):
        return [FieldError("donor", "Choose one donor: a State or an organisation.")]
    return []


def validate_fund(fund: Fund) -> list[FieldError]:
    errors = [] if fund.name.strip() else [FieldError("name", "Enter the fund's name.")]
    return errors + control_errors(fund)


def validate_pledge(pledge: Pledge) -> list[FieldError]:
    """What can be checked from the pledge alone."""
    errors = _check_donor(pledge.donor_state_id, pledge.donor_organisation_id)
    errors += control_errors(pledge)
    if not pledge.fund_id:
        errors.append(FieldError("fund_id", "Choose the fund."))
    errors += _check_currency("currency", pledge.currency)
    errors += _check_money("total", pledge.total, pledge.currency, signed=False)
    errors += check_date("pledged_on", pledge.pledged_on, "pledge date")
    errors += _check_year("years", pledge.first_year) + _check_year("years", pledge.last_year)
    if pledge.first_year > pledge.last_year:
        errors.append(FieldError("years", "The years must be in order, e.g. 2025-2027."))
    return errors


def validate_instalments(pledge: Pledge, instalments: Sequence[Instalment]) -> list[FieldError]:
    """Each instalment positive and dated; together they make the pledge's total."""
    errors: list[FieldError] = []
    for number, item in enumerate(instalments, start=1):
        for error in _check_money("amount", item.amount, pledge.currency, signed=False):
            errors.append(FieldError("instalments", f"Instalment {number}: {error.message}"))
        for error in check_date("due_on", item.due_on, "due date"):
            errors.append(FieldError("instalments", f"Instalment {number}: {error.message}"))
    scheduled = sum((i.amount for i in instalments), ZERO)
    if instalments and not errors and scheduled != pledge.total:
        errors.append(
            FieldError(
                "instalments",
                f"The instalments add up to {_written(scheduled, pledge.currency)}; "
                f"the pledge is {_written(pledge.total, pledge.currency)}.",
            )
        )
    return errors


def validate_rate(rate: ExchangeRate) -> list[FieldError]:
    errors = _check_currency("currency", rate.currency)
    errors += check_date("valid_from", rate.valid_from, "date")
    errors += _check_rate(rate.currency, rate.rate_to_chf)
    return errors + control_errors(rate)


def _check_rate(currency: str, rate: Decimal) -> list[FieldError]:
    if not isinstance(rate, Decimal):
        raise TypeError("a rate must be a Decimal")
    if rate <= 0:
        return [FieldError("rate_to_chf", "The exchange rate must be more than zero.")]
    if rate != rate.quantize(Decimal(1).scaleb(-RATE_PLACES)):
        return [FieldError("rate_to_chf", "A rate has at most 6 decimal places.")]
    if currency == REPORTING_CURRENCY and rate != ONE:
        return [FieldError("rate_to_chf", "A CHF amount has the rate 1.")]
    return []


def validate_budget_line(line: BudgetLine) -> list[FieldError]:
    errors = _check_year("year", line.year) + control_errors(line)
    if not line.line.strip():
        errors.append(FieldError("line", "Enter the budget line's name."))
    errors += _check_money("amount_chf", line.amount_chf, REPORTING_CURRENCY, signed=False)
    return errors


def validate_contribution(entry: Contribution) -> list[FieldError]:
    """What can be checked from the entry alone (the pledge is checked by the service)."""
    signed = entry.entry is not EntryType.PAYMENT
    errors = _check_donor(entry.donor_state_id, entry.donor_organisation_id)
    errors += control_errors(entry)
    if not entry.fund_id:
        errors.append(FieldError("fund_id", "Choose the fund."))
    errors += _check_currency("currency", entry.currency)
    errors += _check_money("amount", entry.amount, entry.currency, signed=signed)
    errors += _check_rate(entry.currency, entry.rate_to_chf)
    errors += _check_money("amount_chf", entry.amount_chf, REPORTING_CURRENCY, signed=signed)
    errors += check_date("received_on", entry.received_on, "date received")
    errors += _check_year("work_plan_year", entry.work_plan_year)
    if entry.currency == REPORTING_CURRENCY and entry.amount_chf != entry.amount:
        errors.append(FieldError("amount_chf", "For CHF, the CHF amount equals the amount."))
    if entry.form is ContributionForm.IN_KIND:
        errors += _check_in_kind(entry)
    if signed and not entry.corrects_id:
        errors.append(FieldError("corrects_id", "A correction must say what it corrects."))
    if not errors and not signed:
        errors += check_chf_equivalent(entry)
    return errors


def check_entry_dates(entry: Contribution, today: date) -> list[FieldError]:
    """Money is not received in the future, nor thanked for before it came."""
    errors = []
    if entry.received_on > today:
        errors.append(FieldError("received_on", "The date received is in the future."))
    if entry.acknowledged_on is not None:
        errors += check_acknowledgement(entry, entry.acknowledged_on, today)
    return errors


def check_acknowledgement(entry: Contribution, on: date, today: date) -> list[FieldError]:
    """A thank-you letter goes out after the money came, and not in the future."""
    if on < entry.received_on:
        received = entry.received_on.isoformat()
        message = f"The acknowledgement is dated before the money was received ({received})."
        return [FieldError("acknowledged_on", message)]
    if on > today:
        return [FieldError("acknowledged_on", "The acknowledgement date is in the future.")]
    return []


def check_chf_equivalent(entry: Contribution) -> list[FieldError]:
    """A payment's CHF amount is its amount at its rate; a bank's own figure asks to confirm."""
    expected = chf_equivalent(entry.amount, entry.rate_to_chf)
    if entry.amount_chf == expected:
        return []
    return [
        FieldError(
            CONFIRM_FIELD,
            f"{_written(entry.amount, entry.currency)} at the rate {entry.rate_to_chf} is "
            f"{_written(expected, 'CHF')}, not {_written(entry.amount_chf, 'CHF')}. "
            "Record the CHF amount as entered (the bank's own figure)?",
        )
    ]


def _check_in_kind(entry: Contribution) -> list[FieldError]:
    errors: list[FieldError] = []
    if not entry.description.strip():
        errors.append(FieldError("description", "Describe what was given in kind."))
    if entry.currency != REPORTING_CURRENCY:
        errors.append(FieldError("currency", "An in-kind contribution is valued in CHF."))
    return errors


def check_against_pledge(
    entry: Contribution, pledge: Pledge, outstanding: Decimal
) -> list[FieldError]:
    """Rules between a payment and its pledge; overpaying asks for confirmation."""
    if entry.pledge_amount is None and entry.currency != pledge.currency:
        return [
            FieldError(
                "pledge_amount",
                f"This payment is in {entry.currency} but the pledge is in "
                f"{pledge.currency}: enter the amount it settles in {pledge.currency} too.",
            )
        ]
    amount = credited(entry)
    signed = entry.entry is not EntryType.PAYMENT
    errors = _same_donor_and_fund(entry, pledge)
    errors += _check_money("pledge_amount", amount, pledge.currency, signed=signed)
    if entry.currency == pledge.currency and amount != entry.amount:
        errors.append(
            FieldError("pledge_amount", "In the pledge's currency, it equals the amount.")
        )
    if not errors and entry.entry is EntryType.PAYMENT and amount > outstanding:
        errors.append(
            FieldError(
                CONFIRM_FIELD,
                f"This is more than the {_written(outstanding, pledge.currency)} outstanding "
                "on the pledge. Record it anyway?",
            )
        )
    return errors


def _same_donor_and_fund(entry: Contribution, pledge: Pledge) -> list[FieldError]:
    errors: list[FieldError] = []
    donor = (entry.donor_state_id or None, entry.donor_organisation_id or None)
    if donor != (pledge.donor_state_id or None, pledge.donor_organisation_id or None):
        errors.append(FieldError("donor", "The pledge was made by another donor."))
    if entry.fund_id != pledge.fund_id:
        errors.append(FieldError("fund_id", "The pledge is for another fund."))
    return errors


def credited(entry: Contribution) -> Decimal:
    """What an entry credits to its pledge, in the pledge's currency."""
    return entry.amount if entry.pledge_amount is None else entry.pledge_amount


def chf_equivalent(amount: Decimal, rate: Decimal) -> Decimal:
    """The CHF amount of ``amount`` at ``rate``, half-even to the centime."""
    return round_chf(amount * rate)


def rate_in_force(rates: Iterable[ExchangeRate], currency: str, on: date) -> ExchangeRate | None:
    """The latest rate of ``currency`` valid on ``on`` (CHF is always 1)."""
    if currency == REPORTING_CURRENCY:
        return ExchangeRate("", currency, on, ONE)
    valid = [r for r in rates if r.currency == currency and r.valid_from <= on]
    return max(valid, key=lambda r: r.valid_from, default=None)


def reversal_of(entry: Contribution, on: date, reason: str) -> Contribution:
    """The correction row that cancels ``entry`` (same figures, opposite sign)."""
    negated = entry.pledge_amount if entry.pledge_amount is None else -entry.pledge_amount
    return Contribution(
        **{
            **{name: getattr(entry, name) for name in entry.__dataclass_fields__},
            "id": "",
            "amount": -entry.amount,
            "amount_chf": -entry.amount_chf,
            "pledge_amount": negated,
            "received_on": on,
            "acknowledged_on": None,
            "notes": reason,
            "entry": EntryType.REVERSAL,
            "corrects_id": entry.id,
        }
    )
