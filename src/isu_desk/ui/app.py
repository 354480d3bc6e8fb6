"""Starting the desktop app: the QApplication, the data folder, the main window.

Problems with the data folder (a database written by a newer version, an
unreadable file) are shown in a plain message box and the app exits with 1;
the user never sees a traceback.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from isu_desk import __version__, paths
from isu_desk.domain.errors import DataError
from isu_desk.secrets import database_key
from isu_desk.storage.probe import ready_folder
from isu_desk.ui import startup
from isu_desk.ui.context import AppContext
from isu_desk.ui.i18n import install_translators, window_language
from isu_desk.ui.main_window import MainWindow
from isu_desk.ui.remembered_start import remembered_ready
from isu_desk.ui.single_instance import (
    BROUGHT_TO_FRONT,
    NONE_RUNNING,
    WindowServer,
    ask_running_window,
)

APP_NAME = "ISU Desk"
log = logging.getLogger(__name__)


def application() -> QApplication:
    """The QApplication, created once with the names QSettings uses."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    # The desktop entry that packaging/install-linux.sh installs (Wayland matches by it).
    app.setDesktopFileName("isu-desk")
    app.setWindowIcon(app_icon())
    return app


def app_icon() -> QIcon:
    """The window icon from the package's own files (no icon theme on Windows or macOS)."""
    try:
        return QIcon(str(paths.resources_dir() / "icons" / "isu-desk.png"))
    except FileNotFoundError:  # a broken install: the window still opens, iconless
        return QIcon()


LOG_FILE = "isu-desk.log"


def install_error_hook(folder: Path) -> None:
    """Log to ``isu-desk.log``; show errors that escape a slot as plain messages.

    Warnings and errors of every ``isu_desk`` logger (a failed background job,
    a page that could not be built) go to the log file with their traceback.

    A :class:`DataError` is the user's to read (a busy database, a file that
    cannot be used). Anything else is a bug: the user is told plainly and the
    traceback goes to ``isu-desk.log`` in the data folder for whoever supports
    them; the window stays open and whatever the failed action did was rolled
    back by its transaction.
    """
    log_path = folder / LOG_FILE
    handler = logging.FileHandler(log_path, encoding="utf-8", delay=True)
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("isu_desk")
    for old in [h for h in root.handlers if getattr(h, "isu_desk_log", False)]:
        root.removeHandler(old)  # one data folder's log at a time
        old.close()
    handler.isu_desk_log = True  # type: ignore[attr-defined]
    root.addHandler(handler)

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if isinstance(error, DataError):
            QMessageBox.warning(QApplication.activeWindow(), APP_NAME, str(error))
            return
        log.error("Unexpected error", exc_info=(kind, error, tb))
        QMessageBox.warning(
            QApplication.activeWindow(),
            APP_NAME,
            QCoreApplication.translate(
                "app",
                "Something went wrong and that action was not completed; nothing else was "
                "changed.\n\nThe details were written to {path} for support.",
            ).format(path=log_path),
        )

    sys.excepthook = hook


def run_app(data_dir: str | None, passphrase_file: str | None = None) -> int:
    """Open the data folder and run the window; returns the exit code.

    The window shows before the database is opened whenever a cheap look says
    it can (see :mod:`isu_desk.ui.startup`), an encrypted file's key being in
    the keyring (or the file being as the last start left it: the key is then
    looked for after the window shows); otherwise the database is opened
    (unlocked with its key, asking for the passphrase if needed; a plain one
    offered encryption once; migrated, the workstation named) first.
    """
    app = application()
    install_translators(app, window_language())  # before any window or message
    folder = paths.data_dir(data_dir)
    running = ask_running_window(folder)
    if running == BROUGHT_TO_FRONT:
        print(f"ISU Desk is already open on {folder}; that window was brought to the front.")
        return 0
    if running != NONE_RUNNING:
        said = QCoreApplication.translate(
            "app", "ISU Desk is already starting on {folder}; use that window when it opens."
        ).format(folder=folder)
        print(said)
        QMessageBox.information(None, APP_NAME, said)
        return 0
    # Listen before the passphrase and name dialogs: a second start meanwhile finds this one.
    server = WindowServer(folder)
    # An encrypted folder as the last start left it paints before the keyring is loaded;
    # otherwise a cheap look (an encrypted file with its key from the keyring).
    ready = remembered_ready(folder) or ready_folder(folder, database_key.keyring_key)
    if ready is not None and not (ready.key or ready.locked or ready.encryption_declined):
        ready = None  # a plain file not yet offered encryption: the full open offers it
    database = None if ready is not None else startup.open_before_window(folder, passphrase_file)
    if ready is None and database is None:
        return 1
    install_error_hook(folder)
    context = AppContext(database, folder)
    window = MainWindow(context, workstation_name=ready.workstation_name if ready else None)
    server.attach(window)  # a later start on this folder raises this window
    # Logout/quit: pages shut down before the db closes (of the window a restore reopened, too).
    app.aboutToQuit.connect(lambda: latest_window(window).close())
    window.show()
    if database is None:
        assert ready is not None
        startup.open_after_first_paint(window, context, folder, ready, passphrase_file)
    try:
        return app.exec()
    finally:
        close_databases(window)


def close_databases(window: MainWindow) -> None:
    """Close the database of ``window`` and of the window a restore opened in its place."""
    first, last = window.context, latest_window(window).context
    last.wait_for_background()  # an open still running
    last.stop_listening()
    for context in (last, first):  # the first is already closed when a restore replaced it
        if context.is_ready:
            context.database.close()


def latest_window(window: MainWindow) -> MainWindow:
    """The window open now: ``window`` or the one File ▸ Restore… opened in its place."""
    while window.successor is not None:
        window = window.successor
    return window
