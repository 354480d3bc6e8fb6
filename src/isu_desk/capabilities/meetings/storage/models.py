"""Typed models of meetings, documents, agenda items, participants, minutes, decisions
and action points, on the shared Base.

Column names equal the domain records' field names. Every table is replicated
(captured by triggers, synced) except ``meeting_search_rows``, the local key
table of the full-text index (see :mod:`.search`).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from isu_desk.storage.models import REPLICATED, Base


def _fk(target: str) -> Mapped[str | None]:
    return mapped_column(ForeignKey(f"{target}.id", ondelete="RESTRICT"))


def _meeting() -> Mapped[str]:
    return mapped_column(ForeignKey("meetings.id", ondelete="RESTRICT"), index=True)


class MeetingRecord(Base):
    __tablename__ = "meetings"
    __table_args__ = (Index("ix_meetings_dates", "start_date", "kind"), {"info": REPLICATED})
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(String(300))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    code: Mapped[str] = mapped_column(String(30), default="", index=True)
    city: Mapped[str] = mapped_column(String(100), default="")
    country_iso3: Mapped[str] = mapped_column(String(3), default="")
    format: Mapped[str | None] = mapped_column(String(20))
    chair_office_holder_id: Mapped[str | None] = _fk("office_holders")
    chair_contact_id: Mapped[str | None] = _fk("contacts")
    status: Mapped[str] = mapped_column(String(20))
    notes: Mapped[str] = mapped_column(Text, default="")


class AgendaItemRecord(Base):
    __tablename__ = "agenda_items"
    __table_args__ = ({"info": REPLICATED},)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    meeting_id: Mapped[str] = _meeting()
    number: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(Text)
    notes: Mapped[str] = mapped_column(Text, default="")


class DocumentRecord(Base):
    __tablename__ = "meeting_documents"
    __table_args__ = ({"info": REPLICATED},)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    meeting_id: Mapped[str] = _meeting()
    symbol: Mapped[str] = mapped_column(String(80), index=True)
    title: Mapped[str] = mapped_column(Text)
    author_kind: Mapped[str] = mapped_column(String(20))
    author_state_id: Mapped[str | None] = _fk("states")
    author_organisation_id: Mapped[str | None] = _fk("organisations")
    issued_on: Mapped[date | None] = mapped_column(Date)
    languages: Mapped[str] = mapped_column(String(40), default="en")
    status: Mapped[str] = mapped_column(String(20))
    agenda_item_id: Mapped[str | None] = _fk("agenda_items")
    notes: Mapped[str] = mapped_column(Text, default="")


class ParticipantRecord(Base):
    __tablename__ = "participants"
    __table_args__ = (
        Index("ix_participants_contact", "contact_id", "meeting_id"),
        {"info": REPLICATED},
    )
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    meeting_id: Mapped[str] = _meeting()
    contact_id: Mapped[str] = mapped_column(ForeignKey("contacts.id", ondelete="RESTRICT"))
    category: Mapped[str] = mapped_column(String(30))
    delegation_state_id: Mapped[str | None] = _fk("states")
    delegation_organisation_id: Mapped[str | None] = _fk("organisations")
    head_of_delegation: Mapped[bool] = mapped_column(Boolean, default=False)
    attendance: Mapped[str] = mapped_column(String(20))
    notes: Mapped[str] = mapped_column(Text, default="")


class MinutesRecord(Base):
    __tablename__ = "minutes"
    __table_args__ = ({"info": REPLICATED},)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    meeting_id: Mapped[str] = mapped_column(
        ForeignKey("meetings.id", ondelete="RESTRICT"), unique=True
    )
    status: Mapped[str] = mapped_column(String(20))
    circulated_on: Mapped[date | None] = mapped_column(Date)
    approved_on: Mapped[date | None] = mapped_column(Date)
    approved_at_meeting_id: Mapped[str | None] = _fk("meetings")
    notes: Mapped[str] = mapped_column(Text, default="")


class MinuteEntryRecord(Base):
    __tablename__ = "minute_entries"
    __table_args__ = ({"info": REPLICATED},)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    meeting_id: Mapped[str] = _meeting()
    agenda_item_id: Mapped[str] = mapped_column(
        ForeignKey("agenda_items.id", ondelete="RESTRICT"), unique=True
    )
    text: Mapped[str] = mapped_column(Text, default="")


class MinuteCorrectionRecord(Base):
    __tablename__ = "minute_corrections"
    __table_args__ = ({"info": REPLICATED},)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    entry_id: Mapped[str] = mapped_column(
        ForeignKey("minute_entries.id", ondelete="RESTRICT"), index=True
    )
    approved_text: Mapped[str] = mapped_column(Text)
    corrected_text: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    corrected_on: Mapped[date] = mapped_column(Date)


class DecisionRecord(Base):
    __tablename__ = "decisions"
    __table_args__ = ({"info": REPLICATED},)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    meeting_id: Mapped[str] = _meeting()
    number: Mapped[str] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(30))
    states: Mapped[str] = mapped_column(Text, default="")
    adopted_on: Mapped[date | None] = mapped_column(Date)
    agenda_item_id: Mapped[str | None] = _fk("agenda_items")
    notes: Mapped[str] = mapped_column(Text, default="")


class ActionPointRecord(Base):
    __tablename__ = "action_points"
    __table_args__ = (
        Index("ix_action_points_open", "status", "due_on"),
        {"info": REPLICATED},
    )
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    meeting_id: Mapped[str] = _meeting()
    text: Mapped[str] = mapped_column(Text)
    owner_kind: Mapped[str] = mapped_column(String(20))
    owner_name: Mapped[str] = mapped_column(String(200), default="")
    owner_office_holder_id: Mapped[str | None] = _fk("office_holders")
    owner_state_id: Mapped[str | None] = _fk("states")
    owner_contact_id: Mapped[str | None] = _fk("contacts")
    due_on: Mapped[date | None] = mapped_column(Date)
    agenda_item_id: Mapped[str | None] = _fk("agenda_items")
    decision_id: Mapped[str | None] = _fk("decisions")
    status: Mapped[str] = mapped_column(String(20))
    closed_on: Mapped[date | None] = mapped_column(Date)
    closing_note: Mapped[str] = mapped_column(Text, default="")
    carried_to_meeting_id: Mapped[str | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="RESTRICT"), index=True
    )


class MeetingSearchRow(Base):
    """Local (never replicated) key of each row of the full-text index ``meetings_fts``."""

    __tablename__ = "meeting_search_rows"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    meeting_id: Mapped[str] = mapped_column(String(36))
