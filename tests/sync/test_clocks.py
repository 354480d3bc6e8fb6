"""A clock years off is bounded, named once, and does not drag the team's clocks along."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from tests.sync.conftest import Desk, Team

from isu_desk.capabilities.directory.domain import Organisation
from isu_desk.domain.hlc import MAX_DRIFT_MS, HybridClock, wall_clock_ms
from isu_desk.sync import outbox

YEAR_MS = 365 * 24 * 3_600_000


def set_clock(desk: Desk, offset_ms: int) -> None:
    """This desk's computer clock is ``offset_ms`` off from now on."""
    capture = desk.database.capture
    clock = HybridClock(capture.clock.node, lambda: wall_clock_ms() + offset_ms)
    clock.observe(capture.clock.last)
    capture.clock = clock


@contextmanager
def wrong_clock(desk: Desk, offset_ms: int, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Within the block, this desk's stamps and file times come from a clock ``offset_ms`` off."""
    set_clock(desk, offset_ms)
    with monkeypatch.context() as patch:
        shifted = datetime.now(UTC) + timedelta(milliseconds=offset_ms)
        patch.setattr(outbox, "now_text", lambda: shifted.isoformat(timespec="seconds"))
        yield


def _org(desk: Desk, name: str) -> Organisation:
    return desk.directory.save(Organisation(id="", name=name)).unwrap()


def test_a_clock_years_ahead_is_named_once_and_does_not_drag_the_others(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    alice, bob, carol = team.desk("alice"), team.desk("bob"), team.desk("carol")
    with wrong_clock(alice, 3 * YEAR_MS, monkeypatch):
        org = _org(alice, "from the future")
        alice.sync.sync()
    report = bob.sync.sync()
    assert report.clock_warnings == [
        "alice's clock is about 3.0 years ahead; check its date and time."
    ]
    assert bob.sync.sync().clock_warnings == []  # said once
    assert bob.database.capture.clock.last.wall_ms <= wall_clock_ms() + MAX_DRIFT_MS
    bob.directory.save(replace(org, name="fixed by bob")).unwrap()  # after alice's, everywhere
    _org(bob, "today")
    bob.sync.sync()
    report = carol.sync.sync()
    assert report.clock_warnings == [
        "alice's clock is about 3.0 years ahead; check its date and time."
    ], "bob, whose clock is right, is not blamed"
    with wrong_clock(alice, 3 * YEAR_MS, monkeypatch):
        alice.sync.sync()
    for desk in (alice, bob, carol):
        names = sorted(r["name"] for r in desk.directory.page("organisations", _all()))
        assert names == ["fixed by bob", "today"], desk.name


def test_a_clock_years_behind_is_named_and_knows_it_is_itself(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    alice, bob, carol = team.desk("alice"), team.desk("bob"), team.desk("carol")
    _org(alice, "alice's")
    alice.sync.sync()
    _org(bob, "bob's")
    bob.sync.sync()
    with wrong_clock(carol, -3 * YEAR_MS, monkeypatch):
        report = carol.sync.sync()
        assert report.clock_warnings == [
            "This computer's clock seems about 3.0 years behind the others'; "
            "check its date and time."
        ]
        _org(carol, "carol's")
        carol.sync.sync()
    report = alice.sync.sync()
    assert report.clock_warnings == [
        "carol's clock is about 3.0 years behind; check its date and time."
    ]


def _all():  # type: ignore[no-untyped-def]
    from isu_desk.domain.listing import ListQuery

    return ListQuery()
