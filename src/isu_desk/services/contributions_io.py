"""Import and export of pledges, contributions, budget lines and exchange rates.

Files are CSV (UTF-8), JSON (a list of objects) or Excel ``.xlsx``; the format
follows the file's suffix on import. Donors are named by a State's ISO3 code or
an organisation's name, funds by name, years as ``2025`` or ``2025-2027``.
Amounts must be plain numbers (``1234.50``): ``1'234.50`` or ``1 234,50`` are
refused with the expected format, never guessed. An import is all or nothing:
every row is parsed and checked first and each bad row is reported by line and
reason; only a clean file is written, in one transaction. Ledger rows are never
changed by an import: a row whose id exists already must be identical (it is
then skipped, so importing an export twice adds nothing).

Excel stores numbers as binary doubles; a numeric cell is read through its
shortest decimal representation (what Excel shows), exported amounts are
written from Decimals.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from isu_desk.domain import contributions as dom
from isu_desk.domain import contributions_balances as bal
from isu_desk.domain.contributions import (
    BudgetLine,
    Contribution,
    ContributionForm,
    ContributionKind,
    EntryType,
    ExchangeRate,
    Pledge,
)
from isu_desk.domain.errors import DataError, FieldError, Result
from isu_desk.domain.ids import is_uuid, new_id
from isu_desk.domain.safe_text import spreadsheet_safe
from isu_desk.services import contributions_ledger as led
from isu_desk.services.contributions_files import UNREADABLE, column_errors, read_rows
from isu_desk.services.contributions_pledges import pledge_change_errors
from isu_desk.services.contributions_rows import Lookups, RowReader
from isu_desk.storage import finance as repo
from isu_desk.storage.database import Database
from isu_desk.storage.mapping import to_columns, to_record
from isu_desk.storage.private import new_private_file

IMPORT_KINDS = ("pledges", "contributions", "budget", "rates")
FORMATS = ("csv", "json", "xlsx")
TABLES = {
    "pledges": "pledges",
    "contributions": "contributions",
    "budget": "budget_lines",
    "rates": "exchange_rates",
}
COLUMNS: dict[str, tuple[str, ...]] = {
    "pledges": ("id", "donor", "fund", "currency", "total", "pledged_on", "years", "notes"),
    "contributions": (
        "id", "donor", "pledge_id", "fund", "kind", "form", "currency", "amount",
        "rate_to_chf", "amount_chf", "pledge_amount", "received_on", "work_plan_year",
        "reference", "acknowledged_on", "description", "notes", "entry", "corrects_id",
    ),
    "budget": (
        "id", "year", "line", "amount_chf", "decision_meeting", "decision_symbol", "notes",
    ),
    "rates": ("id", "currency", "valid_from", "rate_to_chf", "notes"),
}  # fmt: skip
REQUIRED: dict[str, tuple[str, ...]] = {
    "pledges": ("donor", "fund", "currency", "total", "pledged_on", "years"),
    "contributions": ("donor", "fund", "currency", "amount", "received_on"),
    "budget": ("year", "line", "amount_chf"),
    "rates": ("currency", "valid_from", "rate_to_chf"),
}
EXPORT_EXTRA = {"pledges": ("received", "outstanding", "status")}


@dataclass(frozen=True, slots=True)
class ImportSummary:
    """What an import did (the same shape as the Directory's, for the CLI)."""

    kind: str
    created: int
    updated: int
    unchanged: int


# --- import -----------------------------------------------------------------------


def import_file(database: Database, kind: str, path: Path) -> Result[ImportSummary]:
    """Import every row of ``path`` or none; errors name the line and the reason."""
    try:
        rows = list(read_rows(path))
    except UNREADABLE as exc:
        return Result.failure([FieldError("", f"Cannot read {path.name}: {exc}.")])
    columns = COLUMNS[kind]
    errors = column_errors(path, rows, (columns, EXPORT_EXTRA.get(kind, ())), REQUIRED[kind])
    if errors:
        return Result.failure(errors)
    with database.transaction() as session:
        lookups = Lookups.load(session)
        existing = {r.id: r for r in repo.all_rows(session, TABLES[kind])}
    parse = PARSERS[kind]
    records: list[Any] = []
    parsed: list[tuple[int, Any]] = []
    for line, row in rows:
        reader = RowReader(row, lookups)
        record = parse(reader)
        unchanged = record is None or _same_as_stored(record, existing)
        problems = reader.problems + ([] if unchanged else _rules(kind, record, lookups))
        errors += [FieldError(f"line {line}", problem) for problem in problems]
        if record is not None:
            parsed.append((line, record))
            if not problems:
                records.append(record)
    errors += _across_rows(kind, parsed, existing)
    if errors:
        return Result.failure(errors)
    return _write(database, kind, records, existing)


def _same_as_stored(record: Any, existing: Mapping[str, Any]) -> bool:
    """Whether the row repeats a stored record (it is skipped, so not checked again:
    a payment whose bank CHF figure was confirmed in the app re-imports)."""
    old = existing.get(record.id)
    return old is not None and bool(to_record(type(record), old) == record)


def _across_rows(
    kind: str, parsed: list[tuple[int, Any]], existing: Mapping[str, Any]
) -> list[FieldError]:
    """Rows that clash with another row of the file, or point at an entry nowhere."""
    errors: list[FieldError] = []
    first: dict[str, int] = {}
    for line, record in parsed:
        if record.id in first:
            message = f"id {record.id} is already on line {first[record.id]}."
            errors.append(FieldError(f"line {line}", message))
        first.setdefault(record.id, line)
    if kind == "rates":
        errors += _duplicate_rates(parsed, existing)
    for line, record in parsed:
        target = getattr(record, "corrects_id", None)
        if target and target not in existing and target not in first:
            message = f"corrects_id: no entry {target} in the ledger or in this file."
            errors.append(FieldError(f"line {line}", message))
    return errors


def _duplicate_rates(
    parsed: list[tuple[int, ExchangeRate]], existing: Mapping[str, Any]
) -> list[FieldError]:
    """One rate per currency and date, in the file and in the database."""
    errors: list[FieldError] = []
    first: dict[tuple[str, date], str] = {
        (r.currency, r.valid_from): "in the database" for r in existing.values()
    }
    owner = {(r.currency, r.valid_from): r.id for r in existing.values()}
    for line, rate in parsed:
        key = (rate.currency, rate.valid_from)
        if key in first and owner.get(key) != rate.id:
            message = f"a {key[0]} rate from {key[1].isoformat()} is already {first[key]}."
            errors.append(FieldError(f"line {line}", message))
        first.setdefault(key, f"on line {line}")
        owner.setdefault(key, rate.id)
    return errors


def _rules(kind: str, record: Any, lookups: Lookups) -> list[str]:
    checks: dict[str, Callable[[Any], list[FieldError]]] = {
        "pledges": dom.validate_pledge,
        "contributions": dom.validate_contribution,
        "budget": dom.validate_budget_line,
        "rates": dom.validate_rate,
    }
    problems = [f"{e.field}: {e.message}" for e in checks[kind](record)]
    if kind == "contributions" and not problems:
        problems += [f"{e.field}: {e.message}" for e in dom.check_entry_dates(record, date.today())]
    if kind == "contributions" and record.pledge_id:
        pledge = lookups.pledges.get(record.pledge_id)
        if pledge is None:
            problems.append(f"pledge_id: no pledge {record.pledge_id}.")
        else:
            found = dom.check_against_pledge(record, pledge, dom.MAX_AMOUNT)
            problems += [f"{e.field}: {e.message}" for e in found]
    return problems


def _write(
    database: Database, kind: str, records: list[Any], existing: Mapping[str, Any]
) -> Result[ImportSummary]:
    table = TABLES[kind]
    created, updated, unchanged = [], 0, 0
    errors: list[FieldError] = []
    with database.transaction() as session:
        for record in records:
            old = existing.get(record.id)
            if old is None:
                created.append(record)
            elif to_record(type(record), old) == record:
                unchanged += 1
            elif kind == "contributions":
                errors.append(
                    FieldError(
                        "",
                        f"Contribution {record.id} exists and differs; "
                        "record a correction instead.",
                    )
                )
            else:
                errors += _update_errors(session, kind, record)
                repo.update_row(session, table, record.id, to_columns(record))
                updated += 1
        if not errors:
            errors = _insert(session, table, created)
        if errors:
            session.rollback()
            return Result.failure(errors)
    return Result.success(ImportSummary(kind, len(created), updated, unchanged))


def _insert(session: Any, table: str, created: list[Any]) -> list[FieldError]:
    """Insert new rows: payments first, then each correction checked as the app checks
    it (adjustments before reversals, so a reversal sees what it must cancel)."""
    plain = [to_columns(r) for r in created if not getattr(r, "corrects_id", None)]
    repo.insert_many(session, table, plain)
    corrections = [r for r in created if getattr(r, "corrects_id", None)]
    corrections.sort(key=lambda r: (r.entry is EntryType.REVERSAL, r.received_on, r.id))
    errors: list[FieldError] = []
    for record in corrections:
        found = led.correction_errors(session, record)
        errors += [FieldError("", f"Correction {record.id}: {e.message}") for e in found]
        if not found:
            repo.insert_row(session, table, to_columns(record))
    return errors


def _update_errors(session: Any, kind: str, record: Any) -> list[FieldError]:
    """The rules a change made in the app obeys, for a row that changes a stored record."""
    if kind != "pledges":
        return []
    found = pledge_change_errors(session, record)
    return [FieldError("", f"Pledge {record.id}: {e.message}") for e in found]


def _record_id(reader: RowReader) -> str:
    text = reader.text("id")
    if text and not is_uuid(text):
        reader.problems.append(f"id: {text!r} is not a record id; leave it empty for new rows.")
    return text or new_id()


def _pledge(reader: RowReader) -> Pledge | None:
    state, org = reader.donor()
    years = reader.years("years")
    record = Pledge(
        _record_id(reader), state, org, reader.fund(), reader.date("pledged_on"),
        reader.currency(), reader.amount("total"), years[0], years[1], reader.text("notes"),
    )  # fmt: skip
    return None if reader.problems else record


def _contribution(reader: RowReader) -> Contribution | None:
    state, org = reader.donor()
    currency = reader.currency()
    amount = reader.amount("amount")
    received_on = reader.date("received_on")
    rate = reader.rate(currency, received_on)
    chf = reader.amount("amount_chf", optional=True)
    record = Contribution(
        id=_record_id(reader),
        donor_state_id=state,
        donor_organisation_id=org,
        fund_id=reader.fund(),
        pledge_id=reader.text("pledge_id") or None,
        kind=reader.choice("kind", ContributionKind, ContributionKind.VOLUNTARY),
        form=reader.choice("form", ContributionForm, ContributionForm.FINANCIAL),
        currency=currency,
        amount=amount,
        rate_to_chf=rate,
        amount_chf=dom.chf_equivalent(amount, rate) if chf is None else chf,
        pledge_amount=reader.amount("pledge_amount", optional=True),
        received_on=received_on,
        work_plan_year=reader.integer("work_plan_year", received_on.year),
        reference=reader.text("reference"),
        acknowledged_on=reader.date("acknowledged_on", optional=True),
        description=reader.text("description"),
        notes=reader.text("notes"),
        entry=reader.choice("entry", EntryType, EntryType.PAYMENT),
        corrects_id=reader.text("corrects_id") or None,
    )
    return None if reader.problems else record


def _budget(reader: RowReader) -> BudgetLine | None:
    record = BudgetLine(
        _record_id(reader), reader.integer("year", 0), reader.text("line"),
        reader.amount("amount_chf"), reader.text("decision_meeting"),
        reader.text("decision_symbol"), reader.text("notes"),
    )  # fmt: skip
    return None if reader.problems else record


def _rate(reader: RowReader) -> ExchangeRate | None:
    record = ExchangeRate(
        _record_id(reader), reader.currency(), reader.date("valid_from"),
        reader.amount("rate_to_chf"), reader.text("notes"),
    )  # fmt: skip
    return None if reader.problems else record


PARSERS: dict[str, Callable[[RowReader], Any]] = {
    "pledges": _pledge,
    "contributions": _contribution,
    "budget": _budget,
    "rates": _rate,
}


# --- export -----------------------------------------------------------------------


def export_rows(database: Database, kind: str) -> tuple[tuple[str, ...], list[dict[str, Any]]]:
    """The header and rows of an export (Decimals and dates kept as values)."""
    header = COLUMNS[kind] + EXPORT_EXTRA.get(kind, ())
    with database.transaction() as session:
        codes = repo.donor_codes(session)
        funds = {f.id: f.name for f in repo.all_rows(session, "funds")}
        if kind == "pledges":
            records: list[dict[str, Any]] = repo.pledge_rows(session, {})
        else:
            model_rows = (
                repo.ledger_rows(session)
                if kind == "contributions"
                else repo.all_rows(session, TABLES[kind])
            )
            records = [
                {col.name: getattr(r, col.name) for col in r.__table__.columns} for r in model_rows
            ]
    out = []
    for values in records:
        values = dict(values)
        donor = values.get("donor_state_id") or values.get("donor_organisation_id")
        values.update(donor=codes.get(donor or "", ""), fund=funds.get(values.get("fund_id", "")))
        if kind == "pledges":
            values.update(_pledge_extras(values))
        out.append({name: values.get(name) for name in header})
    return header, out


def _pledge_extras(values: dict[str, Any]) -> dict[str, Any]:
    first, last = values["first_year"], values["last_year"]
    total, received = values["total"], values["received"]
    return {
        "years": str(first) if first == last else f"{first}-{last}",
        "outstanding": max(total - received, Decimal(0)),
        "status": bal.pledge_status(total, received).value,
    }


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return f"{value.normalize():f}" if value == value.to_integral() else f"{value:f}"
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(value)


def write_export(database: Database, kind: str, fmt: str, target: IO[str] | Path) -> int:
    """Write ``kind`` as csv, json or xlsx to a file (or csv/json to a stream)."""
    header, rows = export_rows(database, kind)
    if fmt == "xlsx":
        if not isinstance(target, Path):
            raise DataError("An Excel export needs a file name (-o FILE.xlsx).")
        _write_xlsx(target, header, rows)
        return len(rows)
    stream = (
        new_private_file(target).open("w", encoding="utf-8", newline="")
        if isinstance(target, Path)
        else target
    )
    try:
        if fmt == "json":
            json.dump([{k: _text(v) for k, v in r.items()} for r in rows], stream, indent=1)
        else:
            writer = csv.writer(stream)
            writer.writerow(header)
            writer.writerows([[_csv_cell(r[c]) for c in header] for r in rows])
    finally:
        if isinstance(target, Path):
            stream.close()
    return len(rows)


def _csv_cell(value: Any) -> str:
    """Text as a spreadsheet will not run it (numbers and dates are left as they are)."""
    return spreadsheet_safe(value) if isinstance(value, str) else _text(value)


def _write_xlsx(path: Path, header: tuple[str, ...], rows: list[dict[str, Any]]) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(list(header))
    for number, row in enumerate(rows, start=2):
        for column, value in enumerate(row.values(), start=1):
            if isinstance(value, Decimal | int | date):
                sheet.cell(number, column, value)
            else:  # text is always a string cell: "=…" never becomes a live formula
                sheet.cell(number, column, _text(value)).data_type = "s"
    book.save(new_private_file(path))


def field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))
