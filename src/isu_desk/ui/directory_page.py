"""The Directory section: States, organisations, contacts and office holders,
one tab each, with the shortcuts New, Find, Save, Delete and Undo.

Undo (Ctrl+Z) takes back the last saved change: a save is undone by saving the
previous version again (or deleting a record just created); a delete by saving
the deleted record again, which restores it with the same id.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from isu_desk.services.directory import KIND_OF, DirectoryRecord, DirectoryService
from isu_desk.ui.context import AppContext
from isu_desk.ui.directory_forms import blank_record
from isu_desk.ui.directory_models import KINDS
from isu_desk.ui.directory_pane import KindPane, record_label
from isu_desk.ui.undo import UndoStack

# Lists that show names of other kinds, so they refresh when those change.
_SHOWS = {
    "states": {"states"},
    "organisations": {"organisations"},
    "contacts": {"contacts", "states", "organisations"},
    "office_holders": {"office_holders", "states", "contacts"},
}


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
            pane = KindPane(self.service, spec)
            pane.saved.connect(self._saved)
            pane.deleted.connect(self._deleted)
            self.panes[spec.kind] = pane
            self.tabs.addTab(pane, spec.title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._actions = self._make_actions()
        context.changed.connect(self._changed)
        self.restore_layout()

    # --- the page contract ---------------------------------------------------

    def menu_actions(self) -> list[QAction]:
        return self._actions

    def can_close(self) -> bool:
        """Offer to save unsaved edits in any tab; False when the user cancels."""
        for pane in self.panes.values():
            if pane.form.dirty:
                self.tabs.setCurrentWidget(pane)
                if not pane.maybe_keep_edits():
                    return False
        return True

    def shutdown(self) -> None:
        self.save_layout()

    # --- actions -------------------------------------------------------------

    def _make_actions(self) -> list[QAction]:
        specs = (
            ("New", QKeySequence.StandardKey.New, lambda: self.current_pane().new()),
            ("Find", QKeySequence.StandardKey.Find, lambda: self.current_pane().focus_search()),
            ("Save", QKeySequence.StandardKey.Save, lambda: self.current_pane().save()),
            ("Delete…", QKeySequence(QKeySequence.StandardKey.Delete), self._delete),
            ("Undo", QKeySequence.StandardKey.Undo, self.undo),
        )
        actions = []
        for text, keys, slot in specs:
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            actions.append(action)
        self.undo_action = actions[-1]
        self.undo_stack = UndoStack(self.undo_action)
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

    def undo(self) -> None:
        """Take back the last save or delete made in this section."""
        label, problem = self.undo_stack.undo()
        if problem:
            self.context.status_message(f"Could not undo the {label}: {problem}")
        elif label:
            self.context.status_message(f"Undone: {label}.")

    undo_delete = undo  # the older name

    def _put_back(self, record: DirectoryRecord) -> str:
        """Save ``record`` as it was (restores a deleted one with its id); "" when done."""
        result = self.service.save(record)  # type: ignore[type-var]  # one of the four kinds
        if not result.ok:
            return "; ".join(e.message for e in result.errors)
        kind = KIND_OF[type(record)]
        pane = self.panes[kind]
        self.tabs.setCurrentWidget(pane)
        self.context.notify_changed({kind})
        pane.show_record(result.unwrap())
        return ""

    def _remove(self, record: DirectoryRecord) -> str:
        kind = KIND_OF[type(record)]
        result = self.service.delete(kind, record.id)
        if not result.ok:
            return "; ".join(e.message for e in result.errors)
        pane = self.panes[kind]
        if pane.form.current.id == record.id:
            pane.show_record(blank_record(kind))
        self.context.notify_changed({kind})
        return ""

    def _saved(self, record: DirectoryRecord) -> None:
        pane = self.panes[KIND_OF[type(record)]]
        previous = pane.previous_version
        name = record_label(record)
        if previous is None or not previous.id:
            self.undo_stack.push(f"new {name}", lambda: self._remove(record))
        elif previous != record:
            self.undo_stack.push(f"save of {name}", lambda: self._put_back(previous))
        self.context.notify_changed({KIND_OF[type(record)]})
        self.context.status_message(f"Saved {name}.")

    def _deleted(self, record: DirectoryRecord) -> None:
        name = record_label(record)
        self.undo_stack.push(f"delete of {name}", lambda: self._put_back(record))
        self.context.notify_changed({KIND_OF[type(record)]})
        self.context.status_message(f"Deleted {name}. Ctrl+Z brings it back.")

    def _changed(self, kinds: frozenset[str]) -> None:
        for kind, pane in self.panes.items():
            if _SHOWS[kind] & kinds:
                pane.reload()
            if (_SHOWS[kind] - {kind}) & kinds:
                pane.refresh_choices()

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
