"""Instalment rows from the keyboard: Add, a date and an amount typed in each row,
a bad amount told with its row's number, then corrected and saved."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from tests.ui.ui_keys import press, type_text

from isu_desk.capabilities.contributions.services.service import ContributionsService
from isu_desk.capabilities.contributions.ui.forms import PledgeForm
from isu_desk.services.demo import load_demo as load_directory_demo
from isu_desk.ui.context import AppContext
from isu_desk.ui.date_edit import DateEdit


def test_instalments_typed_row_by_row_are_checked_and_saved(qtbot, context: AppContext) -> None:
    database = context.database
    load_directory_demo(database)
    service = ContributionsService(database)
    form = PledgeForm(service)
    form.context = context
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    type_text(form.fields["donor"].lineEdit(), "Norway")
    type_text(form.fields["total"], "30000")
    form.fields["years"].clear()
    type_text(form.fields["years"], "2026")
    field = form.fields["instalments"]
    for due, figure in (("31 Mar 2026", "10000"), ("30 Sep 2026", "20x00")):
        field.add_button.setFocus()
        press(field.add_button, Qt.Key.Key_Space)  # Add instalment: the cursor goes to its date
        editor = form.focusWidget()
        assert isinstance(editor, DateEdit)
        type_text(editor, due)
        press(editor, Qt.Key.Key_Tab)
        amount = form.focusWidget()
        assert isinstance(amount, QLineEdit) and amount is field.amount_editor(
            field.table.rowCount() - 1
        )
        type_text(amount, figure)
    assert field.table.rowCount() == 2
    assert [field.date_editor(r).text() for r in (0, 1)] == ["31 Mar 2026", "30 Sep 2026"]

    press(amount, Qt.Key.Key_Return)  # Save
    assert context.wait_for_background()
    said = form.errors["instalments"].text()
    assert form.saved is None and form.isVisible()
    assert said.startswith("Instalment 2:") and "'20x00'" in said and "Instalment 1" not in said
    assert not said.endswith("..")

    press(amount, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(amount, "20000")
    press(amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: form.saved is not None or not form.save_button.isEnabled())
    assert context.wait_for_background()
    assert form.saved is not None, [e.text() for e in form.errors.values()]
    saved = [(i.due_on, i.amount) for i in service.instalments(form.saved.id)]
    assert saved == [(date(2026, 3, 31), Decimal(10000)), (date(2026, 9, 30), Decimal(20000))]
