"""The priority weights staff change: read them with their defaults, save them all at once.

They are local settings (``sponsorship.weight.<name>``, never synced). Saving
is all or nothing: any bad value is named and none is written.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields

from isu_desk.capabilities.sponsorship.domain.priority import (
    SETTINGS_PREFIX,
    PriorityWeights,
    weights_from_settings,
    weights_to_settings,
)
from isu_desk.capabilities.sponsorship.services import reading
from isu_desk.domain.errors import FieldError, Result
from isu_desk.storage import settings
from isu_desk.storage.database import Database

LABELS = {
    "state_party": "State Party",
    "signatory": "Signatory State",
    "not_party": "State not party",
    "obligation": "Article 3 or 4 obligations",
    "deadline_near": "Article 3 or 4 deadline near (at most)",
    "deadline_window_years": "A deadline counts as near within (years)",
    "extension_request": "Extension request before this meeting",
    "least_developed": "Least developed country",
    "first_time": "First-time participant",
    "presenting": "Presenting at the meeting",
    "office_holder": "Coordinator or Friend of the President",
    "gender_balance": "Gender under-represented among offers",
    "first_delegate": "First delegate of the State",
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
