"""Benchmark: the Meetings window at scale (2,000 meetings, 200,000 participants,
50,000 action points, built as in :mod:`bench_meetings`).

Measures what a user waits for in the window (until the rows are laid out and
painted: the event loop runs inside the timing), each beside the service call it
makes (the fair baseline: the same rows without Qt):

* the Action points view filling its first page (overdue first, owners named);
* a keystroke in the search box: the full-text query plus one highlighted
  result row per hit (up to 50).

Goal for both: under 100 ms. Usage: ``python bench/bench_meetings_ui.py [--quick]``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_meetings import TODAY, build, report_ms, timed
from PySide6.QtWidgets import QApplication

from isu_desk.capabilities.meetings.services.meetings import MeetingsService
from isu_desk.capabilities.meetings.services.minutes import MinutesService
from isu_desk.capabilities.meetings.ui.action_points import (
    PAGE,
    ActionPointsView,
)
from isu_desk.capabilities.meetings.ui.search import LIMIT, SearchView


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a tenth of the rows")
    scale = 0.1 if parser.parse_args().quick else 1.0
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        db, _big = build(Path(folder), scale)
        print(f"bench_meetings_ui: scale {scale} (built in {time.perf_counter() - started:.1f} s)")
        minutes, meetings = MinutesService(db, lambda: TODAY), MeetingsService(db)
        points = ActionPointsView(minutes)
        points.resize(1200, 700)
        points.show()
        statuses = points.statuses()
        report_ms(
            f"action points view, first page ({PAGE} rows)",
            timed(lambda: (points.refresh(), app.processEvents()), 5),
            timed(lambda: minutes.action_points(statuses=statuses, limit=PAGE), 5),
            "service alone",
        )
        search = SearchView(meetings)
        search.resize(1200, 700)
        search.show()
        search.run("warm")  # meeting names are read once
        report_ms(
            "search keystroke with highlighted results",
            timed(lambda: (search.run("cote ivoir"), app.processEvents()), 5),
            timed(lambda: meetings.search("cote ivoir", limit=LIMIT), 5),
            "service alone",
        )
        app.processEvents()
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
