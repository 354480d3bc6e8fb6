"""Letters sent from the record: each acknowledgement or reminder keeps its numbered
reference, so a letter printed again carries the same reference.

The ``letters`` table is replicated like the records it refers to (a contribution
or a pledge, by id; no foreign key, since it points at either). Numbers run per
year; two workstations numbering letters offline at the same moment could give
one number twice, which the reference's date and addressee tell apart.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Index, Integer, String, func, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from isu_desk.domain.ids import new_id
from isu_desk.storage.models import REPLICATED, Base


class LetterRecord(Base):
    __tablename__ = "letters"
    __table_args__ = (Index("ix_letters_record", "record_id", "kind"), {"info": REPLICATED})
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    record_id: Mapped[str] = mapped_column(String(36))
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    reference: Mapped[str] = mapped_column(String(60))
    issued_on: Mapped[date] = mapped_column(Date)


def letter_for(session: Session, kind: str, record_id: str) -> LetterRecord | None:
    """The letter of this kind already issued for a record (its first, when several)."""
    stmt = (
        select(LetterRecord)
        .where(LetterRecord.kind == kind, LetterRecord.record_id == record_id)
        .order_by(LetterRecord.issued_on, LetterRecord.number)
        .limit(1)
    )
    return session.scalars(stmt).first()


def issue(session: Session, kind: str, record_id: str, on: date, prefix: str) -> LetterRecord:
    """Number a new letter: the year's highest number plus one."""
    last = session.scalar(select(func.max(LetterRecord.number)).where(LetterRecord.year == on.year))
    number = int(last or 0) + 1
    record = LetterRecord(
        id=new_id(),
        kind=kind,
        record_id=record_id,
        year=on.year,
        number=number,
        reference=f"{prefix}/{on.year}/{number:03d}",
        issued_on=on,
    )
    session.add(record)
    session.flush()
    return record


def acknowledged_ids(session: Session, record_ids: list[str]) -> set[str]:
    """Which of these records already have an acknowledgement letter."""
    stmt = select(LetterRecord.record_id).where(
        LetterRecord.kind == "acknowledgement", LetterRecord.record_id.in_(record_ids)
    )
    return set(session.scalars(stmt))
