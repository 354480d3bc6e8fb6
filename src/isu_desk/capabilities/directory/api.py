"""The Directory's public face: what other capabilities may use of it.

Other capabilities import the Directory only from here (an import-linter
contract keeps it so); everything else in the package may change freely.
"""

from isu_desk.capabilities.directory.domain import (
    EARLIEST_DATE,
    LATEST_DATE,
    Contact,
    CorrespondenceLanguage,
    Gender,
    OfficeHolder,
    OfficeRole,
    Organisation,
    OrganisationKind,
    State,
    StateStatus,
    UnRegion,
    valid_email,
    validate_contact,
)
from isu_desk.capabilities.directory.services.service import DirectoryService

__all__ = [
    "EARLIEST_DATE",
    "LATEST_DATE",
    "Contact",
    "CorrespondenceLanguage",
    "DirectoryService",
    "Gender",
    "OfficeHolder",
    "OfficeRole",
    "Organisation",
    "OrganisationKind",
    "State",
    "StateStatus",
    "UnRegion",
    "valid_email",
    "validate_contact",
]
