"""Benchmark: contributions at scale: 100,000 ledger rows over 6 years and 150 donors.

Measures, on one database built for the run:

* the year's contributions statement PDF (``render_report``: exact SQL sums per
  donor, pledge and currency, pledges and schedules, rates, letterhead) against a
  baseline of bare SQL (one GROUP BY) plus a bare reportlab ``SimpleDocTemplate``
  holding one ``Table`` of the same rows. Goal: at most 1.5x.
* the "Received" list filtered by year (first 500 rows, count and CHF total) and
* the dashboard figures (coverage, open pledges, overdue instalments, latest),
  each against the same queries in bare SQL. Goal: under 100 ms each.

Usage: ``python bench/bench_contributions.py [--quick]`` (``--quick``: 10,000 rows).
"""

from __future__ import annotations

import argparse
import io
import random
import sqlite3
import sys
import tempfile
import time
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle
from timing import timed

from isu_desk.capabilities.contributions.services.service import DEFAULT_FUNDS, ContributionsService
from isu_desk.capabilities.contributions.storage import repository as repo
from isu_desk.domain.ids import new_id
from isu_desk.domain.money import round_chf
from isu_desk.reports.fonts import fonts_dir
from isu_desk.services.reports import render_report
from isu_desk.services.workstation import init_workstation, open_data_folder
from isu_desk.storage.database import Database

FULL_ROWS, QUICK_ROWS = 100_000, 10_000
DONORS = 150
YEARS = range(2021, 2027)
YEAR = 2025
TODAY = date(2026, 6, 1)
STATEMENT_GOAL = 1.5
LIST_GOAL_MS = 100.0
CURRENCIES = {"CHF": "1", "EUR": "0.95", "NOK": "0.081", "SEK": "0.085", "USD": "0.88"}
BARE_FONT = "BenchSans"


def _donors(db: Database) -> list[tuple[str, str]]:
    """150 donors: every seeded State, then organisations made up to the count."""
    with db.transaction() as session:
        states = [("state", i) for _, i, _ in repo.donor_choices(session)][:DONORS]
        for n in range(DONORS - len(states)):
            org = {
                "id": new_id(),
                "name": f"Foundation {n}",
                "acronym": "",
                "kind": "foundation",
                "country_iso3": "",
                "email": "",
                "phone": "",
                "website": "",
                "notes": "",
            }
            repo.insert_row(session, "organisations", org)
            states.append(("organisation", org["id"]))
    return states


def _pledges(rng: random.Random, donors: list[tuple[str, str]]) -> list[dict[str, Any]]:
    rows = []
    for kind, donor in donors:
        currency = rng.choice(list(CURRENCIES))
        for year in YEARS:
            rows.append(
                {
                    "id": new_id(),
                    "donor_state_id": donor if kind == "state" else None,
                    "donor_organisation_id": donor if kind == "organisation" else None,
                    "fund_id": DEFAULT_FUNDS[0].id,
                    "pledged_on": date(year - 1, 11, 1),
                    "currency": currency,
                    "total": Decimal(rng.randrange(20_000, 400_000)),
                    "first_year": year,
                    "last_year": year,
                    "notes": "",
                }
            )
    return rows


def _contribution(rng: random.Random, pledge: dict[str, Any]) -> dict[str, Any]:
    year = pledge["first_year"]
    amount = Decimal(rng.randrange(100, 500_000)) / 100
    rate = Decimal(CURRENCIES[pledge["currency"]])
    return {
        "id": new_id(),
        "donor_state_id": pledge["donor_state_id"],
        "donor_organisation_id": pledge["donor_organisation_id"],
        "fund_id": pledge["fund_id"],
        "pledge_id": pledge["id"] if rng.random() < 0.6 else None,
        "kind": "annual",
        "form": "financial",
        "currency": pledge["currency"],
        "amount": amount,
        "rate_to_chf": rate,
        "amount_chf": round_chf(amount * rate),
        "pledge_amount": None,
        "received_on": date(year, rng.randrange(1, 13), rng.randrange(1, 29)),
        "work_plan_year": year,
        "reference": f"REF-{rng.randrange(10**6)}",
        "acknowledged_on": None,
        "description": "",
        "notes": "",
        "entry": "payment",
        "corrects_id": None,
    }


def build(folder: Path, rows: int) -> Database:
    db = open_data_folder(folder)
    init_workstation(db, "Bench")
    ContributionsService(db).ensure_default_funds()
    rng = random.Random(20261126)
    pledges = _pledges(rng, _donors(db))
    with db.transaction() as session:
        repo.insert_many(session, "pledges", pledges)
        budget = [
            {
                "id": new_id(),
                "year": y,
                "line": "Staff",
                "amount_chf": Decimal("5e6"),
                "decision_meeting": "",
                "decision_symbol": "",
                "notes": "",
            }
            for y in YEARS
        ]
        repo.insert_many(session, "budget_lines", budget)
    for start in range(0, rows, 10_000):
        chunk = [_contribution(rng, rng.choice(pledges)) for _ in range(min(10_000, rows - start))]
        with db.transaction() as session:
            repo.insert_many(session, "contributions", chunk)
    return db


BARE_RECEIVED = """
SELECT coalesce(s.name, o.name), c.currency, sum(c.amount_units), sum(c.chf_cents)
FROM contributions c LEFT JOIN states s ON s.id = c.donor_state_id
LEFT JOIN organisations o ON o.id = c.donor_organisation_id
WHERE c.work_plan_year = ? GROUP BY 1, 2
"""
BARE_PLEDGED = """
SELECT coalesce(s.name, o.name), p.currency, sum(p.total_units)
FROM pledges p LEFT JOIN states s ON s.id = p.donor_state_id
LEFT JOIN organisations o ON o.id = p.donor_organisation_id
WHERE p.first_year <= ?1 AND p.last_year >= ?1 GROUP BY 1, 2
"""
HEADERS = ["Donor", "Currency", "Pledged", "Received", "Outstanding", "Received CHF", "Est. CHF"]


def _money(value: Decimal) -> str:
    return f"{value:,.2f}"


def bare_statement(path: Path) -> bytes:
    """The same rows and columns from bare SQL, in one bare reportlab table."""
    with sqlite3.connect(path) as conn:
        received = {(n, c): (u, ct) for n, c, u, ct in conn.execute(BARE_RECEIVED, (YEAR,))}
        pledged = {(n, c): u for n, c, u in conn.execute(BARE_PLEDGED, (YEAR,))}
    rows = []
    for key in sorted(set(received) | set(pledged)):
        units, cents = received.get(key, (0, 0))
        due, got = Decimal(pledged.get(key, 0)).scaleb(-4), Decimal(units).scaleb(-4)
        left = max(due - got, Decimal(0))
        rate = Decimal(CURRENCIES[key[1]])
        rows.append(
            [
                *key,
                _money(due),
                _money(got),
                _money(left),
                _money(Decimal(cents).scaleb(-2)),
                _money(round_chf(left * rate)),
            ]
        )
    buffer = io.BytesIO()
    table = Table([HEADERS, *rows], repeatRows=1)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), BARE_FONT, 8.5)]))
    SimpleDocTemplate(buffer, pagesize=landscape(A4)).build([table])
    return buffer.getvalue()


def bare_list(path: Path) -> Any:
    with sqlite3.connect(path) as conn:
        page = conn.execute(
            "SELECT * FROM contributions WHERE work_plan_year = ? "
            "ORDER BY received_on DESC, id LIMIT 500",
            (YEAR,),
        ).fetchall()
        totals = conn.execute(
            "SELECT count(*), sum(chf_cents) FROM contributions WHERE work_plan_year = ?", (YEAR,)
        ).fetchone()
    return page, totals


def bare_dashboard(path: Path) -> Any:
    with sqlite3.connect(path) as conn:
        budget = conn.execute("SELECT sum(chf_cents) FROM budget_lines WHERE year = ?", (2026,))
        received = conn.execute(
            "SELECT sum(chf_cents) FROM contributions WHERE work_plan_year = ?", (2026,)
        )
        pledges = conn.execute(
            "SELECT p.id, p.total_units, coalesce(sum(c.credited_units), 0) FROM pledges p "
            "LEFT JOIN contributions c ON c.pledge_id = p.id GROUP BY p.id"
        ).fetchall()
        latest = conn.execute(
            "SELECT * FROM contributions ORDER BY received_on DESC, id LIMIT 5"
        ).fetchall()
        return budget.fetchone(), received.fetchone(), pledges, latest


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help=f"{QUICK_ROWS:,} rows")
    args = parser.parse_args()
    rows = QUICK_ROWS if args.quick else FULL_ROWS
    pdfmetrics.registerFont(TTFont(BARE_FONT, str(fonts_dir() / "DejaVuSans.ttf")))
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        db = build(Path(folder), rows)
        print(
            f"bench_contributions: {rows:,} contributions, {DONORS} donors, "
            f"{len(YEARS)} years (built in {time.perf_counter() - started:.1f} s)"
        )
        service = ContributionsService(db)
        path = db.path
        options = {"year": str(YEAR)}
        render_report(db, "contributions-statement", options)  # warm up: fonts, imports
        bare_statement(path)
        ours = timed(lambda: render_report(db, "contributions-statement", options), 3)
        base = timed(lambda: bare_statement(path), 3)
        ratio = ours / base
        verdict = "PASS" if ratio <= STATEMENT_GOAL else "MISS"
        print(
            f"  statement {YEAR} PDF: {ours * 1000:.0f} ms; bare SQL + reportlab table "
            f"{base * 1000:.0f} ms; ratio {ratio:.2f}x; goal at most {STATEMENT_GOAL}x: "
            f"{verdict}"
        )
        filters = {"work_plan_year": str(YEAR)}
        _report_ms(
            "list filtered by year",
            timed(lambda: (service.contributions(filters, 0, 500), service.summary(filters)), 5),
            timed(lambda: bare_list(path), 5),
        )
        _report_ms(
            "dashboard figures",
            timed(lambda: service.dashboard(TODAY), 5),
            timed(lambda: bare_dashboard(path), 5),
        )
        db.close()
    return 0


def _report_ms(label: str, ours: float, base: float) -> None:
    verdict = "PASS" if ours * 1000 < LIST_GOAL_MS else "MISS"
    print(
        f"  {label}: {ours * 1000:.1f} ms; bare SQL {base * 1000:.1f} ms "
        f"({ours / base:.1f}x); goal under {LIST_GOAL_MS:.0f} ms: {verdict}"
    )


if __name__ == "__main__":
    sys.exit(main())
