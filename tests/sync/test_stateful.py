"""Three workstations, random edits, deletes and payments, random syncs, faults in between.

Users edit the Directory and record payments in the contributions ledger
(new rows that must never conflict). The share and the people misbehave:
packets arrive late, truncated, flipped, copied or renamed by a cloud drive;
the workstations folder is deleted (a workstation then republishes, as the
message says); a workstation restores an older backup, or its data folder is
copied to a new machine; an authentic entry from a newer version arrives;
clocks run hours or years ahead. Afterwards, once everyone has synced (after
an "upgrade" that knows the newer field, and a late joiner): every database
is identical; every value ever saved is current, kept as a conflict, or was
replaced by someone who had seen it; and every value any workstation ever
sent is in the history (change_log) of every workstation.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from sqlalchemy.exc import IntegrityError
from tests.sync.conftest import Desk
from tests.sync.model import (
    contents,
    differences,
    log_positions,
    lost_values,
    make_desk,
    missing_from_history,
    reopen,
    saved_values,
    share_values,
)

from isu_desk.capabilities.contributions.domain.records import (
    Contribution,
    ContributionForm,
    ContributionKind,
)
from isu_desk.capabilities.contributions.services.service import DEFAULT_FUNDS, ContributionsService
from isu_desk.capabilities.directory.domain import Contact, Organisation
from isu_desk.domain.errors import RecordNotFound
from isu_desk.domain.hlc import HybridClock, wall_clock_ms
from isu_desk.services.backup import backup, restore
from isu_desk.sync import outbox, quarantine, snapshots
from isu_desk.sync import share as files
from isu_desk.sync.errors import SyncStopped
from isu_desk.sync.packets import Entry, Header

DESKS = 3
MAX_DESKS = 5
HOURS = 3_600_000
YEARS = 365 * 24 * HOURS
encode = outbox.encode
entry_problem = quarantine.entry_problem
_TEMPLATES = Path(tempfile.mkdtemp(prefix="isu-sync-template-"))


class ShareMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.root = Path(tempfile.mkdtemp(prefix="isu-sync-"))
        self.share = self.root / "share"
        self.desks = [
            make_desk(self.root, _TEMPLATES, f"desk{i}", self.share, i == 0) for i in range(DESKS)
        ]
        self.records: list[tuple[str, str]] = []
        self.held: dict[Path, bytes] = {}
        self.retired: dict[str, dict[str, int]] = {}  # logs of databases restored over
        self.counter = 0
        self.snapshot_every = snapshots.SNAPSHOT_EVERY
        snapshots.SNAPSHOT_EVERY = 6  # snapshots and archiving happen within a run
        self.backups: dict[int, Path] = {}
        self.sent: set[tuple[str, str, str, str]] = set()  # values of desks since replaced
        self.newer_field = False

    def _value(self, desk: int) -> str:
        self.counter += 1
        return f"d{desk}-{self.counter}"

    def _packets(self) -> list[Path]:
        return sorted(self.share.glob("workstations/*/p-*.isp"))

    # -- what users do -------------------------------------------------

    @rule(desk=st.integers(0, DESKS - 1))
    def create_organisation(self, desk: int) -> None:
        org = Organisation(id="", name=self._value(desk))
        saved = self.desks[desk].directory.save(org).unwrap()
        self.records.append(("organisations", saved.id))

    @precondition(lambda self: self.records)
    @rule(desk=st.integers(0, DESKS - 1), pick=st.integers(0, 10_000))
    def create_contact(self, desk: int, pick: int) -> None:
        orgs = [rid for kind, rid in self.records if kind == "organisations"]
        try:
            org = self.desks[desk].directory.get(Organisation, orgs[pick % len(orgs)])
        except RecordNotFound:
            return
        contact = Contact(id="", name=self._value(desk), organisation_id=org.id)
        saved = self.desks[desk].directory.save(contact).unwrap()
        self.records.append(("contacts", saved.id))

    @precondition(lambda self: self.records)
    @rule(desk=st.integers(0, DESKS - 1), pick=st.integers(0, 10_000))
    def record_payment(self, desk: int, pick: int) -> None:
        orgs = [rid for kind, rid in self.records if kind == "organisations"]
        try:
            donor = self.desks[desk].directory.get(Organisation, orgs[pick % len(orgs)])
        except RecordNotFound:
            return
        ledger = ContributionsService(self.desks[desk].database)
        ledger.ensure_default_funds()
        amount = Decimal(pick % 997 + 1)
        payment = Contribution(
            id="", donor_state_id=None, donor_organisation_id=donor.id,
            fund_id=DEFAULT_FUNDS[0].id, pledge_id=None, kind=ContributionKind.ANNUAL,
            form=ContributionForm.FINANCIAL, currency="CHF", amount=amount,
            rate_to_chf=Decimal(1), amount_chf=amount, pledge_amount=None,
            received_on=date(2026, 1, 5), work_plan_year=2026,
            reference=self._value(desk),
        )  # fmt: skip
        ledger.record(payment, confirmed=True).unwrap()

    @precondition(lambda self: self.records)
    @rule(
        desk=st.integers(0, DESKS - 1),
        pick=st.integers(0, 10_000),
        field=st.sampled_from(["notes", "phone", "name"]),
    )
    def edit(self, desk: int, pick: int, field: str) -> None:
        kind, record_id = self.records[pick % len(self.records)]
        cls = Organisation if kind == "organisations" else Contact
        try:
            record = self.desks[desk].directory.get(cls, record_id)
        except RecordNotFound:
            return
        self.desks[desk].directory.save(replace(record, **{field: self._value(desk)})).unwrap()

    @precondition(lambda self: self.records)
    @rule(desk=st.integers(0, DESKS - 1), pick=st.integers(0, 10_000), undo=st.booleans())
    def delete(self, desk: int, pick: int, undo: bool) -> None:
        kind, record_id = self.records[pick % len(self.records)]
        try:
            result = self.desks[desk].directory.delete(kind, record_id)
        except IntegrityError:  # a donor of a payment (the Directory does not check the ledger)
            return
        if result.ok and undo:
            self.desks[desk].directory.save(result.unwrap()).unwrap()

    @rule(desk=st.integers(0, DESKS - 1))
    def sync(self, desk: int) -> None:
        self._sync(self.desks[desk])

    def _sync(self, desk: Desk) -> None:
        try:
            desk.sync.sync()
        except SyncStopped as stopped:
            if "Republish" in str(stopped):  # as the message tells the user
                desk.sync.sync(republish=True)
                return
            assert self.held or "sync again" in str(stopped), stopped

    # -- what people do to their data folders ---------------------------

    @rule(desk=st.integers(0, DESKS - 1))
    def take_backup(self, desk: int) -> None:
        self.counter += 1
        self.backups[desk] = backup(self.desks[desk].database, self.root / f"b{self.counter}.db")

    @precondition(lambda self: self.backups)
    @rule(desk=st.integers(0, DESKS - 1), pick=st.integers(0, 10_000))
    def restore_backup(self, desk: int, pick: int) -> None:
        """A backup (its own, or another workstation's) is restored on ``desk``."""
        source = sorted(self.backups.items())[pick % len(self.backups)][1]
        old = self.desks[desk]
        # What it sent is kept, where it still is: on the share or on another workstation.
        kept = share_values(self.share, old).union(
            *(saved_values(d.database) for d in self.desks if d is not old)
        )
        self.sent = (self.sent | saved_values(old.database, sent_only=True)) & kept
        # What its identity had seen when it wrote is overwritten with the file; keep it.
        self.retired[old.database.workstation_id] = log_positions(old.database)
        old.database.close()
        restore(old.database.path.parent, source)
        self.desks[desk] = reopen(old.database.path.parent, old.name, old.sync.store)

    @precondition(lambda self: len(self.desks) < MAX_DESKS)
    @rule(desk=st.integers(0, DESKS - 1))
    def copy_data_folder(self, desk: int) -> None:
        """``cp -a`` of a data folder onto a new machine; both go on working."""
        old = self.desks[desk]
        folder = old.database.path.parent
        old.database.close()
        self.counter += 1
        copy = self.root / f"copy{self.counter}"
        shutil.copytree(folder, copy)
        self.desks[desk] = reopen(folder, old.name, old.sync.store)
        self.desks.append(reopen(copy, f"copy{self.counter}", old.sync.store))

    @rule(desk=st.integers(0, DESKS - 1))
    def send_newer_field(self, desk: int) -> None:
        """The desk's next packets carry a field only a newer version knows."""

        def newer(key: bytes, header: Header, entries: list[Entry]) -> bytes:
            grown = [
                replace(e, fields={**e.fields, "added_later": 1}) if e.entity == "contacts" else e
                for e in entries
            ]
            return encode(key, header, grown)

        outbox.encode = newer
        try:
            self._sync(self.desks[desk])
        finally:
            outbox.encode = encode
        self.newer_field = True

    # -- what the share does -------------------------------------------

    @precondition(lambda self: self._packets())
    @rule(
        pick=st.integers(0, 10_000),
        fault=st.sampled_from(["late", "truncate", "flip", "copy", "rename"]),
    )
    def damage(self, pick: int, fault: str) -> None:
        packets = [p for p in self._packets() if p not in self.held]
        if not packets:
            return
        path = packets[pick % len(packets)]
        data = path.read_bytes()
        if fault == "copy":
            shutil.copy(path, path.with_name(f"{path.stem} (copy {self.counter}).isp"))
            return
        if fault == "rename":  # a cloud drive keeps only its "conflicted copy"
            path.rename(path.with_name(f"{path.stem} (conflicted copy 2025-01-01).isp"))
            return
        self.held[path] = data
        if fault == "late":
            path.unlink()
        elif fault == "truncate":
            path.write_bytes(data[: pick % len(data)])
        else:
            at = pick % len(data)
            path.write_bytes(data[:at] + bytes([data[at] ^ 0x40]) + data[at + 1 :])

    @rule()
    def lose_workstations_folder(self) -> None:
        shutil.rmtree(self.share / files.WORKSTATIONS, ignore_errors=True)
        self.held.clear()
        # What only the share held (sent by a database since replaced) is gone with it.
        self.sent &= set().union(*(saved_values(desk.database) for desk in self.desks))

    @precondition(lambda self: self.held)
    @rule(pick=st.integers(0, 10_000))
    def deliver(self, pick: int) -> None:
        path = sorted(self.held)[pick % len(self.held)]
        path.write_bytes(self.held.pop(path))

    @rule(desk=st.integers(0, DESKS - 1), years=st.booleans())
    def clock_ahead(self, desk: int, years: bool) -> None:
        database = self.desks[desk].database
        old = database.capture.clock
        offset = 3 * YEARS if years else 3 * HOURS
        clock = HybridClock(old.node, lambda: wall_clock_ms() + offset)
        clock.observe(old.last)
        database.capture.clock = clock

    @invariant()
    def nothing_is_applied_twice(self) -> None:
        for desk in self.desks:
            with desk.database.transaction() as session:
                duplicates = (
                    session.connection()
                    .exec_driver_sql("SELECT count(*) - count(DISTINCT hlc) FROM change_log")
                    .scalar_one()
                )
            assert duplicates == 0

    def teardown(self) -> None:
        try:
            for path, data in self.held.items():
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(data)
            self.held.clear()
            quarantine.entry_problem = lambda *_: None  # an upgrade knows the newer field
            for _ in range(3):
                for desk in self.desks:
                    self._sync(desk)
            late = make_desk(self.root, _TEMPLATES, "late", self.share, False)
            self.desks.append(late)
            for _ in range(2):
                for desk in self.desks:
                    desk.sync.sync()
            first = contents(self.desks[0].database)
            for desk in self.desks[1:]:
                assert differences(first, contents(desk.database)) == [], desk.name
            assert lost_values(self.desks, self.retired) == []
            sent = self.sent.union(*(saved_values(d.database) for d in self.desks))
            for desk in self.desks:
                assert missing_from_history(desk.database, sent) == [], desk.name
        finally:
            quarantine.entry_problem = entry_problem
            snapshots.SNAPSHOT_EVERY = self.snapshot_every
            for desk in self.desks:
                desk.database.close()
            shutil.rmtree(self.root, ignore_errors=True)


# Derandomized: the suite runs the same 40 examples each time, so CI says the same thing
# twice; explore with other seeds by hand (--hypothesis-seed=N with derandomize off).
ShareMachine.TestCase.settings = settings(
    derandomize=True,
    max_examples=40,
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
test_three_workstations_converge_and_lose_nothing = ShareMachine.TestCase
