"""A fast start: the window paints before the database is open (encrypted too), then fills in.

The first paint must not wait for SQLAlchemy (nor Alembic, openpyxl,
reportlab, sync or the team's modules); the Dashboard then shows its real
figures and a section opened meanwhile its real page; a database behind the
head schema is still migrated before the window opens.
"""

from __future__ import annotations

import ast
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

import pytest
from bench.keyring_env import keyring_env
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from tests.ui.passphrase import answer_dialog

from isu_desk.capabilities.directory.services.service import DirectoryService
from isu_desk.domain.listing import ListQuery
from isu_desk.secrets import MemorySecretStore, database_key
from isu_desk.services.encryption import Unlocker, set_passphrase
from isu_desk.services.workstation import init_workstation, open_data_folder
from isu_desk.storage.cipher import DatabaseKey, file_salt
from isu_desk.storage.database import Database, _alembic_config
from isu_desk.storage.probe import DATABASE_FILE, ready_folder, schema_revisions
from isu_desk.storage.schema_heads import SCHEMA_HEADS
from isu_desk.ui import app as app_module
from isu_desk.ui import startup, unlock
from isu_desk.ui.context import AppContext
from isu_desk.ui.dashboard_page import DashboardPage, LoadingTile
from isu_desk.ui.main_window import MainWindow
from isu_desk.ui.placeholder_page import LoadingPage
from isu_desk.ui.remembered_start import remember_ready, remembered_ready

if TYPE_CHECKING:
    from sqlalchemy import Engine

PASSPHRASE = "Genève au printemps"

# Runs the app as a double-click does; at the main window's first paint it
# prints the heavy modules imported so far, then quits.
FIRST_PAINT = """
import sys
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

HEAVY = ("sqlalchemy", "alembic", "openpyxl", "reportlab", "isu_desk.sync",
         "isu_desk.services.sync", "isu_desk.ui.sync_page", "isu_desk.ui.team_dialog", "keyring")

class AtFirstPaint(QObject):
    done = False

    def eventFilter(self, obj, event):
        if not self.done and event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow):
            self.done = True
            print(sorted(m for m in sys.modules if m.startswith(HEAVY)))
            print(obj.windowTitle())
            QTimer.singleShot(0, lambda: self.when_filled(obj) if TILES else QApplication.quit())
        return False

    def when_filled(self, window):  # then prints the Dashboard's number of States Parties
        dashboard = window.pages["Dashboard"]
        if dashboard.loading:
            QTimer.singleShot(20, lambda: self.when_filled(window))
            return
        print(dashboard.tiles["directory"].tiles["parties"].value.text())
        QApplication.quit()

TILES = sys.argv[2:] == ["tiles"]

QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[1])
app = QApplication(sys.argv[:1])
watcher = AtFirstPaint()
app.installEventFilter(watcher)
from isu_desk.start import main
sys.exit(main([]))
"""


@pytest.fixture
def set_up_folder(database: Database, data_dir: Path) -> Path:
    """A data folder at the head schema with a workstation (then closed).

    Plain, its user having declined encryption (else the start offers it first).
    """
    from isu_desk.storage import settings
    from isu_desk.ui.unlock import DECLINED

    with database.transaction() as session:
        settings.put(session, DECLINED, "yes")
    database.close()
    return data_dir


def _start_until_first_paint(
    folder: Path, settings: Path, section: str, keyring: dict[str, str] | None = None
) -> tuple[list[str], str]:
    """Start the app on ``folder`` as a double-click does: (heavy modules at first paint, title).

    ``keyring``: the child's keyring (see :func:`_keyring_with_key`); it then
    also waits for the Dashboard's figures, whose States Parties tile it returns
    after the title.
    """
    if not settings.exists():  # a later start keeps what the first one remembered
        (settings / "ISU Desk").mkdir(parents=True)
        (settings / "ISU Desk" / "ISU Desk.ini").write_text(f"[window]\nsection={section}\n")
    env = {
        **os.environ,
        **(keyring or {}),
        "QT_QPA_PLATFORM": "offscreen",
        "ISU_DESK_DATA_DIR": str(folder),
    }
    mode = ["tiles"] if keyring else []
    shown = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT, str(settings), *mode],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert shown.returncode == 0, shown.stderr
    heavy, *title = shown.stdout.splitlines()[-3 if keyring else -2 :]
    return ast.literal_eval(heavy), "\n".join(title)


@pytest.mark.parametrize("section", ["Dashboard", "Directory"])
def test_the_first_paint_imports_no_database_library(
    set_up_folder: Path, tmp_path: Path, section: str
) -> None:
    heavy, title = _start_until_first_paint(set_up_folder, tmp_path / "settings", section)

    assert heavy == []
    assert title == f"{section} — ISU Desk"


def _count_parties(database: Database) -> int:
    status = ListQuery(filters=MappingProxyType({"status": "state_party"}))
    return DirectoryService(database).count("states", status)


def test_the_window_shows_loading_then_the_real_dashboard_and_pages(
    qtbot, set_up_folder: Path
) -> None:
    ready = ready_folder(set_up_folder)
    assert ready is not None and ready.workstation_name == "Test desk"
    context = AppContext(None, set_up_folder)
    window = MainWindow(context, workstation_name=ready.workstation_name)
    window.show()
    qtbot.waitExposed(window)
    dashboard = window.pages["Dashboard"]
    assert isinstance(dashboard, DashboardPage) and dashboard.loading
    assert all(isinstance(tile, LoadingTile) for tile in dashboard.tiles.values())
    assert window.workstation_label.text() == "Workstation: Test desk"
    # The window is usable meanwhile: a section opens (loading), actions wait for the data.
    window.show_section("Contributions")
    assert isinstance(window.stack.currentWidget().widget(), LoadingPage)
    assert not window.undo_action.isEnabled()
    sync_menu = window.page_menus["Sync"]  # its actions come with its page: it says so
    bar = window.menuBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(
        sync_menu.menuAction()).center())  # fmt: skip
    qtbot.waitUntil(sync_menu.isVisible)
    assert [(a.text(), a.isEnabled()) for a in sync_menu.actions()] == [("Loading…", False)]
    qtbot.keyClick(sync_menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not sync_menu.isVisible())

    startup.open_after_first_paint(window, context, set_up_folder)
    qtbot.waitUntil(lambda: not dashboard.loading, timeout=60000)

    try:
        assert int(dashboard.tiles["directory"].tiles["parties"].value.text()) == (
            _count_parties(context.database)
        )
        assert not [tile for tile in dashboard.findChildren(LoadingTile) if tile.isVisible()]
        page = window.stack.currentWidget().widget()
        assert page is window.pages["Contributions"] and not isinstance(page, LoadingPage)
        assert page.isVisible()
        assert window.undo_action.isEnabled()
        shown = [a.text() for a in sync_menu.actions() if a.isEnabled()]
        assert "Loading…" not in shown and any(text.startswith("Sync now") for text in shown)
        window.show_section("Dashboard")
        assert dashboard.tiles["directory"].isVisible()
    finally:
        window.close()
        context.stop_listening()
        context.database.close()


@pytest.fixture
def encrypted_folder(data_dir: Path, os_keyring: MemorySecretStore) -> Path:
    """An encrypted data folder at the head schema with a workstation; its key in the keyring."""
    database = open_data_folder(data_dir, Unlocker(os_keyring, lambda _new, _prompt: None))
    init_workstation(database, "Test desk")
    assert database.key is not None
    database.close()
    return data_dir


def test_an_encrypted_folder_whose_key_is_in_the_keyring_paints_first_then_fills(
    encrypted_folder: Path, tmp_path: Path, os_keyring: MemorySecretStore
) -> None:
    # The child's keyring is a real keyring backend holding the key (see bench/file_keyring.py).
    keyring = keyring_env(tmp_path / "keyring", os_keyring.secrets)

    database = open_data_folder(encrypted_folder, Unlocker(os_keyring, lambda _n, _p: None))
    try:
        parties_here = _count_parties(database)
    finally:
        database.close()
    assert parties_here > 0

    # The first start looks into the file with its key from the keyring before painting;
    # every later one paints first and loads the keyring in the background.
    for start in ("first", "next"):
        heavy, shown = _start_until_first_paint(
            encrypted_folder, tmp_path / "settings", "Dashboard", keyring
        )
        title, parties = shown.splitlines()
        assert title == "Dashboard — ISU Desk" and int(parties) == parties_here
        if start == "first":
            assert heavy and all(module.startswith("keyring") for module in heavy)
        else:
            assert heavy == []


def test_an_encrypted_folder_takes_the_full_way_without_its_key(
    encrypted_folder: Path,
) -> None:
    salt = file_salt(encrypted_folder / DATABASE_FILE)
    wrong = DatabaseKey(bytes(32), salt)

    assert ready_folder(encrypted_folder) is None  # nobody looked for the key
    assert ready_folder(encrypted_folder, lambda _salt: None) is None  # not in the keyring
    assert ready_folder(encrypted_folder, lambda _salt: wrong) is None  # a key that does not open
    ready = ready_folder(encrypted_folder, database_key.keyring_key)
    assert ready is not None and ready.key is not None and ready.workstation_name == "Test desk"


def _remembered_window(qtbot, folder: Path) -> tuple[MainWindow, AppContext]:
    """The window of a start on ``folder`` as the last start left it, shown, still loading."""
    ready = remembered_ready(folder)
    assert ready is not None and ready.locked and ready.key is None
    context = AppContext(None, folder)
    window = MainWindow(context, workstation_name=ready.workstation_name)
    window.show()
    qtbot.waitExposed(window)
    assert window.pages["Dashboard"].loading
    startup.open_after_first_paint(window, context, folder, ready)
    return window, context


def test_an_encrypted_folder_is_remembered_only_while_its_file_is_the_same(
    encrypted_folder: Path, os_keyring: MemorySecretStore
) -> None:
    assert remembered_ready(encrypted_folder) is None  # never opened by the window yet
    remember_ready(encrypted_folder, "Test desk")
    ready = remembered_ready(encrypted_folder)
    assert ready is not None and ready.locked and ready.workstation_name == "Test desk"

    # Another file in its place (a new key, say): looked into the usual way again.
    path = encrypted_folder / DATABASE_FILE
    path.unlink()
    database = open_data_folder(encrypted_folder, Unlocker(os_keyring, lambda _n, _p: None))
    database.close()
    assert remembered_ready(encrypted_folder) is None


def test_a_remembered_folder_whose_key_left_the_keyring_asks_its_passphrase_then_fills(
    qtbot, encrypted_folder: Path, os_keyring: MemorySecretStore
) -> None:
    unlocker = Unlocker(os_keyring, lambda _n, _p: None)
    set_passphrase(encrypted_folder, unlocker, PASSPHRASE)
    remember_ready(encrypted_folder, "Test desk")
    os_keyring.secrets.clear()  # a new keyring, say: only the passphrase opens the file now
    seen: list[str] = []
    answer_dialog(["a wrong one"], seen, then=lambda: answer_dialog([PASSPHRASE], seen))

    window, context = _remembered_window(qtbot, encrypted_folder)
    qtbot.waitUntil(lambda: context.is_ready, timeout=60000)

    try:
        assert "encrypted" in seen[0] and "does not open the database" in seen[3]
        dashboard = window.pages["Dashboard"]
        qtbot.waitUntil(lambda: not dashboard.loading, timeout=60000)
        assert int(dashboard.tiles["directory"].tiles["parties"].value.text()) == (
            _count_parties(context.database)
        )
    finally:
        window.close()
        app_module.close_databases(window)


def test_a_remembered_folder_put_back_behind_head_is_migrated_in_the_background(
    qtbot, encrypted_folder: Path, os_keyring: MemorySecretStore
) -> None:
    remember_ready(encrypted_folder, "Test desk")
    database = open_data_folder(encrypted_folder, Unlocker(os_keyring, lambda _n, _p: None))
    _downgrade(database.engine)  # as an older backup put back by hand would be
    database.close()
    path = encrypted_folder / DATABASE_FILE
    assert remembered_ready(encrypted_folder) is not None  # the guess is now wrong

    window, context = _remembered_window(qtbot, encrypted_folder)
    qtbot.waitUntil(lambda: context.is_ready, timeout=60000)

    try:
        assert context.database.key is not None
        assert schema_revisions(path, context.database.key) == SCHEMA_HEADS
        window.show_section("Sponsorship")
        assert window.stack.currentWidget().widget() is window.pages["Sponsorship"]
    finally:
        window.close()
        app_module.close_databases(window)


def test_the_background_open_reuses_the_key_the_start_found(
    qtbot, encrypted_folder: Path, os_keyring: MemorySecretStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    looked: list[str] = []
    kept = os_keyring.get
    monkeypatch.setattr(os_keyring, "get", lambda name: looked.append(name) or kept(name))
    ready = ready_folder(encrypted_folder, database_key.keyring_key)
    assert ready is not None and ready.key is not None and len(looked) == 1
    context = AppContext(None, encrypted_folder)
    window = MainWindow(context, workstation_name=ready.workstation_name)
    window.show()
    qtbot.waitExposed(window)

    startup.open_after_first_paint(window, context, encrypted_folder, ready)
    qtbot.waitUntil(lambda: context.is_ready, timeout=60000)

    try:
        assert len(looked) == 1  # the keyring was asked once this start
        assert context.database.key == ready.key
        assert unlock.window_unlocker().known == {ready.key.salt: ready.key}  # a restore knows it
    finally:
        window.close()
        app_module.close_databases(window)


def test_a_plain_folder_not_yet_offered_encryption_is_offered_it_before_the_window(
    qtbot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = open_data_folder(data_dir)  # plain, as a folder made before encryption came
    init_workstation(database, "Test desk")
    database.close()
    asked: list[str] = []
    no = QMessageBox.StandardButton.No
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args[2]) or no)
    monkeypatch.setattr(QApplication, "exec", lambda *_: 0)  # the window's loop ends at once
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)

    assert app_module.run_app(str(data_dir)) == 0

    for window in QApplication.topLevelWidgets():
        if isinstance(window, MainWindow):
            window.close()
    assert len(asked) == 1 and "not encrypted" in asked[0]
    ready = ready_folder(data_dir)
    assert ready is not None and ready.encryption_declined  # the next start is the fast one


def _downgrade(engine: Engine) -> None:
    """Take the database of ``engine`` back to before the Sponsorship migration."""
    from alembic import command

    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0004_meetings")


def _behind_head(folder: Path) -> Path:
    """Take the folder's (plain) database back to before the Sponsorship migration."""
    from sqlalchemy import create_engine

    path = folder / DATABASE_FILE
    engine = create_engine(f"sqlite:///{path}")
    _downgrade(engine)
    engine.dispose()
    return path


def test_a_database_behind_head_is_migrated_before_the_window_opens(
    set_up_folder: Path, tmp_path: Path
) -> None:
    path = _behind_head(set_up_folder)
    assert "0006_sponsorship" not in (schema_revisions(path) or ())
    assert ready_folder(set_up_folder) is None  # so the start takes the full way

    heavy, title = _start_until_first_paint(set_up_folder, tmp_path / "settings", "Sponsorship")

    assert "alembic" in heavy and title == "Sponsorship — ISU Desk"
    assert schema_revisions(path) == SCHEMA_HEADS
    with closing(sqlite3.connect(path)) as conn:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert "sponsorship_rounds" in tables
    assert list(set_up_folder.glob(f"{DATABASE_FILE}.before-upgrade-*.bak"))
    assert ready_folder(set_up_folder) is not None  # the next start is the fast one


def test_a_loading_page_says_so(qtbot) -> None:
    page = LoadingPage("Meetings")
    qtbot.addWidget(page)
    assert page.findChild(QLabel, "loading_text").text() == "Loading…"


def test_a_database_that_fails_to_open_after_the_window_shows_is_said_plainly(
    qtbot, monkeypatch, set_up_folder: Path
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    exits: list[int] = []  # (the real exit would also end pytest-qt's event loops)
    monkeypatch.setattr(QApplication, "exit", lambda code=0: exits.append(code))
    context = AppContext(None, set_up_folder)
    window = MainWindow(context, workstation_name="Test desk")
    window.show()
    qtbot.waitExposed(window)
    (set_up_folder / DATABASE_FILE).write_bytes(b"not a database at all" * 100)

    startup.open_after_first_paint(window, context, set_up_folder)
    qtbot.waitUntil(lambda: bool(shown), timeout=60000)

    assert "cannot open its data folder" in shown[0]
    assert "isu-desk.sqlite" in shown[0] and "Traceback" not in shown[0]
    assert exits == [1]
    assert window.pages["Dashboard"].loading  # no figures were made up
    window.close()


def test_closing_the_window_while_the_database_opens_closes_it_cleanly(
    qtbot, set_up_folder: Path
) -> None:
    context = AppContext(None, set_up_folder)
    window = MainWindow(context, workstation_name="Test desk")
    window.show()
    qtbot.waitExposed(window)
    closed: list[bool] = []

    def close_soon(label: str) -> None:  # closed as soon as the open has started
        if label and not closed:
            QTimer.singleShot(0, lambda: closed.append(window.close()))

    context.busy_changed.connect(close_soon)
    startup.open_after_first_paint(window, context, set_up_folder)
    qtbot.waitUntil(lambda: bool(closed), timeout=10000)
    app_module.close_databases(window)

    assert closed == [True] and not window.isVisible() and context.is_ready
    with closing(sqlite3.connect(set_up_folder / DATABASE_FILE)) as conn:
        conn.execute("BEGIN IMMEDIATE")  # nobody holds the database any more
