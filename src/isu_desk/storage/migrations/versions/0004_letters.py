"""Letters: the numbered reference of each acknowledgement and reminder, kept on the record.

Revision ID: 0004_letters
Revises: 0003_contributions
"""

import sqlalchemy as sa
from alembic import op

from isu_desk.storage.capture import drop_trigger_ddl, trigger_ddl

revision = "0004_letters"
down_revision = "0003_contributions"
branch_labels = None
depends_on = None

# Captured columns at this revision (frozen).
CAPTURED = {"letters": ["kind", "record_id", "year", "number", "reference", "issued_on"]}


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
    for table, columns in CAPTURED.items():
        for ddl in trigger_ddl(table, columns):
            op.execute(ddl)


def downgrade() -> None:
    for ddl in drop_trigger_ddl("letters"):
        op.execute(ddl)
    op.drop_index("ix_letters_record", "letters")
    op.drop_table("letters")
