"""The Contributions page's forms for its reference data: budget line, exchange rate, fund.

Built on :class:`isu_desk.capabilities.contributions.ui.forms.RecordForm` (saved off the
GUI thread, errors under their fields, what was typed kept on a refusal).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication

from isu_desk.capabilities.contributions.domain.records import (
    BudgetLine,
    ExchangeRate,
    Fund,
    FundKind,
)
from isu_desk.capabilities.contributions.services.service import ContributionsService
from isu_desk.capabilities.contributions.ui.forms import RecordForm, plain, year_box
from isu_desk.capabilities.contributions.ui.models import enum_text
from isu_desk.domain.errors import FieldError, Result
from isu_desk.ui.widgets import ChoiceField, DateField, NotesField, TextField

translate = QCoreApplication.translate


class BudgetLineForm(RecordForm):
    """A new budget line, or one from the list changed (``record``)."""

    def __init__(
        self, service: ContributionsService, parent: Any = None, record: BudgetLine | None = None
    ) -> None:
        super().__init__(translate("BudgetLineForm", "Budget line"), service, parent)
        self.record = record or BudgetLine("", date.today().year, "", Decimal(0), "", "")
        r = self.record
        self.add("year", translate("BudgetLineForm", "Year"), year_box(r.year))
        self.add("line", translate("BudgetLineForm", "Budget line"), TextField()).set_value(r.line)
        self.add("amount_chf", translate("BudgetLineForm", "Approved CHF"), TextField()).set_value(
            plain(r.amount_chf, "CHF")
        )
        self.add(
            "decision_meeting", translate("BudgetLineForm", "Approved by (meeting)"), TextField()
        ).set_value(r.decision_meeting)
        self.add(
            "decision_symbol", translate("BudgetLineForm", "Document symbol"), TextField()
        ).set_value(r.decision_symbol)

    def build(self, problems: list[FieldError]) -> BudgetLine:
        f = self.fields
        return replace(self.record, year=f["year"].value(), line=f["line"].value(),
                       amount_chf=self.amount("amount_chf", problems),
                       decision_meeting=f["decision_meeting"].value(),
                       decision_symbol=f["decision_symbol"].value())  # fmt: skip

    def save(self, record: BudgetLine) -> Result[BudgetLine]:
        return self.service.save_budget_line(record)


class RateForm(RecordForm):
    """A new exchange rate, or one from the list changed (``record``)."""

    def __init__(
        self, service: ContributionsService, parent: Any = None, record: ExchangeRate | None = None
    ) -> None:
        super().__init__(translate("RateForm", "Exchange rate"), service, parent)
        self.record = record or ExchangeRate("", "", date.today(), Decimal(0))
        r = self.record
        self.add("currency", translate("RateForm", "Currency"), TextField()).set_value(r.currency)
        self.add(
            "valid_from", translate("RateForm", "In force from"), DateField(optional=False)
        ).set_value(r.valid_from)
        rate = f"{r.rate_to_chf:f}" if r.rate_to_chf else ""
        self.add("rate_to_chf", translate("RateForm", "CHF for 1 unit"), TextField()).set_value(
            rate
        )

    def build(self, problems: list[FieldError]) -> ExchangeRate:
        f = self.fields
        return replace(self.record, currency=f["currency"].value().upper(),
                       valid_from=f["valid_from"].value(),
                       rate_to_chf=self.amount("rate_to_chf", problems))  # fmt: skip

    def save(self, record: ExchangeRate) -> Result[ExchangeRate]:
        return self.service.save_rate(record)


class FundForm(RecordForm):
    """A new fund (an earmarked project, say)."""

    def __init__(self, service: ContributionsService, parent: Any = None) -> None:
        super().__init__(translate("FundForm", "Fund"), service, parent)
        self.add("name", translate("FundForm", "Name"), TextField())
        kind = self.add("kind", translate("FundForm", "Kind"), ChoiceField())
        kind.set_choices([(m, enum_text(m)) for m in FundKind])
        kind.set_value(FundKind.EARMARKED)
        self.add("notes", translate("FundForm", "Notes"), NotesField())

    def build(self, problems: list[FieldError]) -> Fund:
        f = self.fields
        return Fund("", f["name"].value(), f["kind"].value(), f["notes"].value())

    def save(self, record: Fund) -> Result[Fund]:
        return self.service.save_fund(record)
