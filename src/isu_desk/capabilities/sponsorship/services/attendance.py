"""Attendance: a sponsored delegate who attended is a present participant of the meeting.

Written inside the step's own transaction through Meetings' record checks
(its api), so the list of participants and the sponsorship report agree, and
Edit ▸ Undo of the step takes the participant back too. A nominee who is not
yet a Directory contact becomes one first (from the application's details).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from isu_desk.capabilities.directory.api import Contact, State, validate_contact
from isu_desk.capabilities.meetings.api import (
    Attendance,
    Meeting,
    Participant,
    WriteContext,
    category_of_state,
    check_record,
    prepare_record,
    symbol_prefix,
    write_record,
)
from isu_desk.capabilities.sponsorship.domain.records import Application
from isu_desk.capabilities.sponsorship.storage import repo
from isu_desk.domain.errors import FieldError
from isu_desk.domain.ids import new_id
from isu_desk.storage.mapping import to_columns, to_record

Session = Any
SPONSORED_NOTE = "Sponsored delegate"


def contact_from(app: Application) -> Contact:
    """A new Directory contact made from the nominee's details on the application."""
    return Contact(
        new_id(),
        app.nominee_name.strip(),
        title=app.nominee_title.strip()[:60],
        position=app.nominee_ministry.strip(),
        gender=app.nominee_gender,
        state_id=app.state_id,
        email=app.nominee_email.strip(),
        phone=app.nominee_phone.strip()[:60],
    )


def ensure_contact(session: Session, app: Application) -> Application | list[FieldError]:
    """``app`` pointing at a Directory contact, created from it when it has none."""
    if app.contact_id:
        return app
    contact = contact_from(app)
    errors = validate_contact(contact)
    if errors:
        return [FieldError(f"nominee_{e.field}" if e.field else "", e.message) for e in errors]
    repo.insert(session, "contacts", to_columns(contact))
    linked = replace(app, contact_id=contact.id)
    repo.update(session, "applications", app.id, {"contact_id": contact.id})
    return linked


def mark(
    session: Session,
    app: Application,
    meeting: Meeting,
    listed: list[Participant],
    attendance: Attendance,
    today: date,
) -> list[FieldError]:
    """The nominee listed at ``meeting`` as ``attendance`` (present, or absent for a no-show).

    ``listed`` is the meeting's list of participants as Meetings reads it.
    """
    linked = ensure_contact(session, app)
    if isinstance(linked, list):
        return linked
    found = next((p for p in listed if p.contact_id == linked.contact_id), None)
    if found is not None:
        participant = replace(found, attendance=attendance)
    else:
        state = to_record(State, repo.get(session, "states", app.state_id))
        participant = Participant(
            "",
            meeting.id,
            str(linked.contact_id),
            category_of_state(state, meeting.start_date),
            delegation_state_id=app.state_id,
            attendance=attendance,
            notes=SPONSORED_NOTE,
        )
    prepared = prepare_record(participant)
    errors = check_record(session, prepared, WriteContext(today, symbol_prefix(session)))
    if errors:
        refused = "The list of participants refused it:"
        return [FieldError("status", f"{refused} {e.message}") for e in errors]
    write_record(session, prepared)
    return []
