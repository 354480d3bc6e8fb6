"""Every record form saves off the GUI thread: typed with real keys, saved with
Ctrl+S or Enter, shown in its list; a mistake is told next to its field with
nothing saved and the typing kept; Save is disabled while the write runs."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from sqlalchemy import event
from tests.ui.ui_keys import press, type_text

from isu_desk.capabilities.contributions.services import service as contributions_module
from isu_desk.capabilities.contributions.services.service import ContributionsService
from isu_desk.capabilities.contributions.ui.page import ContributionsPage
from isu_desk.capabilities.contributions.ui.reference_forms import FundForm
from isu_desk.capabilities.directory.services import service as directory_module
from isu_desk.capabilities.directory.services.service import DirectoryService
from isu_desk.capabilities.directory.ui.pane import KindPane
from isu_desk.services.demo import load_demo
from isu_desk.storage.database import READ_ONLY
from isu_desk.ui.main_window import SECTIONS, MainWindow
from isu_desk.ui.settings_dialog import SettingsDialog

# --- Directory: one form per kind -------------------------------------------------

# kind: (what to type, field by field), a field with a mistake and what it says
DIRECTORY = {
    "states": ({"name": "Testland", "iso3": "TLX"}, ("iso3", "x1"), "three capital letters"),
    "organisations": (
        {"name": "Genève Mine Action Centre", "acronym": "GMAC"},
        ("email", "gmac at example"),
        "not an e-mail address",
    ),
    "contacts": (
        {"name": "Zoë Ñúñez", "email": "zoe@example.org"},
        ("email", "zoe at example"),
        "not an e-mail address",
    ),
    "office_holders": (
        {"state_id": "Chile", "theme": "Victim Assistance"},
        ("theme", ""),
        "needs a thematic area",
    ),
}


def _pane(window: MainWindow, kind: str) -> KindPane:
    window.show_section("Directory")
    page = window.pages["Directory"]
    page.tabs.setCurrentWidget(page.panes[kind])
    return page.panes[kind]


def _type_fields(pane: KindPane, values: dict[str, str]) -> None:
    for name, text in values.items():
        field = pane.form.fields[name]
        target = field.lineEdit() if hasattr(field, "lineEdit") and field.lineEdit() else field
        type_text(target, text)


def _shown(pane: KindPane, column: str) -> list[Any]:
    return [pane.model.row_data(r)[column] for r in range(pane.model.rowCount())]


@pytest.mark.parametrize("kind", list(DIRECTORY))
def test_a_directory_record_typed_and_saved_with_ctrl_s_is_listed(
    qtbot, window: MainWindow, directory: DirectoryService, kind: str
) -> None:
    values, _mistake, _said = DIRECTORY[kind]
    pane = _pane(window, kind)
    before = directory.count(kind)
    press(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    _type_fields(pane, values)
    press(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: pane.form.current.id != "" and not pane.form.dirty)
    assert directory.count(kind) == before + 1
    row = pane.model.row_of(pane.form.current.id)
    assert row >= 0 and pane.view.currentIndex().row() == row
    column = "name" if "name" in values else "theme"
    assert values[column] in _shown(pane, column)


@pytest.mark.parametrize("kind", list(DIRECTORY))
def test_a_directory_mistake_is_told_next_to_its_field_and_nothing_is_saved(
    qtbot, window: MainWindow, directory: DirectoryService, kind: str
) -> None:
    values, (field, wrong), said = DIRECTORY[kind]
    pane = _pane(window, kind)
    before = directory.count(kind)
    press(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    _type_fields(pane, {**values, field: wrong})
    typed = {name: pane.form.fields[name].value() for name in values}
    qtbot.mouseClick(pane.save_button, Qt.MouseButton.LeftButton)
    error = pane.form.errors[field]
    qtbot.waitUntil(error.isVisible)
    assert said in error.text()
    assert pane.save_button.isEnabled()
    assert directory.count(kind) == before
    assert pane.form.current.id == ""
    assert {name: pane.form.fields[name].value() for name in values} == typed


def _on_thread_recorder(
    monkeypatch, owner: type, name: str, gate: threading.Event | None = None
) -> list[threading.Thread]:
    """Wrap ``owner.name`` (the real service method) to note the thread it runs on."""
    real = getattr(owner, name)
    threads: list[threading.Thread] = []

    def recorded(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread())
        if gate is not None:
            assert gate.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, recorded)
    return threads


def _new_contact_saving(
    qtbot, monkeypatch, window: MainWindow
) -> tuple[KindPane, threading.Event, list[threading.Thread]]:
    """A new contact typed and saved with Ctrl+S, its save held until the gate opens."""
    gate = threading.Event()
    threads = _on_thread_recorder(monkeypatch, directory_module.DirectoryService, "save", gate)
    pane = _pane(window, "contacts")
    press(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    type_text(pane.form.fields["name"], "Amaru Quispe")
    press(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(threads))
    return pane, gate, threads


def test_the_directory_save_runs_off_the_gui_thread_with_save_disabled(
    qtbot, monkeypatch, window: MainWindow, directory: DirectoryService
) -> None:
    pane, gate, threads = _new_contact_saving(qtbot, monkeypatch, window)
    assert not pane.save_button.isEnabled()  # while the write runs
    press(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # a second Ctrl+S: ignored
    gate.set()
    qtbot.waitUntil(lambda: pane.form.current.id != "")
    assert pane.save_button.isEnabled()
    assert len(threads) == 1 and threads[0] is not threading.main_thread()
    assert "Amaru Quispe" in _shown(pane, "name")
    assert directory.count("contacts") == 1


def test_typing_while_a_directory_save_runs_is_kept_unsaved(
    qtbot, monkeypatch, window: MainWindow, directory: DirectoryService
) -> None:
    pane, gate, _threads = _new_contact_saving(qtbot, monkeypatch, window)
    type_text(pane.form.fields["email"], "amaru@example.org")  # while the write runs
    gate.set()
    qtbot.waitUntil(lambda: pane.form.current.id != "")

    assert pane.form.fields["name"].value() == "Amaru Quispe"
    assert pane.form.fields["email"].value() == "amaru@example.org"
    assert pane.form.dirty and pane.save_button.isEnabled()  # the e-mail is not saved yet
    saved = directory.get(type(pane.form.current), pane.form.current.id)
    assert (saved.name, saved.email) == ("Amaru Quispe", "")
    press(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not pane.form.dirty)
    assert directory.get(type(saved), saved.id).email == "amaru@example.org"
    assert directory.count("contacts") == 1


def test_save_asked_on_leaving_a_record_saves_then_opens_the_next(
    qtbot, monkeypatch, window: MainWindow, directory: DirectoryService
) -> None:
    pane = _pane(window, "states")
    pane.view.selectRow(0)
    first = pane.form.current
    type_text(pane.form.fields["notes"], "Visited in May")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    pane.view.selectRow(1)
    assert pane.form.current.id == first.id  # stays until the save is done
    qtbot.waitUntil(lambda: pane.form.current.id == pane.model.row_id(1))
    assert not pane.form.dirty
    assert directory.get(type(first), first.id).notes.startswith("Visited in May")


def test_no_window_work_takes_the_write_lock_on_the_gui_thread(
    qtbot, monkeypatch, window: MainWindow
) -> None:
    """Every section opened, the settings and a record saved: every BEGIN IMMEDIATE
    (the write lock) was taken in a worker, none on the GUI thread."""
    database = window.context.database
    load_demo(database)
    locked: list[str] = []

    def on_begin(connection: Any) -> None:
        writes = not connection.get_execution_options().get(READ_ONLY)
        if writes and threading.current_thread() is threading.main_thread():
            locked.append(window.current_section())

    # Workers already running iterate the engine's listeners: adding one meanwhile
    # fails them ("deque mutated during iteration"), so let them finish first.
    assert window.context.wait_for_background()
    event.listen(database.engine, "begin", on_begin)
    try:
        for section in SECTIONS:
            window.show_section(section)
            QApplication.processEvents()
        pane = _pane(window, "contacts")
        press(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        type_text(pane.form.fields["name"], "Olu Adeyemi")
        press(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: pane.form.current.id != "")
        settings = SettingsDialog(window.context, window)  # it reads the letter settings
        settings.show()
        type_text(settings.fields["place"], "Genève")
        press(settings.fields["place"], Qt.Key.Key_Return)  # and saves them
        qtbot.waitUntil(lambda: not settings.isVisible())
        assert window.context.wait_for_background()
    finally:
        event.remove(database.engine, "begin", on_begin)
    assert locked == []


# --- Contributions: each dialog as the page opens it --------------------------------


@pytest.fixture
def page(qtbot, context) -> ContributionsPage:
    load_demo(context.database)
    page = ContributionsPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def in_dialog(open_it: Callable[[], None], drive: Callable[[QDialog], None]) -> QDialog:
    """Open a modal form as the page does (``exec``) and ``drive`` it while it is open."""
    seen: list[QDialog] = []

    def drive_open() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        seen.append(dialog)
        try:
            drive(dialog)
        finally:
            if dialog.isVisible() and dialog.result() == 0 and not seen[1:]:
                seen.append(dialog)
                dialog.reject()  # a failed check must not leave the test waiting

    QTimer.singleShot(0, drive_open)
    open_it()
    assert seen, "no dialog opened"
    return seen[0]


def _type_into(dialog: Any, values: dict[str, str]) -> None:
    for name, text in values.items():
        field = dialog.fields[name]
        target = field.lineEdit() if hasattr(field, "lineEdit") and field.lineEdit() else field
        target.setFocus()
        if hasattr(target, "selectAll"):
            target.selectAll()
        type_text(target, text)


def _opener(page: ContributionsPage, kind: str) -> Callable[[], None]:
    tabs = {"pledge": page.pledges, "payment": page.ledger, "fund": page.pledges,
            "budget line": page.budget, "rate": page.rates}  # fmt: skip
    page.tabs.setCurrentWidget(tabs[kind])
    if kind == "fund":
        return lambda: page.open_form(FundForm(page.service, page.pledges))
    return tabs[kind].new_record


def _count(service: ContributionsService, kind: str) -> int:
    lists = {
        "pledge": lambda: service.pledges({}, date.today()),
        "payment": lambda: service.contributions({}, 0, 100_000),
        "fund": service.funds,
        "budget line": service.budget_lines,
        "rate": service.rates,
    }
    return len(lists[kind]())


# kind: (what to type), the field with a mistake the service finds, what it says
CONTRIBUTIONS = {
    "pledge": ({"donor": "Norway", "total": "30000"}, ("donor", ""), "Choose one donor"),
    "payment": ({"donor": "Norway", "amount": "5000"}, ("donor", ""), "Choose one donor"),
    "budget line": (
        {"line": "Interpretation", "amount_chf": "15000"},
        ("line", ""),
        "budget line's name",
    ),
    "rate": (
        {"currency": "ISK", "rate_to_chf": "0.006512"},
        ("rate_to_chf", "0"),
        "more than zero",
    ),
    "fund": ({"name": "Universalization project"}, ("name", ""), "fund's name"),
}


@pytest.mark.parametrize("kind", list(CONTRIBUTIONS))
def test_a_contributions_form_saves_with_enter_and_the_list_shows_it(
    qtbot, page: ContributionsPage, kind: str
) -> None:
    values, _mistake, _said = CONTRIBUTIONS[kind]
    before = _count(page.service, kind)

    def drive(dialog: Any) -> None:
        _type_into(dialog, values)
        press(dialog.focusWidget(), Qt.Key.Key_Return)  # Save
        said = lambda: [e.text() for e in dialog.errors.values()] + [dialog.general.text()]  # noqa: E731
        qtbot.waitUntil(lambda: not dialog.isVisible() or any(said()))
        assert not dialog.isVisible(), said()

    dialog = in_dialog(_opener(page, kind), drive)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.saved is not None and dialog.saved.id
    qtbot.waitUntil(lambda: _count(page.service, kind) == before + 1)
    if kind == "rate":
        qtbot.waitUntil(lambda: "ISK" in [r.currency for r in page.rates.model.rows])
    if kind == "budget line":
        qtbot.waitUntil(lambda: "Interpretation" in [b.line for b in page.budget.model.rows])


@pytest.mark.parametrize("kind", list(CONTRIBUTIONS))
def test_a_contributions_mistake_is_told_next_to_its_field_and_nothing_is_saved(
    qtbot, page: ContributionsPage, kind: str
) -> None:
    values, (field, wrong), said = CONTRIBUTIONS[kind]
    before = _count(page.service, kind)
    told: list[str] = []
    kept: list[bool] = []

    def drive(dialog: Any) -> None:
        _type_into(dialog, {**values, field: wrong})
        if not wrong and hasattr(dialog.fields[field], "setCurrentIndex"):
            dialog.fields[field].setCurrentIndex(-1)  # no donor chosen
        typed = {n: dialog.fields[n].value() for n in values if n != field}
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.errors[field].isVisible())
        told.append(dialog.errors[field].text())
        kept.append({n: dialog.fields[n].value() for n in typed} == typed)
        assert dialog.isVisible() and dialog.save_button.isEnabled()
        dialog.reject()

    dialog = in_dialog(_opener(page, kind), drive)
    assert told and said in told[0], told
    assert kept == [True]
    assert dialog.saved is None
    assert page.context.wait_for_background()
    assert _count(page.service, kind) == before


def test_a_contributions_save_runs_off_the_gui_thread(
    qtbot, monkeypatch, page: ContributionsPage
) -> None:
    gate = threading.Event()
    threads = _on_thread_recorder(
        monkeypatch, contributions_module.ContributionsService, "save_rate", gate
    )
    disabled: list[bool] = []

    def drive(dialog: Any) -> None:
        _type_into(dialog, {"currency": "PLN", "rate_to_chf": "0.2035"})
        press(dialog.focusWidget(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: bool(threads))
        disabled.append(not dialog.save_button.isEnabled())
        gate.set()
        qtbot.waitUntil(lambda: not dialog.isVisible())

    in_dialog(_opener(page, "rate"), drive)
    assert disabled == [True]
    assert len(threads) == 1 and threads[0] is not threading.main_thread()
    qtbot.waitUntil(lambda: "PLN" in [r.currency for r in page.rates.model.rows])
