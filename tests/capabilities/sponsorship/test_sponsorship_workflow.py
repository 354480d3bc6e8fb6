"""The decision workflow: steps in order only, plain refusals, and offline conflicts kept."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import event, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from isu_desk.capabilities.sponsorship.domain.records import RoundStatus
from isu_desk.capabilities.sponsorship.domain.workflow import (
    History,
    Status,
    Step,
    check_round,
    replay,
    start,
    take,
)

S = Status
DAY = date(2025, 7, 10)

# Every complete path the issue allows, written out independently of the module's table.
_TAIL = [
    "regretted",
    "offered declined",
    "offered withdrawn",
    "offered accepted withdrawn",
    "offered accepted travel_booked withdrawn",
    "offered accepted travel_booked attended",
    "offered accepted travel_booked no_show",
]
LEGAL_PATHS = [("received", "ineligible")] + [
    tuple(f"{head} {tail}".split())
    for head in ("received eligible", "received eligible wait_listed")
    for tail in _TAIL
]


def _is_legal_prefix(statuses: tuple[str, ...]) -> bool:
    return any(path[: len(statuses)] == statuses for path in LEGAL_PATHS)


def _legal_next(statuses: tuple[str, ...]) -> set[Status]:
    n = len(statuses)
    return {Status(p[n]) for p in LEGAL_PATHS if p[:n] == statuses and len(p) > n}


def step(frm: Status, to: Status, on: date = DAY, reason: str = "", ws: str = "ws-a") -> Step:
    return Step(f"{frm}-{to}-{ws}", "a1", frm, to, on, ws, reason)


def walk(*statuses: Status, reason: str = "budget") -> History:
    history = start()
    for n, to in enumerate(statuses):
        outcome = take(history, step(history.status, to, DAY + timedelta(n), reason))
        assert isinstance(outcome, History), outcome
        history = outcome
    return history


def test_a_sponsored_delegate_goes_from_received_to_attended() -> None:
    history = walk(S.ELIGIBLE, S.OFFERED, S.ACCEPTED, S.TRAVEL_BOOKED, S.ATTENDED)
    assert history.status is S.ATTENDED
    assert [s.on for s in history.steps] == [DAY + timedelta(n) for n in range(5)]
    assert all(s.workstation_id == "ws-a" for s in history.steps)
    assert history.reached >= {S.RECEIVED, S.OFFERED, S.ACCEPTED, S.ATTENDED}


def test_a_step_out_of_order_is_refused_in_plain_words() -> None:
    refused = take(start(), step(S.RECEIVED, S.OFFERED))
    assert isinstance(refused, list)
    assert [e.message for e in refused] == [
        "An application that is received can become eligible or ineligible, not offered."
    ]
    attended = walk(S.ELIGIBLE, S.OFFERED, S.ACCEPTED, S.TRAVEL_BOOKED, S.ATTENDED)
    final = take(attended, step(S.ATTENDED, S.NO_SHOW, DAY + timedelta(9)))
    assert isinstance(final, list)
    assert final[0].message == "The application is attended; that is final."


def test_ineligible_and_regretted_need_a_reason() -> None:
    refused = take(start(), step(S.RECEIVED, S.INELIGIBLE))
    assert isinstance(refused, list) and refused[0].field == "reason"
    eligible = walk(S.ELIGIBLE)
    regret = take(eligible, step(S.ELIGIBLE, S.REGRETTED, reason="Budget exhausted"))
    assert isinstance(regret, History) and regret.steps[-1].reason == "Budget exhausted"


def test_a_step_is_not_dated_before_the_previous_one() -> None:
    eligible = walk(S.ELIGIBLE)
    refused = take(eligible, step(S.ELIGIBLE, S.OFFERED, DAY - timedelta(1)))
    assert isinstance(refused, list)
    assert refused[0].message == "The date is before the previous step (2025-07-10)."


def test_a_future_date_is_refused_when_today_is_known() -> None:
    refused = take(start(), step(S.RECEIVED, S.ELIGIBLE, DAY + timedelta(1)), today=DAY)
    assert isinstance(refused, list) and refused[0].message == "The date is in the future."
    assert isinstance(take(start(), step(S.RECEIVED, S.ELIGIBLE), today=DAY), History)


def test_a_reported_round_takes_no_more_steps() -> None:
    assert check_round(RoundStatus.DECIDED) == []
    assert [e.message for e in check_round(RoundStatus.REPORTED)] == [
        "The round has been reported; its applications no longer change."
    ]


def test_two_workstations_deciding_offline_keep_both_steps() -> None:
    eligible = step(S.RECEIVED, S.ELIGIBLE)
    offered = step(S.ELIGIBLE, S.OFFERED, ws="ws-a")
    regretted = step(S.ELIGIBLE, S.REGRETTED, reason="Second delegate", ws="ws-b")
    history = replay([eligible, offered, regretted])
    assert history.status is S.OFFERED
    assert [c[0] for c in history.conflicts] == [regretted]
    assert "now offered, not eligible" in history.conflicts[0][1]
    other_order = replay([eligible, regretted, offered])
    assert other_order.status is S.REGRETTED
    assert [c[0] for c in other_order.conflicts] == [offered]


class WorkflowMachine(RuleBasedStateMachine):
    """Random calls, some stale or undated, some without a reason: never an illegal path."""

    def __init__(self) -> None:
        super().__init__()
        self.history = start()
        self.day = DAY
        self.taken = 0

    @rule(
        data=st.data(),
        stale=st.sampled_from([None, None, None, *Status]),
        reason=st.sampled_from(["", "  ", "Not a State Party", "Budget"]),
        shift=st.integers(-1, 3),
    )
    def attempt(self, data: st.DataObject, stale: Status | None, reason: str, shift: int) -> None:
        legal = sorted(_legal_next(tuple(s.value for s in self.history_statuses())))
        to = data.draw(
            st.sampled_from(legal) | st.sampled_from(list(Status))
            if legal
            else st.sampled_from(list(Status))
        )
        current = self.history.status
        frm = stale or current
        on = self.day + timedelta(shift)
        outcome = take(self.history, step(frm, to, on, reason))
        path = (*(s.value for s in self.history_statuses()), to.value)
        should = (
            frm is current
            and _is_legal_prefix(path)
            and (reason.strip() or to not in (S.INELIGIBLE, S.REGRETTED))
            and (shift >= 0 or not self.history.steps)  # not before the previous step
        )
        assert isinstance(outcome, History) == bool(should), (path, outcome)
        if isinstance(outcome, History):
            self.history, self.day = outcome, on
            self.taken += 1
        else:
            assert outcome and all(error.message for error in outcome)

    def history_statuses(self) -> list[Status]:
        return [S.RECEIVED, *(s.to_status for s in self.history.steps)]

    def teardown(self) -> None:
        event(f"steps taken: {len(self.history.steps)}")

    @invariant()
    def only_legal_paths(self) -> None:
        path = tuple(s.value for s in self.history_statuses())
        assert _is_legal_prefix(path), path
        assert replay(self.history.steps).status is self.history.status


WorkflowMachine.TestCase.settings = settings(max_examples=300, stateful_step_count=25)
TestWorkflow = WorkflowMachine.TestCase
