"""The replay property for the contributions ledger (and the history service's restores).

Any random sequence of Contributions service calls (pledges with schedules,
payments, edits, acknowledgements, reversals, adjustments, rates, budget
lines, refused calls) and of History restores leaves a log that, applied in
order to an empty database, reproduces exactly the same rows in every table.
"""

from __future__ import annotations

import tempfile
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.helpers import bare_database, payment, replay_log, snapshot

from isu_desk.capabilities.contributions.domain.records import (
    BudgetLine,
    ExchangeRate,
    Instalment,
    Pledge,
)
from isu_desk.capabilities.contributions.services.service import DEFAULT_FUNDS, ContributionsService
from isu_desk.capabilities.directory.domain import Organisation, State, StateStatus
from isu_desk.capabilities.directory.services.service import DirectoryService
from isu_desk.services.history import HistoryService

amounts = st.sampled_from(["100", "2500.50", "0", "-10", "99999.99", "1.005"])
VERBS = ["pledge", "edit_pledge", "pay", "edit_pay", "ack", "reverse", "adjust", "rate",
         "budget", "restore", "undelete_org", "delete_org"]  # fmt: skip
operations = st.lists(
    st.tuples(st.sampled_from(VERBS), st.integers(0, 5), amounts, st.booleans()),
    min_size=1,
    max_size=20,
)
DAY = date(2025, 3, 1)


class Ledger:
    """Runs operations against one database, remembering what it made."""

    def __init__(self, source: object) -> None:
        self.money = ContributionsService(source)  # type: ignore[arg-type]
        self.directory = DirectoryService(source)  # type: ignore[arg-type]
        self.history = HistoryService(source)  # type: ignore[arg-type]
        self.money.ensure_default_funds()
        state = self.directory.save(State("", "NOR", "Norway", StateStatus.SIGNATORY)).unwrap()
        self.donor = state.id
        self.made: dict[str, list[str]] = {"pledges": [], "contributions": [], "orgs": []}

    def pick(self, kind: str, index: int) -> str | None:
        ids = self.made[kind]
        return ids[index % len(ids)] if ids else None

    def run(self, verb: str, index: int, amount: str, flag: bool) -> None:
        getattr(self, verb)(index, Decimal(amount), flag)

    def pledge(self, index: int, amount: Decimal, flag: bool) -> None:
        pledge = Pledge("", self.donor, None, DEFAULT_FUNDS[index % 2].id, DAY, "EUR", amount,
                        2025, 2026)  # fmt: skip
        schedule = [Instalment("", "", DAY + timedelta(days=30), amount)] if flag else []
        result = self.money.save_pledge(pledge, schedule)
        if result.ok:
            self.made["pledges"].append(result.unwrap().id)

    def edit_pledge(self, index: int, amount: Decimal, flag: bool) -> None:
        if pid := self.pick("pledges", index):
            changed = replace(self.money.pledge(pid), total=amount, notes=str(index))
            self.money.save_pledge(changed, self.money.instalments(pid) if flag else [])

    def pay(self, index: int, amount: Decimal, flag: bool) -> None:
        pledge = self.pick("pledges", index) if flag else None
        draft = payment(str(amount), id="", pledge_id=pledge, donor_state_id=self.donor,
                        fund_id=DEFAULT_FUNDS[0].id, received_on=DAY)  # fmt: skip
        result = self.money.record(draft, confirmed=True)
        if result.ok:
            self.made["contributions"].append(result.unwrap().id)

    def edit_pay(self, index: int, amount: Decimal, flag: bool) -> None:
        if cid := self.pick("contributions", index):
            entry = self.money.contribution(cid)
            self.money.record(replace(entry, amount=amount, reference=f"R{index}"), confirmed=flag)

    def ack(self, index: int, amount: Decimal, flag: bool) -> None:
        if cid := self.pick("contributions", index):
            self.money.acknowledge(cid, DAY + timedelta(days=index))

    def reverse(self, index: int, amount: Decimal, flag: bool) -> None:
        if cid := self.pick("contributions", index):
            self.money.reverse(cid, DAY, "returned")

    def adjust(self, index: int, amount: Decimal, flag: bool) -> None:
        if cid := self.pick("contributions", index):
            self.money.adjust(cid, (amount, amount, None), DAY, "bank charges")

    def rate(self, index: int, amount: Decimal, flag: bool) -> None:
        day = DAY + timedelta(days=index)
        self.money.save_rate(ExchangeRate("", "USD" if flag else "JPY", day, amount))

    def budget(self, index: int, amount: Decimal, flag: bool) -> None:
        self.money.save_budget_line(BudgetLine("", 2021 + index, f"Line {index}", amount))

    def restore(self, index: int, amount: Decimal, flag: bool) -> None:
        """Write back the first value some field of a record had (history service)."""
        kind = "contributions" if flag else "pledges"
        if rid := self.pick(kind, index):
            entries = [e for e in self.history.history(kind, rid) if e.field]
            if entries:
                first = entries[index % len(entries)]
                self.history.restore_value(kind, rid, first.field, first.change_id)

    def delete_org(self, index: int, amount: Decimal, flag: bool) -> None:
        org = self.directory.save(Organisation("", f"Org {index}")).unwrap()
        self.directory.delete("organisations", org.id)
        self.made["orgs"].append(org.id)

    def undelete_org(self, index: int, amount: Decimal, flag: bool) -> None:
        if oid := self.pick("orgs", index):
            self.history.restore_deleted("organisations", oid)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(operations)
def test_replaying_the_log_reproduces_the_ledger(ops: list[tuple[str, int, str, bool]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        source = bare_database(Path(tmp) / "a", "00000000-0000-4000-8000-00000000000a")
        target = bare_database(Path(tmp) / "b", "00000000-0000-4000-8000-00000000000b")
        try:
            ledger = Ledger(source)
            for op in ops:
                ledger.run(*op)
            replay_log(source, target)
            assert snapshot(target) == snapshot(source)
        finally:
            source.close()
            target.close()
