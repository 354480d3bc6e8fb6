"""Opening databases: pragmas, migrations with a copy first, newer files refused untouched."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from isu_desk.domain.errors import DataError
from isu_desk.storage.database import (
    Database,
    _alembic_config,
    head_revisions,
    integrity_problems,
    open_database,
)


def test_pragmas_give_wal_foreign_keys_and_a_busy_timeout(database: Database) -> None:
    with database.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() >= 5000


def test_a_newer_database_is_refused_and_left_byte_identical(tmp_path: Path) -> None:
    path = tmp_path / "isu-desk.sqlite"
    open_database(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO alembic_version VALUES ('9999_from_the_future')")
    before = path.read_bytes()
    with pytest.raises(DataError, match="newer version of ISU Desk"):
        open_database(path)
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*.bak"))


def test_an_older_database_is_copied_before_it_is_migrated(tmp_path: Path) -> None:
    if head_revisions() == {"0001_directory"}:
        pytest.skip("no later migration exists yet")
    path = tmp_path / "isu-desk.sqlite"
    db = open_database(path)
    config = _alembic_config()
    with db.engine.begin() as connection:  # take the file back to the first release's schema
        config.attributes["connection"] = connection
        command.downgrade(config, "0001_directory")
    db.close()

    open_database(path).close()

    copies = list(tmp_path.glob("isu-desk.sqlite.before-upgrade-*.bak"))
    assert len(copies) == 1
    with sqlite3.connect(copies[0]) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [
            ("0001_directory",)
        ]
    with sqlite3.connect(path) as conn:
        migrated = {row[0] for row in conn.execute("SELECT version_num FROM alembic_version")}
    assert migrated == head_revisions()


def test_a_file_that_is_not_a_database_gives_a_plain_error(tmp_path: Path) -> None:
    path = tmp_path / "isu-desk.sqlite"
    path.write_bytes(b"this is a spreadsheet, not a database" * 100)
    with pytest.raises(DataError, match="cannot be read as a database"):
        open_database(path)


def test_a_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE stuff (x)")
    with pytest.raises(DataError, match="not an ISU Desk database"):
        open_database(path)


def test_a_healthy_database_has_no_integrity_problems(database: Database) -> None:
    assert integrity_problems(database) == []


def test_writes_outside_the_application_cannot_skip_capture(database: Database) -> None:
    # A tool that opens the file without the app's SQL functions cannot write records.
    with sqlite3.connect(database.path) as conn, pytest.raises(sqlite3.OperationalError):
        conn.execute("UPDATE states SET notes = 'sneaky' WHERE iso3 = 'FRA'")


def test_the_migrations_build_exactly_the_schema_the_models_describe(database: Database) -> None:
    # A model changed without a migration (or the reverse) shows up here as a difference.
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from isu_desk.storage.models import Base

    with database.engine.connect() as connection:
        # Full-text indexes (FTS5 virtual tables and their shadow tables) are not models.
        virtual = [
            row[0]
            for row in connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'"
            )
        ]

        def is_model(name: str | None, type_: str, _parent: object) -> bool:
            return type_ != "table" or not any(
                name == v or str(name).startswith(f"{v}_") for v in virtual
            )

        context = MigrationContext.configure(connection, opts={"include_name": is_model})
        assert compare_metadata(context, Base.metadata) == []


def test_a_folder_name_with_hash_or_question_mark_still_refuses_a_newer_file(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "ISU #2 ?copy"
    folder.mkdir()
    path = folder / "isu-desk.sqlite"
    open_database(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO alembic_version VALUES ('9999_from_the_future')")
    with pytest.raises(DataError, match="newer version of ISU Desk"):
        open_database(path)
    assert not (tmp_path / "ISU ").exists()
