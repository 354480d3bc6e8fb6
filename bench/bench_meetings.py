"""Benchmark: meetings at scale: 2,000 meetings, 200,000 participants, 50,000 action points.

Measures, on one database built for the run (every row written through the
capture and full-text triggers):

* the Action points view's first page (100 rows, overdue first, owners named)
  and a full-text search keystroke (prefix match over minutes, decisions,
  action points and document titles, snippets marked) against a 100 ms goal,
  each beside the same query in bare SQL;
* the list of participants PDF of a 1,500-person meeting (``REPORTS``:
  participants joined to contacts, States and organisations; letterhead)
  against bare SQL plus a bare reportlab ``SimpleDocTemplate`` with one
  ``Table`` per category of the same rows, grouped the same way. Goal: 1.5x.

Usage: ``python bench/bench_meetings.py [--quick]`` (``--quick``: a tenth of the rows).
"""

from __future__ import annotations

import argparse
import io
import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from isu_desk.capabilities.meetings.domain.records import DelegationCategory
from isu_desk.capabilities.meetings.services.meetings import MeetingsService
from isu_desk.capabilities.meetings.services.minutes import MinutesService
from isu_desk.capabilities.meetings.services.reports import REPORTS
from isu_desk.capabilities.meetings.storage import repo
from isu_desk.domain.ids import new_id
from isu_desk.reports.fonts import fonts_dir
from isu_desk.services.workstation import init_workstation, open_data_folder
from isu_desk.storage import rows
from isu_desk.storage.database import Database
from isu_desk.storage.models import ContactRecord

TODAY = date(2026, 6, 1)
GOAL_MS = 100.0
PDF_GOAL = 1.5
BIG_MEETING = 1_500
BARE_FONT = "BenchSans"
WORDS = (
    "universalization", "clearance", "stockpile", "destruction", "victim", "assistance",
    "cooperation", "transparency", "report", "extension", "request", "budget", "Côte",
    "d'Ivoire", "Lao", "République", "coordinator", "president", "committee", "accession",
    "ratification", "Genève", "Núñez", "sponsorship", "programme", "intersessional",
    "meeting", "contamination", "survey", "risk", "education", "deadline",
)  # fmt: skip


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words))


def build(folder: Path, scale: float) -> tuple[Database, str]:
    """The database, and the id of the meeting with 1,500 participants."""
    db = open_data_folder(folder)
    init_workstation(db, "Bench")
    rng = random.Random(8)
    n_meetings, n_people = int(2_000 * scale), int(200_000 * scale)
    with db.transaction() as session:
        state_ids = [
            row[0] for row in session.connection().exec_driver_sql("SELECT id FROM states")
        ]
        contacts = [
            {"id": new_id(), "name": f"Person {n} {_text(rng, 1)}", "title": "Ms",
             "position": "Delegate", "gender": "unspecified", "state_id": rng.choice(state_ids),
             "organisation_id": None, "email": "", "phone": "", "languages": "", "notes": ""}
            for n in range(max(BIG_MEETING, n_people // 10))
        ]  # fmt: skip
        rows.insert_many(session, ContactRecord, contacts)
        meetings = [
            {"id": new_id(), "kind": rng.choice(["coordination_committee", "working_group"]),
             "title": f"Meeting {n}", "start_date": date(2010, 1, 1) + timedelta(days=n * 3),
             "end_date": None, "code": "", "city": "Geneva", "country_iso3": "CHE",
             "format": "hybrid", "chair_office_holder_id": None, "chair_contact_id": None,
             "status": "held", "notes": ""}
            for n in range(n_meetings)
        ]  # fmt: skip
        repo.insert_many(session, "meetings", meetings)
        big = meetings[-1]["id"]
        participants = []
        for n in range(n_people):
            meeting = big if n < BIG_MEETING else rng.choice(meetings)["id"]
            contact = contacts[n % len(contacts)]
            participants.append(
                {"id": new_id(), "meeting_id": meeting, "contact_id": contact["id"],
                 "category": "states_parties", "delegation_state_id": contact["state_id"],
                 "delegation_organisation_id": None, "head_of_delegation": n % 5 == 0,
                 "attendance": "present", "notes": ""}
            )  # fmt: skip
        repo.insert_many(session, "participants", participants)
        items = [
            {"id": new_id(), "meeting_id": m["id"], "number": str(k), "title": _text(rng, 4),
             "notes": ""}
            for m in meetings for k in range(1, 6)
        ]  # fmt: skip
        repo.insert_many(session, "agenda_items", items)
        repo.insert_many(session, "minute_entries", [
            {"id": new_id(), "meeting_id": i["meeting_id"], "agenda_item_id": i["id"],
             "text": _text(rng, 60)} for i in items
        ])  # fmt: skip
        points = [
            {"id": new_id(), "meeting_id": rng.choice(meetings)["id"], "text": _text(rng, 10),
             "owner_kind": "unit", "owner_name": rng.choice(["Ana", "Ben", "Chloé"]),
             "owner_office_holder_id": None, "owner_state_id": None, "owner_contact_id": None,
             "due_on": TODAY + timedelta(days=rng.randint(-400, 400)), "agenda_item_id": None,
             "decision_id": None, "status": rng.choice(["open", "in_progress", "done"]),
             "closed_on": None, "closing_note": "", "carried_to_meeting_id": None}
            for _ in range(int(50_000 * scale))
        ]  # fmt: skip
        for point in points:
            if point["status"] == "done":
                point["closed_on"] = point["due_on"]
        repo.insert_many(session, "action_points", points)
    return db, big


def bare_first_page(path: Path) -> Any:
    with sqlite3.connect(path) as conn:
        return conn.execute(
            "SELECT a.*, m.code, m.title FROM action_points a "
            "JOIN meetings m ON m.id = a.meeting_id "
            "ORDER BY (a.status IN ('open','in_progress') AND a.due_on < ?) DESC, "
            "a.due_on IS NULL, a.due_on, a.id LIMIT 100",
            (TODAY.isoformat(),),
        ).fetchall()


def bare_search(path: Path, match: str = '"cote"* "ivoir"*') -> Any:
    with sqlite3.connect(path) as conn:
        return conn.execute(
            "SELECT k.kind, k.record_id, snippet(meetings_fts, 0, '[', ']', '…', 16) "
            "FROM meetings_fts JOIN meeting_search_rows k ON k.id = meetings_fts.rowid "
            "WHERE meetings_fts MATCH ? ORDER BY rank LIMIT 50",
            (match,),
        ).fetchall()


def bare_participants(path: Path, meeting_id: str) -> bytes:
    """The same people from bare SQL, one bare table per category, delegations A to Z."""
    with sqlite3.connect(path) as conn:
        rows = conn.execute(
            "SELECT p.category, s.name, c.title || ' ' || c.name, c.position FROM participants p "
            "JOIN contacts c ON c.id = p.contact_id JOIN states s ON s.id = p.delegation_state_id "
            "WHERE p.meeting_id = ? ORDER BY p.category, s.name, c.name",
            (meeting_id,),
        ).fetchall()
    style = getSampleStyleSheet()["Heading2"]
    story: list[Any] = []
    for category in DelegationCategory:
        mine = [list(row[1:]) for row in rows if row[0] == category.value]
        if mine:
            story.append(Paragraph(category.label, style))
            table = Table([["Delegation", "Name", "Position"], *mine], repeatRows=1)
            table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), BARE_FONT, 8.5)]))
            story.append(table)
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


def timed(fn: Callable[[], Any], repeats: int) -> float:
    """Best wall time in seconds of ``repeats`` runs (the machine is shared)."""
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - started)
    return best


def report_ms(label: str, ours: float, base: float, baseline: str = "bare SQL") -> None:
    verdict = "PASS" if ours * 1000 < GOAL_MS else "MISS"
    print(
        f"  {label}: {ours * 1000:.1f} ms; {baseline} {base * 1000:.1f} ms "
        f"({ours / base:.1f}x); goal under {GOAL_MS:.0f} ms: {verdict}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a tenth of the rows")
    scale = 0.1 if parser.parse_args().quick else 1.0
    pdfmetrics.registerFont(TTFont(BARE_FONT, str(fonts_dir() / "DejaVuSans.ttf")))
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        db, big = build(Path(folder), scale)
        print(
            f"bench_meetings: {int(2000 * scale):,} meetings, {int(200_000 * scale):,} "
            f"participants, {int(50_000 * scale):,} action points "
            f"(built in {time.perf_counter() - started:.1f} s)"
        )
        minutes, meetings = MinutesService(db, lambda: TODAY), MeetingsService(db)
        report_ms(
            "action points view, first page",
            timed(lambda: minutes.action_points(limit=100), 5),
            timed(lambda: bare_first_page(db.path), 5),
        )
        report_ms(
            "full-text search keystroke",
            timed(lambda: meetings.search("cote ivoir"), 5),
            timed(lambda: bare_search(db.path), 5),
        )
        report_ms(
            "full-text search, first letter typed",
            timed(lambda: meetings.search("c"), 5),
            timed(lambda: bare_search(db.path, '"c"*'), 5),
        )
        build_pdf = REPORTS["participants"].build
        build_pdf(db, {"meeting": big})  # warm up: fonts, imports
        ours = timed(lambda: build_pdf(db, {"meeting": big}), 3)
        base = timed(lambda: bare_participants(db.path, big), 3)
        verdict = "PASS" if ours / base <= PDF_GOAL else "MISS"
        print(
            f"  participants PDF ({BIG_MEETING:,} people): {ours * 1000:.0f} ms; bare SQL + "
            f"reportlab tables {base * 1000:.0f} ms; ratio {ours / base:.2f}x; "
            f"goal at most {PDF_GOAL}x: {verdict}"
        )
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
