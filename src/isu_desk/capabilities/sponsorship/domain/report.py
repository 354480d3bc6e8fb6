"""The figures of a round's report to the meeting, from its applications alone.

Counts follow what each application went through (the statuses it reached),
so a delegate who accepted and later withdrew still counts as offered and
accepted. The cost is what the GICHD paid (actual costs, refunds netted),
in total and per delegate who attended; the donors of the year come from
Contributions and are added by the report itself.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import TypeVar

from isu_desk.capabilities.directory.api import Gender, UnRegion
from isu_desk.capabilities.sponsorship.domain.checks import ZERO
from isu_desk.capabilities.sponsorship.domain.workflow import Status
from isu_desk.domain.money import round_chf

K = TypeVar("K", bound=Hashable)


@dataclass(frozen=True, slots=True)
class ReportRow:
    """One application as the report sees it."""

    application_id: str
    region: UnRegion | None
    least_developed: bool
    gender: Gender
    first_time: bool
    reached: frozenset[Status]  # workflow.History.reached
    paid: Decimal = ZERO


@dataclass(frozen=True, slots=True)
class Counts:
    received: int = 0
    offered: int = 0
    accepted: int = 0
    attended: int = 0
    no_shows: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.received + other.received,
            self.offered + other.offered,
            self.accepted + other.accepted,
            self.attended + other.attended,
            self.no_shows + other.no_shows,
        )


@dataclass(frozen=True, slots=True)
class RoundFigures:
    total: Counts
    by_region: tuple[tuple[UnRegion | None, Counts], ...]  # in UnRegion order, unknown last
    by_gender: tuple[tuple[Gender, Counts], ...]  # in Gender order, groups with none left out
    least_developed: Counts
    first_time: Counts
    cost_total: Decimal
    cost_per_delegate: Decimal | None  # None when nobody attended

    def region(self, region: UnRegion | None) -> Counts:
        return dict(self.by_region).get(region, Counts())

    def gender(self, gender: Gender) -> Counts:
        return dict(self.by_gender).get(gender, Counts())


def counts_of(row: ReportRow) -> Counts:
    reached = row.reached
    return Counts(
        received=1,
        offered=int(Status.OFFERED in reached),
        accepted=int(Status.ACCEPTED in reached),
        attended=int(Status.ATTENDED in reached),
        no_shows=int(Status.NO_SHOW in reached),
    )


def round_figures(rows: Iterable[ReportRow]) -> RoundFigures:
    """Received, offered, accepted, attended and no-shows, in total and by group; the cost."""
    rows = list(rows)
    counted = [(row, counts_of(row)) for row in rows]
    total = _sum(c for _, c in counted)
    cost = sum((row.paid for row in rows), ZERO)
    regions: list[UnRegion | None] = [*UnRegion, None]
    return RoundFigures(
        total=total,
        by_region=_grouped(counted, lambda r: r.region, regions),
        by_gender=_grouped(counted, lambda r: r.gender, list(Gender)),
        least_developed=_sum(c for r, c in counted if r.least_developed),
        first_time=_sum(c for r, c in counted if r.first_time),
        cost_total=cost,
        cost_per_delegate=round_chf(cost / total.attended) if total.attended else None,
    )


def _sum(items: Iterable[Counts]) -> Counts:
    result = Counts()
    for item in items:
        result += item
    return result


def _grouped(
    counted: list[tuple[ReportRow, Counts]], key: Callable[[ReportRow], K], order: list[K]
) -> tuple[tuple[K, Counts], ...]:
    groups: dict[K, Counts] = {}
    for row, counts in counted:
        groups[key(row)] = groups.get(key(row), Counts()) + counts
    return tuple((k, groups[k]) for k in order if k in groups)
