"""The Sync section: Sync now in the background, the indicator, conflicts kept either side."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from tests.sync.conftest import Desk, Team

from isu_desk.capabilities.directory.domain import Organisation
from isu_desk.ui.context import AppContext
from isu_desk.ui.sync_page import SyncPage


@pytest.fixture
def team(tmp_path: Path):
    made = Team(tmp_path)
    yield made
    made.close()


def _page(qtbot, desk: Desk, data_dir: Path, *, with_folder: bool = False) -> SyncPage:
    context = AppContext(desk.database, data_dir)
    page = SyncPage(context, store=desk.sync.store)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not context.busy and (bool(page.folder) or not with_folder))
    return page


def test_sync_now_receives_in_the_background_and_tells_the_other_pages(
    qtbot, team: Team, tmp_path: Path
) -> None:
    alice, bob = team.desk("alice"), team.desk("bob")
    alice.directory.save(Organisation(id="", name="GICHD")).unwrap()
    alice.sync.sync()
    page = _page(qtbot, bob, tmp_path)
    assert page.sync_action.shortcut().toString() == "Ctrl+Shift+S"
    with qtbot.waitSignal(page.context.changed, timeout=10000) as changed:
        qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    assert "organisations" in changed.args[0]
    qtbot.waitUntil(lambda: not page.context.busy and "to send" in page.indicator.text())
    assert "received 1 changes" in page.result_label.text()
    assert "0 conflicts" in page.indicator.text()
    assert page.workstations.rowCount() == 2


def test_a_stopped_sync_is_said_plainly(qtbot, team: Team, tmp_path: Path) -> None:
    alice = team.desk("alice")
    page = _page(qtbot, alice, tmp_path)
    team.share.rename(tmp_path / "unmounted")
    page.sync_now(interactive=False)
    qtbot.waitUntil(lambda: not page.syncing)
    assert "cannot be reached" in page.result_label.text()
    assert "stopped" in page.indicator.text()


def test_a_conflict_shows_both_sides_and_keeping_the_other_syncs(
    qtbot, team: Team, tmp_path: Path
) -> None:
    alice, bob = team.desk("alice"), team.desk("bob")
    org = alice.directory.save(Organisation(id="", name="GICHD")).unwrap()
    alice.sync.sync()
    bob.sync.sync()
    alice.directory.save(replace(org, phone="+41 1"))
    bob.directory.save(replace(org, phone="+41 2"))
    for _ in range(2):
        alice.sync.sync()
        bob.sync.sync()
    page = _page(qtbot, alice, tmp_path)
    view = page.conflicts
    assert view.table.rowCount() == 1
    cells = [view.table.item(0, c).text() for c in range(view.table.columnCount())]
    assert cells[0] == "organisations: GICHD" and cells[1] == "phone"
    assert {cells[2], cells[4]} == {"+41 1", "+41 2"}
    assert {cells[3].split(",")[0], cells[5].split(",")[0]} == {"alice", "bob"}
    view.table.selectRow(0)
    with qtbot.waitSignal(page.context.changed, timeout=5000):
        qtbot.mouseClick(view.keep_other, Qt.MouseButton.LeftButton)
    assert alice.directory.get(Organisation, org.id).phone == cells[4]
    alice.sync.sync()
    bob.sync.sync()
    assert bob.directory.get(Organisation, org.id).phone == cells[4]
    qtbot.waitUntil(lambda: not page.context.busy)


def test_retiring_a_workstation_is_shown(qtbot, team: Team, tmp_path: Path) -> None:
    alice, bob = team.desk("alice"), team.desk("bob")
    bob.sync.sync()
    alice.sync.sync()
    page = _page(qtbot, alice, tmp_path)
    page.retire(bob.database.workstation_id)
    qtbot.waitUntil(lambda: not page.context.busy)
    names = [page.workstations.item(r, 0).text() for r in range(page.workstations.rowCount())]
    assert "bob (retired)" in names


def test_creating_a_team_from_the_page_then_syncs(qtbot, database, data_dir, tmp_path) -> None:
    from isu_desk.secrets import MemorySecretStore

    context = AppContext(database, data_dir)
    page = SyncPage(context, store=MemorySecretStore())
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not context.busy)
    page.set_up_team(tmp_path / "share", "a long team passphrase", create=True)
    qtbot.waitUntil(lambda: not context.busy and "Sent" in page.result_label.text(), timeout=20000)
    assert (tmp_path / "share" / "isu-desk-team.json").exists()
    assert str(tmp_path / "share") in page.folder_label.text()


# --- an unreachable share never freezes the window: it is checked off the GUI thread


def _watch_the_share(monkeypatch: pytest.MonkeyPatch, share: Path) -> list[bool]:
    """Record, for every look at the share's folder, whether it happened on the GUI thread."""
    on_gui_thread: list[bool] = []
    original: Callable[[Path], bool] = Path.is_dir

    def is_dir(path: Path) -> bool:
        if path == share:
            on_gui_thread.append(threading.current_thread() is threading.main_thread())
        return original(path)

    monkeypatch.setattr(Path, "is_dir", is_dir)
    return on_gui_thread


def test_a_timer_sync_on_an_unreachable_share_checks_it_in_the_background_quietly(
    qtbot, team: Team, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, team.desk("alice"), tmp_path, with_folder=True)
    team.share.rename(tmp_path / "unmounted")
    looks = _watch_the_share(monkeypatch, team.share)
    page.sync_if_reachable()
    qtbot.waitUntil(lambda: not page.syncing and not page.context.busy)
    assert looks and not any(looks)  # looked at, but never from the GUI thread
    assert "stopped" in page.indicator.text()
    assert "cannot be reached" in page.indicator.toolTip()
    assert page.result_label.text() == ""  # no error text every few minutes


def test_quitting_with_an_unreachable_share_does_not_check_it_on_the_gui_thread(
    qtbot, team: Team, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, team.desk("alice"), tmp_path, with_folder=True)
    team.share.rename(tmp_path / "unmounted")
    looks = _watch_the_share(monkeypatch, team.share)
    page.shutdown()
    assert looks and not any(looks)
    assert not page.timer.isActive()


def test_a_timer_sync_on_a_reachable_share_still_receives(
    qtbot, team: Team, tmp_path: Path
) -> None:
    alice, bob = team.desk("alice"), team.desk("bob")
    alice.directory.save(Organisation(id="", name="GICHD")).unwrap()
    alice.sync.sync()
    page = _page(qtbot, bob, tmp_path, with_folder=True)
    with qtbot.waitSignal(page.context.changed, timeout=10000) as changed:
        page.sync_if_reachable()
    assert "organisations" in changed.args[0]


def test_a_new_conflict_is_counted_in_plain_words(qtbot, team: Team, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QStatusBar

    alice, bob = team.desk("alice"), team.desk("bob")
    org = alice.directory.save(Organisation(id="", name="GICHD")).unwrap()
    alice.sync.sync()
    bob.sync.sync()
    alice.directory.save(replace(org, phone="+41 1"))
    bob.directory.save(replace(org, phone="+41 2"))
    bob.sync.sync()
    page = _page(qtbot, alice, tmp_path)
    bar = QStatusBar()
    qtbot.addWidget(bar)
    page.context.set_status_sink(lambda text, ms: bar.showMessage(text, ms))
    page.sync_now(interactive=False)
    qtbot.waitUntil(lambda: not page.syncing, timeout=10000)
    assert "1 new conflict." in page.result_label.text()
    assert bar.currentMessage() == "Sync: 1 new conflict"


def test_held_back_changes_and_republishing_are_on_the_page(
    qtbot, team: Team, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    from PySide6.QtWidgets import QMessageBox
    from tests.sync.test_quarantine import send_bad_entry

    from isu_desk.sync import share as files

    alice, bob = team.desk("alice"), team.desk("bob")
    send_bad_entry(alice, monkeypatch, {"kind": "think_tank"})
    page = _page(qtbot, bob, tmp_path)
    with qtbot.waitSignal(page.context.changed, timeout=10000, raising=False):
        qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.syncing and not page.context.busy)
    assert "Held back organisations" in page.result_label.text()
    page.refresh()
    qtbot.waitUntil(lambda: page.tabs.tabText(3) == "Held back (1)")
    assert "is not a known choice" in page.held_back.item(0, 2).text()
    assert page.held_back.item(0, 1).text() == "alice"
    assert page.held_back.item(0, 0).text() == "organisation “bad”"
    shutil.rmtree(team.share / files.WORKSTATIONS)
    page.sync_now(interactive=False)
    qtbot.waitUntil(lambda: not page.syncing)
    assert "Republish" in page.result_label.text()
    monkeypatch.setattr(
        QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Yes
    )  # the confirmation
    qtbot.mouseClick(page.republish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.syncing and not page.context.busy)
    assert "written to the sync folder again" in page.result_label.text()


def test_conflict_times_from_a_clock_that_was_off_are_marked(
    qtbot, team: Team, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.sync.test_clocks import YEAR_MS, wrong_clock

    alice, bob = team.desk("alice"), team.desk("bob")
    org = alice.directory.save(Organisation(id="", name="GICHD")).unwrap()
    alice.sync.sync()
    bob.sync.sync()
    bob.directory.save(replace(org, phone="+41 2")).unwrap()
    with wrong_clock(alice, 2 * YEAR_MS, monkeypatch):
        alice.directory.save(replace(org, phone="+41 1")).unwrap()
        alice.sync.sync()
    bob.sync.sync()
    page = _page(qtbot, bob, tmp_path)
    view = page.conflicts
    assert view.table.rowCount() == 1
    current_who, other_who = view.table.item(0, 3).text(), view.table.item(0, 5).text()
    assert current_who.startswith("alice, ") and current_who.endswith("(clock was off)")
    assert other_who.startswith("bob, ") and "clock" not in other_who
