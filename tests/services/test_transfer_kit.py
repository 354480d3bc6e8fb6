"""The shared import/export pipeline: every kind reads CSV, JSON and xlsx the same way."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from openpyxl import Workbook

from isu_desk.capabilities.contributions.services.service import ContributionsService
from isu_desk.capabilities.contributions.services.transfer import import_file as import_ledger
from isu_desk.capabilities.contributions.services.transfer import write_export as export_ledger
from isu_desk.capabilities.directory.domain import Contact, State
from isu_desk.capabilities.directory.services.service import DirectoryService
from isu_desk.capabilities.directory.services.transfer import import_file, write_export
from isu_desk.services.stable_xlsx import FIXED
from isu_desk.storage.database import Database


def _xlsx(path: Path, *rows: tuple[object, ...]) -> Path:
    book = Workbook()
    for row in rows:
        book.active.append(list(row))
    book.save(path)
    return path


def test_directory_reads_xlsx_and_refuses_a_row_with_cells_beyond_its_header(
    database: Database, directory: DirectoryService, tmp_path: Path
) -> None:
    path = _xlsx(
        tmp_path / "contacts.xlsx",
        ("Name", "Email", "State"),
        ("Ana Pérez", "ana@example.org", "FRA"),
        ("Ben", "ben@example.org", "CHE", "surplus"),
    )

    result = import_file(database, "contacts", path)

    assert [str(e) for e in result.errors] == ["line 3: 4 values, but the header has 3 columns."]
    assert directory.count("contacts") == 0
    _xlsx(path, ("Name", "Email", "State"), ("Ana Pérez", "ana@example.org", "FRA"))
    assert import_file(database, "contacts", path).unwrap().created == 1
    assert [c.name for c in directory.all(Contact)] == ["Ana Pérez"]


def test_directory_reads_json_with_typed_values(
    database: Database, directory: DirectoryService, tmp_path: Path
) -> None:
    path = tmp_path / "states.json"
    path.write_text(
        json.dumps(
            [
                {
                    "ISO3": "XKA",
                    "name": "Atlantis",
                    "status": "not_party",
                    "least_developed": True,
                    "notes": None,
                }
            ]
        ),
        encoding="utf-8",
    )

    assert import_file(database, "states", path).unwrap().created == 1
    (atlantis,) = [s for s in directory.all(State) if s.iso3 == "XKA"]
    assert (atlantis.name, atlantis.least_developed, atlantis.notes) == ("Atlantis", True, "")


def test_every_exported_csv_file_starts_with_a_byte_order_mark_for_excel(
    database: Database, tmp_path: Path
) -> None:
    ContributionsService(database).ensure_default_funds()
    rates = tmp_path / "rates.csv"
    rates.write_text("currency;valid_from;rate_to_chf\nEUR;2025-01-01;0.93\n", encoding="utf-8")
    assert import_ledger(database, "rates", rates).unwrap().created == 1

    export_ledger(database, "rates", "csv", tmp_path / "out.csv")
    write_export(database, "states", "csv", tmp_path / "states.csv")

    assert (tmp_path / "out.csv").read_bytes().startswith(b"\xef\xbb\xbfid,currency")
    assert (tmp_path / "states.csv").read_bytes().startswith(b"\xef\xbb\xbfid,")


def test_an_xlsx_export_carries_no_time_of_writing(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "states.xlsx"
    write_export(database, "states", "xlsx", path)

    with zipfile.ZipFile(path) as archive:
        stamps = {info.filename: info.date_time for info in archive.infolist()}

    assert "xl/worksheets/sheet1.xml" in stamps
    assert set(stamps.values()) == {FIXED.timetuple()[:6]}
