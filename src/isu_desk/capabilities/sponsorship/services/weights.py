"""The priority weights staff change: read them with their defaults, save them all at once.

They are local settings (``sponsorship.weight.<name>``, never synced). Saving
is all or nothing: any bad value is named and none is written.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields

from isu_desk.capabilities.sponsorship import CAPABILITY
from isu_desk.capabilities.sponsorship.domain.priority import (
    MAX_WEIGHT,
    MAX_WINDOW_YEARS,
    SETTINGS_PREFIX,
    PriorityWeights,
    weights_from_settings,
    weights_to_settings,
)
from isu_desk.capabilities.sponsorship.services import reading
from isu_desk.domain.errors import FieldError, Result
from isu_desk.storage import settings
from isu_desk.storage.database import Database

# The criteria's names for users, as declared with the settings (one list).
LABELS = {
    s.key.removeprefix(SETTINGS_PREFIX): s.label
    for s in CAPABILITY.settings
    if s.key.startswith(SETTINGS_PREFIX)
}
NAMES = tuple(f.name for f in fields(PriorityWeights))
DEFAULTS = PriorityWeights()


def current(database: Database) -> PriorityWeights:
    """The weights this workstation scores with (defaults where unset)."""
    with database.read() as session:
        return reading.weights(session)


def save_weights(database: Database, given: Mapping[str, str]) -> Result[PriorityWeights]:
    """Store the weights typed (by name); refused whole, each bad value named, if any is wrong."""
    errors: list[FieldError] = []
    chosen: dict[str, int] = {}
    for name in NAMES:
        text = str(given.get(name, "")).strip()
        checked = weights_from_settings({SETTINGS_PREFIX + name: text})
        if not text:
            errors.append(FieldError(name, "Enter a whole number of points."))
        elif isinstance(checked, list):
            errors += checked
        else:
            chosen[name] = getattr(checked, name)
    if errors:
        return Result.failure(errors)
    weights = PriorityWeights(**chosen)
    with database.transaction() as session:
        for name, text in weights_to_settings(weights).items():
            settings.put(session, name, text)
    return Result.success(weights)


def _checked(text: str, most: int, unit: str) -> Result[str]:
    """``text`` as a whole number from 0 to ``most`` (digits only), or a plain message."""
    cleaned = text.strip()
    if not cleaned.isascii() or not cleaned.isdigit():
        return Result.failure(
            [FieldError("value", f"“{cleaned}” is not a whole number of {unit}; "
                                 f"use one from 0 to {most}.")]
        )  # fmt: skip
    if int(cleaned) > most:
        return Result.failure(
            [FieldError("value", f"{int(cleaned)} {unit} is too many; use 0 to {most}.")]
        )
    return Result.success(str(int(cleaned)))


def check_points(text: str) -> Result[str]:
    """The check of a weight in points (``isu-desk settings set``): 0 to 100."""
    return _checked(text, MAX_WEIGHT, "points")


def check_years(text: str) -> Result[str]:
    """The check of the deadline window in years: 0 to 10."""
    return _checked(text, MAX_WINDOW_YEARS, "years")
