"""Tables of sync: local bookkeeping (never replicated) and the replicated conflicts.

Local: where this workstation stands with every other one (``sync_workstations``),
what each writer had seen when it wrote (``sync_knowledge``), files rejected
(``sync_rejected``) and records held back until what they point at arrives
(``sync_pending``). Replicated: ``sync_conflicts``, the losing side of
concurrent edits, so every workstation can review and resolve them.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from isu_desk.storage.models import REPLICATED, Base


class SyncWorkstation(Base):
    """One workstation of the team as this one knows it (a row for itself too).

    For this workstation: ``applied_seq`` is the last packet it wrote,
    ``exported_log_seq`` the change_log seq already exported and ``vv`` what it
    had seen at that point. For another: ``applied_seq`` is its last packet
    applied here and ``acked`` what its latest packet said it had applied.
    """

    __tablename__ = "sync_workstations"
    workstation_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    applied_seq: Mapped[int] = mapped_column(Integer, default=0)
    exported_log_seq: Mapped[int] = mapped_column(Integer, default=0)
    vv: Mapped[str] = mapped_column(Text, default="{}")
    acked: Mapped[str] = mapped_column(Text, default="{}")
    last_sync: Mapped[str] = mapped_column(String(40), default="")
    clock_warning: Mapped[str] = mapped_column(Text, default="")
    needs_ack: Mapped[bool] = mapped_column(Boolean, default=False)
    retired: Mapped[bool] = mapped_column(Boolean, default=False)


class SyncKnowledge(Base):
    """What a writer had applied (highest stamp per workstation) from stamp ``hlc`` on."""

    __tablename__ = "sync_knowledge"
    workstation_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    hlc: Mapped[str] = mapped_column(String(80), primary_key=True)
    vv: Mapped[str] = mapped_column(Text)


class SyncRejected(Base):
    """A file on the share that could not be applied, and why (latest reason)."""

    __tablename__ = "sync_rejected"
    path: Mapped[str] = mapped_column(String(400), primary_key=True)
    workstation_id: Mapped[str] = mapped_column(String(36), default="")
    reason: Mapped[str] = mapped_column(Text)
    seen_at: Mapped[str] = mapped_column(String(40))


class SyncPending(Base):
    """A record held back because a record it points at has not arrived yet."""

    __tablename__ = "sync_pending"
    entity: Mapped[str] = mapped_column(String(64), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)


class SyncConflict(Base):
    """The losing side of two concurrent changes (replicated, so everyone sees it).

    ``field`` is ``""`` when the loser is a deletion of the whole record.
    ``losing_value`` is the JSON of the raw column value.
    """

    __tablename__ = "sync_conflicts"
    __table_args__ = (
        Index("ix_sync_conflicts_record", "entity", "record_id"),
        {"info": REPLICATED},
    )
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    entity: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(64))
    losing_value: Mapped[str] = mapped_column(Text)
    losing_hlc: Mapped[str] = mapped_column(String(80))
    losing_workstation: Mapped[str] = mapped_column(String(36))
    winning_hlc: Mapped[str] = mapped_column(String(80))
    winning_workstation: Mapped[str] = mapped_column(String(36))
    status: Mapped[str] = mapped_column(String(10), default="open")
    resolution: Mapped[str] = mapped_column(String(10), default="")


class SyncQuarantine(Base):
    """An authentic incoming change that could not be applied, kept with the reason.

    Retried at every sync (an upgrade may know the field or the rule); the
    rest of its packet and everyone else's changes apply meanwhile.
    """

    __tablename__ = "sync_quarantine"
    hlc: Mapped[str] = mapped_column(String(80), primary_key=True)
    workstation_id: Mapped[str] = mapped_column(String(36))
    entity: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(10))
    fields: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(400), default="")
    seen_at: Mapped[str] = mapped_column(String(40))
