"""Typed models of sponsorship rounds, applications, workflow steps, score overrides,
actual costs and budget confirmations, on the shared Base.

Column names equal the domain records' field names, except ``on_date`` (the
records' ``on``, a word SQL reserves). Steps, overrides, costs
and confirmations are append-only (never updated), so two workstations that
act on the same application offline both keep what they recorded; each
carries ``recorded_at`` (UTC, microseconds) so every desk replays them in
the same order. Money is CHF as TEXT with two decimals (:class:`ChfDecimal`).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from isu_desk.storage.decimal_text import DecimalText
from isu_desk.storage.models import REPLICATED, Base


def ChfDecimal() -> DecimalText:
    """CHF as TEXT with two decimals."""
    return DecimalText(2)


def _chf() -> Mapped[Decimal]:
    return mapped_column(ChfDecimal(), default=Decimal(0))


def _application() -> Mapped[str]:
    return mapped_column(ForeignKey("sponsorship_applications.id", ondelete="RESTRICT"), index=True)


class RoundRecord(Base):
    __tablename__ = "sponsorship_rounds"
    __table_args__ = ({"info": REPLICATED},)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    meeting_id: Mapped[str] = mapped_column(
        ForeignKey("meetings.id", ondelete="RESTRICT"), index=True
    )
    deadline: Mapped[date] = mapped_column(Date)
    budget_chf: Mapped[Decimal] = _chf()
    dsa_rate_chf: Mapped[Decimal] = _chf()
    terminal_expenses_chf: Mapped[Decimal] = _chf()
    call_issued_on: Mapped[date | None] = mapped_column(Date)
    hotel_rate_chf: Mapped[Decimal] = _chf()
    status: Mapped[str] = mapped_column(String(20))
    notes: Mapped[str] = mapped_column(Text, default="")


class ApplicationRecord(Base):
    __tablename__ = "sponsorship_applications"
    __table_args__ = ({"info": REPLICATED},)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    round_id: Mapped[str] = mapped_column(
        ForeignKey("sponsorship_rounds.id", ondelete="RESTRICT"), index=True
    )
    state_id: Mapped[str] = mapped_column(ForeignKey("states.id", ondelete="RESTRICT"))
    nominee_name: Mapped[str] = mapped_column(String(500))
    received_on: Mapped[date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(20))
    reference: Mapped[str] = mapped_column(String(500), default="")
    note_date: Mapped[date | None] = mapped_column(Date)
    contact_id: Mapped[str | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="RESTRICT"), index=True
    )
    nominee_title: Mapped[str] = mapped_column(String(500), default="")
    nominee_ministry: Mapped[str] = mapped_column(String(500), default="")
    nominee_gender: Mapped[str] = mapped_column(String(20), default="unspecified")
    nominee_email: Mapped[str] = mapped_column(String(500), default="")
    nominee_phone: Mapped[str] = mapped_column(String(500), default="")
    role: Mapped[str] = mapped_column(String(30))
    first_time: Mapped[bool] = mapped_column(Boolean, default=False)
    ticket: Mapped[bool] = mapped_column(Boolean, default=True)
    ticket_chf: Mapped[Decimal] = _chf()
    dsa_days: Mapped[int] = mapped_column(Integer, default=0)
    hotel_nights: Mapped[int] = mapped_column(Integer, default=0)
    terminal_expenses: Mapped[bool] = mapped_column(Boolean, default=True)
    departure_on: Mapped[date | None] = mapped_column(Date)
    return_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")


class StepRecord(Base):
    """One workflow step (append-only)."""

    __tablename__ = "sponsorship_steps"
    __table_args__ = (
        Index("ix_sponsorship_steps_order", "application_id", "on_date", "recorded_at", "id"),
        {"info": REPLICATED},
    )
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    application_id: Mapped[str] = mapped_column(
        ForeignKey("sponsorship_applications.id", ondelete="RESTRICT")
    )
    from_status: Mapped[str] = mapped_column(String(20))
    to_status: Mapped[str] = mapped_column(String(20))
    on_date: Mapped[date] = mapped_column(Date)
    workstation_id: Mapped[str] = mapped_column(String(36))
    reason: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[str] = mapped_column(String(40))


class OverrideRecord(Base):
    """A score set by staff with its reason (append-only; the latest counts)."""

    __tablename__ = "sponsorship_overrides"
    __table_args__ = ({"info": REPLICATED},)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    application_id: Mapped[str] = _application()
    points: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)
    on_date: Mapped[date] = mapped_column(Date)
    workstation_id: Mapped[str] = mapped_column(String(36))
    recorded_at: Mapped[str] = mapped_column(String(40))


class CostRecord(Base):
    """An amount paid by the GICHD with its reference (a refund is negative)."""

    __tablename__ = "sponsorship_costs"
    __table_args__ = ({"info": REPLICATED},)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    application_id: Mapped[str] = _application()
    kind: Mapped[str] = mapped_column(String(20))
    amount_chf: Mapped[Decimal] = mapped_column(ChfDecimal())
    paid_on: Mapped[date] = mapped_column(Date)
    gichd_reference: Mapped[str] = mapped_column(String(500))
    notes: Mapped[str] = mapped_column(Text, default="")


class ConfirmationRecord(Base):
    """Staff agreed to go past a round's budget by ``excess_chf``."""

    __tablename__ = "sponsorship_confirmations"
    __table_args__ = ({"info": REPLICATED},)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    round_id: Mapped[str] = mapped_column(
        ForeignKey("sponsorship_rounds.id", ondelete="RESTRICT"), index=True
    )
    excess_chf: Mapped[Decimal] = mapped_column(ChfDecimal())
    on_date: Mapped[date] = mapped_column(Date)
    workstation_id: Mapped[str] = mapped_column(String(36))
    application_id: Mapped[str | None] = mapped_column(
        ForeignKey("sponsorship_applications.id", ondelete="RESTRICT")
    )
    note: Mapped[str] = mapped_column(Text, default="")
