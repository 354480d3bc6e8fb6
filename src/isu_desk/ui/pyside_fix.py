"""A guard against a reference-counting bug of PySide6 on Python 3.11.

PySide6 6.12 built for Python 3.11 gives back ``None`` from every Qt method
that returns nothing (``addItem``, ``setText``, ``clear`` …) without taking a
reference to it, so each call lowers ``None``'s reference count by one. After
some tens of thousands of calls, which a working day in the window easily
makes, the count reaches zero and the interpreter aborts ("Fatal Python error:
none_dealloc"). From Python 3.12 on ``None`` is immortal and nothing happens.

:func:`keep_none_alive` measures the leak once and, only when it exists, adds
a very large number of references to ``None`` so that the count can never run
out during a session. It changes nothing on unaffected versions.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject

_RESERVE = 1 << 40  # a trillion calls: more than any session can make
_applied = False


def leaks_none() -> bool:
    """Whether calling a void Qt method drops a reference to ``None``."""
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(100):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before - 50


def keep_none_alive() -> bool:
    """Apply the guard when this PySide6 leaks; returns whether it was applied."""
    global _applied
    if _applied or sys.version_info >= (3, 12) or not leaks_none():
        return _applied
    ctypes.c_ssize_t.from_address(id(None)).value += _RESERVE
    _applied = True
    return True
