"""Reading the rows of an imported CSV, JSON or Excel file, and checking its columns.

The rows come from the shared reader, :func:`isu_desk.services.record_files.read_rows`
(column names stripped and lower-cased). :data:`UNREADABLE` lists what a file
that cannot be read raises, so the import turns it into a plain message
instead of a traceback.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from isu_desk.domain.errors import FieldError
from isu_desk.services.record_files import EXTRA, READ_ERRORS, extra_cells, read_rows

# openpyxl's InvalidFileException reaches here as a ValueError (the shared reader turns it).
UNREADABLE = READ_ERRORS

__all__ = ["UNREADABLE", "column_errors", "extra_cells", "read_rows"]


def column_errors(
    path: Path,
    rows: list[tuple[int, dict[str, Any]]],
    known: tuple[tuple[str, ...], tuple[str, ...]],
    required: tuple[str, ...],
) -> list[FieldError]:
    """A file with no rows, unknown (misspelt) columns or a required column missing.

    ``known`` is (the import's columns, further columns an export adds).
    """
    if not rows:
        return [FieldError("", f"{path.name} has no rows to import.")]
    seen = {name for _, row in rows for name in row} - {EXTRA}
    errors = []
    unknown = sorted(seen - set(known[0]) - set(known[1]))
    if unknown:
        listed = ", ".join(repr(name) for name in unknown)
        expected = ", ".join(known[0])
        errors.append(
            FieldError("columns", f"Unknown column(s) {listed}; the columns are {expected}.")
        )
    missing = [name for name in required if name not in seen]
    if missing:
        errors.append(FieldError("columns", f"Missing column(s): {', '.join(missing)}."))
    return errors
