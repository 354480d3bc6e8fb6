"""A database is not its workstation id: noticing copies and restores, and moving on.

A workstation id names one stream of packets on the share; only one database
may ever write it. A data folder copied with ``cp -a``, a backup restored on
another machine, or an older backup restored on this one gives a database
that holds the id but not the stream's latest state. Writing as that id would
collide with (and, when stamps collide, silently swallow) the other
database's packets.

So each database records the identity of its own file (device and inode)
the first time it syncs. Before every sync it checks that:

- the file is still the one it recorded (a copy or a restore elsewhere is
  another file), that a restore here has not marked it, and
- the share holds no packet of its id beyond what it knows it wrote (an older
  backup restored here), or one under its next number with other contents, and
  no snapshot that counts packets of its id beyond them (the share lost that
  id's folder, and another workstation republished what it had read of it).

When one of these fails the database continues under a fresh workstation id.
Its unsent changes, which nobody has seen, are re-stamped to the new id; the
old id becomes "another workstation" whose packets are read like anyone's, so
the changes it wrote after the backup come back from the share. Nothing made
before or after the restore is lost.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from isu_desk.domain.ids import new_id
from isu_desk.storage import settings
from isu_desk.storage.database import Database
from isu_desk.sync import share as files
from isu_desk.sync.errors import PacketRejected, PacketWaits
from isu_desk.sync.exchange import TeamAccess
from isu_desk.sync.packets import Expectation, decode
from isu_desk.sync.snapshots import authentic_snapshots
from isu_desk.sync.state import known_revisions, workstation_row

FILE_IDENTITY = "database_file_identity"
RESTORED_MARK = "restored_from_backup"
# Its value starts so when the backup restored was another workstation's (still at work).
COPY_MARK_PREFIX = "copy of another workstation "
COPIED = "copied"
RESTORED = "restored"
BEHIND = "behind"
PREVIOUS_IDS = "previous_workstation_ids"

NOTICES = {
    COPIED: (
        "This data folder is a copy of another workstation's (or a backup restored on a "
        "new machine), so it now syncs as a new workstation; nothing was lost."
    ),
    RESTORED: (
        "This database was restored from a backup, so it now syncs as a new workstation and "
        "read back from the sync folder the changes made after that backup; nothing was lost."
    ),
}
NOTICES[BEHIND] = NOTICES[RESTORED]


def file_identity(path: Path) -> str:
    """Device and inode of the database file; ``""`` where the file system has none."""
    try:
        status = os.stat(path)
    except OSError:
        return ""
    return f"{status.st_dev}:{status.st_ino}" if status.st_ino else ""


def local_reason(database: Database) -> str | None:
    """``copied`` or ``restored`` from what the database itself says, else ``None``."""
    current = file_identity(database.path)
    with database.transaction() as session:
        recorded = settings.get(session, FILE_IDENTITY)
        restored = settings.get(session, RESTORED_MARK)
        if recorded is None or (not recorded and current):
            settings.put(session, FILE_IDENTITY, current)
            recorded = current
    if recorded and current and recorded != current:
        return COPIED
    if restored and restored.startswith(COPY_MARK_PREFIX):
        return COPIED  # another workstation's backup: that one is still at work, not retired
    return RESTORED if restored else None


def own_packets_beyond(database: Database, share: Path, access: TeamAccess) -> list[int]:
    """This id's authentic packets on the share beyond the next one this database writes.

    A file that merely has such a name (junk, a damaged copy) does not count.
    """
    own = database.workstation_id
    with database.transaction() as session:
        written = workstation_row(session, own).applied_seq
    packets, _ = files.list_packets(files.workstation_folder(share, own))
    expect = Expectation(access.team_id, access.key_id, known_revisions())
    found: list[int] = []
    for seq in sorted(s for s in packets if s > written + 1):
        try:
            header, _ = decode(access.key, packets[seq].read_bytes(), expect)
        except (PacketRejected, PacketWaits, OSError):
            continue
        if header.workstation_id == own and header.seq == seq:
            found.append(seq)
    return found


def snapshot_beyond(database: Database, share: Path, access: TeamAccess) -> bool:
    """Whether an authentic snapshot counts packets of this id that this database did not write.

    A copy made before its first sync does not know it is one; when the share
    has lost the original's folder, only another workstation's snapshot still
    says what was written under the id. Taking those packets for our own would
    skip their entries as ours and write over their numbers. The next packet,
    when it is on the share, is judged by its contents instead (a sync killed
    after writing it): see :func:`isu_desk.sync.outbox.next_packet_is_foreign`.
    """
    own = database.workstation_id
    with database.transaction() as session:
        written = workstation_row(session, own).applied_seq
    folder = files.workstation_folder(share, own)
    reach = written + 1 if (folder / files.packet_name(written + 1)).exists() else written
    beyond = lambda header: header.acks.get(own, 0) > reach  # noqa: E731
    return next(authentic_snapshots(share, access, beyond), None) is not None


def restamp(stamp: str, node: str) -> str:
    """The same wall time and counter under another workstation id."""
    wall, counter, _ = stamp.split("-", 2)
    return f"{wall}-{counter}-{node}"


def switch_identity(database: Database, retire_old: bool) -> str:
    """Continue under a fresh workstation id; returns it.

    Unsent local changes (nobody has them) move to the new id; the old id's
    bookkeeping row stays as the position of a remote workstation, so its
    later packets are read back like anyone else's.
    """
    old, new = database.workstation_id, new_id()
    with database.transaction() as session:
        connection = session.connection()
        me = workstation_row(session, old)
        exported, vv = me.exported_log_seq, me.vv
        rows = connection.exec_driver_sql(
            "SELECT seq, hlc FROM change_log WHERE workstation_id = ? AND seq > ?",
            (old, exported),
        ).fetchall()
        if rows:
            connection.exec_driver_sql(
                "UPDATE change_log SET hlc = ?, workstation_id = ? WHERE seq = ?",
                [(restamp(hlc, new), new, seq) for seq, hlc in rows],
            )
        settings.put(session, "workstation_id", new)
        settings.put(session, FILE_IDENTITY, file_identity(database.path))
        settings.put(session, RESTORED_MARK, "")
        earlier = json.loads(settings.get(session, PREVIOUS_IDS) or "[]")
        settings.put(session, PREVIOUS_IDS, json.dumps([*earlier, old]))
        me.needs_ack = False
        me.retired = me.retired or retire_old
        fresh = workstation_row(session, new)
        fresh.exported_log_seq, fresh.vv, fresh.needs_ack = exported, vv, True
        fresh.name = me.name
    database.load_clock()
    return new
