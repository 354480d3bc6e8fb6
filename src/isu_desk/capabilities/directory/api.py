"""The Directory's public face: what other capabilities may use of it.

Other capabilities import the Directory only from here (an import-linter
contract keeps it so); everything else in the package may change freely.
"""

from isu_desk.capabilities.directory.domain import (
    Contact,
    Gender,
    Organisation,
    State,
    StateStatus,
    UnRegion,
    valid_email,
)
from isu_desk.capabilities.directory.services.service import DirectoryService

__all__ = [
    "Contact",
    "DirectoryService",
    "Gender",
    "Organisation",
    "State",
    "StateStatus",
    "UnRegion",
    "valid_email",
]
