"""Two offline workstations both record payments on one pledge; after exchanging their
change logs both count both payments, to the centime (ledger rows are insert-only)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from tests.helpers import bare_database, snapshot

from isu_desk.capabilities.contributions.domain.records import Pledge
from isu_desk.capabilities.contributions.services.service import DEFAULT_FUNDS, ContributionsService
from isu_desk.capabilities.directory.services.states import seed_states
from isu_desk.storage.changelog import apply_entry, read_changes
from isu_desk.storage.database import Database

TODAY = date(2026, 6, 1)


def _copy_log(source: Database, target: Database, after: int = 0) -> int:
    """Apply ``source``'s log entries after ``after`` to ``target``; returns the last seq."""
    with source.transaction() as session:
        changes = list(read_changes(session, after))
        last = session.connection().exec_driver_sql("SELECT max(seq) FROM change_log").scalar()
    with target.transaction() as session:
        for change in changes:
            apply_entry(session, change)
    return int(last or 0)


def test_payments_recorded_offline_on_two_desks_both_count(tmp_path: Path) -> None:
    desk_a = bare_database(tmp_path / "a", "00000000-0000-4000-8000-00000000000a", "A")
    desk_b = bare_database(tmp_path / "b", "00000000-0000-4000-8000-00000000000b", "B")
    seed_states(desk_a)
    service_a, service_b = ContributionsService(desk_a), ContributionsService(desk_b)
    service_a.ensure_default_funds()
    norway = next(i for _, i, name in service_a.donors() if name == "Norway")
    pledge = Pledge("", norway, None, DEFAULT_FUNDS[0].id, date(2026, 1, 5), "EUR",
                    Decimal("50000"), 2026, 2026)  # fmt: skip
    pledge = service_a.save_pledge(pledge).unwrap()
    shared = _copy_log(desk_a, desk_b)
    for service, amount in ((service_a, "10000.10"), (service_b, "5000.05")):
        draft = service.payment_for(pledge.id, TODAY)
        paid = replace(draft, amount=Decimal(amount), rate_to_chf=Decimal("0.93"),
                       amount_chf=Decimal(amount) * Decimal("0.93"))  # fmt: skip
        assert service.record(
            replace(paid, amount_chf=paid.amount_chf.quantize(Decimal("0.01")))
        ).ok
    _copy_log(desk_b, desk_a)  # B's log holds only its own changes (applies are uncaptured)
    _copy_log(desk_a, desk_b, shared)
    for service in (service_a, service_b):
        (row,) = service.pledges({}, TODAY)
        assert row.balance.received == Decimal("15000.15")
        assert row.balance.outstanding == Decimal("34999.85")
        assert service.summary({"work_plan_year": "2026"}) == (2, Decimal("13950.14"))
    assert snapshot(desk_a)["contributions"] == snapshot(desk_b)["contributions"]
