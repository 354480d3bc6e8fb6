"""The round form, the GICHD payment form and the priority weights, with real keys and clicks:
a meeting picked by typing without accents, the deadline proposed ten weeks before it,
mistakes named under their fields, nothing saved until all are right."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QWidget,
)
from tests.reports.pdf_helpers import contains_name, pdf_pages
from tests.ui.ui_keys import press, type_text

from isu_desk.capabilities.meetings.api import Meeting, MeetingKind, MeetingsService
from isu_desk.capabilities.sponsorship.domain.priority import Criterion
from isu_desk.capabilities.sponsorship.domain.records import Round
from isu_desk.capabilities.sponsorship.domain.workflow import Status
from isu_desk.capabilities.sponsorship.services import budget, weights
from isu_desk.capabilities.sponsorship.services.demo import load_demo
from isu_desk.capabilities.sponsorship.services.service import SponsorshipService
from isu_desk.capabilities.sponsorship.storage import repo
from isu_desk.capabilities.sponsorship.ui.round_form import PaymentDialog, RoundDialog
from isu_desk.domain.ids import new_id
from isu_desk.storage.database import Database
from isu_desk.storage.mapping import to_columns
from isu_desk.ui.pdf_preview import PdfPreviewDialog

TODAY = date(2026, 6, 1)
START = date(2027, 9, 13)


def _page(qtbot, open_window):  # type: ignore[no-untyped-def]
    window = open_window()
    item = window.sidebar.findItems("Sponsorship", Qt.MatchFlag.MatchExactly)[0]
    rect = window.sidebar.visualItemRect(item)
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    return dict(window.pages)["Sponsorship"]


def _button(parent: QWidget, text: str) -> QPushButton:
    return next(b for b in parent.findChildren(QPushButton) if b.text() == text)


def _save(qtbot, dialog: QWidget) -> None:  # type: ignore[no-untyped-def]
    box = dialog.findChild(QDialogButtonBox)
    button = box.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _retype(field: QWidget, text: str) -> None:
    field.setFocus()
    field.selectAll()
    type_text(field, text)


def _in_modal(act: Callable[[QWidget], None]) -> None:
    """Run ``act`` on the dialog the next click opens (in its own loop); close it on failure."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, run)
            return
        try:
            act(dialog)
        except BaseException:
            dialog.reject()
            raise

    QTimer.singleShot(0, run)


def _fifteenth(database: Database) -> Meeting:
    meeting = Meeting(
        "", MeetingKind.MSP, "Quinzième Assemblée des États parties", START,
        START + timedelta(days=3), code="15MSP", city="Genève", country_iso3="CHE",
    )  # fmt: skip
    return MeetingsService(database, lambda: TODAY).save(meeting).unwrap()


def test_a_new_round_picks_its_meeting_by_typing_and_names_each_mistake(
    qtbot, database: Database, open_window
) -> None:  # type: ignore[no-untyped-def]
    load_demo(database, TODAY)
    meeting = _fifteenth(database)
    page = _page(qtbot, open_window)
    before = len(page.service.rounds())
    blank = Round("", "", TODAY, Decimal(0), Decimal(0), Decimal(0))
    dialog = RoundDialog(page.service, blank, MeetingsService(database).meetings(), page)
    dialog.show()
    qtbot.waitExposed(dialog)
    picker = dialog.fields["meeting_id"]
    type_text(picker.lineEdit(), "quinzieme etats")
    completer = picker.completer()
    offered = [completer.model().index(r, 0).data() for r in range(completer.model().rowCount())]
    assert offered == ["15MSP Quinzième Assemblée des États parties"]
    popup = completer.popup()
    assert popup.isVisible()
    press(popup, Qt.Key.Key_Down)
    press(popup, Qt.Key.Key_Return)
    assert picker.value() == meeting.id
    assert dialog.fields["deadline"].value() == START - timedelta(weeks=10)

    _retype(dialog.fields["budget_chf"], "12'000.5x")
    _retype(dialog.fields["dsa_rate_chf"], "-385")
    _save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.errors["budget_chf"].text() == "“12'000.5x” is not an amount (1234.50)."
    assert dialog.errors["budget_chf"].isVisible()
    assert not dialog.errors["dsa_rate_chf"].isVisible()  # the service was not asked yet
    _retype(dialog.fields["budget_chf"], "12000")
    _save(qtbot, dialog)
    assert dialog.isVisible() and not dialog.errors["budget_chf"].isVisible()
    assert dialog.errors["dsa_rate_chf"].text() == "The DSA rate cannot be negative."
    assert len(page.service.rounds()) == before

    _retype(dialog.fields["dsa_rate_chf"], "385")
    _retype(dialog.fields["terminal_expenses_chf"], "120")
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    saved = page.service.find_round("15MSP")
    assert saved is not None
    assert (saved.deadline, saved.budget_chf, saved.dsa_rate_chf, saved.terminal_expenses_chf) == (
        START - timedelta(weeks=10), Decimal("12000"), Decimal("385"), Decimal("120"),
    )  # fmt: skip
    qtbot.waitUntil(lambda: any(page.round_choice.itemText(i).startswith("15MSP")
                                for i in range(page.round_choice.count())))  # fmt: skip


def test_editing_a_round_through_the_window_keeps_its_deadline_and_changes_its_budget(
    qtbot, database: Database, open_window
) -> None:  # type: ignore[no-untyped-def]
    load_demo(database, TODAY)
    page = _page(qtbot, open_window)
    chosen = page.service.round(page.round_id())

    def edit(dialog: QWidget) -> None:
        assert dialog.fields["deadline"].value() == chosen.deadline
        assert dialog.fields["budget_chf"].text() == f"{chosen.budget_chf:.2f}"
        _retype(dialog.fields["budget_chf"], "75000")
        _save(qtbot, dialog)

    _in_modal(edit)
    qtbot.mouseClick(_button(page, "Edit round…"), Qt.MouseButton.LeftButton)
    after = page.service.round(page.round_id())
    assert (after.budget_chf, after.deadline, after.status) == (
        Decimal("75000"), chosen.deadline, chosen.status,
    )  # fmt: skip
    qtbot.waitUntil(lambda: "remaining of CHF 75,000.00" in page.gauge.format())


def test_a_gichd_payment_needs_its_amount_and_reference_then_counts_as_spent(
    qtbot, database: Database, open_window
) -> None:  # type: ignore[no-untyped-def]
    load_demo(database, TODAY)
    page = _page(qtbot, open_window)
    row = page.model.rows[0]
    spent = budget.round_budget(database, page.round_id()).spent
    dialog = PaymentDialog(database, row.application.id, row.application.nominee_name, TODAY, page)
    dialog.show()
    qtbot.waitExposed(dialog)
    _retype(dialog.fields["amount_chf"], "450,00x")
    _save(qtbot, dialog)
    assert dialog.errors["amount_chf"].text() == "“450,00x” is not an amount (1234.50)."
    _retype(dialog.fields["amount_chf"], "450.00")
    _save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.errors["gichd_reference"].text() == "Enter the GICHD reference."
    assert not dialog.errors["amount_chf"].isVisible()
    assert budget.round_budget(database, page.round_id()).spent == spent
    _retype(dialog.fields["gichd_reference"], "GICHD/SP/2026/077")
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    paid = budget.actual_costs(database, row.application.id)
    assert [(c.amount_chf, c.gichd_reference) for c in paid][-1] == (
        Decimal("450.00"), "GICHD/SP/2026/077",
    )  # fmt: skip
    qtbot.waitUntil(
        lambda: budget.round_budget(database, page.round_id()).spent == spent + Decimal("450")
    )
    qtbot.waitUntil(lambda: f"spent CHF {spent + 450:,.2f}" in page.figures.text())


def test_the_payment_button_opens_the_form_of_the_selected_application(
    qtbot, database: Database, open_window
) -> None:  # type: ignore[no-untyped-def]
    load_demo(database, TODAY)
    page = _page(qtbot, open_window)
    rect = page.view.visualRect(page.view.model().index(0, 1))
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    name = page.selected()[0].application.nominee_name
    seen: list[str] = []

    def look(dialog: QWidget) -> None:
        seen.append(dialog.windowTitle())
        seen.append(dialog.findChildren(type(page.detail))[0].text())
        dialog.reject()

    _in_modal(look)
    qtbot.mouseClick(_button(page, "Enter payment…"), Qt.MouseButton.LeftButton)
    assert seen == ["GICHD payment", f"Payment for {name}"]


def test_priority_weights_are_edited_in_the_window_and_bad_values_refused(
    qtbot, database: Database, open_window
) -> None:  # type: ignore[no-untyped-def]
    load_demo(database, TODAY)
    page = _page(qtbot, open_window)
    shown: dict[str, str] = {}

    def edit(dialog: QWidget) -> None:
        fields = dialog.fields
        shown["default"] = next(
            label.text() for label in dialog.findChildren(type(page.detail))
            if label.text() == "default 10" and label.isVisible()
        )  # fmt: skip
        _retype(fields["signatory"], "ten")
        _retype(fields["first_time"], "250")
        _save(qtbot, dialog)
        assert dialog.isVisible()
        shown["signatory"] = dialog.errors["signatory"].text()
        shown["first_time"] = dialog.errors["first_time"].text()
        assert weights.current(database).first_time == 10  # nothing saved
        qtbot.mouseClick(_button(dialog, "Restore defaults"), Qt.MouseButton.LeftButton)
        assert fields["signatory"].text() == "10"
        _retype(fields["first_time"], "30")
        _save(qtbot, dialog)
        assert not dialog.isVisible()

    _in_modal(edit)
    qtbot.mouseClick(_button(page, "Priority weights…"), Qt.MouseButton.LeftButton)
    assert shown == {
        "default": "default 10",
        "signatory": "'ten' is not a whole number of points.",
        "first_time": "Use a whole number from 0 to 100.",
    }
    assert weights.current(database).first_time == 30
    first_timers = [row for row in page.rows if row.application.first_time]
    assert first_timers
    for row in first_timers:
        points = [x.points for x in row.score.lines if x.criterion is Criterion.FIRST_TIME]
        assert points == [30]


def test_letters_of_the_selected_rows_are_saved_as_separate_files(
    qtbot, database: Database, open_window, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    load_demo(database, TODAY)
    page = _page(qtbot, open_window)
    page.status_choice.set_value(Status.REGRETTED)
    page.status_choice.edited.emit()
    names = [row.application.nominee_name for row in page.model.rows]
    assert names
    page.view.setFocus()
    press(page.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    out = tmp_path / "regrets"
    out.mkdir()
    # The system's folder chooser stands in for the user's choice of folder.
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    qtbot.mouseClick(_button(page, "Save letters as separate files…"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "saved in" in page.message.text(), timeout=20_000)
    assert page.message.text() == f"{len(names)} letters saved in {out}, one file each."
    files = sorted(out.glob("regret-*.pdf"))
    assert len(files) == len(names)
    texts = ["\n".join(pdf_pages(f.read_bytes())) for f in files]
    assert all(any(contains_name(t, n) for t in texts) for n in names)


def test_a_second_round_for_a_meeting_is_refused_under_the_meeting_field(
    qtbot, database: Database, open_window
) -> None:  # type: ignore[no-untyped-def]
    load_demo(database, TODAY)
    page = _page(qtbot, open_window)
    existing = page.service.rounds()[0]
    before = len(page.service.rounds())
    blank = Round("", "", TODAY, Decimal(0), Decimal(0), Decimal(0))
    dialog = RoundDialog(page.service, blank, MeetingsService(database).meetings(), page)
    dialog.show()
    qtbot.waitExposed(dialog)
    picker = dialog.fields["meeting_id"]
    type_text(picker.lineEdit(), existing.meeting_name.split()[0])
    press(picker.completer().popup(), Qt.Key.Key_Down)
    press(picker.completer().popup(), Qt.Key.Key_Return)
    assert picker.value() == existing.round.meeting_id
    _retype(dialog.fields["budget_chf"], "5000")
    _save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.errors["meeting_id"].isVisible()
    assert (
        dialog.errors["meeting_id"]
        .text()
        .startswith(f"{existing.meeting_name} already has a sponsorship round")
    )
    assert len(page.service.rounds()) == before
    dialog.reject()


def test_a_call_for_applications_to_states_ticked_in_a_searchable_list(
    qtbot, database: Database, open_window
) -> None:  # type: ignore[no-untyped-def]
    load_demo(database, TODAY)
    page = _page(qtbot, open_window)
    page.round_choice.set_value(page.service.find_round("14MSP").id)
    page.refresh()

    def tick(dialog: QWidget, typed: str) -> None:
        dialog.search.setFocus()
        dialog.search.selectAll()
        type_text(dialog.search, typed)
        press(dialog.search, Qt.Key.Key_Return)  # to the list, not the OK button
        assert dialog.isVisible() and dialog.focusWidget() is dialog.states
        press(dialog.states, Qt.Key.Key_Space)

    def answer(dialog: QWidget) -> None:
        box = dialog.findChild(QDialogButtonBox)
        ok = box.button(QDialogButtonBox.StandardButton.Ok)
        dialog.to_chosen.click()
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # nothing ticked yet: refused
        assert dialog.isVisible() and dialog.error.text().startswith("Tick the States")
        tick(dialog, "lao")
        tick(dialog, "senegal")
        assert [s.iso3 for s in dialog.ticked()] == ["LAO", "SEN"]  # ticks survive the filter
        assert dialog.count.text() == "2 State(s) ticked"
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    _in_modal(answer)
    qtbot.mouseClick(_button(page, "Call for applications…"), Qt.MouseButton.LeftButton)

    def previewed() -> PdfPreviewDialog | None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, PdfPreviewDialog)]
        return found[0] if found and found[0].preview.pdf_bytes else None

    qtbot.waitUntil(lambda: previewed() is not None, timeout=10_000)
    dialog = previewed()
    assert dialog is not None
    pages = pdf_pages(dialog.preview.pdf_bytes)
    assert [("Our reference" in p, "Notre référence" in p) for p in pages] == [
        (True, False), (False, True),
    ]  # fmt: skip
    assert "Lao" in pages[0] and "Senegal" in pages[1]
    dialog.close()
    dialog.deleteLater()  # so that no later test finds this preview
    qtbot.waitUntil(lambda: previewed() is None)


def test_two_rounds_for_one_meeting_are_told_and_the_empty_one_deleted(
    qtbot, monkeypatch, database: Database, open_window
) -> None:  # type: ignore[no-untyped-def]
    load_demo(database, TODAY)
    demo = SponsorshipService(database, lambda: TODAY).rounds()
    held = demo[0]
    twin = replace(held.round, id=new_id(), deadline=held.round.deadline - timedelta(days=1))
    with database.transaction() as session:  # as sync writes a round opened on another desk
        repo.insert(session, "rounds", to_columns(twin))
    page = _page(qtbot, open_window)
    name = held.meeting_name
    labels = [page.round_choice.itemText(i) for i in range(page.round_choice.count())]
    assert f"Round 1 of 2: {name}" in labels and f"Round 2 of 2: {name}" in labels
    assert page.twin_note.isVisible()
    assert page.twin_note.text().startswith(f"{name} has 2 sponsorship rounds")
    answers = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: answers.append(a[2]) or QMessageBox.StandardButton.Yes,
    )

    qtbot.mouseClick(_button(page, "Delete round…"), Qt.MouseButton.LeftButton)  # the full one
    qtbot.waitUntil(lambda: "only a round with nothing in it" in page.message.text())
    assert page.round_choice.value() == held.round.id
    assert len(page.service.rounds()) == len(demo) + 1
    page.round_choice.setFocus()
    press(page.round_choice, Qt.Key.Key_Down)  # the twin, listed second
    assert page.round_choice.value() == twin.id
    qtbot.mouseClick(_button(page, "Delete round…"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message.text().startswith("Round deleted"))

    assert answers[-1].startswith(f"Delete this sponsorship round?\n\nRound 2 of 2: {name}\n")
    assert [r.round.id for r in page.service.rounds()] == [r.round.id for r in demo]
    assert page.round_choice.value() == held.round.id
    assert page.round_choice.currentText() == name and not page.twin_note.isVisible()
