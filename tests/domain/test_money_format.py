"""One money formatter with each currency's own decimals, from Babel's currency data."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from tests.helpers import payment

from isu_desk.capabilities.contributions.domain.records import validate_contribution
from isu_desk.capabilities.contributions.services.service import ContributionsService
from isu_desk.cli import main
from isu_desk.domain.currencies import CURRENCIES, is_currency, minor_units
from isu_desk.domain.money import format_amount
from isu_desk.services.workstation import open_data_folder


@pytest.mark.parametrize(
    ("amount", "currency", "written"),
    [
        ("1234.125", "KWD", "1,234.125"),
        ("1234567", "JPY", "1,234,567"),
        ("1234.5", "CHF", "1,234.50"),
        ("0.125", "EUR", "0.12"),  # half-even
        ("-25", "USD", "-25.00"),
        ("10", "ANG", "10.00"),  # a stored amount in a retired currency stays readable
    ],
)
def test_amounts_have_their_currencys_decimals(amount: str, currency: str, written: str) -> None:
    assert format_amount(Decimal(amount), currency) == written


def test_the_currencies_in_use_are_todays() -> None:
    assert is_currency("XCG") and is_currency("ZWG") and is_currency("CHF")
    assert not is_currency("ANG") and not is_currency("ZWL") and not is_currency("HRK")
    assert not is_currency("XAU") and not is_currency("chf")
    assert (minor_units("JPY"), minor_units("KWD"), minor_units("XCG")) == (0, 3, 2)
    assert CURRENCIES["XCG"][0] == 2


def test_a_new_entry_in_a_retired_currency_is_refused() -> None:
    errors = validate_contribution(payment("100", currency="ANG", pledge_id=None))
    assert any("ANG" in e.message for e in errors)


def test_the_cli_prints_kwd_with_three_decimals(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "init", "--workstation-name", "Desk"]) == 0
    db = open_data_folder(data)
    service = ContributionsService(db)
    service.ensure_default_funds()
    entry = payment(
        "1234.125",
        id="",
        currency="KWD",
        rate_to_chf=Decimal("2.8"),
        amount_chf=Decimal("3455.55"),
        pledge_id=None,
        donor_state_id=service.donors()[0][1],
        fund_id=service.funds()[0].id,
        received_on=date(2025, 3, 1),
    )
    assert service.record(entry, confirmed=True).ok
    db.close()
    capsys.readouterr()
    assert main(["--data-dir", str(data), "contributions"]) == 0
    out = capsys.readouterr().out
    assert "KWD 1,234.125  CHF 3,455.55" in out
