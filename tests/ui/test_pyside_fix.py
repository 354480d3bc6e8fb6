"""The guard that keeps PySide6's None leak (Python 3.11) from aborting a long session."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QComboBox

from isu_desk.ui import pyside_fix


def test_many_qt_calls_cannot_use_up_none(qtbot) -> None:
    combo = QComboBox()
    qtbot.addWidget(combo)
    for _ in range(20_000):
        combo.addItem("x")
    combo.clear()
    assert combo.count() == 0
    # Either this PySide6 does not leak, or the guard left an enormous reserve.
    assert not pyside_fix.leaks_none() or sys.getrefcount(None) > 10**9


def test_signals_emitted_before_exit_do_not_abort_python(tmp_path) -> None:
    """Emitting a signal dropped a reference to ``True`` (PySide6 6.12, Python 3.11):
    the interpreter aborted at exit with "bool_dealloc" unless the guard is on."""
    import subprocess

    script = tmp_path / "emit.py"
    script.write_text(
        "import isu_desk.ui\n"  # applies the guard, as the window does
        "from PySide6.QtCore import QObject, Signal\n"
        "class A(QObject):\n"
        "    s = Signal(object)\n"
        "a = A()\n"
        "for _ in range(1000):\n"
        "    a.s.emit(frozenset())\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "bool_dealloc" not in done.stderr
    assert not pyside_fix.leaks_booleans() or sys.getrefcount(True) > 10**9
