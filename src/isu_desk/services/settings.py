"""The capabilities' local settings: list them, read one, change one.

Each capability declares the settings it reads (key, label, default and an
optional check); a value set here is stored on this workstation only (never
synced) and read back through :func:`isu_desk.storage.settings.value`, so the
capability sees it at once. ``isu-desk settings`` is the command line's face.
"""

from __future__ import annotations

from dataclasses import dataclass

from isu_desk.capabilities.declaration import load
from isu_desk.domain.errors import FieldError, Result
from isu_desk.storage import settings as store
from isu_desk.storage.database import Database


@dataclass(frozen=True, slots=True)
class SettingValue:
    """One declared setting with its value on this workstation."""

    key: str
    label: str
    capability: str
    value: str
    default: str

    @property
    def is_default(self) -> bool:
        return self.value == self.default


def list_settings(database: Database) -> list[SettingValue]:
    """Every capability's declared settings, in registry order, with their values."""
    declared = store.declared()
    with database.read() as session:
        stored = store.stored(session, list(declared))
    return [
        SettingValue(key, setting.label, title, stored.get(key) or setting.default, setting.default)
        for key, (title, setting) in declared.items()
    ]


def get_setting(database: Database, key: str) -> Result[SettingValue]:
    """One setting by key, or a plain error naming the settings there are."""
    found = [s for s in list_settings(database) if s.key == key]
    return Result.success(found[0]) if found else Result.failure([_unknown(key)])


def set_setting(database: Database, key: str, text: str) -> Result[SettingValue]:
    """Store a setting on this workstation after its capability's check; empty: the default."""
    declared = store.declared()
    if key not in declared:
        return Result.failure([_unknown(key)])
    setting = declared[key][1]
    text = text.strip()
    if text and setting.check:
        checked: Result[str] = load(setting.check)(text)
        if not checked.ok:
            return Result.failure(list(checked.errors))
        text = checked.unwrap()
    with database.transaction() as session:
        store.put(session, key, text)
    return get_setting(database, key)


def _unknown(key: str) -> FieldError:
    keys = ", ".join(store.declared()) or "none"
    return FieldError("", f"There is no setting called “{key}”; the settings are: {keys}.")
