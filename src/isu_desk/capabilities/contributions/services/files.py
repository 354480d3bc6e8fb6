"""The columns of an imported contributions file, checked in the ledger's own words.

Reading the file (CSV, JSON or Excel), strict cell counts and the one
transaction are the shared :mod:`isu_desk.services.transfer_kit`; here the
header's problems are worded as the Contributions import always said them.
"""

from __future__ import annotations

from isu_desk.domain.errors import FieldError
from isu_desk.services.transfer_kit import Kind, Table, check_columns


def column_errors(kind: Kind, table: Table) -> list[FieldError]:
    """Unknown (misspelt) or repeated columns, or a required column missing."""
    found = check_columns(kind, table.header)
    errors = []
    if found.unknown:
        listed = ", ".join(repr(name) for name in sorted(set(found.unknown)))
        expected = ", ".join(kind.columns)
        errors.append(
            FieldError("columns", f"Unknown column(s) {listed}; the columns are {expected}.")
        )
    if found.repeated:
        repeated = ", ".join(found.repeated)
        errors.append(
            FieldError("columns", f"Column(s) {repeated} appear more than once; keep one of each.")
        )
    if found.missing:
        errors.append(FieldError("columns", f"Missing column(s): {', '.join(found.missing)}."))
    return errors
