"""Users' mistakes as values: field errors and the result of a use case.

A service never raises for bad input; it returns a :class:`Result` whose
``errors`` name each field with a plain-language message that the window shows
next to that field and the CLI prints one per line. Programming errors still
raise.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class FieldError:
    """One problem with one field (``field`` is ``""`` for the whole record)."""

    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}" if self.field else self.message


@dataclass(frozen=True, slots=True)
class Result(Generic[T]):
    """What a use case returns: a value, or the errors that stopped it."""

    value: T | None = None
    errors: tuple[FieldError, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return not self.errors

    def unwrap(self) -> T:
        """The value; raises for programming errors (callers that checked ``ok``)."""
        if self.errors or self.value is None:
            raise ValueError(f"result has errors: {self.errors}")
        return self.value

    @classmethod
    def success(cls, value: T) -> Result[T]:
        return cls(value=value)

    @classmethod
    def failure(cls, errors: Sequence[FieldError]) -> Result[T]:
        return cls(errors=tuple(errors))


class RecordNotFound(LookupError):
    """A record id that does not exist (a programming error or a stale view)."""


class DataError(Exception):
    """A problem with a file or database that the user must be told about plainly.

    Raised by the lower layers for conditions outside the user's input (a
    database from a newer version, an unreadable backup); the CLI and the
    window show ``str(error)`` without a traceback.
    """
