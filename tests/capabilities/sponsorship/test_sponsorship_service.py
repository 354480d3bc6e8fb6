"""The Sponsorship services on a real database: rounds, applications, steps, budget, attendance."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from tests.capabilities.sponsorship.conftest import TODAY, application, state_ids
from tests.helpers import fields, payment

from isu_desk.capabilities.contributions.api import ContributionsService, FundKind
from isu_desk.capabilities.contributions.domain.records import ContributionKind
from isu_desk.capabilities.directory.api import Contact, DirectoryService
from isu_desk.capabilities.meetings.api import Attendance, Meeting, MeetingsService
from isu_desk.capabilities.sponsorship.domain.checks import CONFIRM_FIELD
from isu_desk.capabilities.sponsorship.domain.costs import ActualCost, CostKind
from isu_desk.capabilities.sponsorship.domain.records import Round, RoundStatus
from isu_desk.capabilities.sponsorship.domain.workflow import Status
from isu_desk.capabilities.sponsorship.services import budget
from isu_desk.capabilities.sponsorship.services.service import SponsorshipService
from isu_desk.storage.database import Database


def _offered(service: SponsorshipService, app_id: str, **kw: object) -> None:
    service.take_step(app_id, Status.ELIGIBLE).unwrap()
    service.take_step(app_id, Status.OFFERED, **kw).unwrap()  # type: ignore[arg-type]


def test_a_new_round_proposes_its_deadline_ten_weeks_before_the_meeting(
    sponsorship: SponsorshipService, msp: Meeting
) -> None:
    assert sponsorship.draft_round(msp.id).deadline == msp.start_date - timedelta(weeks=10)


def test_the_round_is_found_by_its_meeting_code(
    sponsorship: SponsorshipService, round_: Round
) -> None:
    assert sponsorship.find_round("14msp") == round_
    assert [row.meeting_name for row in sponsorship.rounds()] == [
        "14MSP Fourteenth Meeting of States Parties"
    ]


def test_a_step_out_of_order_is_refused_in_plain_words(
    sponsorship: SponsorshipService, round_: Round, database: Database
) -> None:
    app = sponsorship.save_application(
        application(round_, state_ids(database)["LAO"], "A")
    ).unwrap()
    refused = sponsorship.take_step(app.id, Status.OFFERED)
    assert not refused.ok
    assert "received can become eligible or ineligible, not offered" in refused.errors[0].message
    missing = sponsorship.take_step(app.id, Status.INELIGIBLE)
    assert fields(missing.errors) == {"reason"}
    assert sponsorship.history(app.id).status is Status.RECEIVED


def test_the_score_shows_its_breakdown_and_an_override_keeps_it(
    sponsorship: SponsorshipService, round_: Round, database: Database
) -> None:
    app = sponsorship.save_application(
        application(round_, state_ids(database)["LAO"], "ສົມພອນ", first_time=True)
    ).unwrap()
    score = sponsorship.score(app.id)
    labels = {line.label for line in score.lines}
    assert {
        "State Party",
        "Least developed country",
        "First time at a Convention meeting",
    } <= labels
    assert score.value == sum(line.points for line in score.lines)
    assert not sponsorship.override_score(app.id, 99, "  ").ok
    sponsorship.override_score(app.id, 99, "Presents the clearance extension").unwrap()
    overridden = sponsorship.score(app.id)
    assert overridden.value == 99 and overridden.computed == score.computed
    assert overridden.override is not None and "clearance" in overridden.override.reason


def test_offering_past_the_budget_asks_and_records_the_confirmation(
    sponsorship: SponsorshipService, round_: Round, database: Database
) -> None:
    ids = state_ids(database)
    apps = [
        sponsorship.save_application(
            application(round_, ids[iso], iso, ticket_chf=Decimal(4000))
        ).unwrap()
        for iso in ("LAO", "AFG", "CHL")
    ]  # 5 000 each against 10 000
    _offered(sponsorship, apps[0].id)
    _offered(sponsorship, apps[1].id)
    sponsorship.take_step(apps[2].id, Status.ELIGIBLE).unwrap()
    asked = sponsorship.take_step(apps[2].id, Status.OFFERED)
    assert fields(asked.errors) == {CONFIRM_FIELD}
    assert "CHF 5,000.00 past its budget" in asked.errors[0].message
    assert budget.confirmations(database, round_.id) == []
    sponsorship.take_step(apps[2].id, Status.OFFERED, confirmed=True).unwrap()
    [confirmation] = budget.confirmations(database, round_.id)
    assert confirmation.excess_chf == Decimal("5000.00")
    assert confirmation.application_id == apps[2].id
    gauge = budget.round_budget(database, round_.id)
    assert (gauge.budget, gauge.offered, gauge.remaining) == (
        Decimal(10000),
        Decimal(15000),
        Decimal(10000),
    )


def test_propose_fills_the_budget_and_changes_nothing_until_confirmed(
    sponsorship: SponsorshipService, round_: Round, database: Database
) -> None:
    ids = state_ids(database)
    apps = [
        sponsorship.save_application(
            application(round_, ids[iso], iso, ticket_chf=Decimal(2900))
        ).unwrap()
        for iso in ("LAO", "AFG", "CHL")
    ]  # 4 000 each: two fit in 10 000
    for app in apps:
        sponsorship.take_step(app.id, Status.ELIGIBLE).unwrap()
    proposal = budget.propose(database, round_.id)
    assert len(proposal.offers) == 2 and len(proposal.wait_list) == 1
    assert {row.status for row in sponsorship.applications(round_.id)} == {Status.ELIGIBLE}
    assert budget.confirm(database, round_.id, proposal, TODAY).unwrap() == 3
    statuses = sorted(row.status for row in sponsorship.applications(round_.id))
    assert statuses == sorted([Status.OFFERED, Status.OFFERED, Status.WAIT_LISTED])
    assert not budget.confirm(database, round_.id, proposal, TODAY).ok  # stale now


def test_attended_lists_the_nominee_as_present_and_undo_takes_it_back(
    sponsorship: SponsorshipService, round_: Round, database: Database, msp: Meeting
) -> None:
    app = sponsorship.save_application(
        application(round_, state_ids(database)["LAO"], "ສົມພອນ ແກ້ວມະນີ"), create_contact=True
    ).unwrap()
    contact = DirectoryService(database).get(Contact, str(app.contact_id))
    assert contact.name == "ສົມພອນ ແກ້ວມະນີ"
    _offered(sponsorship, app.id)
    for status in (Status.ACCEPTED, Status.TRAVEL_BOOKED, Status.ATTENDED):
        sponsorship.take_step(app.id, status, on=TODAY).unwrap()
    [listed] = MeetingsService(database).participants(msp.id)
    assert (listed.contact_id, listed.attendance) == (app.contact_id, Attendance.PRESENT)


def test_a_payment_counts_as_spent_and_the_fund_shows_what_it_received(
    sponsorship: SponsorshipService, round_: Round, database: Database
) -> None:
    app = sponsorship.save_application(
        application(round_, state_ids(database)["LAO"], "A")
    ).unwrap()
    _offered(sponsorship, app.id)
    sponsorship.take_step(app.id, Status.ACCEPTED).unwrap()
    cost = ActualCost("", app.id, CostKind.TICKET, Decimal("1234.50"), TODAY, "GICHD-2026-17")
    budget.add_cost(database, cost).unwrap()
    gauge = budget.round_budget(database, round_.id)
    assert (gauge.committed, gauge.spent) == (Decimal("765.50"), Decimal("1234.50"))
    refused = budget.add_cost(database, ActualCost("", app.id, CostKind.DSA, Decimal(1), TODAY, ""))
    assert fields(refused.errors) == {"gichd_reference"}
    contributions = ContributionsService(database)
    fund = next(f for f in contributions.funds() if f.kind is FundKind.SPONSORSHIP)
    norway = state_ids(database)["NOR"]
    gift = payment("50000", id="", fund_id=fund.id, pledge_id=None, donor_state_id=norway,
                   kind=ContributionKind.VOLUNTARY, currency="CHF", rate_to_chf=Decimal(1),
                   amount_chf=Decimal(50000))  # fmt: skip
    contributions.record(gift, confirmed=True).unwrap()
    balance = budget.fund_balance(database)
    assert balance.received == Decimal(50000)
    assert balance.balance == Decimal(50000) - Decimal(2000)


def test_an_application_in_a_reported_round_no_longer_changes(
    sponsorship: SponsorshipService, round_: Round, database: Database
) -> None:
    app = sponsorship.save_application(
        application(round_, state_ids(database)["LAO"], "A")
    ).unwrap()
    for status in (RoundStatus.CLOSED, RoundStatus.DECIDED, RoundStatus.REPORTED):
        sponsorship.advance_round(round_.id, status).unwrap()
    refused = sponsorship.take_step(app.id, Status.ELIGIBLE)
    assert "has been reported" in refused.errors[0].message


def test_a_nominee_cannot_be_deleted_from_the_directory_while_nominated(
    sponsorship: SponsorshipService, round_: Round, database: Database
) -> None:
    app = sponsorship.save_application(
        application(round_, state_ids(database)["LAO"], "ສົມພອນ"), create_contact=True
    ).unwrap()
    refused = DirectoryService(database).delete("contacts", str(app.contact_id))
    assert refused.errors[0].message == (
        "ສົມພອນ is still used by 1 sponsorship applications; change or delete those first."
    )
