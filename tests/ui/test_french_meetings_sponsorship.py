"""The Meetings and Sponsorship pages read in French once the French translators are installed:
the tabs, buttons, column headers, counts and sentences of a meeting opened with the keyboard
and of a sponsorship round, and no English text of the translation files left on screen."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from importlib import resources

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabBar,
    QTableView,
    QWidget,
)
from tests.ui.ui_keys import press, type_text

from isu_desk.services.demo import load_demo
from isu_desk.ui.i18n import install_translators, remove_translators
from isu_desk.ui.main_window import SECTIONS

NBSP = "\u00a0"


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    installed = install_translators(qapp, "fr")
    assert QCoreApplication.translate("SponsorshipPage", "New round…") == "Nouveau cycle…"
    yield
    remove_translators(qapp, installed)


@pytest.fixture
def window(french: None, context, open_window):  # type: ignore[no-untyped-def]
    load_demo(context.database)
    return open_window()


def _section(window, qtbot, title: str):  # type: ignore[no-untyped-def]
    """Ctrl+<its number>, as in the Go menu."""
    number = SECTIONS.index(title) + 1
    press(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.current_section() == title)
    return window.pages[title]


def _english(area: str) -> set[str]:
    """The sources of ``area``'s translation file whose French differs from the English."""
    path = resources.files("isu_desk") / "resources" / "i18n" / f"{area}_fr.ts"
    english = set()
    for message in ET.fromstring(path.read_text(encoding="utf-8")).iter("message"):
        source, translation = message.findtext("source"), message.find("translation")
        if translation is not None and "".join(translation.itertext()).strip() != source:
            english.add(source)
    return english


def _shown(page: QWidget) -> list[str]:
    """Every text the page shows: labels, buttons, tabs, placeholders and column headers."""
    shown = [*page.findChildren(QLabel), *page.findChildren(QPushButton)]
    texts = [w.text() for w in shown if w.isVisible()]
    for bar in page.findChildren(QTabBar):
        texts += [bar.tabText(i) for i in range(bar.count())]
    for view in page.findChildren(QTableView):
        model = view.model()
        texts += [
            str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())
        ]
    texts += [w.placeholderText() for w in page.findChildren(QLineEdit)]
    return [t for t in texts if t]


def _headers(view) -> list[str]:  # type: ignore[no-untyped-def]
    model = view.model()
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def test_a_meeting_opened_in_french(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _section(window, qtbot, "Meetings")
    listing = page.list
    assert [page.tabs.tabText(i) for i in range(3)] == ["Réunions", "Points d'action", "Rechercher"]
    assert _headers(listing.view) == ["Dates", "Code", "Réunion", "Type", "Lieu", "Statut"]
    assert listing.count.text().endswith(" réunions")
    assert listing.new_button.text() == "Nouvelle réunion…"
    type_text(listing.search, "13MSP")
    assert listing.count.text() == "1 réunion"
    press(listing.search, Qt.Key.Key_Return)
    press(listing.view, Qt.Key.Key_Return)  # opens 13MSP
    view = page.view
    qtbot.waitUntil(lambda: view.isVisible())
    assert [view.tabs.tabText(i) for i in range(view.tabs.count())] == [
        "Détails", "Ordre du jour et documents", "Participants", "Procès-verbal", "Décisions",
        "Points d'action",
    ]  # fmt: skip
    buttons = {b.text() for b in view.findChildren(QPushButton)}
    assert {"← Toutes les réunions", "Liste des participants…", "Procès-verbal…",
            "Reporter les points ouverts", "Enregistrer"} <= buttons  # fmt: skip
    assert _headers(view.views["participants"]) == [
        "Nom", "Délégation", "Catégorie", "Chef", "Présence",
    ]  # fmt: skip
    participants = view.views["participants"].model()
    assert participants.index(0, 2).data() == "États parties"
    assert participants.index(0, 4).data() == "Présent"
    view.open_tab("minutes")
    assert view.minutes.status.text().startswith(f"Procès-verbal{NBSP}: <b>")
    assert view.minutes.attendance.text().startswith(f"Présents{NBSP}: ")
    left = set(_shown(page)) & _english("meetings")
    assert not left, f"English left on the Meetings page: {sorted(left)}"
    # In French too the page fits the window of a 1280x720 screen at 150 % (853 px wide).
    holder = window.holders["Meetings"]
    chrome = window.width() - holder.viewport().width()  # the sidebar and margins
    assert page.minimumSizeHint().width() <= 853 - chrome


def test_the_sponsorship_page_in_french(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _section(window, qtbot, "Sponsorship")
    qtbot.waitUntil(lambda: page.model.rowCount() > 1)
    statuses = {page.model.index(r, 2).data() for r in range(page.model.rowCount())}
    assert "Acceptée" in statuses and "Accepted" not in statuses
    assert _headers(page.view) == [
        "État", "Candidat(e)", "Statut", "Note", "Estimation (CHF)", "Versé (CHF)", "Genre",
        "Rôle", "Reçue",
    ]  # fmt: skip
    # Amounts as French writes them: "37 055,00 CHF" (narrow no-break space, comma).
    assert re.search(r"\d\u202f\d{3},\d\d\xa0CHF restants sur ", page.gauge.format())
    assert page.figures.text().startswith("Budget 60\u202f000,00\xa0CHF")
    assert " · offres en attente " in page.figures.text()
    buttons = {b.text() for b in page.findChildren(QPushButton)}
    assert {"Nouveau cycle…", "Pondération des priorités…", "Recevable", "Lettres d'offre",
            "Proposer des offres…", "Saisir un versement…"} <= buttons  # fmt: skip
    first = page.view.visualRect(page.view.model().index(0, 1))
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=first.center())
    lines = page.detail.text().splitlines()
    assert any(line.startswith("Note ") for line in lines)
    assert f"  Calculée{NBSP}: " in page.detail.text() and "Étapes" in lines
    second = page.view.visualRect(page.view.model().index(1, 1))
    qtbot.mouseClick(
        page.view.viewport(), Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier, second.center(),
    )  # fmt: skip
    assert page.detail.text() == "2 demandes sélectionnées."
    left = set(_shown(page)) & _english("sponsorship")
    assert not left, f"English left on the Sponsorship page: {sorted(left)}"


SAME_IN_FRENCH = {"Budget", "Absent", "Note verbale"}


def test_every_status_kind_and_category_shown_has_its_french(french: None) -> None:
    from isu_desk.capabilities.directory.api import Gender
    from isu_desk.capabilities.meetings.domain import records as meetings
    from isu_desk.capabilities.meetings.ui import labels as meeting_labels
    from isu_desk.capabilities.sponsorship.domain.costs import CostKind
    from isu_desk.capabilities.sponsorship.domain.records import Channel, Role
    from isu_desk.capabilities.sponsorship.domain.workflow import Status
    from isu_desk.capabilities.sponsorship.ui import labels as sponsorship_labels
    from isu_desk.ui.widgets import enum_english

    shown = [
        (meeting_labels.label, enum_english, kind)
        for kind in (meetings.ActionStatus, meetings.Attendance, meetings.DecisionKind,
                     meetings.DelegationCategory, meetings.DocumentStatus, meetings.MeetingFormat,
                     meetings.MeetingKind, meetings.MeetingStatus, meetings.MinutesStatus)
    ] + [
        (sponsorship_labels.label, enum_english, kind)
        for kind in (Status, Role, Channel, CostKind, Gender)
    ]  # fmt: skip
    english = [(english(m), label(m)) for label, english, kind in shown for m in kind]
    assert [e for e, french in english if e == french and e not in SAME_IN_FRENCH] == []
