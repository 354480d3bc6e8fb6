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
