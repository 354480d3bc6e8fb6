"""Import/export of meetings records (CSV, JSON, xlsx; all or nothing) and the .ics calendar."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from icalendar import Calendar
from tests.capabilities.meetings.conftest import add_cc

from isu_desk.capabilities.meetings.domain.records import (
    ActionPoint,
    ActionStatus,
    Document,
    MinutesStatus,
)
from isu_desk.capabilities.meetings.services import files
from isu_desk.capabilities.meetings.services.calendar import calendar_bytes
from isu_desk.capabilities.meetings.services.meetings import MeetingsService
from isu_desk.capabilities.meetings.services.minutes import MinutesService
from isu_desk.storage.database import Database


def test_documents_import_by_meeting_code_and_refuse_the_whole_file_for_one_bad_line(
    database: Database, meetings: MeetingsService, tmp_path: Path
) -> None:
    path = tmp_path / "documents.csv"
    path.write_text(
        "meeting_id,symbol,title,languages,issued_on\n"
        '12MSP,CCM/MSP/2024/1,Provisional agenda,"en,fr,es",2024-06-01\n'
        "12MSP,CCM/MSP/2024/1,Same symbol again,en,\n"
        "12MSP,CCM/MSP/2024/WP1,Working paper,en,1 June\n",
        encoding="utf-8",
    )
    result = files.import_file(database, "documents", path)
    assert [str(e) for e in result.errors] == [
        "line 3: symbol: CCM/MSP/2024/1 is already “Provisional agenda”.",
        "line 4: issued_on: “1 June” is not a date; write it as YYYY-MM-DD (2025-04-30).",
    ]
    msp = meetings.find_meeting("12MSP")
    assert msp is not None and meetings.documents(msp.id) == []  # nothing half-written
    path.write_text(
        'meeting_id,symbol,title,languages\n12MSP,ccm/msp/2024/1,Provisional agenda,"en,fr"\n',
        encoding="utf-8",
    )
    assert files.import_file(database, "documents", path).unwrap().created == 1
    assert [d.symbol for d in meetings.documents(msp.id)] == ["CCM/MSP/2024/1"]


@pytest.mark.parametrize("fmt", files.FORMATS)
def test_an_export_imports_again_unchanged(
    database: Database, meetings: MeetingsService, tmp_path: Path, fmt: str
) -> None:
    cc = add_cc(meetings, date(2025, 3, 1))
    meetings.save(
        ActionPoint("", cc.id, "Send the note verbale", owner_name="Ana", due_on=date(2025, 4, 1))
    ).unwrap()
    path = tmp_path / f"points.{fmt}"
    assert files.write_export(database, "action-points", fmt, path) == 1
    summary = files.import_file(database, "action-points", path).unwrap()
    assert (summary.created, summary.updated, summary.unchanged) == (0, 0, 1)
    meetings_path = tmp_path / f"meetings.{fmt}"
    files.write_export(database, "meetings", fmt, meetings_path)
    unchanged = files.import_file(database, "meetings", meetings_path).unwrap().unchanged
    assert unchanged == len(meetings.meetings()) == 24


def test_an_import_cannot_change_approved_minutes(
    database: Database, meetings: MeetingsService, minutes: MinutesService, tmp_path: Path
) -> None:
    cc = add_cc(meetings, date(2025, 3, 1))
    item = meetings.agenda(cc.id)[1]
    minutes.write(cc.id, item.id, "Approved text.")
    minutes.set_status(cc.id, MinutesStatus.APPROVED, date(2025, 4, 1)).unwrap()
    stream = io.StringIO()
    files.write_export(database, "minutes", "csv", stream)
    path = tmp_path / "minutes.csv"
    path.write_text(stream.getvalue().replace("Approved text.", "Changed."), encoding="utf-8")
    result = files.import_file(database, "minutes", path)
    assert "line 2: text: These minutes are approved" in str(result.errors[0])
    assert minutes.items(cc.id)[1].entry.text == "Approved text."  # type: ignore[union-attr]


def test_a_file_with_unknown_columns_is_refused_plainly(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    path.write_text("kind,title,start,start_date\nmsp,X,1,2026-09-01\n", encoding="utf-8")
    assert "Unknown column(s) 'start'" in str(
        files.import_file(database, "meetings", path).errors[0]
    )


def test_the_calendar_holds_meetings_and_open_due_dates(
    database: Database, meetings: MeetingsService
) -> None:
    cc = add_cc(meetings, date(2025, 11, 3))
    meetings.save(
        ActionPoint("", cc.id, "Draft letter", owner_name="Ana", due_on=date(2025, 12, 1))
    )
    meetings.save(
        ActionPoint("", cc.id, "Closed one", owner_name="Ana", due_on=date(2025, 12, 2),
                    status=ActionStatus.DONE, closed_on=date(2025, 11, 4))
    )  # fmt: skip
    meetings.save(Document("", cc.id, "CCM/MSP/2025/1", "Agenda"))
    data = calendar_bytes(
        database, since=date(2025, 9, 1), now=lambda: datetime(2025, 10, 1, tzinfo=UTC)
    )
    events = Calendar.from_ical(data).walk("VEVENT")
    summaries = {str(e["summary"]): e for e in events}
    assert set(summaries) == {
        "13MSP Thirteenth Meeting of States Parties",
        cc.title,
        "Due: Draft letter",
    }
    msp = summaries["13MSP Thirteenth Meeting of States Parties"]
    assert (msp["dtstart"].dt, msp["dtend"].dt) == (date(2025, 9, 16), date(2025, 9, 20))
    assert str(msp["location"]) == "Geneva, CHE"
    assert "owner: Ana" in str(summaries["Due: Draft letter"]["description"])
