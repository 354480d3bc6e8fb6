"""Benchmark: from start to the first painted window, and ``isu-desk --version``.

Each figure is the median wall time of fresh processes, started alternately so
both sides see the same machine load:

- the app: ``isu-desk`` as a double-click starts it (the command line's entry
  point, no command), offscreen, on a data folder with the demo data, quitting
  when its main window first paints;
- baseline: a bare PySide6 window with a sidebar list and a 200-row table,
  quitting on its first paint in the same way. Goal: the app within 2x.
- ``isu-desk --version`` and ``isu-desk --help`` (which builds the whole
  command-line parser, every capability's commands included) through the
  installed console script, against a bare ``python -c pass``. Goal: each
  under 0.3 s.

Both windows get the same quit-on-first-paint event filter from the small
driver below (the app's code is unchanged for the bench).

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

GOAL_RATIO = 2.0
GOAL_VERSION_S = 0.3

QUIT_ON_FIRST_PAINT = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class QuitOnPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow):
            QTimer.singleShot(0, QApplication.quit)
        return False

app = QApplication(sys.argv[:1])
quitter = QuitOnPaint()
app.installEventFilter(quitter)
"""

APP = (
    QUIT_ON_FIRST_PAINT
    + """
from isu_desk.start import main
sys.exit(main(sys.argv[1:]))
"""
)

BARE = (
    QUIT_ON_FIRST_PAINT
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


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def console_script() -> str:
    script = Path(sys.executable).with_name("isu-desk")
    return str(script) if script.exists() else shutil.which("isu-desk") or "isu-desk"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="3 runs instead of 7")
    runs = 3 if parser.parse_args().quick else 7
    with tempfile.TemporaryDirectory(prefix="isu-bench-start-") as tmp:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ISU_DESK_DATA_DIR": tmp}
        subprocess.run([console_script(), "demo"], env=env, check=True, stdout=subprocess.DEVNULL)
        timed([sys.executable, "-c", APP], env)  # a first start: caches warm on both sides
        timed([sys.executable, "-c", BARE], env)
        app, bare, version, help_, python = [], [], [], [], []
        for _ in range(runs):
            app.append(timed([sys.executable, "-c", APP], env))
            bare.append(timed([sys.executable, "-c", BARE], env))
            version.append(timed([console_script(), "--version"], env))
            help_.append(timed([console_script(), "--help"], env))
            python.append(timed([sys.executable, "-c", "pass"], env))
    first_paint = statistics.median(app) / statistics.median(bare)
    version_s = statistics.median(version)
    print(f"runs: {runs} each, alternating")
    print(f"app to first paint:   {statistics.median(app):6.2f} s (median)")
    print(f"bare PySide6 window:  {statistics.median(bare):6.2f} s (median)")
    verdict = "PASS" if first_paint <= GOAL_RATIO else "MISS"
    print(f"ratio: {first_paint:.2f}x (goal <= {GOAL_RATIO}x) {verdict}")
    print(f"isu-desk --version:   {version_s:6.3f} s (median)")
    print(f"python -c pass:       {statistics.median(python):6.3f} s (median)")
    verdict = "PASS" if version_s <= GOAL_VERSION_S else "MISS"
    print(f"--version: {version_s:.3f} s (goal <= {GOAL_VERSION_S} s) {verdict}")
    help_s = statistics.median(help_)
    verdict = "PASS" if help_s <= GOAL_VERSION_S else "MISS"
    print(f"isu-desk --help:      {help_s:6.3f} s (median)")
    print(f"--help: {help_s:.3f} s (goal <= {GOAL_VERSION_S} s) {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
