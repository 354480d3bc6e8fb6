"""Keeping foreign keys whole while applying changes that arrive out of order.

Rules (the same on every workstation, so they converge): a record that an
existing record points at stays (its delete becomes a conflict); a record
pointing at one that has not arrived yet is held back in ``sync_pending`` and
written by a later apply, once the record it needs is here.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import Connection

from isu_desk.storage.models import Base
from isu_desk.sync.apply import Key, Writer, desired_row, load_states, replicated_table
from isu_desk.sync.merge import Conflict, Merger, RecordState, Stamp

_MAX_ROUNDS = 10


def _foreign_keys() -> dict[str, list[tuple[str, str]]]:
    """Child table -> [(column, parent table)] among replicated tables."""
    found: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for table in Base.metadata.tables.values():
        if table.info.get("replicated"):
            for key in table.foreign_keys:
                found[table.name].append((key.parent.name, key.column.table.name))
    return found


def pending_keys(connection: Connection) -> list[Key]:
    rows = connection.exec_driver_sql("SELECT entity, record_id FROM sync_pending")
    return [(str(entity), str(record_id)) for entity, record_id in rows]


def _exists(connection: Connection, table: str, record_id: str) -> bool:
    query = f"SELECT 1 FROM {table} WHERE id = ?"
    return connection.exec_driver_sql(query, (record_id,)).first() is not None


def _missing_parents(connection: Connection, writer: Writer) -> dict[Key, list[Key]]:
    keys = _foreign_keys()
    missing: dict[Key, list[Key]] = defaultdict(list)
    for child, row in list(writer.alive.items()):
        for column, parent in keys.get(child[0], []):
            value = row.get(column)
            if value is not None and not _exists(connection, parent, str(value)):
                missing[(parent, str(value))].append(child)
    for removed in list(writer.removed):
        for child_table, references in keys.items():
            for column, parent in references:
                if parent != removed[0]:
                    continue
                query = f"SELECT id FROM {child_table} WHERE {column} = ?"
                for (child_id,) in connection.exec_driver_sql(query, (removed[1],)):
                    missing[removed].append((child_table, str(child_id)))
    return missing


def _winner(states: dict[Key, RecordState], children: list[Key]) -> Stamp:
    stamps = [upsert for child in children if child in states and (upsert := states[child].upsert)]
    return max(stamps, key=lambda stamp: stamp.hlc) if stamps else Stamp("", "")


def _bring_back(
    connection: Connection,
    merger: Merger,
    writer: Writer,
    states: dict[Key, RecordState],
    parent: Key,
    children: list[Key],
) -> bool:
    """Write the parent from its history; False when it never fully arrived."""
    if parent not in states:
        states.update(load_states(connection, merger, [parent]))
    state = states[parent]
    table = replicated_table(parent[0])
    if state.upsert is None:
        return False
    probe = RecordState(state.entity, state.record_id, state.data, state.stamps, state.upsert)
    row = desired_row(table, probe)
    if row is None:
        return False
    writer.force(table, parent[1], row)
    if state.delete is not None:
        merger.record(
            Conflict(parent[0], parent[1], "", None, state.delete, _winner(states, children))
        )
    return True


def _still_referenced(connection: Connection, parent: Key) -> bool:
    for child_table, references in _foreign_keys().items():
        for column, table in references:
            query = f"SELECT 1 FROM {child_table} WHERE {column} = ? LIMIT 1"
            if table == parent[0] and connection.exec_driver_sql(query, (parent[1],)).first():
                return True
    return False


def _release_parents(
    connection: Connection, merger: Merger, writer: Writer, states: dict[Key, RecordState]
) -> bool:
    """A record kept only because something pointed at it goes once nothing does."""
    keys, released = _foreign_keys(), False
    for child, row in list(writer.removed_rows.items()):
        del writer.removed_rows[child]
        for column, parent_table in keys.get(child[0], []):
            value = row.get(column)
            if value is None:
                continue
            parent = (parent_table, str(value))
            if parent not in states:
                states.update(load_states(connection, merger, [parent]))
            if states[parent].alive or not _exists(connection, parent_table, parent[1]):
                continue
            if not _still_referenced(connection, parent):
                writer.write([states[parent]])
                released = True
    return released


def fix_references(
    connection: Connection, merger: Merger, writer: Writer, states: dict[Key, RecordState]
) -> None:
    """Make every written row's references resolve before the commit checks them."""
    connection.exec_driver_sql("DELETE FROM sync_pending")
    for _ in range(_MAX_ROUNDS):
        missing = _missing_parents(connection, writer)
        if not missing and not _release_parents(connection, merger, writer, states):
            return
        for parent, children in missing.items():
            if _bring_back(connection, merger, writer, states, parent, children):
                continue
            for child in children:
                writer.hold(replicated_table(child[0]), child[1])
                connection.exec_driver_sql(
                    "INSERT OR IGNORE INTO sync_pending (entity, record_id) VALUES (?, ?)", child
                )
