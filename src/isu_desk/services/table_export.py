"""Writing what a list shows to a file staff open in Excel: CSV (UTF-8 with a BOM, so
Excel reads accents right) or an .xlsx workbook, chosen by the file's extension."""

from __future__ import annotations

import csv
import os
import uuid
from collections.abc import Sequence
from pathlib import Path

from isu_desk.domain.errors import DataError

FORMATS = ("csv", "xlsx")


def write_table(path: Path, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> Path:
    """Write a header row and the rows to ``path`` (.csv or .xlsx), atomically."""
    path = Path(path)
    kind = path.suffix.lower().lstrip(".")
    if kind not in FORMATS:
        raise DataError(f"Export to a .csv or .xlsx file, not “{path.name}”.")
    if not path.parent.is_dir():
        raise DataError(f"The folder {path.parent} does not exist; choose another.")
    temporary = path.parent / f".{path.name}.{uuid.uuid4().hex}.tmp"
    try:
        if kind == "csv":
            with temporary.open("w", encoding="utf-8-sig", newline="") as stream:
                writer = csv.writer(stream)
                writer.writerow(headers)
                writer.writerows(rows)
        else:
            _write_xlsx(temporary, headers, rows)
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise DataError(f"Cannot write {path}: {error.strerror}.") from error
    return path


def _write_xlsx(path: Path, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook(write_only=False)
    sheet = book.active
    assert sheet is not None
    sheet.append(list(headers))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(list(row))
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # text as typed, never a formula
    sheet.freeze_panes = "A2"
    book.save(path)
