"""What every page of the window gets: the database, the data folder, one
"something changed" signal and a helper that runs work in the background.

Pages never talk to each other. Every committed write transaction (a form's
save, an import, undo, a sync) reports the tables it changed through
``Database.on_change``; :attr:`AppContext.changed` carries them to the GUI
thread, and each page or tile refreshes when a table it declares is among
them (:meth:`AppContext.watch`; the Anki "operation did execute" pattern).
Failures of background work are logged with their traceback.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from isu_desk.domain.changes import ChangeSet
from isu_desk.domain.errors import DataError

if TYPE_CHECKING:
    from isu_desk.services.undo import UndoHistory
    from isu_desk.storage.database import Database

log = logging.getLogger(__name__)

T = TypeVar("T")


def _alive(callback: Callable[[Any], Any]) -> bool:
    """False for a method of a widget already destroyed (its page closed while work ran)."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


class _Relay(QObject):
    """Carries a worker's outcome back to the GUI thread (queued signals).

    The relay is created in the GUI thread and its slots are bound methods, so
    the queued connections deliver the outcome there.
    """

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, on_done: Callable[[_Relay, bool, Any], None]) -> None:
        super().__init__()
        self._on_done = on_done
        self.succeeded.connect(self._deliver_success, Qt.ConnectionType.QueuedConnection)
        self.failed.connect(self._deliver_failure, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _deliver_success(self, value: Any) -> None:
        self._on_done(self, True, value)

    @Slot(object)
    def _deliver_failure(self, exc: Any) -> None:
        self._on_done(self, False, exc)


class _Worker(QRunnable):
    """Runs one function in the thread pool and reports through a relay."""

    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # reported to the user, never a crash
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


class _Watch(QObject):
    """Refreshes its owner when a table the owner shows changes."""

    def __init__(self, owner: QObject, tables: frozenset[str], refresh: Callable[[], None]) -> None:
        super().__init__(owner)
        self._tables = tables
        self._refresh = refresh

    @Slot(object)
    def changed(self, tables: frozenset[str]) -> None:
        if tables & self._tables:
            self._refresh()


class AppContext(QObject):
    """What every page gets: the database, the data folder, a changed signal, background work.

    The window may be shown before the database is open (see
    :mod:`isu_desk.ui.startup`): such a context is made with ``database=None``
    and :meth:`attach` gives it the database later, emitting :attr:`ready`.
    Pages are only ever built on a ready context.
    """

    changed = Signal(object)  # frozenset[str] of the tables that changed, e.g. {"contacts"}
    busy_changed = Signal(str)  # label of the running background work, "" when idle
    ready = Signal()  # the database is open: pages can be built
    _written = Signal(object)  # internal: carries a ChangeSet to the GUI thread
    database: Database  # set by attach()
    undo: UndoHistory  # this session's own changes, for Edit ▸ Undo (set by attach())

    def __init__(
        self, database: Database | None, data_dir: Path, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self._pool = QThreadPool(self)
        self._running: dict[_Relay, tuple[Any, Any, str]] = {}
        self._status_sink: Callable[[str, int], None] | None = None
        # A bound slot of this GUI-thread object: a write in a worker thread is
        # delivered queued, one on the GUI thread at once.
        self._written.connect(self._deliver_changes)
        self._stop_listening: Callable[[], None] = lambda: None
        self._attached = False
        if database is not None:
            self.attach(database)

    # --- the database ----------------------------------------------------------

    def attach(self, database: Database) -> None:
        """Give this context its open database (once) and tell the window it is ready."""
        from isu_desk.services.undo import UndoHistory

        self.database = database
        self.undo = UndoHistory(database)
        self._stop_listening = database.on_change(self._from_database)
        self._attached = True
        self.ready.emit()

    @property
    def is_ready(self) -> bool:
        """Whether the database is open (pages and database actions can be used)."""
        return self._attached

    # --- change notification -------------------------------------------------

    def watch(self, owner: QObject, tables: Iterable[str], refresh: Callable[[], None]) -> None:
        """Call ``refresh`` (on the GUI thread) whenever one of ``tables`` changes.

        The watch ends when ``owner`` (the page or tile) is deleted.
        """
        watcher = _Watch(owner, frozenset(tables), refresh)
        self.changed.connect(watcher.changed)

    def notify_changed(self, tables: Iterable[str]) -> None:
        """Tell every page that these tables changed (the database reports its own writes)."""
        self.changed.emit(frozenset(tables))

    def stop_listening(self) -> None:
        """Stop following the database's changes (before it closes)."""
        self._stop_listening()
        if self.is_ready:
            self.undo.stop()

    def _from_database(self, changes: ChangeSet) -> None:
        """The database's listener; runs in the thread that wrote."""
        try:
            self._written.emit(changes)
        except RuntimeError:  # this context was deleted with its window
            self._stop_listening()

    @Slot(object)
    def _deliver_changes(self, changes: ChangeSet) -> None:
        self.changed.emit(changes.tables)

    # --- status bar ----------------------------------------------------------

    def set_status_sink(self, sink: Callable[[str, int], None] | None) -> None:
        """Where :meth:`status_message` goes (the main window's status bar)."""
        self._status_sink = sink

    def status_message(self, text: str, timeout_ms: int = 5000) -> None:
        """Show a short message in the window's status bar."""
        if self._status_sink is not None:
            self._status_sink(text, timeout_ms)

    # --- background work -----------------------------------------------------

    def run_in_background(
        self,
        fn: Callable[[], T],
        on_success: Callable[[T], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        label: str = "",
    ) -> None:
        """Run ``fn`` in a worker thread; the callbacks run on the GUI thread.

        Errors never crash the app: they are logged with their traceback and,
        without ``on_error``, shown in a plain message box. ``label`` (e.g.
        "Rendering report…") is shown in the status bar while the work runs.
        """
        relay = _Relay(self._finish)
        self._running[relay] = (on_success, on_error or self._show_error, label)
        if label:
            self.status_message(label, 0)
            self.busy_changed.emit(label)
        self._pool.start(_Worker(fn, relay))

    def wait_for_background(self, msecs: int = 30000) -> bool:
        """Wait for running work (closing the window, tests); True when all done."""
        done = self._pool.waitForDone(msecs)
        QApplication.processEvents()
        return done

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def _finish(self, relay: _Relay, ok: bool, value: Any) -> None:
        on_success, on_error, label = self._running.pop(relay)
        relay.deleteLater()
        callback = on_success if ok else on_error
        if not ok and not isinstance(value, DataError):
            log.error("Background work failed", exc_info=value)
        if label:
            self.status_message("", 1)
            self.busy_changed.emit(self._current_label())
        if callback is not None and _alive(callback):
            callback(value)

    def _current_label(self) -> str:
        labels = [label for _, _, label in self._running.values() if label]
        return labels[-1] if labels else ""

    @Slot(object)
    def _show_error(self, exc: Exception) -> None:
        parent = QApplication.activeWindow()
        QMessageBox.warning(
            parent if isinstance(parent, QWidget) else None,
            QCoreApplication.translate("AppContext", "ISU Desk"),
            plain_message(exc),
        )


def plain_message(exc: BaseException) -> str:
    """What to tell the user: a user's problem as it is, anything else without a traceback."""
    if isinstance(exc, DataError):
        return str(exc)
    if isinstance(exc, OSError):
        problem = exc.strerror or exc
        if exc.filename:
            return QCoreApplication.translate(
                "AppContext", "That could not be completed: cannot use {file}: {problem}."
            ).format(file=exc.filename, problem=problem)
        return QCoreApplication.translate(
            "AppContext", "That could not be completed: cannot use: {problem}."
        ).format(problem=problem)
    return QCoreApplication.translate(
        "AppContext",
        "Something went wrong and that action was not completed; nothing else was "
        "changed.\n\nThe details were written to the log file (isu-desk.log in the data "
        "folder) for support.",
    )
