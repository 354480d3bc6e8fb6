"""The window from the keyboard and the mouse: Ctrl+1…7, Ctrl+Shift+S anywhere, Ctrl+N
and Ctrl+F in Contributions, Dashboard cards, F1, Settings, and the create-team
dialog that says its rules, checks the passphrase twice and keeps mistakes in view."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from tests.ui.ui_keys import press, type_text

from isu_desk.services.workstation import workstation
from isu_desk.ui.main_window import SECTIONS, MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def test_ctrl_number_switches_sections(window: MainWindow) -> None:
    keys = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5,
            Qt.Key.Key_6, Qt.Key.Key_7]  # fmt: skip
    for key, section in zip(keys, SECTIONS, strict=True):
        press(window, key, CTRL)
        assert window.current_section() == section


def test_ctrl_shift_s_syncs_from_every_section(window: MainWindow) -> None:
    sync = window.pages["Sync"]
    fired: list[bool] = []
    sync.sync_action.triggered.connect(lambda *_a: fired.append(True))
    window.show_section("Directory")
    press(window, Qt.Key.Key_S, CTRL | Qt.KeyboardModifier.ShiftModifier)
    window.show_section("Contributions")
    press(window, Qt.Key.Key_S, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert fired == [True, True]


def test_ctrl_n_and_ctrl_f_in_contributions(window: MainWindow, monkeypatch) -> None:
    page = window.pages["Contributions"]
    press(window, Qt.Key.Key_2, CTRL)
    page.tabs.setCurrentWidget(page.ledger)
    opened: list[object] = []
    monkeypatch.setattr(page, "open_form", lambda form: opened.append(form))
    press(window, Qt.Key.Key_N, CTRL)
    assert opened and opened[0].windowTitle() == "Record contribution"
    press(window, Qt.Key.Key_F, CTRL)
    assert page.ledger.filters.itemAt(0).widget().hasFocus()


def test_dashboard_cards_open_what_they_count(qtbot, window: MainWindow) -> None:
    window.show_section("Dashboard")
    dashboard = window.pages["Dashboard"]
    qtbot.mouseClick(dashboard.tiles["directory"].tiles["signatories"], Qt.MouseButton.LeftButton)
    assert window.current_section() == "Directory"
    pane = window.pages["Directory"].current_pane()
    assert pane.spec.kind == "states"
    statuses = {pane.model.row_data(r)["status"] for r in range(pane.model.rowCount())}
    assert statuses == {"signatory"}
    assert dashboard.tiles["directory"].tiles["signatories"].value.text() == str(
        pane.model.rowCount()
    )


def test_f1_opens_the_user_guide(window: MainWindow) -> None:
    press(window, Qt.Key.Key_F1)
    guide = window.user_guide
    assert guide.isVisible()
    assert "Ctrl+Shift+S" in guide.browser.toPlainText()
    guide.close()


def test_the_default_window_fits_a_small_screen(window: MainWindow) -> None:
    room = window.screen().availableGeometry()
    assert window.width() <= max(1200, room.width()) and window.height() <= 720


def test_workstation_is_renamed_in_settings(qtbot, window: MainWindow) -> None:
    from isu_desk.services.letters import letter_settings
    from isu_desk.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.context, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    field = dialog.fields["workstation"]
    field.selectAll()
    press(field, Qt.Key.Key_Delete)
    press(field, Qt.Key.Key_Return)  # no name: said under the fields, nothing saved
    assert dialog.isVisible() and "name" in dialog.error.text()
    type_text(field, "Anna's laptop")
    type_text(dialog.fields["signatory_name"], "Ursula Mettler")
    press(dialog.fields["signatory_name"], Qt.Key.Key_Return)  # Save
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20000)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert workstation(window.context.database).name == "Anna's laptop"
    assert letter_settings(window.context.database).signatory_name == "Ursula Mettler"
    window.refresh_workstation_name()
    assert window.workstation_label.text() == "Workstation: Anna's laptop"


def test_create_team_shows_mistakes_in_the_dialog_and_does_not_ask_again(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    from isu_desk.ui.team_dialog import MIN_PASSPHRASE, TeamDialog

    sync = window.pages["Sync"]
    window.show_section("Sync")
    asked: list[str] = []
    monkeypatch.setattr(sync, "_ask_passphrase", lambda why: asked.append(why) or "")
    qtbot.mouseClick(sync.create_button, Qt.MouseButton.LeftButton)
    dialog = sync.team_dialog
    assert isinstance(dialog, TeamDialog) and dialog.isVisible()
    assert f"at least {MIN_PASSPHRASE} characters" in dialog.findChild(object, "team_rules").text()
    screen = dialog.screen().availableGeometry()
    assert dialog.width() <= screen.width()
    folder = tmp_path / "team"
    folder.mkdir()
    type_text(dialog.folder, str(folder))
    type_text(dialog.passphrase, "correct horse battery")
    type_text(dialog.again, "correct horse batterY")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # the set-up is not cancelled
    assert "differ" in dialog.errors["again"].text()
    dialog.again.clear()
    type_text(dialog.again, "correct horse battery")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20000)
    window.context.wait_for_background()
    qtbot.waitUntil(lambda: not sync.syncing and not window.context.busy, timeout=20000)
    assert asked == []  # the passphrase just typed is used, not asked again
    assert (folder / "team.json").exists() or any(folder.iterdir())
    qtbot.waitUntil(lambda: not sync.create_button.isEnabled(), timeout=10000)


def test_team_folder_picker_starts_in_documents(window: MainWindow, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    from isu_desk.ui.team_dialog import TeamDialog, documents_folder

    starts: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", lambda _p, _t, start, *a: starts.append(start) or ""
    )
    dialog = TeamDialog(window.context, window.pages["Sync"].service.store, True, window)
    dialog.choose_folder()
    assert starts == [documents_folder()]
    assert Path(starts[0]) != Path.cwd()
    dialog.close()
    QApplication.processEvents()


def test_reports_clear_the_old_preview_and_pick_records_by_name(qtbot, window: MainWindow) -> None:
    from isu_desk.capabilities.contributions.services.demo import load_demo
    from isu_desk.ui.widgets import SearchPicker

    load_demo(window.context.database)
    page = window.pages["Reports"]
    window.show_section("Reports")
    titles = [page.reports.item(row).text() for row in range(page.reports.count())]
    page.reports.setCurrentRow(titles.index("Budget and contributions 2021–2026"))
    qtbot.waitUntil(lambda: page.print_button.isEnabled(), timeout=30000)
    page.reports.setCurrentRow(titles.index("Acknowledgement letter"))
    assert not page.print_button.isEnabled() and not page.save_button.isEnabled()
    assert page.document.pageCount() == 0  # the budget's pages are gone
    picker = page.option_fields["contribution"]
    assert isinstance(picker, SearchPicker)
    type_text(picker, "norw")
    qtbot.waitUntil(lambda: picker.completer().model().rowCount() > 0)
    label = picker.completer().model().index(0, 0).data()
    assert "Norway" in label
    picker.completer().activated.emit(label)
    qtbot.waitUntil(lambda: page.print_button.isEnabled(), timeout=30000)
    assert page.document.pageCount() == 1


def test_file_menu_exports_and_imports_with_every_bad_line_shown(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    from isu_desk.capabilities.directory.services.service import DirectoryService
    from isu_desk.ui.file_transfer import TransferDialog

    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    titles = [a.text() for a in file_menu.actions()]
    assert {"Back up…", "Import…", "Export…", "Settings…"} <= set(titles)
    exporter = TransferDialog(window.context, False, window)
    exporter.kind.setCurrentIndex(exporter.kind.findData("states"))
    target = tmp_path / "states.csv"
    exporter.transfer("states", target)
    qtbot.waitUntil(lambda: "Exported" in exporter.report.toPlainText(), timeout=10000)
    assert target.read_text(encoding="utf-8-sig").startswith("id,")
    bad = tmp_path / "organisations.csv"
    bad.write_text("name,kind\nGICHD,ngo\nNo kind,spaceship\n", encoding="utf-8")
    importer = TransferDialog(window.context, True, window)
    before = DirectoryService(window.context.database).count("organisations")
    importer.transfer("organisations", bad)
    qtbot.waitUntil(lambda: "Nothing was imported" in importer.report.toPlainText(), timeout=10000)
    assert "line 3" in importer.report.toPlainText()
    assert DirectoryService(window.context.database).count("organisations") == before
