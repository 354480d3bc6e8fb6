"""Forms of the Contributions page: payment and pledge, and the form base they share
(the budget line, exchange rate and fund forms are in ``reference_forms``).

Each form turns its fields into a domain record, asks the service to save it
(off the GUI thread, Save disabled meanwhile: ``record_form.save_in_background``)
and shows every error under its field, in plain words; a refused save keeps
what was typed. A payment above what
its pledge still expects asks "Record it anyway?" (``confirm`` is replaceable
for tests).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from isu_desk.capabilities.contributions.domain import records as dom
from isu_desk.capabilities.contributions.domain.records import (
    Contribution,
    ContributionForm,
    ContributionKind,
    Instalment,
    Pledge,
)
from isu_desk.capabilities.contributions.services.service import ContributionsService
from isu_desk.capabilities.contributions.ui.instalments import InstalmentsField
from isu_desk.capabilities.contributions.ui.models import enum_text
from isu_desk.domain.currencies import minor_units
from isu_desk.domain.errors import FieldError, Result
from isu_desk.ui.context import AppContext
from isu_desk.ui.record_form import save_in_background, scrolling
from isu_desk.ui.widgets import (
    ChoiceField,
    DateField,
    ErrorLabel,
    NotesField,
    RecordPicker,
    TextField,
)

translate = QCoreApplication.translate


def plain(amount: Decimal, currency: str) -> str:
    """An amount as typed back into a field: ``12000.50`` (the currency's decimals)."""
    if not amount:
        return ""
    places = minor_units(currency)
    return f"{amount.quantize(Decimal(1).scaleb(-places)):f}"


def year_box(value: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(dom.EARLIEST_DATE.year, dom.LATEST_DATE.year)
    box.setValue(value)
    return box


class RecordForm(QDialog):
    """A dialog of labelled fields, each with its error label underneath."""

    def __init__(self, title: str, service: ContributionsService, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.service = service
        self.fields: dict[str, Any] = {}
        self.errors: dict[str, ErrorLabel] = {}
        self.saved: Any = None
        self.context: AppContext | None = None  # set by the page that opens the form
        self._layout = QFormLayout()
        # A field with no room beside a long (French) label goes under it, never off the edge.
        self._layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.general = ErrorLabel(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        # The fields scroll; the errors and Save stay in view however small the screen.
        outer = QVBoxLayout(self)
        outer.addWidget(scrolling(self._layout), 1)
        outer.addWidget(self.general)
        outer.addWidget(buttons)

    def add(self, name: str, label: str, widget: Any) -> Any:
        self.fields[name] = widget
        self.errors[name] = ErrorLabel(self)
        self._layout.addRow(label, widget)
        self._layout.addRow("", self.errors[name])
        if isinstance(widget, DateField):
            widget.refused.connect(self.errors[name].show_error)
        return widget

    def show_errors(self, errors: tuple[FieldError, ...] | list[FieldError]) -> None:
        for label in [*self.errors.values(), self.general]:
            label.clear_error()
        general = []
        for error in errors:
            target = self.errors.get(error.field)
            if target is not None:
                target.show_error(error.message)
            else:
                general.append(str(error))
        self.general.show_error("\n".join(general))

    def amount(self, name: str, problems: list[FieldError], optional: bool = False) -> Any:
        text = self.fields[name].value()
        if optional and not text.strip():
            return None
        parsed = dom.parse_amount(text)
        if isinstance(parsed, str):
            problems.append(FieldError(name, parsed))
            return Decimal(1)
        return parsed

    def submit(self) -> None:
        problems = [
            FieldError(name, widget.problem)
            for name, widget in self.fields.items()
            if isinstance(widget, DateField) and widget.problem
        ]
        record = self.build(problems)
        if problems:
            self.show_errors(problems)
            return
        self.run(lambda: self.save(record), record)

    def run(self, work: Callable[[], Result[Any]], record: Any) -> None:
        """Run ``work`` (the service's save of ``record``) off the GUI thread."""
        assert self.context is not None, "the page gives the form its context before opening it"
        save_in_background(
            self.context,
            self.save_button,
            work,
            lambda result: self.returned(result, record),
            self.general.show_error,
        )

    def returned(self, result: Result[Any], record: Any) -> None:
        """The service's answer: saved (the dialog closes) or errors by the fields."""
        if result.ok:
            self.saved = result.value
            self.accept()
        else:
            self.show_errors(result.errors)

    def build(self, problems: list[FieldError]) -> Any:
        raise NotImplementedError

    def save(self, record: Any) -> Result[Any]:
        raise NotImplementedError


def donor_picker(service: ContributionsService) -> RecordPicker:
    picker = RecordPicker(None)
    picker.set_choices([((kind, rid), name) for kind, rid, name in service.donors()])
    return picker


def donor_ids(value: Any) -> tuple[str | None, str | None]:
    if not value:
        return None, None
    kind, rid = value
    return (rid, None) if kind == "state" else (None, rid)


def donor_value(state_id: str | None, organisation_id: str | None) -> Any:
    return ("state", state_id) if state_id else ("organisation", organisation_id)


def fund_picker(service: ContributionsService) -> ChoiceField:
    picker = ChoiceField()
    picker.set_choices([(f.id, f.name) for f in service.funds()])
    return picker


class PaymentForm(RecordForm):
    """Record a contribution received (prefilled from a pledge by "Record payment")."""

    def __init__(
        self, service: ContributionsService, draft: Contribution, parent: QWidget | None = None
    ) -> None:
        super().__init__(translate("PaymentForm", "Record contribution"), service, parent)
        self.draft = draft
        self.confirm: Callable[[str], bool] = self._ask
        self.add("donor", translate("PaymentForm", "Donor"), donor_picker(service)).set_value(
            donor_value(draft.donor_state_id, draft.donor_organisation_id)
        )
        self.add("fund_id", translate("PaymentForm", "Fund"), fund_picker(service)).set_value(
            draft.fund_id
        )
        kind = self.add("kind", translate("PaymentForm", "Kind"), ChoiceField())
        kind.set_choices([(m, enum_text(m)) for m in ContributionKind])
        kind.set_value(draft.kind)
        form = self.add("form", translate("PaymentForm", "Form"), ChoiceField())
        form.set_choices([(m, enum_text(m)) for m in ContributionForm])
        form.set_value(draft.form)
        self._text("currency", translate("PaymentForm", "Currency"), draft.currency)
        self._text(
            "amount", translate("PaymentForm", "Amount"), plain(draft.amount, draft.currency)
        )
        self._text(
            "rate_to_chf",
            translate("PaymentForm", "Rate to CHF"),
            f"{draft.rate_to_chf:f}" if draft.rate_to_chf else "",
        )
        self._text("amount_chf", translate("PaymentForm", "CHF equivalent"), "")
        pledge_label = translate("PaymentForm", "Amount settled in the pledge's currency")
        self._text("pledge_amount", pledge_label, "")
        self.fields["pledge_amount"].setEnabled(bool(draft.pledge_id))
        self.add(
            "received_on", translate("PaymentForm", "Received on"), DateField(optional=False)
        ).set_value(draft.received_on)
        self.add(
            "work_plan_year",
            translate("PaymentForm", "Work-plan year"),
            year_box(draft.work_plan_year),
        )
        self._text(
            "reference", translate("PaymentForm", "Bank or GICHD reference"), draft.reference
        )
        self.add(
            "description", translate("PaymentForm", "In kind: description"), NotesField()
        ).set_value(draft.description)
        self.add("notes", translate("PaymentForm", "Notes"), NotesField()).set_value(draft.notes)
        self.fields["received_on"].edited.connect(self._propose_rate)
        self.fields["currency"].edited.connect(self._propose_rate)
        self.fields["form"].edited.connect(self._form_changed)
        for name in ("amount", "rate_to_chf"):
            self.fields[name].edited.connect(self._show_chf)
        if not (draft.donor_state_id or draft.donor_organisation_id):
            self.fields["donor"].setCurrentIndex(-1)
        self._show_chf()
        if draft.pledge_id:
            self._layout.insertRow(
                0,
                translate("PaymentForm", "Pledge"),
                QLabel(translate("PaymentForm", "settles the chosen pledge")),
            )

    def _text(self, name: str, label: str, value: str) -> TextField:
        field = self.add(name, label, TextField())
        field.set_value(value)
        return field

    def _form_changed(self) -> None:
        """In kind is valued in CHF: currency and rate follow."""
        if self.fields["form"].value() is ContributionForm.IN_KIND:
            self.fields["currency"].set_value("CHF")
            self.fields["rate_to_chf"].set_value("1")
            self._show_chf()

    def _show_chf(self) -> None:
        """The CHF equivalent at the rate, shown greyed until typed over."""
        amount = dom.parse_amount(self.fields["amount"].value())
        rate = dom.parse_amount(self.fields["rate_to_chf"].value())
        hint = ""
        if not isinstance(amount, str) and not isinstance(rate, str):
            hint = translate("PaymentForm", "{chf} at this rate").format(
                chf=f"{dom.chf_equivalent(amount, rate):f}"
            )
        self.fields["amount_chf"].setPlaceholderText(hint)

    def _propose_rate(self) -> None:
        currency = self.fields["currency"].value().upper()
        rate = self.service.proposed_rate(currency, self.fields["received_on"].value())
        if rate is not None:
            self.fields["rate_to_chf"].set_value(f"{rate:f}")

    def build(self, problems: list[FieldError]) -> Contribution:
        state, org = donor_ids(self.fields["donor"].value())
        amount = self.amount("amount", problems)
        rate = self.amount("rate_to_chf", problems)
        chf = self.amount("amount_chf", problems, optional=True)
        return replace(
            self.draft,
            donor_state_id=state,
            donor_organisation_id=org,
            fund_id=self.fields["fund_id"].value() or "",
            kind=self.fields["kind"].value(),
            form=self.fields["form"].value(),
            currency=self.fields["currency"].value().upper(),
            amount=amount,
            rate_to_chf=rate,
            amount_chf=dom.chf_equivalent(amount, rate) if chf is None else chf,
            pledge_amount=self.amount("pledge_amount", problems, optional=True),
            received_on=self.fields["received_on"].value(),
            work_plan_year=self.fields["work_plan_year"].value(),
            reference=self.fields["reference"].value(),
            description=self.fields["description"].value(),
            notes=self.fields["notes"].value(),
        )

    def save(self, record: Contribution) -> Result[Contribution]:
        return self.service.record(record)

    def returned(self, result: Result[Any], record: Any) -> None:
        """A payment above what is expected is recorded once the user confirms it."""
        confirm = [e for e in result.errors if e.field == dom.CONFIRM_FIELD]
        if confirm and len(confirm) == len(result.errors) and self.confirm(confirm[0].message):
            self.run(lambda: self.service.record(record, confirmed=True), record)
            return
        super().returned(result, record)

    def _ask(self, message: str) -> bool:
        answer = QMessageBox.question(
            self, translate("PaymentForm", "Record contribution"), message
        )
        return answer == QMessageBox.StandardButton.Yes


class PledgeForm(RecordForm):
    """A new or changed pledge with its instalment schedule (one line each)."""

    def __init__(
        self, service: ContributionsService, pledge: Pledge | None = None, parent: Any = None
    ) -> None:
        super().__init__(translate("PledgeForm", "Pledge"), service, parent)
        today = date.today()
        self.pledge = pledge or Pledge("", None, None, "", today, "CHF", Decimal(0),
                                       today.year, today.year)  # fmt: skip
        p = self.pledge
        picker = self.add("donor", translate("PledgeForm", "Donor"), donor_picker(service))
        if p.donor_state_id or p.donor_organisation_id:
            picker.set_value(donor_value(p.donor_state_id, p.donor_organisation_id))
        else:
            picker.setCurrentIndex(-1)
        self.add("fund_id", translate("PledgeForm", "Fund"), fund_picker(service)).set_value(
            p.fund_id
        )
        self.add("currency", translate("PledgeForm", "Currency"), TextField()).set_value(p.currency)
        self.add("total", translate("PledgeForm", "Total"), TextField()).set_value(
            plain(p.total, p.currency)
        )
        self.add(
            "pledged_on", translate("PledgeForm", "Pledged on"), DateField(optional=False)
        ).set_value(p.pledged_on)
        self.add(
            "years", translate("PledgeForm", "Years (2025 or 2025-2027)"), TextField()
        ).set_value(p.years)
        self.add(
            "instalments", translate("PledgeForm", "Instalments"), InstalmentsField()
        ).set_value(self._schedule())
        self.add("notes", translate("PledgeForm", "Notes"), NotesField()).set_value(p.notes)

    def _schedule(self) -> list[Instalment]:
        return self.service.instalments(self.pledge.id) if self.pledge.id else []

    def build(self, problems: list[FieldError]) -> tuple[Pledge, list[Instalment]]:
        state, org = donor_ids(self.fields["donor"].value())
        years = dom.parse_years(self.fields["years"].value())
        if isinstance(years, str):
            problems.append(FieldError("years", years))
            years = (0, 0)
        pledge = replace(
            self.pledge, donor_state_id=state, donor_organisation_id=org,
            fund_id=self.fields["fund_id"].value() or "",
            currency=self.fields["currency"].value().upper(),
            total=self.amount("total", problems), pledged_on=self.fields["pledged_on"].value(),
            first_year=years[0], last_year=years[1], notes=self.fields["notes"].value(),
        )  # fmt: skip
        return pledge, self._instalments(problems)

    def _instalments(self, problems: list[FieldError]) -> list[Instalment]:
        instalments: InstalmentsField = self.fields["instalments"]
        return instalments.rows(problems)

    def save(self, record: tuple[Pledge, list[Instalment]]) -> Result[Pledge]:
        return self.service.save_pledge(*record)
