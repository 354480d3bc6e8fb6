"""Meetings' printed reports: what each needs from the database, and their catalogue.

``REPORTS`` has the same shape as :data:`isu_desk.services.reports.REPORTS`
(name → :class:`ReportSpec`), so the report catalogue, the CLI's ``report``
and the Reports window list them once this module is registered. reportlab
is only imported when a report is rendered.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from isu_desk.capabilities.declaration import QT_TRANSLATE_NOOP
from isu_desk.capabilities.meetings.domain.records import (
    FORMAL_KINDS,
    ActionStatus,
    Attendance,
    DecisionKind,
    DelegationCategory,
    Meeting,
    Minutes,
    MinutesStatus,
)
from isu_desk.capabilities.meetings.services.meetings import MeetingsService
from isu_desk.capabilities.meetings.services.minutes import ActionRow, MinutesService
from isu_desk.capabilities.meetings.storage import repo
from isu_desk.domain.errors import DataError
from isu_desk.domain.text import fold
from isu_desk.services.reports import ReportSpec, report_meta
from isu_desk.storage.database import Database


def find_meeting(database: Database, options: Mapping[str, str]) -> Meeting:
    """The meeting named by the ``meeting`` option (a code such as 13MSP, or an id)."""
    given = str(options.get("meeting", "")).strip()
    meeting = MeetingsService(database).find_meeting(given)
    if meeting is None:
        raise DataError(f"There is no meeting “{given}”; give its code (13MSP) or its id.")
    return meeting


def _place(meeting: Meeting) -> str:
    return ", ".join(part for part in (meeting.city, meeting.country_iso3) if part)


def attendees(database: Database, meeting_id: str) -> list[Any]:
    from isu_desk.capabilities.meetings.reports.participants import Attendee

    with database.read() as session:
        rows = repo.participant_rows(session, meeting_id)
    found = []
    for row in rows:
        delegation = row["state_name"] or _organisation(row)
        found.append(
            Attendee(
                DelegationCategory(row["category"]),
                delegation,
                row["title"],
                row["name"],
                row["position"],
                bool(row["head_of_delegation"]),
            )
        )
    return found


def _organisation(row: Mapping[str, Any]) -> str:
    name, acronym = row["organisation_name"] or "", row["acronym"] or ""
    return f"{name} ({acronym})" if acronym and acronym != name else name


def _participants(database: Database, options: Mapping[str, str]) -> bytes:
    from isu_desk.capabilities.meetings.reports import minutes, participants

    meeting = find_meeting(database, options)
    subtitle = f"{meeting.display_name}, {minutes.date_span(meeting.start_date, meeting.end_date)}"
    meta = report_meta(database, participants.TITLE, subtitle=f"{subtitle}, {_place(meeting)}")
    return participants.participants_report(attendees(database, meeting.id), meta)


def _action_lines(rows: list[ActionRow]) -> tuple[Any, ...]:
    from isu_desk.capabilities.meetings.reports.lists import ActionLine

    return tuple(
        ActionLine(
            row.point.text,
            row.owner,
            row.point.due_on,
            row.point.status.label,
            row.overdue,
            row.meeting_code or row.meeting_title,
        )
        for row in rows
    )


def _previous_minutes(database: Database, meeting: Meeting) -> str:
    if meeting.kind in FORMAL_KINDS:
        return ""
    with database.read() as session:
        row = repo.get(session, "meetings", meeting.id)
        previous = repo.neighbour(session, row, later=False) if row is not None else None
        if previous is None:
            return "There were no previous minutes to approve."
        minutes = MinutesService(database).minutes(previous.id)
        when = previous.start_date
    from isu_desk.reports.letterhead import long_date

    if minutes.status is not MinutesStatus.APPROVED or minutes.approved_on is None:
        return f"The minutes of the meeting of {long_date(when)} are not yet approved."
    if minutes.approved_at_meeting_id == meeting.id:
        return f"The minutes of the meeting of {long_date(when)} were approved."
    approved = long_date(minutes.approved_on)
    return f"The minutes of the meeting of {long_date(when)} were approved on {approved}."


def minutes_document(database: Database, meeting: Meeting) -> Any:
    """Everything the minutes of ``meeting`` print, gathered from the database."""
    from isu_desk.capabilities.meetings.reports import minutes as form

    service = MinutesService(database)
    names = MeetingsService(database).names()
    people = attendees_by_attendance(database, meeting.id)
    rows = service.action_points(meeting_id=meeting.id)
    arising = service.action_points(carried_to=meeting.id)
    status = service.minutes(meeting.id)
    return form.MinutesDocument(
        meeting=meeting.display_name,
        dates=form.date_span(meeting.start_date, meeting.end_date),
        place=_place(meeting),
        chair=names.get(meeting.chair_office_holder_id or meeting.chair_contact_id or "", ""),
        status=_minutes_status(status),
        present=people.get(Attendance.PRESENT, ()),
        apologies=people.get(Attendance.APOLOGIES, ()),
        previous_minutes=_previous_minutes(database, meeting),
        sections=tuple(
            form.MinutesSection(
                i.item.number,
                i.item.title,
                i.entry.text if i.entry else "",
                tuple(
                    form.MinutesCorrectionText(c.corrected_on, c.reason, c.approved_text)
                    for c in i.corrections
                ),
            )
            for i in service.items(meeting.id)
        ),
        decisions=tuple((d.number, d.text) for d in service.decisions(meeting.id)),
        action_points=_action_lines(rows),
        matters_arising=_action_lines(arising),
    )


def _minutes_status(minutes: Minutes) -> str:
    from isu_desk.reports.letterhead import long_date

    if minutes.status is MinutesStatus.APPROVED and minutes.approved_on:
        return f"Approved on {long_date(minutes.approved_on)}"
    if minutes.status is MinutesStatus.CIRCULATED and minutes.circulated_on:
        return f"Draft circulated on {long_date(minutes.circulated_on)}"
    return "Draft, not yet circulated"


def attendees_by_attendance(database: Database, meeting_id: str) -> dict[str, tuple[str, ...]]:
    """ "Name (Delegation)" of each participant, by attendance."""
    with database.read() as session:
        rows = repo.participant_rows(session, meeting_id)
    found: dict[str, list[str]] = {}
    for row in sorted(rows, key=lambda r: fold(r["state_name"] or _organisation(r))):
        delegation = row["state_name"] or _organisation(row)
        found.setdefault(row["attendance"], []).append(f"{row['name']} ({delegation})")
    return {key: tuple(value) for key, value in found.items()}


def _minutes(database: Database, options: Mapping[str, str]) -> bytes:
    from isu_desk.capabilities.meetings.reports import minutes as form

    meeting = find_meeting(database, options)
    meta = report_meta(database, "Minutes", subtitle=meeting.display_name)
    return form.minutes_report(minutes_document(database, meeting), meta)


def _decisions(database: Database, options: Mapping[str, str]) -> bytes:
    from isu_desk.capabilities.meetings.reports import lists

    meeting = find_meeting(database, options)
    decisions = MinutesService(database).decisions(meeting.id)
    rows = [(d.number, _kind_label(d.kind), d.text) for d in decisions]
    meta = report_meta(database, "Decisions", subtitle=meeting.display_name)
    return lists.decisions_report(rows, meta)


def _kind_label(kind: DecisionKind) -> str:
    return kind.value.replace("_", " ").capitalize()


def _documents(database: Database, options: Mapping[str, str]) -> bytes:
    from isu_desk.capabilities.meetings.reports import lists

    meeting = find_meeting(database, options)
    docs = MeetingsService(database).documents(meeting.id)
    lines = [
        lists.DocumentLine(d.symbol, d.title, d.languages, d.status.value, d.issued_on)
        for d in docs
    ]
    meta = report_meta(database, "List of documents", subtitle=meeting.display_name)
    return lists.documents_report(lines, meta)


def _action_points(database: Database, options: Mapping[str, str]) -> bytes:
    from isu_desk.capabilities.meetings.reports import lists

    open_statuses = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
    rows = MinutesService(database).action_points(statuses=open_statuses)
    owner = fold(str(options.get("owner", "")))
    if owner:
        rows = [row for row in rows if owner in fold(row.owner)]
    subtitle = f"Owner: {options['owner']}" if owner else "Open action points of all meetings"
    meta = report_meta(database, "Action points by owner", subtitle=subtitle)
    return lists.tracker_report(_action_lines(rows), meta)


def _committee(database: Database, options: Mapping[str, str]) -> bytes:
    from isu_desk.capabilities.meetings.reports import lists
    from isu_desk.reports.letterhead import long_date, short_date

    text = str(options.get("date", "")).strip()
    try:
        day = date.fromisoformat(text) if text else date.today()
    except ValueError:
        raise DataError(f"“{text}” is not a date; write it as YYYY-MM-DD.") from None
    members = MeetingsService(database).committee_on(day)
    lines = [
        lists.CommitteeLine(
            (m.role.replace("_", " ").capitalize() + (f": {m.theme}" if m.theme else "")),
            m.state_name,
            m.contact_name,
            f"{short_date(m.term_start)} – {short_date(m.term_end) or 'open'}",
            m.elected_at,
        )
        for m in members
    ]
    meta = report_meta(database, "Coordination Committee", subtitle=f"As on {long_date(day)}")
    return lists.committee_report(lines, meta)


REPORTS: dict[str, ReportSpec] = {
    "participants": ReportSpec(
        "participants",
        QT_TRANSLATE_NOOP("Capabilities", "List of participants"),
        ("meeting",),
        _participants,
    ),
    "minutes": ReportSpec(
        "minutes", QT_TRANSLATE_NOOP("Capabilities", "Minutes of a meeting"), ("meeting",), _minutes
    ),
    "decisions": ReportSpec(
        "decisions",
        QT_TRANSLATE_NOOP("Capabilities", "Decisions of a meeting"),
        ("meeting",),
        _decisions,
    ),
    "documents": ReportSpec(
        "documents",
        QT_TRANSLATE_NOOP("Capabilities", "Documents of a meeting"),
        ("meeting",),
        _documents,
    ),
    "action-points": ReportSpec(
        "action-points",
        QT_TRANSLATE_NOOP("Capabilities", "Action points by owner"),
        (),
        _action_points,
        optional=("owner",),
    ),
    "committee": ReportSpec(
        "committee",
        QT_TRANSLATE_NOOP("Capabilities", "Coordination Committee composition"),
        (),
        _committee,
        optional=("date",),
    ),
}
