"""The one list of capabilities, and what the shell asks of it.

The CLI, the window, the dashboard, ``demo``, ``import``, ``export``,
``report`` and the database find every capability here; no other module
lists them. Importing this module imports only the declarations (plain
data); each helper below imports a capability's modules when it is used.
To add a capability: write its package with a ``CAPABILITY`` declaration
and add one line to :data:`CAPABILITIES` (see docs/adding-a-capability.md).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any

from isu_desk.capabilities import contributions, directory, meetings, sponsorship
from isu_desk.capabilities.declaration import (
    Capability,
    RecordType,
    Section,
    Transfer,
    load,
)

# In the order their demo data loads and their reports are listed.
CAPABILITIES: tuple[Capability, ...] = (
    directory.CAPABILITY,
    contributions.CAPABILITY,
    sponsorship.CAPABILITY,
    meetings.CAPABILITY,
)


def load_models() -> None:
    """Import every capability's models, so that ``Base.metadata`` holds every table."""
    _load_models()


@cache
def _load_models() -> None:
    for capability in CAPABILITIES:
        if capability.models:
            load(capability.models)


def sections() -> list[Section]:
    """The capabilities' sidebar sections."""
    return [c.section for c in CAPABILITIES if c.section is not None]


def record_types() -> dict[str, RecordType]:
    """Every record type by its table."""
    return {t.table: t for c in CAPABILITIES for t in c.record_types}


def transfers() -> dict[str, Transfer]:
    """Who imports and exports each kind, by kind (``"contacts"``, ``"pledges"`` …)."""
    return {kind: c.transfer for c in CAPABILITIES if c.transfer for kind in c.transfer.kinds}


def with_(field: str) -> Iterator[Capability]:
    """The capabilities that declare ``field`` (``"demo"``, ``"tile"`` …), in order."""
    return (c for c in CAPABILITIES if getattr(c, field))


def loaded(field: str) -> Iterator[tuple[Capability, Any]]:
    """Each capability declaring ``field`` with the object the reference names."""
    for capability in with_(field):
        yield capability, load(getattr(capability, field))
