"""The Budget and Exchange rates tabs of the Contributions section.

Budget lines and rates are listed, sorted and opened for editing in the window
(Enter, F2 or a double-click); under the budget lines, the work plan by year:
budget, received and coverage of every work-plan year.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from isu_desk.capabilities.contributions.domain import records as dom
from isu_desk.capabilities.contributions.ui.lists import ListTab, chosen, table, years
from isu_desk.capabilities.contributions.ui.models import BudgetModel, RowsModel, money
from isu_desk.capabilities.contributions.ui.reference_forms import BudgetLineForm, RateForm
from isu_desk.ui.formats import display_percent
from isu_desk.ui.history_panel import add_history_buttons

translate = QCoreApplication.translate


class WorkPlanModel(RowsModel):
    """Each work-plan year: approved budget, received, difference and coverage (CHF)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                (translate("WorkPlanModel", "Year"), lambda r: str(r[0])),
                (translate("WorkPlanModel", "Budget CHF"), lambda r: money(r[1])),
                (translate("WorkPlanModel", "Received CHF"), lambda r: money(r[2])),
                (translate("WorkPlanModel", "Difference CHF"), lambda r: money(r[2] - r[1])),
                (
                    translate("WorkPlanModel", "Coverage"),
                    lambda r: "—" if r[3] is None else display_percent(r[3]),
                ),
            ],
            parent,
        )


class BudgetTab(ListTab):
    """Budget lines (filtered by year, edited in place) and the work plan by year."""

    def __init__(self, page: Any) -> None:
        super().__init__(page, BudgetModel())
        self.year = self.choice(translate("BudgetTab", "All years"), years())
        self.filters.addStretch(3)  # the one filter: a quarter of the row
        self.button(
            translate("BudgetTab", "Add budget line…"),
            lambda: page.open_form(BudgetLineForm(page.service)),
        )
        add_history_buttons(self, "budget", lambda r: (r.id, f"{r.year} {r.line}"))
        self.buttons.addStretch(1)
        self.view.export_name = "budget-lines"
        self.row_action(translate("BudgetTab", "Edit budget line…"), self.open_selected)
        self.work_plan = WorkPlanModel(self)
        self.work_plan_view = table(self.work_plan, self)
        self.work_plan_view.setObjectName("work_plan")
        self.work_plan_view.export_name = "work-plan"
        self.work_plan_view.setMaximumHeight(220)
        self.body.addWidget(QLabel(translate("BudgetTab", "<b>Work plan by year</b>")))
        self.body.addWidget(self.work_plan_view)

    def new_record(self) -> None:
        self.page.open_form(BudgetLineForm(self.page.service))

    def open_selected(self) -> None:
        line = self.selected()
        if line is not None:
            self.page.open_form(BudgetLineForm(self.page.service, self, record=line))

    def refresh(self) -> None:
        year = chosen(self.year)
        lines = [b for b in self.page.service.budget_lines() if not year or str(b.year) == year]
        self.model.set_rows(lines)
        overview = self.page.service.budget_overview()
        self.work_plan.set_rows(overview)
        by_year = {y: (b, r, c) for y, b, r, c in overview}
        if year and int(year) in by_year:
            budget, received, cover = by_year[int(year)]
            share = "—" if cover is None else display_percent(cover)
            totals = translate(
                "BudgetTab", "{year}: budget CHF {budget} · received CHF {received} · {share}"
            )
            self.totals.setText(
                totals.format(
                    year=year, budget=money(budget), received=money(received), share=share
                )
            )
        else:
            total = sum((b.amount_chf for b in lines), dom.ZERO)
            totals = translate("BudgetTab", "{lines} budget lines · CHF {total}")
            self.totals.setText(totals.format(lines=len(lines), total=money(total)))


class RatesModel(RowsModel):
    def __init__(self, parent: Any = None) -> None:
        from isu_desk.ui.formats import display_date

        super().__init__(
            [
                (translate("RatesModel", "Currency"), lambda r: r.currency),
                (
                    translate("RatesModel", "In force from"),
                    lambda r: display_date(r.valid_from),
                    lambda r: r.valid_from,
                ),
                (
                    translate("RatesModel", "CHF for 1 unit"),
                    lambda r: f"{r.rate_to_chf:f}",
                    lambda r: r.rate_to_chf,
                ),
                (translate("RatesModel", "Notes"), lambda r: r.notes),
            ],
            parent,
        )


class RatesTab(ListTab):
    """The exchange rates staff entered, newest first, edited in place."""

    def __init__(self, page: Any) -> None:
        super().__init__(page, RatesModel())
        self.currency = self.choice(translate("RatesTab", "All currencies"), [])
        self.filters.addStretch(3)  # the one filter: a quarter of the row
        self.button(
            translate("RatesTab", "New exchange rate…"),
            lambda: page.open_form(RateForm(page.service, self)),
        )
        add_history_buttons(self, "rates", lambda r: (r.id, f"{r.currency} {r.valid_from}"))
        self.buttons.addStretch(1)
        self.view.export_name = "exchange-rates"
        self.row_action(translate("RatesTab", "Edit exchange rate…"), self.open_selected)

    def new_record(self) -> None:
        self.page.open_form(RateForm(self.page.service, self))

    def open_selected(self) -> None:
        rate = self.selected()
        if rate is not None:
            self.page.open_form(RateForm(self.page.service, self, record=rate))

    def refresh(self) -> None:
        rates = sorted(self.page.service.rates(), key=lambda r: r.valid_from, reverse=True)
        currencies = sorted({r.currency for r in rates})
        self.currency.set_choices([(c, c) for c in currencies])
        wanted = chosen(self.currency)
        shown = [r for r in rates if not wanted or r.currency == wanted]
        self.model.set_rows(shown)
        self.totals.setText(
            translate("RatesTab", "{rates} exchange rates").format(rates=len(shown))
        )
