"""The window in French: its menus and sidebar read in French, a payment's date and
amount are written the French way, and the language chosen in Settings is the one
the next start uses."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox
from tests.helpers import payment
from tests.ui.ui_keys import press, type_text

from isu_desk.capabilities.contributions.services.service import ContributionsService
from isu_desk.storage.database import Database
from isu_desk.ui.date_edit import DateEdit
from isu_desk.ui.formats import display_amount, display_date, display_money
from isu_desk.ui.i18n import (
    chosen_language,
    install_translators,
    remove_translators,
    window_language,
)
from isu_desk.ui.settings_dialog import SettingsDialog

NNBSP, NBSP = "\u202f", "\u00a0"


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "fr")
    yield
    remove_translators(qapp, translators)


def _payment(database: Database) -> None:
    ledger = ContributionsService(database)
    ledger.ensure_default_funds()
    norway = next(i for _, i, name in ledger.donors() if name == "Norway")
    draft = payment("1234.5", id="", pledge_id=None, donor_state_id=norway, currency="CHF",
                    rate_to_chf=Decimal(1), amount_chf=Decimal("1234.50"),
                    fund_id=ledger.funds()[0].id, received_on=date(2025, 12, 3))  # fmt: skip
    ledger.record(draft, confirmed=True).unwrap()


def _accelerators(texts: list[str]) -> list[str]:
    return [text[text.index("&") + 1].lower() for text in texts if "&" in text]


def _cells(view) -> set[str]:
    model = view.model()
    return {
        str(model.index(r, c).data())
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    }


def test_the_window_reads_in_french(french, database: Database, open_window, qtbot) -> None:
    _payment(database)
    window = open_window()

    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[:3] == ["&Fichier", "&Édition", "A&ller"]
    assert menus[-1] == "&Aide"
    assert "Synchronisation" in menus  # a section's menu, under its translated title
    file_menu = window.menuBar().actions()[0].menu()
    items = [a.text() for a in file_menu.actions() if not a.isSeparator()]
    assert items[:4] == ["Sauvegarder…", "&Restaurer…", "Importer…", "Exporter…"]
    assert items[-2:] == ["Paramètres…", "Quitter"]
    for bar_or_menu in [window.menuBar()] + [a.menu() for a in window.menuBar().actions()]:
        keys = _accelerators([a.text() for a in bar_or_menu.actions()])
        assert len(keys) == len(set(keys)), keys  # Alt+letter reaches one item only
    sidebar = [window.sidebar.item(row).text() for row in range(window.sidebar.count())]
    assert sidebar[0] == "Tableau de bord"
    assert {"Rapports", "Synchronisation"} <= set(sidebar)
    assert window.workstation_label.text() == f"Poste{NBSP}: Test desk"

    # Ctrl+2 opens the second section (Contributions), whose ledger lists the payment.
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts reach the active window only
    press(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.current_page()
    qtbot.waitUntil(lambda: "1" + NNBSP + "234,50" in _cells(page.ledger.view))
    assert "3 déc. 2025" in _cells(page.ledger.view)
    assert window.windowTitle().endswith("— ISU Desk")


def test_the_language_chosen_in_settings_is_used_at_the_next_start(context, qtbot) -> None:
    assert chosen_language() == "system"
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    choice = dialog.findChild(QComboBox, "setting_language")
    assert [choice.itemText(i) for i in range(choice.count())] == [
        "System language",
        "English",
        "Français",
    ]
    choice.setCurrentIndex(choice.findText("Français"))
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: chosen_language() == "fr")  # once the settings are saved
    assert window_language() == "fr"
    assert window_language("en") == "en"


def test_english_installs_no_translator_and_keeps_english_dates(qapp: QApplication) -> None:
    translators = install_translators(qapp, "en")
    try:
        assert translators == []
        assert QLocale().name() == "en_GB"
        assert display_date(date(2026, 12, 1)) == "1 Dec 2026"
        assert display_money(Decimal("1234.5")) == "CHF 1,234.50"
    finally:
        remove_translators(qapp, translators)


def test_french_money_has_the_currency_after_the_figure(french) -> None:
    assert display_money(Decimal("1234.5")) == f"1{NNBSP}234,50{NBSP}CHF"
    assert display_amount(Decimal("1234567"), "JPY") == f"1{NNBSP}234{NNBSP}567"
    assert display_amount(Decimal("0.125"), "CHF") == "0,12"  # half-even, as everywhere


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("3 déc. 2025", date(2025, 12, 3)), ("31 mars 2026", date(2026, 3, 31))],
)
def test_a_french_date_typed_as_shown_is_that_date(french, qtbot, typed, expected) -> None:
    editor = DateEdit()
    qtbot.addWidget(editor)
    editor.setDate(QDate(2026, 12, 25))
    editor.show()
    editor.setFocus()
    editor.type_from_start()
    type_text(editor, typed)
    press(editor, Qt.Key.Key_Tab)
    assert editor.date().toPython() == expected
    assert editor.text() == display_date(expected)  # the editor and the lists agree
