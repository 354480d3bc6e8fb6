"""Incoming changes that break the rules wait here, with their reason, instead of stopping sync.

An authentic entry that cannot be applied (a required field empty, an amount
that is not a decimal, an unknown currency, a field from a newer version) is
kept in ``sync_quarantine`` and left out; the rest of its packet and every
other workstation's changes apply, and sending always proceeds. Every sync
checks the quarantined entries again, so an upgrade that knows the field or
a fix of the rule lets them in. Nothing is lost: the entry is kept whole.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from isu_desk.domain.safe_text import printable
from isu_desk.storage.sync_models import SyncQuarantine
from isu_desk.sync.merge import Incoming, Stamp
from isu_desk.sync.rules import entry_problem, none_has_a_problem
from isu_desk.sync.state import now_text


@dataclass(frozen=True, slots=True)
class Quarantined:
    """One held-back change as the Sync page and ``sync --json`` list it."""

    entity: str
    record_id: str
    workstation_id: str
    stamp: str
    reason: str
    source: str
    label: str = ""


def keep_out(
    session: Session, incoming: Sequence[Incoming], sources: dict[str, str]
) -> list[Incoming]:
    """The entries that may be applied; the others are quarantined (``sources``: stamp -> file)."""
    upserts: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for entry in incoming:
        if entry.op != "delete":
            upserts[entry.entity].append(entry.fields)
    clean = {entity for entity, changes in upserts.items() if none_has_a_problem(entity, changes)}
    good: list[Incoming] = []
    for entry in incoming:
        if entry.entity in clean:
            good.append(entry)
            continue
        problem = entry_problem(entry.entity, entry.op, entry.fields)
        if problem is None:
            good.append(entry)
            continue
        session.merge(
            SyncQuarantine(
                hlc=entry.stamp.hlc, workstation_id=entry.stamp.workstation_id,
                entity=entry.entity, record_id=entry.record_id, op=entry.op,
                fields=json.dumps(entry.fields, ensure_ascii=False), reason=problem,
                source=sources.get(entry.stamp.hlc, ""), seen_at=now_text(),
            )
        )  # fmt: skip
    session.flush()
    return good


def released(session: Session) -> list[Incoming]:
    """Quarantined entries that pass the rules now (removed from quarantine)."""
    found: list[Incoming] = []
    for row in session.scalars(select(SyncQuarantine)):
        fields = json.loads(row.fields)
        if entry_problem(row.entity, row.op, fields) is None:
            stamp = Stamp(row.hlc, row.workstation_id)
            found.append(Incoming(row.entity, row.record_id, row.op, fields, stamp))
            session.delete(row)
    session.flush()
    return found


def listing(session: Session) -> list[Quarantined]:
    rows = session.scalars(select(SyncQuarantine).order_by(SyncQuarantine.hlc))
    return [
        Quarantined(r.entity, r.record_id, r.workstation_id, r.hlc, r.reason, r.source, _label(r))
        for r in rows
    ]


def _label(row: SyncQuarantine) -> str:
    """What a person recognises the record by: its name, else the start of its id."""
    fields = json.loads(row.fields)
    for name in ("name", "line", "reference"):
        if isinstance(fields.get(name), str) and fields[name].strip():
            return printable(fields[name])
    return row.record_id[:8]
