"""The window's side of encryption at rest: the passphrase dialog and the offer to encrypt.

Where the database key is not in a keyring, the window asks for the database
passphrase in a small dialog before the database opens (a file given with
``isu-desk --passphrase-file PATH gui``, or ``ISU_DESK_DB_PASSPHRASE`` with a
warning on stderr, are used first). A plain database is offered encryption
once; declining is remembered in the database's settings.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from isu_desk.domain.errors import DataError
from isu_desk.secrets import database_key
from isu_desk.services.encryption import (
    Unlocker,
    WrongPassphrase,
    encrypt,
    passphrase_given,
)
from isu_desk.services.workstation import open_data_folder
from isu_desk.storage import settings
from isu_desk.storage.database import Database

APP_NAME = "ISU Desk"
ENV_PASSPHRASE = "ISU_DESK_DB_PASSPHRASE"
DECLINED = "encryption_declined"
_session: dict[str, Unlocker] = {}  # this process's unlocker, under "current"
_retry: list[str] = []  # what the next passphrase dialog says first (a passphrase refused)


class PassphraseDialog(QDialog):
    """Asks for the database passphrase; twice (and at least 10 characters) for a new one."""

    def __init__(self, prompt: str, new: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("ISU Desk: database passphrase"))
        self.new = new
        self.prompt = QLabel(prompt)
        self.prompt.setWordWrap(True)
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        if new:
            form.addRow(self.tr("&Repeat:"), self.repeat)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _accept(self) -> None:
        text = self.passphrase.text()
        if self.new and len(text) < database_key.MIN_PASSPHRASE:
            self.error.setText(
                self.tr("Use at least {n} characters.").format(n=database_key.MIN_PASSPHRASE)
            )
        elif self.new and self.repeat.text() != text:
            self.error.setText(self.tr("The two passphrases differ."))
        elif not text:
            self.error.setText(self.tr("Type the passphrase."))
        else:
            self.accept()


def _ask(passphrase_file: str | None):  # type: ignore[no-untyped-def]
    def ask(new: bool, prompt: str) -> str | None:
        given = passphrase_given(
            passphrase_file, ENV_PASSPHRASE, lambda text: print(text, file=sys.stderr)
        )
        if given is not None:
            return given
        dialog = PassphraseDialog(prompt, new, QApplication.activeWindow())  # over the window
        if _retry:  # the passphrase typed last did not open the file
            dialog.error.setText(_retry.pop())
        return dialog.passphrase.text() if dialog.exec() == QDialog.DialogCode.Accepted else None

    return ask


def window_unlocker(passphrase_file: str | None = None) -> Unlocker:
    """This session's unlocker (it remembers the keys found, so a restore asks no more)."""
    if "current" not in _session or passphrase_file is not None:
        _session["current"] = Unlocker(database_key.os_keyring(), _ask(passphrase_file))
    return _session["current"]


def open_folder(folder: Path, passphrase_file: str | None = None) -> Database:
    """The data folder's database, opened with its key (asked for when needed).

    A passphrase typed in the dialog that does not open the file is asked again
    (until Cancel); one given in a file or ``ISU_DESK_DB_PASSPHRASE`` is refused
    plainly. A plain database is offered encryption (once).
    """
    while True:
        try:
            database = open_data_folder(folder, window_unlocker(passphrase_file))
        except WrongPassphrase:
            if passphrase_file or os.environ.get(ENV_PASSPHRASE) is not None:
                raise
            _retry[:] = [
                QCoreApplication.translate(
                    "unlock", "That passphrase does not open the database. Type it again."
                )
            ]
            continue
        return offer_encryption(database, folder)


def offer_encryption(database: Database, folder: Path, parent: QWidget | None = None) -> Database:
    """Offer once to encrypt a plain database; the database to use afterwards."""
    if database.key is not None or database.setting(DECLINED):
        return database
    answer = QMessageBox.question(
        parent,
        APP_NAME,
        QCoreApplication.translate(
            "unlock",
            "The data in this folder is not encrypted on disk.\n\nEncrypt it now? An encrypted "
            "copy is made and checked first; the plain file is removed only then.\n\nIf you "
            "choose No you will not be asked again (“isu-desk encrypt” does it later).",
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        with database.transaction() as session:
            settings.put(session, DECLINED, "yes")
        return database
    unlocker = window_unlocker()
    database.close()
    try:
        encrypt(folder, unlocker)
    except DataError as exc:
        QMessageBox.warning(
            parent,
            APP_NAME,
            QCoreApplication.translate("unlock", "The data was not encrypted.\n\n{error}").format(
                error=exc
            ),
        )
    return open_data_folder(folder, unlocker)
