"""Contributions use cases: pledges, payments, confirmation, corrections, rates, dashboard."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from isu_desk.capabilities.contributions.domain.records import (
    CONFIRM_FIELD,
    EntryType,
    ExchangeRate,
    Instalment,
    Pledge,
    PledgeStatus,
)
from isu_desk.capabilities.contributions.services.service import DEFAULT_FUNDS, ContributionsService
from isu_desk.storage.database import Database

TODAY = date(2026, 6, 1)


@pytest.fixture
def service(database: Database) -> ContributionsService:
    service = ContributionsService(database)
    service.ensure_default_funds()
    return service


def norway(service: ContributionsService) -> str:
    return next(i for kind, i, name in service.donors() if name == "Norway")


def make_pledge(service: ContributionsService, total: str = "30000") -> Pledge:
    pledge = Pledge(
        "",
        norway(service),
        None,
        DEFAULT_FUNDS[0].id,
        date(2025, 1, 10),
        "NOK",
        Decimal(total),
        2025,
        2027,
    )
    schedule = [
        Instalment("", "", date(2025, 3, 31), Decimal(total) / 3),
        Instalment("", "", date(2026, 3, 31), Decimal(total) / 3),
        Instalment("", "", date(2027, 3, 31), Decimal(total) / 3),
    ]
    return service.save_pledge(pledge, schedule).unwrap()


def test_payment_against_a_pledge_reduces_what_is_outstanding(
    service: ContributionsService,
) -> None:
    pledge = make_pledge(service)
    service.save_rate(ExchangeRate("", "NOK", date(2026, 5, 1), Decimal("0.078")))
    (row,) = service.pledges({"year": "2026"}, TODAY)
    assert row.balance.outstanding == Decimal("30000")
    assert len(row.overdue) == 2
    draft = service.payment_for(pledge.id, TODAY)
    assert draft.rate_to_chf == Decimal("0.078") and draft.amount == Decimal("30000")
    paid = replace(draft, amount=Decimal("10000"), amount_chf=Decimal("780.00"))
    assert service.record(paid).ok
    (row,) = service.pledges({}, TODAY)
    assert row.balance.outstanding == Decimal("20000")
    assert row.balance.status is PledgeStatus.PARTIAL
    assert len(row.overdue) == 1
    assert service.summary({"work_plan_year": "2026"}) == (1, Decimal("780.00"))


def test_overpaying_asks_for_confirmation_then_records(service: ContributionsService) -> None:
    pledge = make_pledge(service, "300")
    draft = replace(
        service.payment_for(pledge.id, TODAY),
        amount=Decimal("500"),
        rate_to_chf=Decimal("0.08"),
        amount_chf=Decimal("40.00"),
    )
    first = service.record(draft)
    assert [e.field for e in first.errors] == [CONFIRM_FIELD]
    assert service.record(draft, confirmed=True).ok
    (row,) = service.pledges({"status": "overpaid"}, TODAY)
    assert row.balance.received == Decimal("500")


def test_acknowledged_payments_are_corrected_by_new_rows(service: ContributionsService) -> None:
    pledge = make_pledge(service)
    draft = replace(
        service.payment_for(pledge.id, TODAY),
        rate_to_chf=Decimal("0.08"),
        amount=Decimal("1000"),
        amount_chf=Decimal("80.00"),
    )
    paid = service.record(draft).unwrap()
    service.acknowledge(paid.id, TODAY)
    refused = service.record(replace(paid, amount=Decimal("900"), amount_chf=Decimal("72.00")))
    assert not refused.ok and "correction" in refused.errors[0].message
    reversal = service.reverse(paid.id, TODAY, "entered twice").unwrap()
    assert reversal.entry is EntryType.REVERSAL and reversal.corrects_id == paid.id
    (row,) = service.pledges({}, TODAY)
    assert row.balance.received == 0
    assert service.summary({}) == (2, Decimal("0.00"))


def test_unknown_currency_and_bad_years_are_field_errors(service: ContributionsService) -> None:
    pledge = Pledge(
        "",
        norway(service),
        None,
        DEFAULT_FUNDS[0].id,
        date(2025, 1, 1),
        "XYZ",
        Decimal("5"),
        2026,
        2025,
    )
    fields = {e.field for e in service.save_pledge(pledge).errors}
    assert {"currency", "years"} <= fields


def test_dashboard_shows_coverage_of_the_year(service: ContributionsService) -> None:
    from isu_desk.capabilities.contributions.domain.records import BudgetLine

    service.save_budget_line(BudgetLine("", 2026, "Staff", Decimal("1000.00"))).unwrap()
    make_pledge(service, "300")
    pledge = service.pledges({}, TODAY)[0].pledge
    draft = replace(
        service.payment_for(pledge.id, TODAY),
        amount=Decimal("100"),
        rate_to_chf=Decimal("2.5"),
        amount_chf=Decimal("250.00"),
    )
    service.record(draft).unwrap()
    board = service.dashboard(TODAY)
    assert board.coverage == Decimal("0.2500")
    assert board.open_pledges == 1 and board.latest[0]["donor_name"] == "Norway"


def test_corrections_cannot_be_repeated_or_re_acknowledged(service: ContributionsService) -> None:
    pledge = make_pledge(service)
    draft = replace(service.payment_for(pledge.id, TODAY), amount=Decimal("100"),
                    rate_to_chf=Decimal("0.08"), amount_chf=Decimal("8.00"))  # fmt: skip
    paid = service.record(draft).unwrap()
    assert service.acknowledge(paid.id, TODAY).ok
    assert "acknowledged on" in service.acknowledge(paid.id, TODAY).errors[0].message
    assert service.reverse(paid.id, TODAY, "duplicate").ok
    assert "already reversed" in service.reverse(paid.id, TODAY, "again").errors[0].message


def test_saving_a_pledge_again_keeps_its_schedule_and_currency(
    service: ContributionsService,
) -> None:
    pledge = make_pledge(service)
    before = {i.id for i in service.instalments(pledge.id)}
    schedule = service.instalments(pledge.id)
    assert service.save_pledge(replace(pledge, notes="checked"), schedule).ok
    assert {i.id for i in service.instalments(pledge.id)} == before
    draft = replace(service.payment_for(pledge.id, TODAY), amount=Decimal("100"),
                    rate_to_chf=Decimal("0.08"), amount_chf=Decimal("8.00"))  # fmt: skip
    service.record(draft).unwrap()
    changed = service.save_pledge(replace(pledge, currency="EUR"), schedule)
    assert [e.field for e in changed.errors] == ["currency"]
