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
from typing import Any

CONFLICTS_TABLE = "sync_conflicts"
_CONFLICT_NAMESPACE = uuid.UUID("0b7c2f55-9d43-4c11-8a3e-5a4f1d1e9c20")


@dataclass(frozen=True, slots=True)
class Stamp:
    """Who wrote a change, and when."""

    hlc: str
    workstation_id: str


@dataclass(frozen=True, slots=True)
class Incoming:
    """One change entry to merge (from a packet or the local log)."""

    entity: str
    record_id: str
    op: str
    fields: dict[str, Any]
    stamp: Stamp


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
class FieldValue:
    value: Any
    stamp: Stamp


@dataclass(slots=True)
class RecordState:
    """What the entries of one record add up to."""

    entity: str
    record_id: str
    fields: dict[str, FieldValue] = field(default_factory=dict)
    upsert: Stamp | None = None
    delete: Stamp | None = None
    seen: set[str] = field(default_factory=set)
    # Latest stamp per (field, workstation); "" names a delete, "*" any upsert.
    latest: dict[tuple[str, str], str] = field(default_factory=dict)

    def later_by(self, name: str, stamp: Stamp) -> bool:
        """Whether ``stamp``'s own workstation later wrote ``name`` again (or deleted)."""
        ws = stamp.workstation_id
        return (
            self.latest.get((name, ws), "") > stamp.hlc or self.latest.get(("", ws), "") > stamp.hlc
        )

    @property
    def alive(self) -> bool:
        return self.upsert is not None and (
            self.delete is None or self.upsert.hlc > self.delete.hlc
        )

    def values(self) -> dict[str, Any]:
        return {name: held.value for name, held in self.fields.items()}


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
        return state.latest.get(("*", loser.workstation_id), "") > loser.hlc
    if state.later_by(conflict.field, loser):
        return True
    held = state.fields.get(conflict.field)
    return state.alive and held is not None and held.value == conflict.losing_value


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
        if entry.stamp.hlc in state.seen:
            return False
        state.seen.add(entry.stamp.hlc)
        ws, hlc, latest = entry.stamp.workstation_id, entry.stamp.hlc, state.latest
        for name in (*entry.fields, "*") if entry.op != "delete" else ("",):
            if hlc > latest.get((name, ws), ""):  # inlined note(): the hot path of a sync
                latest[(name, ws)] = hlc
        if entry.op == "delete":
            self._delete(state, entry.stamp)
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
        saw, new = self.knowledge.saw, entry.stamp
        if not state.fields and state.delete is None:  # a new record: nothing to compare
            state.fields = {name: FieldValue(v, new) for name, v in entry.fields.items()}
            state.upsert = new
            return
        plain = state.entity != CONFLICTS_TABLE  # elsewhere the rank is the stamp alone
        for name, value in entry.fields.items():
            held = state.fields.get(name)
            if held is None:
                state.fields[name] = FieldValue(value, new)
                continue
            if plain:
                wins = new.hlc > held.stamp.hlc
            else:
                wins = _rank(state.entity, name, value, new.hlc) > _rank(
                    state.entity, name, held.value, held.stamp.hlc
                )
            if wins:
                if held.value != value and not saw(new, held.stamp):
                    self._conflict(state, name, held.value, held.stamp, new)
                state.fields[name] = FieldValue(value, new)
            elif held.value != value and not saw(held.stamp, new):
                self._conflict(state, name, value, new, held.stamp)
        deleted = state.delete
        if deleted is not None:
            if new.hlc < deleted.hlc and not saw(deleted, new):
                for name, value in entry.fields.items():
                    self._conflict(state, name, value, new, deleted)
            elif new.hlc > deleted.hlc and not state.alive and not saw(new, deleted):
                self._conflict(state, "", None, deleted, new)
        state.upsert = _later(state.upsert, new)

    def _delete(self, state: RecordState, new: Stamp) -> None:
        saw, latest = self.knowledge.saw, state.upsert
        if latest is not None and latest.hlc > new.hlc:
            if not saw(latest, new):
                self._conflict(state, "", None, new, latest)
        elif state.alive:
            for name, held in state.fields.items():
                if held.stamp.hlc < new.hlc and not saw(new, held.stamp):
                    self._conflict(state, name, held.value, held.stamp, new)
        state.delete = _later(state.delete, new)
