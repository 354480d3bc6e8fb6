"""The Directory (States, organisations, contacts, office holders) and the change log.

Lists sort by name and search ``search_text LIKE '%…%'``: the covering
``(name, id, search_text)`` indexes let SQLite test the search on the index
alone (about 20 ms on 100,000 contacts for a rare term, against 130 ms when it
fetched every row) and need no extra sort for the ``id`` tie-break. They also
serve plain name order, so no separate name or search_text index is kept:
each index costs every insert (about 0.3 s per 100,000 imported contacts).

Revision ID: 0001_directory
Revises:
"""

import sqlalchemy as sa
from alembic import op

from isu_desk.storage.triggers import install_capture, remove_capture

revision = "0001_directory"
down_revision = None
branch_labels = None
depends_on = None

# Tables whose changes are captured (triggers built from their columns).
CAPTURED = (
    "organisations",
    "states",
    "contacts",
    "office_holders",
)


def upgrade() -> None:
    op.create_table(
        "change_log",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("op", sa.String(length=8), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("hlc", sa.String(length=80), nullable=False),
        sa.Column("workstation_id", sa.String(length=36), nullable=False),
        sa.CheckConstraint("op IN ('upsert', 'delete')", name="ck_change_log_op"),
        sa.PrimaryKeyConstraint("seq"),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.create_index("ix_change_log_record", ["entity", "record_id"], unique=False)
        batch_op.create_index("ix_change_log_workstation", ["workstation_id", "seq"], unique=False)

    op.create_table(
        "organisations",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("acronym", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("country_iso3", sa.String(length=3), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=60), nullable=False),
        sa.Column("website", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column(
            "search_text",
            sa.Text(),
            sa.Computed("isu_fold(name || ' ' || acronym || ' ' || email)", persisted=True),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id"),
        info={"replicated": True},
    )
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_organisations_kind"), ["kind"], unique=False)
        batch_op.create_index("ix_organisations_list", ["name", "id", "search_text"], unique=False)

    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "states",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("iso3", sa.String(length=3), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("signature_date", sa.Date(), nullable=True),
        sa.Column("consent_date", sa.Date(), nullable=True),
        sa.Column("consent_type", sa.String(length=20), nullable=True),
        sa.Column("entry_into_force_date", sa.Date(), nullable=True),
        sa.Column("withdrawal_date", sa.Date(), nullable=True),
        sa.Column("un_region", sa.String(length=40), nullable=True),
        sa.Column("least_developed", sa.Boolean(), nullable=False),
        sa.Column("article3_obligation", sa.Boolean(), nullable=False),
        sa.Column("article3_deadline", sa.Date(), nullable=True),
        sa.Column("article4_obligation", sa.Boolean(), nullable=False),
        sa.Column("article4_deadline", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column(
            "search_text",
            sa.Text(),
            sa.Computed("isu_fold(iso3 || ' ' || name)", persisted=True),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("iso3"),
        info={"replicated": True},
    )
    with op.batch_alter_table("states", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_states_status"), ["status"], unique=False)

    op.create_table(
        "contacts",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("title", sa.String(length=60), nullable=False),
        sa.Column("position", sa.String(length=200), nullable=False),
        sa.Column("gender", sa.String(length=20), nullable=False),
        sa.Column("state_id", sa.String(length=36), nullable=True),
        sa.Column("organisation_id", sa.String(length=36), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=60), nullable=False),
        sa.Column("languages", sa.String(length=60), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column(
            "search_text",
            sa.Text(),
            sa.Computed("isu_fold(name || ' ' || position || ' ' || email)", persisted=True),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(["organisation_id"], ["organisations.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["state_id"], ["states.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
        info={"replicated": True},
    )
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contacts_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_contacts_state_id"), ["state_id"], unique=False)
        batch_op.create_index("ix_contacts_list", ["name", "id", "search_text"], unique=False)

    op.create_table(
        "office_holders",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("role", sa.String(length=30), nullable=False),
        sa.Column("state_id", sa.String(length=36), nullable=False),
        sa.Column("term_start", sa.Date(), nullable=False),
        sa.Column("term_end", sa.Date(), nullable=True),
        sa.Column("theme", sa.String(length=100), nullable=False),
        sa.Column("contact_id", sa.String(length=36), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["contact_id"], ["contacts.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["state_id"], ["states.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
        info={"replicated": True},
    )
    with op.batch_alter_table("office_holders", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_office_holders_role"), ["role"], unique=False)

    install_capture(op, *CAPTURED)


def downgrade() -> None:
    remove_capture(op, *CAPTURED)
    with op.batch_alter_table("office_holders", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_office_holders_role"))

    op.drop_table("office_holders")
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contacts_state_id"))
        batch_op.drop_index("ix_contacts_list")
        batch_op.drop_index(batch_op.f("ix_contacts_organisation_id"))

    op.drop_table("contacts")
    with op.batch_alter_table("states", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_states_status"))

    op.drop_table("states")
    op.drop_table("settings")
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.drop_index("ix_organisations_list")
        batch_op.drop_index(batch_op.f("ix_organisations_kind"))

    op.drop_table("organisations")
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.drop_index("ix_change_log_workstation")
        batch_op.drop_index("ix_change_log_record")

    op.drop_table("change_log")
