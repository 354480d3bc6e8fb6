"""Meetings commands: ``meetings``, ``action-points``, and two additions to the data commands.

``import participants FILE`` stays the transfer's import of the participants
export (its columns). With ``--meeting CODE_OR_ID`` the file is read as a
registration list instead (name, given name, title, delegation, e-mail): the
people it would create are listed, and nothing is written until the same
command is run again with ``--confirm``. ``export calendar -o FILE.ics`` writes
meetings and action-point due dates as an iCalendar file. Reports (participants,
minutes, decisions, documents, action-points) go through ``report``.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from isu_desk.capabilities.meetings.domain.records import ActionStatus, Meeting, MeetingKind
from isu_desk.cli.common import Handler, open_database_for, print_errors
from isu_desk.domain.errors import DataError
from isu_desk.domain.text import fold

if TYPE_CHECKING:  # the services (and the database code) load when a command runs
    from isu_desk.capabilities.meetings.services.minutes import ActionRow
    from isu_desk.capabilities.meetings.services.registration import RegistrationPreview


def _meeting_json(meeting: Meeting) -> dict[str, Any]:
    return {
        "id": meeting.id,
        "code": meeting.code,
        "kind": meeting.kind.value,
        "title": meeting.title,
        "start_date": meeting.start_date.isoformat(),
        "end_date": meeting.last_day.isoformat(),
        "city": meeting.city,
        "country": meeting.country_iso3,
        "status": meeting.status.value,
    }


def _meetings(args: argparse.Namespace) -> int:
    from isu_desk.capabilities.meetings.services.meetings import MeetingsService

    kind = MeetingKind(args.kind) if args.kind else None
    found = MeetingsService(open_database_for(args)).meetings(year=args.year, kind=kind)
    if args.json:
        print(json.dumps([_meeting_json(m) for m in found], indent=2, ensure_ascii=False))
        return 0
    for meeting in found:
        days = meeting.start_date.isoformat()
        if meeting.last_day != meeting.start_date:
            days += f"..{meeting.last_day.isoformat()}"
        place = ", ".join(p for p in (meeting.city, meeting.country_iso3) if p)
        print(f"{days}  {meeting.code or '-'}  {meeting.title}  {place}  {meeting.status.value}")
    print(f"{len(found)} meeting{'' if len(found) == 1 else 's'}")
    return 0


def _point_json(row: ActionRow) -> dict[str, Any]:
    point = row.point
    return {
        "id": point.id,
        "meeting": row.meeting_code or row.meeting_title,
        "text": point.text,
        "owner": row.owner,
        "due_on": point.due_on.isoformat() if point.due_on else None,
        "status": point.status.value,
        "closed_on": point.closed_on.isoformat() if point.closed_on else None,
        "overdue": row.overdue,
    }


def _action_points(args: argparse.Namespace) -> int:
    from isu_desk.capabilities.meetings.services.minutes import MinutesService

    statuses = (ActionStatus(args.status),) if args.status else ()
    rows = MinutesService(open_database_for(args)).action_points(
        statuses=statuses, overdue_only=args.overdue
    )
    if args.owner:
        wanted = fold(args.owner)
        rows = [row for row in rows if wanted in fold(row.owner)]
    if args.json:
        print(json.dumps([_point_json(r) for r in rows], indent=2, ensure_ascii=False))
        return 0
    for row in rows:
        due = row.point.due_on.isoformat() if row.point.due_on else "no date   "
        late = "  OVERDUE" if row.overdue else ""
        print(
            f"{due}  {row.meeting_code or row.meeting_title}  {row.owner or '-'}  "
            f"{row.point.status.value}  {row.point.text}{late}"
        )
    print(f"{len(rows)} action point{'' if len(rows) == 1 else 's'}")
    return 0


def _registration(args: argparse.Namespace) -> int:
    from isu_desk.capabilities.meetings.services.meetings import MeetingsService
    from isu_desk.capabilities.meetings.services.registration import (
        apply_registration,
        preview_registration,
    )

    if args.kind != "participants":
        args.import_parser.error("--meeting is only for “import participants”")
    database = open_database_for(args)
    meeting = MeetingsService(database).find_meeting(args.meeting)
    if meeting is None:
        raise DataError(f"There is no meeting “{args.meeting}”; give its code (13MSP) or its id.")
    found = preview_registration(database, meeting.id, Path(args.file))
    if not found.ok:
        lines = [str(error) for error in found.errors]
        return print_errors([*lines, f"Nothing was imported from {args.file}."])
    preview = found.unwrap()
    if not args.confirm:
        _print_preview(preview, meeting, args.file)
        return 0
    summary = apply_registration(database, preview)
    if not summary.ok:
        return print_errors([*(str(e) for e in summary.errors), "Nothing was imported."])
    done = summary.unwrap()
    print(
        f"{meeting.display_name}: {done.participants_added} participants added, "
        f"{done.contacts_created} new contacts, {done.already_listed} already listed."
    )
    return 0


def _print_preview(preview: RegistrationPreview, meeting: Meeting, file: str) -> None:
    new = preview.new_people
    listed = sum(1 for line in preview.lines if line.listed)
    print(
        f"{file}: {len(preview.lines)} people for {meeting.display_name}; "
        f"{listed} already listed, {len(new)} new to the Directory."
    )
    for line in new:
        print(f"  new: line {line.line}  {line.name}  {line.delegation}  {line.email}")
    print("Nothing was written. Run the same command with --confirm to import.")


def _calendar(args: argparse.Namespace) -> int:
    from isu_desk.capabilities.meetings.services.calendar import write_calendar

    if not args.output:
        args.export_parser.error("export calendar needs -o FILE.ics")
    count = write_calendar(open_database_for(args), Path(args.output))
    print(f"Exported {count} events (meetings and action-point due dates) to {args.output}.")
    return 0


def _branch(
    parser: argparse.ArgumentParser,
    when: Handler,
    applies: Callable[[argparse.Namespace], bool],
    name: str,
) -> None:
    """Run ``when`` instead of ``parser``'s own handler for the arguments ``applies`` to."""
    generic: Handler = parser.get_default("handler")

    def handler(args: argparse.Namespace) -> int:
        return when(args) if applies(args) else generic(args)

    parser.set_defaults(handler=handler, **{name: parser})


def _extend_data_commands(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    """``import participants --meeting`` and ``export calendar`` (on the core's parsers)."""
    imp = subparsers.choices["import"]
    imp.add_argument("--meeting", metavar="CODE_OR_ID", help="read FILE as a registration list")
    imp.add_argument("--confirm", action="store_true", help="with --meeting: write the import")
    _branch(imp, _registration, lambda args: bool(args.meeting), "import_parser")
    exp = subparsers.choices["export"]
    kind = next(action for action in exp._actions if action.dest == "kind")
    assert isinstance(kind.choices, list)
    kind.choices.append("calendar")
    kind.help = f"{kind.help}, calendar (.ics of meetings and due dates)"
    _branch(exp, _calendar, lambda args: args.kind == "calendar", "export_parser")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``meetings`` and ``action-points``; extend ``import`` and ``export``."""
    listing = subparsers.add_parser("meetings", help="list meetings, newest first")
    listing.add_argument("--year", type=int, help="meetings starting in this year")
    listing.add_argument("--kind", choices=[k.value for k in MeetingKind])
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=_meetings)
    points = subparsers.add_parser(
        "action-points", help="action points of all meetings, overdue first"
    )
    points.add_argument("--overdue", action="store_true", help="only those past their due date")
    points.add_argument("--owner", metavar="X", help="owner's name (part of it; accents ignored)")
    points.add_argument("--status", choices=[s.value for s in ActionStatus])
    points.add_argument("--json", action="store_true", help="print JSON")
    points.set_defaults(handler=_action_points)
    _extend_data_commands(subparsers)
