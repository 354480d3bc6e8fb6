"""Import and export of any record kind from one place (the window's File menu).

Each kind belongs to the capability that declares it (its ``transfer``), and
goes through that capability's own pipeline: all rows or none, every bad line
with its reason.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from isu_desk.capabilities import registry
from isu_desk.capabilities.declaration import load
from isu_desk.domain.errors import DataError, Result
from isu_desk.storage.database import Database


def kinds() -> list[tuple[str, str]]:
    """(kind, label) in the order the window offers them (the capabilities' order)."""
    return [(kind, kind.replace("-", " ").capitalize()) for kind in registry.transfers()]


def import_any(database: Database, kind: str, path: Path) -> Result[Any]:
    """Import a file of ``kind``: every row or, when any row is bad, none."""
    result: Result[Any] = _module(kind).import_file(database, kind, path)
    return result


def export_any(database: Database, kind: str, path: Path) -> int:
    """Write every record of ``kind`` to ``path``, in the format its suffix names."""
    transfer = registry.transfers()[kind]
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in transfer.formats:
        listed = ", ".join(f".{f}" for f in transfer.formats)
        raise DataError(f"Export {kind} to a file ending in one of: {listed}.")
    written: int = _module(kind).write_export(database, kind, fmt, path)
    return written


def _module(kind: str) -> Any:
    transfer = registry.transfers().get(kind)
    if transfer is None:
        raise DataError(f"There is no record kind “{kind}” to import or export.")
    return load(transfer.module)
