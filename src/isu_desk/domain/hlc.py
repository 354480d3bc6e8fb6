"""Hybrid logical clock: orders changes across workstations whose clocks are wrong.

A stamp is (wall milliseconds, counter, workstation id). Stamps encode to
fixed-width strings whose lexicographic order is the clock order, so the
database can compare and index them as text. Ties on wall time and counter are
broken by workstation id, deterministically, on every workstation.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

# A remote stamp further ahead of our wall clock than this is suspicious.
MAX_DRIFT_MS = 5 * 60 * 1000
_COUNTER_LIMIT = 0xFFFF


@dataclass(frozen=True, order=True, slots=True)
class Hlc:
    """One stamp; dataclass ordering equals clock ordering."""

    wall_ms: int
    counter: int
    node: str

    def encode(self) -> str:
        """``0001732650000000-0000-<node>``: sorts like the clock."""
        return f"{self.wall_ms:016d}-{self.counter:04x}-{self.node}"

    @classmethod
    def decode(cls, text: str) -> Hlc:
        wall, counter, node = text.split("-", 2)
        if len(wall) != 16 or len(counter) != 4 or not node:
            raise ValueError(f"not a clock stamp: {text!r}")
        return cls(int(wall), int(counter, 16), node)


def stamp_time(stamp: str) -> str:
    """The wall time of an encoded stamp, in local time, for people ("" if unreadable)."""
    try:
        millis = int(stamp.split("-", 1)[0])
    except ValueError:
        return ""
    when = datetime.fromtimestamp(millis / 1000, UTC).astimezone()
    return when.strftime("%Y-%m-%d %H:%M")


def stamp_is_future(stamp: str, now_ms: int | None = None) -> bool:
    """Whether a stamp's wall time is further ahead of now than clocks drift (a wrong clock)."""
    try:
        millis = int(stamp.split("-", 1)[0])
    except ValueError:
        return False
    return millis - (wall_clock_ms() if now_ms is None else now_ms) > MAX_DRIFT_MS


def wall_clock_ms() -> int:
    return time.time_ns() // 1_000_000


class HybridClock:
    """Hands out strictly increasing stamps for one workstation.

    Invariant: every stamp returned by :meth:`tick` is greater than every stamp
    this clock has returned or observed before.
    """

    def __init__(self, node: str, physical: Callable[[], int] = wall_clock_ms) -> None:
        self.node = node
        self._physical = physical
        self._last = Hlc(0, 0, node)

    @property
    def last(self) -> Hlc:
        return self._last

    def tick(self) -> Hlc:
        """A new stamp for a local change."""
        now = self._physical()
        if now > self._last.wall_ms:
            self._last = Hlc(now, 0, self.node)
        else:
            self._advance_counter(self._last.wall_ms, self._last.counter)
        return self._last

    def ticks(self, count: int) -> list[str]:
        """``count`` new stamps, encoded, in order: ``count`` ticks on one wall-clock reading.

        For a bulk insert's change log (100,000 rows): the same stamps as
        calling :meth:`tick` that often within one millisecond, without an
        object per stamp.
        """
        if count <= 0:
            return []
        now = self._physical()
        wall, counter = self._last.wall_ms, self._last.counter
        if now > wall:
            wall, counter = now, -1  # the first stamp is (now, 0), as tick() gives
        node, stamps = self.node, []
        for _ in range(count):
            if counter >= _COUNTER_LIMIT:
                wall, counter = wall + 1, 0
            else:
                counter += 1
            stamps.append(f"{wall:016d}-{counter:04x}-{node}")
        self._last = Hlc(wall, counter, node)
        return stamps

    def observe(self, remote: Hlc) -> None:
        """Take a remote stamp into account so later local stamps come after it."""
        if remote.wall_ms > self._last.wall_ms or (
            remote.wall_ms == self._last.wall_ms and remote.counter > self._last.counter
        ):
            self._last = Hlc(remote.wall_ms, remote.counter, self.node)

    def now(self) -> int:
        """This computer's wall clock, in milliseconds (as the clock reads it)."""
        return self._physical()

    def observe_bounded(self, remote: Hlc) -> None:
        """Like :meth:`observe`, but never further than :data:`MAX_DRIFT_MS` past our wall clock.

        A workstation whose clock is years ahead must not pull every other
        clock years ahead for good; its entries still apply in stamp order.
        """
        limit = self._physical() + MAX_DRIFT_MS
        self.observe(remote if remote.wall_ms <= limit else Hlc(limit, 0, remote.node))

    def after(self, floor: Hlc) -> Hlc:
        """A new stamp later than ``floor`` (a record's latest) and than all before it."""
        self.observe(floor)
        return self.tick()

    def is_far_ahead(self, remote: Hlc) -> bool:
        """True when ``remote`` is more than :data:`MAX_DRIFT_MS` ahead of our wall clock."""
        return remote.wall_ms - self._physical() > MAX_DRIFT_MS

    def _advance_counter(self, wall: int, counter: int) -> None:
        if counter >= _COUNTER_LIMIT:
            self._last = Hlc(wall + 1, 0, self.node)
        else:
            self._last = Hlc(wall, counter + 1, self.node)
