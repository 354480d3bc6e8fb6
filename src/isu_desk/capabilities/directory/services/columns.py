"""A file of new records checked column by column: the fast path of a bulk import.

Row by row, a 100,000-contact file costs a dictionary, a record and a run of
its validator per row. Here each column is handled at once: cells parsed as
:class:`~isu_desk.services.record_files.RowParser` parses them (each distinct
text once), States and organisations looked up once per distinct name, the
record's one-field rules (:data:`FIELD_RULES`) asked once per distinct value
and control characters tested once per column.

Nothing here names a problem. A row anything here finds fault with, a row
with an id (an update) and a row with too many cells is *left over*: the
import gives it to the row-by-row check, which says what is wrong (or takes
it). Every other row is one the row-by-row check passes with the same values,
so its insert values are made here, in file order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import fields
from enum import Enum
from typing import Any, Protocol

from isu_desk.capabilities.directory.domain import CONTACT_FIELD_RULES, Contact
from isu_desk.domain.errors import FieldError
from isu_desk.domain.ids import new_ids
from isu_desk.services.record_files import RENAMED, ColumnParser, rows_with
from isu_desk.services.transfer_kit import Table, csv_text
from isu_desk.storage.mapping import enum_fields

# Record types whose validator is exactly these one-field rules plus control_errors
# (the domain builds the validator from them); other types go row by row.
FIELD_RULES: dict[type, tuple[tuple[str, Callable[[Any], list[FieldError]]], ...]] = {
    Contact: CONTACT_FIELD_RULES,
}


class Resolver(Protocol):
    """The look-ups of the row-by-row check (so both resolve a name the same way)."""

    def state_reference(self, text: str, current: str | None) -> tuple[str | None, str | None]:
        """The State's id for an ISO3 code, or the problem."""

    def organisation_reference(
        self, name: str, current: str | None
    ) -> tuple[str | None, str | None]:
        """The organisation's id for a name or acronym, or the problem."""


def new_rows(
    cls: type, table: Table, resolver: Resolver
) -> tuple[tuple[str, ...], list[tuple[Any, ...] | None]] | None:
    """The insert columns (``id`` first) and, per row of ``table``, its values or
    ``None`` for a row left over; ``None`` for a record type not checked here."""
    rules = FIELD_RULES.get(cls)
    if rules is None:
        return None
    count = len(table.rows)
    columns = zip(*(cells for _, cells in table.rows), strict=True)
    texts = list(columns) if table.text_only else [_texts(column) for column in columns]
    values, left = ColumnParser(cls, table.header).parse(texts)
    if table.too_wide:
        left |= {n for n, (line, _) in enumerate(table.rows) if line in table.too_wide}
    left |= rows_with(values.pop("id", ()), bool)  # an id: an update, checked row by row
    for name, resolve in (
        ("state", resolver.state_reference),
        ("organisation", resolver.organisation_reference),
    ):
        if name in values:  # looked up once per distinct name, as the row check looks up
            found = {text: resolve(text, None) for text in set(values[name])}
            cells = values.pop(name)
            values[RENAMED_BACK[name]] = [found[text][0] for text in cells]
            unknown = {text for text, (_, problem) in found.items() if problem}
            left |= rows_with(cells, unknown.__contains__)
    names = [f.name for f in fields(cls) if f.name != "id"]
    parsed = [values.get(name, _default(cls, name)) for name in names]
    parsed = [[column] * count if not isinstance(column, list) else column for column in parsed]
    for name, rule in rules:
        left |= rows_with(parsed[names.index(name)], rule)  # a rule's problems: a list
    stored = [_stored(cls, name, column) for name, column in zip(names, parsed, strict=True)]
    for column in stored:
        left |= _unprintable(column)
    rows: list[tuple[Any, ...] | None] = list(zip(new_ids(count), *stored, strict=True))
    for index in left:
        rows[index] = None
    return ("id", *names), rows


RENAMED_BACK = {column: field for field, column in RENAMED.items()}


def _texts(cells: Sequence[Any]) -> Sequence[str]:
    """A column's cells as text, as the row-by-row check takes them."""
    if set(map(type, cells)) == {str}:
        return cells
    return [cell if type(cell) is str else csv_text(cell) for cell in cells]


def _default(cls: type, name: str) -> Any:
    """The value of a field a file leaves out (required columns are always in the header)."""
    return next(f.default for f in fields(cls) if f.name == name)


def _stored(cls: type, name: str, column: list[Any]) -> list[Any]:
    """A field's values as stored: enum members as their values."""
    if name not in enum_fields(cls):
        return column
    found = {value: value.value if isinstance(value, Enum) else value for value in set(column)}
    return list(map(found.__getitem__, column))


def _unprintable(column: Sequence[Any]) -> set[int]:
    """Rows whose text in this column holds a control character (even an allowed one)."""
    distinct = set(column)
    distinct.discard(None)
    try:
        if "".join(distinct).isprintable():  # one test for all the column's text
            return set()
    except TypeError:  # not all text: test value by value
        pass
    return rows_with(column, lambda value: isinstance(value, str) and not value.isprintable())
