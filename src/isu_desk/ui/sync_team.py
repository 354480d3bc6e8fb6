"""The Sync page's team actions: create or join the team, retire a workstation.

A mixin of :class:`isu_desk.ui.sync_page.SyncPage` (it uses the page's service,
context, result label, workstation list and ``sync_now``); its words stay in the
``SyncPage`` translation context, as the page shows them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from isu_desk.services.team import create_team, join_team
from isu_desk.ui.team_dialog import open_team_dialog
from isu_desk.ui.widgets import ERROR_STYLE


class TeamActions:
    """Create/Join team… and Retire… on the Sync page."""

    # The page's, which these actions use.
    service: Any
    context: Any
    result_label: Any
    workstations: Any
    sync_now: Callable[..., None]
    refresh: Callable[[], None]

    def _retire_dialog(self) -> None:
        rows = self.workstations.selectionModel().selectedRows()
        shown = getattr(self, "shown_workstations", [])
        if not rows or rows[0].row() >= len(shown):
            self.result_label.setText(
                QCoreApplication.translate("SyncPage", "Select the workstation to retire first.")
            )
            return
        chosen = shown[rows[0].row()]
        answer = QMessageBox.question(
            cast(QWidget, self),
            QCoreApplication.translate("SyncPage", "Retire workstation"),
            QCoreApplication.translate(
                "SyncPage",
                "Retire {name}? Do this only for a computer that will never sync again: "
                "its files no longer hold back archiving.",
            ).format(name=chosen.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.retire(chosen.id)

    def retire(self, workstation_id: str) -> None:
        result = self.service.retire(workstation_id)
        if not result.ok:
            self.result_label.setText("; ".join(str(error) for error in result.errors))
            return
        self.result_label.setText(
            QCoreApplication.translate(
                "SyncPage", "Retired; the other workstations learn it with the next sync."
            )
        )
        self.refresh()

    def _create_dialog(self) -> None:
        open_team_dialog(self, True, self._team_set_up)

    def _join_dialog(self) -> None:
        open_team_dialog(self, False, self._team_set_up)

    def _team_set_up(self, info, passphrase: str) -> None:
        """The dialog set the team up: say so and sync with the passphrase just typed."""
        self.result_label.setStyleSheet("")
        self.result_label.setText(info.notice or self._team_ready_text(info))
        self.sync_now(interactive=True, passphrase=passphrase)

    def _team_ready_text(self, info) -> str:
        return QCoreApplication.translate("SyncPage", "Team ready in {folder}.").format(
            folder=info.folder
        )

    def set_up_team(self, folder: Path, passphrase: str, create: bool) -> None:
        """Create or join the team in ``folder`` (in the background), then sync."""
        database, store = self.context.database, self.service.store
        action = create_team if create else join_team
        self.context.run_in_background(
            lambda: action(database, folder, passphrase, store),
            on_success=self._team_ready,
            label=QCoreApplication.translate("SyncPage", "Setting up the team…"),
        )

    def _team_ready(self, result) -> None:
        if not result.ok:
            self.result_label.setStyleSheet(ERROR_STYLE)
            self.result_label.setText("; ".join(str(error) for error in result.errors))
            return
        info = result.unwrap()
        self.result_label.setStyleSheet("")
        self.result_label.setText(info.notice or self._team_ready_text(info))
        self.sync_now(interactive=True)
