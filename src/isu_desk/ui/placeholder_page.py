"""A page for a section still to come, or one that failed to start.

A section to come says in plain words what it will hold (its declared
``plan``); a page that failed to build says so, and the log has the reason.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from isu_desk.ui.context import AppContext


class PlaceholderPage(QWidget):
    """Tells the user what a section will hold once it is built."""

    def __init__(
        self,
        context: AppContext | None,
        title: str = "",
        plan: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        heading = QLabel(title)
        heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
        text = QLabel(
            self.tr("This section is not built yet. It will hold {plan}").format(
                plan=_lower_first(QCoreApplication.translate("Capabilities", plan))
            )
            if plan
            else self.tr("This section could not start; the log file says why.")
        )
        text.setObjectName("placeholder_text")
        text.setWordWrap(True)
        text.setMinimumWidth(420)
        text.setMaximumWidth(620)
        text.setStyleSheet("font-size: 11pt;")
        box = QVBoxLayout(self)
        box.setContentsMargins(32, 32, 32, 32)
        box.addWidget(heading)
        box.addWidget(text)
        box.addStretch(1)


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]
