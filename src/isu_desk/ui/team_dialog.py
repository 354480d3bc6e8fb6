"""Creating or joining a sync team in one dialog, and asking for the passphrase.

The rules come before the typing (at least 10 characters, the same on every
computer, it cannot be recovered); the passphrase is typed twice when creating;
every mistake (a missing folder, passphrases that differ, a folder that already
holds a team, a wrong passphrase) is shown in the dialog, which stays open so
nothing is typed again. The folder picker starts in the user's Documents.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from isu_desk.capabilities.declaration import QT_TRANSLATE_NOOP
from isu_desk.services.team import MIN_PASSPHRASE, create_team, join_team
from isu_desk.ui.record_form import dialog_body, fit_to_screen
from isu_desk.ui.widgets import ErrorLabel

RULES = QT_TRANSLATE_NOOP(
    "TeamDialog",
    "The passphrase protects the team's changes in the shared folder. Use at least "
    "{minimum} characters, for example four unrelated words. Everyone in the team "
    "types the same passphrase on their computer. Keep it somewhere safe: it cannot be "
    "recovered.",
)
JOIN_RULES = QT_TRANSLATE_NOOP(
    "TeamDialog", "Type the passphrase chosen when the team was created (ask a colleague)."
)
WIDTH = 520  # points of text per line before wrapping: no dialog wider than a small screen


def documents_folder() -> str:
    """The user's Documents folder, where folder pickers start."""
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


class TeamDialog(QDialog):
    """Choose the team folder and the passphrase; Create (or Join) sets the team up."""

    def __init__(
        self, context: Any, store: Any, create: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context, self.store, self.creating = context, store, create
        self.setWindowTitle(self.tr("Create a team") if create else self.tr("Join a team"))
        self.passphrase_used = ""
        self.info: Any = None
        rules = QLabel(
            self.tr(RULES).format(minimum=MIN_PASSPHRASE) if create else self.tr(JOIN_RULES)
        )
        rules.setWordWrap(True)
        rules.setObjectName("team_rules")
        self.folder = QLineEdit()
        self.folder.setObjectName("team_folder")
        self.folder.setPlaceholderText(self.tr("a folder every workstation can reach"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.passphrase = _secret("team_passphrase")
        self.again = _secret("team_passphrase_again")
        self.errors = {name: ErrorLabel(self) for name in ("folder", "passphrase", "again", "")}
        form = QFormLayout()
        form.addRow(self.tr("Team folder"), folder_row)
        form.addRow("", self.errors["folder"])
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow("", self.errors["passphrase"])
        if create:
            form.addRow(self.tr("Passphrase again"), self.again)
            form.addRow("", self.errors["again"])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(
            self.tr("Create team") if create else self.tr("Join team"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.ok_button.setObjectName("team_ok")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(rules)
        box.addLayout(form)
        box.addWidget(self.errors[""])
        box.addWidget(self.buttons)
        self.setMaximumWidth(WIDTH + 80)
        fit_to_screen(self)

    def choose_folder(self) -> None:
        start = self.folder.text() or documents_folder()
        title = (
            self.tr("Folder for the new team") if self.creating else self.tr("The team's folder")
        )
        folder = QFileDialog.getExistingDirectory(self, title, start)
        if folder:
            self.folder.setText(folder)

    def problems(self) -> dict[str, str]:
        """What is wrong before trying, by field ("" when all is well)."""
        found: dict[str, str] = {}
        if not self.folder.text().strip():
            found["folder"] = self.tr("Choose the team folder.")
        elif not Path(self.folder.text().strip()).is_dir():
            found["folder"] = self.tr("This folder does not exist (or cannot be reached).")
        text = self.passphrase.text()
        if self.creating and len(text) < MIN_PASSPHRASE:
            found["passphrase"] = self.tr("Use at least {minimum} characters.").format(
                minimum=MIN_PASSPHRASE
            )
        elif not text:
            found["passphrase"] = self.tr("Type the team passphrase.")
        if self.creating and text and self.again.text() != text:
            found["again"] = self.tr("The two passphrases differ; type the same one twice.")
        return found

    def show_problems(self, found: dict[str, str]) -> None:
        for name, label in self.errors.items():
            label.show_error(found.get(name, ""))
        fit_to_screen(self)  # grow to show the messages, never past the screen

    def submit(self) -> None:
        found = self.problems()
        self.show_problems(found)
        if found:
            return
        folder, passphrase = Path(self.folder.text().strip()), self.passphrase.text()
        action = create_team if self.creating else join_team
        database, store = self.context.database, self.store
        self.ok_button.setEnabled(False)
        self.context.run_in_background(
            lambda: action(database, folder, passphrase, store),
            on_success=lambda result: self._done(result, passphrase),
            on_error=lambda exc: self._failed(str(exc)),
            label=self.tr("Setting up the team…"),
        )

    def _failed(self, message: str) -> None:
        self.ok_button.setEnabled(True)
        self.show_problems({"": message})

    def _done(self, result: Any, passphrase: str) -> None:
        self.ok_button.setEnabled(True)
        if not result.ok:
            by_field: dict[str, str] = {}
            for error in result.errors:
                field = error.field if error.field in self.errors else ""
                by_field[field] = (by_field.get(field, "") + " " + error.message).strip()
            self.show_problems(by_field)
            return
        self.info = result.unwrap()
        self.passphrase_used = passphrase
        self.accept()


def _secret(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class PassphraseDialog(QDialog):
    """Asks for the team passphrase; the reason wraps, so the dialog fits any screen."""

    def __init__(self, why: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Team passphrase"))
        reason = QLabel(why)
        reason.setWordWrap(True)
        self.field = _secret("passphrase")
        dialog_body(self, [reason, self.field], self.accept)
        self.setMaximumWidth(WIDTH + 80)
        fit_to_screen(self)


def ask_passphrase(parent: QWidget | None, why: str) -> str:
    dialog = PassphraseDialog(why, parent)
    return dialog.field.text() if dialog.exec() else ""


def open_team_dialog(page: Any, create: bool, ready: Callable[[Any, str], None]) -> TeamDialog:
    """Show the dialog; ``ready(info, passphrase)`` runs once the team is set up."""
    dialog = TeamDialog(page.context, page.service.store, create, page)
    dialog.accepted.connect(lambda: ready(dialog.info, dialog.passphrase_used))
    page.team_dialog = dialog
    dialog.open()
    return dialog
