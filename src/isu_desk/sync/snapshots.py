"""Snapshots (a new workstation starts from one) and archiving old packets.

A snapshot is the whole change log of its writer (every workstation's entries
up to the packets it had applied, which its header's ``acks`` name: the
coverage) plus what each writer had seen. It is written into the writer's own
folder as ``s-<its packet number>.isp``, sealed like a packet. A workstation
whose next packet from someone is missing (archived, or it is new) applies the
latest snapshot that covers it, then the packets after it; entries it already
has are skipped, so applying a snapshot is idempotent.

A workstation archives its own packets (moves them to ``archive/<id>/``) only
when the latest snapshot covers them and every known, not retired workstation
has acknowledged them; it never archives its latest packet.
"""

from __future__ import annotations

import json
import os
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from isu_desk.storage.database import Database, head_revisions
from isu_desk.sync import share as files
from isu_desk.sync.crypto import seal, unseal
from isu_desk.sync.errors import PacketRejected, PacketWaits
from isu_desk.sync.exchange import TeamAccess
from isu_desk.sync.packets import KIND_SNAPSHOT, Entry, Expectation, Header, read_head, read_header
from isu_desk.sync.reader import check_entries, plain_vv, valid_acks
from isu_desk.sync.state import all_workstations, known_revisions, now_text, workstation_row

SNAPSHOT_EVERY = 50  # packets written by the team since the latest snapshot
ARCHIVE = "archive"
_PREFIX = "s-"


@dataclass(frozen=True, slots=True)
class Snapshot:
    header: Header
    entries: list[Entry]
    knowledge: list[tuple[str, str, dict[str, str]]]
    path: str


def _names(share: Path) -> list[Path]:
    found: list[Path] = []
    for ws in files.list_workstations(share):
        folder = files.workstation_folder(share, ws)
        found.extend(p for p in folder.glob(f"{_PREFIX}*{files.PACKET_SUFFIX}") if p.is_file())
    return found


def coverage(header: Header) -> int | None:
    """The packets a snapshot header claims to cover; ``None`` when its acks are malformed."""
    return sum(header.acks.values()) if valid_acks(header.acks) else None


def _claims(share: Path, team_id: str) -> list[tuple[int, str, Path, Header]]:
    """Every snapshot of the team by its unauthenticated header, most covering first."""
    found: list[tuple[int, str, Path, Header]] = []
    for path in _names(share):
        try:
            header, _ = read_head(path)  # junk named like a snapshot is never read whole
        except (PacketRejected, PacketWaits, OSError):  # damaged, or from a newer version
            continue
        covered = coverage(header)
        if header.kind == KIND_SNAPSHOT and header.team_id == team_id and covered is not None:
            found.append((covered, path.name, path, header))
    found.sort(key=lambda claim: (claim[0], claim[1]), reverse=True)
    return found


def latest_header(share: Path, team_id: str) -> tuple[Path, Header] | None:
    """The snapshot claiming to cover the most, UNAUTHENTICATED: for display only.

    Decisions (what to apply, what to archive, whether one is due) use
    :func:`latest_snapshot`, which only considers snapshots that verify.
    """
    claims = _claims(share, team_id)
    return (claims[0][2], claims[0][3]) if claims else None


_VERIFIED: dict[tuple[str, int, str], Header | None] = {}


def _verified(path: Path, access: TeamAccess) -> Header | None:
    """The header of a snapshot whose seal verifies under the team key (cached by path+size)."""
    try:
        size = path.stat().st_size
    except OSError:
        return None
    key = (str(path), size, access.key_id)
    if key not in _VERIFIED:
        header: Header | None = None
        try:
            data = path.read_bytes()
            claimed, start = read_header(data)
            if claimed.team_id == access.team_id and claimed.key_id == access.key_id:
                unseal(access.key, data[:start], data[start:])
                header = claimed
        except (PacketRejected, PacketWaits, OSError):
            header = None
        if len(_VERIFIED) > 256:
            _VERIFIED.clear()
        _VERIFIED[key] = header
    return _VERIFIED[key]


def authentic_snapshots(
    share: Path, access: TeamAccess, wanted: Callable[[Header], bool] = lambda _: True
) -> Iterator[tuple[Path, Header]]:
    """Authentic snapshots, most covering first, among those whose claimed header is ``wanted``.

    Forged or damaged ones are skipped; only wanted ones are read whole to verify.
    """
    for _, _, path, claimed in _claims(share, access.team_id):
        if not wanted(claimed):
            continue
        header = _verified(path, access)
        if header is not None and header.kind == KIND_SNAPSHOT and coverage(header) is not None:
            yield path, header


def latest_snapshot(share: Path, access: TeamAccess) -> tuple[Path, Header] | None:
    """The authentic snapshot covering the most packets (forged or damaged ones are skipped)."""
    return next(authentic_snapshots(share, access), None)


def covers(share: Path, access: TeamAccess, workstation_id: str, seq: int) -> bool:
    """Whether an authentic snapshot holds ``workstation_id``'s packets up to ``seq``."""
    wanted = lambda header: header.acks.get(workstation_id, 0) >= seq  # noqa: E731
    return next(authentic_snapshots(share, access, wanted), None) is not None


def read_snapshot(share: Path, path: Path, access: TeamAccess) -> Snapshot:
    """Verify and open a snapshot; raises PacketRejected or PacketWaits."""
    data = path.read_bytes()
    header, start = read_header(data)
    expect = Expectation(access.team_id, access.key_id, known_revisions())
    if header.team_id != expect.team_id or header.key_id != expect.key_id:
        raise PacketRejected("the snapshot belongs to another team or key")
    plain = unseal(access.key, data[:start], data[start:])
    if header.kind != KIND_SNAPSHOT or coverage(header) is None:
        raise PacketRejected("the snapshot's header is damaged")
    if set(header.schema) - expect.known_schema:
        raise PacketWaits("written by a newer version of ISU Desk; it waits for an update")
    try:
        body = json.loads(zlib.decompress(plain))
        entries = [Entry(e["e"], e["r"], e["o"], e["f"], e["h"]) for e in body["entries"]]
        knowledge = [(str(w), str(h), dict(v)) for w, h, v in body["knowledge"]]
    except (zlib.error, ValueError, KeyError, TypeError) as exc:
        raise PacketRejected("the snapshot's content is damaged") from exc
    if len(entries) != header.count or not all(plain_vv(vv) for _, _, vv in knowledge):
        raise PacketRejected("the snapshot's content does not match its header")
    check_entries(entries, None)
    return Snapshot(header, entries, knowledge, path.relative_to(share).as_posix())


def _body(session: Session, own: str, exported: int) -> dict[str, Any]:
    connection = session.connection()
    rows = connection.exec_driver_sql(
        "SELECT entity, record_id, op, fields, hlc FROM change_log "
        "WHERE workstation_id != ? OR seq <= ? ORDER BY seq",
        (own, exported),
    )
    entries = [{"e": e, "r": r, "o": o, "f": json.loads(f), "h": h} for e, r, o, f, h in rows]
    # Entries held back here are part of what the snapshot covers: readers judge them again.
    held = connection.exec_driver_sql(
        "SELECT entity, record_id, op, fields, hlc FROM sync_quarantine ORDER BY hlc"
    )
    entries += [{"e": e, "r": r, "o": o, "f": json.loads(f), "h": h} for e, r, o, f, h in held]
    knowledge = [
        [w, h, json.loads(v)]
        for w, h, v in connection.exec_driver_sql(
            "SELECT workstation_id, hlc, vv FROM sync_knowledge"
        )
    ]
    return {"entries": entries, "knowledge": knowledge}


def write_snapshot_if_due(
    database: Database, share: Path, access: TeamAccess, force: bool = False
) -> bool:
    """Write a snapshot when the team wrote enough packets since the latest one (or ``force``)."""
    own = database.workstation_id
    latest = latest_snapshot(share, access)
    covered = (coverage(latest[1]) or 0) if latest else 0
    with database.transaction() as session:
        rows = all_workstations(session)
        positions = {row.workstation_id: row.applied_seq for row in rows}
        me = workstation_row(session, own)
        due = force or sum(positions.values()) - covered >= SNAPSHOT_EVERY
        if not due or not me.applied_seq:
            return False
        name = f"{_PREFIX}{me.applied_seq:010d}{files.PACKET_SUFFIX}"
        folder = files.workstation_folder(share, own)
        if (folder / name).exists():
            return False
        body = _body(session, own, me.exported_log_seq)
    header = Header(
        team_id=access.team_id, workstation_id=own, seq=positions[own], key_id=access.key_id,
        schema=sorted(head_revisions()), count=len(body["entries"]), acks=positions,
        workstation_name=access.workstation_name, written_at=now_text(), kind=KIND_SNAPSHOT,
    )  # fmt: skip
    head = header.to_bytes()
    from isu_desk.sync.packets import _LENGTH, MAGIC

    prefix = MAGIC + _LENGTH.pack(len(head)) + head
    plain = zlib.compress(json.dumps(body, ensure_ascii=False).encode("utf-8"), 6)
    files.write_new_file(folder, name, prefix + seal(access.key, prefix, plain))
    return True


def archive_own(database: Database, share: Path, access: TeamAccess) -> int:
    """Move our packets that a snapshot covers and everyone acknowledged; returns how many."""
    own = database.workstation_id
    latest = latest_snapshot(share, access)
    if latest is None:
        return 0
    with database.transaction() as session:
        rows = all_workstations(session)
        me = workstation_row(session, own)
        acks = [
            json.loads(row.acked).get(own, 0)
            for row in rows
            if row.workstation_id != own and not row.retired
        ]
        limit = min([latest[1].acks.get(own, 0), me.applied_seq - 1, *acks])
    folder = files.workstation_folder(share, own)
    target = share / ARCHIVE / own
    packets, _ = files.list_packets(folder)
    moved = 0
    for seq in sorted(s for s in packets if s <= limit):
        target.mkdir(parents=True, exist_ok=True)
        if not (target / packets[seq].name).exists():
            os.rename(packets[seq], target / packets[seq].name)
            moved += 1
    own_snapshots = sorted(folder.glob(f"{_PREFIX}*{files.PACKET_SUFFIX}"))
    # Our newest snapshot stays: after a republish it alone may hold what we wrote.
    for path in own_snapshots[:-1]:
        if path != latest[0] and not (target / path.name).exists():
            target.mkdir(parents=True, exist_ok=True)
            os.rename(path, target / path.name)
    return moved
