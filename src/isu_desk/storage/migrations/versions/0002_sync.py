"""Sync bookkeeping tables and the replicated conflicts table.

Revision ID: 0002_sync
Revises: 0001_directory
"""

import sqlalchemy as sa
from alembic import op

from isu_desk.storage.triggers import install_capture, remove_capture

revision = "0002_sync"
down_revision = "0001_directory"
branch_labels = None
depends_on = None

# Tables whose changes are captured (triggers built from their columns).
CAPTURED = ("sync_conflicts",)


def upgrade() -> None:
    op.create_table(
        "sync_workstations",
        sa.Column("workstation_id", sa.String(36), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("applied_seq", sa.Integer(), nullable=False),
        sa.Column("exported_log_seq", sa.Integer(), nullable=False),
        sa.Column("vv", sa.Text(), nullable=False),
        sa.Column("acked", sa.Text(), nullable=False),
        sa.Column("last_sync", sa.String(40), nullable=False),
        sa.Column("clock_warning", sa.Text(), nullable=False),
        sa.Column("needs_ack", sa.Boolean(), nullable=False),
        sa.Column("retired", sa.Boolean(), nullable=False),
    )
    op.create_table(
        "sync_knowledge",
        sa.Column("workstation_id", sa.String(36), primary_key=True),
        sa.Column("hlc", sa.String(80), primary_key=True),
        sa.Column("vv", sa.Text(), nullable=False),
    )
    op.create_table(
        "sync_rejected",
        sa.Column("path", sa.String(400), primary_key=True),
        sa.Column("workstation_id", sa.String(36), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("seen_at", sa.String(40), nullable=False),
    )
    op.create_table(
        "sync_pending",
        sa.Column("entity", sa.String(64), primary_key=True),
        sa.Column("record_id", sa.String(36), primary_key=True),
    )
    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("entity", sa.String(64), nullable=False),
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("losing_value", sa.Text(), nullable=False),
        sa.Column("losing_hlc", sa.String(80), nullable=False),
        sa.Column("losing_workstation", sa.String(36), nullable=False),
        sa.Column("winning_hlc", sa.String(80), nullable=False),
        sa.Column("winning_workstation", sa.String(36), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("resolution", sa.String(10), nullable=False),
        info={"replicated": True},
    )
    op.create_index("ix_sync_conflicts_record", "sync_conflicts", ["entity", "record_id"])
    install_capture(op, *CAPTURED)


def downgrade() -> None:
    remove_capture(op, *CAPTURED)
    op.drop_index("ix_sync_conflicts_record", "sync_conflicts")
    for table in (
        "sync_conflicts",
        "sync_pending",
        "sync_rejected",
        "sync_knowledge",
        "sync_workstations",
    ):
        op.drop_table(table)
