"""Contributions: funds, pledges and instalments, the ledger, exchange rates, budget lines.

Revision ID: 0003_contributions
Revises: 0001_directory (its own branch)
"""

import sqlalchemy as sa
from alembic import op

from isu_desk.storage.triggers import install_capture, remove_capture

revision = "0003_contributions"
down_revision = "0001_directory"
branch_labels = ("contributions",)
depends_on = None

# Tables whose changes are captured (triggers built from their columns).
CAPTURED = (
    "funds",
    "pledges",
    "pledge_instalments",
    "contributions",
    "exchange_rates",
    "budget_lines",
)


def _id() -> sa.Column:  # type: ignore[type-arg]
    return sa.Column("id", sa.String(36), primary_key=True)


def _fk(name: str, target: str, nullable: bool = True) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(
        name, sa.String(36), sa.ForeignKey(f"{target}.id", ondelete="RESTRICT"), nullable=nullable
    )


def _units(name: str, column: str) -> sa.Column:  # type: ignore[type-arg]
    expression = f"CAST(replace({column}, '.', '') AS INTEGER)"
    return sa.Column(name, sa.Integer(), sa.Computed(expression, persisted=True))


def _donors() -> list[sa.Column]:  # type: ignore[type-arg]
    return [_fk("donor_state_id", "states"), _fk("donor_organisation_id", "organisations")]


def upgrade() -> None:
    info = {"replicated": True}
    op.create_table(
        "funds",
        _id(),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        info=info,
    )
    op.create_table(
        "pledges",
        _id(),
        *_donors(),
        _fk("fund_id", "funds", nullable=False),
        sa.Column("pledged_on", sa.Date(), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("total", sa.Text(), nullable=False),
        sa.Column("first_year", sa.Integer(), nullable=False),
        sa.Column("last_year", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        _units("total_units", "total"),
        info=info,
    )
    op.create_index("ix_pledges_years", "pledges", ["first_year", "last_year"])
    op.create_index("ix_pledges_donor_state_id", "pledges", ["donor_state_id"])
    op.create_index("ix_pledges_donor_organisation_id", "pledges", ["donor_organisation_id"])
    op.create_table(
        "pledge_instalments",
        _id(),
        _fk("pledge_id", "pledges", nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("amount", sa.Text(), nullable=False),
        info=info,
    )
    op.create_index("ix_pledge_instalments_pledge_id", "pledge_instalments", ["pledge_id"])
    _create_contributions(info)
    op.create_table(
        "exchange_rates",
        _id(),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("rate_to_chf", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        info=info,
    )
    op.create_index("ix_exchange_rates_currency", "exchange_rates", ["currency", "valid_from"])
    op.create_table(
        "budget_lines",
        _id(),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("line", sa.String(200), nullable=False),
        sa.Column("amount_chf", sa.Text(), nullable=False),
        sa.Column("decision_meeting", sa.String(200), nullable=False),
        sa.Column("decision_symbol", sa.String(60), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        _units("chf_cents", "amount_chf"),
        info=info,
    )
    op.create_index("ix_budget_lines_year", "budget_lines", ["year"])
    install_capture(op, *CAPTURED)


def _create_contributions(info: dict[str, bool]) -> None:
    op.create_table(
        "contributions",
        _id(),
        *_donors(),
        _fk("fund_id", "funds", nullable=False),
        _fk("pledge_id", "pledges"),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("form", sa.String(20), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("amount", sa.Text(), nullable=False),
        sa.Column("rate_to_chf", sa.Text(), nullable=False),
        sa.Column("amount_chf", sa.Text(), nullable=False),
        sa.Column("pledge_amount", sa.Text(), nullable=True),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("work_plan_year", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(100), nullable=False),
        sa.Column("acknowledged_on", sa.Date(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("entry", sa.String(20), nullable=False),
        _fk("corrects_id", "contributions"),
        _units("amount_units", "amount"),
        _units("chf_cents", "amount_chf"),
        _units("credited_units", "coalesce(pledge_amount, amount)"),
        info=info,
    )
    for column in ("donor_state_id", "donor_organisation_id", "fund_id", "pledge_id"):
        op.create_index(f"ix_contributions_{column}", "contributions", [column])
    op.create_index("ix_contributions_year", "contributions", ["work_plan_year", "received_on"])
    op.create_index("ix_contributions_received", "contributions", ["received_on"])
    op.create_index(
        "ix_contributions_pledge_sums",
        "contributions",
        ["pledge_id", "credited_units", "chf_cents"],
    )
    year_sums = [
        "work_plan_year", "donor_state_id", "donor_organisation_id", "pledge_id", "currency",
        "form", "amount_units", "credited_units", "chf_cents",
    ]  # fmt: skip
    op.create_index("ix_contributions_year_sums", "contributions", year_sums)


def downgrade() -> None:
    remove_capture(op, *CAPTURED)
    for table in (
        "budget_lines",
        "exchange_rates",
        "contributions",
        "pledge_instalments",
        "pledges",
        "funds",
    ):
        op.drop_table(table)
