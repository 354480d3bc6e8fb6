"""Reading the rows of an imported CSV, JSON or Excel file as plain dictionaries.

Column names are stripped and lower-cased (headers are not case-sensitive).
:data:`UNREADABLE` lists what a file that cannot be read raises, so the import
turns it into a plain message instead of a traceback.
"""

from __future__ import annotations

import csv
import json
import zipfile
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from openpyxl.utils.exceptions import InvalidFileException

from isu_desk.domain.errors import DataError, FieldError
from isu_desk.domain.safe_text import from_spreadsheet
from isu_desk.services.record_files import csv_records

UNREADABLE = (OSError, ValueError, KeyError, csv.Error, zipfile.BadZipFile, InvalidFileException)


# --- reading files ----------------------------------------------------------------


def read_rows(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line or record number, row) pairs of a CSV, JSON or xlsx file."""
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        yield from _xlsx_rows(path)
    elif suffix == ".json":
        data = json.loads(path.read_text(encoding="utf-8-sig"))
        if not isinstance(data, list) or not all(isinstance(d, dict) for d in data):
            raise DataError(f"{path.name} must hold a JSON list of objects.")
        yield from ((number, _lowered(row)) for number, row in enumerate(data, start=1))
    else:
        yield from _csv_rows(path)


def _csv_rows(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """Rows of a CSV file (comma or semicolon), by the line each starts on."""
    records = csv_records(path.read_text(encoding="utf-8-sig"))
    first = next(records, None)
    if first is None:
        return
    header = [cell.strip().lower() for cell in first[1]]
    _refuse_duplicates(header, path)
    for line, cells in records:
        yield line, _lowered(dict(zip(header, cells, strict=False)))


def _refuse_duplicates(header: list[str], path: Path) -> None:
    duplicated = sorted({name for name in header if name and header.count(name) > 1})
    if duplicated:
        raise ValueError(
            f"column(s) {', '.join(duplicated)} appear more than once; keep one of each"
        )


def _lowered(row: Mapping[Any, Any]) -> dict[str, Any]:
    """The row with its column names stripped and lower-cased (headers are not case-sensitive).

    Text a spreadsheet-safe export marked with a leading ``'`` comes back as it was.
    """
    return {
        str(k).strip().lower(): from_spreadsheet(v) if isinstance(v, str) else v
        for k, v in row.items()
        if k
    }


def _xlsx_rows(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    try:
        rows = list(book.active.iter_rows(values_only=True))
    finally:
        book.close()  # read-only workbooks keep the file open until closed
    header = [str(cell or "").strip().lower() for cell in (rows[0] if rows else ())]
    _refuse_duplicates(header, path)
    for number, cells in enumerate(rows[1:], start=2):
        if any(cell not in (None, "") for cell in cells):
            yield number, _lowered(dict(zip(header, cells, strict=False)))


def column_errors(
    path: Path,
    rows: list[tuple[int, dict[str, Any]]],
    known: tuple[tuple[str, ...], tuple[str, ...]],
    required: tuple[str, ...],
) -> list[FieldError]:
    """A file with no rows, unknown (misspelt) columns or a required column missing.

    ``known`` is (the import's columns, further columns an export adds).
    """
    if not rows:
        return [FieldError("", f"{path.name} has no rows to import.")]
    seen = {name for _, row in rows for name in row}
    errors = []
    unknown = sorted(seen - set(known[0]) - set(known[1]))
    if unknown:
        listed = ", ".join(repr(name) for name in unknown)
        expected = ", ".join(known[0])
        errors.append(
            FieldError("columns", f"Unknown column(s) {listed}; the columns are {expected}.")
        )
    missing = [name for name in required if name not in seen]
    if missing:
        errors.append(FieldError("columns", f"Missing column(s): {', '.join(missing)}."))
    return errors
