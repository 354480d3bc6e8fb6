"""The hybrid logical clock orders changes even when wall clocks are wrong."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from isu_desk.domain.hlc import MAX_DRIFT_MS, Hlc, HybridClock


def test_stamps_increase_when_the_wall_clock_stands_still_or_goes_back() -> None:
    times = iter([1000, 1000, 999, 500, 1001])
    clock = HybridClock("ws-a", physical=lambda: next(times))
    stamps = [clock.tick() for _ in range(5)]
    assert stamps == sorted(stamps)
    assert len(set(stamps)) == 5


def test_a_remote_stamp_moves_the_clock_forward() -> None:
    clock = HybridClock("ws-a", physical=lambda: 1000)
    clock.observe(Hlc(5000, 3, "ws-b"))
    assert clock.tick() > Hlc(5000, 3, "ws-b")


def test_far_future_stamps_are_flagged() -> None:
    clock = HybridClock("ws-a", physical=lambda: 1000)
    assert clock.is_far_ahead(Hlc(1000 + MAX_DRIFT_MS + 1, 0, "ws-b"))
    assert not clock.is_far_ahead(Hlc(1000 + 60_000, 0, "ws-b"))


@given(
    st.integers(0, 10**15),
    st.integers(0, 0xFFFF),
    st.uuids(),
    st.integers(0, 10**15),
    st.integers(0, 0xFFFF),
    st.uuids(),
)
def test_encoded_stamps_sort_like_the_clock(
    w1: int, c1: int, n1: object, w2: int, c2: int, n2: object
) -> None:
    a, b = Hlc(w1, c1, str(n1)), Hlc(w2, c2, str(n2))
    assert (a < b) == (a.encode() < b.encode())
    assert Hlc.decode(a.encode()) == a


def test_a_stamp_reads_as_a_date_and_time_for_people() -> None:
    from isu_desk.domain.hlc import stamp_time

    shown = stamp_time(Hlc(1_795_733_481_925, 0, "ws-a").encode())
    assert shown.startswith("2026-11-")
    assert len(shown) == len("2026-11-26 22:00")
    assert stamp_time("garbage") == ""


@pytest.mark.parametrize(
    ("wall", "start"), [(5_000, (1_000, 3)), (1_000, (1_000, 7)), (900, (1_000, 0xFFF0))]
)
def test_stamps_made_at_once_are_the_ones_made_one_by_one(
    wall: int, start: tuple[int, int]
) -> None:
    """A bulk insert's stamps: a later wall clock, one standing still, a counter running out."""
    one_by_one, at_once = HybridClock("a", lambda: wall), HybridClock("a", lambda: wall)
    for clock in (one_by_one, at_once):
        clock.observe(Hlc(*start, "b"))
    expected = [one_by_one.tick().encode() for _ in range(40)]
    assert at_once.ticks(40) == expected
    assert at_once.ticks(0) == []
    assert at_once.tick() == one_by_one.tick()  # and the clock goes on from the same point
