"""The Directory and Contributions sections in French, driven as a user drives them.

The French translators are installed before the window is built and removed
afterwards, so every other test sees the window in English.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabBar,
    QWidget,
)
from tests.ui.ui_keys import press, type_text

from isu_desk.capabilities.contributions.domain import records
from isu_desk.capabilities.contributions.services.demo import load_demo
from isu_desk.capabilities.contributions.ui import models
from isu_desk.capabilities.contributions.ui.page import ContributionsPage
from isu_desk.capabilities.directory import domain
from isu_desk.capabilities.directory.services.service import DirectoryService
from isu_desk.capabilities.directory.ui import phrases
from isu_desk.capabilities.directory.ui.page import DirectoryPage
from isu_desk.services.demo import load_demo as load_directory_demo
from isu_desk.ui.context import AppContext
from isu_desk.ui.i18n import install_translators
from isu_desk.ui.main_window import MainWindow
from isu_desk.ui.widgets import enum_english


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    locale = QLocale()  # install_translators may make French the default locale too
    installed = install_translators(qapp, "fr")
    assert len(installed) >= 3  # directory, contributions and Qt's own
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


@pytest.fixture
def window_fr(french: None, open_window: Callable[[], MainWindow]) -> MainWindow:
    return open_window()


def headers(view: Any) -> list[str]:
    model = view.model()
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def form_labels(widget: QWidget) -> list[str]:
    """The label of every row of the forms inside ``widget``."""
    texts = []
    for layout in widget.findChildren(QFormLayout):
        for row in range(layout.rowCount()):
            item = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel) and label.text():
                texts.append(label.text())
    return texts


def click_tab(qtbot, tabs: Any, title: str) -> None:
    bar = tabs.findChild(QTabBar)
    index = [bar.tabText(i) for i in range(bar.count())].index(title)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())


def button(parent: QWidget, text: str) -> QPushButton:
    return next(b for b in parent.findChildren(QPushButton) if b.text() == text)


def test_directory_in_french(
    qtbot, monkeypatch, window_fr: MainWindow, directory: DirectoryService
) -> None:
    window_fr.show_section("Directory")
    page = window_fr.pages["Directory"]
    assert isinstance(page, DirectoryPage)
    bar = page.tabs.findChild(QTabBar)
    tab_titles = [bar.tabText(i) for i in range(bar.count())]
    assert tab_titles == ["États", "Organisations", "Contacts", "Titulaires de mandat"]
    states = page.panes["states"]
    assert headers(states.view)[:3] == ["Nom", "Code", "Statut"]
    assert states.new_button.text() == "Nouvel État"
    assert states.search.placeholderText() == "Rechercher un État par nom ou code"
    qtbot.waitUntil(lambda: states.count_label.text().endswith(" États"))
    statuses = {states.model.index(r, 2).data() for r in range(states.model.rowCount())}
    assert {"État partie", "Signataire"} <= statuses
    status_filter = states.filters["status"]
    assert status_filter.currentText() == "Tous les statuts"
    assert status_filter.findText("Non partie") > 0

    click_tab(qtbot, page.tabs, "Contacts")
    contacts = page.panes["contacts"]
    assert page.tabs.currentWidget() is contacts
    press(window_fr, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = contacts.form
    assert form.heading.text() == "Nouveau contact"
    labels = form_labels(form)
    assert labels[:4] == ["Titre", "Nom", "Fonction", "Genre"]
    assert {"État", "Organisation", "Courriel", "Langues", "Notes"} <= set(labels)
    assert form.fields["position"].placeholderText() == "p. ex. Représentant permanent"
    assert [contacts.revert_button.text(), contacts.save_button.text()] == [
        "Rétablir",
        "Enregistrer",
    ]

    type_text(form.fields["name"], "Hélène Dubœuf")
    press(window_fr, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: form.heading.text() == "Hélène Dubœuf")  # saved in the background
    assert directory.count("contacts") == 1
    assert window_fr.statusBar().currentMessage() == "Enregistré\u00a0: Hélène Dubœuf."
    qtbot.waitUntil(lambda: contacts.count_label.text() == "1 contact")

    asked: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append((a[1], a[2])) or a[4]
    )  # the answer is the default button: No
    qtbot.mouseClick(contacts.delete_button, Qt.MouseButton.LeftButton)
    assert asked == [
        (
            "Supprimer le contact",
            "Supprimer Hélène Dubœuf\u00a0? Vous pourrez annuler la suppression avec "
            "Annuaire ▸ Annuler (Ctrl+Z).",
        )
    ]
    assert directory.count("contacts") == 1


def when_dialog_opens(act: Callable[[QDialog], None]) -> None:
    """Run ``act`` on the modal dialog as soon as it shows (its exec() blocks the test)."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog.isVisible():
            act(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def test_contributions_and_a_payment_form_in_french(
    qtbot, context: AppContext, french: None, open_window: Callable[[], MainWindow]
) -> None:
    load_directory_demo(context.database)
    load_demo(context.database)
    window = open_window()
    window.show_section("Contributions")
    page = window.pages["Contributions"]
    assert isinstance(page, ContributionsPage)
    bar = page.tabs.findChild(QTabBar)
    assert [bar.tabText(i) for i in range(bar.count())] == [
        "Annonces de contribution",
        "Contributions reçues",
        "Budget",
        "Taux de change",
    ]
    pledges = page.pledges
    assert headers(pledges.view)[:5] == ["Donateur", "Fonds", "Années", "Devise", "Annoncé"]
    assert "Restant dû" in headers(pledges.view)
    status = headers(pledges.view).index("Statut")
    shown = {pledges.view.model().index(r, status).data() for r in range(pledges.model.rowCount())}
    assert {"Annoncée", "Partielle", "Versée"} <= shown
    assert " annonces · reçu CHF " in pledges.totals.text()
    assert pledges.year.currentText() == "Toutes les années"

    view = pledges.view
    first = view.visualRect(view.model().index(0, 0)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=first)
    seen: dict[str, Any] = {}

    def fill_and_save(dialog: QDialog) -> None:
        seen["title"] = dialog.windowTitle()
        seen["labels"] = form_labels(dialog)
        kind = dialog.fields["kind"]  # type: ignore[attr-defined]
        seen["kinds"] = [kind.itemText(i) for i in range(kind.count())]
        box = dialog.findChild(QDialogButtonBox)
        seen["buttons"] = [b.text() for b in box.buttons()]
        amount = dialog.fields["amount"]  # type: ignore[attr-defined]
        amount.selectAll()
        type_text(amount, "1000")
        save = box.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible())  # saved in the background, then closed
        seen["open after save"] = dialog.isVisible()

    entries_before = page.ledger.model.rowCount()
    when_dialog_opens(fill_and_save)
    qtbot.mouseClick(button(pledges, "Enregistrer un versement…"), Qt.MouseButton.LeftButton)

    assert seen["kinds"] == ["Annuelle", "Pluriannuelle", "Volontaire"]
    assert seen["title"] == "Enregistrer une contribution"
    assert seen["labels"][:3] == ["Annonce de contribution", "Donateur", "Fonds"]
    assert "Montant réglé dans la devise de l'annonce" in seen["labels"]
    assert "Année du plan de travail" in seen["labels"]
    assert sorted(seen["buttons"]) == ["Annuler", "Enregistrer"]
    assert seen["open after save"] is False
    assert window.statusBar().currentMessage() == "Enregistré."
    assert page.ledger.model.rowCount() == entries_before + 1
    assert " écritures · total CHF " in page.ledger.totals.text()


@pytest.mark.parametrize("labels, enums", [
    ("directory", ("StateStatus", "ConsentType", "UnRegion", "CorrespondenceLanguage",
                   "OrganisationKind", "Gender", "OfficeRole")),
    ("contributions", ("FundKind", "ContributionKind", "ContributionForm", "EntryType",
                       "PledgeStatus")),
])  # fmt: skip
def test_every_enum_value_shown_is_marked_for_translation(labels: str, enums: tuple) -> None:
    """A value added to an enum the window shows must be added to ENUM_LABELS (and the .ts)."""
    module, declared = (
        (domain, phrases.ENUM_LABELS) if labels == "directory" else (records, models.ENUM_LABELS)
    )
    shown = {enum_english(member) for name in enums for member in getattr(module, name)}
    assert shown == set(declared)
