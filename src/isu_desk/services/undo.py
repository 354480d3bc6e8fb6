"""Undo of the last change made on this workstation, for every record type.

:class:`UndoHistory` remembers the change sets this workstation's own
transactions committed (the database reports each one); :meth:`UndoHistory.undo`
reverses the newest: every record it touched gets back its earlier state, in
one transaction that is itself logged and synced. Changes that arrived by
sync are not undone here, and a change that another workstation has since
edited is refused rather than overwritten.
"""

from __future__ import annotations

import threading
from collections import Counter

from isu_desk.capabilities import registry
from isu_desk.domain.changes import ChangeSet
from isu_desk.domain.errors import FieldError, Result
from isu_desk.storage import undo as log
from isu_desk.storage.database import Database

DEPTH = 50  # changes remembered


class UndoHistory:
    """The local changes of this session, newest last."""

    def __init__(self, database: Database) -> None:
        self._db = database
        self._done: list[ChangeSet] = []
        self._lock = threading.Lock()
        self._undoing: int | None = None  # the thread running an undo
        self.stop = database.on_change(self._remember)

    def _remember(self, changes: ChangeSet) -> None:
        if changes.local and self._undoing != threading.get_ident():
            with self._lock:
                self._done = [*self._done[-(DEPTH - 1) :], changes]

    @property
    def can_undo(self) -> bool:
        return bool(self._done)

    def undo(self) -> Result[str]:
        """Reverse the newest local change; a plain description of what was undone."""
        with self._lock:
            if not self._done:
                return Result.failure([FieldError("", "There is nothing to undo.")])
            changes = self._done.pop()
        self._undoing = threading.get_ident()
        try:
            with self._db.transaction() as session:
                records = log.touched(session, changes.first_seq, changes.last_seq)
                me = self._db.workstation_id
                if any(
                    log.edited_elsewhere_since(session, r, changes.last_seq, me) for r in records
                ):
                    return Result.failure([FieldError("", _EDITED_SINCE)])
                for record in records:
                    before = log.state_before(session, record, changes.first_seq)
                    log.write_back(session, record, before)
        finally:
            self._undoing = None
        return Result.success(f"Undone: the last change ({describe(records)}).")


_EDITED_SINCE = (
    "That change cannot be undone: another workstation has changed the same records "
    "since (they arrived by sync). Change them back by hand."
)


def describe(records: list[log.Touched]) -> str:
    """ "2 contacts, 1 organisation" from the registry's record-type names."""
    types = registry.record_types()
    counts = Counter(r.entity for r in records)
    parts = []
    for entity, n in counts.items():
        label = types[entity].label if entity in types else entity
        parts.append(f"{n} {label}{'' if n == 1 else 's'}")
    return ", ".join(parts)
