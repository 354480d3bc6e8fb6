"""An unreachable share never freezes the window: the folder is checked off the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from tests.sync.conftest import Desk, Team

from isu_desk.domain.directory import Organisation
from isu_desk.ui.context import AppContext
from isu_desk.ui.sync_page import SyncPage


@pytest.fixture
def team(tmp_path: Path):
    made = Team(tmp_path)
    yield made
    made.close()


def _page(qtbot, desk: Desk, data_dir: Path) -> SyncPage:
    context = AppContext(desk.database, data_dir)
    page = SyncPage(context, store=desk.sync.store)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not context.busy and bool(page.folder))
    return page


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
    page = _page(qtbot, team.desk("alice"), tmp_path)
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
    page = _page(qtbot, team.desk("alice"), tmp_path)
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
    page = _page(qtbot, bob, tmp_path)
    with qtbot.waitSignal(page.context.changed, timeout=10000) as changed:
        page.sync_if_reachable()
    assert "organisations" in changed.args[0]
