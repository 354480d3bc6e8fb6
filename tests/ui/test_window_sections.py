"""The window's sections come from the registry; a page is built when first opened."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt
from tests.ui.ui_keys import press

from isu_desk.ui.main_window import SECTIONS, MainWindow


def test_sections_are_in_declared_order() -> None:
    assert SECTIONS == (
        "Dashboard",
        "Contributions",
        "Sponsorship",
        "Meetings",
        "Directory",
        "Reports",
        "Sync",
    )


def test_a_page_is_built_only_when_its_section_is_first_shown(window: MainWindow) -> None:
    assert window.current_section() == "Directory"
    assert "Contributions" not in dict(window.pages)
    assert window.holders["Contributions"].widget() is None

    press(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)

    assert window.current_section() == "Contributions"
    page = dict(window.pages)["Contributions"]
    assert window.holders["Contributions"].widget() is page
    assert page.isVisible()


def test_opening_a_menu_builds_its_page_and_its_actions_show_it(
    qtbot, open_window: Callable[[], MainWindow]
) -> None:
    QSettings().setValue("window/section", "Dashboard")
    window = open_window()
    assert "Directory" not in dict(window.pages)
    menu = window.page_menus["Directory"]
    bar = window.menuBar()
    qtbot.mouseClick(
        bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(menu.menuAction()).center()
    )

    find = next(a for a in menu.actions() if a.text() == "Find")
    menu.close()
    find.trigger()
    assert window.current_section() == "Directory"
    assert dict(window.pages)["Directory"].isVisible()
