"""Propose offers: fill a round's available budget in score order, changing nothing.

The candidates are the round's eligible and wait-listed applications. Each
State's candidates are ranked among themselves (best score first); every
State's first candidate is considered before any State's second, and so on
(one delegate per State before a second, counting the offers the round already
holds). Within that order the best current score goes first: the score is
rescored as offers are made, because a nominee of the gender fewer offers have
gone to scores higher, and a State's first offer carries the first-delegate
points. Ties go to the application received first, then to the smaller id, so
the same inputs always give the same proposal. A candidate whose estimate does
not fit what is left goes on the wait-list, in the order it was passed over,
and cheaper candidates after it may still fit.

The result is a :class:`Proposal`; nothing is offered until staff confirm it
and the steps of :func:`proposal_steps` are recorded.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from isu_desk.capabilities.directory.api import Gender
from isu_desk.capabilities.sponsorship.domain.priority import (
    OffersSoFar,
    PriorityWeights,
    Score,
    ScoreOverride,
    StateFacts,
    dynamic_lines,
    static_lines,
)
from isu_desk.capabilities.sponsorship.domain.records import Application
from isu_desk.capabilities.sponsorship.domain.workflow import DECIDABLE, Status, Step


@dataclass(frozen=True, slots=True)
class Candidate:
    """An application that may be offered: its static score, estimate and receipt date."""

    application_id: str
    state_id: str
    gender: Gender
    status: Status  # eligible or wait-listed
    static: Score  # the lines of priority.static_lines, with the override if any
    estimate: Decimal
    received_on: date


@dataclass(frozen=True, slots=True)
class ProposedItem:
    application_id: str
    state_id: str
    from_status: Status
    score: Score  # the full breakdown at the moment it was considered
    estimate: Decimal


@dataclass(frozen=True, slots=True)
class Proposal:
    offers: tuple[ProposedItem, ...]
    wait_list: tuple[ProposedItem, ...]
    available: Decimal  # before the proposal
    remaining: Decimal  # after the proposed offers

    @property
    def total(self) -> Decimal:
        return self.available - self.remaining


def candidate(
    app: Application,
    status: Status,
    state: StateFacts,
    meeting_start: date,
    weights: PriorityWeights,
    estimate: Decimal,
    override: ScoreOverride | None = None,
) -> Candidate:
    """``app`` as a candidate, its static score computed once."""
    static = Score(tuple(static_lines(app, state, meeting_start, weights)), override)
    return Candidate(
        app.id, app.state_id, app.nominee_gender, status, static, estimate, app.received_on
    )


_Entry = tuple[int, date, str, Candidate]  # (-points, received, id, candidate): best is least


def propose_offers(
    candidates: Iterable[Candidate],
    available: Decimal,
    offers: OffersSoFar,
    weights: PriorityWeights,
) -> Proposal:
    """Offers that fit ``available`` CHF in priority order, and the wait-list."""
    by_state = dict(offers.by_state)
    by_gender = dict(offers.by_gender)
    left = available
    offered: list[ProposedItem] = []
    waiting: list[ProposedItem] = []
    for tier in _tiers(candidates, by_state):
        for c in _in_score_order(tier, by_state, by_gender, weights):
            extra = dynamic_lines(by_state.get(c.state_id, 0), c.gender, by_gender, weights)
            score = Score((*c.static.lines, *extra), c.static.override)
            item = ProposedItem(c.application_id, c.state_id, c.status, score, c.estimate)
            if c.estimate <= left:
                left -= c.estimate
                offered.append(item)
                by_state[c.state_id] = by_state.get(c.state_id, 0) + 1
                by_gender[c.gender] = by_gender.get(c.gender, 0) + 1
            else:
                waiting.append(item)
    return Proposal(tuple(offered), tuple(waiting), available, left)


def _tiers(candidates: Iterable[Candidate], by_state: dict[str, int]) -> list[list[_Entry]]:
    """Candidates grouped by their rank within their State (tier 0: each State's best)."""
    per_state: dict[str, list[_Entry]] = {}
    for c in candidates:
        if c.status not in DECIDABLE:
            raise ValueError(f"{c.application_id} is {c.status}, not a candidate for an offer")
        entry = (-c.static.value, c.received_on, c.application_id, c)
        per_state.setdefault(c.state_id, []).append(entry)
    tiers: list[list[_Entry]] = []
    for state_id, entries in per_state.items():
        entries.sort()
        for rank, entry in enumerate(entries, start=by_state.get(state_id, 0)):
            while len(tiers) <= rank:
                tiers.append([])
            tiers[rank].append(entry)
    return tiers


def _in_score_order(
    tier: list[_Entry],
    by_state: dict[str, int],
    by_gender: dict[Gender, int],
    weights: PriorityWeights,
) -> Iterator[Candidate]:
    """The tier's candidates, best current score first (gender balance rescored each time).

    A tier holds at most one candidate per State, so the first-delegate points
    are settled when it starts; only the gender bonus moves, and it moves a
    whole queue (women, men) at once, so each pick compares three heads.
    """
    women: list[_Entry] = []
    men: list[_Entry] = []
    fixed: list[_Entry] = []  # overridden scores, and nominees of no recorded gender
    first = weights.first_delegate
    for entry in tier:
        c = entry[3]
        if c.static.override is not None:
            fixed.append(entry)
            continue
        if first and not by_state.get(c.state_id, 0):
            entry = (entry[0] - first, entry[1], entry[2], c)
        queue = women if c.gender is Gender.FEMALE else men if c.gender is Gender.MALE else fixed
        queue.append(entry)
    for queue in (women, men, fixed):
        queue.sort(reverse=True)  # best at the end, popped first
    bonus = weights.gender_balance
    while women or men or fixed:
        f, m = by_gender.get(Gender.FEMALE, 0), by_gender.get(Gender.MALE, 0)
        best: list[_Entry] | None = None
        head: _Entry | None = None
        for queue, extra in ((women, bonus if f < m else 0), (men, bonus if m < f else 0)):
            if queue:
                e = queue[-1]
                e = (e[0] - extra, e[1], e[2], e[3]) if extra else e
                if head is None or e < head:
                    best, head = queue, e
        if fixed and (head is None or fixed[-1] < head):
            best = fixed
        assert best is not None
        yield best.pop()[3]


def proposal_steps(
    proposal: Proposal, on: date, workstation_id: str, new_id: Callable[[], str]
) -> list[Step]:
    """The steps that confirming ``proposal`` records (already wait-listed ones stay)."""
    moves = [(item, Status.OFFERED) for item in proposal.offers]
    moves += [(item, Status.WAIT_LISTED) for item in proposal.wait_list]
    return [
        Step(new_id(), item.application_id, item.from_status, to, on, workstation_id)
        for item, to in moves
        if item.from_status is not to
    ]
