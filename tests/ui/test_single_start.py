"""One start per data folder, also while the first start still asks the passphrase or the
workstation's name: two real processes on one new data folder (offscreen)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

# The first start, as a user's double-click runs it, with one spy that notes (and
# still does) what the single-start guard brings to the front.
FIRST_START = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from isu_desk.ui import single_instance
from isu_desk.ui.app import application

real = single_instance.bring_to_front

def spy(window):
    print("front:", window.windowTitle(), flush=True)
    real(window)

single_instance.bring_to_front = spy
application()
QTimer.singleShot(0, lambda: print("asking:", QApplication.activeModalWidget().windowTitle(),
                                   flush=True))
from isu_desk.start import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""


def _environment(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_RUNTIME_DIR=str(tmp_path / "runtime"),
    )
    (tmp_path / "runtime").mkdir(mode=0o700)
    return env


def _line_starting(process: subprocess.Popen[str], prefix: str, seconds: float = 60) -> str:
    assert process.stdout is not None
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if line.startswith(prefix):
            return line.strip()
        if not line and process.poll() is not None:
            break
    raise AssertionError(f"no line {prefix!r} from the first start")


@pytest.mark.parametrize(
    ("passphrase", "dialog"),
    [
        (None, "ISU Desk: database passphrase"),  # no keyring here: asked for first
        ("a passphrase from the environment", "Name this workstation"),
    ],
)
def test_a_second_start_during_the_first_dialogs_brings_that_dialog_up(
    tmp_path: Path, passphrase: str | None, dialog: str
) -> None:
    folder = tmp_path / "new data folder"
    env = _environment(tmp_path)
    env.pop("ISU_DESK_DB_PASSPHRASE", None)
    if passphrase:
        env["ISU_DESK_DB_PASSPHRASE"] = passphrase
    first = subprocess.Popen(
        [sys.executable, "-c", FIRST_START, str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    try:
        assert _line_starting(first, "asking:") == f"asking: {dialog}"
        second = subprocess.run(
            [sys.executable, "-m", "isu_desk.start", "--data-dir", str(folder)],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
            check=False,
        )
        assert second.returncode == 0, second.stderr
        assert "already open on" in second.stdout and "brought to the front" in second.stdout
        assert _line_starting(first, "front:") == f"front: {dialog}"
        assert first.poll() is None  # the first start still waits for its answer
    finally:
        first.kill()  # the process this test started, by its handle
        first.wait(30)
        assert first.stdout is not None
        first.stdout.close()
