"""Queries and writes for the Sponsorship tables (SQLAlchemy stays here).

A round is read whole in a handful of queries (its applications, their steps
in replay order, payments, overrides and the States' facts); the services
hand that to the pure domain. Steps, overrides and confirmations keep the
records' ``on`` in the column ``on_date``.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from isu_desk.capabilities.sponsorship.storage.models import (
    ApplicationRecord,
    ConfirmationRecord,
    CostRecord,
    OverrideRecord,
    RoundRecord,
    StepRecord,
)
from isu_desk.storage import rows
from isu_desk.storage.models import Base, ContactRecord, Setting, StateRecord

MODELS: dict[str, type[Base]] = {
    "rounds": RoundRecord,
    "applications": ApplicationRecord,
    "steps": StepRecord,
    "overrides": OverrideRecord,
    "costs": CostRecord,
    "confirmations": ConfirmationRecord,
    "states": StateRecord,
    "contacts": ContactRecord,
}
ON_COLUMN = "on_date"  # the records' ``on``


def recorded_at() -> str:
    """When a step or override is recorded: UTC to the microsecond (sorts as text)."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")


def get(session: Session, kind: str, record_id: str) -> Any:
    return session.get(MODELS[kind], record_id)


def insert(session: Session, kind: str, values: Mapping[str, Any]) -> None:
    rows.insert_row(session, MODELS[kind], _columns(values))


def update(session: Session, kind: str, record_id: str, values: Mapping[str, Any]) -> bool:
    return rows.update_row(session, MODELS[kind], record_id, _columns(values))


def delete(session: Session, kind: str, record_id: str) -> None:
    rows.delete_row(session, MODELS[kind], record_id)


def _columns(values: Mapping[str, Any]) -> dict[str, Any]:
    return {(ON_COLUMN if name == "on" else name): value for name, value in values.items()}


def as_fields(row: Any) -> dict[str, Any]:
    """A row's values by the records' field names (``on_date`` read back as ``on``)."""
    table = row.__table__
    return {
        ("on" if column.name == ON_COLUMN else column.name): getattr(row, column.name)
        for column in table.columns
    }


def rounds(session: Session) -> list[RoundRecord]:
    """Every round, latest deadline first."""
    stmt = select(RoundRecord).order_by(RoundRecord.deadline.desc(), RoundRecord.id)
    return list(session.scalars(stmt))


def applications(session: Session, round_id: str) -> list[ApplicationRecord]:
    stmt = select(ApplicationRecord).where(ApplicationRecord.round_id == round_id)
    return list(session.scalars(stmt.order_by(ApplicationRecord.received_on, ApplicationRecord.id)))


def _of_round(model: Any, round_id: str) -> Any:
    ids = select(ApplicationRecord.id).where(ApplicationRecord.round_id == round_id)
    return select(model).where(model.application_id.in_(ids))


def steps(session: Session, round_id: str = "", application_id: str = "") -> list[StepRecord]:
    """Steps in replay order (per application: date, then when recorded, then id)."""
    if application_id:
        stmt = select(StepRecord).where(StepRecord.application_id == application_id)
    else:
        stmt = _of_round(StepRecord, round_id)
    order = (StepRecord.application_id, StepRecord.on_date, StepRecord.recorded_at, StepRecord.id)
    return list(session.scalars(stmt.order_by(*order)))


def costs(session: Session, round_id: str = "", application_id: str = "") -> list[CostRecord]:
    if application_id:
        stmt = select(CostRecord).where(CostRecord.application_id == application_id)
    else:
        stmt = _of_round(CostRecord, round_id)
    return list(session.scalars(stmt.order_by(CostRecord.paid_on, CostRecord.id)))


def overrides(session: Session, round_id: str) -> dict[str, OverrideRecord]:
    """The latest override of each application of the round."""
    order = (OverrideRecord.on_date, OverrideRecord.recorded_at, OverrideRecord.id)
    found: dict[str, OverrideRecord] = {}
    for row in session.scalars(_of_round(OverrideRecord, round_id).order_by(*order)):
        found[row.application_id] = row
    return found


def confirmations(session: Session, round_id: str) -> list[ConfirmationRecord]:
    stmt = select(ConfirmationRecord).where(ConfirmationRecord.round_id == round_id)
    return list(session.scalars(stmt.order_by(ConfirmationRecord.on_date, ConfirmationRecord.id)))


def states(session: Session, ids: Collection[str] = ()) -> dict[str, StateRecord]:
    stmt = select(StateRecord)
    if ids:
        stmt = stmt.where(StateRecord.id.in_(set(ids)))
    return {row.id: row for row in session.scalars(stmt)}


def contact(session: Session, contact_id: str) -> ContactRecord | None:
    return session.get(ContactRecord, contact_id)


def settings_with_prefix(session: Session, prefix: str) -> dict[str, str]:
    stmt = select(Setting.key, Setting.value).where(Setting.key.startswith(prefix))
    return {str(key): str(value) for key, value in session.execute(stmt)}
