"""What a list asks for: search text, filters, sort order (no I/O).

The storage layer turns a :class:`ListQuery` into SQL that filters, sorts and
pages in the database, so a list of 100,000 rows never loads them all.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType


@dataclass(frozen=True, slots=True)
class ListQuery:
    """Search is folded (case and accents ignored); filters are exact column values."""

    search: str = ""
    filters: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    sort: str = "name"
    descending: bool = False
