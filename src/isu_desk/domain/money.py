"""Money: exact decimal amounts, and the one way amounts are written for people.

Every amount is a :class:`decimal.Decimal` made through :func:`D`; a ``float``
is refused at the door so that binary rounding never enters a ledger.
"""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation

from isu_desk.domain.currencies import minor_units

CENT = Decimal("0.01")


def D(value: str | int | Decimal) -> Decimal:
    """The one way to make an amount; floats raise ``TypeError``."""
    if isinstance(value, float):
        raise TypeError("money must not be a float; pass a string or Decimal")
    if isinstance(value, bool):
        raise TypeError("money must not be a bool")
    try:
        result = Decimal(value)
    except InvalidOperation as exc:
        raise ValueError(f"not a number: {value!r}") from exc
    if not result.is_finite():
        raise ValueError(f"not a finite amount: {value!r}")
    return result


def format_amount(amount: Decimal, currency: str) -> str:
    """``12,345.60``: grouped, with the currency's own decimals (JPY 0, KWD 3), half-even.

    The one formatter of amounts for the window, the reports and the CLI.
    """
    places = Decimal(1).scaleb(-minor_units(currency))
    return f"{amount.quantize(places, rounding=ROUND_HALF_EVEN):,}"


def round_chf(amount: Decimal) -> Decimal:
    """CHF amounts round half-even to the centime."""
    return amount.quantize(CENT, rounding=ROUND_HALF_EVEN)
