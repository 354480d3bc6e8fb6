"""The demo contributions load once and give every list something to show."""

from __future__ import annotations

from datetime import date

from isu_desk.capabilities.contributions.services.demo import load_demo
from isu_desk.capabilities.contributions.services.service import ContributionsService
from isu_desk.storage.database import Database


def test_demo_loads_once_with_pledges_payments_and_budget(database: Database) -> None:
    first = load_demo(database)
    assert first["pledges"] >= 10 and first["contributions"] > 10
    assert all(count == 0 for count in load_demo(database).values())
    service = ContributionsService(database)
    rows = service.pledges({}, date(2026, 6, 1))
    assert {"paid", "partial", "pledged"} <= {r.balance.status.value for r in rows}
    assert all(budget > 0 for _, budget, _, _ in service.budget_overview())
