"""The Sponsorship section with real keys and clicks: a round by score, search, a step taken,
the breakdown beside the table, letters for the selected rows; the dashboard tile."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from tests.ui.ui_keys import press, type_text

from isu_desk.capabilities.sponsorship.domain.workflow import Status
from isu_desk.capabilities.sponsorship.services.demo import load_demo
from isu_desk.storage.database import Database
from isu_desk.ui.i18n import install_translators, remove_translators
from isu_desk.ui.main_window import MainWindow
from isu_desk.ui.pdf_preview import PdfPreviewDialog


def _open(qtbot, window: MainWindow, section: str = "Sponsorship"):  # type: ignore[no-untyped-def]
    """Click the section in the sidebar."""
    item = window.sidebar.findItems(section, Qt.MatchFlag.MatchExactly)[0]
    rect = window.sidebar.visualItemRect(item)
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_section() == section
    if section != "Sponsorship":
        return None
    return dict(window.pages)["Sponsorship"]


def _click_row(qtbot, page, row: int) -> None:  # type: ignore[no-untyped-def]
    rect = page.view.visualRect(page.view.model().index(row, 1))
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_round_by_score_a_search_and_an_offer_taken(
    qtbot, database: Database, open_window
) -> None:  # type: ignore[no-untyped-def]
    load_demo(database, date(2026, 6, 1))
    page = _open(qtbot, open_window())
    assert page.round_choice.currentText().startswith("14MSP")
    scores = [page.view.model().index(r, 3).data() for r in range(page.view.model().rowCount())]
    assert len(scores) == 25
    assert [int(s.rstrip("*")) for s in scores] == sorted(
        (int(s.rstrip("*")) for s in scores), reverse=True
    )
    page.search.setFocus()
    type_text(page.search, "burundi")
    assert [r.application.nominee_name for r in page.model.rows] == ["Espérance Niyonzima"]
    _click_row(qtbot, page, 0)
    assert "Least developed country: 15" in page.detail.text()
    assert not page.step_buttons[Status.ACCEPTED].isEnabled()
    qtbot.mouseClick(page.step_buttons[Status.OFFERED], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rows and page.model.rows[0].status is Status.OFFERED)
    assert page.message.text() == ""
    assert "Offered" in page.model.index(0, 2).data()


def test_offer_letters_for_the_selected_rows_open_in_a_preview(
    qtbot, database: Database, open_window
) -> None:  # type: ignore[no-untyped-def]
    load_demo(database, date(2026, 6, 1))
    page = _open(qtbot, open_window())
    page.status_choice.setFocus()
    page.status_choice.set_value(Status.OFFERED)
    page.status_choice.edited.emit()
    assert {r.status for r in page.model.rows} == {Status.OFFERED}
    page.view.setFocus()
    press(page.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(page.selected()) == 3
    offer = next(b for b in page.findChildren(type(page.step_buttons[Status.OFFERED]))
                 if b.text() == "Offer letters")  # fmt: skip
    earlier = _previews()  # another test's preview may still be open
    qtbot.mouseClick(offer, Qt.MouseButton.LeftButton)

    def previewed() -> PdfPreviewDialog | None:
        found = [w for w in _previews() if w not in earlier]
        return found[0] if found and found[0].preview.pdf_bytes else None

    qtbot.waitUntil(lambda: previewed() is not None, timeout=10_000)
    dialog = previewed()
    assert dialog is not None and dialog.preview.document.pageCount() == 3
    dialog.close()


def _previews() -> list[PdfPreviewDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, PdfPreviewDialog)]


def test_the_dashboard_tile_shows_the_open_round(qtbot, database: Database, open_window) -> None:  # type: ignore[no-untyped-def]
    load_demo(database, date(2026, 6, 1))
    window = open_window()
    _open(qtbot, window, "Dashboard")
    tile = next(w for w in window.findChildren(object) if type(w).__name__ == "SponsorshipTile")
    assert tile.tiles["round"].value.text().endswith("MSP")
    assert tile.tiles["waiting"].value.text() == "9"


def test_the_application_form_names_each_mistake_and_saves_a_new_nominee(
    qtbot, database: Database, open_window
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialogButtonBox

    from isu_desk.capabilities.directory.api import Contact, DirectoryService
    from isu_desk.capabilities.sponsorship.domain.records import Application
    from isu_desk.capabilities.sponsorship.ui.form import ApplicationDialog

    load_demo(database, date(2026, 6, 1))
    page = _open(qtbot, open_window())
    before = len(page.rows)
    dialog = ApplicationDialog(
        page.service, database, Application("", page.round_id(), "", "", date(2026, 11, 30)), page
    )
    dialog.show()
    qtbot.waitExposed(dialog)
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    ticket = dialog.fields["ticket_chf"]
    ticket.setFocus()
    ticket.selectAll()
    type_text(ticket, "12,5x")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.errors["ticket_chf"].text() == "“12,5x” is not an amount (1234.50)."
    ticket.selectAll()
    type_text(ticket, "1480.50")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.errors["nominee_name"].text() == "Enter the nominee's name."
    assert len(page.service.applications(page.round_id())) == before
    name = dialog.fields["nominee_name"]
    name.setFocus()
    type_text(name, "Đặng Thu Hà")
    dialog.create_contact.setChecked(True)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = dialog.saved
    assert saved.ticket_chf == Decimal("1480.50")
    qtbot.waitUntil(lambda: len(page.rows) == before + 1)
    assert DirectoryService(database).get(Contact, str(saved.contact_id)).name == "Đặng Thu Hà"


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_page_never_scrolls_sideways_on_a_small_screen(
    qtbot, qapp, database: Database, open_window, language: str
) -> None:  # type: ignore[no-untyped-def]
    """A 1280x720 screen at 150 % leaves the window 853x480: the buttons wrap, the page
    scrolls down, never sideways, in English and in French."""
    load_demo(database, date(2026, 6, 1))
    installed = install_translators(qapp, language)
    try:
        window = open_window()
        window.resize(853, 480)
        window.show_section("Sponsorship")  # its key, whatever the sidebar's language
        page = window.pages["Sponsorship"]
        holder = window.holders["Sponsorship"]
        qtbot.waitUntil(lambda: holder.verticalScrollBar().maximum() > 0)  # the buttons wrapped
        assert page.minimumSizeHint().width() <= holder.viewport().width()
        assert holder.horizontalScrollBar().maximum() == 0
        propose = page.findChildren(QPushButton)[-1]
        assert propose.text() == ("Propose offers…" if language == "en" else "Proposer des offres…")
        holder.ensureWidgetVisible(propose)
        corner = propose.mapTo(holder.viewport(), propose.rect().bottomRight())
        assert holder.viewport().rect().contains(corner)  # reachable by scrolling down
    finally:
        remove_translators(qapp, installed)
