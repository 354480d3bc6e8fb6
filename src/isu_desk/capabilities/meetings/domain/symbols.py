"""Document symbols as the UN writes them, and their order.

A symbol is ``PREFIX/BODY/YEAR/SERIAL`` with optional suffixes:
``CCM/MSP/2024/3``, ``CCM/MSP/2024/WP.1``, ``CCM/CONF/2026/5``,
``CCM/MSP/2024/3/Rev.1``, ``APLC/MSP.21/2023/INF.2``. The prefix is a setting
(the convention's acronym). Numbers are numbers: 2 sorts before 10; the plain
series comes first, then working papers (WP), information papers (INF),
conference room papers (CRP) and miscellaneous (MISC); a document is followed
by its addenda, amendments, corrigenda and revisions. Numbers are written
without leading zeros, so each document has exactly one spelling and the
order is total.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DEFAULT_PREFIX = "CCM"
SERIES = ("", "WP", "INF", "CRP", "MISC")
SUFFIXES = ("Add", "Amend", "Corr", "Rev")

_NUMBER = r"(?:0|[1-9]\d*)"
_PREFIX = re.compile(r"^[A-Z][A-Z0-9]*$")
_BODY = re.compile(rf"^([A-Z]+)(?:\.({_NUMBER}))?$")
_YEAR = re.compile(r"^(19|20|21)\d\d$")
_SERIAL = re.compile(rf"^(?:({'|'.join(s for s in SERIES if s)})\.)?({_NUMBER})$")
_SUFFIX = re.compile(rf"^({'|'.join(SUFFIXES)})\.([1-9]\d*)$")
_CASES = {name.upper(): name for name in SUFFIXES}


@dataclass(frozen=True, slots=True)
class Symbol:
    """A parsed symbol; ``sort_key`` orders symbols as the UN lists them."""

    prefix: str
    body: str
    session: int  # the body's number (MSP.21); 0 when none
    year: int
    series: str
    number: int
    suffixes: tuple[tuple[str, int], ...]

    @property
    def sort_key(self) -> tuple[object, ...]:
        return (
            self.prefix,
            self.body,
            self.session,
            self.year,
            SERIES.index(self.series),
            self.number,
            tuple((SUFFIXES.index(kind), n) for kind, n in self.suffixes),
        )


def normalise_symbol(text: str) -> str:
    """The usual spelling of what a person typed: no spaces, capitals except ``Rev.``/``Add.``.

    ``" ccm/msp/2024/wp.1 "`` → ``"CCM/MSP/2024/WP.1"``; ``.../rev.1`` → ``.../Rev.1``.
    """
    parts = [part for part in "".join(text.split()).split("/")]
    fixed = []
    for index, part in enumerate(parts):
        head, dot, tail = part.partition(".")
        if index >= 4 and head.upper() in _CASES:
            fixed.append(_CASES[head.upper()] + dot + tail)
        else:
            fixed.append(part.upper())
    return "/".join(fixed)


def parse_symbol(text: str, prefix: str = DEFAULT_PREFIX) -> Symbol | str:
    """The symbol, or a plain message saying what is wrong with ``text``."""
    example = (
        f"write it as {prefix}/MSP/2024/3, {prefix}/MSP/2024/WP.1 or {prefix}/MSP/2024/3/Rev.1"
    )
    parts = text.split("/")
    if len(parts) < 4:
        return f"“{text}” is not a document symbol; {example}."
    head, body, year, serial, *rest = parts
    if head != prefix:
        return f"A symbol starts with {prefix}/ (the convention's prefix), not “{head}/”."
    body_match = _BODY.match(body)
    if not body_match:
        return f"“{body}” is not a meeting body; use capitals such as MSP or CONF."
    if not _YEAR.match(year):
        return f"“{year}” is not a year; the third part is the year, e.g. 2024."
    serial_match = _SERIAL.match(serial)
    if not serial_match:
        series = ", ".join(f"{s}.n" for s in SERIES if s)
        return f"“{serial}” is not a document number; write 3 or {series} (no leading zeros)."
    suffixes: list[tuple[str, int]] = []
    for part in rest:
        suffix = _SUFFIX.match(part)
        if not suffix:
            allowed = ", ".join(f"{s}.n" for s in SUFFIXES)
            return f"“{part}” is not a suffix; use {allowed}."
        suffixes.append((suffix.group(1), int(suffix.group(2))))
    return Symbol(
        prefix=head,
        body=body_match.group(1),
        session=int(body_match.group(2) or 0),
        year=int(year),
        series=serial_match.group(1) or "",
        number=int(serial_match.group(2)),
        suffixes=tuple(suffixes),
    )


def valid_prefix(prefix: str) -> bool:
    return bool(_PREFIX.match(prefix))


def symbol_sort_key(text: str, prefix: str = DEFAULT_PREFIX) -> tuple[object, ...]:
    """Sort key of any text: valid symbols in UN order, anything else after them by text."""
    parsed = parse_symbol(text, prefix)
    if isinstance(parsed, str):
        return (1, text)
    return (0, parsed.sort_key)
