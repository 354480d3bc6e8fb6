"""Answering the passphrase dialog the way a user does: typed keys, Enter or Escape."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from tests.ui.ui_keys import press, type_text

from isu_desk.ui import unlock


def answer_dialog(
    typed: list[str], seen: list[str], then: Callable[[], None] | None = None
) -> None:
    """When the passphrase dialog shows, type each of ``typed`` in its fields and press Enter.

    ``then``: called once that dialog is answered (to answer the next one).
    """

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, unlock.PassphraseDialog) or not dialog.isVisible():
            QTimer.singleShot(20, answer)
            return
        seen.extend([dialog.prompt.text(), dialog.error.text()])
        if then is not None:
            QTimer.singleShot(50, then)  # after this dialog has closed
        fields = [dialog.passphrase, dialog.repeat] if dialog.new else [dialog.passphrase]
        for field, text in zip(fields, typed, strict=True):
            field.setFocus()
            type_text(field, text)
        press(dialog.passphrase, Qt.Key.Key_Return)
        if dialog.isVisible():  # refused: say why, then give up
            seen.append(dialog.error.text())
            dialog.reject()

    QTimer.singleShot(0, answer)


def cancel_dialog(seen: list[str]) -> None:
    """When the passphrase dialog shows, press Escape."""
    dialog = QApplication.activeModalWidget()
    if not isinstance(dialog, unlock.PassphraseDialog) or not dialog.isVisible():
        QTimer.singleShot(20, lambda: cancel_dialog(seen))
        return
    seen.extend([dialog.prompt.text(), dialog.error.text()])
    press(dialog.passphrase, Qt.Key.Key_Escape)
