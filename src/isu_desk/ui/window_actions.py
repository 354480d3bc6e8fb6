"""What the main window adds for working all day: Dashboard cards open what they
count, File ▸ Restore…, Import…, Export… and Settings…, Help ▸ User guide (F1), and a first
size that fits a 1280×720 screen. (Ctrl+1…Ctrl+9 are the Go menu's.) The File items
that need the database join ``window.database_actions`` (disabled while it opens)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

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
