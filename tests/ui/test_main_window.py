"""The main window: sections, remembered layout, menus, start-up errors, reports."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel, QMenu, QMessageBox
from tests.ui.ui_keys import press

from isu_desk.domain.errors import DataError
from isu_desk.storage.probe import DATABASE_FILE
from isu_desk.ui import app as app_module
from isu_desk.ui.context import AppContext
from isu_desk.ui.dashboard_page import DashboardPage
from isu_desk.ui.main_window import SECTIONS, MainWindow
from isu_desk.ui.placeholder_page import PlaceholderPage
from isu_desk.ui.reports_page import ReportsPage


def test_sidebar_shows_each_section(qtbot, window: MainWindow) -> None:
    for row, section in enumerate(SECTIONS):
        item = window.sidebar.item(row)
        rect = window.sidebar.visualItemRect(item)
        qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.current_page() is window.pages[section]
        assert window.stack.currentWidget().widget() is window.pages[section]
        assert window.pages[section].isVisible()


def test_a_section_still_to_come_says_what_it_will_hold(window: MainWindow) -> None:
    from isu_desk.capabilities.declaration import Section
    from isu_desk.ui.main_window import build_page

    coming = Section("Archives", 60, plan="Scanned records of past meetings.")
    page = build_page(coming, window.context)
    assert isinstance(page, PlaceholderPage)
    text = page.findChild(QLabel, "placeholder_text").text()
    assert "not built yet" in text and "scanned records of past meetings" in text


def test_directory_shortcuts_act_only_while_directory_shows(window: MainWindow) -> None:
    from tests.ui.ui_keys import press

    pane = window.pages["Directory"].panes["states"]
    pane.view.selectRow(0)
    chosen = pane.form.current.name
    window.show_section("Dashboard")
    press(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section() == "Dashboard"
    assert pane.form.current.name == chosen
    window.show_section("Directory")
    press(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert pane.form.heading.text() == "New state"


def test_menu_item_of_another_section_shows_it(window: MainWindow) -> None:
    window.show_section("Dashboard")
    menu = window.page_menus["Directory"]
    assert menu.menuAction().isVisible()
    next(a for a in menu.actions() if a.text() == "Find").trigger()
    assert window.current_section() == "Directory"


def test_layout_is_remembered(open_window: Callable[[], MainWindow]) -> None:
    first = open_window()
    first.resize(796, 560)
    first.show_section("Reports")
    first.splitter.setSizes([200, 596])
    first.close()
    assert QSettings().value("window/section") == "Reports"
    second = open_window()
    assert (second.width(), second.height()) == (796, 560)
    assert second.current_section() == "Reports"
    assert second.splitter.sizes()[0] == 200


def test_column_widths_are_remembered(open_window: Callable[[], MainWindow]) -> None:
    first = open_window()
    first.pages["Directory"].panes["states"].view.setColumnWidth(0, 321)
    first.close()
    second = open_window()
    assert second.pages["Directory"].panes["states"].view.columnWidth(0) == 321


def test_status_bar_names_the_workstation(window: MainWindow) -> None:
    assert window.workstation_label.text() == "Workstation: Test desk"


def test_the_figure_tab_reaches_on_the_dashboard_is_marked(window: MainWindow, qtbot) -> None:
    window.show_section("Dashboard")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tiles = window.pages["Dashboard"].tiles["directory"].tiles
    tiles["parties"].setFocus()
    unmarked = tiles["contacts"].grab().toImage()
    press(tiles["parties"], Qt.Key.Key_Tab)
    assert tiles["signatories"].hasFocus()
    press(tiles["signatories"], Qt.Key.Key_Tab)
    assert tiles["contacts"].hasFocus()
    assert tiles["contacts"].grab().toImage() != unmarked  # its border shows where Tab is


def test_dashboard_counts_the_directory(window: MainWindow) -> None:
    page = window.pages["Dashboard"]
    assert isinstance(page, DashboardPage)
    assert int(page.tiles["directory"].tiles["parties"].value.text()) > 100
    assert page.tiles["directory"].tiles["contacts"].value.text() == "0"
    assert "April" in page.tiles["directory"].tiles["article7"].value.text()


def test_newer_database_is_refused_with_a_plain_message(monkeypatch, tmp_path) -> None:
    shown: list[str] = []
    with closing(sqlite3.connect(tmp_path / DATABASE_FILE)) as newer:
        newer.execute("CREATE TABLE alembic_version (version_num TEXT)")
        newer.execute("INSERT INTO alembic_version VALUES ('9999_from_the_future')")
        newer.commit()
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    assert app_module.run_app(str(tmp_path)) == 1
    assert len(shown) == 1 and "newer version" in shown[0]


def test_background_errors_become_messages(qtbot, monkeypatch, context: AppContext) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))

    def fail() -> None:
        raise OSError("disk full")

    context.run_in_background(fail)
    qtbot.waitUntil(lambda: bool(shown))
    assert "disk full" in shown[0]


def test_choosing_a_report_shows_its_pdf(qtbot, window: MainWindow) -> None:
    window.show_section("Reports")
    page = window.pages["Reports"]
    assert isinstance(page, ReportsPage)
    titles = [page.reports.item(row).text() for row in range(page.reports.count())]
    assert "States Parties and signatories" in titles
    page.reports.setCurrentRow(titles.index("States Parties and signatories"))
    qtbot.waitUntil(lambda: page.document.pageCount() > 0, timeout=30000)
    assert page.save_button.isEnabled()
    assert page.pdf_bytes is not None and page.pdf_bytes.startswith(b"%PDF")
    assert "Côte d" in page.document.getAllText(0).text() + "".join(
        page.document.getAllText(p).text() for p in range(1, page.document.pageCount())
    )


def test_report_needing_an_option_asks_for_it(window: MainWindow) -> None:
    page = window.pages["Reports"]
    assert isinstance(page, ReportsPage)
    for row in range(page.reports.count()):
        spec = page.reports.item(row).data(Qt.ItemDataRole.UserRole)
        if spec.options and "year" not in spec.options:
            page.reports.setCurrentRow(row)
            assert "press Show" in page.message.text()
            assert not page.show_button.isHidden()
            assert not page.save_button.isEnabled()
            return
    pytest.skip("no report needs an option")


def test_closing_with_unsaved_edits_asks_first(monkeypatch, window: MainWindow) -> None:
    from tests.ui.ui_keys import type_text

    page = window.pages["Directory"]
    pane = page.panes["states"]
    pane.view.selectRow(0)
    type_text(pane.form.fields["notes"], " more")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert not window.close()
    assert window.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    assert window.close()


def test_run_app_opens_the_window_on_the_data_folder(monkeypatch, tmp_path) -> None:
    from PySide6.QtWidgets import QApplication

    seen: list[str] = []

    def fake_exec(app) -> int:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                seen.append(widget.workstation_label.text())
                widget.close()
        return 0

    from PySide6.QtWidgets import QInputDialog

    asked: list[str] = []

    def name_it(_parent, title, *_args, **_kwargs):
        asked.append(title)
        return "Anna's laptop", True

    monkeypatch.setattr(QInputDialog, "getText", name_it)
    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert app_module.run_app(str(tmp_path / "fresh")) == 0
    assert asked == ["Name this workstation"]  # asked once, at first start
    assert seen == ["Workstation: Anna's laptop"]
    assert (tmp_path / "fresh" / "isu-desk.sqlite").exists()


def test_backup_writes_a_copy_where_the_user_chose(
    qtbot, monkeypatch, tmp_path, window: MainWindow
) -> None:
    import sqlite3

    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "copy.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    press(window, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)  # File ▸ Back up…
    file_menu = window.menuBar().findChild(QMenu, "menu_file")
    qtbot.waitUntil(file_menu.isVisible)
    press(file_menu, Qt.Key.Key_Return)  # its first item
    qtbot.waitUntil(target.exists, timeout=10000)
    window.context.wait_for_background()
    with sqlite3.connect(target) as copy:
        assert copy.execute("SELECT count(*) FROM states").fetchone()[0] > 100


def test_dashboard_follows_directory_changes(window: MainWindow) -> None:
    from tests.ui.ui_keys import type_text

    pane = window.pages["Directory"].panes["contacts"]
    pane.new()
    type_text(pane.form.fields["name"], "Ingrid Solberg")
    pane.save()
    assert window.context.wait_for_background()
    assert window.pages["Dashboard"].tiles["directory"].tiles["contacts"].value.text() == "1"


def test_report_saves_and_prints_every_page(qtbot, monkeypatch, tmp_path, window) -> None:
    from pypdf import PdfReader
    from PySide6.QtGui import QPdfWriter
    from PySide6.QtWidgets import QFileDialog

    from isu_desk.ui.pdf_preview import paint_pages

    page = window.pages["Reports"]
    titles = [page.reports.item(row).text() for row in range(page.reports.count())]
    page.reports.setCurrentRow(titles.index("States Parties and signatories"))
    qtbot.waitUntil(lambda: page.document.pageCount() > 0, timeout=30000)
    saved = tmp_path / "states.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    page.save_as()
    assert "Côte d" in "".join(p.extract_text() for p in PdfReader(saved).pages)
    printed = tmp_path / "printed.pdf"
    writer = QPdfWriter(str(printed))
    paint_pages(page.document, writer)
    assert len(PdfReader(printed).pages) == page.document.pageCount()


def test_errors_escaping_a_slot_are_shown_plainly_and_logged(qtbot, tmp_path, monkeypatch):
    import sys

    from PySide6.QtWidgets import QMessageBox

    from isu_desk.ui import app as app_module

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    app_module.install_error_hook(tmp_path)

    sys.excepthook(DataError, DataError("The database is busy."), None)
    try:
        raise KeyError("a bug")
    except KeyError as exc:
        sys.excepthook(KeyError, exc, exc.__traceback__)

    assert shown[0] == "The database is busy."
    assert "not completed" in shown[1] and "Traceback" not in shown[1]
    assert "KeyError: 'a bug'" in (tmp_path / app_module.LOG_FILE).read_text(encoding="utf-8")
