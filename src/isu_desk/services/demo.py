"""Loading every capability's demo data (``isu-desk demo``), in the registry's order.

Each capability's ``load_demo(database)`` is idempotent and returns what it
added by kind (a mapping, or a summary with ``added_by_kind`` and
``skipped``); this module gives the shell one shape to print.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from isu_desk.capabilities import registry
from isu_desk.storage.database import Database


@dataclass(frozen=True)
class DemoLoaded:
    """What one capability's demo data added (all zero on a second run) and skipped."""

    title: str
    added: Mapping[str, int]
    skipped: tuple[str, ...] = ()

    @property
    def total(self) -> int:
        return sum(self.added.values())


def load_demo(database: Database) -> list[DemoLoaded]:
    """Load each capability's demo data; what each added, in order."""
    loaded = []
    for capability, load in registry.loaded("demo"):
        result = load(database)
        added = result if isinstance(result, Mapping) else result.added_by_kind
        skipped = tuple(getattr(result, "skipped", ()))
        loaded.append(DemoLoaded(capability.title, dict(added), skipped))
    return loaded
