"""The Meetings section as staff work it, through keys and clicks: open it with its
Ctrl+number, filter, open a meeting, write minutes, mark an action point done,
search without accents, and the Dashboard's figures."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLineEdit,
    QPushButton,
)
from tests.ui.ui_keys import press, type_text

from isu_desk.capabilities.meetings.domain.records import (
    ActionStatus,
    AgendaItem,
    Meeting,
    MeetingKind,
)
from isu_desk.capabilities.meetings.services.meetings import MeetingsService
from isu_desk.capabilities.meetings.services.minutes import MinutesService
from isu_desk.capabilities.meetings.ui.action_points import DoneDialog
from isu_desk.capabilities.meetings.ui.record_dialog import RecordDialog
from isu_desk.capabilities.meetings.ui.registration import RegistrationDialog
from isu_desk.capabilities.meetings.ui.search import HTML
from isu_desk.services.demo import load_demo
from isu_desk.ui.main_window import SECTIONS


@pytest.fixture
def window(context, open_window):
    load_demo(context.database)
    return open_window()


def open_meetings(window, qtbot):
    """Ctrl+<its number> as in the Go menu."""
    number = SECTIONS.index("Meetings") + 1
    press(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.current_section() == "Meetings")
    return window.pages["Meetings"]


def shown(view, title: str) -> list[str]:
    model = view.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    column = headers.index(title)
    return [model.index(r, column).data() for r in range(model.rowCount())]


def choose(combo, text: str) -> None:
    """Pick an entry of a drop-down with the keyboard (as a user on a focused combo)."""
    combo.setFocus()
    while combo.currentText() != text:
        before = combo.currentIndex()
        press(combo, Qt.Key.Key_Down)
        assert combo.currentIndex() != before, f"{text!r} is not offered"


def test_filter_open_a_meeting_and_save_minutes_text(window, qtbot, context) -> None:
    page = open_meetings(window, qtbot)
    listing = page.list
    choose(listing.kind, "Meeting of States Parties")
    assert set(shown(listing.view, "Kind")) == {"Meeting of States Parties"}
    type_text(listing.search, "13")
    assert shown(listing.view, "Code") == ["13MSP"]
    press(listing.search, Qt.Key.Key_Return)  # to the list
    press(listing.view, Qt.Key.Key_Return)  # opens the meeting
    assert page.view.title.text() == "13MSP Thirteenth Meeting of States Parties"

    page.view.tabs.setCurrentWidget(page.view.minutes)
    tab = page.view.minutes
    row = next(i for i, item in enumerate(tab.items) if item.item.number == "2")
    tab.agenda.setCurrentRow(row)
    tab.editor.selectAll()
    type_text(tab.editor, "Adopted as orally amended; thanks to Ségolène.")
    press(tab.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    meeting = MeetingsService(context.database).find_meeting("13MSP")
    written = MinutesService(context.database).items(meeting.id)[row].entry
    assert written is not None
    assert written.text == "Adopted as orally amended; thanks to Ségolène."
    assert "(nothing yet)" not in tab.agenda.item(row).text()


def test_the_details_form_shows_errors_next_to_the_field(window, qtbot, context) -> None:
    page = open_meetings(window, qtbot)
    QTest.mouseClick(page.list.new_button, Qt.MouseButton.LeftButton)
    form = page.view.details
    type_text(form.country, "Switzerland")
    QTest.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.rows.errors["title"].text() == "Title is required."
    assert "ISO code" in form.rows.errors["country_iso3"].text()
    assert not form.rows.errors["code"].isVisible()
    assert not any(m.title == "" for m in MeetingsService(context.database).meetings())


def _answer_done_dialog(day: date) -> None:
    """Accept the "done on" question (it opens modal) with ``day`` and a note."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, DoneDialog)
        assert dialog.day.value() == date.today()  # prefilled
        dialog.day.set_value(day)
        type_text(dialog.note, "Sent by e-mail")
        press(dialog, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)


def test_ctrl_d_marks_the_overdue_point_done(window, qtbot, context) -> None:
    page = open_meetings(window, qtbot)
    press(
        window,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    points = page.points
    assert page.tabs.currentWidget() is points
    statuses = shown(points.view, "Status")
    overdue = [s.endswith("overdue") for s in statuses]
    assert any(overdue) and overdue == sorted(overdue, reverse=True)  # overdue first
    first = points.model.row_at(0)
    assert points.model.data(points.model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is not None
    first_cell = points.view.visualRect(points.view.model().index(0, 1)).center()
    QTest.mouseClick(points.view.viewport(), Qt.MouseButton.LeftButton, pos=first_cell)
    _answer_done_dialog(date(2026, 11, 30))
    press(points.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)

    done = MinutesService(context.database).points_of(first.point.meeting_id)
    closed = next(p for p in done if p.id == first.point.id)
    assert closed.status is ActionStatus.DONE
    assert closed.closed_on == date(2026, 11, 30) and closed.closing_note == "Sent by e-mail"
    assert first.point.text not in shown(points.view, "Action")  # the open list moved on


def test_search_cote_finds_cote_d_ivoire_highlighted_and_opens_the_item(
    window, qtbot, context
) -> None:
    page = open_meetings(window, qtbot)
    press(
        window,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    type_text(page.search.box, "cote")
    results = page.search.results
    assert results.count() >= 1
    shown = results.item(0).data(HTML)
    assert "Côte</span> d'Ivoire" in shown and "background" in shown
    press(page.search.box, Qt.Key.Key_Return)  # to the results
    press(results, Qt.Key.Key_Return)  # opens the meeting at that item
    assert page.view.tabs.currentWidget() is page.view.minutes
    assert "Côte d'Ivoire" in page.view.minutes.editor.toPlainText()


def test_the_dashboard_tiles_count_and_open_what_they_count(window, qtbot, context) -> None:
    service = MeetingsService(context.database)
    upcoming = service.save(
        Meeting("", MeetingKind.COORDINATION_COMMITTEE, "Committee next week",
                date.fromordinal(date.today().toordinal() + 7))
    ).unwrap()  # fmt: skip
    service.save(AgendaItem("", upcoming.id, "1", "Adoption of the agenda")).unwrap()
    tile = window.pages["Dashboard"].tiles["meetings"]
    qtbot.waitUntil(lambda: tile.tiles["next"].value.text() == "in 7 days")
    assert "Committee next week" in tile.tiles["next"].caption.text()
    overdue, waiting = MinutesService(context.database).counts()
    assert overdue >= 1 and tile.tiles["overdue"].value.text() == str(overdue)
    assert tile.tiles["awaiting"].value.text() == str(waiting)

    QTest.mouseClick(tile.tiles["overdue"], Qt.MouseButton.LeftButton)
    page = window.pages["Meetings"]
    assert window.current_section() == "Meetings" and page.tabs.currentWidget() is page.points
    window.show_section("Dashboard")
    QTest.mouseClick(tile.tiles["next"], Qt.MouseButton.LeftButton)
    assert page.view.title.text() == "Committee next week"


def _answer_reason(reason: str) -> None:
    """Type the reason into the "why" question (a modal QInputDialog) and confirm."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        editor = dialog.findChild(QLineEdit)
        type_text(editor, reason)
        press(editor, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)


def test_approved_minutes_change_only_by_a_correction_with_a_reason(window, qtbot, context) -> None:
    page = open_meetings(window, qtbot)
    approved = [
        m for m in MeetingsService(context.database).meetings()
        if MinutesService(context.database).minutes(m.id).status.value == "approved"
    ]  # fmt: skip
    page.open_meeting(approved[0])
    page.view.open_tab("minutes")
    tab = page.view.minutes
    assert tab.save_button.text() == "Correct…"
    tab.agenda.setCurrentRow(0)
    before = tab.editor.toPlainText()
    tab.editor.selectAll()
    type_text(tab.editor, "The agenda was adopted as amended.")
    _answer_reason("Typo in the approved text")
    press(tab.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    item = MinutesService(context.database).items(approved[0].id)[0]
    assert item.entry is not None and item.entry.text == "The agenda was adopted as amended."
    assert [(c.approved_text, c.reason) for c in item.corrections] == [
        (before, "Typo in the approved text")
    ]
    assert "Typo in the approved text" in tab.corrections.text()

    QTest.mouseClick(page.view.findChild(QPushButton, "minutes_history"), Qt.MouseButton.LeftButton)
    panel = page.view.history_window.panel
    qtbot.waitUntil(lambda: panel.table.rowCount() >= 1)
    cells = [panel.table.item(0, c).text() for c in range(panel.table.columnCount())]
    assert before in cells and "The agenda was adopted as amended." in cells


def test_the_registration_dialog_lists_new_people_and_creates_only_the_ticked(
    window, qtbot, context, tmp_path
) -> None:
    page = open_meetings(window, qtbot)
    page.open_meeting(MeetingsService(context.database).find_meeting("13MSP"))
    listed_before = len(MeetingsService(context.database).participants(page.view.meeting.id))
    registrations = tmp_path / "registrations.csv"
    registrations.write_text(
        "Name,Given name,Title,Delegation,E-mail\n"
        "Kowalczyk,Zofia,Ms.,GERMANY,z.kowalczyk@example.org\n"
        "Ndiaye,Awa,Ms.,COTE D'IVOIRE,a.ndiaye@example.org\n",
        encoding="utf-8",
    )
    dialog = RegistrationDialog(context.database, page.view.meeting, page)
    qtbot.addWidget(dialog)
    dialog.load(registrations)
    dialog.show()
    people = dialog.people
    assert [people.item(r).text().split(" — ")[0] for r in range(people.count())] == [
        "line 2: Zofia Kowalczyk",
        "line 3: Awa Ndiaye",
    ]
    people.setCurrentRow(1)
    press(people, Qt.Key.Key_Space)  # untick Awa Ndiaye
    QTest.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert "1 participants added, 1 new contacts" in dialog.summary
    after = MeetingsService(context.database).participants(page.view.meeting.id)
    assert len(after) == listed_before + 1


def test_the_minutes_open_as_a_pdf_preview(window, qtbot, context) -> None:
    page = open_meetings(window, qtbot)
    page.open_meeting(MeetingsService(context.database).find_meeting("13MSP"))
    button = next(b for b in page.view.findChildren(QPushButton) if b.text() == "Minutes…")
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    preview = page.view.report_preview.preview
    qtbot.waitUntil(lambda: preview.pdf_bytes is not None, timeout=20000)
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(preview.pdf_bytes)).pages)
    assert "Thirteenth Meeting of States Parties" in text
    page.view.report_preview.close()


def test_text_typed_under_one_item_is_saved_when_another_is_chosen(window, qtbot, context) -> None:
    page = open_meetings(window, qtbot)
    meeting = MeetingsService(context.database).find_meeting("13MSP")
    page.open_meeting(meeting)
    page.view.open_tab("minutes")
    tab = page.view.minutes
    tab.agenda.setCurrentRow(0)
    tab.editor.selectAll()
    type_text(tab.editor, "The President opened the meeting.")
    tab.agenda.setFocus()
    press(tab.agenda, Qt.Key.Key_Down)  # the next item, with the keyboard
    assert tab.agenda.currentRow() == 1 and not tab.dirty
    first = MinutesService(context.database).items(meeting.id)[0].entry
    assert first is not None and first.text == "The President opened the meeting."


def _fill_record_dialog(fields: dict[str, str], then_fix: dict[str, str] | None = None) -> list:
    """Fill the open record form, press Enter; optionally correct fields after an error."""
    seen: list = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RecordDialog)
        for key, text in fields.items():
            type_text(dialog.fields[key], text)
        QTest.mouseClick(
            dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
            Qt.MouseButton.LeftButton,
        )
        seen.append({k: e.text() for k, e in dialog.rows.errors.items() if e.text()})
        for key, text in (then_fix or {}).items():
            dialog.fields[key].clear()
            type_text(dialog.fields[key], text)
        if then_fix:
            QTest.mouseClick(
                dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                Qt.MouseButton.LeftButton,
            )

    QTimer.singleShot(0, answer)
    return seen


def test_an_agenda_item_added_in_its_form_gets_minutes(window, qtbot, context) -> None:
    page = open_meetings(window, qtbot)
    page.open_meeting(MeetingsService(context.database).find_meeting("13MSP"))
    page.view.open_tab("agenda")
    errors = _fill_record_dialog({"number": "11 b", "title": "Closure"}, then_fix={"number": "11"})
    QTest.mouseClick(page.view.findChild(QPushButton, "new_agendaitem"), Qt.MouseButton.LeftButton)
    assert "number" in errors[0]  # shown under the field; the dialog stayed open
    agenda = MeetingsService(context.database).agenda(page.view.meeting.id)
    assert (agenda[-1].number, agenda[-1].title) == ("11", "Closure")
    qtbot.waitUntil(lambda: shown(page.view.views["agenda"], "Agenda item")[-1] == "Closure")
    page.view.open_tab("minutes")
    assert (
        page.view.minutes.agenda.item(page.view.minutes.agenda.count() - 1)
        .text()
        .startswith("11  Closure")
    )


def test_people_marked_present_appear_in_the_minutes(window, qtbot, context) -> None:
    page = open_meetings(window, qtbot)
    meeting = MeetingsService(context.database).find_meeting("13MSP")
    page.open_meeting(meeting)
    page.view.open_tab("participants")
    view = page.view.views["participants"]
    first = view.visualRect(view.model().index(0, 0)).center()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=first)
    name = view.model().index(0, 0).data()
    QTest.mouseClick(page.view.findChild(QPushButton, "mark_apologies"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shown(view, "Attendance")[0] == "Apologies")
    page.view.open_tab("minutes")
    assert name in page.view.minutes.attendance.text().split("Apologies:")[1]
