"""A page for a section still to come, one that failed to start, or one still loading.

A section to come says in plain words what it will hold (its declared
``plan``); a page that failed to build says so, and the log has the reason.
A section opened while the database is still opening says that it is loading
(:class:`LoadingPage`) until its real page replaces it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from isu_desk.ui.context import AppContext

LOADING_STYLE = "font-size: 11pt; color: palette(placeholder-text);"


def titled_text(
    box: QVBoxLayout, title: str, text: str, style: str, heading_pt: int = 18
) -> QLabel:
    """Add a bold heading and a text under it to ``box``; returns the text's label."""
    heading = QLabel(title)
    heading.setStyleSheet(f"font-size: {heading_pt}pt; font-weight: 600; border: none;")
    label = QLabel(text)
    label.setStyleSheet(f"{style} border: none;")
    box.addWidget(heading)
    box.addWidget(label)
    return label


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
        box = QVBoxLayout(self)
        box.setContentsMargins(32, 32, 32, 32)
        said = (
            self.tr("This section is not built yet. It will hold {plan}").format(
                plan=_lower_first(QCoreApplication.translate("Capabilities", plan))
            )
            if plan
            else self.tr("This section could not start; the log file says why.")
        )
        text = titled_text(box, title, said, "font-size: 11pt;")
        text.setObjectName("placeholder_text")
        text.setWordWrap(True)
        text.setMinimumWidth(420)
        text.setMaximumWidth(620)
        box.addStretch(1)


class LoadingPage(QWidget):
    """What a section shows while the database opens: its title and "Loading…"."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QVBoxLayout(self)
        box.setContentsMargins(32, 32, 32, 32)
        text = titled_text(box, title, self.tr("Loading…"), LOADING_STYLE)
        text.setObjectName("loading_text")
        box.addStretch(1)


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]
