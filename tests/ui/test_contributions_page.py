"""The Contributions page: recording a payment against a pledge updates the list."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from tests.ui.ui_keys import submit_form

from isu_desk.capabilities.contributions.domain.records import Pledge
from isu_desk.capabilities.contributions.services.service import DEFAULT_FUNDS, ContributionsService
from isu_desk.capabilities.contributions.ui.page import ContributionsPage
from isu_desk.capabilities.contributions.ui.tile import ContributionsTile
from isu_desk.ui.context import AppContext


@pytest.fixture
def page(qtbot, context: AppContext) -> ContributionsPage:
    service = ContributionsService(context.database)
    service.ensure_default_funds()
    norway = next(i for _, i, name in service.donors() if name == "Norway")
    year = date.today().year
    pledge = Pledge(
        "", norway, None, DEFAULT_FUNDS[0].id, date(year, 1, 10), "CHF", Decimal("30000"),
        year, year,
    )  # fmt: skip
    service.save_pledge(pledge).unwrap()
    page = ContributionsPage(context)
    qtbot.addWidget(page)
    return page


def outstanding(page: ContributionsPage) -> str:
    model = page.pledges.model
    return str(model.data(model.index(0, 6)))


def test_recording_a_payment_changes_the_outstanding_amount(page: ContributionsPage) -> None:
    assert outstanding(page) == "30,000.00"
    page.pledges.view.selectRow(0)
    form = page.pledges.payment_form()
    assert form is not None
    assert form.fields["amount"].value() == "30000.00"  # what is outstanding
    form.fields["amount"].set_value("12000.50")
    submit_form(form, page.context)
    assert form.saved is not None, form.general.text()
    page.saved(form.saved)
    assert outstanding(page) == "17,999.50"
    assert "12,000.50" in page.ledger.totals.text()


def test_a_bad_amount_is_shown_next_to_its_field(page: ContributionsPage) -> None:
    page.pledges.view.selectRow(0)
    form = page.pledges.payment_form()
    assert form is not None
    form.fields["amount"].set_value("1'200.00")
    submit_form(form, page.context)
    assert form.saved is None
    assert "1234.50" in form.errors["amount"].text()
    assert outstanding(page) == "30,000.00"


def test_overpaying_asks_and_records_when_confirmed(page: ContributionsPage) -> None:
    page.pledges.view.selectRow(0)
    form = page.pledges.payment_form()
    assert form is not None
    asked: list[str] = []
    form.confirm = lambda message: asked.append(message) or True
    form.fields["amount"].set_value("35000")
    submit_form(form, page.context)
    assert asked and "outstanding" in asked[0]
    page.saved(form.saved)
    assert outstanding(page) == "0.00"


def test_dashboard_tile_shows_open_pledges(qtbot, page: ContributionsPage) -> None:
    tile = ContributionsTile(page.context)
    qtbot.addWidget(tile)
    assert tile.tiles["open"].value.text() == "1"
    assert tile.tiles["open"].caption.text() == "Open pledges"
    assert tile.tiles["latest"].caption.text() == "No contribution received yet"


def test_a_correction_is_a_new_row_that_changes_the_totals(page: ContributionsPage) -> None:
    page.pledges.view.selectRow(0)
    form = page.pledges.payment_form()
    assert form is not None
    form.fields["amount"].set_value("1000")
    submit_form(form, page.context)
    page.saved(form.saved)
    page.ledger.view.selectRow(0)
    correction = page.ledger.correction_form()
    assert correction is not None
    correction.fields["amount"].set_value("-25.00")
    submit_form(correction, page.context)
    assert correction.saved is not None, correction.general.text()
    page.saved(correction.saved)
    assert page.ledger.model.rowCount() == 2
    assert "975.00" in page.ledger.totals.text()
    assert outstanding(page) == "29,025.00"


def test_a_new_fund_is_offered_in_the_filters(page: ContributionsPage) -> None:
    from isu_desk.capabilities.contributions.ui.reference_forms import FundForm

    form = FundForm(page.service, page)
    submit_form(form, page.context)
    assert form.saved is None and "name" in form.errors["name"].text()
    form.fields["name"].set_value("Universalization project")
    submit_form(form, page.context)
    page.saved(form.saved)
    labels = [page.pledges.fund.itemText(i) for i in range(page.pledges.fund.count())]
    assert "Universalization project" in labels


def test_acknowledgement_letter_opens_in_a_preview_with_print(page: ContributionsPage) -> None:
    import io

    from pypdf import PdfReader

    page.pledges.view.selectRow(0)
    form = page.pledges.payment_form()
    assert form is not None
    submit_form(form, page.context)
    page.saved(form.saved)
    page.ledger.view.selectRow(0)
    page.ledger.thank_you()
    assert page.context.wait_for_background()
    preview = page.letter_preview.preview
    assert preview.print_button.isEnabled() and preview.save_button.isEnabled()
    assert preview.document.pageCount() == 1
    text = PdfReader(io.BytesIO(preview.pdf_bytes)).pages[0].extract_text()
    assert "Norway" in text and "30,000.00" in text
    page.letter_preview.close()
