"""Queries and writes for funds, pledges, the contributions ledger, rates and budget.

Lists filter, sort, page and total in SQLite. Money totals are sums of the
generated integer minor-unit columns (see :mod:`isu_desk.capabilities.contributions.storage.models`)
turned back into exact Decimals here, so no float ever carries an amount.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import ColumnElement, Table, and_, func, literal, or_, select
from sqlalchemy.orm import Session

from isu_desk.capabilities.contributions.storage.models import (
    CHF_PLACES,
    UNITS_SCALE,
    BudgetLineRecord,
    ContributionRecord,
    ExchangeRateRecord,
    FundRecord,
    InstalmentRecord,
    PledgeRecord,
)
from isu_desk.storage.bulk_capture import insert_captured
from isu_desk.storage.models import Base, OrganisationRecord, StateRecord

MODELS: dict[str, type[Base]] = {
    "funds": FundRecord,
    "pledges": PledgeRecord,
    "pledge_instalments": InstalmentRecord,
    "contributions": ContributionRecord,
    "exchange_rates": ExchangeRateRecord,
    "budget_lines": BudgetLineRecord,
    "states": StateRecord,
    "organisations": OrganisationRecord,
}
C = ContributionRecord
P = PledgeRecord


def from_units(units: int | None) -> Decimal:
    """An amount from the sum of a ``*_units`` column (1/10,000)."""
    return Decimal(int(units or 0)).scaleb(-UNITS_SCALE)


def from_cents(cents: int | None) -> Decimal:
    """A CHF amount from the sum of a ``*_cents`` column."""
    return Decimal(int(cents or 0)).scaleb(-CHF_PLACES)


# --- generic rows ----------------------------------------------------------------


def get(session: Session, kind: str, record_id: str) -> Any | None:
    return session.get(MODELS[kind], record_id)


def insert_row(session: Session, kind: str, values: Mapping[str, Any]) -> None:
    session.add(MODELS[kind](**values))
    session.flush()


def insert_many(session: Session, kind: str, rows: Sequence[Mapping[str, Any]]) -> None:
    """One executemany (a Core insert: the ORM's bulk path is slower and adds nothing),
    its change log written set-based (see :mod:`isu_desk.storage.bulk_capture`)."""
    insert_captured(session.connection(), cast(Table, MODELS[kind].__table__), rows)


def update_row(session: Session, kind: str, record_id: str, values: Mapping[str, Any]) -> None:
    row = session.get(MODELS[kind], record_id)
    if row is None:
        raise LookupError(f"{kind} {record_id} does not exist")
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
    session.flush()


def delete_row(session: Session, kind: str, record_id: str) -> None:
    row = session.get(MODELS[kind], record_id)
    if row is not None:
        session.delete(row)
        session.flush()


def all_rows(session: Session, kind: str, order: str = "id") -> list[Any]:
    model: Any = MODELS[kind]
    return list(session.scalars(select(model).order_by(getattr(model, order), model.id)))


# --- donors ------------------------------------------------------------------------


def donor_name_column(model: Any) -> ColumnElement[str]:
    """The donor's display name of a pledge or contribution row (State or organisation)."""
    state = select(StateRecord.name).where(StateRecord.id == model.donor_state_id)
    org = select(OrganisationRecord.name).where(
        OrganisationRecord.id == model.donor_organisation_id
    )
    return func.coalesce(state.scalar_subquery(), org.scalar_subquery(), literal(""))


def donor_choices(session: Session) -> list[tuple[str, str, str]]:
    """(kind "state"/"organisation", id, name) of every possible donor, by name."""
    states = session.execute(select(StateRecord.id, StateRecord.name).order_by(StateRecord.name))
    orgs = session.execute(
        select(OrganisationRecord.id, OrganisationRecord.name).order_by(OrganisationRecord.name)
    )
    return [("state", i, n) for i, n in states] + [("organisation", i, n) for i, n in orgs]


def state_id_by_iso3(session: Session, iso3: str) -> str | None:
    return session.scalar(select(StateRecord.id).where(StateRecord.iso3 == iso3.upper()))


def organisation_id_by_name(session: Session, name: str) -> str | None:
    found = session.scalar(
        select(OrganisationRecord.id).where(
            or_(
                func.lower(OrganisationRecord.name) == name.lower(),
                func.lower(OrganisationRecord.acronym) == name.lower(),
            )
        )
    )
    return found


# --- contributions list ----------------------------------------------------------------

CONTRIBUTION_FILTERS = ("work_plan_year", "fund_id", "kind", "form", "pledge_id", "entry")


def _contribution_filters(stmt: Any, filters: Mapping[str, str]) -> Any:
    for name, value in filters.items():
        if not value:
            continue
        if name == "donor_id":
            stmt = stmt.where(or_(C.donor_state_id == value, C.donor_organisation_id == value))
        elif name == "work_plan_year":
            stmt = stmt.where(C.work_plan_year == int(value))
        elif name == "acknowledged":  # "yes" or "no"
            wanted = (
                C.acknowledged_on.is_not(None) if value == "yes" else C.acknowledged_on.is_(None)
            )
            stmt = stmt.where(wanted)
        elif name in CONTRIBUTION_FILTERS:
            stmt = stmt.where(getattr(C, name) == value)
        else:
            raise ValueError(f"cannot filter contributions by {name!r}")
    return stmt


def contributions_page(
    session: Session, filters: Mapping[str, str], offset: int = 0, limit: int = 200
) -> list[dict[str, Any]]:
    """Ledger rows with donor and fund names, newest first."""
    stmt: Any = select(
        C, donor_name_column(C).label("donor_name"), FundRecord.name.label("fund_name")
    )
    stmt = stmt.join(FundRecord, FundRecord.id == C.fund_id)
    stmt = _contribution_filters(stmt, filters)
    stmt = stmt.order_by(C.received_on.desc(), C.id).offset(offset).limit(limit)
    rows = []
    for record, donor, fund in session.execute(stmt):
        values = {col.name: getattr(record, col.name) for col in C.__table__.columns}
        rows.append({**values, "donor_name": donor, "fund_name": fund})
    return rows


def contributions_summary(session: Session, filters: Mapping[str, str]) -> tuple[int, Decimal]:
    """How many ledger rows match and their CHF total."""
    stmt = _contribution_filters(select(func.count(), func.sum(C.chf_cents)), filters)
    count, cents = session.execute(stmt).one()
    return int(count or 0), from_cents(cents)


def ledger_rows(session: Session) -> list[ContributionRecord]:
    """The whole ledger, payments first (then corrections), each by date: an export
    in this order imports again without a correction preceding its payment."""
    stmt = select(C).order_by(C.corrects_id.is_not(None), C.received_on, C.id)
    return list(session.scalars(stmt))


def corrections_of(session: Session, contribution_id: str) -> list[ContributionRecord]:
    return list(session.scalars(select(C).where(C.corrects_id == contribution_id)))


# --- pledges ---------------------------------------------------------------------------


def pledge_rows(session: Session, filters: Mapping[str, str]) -> list[dict[str, Any]]:
    """Pledges with donor and fund names and what each has received (exact sums).

    Filters: ``year``, ``donor_id``, ``fund_id``, and ``open`` (any value: only
    pledges with something outstanding); ``status`` is left to the service.
    """
    received = (
        select(
            C.pledge_id.label("pid"),
            func.sum(C.credited_units).label("units"),
            func.sum(C.chf_cents).label("cents"),
        )
        .where(C.pledge_id.is_not(None))
        .group_by(C.pledge_id)
        .subquery()
    )
    stmt: Any = (
        select(
            P,
            donor_name_column(P).label("donor_name"),
            FundRecord.name.label("fund_name"),
            received.c.units,
            received.c.cents,
        )
        .join(FundRecord, FundRecord.id == P.fund_id)
        .outerjoin(received, received.c.pid == P.id)
    )
    if filters.get("open"):  # only pledges still expecting money (the dashboard's)
        stmt = stmt.where(P.total_units > func.coalesce(received.c.units, 0))
    stmt = _pledge_filters(stmt, filters).order_by(P.pledged_on.desc(), P.id)
    rows = []
    for record, donor, fund, units, cents in session.execute(stmt):
        values = {col.name: getattr(record, col.name) for col in P.__table__.columns}
        values.update(
            donor_name=donor,
            fund_name=fund,
            received=from_units(units),
            received_chf=from_cents(cents),
        )
        rows.append(values)
    return rows


def _pledge_filters(stmt: Any, filters: Mapping[str, str]) -> Any:
    for name, value in filters.items():
        if not value or name in ("status", "open"):  # derived: see pledge_rows
            continue
        if name == "year":
            stmt = stmt.where(and_(P.first_year <= int(value), P.last_year >= int(value)))
        elif name == "donor_id":
            stmt = stmt.where(or_(P.donor_state_id == value, P.donor_organisation_id == value))
        elif name == "fund_id":
            stmt = stmt.where(P.fund_id == value)
        else:
            raise ValueError(f"cannot filter pledges by {name!r}")
    return stmt


def instalments(session: Session, pledge_ids: Sequence[str] | None = None) -> list[Any]:
    stmt = select(InstalmentRecord).order_by(InstalmentRecord.due_on, InstalmentRecord.id)
    if pledge_ids is not None:
        stmt = stmt.where(InstalmentRecord.pledge_id.in_(list(pledge_ids)))
    return list(session.scalars(stmt))


# --- rates and budget ----------------------------------------------------------------


def rate_in_force(session: Session, currency: str, on: date) -> ExchangeRateRecord | None:
    stmt = (
        select(ExchangeRateRecord)
        .where(ExchangeRateRecord.currency == currency, ExchangeRateRecord.valid_from <= on)
        .order_by(ExchangeRateRecord.valid_from.desc(), ExchangeRateRecord.id)
        .limit(1)
    )
    return session.scalar(stmt)


def rate_from(session: Session, currency: str, valid_from: date) -> ExchangeRateRecord | None:
    """The rate of ``currency`` entered for ``valid_from``, if any."""
    stmt = select(ExchangeRateRecord).where(
        ExchangeRateRecord.currency == currency, ExchangeRateRecord.valid_from == valid_from
    )
    return session.scalars(stmt).first()


def budget_by_year(session: Session, year: int | None = None) -> dict[int, Decimal]:
    stmt = select(BudgetLineRecord.year, func.sum(BudgetLineRecord.chf_cents)).group_by(
        BudgetLineRecord.year
    )
    if year is not None:
        stmt = stmt.where(BudgetLineRecord.year == year)
    return {int(year): from_cents(cents) for year, cents in session.execute(stmt)}


def received_by_year(session: Session, year: int | None = None) -> dict[int, Decimal]:
    """CHF received per work-plan year (one year, or all)."""
    stmt = select(C.work_plan_year, func.sum(C.chf_cents)).group_by(C.work_plan_year)
    if year is not None:
        stmt = stmt.where(C.work_plan_year == year)
    return {int(year): from_cents(cents) for year, cents in session.execute(stmt)}


def donor_names(session: Session) -> dict[str, str]:
    """Every donor id (State or organisation) with its name."""
    states = session.execute(select(StateRecord.id, StateRecord.name))
    orgs = session.execute(select(OrganisationRecord.id, OrganisationRecord.name))
    return {i: n for i, n in [*states, *orgs]}


def latest_contributions(session: Session, limit: int) -> list[dict[str, Any]]:
    return contributions_page(session, {}, 0, limit)


def year_groups(session: Session, year: int) -> list[dict[str, Any]]:
    """One work-plan year's ledger grouped by donor, pledge, currency and form (exact sums)."""
    stmt = (
        select(
            func.coalesce(C.donor_state_id, C.donor_organisation_id),
            C.pledge_id,
            C.currency,
            C.form,
            func.sum(C.amount_units),
            func.sum(C.credited_units),
            func.sum(C.chf_cents),
        )
        .where(C.work_plan_year == year)
        .group_by(C.donor_state_id, C.donor_organisation_id, C.pledge_id, C.currency, C.form)
    )
    return [
        {
            "donor_id": donor,
            "pledge_id": pledge,
            "currency": currency,
            "form": form,
            "amount": from_units(units),
            "credited": from_units(credited),
            "amount_chf": from_cents(cents),
        }
        for donor, pledge, currency, form, units, credited, cents in session.execute(stmt)
    ]


def in_kind_entries(session: Session, year: int) -> list[ContributionRecord]:
    stmt = select(C).where(C.work_plan_year == year, C.form == "in_kind").order_by(C.received_on)
    return list(session.scalars(stmt))


def pledges_covering(session: Session, year: int) -> list[PledgeRecord]:
    stmt = select(P).where(P.first_year <= year, P.last_year >= year).order_by(P.id)
    return list(session.scalars(stmt))


def pledge_received(session: Session, pledge_id: str, excluding: str = "") -> Decimal:
    """What a pledge has received in its currency (optionally leaving one entry out)."""
    stmt = select(func.sum(C.credited_units)).where(C.pledge_id == pledge_id, C.id != excluding)
    return from_units(session.scalar(stmt))


def corrections_or_payments(session: Session, pledge_id: str) -> bool:
    """Whether any ledger entry (a payment or a correction) points at the pledge."""
    stmt = select(C.id).where(C.pledge_id == pledge_id).limit(1)
    return session.scalar(stmt) is not None


def donor_codes(session: Session) -> dict[str, str]:
    """Every donor id with how files name it: a State's ISO3 code, an organisation's name."""
    states = session.execute(select(StateRecord.id, StateRecord.iso3))
    orgs = session.execute(select(OrganisationRecord.id, OrganisationRecord.name))
    return {i: n for i, n in [*states, *orgs]}
