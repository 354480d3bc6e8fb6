"""Showing the window before the database: the shell paints first, the data follows.

Opening the database means importing SQLAlchemy, the models and every
capability's storage, which costs several times a bare window's start. When a
cheap look without SQLAlchemy (:func:`isu_desk.storage.probe.ready_folder`)
says the data folder's database is at the head schema with a workstation set
up, which is every start but the first and the first after an upgrade, the
window shows at once on a context without a database, and
:func:`open_after_first_paint` opens it in the background once the window has
painted; the window then builds its pages (see :mod:`isu_desk.ui.main_window`).
An encrypted file is looked into with SQLCipher and its key from the keyring,
and the background open reuses that key (the keyring is asked once a start);
an encrypted file as the last start left it (:mod:`isu_desk.ui.remembered_start`)
is not looked into at all: the keyring is loaded in the background, after the
first paint, and without the key there the passphrase is asked then.

Anything else (a new folder, an older or newer schema, a file that cannot be
read, an encrypted file whose key is not in the keyring, a plain file not yet
offered encryption) is opened the full way before the window, by
:func:`open_before_window`: Alembic migrates, the workstation's name is asked,
problems are said plainly.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from isu_desk.capabilities import registry
from isu_desk.capabilities.declaration import QT_TRANSLATE_NOOP
from isu_desk.domain.errors import DataError
from isu_desk.storage.probe import DATABASE_FILE, ReadyFolder
from isu_desk.ui.context import AppContext
from isu_desk.ui.operations import op
from isu_desk.ui.remembered_start import remember_ready

if TYPE_CHECKING:
    from isu_desk.storage.cipher import DatabaseKey
    from isu_desk.storage.database import Database
    from isu_desk.ui.main_window import MainWindow

APP_NAME = "ISU Desk"


def _tr(text: str) -> str:
    return QCoreApplication.translate("startup", text)


CANNOT_OPEN = QT_TRANSLATE_NOOP("startup", "ISU Desk cannot open its data folder.")
# Opens anyway if the window has not painted by then (shown minimized, say).
LATEST_START_MS = 300


def open_before_window(folder: Path, passphrase_file: str | None = None) -> Database | None:
    """Open (creating or migrating) the folder's database now; None after telling the user why not.

    Its passphrase is asked for when its key is not in the keyring, a plain
    database is offered encryption (once), and a new workstation is asked for its name.
    """
    from isu_desk.services.workstation import init_workstation, workstation
    from isu_desk.ui.unlock import open_folder

    try:
        database = open_folder(folder, passphrase_file)
        here = workstation(database)
        if here is None:
            from isu_desk.ui.settings_dialog import ask_workstation_name

            here = init_workstation(database, ask_workstation_name() or None)
    except (DataError, OSError) as exc:
        QMessageBox.critical(None, APP_NAME, f"{_tr(CANNOT_OPEN)}\n\n{exc}")
        return None
    if database.key is not None:
        remember_ready(folder, here.name)
    return database


class _FullOpenNeeded(Exception):
    """A remembered encrypted folder that the background cannot open alone (see below)."""


def _open_in_worker(
    folder: Path, modules: list[str], key: DatabaseKey | None, locked: bool
) -> tuple[Database, DatabaseKey | None]:
    """The full open, off the GUI thread; also imports ``modules`` meanwhile.

    ``key``: an encrypted file's key, which the probe found in the keyring
    (used as is: the keyring is not asked again, nor the user). ``locked``: an
    encrypted file remembered as ready, whose key is looked for in the keyring
    here; without it there (or when it does not open the file, or the file has
    no workstation after all) :class:`_FullOpenNeeded` sends the start back to
    the GUI thread, which asks. The folder is remembered for the next start.
    Those are the Dashboard's tiles and the pages the window builds once the
    database is open: imported here, built on the GUI thread, which then has
    less to do before it shows them.
    """
    from isu_desk.services.workstation import open_data_folder, workstation

    if locked:
        key = _key_in_keyring(folder)
    if key is None:
        database = open_data_folder(folder)
    else:
        from isu_desk.secrets.database_key import os_keyring
        from isu_desk.services.encryption import Unlocker

        unlocker = Unlocker(os_keyring(), lambda _new, _prompt: None, {key.salt: key})
        try:
            database = open_data_folder(folder, unlocker)
        except DataError as exc:
            if locked:
                raise _FullOpenNeeded from exc  # asked on the GUI thread, said plainly there
            raise
    here = workstation(database)
    if here is None:
        database.close()
        raise _FullOpenNeeded
    if database.key is not None:
        remember_ready(folder, here.name)
    for module in modules:
        importlib.import_module(module)
    return database, key


def _key_in_keyring(folder: Path) -> DatabaseKey:
    from isu_desk.secrets.database_key import keyring_key
    from isu_desk.storage.cipher import file_salt

    key = keyring_key(file_salt(folder / DATABASE_FILE))
    if key is None:
        raise _FullOpenNeeded
    return key


class _FirstPaint(QObject):
    """Calls ``start`` once, after the window's first paint (or a short while at the latest)."""

    def __init__(self, window: QMainWindow, start: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._start = start
        self._done = False
        window.installEventFilter(self)
        QTimer.singleShot(LATEST_START_MS, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            QTimer.singleShot(0, self._fire)  # after this paint is on screen
        return False

    def _fire(self) -> None:
        if self._done:
            return
        self._done = True
        self._window.removeEventFilter(self)
        self._start()


def open_after_first_paint(
    window: MainWindow,
    context: AppContext,
    folder: Path,
    ready: ReadyFolder | None = None,
    passphrase_file: str | None = None,
) -> None:
    """Open the folder's database in the background once ``window`` has painted.

    ``ready``: what the start-up look found (an encrypted file's key, or that
    its key is still to be found; ``None``: a plain file). The context gets the database (and the
    window builds its pages) on the GUI thread, and this session's unlocker
    remembers the key (a restore does not ask for it). A remembered encrypted
    folder whose key the keyring does not give is opened the full way on the
    GUI thread (the passphrase asked, with ``passphrase_file`` first); if it
    cannot be opened the user is told why and the app ends with 1.
    """

    def opened(result: tuple[Database, DatabaseKey | None]) -> None:
        database, key = result
        if key is not None:
            from isu_desk.ui.unlock import window_unlocker

            window_unlocker().remember(key)
        context.attach(database)

    def failed(exc: Exception) -> None:
        if not isinstance(exc, _FullOpenNeeded):
            _cannot_open(exc)
            return
        database = open_before_window(folder, passphrase_file)
        if database is None:
            QApplication.exit(1)
        else:
            context.attach(database)

    key, locked = (ready.key, ready.locked) if ready is not None else (None, False)

    def start() -> None:
        refs = [c.tile for c in registry.with_("tile")] + window.pages_to_come()
        modules = list(dict.fromkeys(ref.partition(":")[0] for ref in refs))
        op(
            context,
            lambda: _open_in_worker(folder, modules, key, locked),
            QCoreApplication.translate("startup", "Opening the data folder…"),
        ).success(opened).failure(failed).run_in_background()

    _FirstPaint(window, start)


def _cannot_open(exc: Exception) -> None:
    if isinstance(exc, (DataError, OSError)):
        text = f"{_tr(CANNOT_OPEN)}\n\n{exc}"
    else:
        text = QCoreApplication.translate(
            "startup",
            "ISU Desk cannot open its data folder.\n\n"
            "The details were written to isu-desk.log in the data folder.",
        )
    QMessageBox.critical(QApplication.activeWindow(), APP_NAME, text)
    QApplication.exit(1)
