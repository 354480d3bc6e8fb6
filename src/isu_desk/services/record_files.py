"""Records as rows of a file: column names and strict value parsing.

Shared by every import (and fit for any record type): the columns are a
record type's fields; values parse strictly (ISO dates only, true/false/yes/no/
1/0, enums by value) and each problem becomes a plain message. Reading and
writing the files themselves is :mod:`isu_desk.services.transfer_kit`;
:func:`read_rows` gives a file's rows as dictionaries on top of it (what it
raises for a file it cannot read is in :data:`READ_ERRORS`).
"""

from __future__ import annotations

import re
import typing
from collections.abc import Callable, Iterator, Sequence
from dataclasses import MISSING, fields
from datetime import date
from enum import Enum
from functools import cache
from itertools import compress
from pathlib import Path
from types import UnionType
from typing import Any

from isu_desk.domain.errors import FieldError
from isu_desk.services.transfer_kit import Unreadable, read_table

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
    by_value = {member.value: member for member in enum}

    def parse(text: str) -> Enum:
        lowered = text.lower()
        found = by_value.get(lowered)
        if found is not None:
            return found
        try:
            return enum(lowered)
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


_REQUIRED = object()  # an empty cell is a problem


class RowParser:
    """Parses the cells of one row into field values, collecting every problem."""

    def __init__(self, cls: type, header: list[str]) -> None:
        specs = _field_specs(cls)
        self._columns: list[tuple[str, str, Converter | None, bool, Any]] = []
        for column in header:
            name, convert, optional, default = specs[column]
            empty = None if optional else (default if default is not MISSING else _REQUIRED)
            self._columns.append(
                (
                    column,
                    column if name in RENAMED else name,
                    None if convert is str else convert,  # None: the text as it is
                    name in _VERBATIM,
                    empty,
                )
            )

    @property
    def columns(self) -> list[tuple[str, str, Converter | None, bool, Any]]:
        """Per column: (column, field key, converter or None, verbatim, value when empty)."""
        return self._columns

    def parse(self, cells: list[str]) -> tuple[dict[str, Any], list[str]]:
        values: dict[str, Any] = {}
        problems: list[str] = []
        for (column, key, convert, verbatim, empty), raw in zip(self._columns, cells, strict=True):
            text = raw if verbatim else raw.strip()
            if convert is None:
                values[key] = text
            elif not text:
                if empty is _REQUIRED:
                    problems.append(f"{column}: a value is required.")
                else:
                    values[key] = empty
            else:
                try:
                    values[key] = convert(text)
                except ValueError as exc:
                    problems.append(f"{column}: {exc}")
        return values, problems


class ColumnParser:
    """Parses whole columns as :class:`RowParser` parses rows, each distinct text once.

    It names no problem: it tells which rows have one (the caller gives those
    to :class:`RowParser`, which says what is wrong); every other row gets
    exactly the values :class:`RowParser` would give it.
    """

    def __init__(self, cls: type, header: list[str]) -> None:
        self._columns = RowParser(cls, header).columns

    def parse(self, columns: Sequence[Sequence[str]]) -> tuple[dict[str, list[Any]], set[int]]:
        """Field key -> its values, row by row; and the indexes of rows with a problem."""
        values: dict[str, list[Any]] = {}
        bad: set[int] = set()
        for (_, key, convert, verbatim, empty), cells in zip(self._columns, columns, strict=True):
            texts = list(cells) if verbatim else list(map(str.strip, cells))
            if convert is None:
                values[key] = texts
                continue
            found = {text: _converted(text, convert, empty) for text in set(texts)}
            values[key] = list(map(found.__getitem__, texts))
            bad |= rows_with(values[key], lambda value: value is _BAD)
        return values, bad


_BAD = object()  # a cell RowParser would refuse


def _converted(text: str, convert: Converter, empty: Any) -> Any:
    if not text:
        return _BAD if empty is _REQUIRED else empty
    try:
        return convert(text)
    except ValueError:
        return _BAD


def rows_with(column: Sequence[Any], refused: Callable[[Any], object]) -> set[int]:
    """Indexes of the values ``refused`` finds fault with (a true answer: ``True``, a
    list of problems), asking once per distinct value.

    The values must be hashable, and ``refused`` a function of the value alone.
    """
    distinct = list(set(column))
    flagged = set(compress(distinct, map(refused, distinct)))
    return {n for n, value in enumerate(column) if value in flagged} if flagged else set()


# --- rows as dictionaries (for readers not yet on the transfer kit) ---------------------

READ_ERRORS = (OSError, ValueError, KeyError)
# Where a row keeps cells beyond its header's columns (never a column name).
EXTRA = "\x00extra"


def read_rows(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line or record number, row) pairs of a CSV, JSON or xlsx file (:func:`read_table`).

    A row with filled cells beyond its header holds them under :data:`EXTRA`;
    a file that cannot be read, or whose header names a column twice, raises
    :class:`~isu_desk.services.transfer_kit.Unreadable`.
    """
    table = read_table(path)
    repeated = sorted({name for name in table.header if name and table.header.count(name) > 1})
    if repeated:
        raise Unreadable(
            f"line {table.header_line}: column(s) {', '.join(repeated)} appear more than once;"
            " keep one of each"
        )
    for line, row in table.dicts():
        if line in table.too_wide:
            row[EXTRA] = [""] * (table.too_wide[line] - len(table.header))
        yield line, row


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
