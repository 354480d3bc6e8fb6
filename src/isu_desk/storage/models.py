"""Typed SQLAlchemy models of the local database.

Tables marked ``info={"replicated": True}`` are captured field by field into
``change_log`` by triggers (see :mod:`isu_desk.storage.capture`) and synced
between workstations. Column names equal the field names of the domain records
so that :mod:`isu_desk.storage.mapping` converts without a hand-written map.
``search_text`` columns are generated (folded with ``isu_fold``) and never
replicated: each workstation derives them.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Computed,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

REPLICATED = {"replicated": True}


class Base(DeclarativeBase):
    """Base of every model."""


class Setting(Base):
    """Local, never replicated key/value settings (workstation id and name)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ChangeEntry(Base):
    """One captured change: the fields it set (JSON of column values) or a tombstone.

    Written only by the capture triggers and by sync's apply; never updated.
    """

    __tablename__ = "change_log"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(8))
    fields: Mapped[str] = mapped_column(Text)
    hlc: Mapped[str] = mapped_column(String(80))
    workstation_id: Mapped[str] = mapped_column(String(36))
    __table_args__ = (
        CheckConstraint("op IN ('upsert', 'delete')", name="ck_change_log_op"),
        Index("ix_change_log_record", "entity", "record_id"),
        Index("ix_change_log_workstation", "workstation_id", "seq"),
        {"sqlite_autoincrement": True},
    )


class StateRecord(Base):
    __tablename__ = "states"
    __table_args__ = ({"info": REPLICATED},)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    iso3: Mapped[str] = mapped_column(String(3), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20), index=True)
    signature_date: Mapped[date | None] = mapped_column(Date)
    consent_date: Mapped[date | None] = mapped_column(Date)
    consent_type: Mapped[str | None] = mapped_column(String(20))
    entry_into_force_date: Mapped[date | None] = mapped_column(Date)
    withdrawal_date: Mapped[date | None] = mapped_column(Date)
    un_region: Mapped[str | None] = mapped_column(String(40))
    least_developed: Mapped[bool] = mapped_column(Boolean, default=False)
    article3_obligation: Mapped[bool] = mapped_column(Boolean, default=False)
    article3_deadline: Mapped[date | None] = mapped_column(Date)
    article4_obligation: Mapped[bool] = mapped_column(Boolean, default=False)
    article4_deadline: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    correspondence_language: Mapped[str] = mapped_column(String(2), default="en")
    search_text: Mapped[str] = mapped_column(
        Text, Computed("isu_fold(iso3 || ' ' || name)", persisted=True)
    )


class OrganisationRecord(Base):
    __tablename__ = "organisations"
    __table_args__ = (
        Index("ix_organisations_sorted", "search_text", "id"),
        {"info": REPLICATED},
    )
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    acronym: Mapped[str] = mapped_column(String(40), default="")
    kind: Mapped[str] = mapped_column(String(30), index=True)
    country_iso3: Mapped[str] = mapped_column(String(3), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    website: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(
        Text, Computed("isu_fold(name || ' ' || acronym || ' ' || email)", persisted=True)
    )


class ContactRecord(Base):
    __tablename__ = "contacts"
    __table_args__ = (
        Index("ix_contacts_sorted", "search_text", "id"),
        {"info": REPLICATED},
    )
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(60), default="")
    position: Mapped[str] = mapped_column(String(200), default="")
    gender: Mapped[str] = mapped_column(String(20), default="unspecified")
    state_id: Mapped[str | None] = mapped_column(
        ForeignKey("states.id", ondelete="RESTRICT"), index=True
    )
    organisation_id: Mapped[str | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT"), index=True
    )
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    languages: Mapped[str] = mapped_column(String(60), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(
        Text,
        Computed("isu_fold(name || ' ' || position || ' ' || email)", persisted=True),
    )


class OfficeHolderRecord(Base):
    __tablename__ = "office_holders"
    __table_args__ = ({"info": REPLICATED},)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    role: Mapped[str] = mapped_column(String(30), index=True)
    state_id: Mapped[str] = mapped_column(ForeignKey("states.id", ondelete="RESTRICT"))
    term_start: Mapped[date] = mapped_column(Date)
    term_end: Mapped[date | None] = mapped_column(Date)
    theme: Mapped[str] = mapped_column(String(100), default="")
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contacts.id", ondelete="RESTRICT"))
    notes: Mapped[str] = mapped_column(Text, default="")
    # The meeting that elected the holder (Meetings sets it; the Directory record leaves it).
    # use_alter: meetings point back at office holders (their chair), a cycle to sort around.
    elected_meeting_id: Mapped[str | None] = mapped_column(
        ForeignKey("meetings.id", use_alter=True)
    )


def replicated_tables() -> dict[str, list[str]]:
    """Each replicated table's name with the columns captured (all but id and generated)."""
    from isu_desk.capabilities import registry

    registry.load_models()
    tables: dict[str, list[str]] = {}
    for table in Base.metadata.sorted_tables:
        if table.info.get("replicated"):
            tables[table.name] = [
                column.name
                for column in table.columns
                if column.name != "id" and column.computed is None
            ]
    return tables


# The core's other models; each capability's models are imported by
# :func:`isu_desk.capabilities.registry.load_models` when a database opens.
from isu_desk.storage import letters as _letters  # noqa: E402, F401
from isu_desk.storage import sync_models as _sync_models  # noqa: E402, F401
