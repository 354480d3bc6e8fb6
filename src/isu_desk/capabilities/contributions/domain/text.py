"""Reading amounts and year ranges as people type them, refusing what is ambiguous.

Only the digits 0-9 count (``str.isdigit`` and ``\\d`` accept superscripts and
full-width digits); separators such as ``1'234.50`` are refused with the
expected format, never guessed.
"""

from __future__ import annotations

import re
from decimal import Decimal

from isu_desk.domain.money import D

_PLAIN_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?")
AMOUNT_FORMAT = "Write the amount with digits and a decimal point only, e.g. 1234.50"


def parse_amount(text: str) -> Decimal | str:
    """The amount written in ``text``, or a message saying which format is expected.

    ``1'234.50``, ``1 234,50`` and ``1,234.50`` are refused, never guessed.
    """
    cleaned = text.strip()
    if not cleaned:
        return "Enter an amount."
    if not _PLAIN_NUMBER.fullmatch(cleaned):
        return f"{cleaned!r} is not a plain number. {AMOUNT_FORMAT} (no thousands separators)."
    return D(cleaned)


def parse_years(text: str) -> tuple[int, int] | str:
    """``2025`` or ``2025-2027`` as (first, last), or a message."""
    match = re.fullmatch(r"\s*([0-9]{4})\s*(?:[-–]\s*([0-9]{4}))?\s*", text)
    if not match:
        return f"{text.strip()!r} is not a year or range; write 2025 or 2025-2027."
    first = int(match.group(1))
    last = int(match.group(2) or first)
    return first, last
