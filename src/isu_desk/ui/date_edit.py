"""The date editor of every form: typed as it is shown, "31 Mar 2026", or with a
numeric month, "30/09/2026", "30.09.2026" or "2026-09-30".

Qt's date editor moves to the next part of the date by itself once a part is
complete ("31" fills the day); a space, slash or dot typed after that moved on
once more, so typing "31 Mar 2026" as shown skipped the month and silently
kept the old one (31 Dec 2026). Here a separator typed at the very start of a
part is taken as the one Qt already stepped over.

Qt's editor takes only a month's name where the month is shown. A date typed
from its start with a number for the month (day first, as in Geneva; ISO when
it starts with a four-digit year) is read here instead: the editor shows what
is typed and takes the date once it is complete (or on Tab, Enter or leaving
the field). An impossible date is refused in plain words ("There is no
31 September 2026.") and the date before it is kept.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QToolTip, QWidget

DISPLAY_FORMAT = "d MMM yyyy"
_SEPARATORS = frozenset(" /.-,")
_SEP = r"[ /.\-,]"
# Typed so far, read here: a month (number or name) after the day, or a year first.
_NUMERIC_START = re.compile(rf"^(\d{{1,2}}{_SEP}+[^\W_]|\d{{4}})")
_DAY_FIRST = re.compile(rf"^(\d{{1,2}}){_SEP}+(\d{{1,2}}){_SEP}+(\d{{4}}|\d{{2}})$")
_DAY_NAMED = re.compile(rf"^(\d{{1,2}}){_SEP}+([^\W\d_]+){_SEP}*(\d{{4}}|\d{{2}})$")
MIN_MONTH_LETTERS = 3
_ISO = re.compile(rf"^(\d{{4}}){_SEP}+(\d{{1,2}}){_SEP}+(\d{{1,2}})$")
_TABS = frozenset({Qt.Key.Key_Tab, Qt.Key.Key_Backtab})
_ENTER = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter})


def _fold(text: str) -> str:
    """Lower case without accents or dots: "Déc." and "dec" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace(".", "")


def month_names(*locales: QLocale) -> list[tuple[int, str]]:
    """Every month's names (long and short, in and out of a date) in ``locales``, folded."""
    formats = (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat)
    return [
        (month, _fold(name))
        for locale in locales
        for kind in formats
        for month in range(1, 13)
        for name in (locale.monthName(month, kind), locale.standaloneMonthName(month, kind))
    ]


def month_from_name(typed: str, names: list[tuple[int, str]]) -> int | None:
    """The month ``typed`` names ("Sep", "sept", "déc", "September"): a name it
    begins (at least three letters) or a short name it extends; None if none or two."""
    word = _fold(typed)
    if len(word) < MIN_MONTH_LETTERS:
        return None
    found = {m for m, name in names if name.startswith(word) or word.startswith(name)}
    return found.pop() if len(found) == 1 else None


def read_numeric_date(text: str, names: list[tuple[int, str]] | None = None) -> date | str | None:
    """``30/09/2026``, ``30.09.2026``, ``2026-09-30`` and ``30 Sep 2026`` (a month's
    name in ``names``, see :func:`month_names`) as a date; a plain message when it
    cannot be a date; ``None`` when it is not (yet) a whole date."""
    text = text.strip()
    iso = _ISO.match(text)
    day_first = _DAY_FIRST.match(text)
    day_named = _DAY_NAMED.match(text)
    if iso:
        year, month, day = (int(part) for part in iso.groups())
    elif day_first:
        day, month, year = (int(part) for part in day_first.groups())
        year += 2000 if year < 100 else 0
    elif day_named:
        named = month_from_name(day_named.group(2), names or [])
        if named is None:
            return QCoreApplication.translate(
                "DateEdit", "“{text}” is not a date: “{month}” is not the name of one month."
            ).format(text=text, month=day_named.group(2))
        day, month, year = int(day_named.group(1)), named, int(day_named.group(3))
        year += 2000 if year < 100 else 0
    else:
        return None
    if not 1 <= month <= 12:
        return QCoreApplication.translate(
            "DateEdit", "“{text}” is not a date: there is no month {month}."
        ).format(text=text, month=month)
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        name = QLocale().standaloneMonthName(month)
        return QCoreApplication.translate(
            "DateEdit", "“{text}” is not a date: {month} {year} has {days} days."
        ).format(text=text, month=name, year=year, days=last)
    return date(year, month, day)


def _complete(text: str) -> bool:
    """Whole already: a four-digit year last, or a two-digit day after an ISO month."""
    return bool(
        re.search(rf"{_SEP}\d{{4}}$", text)
        or re.match(rf"^\d{{4}}{_SEP}+\d{{1,2}}{_SEP}+\d\d$", text)
    )


class DateEdit(QDateEdit):
    """A date editor (``d MMM yyyy``, calendar pop-up) that takes dates typed as
    shown or with a numeric month; ``refused`` carries the message for an
    impossible date ("" once a date is taken after it)."""

    refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(DISPLAY_FORMAT)
        self.setDate(QDate.currentDate())
        self._typed: str | None = None  # what was typed from the date's start
        self._numeric = False  # the typing is shown and read here, not by Qt
        self._before = self.date()
        self.problem = ""  # the last refusal, "" once a date is taken
        self.dateChanged.connect(self.settle)  # from the calendar or the arrow keys too

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._numeric and self._numeric_key(event):
            return
        text = event.text()
        if text and text.isprintable():
            self._note_typed(text)
            if self._numeric:
                self._show_typed()
                return
        if text in _SEPARATORS and text and self._at_part_start():
            event.accept()  # Qt moved on already: the separator is the one shown
            return
        super().keyPressEvent(event)

    # --- a date with a numeric month -----------------------------------------

    def _note_typed(self, text: str) -> None:
        if self._at_date_start():
            self._typed, self._before = "", self.date()
        if self._typed is None:
            return
        self._typed += text
        if not self._numeric and _NUMERIC_START.match(self._typed):
            self._numeric = True
            self.setDate(self._before)  # undo what Qt made of the first keys

    def _numeric_key(self, event: QKeyEvent) -> bool:
        """A key while a numeric date is typed; False to let Qt have it."""
        key = event.key()
        if key in _ENTER:
            return not self._finish()  # taken: Enter goes on to the form (Save)
        if key == Qt.Key.Key_Escape:
            self._give_up(self._before, settled=True)  # the date before, on purpose
            return True
        if key == Qt.Key.Key_Backspace:
            self._typed = (self._typed or "")[:-1]
            self._show_typed()
            return True
        return False

    def _show_typed(self) -> None:
        editor = self.lineEdit()
        editor.blockSignals(True)  # Qt's own reading of the text would refuse it
        editor.setText(self._typed or "")
        editor.setCursorPosition(len(editor.text()))
        editor.blockSignals(False)
        if self._typed and _complete(self._typed):
            self._finish()

    def _finish(self) -> bool:
        """Take the typed date; False (and a plain message) when it cannot be one."""
        typed = self._typed or ""
        names = month_names(self.locale(), QLocale(QLocale.Language.English))
        found = read_numeric_date(typed, names)
        if isinstance(found, date):
            self._give_up(QDate(found.year, found.month, found.day), settled=True)
            return True
        message = found or QCoreApplication.translate(
            "DateEdit", "“{text}” is not a whole date: type it as 30/09/2026 or {example}."
        ).format(text=typed, example=self.locale().toString(QDate(2026, 9, 30), DISPLAY_FORMAT))
        self.problem = message
        self.setProperty("invalid", True)
        self.setToolTip(message)
        self.setAccessibleDescription(message)
        QToolTip.showText(self.mapToGlobal(self.rect().bottomLeft()), message, self)
        self.refused.emit(message)
        return False

    def _give_up(self, chosen: QDate, settled: bool = False) -> None:
        """Leave numeric typing showing ``chosen``; ``settled`` when it is the user's
        date (typed, or the one before kept with Escape), else a refusal's message stays."""
        self._typed, self._numeric = None, False
        self.setDate(chosen)
        self.lineEdit().setText(self.textFromDateTime(self.dateTime()))
        # The cursor at the end, as after typing the year: Tab then leaves the field
        # (from the day, Qt's Tab would step to the month instead).
        self.setCurrentSection(QDateTimeEdit.Section.YearSection)
        if settled:
            self.settle()

    def settle(self, _date: QDate | None = None) -> None:
        """A date is chosen (typed, picked, stepped or loaded): a refusal's message goes."""
        if self.problem and not self._numeric:
            self.problem = ""
            self.setProperty("invalid", False)
            self.setToolTip("")
            self.setAccessibleDescription("")
            self.refused.emit("")  # the message under the field goes

    def event(self, event: QEvent) -> bool:
        """Tab takes a typed date; an impossible one keeps the cursor here to correct it."""
        if (
            self._numeric
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _TABS
            and not self._finish()
        ):
            return True
        return super().event(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if self._numeric and not self._finish():
            self._give_up(self._before)  # the message says why the date did not change
        self._typed = None
        super().focusOutEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._typed = None  # a click starts editing one part, not a new date
        super().mousePressEvent(event)

    # --- parts of a date typed as shown ---------------------------------------

    def _at_date_start(self) -> bool:
        editor = self.lineEdit()
        if editor is None:
            return False
        if editor.hasSelectedText():
            return editor.selectionStart() == 0
        return editor.cursorPosition() == 0

    def _at_part_start(self) -> bool:
        editor = self.lineEdit()
        if editor is None:
            return False
        at = editor.cursorPosition()
        return at > 0 and editor.text()[at - 1] in _SEPARATORS

    def type_from_start(self) -> None:
        """Select the day, so what is typed next replaces the whole date from its start."""
        self.setSelectedSection(QDateTimeEdit.Section.DaySection)
