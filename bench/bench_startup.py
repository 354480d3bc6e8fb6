"""Benchmark: from start to the first painted window, to the filled Dashboard, and ``--version``.

Each figure is the median over fresh processes, started alternately so both
sides see the same machine load:

- the app: ``isu-desk`` as a double-click starts it (the command line's entry
  point, no command), offscreen, on a data folder with the demo data, twice:
  an encrypted folder (the default for a new folder) whose key is in the
  keyring, as on a workstation (this machine has none outside a desktop
  session: the child processes get a file-based backend, ``file_keyring.py``,
  found by keyring's usual scan of installed backends), and a plain folder
  whose user declined encryption; with
  settings of its own in which the user last left the Dashboard (never the
  developer's ``~/.config``, whose remembered section would change what is
  built). A first start of each (not timed) warms the file caches, and lets
  the encrypted folder be remembered, as after any workstation's first start
  (the later ones paint before the keyring is loaded). Two figures from the
  same process: the time from launch to the main window's first paint
  (its sidebar, menus and the Dashboard's skeleton),
  and to the first paint of the Dashboard's tiles with their real figures
  (the window shows before the database is open; the figures follow);
- baseline: a bare PySide6 window with a sidebar list and a 200-row table,
  timed from launch to its first paint in the same way. Goal: the app's first
  paint within 2x; the filled tiles are reported against the same baseline.
- ``isu-desk --version`` and ``isu-desk --help`` (which builds the whole
  command-line parser, every capability's commands included) through the
  installed console script (wall time of the whole process), against a bare
  ``python -c pass``. Goal: each under 0.3 s.

A time "to paint" is from just before the process is launched to the moment
the driver below sees the paint event (wall clock, read on both sides), so
neither side is charged for its shutdown. Both windows get the same event
filter from the driver (the app's code is unchanged for the bench).

Usage: ``python bench/bench_startup.py [--quick]`` (``--quick``: 3 runs, not 7).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from keyring_env import keyring_env

GOAL_RATIO = 2.0
GOAL_VERSION_S = 0.3

# Prints "paint <time>" at the main window's first paint and, for the app,
# "filled <time>" at the first paint of a tile once the Dashboard has its figures.
DRIVER = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

WAIT_FOR_TILES = sys.argv[1] == "tiles"

class Stopwatch(QObject):
    window = None

    def eventFilter(self, obj, event):
        if event.type() != QEvent.Type.Paint:
            return False
        if self.window is None and isinstance(obj, QMainWindow):
            self.window = obj
            print("paint", time.time(), flush=True)
            if not WAIT_FOR_TILES:
                QTimer.singleShot(0, QApplication.quit)
        elif self.window is not None and WAIT_FOR_TILES and self.filled(obj):
            print("filled", time.time(), flush=True)
            QTimer.singleShot(0, QApplication.quit)
            self.window, self.filled = False, lambda obj: False
        return False

    def filled(self, obj):
        page = self.window.findChild(QWidget, "page_dashboard")
        return (
            page is not None
            and not getattr(page, "loading", False)
            and obj.objectName() == "tile_value"
            and page.isAncestorOf(obj)
        )

app = QApplication(sys.argv[:1])
stopwatch = Stopwatch()
app.installEventFilter(stopwatch)
"""

APP = (
    DRIVER
    + """
from isu_desk.start import main
sys.exit(main([]))
"""
)

BARE = (
    DRIVER
    + """
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QListWidget, QSplitter, QTableView

window = QMainWindow()
splitter = QSplitter()
sidebar = QListWidget()
sidebar.addItems(["Dashboard", "Directory", "Contributions", "Sync", "Reports"])
model = QStandardItemModel(200, 4)
for row in range(200):
    for column in range(4):
        model.setItem(row, column, QStandardItem(f"cell {row}.{column}"))
table = QTableView()
table.setModel(model)
splitter.addWidget(sidebar)
splitter.addWidget(table)
window.setCentralWidget(splitter)
window.resize(1280, 720)
window.show()
sys.exit(app.exec())
"""
)

# The settings of a user who last closed the window on the Dashboard.
SETTINGS = "[window]\nsection=Dashboard\n"


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def to_paints(code: str, mode: str, env: dict[str, str]) -> dict[str, float]:
    """Seconds from launch to each paint the driver reports ("paint", "filled")."""
    started = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, mode], env=env, check=True, capture_output=True, text=True
    ).stdout
    marks = dict(line.split() for line in out.splitlines() if line.startswith(("paint", "filled")))
    return {name: float(stamp) - started for name, stamp in marks.items()}


def console_script() -> str:
    script = Path(sys.executable).with_name("isu-desk")
    return str(script) if script.exists() else shutil.which("isu-desk") or "isu-desk"


def plain_declined_folder(folder: Path, env: dict[str, str]) -> None:
    """A plain data folder with the demo data whose user said no to encrypting it."""
    from isu_desk.services.workstation import init_workstation, open_data_folder
    from isu_desk.storage import settings

    database = open_data_folder(folder)  # no unlocker: a new database stays plain
    init_workstation(database, "Bench desk")
    with database.transaction() as session:
        settings.put(session, "encryption_declined", "yes")  # as the window's "No" leaves it
    database.close()
    demo = {**env, "ISU_DESK_DATA_DIR": str(folder)}
    subprocess.run([console_script(), "demo"], env=demo, check=True, stdout=subprocess.DEVNULL)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="3 runs instead of 7")
    runs = 3 if parser.parse_args().quick else 7
    with tempfile.TemporaryDirectory(prefix="isu-bench-start-") as tmp:
        config = Path(tmp, "config")
        (config / "ISU Desk").mkdir(parents=True)
        (config / "ISU Desk" / "ISU Desk.conf").write_text(SETTINGS, encoding="utf-8")
        encrypted, plain = Path(tmp, "data"), Path(tmp, "plain")
        env = {
            **os.environ,
            **keyring_env(Path(tmp, "keyring")),
            "QT_QPA_PLATFORM": "offscreen",
            "ISU_DESK_DATA_DIR": str(encrypted),
            "XDG_CONFIG_HOME": str(config),
        }
        subprocess.run([console_script(), "demo"], env=env, check=True, stdout=subprocess.DEVNULL)
        plain_declined_folder(plain, env)
        env_plain = {**env, "ISU_DESK_DATA_DIR": str(plain)}
        to_paints(APP, "tiles", env)  # a first start: caches warm on both sides
        to_paints(APP, "tiles", env_plain)
        to_paints(BARE, "paint", env)
        figures: dict[str, list[float]] = {}
        for _ in range(runs):
            for side, side_env in (("encrypted", env), ("plain", env_plain)):
                app = to_paints(APP, "tiles", side_env)
                figures.setdefault(f"{side} paint", []).append(app["paint"])
                figures.setdefault(f"{side} filled", []).append(app["filled"])
            figures.setdefault("bare", []).append(to_paints(BARE, "paint", env)["paint"])
            figures.setdefault("version", []).append(timed([console_script(), "--version"], env))
            figures.setdefault("help", []).append(timed([console_script(), "--help"], env))
            figures.setdefault("python", []).append(timed([sys.executable, "-c", "pass"], env))
    report(runs, {name: statistics.median(values) for name, values in figures.items()})
    return 0


def report(runs: int, median: dict[str, float]) -> None:
    bare = median["bare"]
    print(f"runs: {runs} each, alternating; load average {os.getloadavg()[0]:.2f} at the end")
    print(f"bare PySide6 window:  {bare:6.2f} s (median)")
    for side, label in (("encrypted", "encrypted, key in keyring"), ("plain", "plain, declined")):
        paint, filled = median[f"{side} paint"], median[f"{side} filled"]
        verdict = "PASS" if paint / bare <= GOAL_RATIO else "MISS"
        print(f"app ({label}):")
        print(f"  to first paint:   {paint:6.2f} s (median), ratio {paint / bare:.2f}x ", end="")
        print(f"(goal <= {GOAL_RATIO}x) {verdict}")
        print(f"  to tiles filled:  {filled:6.2f} s (median), ratio {filled / bare:.2f}x")
    for name in ("version", "help"):
        seconds = median[name]
        verdict = "PASS" if seconds <= GOAL_VERSION_S else "MISS"
        print(f"isu-desk --{name}: {seconds:6.3f} s (median; goal <= {GOAL_VERSION_S} s) {verdict}")
    print(f"python -c pass:       {median['python']:6.3f} s (median)")


if __name__ == "__main__":
    sys.exit(main())
