"""File ▸ Settings…: this workstation's name (what the other workstations and the
conflict screen call it), the unit's letterhead and who signs its letters.

At first start the workstation's name is asked before anything else
(:func:`ask_workstation_name`), with the computer's name offered.
"""

from __future__ import annotations

import socket
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QWidget,
)

from isu_desk.services.letters import (
    LetterSettings,
    letter_settings,
    save_letter_settings,
    save_unit_details,
    unit_details,
)
from isu_desk.services.workstation import init_workstation, workstation
from isu_desk.ui.record_form import dialog_body, fit_to_screen
from isu_desk.ui.widgets import ErrorLabel

NAME_HINT = "A name people recognise, e.g. “Anna's laptop” or “Office desk”"


class SettingsDialog(QDialog):
    """Workstation name, letterhead and signatory; saved together."""

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
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
        self.fields["workstation"].setPlaceholderText(NAME_HINT)
        self.fields["unit_name"].setPlaceholderText("the default letterhead")
        self.fields["unit_address"].setPlaceholderText("the default letterhead")
        self.fields["signatory_name"].setPlaceholderText("e.g. Ursula Mettler")
        self.error = ErrorLabel(self)
        form = QFormLayout()
        labels = {
            "workstation": "This workstation's name",
            "unit_name": "Unit name (letterhead)",
            "unit_address": "Unit address (letterhead)",
            "signatory_name": "Letters signed by",
            "signatory_title": "Signatory's title",
            "place": "Letters written in",
            "prefix": "Letter reference prefix",
        }
        for key, label in labels.items():
            self.fields[key].setObjectName(f"setting_{key}")
            form.addRow(label, self.fields[key])
        note = QLabel("Letters are dated “Geneva, 1 December 2026” with the place above.")
        note.setWordWrap(True)
        dialog_body(self, [form, note, self.error], self.save, save=True)
        fit_to_screen(self)

    def save(self) -> None:
        name = self.fields["workstation"].text().strip()
        if not name:
            self.error.show_error("Give this workstation a name.")
            self.fields["workstation"].setFocus()
            return
        init_workstation(self.database, name)
        save_unit_details(self.database, self.fields["unit_name"].text(),
                          self.fields["unit_address"].text())  # fmt: skip
        f = self.fields
        save_letter_settings(
            self.database,
            LetterSettings(
                f["signatory_name"].text(),
                f["signatory_title"].text(),
                f["place"].text(),
                f["prefix"].text(),
            ),
        )
        self.accept()


def ask_workstation_name(parent: QWidget | None = None) -> str:
    """At first start: the name this workstation goes by (the computer's name offered)."""
    name, ok = QInputDialog.getText(
        parent,
        "Name this workstation",
        "The other workstations will call this one by this name.\n" + NAME_HINT + ".",
        QLineEdit.EchoMode.Normal,
        socket.gethostname(),
    )
    return name.strip() if ok else ""
