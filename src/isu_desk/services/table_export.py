"""Writing what a list shows to a file staff open in Excel: CSV (UTF-8 with a BOM, so
Excel reads accents right) or an .xlsx workbook, chosen by the file's extension.

No spreadsheet runs what is written: a CSV cell that would start a formula
(``=``, ``+``, ``-``, ``@``…) and is not a plain number gets a leading ``'``;
xlsx text is a string cell. The file is its owner's alone (0600)."""

from __future__ import annotations

import csv
import os
import re
import uuid
from collections.abc import Sequence
from pathlib import Path

from isu_desk.domain.errors import DataError
from isu_desk.domain.safe_text import spreadsheet_safe
from isu_desk.storage.private import new_private_file

FORMATS = ("csv", "xlsx")
_NUMBER = re.compile(r"^[-+]?[\d.,']*\d[\d.,']*%?$")  # -1,250.00 as a list shows it


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
            with new_private_file(temporary).open("w", encoding="utf-8-sig", newline="") as stream:
                writer = csv.writer(stream)
                writer.writerow(headers)
                writer.writerows([_csv_cell(cell) for cell in row] for row in rows)
        else:
            _write_xlsx(new_private_file(temporary), headers, rows)
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise DataError(f"Cannot write {path}: {error.strerror}.") from error
    return path


def _csv_cell(cell: str) -> str:
    return cell if _NUMBER.match(cell) else spreadsheet_safe(cell)


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
