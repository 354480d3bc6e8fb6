"""What the main window adds for working all day: Dashboard cards open what they
count, File ▸ Back up…, Restore…, Import…, Export… and Settings…, Help ▸ User guide (F1),
and a first size that fits a 1280×720 screen, then the size, place and section it was left
in. (Ctrl+1…Ctrl+9 are the Go menu's.) The File items
that need the database join ``window.database_actions`` (disabled while it opens)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu

from isu_desk.ui.record_form import fit_to_screen

DEFAULT_SIZE = QSize(1200, 680)  # inside 1280×720 with a task bar


def install(window: Any) -> None:
    """Add the Dashboard links, Import/Export, Settings and the user guide."""
    dashboard = window.pages["Dashboard"]  # the first section: built now, opened at start
    if hasattr(dashboard, "open_requested"):
        dashboard.open_requested.connect(lambda *target: open_target(window, *target))
    _restore_item(window)
    _transfer_items(window)
    _settings_item(window)
    _guide_item(window)


def open_target(window: Any, section: str, kind: str, status: str) -> None:
    """Show ``section`` (and one of its lists, filtered, when it has them)."""
    window.show_section(section)
    page = window.pages.get(section)
    if kind and hasattr(page, "show_list"):
        page.show_list(kind, status)


def menu_named(window: QMainWindow, title: str) -> QMenu | None:
    """The menu-bar menu with English name ``title`` (its object name; the text is translated)."""
    for action in window.menuBar().actions():
        menu = action.menu()
        if menu is not None and menu.objectName() == f"menu_{title.lower()}":
            menu = action.menu()
            return menu if isinstance(menu, QMenu) else None
    return None


def _restore_item(window: Any) -> None:
    """File ▸ Restore… (after Back up…): the data replaced by a backup, the window reopened."""
    menu = menu_named(window, "File")
    if menu is None:
        return
    action = QAction(QCoreApplication.translate("MainWindow", "&Restore…"), window)
    action.setObjectName("restore")

    def restore() -> None:
        from isu_desk.ui.restore_flow import restore_from_backup

        restore_from_backup(window)

    action.triggered.connect(restore)
    menu.insertAction(menu.actions()[1], action)
    window.database_actions.append(action)


def _transfer_items(window: Any) -> None:
    """File ▸ Import… and Export… (after Back up…)."""
    menu = menu_named(window, "File")
    if menu is None:
        return
    quit_action = menu.actions()[-1]
    for text, importing in (
        (QCoreApplication.translate("MainWindow", "Import…"), True),
        (QCoreApplication.translate("MainWindow", "Export…"), False),
    ):
        action = QAction(text, window)

        def open_dialog(_checked: bool = False, importing: bool = importing) -> None:
            from isu_desk.ui.file_transfer import TransferDialog

            dialog = TransferDialog(window.context, importing, window)
            window.transfer_dialog = dialog
            dialog.open()

        action.triggered.connect(open_dialog)
        menu.insertAction(quit_action, action)
        window.database_actions.append(action)


def _settings_item(window: Any) -> None:
    menu = menu_named(window, "File")
    if menu is None:
        return
    action = QAction(QCoreApplication.translate("MainWindow", "Settings…"), window)
    action.setMenuRole(QAction.MenuRole.PreferencesRole)

    def open_settings() -> None:
        from isu_desk.ui.settings_dialog import SettingsDialog

        if SettingsDialog(window.context, window).exec():
            window.refresh_workstation_name()

    action.triggered.connect(open_settings)
    window.database_actions.append(action)
    quit_action = menu.actions()[-1]
    menu.insertAction(quit_action, action)
    menu.insertSeparator(quit_action)


def _guide_item(window: Any) -> None:
    menu = menu_named(window, "Help")
    if menu is None:
        return
    action = QAction(QCoreApplication.translate("MainWindow", "User guide"), window)
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)

    def open_guide() -> None:
        from isu_desk.ui.user_guide import UserGuide

        guide = UserGuide(window)
        window.user_guide = guide
        guide.show()

    action.triggered.connect(open_guide)
    if menu.actions():
        menu.insertAction(menu.actions()[0], action)
    else:
        menu.addAction(action)
    window.addAction(action)


def fit_default_size(window: QMainWindow) -> None:
    """The first size of the window: 1200×680, less on a smaller screen."""
    fit_to_screen(window, DEFAULT_SIZE, share=0.95)


def back_up(window: Any) -> None:
    """File ▸ Back up…: a consistent copy of the database where the user chooses."""
    from isu_desk.services import backup as backups

    suggested = backups.default_backup_path(window.context.data_dir)
    suggested.parent.mkdir(parents=True, exist_ok=True)
    path, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("MainWindow", "Back up the database"),
        str(suggested),
        QCoreApplication.translate("MainWindow", "ISU Desk backups (*.sqlite)"),
    )
    if not path:
        return
    database = window.context.database
    window.context.run_in_background(
        lambda: backups.backup(database, Path(path)),
        on_success=lambda _none: window.context.status_message(
            QCoreApplication.translate("MainWindow", "Backed up to {path}").format(path=path)
        ),
        label=QCoreApplication.translate("MainWindow", "Backing up…"),
    )


def save_geometry(window: Any) -> None:
    """Remember the window's size and place, the sidebar's width and the section shown."""
    settings = QSettings()
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState())
    settings.setValue("window/splitter", window.splitter.saveState())
    settings.setValue("window/section", window.current_section())


def restore_geometry(window: Any) -> None:
    """Put the window back as it was left (a first size that fits the screen otherwise)."""
    from isu_desk.ui.main_window import SECTIONS

    settings = QSettings()
    geometry = settings.value("window/geometry")
    if geometry is None or not window.restoreGeometry(geometry):
        fit_default_size(window)
    state = settings.value("window/state")
    if state is not None:
        window.restoreState(state)
    splitter = settings.value("window/splitter")
    if splitter is not None:
        window.splitter.restoreState(splitter)
    section = str(settings.value("window/section", "Directory"))
    window.show_section(section if section in SECTIONS else "Directory")
