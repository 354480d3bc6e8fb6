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

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from isu_desk import __version__, paths
from isu_desk.domain.errors import DataError
from isu_desk.services.workstation import init_workstation, open_data_folder, workstation
from isu_desk.ui.context import AppContext
from isu_desk.ui.main_window import MainWindow
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
            "Something went wrong and that action was not completed; nothing else was "
            f"changed.\n\nThe details were written to {log_path} for support.",
        )

    sys.excepthook = hook


def run_app(data_dir: str | None) -> int:
    """Open the data folder and run the window; returns the exit code."""
    app = application()
    folder = paths.data_dir(data_dir)
    running = ask_running_window(folder)
    if running == BROUGHT_TO_FRONT:
        print(f"ISU Desk is already open on {folder}; that window was brought to the front.")
        return 0
    if running != NONE_RUNNING:
        said = f"ISU Desk is already starting on {folder}; use that window when it opens."
        print(said)
        QMessageBox.information(None, APP_NAME, said)
        return 0
    # Listen before the name dialog below: a second start meanwhile finds this one.
    server = WindowServer(folder)
    try:
        database = open_data_folder(folder)
        if workstation(database) is None:
            from isu_desk.ui.settings_dialog import ask_workstation_name

            init_workstation(database, ask_workstation_name() or None)
    except (DataError, OSError) as exc:
        QMessageBox.critical(None, APP_NAME, f"ISU Desk cannot open its data folder.\n\n{exc}")
        return 1
    install_error_hook(folder)
    context = AppContext(database, folder)
    window = MainWindow(context)
    server.attach(window)  # a later start on this folder raises this window
    # Logout/quit: pages shut down before the db closes (of the window a restore reopened, too).
    app.aboutToQuit.connect(lambda: latest_window(window).close())
    window.show()
    try:
        return app.exec()
    finally:
        last = latest_window(window).context
        last.stop_listening()
        last.database.close()
        database.close()  # the first one (already closed when a restore replaced it)


def latest_window(window: MainWindow) -> MainWindow:
    """The window open now: ``window`` or the one File ▸ Restore… opened in its place."""
    while window.successor is not None:
        window = window.successor
    return window
