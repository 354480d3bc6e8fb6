"""The History panel and the Deleted view, driven as staff use them (real clicks and keys).

A contribution edited on two workstations and synced through a real share
shows both changes with both workstations' names; restoring a value shows it
in the list and the history, and reaches the other workstation at its next
sync. A deleted contact comes back from the Deleted view.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QTableView, QTableWidget
from tests.helpers import payment
from tests.sync.conftest import Team
from tests.ui.ui_keys import type_text

from isu_desk.capabilities.contributions.services.service import ContributionsService
from isu_desk.capabilities.contributions.ui.page import ContributionsPage
from isu_desk.capabilities.directory.domain import Contact
from isu_desk.capabilities.directory.ui.page import DirectoryPage
from isu_desk.capabilities.directory.ui.pane import KindPane
from isu_desk.ui.context import AppContext
from isu_desk.ui.history_panel import HistoryDialog


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    made = Team(tmp_path)
    yield made
    made.close()


@pytest.fixture
def yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answer Yes to every confirmation, keeping what was asked."""
    asked: list[str] = []

    def answer(_parent, _title, text, *_args, **_kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    return asked


def _texts(table: QTableWidget) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def _click_row(qtbot, table: QTableView, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _edited_on_two_desks(team: Team) -> tuple[ContributionsService, ContributionsService, str]:
    """Geneva records a payment; both desks edit it offline; everyone syncs."""
    geneva, laptop = team.desk("Geneva desk", seed=True), team.desk("Field laptop")
    ledger_a, ledger_b = (
        ContributionsService(geneva.database),
        ContributionsService(laptop.database),
    )
    ledger_a.ensure_default_funds()
    norway = next(i for _, i, name in ledger_a.donors() if name == "Norway")
    draft = payment("1000", id="", pledge_id=None, donor_state_id=norway,
                    fund_id=ledger_a.funds()[0].id, received_on=date(2025, 3, 1))  # fmt: skip
    entry = ledger_a.record(draft, confirmed=True).unwrap()
    geneva.sync.sync()
    laptop.sync.sync()
    ledger_a.record(replace(entry, amount=Decimal("1200"), amount_chf=Decimal("1140.00"))).unwrap()
    ledger_b.record(replace(ledger_b.contribution(entry.id), reference="BCGE 2025-114")).unwrap()
    geneva.sync.sync()
    laptop.sync.sync()
    geneva.sync.sync()
    return ledger_a, ledger_b, entry.id


def _open_history(qtbot, page: ContributionsPage) -> HistoryDialog:
    _click_row(qtbot, page.ledger.view, 0)
    button = page.ledger.findChild(QPushButton, "history_contributions")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = page.ledger.history_window
    qtbot.waitUntil(lambda: dialog.panel.table.rowCount() > 0)
    return dialog


def test_history_of_a_contribution_edited_on_two_workstations(qtbot, team: Team, yes) -> None:
    _ledger_a, ledger_b, entry_id = _edited_on_two_desks(team)
    geneva = team.desks[0]
    context = AppContext(geneva.database, team.root / "Geneva desk")
    page = ContributionsPage(context)
    qtbot.addWidget(page)
    page.show()
    dialog = _open_history(qtbot, page)
    rows = _texts(dialog.panel.table)
    by_field: dict[str, list[str]] = {}
    for row in rows:  # newest first: each field's latest change
        by_field.setdefault(row[2], row)
    assert by_field["Amount"][1:5] == ["Geneva desk", "Amount", "1,000.00", "1,200.00"]
    assert by_field["Reference"][1:] == ["Field laptop", "Reference", "", "BCGE 2025-114",
                                         "from sync"]  # fmt: skip
    assert {row[1] for row in rows} == {"Geneva desk", "Field laptop"}

    created = next(r for r, row in enumerate(rows) if row[2] == "Amount" and row[3] == "")
    _click_row(qtbot, dialog.panel.table, created)
    qtbot.mouseClick(dialog.panel.restore_button, Qt.MouseButton.LeftButton)
    assert "Amount back to “1,000.00”" in yes[-1]
    qtbot.waitUntil(lambda: len(_texts(dialog.panel.table)) == len(rows) + 1)
    newest = _texts(dialog.panel.table)[0]
    assert newest[1:5] == ["Geneva desk", "Amount", "1,200.00", "1,000.00"]
    model = page.ledger.model
    amount = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == "Amount"
    )
    qtbot.waitUntil(lambda: model.data(model.index(0, amount)) == "1,000.00")

    geneva.sync.sync()
    team.desks[1].sync.sync()
    assert ledger_b.contribution(entry_id).amount == Decimal("1000")
    assert ledger_b.contribution(entry_id).reference == "BCGE 2025-114"
    context.wait_for_background()


def test_a_restore_that_breaks_a_rule_is_refused_plainly(
    qtbot, team: Team, yes, monkeypatch
) -> None:
    ledger_a, _ledger_b, entry_id = _edited_on_two_desks(team)
    ledger_a.acknowledge(entry_id, date.today()).unwrap()  # frozen from now on
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    context = AppContext(team.desks[0].database, team.root / "Geneva desk")
    dialog = HistoryDialog(context, "contributions", entry_id, "a payment")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.panel.table.rowCount() > 0)
    rows = _texts(dialog.panel.table)
    _click_row(
        qtbot, dialog.panel.table, min(r for r, row in enumerate(rows) if row[2] == "Amount")
    )
    assert not dialog.panel.restore_button.isEnabled()  # the value it has now
    first = max(r for r, row in enumerate(rows) if row[2] == "Amount")
    _click_row(qtbot, dialog.panel.table, first)
    qtbot.mouseClick(dialog.panel.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(warned))
    assert "acknowledged and cannot be changed" in warned[0]
    assert ledger_a.contribution(entry_id).amount == Decimal("1200")


def _contact_shown(qtbot, context: AppContext, contact: Contact) -> tuple[KindPane, Contact]:
    """The Directory page on its Contacts tab, showing ``contact`` (saved first)."""
    page = DirectoryPage(context)
    qtbot.addWidget(page)
    page.show()
    pane = page.panes["contacts"]
    page.tabs.setCurrentWidget(pane)
    saved = pane.service.save(contact).unwrap()
    context.notify_changed({"contacts"})
    pane.show_record(saved)
    return pane, saved


def test_the_directory_form_has_a_history_tab_that_restores(qtbot, context, yes) -> None:
    pane, _contact = _contact_shown(
        qtbot, context, Contact(id="", name="Amina Diallo", email="amina@mission.org")
    )
    email = pane.form.fields["email"]
    email.setFocus()
    email.selectAll()
    type_text(email, "a.diallo@mission.org")
    qtbot.mouseClick(pane.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.form.current.email == "a.diallo@mission.org")

    tabs = pane.form_tabs.tabBar()
    qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(1).center())
    assert pane.form_tabs.currentWidget() is pane.history
    table = pane.history.table
    qtbot.waitUntil(lambda: any(r[4] == "a.diallo@mission.org" for r in _texts(table)))
    first = next(r for r, row in enumerate(_texts(table)) if row[4] == "amina@mission.org")
    _click_row(qtbot, table, first)
    qtbot.mouseClick(pane.history.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.form.fields["email"].value() == "amina@mission.org")
    qtbot.waitUntil(lambda: _texts(table)[0][3:5] == ["a.diallo@mission.org", "amina@mission.org"])
    context.wait_for_background()


def test_a_deleted_contact_comes_back_from_the_deleted_view(qtbot, context, yes) -> None:
    pane, contact = _contact_shown(
        qtbot, context, Contact(id="", name="Jonas Berg", position="Counsellor")
    )
    qtbot.mouseClick(pane.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.model.row_of(contact.id) < 0)

    qtbot.mouseClick(pane.deleted_button, Qt.MouseButton.LeftButton)
    dialog = pane.deleted_window
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert _texts(dialog.table)[0][0] == "Jonas Berg"
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert "Restore Jonas Berg" in yes[-1]
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0)
    qtbot.waitUntil(lambda: pane.model.row_of(contact.id) >= 0)
    assert pane.service.get(Contact, contact.id).position == "Counsellor"
    context.wait_for_background()
