"""Help ▸ About ISU Desk shows the version and every licence; About Qt opens Qt's; the icon."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPlainTextEdit, QPushButton

from isu_desk import __version__
from isu_desk.ui.about_dialog import AboutDialog
from isu_desk.ui.main_window import MainWindow


def _help_action(window: MainWindow, text: str):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Help")
    return menu, next(a for a in menu.actions() if a.text() == text)


def test_about_shows_version_mit_and_the_bundled_licences(qtbot, window: MainWindow) -> None:
    seen: dict[str, str] = {}

    def read_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AboutDialog)
        seen["summary"] = dialog.findChild(QLabel, "about_summary").text()
        seen["notices"] = dialog.findChild(QPlainTextEdit, "about_notices").toPlainText()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    menu, about = _help_action(window, "About ISU Desk")
    QTimer.singleShot(0, read_and_close)
    menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(about).center())

    assert __version__ in seen["summary"] and "MIT" in seen["summary"]
    for name in ("PySide6", "python-bidi", "reportlab", "SQLAlchemy", "keyring", "DejaVu"):
        assert name in seen["notices"]
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in seen["notices"]


def test_about_qt_button_opens_qts_own_notice(qtbot, window: MainWindow) -> None:
    dialog = AboutDialog(window.context.data_dir, window)
    qtbot.addWidget(dialog)
    dialog.show()
    seen: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.close()

    QTimer.singleShot(0, read_and_close)
    qtbot.mouseClick(dialog.findChild(QPushButton, "about_qt"), Qt.MouseButton.LeftButton)

    assert seen and "Qt" in seen[0]


def test_the_window_icon_comes_from_the_package(qapp) -> None:
    from isu_desk.ui.app import application

    icon = application().windowIcon()
    assert not icon.isNull()
    assert icon.pixmap(64, 64).width() == 64
