"""Text folding for search: case- and accent-insensitive matching.

``fold("Côte d'Ivoire") == "cote d'ivoire"``, so typing "cote" finds it. The
database keeps a folded copy of each searchable text (kept in sync by the
storage layer), so search runs in SQL with a plain ``LIKE``.
"""

from __future__ import annotations

import re
import unicodedata

# Letters that do not decompose into base + accent under NFKD.
_EXTRA = str.maketrans({"ø": "o", "đ": "d", "ł": "l", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i"})


class _Folding(dict[int, int | str | None]):
    """``str.translate`` table: accents (combining marks) dropped, :data:`_EXTRA` mapped.

    Filled on demand, one entry per character ever seen, so a translate runs in C
    instead of a Python test per character.
    """

    def __missing__(self, code: int) -> int | str | None:
        mapped = None if unicodedata.combining(chr(code)) else _EXTRA.get(code, code)
        self[code] = mapped
        return mapped


_FOLDING = _Folding()


def fold(text: str | None) -> str:
    """Lower-case, strip accents and normalise spaces; ``None`` becomes ``""``."""
    if not text:
        return ""
    if text.isascii():  # fast path, same result: nothing to decompose or translate
        return " ".join(text.lower().split())
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    # ASCII characters fold to themselves: only runs of the others are looked up.
    return " ".join(_NOT_ASCII.sub(_fold_run, decomposed).split())


_NOT_ASCII = re.compile(r"[^\x00-\x7f]+")


def _fold_run(match: re.Match[str]) -> str:
    return match.group().translate(_FOLDING)


def like_pattern(query: str) -> str:
    """A ``LIKE`` pattern (escape ``\\``) that finds ``query`` anywhere, folded."""
    folded = fold(query)
    escaped = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
