"""Small reusable widgets: the red error label under a field, an optional date
field, pickers for enums and records, and the search box.

Each field widget offers ``value()``, ``set_value(v)`` and an ``edited``
signal so that forms treat them alike.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from enum import Enum

from PySide6.QtCore import QCoreApplication, QDate, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from isu_desk.ui.collation import attach_folded_completer
from isu_desk.ui.date_edit import DateEdit

NO_DATE = QDate(1900, 1, 1)
ERROR_STYLE = "color: #b3261e;"


def enum_label(member: Enum, context: str) -> str:
    """A readable label in the window's language: :func:`enum_english` translated in the
    capability's labels ``context``, where it marks each of its enums' labels once
    (``QT_TRANSLATE_NOOP("MeetingsLabels", "Held")``; a test per capability checks every
    member is marked). The one way the window shows an enum value."""
    return QCoreApplication.translate(context, enum_english(member))


def enum_english(member: Enum) -> str:
    """The English label of an enum member (what :func:`enum_label` translates)."""
    label = getattr(member, "label", None)
    if isinstance(label, str):
        return label
    words = [_ACRONYMS.get(word, word) for word in str(member.value).split("_")]
    text = " ".join(words).replace("in kind", "in-kind").replace("multi year", "multi-year")
    return text[:1].upper() + text[1:]


# Words written in capitals wherever an enum value is shown ("NGO", not "Ngo").
_ACRONYMS = {"ngo": "NGO", "un": "UN", "eu": "EU", "chf": "CHF", "icrc": "ICRC"}


class ErrorLabel(QLabel):
    """A red message under a field; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setVisible(False)

    def show_error(self, message: str) -> None:
        self.setText(message)
        self.setVisible(bool(message))

    def clear_error(self) -> None:
        self.show_error("")


class TextField(QLineEdit):
    """A one-line text field."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.textEdited.connect(lambda _text: self.edited.emit())

    def value(self) -> str:
        return self.text().strip()

    def set_value(self, value: str | None) -> None:
        self.setText(value or "")
        self.setCursorPosition(0)  # a long value shows its beginning, not its end


class NotesField(QPlainTextEdit):
    """A multi-line text field for notes."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(72)
        self._loading = False
        self.textChanged.connect(self._changed)

    def _changed(self) -> None:
        if not self._loading:
            self.edited.emit()

    def value(self) -> str:
        return self.toPlainText().strip()

    def set_value(self, value: str | None) -> None:
        self._loading = True
        self.setPlainText(value or "")
        self._loading = False


class CheckField(QCheckBox):
    """A yes/no field."""

    edited = Signal()

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.clicked.connect(lambda _checked: self.edited.emit())

    def value(self) -> bool:
        return self.isChecked()

    def set_value(self, value: bool | None) -> None:
        self.setChecked(bool(value))


class DateField(QWidget):
    """A date, or no date: a check box switches the date editor on and off."""

    edited = Signal()
    refused = Signal(str)  # an impossible date typed, in plain words

    def __init__(self, optional: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(self)
        self.check.setToolTip(QCoreApplication.translate("DateField", "Untick for no date"))
        self.editor = DateEdit(self)
        self.placeholder = QLabel(QCoreApplication.translate("DateField", "no date"), self)
        self.placeholder.setEnabled(False)
        layout.addWidget(self.check)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.placeholder, 1)
        self.check.setVisible(optional)
        self.check.clicked.connect(self._toggled)
        self.editor.dateChanged.connect(lambda _d: self.edited.emit())
        self.editor.refused.connect(self.refused)
        self._optional = optional
        self._show(True)

    def _show(self, has_date: bool) -> None:
        self.check.setChecked(has_date)
        self.editor.setVisible(has_date)
        self.placeholder.setVisible(not has_date)

    def _toggled(self, checked: bool) -> None:
        self._show(checked)
        self.edited.emit()

    @property
    def problem(self) -> str:
        """Why the date typed last was refused ("" when the date shown is the one meant)."""
        return self.editor.problem if self.check.isChecked() or not self._optional else ""

    def value(self) -> date | None:
        if self._optional and not self.check.isChecked():
            return None
        qdate = self.editor.date()
        return date(qdate.year(), qdate.month(), qdate.day())

    def set_value(self, value: date | None) -> None:
        self.editor.blockSignals(True)
        if value is not None:
            self.editor.setDate(QDate(value.year, value.month, value.day))
        else:
            self.editor.setDate(QDate.currentDate())
        self.editor.blockSignals(False)
        self.editor.settle()  # a refusal typed over another record's date goes
        self._show(value is not None or not self._optional)


class ChoiceField(QComboBox):
    """A drop-down of (value, label) choices; ``None`` is "none chosen" when allowed.

    Values are kept in a Python list, not as item data: Qt would turn enum
    members into plain strings.
    """

    edited = Signal()

    def __init__(self, none_label: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._none_label = none_label
        self._values: list[object] = []
        self.activated.connect(lambda _index: self.edited.emit())
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(10)  # a form stays usable in a narrow window

    def set_choices(self, choices: Sequence[tuple[object, str]]) -> None:
        """Replace the choices, keeping the current value when it is still offered."""
        current = self.value()
        self.blockSignals(True)
        self.clear()
        self._values = []
        if self._none_label is not None:
            self.addItem(self._none_label)
            self._values.append(None)
        for value, label in choices:
            self.addItem(label)
            self._values.append(value)
        self.blockSignals(False)
        self.set_value(current)

    def value(self) -> object:
        index = self.currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else None

    def set_value(self, value: object) -> None:
        index = self._values.index(value) if value in self._values else 0
        self.setCurrentIndex(index if self.count() else -1)


class RecordPicker(ChoiceField):
    """A picker of records (States, organisations, donors) that can be typed into:
    it offers the names containing what is typed, ignoring case and accents."""

    def __init__(self, none_label: str | None = "(none)", parent: QWidget | None = None) -> None:
        if none_label == "(none)":
            none_label = QCoreApplication.translate("RecordPicker", "(none)")
        super().__init__(none_label, parent)
        attach_folded_completer(self)
        editor = self.lineEdit()
        assert editor is not None
        hint = QCoreApplication.translate("RecordPicker", "type part of a name")
        editor.setPlaceholderText(f"{none_label or ''} — {hint}".lstrip(" —"))

    def set_value(self, value: object) -> None:
        """Show the chosen name; "none chosen" leaves the field empty to type into."""
        super().set_value(value)
        if self._none_label is not None and self.currentIndex() == 0:
            self.setEditText("")

    def value(self) -> object:
        index = self.findText(self.currentText(), Qt.MatchFlag.MatchExactly)
        return self._values[index] if 0 <= index < len(self._values) else None


class SearchField(QLineEdit):
    """The search box above a list: Escape clears it, Down or Enter goes to the list."""

    to_list = Signal()

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self.returnPressed.connect(self.to_list.emit)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
        elif event.key() == Qt.Key.Key_Down:
            self.to_list.emit()
        else:
            super().keyPressEvent(event)


class SearchPicker(QLineEdit):
    """Chooses one record among very many: type part of a name, pick from the list.

    Only the first matches are fetched (``fetch(text)`` returns (id, label)
    pairs, searched in SQL), so a picker over 100,000 contacts stays quick.
    ``lookup(id)`` names the record shown when a form is loaded.
    """

    edited = Signal()
    SHOWN = 20

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(
            QCoreApplication.translate("SearchPicker", "(none) — type part of a name")
        )
        self.setClearButtonEnabled(True)
        self._fetch: Callable[[str], list[tuple[str, str]]] = lambda _text: []
        self._lookup: Callable[[str], str] = lambda record_id: record_id
        self._offered: dict[str, str] = {}
        self._chosen: tuple[str, str] | None = None  # (id, label)
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.activated.connect(self._picked)
        self.setCompleter(completer)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self._offer)
        self.textEdited.connect(self._typed)

    def set_source(
        self, fetch: Callable[[str], list[tuple[str, str]]], lookup: Callable[[str], str]
    ) -> None:
        self._fetch, self._lookup = fetch, lookup

    def _typed(self, _text: str) -> None:
        self._timer.start()
        self.edited.emit()

    def _offer(self) -> None:
        text = self.text().strip()
        self._offered = {label: record_id for record_id, label in self._fetch(text)} if text else {}
        self._model.setStringList(list(self._offered))
        if self._offered and self.hasFocus():
            self.completer().complete()

    def _picked(self, label: str) -> None:
        if label in self._offered:
            self._chosen = (self._offered[label], label)
            self.setText(label)
            self.edited.emit()

    def unresolved(self) -> bool:
        """Text typed but no record chosen from the list."""
        return bool(self.text().strip()) and self.value() is None

    def value(self) -> str | None:
        if self._chosen is not None and self.text() == self._chosen[1]:
            return self._chosen[0]
        return None

    def set_value(self, value: object) -> None:
        if isinstance(value, str) and value:
            label = self._lookup(value)
            self._chosen = (value, label)
            self.setText(label)
        else:
            self._chosen = None
            self.clear()
