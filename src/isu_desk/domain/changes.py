"""What one committed transaction changed, as its change-log rows say.

Every write transaction reports a :class:`ChangeSet` (see
``Database.on_change``): the window refreshes the pages that show those
tables, and undo reverses the last local one. It is read from the rows the
capture triggers (or sync's apply) wrote to ``change_log`` in that
transaction, so no service keeps a list of what it touches.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ChangeSet:
    """The change-log rows ``first_seq``..``last_seq`` of one transaction.

    Attributes:
        tables: The tables (change-log entities) it changed.
        first_seq: Its first change-log row.
        last_seq: Its last change-log row.
        local: Whether every row was written by this workstation (not applied by sync).
    """

    tables: frozenset[str]
    first_seq: int
    last_seq: int
    local: bool
