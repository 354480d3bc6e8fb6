"""The window's sections come from the registry; a page is built when first opened."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel
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


def test_a_failed_background_job_is_logged_with_its_traceback_and_told_plainly(
    qtbot, monkeypatch, context, tmp_path
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from isu_desk.ui import app as app_module

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    app_module.install_error_hook(tmp_path)

    def bug() -> None:
        raise KeyError("a bug in a job")

    context.run_in_background(bug)
    qtbot.waitUntil(lambda: bool(shown))

    assert "KeyError" not in shown[0] and "isu-desk.log" in shown[0]
    logged = (tmp_path / app_module.LOG_FILE).read_text(encoding="utf-8")
    assert "Traceback" in logged and "a bug in a job" in logged


def test_a_page_that_fails_to_build_is_logged_and_says_so(
    qtbot, monkeypatch, open_window, tmp_path
) -> None:
    from isu_desk.capabilities.contributions.ui import page as contributions_page
    from isu_desk.ui import app as app_module

    def broken(*_args: object) -> None:
        raise RuntimeError("the page's own bug")

    monkeypatch.setattr(contributions_page, "ContributionsPage", broken)
    app_module.install_error_hook(tmp_path)
    window = open_window()
    window.show_section("Contributions")

    text = window.pages["Contributions"].findChild(QLabel, "placeholder_text").text()
    assert "could not start" in text
    logged = (tmp_path / app_module.LOG_FILE).read_text(encoding="utf-8")
    assert "Contributions page failed to build" in logged and "the page's own bug" in logged


def test_ctrl_z_undoes_a_contributions_change_from_the_window(qtbot, window: MainWindow) -> None:
    from decimal import Decimal

    from isu_desk.capabilities.contributions.domain.records import BudgetLine
    from isu_desk.capabilities.contributions.services.service import ContributionsService

    window.show_section("Contributions")
    page = window.pages["Contributions"]
    service = ContributionsService(window.context.database)
    service.save_budget_line(BudgetLine("", 2026, "Staff", Decimal("480000"))).unwrap()
    assert page.budget.model.rowCount() == 1

    press(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: page.budget.model.rowCount() == 0)
    assert "1 budget line" in window.statusBar().currentMessage()
