"""Minutes written offline on two desks, synced through a real share: different agenda items
merge; the same item keeps the other text as a conflict. Search finds synced text too."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from tests.sync.conftest import Team

from isu_desk.capabilities.meetings.domain.records import AgendaItem, Meeting, MeetingKind
from isu_desk.capabilities.meetings.services.meetings import MeetingsService
from isu_desk.capabilities.meetings.services.minutes import MinutesService


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    made = Team(tmp_path)
    yield made
    made.close()


def test_two_desks_writing_minutes_offline_merge_by_agenda_item(team: Team) -> None:
    a, b = team.desk("A", seed=True), team.desk("B")
    meetings_a = MeetingsService(a.database)
    cc = meetings_a.save(
        Meeting("", MeetingKind.COORDINATION_COMMITTEE, "CC", date(2025, 3, 1))
    ).unwrap()
    items = [
        meetings_a.save(AgendaItem("", cc.id, number, title)).unwrap()
        for number, title in (("1", "Presidency"), ("2", "Universalization"))
    ]
    a.sync.sync()
    b.sync.sync()
    assert MeetingsService(b.database).find_meeting("13MSP") is not None  # seeded records came

    minutes_a, minutes_b = MinutesService(a.database), MinutesService(b.database)
    minutes_a.write(cc.id, items[0].id, "Written on A about the Presidency.").unwrap()
    minutes_b.write(cc.id, items[1].id, "Written on B: Côte d'Ivoire will accede.").unwrap()
    for desk in (a, b, a):
        desk.sync.sync()
    for service in (minutes_a, minutes_b):
        texts = [i.entry.text if i.entry else "" for i in service.items(cc.id)]
        assert texts == [
            "Written on A about the Presidency.",
            "Written on B: Côte d'Ivoire will accede.",
        ]
    assert a.sync.conflicts() == [] and b.sync.conflicts() == []
    assert [h.kind for h in meetings_a.search("cote")] == ["minutes"]  # indexed when applied

    minutes_a.write(cc.id, items[1].id, "A's version of item 2.").unwrap()
    minutes_b.write(cc.id, items[1].id, "B's version of item 2.").unwrap()
    for desk in (a, b, a):
        desk.sync.sync()
    entries = [service.items(cc.id)[1].entry for service in (minutes_a, minutes_b)]
    kept = {entry.text for entry in entries if entry is not None}
    assert len(kept) == 1  # both desks agree on one text...
    conflicts = a.sync.conflicts() + b.sync.conflicts()
    assert {(c.entity, c.field) for c in conflicts} == {("minute_entries", "text")}
    # ...and the other text is kept in the conflict, beside the current one.
    both = {"A's version of item 2.", "B's version of item 2."}
    assert {c.other_value for c in conflicts} == both - kept
    assert {c.current_value for c in conflicts} == kept
