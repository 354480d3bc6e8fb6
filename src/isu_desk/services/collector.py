"""Pausing Python's cycle collector while much is made and nothing is let go."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector off for the block (on again after, if it was on).

    An import builds hundreds of thousands of lists and tuples that all stay
    alive: the collector would walk them again and again (a third of the time
    of reading and checking 100,000 rows) and find nothing to free. Let what
    the block made go before it ends, or the first collection after walks it.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
