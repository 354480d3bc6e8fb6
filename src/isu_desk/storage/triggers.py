"""Capture triggers built from a table's actual columns, at migration time.

Migrations never type a column list: :func:`install_capture` reads the table
as it stands (``PRAGMA table_xinfo``) and (re)creates its capture triggers for
every stored column except ``id``, generated or hidden columns and the columns
listed in :data:`LOCAL_ONLY`. A migration that adds a column to a replicated
table calls it again for that table. The SQL is the same text
:func:`~isu_desk.storage.capture.trigger_ddl` always wrote, so databases
created before this helper keep their triggers unchanged.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol

from isu_desk.storage.capture import drop_trigger_ddl, trigger_ddl

# Columns of replicated tables that stay on one workstation (none yet).
LOCAL_ONLY: dict[str, frozenset[str]] = {}
_STORED = 0  # table_xinfo "hidden": 0 stored, 1 hidden, 2/3 generated (virtual/stored)


class _Executes(Protocol):
    def execute(self, sql: Any, *args: Any) -> Any: ...


def captured_columns_of(rows: Iterable[tuple[Any, ...]], table: str) -> list[str]:
    """The captured columns among ``PRAGMA table_xinfo`` rows, in table order."""
    local = LOCAL_ONLY.get(table, frozenset())
    return [row[1] for row in rows if row[6] == _STORED and row[1] != "id" and row[1] not in local]


def capture_ddl(rows: Iterable[tuple[Any, ...]], table: str) -> list[str]:
    """Drop and recreate the triggers of ``table`` from its ``table_xinfo`` rows."""
    return [*drop_trigger_ddl(table), *trigger_ddl(table, captured_columns_of(rows, table))]


def install_capture(op: Any, *tables: str) -> None:
    """(Re)create the capture triggers of ``tables`` from their columns (Alembic ``op``)."""
    connection = op.get_bind()
    for table in tables:
        rows = connection.exec_driver_sql(f"PRAGMA table_xinfo({table})").fetchall()
        if not rows:
            raise ValueError(f"no table {table!r} to capture")
        for ddl in capture_ddl(rows, table):
            op.execute(ddl)


def remove_capture(op: Any, *tables: str) -> None:
    """Drop the capture triggers of ``tables`` (downgrades)."""
    for table in tables:
        for ddl in drop_trigger_ddl(table):
            op.execute(ddl)
