"""The call for applications: to all States in one note verbale, or to the States ticked in
a searchable list, one note each in its language of correspondence.

Typing filters the list (accents and case ignored); Space or a click ticks a State; the
ticks stay while the filter changes. Nothing is prepared while no State is ticked.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from isu_desk.capabilities.directory.api import DirectoryService, State
from isu_desk.capabilities.sponsorship.domain.wording import Language
from isu_desk.domain.text import fold
from isu_desk.ui.widgets import ChoiceField, ErrorLabel

STATE = Qt.ItemDataRole.UserRole + 1


class CallDialog(QDialog):
    """Choose who the call goes to; :meth:`chosen` gives the States (none: all) and language."""

    def __init__(self, database: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Call for applications"))
        self.to_all = QRadioButton(self.tr("To all States, in one note verbale in"))
        self.to_chosen = QRadioButton(
            self.tr("To the States ticked below, one note each in its own language")
        )
        self.to_all.setChecked(True)
        self.language = ChoiceField()
        self.language.set_choices([(Language.EN, "English"), (Language.FR, "Français"),
                                   (Language.ES, "Español")])  # fmt: skip
        self.language.set_value(Language.EN)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a State (name or ISO code)"))
        self.search.setClearButtonEnabled(True)
        self.states = QListWidget()
        self.states.setObjectName("call_states")
        states = sorted(DirectoryService(database).all(State), key=lambda s: fold(s.name))
        for state in states:
            item = QListWidgetItem(f"{state.name} ({state.iso3})")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(STATE, state)
            self.states.addItem(item)
        self.count = QLabel()
        self.error = ErrorLabel()
        self.search.textChanged.connect(self._filter)
        self.states.itemChanged.connect(self._ticked)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Prepare the call"))
        buttons.accepted.connect(self.prepare)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        for widget in (self.to_all, self.language, self.to_chosen, self.search, self.states,
                       self.count, self.error, buttons):  # fmt: skip
            box.addWidget(widget, 1 if widget is self.states else 0)
        self.resize(480, 560)
        self._ticked()

    def keyPressEvent(self, event: Any) -> None:
        """Enter in the search goes to the list (to tick with Space), not to OK."""
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self.focusWidget() is self.search:
            self.states.setFocus()
            return
        super().keyPressEvent(event)

    def _filter(self, text: str) -> None:
        words = fold(text).split()
        for row in range(self.states.count()):
            item = self.states.item(row)
            item.setHidden(not all(w in fold(item.text()) for w in words))
        shown = [r for r in range(self.states.count()) if not self.states.item(r).isHidden()]
        if shown:
            self.states.setCurrentRow(shown[0])

    def _ticked(self, _item: Any = None) -> None:
        ticked = len(self.ticked())
        if ticked:
            self.to_chosen.setChecked(True)
        self.count.setText(self.tr("%n State(s) ticked", None, ticked))

    def ticked(self) -> list[State]:
        items = (self.states.item(row) for row in range(self.states.count()))
        return [i.data(STATE) for i in items if i.checkState() == Qt.CheckState.Checked]

    def chosen(self) -> tuple[list[State], Language]:
        """The States ticked (empty: the call goes to all States) and the all-States language."""
        chosen = self.language.value()
        language = chosen if isinstance(chosen, Language) else Language.EN
        return ([] if self.to_all.isChecked() else self.ticked()), language

    def prepare(self) -> None:
        if self.to_chosen.isChecked() and not self.ticked():
            self.error.show_error(
                self.tr("Tick the States the call goes to, or choose all States.")
            )
            return
        self.accept()
