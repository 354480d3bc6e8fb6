"""The window and encryption at rest: the passphrase dialog and the one-time offer to encrypt."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from tests.ui.passphrase import answer_dialog, cancel_dialog

from isu_desk.secrets import KeyringSecretStore, database_key
from isu_desk.services.workstation import init_workstation, open_data_folder
from isu_desk.ui import unlock

PASSPHRASE = "Genève au printemps"


@pytest.fixture
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring
    from keyring.backends import fail

    monkeypatch.setattr(keyring, "get_keyring", fail.Keyring)
    monkeypatch.setattr(database_key, "os_keyring", KeyringSecretStore)
    monkeypatch.delenv("ISU_DESK_DB_PASSPHRASE", raising=False)


def test_without_a_keyring_the_window_asks_for_a_new_passphrase_then_for_it_at_each_start(
    qtbot, tmp_path: Path, no_keyring: None
) -> None:
    seen: list[str] = []
    answer_dialog([PASSPHRASE, PASSPHRASE], seen)
    database = unlock.open_folder(tmp_path / "data")
    assert database.key is not None and "no keyring" in seen[0]
    database.close()

    unlock._session.clear()  # the next start
    answer_dialog([PASSPHRASE], seen)
    database = unlock.open_folder(tmp_path / "data")
    assert database.key is not None
    database.close()


def test_a_wrong_passphrase_is_asked_again_and_cancel_gives_up(
    qtbot, tmp_path: Path, no_keyring: None
) -> None:
    seen: list[str] = []
    answer_dialog([PASSPHRASE, PASSPHRASE], seen)
    unlock.open_folder(tmp_path / "data").close()
    unlock._session.clear()  # the next start

    # A typing mistake, then the right passphrase: the second dialog says why it is back.
    wrong_then_right: list[str] = []
    answer_dialog(
        ["a wrong passphrase"], seen, then=lambda: answer_dialog([PASSPHRASE], wrong_then_right)
    )
    database = unlock.open_folder(tmp_path / "data")
    assert database.key is not None
    database.close()
    assert "does not open the database" in wrong_then_right[1]

    # Cancel ends it plainly; nothing was changed.
    unlock._session.clear()
    before = (tmp_path / "data" / "isu-desk.sqlite").read_bytes()
    answer_dialog(["a wrong passphrase"], seen, then=lambda: cancel_dialog(seen))
    with pytest.raises(Exception, match="no passphrase was given"):
        unlock.open_folder(tmp_path / "data")
    assert (tmp_path / "data" / "isu-desk.sqlite").read_bytes() == before


def test_a_short_or_mismatched_new_passphrase_is_refused_in_the_dialog(
    qtbot, tmp_path: Path, no_keyring: None
) -> None:
    seen: list[str] = []
    answer_dialog(["short", "short"], seen)
    with pytest.raises(Exception, match="No passphrase"):
        unlock.open_folder(tmp_path / "data")
    assert "at least 10 characters" in seen[-1]
    assert not (tmp_path / "data" / "isu-desk.sqlite").exists() or (
        (tmp_path / "data" / "isu-desk.sqlite").stat().st_size == 0
    )


def _plain_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "old"
    database = open_data_folder(folder)
    init_workstation(database, "Zorglub desk")
    database.close()
    return folder


def test_a_plain_database_is_offered_encryption_once_and_yes_encrypts_it(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _plain_folder(tmp_path)
    asked: list[str] = []

    def yes(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    database = unlock.open_folder(folder)
    assert database.key is not None and len(asked) == 1
    assert database.setting("workstation_name") == "Zorglub desk"
    assert b"Zorglub desk" not in (folder / "isu-desk.sqlite").read_bytes()
    database.close()


def test_declining_the_offer_is_remembered(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _plain_folder(tmp_path)
    asked: list[str] = []

    def no(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", no)
    unlock.open_folder(folder).close()
    database = unlock.open_folder(folder)
    assert database.key is None and len(asked) == 1
    database.close()
