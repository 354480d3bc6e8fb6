"""Money: exact decimal amounts with their ISO 4217 currency.

Every amount is a :class:`decimal.Decimal` made through :func:`D`; a ``float``
is refused at the door so that binary rounding never enters a ledger.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation

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


def round_chf(amount: Decimal) -> Decimal:
    """CHF amounts round half-even to the centime."""
    return amount.quantize(CENT, rounding=ROUND_HALF_EVEN)


@dataclass(frozen=True, slots=True)
class Money:
    """An amount in a currency; arithmetic only between the same currency."""

    number: Decimal
    currency: str

    def __post_init__(self) -> None:
        if not isinstance(self.number, Decimal):
            raise TypeError("Money.number must be a Decimal")
        if len(self.currency) != 3 or not self.currency.isalpha() or not self.currency.isupper():
            raise ValueError(f"not an ISO 4217 code: {self.currency!r}")

    def __add__(self, other: Money) -> Money:
        self._same_currency(other)
        return Money(self.number + other.number, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same_currency(other)
        return Money(self.number - other.number, self.currency)

    def __str__(self) -> str:
        return f"{self.currency} {self.number:,.2f}"

    def _same_currency(self, other: Money) -> None:
        if other.currency != self.currency:
            raise ValueError(f"cannot mix {self.currency} and {other.currency}")
