"""Encryption at rest as a user meets it on the command line.

A new data folder is encrypted (its bytes hide the contacts, sqlite3 cannot
read it, the commands can); a plain one is encrypted on request; a backup
restores on a new computer with the recovery passphrase; a wrong passphrase is
one plain line; a passphrase from the environment is warned about.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from isu_desk.cli import main
from isu_desk.secrets import KeyringSecretStore, MemorySecretStore, database_key
from isu_desk.services.workstation import init_workstation, open_data_folder

Captured = pytest.CaptureFixture[str]
NAME = "Marie-Claire Dubois"  # a demo contact
PASSPHRASE = "lac Léman en hiver"


def run(folder: Path, *args: str) -> int:
    return main(["--data-dir", str(folder), *args])


def _all_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


def _names(folder: Path, capsys: Captured, *options: str) -> str:
    capsys.readouterr()
    assert main([*options, "--data-dir", str(folder), "export", "contacts"]) == 0
    return capsys.readouterr().out


@pytest.fixture
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    """A computer without a keyring: the real keyring store over keyring's "fail" backend."""
    import keyring
    from keyring.backends import fail

    monkeypatch.setattr(keyring, "get_keyring", fail.Keyring)
    monkeypatch.setattr(database_key, "os_keyring", KeyringSecretStore)


@pytest.fixture
def passfile(tmp_path: Path) -> Path:
    path = tmp_path / "pass.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


def test_a_new_data_folder_is_encrypted_and_opens_only_with_its_key(
    tmp_path: Path, capsys: Captured, os_keyring: MemorySecretStore
) -> None:
    folder = tmp_path / "data"
    assert run(folder, "demo") == 0

    assert NAME.encode() not in _all_bytes(folder)
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(folder / "isu-desk.sqlite").execute("SELECT * FROM contacts")
    assert NAME in _names(folder, capsys)
    assert any(name.startswith("database-key:") for name in os_keyring.secrets)


def test_without_a_keyring_the_passphrase_opens_it_and_a_wrong_one_is_refused_plainly(
    tmp_path: Path, capsys: Captured, passfile: Path, no_keyring: None
) -> None:
    folder = tmp_path / "data"
    assert main(["--passphrase-file", str(passfile), "--data-dir", str(folder), "demo"]) == 0
    before = (folder / "isu-desk.sqlite").read_bytes()
    capsys.readouterr()

    assert run(folder, "export", "contacts") == 1  # no passphrase, no terminal
    assert "--passphrase-file" in capsys.readouterr().err
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase", encoding="utf-8")
    assert main(["--passphrase-file", str(wrong), "--data-dir", str(folder), "pledges"]) == 1
    err = capsys.readouterr().err
    assert "does not open" in err and "Traceback" not in err and len(err.splitlines()) == 1
    assert (folder / "isu-desk.sqlite").read_bytes() == before
    assert NAME in _names(folder, capsys, "--passphrase-file", str(passfile))


def test_a_passphrase_from_the_environment_works_with_a_warning(
    tmp_path: Path, capsys: Captured, no_keyring: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ISU_DESK_DB_PASSPHRASE", PASSPHRASE)
    assert run(tmp_path / "data", "demo") == 0
    err = capsys.readouterr().err
    assert "ISU_DESK_DB_PASSPHRASE" in err and "any program running as you can read" in err


def test_encrypt_turns_a_plain_database_into_an_encrypted_one_with_the_same_records(
    tmp_path: Path, capsys: Captured
) -> None:
    folder = tmp_path / "old"
    database = open_data_folder(folder)  # a data folder from before encryption: plain
    init_workstation(database, "Old desk")
    database.close()
    assert run(folder, "demo") == 0  # a plain database stays plain until asked
    assert NAME.encode() in (folder / "isu-desk.sqlite").read_bytes()
    plain = _names(folder, capsys)

    assert run(folder, "encrypt") == 0
    assert "Encrypted" in capsys.readouterr().out

    assert NAME.encode() not in _all_bytes(folder)
    assert _names(folder, capsys) == plain
    assert run(folder, "encrypt") == 1
    assert "already encrypted" in capsys.readouterr().err


def test_a_backup_restores_on_a_new_computer_with_the_recovery_passphrase(
    tmp_path: Path,
    capsys: Captured,
    passfile: Path,
    os_keyring: MemorySecretStore,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    office = tmp_path / "office"
    assert run(office, "demo") == 0
    assert run(office, "key", "passphrase", "--new-passphrase-file", str(passfile)) == 0
    backup = tmp_path / "usb" / "backup.sqlite"
    assert run(office, "backup", "-o", str(backup)) == 0
    assert NAME.encode() not in backup.read_bytes()

    fresh = MemorySecretStore()  # the new computer: an empty keyring
    monkeypatch.setattr(database_key, "os_keyring", lambda: fresh)
    home = tmp_path / "home"
    assert run(home, "init") == 0
    capsys.readouterr()
    assert run(home, "restore", str(backup)) == 1  # the passphrase is needed
    assert "passphrase" in capsys.readouterr().err
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase", encoding="utf-8")
    before = (home / "isu-desk.sqlite").read_bytes()
    assert (
        main(["--passphrase-file", str(wrong), "--data-dir", str(home), "restore", str(backup)])
        == 1
    )
    assert "does not open the backup" in capsys.readouterr().err
    assert (home / "isu-desk.sqlite").read_bytes() == before
    assert (
        main(["--passphrase-file", str(passfile), "--data-dir", str(home), "restore", str(backup)])
        == 0
    )

    assert NAME in _names(home, capsys)  # no passphrase asked: the home key is in the keyring
    assert NAME.encode() not in _all_bytes(home)


def test_key_status_says_where_the_key_is(tmp_path: Path, capsys: Captured) -> None:
    plain = tmp_path / "plain"
    open_data_folder(plain).close()
    assert run(plain, "key", "status") == 0
    assert "not encrypted" in capsys.readouterr().out
    assert run(tmp_path / "new", "init") == 0
    capsys.readouterr()
    assert run(tmp_path / "new", "key", "status") == 0
    assert "keyring" in capsys.readouterr().out


def test_ctrl_d_at_the_passphrase_prompt_is_a_plain_refusal(tmp_path: Path) -> None:
    """A terminal with no keyring: the prompt for a new passphrase, then Ctrl+D."""
    import os
    import subprocess
    import sys
    import time

    main_end, child_end = os.openpty()
    env = {k: v for k, v in os.environ.items() if k != "ISU_DESK_DB_PASSPHRASE"}
    env.update(PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    child = subprocess.Popen(
        [sys.executable, "-m", "isu_desk.start", "--data-dir", str(tmp_path / "d"), "demo"],
        stdin=child_end,
        stdout=child_end,
        stderr=child_end,
        env=env,
        start_new_session=True,  # no controlling terminal: getpass reads this one
    )
    os.close(child_end)
    said = b""
    deadline = time.monotonic() + 60
    while b"Database passphrase:" not in said and time.monotonic() < deadline:
        said += os.read(main_end, 4096)
    os.write(main_end, b"\x04")  # Ctrl+D
    assert child.wait(60) == 1
    try:
        while chunk := os.read(main_end, 4096):
            said += chunk
    except OSError:  # the child's end closed
        pass
    os.close(main_end)
    text = said.decode()
    assert "No passphrase was typed; nothing was changed." in text
    assert "Traceback" not in text
    assert not (tmp_path / "d" / "isu-desk.sqlite").exists()
