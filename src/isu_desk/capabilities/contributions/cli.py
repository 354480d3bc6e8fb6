"""Contributions commands: exchange rates, pledge and contribution lists, budget coverage.

``import``/``export`` of pledges, contributions, budget and rates are the
Directory's ``import``/``export`` commands (the kinds come from
:mod:`isu_desk.capabilities.contributions.services.transfer`); reports go through ``report``.
"""

from __future__ import annotations

import argparse
import functools
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from isu_desk.capabilities.contributions.domain.records import (
    ExchangeRate,
    PledgeStatus,
    parse_amount,
)
from isu_desk.cli.common import open_database_for, print_errors
from isu_desk.domain.money import format_amount

if TYPE_CHECKING:
    from isu_desk.capabilities.contributions.services.service import ContributionsService


def chf(amount: Decimal) -> str:
    return format_amount(amount, "CHF")


def _service(args: argparse.Namespace) -> ContributionsService:
    # Imported here: building the parser (``isu-desk --help``) loads no database code.
    from isu_desk.capabilities.contributions.services.service import ContributionsService

    # Listing commands only read (a WAL snapshot): they work while a sync writes.
    return ContributionsService(open_database_for(args))


def _rates_add(args: argparse.Namespace) -> int:
    rate = parse_amount(args.rate)
    if isinstance(rate, str):
        return print_errors([f"rate: {rate}"])
    try:
        valid_from = date.fromisoformat(args.valid_from)
    except ValueError:
        return print_errors([f"date: {args.valid_from!r} is not a date; write 2025-03-01."])
    service = _service(args)
    result = service.save_rate(ExchangeRate("", args.currency.upper(), valid_from, rate))
    if not result.ok:
        return print_errors(str(e) for e in result.errors)
    print(f"1 {args.currency.upper()} = {rate} CHF from {valid_from}.")
    return 0


def _rates_list(args: argparse.Namespace) -> int:
    for rate in _service(args).rates():
        print(f"{rate.valid_from}  {rate.currency}  {rate.rate_to_chf}")
    return 0


def _pledges_list(args: argparse.Namespace) -> int:
    filters = {"year": str(args.year or ""), "status": args.status or ""}
    for row in _service(args).pledges(filters, date.today()):
        pledge, balance = row.pledge, row.balance
        money = functools.partial(format_amount, currency=pledge.currency)
        late = f"  {len(row.overdue)} overdue" if row.overdue else ""
        print(
            f"{pledge.id}  {row.donor_name}  {pledge.years}  {pledge.currency} "
            f"{money(pledge.total)}  received {money(balance.received)}  "
            f"outstanding {money(balance.outstanding)}  {balance.status.value}{late}"
        )
    return 0


def _contributions_list(args: argparse.Namespace) -> int:
    service = _service(args)
    filters = {"work_plan_year": str(args.year or "")}
    for row in service.contributions(filters, 0, args.limit):
        print(
            f"{row['id']}  {row['received_on']}  {row['donor_name']}  {row['currency']} "
            f"{format_amount(row['amount'], row['currency'])}  CHF {chf(row['amount_chf'])}  "
            f"{row['kind']}  {row['entry']}"
        )
    count, total = service.summary(filters)
    print(f"{count} entries, CHF {chf(total)}")
    return 0


def _budget(args: argparse.Namespace) -> int:
    for year, budget, received, coverage in _service(args).budget_overview():
        share = "—" if coverage is None else f"{coverage * 100:.1f} %"
        print(f"{year}  budget CHF {chf(budget)}  received CHF {chf(received)}  {share}")
    return 0


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``rates``, ``pledges``, ``contributions`` and ``budget``."""
    rates = subparsers.add_parser("rates", help="exchange rates to CHF entered by staff")
    rates_commands = rates.add_subparsers(title="rates commands", metavar="ACTION", required=True)
    add = rates_commands.add_parser("add", help="add a rate in force from a date")
    add.add_argument("currency", metavar="CUR", help="ISO 4217 code, e.g. EUR")
    add.add_argument("valid_from", metavar="DATE", help="first day in force, e.g. 2025-03-01")
    add.add_argument("rate", metavar="RATE", help="CHF for 1 unit, e.g. 0.943210")
    add.set_defaults(handler=_rates_add)
    rates_commands.add_parser("list", help="every rate").set_defaults(handler=_rates_list)
    pledges = subparsers.add_parser("pledges", help="list pledges with what is outstanding")
    pledges.add_argument("--year", type=int, help="pledges covering this year")
    pledges.add_argument("--status", choices=[s.value for s in PledgeStatus])
    pledges.set_defaults(handler=_pledges_list)
    listing = subparsers.add_parser("contributions", help="list contributions received")
    listing.add_argument("--year", type=int, help="work-plan year")
    listing.add_argument("--limit", type=int, default=50, help="rows shown (default 50)")
    listing.set_defaults(handler=_contributions_list)
    budget = subparsers.add_parser("budget", help="budget and received per work-plan year")
    budget.set_defaults(handler=_budget)
