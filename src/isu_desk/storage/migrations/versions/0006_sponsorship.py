"""Sponsorship: rounds, applications, workflow steps, score overrides, actual costs,
budget confirmations; the State's language of correspondence.

Revision ID: 0006_sponsorship
Revises: 0004_meetings (a round is for a meeting)
"""

import sqlalchemy as sa
from alembic import op

from isu_desk.storage.triggers import install_capture, remove_capture

revision = "0006_sponsorship"
down_revision = "0004_meetings"
branch_labels = None
depends_on = None

CAPTURED = (
    "sponsorship_rounds",
    "sponsorship_applications",
    "sponsorship_steps",
    "sponsorship_overrides",
    "sponsorship_costs",
    "sponsorship_confirmations",
)
INFO = {"replicated": True}


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


def _flag(name: str) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, sa.Boolean(), nullable=False)


def _int(name: str) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, sa.Integer(), nullable=False)


def upgrade() -> None:
    op.create_table(
        "sponsorship_rounds", _id(), _fk("meeting_id", "meetings", False),
        _date("deadline", False), _text("budget_chf"), _text("dsa_rate_chf"),
        _text("terminal_expenses_chf"), _date("call_issued_on"), _text("hotel_rate_chf"),
        _text("status", 20), _text("notes"), info=INFO,
    )  # fmt: skip
    op.create_table(
        "sponsorship_applications", _id(), _fk("round_id", "sponsorship_rounds", False),
        _fk("state_id", "states", False), _text("nominee_name", 500), _date("received_on", False),
        _text("channel", 20), _text("reference", 500), _date("note_date"),
        _fk("contact_id", "contacts"), _text("nominee_title", 500),
        _text("nominee_ministry", 500), _text("nominee_gender", 20), _text("nominee_email", 500),
        _text("nominee_phone", 500), _text("role", 30), _flag("first_time"), _flag("ticket"),
        _text("ticket_chf"), _int("dsa_days"), _int("hotel_nights"), _flag("terminal_expenses"),
        _date("departure_on"), _date("return_on"), _text("notes"), info=INFO,
    )  # fmt: skip
    _appended()
    for table, column in (
        ("sponsorship_rounds", "meeting_id"),
        ("sponsorship_applications", "round_id"),
        ("sponsorship_applications", "contact_id"),
        ("sponsorship_overrides", "application_id"),
        ("sponsorship_costs", "application_id"),
        ("sponsorship_confirmations", "round_id"),
    ):
        op.create_index(f"ix_{table}_{column}", table, [column])
    op.create_index(
        "ix_sponsorship_steps_order",
        "sponsorship_steps",
        ["application_id", "on_date", "recorded_at", "id"],
    )
    install_capture(op, *CAPTURED)
    _language_of_correspondence()


def _appended() -> None:
    """The append-only records: steps, overrides, costs, confirmations."""
    op.create_table(
        "sponsorship_steps", _id(), _fk("application_id", "sponsorship_applications", False),
        _text("from_status", 20), _text("to_status", 20), _date("on_date", False),
        _text("workstation_id", 36), _text("reason"), _text("recorded_at", 40), info=INFO,
    )  # fmt: skip
    op.create_table(
        "sponsorship_overrides", _id(),
        _fk("application_id", "sponsorship_applications", False), _int("points"),
        _text("reason"), _date("on_date", False), _text("workstation_id", 36),
        _text("recorded_at", 40), info=INFO,
    )  # fmt: skip
    op.create_table(
        "sponsorship_costs", _id(), _fk("application_id", "sponsorship_applications", False),
        _text("kind", 20), _text("amount_chf"), _date("paid_on", False),
        _text("gichd_reference", 500), _text("notes"), info=INFO,
    )  # fmt: skip
    op.create_table(
        "sponsorship_confirmations", _id(), _fk("round_id", "sponsorship_rounds", False),
        _text("excess_chf"), _date("on_date", False), _text("workstation_id", 36),
        _fk("application_id", "sponsorship_applications"), _text("note"), info=INFO,
    )  # fmt: skip


def _language_of_correspondence() -> None:
    """States gain the language letters to them are written in (en, fr, es)."""
    remove_capture(op, "states")
    op.execute(
        "ALTER TABLE states ADD COLUMN correspondence_language VARCHAR(2) NOT NULL DEFAULT 'en'"
    )
    install_capture(op, "states")


def downgrade() -> None:
    remove_capture(op, *CAPTURED, "states")
    op.execute("ALTER TABLE states DROP COLUMN correspondence_language")
    install_capture(op, "states")
    for table in reversed(CAPTURED):
        op.drop_table(table)
