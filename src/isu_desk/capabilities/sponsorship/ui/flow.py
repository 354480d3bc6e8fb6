"""A layout that lays its widgets out in a row and wraps them onto the next line when the
width runs out (Qt's Flow Layout example), so a row of buttons never makes its page scroll
sideways: at 1280x720 with a 150 % scale, or with French labels, the buttons wrap."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QStyle, QWidget


class FlowLayout(QLayout):
    """Widgets left to right, wrapping; ``stretch_last`` puts the last one at the right end."""

    def __init__(self, parent: QWidget | None = None, stretch_last: bool = False) -> None:
        super().__init__(parent)
        self.items: list[QLayoutItem] = []
        self.stretch_last = stretch_last
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self.items.append(item)

    def count(self) -> int:
        return len(self.items)

    def itemAt(self, index: int) -> Any:
        return self.items[index] if 0 <= index < len(self.items) else None

    def takeAt(self, index: int) -> Any:
        return self.items.pop(index) if 0 <= index < len(self.items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self.items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _spacing(self, horizontal: bool) -> int:
        parent = self.parentWidget()
        style = parent.style() if parent is not None else None
        if style is None:
            return 6
        kind = QSizePolicy.ControlType.PushButton
        orientation = Qt.Orientation.Horizontal if horizontal else Qt.Orientation.Vertical
        gap = style.layoutSpacing(kind, kind, orientation)
        return gap if gap >= 0 else style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)

    def _place(self, rect: QRect, move: bool) -> int:
        """Lay the items out in ``rect`` (``move``: for real); returns the height used."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line = area.x(), area.y(), 0
        across, down = self._spacing(True), self._spacing(False)
        for number, item in enumerate(self.items):
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line > 0:
                x, y, line = area.x(), y + line + down, 0
            last = self.stretch_last and number == len(self.items) - 1
            left = max(x, area.right() + 1 - hint.width()) if last else x
            if move:
                item.setGeometry(QRect(QPoint(left, y), hint))
            x, line = left + hint.width() + across, max(line, hint.height())
        return y + line - rect.y() + margins.bottom()


class WrappingPanel(QWidget):
    """A widget whose minimum height follows its layout's height at its current width, so
    rows that wrap push what is under them down (and the page scrolls down, never sideways)."""

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            needed = layout.heightForWidth(self.width())
            if needed != self.minimumHeight():
                self.setMinimumHeight(needed)
