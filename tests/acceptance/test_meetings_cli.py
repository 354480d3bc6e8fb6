"""The Meetings commands as a user runs them: listings as text and JSON, the
registration import previewed then confirmed, reports of a meeting, the
calendar file, and plain errors with exit codes 1 and 2."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from isu_desk.cli import main

Captured = pytest.CaptureFixture[str]


def run(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), *args])


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("meetings") / "data"
    assert run(data, "init", "--workstation-name", "Geneva desk") == 0
    assert run(data, "demo") == 0
    return data


def test_meetings_lists_by_year_and_kind_as_text_and_json(demo: Path, capsys: Captured) -> None:
    capsys.readouterr()
    assert run(demo, "meetings", "--kind", "msp", "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert {m["kind"] for m in listed} == {"msp"}
    assert "13MSP" in [m["code"] for m in listed]
    assert run(demo, "meetings", "--year", "2025") == 0
    lines = capsys.readouterr().out.splitlines()
    assert any("13MSP" in line for line in lines)
    assert all("2025-" in line for line in lines[:-1]) and lines[-1].endswith("meetings")


def test_action_points_overdue_and_by_owner(demo: Path, capsys: Captured) -> None:
    capsys.readouterr()
    assert run(demo, "action-points", "--json") == 0
    every = json.loads(capsys.readouterr().out)
    assert run(demo, "action-points", "--overdue", "--json") == 0
    overdue = json.loads(capsys.readouterr().out)
    assert overdue and all(p["overdue"] for p in overdue)
    assert len(overdue) < len(every)
    flags = [p["overdue"] for p in every]
    assert flags == sorted(flags, reverse=True)  # overdue first
    owner = every[0]["owner"]
    assert run(demo, "action-points", "--owner", owner.upper()) == 0
    shown = capsys.readouterr().out.splitlines()
    assert shown[:-1] and all(f"  {owner}  " in line for line in shown[:-1])


def test_registration_import_previews_then_imports_only_with_confirm(
    demo: Path, tmp_path: Path, capsys: Captured
) -> None:
    registrations = tmp_path / "registrations.csv"
    registrations.write_text(
        "Name,Given name,Title,Delegation,E-mail\n"
        "Kowalczyk,Zofia,Ms.,GERMANY,z.kowalczyk@example.org\n"
        "Ndiaye,Awa,Ms.,Côte d’Ivoire,a.ndiaye@example.org\n",
        encoding="utf-8",
    )
    capsys.readouterr()
    assert run(demo, "import", "participants", "--meeting", "13msp", str(registrations)) == 0
    preview = capsys.readouterr().out
    assert "2 new to the Directory" in preview and "Zofia Kowalczyk" in preview
    assert "--confirm" in preview
    arguments = ("import", "participants", "--meeting", "13MSP", str(registrations), "--confirm")
    assert run(demo, *arguments) == 0
    assert "2 participants added, 2 new contacts" in capsys.readouterr().out
    assert run(demo, *arguments) == 0  # twice: nothing is duplicated
    assert "0 participants added, 0 new contacts, 2 already listed" in capsys.readouterr().out


def test_registration_errors_are_plain(demo: Path, tmp_path: Path, capsys: Captured) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("Name,Given name,Title,Delegation,E-mail\nX,Y,,Atlantis,\n", encoding="utf-8")
    capsys.readouterr()
    assert run(demo, "import", "participants", "--meeting", "99MSP", str(bad)) == 1
    assert "no meeting “99MSP”" in capsys.readouterr().err
    assert run(demo, "import", "participants", "--meeting", "13MSP", str(bad)) == 1
    err = capsys.readouterr().err
    assert "line 2" in err and "Traceback" not in err
    with pytest.raises(SystemExit) as usage:
        run(demo, "import", "contacts", "--meeting", "13MSP", str(bad))
    assert usage.value.code == 2


def test_reports_of_a_meeting_and_of_an_owner(demo: Path, tmp_path: Path) -> None:
    for name in ("participants", "minutes", "decisions", "documents"):
        target = tmp_path / f"{name}.pdf"
        assert run(demo, "report", name, "--meeting", "13MSP", "-o", str(target)) == 0
        assert "13MSP" in "".join(p.extract_text() for p in PdfReader(target).pages)
    tracker = tmp_path / "tracker.pdf"
    assert run(demo, "report", "action-points", "--owner", "Ana", "-o", str(tracker)) == 0
    assert "Owner: Ana" in PdfReader(tracker).pages[0].extract_text()
    with pytest.raises(SystemExit) as usage:
        run(demo, "report", "minutes", "-o", str(tmp_path / "x.pdf"))
    assert usage.value.code == 2


def test_export_calendar_writes_meetings_and_due_dates(demo: Path, tmp_path: Path) -> None:
    target = tmp_path / "meetings.ics"
    assert run(demo, "export", "calendar", "-o", str(target)) == 0
    calendar = Calendar.from_ical(target.read_bytes())
    summaries = [str(event.get("summary")) for event in calendar.walk("VEVENT")]
    assert any("Thirteenth Meeting of States Parties" in s for s in summaries)
    assert any(s.startswith("Due: ") for s in summaries)
    with pytest.raises(SystemExit) as usage:
        run(demo, "export", "calendar")
    assert usage.value.code == 2


def test_generic_participants_export_still_works(demo: Path, capsys: Captured) -> None:
    capsys.readouterr()
    assert run(demo, "export", "participants", "--format", "json") == 0
    rows = json.load(io.StringIO(capsys.readouterr().out))
    assert rows and "meeting_id" in rows[0]


def test_history_of_an_action_point_closed_from_the_command_line_service(
    demo: Path, capsys: Captured
) -> None:
    from isu_desk.capabilities.meetings.services.minutes import MinutesService
    from isu_desk.services.workstation import open_data_folder

    capsys.readouterr()
    assert run(demo, "action-points", "--overdue", "--json") == 0
    point = json.loads(capsys.readouterr().out)[0]
    database = open_data_folder(demo)
    try:
        MinutesService(database).mark_done(point["id"], note="Sent").unwrap()
    finally:
        database.close()
    assert run(demo, "history", "action-points", point["id"], "--json") == 0
    changes = json.loads(capsys.readouterr().out)
    changed = {(c["field"], c["new"]) for c in changes}
    assert ("status", "done") in changed and ("closing_note", "Sent") in changed
