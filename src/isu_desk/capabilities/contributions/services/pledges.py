"""The rules for changing a stored pledge, and replacing its instalment schedule.

Shared by the app's save and by an import, so both obey the same rules: the
currency is fixed once money was received, and a kept schedule must still add
up to a changed total.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

from isu_desk.capabilities.contributions.domain import records as dom
from isu_desk.capabilities.contributions.domain.records import Instalment, Pledge
from isu_desk.capabilities.contributions.storage import repository as repo
from isu_desk.domain.errors import FieldError
from isu_desk.domain.ids import new_id
from isu_desk.storage.mapping import to_columns, to_record

_CURRENCY_FIXED = FieldError(
    "currency", "Payments were recorded in this pledge's currency; it cannot change now."
)


def pledge_change_errors(
    session: Any, pledge: Pledge, instalments: Sequence[Instalment] | None = None
) -> list[FieldError]:
    """What forbids changing a stored pledge to ``pledge``: its currency once money
    was received, and (when ``instalments`` is None, the schedule kept) a stored
    schedule that no longer adds up to the new total."""
    old = repo.get(session, "pledges", pledge.id)
    if old is None:
        return []
    errors = []
    if old.currency != pledge.currency and repo.corrections_or_payments(session, pledge.id):
        errors.append(_CURRENCY_FIXED)
    if instalments is None and not errors:
        schedule = [to_record(Instalment, r) for r in repo.instalments(session, [pledge.id])]
        errors += dom.validate_instalments(pledge, schedule)
    return errors


def replace_schedule(session: Any, pledge_id: str, instalments: Sequence[Instalment]) -> None:
    """Make the stored schedule equal ``instalments``; unchanged ones keep their ids
    (so a save that changes nothing sends nothing to the other workstations)."""
    kept: dict[tuple[date, Decimal], str] = {}
    for old in repo.instalments(session, [pledge_id]):
        key = (old.due_on, old.amount)
        if key in kept:
            repo.delete_row(session, "pledge_instalments", old.id)
        else:
            kept[key] = old.id
    for item in instalments:
        if kept.pop((item.due_on, item.amount), None) is None:
            values = to_columns(replace(item, id=item.id or new_id(), pledge_id=pledge_id))
            repo.insert_row(session, "pledge_instalments", values)
    for stale in kept.values():
        repo.delete_row(session, "pledge_instalments", stale)
