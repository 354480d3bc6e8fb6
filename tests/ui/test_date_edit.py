"""Dates typed as they are shown ("31 Mar 2026") land on that date in every form."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from tests.ui.ui_keys import press, type_text

from isu_desk.ui.date_edit import DateEdit
from isu_desk.ui.widgets import DateField


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("31 Mar 2026", QDate(2026, 3, 31)),  # Qt alone: 31 Dec 2026, the month skipped
        ("5 Jan 2027", QDate(2027, 1, 5)),
        ("1 Feb 2027", QDate(2027, 2, 1)),  # "1" may start "12": no step of Qt's own
        ("31Mar2026", QDate(2026, 3, 31)),
        ("30 Sep 2026", QDate(2026, 9, 30)),
    ],
)
def test_a_date_typed_as_shown_is_that_date(qtbot, typed: str, expected: QDate) -> None:
    editor = DateEdit()
    qtbot.addWidget(editor)
    editor.setDate(QDate(2026, 12, 25))
    editor.show()
    type_text(editor, "")
    editor.type_from_start()
    type_text(editor, typed)
    press(editor, Qt.Key.Key_Tab)
    assert editor.date() == expected


def test_the_form_date_field_takes_it_too(qtbot) -> None:
    field = DateField(optional=False)
    qtbot.addWidget(field)
    field.show()
    field.editor.setFocus(Qt.FocusReason.TabFocusReason)
    field.editor.type_from_start()
    type_text(field.editor, "6 Mar 2025")
    press(field.editor, Qt.Key.Key_Tab)
    assert str(field.value()) == "2025-03-06"
