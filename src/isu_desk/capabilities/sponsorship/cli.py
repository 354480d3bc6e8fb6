"""Sponsorship commands: ``sponsorship rounds``, ``applications``, ``propose`` and ``letters``
(a round's letters in one PDF, or with ``--separate`` one PDF each in a folder).

Letters and lists are printed by the core ``report`` command
(``sponsorship-letter``, ``sponsored-delegates``, ``sponsorship-payments``,
``sponsorship-report``); applications and payments go in and out with
``import``/``export``.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from isu_desk.cli.common import open_database_for, print_errors
from isu_desk.domain.errors import DataError
from isu_desk.domain.money import format_amount

# Services and the database load when a command runs, so ``isu-desk --help`` stays quick.
if TYPE_CHECKING:
    from isu_desk.capabilities.sponsorship.domain.propose import Proposal
    from isu_desk.capabilities.sponsorship.services.service import ApplicationRow
    from isu_desk.storage.database import Database


def chf(amount: Decimal) -> str:
    return f"CHF {format_amount(amount, 'CHF')}"


def _round_id(database: Database, given: str) -> str:
    from isu_desk.capabilities.sponsorship.services.service import SponsorshipService

    found = SponsorshipService(database).find_round(given)
    if found is None:
        raise DataError(
            f"There is no sponsorship round “{given}”; give its meeting's code (14MSP)."
        )
    return found.id


def _rounds(args: argparse.Namespace) -> int:
    from isu_desk.capabilities.sponsorship.services import budget
    from isu_desk.capabilities.sponsorship.services.service import SponsorshipService

    database = open_database_for(args)
    for row in SponsorshipService(database).rounds():
        gauge = budget.round_budget(database, row.round.id)
        print(
            f"{row.meeting_name}  {row.round.status.value}  deadline {row.round.deadline}  "
            f"budget {chf(gauge.budget)}  offered {chf(gauge.offered)}  committed "
            f"{chf(gauge.committed)}  spent {chf(gauge.spent)}  remaining {chf(gauge.remaining)}"
        )
    return 0


def _as_json(row: ApplicationRow) -> dict[str, object]:
    app = row.application
    return {
        "id": app.id, "state": row.state_name, "nominee": app.nominee_name,
        "gender": app.nominee_gender.value, "role": app.role.value, "status": row.status.value,
        "score": row.score.value, "computed_score": row.score.computed,
        "breakdown": [{"criterion": x.criterion.value, "label": x.label, "points": x.points}
                      for x in row.score.lines],
        "override_reason": row.score.override.reason if row.score.override else "",
        "estimate_chf": str(row.estimate.total), "paid_chf": str(row.paid),
    }  # fmt: skip


def _status(given: str) -> Any:
    from isu_desk.capabilities.sponsorship.domain.workflow import Status

    try:
        return Status(given.strip().lower().replace("-", "_"))
    except ValueError:
        known = ", ".join(s.value for s in Status)
        raise DataError(f"“{given}” is not a status; use one of: {known}.") from None


def _applications(args: argparse.Namespace) -> int:
    from isu_desk.capabilities.sponsorship.services.service import SponsorshipService

    database = open_database_for(args)
    status = _status(args.status) if args.status else None
    rows = SponsorshipService(database).applications(_round_id(database, args.round), status)
    rows.sort(key=lambda r: (-r.score.value, r.application.received_on, r.application.id))
    if args.json:
        print(json.dumps([_as_json(row) for row in rows], ensure_ascii=False, indent=1))
        return 0
    for row in rows:
        mark = "*" if row.score.override else ""
        print(
            f"{row.application.id}  {row.score.value:>3}{mark}  {row.status.label:<13}  "
            f"{row.state_name}  {row.application.nominee_name}  est. {chf(row.estimate.total)}"
        )
    print(f"{len(rows)} applications (* score set by staff)")
    return 0


def _print_proposal(proposal: Proposal, names: dict[str, tuple[str, str]]) -> None:
    print(f"Available: {chf(proposal.available)}")
    for title, items in (("Offer", proposal.offers), ("Wait-list", proposal.wait_list)):
        for item in items:
            state, nominee = names[item.application_id]
            print(f"{title:<9}  {item.score.value:>3}  {state}  {nominee}  {chf(item.estimate)}")
    print(
        f"{len(proposal.offers)} offers for {chf(proposal.total)}, {len(proposal.wait_list)} "
        f"wait-listed; {chf(proposal.remaining)} would remain."
    )


def _propose(args: argparse.Namespace) -> int:
    from isu_desk.capabilities.sponsorship.services import budget
    from isu_desk.capabilities.sponsorship.services.service import SponsorshipService

    database = open_database_for(args)
    service = SponsorshipService(database)
    round_id = _round_id(database, args.round)
    proposal = budget.propose(database, round_id)
    names = {
        r.application.id: (r.state_name, r.application.nominee_name)
        for r in service.applications(round_id)
    }
    _print_proposal(proposal, names)
    if not args.confirm:
        print("Nothing was changed; add --confirm to record these offers.")
        return 0
    result = budget.confirm(database, round_id, proposal, date.today())
    if not result.ok:
        return print_errors(str(e) for e in result.errors)
    print(f"Recorded {result.unwrap()} steps.")
    return 0


def _letters(args: argparse.Namespace) -> int:
    from isu_desk.capabilities.sponsorship.services import reports
    from isu_desk.services.reports import write_report

    database = open_database_for(args)
    if not args.separate:
        output = Path(args.output or f"{args.kind}-letters.pdf")
        options = {"round": args.round, "kind": args.kind}
        written = write_report(database, "sponsorship-letters", output, options)
        print(f"Letters written to {written}.")
        return 0
    folder = Path(args.output or ".")
    paths = reports.round_letter_files(database, args.round, args.kind, folder)
    for path in paths:
        print(path)
    print(f"{len(paths)} letters written to {folder}, one file each.")
    return 0


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``sponsorship rounds|applications|propose``."""
    top = subparsers.add_parser("sponsorship", help="the Sponsorship Programme's rounds")
    commands = top.add_subparsers(title="sponsorship commands", metavar="ACTION", required=True)
    rounds = commands.add_parser("rounds", help="every round with its budget")
    rounds.set_defaults(handler=_rounds)
    listing = commands.add_parser("applications", help="a round's applications by score")
    listing.add_argument("--round", required=True, metavar="R", help="meeting code, e.g. 14MSP")
    listing.add_argument("--status", metavar="S", help="only this status: received, offered…")
    listing.add_argument("--json", action="store_true", help="with each score's breakdown")
    listing.set_defaults(handler=_applications)
    propose = commands.add_parser("propose", help="propose offers that fill the budget")
    propose.add_argument("--round", required=True, metavar="R", help="meeting code, e.g. 14MSP")
    propose.add_argument("--confirm", action="store_true", help="record the proposal")
    propose.set_defaults(handler=_propose)
    letters = commands.add_parser("letters", help="a round's offer, regret or wait-list letters")
    letters.add_argument("--round", required=True, metavar="R", help="meeting code, e.g. 14MSP")
    letters.add_argument("--kind", required=True, choices=["offer", "regret", "waitlist"])
    letters.add_argument(
        "--separate", action="store_true", help="one PDF per letter in the folder -o names"
    )
    letters.add_argument(
        "-o", "--output", metavar="PATH", help="the PDF (or, with --separate, the folder)"
    )
    letters.set_defaults(handler=_letters)
