"""Cloud drives rename packets and people drop junk: used by header, refused by header."""

from __future__ import annotations

import shutil
import tracemalloc
from pathlib import Path

from tests.sync.conftest import Desk, Team

from isu_desk.capabilities.directory.domain import Organisation
from isu_desk.sync import share as files


def _save(desk: Desk, name: str) -> None:
    desk.directory.save(Organisation(id="", name=name)).unwrap()


def _names(desk: Desk) -> set[str]:
    return {row["name"] for row in desk.directory.page("organisations", _all())}


def _all():  # type: ignore[no-untyped-def]
    from isu_desk.domain.listing import ListQuery

    return ListQuery()


def _folder(team: Team, desk: Desk) -> Path:
    return files.workstation_folder(team.share, desk.database.workstation_id)


def test_a_renamed_latest_packet_is_used_by_everyone_and_its_owner_goes_on(team: Team) -> None:
    alice, bob = team.desk("alice"), team.desk("bob")
    _save(alice, "One")
    alice.sync.sync()
    _save(alice, "Two")
    alice.sync.sync()
    latest = sorted(_folder(team, alice).glob("p-*.isp"))[-1]
    latest.rename(latest.with_name(f"{latest.stem} (conflicted copy 2025-01-01).isp"))
    _save(alice, "Three")
    alice.sync.sync()  # its owner is not refused
    report = bob.sync.sync()
    assert _names(bob) == {"One", "Two", "Three"}
    assert report.rejected == [] and report.waiting == []


def test_a_packet_in_another_workstations_folder_is_read_for_what_it_is(team: Team) -> None:
    alice, bob, carol = team.desk("alice"), team.desk("bob"), team.desk("carol")
    bob.sync.sync()
    _save(alice, "One")
    alice.sync.sync()
    packet = sorted(_folder(team, alice).glob("p-*.isp"))[-1]
    shutil.move(packet, _folder(team, bob) / "p-0000000001 (1).isp")
    carol.sync.sync()
    assert _names(carol) == {"One"}


def test_a_gap_is_visible_with_its_reason(team: Team) -> None:
    alice, bob = team.desk("alice"), team.desk("bob")
    _save(alice, "One")
    alice.sync.sync()
    _save(alice, "Two")
    alice.sync.sync()
    first = sorted(_folder(team, alice).glob("p-*.isp"))[0]
    first.rename(team.root / "elsewhere.isp")
    report = bob.sync.sync()
    [(name, reason)] = report.waiting
    assert name.endswith(first.name) and "waiting for file 1 of alice" in reason


def test_a_huge_junk_file_is_refused_from_its_header_once(team: Team) -> None:
    alice, bob = team.desk("alice"), team.desk("bob")
    _save(alice, "One")
    alice.sync.sync()
    for name in ("p-0000000007.isp", "holiday (1).isp"):
        with (_folder(team, alice) / name).open("wb") as handle:
            handle.truncate(150 * 1024 * 1024)  # 150 MB (sparse: nothing on disk)
    tracemalloc.start()
    try:
        report = bob.sync.sync()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert _names(bob) == {"One"}
    assert sorted(reason for _, reason in report.rejected) == [
        "not an ISU Desk sync file",
        "not an ISU Desk sync file",
    ]
    assert peak < 20 * 1024 * 1024, f"{peak / 1e6:.0f} MB allocated: a junk file was read whole"
