"""Quarantined incoming changes (local, never replicated); local stamps after a record's latest.

Revision ID: 0002b_sync_quarantine
Revises: 0002_sync
"""

import sqlalchemy as sa
from alembic import op

from isu_desk.storage.capture import AFTER_LATEST_DDL

revision = "0002b_sync_quarantine"
down_revision = "0002_sync"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_quarantine",
        sa.Column("hlc", sa.String(80), primary_key=True),
        sa.Column("workstation_id", sa.String(36), nullable=False),
        sa.Column("entity", sa.String(64), nullable=False),
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("op", sa.String(10), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("source", sa.String(400), nullable=False),
        sa.Column("seen_at", sa.String(40), nullable=False),
    )
    op.execute(AFTER_LATEST_DDL)


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS change_log_after_latest")
    op.drop_table("sync_quarantine")
