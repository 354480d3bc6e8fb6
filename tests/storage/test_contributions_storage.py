"""Contributions storage: exact money in TEXT, and SQL totals equal to Decimal sums."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, text

from isu_desk.capabilities.contributions.storage import repository as finance
from isu_desk.capabilities.contributions.storage.models import (
    ContributionRecord,
    FundRecord,
    PledgeRecord,
)
from isu_desk.storage.database import Database
from isu_desk.storage.models import StateRecord

STATE = "00000000-0000-4000-8000-00000000000a"


def _setup(db: Database) -> None:
    with db.transaction() as session:
        session.add(StateRecord(id=STATE, iso3="NOR", name="Norway", status="state_party"))
        session.add(FundRecord(id="f1", name="ISU core budget", kind="core", notes=""))
        session.flush()
        session.add(
            PledgeRecord(
                id="p1",
                donor_state_id=STATE,
                fund_id="f1",
                pledged_on=date(2025, 1, 5),
                currency="NOK",
                total=Decimal("100000"),
                first_year=2025,
                last_year=2026,
                notes="",
            )
        )


def _row(number: int, amount: Decimal, chf: Decimal, year: int, pledged: bool) -> dict[str, object]:
    return {
        "id": f"c{number}",
        "donor_state_id": STATE,
        "fund_id": "f1",
        "pledge_id": "p1" if pledged else None,
        "kind": "annual",
        "form": "financial",
        "currency": "NOK",
        "amount": amount,
        "rate_to_chf": Decimal("0.081234"),
        "amount_chf": chf,
        "received_on": date(year, 5, 1),
        "work_plan_year": year,
        "reference": "",
        "description": "",
        "notes": "",
        "entry": "payment" if amount > 0 else "reversal",
    }


def test_money_is_stored_as_exact_text_and_floats_are_refused(empty_database: Database) -> None:
    _setup(empty_database)
    with empty_database.transaction() as session:
        finance.insert_row(
            session, "contributions", _row(1, Decimal("1234.5"), Decimal("100.28"), 2025, True)
        )
        raw = session.execute(text("SELECT amount, amount_chf, chf_cents FROM contributions"))
        assert raw.one() == ("1234.5000", "100.28", 10028)
    with pytest.raises(Exception, match="Decimal"), empty_database.transaction() as session:
        finance.insert_row(session, "contributions", _row(2, 1.5, Decimal(1), 2025, True))  # type: ignore[arg-type]


money = st.decimals(min_value=Decimal("-99999"), max_value=Decimal("999999"), places=2).filter(
    lambda d: d != 0
)
ledger = st.lists(
    st.tuples(money, money, st.sampled_from([2024, 2025, 2026]), st.booleans()), max_size=25
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(entries=ledger)
def test_sql_totals_equal_a_plain_decimal_recomputation(
    empty_database: Database, entries: list[tuple[Decimal, Decimal, int, bool]]
) -> None:
    with empty_database.transaction() as session:
        ready = session.get(FundRecord, "f1") is not None
    if not ready:
        _setup(empty_database)
    with empty_database.transaction() as session:
        session.execute(delete(ContributionRecord))
        rows = [_row(n, a, c, y, p) for n, (a, c, y, p) in enumerate(entries)]
        finance.insert_many(session, "contributions", rows)
    with empty_database.transaction() as session:
        (pledge,) = finance.pledge_rows(session, {})
        by_year = finance.received_by_year(session)
        count, total = finance.contributions_summary(session, {"work_plan_year": "2025"})
    pledged = [(a, c) for a, c, _, p in entries if p]
    assert pledge["received"] == sum((a for a, _ in pledged), Decimal(0))
    assert pledge["received_chf"] == sum((c for _, c in pledged), Decimal(0))
    for year in (2024, 2025, 2026):
        expected = sum((c for _, c, y, _ in entries if y == year), Decimal(0))
        assert by_year.get(year, Decimal(0)) == expected
    assert count == sum(1 for e in entries if e[2] == 2025)
    assert total == sum((c for _, c, y, _ in entries if y == 2025), Decimal(0))
    assert all(isinstance(v, Decimal) for v in (*by_year.values(), total, pledge["received"]))
