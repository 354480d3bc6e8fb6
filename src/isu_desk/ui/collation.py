"""One order for every list and one way to match what staff type, as the PDFs do:
letters compared without case or accents first (Côte d'Ivoire before Czechia,
Léa before Lukas), then as written; figures by value; dates by date.

:func:`sort_key` is the rule for lists sorted in the window; lists paged in SQL
sort by the same folded text there (:mod:`isu_desk.capabilities.directory.storage.repository`).
:class:`FoldedCompleter` makes a combo box or line edit offer the choices that
contain what was typed, ignoring case and accents ("cote" offers Côte d'Ivoire).
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QObject, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from isu_desk.domain.text import fold

_FIGURE = re.compile(r"^-?[\d,]*\.?\d+( ?%)?$")
_SHORT_DATE = re.compile(r"^\d{1,2} [A-Z][a-z]{2} \d{4}$")
SORT_ROLE = Qt.ItemDataRole.UserRole + 7


def sort_key(value: Any) -> tuple[Any, ...]:
    """A key that orders list cells as staff expect (blanks last)."""
    if value is None or value == "":
        return (3,)
    if isinstance(value, bool):
        return (0, Decimal(int(value)))
    if isinstance(value, int | float | Decimal):
        return (0, Decimal(value))
    if isinstance(value, date):
        return (1, value.isoformat())
    text = str(value).strip()
    if _FIGURE.match(text):
        try:
            return (0, Decimal(text.replace(",", "").rstrip("% ")))
        except InvalidOperation:
            pass
    if _SHORT_DATE.match(text):
        from datetime import datetime

        return (1, datetime.strptime(text, "%d %b %Y").date().isoformat())
    return (2, fold(text), text)


class SortingProxy(QSortFilterProxyModel):
    """Sorts any table model by :func:`sort_key` of what each cell shows."""

    def lessThan(self, left: Any, right: Any) -> bool:
        a = left.data(SORT_ROLE)
        b = right.data(SORT_ROLE)
        if a is None:
            a = sort_key(left.data(Qt.ItemDataRole.DisplayRole))
        if b is None:
            b = sort_key(right.data(Qt.ItemDataRole.DisplayRole))
        try:
            return bool(a < b)
        except TypeError:  # figures against words: compare their kinds only
            return bool(a[0] < b[0])


class _FoldedFilter(QSortFilterProxyModel):
    """Keeps the rows whose text contains every typed word, folded."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.words: list[str] = []

    def set_text(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            self.words = fold(text).split()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.words = fold(text).split()
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: Any) -> bool:
        text = fold(str(self.sourceModel().index(row, 0, parent).data() or ""))
        return all(word in text for word in self.words)


class FoldedCompleter(QCompleter):
    """A completer whose popup offers every item of ``source`` containing the typed
    words, ignoring case and accents. Attach with :func:`attach_folded_completer`."""

    def __init__(self, source: QAbstractItemModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter = _FoldedFilter(self)
        self.filter.setSourceModel(source)
        self.setModel(self.filter)
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def update_for(self, text: str, editor: QLineEdit) -> None:
        """Offer what matches ``text`` (called as the user types)."""
        self.filter.set_text(text)
        if text and self.filter.rowCount() and editor.hasFocus():
            self.complete()
        else:
            popup = self.popup()
            if popup is not None:
                popup.hide()


def attach_folded_completer(combo: QComboBox) -> FoldedCompleter:
    """Make a combo box typeable, offering its items by folded contains-match
    (a pick from the popup chooses that item, as with Qt's own completer)."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = FoldedCompleter(combo.model(), combo)
    combo.setCompleter(completer)
    editor = combo.lineEdit()
    assert editor is not None
    editor.textEdited.connect(lambda text: completer.update_for(text, editor))
    return completer
