"""The rules an incoming value must meet before it is applied (and ``isu-desk check``).

The same rules as a form or an import, per value: the field exists in this
version, a required field is not empty, a date is a date, money is a decimal
with no more places than its column keeps, a currency is an ISO 4217 code, a
choice (kind, status, role…) is one the domain knows, and text holds no control
characters (see :mod:`isu_desk.domain.safe_text`). Rules that compare fields
of one record are left out: two valid concurrent edits may meet them only
together, and every workstation must apply the same entries to converge.
"""

from __future__ import annotations

import dataclasses
import enum
from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

from sqlalchemy import Boolean, Column, Connection, Date, Integer, String, Table, Text

from isu_desk.capabilities import registry
from isu_desk.capabilities.declaration import load
from isu_desk.domain.currencies import is_currency
from isu_desk.domain.safe_text import control_problem, printable
from isu_desk.storage.mapping import enum_fields, to_record
from isu_desk.storage.models import Base

_MAX_DIGITS = 20  # integer digits of an amount (far beyond any budget; 31 digits is a typo)


@cache
def _columns(entity: str) -> dict[str, Column[Any]]:
    table: Table | None = Base.metadata.tables.get(entity)
    if table is None:
        return {}
    return {c.name: c for c in table.columns if c.name != "id" and c.computed is None}


@cache
def _declared(entity: str, part: str) -> Any:
    """The record type (``"record"``) or record check (``"validate"``) a capability
    declares for a table; ``None`` when it declares none."""
    declared = registry.record_types().get(entity)
    ref = getattr(declared, part, "") if declared is not None else ""
    return load(ref) if ref else None


@cache
def _choices(entity: str) -> dict[str, type[enum.Enum]]:
    record = _declared(entity, "record")
    return enum_fields(record) if record is not None else {}


def _decimal_problem(value: Any, places: int) -> str | None:
    if not isinstance(value, str):
        return "is not an amount"
    try:
        amount = Decimal(value)
    except InvalidOperation:
        return f"“{value}” is not an amount"
    if not amount.is_finite():
        return f"“{value}” is not an amount"
    exponent = amount.as_tuple().exponent
    if isinstance(exponent, int) and -exponent > places:
        return f"{value} has more than {places} decimals"
    if amount.adjusted() >= _MAX_DIGITS:
        return f"{value} is too large to be an amount"
    return None


Check = Callable[[Any], str | None]


def _date_problem(value: Any) -> str | None:
    try:
        date.fromisoformat(value)
    except (TypeError, ValueError):
        return f"“{value}” is not a date"
    return None


def _text_checker(multiline: bool) -> Check:
    def check(value: Any) -> str | None:
        if type(value) is str and value.isprintable():  # the usual case, fast
            return None
        if not isinstance(value, str):
            return "is not text"
        return control_problem(value, multiline)

    return check


def _typed_checker(column: Column[Any]) -> Check:
    """How a value of this column's type is checked (built once per column)."""
    kind = column.type
    places = getattr(kind, "places", None)
    if places is not None:
        return lambda value: _decimal_problem(value, places)
    if isinstance(kind, Boolean):
        return lambda v: None if v in (0, 1) and not isinstance(v, float) else "is not yes or no"
    if isinstance(kind, Integer):
        return lambda value: None if type(value) is int else "is not a whole number"
    if isinstance(kind, Date):
        return _date_problem
    if isinstance(kind, String | Text):
        return _text_checker(multiline=isinstance(kind, Text))
    return lambda value: None


@cache
def _checker(entity: str, name: str) -> Check | None:
    """The whole check of one field's value; ``None`` for a field this version lacks."""
    column = _columns(entity).get(name)
    if column is None:
        return None
    typed, nullable = _typed_checker(column), bool(column.nullable)
    enum = _choices(entity).get(name)
    choices = frozenset(choice.value for choice in enum) if enum is not None else None
    currency = name == "currency"
    empty = None if nullable else "required but empty"

    def check(value: Any) -> str | None:
        if value is None:
            return empty
        problem = typed(value)
        if problem is None and currency and not is_currency(str(value)):
            return f"“{value}” is not a currency code"
        if problem is None and choices is not None and value not in choices:
            return f"“{value}” is not a known choice"
        return problem

    def check_text(value: Any) -> str | None:
        if type(value) is str and value.isprintable():  # most values of a sync: one test
            return None
        return empty if value is None else typed(value)

    return check_text if name in _texts(entity) else check


def _plain_text(column: Column[Any]) -> bool:
    """Whether :func:`_typed_checker` checks this column's values as text."""
    kind = column.type
    return (
        getattr(kind, "places", None) is None
        and not isinstance(kind, Boolean | Integer | Date)
        and isinstance(kind, String | Text)
    )


@cache
def _texts(entity: str) -> frozenset[str]:
    """The fields whose whole check is "text without control characters" (or empty)."""
    return frozenset(
        name
        for name, column in _columns(entity).items()
        if _plain_text(column) and name not in _choices(entity) and name != "currency"
    )


@cache
def _checks(entity: str) -> dict[str, Check]:
    """Every field's check for one table, looked up once per entry (a sync: 100,000 values)."""
    return {name: check for name in _columns(entity) if (check := _checker(entity, name))}


def value_problem(entity: str, name: str, value: Any) -> str | None:
    """Why ``value`` cannot go into ``entity.name``; ``None`` when it can."""
    check = _checker(entity, name)
    if check is None:
        return f"the field {name} is not known to this version (written by a newer one?)"
    problem = check(value)
    return None if problem is None else f"{name}: {problem}"


def entry_problem(entity: str, op: str, fields: dict[str, Any]) -> str | None:
    """The first reason an incoming change cannot be applied; ``None`` when it can."""
    if op == "delete":
        return None
    if _texts(entity).issuperset(fields):
        try:
            if "".join(fields.values()).isprintable():  # only text, all of it printable
                return None
        except TypeError:  # a value that is not text: checked one by one below
            pass
    checks = _checks(entity)
    for name, value in fields.items():
        check = checks.get(name)
        if check is None:
            return value_problem(entity, name, value)  # a field this version does not know
        problem = check(value)
        if problem is not None:
            return f"{name}: {problem}"
    return None


def none_has_a_problem(entity: str, changes: Iterable[dict[str, Any]]) -> bool:
    """Whether :func:`entry_problem` finds nothing in any of these upserts of one table.

    Checked field by field over all of them (a large sync brings thousands of
    changes of the same fields): a text field's values joined and tested
    once, another field's once per distinct value (and type: ``1``, ``1.0``
    and ``True`` are equal but not the same value). ``False`` says only to
    look at each change, which finds the reason.
    """
    texts, checks = _texts(entity), _checks(entity)
    columns: dict[str, list[Any]] = defaultdict(list)
    for fields in changes:
        for name, value in fields.items():
            columns[name].append(value)
    try:
        for name, values in columns.items():
            if name in texts:
                if not "".join(values).isprintable():  # TypeError: a value that is not text
                    return False
                continue
            check = checks.get(name)
            distinct = {(type(value), value) for value in values}
            if check is None or any(check(value) is not None for _, value in distinct):
                return False
    except TypeError:
        return False
    return True


def _python(column: Column[Any], value: Any) -> Any:
    """A stored value as the domain record holds it (dates, decimals, yes/no)."""
    if value is None:
        return None
    if getattr(column.type, "places", None) is not None:
        return Decimal(value)
    if isinstance(column.type, Date):
        return date.fromisoformat(value)
    if isinstance(column.type, Boolean):
        return bool(value)
    return value


def _record_problems(entity: str, row: dict[str, Any]) -> list[str]:
    record, validate = _declared(entity, "record"), _declared(entity, "validate")
    if record is None or validate is None:
        return []
    columns = _columns(entity)
    values = {name: _python(columns[name], value) for name, value in row.items() if name in columns}
    names = {f.name for f in dataclasses.fields(record)}
    try:
        built: Any = to_record(record, {n: values.get(n) for n in names} | {"id": row["id"]})
    except (TypeError, ValueError) as exc:
        return [str(exc)]
    return [str(error) for error in validate(built)]


def stored_problems(connection: Connection) -> list[str]:
    """Every stored value that breaks a rule of forms and imports (``isu-desk check``)."""
    problems: list[str] = []
    for entity in sorted(_columns_of_replicated()):
        names = list(_columns(entity))
        query = f"SELECT id, {', '.join(names)} FROM {entity} ORDER BY id"
        for row in connection.exec_driver_sql(query):
            values = dict(zip(["id", *names], row, strict=True))
            found = [p for n in names if (p := value_problem(entity, n, values[n]))]
            if not found:
                found = _record_problems(entity, values)
            label = values.get("name") or values.get("line") or values["id"]
            problems.extend(f"{entity} “{printable(str(label))}”: {printable(p)}" for p in found)
    return problems


def _columns_of_replicated() -> list[str]:
    return [name for name, table in Base.metadata.tables.items() if table.info.get("replicated")]
