"""Demo contributions: funds, monthly rates, the 2021–2026 budget, pledges and payments.

Loaded by ``isu-desk demo`` after the Directory's demo (the registry's order):
its pledges come from the curated States and the demo organisations.
Every record has a name-based id, so loading twice adds nothing. The figures
are invented but of a plausible size for a three-person unit.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

from isu_desk.capabilities.contributions.domain import balances as bal
from isu_desk.capabilities.contributions.domain import records as dom
from isu_desk.capabilities.contributions.domain.records import (
    BudgetLine,
    Contribution,
    ContributionForm,
    ContributionKind,
    ExchangeRate,
    Fund,
    FundKind,
    Instalment,
    Pledge,
)
from isu_desk.capabilities.contributions.services.service import DEFAULT_FUNDS, ContributionsService
from isu_desk.capabilities.contributions.storage import repository as repo
from isu_desk.domain.ids import seed_id
from isu_desk.storage.database import Database
from isu_desk.storage.mapping import to_columns

CORE, SPONSORSHIP = (f.id for f in DEFAULT_FUNDS)
EARMARKED = Fund(seed_id("fund", "demo-victim-assistance"), "Victim assistance project",
                 FundKind.EARMARKED)  # fmt: skip
# Currency, CHF for one unit in January 2021, monthly drift (invented, plausible).
RATES = {
    "EUR": ("1.080000", "-0.001500"),
    "NOK": ("0.104000", "-0.000350"),
    "SEK": ("0.106000", "-0.000300"),
    "AUD": ("0.680000", "-0.001200"),
    "CZK": ("0.041000", "-0.000050"),
    "USD": ("0.890000", "0.000200"),
    "JPY": ("0.008600", "-0.000030"),
}
BUDGET = (("Staff costs", "385000.00"), ("Travel", "42000.00"),
          ("Meetings and communication", "58000.00"), ("Office and IT", "25000.00"))  # fmt: skip
# (donor ISO3, currency, total, first year, last year, fund, paid share in tenths)
PLEDGES = (
    ("NOR", "NOK", "900000", 2021, 2023, CORE, 10),
    ("DEU", "EUR", "120000", 2021, 2023, CORE, 10),
    ("CHE", "CHF", "180000", 2021, 2023, CORE, 10),
    ("SWE", "SEK", "900000", 2021, 2024, SPONSORSHIP, 9),
    ("AUS", "AUD", "150000", 2022, 2024, CORE, 10),
    ("NOR", "NOK", "900000", 2024, 2026, CORE, 6),
    ("CHE", "CHF", "60000", 2026, 2026, CORE, 0),
    ("AUT", "EUR", "25000", 2025, 2025, CORE, 10),
    ("DEU", "EUR", "120000", 2024, 2026, CORE, 7),
    ("SWE", "SEK", "600000", 2025, 2026, SPONSORSHIP, 5),
    ("AUS", "AUD", "50000", 2026, 2026, SPONSORSHIP, 4),
    ("CZE", "CZK", "300000", 2026, 2026, CORE, 0),
    ("NLD", "EUR", "40000", 2025, 2026, CORE, 5),
    ("IRL", "EUR", "30000", 2026, 2026, EARMARKED.id, 10),
    ("JPN", "JPY", "5000000", 2025, 2025, SPONSORSHIP, 10),
)


def _rates() -> list[ExchangeRate]:
    rates = []
    for currency, (start, drift) in RATES.items():
        for month in range(72):
            on = date(2021 + month // 12, month % 12 + 1, 1)
            wobble = Decimal((month * 7) % 5 - 2) * Decimal(drift) / 2
            value = (Decimal(start) + Decimal(drift) * month + wobble).quantize(Decimal("1e-6"))
            rid = seed_id("demo-rate", f"{currency}:{on.isoformat()}")
            rates.append(ExchangeRate(rid, currency, on, value, "UN operational rate (demo)"))
    return rates


def _budget() -> list[BudgetLine]:
    return [
        BudgetLine(
            seed_id("demo-budget", f"{year}:{line}"),
            year,
            line,
            Decimal(amount) * (1 + Decimal(year - 2021) / 50),
            "Second Review Conference",
            "CCM/CONF/2021/6",
        )
        for year in dom.WORK_PLAN_YEARS
        for line, amount in BUDGET
    ]


def _pledge(row: tuple[str, str, str, int, int, str, int], state_id: str) -> Pledge:
    iso3, currency, total, first, last, fund, _ = row
    return Pledge(seed_id("demo-pledge", f"{iso3}:{first}"), state_id, None, fund,
                  date(first - 1, 11, 15), currency, Decimal(total), first, last,
                  "Pledged at the Meeting of States Parties")  # fmt: skip


def _schedule(pledge: Pledge) -> list[Instalment]:
    years = range(pledge.first_year, pledge.last_year + 1)
    return [
        Instalment(
            seed_id("demo-instalment", f"{pledge.id}:{y}"),
            pledge.id,
            date(y, 3, 31),
            bal.due_in_year(pledge, [], y),
        )
        for y in years
    ]


def _payments(pledge: Pledge, tenths: int, rates: list[ExchangeRate]) -> list[Contribution]:
    """Payments of ``tenths``/10 of the pledge, one per covered year while it lasts."""
    paid: list[Contribution] = []
    left = pledge.total * tenths / 10
    for year in range(pledge.first_year, pledge.last_year + 1):
        amount = min(bal.due_in_year(pledge, [], year), left)
        if amount <= 0 or date(year, 4, 20) > date(2026, 11, 1):
            break
        left -= amount
        on = date(year, 4, 20)
        found = dom.rate_in_force(rates, pledge.currency, on)
        rate = found.rate_to_chf if found else Decimal(1)
        paid.append(_contribution(pledge, amount, rate, on))
    return paid


def _contribution(pledge: Pledge, amount: Decimal, rate: Decimal, on: date) -> Contribution:
    return replace(
        bal.payment_towards(pledge, amount, rate, on),
        id=seed_id("demo-contribution", f"{pledge.id}:{on.isoformat()}"),
        reference=f"GICHD-{on.year}-{pledge.id[:4].upper()}",
        acknowledged_on=date(on.year, 5, 15) if on.year < 2026 else None,
    )


def _in_kind(gichd_id: str) -> list[Contribution]:
    return [
        Contribution(
            seed_id("demo-in-kind", str(year)),
            None,
            gichd_id,
            CORE,
            None,
            ContributionKind.VOLUNTARY,
            ContributionForm.IN_KIND,
            "CHF",
            Decimal("36000.00"),
            Decimal(1),
            Decimal("36000.00"),
            None,
            date(year, 1, 15),
            year,
            description="Office space and IT support in Geneva (estimated value)",
        )
        for year in dom.WORK_PLAN_YEARS
    ]


def load_demo(database: Database) -> dict[str, Any]:
    """Add the demo contributions that are missing; returns how many of each were added."""
    service = ContributionsService(database)
    service.ensure_default_funds()
    rates = _rates()
    with database.transaction() as session:
        states = {iso3: repo.state_id_by_iso3(session, iso3) for iso3, *_ in PLEDGES}
        gichd = repo.organisation_id_by_name(session, "GICHD")
    pledges = [(_pledge(row, sid), row[-1]) for row in PLEDGES if (sid := states[row[0]])]
    ledger = [c for p, tenths in pledges for c in _payments(p, tenths, rates)]
    ledger += _in_kind(gichd) if gichd else []
    added: dict[str, int] = {}
    with database.transaction() as session:
        added["funds"] = _insert_missing(session, "funds", [EARMARKED])
        added["exchange_rates"] = _insert_missing(session, "exchange_rates", rates)
        added["budget_lines"] = _insert_missing(session, "budget_lines", _budget())
        added["pledges"] = _insert_missing(session, "pledges", [p for p, _ in pledges])
        schedule = [i for p, _ in pledges for i in _schedule(p)]
        added["pledge_instalments"] = _insert_missing(session, "pledge_instalments", schedule)
        added["contributions"] = _insert_missing(session, "contributions", ledger)
    return added


def _insert_missing(session: Any, kind: str, records: list[Any]) -> int:
    existing = {r.id for r in repo.all_rows(session, kind)}
    rows = [to_columns(replace(r)) for r in records if r.id not in existing]
    repo.insert_many(session, kind, rows)
    return len(rows)
