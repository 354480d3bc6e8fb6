"""Local settings (never replicated): workstation id and name, preferences.

Besides the core's own keys (workstation, sync folder, letters), each
capability declares the settings it reads (its declaration's ``settings``);
:func:`value` gives one by key with its declared default, :func:`declared`
lists them all.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from isu_desk.capabilities import registry
from isu_desk.capabilities.declaration import Setting as Declared
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


def declared() -> dict[str, tuple[str, Declared]]:
    """Every capability's declared setting by key, with the capability's title."""
    return {s.key: (c.title, s) for c in registry.with_("settings") for s in c.settings}


def value(session: Session, key: str) -> str:
    """A capability's setting: the value stored on this workstation, else its declared default.

    Raises:
        KeyError: no capability declares ``key``.
    """
    setting = declared()[key][1]
    stored = get(session, key)
    return setting.default if stored is None or stored == "" else stored


def stored(session: Session, keys: list[str]) -> dict[str, str]:
    """The values stored for these keys (keys never set are absent), in one query."""
    rows = session.execute(select(Setting.key, Setting.value).where(Setting.key.in_(keys)))
    return {key: text for key, text in rows}


def known_iso3(session: Session) -> set[str]:
    return set(session.scalars(select(StateRecord.iso3)))
