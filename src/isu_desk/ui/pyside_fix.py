"""A guard against reference-counting bugs of PySide6 on Python 3.11.

PySide6 6.12 built for Python 3.11 gives back ``None`` from every Qt method
that returns nothing (``addItem``, ``setText``, ``clear`` …) without taking a
reference to it, so each call lowers ``None``'s reference count by one. After
some tens of thousands of calls, which a working day in the window easily
makes, the count reaches zero and the interpreter aborts ("Fatal Python error:
none_dealloc"). From Python 3.12 on ``None`` is immortal and nothing happens.

``SignalInstance.emit`` does the same with the ``True`` it returns: every
emitted signal (a change notice, a background result) drops one reference to
``True``. The count never reaches zero while the program runs, but at exit the
interpreter releases the references it really holds, runs out first and
aborts ("Fatal Python error: bool_dealloc") — a crash at the end of any test
run or session that emitted a signal. The shortest reproduction::

    class A(QObject):
        s = Signal()

    A().s.emit()  # once is enough; Python 3.11 then aborts at exit

:func:`keep_none_alive` measures both leaks once and, only where one exists,
adds a very large number of references to that object (``None``, ``True``,
``False``) so that its count can never run out. It changes nothing on
unaffected versions.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

_RESERVE = 1 << 40  # a trillion calls: more than any session can make
_applied = False


def leaks_none() -> bool:
    """Whether calling a void Qt method drops a reference to ``None``."""
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(100):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before - 50


class _Probe(QObject):
    fired = Signal()


def leaks_booleans() -> bool:
    """Whether emitting a signal drops a reference to the ``True`` it returns."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(100):
        probe.fired.emit()
    return sys.getrefcount(True) < before - 50


def _reserve(value: object) -> None:
    ctypes.c_ssize_t.from_address(id(value)).value += _RESERVE


def keep_none_alive() -> bool:
    """Apply the guards this PySide6 needs; returns whether one was applied."""
    global _applied
    if _applied or sys.version_info >= (3, 12):
        return _applied
    if leaks_none():
        _reserve(None)
        _applied = True
    if leaks_booleans():
        _reserve(True)
        _reserve(False)  # what emit gives back when a receiver's signals are blocked
        _applied = True
    return _applied
