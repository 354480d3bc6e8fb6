"""Contributions use cases: pledges, payments and corrections, rates, budget, dashboard.

Each call is one transaction. Bad input comes back as field errors; a payment
above what its pledge still expects comes back as a ``confirm`` error, and is
recorded when the caller passes ``confirmed=True`` (donors do overpay). The
ledger is insert-only once acknowledged: mistakes are corrected by a reversal
or an adjustment row that points at the entry it corrects.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

from isu_desk.capabilities.contributions.domain import balances as bal
from isu_desk.capabilities.contributions.domain import records as dom
from isu_desk.capabilities.contributions.domain.balances import PledgeBalance
from isu_desk.capabilities.contributions.domain.records import (
    BudgetLine,
    Contribution,
    EntryType,
    ExchangeRate,
    Fund,
    FundKind,
    Instalment,
    Pledge,
)
from isu_desk.capabilities.contributions.services import ledger as led
from isu_desk.capabilities.contributions.services import pledges as pl
from isu_desk.capabilities.contributions.storage import repository as repo
from isu_desk.domain.errors import FieldError, RecordNotFound, Result
from isu_desk.domain.ids import new_id, seed_id
from isu_desk.storage.database import Database
from isu_desk.storage.mapping import to_columns, to_record

DEFAULT_FUNDS = (
    Fund(seed_id("fund", "core"), "ISU core budget", FundKind.CORE),
    Fund(seed_id("fund", "sponsorship"), "Sponsorship Programme", FundKind.SPONSORSHIP),
)


@dataclass(frozen=True, slots=True)
class PledgeRow:
    """A pledge as listed: names, derived balance and overdue instalments."""

    pledge: Pledge
    donor_name: str
    fund_name: str
    balance: PledgeBalance
    overdue: tuple[Instalment, ...]


@dataclass(frozen=True, slots=True)
class Dashboard:
    year: int
    budget_chf: Decimal
    received_chf: Decimal
    coverage: Decimal | None
    open_pledges: int
    overdue: tuple[tuple[str, Instalment], ...]  # (donor name, instalment)
    latest: tuple[dict[str, Any], ...]


class ContributionsService:
    """The Contributions use cases on one database."""

    def __init__(self, database: Database) -> None:
        self._db = database

    # --- funds and donors ----------------------------------------------------------

    def ensure_default_funds(self) -> None:
        """The core budget and Sponsorship funds exist (same ids on every workstation).

        Takes the write lock only when one is missing (a read tells)."""
        present = {fund.id for fund in self.funds()}
        if all(fund.id in present for fund in DEFAULT_FUNDS):
            return
        with self._db.transaction() as session:
            for fund in DEFAULT_FUNDS:
                if repo.get(session, "funds", fund.id) is None:
                    repo.insert_row(session, "funds", to_columns(fund))

    def funds(self) -> list[Fund]:
        with self._db.read() as session:
            return [to_record(Fund, r) for r in repo.all_rows(session, "funds", "name")]

    def save_fund(self, fund: Fund) -> Result[Fund]:
        errors = dom.validate_fund(fund)
        if errors:
            return Result.failure(errors)
        fund = fund if fund.id else replace(fund, id=new_id())
        with self._db.transaction() as session:
            if repo.get(session, "funds", fund.id) is None:
                repo.insert_row(session, "funds", to_columns(fund))
            else:
                repo.update_row(session, "funds", fund.id, to_columns(fund))
        return Result.success(fund)

    def donors(self) -> list[tuple[str, str, str]]:
        """(kind, id, name) of every State and organisation, for a picker."""
        with self._db.read() as session:
            return repo.donor_choices(session)

    def donor_names(self) -> dict[str, str]:
        with self._db.read() as session:
            return repo.donor_names(session)

    # --- pledges ---------------------------------------------------------------------

    def pledges(self, filters: Mapping[str, str], today: date) -> list[PledgeRow]:
        """Pledges matching ``filters`` (year, donor_id, fund_id, status) with balances."""
        with self._db.read() as session:
            rows = repo.pledge_rows(session, filters)
            schedule = repo.instalments(session, [r["id"] for r in rows])
        by_pledge: dict[str, list[Instalment]] = {}
        for item in schedule:
            by_pledge.setdefault(item.pledge_id, []).append(to_record(Instalment, item))
        listed = [self._pledge_row(row, by_pledge.get(row["id"], []), today) for row in rows]
        status = filters.get("status")
        return [r for r in listed if not status or r.balance.status == status]

    @staticmethod
    def _pledge_row(row: dict[str, Any], schedule: list[Instalment], today: date) -> PledgeRow:
        pledge = to_record(Pledge, row)
        balance = PledgeBalance(pledge.total, row["received"], row["received_chf"], pledge.currency)
        overdue = bal.overdue_instalments(schedule, balance.received, today)
        return PledgeRow(pledge, row["donor_name"], row["fund_name"], balance, tuple(overdue))

    def pledge(self, pledge_id: str) -> Pledge:
        with self._db.read() as session:
            row = repo.get(session, "pledges", pledge_id)
            if row is None:
                raise RecordNotFound(f"Pledge {pledge_id} does not exist")
            return to_record(Pledge, row)

    def instalments(self, pledge_id: str) -> list[Instalment]:
        with self._db.read() as session:
            return [to_record(Instalment, r) for r in repo.instalments(session, [pledge_id])]

    def save_pledge(self, pledge: Pledge, instalments: Sequence[Instalment] = ()) -> Result[Pledge]:
        """Create or change a pledge and replace its instalment schedule."""
        errors = dom.validate_pledge(pledge) or dom.validate_instalments(pledge, instalments)
        if errors:
            return Result.failure(errors)
        pledge = pledge if pledge.id else replace(pledge, id=new_id())
        with self._db.transaction() as session:
            errors = _donor_and_fund_exist(session, pledge)
            if errors:
                return Result.failure(errors)
            errors = pl.pledge_change_errors(session, pledge, instalments)
            if errors:
                return Result.failure(errors)
            if repo.get(session, "pledges", pledge.id) is None:
                repo.insert_row(session, "pledges", to_columns(pledge))
            else:
                repo.update_row(session, "pledges", pledge.id, to_columns(pledge))
            pl.replace_schedule(session, pledge.id, instalments)
        return Result.success(pledge)

    # --- the ledger ------------------------------------------------------------------

    def contributions(
        self, filters: Mapping[str, str], offset: int = 0, limit: int = 200
    ) -> list[dict[str, Any]]:
        """Ledger rows (newest first) with ``donor_name`` and ``fund_name``."""
        with self._db.read() as session:
            return repo.contributions_page(session, filters, offset, limit)

    def summary(self, filters: Mapping[str, str]) -> tuple[int, Decimal]:
        """How many ledger rows match the filters, and their CHF total."""
        with self._db.read() as session:
            return repo.contributions_summary(session, filters)

    def contribution(self, contribution_id: str) -> Contribution:
        with self._db.read() as session:
            row = repo.get(session, "contributions", contribution_id)
            if row is None:
                raise RecordNotFound(f"Contribution {contribution_id} does not exist")
            return to_record(Contribution, row)

    def payment_for(self, pledge_id: str, on: date) -> Contribution:
        """A draft payment that settles what a pledge still expects, filled in."""
        found = [r for r in self.pledges({}, on) if r.pledge.id == pledge_id]
        if not found:
            raise RecordNotFound(f"Pledge {pledge_id} does not exist")
        row = found[0]
        pledge, outstanding = row.pledge, row.balance.outstanding
        rate = self.proposed_rate(pledge.currency, on) or Decimal(0)
        return bal.payment_towards(pledge, outstanding, rate, on)

    def record(self, entry: Contribution, *, confirmed: bool = False) -> Result[Contribution]:
        """Record a payment (or correction); edits allowed only before acknowledgement."""
        asks = dom.validate_contribution(entry) or dom.check_entry_dates(entry, date.today())
        if any(e.field != dom.CONFIRM_FIELD for e in asks):
            return Result.failure(asks)
        entry = entry if entry.id else replace(entry, id=new_id())
        with self._db.transaction() as session:
            errors = _donor_and_fund_exist(session, entry) or self._pledge_checks(session, entry)
            errors = _unconfirmed(asks + errors, confirmed)
            if errors:
                return Result.failure(errors)
            existing = repo.get(session, "contributions", entry.id)
            errors = (
                led.correction_errors(session, entry)
                if existing is None
                else led.edit_errors(session, existing, entry)
            )
            if errors:
                return Result.failure(errors)
            if existing is None:
                repo.insert_row(session, "contributions", to_columns(entry))
            else:
                repo.update_row(session, "contributions", entry.id, to_columns(entry))
        return Result.success(entry)

    def _pledge_checks(self, session: Any, entry: Contribution) -> list[FieldError]:
        if not entry.pledge_id:
            return []
        row = repo.get(session, "pledges", entry.pledge_id)
        if row is None:
            return [FieldError("pledge_id", "The chosen pledge no longer exists.")]
        pledge = to_record(Pledge, row)
        received = repo.pledge_received(session, pledge.id, excluding=entry.id)
        return dom.check_against_pledge(entry, pledge, max(pledge.total - received, Decimal(0)))

    def acknowledge(self, contribution_id: str, on: date) -> Result[Contribution]:
        """Note the date the thank-you letter went out (the entry is frozen from then)."""
        errors = dom.check_date("acknowledged_on", on, "acknowledgement date")
        if errors:
            return Result.failure(errors)
        entry = self.contribution(contribution_id)
        errors = dom.check_acknowledgement(entry, on, date.today())
        if errors:
            return Result.failure(errors)
        if entry.acknowledged_on is not None:
            when = entry.acknowledged_on.isoformat()
            return Result.failure([FieldError("", f"This payment was acknowledged on {when}.")])
        with self._db.transaction() as session:
            repo.update_row(session, "contributions", contribution_id, {"acknowledged_on": on})
        return Result.success(replace(entry, acknowledged_on=on))

    def reverse(self, contribution_id: str, on: date, reason: str) -> Result[Contribution]:
        """Cancel a payment and its adjustments by one reversal row (all stay listed)."""
        original = self.contribution(contribution_id)
        if original.entry is not EntryType.PAYMENT:
            return Result.failure([FieldError("", "Only a payment can be reversed.")])
        with self._db.transaction() as session:
            done = repo.corrections_of(session, original.id)
        if any(c.entry == EntryType.REVERSAL for c in done):
            return Result.failure([led.REVERSED])  # checked again with the insert
        net = led.net_of(original, done)
        return self.record(dom.reversal_of(net, on, reason), confirmed=True)

    def adjust(
        self,
        contribution_id: str,
        amounts: tuple[Decimal, Decimal, Decimal | None],
        on: date,
        reason: str,
    ) -> Result[Contribution]:
        """Correct an entry by signed differences (amount, CHF, credited to the pledge
        in its currency when that differs), e.g. bank charges of -25.00."""
        original = self.contribution(contribution_id)
        amount, amount_chf, credited = amounts
        adjustment = replace(
            original,
            id="",
            amount=amount,
            amount_chf=amount_chf,
            pledge_amount=credited if original.pledge_amount is not None else None,
            received_on=on,
            acknowledged_on=None,
            notes=reason,
            entry=EntryType.ADJUSTMENT,
            corrects_id=original.id,
        )
        return self.record(adjustment, confirmed=True)

    # --- rates and budget --------------------------------------------------------------

    def rates(self) -> list[ExchangeRate]:
        with self._db.read() as session:
            rows = repo.all_rows(session, "exchange_rates", "valid_from")
        return [to_record(ExchangeRate, r) for r in rows]

    def proposed_rate(self, currency: str, on: date) -> Decimal | None:
        """The rate in force on ``on`` (entered by staff; CHF is 1)."""
        if currency == "CHF":
            return Decimal(1)
        with self._db.read() as session:
            found = repo.rate_in_force(session, currency, on)
        return None if found is None else found.rate_to_chf

    def save_rate(self, rate: ExchangeRate) -> Result[ExchangeRate]:
        """Save a rate; one rate per currency and date (change that one instead)."""
        errors = dom.validate_rate(rate)
        if not errors:
            with self._db.transaction() as session:
                same = repo.rate_from(session, rate.currency, rate.valid_from)
            if same is not None and same.id != rate.id:
                errors = [_rate_exists(rate)]
        return self._save("exchange_rates", rate, errors)

    def budget_lines(self) -> list[BudgetLine]:
        with self._db.read() as session:
            rows = repo.all_rows(session, "budget_lines", "year")
        return [to_record(BudgetLine, r) for r in rows]

    def save_budget_line(self, line: BudgetLine) -> Result[BudgetLine]:
        return self._save("budget_lines", line, dom.validate_budget_line(line))

    def _save(self, kind: str, record: Any, errors: list[FieldError]) -> Result[Any]:
        if errors:
            return Result.failure(errors)
        record = record if record.id else replace(record, id=new_id())
        with self._db.transaction() as session:
            if repo.get(session, kind, record.id) is None:
                repo.insert_row(session, kind, to_columns(record))
            else:
                repo.update_row(session, kind, record.id, to_columns(record))
        return Result.success(record)

    def budget_overview(self) -> list[tuple[int, Decimal, Decimal, Decimal | None]]:
        """(year, budget CHF, received CHF, coverage) for each work-plan year."""
        with self._db.read() as session:
            budget = repo.budget_by_year(session)
            received = repo.received_by_year(session)
        years = sorted(set(dom.WORK_PLAN_YEARS) | set(budget))
        return [
            (
                y,
                budget.get(y, Decimal(0)),
                received.get(y, Decimal(0)),
                bal.coverage(received.get(y, Decimal(0)), budget.get(y, Decimal(0))),
            )
            for y in years
        ]

    def dashboard(self, today: date) -> Dashboard:
        """The current year's coverage, open pledges, overdue instalments, latest entries."""
        year = today.year
        with self._db.read() as session:
            budget = repo.budget_by_year(session, year).get(year, Decimal(0))
            received = repo.received_by_year(session, year).get(year, Decimal(0))
            latest = tuple(repo.latest_contributions(session, 5))
        open_rows = self.pledges({"open": "1"}, today)
        overdue = tuple((r.donor_name, i) for r in open_rows for i in r.overdue)
        return Dashboard(
            year, budget, received, bal.coverage(received, budget), len(open_rows), overdue, latest
        )


def _rate_exists(rate: ExchangeRate) -> FieldError:
    return FieldError(
        "valid_from",
        f"A {rate.currency} rate from {rate.valid_from.isoformat()} exists already; "
        "change that one instead.",
    )


def _unconfirmed(errors: list[FieldError], confirmed: bool) -> list[FieldError]:
    """``errors`` without the questions the user confirmed; the questions as one."""
    asks = [e for e in errors if e.field == dom.CONFIRM_FIELD]
    rest = [e for e in errors if e.field != dom.CONFIRM_FIELD]
    if confirmed or not asks:
        return rest
    return [*rest, FieldError(dom.CONFIRM_FIELD, " ".join(e.message for e in asks))]


def _donor_and_fund_exist(session: Any, record: Pledge | Contribution) -> list[FieldError]:
    errors = []
    if record.donor_state_id and repo.get(session, "states", record.donor_state_id) is None:
        errors.append(FieldError("donor", "The chosen State no longer exists."))
    org = record.donor_organisation_id
    if org and repo.get(session, "organisations", org) is None:
        errors.append(FieldError("donor", "The chosen organisation no longer exists."))
    if repo.get(session, "funds", record.fund_id) is None:
        errors.append(FieldError("fund_id", "The chosen fund no longer exists."))
    return errors


def seed_default_funds(database: Database) -> None:
    """The default funds exist from a workstation's first start (the registry's ``seed``)."""
    ContributionsService(database).ensure_default_funds()
