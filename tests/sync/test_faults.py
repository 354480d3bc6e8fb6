"""Bad files and bad shares: rejected or stopped, never applied, nothing lost."""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

import pytest
from tests.sync.conftest import Desk, Team

from isu_desk.capabilities.directory.domain import Organisation
from isu_desk.services.team import PassphraseNeeded, team_access
from isu_desk.sync import share as files
from isu_desk.sync.errors import SyncStopped


def _packets(team: Team, desk: Desk) -> list[Path]:
    folder = files.workstation_folder(team.share, desk.database.workstation_id)
    return sorted(folder.glob("p-*.isp"))


def _names(desk: Desk) -> set[str]:
    return {org.name for org in desk.directory.all(Organisation)}


def _save(desk: Desk, name: str) -> None:
    desk.directory.save(Organisation(id="", name=name)).unwrap()


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (lambda data: data[: len(data) // 2], "truncated"),
        (lambda data: data[:-5] + bytes([data[-5] ^ 1]) + data[-4:], "tampered"),
        (lambda data: b"garbage" + data, "not an ISU Desk sync file"),
    ],
)
def test_a_damaged_file_is_rejected_and_others_still_apply(team: Team, damage, reason) -> None:
    alice, bob, carol = team.desk("alice"), team.desk("bob"), team.desk("carol")
    _save(alice, "From Alice")
    _save(carol, "From Carol")
    alice.sync.sync()
    carol.sync.sync()
    packet = _packets(team, alice)[0]
    original = packet.read_bytes()
    packet.write_bytes(damage(original))
    report = bob.sync.sync()
    assert _names(bob) == {"From Carol"}
    assert len(report.rejected) == 1 and reason in report.rejected[0][1]
    assert bob.sync.status().rejected[0][2] == report.rejected[0][1]
    packet.write_bytes(original)  # the copy finished after all
    report = bob.sync.sync()
    assert _names(bob) == {"From Alice", "From Carol"}
    assert report.rejected == [] and bob.sync.status().rejected == []


def test_a_gap_waits_and_a_copy_under_another_name_is_read_once(team: Team) -> None:
    alice, bob = team.desk("alice"), team.desk("bob")
    _save(alice, "One")
    alice.sync.sync()
    _save(alice, "Two")
    alice.sync.sync()
    first, second = _packets(team, alice)
    hidden = team.root / "hidden.isp"
    shutil.move(first, hidden)
    bob.sync.sync()
    assert _names(bob) == set()  # packet 2 waits for packet 1
    shutil.copy(hidden, first.with_name("p-0000000001 (conflicted copy).isp"))
    bob.sync.sync()
    assert _names(bob) == {"One", "Two"}
    shutil.move(hidden, first)
    shutil.copy(second, second.with_name("copy of p-2.isp"))
    report = bob.sync.sync()
    assert report.received == 0 and _names(bob) == {"One", "Two"}


def test_a_file_of_another_team_is_rejected(team: Team, tmp_path: Path) -> None:
    alice, bob = team.desk("alice"), team.desk("bob")
    other = Team(tmp_path / "other")
    mallory = other.desk("mallory")
    _save(mallory, "Forged")
    mallory.sync.sync()
    source = _packets(other, mallory)[0]
    target = files.workstation_folder(team.share, mallory.database.workstation_id)
    target.mkdir(parents=True)
    shutil.copy(source, target / source.name)
    report = bob.sync.sync()
    assert "another team" in report.rejected[0][1]
    assert _names(bob) == set()
    other.close()
    del alice


def test_a_share_of_another_team_stops_sync(team: Team, tmp_path: Path) -> None:
    alice = team.desk("alice")
    alice.sync.sync()
    other = Team(tmp_path / "other")
    other.desk("mallory")
    with pytest.raises(SyncStopped, match="another team"):
        alice.sync.sync(other.share)
    other.close()


def test_an_empty_or_missing_folder_stops_sync_and_changes_nothing(team: Team) -> None:
    alice = team.desk("alice")
    _save(alice, "Kept")
    alice.sync.sync()
    moved = team.root / "moved"
    shutil.move(team.share, moved)
    with pytest.raises(SyncStopped, match="cannot be reached"):
        alice.sync.sync()
    team.share.mkdir()
    with pytest.raises(SyncStopped, match="no longer holds the team"):
        alice.sync.sync()
    assert _names(alice) == {"Kept"}
    team.share.rmdir()
    shutil.move(moved, team.share)
    assert alice.sync.sync().sent == 0


def test_an_older_copy_of_the_share_stops_sync(team: Team) -> None:
    alice = team.desk("alice")
    _save(alice, "One")
    alice.sync.sync()
    old = team.root / "old-share"
    shutil.copytree(team.share, old)
    _save(alice, "Two")
    alice.sync.sync()
    with pytest.raises(SyncStopped, match="latest file"):
        alice.sync.sync(old)


def test_a_read_only_share_stops_sync(team: Team, monkeypatch: pytest.MonkeyPatch) -> None:
    alice, bob = team.desk("alice"), team.desk("bob")
    _save(alice, "One")
    alice.sync.sync()

    def read_only(_share: Path) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(files, "check_writable", read_only)
    with pytest.raises(SyncStopped, match="read-only or full"):
        bob.sync.sync()
    assert _names(bob) == set()


def test_a_full_share_stops_sync_and_the_changes_go_next_time(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    alice, bob = team.desk("alice"), team.desk("bob")
    _save(alice, "One")
    real = files.write_new_file

    def full(folder: Path, name: str, data: bytes) -> Path:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files, "write_new_file", full)
    with pytest.raises(SyncStopped, match="read-only or full"):
        alice.sync.sync()
    assert alice.sync.status().pending_changes == 1
    monkeypatch.setattr(files, "write_new_file", real)
    assert alice.sync.sync().sent == 1
    bob.sync.sync()
    assert _names(bob) == {"One"}


def test_a_wrong_passphrase_stops_sync(team: Team) -> None:
    alice = team.desk("alice")
    alice.sync.store.secrets.clear()  # type: ignore[attr-defined]
    alice.sync.session_keys.clear()
    with pytest.raises(PassphraseNeeded):
        alice.sync.sync()
    with pytest.raises(SyncStopped, match="passphrase"):
        alice.sync.sync(passphrase="not the passphrase")


def test_the_key_is_never_written_in_plain_text(team: Team) -> None:
    alice = team.desk("alice")
    access = team_access(alice.database, team.share, alice.sync.store)
    _save(alice, "Secret name")
    alice.sync.sync()
    for path in team.share.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert access.key not in data
            assert b"Secret name" not in data


def test_folders_and_files_the_app_did_not_write_are_ignored(team: Team) -> None:
    alice, bob = team.desk("alice"), team.desk("bob")
    _save(alice, "One")
    alice.sync.sync()
    (team.share / "workstations" / "New folder").mkdir()
    own = files.workstation_folder(team.share, alice.database.workstation_id)
    (own / "desktop.ini").write_text("[.ShellClassInfo]")
    (own / ".p-0000000009.isp.abc.tmp").write_bytes(b"half a packet")
    report = bob.sync.sync()
    assert report.rejected == [] and _names(bob) == {"One"}
    assert [w.name for w in bob.sync.status().workstations] == ["alice", "bob"]
