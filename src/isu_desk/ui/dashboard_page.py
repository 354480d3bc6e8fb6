"""The Dashboard: each capability's tile (declared in the registry), one under another.

A tile is a widget built as ``Tile(context)`` that refreshes itself when
records it shows change. :class:`Tile` is one figure with a caption, for
tiles made of figures.

The Dashboard is the one page built before the database is open (the window
shows first, see :mod:`isu_desk.ui.startup`): until then each capability's
place holds a :class:`LoadingTile` saying its figures are loading (never a
zero that is not one), and :meth:`DashboardPage.database_ready` puts the real
tiles in their places.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from isu_desk.capabilities import registry
from isu_desk.capabilities.declaration import load
from isu_desk.ui.context import AppContext
from isu_desk.ui.placeholder_page import LOADING_STYLE, titled_text

TILE_STYLE = (
    "QFrame#tile { background: palette(base); border: 1px solid palette(mid); border-radius: 8px; }"
    # The figure Tab reached shows it: Enter opens what it counts.
    "QFrame#tile:focus { border: 2px solid palette(highlight); }"
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


def lay_out_tiles(owner: QWidget, tiles: Mapping[str, Tile], per_row: int) -> None:
    """Place a capability's figures in rows of ``per_row`` across ``owner``."""
    grid = QGridLayout()
    grid.setSpacing(12)
    for position, tile in enumerate(tiles.values()):
        grid.addWidget(tile, position // per_row, position % per_row)
    box = QVBoxLayout(owner)
    box.setContentsMargins(0, 0, 0, 0)
    box.addLayout(grid)


class LoadingTile(QFrame):
    """Where a capability's figures will be: its title and "Loading figures…"."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.setStyleSheet(TILE_STYLE)
        self.setMinimumSize(160, 100)
        box = QVBoxLayout(self)
        box.setContentsMargins(16, 12, 16, 12)
        text = titled_text(box, title, self.tr("Loading figures…"), LOADING_STYLE, heading_pt=13)
        text.setObjectName("loading_text")


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
        self._box = box
        self.tiles: dict[str, QWidget] = {}
        for capability in registry.with_("tile"):
            self.tiles[capability.name] = LoadingTile(capability.title)
            box.addWidget(self.tiles[capability.name])
        box.addStretch(1)
        box.setAlignment(Qt.AlignmentFlag.AlignTop)
        if context.is_ready:
            self.database_ready()

    @property
    def loading(self) -> bool:
        """Whether the tiles still wait for the database."""
        return any(isinstance(tile, LoadingTile) for tile in self.tiles.values())

    def database_ready(self) -> None:
        """Put each capability's real tile (with its figures) in place of its loading one."""
        for capability in registry.with_("tile"):
            waiting = self.tiles[capability.name]
            if not isinstance(waiting, LoadingTile):
                continue
            tile = load(capability.tile)(self.context)
            self._box.replaceWidget(waiting, tile)
            waiting.hide()
            waiting.deleteLater()
            self.tiles[capability.name] = tile
            if hasattr(tile, "open_requested"):
                tile.open_requested.connect(self.open_requested)
