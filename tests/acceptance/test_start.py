"""The executable's entry point: ``--version`` answers without loading the app; the window's
arguments go straight to the window, everything else to the command line."""

from __future__ import annotations

import subprocess
import sys

import pytest

from isu_desk import __version__
from isu_desk.start import window_arguments


def test_version_answers_without_importing_qt_sqlalchemy_or_commands() -> None:
    code = (
        "import sys; from isu_desk.start import main; main(['--version']);"
        "print(sorted({m.split('.')[0] for m in sys.modules} & "
        "{'PySide6', 'sqlalchemy', 'alembic', 'reportlab', 'openpyxl', 'sqlcipher3'}),"
        "'isu_desk.cli' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert out == [f"isu-desk {__version__}", "[] False"]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ([], (True, None)),
        (["gui"], (True, None)),
        (["--data-dir", "D:/ISU Desk"], (True, "D:/ISU Desk")),
        (["--data-dir=/media/usb", "gui"], (True, "/media/usb")),
        (["--data-dir", "/x", "check"], (False, "/x")),
        (["gui", "--help"], (False, None)),
        (["--help"], (False, None)),
        (["--data-dir"], (False, None)),
    ],
)
def test_only_the_windows_own_arguments_take_the_fast_path(
    args: list[str], expected: tuple[bool, str | None]
) -> None:
    assert window_arguments(args) == expected
