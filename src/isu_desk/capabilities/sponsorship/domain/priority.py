"""An application's priority: a score in whole points with the breakdown that makes it.

The score is a pure function of explicit inputs: the application, the facts of
its State (:class:`StateFacts`, from the Directory), the meeting's first day
and the round's offers so far (:class:`OffersSoFar`), and the weights staff set
(:class:`PriorityWeights`). It is always shown with its breakdown, whose lines
add up to it; staff may override it with a recorded reason
(:class:`ScoreOverride`), and the computed score and breakdown stay visible.

Two criteria depend on the round's offers so far (gender balance, one delegate
per State before a second); :func:`static_lines` and :func:`dynamic_lines`
keep them apart so that "propose offers" can rescore quickly as it offers.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from datetime import date
from enum import StrEnum
from functools import lru_cache

from isu_desk.capabilities.directory.api import Gender, StateStatus
from isu_desk.capabilities.sponsorship.domain import checks
from isu_desk.capabilities.sponsorship.domain.records import Application, Role
from isu_desk.domain.errors import FieldError


class Criterion(StrEnum):
    STATUS = "status"
    OBLIGATION = "obligation"
    DEADLINE = "deadline"
    EXTENSION = "extension"
    LEAST_DEVELOPED = "least_developed"
    FIRST_TIME = "first_time"
    ROLE = "role"
    GENDER_BALANCE = "gender_balance"
    FIRST_DELEGATE = "first_delegate"


@dataclass(frozen=True, slots=True)
class StateFacts:
    """What the score needs to know about the nominating State."""

    state_id: str
    status: StateStatus
    least_developed: bool = False
    article3_deadline: date | None = None
    article4_deadline: date | None = None
    article3_obligation: bool = False
    article4_obligation: bool = False
    extension_request: bool = False  # an Article 3/4 extension request before this meeting


@dataclass(frozen=True, slots=True)
class OffersSoFar:
    """The round's offers (open or accepted): how many per State, and per gender."""

    by_state: dict[str, int] = field(default_factory=dict)
    by_gender: dict[Gender, int] = field(default_factory=dict)

    @classmethod
    def of(cls, offers: Iterable[tuple[str, Gender]]) -> OffersSoFar:
        """From (State id, nominee's gender) of each offer."""
        states: Counter[str] = Counter()
        genders: Counter[Gender] = Counter()
        for state_id, gender in offers:
            states[state_id] += 1
            genders[gender] += 1
        return cls(dict(states), dict(genders))


@dataclass(frozen=True, slots=True)
class ScoreLine:
    criterion: Criterion
    label: str
    points: int


@dataclass(frozen=True, slots=True)
class ScoreOverride:
    """Staff set the score to ``points`` for ``reason`` (recorded, shown with the breakdown)."""

    application_id: str
    points: int
    reason: str
    on: date
    workstation_id: str


@dataclass(frozen=True, slots=True)
class Score:
    lines: tuple[ScoreLine, ...]
    override: ScoreOverride | None = None

    @property
    def computed(self) -> int:
        """The sum of the breakdown."""
        return sum(line.points for line in self.lines)

    @property
    def value(self) -> int:
        """The score that ranks the application: the override if any, else the computed one."""
        return self.computed if self.override is None else self.override.points


@dataclass(frozen=True, slots=True)
class PriorityWeights:
    """Points per criterion (whole numbers from 0 to 100); staff change them in settings."""

    state_party: int = 20
    signatory: int = 10
    not_party: int = 5
    obligation: int = 15
    deadline_near: int = 15
    deadline_window_years: int = 3
    extension_request: int = 20
    least_developed: int = 15
    first_time: int = 10
    presenting: int = 15
    office_holder: int = 10
    gender_balance: int = 10
    first_delegate: int = 25


def static_lines(
    app: Application, state: StateFacts, meeting_start: date, weights: PriorityWeights
) -> list[ScoreLine]:
    """The lines that do not depend on the round's other offers (zero lines left out)."""
    lines = [_status_line(state.status, weights)]
    if state.article3_obligation or state.article4_obligation:
        lines.append(ScoreLine(Criterion.OBLIGATION, _obligation_label(state), weights.obligation))
        lines.append(_deadline_line(state, meeting_start, weights))
    extension = state.extension_request or app.role is Role.EXTENSION_REQUEST
    flags = (
        (extension, Criterion.EXTENSION, "Extension request before this meeting"),
        (state.least_developed, Criterion.LEAST_DEVELOPED, "Least developed country"),
        (app.first_time, Criterion.FIRST_TIME, "First time at a Convention meeting"),
    )
    lines += [
        ScoreLine(criterion, label, getattr(weights, _WEIGHT_OF[criterion]))
        for held, criterion, label in flags
        if held
    ]
    if app.role is Role.PRESENTING:
        lines.append(ScoreLine(Criterion.ROLE, app.role.label, weights.presenting))
    elif app.role is Role.OFFICE_HOLDER:
        lines.append(ScoreLine(Criterion.ROLE, app.role.label, weights.office_holder))
    return [line for line in lines if line.points]


_WEIGHT_OF = {
    Criterion.EXTENSION: "extension_request",
    Criterion.LEAST_DEVELOPED: "least_developed",
    Criterion.FIRST_TIME: "first_time",
}


def dynamic_lines(
    state_offers: int, gender: Gender, by_gender: Mapping[Gender, int], weights: PriorityWeights
) -> tuple[ScoreLine, ...]:
    """The lines that depend on the offers so far: the State's own, and by gender."""
    first = weights.first_delegate if state_offers == 0 else 0
    balance = weights.gender_balance if under_represented(gender, by_gender) else 0
    return _dynamic(first, gender if balance else None, balance)


@lru_cache(maxsize=64)
def _dynamic(first: int, gender: Gender | None, balance: int) -> tuple[ScoreLine, ...]:
    lines: list[ScoreLine] = []
    if first:
        label = "First delegate of the State in this round"
        lines.append(ScoreLine(Criterion.FIRST_DELEGATE, label, first))
    if gender is not None and balance:
        label = f"Gender balance: fewer {_PLURAL[gender]} among the offers so far"
        lines.append(ScoreLine(Criterion.GENDER_BALANCE, label, balance))
    return tuple(lines)


_PLURAL = {Gender.FEMALE: "women", Gender.MALE: "men"}


def under_represented(gender: Gender, by_gender: Mapping[Gender, int]) -> bool:
    """True for a woman when fewer women than men hold offers, and the other way round."""
    if gender not in _PLURAL:
        return False
    other = Gender.MALE if gender is Gender.FEMALE else Gender.FEMALE
    return by_gender.get(gender, 0) < by_gender.get(other, 0)


def score_application(
    app: Application,
    state: StateFacts,
    meeting_start: date,
    offers: OffersSoFar,
    weights: PriorityWeights,
    *,
    override: ScoreOverride | None = None,
) -> Score:
    """The score of ``app`` with its breakdown, against ``offers`` made so far.

    ``offers`` must not count ``app`` itself (an application already offered
    is scored against the other offers).
    """
    lines = static_lines(app, state, meeting_start, weights)
    state_offers = offers.by_state.get(app.state_id, 0)
    lines += dynamic_lines(state_offers, app.nominee_gender, offers.by_gender, weights)
    return Score(tuple(lines), override)


def _status_line(status: StateStatus, weights: PriorityWeights) -> ScoreLine:
    if status is StateStatus.STATE_PARTY:
        return ScoreLine(Criterion.STATUS, "State Party", weights.state_party)
    if status is StateStatus.SIGNATORY:
        return ScoreLine(Criterion.STATUS, "Signatory", weights.signatory)
    return ScoreLine(Criterion.STATUS, "Not party to the Convention", weights.not_party)


def _obligation_label(state: StateFacts) -> str:
    articles = [
        name
        for name, held in (("3", state.article3_obligation), ("4", state.article4_obligation))
        if held
    ]
    return f"Article {' and '.join(articles)} obligations"


def _deadline_line(state: StateFacts, meeting_start: date, weights: PriorityWeights) -> ScoreLine:
    """Full points for a deadline passed or at the meeting; none beyond the window."""
    deadlines = [
        d
        for d, held in (
            (state.article3_deadline, state.article3_obligation),
            (state.article4_deadline, state.article4_obligation),
        )
        if d is not None and held
    ]
    if not deadlines or not weights.deadline_window_years:
        return ScoreLine(Criterion.DEADLINE, "No deadline recorded", 0)
    nearest = min(deadlines)
    window = weights.deadline_window_years * 365
    days = max((nearest - meeting_start).days, 0)
    points = (weights.deadline_near * max(window - days, 0) * 2 + window) // (2 * window)
    when = "passed" if nearest < meeting_start else f"in {days} days"
    return ScoreLine(Criterion.DEADLINE, f"Deadline {nearest.isoformat()} ({when})", points)


# --- weights in settings ---------------------------------------------------------

SETTINGS_PREFIX = "sponsorship.weight."
MAX_WEIGHT = 100
MAX_WINDOW_YEARS = 10


def weights_to_settings(weights: PriorityWeights) -> dict[str, str]:
    """The weights as settings rows (``sponsorship.weight.<name>`` → digits)."""
    return {SETTINGS_PREFIX + name: str(getattr(weights, name)) for name in _WEIGHT_NAMES}


def weights_from_settings(values: Mapping[str, str]) -> PriorityWeights | list[FieldError]:
    """Weights from settings rows; a missing row keeps its default, a bad one is named."""
    chosen: dict[str, int] = {}
    errors: list[FieldError] = []
    for name in _WEIGHT_NAMES:
        text = values.get(SETTINGS_PREFIX + name)
        if text is None or not text.strip():  # never set, or set back to its default
            continue
        if not re.fullmatch(r"[0-9]{1,3}", text.strip()):
            errors.append(FieldError(name, f"{text!r} is not a whole number of points."))
            continue
        chosen[name] = int(text)
    if errors:
        return errors
    weights = PriorityWeights(**chosen)
    return validate_weights(weights) or weights


def validate_weights(weights: PriorityWeights) -> list[FieldError]:
    errors: list[FieldError] = []
    for name in _WEIGHT_NAMES:
        value = getattr(weights, name)
        most = MAX_WINDOW_YEARS if name == "deadline_window_years" else MAX_WEIGHT
        if not isinstance(value, int) or isinstance(value, bool):
            raise TypeError(f"{name} must be an int")
        if not 0 <= value <= most:
            errors.append(FieldError(name, f"Use a whole number from 0 to {most}."))
    return errors


def validate_override(override: ScoreOverride) -> list[FieldError]:
    errors = checks.text("reason", override.reason, "reason for the override", required=True)
    if not -MAX_WEIGHT * 10 <= override.points <= MAX_WEIGHT * 10:
        errors.append(FieldError("points", "The score is out of range."))
    if not override.workstation_id:
        errors.append(FieldError("workstation_id", "The workstation is unknown."))
    return errors


_WEIGHT_NAMES = tuple(f.name for f in fields(PriorityWeights))
