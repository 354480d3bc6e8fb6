"""The main window: a sidebar of sections, the section's page, menus and status bar.

The sections are the shell's own (Dashboard, Reports, Sync) and those the
capabilities declare in :mod:`isu_desk.capabilities.registry`, in their
declared order; the Go menu lists them (Ctrl+1…Ctrl+9 for the first nine). A page is built the first
time its section is shown or its menu is opened (Sync is built at once: it
owns a status-bar indicator and the timer of automatic syncs), so the window
opens without importing every capability. A section still to come shows a
placeholder that says what it will hold.

The window can show before its database is open (:mod:`isu_desk.ui.startup`):
until the context is ready, the Dashboard shows its skeleton, any other
section a "loading" page, and the actions that need the database are
disabled; when it is, the pages shown so far are built for real.

Pages follow the plug-in contract described in :mod:`isu_desk.ui`. Every
page's menu is always in the menu bar (choosing an item shows its page); a
page's shortcuts work anywhere in the window while that page is shown, so two
pages may both use Ctrl+N and Delete never deletes in a hidden page. An action
the page sets to ``Qt.ApplicationShortcut`` works from every section. The window
remembers its geometry, the sidebar width and the chosen section (QSettings).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
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

from isu_desk.capabilities import registry
from isu_desk.capabilities.declaration import QT_TRANSLATE_NOOP, Section, load
from isu_desk.ui import window_actions
from isu_desk.ui.about_dialog import add_help_actions
from isu_desk.ui.context import AppContext
from isu_desk.ui.operations import op
from isu_desk.ui.placeholder_page import LoadingPage, PlaceholderPage

log = logging.getLogger(__name__)

# The shell's own sections; the capabilities' come from the registry.
SHELL_SECTIONS = (
    Section("Dashboard", 0, page="isu_desk.ui.dashboard_page:DashboardPage"),
    Section("Reports", 80, page="isu_desk.ui.reports_page:ReportsPage"),
    Section("Sync", 90, page="isu_desk.ui.sync_page:SyncPage", eager=True, menu=True),
)
# Their titles, marked for pyside6-lupdate (shown through shown_title, as the capabilities').
SHELL_TITLES = (
    QT_TRANSLATE_NOOP("Capabilities", "Dashboard"),
    QT_TRANSLATE_NOOP("Capabilities", "Reports"),
    QT_TRANSLATE_NOOP("Capabilities", "Sync"),
)
# Sections whose page is built before the database is open (it shows a skeleton meanwhile).
SKELETON_SECTIONS = frozenset({"Dashboard"})


def all_sections() -> list[Section]:
    """Every section in sidebar order."""
    return sorted((*SHELL_SECTIONS, *registry.sections()), key=lambda s: s.order)


SECTIONS = tuple(section.title for section in all_sections())


def shown_title(title: str) -> str:
    """A declared title (a section's, a tile's) in the window's language."""
    return QCoreApplication.translate("Capabilities", title)


SIDEBAR_STYLE = """
QListWidget#sidebar { background: #26313d; color: #dfe6ee; border: none; outline: 0;
                      padding-top: 8px; font-size: 11pt; }
QListWidget#sidebar::item { padding: 9px 16px; border-left: 4px solid transparent; }
QListWidget#sidebar::item:hover { background: #2f3c4a; }
QListWidget#sidebar::item:selected { background: #3b5b7d; color: white;
                                     border-left: 4px solid #7fb4ea; font-weight: 600; }
"""


def build_page(section: Section, context: AppContext) -> QWidget:
    """The section's page; a placeholder for a section to come or a page that fails to build."""
    if not section.page:
        return PlaceholderPage(context, shown_title(section.title), section.plan)
    try:
        page: QWidget = load(section.page)(context)
    except Exception as exc:  # another section's bug must not stop the app
        log.exception("The %s page failed to build", section.title)
        page = PlaceholderPage(context, shown_title(section.title))
        page.setToolTip(
            QCoreApplication.translate(
                "MainWindow", "This section failed to start: {error}"
            ).format(error=exc)
        )
    return page


class _Pages(dict[str, QWidget]):
    """The pages built so far by section title; looking one up builds it."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self._window = window

    def __missing__(self, title: str) -> QWidget:
        return self._window.build_section(title)

    def built(self) -> Iterator[QWidget]:
        return iter(list(self.values()))


class MainWindow(QMainWindow):
    """The one window of ISU Desk."""

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        workstation_name: str | None = None,
    ) -> None:
        """``workstation_name``: shown while the database is still opening."""
        super().__init__(parent)
        self.context = context
        self._workstation_name = workstation_name
        self.database_actions: list[QAction] = []  # disabled until the database is open
        self._loading: dict[str, QWidget] = {}  # sections shown before the database was open
        self.setWindowTitle(self.tr("ISU Desk"))
        self.setMinimumSize(640, 420)
        self.sections = {section.title: section for section in all_sections()}
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setStyleSheet(SIDEBAR_STYLE)
        self.sidebar.setMinimumWidth(140)
        self.stack = QStackedWidget()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.pages = _Pages(self)
        self.holders: dict[str, QScrollArea] = {}
        self.page_menus: dict[str, QMenu] = {}
        self._started = False
        self._pages_started = False  # startup() called on the pages built so far
        self._released = False  # pages shut down (closing, or a restore reopened the window)
        self.successor: MainWindow | None = None  # the window a restore opened in its place
        self._build_menus_start()
        for number, section in enumerate(self.sections.values(), start=1):
            self._add_section(section, number)
        self._build_menus_end()
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([180, 1000])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self._build_status_bar()
        self._build_eager_pages()
        self.sidebar.currentRowChanged.connect(self._show_section)
        window_actions.install(self)
        window_actions.restore_geometry(self)
        if not context.is_ready:
            for action in self.database_actions:
                action.setEnabled(False)
            context.ready.connect(self._database_ready)

    # --- sections ------------------------------------------------------------

    def _add_section(self, section: Section, number: int) -> None:
        # A page wider than a small screen scrolls instead of widening the window.
        holder = QScrollArea()
        holder.setWidgetResizable(True)
        holder.setFrameShape(QScrollArea.Shape.NoFrame)
        self.holders[section.title] = holder
        self.stack.addWidget(holder)
        QListWidgetItem(shown_title(section.title), self.sidebar).setSizeHint(QSize(160, 40))
        go = self.go_menu.addAction(shown_title(section.title))
        if number <= 9:
            go.setShortcut(QKeySequence(f"Ctrl+{number}"))
        go.triggered.connect(lambda _checked=False, s=section.title: self.show_section(s))
        if section.menu:
            menu = self.menuBar().addMenu(shown_title(section.title))
            menu.setObjectName(f"menu_{section.title.lower()}")
            # Opening the menu of a section not shown yet builds its page for its actions.
            menu.aboutToShow.connect(lambda s=section.title: self.pages[s])
            self.page_menus[section.title] = menu

    def build_section(self, title: str) -> QWidget:
        """Build the page of section ``title`` (once), with its menu actions.

        Before the database is open this is a loading page (kept aside, not
        in :attr:`pages`), replaced by the real one when the database is.
        """
        menu = self.page_menus.get(title)
        if not self.context.is_ready and title not in SKELETON_SECTIONS:
            if title not in self._loading:
                self._loading[title] = LoadingPage(title)
                self.holders[title].setWidget(self._loading[title])
                if menu is not None:  # its actions come with the page: say so meanwhile
                    waiting = menu.addAction(QCoreApplication.translate("LoadingPage", "Loading…"))
                    waiting.setEnabled(False)
            return self._loading[title]
        page = build_page(self.sections[title], self.context)
        page.setObjectName(f"page_{title.lower()}")
        dict.__setitem__(self.pages, title, page)
        self.holders[title].setWidget(page)
        actions = page.menu_actions() if hasattr(page, "menu_actions") else []
        if menu is not None:
            menu.clear()  # the "Loading…" line, if the menu was opened before the database
        for action in actions:
            assert menu is not None, f'declare Section("{title}", menu=True)'
            menu.addAction(action)
            page.addAction(action)
            # Chosen from the menu while another section shows: show its page too.
            action.triggered.connect(lambda _checked=False, s=title: self.show_section(s))
        if self._pages_started and hasattr(page, "startup"):
            page.startup()
        self._set_shortcut_context(title)
        return page

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
        self.pages[section]
        self.stack.setCurrentWidget(self.holders[section])
        self.setWindowTitle(self.tr("{section} — ISU Desk").format(section=shown_title(section)))
        for name in self.page_menus:
            self._set_shortcut_context(name)

    def _set_shortcut_context(self, name: str) -> None:
        """A page's shortcuts work in the whole window only while its section shows."""
        menu = self.page_menus.get(name)
        if menu is None:
            return
        shown = self.sidebar.currentRow() >= 0 and name == self.current_section()
        context = (
            Qt.ShortcutContext.WindowShortcut
            if shown
            else Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        for action in menu.actions():
            if action.shortcutContext() != Qt.ShortcutContext.ApplicationShortcut:
                action.setShortcutContext(context)

    # --- menus and status bar ------------------------------------------------

    def _build_menus_start(self) -> None:
        file_menu = self._menu(self.tr("&File"), "file")
        backup = file_menu.addAction(self.tr("Back up…"))
        backup.triggered.connect(lambda: window_actions.back_up(self))
        self.database_actions.append(backup)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("Quit"))
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        self._build_edit_menu()
        self.go_menu = self._menu(self.tr("&Go"), "go")

    def _menu(self, text: str, name: str) -> QMenu:
        """A menu-bar menu; ``window_actions.menu_named(window, name)`` finds it in any language."""
        menu = self.menuBar().addMenu(text)
        menu.setObjectName(f"menu_{name}")
        return menu

    def _build_edit_menu(self) -> None:
        edit_menu = self._menu(self.tr("&Edit"), "edit")
        self.undo_action = edit_menu.addAction(self.tr("Undo"))
        self.undo_action.setObjectName("undo")
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.setToolTip(
            self.tr("Undo the last change made in this window, of any record")
        )
        self.undo_action.triggered.connect(self.undo)
        self.database_actions.append(self.undo_action)

    def undo(self) -> None:
        """Reverse the last change made here (any record type), in the background."""
        op(self.context, self.context.undo.undo, self.tr("Undoing…")).success(
            self._undone
        ).run_in_background()

    def _undone(self, result: Any) -> None:
        if result.ok:
            self.context.status_message(result.value)
        else:
            QMessageBox.information(
                self, self.tr("Undo"), "\n".join(e.message for e in result.errors)
            )

    def _build_menus_end(self) -> None:
        add_help_actions(self._menu(self.tr("&Help"), "help"), self, self.context.data_dir)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.workstation_label = QLabel()
        self.workstation_label.setObjectName("workstation_label")
        bar.addPermanentWidget(self.workstation_label)
        if self.context.is_ready:
            self.refresh_workstation_name()
        elif self._workstation_name:
            self.workstation_label.setText(
                self.tr("Workstation: {name}").format(name=self._workstation_name)
            )
        self.context.set_status_sink(lambda text, ms: bar.showMessage(text, ms))

    def _build_eager_pages(self) -> None:
        """The pages built at once (Sync: its status-bar indicator), once the database is open."""
        if not self.context.is_ready:
            return
        for section in self.sections.values():
            if section.eager:
                page = self.pages[section.title]
                widget = page.status_widget() if hasattr(page, "status_widget") else None
                if widget is not None:
                    self.statusBar().addPermanentWidget(widget)

    def pages_to_come(self) -> list[str]:
        """The ``"module:Class"`` of the pages to build once the database opens."""
        return [
            section.page
            for section in self.sections.values()
            if section.page and (section.eager or section.title in self._loading)
        ]

    def _database_ready(self) -> None:
        """The database is open: build the pages shown so far for real, enable everything."""
        if self._released:  # closed while it opened
            return
        for title in list(self._loading):
            del self._loading[title]
            self.build_section(title)  # replaces (and deletes) the loading page
        for page in self.pages.built():
            if hasattr(page, "database_ready"):
                page.database_ready()
        self._build_eager_pages()
        self.refresh_workstation_name()
        for action in self.database_actions:
            action.setEnabled(True)
        self._start_pages_when_ready()

    def refresh_workstation_name(self) -> None:
        """Show the workstation's name again (renamed in Settings)."""
        from isu_desk.services.workstation import workstation

        found = workstation(self.context.database)
        self.workstation_label.setText(self._workstation_text(found))

    def _workstation_text(self, found: Any) -> str:
        return self.tr("Workstation: {name}").format(name=found.name) if found else ""

    # --- lifecycle and settings ----------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started:
            self._started = True
            QTimer.singleShot(0, self._start_pages_when_ready)

    def _start_pages_when_ready(self) -> None:
        """Start the pages built so far once the window shows and the database is open."""
        if not self._started or not self.context.is_ready or self._pages_started:
            return
        self._pages_started = True
        for page in self.pages.built():
            if hasattr(page, "startup"):
                page.startup()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.release():
            event.ignore()
            return
        super().closeEvent(event)

    def release(self) -> bool:
        """Shut the pages down (once) unless one keeps the window open; True when done.

        After this the database is no longer used by the window and may close.
        """
        if self._released:
            return True
        built = list(self.pages.built())
        if not all(page.can_close() for page in built if hasattr(page, "can_close")):
            return False
        self._released = True
        window_actions.save_geometry(self)
        self.context.wait_for_background()
        for page in built:
            if hasattr(page, "shutdown"):
                page.shutdown()
        return True
