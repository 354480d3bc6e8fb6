"""Letters: the numbered reference of each acknowledgement and reminder, kept on the record.

Revision ID: 0005_letters
Revises: 0003_contributions
"""

import sqlalchemy as sa
from alembic import op

from isu_desk.storage.triggers import install_capture, remove_capture

revision = "0005_letters"
down_revision = "0003_contributions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "letters",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(60), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        info={"replicated": True},
    )
    op.create_index("ix_letters_record", "letters", ["record_id", "kind"])
    install_capture(op, "letters")


def downgrade() -> None:
    remove_capture(op, "letters")
    op.drop_index("ix_letters_record", "letters")
    op.drop_table("letters")
