"""The past formal meetings, seeded at ``init`` from ``resources/ccm_meetings.csv``.

Ids are name-based (from the meeting's code), like the States', so every
workstation seeds the *same* records and sync merges them instead of
duplicating. Meetings already present (by id) are left as the user keeps them.
"""

from __future__ import annotations

import csv
from datetime import date

from isu_desk.capabilities.meetings.domain.records import (
    FORMAL_KINDS,
    Meeting,
    MeetingFormat,
    MeetingKind,
    MeetingStatus,
)
from isu_desk.capabilities.meetings.services import checks
from isu_desk.capabilities.meetings.storage import repo
from isu_desk.domain.ids import seed_id
from isu_desk.paths import resources_dir
from isu_desk.storage.database import Database

MEETINGS_FILE = "ccm_meetings.csv"
_FORMATS = {
    "in-person": MeetingFormat.IN_PERSON,
    "hybrid": MeetingFormat.HYBRID,
    "virtual": MeetingFormat.ONLINE,
    "online": MeetingFormat.ONLINE,
}


def meeting_id(code: str) -> str:
    """The name-based id of a seeded meeting (13MSP → the same UUID everywhere)."""
    return seed_id("meeting", code)


def curated_meetings(today: date) -> list[Meeting]:
    """The meetings of the curated list; past ones are held (formal ones adopted their report)."""
    path = resources_dir() / MEETINGS_FILE
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    meetings = []
    for row in rows:
        start = date.fromisoformat(row["start_date"])
        end = date.fromisoformat(row["end_date"]) if row["end_date"] else None
        past = (end or start) < today
        kind = MeetingKind(row["kind"])
        done = MeetingStatus.REPORT_ADOPTED if kind in FORMAL_KINDS else MeetingStatus.HELD
        meetings.append(
            Meeting(
                id=meeting_id(row["code"]),
                kind=kind,
                title=row["name"],
                start_date=start,
                end_date=end,
                code=row["code"],
                city=row["city"],
                country_iso3=row["country_iso3"],
                format=_FORMATS.get(row["format"]),
                status=done if past else MeetingStatus.PLANNED,
                notes=f"Source: {row['source']}" if row.get("source") else "",
            )
        )
    return meetings


def seed_meetings(database: Database, today: date | None = None) -> int:
    """Add the curated meetings that are missing; returns how many were added."""
    day = today or date.today()
    added = 0
    with database.transaction() as session:
        context = checks.Context(day, checks.symbol_prefix(session))
        for meeting in curated_meetings(day):
            if repo.get(session, "meetings", meeting.id) is not None:
                continue
            if not checks.check(session, meeting, context):
                checks.write(session, meeting)
                added += 1
    return added
