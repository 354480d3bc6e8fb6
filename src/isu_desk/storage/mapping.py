"""Conversion between domain records (frozen dataclasses) and model rows.

Column names equal field names, so the conversion is generic: enums become
their values on the way in and are rebuilt from the type hints on the way out.
"""

from __future__ import annotations

import dataclasses
import enum
import types
import typing
from functools import cache
from typing import Any, TypeVar

R = TypeVar("R")


@cache
def _enum_fields(cls: type) -> dict[str, type[enum.Enum]]:
    hints = typing.get_type_hints(cls)
    found: dict[str, type[enum.Enum]] = {}
    for name, hint in hints.items():
        candidates = typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)
        for candidate in candidates:
            if isinstance(candidate, type) and issubclass(candidate, enum.Enum):
                found[name] = candidate
    return found


def enum_fields(cls: type) -> dict[str, type[enum.Enum]]:
    """The fields of a domain record whose values are choices (enums), by name."""
    return _enum_fields(cls)


def to_columns(record: Any) -> dict[str, Any]:
    """The column values of a record (enums as their string values)."""
    values = {f.name: getattr(record, f.name) for f in dataclasses.fields(record)}
    return {k: (v.value if isinstance(v, enum.Enum) else v) for k, v in values.items()}


def to_record(cls: type[R], row: Any) -> R:
    """Build a domain record of type ``cls`` from a model instance or a mapping."""
    get = row.get if isinstance(row, dict) else lambda name: getattr(row, name)
    enums = _enum_fields(cls)  # type: ignore[arg-type]
    values: dict[str, Any] = {}
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        value = get(f.name)
        if value is not None and f.name in enums:
            value = enums[f.name](value)
        values[f.name] = value
    return cls(**values)
