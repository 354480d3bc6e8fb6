"""Import and export of meetings, documents, participants, action points and minutes texts.

The columns are the records' fields (:func:`columns`); a file is CSV (UTF-8),
JSON (a list of objects) or Excel ``.xlsx``, by its suffix. Values parse
strictly through the shared :mod:`isu_desk.services.record_files` rules (ISO
dates, enums by value, true/false). A row pointing at its meeting may give the
meeting's code (13MSP) instead of its id. An import is all or nothing: each row
passes the same checks as a change made in the app (approved minutes are
refused, a symbol already used, a person listed twice), each bad line is
named, and only a clean file is kept.
"""

from __future__ import annotations

import typing
from dataclasses import fields, replace
from datetime import date, datetime
from enum import Enum
from functools import cache
from pathlib import Path
from types import UnionType
from typing import IO, Any

from isu_desk.capabilities.meetings.domain.records import (
    ActionPoint,
    Document,
    Meeting,
    MinuteEntry,
    Participant,
)
from isu_desk.capabilities.meetings.services import checks
from isu_desk.capabilities.meetings.storage import repo
from isu_desk.domain.errors import FieldError, Result
from isu_desk.domain.ids import is_uuid
from isu_desk.services.record_files import (
    READ_ERRORS,
    RowParser,
    column_names,
    header_errors,
    read_rows,
    required_columns,
)
from isu_desk.services.transfer_kit import ImportSummary, write_table
from isu_desk.storage.database import Database
from isu_desk.storage.mapping import to_record

RECORD_TYPES: dict[str, type] = {
    "meetings": Meeting,
    "documents": Document,
    "participants": Participant,
    "action-points": ActionPoint,
    "minutes": MinuteEntry,
}
FORMATS = ("csv", "json", "xlsx")
Session = Any


def columns(kind: str) -> tuple[str, ...]:
    return column_names(RECORD_TYPES[kind])


@cache
def _optional_ids(cls: type) -> frozenset[str]:
    """Fields typed ``str | None``: an empty cell means no reference, not ``""``."""
    hints = typing.get_type_hints(cls)
    return frozenset(
        name
        for name, hint in hints.items()
        if isinstance(hint, UnionType) and set(typing.get_args(hint)) == {str, type(None)}
    )


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


# --- import ------------------------------------------------------------------------


def import_file(database: Database, kind: str, path: Path) -> Result[ImportSummary]:
    """Import every row of ``path`` or none; errors name the line and the field."""
    cls = RECORD_TYPES[kind]
    try:
        rows = list(read_rows(path))
    except READ_ERRORS as exc:
        return Result.failure([FieldError("", f"Cannot read {path.name}: {exc}.")])
    if not rows:
        return Result.failure([FieldError("", f"{path.name} has no rows to import.")])
    seen = {name for _, row in rows for name in row}
    errors = header_errors(columns(kind), required_columns(RECORD_TYPES[kind]), seen)
    if errors:
        return Result.failure(errors)
    header = [name for name in columns(kind) if name in seen]
    parser = RowParser(cls, header)
    counts = [0, 0, 0]
    with database.transaction() as session:
        context = checks.Context(date.today(), checks.symbol_prefix(session))
        for line, row in rows:
            values, problems = parser.parse([_text(row.get(name)) for name in header])
            record = None if problems else _record(session, cls, values, problems)
            if record is not None:
                problems += [
                    f"{e.field}: {e.message}" for e in checks.check(session, record, context)
                ]
            errors += [FieldError(f"line {line}", problem) for problem in problems]
            if record is not None and not problems:
                existed = repo.get(session, checks.KIND_OF[cls], record.id) is not None
                changed = checks.write(session, record)
                counts[0 if not existed else 1 if changed else 2] += 1
        if errors:
            session.rollback()
            return Result.failure(errors)
    return Result.success(ImportSummary(kind, *counts))


def _record(session: Session, cls: type, values: dict[str, Any], problems: list[str]) -> Any:
    """The record a row describes: a stored one changed, or a new one (``None`` on error)."""
    for name in _optional_ids(cls) & values.keys():
        values[name] = values[name] or None
    if "meeting_id" in values:
        given = str(values["meeting_id"])
        found = repo.meeting_by_code(session, given)
        values["meeting_id"] = found.id if found is not None else given
    record_id = str(values.pop("id", "") or "")
    if record_id and not is_uuid(record_id):
        problems.append(f"id: {record_id!r} is not a record id; leave it empty for new rows.")
        return None
    row = repo.get(session, checks.KIND_OF[cls], record_id) if record_id else None
    if row is not None:
        return checks.prepare(replace(to_record(cls, row), **values))
    return checks.prepare(cls(id=record_id, **values))


# --- export ------------------------------------------------------------------------


def export_rows(database: Database, kind: str) -> tuple[tuple[str, ...], list[dict[str, Any]]]:
    """The header and rows of ``kind`` (meetings named by code where they have one)."""
    cls = RECORD_TYPES[kind]
    with database.read() as session:
        codes = {m.id: m.code or m.id for m in repo.all_rows(session, "meetings")}
        records: list[Any] = [
            to_record(cls, r) for r in repo.all_rows(session, checks.KIND_OF[cls])
        ]
    out = []
    for record in records:
        values = {f.name: getattr(record, f.name) for f in fields(record)}
        if "meeting_id" in values:
            values["meeting_id"] = codes.get(values["meeting_id"], values["meeting_id"])
        out.append({k: v.value if isinstance(v, Enum) else v for k, v in values.items()})
    return columns(kind), out


def write_export(database: Database, kind: str, fmt: str, target: IO[str] | Path) -> int:
    """Write ``kind`` as csv, json or xlsx to a file (or csv/json to a stream)."""
    header, rows = export_rows(database, kind)
    return write_table(target, fmt, header, rows)
