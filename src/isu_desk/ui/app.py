"""Starting the desktop app: the QApplication, the data folder, the main window.

Problems with the data folder (a database written by a newer version, an
unreadable file) are shown in a plain message box and the app exits with 1;
the user never sees a traceback.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from isu_desk import __version__, paths
from isu_desk.domain.errors import DataError
from isu_desk.services.workstation import init_workstation, open_data_folder, workstation
from isu_desk.ui.context import AppContext
from isu_desk.ui.main_window import MainWindow

APP_NAME = "ISU Desk"


def application() -> QApplication:
    """The QApplication, created once with the names QSettings uses."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon.fromTheme("address-book-new"))
    return app


def run_app(data_dir: str | None) -> int:
    """Open the data folder and run the window; returns the exit code."""
    app = application()
    folder = paths.data_dir(data_dir)
    try:
        database = open_data_folder(folder)
        if workstation(database) is None:
            init_workstation(database)
    except (DataError, OSError) as exc:
        QMessageBox.critical(None, APP_NAME, f"ISU Desk cannot open its data folder.\n\n{exc}")
        return 1
    context = AppContext(database, folder)
    window = MainWindow(context)
    app.aboutToQuit.connect(window.close)  # logout/quit: pages shut down before the db closes
    window.show()
    try:
        return app.exec()
    finally:
        database.close()
