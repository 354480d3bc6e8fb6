"""Benchmark: the Directory's contact list on 100,000 contacts, offscreen.

Two figures, each the median of several runs:

- first page: model reset + first SQL page + the list shown and painted
  (``processEvents``), as when the Contacts tab opens;
- one search keystroke: the new search applied to the model (one SQL page)
  and painted. The list does not COUNT on a keystroke; the total under the
  list is counted after typing pauses, so the count is reported separately.

Baseline, measured in the same run: the very SQL statement the list runs
(captured from the engine) executed with bare ``sqlite3`` on the same file.
Goal: under 100 ms each (the ratio is printed for information).

Usage: ``python bench/bench_ui_list.py [--quick]`` (``--quick``: 10,000 rows).
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import event

from isu_desk.capabilities.directory.services.service import DirectoryService
from isu_desk.capabilities.directory.storage.repository import insert_many
from isu_desk.capabilities.directory.ui.models import SPEC_OF
from isu_desk.capabilities.directory.ui.pane import KindPane
from isu_desk.domain.ids import new_id
from isu_desk.services.workstation import init_workstation, open_data_folder
from isu_desk.storage.database import Database

GOAL_MS = 100.0
FULL_ROWS = 100_000
QUICK_ROWS = 10_000
RUNS = 7
# Keystrokes as typed: common prefixes (many matches) and one rare word (no match: a full scan).
KEYSTROKES = ("m", "ma", "mar", "mari", "marie", "d", "du", "dub")
RARE = "qqzx"

_GIVEN = ["Marie", "José", "Ingrid", "Kwame", "Aisha", "Lukas", "Elena", "Hiroshi", "Grace"]
_FAMILY = ["Dubois", "Peña", "Solberg", "Mensah", "Kamara", "Brunner", "García", "Tanaka"]
_SCRIPTS = ["Мария Иванова", "محمد العلي", "王小明", "ສົມພອນ ພົມມະຈັນ", "Nguyễn Thị Hương"]


def fill(database: Database, rows: int) -> None:
    """Insert ``rows`` contacts in bulk (one transaction, batches of 10,000)."""
    rng = random.Random(20261126)
    states = [i for i, _ in DirectoryService(database).choices("states")]
    batch: list[dict[str, Any]] = []
    with database.transaction() as session:
        for n in range(rows):
            name = (
                f"{rng.choice(_SCRIPTS)} {n}"
                if n % 6 == 5
                else f"{rng.choice(_GIVEN)} {rng.choice(_FAMILY)} {n}"
            )
            batch.append(_contact(name, n, rng.choice(states)))
            if len(batch) == 10_000:
                insert_many(session, "contacts", batch)
                batch = []
        insert_many(session, "contacts", batch)


def _contact(name: str, n: int, state_id: str) -> dict[str, Any]:
    return {
        "id": new_id(),
        "name": name,
        "title": "",
        "position": "First Secretary, Permanent Mission",
        "gender": "unspecified",
        "state_id": state_id,
        "organisation_id": None,
        "email": f"person{n}@mission.example.org",
        "phone": "",
        "languages": "en",
        "notes": "",
    }


def median_ms(action: Callable[[], Any], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def capture_sql(database: Database, action: Callable[[], Any]) -> list[tuple[str, Any]]:
    """The SQL statements (with parameters) that ``action`` sends to SQLite."""
    seen: list[tuple[str, Any]] = []

    def record(_conn, _cursor, statement, parameters, _context, _many) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append((statement, parameters))

    event.listen(database.engine, "before_cursor_execute", record)
    try:
        action()
    finally:
        event.remove(database.engine, "before_cursor_execute", record)
    return seen


def bare_ms(path: Path, statement: str, parameters: Any) -> float:
    """The same SELECT run with bare sqlite3 (median, rows fetched)."""
    connection = sqlite3.connect(path)
    try:
        return median_ms(lambda: connection.execute(statement, parameters).fetchall())
    finally:
        connection.close()


def verdict(ours: float, base: float, label: str) -> None:
    result = "PASS" if ours < GOAL_MS else "MISS"
    print(f"  {label:<34} {ours:7.1f} ms   baseline {base:6.1f} ms   ratio {ours / base:5.1f}x")
    print(f"  {'':<34} goal under {GOAL_MS:.0f} ms: {result}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help=f"{QUICK_ROWS:,} rows")
    args = parser.parse_args()
    rows = QUICK_ROWS if args.quick else FULL_ROWS
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="bench-ui-list-") as tmp:
        database = open_data_folder(Path(tmp))
        init_workstation(database, "Bench")
        started = time.perf_counter()
        fill(database, rows)
        print(f"bench_ui_list: {rows:,} contacts ({time.perf_counter() - started:.1f} s to insert)")
        pane = KindPane(DirectoryService(database), SPEC_OF["contacts"])
        pane.resize(1100, 700)
        model = pane.model

        def first_page() -> None:
            pane.hide()
            model.refresh()
            pane.show()
            app.processEvents()

        keys = iter(KEYSTROKES * RUNS)

        def keystroke(text: str | None = None) -> None:
            model.set_search(text if text is not None else next(keys))
            app.processEvents()

        def clear() -> None:
            model.set_search("")
            app.processEvents()

        shown = median_ms(first_page)
        assert model.rowCount() == model.chunk, "the list must show one chunk, not every row"
        (page_sql,) = capture_sql(database, model.refresh)[-1:]
        verdict(shown, bare_ms(database.path, *page_sql), "first page shown")

        typed = median_ms(keystroke, RUNS * len(KEYSTROKES))
        bare_typed = []
        for text in KEYSTROKES:
            clear()
            (search_sql,) = capture_sql(database, lambda text=text: keystroke(text))[-1:]
            bare_typed.append(bare_ms(database.path, *search_sql))
        verdict(typed, statistics.median(bare_typed), "search keystroke (typical)")

        rare_texts = iter((RARE, RARE + "y") * RUNS)
        rare = median_ms(lambda: keystroke(next(rare_texts)))
        clear()
        (rare_sql,) = capture_sql(database, lambda: keystroke(RARE))[-1:]
        verdict(rare, bare_ms(database.path, *rare_sql), "search keystroke (no match: scan)")

        clear()
        for column, label in ((2, "State"), (4, "e-mail")):
            orders = iter((Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder) * RUNS)
            took = median_ms(
                lambda c=column, o=orders: (model.sort(c, next(o)), app.processEvents())
            )
            print(f"  sort the whole list by {label} (informative): {took:.1f} ms")
        model.sort(0, Qt.SortOrder.AscendingOrder)
        counted = median_ms(model.total)
        print(f"  count after typing pauses (not per keystroke): {counted:.1f} ms")
        pane.close()
        database.close()
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    # Leave without Python's teardown: it destroys Qt objects after their owners
    # ("pure virtual method called"), which says nothing about the figures above.
    os._exit(code)
