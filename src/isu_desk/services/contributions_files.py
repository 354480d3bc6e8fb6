"""Reading the rows of an imported CSV, JSON or Excel file as plain dictionaries.

Column names are stripped and lower-cased (headers are not case-sensitive).
:data:`UNREADABLE` lists what a file that cannot be read raises, so the import
turns it into a plain message instead of a traceback.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from isu_desk.domain.errors import DataError, FieldError

# openpyxl's InvalidFileException becomes a ValueError in _xlsx_rows: openpyxl is
# imported only when an Excel file is read (it costs a fifth of a second at start).
UNREADABLE = (OSError, ValueError, KeyError, csv.Error, zipfile.BadZipFile)


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
        reader = csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline=""))
        for row in reader:
            yield reader.line_num, _lowered(row)


def _lowered(row: Mapping[Any, Any]) -> dict[str, Any]:
    """The row with its column names stripped and lower-cased (headers are not case-sensitive)."""
    return {str(k).strip().lower(): v for k, v in row.items() if k}


def _xlsx_rows(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except InvalidFileException as exc:
        raise ValueError(str(exc)) from exc
    try:
        rows = list(book.active.iter_rows(values_only=True))
    finally:
        book.close()  # read-only workbooks keep the file open until closed
    header = [str(cell or "").strip().lower() for cell in (rows[0] if rows else ())]
    for number, cells in enumerate(rows[1:], start=2):
        if any(cell not in (None, "") for cell in cells):
            yield number, dict(zip(header, cells, strict=False))


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
