"""The history of every record: each change of each field, restoring a value, undeleting.

Read from the change log (see :mod:`isu_desk.storage.history`): when (the
clock stamp in local time), which workstation (by name), old value -> new
value, and whether it arrived by sync or took part in a conflict. Restoring a
value or a deleted record goes through the record kind's own save path (see
:mod:`isu_desk.services.history_kinds`), in one transaction, so it is checked
as an edit is and syncs like one.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from isu_desk.domain.errors import DataError, FieldError, RecordNotFound, Result
from isu_desk.domain.hlc import stamp_time
from isu_desk.services.history_kinds import RecordKind, names, record_kind
from isu_desk.storage import history as store
from isu_desk.storage.database import Database
from isu_desk.storage.mapping import to_columns, to_record

LABELS = {
    "iso3": "ISO code", "un_region": "UN region", "amount_chf": "CHF equivalent",
    "rate_to_chf": "Rate to CHF", "work_plan_year": "Work-plan year",
    "pledge_amount": "Amount settled in the pledge's currency", "corrects_id": "Corrects",
    "country_iso3": "Country", "entry": "Entry type", "article3_obligation": "Article 3 obligation",
    "article4_obligation": "Article 4 obligation", "article3_deadline": "Article 3 deadline",
    "article4_deadline": "Article 4 deadline", "least_developed": "Least developed country",
}  # fmt: skip


def field_label(field: str) -> str:
    """``donor_state_id`` -> "Donor state"; a few fields have a label of their own."""
    if field in LABELS:
        return LABELS[field]
    name = field.removesuffix("_id").replace("_", " ")
    return name[:1].upper() + name[1:]


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One change of one field (``field == ""``: the record was deleted)."""

    change_id: int
    hlc: str
    when: str
    workstation_id: str
    workstation: str
    action: str  # created | changed | deleted | restored
    field: str
    label: str
    old: str
    new: str
    old_value: Any
    new_value: Any
    from_sync: bool
    conflict: str


@dataclass(frozen=True, slots=True)
class DeletedRecord:
    record_id: str
    label: str
    when: str
    workstation: str


def _kind(name: str) -> RecordKind:
    found = record_kind(name)
    if found is None:
        raise DataError(f"Unknown kind {name!r}; use one of: {', '.join(names())}.")
    return found


def _decimal(raw: Any) -> str:
    value = Decimal(str(raw)).normalize()
    if value.as_tuple().exponent > -2:  # type: ignore[operator]
        value = value.quantize(Decimal("0.01"))
    return f"{value:,}"


def _conflict_mark(notes: list[store.ConflictNote], field: str, hlc: str) -> str:
    for note in notes:
        lost, won = note.losing_hlc == hlc, note.winning_hlc == hlc
        if note.field != field or not (lost or won):
            continue
        if note.status != "resolved":
            return "conflict: lost" if lost else "conflict: won"
        kept = (note.resolution == "other") == lost
        return "conflict resolved: kept" if kept else "conflict resolved: replaced"
    return ""


class _Shower:
    """Raw column values as people read them: names for references, money, yes/no."""

    def __init__(self, session: Any, entity: str, log: list[store.LoggedChange]) -> None:
        table = store.replicated(entity)
        self.entity = entity
        self.flags = {c.name for c in table.columns if type(c.type).__name__ == "Boolean"}
        self.names: dict[str, dict[str, str]] = {}
        for column in table.columns:
            if column.foreign_keys:
                ids = [c.fields.get(column.name) for c in log]
                self.names[column.name] = store.display_names(session, entity, column.name, ids)

    def __call__(self, field: str, raw: Any) -> str:
        if raw is None or raw == "":
            return ""
        if field in self.flags:
            return "yes" if raw else "no"
        if field in self.names:
            return self.names[field].get(raw, str(raw)[:8])
        if store.is_money(self.entity, field):
            return _decimal(raw)
        return str(raw)


def _describe(values: dict[str, Any]) -> str:
    for key in ("name", "role", "line"):
        if values.get(key):
            return str(values[key])
    parts = [
        values.get(k)
        for k in ("received_on", "pledged_on", "valid_from", "due_on", "currency", "amount")
    ]
    return " ".join(str(p) for p in parts if p not in (None, ""))


class HistoryService:
    """History, restore and undelete for every record kind, on one database."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def history(self, kind: str, record_id: str) -> list[HistoryEntry]:
        """Every change of every field of the record, oldest first."""
        entity = _kind(kind).table
        with self._db.read() as session:
            log = store.record_log(session, entity, record_id)
            notes = store.record_conflicts(session, entity, record_id)
            names = store.workstation_names(session)
            local = store.local_workstation(session)
            show = _Shower(session, entity, log)
        entries: list[HistoryEntry] = []
        values: dict[str, Any] = {}
        alive = False
        for change in log:
            who = names.get(change.workstation_id) or change.workstation_id[:8]
            common = (change.seq, change.hlc, stamp_time(change.hlc), change.workstation_id, who)
            remote = change.workstation_id != local
            if change.op == "delete":
                mark = _conflict_mark(notes, "", change.hlc)
                entries.append(HistoryEntry(*common, "deleted", "", "Record", "", "deleted",
                                            None, None, remote, mark))  # fmt: skip
                alive = False
                continue
            action = "changed" if alive else ("restored" if values else "created")
            if action == "restored":
                mark = _conflict_mark(notes, "", change.hlc)
                entries.append(HistoryEntry(*common, action, "", "Record", "deleted", "restored",
                                            None, None, remote, mark))  # fmt: skip
            for field, new in change.fields.items():
                old = values.get(field)
                if (action == "created" and new in (None, "")) or (
                    action == "restored" and new == old
                ):
                    continue
                mark = _conflict_mark(notes, field, change.hlc)
                entries.append(HistoryEntry(
                    *common, action, field, field_label(field), show(field, old),
                    show(field, new), old, new, remote, mark,
                ))  # fmt: skip
            values.update(change.fields)
            alive = True
        return entries

    def restore_value(self, kind: str, record_id: str, field: str, change_id: int) -> Result[Any]:
        """Write back the value that change ``change_id`` gave ``field``, as a new change."""
        rk = _kind(kind)
        with self._db.read() as session:
            log = store.record_log(session, rk.table, record_id)
            current = store.current_row(session, rk.table, record_id)
            found = [c for c in log if c.seq == change_id and field in c.fields]
            value = store.typed(rk.table, {field: found[0].fields[field]}, session) if found else {}
        if not found:
            return _failed(f"Change {change_id} did not set {field_label(field)} of this record.")
        if current is None:
            return _failed("This record was deleted; restore the record first.")
        if current[field] == found[0].fields[field]:
            return _failed(f"{field_label(field)} already has this value.")
        if rk.save is None or rk.load is None or rk.record_type is None:
            return self._write(rk, record_id, {field: found[0].fields[field]})
        try:
            record = rk.load(self._db, record_id)
        except RecordNotFound:
            return _failed("This record was deleted; restore the record first.")
        columns = {**to_columns(record), **value}
        return rk.save(self._db, to_record(rk.record_type, columns))

    def deleted_records(self, kind: str) -> list[DeletedRecord]:
        """Records of ``kind`` that were deleted (newest deletion first)."""
        entity = _kind(kind).table
        found: list[DeletedRecord] = []
        with self._db.read() as session:
            names = store.workstation_names(session)
            for record_id, hlc in store.deleted_ids(session, entity):
                log = store.record_log(session, entity, record_id)
                values, _alive = store.last_values(log)
                who = next((c.workstation_id for c in log if c.hlc == hlc), "")
                found.append(DeletedRecord(
                    record_id, _describe(values) or record_id[:8], stamp_time(hlc),
                    names.get(who) or who[:8],
                ))  # fmt: skip
        return found

    def restore_deleted(self, kind: str, record_id: str) -> Result[Any]:
        """Insert the record again with its last known values (checked as a new record)."""
        rk = _kind(kind)
        with self._db.read() as session:
            log = store.record_log(session, rk.table, record_id)
            raw, _alive = store.last_values(log)
            exists = store.current_row(session, rk.table, record_id) is not None
            values = store.typed(rk.table, raw, session)
        if not log:
            return _failed(f"There is no {rk.label.lower()} {record_id}.")
        if exists:
            return _failed(f"This {rk.label.lower()} is not deleted.")
        if rk.save is None or rk.record_type is None:
            return self._write(rk, record_id, raw)
        result = rk.save(self._db, to_record(rk.record_type, {**values, "id": record_id}))
        if not result.ok:
            reasons = "; ".join(e.message for e in result.errors)
            return _failed(f"This {rk.label.lower()} cannot be restored: {reasons}")
        return result

    def _write(self, rk: RecordKind, record_id: str, raw: dict[str, Any]) -> Result[Any]:
        with self._db.transaction() as session:
            problem = store.write_raw(session, rk.table, record_id, raw)
        return _failed(problem) if problem else Result.success(record_id)


def _failed(message: str) -> Result[Any]:
    return Result.failure([FieldError("", message)])
