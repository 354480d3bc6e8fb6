"""The priority weights dialog: points per criterion, each with its default beside it.

Saving checks every value (whole numbers from 0 to 100; the deadline window
0 to 10 years) and shows each mistake on the line under its criterion; nothing
is saved until all are right. "Restore defaults" fills the defaults in, to be saved like any edit.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGridLayout, QLabel, QWidget

from isu_desk.capabilities.declaration import QT_TRANSLATE_NOOP
from isu_desk.capabilities.sponsorship.domain.priority import PriorityWeights
from isu_desk.capabilities.sponsorship.services import weights
from isu_desk.capabilities.sponsorship.ui.fields import show_errors
from isu_desk.ui.record_form import dialog_body, fit_to_screen, heading, scrolling
from isu_desk.ui.widgets import ErrorLabel, TextField

INTRO = QT_TRANSLATE_NOOP(
    "WeightsDialog",
    "Points each criterion adds to an application's score. They apply to every round "
    "on this workstation as soon as they are saved.",
)


class WeightsDialog(QDialog):
    """Edit the ``sponsorship.weight.*`` settings."""

    def __init__(self, database: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Priority weights"))
        self.database = database
        self.saved: PriorityWeights | None = None
        self.fields = {name: TextField() for name in weights.NAMES}
        self.errors = {name: ErrorLabel() for name in weights.NAMES}
        self.general = ErrorLabel()
        self.fill(weights.current(database))
        intro = QLabel(self.tr(INTRO))
        intro.setWordWrap(True)
        form = scrolling(self._grid())
        buttons = dialog_body(
            self,
            [heading(self.tr("Priority weights")), intro, form, self.general],
            self.save,
            save=True,
        )
        restore = buttons.addButton(
            self.tr("Restore defaults"), QDialogButtonBox.ButtonRole.ResetRole
        )
        restore.clicked.connect(lambda: self.fill(weights.DEFAULTS))
        fit_to_screen(self, QSize(560, 600))

    def _grid(self) -> QGridLayout:
        """Criterion | points | its default; a criterion's error on the line under it."""
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        for number, name in enumerate(weights.NAMES):
            text = QCoreApplication.translate("Capabilities", weights.LABELS[name])
            label = QLabel(text)
            label.setBuddy(self.fields[name])
            self.fields[name].setAccessibleName(text)
            self.fields[name].setMaximumWidth(80)
            default = QLabel(
                self.tr("default {value}").format(value=getattr(weights.DEFAULTS, name))
            )
            default.setEnabled(False)
            grid.addWidget(label, 2 * number, 0)
            grid.addWidget(self.fields[name], 2 * number, 1)
            grid.addWidget(default, 2 * number, 2)
            grid.addWidget(self.errors[name], 2 * number + 1, 0, 1, 3)
        grid.setRowStretch(2 * len(weights.NAMES), 1)  # spare height under the rows
        return grid

    def fill(self, chosen: PriorityWeights) -> None:
        for name, field in self.fields.items():
            field.set_value(str(getattr(chosen, name)))

    def save(self) -> None:
        given = {name: field.value() for name, field in self.fields.items()}
        result = weights.save_weights(self.database, given)
        if result.ok:
            self.saved = result.unwrap()
            self.accept()
            return
        show_errors(list(result.errors), self.errors, self.general)
        first = next(
            n for n in weights.NAMES if self.errors[n].isVisible() or n == weights.NAMES[-1]
        )
        self.fields[first].setFocus()
