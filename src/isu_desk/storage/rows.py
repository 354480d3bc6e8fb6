"""Generic row writes on any model: insert, bulk insert, update changed fields, delete.

The capture triggers log every write made here (only the fields that changed,
for an update). Capability repositories look their model up by kind and call
these (the Directory's and Contributions' repositories still carry their own
copies: candidates to move here).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, cast

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

from isu_desk.storage.models import Base


def insert_row(session: Session, model: type[Base], values: Mapping[str, Any]) -> None:
    session.add(model(**values))
    session.flush()


def insert_many(session: Session, model: type[Base], rows: Sequence[Mapping[str, Any]]) -> None:
    """One executemany (a Core insert: the ORM's bulk path is slower and adds nothing)."""
    if rows:
        session.execute(insert(cast(Table, model.__table__)), list(rows))


def update_row(
    session: Session, model: type[Base], record_id: str, values: Mapping[str, Any]
) -> bool:
    """Set the given fields; returns whether any value changed."""
    row = session.get(model, record_id)
    if row is None:
        raise LookupError(f"{model.__tablename__} {record_id} does not exist")
    changed = False
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed = True
    session.flush()
    return changed


def delete_row(session: Session, model: type[Base], record_id: str) -> None:
    row = session.get(model, record_id)
    if row is not None:
        session.delete(row)
        session.flush()
