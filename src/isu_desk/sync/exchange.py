"""One sync: check the share, read and apply other workstations' packets, write our own.

Reading: per workstation, packets in sequence order from where we stopped; a
gap waits, a duplicate (a copy under another name) is skipped, a bad file is
recorded as rejected and stops only that workstation's stream. Everything
verified is applied in one transaction that also records the new positions,
so a sync killed at any point leaves either the old or the new state.

Writing: our change-log entries not yet exported go into new packets, each
under a sequence number that did not exist; the position is committed only
after the file is on the share. A packet found already under our next number
(a sync killed after writing, before committing) is verified and adopted.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from itertools import repeat
from operator import attrgetter
from pathlib import Path

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from isu_desk.domain.hlc import Hlc
from isu_desk.storage.database import Database
from isu_desk.sync import clocks, quarantine
from isu_desk.sync import share as files
from isu_desk.sync.apply import ApplyOutcome, apply_changes
from isu_desk.sync.collector import cycle_collector_paused
from isu_desk.sync.errors import PacketRejected, PacketWaits, SyncStopped
from isu_desk.sync.merge import Incoming, Merger, Stamp
from isu_desk.sync.packets import KIND_SNAPSHOT, Header
from isu_desk.sync.reader import Reader, Ready, relative
from isu_desk.sync.state import (
    all_workstations,
    clear_rejected,
    load_knowledge,
    record_rejected,
    save_conflicts,
    save_knowledge,
    workstation_row,
)

MAX_ENTRIES_PER_PACKET = 50_000
_HLC = attrgetter("stamp.hlc")


@dataclass(frozen=True, slots=True)
class TeamAccess:
    """The team a share belongs to and its key (resolved by the services layer)."""

    team_id: str
    key: bytes
    key_id: str
    workstation_name: str = ""


@dataclass
class SyncReport:
    """What one sync did, for the status bar, the Sync page and ``isu-desk sync``."""

    sent: int = 0
    received: int = 0
    packets_written: int = 0
    packets_read: int = 0
    workstations: list[str] = field(default_factory=list)
    new_conflicts: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)
    waiting: list[tuple[str, str]] = field(default_factory=list)
    clock_warnings: list[str] = field(default_factory=list)
    quarantined: list[tuple[str, str]] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    entities: set[str] = field(default_factory=set)
    snapshot_written: bool = False
    archived: int = 0


def import_packets(database: Database, share: Path, access: TeamAccess, report: SyncReport) -> None:
    """Apply every packet that is ready, all in one transaction."""
    with cycle_collector_paused():
        _import_packets(database, share, access, report)


def _import_packets(
    database: Database, share: Path, access: TeamAccess, report: SyncReport
) -> None:
    own = database.workstation_id
    reader = Reader(share, access, report)
    with database.transaction() as session:
        known = {row.workstation_id: row.applied_seq for row in all_workstations(session)}
        positions = {
            ws: workstation_row(session, ws).applied_seq for ws in files.list_workstations(share)
        }
    positions.update({ws: seq for ws, seq in known.items() if ws not in positions and seq})
    reader.positions = dict(positions)
    ready = _from_snapshot(share, access, positions, own, reader)
    for ws, position in positions.items():
        if ws != own:
            ready.extend(reader.ready(ws, position))
    report.workstations = sorted(ws for ws in positions if ws != own)
    try:
        outcome = _apply_ready(database, report, reader, ready)
    except (IntegrityError, sqlite3.IntegrityError) as exc:
        raise SyncStopped(
            "The changes received could not be applied: they would leave a record pointing "
            f"at one that does not exist ({getattr(exc, 'orig', exc)}). Nothing was changed; "
            "sync again later, and tell the team's support if this message stays."
        ) from exc
    report.rejected = [(name, reason) for name, _, reason in reader.rejected]
    report.received = len(outcome.applied)
    report.packets_read = len(ready)
    report.entities = outcome.entities


def _apply_ready(
    database: Database, report: SyncReport, reader: Reader, ready: list[Ready]
) -> ApplyOutcome:
    """Apply the verified packets and record the new positions, in one transaction."""
    own = database.workstation_id
    with database.transaction() as session:
        merger = Merger(load_knowledge(session, own))
        incoming, learned = _incoming(ready, merger)
        sources: dict[str, str] = {}  # stamp -> file, for the entries quarantined
        for packet in ready:
            sources.update(zip(map(_HLC, packet.entries), repeat(packet.path)))
        incoming = quarantine.keep_out(session, incoming, sources) + quarantine.released(session)
        outcome = apply_changes(session, incoming, merger, _deleted_here(session, own))
        clock_warnings = clocks.judge(database, ready)
        report.clock_warnings.extend(_new_warnings(session, clock_warnings))
        save_knowledge(session, learned)
        report.new_conflicts = save_conflicts(session, outcome.conflicts)
        _advance(session, ready, own, clock_warnings)
        for name, ws, reason in reader.rejected:
            record_rejected(session, name, ws, reason)
        clear_rejected(session, [packet.path for packet in ready])
        report.quarantined = [
            (f"{q.entity} “{q.label}”", q.reason) for q in quarantine.listing(session)
        ]
    return outcome


def _deleted_here(session: Session, own: str) -> list[tuple[str, str]]:
    """Records deleted on this workstation since its last export."""
    after = workstation_row(session, own).exported_log_seq
    rows = session.connection().exec_driver_sql(
        "SELECT DISTINCT entity, record_id FROM change_log "
        "WHERE workstation_id = ? AND seq > ? AND op = 'delete'",
        (own, after),
    )
    return [(str(entity), str(record_id)) for entity, record_id in rows]


def _from_snapshot(
    share: Path, access: TeamAccess, positions: dict[str, int], own: str, reader: Reader
) -> list[Ready]:
    """Snapshots covering packets we miss (we are new, they were archived, or republished).

    The most covering first; another one only for what the first did not
    cover (after a republish, each workstation's snapshot covers its own).
    """
    from isu_desk.sync.snapshots import authentic_snapshots, read_snapshot

    found: list[Ready] = []
    for path, header in authentic_snapshots(
        share, access, lambda h: _needs(h, share, positions, own)
    ):
        try:
            snapshot = read_snapshot(share, path, access)
        except PacketRejected as exc:
            reader.rejected.append((relative(share, path), header.workstation_id, str(exc)))
            continue
        except (PacketWaits, OSError) as exc:
            reader.report.waiting.append((relative(share, path), str(exc)))
            continue
        for ws, covered in snapshot.header.acks.items():
            positions[ws] = max(positions.get(ws, 0), covered)
        entries = [
            Incoming(e.entity, e.record_id, e.op, e.fields, Stamp(e.hlc, Hlc.decode(e.hlc).node))
            for e in snapshot.entries
            if own not in e.hlc
        ]
        ready = Ready(snapshot.path, snapshot.header, entries)
        ready.knowledge = snapshot.knowledge
        found.append(ready)
    return found


def _needs(header: Header, share: Path, positions: dict[str, int], own: str) -> bool:
    """Whether a snapshot covers a packet of someone that we have not applied and is not here."""
    return any(
        ws != own
        and covered > positions.get(ws, 0)
        and not (
            files.workstation_folder(share, ws) / files.packet_name(positions.get(ws, 0) + 1)
        ).exists()
        for ws, covered in header.acks.items()
    )


def _incoming(
    ready: list[Ready], merger: Merger
) -> tuple[list[Incoming], list[tuple[str, str, dict[str, str]]]]:
    incoming: list[Incoming] = []
    learned: list[tuple[str, str, dict[str, str]]] = []
    for packet in ready:
        for known in packet.knowledge:
            merger.knowledge.add(*known)
            learned.append(known)
        for entry in packet.entries:
            if entry.vv is not None:
                hlc, ws = entry.stamp
                merger.knowledge.add(ws, hlc, entry.vv)
                learned.append((ws, hlc, entry.vv))
        incoming.extend(packet.entries)
    return incoming, learned


def _new_warnings(session: Session, warnings: dict[str, str]) -> list[str]:
    """Record each workstation's clock verdict; the warnings not given before (said once)."""
    new: list[str] = []
    for ws, warning in warnings.items():
        row = workstation_row(session, ws)
        if warning and warning.split(" about ")[0] != row.clock_warning.split(" about ")[0]:
            new.append(warning)
        row.clock_warning = warning
    return sorted(new)


def _advance(session: Session, ready: list[Ready], own: str, warnings: dict[str, str]) -> None:
    for packet in ready:
        header = packet.header
        if header.kind == KIND_SNAPSHOT:
            for ws, covered in header.acks.items():
                row = workstation_row(session, ws)
                row.applied_seq = max(row.applied_seq, covered)
            workstation_row(session, own).needs_ack = True
            continue
        row = workstation_row(session, header.workstation_id)
        for retired in header.retired:
            workstation_row(session, retired).retired = True
        row.applied_seq = header.seq
        row.acked = json.dumps(header.acks, sort_keys=True)
        row.name = header.workstation_name or row.name
        row.last_sync = header.written_at or row.last_sync
        if header.count:
            workstation_row(session, own).needs_ack = True
    session.flush()
