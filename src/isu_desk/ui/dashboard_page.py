"""The Dashboard: a few figures at a glance, refreshed when records change.

Its own tiles count States Parties, signatories, contacts and organisations
and show the next Article 7 transparency report date (30 April). When the
Contributions page offers a ``DashboardTile`` widget, it is shown too.
"""

from __future__ import annotations

import importlib
import importlib.util
from datetime import date
from types import MappingProxyType

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from isu_desk.domain.directory import StateStatus
from isu_desk.domain.listing import ListQuery
from isu_desk.services.directory import DirectoryService
from isu_desk.ui.context import AppContext

CONTRIBUTIONS_PAGE = "isu_desk.ui.contributions_page"
TILE_STYLE = (
    "QFrame#tile { background: palette(base); border: 1px solid palette(mid); border-radius: 8px; }"
)


def next_article7_date(today: date) -> date:
    """Article 7 reports are due by 30 April each year."""
    due = date(today.year, 4, 30)
    return due if today <= due else date(today.year + 1, 4, 30)


class Tile(QFrame):
    """A figure with a caption; a click (or Enter) opens the list it counts."""

    clicked = Signal()

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet(TILE_STYLE)
        self.setMinimumSize(160, 100)
        self.value = QLabel("–")
        self.value.setObjectName("tile_value")
        self.value.setStyleSheet("font-size: 24pt; font-weight: 600; border: none;")
        self.caption = QLabel(caption)
        self.caption.setStyleSheet("color: palette(placeholder-text); border: none;")
        self.caption.setWordWrap(True)
        box = QVBoxLayout(self)
        box.setContentsMargins(16, 12, 16, 12)
        box.addWidget(self.value)
        box.addWidget(self.caption)

    def set_value(self, text: str) -> None:
        self.value.setText(text)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
        else:
            super().keyPressEvent(event)


class DashboardPage(QWidget):
    """The first section: counts and the next deadline; each card opens what it counts."""

    open_requested = Signal(str, str, str)  # section, list, status filter

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.service = DirectoryService(context.database)
        heading = QLabel("Dashboard")
        heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.tiles = {
            "parties": Tile("States Parties"),
            "signatories": Tile("Signatories"),
            "contacts": Tile("Contacts"),
            "organisations": Tile("Organisations"),
            "article7": Tile("Next Article 7 transparency reports due"),
        }
        # What each tile opens: (section, Directory list, filter on its status).
        targets = {
            "parties": ("Directory", "states", "state_party"),
            "signatories": ("Directory", "states", "signatory"),
            "contacts": ("Directory", "contacts", ""),
            "organisations": ("Directory", "organisations", ""),
            "article7": ("Directory", "states", "state_party"),
        }
        for key, target in targets.items():
            self.tiles[key].setToolTip("Open the list")
            self.tiles[key].clicked.connect(lambda t=target: self.open_requested.emit(*t))
        grid = QGridLayout()
        grid.setSpacing(12)
        for position, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, position // 3, position % 3)
        box = QVBoxLayout(self)
        box.setContentsMargins(24, 24, 24, 24)
        box.setSpacing(16)
        box.addWidget(heading)
        box.addLayout(grid)
        extra = _contributions_tile(context)
        if extra is not None:
            box.addWidget(extra)
            if hasattr(extra, "clicked"):
                extra.clicked.connect(lambda: self.open_requested.emit("Contributions", "", ""))
        box.addStretch(1)
        box.setAlignment(Qt.AlignmentFlag.AlignTop)
        context.changed.connect(lambda _kinds: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        """Recount (four COUNT queries)."""
        for key, status in (("parties", StateStatus.STATE_PARTY), ("signatories", "signatory")):
            query = ListQuery(filters=MappingProxyType({"status": str(status)}))
            self.tiles[key].set_value(f"{self.service.count('states', query):,}")
        for kind in ("contacts", "organisations"):
            self.tiles[kind].set_value(f"{self.service.count(kind):,}")
        today = date.today()
        due = next_article7_date(today)
        days = (due - today).days
        self.tiles["article7"].set_value(due.strftime("%d %B %Y").lstrip("0"))
        self.tiles["article7"].caption.setText(
            f"Article 7 transparency reports due ({'today' if days == 0 else f'in {days} days'})"
        )


def _contributions_tile(context: AppContext) -> QWidget | None:
    """The Contributions page's tile, when that page exists and offers one."""
    if importlib.util.find_spec(CONTRIBUTIONS_PAGE) is None:
        return None
    module = importlib.import_module(CONTRIBUTIONS_PAGE)
    tile_class = getattr(module, "DashboardTile", None)
    if tile_class is None:
        return None
    tile = tile_class(context)
    return tile if isinstance(tile, QWidget) else None
