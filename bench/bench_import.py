"""Benchmark: importing 100,000 contacts from CSV through the command line.

Measures ``python -m isu_desk --data-dir TMP import contacts FILE`` as a
subprocess (wall time, process start included) into a plain data folder (the
baseline's file is plain too) against a baseline measured in
the same run: Python's ``sqlite3`` reading the same CSV with the ``csv`` module
and inserting the same rows with ``executemany`` into an equivalent plain
contacts table (no triggers, no generated column) in a fresh file, in one
transaction. Goal: at most 3x the baseline. For reference it also imports
into an encrypted folder (a new folder's default), its key in the bench's file
keyring, to show what SQLCipher adds.

Usage: ``python bench/bench_import.py [--quick] [--runs N] [--profile]``
(``--quick``: 10,000 rows; ``--runs``: pairs of baseline and import, one after
the other, 3 by default, each side's best taken and every run printed;
``--profile``: also run the import in-process under cProfile and print the top
functions).
"""

from __future__ import annotations

import argparse
import cProfile
import csv
import os
import pstats
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from keyring_env import ENV_FILE, keyring_env

GOAL_RATIO = 3.0
FULL_ROWS = 100_000
QUICK_ROWS = 10_000

_GIVEN = ["Marie", "José", "Ingrid", "Kwame", "Aisha", "Lukas", "Elena", "Hiroshi", "Grace"]
_FAMILY = ["Dubois", "Peña", "Solberg", "Mensah", "Kamara", "Brunner", "García", "Tanaka"]
_SCRIPTS = ["Мария Иванова", "محمد العلي", "王小明", "ສົມພອນ ພົມມະຈັນ", "Nguyễn Thị Hương"]
_POSITIONS = [
    "First Secretary, Permanent Mission to the United Nations Office at Geneva",
    "Director, National Mine Action Authority",
    "Desk Officer, Ministry of Foreign Affairs",
    "Programme Officer, Victim Assistance",
]
_STATES = ["FRA", "CHE", "NOR", "LAO", "CHL", "SEN", "IRL", "MEX", "AFG", "IRQ"]
_LANGUAGES = ["en", "fr,en", "es,en", "ar,fr", "ru,en", "zh,en", "lo,en", "vi,en"]
HEADER = ["name", "title", "position", "gender", "state", "email", "phone", "languages", "notes"]
_PLAIN_TABLE = """CREATE TABLE contacts (
    id TEXT PRIMARY KEY, name TEXT, title TEXT, position TEXT, gender TEXT,
    state_id TEXT, organisation_id TEXT, email TEXT, phone TEXT, languages TEXT, notes TEXT)"""


def make_csv(path: Path, rows: int) -> None:
    """A realistic contacts file: mostly Latin names, one in six in another script."""
    rng = random.Random(20261126)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for n in range(rows):
            if n % 6 == 5:
                name = f"{rng.choice(_SCRIPTS)} {n}"
            else:
                name = f"{rng.choice(_GIVEN)} {rng.choice(_FAMILY)} {n}"
            writer.writerow(
                [
                    name,
                    rng.choice(["Ms", "Mr", "Dr", ""]),
                    rng.choice(_POSITIONS),
                    rng.choice(["female", "male", "unspecified"]),
                    rng.choice(_STATES),
                    f"person{n}@mission.example.org",
                    f"+41 22 {n % 1000:03d} {n % 97:02d} {n % 89:02d}",
                    rng.choice(_LANGUAGES),
                    "Benchmark data",
                ]
            )


def _plain_row(r: dict[str, str], state: str | None) -> tuple[str | None, ...]:
    """The row as a contacts table stores it, with a fresh id."""
    return (str(uuid.uuid4()), r["name"], r["title"], r["position"], r["gender"], state, None,
            r["email"], r["phone"], r["languages"], r["notes"])  # fmt: skip


def _child_cpu() -> float:
    """CPU seconds (user + system) used so far by finished child processes."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def baseline(csv_path: Path, db_path: Path) -> float:
    """Seconds for plain sqlite3: read the CSV, executemany the rows, one transaction."""
    started = time.perf_counter()
    connection = sqlite3.connect(db_path)
    connection.execute(_PLAIN_TABLE)
    with csv_path.open(encoding="utf-8-sig", newline="") as handle:
        # The plain table keeps the State code where ISU Desk keeps the State's id.
        rows = [_plain_row(r, r["state"]) for r in csv.DictReader(handle)]
    with connection:
        connection.executemany("INSERT INTO contacts VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
    connection.close()
    return time.perf_counter() - started


def schema_floor(csv_path: Path, data_dir: Path) -> float:
    """Seconds for the same rows via the driver into ISU Desk's own schema (triggers on).

    Not the goal's baseline: it shows how much of the import is the price of
    change capture (a change_log row per record) rather than of the import code.
    """
    from isu_desk.services.workstation import init_workstation, open_data_folder

    database = open_data_folder(data_dir)
    init_workstation(database, "Floor")
    started = time.perf_counter()
    with csv_path.open(encoding="utf-8-sig", newline="") as handle:
        rows = [_plain_row(r, None) for r in csv.DictReader(handle)]  # no lookups: floor only
    raw = database.engine.raw_connection()
    connection = raw.driver_connection
    assert connection is not None
    connection.execute("BEGIN IMMEDIATE")
    connection.executemany(
        "INSERT INTO contacts (id, name, title, position, gender, state_id, organisation_id,"
        " email, phone, languages, notes) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        rows,
    )
    connection.execute("COMMIT")
    elapsed = time.perf_counter() - started
    raw.close()
    database.close()
    return elapsed


def _cli(
    data_dir: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "isu_desk", "--data-dir", str(data_dir), *args]
    return subprocess.run(command, capture_output=True, text=True, check=False, env=env)


def installed_env(folder: Path) -> dict[str, str]:
    """Environment for the CLI as installed: its bytecode compiled once and kept.

    ``pip install`` compiles a package's modules; a checkout run with
    ``PYTHONDONTWRITEBYTECODE`` compiles ours at every start instead. So the
    child keeps its bytecode under ``folder`` (not beside the sources), and an
    untimed import of a few rows first compiles what the command imports.
    """
    env = {**os.environ, "PYTHONPYCACHEPREFIX": str(folder / "pycache")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    make_csv(folder / "warm-up.csv", 10)
    plain_folder(folder / "warm-up")
    _cli(folder / "warm-up", "import", "contacts", str(folder / "warm-up.csv"), env=env)
    return env


def plain_folder(data_dir: Path) -> None:
    """A data folder with a plain (not encrypted) database, as the baseline's file is."""
    from isu_desk.services.workstation import init_workstation, open_data_folder

    database = open_data_folder(data_dir)  # no unlocker: a new database stays plain
    init_workstation(database, "Bench")
    database.close()


def encrypted_env(folder: Path, base: dict[str, str]) -> dict[str, str]:
    """Environment whose child processes keep the database key in the bench's file keyring."""
    return {**base, **keyring_env(folder)}


def isu_import(
    csv_path: Path, data_dir: Path, env: dict[str, str] | None = None
) -> tuple[float, float]:
    """Wall and CPU seconds of ``isu-desk import contacts`` as a subprocess (database ready).

    The folder is plain unless ``env`` gives the bench's file keyring (then
    ``init`` makes an encrypted one).
    """
    if env is None or ENV_FILE not in env:
        plain_folder(data_dir)
    else:
        prepared = _cli(data_dir, "init", "--workstation-name", "Bench", env=env)
        if prepared.returncode != 0:
            raise SystemExit(f"init failed: {prepared.stderr}")
    cpu, started = _child_cpu(), time.perf_counter()
    done = _cli(data_dir, "import", "contacts", str(csv_path), env=env)
    elapsed, cpu = time.perf_counter() - started, _child_cpu() - cpu
    if done.returncode != 0:
        raise SystemExit(f"import failed: {done.stderr[:2000]}")
    print(f"  {done.stdout.strip()}")
    return elapsed, cpu


def profile(csv_path: Path, data_dir: Path) -> None:
    """Run the import in-process under cProfile and print the 25 costliest functions."""
    from isu_desk.capabilities.directory.services.transfer import import_file
    from isu_desk.services.workstation import init_workstation, open_data_folder

    database = open_data_folder(data_dir)
    init_workstation(database, "Profile")
    profiler = cProfile.Profile()
    profiler.enable()
    result = import_file(database, "contacts", csv_path)
    profiler.disable()
    database.close()
    print(f"profiled import ok={result.ok}")
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)


def paired_runs(
    csv_path: Path, folder: Path, runs: int, installed: dict[str, str]
) -> list[tuple[float, float, float, float]]:
    """(baseline wall, baseline CPU, import wall, import CPU) of each run, one after the other."""
    figures = []
    for n in range(runs):
        base_cpu = time.process_time()
        base = baseline(csv_path, folder / f"baseline{n}.sqlite")
        base_cpu = time.process_time() - base_cpu
        ours, ours_cpu = isu_import(csv_path, folder / f"data{n}", installed)
        figures.append((base, base_cpu, ours, ours_cpu))
        print(
            f"  run {n + 1}: baseline {base:.2f} s (CPU {base_cpu:.2f}), import {ours:.2f} s "
            f"(CPU {ours_cpu:.2f}): {ours / base:.2f}x wall, {ours_cpu / base_cpu:.2f}x CPU"
        )
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help=f"{QUICK_ROWS:,} rows")
    parser.add_argument("--runs", type=int, default=3, help="paired runs; the best of each side")
    parser.add_argument("--profile", action="store_true", help="profile the import in-process")
    args = parser.parse_args()
    rows = QUICK_ROWS if args.quick else FULL_ROWS
    with tempfile.TemporaryDirectory(prefix="bench-import-") as tmp:
        folder = Path(tmp)
        csv_path = folder / "contacts.csv"
        make_csv(csv_path, rows)
        print(f"bench_import: {rows:,} contacts ({csv_path.stat().st_size / 1e6:.1f} MB CSV)")
        installed = installed_env(folder)
        figures = paired_runs(csv_path, folder, max(1, args.runs), installed)
        base, base_cpu, ours, ours_cpu = (min(run[n] for run in figures) for n in range(4))
        floor = schema_floor(csv_path, folder / "floor")
        sealed, sealed_cpu = isu_import(
            csv_path, folder / "encrypted", encrypted_env(folder / "keyring", installed)
        )
        report(base, base_cpu, ours, ours_cpu, len(figures))
        print(
            f"  for reference, the same executemany into ISU Desk's schema (capture triggers, "
            f"search column, indexes): {floor:.2f} s = {floor / base:.2f}x the baseline"
        )
        print(
            f"  for reference, into an encrypted (SQLCipher) folder, key in a keyring: "
            f"{sealed:.2f} s = {sealed / base:.2f}x (CPU {sealed_cpu / base_cpu:.2f}x)"
        )
        if args.profile:
            profile(csv_path, folder / "profiled")
    return 0


def report(base: float, base_cpu: float, ours: float, ours_cpu: float, runs: int) -> None:
    """The best of each side over the runs (a busy machine only ever adds time)."""
    ratio = ours / base
    verdict = "PASS" if ratio <= GOAL_RATIO else "MISS"
    print(f"  best of {runs} run(s) each:")
    print(f"  baseline (sqlite3 csv + executemany, no triggers): {base:.2f} s")
    print(f"  isu-desk import contacts (subprocess, wall):        {ours:.2f} s")
    print("  (its bytecode compiled beforehand, as an installed package has it)")
    print(f"  ratio {ratio:.2f}x; goal at most {GOAL_RATIO:.0f}x: {verdict}")
    # On a busy machine wall time is mostly waiting; CPU time shows the work itself.
    print(
        f"  CPU seconds: baseline {base_cpu:.2f}, import {ours_cpu:.2f} "
        f"= {ours_cpu / base_cpu:.2f}x (not the goal's measure)"
    )


if __name__ == "__main__":
    sys.exit(main())
