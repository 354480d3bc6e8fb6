"""Dates typed as they are shown ("31 Mar 2026") land on that date in every form."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
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


def _typed(qtbot, typed: str) -> DateEdit:
    editor = DateEdit()
    qtbot.addWidget(editor)
    editor.setDate(QDate(2026, 12, 25))
    editor.show()
    type_text(editor, "")
    editor.type_from_start()
    type_text(editor, typed)
    return editor


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("30/09/2026", QDate(2026, 9, 30)),  # day first, as in Geneva
        ("30.09.2026", QDate(2026, 9, 30)),
        ("2026-09-30", QDate(2026, 9, 30)),  # ISO: it starts with the year
        ("5/1/2027", QDate(2027, 1, 5)),  # 5 January, not 1 May
        ("2027-1-5", QDate(2027, 1, 5)),
        ("29.02.2028", QDate(2028, 2, 29)),
    ],
)
def test_a_date_with_a_numeric_month_is_that_date(qtbot, typed: str, expected: QDate) -> None:
    editor = _typed(qtbot, typed)
    press(editor, Qt.Key.Key_Tab)
    assert editor.date() == expected
    assert editor.text() == expected.toString("d MMM yyyy")
    assert editor.problem == ""


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("31/09/2026", "“31/09/2026” is not a date: September 2026 has 30 days."),
        ("29.02.2027", "“29.02.2027” is not a date: February 2027 has 28 days."),
        ("2026-13-01", "“2026-13-01” is not a date: there is no month 13."),
    ],
)
def test_an_impossible_date_is_refused_in_plain_words(qtbot, typed: str, said: str) -> None:
    editor = _typed(qtbot, typed)
    press(editor, Qt.Key.Key_Tab)
    assert editor.problem == said
    assert editor.toolTip() == said
    assert editor.date() == QDate(2026, 12, 25)  # the date before is kept
    assert editor.lineEdit().text() == typed  # and what was typed, to correct it


def test_a_refused_date_is_corrected_where_it_was_typed(qtbot) -> None:
    editor = _typed(qtbot, "31/09/2026")
    press(editor, Qt.Key.Key_Tab)
    for _ in range(len("1/09/2026")):
        press(editor, Qt.Key.Key_Backspace)
    type_text(editor, "0/09/2026")
    press(editor, Qt.Key.Key_Tab)
    assert editor.date() == QDate(2026, 9, 30)
    assert editor.problem == "" and editor.toolTip() == ""


def test_escape_gives_the_date_back(qtbot) -> None:
    editor = _typed(qtbot, "30/09/20")
    press(editor, Qt.Key.Key_Escape)
    assert editor.date() == QDate(2026, 12, 25)
    assert editor.text() == "25 Dec 2026"


def test_the_form_date_field_takes_a_numeric_month(qtbot) -> None:
    field = DateField(optional=False)
    qtbot.addWidget(field)
    field.show()
    field.editor.setFocus(Qt.FocusReason.TabFocusReason)
    field.editor.type_from_start()
    type_text(field.editor, "06.03.2025")
    press(field.editor, Qt.Key.Key_Tab)
    assert str(field.value()) == "2025-03-06"


def test_an_impossible_date_in_a_form_is_told_under_its_field(qtbot, context) -> None:
    from isu_desk.capabilities.contributions.services.service import ContributionsService
    from isu_desk.capabilities.contributions.ui.reference_forms import RateForm

    form = RateForm(ContributionsService(context.database))
    qtbot.addWidget(form)
    form.show()
    editor = form.fields["valid_from"].editor
    editor.setFocus()
    editor.type_from_start()
    type_text(editor, "31.04.2026")
    press(editor, Qt.Key.Key_Tab)
    said = form.errors["valid_from"]
    assert said.isVisible()
    assert said.text() == "“31.04.2026” is not a date: April 2026 has 30 days."
    for _ in range(len("1.04.2026")):
        press(editor, Qt.Key.Key_Backspace)
    type_text(editor, "0.04.2026")
    press(editor, Qt.Key.Key_Tab)
    assert not said.isVisible()
    assert form.fields["valid_from"].value().isoformat() == "2026-04-30"


def test_save_with_a_refused_date_saves_nothing(qtbot, context) -> None:
    from isu_desk.capabilities.contributions.services.service import ContributionsService
    from isu_desk.capabilities.contributions.ui.reference_forms import RateForm

    service = ContributionsService(context.database)
    form = RateForm(service)
    form.context = context
    qtbot.addWidget(form)
    form.show()
    type_text(form.fields["currency"], "EUR")
    type_text(form.fields["rate_to_chf"], "0.94")
    editor = form.fields["valid_from"].editor
    editor.setFocus()
    editor.type_from_start()
    type_text(editor, "31/06/2026")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert context.wait_for_background()
    assert form.saved is None and form.isVisible()
    assert form.errors["valid_from"].text().endswith("June 2026 has 30 days.")
    assert service.rates() == []


@pytest.mark.parametrize(
    ("locale", "typed", "expected"),
    [
        ("en_GB", "30 Sep 2026", QDate(2026, 9, 30)),  # en_GB shows "Sept": Qt kept December
        ("en_GB", "30 Sept 2026", QDate(2026, 9, 30)),
        ("en_GB", "7 September 2026", QDate(2026, 9, 7)),
        ("fr_FR", "3 déc. 2025", QDate(2025, 12, 3)),
        ("fr_FR", "3 dec 2025", QDate(2025, 12, 3)),  # accents and dots optional
        ("fr_FR", "30 juin 2026", QDate(2026, 6, 30)),
        ("fr_FR", "30 Sep 2026", QDate(2026, 9, 30)),  # English names are understood too
    ],
)
def test_a_month_name_in_any_usual_spelling_is_that_month(
    qtbot, locale: str, typed: str, expected: QDate
) -> None:
    QLocale.setDefault(QLocale(locale))
    try:
        editor = _typed(qtbot, typed)
        press(editor, Qt.Key.Key_Tab)
        assert editor.date() == expected
        assert editor.problem == ""
    finally:
        QLocale.setDefault(QLocale.system())


def test_a_month_name_that_fits_two_months_is_refused_plainly(qtbot) -> None:
    QLocale.setDefault(QLocale("fr_FR"))
    try:
        editor = _typed(qtbot, "4 jui 2026")  # juin or juillet
        press(editor, Qt.Key.Key_Tab)
        assert editor.date() == QDate(2026, 12, 25)  # the date before is kept
        assert "“jui” is not the name of one month" in editor.problem
    finally:
        QLocale.setDefault(QLocale.system())
