"""Identifiers of replicated records.

Every replicated record is keyed by a UUID, never an autoincrement integer that
two workstations could both hand out. Seeded records (States from the curated
list, demo data) get a name-based UUID so that two workstations that seeded
independently hold the *same* record and merge instead of duplicating.
"""

from __future__ import annotations

import uuid
from typing import NewType

RecordId = NewType("RecordId", str)
StateId = NewType("StateId", str)
OrganisationId = NewType("OrganisationId", str)
ContactId = NewType("ContactId", str)
OfficeHolderId = NewType("OfficeHolderId", str)
WorkstationId = NewType("WorkstationId", str)

# Fixed namespace for name-based ids; never change it, or seeds stop merging.
_SEED_NAMESPACE = uuid.UUID("6c1f7f0e-3f0b-4d5e-9a53-2b1d8f1c0a11")


def new_id() -> str:
    """A fresh random UUID as a string (36 characters)."""
    return str(uuid.uuid4())


def seed_id(kind: str, natural_key: str) -> str:
    """A stable UUID for a seeded record, the same on every workstation."""
    return str(uuid.uuid5(_SEED_NAMESPACE, f"{kind}:{natural_key}"))


def is_uuid(text: str) -> bool:
    """True when ``text`` is a UUID in canonical or compact form."""
    try:
        uuid.UUID(text)
    except (ValueError, AttributeError, TypeError):
        return False
    return True
