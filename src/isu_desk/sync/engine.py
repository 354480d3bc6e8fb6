"""Running one sync end to end, after checking that the share is safe to use.

A share that is missing, empty where a team folder used to be, of another
team, read-only, or that no longer holds this workstation's latest packet
stops the sync with a plain message before anything local changes.
"""

from __future__ import annotations

from pathlib import Path

from isu_desk.storage.database import Database
from isu_desk.sync import share as files
from isu_desk.sync.errors import SyncStopped
from isu_desk.sync.exchange import SyncReport, TeamAccess, import_packets
from isu_desk.sync.outbox import export_packets
from isu_desk.sync.snapshots import archive_own, write_snapshot_if_due
from isu_desk.sync.state import workstation_row


def check_share(database: Database, share: Path, access: TeamAccess) -> None:
    """Raise :class:`SyncStopped` unless the share is this team's, complete and writable."""
    if not share.is_dir():
        raise SyncStopped(
            f"The sync folder {share} cannot be reached (is the drive or share connected?). "
            "Nothing was changed."
        )
    with database.transaction() as session:
        written = workstation_row(session, database.workstation_id).applied_seq
    if written:
        latest = files.workstation_folder(share, database.workstation_id) / files.packet_name(
            written
        )
        if not latest.exists():
            raise SyncStopped(
                f"The sync folder {share} does not hold this workstation's latest file "
                f"({files.packet_name(written)}): it may be another or an older copy of the "
                "team folder. Nothing was changed."
            )
    packets, _ = files.list_packets(files.workstation_folder(share, database.workstation_id))
    if any(seq > written + 1 for seq in packets):
        raise SyncStopped(
            f"The sync folder {share} holds newer files from this workstation than its "
            "database knows (was the database restored from a backup?). Nothing was changed; "
            "join the team again from a fresh data folder."
        )
    try:
        files.check_writable(share)
    except OSError as exc:
        raise SyncStopped(
            f"The sync folder {share} cannot be written ({exc.strerror or exc}): it may be "
            "read-only or full. Nothing was changed."
        ) from exc


def run_sync(database: Database, share: Path, access: TeamAccess) -> SyncReport:
    """Check the share, apply what others wrote, then write what we have not sent."""
    check_share(database, share, access)
    report = SyncReport()
    import_packets(database, share, access, report)
    export_packets(database, share, access, report)
    try:
        report.snapshot_written = write_snapshot_if_due(database, share, access)
        report.archived = archive_own(database, share, access)
    except OSError as exc:  # housekeeping only: the exchange itself is complete
        report.clock_warnings.append(f"Could not write a snapshot or archive old files: {exc}")
    return report
