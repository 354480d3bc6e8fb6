"""Three workstations, random edits, deletes and inserts, random syncs, faults in between.

Inserts of new records stand in for the ledger inserts (payments,
corrections) of the Contributions tables, which are being built at the same
time: like ledger rows they are new records that must never conflict.
Afterwards, once everyone has synced (and a fourth workstation has joined,
from the latest snapshot when packets were archived): every database is
identical and every value ever saved is current, kept as a conflict, or was
replaced by someone who had seen it.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import replace
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from tests.sync.model import contents, lost_values, make_desk

from isu_desk.capabilities.directory.domain import Contact, Organisation
from isu_desk.domain.errors import RecordNotFound
from isu_desk.domain.hlc import HybridClock, wall_clock_ms
from isu_desk.sync import share as files
from isu_desk.sync import snapshots
from isu_desk.sync.errors import SyncStopped

DESKS = 3
HOURS = 3_600_000
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
        self.counter = 0
        self.snapshot_every = snapshots.SNAPSHOT_EVERY
        snapshots.SNAPSHOT_EVERY = 6  # snapshots and archiving happen within a run

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
        result = self.desks[desk].directory.delete(kind, record_id)
        if result.ok and undo:
            self.desks[desk].directory.save(result.unwrap()).unwrap()

    @rule(desk=st.integers(0, DESKS - 1))
    def sync(self, desk: int) -> None:
        try:
            self.desks[desk].sync.sync()
        except SyncStopped as stopped:
            own = files.workstation_folder(self.share, self.desks[desk].database.workstation_id)
            assert any(path.parent == own for path in self.held), stopped

    # -- what the share does -------------------------------------------

    @precondition(lambda self: self._packets())
    @rule(pick=st.integers(0, 10_000), fault=st.sampled_from(["late", "truncate", "flip", "copy"]))
    def damage(self, pick: int, fault: str) -> None:
        packets = [p for p in self._packets() if p not in self.held]
        if not packets:
            return
        path = packets[pick % len(packets)]
        data = path.read_bytes()
        if fault == "copy":
            shutil.copy(path, path.with_name(f"{path.stem} (copy {self.counter}).isp"))
            return
        self.held[path] = data
        if fault == "late":
            path.unlink()
        elif fault == "truncate":
            path.write_bytes(data[: pick % len(data)])
        else:
            at = pick % len(data)
            path.write_bytes(data[:at] + bytes([data[at] ^ 0x40]) + data[at + 1 :])

    @precondition(lambda self: self.held)
    @rule(pick=st.integers(0, 10_000))
    def deliver(self, pick: int) -> None:
        path = sorted(self.held)[pick % len(self.held)]
        path.write_bytes(self.held.pop(path))

    @rule(desk=st.integers(0, DESKS - 1))
    def clock_hours_ahead(self, desk: int) -> None:
        database = self.desks[desk].database
        old = database.capture.clock
        clock = HybridClock(old.node, lambda: wall_clock_ms() + 3 * HOURS)
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
                path.write_bytes(data)
            self.held.clear()
            for _ in range(3):
                for desk in self.desks:
                    desk.sync.sync()
            late = make_desk(self.root, _TEMPLATES, "late", self.share, False)
            self.desks.append(late)
            for _ in range(2):
                for desk in self.desks:
                    desk.sync.sync()
            first = contents(self.desks[0].database)
            for desk in self.desks[1:]:
                assert contents(desk.database) == first, f"{desk.name} differs from desk0"
            assert lost_values(self.desks) == []
        finally:
            snapshots.SNAPSHOT_EVERY = self.snapshot_every
            for desk in self.desks:
                desk.database.close()
            shutil.rmtree(self.root, ignore_errors=True)


ShareMachine.TestCase.settings = settings(
    max_examples=25,
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
test_three_workstations_converge_and_lose_nothing = ShareMachine.TestCase
