"""The Meetings section: the list of meetings and one meeting's tabs, the Action
points view across meetings, and full-text search.

Shortcuts (the Meetings menu): Ctrl+F finds a meeting, Ctrl+Shift+F searches
minutes, decisions, action points and documents, Ctrl+S saves the form or
minutes text shown, Ctrl+D marks the chosen action point done. Every write
notifies the window, so the lists follow edits, undo and sync.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from isu_desk.capabilities.meetings.domain.records import Meeting
from isu_desk.capabilities.meetings.services.meetings import Hit, MeetingsService
from isu_desk.capabilities.meetings.services.minutes import ActionRow, MinutesService
from isu_desk.capabilities.meetings.ui.action_points import ActionPointsView, mark_done
from isu_desk.capabilities.meetings.ui.meeting_view import MeetingView
from isu_desk.capabilities.meetings.ui.meetings_list import MeetingsList
from isu_desk.capabilities.meetings.ui.search import SearchView

TABLES = frozenset(
    {
        "meetings",
        "agenda_items",
        "meeting_documents",
        "participants",
        "minutes",
        "minute_entries",
        "minute_corrections",
        "decisions",
        "action_points",
        "contacts",
        "states",
        "organisations",
    }
)


class MeetingsPage(QWidget):
    """The Meetings section of the main window."""

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.service = MeetingsService(context.database)
        self.minutes = MinutesService(context.database)
        self.list = MeetingsList(self.service)
        self.view = MeetingView(context)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.view)
        self.points = ActionPointsView(self.minutes)
        self.search = SearchView(self.service)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("meetings_tabs")
        self.tabs.addTab(self.stack, self.tr("Meetings"))
        self.tabs.addTab(self.points, self.tr("Action points"))
        self.tabs.addTab(self.search, self.tr("Search"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.list.opened.connect(self.open_meeting)
        self.view.back.connect(self.show_list)
        self.view.mark_done.connect(self._mark_done_in_meeting)
        self.points.open_point.connect(self._open_point)
        self.search.open_hit.connect(self.open_hit)
        for sender in (self.view, self.points):
            sender.message.connect(self.context.status_message)
        self._actions = self._make_actions()
        context.watch(self, TABLES, self.refresh)

    # --- the page contract -----------------------------------------------------------

    def menu_actions(self) -> list[QAction]:
        return self._actions

    def can_close(self) -> bool:
        """Offer to save minutes text typed and not saved; False when the user cancels."""
        tab = self.view.minutes
        if not tab.dirty:
            return True
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self,
            self.tr("Meetings"),
            self.tr("Save the minutes text you typed?"),
            buttons.Save | buttons.Discard | buttons.Cancel,
        )
        if answer == buttons.Save:
            return tab.save()
        return answer == buttons.Discard

    def _make_actions(self) -> list[QAction]:
        specs = (
            (self.tr("Find a meeting"), QKeySequence.StandardKey.Find, self.find_meeting),
            (
                self.tr("Search minutes and decisions"),
                QKeySequence("Ctrl+Shift+F"),
                self.show_search,
            ),
            (self.tr("Action points"), QKeySequence("Ctrl+Shift+A"), self.show_points),
            (self.tr("Save"), QKeySequence.StandardKey.Save, self.save),
            (self.tr("Mark action point done…"), QKeySequence("Ctrl+D"), self.mark_done),
        )
        actions = []
        for text, keys, slot in specs:
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            actions.append(action)
        return actions

    def refresh(self) -> None:
        self.list.refresh()
        self.points.refresh()
        self.search.forget_names()
        if self.stack.currentWidget() is self.view:
            self.view.reload()

    # --- navigation ------------------------------------------------------------------

    def show_list(self) -> None:
        self.tabs.setCurrentWidget(self.stack)
        self.stack.setCurrentWidget(self.list)
        self.list.refresh()
        self.list.view.setFocus()

    def find_meeting(self) -> None:
        self.show_list()
        self.list.search.setFocus()
        self.list.search.selectAll()

    def open_meeting(self, meeting: Meeting | None) -> None:
        self.tabs.setCurrentWidget(self.stack)
        self.stack.setCurrentWidget(self.view)
        self.view.show_meeting(meeting)

    def open_meeting_id(self, meeting_id: str, tab: str = "details") -> None:
        meeting = self.service.find_meeting(meeting_id)
        if meeting is not None:
            self.open_meeting(meeting)
            self.view.open_tab(tab)

    def show_points(self) -> None:
        self.tabs.setCurrentWidget(self.points)
        self.points.view.setFocus()

    def show_search(self) -> None:
        self.tabs.setCurrentWidget(self.search)
        self.search.box.setFocus()
        self.search.box.selectAll()

    def open_hit(self, hit: Hit) -> None:
        self.open_meeting_id(hit.meeting_id)
        self.view.show_hit(hit.kind, hit.record_id)

    def _open_point(self, row: ActionRow) -> None:
        self.open_meeting_id(row.point.meeting_id)
        self.view.show_hit("action", row.point.id)

    # --- commands --------------------------------------------------------------------

    def save(self) -> None:
        if self.tabs.currentWidget() is not self.stack or self.stack.currentWidget() is self.list:
            return
        if self.view.tabs.currentWidget() is self.view.minutes:
            self.view.minutes.save()
        else:
            self.view.details.save()

    def mark_done(self) -> None:
        if self.tabs.currentWidget() is self.points:
            self.points.mark_done()
        elif self.stack.currentWidget() is self.view:
            self._mark_done_in_meeting(self.view.selected_point())

    def _mark_done_in_meeting(self, point: Any) -> None:
        line = mark_done(self, self.minutes, point)
        if line:
            self.context.status_message(line)
