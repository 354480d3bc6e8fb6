"""Ctrl+Z in the window: the last saved change (a save or a delete) taken back.

A page pushes one step per change it made, with a function that reverses it
(save the previous version again, delete what was created, bring back what was
deleted). The step's words are the menu item's ("Undo save of Norway"). The
reversal goes through the same service calls as any edit, so it is captured
and syncs; when the services layer offers "reverse this change set", a step's
function becomes that one call.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QAction

MAX_STEPS = 50


@dataclass(frozen=True)
class UndoStep:
    label: str  # "save of Norway", "delete of Norway"
    reverse: Callable[[], str]  # does it; returns "" or what went wrong, in plain words


class UndoStack:
    """The steps of one page, newest last, and the Undo action that shows the next one."""

    def __init__(self, action: QAction) -> None:
        self.action = action
        self.steps: list[UndoStep] = []
        self._show()

    def push(self, label: str, reverse: Callable[[], str]) -> None:
        self.steps = [*self.steps[-(MAX_STEPS - 1) :], UndoStep(label, reverse)]
        self._show()

    def undo(self) -> tuple[str, str]:
        """Reverse the newest step: (its label, "" or the reason it failed)."""
        if not self.steps:
            return "", "There is nothing to undo."
        step = self.steps.pop()
        problem = step.reverse()
        self._show()
        return step.label, problem

    def _show(self) -> None:
        self.action.setEnabled(bool(self.steps))
        self.action.setText(f"Undo {self.steps[-1].label}" if self.steps else "Undo")
