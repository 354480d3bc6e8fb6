"""The Contributions section: pledges, contributions received, the budget and rates.

Lists are filtered by the service (year, donor, fund, kind, status) and their
totals follow the filter. "Record payment" on a pledge opens the payment form
filled in from the pledge. Every save notifies the window, and every page
showing contributions refreshes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from isu_desk.capabilities.contributions.domain import records as dom
from isu_desk.capabilities.contributions.domain.records import (
    Contribution,
    ContributionForm,
    ContributionKind,
    EntryType,
    PledgeStatus,
)
from isu_desk.capabilities.contributions.services.service import ContributionsService
from isu_desk.capabilities.contributions.ui.budget import BudgetTab, RatesTab
from isu_desk.capabilities.contributions.ui.forms import (
    PaymentForm,
    PledgeForm,
    donor_ids,
    donor_picker,
)
from isu_desk.capabilities.contributions.ui.letters import preview_letters
from isu_desk.capabilities.contributions.ui.lists import ListTab, chosen, section_actions, years
from isu_desk.capabilities.contributions.ui.models import (
    LedgerModel,
    PledgesModel,
    enum_text,
    money,
)
from isu_desk.capabilities.contributions.ui.reference_forms import FundForm
from isu_desk.ui.history_panel import add_history_buttons
from isu_desk.ui.operations import op
from isu_desk.ui.widgets import ChoiceField

translate = QCoreApplication.translate
LEDGER_PAGE = 500
SECTION = "Contributions"
# The tables the page and the tile show (donor names come from the Directory's).
TABLES = frozenset(
    {
        "contributions",
        "pledges",
        "pledge_instalments",
        "budget_lines",
        "exchange_rates",
        "funds",
        "states",
        "organisations",
    }
)


def _donor_filter(tab: ListTab) -> Any:
    """A searchable donor picker that filters ``tab`` ("All donors" first)."""
    picker = donor_picker(tab.page.service)
    picker.setMinimumContentsLength(8)
    donors = [((k, i), n) for k, i, n in tab.page.service.donors()]
    picker.set_choices([(None, translate("contributions.ui.page", "All donors")), *donors])
    picker.set_value(None)
    picker.edited.connect(tab.refresh)
    tab.filters.addWidget(picker, 1)
    return picker


def _acknowledged_filter(choice: str) -> dict[str, str]:
    """ "Not yet acknowledged" means payments still waiting for their letter."""
    if choice == "no":
        return {"acknowledged": "no", "entry": "payment"}
    return {"acknowledged": choice} if choice else {}


class PledgesTab(ListTab):
    def __init__(self, page: ContributionsPage) -> None:
        super().__init__(page, PledgesModel())
        service = page.service
        self.year = self.choice(translate("PledgesTab", "All years"), years())
        self.donor = _donor_filter(self)
        funds = [(f.id, f.name) for f in service.funds()]
        self.fund = self.choice(translate("PledgesTab", "All funds"), funds)
        statuses = [(s.value, enum_text(s)) for s in PledgeStatus]
        self.status = self.choice(translate("PledgesTab", "All statuses"), statuses)
        self.filters.addStretch(1)
        self.button(translate("PledgesTab", "New pledge…"), self.new_pledge)
        self.button(translate("PledgesTab", "Edit pledge…"), self.edit_pledge)
        self.button(translate("PledgesTab", "Record payment…"), self.record_payment)
        self.button(translate("PledgesTab", "Reminder…"), self.reminder)
        new_fund = translate("PledgesTab", "New fund…")
        self.more_button({new_fund: lambda: page.open_form(FundForm(page.service, self))})
        add_history_buttons(self, "pledges", lambda r: (r.pledge.id, r.donor_name))
        self.buttons.addStretch(1)
        self.view.export_name = "pledges"
        self.row_action(translate("PledgesTab", "Edit pledge…"), self.edit_pledge)
        self.row_action(translate("PledgesTab", "Record payment…"), self.record_payment)
        self.row_action(translate("PledgesTab", "Reminder (selected rows)…"), self.reminder)

    def open_selected(self) -> None:
        self.edit_pledge()

    def current_filters(self) -> dict[str, str]:
        state, org = donor_ids(self.donor.value())
        return {
            "year": chosen(self.year),
            "donor_id": state or org or "",
            "fund_id": chosen(self.fund),
            "status": chosen(self.status),
        }

    def refresh(self) -> None:
        rows = self.page.service.pledges(self.current_filters(), date.today())
        self.model.set_rows(rows)
        received = sum((r.balance.received_chf for r in rows), dom.ZERO)
        late = sum(len(r.overdue) for r in rows)
        totals = translate(
            "PledgesTab",
            "{pledges} pledges · received CHF {received} · {late} overdue instalment(s)",
        )
        self.totals.setText(totals.format(pledges=len(rows), received=money(received), late=late))

    def new_record(self) -> None:
        self.new_pledge()

    def new_pledge(self) -> None:
        self.page.open_form(PledgeForm(self.page.service, None, self))

    def edit_pledge(self) -> None:
        row = self.selected()
        if row is not None:
            self.page.open_form(PledgeForm(self.page.service, row.pledge, self))

    def payment_form(self) -> PaymentForm | None:
        """The payment form filled in from the selected pledge (``None`` if none chosen)."""
        row = self.selected()
        if row is None:
            self.page.context.status_message(translate("PledgesTab", "Choose a pledge first."))
            return None
        draft = self.page.service.payment_for(row.pledge.id, date.today())
        return PaymentForm(self.page.service, draft, self)

    def reminder(self) -> None:
        """Preview the reminder of each selected pledge (Print… and Save as… there)."""
        rows = self.selected_all()
        name = rows[0].donor_name if len(rows) == 1 else "selected"
        preview_letters(self.page, "pledge-reminder", [r.pledge.id for r in rows], name)

    def record_payment(self) -> None:
        form = self.payment_form()
        if form is not None:
            self.page.open_form(form)


def _entry_title(row: dict[str, Any]) -> str:
    return f"{row['donor_name']}, {row['currency']} {money(row['amount'], row['currency'])}"


class LedgerTab(ListTab):
    def __init__(self, page: ContributionsPage) -> None:
        super().__init__(page, LedgerModel())
        self.year = self.choice(translate("LedgerTab", "All years"), years())
        self.donor = _donor_filter(self)
        funds = [(f.id, f.name) for f in page.service.funds()]
        self.fund = self.choice(translate("LedgerTab", "All funds"), funds)
        kinds = [(k.value, enum_text(k)) for k in ContributionKind]
        self.kind = self.choice(translate("LedgerTab", "All kinds"), kinds)
        forms = [(f.value, enum_text(f)) for f in ContributionForm]
        self.form = self.choice(translate("LedgerTab", "All forms"), forms)
        self.acknowledged = ChoiceField(translate("LedgerTab", "Acknowledged or not"))
        self.acknowledged.setObjectName("filter_acknowledged")
        self.acknowledged.set_choices(
            [
                ("no", translate("LedgerTab", "Not yet acknowledged")),
                ("yes", translate("LedgerTab", "Acknowledged")),
            ]
        )
        self.acknowledged.edited.connect(self.refresh)
        self.filters.addWidget(self.acknowledged, 1)
        self.filters.addStretch(1)
        self.wrap_filters(3)  # two rows, so the window stays usable at 800 px wide
        self.button(translate("LedgerTab", "New contribution…"), self.new_contribution)
        self.button(translate("LedgerTab", "Acknowledgement letter…"), self.thank_you)
        self.button(translate("LedgerTab", "Mark acknowledged"), self.acknowledge)
        correct, reverse = translate("LedgerTab", "Correct…"), translate("LedgerTab", "Reverse…")
        self.more_button({correct: self.correct, reverse: self.reverse})
        add_history_buttons(self, "contributions", lambda r: (r["id"], _entry_title(r)))
        self.buttons.addStretch(1)
        self.view.export_name = "contributions"
        self.row_action(
            translate("LedgerTab", "Acknowledgement letter (selected rows)…"), self.thank_you
        )
        self.row_action(translate("LedgerTab", "Mark acknowledged"), self.acknowledge)
        self.row_action(correct, self.correct)
        self.row_action(reverse, self.reverse)

    def open_selected(self) -> None:
        """Open the contribution in its form (changes allowed until it is acknowledged)."""
        row = self.selected()
        if row is not None:
            entry = self.page.service.contribution(row["id"])
            self.page.open_form(PaymentForm(self.page.service, entry, self))

    def current_filters(self) -> dict[str, str]:
        state, org = donor_ids(self.donor.value())
        return {
            "work_plan_year": chosen(self.year),
            "donor_id": state or org or "",
            "fund_id": chosen(self.fund),
            "kind": chosen(self.kind),
            "form": chosen(self.form),
            **_acknowledged_filter(chosen(self.acknowledged)),
        }

    def refresh(self) -> None:
        filters = self.current_filters()
        service = self.page.service
        self.model.set_rows(service.contributions(filters, 0, LEDGER_PAGE))
        count, total = service.summary(filters)
        totals = (
            translate(
                "LedgerTab", "showing the latest {shown} of {count} entries · total CHF {total}"
            )
            if count > LEDGER_PAGE
            else translate("LedgerTab", "{count} entries · total CHF {total}")
        )
        self.totals.setText(totals.format(shown=LEDGER_PAGE, count=count, total=money(total)))

    def new_record(self) -> None:
        self.new_contribution()

    def new_contribution(self) -> None:
        today = date.today()
        funds = self.page.service.funds()
        draft = Contribution(
            "", None, None, funds[0].id if funds else "", None, ContributionKind.VOLUNTARY,
            ContributionForm.FINANCIAL, "CHF", dom.ZERO, dom.ONE, dom.ZERO, None, today,
            today.year,
        )  # fmt: skip
        self.page.open_form(PaymentForm(self.page.service, draft, self))

    def acknowledge(self) -> None:
        """Record today as the acknowledgement date of every selected payment."""
        ids = [row["id"] for row in self.selected_all() if row["acknowledged_on"] is None]
        service, today = self.page.service, date.today()
        self.page.run(lambda: [service.acknowledge(entry, today) for entry in ids])

    def thank_you(self) -> None:
        """Preview the acknowledgement letter of each selected contribution."""
        rows = self.selected_all()
        name = rows[0]["donor_name"] if len(rows) == 1 else "selected"
        preview_letters(self.page, "acknowledgement", [r["id"] for r in rows], name)

    def correction_form(self) -> PaymentForm | None:
        """A correction of the selected entry: a new row with signed differences."""
        row = self.selected()
        if row is None:
            return None
        original = self.page.service.contribution(row["id"])
        draft = replace(
            original, id="", amount=dom.ZERO, amount_chf=dom.ZERO, pledge_amount=None,
            received_on=date.today(), acknowledged_on=None, notes="",
            entry=EntryType.ADJUSTMENT, corrects_id=original.id,
        )  # fmt: skip
        form = PaymentForm(self.page.service, draft, self)
        form.setWindowTitle(
            translate("LedgerTab", "Correct a contribution (enter the differences, e.g. -25.00)")
        )
        return form

    def correct(self) -> None:
        form = self.correction_form()
        if form is not None:
            self.page.open_form(form)

    def reverse(self) -> None:
        row = self.selected()
        if row is None:
            return
        question = translate("LedgerTab", "Reverse the {currency} {amount} entry?").format(
            currency=row["currency"], amount=money(row["amount"], row["currency"])
        )
        title = translate("LedgerTab", "Reverse")
        if QMessageBox.question(self, title, question) == QMessageBox.StandardButton.Yes:
            service, entry, today = self.page.service, row["id"], date.today()
            self.page.run(lambda: [service.reverse(entry, today, "Reversed")])


class ContributionsPage(QWidget):
    """Pledges, contributions received and the budget, each a filtered list with a form."""

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.service = ContributionsService(context.database)
        op(context, self.service.ensure_default_funds).run_in_background()  # a write, if any
        self.tabs = QTabWidget(self)
        self.pledges = PledgesTab(self)
        self.ledger = LedgerTab(self)
        self.budget = BudgetTab(self)
        self.rates = RatesTab(self)
        self.tabs.addTab(self.pledges, self.tr("Pledges"))
        self.tabs.addTab(self.ledger, self.tr("Received"))
        self.tabs.addTab(self.budget, self.tr("Budget"))
        self.tabs.addTab(self.rates, self.tr("Exchange rates"))
        QVBoxLayout(self).addWidget(self.tabs)
        context.watch(self, TABLES, self.refresh)
        self.refresh()
        for tab in (self.pledges, self.ledger, self.budget, self.rates):
            tab.view.fit_columns()  # sized to what they show

    def menu_actions(self) -> list[QAction]:
        """New (Ctrl+N) and Find (Ctrl+F) in whichever list is shown."""
        return section_actions(self, self.tabs)

    def show_list(self, kind: str, status: str = "") -> None:
        """Show the Pledges, Received or Budget list (a Dashboard figure's click)."""
        tab = {"pledges": self.pledges, "received": self.ledger, "budget": self.budget}[kind]
        self.tabs.setCurrentWidget(tab)
        tab.view.setFocus()

    def refresh(self) -> None:
        funds: list[tuple[Any, str]] = [(f.id, f.name) for f in self.service.funds()]
        for listed in (self.pledges, self.ledger):
            listed.fund.set_choices(funds)  # staff may have added one
        for tab in (self.pledges, self.ledger, self.budget, self.rates):
            tab.refresh()

    def open_form(self, form: Any) -> None:
        form.context = self.context  # its save runs in the background
        if form.exec():
            self.saved(form.saved)

    def saved(self, record: Any) -> None:
        self.context.status_message(self.tr("Saved."))

    def run(self, work: Callable[[], list[Any]]) -> None:
        """Run writes (each returning a Result) off the GUI thread, then say how they went."""
        op(self.context, work, self.tr("Saving…")).success(self.apply_all).run_in_background()

    def apply_all(self, results: list[Any]) -> None:
        for result in results:
            self.apply(result)

    def apply(self, result: Any) -> None:
        if result.ok:
            self.saved(result.value)
        else:
            QMessageBox.warning(
                self, self.tr("Contributions"), "\n".join(str(e) for e in result.errors)
            )
