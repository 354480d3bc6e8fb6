"""Change capture: every write to a replicated table logs its fields, in the same transaction.

Capture is enforced in one place, the database: triggers on each replicated
table write a ``change_log`` row for every insert, update (only the fields that
changed) and delete (a tombstone), stamped by the hybrid logical clock through
the ``isu_hlc()`` SQL function. The functions are registered on every
connection the application opens; a tool that opens the file without them
cannot write a replicated table at all, so nothing changes uncaptured.

Sync's apply step suspends capture on its own connection (``isu_capture()``
returns 0) and writes the remote entries itself, with their remote stamps.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from isu_desk.domain.hlc import Hlc, HybridClock
from isu_desk.domain.text import fold

_UNCHANGED = "'$.\"~\"'"  # a JSON path that never exists: json_remove ignores it


@dataclass
class CaptureState:
    """What the SQL functions of one database read: the clock and workstation."""

    clock: HybridClock
    lock: threading.Lock = field(default_factory=threading.Lock)
    # Highest change_log seq this process has looked at; None until the log exists.
    seen_seq: int | None = None

    @property
    def workstation_id(self) -> str:
        return self.clock.node

    def reset(self, node: str) -> None:
        """A new clock for ``node`` that will catch up with the whole log."""
        with self.lock:
            self.clock = HybridClock(node)
            self.seen_seq = 0

    def catch_up(self, run: Callable[[str, tuple[Any, ...]], Any]) -> None:
        """Observe the stamps written to the log since we last looked, by any process.

        Called at the start of every write transaction (after ``BEGIN IMMEDIATE``,
        so no other writer can slip in). Invariant: every stamp handed out is
        later than every stamp already in the log, even when the window and a
        command-line sync write to the same database. Cheap: a range of the
        primary key, usually empty.
        """
        if self.seen_seq is None:
            return
        row = run(
            "SELECT max(seq), max(CASE WHEN workstation_id = ? THEN hlc END), max(hlc) "
            "FROM change_log WHERE seq > ?",
            (self.workstation_id, self.seen_seq),
        ).first()
        if row is not None and row[0] is not None:
            with self.lock:
                self.seen_seq = max(self.seen_seq or 0, int(row[0]))
                if row[1] is not None:  # our own stamps, from any process: always after them
                    self.clock.observe(Hlc.decode(row[1]))
                self.clock.observe_bounded(Hlc.decode(row[2]))  # others': bounded

    def stamp_after(self, floor: str) -> str:
        """A stamp of ours later than ``floor``: a local edit of a record stamped ahead of us."""
        with self.lock:
            return self.clock.after(Hlc.decode(floor)).encode()

    def next_stamp(self) -> str:
        if not self.clock.node:
            raise sqlite3.OperationalError("this database has no workstation id; run init first")
        with self.lock:
            return self.clock.tick().encode()

    def next_stamps(self, count: int) -> list[str]:
        """``count`` stamps in order, as ``count`` calls of :meth:`next_stamp` give."""
        if not self.clock.node:
            raise sqlite3.OperationalError("this database has no workstation id; run init first")
        with self.lock:
            return self.clock.ticks(count)


@dataclass
class ConnectionFlags:
    """Per-connection switch, so sync's apply does not silence other threads."""

    capture: bool = True


def register_functions(
    dbapi_connection: sqlite3.Connection, state: CaptureState, flags: ConnectionFlags
) -> None:
    """Install ``isu_fold``, ``isu_hlc``, ``isu_workstation`` and ``isu_capture``."""
    dbapi_connection.create_function("isu_fold", 1, fold, deterministic=True)
    dbapi_connection.create_function("isu_hlc", 0, state.next_stamp)
    dbapi_connection.create_function("isu_hlc_after", 1, state.stamp_after)
    dbapi_connection.create_function("isu_workstation", 0, lambda: state.workstation_id)
    dbapi_connection.create_function("isu_capture", 0, lambda: 1 if flags.capture else 0)


@contextmanager
def capture_suspended(flags: ConnectionFlags) -> Iterator[None]:
    """Within the block this connection's writes are not captured (sync apply only)."""
    flags.capture = False
    try:
        yield
    finally:
        flags.capture = True


def _json_fields(columns: Sequence[str], row: str) -> str:
    pairs = ", ".join(f"'{column}', {row}.{column}" for column in columns)
    return f"json_object({pairs})"


def trigger_ddl(table: str, columns: Sequence[str]) -> list[str]:
    """The capture triggers of one table, for the given captured columns.

    Migrations call it through :func:`isu_desk.storage.triggers.install_capture`,
    which reads the columns from the table itself.
    """
    log = "INSERT INTO change_log (entity, record_id, op, fields, hlc, workstation_id)"
    changed = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in columns)
    unchanged_paths = ", ".join(
        f"CASE WHEN NEW.{c} IS OLD.{c} THEN '$.{c}' ELSE {_UNCHANGED} END" for c in columns
    )
    return [
        f"CREATE TRIGGER capture_{table}_insert AFTER INSERT ON {table} WHEN isu_capture() "
        f"BEGIN {log} VALUES ('{table}', NEW.id, 'upsert', {_json_fields(columns, 'NEW')}, "
        f"isu_hlc(), isu_workstation()); END",
        f"CREATE TRIGGER capture_{table}_update AFTER UPDATE ON {table} "
        f"WHEN isu_capture() AND ({changed}) "
        f"BEGIN {log} VALUES ('{table}', NEW.id, 'upsert', "
        f"json_remove({_json_fields(columns, 'NEW')}, {unchanged_paths}), "
        f"isu_hlc(), isu_workstation()); END",
        f"CREATE TRIGGER capture_{table}_delete AFTER DELETE ON {table} WHEN isu_capture() "
        f"BEGIN {log} VALUES ('{table}', OLD.id, 'delete', '{{}}', "
        f"isu_hlc(), isu_workstation()); END",
        f"CREATE TRIGGER keep_{table}_id BEFORE UPDATE OF id ON {table} WHEN NEW.id IS NOT OLD.id "
        f"BEGIN SELECT RAISE(ABORT, 'record ids never change'); END",
    ]


# A local edit of a record whose latest stamp is ahead of our (bounded) clock is
# stamped after that one, so it wins as it would have with an adopted clock
# and every workstation folds the record to what this one shows.
AFTER_LATEST = "change_log_after_latest"
AFTER_LATEST_DDL = (
    f"CREATE TRIGGER {AFTER_LATEST} AFTER INSERT ON change_log "
    "WHEN isu_capture() AND NEW.workstation_id = isu_workstation() AND EXISTS ("
    "SELECT 1 FROM change_log AS earlier WHERE earlier.entity = NEW.entity "
    "AND earlier.record_id = NEW.record_id AND earlier.seq < NEW.seq AND earlier.hlc > NEW.hlc) "
    "BEGIN UPDATE change_log SET hlc = isu_hlc_after((SELECT max(hlc) FROM change_log "
    "WHERE entity = NEW.entity AND record_id = NEW.record_id)) WHERE seq = NEW.seq; END"
)


def drop_trigger_ddl(table: str) -> list[str]:
    return [
        f"DROP TRIGGER IF EXISTS {name}_{table}{suffix}"
        for name, suffix in (
            ("capture", "_insert"),
            ("capture", "_update"),
            ("capture", "_delete"),
            ("keep", "_id"),
        )
    ]
