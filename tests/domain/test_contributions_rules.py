"""Contributions domain: checks in plain words and balances derived from any ledger."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st
from tests.helpers import PLEDGE, fields, payment

from isu_desk.capabilities.contributions.domain.balances import (
    overdue_instalments,
    pledge_balance,
    totals_by,
)
from isu_desk.capabilities.contributions.domain.records import (
    CONFIRM_FIELD,
    Contribution,
    ContributionForm,
    EntryType,
    ExchangeRate,
    Instalment,
    PledgeStatus,
    check_against_pledge,
    parse_amount,
    parse_years,
    rate_in_force,
    reversal_of,
    validate_contribution,
    validate_instalments,
    validate_pledge,
)


def test_amounts_with_separators_are_refused_with_the_expected_format() -> None:
    for text in ("1'234.50", "1 234,50", "1,234.50", "12,5"):
        message = parse_amount(text)
        assert isinstance(message, str)
        assert "1234.50" in message
    assert parse_amount("1234.50") == Decimal("1234.50")


def test_years_are_one_year_or_a_range() -> None:
    assert parse_years("2025") == (2025, 2025)
    assert parse_years("2025-2027") == (2025, 2027)
    assert isinstance(parse_years("2025/27"), str)


def test_pledge_checks_name_each_field() -> None:
    bad = replace(
        PLEDGE,
        currency="EUX",
        total=Decimal("-5"),
        pledged_on=date(1925, 1, 1),
        first_year=2027,
        last_year=2025,
    )
    assert {"currency", "total", "pledged_on", "years"} <= fields(validate_pledge(bad))
    assert validate_pledge(PLEDGE) == []
    assert fields(validate_pledge(replace(PLEDGE, pledged_on=date(2125, 1, 1)))) == {"pledged_on"}


def test_instalments_must_add_up_to_the_pledge() -> None:
    items = [Instalment("i1", "p1", date(2025, 6, 30), Decimal("10000"))]
    errors = validate_instalments(PLEDGE, items)
    assert errors and "30,000" in errors[0].message


def test_contribution_checks() -> None:
    assert validate_contribution(payment("100")) == []
    chf = payment("100", currency="CHF", rate_to_chf=Decimal("1.1"), amount_chf=Decimal("110"))
    assert "rate_to_chf" in fields(validate_contribution(chf))
    assert "amount" in fields(validate_contribution(payment("0")))
    in_kind = payment("100", form=ContributionForm.IN_KIND, description="  ")
    assert {"description", "currency"} <= fields(validate_contribution(in_kind))
    assert "amount" in fields(validate_contribution(payment("1.234")))


def test_float_never_enters() -> None:
    try:
        validate_contribution(payment("1", amount=1.5))
    except TypeError:
        return
    raise AssertionError("a float amount was accepted")


def test_other_currency_needs_both_amounts_and_overpaying_asks() -> None:
    usd = payment("100", currency="USD")
    assert fields(check_against_pledge(usd, PLEDGE, Decimal("30000"))) == {"pledge_amount"}
    assert check_against_pledge(replace(usd, pledge_amount=Decimal("92")), PLEDGE, Decimal(50))
    over = check_against_pledge(payment("500"), PLEDGE, Decimal("400"))
    assert fields(over) == {CONFIRM_FIELD}


def test_rate_in_force_is_the_latest_before_the_date() -> None:
    rates = [
        ExchangeRate("a", "EUR", date(2025, 1, 1), Decimal("0.94")),
        ExchangeRate("b", "EUR", date(2025, 2, 1), Decimal("0.95")),
    ]
    found = rate_in_force(rates, "EUR", date(2025, 1, 31))
    assert found is not None and found.rate_to_chf == Decimal("0.94")
    assert rate_in_force(rates, "NOK", date(2025, 1, 31)) is None


def test_overdue_instalments_follow_the_schedule() -> None:
    items = [
        Instalment("i1", "p1", date(2025, 3, 31), Decimal("10000")),
        Instalment("i2", "p1", date(2026, 3, 31), Decimal("10000")),
        Instalment("i3", "p1", date(2027, 3, 31), Decimal("10000")),
    ]
    late = overdue_instalments(items, Decimal("10000"), date(2026, 6, 1))
    assert [i.id for i in late] == ["i2"]


amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("999999"), places=2)
entry_strategy = st.builds(
    lambda amount, pledge, reverse: (payment(str(amount), pledge_id=pledge), reverse),
    amounts,
    st.sampled_from(["p1", "p2", None]),
    st.booleans(),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(entry_strategy, max_size=30))
def test_balance_of_any_ledger_equals_a_plain_recomputation(
    drawn: list[tuple[Contribution, bool]],
) -> None:
    ledger: list[Contribution] = []
    for number, (entry, reverse) in enumerate(drawn):
        entry = replace(entry, id=f"c{number}")
        ledger.append(entry)
        if reverse:
            ledger.append(replace(reversal_of(entry, date(2025, 4, 1), "x"), id=f"r{number}"))
    balance = pledge_balance(PLEDGE, ledger)
    received = Decimal(0)
    received_chf = Decimal(0)
    for entry in ledger:
        if entry.pledge_id == "p1":
            received += entry.amount
            received_chf += entry.amount_chf
    assert balance.received == received
    assert balance.received_chf == received_chf
    assert balance.outstanding == max(PLEDGE.total - received, Decimal(0))
    assert isinstance(balance.received, Decimal) and isinstance(balance.received_chf, Decimal)
    by_year = totals_by(ledger, lambda e: e.work_plan_year)
    assert sum(by_year.values(), Decimal(0)) == sum((e.amount_chf for e in ledger), Decimal(0))
    expected = PledgeStatus.PLEDGED if received <= 0 else balance.status
    assert balance.status == expected


def test_a_multi_year_pledge_is_expected_evenly_unless_scheduled() -> None:
    from isu_desk.capabilities.contributions.domain.balances import due_in_year

    shares = [due_in_year(replace(PLEDGE, total=Decimal("100")), [], y) for y in (2025, 2026, 2027)]
    assert shares == [Decimal("33.33"), Decimal("33.33"), Decimal("33.34")]
    items = [Instalment("i1", "p1", date(2026, 1, 31), Decimal("30000"))]
    assert due_in_year(PLEDGE, items, 2025) == 0
    assert due_in_year(PLEDGE, items, 2026) == Decimal("30000")


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
