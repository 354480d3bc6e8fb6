"""Full-text search over minutes, decisions, action points and document titles.

Case and accents are ignored ("cote" finds Côte d'Ivoire); each result shows
its meeting and a snippet with the matching words highlighted. Enter or a
double-click opens the meeting at that item.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from isu_desk.capabilities.meetings.services.meetings import Hit, MeetingsService
from isu_desk.ui.widgets import SearchField

HIGHLIGHT = "background: #ffe08a; font-weight: 600;"
KIND_LABELS = {
    "minutes": "Minutes",
    "decision": "Decision",
    "action": "Action point",
    "document": "Document",
}
HIT = Qt.ItemDataRole.UserRole + 1


def highlighted(hit: Hit) -> str:
    """The snippet as rich text, the matching words marked."""
    return "".join(
        f'<span style="{HIGHLIGHT}">{escape(text, quote=False)}</span>'
        if marked
        else escape(text, quote=False)
        for text, marked in hit.snippet
    )


class SearchView(QWidget):
    """A search box and its results; ``open_hit`` carries the :class:`Hit` chosen."""

    open_hit = Signal(object)

    def __init__(self, service: MeetingsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.box = SearchField("Search minutes, decisions, action points and documents")
        self.box.setObjectName("meetings_fulltext")
        self.results = QListWidget()
        self.results.setObjectName("search_results")
        self.results.setAlternatingRowColors(True)
        self.count = QLabel("Type words to search; accents and case do not matter.")
        self.hits: list[Hit] = []
        self.meeting_names: dict[str, str] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addWidget(self.count)
        layout.addWidget(self.results, 1)
        self.box.textChanged.connect(self.run)
        self.box.to_list.connect(self._to_results)
        self.results.itemActivated.connect(self._activated)

    def run(self, query: str) -> None:
        self.hits = self.service.search(query, limit=100)
        if self.hits and not self.meeting_names:
            self.meeting_names = {m.id: m.display_name for m in self.service.meetings()}
        self.results.clear()
        for number, hit in enumerate(self.hits):
            item = QListWidgetItem()
            item.setData(HIT, number)
            label = QLabel(
                f"<b>{KIND_LABELS.get(hit.kind, hit.kind)}</b> · "
                f"{escape(self.meeting_names.get(hit.meeting_id, ''))}<br>{highlighted(hit)}"
            )
            label.setObjectName("hit")
            label.setWordWrap(True)
            label.setContentsMargins(6, 4, 6, 4)
            width = max(self.results.viewport().width() - 8, 200)
            item.setSizeHint(QSize(width, label.heightForWidth(width) + 2))
            self.results.addItem(item)
            self.results.setItemWidget(item, label)
        if query.strip():
            found = len(self.hits)
            self.count.setText(f"{found} result{'' if found == 1 else 's'}" + (
                " (the first 100)" if found == 100 else ""))  # fmt: skip
        if self.hits:
            self.results.setCurrentRow(0)

    def forget_names(self) -> None:
        """Meetings changed: names are read again at the next search."""
        self.meeting_names = {}

    def _to_results(self) -> None:
        self.results.setFocus()
        if self.results.currentRow() < 0 and self.hits:
            self.results.setCurrentRow(0)

    def _activated(self, item: QListWidgetItem) -> None:
        self.open_hit.emit(self.hits[int(item.data(HIT))])
