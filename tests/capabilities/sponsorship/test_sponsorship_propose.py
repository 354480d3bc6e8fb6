"""'Propose offers': score order, one delegate per State first, the budget, nothing changed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.capabilities.sponsorship.sample import MEETING, application

from isu_desk.capabilities.directory.api import Gender, StateStatus
from isu_desk.capabilities.sponsorship.domain.priority import (
    OffersSoFar,
    PriorityWeights,
    ScoreOverride,
    StateFacts,
    score_application,
)
from isu_desk.capabilities.sponsorship.domain.propose import (
    Candidate,
    Proposal,
    candidate,
    proposal_steps,
    propose_offers,
)
from isu_desk.capabilities.sponsorship.domain.records import Application, Role
from isu_desk.capabilities.sponsorship.domain.workflow import Status

W = PriorityWeights()
START = MEETING.start
DAY = date(2025, 6, 1)
STATES = {
    "LAO": StateFacts("LAO", StateStatus.STATE_PARTY, least_developed=True),
    "IRQ": StateFacts("IRQ", StateStatus.STATE_PARTY, article4_obligation=True),
    "AGO": StateFacts("AGO", StateStatus.SIGNATORY),
    "CHL": StateFacts("CHL", StateStatus.STATE_PARTY),
    "VNM": StateFacts("VNM", StateStatus.NOT_PARTY),
}


@dataclass(frozen=True)
class Case:
    app: Application
    status: Status
    estimate: Decimal
    override: ScoreOverride | None = None

    def candidate(self) -> Candidate:
        state = STATES[self.app.state_id]
        return candidate(self.app, self.status, state, START, W, self.estimate, self.override)


def case(app_id: str, state: str, cost: str, day: int = 0, **changes: object) -> Case:
    status = changes.pop("status", Status.ELIGIBLE)
    app = application(id=app_id, state_id=state, received_on=DAY + timedelta(day), **changes)
    return Case(app, status, Decimal(cost))  # type: ignore[arg-type]


def propose(cases: list[Case], available: str, offers: OffersSoFar | None = None) -> Proposal:
    return propose_offers(
        [c.candidate() for c in cases], Decimal(available), offers or OffersSoFar(), W
    )


def ids(items: object) -> list[str]:
    return [item.application_id for item in items]  # type: ignore[attr-defined]


def test_offers_fill_the_budget_in_score_order_and_the_rest_wait() -> None:
    cases = [
        case("lao", "LAO", "3000"),  # 20 + 15 LDC + 25 first = 60
        case("irq", "IRQ", "3000", role=Role.PRESENTING),  # 20 + 15 + 15 + 25 = 75
        case("ago", "AGO", "1500"),  # 10 + 25 = 35
        case("chl", "CHL", "2500"),  # 20 + 25 = 45
    ]
    proposal = propose(cases, "7000")
    assert ids(proposal.offers) == ["irq", "lao"]
    assert ids(proposal.wait_list) == ["chl", "ago"]
    assert proposal.remaining == Decimal("1000") and proposal.total == Decimal("6000")
    cheaper_later = propose(cases, "8000")  # chl does not fit the 2000 left; ago does
    assert ids(cheaper_later.offers) == ["irq", "lao", "ago"]
    assert ids(cheaper_later.wait_list) == ["chl"]
    assert [item.score.value for item in cheaper_later.offers] == [75, 60, 35]


def test_one_delegate_per_state_before_a_second() -> None:
    cases = [
        case("irq-1", "IRQ", "1000", role=Role.PRESENTING),
        case("irq-2", "IRQ", "1000", role=Role.PRESENTING, day=1),
        case("ago", "AGO", "1000"),
    ]
    proposal = propose(cases, "10000")
    assert ids(proposal.offers) == ["irq-1", "ago", "irq-2"]
    already = OffersSoFar.of([("AGO", Gender.MALE)])
    assert ids(propose(cases, "10000", already).offers) == ["irq-1", "irq-2", "ago"]


def test_gender_balance_is_rescored_as_offers_are_made() -> None:
    cases = [
        case("m1", "LAO", "1000", nominee_gender=Gender.MALE),
        case("m2", "CHL", "1000", nominee_gender=Gender.MALE),
        case("f1", "AGO", "1000", nominee_gender=Gender.FEMALE, first_time=True),
    ]
    # m1: 20 + 15 LDC + 25 first = 60; m2: 20 + 25 = 45; f1: 10 + 10 first time + 25 = 45
    proposal = propose(cases, "10000")
    assert ids(proposal.offers) == ["m1", "f1", "m2"]  # after a man, a woman gains 10
    f1 = proposal.offers[1]
    assert f1.score.value == 55
    assert "Gender balance: fewer women among the offers so far" in [
        line.label for line in f1.score.lines
    ]


def test_ties_go_to_the_application_received_first_then_to_the_id() -> None:
    cases = [
        case("b", "CHL", "1000", day=2),
        case("c", "IRQ", "1000", day=1, role=Role.OFFICE_HOLDER),  # 20 + 15 + 10 + 25 = 70
        case("a", "LAO", "1000", day=2, first_time=True),  # 20 + 15 + 10 + 25 = 70
        case("z", "LAO", "1000", day=0),
    ]
    again = [propose(list(order), "2000") for order in (cases, cases[::-1])]
    assert ids(again[0].offers) == ids(again[1].offers) == ["c", "a"]


def test_an_override_ranks_by_its_points() -> None:
    low = case("ago", "AGO", "1000")
    override = ScoreOverride("ago", 500, "Only delegate from the region", DAY, "ws-a")
    overridden = Case(low.app, low.status, low.estimate, override)
    proposal = propose([case("lao", "LAO", "1000"), overridden], "1000")
    assert ids(proposal.offers) == ["ago"] and proposal.offers[0].score.value == 500


def test_a_proposal_changes_nothing_until_its_steps_are_recorded() -> None:
    offers = OffersSoFar.of([("AGO", Gender.MALE)])
    before = (dict(offers.by_state), dict(offers.by_gender))
    cases = [
        case("lao", "LAO", "3000"),
        case("chl", "CHL", "3000", status=Status.WAIT_LISTED),
        case("irq", "IRQ", "3000"),
        case("ago", "AGO", "3000", status=Status.WAIT_LISTED),
    ]
    proposal = propose(cases, "6000", offers)
    assert (offers.by_state, offers.by_gender) == before
    assert ids(proposal.offers) == ["irq", "lao"] and ids(proposal.wait_list) == ["chl", "ago"]
    counter = iter(range(100))
    steps = proposal_steps(proposal, DAY, "ws-a", lambda: f"s{next(counter)}")
    assert [(s.application_id, s.from_status, s.to_status) for s in steps] == [
        ("irq", Status.ELIGIBLE, Status.OFFERED),
        ("lao", Status.ELIGIBLE, Status.OFFERED),
    ]  # chl and ago are already wait-listed: no step
    with pytest.raises(ValueError):
        propose([case("x", "LAO", "1", status=Status.OFFERED)], "10")


# --- against a slow recomputation that rescores everyone at every pick ---------------


def reference(cases: list[Case], available: Decimal, offers: list[tuple[str, Gender]]) -> tuple:
    existing = OffersSoFar.of(offers).by_state
    static = {c.app.id: c.candidate().static.value for c in cases}
    rank: dict[str, int] = {}
    for state in {c.app.state_id for c in cases}:
        mine = sorted(
            (c for c in cases if c.app.state_id == state),
            key=lambda c: (-static[c.app.id], c.app.received_on, c.app.id),
        )
        for n, c in enumerate(mine):
            rank[c.app.id] = existing.get(state, 0) + n
    made, offered, waiting, left = list(offers), [], [], available
    for tier in sorted(set(rank.values())):
        pool = [c for c in cases if rank[c.app.id] == tier]
        while pool:
            so_far = OffersSoFar.of(made)
            scored = [
                (
                    score_application(
                        c.app, STATES[c.app.state_id], START, so_far, W, override=c.override
                    ),
                    c,
                )
                for c in pool
            ]
            score, best = min(
                scored, key=lambda sc: (-sc[0].value, sc[1].app.received_on, sc[1].app.id)
            )
            pool.remove(best)
            if best.estimate <= left:
                left -= best.estimate
                made.append((best.app.state_id, best.app.nominee_gender))
                offered.append((best.app.id, score.value, score.lines))
            else:
                waiting.append((best.app.id, score.value, score.lines))
    return offered, waiting, left


_cases = st.lists(
    st.builds(
        lambda n, state, cost, day, gender, role, first, waiting, override: Case(
            application(
                id=f"a{n:02d}",
                state_id=state,
                received_on=DAY + timedelta(day),
                nominee_gender=gender,
                role=role,
                first_time=first,
            ),
            Status.WAIT_LISTED if waiting else Status.ELIGIBLE,
            Decimal(cost),
            ScoreOverride(f"a{n:02d}", override, "Agreed", DAY, "ws") if override else None,
        ),
        n=st.integers(0, 99),
        state=st.sampled_from(sorted(STATES)),
        cost=st.integers(500, 5000),
        day=st.integers(0, 3),
        gender=st.sampled_from(list(Gender)),
        role=st.sampled_from(list(Role)),
        first=st.booleans(),
        waiting=st.booleans(),
        override=st.none() | st.none() | st.integers(0, 150),
    ),
    max_size=25,
    unique_by=lambda c: c.app.id,
)
_offers = st.lists(
    st.tuples(st.sampled_from(sorted(STATES)), st.sampled_from(list(Gender))), max_size=4
)


@settings(max_examples=300, deadline=None)
@given(cases=_cases, available=st.integers(0, 40000), offers=_offers)
def test_the_proposal_is_what_rescoring_everyone_at_each_pick_gives(
    cases: list[Case], available: int, offers: list[tuple[str, Gender]]
) -> None:
    proposal = propose(cases, str(available), OffersSoFar.of(offers))
    offered, waiting, left = reference(cases, Decimal(available), offers)
    assert [(i.application_id, i.score.value, i.score.lines) for i in proposal.offers] == offered
    assert [(i.application_id, i.score.value, i.score.lines) for i in proposal.wait_list] == (
        waiting
    )
    assert proposal.remaining == left >= 0
    assert sum((i.estimate for i in proposal.offers), Decimal(0)) <= available
    assert sorted(ids(proposal.offers) + ids(proposal.wait_list)) == sorted(c.app.id for c in cases)
