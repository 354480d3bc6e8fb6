"""Import and export of sponsorship applications and GICHD payments (CSV, JSON, xlsx).

The columns are the records' fields; a State may be given by its ISO code
and a round by its meeting's code (14MSP), which is how they are exported.
An applications export also carries what the app derives (``status``, the
statuses ``reached``, ``paid_chf``, the State's ``un_region`` and
``least_developed``), so the round's figures can be checked from the file
alone; an import ignores those columns. An import is all or nothing: every
row passes the checks of the form (and the budget, for payments), each bad
line is named, and only a clean file is kept.
"""

from __future__ import annotations

import typing
from dataclasses import fields
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import Enum
from pathlib import Path
from typing import IO, Any

from isu_desk.capabilities.meetings.api import MeetingsService
from isu_desk.capabilities.sponsorship.domain import records, workflow
from isu_desk.capabilities.sponsorship.domain.costs import ActualCost, validate_actual
from isu_desk.capabilities.sponsorship.domain.records import Application
from isu_desk.capabilities.sponsorship.services import reading
from isu_desk.capabilities.sponsorship.services.budget import budget_errors
from isu_desk.capabilities.sponsorship.storage import repo
from isu_desk.domain.errors import FieldError, Result
from isu_desk.domain.ids import is_uuid, new_id
from isu_desk.services import transfer_kit as kit
from isu_desk.services.record_files import (
    READ_ERRORS,
    RowParser,
    column_names,
    header_errors,
    read_rows,
    required_columns,
)
from isu_desk.services.transfer_kit import ImportSummary
from isu_desk.storage.database import Database
from isu_desk.storage.mapping import to_columns

RECORD_TYPES: dict[str, type] = {
    "sponsorship-applications": Application,
    "sponsorship-costs": ActualCost,
}
DERIVED = ("status", "reached", "paid_chf", "un_region", "least_developed")
Session = Any


def columns(kind: str) -> tuple[str, ...]:
    derived = DERIVED if kind == "sponsorship-applications" else ()
    return (*column_names(RECORD_TYPES[kind]), *derived)


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return str(value.value)
    return str(value)


# --- import --------------------------------------------------------------------------


def import_file(database: Database, kind: str, path: Path) -> Result[ImportSummary]:
    """Import every row of ``path`` or none; errors name the line and the field."""
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
    cls = RECORD_TYPES[kind]
    header = [name for name in column_names(cls) if name in seen]
    parser = RowParser(cls, header)
    importer = _Importer(database, kind)
    with database.transaction() as session:
        for line, row in rows:
            values, problems = parser.parse([cell(row.get(name)) for name in header])
            if not problems:
                problems = importer.row(session, values)
            errors += [FieldError(f"line {line}", problem) for problem in problems]
        if errors:
            session.rollback()
            return Result.failure(errors)
    return Result.success(importer.summary())


class _Importer:
    """Checks and writes one row at a time inside the import's transaction."""

    def __init__(self, database: Database, kind: str) -> None:
        self._db = database
        self._kind = kind
        self._counts = [0, 0, 0]  # created, updated, unchanged
        self._rounds = {r.round.meeting_id: r.round.id for r in _rounds(database)}
        self._codes = _meeting_codes(database)

    def summary(self) -> ImportSummary:
        return ImportSummary(self._kind, *self._counts)

    def row(self, session: Session, values: dict[str, Any]) -> list[str]:
        problems = _numbers(RECORD_TYPES[self._kind], values)
        if problems:
            return problems
        given = str(values.pop("id", "") or "")
        if given and not is_uuid(given):
            return [f"id: {given!r} is not a record id; leave it empty for new rows."]
        if self._kind == "sponsorship-applications":
            return self._application(session, given, values)
        return self._cost(session, given, values)

    def _application(self, session: Session, given: str, values: dict[str, Any]) -> list[str]:
        state = _state_id(session, str(values.pop("state")))
        if state is None:
            return ["state: no State has that ISO code or id."]
        round_id = self._round_id(str(values["round_id"]))
        contact = values.get("contact_id") or None
        values |= {"state_id": state, "round_id": round_id, "contact_id": contact}
        old = repo.get(session, "applications", given) if given else None
        app = Application(id=given or new_id(), **values)
        if old is not None and reading.record(Application, old) == app:
            self._counts[2] += 1  # unchanged (a reported round's rows come back as they left)
            return []
        problems = self._check(session, app)
        if problems:
            return problems
        if old is None:
            repo.insert(session, "applications", to_columns(app))
            self._counts[0] += 1
        else:
            changed = repo.update(session, "applications", app.id, to_columns(app))
            self._counts[1 if changed else 2] += 1
        return []

    def _round_id(self, given: str) -> str:
        meeting = self._codes.get(given.strip().upper())
        return self._rounds.get(meeting, given) if meeting else given

    def _check(self, session: Session, app: Application) -> list[str]:
        row = repo.get(session, "rounds", app.round_id)
        if row is None:
            return ["round_id: no round for that meeting code or id."]
        round_ = reading.record(records.Round, row)
        meeting = reading.meeting_of(self._db, round_.meeting_id)
        errors = records.validate_application(app, reading.dates_of(meeting))
        errors += workflow.check_round(round_.status)
        return [f"{e.field}: {e.message}" for e in errors]

    def _cost(self, session: Session, given: str, values: dict[str, Any]) -> list[str]:
        cost = ActualCost(id=given or new_id(), **values)
        old = repo.get(session, "costs", given) if given else None
        if old is not None:
            if reading.record(ActualCost, old) == cost:
                self._counts[2] += 1  # unchanged
                return []
            return ["id: payments are never changed; enter a correction instead."]
        errors = validate_actual(cost)
        app_row = repo.get(session, "applications", cost.application_id)
        if app_row is None:
            return ["application_id: no application has that id."]
        if not errors:
            inputs = reading.read_round(session, self._db, app_row.round_id).inputs
            before = inputs.paid.get(cost.application_id, Decimal(0))
            paid = {cost.application_id: before + cost.amount_chf}
            errors = budget_errors(session, self._db, inputs, {}, False, paid)
        if errors:
            return [f"{e.field}: {e.message}" for e in errors]
        repo.insert(session, "costs", to_columns(cost))
        self._counts[0] += 1
        return []


def _numbers(cls: type, values: dict[str, Any]) -> list[str]:
    """Amounts and counts from their text, in place; what cannot be read, named."""
    hints = typing.get_type_hints(cls)
    problems = []
    for name, value in list(values.items()):
        kind = hints.get(name)
        if kind not in (Decimal, int) or not isinstance(value, str):
            continue
        try:
            values[name] = Decimal(value) if kind is Decimal else int(value)
        except (InvalidOperation, ValueError):
            what = "an amount (1234.50)" if kind is Decimal else "a whole number"
            problems.append(f"{name}: “{value}” is not {what}.")
    return problems


def _rounds(database: Database) -> list[Any]:
    from isu_desk.capabilities.sponsorship.services.service import SponsorshipService

    return SponsorshipService(database).rounds()


def _meeting_codes(database: Database) -> dict[str, str]:
    return {m.code.upper(): m.id for m in MeetingsService(database).meetings() if m.code}


def _state_id(session: Session, given: str) -> str | None:
    given = given.strip()
    for row in repo.states(session).values():
        if given in (row.id, row.iso3):
            return str(row.id)
    return None


# --- export --------------------------------------------------------------------------


def export_rows(database: Database, kind: str) -> tuple[tuple[str, ...], list[dict[str, str]]]:
    """The header and rows of ``kind``, States by ISO code and rounds by meeting code."""
    codes = {mid: code for code, mid in _meeting_codes(database).items()}
    rounds = {r.round.id: codes.get(r.round.meeting_id, r.round.id) for r in _rounds(database)}
    out: list[dict[str, str]] = []
    with database.read() as session:
        states = repo.states(session)
        for round_id in rounds:
            view = reading.read_round(session, database, round_id)
            for app in view.inputs.applications:
                if kind == "sponsorship-costs":
                    out += [_cost_row(r) for r in repo.costs(session, application_id=app.id)]
                else:
                    out.append(_application_row(app, view, states, rounds))
    return columns(kind), out


def _cost_row(row: Any) -> dict[str, str]:
    cost = reading.record(ActualCost, row)
    return {f.name: cell(getattr(cost, f.name)) for f in fields(cost)}


def _application_row(
    app: Application, view: reading.RoundView, states: dict[str, Any], rounds: dict[str, str]
) -> dict[str, str]:
    values = {f.name: cell(getattr(app, f.name)) for f in fields(app)}
    state = states[app.state_id]
    history = view.histories[app.id]
    reached = sorted(history.reached, key=list(workflow.Status).index)
    values.pop("state_id")
    values |= {
        "state": state.iso3,
        "round_id": rounds[app.round_id],
        "status": history.status.value,
        "reached": " ".join(s.value for s in reached),
        "paid_chf": cell(view.inputs.paid.get(app.id, Decimal(0))),
        "un_region": state.un_region or "",
        "least_developed": cell(bool(state.least_developed)),
    }
    return values


def write_export(database: Database, kind: str, fmt: str, target: IO[str] | Path) -> int:
    """Write ``kind`` as csv, json or xlsx to a file (or csv/json to a stream), through the
    shared writers: text a spreadsheet would run is neutralised, files are private (0600)."""
    header, rows = export_rows(database, kind)
    return kit.write_table(target, fmt, header, rows)
