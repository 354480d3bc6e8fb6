"""The record kinds whose history can be read and restored, with their save paths.

A restored value or record goes through the same service call as an edit in
a form (its validation, reference checks and ledger rules), so a restore can
never write what a form would refuse. Each capability declares its kinds
(its declaration's ``history``: a tuple of :class:`RecordKind`); kinds are
named as ``import``/``export`` name them, and the table name works too. A kind
without a service save path is restored through the table's own constraints only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from isu_desk.capabilities import registry
from isu_desk.domain.errors import Result
from isu_desk.storage.database import Database

Loader = Callable[[Database, str], Any]
Saver = Callable[[Database, Any], Result[Any]]


@dataclass(frozen=True, slots=True)
class RecordKind:
    """One kind of record: its table, its name for people, how to load and save one."""

    kind: str
    table: str
    label: str
    record_type: type | None = None
    load: Loader | None = None
    save: Saver | None = None


@cache
def kinds() -> tuple[RecordKind, ...]:
    """Every capability's record kinds, in registry order (imports their services)."""
    return tuple(kind for _capability, found in registry.loaded("history") for kind in found)


def names() -> tuple[str, ...]:
    """The kinds' names, as the commands take them."""
    return tuple(k.kind for k in kinds())


def record_kind(name: str) -> RecordKind | None:
    """The kind called ``name`` (its kind or its table), or None."""
    return next((k for k in kinds() if name in (k.kind, k.table)), None)
