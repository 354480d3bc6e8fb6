"""The Contributions lists as staff work them: who still needs a letter, letters from
the record for one or many rows, sorting, instalments as rows, budget lines and
rates edited from their lists."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QTest
from tests.ui.ui_keys import press, submit_form

from isu_desk.capabilities.contributions.services.demo import load_demo
from isu_desk.capabilities.contributions.services.service import ContributionsService
from isu_desk.capabilities.contributions.ui.forms import PledgeForm
from isu_desk.capabilities.contributions.ui.page import ContributionsPage
from isu_desk.capabilities.contributions.ui.reference_forms import BudgetLineForm
from isu_desk.domain.text import fold
from isu_desk.services.demo import load_demo as load_directory_demo
from isu_desk.ui.context import AppContext


@pytest.fixture
def page(qtbot, context: AppContext) -> ContributionsPage:
    load_directory_demo(context.database)
    load_demo(context.database)
    page = ContributionsPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    return page


def column(tab, title: str) -> int:
    model = tab.view.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return headers.index(title)


def shown(tab, title: str) -> list[str]:
    model, c = tab.view.model(), column(tab, title)
    return [model.index(r, c).data() for r in range(model.rowCount())]


def test_acknowledged_column_and_the_not_yet_filter(page: ContributionsPage) -> None:
    ledger = page.ledger
    dates = shown(ledger, "Acknowledged")
    acknowledged = [d for d in dates if d and d != "Not yet"]
    assert len(acknowledged) >= 20  # the demo acknowledged most of its contributions
    combo = ledger.acknowledged
    combo.setCurrentIndex(combo.findText("Not yet acknowledged"))
    combo.activated.emit(combo.currentIndex())
    remaining = shown(ledger, "Acknowledged")
    assert remaining and set(remaining) == {"Not yet"}
    assert set(shown(ledger, "Entry")) == {"Payment"}


def test_letters_for_every_selected_row_in_one_preview(page: ContributionsPage) -> None:
    ledger = page.ledger
    view = ledger.view
    selection = view.selectionModel()
    for row in (0, 1):
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        selection.select(view.model().index(row, 0), flags)
    ledger.thank_you()
    assert page.context.wait_for_background()
    preview = page.letter_preview.preview
    assert preview.document.pageCount() == 2
    pages = PdfReader(io.BytesIO(preview.pdf_bytes)).pages
    donors = shown(ledger, "Donor")[:2]
    for donor, pdf_page in zip(donors, pages, strict=True):
        assert donor.split()[0] in pdf_page.extract_text()
    page.letter_preview.close()


def test_reminder_on_a_pledge_opens_the_preview(page: ContributionsPage) -> None:
    page.tabs.setCurrentWidget(page.pledges)
    page.pledges.view.selectRow(0)
    page.pledges.reminder()
    assert page.context.wait_for_background()
    assert page.letter_preview.windowTitle() == "Reminder"
    assert page.letter_preview.preview.print_button.isEnabled()
    page.letter_preview.close()


def test_pledges_sort_by_any_column_figures_by_value(page: ContributionsPage) -> None:
    pledges = page.pledges
    c = column(pledges, "Received CHF")
    pledges.view.sortByColumn(c, Qt.SortOrder.DescendingOrder)
    values = [float(v.replace(",", "")) for v in shown(pledges, "Received CHF")]
    assert values == sorted(values, reverse=True)
    pledges.view.sortByColumn(column(pledges, "Donor"), Qt.SortOrder.AscendingOrder)
    donors = shown(pledges, "Donor")
    assert donors == sorted(donors, key=fold)


def test_instalments_are_rows_and_a_bad_one_says_which(page: ContributionsPage) -> None:
    service = ContributionsService(page.context.database)
    row = next(
        r for r in service.pledges({}, date.today()) if len(service.instalments(r.pledge.id)) == 1
    )
    form = PledgeForm(service, row.pledge, page)
    field = form.fields["instalments"]
    before = field.table.rowCount()
    new = field.add_row(date(2026, 3, 31), "12x")
    submit_form(form, page.context)
    assert form.saved is None
    assert f"Instalment {new + 1}" in form.errors["instalments"].text()
    field.amount_editor(new).setText("1000")
    submit_form(form, page.context)
    assert "add up to" in form.errors["instalments"].text()  # checked against the total
    first = field.amount_editor(0)
    first.setText(f"{Decimal(first.text()) - 1000:f}")
    submit_form(form, page.context)
    said = [e.text() for e in form.errors.values()] + [form.general.text()]
    assert form.saved is not None, said
    assert len(service.instalments(row.pledge.id)) == before + 1


def test_budget_lines_open_with_enter_and_save_changes(qtbot, page: ContributionsPage) -> None:
    from PySide6.QtWidgets import QDialog

    budget = page.budget
    page.tabs.setCurrentWidget(budget)
    assert budget.model.rowCount() > 0
    assert budget.work_plan.rowCount() >= 6  # 2021–2026
    opened: list[QDialog] = []
    page.open_form = lambda form: opened.append(form)  # the dialog is checked, not shown
    budget.view.setFocus()
    budget.view.selectRow(0)
    press(budget.view, Qt.Key.Key_Return)
    assert opened and isinstance(opened[0], BudgetLineForm)
    form = opened[0]
    line = budget.model.row_at(budget.view.current_row())
    assert form.fields["line"].value() == line.line
    form.fields["line"].set_value("Staff costs (revised)")
    submit_form(form, page.context)
    assert form.saved is not None and form.saved.id == line.id
    page.saved(form.saved)
    assert "Staff costs (revised)" in shown(budget, "Budget line")


def test_exchange_rates_are_listed_newest_first(page: ContributionsPage) -> None:
    rates = page.rates
    assert rates.model.rowCount() > 0
    firsts = [r.valid_from for r in rates.model.rows]
    assert firsts == sorted(firsts, reverse=True)


def test_the_dashboard_figures_count_and_open_their_list(qtbot, context, open_window) -> None:
    load_directory_demo(context.database)
    load_demo(context.database)
    window = open_window()
    tile = window.pages["Dashboard"].tiles["contributions"]
    board = ContributionsService(context.database).dashboard(date.today())
    assert tile.tiles["open"].value.text() == str(board.open_pledges)
    assert tile.tiles["overdue"].value.text() == str(len(board.overdue))
    assert tile.tiles["coverage"].value.text().endswith("%")
    assert f"of the {board.year} budget received" in tile.tiles["coverage"].caption.text()
    assert board.latest[0]["donor_name"] in tile.tiles["latest"].caption.text()

    QTest.mouseClick(tile.tiles["open"], Qt.MouseButton.LeftButton)
    page = window.pages["Contributions"]
    assert window.current_section() == "Contributions"
    assert page.tabs.currentWidget() is page.pledges
    window.show_section("Dashboard")
    tile.tiles["latest"].setFocus()
    press(tile.tiles["latest"], Qt.Key.Key_Return)
    assert page.tabs.currentWidget() is page.ledger
    window.show_section("Dashboard")
    QTest.mouseClick(tile.tiles["coverage"], Qt.MouseButton.LeftButton)
    assert page.tabs.currentWidget() is page.budget
