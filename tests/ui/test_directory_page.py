"""The Directory section as a user drives it: search, forms, delete and undo, sorting."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from tests.ui.ui_keys import press, type_text

from isu_desk.capabilities.directory.domain import Contact, State
from isu_desk.capabilities.directory.services.service import DirectoryService
from isu_desk.capabilities.directory.ui.page import DirectoryPage
from isu_desk.capabilities.directory.ui.pane import KindPane
from isu_desk.ui.main_window import MainWindow


def directory(window: MainWindow) -> DirectoryPage:
    page = window.pages["Directory"]
    assert isinstance(page, DirectoryPage)
    return page


def open_tab(window: MainWindow, kind: str) -> KindPane:
    window.show_section("Directory")
    page = directory(window)
    page.tabs.setCurrentWidget(page.panes[kind])
    return page.panes[kind]


def save_and_wait(pane: KindPane) -> None:
    """Save as Ctrl+S does, and wait for the save to come back from its worker thread."""
    pane.save()
    assert pane.context.wait_for_background()


def names(pane: KindPane) -> list[str]:
    return [pane.model.row_data(row)["name"] for row in range(pane.model.rowCount())]


def test_window_opens_on_the_directory_of_states(window: MainWindow) -> None:
    assert window.current_page() is directory(window)
    assert directory(window).isVisible()
    pane = directory(window).current_pane()
    assert pane.spec.kind == "states"
    assert "Côte d'Ivoire" in names(pane)
    assert pane.count_label.text().endswith("states")


def test_search_ignores_case_and_accents(qtbot, window: MainWindow) -> None:
    pane = open_tab(window, "states")
    type_text(pane.search, "cote")
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1)
    assert names(pane) == ["Côte d'Ivoire"]
    pane.search.clear()
    type_text(pane.search, "CÔTE D")
    qtbot.waitUntil(lambda: pane.model.query.search == "CÔTE D")
    assert names(pane) == ["Côte d'Ivoire"]


def test_status_filter_shows_only_signatories(window: MainWindow) -> None:
    pane = open_tab(window, "states")
    combo = pane.filters["status"]
    combo.setCurrentIndex(combo.findText("Signatory"))
    combo.activated.emit(combo.currentIndex())
    statuses = {pane.model.row_data(r)["status"] for r in range(pane.model.rowCount())}
    assert statuses == {"signatory"}


def test_bad_email_shows_error_next_to_field_and_saves_nothing(
    qtbot, window: MainWindow, directory: DirectoryService
) -> None:
    pane = open_tab(window, "contacts")
    before = directory.count("contacts")
    press(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    type_text(pane.form.fields["name"], "Zoë Ñúñez")
    type_text(pane.form.fields["email"], "zoe at example")
    press(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    error = pane.form.errors["email"]
    qtbot.waitUntil(error.isVisible)
    assert "not an e-mail address" in error.text()
    assert not pane.form.errors["name"].isVisible()
    assert pane.form.fields["email"].property("invalid")
    assert pane.form.fields["email"].hasFocus()
    assert directory.count("contacts") == before


def test_valid_contact_appears_in_the_list(
    qtbot, window: MainWindow, directory: DirectoryService
) -> None:
    pane = open_tab(window, "contacts")
    pane.new()
    type_text(pane.form.fields["name"], "محمد العلي")
    type_text(pane.form.fields["email"], "m.alali@example.org")
    picker = pane.form.fields["state_id"]
    picker.setCurrentIndex(picker.findText("Iraq"))
    pane.save()
    qtbot.waitUntil(lambda: "محمد العلي" in names(pane) and pane.form.current.id != "")
    row = names(pane).index("محمد العلي")
    assert pane.model.row_data(row)["state_name"] == "Iraq"
    assert directory.count("contacts") == 1
    assert pane.view.currentIndex().row() == row


def test_delete_asks_then_removes_and_ctrl_z_restores(
    qtbot, monkeypatch, window: MainWindow, directory: DirectoryService
) -> None:
    saved = directory.save(Contact(id="", name="Anna Ødegaard")).unwrap()
    pane = open_tab(window, "contacts")
    pane.reload()
    pane.view.selectRow(names(pane).index("Anna Ødegaard"))
    asked: list[str] = []

    def answer_yes(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    pane.view.setFocus()
    press(pane.view, Qt.Key.Key_Delete)
    assert asked and "Anna Ødegaard" in asked[0]
    qtbot.waitUntil(lambda: "Anna Ødegaard" not in names(pane))
    press(pane.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Anna Ødegaard" in names(pane))
    assert directory.get(Contact, saved.id).name == "Anna Ødegaard"


def test_delete_refused_says_why(
    qtbot, monkeypatch, window: MainWindow, directory: DirectoryService
) -> None:
    iraq = next(i for i, name in directory.choices("states") if name == "Iraq")
    directory.save(Contact(id="", name="Leila Haddad", state_id=iraq)).unwrap()
    pane = open_tab(window, "states")
    pane.view.selectRow(names(pane).index("Iraq"))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    pane.delete()
    qtbot.waitUntil(lambda: bool(told))
    assert told == ["Iraq is still used by 1 contacts; change or delete those first."]
    assert "Iraq" in names(pane)


def test_unsaved_edits_are_kept_when_the_user_cancels(monkeypatch, window: MainWindow) -> None:
    pane = open_tab(window, "states")
    pane.view.selectRow(0)
    first = pane.form.current.name
    type_text(pane.form.fields["notes"], " edited")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    pane.view.selectRow(1)
    assert pane.form.current.name == first
    assert pane.form.dirty
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    pane.view.selectRow(1)
    assert pane.form.current.name == names(pane)[1]
    assert not pane.form.dirty


def test_sorting_by_name_descending(window: MainWindow) -> None:
    pane = open_tab(window, "states")
    ascending_first = names(pane)[0]
    pane.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert names(pane)[0] == "Zambia"
    assert names(pane)[-1] == ascending_first  # 125 States: all in the first chunk
    assert pane.view.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def test_list_fetches_in_chunks(window_with_many_contacts) -> None:
    window, total = window_with_many_contacts
    pane = open_tab(window, "contacts")
    assert total > 2 * pane.model.chunk
    assert pane.model.rowCount() == pane.model.chunk
    assert pane.model.canFetchMore()
    pane.model.fetchMore()
    assert pane.model.rowCount() == 2 * pane.model.chunk
    assert pane.count_label.text() == f"{total:,} contacts"


def test_coordinator_without_theme_shows_errors_by_field(
    window: MainWindow, directory: DirectoryService
) -> None:
    pane = open_tab(window, "office_holders")
    pane.new()
    save_and_wait(pane)
    assert pane.form.errors["state_id"].text() == "Choose the State that holds the office."
    assert pane.form.errors["theme"].text() == "A Coordinator needs a thematic area."
    picker = pane.form.fields["state_id"]
    picker.setCurrentIndex(picker.findText("Chile"))
    type_text(pane.form.fields["theme"], "Victim Assistance")
    save_and_wait(pane)
    assert pane.model.rowCount() == 1
    assert pane.model.row_data(0)["state_name"] == "Chile"
    assert directory.count("office_holders") == 1


def test_optional_date_can_be_cleared(window: MainWindow, directory: DirectoryService) -> None:
    pane = open_tab(window, "states")
    pane.view.selectRow(names(pane).index("Afghanistan"))
    signature = pane.form.fields["signature_date"]
    assert signature.value() is not None
    signature.check.click()
    assert signature.value() is None
    assert pane.form.dirty
    save_and_wait(pane)
    saved = next(s for s in directory.all(State) if s.name == "Afghanistan")
    assert saved.signature_date is None


def test_person_is_picked_by_typing_part_of_the_name(
    qtbot, window: MainWindow, directory: DirectoryService
) -> None:
    chile = next(i for i, name in directory.choices("states") if name == "Chile")
    person = directory.save(Contact(id="", name="Ана Петрова", state_id=chile)).unwrap()
    pane = open_tab(window, "office_holders")
    pane.new()
    pane.form.fields["state_id"].setCurrentIndex(pane.form.fields["state_id"].findText("Chile"))
    type_text(pane.form.fields["theme"], "Universalization")
    picker = pane.form.fields["contact_id"]
    type_text(picker, "петров")
    save_and_wait(pane)
    assert "Choose from the list" in pane.form.errors["contact_id"].text()
    qtbot.waitUntil(lambda: picker.completer().model().rowCount() == 1)
    label = picker.completer().model().index(0, 0).data()
    assert label == "Ана Петрова (Chile)"
    picker.completer().activated.emit(label)
    assert picker.value() == person.id
    save_and_wait(pane)
    assert pane.model.row_data(0)["contact_name"] == "Ана Петрова"
    pane.view.selectRow(0)
    assert picker.text() == "Ана Петрова (Chile)"


def test_ctrl_f_puts_the_cursor_in_the_search(window: MainWindow) -> None:
    pane = open_tab(window, "organisations")
    pane.view.setFocus()
    press(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert pane.search.hasFocus()


def test_opening_never_asks_for_every_contact(monkeypatch, open_window) -> None:
    asked: list[tuple[str, int]] = []
    original = DirectoryService.page

    def recording(self, kind, query, offset=0, limit=200):
        asked.append((kind, limit))
        return original(self, kind, query, offset, limit)

    monkeypatch.setattr(DirectoryService, "page", recording)
    window = open_window()
    open_tab(window, "office_holders").new()
    contact_limits = [limit for kind, limit in asked if kind == "contacts"]
    assert contact_limits and all(0 < limit <= 200 for limit in contact_limits)


def test_enter_in_search_goes_to_the_first_match_and_escape_clears(
    qtbot, window: MainWindow
) -> None:
    pane = open_tab(window, "states")
    type_text(pane.search, "norw")
    press(pane.search, Qt.Key.Key_Return)
    assert pane.view.hasFocus()
    assert pane.form.current.name == "Norway"
    press(pane.search, Qt.Key.Key_Escape)
    assert pane.search.text() == ""
    qtbot.waitUntil(lambda: pane.model.rowCount() > 100)


def test_changes_from_elsewhere_show_without_losing_edits(
    window: MainWindow, directory: DirectoryService
) -> None:
    from dataclasses import replace

    anna = directory.save(Contact(id="", name="Anna Berg")).unwrap()
    pane = open_tab(window, "contacts")
    window.context.notify_changed({"contacts"})
    pane.view.selectRow(names(pane).index("Anna Berg"))
    directory.save(replace(anna, position="Ambassador"))  # e.g. arrived by sync
    window.context.notify_changed({"contacts"})
    assert pane.form.fields["position"].value() == "Ambassador"
    type_text(pane.form.fields["phone"], "+41 22 000 00 00")
    directory.save(Contact(id="", name="Ben Okafor"))
    window.context.notify_changed({"contacts", "states"})
    assert pane.form.dirty
    assert pane.form.fields["phone"].value() == "+41 22 000 00 00"
    assert "Ben Okafor" in names(pane)


def test_a_long_value_shows_its_beginning_in_the_form(qtbot) -> None:
    from isu_desk.ui.widgets import TextField

    field = TextField()
    qtbot.addWidget(field)
    field.set_value("Second Secretary, Permanent Mission of Portugal to the United Nations")
    assert field.cursorPosition() == 0
