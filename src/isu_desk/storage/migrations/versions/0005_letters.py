"""Letters: the numbered reference of each acknowledgement and reminder, kept on the record;
and the organisation and contact lists indexed in their sorted order.

Lists sort by name as the PDFs do (case and accents folded first). The folded
``search_text`` starts with the folded name, so an index on
``(search_text, id)`` serves both that order and the search (tested on the
index), in place of the ``(name, id, search_text)`` indexes of 0001, which
served plain byte order: no more indexes than before, so imports cost the same.

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
    for table in ("organisations", "contacts"):
        op.drop_index(f"ix_{table}_list", table)
        op.create_index(f"ix_{table}_sorted", table, ["search_text", "id"])


def downgrade() -> None:
    for table in ("organisations", "contacts"):
        op.drop_index(f"ix_{table}_sorted", table)
        op.create_index(f"ix_{table}_list", table, ["name", "id", "search_text"])
    remove_capture(op, "letters")
    op.drop_index("ix_letters_record", "letters")
    op.drop_table("letters")
