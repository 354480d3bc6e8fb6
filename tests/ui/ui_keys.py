"""Typing into widgets from tests: any text (non-ASCII too) and shortcut keys."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, non-ASCII included, one key event per character."""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def press(widget: QWidget, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key the way a user does, so that shortcuts fire."""
    QTest.keyClick(widget, key, modifiers)


def submit_form(form: Any, context: Any) -> None:
    """Press a Contributions dialog's Save (as Enter does) and wait for the save's answer."""
    form.context = context
    form.submit()
    while context.busy:  # a confirmed payment saves a second time
        assert context.wait_for_background()
