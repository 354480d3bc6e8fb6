"""Contributions' records whose history can be read and restored, with their save paths.

Declared to the registry as this capability's ``history``; a restore goes
through the same service call as an edit in a form (its validation and ledger
rules). Instalments have no save path of their own: the table's constraints check them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from isu_desk.capabilities.contributions.domain.records import (
    BudgetLine,
    Contribution,
    ExchangeRate,
    Fund,
    Pledge,
)
from isu_desk.capabilities.contributions.services.service import ContributionsService
from isu_desk.domain.errors import RecordNotFound, Result
from isu_desk.services.history_kinds import Loader, RecordKind
from isu_desk.storage.database import Database


def _listed(items: Callable[[ContributionsService], list[Any]]) -> Loader:
    def load(db: Database, record_id: str) -> Any:
        for item in items(ContributionsService(db)):
            if item.id == record_id:
                return item
        raise RecordNotFound(record_id)

    return load


def _save_pledge(db: Database, pledge: Pledge) -> Result[Pledge]:
    service = ContributionsService(db)
    return service.save_pledge(pledge, service.instalments(pledge.id))


KINDS: tuple[RecordKind, ...] = (
    RecordKind("pledges", "pledges", "Pledge", Pledge,
               lambda db, i: ContributionsService(db).pledge(i), _save_pledge),
    RecordKind("contributions", "contributions", "Contribution", Contribution,
               lambda db, i: ContributionsService(db).contribution(i),
               lambda db, r: ContributionsService(db).record(r, confirmed=True)),
    RecordKind("budget", "budget_lines", "Budget line", BudgetLine,
               _listed(ContributionsService.budget_lines),
               lambda db, r: ContributionsService(db).save_budget_line(r)),
    RecordKind("rates", "exchange_rates", "Exchange rate", ExchangeRate,
               _listed(ContributionsService.rates),
               lambda db, r: ContributionsService(db).save_rate(r)),
    RecordKind("funds", "funds", "Fund", Fund, _listed(ContributionsService.funds),
               lambda db, r: ContributionsService(db).save_fund(r)),
    RecordKind("instalments", "pledge_instalments", "Instalment"),
)  # fmt: skip
