"""The Sync section: team folder, workstations, conflicts, rejected files; Sync now.

Every sync runs in the background (the window never freezes, not even while
an unreachable share makes checking the folder hang): on start, every few
minutes (quietly: a stopped timer sync shows only in the indicator), on
"Sync now" (Ctrl+Shift+S) and, with a short timeout, on quit. What a sync
(or a resolved conflict) changed reaches the other pages from the database
itself (:attr:`AppContext.changed`).
"""

from __future__ import annotations

import threading
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from isu_desk.capabilities import registry
from isu_desk.secrets import KeyringSecretStore, SecretStore
from isu_desk.services.sync import SyncService, SyncStatus
from isu_desk.services.team import PassphraseNeeded
from isu_desk.sync.conflicts import ConflictView
from isu_desk.sync.errors import SyncStopped
from isu_desk.sync.exchange import SyncReport
from isu_desk.ui.conflicts_view import ConflictsView
from isu_desk.ui.context import AppContext
from isu_desk.ui.sync_team import TeamActions
from isu_desk.ui.team_dialog import ask_passphrase
from isu_desk.ui.widgets import ERROR_STYLE

SYNC_INTERVAL_MS = 5 * 60 * 1000
SHUTDOWN_TIMEOUT_S = 10.0


def _time(text: str) -> str:
    if not text:
        return QCoreApplication.translate("SyncPage", "never")
    try:
        return datetime.fromisoformat(text).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return text


def counted(count: int, one: str, many: str) -> str:
    """``one`` ("1 new conflict") or ``many`` ("{count} new conflicts") filled in."""
    return one if count == 1 else many.format(count=count)


def _record_label(entity: str) -> str:
    """What a user calls a record of ``entity`` (``organisations`` -> ``organisation``)."""
    declared = registry.record_types().get(entity)
    return QCoreApplication.translate("Capabilities", declared.label) if declared else entity


def _table(headers: tuple[str, ...], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    table.setRowCount(len(rows))
    for row, cells in enumerate(rows):
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(row, column, item)


class SyncPage(TeamActions, QWidget):
    """Sync through the team folder, and what every workstation has done."""

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, store: SecretStore | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.service = SyncService(context.database, store or KeyringSecretStore())
        self.syncing = False
        self.republishing = False
        self.folder: str = ""
        self.timer = QTimer(self)
        self.timer.setInterval(SYNC_INTERVAL_MS)
        self.timer.timeout.connect(self.sync_if_reachable)
        self.indicator = QLabel(self.tr("Sync: off"))
        self.indicator.setObjectName("sync_indicator")
        # Wide enough for the usual summary, capped so it never widens the window;
        # a longer text is cut and the tooltip says it all.
        self.indicator.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.indicator.setMinimumWidth(160)
        self.indicator.setMaximumWidth(360)
        self.sync_action = QAction(self.tr("Sync now"), self)
        self.sync_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.sync_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)  # any section
        self.sync_action.triggered.connect(lambda: self.sync_now(interactive=True))
        self._build()
        context.changed.connect(self._on_changed)
        self.refresh()

    # --- layout --------------------------------------------------------------

    def _build(self) -> None:
        title = QLabel("<h2>{}</h2>".format(QCoreApplication.translate("Capabilities", "Sync")))
        self.folder_label = QLabel(self.tr("No team folder yet: create a team or join one."))
        self.folder_label.setObjectName("sync_folder")
        self.folder_label.setWordWrap(True)
        self.result_label = QLabel()
        self.result_label.setObjectName("sync_result")
        self.result_label.setWordWrap(True)
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.setObjectName("sync_now")
        self.sync_button.clicked.connect(lambda: self.sync_now(interactive=True))
        self.republish_button = QPushButton(self.tr("Republish…"))
        self.republish_button.setObjectName("republish")
        self.republish_button.setToolTip(
            self.tr(
                "Write everything this workstation holds to the team folder again "
                "(when the folder lost files)"
            )
        )
        self.republish_button.clicked.connect(self._republish_dialog)
        create = self.create_button = QPushButton(self.tr("Create team…"))
        create.clicked.connect(self._create_dialog)
        join = self.join_button = QPushButton(self.tr("Join team…"))
        join.clicked.connect(self._join_dialog)
        buttons = QHBoxLayout()
        for button in (self.sync_button, self.republish_button, create, join):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.workstations = _table(
            (
                self.tr("Workstation"),
                self.tr("Last sync"),
                self.tr("Change files sent"),
                self.tr("Has received from"),
                self.tr("Clock check"),
            ),
            "workstations",
        )
        self.retire_button = QPushButton(self.tr("Retire selected workstation…"))
        self.retire_button.setToolTip(self.tr("For a computer that will never sync again"))
        self.retire_button.clicked.connect(self._retire_dialog)
        workstations_tab = QWidget()
        tab_layout = QVBoxLayout(workstations_tab)
        tab_layout.addWidget(self.workstations)
        tab_layout.addWidget(self.retire_button)
        self.rejected = _table((self.tr("File"), self.tr("Reason")), "rejected_files")
        self.held_back = _table(
            (self.tr("Record"), self.tr("From"), self.tr("Reason")), "held_back"
        )
        self.conflicts = ConflictsView(self.service)
        self.tabs = QTabWidget()
        self.tabs.addTab(workstations_tab, self.tr("Workstations"))
        self.tabs.addTab(self.conflicts, self.tr("Conflicts"))
        self.tabs.addTab(self.rejected, self.tr("Rejected files"))
        self.tabs.addTab(self.held_back, self.tr("Held back"))
        layout = QVBoxLayout(self)
        for widget in (title, self.folder_label):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addWidget(self.result_label)
        layout.addWidget(self.tabs, 1)

    # --- what the main window calls ------------------------------------------

    def status_widget(self) -> QWidget:
        return self.indicator

    def menu_actions(self) -> list[QAction]:
        return [self.sync_action]

    def startup(self) -> None:
        """Sync on start (when a folder is set) and every few minutes after.

        Without a keyring the passphrase is asked here, once per session; the
        timer's syncs never ask (they say "stopped" in the indicator instead).
        """
        self.timer.start()
        if self.service.folder() is not None:
            self.sync_now(interactive=True)  # without a keyring: ask the passphrase once

    def shutdown(self) -> None:
        """Sync on quit, waiting a few seconds at most; never asks anything.

        Whether the folder is reachable is found out by the worker: on an
        unreachable share even that check can hang, and must not freeze the window.
        """
        self.timer.stop()
        if self.service.folder() is None or self.syncing:
            return
        worker = threading.Thread(target=self._quiet_sync, daemon=True)
        worker.start()
        worker.join(SHUTDOWN_TIMEOUT_S)

    def _quiet_sync(self) -> None:
        try:
            self.service.sync()
        except Exception:  # the window is closing; the next start syncs again
            return

    # --- syncing -------------------------------------------------------------

    def sync_if_reachable(self) -> None:
        """The timer's sync; the worker checks the folder.

        A stopped sync only shows in the indicator: an unplugged drive is not
        worth an error message every few minutes.
        """
        if self.folder:
            self.sync_now(interactive=False, quiet=True)

    def _republish_dialog(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Republish"),
            self.tr(
                "Write everything this workstation holds to the team folder again? Do this when "
                "sync says the folder lost files; the other workstations recover from it."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.sync_now(interactive=True, republish=True)

    def sync_now(
        self,
        interactive: bool = True,
        passphrase: str | None = None,
        quiet: bool = False,
        republish: bool = False,
    ) -> None:
        """Start a sync in the background (one at a time)."""
        if self.syncing:
            return
        self.syncing, self.republishing = True, republish
        self.sync_button.setEnabled(False)
        self.indicator.setText(self.tr("Sync: running…"))
        self.indicator.setToolTip(self.tr("Sync is running in the background."))
        self.context.run_in_background(
            lambda: self.service.sync(None, passphrase, republish),
            on_success=self._synced,
            on_error=lambda exc: self._sync_failed(exc, interactive, quiet),
            label=self.tr("Syncing…"),
        )

    def _synced(self, report: SyncReport) -> None:
        self.syncing = False
        self.sync_button.setEnabled(True)
        self.result_label.setStyleSheet("")
        lines = [*report.notices]
        others, new = len(report.workstations), report.new_conflicts
        conflicts = counted(new, self.tr("1 new conflict"), self.tr("{count} new conflicts"))
        lines += [
            self.tr(
                "Sent {sent} and received {received} changes ({workstations}); {conflicts}."
            ).format(
                sent=report.sent,
                received=report.received,
                conflicts=conflicts,
                workstations=counted(
                    others, self.tr("1 other workstation"), self.tr("{count} other workstations")
                ),
            )
        ]
        lines += [self.tr("Rejected {0}: {1}").format(*item) for item in report.rejected]
        lines += [self.tr("Waiting {0}: {1}").format(*item) for item in report.waiting]
        lines += [self.tr("Held back {0}: {1}").format(*item) for item in report.quarantined]
        lines += report.clock_warnings
        self.result_label.setText("\n".join(lines))
        if report.new_conflicts:  # said in the status bar too, whichever section is shown
            self.context.status_message(self.tr("Sync: {conflicts}").format(conflicts=conflicts))
        self.refresh()  # the pages showing what arrived heard it from the database

    def _sync_failed(self, exc: Exception, interactive: bool, quiet: bool = False) -> None:
        self.syncing = False
        self.sync_button.setEnabled(True)
        if quiet and isinstance(exc, SyncStopped):
            self.indicator.setText(self.tr("Sync: stopped"))
            self.indicator.setToolTip(str(exc))
            return
        if isinstance(exc, PassphraseNeeded) and interactive:
            passphrase = self._ask_passphrase(str(exc))
            if passphrase:
                self.sync_now(interactive=True, passphrase=passphrase, republish=self.republishing)
                return
        self.result_label.setStyleSheet(ERROR_STYLE)
        self.result_label.setText(str(exc))
        self.indicator.setText(self.tr("Sync: stopped"))
        self.indicator.setToolTip(str(exc))

    def _ask_passphrase(self, why: str) -> str:
        return ask_passphrase(self, why)

    # --- showing the state ---------------------------------------------------

    def _on_changed(self, _kinds: object) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Reload the status, workstations and conflicts in the background."""
        if self.syncing:
            return
        service = self.service
        self.context.run_in_background(
            lambda: (service.status(), service.conflicts()), on_success=self._show, label=""
        )

    def _show(self, loaded: tuple[SyncStatus, list[ConflictView]]) -> None:
        status, conflicts = loaded
        self.folder = status.folder
        self.shown_workstations = status.workstations
        names = {w.id: w.name for w in status.workstations}
        self.create_button.setEnabled(not status.folder)  # one team per workstation
        self.join_button.setEnabled(not status.folder)
        if status.folder:
            self.folder_label.setText(
                self.tr("Team folder: {folder}  (team {team})").format(
                    folder=status.folder, team=status.team_id[:8]
                )
            )
        _fill(self.workstations, [self._workstation_row(w, names) for w in status.workstations])
        _fill(self.rejected, [(path, reason) for path, _ws, reason in status.rejected])
        clock_off = frozenset(w.id for w in status.workstations if w.clock_warning)
        self.conflicts.show_conflicts(conflicts, names, clock_off)
        self.tabs.setTabText(1, self.tr("Conflicts ({count})").format(count=status.open_conflicts))
        self.tabs.setTabText(
            2, self.tr("Rejected files ({count})").format(count=len(status.rejected))
        )
        _fill(
            self.held_back,
            [
                (
                    f"{_record_label(q.entity)} “{q.label}”",
                    names.get(q.workstation_id, q.workstation_id[:8]),
                    q.reason,
                )
                for q in status.quarantined
            ],
        )
        self.tabs.setTabText(
            3, self.tr("Held back ({count})").format(count=len(status.quarantined))
        )
        if status.folder:
            opened = status.open_conflicts
            self.indicator.setText(
                self.tr("Sync {time} · {pending} to send · {conflicts}").format(
                    time=_time(status.last_sync)[-5:],
                    pending=status.pending_changes,
                    conflicts=counted(opened, self.tr("1 conflict"), self.tr("{count} conflicts")),
                )
            )
            self.indicator.setToolTip(
                self.tr(
                    "Last sync: {time}\nChanges not sent yet: {pending}\nOpen conflicts: {open}"
                ).format(time=_time(status.last_sync), pending=status.pending_changes, open=opened)
            )

    @staticmethod
    def _workstation_row(w, names: dict[str, str]) -> tuple[str, ...]:
        acked = ", ".join(
            f"{names.get(ws, ws[:8])}: {seq}" for ws, seq in sorted(w.acknowledged.items())
        )
        name = (
            QCoreApplication.translate("SyncPage", "{name} (this one)").format(name=w.name)
            if w.is_this
            else w.name
        )
        name = (
            QCoreApplication.translate("SyncPage", "{name} (retired)").format(name=name)
            if w.retired
            else name
        )
        return (name, _time(w.last_sync), str(w.last_packet), acked or "—", w.clock_warning)
