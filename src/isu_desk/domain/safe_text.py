"""Text that is safe to keep, show and print: no control characters in names and lines.

One rule for every way text comes in (a form, an import, a sync): a one-line
field (a name, a phone, a code) holds no control character at all, not even
a newline or a tab; a multi-line field (notes) may hold line breaks and tabs
but no other control character (no ANSI escape, no BEL). :func:`printable`
shows any text harmlessly on a terminal.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Callable
from functools import cache
from operator import attrgetter
from typing import Any

from isu_desk.domain.errors import FieldError

_MULTILINE_ALLOWED = frozenset("\n\r\t")


def _controls(text: str, multiline: bool) -> list[str]:
    return [
        ch
        for ch in text
        if unicodedata.category(ch) == "Cc" and not (multiline and ch in _MULTILINE_ALLOWED)
    ]


def control_problem(text: str, multiline: bool = False) -> str | None:
    """Why ``text`` cannot be kept (it holds control characters); ``None`` when fine."""
    if text.isprintable() or not text:
        return None
    found = _controls(text, multiline)
    if not found:
        return None
    if not multiline and any(ch in "\r\n" for ch in found):
        return "must be one line (no line breaks)."
    shown = ", ".join(sorted({f"U+{ord(ch):04X}" for ch in found}))
    return f"holds control characters ({shown}); remove them."


MULTILINE_FIELDS = frozenset({"notes", "description", "address"})


def control_errors(
    record: object, multiline: frozenset[str] = MULTILINE_FIELDS
) -> list[FieldError]:
    """A :class:`FieldError` for each text field of a record holding control characters.

    Every text field is one line except those named in ``multiline`` (by
    default :data:`MULTILINE_FIELDS`: notes), which may hold line breaks and tabs.
    """
    record_type: type = type(record)
    names, values = _field_names(record_type)
    texts = [value for value in values(record) if isinstance(value, str)]
    if "".join(texts).isprintable():  # the usual record: one test for all its text
        return []
    errors: list[FieldError] = []
    for name in names:
        value = getattr(record, name)
        if isinstance(value, str) and not value.isprintable():
            problem = control_problem(value, name in multiline)
            if problem:
                label = name.replace("_", " ").capitalize()
                errors.append(FieldError(name, f"{label} {problem}"))
    return errors


@cache
def _field_names(cls: type) -> tuple[tuple[str, ...], Callable[[object], tuple[Any, ...]]]:
    """A record type's field names and one getter of all their values (an import: 100,000)."""
    names = tuple(item.name for item in dataclasses.fields(cls))
    getter = attrgetter(*names)
    return names, (getter if len(names) > 1 else lambda record: (getter(record),))


def printable(text: str) -> str:
    """``text`` with every control character shown as an escape (``\\x1b``), for terminals."""
    if text.isprintable():
        return text
    return "".join(
        ch
        if ch == "\n" or unicodedata.category(ch) != "Cc"
        else ch.encode("unicode_escape").decode("ascii")
        for ch in text
    )


# Cells a spreadsheet would run as a formula (OWASP "CSV injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(text: str) -> str:
    """``text`` for a CSV cell: a leading ``'`` stops a spreadsheet running it as a formula.

    Text that already starts with ``'`` before a formula character gets one
    more, so :func:`from_spreadsheet` gives back exactly what was written.
    """
    return f"'{text}" if text.lstrip("'").startswith(_FORMULA_START) else text


def from_spreadsheet(text: str) -> str:
    """Undo :func:`spreadsheet_safe` on import, so an export re-imports to the same values."""
    if text.startswith("'") and text.lstrip("'").startswith(_FORMULA_START):
        return text[1:]
    return text
