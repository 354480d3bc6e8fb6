"""Meetings' dashboard tile: the next meeting (days to go), overdue action points and
minutes waiting for approval. Clicking a figure opens what it counts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QWidget

from isu_desk.capabilities.meetings.services.meetings import MeetingsService
from isu_desk.capabilities.meetings.services.minutes import MinutesService
from isu_desk.capabilities.meetings.ui.action_points import OPEN
from isu_desk.ui.dashboard_page import Tile

TABLES = ("meetings", "action_points", "minutes")
SECTION = "Meetings"


class ClickableTile(Tile):
    """A figure that does something when clicked (or Enter/Space when focused)."""

    def __init__(self, caption: str, on_click: Callable[[], None]) -> None:
        super().__init__(caption)
        self.on_click = on_click
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.on_click()

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.on_click()
        else:
            super().keyPressEvent(event)


class MeetingsTile(QWidget):
    """Three figures of Meetings on the Dashboard."""

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meetings = MeetingsService(context.database)
        self.minutes = MinutesService(context.database)
        self.next_id = ""
        self.tiles = {
            "next": ClickableTile(self.tr("Next meeting"), self.open_next),
            "overdue": ClickableTile(self.tr("Overdue action points"), self.open_overdue),
            "awaiting": ClickableTile(self.tr("Minutes waiting for approval"), self.open_awaiting),
        }
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        for key, tile in self.tiles.items():
            tile.setObjectName(f"tile_{key}")
            tile.setStyleSheet(tile.styleSheet().replace("#tile", f"#tile_{key}"))
            row.addWidget(tile)
        context.watch(self, TABLES, self.refresh)
        self.refresh()

    def refresh(self) -> None:
        upcoming = self.meetings.next_meeting()
        self.next_id = upcoming.id if upcoming else ""
        if upcoming is None:
            self.tiles["next"].set_value(self.tr("none planned"))
            self.tiles["next"].caption.setText(self.tr("Next meeting"))
        else:
            days = (upcoming.start_date - date.today()).days
            self.tiles["next"].set_value(
                self.tr("today")
                if days <= 0
                else self.tr("in %n day", None, days)
                if days == 1
                else self.tr("in %n days", None, days)
            )
            self.tiles["next"].caption.setText(
                self.tr("Next meeting: {meeting}").format(meeting=upcoming.display_name)
            )
        overdue, awaiting = self.minutes.counts()
        self.tiles["overdue"].set_value(f"{overdue:,}")
        self.tiles["awaiting"].set_value(f"{awaiting:,}")

    # --- clicks: the Meetings section at what the figure counts ------------------------

    def _page(self) -> Any:
        window: Any = self.window()
        window.show_section(SECTION)
        return window.pages[SECTION]

    def open_next(self) -> None:
        if self.next_id:
            self._page().open_meeting_id(self.next_id)

    def open_overdue(self) -> None:
        page = self._page()
        page.points.status.set_value(OPEN)
        page.points.owner.clear()
        page.points.refresh()
        page.show_points()

    def open_awaiting(self) -> None:
        page = self._page()
        waiting = self.minutes.awaiting_approval()
        if waiting:
            page.open_meeting_id(waiting[-1], "minutes")
        else:
            page.show_list()
