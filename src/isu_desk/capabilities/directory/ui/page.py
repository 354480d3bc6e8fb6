"""The Directory section: States, organisations, contacts and office holders,
one tab each, with the shortcuts New, Find, Save and Delete.

Undo (of a delete or any other change) is the window's Edit ▸ Undo.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from isu_desk.capabilities.directory.services.service import (
    DirectoryRecord,
    DirectoryService,
)
from isu_desk.capabilities.directory.ui.models import KINDS, tr
from isu_desk.capabilities.directory.ui.pane import KindPane, record_label
from isu_desk.capabilities.directory.ui.phrases import QT_TRANSLATE_NOOP
from isu_desk.ui.context import AppContext

# Lists that show names of other kinds, so they refresh when those change.
_SHOWS = {
    "states": {"states"},
    "organisations": {"organisations"},
    "contacts": {"contacts", "states", "organisations"},
    "office_holders": {"office_holders", "states", "contacts"},
}

# The Directory menu's actions.
_NEW = QT_TRANSLATE_NOOP("DirectoryPage", "New")
_FIND = QT_TRANSLATE_NOOP("DirectoryPage", "Find")
_SAVE = QT_TRANSLATE_NOOP("DirectoryPage", "Save")
_DELETE = QT_TRANSLATE_NOOP("DirectoryPage", "Delete…")


class DirectoryPage(QWidget):
    """The Directory section of the main window."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.service = DirectoryService(context.database)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.panes: dict[str, KindPane] = {}
        for spec in KINDS:
            pane = KindPane(self.service, spec, context=context)
            pane.saved.connect(self._saved)
            pane.deleted.connect(self._deleted)
            self.panes[spec.kind] = pane
            self.tabs.addTab(pane, tr(spec.title))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._actions = self._make_actions()
        for kind, pane in self.panes.items():
            context.watch(pane, _SHOWS[kind], pane.reload)
            context.watch(pane, _SHOWS[kind] - {kind}, pane.refresh_choices)
        self.restore_layout()

    # --- the page contract ---------------------------------------------------

    def menu_actions(self) -> list[QAction]:
        return self._actions

    def can_close(self) -> bool:
        """Offer to save unsaved edits in any tab; False when the user cancels or
        chose to save (the window closes itself once that save is done)."""
        for pane in self.panes.values():
            if pane.form.dirty:
                self.tabs.setCurrentWidget(pane)
                if not pane.maybe_keep_edits(then=self._close_window):
                    return False
        return True

    def _close_window(self) -> None:
        """After "Save" on closing: the edits are saved, the window closes now."""
        self.window().close()

    def shutdown(self) -> None:
        self.save_layout()

    # --- actions -------------------------------------------------------------

    def _make_actions(self) -> list[QAction]:
        specs = (
            (_NEW, QKeySequence.StandardKey.New, lambda: self.current_pane().new()),
            (_FIND, QKeySequence.StandardKey.Find, lambda: self.current_pane().focus_search()),
            (_SAVE, QKeySequence.StandardKey.Save, lambda: self.current_pane().save()),
            (_DELETE, QKeySequence(QKeySequence.StandardKey.Delete), self._delete),
        )
        actions = []
        for text, keys, slot in specs:
            action = QAction(self.tr(text), self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            actions.append(action)
        return actions

    def show_list(self, kind: str, status: str = "") -> None:
        """Show one list, filtered to a status when given (a Dashboard card's click)."""
        pane = self.panes[kind]
        self.tabs.setCurrentWidget(pane)
        combo = pane.filters.get("status")
        if combo is not None:
            combo.set_value(status or None)
            pane.model.set_filter("status", status or None)
            pane.refresh_count()
        pane.view.setFocus()

    def current_pane(self) -> KindPane:
        pane = self.tabs.currentWidget()
        assert isinstance(pane, KindPane)
        return pane

    def _delete(self) -> None:
        self.current_pane().delete()

    def _saved(self, record: DirectoryRecord) -> None:
        self.context.status_message(self.tr("Saved {name}.").format(name=record_label(record)))

    def _deleted(self, record: DirectoryRecord) -> None:
        message = self.tr("Deleted {name}. Ctrl+Z brings it back.")
        self.context.status_message(message.format(name=record_label(record)))

    # --- layout memory -------------------------------------------------------

    def save_layout(self) -> None:
        settings = QSettings()
        settings.setValue("directory/tab", self.tabs.currentIndex())
        for pane in self.panes.values():
            pane.save_layout(settings)

    def restore_layout(self) -> None:
        settings = QSettings()
        self.tabs.setCurrentIndex(settings.value("directory/tab", 0, type=int))  # type: ignore[arg-type]
        for pane in self.panes.values():
            pane.restore_layout(settings)
