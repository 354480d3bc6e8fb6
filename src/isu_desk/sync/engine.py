"""Running one sync end to end, after checking that the share is safe to use.

A share that is missing, empty where a team folder used to be, of another
team, read-only, or that no longer holds this workstation's latest packet
stops the sync with a plain message before anything local changes.
"""

from __future__ import annotations

from pathlib import Path

from isu_desk.storage.database import Database
from isu_desk.sync import identity
from isu_desk.sync import share as files
from isu_desk.sync.errors import PacketRejected, PacketWaits, SyncStopped
from isu_desk.sync.exchange import SyncReport, TeamAccess, import_packets
from isu_desk.sync.outbox import export_packets, next_packet_is_foreign
from isu_desk.sync.packets import read_head
from isu_desk.sync.republish import stop_if_vanished
from isu_desk.sync.snapshots import archive_own, covers, write_snapshot_if_due
from isu_desk.sync.state import workstation_row


def _renamed_copy(folder: Path, own: str, seq: int) -> bool:
    """Whether a cloud drive kept our packet ``seq`` under another name in our folder."""
    _, others = files.list_packets(folder)
    for path in others:
        if path.suffix == files.PACKET_SUFFIX:
            try:
                header, _ = read_head(path)
            except (PacketRejected, PacketWaits, OSError):
                continue
            if header.workstation_id == own and header.seq == seq:
                return True
    return False


def _check_own_latest(database: Database, share: Path, access: TeamAccess) -> None:
    own = database.workstation_id
    with database.transaction() as session:
        written = workstation_row(session, own).applied_seq
    if not written:
        return
    latest = files.workstation_folder(share, own) / files.packet_name(written)
    if latest.exists() or _renamed_copy(latest.parent, own, written):
        return
    if covers(share, access, own, written):  # republished: a snapshot holds it
        return
    raise SyncStopped(
        f"The sync folder {share} does not hold this workstation's latest file "
        f"({files.packet_name(written)}): it may be another or an older copy of the team "
        "folder, or it lost files. Nothing was changed. If this is the right folder, press "
        "“Republish” on the Sync page (or run “isu-desk sync --republish”)."
    )


def check_share(
    database: Database, share: Path, access: TeamAccess, republish: bool = False
) -> None:
    """Raise :class:`SyncStopped` unless the share is this team's, complete and writable.

    ``republish`` skips the checks for lost files: republishing is the cure.
    """
    if not share.is_dir():
        raise SyncStopped(
            f"The sync folder {share} cannot be reached (is the drive or share connected?). "
            "Nothing was changed."
        )
    if not republish:
        stop_if_vanished(database, share, access, skip=database.workstation_id)
        _check_own_latest(database, share, access)
    try:
        files.check_writable(share)
    except OSError as exc:
        raise SyncStopped(
            f"The sync folder {share} cannot be written ({exc.strerror or exc}): it may be "
            "read-only or full. Nothing was changed."
        ) from exc


def _republish(database: Database, share: Path, access: TeamAccess, report: SyncReport) -> None:
    with database.transaction() as session:
        workstation_row(session, database.workstation_id).needs_ack = True
    export_packets(database, share, access, report)
    report.snapshot_written = write_snapshot_if_due(database, share, access, force=True)
    report.notices.append(
        "Everything this workstation holds was written to the sync folder again; the other "
        "workstations recover from it at their next sync."
    )


def settle_identity(database: Database, share: Path, access: TeamAccess) -> str | None:
    """Continue under a fresh id when this database is a copy or older than its packets.

    Returns the sentence that tells the user, or ``None`` when nothing happened.
    """
    reason = identity.local_reason(database)
    if reason is None and (
        identity.own_packets_beyond(database, share, access)
        or identity.snapshot_beyond(database, share, access)
    ):
        reason = identity.BEHIND
    if reason is None:
        with database.transaction() as session:
            if next_packet_is_foreign(session, share, access, database.workstation_id):
                reason = identity.BEHIND
    if reason is None:
        return None
    identity.switch_identity(database, retire_old=reason != identity.COPIED)
    return identity.NOTICES[reason]


def run_sync(
    database: Database, share: Path, access: TeamAccess, republish: bool = False
) -> SyncReport:
    """Check the share, apply what others wrote, then write what we have not sent.

    ``republish`` first rewrites everything this workstation holds (see
    :mod:`isu_desk.sync.republish`).
    """
    if not share.is_dir():
        check_share(database, share, access)
    report = SyncReport()
    notice = settle_identity(database, share, access)
    if notice:
        report.notices.append(notice)
    check_share(database, share, access, republish)
    if republish:
        _republish(database, share, access, report)
    try:
        import_packets(database, share, access, report)
    except SyncStopped:
        export_packets(database, share, access, report)  # sending always proceeds
        raise
    export_packets(database, share, access, report)
    try:
        # A new identity writes down all it holds: the old one's last files may be gone.
        written = write_snapshot_if_due(database, share, access, force=notice is not None)
        report.snapshot_written = written or report.snapshot_written
        report.archived = archive_own(database, share, access)
    except OSError as exc:  # housekeeping only: the exchange itself is complete
        report.clock_warnings.append(f"Could not write a snapshot or archive old files: {exc}")
    return report
