"""ISO 4217 currencies from Babel's CLDR data: the codes in use, their minor units, names.

A currency is *active* when some territory uses it as legal tender with no end
date (CLDR's ``territory_currencies``): XCG and ZWG are active; ANG and ZWL,
which they replaced, are not. Inactive codes stay readable: a stored amount in
ANG is still formatted with ANG's own decimals; only new entries must use an
active code. Babel is pure Python and needs no network.
"""

from __future__ import annotations

from functools import cache
from types import MappingProxyType

from babel.core import get_global
from babel.numbers import get_currency_name, get_currency_precision


@cache
def _active() -> frozenset[str]:
    codes: set[str] = set()
    for spans in get_global("territory_currencies").values():
        codes.update(code for code, _start, end, tender in spans if end is None and tender)
    return frozenset(codes)


CURRENCIES = MappingProxyType(
    {
        code: (get_currency_precision(code), get_currency_name(code, locale="en"))
        for code in sorted(_active())
    }
)
"""Code -> (minor units, English name), for every active currency."""

REPORTING_CURRENCY = "CHF"

COMMON = ("CHF", "EUR", "USD", "GBP", "NOK", "SEK", "DKK", "AUD", "CAD", "CZK", "JPY", "NZD")
"""Currencies offered first in pickers (the ones pledges usually arrive in)."""


def is_currency(code: str) -> bool:
    """True for an active ISO 4217 code written in capitals."""
    return code in CURRENCIES


def minor_units(code: str) -> int:
    """Decimal places of the currency (2 for most, 0 for JPY, 3 for KWD), active or not."""
    return get_currency_precision(code)


def currency_name(code: str) -> str:
    return get_currency_name(code, locale="en")
