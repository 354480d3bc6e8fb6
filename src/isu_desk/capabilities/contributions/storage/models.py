"""Typed models of funds, pledges, instalments, the contributions ledger, rates and budget.

Money is stored exactly, as TEXT with a fixed number of decimals
(:class:`DecimalText`), so the capture triggers log it as a JSON string and no
float ever touches it. SQLite's ``SUM`` over TEXT would go through floats, so
each money column has a stored *generated* INTEGER twin in minor units (``*_units``:
1/10,000 of the currency; ``*_cents``: CHF centimes), made by deleting the
decimal point from the fixed-format text: exact, derived on every workstation,
never replicated, and summed in SQL from covering indexes in milliseconds over
100,000 rows (summing Decimals in Python would mean fetching and parsing every
row: measured in bench/bench_contributions.py).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Computed, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from isu_desk.capabilities.contributions.domain.records import RATE_PLACES, STORED_PLACES
from isu_desk.storage.decimal_text import DecimalText
from isu_desk.storage.models import REPLICATED, Base

UNITS_SCALE = STORED_PLACES  # *_units columns hold amount * 10**4
CHF_PLACES = 2  # *_cents columns hold CHF * 100
# A covering index: a year's totals and statement groups read it, never the table.
YEAR_SUMS = (
    "work_plan_year", "donor_state_id", "donor_organisation_id", "pledge_id", "currency",
    "form", "amount_units", "credited_units", "chf_cents",
)  # fmt: skip


def _units(column: str) -> Computed:
    """Exact integer minor units of a fixed-decimals TEXT column (no float on the way)."""
    return Computed(f"CAST(replace({column}, '.', '') AS INTEGER)", persisted=True)


Amount = DecimalText(STORED_PLACES)
Chf = DecimalText(CHF_PLACES)
Rate = DecimalText(RATE_PLACES)


class FundRecord(Base):
    __tablename__ = "funds"
    __table_args__ = ({"info": REPLICATED},)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    notes: Mapped[str] = mapped_column(Text, default="")


class PledgeRecord(Base):
    __tablename__ = "pledges"
    __table_args__ = (Index("ix_pledges_years", "first_year", "last_year"), {"info": REPLICATED})
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    donor_state_id: Mapped[str | None] = mapped_column(
        ForeignKey("states.id", ondelete="RESTRICT"), index=True
    )
    donor_organisation_id: Mapped[str | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT"), index=True
    )
    fund_id: Mapped[str] = mapped_column(ForeignKey("funds.id", ondelete="RESTRICT"))
    pledged_on: Mapped[date] = mapped_column(Date)
    currency: Mapped[str] = mapped_column(String(3))
    total: Mapped[Decimal] = mapped_column(Amount)
    first_year: Mapped[int] = mapped_column(Integer)
    last_year: Mapped[int] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")
    total_units: Mapped[int] = mapped_column(Integer, _units("total"))


class InstalmentRecord(Base):
    __tablename__ = "pledge_instalments"
    __table_args__ = ({"info": REPLICATED},)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    pledge_id: Mapped[str] = mapped_column(
        ForeignKey("pledges.id", ondelete="RESTRICT"), index=True
    )
    due_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Amount)


class ContributionRecord(Base):
    """One ledger row; rows are inserted, never edited once acknowledged."""

    __tablename__ = "contributions"
    __table_args__ = (
        Index("ix_contributions_year", "work_plan_year", "received_on"),
        Index("ix_contributions_received", "received_on"),
        Index("ix_contributions_pledge_sums", "pledge_id", "credited_units", "chf_cents"),
        Index("ix_contributions_year_sums", *YEAR_SUMS),
        {"info": REPLICATED},
    )
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    donor_state_id: Mapped[str | None] = mapped_column(
        ForeignKey("states.id", ondelete="RESTRICT"), index=True
    )
    donor_organisation_id: Mapped[str | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT"), index=True
    )
    fund_id: Mapped[str] = mapped_column(ForeignKey("funds.id", ondelete="RESTRICT"), index=True)
    pledge_id: Mapped[str | None] = mapped_column(
        ForeignKey("pledges.id", ondelete="RESTRICT"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))
    form: Mapped[str] = mapped_column(String(20))
    currency: Mapped[str] = mapped_column(String(3))
    amount: Mapped[Decimal] = mapped_column(Amount)
    rate_to_chf: Mapped[Decimal] = mapped_column(Rate)
    amount_chf: Mapped[Decimal] = mapped_column(Chf)
    pledge_amount: Mapped[Decimal | None] = mapped_column(Amount)
    received_on: Mapped[date] = mapped_column(Date)
    work_plan_year: Mapped[int] = mapped_column(Integer)
    reference: Mapped[str] = mapped_column(String(100), default="")
    acknowledged_on: Mapped[date | None] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    entry: Mapped[str] = mapped_column(String(20), default="payment")
    corrects_id: Mapped[str | None] = mapped_column(
        ForeignKey("contributions.id", ondelete="RESTRICT")
    )
    amount_units: Mapped[int] = mapped_column(Integer, _units("amount"))
    chf_cents: Mapped[int] = mapped_column(Integer, _units("amount_chf"))
    credited_units: Mapped[int] = mapped_column(Integer, _units("coalesce(pledge_amount, amount)"))


class ExchangeRateRecord(Base):
    __tablename__ = "exchange_rates"
    __table_args__ = (
        Index("ix_exchange_rates_currency", "currency", "valid_from"),
        {"info": REPLICATED},
    )
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    currency: Mapped[str] = mapped_column(String(3))
    valid_from: Mapped[date] = mapped_column(Date)
    rate_to_chf: Mapped[Decimal] = mapped_column(Rate)
    notes: Mapped[str] = mapped_column(Text, default="")


class BudgetLineRecord(Base):
    __tablename__ = "budget_lines"
    __table_args__ = ({"info": REPLICATED},)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    line: Mapped[str] = mapped_column(String(200))
    amount_chf: Mapped[Decimal] = mapped_column(Chf)
    decision_meeting: Mapped[str] = mapped_column(String(200), default="")
    decision_symbol: Mapped[str] = mapped_column(String(60), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    chf_cents: Mapped[int] = mapped_column(Integer, _units("amount_chf"))
