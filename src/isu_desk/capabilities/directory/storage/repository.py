"""Queries and writes for the Directory tables.

Writes go through the ORM (the capture triggers log them); lists are built as
SQL that searches the folded ``search_text`` column, filters, sorts and pages
in SQLite.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, cast

from sqlalchemy import ColumnElement, Select, String, Table, Text, func, or_, select, update
from sqlalchemy.orm import Session, aliased

from isu_desk.domain.listing import ListQuery
from isu_desk.domain.text import like_pattern
from isu_desk.storage.bulk_capture import insert_captured
from isu_desk.storage.bulk_capture import insert_values as insert_values_captured
from isu_desk.storage.models import (
    Base,
    ContactRecord,
    OfficeHolderRecord,
    OrganisationRecord,
    StateRecord,
)

MODELS: dict[str, type[Base]] = {
    "states": StateRecord,
    "organisations": OrganisationRecord,
    "contacts": ContactRecord,
    "office_holders": OfficeHolderRecord,
}

# Who points at whom: (referencing model, column, label) for each kind.
REFERENCES: dict[str, tuple[tuple[Any, str, str], ...]] = {
    "states": (
        (ContactRecord, "state_id", "contacts"),
        (OfficeHolderRecord, "state_id", "office holders"),
    ),
    "organisations": ((ContactRecord, "organisation_id", "contacts"),),
    "contacts": ((OfficeHolderRecord, "contact_id", "office holders"),),
    "office_holders": (),
}


def get(session: Session, kind: str, record_id: str) -> Any | None:
    return session.get(MODELS[kind], record_id)


def insert_row(session: Session, kind: str, values: Mapping[str, Any]) -> None:
    session.add(MODELS[kind](**values))
    session.flush()


def insert_many(session: Session, kind: str, rows: Sequence[Mapping[str, Any]]) -> None:
    """Bulk insert (one executemany), its change log written set-based.

    A Core insert on the table: the ORM's bulk path costs about a third more
    on 100,000 rows (bench/bench_import.py) and adds nothing here; see
    :mod:`isu_desk.storage.bulk_capture` for the change log.
    """
    insert_captured(session.connection(), cast(Table, MODELS[kind].__table__), rows)


def insert_values(
    session: Session, kind: str, keys: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """Bulk insert of rows given as values of ``keys`` (every stored column, as the
    driver binds them: text, numbers, ``None``), logged as :func:`insert_many` logs."""
    insert_values_captured(session.connection(), cast(Table, MODELS[kind].__table__), keys, rows)


def update_many(session: Session, kind: str, rows: Sequence[Mapping[str, Any]]) -> None:
    """Bulk update by primary key: each mapping has ``id`` and the same other columns.

    One executemany; the update trigger still logs, per row, only the fields
    whose value changed.
    """
    if rows:
        session.execute(update(MODELS[kind]), list(rows))


def update_row(session: Session, kind: str, record_id: str, values: Mapping[str, Any]) -> bool:
    """Set the given fields; returns whether any value changed."""
    row = session.get(MODELS[kind], record_id)
    if row is None:
        raise LookupError(f"{kind} {record_id} does not exist")
    changed = False
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed = True
    session.flush()
    return changed


def delete_row(session: Session, kind: str, record_id: str) -> None:
    row = session.get(MODELS[kind], record_id)
    if row is not None:
        session.delete(row)
        session.flush()


def references(session: Session, kind: str, record_id: str) -> dict[str, int]:
    """How many records of each kind still point at this one (non-zero only).

    Besides the Directory's own, any other capability's table with a foreign
    key to this one counts (a meeting's participant, a sponsorship nominee),
    named by its table.
    """
    found: dict[str, int] = {}
    for model, column, label in REFERENCES[kind]:
        count = session.scalar(
            select(func.count()).select_from(model).where(getattr(model, column) == record_id)
        )
        if count:
            found[label] = int(count)
    known = {(cast(Table, model.__table__).name, column) for model, column, _ in REFERENCES[kind]}
    target = cast(Table, MODELS[kind].__table__)
    for table in Base.metadata.sorted_tables:
        for key in table.foreign_keys:
            if key.column.table is not target or (table.name, key.parent.name) in known:
                continue
            count = session.scalar(
                select(func.count()).select_from(table).where(key.parent == record_id)
            )
            if count:
                label = table.name.replace("_", " ")
                found[label] = found.get(label, 0) + int(count)
    return found


def state_by_iso3(session: Session, iso3: str) -> StateRecord | None:
    return session.scalar(select(StateRecord).where(StateRecord.iso3 == iso3))


def organisation_by_name(session: Session, name: str) -> OrganisationRecord | None:
    return session.scalar(
        select(OrganisationRecord).where(func.lower(OrganisationRecord.name) == name.lower())
    )


# --- lists -----------------------------------------------------------------

_StateName = aliased(StateRecord)
_OrgName = aliased(OrganisationRecord)
_HolderState = aliased(StateRecord)
_HolderContact = aliased(ContactRecord)


def _base(kind: str) -> tuple[Select[Any], dict[str, ColumnElement[Any]], Any]:
    """The select of a list, its sortable columns by name, and its search column."""
    model: Any = MODELS[kind]
    columns: dict[str, ColumnElement[Any]] = {
        c.name: getattr(model, c.name) for c in model.__table__.columns if c.name != "search_text"
    }
    stmt = select(*columns.values())
    search = getattr(model, "search_text", None)
    if kind == "contacts":
        columns["state_name"] = _StateName.name.label("state_name")
        columns["organisation_name"] = _OrgName.name.label("organisation_name")
        stmt = (
            select(*columns.values())
            .outerjoin(_StateName, _StateName.id == ContactRecord.state_id)
            .outerjoin(_OrgName, _OrgName.id == ContactRecord.organisation_id)
        )
    elif kind == "office_holders":
        columns["state_name"] = _HolderState.name.label("state_name")
        columns["contact_name"] = _HolderContact.name.label("contact_name")
        columns["name"] = columns["state_name"]
        stmt = (
            select(*[c for k, c in columns.items() if k != "name"])
            .join(_HolderState, _HolderState.id == OfficeHolderRecord.state_id)
            .outerjoin(_HolderContact, _HolderContact.id == OfficeHolderRecord.contact_id)
        )
        search = _HolderState.search_text
    return stmt, columns, search


# (the list's column holding an id, the table whose names are searched too)
_LINKED_SEARCH: dict[str, tuple[tuple[Any, Any], ...]] = {
    "contacts": (
        (ContactRecord.state_id, StateRecord),
        (ContactRecord.organisation_id, OrganisationRecord),
    ),
    "office_holders": ((OfficeHolderRecord.contact_id, ContactRecord),),
}


def _filtered(kind: str, query: ListQuery) -> tuple[Select[Any], dict[str, ColumnElement[Any]]]:
    stmt, columns, search = _base(kind)
    if query.search.strip() and search is not None:
        pattern = like_pattern(query.search)
        # Contacts are also found by their State's and organisation's names ("sierra"):
        # the few matching States and organisations are found once, not per contact.
        found = [search.like(pattern, escape="\\")]
        for column, target in _LINKED_SEARCH.get(kind, ()):
            matching = select(target.id).where(target.search_text.like(pattern, escape="\\"))
            found.append(column.in_(matching.scalar_subquery()))
        stmt = stmt.where(or_(*found))
    for name, value in query.filters.items():
        if name not in columns:
            raise ValueError(f"cannot filter {kind} by {name!r}")
        stmt = stmt.where(columns[name] == value)
    return stmt, columns


def page(
    session: Session, kind: str, query: ListQuery, offset: int, limit: int
) -> list[dict[str, Any]]:
    """One page of a list, sorted and filtered in SQL."""
    stmt, columns = _filtered(kind, query)
    keys = [key.desc() if query.descending else key.asc() for key in _sort_keys(kind, query)]
    stmt = stmt.order_by(*keys, columns["id"]).offset(offset).limit(limit)
    return [dict(row._mapping) for row in session.execute(stmt)]


# Lists whose folded search text starts with the folded name: sorting by it is sorting
# by the folded name (then as written), without calling isu_fold on every row.
_NAME_FIRST = {"organisations", "contacts"}


def _sort_keys(kind: str, query: ListQuery) -> list[ColumnElement[Any]]:
    """The ORDER BY of a list: text in the order of the PDFs (case and accents folded
    first, so Côte d'Ivoire comes before Czechia), other values as they are."""
    _stmt, columns, _search = _base(kind)
    name = query.sort if query.sort in columns else ("name" if "name" in columns else "id")
    column = columns[name]
    if name == "name" and kind in _NAME_FIRST:
        model: Any = MODELS[kind]
        return [model.search_text]  # then id: the (search_text, id) index's own order
    if isinstance(column.type, String | Text):
        return [func.isu_fold(column), column]
    return [column]


def count(session: Session, kind: str, query: ListQuery) -> int:
    stmt, _ = _filtered(kind, query)
    return int(session.scalar(select(func.count()).select_from(stmt.subquery())) or 0)
