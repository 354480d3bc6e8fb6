"""What every page of the window gets: the database, the data folder, one
"something changed" signal and a helper that runs work in the background.

Pages never talk to each other; after a change they call
:meth:`AppContext.notify_changed` and every page listening to
:attr:`AppContext.changed` refreshes what it shows (the Anki "operation did
execute" pattern).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from isu_desk.storage.database import Database

T = TypeVar("T")


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


class AppContext(QObject):
    """What every page gets: the database, the data folder, a changed signal, background work."""

    changed = Signal(object)  # frozenset[str] of entity/kind names that changed, e.g. {"contacts"}
    busy_changed = Signal(str)  # label of the running background work, "" when idle

    def __init__(self, database: Database, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.data_dir = data_dir
        self._pool = QThreadPool(self)
        self._running: dict[_Relay, tuple[Any, Any, str]] = {}
        self._status_sink: Callable[[str, int], None] | None = None

    # --- change notification -------------------------------------------------

    def notify_changed(self, kinds: Iterable[str]) -> None:
        """Tell every page that records of these kinds changed."""
        self.changed.emit(frozenset(kinds))

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

        Errors never crash the app: without ``on_error`` they are shown in a
        plain message box. ``label`` (e.g. "Rendering report…") is shown in
        the status bar while the work runs.
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
        if label:
            self.status_message("", 1)
            self.busy_changed.emit(self._current_label())
        if callback is not None:
            callback(value)

    def _current_label(self) -> str:
        labels = [label for _, _, label in self._running.values() if label]
        return labels[-1] if labels else ""

    @Slot(object)
    def _show_error(self, exc: Exception) -> None:
        parent = QApplication.activeWindow()
        QMessageBox.warning(
            parent if isinstance(parent, QWidget) else None,
            "ISU Desk",
            f"Something went wrong:\n\n{exc}",
        )
