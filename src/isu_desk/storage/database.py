"""Opening the local database: engine, pragmas, SQL functions, migrations.

A database is opened through :func:`open_database`, which refuses a file
written by a newer schema (untouched), saves a copy beside the file before it
migrates an older one, and applies Alembic migrations. Every user action runs
in one transaction from :meth:`Database.transaction`.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import URL, Engine, create_engine, event, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from isu_desk.capabilities import registry
from isu_desk.domain.changes import ChangeSet
from isu_desk.domain.errors import DataError
from isu_desk.domain.hlc import HybridClock
from isu_desk.storage.capture import CaptureState, ConnectionFlags, register_functions
from isu_desk.storage.cipher import DatabaseKey, connect, is_driver_error
from isu_desk.storage.models import Setting
from isu_desk.storage.private import new_private_file, private_file, private_folder
from isu_desk.storage.probe import DATABASE_FILE as DATABASE_FILE  # its home before probe
from isu_desk.storage.probe import FOLDER_BUSY, is_busy, schema_revisions
from isu_desk.storage.schema_heads import SCHEMA_HEADS

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
BUSY_TIMEOUT_MS = 10_000
READ_ONLY = "isu_read_only"  # execution option of Database.read()
log = logging.getLogger(__name__)


def _alembic_config() -> Config:
    # Alembic is imported only when a database needs creating or migrating.
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revisions() -> frozenset[str]:
    """The newest schema revisions this version knows (one per capability branch)."""
    return SCHEMA_HEADS


def script_heads() -> frozenset[str]:
    """The heads of the migration scripts as Alembic reads them (what SCHEMA_HEADS mirrors)."""
    from alembic.script import ScriptDirectory

    return frozenset(ScriptDirectory.from_config(_alembic_config()).get_heads())


def _check_known(revisions: frozenset[str]) -> None:
    from alembic.script import ScriptDirectory
    from alembic.util.exc import CommandError

    script = ScriptDirectory.from_config(_alembic_config())
    for revision in sorted(revisions):
        try:
            known = script.get_revision(revision) is not None
        except CommandError:
            known = False
        if not known:
            raise DataError(
                f"This database was written by a newer version of ISU Desk (schema {revision}). "
                "Install the newer version to open it; the file was not changed."
            )


def backup_file(source: Path, target: Path, key: DatabaseKey | None = None) -> None:
    """A consistent copy of a live SQLite file (the online backup API, WAL included).

    An encrypted source gives a copy encrypted with the same key.
    """
    # closing(): a sqlite3 connection's own "with" commits but does not close,
    # and an unclosed connection keeps its lock until garbage collection.
    with closing(connect(source, key)) as src, closing(connect(target, key)) as dst:
        src.backup(dst)


def _save_copy_before_migrating(path: Path, key: DatabaseKey | None) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    copy = path.with_name(f"{path.name}.before-upgrade-{stamp}.bak")
    backup_file(path, copy, key)
    return private_file(copy)


def _make_engine(path: Path, state: CaptureState, key: DatabaseKey | None) -> Engine:
    # The same pool as pysqlite's for a file (SQLCipher's dialect would keep one per thread).
    from sqlalchemy.pool import QueuePool

    # SQLCipher's dialect sends PRAGMA key (the URL's password) before anything reads the file.
    url = URL.create("sqlite+pysqlite", database=str(path))
    if key is not None:
        url = URL.create("sqlite+pysqlcipher", password=key.literal, database=str(path))
    engine = create_engine(
        url,
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000},
        poolclass=QueuePool,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, record: Any) -> None:
        # Manage transactions ourselves (see the "begin" hook): pysqlite's own
        # implicit BEGIN would leave DDL and reads outside the transaction.
        dbapi_connection.isolation_level = None
        flags = ConnectionFlags()
        record.info["isu_flags"] = flags
        record.info["isu_capture_state"] = state
        register_functions(dbapi_connection, state, flags)
        _wal_mode(dbapi_connection)
        for pragma in (
            "foreign_keys=ON",
            f"busy_timeout={BUSY_TIMEOUT_MS}",
            "synchronous=NORMAL",
            "cache_size=-65536",  # up to 64 MiB of pages: bulk imports stay in memory
        ):
            dbapi_connection.execute(f"PRAGMA {pragma}")

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        if connection.get_execution_options().get(READ_ONLY):
            connection.exec_driver_sql("BEGIN")  # a WAL snapshot: never waits for a writer
            return
        connection.exec_driver_sql("BEGIN IMMEDIATE")
        state.catch_up(connection.exec_driver_sql)

    return engine


class Database:
    """An open local database: its engine, sessions and clock."""

    def __init__(
        self, path: Path, engine: Engine, state: CaptureState, key: DatabaseKey | None = None
    ) -> None:
        self.path = path
        self.key = key  # None: a plain (unencrypted) file
        self.engine = engine
        self.capture = state
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._listeners: list[Callable[[ChangeSet], None]] = []
        # Set by a process whose one thread never reads beside a write (the command
        # line): a bulk transaction may then take the file to itself (see
        # transaction()). Never in the window, whose reads must not wait for a writer.
        self.bulk_alone = False

    def on_change(self, listener: Callable[[ChangeSet], None]) -> Callable[[], None]:
        """Call ``listener`` after every committed transaction that changed a table.

        It runs in the thread that wrote (a worker thread for background work).
        Returns a function that removes the listener.
        """
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    @contextmanager
    def transaction(self, *, bulk: bool = False) -> Iterator[Session]:
        """One user action: commits at the end, rolls back everything on error.

        What it changed is read from the change-log rows it wrote (the
        triggers' or sync's) and reported to :meth:`on_change` listeners
        after the commit. ``BEGIN IMMEDIATE`` makes the rows after the
        starting mark this transaction's own.

        ``bulk`` (an import): when :attr:`bulk_alone` is set and nothing else
        has the file open, the transaction writes through a rollback journal
        instead of the WAL (see :func:`_rollback_journal`); otherwise, as any.

        Raises:
            DataError: another window or command held the database for longer
                than the busy timeout (said plainly; nothing was written).
        """
        changes: ChangeSet | None = None
        try:
            with self._session(bulk and self.bulk_alone) as session, session.begin():
                mark = _log_mark(session)
                yield session
                if session.in_transaction():  # not rolled back by the caller
                    changes = _changes_since(session, mark, self.capture.workstation_id)
        except OperationalError as exc:
            if not is_busy(exc.orig):
                raise
            raise DataError(FOLDER_BUSY) from exc
        if changes is not None:
            self._announce(changes)

    @contextmanager
    def _session(self, alone: bool) -> Iterator[Session]:
        if not alone:
            with self._sessions() as session:
                yield session
            return
        with (
            self.engine.connect() as connection,
            _rollback_journal(connection.connection.driver_connection),
            self._sessions(bind=connection) as session,
        ):
            yield session

    def _announce(self, changes: ChangeSet) -> None:
        for listener in list(self._listeners):
            try:
                listener(changes)
            except Exception:  # a listener's bug must not undo a committed change
                log.exception("A change listener failed")

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A consistent read that never waits for a writer (sync, an import).

        Write transactions start with ``BEGIN IMMEDIATE`` and wait their turn;
        a read only needs WAL's snapshot, so lists stay responsive while a
        long write runs elsewhere. Anything written here is rolled back.
        """
        with self._sessions() as session:
            session.connection(execution_options={READ_ONLY: True})
            try:
                yield session
            finally:
                session.expunge_all()  # what was read stays readable after the rollback
                session.rollback()

    def setting(self, key: str) -> str | None:
        with self.read() as session:
            return session.scalar(select(Setting.value).where(Setting.key == key))

    @property
    def workstation_id(self) -> str:
        return self.capture.workstation_id

    def load_clock(self) -> None:
        """Start the clock after every stamp already in the log (ours or observed).

        Only reads: the first write transaction's begin hook catches up with
        the whole log, so opening the database takes no write lock.
        """
        with self.read() as session:
            node = session.scalar(select(Setting.value).where(Setting.key == "workstation_id"))
        self.capture.reset(node or "")

    def close(self) -> None:
        self.engine.dispose()


def _wal_mode(driver: Any) -> None:
    """Put the file in WAL mode (it is, unless a bulk import has it: then wait for that).

    SQLite does not wait for the switch (its busy handler would deadlock
    there): it refuses at once while another connection writes through a
    rollback journal (see :func:`_rollback_journal`). So ask again, as a
    writer waits its turn, until the busy timeout.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            driver.execute("PRAGMA journal_mode=WAL")
            return
        except Exception as exc:
            if not (is_driver_error(exc, "OperationalError") and is_busy(exc)):
                raise
            if time.monotonic() > deadline:
                raise
        time.sleep(0.05)


@contextmanager
def _rollback_journal(driver: Any) -> Iterator[None]:
    """While ``driver`` is the file's only connection: a rollback journal, not the WAL.

    A bulk insert then writes each new page once, into the file; through the
    WAL every page is written to the log and copied again by the checkpoint
    (100,000 contacts: 124 MB twice, about 0.5 s of a 3 s import). Any
    other connection to the file, in this process or another, makes SQLite
    refuse the switch at once, and the transaction goes through the WAL as
    any other. A crash leaves a hot journal that SQLite rolls back when the
    file is next opened, as the WAL's uncommitted frames would be ignored.
    Afterwards the file is in WAL mode again (should another connection have
    come in the meantime, its own opening puts it back).
    """
    driver.execute("PRAGMA busy_timeout=0")  # asked once, not waited for
    try:
        switched = driver.execute("PRAGMA journal_mode=DELETE").fetchone()[0] == "delete"
    except Exception as exc:
        if not is_driver_error(exc, "OperationalError"):
            raise
        switched = False  # "database is locked": another connection has it open
    finally:
        driver.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    try:
        yield
    finally:
        if switched:
            try:
                driver.execute("PRAGMA journal_mode=WAL")
            except Exception as exc:
                if not is_driver_error(exc, "OperationalError"):
                    raise
                log.warning("The database stays in rollback-journal mode until reopened: %s", exc)


def _log_mark(session: Session) -> int:
    """The last change-log row before this transaction (starts the write transaction)."""
    return int(session.scalar(text("SELECT COALESCE(MAX(seq), 0) FROM change_log")) or 0)


def _changes_since(session: Session, mark: int, workstation_id: str) -> ChangeSet | None:
    """What the change-log rows after ``mark`` say this transaction changed.

    One pass over those rows, without sorting them by table (an import or a
    sync adds 100,000): table names hold no comma, so they come back joined.
    """
    row = session.execute(
        text(
            "SELECT MIN(seq), MAX(seq), MIN(workstation_id = :me), group_concat(DISTINCT entity) "
            "FROM change_log WHERE seq > :mark"
        ),
        {"mark": mark, "me": workstation_id},
    ).one()
    if row[0] is None:
        return None
    return ChangeSet(
        tables=frozenset(str(row[3]).split(",")),
        first_seq=int(row[0]),
        last_seq=int(row[1]),
        local=bool(row[2]),
    )


def open_database(path: Path, key: DatabaseKey | None = None) -> Database:
    """Open (creating or migrating) the database at ``path``, encrypted with ``key`` if given.

    Raises:
        DataError: the file is not an ISU Desk database, cannot be read, or
            was written by a newer version.
    """
    registry.load_models()  # Base.metadata must know every capability's tables
    private_folder(path.parent)
    revisions = schema_revisions(path, key)
    heads = head_revisions()
    if revisions is not None and revisions != heads:
        _check_known(revisions)
        _save_copy_before_migrating(path, key)
    new_private_file(path)
    state = CaptureState(clock=HybridClock(""))
    engine = _make_engine(path, state, key)
    try:
        if revisions != heads:
            from alembic import command

            config = _alembic_config()
            with engine.begin() as connection:
                config.attributes["connection"] = connection
                command.upgrade(config, "heads")
        database = Database(path, engine, state, key)
        database.load_clock()
    except OperationalError as exc:
        engine.dispose()
        if not is_busy(exc.orig):
            raise
        raise DataError(FOLDER_BUSY) from exc
    return database


def integrity_problems(database: Database) -> list[str]:
    """What ``PRAGMA integrity_check`` and ``foreign_key_check`` report; empty when healthy."""
    problems: list[str] = []
    with database.engine.connect() as connection:
        for (line,) in connection.execute(text("PRAGMA integrity_check")):
            if line != "ok":
                problems.append(str(line))
        for row in connection.execute(text("PRAGMA foreign_key_check")):
            problems.append(f"{row[0]} row {row[1]} points at a missing {row[2]} record")
    return problems


def copy_database(source: Path, target: Path, key: DatabaseKey | None = None) -> None:
    """Copy a database file safely even while it is open (used by backup/restore)."""
    if target.exists():
        raise DataError(f"{target} already exists; choose another name.")
    tmp = target.with_name(target.name + ".partial")
    backup_file(source, new_private_file(tmp), key)
    shutil.move(tmp, target)
