"""Local settings (never replicated): workstation id and name, preferences."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from isu_desk.storage.models import Setting, StateRecord


def get(session: Session, key: str) -> str | None:
    return session.scalar(select(Setting.value).where(Setting.key == key))


def put(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
    session.flush()


def known_iso3(session: Session) -> set[str]:
    return set(session.scalars(select(StateRecord.iso3)))
