"""The shared folder: its layout, safe writing of new files, and listing packets.

``<share>/isu-desk-team.json`` is the team file; ``<share>/workstations/<id>/``
holds one workstation's packets ``p-0000000001.isp`` (it alone writes there)
and ``<share>/snapshots/`` the snapshots. Files are written once under a
temporary name, flushed and fsynced, then linked to a name that does not
exist yet: nothing on the share is ever modified or overwritten.
"""

from __future__ import annotations

import contextlib
import os
import re
import uuid
from pathlib import Path

from isu_desk.domain.ids import is_uuid

TEAM_FILE = "isu-desk-team.json"
WORKSTATIONS = "workstations"
PACKET_SUFFIX = ".isp"
_PACKET_NAME = re.compile(r"^p-(\d{10})\.isp$")


def team_file(share: Path) -> Path:
    return share / TEAM_FILE


def workstation_folder(share: Path, workstation_id: str) -> Path:
    return share / WORKSTATIONS / workstation_id


def packet_name(seq: int) -> str:
    return f"p-{seq:010d}{PACKET_SUFFIX}"


def packet_seq(name: str) -> int | None:
    """The sequence number in a name the application wrote; ``None`` for any other name."""
    match = _PACKET_NAME.match(name)
    return int(match.group(1)) if match else None


def write_new_file(folder: Path, name: str, data: bytes) -> Path:
    """Write ``data`` as ``folder/name``, which must not exist yet.

    Raises:
        FileExistsError: the name is taken (the file is left as it was).
        OSError: the share is read-only, full or gone (no partial file remains).
    """
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    temporary = folder / f".{name}.{uuid.uuid4().hex}.tmp"
    try:
        with temporary.open("xb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        _link_without_overwrite(temporary, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
    _fsync_folder(folder)
    return target


def _link_without_overwrite(source: Path, target: Path) -> None:
    try:
        os.link(source, target)  # atomic, and fails if the name exists
    except FileExistsError:
        raise
    except OSError:
        # Shares without hard links: rename, which Windows refuses over an existing name.
        if target.exists():
            raise FileExistsError(target) from None
        os.rename(source, target)


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def list_workstations(share: Path) -> list[str]:
    root = share / WORKSTATIONS
    if not root.is_dir():
        return []
    # Only folders named like a workstation id: never "New folder" or a sync tool's own.
    return sorted(
        entry.name for entry in os.scandir(root) if entry.is_dir() and is_uuid(entry.name)
    )


def list_packets(folder: Path) -> tuple[dict[int, Path], list[Path]]:
    """Packets by sequence number, and the other names (copies, temporaries)."""
    packets: dict[int, Path] = {}
    others: list[Path] = []
    if not folder.is_dir():
        return packets, others
    for entry in os.scandir(folder):
        seq = packet_seq(entry.name)
        if seq is not None:
            packets[seq] = Path(entry.path)
        elif entry.is_file() and not entry.name.startswith("."):
            others.append(Path(entry.path))
    return packets, others


def check_writable(share: Path) -> None:
    """Raise OSError when a file cannot be created (and removed) in the share."""
    probe = share / f".isu-desk-probe-{uuid.uuid4().hex}.tmp"
    try:
        with probe.open("xb") as handle:
            handle.write(b"probe")
            handle.flush()
            os.fsync(handle.fileno())
    finally:
        probe.unlink(missing_ok=True)  # also when the write failed (a full disk, a quota)
