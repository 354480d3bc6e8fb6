"""Fixtures of the window tests: settings in a temporary folder, the main window.

Every test here gets its own QSettings file, so no test (and no developer's
real settings) leaks into another.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from isu_desk.storage.database import Database
from isu_desk.ui.context import AppContext
from isu_desk.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def qt_settings(qapp: QApplication, tmp_path: Path) -> Path:
    """QSettings in an INI file under the test's temporary folder."""
    folder = tmp_path / "qsettings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    qapp.setOrganizationName("ISU Desk Tests")
    qapp.setApplicationName("ISU Desk Tests")
    return folder


@pytest.fixture(autouse=True)
def _no_unanswered_message_box(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A warning, error or notice box nobody answers fails the test instead of hanging it.

    A real one is modal and waits for a click that never comes (and pytest's
    timeout cannot interrupt Qt's event loop). A test that expects one puts its
    own answer in place; any other is answered "OK", and the test fails with its text.
    """
    shown: list[str] = []

    def unexpected(kind: str) -> Callable[..., QMessageBox.StandardButton]:
        def box(_parent: object, _title: str, text: str, *args: object, **kwargs: object):
            shown.append(f"{kind}: {text}")
            return QMessageBox.StandardButton.Ok

        return box

    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, unexpected(kind))
    yield
    assert not shown, f"a message box nobody expected was shown: {shown}"


@pytest.fixture
def context(database: Database, data_dir: Path) -> AppContext:
    return AppContext(database, data_dir)


@pytest.fixture
def open_window(qtbot, context: AppContext) -> Iterator[Callable[[], MainWindow]]:
    """Opens main windows on the test database; closes them all afterwards."""
    opened: list[MainWindow] = []

    def open_one() -> MainWindow:
        window = MainWindow(context)
        window.show()
        qtbot.waitExposed(window)
        opened.append(window)
        return window

    yield open_one
    # A test may leave unsaved edits: answer "Discard" instead of blocking on a dialog.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
        for window in opened:
            window.close()
            window.deleteLater()


@pytest.fixture
def window(open_window: Callable[[], MainWindow]) -> MainWindow:
    return open_window()


@pytest.fixture
def window_with_many_contacts(database: Database, open_window) -> tuple[MainWindow, int]:
    """A window opened on 450 contacts (more than two chunks of the list)."""
    from isu_desk.capabilities.directory.storage.repository import insert_many
    from isu_desk.domain.ids import new_id

    rows = [
        {
            "id": new_id(),
            "name": f"Contact {n:04d}",
            "title": "",
            "position": "Delegate",
            "gender": "unspecified",
            "state_id": None,
            "organisation_id": None,
            "email": f"c{n}@example.org",
            "phone": "",
            "languages": "",
            "notes": "",
        }
        for n in range(450)
    ]
    with database.transaction() as session:
        insert_many(session, "contacts", rows)
    return open_window(), len(rows)
