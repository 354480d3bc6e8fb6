"""Full-text search over minutes, decisions, action points and document titles.

One SQLite FTS5 table, ``meetings_fts``, tokenised with ``unicode61
remove_diacritics 2`` so "cote" finds "Côte" and "NUNEZ" finds "Núñez". It is
local: never replicated, kept up to date by triggers on the source tables, so
rows written by the app, by an import or by sync's apply are all indexed the
same way, on each workstation. ``meeting_search_rows`` maps each FTS row to
its record (an integer key of our own: SQLite may renumber the implicit rowids
of the source tables on VACUUM).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

FTS_TABLE = "meetings_fts"
KEYS_TABLE = "meeting_search_rows"
_START, _END = "\x02", "\x03"
_WORD = re.compile(r"\w+", re.UNICODE)

# What is indexed: table -> (kind, SQL expression of the row's text with {row} for NEW/OLD).
SOURCES: dict[str, tuple[str, str]] = {
    "minute_entries": ("minutes", "{row}.text"),
    "decisions": ("decision", "{row}.number || ' ' || {row}.text"),
    "action_points": ("action", "{row}.text || ' ' || {row}.closing_note"),
    "meeting_documents": ("document", "{row}.symbol || ' ' || {row}.title"),
}


def _key(row: str) -> str:
    return f"(SELECT id FROM {KEYS_TABLE} WHERE record_id = {row}.id)"


def fts_ddl(sources: Mapping[str, tuple[str, str]]) -> list[str]:
    """The FTS table and the triggers that keep it in step with ``sources``."""
    statements = [
        f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(body, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    ]
    for table, (kind, expression) in sources.items():
        new = expression.format(row="NEW")
        statements += [
            f"CREATE TRIGGER fts_{table}_insert AFTER INSERT ON {table} BEGIN "
            f"INSERT INTO {KEYS_TABLE} (record_id, kind, meeting_id) "
            f"VALUES (NEW.id, '{kind}', NEW.meeting_id); "
            f"INSERT INTO {FTS_TABLE} (rowid, body) VALUES ({_key('NEW')}, {new}); END",
            f"CREATE TRIGGER fts_{table}_update AFTER UPDATE ON {table} BEGIN "
            f"UPDATE {FTS_TABLE} SET body = {new} WHERE rowid = {_key('NEW')}; "
            f"UPDATE {KEYS_TABLE} SET meeting_id = NEW.meeting_id WHERE record_id = NEW.id; END",
            f"CREATE TRIGGER fts_{table}_delete AFTER DELETE ON {table} BEGIN "
            f"DELETE FROM {FTS_TABLE} WHERE rowid = {_key('OLD')}; "
            f"DELETE FROM {KEYS_TABLE} WHERE record_id = OLD.id; END",
        ]
    return statements


def drop_fts_ddl(sources: Mapping[str, tuple[str, str]]) -> list[str]:
    drops = [
        f"DROP TRIGGER IF EXISTS fts_{table}_{event}"
        for table in sources
        for event in ("insert", "update", "delete")
    ]
    return [*drops, f"DROP TABLE IF EXISTS {FTS_TABLE}"]


def rebuild(session: Session) -> int:
    """Index every source row again (after a restore made without triggers); returns rows."""
    session.execute(text(f"DELETE FROM {FTS_TABLE}"))
    session.execute(text(f"DELETE FROM {KEYS_TABLE}"))
    for table, (kind, expression) in SOURCES.items():
        session.execute(
            text(
                f"INSERT INTO {KEYS_TABLE} (record_id, kind, meeting_id) "
                f"SELECT id, '{kind}', meeting_id FROM {table}"
            )
        )
        body = expression.format(row="t")
        session.execute(
            text(
                f"INSERT INTO {FTS_TABLE} (rowid, body) SELECT k.id, {body} "
                f"FROM {table} AS t JOIN {KEYS_TABLE} AS k ON k.record_id = t.id"
            )
        )
    return int(session.scalar(text(f"SELECT count(*) FROM {KEYS_TABLE}")) or 0)


@dataclass(frozen=True, slots=True)
class Hit:
    """One match: the record, its meeting, and a snippet as (text, highlighted) pieces."""

    kind: str
    record_id: str
    meeting_id: str
    snippet: tuple[tuple[str, bool], ...]

    @property
    def snippet_text(self) -> str:
        return "".join(piece for piece, _ in self.snippet)


def match_expression(query: str) -> str:
    """Every word of ``query`` as a prefix (typing "tran" finds "transparency")."""
    return " ".join(f'"{word}"*' for word in _WORD.findall(query))


def _pieces(snippet: str) -> tuple[tuple[str, bool], ...]:
    pieces: list[tuple[str, bool]] = []
    for part in re.split(f"({_START}[^{_END}]*{_END})", snippet):
        if part.startswith(_START):
            pieces.append((part[1:-1], True))
        elif part:
            pieces.append((part, False))
    return tuple(pieces)


def search(session: Session, query: str, limit: int = 50, meeting_id: str = "") -> list[Hit]:
    """Best matches first; case and accents ignored; empty for a query without words."""
    expression = match_expression(query)
    if not expression:
        return []
    where = " AND k.meeting_id = :meeting" if meeting_id else ""
    rows = session.execute(
        text(
            f"SELECT k.kind, k.record_id, k.meeting_id, "
            f"snippet({FTS_TABLE}, 0, '{_START}', '{_END}', '…', 16) "
            f"FROM {FTS_TABLE} JOIN {KEYS_TABLE} AS k ON k.id = {FTS_TABLE}.rowid "
            f"WHERE {FTS_TABLE} MATCH :match{where} ORDER BY rank LIMIT :limit"
        ),
        {"match": expression, "limit": limit, "meeting": meeting_id},
    )
    return [Hit(kind, record, meeting, _pieces(snippet)) for kind, record, meeting, snippet in rows]
