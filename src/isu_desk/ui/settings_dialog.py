"""File ▸ Settings…: this workstation's name (what the other workstations and the
conflict screen call it), the unit's letterhead, who signs its letters, and the
window's language (this person's, on this computer; applied at the next start).

At first start the workstation's name is asked before anything else
(:func:`ask_workstation_name`), with the computer's name offered.
"""

from __future__ import annotations

import socket
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QWidget,
)

from isu_desk.services.letters import (
    LetterSettings,
    letter_settings,
    letter_values,
    unit_details,
    unit_values,
)
from isu_desk.services.workstation import save_workstation_settings, workstation
from isu_desk.ui.i18n import LANGUAGES, SYSTEM, choose_language, chosen_language
from isu_desk.ui.record_form import dialog_body, fit_to_screen, save_in_background
from isu_desk.ui.widgets import ErrorLabel


def name_hint() -> str:
    return QCoreApplication.translate(
        "settings_dialog", "A name people recognise, e.g. “Anna's laptop” or “Office desk”"
    )


class SettingsDialog(QDialog):
    """Workstation name, letterhead and signatory; saved together."""

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.context = context
        self.database = context.database
        found = workstation(self.database)
        letters = letter_settings(self.database)
        unit_name, unit_address = unit_details(self.database)
        self.fields = {
            "workstation": QLineEdit(found.name if found else ""),
            "unit_name": QLineEdit(unit_name),
            "unit_address": QLineEdit(unit_address),
            "signatory_name": QLineEdit(letters.signatory_name),
            "signatory_title": QLineEdit(letters.signatory_title),
            "place": QLineEdit(letters.place),
            "prefix": QLineEdit(letters.prefix),
        }
        self.fields["workstation"].setPlaceholderText(name_hint())
        self.fields["unit_name"].setPlaceholderText(self.tr("the default letterhead"))
        self.fields["unit_address"].setPlaceholderText(self.tr("the default letterhead"))
        self.fields["signatory_name"].setPlaceholderText(self.tr("e.g. Ursula Mettler"))
        self.error = ErrorLabel(self)
        form = QFormLayout()
        labels = {
            "workstation": self.tr("This workstation's name"),
            "unit_name": self.tr("Unit name (letterhead)"),
            "unit_address": self.tr("Unit address (letterhead)"),
            "signatory_name": self.tr("Letters signed by"),
            "signatory_title": self.tr("Signatory's title"),
            "place": self.tr("Letters written in"),
            "prefix": self.tr("Letter reference prefix"),
        }
        for key, label in labels.items():
            self.fields[key].setObjectName(f"setting_{key}")
            form.addRow(label, self.fields[key])
        self.language = self._language_choice()
        form.addRow(self.tr("Language of the window"), self.language)
        language_note = QLabel(self.tr("Yours on this computer; it applies at the next start."))
        language_note.setWordWrap(True)
        form.addRow("", language_note)
        note = QLabel(self.tr("Letters are dated “Geneva, 1 December 2026” with the place above."))
        note.setWordWrap(True)
        buttons = dialog_body(self, [form, note, self.error], self.save, save=True)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        fit_to_screen(self)

    def save(self) -> None:
        """Save everything in one transaction, off the GUI thread; the dialog closes when saved."""
        name = self.fields["workstation"].text().strip()
        if not name:
            self.error.show_error(self.tr("Give this workstation a name."))
            self.fields["workstation"].setFocus()
            return
        f = self.fields
        values = {
            **unit_values(f["unit_name"].text(), f["unit_address"].text()),
            **letter_values(
                LetterSettings(
                    f["signatory_name"].text(),
                    f["signatory_title"].text(),
                    f["place"].text(),
                    f["prefix"].text(),
                )
            ),
        }
        language = str(self.language.currentData())

        def saved(_result: object) -> None:
            choose_language(language)
            self.accept()

        save_in_background(
            self.context,
            self.save_button,
            lambda: save_workstation_settings(self.database, name, values),
            saved,
            self.error.show_error,
        )

    def _language_choice(self) -> QComboBox:
        """System language, then each language in its own name; the current choice shown."""
        choice = QComboBox()
        choice.setObjectName("setting_language")
        choice.addItem(self.tr("System language"), SYSTEM)
        for code, name in LANGUAGES.items():
            choice.addItem(name, code)
        choice.setCurrentIndex(max(choice.findData(chosen_language()), 0))
        return choice


def ask_workstation_name(parent: QWidget | None = None) -> str:
    """At first start: the name this workstation goes by (the computer's name offered)."""
    name, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("settings_dialog", "Name this workstation"),
        QCoreApplication.translate(
            "settings_dialog", "The other workstations will call this one by this name.\n{hint}."
        ).format(hint=name_hint()),
        QLineEdit.EchoMode.Normal,
        socket.gethostname(),
    )
    return name.strip() if ok else ""
