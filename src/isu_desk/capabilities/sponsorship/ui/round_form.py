"""The round form (meeting, dates, budget and rates) and the GICHD payment form.

A new round's deadline is proposed ten weeks before the meeting chosen, until
staff change it by hand. The meeting is picked by typing part of its code or
title, accents and case ignored. Every mistake is shown under its field and
nothing is saved until all are right; a payment past the round's budget asks
for a confirmation, which is recorded with it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QLabel, QLayout, QMessageBox, QWidget

from isu_desk.capabilities.declaration import QT_TRANSLATE_NOOP
from isu_desk.capabilities.meetings.api import Meeting
from isu_desk.capabilities.sponsorship.domain.checks import CONFIRM_FIELD
from isu_desk.capabilities.sponsorship.domain.costs import ActualCost, CostKind
from isu_desk.capabilities.sponsorship.domain.records import Round, proposed_deadline
from isu_desk.capabilities.sponsorship.services import budget
from isu_desk.capabilities.sponsorship.services.service import SponsorshipService
from isu_desk.capabilities.sponsorship.ui.fields import (
    form_rows,
    read_chf,
    show_errors,
    translated,
)
from isu_desk.capabilities.sponsorship.ui.labels import choices
from isu_desk.domain.errors import FieldError
from isu_desk.ui.formats import display_money
from isu_desk.ui.record_form import dialog_body, fit_to_screen, heading, scrolling
from isu_desk.ui.widgets import (
    ChoiceField,
    DateField,
    ErrorLabel,
    NotesField,
    RecordPicker,
    TextField,
)

ROUND_LABELS = {
    "meeting_id": QT_TRANSLATE_NOOP("RoundDialog", "Meeting"),
    "call_issued_on": QT_TRANSLATE_NOOP("RoundDialog", "Call issued on"),
    "deadline": QT_TRANSLATE_NOOP("RoundDialog", "Application deadline"),
    "budget_chf": QT_TRANSLATE_NOOP("RoundDialog", "Budget (CHF)"),
    "dsa_rate_chf": QT_TRANSLATE_NOOP("RoundDialog", "DSA rate per day (CHF)"),
    "terminal_expenses_chf": QT_TRANSLATE_NOOP("RoundDialog", "Terminal expenses per trip (CHF)"),
    "hotel_rate_chf": QT_TRANSLATE_NOOP("RoundDialog", "Hotel night not covered by DSA (CHF)"),
    "notes": QT_TRANSLATE_NOOP("RoundDialog", "Notes"),
}
MONEY = ("budget_chf", "dsa_rate_chf", "terminal_expenses_chf", "hotel_rate_chf")
PAYMENT_LABELS = {
    "kind": QT_TRANSLATE_NOOP("PaymentDialog", "Paid for"),
    "amount_chf": QT_TRANSLATE_NOOP("PaymentDialog", "Amount (CHF)"),
    "paid_on": QT_TRANSLATE_NOOP("PaymentDialog", "Paid on"),
    "gichd_reference": QT_TRANSLATE_NOOP("PaymentDialog", "GICHD reference"),
    "notes": QT_TRANSLATE_NOOP("PaymentDialog", "Notes"),
}


def plain(amount: Any) -> str:
    """An amount as it is typed back: 1234.50, no thousands marks."""
    return f"{amount:.2f}"


class RoundDialog(QDialog):
    """Create or edit a round (its status moves by its own steps, not here)."""

    def __init__(
        self, service: SponsorshipService, round_: Round, meetings: list[Meeting],
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sponsorship round"))
        self.service = service
        self.original = round_
        self.saved: Round | None = None
        self.starts = {m.id: m.start_date for m in meetings}
        picker = RecordPicker("")
        picker.set_choices([(m.id, m.display_name) for m in meetings])
        self.fields: dict[str, QWidget] = {
            "meeting_id": picker, "call_issued_on": DateField(),
            "deadline": DateField(optional=False), **{name: TextField() for name in MONEY},
            "notes": NotesField(),
        }  # fmt: skip
        self.errors = {name: ErrorLabel() for name in self.fields}
        self.general = ErrorLabel()
        for name, widget in self.fields.items():
            if name in MONEY:
                widget.set_value(plain(getattr(round_, name)))  # type: ignore[attr-defined]
            else:
                widget.set_value(getattr(round_, name))  # type: ignore[attr-defined]
        if not round_.meeting_id:
            picker.setEditText("")
        self.deadline_by_hand = bool(round_.id)
        self.fields["deadline"].edited.connect(self._deadline_edited)  # type: ignore[attr-defined]
        picker.currentTextChanged.connect(lambda _text: self._meeting_chosen())
        title = self.tr("New sponsorship round") if not round_.id else picker.currentText()
        labels = translated("RoundDialog", ROUND_LABELS)
        dialog_body(self, [heading(title), scrolling(form_rows(self.fields, self.errors,
                    labels)), self.general], self.save, save=True)  # fmt: skip
        fit_to_screen(self, QSize(560, 520))

    def _deadline_edited(self) -> None:
        self.deadline_by_hand = True

    def _meeting_chosen(self) -> None:
        start = self.starts.get(str(self.fields["meeting_id"].value()))  # type: ignore[attr-defined]
        if start is not None and not self.deadline_by_hand:
            self.fields["deadline"].set_value(proposed_deadline(start))  # type: ignore[attr-defined]

    def values(self) -> tuple[dict[str, Any], list[FieldError]]:
        errors: list[FieldError] = []
        values: dict[str, Any] = {}
        for name, widget in self.fields.items():
            text = widget.value()  # type: ignore[attr-defined]
            values[name] = read_chf(name, text, errors) if name in MONEY else text
        values["meeting_id"] = values["meeting_id"] or ""
        return values, errors

    def save(self) -> None:
        values, errors = self.values()
        if not errors:
            result = self.service.save_round(replace(self.original, **values))
            if result.ok:
                self.saved = result.unwrap()
                self.accept()
                return
            errors = list(result.errors)
        show_errors(errors, self.errors, self.general)
        fit_to_screen(self, self.size().expandedTo(QSize(560, 520)))


class PaymentDialog(QDialog):
    """Enter an amount the GICHD paid for one application (negative: a refund, with a note)."""

    def __init__(
        self, database: Any, application_id: str, nominee: str, today: date,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(self.tr("GICHD payment"))
        self.database = database
        self.application_id = application_id
        self.saved: ActualCost | None = None
        kind = ChoiceField()
        kind.set_choices(choices(CostKind))
        paid_on = DateField(optional=False)
        paid_on.set_value(today)
        self.fields: dict[str, QWidget] = {
            "kind": kind, "amount_chf": TextField(), "paid_on": paid_on,
            "gichd_reference": TextField(), "notes": NotesField(),
        }  # fmt: skip
        self.errors = {name: ErrorLabel() for name in self.fields}
        self.general = ErrorLabel()
        paid = sum(
            (c.amount_chf for c in budget.actual_costs(database, application_id)), Decimal(0)
        )
        self.already = QLabel(
            self.tr("Paid by the GICHD so far: {amount}").format(amount=display_money(paid, "CHF"))
        )
        form = form_rows(self.fields, self.errors, translated("PaymentDialog", PAYMENT_LABELS))
        parts: list[QWidget | QLayout] = [
            heading(self.tr("Payment for {nominee}").format(nominee=nominee)),
            self.already,
            form,
            self.general,
        ]
        dialog_body(self, parts, lambda: self.save(), save=True)
        fit_to_screen(self)

    def values(self) -> tuple[ActualCost, list[FieldError]]:
        errors: list[FieldError] = []
        get = {name: w.value() for name, w in self.fields.items()}  # type: ignore[attr-defined]
        if get["amount_chf"]:
            amount = read_chf("amount_chf", get["amount_chf"], errors)
        else:
            amount = Decimal(0)  # the service asks for the amount
        cost = ActualCost("", self.application_id, get["kind"], amount, get["paid_on"],
                          get["gichd_reference"], get["notes"])  # fmt: skip
        return cost, errors

    def save(self, confirmed: bool = False) -> None:
        cost, errors = self.values()
        if errors:
            self._show(errors)
            return
        result = budget.add_cost(self.database, cost, confirmed=confirmed)
        if not result.ok and result.errors[0].field == CONFIRM_FIELD and not confirmed:
            answer = QMessageBox.question(
                self, self.tr("Past the budget"), result.errors[0].message
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.save(confirmed=True)
            return
        if result.ok:
            self.saved = result.unwrap()
            self.accept()
            return
        self._show(list(result.errors))

    def _show(self, errors: list[FieldError]) -> None:
        show_errors(errors, self.errors, self.general)
        fit_to_screen(self)  # room for the messages
