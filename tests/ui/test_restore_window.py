"""File ▸ Restore… as a user chooses it: the data comes back and the window reopens on it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from isu_desk.capabilities.directory.domain import Contact
from isu_desk.capabilities.directory.services.service import DirectoryService
from isu_desk.domain.ids import new_id
from isu_desk.services import backup as backups
from isu_desk.storage.database import Database
from isu_desk.ui.main_window import MainWindow


def contact_names(window: MainWindow) -> list[str]:
    window.show_section("Directory")
    page = window.pages["Directory"]
    pane = page.panes["contacts"]
    page.tabs.setCurrentWidget(pane)
    return [pane.model.row_data(row)["name"] for row in range(pane.model.rowCount())]


def choose_restore(qtbot, window: MainWindow) -> None:
    """File ▸ Restore… with the mouse, as a user does."""
    bar = window.menuBar()
    file_action = next(a for a in bar.actions() if a.text() == "&File")
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(file_action).center())
    menu = file_action.menu()
    assert isinstance(menu, QMenu)
    qtbot.waitUntil(menu.isVisible)
    restore = next(a for a in menu.actions() if a.text() == "&Restore…")
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(restore).center())


@pytest.fixture
def answers(monkeypatch) -> dict[str, object]:
    """The file the picker returns and the confirmation's answer; records what they showed."""
    seen: dict[str, object] = {"answer": QMessageBox.StandardButton.Yes, "warnings": []}

    def pick(_parent, _title, start, _filter):
        seen["start"] = start
        return str(seen["file"]), ""

    def question(_parent, _title, text, *_args):
        seen["question"] = text
        return seen["answer"]

    monkeypatch.setattr(QFileDialog, "getOpenFileName", pick)
    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: seen["warnings"].append(text))
    return seen


def close(window: MainWindow) -> None:
    window.close()
    window.context.stop_listening()
    window.context.database.close()


def test_restore_brings_back_a_record_deleted_after_the_backup(
    qtbot, database: Database, data_dir: Path, window: MainWindow, answers
) -> None:
    directory = DirectoryService(database)
    ingrid = directory.save(Contact(new_id(), "Ingrid Solberg")).value
    backup = backups.backup(database)
    assert directory.delete("contacts", ingrid.id).ok
    qtbot.waitUntil(lambda: "Ingrid Solberg" not in contact_names(window))
    answers["file"] = backup

    choose_restore(qtbot, window)

    assert answers["start"] == str(data_dir / "backups")
    question = str(answers["question"])
    assert "replaced" in question and "copy" in question and "reopens" in question
    reopened = window.successor
    assert reopened is not None and reopened.isVisible() and not window.isVisible()
    try:
        qtbot.waitUntil(lambda: "Ingrid Solberg" in contact_names(reopened))
        assert list(data_dir.glob("isu-desk.sqlite.replaced-*.bak"))  # the old data kept
        assert answers["warnings"] == []
    finally:
        close(reopened)


def test_a_failed_restore_leaves_the_data_as_it_was_and_says_so(
    qtbot, database: Database, data_dir: Path, tmp_path: Path, window: MainWindow, answers
) -> None:
    DirectoryService(database).save(Contact(new_id(), "Léa Moreau"))
    not_a_backup = tmp_path / "notes.sqlite"
    not_a_backup.write_text("meeting notes, not a database", encoding="utf-8")
    answers["file"] = not_a_backup

    choose_restore(qtbot, window)

    reopened = window.successor
    assert reopened is not None
    try:
        (warning,) = answers["warnings"]
        assert "not restored" in warning and "unchanged" in warning
        assert "Léa Moreau" in contact_names(reopened)
        assert not list(data_dir.glob("*.replaced-*"))
    finally:
        close(reopened)


def test_cancelling_the_confirmation_changes_nothing(
    qtbot, database: Database, window: MainWindow, answers
) -> None:
    answers["file"] = backups.backup(database)
    answers["answer"] = QMessageBox.StandardButton.Cancel

    choose_restore(qtbot, window)

    assert window.successor is None and window.isVisible()
    assert window.context.database is database
    assert DirectoryService(database).count("states") > 100
