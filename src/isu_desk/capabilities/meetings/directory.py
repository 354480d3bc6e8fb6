"""Everything Meetings uses of the Directory, in one place.

It reads the Directory's public face (``isu_desk.capabilities.directory.api``);
the rest of Meetings imports the Directory only from here.
"""

from isu_desk.capabilities.directory.api import (
    EARLIEST_DATE,
    LATEST_DATE,
    Contact,
    DirectoryService,
    OfficeHolder,
    OfficeRole,
    Organisation,
    OrganisationKind,
    State,
    StateStatus,
    validate_contact,
)

__all__ = [
    "EARLIEST_DATE",
    "LATEST_DATE",
    "Contact",
    "DirectoryService",
    "OfficeHolder",
    "OfficeRole",
    "Organisation",
    "OrganisationKind",
    "State",
    "StateStatus",
    "validate_contact",
]
