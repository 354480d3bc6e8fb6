"""Money columns: a Decimal stored exactly as TEXT with a fixed number of decimals.

The capture triggers then log it as a JSON string, and no float ever touches it.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import Dialect, Text
from sqlalchemy.types import TypeDecorator


class DecimalText(TypeDecorator[Decimal]):
    """A Decimal stored as TEXT with exactly ``places`` decimals (CHF: half-even)."""

    impl = Text
    cache_ok = True

    def __init__(self, places: int) -> None:
        super().__init__()
        self.places = places

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if not isinstance(value, Decimal | int | str):
            raise TypeError(f"money must be a Decimal, not {type(value).__name__}")
        return f"{Decimal(value).quantize(Decimal(1).scaleb(-self.places)):f}"

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(value)
