"""The main window: a sidebar of sections, the section's page, menus and status bar.

Pages follow the plug-in contract described in :mod:`isu_desk.ui`. Every
page's menu is always in the menu bar (choosing an item shows its page); a
page's shortcuts work anywhere in the window while that page is shown, so two
pages may both use Ctrl+N and Delete never deletes in a hidden page. An action
the page sets to ``Qt.ApplicationShortcut`` works from every section. The window
remembers its geometry, the sidebar width and the chosen section (QSettings).
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from isu_desk import __version__
from isu_desk.services.workstation import workstation
from isu_desk.storage.database import copy_database
from isu_desk.ui import window_actions
from isu_desk.ui.context import AppContext
from isu_desk.ui.dashboard_page import DashboardPage
from isu_desk.ui.directory_page import DirectoryPage
from isu_desk.ui.placeholder_page import PlaceholderPage
from isu_desk.ui.reports_page import ReportsPage

SECTIONS = ("Dashboard", "Contributions", "Sponsorship", "Meetings", "Directory", "Reports", "Sync")
# Pages written in other modules, used when they are installed.
OPTIONAL_PAGES = {
    "Contributions": ("isu_desk.ui.contributions_page", "ContributionsPage"),
    "Sync": ("isu_desk.ui.sync_page", "SyncPage"),
}
SIDEBAR_STYLE = """
QListWidget#sidebar { background: #26313d; color: #dfe6ee; border: none; outline: 0;
                      padding-top: 8px; font-size: 11pt; }
QListWidget#sidebar::item { padding: 9px 16px; border-left: 4px solid transparent; }
QListWidget#sidebar::item:hover { background: #2f3c4a; }
QListWidget#sidebar::item:selected { background: #3b5b7d; color: white;
                                     border-left: 4px solid #7fb4ea; font-weight: 600; }
"""


def _page_factory(section: str) -> Callable[[AppContext], QWidget]:
    """The constructor of a section's page (a placeholder while it is not built)."""
    builtin = {"Dashboard": DashboardPage, "Directory": DirectoryPage, "Reports": ReportsPage}
    if section in builtin:
        return builtin[section]
    module_name, class_name = OPTIONAL_PAGES.get(section, ("", ""))
    if module_name and importlib.util.find_spec(module_name) is not None:
        return getattr(importlib.import_module(module_name), class_name)  # type: ignore[no-any-return]
    return lambda context: PlaceholderPage(context, section)


def _backup_service() -> Any:
    """The backup service when installed (else the window copies the file itself)."""
    name = "isu_desk.services.backup"
    return importlib.import_module(name) if importlib.util.find_spec(name) else None


class MainWindow(QMainWindow):
    """The one window of ISU Desk."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle("ISU Desk")
        self.setMinimumSize(640, 420)
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setStyleSheet(SIDEBAR_STYLE)
        self.sidebar.setMinimumWidth(140)
        self.stack = QStackedWidget()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.pages: dict[str, QWidget] = {}
        self.holders: dict[str, QScrollArea] = {}
        self.page_menus: dict[str, QMenu] = {}
        self._started = False
        self._build_menus_start()
        for section in SECTIONS:
            self._add_section(section)
        self._build_menus_end()
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([180, 1000])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self._build_status_bar()
        self.sidebar.currentRowChanged.connect(self._show_section)
        self.sections = SECTIONS
        window_actions.install(self)
        self._restore_settings()

    # --- sections ------------------------------------------------------------

    def _add_section(self, section: str) -> None:
        try:
            page = _page_factory(section)(self.context)
        except Exception as exc:  # another section's bug must not stop the app
            page = PlaceholderPage(self.context, section)
            page.setToolTip(f"This section failed to start: {exc}")
        page.setObjectName(f"page_{section.lower()}")
        self.pages[section] = page
        # A page wider than a small screen scrolls instead of widening the window.
        holder = QScrollArea()
        holder.setWidgetResizable(True)
        holder.setFrameShape(QScrollArea.Shape.NoFrame)
        holder.setWidget(page)
        self.holders[section] = holder
        self.stack.addWidget(holder)
        QListWidgetItem(section, self.sidebar).setSizeHint(QSize(160, 40))
        actions = page.menu_actions() if hasattr(page, "menu_actions") else []
        if actions:
            menu = self.menuBar().addMenu(section)
            for action in actions:
                menu.addAction(action)
                page.addAction(action)
                # Chosen from the menu while another section shows: show its page too.
                action.triggered.connect(lambda _checked=False, s=section: self.show_section(s))
            self.page_menus[section] = menu

    def show_section(self, section: str) -> None:
        self.sidebar.setCurrentRow(SECTIONS.index(section))

    def current_page(self) -> QWidget:
        return self.pages[self.current_section()]

    def current_section(self) -> str:
        return SECTIONS[max(self.sidebar.currentRow(), 0)]

    def _show_section(self, row: int) -> None:
        if row < 0:
            return
        section = SECTIONS[row]
        self.stack.setCurrentWidget(self.holders[section])
        self.setWindowTitle(f"{section} — ISU Desk")
        for name, menu in self.page_menus.items():
            context = (
                Qt.ShortcutContext.WindowShortcut
                if name == section
                else Qt.ShortcutContext.WidgetWithChildrenShortcut
            )
            for action in menu.actions():
                if action.shortcutContext() != Qt.ShortcutContext.ApplicationShortcut:
                    action.setShortcutContext(context)

    # --- menus and status bar ------------------------------------------------

    def _build_menus_start(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        backup = file_menu.addAction("Back up…")
        backup.triggered.connect(self.backup)
        file_menu.addSeparator()
        quit_action = file_menu.addAction("Quit")
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)

    def _build_menus_end(self) -> None:
        help_menu = self.menuBar().addMenu("&Help")
        about = QAction("About ISU Desk", self)
        about.triggered.connect(self.about)
        help_menu.addAction(about)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        found = workstation(self.context.database)
        self.workstation_label = QLabel(f"Workstation: {found.name}" if found else "")
        self.workstation_label.setObjectName("workstation_label")
        bar.addPermanentWidget(self.workstation_label)
        for page in self.pages.values():
            widget = page.status_widget() if hasattr(page, "status_widget") else None
            if widget is not None:
                bar.addPermanentWidget(widget)
        self.context.set_status_sink(lambda text, ms: bar.showMessage(text, ms))

    def refresh_workstation_name(self) -> None:
        """Show the workstation's name again (renamed in Settings)."""
        found = workstation(self.context.database)
        self.workstation_label.setText(f"Workstation: {found.name}" if found else "")

    def about(self) -> None:
        QMessageBox.about(
            self,
            "About ISU Desk",
            f"<b>ISU Desk</b> {__version__}<br>"
            "Records of the Implementation Support Unit of the Convention on Cluster "
            f"Munitions.<br><br>Data folder: {self.context.data_dir}",
        )

    def backup(self) -> None:
        """Save a consistent copy of the database where the user chooses."""
        service = _backup_service()
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        suggested = (
            service.default_backup_path(self.context.data_dir)
            if service is not None
            else self.context.data_dir / "backups" / f"isu-desk-backup-{stamp}.sqlite"
        )
        suggested.parent.mkdir(parents=True, exist_ok=True)
        path, _ = QFileDialog.getSaveFileName(
            self, "Back up the database", str(suggested), "ISU Desk backups (*.sqlite)"
        )
        if not path:
            return
        database = self.context.database
        self.context.run_in_background(
            lambda: (
                service.backup(database, Path(path))
                if service is not None
                else copy_database(database.path, Path(path))
            ),
            on_success=lambda _none: self.context.status_message(f"Backed up to {path}"),
            label="Backing up…",
        )

    # --- lifecycle and settings ----------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started:
            self._started = True
            QTimer.singleShot(0, self._start_pages)

    def _start_pages(self) -> None:
        for page in self.pages.values():
            if hasattr(page, "startup"):
                page.startup()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not all(page.can_close() for page in self.pages.values() if hasattr(page, "can_close")):
            event.ignore()
            return
        self._save_settings()
        self.context.wait_for_background()
        for page in self.pages.values():
            if hasattr(page, "shutdown"):
                page.shutdown()
        super().closeEvent(event)

    def _save_settings(self) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.setValue("window/section", self.current_section())

    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            window_actions.fit_default_size(self)
        state = settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        splitter = settings.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        section = str(settings.value("window/section", "Directory"))
        self.show_section(section if section in SECTIONS else "Directory")
