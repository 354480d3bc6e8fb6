"""Minutes per agenda item, approval and correction, action points, carry forward, search."""

from __future__ import annotations

from datetime import date

from tests.capabilities.meetings.conftest import TODAY, add_cc

from isu_desk.capabilities.meetings.domain.records import (
    ActionPoint,
    ActionStatus,
    Decision,
    DecisionKind,
    Document,
    MinuteEntry,
    MinutesStatus,
    OwnerKind,
)
from isu_desk.capabilities.meetings.services.meetings import MeetingsService
from isu_desk.capabilities.meetings.services.minutes import MinutesService


def test_approved_minutes_change_only_by_a_correction_that_keeps_the_approved_text(
    meetings: MeetingsService, minutes: MinutesService
) -> None:
    cc = add_cc(meetings, date(2025, 3, 1))
    items = meetings.agenda(cc.id)
    assert minutes.write(cc.id, items[1].id, "The President reported on the visit.").ok
    assert minutes.write(cc.id, items[2].id, "Two accessions are expected.").ok
    assert minutes.minutes(cc.id).status is MinutesStatus.DRAFT
    assert minutes.set_status(cc.id, MinutesStatus.CIRCULATED, date(2025, 3, 5)).ok
    assert minutes.set_status(cc.id, MinutesStatus.APPROVED, date(2025, 4, 2)).ok

    refused = minutes.write(cc.id, items[1].id, "Rewritten in place")
    assert [e.field for e in refused.errors] == ["text"]
    assert "correction" in refused.errors[0].message
    assert [e.field for e in minutes.set_status(cc.id, MinutesStatus.DRAFT).errors] == ["status"]
    assert [e.field for e in minutes.correct(items[1].id, "x", " ").errors] == ["reason"]

    fixed = minutes.correct(items[1].id, "The President reported on the visit to Vientiane.",
                            "The place was missing.").unwrap()  # fmt: skip
    assert fixed.approved_text == "The President reported on the visit."
    shown = minutes.items(cc.id)[1]
    assert shown.entry is not None and shown.entry.text.endswith("Vientiane.")
    assert [c.reason for c in shown.corrections] == ["The place was missing."]
    assert minutes.items(cc.id)[0].entry is None  # item 1 has no text yet
    deleting = meetings.delete(MinuteEntry, shown.entry.id)
    assert "approved" in deleting.errors[0].message


def test_an_action_point_is_done_in_one_call_with_today_as_its_date(
    meetings: MeetingsService, minutes: MinutesService
) -> None:
    cc = add_cc(meetings, date(2025, 3, 1))
    point = meetings.save(
        ActionPoint("", cc.id, "Circulate the draft work plan", owner_name="Ana",
                    due_on=date(2025, 9, 1))
    ).unwrap()  # fmt: skip
    assert minutes.counts()[0] == 1  # overdue on TODAY
    done = minutes.mark_done(point.id).unwrap()
    assert (done.status, done.closed_on) == (ActionStatus.DONE, TODAY)
    assert minutes.counts()[0] == 0
    no_date = meetings.save(ActionPoint("", cc.id, "x", owner_name="Ana", status=ActionStatus.DONE))
    assert [e.field for e in no_date.errors] == ["closed_on"]


def test_the_action_points_view_lists_overdue_first_and_filters_by_owner(
    meetings: MeetingsService, minutes: MinutesService
) -> None:
    cc = add_cc(meetings, date(2025, 3, 1))
    states = {name: sid for sid, name in meetings.names().items()}
    for text, due, owner in (("Later", date(2026, 1, 1), "Ana"), ("Late", date(2025, 5, 1), "Ben"),
                             ("Undated", None, "Ana")):  # fmt: skip
        meetings.save(ActionPoint("", cc.id, text, owner_name=owner, due_on=due)).unwrap()
    meetings.save(
        ActionPoint("", cc.id, "Report on clearance", owner_kind=OwnerKind.STATE,
                    owner_state_id=states["Lao People's Democratic Republic"])
    ).unwrap()  # fmt: skip
    rows = minutes.action_points()
    assert [(r.point.text, r.overdue) for r in rows][:2] == [("Late", True), ("Later", False)]
    assert [r.point.text for r in minutes.action_points(owner_name="ana")] == ["Later", "Undated"]
    assert [r.owner for r in minutes.action_points(overdue_only=True)] == ["Ben"]
    lao = minutes.action_points(owner_id=states["Lao People's Democratic Republic"])
    assert [r.owner for r in lao] == ["Lao People's Democratic Republic"]


def test_open_points_are_carried_to_the_next_meeting_of_the_same_kind(
    meetings: MeetingsService, minutes: MinutesService
) -> None:
    first = add_cc(meetings, date(2025, 3, 1))
    second = add_cc(meetings, date(2025, 4, 2))
    open_point = meetings.save(ActionPoint("", first.id, "Open", owner_name="Ana")).unwrap()
    closed = ActionPoint(
        "", first.id, "Closed", owner_name="Ana", status=ActionStatus.DONE, closed_on=TODAY
    )
    meetings.save(closed).unwrap()
    carried = minutes.carry_forward(first.id).unwrap()
    assert (carried.to_meeting.id, carried.points) == (second.id, 1)
    assert [p.id for p in minutes.matters_arising(second.id)] == [open_point.id]
    assert minutes.carry_forward(first.id).unwrap().points == 0  # nothing twice
    assert not minutes.carry_forward(second.id).ok  # no later CC meeting yet
    third = add_cc(meetings, date(2025, 5, 6))
    assert minutes.carry_forward(second.id).unwrap().points == 1
    assert [p.id for p in minutes.matters_arising(third.id)] == [open_point.id]


def test_search_ignores_case_and_accents_and_marks_the_matching_words(
    meetings: MeetingsService, minutes: MinutesService
) -> None:
    cc = add_cc(meetings, date(2025, 3, 1))
    items = meetings.agenda(cc.id)
    minutes.write(cc.id, items[2].id, "Côte d'Ivoire announced its Article 7 report.")
    meetings.save(Decision("", cc.id, "3", "Le Comité prend note du rapport de la Côte d'Ivoire.",
                           DecisionKind.OTHER)).unwrap()  # fmt: skip
    meetings.save(ActionPoint("", cc.id, "Write to COTE D'IVOIRE", owner_name="Ana")).unwrap()
    msp = meetings.find_meeting("12MSP")
    assert msp is not None
    meetings.save(Document("", msp.id, "CCM/MSP/2024/7", "Progress report")).unwrap()

    hits = meetings.search("cote ivoir")
    assert sorted(h.kind for h in hits) == ["action", "decision", "minutes"]
    minute_hit = next(h for h in hits if h.kind == "minutes")
    assert minute_hit.meeting_id == cc.id
    assert ("Côte", True) in minute_hit.snippet and ("Ivoire", True) in minute_hit.snippet
    assert [h.kind for h in meetings.search("PROGRÈS")] == ["document"]
    assert meetings.search("  ") == []
    # Edits and deletes keep the index in step.
    minutes.write(cc.id, items[2].id, "Nothing on that today.")
    assert sorted(h.kind for h in meetings.search("ivoire")) == ["action", "decision"]
    assert len(meetings.search("ivoire", meeting_id=msp.id)) == 0
