"""Finding and verifying the packets ready to apply, whatever a cloud drive did to them.

Per workstation, packets are read in sequence order from where we stopped;
a gap waits (and says so), a bad file is rejected and stops only that
workstation's stream. Every file is judged by its header first, read with a
bounded read: junk of any size is refused without being read whole, once.

A cloud drive may rename a packet (``p-0000000003 (conflicted copy).isp``,
``p-0000000003 (1).isp``) or a person may drop one into another folder: any
``.isp`` file whose authenticated header says "workstation W, packet N" is
used as that packet, after it verifies; copies of a packet already read are
skipped.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache, lru_cache
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING

from isu_desk.storage.models import Base
from isu_desk.sync import share as files
from isu_desk.sync.errors import PacketRejected, PacketWaits
from isu_desk.sync.merge import Incoming
from isu_desk.sync.packets import (
    KIND_CHANGES,
    Entry,
    Expectation,
    Header,
    decode_changes,
    read_head,
)
from isu_desk.sync.state import known_revisions

if TYPE_CHECKING:
    from isu_desk.sync.exchange import SyncReport, TeamAccess


@dataclass
class Ready:
    """A verified packet (or snapshot) waiting to be applied."""

    path: str
    header: Header
    entries: list[Incoming]
    knowledge: list[tuple[str, str, dict[str, str]]] = field(default_factory=list)


def relative(share: Path, path: Path) -> str:
    return path.relative_to(share).as_posix()


_STAMP = re.compile(r"[0-9]{16}-[0-9a-fA-F]{4}-(.+)", re.ASCII | re.DOTALL)
_SCALARS = frozenset({type(None), str, int, float, bool})
_HLC = attrgetter("stamp.hlc")


@cache
def _replicated() -> frozenset[str]:
    return frozenset(
        name for name, table in Base.metadata.tables.items() if table.info.get("replicated")
    )


def valid_acks(acks: object) -> bool:
    """Whether a header's ``acks`` is a mapping of workstation ids to packet numbers."""
    return isinstance(acks, dict) and all(
        isinstance(ws, str) and type(seq) is int and seq >= 0 for ws, seq in acks.items()
    )


def _check_header(header: Header, entries: list[Incoming]) -> None:
    """The header's fields have the types the reader relies on and match the entries."""
    texts = (header.workstation_name, header.written_at, header.hlc_from, header.hlc_to)
    if not (
        valid_acks(header.acks)
        and isinstance(header.retired, list)
        and all(isinstance(ws, str) for ws in header.retired)
        and all(isinstance(text, str) for text in texts)
        and header.count == len(entries)
        and header.hlc_to == max(map(_HLC, entries), default="")
    ):
        raise PacketRejected("the file's header does not match its content")


def check_entries(entries: list[Entry] | list[Incoming], writer: str | None) -> None:
    """Every entry is a change to a replicated table, with plain values and a valid stamp.

    ``writer`` is the workstation every stamp must name (``None`` in a
    snapshot, which holds everyone's entries). Raises PacketRejected.
    """
    tables, scalars = _replicated(), _SCALARS
    stamped = _STAMP.fullmatch if writer is None else _writers_stamp(writer).fullmatch
    for entry in entries:
        hlc = entry.hlc
        if not isinstance(hlc, str) or stamped(hlc) is None:
            raise PacketRejected("the file holds changes not stamped by its workstation")
        if (
            not isinstance(entry.entity, str)  # before the lookup: a list is not hashable
            or entry.entity not in tables
            or entry.op not in ("upsert", "delete")
            or not isinstance(entry.fields, dict)
            or not isinstance(entry.record_id, str)
            or not scalars.issuperset(map(type, entry.fields.values()))
            or not (entry.vv is None or plain_vv(entry.vv))
        ):
            raise PacketRejected("the file holds a change this version cannot read")


@lru_cache(maxsize=64)
def _writers_stamp(writer: str) -> re.Pattern[str]:
    """A stamp of ``writer`` (compiled once per workstation: one match per entry, no group)."""
    if not writer:
        return re.compile(r"(?!)")  # nobody's: a stamp names a workstation
    return re.compile(r"[0-9]{16}-[0-9a-fA-F]{4}-" + re.escape(writer), re.ASCII)


def plain_vv(vv: object) -> bool:
    """Whether a version vector maps workstation ids to stamps (text to text)."""
    return isinstance(vv, dict) and all(
        isinstance(ws, str) and isinstance(hlc, str) for ws, hlc in vv.items()
    )


def _check_entries(header: Header, entries: list[Incoming]) -> None:
    """A packet's entries and header are consistent and well formed."""
    check_entries(entries, header.workstation_id)
    _check_header(header, entries)


class Reader:
    """Finds, verifies and collects the packets ready to apply."""

    def __init__(self, share: Path, access: TeamAccess, report: SyncReport) -> None:
        self.share = share
        self.key = access.key
        self.team_id = access.team_id
        self.expect = Expectation(access.team_id, access.key_id, known_revisions())
        self.report = report
        self.rejected: list[tuple[str, str, str]] = []
        self._judged: set[str] = set()
        self._copies: dict[tuple[str, int], list[Path]] | None = None
        self._names: dict[str, str] = {}
        self.positions: dict[str, int] = {}  # packets already applied, by workstation

    def _reject(self, name: str, workstation_id: str, reason: str) -> None:
        if name not in self._judged:  # listed once, however often it is met
            self._judged.add(name)
            self.rejected.append((name, workstation_id, reason))

    def open(self, path: Path, workstation_id: str, seq: int) -> Ready | None:
        name = relative(self.share, path)
        try:
            head, _ = read_head(path)  # junk is refused here, before reading it whole
            if head.workstation_id != workstation_id or head.seq != seq:
                raise PacketRejected("the file's name or folder does not match its content")
            header, entries = decode_changes(self.key, path.read_bytes(), self.expect)
            if header.workstation_id != workstation_id or header.seq != seq:
                raise PacketRejected("the file's name or folder does not match its content")
            _check_entries(header, entries)
        except PacketRejected as exc:
            self._reject(name, workstation_id, str(exc))
            return None
        except PacketWaits as exc:
            self.report.waiting.append((name, str(exc)))
            return None
        except OSError as exc:
            self._reject(name, workstation_id, f"the file cannot be read ({exc.strerror})")
            return None
        self._names[workstation_id] = header.workstation_name or self._names.get(workstation_id, "")
        return Ready(name, header, entries)

    def copies(self) -> dict[tuple[str, int], list[Path]]:
        """Every ``.isp`` file not under its own name, by what its header claims (read once)."""
        if self._copies is not None:
            return self._copies
        self._copies = defaultdict(list)
        for folder_ws in files.list_workstations(self.share):
            folder = files.workstation_folder(self.share, folder_ws)
            packets, others = files.list_packets(folder)
            for path in [*others, *packets.values()]:
                self._index(path, folder_ws, packets)
        return self._copies

    def _index(self, path: Path, folder_ws: str, packets: dict[int, Path]) -> None:
        assert self._copies is not None
        if path.suffix != files.PACKET_SUFFIX or path.name.startswith("s-"):
            return  # not a name we write: ignored without reading it
        seq = files.packet_seq(path.name)
        canonical = seq is not None and packets.get(seq) == path
        if canonical and seq is not None and seq <= self.positions.get(folder_ws, 0):
            return  # applied already: its header was checked then
        try:
            header, _ = read_head(path)
        except PacketWaits:
            return
        except (PacketRejected, OSError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) else str(exc)
            self._reject(relative(self.share, path), folder_ws, str(reason))
            return
        if header.team_id != self.team_id or header.kind != KIND_CHANGES:
            return
        if canonical and header.workstation_id == folder_ws:
            return
        self._copies[(header.workstation_id, header.seq)].append(path)

    def ready(self, workstation_id: str, after: int) -> list[Ready]:
        packets, _ = files.list_packets(files.workstation_folder(self.share, workstation_id))
        found: list[Ready] = []
        seq = after + 1
        while True:
            packet = self._packet(packets.get(seq), workstation_id, seq)
            if packet is None:
                self._note_gap(workstation_id, seq, packets)
                return found
            found.append(packet)
            seq += 1

    def _packet(self, path: Path | None, workstation_id: str, seq: int) -> Ready | None:
        if path is not None:
            packet = self.open(path, workstation_id, seq)
            if packet is not None:
                return packet
        for copy in self.copies().get((workstation_id, seq), []):
            packet = self.open(copy, workstation_id, seq)
            if packet is not None:
                self._judged.add(relative(self.share, copy))
                return packet
        return None

    def _name_from(self, packets: dict[int, Path], seq: int) -> str:
        try:
            return read_head(packets[seq])[0].workstation_name if seq in packets else ""
        except (PacketRejected, PacketWaits, OSError):
            return ""

    def _note_gap(self, workstation_id: str, seq: int, packets: dict[int, Path]) -> None:
        """A later packet is here but this one is not: say what we wait for."""
        copies, judged = self.copies(), self._judged
        later = [s for s, p in packets.items() if s > seq and relative(self.share, p) not in judged]
        later += [s for (ws, s) in copies if ws == workstation_id and s > seq]
        if not later:
            return
        who = self._names.get(workstation_id) or self._name_from(packets, min(later))
        who = who or workstation_id[:8]
        name = relative(self.share, files.workstation_folder(self.share, workstation_id))
        self.report.waiting.append(
            (
                f"{name}/{files.packet_name(seq)}",
                f"waiting for file {seq} of {who}: later files are here but not this one yet "
                "(still being copied, or lost by the share)",
            )
        )
