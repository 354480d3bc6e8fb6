"""Dates as the window shows them, one way everywhere: day, month name and year in
the user's language ("1 Dec 2026", "1 déc. 2026"), never ambiguous like 01/12/26."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QLocale

DATE_FORMAT = "d MMM yyyy"


def display_date(value: Any) -> str:
    """A date for lists and messages; ``""`` for no date."""
    if not isinstance(value, date):
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), DATE_FORMAT)
