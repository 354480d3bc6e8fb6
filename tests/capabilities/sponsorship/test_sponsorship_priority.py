"""The priority score: each criterion, weights from settings, and a score that is its breakdown."""

from __future__ import annotations

from dataclasses import fields as dc_fields
from dataclasses import replace
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st
from tests.capabilities.sponsorship.sample import APPLICATION, LAO, MEETING, application
from tests.helpers import fields

from isu_desk.capabilities.directory.api import Gender, StateStatus
from isu_desk.capabilities.sponsorship.domain.priority import (
    Criterion,
    OffersSoFar,
    PriorityWeights,
    ScoreOverride,
    StateFacts,
    score_application,
    validate_override,
    weights_from_settings,
    weights_to_settings,
)
from isu_desk.capabilities.sponsorship.domain.records import Role

W = PriorityWeights()
NONE = OffersSoFar()
START = MEETING.start


def points(score_lines: object) -> dict[Criterion, int]:
    return {line.criterion: line.points for line in score_lines}  # type: ignore[attr-defined]


def test_a_state_party_ldc_with_a_near_clearance_deadline() -> None:
    score = score_application(APPLICATION, LAO, START, NONE, W)
    assert points(score.lines) == {
        Criterion.STATUS: 20,
        Criterion.OBLIGATION: 15,
        Criterion.DEADLINE: 15,  # passed before the meeting: full points
        Criterion.LEAST_DEVELOPED: 15,
        Criterion.FIRST_DELEGATE: 25,
    }
    assert score.value == score.computed == 90
    labels = [line.label for line in score.lines]
    assert "Article 4 obligations" in labels
    assert "Deadline 2025-08-01 (passed)" in labels


def test_the_deadline_counts_more_the_nearer_it_is() -> None:
    def deadline_points(days: int) -> int:
        state = replace(LAO, article4_deadline=START + timedelta(days=days))
        return points(score_application(APPLICATION, state, START, NONE, W).lines).get(
            Criterion.DEADLINE, 0
        )

    assert deadline_points(0) == 15
    assert deadline_points(365) == 10
    assert deadline_points(730) == 5
    assert deadline_points(3 * 365) == 0
    assert deadline_points(3000) == 0


def test_status_role_first_time_and_extension() -> None:
    signatory = StateFacts("AGO", StateStatus.SIGNATORY)
    presenting = application(state_id="AGO", role=Role.PRESENTING, first_time=True)
    assert points(score_application(presenting, signatory, START, NONE, W).lines) == {
        Criterion.STATUS: 10,
        Criterion.ROLE: 15,
        Criterion.FIRST_TIME: 10,
        Criterion.FIRST_DELEGATE: 25,
    }
    office = application(state_id="AGO", role=Role.OFFICE_HOLDER)
    assert points(score_application(office, signatory, START, NONE, W).lines)[Criterion.ROLE] == 10
    extension = application(state_id="AGO", role=Role.EXTENSION_REQUEST)
    lines = points(score_application(extension, signatory, START, NONE, W).lines)
    assert lines[Criterion.EXTENSION] == 20
    not_party = StateFacts("XYZ", StateStatus.NOT_PARTY, extension_request=True)
    lines = points(score_application(APPLICATION, not_party, START, NONE, W).lines)
    assert lines[Criterion.STATUS] == 5 and lines[Criterion.EXTENSION] == 20


def test_gender_balance_favours_the_gender_with_fewer_offers() -> None:
    offers = OffersSoFar.of([("AGO", Gender.MALE), ("CHL", Gender.MALE), ("IRQ", Gender.FEMALE)])
    woman = application(nominee_gender=Gender.FEMALE)
    man = application(nominee_gender=Gender.MALE)
    unspecified = application(nominee_gender=Gender.UNSPECIFIED)
    assert Criterion.GENDER_BALANCE in points(score_application(woman, LAO, START, offers, W).lines)
    assert Criterion.GENDER_BALANCE not in points(
        score_application(man, LAO, START, offers, W).lines
    )
    assert Criterion.GENDER_BALANCE not in points(
        score_application(unspecified, LAO, START, offers, W).lines
    )
    balanced = OffersSoFar.of([("AGO", Gender.MALE), ("CHL", Gender.FEMALE)])
    assert Criterion.GENDER_BALANCE not in points(
        score_application(woman, LAO, START, balanced, W).lines
    )


def test_a_second_delegate_of_a_state_loses_the_first_delegate_points() -> None:
    offers = OffersSoFar.of([("LAO", Gender.MALE)])
    first = score_application(APPLICATION, LAO, START, NONE, W)
    second = score_application(APPLICATION, LAO, START, offers, W)
    assert first.computed - second.computed == W.first_delegate


def test_staff_weights_change_the_score() -> None:
    custom = replace(W, least_developed=40, first_delegate=0)
    score = score_application(APPLICATION, LAO, START, NONE, custom)
    assert points(score.lines)[Criterion.LEAST_DEVELOPED] == 40
    assert Criterion.FIRST_DELEGATE not in points(score.lines)


def test_an_override_is_the_score_but_the_breakdown_stays() -> None:
    override = ScoreOverride("a1", 120, "Presents the Article 4 extension request", START, "ws-a")
    score = score_application(APPLICATION, LAO, START, NONE, W, override=override)
    assert score.value == 120 and score.computed == 90
    assert validate_override(override) == []
    assert fields(validate_override(replace(override, reason=" "))) == {"reason"}


def test_weights_round_trip_through_settings_and_bad_rows_are_named() -> None:
    custom = replace(W, least_developed=40, deadline_window_years=5)
    assert weights_from_settings(weights_to_settings(custom)) == custom
    assert weights_from_settings({}) == W
    bad = weights_from_settings(
        {"sponsorship.weight.least_developed": "lots", "sponsorship.weight.first_time": "250"}
    )
    assert isinstance(bad, list) and fields(bad) == {"least_developed"}
    too_big = weights_from_settings({"sponsorship.weight.first_time": "250"})
    assert isinstance(too_big, list) and fields(too_big) == {"first_time"}
    assert "from 0 to 100" in too_big[0].message


_weights = st.builds(
    PriorityWeights,
    **{f.name: st.integers(0, 10 if "years" in f.name else 100) for f in dc_fields(W)},
)
_states = st.builds(
    StateFacts,
    state_id=st.sampled_from(["LAO", "AGO", "CHL"]),
    status=st.sampled_from(list(StateStatus)),
    least_developed=st.booleans(),
    article3_obligation=st.booleans(),
    article4_obligation=st.booleans(),
    article3_deadline=st.none() | st.dates(date(2015, 1, 1), date(2035, 1, 1)),
    article4_deadline=st.none() | st.dates(date(2015, 1, 1), date(2035, 1, 1)),
    extension_request=st.booleans(),
)
_offers = st.lists(
    st.tuples(st.sampled_from(["LAO", "AGO", "CHL", "IRQ"]), st.sampled_from(list(Gender))),
    max_size=8,
).map(OffersSoFar.of)


@given(
    weights=_weights,
    state=_states,
    offers=_offers,
    role=st.sampled_from(list(Role)),
    first_time=st.booleans(),
    gender=st.sampled_from(list(Gender)),
)
def test_the_score_is_the_sum_of_its_breakdown(
    weights: PriorityWeights,
    state: StateFacts,
    offers: OffersSoFar,
    role: Role,
    first_time: bool,
    gender: Gender,
) -> None:
    app = application(
        state_id=state.state_id, role=role, first_time=first_time, nominee_gender=gender
    )
    score = score_application(app, state, START, offers, weights)
    assert score.value == sum(line.points for line in score.lines)
    assert all(line.points > 0 and line.label for line in score.lines)
    assert len({line.criterion for line in score.lines}) == len(score.lines)
