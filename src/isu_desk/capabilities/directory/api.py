"""The Directory's public face: what other capabilities may use of it.

Other capabilities import the Directory only from here (an import-linter
contract keeps it so); everything else in the package may change freely.
"""

from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    from isu_desk.capabilities.directory.services.service import DirectoryService


def __getattr__(name: str) -> Any:
    """``DirectoryService`` loads on first use, so reading the Directory's records
    (a domain layer elsewhere, the command line's parser) loads no database code."""
    if name == "DirectoryService":
        from isu_desk.capabilities.directory.services.service import DirectoryService

        return DirectoryService
    raise AttributeError(name)


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
