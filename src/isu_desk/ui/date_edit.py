"""The date editor of every form: typed as it is shown, "31 Mar 2026".

Qt's date editor moves to the next part of the date by itself once a part is
complete ("31" fills the day); a space, slash or dot typed after that moved on
once more, so typing "31 Mar 2026" as shown skipped the month and silently
kept the old one (31 Dec 2026). Here a separator typed at the very start of a
part is taken as the one Qt already stepped over.
"""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget

DISPLAY_FORMAT = "d MMM yyyy"
_SEPARATORS = frozenset(" /.-,")


class DateEdit(QDateEdit):
    """A date editor (``d MMM yyyy``, calendar pop-up) that takes dates typed as shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(DISPLAY_FORMAT)
        self.setDate(QDate.currentDate())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.text() in _SEPARATORS and event.text() and self._at_part_start():
            event.accept()  # Qt moved on already: the separator is the one shown
            return
        super().keyPressEvent(event)

    def _at_part_start(self) -> bool:
        editor = self.lineEdit()
        if editor is None:
            return False
        at = editor.cursorPosition()
        return at > 0 and editor.text()[at - 1] in _SEPARATORS

    def type_from_start(self) -> None:
        """Select the day, so what is typed next replaces the whole date from its start."""
        self.setSelectedSection(QDateTimeEdit.Section.DaySection)
