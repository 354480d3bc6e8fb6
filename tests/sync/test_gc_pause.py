"""The sync's pause of the cycle collector nests and restores what it found."""

from __future__ import annotations

import gc

from isu_desk.sync.collector import cycle_collector_paused


def test_overlapping_pauses_re_enable_only_when_the_last_ends() -> None:
    assert gc.isenabled()
    with cycle_collector_paused():
        with cycle_collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer sync is still running
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off() -> None:
    gc.disable()
    try:
        with cycle_collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
