"""The round report's figures, checked against a recomputation written independently."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from isu_desk.capabilities.directory.api import Gender, UnRegion
from isu_desk.capabilities.sponsorship.domain.report import Counts, ReportRow, round_figures
from isu_desk.capabilities.sponsorship.domain.workflow import Status

# The paths an application can have taken, as the issue lists them.
PATHS = [
    "received",
    "received ineligible",
    "received eligible",
    "received eligible regretted",
    "received eligible wait_listed",
    "received eligible wait_listed offered accepted travel_booked attended",
    "received eligible offered",
    "received eligible offered declined",
    "received eligible offered withdrawn",
    "received eligible offered accepted",
    "received eligible offered accepted withdrawn",
    "received eligible offered accepted travel_booked",
    "received eligible offered accepted travel_booked attended",
    "received eligible offered accepted travel_booked no_show",
]


def row(n: int, path: str, **changes: object) -> ReportRow:
    values: dict[str, object] = {
        "application_id": f"a{n}",
        "region": UnRegion.ASIA_PACIFIC,
        "least_developed": False,
        "gender": Gender.FEMALE,
        "first_time": False,
        "reached": frozenset(Status(s) for s in path.split()),
        "paid": Decimal(0),
    }
    values.update(changes)
    return ReportRow(**values)  # type: ignore[arg-type]


def test_a_small_round_in_figures() -> None:
    rows = [
        row(1, PATHS[12], paid=Decimal("4210.50"), least_developed=True, first_time=True),
        row(2, PATHS[12], paid=Decimal("3900.00"), gender=Gender.MALE),
        row(3, PATHS[13], paid=Decimal("1650.00"), gender=Gender.MALE, region=UnRegion.AFRICAN),
        row(4, PATHS[10], region=UnRegion.AFRICAN, least_developed=True),
        row(5, PATHS[3], region=None),
    ]
    figures = round_figures(rows)
    assert figures.total == Counts(received=5, offered=4, accepted=4, attended=2, no_shows=1)
    assert figures.least_developed == Counts(2, 2, 2, 1, 0)
    assert figures.first_time == Counts(1, 1, 1, 1, 0)
    assert figures.region(UnRegion.AFRICAN) == Counts(2, 2, 2, 0, 1)
    assert figures.region(None) == Counts(1, 0, 0, 0, 0)
    assert [region for region, _ in figures.by_region] == [
        UnRegion.AFRICAN,
        UnRegion.ASIA_PACIFIC,
        None,
    ]
    assert figures.gender(Gender.MALE) == Counts(2, 2, 2, 1, 1)
    assert figures.cost_total == Decimal("9760.50")
    assert figures.cost_per_delegate == Decimal("4880.25")
    assert round_figures([row(1, PATHS[3])]).cost_per_delegate is None


_rows = st.lists(
    st.builds(
        lambda n, path, region, ldc, gender, first, cents: row(
            n,
            path,
            region=region,
            least_developed=ldc,
            gender=gender,
            first_time=first,
            paid=Decimal(cents).scaleb(-2),
        ),
        n=st.integers(0, 10_000),
        path=st.sampled_from(PATHS),
        region=st.none() | st.sampled_from(list(UnRegion)),
        ldc=st.booleans(),
        gender=st.sampled_from(list(Gender)),
        first=st.booleans(),
        cents=st.integers(-50_000, 900_000),
    ),
    max_size=60,
)


def recount(rows: list[ReportRow], keep: object = None) -> tuple[int, ...]:
    """Received, offered, accepted, attended, no-shows by reading each path's words."""
    chosen = [r for r in rows if keep is None or keep(r)]  # type: ignore[operator]
    words = [{s.value for s in r.reached} for r in chosen]
    return (
        len(chosen),
        sum("offered" in w for w in words),
        sum("accepted" in w for w in words),
        sum("attended" in w for w in words),
        sum("no_show" in w for w in words),
    )


def as_tuple(counts: Counts) -> tuple[int, ...]:
    return (counts.received, counts.offered, counts.accepted, counts.attended, counts.no_shows)


@given(rows=_rows)
def test_figures_equal_an_independent_recount(rows: list[ReportRow]) -> None:
    figures = round_figures(rows)
    assert as_tuple(figures.total) == recount(rows)
    assert as_tuple(figures.least_developed) == recount(rows, lambda r: r.least_developed)
    assert as_tuple(figures.first_time) == recount(rows, lambda r: r.first_time)
    for region in [*UnRegion, None]:
        expected = recount(rows, lambda r, region=region: r.region == region)
        assert as_tuple(figures.region(region)) == expected
    for gender in Gender:
        assert as_tuple(figures.gender(gender)) == recount(rows, lambda r, g=gender: r.gender == g)
    assert sum((c for _, c in figures.by_gender), Counts()) == figures.total
    cents = sum(int(r.paid * 100) for r in rows)
    assert figures.cost_total * 100 == cents
    attended = recount(rows)[3]
    if attended:
        per = figures.cost_per_delegate
        assert (
            per is not None
            and abs(per * attended - figures.cost_total) <= Decimal("0.005") * attended
        )
    else:
        assert figures.cost_per_delegate is None
