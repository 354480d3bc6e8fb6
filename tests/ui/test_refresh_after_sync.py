"""What a sync brings is shown at once: pages refresh from the tables the database reports."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from tests.sync.conftest import Team

from isu_desk.capabilities.contributions.domain.records import (
    BudgetLine,
    ExchangeRate,
    Instalment,
    Pledge,
)
from isu_desk.capabilities.contributions.services.service import DEFAULT_FUNDS, ContributionsService
from isu_desk.capabilities.contributions.ui.page import ContributionsPage
from isu_desk.capabilities.contributions.ui.tile import ContributionsTile
from isu_desk.ui.context import AppContext


def test_budget_lines_rates_and_instalments_from_a_sync_show_on_the_page_and_tile(
    qtbot, tmp_path: Path
) -> None:
    team = Team(tmp_path)
    try:
        alice, bob = team.desk("alice", seed=True), team.desk("bob", seed=True)
        service = ContributionsService(alice.database)
        pledge = _pledge(service)
        alice.sync.sync()
        bob.sync.sync()  # both now hold the pledge, the funds and the States
        context = AppContext(bob.database, tmp_path / "bob")
        page, tile = ContributionsPage(context), ContributionsTile(context)
        for widget in (page, tile):
            qtbot.addWidget(widget)
        assert tile.tiles["overdue"].value.text() == "0"
        assert tile.tiles["coverage"].caption.text().startswith("No budget yet")

        _plan_and_schedule(service, pledge)  # only budget lines, rates and instalments
        alice.sync.sync()
        context.run_in_background(bob.sync.sync)  # the real sync, in a worker thread
        qtbot.waitUntil(lambda: tile.tiles["overdue"].value.text() == "1", timeout=10000)

        assert "of 480,000.00" in tile.tiles["coverage"].caption.text().replace("'", ",")
        assert "480,000.00" in page.budget.totals.text().replace("'", ",")
        assert page.pledges.model.rowCount() == 1
        assert "1 instalment" in str(page.pledges.model.data(page.pledges.model.index(0, 9)))
    finally:
        team.close()


def _pledge(service: ContributionsService) -> Pledge:
    service.ensure_default_funds()
    today = date.today()
    norway = next(i for _, i, name in service.donors() if name == "Norway")
    pledge = Pledge(
        "", norway, None, DEFAULT_FUNDS[0].id, today - timedelta(days=90), "CHF",
        Decimal("30000"), today.year, today.year,
    )  # fmt: skip
    return service.save_pledge(pledge).unwrap()


def _plan_and_schedule(service: ContributionsService, pledge: Pledge) -> None:
    today = date.today()
    due = Instalment("", pledge.id, today - timedelta(days=30), Decimal("30000"))
    service.save_pledge(pledge, [due]).unwrap()
    service.save_budget_line(BudgetLine("", today.year, "Staff", Decimal("480000"))).unwrap()
    service.save_rate(ExchangeRate("", "EUR", today - timedelta(days=5), Decimal("0.93"))).unwrap()
