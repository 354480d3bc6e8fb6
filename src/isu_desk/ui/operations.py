"""One helper for work that touches the database from the window: it runs off the GUI thread.

Modelled on Anki's ``CollectionOp``/``QueryOp``::

    op(context, lambda: service.save(record)).success(show_saved).run_in_background()

The function runs in a worker thread; ``success`` and ``failure`` callbacks run
on the GUI thread. A failure is logged with its traceback (``isu-desk.log``)
and, without a ``failure`` callback, shown as a plain message. What a write
changed reaches every page through :attr:`AppContext.changed`, so callbacks
never announce changes themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from isu_desk.ui.context import AppContext

T = TypeVar("T")


class Op(Generic[T]):
    """A piece of database work with what to do after it."""

    def __init__(self, context: AppContext, fn: Callable[[], T], label: str = "") -> None:
        self._context = context
        self._fn = fn
        self._label = label
        self._success: Callable[[T], Any] | None = None
        self._failure: Callable[[Exception], Any] | None = None

    def success(self, callback: Callable[[T], Any]) -> Op[T]:
        self._success = callback
        return self

    def failure(self, callback: Callable[[Exception], Any]) -> Op[T]:
        self._failure = callback
        return self

    def run_in_background(self) -> None:
        self._context.run_in_background(self._fn, self._success, self._failure, self._label)


def op(context: AppContext, fn: Callable[[], T], label: str = "") -> Op[T]:
    """Database work to run off the GUI thread (see the module's example)."""
    return Op(context, fn, label)
