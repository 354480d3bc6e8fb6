"""Exports no spreadsheet runs, imports that refuse what is ambiguous, no control characters."""

from __future__ import annotations

import csv
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook

from isu_desk.capabilities.contributions.domain.records import BudgetLine
from isu_desk.capabilities.contributions.services import transfer as contributions_io
from isu_desk.capabilities.contributions.services.service import ContributionsService
from isu_desk.capabilities.directory.domain import Contact, Organisation
from isu_desk.capabilities.directory.services import transfer as directory_io
from isu_desk.capabilities.directory.services.service import DirectoryService
from isu_desk.domain.listing import ListQuery
from isu_desk.services.workstation import init_workstation, open_data_folder
from isu_desk.storage.database import Database

NAME = '=HYPERLINK("http://evil.example","Click")'
POSITION = "+cmd|' /C calc'!A0"
PHONE = "@SUM(1+1)"


def _messages(result: object) -> list[str]:
    return [str(error) for error in result.errors]  # type: ignore[attr-defined]


def test_directory_csv_export_is_not_run_by_a_spreadsheet_and_reimports_the_same(
    database: Database, directory: DirectoryService, tmp_path: Path
) -> None:
    org = directory.save(Organisation(id="", name=NAME, phone=PHONE)).unwrap()
    directory.save(Contact(id="", name="Ana", position=POSITION, organisation_id=org.id)).unwrap()
    for kind in ("organisations", "contacts"):
        directory_io.write_export(database, kind, "csv", tmp_path / f"{kind}.csv")
    with (tmp_path / "organisations.csv").open(encoding="utf-8-sig", newline="") as handle:
        cells = [cell for row in csv.reader(handle) for cell in row]
    assert f"'{NAME}" in cells and f"'{PHONE}" in cells and NAME not in cells
    ana = directory.page("contacts", ListQuery())[0]
    directory.save(Organisation(id=org.id, name="changed since")).unwrap()
    contact = directory.get(Contact, ana["id"])
    directory.save(replace(contact, position="changed too")).unwrap()
    for kind in ("organisations", "contacts"):  # the export read back: the same values
        assert directory_io.import_file(database, kind, tmp_path / f"{kind}.csv").ok
    assert directory.get(Organisation, org.id).name == NAME
    assert directory.get(Organisation, org.id).phone == PHONE
    assert directory.get(Contact, ana["id"]).position == POSITION


def test_xlsx_text_cells_are_strings_and_reimport_the_same(
    database: Database, tmp_path: Path
) -> None:
    service = ContributionsService(database)
    line = BudgetLine(id="", year=2026, line=NAME, amount_chf=Decimal("100.00"), notes=POSITION)
    service.save_budget_line(line).unwrap()
    path = tmp_path / "budget.xlsx"
    contributions_io.write_export(database, "budget", "xlsx", path)
    sheet = load_workbook(path).active
    formulas = [c.coordinate for row in sheet.iter_rows() for c in row if c.data_type == "f"]
    assert formulas == [] and NAME in [c.value for row in sheet.iter_rows() for c in row]
    csv_path = tmp_path / "budget.csv"
    contributions_io.write_export(database, "budget", "csv", csv_path)
    with csv_path.open(encoding="utf-8", newline="") as handle:
        assert f"'{NAME}" in [cell for row in csv.reader(handle) for cell in row]
    other = open_data_folder(tmp_path / "other")
    try:
        init_workstation(other, "other")
        for source in (path, csv_path):
            assert contributions_io.import_file(other, "budget", source).ok, source.name
        [again] = ContributionsService(other).budget_lines()
        assert (again.line, again.notes) == (NAME, POSITION)
    finally:
        other.close()


PLEDGE_HEADER = "id,donor,fund,currency,total,pledged_on,years,notes\n"


def test_a_duplicate_column_is_refused(database: Database, tmp_path: Path) -> None:
    ContributionsService(database).ensure_default_funds()
    path = tmp_path / "pledges.csv"
    path.write_text(
        "id,donor,fund,currency,total,total,pledged_on,years\n"
        ",NOR,ISU core budget,NOK,1000,99,2025-01-15,2025\n",
        encoding="utf-8",
    )
    [message] = _messages(contributions_io.import_file(database, "pledges", path))
    assert "total appear more than once" in message


def test_an_unterminated_quote_is_refused_with_its_line(database: Database, tmp_path: Path) -> None:
    ContributionsService(database).ensure_default_funds()
    pledges = tmp_path / "pledges.csv"
    pledges.write_text(
        PLEDGE_HEADER + ',NOR,ISU core budget,NOK,1000,2025-01-15,2025,"fine"\n'
        ',AUT,ISU core budget,EUR,20,2025-01-15,2025,"never closed\n'
        ",BEL,ISU core budget,EUR,30,2025-01-15,2025,\n",
        encoding="utf-8",
    )
    [message] = _messages(contributions_io.import_file(database, "pledges", pledges))
    assert 'line 3: a quote (") is opened and never closed' in message
    contacts = tmp_path / "contacts.csv"
    contacts.write_text('name,position\nAna,"Director\nBen,Officer\n', encoding="utf-8")
    [message] = _messages(directory_io.import_file(database, "contacts", contacts))
    assert "line 2: a quote" in message
    assert DirectoryService(database).count("contacts") == 0


def test_semicolons_and_a_31_digit_amount(database: Database, tmp_path: Path) -> None:
    ContributionsService(database).ensure_default_funds()
    path = tmp_path / "pledges.csv"
    path.write_text(
        PLEDGE_HEADER.replace(",", ";") + ";NOR;ISU core budget;NOK;1000;2025-01-15;2025;\n",
        encoding="utf-8",
    )
    assert contributions_io.import_file(database, "pledges", path).unwrap().created == 1
    path.write_text(
        PLEDGE_HEADER + ",NOR,ISU core budget,NOK,1234567890123456789012345678901,2025-01-15,"
        "2025,\n",
        encoding="utf-8",
    )
    [message] = _messages(contributions_io.import_file(database, "pledges", path))
    assert message.startswith("line 2: total:") and "implausibly large" in message


def test_control_characters_are_refused_in_forms_and_imports(
    database: Database, directory: DirectoryService, tmp_path: Path
) -> None:
    result = directory.save(Organisation(id="", name="ICRC\x1b[31m"))
    assert [(e.field, e.message) for e in result.errors] == [
        ("name", "Name holds control characters (U+001B); remove them.")
    ]
    result = directory.save(Contact(id="", name="Ana", position="two\nlines"))
    assert [e.field for e in result.errors] == ["position"]
    assert directory.save(Contact(id="", name="Ana", notes="two\nlines\tfine")).ok
    budget = BudgetLine(id="", year=2026, line="Travel\x07", amount_chf=Decimal("1.00"))
    assert [e.field for e in ContributionsService(database).save_budget_line(budget).errors] == [
        "line"
    ]
    path = tmp_path / "organisations.csv"
    path.write_text("name,kind\nBell\x07 Org,other\n", encoding="utf-8")
    [message] = _messages(directory_io.import_file(database, "organisations", path))
    assert message.startswith("line 2") and "control characters (U+0007)" in message


def test_meetings_exports_are_safe_too_and_a_repeated_column_is_refused(
    database: Database, tmp_path: Path
) -> None:
    from datetime import date

    from isu_desk.capabilities.meetings.domain.records import ActionPoint, Meeting, MeetingKind
    from isu_desk.capabilities.meetings.services import files
    from isu_desk.capabilities.meetings.services.meetings import MeetingsService

    meetings = MeetingsService(database)
    cc = meetings.save(
        Meeting("", MeetingKind.COORDINATION_COMMITTEE, "CC", date(2025, 3, 1))
    ).unwrap()
    point = meetings.save(ActionPoint("", cc.id, NAME, owner_name=PHONE)).unwrap()
    path = tmp_path / "points.csv"
    files.write_export(database, "action-points", "csv", path)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        cells = [cell for row in csv.reader(handle) for cell in row]
    assert f"'{NAME}" in cells and f"'{PHONE}" in cells and NAME not in cells
    assert files.import_file(database, "action-points", path).unwrap().unchanged == 1
    xlsx = tmp_path / "points.xlsx"
    files.write_export(database, "action-points", "xlsx", xlsx)
    sheet = load_workbook(xlsx).active
    assert [c for row in sheet.iter_rows() for c in row if c.data_type == "f"] == []
    assert NAME in [c.value for row in sheet.iter_rows() for c in row]
    twice = tmp_path / "twice.csv"
    twice.write_text(f"meeting_id,text,text\n{cc.id},A,B\n", encoding="utf-8")
    [message] = _messages(files.import_file(database, "action-points", twice))
    assert "text appear more than once" in message
    assert [row["id"] for row in files.export_rows(database, "action-points")[1]] == [point.id]


def test_a_list_exported_as_csv_keeps_numbers_and_neutralises_formulas(tmp_path: Path) -> None:
    from isu_desk.services.table_export import write_table

    path = write_table(
        tmp_path / "list.csv", ["Name", "Amount", "Phone"], [[NAME, "-1,250.00", "+41 22 730"]]
    )
    with path.open(encoding="utf-8-sig", newline="") as handle:
        [_header, row] = list(csv.reader(handle))
    assert row == [f"'{NAME}", "-1,250.00", "'+41 22 730"]


def test_meetings_refuse_control_characters_but_minutes_keep_their_lines(
    database: Database,
) -> None:
    from datetime import date

    from isu_desk.capabilities.meetings.domain.records import ActionPoint, Meeting, MeetingKind
    from isu_desk.capabilities.meetings.services.meetings import MeetingsService

    meetings = MeetingsService(database)
    kind = MeetingKind.COORDINATION_COMMITTEE
    refused = meetings.save(Meeting("", kind, "CC\x1b[2J", date(2025, 3, 1)))
    assert [e.field for e in refused.errors] == ["title"]
    cc = meetings.save(Meeting("", kind, "CC", date(2025, 3, 1), notes="one\ntwo")).unwrap()
    assert meetings.save(ActionPoint("", cc.id, "Write\nthe note", owner_name="Ana")).ok
    refused = meetings.save(ActionPoint("", cc.id, "Ring\x07", owner_name="Ana\nBen"))
    assert sorted(e.field for e in refused.errors) == ["owner_name", "text"]
