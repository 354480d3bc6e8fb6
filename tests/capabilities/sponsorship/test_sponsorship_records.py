"""Rounds and applications: the checks a user meets in the form, in plain words per field."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from tests.capabilities.sponsorship.sample import APPLICATION, MEETING, ROUND, application
from tests.helpers import fields

from isu_desk.capabilities.sponsorship.domain.records import (
    Channel,
    Round,
    RoundStatus,
    advance_round,
    new_round,
    proposed_deadline,
    validate_application,
    validate_round,
)


def test_the_deadline_proposed_is_ten_weeks_before_the_meeting() -> None:
    assert proposed_deadline(date(2025, 9, 16)) == date(2025, 7, 8)
    draft = new_round("m13", MEETING, issued_on=date(2025, 5, 2))
    assert draft.deadline == date(2025, 7, 8)
    assert draft.status is RoundStatus.OPEN
    assert validate_round(draft, MEETING) == []


def test_round_checks_name_each_field() -> None:
    assert validate_round(ROUND, MEETING) == []
    bad = replace(
        ROUND,
        meeting_id="",
        call_issued_on=date(2025, 8, 1),
        deadline=date(2025, 7, 8),
        budget_chf=Decimal("-1"),
        dsa_rate_chf=Decimal("385.125"),
        notes="bell\x07",
    )
    assert fields(validate_round(bad, MEETING)) == {
        "meeting_id",
        "deadline",
        "budget_chf",
        "dsa_rate_chf",
        "notes",
    }
    late = validate_round(replace(ROUND, deadline=date(2025, 9, 16)), MEETING)
    assert [e.message for e in late] == ["The deadline must be before the meeting (2025-09-16)."]


def test_money_is_never_a_float() -> None:
    with pytest.raises(TypeError):
        validate_round(replace(ROUND, budget_chf=60000.0), MEETING)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        validate_application(application(ticket_chf=1850.4), MEETING)  # type: ignore[arg-type]


def test_round_status_moves_forward_one_step_at_a_time() -> None:
    closed = advance_round(ROUND, RoundStatus.CLOSED)
    assert isinstance(closed, Round) and closed.status is RoundStatus.CLOSED
    refused = advance_round(ROUND, RoundStatus.REPORTED)
    assert not isinstance(refused, Round)
    assert refused.message == "A round that is open can only become closed, not reported."
    reported = replace(ROUND, status=RoundStatus.REPORTED)
    final = advance_round(reported, RoundStatus.OPEN)
    assert not isinstance(final, Round) and "does not change any more" in final.message


def test_a_complete_application_passes() -> None:
    assert validate_application(APPLICATION, MEETING) == []


def test_nominee_details_are_checked() -> None:
    bad = application(nominee_name=" ", nominee_email="somphone.example.la")
    assert fields(validate_application(bad, MEETING)) == {"nominee_name"}
    assert fields(validate_application(application(nominee_email="x@y"), MEETING)) == {
        "nominee_email"
    }
    for name in ("nominee_title", "nominee_ministry", "nominee_phone", "reference"):
        errors = validate_application(application(**{name: "tab\there"}), MEETING)
        assert fields(errors) == {name}
        assert "control character" in errors[0].message


def test_notes_keep_line_breaks_but_refuse_other_controls() -> None:
    assert validate_application(application(notes="line one\nline two\tend"), MEETING) == []
    assert fields(validate_application(application(notes="nul\x00"), MEETING)) == {"notes"}


def test_a_note_verbale_needs_its_reference() -> None:
    nv = application(channel=Channel.NOTE_VERBALE, reference="")
    assert fields(validate_application(nv, MEETING)) == {"reference"}
    assert validate_application(application(channel=Channel.EMAIL, reference=""), MEETING) == []


def test_the_note_verbale_is_dated_before_it_arrives() -> None:
    nv = application(channel=Channel.NOTE_VERBALE, note_date=date(2025, 6, 18))
    assert validate_application(nv, MEETING) == []
    late = application(channel=Channel.NOTE_VERBALE, note_date=date(2025, 6, 21))
    assert fields(validate_application(late, MEETING)) == {"note_date"}
    by_email = application(channel=Channel.EMAIL, note_date=date(2025, 6, 18))
    assert fields(validate_application(by_email, MEETING)) == {"note_date"}


def test_travel_dates_stay_near_the_meeting() -> None:
    backwards = application(departure_on=date(2025, 9, 20), return_on=date(2025, 9, 14))
    assert "return_on" in fields(validate_application(backwards, MEETING))
    early = validate_application(application(departure_on=date(2025, 9, 1)), MEETING)
    assert fields(early) == {"departure_on"}
    assert "2025-09-09 (a week before the meeting)" in early[0].message
    late = application(return_on=date(2025, 10, 10))
    assert fields(validate_application(late, MEETING)) == {"return_on"}
    edge = application(departure_on=date(2025, 9, 9), return_on=date(2025, 9, 26))
    assert validate_application(edge, MEETING) == []


def test_the_request_fits_the_travel_dates() -> None:
    too_many = application(dsa_days=8)  # 14 to 20 September is seven days
    errors = validate_application(too_many, MEETING)
    assert fields(errors) == {"dsa_days"} and "7 days" in errors[0].message
    overlap = application(dsa_days=5, hotel_nights=3)
    assert fields(validate_application(overlap, MEETING)) == {"hotel_nights"}
    assert fields(validate_application(application(dsa_days=-1), MEETING)) == {"dsa_days"}
    no_ticket = application(ticket=False, ticket_chf=Decimal("100"))
    assert fields(validate_application(no_ticket, MEETING)) == {"ticket_chf"}
    cents = application(ticket_chf=Decimal("1850.405"))
    assert fields(validate_application(cents, MEETING)) == {"ticket_chf"}


def test_an_application_names_its_round_and_state() -> None:
    bare = application(round_id="", state_id="")
    assert fields(validate_application(bare, MEETING)) == {"round_id", "state_id"}
