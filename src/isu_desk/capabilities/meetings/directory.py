"""Everything Meetings uses of the Directory, in one place.

When the Directory lives in its own capability package, this is the one
module to point at its public face (``isu_desk.capabilities.directory.api``);
the rest of Meetings imports the Directory only from here.
"""

from isu_desk.domain.directory import (
    EARLIEST_DATE,
    LATEST_DATE,
    Contact,
    OfficeHolder,
    OfficeRole,
    Organisation,
    OrganisationKind,
    State,
    StateStatus,
    validate_contact,
)
from isu_desk.services.directory import DirectoryService

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
