"""A calendar file (.ics, RFC 5545) of meetings and open action points' due dates.

Written with the ``icalendar`` library, so Outlook and Thunderbird import it.
Every event is all-day (meetings span their days; a due date is one day),
and its UID is the record's id, so importing a newer file updates the events
instead of duplicating them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from icalendar import Calendar, Event

from isu_desk.capabilities.meetings.domain.records import ActionStatus
from isu_desk.capabilities.meetings.services.meetings import MeetingsService
from isu_desk.capabilities.meetings.services.minutes import MinutesService
from isu_desk.storage.database import Database

PRODUCT = "-//ISU Desk//Meetings//EN"
UID_DOMAIN = "isu-desk"


def _event(uid: str, summary: str, first: date, last: date, stamp: datetime) -> Event:
    event = Event()
    event.add("uid", f"{uid}@{UID_DOMAIN}")
    event.add("dtstamp", stamp)
    event.add("summary", summary)
    event.add("dtstart", first)
    event.add("dtend", last + timedelta(days=1))  # all-day events end the day after
    event.add("transp", "TRANSPARENT")
    return event


def calendar_bytes(
    database: Database, since: date | None = None, now: Callable[[], datetime] | None = None
) -> bytes:
    """The calendar: meetings ending on or after ``since`` (all when None) and the due
    dates of open action points."""
    stamp = (now or (lambda: datetime.now(UTC)))()
    meetings = MeetingsService(database)
    calendar = Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "ISU meetings and action points")
    for meeting in meetings.meetings():
        if since is not None and meeting.last_day < since:
            continue
        event = _event(
            meeting.id, meeting.display_name, meeting.start_date, meeting.last_day, stamp
        )
        place = ", ".join(part for part in (meeting.city, meeting.country_iso3) if part)
        if place:
            event.add("location", place)
        event.add("categories", [meeting.kind.label])
        calendar.add_component(event)
    open_statuses = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
    for row in MinutesService(database).action_points(statuses=open_statuses):
        due = row.point.due_on
        if due is None:
            continue
        event = _event(row.point.id, f"Due: {row.point.text}", due, due, stamp)
        source = row.meeting_code or row.meeting_title
        event.add("description", f"Action point of {source}; owner: {row.owner or 'unassigned'}.")
        event.add("categories", ["Action point"])
        calendar.add_component(event)
    return bytes(calendar.to_ical())


def write_calendar(database: Database, path: Path, since: date | None = None) -> int:
    """Write the calendar file; returns the number of events."""
    data = calendar_bytes(database, since)
    path.write_bytes(data)
    return data.count(b"BEGIN:VEVENT")
