"""Import and export of the Directory as CSV, JSON or Excel ``.xlsx``.

The columns are the fields of the domain records; contacts name their State by
ISO3 code (``state``) and their organisation by name (``organisation``) so a
file stays readable and round-trips: export, edit, import. Reading and writing
the files, strict cell counts and the one transaction are the shared
:mod:`isu_desk.services.transfer_kit`; here every row is parsed and validated
(domain validators plus the database rules, checked in bulk against lookups
loaded once), and only a file without a single bad row is written, by bulk
insert. The capture triggers still log every row written.
"""

from __future__ import annotations

import typing
from collections.abc import Callable, Iterator
from dataclasses import fields, replace
from datetime import date
from enum import Enum
from functools import cache
from operator import attrgetter
from pathlib import Path
from types import UnionType
from typing import IO, Any, cast

from isu_desk.capabilities.directory.domain import Contact, Organisation, State
from isu_desk.capabilities.directory.services.columns import new_rows
from isu_desk.capabilities.directory.services.service import LABELS, VALIDATORS, DirectoryService
from isu_desk.capabilities.directory.storage import repository as repo
from isu_desk.domain.errors import FieldError, Result
from isu_desk.domain.ids import new_id
from isu_desk.domain.listing import ListQuery
from isu_desk.services import transfer_kit as kit
from isu_desk.services.record_files import RENAMED, RowParser, column_names, required_columns
from isu_desk.services.transfer_kit import ImportSummary, Session, Table
from isu_desk.storage.database import Database
from isu_desk.storage.mapping import to_columns, to_record

KINDS = ("states", "organisations", "contacts")
FORMATS = kit.FORMATS
RECORD_TYPES: dict[str, type] = {
    "states": State,
    "organisations": Organisation,
    "contacts": Contact,
}
Cell = str | bool | None
_ALL_BY_NAME = ListQuery(sort="name")

__all__ = ["FORMATS", "KINDS", "ImportSummary", "columns", "export_rows", "import_file"]


def columns(kind: str) -> tuple[str, ...]:
    """The columns of a kind, in file order (the same for export and import)."""
    return column_names(_record_type(kind))


def _record_type(kind: str) -> type:
    if kind not in RECORD_TYPES:
        raise ValueError(f"cannot import or export {kind!r}")
    return RECORD_TYPES[kind]


@cache
def _kind(kind: str) -> kit.Kind:
    cls = _record_type(kind)
    return kit.Kind(kind, column_names(cls), required_columns(cls))


# --- export ------------------------------------------------------------------


def _cell(value: Any) -> Cell:
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, date):
        return value.isoformat()
    return value  # type: ignore[no-any-return]


def export_rows(database: Database, kind: str) -> tuple[tuple[str, ...], list[dict[str, Cell]]]:
    """The columns and rows of a kind; values are strings, booleans or ``None``."""
    cls = _record_type(kind)
    service = DirectoryService(database)
    records = service.all(cls)
    state_codes = {s.id: s.iso3 for s in service.all(State)} if kind == "contacts" else {}
    org_names = dict(service.choices("organisations")) if kind == "contacts" else {}
    rows: list[dict[str, Cell]] = []
    for record in records:
        values = {f.name: _cell(getattr(record, f.name)) for f in fields(record)}
        if kind == "contacts":
            values["state"] = state_codes.get(str(values.pop("state_id") or ""))
            values["organisation"] = org_names.get(str(values.pop("organisation_id") or ""))
        rows.append({name: values[name] for name in columns(kind)})
    return columns(kind), rows


def write_export(database: Database, kind: str, fmt: str, target: IO[str] | Path) -> int:
    """Write every record of a kind as CSV, JSON or xlsx; returns the number of records.

    A CSV file gets a byte-order mark so spreadsheet programs read it as UTF-8;
    a stream (standard output) gets none.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    header, rows = export_rows(database, kind)
    return kit.write_table(target, fmt, header, rows)


# --- checking rows -----------------------------------------------------------


class _Checker:
    """Turns rows into records and collects every problem, with bulk lookups."""

    def __init__(self, session: Session, kind: str, header: list[str]) -> None:
        self.kind = kind
        self.cls = _record_type(kind)
        self.header = header
        self.parser = RowParser(self.cls, header)
        self.errors: list[FieldError] = []
        self.creates: list[Any] = []
        self.updates: list[Any] = []
        self.unchanged = 0
        self._seen_ids: dict[str, int] = {}
        self._seen_iso3: dict[str, int] = {}
        self._validate: Callable[[Any], list[FieldError]] = VALIDATORS[self.cls]
        # One query per lookup, then dictionaries: no query per row.
        self._existing = _rows_by_id(session, kind) if "id" in header else {}
        states = repo.page(session, "states", _ALL_BY_NAME, 0, -1)
        self._iso3 = {row["iso3"]: (row["id"], row["name"]) for row in states}
        self._orgs: dict[str, list[str]] = {}
        self._acronyms: dict[str, list[str]] = {}
        if kind == "contacts":
            for row in repo.page(session, "organisations", _ALL_BY_NAME, 0, -1):
                self._orgs.setdefault(row["name"].strip().lower(), []).append(row["id"])
                if row["acronym"].strip():
                    self._acronyms.setdefault(row["acronym"].strip().lower(), []).append(row["id"])

    def check(self, line: int, cells: list[Any], too_wide: list[str]) -> None:
        problems = too_wide or self._row_problems(line, cells)
        if problems:
            self.errors += kit.line_errors(line, problems)

    def _row_problems(self, line: int, cells: list[Any]) -> list[str]:
        texts = [cell if type(cell) is str else kit.csv_text(cell) for cell in cells]
        values, problems = self.parser.parse(texts)
        record_id = str(values.pop("id", "") or "")
        problems += self._id_problems(line, record_id)
        if self.kind == "contacts":
            problems += self._resolve_references(values, record_id)
        if problems:
            return problems
        base = to_record(self.cls, self._existing[record_id]) if record_id else None
        record = replace(base, **values) if base is not None else self.cls(id="", **values)
        problems = [_csv_error(error) for error in self._validate(record)]
        if self.kind == "states":
            problems += self._iso3_problems(line, record)
        if not problems:
            self._keep(base, record)
        return problems

    def _id_problems(self, line: int, record_id: str) -> list[str]:
        if not record_id:
            return []
        if record_id not in self._existing:
            return [f"id: no {LABELS[self.kind].lower()} has the id {record_id}."]
        if record_id in self._seen_ids:
            return [f"id: {record_id} is already on line {self._seen_ids[record_id]}."]
        self._seen_ids[record_id] = line
        return []

    def _resolve_references(self, values: dict[str, Any], record_id: str) -> list[str]:
        """Replace ``state`` (ISO3) and ``organisation`` (name or acronym) by ids."""
        problems: list[str] = []
        for column, field, resolve in (
            ("state", "state_id", self.state_reference),
            ("organisation", "organisation_id", self.organisation_reference),
        ):
            if column in values:
                current = self._existing.get(record_id, {}).get(field)
                values[field], problem = resolve(str(values.pop(column) or ""), current)
                problems += [problem] if problem else []
        return problems

    def state_reference(self, text: str, _current: str | None) -> tuple[str | None, str | None]:
        """The id of the State with this ISO3 code (``None`` for none), or the problem."""
        code = text.upper()
        found = self._iso3.get(code) if code else None
        if code and not found:
            return None, f"state: no State has the ISO code “{code}”."
        return found[0] if found else None, None

    def organisation_reference(
        self, name: str, current: str | None
    ) -> tuple[str | None, str | None]:
        """The id of the organisation with this name or acronym, or the problem.

        ``current``: the record's organisation now, kept when it shares the name.
        """
        key = name.strip().lower()
        ids = self._orgs.get(key) or self._acronyms.get(key) or []
        if len(ids) > 1 and current in ids:
            ids = [current]  # a shared name still round-trips for a record that has it
        if name and not ids:
            return None, f"organisation: no organisation is called “{name}”."
        if len(ids) > 1:
            return None, f"organisation: {len(ids)} organisations are called “{name}”."
        return ids[0] if ids else None, None

    def _iso3_problems(self, line: int, state: State) -> list[str]:
        problems: list[str] = []
        owner = self._iso3.get(state.iso3)
        if owner is not None and owner[0] != state.id:
            problems.append(f"iso3: {state.iso3} is already used by {owner[1]}.")
        if state.iso3 in self._seen_iso3:
            problems.append(f"iso3: {state.iso3} is also on line {self._seen_iso3[state.iso3]}.")
        self._seen_iso3.setdefault(state.iso3, line)
        return problems

    def _keep(self, base: Any, record: Any) -> None:
        if base is None:
            self.creates.append(record)
        elif record != base:
            self.updates.append(record)
        else:
            self.unchanged += 1


def _csv_error(error: FieldError) -> str:
    name = RENAMED.get(error.field, error.field)
    return f"{name}: {error.message}" if name else error.message


# --- import ------------------------------------------------------------------


def import_file(database: Database, kind: str, path: Path) -> Result[ImportSummary]:
    """Import a CSV, JSON or xlsx file of one kind: all rows or, when any row is bad, none.

    Errors name the line: ``line 7: email: “x” is not an e-mail address``.
    Checking and writing share one transaction, so what was checked is what
    is written to.
    """
    return kit.import_table(
        database, _kind(kind), path, lambda session, table: _import_rows(session, kind, table)
    )


def _import_rows(session: Session, kind: str, table: Table) -> Result[ImportSummary]:
    checker = _Checker(session, kind, table.header)
    checked = new_rows(checker.cls, table, checker)
    if checked is None:  # a kind checked row by row only
        for line, cells in table.rows:
            checker.check(line, cells, table.width_problems(line))
        if checker.errors:
            return Result.failure(checker.errors)
        created = len(checker.creates)
        repo.insert_many(session, kind, [_new_columns(record) for record in checker.creates])
    else:
        keys, rows = checked
        if None in rows:  # rows left over to the row-by-row check
            inserts = list(_with_rows_left_over(checker, table, keys, rows))
        else:
            inserts = cast(list[tuple[Any, ...]], rows)
        if checker.errors:
            return Result.failure(checker.errors)
        created = len(inserts)
        repo.insert_values(session, kind, keys, inserts)
    repo.update_many(session, kind, [to_columns(record) for record in checker.updates])
    return Result.success(ImportSummary(kind, created, len(checker.updates), checker.unchanged))


def _with_rows_left_over(
    checker: _Checker, table: Table, keys: tuple[str, ...], rows: list[tuple[Any, ...] | None]
) -> Iterator[tuple[Any, ...]]:
    """The insert values of every new record, in file order: those the column check
    made, and those the row-by-row check makes of the rows it left over."""
    for (line, cells), row in zip(table.rows, rows, strict=True):
        if row is not None:
            yield row
            continue
        made = len(checker.creates)
        checker.check(line, cells, table.width_problems(line))
        if len(checker.creates) > made:
            values = _new_columns(checker.creates[-1])
            yield tuple(values[key] for key in keys)


def _rows_by_id(session: Session, kind: str) -> dict[str, Any]:
    return {row["id"]: row for row in repo.page(session, kind, _ALL_BY_NAME, 0, -1)}


@cache
def _plain_and_enum_fields(cls: type) -> tuple[tuple[str, ...], tuple[str, ...]]:
    hints = typing.get_type_hints(cls)
    enums = tuple(f.name for f in fields(cls) if _is_enum(hints[f.name]))
    return tuple(f.name for f in fields(cls) if f.name not in enums), enums


@cache
def _getters(cls: type) -> tuple[tuple[str, ...], attrgetter[Any], tuple[str, ...]]:
    """The plain fields, one getter of all their values, and the enum fields."""
    plain, enums = _plain_and_enum_fields(cls)
    return plain, attrgetter(*plain), enums


def _is_enum(hint: Any) -> bool:
    options = typing.get_args(hint) if isinstance(hint, UnionType) else (hint,)
    return any(isinstance(option, type) and issubclass(option, Enum) for option in options)


def _new_columns(record: Any) -> dict[str, Any]:
    """Column values of a new record with a fresh id (a lean ``to_columns``: 100,000 rows)."""
    record_type: type = type(record)
    plain, getter, enums = _getters(record_type)
    values = dict(zip(plain, getter(record), strict=True))
    for name in enums:
        value = getattr(record, name)
        values[name] = None if value is None else value.value
    values["id"] = new_id()
    return values
