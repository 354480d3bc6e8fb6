"""Help ▸ User guide (F1): the short guide shipped with the app, readable offline."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QDialog, QTextBrowser, QVBoxLayout, QWidget

from isu_desk.paths import resources_dir
from isu_desk.ui.record_form import fit_to_screen

GUIDE = "user-guide.md"


def guide_text() -> str:
    path = resources_dir() / GUIDE
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return QCoreApplication.translate(
            "user_guide", "The user guide ({file}) is missing from this copy of ISU Desk."
        ).format(file=GUIDE)


class UserGuide(QDialog):
    """The guide in a window of its own, beside the work."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("ISU Desk — user guide"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("user_guide")
        self.browser.setOpenExternalLinks(False)
        self.browser.setMarkdown(guide_text())
        QVBoxLayout(self).addWidget(self.browser)
        fit_to_screen(self, QSize(760, 700))
