"""Meetings: meetings, agenda items, documents, participants, minutes, decisions, action
points; the meeting that elected an office holder; the local full-text index.

Revision ID: 0004_meetings
Revises: 0001_directory (its own branch)
"""

import sqlalchemy as sa
from alembic import op

from isu_desk.capabilities.meetings.storage.search import drop_fts_ddl, fts_ddl
from isu_desk.storage.triggers import install_capture, remove_capture

revision = "0004_meetings"
down_revision = "0001_directory"
branch_labels = ("meetings",)
depends_on = None

# Replicated tables of this revision; their capture triggers are built from their columns.
CAPTURED = (
    "meetings",
    "agenda_items",
    "meeting_documents",
    "participants",
    "minutes",
    "minute_entries",
    "minute_corrections",
    "decisions",
    "action_points",
)
# What the full-text index holds, at this revision.
FTS_SOURCES = {
    "minute_entries": ("minutes", "{row}.text"),
    "decisions": ("decision", "{row}.number || ' ' || {row}.text"),
    "action_points": ("action", "{row}.text || ' ' || {row}.closing_note"),
    "meeting_documents": ("document", "{row}.symbol || ' ' || {row}.title"),
}
INFO = {"replicated": True}
MEETING_CHILDREN = (
    "agenda_items", "meeting_documents", "participants", "minute_entries", "decisions",
    "action_points",
)  # fmt: skip


def _id() -> sa.Column:  # type: ignore[type-arg]
    return sa.Column("id", sa.String(36), primary_key=True)


def _fk(name: str, target: str, nullable: bool = True) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(
        name, sa.String(36), sa.ForeignKey(f"{target}.id", ondelete="RESTRICT"), nullable=nullable
    )


def _text(name: str, length: int | None = None) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, sa.String(length) if length else sa.Text(), nullable=False)


def _date(name: str, nullable: bool = True) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, sa.Date(), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "meetings", _id(), _text("kind", 30), _text("title", 300), _date("start_date", False),
        _date("end_date"), _text("code", 30), _text("city", 100), _text("country_iso3", 3),
        sa.Column("format", sa.String(20), nullable=True),
        _fk("chair_office_holder_id", "office_holders"), _fk("chair_contact_id", "contacts"),
        _text("status", 20), _text("notes"), info=INFO,
    )  # fmt: skip
    op.create_index("ix_meetings_dates", "meetings", ["start_date", "kind"])
    op.create_index("ix_meetings_code", "meetings", ["code"])
    op.create_table(
        "agenda_items", _id(), _fk("meeting_id", "meetings", False), _text("number", 20),
        _text("title"), _text("notes"), info=INFO,
    )  # fmt: skip
    op.create_table(
        "meeting_documents", _id(), _fk("meeting_id", "meetings", False), _text("symbol", 80),
        _text("title"), _text("author_kind", 20), _fk("author_state_id", "states"),
        _fk("author_organisation_id", "organisations"), _date("issued_on"),
        _text("languages", 40), _text("status", 20), _fk("agenda_item_id", "agenda_items"),
        _text("notes"), info=INFO,
    )  # fmt: skip
    op.create_index("ix_meeting_documents_symbol", "meeting_documents", ["symbol"])
    op.create_table(
        "participants", _id(), _fk("meeting_id", "meetings", False),
        _fk("contact_id", "contacts", False), _text("category", 30),
        _fk("delegation_state_id", "states"), _fk("delegation_organisation_id", "organisations"),
        sa.Column("head_of_delegation", sa.Boolean(), nullable=False),
        _text("attendance", 20), _text("notes"), info=INFO,
    )  # fmt: skip
    op.create_index("ix_participants_contact", "participants", ["contact_id", "meeting_id"])
    op.create_table(
        "minutes", _id(), _fk("meeting_id", "meetings", False), _text("status", 20),
        _date("circulated_on"), _date("approved_on"), _fk("approved_at_meeting_id", "meetings"),
        _text("notes"), sa.UniqueConstraint("meeting_id"), info=INFO,
    )  # fmt: skip
    op.create_table(
        "minute_entries", _id(), _fk("meeting_id", "meetings", False),
        _fk("agenda_item_id", "agenda_items", False), _text("text"),
        sa.UniqueConstraint("agenda_item_id"), info=INFO,
    )  # fmt: skip
    op.create_table(
        "minute_corrections", _id(), _fk("entry_id", "minute_entries", False),
        _text("approved_text"), _text("corrected_text"), _text("reason"),
        _date("corrected_on", False), info=INFO,
    )  # fmt: skip
    op.create_index("ix_minute_corrections_entry_id", "minute_corrections", ["entry_id"])
    op.create_table(
        "decisions", _id(), _fk("meeting_id", "meetings", False), _text("number", 40),
        _text("text"), _text("kind", 30), _text("states"), _date("adopted_on"),
        _fk("agenda_item_id", "agenda_items"), _text("notes"), info=INFO,
    )  # fmt: skip
    _create_action_points()
    for table in MEETING_CHILDREN:
        op.create_index(f"ix_{table}_meeting_id", table, ["meeting_id"])
    _elected_meeting()
    install_capture(op, *CAPTURED)
    _create_search()


def _create_action_points() -> None:
    op.create_table(
        "action_points", _id(), _fk("meeting_id", "meetings", False), _text("text"),
        _text("owner_kind", 20), _text("owner_name", 200),
        _fk("owner_office_holder_id", "office_holders"), _fk("owner_state_id", "states"),
        _fk("owner_contact_id", "contacts"), _date("due_on"),
        _fk("agenda_item_id", "agenda_items"), _fk("decision_id", "decisions"),
        _text("status", 20), _date("closed_on"), _text("closing_note"),
        _fk("carried_to_meeting_id", "meetings"), info=INFO,
    )  # fmt: skip
    op.create_index("ix_action_points_open", "action_points", ["status", "due_on"])
    op.create_index(
        "ix_action_points_carried_to_meeting_id", "action_points", ["carried_to_meeting_id"]
    )


def _elected_meeting() -> None:
    """Office-holder terms gain the meeting that elected them (captured like the rest)."""
    remove_capture(op, "office_holders")
    op.execute(
        "ALTER TABLE office_holders ADD COLUMN elected_meeting_id VARCHAR(36) "
        "REFERENCES meetings (id)"
    )
    install_capture(op, "office_holders")


def _create_search() -> None:
    op.create_table(
        "meeting_search_rows",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("meeting_id", sa.String(36), nullable=False),
        sa.UniqueConstraint("record_id"),
    )
    for ddl in fts_ddl(FTS_SOURCES):
        op.execute(ddl)


def downgrade() -> None:
    for ddl in drop_fts_ddl(FTS_SOURCES):
        op.execute(ddl)
    op.drop_table("meeting_search_rows")
    remove_capture(op, *CAPTURED, "office_holders")
    with op.batch_alter_table("office_holders") as batch:
        batch.drop_column("elected_meeting_id")
    install_capture(op, "office_holders")
    for table in reversed(CAPTURED):
        op.drop_table(table)
