"""A share that lost files: noticing it, and rebuilding it from any surviving workstation.

A ``workstations/`` folder deleted, one workstation's folder gone, or the
whole share put back from an older copy all look, to a workstation that
trusts the share, like an empty team: it would write into the emptied share
and every other workstation would wait for files that will never come. So
before anything changes, a workstation compares what it has applied with
what the share holds; known workstations whose files vanished (and that no
authentic snapshot covers) stop the sync with a plain message.

``isu-desk sync --republish`` (the Sync page's "Republish" button) rewrites
everything this workstation holds: it sends what it has not sent, then writes
a snapshot of its whole change log, every workstation's entries included,
covering all it has applied. Any other workstation then starts again from
that snapshot, so the team recovers from any one surviving workstation;
a workstation that holds changes nobody else has republishes too.
"""

from __future__ import annotations

import re
from pathlib import Path

from isu_desk.storage.database import Database
from isu_desk.sync import share as files
from isu_desk.sync.errors import SyncStopped
from isu_desk.sync.exchange import TeamAccess
from isu_desk.sync.snapshots import ARCHIVE, covers
from isu_desk.sync.state import all_workstations

_ANY_PACKET = re.compile(r"^p-(\d{10})\b.*\.isp$")

VANISHED = (
    "The sync folder {share} has lost the files of {names} (a folder was deleted, or the "
    "share was put back from an older copy). Nothing was changed. On the workstation that "
    "holds the most complete data, press “Republish” on the Sync page (or run "
    "“isu-desk sync --republish”), then sync the others; a workstation with changes of "
    "its own that stops with this message republishes too."
)


def highest_packet(share: Path, workstation_id: str) -> int:
    """The highest packet number of a workstation on the share, archived or renamed ones too."""
    found = 0
    for folder in (
        files.workstation_folder(share, workstation_id),
        share / ARCHIVE / workstation_id,
    ):
        if folder.is_dir():
            for path in folder.iterdir():
                match = _ANY_PACKET.match(path.name)
                if match:
                    found = max(found, int(match.group(1)))
    return found


def vanished(database: Database, share: Path, access: TeamAccess, skip: str = "") -> list[str]:
    """Names of known workstations whose applied files left the share (``skip`` aside)."""
    own = database.workstation_id
    with database.transaction() as session:
        rows = [
            (r.workstation_id, r.name, r.applied_seq)
            for r in all_workstations(session)
            if not r.retired
        ]
    lost: list[str] = []
    for workstation_id, name, applied in rows:
        if workstation_id == skip or not applied:
            continue
        gone = highest_packet(share, workstation_id) < applied
        if gone and not covers(share, access, workstation_id, applied):
            this = " (this workstation)" if workstation_id == own else ""
            lost.append(f"{name or workstation_id[:8]}{this}")
    return lost


def stop_if_vanished(database: Database, share: Path, access: TeamAccess, skip: str = "") -> None:
    """Raise :class:`SyncStopped` when known workstations' files vanished from the share."""
    lost = vanished(database, share, access, skip)
    if lost:
        raise SyncStopped(VANISHED.format(share=share, names=", ".join(sorted(lost))))
