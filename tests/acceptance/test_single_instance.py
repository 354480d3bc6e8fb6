"""One window per data folder, with real processes: a second start hands over and exits.

Each app runs as its own ``python -m isu_desk`` process (offscreen). The test
sees a window through the local socket it listens on, the name the app derives
from its data folder.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from isu_desk.ui.single_instance import BROUGHT_TO_FRONT, ask_running_window, server_name

pytestmark = pytest.mark.slow
# No keyring on a test machine: the new database's passphrase (warned about) from the environment.
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ISU_DESK_DB_PASSPHRASE": "single instance"}


def _isu_desk(folder: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "isu_desk", "--data-dir", str(folder), *args]


def _listening(folder: Path, timeout: float = 90) -> bool:
    """Whether a window on ``folder`` accepts connections within ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        socket = QLocalSocket()
        socket.connectToServer(server_name(folder))
        if socket.waitForConnected(200):
            socket.disconnectFromServer()
            return True
        time.sleep(0.2)
    return False


@pytest.fixture
def windows(qapp: object, tmp_path: Path) -> Iterator[list[subprocess.Popen[bytes]]]:
    started: list[subprocess.Popen[bytes]] = []
    yield started
    for process in started:
        process.kill()
        process.wait(timeout=30)
    for folder in ("one", "two"):
        QLocalServer.removeServer(server_name(tmp_path / folder))


def _window_up(folder: Path, timeout: float = 90) -> bool:
    """Whether a window on ``folder`` is up (past its start: it comes to the front when asked).

    Listening alone is not enough: a start listens before it opens the database, and a
    second start meanwhile is told to wait for it (in a box nobody answers here).
    """
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if ask_running_window(folder) == BROUGHT_TO_FRONT:
            return True
        time.sleep(0.2)
    return False


def _open_window(folder: Path, started: list[subprocess.Popen[bytes]]) -> subprocess.Popen[bytes]:
    # Set up first: a new folder's first start asks for the workstation's name.
    subprocess.run(_isu_desk(folder, "init"), env=ENV, capture_output=True, check=True, timeout=90)
    process = subprocess.Popen(
        _isu_desk(folder), env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    started.append(process)
    return process


def test_second_start_on_a_folder_raises_the_first_and_the_cli_still_works(
    windows: list[subprocess.Popen[bytes]], tmp_path: Path
) -> None:
    first = _open_window(tmp_path / "one", windows)
    assert _window_up(tmp_path / "one"), first.poll()

    second = subprocess.run(
        _isu_desk(tmp_path / "one"), env=ENV, capture_output=True, text=True, timeout=90
    )

    assert second.returncode == 0, second.stderr
    assert "already open" in second.stdout and "brought to the front" in second.stdout
    assert first.poll() is None  # the first window is still up
    check = subprocess.run(
        _isu_desk(tmp_path / "one", "check"), env=ENV, capture_output=True, text=True, timeout=90
    )
    assert check.returncode == 0, check.stderr


def test_another_data_folder_opens_its_own_window(
    windows: list[subprocess.Popen[bytes]], tmp_path: Path
) -> None:
    first = _open_window(tmp_path / "one", windows)
    assert _listening(tmp_path / "one")
    other = _open_window(tmp_path / "two", windows)

    assert _listening(tmp_path / "two"), other.poll()
    assert first.poll() is None and other.poll() is None
