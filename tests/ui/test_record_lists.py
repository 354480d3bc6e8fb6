"""Every record list as staff drive it: Tab out to the form, Enter opens, Ctrl+C copies
rows, the order of the PDFs, search by linked names, typeable pickers, export, and
Ctrl+Z after a save — through real key events."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from tests.ui.test_directory_page import names, open_tab
from tests.ui.ui_keys import press, type_text

from isu_desk.capabilities.directory.domain import Contact
from isu_desk.capabilities.directory.services.service import DirectoryService
from isu_desk.ui.main_window import MainWindow


def test_tab_leaves_the_list_for_the_form_and_enter_opens_the_record(window: MainWindow) -> None:
    pane = open_tab(window, "states")
    pane.view.setFocus()
    pane.view.selectRow(names(pane).index("Norway"))
    press(pane.view, Qt.Key.Key_Tab)
    first_field = next(iter(pane.form.fields.values()))
    assert first_field.hasFocus()  # not the next cell of the table
    assert pane.form.current.name == "Norway"
    pane.view.setFocus()
    press(pane.view, Qt.Key.Key_Backtab)
    assert pane.search.hasFocus()
    pane.view.setFocus()
    press(pane.view, Qt.Key.Key_Return)
    assert first_field.hasFocus()
    pane.view.setFocus()
    press(pane.view, Qt.Key.Key_F2)
    assert first_field.hasFocus()


def test_ctrl_c_copies_whole_rows_as_tab_separated_text(window: MainWindow) -> None:
    pane = open_tab(window, "states")
    pane.view.setFocus()
    pane.view.selectRow(names(pane).index("Norway"))
    press(pane.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QApplication.clipboard().text()
    cells = copied.rstrip("\n").split("\t")
    assert cells[:3] == ["Norway", "NOR", "State Party"]
    assert len(cells) == pane.model.columnCount()


def test_names_sort_as_in_the_pdfs(window: MainWindow) -> None:
    pane = open_tab(window, "states")
    pane.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    shown = names(pane)
    assert shown.index("Côte d'Ivoire") < shown.index("Czechia")
    contacts = open_tab(window, "contacts")
    directory = contacts.service
    for name in ("Lukas Meier", "Léa Dubois", "Lars Holm"):
        directory.save(Contact(id="", name=name)).unwrap()
    contacts.reload()
    assert names(contacts) == ["Lars Holm", "Léa Dubois", "Lukas Meier"]
    contacts.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert names(contacts) == ["Lukas Meier", "Léa Dubois", "Lars Holm"]


def test_searching_contacts_matches_their_state_and_organisation(
    qtbot, window: MainWindow, directory: DirectoryService
) -> None:
    sierra = next(i for i, name in directory.choices("states") if name == "Sierra Leone")
    directory.save(Contact(id="", name="Fatmata Kamara", state_id=sierra)).unwrap()
    directory.save(Contact(id="", name="Jon Berg")).unwrap()
    pane = open_tab(window, "contacts")
    type_text(pane.search, "sierra")
    qtbot.waitUntil(lambda: names(pane) == ["Fatmata Kamara"])


def test_a_state_picker_is_typed_into_ignoring_accents(qtbot, window: MainWindow) -> None:
    pane = open_tab(window, "contacts")
    pane.new()
    picker = pane.form.fields["state_id"]
    editor = picker.lineEdit()
    type_text(editor, "COTE")
    completer = picker.completer()
    offered = [completer.model().index(r, 0).data() for r in range(completer.model().rowCount())]
    assert offered == ["Côte d'Ivoire"]
    completer.activated[str].emit(offered[0])
    picker_state = picker.value()
    assert picker_state is not None and picker.currentText() == "Côte d'Ivoire"


def test_export_writes_what_the_list_shows(
    qtbot, monkeypatch, tmp_path: Path, window: MainWindow
) -> None:
    pane = open_tab(window, "states")
    type_text(pane.search, "guinea")
    qtbot.waitUntil(lambda: pane.model.query.search == "guinea")
    target = tmp_path / "states.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    pane.view.export(selected_only=False)
    with target.open(encoding="utf-8-sig") as stream:
        rows = list(csv.reader(stream))
    assert rows[0][:2] == ["Name", "Code"]
    assert sorted(r[0] for r in rows[1:]) == sorted(names(pane))
    assert all("Guinea" in r[0] for r in rows[1:]) and len(rows) > 2


def test_ctrl_z_after_a_save_brings_back_the_value_before(
    qtbot, window: MainWindow, directory: DirectoryService
) -> None:
    anna = directory.save(Contact(id="", name="Anna Berg", position="Counsellor")).unwrap()
    pane = open_tab(window, "contacts")
    pane.reload()
    pane.view.selectRow(names(pane).index("Anna Berg"))
    position = pane.form.fields["position"]
    position.selectAll()
    type_text(position, "Ambassador")
    press(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: directory.get(Contact, anna.id).position == "Ambassador")
    qtbot.waitUntil(lambda: not pane.form.dirty)
    press(pane.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: directory.get(Contact, anna.id).position == "Counsellor")
    qtbot.waitUntil(lambda: pane.form.fields["position"].value() == "Counsellor")


def test_ctrl_z_after_creating_a_record_removes_it(
    qtbot, window: MainWindow, directory: DirectoryService
) -> None:
    pane = open_tab(window, "contacts")
    press(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    type_text(pane.form.fields["name"], "Zoë Nuñez")
    press(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: directory.count("contacts") == 1)
    qtbot.waitUntil(lambda: not pane.form.dirty)
    press(pane.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: directory.count("contacts") == 0)


def test_text_cut_off_by_its_column_shows_in_full_in_a_tooltip(
    window: MainWindow, directory: DirectoryService
) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    position = "Second Secretary, Permanent Mission of Portugal to the United Nations Office"
    directory.save(Contact(id="", name="Ana Ferreira", position=position)).unwrap()
    pane = open_tab(window, "contacts")
    pane.reload()
    pane.view.setColumnWidth(1, 80)
    rect = pane.view.visualRect(pane.model.index(0, 1))
    viewport = pane.view.viewport()
    event = QHelpEvent(QEvent.Type.ToolTip, rect.center(), viewport.mapToGlobal(rect.center()))
    QApplication.sendEvent(viewport, event)
    assert QToolTip.text() == position
