"""Dates and amounts as the window shows them, in the window's language (with Babel,
the way Fava formats for its locale): "1 Dec 2026" and "12,345.60" in English,
"1 déc. 2026" and "12 345,60" in French; never ambiguous like 01/12/26.

The locale is Qt's default one, which :func:`isu_desk.ui.i18n.install_translators`
sets from the person's language (en_GB, fr_FR). The command line, the reports and
the letters keep their own formats (:mod:`isu_desk.domain.money`, the letterhead).
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal
from functools import cache
from typing import Any

from PySide6.QtCore import QLocale

from isu_desk.domain.currencies import minor_units
from isu_desk.domain.money import format_amount

DATE_FORMAT = "d MMM y"  # Babel's (CLDR) pattern: day, abbreviated month, year
FALLBACK = "en_US"  # the "C" locale (tests, a bare system) speaks English


def window_locale() -> Any:
    """The Babel locale of the window (from Qt's default locale)."""
    return _babel_locale(QLocale().name())


@cache
def _babel_locale(name: str) -> Any:
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(name)
    except (ValueError, UnknownLocaleError):
        return Locale.parse(FALLBACK)


def display_date(value: Any) -> str:
    """A date for lists and messages; ``""`` for no date."""
    if not isinstance(value, date):
        return ""
    from babel.dates import format_date

    return format_date(value, DATE_FORMAT, locale=window_locale())


def display_amount(amount: Decimal, currency: str = "CHF") -> str:
    """The figure alone, grouped, with the currency's decimals: ``12,345.60``, ``12 345,60``."""
    locale = window_locale()
    if locale.language == "en":
        return format_amount(amount, currency)  # the CLI's and the reports' own format
    from babel.numbers import format_decimal

    places = minor_units(currency)
    exact = amount.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_EVEN)
    pattern = "#,##0" + ("." + "0" * places if places else "")
    return format_decimal(exact, format=pattern, locale=locale)


def display_money(amount: Decimal, currency: str = "CHF") -> str:
    """An amount with its currency: ``CHF 12,345.60`` in English, ``12 345,60 CHF`` in French."""
    locale = window_locale()
    if locale.language == "en":
        return f"{currency} {format_amount(amount, currency)}"
    from babel.numbers import format_currency

    return format_currency(amount, currency, locale=locale, currency_digits=True)
