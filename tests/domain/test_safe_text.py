"""Spreadsheet-safe cells read back to exactly what was written."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from isu_desk.domain.safe_text import from_spreadsheet, spreadsheet_safe

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@given(st.text(alphabet=st.sampled_from("'=+-@\t\rab1 "), max_size=8) | st.text(max_size=12))
@example("'=1")
@example("''+cmd")
def test_a_safe_cell_never_starts_a_formula_and_reads_back_the_same(text: str) -> None:
    cell = spreadsheet_safe(text)
    assert not cell.startswith(_FORMULA_START)
    assert from_spreadsheet(cell) == text
