"""The Contributions capability's public face: what other capabilities may use of it.

Sponsorship will read funds and contributions through here; other
capabilities import nothing else of this package (an import-linter contract).
"""

from isu_desk.capabilities.contributions.domain.records import (
    Contribution,
    Fund,
    FundKind,
    Pledge,
)
from isu_desk.capabilities.contributions.services.service import ContributionsService

__all__ = ["Contribution", "ContributionsService", "Fund", "FundKind", "Pledge"]
