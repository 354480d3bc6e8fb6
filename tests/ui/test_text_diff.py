"""Long texts in conflict, side by side with the differing words marked: the word diff
itself, and the Conflicts view showing it for a real minutes conflict between two desks."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from tests.sync.conftest import Team

from isu_desk.capabilities.meetings.domain.records import AgendaItem, Meeting, MeetingKind
from isu_desk.capabilities.meetings.services.meetings import MeetingsService
from isu_desk.capabilities.meetings.services.minutes import MinutesService
from isu_desk.ui.conflicts_view import ConflictsView
from isu_desk.ui.text_diff import ADDED, REMOVED, diff_html, word_diff


def test_word_diff_keeps_both_texts_and_marks_only_the_changed_words() -> None:
    current = "The Committee noted that Côte d'Ivoire  reported progress.\nNext item."
    other = "The Committee welcomed that Côte d'Ivoire reported good progress.\nNext item."
    runs = word_diff(current, other)
    assert "".join(run[1] for run in runs) == current  # nothing lost, spacing kept
    assert "".join(run[2] for run in runs) == other
    changed = [(left.strip(), right.strip()) for tag, left, right in runs if tag != "equal"]
    assert ("noted", "welcomed") in changed
    assert ("", "good") in [(a, b) for a, b in changed if b == "good"]
    left, right = diff_html(current, other)
    assert f'<span style="{REMOVED}">noted</span>' in left
    assert f'<span style="{ADDED}">welcomed</span>' in right and "Côte d'Ivoire" in right
    assert f'<span style="{REMOVED}">' not in right


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    made = Team(tmp_path)
    yield made
    made.close()


def test_a_minutes_conflict_shows_both_texts_word_by_word(qtbot, team: Team) -> None:
    a, b = team.desk("A"), team.desk("B")
    meetings = MeetingsService(a.database)
    cc = meetings.save(
        Meeting("", MeetingKind.COORDINATION_COMMITTEE, "CC", date(2025, 3, 1))
    ).unwrap()
    item = meetings.save(AgendaItem("", cc.id, "1", "Universalization")).unwrap()
    a.sync.sync()
    b.sync.sync()
    MinutesService(a.database).write(
        cc.id, item.id, "The President reported that Tuvalu will accede before the meeting."
    ).unwrap()
    MinutesService(b.database).write(
        cc.id, item.id, "The President reported that Tuvalu and Nauru may accede this year."
    ).unwrap()
    for desk in (a, b, a):
        desk.sync.sync()
    conflicts = a.sync.conflicts() or b.sync.conflicts()
    assert [c.field for c in conflicts] == ["text"]

    view = ConflictsView(a.sync)
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    view.show_conflicts(conflicts, {})
    assert not view.diff.isVisible()
    cell = view.table.visualRect(view.table.model().index(0, 0)).center()
    QTest.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert view.diff.isVisible()
    left, right = view.diff.current.toPlainText(), view.diff.other.toPlainText()
    assert {left, right} == {str(conflicts[0].current_value), str(conflicts[0].other_value)}
    marked = view.diff.current.toHtml() + view.diff.other.toHtml()
    assert "Nauru" in marked and "#cdeccf" in marked and "#f9d0cc" in marked
