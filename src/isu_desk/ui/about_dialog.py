"""Help ▸ About ISU Desk (version, data folder, licences) and Help ▸ About Qt.

The licences shown are the shipped ``resources/licences/THIRD-PARTY-NOTICES.txt``
(every bundled component with its licence text); ISU Desk's own is MIT.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from isu_desk import __version__
from isu_desk.paths import resources_dir

NOTICES = "licences/THIRD-PARTY-NOTICES.txt"


def notices_text() -> str:
    """The third-party notices, or a plain line saying where they should have been."""
    try:
        return (resources_dir() / NOTICES).read_text(encoding="utf-8")
    except OSError as exc:
        return QCoreApplication.translate(
            "about_dialog", "The licence notices could not be read ({error}); reinstall ISU Desk."
        ).format(error=exc)


class AboutDialog(QDialog):
    """The version, the data folder, the MIT licence and every bundled component's licence."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About ISU Desk"))
        self.resize(720, 560)
        summary = QLabel(
            self.tr(
                "<h3>ISU Desk {version}</h3>"
                "<p>Records of the Implementation Support Unit of the Convention on Cluster "
                "Munitions.</p>"
                "<p>ISU Desk is free software under the MIT licence. It is built with Qt "
                "(LGPL-3.0) through PySide6, Python (PSF licence) and the components listed "
                "below, each under its own licence.</p>"
                "<p>Data folder: {folder}</p>"
            ).format(version=__version__, folder=data_dir)
        )
        summary.setObjectName("about_summary")
        summary.setWordWrap(True)
        summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notices = QPlainTextEdit(notices_text())
        self.notices.setObjectName("about_notices")
        self.notices.setReadOnly(True)
        self.notices.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        about_qt = QPushButton(self.tr("About Qt"))
        about_qt.setObjectName("about_qt")
        buttons.addButton(about_qt, QDialogButtonBox.ButtonRole.ActionRole)
        about_qt.clicked.connect(lambda: QApplication.aboutQt())
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.notices, 1)
        layout.addWidget(buttons)


def add_help_actions(menu: QMenu, window: QWidget, data_dir: Path) -> None:
    """Fill the Help menu: About ISU Desk (licences) and About Qt."""
    about = QAction(QCoreApplication.translate("about_dialog", "About ISU Desk"), window)
    about.setMenuRole(QAction.MenuRole.AboutRole)
    about.triggered.connect(lambda: AboutDialog(data_dir, window).exec())
    menu.addAction(about)
    about_qt = QAction(QCoreApplication.translate("about_dialog", "About Qt"), window)
    about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)
    about_qt.triggered.connect(lambda: QApplication.aboutQt())
    menu.addAction(about_qt)
