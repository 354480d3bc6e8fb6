"""The import/export pipeline of every record type: files in, files out, once.

A capability declares a kind (:class:`Kind`: its columns, the required ones,
columns an export adds that an import ignores) and writes only what is its
own: turning one row's cells into a domain record (or plain problems) with
its look-ups by name or code, and the rows of an export. This module does the
rest, the same for every kind:

- **Reading** (:func:`read_table`): CSV (UTF-8, a byte-order mark allowed,
  commas or semicolons), JSON (a list of objects) or Excel ``.xlsx``, by the
  file's suffix. Column names are stripped and lower-cased. Cell counts are
  strict: a row with filled cells beyond its header is refused with its line
  (:meth:`Table.width_problems`), never cut short. A file that is missing, a
  folder, binary, not UTF-8, empty or without rows is one plain line, and
  so is a CSV quote that is never closed (with its line).
- **Importing** (:func:`import_table`): read, check the header, then check
  and write every row in **one** transaction; when the check reports any
  problem, nothing is written (the transaction is rolled back).
- **Writing** (:func:`write_table`): CSV with a byte-order mark for Excel
  (none on a stream such as standard output), JSON, and an ``.xlsx`` that
  gives the same bytes for the same rows (:mod:`isu_desk.services.stable_xlsx`).
  No spreadsheet runs what is written: a CSV text cell starting with ``=``,
  ``+``, ``-``, ``@``, a tab or a carriage return gets a leading ``'`` (which
  reading a CSV removes again), and xlsx text is always a string cell. Files
  are created readable by their owner only (0600).
"""

from __future__ import annotations

import csv
import json
import zipfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import IO, Any, TypeVar

from isu_desk.domain.errors import DataError, FieldError, Result
from isu_desk.domain.safe_text import spreadsheet_safe
from isu_desk.services.collector import collector_paused
from isu_desk.services.csv_records import csv_records
from isu_desk.services.stable_xlsx import save_workbook
from isu_desk.storage.database import Database
from isu_desk.storage.private import new_private_file

FORMATS = ("csv", "json", "xlsx")
Session = Any  # a storage session from Database.transaction() (services never import SQLAlchemy)
S = TypeVar("S")


@dataclass(frozen=True)
class Kind:
    """One import/export kind: its columns in file order.

    Attributes:
        name: The kind, as ``isu-desk import KIND`` names it (``"contacts"``).
        columns: The columns an import reads and an export writes first.
        required: Columns a file must have.
        export_only: Columns an export adds after ``columns`` (figures worked
            out from other records); an import accepts and ignores them.
    """

    name: str
    columns: tuple[str, ...]
    required: tuple[str, ...] = ()
    export_only: tuple[str, ...] = ()

    @property
    def header(self) -> tuple[str, ...]:
        return self.columns + self.export_only


@dataclass(frozen=True, slots=True)
class ImportSummary:
    """What an import did: records created, records changed, rows already up to date."""

    kind: str
    created: int
    updated: int
    unchanged: int


class Unreadable(ValueError):
    """A file that cannot be read as rows; ``str()`` is the plain sentence to show."""


# --- reading -------------------------------------------------------------------------


@dataclass
class Table:
    """The rows of a file: raw cells (text from CSV; JSON and Excel values as they are).

    Every row has exactly one cell per header column: shorter rows are padded
    with ``None`` (``text_only`` is then false); a row with filled cells beyond
    the header is listed in ``too_wide`` (line -> its cell count) and its extra
    cells dropped.
    """

    header_line: int
    header: list[str]
    rows: list[tuple[int, list[Any]]]
    too_wide: dict[int, int] = field(default_factory=dict)
    text_only: bool = False  # every cell is a str (a CSV file without short rows)

    def width_problems(self, line: int) -> list[str]:
        """The refusal of a row with more cells than the header, or nothing."""
        if line not in self.too_wide:
            return []
        return [f"{self.too_wide[line]} values, but the header has {len(self.header)} columns."]

    def dicts(self) -> Iterator[tuple[int, dict[str, Any]]]:
        """(line, row as column -> cell) of each row."""
        for line, cells in self.rows:
            yield line, dict(zip(self.header, cells, strict=True))


def read_table(path: Path) -> Table:
    """The header and rows of a CSV, JSON or xlsx file; raises :class:`Unreadable`."""
    if not path.exists():
        raise Unreadable(f"{path} does not exist.")
    if path.is_dir():
        raise Unreadable(f"{path} is a folder, not a file.")
    suffix = path.suffix.lower()
    try:
        if suffix == ".xlsx":
            return _xlsx_table(path)
        text = read_text(path)
        return _json_table(text) if suffix == ".json" else _csv_table(text)
    except (OSError, ValueError, csv.Error, zipfile.BadZipFile, KeyError) as exc:
        if isinstance(exc, Unreadable):
            raise
        reason = getattr(exc, "strerror", None) or exc
        raise Unreadable(f"Cannot read {path.name}: {reason}.") from exc


def read_text(path: Path) -> str:
    """The text of a CSV or JSON file; raises :class:`Unreadable` with the plain reason."""
    data = path.read_bytes()
    if b"\x00" in data:
        raise Unreadable(f"{path} is not a text file; save it as CSV (UTF-8).")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise Unreadable(
            f"{path} is not UTF-8 text (line {line}); save it as CSV (UTF-8) and try again."
        ) from None
    if not text.strip():
        raise Unreadable(f"{path} is empty: no header line and no rows.")
    return text


def normalise_header(cells: Sequence[Any]) -> list[str]:
    """Column names, lower-cased; blank columns at the end (spreadsheets add them) dropped."""
    names = [str(cell if cell is not None else "").strip().lower() for cell in cells]
    while names and not names[-1]:
        names.pop()
    return names


def _table(
    header_line: int, header_cells: Sequence[Any], rows: Iterator[Any], table: Table | None = None
) -> Table:
    header = normalise_header(header_cells)
    width = len(header)
    table = table or Table(0, [], [])
    table.header_line, table.header = header_line, header
    append = table.rows.append
    for line, cells in rows:
        if type(cells) is not list:
            cells = list(cells)
        if len(cells) == width:  # the usual row: nothing to pad or cut
            append((line, cells))
            continue
        if len(cells) > width and any(_filled(cell) for cell in cells[width:]):
            table.too_wide[line] = len(cells)
        append((line, (cells + [None] * width)[:width]))
        table.text_only = table.text_only and len(cells) >= width
    return table


def _filled(cell: Any) -> bool:
    return cell is not None and bool(str(cell).strip())


def _csv_table(text: str) -> Table:
    records = csv_records(text)
    first_line, header = next(records)  # the text is not blank, so it has a record
    table = Table(0, [], [], text_only=True)  # until a short row is padded
    return _table(first_line, header, records, table)


def _json_table(text: str) -> Table:
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise ValueError(f"it is not JSON ({exc})") from None
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise ValueError("it must hold a JSON list of objects")
    objects = [{str(k).strip().lower(): v for k, v in item.items()} for item in data]
    header = list(dict.fromkeys(name for item in objects for name in item))
    rows = ((n, [item.get(name) for name in header]) for n, item in enumerate(objects, 1))
    return _table(1, header, rows)


def _xlsx_table(path: Path) -> Table:
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
    numbered = ((n, cells) for n, cells in enumerate(rows[1:], 2) if any(map(_filled, cells)))
    return _table(1, rows[0] if rows else (), numbered)


# --- the header ----------------------------------------------------------------------


@dataclass(frozen=True)
class Columns:
    """What is wrong with a header: unknown, repeated and missing columns (in file order)."""

    unknown: list[str]
    repeated: list[str]
    missing: list[str]


def check_columns(kind: Kind, header: Sequence[str]) -> Columns:
    known = set(kind.header)
    return Columns(
        unknown=[name or "(blank)" for name in header if name not in known],
        repeated=sorted({name for name in header if header.count(name) > 1}),
        missing=[name for name in kind.required if name not in header],
    )


def header_errors(kind: Kind, table: Table) -> list[FieldError]:
    """The plain refusal of a header with unknown, repeated or missing columns."""
    found, line = check_columns(kind, table.header), table.header_line
    problems = []
    if found.unknown:
        problems.append(
            f"line {line}: unknown column(s) {', '.join(found.unknown)}; "
            f"the columns of {kind.name} are {', '.join(kind.columns)}."
        )
    if found.repeated:
        repeated = ", ".join(found.repeated)
        problems.append(f"line {line}: column(s) {repeated} appear more than once.")
    if found.missing:
        problems.append(f"line {line}: required column(s) missing: {', '.join(found.missing)}.")
    return [FieldError("", problem) for problem in problems]


# --- importing -----------------------------------------------------------------------


def import_table(
    database: Database,
    kind: Kind,
    path: Path,
    check_and_write: Callable[[Session, Table], Result[S]],
    header_check: Callable[[Kind, Table], list[FieldError]] = header_errors,
) -> Result[S]:
    """Import a file of one kind: all rows or, when any row is bad, none.

    ``check_and_write(session, table)`` turns every row into a record, checks
    it (naming each bad line and its reason) and writes the records; it runs
    in one transaction, so what was checked is what is written to, and a
    failure it returns rolls back whatever it wrote.
    """
    with collector_paused():  # on again only once the rows read are freed
        return _import_table(database, kind, path, check_and_write, header_check)


def _import_table(
    database: Database,
    kind: Kind,
    path: Path,
    check_and_write: Callable[[Session, Table], Result[S]],
    header_check: Callable[[Kind, Table], list[FieldError]],
) -> Result[S]:
    try:
        table = read_table(path)
    except Unreadable as exc:
        return Result.failure([FieldError("", str(exc))])
    if not table.rows:
        return Result.failure([FieldError("", f"{path.name} has no rows to import.")])
    errors = header_check(kind, table)
    if errors:
        return Result.failure(errors)
    with database.transaction(bulk=True) as session:
        result = check_and_write(session, table)
        if not result.ok:
            session.rollback()
        return result


def line_errors(line: int, problems: Sequence[str]) -> list[FieldError]:
    """``line 7: email: “x” is not an e-mail address`` for each problem of a row."""
    return [FieldError(f"line {line}", problem) for problem in problems]


# --- writing -------------------------------------------------------------------------


def csv_text(value: Any) -> str:
    """The one text form of a value in a file, written or read: ISO dates, enum values,
    plain decimals, true/false, an Excel number as its shortest decimal."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, Decimal):
        return f"{value.normalize():f}" if value == value.to_integral() else f"{value:f}"
    if isinstance(value, datetime) and value.time() == datetime.min.time():
        return value.date().isoformat()  # an Excel date cell
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(value)


def _json_value(value: Any) -> Any:
    return value if value is None or isinstance(value, bool | int | str) else csv_text(value)


def _xlsx_value(value: Any) -> Any:
    return value if value is None or isinstance(value, Decimal | int | date) else csv_text(value)


def write_table(
    target: IO[str] | Path,
    fmt: str,
    header: Sequence[str],
    rows: Sequence[Mapping[str, Any]],
) -> int:
    """Write the rows (column -> value) as csv, json or xlsx; returns how many.

    A CSV file gets a byte-order mark so spreadsheet programs read it as
    UTF-8; a stream (standard output) gets none. JSON keeps ``null``, true/
    false and whole numbers; other values are written as in CSV.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    if fmt == "xlsx":
        if not isinstance(target, Path):
            raise DataError("An Excel export needs a file name (-o FILE.xlsx).")
        _write_xlsx(target, header, rows)
    elif isinstance(target, Path):
        encoding = "utf-8-sig" if fmt == "csv" else "utf-8"
        with new_private_file(target).open("w", encoding=encoding, newline="") as handle:
            _write_text(handle, fmt, header, rows)
    else:
        _write_text(target, fmt, header, rows)
    return len(rows)


def _write_text(
    stream: IO[str], fmt: str, header: Sequence[str], rows: Sequence[Mapping[str, Any]]
) -> None:
    if fmt == "json":
        objects = [{name: _json_value(row[name]) for name in header} for row in rows]
        json.dump(objects, stream, ensure_ascii=False, indent=2)
        stream.write("\n")
        return
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([_csv_cell(row[name]) for name in header] for row in rows)


def _csv_cell(value: Any) -> str:
    """Text as no spreadsheet runs it (a leading ``'``); numbers and dates as they are."""
    return spreadsheet_safe(value) if isinstance(value, str) else csv_text(value)


def _write_xlsx(path: Path, header: Sequence[str], rows: Sequence[Mapping[str, Any]]) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(list(header))
    for number, row in enumerate(rows, start=2):
        for column, name in enumerate(header, start=1):
            value = _xlsx_value(row[name])
            cell = sheet.cell(number, column, value)
            if isinstance(value, str):
                cell.data_type = "s"  # text is always a string cell: "=…" never runs
    save_workbook(book, new_private_file(path))
