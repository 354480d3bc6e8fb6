"""Full-text search over minutes, decisions, action points and document titles.

Case and accents are ignored ("cote" finds Côte d'Ivoire); each result shows
its meeting and a snippet with the matching words highlighted. Enter or a
double-click opens the meeting at that item.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from isu_desk.capabilities.declaration import QT_TRANSLATE_NOOP
from isu_desk.capabilities.meetings.services.meetings import Hit, MeetingsService
from isu_desk.ui.widgets import SearchField

HIGHLIGHT = "background: #ffe08a; color: #000000; font-weight: 600;"
KIND_LABELS = {
    "minutes": QT_TRANSLATE_NOOP("SearchView", "Minutes"),
    "decision": QT_TRANSLATE_NOOP("SearchView", "Decision"),
    "action": QT_TRANSLATE_NOOP("SearchView", "Action point"),
    "document": QT_TRANSLATE_NOOP("SearchView", "Document"),
}
HIT = Qt.ItemDataRole.UserRole + 1
HTML = Qt.ItemDataRole.UserRole + 2
LIMIT = 50  # results shown; the best matches come first


def highlighted(hit: Hit) -> str:
    """The snippet as rich text, the matching words marked."""
    return "".join(
        f'<span style="{HIGHLIGHT}">{escape(text, quote=False)}</span>'
        if marked
        else escape(text, quote=False)
        for text, marked in hit.snippet
    )


class RichTextDelegate(QStyledItemDelegate):
    """Draws a row's rich text (the ``HTML`` role), wrapped to the list's width.

    Only the rows in view are laid out and painted, so a keystroke does not
    build a widget per result.
    """

    MARGIN = 6

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self.view = view

    def _document(self, option: QStyleOptionViewItem, index: Any) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(str(index.data(HTML) or ""))
        document.setTextWidth(max(option.rect.width(), 200) - 2 * self.MARGIN)
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Any) -> None:
        self.initStyleOption(option, index)
        option.text = ""  # the background and selection only; the text is drawn below
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        document = self._document(option, index)
        painter.save()
        painter.translate(option.rect.left() + self.MARGIN, option.rect.top() + 4)
        context = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:
            role = QPalette.ColorRole.HighlightedText
            context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> QSize:
        option.rect.setWidth(self.view.viewport().width())
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 8)


class SearchView(QWidget):
    """A search box and its results; ``open_hit`` carries the :class:`Hit` chosen."""

    open_hit = Signal(object)

    def __init__(self, service: MeetingsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.box = SearchField(self.tr("Search minutes, decisions, action points and documents"))
        self.box.setObjectName("meetings_fulltext")
        self.results = QListWidget()
        self.results.setObjectName("search_results")
        self.results.setAlternatingRowColors(True)
        self.results.setItemDelegate(RichTextDelegate(self.results))
        self.count = QLabel(self.tr("Type words to search; accents and case do not matter."))
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
        self.hits = self.service.search(query, limit=LIMIT)
        if self.hits and not self.meeting_names:
            self.meeting_names = {m.id: m.display_name for m in self.service.meetings()}
        self.results.clear()
        for number, hit in enumerate(self.hits):
            kind = self.tr(KIND_LABELS.get(hit.kind, hit.kind))
            item = QListWidgetItem(f"{kind}: {hit.snippet_text}")
            item.setData(HIT, number)
            item.setData(
                HTML,
                f"<b>{kind}</b> · "
                f"{escape(self.meeting_names.get(hit.meeting_id, ''), quote=False)}<br>"
                f"{highlighted(hit)}",
            )
            self.results.addItem(item)
        if query.strip():
            found = len(self.hits)
            self.count.setText(
                self.tr("the first %n results", None, found)
                if found == LIMIT
                else self.tr("%n result", None, found)
                if found == 1
                else self.tr("%n results", None, found)
            )
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
