"""A contacts import checked column by column says and stores what the row-by-row check does.

The oracle is the row-by-row check itself (every other kind still goes through
it alone): for any file, the import refuses with exactly the problems it
names, line by line, or stores exactly the records it makes, in file order.
The files mix good rows with every kind of fault, one field at a time.
"""

from __future__ import annotations

import csv
import json
from dataclasses import fields
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from isu_desk.capabilities.directory.domain import Contact, Organisation
from isu_desk.capabilities.directory.services.service import DirectoryService
from isu_desk.capabilities.directory.services.transfer import (
    _Checker,
    _new_columns,
    import_file,
)
from isu_desk.services.transfer_kit import read_table
from isu_desk.storage.database import Database

HEADER = ["id", "name", "title", "position", "gender", "state", "organisation", "email", "phone"]
HEADER += ["languages", "notes"]
# Per column: good values, odd but good ones and faulty ones (control characters,
# unknown codes, bad e-mail addresses, a required value left out).
CELLS = {
    "id": ["", "", "no-such-id", "EXISTING"],  # EXISTING: the id of a saved contact
    "name": ["Marie Dubois", " José Peña ", "王小明", "", "   ", "A\x07B", "two\nlines", "'=1+1"],
    "title": ["", "Dr", "Ms\t"],
    "position": ["", "Director, Mine Action Authority", "x\x1b[31m"],
    "gender": ["", "female", " Male ", "FEMALE", "robot"],
    "state": ["", "fra", " CHE ", "XXX"],
    "organisation": ["", "Mine Action Centre", "mac", "Nobody", "Shared"],
    "email": ["", "a@b.org", "not an address", " p@x.example.org "],
    "phone": ["", "+41 22 917 00 00", "\r"],
    "languages": ["", "en", "fr, en", "english", "ar,fr,"],
    "notes": ["", "two\nlines", "tab\there", "bell\x07", "'+1"],
}
_CELL_SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.fixture
def organisations(directory: DirectoryService) -> str:
    """The organisations the cells name; returns the id of a saved contact."""
    directory.save(Organisation(id="", name="Mine Action Centre", acronym="MAC")).unwrap()
    directory.save(Organisation(id="", name="Shared")).unwrap()
    directory.save(Organisation(id="", name="Shared")).unwrap()
    return directory.save(Contact(id="", name="Saved")).unwrap().id


@st.composite
def _rows(draw: st.DrawFn) -> list[list[str]]:
    """Rows of mostly good cells; some with a fault, some short, some with a cell too many."""
    rows = []
    for _ in range(draw(st.integers(1, 12))):
        good = draw(st.booleans())
        row = [
            draw(st.sampled_from(CELLS[column][:2] if good else CELLS[column])) for column in HEADER
        ]
        shape = draw(st.sampled_from(["whole", "whole", "whole", "short", "wide"]))
        if shape == "short":
            row = row[: draw(st.integers(1, len(HEADER) - 1))]
        elif shape == "wide":
            row.append(draw(st.sampled_from(["", "extra"])))
        rows.append(row)
    return rows


def _write(path: Path, rows: list[list[str]], saved: str = "", header: bool = True) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER if header else HEADER[1:])
        writer.writerows([[saved if cell == "EXISTING" else cell for cell in row] for row in rows])
    return path


def _row_by_row(database: Database, path: Path) -> tuple[list[str], list[tuple[Any, ...]], int]:
    """What the row-by-row check says of the file: its problems, the records it makes,
    how many records it changes."""
    table = read_table(path)
    with database.transaction() as session:
        checker = _Checker(session, "contacts", table.header)
        for line, cells in table.rows:
            checker.check(line, cells, table.width_problems(line))
        session.rollback()
    made = [_new_columns(record) for record in checker.creates]
    problems = [str(error) for error in checker.errors]
    return problems, [_without_id(values) for values in made], len(checker.updates)


def _without_id(values: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(values[name] for name in _FIELDS)


_FIELDS = [field.name for field in fields(Contact) if field.name != "id"]


def _stored_after(database: Database, rowid: int) -> list[tuple[Any, ...]]:
    with database.engine.connect() as connection:
        query = f"SELECT {', '.join(_FIELDS)} FROM contacts WHERE rowid > ? ORDER BY rowid"
        return [tuple(row) for row in connection.exec_driver_sql(query, (rowid,))]


def _last_rowid(database: Database) -> int:
    with database.engine.connect() as connection:
        found = connection.exec_driver_sql("SELECT coalesce(max(rowid), 0) FROM contacts")
        return int(found.scalar_one())


@_CELL_SETTINGS
@given(rows=_rows())
@example(rows=[[""]])  # a line with one empty cell is blank: the file has no rows
def test_the_column_check_refuses_and_stores_as_the_row_check(
    database: Database, organisations: str, tmp_path: Path, rows: list[list[str]]
) -> None:
    path = _write(tmp_path / "contacts.csv", rows, organisations)
    problems, made, changed = _row_by_row(database, path)
    before = _last_rowid(database)

    result = import_file(database, "contacts", path)

    if not read_table(path).rows:  # only blank lines: refused as a file with nothing in it
        assert not result.ok and "has no rows to import" in str(result.errors[0])
    elif problems:
        assert not result.ok
        assert [str(error) for error in result.errors] == problems
        assert _stored_after(database, before) == []
    else:
        summary = result.unwrap()
        assert (summary.created, summary.updated) == (len(made), changed)
        assert _stored_after(database, before) == made


def test_a_large_file_mixes_both_checks_in_file_order(
    database: Database, organisations: str, tmp_path: Path
) -> None:
    """Rows only the row check takes (notes over two lines) keep their place in the file."""
    notes = ["plain", "plain", "plain", "line one\nline two", "plain", "plain", "plain"]
    rows = [
        [f"Person {n}", "", "", "female", "FRA", "MAC", f"p{n}@example.org", "", "en", notes[n % 7]]
        for n in range(1500)
    ]
    path = _write(tmp_path / "contacts.csv", rows, header=False)
    _, made, _ = _row_by_row(database, path)
    before = _last_rowid(database)

    assert import_file(database, "contacts", path).unwrap().created == 1500
    stored = _stored_after(database, before)
    assert stored == made
    assert [row[0] for row in stored] == [f"Person {n}" for n in range(1500)]


def test_an_imported_contact_logs_what_saving_it_logs(
    database: Database, directory: DirectoryService, organisations: str, tmp_path: Path
) -> None:
    """The packet of a column-checked row carries what a contact saved in the form carries."""
    row = [" José Peña ", "Dr", "Director", " Male ", "fra", "mac", "jp@example.org", "+41"]
    path = _write(tmp_path / "contacts.csv", [[*row, "fr, en", "Notes"]] * 1200, header=False)
    assert import_file(database, "contacts", path).unwrap().created == 1200
    imported = next(c for c in directory.all(Contact) if c.name == "José Peña")
    saved = directory.save(
        Contact(
            id="",
            name="José Peña",
            title="Dr",
            position="Director",
            gender=imported.gender,
            state_id=imported.state_id,
            organisation_id=imported.organisation_id,
            email="jp@example.org",
            phone="+41",
            languages="fr, en",
            notes="Notes",
        )
    ).unwrap()

    logged = _fields_logged(database, imported.id), _fields_logged(database, saved.id)
    assert logged[0] == logged[1]
    assert logged[0]["gender"] == "male" and logged[0]["state_id"] and logged[0]["organisation_id"]


def _fields_logged(database: Database, record_id: str) -> dict[str, Any]:
    with database.engine.connect() as connection:
        found = connection.exec_driver_sql(
            "SELECT fields FROM change_log WHERE entity = 'contacts' AND record_id = ?",
            (record_id,),
        ).scalar_one()
    return dict(json.loads(found))
