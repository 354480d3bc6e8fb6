"""The head revisions kept for a fast start agree with the migration scripts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from isu_desk.storage.database import open_database, script_heads
from isu_desk.storage.schema_heads import SCHEMA_HEADS


def test_schema_heads_are_the_migration_scripts_heads() -> None:
    heads = script_heads()
    assert heads == SCHEMA_HEADS, (
        f"update storage/schema_heads.py: SCHEMA_HEADS = frozenset({sorted(heads)})"
    )


def test_opening_an_up_to_date_database_does_not_load_alembic(tmp_path: Path) -> None:
    open_database(tmp_path / "db.sqlite").close()
    code = (
        "import sys; from pathlib import Path;"
        "from isu_desk.storage.database import open_database;"
        f"open_database(Path({str(tmp_path / 'db.sqlite')!r})).close();"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert loaded.strip() == "[]"
