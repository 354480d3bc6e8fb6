"""File ▸ Restore…: replace the data by a backup and reopen the window on it.

The restore service refuses while the database is open, so the window lets
go of it first: the pages are asked whether they may close (unsaved edits),
shut down, the context stops listening and the database closes. The service
then checks the chosen file and swaps it in (keeping a copy of what it
replaces), and a new window opens on the data folder, where the old one was.
A refused or failed restore changes nothing: the window reopens on the same
data and says why.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from isu_desk.domain.errors import DataError
from isu_desk.services import backup as backups
from isu_desk.services.workstation import open_data_folder
from isu_desk.ui.context import AppContext
from isu_desk.ui.unlock import window_unlocker


def title() -> str:
    return QCoreApplication.translate("restore_flow", "Restore a backup")


def confirmation_text(file: Path) -> str:
    """What the confirmation says, plainly, before anything is replaced."""
    return QCoreApplication.translate(
        "restore_flow",
        "Restore {file}?\n\n"
        "All the data in ISU Desk now is replaced by the data in this backup: "
        "anything entered since the backup was made is no longer shown.\n\n"
        "A copy of the current data is kept in the data folder first, so this can be "
        "undone by restoring that copy.\n\n"
        "The window closes and reopens on the restored data.",
    ).format(file=file.name)


def pick_backup(parent: QWidget, data_dir: Path) -> Path | None:
    """The backup file the user chose (the dialog starts in the data folder's backups)."""
    start = data_dir / backups.BACKUP_FOLDER
    if not start.is_dir():
        start = data_dir
    path, _ = QFileDialog.getOpenFileName(
        parent,
        title(),
        str(start),
        QCoreApplication.translate("restore_flow", "ISU Desk backups (*.sqlite);;All files (*)"),
    )
    return Path(path) if path else None


def confirmed(parent: QWidget, file: Path) -> bool:
    answer = QMessageBox.question(
        parent,
        title(),
        confirmation_text(file),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def restore_from_backup(window: Any) -> Any | None:
    """Ask for a backup, restore it and return the window reopened on the data.

    Returns ``None`` when the user cancelled or a page kept the window open
    (unsaved edits); the current window then stays as it was.
    """
    file = pick_backup(window, window.context.data_dir)
    if file is None or not confirmed(window, file):
        return None
    if not window.release():
        return None
    context: AppContext = window.context
    folder = context.data_dir
    context.stop_listening()
    context.database.close()
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        message, failed = _restore(folder, file)
        reopened = _reopen(window, folder)
    finally:
        QApplication.restoreOverrideCursor()
    if failed:
        QMessageBox.warning(reopened, title(), message)
    else:
        reopened.context.status_message(message)
    return reopened


def _restore(folder: Path, file: Path) -> tuple[str, bool]:
    """The service's restore; (what to tell the user, whether it failed)."""
    try:
        summary = backups.restore(folder, file, window_unlocker())
    except DataError as exc:
        failed = QCoreApplication.translate(
            "restore_flow", "The backup was not restored; your data is unchanged.\n\n{error}"
        )
        return failed.format(error=exc), True
    kept = summary.replaced_copy
    if kept:
        done = QCoreApplication.translate(
            "restore_flow", "Restored {file}. The data it replaced was kept as {copy}."
        )
        return done.format(file=file.name, copy=kept.name), False
    return QCoreApplication.translate("restore_flow", "Restored {file}.").format(
        file=file.name
    ), False


def _reopen(old: Any, folder: Path) -> Any:
    """A new main window on the data folder, in place of ``old`` (closed)."""
    from isu_desk.ui.main_window import MainWindow
    from isu_desk.ui.single_instance import WindowServer

    window = MainWindow(AppContext(open_data_folder(folder, window_unlocker()), folder))
    for server in old.findChildren(WindowServer):
        server.setParent(window)
        server.window = window
    old.successor = window
    window.show()
    old.close()
    old.deleteLater()
    return window
