"""Import and export of any record kind from one place (the window's File menu):
the Directory's kinds and the Contributions' kinds, each through its own pipeline
(all rows or none, every bad line with its reason)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from isu_desk.domain.errors import DataError, Result
from isu_desk.services import contributions_io, directory_io
from isu_desk.storage.database import Database

# (kind, label) in the order the window offers them.
KINDS = (
    ("states", "States"),
    ("organisations", "Organisations"),
    ("contacts", "Contacts"),
    ("pledges", "Pledges"),
    ("contributions", "Contributions received"),
    ("budget", "Budget lines"),
    ("rates", "Exchange rates"),
)


def import_any(database: Database, kind: str, path: Path) -> Result[Any]:
    """Import a file of ``kind``: every row or, when any row is bad, none."""
    if kind in contributions_io.IMPORT_KINDS:
        return contributions_io.import_file(database, kind, path)
    return directory_io.import_file(database, kind, path)


def export_any(database: Database, kind: str, path: Path) -> int:
    """Write every record of ``kind`` to ``path`` (.csv, .json, or .xlsx for Contributions)."""
    fmt = path.suffix.lower().lstrip(".")
    if kind in contributions_io.IMPORT_KINDS:
        if fmt not in contributions_io.FORMATS:
            raise DataError(f"Export {kind} to a .csv, .json or .xlsx file.")
        return contributions_io.write_export(database, kind, fmt, path)
    if fmt not in directory_io.FORMATS:
        raise DataError(f"Export {kind} to a .csv or .json file.")
    return directory_io.write_export(database, kind, fmt, path)
