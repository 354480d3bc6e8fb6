"""Benchmark: what encryption at rest costs on the list, an import and a sync apply.

Each operation runs on an encrypted (SQLCipher) and a plain database in the
same run, in alternation, best of several runs: the first page (100 rows) of the
contacts list of N contacts, an import of a CSV of N contacts into a new
database, and applying N field changes received through sync. Goal: each at
most 1.5x the plain database's time.

Usage: ``python bench/bench_encryption.py [--quick]`` (N = 20,000, or 5,000 with
``--quick``).
"""

from __future__ import annotations

import argparse
import functools
import sys
import tempfile
import time
from pathlib import Path

from bench_import import make_csv
from bench_sync import _desk, _make_changes, _workload
from bench_ui_list import fill
from timing import timed

from isu_desk.capabilities.directory.services.service import DirectoryService
from isu_desk.capabilities.directory.services.transfer import import_file
from isu_desk.domain.listing import ListQuery
from isu_desk.secrets import MemorySecretStore, database_key
from isu_desk.services.encryption import Unlocker
from isu_desk.services.workstation import init_workstation, open_data_folder
from isu_desk.storage.database import Database

GOAL = 1.5
RUNS = 5


KEYS = MemorySecretStore()  # the benchmark's keyring: random keys, no passphrase
database_key.os_keyring = lambda: KEYS  # where an encrypted folder opened without unlocker looks


def _open(folder: Path, encrypted: bool) -> Database:
    unlocker = Unlocker(KEYS, lambda _new, _prompt: None) if encrypted else None
    return open_data_folder(folder, unlocker)


def _first_page(root: Path, rows: int) -> dict[bool, float]:
    """The first 100 contacts, sorted as the list shows them, on a freshly opened database."""
    times: dict[bool, float] = {}
    for encrypted in (False, True):
        folder = root / f"list-{encrypted}"
        database = _open(folder, encrypted)
        init_workstation(database, "List")
        fill(database, rows)
        database.close()

    def page(encrypted: bool) -> None:
        database = _open(root / f"list-{encrypted}", encrypted)  # cold: a new connection
        DirectoryService(database).page("contacts", ListQuery(), limit=100)
        database.close()

    for encrypted in (False, True):
        times[encrypted] = timed(functools.partial(page, encrypted), RUNS)
    return times


def _import(root: Path, rows: int) -> dict[bool, float]:
    """An import of ``rows`` contacts into a new database (one run each: it is long)."""
    csv_path = root / "contacts.csv"
    make_csv(csv_path, rows)
    times: dict[bool, float] = {False: float("inf"), True: float("inf")}
    for attempt in range(2):
        for encrypted in (False, True):
            database = _open(root / f"import-{encrypted}-{attempt}", encrypted)
            init_workstation(database, "Import")
            started = time.perf_counter()
            result = import_file(database, "contacts", csv_path)
            times[encrypted] = min(times[encrypted], time.perf_counter() - started)
            assert result.ok, result.errors[:3]
            database.close()
    return times


def _apply(root: Path, changes: int) -> dict[bool, float]:
    """Applying ``changes`` field changes received from another workstation."""
    sender, send = _desk(root, "sender", True)
    _make_changes(sender, *_workload(changes))
    send.sync()
    sender.close()
    times: dict[bool, float] = {}
    for encrypted in (False, True):
        if encrypted:  # _desk opens plain; the receiver's folder is made encrypted first
            _open(root / "receiver-True", True).close()
        receiver, receive = _desk(root, f"receiver-{encrypted}", False)
        assert (receiver.key is not None) == encrypted
        started = time.perf_counter()
        received = receive.sync().received
        times[encrypted] = time.perf_counter() - started
        assert received > 0
        receiver.close()
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="5,000 rows and changes")
    rows = 5_000 if parser.parse_args().quick else 20_000
    with tempfile.TemporaryDirectory(prefix="bench-encryption-") as tmp:
        root = Path(tmp)
        results = {
            f"list, first 100 of {rows:,} contacts (open + page)": _first_page(root, rows),
            f"import {rows:,} contacts (CSV)": _import(root, rows),
            f"sync apply of {rows:,} field changes": _apply(root, rows),
        }
    for what, times in results.items():
        ratio = times[True] / times[False]
        verdict = "PASS" if ratio <= GOAL else "MISS"
        print(f"{what}: plain {times[False] * 1000:.0f} ms, encrypted {times[True] * 1000:.0f} ms"
              f" = {ratio:.2f}x (goal <= {GOAL}x): {verdict}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
