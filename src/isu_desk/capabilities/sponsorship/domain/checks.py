"""Field checks shared by the Sponsorship records: text, CHF amounts, counts and dates.

Each check returns a list of :class:`~isu_desk.domain.errors.FieldError` in
plain words (empty when the value is fine), the way the rest of the domain
does; a float where money belongs is a programming error and raises.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from isu_desk.capabilities.directory.api import valid_email
from isu_desk.domain.errors import FieldError

CONFIRM_FIELD = "confirm"  # a field error that asks the user to confirm, not to fix
ZERO = Decimal(0)
CENT = Decimal("0.01")
MAX_CHF = Decimal(10) ** 9  # a billion francs: far beyond any sponsorship budget
EARLIEST_DATE = date(2000, 1, 1)
LATEST_DATE = date(2099, 12, 31)
MAX_TEXT = 500
MAX_NOTES = 5000

# C0 controls and DEL, and the C1 block; notes may keep tabs and line breaks.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_CONTROL_IN_NOTES = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def text(name: str, value: str, label: str, *, required: bool = False) -> list[FieldError]:
    """A one-line text: no control characters, not too long, present when required."""
    if required and not value.strip():
        return [FieldError(name, f"Enter the {label}.")]
    if _CONTROL.search(value):
        return [FieldError(name, f"The {label} contains a control character; retype it.")]
    if len(value) > MAX_TEXT:
        return [FieldError(name, f"The {label} is longer than {MAX_TEXT} characters.")]
    return []


def notes(name: str, value: str) -> list[FieldError]:
    """Free text over several lines: tabs and line breaks allowed, other controls not."""
    if _CONTROL_IN_NOTES.search(value):
        return [FieldError(name, "The notes contain a control character; retype them.")]
    if len(value) > MAX_NOTES:
        return [FieldError(name, f"The notes are longer than {MAX_NOTES} characters.")]
    return []


def email(name: str, value: str) -> list[FieldError]:
    if not value or valid_email(value):
        return []
    return [FieldError(name, f"“{value}” is not an e-mail address (name@example.org).")]


def chf(name: str, amount: Decimal, label: str, *, positive: bool = False) -> list[FieldError]:
    """A CHF amount: a Decimal, at most two decimals, not negative (or > 0), plausible."""
    if not isinstance(amount, Decimal) or isinstance(amount, bool):
        raise TypeError(f"{name} must be a Decimal, not {type(amount).__name__}")
    if not amount.is_finite():
        return [FieldError(name, f"The {label} is not a number.")]
    if positive and amount <= 0:
        return [FieldError(name, f"The {label} must be more than zero.")]
    if amount < 0:
        return [FieldError(name, f"The {label} cannot be negative.")]
    if amount >= MAX_CHF:
        return [FieldError(name, f"The {label} is implausibly large; check the digits.")]
    if amount != amount.quantize(CENT):
        return [FieldError(name, f"The {label} has at most two decimals (CHF 1234.50).")]
    return []


def count(name: str, value: int, label: str, *, most: int) -> list[FieldError]:
    """A whole number from 0 to ``most``."""
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    if value < 0:
        return [FieldError(name, f"The {label} cannot be negative.")]
    if value > most:
        return [FieldError(name, f"{value} {label} is more than the {most} that can apply.")]
    return []


def day(name: str, value: date | None, label: str, *, required: bool = False) -> list[FieldError]:
    """A plausible date (2000-2099), present when required."""
    if value is None:
        return [FieldError(name, f"Enter the {label}.")] if required else []
    if not EARLIEST_DATE <= value <= LATEST_DATE:
        return [FieldError(name, f"{value.isoformat()} is not a plausible {label}.")]
    return []


def ordered(first: date | None, later: date | None, name: str, message: str) -> list[FieldError]:
    if first is None or later is None or later >= first:
        return []
    return [FieldError(name, message)]
