"""Wrong clocks: bounding their effect and naming the workstation whose clock is wrong.

A stamp from a clock years ahead is applied in order like any other, but the
local clock follows it only up to :data:`~isu_desk.domain.hlc.MAX_DRIFT_MS`
past its own wall time (see :meth:`HybridClock.observe_bounded`), so one
wrong laptop does not drag the team's clocks years ahead for good.

Who is wrong is judged by the time a packet says it was written (its
writer's wall clock at that moment), never by its stamps, which an innocent
workstation may have inherited: a packet written "in the future" has a clock
ahead; a packet written before stamps its writer had already seen has a
clock behind. When every other workstation looks ahead by about the same,
it is this computer's clock that is behind. Each verdict is reported once,
when it changes, and stays on the workstation's row of the Sync page.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from isu_desk.domain.hlc import MAX_DRIFT_MS, Hlc
from isu_desk.storage.database import Database
from isu_desk.sync.packets import KIND_SNAPSHOT, Header
from isu_desk.sync.reader import Ready

_AGREE_MS = 60 * 60 * 1000  # offsets this close are "about the same"


@dataclass(frozen=True, slots=True)
class Verdict:
    workstation_id: str
    name: str
    offset_ms: int  # positive: ahead; negative: behind


def span(millis: int) -> str:
    """``3.0 hours``, ``12 days``, ``3.0 years``: how far a clock is off, for people."""
    hours = abs(millis) / 3_600_000
    if hours < 48:
        return f"{hours:.1f} hours"
    if hours < 24 * 730:
        return f"{hours / 24:.0f} days"
    return f"{hours / 24 / 365.25:.1f} years"


def _written_ms(header: Header) -> int | None:
    try:
        return int(datetime.fromisoformat(header.written_at).astimezone(UTC).timestamp() * 1000)
    except (TypeError, ValueError):
        return None


def _seen_ms(packet: Ready) -> int:
    """The latest wall time among the stamps its writer had applied from others."""
    seen = [h for e in packet.entries if e.vv for h in e.vv.values()]
    try:
        return max((Hlc.decode(h).wall_ms for h in seen), default=0)
    except ValueError:
        return 0


def _verdict(packet: Ready, now: int) -> Verdict | None:
    header = packet.header
    written = _written_ms(header)
    if written is None:
        return None
    name = header.workstation_name or header.workstation_id[:8]
    if written - now > MAX_DRIFT_MS:
        return Verdict(header.workstation_id, name, written - now)
    seen = _seen_ms(packet)
    if seen and seen - written > MAX_DRIFT_MS and seen <= now + MAX_DRIFT_MS:
        return Verdict(header.workstation_id, name, written - seen)
    return None


def judge(database: Database, ready: list[Ready]) -> dict[str, str]:
    """Follow the stamps applied (bounded); the clock warning per workstation id ("" when fine)."""
    clock = database.capture.clock
    now = clock.now()
    verdicts: dict[str, Verdict | None] = {}
    for packet in ready:
        stamp = packet.header.hlc_to or max((e.hlc for e in packet.entries), default="")
        if stamp:
            with database.capture.lock:
                clock.observe_bounded(Hlc.decode(stamp))
        if packet.header.kind != KIND_SNAPSHOT:
            verdicts[packet.header.workstation_id] = _verdict(packet, now)
    found = [v for v in verdicts.values() if v is not None]
    warnings = {ws: "" for ws in verdicts}
    offsets = [v.offset_ms for v in found]
    if (
        len(found) >= 2
        and len(found) == len(verdicts)
        and min(offsets) > 0
        and max(offsets) - min(offsets) < _AGREE_MS
    ):
        warnings[database.workstation_id] = (
            f"This computer's clock seems about {span(min(offsets))} behind the others'; "
            "check its date and time."
        )
        return warnings
    for v in found:
        way = "ahead" if v.offset_ms > 0 else "behind"
        warnings[v.workstation_id] = (
            f"{v.name}'s clock is about {span(v.offset_ms)} {way}; check its date and time."
        )
    return warnings
