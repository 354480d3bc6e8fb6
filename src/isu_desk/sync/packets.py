"""Packet files: a plain header and an encrypted, compressed body of change entries.

Layout: ``MAGIC``, the header length (4 bytes, big-endian), the header (JSON),
then nonce + AES-GCM ciphertext of the zlib-compressed body. The whole prefix
up to the header's end is the associated data. The body is JSON lines, one
change entry each (``e`` entity, ``r`` record id, ``o`` op, ``f`` fields, ``h``
stamp, and ``v``, the writer's version vector, on the first entry and whenever
it changed).
"""

from __future__ import annotations

import json
import struct
import zlib
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from isu_desk.sync.crypto import seal, unseal
from isu_desk.sync.errors import PacketRejected, PacketWaits
from isu_desk.sync.merge import Incoming, Stamp

MAGIC = b"ISUDESK-SYNC\x00\x01"
FORMAT_VERSION = 1
KIND_CHANGES = "changes"
KIND_SNAPSHOT = "snapshot"
_LENGTH = struct.Struct(">I")
_MAX_HEADER = 1 << 20
NEWER_FORMAT = "written by a newer version of ISU Desk; it waits for an update"


@dataclass(frozen=True, slots=True)
class Header:
    """What a reader checks before it decrypts: who wrote the packet, when, under which key."""

    team_id: str
    workstation_id: str
    seq: int
    key_id: str
    schema: list[str]
    hlc_from: str = ""
    hlc_to: str = ""
    count: int = 0
    log_upto: int = 0
    acks: dict[str, int] = field(default_factory=dict)
    workstation_name: str = ""
    written_at: str = ""
    retired: list[str] = field(default_factory=list)
    kind: str = KIND_CHANGES
    format: int = FORMAT_VERSION

    def to_bytes(self) -> bytes:
        return json.dumps(asdict(self), sort_keys=True, separators=(",", ":")).encode()

    @classmethod
    def from_bytes(cls, data: bytes) -> Header:
        """The header; keys a newer version added are ignored.

        Raises:
            PacketRejected: not a header.
            PacketWaits: a newer format whose header this version cannot even read.
        """
        try:
            values = json.loads(data)
        except ValueError as exc:
            raise PacketRejected("the file's header is damaged") from exc
        if not isinstance(values, dict) or not _is_int(values.get("format", FORMAT_VERSION)):
            raise PacketRejected("the file's header is damaged")
        known = {name: values[name] for name in _HEADER_FIELDS if name in values}
        try:
            return cls(**known)
        except TypeError as exc:
            if known.get("format", FORMAT_VERSION) > FORMAT_VERSION:
                raise PacketWaits(NEWER_FORMAT) from exc
            raise PacketRejected("the file's header is damaged") from exc


_HEADER_FIELDS = tuple(item.name for item in fields(Header))


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


@dataclass(frozen=True, slots=True)
class Entry:
    """One change entry as it travels (the workstation is the packet's writer)."""

    entity: str
    record_id: str
    op: str
    fields: dict[str, Any]
    hlc: str
    vv: dict[str, str] | None = None

    def to_line(self) -> str:
        data: dict[str, Any] = {
            "e": self.entity, "r": self.record_id, "o": self.op, "f": self.fields, "h": self.hlc,
        }  # fmt: skip
        if self.vv is not None:
            data["v"] = self.vv
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


_OPS = ("upsert", "delete")


def _rows(text: str) -> list[Any]:
    """The JSON lines parsed in one call (as a JSON array)."""
    return json.loads("[" + text.replace("\n", ",") + "]") if text else []


def _well_formed(entries: list[Entry] | list[Incoming]) -> None:
    if any(e.op not in _OPS or not isinstance(e.fields, dict) for e in entries):
        raise ValueError("not a change entry")


def encode(key: bytes, header: Header, entries: list[Entry]) -> bytes:
    """The bytes of one packet file."""
    head = header.to_bytes()
    prefix = MAGIC + _LENGTH.pack(len(head)) + head
    body = "\n".join(entry.to_line() for entry in entries).encode("utf-8")
    return prefix + seal(key, prefix, zlib.compress(body, 6))


def read_header(data: bytes) -> tuple[Header, int]:
    """The header and where the sealed body starts; rejects what is not a packet."""
    if not data.startswith(MAGIC):
        raise PacketRejected(
            "the file is truncated" if MAGIC.startswith(data) else "not an ISU Desk sync file"
        )
    start = len(MAGIC) + _LENGTH.size
    if len(data) < start:
        raise PacketRejected("the file is truncated")
    (length,) = _LENGTH.unpack_from(data, len(MAGIC))
    if length > _MAX_HEADER:
        raise PacketRejected("the file's header is damaged")
    if len(data) < start + length:
        raise PacketRejected("the file is truncated")
    return Header.from_bytes(data[start : start + length]), start + length


def read_head(path: Path) -> tuple[Header, int]:
    """The header of the file at ``path``, reading only its first bytes.

    A file that is not ours (a film, an archive, a half-written copy) is
    refused from its first bytes, whatever its size, and never read whole.
    Raises PacketRejected, PacketWaits or OSError.
    """
    with path.open("rb") as handle:
        start = handle.read(len(MAGIC) + _LENGTH.size)
        if not start.startswith(MAGIC) or len(start) < len(MAGIC) + _LENGTH.size:
            read_header(start)  # raises with the right reason
        (length,) = _LENGTH.unpack_from(start, len(MAGIC))
        if length > _MAX_HEADER:
            raise PacketRejected("the file's header is damaged")
        return read_header(start + handle.read(length))


@dataclass(frozen=True, slots=True)
class Expectation:
    """What a reader requires of a packet before it trusts its body."""

    team_id: str
    key_id: str
    known_schema: frozenset[str]


def _opened(key: bytes, data: bytes, expect: Expectation) -> tuple[Header, str]:
    """The verified header and the body's text."""
    header, body_start = read_header(data)
    if header.format > FORMAT_VERSION:  # first: a newer format may seal or name things otherwise
        raise PacketWaits(NEWER_FORMAT)
    if header.team_id != expect.team_id:
        raise PacketRejected("the file belongs to another team")
    if header.key_id != expect.key_id:
        raise PacketRejected("the file was encrypted with another team key")
    plain = unseal(key, data[:body_start], data[body_start:])
    if set(header.schema) - expect.known_schema:
        raise PacketWaits(NEWER_FORMAT)
    try:
        return header, zlib.decompress(plain).decode("utf-8")
    except (zlib.error, UnicodeDecodeError) as exc:
        raise PacketRejected("the file's content is damaged") from exc


def _counted(header: Header, entries: list[Any]) -> None:
    if len(entries) != header.count:
        raise PacketRejected("the file's content does not match its header")


def decode(key: bytes, data: bytes, expect: Expectation) -> tuple[Header, list[Entry]]:
    """Verify and open a packet.

    Raises:
        PacketRejected: truncated, corrupt, foreign (another team) or tampered.
        PacketWaits: written in a newer format or schema than this version knows.
    """
    header, text = _opened(key, data, expect)
    try:
        entries = [Entry(d["e"], d["r"], d["o"], d["f"], d["h"], d.get("v")) for d in _rows(text)]
        _well_formed(entries)
    except (ValueError, KeyError, TypeError) as exc:
        raise PacketRejected("the file's content is damaged") from exc
    _counted(header, entries)
    return header, entries


def decode_changes(key: bytes, data: bytes, expect: Expectation) -> tuple[Header, list[Incoming]]:
    """:func:`decode`, each entry made ready to merge, stamped by the packet's writer.

    One object per entry (a sync applies hundreds of thousands): the entries
    go from the packet's JSON straight to what the merge reads.
    """
    header, text = _opened(key, data, expect)
    writer = header.workstation_id
    try:
        entries = [
            Incoming(d["e"], d["r"], d["o"], d["f"], Stamp(d["h"], writer), d.get("v"))
            for d in _rows(text)
        ]
        _well_formed(entries)
    except (ValueError, KeyError, TypeError) as exc:
        raise PacketRejected("the file's content is damaged") from exc
    _counted(header, entries)
    return header, entries
