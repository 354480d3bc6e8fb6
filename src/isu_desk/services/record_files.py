"""Records as rows of a file: column names, strict value parsing, reading text files.

Shared by the Directory import (and fit for any record type): the columns are a
record type's fields; values parse strictly (ISO dates only, true/false/yes/no/
1/0, enums by value) and each problem becomes a plain message; a file that is
missing, a folder, binary, not UTF-8 or empty is refused with one plain line.
:func:`read_rows` reads the rows of a CSV, JSON or xlsx file as dictionaries
(Contributions and Meetings); what it raises for a file it cannot read is in
:data:`READ_ERRORS`.
"""

from __future__ import annotations

import csv
import io
import json
import re
import typing
import zipfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import MISSING, dataclass, fields
from datetime import date
from enum import Enum
from functools import cache
from pathlib import Path
from types import UnionType
from typing import Any

from isu_desk.domain.errors import DataError, FieldError

# --- columns and values --------------------------------------------------------

# Contacts name their State and organisation instead of holding raw ids.
RENAMED = {"state_id": "state", "organisation_id": "organisation"}
_TRUE = frozenset({"true", "yes", "1"})
_FALSE = frozenset({"false", "no", "0"})
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_VERBATIM = frozenset({"notes"})  # free text keeps its surrounding spaces and line breaks
Converter = Callable[[str], Any]


def column_names(cls: type) -> tuple[str, ...]:
    return tuple(RENAMED.get(f.name, f.name) for f in fields(cls))


def required_columns(cls: type) -> tuple[str, ...]:
    """Columns of fields without a default (``id`` is optional: no id creates)."""
    return tuple(
        RENAMED.get(f.name, f.name)
        for f in fields(cls)
        if f.name != "id" and f.default is MISSING and f.default_factory is MISSING
    )


def _parse_date(text: str) -> date:
    try:
        if _ISO_DATE.match(text):
            return date.fromisoformat(text)
    except ValueError:
        pass
    raise ValueError(f"“{text}” is not a date; write it as YYYY-MM-DD (2025-04-30).")


def _parse_bool(text: str) -> bool:
    lowered = text.lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    raise ValueError(f"“{text}” is not true or false (write true, false, yes, no, 1 or 0).")


def _enum_parser(enum: type[Enum]) -> Converter:
    def parse(text: str) -> Enum:
        try:
            return enum(text.lower())
        except ValueError:
            allowed = ", ".join(str(member.value) for member in enum)
            raise ValueError(f"“{text}” is not one of {allowed}.") from None

    return parse


def _converter(hint: Any) -> tuple[Converter, bool]:
    """How to parse a field of this type, and whether it may be empty (``None``)."""
    options = typing.get_args(hint) if isinstance(hint, UnionType) else (hint,)
    optional = type(None) in options
    base = next(option for option in options if option is not type(None))
    if base is date:
        return _parse_date, optional
    if base is bool:
        return _parse_bool, optional
    if isinstance(base, type) and issubclass(base, Enum):
        return _enum_parser(base), optional
    return str, optional


@cache
def _field_specs(cls: type) -> dict[str, tuple[str, Converter, bool, Any]]:
    """Per column: (field name, converter, may be None, default or MISSING)."""
    hints = typing.get_type_hints(cls)
    specs: dict[str, tuple[str, Converter, bool, Any]] = {}
    for f in fields(cls):
        convert, optional = _converter(hints[f.name])
        if f.name in RENAMED:
            convert = str
        specs[RENAMED.get(f.name, f.name)] = (f.name, convert, optional, f.default)
    return specs


class RowParser:
    """Parses the cells of one row into field values, collecting every problem."""

    def __init__(self, cls: type, header: list[str]) -> None:
        specs = _field_specs(cls)
        self._columns = [(column, *specs[column]) for column in header]

    def parse(self, cells: list[str]) -> tuple[dict[str, Any], list[str]]:
        values: dict[str, Any] = {}
        problems: list[str] = []
        for (column, name, convert, optional, default), raw in zip(
            self._columns, cells, strict=True
        ):
            text = raw if name in _VERBATIM else raw.strip()
            key = column if name in RENAMED else name
            if not text and convert is not str:
                if optional or default is not MISSING:
                    values[key] = None if optional else default
                else:
                    problems.append(f"{column}: a value is required.")
                continue
            try:
                values[key] = convert(text)
            except ValueError as exc:
                problems.append(f"{column}: {exc}")
        return values, problems


# --- reading the file --------------------------------------------------------


def read_text(path: Path) -> str | FieldError:
    """The file's text, or one plain error about why it cannot be read."""
    if not path.exists():
        return FieldError("", f"{path} does not exist.")
    if path.is_dir():
        return FieldError("", f"{path} is a folder, not a CSV file.")
    try:
        data = path.read_bytes()
    except OSError as exc:
        return FieldError("", f"{path} cannot be read: {exc.strerror or exc}.")
    if b"\x00" in data:
        return FieldError("", f"{path} is not a text file; save it as CSV (UTF-8).")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return FieldError(
            "", f"{path} is not UTF-8 text (line {line}); save it as CSV (UTF-8) and try again."
        )
    if not text.strip():
        return FieldError("", f"{path} is empty: expected a header line and rows.")
    return text


def csv_records(text: str) -> Iterator[tuple[int, list[str]]]:
    """(first line number, cells) of each non-blank CSV record; raises csv.Error."""
    first_line = text[: text.find("\n")] if "\n" in text else text
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    start = 1
    for cells in reader:
        if any(cell.strip() for cell in cells):
            yield start, cells
        start = reader.line_num + 1


def normalise_header(cells: list[str]) -> list[str]:
    """Column names, lower-cased; blank columns at the end (spreadsheets add them) dropped."""
    names = [cell.strip().lower() for cell in cells]
    while names and not names[-1]:
        names.pop()
    return names


# --- CSV, JSON or xlsx rows as dictionaries ----------------------------------------

READ_ERRORS = (OSError, ValueError, KeyError, csv.Error, zipfile.BadZipFile)
# Where a row keeps cells beyond its header's columns (never a column name).
EXTRA = "\x00extra"


def read_rows(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line or record number, row) pairs of a CSV, JSON or xlsx file.

    Column names are stripped and lower-cased (headers are not case-sensitive).
    """
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        yield from _xlsx_rows(path)
    elif suffix == ".json":
        data = json.loads(path.read_text(encoding="utf-8-sig"))
        if not isinstance(data, list) or not all(isinstance(d, dict) for d in data):
            raise DataError(f"{path.name} must hold a JSON list of objects.")
        yield from ((number, _lowered(row)) for number, row in enumerate(data, start=1))
    else:
        text = io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")
        reader = csv.DictReader(text, restkey=EXTRA)
        for row in reader:
            yield reader.line_num, _lowered(row)


def _lowered(row: Mapping[Any, Any]) -> dict[str, Any]:
    """The row with its column names stripped and lower-cased (headers are not case-sensitive)."""
    return {(k if k == EXTRA else str(k).strip().lower()): v for k, v in row.items() if k}


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
            row = dict(zip(header, cells, strict=False))
            if len(cells) > len(header):
                row[EXTRA] = list(cells[len(header) :])
            yield number, row


def extra_cells(row: dict[str, Any]) -> list[str]:
    """A row with filled cells beyond its header is refused, never cut short silently."""
    extra = row.get(EXTRA) or []
    if not any(cell not in (None, "") and str(cell).strip() for cell in extra):
        return []
    width = len(row) - 1
    return [f"{width + len(extra)} values, but the header has {width} columns."]


@dataclass(frozen=True, slots=True)
class ImportSummary:
    """What an import did (the shape the CLI's ``import`` prints)."""

    kind: str
    created: int
    updated: int
    unchanged: int


def header_errors(
    known: Sequence[str], required: Sequence[str], seen: set[str]
) -> list[FieldError]:
    """Columns a file has that the kind does not know, and those it needs but lacks."""
    errors = []
    unknown = sorted(seen - set(known))
    if unknown:
        listed = ", ".join(repr(name) for name in unknown)
        message = f"Unknown column(s) {listed}; the columns are {', '.join(known)}."
        errors.append(FieldError("columns", message))
    missing = [name for name in required if name not in seen]
    if missing:
        errors.append(FieldError("columns", f"Missing column(s): {', '.join(missing)}."))
    return errors
