"""Records as rows of a file: column names, strict value parsing, reading text files.

Shared by the Directory import (and fit for any record type): the columns are a
record type's fields; values parse strictly (ISO dates only, true/false/yes/no/
1/0, enums by value) and each problem becomes a plain message; a file that is
missing, a folder, binary, not UTF-8 or empty is refused with one plain line.
"""

from __future__ import annotations

import csv
import io
import re
import typing
from collections.abc import Callable, Iterator
from dataclasses import MISSING, fields
from datetime import date
from enum import Enum
from functools import cache
from pathlib import Path
from types import UnionType
from typing import Any

from isu_desk.domain.errors import FieldError
from isu_desk.domain.safe_text import from_spreadsheet

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
            text = from_spreadsheet(raw if name in _VERBATIM else raw.strip())
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


def delimiter_of(text: str) -> str:
    """``;`` for a CSV saved by Excel in a European locale (by its first line), else ``,``."""
    first_line = text[: text.find("\n")] if "\n" in text else text
    return ";" if first_line.count(";") > first_line.count(",") else ","


def csv_records(text: str) -> Iterator[tuple[int, list[str]]]:
    """(first line number, cells) of each non-blank CSV record.

    Raises:
        csv.Error: with the line where the bad record starts (a quote opened
            and never closed, text after a closing quote).
    """
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter_of(text), strict=True)
    start = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise csv.Error(f"line {start}: {_quote_problem(exc)}") from exc
        if any(cell.strip() for cell in cells):
            yield start, cells
        start = reader.line_num + 1


def _quote_problem(exc: csv.Error) -> str:
    if "unexpected end of data" in str(exc):
        return 'a quote (") is opened and never closed'
    return f"the quotes are not paired as CSV needs ({exc})"


def normalise_header(cells: list[str]) -> list[str]:
    """Column names, lower-cased; blank columns at the end (spreadsheets add them) dropped."""
    names = [cell.strip().lower() for cell in cells]
    while names and not names[-1]:
        names.pop()
    return names
