"""The record kinds whose history can be read and restored, with their save paths.

A restored value or record goes through the same service call as an edit in
a form (its validation, reference checks and ledger rules), so a restore can
never write what a form would refuse. Kinds are named as ``import``/``export``
name them; the table name works too. A kind without a service save path is
restored through the table's own constraints only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from isu_desk.domain.contributions import BudgetLine, Contribution, ExchangeRate, Fund, Pledge
from isu_desk.domain.directory import Contact, OfficeHolder, Organisation, State
from isu_desk.domain.errors import RecordNotFound, Result
from isu_desk.services.contributions import ContributionsService
from isu_desk.services.directory import DirectoryService
from isu_desk.storage.database import Database

Loader = Callable[[Database, str], Any]
Saver = Callable[[Database, Any], Result[Any]]


@dataclass(frozen=True, slots=True)
class RecordKind:
    """One kind of record: its table, its name for people, how to load and save one."""

    kind: str
    table: str
    label: str
    record_type: type | None = None
    load: Loader | None = None
    save: Saver | None = None


def _directory(cls: type) -> tuple[Loader, Saver]:
    return (
        lambda db, record_id: DirectoryService(db).get(cls, record_id),
        lambda db, record: DirectoryService(db).save(record),
    )


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
    RecordKind("states", "states", "State", State, *_directory(State)),
    RecordKind("organisations", "organisations", "Organisation", Organisation,
               *_directory(Organisation)),
    RecordKind("contacts", "contacts", "Contact", Contact, *_directory(Contact)),
    RecordKind("office_holders", "office_holders", "Office holder", OfficeHolder,
               *_directory(OfficeHolder)),
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
BY_NAME = {name: k for k in KINDS for name in (k.kind, k.table)}
NAMES = tuple(k.kind for k in KINDS)


def record_kind(name: str) -> RecordKind | None:
    return BY_NAME.get(name)
