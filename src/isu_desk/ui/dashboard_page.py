"""The Dashboard: each capability's tile (declared in the registry), one under another.

A tile is a widget built as ``Tile(context)`` that refreshes itself when
records it shows change. :class:`Tile` is one figure with a caption, for
tiles made of figures.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from isu_desk.capabilities import registry
from isu_desk.capabilities.declaration import load
from isu_desk.ui.context import AppContext

TILE_STYLE = (
    "QFrame#tile { background: palette(base); border: 1px solid palette(mid); border-radius: 8px; }"
)


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
    """The first section: every capability's tile; a tile's figure opens what it counts."""

    # (section, list within it, status filter): a tile asks the window to open it.
    open_requested = Signal(str, str, str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        heading = QLabel(QCoreApplication.translate("Capabilities", "Dashboard"))
        heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
        box = QVBoxLayout(self)
        box.setContentsMargins(24, 24, 24, 24)
        box.setSpacing(16)
        box.addWidget(heading)
        self.tiles: dict[str, QWidget] = {}
        for capability in registry.with_("tile"):
            tile = load(capability.tile)(context)
            self.tiles[capability.name] = tile
            box.addWidget(tile)
            if hasattr(tile, "open_requested"):
                tile.open_requested.connect(self.open_requested)
        box.addStretch(1)
        box.setAlignment(Qt.AlignmentFlag.AlignTop)
