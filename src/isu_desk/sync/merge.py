"""Field-level last-writer-wins by hybrid logical clock, and what counts as a conflict.

A record's state is a pure function of the set of its change entries: each
field holds the value of the latest upsert that set it (stamps compare as
text, which is clock order with the workstation id as the tie-break); the
record exists when its latest upsert is later than its latest delete. So every
workstation that has the same entries holds the same data, whatever the order
they arrived in.

Two changes are *concurrent* when the later one's writer had not seen the
earlier one. Each packet carries its writer's version vector (the highest stamp
it had applied from every other workstation, which is a prefix of that
workstation's changes), kept locally in :class:`Knowledge`. The losing side of
a concurrent change is reported as a :class:`Conflict`; a loser that its winner's
writer had seen was overwritten on purpose and is not a conflict.
"""

from __future__ import annotations

import bisect
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

CONFLICTS_TABLE = "sync_conflicts"
_CONFLICT_NAMESPACE = uuid.UUID("0b7c2f55-9d43-4c11-8a3e-5a4f1d1e9c20")


# Stamp and Incoming are named tuples: immutable like a frozen dataclass, and made
# three times faster (a large sync makes one of each per entry).


class Stamp(NamedTuple):
    """Who wrote a change, and when."""

    hlc: str
    workstation_id: str


class Incoming(NamedTuple):
    """One change entry to merge (from a packet, a snapshot, the quarantine or the local log).

    ``vv`` is the writer's version vector when the packet carried one with it.
    """

    entity: str
    record_id: str
    op: str
    fields: dict[str, Any]
    stamp: Stamp
    vv: dict[str, str] | None = None

    @property
    def hlc(self) -> str:
        return self.stamp.hlc


@dataclass(frozen=True, slots=True)
class Conflict:
    """The losing side of two concurrent changes; ``field`` is ``""`` for a lost delete."""

    entity: str
    record_id: str
    field: str
    losing_value: Any
    loser: Stamp
    winner: Stamp

    @property
    def id(self) -> str:
        """The same on every workstation that detects it, so detections merge."""
        key = f"{self.entity}|{self.record_id}|{self.field}|{self.loser.hlc}"
        return str(uuid.uuid5(_CONFLICT_NAMESPACE, key))


class Knowledge:
    """What each writer had seen when it wrote (version vectors by stamp)."""

    def __init__(self, local_id: str) -> None:
        self.local_id = local_id
        self._stamps: dict[str, list[str]] = {}
        self._vectors: dict[str, list[dict[str, str]]] = {}

    def add(self, workstation_id: str, hlc: str, vv: dict[str, str]) -> None:
        stamps = self._stamps.setdefault(workstation_id, [])
        vectors = self._vectors.setdefault(workstation_id, [])
        at = bisect.bisect_left(stamps, hlc)
        if at < len(stamps) and stamps[at] == hlc:
            vectors[at] = vv
        else:
            stamps.insert(at, hlc)
            vectors.insert(at, vv)

    def vector_at(self, workstation_id: str, hlc: str) -> dict[str, str]:
        stamps = self._stamps.get(workstation_id, [])
        at = bisect.bisect_right(stamps, hlc) - 1
        return self._vectors[workstation_id][at] if at >= 0 else {}

    def saw(self, writer: Stamp, other: Stamp) -> bool:
        """Had ``writer``'s workstation applied ``other`` when it wrote?"""
        if writer.workstation_id == other.workstation_id:
            return True
        if writer.workstation_id == self.local_id:
            return False  # ``other`` is arriving here only now
        seen = self.vector_at(writer.workstation_id, writer.hlc).get(other.workstation_id, "")
        return seen >= other.hlc


@dataclass(slots=True)
class RecordState:
    """What the entries of one record add up to.

    Each field's winning value is in ``data`` and the stamp that wrote it in
    ``stamps``: two flat dicts rather than an object per field, as a large
    sync folds hundreds of thousands of values. ``entries`` holds the
    record's entries by stamp, each folded once.
    """

    entity: str
    record_id: str
    data: dict[str, Any] = field(default_factory=dict)
    stamps: dict[str, Stamp] = field(default_factory=dict)
    upsert: Stamp | None = None
    delete: Stamp | None = None
    entries: dict[str, Incoming] = field(default_factory=dict)

    def later_by(self, name: str, stamp: Stamp) -> bool:
        """Whether ``stamp``'s own workstation later wrote ``name`` again (or deleted)."""
        ws, hlc = stamp.workstation_id, stamp.hlc
        return any(
            e.stamp.workstation_id == ws
            and e.stamp.hlc > hlc
            and (e.op == "delete" or name in e.fields)
            for e in self.entries.values()
        )

    def upserted_after(self, stamp: Stamp) -> bool:
        """Whether ``stamp``'s own workstation later wrote the record (any field)."""
        ws, hlc = stamp.workstation_id, stamp.hlc
        return any(
            e.stamp.workstation_id == ws and e.stamp.hlc > hlc and e.op != "delete"
            for e in self.entries.values()
        )

    @property
    def alive(self) -> bool:
        return self.upsert is not None and (
            self.delete is None or self.upsert.hlc > self.delete.hlc
        )

    def values(self) -> dict[str, Any]:
        return dict(self.data)


def _rank(entity: str, name: str, value: Any, hlc: str) -> tuple[int, str]:
    # A resolved conflict stays resolved whatever a late detection says.
    resolved = entity == CONFLICTS_TABLE and name == "status" and value == "resolved"
    return (1 if resolved else 0, hlc)


def _later(a: Stamp | None, b: Stamp) -> Stamp:
    return b if a is None or b.hlc > a.hlc else a


def _superseded(state: RecordState, conflict: Conflict) -> bool:
    loser = conflict.loser
    if loser.workstation_id == conflict.winner.workstation_id:
        return True
    if not conflict.field:  # a lost delete, undone later by its own workstation
        return state.upserted_after(loser)
    if state.later_by(conflict.field, loser):
        return True
    data = state.data
    return state.alive and conflict.field in data and data[conflict.field] == conflict.losing_value


class Merger:
    """Folds entries into record states and collects the conflicts it meets."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.knowledge = knowledge
        self.conflicts: dict[str, Conflict] = {}
        self._detect = True

    def replay(self, state: RecordState, entries: Iterable[Incoming]) -> None:
        """Fold already-applied entries in without looking for conflicts."""
        self._detect = False
        try:
            for entry in entries:
                self.fold(state, entry)
        finally:
            self._detect = True

    def fold(self, state: RecordState, entry: Incoming) -> bool:
        """Merge one entry; False when the record already had it (idempotent)."""
        new, entries = entry.stamp, state.entries
        if new.hlc in entries:
            return False
        entries[new.hlc] = entry
        if entry.op == "delete":
            self._delete(state, new)
        elif not state.data and state.delete is None:  # a new record: nothing to compare
            state.data = dict(entry.fields)
            state.stamps = dict.fromkeys(entry.fields, new)
            state.upsert = new
        else:
            self._upsert(state, entry)
        return True

    def _conflict(self, state: RecordState, name: str, value: Any, lost: Stamp, won: Stamp) -> None:
        if not self._detect or state.entity == CONFLICTS_TABLE:
            return
        self.record(Conflict(state.entity, state.record_id, name, value, lost, won))

    def meaningful(self, states: dict[tuple[str, str], RecordState]) -> list[Conflict]:
        """The conflicts worth a person's time: concurrent, different, from two workstations.

        A value its own workstation overwrote later is history (the change
        log keeps it), not a conflict; nor is a losing value that is the
        current one anyway.
        """
        kept: list[Conflict] = []
        for conflict in self.conflicts.values():
            state = states.get((conflict.entity, conflict.record_id))
            if state is None or not _superseded(state, conflict):
                kept.append(conflict)
        return kept

    def record(self, conflict: Conflict) -> None:
        """Keep ``conflict`` (once, whoever detects it first)."""
        self.conflicts.setdefault(conflict.id, conflict)

    def _upsert(self, state: RecordState, entry: Incoming) -> None:
        """Merge an upsert into a record that has a history."""
        saw, new, data, stamps = self.knowledge.saw, entry.stamp, state.data, state.stamps
        plain = state.entity != CONFLICTS_TABLE  # elsewhere the rank is the stamp alone
        for name, value in entry.fields.items():
            held = stamps.get(name)
            if held is None:
                data[name], stamps[name] = value, new
                continue
            old = data[name]
            if plain:
                wins = new.hlc > held.hlc
            else:
                wins = _rank(state.entity, name, value, new.hlc) > _rank(
                    state.entity, name, old, held.hlc
                )
            # Two stamps of one workstation are never a conflict (saw() says so, slower).
            same = new.workstation_id == held.workstation_id
            if wins:
                if old != value and not same and not saw(new, held):
                    self._conflict(state, name, old, held, new)
                data[name], stamps[name] = value, new
            elif old != value and not same and not saw(held, new):
                self._conflict(state, name, value, new, held)
        deleted = state.delete
        if deleted is not None:
            if new.hlc < deleted.hlc and not saw(deleted, new):
                for name, value in entry.fields.items():
                    self._conflict(state, name, value, new, deleted)
            elif new.hlc > deleted.hlc and not state.alive and not saw(new, deleted):
                self._conflict(state, "", None, deleted, new)
        if state.upsert is None or new.hlc > state.upsert.hlc:  # _later(), inlined
            state.upsert = new

    def _delete(self, state: RecordState, new: Stamp) -> None:
        saw, latest = self.knowledge.saw, state.upsert
        if latest is not None and latest.hlc > new.hlc:
            if not saw(latest, new):
                self._conflict(state, "", None, new, latest)
        elif state.alive:
            data = state.data
            for name, held in state.stamps.items():
                if held.hlc < new.hlc and not saw(new, held):
                    self._conflict(state, name, data[name], held, new)
        state.delete = _later(state.delete, new)
