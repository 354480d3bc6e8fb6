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

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

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
from isu_desk.domain.directory import Gender


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


_Entry = tuple[int, date, str, Candidate]  # (-points, received, id, candidate)


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
        for candidate in _in_score_order(tier, by_state, by_gender, weights):
            item = _item(candidate, by_state, by_gender, weights)
            if candidate.estimate <= left:
                left -= candidate.estimate
                offered.append(item)
                by_state[candidate.state_id] = by_state.get(candidate.state_id, 0) + 1
                by_gender[candidate.gender] = by_gender.get(candidate.gender, 0) + 1
            else:
                waiting.append(item)
    return Proposal(tuple(offered), tuple(waiting), available, left)


def _tiers(candidates: Iterable[Candidate], by_state: dict[str, int]) -> list[list[Candidate]]:
    """Candidates grouped by their rank within their State (tier 0: each State's best)."""
    per_state: dict[str, list[_Entry]] = {}
    for c in candidates:
        if c.status not in DECIDABLE:
            raise ValueError(f"{c.application_id} is {c.status}, not a candidate for an offer")
        entry = (-c.static.value, c.received_on, c.application_id, c)
        per_state.setdefault(c.state_id, []).append(entry)
    tiers: list[list[Candidate]] = []
    for state_id, entries in per_state.items():
        entries.sort()
        first = by_state.get(state_id, 0)
        for rank, entry in enumerate(entries, start=first):
            while len(tiers) <= rank:
                tiers.append([])
            tiers[rank].append(entry[3])
    return tiers


def _in_score_order(
    tier: list[Candidate],
    by_state: dict[str, int],
    by_gender: dict[Gender, int],
    weights: PriorityWeights,
) -> Iterable[Candidate]:
    """The tier's candidates, best current score first (gender balance rescored each time)."""
    queues: dict[Gender | None, list[_Entry]] = {Gender.FEMALE: [], Gender.MALE: [], None: []}
    for c in tier:
        points = c.static.value
        key: Gender | None = None  # the queue of those whose score the offers cannot change
        if c.static.override is None:
            points += 0 if by_state.get(c.state_id, 0) else weights.first_delegate
            key = c.gender if c.gender in (Gender.FEMALE, Gender.MALE) else None
        queues[key].append((-points, c.received_on, c.application_id, c))
    for queue in queues.values():
        queue.sort(reverse=True)  # best at the end, popped first
    women, men, others = queues[Gender.FEMALE], queues[Gender.MALE], queues[None]
    bonus = weights.gender_balance
    while women or men or others:
        f = by_gender.get(Gender.FEMALE, 0)
        m = by_gender.get(Gender.MALE, 0)
        heads: list[tuple[_Entry, list[_Entry]]] = []
        if women:
            heads.append((_boost(women[-1], bonus if f < m else 0), women))
        if men:
            heads.append((_boost(men[-1], bonus if m < f else 0), men))
        if others:
            heads.append((others[-1], others))
        best = min(heads, key=lambda head: head[0][:3])[1]
        yield best.pop()[3]


def _boost(entry: _Entry, points: int) -> _Entry:
    if not points:
        return entry
    return (entry[0] - points, entry[1], entry[2], entry[3])


def _item(
    c: Candidate,
    by_state: dict[str, int],
    by_gender: dict[Gender, int],
    weights: PriorityWeights,
) -> ProposedItem:
    """The candidate with its full score against the offers made so far."""
    offers = OffersSoFar(by_state, by_gender)
    extra = dynamic_lines(by_state.get(c.state_id, 0), c.gender, offers, weights)
    score = Score((*c.static.lines, *extra), c.static.override)
    return ProposedItem(c.application_id, c.state_id, c.status, score, c.estimate)


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
