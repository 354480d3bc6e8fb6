"""Search folding gives, for any text, what its definition gives.

The definition: lower-cased (casefold), decomposed (NFKD), combining marks
dropped, a few letters spelt out (ø → o, ł → l…), spaces normalised. ``fold``
takes shortcuts (ASCII text, runs of ASCII letters); they must not show.
"""

from __future__ import annotations

import sys
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from isu_desk.domain.text import _EXTRA, fold


def _by_definition(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(
        str(_EXTRA.get(ord(ch), ch)) for ch in decomposed if not unicodedata.combining(ch)
    )
    return " ".join(kept.split())


def test_every_character_folds_as_defined() -> None:
    characters = [chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code < 0xE000]
    for start in range(0, len(characters), 512):
        text = "x".join(characters[start : start + 512])
        assert fold(text) == _by_definition(text), hex(start)


@given(st.text())
def test_any_text_folds_as_defined(text: str) -> None:
    assert fold(text) == _by_definition(text)


def test_names_as_people_type_them() -> None:
    assert fold("  Côte d'Ivoire ") == "cote d'ivoire"
    assert fold("Łódź  Straße") == "lodz strasse"
    assert fold("Ørsted") == fold("ORSTED")
