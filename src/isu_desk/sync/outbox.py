"""Writing this workstation's packets: local change-log entries not yet exported.

Each entry carries the version vector of what this workstation had applied
when it made the change (the highest stamp per other workstation, updated as
remote entries appear in the log between local ones), sent only when changed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from isu_desk.storage.database import Database, head_revisions
from isu_desk.sync import share as files
from isu_desk.sync.errors import PacketRejected, PacketWaits, SyncStopped
from isu_desk.sync.exchange import MAX_ENTRIES_PER_PACKET, SyncReport, TeamAccess
from isu_desk.sync.packets import Entry, Expectation, Header, decode, encode
from isu_desk.sync.state import (
    all_workstations,
    known_revisions,
    now_text,
    save_knowledge,
    workstation_row,
)


@dataclass
class _Batch:
    entries: list[Entry] = field(default_factory=list)
    vv: dict[str, str] = field(default_factory=dict)
    upto: int = 0


def _remote_only(
    session: Session, own: str, after: int, vv: dict[str, str], upto: int | None
) -> _Batch | None:
    """When no local entry follows ``after``, the new version vector in one query."""
    connection = session.connection()
    limit = upto if upto is not None else 2**62
    local = connection.exec_driver_sql(
        "SELECT 1 FROM change_log WHERE workstation_id = ? AND seq > ? AND seq <= ? LIMIT 1",
        (own, after, limit),
    ).first()
    if local is not None:
        return None
    batch = _Batch(vv=dict(vv), upto=after)
    rows = connection.exec_driver_sql(
        "SELECT workstation_id, max(hlc), max(seq) FROM change_log "
        "WHERE seq > ? AND seq <= ? GROUP BY workstation_id",
        (after, limit),
    )
    for workstation, hlc, seq in rows:
        if hlc > batch.vv.get(workstation, ""):
            batch.vv[workstation] = hlc
        batch.upto = max(batch.upto, seq)
    return batch


def _scan(
    session: Session, own: str, after: int, vv: dict[str, str], limit: int, upto: int | None = None
) -> _Batch:
    """Local entries after ``after`` (at most ``limit``), with their version vectors."""
    quick = _remote_only(session, own, after, vv, upto)
    if quick is not None:
        return quick
    batch = _Batch(vv=dict(vv), upto=after)
    sent: dict[str, str] | None = None
    query = (
        "SELECT seq, entity, record_id, op, fields, hlc, workstation_id FROM change_log "
        "WHERE seq > ? AND seq <= ? ORDER BY seq"
    )
    rows = session.connection().exec_driver_sql(query, (after, upto if upto is not None else 2**62))
    for seq, entity, record_id, op, fields, hlc, workstation in rows:
        if workstation != own:
            if hlc > batch.vv.get(workstation, ""):
                batch.vv[workstation] = hlc
        else:
            if len(batch.entries) >= limit:
                break
            marker = dict(batch.vv) if sent != batch.vv else None
            sent = marker if marker is not None else sent
            batch.entries.append(Entry(entity, record_id, op, json.loads(fields), hlc, marker))
        batch.upto = seq
    return batch


def _acks(session: Session, own: str) -> dict[str, int]:
    return {
        row.workstation_id: row.applied_seq
        for row in all_workstations(session)
        if row.workstation_id != own
    }


_RESTORED = (
    "{path} holds other changes under this workstation's next number (a copy of this "
    "database wrote it?). Changes received were kept and nothing of yours was marked as "
    "sent; sync again and this workstation continues under a new identity."
)


def _log_reaches(session: Session, upto: int) -> bool:
    """Whether the local change log holds every position up to ``upto``."""
    top = session.connection().exec_driver_sql("SELECT max(seq) FROM change_log").scalar()
    return int(top or 0) >= upto


def _read_own(path: Path, access: TeamAccess, own: str, seq: int) -> tuple[Header, list[Entry]]:
    """A packet under our number; SyncStopped when it is not ours at all."""
    expect = Expectation(access.team_id, access.key_id, known_revisions())
    try:
        header, entries = decode(access.key, path.read_bytes(), expect)
    except (PacketRejected, PacketWaits, OSError) as exc:
        raise SyncStopped(
            f"{path} already exists and is not a packet this workstation wrote ({exc}). "
            "Nothing was changed; move that file away and sync again."
        ) from exc
    if header.workstation_id != own or header.seq != seq:
        raise SyncStopped(f"{path} does not belong to this workstation; nothing was changed.")
    return header, entries


def _content(entry: Entry) -> tuple[object, ...]:
    return (entry.hlc, entry.entity, entry.record_id, entry.op, entry.fields)


def _covered(
    session: Session, path: Path, access: TeamAccess, own: str, seq: int
) -> tuple[_Batch, list[Entry], int] | None:
    """The packet under our next number when it holds exactly our next unsent entries.

    Contents are compared, never only (stamp, entity, id): a copy of this
    database may have written the same stamps with other values.
    """
    header, entries = _read_own(path, access, own, seq)
    row = workstation_row(session, own)
    batch = _scan(session, own, row.exported_log_seq, json.loads(row.vv), 2**62, header.log_upto)
    local = [_content(e) for e in batch.entries]
    if local != [_content(e) for e in entries] or not _log_reaches(session, header.log_upto):
        return None
    return batch, entries, header.log_upto


def next_packet_is_foreign(session: Session, share: Path, access: TeamAccess, own: str) -> bool:
    """Whether our next packet number holds an authentic packet of our id that is not ours."""
    seq = workstation_row(session, own).applied_seq + 1
    path = files.workstation_folder(share, own) / files.packet_name(seq)
    if not path.exists():
        return False
    try:
        return _covered(session, path, access, own, seq) is None
    except SyncStopped:
        return False  # not a packet of ours at all: writing says so plainly


def _adopt(session: Session, path: Path, access: TeamAccess, own: str, seq: int) -> None:
    """A packet already under our next number: ours from a killed sync, or a stop.

    The file is adopted only when it holds exactly the local entries it claims
    to cover; otherwise this database is older than the share (a restored
    backup, a copy) and new local work would be marked as sent without being
    sent: the next sync continues under a fresh identity (see
    :mod:`isu_desk.sync.identity`).
    """
    row = workstation_row(session, own)
    if row.applied_seq >= seq:  # recorded meanwhile by another sync of this database
        return
    adopted = _covered(session, path, access, own, seq)
    if adopted is None:
        raise SyncStopped(_RESTORED.format(path=path))
    batch, entries, upto = adopted
    row.applied_seq, row.exported_log_seq = seq, upto
    row.vv = json.dumps(batch.vv, sort_keys=True)
    save_knowledge(session, [(own, e.hlc, e.vv) for e in entries if e.vv is not None])
    session.flush()


@dataclass
class _Packet:
    """A packet built from the log, to be written with no transaction open."""

    seq: int
    batch: _Batch
    data: bytes


def _prepare(session: Session, access: TeamAccess, own: str) -> _Packet | None:
    """Build the next packet; ``None`` (and the position moved on) when nothing is due."""
    row = workstation_row(session, own)
    batch = _scan(session, own, row.exported_log_seq, json.loads(row.vv), MAX_ENTRIES_PER_PACKET)
    if not batch.entries and not row.needs_ack and row.applied_seq:  # the first says hello
        row.exported_log_seq, row.vv = batch.upto, json.dumps(batch.vv, sort_keys=True)
        return None
    seq = row.applied_seq + 1
    header = Header(
        team_id=access.team_id, workstation_id=own, seq=seq, key_id=access.key_id,
        schema=sorted(head_revisions()), count=len(batch.entries),
        hlc_from=batch.entries[0].hlc if batch.entries else "",
        hlc_to=batch.entries[-1].hlc if batch.entries else "",
        log_upto=batch.upto, acks=_acks(session, own), workstation_name=access.workstation_name,
        retired=sorted(r.workstation_id for r in all_workstations(session) if r.retired),
        written_at=now_text(),
    )  # fmt: skip
    return _Packet(seq, batch, encode(access.key, header, batch.entries))


def _record(session: Session, packet: _Packet, access: TeamAccess, own: str) -> None:
    """The packet is on the share: move our position past it."""
    row = workstation_row(session, own)
    if row.applied_seq >= packet.seq:  # another sync of this database adopted it meanwhile
        return
    batch = packet.batch
    row.applied_seq, row.exported_log_seq = packet.seq, batch.upto
    row.vv, row.needs_ack = json.dumps(batch.vv, sort_keys=True), False
    # What we had seen when we wrote: snapshots pass it on to late joiners.
    save_knowledge(session, [(own, e.hlc, e.vv) for e in batch.entries if e.vv is not None])
    row.name = access.workstation_name or row.name
    session.flush()


def _write_one(database: Database, share: Path, access: TeamAccess) -> int | None:
    """Write the next packet; the number of entries sent, ``None`` when nothing was due.

    The database is not held while the file is written (a slow share must not
    block the user's edits); a sync killed between writing and recording
    leaves a file that the next sync verifies and adopts.
    """
    own = database.workstation_id
    with database.transaction() as session:
        packet = _prepare(session, access, own)
    if packet is None:
        return None
    folder = files.workstation_folder(share, own)
    try:
        files.write_new_file(folder, files.packet_name(packet.seq), packet.data)
    except FileExistsError:
        with database.transaction() as session:
            _adopt(session, folder / files.packet_name(packet.seq), access, own, packet.seq)
        return 0
    with database.transaction() as session:
        _record(session, packet, access, own)
    return len(packet.batch.entries)


def export_packets(database: Database, share: Path, access: TeamAccess, report: SyncReport) -> None:
    """Write packets until every local entry is on the share (each built, then recorded)."""
    own = database.workstation_id
    while True:
        try:
            sent = _write_one(database, share, access)
        except OSError as exc:
            raise SyncStopped(
                f"Cannot write to the sync folder {share} ({exc.strerror or exc}); it may be "
                "read-only or full. Changes received were kept; nothing was lost."
            ) from exc
        if sent is None:
            break
        report.sent += sent
        report.packets_written += 1 if sent or not report.packets_written else 0
    with database.transaction() as session:
        workstation_row(session, own).last_sync = now_text()
