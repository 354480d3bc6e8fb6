"""Dates and amounts as the window shows them, in the window's language: "1 Dec 2026"
and "12,345.60" in English, "1 déc. 2026" and "12 345,60" in French; never
ambiguous like 01/12/26.

The locale is Qt's default one, which :func:`isu_desk.ui.i18n.install_translators`
sets from the person's language (en_GB, fr_FR). Amounts in another language than
English are written by Babel for that locale (the way Fava formats numbers);
dates by Qt from the same CLDR data, so a list shows a date exactly as the
date editor of the form does (:mod:`isu_desk.ui.date_edit`) and typing what is
shown gives that date. English needs no Babel at all, so the first paint loads
none. The command line, the reports and the letters keep their own formats
(:mod:`isu_desk.domain.money`, the letterhead, :mod:`isu_desk.services.letter_templates`).
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any

from PySide6.QtCore import QDate, QLocale

from isu_desk.domain.currencies import minor_units
from isu_desk.domain.money import format_amount

DATE_FORMAT = "d MMM yyyy"  # the date editor's, too


def display_date(value: Any) -> str:
    """A date for lists and messages; ``""`` for no date."""
    if not isinstance(value, date):
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), DATE_FORMAT)


def _babel_locale() -> str | None:
    """The window's locale for Babel ("fr_FR"); None when it is English (or "C")."""
    name = QLocale().name()
    return None if name == "C" or name.startswith("en") else name


def display_amount(amount: Decimal, currency: str = "CHF") -> str:
    """The figure alone, grouped, with the currency's decimals: ``12,345.60``, ``12 345,60``."""
    locale = _babel_locale()
    if locale is None:
        return format_amount(amount, currency)  # the CLI's and the reports' own format
    from babel.numbers import format_decimal

    places = minor_units(currency)
    exact = amount.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_EVEN)
    pattern = "#,##0" + ("." + "0" * places if places else "")
    return format_decimal(exact, format=pattern, locale=locale)


def display_percent(fraction: Decimal | float) -> str:
    """A share as a percentage with one decimal: ``14.6 %``, ``14,6 %``."""
    locale = _babel_locale()
    if locale is None:
        return f"{fraction * 100:.1f} %"
    from babel.numbers import format_percent

    return format_percent(fraction, format="#,##0.0 %", locale=locale)


def display_money(amount: Decimal, currency: str = "CHF") -> str:
    """An amount with its currency: ``CHF 12,345.60`` in English, ``12 345,60 CHF`` in French."""
    locale = _babel_locale()
    if locale is None:
        return f"{currency} {format_amount(amount, currency)}"
    from babel.numbers import format_currency

    return format_currency(amount, currency, locale=locale, currency_digits=True)
