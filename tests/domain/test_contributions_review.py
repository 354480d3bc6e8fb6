"""Contributions domain: what the ledger review found (each test failed before its fix)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from tests.helpers import PLEDGE, fields, payment

from isu_desk.capabilities.contributions.domain.records import (
    CONFIRM_FIELD,
    EntryType,
    check_against_pledge,
    parse_amount,
    parse_years,
    validate_contribution,
)


def test_a_payment_cannot_credit_a_negative_amount_to_its_pledge() -> None:
    usd = replace(payment("1000"), currency="USD", pledge_amount=Decimal("-5000"))
    errors = check_against_pledge(usd, PLEDGE, Decimal("30000"))
    assert "pledge_amount" in fields(errors)
    assert any("more than zero" in e.message for e in errors)


def test_a_correction_may_still_credit_a_negative_amount() -> None:
    reversal = payment("-1000", entry=EntryType.REVERSAL, corrects_id="c0")
    assert check_against_pledge(reversal, PLEDGE, Decimal("30000")) == []


def test_a_payment_cannot_go_to_another_donors_pledge() -> None:
    errors = check_against_pledge(payment("1000", donor_state_id="s2"), PLEDGE, Decimal(30000))
    assert "donor" in fields(errors)
    errors = check_against_pledge(
        payment("1000", donor_state_id=None, donor_organisation_id="o1"), PLEDGE, Decimal(30000)
    )
    assert "donor" in fields(errors)


def test_a_payment_cannot_go_to_a_pledge_of_another_fund() -> None:
    errors = check_against_pledge(payment("1000", fund_id="f2"), PLEDGE, Decimal(30000))
    assert fields(errors) == {"fund_id"}


def test_a_payments_chf_amount_must_be_its_amount_at_its_rate() -> None:
    wrong = payment("1000", amount_chf=Decimal("1.00"))
    (error,) = validate_contribution(wrong)
    assert error.field == CONFIRM_FIELD and "CHF 950.00" in error.message
    assert validate_contribution(payment("1000")) == []


def test_the_chf_equivalent_rounds_half_even_to_the_centime() -> None:
    entry = payment("0.5", rate_to_chf=Decimal("0.05"), amount_chf=Decimal("0.02"))
    assert validate_contribution(entry) == []  # 0.025 -> 0.02


def test_full_width_digits_are_not_a_plain_amount() -> None:
    assert isinstance(parse_amount("\uff11\uff10\uff10"), str)
    assert parse_amount("100") == Decimal(100)
    assert isinstance(parse_years("\uff12\uff10\uff12\uff15"), str)
