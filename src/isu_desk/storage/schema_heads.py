"""The head revisions of the migration scripts, known without importing Alembic.

Opening a database that is already at these revisions skips Alembic entirely
(its import and the scan of the scripts cost a large part of a start).
``tests/storage/test_schema_heads.py`` fails, printing the right value, when a
new migration makes this stale: adding a migration means updating this line.
"""

from __future__ import annotations

SCHEMA_HEADS = frozenset({"0002b_sync_quarantine", "0005_letters", "0006_sponsorship"})
